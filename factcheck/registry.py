"""The table of checks: each check's id, category, default severity, options, documentation and examples."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .document import Document
from .findings import Category, Hit, Severity

# Every check module, by file name under factcheck/checks/. One table: a test asserts
# that every file there is listed here and every check is configured in rules/default.yaml.
CHECK_MODULES = (
    # duplication
    "duplication",
    # headlines, titles and names
    "headline_conflict",
    "stray_headline",
    "headline_body_conflict",
    "person_title_conflict",
    "name_variant",
    # dates, deadlines and figures
    "publication_date_conflict",
    "weekday_mismatch",
    "impossible_date",
    "relative_day_tense",
    "relative_date_conflict",
    "stale_preview",
    "event_date_conflict",
    "deadline_arithmetic",
    "deadline_conflict",
    "number_conflict",
    "figure_arithmetic",
    # house rules
    "substitution",
    "consistency",
    "forbidden",
    "unused_suppression",
)

_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Option:
    """A setting a check reads from the rule files. Its default lives in rules/default.yaml and only there:
    checks read `context.options(id)[name]`, never a fallback of their own."""

    name: str
    type: type
    help: str
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Example:
    """An article snippet from a check's documentation; the tests run every one."""

    text: str
    format: str = "txt"
    lines: tuple[int, ...] = ()  # where the check reports, for an example that fires
    rules: str = ""  # a rule file (YAML) the example needs, for checks driven by house rules


@dataclass(frozen=True)
class Check:
    """One check: what it looks for and how it is configured."""

    id: str
    category: Category
    severity: Severity
    summary: str
    description: str
    fires: Example
    quiet: Example
    options: tuple[Option, ...] = ()

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)


class Context:
    """What a running check may read besides the document: its settings and shared knowledge."""

    def __init__(self, options: Mapping[str, Mapping[str, Any]], knowledge: Mapping[str, Any] | None = None, day_first: bool = True, annotation: Any = None) -> None:
        self._options = options
        self.knowledge = knowledge or {}
        self.day_first = day_first
        self._annotation = annotation

    def annotation(self, doc: Document):
        """Return the document's annotation (tokens and facts): the engine's, or one made here for a check run alone."""
        if self._annotation is None or self._annotation.doc is not doc:
            from .reading.annotate import Annotation

            self._annotation = Annotation(doc, self.knowledge, self.day_first)
        return self._annotation

    def options(self, check_id: str) -> Mapping[str, Any]:
        """Return the merged settings of one check."""
        return self._options.get(check_id, {})


Runner = Callable[[Document, Context], Iterable[Hit]]


@dataclass
class _Registry:
    checks: dict[str, Check] = field(default_factory=dict)
    runners: list[tuple[Runner, tuple[str, ...]]] = field(default_factory=list)
    loaded: bool = False


_REGISTRY = _Registry()


def register(runner: Runner, *checks: Check) -> Runner:
    """Register a function that reports hits for one check or a small family of checks."""
    for c in checks:
        if not _ID.match(c.id):
            raise ValueError(f"check id {c.id!r} is not kebab-case")
        if c.id in _REGISTRY.checks:
            raise ValueError(f"check id {c.id!r} registered twice")
        _REGISTRY.checks[c.id] = c
    _REGISTRY.runners.append((runner, tuple(c.id for c in checks)))
    return runner


def _load() -> _Registry:
    if not _REGISTRY.loaded:
        for name in CHECK_MODULES:
            importlib.import_module(f"factcheck.checks.{name}")
        _REGISTRY.loaded = True
    return _REGISTRY


def _table_order(runner: Runner) -> int:
    name = runner.__module__.rsplit(".", 1)[-1]
    return CHECK_MODULES.index(name) if name in CHECK_MODULES else len(CHECK_MODULES)


def runners() -> list[tuple[Runner, tuple[str, ...]]]:
    """Return each check function with the ids of the checks it reports, in the table's order."""
    return sorted(_load().runners, key=lambda item: _table_order(item[0]))


def all_checks() -> dict[str, Check]:
    """Return every registered check by id, in the table's order (whatever order modules were imported in)."""
    checks = _load().checks
    return {cid: checks[cid] for _, ids in runners() for cid in ids}
