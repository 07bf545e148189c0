"""Forbidden phrases: words the house style does not allow, in the whole article or in one part of it.

Rules come from the `forbidden:` section of a rule file (`phrase`, and optionally
`message`, `severity`, `regex`, `case`, `whole-word`, `scope`, `paths`); `scope: headline`
forbids a phrase only in headlines ("allegedly" in a headline). Quotes are left
alone unless the scope lists `quotes`.
"""

from __future__ import annotations

from ..document import Document
from ..findings import Category, Hit, Severity
from ..house_style import matches
from ..registry import Check, Context, Example, register

_RULES = 'forbidden:\n  - phrase: sources say\n    message: "Name the source, or say why it cannot be named."\n  - phrase: allegedly\n    scope: headline\n'

FORBIDDEN = Check(
    id="forbidden",
    category=Category.STYLE,
    severity=Severity.WARNING,
    summary="A phrase the house style forbids.",
    description=__doc__,
    fires=Example(
        "date 2025-03-04 Minister allegedly misled MPs\n\nSources say the minister knew of the report in January.\n",
        lines=(1, 3),
        rules=_RULES,
    ),
    quiet=Example(
        "date 2025-03-04 Minister accused of misleading MPs\n\nThe minister allegedly knew of the report, the committee said.\n",
        rules=_RULES,
    ),
)


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit for every place a forbidden phrase occurs within its rule's scope."""
    hits = []
    for rule in context.knowledge.get("forbidden", ()):
        if not rule.applies_to(doc.path):
            continue
        for block, m in matches(rule, rule.pattern, doc):
            message = f"\u201c{m.group()}\u201d is not house style" + (f": {rule.message}" if rule.message else ".")
            hits.append(Hit(FORBIDDEN.id, block.source_span(m.start(), m.end()), message, severity=rule.severity))
    return hits


register(run, FORBIDDEN)
