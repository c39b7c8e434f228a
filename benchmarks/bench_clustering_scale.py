"""Time and peak memory of choosing clusters as the number of entries grows.

    .venv/bin/python benchmarks/bench_clustering_scale.py [--n 1000 4000 10000 20000]

Each N runs in a fresh process on synthetic unit vectors of the embedder's size (384), drawn
around ten centres; the process's resident memory is sampled every 10 ms while
``choose_clusters`` runs. Up to ``EXACT_LIMIT`` entries the clusters are exact and memory grows
as n²; past it they are chosen on a sample and memory grows as n. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def measure(n: int) -> dict:
    import numpy as np

    sys.path.insert(0, str(ROOT))
    from pipeline.clustering import EXACT_LIMIT, choose_clusters

    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(10, 384))[rng.integers(0, 10, n)] + 0.8 * rng.normal(size=(n, 384))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    peak, done = [_rss_mib()], threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _rss_mib())
            time.sleep(0.01)

    base = _rss_mib()
    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    started = time.perf_counter()
    labels = choose_clusters(vectors)
    seconds = time.perf_counter() - started
    done.set()
    watcher.join()
    return {"n": n, "exact": n <= EXACT_LIMIT, "seconds": round(seconds, 2), "clusters": int(labels.max()) + 1,
            "peak_above_start_mib": round(peak[0] - base), "process_peak_mib": round(peak[0])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 4000, 10000, 20000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    print(f"{'N':>7} {'method':>7} {'seconds':>8} {'clusters':>8} {'peak MiB above start':>21} {'process peak MiB':>17}")
    for n in args.n:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['n']:>7} {'exact' if r['exact'] else 'sample':>7} {r['seconds']:>8} {r['clusters']:>8} "
              f"{r['peak_above_start_mib']:>21} {r['process_peak_mib']:>17}")


if __name__ == "__main__":
    main()
