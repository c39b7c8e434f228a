"""MiniLM in float32 against bfloat16 autocast: CPU time per window and how far the vectors move.

    .venv/bin/python benchmarks/measure_embedder.py [data/corpus/train ...]

The windows are the ones an entry's clustering vector is made of (title, context and evidence from
the gold sections, the first ``ENTRY_VECTOR_WINDOWS`` windows of 180 words), embedded one entry at
a time on one thread, as the analysis workers do. Prints figures; asserts nothing. On a CPU
without native bfloat16 the bfloat16 figure is what ``ENTRY_REVIEW_EMBEDDER_PRECISION=bfloat16``
would cost there; ``auto`` keeps float32 on such a CPU.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.measure_clustering import entry_texts, load_gold  # noqa: E402


def windows_per_entry(folders: list[Path]) -> list[list[str]]:
    from models.embedder import chunk_words
    from pipeline.run import ENTRY_VECTOR_WINDOWS

    return [chunk_words(entry_texts(e)[0])[:ENTRY_VECTOR_WINDOWS] for f in folders for e in load_gold(f)]


def encode_all(model, entries: list[list[str]], autocast) -> tuple[np.ndarray, float]:
    rows = []
    started = time.process_time()
    for windows in entries:
        with autocast():
            rows.append(model.encode(windows, batch_size=len(windows), normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False).astype(np.float32))
    return np.vstack(rows), time.process_time() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "data/corpus/train", ROOT / "data/corpus/heldout"])
    args = parser.parse_args(argv)

    import torch

    from models.embedder import load_embedder, precision

    model = load_embedder()  # one thread, as in the workers
    entries = windows_per_entry(args.folders)
    count = sum(len(w) for w in entries)
    bf16 = lambda: torch.autocast("cpu", dtype=torch.bfloat16)  # noqa: E731
    encode_all(model, entries[:4], contextlib.nullcontext)  # warm both paths up
    encode_all(model, entries[:4], bf16)
    full, full_s = encode_all(model, entries, contextlib.nullcontext)
    half, half_s = encode_all(model, entries, bf16)
    cosine = (full * half).sum(axis=1)
    print(f"{len(entries)} entries, {count} windows; CPU capability {torch.backends.cpu.get_cpu_capability()}; "
          f"auto chooses {precision()}")
    print(f"float32:  {full_s:.2f} s CPU, {full_s / len(entries) * 1000:.1f} ms an entry")
    print(f"bfloat16: {half_s:.2f} s CPU, {half_s / len(entries) * 1000:.1f} ms an entry ({full_s / half_s:.2f}x)")
    print(f"cosine of bfloat16 to float32 vectors: min {cosine.min():.6f}, mean {cosine.mean():.6f}")


if __name__ == "__main__":
    main()
