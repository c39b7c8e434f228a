"""Legacy Word-processor files go through LibreOffice when it is installed (optional at run time)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.ingest import read_document
from tests.test_robustness import CORPUS

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui")


def test_ingest_legacy_rtf_is_converted_and_read(tmp_path: Path):
    rtf = tmp_path / "entry one.rtf"
    rtf.write_text(r"{\rtf1\ansi {\b Context}\par The partnership began when falls rose on three wards.\par"
                   r"{\b Evidence}\par Falls fell from 6.1 to 3.9 per 1,000 bed days.\par}")
    document = read_document(rtf)
    assert "Falls fell from 6.1 to 3.9 per 1,000 bed days." in document.text
    assert any(b.text == "Context" and b.bold for b in document.blocks)


@pytest.mark.skipif(not (CORPUS / "docling__legacy_sample.doc").is_file(), reason="shared robustness corpus not present")
def test_ingest_legacy_doc_from_the_corpus_is_read():
    document = read_document(CORPUS / "docling__legacy_sample.doc")
    assert "Swimming in the lake" in document.text
