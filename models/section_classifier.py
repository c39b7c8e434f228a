"""The section scorer: sentence embeddings plus two small linear models learnt from labelled entries.

* a paragraph classifier (multinomial logistic regression over embedding vectors) that says which
  criterion, or ``none``, a paragraph answers;
* a segment scorer (logistic regression over ``pipeline.sections.FEATURES``) that weighs the
  heading's meaning, rubric words, the paragraph classifier, numbering and position.

Both are trained by ``python -m models.train_section_model`` on ``data/corpus/train`` and saved as a
versioned artifact: plain arrays in ``.npz`` and metadata in ``.json`` (no pickle, so loading an
artifact never runs code). A rubric with no trained artifact still works: paragraphs are then
scored zero-shot against the criterion questions, and the segment scorer uses a second set of
weights learnt on the same entries with zero-shot paragraph scores; its features do not depend on
which rubric is used.

The embedders are the ones the artifact was trained with: ``info["embedder"]`` embeds paragraphs
(the paragraph classifier's input, and the criterion questions and ``none`` prototype they are
compared with zero-shot), ``info["heading_embedder"]`` (the same one when absent) embeds headings
and the criterion questions they are compared with. Each is all-MiniLM-L6-v2 itself or the static
table distilled from it (``models.static_embedder``), which reads a paragraph for a fraction of
the cost.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from models import embedder, static_embedder
from pipeline.rubric import Rubric
from pipeline.sections import FEATURES

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
MODEL_VERSION = "1"
NONE_PROTOTYPE = (
    "Entry title, organisation name, contact name, email address, telephone number and date. "
    "References, acknowledgements, appendix and glossary."
)
# Used when no segment model has been trained: the heading's meaning and the body's content lead.
DEFAULT_WEIGHTS = {
    "heading_sim": 6.0,
    "heading_sim_margin": 4.0,
    "content_margin": 2.0,
    "heading_sim_best": 1.5,
    "heading_lexical": 2.0,
    "content_prob": 4.0,
    "content_best": 1.0,
    "number_match": 2.0,
    "position": 0.5,
    "has_heading": 0.0,
    "is_none": -1.0,
    "none_heading_cue": 4.0,
    "title_like": 5.0,
    "criterion_under_none_heading": -3.0,
    "cue_density": 1.0,
    "quantitative_signal": 2.0,
}
ZERO_SHOT_TEMPERATURE = 25.0


EMBEDDERS = (embedder.MODEL_NAME, static_embedder.NAME)


def embed_function(name: str) -> Callable[[Sequence[str]], np.ndarray]:
    """The embedder of that name: ``all-MiniLM-L6-v2`` or ``static-all-MiniLM-L6-v2``."""
    if name == embedder.MODEL_NAME:
        return embedder.embed
    if name == static_embedder.NAME:
        return static_embedder.embed
    raise ValueError(f"unknown section embedder {name!r}: expected one of {', '.join(EMBEDDERS)}")


def artifact_paths(rubric_id: str) -> tuple[Path, Path]:
    stem = ARTIFACTS / f"section-model-{rubric_id}-v{MODEL_VERSION}"
    return stem.with_suffix(".npz"), stem.with_suffix(".json")


@dataclass
class SectionModel:
    """Implements ``pipeline.sections.SectionScorer``."""

    segment_coef: np.ndarray  # (len(FEATURES),)
    segment_intercept: float
    paragraph: dict[str, tuple[list[str], np.ndarray, np.ndarray]]  # rubric id -> (labels, coef, intercept)
    info: dict
    # Weights learnt with zero-shot paragraph scores, for rubrics that have no trained classifier.
    zero_shot_coef: np.ndarray | None = None
    zero_shot_intercept: float = 0.0

    @property
    def embedder_name(self) -> str:
        """What embeds paragraphs."""
        return self.info.get("embedder", embedder.MODEL_NAME)

    @property
    def heading_embedder_name(self) -> str:
        """What embeds headings (and the criterion questions they are compared with)."""
        return self.info.get("heading_embedder", self.embedder_name)

    # -- SectionScorer

    def embed_headings(self, texts: Sequence[str]) -> np.ndarray:
        return embed_function(self.heading_embedder_name)(list(texts))

    def embed_paragraphs(self, texts: Sequence[str]) -> np.ndarray:
        return embed_function(self.embedder_name)(list(texts))

    def criterion_vectors(self, rubric: Rubric) -> np.ndarray:
        return _criterion_vectors(rubric, self.heading_embedder_name)

    def has_classifier(self, rubric: Rubric) -> bool:
        trained = self.paragraph.get(rubric.id)
        return trained is not None and trained[0] == [*rubric.criterion_ids, "none"]

    def paragraph_probs(self, vectors: np.ndarray, rubric: Rubric) -> np.ndarray:
        trained = self.paragraph.get(rubric.id)
        if self.has_classifier(rubric):
            _, coef, intercept = trained
            logits = vectors @ coef.T + intercept
        else:
            protos = np.vstack([_criterion_vectors(rubric, self.embedder_name), _none_vector(self.embedder_name)])
            logits = ZERO_SHOT_TEMPERATURE * (vectors @ protos.T)
        logits = logits - logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        return probs / probs.sum(axis=1, keepdims=True)

    def segment_scores(self, features: np.ndarray, rubric: Rubric) -> np.ndarray:
        if self.zero_shot_coef is not None and not self.has_classifier(rubric):
            return features @ self.zero_shot_coef + self.zero_shot_intercept
        return features @ self.segment_coef + self.segment_intercept


@functools.cache
def _none_vector(embedder_name: str) -> np.ndarray:
    return embed_function(embedder_name)([NONE_PROTOTYPE])[0]


_criterion_cache: dict[tuple[str, str], np.ndarray] = {}


def _criterion_vectors(rubric: Rubric, embedder_name: str) -> np.ndarray:
    key = (embedder_name, rubric.model_dump_json())
    if key not in _criterion_cache:
        _criterion_cache[key] = embed_function(embedder_name)([f"{c.title}. {c.question}" for c in rubric.criteria])
    return _criterion_cache[key]


def default_model(embedder_name: str = embedder.MODEL_NAME, heading_embedder_name: str | None = None) -> SectionModel:
    coef = np.array([DEFAULT_WEIGHTS[f] for f in FEATURES], dtype=np.float32)
    return SectionModel(coef, 0.0, {}, {"source": "default weights", "embedder": embedder_name,
                                         "heading_embedder": heading_embedder_name or embedder_name})


def save_model(model: SectionModel, rubric_id: str) -> tuple[Path, Path]:
    npz, meta = artifact_paths(rubric_id)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    labels, coef, intercept = model.paragraph[rubric_id]
    np.savez(npz, segment_coef=model.segment_coef, segment_intercept=np.array([model.segment_intercept]),
             paragraph_coef=coef, paragraph_intercept=intercept,
             zero_shot_coef=model.zero_shot_coef, zero_shot_intercept=np.array([model.zero_shot_intercept]))
    meta.write_text(json.dumps({**model.info, "labels": labels, "features": list(FEATURES),
                                "version": MODEL_VERSION, "rubric": rubric_id}, indent=2) + "\n")
    return npz, meta


@functools.cache
def load_section_model(rubric_id: str = "best-partnership-patient-safety") -> SectionModel:
    """The trained model for ``rubric_id`` when its artifact exists, else the default weights.

    A rubric without its own artifact borrows the segment weights of the bundled one (they are
    rubric-independent) and scores paragraphs zero-shot.
    """
    for candidate in (rubric_id, "best-partnership-patient-safety"):
        npz, meta = artifact_paths(candidate)
        if npz.is_file() and meta.is_file():
            info = json.loads(meta.read_text())
            used = {info.get("embedder", embedder.MODEL_NAME), info.get("heading_embedder", embedder.MODEL_NAME)}
            if info.get("features") != list(FEATURES) or not used <= set(EMBEDDERS):
                continue  # trained for another feature set or embedder: retrain with models.train_section_model
            if static_embedder.NAME in used:
                static_embedder.check_trained_table(info.get("embedder_table_sha256"), "section model",
                                                    "python -m models.train_section_model",
                                                    info.get("embedder_table_probe"))
            arrays = np.load(npz, allow_pickle=False)
            paragraph = {candidate: (info["labels"], arrays["paragraph_coef"], arrays["paragraph_intercept"])}
            return SectionModel(arrays["segment_coef"], float(arrays["segment_intercept"][0]), paragraph, info,
                                arrays["zero_shot_coef"], float(arrays["zero_shot_intercept"][0]))
    return default_model()

