"""The article states two different publication dates (header or front matter, meta tags, `<time>`, dateline).

Every dated publication candidate the loader found is compared with the date most
of them give (on a tie, the first). Each one that disagrees is reported where it
is written, pointing at the first candidate that gives the agreed date. Not a
conflict: a date marked as an update ("Updated 23 July 2025") later than the
publication date; a `<time>` inside the story's prose or a related-links aside
(the date of something else); and a difference of one day when either stamp is
within three hours of midnight, which a time zone explains.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import BlockKind, Document, MetaCandidate, MetaField
from ..findings import Category, Hit, RelatedHit, Severity
from ..registry import Check, Context, Example, register

PUBLICATION_DATE_CONFLICT = Check(
    id="publication-date-conflict",
    category=Category.DATE,
    severity=Severity.WARNING,
    summary="The header, front matter, meta tags or dateline give two different publication dates.",
    description=__doc__,
    fires=Example(
        "date 2025-07-22 Pay talks set for Wednesday\n\n21 July 2025, 16:10\n\nTalks between the nurses' union and health officials are planned for Wednesday in Leeds.\n",
        lines=(3,),
    ),
    quiet=Example(
        "date 2025-07-22 Pay talks set for Wednesday\n\nUpdated 23 July 2025, 09:00\n\nTalks between the nurses' union and health officials are planned for Wednesday in Leeds.\n",
    ),
)
_UPDATED = re.compile(r"\b(?:updated|modified|revised|amended|edited|last\s+changed)\b", re.IGNORECASE)
_NOT_PUBLICATION_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.CAPTION, BlockKind.ASIDE, BlockKind.HEADING})
_MIDNIGHT_HOURS = 3


def _marked_updated(doc: Document, c: MetaCandidate) -> bool:
    """True when the candidate's own text, or the words just before it, say it is an update time."""
    before = doc.source[max(0, c.span.start - 60) : c.span.start]
    return bool(_UPDATED.search(c.value) or _UPDATED.search(doc.source[c.span.start : c.span.end]) or _UPDATED.search(before.rsplit(">", 2)[-1] if "<" in before else before))


def _inside_prose(doc: Document, c: MetaCandidate) -> bool:
    if c.source != "<time>":
        return False
    return any(b.kind in _NOT_PUBLICATION_KINDS and b.span.start <= c.span.start < b.span.end for b in doc.blocks)


def _near_midnight(c: MetaCandidate) -> bool:
    if not c.time:
        return False
    hour = int(c.time[:2])
    return hour < _MIDNIGHT_HOURS or hour >= 24 - _MIDNIGHT_HOURS


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at each publication-date candidate that disagrees with the others."""
    dated = [c for c in doc.candidates(MetaField.PUBLISHED) if c.date and not _inside_prose(doc, c)]
    if len({c.date for c in dated}) < 2:
        return []
    counts = Counter(c.date for c in dated)
    top = max(counts.values())
    agreed = next(c.date for c in dated if counts[c.date] == top)
    anchor = next(c for c in dated if c.date == agreed)
    hits = []
    for c in dated:
        if c.date == agreed:
            continue
        gap = (c.date - agreed).days
        if gap > 0 and _marked_updated(doc, c):
            continue
        if abs(gap) == 1 and (_near_midnight(c) or _near_midnight(anchor)):
            continue
        message = (
            f"The {c.source} dates the article {c.date.day} {c.date:%B %Y}, but the {anchor.source} "
            f"gives {agreed.day} {agreed:%B %Y}."
        )
        hits.append(Hit(PUBLICATION_DATE_CONFLICT.id, c.span, message, related=(RelatedHit(anchor.span, f"{anchor.source}: {agreed.isoformat()}"),)))
    return hits


register(run, PUBLICATION_DATE_CONFLICT)
