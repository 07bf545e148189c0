"""Checking many files: in this process for one job or one file, else in worker processes.

Each worker loads and compiles the rules once (its initializer), then checks chunks
of files. Results come back in the order the files were given, whatever the number
of jobs, so reports are byte-identical with --jobs 1 and --jobs N. An unexpected
exception while checking a file becomes that file's error (exit status 2), in the
worker or here. If a worker process dies outright, the pool is broken: every file
not yet checked gets an error line instead of a result.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Iterator, Sequence

from .config import RuleSet, load_rules
from .engine import FileResult, check_one

# Set in each worker by _init_worker: the rules it checks with.
_WORKER_RULES: RuleSet | None = None
_MAX_CHUNK = 16


def default_jobs() -> int:
    """Return the number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_safely(path: str, rules: RuleSet, format: str | None, date: _dt.date | None, stdin_name: str | None = None) -> FileResult:
    """Return check_one's result, or the file's error if checking raised unexpectedly."""
    try:
        if stdin_name is not None and path == "-":
            return check_one(path, rules, format, date, stdin_name=stdin_name)
        return check_one(path, rules, format, date)
    except Exception as exc:  # a bug in a check must not lose the other files
        return FileResult(path=path, error=f"{path}: internal error while checking ({type(exc).__name__}: {exc})")


def check_files(
    files: Sequence[str],
    rules: RuleSet,
    rule_source: RuleSet | list[str],
    format: str | None = None,
    date: _dt.date | None = None,
    jobs: int = 1,
    on_result: Callable[[FileResult, int], None] | None = None,
    stdin_name: str | None = None,
) -> list[FileResult]:
    """Return one result per file, in the order given.

    ``rule_source`` is what each worker builds its rules from: the list of extra rule
    files (each worker calls load_rules once) or a RuleSet (plain data, pickled).
    """
    results = []
    for result in iter_files(files, rules, rule_source, format, date, jobs, stdin_name):
        results.append(result)
        if on_result:
            on_result(result, len(files))
    return results


def iter_files(
    files: Sequence[str],
    rules: RuleSet,
    rule_source: RuleSet | list[str],
    format: str | None = None,
    date: _dt.date | None = None,
    jobs: int = 1,
    stdin_name: str | None = None,
) -> Iterator[FileResult]:
    """Yield one result per file, in the order given, each as soon as it and the files before it are done.

    Nothing is kept once yielded, so a streaming report's memory does not grow with the files.
    ``stdin_name`` is the path standard input ("-") stands for (see check_one).
    """
    on_disk = [i for i, f in enumerate(files) if f != "-"]
    if jobs <= 1 or len(on_disk) <= 1:
        for f in files:
            yield check_safely(f, rules, format, date, stdin_name)
        return

    ready = _InOrder()
    for i, f in enumerate(files):
        if f == "-":  # standard input belongs to this process
            ready.put(i, check_safely(f, rules, format, date, stdin_name))
    yield from ready.pop_ready()
    workers = min(jobs, len(on_disk))
    size = max(1, min(_MAX_CHUNK, len(on_disk) // (workers * 4)))
    chunks = [on_disk[k : k + size] for k in range(0, len(on_disk), size)]

    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(rule_source,)) as pool:
        futures = {pool.submit(_check_chunk, [files[i] for i in chunk], format, date): chunk for chunk in chunks}
        try:
            for future in as_completed(futures):
                chunk = futures.pop(future)
                try:
                    chunk_results = future.result()
                except Exception as exc:  # the worker died or its result could not be sent back
                    chunk_results = [FileResult(path=files[i], error=f"{files[i]}: internal error while checking ({type(exc).__name__}: {exc})") for i in chunk]
                for i, result in zip(chunk, chunk_results):
                    ready.put(i, result)
                yield from ready.pop_ready()
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


class _InOrder:
    """Results that arrive in any order, handed on in file order as soon as there is no gap before them."""

    def __init__(self) -> None:
        self._waiting: dict[int, FileResult] = {}
        self._next = 0

    def put(self, index: int, result: FileResult) -> None:
        self._waiting[index] = result

    def pop_ready(self) -> Iterator[FileResult]:
        """Yield (and forget) every result whose predecessors have all been handed on."""
        while self._next in self._waiting:
            yield self._waiting.pop(self._next)
            self._next += 1


def _init_worker(rule_source: RuleSet | list[str]) -> None:
    global _WORKER_RULES
    _WORKER_RULES = rule_source if isinstance(rule_source, RuleSet) else load_rules(rule_source)


def _check_chunk(paths: list[str], format: str | None, date: _dt.date | None) -> list[FileResult]:
    assert _WORKER_RULES is not None, "worker started without its initializer"
    return [check_safely(p, _WORKER_RULES, format, date) for p in paths]
