"""Older word-processor formats (.doc, .odt, .rtf): converted to .docx by LibreOffice when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from pipeline.ingest.docx import read_docx
from pipeline.ingest.limits import Limits
from pipeline.types import Document, EntryError

_FORMAT_NAMES = {"doc": "an older Word format (.doc)", "odt": "an OpenDocument text file (.odt)", "rtf": "a Rich Text file (.rtf)"}


def read_legacy(path: Path, limits: Limits = Limits(), *, kind: str = "doc") -> Document:
    """Convert with ``soffice --headless`` under a timeout and read the result; without LibreOffice, refuse."""
    what = _FORMAT_NAMES.get(kind, "an older document format")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise EntryError(
            "unsupported_format",
            f"{path.name} is {what}, which this installation cannot read: ask the entrant to save it as .docx or PDF "
            "and resend it (or install LibreOffice).",
        )
    with tempfile.TemporaryDirectory(prefix="entry-review-convert-") as tmp:
        tmp_dir = Path(tmp)
        profile = tmp_dir / "profile"  # a private profile: concurrent conversions must not share one
        out_dir = tmp_dir / "out"
        source = tmp_dir / f"input.{kind}"  # odd names (spaces, quotes, unicode) never reach the command line
        shutil.copyfile(path, source)
        command = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
            str(out_dir),
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=limits.timeout_s, check=False)
        except subprocess.TimeoutExpired:
            raise EntryError(
                "timeout",
                f"{path.name} took more than {limits.timeout_s:g} s to convert: ask the entrant to save it as .docx or PDF.",
            ) from None
        converted = out_dir / "input.docx"
        if not converted.is_file():
            raise EntryError(
                "corrupt_file",
                f"{path.name} is {what} that LibreOffice could not convert (damaged or password-protected?): "
                "ask the entrant to save it as .docx or PDF and resend it.",
            )
        document = read_docx(converted, limits)

    return replace(document, source=path.name, notes=document.notes + (f"converted from {what} by LibreOffice",))
