"""A weekday written beside a date it does not fall on ("Thursday 23 July 2025").

Every date written with its weekday ("Friday 20 March", "Tue, 22 Jul 2025",
"Tuesday, July 22", "Fri 22/5", "Monday 28-06-2026", and after it or with its part of the day: "21 January (Thursday)", "January 21,
Thursday", "21 January, a Thursday", "Thursday night, 21 January") is worked out with the calendar. A date without a year takes
the year that puts it nearest the publication date; any other year written in the
same paragraph (not one written only after another month's name, "a hearing date in November 2026", unless it ends a
range the date opens), and the latest year written in the three paragraphs before it
("The last strike was in 2019. … It began on Tuesday 5 March"; not a year a figure is compared with,
"up 9% from $427,000 in 2024"; not "born in 1935 …
minister in 1982 … president in 2012", which has moved on from 1982), is tried too, and the
weekday is accepted if it fits any of them, except that a day in the two months after a date written with its
year earlier in its paragraph is of that year ("the army moved on November 15, 2017 … his resignation on Wednesday,
November 21" is 21 November 2017, whatever other year the paragraph names). An academic or financial year written
anywhere in the article ("term dates for 2026-27", "2025/26") makes both of its years
candidates, except for a day in the month before publication told in the past tense ("Cargo handled, 2024/25" leaves
"docked on Wednesday 17 July" in a 23 July piece in that July) or in the month after it told in the future
("depots would open from Tuesday, October 6" in a 2 October 2025 piece on the 2025/26 season), and a date that lands more than four months from publication in its
nearest year may also be in the year on the other side ("Friday 18 December" in a May
piece about the coming autumn). The clause's tense counts too: a day more than two months
ahead in a past-tense clause may be last year's ("was found dead on Sunday 19 January" in an
October piece), a day the nearest reading puts before publication in a future-tense clause, or more than three months
before it in a present-tense one, may be next year's ("will end at midnight on Thursday, November 12" in a February
piece, "remains at Clonroad Park on Sunday, October 10" in a January one), and a day ahead in a future or present-tense clause ("The inquiry resumes on
Monday 10 June, when it will hear …") is not in a year the story went back to in the paragraphs
before, nor is a day told in the past that the nearest reading puts within two months before publication in the year
before it ("declared a state of emergency on Thursday, November 15" in a 7 December 2019 piece, after a paragraph on
2018: that day would be "last year"), nor is a day in the month after publication listed in one sentence with another
weekday-date that fits the nearest year ("Kinangop on Thursday, 10 September … and Ol Joro Orok on Friday, 17
September" in a piece naming the 2026/27 financial year), or in its paragraph within a month of it ("The first ODI is
… on Thursday, February 19 …. The series concludes … on Wednesday, February 26"), nor, told by a verb that reports an
event done (rules/events.yaml verbs: "died two days later, on Sunday 14 March" in an October piece; not a participle's
day after a comma, "opened a 30-day comment period …, running from Monday, March 16"), after publication. A decade
("the 1960s") is no year. Without a year and without a
publication date the check stays quiet. A weekday inside a direct quote is
reported too (a statement transcribed with the wrong day is still wrong in print), with
a note to check it with the source. The suggestion is the right weekday in the same
form (full or abbreviated) and is safe for `--fix` outside quotes. Two weekdays written with two days ("Carnival
Monday and Tuesday, February 16 and 17") are read each with its own day.

A year the headline names, publication's or the next ("… in 2026 schedule"), is tried for a year-less date too.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..document import BlockKind, Document
from ..findings import Category, Hit, Severity
from ..language.dates import DateMention, month_number, weekday_number, weekdays_beside
from ..language.events import events_of
from ..language.tense import Tense, governing_verb
from ..registry import Check, Context, Example, register
from ..reading.times import WEEKDAY_NAMES, YEAR_RE

WEEKDAY_MISMATCH = Check(
    id="weekday-mismatch",
    category=Category.DATE,
    severity=Severity.WARNING,
    summary="A weekday is written beside a date it does not fall on.",
    description=__doc__,
    fires=Example(
        "date 2025-07-20 Talks to resume next week\n\nNegotiators will meet again in Istanbul on Thursday 23 July 2025, officials said.\n",
        lines=(3,),
    ),
    quiet=Example(
        "date 2025-07-20 Talks to resume next week\n\nNegotiators will meet again in Istanbul on Wednesday 23 July, officials said. "
        "The first round was held on Friday 16 May.\n",
    ),
)


# how many paragraphs back a year still sets the year of a date written without one
_YEAR_REACH = 3
# an academic or financial year: "2026-27", "2025/26", "2026–2027"
_SPAN_RE = re.compile(r"\b(20\d\d)[-\u2013/](\d\d|20\d\d)\b")
# "up 9% from $427,000 in 2024", "higher than in 2019", "since 2019": the year of a figure compared with, not the
# year the story has gone back to
_COMPARED = re.compile(r"\b(?:from|than|since|compared|against|versus|vs)\b[^.;]*\Z", re.IGNORECASE)
# past this many days from publication, a year-less date may be in the year on the other side
_FAR_DAYS = 120
# a day this close before publication, told in the past tense, is in its year, whatever financial year the article
# names elsewhere
_RECENT_DAYS = 31
# a past-tense clause may still arrange a day this close ahead ("talks have been pencilled in for Wednesday, Oct. 2")
_PAST_REACH = 60
_PRESENT_BACK = 90  # days: a present-tense day further back than this is more likely the coming one


_MONTH_THEN_YEAR = re.compile(r"\b([A-Z][a-z]{2,8})\.?,?\s+$")


def _another_months_year(text: str, year: int, mention: DateMention) -> bool:
    """True when every time a year is written in the text it follows the name of a month other than the mention's, and
    not as the end of a range the mention opens ("from Monday 28 October to Friday 1 November 2024")."""
    found = False
    for m in re.finditer(rf"\b{year}\b", text):
        before = _MONTH_THEN_YEAR.search(text, max(0, m.start() - 12), m.start())
        number = month_number(before.group(1)) if before else None
        if number is None or number == mention.month or _RANGE_TO_YEAR.fullmatch(text, mention.end, m.start()):
            return False
        found = True
    return found


_RANGE_TO_YEAR = re.compile(r",?\s*(?:to|until|till|through|and|-|\u2013)\s+[^.;]{1,30}")


def _span_years(texts) -> set[int]:
    """Both years of every academic or financial year written ("2026-27" -> 2026, 2027)."""
    years: set[int] = set()
    for text in texts:
        for m in _SPAN_RE.finditer(text):
            first, second = int(m.group(1)), int(m.group(2)) % 100
            if second == (first + 1) % 100:
                years |= {first, first + 1}
    return years


def _other_side(mention: DateMention, published: _dt.date | None) -> set[int]:
    """The year on the other side of publication when the nearest reading is far from it."""
    if mention.explicit_year or mention.year is None or published is None:
        return set()
    try:
        nearest = _dt.date(mention.year, mention.month, mention.day)
    except ValueError:
        return set()
    if abs((nearest - published).days) <= _FAR_DAYS:
        return set()
    return {mention.year + 1 if nearest < published else mention.year - 1}


def _by_tense(mention: DateMention, published: _dt.date | None, tense: Tense) -> tuple[set[int], bool]:
    """The year a clause's tense adds, and whether it rules out years gone by.

    A past-tense day that the nearest reading puts months after publication may be in the year
    before ("was found dead on Sunday 19 January" in an October article; "has called a rally for
    Thursday, 31 October" nine days ahead is still ahead); a day ahead in a future or
    present-tense clause ("The inquiry resumes on Monday 10 June, when it will hear …") is not in
    a year the story went back to a paragraph earlier.
    """
    if mention.explicit_year or mention.year is None or published is None:
        return set(), False
    try:
        nearest = _dt.date(mention.year, mention.month, mention.day)
    except ValueError:
        return set(), False
    if tense is Tense.PAST and (nearest - published).days > _PAST_REACH:
        return {mention.year - 1}, False
    if tense is Tense.FUTURE and nearest < published or tense is Tense.PRESENT and (published - nearest).days > _PRESENT_BACK:
        # "will end on Thursday, November 12" in a February piece: the coming November; "remains at Clonroad Park on
        # Sunday, October 10" in a January piece: a fixture's present tense, a quarter gone by, is the coming October's
        return {mention.year + 1}, False
    ahead = tense in (Tense.FUTURE, Tense.PRESENT) and 0 < (nearest - published).days <= _FAR_DAYS
    return set(), ahead


def _listed_with_nearest(reading, mention: DateMention) -> bool:
    """True when another weekday-date of the sentence, with no year, fits the nearest year ("Kinangop on Thursday, 10
    September …; and Ol Joro Orok on Friday, 17 September"), or one of the paragraph's within a month of it ("The first
    ODI is … on Thursday, February 19, with the second … on Sunday, February 22. The series concludes … on Wednesday,
    February 26"): days listed together are of one year."""
    sentence = reading.sentence_at(mention.start)
    for other in reading.dates:
        if other is mention or other.weekday is None or other.explicit_year or other.year is None or not other.valid or other.day is None:
            continue
        try:
            day = _dt.date(other.year, other.month, other.day)
            near = abs((day - _dt.date(mention.year, mention.month, mention.day)).days) <= _LISTED_DAYS if mention.year else False
        except ValueError:
            continue
        if (sentence.start <= other.start < sentence.end or near) and day.weekday() == other.weekday:
            return True
    return False


_LISTED_DAYS = 31  # how far apart two weekday-dates of one paragraph may be and still be one schedule's


_AN_ACT = "act"  # what _told_done returns for a day told by a plain past-tense verb, which a participle may be misread as


def _told_done(text: str, mention: DateMention, verb: tuple[int, int] | None, reported: frozenset[str]) -> bool | str:
    """True when the verb that dates a day reports an event done ("died"): the one governing it, or the last verb before
    it in its clause ("was taken to hospital … and died two days later, on Sunday 14 March, the hearing was told")."""
    clause = re.split(r"[.;:!?]", text[max(0, mention.start - 60) : mention.start])[-1].lower()
    words = re.findall(r"[a-z]+", clause)[-6:]
    if verb is not None and verb[1] <= mention.start and text[verb[0] : verb[1]].lower().split()[-1] in reported:
        words = re.findall(r"[a-z]+", text[verb[0] : mention.start].lower())
    if verb is not None and verb[1] <= mention.start:
        # "A grand jury indicted Wendt on Wednesday, March 4": an act done, told by its one past-tense verb (not a day
        # set for something: "was adjourned to", "scheduled for")
        told = text[verb[0] : verb[1]].lower().split()
        if len(told) == 1 and told[0].endswith("ed") and told[0] not in _SETTING_VERBS and _ACT_TO_DAY_RE.fullmatch(text, verb[1], mention.start) \
                and text[max(0, verb[0] - 2) : verb[0]] != ", ":  # ("…, followed by the Bridewell on Wednesday 26 March": a participle)
            words = re.findall(r"[a-z]+", text[verb[0] : mention.start].lower())
            if not {"to", "for", "that", "until", "till", "before"} & set(words[1:]):
                return _AN_ACT
    last = max((k for k, w in enumerate(words) if w in reported), default=None)
    if last is not None and verb is not None and verb[1] <= mention.start and _PARTICIPLE_CLAUSE_RE.search(text, verb[1], mention.start):
        return False  # "opened a 30-day comment period …, running from Monday, March 16": the participle's day, not the act's
    # nothing between the verb and the day that points at another act ("voted to hold the election on …", "a trial was
    # listed for Tuesday 19 May")
    return last is not None and not {"to", "for", "that", "until", "till", "before"} & set(words[last + 1 :])


_PARTICIPLE_CLAUSE_RE = re.compile(r",\s+[a-z]+ing\b")


# what may stand between an act's verb and its day: "indicted Wendt on", not "followed by the Bridewell on"
_ACT_TO_DAY_RE = re.compile(r"(?!\s+by\b)[^,;:.]{0,40}?\s+on\s+")
# verbs that set a day rather than tell what happened on it
_SETTING_VERBS = frozenset("scheduled planned expected listed slated fixed booked adjourned postponed moved rescheduled delayed "
                           "deferred announced proposed agreed approved confirmed arranged pencilled penciled called set".split())


_MODAL_AHEAD_RE = re.compile(r"(?:would|will|shall)\b", re.I)
_ACT_AHEAD = 90  # days: how far ahead a day told by a plain past verb may still be read


def _days_after(mention: DateMention, published: _dt.date | None) -> int | None:
    """How many days the nearest reading of a date without a year lies after publication (negative before it)."""
    if mention.explicit_year or mention.year is None or published is None:
        return None
    try:
        return (_dt.date(mention.year, mention.month, mention.day) - published).days
    except ValueError:
        return None


def _recent(mention: DateMention, published: _dt.date | None, reach: int = _RECENT_DAYS) -> bool:
    """True for a date without a year whose nearest reading is within `reach` days before publication."""
    days = _days_after(mention, published)
    return days is not None and -reach <= days <= 0


def _soon(mention: DateMention, published: _dt.date | None) -> bool:
    """True for a date without a year whose nearest reading is within _RECENT_DAYS after publication."""
    days = _days_after(mention, published)
    return days is not None and 0 < days <= _RECENT_DAYS


def _years(mention: DateMention, written: set[int]) -> list[int]:
    """The years the date may be in: its own, or the nearest to publication and any year the article names."""
    if mention.explicit_year:
        return [mention.year]
    if mention.year is None:
        return []
    return [mention.year, *sorted(y for y in written if y != mention.year)]


_ANCHOR_DAYS = 62  # how far after a date with its year a year-less day of one paragraph still follows it


def _dated_before(reading, mention: DateMention) -> int | None:
    """The year of the last date written with its year before a year-less one in its paragraph, when the year-less day
    falls in the two months after it in that year; else None."""
    if mention.explicit_year or mention.month is None or mention.day is None:
        return None
    before = [d for d in reading.dates if d.explicit_year and d.valid and d.day is not None and d.month is not None and d.end <= mention.start]
    if not before:
        return None
    last = before[-1]
    try:
        gap = (_dt.date(last.year, mention.month, mention.day) - _dt.date(last.year, last.month, last.day)).days
    except ValueError:
        return None
    return last.year if 0 <= gap <= _ANCHOR_DAYS else None


def _days(mention: DateMention, years: list[int]) -> list[_dt.date]:
    days = []
    for year in years:
        try:
            days.append(_dt.date(year, mention.month, mention.day))
        except ValueError:
            continue
    return days


_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PAIRED_BEFORE = re.compile(rf"\b{_DAY_NAME}\s*(?:and|&|,)\s*\Z", re.IGNORECASE)
_PAIRED_AFTER = re.compile(r"\A\s*(?:and|&|,)\s*(\d{1,2})\b")


def _respectively(text: str, mention: DateMention, days: list[_dt.date]) -> bool:
    """True for two weekdays written with two days, each weekday the day of its own date ("Monday and Tuesday, February 16
    and 17", read as "Tuesday, February 16"): the weekday written next to the first date is the second one's."""
    if not _PAIRED_BEFORE.search(text, max(0, mention.weekday_start - 20), mention.weekday_start):
        return False
    after = _PAIRED_AFTER.match(text[mention.end :])
    if after is None:
        return False
    for day in days:
        try:
            if day.replace(day=int(after.group(1))).weekday() == mention.weekday:
                return True
        except ValueError:
            continue
    return False


def same_form(written: str, weekday: int) -> str:
    """Return the weekday's name in the form of the written one ("Thu" -> "Fri", "MONDAY" -> "TUESDAY")."""
    full = WEEKDAY_NAMES[weekday]
    bare = written.rstrip(".")
    if bare.capitalize() not in WEEKDAY_NAMES:
        name = full[: len(bare)] if weekday_number(full[: len(bare)]) == weekday else full[:3]
    else:
        name = full
    if bare.isupper() and len(bare) > 1:
        name = name.upper()
    elif bare.islower():
        name = name.lower()
    return name


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at every weekday that does not fit the date written with it."""
    hits = []
    annotation = context.annotation(doc)
    blocks = annotation.time.blocks
    past = doc.published.year if doc.published else 0
    published = doc.published.date() if isinstance(doc.published, _dt.datetime) else doc.published
    spans = _span_years(r.text for r in blocks) if doc.published else set()
    reported = frozenset(v for v in events_of(context.knowledge).verb_events if " " not in v)  # "died", "crashed": events told done
    # the year the headline is about, publication's or the next ("Ridgeline State gets seven home games in 2026 schedule"
    # in a February piece): a year-less "Saturday, Nov. 28" may be in it
    headline_years = {int(m.group(1)) for r in blocks if r.block.kind is BlockKind.HEADLINE for m in YEAR_RE.finditer(r.text)} & {past, past + 1}
    for index, reading in enumerate(blocks):
        for mention in [*reading.dates, *weekdays_beside(reading.text, reading.dates)]:
            if mention.weekday is None or mention.weekday_start is None or not mention.valid or mention.day is None:
                continue
            quoted = reading.quoted(mention.weekday_start)
            # a story that goes back in time names the year and then writes "Tuesday 5 March"; a year named
            # paragraphs away ("imports rose in 2023") does not make a coming "Wednesday, Oct. 2" a date of 2024
            # paragraphs away only the latest year written counts: the story has moved on from any year before it
            # ("born in 1935 … finance minister in 1982 … president in 2012. … hospitalised on Tuesday, August 10")
            written = [int(m.group(1)) for r in blocks[max(0, index - _YEAR_REACH) : index] for m in YEAR_RE.finditer(r.text)
                       if not _COMPARED.search(r.text, max(0, m.start() - 30), m.start())]
            years_written = {written[-1]} if written and written[-1] < past else set()
            tense, verb = governing_verb(reading.text, mention.start, mention.end, annotation.tense_of(reading.block))
            if tense is Tense.UNKNOWN and verb is not None and _MODAL_AHEAD_RE.match(reading.text, verb[0]):
                tense = Tense.FUTURE  # "would open", reported speech looking ahead
            tense_years, ahead = _by_tense(mention, published, tense)
            if ahead or (tense is Tense.PAST and published is not None and years_written == {published.year - 1} and _recent(mention, published, _PAST_REACH)):
                # "declared a state of emergency on Thursday, November 15" three weeks before publication is this year's, not
                # the year before that a paragraph spoke of (a day of that year would be "last year"); a year further back
                # is a story going back in time ("The last strike was in 2019. It began on Tuesday 5 March")
                years_written = set()
            # a financial year written anywhere ("Cargo handled, 2024/25") leaves a day in the weeks before or after
            # publication ("docked on Wednesday 17 July" in a 23 July piece) in publication's year
            # and a day in the weeks after it told in the future ("depots would open from Tuesday, October 6" in a
            # 2 October piece on the 2025/26 season; not a schedule in the present, "The summer term has half-term from
            # Monday 31 May" in a piece on term dates for 2026-27), in publication's year too
            far_spans = spans if not (tense is Tense.PAST and _recent(mention, published) or tense is Tense.FUTURE and _soon(mention, published)
                                      or _soon(mention, published) and _listed_with_nearest(reading, mention)) else set()
            # ("after an earlier hearing date in November 2026 was postponed": a year written with another month is that
            # month's, no year for a bare "Wednesday 4 February")
            paragraph_years = {y for y in reading.years if not _another_months_year(reading.text, y, mention)}
            if (anchor := _dated_before(reading, mention)) is not None:
                # "the army moved on November 15, 2017 … his resignation on Wednesday, November 21": a day weeks after a
                # date written with its year, in one paragraph, is of that year, not of another year the paragraph names
                paragraph_years, years_written, tense_years = {anchor}, set(), set()
            days = _days(mention, _years(mention, years_written | tense_years | paragraph_years | far_spans | _other_side(mention, published)
                                         | (headline_years if anchor is None else set())))
            if anchor is not None:
                days = sorted(days, key=lambda d: d.year != anchor)  # the paragraph's year is the one to suggest
            if tense is Tense.PAST and published is not None and not mention.explicit_year and (done := _told_done(reading.text, mention, verb, reported)):
                # "died two days later, on Sunday 14 March" in an October piece: a death told is over, so its day is
                # not the coming March's; an act told by a plain past verb ("indicted Wendt on Wednesday, March 4" in a
                # July piece) is not months ahead either ("with the box sealed at 11am on Thursday 14 May" may be a month on)
                latest = published + _dt.timedelta(days=_ACT_AHEAD) if done == _AN_ACT else published
                days = [d for d in days if d <= latest] or days
            if not days or any(d.weekday() == mention.weekday for d in days):
                continue
            if _respectively(reading.text, mention, days):
                continue  # "Monday and Tuesday, February 16 and 17": the second weekday is the second day's
            right = days[0]
            suggestion = same_form(reading.text[mention.weekday_start : mention.weekday_end], right.weekday())
            date_text = f"{right.day} {right:%B} {right.year}"
            how = "" if mention.explicit_year else f" (the year of the date before it, {anchor})" if anchor is not None \
                else f" (the year taken from the publication date, {doc.published:%Y})" if doc.published and right.year == doc.published.year \
                else f" (the year nearest the publication date, {right.year})" if doc.published else ""
            message = f"{date_text} is a {WEEKDAY_NAMES[right.weekday()]}, not a {WEEKDAY_NAMES[mention.weekday]}{how}."
            if quoted:
                message += " It is inside a quote: check it with the source."
            span = reading.block.source_span(mention.weekday_start, mention.weekday_end)
            # safe for --fix outside quotes only: an editor does not change what someone said unchecked
            hits.append(Hit(WEEKDAY_MISMATCH.id, span, message, suggestion=suggestion, fixable=not quoted))
    return hits


register(run, WEEKDAY_MISMATCH)
