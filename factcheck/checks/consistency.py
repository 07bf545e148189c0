"""Consistency: alternatives of which one article should use only one ("per cent" or "percent").

Rules come from the `consistency:` section of a rule file: `forms` lists the
alternatives. When an article uses more than one, the form it uses most is taken
as its choice (on a tie, the form listed first) and every other form is reported,
pointing at the first use of the chosen one. Quotes are left alone unless the
rule's scope lists `quotes`.
"""

from __future__ import annotations

from ..document import Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..house_style import matches
from ..registry import Check, Context, Example, register

_RULES = "consistency:\n  - forms: [per cent, percent]\n  - forms: [email, e-mail]\n"

CONSISTENCY = Check(
    id="consistency",
    category=Category.STYLE,
    severity=Severity.WARNING,
    summary="An article uses two forms of the same word where it should keep to one.",
    description=__doc__,
    fires=Example(
        "date 2025-03-04 Prices rise again\n\nPrices rose 3.1 per cent in the year to March.\n\nFood rose 4 percent and energy 2.2 per cent.\n",
        lines=(5,),
        rules=_RULES,
    ),
    quiet=Example(
        "date 2025-03-04 Prices rise again\n\nPrices rose 3.1 per cent in the year to March. Readers can email the desk.\n",
        rules=_RULES,
    ),
)


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit for each use of a minority form in every consistency group the article mixes."""
    hits = []
    for rule in context.knowledge.get("consistency", ()):
        if not rule.applies_to(doc.path):
            continue
        uses = [[(block, m) for block, m in matches(rule, form, doc)] for form in rule.forms]
        used = [i for i, u in enumerate(uses) if u]
        if len(used) < 2:
            continue
        chosen = max(used, key=lambda i: (len(uses[i]), -i))
        first_block, first_match = uses[chosen][0]
        related = (RelatedHit(first_block.source_span(first_match.start(), first_match.end()), f"\u201c{first_match.group()}\u201d used here"),)
        for i in used:
            if i == chosen:
                continue
            for block, m in uses[i]:
                message = rule.message or (
                    f"\u201c{m.group()}\u201d here, but the article uses \u201c{first_match.group()}\u201d {len(uses[chosen])} time{'s' if len(uses[chosen]) != 1 else ''}: keep to one form."
                )
                hits.append(Hit(CONSISTENCY.id, block.source_span(m.start(), m.end()), message, related, suggestion=first_match.group(), severity=rule.severity))
    return hits


register(run, CONSISTENCY)
