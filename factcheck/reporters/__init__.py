"""Reporters turn results into text; they format and never decide anything."""

from __future__ import annotations

from collections.abc import Sequence

from ..results import FileResult
from ..findings import Severity

REPORT_FORMATS = ("rich", "text", "json", "jsonl", "sarif", "github", "html")


def summary(results: Sequence[FileResult]) -> dict[str, int]:
    """Return counts of files, findings and findings per severity."""
    counts = {"files": len(results), "findings": 0, "error": 0, "warning": 0, "info": 0}
    for r in results:
        for f in r.findings:
            counts["findings"] += 1
            counts[str(f.severity)] += 1
    return counts


def render(fmt: str, results: Sequence[FileResult], stream) -> None:
    """Write the report in one format to a text stream."""
    if fmt == "json":
        from .json_report import write
    elif fmt == "jsonl":
        from .jsonl import write
    elif fmt == "text":
        from .text import write
    elif fmt == "sarif":
        from .sarif import write
    elif fmt == "github":
        from .github import write
    elif fmt == "html":
        from .html_report import write
    else:
        from .rich_report import write
    write(results, stream)


__all__ = ["REPORT_FORMATS", "render", "summary", "Severity"]
