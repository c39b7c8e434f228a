"""The labelled sets the bundled models learn from.

``data/corpus/train`` (generated entries) and the independent sets 1-21 (entries written by other
people from the issue's definitions). ``data/corpus/heldout``, the samples and the newest blind sets
are kept for evaluation.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
DEFAULT_SETS = ("train", "independent", *(f"independent{n}" for n in range(2, 22)))


def default_folders() -> list[Path]:
    return [CORPUS / name for name in DEFAULT_SETS]
