"""The nightly deployment against a real Prefect server: served on a cron schedule in a time zone,
run on demand, and still scheduled (not paused) after the serve process stops.

Starts ``prefect server start`` and ``entry-review serve`` as child processes, as the README's two
processes, with Prefect's home in a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import httpx
import pytest

from tests.conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
DEPLOYMENT = "review-entries/nightly"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what: str, check: Callable[[], object], timeout: float, procs: dict[str, subprocess.Popen]):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        for name, proc in procs.items():
            if proc.poll() is not None:
                pytest.fail(f"{name} exited ({proc.returncode}) while waiting for {what}:\n{tail(proc)}")
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}:\n" + "\n".join(tail(p) for p in procs.values()))


def tail(proc: subprocess.Popen) -> str:
    log = getattr(proc, "log_path", None)
    return log.read_text(errors="replace")[-3000:] if log and log.exists() else ""


def start(name: str, args: list[str], env: dict[str, str], logs: Path) -> subprocess.Popen:
    log_path = logs / f"{name}.log"
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log_path.open("wb"), stderr=subprocess.STDOUT,
                            start_new_session=True)
    proc.log_path = log_path  # type: ignore[attr-defined]
    return proc


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 30) -> None:
    """Stop a child started here and whatever it started (its own process group)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, sig)
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        except ProcessLookupError:
            pass


def get_json(client: httpx.Client, method: str, path: str, **kwargs):
    try:
        response = client.request(method, path, **kwargs)
    except httpx.HTTPError:
        return None
    return response.json() if response.status_code == 200 else None


def test_nightly_served_on_a_schedule_runs_on_demand_and_stays_scheduled(tmp_path: Path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("E001.pdf", "E002.docx", "E003.pdf"):
        shutil.copy2(SAMPLES / name, inputs / name)
    out = tmp_path / "out"
    logs = tmp_path / "logs"
    logs.mkdir()
    home = tmp_path / "prefect-home"
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ,
           "PREFECT_HOME": str(home),
           "PREFECT_API_URL": api,
           "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home / 'prefect.db'}",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "false",
           "PYTHONPATH": str(ROOT)}

    server = start("server", [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                   env, logs)
    procs = {"prefect server": server}
    serve = None
    try:
        with httpx.Client(base_url=api, timeout=10) as client:
            wait_for("the Prefect server", lambda: get_json(client, "GET", "/health") is True, 120, procs)

            serve = start("serve", [str(BIN / "entry-review"), "serve", str(inputs), "--out", str(out),
                                    "--cron", "0 2 * * *", "--timezone", "Europe/London"], env, logs)
            procs["entry-review serve"] = serve
            deployment = wait_for("the nightly deployment",
                                  lambda: get_json(client, "GET", f"/deployments/name/{DEPLOYMENT}"), 90, procs)

            [schedule] = deployment["schedules"]
            assert schedule["active"] is True
            assert schedule["schedule"]["cron"] == "0 2 * * *"
            assert schedule["schedule"]["timezone"] == "Europe/London"
            assert deployment["parameters"]["input_dir"] == str(inputs.resolve())

            trigger = subprocess.run([str(BIN / "prefect"), "deployment", "run", DEPLOYMENT], env=env, cwd=ROOT,
                                     capture_output=True, text=True, timeout=60)
            assert trigger.returncode == 0, trigger.stdout + trigger.stderr

            def finished_run():
                runs = get_json(client, "POST", "/flow_runs/filter",
                                json={"deployments": {"id": {"any_": [deployment["id"]]}}}) or []
                return next((r for r in runs if r["state_type"] in ("COMPLETED", "FAILED", "CRASHED")), None)

            flow_run = wait_for("the triggered run to finish", finished_run, 150, procs)
            assert flow_run["state_type"] == "COMPLETED", tail(serve)

            run = json.loads((out / "run.json").read_text())
            assert run["files"]["total"] == 3 and run["files"]["reviewed_now"] == 3
            assert sorted(p.stem for p in (out / "entries").glob("*.json")) == ["E001", "E002", "E003"]
            assert (out / "triage.csv").is_file() and (out / "index.html").is_file()

            stop(serve, signal.SIGINT)  # as systemd or Ctrl-C would stop it
            after = get_json(client, "GET", f"/deployments/name/{DEPLOYMENT}")
            assert after["paused"] is False, "stopping serve must not pause the nightly schedule"
            assert [s["active"] for s in after["schedules"]] == [True]
    finally:
        if serve is not None:
            stop(serve, signal.SIGINT)
        stop(server)
