"""A reader process for ParserPool: ``python -m pipeline.ingest._worker FD MEMORY_BYTES``.

Caps its own address space, imports the readers, says "ready", then answers
``(path, source, limits)`` requests with ``("ok", Document, retire)`` or
``("error", code, message, status, retire)``
until it receives ``None`` or its pipe closes.
"""

from __future__ import annotations

import logging
import os
import resource
import sys
from multiprocessing.connection import Connection


def _cap_memory(memory_bytes: int) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        memory_bytes = min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, hard))


def requests(conn: Connection):
    """Say "ready", then yield each request from the pool until it sends None or the pipe closes."""
    conn.send("ready")
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        yield request


def main(fd: int, memory_bytes: int) -> None:
    conn = Connection(fd)
    _cap_memory(memory_bytes)
    # Damaged files make pdfminer log a warning per bad object; the parent reports the outcome.
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)

    from pipeline.ingest import read_document
    from pipeline.types import EntryError

    for path, source, limits in requests(conn):
        # After running out of memory the worker retires: a fresh process rather than a fragmented heap.
        # The flag travels with the reply so the pool never hands a retiring worker another file.
        try:
            reply = ("ok", read_document(path, limits, source=source), False)
        except EntryError as exc:
            retire = isinstance(exc.__cause__, MemoryError)
            reply = ("error", exc.code, exc.message, exc.status, retire)
        except BaseException as exc:  # read_document converts everything; this is the last line of defence
            name = os.path.basename(path)
            reply = ("error", "internal_error", f"{name} could not be read ({type(exc).__name__}).", "rejected", True)
        try:
            conn.send(reply)
        except MemoryError:
            name = os.path.basename(path)
            conn.send(("error", "too_large", f"{name} gave more text than the reader can return.", "rejected", True))
            return
        if reply[-1]:
            return


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
