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
from collections.abc import Callable, Sequence

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


def check_safely(path: str, rules: RuleSet, format: str | None, date: _dt.date | None, keep_source: bool = False) -> FileResult:
    """Return check_one's result, or the file's error if checking raised unexpectedly."""
    try:
        return check_one(path, rules, format, date, keep_source)
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
    keep_source: bool = False,
) -> list[FileResult]:
    """Return one result per file, in the order given.

    ``rule_source`` is what each worker builds its rules from: the list of extra rule
    files (each worker calls load_rules once) or a RuleSet (plain data, pickled).
    """
    total = len(files)
    on_disk = [i for i, f in enumerate(files) if f != "-"]
    if jobs <= 1 or len(on_disk) <= 1:
        results = []
        for f in files:
            results.append(check_safely(f, rules, format, date, keep_source))
            if on_result:
                on_result(results[-1], total)
        return results

    out: list[FileResult | None] = [None] * total
    for i, f in enumerate(files):
        if f == "-":  # standard input belongs to this process
            out[i] = check_safely(f, rules, format, date, keep_source)
            if on_result:
                on_result(out[i], total)
    workers = min(jobs, len(on_disk))
    size = max(1, min(_MAX_CHUNK, len(on_disk) // (workers * 4)))
    chunks = [on_disk[k : k + size] for k in range(0, len(on_disk), size)]

    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(rule_source,)) as pool:
        futures = {pool.submit(_check_chunk, [files[i] for i in chunk], format, date, keep_source): chunk for chunk in chunks}
        try:
            for future in as_completed(futures):
                chunk = futures[future]
                try:
                    chunk_results = future.result()
                except Exception as exc:  # the worker died or its result could not be sent back
                    chunk_results = [FileResult(path=files[i], error=f"{files[i]}: internal error while checking ({type(exc).__name__}: {exc})") for i in chunk]
                for i, result in zip(chunk, chunk_results):
                    out[i] = result
                    if on_result:
                        on_result(result, total)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return [r for r in out if r is not None]


def _init_worker(rule_source: RuleSet | list[str]) -> None:
    global _WORKER_RULES
    _WORKER_RULES = rule_source if isinstance(rule_source, RuleSet) else load_rules(rule_source)


def _check_chunk(paths: list[str], format: str | None, date: _dt.date | None, keep_source: bool = False) -> list[FileResult]:
    assert _WORKER_RULES is not None, "worker started without its initializer"
    return [check_safely(p, _WORKER_RULES, format, date, keep_source) for p in paths]
