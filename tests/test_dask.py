"""--dask and factcheck.dask on a real distributed.LocalCluster with two worker processes."""

from __future__ import annotations

import os
import signal
from collections import Counter
import sys
import threading

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import check_paths

from .conftest import ROOT

distributed = pytest.importorskip("distributed")
sys.path.insert(0, str(ROOT))
from benchmarks.generate import generate_corpus  # noqa: E402

runner = CliRunner()


@pytest.fixture(scope="module")
def cluster():
    import logging

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR) as cluster:
        yield cluster


@pytest.fixture
def client(cluster):
    with distributed.Client(cluster) as client:
        client.wait_for_workers(2)
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Generated articles, one binary file and one that is not UTF-8, in several folders."""
    dest = tmp_path_factory.mktemp("corpus")
    generate_corpus(dest, 24, seed=5)
    (dest / "section-0" / "00000-binary.txt").write_bytes(b"\x00\x01 not an article")
    (dest / "section-1" / "00000-latin1.txt").write_bytes("date 2025-06-10 Caf\u00e9 fined over hygiene\n\nThe caf\u00e9 was fined \u00a32,000.\n".encode("cp1252"))
    return dest


def test_partitions_are_consecutive_runs_of_about_the_same_size(tmp_path):
    from factcheck.dask import partition, partition_bytes

    sizes = {"a": 500, "b": 300, "c": 300, "d": 900, "e": 10, "f": 10}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    files = [str(tmp_path / n) for n in sizes]
    assert [[os.path.basename(f) for f in part] for part in partition(files, 600)] == [["a", "b"], ["c", "d"], ["e", "f"]]
    assert partition(files + [str(tmp_path / "missing")], 10_000) == [files + [str(tmp_path / "missing")]]
    assert partition_bytes(100_000_000, 2) == 1_000_000  # never more than a megabyte
    assert partition_bytes(400_000, 2) == 50_000  # four partitions a worker
    assert partition_bytes(1_000, 2) == 16_000  # never less than 16 kB


def test_same_report_byte_for_byte_as_two_jobs(cluster, corpus):
    for fmt in ("json", "jsonl"):  # jsonl is written as partitions come back, json at the end
        jobs = runner.invoke(app, ["check", "--format", fmt, "--fail-on", "never", "--jobs", "2", str(corpus)])
        dask = runner.invoke(app, ["check", "--format", fmt, "--fail-on", "never", "--dask", cluster.scheduler_address, str(corpus)])
        assert (dask.exit_code, dask.stdout, dask.stderr) == (jobs.exit_code, jobs.stdout, jobs.stderr)
        assert len(jobs.stdout) > 1000
    # Unreadable files are reported with their error, as with --jobs.
    assert dask.exit_code == 2
    assert dask.stderr == (
        f"factcheck: error: {corpus / 'section-0' / '00000-binary.txt'}: binary file, not an article (contains NUL bytes)\n"
        f"factcheck: error: {corpus / 'section-1' / '00000-latin1.txt'}: not valid UTF-8 (byte 0xe9 at offset 19); read as cp1252\n"
    )


def test_a_killed_worker_is_retried_and_no_file_is_lost_or_repeated(client, corpus):
    from factcheck.config import load_rules
    from factcheck.dask import iter_files
    from factcheck.engine import expand_paths

    expected, _ = check_paths([str(corpus)], jobs=1)
    files, _ = expand_paths([str(corpus)])
    pids = client.run(os.getpid)  # worker address -> process id
    killed: list[tuple[int, int]] = []

    def kill_a_busy_worker():
        # As soon as a worker is running partitions, kill its process outright.
        while not killed:
            busy = {address: len(tasks) for address, tasks in client.processing().items() if tasks and address in pids}
            if busy:
                victim = max(busy, key=busy.get)
                os.kill(pids[victim], signal.SIGKILL)
                killed.append((pids[victim], busy[victim]))

    killer = threading.Thread(target=kill_a_busy_worker, daemon=True)
    killer.start()
    # Partitions of a file or two, so that the killed worker has work in hand.
    results = list(iter_files(files, load_rules(), client, partition_size=8_000))
    killer.join(timeout=30)
    pid, busy = killed[0]
    assert busy > 0
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert [r.path for r in results] == [r.path for r in expected] == files
    assert results == expected


def test_the_api_returns_a_bag_of_findings_and_one_of_file_results(client, corpus):
    import dask.bag

    from factcheck.dask import check_paths as dask_check_paths
    from factcheck.dask import file_results

    expected, _ = check_paths([str(corpus)], jobs=1)
    bag = dask_check_paths([str(corpus)], client=client)
    assert isinstance(bag, dask.bag.Bag) and bag.npartitions > 2
    assert bag.compute() == [f for r in expected for f in r.findings]
    results = file_results([str(corpus)], client=client).compute()
    assert [(r.path, r.error) for r in results] == [(r.path, r.error) for r in expected]
    records = bag.map(lambda f: {"path": f.path, **f.to_dict()}).compute()
    first = next(f for r in expected for f in r.findings)
    assert records[0] == {"path": first.path, **first.to_dict()}
    # The README's example: findings per check, counted on the cluster.
    by_check = bag.map(lambda f: {"path": f.path, **f.to_dict()}).pluck("check").frequencies().compute()
    assert sorted(by_check) == sorted(Counter(f.check for r in expected for f in r.findings).items())


def test_every_partition_shares_one_rules_key(corpus):
    from factcheck.config import load_rules
    from factcheck.dask import _partition_tasks

    files = sorted(str(p) for p in corpus.rglob("*.*"))
    parts, tasks = _partition_tasks(files, load_rules(), 2, None, None, 20_000)
    graph = dict(tasks[0].__dask_graph__())
    for task in tasks[1:]:
        graph.update(task.__dask_graph__())
    rules_keys = [k for k in graph if str(k).startswith("factcheck-rules-")]
    assert len(rules_keys) == 1 and len(tasks) == len(parts) > 4
    assert all(rules_keys[0] in t.__dask_graph__() for t in tasks)


def test_dask_local_starts_its_own_two_worker_cluster(tmp_path):
    generate_corpus(tmp_path, 12, seed=8)
    jobs = runner.invoke(app, ["check", "--format", "json", "--fail-on", "never", "--jobs", "2", str(tmp_path)])
    local = runner.invoke(app, ["check", "--format", "json", "--fail-on", "never", "--jobs", "2", "--dask", "local", str(tmp_path)])
    assert (local.exit_code, local.stdout) == (jobs.exit_code, jobs.stdout) == (0, jobs.stdout)
    assert local.stdout.count('"path"') == 12


def test_a_scheduler_that_cannot_be_reached_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("date 2025-06-10 Headline\n\nA paragraph.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--dask", "nonsense://nowhere", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: --dask: cannot reach the scheduler at nonsense://nowhere (")
    assert result.stderr.count("\n") == 1
