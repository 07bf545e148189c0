"""Inline suppression in Markdown and HTML: factcheck-disable-next-line, factcheck-disable and factcheck-enable comments."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document, Span
from .findings import Finding

_DIRECTIVE = re.compile(r"<!--\s*factcheck-(disable-next-line|disable|enable)\b((?:[\s,]+[a-z0-9][a-z0-9-]*)*)\s*-->", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,]+")
FORMATS = ("md", "html")


@dataclass
class Directive:
    """One suppression comment: what it turns off, from which line to which."""

    kind: str
    checks: frozenset[str]  # empty: every check
    span: Span
    first_line: int
    last_line: int | None = None  # None: to the end of the file
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        in_range = self.first_line <= finding.line and (self.last_line is None or finding.line <= self.last_line)
        return in_range and (not self.checks or finding.check in self.checks)


def find_directives(doc: Document) -> list[Directive]:
    """Return the suppression comments of a Markdown or HTML document, with the lines each covers."""
    if doc.format not in FORMATS or "factcheck-" not in doc.source:
        return []
    found: list[Directive] = []
    open_ranges: list[Directive] = []
    for m in _DIRECTIVE.finditer(doc.source):
        kind = m.group(1).lower()
        checks = frozenset(c for c in _SEPARATORS.split(m.group(2).strip().lower()) if c)
        span = Span(m.start(), m.end())
        end_line = doc.line_col(m.end() - 1)[0]
        if kind == "disable-next-line":
            target = _next_text_line(doc, end_line)
            found.append(Directive(kind, checks, span, target, target))
        elif kind == "disable":
            directive = Directive(kind, checks, span, end_line + 1)
            found.append(directive)
            open_ranges.append(directive)
        else:
            start_line = doc.line_col(m.start())[0]
            for directive in open_ranges:
                if _enable_ends(checks, directive.checks):
                    directive.last_line = start_line - 1
            open_ranges = [d for d in open_ranges if d.last_line is None]
    return found


def _enable_ends(enabled: frozenset[str], disabled: frozenset[str]) -> bool:
    """Return whether an enable comment for these checks ends a disable range for those."""
    if not enabled:
        return True  # a plain enable ends every range
    return bool(disabled) and disabled <= enabled


def _next_text_line(doc: Document, line: int) -> int:
    for candidate in range(line + 1, doc.line_count + 1):
        if doc.line_text(candidate).strip():
            return candidate
    return line + 1


def apply(findings: list[Finding], directives: list[Directive]) -> list[Finding]:
    """Return the findings no directive suppresses, marking the directives that suppressed something."""
    kept = []
    for f in findings:
        covering = [d for d in directives if d.covers(f)]
        for d in covering:
            d.used = True
        if not covering:
            kept.append(f)
    return kept
