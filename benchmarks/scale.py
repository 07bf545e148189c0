"""Measure factcheck at archive scale and print a table: `python benchmarks/scale.py` (half an hour or more on 2 cores).

1. a generated corpus (default 3,000 articles) with `--jobs 2` and with `--dask local`
   (two worker processes) in the same run, and whether their reports are byte-identical;
2. the Dask scheduler's cost per partition (empty partitions on a two-worker
   LocalCluster), the cluster's start-up, and the partition size factcheck chooses;
3. `--format jsonl` over a large corpus (default 20,000 articles): the main process's
   resident memory sampled through the run and its peak, against a run a tenth the size,
   and against `--format json` (which holds every result until the end).

Needs the dask extra (`pip install 'factcheck[dask]'`). Options: --files N, --stream-files N,
--workers N, --skip-json.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate_corpus  # noqa: E402
from benchmarks.run import factcheck_command, machine, print_table  # noqa: E402


def run_measured(cmd: list[str]) -> dict:
    """Run a command with stdout hashed as it streams; return wall time, exit status, digest and memory samples.

    Every quarter second the resident memory (MB) of the main process and the total of its
    worker processes is sampled from /proc.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env={**os.environ, "CI": "true"})
    samples: list[tuple[float, float, float]] = []  # (seconds, main MB, workers MB)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            main = _rss(proc.pid)
            if main:
                samples.append((time.perf_counter() - start, main, sum(_rss(c) or 0 for c in _children(proc.pid))))
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    digest = hashlib.sha256()
    lines = 0
    for chunk in iter(lambda: proc.stdout.read(1 << 16), b""):
        digest.update(chunk)
        lines += chunk.count(b"\n")
    status = proc.wait()
    done.set()
    sampler.join()
    return {"seconds": time.perf_counter() - start, "status": status, "sha256": digest.hexdigest(), "lines": lines, "samples": samples}


def _rss(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


def _children(pid: int) -> list[int]:
    """Return the process ids of a process's descendants (worker processes and theirs)."""
    try:
        kids = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except (OSError, ValueError):
        return []
    return kids + [g for k in kids for g in _children(k)]


def corpus_rows(corpus: Path, files: int, size_mb: float, workers: int) -> list[tuple[str, str]]:
    base = factcheck_command() + ["check", "--format", "jsonl", "--fail-on", "never"]
    jobs = run_measured(base + ["--jobs", str(workers), str(corpus)])
    dask = run_measured(base + ["--jobs", str(workers), "--dask", "local", str(corpus)])
    rows = []
    for label, r in ((f"--jobs {workers}", jobs), (f"--dask local, {workers} workers", dask)):
        rows.append((f"corpus, {files} articles ({size_mb:.1f} MB), {label}", f"{r['seconds']:.2f} s: {files / r['seconds']:.0f} articles/s, {r['lines']} findings, exit {r['status']}"))
    same = jobs["sha256"] == dask["sha256"] and jobs["status"] == dask["status"]
    rows.append(("same report from both (sha256 of the JSON Lines)", "identical" if same else f"DIFFERENT: {jobs['sha256'][:12]} vs {dask['sha256'][:12]}"))
    return rows


def overhead_rows(corpus: Path, files: int, workers: int) -> list[tuple[str, str]]:
    """Start a LocalCluster here, time empty partitions through it, and check the corpus partition by partition."""
    import logging

    import dask
    from distributed import Client, LocalCluster

    from factcheck.config import load_rules
    from factcheck.dask import _check_partition, iter_files, partition, partition_bytes
    from factcheck.engine import expand_paths

    rules = load_rules()
    paths, _ = expand_paths([str(corpus)])
    total = sum(os.path.getsize(p) for p in paths)
    start = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        client.wait_for_workers(workers)
        started = time.perf_counter() - start
        rules_key = dask.delayed(rules, name="factcheck-bench-rules", traverse=False)
        check = dask.delayed(_check_partition, pure=False)
        client.compute([check([], rules_key, None, None) for _ in range(50)], sync=True, optimize_graph=False)  # warm up
        empty = 1000
        t = time.perf_counter()
        client.compute([check([], rules_key, None, None) for _ in range(empty)], sync=True, optimize_graph=False)
        per_task = (time.perf_counter() - t) / empty
        target = partition_bytes(total, workers)
        parts = partition(paths, target)
        t = time.perf_counter()
        checked = sum(1 for _ in iter_files(paths, rules, client))
        seconds = time.perf_counter() - t
    return [
        ("LocalCluster start-up, 2 worker processes", f"{started:.2f} s"),
        (f"scheduler cost per partition ({empty} empty partitions)", f"{per_task * 1000:.1f} ms"),
        ("partition size chosen for the corpus", f"{target / 1e6:.2f} MB: {len(parts)} partitions, {len(paths) / len(parts):.0f} articles each"),
        (f"{checked} articles through the API on that cluster", f"{seconds:.2f} s: {seconds * workers / checked * 1000:.1f} ms an article per worker; scheduling {len(parts) * per_task / seconds * 100:.2f}% of the time"),
    ]


def stream_rows(big: Path, big_files: int, small: Path, small_files: int, workers: int, skip_json: bool) -> list[tuple[str, str]]:
    rows = []
    base = factcheck_command() + ["check", "--fail-on", "never", "--jobs", str(workers)]
    runs = [(f"--format jsonl, {small_files} articles", base + ["--format", "jsonl", str(small)])]
    runs.append((f"--format jsonl, {big_files} articles", base + ["--format", "jsonl", str(big)]))
    if not skip_json:
        runs.append((f"--format json, {big_files} articles", base + ["--format", "json", str(big)]))
    for label, cmd in runs:
        r = run_measured(cmd)
        samples = r["samples"] or [(0.0, float("nan"), float("nan"))]
        # Resident memory at a quarter, half, three quarters of the run and at the end.
        marks = [samples[min(len(samples) - 1, int(len(samples) * q))] for q in (0.25, 0.5, 0.75, 0.999)]
        for i, who in ((1, "main process"), (2, f"{workers} workers together")):
            peak = max(s[i] for s in samples)
            rows.append((f"{label} ({r['seconds']:.0f} s), memory of the {who}", f"peak {peak:.0f} MB; at 1/4, 1/2, 3/4 and the end of the run {', '.join(f'{m[i]:.0f}' for m in marks)} MB"))
        print(*rows[-2:], sep="\n", file=sys.stderr, flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--stream-files", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-json", action="store_true", help="do not run --format json over the large corpus")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory(prefix="factcheck-scale-") as tmp:
        corpus = Path(tmp) / "corpus"
        paths = generate_corpus(corpus, args.files)
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        rows.extend(corpus_rows(corpus, args.files, size_mb, args.workers))
        print(*rows, sep="\n", file=sys.stderr, flush=True)
        rows.extend(overhead_rows(corpus, args.files, args.workers))
        print(*rows[-4:], sep="\n", file=sys.stderr, flush=True)
        small = Path(tmp) / "small"
        generate_corpus(small, args.stream_files // 10, seed=3)
        big = Path(tmp) / "big"
        generate_corpus(big, args.stream_files, seed=4)
        rows.extend(stream_rows(big, args.stream_files, small, args.stream_files // 10, args.workers, args.skip_json))

    print_table(f"factcheck at scale on {machine()}", rows)


if __name__ == "__main__":
    main()
