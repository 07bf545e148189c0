"""Checking an archive as a Dask job: on a laptop's LocalCluster or an existing Dask deployment.

The files are cut, in path order, into partitions of about the same number of bytes
(see partition_bytes). Each partition is one task that checks its files with the
rules, which are loaded and validated once here and are one key of the graph: a
worker fetches them once and keeps them for every partition it runs, so no worker
loads rules per file. Results come back a partition at a time, in path order, so
the command line's reports are byte-identical to --jobs, and a worker that dies is
Dask's to handle: its partitions are run again elsewhere and each file is reported
exactly once. A file that cannot be read is reported with its error, as with --jobs.

Workers must see the files at the paths given (a shared or network file system, or
the same checkout on each machine); give absolute paths when their working
directory differs from this one.

This module is named after the package it uses; everything here imports ``dask``
and ``distributed`` absolutely, so it never shadows them.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import uuid
from collections import deque
from collections.abc import Iterator, Sequence

from factcheck.config import RuleSet, load_rules
from factcheck.engine import check_one, expand_paths
from factcheck.errors import FactcheckError
from factcheck.parallel import check_safely
from factcheck.results import FileResult

# A partition is about this many bytes of articles (at about 5 kB and 20 ms an article,
# 1 MB is some 200 articles and a few seconds of work: the scheduler's few milliseconds
# per task are lost in it) but small enough that each worker gets four or more.
MAX_PARTITION_BYTES = 1_000_000
MIN_PARTITION_BYTES = 16_000
PARTITIONS_PER_WORKER = 4

INSTALL_HINT = "--dask needs dask and distributed: pip install 'factcheck[dask]'"


def partition_bytes(total_bytes: int, workers: int) -> int:
    """Return the target size of a partition for this many bytes of articles and workers."""
    share = total_bytes // max(1, workers * PARTITIONS_PER_WORKER)
    return max(MIN_PARTITION_BYTES, min(MAX_PARTITION_BYTES, share))


def partition(files: Sequence[str], target_bytes: int) -> list[list[str]]:
    """Return the files cut into consecutive runs of about target_bytes each (never empty runs)."""
    parts: list[list[str]] = []
    current: list[str] = []
    size = 0
    for f in files:
        current.append(f)
        size += _size(f)
        if size >= target_bytes:
            parts.append(current)
            current, size = [], 0
    if current:
        parts.append(current)
    return parts


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:  # the worker will report why it cannot be read
        return 0


def _check_partition(paths: list[str], rules: RuleSet, format: str | None, date: _dt.date | None, keep_source: bool = False) -> list[FileResult]:
    """Return the results of one partition's files, in order (runs on a worker)."""
    return [check_safely(check_one, p, rules, format, date, keep_source) for p in paths]


def _workers(client) -> int:
    if client is None:
        return os.cpu_count() or 1
    return max(1, len(client.scheduler_info().get("workers", {})))


def _partition_tasks(files: Sequence[str], ruleset: RuleSet, workers: int, format: str | None, date: _dt.date | None, target_bytes: int | None, keep_source: bool = False):
    """Return the partitions (lists of paths) and one dask.delayed per partition returning its results."""
    import dask

    if target_bytes is None:
        target_bytes = partition_bytes(sum(_size(f) for f in files), workers)
    parts = partition(files, target_bytes)
    # One key holds the rules: every partition depends on it, so a worker fetches it once.
    token = uuid.uuid4().hex
    rules = dask.delayed(ruleset, name=f"factcheck-rules-{token}", traverse=False)
    check = dask.delayed(_check_partition, pure=True)
    return parts, [check(part, rules, format, date, keep_source, dask_key_name=f"factcheck-partition-{i}-{token}") for i, part in enumerate(parts)]


def file_results(
    paths: Sequence[str],
    *,
    client=None,
    rules: RuleSet | list[str] | None = None,
    format: str | None = None,
    date: _dt.date | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    partition_size: int | None = None,
):
    """Return a Dask bag of FileResult, one per article under the paths, in path order.

    Unreadable files are in it with their ``error``. ``client`` (a distributed.Client)
    is used to size the partitions for its workers; ``partition_size`` (bytes) overrides.
    Folders are walked here, as factcheck.check_paths does; errors about the paths
    themselves (a folder without articles) raise FactcheckError.
    """
    import dask.bag

    ruleset = rules if isinstance(rules, RuleSet) else load_rules(list(rules or ()))
    files, errors = expand_paths(list(paths), include=include, exclude=exclude)
    if errors:
        raise FactcheckError(errors[0])
    _, tasks = _partition_tasks([f for f in files if f != "-"], ruleset, _workers(client), format, date, partition_size)
    return dask.bag.from_delayed(tasks) if tasks else dask.bag.from_sequence([], npartitions=1)


def check_paths(paths: Sequence[str], *, client=None, rules: RuleSet | list[str] | None = None, **options):
    """Return a Dask bag of the findings (factcheck.findings.Finding) for the articles under the paths.

    Options are file_results'. To join findings with an archive's own metadata, turn
    them into records: ``bag.map(lambda f: {"path": f.path, **f.to_dict()}).to_dataframe()``.
    Files that could not be read have no findings; file_results lists them with their error.
    """
    return file_results(paths, client=client, rules=rules, **options).map(lambda r: r.findings).flatten()


def iter_files(
    files: Sequence[str],
    rules: RuleSet,
    client,
    *,
    format: str | None = None,
    date: _dt.date | None = None,
    keep_source: bool = False,
    stdin_name: str | None = None,
    partition_size: int | None = None,
) -> Iterator[FileResult]:
    """Yield one result per file, in the order given, a partition at a time as the cluster finishes them.

    Every partition is submitted at once; the results of a finished partition stay on
    its worker until it is its turn, so memory here does not grow with the archive.
    Standard input is read and checked in this process.
    """
    on_disk = [f for f in files if f != "-"]
    parts, tasks = _partition_tasks(on_disk, rules, _workers(client), format, date, partition_size, keep_source)
    futures = client.compute(tasks, optimize_graph=False) if tasks else []
    waiting = deque(zip(parts, futures))
    current: deque[FileResult] = deque()
    try:
        for f in files:
            if f == "-":
                yield check_safely(check_one, f, rules, format, date, keep_source, stdin_name)
                continue
            if not current:
                current.extend(_gather(*waiting.popleft()))
            yield current.popleft()
    finally:
        for _, future in waiting:
            future.cancel()


def _gather(paths: list[str], future) -> list[FileResult]:
    """Return a partition's results; if Dask gave up on it (its workers kept dying), each file's error."""
    try:
        return future.result()
    except Exception as exc:  # KilledWorker after Dask's retries, or a result that could not be sent back
        return [FileResult(path=p, error=f"{p}: internal error while checking ({type(exc).__name__}: {exc})") for p in paths]
    finally:
        future.release()


@contextlib.contextmanager
def connect(address: str, workers: int) -> Iterator:
    """Yield a distributed.Client for a scheduler address, or for a LocalCluster of this many workers ("local")."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise FactcheckError(INSTALL_HINT) from None
    import logging

    if address == "local":
        try:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR)
        except Exception as exc:
            raise FactcheckError(f"--dask local: cannot start a local cluster ({type(exc).__name__}: {exc})") from None
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="10s")
    except Exception as exc:  # OSError, TimeoutError, ValueError for a malformed address
        raise FactcheckError(f"--dask: cannot reach the scheduler at {address} ({type(exc).__name__}: {exc})") from None
    with client:
        yield client
