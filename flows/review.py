"""The review flow: thin Prefect tasks over ``pipeline.run``.

Tasks receive plain config and work items (paths, hashes), never model objects; all logic
lives in ``pipeline.run``. Per-entry work is batched into tasks so that Prefect's per-task
overhead stays small next to the work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from flows import settings  # noqa: F401  (environment defaults before Prefect is imported)
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE

from pipeline import run as pipeline_run
from pipeline.store import Store, is_transient

BATCH_SIZE = 25

# Set by the CLI to drive its progress bar; tasks call it after each entry.
progress_hook: Callable[[str, str], None] | None = None


def _progress(entry_id: str, status: str) -> None:
    if progress_hook is not None:
        progress_hook(entry_id, status)


def _transient_failure(task, task_run, state) -> bool:
    """Retry a task only when the store was busy or unreachable: a missing folder or a bug
    fails the same way again, and a bad entry never raises (it becomes a rejected review)."""
    return is_transient(state.data if isinstance(state.data, BaseException) else None)


RETRY = {"retries": 2, "retry_delay_seconds": [2, 10], "retry_condition_fn": _transient_failure}


@task(name="plan", cache_policy=NONE, **RETRY)
def plan_task(config: pipeline_run.RunConfig) -> pipeline_run.Plan:
    return pipeline_run.plan_run(config)


@task(name="review-batch", cache_policy=NONE, **RETRY)
def review_batch_task(config: pipeline_run.RunConfig, items: tuple[pipeline_run.WorkItem, ...]) -> dict[str, int]:
    # A bad entry never raises here (it becomes a rejected review); a retry means the batch itself
    # failed (a locked or unreachable database) and redoes only what was not stored.
    store = Store(config.store_url)
    try:
        rubric_key = config.load_rubric().key
        items = tuple(i for i in items
                      if store.find(i.source, i.sha256, rubric_key, pipeline_run.PIPELINE_VERSION) is None)
    finally:
        store.close()
    return pipeline_run.review_batch(config, items, _progress)


@task(name="finish", cache_policy=NONE, retries=1, retry_delay_seconds=5, retry_condition_fn=_transient_failure)
def finish_task(config: pipeline_run.RunConfig, plan: pipeline_run.Plan, started: str, wall: dict[str, float]) -> dict[str, Any]:
    return pipeline_run.finish_run(config, plan, started=started, stage_seconds=wall)


def with_task_runner(task_runner: str = "threads", dask_address: str | None = None, dask_workers: int = 2):
    """The review flow with the chosen task runner: ``threads`` (default) or ``dask``.

    With ``dask`` the per-batch tasks run on a Dask cluster (``dask_address``, or a local cluster
    of ``dask_workers`` processes); the results store must then be one every worker reaches
    (PostgreSQL).
    """
    if task_runner == "threads":
        return review_flow
    if task_runner != "dask":
        raise ValueError(f"unknown task runner {task_runner!r}: use threads or dask")
    from prefect_dask import DaskTaskRunner

    runner = (DaskTaskRunner(address=dask_address) if dask_address else
              DaskTaskRunner(cluster_kwargs={"n_workers": dask_workers, "threads_per_worker": 1, "processes": True}))
    return review_flow.with_options(task_runner=runner)


def _publish(config: pipeline_run.RunConfig, summary: dict[str, Any]) -> None:
    """A table and a markdown summary in the Prefect UI for each run."""
    import json

    from pipeline.reports import entry_summary, summary_markdown, triage_rows

    out = Path(config.out_dir)
    entries = [entry_summary(json.loads(p.read_text(encoding="utf-8"))) for p in sorted((out / "entries").glob("*.json"))]
    clusters = json.loads((out / "clusters.json").read_text(encoding="utf-8"))
    rubric = config.load_rubric()
    create_table_artifact(key="triage", table=triage_rows(entries, rubric), description="Triage of every entry")
    create_markdown_artifact(key="review-summary", markdown=summary_markdown(entries, summary, clusters, out),
                             description="Outcome of the review run")


@flow(name="review-entries", log_prints=False)
def review_flow(
    input_dir: str,
    out_dir: str,
    rubric: str | None = None,
    store: str | None = None,
    workers: int = 2,
    batch_size: int = BATCH_SIZE,
    concurrent_batches: bool = False,
) -> dict[str, Any]:
    """Review INPUT_DIR into OUT_DIR. ``concurrent_batches`` submits every batch at once, for a
    distributed task runner (Dask); the default runs batches one after another in this process,
    where each batch already uses ``workers`` worker processes (see ``pipeline.analysis``)."""
    config = pipeline_run.RunConfig(input_dir=input_dir, out_dir=out_dir, rubric=rubric, store=store, workers=workers)
    logger = get_run_logger()
    with pipeline_run.locked_run(config) as (started, wall):
        with pipeline_run.timed(wall, "plan"):
            plan = plan_task(config)
        logger.info("%d file(s): %d to review, %d unchanged, %d withdrawn",
                    len(plan.sources), len(plan.todo), len(plan.reused), len(plan.withdrawn))
        with pipeline_run.timed(wall, "review"):
            if concurrent_batches:
                futures = [review_batch_task.submit(config, b) for b in pipeline_run.batches(plan.todo, batch_size)]
                for future in futures:
                    future.result()
            else:
                for batch in pipeline_run.batches(plan.todo, batch_size):
                    review_batch_task(config, batch)
        summary = finish_task(config, plan, started, wall)
        _publish(config, summary)
        return summary
