"""House-style substitutions: a word, phrase or pattern the style book replaces with another.

Rules come from the `substitutions:` section of a rule file (`find`, `replace`, and
optionally `message`, `severity`, `regex`, `case`, `whole-word`, `scope`, `paths`).
Matching is whole-word and case-insensitive unless the rule says otherwise; the
replacement keeps the capitalisation of the text it replaces. Text inside direct
quotes is left alone (an editor does not change a quote) unless the rule's scope
lists `quotes`. The suggestion is safe for `--fix`.
"""

from __future__ import annotations

from ..document import Document
from ..findings import Category, Hit, Severity
from ..house_style import match_case, matches
from ..registry import Check, Context, Example, register

SUBSTITUTION = Check(
    id="substitution",
    category=Category.STYLE,
    severity=Severity.WARNING,
    summary="A word or phrase the house style replaces with another.",
    description=__doc__,
    fires=Example(
        "date 2025-03-04 Mayor visits twin city\n\nThe mayor flew to Kiev on Monday for talks on rebuilding schools.\n",
        lines=(3,),
        rules="substitutions:\n  - find: Kiev\n    replace: Kyiv\n",
    ),
    quiet=Example(
        'date 2025-03-04 Mayor visits twin city\n\nThe mayor flew to Kyiv on Monday. "Kiev was cold," she said.\n',
        rules="substitutions:\n  - find: Kiev\n    replace: Kyiv\n",
    ),
)


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit for every place a substitution rule's text occurs."""
    hits = []
    for rule in context.knowledge.get("substitutions", ()):
        if not rule.applies_to(doc.path):
            continue
        for block, m in matches(rule, rule.pattern, doc):
            replacement = m.expand(rule.replace) if rule.pattern.regex else rule.replace
            if not rule.pattern.case_sensitive:
                replacement = match_case(replacement, m.group())
            if replacement == m.group():
                continue
            message = rule.message or f"House style is \u201c{replacement}\u201d, not \u201c{m.group()}\u201d."
            hits.append(Hit(SUBSTITUTION.id, block.source_span(m.start(), m.end()), message, suggestion=replacement, fixable=True, severity=rule.severity))
    return hits


register(run, SUBSTITUTION)
