"""Dates, weekdays and relative time expressions in news prose.

Three readers, each returning frozen records with exact spans into the text:

- `find_dates`: absolute dates ("22 July 2025", "Tuesday, July 22", "Sept. 2",
  "2025-07-22", "22/07/2025", "the 14th", "July 2025"). Year-less dates are
  resolved against the publication date. Impossible dates ("31 June") are
  returned with ``valid=False`` so a check can flag them.
- `find_weekdays`: weekday words with their qualifier ("last Tuesday", "every
  Monday", "on Monday next week", "Monday's meeting").
- `find_relative`: "yesterday", "last week", "earlier this year", "three days
  ago" (relative to publication) and "two weeks later", "the day before"
  (relative to another event).

Months and weekdays are matched only when capitalised, as copy writes them, so
"may" the verb and "march" the verb never match; "May" and "March" need a day
number or a year beside them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import MAXYEAR, MINYEAR, date

from .numbers import NUMBER_WORDS_PATTERN, parse_number

__all__ = [
    "DateMention",
    "RelativeMention",
    "WeekdayMention",
    "find_dates",
    "find_relative",
    "find_weekdays",
    "month_number",
    "weekday_date",
    "weekday_number",
]

_MONTH_NUMBERS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAY_NUMBERS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2,
    "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4,
    "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

# Full names first so "Jun" never cuts "June"; abbreviations may carry a dot.
_MONTH = (
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|"
    r"Dec)\b\.?)"
)
_WEEKDAY_PREFIX = (
    r"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|"
    r"Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b(?:\.?,?\s+|\s+\())"  # "Wednesday (12 February)" glosses the day with its date
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR_AFTER = r"(?:,?\s+(?P<year>\d{4})\b(?![,.]?\d))"

_DAY_MONTH_RE = re.compile(
    rf"(?<![\w.,£$€/:-]){_WEEKDAY_PREFIX}?(?:the\s+)?{_DAY}\b(?:\s+of)?\s+{_MONTH}{_YEAR_AFTER}?"
)
_MONTH_DAY_RE = re.compile(
    rf"(?<![\w.-]){_WEEKDAY_PREFIX}?{_MONTH}\s+{_DAY}\b(?![,.:]\d|\s*(?:%|-\d|–\d))"
    rf"{_YEAR_AFTER}?"
)
_MONTH_YEAR_RE = re.compile(rf"(?<![\w.-]){_MONTH}\s+(?P<year>1\d{{3}}|2\d{{3}})\b(?![,.]?\d)")
_ISO_RE = re.compile(r"(?<![\w/.-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d/-])")
# "14/03/2026", "14.03.2026", "14-03-2026" (with a four-digit year only: "3-1-2" is no date), and in fact boxes a
# weekday before a yearless day and month ("Fri 22/5"): without the weekday, "22/5" is as likely a score
_NUMERIC_RE = re.compile(
    rf"(?<![\w/.,-]){_WEEKDAY_PREFIX}?(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?:(?P=sep)(?P<year>\d{{4}}|\d{{2}}))?"
    r"(?![\w/-]|\.\d)"
)
# "the 14th" alone names a day of the current month only when nothing follows
# that would make it an ordinal ("the 14th century", "the 4th time").
_DAY_ONLY_RE = re.compile(
    r"\bthe\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[.,;:!?)]|\Z)|\s+(?:of\s+(?:this|the|next|last)\s+month|and|or|at|to|when)\b)"
)
# "on Friday 24 January last year": the year is the publication year's neighbour
_YEAR_WORD_AFTER_RE = re.compile(r",?\s+(?P<which>last|next|this)\s+year\b")
_YEAR_WORD_OFFSET = {"last": -1, "this": 0, "next": 1}
# "Last year it extended the comment period … from March 3 to April 2": a year opening the sentence is its dates'
# (periods.py reads the same opening, with OPENING_YEAR, to tell another year's period)
OPENING_YEAR = r"(?:(?P<which>[Ll]ast|[Nn]ext)\s+year|[Ii]n\s+(?P<year>(?:19|20)\d\d))\b"
_OPENING_YEAR_RE = re.compile(r"(?:\A|[.!?]\s+)[\"\u201c]?" + OPENING_YEAR + r"[^.!?]*\Z")


_AHEAD_RE = re.compile(r"\b(?:will|shall|would|due|set\s+to|going\s+to|next|until|till)\b|['\u2019]ll\b", re.IGNORECASE)


def _opening_year(text: str, pos: int, reference: date) -> int | None:
    """The year a sentence opens with ("Last year, …", "In 2024 the board …"), for a year-less date inside it."""
    m = _OPENING_YEAR_RE.search(text, max(0, pos - 300), pos)
    if m is None or _AHEAD_RE.search(text, m.end("which") if m.group("which") else m.end("year"), pos):
        return None  # "Last year the council voted to shut the pool, which will close on March 3": the date is ahead
    return int(m.group("year")) if m.group("year") else reference.year + _YEAR_WORD_OFFSET[m.group("which").lower()]


# "Theresa May 10 years ago": "May" after a capitalised word is a surname.
_NAME_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)\s+\Z")
_NOT_NAMES = frozenset(
    "On In By From Since Until Till Before After Last Next Early Late Mid Of Between "
    "And To Through Or Until Throughout During Around About Circa For At Also Then "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


@dataclass(frozen=True)
class DateMention:
    """An absolute date written in the text."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None  # None for "July 2025"
    weekday: int | None = None  # 0=Monday, when a weekday is written with the date
    weekday_start: int | None = None
    weekday_end: int | None = None
    explicit_year: bool = False
    valid: bool = True  # False for 31 June, 29 February 2025, 2025-13-02
    form: str = "day-month"  # day-month|month-day|month-year|iso|numeric|day-only

    @property
    def resolved(self) -> date | None:
        """The calendar date, or None if impossible, day-less or without a year."""
        if not self.valid or self.year is None or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


@dataclass(frozen=True)
class WeekdayMention:
    """A weekday word ("Monday") with how the copy qualifies it."""

    start: int
    end: int
    text: str
    weekday: int  # 0=Monday
    qualifier: str | None = None  # None|last|next|this|every|next-week|last-week|anaphoric|anniversary
    possessive: bool = False  # "Monday's meeting"
    part_of_date: bool = False  # "Tuesday 22 July": a relative check skips it


@dataclass(frozen=True)
class RelativeMention:
    """A time expression relative to the publication date or to another event."""

    start: int
    end: int
    text: str
    unit: str  # day|week|month|year
    offset: int  # yesterday=-1, today=0, next week=+1, three days ago=-3
    anchor: str  # "publication" or "event"


def month_number(name: str) -> int | None:
    """Return 1-12 for a month name or abbreviation ("Sept." -> 9), else None."""
    return _MONTH_NUMBERS.get(name.rstrip(".").lower())


def weekday_number(name: str) -> int | None:
    """Return 0-6 (Monday=0) for a weekday name or abbreviation, else None."""
    return _WEEKDAY_NUMBERS.get(name.rstrip(".").lower())


def weekday_date(published: date, weekday: int, ahead: bool) -> date:
    """Return the day a bare weekday names in a piece dated `published`: the latest one, or the coming one when ahead.

    The publication day itself is both: "on Tuesday" in a piece dated Tuesday is today.
    """
    from datetime import timedelta

    if ahead:
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _is_valid(year: int | None, month: int, day: int) -> bool:
    """Whether day/month exist (in year, or in some year when year is unknown)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is None:
        return day <= (29 if month == 2 else calendar.monthrange(2001, month)[1])
    return day <= calendar.monthrange(year, month)[1]


def _nearest_year(month: int, day: int, reference: date) -> int | None:
    """The year that puts day/month closest to the reference date."""
    best: tuple[int, int] | None = None
    # (within the calendar: a piece dated 0001-01-01 or 9999-12-31 has no year beyond it)
    for year in range(max(MINYEAR, reference.year - 4), min(MAXYEAR, reference.year + 4) + 1):
        if _is_valid(year, month, day):
            gap = abs((date(year, month, day) - reference).days)
            if best is None or gap < best[0]:
                best = (gap, year)
    return best[1] if best else None


def _two_digit_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _may_is_surname(text: str, m: re.Match[str]) -> bool:
    """True for "Theresa May 10 …": "May" straight after a capitalised name."""
    if m.group("month") != "May" or m.group("wd"):
        return False
    head = text[max(0, m.start("month") - 20):m.start("month")]
    if head.rstrip().endswith(("the", "The")):
        return False
    name = _NAME_BEFORE_RE.search(head)
    return bool(name and name.group(1) not in _NOT_NAMES)


def _mention(
    text: str,
    start: int,
    end: int,
    year: int | None,
    month: int,
    day: int | None,
    reference: date | None,
    form: str,
    wd: tuple[int, int] | None = None,
) -> DateMention:
    explicit = year is not None
    if day is None:
        valid = 1 <= month <= 12
    elif year is not None:
        valid = _is_valid(year, month, day)
    else:
        valid = _is_valid(None, month, day)
        if valid and reference is not None:
            year = _nearest_year(month, day, reference)
            valid = year is not None
        elif reference is not None:
            year = reference.year
    weekday = weekday_number(text[wd[0]:wd[1]]) if wd else None
    return DateMention(
        start=start, end=end, text=text[start:end], year=year, month=month, day=day,
        weekday=weekday, weekday_start=wd[0] if wd else None,
        weekday_end=wd[1] if wd else None, explicit_year=explicit, valid=valid, form=form,
    )


def find_dates(
    text: str, *, reference: date | None = None, day_first: bool = True
) -> list[DateMention]:
    """Return the absolute dates in text, in order, resolved against the publication date."""
    if not _DIGIT_RE.search(text):
        return []  # every form of date has a number in it
    found: list[tuple[int, int, DateMention]] = []  # (start, -length, mention)

    def add(mention: DateMention) -> None:
        found.append((mention.start, mention.start - mention.end, mention))

    for regex, form in ((_DAY_MONTH_RE, "day-month"), (_MONTH_DAY_RE, "month-day")):
        for m in regex.finditer(text):
            if _may_is_surname(text, m):
                continue
            year = int(m.group("year")) if m.group("year") else None
            if year is None and reference is not None and (ym := _YEAR_WORD_AFTER_RE.match(text, m.end())):
                year = reference.year + _YEAR_WORD_OFFSET[ym.group("which")]
            if year is None and reference is not None:
                year = _opening_year(text, m.start(), reference)
            wd = m.span("wd") if m.group("wd") else None
            # "the 22nd of July": the span starts at the weekday or the date itself
            start = m.start("wd") if wd else m.start("day" if form == "day-month" else "month")
            add(_mention(text, start, m.end(), year, month_number(m.group("month")),
                         int(m.group("day")), reference, form, wd))

    for m in _MONTH_YEAR_RE.finditer(text):
        if _may_is_surname_simple(text, m):
            continue
        add(_mention(text, m.start(), m.end(), int(m.group("year")),
                     month_number(m.group("month")), None, reference, "month-year"))

    for m in _ISO_RE.finditer(text):
        add(_mention(text, m.start(), m.end(), int(m.group("year")), int(m.group("month")),
                     int(m.group("day")), reference, "iso"))

    for m in _NUMERIC_RE.finditer(text):
        year_text = m.group("year")
        if year_text is None and (m.group("wd") is None or m.group("sep") != "/"):
            continue  # "22/5" alone may be a score or a fraction
        if m.group("sep") in ".-" and year_text is not None and len(year_text) != 4:
            continue  # "1.5.2" is a version, not a date
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (a, b) if day_first else (b, a)
        if month > 12 and day <= 12:
            day, month = month, day  # only one reading is possible
        wd = m.span("wd") if m.group("wd") else None
        add(_mention(text, m.start(), m.end(), _two_digit_year(year_text) if year_text else None, month, day,
                     reference, "numeric", wd))

    for m in _DAY_ONLY_RE.finditer(text):
        day = int(m.group("day"))
        if reference is None:
            mention = DateMention(m.start(), m.end(), m.group(), None, None, day,
                                  valid=1 <= day <= 31, form="day-only")
        else:
            mention = DateMention(
                m.start(), m.end(), m.group(), reference.year, reference.month, day,
                valid=_is_valid(reference.year, reference.month, day), form="day-only",
            )
        add(mention)

    for m in _WEEKDAY_DAY_RE.finditer(text):
        # kept only when the date after it gives its month (below)
        add(DateMention(m.start(), m.end(), m.group(), None, None, int(m.group("day")), valid=True, form="weekday-day",
                        weekday=weekday_number(m.group("wd")), weekday_start=m.start("wd"), weekday_end=m.end("wd")))

    found.sort(key=lambda item: (item[0], item[1]))
    result: list[DateMention] = []
    last_end = -1
    for start, _, mention in found:
        if start >= last_end:
            result.append(mention)
            last_end = mention.end
    for i, (day, after) in enumerate(zip(result, result[1:])):
        if day.form in ("day-only", "weekday-day") and after.month is not None and after.day is not None and _DAY_SHARING_MONTH_RE.fullmatch(text, day.end, after.start):
            # "the 6th and 7th of December", "between the 6th and the 9th of May": the first day is in the second's month
            year = after.year if after.year is not None else day.year
            result[i] = replace(day, year=year, month=after.month, explicit_year=after.explicit_year,
                                valid=year is None or _is_valid(year, after.month, day.day), form="day-only")
    return [d for d in result if d.form != "weekday-day"]


_DAY_SHARING_MONTH_RE = re.compile(r"\s*(?:and|or|to|until|till|through|-|\u2013|&)\s*(?:the\s+)?")


_WD_WORD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?"
# "Tuesday 21 and Wednesday 22 April", "Monday 6 to Friday 10 July": a weekday's day whose month is the next date's
_WEEKDAY_DAY_RE = re.compile(
    rf"(?<![\w.-]){_WD_WORD},?\s+{_DAY}\b(?=\s*(?:and|or|to|until|till|through|&)\s|\s*[-\u2013]\s*[A-Z0-9])"
)
# a weekday written after its date: "21 January (Thursday)", "January 21, Thursday", "21 January, a Thursday" (not "January 21, Thursday and Friday",
# "January 21, Thursday's meeting")
_WEEKDAY_AFTER_RE = re.compile(
    rf"(?:\s*\(\s*(?=[A-Z][a-z]+\.?\s*\))|,\s+(?:a\s+)?){_WD_WORD}(?!['\u2019]s)(?!\s*(?:and|or|&|to|through|till|until|-|\u2013)\b)(?!\s*[-\u2013,]\s*\d)"
)
# a weekday with its part of the day before the date: "Thursday night, 21 January", "on Friday morning (22 May)",
# and a weekday set off from its date by a dash: "on Tuesday — March 4 — the chamber"
_WEEKDAY_PART_BEFORE_RE = re.compile(
    rf"\b{_WD_WORD}(?:\s+(?:night|morning|afternoon|evening|lunchtime)\s*(?:,\s*|\(\s*)|\s*[—–]\s*|\s+-\s+)\Z"
)


def weekdays_beside(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates written without a weekday in front that have one beside them all the same ("21 January (Thursday)",
    "January 21, Thursday", "Thursday night, 21 January"), each with that weekday and its span."""
    from dataclasses import replace

    found = []
    for d in dates:
        if d.weekday is not None or d.day is None or d.month is None or d.form not in ("day-month", "month-day", "numeric", "iso"):
            continue
        m = _WEEKDAY_AFTER_RE.match(text, d.end) or _WEEKDAY_PART_BEFORE_RE.search(text, max(0, d.start - 30), d.start)
        if m is not None:
            found.append(replace(d, weekday=weekday_number(m.group("wd")), weekday_start=m.start("wd"), weekday_end=m.end("wd")))
    return found


def _may_is_surname_simple(text: str, m: re.Match[str]) -> bool:
    """Like _may_is_surname for patterns without a weekday group."""
    if m.group("month") != "May":
        return False
    name = _NAME_BEFORE_RE.search(text[max(0, m.start() - 20):m.start()])
    return bool(name and name.group(1) not in _NOT_NAMES)


# --- weekdays -----------------------------------------------------------------

_DIGIT_RE = re.compile(r"\d")
_WEEKDAY_RE = re.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?P<plural>s)?"
    r"(?P<poss>['’]s)?\b"
)
_QUALIFIER_BEFORE_RE = re.compile(
    r"\b(last|next|this|every|each|coming|this\s+coming|the\s+following|the\s+previous)\s+\Z",
    re.IGNORECASE,
)
_WEEK_AFTER_RE = re.compile(r"\s+(?:(next|last)\s+)?week\b(?!['’]s)")
# "the Saturday", "that Sunday", "the Sunday before": a day fixed by the story
# being told, not the nearest one to the publication date.
_ANAPHORIC_BEFORE_RE = re.compile(r"\b(?:the|that|the\s+same)\s+\Z", re.IGNORECASE)
# "Fifty years ago on Tuesday": the anniversary falls on the coming Tuesday.
_ANNIVERSARY_BEFORE_RE = re.compile(r"\b(?:years?|decades?|centur(?:y|ies))\s+ago\s+(?:on|this|next)\s+\Z", re.IGNORECASE)
# "Black Friday", "Sheffield Wednesday": named days, not days of this week.
_NAMED_DAY_BEFORE_RE = re.compile(
    r"\b(?:Black|Good|Super|Bloody|Ash|Cyber|Easter|Palm|Holy|Maundy|Shrove|Whit|"
    r"Giving|Sheffield|Manic|Blue|Low|Trinity|Mothering|Remembrance|Small\s+Business)\s+\Z"
)
_NAMED_DAY_AFTER_RE = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|People|Sport|World|"
    r"Independent|Night\s+Live|Politics|Kitchen|Brunch|Live|Show|Star|Sun|Record|"
    r"Business|Review|Magazine|Supplement|League|Club|School)\b"
)
# "a new Sunday service", "Saturday trains", "Sunday trading": a weekday standing as an
# adjective for something that happens on that day of every week (not after "on":
# "on Monday trains will run" is one Monday)
_ATTRIBUTIVE_AFTER_RE = re.compile(
    r"\s+(?:services?|trains?|buses|timetables?|collections?|trading|flights?|sailings?|"
    r"markets?|sessions?|shifts?|fixtures?|lunch(?:es)?|editions?|opening\s+hours|schools?|roasts?|papers?|leagues?|"
    r"prayers|mass|worship|supplements?|magazines?|brunch(?:es)?|cuts?|ferry|ferries|crossings?|routes?|hours)\b"
)
_ON_BEFORE_RE = re.compile(r"\b(?:on|by|until|from|before|after)\s+\Z", re.IGNORECASE)
_ON_NAMED_DAY_BEFORE_RE = re.compile(r"\b(?:Mail|Independent|Scotland|Observer|Wales)\s+on\s+\Z")
# "Tuesday and Wednesday, 24 and 25 February": two weekdays, then their two days
_PAIRED_WEEKDAY_RE = re.compile(r"\s+(?:and|&)\s+(?P<next>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
_DAY_PAIR_AFTER_RE = re.compile(r",?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|&)\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+")
_MAN_FRIDAY_RE = re.compile(r"\b(?:Man|Girl|Guy)\s+\Z")


def find_weekdays(text: str, dates: list[DateMention] | None = None) -> list[WeekdayMention]:
    """Return the weekday words in text, each with its qualifier, possessive and date flags (dates: the text's, if already read)."""
    if "day" not in text and not _DIGIT_RE.search(text):
        return []  # no weekday name, and no date an abbreviation could lean on
    dated = {
        (d.weekday_start, d.weekday_end): d for d in (find_dates(text) if dates is None else dates) if d.weekday_start is not None
    }
    result: list[WeekdayMention] = []
    seen: set[tuple[int, int]] = set()
    for m in _WEEKDAY_RE.finditer(text):
        start, end = m.start("wd"), m.end("plural") if m.group("plural") else m.end("wd")
        head = text[max(0, start - 30):start]
        if _NAMED_DAY_BEFORE_RE.search(head) or _ON_NAMED_DAY_BEFORE_RE.search(head):
            continue
        if m.group("wd") == "Friday" and _MAN_FRIDAY_RE.search(head):
            continue
        if not m.group("poss") and _NAMED_DAY_AFTER_RE.match(text, end):
            continue
        qualifier = None
        qm = _QUALIFIER_BEFORE_RE.search(head)
        if qm:
            word = qm.group(1).lower().split()[-1]
            qualifier = {
                "each": "every", "coming": "next", "following": None, "previous": None
            }.get(word, word)
        if qualifier is None and _ANNIVERSARY_BEFORE_RE.search(head):
            qualifier = "anniversary"
        elif qualifier is None and _ANAPHORIC_BEFORE_RE.search(head) and not m.group("plural"):
            qualifier = "anaphoric"  # "on the Saturday", "that Sunday"
        if m.group("plural"):
            qualifier = "every"  # "on Mondays"
        elif (qualifier is None and not m.group("poss") and _ATTRIBUTIVE_AFTER_RE.match(text, end)
              and not _ON_BEFORE_RE.search(head)):
            qualifier = "every"  # "a new Sunday service"
        wm = _WEEK_AFTER_RE.match(text, m.end())
        if wm and not m.group("poss") and not m.group("plural"):
            qualifier = "last-week" if wm.group(1) == "last" else "next-week"
        part_of_date = (start, m.end("wd")) in dated
        if not part_of_date and (paired := _PAIRED_WEEKDAY_RE.match(text, m.end("wd"))) is not None:
            # "Tuesday and Wednesday, 24 and 25 February": the first weekday is dated by the first day of the pair
            part_of_date = any(ws == paired.start("next") for ws, _ in dated) or _DAY_PAIR_AFTER_RE.match(text, paired.end()) is not None
        seen.add((start, m.end("wd")))
        result.append(WeekdayMention(
            start=start, end=end, text=text[start:end], weekday=_WEEKDAY_NUMBERS[m.group("wd").lower()],
            qualifier=qualifier, possessive=bool(m.group("poss")), part_of_date=part_of_date,
        ))
    # abbreviations ("Tue, 22 Jul") count only as part of a date
    for (ws, we), d in dated.items():
        if (ws, we) not in seen:
            result.append(WeekdayMention(ws, we, text[ws:we], d.weekday, part_of_date=True))
    result.sort(key=lambda w: w.start)
    return result


# --- relative expressions -----------------------------------------------------------

_AMOUNT = rf"(?:\d+|an?|{NUMBER_WORDS_PATTERN})"
_RELATIVE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.I), "day-before-yesterday"),
    (re.compile(r"\bthe\s+day\s+after\s+tomorrow\b", re.I), "day-after-tomorrow"),
    (re.compile(r"\b(?:(?:earlier|later)\s+)?(?P<word>yesterday|today|tonight|tomorrow)\b", re.I),
     "day-word"),
    (re.compile(r"\b(?:(?:earlier|later)\s+)?this\s+(?:morning|afternoon|evening)\b", re.I),
     "this-day-part"),
    (re.compile(r"\blast\s+night\b", re.I), "last-night"),
    (re.compile(
        r"\b(?:(?P<edge>earlier|later)\s+)?(?P<which>last|this|next)\s+(?P<unit>week|month|year)\b",
        re.I), "calendar"),
    # "three days ago": found by its unit and direction, the amount is read backwards
    (re.compile(
        r"\b(?P<unit>day|week|fortnight|month|year)s?\s+"
        r"(?P<dir>ago|earlier|later|before|after|previously|beforehand|afterwards|on)\b", re.I),
     "counted"),
    (re.compile(r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier|later)\b",
                re.I), "the-unit-dir"),
    (re.compile(
        r"\bthe\s+(?P<dir>following|next|previous|preceding|prior)\s+(?P<unit>day|week|month|year)\b",
        re.I), "the-dir-unit"),
]
# A word each relative pattern needs, so a paragraph without any skips the pattern.
_RELATIVE_KEYWORDS = {
    "day-before-yesterday": ("yesterday",),
    "day-after-tomorrow": ("tomorrow",),
    "day-word": ("yesterday", "today", "tonight", "tomorrow"),
    "this-day-part": ("this",),
    "last-night": ("night",),
    "calendar": ("week", "month", "year"),
    "counted": ("day", "week", "fortnight", "month", "year"),
    "the-unit-dir": ("the",),
    "the-dir-unit": ("the",),
}
_AMOUNT_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<amount>{_AMOUNT})[\s-]+\Z", re.I)
# "the day before" but not "the day before yesterday" (read whole, above)
_YESTERDAY_TOMORROW_AFTER_RE = re.compile(r"\s+(?:yesterday|tomorrow)\b", re.I)
_DAY_WORD_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_DURATION_LEAD_RE = re.compile(
    r"\b(?:the|over|in|within|for|during|throughout|past)\s+\Z", re.IGNORECASE
)
_SENTENCE_START_RE = re.compile(r"(?:\A|[.!?:;]\s*|[\"“‘(]\s*|\n\s*)\Z")
_TITLE_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:programme|program|show|newspaper|podcast|presenter|interview|broadcast)\b",
    re.IGNORECASE,
)
_GENERIC_TODAY_RE = re.compile(
    r"['’]s\s+(?:world|society|youth|young|children|generation|economy|climate|standards|"
    r"Britain|America|Europe|politics|culture|market|technology|kids|leaders)\b"
)
_TITLE_BEFORE_RE = re.compile(r"\b(?:USA|BBC|NBC|Radio\s+\d|the|The)\s+\Z")


def _counted_offset(direction: str, amount: int) -> tuple[int, str]:
    direction = direction.lower()
    if direction == "ago":
        return -amount, "publication"
    if direction in ("earlier", "before", "previously", "beforehand"):
        return -amount, "event"
    return amount, "event"


_OWNED_LAST_RE = re.compile(r"(?:['\u2019]s|\b(?:its|their|his|her|the|our|your))\s+\Z", re.I)


def find_relative(text: str) -> list[RelativeMention]:
    """Return relative time expressions ("yesterday", "last week", "two weeks later"), in order."""
    found: list[RelativeMention] = []
    lowered = text.lower()
    for regex, kind in _RELATIVE_PATTERNS:
        if not any(word in lowered for word in _RELATIVE_KEYWORDS[kind]):
            continue  # the pattern cannot match without one of its words
        for m in regex.finditer(text):
            s, e = m.span()
            head = text[max(0, s - 30):s]
            if kind == "day-before-yesterday":
                unit, offset, anchor = "day", -2, "publication"
            elif kind == "day-after-tomorrow":
                unit, offset, anchor = "day", 2, "publication"
            elif kind == "day-word":
                word = m.group("word")
                if word[0].isupper() and m.start("word") == s:
                    # "the Today programme", "USA Today": titles, not dates
                    if not _SENTENCE_START_RE.search(head) or _TITLE_AFTER_RE.match(text, e):
                        continue
                    if _TITLE_BEFORE_RE.search(head) and not _SENTENCE_START_RE.search(head):
                        continue
                if _GENERIC_TODAY_RE.match(text, e) or (
                    word.lower() == "tomorrow" and text[e:e + 8] in ("'s World", "’s World")
                ):
                    continue
                unit, offset, anchor = "day", _DAY_WORD_OFFSETS[word.lower()], "publication"
            elif kind == "this-day-part":
                unit, offset, anchor = "day", 0, "publication"
            elif kind == "last-night":
                if _OWNED_LAST_RE.search(head):
                    continue  # "The order's last night will be the night of Sept. 6", "on the festival's last night": the final one
                unit, offset, anchor = "day", -1, "publication"
            elif kind == "calendar":
                which = m.group("which").lower()
                if which != "this" and not m.group("edge") and _DURATION_LEAD_RE.search(head):
                    continue  # "over the last year" is a span of time, not last year
                unit = m.group("unit").lower()
                offset = {"last": -1, "this": 0, "next": 1}[which]
                anchor = "publication"
            elif kind == "counted":
                am = _AMOUNT_BEFORE_RE.search(text, max(0, s - 40), s)
                if not am:
                    continue
                raw = am.group("amount")
                amount = 1.0 if raw.lower() in ("a", "an") else parse_number(raw)
                s = am.start()
                if amount is None or amount != int(amount):
                    continue
                unit = m.group("unit").lower()
                count = int(amount)
                if unit == "fortnight":
                    unit, count = "week", count * 2
                offset, anchor = _counted_offset(m.group("dir"), count)
            elif kind == "the-unit-dir":
                if _YESTERDAY_TOMORROW_AFTER_RE.match(text, e):
                    continue
                unit = m.group("unit").lower()
                offset = -1 if m.group("dir").lower() in ("before", "earlier") else 1
                anchor = "event"
            else:  # the-dir-unit
                if _DURATION_LEAD_RE.search(head) and not head.rstrip().lower().endswith("the"):
                    continue  # "over the next week" is a span of time
                unit = m.group("unit").lower()
                offset = 1 if m.group("dir").lower() in ("following", "next") else -1
                anchor = "event"
            found.append(RelativeMention(s, e, text[s:e], unit, offset, anchor))
    # keep the longest of overlapping readings ("the day before yesterday" over "yesterday")
    found.sort(key=lambda r: (r.start, r.start - r.end))
    result: list[RelativeMention] = []
    last_end = -1
    for r in found:
        if r.start >= last_end:
            result.append(r)
            last_end = r.end
    return result
