"""One period given two lengths, two starts or two ends, or ending before it starts.

Any period the article names (a consultation, a window, a ban, a strike, a contract,
a closure told by its verbs, "will be closed … starting 13 October" and "is to reopen
6 October", a deadline …; see rules/periods.yaml) has its lengths, starts and ends
gathered across the article; a strike told by its verb is dated by it ("walked off the job at
12:01 a.m. on Monday, Oct. 27" is the day it began), and a period the clause denies ("checkers
who are not part of the strike, from noon Saturday") owns none of its dates. The responses to an
article's one consultation close when it closes ("Responses must reach the council by 27
March"), and so do those beside another consultation when they share the subject matter of the
article's plain one and nothing with the other's ("Submissions on the relief road …" beside
"Separately, a four-week consultation on pay parking …"); a length granted for a later step ("will then have three weeks to prepare a report") is
not the period's, and a move told of an earlier year ("A similar proposal in 2019 was withdrawn
after the consultation was extended") does not move this year's period. An end in a sentence naming no period ("Islanders have until 5pm on Friday 29 May to
hand items in") may also share its subject matter with the paragraph that brings the period
in ("The four-week amnesty begins on Monday 1 June. During that time anyone can hand in …").
A period named as an aside owns none of its clause's dates ("As well as today's strike,
members are refusing overtime for two weeks from Monday 20 October, until Sunday 2
November"), and "a strike mandate" is a mandate, not a strike. What a verb tells ("banned from using
hosepipes") is no second ban beside "the temporary use ban", so "The ban will come into force at 00:01
on Friday 18 July" and "until the ban takes effect on Monday 21 July" give one ban two starts; "banned
from driving" and "banned from keeping animals" are two bans; "had its licence suspended for three months" tells a ban
of three months (not "jailed for 12 weeks, suspended for 18 months", a term held over), which "the six-week suspension"
gives a second length. What a sentence opening "Separately," brings in
("Separately, the A39 at Marlbury will be closed overnight …", "Separately, a four-week consultation on parking …")
is another period, as "a separate consultation" is. Two different values of one of them are reported at
the later mention, unless it brings the period in afresh ("a six-week consultation"),
pointing at the first; an end before the start ("opens on 9 April and closes on 2
April") is reported at the end ("lodge submissions … from Monday 20 July" … "Submissions
close at 5pm on Friday 17 July"). Two days more than half a year apart are this year's and another year's, unless
each is written with the same year ("runs through Dec. 31, 2027" … "expires June 30, 2027"), or each with its year in a
period the article gives a length of a year or more ("a four-year contract that runs until 30 June 2030" … "His contract
with City runs until 30 June 2029": one contract, two ends). A clear end in a sentence that names no period
("Residents have until 10 April to give their views on the parking charges") is
the period's whose sentences share its subject matter, when exactly one does, and so is a deadline for what the
period's noun names ("the objection period" … "the 13 March cut-off for objections"). A crosshead's plural ("Deadlines to
remember") shows no several periods.
A range of two days written with "from" whose second day comes up to 45 days before its first ("closures will be in
place from Monday 1 September to Friday 29 August") is reported whatever it dates, unless its sentence moves something
("brought forward from … to …") or gives the length the range spans ("for a year from 30 September to 29 September").
Periods said to move ("It was renewed until 28 February and then extended again", "had
been due to start on 27 April but was pushed back a fortnight", "has been put back by four
weeks", "The closure had been due to run from 16 March to 26 April", "brought it forward, and the strike will
now begin on 9 March" when the sentence gives a day; not "an application to
extend its quarry", whose verb moves something else, nor "so that a culvert can be replaced"),
told apart ("last year's consultation") or shown as several are left alone, as in `deadline-arithmetic`; so is a
date whose sentence names the period only as a reference point ("questions until 4
September, one week before tenders close") or only after the date's own subject and
verb ("The summer term ends on 22 July, meaning … of the closure"). What a period is about is
no period of its own ("The consultation on the bypass closes on 5 June" … "The consultation, which ends on 12 June":
one consultation, two ends), nor is a modal ("The ban will last for three months" … "the six-month ban"). A period noun that
reopens ("The January window will reopen on 1 January") is no closure of a place.

Lengths named by other nouns join the one dated period they fit, as in `deadline-arithmetic` ("The public comment
period opens Wednesday, Nov. 5, and closes Dec. 19" … "the 45-day window" … "over the 60-day consultation": one
period given two lengths); with two dated periods either could be, or "a 60-day consultation", nothing is joined.
A reopening told by its verb in a sentence naming the article's one ban ends the ban ("expected to reopen its doors on
Monday 12 October, once the suspension has been served" after "The suspension will begin on Monday 19 October": an end
before the start); "who moved the suspension" proposed it and moves nothing ("moved the hearing to 5 May" does).
A general period named for an errand and dated ("after the submission window closes on July 24") is the one dated
period of that errand ("Submissions … will close on July 17"): one period, two ends.
A clear end no period takes ("Bids must be uploaded by 3 pm on April 28"; "The last date for submission of bids is
March 20") is the end of the one dated window named for its errand, before or after it ("The bid submission window,
which closes on May 5"; "the bidding window").

Two ends of a bare "period" each read from a sentence that names no period and shares no common word with the
other ("have until 5 p.m. Friday, March 20, to ask for a recount" … "must be registered by Friday, April 17") are two
errands' days, not one period's two ends; nor is a day from a sentence naming no period beside a general period whose
name's words it never uses ("the festival … runs until Sunday 18 January" … "The fire danger period … until 1 May"). Two
lengths of a general period more than six times apart ("a 90-day public comment period" … "over the five-year period")
are two periods. One errand granted two lengths in two sentences that say nothing moved ("would have three months to
appeal" … "any appeal would have to be lodged within six months") is reported at the later, unless the two are
different parties' ("The council has 28 days to respond" … "The developer then has 14 days to respond").
A clear end in a sentence naming no period that no period claims is the article's one granted length's when it
names that grant's errand ("Customers have 60 days … until March 15, to return affected kettles for a full refund" …
"refund claims will be accepted until April 15"); with two grants, or another errand, it is nobody's. "A contract
manufacturer" is a manufacturer, not a contract.

A counted task given two times to finish it is reported too: "150 hours of unpaid work, to be
completed within 12 months" and, referring back, "She must complete the 150 hours within 18
months" (not across a crosshead, which in a court round-up starts another case, nor where the
sentence says the time changed: "extended", "now").

Deadlines are also read the older way: a deadline is a duration or a date written with the word "deadline" or
"ultimatum" ("a 60-day deadline", "the 90-day deadline", "the deadline of 1 May",
"the 3 May deadline"). When the article gives it two different lengths, or two
different dates, the later mention is reported if it refers back ("the …",
"its …"), pointing at the first. Lengths in days and weeks are compared in
days ("a six-week deadline" is "the 42-day deadline"). Left alone: an article that says the deadline moved anywhere it mentions a
deadline, by a verb anywhere in the sentence ("extended", "brought forward",
"postponed", …) or by a word beside the deadline itself ("a new deadline", "the
deadline, originally 30 days", "another", "revised", "second"; "the new
target" elsewhere in the sentence does not count), unless it says so only to deny it ("would not extend",
"refused to extend", "no extension"); a length in a sentence that opens after the period's end ("Once the
consultation closes, inspectors will have three weeks to …": a later step's); deadlines for different things
("a deadline for bids" and "a deadline for objections"); three or more values;
quotes. the day after a spell is the day things come back ("from 26 October to 28 March" … "resume flights from
Sunday 29 March"); two spells joined by "then" in one sentence ("runs today, tomorrow and Thursday, then for five days
from Monday 2 March to Friday 6 March"). An order that closes a place is the closure ("A temporary order closing the A4862
will come into force … on Monday 3 November" … "the closure will end on Friday 17 October": an end before its start),
and the article's one deadline is the one dated period's whose paragraphs share its matter, even on another day
("parents can submit application forms … The registration window will close on December 19" … "will not accept
application forms after the December 29 deadline"). A length named only by "the" joins no period told apart ("That
notice carries its own 30-day comment period, ending Sept. 3" … "the 45-day comment period"). Also reported here: a limit date earlier than the start it counts from
in the same sentence ("within 30 days of 10 March, by 1 March").
Expressions of interest are submissions ("expressions of interest closing at 2pm AEST on Thursday 28 May"). What a
sentence opening "Separately," names is another period, whatever its determiner ("Separately, the council's consultation
on its local plan … now closes on Friday 10 April"), and the plural of a relative clause's people ("people who want
to speak to their submissions") is their own papers, not the submissions period.
What is on show is told apart by the subject of "will be on (public) exhibition" ("The budget will be on exhibition
for 28 days" … "The draft Council Plan … will be on exhibition for longer: 42 days"): two things shown, two
exhibitions. A holiday or a break a period covers ("spring break, which runs from March 9 to 13") is no period of its
own (rules/periods.yaml `not_periods`).
Nominations are a period ("Nominations can be filed from April 13 to April 20" … "nomination papers will be accepted
only until April 22"); "the last date for withdrawal of candidature" in a sentence that names a period before it is
another errand's day. A period that ends before it starts is reported at whichever of the two is written later.
A fact box's line whose label names a period ("Strike ends: 11.59pm Friday 12 December") is read as the prose is;
one whose label names none ("Last date for withdrawal:") is not read.
An end the day before a start hands over to what follows ("the contract expires on June 30, and whatever timetable
is adopted would take effect from July 1") and is no end before a start. A paragraph that opens on another matter
("A separate application, relating to the two flats above the bar, …") names that matter's periods. One errand given
two days in two sentences that say nothing moved ("ordered the prosecution to file and serve its witness statements
… by Wednesday, June 17" … "gives it until Friday, June 19, to file and serve the witness statements") is reported
at the later day, whatever period it belongs to; an extension, a new day, or "each", "respectively" keep it quiet.

Paragraphs each opened by another round ("In the first phase, …" … "In the second phase, …") tell each round's own
period.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ..document import Block, BlockKind, Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..language.periods import periods_of, same_stem
from ..registry import Check, Context, Example, register
from ..reading.times import Period, PeriodStatement, deadline_sums, length_key, periods, topic_words

DEADLINE_CONFLICT = Check(
    id="deadline-conflict",
    category=Category.DEADLINE,
    severity=Severity.WARNING,
    summary="A deadline is given two different lengths or dates, or falls before its own start.",
    description=__doc__,
    fires=Example(
        "date 2026-03-05 Auditor warns council\n\nThe auditor has given the council a 60-day deadline to rebuild its reserves.\n\n"
        "Officers said the plan would be ready well within the 90-day deadline.\n",
        lines=(5,),
    ),
    quiet=Example(
        "date 2026-03-05 Auditor warns council\n\nThe auditor had given the council a 60-day deadline to rebuild its reserves.\n\n"
        "It has now extended that to a 90-day deadline after the council asked for more time.\n",
    ),
)
_NOUNS = r"deadline|ultimatum"
# verbs that move a deadline count anywhere in a sentence that names one ("extended the 60-day deadline")
_MOVED = re.compile(
    r"\b(?:extend\w*|extension|shorten\w*|brought\s+forward|bring\s+forward|push\w*\s+back|moved|delay\w*|postpon\w*|"
    r"reduc\w*|cut|doubl\w*|halv\w*|instead|replac\w*|lift\w*|scrap\w*|missed)\b",
    re.I,
)
# adjectives and adverbs only when they qualify the deadline itself ("a new 90-day deadline", "the deadline,
# originally 60 days"), not another noun in the sentence ("plans to reach the alliance's new target")
_MOVED_NEAR = re.compile(
    rf"\b(?:new|original|originally|initial|initially|revised?|another|second|further|additional|earlier|later|fresh)\b"
    rf"(?:[\s,]+[\w'\u2019-]+){{0,3}}?[\s,]+(?:{_NOUNS})s?\b|"
    rf"\b(?:{_NOUNS})s?\b(?:[\s,]+[\w'\u2019-]+){{0,3}}?[\s,]+(?:new|original|originally|initial|initially|revised?|another|second|further|additional|earlier|later|fresh)\b",
    re.I,
)
# "would not extend the deadline", "refused to move it", "no extension": the deadline did not move
_NEGATED = re.compile(r"\b(?:not|never|no|n't|refus\w*\s+to|declin\w*\s+to|reject\w*|rul\w*\s+out)\s+(?:\w+\s+)?\Z|n't\s+(?:\w+\s+)?\Z", re.I)
_DEADLINE_WORD = re.compile(rf"\b(?:{_NOUNS})s?\b", re.I)
_REFERS_BACK = re.compile(r"\b(?:the|its|their|this|that|his|her)\s+\Z", re.I)
_FOR_AFTER = re.compile(r"\s+(?:for|to|on)\s+(?:the\s+|a\s+|an\s+)?([a-z]+)", re.I)
_DATE_BEFORE_NOUN = re.compile(rf"\s+(?:{_NOUNS})\b", re.I)
_NOUN_BEFORE_DATE = re.compile(rf"\b(?:{_NOUNS})\s+(?:of|on|is|was|falls\s+on|set\s+for)\s+\Z", re.I)


@dataclass(frozen=True)
class _Deadline:
    block: Block
    start: int
    end: int
    value: tuple
    shown: str
    purpose: str | None
    refers_back: bool


_DEADLINE_NAMED_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:deadline|ultimatum)\s+\w+(?:\s+\w+)?\s*\Z", re.I)

def _deadlines(doc: Document, context: Context) -> tuple[list[_Deadline], list[_Deadline], bool]:
    """Deadline lengths and deadline dates in the prose, and whether the article says a deadline moved."""
    lengths, dates, moved = [], [], False
    for reading in context.annotation(doc).time.prose:
        text = reading.text
        if not _DEADLINE_WORD.search(text):
            continue
        for sentence in reading.block.sentences:
            if _DEADLINE_WORD.search(sentence.text) and _says_moved(sentence.text):
                moved = True
        for d in reading.durations:
            if d.relation != "deadline" or reading.quoted(d.start):
                continue
            purpose = _FOR_AFTER.match(text, d.end)
            # "a six-week deadline" and "the 42-day deadline" are one length; months and years stay as written
            length = ("days", d.days) if d.days is not None else (d.amount, d.unit)
            lengths.append(_Deadline(reading.block, d.start, d.end, length, d.text, purpose.group(1).lower() if purpose else None, bool(_REFERS_BACK.search(text, max(0, d.start - 8), d.start))))
        for m in reading.dates:
            if not m.valid or m.day is None or reading.quoted(m.start):
                continue
            head = text[max(0, m.start - 30) : m.start]
            after = _DATE_BEFORE_NOUN.match(text, m.end)
            if after and head.rstrip().lower().endswith(("the", "its", "their")):
                end, back = after.end(), True
            elif _NOUN_BEFORE_DATE.search(head):
                end, back = m.end, bool(_DEADLINE_NAMED_BEFORE.search(head))
            else:
                continue
            purpose = _FOR_AFTER.match(text, end)
            dates.append(_Deadline(reading.block, m.start, end, (m.month, m.day), m.text, purpose.group(1).lower() if purpose else None, back))
    return lengths, dates, moved


# "both deadlines", "each deadline", "the deadlines": more than one deadline ("gave both sides until …" is not)
_SEVERAL = re.compile(rf"\b(?:several|each|both|two|three|four|separate|different)\s+(?:[\w-]+\s+)?(?:{_NOUNS})s?\b|\b(?:{_NOUNS})s\b", re.I)


def _says_moved(sentence: str) -> bool:
    """True when the sentence says a deadline moved or was one of several, not merely that it will not move."""
    if _SEVERAL.search(sentence):
        return True
    return any(not _NEGATED.search(sentence, max(0, m.start() - 30), m.start()) for m in (*_MOVED.finditer(sentence), *_MOVED_NEAR.finditer(sentence)))


def _conflicts(found: list[_Deadline], what: str, doc: Document) -> list[Hit]:
    if len({d.value for d in found}) != 2:
        return []
    purposes = {d.purpose for d in found if d.purpose}
    if len(purposes) > 1:
        return []
    first = found[0]
    for later in found[1:]:
        if later.value == first.value or not later.refers_back:
            continue
        line = doc.line_col(first.block.source_offset(first.start))[0]
        message = f"\u201c{later.shown}\u201d here, but \u201c{first.shown}\u201d at line {line}: the same deadline given two {what}s."
        return [Hit(DEADLINE_CONFLICT.id, later.block.source_span(later.start, later.end), message, related=(RelatedHit(first.block.source_span(first.start, first.end), f"the {what} first given"),))]
    return []


def run(doc: Document, context: Context) -> list[Hit]:
    """Return hits for a deadline given two lengths or dates, and for limits before their start."""
    r = context.annotation(doc).time
    hits = []
    lengths, dates, moved = _deadlines(doc, context)
    if not moved:
        hits += _conflicts(lengths, "length", doc)
        hits += _conflicts(dates, "date", doc)
    hits += _period_conflicts(doc, r, {h.span.start for h in hits})
    hits += _backward_ranges(r, {h.span.start for h in hits})
    hits += _completion_conflicts(doc, r)
    hits += [h for h in _errand_conflicts(r) if h.span.start not in {x.span.start for x in hits}]
    hits += [h for h in _errand_lengths(r) if h.span.start not in {x.span.start for x in hits}]
    for total in deadline_sums(r):
        if total.start_day is None or total.deadline >= total.start_day:
            continue
        block = total.reading.block
        message = (
            f"The limit, {total.deadline.day} {total.deadline:%B}, falls before the start it counts from, "
            f"{total.start_day.day} {total.start_day:%B}."
        )
        related = (RelatedHit(total.start_block.source_span(total.start.start, total.start.end), "the start"),)
        hits.append(Hit(DEADLINE_CONFLICT.id, block.source_span(total.limit.start, total.limit.end), message, related=related))
    return hits


# An errand given a day, whatever period it belongs to: "ordered the prosecution to file and serve its witness statements
# on the accused by Wednesday, June 17" … "the order, which gives it until Friday, June 19, to file and serve the witness
# statements". The errand is its verbs and the head of their object, before the day or after it.
_ERRAND_BEFORE = re.compile(
    r"\bto\s+(?P<verbs>[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?)\s+(?:(?:the|its|their|his|her|any|all|outstanding|remaining|final|written)\s+)*"
    r"(?P<object>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*?)(?:\s+(?:on|to|with|for|at|in|before)\b[^.;:]{0,60}?)?,?\s+\Z")
_ERRAND_AFTER = re.compile(
    # (past an aside on the day: "have until Monday 30 March, 28 days after offer day, to submit the online appeal form")
    r"(?:,\s+[^,.;:!?]{1,40}?,)?,?\s+to\s+(?P<verbs>[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?)\s+(?:(?:the|its|their|his|her|any|all|outstanding|remaining|final|written)\s+)*"
    r"(?P<object>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*(?:[.,;:]|\s+(?:on|to|with|for|at|in|before)\b))")
_ERRAND_KINDS = frozenset({"by", "until", "no-later-than"})
# a thing handed in, the subject of its deadline: "Any appeal against the decision must reach An Coimisiún Pleanála by"
_DUE_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.;]\s+|\A)(?:any|all|every)\s+(?P<object>[a-z]{4,})\b[^.;:]{0,60}?\b(?:must|should|will\s+have\s+to|have\s+to|has\s+to)\s+"
    r"(?:reach|arrive|be\s+(?:lodged|received|submitted|filed|made|sent|returned))\b(?:[^.;:]|[.:]\d){0,80}?\Z", re.I)  # "by 5.30pm on"
# … or a thing handed in named bare at its clause's start: "and applications must be submitted by Friday 13 March"
_BARE_DUE_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.;]\s+|,\s+(?:and|but)\s+|\A)(?:(?!the\b|all\b|any\b)[a-z]{3,}\s+)?(?P<object>[a-z]{4,}s)\s+(?:for\s+(?P<what>[^.;:,]{3,50}?)\s+)?(?:must|should|will\s+have\s+to|have\s+to)\s+"
    r"(?:reach|arrive|be\s+(?:lodged|received|submitted|filed|made|sent|returned|in))\b(?:[^.;:]|[.:]\d){0,80}?\Z", re.I)  # ("Appeal forms must reach")
# the day a window for things handed in shuts, told by them: "Applications for the grant close on 20 March"
_CLOSE_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.;]\s+|,\s+(?:and|but)\s+|\A)(?P<object>[a-z]{4,}s)\s+(?:for\s+(?P<what>[^.;:,]{3,50}?)\s+)?(?:will\s+)?(?:close|closes)\s+"
    r"(?:at\s+[^.;:]{1,20}?\s+)?(?:on\s+)?(?:[A-Z][a-z]+,?\s+)?\Z", re.I)
_HANDING_VERBS = frozenset("lodge file submit send make enter bring deliver return".split())
# ("up to £1,500 each" is a rate, no party)
_SEVERAL_PARTIES_RE = re.compile(r"\b(?:(?<!\d )each|every|respectively|separately|other)\b", re.I)
_ERRAND_NOT_VERBS = frozenset({"be", "have", "do", "go", "get", "make", "take", "give", "keep", "help", "allow"})


def _errand_conflicts(r) -> list[Hit]:
    """One errand given two days, in two sentences that say nothing moved: the later day, pointing at the first."""
    moved = (r.period_knowledge or periods_of(None)).moved_re
    seen: dict[tuple[str, str], tuple] = {}
    hits = []
    for reading in r.prose:
        text = reading.text
        for date, key, what, told in _errands_dated(reading):
            sentence = reading.sentence_at(date.start)
            lo, hi = sentence.start, sentence.start + len(sentence.text)
            if moved.search(text, lo, hi) or _SEVERAL_PARTIES_RE.search(text, lo, hi):
                continue  # an extension, a new day, or several parties' days told apart
            day = (date.month, date.day)
            first = seen.get(key)
            if first is None:
                seen[key] = (reading, date, day, sentence.start, what)
                continue
            f_reading, f_date, f_day, f_sentence, f_what = first
            if f_day == day or (f_reading is reading and f_sentence == sentence.start) or not (what <= f_what or f_what <= what):
                continue  # "applications for the small grants" and "for the large grants": two windows
            line = r.line(f_reading.block, f_date.start)
            message = (f"\u201c{date.text}\u201d here, but \u201c{f_date.text}\u201d at line {line}: "
                       f"the same errand ({told}) is given two days.")
            related = (RelatedHit(f_reading.block.source_span(f_date.start, f_date.end), "the first day"),)
            hits.append(Hit(DEADLINE_CONFLICT.id, reading.block.source_span(date.start, date.end), message, related=related))
    return hits


def _errands_dated(reading) -> list[tuple]:
    """Each errand the block gives a day, in order: (the day, its key, the content words of what it is for, how to name
    it). An errand is a deed "to file and serve its witness statements by …", a thing handed in "Any appeal … must reach
    the commission by …", or the window for things handed in shutting "Applications for the grant close on 20 March"."""
    text, out = reading.text, []
    for phrase in reading.deadlines:
        if phrase.kind not in _ERRAND_KINDS or phrase.date is None or phrase.date.day is None or reading.quoted(phrase.start):
            continue
        lo = reading.sentence_at(phrase.start).start
        m = _ERRAND_AFTER.match(text, phrase.end) or _ERRAND_BEFORE.search(text, max(lo, phrase.start - 160), phrase.start)
        due = (_DUE_SUBJECT_BEFORE.search(text, lo, phrase.start) or _BARE_DUE_SUBJECT_BEFORE.search(text[lo : phrase.start])) if m is None else None
        if due is not None:  # "Any appeal against the decision must reach the commission by …": a thing handed in
            what = due.groupdict().get("what")
            out.append((phrase.date, ("hand", due.group("object").lower().rstrip("s")), topic_words(what) if what else frozenset(), f"the {due.group('object').lower()}"))
        elif m is not None and m.group("verbs").lower().split()[0] not in _ERRAND_NOT_VERBS:
            verbs = m.group("verbs").lower().split()
            key = ("hand" if verbs[0] in _HANDING_VERBS else verbs[0], m.group("object").lower().split()[-1].rstrip("s"))
            out.append((phrase.date, key, frozenset(), f"to {m.group('verbs')} {m.group('object')}"))
    for date in reading.dates:
        if date.day is None or reading.quoted(date.start):
            continue
        shut = _CLOSE_SUBJECT_BEFORE.search(text[reading.sentence_at(date.start).start : date.start])  # "\A": the sentence's start
        if shut is not None:
            what = shut.group("what")
            out.append((date, ("hand", shut.group("object").lower().rstrip("s")), topic_words(what) if what else frozenset(), f"the {shut.group('object').lower()}"))
    return sorted(out, key=lambda x: x[0].start)


# A length granted for an errand: "would have three months to appeal", "any appeal would have to be lodged within six
# months of the council's decision"
_GRANTED_BEFORE = re.compile(
    r"(?:\b(?P<subject>[A-Za-z]+)\s+(?:(?:would|will|now|then|also|still|only|must|should)\s+)*(?:have|has|had|get|gets)|\b(?:given|giving))"
    r"\s+(?:(?:a|an|the|just|only)\s+)?\Z")
_NO_SUBJECT = frozenset("he she it they we you who which that and or".split())
# the errand is the verb, or, for a verb of handing in ("to lodge an appeal", "to file a claim"), the thing handed in
_TO_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,6}?(?:in\s+which\s+)?to\s+(?:(?:lodge|file|submit|make|send|enter|bring)\s+(?:an?|the|their|his|her|its)\s+(?:[a-z-]+\s+)?(?P<thing>[a-z]{4,})|(?P<errand>[a-z]{4,}))\b")
_LODGED_WITHIN_BEFORE = re.compile(
    r"\b(?P<errand>[a-z]{4,})\s+(?:(?:would|will|must|should|shall|can|may)\s+)?(?:(?:have|need)\s+to\s+)?be\s+(?P<done>[a-z]+ed|sent|made|brought)\s+(?:online\s+|in\s+writing\s+)?(?:within\s+)?\Z", re.I)
_HANDED_IN = frozenset("lodged filed submitted made sent entered brought received".split())
_LENGTH_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}


def _errand_lengths(r) -> list[Hit]:
    """One errand granted two lengths in two sentences that say nothing moved ("would have three months to appeal" …
    "any appeal would have to be lodged within six months"): the later length, pointing at the first. Three lengths or
    more for one errand are several things' and stay quiet."""
    moved = (r.period_knowledge or periods_of(None)).moved_re
    told: list[tuple] = []  # (errand, days, reading, duration, sentence start, the granted's subject word or None)
    for reading in r.prose:
        text = reading.text
        for d in reading.durations:
            if reading.quoted(d.start):
                continue
            sentence = reading.sentence_at(d.start)
            lo, hi = sentence.start, sentence.start + len(sentence.text)
            if moved.search(text, lo, hi) or _SEVERAL_PARTIES_RE.search(text, lo, hi) or _FURTHER_SPELL.search(text, max(lo, d.start - 20), d.end):
                continue
            granted = _GRANTED_BEFORE.search(text, max(lo, d.start - 50), d.start)
            after = _TO_VERB_AFTER.match(text, d.end) if granted else None
            before = _LODGED_WITHIN_BEFORE.search(text, max(lo, d.start - 60), d.start) if d.relation == "within" else None
            found = after or before
            if found is None:
                continue
            subject = granted.group("subject").lower() if after and granted.group("subject") else None
            if after:  # "to appeal" (a deed), "to lodge an appeal" (a thing handed in)
                errand = ("hand", found.group("thing").lower()) if found.group("thing") else ("do", found.group("errand").lower())
            else:  # "any appeal would have to be lodged within", "the report will be published within"
                done = found.group("done").lower()
                errand = ("hand" if done in _HANDED_IN else done, found.group("errand").lower())
            told.append((errand, d.amount * _LENGTH_DAYS[d.unit], reading, d, sentence.start, subject if subject not in _NO_SUBJECT else None))
    hits = []
    for k, (errand, days, reading, d, at, subject) in enumerate(told):
        # "The council has 28 days to respond" … "The developer then has 14 days to respond": two parties' times
        same = [x for x in told if _same_errand(x[0], errand) and not (x[5] and subject and x[5] != subject)]
        if len({x[1] for x in same}) != 2:
            continue
        first = same[0]
        if first[1] == days or k != told.index(same[-1]) or (first[2] is reading and first[4] == at):
            continue
        line = r.line(first[2].block, first[3].start)
        said = errand[1] if errand[0] in ("do", "hand") else f"{errand[0]} {errand[1]}"
        message = f"\u201c{d.text}\u201d here, but \u201c{first[3].text}\u201d at line {line}: the time {'to ' if errand[0] == 'do' else 'for the '}{said} is given two lengths."
        related = (RelatedHit(first[2].block.source_span(first[3].start, first[3].end), "the first length"),)
        hits.append(Hit(DEADLINE_CONFLICT.id, reading.block.source_span(d.start, d.end), message, related=related))
    return hits


def _same_errand(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """True when two errands are one: a deed and a thing handed in of its name ("to appeal", "an appeal … lodged"), or
    two alike ("to lodge an appeal", "appeals must be submitted"); not another act on the same thing ("to submit its
    report", "the report will be published")."""
    kinds = {a[0], b[0]}
    if kinds <= {"do", "hand"}:
        return same_stem(a[1], b[1])
    return a[0] == b[0] and same_stem(a[1], b[1])


# "from Monday 1 September to Friday 29 August": a range of two days written with "from", in either order
_RANGE_FROM = re.compile(r"\bfrom\s+(?:the\s+)?\Z", re.I)
_RANGE_TO = re.compile(r"\s*(?:to|until|till|through|thru|\u2013|-)\s*(?:the\s+)?\Z", re.I)
# a range written backwards further than this may run over the new year ("from 20 December to 5 January")
_BACKWARD_DAYS = 45


def _spans_the_year(length, first: _dt.date, last: _dt.date) -> bool:
    """True when a length fits the range read over the new year ("a year from 30 September to 29 September"); a
    120-day notice "from 5 April to 3 March" does not."""
    try:
        wrapped = (last.replace(year=last.year + 1) - first).days + 1
    except ValueError:
        wrapped = (last + _dt.timedelta(days=365) - first).days + 1
    days = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}.get(length.unit.rstrip("s"), 0) * length.amount
    return abs(wrapped - days) <= 31


def _backward_ranges(r, reported: set[int]) -> list[Hit]:
    """A range of two days whose second day comes before its first ("closures will be in place from Monday 1 September
    to Friday 29 August"), whatever period it dates, even one of several; not a move ("brought forward from 1 September
    to 29 August": a period's words for a move, before "from" in its sentence, say so)."""
    from ..language.periods import periods_of

    knowledge = r.period_knowledge or periods_of(None)
    hits = []
    for reading in r.prose:
        dates = [d for d in reading.dates if d.valid and d.day is not None and d.month is not None and d.year is not None]
        for a, b in zip(dates, dates[1:]):
            text = reading.text
            if not _RANGE_TO.fullmatch(text[a.end : b.start]) or not _RANGE_FROM.search(text, max(0, a.start - 12), a.start):
                continue
            if a.explicit_year != b.explicit_year or reading.quoted(a.start):
                continue
            try:
                first, last = _dt.date(a.year, a.month, a.day), _dt.date(b.year, b.month, b.day)
            except ValueError:
                continue
            if not 1 < (first - last).days <= _BACKWARD_DAYS:
                continue  # "run for a year from 30 September to 29 September": a day back is a year on
            sentence = reading.sentence_at(a.start)
            if knowledge.moved_re.search(text, sentence.start, a.start) or any(_spans_the_year(d, first, last) for d in reading.in_sentence(reading.durations, sentence)):
                continue  # a move; or a length the range spans over the new year ("for a year from 30 September to 29 September")
            span = reading.block.source_span(b.start, b.end)
            if span.start in reported:
                continue
            message = f"The range ends on {last.day} {last:%B} (\u201c{b.text}\u201d), before it starts on {first.day} {first:%B} (\u201c{a.text}\u201d)."
            hits.append(Hit(DEADLINE_CONFLICT.id, span, message, related=(RelatedHit(reading.block.source_span(a.start, a.end), "the start"),)))
    return hits


# "150 hours of unpaid work, to be completed within 12 months", "must complete the 150 hours within 18 months": a
# counted task and the time allowed to finish it (what is counted: the number and its unit)
_TASK_FIRST = re.compile(
    r"(?P<obj>\d[\d,]*\s+[a-z]+)\s+of\s+[a-z][\w\s-]{0,40}?,?\s+to\s+be\s+(?:completed|served|carried\s+out|done|finished|worked)\s+\Z", re.I
)
_TASK_BACK = re.compile(
    r"\b(?:complete|completes|completed|finish|finishes|serve|serves|carry\s+out|carries\s+out|work|do)\s+(?P<the>the|those|these|her|his|their)\s+(?P<obj>\d[\d,]*\s+[a-z]+)\s+\Z",
    re.I,
)
_CHANGED = re.compile(r"\b(?:extend\w*|extension|more\s+time|instead|chang\w*|varied|vary|amend\w*|reduc\w*|increas\w*|originally|initially|now)\b", re.I)


def _completion_conflicts(doc: Document, r) -> list[Hit]:
    """A counted task ("150 hours of unpaid work") given one time to finish it, then another where the article refers back to it."""
    first: dict[tuple[int, str], tuple] = {}  # (section, task) -> (reading, duration, length)
    hits, section = [], 0
    for reading in r.prose:
        if reading.block.kind is BlockKind.HEADING:
            section += 1  # a court round-up's crosshead starts another case
            continue
        text = reading.text
        for d in reading.durations:
            if d.relation != "within" or reading.quoted(d.start):
                continue
            sentence = reading.sentence_at(d.start)
            lo = max(sentence.start, d.start - 120)
            told = _TASK_FIRST.search(text, lo, d.start)
            back = None if told else _TASK_BACK.search(text, lo, d.start)
            m = told or back
            if m is None or _CHANGED.search(sentence.text):
                continue
            task = (section, " ".join(m.group("obj").lower().split()))
            length = ("days", d.days) if d.days is not None else (d.amount * (12 if d.unit == "year" else 1), "months")
            if task not in first:
                first[task] = (reading, d, length)
                continue
            was, earlier, known = first[task]
            if back is not None and length != known:
                line = doc.line_col(was.block.source_offset(earlier.start))[0]
                message = f"\u201c{d.text}\u201d here, but \u201c{earlier.text}\u201d at line {line}: the {m.group('obj')} are given two times to be completed in."
                hits.append(Hit(DEADLINE_CONFLICT.id, reading.block.source_span(d.start, d.end), message, related=(RelatedHit(was.block.source_span(earlier.start, earlier.end), "the time first given"),)))
    return hits


def _year_unsaid(statement) -> bool:
    """True when a period's day is written without its year ("until Aug. 31"): the year is a guess."""
    date = statement.fact.date
    return date is not None and not date.explicit_year


def _next_year(day: _dt.date) -> _dt.date:
    return day.replace(year=day.year + 1) if not (day.month == 2 and day.day == 29) else day.replace(year=day.year + 1, day=28)


def _say(day) -> str:
    return f"{day.day} {day:%B}"


def _period_conflicts(doc: Document, r, taken: set[int]) -> list[Hit]:
    """One period given two lengths, two starts or two ends; an end before the start."""
    hits = []
    predecessors = (r.period_knowledge or periods_of(None)).predecessors
    for period in periods(r).values():
        if not period.moved:
            hit = _two_ends_of_one_group(doc, period)
            if hit is not None and hit.span.start not in taken:
                hits.append(hit)
                taken.add(hit.span.start)
        if period.moved and not period.several:
            hit = _after_its_move(doc, r, period)
            if hit is not None and hit.span.start not in taken:
                hits.append(hit)
                taken.add(hit.span.start)
        if period.moved or period.several or _spells_in_turn(period) or _told_by_phases(period):
            continue
        if any(n.marker in predecessors for _, n in period.nouns):
            continue  # "extended by a fortnight from its original closing date of 11 May, ran … to 25 May": the one before, told as such
        for what, items, key in (("length", period.durations, lambda s: s.length), ("start", period.starts, lambda s: s.day), ("end", period.ends, lambda s: s.day)):
            hit = _two_values(doc, period, what, items, key)
            if hit is not None and hit.span.start not in taken:
                hits.append(hit)
                taken.add(hit.span.start)
        starts, ends = {s.day for s in period.starts}, {e.day for e in period.ends}
        # an end the day before a start hands over to what follows ("the contract expires on June 30, and whatever timetable
        # is adopted would take effect from July 1"), or is a year's last day ("from July 1 to June 30")
        if len(starts) == 1 and len(ends) == 1 and next(iter(ends)) < next(iter(starts)) - _dt.timedelta(days=1):
            start, end = period.starts[0], period.ends[0]
            if _year_unsaid(end) and not _year_unsaid(start) and start.fact.date is not None and _next_year(end.day) >= start.day:
                continue  # "launched the pilot on Sept. 2, 2025 … to keep it going until Aug. 31": the year the start
                # names is no year of the end's, which may be the August after it
            name = _name(period)
            plural = _plural_name(name)  # "the submissions end … before they start"
            # reported at whichever is written later, pointing at the earlier one it contradicts
            end_later = end.reading.block.source_offset(end.fact.start) >= start.reading.block.source_offset(start.fact.start)
            later, earlier = (end, start) if end_later else (start, end)
            said = ("end", "before", "start") if end_later else ("start", "after", "end")
            span = later.reading.block.source_span(later.fact.start, later.fact.end)
            line = doc.line_col(earlier.reading.block.source_offset(earlier.fact.start))[0]
            message = (
                f"The {name} {said[0] if plural else said[0] + 's'} on {_say(later.day)} (\u201c{later.shown}\u201d), {said[1]} "
                f"{'they ' + said[2] if plural else 'it ' + said[2] + 's'} on {_say(earlier.day)} (\u201c{earlier.shown}\u201d, line {line})."
            )
            related = (RelatedHit(earlier.reading.block.source_span(earlier.fact.start, earlier.fact.end), f"the {said[2]}"),)
            if span.start in taken:
                continue
            hits.append(Hit(DEADLINE_CONFLICT.id, span, message, related=related))
    return hits


# a length added after a period's end: "a further 14 days", "another two weeks", "an extra month"
# (or dates added: "Strike: 8 to 21 September (further dates 29 September to 5 October)")
_FURTHER_SPELL = re.compile(r"\b(?:a\s+further|another|an\s+(?:additional|extra)|a\s+(?:second|grace|late))\s+(?:[\w-]+\s+)?(?:days?|weeks?|fortnight|months?|period|window)\b"
                            r"|\b(?:further|more|new|additional|extra)\s+(?:[\w-]+\s+)?dates\b", re.I)


def _another_year(statement: PeriodStatement, year: int) -> bool:
    """True when every year written in the statement's sentence is another year than the article's."""
    reading = statement.reading
    years = {d.year for d in reading.in_sentence(reading.dates, reading.sentence_at(statement.fact.start)) if d.explicit_year}
    return bool(years) and year not in years


# a paragraph that says which of several rounds it tells: "In the second phase, covering 2,816 gram panchayats, …"
_PHASE_OPENING = re.compile(r"\A\W*(?:in|for|during|under)\s+(?:the\s+)?(?P<which>first|second|third|fourth|fifth|final|last|next|later|earlier)\s+"
                            r"(?:phase|stage|round|leg|tranche|batch|cycle|window|intake)\b|\A\W*(?:in\s+)?(?:phase|stage|round)\s+(?P<number>one|two|three|four|\d)\b", re.I)


def _told_by_phases(period: Period) -> bool:
    """True when the period's days are told in paragraphs each opened by another round ("In the first phase, … the last
    date for filing nominations is November 21" … "In the second phase, … Nominations can be filed until November 27"):
    each round's own period."""
    told = set()
    for st in (*period.starts, *period.ends, *period.durations):
        m = _PHASE_OPENING.match(st.reading.text)
        told.add((m.group("which") or m.group("number")).lower() if m else None)
    return len(told - {None}) >= 2


def _spells_in_turn(period: Period) -> bool:
    """True when two sentences each give the period a start and an end, one spell wholly after the other ("applications
    open on Monday, May 4 … until May 31"; "those who miss it may apply between June 1 and June 5 for a late fee"):
    a second spell, not a second start and end of the first."""
    spells: dict[tuple[int, int], list] = {}
    for st in period.starts:
        spells.setdefault((id(st.reading), st.reading.sentence_at(st.fact.start)), [[], []])[0].append(st.day)
    for e in period.ends:
        spells.setdefault((id(e.reading), e.reading.sentence_at(e.fact.start)), [[], []])[1].append(e.day)
    whole = [(min(starts), max(ends)) for starts, ends in spells.values() if starts and ends and min(starts) <= max(ends)]
    return any(b_start > a_end for a_start, a_end in whole for b_start, _ in whole)  # a well-formed spell never starts after its own end


def _line(doc: Document, st: PeriodStatement) -> int:
    return doc.line_col(st.reading.block.source_offset(st.fact.start))[0]


def _against(later: PeriodStatement, earlier: PeriodStatement, message: str, label: str) -> Hit:
    """A finding at a later statement of a period, pointing at the earlier one it contradicts."""
    return Hit(DEADLINE_CONFLICT.id, later.reading.block.source_span(later.fact.start, later.fact.end), message,
               related=(RelatedHit(earlier.reading.block.source_span(earlier.fact.start, earlier.fact.end), label),))


def _place(st: PeriodStatement) -> tuple[int, int]:
    return st.reading.block.source_offset(0), st.fact.start


def _after_its_move(doc: Document, r, period: Period) -> Hit | None:
    """A period moved to a new last day ("agreed to extend the consultation to Friday, April 10") and later given
    another one, in a sentence that speaks of no move ("The consultation closes at 5pm on Friday, April 17"): one of the
    two is wrong. The days given before the move are the old plan, and a later move moves it again."""
    revised = [e for e in period.ends if e.fact.revised]
    if not revised or len({e.day for e in revised}) != 1:
        return None
    last = max(revised, key=_place)
    before = {e.day for e in period.ends if _place(e) < _place(last)}
    # "moving the deadline … from Nov. 20 to Dec. 4": the day moved from, whatever role its "from" gave it
    before |= {s.day for s in period.starts if s.reading is last.reading and s.reading.sentence_at(s.fact.start) == last.reading.sentence_at(last.fact.start)}
    knowledge = r.period_knowledge
    for e in sorted(period.ends, key=_place):
        if _place(e) <= _place(last) or e.fact.revised or e.day in before or e.day == last.day or e.fact.orphan not in (None, "errand") \
                or _COMES_BACK.match(e.fact.word) or e.fact.noun.introduces:
            continue  # an end a sentence naming no period gave, or a service's return, is a guess at whose it is; "still
            # have a contract in place by Feb. 1", after the contract was moved, brings in another one
        sentence = e.reading.sentence_at(e.fact.start)
        if knowledge is not None and knowledge.moved_re.search(sentence.text):
            continue  # "… was first due to close on 20 March": the plan before the move, told again
        if _COUNTED_BACK.search(sentence.text):
            continue  # "Questions … no later than seven days before the closing date, by 12 June": another errand's day
        return _against(e, last, f"\u201c{e.shown}\u201d here, but line {_line(doc, last)} moved the end of the {_name(period)} to "
                        f"{_say(last.day)} (\u201c{last.shown}\u201d); no later move is told.", "the end it was moved to")
    return None


# a plan and its change in one sentence: "originally due to …, will now …", "had been set for …, but is now …"
_PLAN_THEN_NOW = re.compile(r"\b(?:originally|initially|first)\b.*\b(?:now|instead)\b", re.I | re.S)
_COUNTED_BACK = re.compile(r"\b(?:days?|weeks?|hours?|months?)\s+(?:before|ahead\s+of|prior\s+to)\s+the\b", re.I)


# who a deadline is for: "Individual lawmakers have until Feb. 2", "the Feb. 9 deadline for individual lawmakers"
_GROUP_HAS_BEFORE = re.compile(r"(?:\A|[.;:,]\s+|\b(?:while|whereas|and|but)\s+)(?P<who>(?:[A-Za-z][\w'\u2019-]*\s+){1,4}?)(?:have|has|had|get|gets|will\s+have)\s+(?:until|till|to)\s+\Z")
_GROUP_FOR_AFTER = re.compile(r"\s+for\s+(?P<who>(?:[a-z][\w'\u2019-]*\s+){0,3}?[a-z][\w'\u2019-]*)(?=\s*(?:[.;:,)]|\Z|\s(?:to|is|was|will|has|had|and|or|on|in)\b))")
_NOT_GROUP_WORDS = frozenset("the a an its their all any each every who which that".split())


def _group_of(statement: PeriodStatement) -> tuple[frozenset[str], str]:
    """Who a stated end is for, as its content words in the singular and as written: the subject of "have until" before
    it, or the words after "for" after its noun ("deadline for individual lawmakers"); empty when the copy names no one."""
    text, fact = statement.reading.text, statement.fact
    if fact.orphan:
        m = _GROUP_HAS_BEFORE.search(text, max(0, fact.start - 80), fact.start)
    elif fact.noun is not None:
        m = _GROUP_FOR_AFTER.match(text, max(fact.noun.end, fact.end))
    else:
        m = None
    if m is None:
        return frozenset(), ""
    words = [w for w in m.group("who").split() if w.lower() not in _NOT_GROUP_WORDS]
    return frozenset(w.lower().rstrip("s") for w in words), " ".join(words).lower()


def _two_ends_of_one_group(doc: Document, period: Period) -> Hit | None:
    """Of deadlines for several groups ("Individual lawmakers have until Feb. 2 …, while committees have until Feb. 4"),
    two ends given to one group ("before the Feb. 9 deadline for individual lawmakers"): reported at the later, pointing at the first."""
    seen: dict[frozenset[str], PeriodStatement] = {}
    for end in period.ends:
        group, who = _group_of(end)
        if not group or end.day is None:
            continue
        first = seen.setdefault(group, end)
        if first is end or first.day == end.day:
            continue
        return _against(end, first, f"\u201c{end.shown}\u201d here, but \u201c{first.shown}\u201d at line {_line(doc, first)}: the deadline for {who} is given two ends.",
                        "the end first given")
    return None


_ANY_PERIOD = frozenset({"period", "window"})  # nouns that name any period: a bare one points back at none
_BARE_BEFORE = re.compile(r"(?:\A|[(:\u2013\u2014]\s*)(?:[\w-]+-(?:day|week|month|year)\s+)?\Z")
_APART_DAYS = 183
_CLOSING_VERB = re.compile(r"\b(?:closed?|shut|reopen\w*)\b")  # "will close", "closed the road": written with its verb, not its noun
_ORDER_CLOSING = re.compile(r"(?:order|notice)\s+(?:closing|shutting)")
_SET_AGAINST = re.compile(r",\s+(?:but|while|whereas)\b|;|\bwhereas\b")
_THEN = re.compile(r"\bthen\b", re.I)
_COMES_BACK = re.compile(r".*\b(?:resum|restart|reopen|return)", re.S)


_PLURAL_NAMES = frozenset({"comments", "submissions", "responses", "objections", "representations"})  # "the comments are given two ends"


def _plural_name(name: str) -> bool:
    """True for a name written in the plural: "expressions of interest", "nominations" ("the" + a plural head)."""
    head = name.split(" of ")[0].split()[-1] if name else ""
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _name(period: Period) -> str:
    """How the message names a period: as the article first wrote it, or "closure of the crossing" for a closure told by verbs."""
    for reading, noun in period.nouns:
        if noun.verb:
            continue  # "walked off the job" tells the strike; it does not name it
        written = reading.text[noun.start : noun.end].lower()
        if noun.kind == "closure" and noun.qualifier and _CLOSING_VERB.search(written):
            return f"closure of the {noun.qualifier}"
        if noun.kind == "closure" and _ORDER_CLOSING.fullmatch(written):
            continue  # "an order closing the A4862": the closure is named by the nouns after it, or by its kind
        return written
    return period.kind


_APART_RATIO = 6  # two lengths of a bare "period" this far apart are two periods


def _name_untold(named: PeriodStatement, orphan: PeriodStatement) -> bool:
    """True when the words naming a general period ("the fire danger period", "the 21-day window for a tribunal
    reference") are none of them in the sentence of a statement that names no period."""
    noun = named.fact.noun
    text = named.reading.text
    after = _NAMED_FOR.match(text, noun.end)  # "window for a tribunal reference", "window to act"
    said = " ".join(x for x in (text[noun.start : noun.end], noun.qualifier, noun.purpose, after.group("words") if after else None) if x)
    words = set(re.findall(r"[a-z]{3,}", said.lower())) - _ANY_PERIOD - _FUNCTION
    theirs = set(re.findall(r"[a-z]{3,}", orphan.reading.sentence_at(orphan.fact.start).text.lower()))
    return bool(words) and not any(same_stem(a, b) for a in words for b in theirs)


_NAMED_FOR = re.compile(r"\s+(?:for|of|on|to|against)\s+(?P<words>(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+)", re.I)
_FUNCTION = frozenset("the and for its their this that with from day days".split())


def _far_apart(a: tuple, b: tuple) -> bool:
    """True when two lengths ("days", 90) and ("months", 60) are more than _APART_RATIO times apart."""
    x, y = (n * (30 if unit == "months" else 1) for unit, n in (a, b))
    return min(x, y) > 0 and max(x, y) > _APART_RATIO * min(x, y)


def _apart(first: PeriodStatement, later: PeriodStatement) -> bool:
    """True when two statements' sentences differ and share no common word of subject matter (names and places aside:
    a dateline's town is in every story)."""
    one, other = (x.reading.sentence_at(x.fact.start) for x in (first, later))
    return one != other and not topic_words(_NAME_RE.sub(" ", one.text)) & topic_words(_NAME_RE.sub(" ", other.text))


_NAME_RE = re.compile(r"\b[A-Z][\w'\u2019-]*")


def _year_written(statement: PeriodStatement) -> bool:
    return statement.fact.date is not None and bool(statement.fact.date.explicit_year)


# a length told as a first term or a limit ("an initial three years", "a maximum term of", "up to")
_LIMIT_LENGTH = re.compile(r"\b(?:initial|initially|maximum|minimum|max|up\s+to|at\s+most|at\s+least)\s+(?:term\s+of\s+|period\s+of\s+)?(?:[\w-]+\s+)?\Z", re.I)


def _two_values(doc: Document, period: Period, what: str, items: list[PeriodStatement], key) -> Hit | None:
    if what != "length":
        # "Traders who miss the April 14 cut-off will have a further 14 days, until April 28": a spell added after it
        items = [x for x in items if not _FURTHER_SPELL.search(x.reading.sentence_at(x.fact.start).text)]
    # ("A three-day strike planned for October was called off": a period "a" brings in after the first is another, and
    # no third value of this one)
    if what == "length":
        items = [x for k, x in enumerate(items) if k == 0 or not x.fact.noun.introduces]
    values = {key(s) for s in items}
    if len(values) != 2:
        return None
    low, high = sorted(values)
    # ("a four-year contract that runs until 30 June 2030" … "until 30 June 2029": a period of years ends in one year)
    years_long = all(_year_written(s) for s in items) and any(d.fact.duration is not None and length_key(d.fact.duration) >= ("months", 12) for d in period.durations)
    if isinstance(low, _dt.date) and (high - low).days > _APART_DAYS and not (low.year == high.year and all(_year_written(s) for s in items)) and not years_long:
        # "closes on 3 April" and "closed on 3 April last year": this year's and last year's; a year written with each
        # ("runs through Dec. 31, 2027" … "expires June 30, 2027") says they are one year's
        return None
    first = items[0]
    for later in items[1:]:
        if key(later) == key(first) or later.fact.noun.introduces and not (later.fact.orphan and later.fact.role == "end"):
            continue  # ("Anyone wishing to respond has until …": a sentence naming no period brings none in)
        if what == "length" and doc.published and _another_year(first, doc.published.year) != _another_year(later, doc.published.year):
            continue  # "Its public participation ran for 21 days, from 2 to 22 May 2025": last year's, not this one's
        if later.reading is first.reading and later.reading.sentence_at(later.fact.start) == first.reading.sentence_at(first.fact.start) \
                and _THEN.search(first.reading.text, min(first.fact.end, later.fact.end), max(first.fact.start, later.fact.start)):
            continue  # "runs today, tomorrow and Thursday (24 to 26 February), then for five days from 2 March to 6 March": two spells
        if later.reading is first.reading and later.reading.sentence_at(later.fact.start) == first.reading.sentence_at(first.fact.start) \
                and _SET_AGAINST.search(first.reading.text, min(first.fact.end, later.fact.end), max(first.fact.start, later.fact.start)):
            continue  # "94 per cent met the 24-hour deadline, but only 71 per cent were done within 28 days": two things set side by side
        if later.reading is first.reading and later.reading.sentence_at(later.fact.start) == first.reading.sentence_at(first.fact.start) \
                and _PLAN_THEN_NOW.search(first.reading.sentence_at(first.fact.start).text):
            continue  # "which was originally due to reopen on Friday 22 January, will now stay closed until Friday 29 January"
        if what == "end" and isinstance(low, _dt.date) and (high - low).days == 1 and any(_COMES_BACK.match(x.fact.word) for x in (first, later)) \
                and not (first.fact.clock is not None and first.fact.clock == later.fact.clock):
            # "runs … to 28 March" and "resume flights from Sunday 29 March": the day after the last is the return
            # ("until 5am Monday" and "reopen at 5am on Tuesday" are a day apart to the hour)
            continue
        if period.kind in _ANY_PERIOD and first.fact.orphan and later.fact.orphan and _apart(first, later):
            continue  # "have until Friday, March 20, to ask for a recount" … "must be registered by Friday, April 17": two
            # sentences that name no period and share no matter tell two errands' days
        if period.kind in _ANY_PERIOD and bool(first.fact.orphan) != bool(later.fact.orphan) \
                and _name_untold(*((later, first) if first.fact.orphan else (first, later))):
            continue  # "the festival … runs until Sunday 18 January" … "The fire danger period … until 1 May": a day the
            # sentence naming no period gives, for nothing the named period's words name
        if what == "length" and any(_LIMIT_LENGTH.search(x.reading.text, max(0, x.fact.start - 40), x.fact.start) for x in (first, later)):
            continue  # "licences for an initial three years, renewable twice …, giving a maximum term of seven years": a first
            # term and the longest it may run are two measures of one licence, not two lengths of it
        if period.kind in _ANY_PERIOD and what == "length" and _far_apart(first.length, later.length):
            continue  # "a 90-day public comment period" … "over the five-year period": no slip of one period's length
        if period.kind in _ANY_PERIOD and not later.fact.orphan and later.fact.noun.kind in _ANY_PERIOD and _BARE_BEFORE.search(later.reading.text, max(0, later.fact.noun.start - 40), later.fact.noun.start):
            continue  # "- Neighbour letters issued: Friday 8 May (14-day period to 22 May)": a bare "period" may be any period
        line, name = _line(doc, first), _name(period)
        message = f"\u201c{later.shown}\u201d here, but \u201c{first.shown}\u201d at line {line}: the {name} {'are' if name in _PLURAL_NAMES or _plural_name(name) else 'is'} given two {what}s."
        starts, ends = {s.day for s in period.starts}, {e.day for e in period.ends}
        if what == "length" and len(starts) == 1 and len(ends) == 1 and min(starts) <= min(ends):
            # which length the dates bear out is what a sub-editor asks next
            message += f" Its start and end ({_say(min(starts))} to {_say(min(ends))}) are {(min(ends) - min(starts)).days} days apart."
        return _against(later, first, message, f"the {what} first given")
    return None


register(run, DEADLINE_CONFLICT)
