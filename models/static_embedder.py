"""A static embedder distilled from the verified all-MiniLM-L6-v2 weights, for the section finder.

A static model is one vector per word piece: a text's vector is the mean of its word pieces'
vectors, so embedding a paragraph costs a tokenizer call and a table look-up instead of a
transformer forward pass (see ``models.train_section_model --embedder``). The table is made the
way model2vec distils a model, written here so that nothing new is installed and nothing is
downloaded:

1. every word piece of MiniLM's vocabulary (less the ``[unused..]`` slots) is run through the
   local, hash-verified MiniLM as ``[CLS] piece [SEP]`` and its output states are mean-pooled;
2. the vectors are centred and reduced to ``DIM`` dimensions by PCA (eigen-decomposition of the
   covariance, signs fixed so that each component's largest projection is positive);
3. each row is weighted by ``sif / (sif + p)`` where ``p`` is a Zipf estimate of the piece's
   frequency from its rank in the vocabulary (pieces are numbered roughly by frequency), so very
   common pieces count less in a mean; the table is stored as float16.

The table is built on first use (about half a minute on two cores) into a cache folder,
``$ENTRY_REVIEW_CACHE`` or ``~/.cache/entry-review``, then loaded once per process. Its metadata
records the MiniLM weights it came from, the recipe and the table's sha256; a table whose file
does not match its metadata, or that was made from other weights or by another recipe, is rebuilt.
``python -m models.static_embedder`` builds it ahead of time and prints what it found.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import logging
import os
import re
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from models import embedder

NAME = f"static-{embedder.MODEL_NAME}"
DIM = 256
RECIPE = {
    "version": 1,
    "pooling": "mean over [CLS] piece [SEP]",
    "pca_dims": DIM,
    "sif_coefficient": 1e-4,
    "removed": r"\[unused\d+\]",
    "dtype": "float16",
}
BATCH = 1024  # word pieces per forward pass while distilling

log = logging.getLogger(__name__)


class StaticTableInvalid(RuntimeError):
    """The static table in the cache does not match its metadata or the verified MiniLM weights."""


def cache_root() -> Path:
    root = os.environ.get("ENTRY_REVIEW_CACHE")
    if root:
        return Path(root)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "entry-review"


def table_dir() -> Path:
    return cache_root() / f"{NAME}-r{RECIPE['version']}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --------------------------------------------------------------------------- distilling


def distil(model_path: Path) -> np.ndarray:
    """The (vocabulary, DIM) float16 table; rows of removed pieces are zero."""
    import torch
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_path / "tokenizer.json"))
    vocab = tokenizer.get_vocab()
    size = max(vocab.values()) + 1
    removed = re.compile(RECIPE["removed"])
    kept = sorted(i for token, i in vocab.items() if not removed.fullmatch(token))
    cls_id, sep_id = vocab["[CLS]"], vocab["[SEP]"]

    bert = embedder.load_embedder()[0].auto_model.eval()
    outputs = np.empty((len(kept), bert.config.hidden_size), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(kept), BATCH):
            ids = torch.tensor(kept[start : start + BATCH], dtype=torch.long)
            input_ids = torch.stack([torch.full_like(ids, cls_id), ids, torch.full_like(ids, sep_id)], dim=1)
            hidden = bert(input_ids=input_ids, attention_mask=torch.ones_like(input_ids),
                          token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
            outputs[start : start + len(ids)] = hidden.mean(dim=1).numpy()

    reduced = _pca(outputs.astype(np.float64), DIM)
    rank = np.arange(len(kept), dtype=np.float64)
    inv_rank = 1.0 / (rank + 2.0)
    proba = inv_rank / inv_rank.sum()
    sif = RECIPE["sif_coefficient"]
    reduced *= (sif / (sif + proba))[:, None]

    table = np.zeros((size, DIM), dtype=np.float16)
    table[kept] = reduced.astype(np.float16)
    return table


def _pca(x: np.ndarray, dims: int) -> np.ndarray:
    centred = x - x.mean(axis=0)
    cov = centred.T @ centred / (len(x) - 1)
    _, vectors = np.linalg.eigh(cov)
    components = vectors[:, ::-1][:, :dims]
    scores = centred @ components
    biggest = np.argmax(np.abs(scores), axis=0)
    return scores * np.sign(scores[biggest, np.arange(dims)])


def build(directory: Path | None = None) -> dict:
    """Distil the table into ``directory`` (default: the cache folder) and return its metadata."""
    directory = directory or table_dir()
    directory.mkdir(parents=True, exist_ok=True)
    model_path = embedder.verified_model_path()
    started = time.perf_counter()
    table = distil(model_path)
    seconds = time.perf_counter() - started
    tmp = directory / f"vectors.npy.{os.getpid()}.tmp"
    with tmp.open("wb") as handle:
        np.save(handle, table, allow_pickle=False)
    meta = {
        "name": NAME,
        "recipe": RECIPE,
        "source": embedder.MODEL_NAME,
        "source_sha256": embedder.MINILM_SHA256,
        "tokenizer_sha256": _sha256(model_path / "tokenizer.json"),
        "shape": list(table.shape),
        "vectors_sha256": _sha256(tmp),
        "build_seconds": round(seconds, 1),
    }
    os.replace(tmp, directory / "vectors.npy")
    meta_tmp = directory / f"meta.json.{os.getpid()}.tmp"
    meta_tmp.write_text(json.dumps(meta, indent=2) + "\n")
    os.replace(meta_tmp, directory / "meta.json")
    return meta


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True)
class StaticTable:
    vectors: np.ndarray  # (vocabulary, DIM) float32
    tokenizer: object  # tokenizers.Tokenizer, no truncation, no padding
    unk_id: int
    meta: dict

    @property
    def sha256(self) -> str:
        return self.meta["vectors_sha256"]


def _check(directory: Path, model_path: Path) -> dict:
    """The table's metadata, once the files are shown to be the ones it describes."""
    meta_file, vectors_file = directory / "meta.json", directory / "vectors.npy"
    if not meta_file.is_file() or not vectors_file.is_file():
        raise StaticTableInvalid(f"no static table in {directory}")
    meta = json.loads(meta_file.read_text())
    expected = {"name": NAME, "recipe": RECIPE, "source_sha256": embedder.MINILM_SHA256,
                "tokenizer_sha256": _sha256(model_path / "tokenizer.json")}
    for key, value in expected.items():
        if meta.get(key) != value:
            raise StaticTableInvalid(f"the static table in {directory} has {key}={meta.get(key)!r}, not {value!r}")
    found = _sha256(vectors_file)
    if found != meta.get("vectors_sha256"):
        raise StaticTableInvalid(f"{vectors_file} has sha256 {found}, not {meta.get('vectors_sha256')} as recorded")
    return meta


@functools.cache
def load_table() -> StaticTable:
    """The verified table, built first when the cache has none (or a stale or damaged one)."""
    from tokenizers import Tokenizer

    model_path = embedder.verified_model_path()
    directory = table_dir()
    directory.mkdir(parents=True, exist_ok=True)
    # One process builds while the others (analysis workers started together) wait for it.
    with (directory / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            meta = _check(directory, model_path)
        except StaticTableInvalid as reason:
            log.warning("Building the static section embedder in %s (%s); this takes about half a minute.",
                        directory, reason)
            build(directory)
            meta = _check(directory, model_path)
        vectors = np.load(directory / "vectors.npy", allow_pickle=False)
    if vectors.shape != tuple(meta["shape"]) or vectors.shape[1] != DIM or not np.isfinite(vectors).all():
        raise StaticTableInvalid(f"the static table in {directory} has shape {vectors.shape} or non-finite values")
    tokenizer = Tokenizer.from_file(str(model_path / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return StaticTable(vectors.astype(np.float32), tokenizer, tokenizer.token_to_id("[UNK]"), meta)


# Texts whose vectors fingerprint a table: the same weights and recipe on another CPU give a table
# whose bytes differ (float rounding in other kernels moves about 2% of its float16 entries by one
# step) but whose vectors for these texts agree to within PROBE_TOLERANCE.
PROBE_TEXTS = ("Falls per 1,000 bed days fell from 7.2 to 4.1 after the partnership began.",
               "Patients and carers co-designed the leaflet with ward nurses.",
               "Evidence of improvements in safe care", "NHS trust, university and county council")
PROBE_DIMS = 32
PROBE_TOLERANCE = 2e-3


def probe() -> list[float]:
    """The first ``PROBE_DIMS`` values of each probe text's vector, rounded: recorded by what learns on the table."""
    return [round(float(v), 5) for v in embed(PROBE_TEXTS)[:, :PROBE_DIMS].ravel()]


def same_table(trained_sha256: str | None, trained_probe: Sequence[float] | None, table: StaticTable | None = None) -> bool:
    """The table here is the one a model learnt on: the same bytes, or the same probe vectors up to
    the float rounding of another CPU."""
    table = table or load_table()
    if trained_sha256 == table.sha256:
        return True
    if not trained_probe:
        return False
    here = np.asarray(probe(), dtype=np.float64)
    trained = np.asarray(trained_probe, dtype=np.float64)
    return here.shape == trained.shape and float(np.abs(here - trained).max()) <= PROBE_TOLERANCE


def check_trained_table(trained_sha256: str | None, model: str, command: str,
                        trained_probe: Sequence[float] | None = None) -> StaticTable:
    """Load (or build) the static table now, and warn when it is not the one ``model`` learnt on.

    The table is rebuilt from the verified MiniLM weights on each machine; float rounding in another
    CPU's kernels changes some of its bits, so a table whose bytes differ but whose probe vectors
    agree (``same_table``) is the same table. Anything else moves scores, though no reason to stop.
    """
    table = load_table()
    if trained_sha256 and not same_table(trained_sha256, trained_probe, table):
        warnings.warn(
            f"The static embedder table here (sha256 {table.sha256[:12]}) is not the one the {model} was trained "
            f"with ({trained_sha256[:12]}); its scores may differ slightly. Retrain with `{command}` to match.",
            stacklevel=3,
        )
    return table


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings, one row per text: the mean of its word pieces' vectors."""
    texts = list(texts)
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    if not texts:
        return out
    table = load_table()
    encodings = table.tokenizer.encode_batch(texts, add_special_tokens=False)
    ids = [[i for i in e.ids if i != table.unk_id] for e in encodings]
    lengths = np.array([len(x) for x in ids])
    if lengths.sum():
        flat = np.fromiter((i for x in ids for i in x), dtype=np.int64, count=int(lengths.sum()))
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        nonempty = lengths > 0
        sums = np.add.reduceat(table.vectors[flat], starts[nonempty], axis=0)
        out[nonempty] = sums / lengths[nonempty, None]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


def main() -> int:
    embedder._offline()
    started = time.perf_counter()
    table = load_table()
    print(json.dumps({**table.meta, "folder": str(table_dir()),
                      "load_seconds": round(time.perf_counter() - started, 2)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
