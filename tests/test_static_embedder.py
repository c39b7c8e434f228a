"""models.static_embedder: the word-piece table distilled from MiniLM, checked before use, and its wiring."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from models import embedder, static_embedder
from models.section_classifier import EMBEDDERS, embed_function, load_section_model
from models.static_embedder import DIM, StaticTableInvalid, load_table
from pipeline.rubric import load_rubric

pytestmark = pytest.mark.slow  # builds the table on a machine that has none (about half a minute)


@pytest.fixture(scope="module")
def table():
    return load_table()


def test_static_embedder_table_is_verified_and_describes_its_source(table):
    assert table.vectors.shape == (30522, DIM)
    assert table.meta["source_sha256"] == embedder.MINILM_SHA256
    assert table.meta["recipe"] == static_embedder.RECIPE
    assert load_table() is table  # once per process


def test_static_embedder_vectors_are_unit_length_and_repeatable(table):
    texts = ["Harm from falls fell by 38% after the bundle", "", "Patients co-designed the leaflet", "???"]
    first, second = static_embedder.embed(texts), static_embedder.embed(list(reversed(texts)))[::-1]
    assert first.shape == (4, DIM)
    np.testing.assert_array_equal(first, second)
    norms = np.linalg.norm(first, axis=1)
    assert norms[1] == 0.0  # no word pieces: a zero vector rather than NaN
    np.testing.assert_allclose(norms[[0, 2, 3]], 1.0, atol=1e-5)


def test_static_embedder_keeps_meaning_close_to_minilm(table):
    # Near texts stay nearer than far ones, as they are for MiniLM.
    texts = ["Falls with harm fell from 6.8 to 4.1 per 1,000 bed days",
             "Inpatient falls causing injury dropped by a third",
             "We thank our partners and list the references below"]
    v = static_embedder.embed(texts)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.1


def _copy_table(tmp_path: Path) -> Path:
    copy = tmp_path / "table"
    shutil.copytree(static_embedder.table_dir(), copy, ignore=shutil.ignore_patterns(".lock"))
    return copy


def test_static_embedder_tampered_table_is_refused(table, tmp_path):
    copy = _copy_table(tmp_path)
    with (copy / "vectors.npy").open("r+b") as fh:
        fh.seek(-2, 2)
        fh.write(b"\x7f\x7f")
    with pytest.raises(StaticTableInvalid, match="sha256"):
        static_embedder._check(copy, embedder.verified_model_path())


def test_static_embedder_table_from_another_recipe_is_refused(table, tmp_path):
    copy = _copy_table(tmp_path)
    meta = json.loads((copy / "meta.json").read_text())
    meta["recipe"] = {**meta["recipe"], "pca_dims": 128}
    (copy / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(StaticTableInvalid, match="recipe"):
        static_embedder._check(copy, embedder.verified_model_path())
    shutil.rmtree(copy)
    with pytest.raises(StaticTableInvalid, match="no static table"):
        static_embedder._check(copy, embedder.verified_model_path())


def test_static_embedder_section_model_embeds_with_what_it_was_trained_on():
    model = load_section_model()
    assert model.embedder_name in EMBEDDERS and model.heading_embedder_name in EMBEDDERS
    para = model.embed_paragraphs(["Harm from falls fell by a third"])
    head = model.embed_headings(["Evidence of improvement"])
    assert para.shape[1] == embed_function(model.embedder_name)(["x"]).shape[1]
    assert head.shape[1] == model.criterion_vectors(load_rubric()).shape[1]
    if model.embedder_name == static_embedder.NAME:
        # the same table, up to the float rounding of the CPU it was built on
        assert static_embedder.same_table(model.info["embedder_table_sha256"], model.info.get("embedder_table_probe"))


def test_static_embedder_table_from_another_cpu_is_the_same_table_by_its_probe():
    table = load_table()
    here = static_embedder.probe()
    assert static_embedder.same_table("0" * 64, here, table)  # other bytes, same vectors
    nudged = [v + static_embedder.PROBE_TOLERANCE / 2 for v in here]
    assert static_embedder.same_table("0" * 64, nudged, table)
    other = [v + 0.05 for v in here]  # another table altogether
    assert not static_embedder.same_table("0" * 64, other, table)
    assert not static_embedder.same_table("0" * 64, None, table)


def test_static_embedder_unknown_embedder_name_is_refused():
    with pytest.raises(ValueError, match="unknown section embedder"):
        embed_function("no-such-embedder")


def test_static_embedder_entry_vector_stays_on_minilm(rubric, nlp):
    # Clustering thresholds were set on MiniLM vectors: whatever embeds sections, the entry vector is MiniLM's.
    from pipeline.ingest import read_document
    from pipeline.run import Models, WorkItem, review_document

    path = Path(__file__).resolve().parent.parent / "data" / "samples" / "E001.pdf"
    review, vector = review_document(read_document(path), WorkItem(str(path), path.name, path.stem, ""), rubric,
                                     Models(scorer=load_section_model(rubric.id), nlp=nlp))
    assert review.sections["context"] is not None
    assert vector.shape == (embedder.DIM,)
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


def test_static_embedder_warns_when_a_model_learnt_on_another_table():
    import warnings

    from models.static_embedder import check_trained_table

    table = load_table()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert check_trained_table(table.sha256, "section model", "make train") is table
        check_trained_table(None, "section model", "make train")  # an artifact that records none
    with pytest.warns(UserWarning, match="not the one the involvement model was trained with.*make train"):
        check_trained_table("0" * 64, "involvement model", "make train")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # other bytes, but the probe agrees: built on another CPU
        check_trained_table("0" * 64, "involvement model", "make train", static_embedder.probe())
