"""A progress bar on stderr while many files are checked: only for a person at a terminal."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

# Fewer files than this finish before a bar would be worth drawing.
MIN_FILES = 8


def wanted(stream=None, env: Mapping[str, str] | None = None) -> bool:
    """Return True when a bar may be drawn: stderr is a terminal and this is not CI."""
    stream = sys.stderr if stream is None else stream
    env = os.environ if env is None else env
    if env.get("CI", "").lower() in ("1", "true", "yes") or env.get("GITHUB_ACTIONS") == "true":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


class ProgressBar:
    """A context manager whose ``update(result, total)`` advances a Rich bar on stderr (files, findings, elapsed)."""

    def __init__(self, stream=None) -> None:
        self._stream = sys.stderr if stream is None else stream
        self._progress = None
        self._task = None
        self._findings = 0

    def __enter__(self) -> ProgressBar:
        return self

    def update(self, result, total: int) -> None:
        """Count one finished file; the bar appears once there are enough files to be worth it."""
        self._findings += len(result.findings)
        if self._progress is None:
            if total < MIN_FILES:
                return
            self._start(total)
        self._progress.update(self._task, advance=1, findings=self._findings)

    def _start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files, {task.fields[findings]} findings"),
            TimeElapsedColumn(),
            console=Console(file=self._stream, stderr=True),
            transient=True,
        )
        self._task = self._progress.add_task("check", total=total, findings=0)
        self._progress.start()

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()
