"""The ``entry-review`` command: each command is one call into flows/ or pipeline/."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from flows import settings  # noqa: F401  (environment defaults first)

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Review awards entries against a judging rubric.")
console = Console(stderr=True)


def _fail(message: str, code: int = 2) -> None:
    console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


@app.command()
def review(
    input_dir: Path = typer.Argument(..., help="Folder of entries (PDF, Word); searched recursively."),
    out: Path = typer.Option(..., "--out", help="Output folder for entries/, reports/, triage, clusters, run.json."),
    rubric: Optional[str] = typer.Option(None, "--rubric", help="Rubric YAML path or bundled rubric name."),
    store: Optional[str] = typer.Option(None, "--store", help="Results store URL (default: SQLite file in OUT)."),
    workers: int = typer.Option(2, "--workers", min=1, help="Worker processes, each reading and analysing entries (one per core)."),
    task_runner: str = typer.Option("threads", "--task-runner", help="threads (this machine) or dask."),
    dask_address: Optional[str] = typer.Option(None, "--dask-address", help="tcp://scheduler:8786; default a local cluster."),
) -> None:
    """Review every file in INPUT_DIR and write the contract's outputs to OUT."""
    from pipeline.rubric import RubricError, load_rubric
    from pipeline.run import discover, prepare_out_dir
    from pipeline.store import StoreBusy

    if not input_dir.is_dir():
        _fail(f"the input folder {input_dir} does not exist or is not a folder.")
    if task_runner == "dask" and (store is None or store.startswith("sqlite")):
        _fail("--task-runner dask needs a store every worker can reach: pass --store postgresql+psycopg://...")
    try:
        load_rubric(rubric)
        prepare_out_dir(out)
        total = len(discover(input_dir))
    except (RubricError, PermissionError, OSError) as exc:
        _fail(str(exc))

    from flows import review as review_flow_module

    with Progress(TextColumn("[bold]reviewing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                  TimeElapsedColumn(), console=console, transient=False) as bar:
        job = bar.add_task("starting (Prefect API, models)", total=total)

        def hook(entry_id: str, status: str) -> None:
            bar.update(job, advance=1, description=f"{entry_id}: {status}")

        review_flow_module.progress_hook = hook
        try:
            flow = review_flow_module.with_task_runner(task_runner, dask_address)
            summary = flow(input_dir=str(input_dir), out_dir=str(out), rubric=rubric, store=store, workers=workers,
                           concurrent_batches=task_runner == "dask")
        except StoreBusy as exc:
            _fail(str(exc), code=3)
        finally:
            review_flow_module.progress_hook = None
        bar.update(job, completed=total, description="done")
    _print_summary(summary, out)


def _print_summary(summary: dict, out: Path) -> None:
    table = Table(title="entry-review", show_header=True)
    table.add_column("status")
    table.add_column("entries", justify="right")
    for status in ("reviewed", "rejected", "skipped"):
        table.add_row(status, str(summary["counts"].get(status, 0)))
    console.print(table)
    if summary.get("flags"):
        flags = Table(title="flags", show_header=True)
        flags.add_column("flag")
        flags.add_column("entries", justify="right")
        for code, n in sorted(summary["flags"].items()):
            flags.add_row(code, str(n))
        console.print(flags)
    files = summary["files"]
    console.print(f"{files['reviewed_now']} reviewed now, {files['reused']} unchanged and reused. "
                  f"Open [bold]{out / 'index.html'}[/] for the overview.")


@app.command()
def evaluate(
    out_dir: Path = typer.Argument(..., help="Output folder of a review run."),
    gold: Path = typer.Option(..., "--gold", help="Gold labels (gold.json)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Measure a run against gold labels: sections, flags, clusters, near duplicates."""
    from pipeline.evaluate import evaluate_run, format_report

    if not (out_dir / "entries").is_dir():
        _fail(f"{out_dir} has no entries/ folder: run `entry-review review` first.")
    report = evaluate_run(out_dir, gold)
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report) + "\n")


@app.command()
def serve(
    input_dir: Path = typer.Argument(..., help="Folder the entries are dropped into."),
    out: Path = typer.Option(..., "--out", help="Output folder."),
    cron: str = typer.Option("0 2 * * *", "--cron", help="When to run, as a cron expression."),
    timezone: str = typer.Option("Europe/London", "--timezone", help="Time zone of the cron expression."),
    rubric: Optional[str] = typer.Option(None, "--rubric"),
    store: Optional[str] = typer.Option(None, "--store"),
    task_runner: str = typer.Option("threads", "--task-runner", help="threads (this machine) or dask."),
    dask_address: Optional[str] = typer.Option(None, "--dask-address", help="tcp://scheduler:8786; default a local cluster."),
) -> None:
    """Serve the nightly review on a schedule against a Prefect server (PREFECT_API_URL)."""
    import os

    from flows.nightly import serve_nightly

    if not os.environ.get("PREFECT_API_URL"):
        _fail("serve needs a Prefect server: start `prefect server start` and set "
              "PREFECT_API_URL=http://127.0.0.1:4200/api (a schedule never fires on the ephemeral API).")
    if task_runner == "dask" and (store is None or store.startswith("sqlite")):
        _fail("--task-runner dask needs a store every worker can reach: pass --store postgresql+psycopg://...")
    serve_nightly(str(input_dir.resolve()), str(out.resolve()), cron=cron, timezone=timezone, rubric=rubric,
                  store=store, task_runner=task_runner, dask_address=dask_address)


@app.command()
def unlock(
    out: Path = typer.Option(..., "--out", help="Output folder of the run whose store is locked."),
    store: Optional[str] = typer.Option(None, "--store", help="Results store URL."),
) -> None:
    """Remove a stale run lock (after a run was killed on another machine)."""
    from pipeline.store import Store, default_url

    s = Store(store or default_url(out))
    s.force_unlock()
    s.close()
    console.print("lock removed")


if __name__ == "__main__":  # pragma: no cover
    app()
