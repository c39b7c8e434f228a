"""review_corpus end to end without Prefect: every file accounted for, whatever its name or state."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from pipeline.run import RunConfig, review_corpus
from tests.conftest import SAMPLES


@pytest.mark.slow
def test_run_every_file_ends_reviewed_rejected_or_skipped(tmp_path: Path):
    inputs = tmp_path / "entries in"
    (inputs / "sub folder").mkdir(parents=True)
    shutil.copy(SAMPLES / "E001.pdf", inputs / "E001.pdf")
    shutil.copy(SAMPLES / "E002.docx", inputs / "sub folder" / "E001.docx")  # same id as the PDF
    long_name = "Ünïcødé entry – " + "x" * 150 + ".docx"
    shutil.copy(SAMPLES / "E004.docx", inputs / long_name)
    (inputs / "empty.pdf").write_bytes(b"")
    (inputs / "page.docx").write_text("<html><body>not a Word file</body></html>")
    (inputs / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    out = tmp_path / "out"

    run = review_corpus(RunConfig(input_dir=str(inputs), out_dir=str(out)))

    entries = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "entries").glob("*.json")]
    by_source = {e["source"]: e for e in entries}
    assert set(by_source) == {p.relative_to(inputs).as_posix() for p in inputs.rglob("*") if p.is_file()}
    assert by_source["empty.pdf"]["error"]["code"] == "empty_file"
    assert by_source["page.docx"]["status"] == "rejected"
    assert by_source["photo.png"]["status"] == "skipped"
    assert by_source[long_name]["status"] == "reviewed"
    ids = sorted(e["entry_id"] for e in entries)
    assert len(ids) == len(set(ids)), "clashing names get distinct ids"
    clashed = [e for e in entries if any(f["code"] == "duplicate_id" for f in e["flags"])]
    assert len(clashed) == 1
    for e in entries:
        if e["status"] != "reviewed":
            assert e["error"]["message"] and e["source"].split("/")[-1] in e["error"]["message"]
    assert sum(run["counts"].values()) == len(entries)
    with (out / "triage.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == len(entries)
    for e in entries:
        if e["status"] == "reviewed":
            assert (out / "reports" / f"{e['entry_id']}.html").is_file()
