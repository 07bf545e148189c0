"""Checking many files: in this process for one job or one file, else in worker processes.

Each worker loads and compiles the rules once (its initializer), then checks chunks
of files. Results come back in the order the files were given, whatever the number
of jobs, so reports are byte-identical with --jobs 1 and --jobs N. An unexpected
exception while checking a file becomes that file's error (exit status 2), in the
worker or here. If a worker process dies outright, the pool is broken: every file
not yet checked gets an error line instead of a result.

Stopping: workers ignore Ctrl-C (the terminal sends it to every process of the group);
when this process is interrupted or terminated, it cancels what is queued, terminates
the workers and waits for them, so none is left behind. On Linux a worker also asks to
be terminated if this process dies without that chance.

This module does not import the engine: the engine hands it the function that checks one
file, so the two do not depend on each other.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Iterator, Sequence

from .config import RuleSet, load_rules
from .results import FileResult

CheckOne = Callable[[str, RuleSet, "str | None", "_dt.date | None", bool], FileResult]

# Set in each worker by _init_worker: the rules it checks with and how it checks a file.
_WORKER_RULES: RuleSet | None = None
_WORKER_CHECK: CheckOne | None = None
_MAX_CHUNK = 16


def default_jobs() -> int:
    """Return the number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_count(jobs: int, files: int) -> int:
    """Return how many processes to start: never more than the files, nor than the cores."""
    return max(1, min(jobs, files, default_jobs()))


def check_safely(check: CheckOne, path: str, rules: RuleSet, format: str | None, date: _dt.date | None, keep_source: bool = False, stdin_name: str | None = None) -> FileResult:
    """Return check's result, or the file's error if checking raised unexpectedly."""
    try:
        if stdin_name is not None and path == "-":
            return check(path, rules, format, date, keep_source, stdin_name=stdin_name)
        return check(path, rules, format, date, keep_source)
    except Exception as exc:  # a bug in a check must not lose the other files
        return FileResult(path=path, error=f"{path}: internal error while checking ({type(exc).__name__}: {exc})")


def check_files(
    files: Sequence[str],
    check: CheckOne,
    rules: RuleSet,
    rule_source: RuleSet | list[str],
    format: str | None = None,
    date: _dt.date | None = None,
    jobs: int = 1,
    on_result: Callable[[FileResult, int], None] | None = None,
    keep_source: bool = False,
    stdin_name: str | None = None,
) -> list[FileResult]:
    """Return one result per file, in the order given.

    ``check`` checks one file (a module-level function, so workers can be sent it);
    ``rule_source`` is what each worker builds its rules from: the list of extra rule
    files (each worker calls load_rules once) or a RuleSet (plain data, pickled).
    """
    results = []
    for result in iter_files(files, check, rules, rule_source, format, date, jobs, keep_source, stdin_name):
        results.append(result)
        if on_result:
            on_result(result, len(files))
    return results


def iter_files(
    files: Sequence[str],
    check: CheckOne,
    rules: RuleSet,
    rule_source: RuleSet | list[str],
    format: str | None = None,
    date: _dt.date | None = None,
    jobs: int = 1,
    keep_source: bool = False,
    stdin_name: str | None = None,
) -> Iterator[FileResult]:
    """Yield one result per file, in the order given, each as soon as it and the files before it are done.

    Nothing is kept once yielded, so a streaming report's memory does not grow with the files.
    ``stdin_name`` is the path standard input ("-") stands for (see check_one).
    """
    on_disk = [i for i, f in enumerate(files) if f != "-"]
    workers = worker_count(jobs, len(on_disk))
    if workers <= 1:
        for f in files:
            yield check_safely(check, f, rules, format, date, keep_source, stdin_name)
        return

    ready = _InOrder()
    for i, f in enumerate(files):
        if f == "-":  # standard input belongs to this process
            ready.put(i, check_safely(check, f, rules, format, date, keep_source, stdin_name))
    yield from ready.pop_ready()
    size = max(1, min(_MAX_CHUNK, len(on_disk) // (workers * 4)))
    chunks = [on_disk[k : k + size] for k in range(0, len(on_disk), size)]

    from concurrent.futures import ProcessPoolExecutor, as_completed

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(rule_source, check))
    try:
        futures = {pool.submit(_check_chunk, [files[i] for i in chunk], format, date, keep_source): chunk for chunk in chunks}
        for future in as_completed(futures):
            chunk = futures.pop(future)
            try:
                chunk_results = future.result()
            except Exception as exc:  # the worker died or its result could not be sent back
                chunk_results = [FileResult(path=files[i], error=f"{files[i]}: internal error while checking ({type(exc).__name__}: {exc})") for i in chunk]
            for i, result in zip(chunk, chunk_results):
                ready.put(i, result)
            yield from ready.pop_ready()
    except BaseException:  # Ctrl-C, SIGTERM (see cli), a consumer that stops early, or a bug here: stop the workers now
        _stop(pool)
        raise
    pool.shutdown(wait=True)


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


def _stop(pool) -> None:
    """Cancel what is queued, terminate the workers and wait until they are gone."""
    # The interpreter's exit hook wakes every pool's manager through a pipe; on a loaded machine the manager
    # may still be closing that pipe as the hook writes to it, and the OSError would print a traceback after
    # the one-line message. The wake-up is moot once the workers are gone, so it is silenced first, before
    # anything here can be cut short.
    wakeup = getattr(pool, "_executor_manager_thread_wakeup", None)
    if wakeup is not None:
        _silence(wakeup)
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)
    # Let the pool's own threads see the workers gone and close their pipes before this process
    # goes on to exit, so that none of them is left writing to a pipe that is closed under it.
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(timeout=5)


def _silence(wakeup) -> None:
    """Make a pool's wake-up call ignore a pipe already closed."""
    call = wakeup.wakeup

    def quiet() -> None:
        try:
            call()
        except OSError:
            pass

    wakeup.wakeup = quiet


def _init_worker(rule_source: RuleSet | list[str], check: CheckOne) -> None:
    import signal

    global _WORKER_RULES, _WORKER_CHECK
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C stops
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    _WORKER_RULES = rule_source if isinstance(rule_source, RuleSet) else load_rules(rule_source)
    _WORKER_CHECK = check


def _die_with_parent() -> None:
    """On Linux, ask the kernel to terminate this worker when its parent dies (even by SIGKILL)."""
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # best effort: the parent still terminates its workers on Ctrl-C and SIGTERM


def _check_chunk(paths: list[str], format: str | None, date: _dt.date | None, keep_source: bool = False) -> list[FileResult]:
    assert _WORKER_RULES is not None and _WORKER_CHECK is not None, "worker started without its initializer"
    return [check_safely(_WORKER_CHECK, p, _WORKER_RULES, format, date, keep_source) for p in paths]
