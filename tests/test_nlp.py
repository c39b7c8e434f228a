"""models.nlp: the pinned spaCy pipeline, loaded once, verified, with only the needed components."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from models import nlp as nlp_module
from models.embedder import ModelUnavailable
from models.nlp import COMPONENTS, DEFAULT_MODEL, default_model_dir, load_nlp, model_name, parse_many, verify_model_dir


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_nlp_loads_default_pipeline_with_only_needed_components(nlp):
    assert tuple(nlp.pipe_names) == COMPONENTS
    assert "senter" not in nlp.pipe_names


def test_nlp_load_is_cached(nlp):
    assert load_nlp() is nlp


def test_nlp_model_name_prefers_argument_then_environment(monkeypatch):
    monkeypatch.delenv(nlp_module.MODEL_ENV, raising=False)
    assert model_name() == DEFAULT_MODEL
    monkeypatch.setenv(nlp_module.MODEL_ENV, "en_other_pipeline")
    assert model_name() == "en_other_pipeline"
    assert model_name("explicit") == "explicit"


def test_nlp_installed_weights_match_pinned_hashes():
    verify_model_dir(default_model_dir())  # raises on any mismatch


def test_nlp_tampered_weights_are_refused(tmp_path: Path):
    copy = tmp_path / "model"
    shutil.copytree(default_model_dir(), copy)
    with (copy / "ner" / "model").open("ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ModelUnavailable, match="sha256"):
        verify_model_dir(copy)


def test_nlp_missing_weights_file_is_refused(tmp_path: Path):
    copy = tmp_path / "model"
    shutil.copytree(default_model_dir(), copy)
    (copy / "parser" / "model").unlink()
    with pytest.raises(ModelUnavailable, match="missing"):
        verify_model_dir(copy)


def test_nlp_unknown_model_name_says_what_to_do():
    with pytest.raises(ModelUnavailable, match="make install.*ENTRY_REVIEW_SPACY_MODEL"):
        load_nlp("en_no_such_pipeline_xyz")


def test_nlp_keeps_co_design_words_whole(nlp):
    doc = nlp("Carers co-designed the leaflet and Co-production continued.")
    assert "co-designed" in [t.text for t in doc]
    assert "Co-production" in [t.text for t in doc]
    assert doc[1].pos_ == "VERB"


def test_nlp_parse_many_keeps_order_and_sets_sentences(nlp):
    texts = [f"Falls fell by {n}%. Staff tested it." for n in range(5)]
    docs = list(parse_many(nlp, texts, batch_size=2))
    assert [d.text for d in docs] == texts
    assert all(len(list(d.sents)) == 2 for d in docs)
    assert "ner" not in nlp.pipe_names and docs[0][2].dep_  # parsed, without the entity recogniser


# Sentences that exercise the attribute ruler's word exceptions, multi-token patterns
# ("gonna", "let's", "y'all", "ain't"), dependency-conditioned rules ("it" as subject or object,
# auxiliaries, "that" as a pronoun) and whitespace tokens.
_RULER_TEXTS = [
    "I ain't gonna do it, y'all. Let's go; c'mon, we gotta try it again.",
    "It was there. Give it to me and I said you did, but she didn't.",
    "Did she have it? She did. We have had enough. That is what it does.",
    "There is a  double  space\n\nand a tab\there: those were the nurses' notes.",
    "Falls fell from 12 to 7 per 1,000 bed days; patients co-designed the leaflet that we use.",
]


def test_nlp_indexed_attribute_ruler_matches_spacys_matcher(nlp):
    from spacy.matcher import Matcher

    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.matcher, nlp_module.IndexedMatcher)
    stock = Matcher(nlp.vocab, validate=False)
    for number, rule in enumerate(ruler.patterns):
        stock.add(nlp.vocab.strings.add(str(number)), rule["patterns"])
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(nlp.pipe(_RULER_TEXTS))
    for doc in docs:
        expected = sorted(stock(doc, allow_missing=True, as_spans=False), key=lambda m: (m[1], m[2], m[0]))
        assert ruler.matcher(doc) == expected
    # And the token attributes the rules read come out the same either way.
    indexed = [[(t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in nlp.pipe(_RULER_TEXTS)]
    fast = ruler.matcher
    try:
        ruler.matcher = stock
        plain = [[(t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in nlp.pipe(_RULER_TEXTS)]
    finally:
        ruler.matcher = fast
    assert indexed == plain


def test_nlp_attribute_ruler_with_other_patterns_keeps_spacys_matcher(nlp):
    import spacy

    other = spacy.blank("en")
    ruler = other.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "a"})
    assert nlp_module.index_attribute_ruler(ruler) is False
    assert not isinstance(ruler.matcher, nlp_module.IndexedMatcher)
    ruler.add([[{"LOWER": "b"}]], {"LEMMA": "b"})  # still a working spaCy ruler
