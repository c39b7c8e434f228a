"""pipeline.partners: cover lines, partner organisations and their types."""

from __future__ import annotations

import dataclasses

import pytest

from models.nlp import load_nlp
from pipeline.partners import (Cover, find_partners, is_sub_unit, organisation_type, partner_type, read_cover,
                               split_organisations)
from pipeline.types import Block, Document, Section, TableCell


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def document(*texts: str | Block, cells: tuple[tuple[str, str], ...] = ()) -> Document:
    """Cover lines as paragraphs (a Block given as such keeps its kind)."""
    blocks = [Block(text=t, order=i) if isinstance(t, str) else dataclasses.replace(t, order=i) for i, t in enumerate(texts)]
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
        ("HMP Brackley", "public_other"),  # a prison
        ("HMYOI Fenwick", "public_other"),
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


def test_partners_split_keeps_a_company_name_whole_back_to_a_real_separator():
    # "Practice" or "Services" may go on into a company's name; "Trust" and "Council" end one for certain
    assert split_organisations("Kestle Practice IT Services Ltd") == ("Kestle Practice IT Services Ltd",)
    assert split_organisations("Westshire NHS Trust Acme Health Ltd") == ("Westshire NHS Trust", "Acme Health Ltd")
    # an "and" joins a company's own words unless the part before it is a whole name on its own
    assert split_organisations("Marlcombe Mobility and Care Solutions Ltd", known={"Marlcombe Mobility"}) == (
        "Marlcombe Mobility and Care Solutions Ltd",)
    assert split_organisations("Millbrook Practice and Acme Digital Ltd") == ("Millbrook Practice", "Acme Digital Ltd")
    # a company the entry also names on its own is a name of its own
    assert split_organisations("Little Lungs NI and OxyHome Ltd", known={"Little Lungs NI", "OxyHome Ltd"}) == (
        "Little Lungs NI", "OxyHome Ltd")
    assert split_organisations("Marlcombe Mobility, Care Solutions Ltd", known={"Marlcombe Mobility"}) == (
        "Marlcombe Mobility", "Care Solutions Ltd")


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


# --------------------------------------------------------------------------------------------
# Cover labels: qualified wording, run into one line, contact details without a colon
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "organisation", "partners"),
    [
        ("Organisation leading the entry: Hollowmere University", "Hollowmere University", ()),
        ("Name of lead organisation - Dunmoor Community NHS Trust", "Dunmoor Community NHS Trust", ()),
        ("Other organisations in the partnership: Dunmoor Community NHS Trust | Hollowmere Borough Council", None,
         ("Dunmoor Community NHS Trust", "Hollowmere Borough Council")),
        ("Partner organisation 2: Hollowmere Borough Council", None, ("Hollowmere Borough Council",)),
        ("Partner organisations (please list all): Hollowmere Borough Council", None, ("Hollowmere Borough Council",)),
        ("Partners in this work: Hollowmere Borough Council", None, ("Hollowmere Borough Council",)),
        # the lead's own departments are no partner organisations
        ("Our partners in this work: the Emergency Department, Diagnostic Imaging and the Portering Service, "
         "all at Harcastle General", None, ()),
        ("Entrant: Calderbrook Hospitals NHS Trust (Stroke Team, with Pharmacy, Therapies and the Acute Medical Unit)",
         "Calderbrook Hospitals NHS Trust", ()),
        ("Partners: the Trust's Frailty Unit, Hospital at Home Team and Division of Surgery", None, ()),
        # a name that begins "Our" is still a name
        ("Partners: Our Voice Brackenfield", None, ("Our Voice Brackenfield",)),
    ],
)
def test_partners_cover_labels_with_qualifying_words(line, organisation, partners):
    cover = read_cover(document(line))
    assert (cover.organisation, cover.partners) == (organisation, partners)


def test_partners_cover_contact_labels_end_a_run_together_line():
    cover = read_cover(document(
        "Entrant organisation: Dunmoor Community NHS Trust In partnership with: Hollowmere Borough Council "
        "Main contact - Priya Shah, Ward Manager Email - priya.shah@dunmoor.nhs.uk Tel. 01632 960123 Submitted 3 May 2026"
    ))
    assert cover.organisation == "Dunmoor Community NHS Trust"
    assert cover.partners == ("Hollowmere Borough Council",)


def test_partners_cover_main_contact_is_no_lead_organisation():
    cover = read_cover(document("Main contact - Priya Shah", "Lead organisation: Dunmoor Community NHS Trust"))
    assert cover.organisation == "Dunmoor Community NHS Trust"


def test_partners_cover_drops_contact_details_written_after_a_name():
    cover = read_cover(document("Partners: Hollowmere Borough Council jo.bloggs@hollowmere.gov.uk 01632 960123"))
    assert cover.partners == ("Hollowmere Borough Council",)


# --------------------------------------------------------------------------------------------
# Separators: dash bullets on one line, bars, names wrapped onto the next line
# --------------------------------------------------------------------------------------------


def test_partners_cover_inline_dash_bullets_separate():
    cover = read_cover(document(
        "Working with: - Hollowmere Fire and Rescue Service - Hollowmere Police - Larkspur Analytics Ltd"
    ))
    assert cover.partners == ("Hollowmere Fire and Rescue Service", "Hollowmere Police", "Larkspur Analytics Ltd")


def test_partners_dash_inside_a_name_does_not_separate_without_bullets():
    assert split_organisations("Health Innovation Network - South Westshire") == ("Health Innovation Network - South Westshire",)


def test_partners_cover_value_wrapped_after_a_bar():
    cover = read_cover(document("Partners: Hollowmere Acute NHS Trust |", "Brightwater Peer Network", "Email: jo@dunmoor.nhs.uk"))
    assert cover.partners == ("Hollowmere Acute NHS Trust", "Brightwater Peer Network")


def test_partners_cover_value_wrapped_inside_a_name():
    cover = read_cover(document(
        "Partners: Hollowmere Acute NHS Trust | Eastfield Central Primary",
        "Care Network | Westshire Integrated Care",
        "Board",
        "Contact: Jo Bloggs",
    ))
    assert cover.partners == (
        "Hollowmere Acute NHS Trust", "Eastfield Central Primary Care Network", "Westshire Integrated Care Board",
    )


def test_partners_cover_value_does_not_swallow_the_first_sentence():
    cover = read_cover(document(
        "Partners: Hollowmere Borough Council,", "which has worked with the ward teams since 2019 on falls."
    ))
    assert cover.partners == ("Hollowmere Borough Council",)


def test_partners_form_table_value_cell_of_several_lines():
    doc = document(cells=(("Lead organisation", "Dunmoor Community NHS Trust"),
                          ("Partner organisations", "Hollowmere University\nHollowmere Borough Council")))
    assert read_cover(doc).partners == ("Hollowmere University", "Hollowmere Borough Council")


# --------------------------------------------------------------------------------------------
# Names run together with spaces only
# --------------------------------------------------------------------------------------------


def test_partners_run_together_name_of_no_known_type_is_cut_where_the_entry_writes_it_alone():
    doc = document(
        "Lead organisation: Dunmoor Community NHS Trust Partner organisations: Moorside Families Together "
        "Westshire County Council Westshire Fire and Rescue Service Contact: Sam Lee",
        "Moorside Families Together ran the listening events, and Westshire County Council paid for the equipment.",
    )
    assert read_cover(doc).partners == (
        "Moorside Families Together", "Westshire County Council", "Westshire Fire and Rescue Service",
    )


def test_partners_run_together_place_is_not_cut_off_its_organisation():
    doc = document(
        "Lead organisation: Dunmoor Community NHS Trust",
        "Partners: Hollowmere Vale Integrated Care Board Larkspur Analytics Ltd",
        "Most of our patients live in Hollowmere Vale and travel to us by bus for every appointment.",
    )
    assert read_cover(doc).partners == ("Hollowmere Vale Integrated Care Board", "Larkspur Analytics Ltd")


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("University of Hollowmere Westshire and Eastfield Integrated Care Board",
         ("University of Hollowmere", "Westshire and Eastfield Integrated Care Board")),
        ("University of West Hollowmere Eastfield Borough Council", ("University of West Hollowmere", "Eastfield Borough Council")),
        ("Eastfield Primary Care Network Westshire and Eastfield Integrated Care Board",
         ("Eastfield Primary Care Network", "Westshire and Eastfield Integrated Care Board")),
        ("Westshire Teaching Hospitals NHS Foundation Trust", ("Westshire Teaching Hospitals NHS Foundation Trust",)),
        ("Hollowmere University Hospitals NHS Trust", ("Hollowmere University Hospitals NHS Trust",)),
    ],
)
def test_partners_split_run_together_names(value, names):
    assert split_organisations(value) == names


# --------------------------------------------------------------------------------------------
# "X and Y": one name or two
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Hollowmere Fire and Rescue Service", ("Hollowmere Fire and Rescue Service",)),
        ("NHS Westshire and Eastfield Integrated Care Board", ("NHS Westshire and Eastfield Integrated Care Board",)),
        ("Westshire and Eastfield Hospitals NHS Foundation Trust", ("Westshire and Eastfield Hospitals NHS Foundation Trust",)),
        ("Hollowmere Fire and Rescue Service and Hollowmere Police", ("Hollowmere Fire and Rescue Service", "Hollowmere Police")),
        ("Eastfield General Hospital & University of Westshire", ("Eastfield General Hospital", "University of Westshire")),
        ("Westshire County Council, Eastfield Borough Council and Hollowmere University",
         ("Westshire County Council", "Eastfield Borough Council", "Hollowmere University")),
    ],
)
def test_partners_and_splits_only_between_whole_names(value, names):
    assert split_organisations(value) == names


# --------------------------------------------------------------------------------------------
# What a cover line lists that is no organisation; trailing punctuation
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["our own clinical teams", "n/a", "None"])
def test_partners_cover_value_that_names_no_organisation(value):
    assert read_cover(document("Lead organisation: Dunmoor Community NHS Trust", f"Partners: {value}")).partners == ()


def test_partners_trailing_punctuation_and_notes_are_trimmed(nlp):
    doc = document("Lead organisation: Dunmoor Community NHS Trust (lead partner)", "Partners: Hollowmere Borough Council |")
    partners = find_partners(doc, {}, nlp)
    assert [p.name for p in partners] == ["Dunmoor Community NHS Trust", "Hollowmere Borough Council"]


def test_partners_unlabelled_cover_line_naming_one_organisation_is_the_lead(nlp):
    doc = document("Safer nights on the wards", "Dunmoor Community NHS Trust", "Partners: Hollowmere Borough Council")
    partners = find_partners(doc, {}, nlp)
    assert [(p.name, p.role) for p in partners] == [
        ("Dunmoor Community NHS Trust", "primary"), ("Hollowmere Borough Council", "partner"),
    ]


def test_partners_lead_stood_in_from_prose_is_never_a_listed_partner(nlp):
    doc = document("Safer nights on the wards", "In partnership with: Hollowmere Borough Council")
    sections = {"context": section("context", "We at Dunmoor Community NHS Trust asked Hollowmere Borough Council to help.")}
    partners = find_partners(doc, sections, nlp)
    assert [(p.name, p.role) for p in partners] == [
        ("Dunmoor Community NHS Trust", "primary"), ("Hollowmere Borough Council", "partner"),
    ]


# --------------------------------------------------------------------------------------------
# Names in prose
# --------------------------------------------------------------------------------------------


def test_partners_prose_cover_names_are_cut_out_of_longer_phrases(nlp):
    doc = document("Lead organisation: Dunmoor Community NHS Trust", "Partners: Hollowmere University")
    sections = {"context": section(
        "context",
        "The partnership began when Dunmoor Community and Hollowmere University agreed to pool their incident data.",
    )}
    partners = find_partners(doc, sections, nlp)
    assert [p.name for p in partners] == ["Dunmoor Community NHS Trust", "Hollowmere University"]


def test_partners_prose_leading_verb_and_trailing_and_are_not_part_of_a_name(nlp):
    doc = document("Lead organisation: Dunmoor Community NHS Trust")
    sections = {"context": section(
        "context",
        "Bringing Hollowmere Fire and Rescue Service and Hollowmere Police alongside the ward teams changed the culture.",
    )}
    partners = find_partners(doc, sections, nlp)
    assert [p.name for p in partners[1:]] == ["Hollowmere Fire and Rescue Service", "Hollowmere Police"]


def test_partners_prose_without_a_partnership_cue_adds_nobody(nlp):
    doc = document("Lead organisation: Dunmoor Community NHS Trust", "Partners: Hollowmere University")
    sections = {"spread": section(
        "spread",
        "After the pilot, Westshire and Eastfield Integrated Care Board adopted the checklist. "
        "Hollowmere Partnership NHS Foundation Trust runs the neighbouring wards.",
    )}
    partners = find_partners(doc, sections, nlp)
    assert [p.name for p in partners] == ["Dunmoor Community NHS Trust", "Hollowmere University"]


# --------------------------------------------------------------------------------------------
# Types of names with no organisation word
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Hollowmere GP Alliance", "primary_care"),
        ("Larkspur Health Technologies", "private"),
        ("Westshire Community Interest Company", "charity"),
    ],
)
def test_partners_more_organisation_types_from_name(name, kind):
    assert organisation_type(name) == kind


@pytest.mark.parametrize(
    ("name", "sentence", "kind"),
    [
        ("Riverside Crisis Support", "Riverside Crisis Support answered the phones.", "charity"),
        ("Moorside Carers First", "Moorside Carers First answered the phones.", "charity"),
        ("Fellside Recovery Collective", "Fellside Recovery Collective is a registered charity supporting people after a crisis.", "charity"),
        ("Fellside Recovery Collective", "Fellside Recovery Collective, a peer-led social enterprise, ran the training.", "charity"),
        ("Kite Labs", "Kite Labs, a software company based in Westshire, built the app.", "private"),
        ("Northern Lights", "We worked with the charity Northern Lights.", "charity"),
        ("Northern Lights", "We met the council and Northern Lights every month.", "unknown"),
        ("Northern Lights", "Northern Lights opened in 2019.", "unknown"),
    ],
)
def test_partners_type_of_a_name_with_no_organisation_word(name, sentence, kind):
    assert partner_type(name, [sentence]) == kind


def test_partners_the_charity_is_the_listed_partner_of_no_known_type(nlp):
    doc = document("Lead organisation: Dunmoor Community NHS Trust", "Partners: Northern Lights")
    sections = {"value": section("value", "A crisis café run jointly with the charity now opens every evening.")}
    partners = find_partners(doc, sections, nlp)
    assert [(p.name, p.type) for p in partners[1:]] == [("Northern Lights", "charity")]


def test_partners_cover_sentence_names_lead_and_partners():
    doc = document("Safer Nights: a joint crisis line",
                   "Submitted by Westmoor Care NHS Foundation Trust, with Northvale Fire and Rescue Service, "
                   "Eastbury Borough Council and Open Arms Eastbury.")
    cover = read_cover(doc)
    assert cover.organisation == "Westmoor Care NHS Foundation Trust"
    assert cover.partners == ("Northvale Fire and Rescue Service", "Eastbury Borough Council", "Open Arms Eastbury")


def test_partners_possessive_of_a_generic_word_is_no_name(nlp):
    doc = document("Lead organisation: Westmoor Care NHS Foundation Trust", "Partners: University of Northvale")
    sections = {"stakeholders": section("stakeholders",
                                        "In partnership with the Trust's Patient Safety Partner we worked with "
                                        "University of Northvale.")}
    names = [p.name for p in find_partners(doc, sections, nlp)]
    assert names == ["Westmoor Care NHS Foundation Trust", "University of Northvale"]


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("University of Eastwold, School of Nursing; Fenmoor County Council", ("University of Eastwold", "Fenmoor County Council")),
        ("Westmere University (Faculty of Health); Westmere Carers Trust (registered charity)", ("Westmere University", "Westmere Carers Trust")),
        ("University of Dunmore, Centre for Patient Safety Research", ("University of Dunmore",)),
        ("Medicine Division and Pharmacy Department, Dunmore Hospitals NHS Trust", ("Dunmore Hospitals NHS Trust",)),
        ("Centre for Mental Health; Dunmore City Council", ("Centre for Mental Health", "Dunmore City Council")),
        ("Dunmore Hospitals NHS Trust Entry written by the Chief Nurse", ("Dunmore Hospitals NHS Trust",)),
        ("Elmbridge Surgery, 22 Mill Lane, Elmbridge EB4 7QT", ("Elmbridge Surgery",)),
        ("Pathology Laboratory, Elmbridge General Hospital, Mill Road, Elmbridge EB4 7QT", ()),
        ("Ethics reference: ER-2023/044", ()),
    ],
)
def test_partners_sub_units_descriptions_and_author_lines_are_not_partners(value, names):
    assert split_organisations(value) == names


UNLABELLED_COVERS = [
    (("Northfen Hospitals NHS Foundation Trust",
      "with Northfen Constabulary, Calm Waters Helpline (registered charity) and Northfen District Council",
      "Best Partnership Solution Improving Patient Safety"),
     "Northfen Hospitals NHS Foundation Trust",
     ("Northfen Constabulary", "Calm Waters Helpline", "Northfen District Council")),
    (("Eastry Children's Community NHS Trust, together with Eastry City Council and NHS Eastry Integrated Care Board",
      "Written by our lead nurse"),
     "Eastry Children's Community NHS Trust",
     ("Eastry City Council", "NHS Eastry Integrated Care Board")),
    (("Entrant: Breathe Easy Rowan (SCIO), a charity run by people with lung disease",
      "In partnership with NHS Rowan and the University of Kelburn"),
     "Breathe Easy Rowan",
     ("NHS Rowan", "University of Kelburn")),
    (("Marlow Vale Fire and Rescue Service | Marlow Vale Community NHS Trust (Respiratory) | Marlow Vale Borough Council",),
     "Marlow Vale Fire and Rescue Service",
     ("Marlow Vale Community NHS Trust", "Marlow Vale Borough Council")),
    (("Orrin Community Health NHS Trust (Podiatry)", "Partners: Orrin University Hospital NHS Trust; Step Up Diabetes"),
     "Orrin Community Health NHS Trust",
     ("Orrin University Hospital NHS Trust", "Step Up Diabetes")),
    # a PDF block running the cover lines together
    (("Westvale Mental Health NHS Trust with Westvale Police, Hope Line Service (registered charity no. 1122 334) and "
      "Westvale County Council Entry for the Best Partnership Solution Improving Patient Safety award",),
     "Westvale Mental Health NHS Trust",
     ("Westvale Police", "Hope Line Service", "Westvale County Council")),
    (("Entered by Speak Out Ashby (a charity run by and for people with learning disabilities) "
      "Working with Ashby East Primary Care Network and NHS Ashby Integrated Care Board",),
     "Speak Out Ashby",
     ("Ashby East Primary Care Network", "NHS Ashby Integrated Care Board")),
    # names one per line under the title, then the author's line
    (("Safer Together: a title", "Ashvale Hospitals NHS Foundation Trust", "Ashvale GP Federation",
      "Second Chance Bereavement Support", "Submitted by the Head of Patient Safety, Ashvale Hospitals NHS Foundation Trust"),
     "Ashvale Hospitals NHS Foundation Trust",
     ("Ashvale GP Federation", "Second Chance Bereavement Support")),
    (("St Aidan's Hospice, Kelby, working together with:", "Kelby Community Health NHS Trust",
      "NHS Kelby Integrated Care Board"),
     "St Aidan's Hospice",
     ("Kelby Community Health NHS Trust", "NHS Kelby Integrated Care Board")),
    (("This entry is submitted by Dunholm Mental Health NHS Trust on behalf of a partnership with Still Here Dunholm, "
      "a suicide bereavement charity, and the University of Dunholm.",),
     "Dunholm Mental Health NHS Trust",
     ("Still Here Dunholm", "University of Dunholm")),
    (("Tarn Fire and Rescue Service | Tarn Community NHS Trust (Home Oxygen Assessment",
      "and Review Service) | Tarn Borough Council (Housing) | O2 Home Supplies Ltd"),
     "Tarn Fire and Rescue Service",
     ("Tarn Community NHS Trust", "Tarn Borough Council", "O2 Home Supplies Ltd")),
    # "An entry from X", labels run on after it, a council's own department
    (("A title", "An entry from Holme Valley Community NHS Trust (District Nursing) Partners: Holme Valley Hospice; "
      "Holme Borough Council Adult Social Care Category: Best Partnership Solution Improving Patient Safety"),
     "Holme Valley Community NHS Trust",
     ("Holme Valley Hospice", "Holme Borough Council")),
    # "Submitted by X Ltd Developed with A and B", contact details run on after it
    (("A title", "Submitted by Corra Health Analytics Ltd Developed with Fenby Hospitals NHS Trust and the Fenby "
      "Dementia Network Enquiries: hello@corra.example, 01632 960 111"),
     "Corra Health Analytics Ltd",
     ("Fenby Hospitals NHS Trust", "Fenby Dementia Network")),
    # the lead's department between the lead and "with"
    (("A title", "Lindow Borough Council, Public Health, with Lindow Community NHS Trust and Lindow Carers Hub"),
     "Lindow Borough Council",
     ("Lindow Community NHS Trust", "Lindow Carers Hub")),
    # an author's line run on after the list
    (("A title", "NHS Carnmore with Carnmore Youth Trust and Carnmore County Council Written by the service lead, "
      "CAMHS, 12 Mill Road"),
     "NHS Carnmore",
     ("Carnmore Youth Trust", "Carnmore County Council")),
    # a semicolon list with departments in brackets, wrapped inside a name
    (("A title", "Ashby Hospitals NHS Trust (Radiology); Ormside Heart Centre",
      "NHS Foundation Trust (Cardiac Physiology); University of Ashby, School of Physics"),
     "Ashby Hospitals NHS Trust",
     ("Ormside Heart Centre NHS Foundation Trust", "University of Ashby")),
    # the lead with its ward on one line, "Working with" on the next
    (("A title", "Lowmoor General Hospital NHS Trust, Ash Ward and the surgical wards",
      "Working with Lowmoor Community NHS Trust and the University of Lowmoor"),
     "Lowmoor General Hospital NHS Trust",
     ("Lowmoor Community NHS Trust", "University of Lowmoor")),
    # joint leads, a capitalised "With", a council department before "and"
    (("A title", "Ferby Fire and Rescue Service, Prevention Directorate With Ferby Hospitals NHS Trust, "
      "Ferby County Council Public Health and Warm Homes Ferby HSJ Patient Safety Awards"),
     "Ferby Fire and Rescue Service",
     ("Ferby Hospitals NHS Trust", "Ferby County Council", "Warm Homes Ferby")),
    (("A title", "Ickby Children's Hospital NHS Foundation Trust and Ickby City Council Trading Standards, "
      "with Safe Steps Ickby"),
     "Ickby Children's Hospital NHS Foundation Trust",
     ("Ickby City Council", "Safe Steps Ickby")),
    # an author writing on behalf of the entrant
    (("A title", "Dr Ann Lee, GP partner, Moss Surgery - writing on behalf of Moss Vale Primary Care Network",
      "Contact: the PCN manager"),
     "Moss Vale Primary Care Network",
     ()),
    # "Joint entry by X and Y Supported by Z"
    (("A title", "Joint entry by Ketby Hospitals NHS Trust and Ormby NHS Foundation Trust Supported by the University of Ketby"),
     "Ketby Hospitals NHS Trust",
     ("Ormby NHS Foundation Trust", "University of Ketby")),
    # the partnership on one line joined by "&", the lead labelled below it
    (("A title", "Safe Money Trust & Ullby County Council & Ullby Constabulary & Ullby Community Health NHS Trust",
      "Lead: Safe Money Trust (registered charity 1122334)"),
     "Safe Money Trust",
     ("Ullby County Council", "Ullby Constabulary", "Ullby Community Health NHS Trust")),
    # a team first, then its trust; partners listed under "Our partners were:" with what each did
    (("A title", "Community Nursing Team, Wexby Health and Care NHS Trust", "Our partners were:",
      "Speak Out Wexby, a self-advocacy charity, and its members", "Wexby Council, Adult Social Care Commissioning",
      "University of Wexby, Department of Nursing", "Why we needed to act"),
     "Wexby Health and Care NHS Trust",
     ("Speak Out Wexby", "Wexby Council", "University of Wexby")),
    # "Entered by X, Town (registered charity)" over an "In partnership with" line
    (("A title", "Entered by Second Look Sight Support, Dunmarsh (registered charity)",
      "In partnership with Dunmarsh Eye Hospital NHS Trust (Low Vision Clinic) and the University of Dunmarsh",
      "Written by our Services Manager"),
     "Second Look Sight Support",
     ("Dunmarsh Eye Hospital NHS Trust", "University of Dunmarsh")),
    # a name that only its bracket calls an organisation, then ", with"
    (("A title", "Brindle Street Pantry (charity), with Brindle City Council (Public Health) and Brindle Hospitals NHS Trust"),
     "Brindle Street Pantry",
     ("Brindle City Council", "Brindle Hospitals NHS Trust")),
    (("A title", "Carrow Cave Rescue Team (registered charity), working with Carrow Ambulance Service NHS Trust"),
     "Carrow Cave Rescue Team",
     ("Carrow Ambulance Service NHS Trust",)),
    # a local committee of pharmacists, optometrists or dentists is an organisation
    (("A title", "Ashby and Trent Local Pharmaceutical Committee, with Ashby Borough Council (Public Health) and the "
      "Harbour Day Centre"),
     "Ashby and Trent Local Pharmaceutical Committee",
     ("Ashby Borough Council", "Harbour Day Centre")),
    # "with the ...", a bracket wrapped onto the next line
    (("A title", "University of Lenham (Student Health Service), with the UK Health Security Agency (South",
      "East Health Protection Team), Lenham Medical Practice and Lenham Students' Union", "Entry by the Head of Student Health"),
     "University of Lenham",
     ("UK Health Security Agency", "Lenham Medical Practice", "Lenham Students' Union")),
    # the lead's own service with commas in its name, "Working with" run on in one PDF block
    (("A title", "Sorby Hospitals NHS Trust, Children's Ear, Nose and Throat Service Working with Sorby Ambulance "
      "Service NHS Trust and Sorby GP Federation"),
     "Sorby Hospitals NHS Trust",
     ("Sorby Ambulance Service NHS Trust", "Sorby GP Federation")),
    (("A title", "Varley Community NHS Trust, District Nursing Service Working together with Varley City Council"),
     "Varley Community NHS Trust",
     ("Varley City Council",)),
]


@pytest.mark.parametrize(("lines", "lead", "partners"), UNLABELLED_COVERS)
def test_partners_cover_without_labels_names_the_lead_first(lines, lead, partners):
    """Covers written as lines, not labels: the first name leads; "with ..." lines, bars and sentences list partners."""
    cover = read_cover(document(*lines))
    assert cover.organisation == lead
    assert cover.partners == partners


def test_partners_a_sentence_starting_with_a_partnership_is_not_a_cover_line():
    cover = read_cover(document(
        "Lead organisation: Brindley Community NHS Trust",
        "In partnership with Brindley Vale Hospitals NHS Trust, we introduced electronic observations on handheld devices.",
    ))
    assert cover.organisation == "Brindley Community NHS Trust"
    assert cover.partners == ()


@pytest.mark.parametrize(("value", "lead"), [
    ("Head of Patient Safety and Learning, Ashvale Hospitals NHS Foundation Trust", "Ashvale Hospitals NHS Foundation Trust"),
    ("Department of Haematology, Easton Teaching Hospitals NHS Trust", "Easton Teaching Hospitals NHS Trust"),
    ("Kells Royal Hospitals NHS Foundation Trust – Digital Medicines Team", "Kells Royal Hospitals NHS Foundation Trust"),
    ("NHS Strathmore, Respiratory and TB Service", "NHS Strathmore"),
])
def test_partners_lead_value_naming_a_role_or_department_keeps_the_organisation(value, lead):
    assert read_cover(document(f"Lead organisation: {value}")).organisation == lead


def test_partners_cover_that_says_none_adds_no_partners_from_prose(nlp):
    """ "Partner organisations: not applicable" is taken at its word: departments called a partnership are not partners."""
    doc = document("Safe fluids", "Organisation: Ibbet Hospitals NHS Trust (Pharmacy)",
                   "Partner organisation(s): not applicable",
                   "Safe Fluids is a partnership between our Pharmacy, Paediatric Surgery and Theatres departments.")
    cover = read_cover(doc)
    assert cover.organisation == "Ibbet Hospitals NHS Trust" and cover.partners == () and cover.no_partners
    found = find_partners(doc, {}, nlp, docs={"context": (nlp(doc.blocks[-1].text),)}, cover=cover)
    assert [p.role for p in found] == ["primary"]


def test_partners_system_partners_label_is_read():
    cover = read_cover(document("A title", "Primary entrant: Kelby NHS Trust", "System partners: Kelby Hospice; Kelby City Council"))
    assert cover.partners == ("Kelby Hospice", "Kelby City Council")


@pytest.mark.parametrize(("lines", "organisation", "partners"), [
    # "(lead)" and plus signs, the list wrapped inside a name at the margin
    (("A title", "Tarnby Hospitals NHS Trust (lead) + Oxley Community NHS Trust + University",
      "of Tarnby, School of Nursing"),
     "Tarnby Hospitals NHS Trust", ("Oxley Community NHS Trust", "University of Tarnby")),
    # "(primary entrant)" followed by the partners on the same line
    (("A title", "NHS Pellow Integrated Care Board (primary entrant) Pellow GP Alliance (30 practices); Pellow Hospice"),
     "NHS Pellow Integrated Care Board", ("Pellow GP Alliance", "Pellow Hospice")),
    # "-- lead applicant" with the lead's department, the partners barred on the next line
    (("A title", "Dunby City Council, Adult Social Care -- lead applicant",
      "Dunby Carers Centre | Dunby Royal Hospital NHS Trust, Falls Service"),
     "Dunby City Council", ("Dunby Carers Centre", "Dunby Royal Hospital NHS Trust")),
    # star-separated names and a partner with a lower-case description run on
    (("A title", "NHS Ravel Integrated Care Board (lead) * Ravel Ambulance Service NHS Trust * Ravel Borough Council "
      "reablement team", "Entry by the ICB's deputy chief nurse"),
     "NHS Ravel Integrated Care Board", ("Ravel Ambulance Service NHS Trust", "Ravel Borough Council")),
])
def test_partners_cover_line_that_marks_its_lead(lines, organisation, partners):
    cover = read_cover(document(*lines))
    assert (cover.organisation, cover.partners) == (organisation, partners)


@pytest.mark.parametrize("lines,organisation,partners", [
    # one organisation a line, each with its role after a dash or in brackets
    (("A title", "Fenby Community NHS Trust - lead", "Fenby Stroke Club (charity) - partner",
      "Fenby Borough Council, Adult Social Care - partner", "Written by the stroke nurse consultant"),
     "Fenby Community NHS Trust", ("Fenby Stroke Club", "Fenby Borough Council")),
    (("A title", "Orrin Valley NHS Foundation Trust - Renal Service (lead)", "Orrin Ambulance Service NHS Trust - partner",
      "Orrin Valley Primary Care Network (north) - partner"),
     "Orrin Valley NHS Foundation Trust", ("Orrin Ambulance Service NHS Trust", "Orrin Valley Primary Care Network")),
    # labels set in capitals, without colons, on one line
    (("A TITLE IN CAPITALS", "PRIMARY ENTRANT Tolby Ambulance Service NHS Trust PARTNERS Tolby General Hospital NHS Trust "
      "| NHS Tolby Integrated Care Board Contact: the head of quality"),
     "Tolby Ambulance Service NHS Trust", ("Tolby General Hospital NHS Trust", "NHS Tolby Integrated Care Board")),
    # a bare "Partners:" label over one partner a line, each with its service after a dash
    (("A title", "Lead: Marl Fire and Rescue Service", "Partners:", "Marl Community Health NHS Trust - Home Oxygen Service",
      "NHS Marl Integrated Care Board", "The problem"),
     "Marl Fire and Rescue Service", ("Marl Community Health NHS Trust", "NHS Marl Integrated Care Board")),
])
def test_partners_cover_roles_and_labels_in_other_layouts(lines, organisation, partners):
    cover = read_cover(document(*lines))
    assert (cover.organisation, cover.partners) == (organisation, partners)


def test_partners_cover_name_of_entrant_organisation_label_keeps_the_legal_form():
    cover = read_cover(document("A title", cells=(("Name of entrant organisation", "Orley Pharmacy Group Ltd (38 pharmacies)"),
                                                  ("Partner organisation(s)", "Orley Teaching Hospitals NHS Trust"))))
    assert cover.organisation == "Orley Pharmacy Group Ltd"
    assert organisation_type(cover.organisation) == "private"


def test_partners_cover_star_list_without_a_mark_reads_the_first_as_lead():
    cover = read_cover(document("A title", "Orrin Community NHS Trust (District Nursing) * Orrin Hospice * Orrin City Council"))
    assert (cover.organisation, cover.partners) == ("Orrin Community NHS Trust", ("Orrin Hospice", "Orrin City Council"))


def test_partners_cover_labels_with_dot_leaders_or_double_dashes():
    cover = read_cover(document("A title", "Lead organisation: Wrenby NHS Trust - Surgery Division Partners -- Wrenby Hospice",
                                "Contact ....... 01632 960 555"))
    assert (cover.organisation, cover.partners) == ("Wrenby NHS Trust", ("Wrenby Hospice",))
    cover = read_cover(document("A title", "Submitted by: Wrenby GP Federation", "Partners ... Wrenby Hospice; NHS Wrenby ICB"))
    assert cover.partners == ("Wrenby Hospice", "NHS Wrenby ICB")


def test_partners_submitted_by_a_role_names_its_organisation_not_the_role():
    cover = read_cover(document("A title", "Submitted by the Patient Experience Manager, Calby Royal Hospital NHS Trust",
                                "A partnership between our Volunteering, Dietetics and Older People's wards"))
    assert cover.organisation == "Calby Royal Hospital NHS Trust" and cover.partners == ()


def test_partners_lead_named_above_the_first_section_when_the_cover_has_no_label(nlp):
    """No cover line the reader can label: the lines above the first section still name the lead."""
    doc = document("Warm before home",
                   "Tolby Hospitals NHS Foundation Trust worked in partnership with Tolby City Council on this.",
                   "Each winter the city sees more deaths than in summer.")
    body = Section(criterion="context", heading=None, text="Each winter the city sees more deaths than in summer.",
                   word_count=10, method="test", blocks=(2,))
    assert read_cover(doc).organisation is None
    partners = find_partners(doc, {"context": body}, nlp)
    assert [(p.name, p.role) for p in partners] == [("Tolby Hospitals NHS Foundation Trust", "primary"),
                                                     ("Tolby City Council", "partner")]
    # Without those lines nothing names an organisation.
    assert find_partners(document("Warm before home", "Each winter the city sees more deaths than in summer."),
                         {"context": body}, nlp) == ()


@pytest.mark.parametrize(("lines", "organisation", "partners"), [
    # "- lead entrant", partners on a "Working in partnership with" line, the author's role under "Submitted by:"
    (("A title", "Rellby Hospitals NHS Foundation Trust (Maternity Services) - lead entrant",
      "Working in partnership with Rellby Mental Health NHS Trust (Perinatal Team), Rellby City Council (Public Health "
      "Nursing) and Rellby Maternity Voices Partnership", "Submitted by: Specialist Perinatal Midwife", "1. The service"),
     "Rellby Hospitals NHS Foundation Trust",
     ("Rellby Mental Health NHS Trust", "Rellby City Council", "Rellby Maternity Voices Partnership")),
    # a lead its bracket describes, then "with" and the partners as a sentence
    (("A title", "KESTON RECOVERY (registered charity) - lead entrant with Keston Local Pharmaceutical Committee, "
      "Keston Ambulance Service NHS Trust and Keston City Council", "The problem"),
     "KESTON RECOVERY", ("Keston Local Pharmaceutical Committee", "Keston Ambulance Service NHS Trust", "Keston City Council")),
    # "(lead), with A, B and C" wrapped inside a name, the author run on after a bracket
    (("A title", "Tansey Community NHS Trust - Learning Disability Team (lead), with Tansey",
      "North Primary Care Network, Tansey Supported Living Network and Speak Up Tansey",
      "(self-advocacy group) Entry written by a community nurse", "Why constipation?"),
     "Tansey Community NHS Trust", ("Tansey North Primary Care Network", "Tansey Supported Living Network", "Speak Up Tansey")),
    # a prison as the lead, known by its initials
    (("A title", "HMP Castlebeck (lead), with Orrell Community NHS Trust (Health and Justice) and Orrell Borough Council",
      "Entry prepared by the Head of Healthcare", "The problem"),
     "HMP Castlebeck", ("Orrell Community NHS Trust", "Orrell Borough Council")),
    # the lead's mark inside a bracket with its kind, a barred list wrapped inside a name
    (("A title", "Fenwold Air Ambulance (charity, lead entrant) | Fenwold Ambulance Service NHS Trust | Fenwold",
      "General Hospital NHS Trust (Major Trauma Centre)", "Written by the charity's medical director", "The gap"),
     "Fenwold Air Ambulance", ("Fenwold Ambulance Service NHS Trust", "Fenwold General Hospital NHS Trust")),
    # "on behalf of the partners:" ending a byline, one partner a line under it
    (("A title", "Lead entrant: Ostby Hospitals NHS Trust (Children's Respiratory Service)",
      "Entry written by the asthma nurse specialist, on behalf of the partners:",
      "Ostby Central Primary Care Network (seven GP practices)", "Ostby Borough Council (Public Health)", "Why we started"),
     "Ostby Hospitals NHS Trust", ("Ostby Central Primary Care Network", "Ostby Borough Council")),
    # "X - with A and B" wrapped inside a name; the lead marked on a byline wrapped inside its name
    (("A title", "Wendle Partnership NHS Foundation Trust - with Wendle General Hospital NHS Trust and Rookby",
      "Ambulance Service NHS Trust", "Written by the Matron for Physical Health, Inpatient Services, Wendle Partnership NHS",
      "Foundation Trust (lead entrant)", "Why we needed a partnership"),
     "Wendle Partnership NHS Foundation Trust", ("Wendle General Hospital NHS Trust", "Rookby Ambulance Service NHS Trust")),
    # ", lead organisation" after a comma, the partners on a "With" line
    (("A title", "Pellow Sanctuary Network (registered charity), lead organisation",
      "With Pellow Community Pharmacy Committee, Pellow Borough Council (Housing) and Quarry Lane Surgery",
      "Written by Ana Ruiz, Director, Pellow Sanctuary Network"),
     "Pellow Sanctuary Network", ("Pellow Community Pharmacy Committee", "Pellow Borough Council", "Quarry Lane Surgery")),
    # "Submitted by X (charity), lead partner" over a labelled list separated by double dashes
    (("A title", "Submitted by Tollard Hospice (registered charity no. 555123), lead partner",
      "Partners: Tollard Community NHS Trust (District Nursing) -- NHS Tollard Integrated Care Board", "Why"),
     "Tollard Hospice", ("Tollard Community NHS Trust", "NHS Tollard Integrated Care Board")),
    # the lead marked alone, a role line, then the partners as bullet items
    (("A title", "NHS Frennick Integrated Care Board (lead entrant)", "Project sponsor: Director of Nursing",
      *(Block(text=t, order=0, kind="list_item") for t in ("Frennick Hospitals NHS Trust", "Frennick Hospice")),
      "The problem"),
     "NHS Frennick Integrated Care Board", ("Frennick Hospitals NHS Trust", "Frennick Hospice")),
])
def test_partners_cover_lead_marked_then_partners_with(lines, organisation, partners):
    cover = read_cover(document(*lines))
    assert (cover.organisation, cover.partners) == (organisation, partners)


@pytest.mark.parametrize(("name", "sub_unit"), [
    ("Crisis Resolution and Home Treatment Team", True),  # a team of some organisation
    ("Adult acute inpatient wards", True),
    ("Locum GPs", True),  # people, not a practice
    ("Kelby City Council Reablement Team", False),  # the team of a named organisation
    ("Kelby South Primary Care Network", False),
    ("Kelby GP Federation", False),
])
def test_partners_teams_wards_and_staff_named_alone_are_not_organisations(name, sub_unit):
    assert is_sub_unit(name) is sub_unit


def test_partners_entry_by_a_job_title_is_no_entrant():
    cover = read_cover(document("A title", "Pellby Health and Care NHS Trust",
                                "A partnership across the Trust's emergency department and health visiting service",
                                "Entry by the Named Nurse for Safeguarding Children", "Babies who cannot yet roll ..."))
    assert cover.organisation == "Pellby Health and Care NHS Trust"


def test_partners_lead_label_naming_a_job_is_no_entrant():
    cover = read_cover(document("A title", "Pellby Valley Hospitals NHS Trust",
                                "A joint project of the Radiology Department and the Emergency Department",
                                "Lead: Radiology Services Manager", "Background"))
    assert cover.organisation == "Pellby Valley Hospitals NHS Trust" and cover.partners == ()


def test_partners_cover_lead_label_with_a_role_in_the_leads_own_hospitals_names_no_organisation():
    lines = ("Every Line: fewer line infections", "Ashenford Community Health NHS Trust",
             "Lead: Associate Director of Nursing, Community Hospitals", "Background")
    assert read_cover(document(*lines)).organisation == "Ashenford Community Health NHS Trust"
    # a role at a named organisation still names it
    named = read_cover(document("Every Line", "Lead: Head of Patient Safety, Ashenford Community Health NHS Trust"))
    assert named.organisation == "Ashenford Community Health NHS Trust"


def test_partners_cover_that_says_none_outweighs_those_the_lead_works_with():
    """The entrant's own answer to "partners" wins over units named on the lead's line."""
    cover = read_cover(document("Safer pitches", "Entrant: University of Kelmarsh - Sport Services, working with the "
                                "University Health Centre and the School of Nursing", "Partners: none outside the university"))
    assert cover.organisation == "University of Kelmarsh" and cover.partners == () and cover.no_partners
    cover = read_cover(document("Safer pitches", "Entrant: University of Kelmarsh - Sport Services, working with "
                                "Kelmarsh City Council", "Partners: Kelmarsh City Council"))
    assert cover.partners == ("Kelmarsh City Council",) and not cover.no_partners


@pytest.mark.parametrize("kind", ["self-advocacy group", "advocacy group", "user-led group", "carers group"])
def test_partners_a_lead_its_bracket_calls_a_voluntary_group(kind):
    cover = read_cover(document("Safe suppers", f"Speak Up Tarnby ({kind}), with Tarnby NHS Trust and Tarnby Borough Council"))
    assert cover.organisation == "Speak Up Tarnby"
    assert cover.partners == ("Tarnby NHS Trust", "Tarnby Borough Council")
    assert organisation_type(kind) == "charity"


def test_cover_partners_as_bullets_under_a_labelled_lead():
    """"Lead: X" and a byline, then the partners as unlabelled bullets; a bracket may say what one is."""
    doc = document("Safer Switches", "Lead: NHS Wendmoor Integrated Care Board, Medicines Team",
                   "Written by the Lead Pharmacist for Children",
                   *(Block(text=t, order=0, kind="list_item") for t in (
                       "Wendmoor Community Health NHS Trust (community paediatrics)",
                       "Wendmoor Local Pharmaceutical Committee",
                       "Parents Together Wendmoor (parent carer support group)")),
                   Block(text="1. What was the problem?", order=0, kind="heading", heading_level=2))
    cover = read_cover(doc)
    assert cover.organisation == "NHS Wendmoor Integrated Care Board"
    assert cover.partners == ("Wendmoor Community Health NHS Trust", "Wendmoor Local Pharmaceutical Committee",
                              "Parents Together Wendmoor")
    # bullets that are not organisations are no partners
    doc = document("Safer Switches", "Lead: NHS Wendmoor Integrated Care Board",
                   *(Block(text=t, order=0, kind="list_item") for t in ("Fewer wrong brands", "Faster switches")))
    assert read_cover(doc).partners == ()


def test_cover_with_line_is_not_joined_to_the_heading_under_it():
    doc = document("Bring It Back", "NHS Calder Vale Integrated Care Board",
                   "With Calder Vale Community Pharmacy Committee, Brent Medical Supplies Ltd and the Calder Patients' Forum",
                   Block(text="Why this mattered", order=0, kind="heading", heading_level=1),
                   "Most drug alerts ask pharmacies to take stock off their shelves.")
    cover = read_cover(doc)
    assert cover.organisation == "NHS Calder Vale Integrated Care Board"
    assert cover.partners == ("Calder Vale Community Pharmacy Committee", "Brent Medical Supplies Ltd", "Calder Patients' Forum")
