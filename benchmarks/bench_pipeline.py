"""End-to-end speed and memory of a review run, against the floor set by the readers alone.

Measured, not asserted. Usage:

    python benchmarks/bench_pipeline.py [--n 300] [--workers 2] [--keep DIR] [--no-prefect]

1. Generates N entries (mixed PDF and DOCX, 3-8 pages each, the layouts of the sample data) with
   ``data/samplegen`` under other seeds and ids, lengthening sections with more composed paragraphs
   until an entry reaches the page count drawn for it. With ``--keep DIR`` the corpus is kept in
   DIR/corpus and reused by later runs with the same N, so that runs compare the same files.
2. Reviews it with ``pipeline.run.review_corpus`` (no Prefect) and prints entries/min, pages/s,
   seconds per stage and peak resident memory; then reviews the unchanged corpus again.
3. Measures the floor: the bare readers (pdfplumber ``extract_words`` on every page, python-docx
   over every paragraph and table cell) over the same files in a pool of the same number of
   processes, and prints end-to-end / floor.
4. Unless ``--no-prefect``, times one tiny Prefect flow run in a fresh interpreter (start-up cost).

Pages of a DOCX are the pages of the same entry rendered as a PDF (Word files carry no page count
the readers trust). Peak memory: the sum over every process of the run (main, analysis, readers),
sampled from /proc, and each kind's largest process.
"""

from __future__ import annotations

import argparse
import copy
import json
import multiprocessing
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "data"))

LAYOUTS = ["rubric_headings", "numbered_questions", "own_headings", "style_headings", "bold_headings",
           "form_table", "two_column", "reordered", "no_headings"]
SEED_BASE = 700_000  # far from the seeds of data/make_samples.py (100, 1000, 5000, 9000)
MIN_PAGES, MAX_PAGES = 3, 8


# --------------------------------------------------------------------------- corpus


def _lengthen(entry, seed: int) -> None:
    """Append one more composed paragraph run to every section, in the entry's own context."""
    from samplegen.compose import Builder

    rng = random.Random(seed)
    first = next(s for c in entry.order for p in entry.sections[c].paras for s in p)
    ctx = dict(first.ctx)
    opts = {"noquant": False, "nopatient": False, "nostaff": False, "noinvolvement": False, "long": True}
    builder = Builder(rng, entry.bank, entry.topic, ctx, entry.lead, entry.partners, opts)
    for c in entry.order:
        entry.sections[c].paras.extend(getattr(builder, c)())


def make_corpus(folder: Path, n: int) -> list[dict]:
    """Write N entries into folder; return one manifest row per file."""
    from samplegen.compose import compose
    from samplegen.render_docx import render_docx
    from samplegen.render_pdf import render_pdf
    from samplegen.topics import TOPICS

    topics = list(TOPICS)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    scratch = folder.parent / "page-count.pdf"
    for i in range(n):
        rng = random.Random(SEED_BASE + i)
        layout = LAYOUTS[i % len(LAYOUTS)]
        topic = topics[(i * 5 + 3) % len(topics)]
        bank = "A" if i % 2 == 0 else "B"
        fmt = {"two_column": "pdf", "style_headings": "docx"}.get(layout, "pdf" if (i // len(LAYOUTS)) % 2 == 0 else "docx")
        target = rng.randint(MIN_PAGES, MAX_PAGES)
        eid = f"B{i + 1:04d}"
        entry = compose(eid, bank=bank, topic=topic, layout=layout, fmt=fmt, seed=SEED_BASE + i,
                        project=f"bench-{topic}-{i + 1:04d}")
        pages = render_pdf(entry, scratch)
        extra = 0
        while pages < target and extra < 12:
            extra += 1
            longer = copy.deepcopy(entry)
            _lengthen(longer, SEED_BASE * 3 + i * 50 + extra)
            try:
                longer_pages = render_pdf(longer, scratch)
            except ValueError:  # a form-table row grew taller than a page
                longer_pages = MAX_PAGES + 1
            if longer_pages > MAX_PAGES:  # keep the entry as it was
                pages = render_pdf(entry, scratch)
                break
            entry, pages = longer, longer_pages
        path = folder / f"{eid}.{fmt}"
        if fmt == "pdf":
            shutil.move(str(scratch), path)
        else:
            render_docx(entry, path)
        rows.append({"file": path.name, "format": fmt, "layout": layout, "pages": pages})
    scratch.unlink(missing_ok=True)
    return rows


# --------------------------------------------------------------------------- the floor


def _bare_read(path: str) -> int:
    if path.endswith(".pdf"):
        import pdfplumber

        n = 0
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                n += len(page.extract_words(extra_attrs=["size", "fontname"]))
                page.close()
        return n
    import docx

    document = docx.Document(path)
    n = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                n += len(cell.text)
    return n


def measure_floor(files: list[Path], workers: int) -> float:
    context = multiprocessing.get_context("spawn")  # fresh interpreters, as the reader processes are
    t = time.perf_counter()
    with context.Pool(workers) as pool:
        for _ in pool.imap_unordered(_bare_read, [str(f) for f in files], chunksize=1):
            pass
    return time.perf_counter() - t


# --------------------------------------------------------------------------- Prefect


PREFECT_PROBE = """
import time
t0 = time.perf_counter()
from prefect import flow
t1 = time.perf_counter()
@flow(log_prints=False)
def tiny():
    return 1
tiny()
t2 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f}")
"""


def measure_prefect() -> str:
    env = dict(os.environ, PREFECT_LOGGING_LEVEL="ERROR", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    env.pop("PREFECT_API_URL", None)
    with tempfile.TemporaryDirectory() as home:
        env["PREFECT_HOME"] = home
        t = time.perf_counter()
        try:
            done = subprocess.run([sys.executable, "-c", PREFECT_PROBE], env=env, capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            return "did not finish in 300 s"
        wall = time.perf_counter() - t
    if done.returncode != 0:
        return f"failed ({done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode})"
    imp, run = (float(x) for x in done.stdout.split()[-2:])
    return f"{wall:.1f} s in a fresh interpreter (import prefect {imp:.1f} s, one tiny flow run with an ephemeral API {run:.1f} s)"


# --------------------------------------------------------------------------- reporting


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"


def mib(kib: int) -> str:
    return f"{kib / 1024:.0f} MiB"


class WorkerMemory:
    """Peak memory of the worker processes, sampled from /proc while a run goes on.

    Per kind of worker (analysis, reader) the largest VmHWM; for the whole run the largest sum of
    VmRSS over this process and every process below it, and the largest sum of their Pss (each
    shared page, such as torch's libraries mapped by both analysis processes, divided among the
    processes that map it: the memory the run really holds). ``RUSAGE_CHILDREN`` cannot tell either:
    a worker is forked before it execs, so its ``ru_maxrss`` includes this process's pages.
    """

    KINDS = {b"pipeline.analysis": "analysis", b"pipeline.ingest._worker": "reader"}

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak_kib: dict[str, int] = {kind: 0 for kind in self.KINDS.values()}
        self.peak_total_kib = 0
        self.peak_pss_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> WorkerMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            total = _status_kib("self", "VmRSS:")
            pss = _pss_kib("self")
            for pid in _descendants("self"):
                try:
                    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    continue  # the process ended between listing and reading
                total += _status_kib(pid, "VmRSS:")
                pss += _pss_kib(pid)
                for marker, kind in self.KINDS.items():
                    if marker in cmdline:
                        self.peak_kib[kind] = max(self.peak_kib[kind], _status_kib(pid, "VmHWM:"))
            self.peak_total_kib = max(self.peak_total_kib, total)
            self.peak_pss_kib = max(self.peak_pss_kib, pss)


def _status_kib(pid: str, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pss_kib(pid: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: str) -> list[str]:
    found: list[str] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


class StoreTimer:
    """Seconds spent in Store.put and entry JSON writes (run.json does not time them)."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def install(self) -> None:
        import pipeline.run as run
        from pipeline.store import Store

        timer = self

        def timed(fn):
            def wrapper(*args, **kwargs):
                t = time.perf_counter()
                try:
                    return fn(*args, **kwargs)
                finally:
                    timer.seconds += time.perf_counter() - t
            return wrapper

        Store.put = timed(Store.put)
        run.write_entry_json = timed(run.write_entry_json)


def review(corpus: Path, out: Path, workers: int, timer: StoreTimer) -> tuple[float, dict, float]:
    from pipeline.run import RunConfig, review_corpus

    config = RunConfig(input_dir=str(corpus), out_dir=str(out), workers=workers)
    timer.seconds = 0.0
    t = time.perf_counter()
    run = review_corpus(config)
    return time.perf_counter() - t, run, timer.seconds


def print_run(label: str, seconds: float, run: dict, store_s: float, n_files: int, pages: int) -> None:
    wall = run["timings"]["wall"]
    cpu = run["timings"]["per_stage_cpu"]
    print(f"\n== {label}: {seconds:.1f} s  ({load()})")
    print(f"   files {run['files']['total']} (reviewed now {run['files']['reviewed_now']}, reused {run['files']['reused']}); "
          f"status {run['counts']}")
    print(f"   {n_files / seconds * 60:.1f} entries/min, {pages / seconds:.2f} pages/s")
    print("   wall seconds by phase: " + ", ".join(f"{k} {v:.1f}" for k, v in wall.items())
          + f", store+entry json (inside review) {store_s:.1f}")
    print("   summed seconds per entry stage: " + ", ".join(f"{k} {v:.1f}" for k, v in cpu.items())
          + "  (ingest: from handing a file to a reader until its result is taken, waiting included)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, default=None, help="keep (and reuse) the corpus and the output here")
    parser.add_argument("--no-prefect", action="store_true", help="do not time Prefect's start-up")
    args = parser.parse_args()

    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    base.mkdir(parents=True, exist_ok=True)
    corpus, out, manifest_path = base / "corpus", base / "out", base / "manifest.json"
    print(f"bench_pipeline: N={args.n}, workers={args.workers}, folder {base}")
    print(f"machine: {os.cpu_count()} cores, {load()}; ENTRY_REVIEW_TORCH_THREADS="
          f"{os.environ.get('ENTRY_REVIEW_TORCH_THREADS', '(unset: 1)')}")

    manifest = json.loads(manifest_path.read_text()) if manifest_path.is_file() else None
    if manifest is None or manifest.get("n") != args.n or not corpus.is_dir():
        shutil.rmtree(corpus, ignore_errors=True)
        t = time.perf_counter()
        rows = make_corpus(corpus, args.n)
        manifest = {"n": args.n, "files": rows}
        manifest_path.write_text(json.dumps(manifest, indent=1) + "\n")
        print(f"generated {args.n} entries in {time.perf_counter() - t:.1f} s")
    else:
        print(f"reusing the corpus in {corpus}")
    rows = manifest["files"]
    pages = sum(r["pages"] for r in rows)
    by_format = Counter(r["format"] for r in rows)
    page_hist = Counter(r["pages"] for r in rows)
    size = sum((corpus / r["file"]).stat().st_size for r in rows)
    print(f"corpus: {dict(by_format)}, {pages} pages (per entry: {dict(sorted(page_hist.items()))}), {size / 1e6:.1f} MB")

    shutil.rmtree(out, ignore_errors=True)
    timer = StoreTimer()
    timer.install()
    with WorkerMemory() as workers:
        first_s, first, first_store = review(corpus, out, args.workers, timer)
    main_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print_run("first run", first_s, first, first_store, len(rows), pages)
    print(f"   peak resident memory: all processes together {mib(workers.peak_total_kib)} (sum of VmRSS), "
          f"{mib(workers.peak_pss_kib)} (sum of Pss: shared pages counted once); "
          f"main process {mib(main_peak)} (ru_maxrss); largest analysis process {mib(workers.peak_kib['analysis'])}, "
          f"largest reader process {mib(workers.peak_kib['reader'])} (VmHWM; sampled every {workers.interval:g} s)")

    second_s, second, second_store = review(corpus, out, args.workers, timer)
    print_run("second run, unchanged corpus", second_s, second, second_store, len(rows), pages)
    print(f"   second / first: {second_s / first_s:.1%}")
    print(f"   peak resident memory after both runs: main {mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)}")

    files = sorted(corpus / r["file"] for r in rows)
    floor_s = measure_floor(files, args.workers)
    print(f"\n== floor: bare readers, {args.workers} processes: {floor_s:.1f} s  ({load()})")
    print(f"   {len(rows) / floor_s * 60:.1f} entries/min, {pages / floor_s:.2f} pages/s")
    print(f"   end-to-end / floor: {first_s / floor_s:.2f}x")

    if not args.no_prefect:
        print(f"\n== Prefect start-up: {measure_prefect()}")

    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
