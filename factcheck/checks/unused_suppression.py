"""Unused suppressions: a factcheck-disable comment that suppresses nothing.

In Markdown and HTML, `<!-- factcheck-disable-next-line CHECK-ID -->` silences a
check on the next line of text, and `<!-- factcheck-disable CHECK-ID -->` …
`<!-- factcheck-enable CHECK-ID -->` silences it between the two (to the end of
the file without an enable); leave out CHECK-ID to silence every check. A
comment that silences nothing (the problem was fixed, or the id is wrong) is
reported as a note, so stale suppressions do not hide future problems. The
engine applies suppressions after every check has run, and reports these notes.
"""

from __future__ import annotations

from ..document import Document
from ..findings import Category, Hit, Severity
from ..registry import Check, Context, Example, register

_REPEAT = "The regulator fined the water company £11 million for failing to stop sewage spills into rivers."

UNUSED_SUPPRESSION = Check(
    id="unused-suppression",
    category=Category.STYLE,
    severity=Severity.INFO,
    summary="A factcheck-disable comment that suppresses nothing.",
    description=__doc__,
    fires=Example(f"---\ntitle: Fine\n---\n\n{_REPEAT}\n\n<!-- factcheck-disable-next-line duplicate-paragraph -->\nThe company said it would appeal.\n", format="md", lines=(7,)),
    quiet=Example(f"---\ntitle: Fine\n---\n\n{_REPEAT}\n\n<!-- factcheck-disable-next-line duplicate-paragraph -->\n{_REPEAT}\n", format="md"),
)


def run(doc: Document, context: Context) -> list[Hit]:
    """Report nothing here: the engine reports unused suppressions once the other checks have run."""
    return []


def unused(directives) -> list[Hit]:
    """Return a note for each suppression comment that suppressed nothing."""
    hits = []
    for d in directives:
        if d.used:
            continue
        what = ", ".join(sorted(d.checks)) if d.checks else "every check"
        hits.append(Hit(UNUSED_SUPPRESSION.id, d.span, f"This factcheck-{d.kind} comment (for {what}) suppresses nothing: remove it, or check the id."))
    return hits


register(run, UNUSED_SUPPRESSION)
