"""Test set-up: offline models, quiet Prefect with its home in a temporary folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

_PREFECT_HOME = Path(tempfile.mkdtemp(prefix="entry-review-prefect-"))
os.environ["PREFECT_HOME"] = str(_PREFECT_HOME)
os.environ.setdefault("PREFECT_API_DATABASE_CONNECTION_URL", f"sqlite+aiosqlite:///{_PREFECT_HOME / 'prefect.db'}")

from flows import settings  # noqa: E402,F401  (analytics off, offline models, startup timeout)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
ROBUSTNESS = ROOT.parent / "shared" / "robustness"


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test API for the whole session (a cold start takes ~10 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def rubric():
    from pipeline.rubric import load_rubric

    return load_rubric()


@pytest.fixture(scope="session")
def section_model():
    from models.section_classifier import load_section_model

    return load_section_model()


@pytest.fixture(scope="session")
def nlp():
    from models.nlp import load_nlp

    return load_nlp()
