"""A date that does not exist: 31 June, 29 February 2025, 2025-13-02.

Dates are read in every form copy writes them ("31 June", "June 31, 2025",
"2025-13-02", "31/06/2025", with `date-order` deciding 02/03). A 29 February
without a year is checked against the February nearest the publication date:
in a piece dated 5 March 2026, "on 29 February" is last month, and 2026 is not a
leap year; a leap year written in the same paragraph ("in 2024") quiets it.
"the 31st" alone is not checked: which month it belongs to is a guess.
"""

from __future__ import annotations

import calendar
import datetime as _dt

from ..document import Document
from ..findings import Category, Hit, Severity
from ..language.dates import DateMention
from ..registry import Check, Context, Example, register
from ..reading.times import BlockReading

IMPOSSIBLE_DATE = Check(
    id="impossible-date",
    category=Category.DATE,
    severity=Severity.ERROR,
    summary="A date that does not exist, such as 31 June or 29 February in a year that is not a leap year.",
    description=__doc__,
    fires=Example(
        "date 2025-07-02 Tenants win rent freeze\n\nThe freeze took effect on 31 June after a vote by the board.\n",
        lines=(3,),
    ),
    quiet=Example(
        "date 2025-07-02 Tenants win rent freeze\n\nThe freeze took effect on 30 June. The last freeze began on 29 February 2024.\n",
    ),
)
# A year-less 29 February is read as the February within this many days of publication.
_NEAR_DAYS = 300


def _why(m: DateMention) -> str:
    if m.month is None or not 1 <= m.month <= 12:
        return f"there is no month {m.month}"
    if m.month == 2 and m.day == 29 and m.year is not None:
        return f"{m.year} is not a leap year"
    days = 29 if m.month == 2 and m.year is None else calendar.monthrange(m.year or 2001, m.month)[1]
    return f"{calendar.month_name[m.month]} has {days} days"


def _stray_leap_day(m: DateMention, reading: BlockReading, published: _dt.date | None) -> int | None:
    """The year of the February nearest publication, when a year-less 29 February cannot be in it."""
    if m.explicit_year or m.month != 2 or m.day != 29 or published is None or m.form not in ("day-month", "month-day"):
        return None
    if any(calendar.isleap(y) for y in reading.years):
        return None
    near = [y for y in (published.year - 1, published.year, published.year + 1) if abs((_dt.date(y, 2, 28) - published).days) <= _NEAR_DAYS]
    if not near or any(calendar.isleap(y) for y in near):
        return None
    return min(near, key=lambda y: abs((_dt.date(y, 2, 28) - published).days))


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at every date that cannot exist."""
    hits = []
    for reading in context.annotation(doc).time.blocks:
        for m in reading.dates:
            if m.form == "day-only" or m.day is None:
                continue
            if not m.valid:
                message = f"\u201c{m.text}\u201d is not a date: {_why(m)}."
            else:
                year = _stray_leap_day(m, reading, doc.published)
                if year is None:
                    continue
                message = f"\u201c{m.text}\u201d has no year, and the February nearest the publication date ({doc.published.day} {doc.published:%B %Y}) is in {year}, which is not a leap year."
            start = m.start if m.weekday_start is None else m.weekday_start
            hits.append(Hit(IMPOSSIBLE_DATE.id, reading.block.source_span(start, m.end), message))
    return hits


register(run, IMPOSSIBLE_DATE)
