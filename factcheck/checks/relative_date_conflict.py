"""A relative date that contradicts the date written beside it ("yesterday, 14 March" in a piece dated 16 March).

Only a relative expression with the date or weekday set straight beside it, as
apposition or in brackets ("yesterday, 3 March", "last night (Monday)", "today,
Tuesday", "last week, on 14 July", "next month, in April") is compared: there the
writer says both mean the same day, and the publication date decides whether
they can. A relative word and a date elsewhere in the sentence may name two
different things and are never compared. "Last week" is read generously (the
previous calendar week or the seven days before publication). Needs a
publication date; quotes are left alone (the speaker's "today" is the day they
spoke).
"""

from __future__ import annotations

import re

from ..document import BlockKind, Document
from ..findings import Category, Hit, Severity
from ..registry import Check, Context, Example, register
from ..reading.times import WEEKDAY_NAMES, relative_window

RELATIVE_DATE_CONFLICT = Check(
    id="relative-date-conflict",
    category=Category.DATE,
    severity=Severity.WARNING,
    summary="\u201cYesterday\u201d, \u201ctoday\u201d, \u201clast week\u201d and the like contradict the date written beside them.",
    description=__doc__,
    fires=Example(
        "date 2025-03-16 Council backs new housing plan\n\nThe vote, taken yesterday, 14 March, was carried by 31 votes to 22.\n",
        lines=(3,),
    ),
    quiet=Example(
        "date 2025-03-16 Council backs new housing plan\n\nThe vote, taken yesterday, 15 March, was carried by 31 votes to 22. "
        "Yesterday the council also recalled its meeting of 3 March.\n",
    ),
)
# What may sit between the relative expression and the date it restates.
_APPOSITION = re.compile(r"\s*(?:,|\(|\u2013|\u2014|-)\s*(?:(?:on|in|the)\s+)?")
_SKIP_KINDS = frozenset({BlockKind.ASIDE, BlockKind.DATELINE, BlockKind.HEADLINE, BlockKind.QUOTE})


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at each relative expression whose restated date it cannot mean."""
    published = doc.published
    if published is None:
        return []
    hits = []
    for reading in context.annotation(doc).time.blocks:
        if reading.block.kind in _SKIP_KINDS:
            continue
        text = reading.text
        for r in reading.relative:
            window = relative_window(r, published)
            if window is None or reading.quoted(r.start):
                continue
            m = _APPOSITION.match(text, r.end)
            if not m or not m.group().strip():
                continue
            at = m.end()
            date = next((d for d in reading.dates if (d.weekday_start if d.weekday_start is not None else d.start) == at), None)
            weekday = next((w for w in reading.weekdays if w.start == at and not w.part_of_date and w.qualifier is None), None)
            first, last = window
            if date is not None and date.valid and date.month is not None and date.year is not None:
                if date.day is not None:
                    day = date.resolved
                    if day is None or first <= day <= last:
                        continue
                    said = f"{day.day} {day:%B}"
                else:
                    if (first.year, first.month) <= (date.year, date.month) <= (last.year, last.month):
                        continue
                    said = date.text
                end = date.end
            elif weekday is not None and r.unit == "day":
                if first.weekday() == weekday.weekday:
                    continue
                said = WEEKDAY_NAMES[weekday.weekday]
                end = weekday.end
            else:
                continue
            meant = f"{first.day} {first:%B}" if first == last else f"{first.day} {first:%B} to {last.day} {last:%B}"
            if r.unit == "day" and first == last:
                meant = f"{WEEKDAY_NAMES[first.weekday()]} {meant}"
            message = (
                f"\u201c{r.text}\u201d in an article dated {published.day} {published:%B %Y} means {meant}, "
                f"but the text beside it says {said}."
            )
            hits.append(Hit(RELATIVE_DATE_CONFLICT.id, reading.block.source_span(r.start, end), message))
    return hits


register(run, RELATIVE_DATE_CONFLICT)
