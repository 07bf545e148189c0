"""A relative date that contradicts the date written beside it ("yesterday, 14 March" in a piece dated 16 March).

A count from the last day the prose gave ("… at 11:40 p.m. Saturday, June 6." "The pickup had been reported stolen two
days earlier, on June 1") is read from that day, in its sentence or the paragraphs before: June 4.

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
from datetime import timedelta

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
    last_date = None  # the last day the prose gave before, with its block: what "two days earlier" counts from
    # every (month, day) the prose gave before, and the publication's: a count may start from any of them
    given: set[tuple[int, int]] = {(published.month, published.day)}
    for reading in context.annotation(doc).time.blocks:
        if reading.block.kind in _SKIP_KINDS:
            continue
        text = reading.text
        days = [d for d in reading.dates if d.day is not None and d.valid and d.resolved is not None and not reading.quoted(d.start)]
        for r in reading.relative:
            if r.anchor == "event" and r.unit in _DAYS_IN and not reading.quoted(r.start):
                hit = _counted_from_the_day_before(reading, r, days, last_date, given)
                if hit is not None:
                    hits.append(hit)
                continue
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
        if days:
            last_date = (reading, days[-1])
            given |= {(d.month, d.day) for d in days}
    return hits


_DAYS_IN = {"day": 1, "week": 7}


def _counted_from_the_day_before(reading, r, days, last_date, given) -> Hit | None:
    """A count of days from the last day the prose gave, with the day it reaches set beside it ("… at about 11:40 p.m.
    Saturday, June 6." "The pickup had been reported stolen from a driveway two days earlier, on June 1"): June 4. Quiet
    when the day beside it is that count from any day the prose gave before ("A-level results on Thursday 13 August …
    GCSE results follow a week later, on Thursday 20 August", other days between): the count may start there."""
    m = _APPOSITION.match(reading.text, r.end)
    if not m or not m.group().strip():
        return None
    date = next((d for d in days if (d.weekday_start if d.weekday_start is not None else d.start) == m.end()), None)
    before = [d for d in days if d.end <= r.start]
    anchor = (reading, before[-1]) if before else last_date
    if date is None or anchor is None:
        return None
    step = timedelta(days=r.offset * _DAYS_IN[r.unit])
    meant = anchor[1].resolved + step
    # a week counted loosely may land a day out ("a week later" from a Saturday to a Sunday)
    slack = [timedelta(days=k) for k in ((-1, 0, 1) if r.unit == "week" else (0,))]
    starts = {((date.resolved - step + k).month, (date.resolved - step + k).day) for k in slack}
    if (meant.month, meant.day) == (date.month, date.day) or starts & (given | {(d.month, d.day) for d in days if d.end <= r.start}):
        return None
    line = anchor[0].block.line if anchor[0] is not reading else None
    where = f" (line {line})" if line else ""
    message = (f"Counted from {anchor[1].text}{where}, \u201c{r.text}\u201d is {meant.day} {meant:%B}, "
               f"but the text beside it says {date.resolved.day} {date.resolved:%B}.")
    return Hit(RELATIVE_DATE_CONFLICT.id, reading.block.source_span(r.start, date.end), message)


register(run, RELATIVE_DATE_CONFLICT)
