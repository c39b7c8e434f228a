"""How much work one file may cost before it is refused."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024
GiB = 1024 * MB


@dataclass(frozen=True)
class Limits:
    """Bounds that a normal entry never meets and a hostile or broken file always does."""

    max_file_bytes: int = 50 * MB
    max_pages: int = 200  # PDF pages; Word files are bounded by their uncompressed size instead
    max_docx_uncompressed_bytes: int = 200 * MB
    timeout_s: float = 60.0  # enforced by ParserPool, which can stop a reader that hangs
    memory_bytes: int = 2 * GiB  # address space of a ParserPool worker (RLIMIT_AS)
