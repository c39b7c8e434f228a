"""The nightly deployment: the review flow served on a cron schedule against a Prefect server.

    prefect server start                       # process 1 (PREFECT_API_URL=http://127.0.0.1:4200/api)
    entry-review serve INPUT --out OUT --cron "0 2 * * *" --timezone Europe/London   # process 2

A cron schedule fires only against a real server. ``pause_on_shutdown=False``: stopping the serve
process (or the server) must not silently pause the nightly schedule.
"""

from __future__ import annotations

from typing import Any

from flows import settings  # noqa: F401
from flows.review import with_task_runner

DEPLOYMENT_NAME = "nightly"


def serve_nightly(
    input_dir: str,
    out_dir: str,
    *,
    cron: str = "0 2 * * *",
    timezone: str = "Europe/London",
    rubric: str | None = None,
    store: str | None = None,
    task_runner: str = "threads",
    dask_address: str | None = None,
    name: str = DEPLOYMENT_NAME,
) -> None:
    from prefect.schedules import Cron

    parameters: dict[str, Any] = {"input_dir": input_dir, "out_dir": out_dir, "rubric": rubric, "store": store,
                                  "concurrent_batches": task_runner == "dask"}
    flow = with_task_runner(task_runner, dask_address)
    flow.serve(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters=parameters,
        pause_on_shutdown=False,
        description="Review new and changed entries, then refresh reports, clusters and triage.",
    )
