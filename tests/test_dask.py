"""Scaling out: the review flow on a Dask cluster of worker processes sharing a PostgreSQL store
gives the same entries as the default runner on one machine."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.postgres import postgres_schema

pytestmark = pytest.mark.slow

NAMES = ["E001.pdf", "E002.docx", "E003.pdf", "E004.docx"]


def entries(out: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / "entries").glob("*.json"))}


def essentials(entry: dict) -> dict:
    """What a judge reads: each criterion's section and the flags raised."""
    sections = {key: None if s is None else (s["heading"], s["text"], s["method"]) for key, s in entry["sections"].items()}
    flags = sorted((f["code"], f.get("criterion") or "") for f in entry["flags"])
    return {"status": entry["status"], "sections": sections, "flags": flags}


def test_dask_workers_with_postgres_store_match_default_runner(prefect_harness, tmp_path: Path):
    from flows.review import review_flow, with_task_runner

    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in NAMES:
        shutil.copy2(SAMPLES / name, inputs / name)

    with postgres_schema() as store_url:
        dask_flow = with_task_runner("dask", dask_workers=2)
        summary = dask_flow(input_dir=str(inputs), out_dir=str(tmp_path / "dask"), store=store_url,
                            workers=1, batch_size=2, concurrent_batches=True)
        assert summary["files"]["reviewed_now"] == len(NAMES)
        assert summary["store"].startswith("postgresql+psycopg://***@")

        again = dask_flow(input_dir=str(inputs), out_dir=str(tmp_path / "dask"), store=store_url,
                          workers=1, batch_size=2, concurrent_batches=True)
        assert again["files"]["reviewed_now"] == 0, "the shared store is reused across runs"

    review_flow(input_dir=str(inputs), out_dir=str(tmp_path / "local"), workers=1)

    on_dask, local = entries(tmp_path / "dask"), entries(tmp_path / "local")
    assert sorted(on_dask) == sorted(local) == [n.split(".")[0] for n in NAMES]
    for entry_id in local:
        assert essentials(on_dask[entry_id]) == essentials(local[entry_id]), entry_id
