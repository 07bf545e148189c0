"""One weekday name made to stand for two different days.

In news copy a bare weekday means the nearest such day: in the past tense the
latest one, in the future tense the coming one. So when an article says "The
ministry said on Monday …" (the Monday just gone) and also "On Monday, Ms Okafor
will chair …" or "Monday's meeting is expected to …", one name means two days: a
preview left in a story published later, or a day a week ahead that should say
"next Monday". The check needs the publication date, and reports each sentence
that looks ahead to a weekday the article also uses in the past tense, when the day
gone is the nearer of the two (a past Friday six days back does not stop "by Friday"
in a Thursday piece meaning tomorrow).

Read with the language layer's tense reader (factcheck/language/tense.py). Left
alone: the publication day itself ("will vote on Tuesday" in a piece dated
Tuesday); reported speech ("said on Monday it will …": the saying was Monday);
"every Monday", "on Mondays", "next Monday", "this Monday", "on Monday next week", "the weekly Friday bazaar"; a past
act that points forward ("adjourned till Monday", "was put back to Friday"); a day a comma
cuts off from the future verb before it ("will be offered …, at a discount to the closing
price on Friday");
weekdays written with a date ("Monday 28 July"), and the same weekday in the
section below a crosshead that dates it; "the Saturday", "that Sunday" (a day
fixed by the story told); "fifty years ago on Tuesday" (an anniversary); a day
reached through a request ("asked drivers to avoid Pit Lane on Tuesday"); the days of a week ("will operate
from Monday to Friday"); a day gone that the article names only by its event ("watched Saturday's semifinal")
when the sentence looking ahead names none of those events ("will host the final on Saturday") and the day
gone is not yesterday; a day named by an outcome, which is told only once it is over ("Saturday's win is likely to
earn them votes"; rules/events.yaml outcomes); weekdays inside direct quotes or
block quotations; and modal or unclear tense ("could meet on Monday").

The option `yesterday-previews` also flags a future-tense weekday that is the day
before the publication date even when the article never uses it for a past day.
It is off by default: "The committee will meet on Thursday" in a piece dated
Friday usually means the coming Thursday.
Two weekdays dated by a pair of days ("Tuesday and Wednesday, 24 and 25 February") are no bare weekdays.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from dataclasses import dataclass

from ..document import Block, BlockKind, Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..language.events import events_of
from ..language.tense import Tense, governing_verb
from ..registry import Check, Context, Example, Option, register
from ..reading.times import WEEKDAY_NAMES

RELATIVE_DAY_TENSE = Check(
    id="relative-day-tense",
    category=Category.DATE,
    severity=Severity.WARNING,
    summary="A weekday used in the past tense for the day just gone is also used for a day ahead.",
    description=__doc__,
    fires=Example(
        "date 2025-07-22 Ministers meet allies over air defence\n\n"
        "The ministry said on Monday that the first convoy had reached the border.\n\n"
        "On Monday, the defence secretary will chair a meeting of allies in Brussels.\n",
        lines=(5,),
    ),
    quiet=Example(
        "date 2025-07-22 Ministers meet allies over air defence\n\n"
        "The ministry said on Monday it will send a second convoy.\n\n"
        "Allies meet every Monday, and the defence secretary will chair the meeting next Monday.\n\n"
        "The committee will vote on Tuesday and will meet again on Thursday.\n",
    ),
    options=(Option("yesterday-previews", bool, "Also flag a future-tense weekday that names the day before publication, when the article never uses it for a past day."),),
)


@dataclass(frozen=True)
class _Use:
    block: Block
    start: int
    end: int
    weekday: int
    tense: Tense
    verb: str
    event: str = ""  # the noun a possessive weekday names ("Saturday's semifinal" -> "semifinal")


_CROSSHEAD_WORDS = 8
# Words before a weekday that point forward whatever the verb's tense.
_FORWARD_RE = re.compile(r"\b(?:until|till|to|for|by|before|next)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _is_crosshead(block: Block, text: str) -> bool:
    """Whether a block is a heading, or a short unpunctuated line standing as one in plain text."""
    if block.kind is BlockKind.HEADING:
        return True
    stripped = text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH and bool(stripped) and stripped[-1] not in ".!?:;\"”’)"
        and len(stripped.split()) <= _CROSSHEAD_WORDS
    )


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "from Monday to Friday", "Monday-Friday", "Monday through Friday": a run of days of the week
_RANGE_BEFORE = re.compile(rf"\b{_DAY}\s*(?:to|through|till|until|-|\u2013)\s*\Z", re.IGNORECASE)
_RANGE_AFTER = re.compile(rf"\s*(?:to|through|till|until|-|\u2013)\s*{_DAY}\b", re.IGNORECASE)
_RECURRING_BEFORE = re.compile(r"\b(?:weekly|regular|usual|traditional|customary)\s+\Z", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\b(?:before|for|ahead\s+of|after|at|during|until)\s+\Z", re.IGNORECASE)  # "before Saturday's game"
_EVENT_AFTER = re.compile(r"['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]{2,})\b")


def _event_after(text: str, w) -> str:
    """The noun a possessive weekday names: "Saturday's semifinal" -> "semifinal" (its last word before a preposition)."""
    if not w.possessive:
        return ""
    m = _EVENT_AFTER.match(text, w.end)
    return m.group(1).lower().rstrip("s") if m else ""


def _far(between: str) -> bool:
    """True when a future verb is cut off from the weekday after it by a comma: another phrase, not the verb, holds the day."""
    return "," in between


def _uses(doc: Document, context: Context) -> list[_Use]:
    """Every bare weekday of the reporter's prose, with the tense that governs it."""
    uses = []
    section_days: set[int] = set()  # weekdays the current crosshead dates ("Friday 6 March")
    annotation = context.annotation(doc)
    outcomes = events_of(context.knowledge).outcomes
    for reading in annotation.time.prose:
        if _is_crosshead(reading.block, reading.text):
            section_days = {w.weekday for w in reading.weekdays if w.part_of_date}
            continue
        for w in reading.weekdays:
            if w.qualifier is not None or w.part_of_date or reading.quoted(w.start) or w.weekday in section_days:
                continue
            tense, verb = governing_verb(reading.text, w.start, w.end, annotation.tense_of(reading.block))
            if tense not in (Tense.PAST, Tense.FUTURE):
                continue
            said = reading.text[verb[0] : verb[1]].lower() if verb else ""
            if tense is Tense.PAST and reading.text[w.end : w.end + 2] in ("'s", "\u2019s") and said.startswith(("have ", "has ")):
                continue  # "tickets for Saturday's match have sold out": the perfect dates the selling, not the match
            if tense is Tense.PAST and _FORWARD_RE.search(reading.text, max(0, w.start - 12), w.start):
                continue  # "adjourned till Monday", "was put back to Friday": a past act that points at a day to come
            if tense is Tense.FUTURE and w.possessive and (m := _EVENT_AFTER.match(reading.text, w.end)) and m.group(1).lower() in outcomes:
                continue  # "Saturday's win is likely to earn them votes": a win is told once it is over; the day is gone
            if tense is Tense.FUTURE and reading.text[w.end : w.end + 2] in ("'s", "\u2019s") and _PAST_PHRASE_BEFORE.search(reading.text, max(0, w.start - 90), w.start):
                continue  # "is expected to be available despite leaving the field late in Sunday's game": a past act's day
            if tense is Tense.FUTURE and verb and verb[1] <= w.start and _far(reading.text[verb[1] : w.start]):
                continue  # "will be offered … at a discount to the closing price of N23.70 on Friday": the day dates the price
            if _RANGE_BEFORE.search(reading.text, max(0, w.start - 30), w.start) or _RANGE_AFTER.match(reading.text, w.end):
                continue  # "will operate from Monday to Friday": the days of a week, not one day
            if _RECURRING_BEFORE.search(reading.text, max(0, w.start - 20), w.start):
                continue  # "The weekly Friday bazaar … will continue": an event named by its day, every week
            uses.append(_Use(reading.block, w.start, w.end, w.weekday, tense, reading.text[verb[0] : verb[1]] if verb else "", _event_after(reading.text, w)))
    return uses


# a clause of what was done, before a possessive weekday: "despite leaving the field late in Sunday's game"
_PAST_PHRASE_BEFORE = re.compile(r"\b(?:despite|after|since|following)\s+[a-z]+ing\b[^.;:!?]*\Z", re.I)


def _names_any(u: _Use, events: set[str]) -> bool:
    """Whether the sentence of a use names one of the events (as a whole word, plural or not)."""
    k = bisect_right(u.block.sentences, u.start, key=lambda s: s.start) - 1
    sentence = u.block.sentences[k].text if k >= 0 else u.block.text
    words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][\w-]*", sentence)}
    return bool(words & events)


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at each future-tense weekday that the article also uses for a past day."""
    published = doc.published
    if published is None:
        return []
    previews = context.options(RELATIVE_DAY_TENSE.id)["yesterday-previews"]
    uses = _uses(doc, context)
    past: dict[int, list[_Use]] = {}
    for u in uses:
        if u.tense is Tense.PAST:
            past.setdefault(u.weekday, []).append(u)
    yesterday = published - _dt.timedelta(days=1)
    hits = []
    for u in uses:
        if u.tense is not Tense.FUTURE or u.weekday == published.weekday():
            continue
        earlier = past.get(u.weekday, [])
        if not earlier and not (previews and u.weekday == yesterday.weekday()):
            continue
        days_ago = (published.weekday() - u.weekday) % 7
        if earlier and days_ago > 7 - days_ago:
            continue  # the coming day is the nearer one: "by Friday" in a Thursday piece is tomorrow, whatever last Friday was
        if earlier and days_ago > 1 and all(e.event for e in earlier) and not _names_any(u, {e.event for e in earlier}):
            continue  # "Saturday's semifinal" … "will host the final on Saturday": a day gone told by its event, and another event ahead
        if earlier and days_ago > 1 and u.event and _AHEAD_OF.search(u.block.text, max(0, u.start - 12), u.start) and not any(_names_any(e, {u.event}) for e in earlier):
            continue  # "died on Saturday" … "applause will be held before Saturday's home game": a day ahead told by its event
            # ("Tuesday's hearing will determine …" after "sent out on Tuesday" is still the day gone, told as if ahead)
        name = WEEKDAY_NAMES[u.weekday]
        gone = published - _dt.timedelta(days=days_ago)
        ahead = gone + _dt.timedelta(days=7)
        verb = f" (\u2018{u.verb}\u2019)" if u.verb else ""
        dated = f"The article is dated {WEEKDAY_NAMES[published.weekday()]} {published.day} {published:%B %Y}"
        if earlier:
            first = earlier[0]
            line = doc.line_col(first.block.source_offset(first.start))[0]
            used = f"\u2018{name}\u2019 is {gone.day} {gone:%B} in the past tense at line {line}"
        else:
            used = f"\u2018{name}\u2019 was yesterday, {gone.day} {gone:%B}"
        message = (
            f"{dated}; {used}, but this sentence looks ahead to a {name}{verb}: stale preview, "
            f"or it means {ahead.day} {ahead:%B} and should say \u2018next {name}\u2019."
        )
        related = tuple(RelatedHit(e.block.source_span(e.start, e.end), f"\u2018{name}\u2019 in the past tense") for e in earlier[:3])
        hits.append(Hit(RELATIVE_DAY_TENSE.id, u.block.source_span(u.start, u.end), message, related=related))
    return hits


register(run, RELATIVE_DAY_TENSE)
