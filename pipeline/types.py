"""Every artifact the pipeline passes between stages, as frozen dataclasses.

Stages take and return these; nothing here imports a model, a reader or Prefect.
Change an artifact with ``dataclasses.replace``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["reviewed", "rejected", "skipped"]
BlockKind = Literal["paragraph", "heading", "table_cell", "list_item", "header", "footer", "footnote"]

# Error codes of the output contract (shared/contract.md). Nothing else may be used.
ERROR_CODES = (
    "empty_file",
    "unsupported_format",
    "corrupt_file",
    "encrypted",
    "no_text_layer",
    "too_large",
    "timeout",
    "internal_error",
)


class EntryError(Exception):
    """A file that cannot be reviewed. ``code`` is a contract error code, ``message`` says what to do."""

    def __init__(self, code: str, message: str, *, status: Status = "rejected") -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


@dataclass(frozen=True)
class TableCell:
    table: int  # index of the table in the document
    row: int
    col: int


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit of text with where it came from and how it looked."""

    text: str
    order: int  # reading order within the document, 0-based
    page: int | None = None  # 1-based page for PDFs; None where the format has no pages
    kind: BlockKind = "paragraph"
    style: str | None = None  # Word style name, e.g. "Heading 1", "Title", "My Heading"
    size: float | None = None  # font size in points (dominant size of the block)
    bold: bool = False  # the whole block is bold
    heading_level: int | None = None  # 1.. from a Word style / outline level, else None
    cell: TableCell | None = None
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom on its page


@dataclass(frozen=True)
class Document:
    source: str  # file name relative to the input folder
    format: str  # "pdf" | "docx"
    blocks: tuple[Block, ...]
    pages: int | None = None
    body_size: float | None = None  # the most common font size of body text, when known
    notes: tuple[str, ...] = ()  # what the reader did that a person may want to know

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks if b.kind not in ("header", "footer"))


@dataclass(frozen=True)
class Section:
    criterion: str
    heading: str | None
    text: str
    word_count: int
    method: str  # "heading" | "heading_semantic" | "style" | "table" | "classifier" | ...
    blocks: tuple[int, ...] = ()  # Block.order of every block in the section
    pages: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "text": self.text,
            "word_count": self.word_count,
            "method": self.method,
            "pages": list(self.pages),
        }


@dataclass(frozen=True)
class Claim:
    """A quantitative claim: a measured change in an outcome."""

    criterion: str
    sentence: str
    measure: str | None = None
    baseline: str | None = None
    after: str | None = None
    change: str | None = None


@dataclass(frozen=True)
class Involvement:
    """A sentence saying that a group of people took part in the work."""

    group: Literal["patients", "staff"]
    criterion: str | None
    sentence: str


@dataclass(frozen=True)
class Partner:
    name: str
    type: str  # ahsn, nhs_trust, icb, university, local_authority, charity, emergency_service, primary_care, private, public_other, unknown
    role: Literal["primary", "partner"] = "partner"


@dataclass(frozen=True)
class Flag:
    code: str
    criterion: str | None
    message: str
    evidence: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "criterion": self.criterion, "message": self.message, "evidence": list(self.evidence)}


@dataclass(frozen=True)
class EntryReview:
    entry_id: str
    source: str
    sha256: str
    status: Status
    rubric: str
    error: dict[str, str] | None = None
    title: str | None = None
    organisation: str | None = None
    format: str | None = None
    pages: int | None = None
    sections: dict[str, Section | None] = field(default_factory=dict)
    flags: tuple[Flag, ...] = ()
    quantitative_claims: tuple[Claim, ...] = ()
    involvement: tuple[Involvement, ...] = ()
    partners: tuple[Partner, ...] = ()
    cluster: dict[str, Any] | None = None
    near_duplicates: tuple[str, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def flag_codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.flags)

    def to_json(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry_id,
            "source": self.source,
            "sha256": self.sha256,
            "status": self.status,
            "error": self.error,
            "rubric": self.rubric,
            "title": self.title,
            "organisation": self.organisation,
            "format": self.format,
            "pages": self.pages,
            "sections": {k: (s.to_json() if s else None) for k, s in self.sections.items()},
            "flags": [f.to_json() for f in self.flags],
            "quantitative_claims": [asdict(c) for c in self.quantitative_claims],
            "stakeholders": {
                "patients": [i.sentence for i in self.involvement if i.group == "patients"],
                "staff": [i.sentence for i in self.involvement if i.group == "staff"],
            },
            "partners": [asdict(p) for p in self.partners],
            "cluster": self.cluster,
            "near_duplicates": list(self.near_duplicates),
        }


# --- clustering ---


@dataclass(frozen=True)
class ClusterInput:
    """What clustering needs of one reviewed entry: its id, the text to label and compare, its title."""

    entry_id: str
    text: str
    title: str | None = None


@dataclass(frozen=True)
class Cluster:
    id: int  # 1-based, ordered by the smallest member id
    label: str  # the top terms joined, for a person
    terms: tuple[str, ...]  # distinctive terms by class-based TF-IDF, best first
    members: tuple[str, ...]  # entry ids, sorted
    representative: str  # the member closest to the cluster centroid

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "terms": list(self.terms),
            "members": list(self.members),
            "representative": self.representative,
        }


@dataclass(frozen=True)
class NearDuplicate:
    """Two entries that report the same work, with the scores and wording that show it."""

    a: str  # the smaller entry id
    b: str
    semantic: float  # cosine similarity of the two embeddings
    shingle: float  # containment of word 5-gram shingles: shared / shingles of the shorter text
    shared_passages: tuple[str, ...] = ()  # longest word runs the two texts share, longest first
    passage_coverage: float = 0.0  # share of one text's words in 20+ word runs the other repeats

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "semantic": self.semantic,
            "shingle": self.shingle,
            "passage_coverage": self.passage_coverage,
            "shared_passages": list(self.shared_passages),
        }


@dataclass(frozen=True)
class Clustering:
    clusters: tuple[Cluster, ...]
    near_duplicates: tuple[NearDuplicate, ...]
    assignments: dict[str, int] = field(default_factory=dict)  # entry id -> cluster id
    coords: dict[str, tuple[float, float]] = field(default_factory=dict)  # entry id -> 2-D map position

    def cluster_of(self, entry_id: str) -> dict[str, Any] | None:
        """The ``cluster`` field of an entry's JSON: ``{"id", "label"}``, or None if it was not clustered."""
        cid = self.assignments.get(entry_id)
        if cid is None:
            return None
        cluster = next(c for c in self.clusters if c.id == cid)
        return {"id": cluster.id, "label": cluster.label}

    def near_duplicates_of(self, entry_id: str) -> tuple[str, ...]:
        """The ids of the entries paired with ``entry_id`` as near duplicates, sorted."""
        return tuple(
            sorted({d.b if d.a == entry_id else d.a for d in self.near_duplicates if entry_id in (d.a, d.b)})
        )

    def to_json(self) -> dict[str, Any]:
        """The shape of ``clusters.json``."""
        return {
            "clusters": [c.to_json() for c in self.clusters],
            "near_duplicates": [d.to_json() for d in self.near_duplicates],
        }
