"""Findings: what a check reports (a Hit, in source offsets) and what the user sees (a Finding, in lines)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .document import Span


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Category(StrEnum):
    DUPLICATION = "duplication"
    HEADLINE = "headline"
    TITLE = "title"
    NAME = "name"
    DATE = "date"
    DEADLINE = "deadline"
    NUMBER = "number"
    STYLE = "style"


@dataclass(frozen=True, slots=True)
class RelatedHit:
    """Another place a check points to, in source offsets."""

    span: Span
    message: str


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check found, before the engine applies settings and turns offsets into lines."""

    check: str
    span: Span
    message: str
    related: tuple[RelatedHit, ...] = ()
    suggestion: str | None = None
    fixable: bool = False  # the suggestion is safe for --fix to apply unattended
    severity: Severity | None = None  # a rule's own severity, overriding the check's setting


@dataclass(frozen=True, slots=True)
class Related:
    line: int
    column: int
    message: str
    end_line: int = 0  # where the place ends (end_column one past its last character), for editors and the HTML report
    end_column: int = 0
    start_offset: int = 0  # character offsets into the source, like Finding's
    end_offset: int = 0


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one file, as every reporter shows it."""

    path: str
    check: str
    category: Category
    severity: Severity
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    excerpt: str
    related: tuple[Related, ...] = ()
    suggestion: str | None = None
    fixable: bool = False
    start_offset: int = 0  # character offsets into the source, for --fix; not part of the JSON report
    end_offset: int = 0

    def to_dict(self) -> dict:
        """Return the finding in the JSON report's shape."""
        return {
            "check": self.check,
            "category": str(self.category),
            "severity": str(self.severity),
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "message": self.message,
            "excerpt": self.excerpt,
            "related": [{"line": r.line, "column": r.column, "message": r.message} for r in self.related],
            "suggestion": self.suggestion,
        }
