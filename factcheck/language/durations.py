"""Durations and deadline phrases in news prose.

`find_durations` reads "in 50 days", "for 48 hours", "a 24-hour strike", "within a fortnight", "50 days on from",
"a 50-day deadline", "the '30-day push'", "six weeks", "a month-long strike". `find_deadline_phrases`
reads "by September 2", "no later than 1 March", "deadline of 2 September", with
the span of the date inside (the same span `find_dates` gives). `add_duration`
does the calendar arithmetic a check needs to compare them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .dates import DateMention, find_dates
from .numbers import NUMBER_WORDS_PATTERN, parse_number

__all__ = [
    "DeadlinePhrase",
    "Duration",
    "add_duration",
    "find_deadline_phrases",
    "find_durations",
]


@dataclass(frozen=True)
class Duration:
    """A length of time written in the text ("50 days", "a 50-day deadline")."""

    start: int
    end: int
    text: str
    amount: float
    unit: str  # hour|day|week|month|year
    days: float | None  # length in days for hours, days and weeks; None for months and years
    relation: str | None = None  # within|in|from|after|for|deadline|None
    noun: str | None = None  # "deadline" in "50-day deadline"


@dataclass(frozen=True)
class DeadlinePhrase:
    """A phrase setting a date as a limit ("by 2 September", "no later than 1 March")."""

    start: int
    end: int
    text: str
    kind: str  # by|no-later-than|expires|due|until|deadline-of
    date_start: int
    date_end: int
    date: DateMention


_AMOUNT = rf"(?P<amount>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{NUMBER_WORDS_PATTERN}|an?)"
# a night counts as the day it opens ("closed for 12 nights from 2 March" ends on the morning of the 14th)
_UNIT = r"(?P<unit>hour|day|week|fortnight|month|year|night(?=s?\b))"
_ANY_UNIT = re.compile(r"hour|day|week|fortnight|month|year|night", re.IGNORECASE)  # a unit anywhere, even inside a word

# "in 50 days", "within the next 30 days", "for six weeks", "50 days from", "two months"
_DURATION_RE = re.compile(
    rf"(?<![\w£$€.,-])(?:(?P<rel>within|in|for|after)\s+(?:the\s+(?:next|coming|first|following|initial)\s+|an\s+initial\s+)?)?"
    rf"{_AMOUNT}\s+{_UNIT}(?P<plural>s)?(?!-long)(?:['’]\s+time\b)?"
    r"(?P<tail>(?:\s+on)?\s+from\b|\s+after\b)?",
    re.IGNORECASE,
)
# "a 50-day deadline", "90-day ceasefire", "six-week"; noun after the compound
_COMPOUND_RE = re.compile(
    rf"(?<![\w£$€.,-])(?P<compound>{_AMOUNT}-{_UNIT}(?:-long)?)(?![\w-])"
    r"(?:\s+(?P<noun>[a-z][a-z-]*))?",
    re.IGNORECASE,
)
# "a fortnight-long strike", "a month-long closure", "a week-long ceasefire": one unit, no number
_ONE_UNIT_COMPOUND_RE = re.compile(r"(?<![\w£$€.,-])(?P<compound>(?P<unit>day|week|fortnight|month|year)-long)(?![\w-])(?:\s+(?P<noun>[a-z][a-z-]*))?", re.IGNORECASE)
_DEADLINE_NOUNS = frozenset({"deadline", "ultimatum", "limit", "countdown"})
_NOT_NOUNS = frozenset(
    """old olds and or of to in on at by for with from the a an is was are were be
    that which who has have had will would after before ago later earlier""".split()
)
# "no later than", "the deadline is", "the last date for submission fixed as", "(a window) that closes on": a limit date follows
# "three days ago", "two weeks later", "45 years old": relative times and ages, not durations; "three days a week",
# "two nights per month": a rate
_NOT_DURATION_AFTER_RE = re.compile(
    r"\s+(?:ago|later|earlier|old|previously|beforehand|(?:a|an|per|each|every)\s+(?:day|night|week|fortnight|month|year)\b)\b", re.I
)
_DEADLINE_BEFORE_RE = re.compile(
    r"\b(?:(?P<nlt>no\s+later\s+than)|(?P<due>due\s+(?:by|on|before))|"
    r"(?P<expires>expir(?:es|ed|e|ing)(?:\s+on)?|(?:runs?|ran|running)\s+out(?:\s+on)?|(?:that|which)\s+(?:closes|closed|ends|ended)\s+on)|(?P<deadline>(?:deadline|closing\s+date|last\s+date|due\s+date|cut-?off)(?:\s+for\s+[a-z]+(?:\s+of\s+[a-z]+)?)?\s+(?:of|on|is|was|(?:has\s+been\s+|was\s+|is\s+)?(?:fixed|set)\s+(?:as|at|for)))|"
    # "by 5.30pm on Monday, 23 March", "until noon on Friday": the hour before the day
    r"(?P<until>until|till)|(?P<by>by))\s+(?:(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midnight|midday)\s+(?:on\s+)?)?\Z",
    re.IGNORECASE,
)
_KINDS = {
    "nlt": "no-later-than", "due": "due", "expires": "expires",
    "deadline": "deadline-of", "until": "until", "by": "by",
}


def _amount_value(raw: str) -> float | None:
    if raw.lower() in ("a", "an"):
        return 1.0
    return parse_number(raw)


def _length(amount: float, unit: str) -> tuple[float, str, float | None]:
    """Normalise (amount, unit) and give the length in days where it is fixed."""
    unit = unit.lower()
    if unit == "fortnight":
        amount, unit = amount * 2, "week"
    elif unit == "night":
        unit = "day"
    days: float | None = None
    if unit == "day":
        days = amount
    elif unit == "hour":
        days = amount / 24
    elif unit == "week":
        days = amount * 7
    return amount, unit, days


_TITLE_GOES_ON_RE = re.compile(r"\s+(?:of\s+|in\s+|on\s+)?[A-Z]")
_PROSE_AFTER_RE = re.compile(r"\b[a-z]{3,}\b")


def find_durations(text: str) -> list[Duration]:
    """Return the durations in text, in order, with amount, unit, length in days and relation."""
    if not _ANY_UNIT.search(text):
        return []  # every duration writes its unit: a text with none (most) need not be scanned three times
    found: list[Duration] = []
    for m in _COMPOUND_RE.finditer(text):
        amount = _amount_value(m.group("amount"))
        if amount is None:
            continue
        noun = m.group("noun")
        end = m.end()
        if noun and noun.lower() in _NOT_NOUNS:
            noun, end = None, m.end("compound")
        elif noun:
            noun = noun.lower()
        value, unit, days = _length(amount, m.group("unit"))
        relation = "deadline" if noun in _DEADLINE_NOUNS else None
        s = m.start()
        found.append(Duration(s, end, text[s:end], value, unit, days, relation, noun))

    for m in _ONE_UNIT_COMPOUND_RE.finditer(text):
        noun = m.group("noun")
        end = m.end()
        if noun and noun.lower() in _NOT_NOUNS:
            noun, end = None, m.end("compound")
        value, unit, days = _length(1.0, m.group("unit"))
        relation = "deadline" if noun and noun.lower() in _DEADLINE_NOUNS else None
        found.append(Duration(m.start(), end, text[m.start():end], value, unit, days, relation, noun.lower() if noun else None))

    for m in _DURATION_RE.finditer(text):
        raw_amount = m.group("amount")
        if raw_amount.lower() in ("a", "an") and not m.group("rel") and m.group("unit").lower() != "fortnight":
            continue  # "once a week", "twice a day"
        amount = _amount_value(raw_amount)
        if amount is None:
            continue
        if _NOT_DURATION_AFTER_RE.match(text, m.end()) and not m.group("tail"):
            continue
        if m.group("unit")[:1].isupper() and raw_amount[:1].isupper() and _TITLE_GOES_ON_RE.match(text, m.end()) and _PROSE_AFTER_RE.search(text, m.end(), m.end() + 80):
            continue  # "*Dhow Routes: A Thousand Years of Indian Ocean Trade* opens on Saturday": a title's words, in prose
        relation = m.group("rel").lower() if m.group("rel") else None
        tail = (m.group("tail") or "").lower()
        if "from" in tail:
            relation = "from"
        elif "after" in tail:
            relation = relation or "after"
        value, unit, days = _length(amount, m.group("unit"))
        s, e = m.span()
        found.append(Duration(s, e, text[s:e], value, unit, days, relation, None))

    found.sort(key=lambda d: (d.start, d.start - d.end))
    result: list[Duration] = []
    last_end = -1
    for d in found:
        if d.start >= last_end:
            result.append(d)
            last_end = d.end
    return result


def find_deadline_phrases(text: str, *, reference: date | None = None, dates: list[DateMention] | None = None) -> list[DeadlinePhrase]:
    """Return the phrases that set a date as a limit ("by 2 September"), with the date's span (dates: the text's, if already read)."""
    result: list[DeadlinePhrase] = []
    for d in find_dates(text, reference=reference) if dates is None else dates:
        head = text[max(0, d.start - 50):d.start]
        m = _DEADLINE_BEFORE_RE.search(head)
        if not m:
            continue
        kind = _KINDS[m.lastgroup]
        start = d.start - (len(head) - m.start())
        result.append(DeadlinePhrase(start, d.end, text[start:d.end], kind, d.start, d.end, d))
    return result


def add_duration(start: date, amount: float, unit: str) -> date:
    """Return the date `amount` units after `start` (calendar months and years, via dateutil)."""
    unit = unit.lower().rstrip("s")
    if unit == "fortnight":
        amount, unit = amount * 2, "week"
    if unit == "day":
        return start + timedelta(days=amount)
    if unit == "hour":
        return start + timedelta(hours=amount)  # a datetime to the hour; a date by whole days
    if unit == "week":
        return start + timedelta(weeks=amount)
    whole = int(amount)
    fraction = amount - whole
    if unit == "month":
        # a part month counts as 30 days: "one and a half months"
        return start + relativedelta(months=whole) + timedelta(days=round(fraction * 30))
    if unit == "year":
        return start + relativedelta(years=whole) + timedelta(days=round(fraction * 365))
    raise ValueError(f"unknown unit of time: {unit!r}")
