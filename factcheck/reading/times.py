"""The time readings of one document: dates, weekdays, relative days, durations, deadlines and periods.

Built once per document by the annotation (factcheck/reading/annotate.py: `Annotation.time`)
and read by the date, deadline and period checks; each block is read on first use, so a
check that needs only dates never pays for durations. Nothing outlives the document.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cached_property

from ..document import BODY_KINDS, Block, BlockKind, Document, Sentence
from ..language.dates import DateMention, RelativeMention, WeekdayMention, find_dates, find_relative, find_weekdays, month_number
from ..language.durations import DeadlinePhrase, Duration, add_duration, find_deadline_phrases, find_durations
from ..language.figures import Figure, find_figures
from ..language.periods import GENERIC_PERIOD_WORDS as _GENERIC_KINDS, RESPONSE_KINDS as _RESPONSES, SENT_WITHIN, PeriodFact, PeriodKnowledge, PeriodNoun, same_stem
from ..language.quotes import in_quote, quoted_spans
from ..language.tense import Tense

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
YEAR_RE = re.compile(r"(?<![\w£$€.,-])(1[89]\d\d|20\d\d)(?![\w,.]?\d)(?!s\b)")  # not a decade ("the 1960s")
# Blocks that hold the reporter's own prose about the story (not block quotations of a speaker).
PROSE_KINDS = frozenset({BlockKind.STANDFIRST, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING})  # the standfirst states facts too


def _in_coming_year(d: DateMention, coming: int) -> DateMention:
    """A year-less date whose written weekday fits the coming year the headline names, and not the year nearest
    publication, is in that year ("term 2 runs from Monday 26 April" in an August 2026 piece on the 2027 calendar)."""
    if d.explicit_year or d.weekday is None or d.year is None or d.month is None or d.day is None or not d.valid:
        return d
    try:
        if _dt.date(d.year, d.month, d.day).weekday() != d.weekday and _dt.date(coming, d.month, d.day).weekday() == d.weekday:
            return replace(d, year=coming)
    except ValueError:
        pass
    return d


@dataclass(eq=False)
class BlockReading:
    """The readings of one block's text."""

    block: Block
    published: _dt.date | None
    day_first: bool
    quotes_of: Callable[[Block], list[tuple[int, int]]] | None = None  # the annotation's quotes of a block, read once
    coming_year: int | None = None  # the year after publication, when the headline names it

    @property
    def text(self) -> str:
        return self.block.text

    @property
    def is_body(self) -> bool:
        return self.block.kind in BODY_KINDS

    @property
    def is_prose(self) -> bool:
        return self.block.kind in PROSE_KINDS

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        return self.quotes_of(self.block) if self.quotes_of else quoted_spans(self.text)

    def quoted(self, pos: int) -> bool:
        """Return True when text position pos is inside a direct quote."""
        return in_quote(self.quotes, pos)

    @cached_property
    def dates(self) -> list[DateMention]:
        found = find_dates(self.text, reference=self.published, day_first=self.day_first)
        return [_in_coming_year(d, self.coming_year) for d in found] if self.coming_year else found

    @cached_property
    def weekdays(self) -> list[WeekdayMention]:
        return find_weekdays(self.text, self.dates)

    @cached_property
    def relative(self) -> list[RelativeMention]:
        return find_relative(self.text)

    @cached_property
    def durations(self) -> list[Duration]:
        return find_durations(self.text)

    @cached_property
    def deadlines(self) -> list[DeadlinePhrase]:
        return find_deadline_phrases(self.text, reference=self.published, dates=self.dates)

    @cached_property
    def figures(self) -> list[Figure]:
        return find_figures(self.text, self.dates)

    def topic_at(self, pos: int) -> frozenset[str]:
        """The content words of the sentence at pos (see `_topic`), read once per sentence."""
        sentence = self.sentence_at(pos)
        got = self._topics.get(sentence.start)
        if got is None:
            got = self._topics[sentence.start] = frozenset(topic_words(sentence.text))
        return got

    @cached_property
    def topic(self) -> frozenset[str]:
        """The content words of the whole block."""
        return frozenset(topic_words(self.text))

    @cached_property
    def _topics(self) -> dict[int, frozenset[str]]:
        return {}

    @cached_property
    def years(self) -> set[int]:
        """Years written in the block ("in 2019", "14 May 2019")."""
        return {int(m.group(1)) for m in YEAR_RE.finditer(self.text)}

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.block.sentences]

    def sentence_index(self, pos: int) -> int:
        """Return the index of the block's sentence that holds text position pos."""
        return max(bisect_right(self._sentence_starts, pos) - 1, 0)

    def sentence_at(self, pos: int) -> Sentence:
        """Return the sentence of the block that holds text position pos."""
        sentences = self.block.sentences
        if not sentences:
            return Sentence(0, len(self.text), self.text)
        k = max(bisect_right(self._sentence_starts, pos) - 1, 0)
        return sentences[k]

    def in_sentence(self, items, sentence: Sentence) -> list:
        """Return the items (anything with start/end) that lie inside one sentence."""
        sentences = self.block.sentences
        k = bisect_right(self._sentence_starts, sentence.start) - 1
        if k < 0 or sentences[k] != sentence:
            return [x for x in items if sentence.start <= x.start < sentence.end]
        # Grouped by sentence once per list, so a paragraph of many sentences is not rescanned for each.
        grouped = self._by_sentence.get(id(items))
        if grouped is None or grouped[0] is not items:
            groups: dict[int, list] = {}
            for x in items:
                j = bisect_right(self._sentence_starts, x.start) - 1
                if j >= 0 and x.start < sentences[j].end:
                    groups.setdefault(j, []).append(x)
            grouped = self._by_sentence[id(items)] = (items, groups)
        return list(grouped[1].get(k, ()))

    @cached_property
    def _by_sentence(self) -> dict[int, tuple[list, dict[int, list]]]:
        return {}


@dataclass(eq=False)
class Readings:
    """Every block's readings, and what the document says about its own date."""

    doc: Document
    day_first: bool
    quotes_of: Callable[[Block], list[tuple[int, int]]] | None = None
    period_knowledge: PeriodKnowledge | None = None  # the configuration's (rules/periods.yaml and the `periods:` layers)

    @cached_property
    def published(self) -> _dt.date | None:
        return self.doc.published

    @cached_property
    def blocks(self) -> list[BlockReading]:
        """Readings of every block a reader sees as part of the article (asides left out)."""
        coming = None
        if self.published is not None:
            # "NSW school term dates for 2027 confirmed", in an August 2026 piece: the coming year the article is about
            headlines = (b.text for b in self.doc.blocks if b.kind is BlockKind.HEADLINE)
            coming = self.published.year + 1 if any(int(m.group(1)) == self.published.year + 1 for h in headlines for m in YEAR_RE.finditer(h)) else None
        return [BlockReading(b, self.published, self.day_first, self.quotes_of, coming) for b in self.doc.blocks if b.kind is not BlockKind.ASIDE]

    @cached_property
    def prose(self) -> list[BlockReading]:
        """Readings of the blocks of the reporter's own prose."""
        return [r for r in self.blocks if r.is_prose]

    @cached_property
    def deadline_sums(self) -> list[DeadlineSum]:
        """Sentences tying a duration to a limit date and its start (see `deadline_sums`)."""
        return _deadline_sums(self)

    @cached_property
    def dated(self) -> dict[str, set[tuple[BlockReading, DateMention]]]:
        """The nouns the prose dates ("a letter dated 12 October", "ruled on 12 September": the ruling), with their dates."""
        from ..language.periods import dated_nouns, periods_of

        knowledge = self.period_knowledge or periods_of(None)
        dated: dict[str, set[tuple[BlockReading, DateMention]]] = {}
        for reading in self.prose:
            for noun, date in dated_nouns(reading.text, reading.dates, knowledge, reading.quoted):
                dated.setdefault(noun, set()).add((reading, date))
        return dated

    @cached_property
    def dated_by_weekday(self) -> dict[str, set[tuple[BlockReading, WeekdayMention, Tense]]]:
        """The nouns the prose dates by a weekday alone ("handed down the verdict on Monday"), with the tense placing it."""
        from ..language.periods import periods_of, weekday_dated_nouns

        knowledge = self.period_knowledge or periods_of(None)
        dated: dict[str, set[tuple[BlockReading, WeekdayMention, Tense]]] = {}
        for reading in self.prose:
            for noun, weekday, tense in weekday_dated_nouns(reading.text, reading.weekdays, knowledge, reading.quoted):
                dated.setdefault(noun, set()).add((reading, weekday, tense))
        return dated

    @cached_property
    def periods(self) -> dict[tuple[str, str | None], Period]:
        """Every period of the prose by kind, with its durations, starts and ends (see `periods`)."""
        return _periods(self)

    def line(self, block: Block, pos: int) -> int:
        """Return the line of the original file that holds text position pos of a block."""
        return self.doc.line_col(block.source_offset(pos))[0]



def describe(day: _dt.date) -> str:
    """Return a date as copy writes it: "Tuesday 22 July 2025"."""
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {day:%B} {day.year}"


def short(day: _dt.date) -> str:
    """Return "22 July" (the year only when the reader needs it is left to the caller)."""
    return f"{day.day} {day:%B}"


def relative_window(r: RelativeMention, published: _dt.date) -> tuple[_dt.date, _dt.date] | None:
    """Return the first and last day a relative expression ("yesterday", "last week") can mean, or None.

    Generous on purpose: "last week" is the previous calendar week or the seven days
    before publication, whichever a writer meant.
    """
    if r.anchor != "publication":
        return None
    day = _dt.timedelta(days=1)
    if r.unit == "day":
        d = published + r.offset * day
        return d, d
    if r.unit == "week":
        monday = published - published.weekday() * day
        if r.offset == -1:
            return monday - 7 * day, published - day
        if r.offset == 0:
            return monday, monday + 6 * day
        if r.offset == 1:
            return published + day, monday + 13 * day
        centre = published + 7 * r.offset * day
        return centre - 4 * day, centre + 4 * day
    if r.unit == "month":
        index = published.year * 12 + published.month - 1 + r.offset
        year, month = divmod(index, 12)
        first = _dt.date(year, month + 1, 1)
        last = _dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - day
        return first, last
    if r.unit == "year":
        year = published.year + r.offset
        return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    return None


# --- deadlines: a duration, a limit date and the start it counts from, in one sentence ---

_LIMIT_KINDS = frozenset({"by", "no-later-than", "due", "deadline-of", "expires"})
# "three weeks from 9 March, until 23 March": "until" ends a period, so it is a limit
# only when the sentence also writes the day the period counts from
_END_OF_PERIOD = "until"
_COUNTING = frozenset({"within", "in", "from", "after", "deadline"})
_OF_AFTER = re.compile(r"\s+(?:of|from|after)\b")
# "By 5 May, sales had risen …": a time reference, not a limit
_CLAUSE_OPENING = re.compile(r"(?:\A|[.;:!?]\s*)\s*\Z")
_SINCE = re.compile(r"\bsince\b", re.I)
_RANGE_NEIGHBOUR = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:and|to|or|-|\u2013|&)\s*\Z")


@dataclass(frozen=True)
class DeadlineSum:
    """A sentence that ties a duration to a limit date and to the day it counts from.

    `start` is the written start date, or None when only a relative expression
    (`window`, the days it can mean) gives it.
    """

    reading: BlockReading
    duration: Duration
    limit: DeadlinePhrase
    deadline: _dt.date
    start: DateMention | None
    start_day: _dt.date | None
    window: tuple[_dt.date, _dt.date] | None
    relative: RelativeMention | None
    start_reading: BlockReading | None = None  # the block of the start, when another paragraph dates it ("the council's ruling")

    @property
    def start_block(self) -> Block:
        """The block the start date is written in."""
        return (self.start_reading or self.reading).block


def _with_year(m: DateMention, fallback: int | None) -> _dt.date | None:
    if not m.valid or m.day is None or m.month is None:
        return None
    year = m.year if m.year is not None else fallback
    if year is None:
        return None
    try:
        return _dt.date(year, m.month, m.day)
    except ValueError:
        return None


def deadline_sums(r: Readings) -> list[DeadlineSum]:
    """Return the sentences of the article's prose that state a duration, a limit date and its start."""
    return r.deadline_sums


_START_GAP = 80
_UNIT_WORD = re.compile(r"\b(?:hours?|days?|weeks?|fortnight|months?|years?)\b", re.I)


# "45 days from that notice", "six weeks from the date of the letter": a count from a thing named earlier
_BACK_REFERENCE = re.compile(r"\s*(?:(?:of|from|after)\s+)?(?:the\s+date\s+of\s+)?(?P<det>that|this|the)\s+(?:[A-Za-z]+['\u2019]s\s+)?(?P<noun>[a-z]{3,})\b", re.I)


# the head noun after a back-reference's first noun, with the act done to it: "the offer document being posted"
_HEAD_BEING = re.compile(r"\s+([a-z]{3,})\s+(?:being|was|were|is)\s+[a-z]+ed\b")


# "30 days from election day": the day of a thing named earlier, written without a determiner
_NOUNS_DAY = re.compile(r"\s*(?:(?:of|from|after)\s+)?(?P<noun>[a-z]{3,})\s+day\b", re.I)
_POINTS_BACK_HERE = re.compile(r"\s*(?:(?:of|from|after)\s+)?(?:that|this|it|then)\b(?!\s+(?:[a-z]+\s+){0,2}?(?:on|of|dated)\s+\d)", re.I)


# a length granted on a dated day, for an errand: "were sent the plans on Monday 2 March and have the usual 21 days to
# reply", "opened the consultation on Thursday 5 March, giving people the standard 21 days to comment"
_GRANT_AFTER_DAY = re.compile(
    # ("Under the order, handed down on 21 July, Lubuyane Estates has 14 days to file": a named party's grant)
    r",?\s+(?:and\s+(?:[a-z]+\s+){0,2}?(?:have|has|had|were\s+given|was\s+given|get|gets)\s+|giving\s+(?:[a-z]+\s+){0,2}?"
    r"|(?<=,\s)(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:has|have|had|was\s+given|were\s+given|gets|get)\s+)"
    r"(?:(?:the|a|an|their|its)\s+)?(?:(?:usual|standard|statutory|normal|full)\s+)?\Z", re.IGNORECASE)
_ERRAND_AFTER = re.compile(r"\s+(?:in\s+which\s+)?to\s+[a-z]+", re.IGNORECASE)


def _granted_after(text: str, duration: Duration, dates: list[DateMention]) -> DateMention | None:
    """The dated day a length is granted on, in the same clause before it, when the length is for an errand: its start."""
    if not _ERRAND_AFTER.match(text, duration.end):
        return None
    return next((d for d in dates if d.end <= duration.start and d.day is not None and _GRANT_AFTER_DAY.fullmatch(text, d.end, duration.start)), None)


def _counts_from(text: str, duration: Duration, start: DateMention) -> bool:
    """True when the duration is counted from the start date: "21 days of the letter of 2 March", "50 days from … 14 July".

    Also when the start comes first and the duration points back to it, with a
    demonstrative ("wrote on 3 August … four weeks from the date of that letter")
    or the noun the start date was tied to ("a letter dated 12 October … six
    weeks from the date of the letter").
    """
    linked = duration.relation in ("from", "after") or _OF_AFTER.match(text, duration.end)
    if not linked:
        return _granted_after(text, duration, [start]) is start
    if duration.end <= start.start <= duration.end + _START_GAP:
        # "for a further two weeks after that, up to Monday 13 April": counted from what "that" points back to
        return not _POINTS_BACK_HERE.match(text, duration.end)
    if not start.end <= duration.start <= start.end + _START_GAP:
        return False
    back = _BACK_REFERENCE.match(text, duration.end)
    if back is None:
        return False
    if back.group("det").lower() in ("that", "this"):
        return True  # "four weeks from the date of that letter": a demonstrative points back to the one earlier date
    before = text[max(0, start.start - 40) : start.start]
    return re.search(rf"\b{re.escape(back.group('noun'))}\b", before, re.I) is not None


def _deadline_sums(r: Readings) -> list[DeadlineSum]:
    found = []
    for reading in r.prose:
        if not _UNIT_WORD.search(reading.text) or not reading.dates or not reading.deadlines:
            continue
        text = reading.text
        for sentence in reading.block.sentences or [reading.sentence_at(0)]:
            if _SINCE.search(sentence.text):
                continue
            limits = [p for p in reading.in_sentence(reading.deadlines, sentence) if (p.kind in _LIMIT_KINDS or p.kind == _END_OF_PERIOD) and not reading.quoted(p.start)]
            durations = [
                d for d in reading.in_sentence(reading.durations, sentence)
                if (d.relation in _COUNTING or _OF_AFTER.match(text, d.end) or _granted_after(text, d, reading.in_sentence(reading.dates, sentence)))
                and d.unit in ("day", "week", "month", "year")
            ]
            if len(limits) == 1 and len(durations) > 1:
                # "within 30 days of the 4 March judgment, that is by 10 April, and … within six months of the plan being
                # approved": the limit is the length's written just before it
                before = [d for d in durations if d.end <= limits[0].start]
                durations = before[-1:] if before and not any(d.start > before[-1].end and d.end <= limits[0].start for d in durations) else durations
            if len(limits) != 1 or len(durations) != 1:
                continue
            limit, duration = limits[0], durations[0]
            if reading.quoted(duration.start) or (limit.kind == "by" and _CLAUSE_OPENING.search(text, sentence.start, limit.start)):
                continue
            others = [
                d for d in reading.in_sentence(reading.dates, sentence)
                if d.start != limit.date.start and d.day is not None and d.valid and not _RANGE_NEIGHBOUR.search(text, max(0, d.start - 12), d.start)
            ]
            if len(others) > 1:
                continue
            start = others[0] if others else None
            fallback = r.published.year if r.published else None
            start_reading = None
            if start is None and (duration.relation in ("from", "after") or _OF_AFTER.match(text, duration.end)) \
                    and (back := _BACK_REFERENCE.match(text, duration.end) or _NOUNS_DAY.match(text, duration.end)):
                # "within four weeks of the council's ruling, by 16 April": the ruling dated once, before ("granted permission … on 12 March")
                # ("within 10 days of the offer document being posted": the document's posting, not the offer's own day)
                noun = (head.group(1) if (head := _HEAD_BEING.match(text, back.end())) else back.group("noun")).lower()
                start_reading, start = _dated_before(r, noun, reading, sentence.start) or (None, None)
                if start is None and back.groupdict().get("det", "").lower() in ("that", "this") and back.group("noun").lower() in ("date", "day"):
                    # "The resolution was gazetted on Monday, March 2. Ratepayers … have 21 days from that date": the
                    # day the sentence before gives, its last
                    before = [d for d in reading.dates if d.end <= sentence.start and d.day is not None and d.valid]
                    start_reading, start = (reading, before[-1]) if before else (None, None)
            if start is None and not others and r.published is not None and (day := _weekday_counted_from(reading, duration, r.published)):
                # "four weeks from Tuesday, that is, until August 4": the weekday the count starts from, by its tense
                weekday, start_day = day
                deadline = _with_year(limit.date, limit.date.year or start_day.year)
                if deadline is not None and deadline < start_day and not limit.date.year:
                    deadline = _with_year(limit.date, start_day.year + 1)
                if deadline is not None:
                    found.append(DeadlineSum(reading, duration, limit, deadline, weekday, start_day, None, None))
                continue
            if start is not None and start_reading is None and not _counts_from(text, duration, start):
                continue  # a date of something else in the sentence: which day the count starts from is a guess
            if limit.kind == _END_OF_PERIOD and start is None:
                continue
            if start is not None:
                start_day = _with_year(start, start.year or limit.date.year or fallback or 2001)
                # "served … on Monday 3 August 2026 giving residents 14 days, a period that expired on 17 August": an end
                # written with no year is in the start's year, not the year of publication
                own_year = limit.date.explicit_year or not start.explicit_year
                deadline = _with_year(limit.date, limit.date.year or (start_day.year if start_day else None))
                if start_day is None or deadline is None:
                    continue
                if not own_year:
                    deadline = _in_year(limit.date, start_day.year) or deadline
                    if deadline < start_day:
                        deadline = _in_year(limit.date, start_day.year + 1) or deadline
                if not limit.date.explicit_year and start.explicit_year and duration.unit in ("month", "year"):
                    # "ran for three years from April 1, 2023 … expired on March 31": the end's year is the one a reader
                    # takes, the year nearest the day the length reaches
                    reached = add_duration(start_day, duration.amount, duration.unit)
                    years = [day for y in (reached.year - 1, reached.year, reached.year + 1) if (day := _in_year(limit.date, y)) is not None]
                    deadline = min(years, key=lambda day: abs((day - reached).days), default=deadline)
                elif start.year is None and limit.date.year is None and deadline < start_day:
                    wrapped = _with_year(limit.date, start_day.year + 1)  # "from 20 December, by 19 January"
                    if wrapped and (wrapped - start_day).days <= 120:
                        deadline = wrapped
                found.append(DeadlineSum(reading, duration, limit, deadline, start, start_day, None, None, start_reading))
                continue
            if r.published is None:
                continue
            relatives = [x for x in reading.in_sentence(reading.relative, sentence) if x.anchor == "publication" and x.unit in ("day", "week", "month")]
            deadline = _with_year(limit.date, fallback)
            if len(relatives) != 1 or deadline is None:
                continue
            window = relative_window(relatives[0], r.published)
            if window is None:
                continue
            found.append(DeadlineSum(reading, duration, limit, deadline, None, None, window, relatives[0]))
    return found


_FROM_WEEKDAY = re.compile(r"\s*(?:from\s+)?(?:last\s+)?\Z", re.I)
_OF_WEEKDAYS = re.compile(r"\s+(?:of|from|after)\s+(?:last\s+)?\Z", re.I)


_THAT_DATE = re.compile(r"\b(?:that|this)\s+(?:date|day)\b", re.I)


def _weekday_counted_from(reading: BlockReading, duration: Duration, published: _dt.date):
    """The weekday a length is counted from, written just after it ("four weeks from Tuesday", "within 45 days of
    Friday's judgment"), and its day: by the tense that governs it, or the publication's day when it is that weekday."""
    from ..language.dates import weekday_date
    from ..language.tense import governing_verb

    counted = duration.relation == "from" or reading.text.startswith(" from", duration.end)
    for w in reading.weekdays:
        if not (duration.end <= w.start <= duration.end + 12) or w.part_of_date or w.qualifier is not None:
            continue
        # "within 45 days of Friday's judgment": the day of the event the weekday owns
        if counted and not w.possessive and _FROM_WEEKDAY.fullmatch(reading.text, duration.end, w.start) \
                or w.possessive and _OF_WEEKDAYS.fullmatch(reading.text, duration.end, w.start):
            tense = governing_verb(reading.text, w.start, w.end)[0]
            if tense is Tense.UNKNOWN:
                # the publication's own weekday is that day, looking back or ahead
                return (w, published) if w.weekday == published.weekday() else None
            return w, weekday_date(published, w.weekday, ahead=tense is not Tense.PAST)
    return None


def _dated_before(r: Readings, noun: str, reading: BlockReading, pos: int) -> tuple[BlockReading, DateMention] | None:
    """The one date the article gives a noun before a place in its prose, with its block; None if none or several."""
    here = reading.block.source_offset(pos)
    # "the elections were held on Monday, November 2" dates "election day" too
    dated = [x for key, items in r.dated.items() if key == noun or same_stem(key, noun) for x in items]
    before = {(d.month, d.day): (rd, d) for rd, d in dated if rd.block.source_offset(d.start) < here}
    return next(iter(before.values())) if len(before) == 1 else None


def adds_up(total: DeadlineSum, slack: int) -> bool:
    """True when the duration from (some day of) the start reaches the limit date, within slack days."""
    from ..language.durations import add_duration

    starts = [total.start_day] if total.start_day else []
    if total.window:
        first, last = total.window
        starts = [first + _dt.timedelta(days=i) for i in range((last - first).days + 1)]
    return any(abs((add_duration(s, total.duration.amount, total.duration.unit) - total.deadline).days) <= slack for s in starts)


# --- periods: each period's durations, starts and ends, gathered across the article ---


@dataclass(frozen=True)
class PeriodStatement:
    """One fact about a period where the article states it, with its value: a day, or a length."""

    reading: BlockReading
    fact: PeriodFact
    day: _dt.date | None  # for a start or an end
    length: tuple | None  # for a duration: ("days", n) or (n, "month"|"year")

    @property
    def shown(self) -> str:
        return self.reading.text[self.fact.start : self.fact.end]


@dataclass
class Period:
    """Everything the article says about one period: its kind, mentions and stated facts."""

    kind: str
    nouns: list[tuple[BlockReading, PeriodNoun]]
    durations: list[PeriodStatement]
    starts: list[PeriodStatement]
    ends: list[PeriodStatement]
    moved: bool = False
    several: bool = False


def length_key(d: Duration) -> tuple:
    """Lengths in days and weeks compare in days, months and years in months ("a fortnight" is "14 days")."""
    if d.days is not None:
        return ("days", d.days)
    if d.unit == "year":
        return ("months", d.amount * 12)
    return ("months", d.amount)


def _fact_day(fact: PeriodFact, published: _dt.date | None) -> _dt.date | None:
    if fact.offset is not None:
        return published + _dt.timedelta(days=fact.offset) if published is not None else None
    if fact.date is not None:
        if fact.date.year is None and published is not None:
            return _with_year(fact.date, published.year)
        return fact.date.resolved
    if fact.weekday is not None and published is not None:
        from ..language.dates import weekday_date

        if fact.tense is Tense.PAST:
            return weekday_date(published, fact.weekday.weekday, ahead=False)
        if fact.tense in (Tense.FUTURE, Tense.PRESENT):
            return weekday_date(published, fact.weekday.weekday, ahead=True)
    return None


def _plain_names(nouns: list[PeriodNoun]) -> Callable[[PeriodNoun], PeriodNoun]:
    """How a subject named in full is read beside the same thing named by its last word: "Wendover Bridge … is to close"
    and "The bridge will close" are one bridge; "Hervey Range Road will stay closed" and "Bowen Road … reopened",
    two names ending in "road", stay two."""
    names: dict[str, set[str]] = {}
    for n in nouns:
        if n.qualifier and n.marker is None and not n.plural:
            names.setdefault(n.kind, set()).add(n.qualifier)
    short_of = {}
    for kind, words in names.items():
        for word in (w for w in words if " " not in w):
            longer = [w for w in words if " " in w and w.split()[-1] == word]
            if len(longer) == 1:
                short_of[(kind, longer[0])] = word
    return lambda n: replace(n, qualifier=short_of[(n.kind, n.qualifier)]) if (n.kind, n.qualifier) in short_of else n


def _identity(noun: PeriodNoun, merged: set[str], leading: set[tuple[str, str]], qualified: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """Which period a mention names: its kind, and the word that makes it another of its kind, if any."""
    if noun.verb and noun.kind in qualified and not (noun.qualifier and noun.kind in merged):
        if noun.qualifier:  # "banned from driving" and "banned from keeping animals": two bans, each its own length
            return noun.kind, f"told by its verb: {noun.qualifier}"
        return noun.kind, "told by its verb"  # "Bus drivers will walk out" beside "the GMB strike": whose strike is a guess
    if noun.marker and (noun.kind, noun.marker) not in leading:
        return noun.kind, f"{noun.marker} {noun.qualifier or ''}".strip()
    if noun.qualifier and (noun.kind not in merged or noun.plural):  # "lane closures" are not "the closure"
        return noun.kind, noun.qualifier
    return noun.kind, None


_TOPIC_WORD = re.compile(r"\b[a-z]{4,}\b")
_NOT_TOPIC = frozenset(
    """that this with from have been will would could should their there which what when where after before about
    into than them they were said says also more most some such only other over under until date dates days weeks
    months years last first next week month year time must made make given according monday tuesday wednesday
    thursday friday saturday sunday january february march april june july august september october november
    december sept today tomorrow yesterday morning evening night noon midnight""".split()
)


_SHARED_WORDS = 2
_FAR_APART_DAYS = 120  # days between a fact's own dates and every date of a period that make it another period's


def topic_words(text: str) -> set[str]:
    """The content words of a sentence, lower case, without their plural "s" ("bids" and "bid" are one)."""
    return {w.rstrip("s") for w in _TOPIC_WORD.findall(text.lower()) if w not in _NOT_TOPIC}


_LABELLED_LINE = re.compile(r"(?P<label>[A-Z][\w'\u2019 -]{1,40}):\s+\S")


def _with_labelled_asides(r: Readings, knowledge) -> list[BlockReading]:
    """The prose's readings with each line of a fact box beside it whose label names a period ("Strike ends:"), in the
    article's order; "Last date for withdrawal:" names none, and its day is no period's."""
    prose = {id(reading.block): reading for reading in r.prose}
    out = []
    for b in r.doc.blocks:
        if id(b) in prose:
            out.append(prose[id(b)])
        elif b.kind is BlockKind.ASIDE and (label := _LABELLED_LINE.match(b.text)) and knowledge.noun_re.search(label.group("label")):
            out.append(BlockReading(b, r.published, r.day_first, r.quotes_of))
    return out


def _periods(r: Readings) -> dict[tuple[str, str | None], Period]:
    from ..language.periods import periods_of, may_name_period, read_period_facts, with_period_subjects

    knowledge = r.period_knowledge or periods_of(None)  # read alone (no configuration): the shipped file, read whole
    knowledge = with_period_subjects(knowledge, [reading.text for reading in r.prose])
    readings_of = []
    previous = None
    named_heads: dict[str, PeriodNoun] = {}
    dated, by_weekday = r.dated, r.dated_by_weekday
    # a fact box's labelled line ("Strike ends: 11.59pm Friday 12 December") states the period as the prose does
    for reading in _with_labelled_asides(r, knowledge):
        text = reading.text
        if previous is None and not may_name_period(text, knowledge) and not _UNIT_WORD.search(text) and not reading.dates:
            continue
        sentences = [(s.start, s.end) for s in reading.block.sentences] or [(0, len(text))]
        durations = reading.durations if _UNIT_WORD.search(text) else []  # no unit of time, no length to read
        facts, nouns, moved, previous = read_period_facts(text, sentences, reading.dates, durations, reading.weekdays, knowledge, reading.quoted, previous, named_heads)
        readings_of.append((reading, facts, nouns, moved))
    # a kind written with one qualifier only ("the e-scooter trial" … "the trial") is one period; with two, each is its own
    qualifiers: dict[str, set[str]] = {}
    # what a verb tells ("banned from using hosepipes") is counted apart from the nouns' words: beside "the temporary use
    # ban" it is no second ban; "banned from driving" and "banned from keeping animals" are two
    verb_told: dict[str, set[str]] = {}
    first: dict[str, PeriodNoun] = {}
    plain = _plain_names([n for _, _, nouns, _ in readings_of for n in nouns])
    for reading, _, nouns, _ in readings_of:
        for n in nouns:
            n = plain(n)
            first.setdefault(n.kind, n)
            if reading.block.kind is BlockKind.HEADING and reading.text.rstrip().endswith("?"):
                continue  # "Which roads are closed?": a question heading asks of its section, no closure of its own
            if n.marker is None and n.qualifier and not n.plural:  # "lane closures" are several of their own, not a rival to "the closure"
                (verb_told if n.verb else qualifiers).setdefault(n.kind, set()).add(n.qualifier)
    for kind in verb_told:
        qualifiers.setdefault(kind, set())
    merged = {kind for kind, words in qualifiers.items() if len(words) <= 1 and len(verb_told.get(kind, ())) <= 1}
    ambiguous = {kind for kind, words in qualifiers.items() if len(words) > 1 or len(verb_told.get(kind, ())) > 1}
    # "floats a fresh tender" first: the fresh tender is the one the article is about, not a replacement of another
    leading = {(kind, n.marker) for kind, n in first.items() if n.marker in knowledge.revisions}
    before = {n.kind for _, _, nouns, _ in readings_of for n in nouns if n.marker in knowledge.predecessors}
    if before:
        # "its previous program … the new authorization": new against another kind's predecessor, not a move of the plain
        # authorization; "the original deadline … the new deadline" is a move
        leading |= {(n.kind, n.marker) for _, _, nouns, _ in readings_of for n in nouns if n.marker in knowledge.revisions and n.kind not in before}
    found: dict[tuple[str, str | None], Period] = {}

    pointed: dict[int, tuple[str, str | None]] = {}  # "that window": the key of the one of its kind named last
    last_of_kind: dict[str, tuple[str, str | None]] = {}

    def key_of(noun: PeriodNoun) -> tuple[str, str | None]:
        return pointed.get(id(noun)) or _identity(plain(noun), merged, leading, frozenset(qualifiers))

    def period(noun: PeriodNoun) -> Period:
        return found.setdefault(key_of(noun), Period(noun.kind, [], [], [], []))

    orphans = []
    earlier_moves: set[tuple[int, int]] = set()  # sentences moving an earlier year's period: their new days are that year's
    for reading, facts, nouns, moved in readings_of:
        marked: dict[str, tuple[int, tuple[str, str | None]]] = {}  # a kind's last noun told apart in this block, by sentence
        for noun in nouns:
            if noun.pointing and noun.kind in last_of_kind:
                # "have been given a shorter window: they have 14 days …, and that window shuts on Monday 23 March"
                pointed[id(noun)] = last_of_kind[noun.kind]
            elif noun.verb and noun.kind in marked and reading.sentence_index(noun.start) - marked[noun.kind][0] in (0, 1):
                # "notice of a second, longer stoppage. If talks fail, drivers will walk out for 72 hours from …": the verb
                # tells the one just named apart
                pointed[id(noun)] = marked[noun.kind][1]
            if noun.marker is not None and not noun.verb:
                marked[noun.kind] = (reading.sentence_index(noun.start), key_of(noun))
            p = period(noun)
            if not noun.verb:  # "banned from keeping animals, and that ban": the verb's ban is no named one to point at
                last_of_kind[noun.kind] = key_of(noun)
            p.nouns.append((reading, noun))
            if noun.marker in knowledge.revisions and (noun.kind, noun.marker) not in leading:
                found.setdefault((noun.kind, None), Period(noun.kind, [], [], [], [])).moved = True  # "a new deadline": the old one moved
            if noun.plural and noun.marker is None and reading.block.kind is not BlockKind.HEADING:
                p.several = True  # "the strikes": no one strike is meant (a crosshead's "Deadlines to remember" is a label)
        for noun in moved:
            sentence = reading.sentence_at(noun.start)
            years = years_in(sentence.text) if r.published else set()
            pointing = _THAT_NOUN.match(reading.text, sentence.start, noun.end)
            if r.published and not years and (_THAT_YEAR.search(sentence.text) or pointing) and sentence.start > 0:
                # "… a rival approach in 2022. That offer was extended twice before it lapsed in the September of that
                # year", "… until 30 September 2025 to present a plan. That deadline was later pushed back": the year
                # the sentence points back to is the one the sentence before names
                years = years_in(reading.sentence_at(sentence.start - 1).text)
            if years and max(years) < r.published.year or pointing and sentence.start > 0 \
                    and _EARLIER_TIME.search(reading.sentence_at(sentence.start - 1).text):
                earlier_moves.add((id(reading), sentence.start))
                continue  # "A similar proposal in 2019 was withdrawn after the consultation was extended": that year's consultation
                # ("Last season's registration was criticised … That window was initially set at 14 days but was extended")
            period(noun).moved = True
        for fact in facts:
            if (id(reading), reading.sentence_at(fact.start).start) in earlier_moves:
                continue  # "That deadline [of 30 September 2024] was later pushed back to 31 October": that year's, as every day it gives
            if fact.orphan:
                orphans.append((reading, fact))
                continue
            if fact.role == "end" and _OF_ITS_CLOSE.search(reading.text, reading.sentence_at(fact.start).start, fact.start):
                continue  # "will be published within three months of its close, by June 10": a later step's day
            if fact.role == "duration" and _AFTER_ITS_END.search(reading.text, reading.sentence_at(fact.start).start, fact.start):
                continue  # "Once the consultation closes, Education Scotland will have three weeks to …": a later step's length
            _add(period(fact.noun), reading, fact, r.published, dated, by_weekday)
    place = {id(reading): i for i, (reading, _, _, _) in enumerate(readings_of)}
    named_in = {id(noun): place[id(reading)] for reading, _, nouns, _ in readings_of for noun in nouns}
    granted: dict[tuple[int, int], Period] = {}  # "The lender has 30 days from the date of the notice to …": a period of its own
    unclaimed: list[tuple[BlockReading, PeriodFact]] = []  # clear ends no period or grant took
    public_say: list[tuple[BlockReading, PeriodFact]] = []  # "Customers have until Feb. 20 to tell regulators what they think"
    told_of: dict[tuple, list[frozenset[str]]] = {}  # each period's sentence topics, as of its size (see _orphan_period)
    for reading, fact in orphans:
        here = place[id(reading)]
        # a clause after a semicolon grants its own length ("Aldine would have 60 days …; objectors would have 21 days …")
        opened = reading.sentence_at(fact.start).start
        sentence = (id(reading), max(opened, reading.text.rfind(";", opened, fact.start) + 1))
        later_step = fact.role == "duration" and (_NEXT_STEP.search(reading.sentence_at(fact.start).text) or _OUTCOME_FIRST.match(reading.sentence_at(fact.start).text))
        # "Education Scotland will then have three weeks to prepare a report": a step after the period, not its length
        if fact.orphan == "errand":
            # "if the deposit is not made by December 26": a thing to be done by a day is only the grant's for that errand
            p = granted.get(sentence) or _grant_for_errand(list({id(g): g for g in granted.values()}.values()), reading, fact)
            if p is not None:
                _add(p, reading, fact, r.published, dated, by_weekday)
            elif fact.role == "end":
                unclaimed.append((reading, fact))
            continue
        p = granted.get(sentence)
        if p is None and fact.role == "end" and fact.orphan == "strong":
            # "He has 28 days from the date of the decision to apply … . Any application must be lodged no later than 5
            # November": a clear end in the sentence after a grant, in its paragraph, ends that grant
            g = granted.get((id(reading), _sentence_before(reading, fact.start)))
            p = g if g is not None and not g.ends else None
        if p is None and not later_step and fact.role == "end" and fact.orphan == "topic" and _public_say(reading, fact, knowledge):
            public_say.append((reading, fact))  # "Anyone wishing to respond has until … to do so": the consultation's, not the topic's
            continue
        if p is None and not later_step and fact.role == "duration" and fact.orphan == "topic":
            p = _grant_for_same_errand(found, reading, fact)  # "had 21 days … to lodge an appeal" … "to appeal it would have 28 days to do so"
        if p is None and not later_step:
            p = _orphan_period(found, reading, fact, period, knowledge, lambda noun: here - 1 <= named_in.get(id(noun), -9) <= here, told_of)
            if p is not None and fact.role == "end" and p.durations and _other_errand(p, reading, fact):
                p = None  # "14 days … to file the application" and "had until Friday, March 6 to file a replying affidavit"
            if p is not None and fact.role == "duration" and p.durations and fact.duration is not None \
                    and length_key(fact.duration) not in {st.length for st in p.durations} and _errand_untold(p, reading, fact):
                p = None  # "gave occupants seven days … to vacate" and "Its appeal was filed … within the 30-day period allowed";
                # "gave it two weeks to submit its report" beside "a 21-day ultimatum … threatening to withdraw its members"
        who = _grantee(reading, fact) if fact.role == "duration" and fact.orphan == "topic" else frozenset()
        if p is not None and who and any(other and not other & who for other in (_grantee(st.reading, st.fact) for st in p.durations)):
            p = None  # "members of the public have 30 days …" and "the Authority has 21 days …": each grant is its grantee's own period
        if p is not None and (who or fact.word == SENT_WITHIN) and p.kind in _NOT_GRANTED_KINDS:
            p = None  # "objectors have 21 days … to lodge an appeal": a time someone is given is not a trial's, ban's or strike's length
        if p is None and fact.role == "end" and fact.orphan == "strong":
            p = _grant_for_errand(list({id(g): g for g in granted.values()}.values()), reading, fact)
        if p is None and fact.role == "duration" and fact.orphan == "topic":
            # a length granted to do something, in a sentence naming no period: later facts sharing its subject are its own
            p = found.setdefault(("window", f"granted at {reading.block.source_offset(fact.start)}"), Period("window", [], [], [], []))
            granted[sentence] = p
        if p is not None:
            _add(p, reading, fact, r.published, dated, by_weekday)
        elif fact.role == "end" and fact.orphan == "strong" and not later_step:
            unclaimed.append((reading, fact))
        elif fact.role == "end" and not later_step and _public_say(reading, fact, knowledge):
            public_say.append((reading, fact))
        elif fact.role == "end" and fact.orphan == "topic" and not later_step:
            unclaimed.append((reading, fact))  # "have until Monday, July 20, to file interventions" … "the intervention period"
    _errand_ends(found, unclaimed, r.published, dated, by_weekday, knowledge.errands)
    for key, p in found.items():
        for facts_of in (p.durations, p.starts, p.ends):
            facts_of.sort(key=lambda x: (x.reading.block.source_offset(0), x.fact.start))  # orphans were added last
        if any(not st.fact.soft for st in p.starts):
            p.starts = [st for st in p.starts if not st.fact.soft]  # "signed on 2 March" yields to "runs from 1 April"
        if any(not st.fact.orphan for st in p.starts):
            # "28 days from the date of the notice" in a sentence naming no period yields to the start a sentence naming it gives
            p.starts = [st for st in p.starts if not (st.fact.orphan and st.fact.counted_from)]
        purposes = {n.purpose for rd, n in p.nouns if n.purpose and rd.block.kind is not BlockKind.HEADING}
        if len(purposes) > 1 or (key[1] is None and key[0] in ambiguous):
            p.several = True
        _fix_years(p)
    _merge_deadline(found)
    _merge_grants(found)
    for kind in _RESPONSES:
        _merge_submissions(found, r.published, kind)
    if ("consultation", None) not in found:
        _merge_submissions(found, r.published, "submissions", host="tender")  # "Submissions close at noon on Friday 24 April"
        if ("period", None) in found and "comment" in _words_of(found[("period", None)]):
            # "opened a 30-day comment period … closing at 5pm on Friday 12 June" … "Submissions close on 26 June": one say
            # ("the 30-day public comment period runs through March 26" … "Written comments … will be accepted until April 2")
            _merge_submissions(found, r.published, "submissions", host="period")
            # ("the 30-day public comment period runs through March 26" … "Written comments … will be accepted until 5 p.m. on
            # April 2": the comments close when the comment period does, unless either is told apart, moved or only asked for)
            comments, period = found.get(("comments", None)), found[("period", None)]
            if comments is not None and not period.moved and not comments.starts and not comments.durations \
                    and not any(_TOLD_APART.search(t) for t in _sentences_of(period) | _sentences_of(comments)):
                _merge_submissions(found, r.published, "comments", host="period")
    _reopened_after_a_ban(found)
    _told_by_its_time(found, r.published)
    _owners_lengths(found)
    for p in found.values():
        _length_beside_its_span(p)
    link_periods(found, r)
    _opened_by_an_act(found, r, knowledge, dated, by_weekday)
    _ends_told_by_its_word(found)
    _range_of_its_errand(found, r)
    # the public's say ends the one period the article opens for comments or a consultation (after the responses joined it)
    public = [key for key, p in found.items() if not p.moved and not p.several and (p.starts or p.ends or p.durations)
              and (p.kind == "consultation" or _words_of(p) & {"comment", "comments", "consultation"})]
    if len(public) > 1:
        public = [key for key in public if key[1] is None]  # "A separate consultation … closed on 30 September" is told apart
    public = [found[key] for key in public]
    for reading, fact in public_say if len(public) == 1 else ():
        _add(public[0], reading, fact, r.published, dated, by_weekday)
        public[0].ends.sort(key=lambda x: (x.reading.block.source_offset(0), x.fact.start))
    return found


_EARLIER_TIME = re.compile(r"\b(?:last|previous)\s+(?:season|year|term)(?:['\u2019]s)?\b|\bthe\s+previous\b", re.I)


def _public_say(reading: BlockReading, fact: PeriodFact, knowledge) -> bool:
    """True for a day the public have until to have their say ("Customers of High Mesa Electric Co. have until Feb. 20 to
    tell state regulators what they think")."""
    sentence = reading.sentence_at(fact.start)  # (a sentence may have been cut after "Co.": the words before it count)
    if knowledge.saying_re.match(reading.text, fact.end) and knowledge.public_say_re.search(reading.text, max(0, sentence.start - 60), fact.start):
        return True
    # "Anyone wishing to respond has until 5pm on Friday 20 November to do so": the errand told before the grant
    head = _HAS_UNTIL.search(reading.text, sentence.start, fact.start)
    return head is not None and bool(_TO_DO_SO.match(reading.text, fact.end)) and bool(knowledge.response_errand_re.search(reading.text, sentence.start, head.start()))


_HAS_UNTIL = re.compile(r"\b(?:has|have)\s+until\s+(?:[^.;!?]{0,30}?\s)?\Z", re.I)
_TO_DO_SO = re.compile(r"\s+to\s+do\s+(?:so|it)\b", re.I)


def _ends_told_by_its_word(found: dict[tuple[str, str | None], Period]) -> None:
    """Give a period with a length or a start but no end the end told of a form of its own telling word, when that is all
    said of it ("a 45-day comment period … opened on Monday, March 3" … "Written comments will be received until 4:30
    p.m. on Friday, May 2"): the comments are the comment period's. Only when exactly one period fits."""
    for key, told in list(found.items()):
        if not told.ends or told.starts or told.durations or told.several or told.moved or not told.nouns or key[1] is not None:
            continue  # "A separate consultation on parking closes on 1 September": told apart, another period
        words = {w for rd, n in told.nouns for w in re.findall(r"[a-z]{4,}", rd.text[n.start : n.end].lower())} - _GENERIC_KINDS
        fits = [p for p in found.values() if p is not told and p.kind != told.kind and (p.durations or p.starts) and not p.ends and not p.several and not p.moved
                and any(same_stem(w, x) for w in words for x in _own_words(p))]
        if len(fits) == 1:
            fits[0].ends.extend(told.ends)
            told.ends = []


def _range_of_its_errand(found: dict[tuple[str, str | None], Period], r: Readings) -> None:
    """Give a general period named for its errand ("the verification window, which closes on May 15") the days of the
    one sentence that names no period but gives a range of days for that errand ("can apply online for verification of
    marks … from May 6 to May 20"): the errand's range is the window's start and end."""
    for (kind, _), p in found.items():
        errands = {n.qualifier.lower() for _, n in p.nouns if n.qualifier}
        if kind not in _GENERIC_KINDS or len(errands) != 1 or p.starts or p.several or p.moved \
                or not all(n.refers_back and not n.introduces and n.marker is None for _, n in p.nouns):
            continue
        errand = errands.pop()
        named = {(id(rd), rd.sentence_at(n.start).start) for t in found.values() for rd, n in t.nouns}
        ranges = []
        for reading in r.prose:
            dates = [d for d in reading.dates if d.day is not None and not reading.quoted(d.start)]
            for first, last in zip(dates, dates[1:]):
                sentence = reading.sentence_at(first.start)
                if (id(reading), sentence.start) in named or reading.sentence_at(last.start).start != sentence.start:
                    continue
                if not (_FROM_BEFORE.search(reading.text, max(0, first.start - 6), first.start) and _TO_BETWEEN.fullmatch(reading.text, first.end, last.start)):
                    continue
                if any(same_stem(errand, w) for w in re.findall(r"[a-z]{4,}", reading.text[sentence.start : first.start].lower())):
                    ranges.append((reading, first, last))
        if len(ranges) == 1:
            reading, first, last = ranges[0]
            noun = p.nouns[0][1]
            _add(p, reading, PeriodFact("start", first.start, first.end, noun, "from", date=first), r.published, {}, None)
            _add(p, reading, PeriodFact("end", last.start, last.end, noun, "to", date=last), r.published, {}, None)
            p.ends.sort(key=lambda x: (x.reading.block.source_offset(0), x.fact.start))


_FROM_BEFORE = re.compile(r"\bfrom\s+\Z", re.I)
_TO_BETWEEN = re.compile(r"\s*(?:to|until|till|through|-|\u2013)\s*", re.I)


_POSSESSOR_BEFORE = re.compile(r"\b([\w-]+)['\u2019]s?\s+(?:[\w-]+\s+)?\Z")
_WORD = re.compile(r"[\w-]+")


def _possessor_before(text: str, pos: int) -> str | None:
    """The owner written just before a noun, lower case ("Reyes's ban", "the players' ban"), or None."""
    m = _POSSESSOR_BEFORE.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else None


def _owners_lengths(found: dict[tuple[str, str | None], Period]) -> None:
    """A length of the plain period of a kind, in a sentence naming the one person whose own period of that kind the
    article dates ("Reyes's ban runs from 8 September until 6 October"), is that person's ("Lock Tomás Reyes …
    received a two-week suspension"); beside other people's bans ("Moala … a six-week ban") it is nobody else's."""
    for (kind, owner), own in list(found.items()):
        if not owner or not owner[:1].isalpha() or own.several or own.moved or not (own.starts or own.ends) or own.durations:
            continue
        if not all(_possessor_before(rd.text, n.start) == owner for rd, n in own.nouns):
            continue  # the qualifier is the owner written before the noun ("Reyes's ban"), not a word telling it apart
        plain = found.get((kind, None))
        if plain is None:
            continue
        mine = [st for st in plain.durations if owner in _WORD.findall(st.reading.sentence_at(st.fact.start).text.lower())]
        if mine:
            own.durations = mine
            plain.durations = [st for st in plain.durations if st not in mine]


_REOPEN = re.compile(r"\breopen", re.I)


# "next week's strike", "last month's closure": a period named by the time it falls in
_TIME_MARKER = re.compile(r"(last|next|this|previous)\s+(week|month|year)['\u2019]s\b")


def _time_window(marker: str, published: _dt.date) -> tuple[_dt.date, _dt.date] | None:
    m = _TIME_MARKER.match(marker)
    if m is None:
        return None
    step = {"last": -1, "previous": -1, "this": 0, "next": 1}[m.group(1)]
    if m.group(2) == "week":  # Monday to Sunday
        first = published - _dt.timedelta(days=published.weekday()) + _dt.timedelta(weeks=step)
        return first, first + _dt.timedelta(days=6)
    if m.group(2) == "month":
        month = published.year * 12 + published.month - 1 + step
        first = _dt.date(month // 12, month % 12 + 1, 1)
        return first, add_duration(first, 1, "month") - _dt.timedelta(days=1)
    return _dt.date(published.year + step, 1, 1), _dt.date(published.year + step, 12, 31)


def _told_by_its_time(found: dict[tuple[str, str | None], Period], published: _dt.date | None) -> None:
    """"next week's 24-hour stoppage" beside "a strike from Thursday 28 May" (published on 19 May): the one period of its
    kind the article dates, when that date falls in the time the mention names, is the one meant; one dated in another
    week, or two of the kind, keep them apart ("last year's strike")."""
    if published is None:
        return
    for key in [k for k in found if k[1] and _TIME_MARKER.match(k[1])]:
        own = found.get((key[0], None))
        window = _time_window(key[1], published)
        if own is None or own.moved or own.several or window is None:
            continue
        days = [st.day for st in (*own.starts, *own.ends) if st.day is not None]
        if not days or not window[0] <= min(days) <= window[1]:
            continue
        marked = found.pop(key)
        own.nouns += marked.nouns
        for mine, theirs in ((own.durations, marked.durations), (own.starts, marked.starts), (own.ends, marked.ends)):
            mine += theirs
            mine.sort(key=lambda x: (x.reading.block.source_offset(0), x.fact.start))


def _reopened_after_a_ban(found: dict[tuple[str, str | None], Period]) -> None:
    """A reopening told by its verb, in a sentence naming the article's one ban, ends the ban ("The Vault is expected
    to reopen its doors on Monday 12 October, once the suspension has been served")."""
    bans = [p for k, p in found.items() if k[0] == "ban" and not p.several and not p.moved]
    if len(bans) != 1:
        return
    ban = bans[0]
    for key, p in list(found.items()):
        if p.kind != "closure" or not p.ends or p.starts or p.durations or not all(_REOPEN.search(rd.text, n.start, n.end) for rd, n in p.nouns):
            continue
        if all(any(rd.block is st.reading.block and rd.sentence_at(n.start) == st.reading.sentence_at(st.fact.start) for rd, n in ban.nouns) for st in p.ends):
            ban.ends = sorted(ban.ends + p.ends, key=lambda x: (x.reading.block.source_offset(0), x.fact.start))
            del found[key]


# "The agency opened public comments on the draft regulations on Oct. 10", "launched a consultation on 2 March",
# "began accepting applications on Monday 4 May": an act that opens a thing, with the thing as its object
_OBJECT_WORD = re.compile(r"[a-z]{4,}")


def _own_words(p: Period) -> set[str]:
    """The words a period is named by, and those telling it apart ("comment" of "the comment window"), less the
    nouns that name any period."""
    return (_words_of(p) | {n.qualifier.lower() for _, n in p.nouns if n.qualifier} | _modifiers_of(p)) - _GENERIC_KINDS


# the words between a determiner and a period's noun, a length left out: "the 21-day bidding period" is named for bids
_MODIFIERS_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this)\s+((?:[\w-]+\s+){1,3})\Z", re.I)


def _modifiers_of(p: Period) -> set[str]:
    words = set()
    for rd, n in p.nouns:
        if n.verb:
            continue
        m = _MODIFIERS_BEFORE.search(rd.text, max(0, n.start - 50), n.start)
        if m:
            words |= {w.lower() for w in m.group(1).split() if w.isalpha() and len(w) > 3}
    return words


def _opened_by_an_act(found: dict[tuple[str, str | None], Period], r: Readings, knowledge, dated, by_weekday) -> None:
    """Give a period with an end or a length but no start the day an act opened it, when the act's object is a form of
    the period's own word and of no other period's ("opened public comments … on Oct. 10" … "the 30-day comment
    window" … "will accept submissions until Nov. 24")."""
    wanting = [p for p in found.values() if not p.starts and (p.ends or p.durations) and not p.several and not p.moved and p.nouns]
    if not wanting:
        return
    for reading in r.prose:
        text = reading.text
        for d in reading.dates:
            # the passive first: "The invitation for bids was published in the national newspapers on April 30"
            act = knowledge.opening_passive_re.search(text, max(0, d.start - 120), d.start) or knowledge.opening_act_re.search(text, max(0, d.start - 240), d.start)
            if reading.quoted(d.start) or d.day is None:
                continue
            words = [w for w in _OBJECT_WORD.findall(act.group("object").lower())] if act is not None else []
            fits = [p for p in found.values() if (p.starts or p.ends or p.durations) and any(same_stem(w, x) for w in words for x in _own_words(p))]
            if not fits and (opens := _OPENS_AFTER.match(text, d.end)) and knowledge.act_on_re.search(text, max(0, d.start - 120), d.start):
                # "The proposal, which … would be published in the Federal Register on Friday, Feb. 6, opens a 60-day public
                # comment period": what was done on the day opens the period the verb after it names
                fits = [p for p in wanting if any(rd is reading and opens.end() <= n.start <= opens.end() + 40 for rd, n in p.nouns)]
            if len(fits) != 1 or fits[0] not in wanting:
                continue
            p = fits[0]
            fact = PeriodFact("start", d.start, d.end, p.nouns[0][1], "opened", date=d, tense=Tense.PAST)
            _add(p, reading, fact, r.published, dated, by_weekday)
            wanting.remove(p)


# after a day: the verb by which what was done on it opens a period ("…, opens a 60-day comment period")
_OPENS_AFTER = re.compile(r"(?:,?\s+\d{4})?,?\s+(?:opens|opened|opening|will\s+open|triggers|triggered|triggering|will\s+trigger|starts|started|starting|"
                          r"will\s+start|begins|began|beginning|will\s+begin)\s+(?:a|an|the|its)\s+", re.I)


_THAT_NOUN = re.compile(r"\s*(?:that|this)\s+(?:[\w-]+\s+)?[\w-]+\Z", re.I)  # "That deadline", "This earlier deadline"
_THAT_YEAR = re.compile(r"\b(?:that|the same|the following|the previous) year\b", re.I)


def _add(p: Period, reading: BlockReading, fact: PeriodFact, published: _dt.date | None, dated, by_weekday=None) -> None:
    """Add one stated fact to its period, with its day or length worked out."""
    month = month_number(fact.noun.qualifier) if fact.noun.qualifier and " " not in fact.noun.qualifier else None
    if month is not None and fact.date is not None and fact.date.month not in (None, month):
        return  # "applications received by the January deadline by 14 May": the May day is another errand's
    if published is not None and _of_last_year(reading, fact, published):
        return  # "A similar change was floated last year, when the consultation ran for eight weeks, from 30 September to 25
        # November 2024": another year's period, told so by its time
    if fact.role == "duration":
        if published is not None and _earlier_year(reading, fact, published):
            return  # "Drivers last went on strike in 2023, in a dispute that lasted 10 days": an earlier year's period
        p.durations.append(PeriodStatement(reading, fact, None, length_key(fact.duration)))
        return
    if fact.counted_from:
        # "45 days from the date of the notice": the notice's own date, when the article gives it one date
        days = {(d.month, d.day): (rd, d) for noun in fact.counted_from.split() for rd, d in dated.get(noun, ())}
        if len(days) > 1:
            # "the date of the notice" after one notice dated before it (another is dated only later): that one
            here = reading.block.source_offset(fact.start)
            before = {day: (rd, d) for day, (rd, d) in days.items() if rd.block.source_offset(d.start) < here}
            days = before if len(before) == 1 else days
        if not days and fact.counted_from in ("date", "day") and _THAT_DATE.search(reading.text, max(0, fact.start - 6), fact.end):
            # "The resolution was gazetted on Monday, March 2. Ratepayers … have 21 days from that date": the last day
            # its paragraph gives before the sentence
            opened = reading.sentence_at(fact.start).start
            before = [d for d in reading.dates if d.end <= opened and d.day is not None and d.valid]
            if before:
                days = {(before[-1].month, before[-1].day): (reading, before[-1])}
        if not days and by_weekday:
            # "15 days from the date of the verdict" after "handed down the verdict on Monday": the one day a weekday names
            told = {_fact_day(PeriodFact("start", w.start, w.end, fact.noun, "", weekday=w, tense=tense), published)
                    for noun in fact.counted_from.split() for rd, w, tense in by_weekday.get(noun, ())}
            told.discard(None)
            if len(told) == 1:
                p.starts.append(PeriodStatement(reading, fact, told.pop(), None))
            return
        if len(days) != 1:
            return
        rd, d = next(iter(days.values()))
        day = _fact_day(PeriodFact("start", d.start, d.end, fact.noun, "", date=d), published)
        if day is not None:
            p.starts.append(PeriodStatement(reading, fact, day, None))
        return
    if fact.date is not None and not fact.date.explicit_year and published is not None and not _weekday_fits(fact.date, published.year) and _earlier_year(reading, fact, published):
        return  # "since 2016, when drivers stayed out from Oct. 3 to Oct. 8": the day of an earlier year's event
    day = _fact_day(fact, published)
    if day is None:
        return
    (p.starts if fact.role == "start" else p.ends).append(PeriodStatement(reading, fact, day, None))


def _weekday_fits(date: DateMention, year: int) -> bool:
    """True when a date written with its weekday falls on that weekday in the given year ("began Monday, March 3" in 2025).

    A sentence may name earlier years for something else ("covers tax for 2024 and all earlier years"):
    the weekday says which year the day itself is in.
    """
    day = _in_year(date, year) if date.weekday is not None else None
    return day is not None and day.weekday() == date.weekday


def _earlier_year(reading: BlockReading, fact: PeriodFact, published: _dt.date) -> bool:
    """True when the fact's sentence writes years, all before the year of publication (another year's period).

    For a length, only years written alone count ("went on strike in 2023"): "the 30-month contract
    signed on 1 March 2024" dates this period's own start.
    """
    sentence = reading.sentence_at(fact.start)
    years = years_in(sentence.text)
    if fact.role == "duration":
        dated = [d for d in reading.in_sentence(reading.dates, sentence)
                 if d.day is not None and (d.explicit_year or not years or d.weekday is not None and _weekday_fits(d, published.year))]
        if dated:
            return False  # "the 30-month contract signed on 1 March 2024"; not "closed in 2024 … from 6 May to 17 June"
        since = _SINCE.search(sentence.text, fact.end - sentence.start)
        if since is not None:
            # "the three-week closure was the first since it opened between 2009 and 2011": the years date what it is compared with
            years = years_in(sentence.text[: since.start()])
        if not years and _POINTS_BACK.match(sentence.text) and sentence.start > 0:
            # "A similar consultation … in 2024 was extended. That closure … lasted 31 days": the year of the sentence before
            years = years_in(reading.sentence_at(sentence.start - 1).text)
    return bool(years) and max(years) < published.year


_LAST_YEAR = re.compile(r"\b(?:last|previous|the\s+previous)\s+year\b|\ba\s+year\s+(?:ago|earlier|before)\b", re.I)


def _of_last_year(reading: BlockReading, fact: PeriodFact, published: _dt.date) -> bool:
    """True when the fact's sentence says it tells of last year ("last year, when …") and every year it writes is past."""
    sentence = reading.sentence_at(fact.start)
    told = _LAST_YEAR.search(sentence.text)
    if told is None:
        return False
    years = years_in(sentence.text)
    if years and max(years) >= published.year:
        return False
    if fact.role == "duration":
        # "A similar change was floated last year, when the consultation ran for eight weeks": a length told in a clause
        # of last year's ("when", "which"), not a standing one last year's figures met ("met the 24-hour deadline last year")
        # ("a three-month consultation that ran from June 2 to September 2 last year": "last year" closing the length's clause)
        if told.start() >= fact.end - sentence.start:
            between = sentence.text[fact.end - sentence.start : told.start()]
            return not re.search(r"[,;:()\u2013\u2014]", between) and any(fact.end <= d.start < sentence.start + told.start() for d in reading.dates)
        return bool(re.search(r",\s+(?:when|which|during\s+which)\b", sentence.text[told.end() : fact.start - sentence.start]))
    if fact.date is None:
        return False
    # a day is last year's when its own year says so, or when "last year" closes its clause ("ran from June 2 to September
    # 2 last year"); not "Applications, which opened last year, close on 12 December"
    if fact.date.explicit_year:
        return fact.date.year is not None and fact.date.year < published.year
    after = _LAST_YEAR.search(reading.text, fact.end, sentence.end)
    return after is not None and not re.search(r"[,;:()\u2013\u2014]", reading.text[fact.end : after.start()])


# "Amalgamated Transit Union Local 1894", "Flight 2012": a number after a name word (not a month) is no year
_WORD_BEFORE_YEAR = re.compile(r"(?:\A|(?P<gap>[,;:]?)\s)(?P<word>[A-Za-z]+)\.?\s+\Z")
_NOT_NAME_WORDS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    in since by from until till before after during of on at for the a and or to through between around early late mid spring summer autumn fall winter""".split()
)


def years_in(text: str) -> set[int]:
    """The years a sentence writes, less numbers that end a name ("Union Local 1894")."""
    years = set()
    for m in YEAR_RE.finditer(text):
        before = _WORD_BEFORE_YEAR.search(text, max(0, m.start() - 20), m.start())
        named = before is not None and before.group("word")[0].isupper() and before.group("word").lower() not in _NOT_NAME_WORDS and before.start("word") > 0
        if not named:
            years.add(int(m.group(1)))
    return years


# "Once the consultation closes, …", "After the ban ends, …": what follows happens after the period, not during it
_AFTER_ITS_END = re.compile(
    r"\b(?:once|after|when|following)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:closes|has\s+closed|closed|ends|has\s+ended|ended|is\s+over|was\s+over|expires|has\s+expired|finishes|is\s+complete)\b[^.;]*,",
    re.I,
)
# a count from the period's end: "within three months of its close", "28 days after the consultation closes"
_OF_ITS_CLOSE = re.compile(
    r"\b(?:within|after|of)\s+(?:[\w-]+\s+){0,3}?(?:of|after|from)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:close|closing|end|expiry)\b"
    r"|\b(?:days?|weeks?|months?)\s+after\s+(?:it|the\s+[\w-]+)\s+(?:closes|ends|expires)\b",
    re.I,
)
# "If the permit is issued, anyone aggrieved by the decision has 60 days to file a petition": a step after the outcome
_OUTCOME_FIRST = re.compile(
    r"\W*(?:if|once|when|after|should|where)\s+[^,;]{0,60}?\b(?:is|are|was|were|be|has\s+been|have\s+been)\s+(?:finally\s+)?"
    r"(?:issued|granted|approved|refused|rejected|made|passed|confirmed|upheld|signed|adopted|awarded|dismissed)\b[^,;]{0,40},", re.I)
_NEXT_STEP = re.compile(r"\b(?:then|after\s+(?:which|that|this)|afterwards|subsequently|thereafter)\b", re.I)
_POINTS_BACK = re.compile(r"\s*(?:that|it|this)\b", re.I)


# the grant of a length: "members of the public have 30 days to …", "The Authority has 21 days from …"
_GRANT_BEFORE = re.compile(r"\b(?:have|has|had|was\s+given|were\s+given|is\s+given|are\s+given|get|gets|got)\s+(?:only\s+|just\s+|up\s+to\s+)?\Z", re.I)
_GIVEN_WHOM = re.compile(r"\b(?:granted|gave|given|giving|allowed|allows|allow|grants|grant|gives|give)\s+(?P<who>[^,;:.!?\d]{2,80}?)\s+(?:a\s+further\s+|another\s+|only\s+|just\s+)?\Z", re.I)
_GRANTEE_CLAUSE = re.compile(r".*(?:[,;:]\s*(?:and|but|while|so)?|\b(?:but|while|whereas)\b)\s*", re.I | re.S)


def _grantee(reading: BlockReading, fact: PeriodFact) -> frozenset[str]:
    """The content words of whoever a length is granted to ("members of the public have 30 days"), or none."""
    sentence = reading.sentence_at(fact.start)
    grant = _GRANT_BEFORE.search(reading.text, sentence.start, fact.start)
    if grant is None:
        # "The Bench allowed Haryana six weeks", "granted the Commission and the Delhi government four weeks": whom
        given = _GIVEN_WHOM.search(reading.text, sentence.start, fact.start)
        return frozenset(topic_words(given.group("who"))) if given else frozenset()
    subject = reading.text[sentence.start : grant.start()]
    if _PRONOUN_SUBJECT.search(subject):
        return frozenset()  # "if Merkland chose to appeal it would have 28 days": whoever "it" is, named before
    opening = _GRANTEE_CLAUSE.match(subject)
    return frozenset(topic_words(subject[opening.end() :] if opening else subject))


# a pronoun as the grant's subject, a modal between: "it would have", "they will have", "he had"
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|he|she|we|you)\s+(?:(?:would|will|could|should|may|might|must|now|then|still|also)\s+)*\Z", re.I)


def _apart(a: _dt.date, b: _dt.date) -> int:
    """Days between two days, whichever year each is read in (a year-less day's year is a guess): 20 March and 12
    January are 67 days apart, 21 September and 25 March about six months."""
    shifted = [_in_year(a, b.year + k) for k in (-1, 0, 1)]
    return min((abs((x - b).days) for x in shifted if x is not None), default=abs((a - b).days))


def _sentence_before(reading: BlockReading, pos: int) -> int:
    """The start of the sentence before the one at pos in its block, or -1 when it opens the block."""
    here = reading.sentence_at(pos).start
    starts = [s.start for s in reading.block.sentences if s.start < here]
    return starts[-1] if starts else -1


def _told_topics(p: Period, end: bool) -> list[frozenset[str]]:
    """The topics of the sentences a period is told in, each sentence once (two mentions in one sentence are one)."""
    told = {st.reading.sentence_at(st.fact.start).text: st.reading.topic_at(st.fact.start) for st in (*p.durations, *p.starts, *p.ends)}
    told |= {rd.sentence_at(n.start).text: rd.topic_at(n.start) for rd, n in p.nouns}
    # for an end, the paragraph that brings the period in counts whole: it goes on about it ("… begins on Monday
    # 1 June. During that time anyone can hand in …" shares its topic with "have until Friday 29 May to hand items in")
    if end:
        told |= {rd.text: rd.topic for rd, n in p.nouns if n.introduces or rd.sentence_at(n.start).start == 0}
    return list(told.values())


def _orphan_period(found, reading: BlockReading, fact: PeriodFact, period, knowledge, follows=lambda noun: False, told_of: dict | None = None) -> Period | None:
    """The period a fact in a sentence naming none belongs to: the one whose sentences share most of its topic, among
    those with a day within four months of a day the fact's sentence names, when it names one.

    A period qualifies when one of its sentences shares two content words with the fact's
    ("notice" and "appeal"); the one sharing most words over all its sentences wins. A clear
    end ("no later than 30 March", "stays in force through Nov. 7") goes to the period last
    named when that period was named in this paragraph or the one before and qualifies, and
    also when no other period alone wins. An end given for the public (residents, householders, parents) to comment,
    respond or object is the article's one plain consultation's ("residents, who have until Friday 13 February to
    comment").
    """
    sentence = reading.sentence_at(fact.start).text
    consultation = found.get(("consultation", None))
    if fact.role == "end" and consultation is not None and not consultation.several and knowledge.response_errand_re.search(sentence) \
            and knowledge.public_re.search(sentence):
        # "residents, who have until Friday 13 February to comment": what the one consultation asks the public for (not
        # "Statutory consultees … have until Thursday 7 May to respond", a window of their own)
        return consultation
    words = topic_words(sentence)
    # the days the fact's sentence names: "had one week …, until Monday 21 September" is not of a period whose days are
    # all months away ("The council's own consultation … ran for 21 days, from 5 March to 25 March")
    own_days = [m.resolved for m in reading.in_sentence(reading.dates, reading.sentence_at(fact.start)) if m.resolved]
    scores: dict[int, tuple[int, Period]] = {}
    for p in found.values():
        if p.several or not (p.durations or p.starts or p.ends):
            continue
        theirs = [st.day for st in (*p.starts, *p.ends) if st.day]
        if own_days and theirs and min(_apart(a, b) for a in own_days for b in theirs) > _FAR_APART_DAYS:
            continue
        # the topics of the period's sentences, gathered again only when the period has gained a fact or a mention since
        # (periods only grow while orphans are placed)
        key = (id(p), len(p.durations), len(p.starts), len(p.ends), len(p.nouns), fact.role == "end")
        topics = told_of.get(key) if told_of is not None else None
        if topics is None:
            topics = _told_topics(p, fact.role == "end")
            if told_of is not None:
                told_of[key] = topics
        shared = [len(words & t) for t in topics]
        if max(shared) >= _SHARED_WORDS:
            scores[id(p)] = (sum(shared), p)
    if fact.orphan == "strong" and fact.noun.kind and id(period(fact.noun)) in scores and follows(fact.noun):
        return period(fact.noun)  # a clear end in the paragraph after its period is named, on the same subject, is that period's
    best = max((score for score, _ in scores.values()), default=0)
    leaders = [p for score, p in scores.values() if score == best]
    if len(leaders) == 1:
        return leaders[0]
    # "Sealed bids must be submitted no later than 2.00 p.m. on May 28": the period named for bids ("the 21-day bidding
    # period"), not the grace period named last
    said = _short_topic(sentence)
    named_for = [p for p in found.values() if not p.several and (p.durations or p.starts or p.ends)
                 and any(same_stem(a, b) for a in _own_words(p) for b in said)] if fact.orphan == "strong" else []
    if len(named_for) == 1 and (not leaders or named_for[0] in leaders):
        return named_for[0]
    if fact.orphan == "strong" and fact.noun.kind and (not leaders or period(fact.noun) in leaders) and (not named_for or period(fact.noun) in named_for):
        return period(fact.noun)  # the period last named, when no other alone shares the sentence's topic
    return None


def _in_year(m: DateMention, year: int) -> _dt.date | None:
    """The day and month of a date in another year, or None when it does not exist there (29 February)."""
    try:
        return _dt.date(year, m.month, m.day)
    except (TypeError, ValueError):
        return None


def _fix_years(period: Period) -> None:
    """A year-less end that falls before a year-less start belongs to the next year ("from 20 December to 19 January"),
    unless the weekday written with it says which year it is in ("to Wednesday, November 4").

    A year-less start written in one range with an end that has its year takes that year ("from
    1 January to 29 February 2028"), when the start then falls on or before the end.
    """
    ends = {e.day for e in period.ends}
    for i, st in enumerate(period.starts):
        date = st.fact.date
        if date is not None and not date.explicit_year and len(ends) == 1:
            end = period.ends[0]
            same_range = end.reading is st.reading and end.fact.date is not None and end.fact.date.explicit_year and 0 < end.fact.start - st.fact.end <= 12
            earlier = _in_year(date, end.day.year) if same_range else None
            if earlier and earlier <= end.day and earlier != st.day:
                period.starts[i] = st = PeriodStatement(st.reading, st.fact, earlier, None)
        if date is not None and not date.explicit_year and len(ends) == 1 and st.day > next(iter(ends)):
            # "ran from 3 March to 14 April last year": the year written at the end is the start's too
            earlier = _in_year(date, next(iter(ends)).year)
            if earlier and earlier <= next(iter(ends)):
                period.starts[i] = PeriodStatement(st.reading, st.fact, earlier, None)
    starts = {s.day for s in period.starts}
    if len(starts) != 1:
        return
    start = next(iter(starts))
    # only a start written with the weekday it falls on confirms the years the weekdays give
    start_fits = all(st.fact.date is not None and st.fact.date.weekday is not None and st.day.weekday() == st.fact.date.weekday for st in period.starts)
    for i, e in enumerate(period.ends):
        date = e.fact.date
        if start_fits and date is not None and not date.explicit_year and date.weekday is not None and e.day.weekday() != date.weekday:
            # "from Monday, November 16 … to Wednesday, November 4": the weekday says which year the end is in
            fits = [d for y in (start.year, start.year + 1, start.year - 1) if (d := _in_year(date, y)) is not None and d.weekday() == date.weekday]
            if fits:
                period.ends[i] = PeriodStatement(e.reading, e.fact, fits[0], None)
                continue
        if date is not None and not date.explicit_year and e.day.year != start.year and (own := _in_year(date, start.year)) and own >= start:
            # "takes effect on 1 February 2026" … "lapses on 31 July" in a piece dated January 2026: the start's year
            period.ends[i] = PeriodStatement(e.reading, e.fact, own, None)
        elif date is not None and not date.explicit_year and e.day < start:
            # across the new year; an end a few days or weeks before its start is a contradiction, not a wrap, unless
            # the period's length reaches it ("for a year from 30 September to 29 September")
            later = _in_year(date, start.year + 1)
            reaches = later is not None and any(
                abs((add_duration(start, d.fact.duration.amount, d.fact.duration.unit) - later).days) <= 1 for d in period.durations)
            if later and (later - start).days <= 400 and ((start - e.day).days > 183 or reaches):
                period.ends[i] = PeriodStatement(e.reading, e.fact, later, None)


def _merge_deadline(found: dict[tuple[str, str | None], Period]) -> None:
    """The deadline of an article about one period is that period's end ("the consultation … the 2 May deadline")."""
    deadline = found.get(("deadline", None))
    others = [p for k, p in found.items() if k[0] != "deadline" and (p.ends or p.starts or p.durations)]
    if deadline is not None and not deadline.several and deadline.nouns and deadline.nouns[0][1].refers_back:
        # "… the standard 14-day objection period, which was due to close on Friday, March 20. On Tuesday the council
        # agreed to push that deadline back to Friday, April 10": the one period whose end the paragraph gave before
        rd, n = deadline.nouns[0]
        before = [p for p in others if not p.several and any(e.reading is rd and e.fact.start < n.start for e in p.ends)]
        # only a deadline the paragraph alone speaks of: "extended the deadline in a separate proceeding" elsewhere is another's
        if len(before) == 1 and all(other is rd for other, _ in deadline.nouns):
            _join(before[0], deadline)
            del found[("deadline", None)]
            return
    if deadline is None or len(others) != 1 or deadline.several or others[0].several or deadline.moved:
        return  # a deadline said to move is another thing's, or one whose old and new dates would both be the period's
    other = others[0]
    if all(n.introduces for _, n in deadline.nouns):
        return  # "The club has 21 days … to lodge an appeal, a deadline that runs to 27 October": a deadline brought in is its own
    if any(n.purpose and rd.block.kind is not BlockKind.HEADING and not _same_errand(rd, n, other) for rd, n in deadline.nouns):
        return  # "the deadline for objections": the deadline of one part of it
    if any(_deadline_to_make(rd, n, other) for rd, n in deadline.nouns):
        return  # "a deadline of 20 May to announce a firm offer": the day the offer must be made by, before it runs
    plain = next(k for k, p in found.items() if p is other)[1] is None  # "Separately, … a 30-day window": told apart, no override
    # "the 13 March cut-off for objections" of "the objection period": its purpose names the period
    named = other.nouns and any(n.purpose and rd.block.kind is not BlockKind.HEADING for rd, n in deadline.nouns)
    if _differ(other.durations, deadline.durations, "length") or _differ(other.ends, deadline.ends, "day") and not (plain and other.ends and (named or _same_matter(deadline, other))):
        return  # "the offer will expire on 19 December" … "a deadline of 25 September" for the board: another thing's deadline
    _join(other, deadline)
    del found[("deadline", None)]


def _join(other: Period, deadline: Period) -> None:
    """Make a deadline's mentions and facts its period's own."""
    other.nouns += deadline.nouns
    other.durations += deadline.durations
    other.starts += deadline.starts
    other.ends += deadline.ends
    other.moved = other.moved or deadline.moved
    for s in (other.durations, other.starts, other.ends):
        s.sort(key=lambda x: (x.reading.block.source_offset(0), x.fact.start))


_TO_MAKE = re.compile(r"[^.;:!?]{0,60}?\bto\s+[a-z]+\s+(?:a|an|the|its|their)\s+(?P<object>(?:[\w-]+\s+){0,2}[a-z]+)", re.I)


def _deadline_to_make(rd: BlockReading, n: PeriodNoun, other: Period) -> bool:
    """True when a deadline's errand takes the other period as its object ("a deadline … to announce a firm offer"):
    a day that period must be made, announced or tabled by, not its end."""
    m = _TO_MAKE.match(rd.text, n.end)
    return bool(m) and any(same_stem(w, mine) for w in m.group("object").lower().split() for mine in _words_of(other))


def _same_matter(deadline: Period, other: Period) -> bool:
    """True when a deadline's sentences share the subject matter of a period's own ("parents can submit application forms …
    The registration window will close on December 19" … "Schools will not accept application forms after the December 29
    deadline"): the period's deadline, whatever day it gives."""
    def words(p: Period) -> set[str]:
        return set().union(*(topic_words(rd.sentence_at(n.start).text) for rd, n in p.nouns)) - {p.kind} if p.nouns else set()
    mine = words(deadline)
    # the period's paragraphs: "parents can submit application forms … from November 28. The registration window will close …"
    theirs = set().union(*(topic_words(rd.text) for rd in {id(rd): rd for rd, _ in other.nouns}.values())) - {other.kind}
    return len((mine & theirs) - _GENERIC_KINDS - {"deadline"}) >= _SHARED_WORDS


_GRANTED = "granted at"
_WINDOW_WORDS = frozenset({"window", "period"})
# periods that run by themselves: no one "has" them to do something in, so a length granted to someone is another period
_NOT_GRANTED_KINDS = frozenset({"ban", "ceasefire", "trial", "contract", "closure", "strike", "buyback", "display", "sale", "scheme"})


# a determiner, then up to three words before a period's noun: "the bid submission window", "the bidding window"
_NAME_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this)\s+((?:[a-z][a-z-]+\s+){1,3})\Z", re.I)


_SHORT_NOT_TOPIC = frozenset("the and for are was has had not but its who may can all any one two new per via out off own".split())


def _short_topic(text: str) -> set[str]:
    """_topic with words of three letters too: an errand is often short ("bid", "tax", "fee")."""
    return {w.rstrip("s") for w in re.findall(r"\b[a-z]{3,}\b", text.lower()) if w not in _NOT_TOPIC and w not in _SHORT_NOT_TOPIC}


def _errand_ends(found: dict, unclaimed: list[tuple[BlockReading, PeriodFact]], published, dated, by_weekday,
                 errands: dict[str, frozenset[str]] | None = None) -> None:
    """Give a clear end no period took ("Bids must be uploaded by 3 pm on April 28"; "The last date for submission of
    bids is March 20") to the one dated general period named for that errand ("the bid submission window, which
    closes on May 5"; "the bidding window"): a window or period whose words before its noun share a word's stem with
    the end's sentence, or a period of a kind whose errands (rules/periods.yaml) the sentence names ("bidders have until
    21 October to lodge their proposals": the tender's). With none, or two, it stays unclaimed."""
    if not unclaimed:
        return
    named = []
    for p in found.values():
        if p.kind in (errands or {}) and not (p.moved or p.several) and p.ends:
            named.append((p, {w.rstrip("s") for w in errands[p.kind] if " " not in w}))
            continue
        if p.kind not in _WINDOW_WORDS or p.moved or p.several or not p.ends:
            continue
        words = set()
        for rd, n in p.nouns:
            m = _NAME_BEFORE.search(rd.text, max(0, n.start - 60), n.start)
            words |= _short_topic(m.group(1)) if m else set()
            words |= _short_topic(n.qualifier) if n.qualifier else set()
            words |= _short_topic(rd.text[n.start : n.end])  # "objection period": a form that names its errand
        if words - _GENERIC_KINDS:
            named.append((p, words - _GENERIC_KINDS))
    for reading, fact in unclaimed:
        said = _short_topic(reading.sentence_at(fact.start).text)
        fits = [p for p, words in named if any(same_stem(a, b) for a in words for b in said)]
        if len(fits) == 1:
            _add(fits[0], reading, fact, published, dated, by_weekday)


def _errand(granted: Period) -> set[str]:
    """The content words of what a length was granted for ("has 15 days … to file an appeal": file, appeal)."""
    grant = granted.durations[0]
    sentence = grant.reading.sentence_at(grant.fact.start)
    errand = _TO_DO.search(grant.reading.text, grant.fact.end, sentence.end)
    if errand is None and (before := _WANTS_TO.search(grant.reading.text, sentence.start, grant.fact.start)):
        return topic_words(before.group(1)) - _ERRAND_WORDS  # "anyone who wants to comment has five weeks": told before the grant
    if errand is None:
        return set()
    stop = grant.reading.text.find(";", errand.start(), sentence.end)  # "…; if it is granted, objectors would have …": another clause's
    return topic_words(grant.reading.text[errand.start() : stop if stop >= 0 else sentence.end]) - _ERRAND_WORDS


def _merge_grants(found: dict[tuple[str, str | None], Period]) -> None:
    """A length granted in a sentence naming no period is the window the article names for the same errand ("has 15
    days from the date of the verdict to file an appeal" … "the appeal window for all parties closes on November 24")."""
    grants = [(k, p) for k, p in found.items() if k[0] == "window" and (k[1] or "").startswith(_GRANTED) and p.durations]
    # "anyone who wants to comment has five weeks from that date" … "Comments from residents close: Monday 26 October"
    named = [p for k, p in found.items() if k[0] in ("window", *_RESPONSES) and not (k[1] or "").startswith(_GRANTED)
             and p.ends and not p.durations and not p.several and not p.moved]
    for key, granted in grants:
        errand = _errand(granted)
        fits = [p for p in named if any(same_stem(a, b) for a in errand for b in _noun_words(p))]
        if len(fits) != 1 or sum(1 for _, g in grants if errand and _errand(g) & errand) != 1:
            continue
        window = fits[0]
        window.durations += granted.durations
        order = lambda x: (x.reading.block.source_offset(0), x.fact.start)  # noqa: E731
        window.starts = sorted(window.starts + granted.starts, key=order)
        window.ends = sorted(window.ends + granted.ends, key=order)
        del found[key]


def _noun_words(p: Period) -> set[str]:
    """The content words of the nouns a period is named by ("the appeal window": appeal)."""
    return {w for rd, n in p.nouns for w in topic_words(rd.text[n.start : n.end])} - _WINDOW_WORDS


def _grant_for_errand(grants: list[Period], reading: BlockReading, fact: PeriodFact) -> Period | None:
    """The article's one granted length whose errand a clear end's sentence names ("Customers have 60 days … to return
    affected kettles for a full refund" … "refund claims will be accepted until April 15"), when no period claims the end;
    with several grants, the one grant whose errand it names."""
    if not grants or any(not g.durations for g in grants):
        return None
    words = topic_words(reading.sentence_at(fact.start).text) - _ERRAND_WORDS
    # with several grants, the one whose errand the sentence names ("three weeks to make the deposit" … "if the deposit
    # is not made by December 26", beside "six weeks to place on record a settlement plan")
    fits = [g for g in grants if any(same_stem(a, b) for a in words for b in _errand(g))]
    return fits[0] if len(fits) == 1 and not _other_errand(fits[0], reading, fact) else None


_GRANTED_ERRAND = re.compile(r"\bto\s+(?P<verb>[a-z]{3,})\b(?P<rest>[^.;:,]{0,40})", re.I)


def _errand_after(reading: BlockReading, fact: PeriodFact) -> re.Match[str] | None:
    """The errand written after a granted length in its sentence ("seven days, until February 9, to vacate"): its verb and
    the words after it."""
    return _GRANTED_ERRAND.search(reading.text, fact.end, reading.sentence_at(fact.start).end)


_NAME_MODIFIER = re.compile(r"\b[A-Z][\w'\u2019-]*(?=\s+(?:\(|[A-Z]))")


# "to do so", "to do that": an errand that points back at the verb told before it in its sentence
_DO_SO = re.compile(r",?\s+to\s+do\s+(?:so|that|this|it)\b", re.I)
_TO_VERB = re.compile(r"\bto\s+([a-z]{3,})\b", re.I)


def _errand_words(reading: BlockReading, fact: PeriodFact) -> tuple[str, set[str]]:
    """The verb and the other words of the errand a granted length is for ("to lodge an appeal with the sheriff": lodge;
    appeal, sheriff); for "to do so", the verb told before the length in its sentence ("if Merkland chose to appeal it would
    have 28 days to do so": appeal), with no words."""
    if _DO_SO.match(reading.text, fact.end):
        told = _TO_VERB.findall(reading.text, reading.sentence_at(fact.start).start, fact.start)
        return (told[-1].lower(), set()) if told else ("", set())
    errand = _errand_after(reading, fact)
    if errand is None:
        return "", set()
    return errand.group("verb").lower(), set(topic_words(errand.group("rest")))


def _granted_for_its_errand(found, p: Period) -> list:
    """The times granted for an errand that the sentences naming a bare window speak of ("would appeal within the
    three-month window" beside "would have six months … to lodge an appeal"), as (key, period) pairs."""
    said = {w for rd, n in p.nouns for w in topic_words(rd.sentence_at(n.start).text)}
    return [(k, t) for k, t in found.items() if t is not p and (k[1] or "").startswith(_GRANTED) and t.durations
            and any(same_stem(x, w) for x in _errand_terms(t.durations[0]) for w in said)]


def _errand_terms(st) -> set[str]:
    """The verb and the words of the errand a stated granted length is for ("lodge", "appeal", …)."""
    verb, words = _errand_words(st.reading, st.fact)
    return ({verb} | words) - {""}


def _one_errand(a: tuple[str, set[str]], b: tuple[str, set[str]]) -> bool:
    """True when two errands are one: their objects share a word ("to lodge an appeal" and "to file an appeal"), or one has
    none and its verb is the other's verb or object ("to appeal" and "to lodge an appeal"); "to lodge objections" and "to
    lodge an appeal" are two."""
    (verb_a, words_a), (verb_b, words_b) = a, b
    if words_a and words_b:
        return any(same_stem(x, y) for x in words_a for y in words_b)
    return bool(verb_a and verb_b) and any(same_stem(x, y) for x in {verb_a} | words_a for y in {verb_b} | words_b)


def _grant_for_same_errand(found, reading: BlockReading, fact: PeriodFact) -> Period | None:
    """The one time already granted, in a sentence naming no period, for the errand this length is granted for (its verb
    or a noun of it, "appeal"), so that two lengths for one errand are one window given two lengths; None otherwise."""
    ours = _errand_words(reading, fact)
    if not ours[0]:
        return None
    fits = [p for k, p in found.items() if (k[1] or "").startswith(_GRANTED) and p.durations
            and _one_errand(ours, _errand_words(p.durations[0].reading, p.durations[0].fact))]
    return fits[0] if len(fits) == 1 else None


def _errand_untold(p: Period, reading: BlockReading, fact: PeriodFact) -> bool:
    """True when a length granted for an errand ("seven days, until February 9, to vacate") would join a bare period of
    another length ("the 30-day period") whose sentences never speak of that errand: neither its verb nor the words after it."""
    errand = _errand_after(reading, fact)
    if errand is None:
        return False
    # the errand's words: a name's head says what it is ("the Upper Tribunal"), the words before it ("the Public Finance
    # Management (Amendment) Bill") say nothing of the matter
    said = topic_words(_NAME_MODIFIER.sub(" ", errand.group("verb") + " " + errand.group("rest")))
    return bool(said) and not any(same_stem(a, b) for topic in _told_topics(p, False) for a in said for b in topic)


def _other_errand(granted: Period, reading: BlockReading, fact: PeriodFact) -> bool:
    """True when an end is given for doing something to another thing than a granted length is ("to file the
    application" and "until Friday, March 6 to file a replying affidavit": one verb, two things filed)."""
    theirs, ours = _errand_object(granted.durations[0].reading, granted.durations[0].fact.end, grant=True), _errand_object(reading, fact.end)
    return bool(theirs and ours and not same_stem(theirs, ours))


# the thing an errand does something to, the errand right after a day or a length: "to file the application"
# (application), "to file a replying affidavit opposing …" (affidavit); a list ("their technical and financial bids") names none
_ERRAND_OBJECT = re.compile(
    r",?\s+to\s+(?!the\b|a\b|an\b)[a-z]+\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?!and\b|or\b)[a-z-]+\s+){0,2}?(?!and\b|or\b)([a-z]{4,})\b"
    r"(?=\s*(?:[,.;]|\Z|\b(?:with|to|at|in|on|by|for|against|opposing|before|after)\b))", re.I)
# what may stand between a granted length and its errand: "14 days from the date of her ruling, until March 30,"
_BEFORE_ERRAND = re.compile(r"[^.;]{0,60}?(?=,?\s+to\s+[a-z]+\s)", re.I)


def _errand_object(reading: BlockReading, at: int, grant: bool = False) -> str:
    """The head noun of the errand written just after an end ("until Friday, March 6 to file a replying affidavit"), or
    for a granted length a little further on ("14 days from the date of her ruling, until March 30, to file the application")."""
    end = reading.sentence_at(at).end
    if grant and (skip := _BEFORE_ERRAND.match(reading.text, at, end)):
        at = skip.end()
    m = _ERRAND_OBJECT.match(reading.text, at, end)
    return m.group(1).lower() if m else ""


def _same_errand(reading: BlockReading, noun: PeriodNoun, granted: Period) -> bool:
    """True when a deadline's purpose is what a length was granted for ("has 21 days … to lodge an appeal" and "the
    deadline for filing a notice of appeal"): a period read only from a grant has no noun to tell it by. A period with a
    noun is the deadline's when the noun names the purpose ("the objection period" … "the 13 March cut-off for objections")."""
    if granted.nouns:
        purpose = _FOR_CLAUSE.match(reading.text[noun.end : reading.sentence_at(noun.start).end])
        named = {w for rd, n in granted.nouns for w in topic_words(rd.text[n.start : n.end])} - _WINDOW_WORDS - _GENERIC_KINDS
        return purpose is not None and bool(topic_words(purpose.group(1)) & named)
    if not granted.durations or any(not st.fact.orphan for st in granted.durations):
        return False
    grant = granted.durations[0]
    sentence = grant.reading.sentence_at(grant.fact.start)
    errand = _TO_DO.search(grant.reading.text, grant.fact.end, sentence.end)
    if errand is None:
        return False
    after = reading.text[noun.end : reading.sentence_at(noun.start).end]
    purpose = _FOR_CLAUSE.match(after)
    return purpose is not None and bool(topic_words(purpose.group(1)) & topic_words(grant.reading.text[errand.end() : sentence.end]) - _ERRAND_WORDS)


_TO_DO = re.compile(r"\bto\s+\w+", re.I)
_WANTS_TO = re.compile(r"\bwho\s+(?:wants?|wishe?s?|intends?|plans?)\s+(to\s+\w+(?:\s+on\s+[\w\s]{1,30}?)?)\s+(?:has|have|had|will|gets?)\b", re.I)
_FOR_CLAUSE = re.compile(r"\s+for\s+([^.;]{1,80})", re.I)
_ERRAND_WORDS = frozenset({"court", "case", "notice", "application", "form"})  # what any filing names; the errand is in the rest




# words that tell a comment period or its comments apart from the article's one, or a day only asked for
_TOLD_APART = re.compile(r"\b(?:separate(?:ly)?|another|other|that\s+document|asked|urged|advised|encouraged|recommended)\b", re.I)


def _merge_submissions(found: dict[tuple[str, str | None], Period], published: _dt.date | None = None, kind: str = "submissions", host: str = "consultation") -> None:
    """The submissions to an article's one consultation open and close when it does ("Submissions opened on Monday,
    2 March", "Responses must reach the council by 27 March"); a consultation of an earlier year is no rival. Beside
    another consultation ("a second consultation", "the bus consultation") only submissions whose sentences share the
    plain consultation's subject matter and none of the other's are its own; beside another dated period ("Plans for
    the greenway will be on display …"), those whose sentences share no more with that period's than with the
    consultation's ("Draft local area plan: submissions from 12 March to 23 April" beside "Greenway: on display 2 March
    to 30 March; submissions until 13 April"). Beside a dated consultation, another that the article gives no time at
    all ("A separate 12-week consultation on charges"), or that it says is over when the responses are still due
    ("which closed at the end of September"), is no rival. The submissions to an article's one tender (`host`), in an
    article with no consultation, are read the same way ("Submissions … can be lodged online from Monday 9 March",
    "Submissions close at noon on Friday 24 April" … "the four-week tender window")."""
    submissions, consultation = found.get((kind, None)), found.get((host, None))
    if submissions is None or consultation is None:
        return
    if submissions.several or consultation.several or submissions.moved or not (submissions.starts or submissions.ends):
        return
    if submissions.durations and (consultation.durations or consultation.starts and submissions.starts):
        return  # "comments … for 21 days starting June 15" beside a consultation with a length or start of its own: two
        # ("Submissions will be accepted for four weeks, closing …" beside the consultation's opening day: its length)
    if any(n.purpose for _, n in submissions.nouns):
        return
    consultations = [p for k, p in found.items() if k[0] == host and k[1] is not None and not _of_the_past(k[1], published)]
    if consultation.starts or consultation.ends:
        # "A separate 12-week consultation on charges" with no time of its own: the dated one is whose responses close
        # ("A second consultation, on parking, runs until October" has one)
        consultations = [p for p in consultations if p.starts or p.ends or any(_MONTH_NAME.search(t) for t in _sentences_of(p))]
        ahead = published is not None and submissions.ends and all((day := _fact_day(st.fact, published)) is not None and day >= published for st in submissions.ends)
        if ahead:
            # "which closed at the end of September, drew more than 900 responses": over, so not whose responses are still due
            consultations = [p for p in consultations if not any(_CLOSED.search(t) for t in _sentences_of(p))]
    others = [p for k, p in found.items() if k[0] != host and k[0] not in _RESPONSES and (p.starts or p.ends)]
    ours = [topic_words(t) for t in _sentences_of(consultation)]
    rival_consultations = [topic_words(t) for p in consultations for t in _sentences_of(p)]
    rival_others = [topic_words(t) - _SUBMITTED for p in others for t in _sentences_of(p)]

    def its_own(st: PeriodStatement) -> bool:
        words = topic_words(st.reading.sentence_at(st.fact.start).text)
        if consultations and (max((len(words & t) for t in ours), default=0) < _SHARED_WORDS or any(words & t for t in rival_consultations)):
            return False
        words -= _SUBMITTED  # every sentence about responses names them: no sign of whose they are
        return max((len(words & t) for t in rival_others), default=0) <= max((len(words & (t - _SUBMITTED)) for t in ours), default=0)

    moved = {id(st) for st in (*submissions.starts, *submissions.ends) if its_own(st)}
    if not moved or (consultations and len(moved) < len(submissions.starts) + len(submissions.ends)):
        return  # whose responses these are is a guess
    if submissions.durations:
        consultation.durations = sorted(consultation.durations + submissions.durations, key=lambda x: (x.reading.block.source_offset(0), x.fact.start))
        submissions.durations = []
    consultation.starts = sorted(consultation.starts + [st for st in submissions.starts if id(st) in moved], key=lambda x: (x.reading.block.source_offset(0), x.fact.start))
    consultation.ends = sorted(consultation.ends + [st for st in submissions.ends if id(st) in moved], key=lambda x: (x.reading.block.source_offset(0), x.fact.start))
    submissions.starts = [st for st in submissions.starts if id(st) not in moved]
    submissions.ends = [st for st in submissions.ends if id(st) not in moved]
    if not submissions.starts and not submissions.ends:
        consultation.nouns += submissions.nouns
        del found[(kind, None)]


# the words of the submissions themselves: shared by every sentence about any period's responses
_SUBMITTED = frozenset({"submission", "response", "responses", "submit", "submitted"})


_CLOSED = re.compile(r"\b(?:closed|ended|finished|concluded|ran\s+(?:from|until|to))\b", re.I)
_MONTH_NAME = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?!\w)")


def _sentences_of(p: Period) -> set[str]:
    return {st.reading.sentence_at(st.fact.start).text for st in (*p.durations, *p.starts, *p.ends)} | {rd.sentence_at(n.start).text for rd, n in p.nouns}


_PAST_MARKERS = frozenset({"previous", "earlier", "past", "last year's", "last month's", "previous year's"})


def _of_the_past(marker: str, published: _dt.date | None) -> bool:
    """True when the word telling a period apart puts it in the past ("the 2023 consultation", "the previous consultation")."""
    first = marker.split()[0]
    if _YEAR_WORD.fullmatch(first):
        return published is not None and int(first) < published.year
    return marker in _PAST_MARKERS or first in _PAST_MARKERS


_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def _differ(ours: list[PeriodStatement], theirs: list[PeriodStatement], value: str) -> bool:
    """True when both lists state a value and they share none."""
    return bool(ours and theirs) and not {getattr(x, value) for x in ours} & {getattr(x, value) for x in theirs}


def periods(r: Readings) -> dict[tuple[str, str | None], Period]:
    """Return every period the article's prose names, by kind, with what it states about each."""
    return r.periods


# --- linking: one period named by different nouns in different sentences ---


def _words_of(p: Period) -> set[str]:
    """The words the period's own nouns are written with ("the 21-day bidding period": bidding, period)."""
    return {w for rd, n in p.nouns for w in re.findall(r"[a-z]{3,}", rd.text[n.start : n.end].lower())} | {p.kind}


def _dated(p: Period) -> bool:
    return bool(p.starts or p.ends) and not p.several and not p.moved


def _only_definite(p: Period) -> bool:
    """True when every mention of a period points back at one named before ("the deadline"), none bringing one in."""
    return all(n.refers_back and not n.introduces and n.marker is None for _, n in p.nouns)


def _a_length_only(key: tuple[str, str | None], p: Period) -> bool:
    """True when a period is only a length named by definite mentions ("the three-week subscription window"): a
    mention that points back at a period named before, not one it brings in."""
    if not p.durations or p.starts or p.ends or p.several or p.moved or not p.nouns:
        return False
    # a bare mention ("certificates of registration") brings nothing in either
    return any(n.refers_back for _, n in p.nouns) and all(
        not n.introduces and not n.verb and n.marker is None and not n.purpose for _, n in p.nouns
    )


def _section_text(r: Readings, p: Period, besides: Period) -> str:
    """The text of the sections (from one crosshead to the next) that state the period's dates, less the blocks of
    the other mention (`besides`): a word there is its own, no evidence that it shares the period's subject."""
    blocks = [rd.block for rd in r.blocks]
    keys = {id(st.reading.block) for st in (*p.starts, *p.ends)}
    own = ({id(rd.block) for rd, _ in besides.nouns} | {id(st.reading.block) for st in besides.durations}) - keys
    section, sections, texts = 0, {}, {}
    for b in blocks:
        if b.kind is BlockKind.HEADING:
            section += 1
        sections[id(b)] = section
        if id(b) not in own:
            texts.setdefault(section, []).append(b.text)
    return " ".join(t for s in sorted({sections[k] for k in keys if k in sections}) for t in texts.get(s, ()))


def _fits(r: Readings, source: Period, target: Period) -> bool:
    """True when general evidence says a length-only mention may be the dated period: a noun that names any period
    ("the window"), or one form of the same word (bidding/bids); and every word telling the mention apart
    ("subscription" window) is one the target's sections also use ("will subscribe to its full entitlement")."""
    ours, theirs = _words_of(source), _words_of(target)
    related = source.kind in _GENERIC_KINDS or target.kind in _GENERIC_KINDS or any(same_stem(a, b) for a in ours for b in theirs)
    if not related:
        return False
    section = re.findall(r"[a-z]{3,}", _section_text(r, target, source).lower())
    # what tells the mention apart: its qualifier, and the other words of its noun ("appeal" of "the appeal window")
    telling = {n.qualifier.lower() for _, n in source.nouns if n.qualifier} | ours - _GENERIC_KINDS - {source.kind}
    for rd, n in source.nouns:  # "the 48-hour window for late entries": what it is for tells it apart too
        purpose = _FOR_CLAUSE.match(rd.text, n.end)
        telling |= topic_words(purpose.group(1)) if purpose else set()
    return all(any(same_stem(q, w) for w in (*theirs, *section)) for q in telling)


def _another_grant(key: tuple[str, str | None], target: Period, source: Period) -> bool:
    """True when a bare "period" of one length would join a time someone was given of another ("gave occupants seven days,
    until February 9, to vacate" … "within the 30-day period allowed" for an appeal): nothing names either, so the two
    lengths say they are two."""
    return source.kind in _GENERIC_KINDS and (key[1] or "").startswith("granted at") and bool(target.durations) \
        and not {st.length for st in source.durations} & {st.length for st in target.durations}


def _the_one_opened(found: dict, key: tuple[str, str | None], p: Period):
    """The one period opened beside a definite general window that has a length and an end and no start (in its paragraph
    or the one before, opening before the window closes, with no end or length of its own), as (key, period), or None."""
    if not (p.kind in _GENERIC_KINDS and key[1] is None and p.durations and p.ends and not (p.starts or p.several or p.moved) and _only_definite(p)):
        return None
    blocks = {st.reading.block.index for st in p.ends} | {rd.block.index for rd, _ in p.nouns}
    fits = [(k, t) for k, t in found.items() if t is not p and t.kind not in _GENERIC_KINDS and k[1] is None and t.starts and not t.ends
            and not t.durations and not t.several and not t.moved
            and all(st.day is not None and e.day is not None and st.day < e.day for st in t.starts for e in p.ends)
            and any(b - 1 <= st.reading.block.index <= b for st in t.starts for b in blocks)]
    return fits[0] if len(fits) == 1 else None


def link_periods(found: dict[tuple[str, str | None], Period], r: Readings) -> list[tuple[tuple[str, str | None], tuple[str, str | None]]]:
    """Merge each period told only by a length and definite mentions into the one dated period it names.

    "The issue will open on November 24 and close on December 8" … "the three-week subscription window"; "The
    public comment period opens Wednesday, Nov. 5, and closes Dec. 19" … "over the 60-day consultation". The
    length-only period ("the …", no "a", no marker such as "second", not said to move) joins the dated period
    (a start or an end, not several, not moved) when exactly one dated period fits it (`_fits`): with two
    candidates, or none, it stays apart. A dated general period named for an errand ("the submission window
    closes on July 24") joins the one dated period of that errand ("Submissions … will close on July 17").
    Returns the links made, as (from, to) keys.
    """
    links = []
    dated = [(k, p) for k, p in found.items() if _dated(p)]
    for key, p in list(found.items()):
        if _a_length_only(key, p):
            # not a period told apart ("That notice carries its own 30-day comment period, ending Sept. 3")
            fits = [(k, t) for k, t in dated if t is not p and _fits(r, p, t) and not any(n.marker for _, n in t.nouns)]
            if any(_another_grant(k, t, p) for k, t in fits):
                fits = []  # what it fits best is a time someone was given, of another length: no sign which it is
            if p.kind in _GENERIC_KINDS and _length_said_before(r, p, found):
                fits = []  # "a gap of 14 days rather than the 21 days set out in the regulations" … "the 21-day period": that length's
            if not dated and p.kind in _GENERIC_KINDS and not any(_WITHIN_BEFORE.search(rd.text, 0, n.start) for rd, n in p.nouns):
                # "interim bail for four weeks" … "at the end of the six-week period": with no dated period, the
                # one period the article gives only a length
                fits = [(k, t) for k, t in found.items() if t is not p and t.kind not in _GENERIC_KINDS and t.durations
                        and k[1] is None and not t.several and not t.moved
                        and not any(n.marker or n.qualifier or n.verb for _, n in t.nouns)]
            if p.kind in _GENERIC_KINDS and len(granted := _granted_for_its_errand(found, p)) == 1:
                fits = granted  # "would have six months … to lodge an appeal" … "would appeal within the three-month window"
        elif (verb := _window_to_do(p)) is not None:
            # "Márquez has 20 days after adjournment, until March 11, to act on bills" … "before her window to act closes
            # March 6": the one time granted for that errand
            fits = [(k, t) for k, t in found.items() if t is not p and (k[1] or "").startswith("granted at") and t.durations
                    and (errand := _errand_after(t.durations[0].reading, t.durations[0].fact)) is not None and same_stem(errand.group("verb").lower(), verb)]
        elif key == ("deadline", None) and p.ends and not (p.durations or p.starts or p.several or p.moved) and _only_definite(p):
            # "The municipality's 72-hour ultimatum … expires at 9am on Friday 6 February" … "With the deadline set to run
            # out at 9am on Saturday 7 February": the one ultimatum's end is the article's deadline
            fits = [(k, t) for k, t in dated if t is not p and t.kind == "ultimatum" and not t.several and not t.moved]
            fits = fits if len(fits) == 1 else []
        elif _named_by_its_errand(p):
            one_say = r.period_knowledge.one_say if r.period_knowledge is not None else frozenset()
            fits = [(k, t) for k, t in dated if t is not p and (t.kind not in _GENERIC_KINDS and _errand_is(p, t, one_say) or _generic_named_alike(p, t))]
        elif (opened := _the_one_opened(found, key, p)) is not None:
            # "A public consultation on the scheme will open on Monday 16 November. The 21-day window closes at 5pm on
            # Friday 4 December": the definite window, its length and end, is the one period the article opens beside it
            fits = [opened]
        elif _length_for_an_errand(p):
            # "announced a 30-day public comment period on a proposal … Written comments will be accepted from Monday,
            # March 16, through Friday, April 24": the dated period of its errand in its own paragraph, whatever it fits
            paragraph = {id(rd) for rd, _ in p.nouns}
            named = {w for rd, n in p.nouns for w in re.findall(r"[a-z]{3,}", rd.text[n.start : n.end].lower())} - _GENERIC_KINDS
            fits = [(k, t) for k, t in dated if t is not p and t.kind not in _GENERIC_KINDS and any(same_stem(w, t.kind) for w in named) and not t.durations
                    and not t.several and not t.moved and all(id(st.reading) in paragraph for st in (*t.starts, *t.ends))]
        elif _named_by_its_length(p):
            # "the consultation … opened on Friday 6 March" … "until 31 March, when the 21-day period ends": the one
            # period of that length
            lengths = {st.length for st in p.durations}
            fits = [(k, t) for k, t in found.items() if t is not p and t.kind not in _GENERIC_KINDS and not t.several and not t.moved
                    and lengths & {st.length for st in t.durations}]
        else:
            continue
        if not fits and not dated and _a_length_only(key, p) and p.kind in _GENERIC_KINDS and len(p.nouns) == 1:
            # "release the passport to him for 21 days" … "at the end of the two-week period": with no other period
            # named, the one bare length granted "for" a time in a sentence naming none is what the general one names
            bare = _one_bare_length(r, found)
            told = {st.length[0] for st in p.durations}
            # a length of another scale ("for two years" beside "the 10-day period") is another matter's
            if bare is not None and told == {length_key(bare[1])[0]}:
                reading, d = bare
                p.durations.append(PeriodStatement(reading, PeriodFact("duration", d.start, d.end, p.nouns[0][1], "for", duration=d), None, length_key(d)))
                p.durations.sort(key=lambda x: (x.reading.block.source_offset(0), x.fact.start))
            continue
        if len(fits) != 1:
            continue
        target_key, target = fits[0]
        target.nouns += p.nouns
        for facts_of in ("durations", "starts", "ends"):
            merged = getattr(target, facts_of) + getattr(p, facts_of)
            setattr(target, facts_of, sorted(merged, key=lambda x: (x.reading.block.source_offset(0), x.fact.start)))
        del found[key]
        dated = [(k, t) for k, t in dated if t is not p]
        links.append((key, target_key))
    return links


# "for 21 days", "for two weeks": a length plainly granted, not "for more than", "for up to" or "for the past"
_FOR_LENGTH = re.compile(r"for\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty-one|twenty-eight|thirty)\s+[a-z]+", re.I)


def _length_beside_its_span(p: Period) -> None:
    """A general period dated from one day until another in the sentence of a length granted "for" ("a rental subsidy of
    P1,000 a week for eight weeks, or P8,000 in all, covering the period from Nov. 2 until Dec. 14"): that length is its."""
    if p.kind not in _GENERIC_KINDS or p.durations or len(p.starts) != 1 or len(p.ends) != 1 or p.several or p.moved:
        return
    start, end = p.starts[0], p.ends[0]
    reading = start.reading
    if end.reading is not reading:
        return
    sentence = reading.sentence_at(start.fact.start)
    if not sentence.start <= end.fact.start < sentence.end:
        return
    noun = start.fact.noun
    lengths = [d for d in reading.in_sentence(reading.durations, sentence) if not reading.quoted(d.start)]
    if len(lengths) != 1 or lengths[0].relation != "for" or lengths[0].end > noun.start:
        return
    d = lengths[0]
    p.durations.append(PeriodStatement(reading, PeriodFact("duration", d.start, d.end, noun, "for", duration=d), None, length_key(d)))


def _length_said_before(r: Readings, p: Period, found: dict[tuple[str, str | None], Period]) -> bool:
    """True when the length a general period is named by ("the 21-day period") was written before it on its own, as no
    period's fact: the mention points back at that length, not at a period named otherwise."""
    first, noun = p.nouns[0]
    if any(n.qualifier or set(re.findall(r"[a-z]{3,}", rd.text[n.start : n.end].lower())) - _GENERIC_KINDS for rd, n in p.nouns):
        return False  # "the 30-day comment window": named by more than its length
    lengths = {st.length for st in p.durations}
    stated = {(id(st.reading), st.fact.start) for t in found.values() for st in t.durations}
    for reading in r.prose:
        for d in reading.durations:
            if reading is first and d.start >= noun.start:
                return False
            if length_key(d) in lengths and (id(reading), d.start) not in stated and not reading.quoted(d.start):
                return True
        if reading is first:
            return False
    return False


def _one_bare_length(r: Readings, found: dict[tuple[str, str | None], Period]):
    """The one length of the prose written straight after "for", outside quotes, in a sentence that states no period's
    fact, as (reading, duration); None when there is none or more than one."""
    stated = {(id(st.reading), st.reading.sentence_at(st.fact.start).start) for t in found.values() for st in (*t.durations, *t.starts, *t.ends)}
    named = {(id(rd), rd.sentence_at(n.start).start) for t in found.values() for rd, n in t.nouns}
    bare = []
    for reading in r.prose:
        if "for" not in reading.text:
            continue
        for d in reading.durations:
            if d.relation == "for" and d.noun is None and _FOR_LENGTH.fullmatch(d.text) and not reading.quoted(d.start):
                where = (id(reading), reading.sentence_at(d.start).start)
                if where not in stated and where not in named:
                    bare.append((reading, d))
                    if len(bare) > 1:
                        return None
    return bare[0] if bare else None


# "decide within the 15-day period allowed": a limit for an act, its own window, not another period's length
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}\Z", re.I)


_TO_DO_AFTER = re.compile(r"\s+to\s+([a-z]{3,})\b", re.I)


def _window_to_do(p: Period) -> str | None:
    """The errand verb every mention of a dated general period names after its noun ("her window to act closes March 6"),
    or None."""
    if p.kind not in _GENERIC_KINDS or not _dated(p) or not p.nouns or p.durations:
        return None
    verbs = {m.group(1).lower() if (m := _TO_DO_AFTER.match(rd.text, n.end)) else None for rd, n in p.nouns}
    return next(iter(verbs)) if len(verbs) == 1 and None not in verbs else None


def _named_by_its_errand(p: Period) -> bool:
    """True when a dated period is named only as a general period for an errand, pointing back ("the submission
    window closes on July 24"): the period of that errand the article dates, if it dates one."""
    return (
        p.kind in _GENERIC_KINDS and _dated(p) and bool(p.nouns)
        and all(n.refers_back and not n.introduces and not n.verb and n.marker is None and n.qualifier for _, n in p.nouns)
    )


def _length_for_an_errand(p: Period) -> bool:
    """True when an undated general period is brought in once with its length and its errand ("a 30-day public comment
    period"): the one dated period of that errand beside it is the same one."""
    return (
        p.kind in _GENERIC_KINDS and not _dated(p) and len(p.nouns) == 1 and len(p.durations) == 1 and not p.several and not p.moved
        and all(n.introduces and n.marker is None and not n.verb for _, n in p.nouns)
    )


def _named_by_its_length(p: Period) -> bool:
    """True when a period is named only as a general period of a length, pointing back ("the 21-day period"):
    the one period of that length the article names before."""
    return (
        p.kind in _GENERIC_KINDS and not p.several and not p.moved and len({st.length for st in p.durations}) == 1
        and all(n.refers_back and not n.introduces and not n.verb and n.marker is None and not n.qualifier and not n.purpose
                and set(re.findall(r"[a-z]{3,}", rd.text[n.start : n.end].lower())) <= _GENERIC_KINDS for rd, n in p.nouns)
    )  # "its seven-day strike notice" is named by its own kind of window, not as "the seven-day period" pointing back


def _generic_named_alike(source: Period, target: Period) -> bool:
    """True when a general period ("the comment window shuts on March 16") names a dated period of another general
    word by its errand ("a 45-day public comment period opened on Monday, Feb. 9"), when that one is not several."""
    if target.kind not in _GENERIC_KINDS or target.kind == source.kind or target.several or target.moved:
        return False
    written = {w for rd, n in target.nouns for w in re.findall(r"[a-z]{3,}", rd.text[n.start : n.end].lower())}
    return all(any(same_stem(n.qualifier, w) for w in written) for _, n in source.nouns)


def _errand_is(source: Period, target: Period, one_say: frozenset[str] = frozenset()) -> bool:
    """True when every word telling the general mention apart is a form of the dated period's own word
    ("submission" window, "submissions"), or of another kind of the public's one say ("comment" window, "submissions")."""
    kinds = one_say if target.kind in one_say else {target.kind}
    return all(any(same_stem(n.qualifier, kind) for kind in kinds) for _, n in source.nouns)
