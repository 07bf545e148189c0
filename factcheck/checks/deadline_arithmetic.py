"""A period's length that does not fit its start and end ("a ten-week consultation" … "opened on 2 March" … "closes on 19 May").

Periods are read across the whole article (factcheck/language/periods.py, with the
kinds and the start, end and change words in rules/periods.yaml): a consultation,
a window, a ban, a ceasefire, a trial, a contract, a closure, a strike, a tender,
an ultimatum, a deadline. When one period is given exactly one length, one start
and one end, in any sentences and in any phrasing ("runs for six weeks", "the
35-day window", "opened on", "from", "no later than 5pm on Monday 30 March",
"the 2 May deadline", "45 days from the date of the notice" with the notice
dated elsewhere, "ruled on 12 September" dating the order a count runs from),
the length counted from the start must reach the end, give or take `slack-days`.
The message gives the date the length reaches. Reported at the latest of the
three, pointing at the other two. Starts and ends are read however copy writes
them: "took effect Friday, Oct. 3", "backdated the ban to Monday 20 April",
"commenced with the filing of a circular … on Sept. 10", "stays in force through
11:59 p.m. Friday, Nov. 7", "will expire at 5 p.m. Pacific time on Friday, Dec. 19",
"free to play again from Monday 15 June", and a closure told by its verbs ("The
bridge will close to all vehicles … on Friday 6 February", "is due to reopen to
traffic … on Monday 9 March"), "would take effect on 1 May" and "will lapse on 30
September", and a strike told by its verb ("members would walk out for a fortnight,
from Monday 14 September to Sunday 4 October"). Left alone: a period the article says moved
("extended", "brought forward", "a new deadline"; not a move that is only a
condition, a rule or a call: "unless extended", "could agree to shorten", "called
on the regulator to extend"), one told apart from others of
its kind ("a second consultation", "the 2016 strike"), one shown as several ("the
strikes"), days of an earlier year's event ("since 2016, when … from 3 October to
8 October", "went on strike in 2023 … lasted 10 days"), quotes.

Within one sentence, a duration tied to dates is also checked the older way. A sentence is checked when it holds exactly one limit date ("by 2 September",
"no later than 1 March", "deadline of …"), exactly one counted duration ("within
21 days of", "50 days from", "in 50 days", "a 50-day deadline") and one start
date ("the announcement on 14 July"), or a start date written first and
referred back to ("its notice on 6 October … 45 days from that notice", "a
letter dated 12 October … six weeks from the date of the letter"). The duration from the start must reach the
limit date, give or take `slack-days` (one by default, for inclusive counting);
months and years are calendar months and years. When the start is only a
relative expression ("the mayor said last week she would … in 50 days, by 2
September"), it is flagged only if no day that expression can mean works.

Left alone: sentences with two limits, two durations or two other dates (which
pairs belong together is a guess); "By 5 May, …" opening a sentence (a time
reference, not a limit); sentences with "since"; durations of a state ("for 30
days"); quotes. A limit that falls before its own start is `deadline-conflict`.
"""

from __future__ import annotations

import datetime as _dt

from ..document import Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..language.durations import add_duration
from ..registry import Check, Context, Example, Option, register
from ..reading.times import DeadlineSum, Period, adds_up, deadline_sums, periods

DEADLINE_ARITHMETIC = Check(
    id="deadline-arithmetic",
    category=Category.DEADLINE,
    severity=Severity.WARNING,
    summary="A deadline's duration and dates do not add up.",
    description=__doc__,
    fires=Example(
        "date 2025-03-02 Regulator sets deadline\n\nThe firm must reply within 30 days of the notice served on 1 March, by 15 April.\n",
        lines=(3,),
    ),
    quiet=Example(
        "date 2025-07-22 Landlord warned\n\nThe regulator said last week that the landlord must repair the flats by 2 September, within 50 days.\n\n"
        "The firm must reply within 30 days of the notice served on 1 March, by 31 March.\n",
    ),
    options=(Option("slack-days", int, "Days either way a deadline may miss by (inclusive counting).", minimum=0, maximum=7),),
)


def _fmt(day: _dt.date) -> str:
    return f"{day.day} {day:%B}"


def _length(total: DeadlineSum) -> str:
    d = total.duration
    amount = int(d.amount) if d.amount == int(d.amount) else d.amount
    return f"{amount} {d.unit}{'s' if amount != 1 else ''}"


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at each limit date the stated duration does not reach."""
    slack = context.options(DEADLINE_ARITHMETIC.id).get("slack-days", 1)
    hits = []
    for total in deadline_sums(context.annotation(doc).time):
        if total.start_day is not None and total.deadline < total.start_day:
            continue  # deadline-conflict reports it
        if adds_up(total, slack):
            continue
        block = total.reading.block
        if total.start is not None:
            reached = add_duration(total.start_day, total.duration.amount, total.duration.unit)
            message = f"{_length(total)} from {_fmt(total.start_day)} is {_fmt(reached)}, not {_fmt(total.deadline)}."
            related = (RelatedHit(block.source_span(total.start.start, total.start.end), "the start"),)
        else:
            first, last = total.window
            message = (
                f"{_length(total)} from any day of \u201c{total.relative.text}\u201d ({_fmt(first)} to {_fmt(last)}) "
                f"does not reach {_fmt(total.deadline)}."
            )
            related = (RelatedHit(block.source_span(total.relative.start, total.relative.end), "the start"),)
        span = block.source_span(total.limit.start, total.limit.end)
        hits.append(Hit(DEADLINE_ARITHMETIC.id, span, message, related=related))
    lines = {doc.line_col(h.span.start)[0] for h in hits}
    for period in periods(context.annotation(doc).time).values():
        hit = _period_sum(doc, period, slack)
        if hit is not None and doc.line_col(hit.span.start)[0] not in lines:
            hits.append(hit)
    return hits


def _period_sum(doc: Document, period: Period, slack: int) -> Hit | None:
    """A hit when a period's one length, counted from its one start, does not reach its one end."""
    if period.moved or period.several or not (period.durations and period.starts and period.ends):
        return None
    if len({s.length for s in period.durations}) != 1 or len({s.day for s in period.starts}) != 1 or len({s.day for s in period.ends}) != 1:
        return None
    length, start, end = period.durations[0], period.starts[0], period.ends[0]
    if end.day < start.day:
        return None  # deadline-conflict reports it
    d = length.fact.duration
    reached = add_duration(start.day, d.amount, d.unit)
    if abs((reached - end.day).days) <= slack:
        return None
    amount = int(d.amount)
    said = f"{amount} {d.unit}{'s' if amount != 1 else ''}"
    where = {id(x): doc.line_col(x.reading.block.source_offset(x.fact.start))[0] for x in (length, start, end)}
    years = reached.year != end.day.year or start.day.year != end.day.year
    show = (lambda day: f"{_fmt(day)} {day.year}") if years else _fmt
    message = (
        f"{said} from {show(start.day)} (\u201c{start.shown}\u201d, line {where[id(start)]}) is {show(reached)}, "
        f"but the article gives the end as {show(end.day)} (\u201c{end.shown}\u201d, line {where[id(end)]})."
    )
    last = max((length, start, end), key=lambda x: x.reading.block.source_offset(x.fact.start))
    others = [x for x in (length, start, end) if x is not last]
    labels = {id(length): "the length", id(start): "the start", id(end): "the end"}
    related = tuple(RelatedHit(x.reading.block.source_span(x.fact.start, x.fact.end), labels[id(x)]) for x in others)
    return Hit(DEADLINE_ARITHMETIC.id, last.reading.block.source_span(last.fact.start, last.fact.end), message, related=related)


register(run, DEADLINE_ARITHMETIC)
