"""What checking one file produced, shared by the engine, the worker pool and the reporters."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from .findings import Finding


@dataclass
class FileResult:
    """What checking one file produced: its findings, or the reason it could not be checked."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    title: str | None = None
    published: _dt.date | None = None
    words: int = 0
    paragraphs: int = 0
    error: str | None = None  # the file could not be checked (or only partly): exit status 2
    notes: list[str] = field(default_factory=list)
    line_texts: dict[int, str] = field(default_factory=dict)  # lines findings point at, for reporters
    source: str | None = None  # the whole article's text, kept only when asked (the HTML report shows it)
    source_text: str | None = None  # the article as read, kept only for standard input (it cannot be read twice)

    @property
    def status(self) -> str:
        """"checked", or "unreadable" when nothing of the file could be checked (its error says why)."""
        return "unreadable" if self.error and not self.checked else "checked"

    @property
    def checked(self) -> bool:
        return self.words > 0 or bool(self.findings)
