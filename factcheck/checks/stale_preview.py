"""A preview left in after the event: the future tense for a day already gone, or for an event reported as over.

Two readings of the same article cannot both be true:

- a future-tense clause dated to a day before publication ("MPs will vote on
  Wednesday 4 March" in a piece dated 6 March; also "is due to", "is expected
  to", "is set to", "is to reopen", "are likely to"). The date must be within
  `max-days` before publication, or carry a weekday that fits it, so "will
  reopen on 3 January" in a piece dated March (next January) stays quiet; "yesterday" under a future
  verb is such a day too ("Principals will send the forms home yesterday"), unless another verb stands
  between them ("will appear again on Friday after being charged yesterday");
- a future-tense clause ("The statue will be unveiled on Friday") whose subject
  and verb the article elsewhere uses in the past tense for a day before
  publication ("The statue was unveiled yesterday"), or, for a clause dated later
  today ("The tidal barrier will be lowered into place this evening"), earlier the
  same day ("the barrier was lowered into position at 11:40 this morning"). The
  standfirst is read too;
- a future-tense clause whose subject is an event's own noun ("The vote will take place on
  Thursday") where the article reports that event as over by its verb or noun ("MPs voted 310 to
  290 on Tuesday"; the verbs are rules/events.yaml's): one event, when the article tells of one
  vote ("the votes", "a second vote", "the third-reading vote" and "MPs will vote" stay quiet).
  A past day's event named by its noun tells it as over too ("last night's community meeting",
  "yesterday's hearing"), against a preview of a bare weekday only when that weekday is its day
  ("A community meeting for displaced residents will be held on Monday night", in Tuesday's paper).

A schedule told in the present in a paragraph ("Polls open at 7am on Thursday 5 June", "The exhibition opens on
Tuesday 3 June") looks ahead to the day it names when that day is written with its weekday; a list of key dates may
give past days so, and is left alone.

A clause of time under a future main clause looks ahead too, whatever its own verb's tense ("is expected to face
questions when she appears before the committee on Nov. 4", in a piece dated 6 November; "House leaders expect a
close vote when the full chamber takes up the bill on Wednesday, Feb. 11", in a piece dated 12 February).

Read with the tense reader (factcheck/language/tense.py), so reported speech
("said on 2 March it will …": the saying is dated) and modal or unclear tense
stay quiet. Left alone: quotes and block quotations, plans reported in the
past ("was due to vote on 4 March") or since changed ("Bids, originally due on Friday 13 March, will now be accepted
until …"), "would", schedules ("every Monday"), a day gone that is not the
event's day (a backdating, "will be backdated to 1 January"; the first day of a span still running or written backwards, "will be
on exhibition from Monday 20 July to Sunday 30 August"; a dateline's filing date, "KATHMANDU, Jan 10:"),
and an article without a publication date.
A noun's span of dates ("for gifts with a valuation date between 1 September 2025 and 31 August 2026") tells which
days the noun covers, not the day of the clause's verb: it is no preview; nor is a day set off by commas after a
preposition's noun ("on the register at the record date, 18 March, will be paid in April").
A day after "taking effect on" or "coming into force on" belongs to that participle ("within 60 days of his
appointment taking effect on Monday, 9 March"), not to the future verb of its clause.
The end of the periods a rule covers ("tax owed for periods up to 30 June 2025 will have the penalties waived") is no
day of its verb.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ..document import Block, BlockKind, Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..language.dates import weekday_date
from ..language.tense import Tense, governing_verb
from ..registry import Check, Context, Example, Option, register
from ..language.events import events_of

_EVENT_CHECK = "event-date-conflict"  # its `events` setting lists the event nouns
from ..reading.times import describe

STALE_PREVIEW = Check(
    id="stale-preview",
    category=Category.DATE,
    severity=Severity.WARNING,
    summary="The future tense for a day before publication, or for an event the article reports as over.",
    description=__doc__,
    fires=Example(
        "date 2026-03-06 MPs back welfare bill\n\nMPs will vote on the bill on Wednesday 4 March, whips said.\n\n"
        "The statue was unveiled yesterday by the mayor.\n\nThe statue will be unveiled on Friday in the square.\n",
        lines=(3, 7),
    ),
    quiet=Example(
        "date 2026-03-06 MPs back welfare bill\n\nMPs voted on the bill on Wednesday 4 March. The council said on 2 March it will publish its plan.\n\n"
        "The library will reopen on 3 January, and the statue will be unveiled on Friday.\n",
    ),
    options=(Option("max-days", int, "How many days before publication a year-less date without a weekday may be read as already gone.", minimum=1, maximum=90),),
)

_WORD = re.compile(r"[A-Za-z]+")
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who"})
# verbs that say an event happened to its subject ("the consultation closed"); other verbs count only in the passive
# ("was unveiled"), since "the council voted" and "the council will vote" may be two votes
_HAPPENING = frozenset({"open", "clos", "end", "start", "begin", "finish", "reopen", "expir", "conclud", "tak"})
_PASSIVE_AUX = frozenset({"was", "were", "be", "been", "is", "are"})
_AGAIN = re.compile(r"\b(?:again|another|next|second|further|also|more(?!\s+than)|fresh|new|every|each|repeat)\b", re.I)  # "more than seven hours" is a size
# a word of the future: the tense of a sentence without one is not read when looking for previews
# ("The ward is to reopen on 2 March", "MPs are likely to vote on": "be" with a "to" of the future, as the tense reader reads it)
_FUTURE_HINT = re.compile(r"\b(?:will|shall|won['\u2019]t|due|expected|expects?|anticipates?|set|scheduled|planned|slated|going|plans?|intends?|aims?|poised)\b|['\u2019]ll\b"
                          r"|\b(?:is|are|am)\s+(?:(?:likely|unlikely|bound|about)\s+)?to\s+[a-z]", re.I)
# a schedule told in the present ("Polls open at 7am on Thursday 5 June", "The exhibition opens on 4 March"): ahead,
# when it dates a day with its weekday in a paragraph (a key-dates list may give past days in the present)
_SCHEDULE = re.compile(r"\b(?:open|opens|close|closes|start|starts|begin|begins|kicks?\s+off|takes?\s+place|gets?\s+under\s+way)\b", re.I)
_HAPPENING_HINT = re.compile(r"\b(?:open|close|end|start|begin|finish|reopen|expire|conclude|take)s?\b|\bbe\s+(?:\w+(?:ed|en)|held|heard|run|won|sold|shut|cut|laid|built|made|read|sung|fought)\b", re.I)
_NOT_SUBJECTS = frozenset({"and", "but", "or", "then", "also", "now", "still", "as", "so"})
_PLAIN_NOUN = re.compile(r"(?:^|[.!?]\s+|,\s+|\b(?:and|but|when|after|before|as)\s+)(?:the|this|that)\s+[a-z]+\s+\Z", re.I)
# "the votes", "a second vote", "the next hearing": the article has more than one of that event
_SEVERAL = re.compile(r"\b(?:(?:another|second|third|first|next|previous|last|new|further|fresh|each|every|daily|weekly|regular)\s+(?P<noun>[a-z]+)\b|(?P<plural>[a-z]+)s\b)", re.I)


@dataclass(frozen=True)
class _Clause:
    block: Block
    start: int
    end: int
    tense: Tense
    day: _dt.date | None
    subject: str
    lemma: str
    weekday: int | None  # a bare weekday ("on Friday"), not a written date
    verb: str
    today: bool = False  # dated "today", "this morning", "this evening": the day of publication
    event: str = ""  # the event it tells (rules/events.yaml): "MPs voted" a vote, "the hearing will take place" a hearing
    named: bool = False  # its subject is the event's own noun ("the vote will take place")
    possessive: bool = False  # a past day's event named by its noun alone ("last night's community meeting")
    qualifier: str = ""  # the words before the event's noun ("community" in "A community meeting … will be held")


# a future main clause, then a clause of time whose present-tense verb follows its subject
_FUTURE_THEN_WHEN = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:expected|due|set|scheduled|going)\s+to|expects?|anticipates?)\b[^.;:]*?\b(?:when|once|after|before|until|as\s+soon\s+as)\s+(?:[\w'\u2019-]+\s+){1,3}\Z",
    re.I,
)


# a clause of time put first, its present-tense verb after its subject, then the future main clause after a comma
_WHEN_FIRST = re.compile(r"\W*(?:when|once|as\s+soon\s+as)\s+(?:[\w'\u2019-]+\s+){1,3}\Z", re.I)
_THEN_FUTURE = re.compile(r"[^.;:,]{0,30},[^.;:]*?\b(?:will|shall)\b", re.I)


def _lemma(word: str) -> str:
    """A crude stem that makes "unveiled", "unveil" and "unveils", or "closed" and "close", one verb."""
    word = word.lower()
    for suffix in ("ing", "ied", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 4 and word[-1] == word[-2] else word


# between a future verb and "yesterday": a word that brings in another verb, whose day it is
_ANOTHER_VERB = re.compile(r"\b(?:after|since|following|before|when|while|being|who|which|that|where|[a-z]{3,}(?:ed|ing))\b", re.I)


# a subject's head, then where it is: "Highway south of Nowra", "bridge at Ballyvale", "school in Ngong"
_PLACED_SUBJECT = re.compile(
    r"(?P<head>[A-Za-z]+)\s+(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+of|"
    r"in|at|near|outside)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+\Z")


def _subject(text: str, verb_start: int) -> str:
    """The noun just before a verb group ("The statue will be unveiled" -> "statue"), or "" when a pronoun."""
    words = _WORD.findall(text[max(0, verb_start - 40) : verb_start])
    if not words:
        return ""
    placed = _PLACED_SUBJECT.search(text, max(0, verb_start - 70), verb_start)
    if placed is not None:
        # "The Princes Highway south of Nowra reopened": the highway, where it is
        words = _WORD.findall(text[max(0, placed.start("head") - 40) : placed.end("head")])
    word = words[-1].lower()
    if word in _PRONOUNS or word in _NOT_SUBJECTS:
        return ""
    name = []
    for w in reversed(words):
        if not w[:1].isupper() or w.lower() in _ARTICLES or len(name) == 4:
            break
        name.append(w.lower())
    return " ".join(reversed(name)) if len(name) > 1 else word  # "The Kings Highway" is not "the Princes Highway"


_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def _same_subject(a: str, b: str) -> bool:
    """True when two subjects may be one: the same words, or a bare noun and a name it ends ("highway", "princes highway")."""
    return a == b or (" " not in a and b.endswith(" " + a)) or (" " not in b and a.endswith(" " + b))


def _clauses(doc: Document, context: Context, published: _dt.date, future: bool, nouns: frozenset[str] = frozenset()) -> list[_Clause]:
    """The dated clauses of the prose in the future tense (future=True), or else in the past tense.

    Looking for future clauses reads the tense only in sentences with a word of the
    future ("will", "due", "set to" …), so most articles cost a regex search per sentence.
    """
    found = []
    knowledge = events_of(context.knowledge)
    annotation = context.annotation(doc)
    readings = annotation.time.blocks
    for reading in (r for r in readings if r.is_prose or r.block.kind is BlockKind.STANDFIRST):  # the standfirst looks ahead too
        text = reading.text
        if future and not _FUTURE_HINT.search(text) and not (reading.block.kind is BlockKind.PARAGRAPH and _SCHEDULE.search(text)):
            continue
        points: list[tuple[int, int, _dt.date | None, int | None]] = []
        today, yesterdays = set(), set()
        for d in reading.dates:
            if d.valid and d.day is not None and d.month is not None and d.year is not None:
                start = d.start if d.weekday_start is None else d.weekday_start
                points.append((start, d.end, _dt.date(d.year, d.month, d.day), None))
        for w in reading.weekdays:
            if not w.part_of_date and w.qualifier is None and not w.possessive:
                points.append((w.start, w.end, None, w.weekday))  # the tense decides which one
        for r in reading.relative:
            if r.anchor == "publication" and r.unit == "day" and r.offset == -1:
                # "Principals will send the forms home with students yesterday": a future verb for the day gone
                points.append((r.start, r.end, published - _dt.timedelta(days=1), None))
                yesterdays.add(r.start)
            elif r.anchor == "publication" and r.unit == "day" and r.offset == 0:
                # "will be lowered into place this evening" beside "was lowered into position at 11:40 this morning"
                points.append((r.start, r.end, published, None))
                today.add(r.start)
        for start, end, day, bare in points:
            if reading.quoted(start):
                continue
            sentence = reading.sentence_at(start)
            scheduled = future and reading.block.kind is BlockKind.PARAGRAPH and bare is None and _written_weekday(reading, start) and bool(_SCHEDULE.search(sentence.text))
            if future and not _FUTURE_HINT.search(sentence.text) and not scheduled:
                continue
            if future and (day is None or day >= published) and not _HAPPENING_HINT.search(sentence.text):
                continue  # a day ahead matters only when the event is reported as over elsewhere: it must read as one
            if not future and day is not None and day >= published and start not in today:
                continue
            tense, verb = governing_verb(text, start, end, annotation.tense_of(reading.block))
            if verb is not None and not sentence.start <= verb[0] < sentence.end:
                # "… in Portland on Dec. 2. The board has recommended …": a verb of the next sentence does not govern the date
                tense, verb = governing_verb(sentence.text, start - sentence.start, end - sentence.start)
                verb = None if verb is None else (verb[0] + sentence.start, verb[1] + sentence.start)
            if future and tense is Tense.PRESENT and verb is not None and (_FUTURE_THEN_WHEN.search(text, sentence.start, verb[0])
                                                                           or _WHEN_FIRST.match(text, sentence.start, verb[0]) and _THEN_FUTURE.match(text, end, sentence.end)):
                tense = Tense.FUTURE  # "is expected to face questions when she appears … on Nov. 4": the when-clause is ahead too
                # (so is one put first: "When the centre opens on 21 February, entry will be free")
            if scheduled and tense in (Tense.PRESENT, Tense.UNKNOWN) and (told := _schedule_verb(text, sentence.start, start)) is not None:
                tense, verb = Tense.FUTURE, told  # "Polls open at 7am on Thursday 5 June": a schedule, ahead of the day it names
            if tense is not (Tense.FUTURE if future else Tense.PAST) or verb is None:
                continue
            if future and not text[:start].strip() and _DATELINE_AFTER.match(text, end) and _SUBORDINATE.search(text, end, verb[0]):
                continue  # "Tuesday 19 January – Union and trust agree which calls will be covered": a timeline's entry,
                # its future inside a clause of what was agreed that day
            if future and start in yesterdays and (start - verb[1] > 60 or _ANOTHER_VERB.search(text, verb[1], start)):
                continue  # "will appear again on Friday after being charged yesterday": the day of another verb
            if day is None:
                day = weekday_date(published, bare, ahead=future)
            words = _WORD.findall(text[verb[0] : verb[1]])
            if not words:
                continue
            lowered = [w.lower() for w in words]
            happening = _lemma(words[-1]) in _HAPPENING or (len(lowered) > 1 and bool(_PASSIVE_AUX & set(lowered[:-1])))
            again = bool(_AGAIN.search(text, sentence.start, max(end, verb[1])))  # "… on Sunday, after crews lifted … the new bridge": after the day, another matter
            subject = _subject(text, verb[0])
            # "the vote will take place": the event's own noun, unqualified ("the third-reading vote" may be another)
            plain = bool(subject) and _PLAIN_NOUN.search(text, max(0, verb[0] - 40), verb[0]) is not None
            qualifier = ""
            if future and not plain and (head := _subject_head(text, sentence.start, verb[0]))[0] in nouns:
                (subject, qualifier), plain = head, True  # "A community meeting for displaced residents will be held": the meeting
            event, named = _event_of(subject if plain else "", lowered[-1], knowledge, nouns)
            found.append(_Clause(reading.block, start, end, tense, day, subject if happening and not again else "", _lemma(words[-1]), bare, lowered[-1], start in today,
                                 "" if again else event, named, qualifier=qualifier))
        if not future:
            found += _possessive_days(reading, published, nouns, knowledge)
    return found


# a subject phrase: a determiner, up to two describing words, its head noun, and a phrase after it ("A community meeting for
# displaced residents", "The public hearing on the plan")
_SUBJECT_PHRASE = re.compile(r"(?:\A|[.!?;:]\s+)(?:the|a|an|this|that)\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z]+)(?:\s+(?:for|of|on|at|in|with|about)\s+[^,;:.!?]{1,60}?)?\s+\Z", re.I)
_LOWER_WORD = re.compile(r"[a-z][\w-]*")
_POSSESSIVE_WORDS = re.compile(r"['\u2019]s(?P<words>(?:\s+[a-z][\w-]*){1,3})")


def _subject_head(text: str, lo: int, verb_start: int) -> tuple[str, str]:
    """The head noun of a clause's subject that opens its sentence, and the words before it ("A community meeting for
    displaced residents will be held" -> ("meeting", "community")), or ("", "") when the sentence opens otherwise."""
    m = _SUBJECT_PHRASE.search(text, lo, verb_start)
    if m is None or m.end() != verb_start:
        return "", ""
    return m.group("head").lower(), " ".join(m.group("mods").lower().split())


def _possessive_days(reading, published: _dt.date, nouns: frozenset[str], knowledge) -> list[_Clause]:
    """A past day's event named by its noun: "last night's community meeting", "yesterday's vote", "Monday's hearing" (a
    weekday's, when its sentence is in the past tense): an event told as over, whatever the clause's own verb."""
    found = []
    spans = [(r.start, r.end, published + _dt.timedelta(days=r.offset)) for r in reading.relative
             if r.anchor == "publication" and r.unit == "day" and r.offset < 0]
    spans += [(w.start, w.end, weekday_date(published, w.weekday, ahead=False)) for w in reading.weekdays
              if w.possessive and not w.part_of_date and w.qualifier is None and w.weekday != published.weekday()]
    text = reading.text
    for start, end, day in spans:
        m = _POSSESSIVE_WORDS.match(text, end)
        words = list(_LOWER_WORD.finditer(m.group("words"))) if m is not None else []
        at = next((k for k, w in enumerate(words) if w.group().lower() in nouns), None)
        if at is None or reading.quoted(start):
            continue
        word, qualifier = words[at], " ".join(w.group().lower() for w in words[:at])
        noun, noun_end = word.group().lower(), m.start("words") + word.end()
        if not any(r.start == start for r in reading.relative):
            tense, _ = governing_verb(text, start, end)
            if tense is not Tense.PAST:
                continue  # "Monday's meeting will decide": a weekday's event may be ahead
        found.append(_Clause(reading.block, start, noun_end, Tense.PAST, day, "", "", None, noun, False, knowledge.event_of_noun(noun), True, True, qualifier))
    return found


_SCHEDULE_TO_DATE = re.compile(r"[^,;:.!?\u2014]{0,30}?\bon\s+\Z")


def _schedule_verb(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """The span of a schedule verb in the present that dates the day at start ("open at 7am on"), or None."""
    found = None
    for m in _SCHEDULE.finditer(text, lo, start):
        found = m
    if found is None or not _SCHEDULE_TO_DATE.fullmatch(text, found.end(), start):
        return None
    return found.start(), found.end()


def _written_weekday(reading, start: int) -> bool:
    """True when the date at start is written with its weekday ("Thursday 5 June")."""
    return any(d.weekday_start is not None and start in (d.start, d.weekday_start) for d in reading.dates)


def _event_of(subject: str, verb: str, knowledge, nouns: frozenset[str]) -> tuple[str, bool]:
    """The event a clause tells, and whether by its subject noun: "the vote will take place" (a vote, named), "MPs
    voted" (a vote, told by the verb; its future "will vote" by the verb's stem), or "" when neither says."""
    if subject and subject in nouns:
        return knowledge.event_of_noun(subject), True
    event = knowledge.verb_events.get(verb) or next((e for v, e in knowledge.verb_events.items() if " " not in v and _lemma(v) == _lemma(verb)), "")
    return event, False


def _event_nouns(context: Context) -> frozenset[str]:
    """The nouns that name an event: event-date-conflict's `events` setting and rules/events.yaml's nouns."""
    knowledge = events_of(context.knowledge)
    return frozenset([*context.options(_EVENT_CHECK).get("events", ()), *knowledge.noun_events])


def _one_of_each(doc: Document, context: Context, events: set[str], nouns: frozenset[str]) -> set[str]:
    """The events the article tells of only once: no plural of their noun, no "another", "second", "next" one."""
    several = set()
    knowledge = events_of(context.knowledge)
    for reading in context.annotation(doc).time.prose:
        for m in _SEVERAL.finditer(reading.text):
            noun = (m.group("noun") or m.group("plural")).lower()
            several.add(knowledge.event_of_noun(noun) if noun in nouns else noun)
    return {e for e in events if e not in several}


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at each future-tense clause about a day already gone or an event already over."""
    published = doc.published
    if published is None:
        return []
    max_days = context.options(STALE_PREVIEW.id)["max-days"]
    r = context.annotation(doc).time
    nouns = _event_nouns(context)
    clauses = _clauses(doc, context, published, future=True, nouns=nouns)
    if not clauses:
        return []
    earlier = _clauses(doc, context, published, future=False, nouns=nouns) if any(c.subject or c.event or c.weekday is not None for c in clauses) else []
    past = [c for c in earlier if (c.day < published or c.today) and c.subject]
    # one event told by its noun and by its verb (reading/events.py's sense): "the vote will take place on Thursday" and
    # "MPs voted on Tuesday", when the article has one vote and one of the two names the event by its noun
    told = [c for c in earlier if (c.day < published or c.today) and c.event]
    once = _one_of_each(doc, context, {c.event for c in told}, nouns) if told else set()
    past_weekdays = {(c.weekday, c.day) for c in earlier if c.weekday is not None}
    hits = []
    dated = f"The article is dated {describe(published)}"
    for c in clauses:
        if c.tense is not Tense.FUTURE or c.day is None:
            continue
        shown = c.block.text[c.start : c.end]
        gone = (published - c.day).days
        written = _written_date(r, c)
        if written is not None and 0 < gone and (gone <= max_days or written) and not _not_a_preview(c, r, published):
            message = f"{dated}, but this sentence looks ahead to \u201c{shown}\u201d ({describe(c.day)}), a day already gone: a preview left in after the event?"
            hits.append(Hit(STALE_PREVIEW.id, c.block.source_span(c.start, c.end), message))
            continue
        if c.weekday is not None and any(w == c.weekday and day != c.day for w, day in past_weekdays):
            continue  # one weekday name for two days: relative-day-tense reports it
        if written is not None and gone < 0:
            continue  # "will open late on March 8" after "opened late between Nov 2 and Dec 7": a date still ahead is a next time
        # a thing done this morning is over for this evening's preview of it, not for Friday's (a second closure)
        over = next((p for p in past if _same_subject(p.subject, c.subject) and p.lemma == c.lemma and c.subject and (not p.today or c.today)), None)
        if over is None and c.event in once:
            # a past day's event by its noun answers a preview of a bare weekday only on that weekday ("last night's meeting"
            # in Tuesday's paper, "will be held on Monday night")
            over = next((p for p in told if p.event == c.event and (p.named or c.named) and (not p.today or c.today) and p.block is not c.block
                         and (not p.possessive or c.weekday is None or p.day.weekday() == c.weekday)
                         and (not c.qualifier or p.possessive and p.qualifier == c.qualifier)), None)  # "the third-reading vote" may be another
        if over is not None and over.verb in events_of(context.knowledge).dated_ahead and c.weekday is None:
            continue  # "was unveiled on Friday" and "will be unveiled on 13 March": event-date-conflict reports the two dates
        if over is not None:
            line = doc.line_col(over.block.source_offset(over.start))[0]
            said = over.block.text[over.start : over.end]
            what = c.subject or c.event
            message = (
                f"{dated}; line {line} reports the {what} as over (\u201c{said}\u201d, {describe(over.day)}), "
                f"but this sentence still looks ahead to it (\u201c{shown}\u201d): a preview left in after the event?"
            )
            related = (RelatedHit(over.block.source_span(over.start, over.end), "reported as over"),)
            hits.append(Hit(STALE_PREVIEW.id, c.block.source_span(c.start, c.end), message, related=related))
    return hits


# "backdated to 1 January", "with effect from 1 January": the future act reaches back to a day gone
_REACHES_BACK = re.compile(r"\b(?:backdated|back-dated|retrospective(?:ly)?|retroactive(?:ly)?|with\s+effect|effective)\s+(?:\w+\s+){0,2}?(?:to|from|as\s+of)\s+(?:\w+day,?\s+)?\Z", re.I)
# a participle of taking effect after its noun dates itself, not the main verb ("his appointment taking effect on");
# after "be" it is the main verb's ("will be taking office on")
_PARTICIPLE_DATED = re.compile(r"\b(?P<aux>(?:be|been|is|are|was|were|will|'s|\u2019s)\s+)?(?:taking\s+(?:effect|office)|coming\s+into\s+(?:force|effect))\s+(?:on|from)\s+\Z", re.I)
# "a valuation date between …", "the period between … and": a span that tells which days a noun of time covers
_TIME_NOUN_SPAN = re.compile(r"\b(?:dates?|periods?)\s+between\s+(?:[^.;:!?]{3,40}?\s+and\s+)?\Z", re.I)
# "from Monday 20 July to Sunday 30 August": the first day of a span still running
# a reporting period named by its end: "the six months to Dec 31", "the year ended 30 June", "the quarter ending March 31"
# ("tax owed for periods up to 30 June 2025": the periods a rule covers)
_PERIOD_TO = re.compile(r"\b(?:months?|years?|quarters?|weeks?|half|halves|periods?)\s+(?:to|up\s+to|ended|ending)\s+(?:\w+day,?\s+)?\Z", re.I)
_SPAN_OPENING = re.compile(r"\b(?:from|between|starting(?:\s+on)?|beginning(?:\s+on)?|since)\s+\Z", re.I)
_SPAN_CLOSING = re.compile(r"\s*,?\s*(?:to|until|till|through|and|-|\u2013)\s+", re.I)
_SUBORDINATE = re.compile(r"\b(?:which|that|what|how|whether|who|if)\b", re.I)
# "KATHMANDU, Jan 10:" opening a paragraph: the dateline, the day the story was filed
_DATELINE = re.compile(r"\A\s*[A-Z][A-Z .'\u2019-]{1,40},\s*\Z")
_DATELINE_AFTER = re.compile(r"\s*(?::|\u2014|\u2013|--|\s-\s)")


def _not_a_preview(c: _Clause, r, published: _dt.date) -> bool:
    """True when a day gone in a future sentence is not the event's day: a backdating, the start of a span that is
    still running, or the dateline's filing date."""
    text = c.block.text
    if _REACHES_BACK.search(text, max(0, c.start - 60), c.start):
        return True
    if (p := _PARTICIPLE_DATED.search(text, max(0, c.start - 60), c.start)) and p.group("aux") is None:
        return True  # "within 60 days of his appointment taking effect on Monday, 9 March": the participle's own day
    if _TIME_NOUN_SPAN.search(text, max(0, c.start - 80), c.start):
        return True  # "for gifts with a valuation date between 1 September 2025 and 31 August 2026": a noun's span, not the verb's day
    if _PERIOD_TO.search(text, max(0, c.start - 40), c.start):
        return True  # "will release its results for the six months to Dec 31 on Feb 25": the reporting period's end
    if _DATELINE.match(text[: c.start]) and _DATELINE_AFTER.match(text, c.end):
        return True
    if _SPAN_OPENING.search(text, max(0, c.start - 20), c.start):
        closing = _SPAN_CLOSING.match(text, c.end)
        if closing:
            for reading in r.prose:
                if reading.block is c.block:
                    later = next((d for d in reading.dates if d.start >= closing.end() and d.start - closing.end() <= 12), None)
                    # or a span that ends before it starts ("from 5 April to 3 March"): deadline-conflict's
                    return later is not None and later.resolved is not None and (later.resolved >= published or later.resolved < _clause_day(reading, c))
    return False


def _clause_day(reading, c: _Clause) -> _dt.date:
    """The day a clause's date names, as the block's reading resolves it (the far past when unread)."""
    return next((d.resolved for d in reading.dates if d.start == c.start and d.resolved is not None), _dt.date.min)


def _written_date(r, c: _Clause) -> bool | None:
    """None for a bare weekday or a weekday that does not fit; else whether the written date proves its year (a year or a
    weekday; "yesterday" always does)."""
    for reading in r.prose:
        if reading.block is not c.block:
            continue
        for d in reading.dates:
            start = d.start if d.weekday_start is None else d.weekday_start
            if start == c.start:
                if d.weekday is not None and (d.resolved is None or d.resolved.weekday() != d.weekday):
                    return None  # "Monday 3 May" in a year where 3 May is a Sunday: another year, or weekday-mismatch
                return d.explicit_year or d.weekday is not None
        if any(x.start == c.start and x.anchor == "publication" and x.unit == "day" and x.offset < 0 for x in reading.relative):
            return True  # "yesterday": the day before publication, whatever the year
    return None


register(run, STALE_PREVIEW)
