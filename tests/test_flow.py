"""The review flow end to end under a Prefect test API, on the bundled sample entries."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLES


@pytest.mark.slow
def test_flow_reviews_sample_folder_and_reuses_results(prefect_harness, tmp_path: Path):
    from flows.review import review_flow

    inputs = tmp_path / "in"
    shutil.copytree(SAMPLES, inputs, ignore=shutil.ignore_patterns("gold.json"))
    out = tmp_path / "out"
    files = sorted(p for p in inputs.rglob("*") if p.is_file())

    summary = review_flow(input_dir=str(inputs), out_dir=str(out))

    entries = {p.stem: json.loads(p.read_text()) for p in (out / "entries").glob("*.json")}
    assert len(entries) == len(files), "every input file appears in the output"
    assert sum(summary["counts"].values()) == len(files)
    for entry in entries.values():
        assert entry["status"] in ("reviewed", "rejected", "skipped")
        if entry["status"] != "reviewed":
            assert entry["error"]["code"] and entry["error"]["message"]
    for name in ("triage.csv", "triage.xlsx", "clusters.json", "index.html", "run.json"):
        assert (out / name).is_file(), name
    assert summary["files"]["reviewed_now"] == len(files)

    clusters = json.loads((out / "clusters.json").read_text())
    assert clusters["fingerprint"]

    # An unchanged folder re-reads nothing and keeps the same clusters.
    again = review_flow(input_dir=str(inputs), out_dir=str(out))
    assert json.loads((out / "clusters.json").read_text()) == clusters
    assert again["files"]["reviewed_now"] == 0
    assert again["files"]["reused"] == len(files)
