"""The involvement model: its features from the real spaCy parse, its decision, its artifact and its training."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from models import involvement_model
from models.involvement_model import ModelMismatch, load_involvement_model, read_model
from models.train_involvement_model import CORPUS, THRESHOLDS, choose_thresholds, flag_f1, matches, train
from pipeline.evidence import INVOLVEMENT_FEATURES, involvement_features, involvement_in_docs, lead_in, parse_sections, sentence_facts
from pipeline.types import Section


def section(criterion: str, text: str) -> Section:
    return Section(criterion=criterion, heading=None, text=text, word_count=len(text.split()), method="test")


def docs_of(nlp, **texts: str):
    return parse_sections({c: section(c, t) for c, t in texts.items()}, nlp)


def test_involvement_features_read_the_rules_mentions_section_and_sentence_before(nlp):
    docs = docs_of(nlp, context="Falls were common on the ward.",
                   stakeholders="Ward nurses co-designed the checklist. They tested it for a month.")
    facts = sentence_facts(docs, first=("stakeholders",))
    assert [f.criterion for f in facts] == ["stakeholders", "stakeholders", "context"]  # involvement section first
    assert facts[0].rule == {"staff"} and facts[0].mentions == {"staff": 1}
    rows = dict(zip(("co-designed", "tested", "falls"), involvement_features(facts, "staff", ("stakeholders",))))
    named = dict(zip(INVOLVEMENT_FEATURES, rows["co-designed"]))
    assert named == {"rule": 1.0, "mentions": 1.0, "mention_count": 1 / 3, "in_involvement_section": 1.0,
                     "previous_mentions": 0.0, "previous_rule": 0.0, "unrealised": 0.0}
    after = dict(zip(INVOLVEMENT_FEATURES, rows["tested"]))
    assert after["previous_mentions"] == after["previous_rule"] == 1.0 and after["mentions"] == 0.0
    other_section = dict(zip(INVOLVEMENT_FEATURES, rows["falls"]))
    assert other_section["in_involvement_section"] == 0.0 and other_section["previous_mentions"] == 0.0


@pytest.mark.parametrize(("text", "unrealised"), [
    ("We would like to involve carers in the next phase.", {"patients"}),  # an intention
    ("No patients were involved in the design.", {"patients"}),  # a negation
    ("Carers co-designed the leaflet, and we plan to ask pharmacists to review it.", {"staff"}),
    # the part is in the infinitive; the whole sentence is a plan, so no group can have taken part in it
    ("We intend to ask the patient panel to review the leaflet.", {"patients", "staff"}),
    ("Next year we will hold a workshop for ward nurses.", {"patients", "staff"}),  # a plan naming staff
    ("We asked three carers to review it, and all three said no.", {"patients"}),  # asked in vain
    ("Patients benefited from safer care.", {"patients"}),  # a beneficiary: no part
    ("Patients on the ward slept better.", set()),  # no part named at all
])
def test_involvement_features_mark_parts_that_did_not_happen(nlp, text, unrealised):
    facts = sentence_facts(docs_of(nlp, stakeholders=text))
    assert set(facts[0].unrealised) == unrealised
    column = INVOLVEMENT_FEATURES.index("unrealised")
    assert [row[column] for row in involvement_features(facts, "patients", ())] == [float("patients" in unrealised)]


class FakeScorer:
    """A fake model: fixed probabilities per sentence text, for testing the decision around it."""

    def __init__(self, probs: dict[str, dict[str, float]], confirmed: float, unconfirmed: float):
        self.probs, self.thresholds = probs, {True: confirmed, False: unconfirmed}

    def probabilities(self, facts, involvement_criteria):
        return {g: np.array([p.get(f.text, 0.0) for f in facts]) for g, p in self.probs.items()}

    def threshold(self, group, confirmed):
        return self.thresholds[confirmed]


def test_involvement_with_a_scorer_keeps_sentences_reaching_their_threshold(nlp):
    # The rules read "Carers rewrote the leaflet." as involvement (threshold 0.6); they do not read
    # "Pharmacists checked every chart." or "Patients benefited." (threshold 0.9).
    docs = docs_of(nlp, context="Pharmacists checked every chart.",
                   stakeholders="Patients benefited. Carers rewrote the leaflet.")
    fake = FakeScorer({"patients": {"Carers rewrote the leaflet.": 0.65, "Patients benefited.": 0.89},
                       "staff": {"Pharmacists checked every chart.": 0.9}}, confirmed=0.6, unconfirmed=0.9)
    found = involvement_in_docs(docs, first=("stakeholders",), scorer=fake)
    assert [(i.group, i.criterion, i.sentence) for i in found] == [
        ("patients", "stakeholders", "Carers rewrote the leaflet."),
        ("staff", "context", "Pharmacists checked every chart."),
    ]
    assert involvement_in_docs(docs, groups=("patients",), scorer=fake)[0].group == "patients"
    assert all(i.group == "patients" for i in involvement_in_docs(docs, groups=("patients",), scorer=fake))
    stricter = FakeScorer(fake.probs, confirmed=0.7, unconfirmed=0.95)
    assert involvement_in_docs(docs, first=("stakeholders",), scorer=stricter) == ()


def test_involvement_with_a_scorer_never_counts_a_part_the_rules_read_as_planned_or_negated(nlp):
    plan = "We would like to ask the parent carer forum to review the letters, but we have not managed that yet."
    docs = docs_of(nlp, stakeholders=plan)
    assert sentence_facts(docs, first=("stakeholders",))[0].unrealised == {"patients"}
    sure = FakeScorer({"patients": {plan: 0.99}}, confirmed=0.5, unconfirmed=0.9)
    assert involvement_in_docs(docs, first=("stakeholders",), scorer=sure) == ()


def test_involvement_with_a_scorer_never_gives_a_part_the_rules_read_as_the_other_groups(nlp):
    # The rules read the porters as the ones who took part; the patient in the sentence is what they
    # talked about, however sure the model is that the sentence is about patients.
    porters = "Porters suggested the escort rule for sedated patients in lifts."
    both = "Paramedics and patients rewrote the leaflet together."
    docs = docs_of(nlp, stakeholders=f"{porters} {both}")
    facts = sentence_facts(docs, first=("stakeholders",))
    assert [set(f.rule) for f in facts] == [{"staff"}, {"patients", "staff"}]
    sure = FakeScorer({"patients": {porters: 0.99, both: 0.99}, "staff": {porters: 0.99, both: 0.99}},
                      confirmed=0.5, unconfirmed=0.9)
    found = involvement_in_docs(docs, first=("stakeholders",), scorer=sure)
    assert [(i.group, i.sentence) for i in found] == [("patients", both), ("staff", porters), ("staff", both)]
    nobody = "The leaflet reflects what patients and ward staff said."
    docs = docs_of(nlp, stakeholders=nobody)  # no part read at all: the model may still find one
    sure = FakeScorer({"patients": {nobody: 0.99}, "staff": {nobody: 0.99}}, confirmed=0.5, unconfirmed=0.9)
    assert [i.group for i in involvement_in_docs(docs, first=("stakeholders",), scorer=sure)] == ["patients", "staff"]


@pytest.fixture(scope="module")
def model():
    found = load_involvement_model()
    assert found is not None, "the bundled involvement model is missing: run python -m models.train_involvement_model"
    return found


def counted(model, nlp, text: str, group: str) -> bool:
    """The bundled model, with its thresholds, counts the sentence as ``group`` taking part."""
    found = involvement_in_docs(docs_of(nlp, stakeholders=text), first=("stakeholders",), scorer=model)
    return any(i.group == group for i in found)


@pytest.mark.parametrize(("text", "group"), [
    ("Six parents and two patient representatives sat on the steering group and rewrote the discharge leaflet.",
     "patients"),
    ("Ward nurses and pharmacists tested three versions of the chart, and their comments changed the design.", "staff"),
])
def test_involvement_model_accepts_people_taking_part(model, nlp, text, group):
    assert counted(model, nlp, text, group)


@pytest.mark.parametrize(("text", "group"), [
    ("Patients benefited from safer care on every ward.", "patients"),
    ("We plan to invite a carer onto the programme board next year.", "patients"),
    ("We trained 130 nurses in the new checklist.", "staff"),
    ("Stakeholders were kept informed through a monthly bulletin.", "staff"),
])
def test_involvement_model_rejects_beneficiaries_plans_and_training(model, nlp, text, group):
    assert not counted(model, nlp, text, group)


def test_involvement_model_artifact_records_how_it_was_made(model):
    assert set(model.thresholds) == {"patients", "staff"}
    for pair in model.thresholds.values():
        assert pair["confirmed"] in THRESHOLDS and pair["unconfirmed"] in THRESHOLDS
        assert pair["confirmed"] <= pair["unconfirmed"]  # the rules' reading never raises the bar
    assert model.info["features"] == list(INVOLVEMENT_FEATURES)
    assert "independent17" in model.info["sets"] and "heldout" not in model.info["sets"]
    staff = model.thresholds["staff"]
    assert model.info["report"]["staff"]["cross_validated_flag"][f"{staff['confirmed']}/{staff['unconfirmed']}"]["f1"] > 0.5


def test_involvement_model_refuses_an_artifact_for_other_features(tmp_path):
    npz, meta = involvement_model.artifact_paths()
    shutil.copy(npz, tmp_path / npz.name)
    info = json.loads(meta.read_text())
    info["features"] = ["rule"]
    (tmp_path / meta.name).write_text(json.dumps(info))
    with pytest.raises(ModelMismatch, match="retrain"):
        read_model(tmp_path / npz.name, tmp_path / meta.name)


def test_training_labels_sentences_by_their_words():
    gold = ["Nurses on two wards tested the chart and changed it."]
    assert matches("Nurses on two wards tested the chart and changed it", gold)  # split without the full stop
    assert matches("Nurses on two wards tested the chart", gold)
    assert not matches("Nurses on two wards", gold)
    assert not matches("Patients benefited.", gold)


def test_training_chooses_the_thresholds_with_the_best_held_out_flag():
    # (highest probability among sentences the rules confirm, among the rest, gold says no involvement)
    best = [(0.0, 0.2, True), (0.55, 0.0, True), (0.96, 0.3, False), (0.8, 0.5, False), (0.0, 0.92, False),
            (0.0, 0.88, True)]
    assert flag_f1(best, 0.5, 0.5) == {"precision": 1.0, "recall": 0.333, "f1": 0.5, "tp": 1, "fp": 0, "fn": 2}
    assert flag_f1(best, 0.85, 0.9) == {"precision": 0.75, "recall": 1.0, "f1": 0.857, "tp": 3, "fp": 1, "fn": 0}
    (confirmed, unconfirmed), table = choose_thresholds(best)
    # F1 1.0 needs 0.55 < confirmed <= 0.8 and 0.88 < unconfirmed <= 0.92: the middle of each, the lower
    # of two middles (0.6, 0.7, 0.75, 0.8: where the rules confirm a sentence, the lower bar)
    assert (confirmed, unconfirmed) == (0.7, 0.9)
    assert table["0.75/0.9"]["f1"] == 1.0 and "0.9/0.7" not in table  # never a lower bar without the rules


def test_training_prefers_a_plateau_to_a_lone_peak(monkeypatch):
    """A pair one entry better than its neighbours is noise; the middle of a broad plateau is kept."""
    import models.train_involvement_model as trainer

    def fake_f1(best, a, b):  # a fake F1 grid, for the choosing logic only
        if (a, b) == (0.3, 0.4):
            return {"f1": 0.953}  # best, by less than one entry
        return {"f1": 0.95 if 0.75 <= a <= 0.9 and 0.93 <= b <= 0.98 else 0.5}

    monkeypatch.setattr(trainer, "flag_f1", fake_f1)
    (confirmed, unconfirmed), _ = trainer.choose_thresholds([])
    assert 0.8 <= confirmed <= 0.85 and 0.95 <= unconfirmed <= 0.97


def test_training_fits_on_real_entries_and_cross_validates_by_set():
    model = train([CORPUS / "independent", CORPUS / "independent2"])
    width = len(INVOLVEMENT_FEATURES) + involvement_model.static_embedder.DIM
    assert {g: c.shape for g, c in model.coef.items()} == {"patients": (width,), "staff": (width,)}
    assert model.info["entries"] == 32
    report = model.info["report"]["patients"]
    assert report["positive_sentences"] > 30
    assert sum(report["cross_validated_flag"]["0.5/0.5"][k] for k in ("tp", "fn")) == sum(
        1 for s in ("independent", "independent2")
        for g in json.loads((CORPUS / s / "gold.json").read_text())["entries"].values()
        if any(f["code"] == "no_patient_involvement" for f in g["flags"]))


def test_involvement_with_a_scorer_never_counts_a_lead_in_that_names_nobody(nlp):
    # "Who took part, and how:" heads a list; it reports no part itself, however sure the model is.
    # A lead-in that names people may still count: "Parents told us three things:".
    heading = "Who took part, and how:"
    told = "Parents told us three things:"
    item = "Larger print, fewer pages and a number to ring."
    docs = docs_of(nlp, stakeholders=f"{heading}\n{told}\n{item}")
    facts = sentence_facts(docs, first=("stakeholders",))
    assert [(f.text, set(f.rule), dict(f.mentions)) for f in facts] == [
        (heading, set(), {}), (told, set(), {"patients": 1}), (item, set(), {})]
    sure = FakeScorer({"patients": {heading: 0.99, told: 0.99, item: 0.2}}, confirmed=0.5, unconfirmed=0.9)
    assert [i.sentence for i in involvement_in_docs(docs, groups=("patients",), first=("stakeholders",), scorer=sure)] == [told]
    assert lead_in(heading) and lead_in(told)
    assert not lead_in("Which ideas did we keep: all of them, in the end, after the second workshop with the carers.")


def test_training_scores_held_out_flags_as_the_pipeline_decides_them(nlp):
    # flag_scores reads a flag as involvement_in_docs does: a planned part never counts, however sure
    # the model is, and a sentence the rules do not confirm needs the higher threshold.
    from models.train_involvement_model import Entry, flag_scores

    plan = "We would like to ask the parent carer forum to review the letters, but we have not managed that yet."
    texts = {"A": "Carers rewrote the leaflet.", "B": "The new leaflet is given out on every ward.", "C": plan}
    fake = FakeScorer({"patients": {texts["A"]: 0.65, texts["B"]: 0.89, plan: 0.99}, "staff": {}},
                      confirmed=0.6, unconfirmed=0.9)
    entries = []
    for eid, gold_flag in (("A", False), ("B", True), ("C", True)):
        facts = sentence_facts(docs_of(nlp, stakeholders=texts[eid]), first=("stakeholders",))
        entries.append(Entry("s", eid, facts, {}, {"patients": gold_flag, "staff": True}, np.zeros((len(facts), 1))))
    scores = flag_scores(fake, entries, ("stakeholders",))
    assert {k: scores["no_patient_involvement"][k] for k in ("tp", "fp", "fn")} == {"tp": 2, "fp": 0, "fn": 0}
    assert scores["no_staff_involvement"]["tp"] == 3
    lenient = FakeScorer(fake.probs, confirmed=0.6, unconfirmed=0.8)  # now B's sentence counts
    assert flag_scores(lenient, entries, ("stakeholders",))["no_patient_involvement"]["fn"] == 1


def test_involvement_with_a_scorer_never_counts_people_not_yet_asked(nlp):
    # Walkers and anglers are no group the rules name; not having asked them is still no part, however
    # sure the model is. Another clause that did happen is read on its own.
    not_yet = "We have not yet asked walkers or anglers what they think of the signs, but we would like to."
    sure = FakeScorer({"patients": {not_yet: 0.99}}, confirmed=0.5, unconfirmed=0.9)
    assert involvement_in_docs(docs_of(nlp, stakeholders=not_yet), first=("stakeholders",), scorer=sure) == ()
    facts = sentence_facts(docs_of(nlp, stakeholders="We did not consult the anglers, but the harbour master "
                                                     "checked the signs."), first=("stakeholders",))
    assert facts[0].unrealised == frozenset()
