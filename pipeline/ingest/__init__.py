"""Ingest: one entry file -> Document, or an EntryError saying why not.

This module is the only place that knows formats: ``sniff`` names what the bytes are, and
``READERS`` maps that kind to a reader with the signature ``read(path, limits) -> Document``.
Kinds with no reader become an EntryError with a contract code and a message saying what an
organiser can do. ``ParserPool`` runs the same ``read_document`` in worker processes with a
memory cap and a timeout, for files that could hang or exhaust a reader.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from pipeline.ingest import sniff as kinds
from pipeline.ingest.docx import read_docx
from pipeline.ingest.isolation import ParserPool, read_isolated
from pipeline.ingest.legacy import read_legacy
from pipeline.ingest.limits import Limits
from pipeline.ingest.pdf import read_pdf
from pipeline.ingest.sniff import sniff
from pipeline.types import Document, EntryError

__all__ = ["Limits", "ParserPool", "READERS", "list_inputs", "read_document", "read_isolated", "sniff"]

log = logging.getLogger(__name__)

Reader = Callable[[Path, Limits], Document]

READERS: dict[str, Reader] = {
    kinds.PDF: read_pdf,
    kinds.DOCX: read_docx,
    kinds.LEGACY_DOC: partial(read_legacy, kind="doc"),
    kinds.ODT: partial(read_legacy, kind="odt"),
    kinds.RTF: partial(read_legacy, kind="rtf"),
}

# Names that promise an entry: when the bytes are something else, the file is damaged, not a stray.
ENTRY_SUFFIXES = frozenset({".pdf", ".docx", ".docm", ".dotx", ".dotm", ".doc", ".odt", ".rtf"})
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "icon\r"})


def read_document(path: Path, limits: Limits = Limits(), *, source: str | None = None) -> Document:
    """Read one entry file in this process. Raises EntryError (never anything else) when it cannot.

    ``source`` is the name to record (the path relative to the input folder); the file name by default.
    """
    path = Path(path)
    try:
        document = _read(path, limits)
    except EntryError:
        raise
    except MemoryError as exc:
        # Chained, so that a worker process can tell memory exhaustion from a refused size and retire.
        raise EntryError(
            "too_large", f"{path.name} needs more memory than allowed to read: ask the entrant for a smaller file."
        ) from exc
    except RecursionError:
        raise EntryError(
            "corrupt_file",
            f"{path.name} has a structure nested too deeply to read (damaged?): ask the entrant to save it again.",
        ) from None
    except Exception as exc:
        log.exception("reading %s failed", path)
        raise EntryError(
            "internal_error",
            f"{path.name} could not be read because of an error in the reader ({type(exc).__name__}: "
            f"{str(exc)[:200]}): report it with the file; ask the entrant for a PDF in the meantime.",
        ) from None
    return replace(document, source=source) if source is not None else document


def _read(path: Path, limits: Limits) -> Document:
    name = path.name
    if _is_system_file(name):
        raise EntryError(
            "unsupported_format", f"{name} is a system file, not an entry: it was skipped.", status="skipped"
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise EntryError(
            "internal_error", f"{name} could not be read from disk ({exc.strerror}): check the file's permissions."
        ) from None
    if size == 0:
        raise EntryError("empty_file", f"{name} is empty (0 bytes): ask the entrant to send the file again.")
    if size > limits.max_file_bytes:
        raise EntryError(
            "too_large",
            f"{name} is {size // (1024 * 1024)} MB, more than the limit of {limits.max_file_bytes // (1024 * 1024)} MB: "
            "ask the entrant for a smaller file (compress or remove large images).",
        )
    kind = sniff(path)
    reader = READERS.get(kind)
    if reader is None:
        raise _not_readable(name, kind, path.suffix.lower())
    return reader(path, limits)


def _is_system_file(name: str) -> bool:
    lowered = name.lower()
    return name.startswith((".", "~$")) or lowered in _SYSTEM_FILES


def _not_readable(name: str, kind: str, suffix: str) -> EntryError:
    if kind in (kinds.ENCRYPTED_OOXML, kinds.ENCRYPTED_DOC):
        return EntryError("encrypted", f"{name} is password-protected: ask the entrant for an unlocked copy.")
    if kind == kinds.HTML:
        return EntryError(
            "unsupported_format",
            f"{name} is a web page (HTML), not a Word or PDF document: ask the entrant to save the entry as .docx or "
            "PDF and resend it.",
        )
    if kind == kinds.OTHER_OOXML:
        return EntryError(
            "unsupported_format",
            f"{name} is a spreadsheet or presentation, not an entry document: ask the entrant for the entry as .docx or PDF.",
        )
    if kind == kinds.BROKEN_ZIP or (suffix in ENTRY_SUFFIXES and kind in (kinds.UNKNOWN, kinds.TEXT, kinds.ZIP)):
        return EntryError(
            "corrupt_file",
            f"{name} is damaged (its contents are not a valid {suffix.lstrip('.').upper() or 'document'} file): "
            "ask the entrant to save it again as .docx or PDF and resend it.",
        )
    if kind == kinds.IMAGE:
        return EntryError(
            "unsupported_format",
            f"{name} is an image, not an entry: it was skipped. If it is a scanned entry, ask for it as a PDF with text.",
            status="skipped",
        )
    if kind == kinds.TEXT:
        return EntryError(
            "unsupported_format", f"{name} is a plain-text note, not an entry: it was skipped.", status="skipped"
        )
    if kind == kinds.ZIP:
        return EntryError(
            "unsupported_format",
            f"{name} is a zip archive: it was skipped; unzip it into the input folder to review what it holds.",
            status="skipped",
        )
    return EntryError(
        "unsupported_format",
        f"{name} is not a PDF or Word document: it was skipped. If it is an entry, ask for it as .docx or PDF.",
        status="skipped",
    )


def list_inputs(input_dir: Path) -> list[Path]:
    """Every file under ``input_dir``, recursively, sorted by relative path.

    Hidden folders (``.git``, ``__MACOSX``-style ``.`` folders) are not entered; hidden files are
    listed so that ``read_document`` can report them as skipped. Symbolic links are followed only
    when they stay inside ``input_dir`` and lead to a file; linked folders are not entered.
    """
    root = Path(input_dir)
    real_root = root.resolve(strict=True)
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "__MACOSX"]
        for filename in filenames:
            path = Path(dirpath) / filename
            if path.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    log.warning("skipping broken link %s", path)
                    continue
                if not target.is_file() or not target.is_relative_to(real_root):
                    log.warning("skipping link %s: it leads outside %s", path, root)
                    continue
            elif not path.is_file():
                continue
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())
