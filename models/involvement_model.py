"""The involvement model: which sentences say that patients, or staff, took part in the work.

The rules in ``pipeline.evidence`` read a sentence's grammar (who did what); written by hand, they
miss wording they have not met and over-read some they have. This model weighs their reading
together with what the sentence is about, and decides:

* its input, per sentence and group, is ``pipeline.evidence.INVOLVEMENT_FEATURES`` (the rules'
  verdict, whether and how often the group is named, whether the sentence is in a section the
  rubric asks about involvement, the same for the sentence before) followed by the sentence's
  vector from the static MiniLM table (``models.static_embedder``: a table look-up, no forward
  pass);
* one logistic regression per group turns that into a probability; a sentence counts as
  involvement when it reaches the group's threshold. Each group has two: one for the sentences the
  rules read as involvement and a higher (or equal) one for the sentences they do not, so that
  the sentence's vector alone ("children with epilepsy are the people this was for") has to be very
  sure to overrule the rules. Both are chosen by cross-validation over whole evaluation sets (see
  ``models.train_involvement_model``).

The artifact is plain arrays (``.npz``) and metadata (``.json``), no pickle. Without it the
pipeline falls back to the rules alone and says so once.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models import static_embedder
from pipeline.evidence import GROUPS, INVOLVEMENT_FEATURES, SentenceFacts, involvement_features

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
MODEL_VERSION = "2"
STEM = ARTIFACTS / f"involvement-model-v{MODEL_VERSION}"

log = logging.getLogger(__name__)


def artifact_paths() -> tuple[Path, Path]:
    return STEM.with_suffix(".npz"), STEM.with_suffix(".json")


def embed(texts: Sequence[str]) -> np.ndarray:
    return static_embedder.embed(list(texts))


def feature_matrix(facts: Sequence[SentenceFacts], group: str, involvement_criteria: Iterable[str],
                   vectors: np.ndarray) -> np.ndarray:
    """The model's input for ``group``: the rule features, then the sentence vectors."""
    rows = np.asarray(involvement_features(facts, group, involvement_criteria), dtype=np.float32)
    return np.hstack([rows.reshape(len(facts), len(INVOLVEMENT_FEATURES)), vectors])


@dataclass
class InvolvementModel:
    """Implements ``pipeline.evidence.InvolvementScorer``."""

    coef: dict[str, np.ndarray]  # group -> (len(INVOLVEMENT_FEATURES) + DIM,)
    intercept: dict[str, float]
    thresholds: dict[str, dict[str, float]]  # group -> {"confirmed": ..., "unconfirmed": ...}
    info: dict

    def probabilities(self, facts: Sequence[SentenceFacts], involvement_criteria: Iterable[str]) -> dict[str, np.ndarray]:
        criteria = tuple(involvement_criteria)
        vectors = embed([f.text for f in facts]) if facts else np.zeros((0, static_embedder.DIM), np.float32)
        out = {}
        for group, coef in self.coef.items():
            logits = feature_matrix(facts, group, criteria, vectors) @ coef + self.intercept[group]
            out[group] = 1.0 / (1.0 + np.exp(-logits))
        return out

    def threshold(self, group: str, confirmed: bool) -> float:
        return self.thresholds[group]["confirmed" if confirmed else "unconfirmed"]


def save_model(model: InvolvementModel) -> tuple[Path, Path]:
    npz, meta = artifact_paths()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    arrays = {}
    for group in model.coef:
        arrays[f"{group}_coef"] = model.coef[group].astype(np.float32)
        arrays[f"{group}_intercept"] = np.array([model.intercept[group]], dtype=np.float32)
    np.savez(npz, **arrays)
    meta.write_text(json.dumps({**model.info, "groups": list(model.coef), "thresholds": model.thresholds,
                                "features": list(INVOLVEMENT_FEATURES), "embedder": static_embedder.NAME,
                                "dim": static_embedder.DIM, "version": MODEL_VERSION}, indent=2) + "\n")
    return npz, meta


class ModelMismatch(RuntimeError):
    """The artifact was made for other features or another embedder: retrain it."""


def read_model(npz: Path, meta: Path) -> InvolvementModel:
    info = json.loads(meta.read_text(encoding="utf-8"))
    if info.get("features") != list(INVOLVEMENT_FEATURES) or info.get("embedder") != static_embedder.NAME \
            or info.get("dim") != static_embedder.DIM:
        raise ModelMismatch(
            f"{meta.name} was trained on other features or another embedder; retrain it with "
            "`python -m models.train_involvement_model`.")
    arrays = np.load(npz, allow_pickle=False)
    groups = [g for g in info["groups"] if g in GROUPS]
    coef = {g: arrays[f"{g}_coef"] for g in groups}
    width = len(INVOLVEMENT_FEATURES) + static_embedder.DIM
    if any(c.shape != (width,) for c in coef.values()):
        raise ModelMismatch(f"{npz.name} does not hold {width} weights per group; retrain it.")
    static_embedder.check_trained_table(info.get("embedder_table_sha256"), "involvement model",
                                        "python -m models.train_involvement_model", info.get("embedder_table_probe"))
    thresholds = {g: info["thresholds"][g] for g in groups}
    if not all(isinstance(t, dict) and set(t) == {"confirmed", "unconfirmed"} for t in thresholds.values()):
        raise ModelMismatch(f"{meta.name} does not hold a threshold for sentences the rules confirm and one "
                            "for the rest; retrain it.")
    return InvolvementModel(coef, {g: float(arrays[f"{g}_intercept"][0]) for g in groups},
                            {g: {k: float(v) for k, v in t.items()} for g, t in thresholds.items()}, info)


@functools.cache
def load_involvement_model() -> InvolvementModel | None:
    """The bundled model, or None (the rules decide alone) when there is none or it does not fit."""
    npz, meta = artifact_paths()
    if not (npz.is_file() and meta.is_file()):
        log.warning("No involvement model at %s: stakeholder involvement is read by the rules alone. "
                    "Train one with `python -m models.train_involvement_model`.", npz)
        return None
    try:
        return read_model(npz, meta)
    except ModelMismatch as exc:
        log.warning("%s Stakeholder involvement is read by the rules alone.", exc)
        return None
