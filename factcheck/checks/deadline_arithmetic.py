"""A period's length that does not fit its start and end ("a ten-week consultation" … "opened on 2 March" … "closes on 19 May").

Periods are read across the whole article (factcheck/language/periods.py, with the
kinds and the start, end and change words in rules/periods.yaml): a consultation,
a window, a ban, a ceasefire, a trial, a contract, a closure, a strike, a tender,
an ultimatum, a deadline. When one period is given exactly one length, one start
and one end, in any sentences and in any phrasing ("runs for six weeks", "the
35-day window", "opened on", "from", "no later than 5pm on Monday 30 March",
"the 2 May deadline", "with the last date for submission fixed as August 31", "45 days from the date of the notice" with the notice
dated elsewhere, "30 days from election day" with the election dated elsewhere, "a 30-day public comment period" with
"Written comments will be accepted from … through …" beside it in its paragraph, "ruled on 12 September" dating the order a count runs from),
the length counted from the start must reach the end, give or take `slack-days`.
The message gives the date the length reaches. Reported at the latest of the
three, pointing at the other two. Starts and ends are read however copy writes
them: "took effect Friday, Oct. 3", "backdated the ban to Monday 20 April",
"commenced with the filing of a circular … on Sept. 10", "stays in force through
11:59 p.m. Friday, Nov. 7", "will expire at 5 p.m. Pacific time on Friday, Dec. 19",
"free to play again from Monday 15 June", a grant pointed at by the next sentence ("have 28
days from the date of the decision to appeal. That window closes on Friday 27 March", the
decision "announced on Tuesday 3 March"), a length granted in a sentence naming no period ("The
lender has 30 days from the date of the notice to file a compliance report"), counted from the one
notice dated before it, with a later clear end sharing its subject ("the compliance report received
no later than 10th April"), "the order" after "a banning order", a ban told by its
verb ("banned from letting property for five years"), and a closure told by its verbs ("The
bridge will close to all vehicles … on Friday 6 February", "is due to reopen to
traffic … on Monday 9 March"), "would take effect on 1 May" and "will lapse on 30
September", and a strike told by its verb ("members would walk out for a fortnight,
from Monday 14 September to Sunday 4 October"), a display or an exhibition ("will go on free display … from
Saturday 2 May, closing on Saturday 25 July" … "After the eight-week display … ends"; not "permanent display"), a
count from an event named bare and dated by a verb written after its date ("was on Monday, November 3, sentenced"
… "has 14 days from sentencing to file a notice of appeal, … before the deadline of Monday, November 24": the
deadline the sentence names after a grant is the grant's), a start told by the act that gives a period on the day
the sentence opens with ("On Monday the branch issued the university with a 14-day ultimatum"), and one told by an
event that begins it, dated where the article tells of it ("The statutory notice will be published on Monday 16
March. Its publication begins a 28-day period"), and the last word of one kind's form of several words made the
subject of a period's verb ("Under the strike notice, the action is due to end on Sunday, 26 October": the strike,
as in "industrial action"), and a length followed by the period it is the length of ("help desks … for the 45 days
the scheme is open", "the six months that the cap is in force"), a noun dated by a weekday alone ("handed down the
verdict on Monday"), and a length granted in a sentence naming no period joined to the window the article names for
the same errand ("has 15 days from the date of the verdict to file an appeal" … "the appeal window for all parties
closes on November 24"), a range of two dates however it is joined ("a three-week subscription window, 24 Nov to 8
Dec", "runs Jan. 5 through Feb. 5", "3 July–28 August", "(27 April to 29 June)", "from 6am on 10 March to 6am on 12
March", "between 1 June and 20 June"; its end is its start's period's, as in "Running from 2 March to 8 June, the
12-week consultation"), a count from an act that dated its object ("ruled against the firm on 2 March" … "21 days from
the ruling"), and a grant naming nothing it counts from, started on the one day its sentence dates just before it with
an act's word ("was served on 2 March, giving tenants two months to leave, until …", "Following the ruling on 2 March,
the club has 14 days to appeal, until …"; not "The strike on 2 March closed the port, and the firm has 30 days …").
A grant with its recipient names the deadline after it ("gave the defence 21 days from Wednesday's ruling to file any
written application, setting a deadline of April 2"), and a clear end in the sentence after a grant, in its paragraph,
ends that grant ("He has 28 days … to apply … . Any application must be lodged no later than 5 November"), not the
period last named. How far a period was moved is no length of it ("extended the closing date by three weeks", "keep it open three weeks
longer than first planned"); whom a length is granted to is no topic it shares with a period ("The council had one week
… to send the Inspectorate its questionnaire" is not "The council's own consultation"); "up until" a day ends a period.
A length granted to whoever wants to do something is a grant too ("Anyone who wants to comment has five weeks from
Monday 14 September, which means representations must reach the Inspectorate by Monday 26 October"). A general noun after a kind's word is that kind's period ("The consultation window opens on Monday 24 August"), and
a length told "of" a period is its length ("Over the six weeks of consultation"; not "the first two weeks of" it, nor
"28 days of the consultation closing"); a strike notice is a window ("served a 14-day strike notice on the company on 3
September, which would have run out on 24 September"); a length first announced and since changed ("had originally
announced a 48-hour stoppage") is no length of the period. A length named later by another noun is the one dated period it fits (`link_periods` in factcheck/reading/times.py):
"The issue will open on November 24 and close on December 8" … "the three-week subscription window" (a noun that opens
and closes on dates in one clause is a period whatever it is called; not a shop or a museum, see `not_periods`). The
mention must be definite ("the", "its"), not brought in ("a"), told apart ("second") or moved; its noun a general one
(window, period, deadline) or a form of the period's word (bidding/bids); any word telling it apart ("subscription")
one the period's section also uses ("will subscribe"); and exactly one dated period may fit it. A verb dated by a
range of two days is a period when the article gives a length to a noun that is a form of it ("Residents can comment
on the study from Nov. 10 until Dec. 1" … "the 45-day comment window"; "may register online from Nov. 20 to Dec. 5" …
"the 10-day online registration"); not when the range's clause names its period itself ("a three-month grace period
from 1 June to 31 August"). A length in a sentence naming the one person whose own period the article dates ("Reyes's ban runs from 8 September
until 6 October") is that person's ("Lock Tomás Reyes … received a two-week suspension"), not the other players'.
A thing to be done by a day ("if the deposit is not made by December 26") ends the one grant for that errand ("gave
the company three weeks to make the deposit"), among several grants, and nothing else. A period with an end or a
length but no start takes the day of an act that opened it, when
the act's object is a form of the period's word and of no other period's ("The agency opened public comments on the
draft rules on Oct. 10" … "the 30-day comment window"; not "opened a consultation … that closes on 3 April").
A period "opened with" an event ("The 30-day comment window opened with its publication") starts on the day the article
dates that event ("The notice appeared in the Government Gazette on Wednesday, 14 January"); a day may be named by its
event first ("took effect on the day of sentencing, 16 March"), and a period may run from one event's day to another's
("from the release of documents on Monday, March 9, to the close of bids … on Thursday, April 16"). A paragraph that
opens on another person's or body's matter ("His mother was sentenced separately", "X also had his case heard", "where
a separate agreement covers") tells periods of that matter; days over which an act was done ("Notices were served
between May 8 and May 12") are no period's.
Left alone: a period the article says moved
("extended", "brought forward", "a new deadline"; not a move that is only a
condition, a rule or a call: "unless extended", "could agree to shorten", "called
on the regulator to extend"), one told apart from others of
its kind ("a second consultation", "the 2016 strike"), one shown as several ("the
strikes"), days of an earlier year's event ("since 2016, when … from 3 October to
8 October", "went on strike in 2023 … lasted 10 days", "last year's consultation"), quotes.
When a sentence naming no period gives another start or end than the sentences that
name it, those that name it count.

Lengths in hours ("for 48 hours", "a 72-hour stoppage"; a day or more, not a rate such as
"24 hours a day") are checked to the hour when both the start and the end give the time of
day ("from 4am on Tuesday 17 March" … "from 4am on Wednesday 18 March, when the stoppage
ends": 24 hours, not 48), within an hour ("from 00:01 … until 23:59" is 48 hours), and by whole
days within `slack-days` otherwise. A date followed by "when the X ends" (or "begins") is X's
end (or start); "after a 24-hour strike on 19 February" is another strike, a reference point.
Also read: "The tender opened on Monday, October 5, with a six-week period for bids" (the
tender's length), "the road expected to reopen on Friday 24 July" (the closure's end), a
deadline whose purpose is what a length was granted for ("has 21 days from the date of
judgment in which to lodge an appeal" … "the deadline for filing a notice of appeal is July
31"), and a count from a noun the article dated before ("within four weeks of the council's
ruling, by 16 April" after "granted permission to Ballinure Homes on 12 March").

Within one sentence, a duration tied to dates is also checked the older way. A sentence is checked when it holds exactly one limit date ("by 2 September",
"no later than 1 March", "deadline of …"), exactly one counted duration ("within
21 days of", "50 days from", "in 50 days", "a 50-day deadline") and one start
date ("the announcement on 14 July"), or a start date written first and
referred back to ("its notice on 6 October … 45 days from that notice", "a
letter dated 12 October … six weeks from the date of the letter"). The duration from the start must reach the
limit date, give or take `slack-days` (one by default, for inclusive counting); a length of ten days or
fewer may end on the day it reaches or, counted inclusively, up to `slack-days` before it, never after it
("a two-day strike from 14 August until 17 August" is four days); months and years are calendar months and years, and
an end written without its year after a start with one is in the year nearest the day the length reaches ("expired on
March 31, after running for three years from April 1, 2023"; "for six months from October 1, 2025, until March 31"). When the start is only a
relative expression ("the mayor said last week she would … in 50 days, by 2
September"), it is flagged only if no day that expression can mean works.

A sentence that gives a length with its own first and last days, whatever the span is
of ("Applications will be open for 21 days, from Monday 2 March until Friday 10 April"; "21 days to
submit written comments, starting on Tuesday, April 28, and closing on Tuesday, May 26"; "opens on … and closes on …";
"The 36-month agreement would take effect July 1, 2025, and run through June 30, 2027", the years shown when they differ;
the length between the two, "open on Monday 9 March and will be accepted for three weeks, until Friday 20 March"),
is checked the same way, also when it says which one it is ("a second wave of action: an eight-day walkout running
from Saturday 28 February until Friday 6 March"), unless it speaks of a change, the past or an approximate length
("extended", "last year", "a little over 10 weeks"), or the length is not the span's
("Fifty years after …", "the four-day week from 1 November").

So is a sentence that opens something, gives people a length to act and says when that runs out ("The competition
opened on Monday and operators have eight weeks to submit their bids, with the portal closing at noon on Friday 15
May"): the opening day a date, the weekday just gone, or today ("went on public exhibition this morning").

A period's length that another span the article states fits ("Trawlers will stay in port for two months, from July 1
to August 31" beside a canoe closure from July 1 to July 31, then "their two-month closure") is that span's, not
the period's: the period is left alone.

Read as well: a length written after the period's noun ("will run to a reduced timetable for six weeks from Monday 2
February"; not "will lose its licence for two weeks", the length of a loss); a start told by an act that gives the period
("tabled what it called a final offer on Tuesday, Nov. 11", "issued", "served", "signed", "presented", "made") and by a
day written after the subject ("The company on Monday issued a seven-day ultimatum"); an end told by a form of the word
that tells the period apart ("a 45-day comment period" … "Written comments will be received until 4:30 p.m. on Friday,
May 2", when only that period fits); a fact box's field ("Submissions close: 5pm, Friday 22 August"); "a pause" and "a
freeze" as bans; a year-less end in the start's year ("takes effect on 1 February 2026" … "lapses on 31 July"); a length
compared with what came before ("the three-week closure was the first since the line opened between 2009 and 2011"). Not
read: a move that is only a power or denied ("the council can extend the moratorium once", "with no plan to extend it"),
a length asked for ("had originally sought a 30-day suspension", "Originally proposed: 30-day suspension"), things
counted ("61 technical submissions had been received"), a date in a clause about a noun that makes no period ("the
lampuki season, which opens on 15 August") or in a clause with its own subject and modal ("…, and schools must upload the
marks by January 9"), and a length in a sentence about an earlier year that gives days without a year ("last closed in
2024, … from 6 May to 17 June"). The standfirst is read like the body; a length granted in the present with no day of its
own ("Parents have six weeks to have their say") may count from the day of publication. A date in a clause about a noun
that makes no period ("a ballot that closed on 9 October") and a weekday after a participle ("with the window closing
on Monday night") are no period's; "extended to the whole of the bank" makes a period wider, not longer.

Left alone: sentences with two limits, two durations or two other dates (which
pairs belong together is a guess); "By 5 May, …" opening a sentence (a time
reference, not a limit); sentences with "since"; durations of a state ("for 30
days"); quotes. A limit that falls before its own start is `deadline-conflict`.
A length "counted from the day the site notices were posted" starts on the day an earlier sentence gives those notices
("Site notices went up around the village on Monday 2 March"), and a grant dated by its weekday ("The High Court on
Thursday granted Arvora four weeks to file its reply") starts on that weekday's day.
A period "that begins on the date of the notice" starts on the day an earlier sentence issues that notice, however long
the notice's name ("issued its notice of intention to award the contract to the … Joint Venture on Friday 9 October").
A period moved by a length to a new day ("had extended the offer by a fortnight, to 7pm on Friday, September 11") is
checked against the one day it had, told in that sentence or the one before ("had been due to close … on Friday,
August 21"): a fortnight after 21 August is 4 September; "brought forward by a week" counts back. A move told by its
noun with both days after it ("an extension of 15 months, from December 2025 to June 2027": 18 months) is checked the
same way, by calendar months when both are months. Weeks from a
Monday may end on the last week's Friday ("six weeks, from June 22 to Friday, July 31": working weeks), and weeks of
weeknights on the last such night ("Monday to Thursday nights, for three weeks from Monday 6 July to Thursday 23 July").
A length in nights counts as days ("closed for 12 nights from 2 March"); "three days a week" is a rate, no length.
A day of a period counted from its start ("as a wage strike … entered its 23rd day on Wednesday", "the vigil … entered
its 34th day today") is checked against the one day the article says that period began, counting the first day as day
one: the period is the one whose noun the sentence names before the count, and the day is the one written right after
it, else the sentence's only date or weekday.

A length written with its span from today ("for 30 days, from today until June 30") is counted from publication. A
definite window with a length and an end ("The 21-day window closes at 5pm on Friday 4 December") is the one period
opened beside it ("A public consultation … will open on Monday 16 November"), in its paragraph or the one before.
A sentence that tells a period whole and right, or its length and a day of a year written out before every day the rest
give ("Its consultation had run for six weeks, from Monday 4 September to Monday 16 October 2023"), is an earlier one
of the kind: the rest are compared without it. A length set before or after another day ("ends at 18:00 on Wednesday 12
August, 12 hours before polling stations open") is how far the end lies from that day.
"""

from __future__ import annotations

import datetime as _dt
from contextlib import suppress
import re

from ..document import Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..language.dates import weekday_date
from ..language.numbers import ORDINAL_WORDS
from ..language.durations import Duration, add_duration
from ..language.periods import periods_of
from ..registry import Check, Context, Example, Option, register
from ..reading.times import WEEKDAY_NAMES, Period, adds_up, deadline_sums, periods

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


def _fmt_year(day: _dt.date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def _said(d: Duration) -> str:
    """A length as the message gives it, in the copy's unit where it counts nights as days ("12 nights")."""
    amount = int(d.amount) if d.amount == int(d.amount) else d.amount
    unit = "night" if d.unit == "day" and "night" in d.text.lower() else d.unit
    return f"{amount} {unit}{'s' if amount != 1 else ''}"


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at each limit date the stated duration does not reach."""
    slack = context.options(DEADLINE_ARITHMETIC.id)["slack-days"]
    hits = []
    for total in deadline_sums(context.annotation(doc).time):
        if total.start_day is not None and total.deadline < total.start_day:
            continue  # deadline-conflict reports it
        if adds_up(total, slack):
            continue
        block = total.reading.block
        if total.start is not None:
            reached = add_duration(total.start_day, total.duration.amount, total.duration.unit)
            show = _fmt_year if reached.year != total.deadline.year or total.start_day.year != total.deadline.year else _fmt
            message = f"{_said(total.duration)} from {show(total.start_day)} is {show(reached)}, not {show(total.deadline)}."
            related = (RelatedHit(total.start_block.source_span(total.start.start, total.start.end), "the start"),)
        else:
            first, last = total.window
            message = (
                f"{_said(total.duration)} from any day of \u201c{total.relative.text}\u201d ({_fmt(first)} to {_fmt(last)}) "
                f"does not reach {_fmt(total.deadline)}."
            )
            related = (RelatedHit(block.source_span(total.relative.start, total.relative.end), "the start"),)
        span = block.source_span(total.limit.start, total.limit.end)
        hits.append(Hit(DEADLINE_ARITHMETIC.id, span, message, related=related))
    lines = {doc.line_col(h.span.start)[0] for h in hits}
    found = periods(context.annotation(doc).time)
    # where every period's stated starts and ends are: a span there is that period's own
    named = {(id(st.reading.block), st.fact.start) for p in found.values() for st in (*p.starts, *p.ends)}
    sitting = (context.annotation(doc).time.period_knowledge or periods_of(None)).sitting_days
    for period in found.values():
        hit = _period_sum(doc, period, slack, context.annotation(doc).time.blocks, named, sitting)
        if hit is not None and doc.line_col(hit.span.start)[0] not in lines:
            hits.append(hit)
            lines.add(doc.line_col(hit.span.start)[0])
    hits += [h for h in _spans(context.annotation(doc).time, slack) if doc.line_col(h.span.start)[0] not in lines]
    lines |= {doc.line_col(h.span.start)[0] for h in hits}
    hits += [h for h in _granted_in_one_sentence(context.annotation(doc).time, slack) if doc.line_col(h.span.start)[0] not in lines]
    lines |= {doc.line_col(h.span.start)[0] for h in hits}
    hits += [h for h in _spans_from_today(context.annotation(doc).time, slack) if doc.line_col(h.span.start)[0] not in lines]
    lines |= {doc.line_col(h.span.start)[0] for h in hits}
    hits += [h for h in _deadline_a_length_gives(context.annotation(doc).time, slack) if doc.line_col(h.span.start)[0] not in lines]
    lines |= {doc.line_col(h.span.start)[0] for h in hits}
    hits += [h for h in _moves(context.annotation(doc).time) if doc.line_col(h.span.start)[0] not in lines]
    lines |= {doc.line_col(h.span.start)[0] for h in hits}
    hits += [h for h in _days_counted(context.annotation(doc).time, found, slack) if doc.line_col(h.span.start)[0] not in lines]
    return hits


# "as a wage strike … entered its 23rd day on Wednesday", "on the 12th day of the siege": a day of a period counted from its start
_DAY_OF_RE = re.compile(
    r"\b(?:entered|enters|entering|reached|reaches|reaching|marked|marks|marking|into|on)\s+(?:its|their|the)\s+"
    r"(?P<n>\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")\s+(?:straight\s+|consecutive\s+)?day\b"
    r"(?:\s+of\s+(?:the|its|their)\s+(?P<noun>[a-z-]+))?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)")


def _days_counted(time, found: dict, slack: int) -> list[Hit]:
    """A day of a period counted from its start ("as a wage strike … entered its 23rd day on Wednesday"), dated in its
    sentence, against the one day the article says that period began ("since the strike began on Monday 6 July"): day 23
    of a strike begun on 6 July is 28 July. The period is the one whose noun the sentence names before the count, or
    the one "of the …" after it names; the count is inclusive (the first day is day one)."""
    from ..language.numbers import ORDINAL_WORDS as words

    hits = []
    for reading in time.blocks:
        if not reading.is_prose:
            continue
        text = reading.text
        for m in _DAY_OF_RE.finditer(text):
            if reading.quoted(m.start()):
                continue
            raw = m.group("n").lower()
            n = int(raw[:-2]) if raw[:1].isdigit() else words.get(raw)
            if not n or n < 2:
                continue
            opening = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
            close = e.end() if (e := _SENTENCE_END.search(text, m.end())) else len(text)
            day = _day_in_sentence(reading, m.end(), opening, close)
            if day is None:
                continue
            owners = [(n_.start, p) for p in found.values() for rd, n_ in p.nouns
                      if rd.block is reading.block and (opening <= n_.start < m.start() or m.group("noun") and m.start("noun") <= n_.start < m.end())]
            if not owners:
                continue
            period = max(owners, key=lambda x: x[0])[1]
            starts = {st.day for st in period.starts if st.day is not None}
            if len(starts) != 1 or period.several:
                continue
            start = next(iter(starts))
            reached = start + _dt.timedelta(days=n - 1)
            if abs((reached - day).days) <= slack or day < start:
                continue
            said = m.group(0)[m.start("n") - m.start():]
            message = f"Day {n} of a {period.kind} that began on {_fmt(start)} is {_fmt(reached)}, not {WEEKDAY_NAMES[day.weekday()]} {_fmt(day)} (\u201c{said}\u201d)."
            hits.append(Hit(DEADLINE_ARITHMETIC.id, reading.block.source_span(m.start("n"), m.end()), message))
    return hits


def _day_in_sentence(reading, after: int, opening: int, close: int) -> _dt.date | None:
    """The day a sentence dates its count by: written right after it ("entered its 23rd day on Wednesday", "… today"),
    else the sentence's only full date or bare weekday (a weekday read back from publication)."""
    published = reading.published

    def day_of(d) -> _dt.date | None:
        if d.year is None:
            return _dt.date(published.year, d.month, d.day) if published is not None and d.valid else None
        return d.resolved

    dates = [d for d in reading.dates if opening <= d.start < close and d.day is not None and d.month is not None]
    weekdays = [w for w in reading.weekdays if opening <= w.start < close and w.qualifier is None and not w.part_of_date and not w.possessive]
    if (today := _TODAY_AFTER_RE.match(reading.text, after)) is not None and published is not None:
        return published + _dt.timedelta(days=-1 if today.group(1).lower() == "yesterday" else 0)
    right_after = [d for d in dates if after <= min(d.start, d.weekday_start if d.weekday_start is not None else d.start) <= after + 5]
    if right_after:
        return day_of(right_after[0])
    near = [w for w in weekdays if after <= w.start <= after + 5]
    if near and published is not None:
        return weekday_date(published, near[0].weekday, ahead=False)
    if dates:
        return day_of(dates[0]) if len(dates) == 1 and dates[0].start > after else None  # a date before the count may be the start
    if len(weekdays) != 1 or published is None:
        return None
    return weekday_date(published, weekdays[0].weekday, ahead=False)


_TODAY_AFTER_RE = re.compile(r"\s+(today|yesterday)\b", re.IGNORECASE)


_MOVE_TO_RE = re.compile(r"\A,?\s+(?:to|until|till|so\s+(?:it|they)\s+(?:now\s+)?(?:closes?|ends?|expires?)\s+on)\s+(?:[0-9.:]+\s*(?:am|pm|a\.m\.|p\.m\.)?\s+(?:\([^()]{1,20}\)\s+)?(?:on\s+)?)?\Z", re.IGNORECASE)
# the day a moved period had: "had been due to close … on Friday, August 21", "was to end on", "originally"
_OLD_DAY_RE = re.compile(r"\b(?:had\s+been\s+(?:due|set|scheduled|expected)|was\s+(?:due|set|scheduled)|originally|initially)\b[^.;]{0,60}?\Z", re.IGNORECASE)


def _first(date) -> int:
    """Where a date begins, its weekday included ("Friday, May 15")."""
    return date.start if date.weekday_start is None else date.weekday_start


def _in_one_year(old, new) -> tuple[_dt.date, _dt.date]:
    """The days moved from and to: "from 3 March to 7 April", two days without a year, lie in one year, the second after
    the first; "from 14 July to 4 August 2023": the first day without a year takes the second's."""
    moved_from, moved_to = old.resolved, new.resolved
    with suppress(ValueError):
        if not old.explicit_year and not new.explicit_year and moved_to.year != moved_from.year:
            moved_to = moved_to.replace(year=moved_from.year + (moved_to.replace(year=moved_from.year) < moved_from))
        elif not old.explicit_year and new.explicit_year:
            moved_from = moved_from.replace(year=moved_to.year - (moved_from.replace(year=moved_to.year) > moved_to))
    return moved_from, moved_to


def _month_ends(a, b, unit: str) -> bool:
    """True for two last days of their months moved by months ("by four months, from November 30 to March 31"): month end to month end."""
    return unit.startswith("month") and (a + _dt.timedelta(days=1)).day == 1 and (b + _dt.timedelta(days=1)).day == 1


# "an extension of 15 months, from December 2025 to June 2027": a move told by its noun, the day moved from and to after it
_MOVE_NOUN_BEFORE_RE = re.compile(r"\b(?:extension|delay|postponement|deferral|deferment)\s+of\s+(?:a\s+further\s+|another\s+|an?\s+)?\Z", re.IGNORECASE)
# the day moved from and to after the length, each with its time of day ("from 7pm (Sydney time) on Friday, May 15 to 7pm on")
_AT_CLOCK = r"(?:[0-9.:]+\s*(?:am|pm|a\.m\.|p\.m\.)?\s+(?:\([^()]{1,20}\)\s+)?(?:on\s+)?)?"
_MOVE_FROM_RE = re.compile(rf"\A,?\s+from\s+{_AT_CLOCK}\Z", re.IGNORECASE)
_MOVE_FROM_TO_RE = re.compile(rf"\A\s+(?:to|until|till)\s+{_AT_CLOCK}\Z", re.IGNORECASE)


def _moves_told_by_noun(reading) -> list[Hit]:
    """A move told by its noun with both days after it ("an extension of 15 months, from December 2025 to June 2027"):
    the length after the first day must reach the second (months counted by the calendar when the days are months)."""
    hits = []
    text = reading.text
    for length in reading.durations:
        if not _MOVE_NOUN_BEFORE_RE.search(text, max(0, length.start - 40), length.start):
            continue
        old = next((d for d in reading.dates if d.start >= length.end), None)
        if old is None or not _MOVE_FROM_RE.match(text[length.end : _first(old)]):
            continue
        new = next((d for d in reading.dates if d.start >= old.end), None)
        if new is None or not _MOVE_FROM_TO_RE.match(text[old.end : _first(new)]) or None in (old.year, old.month, new.year, new.month):
            continue
        if old.day is None and new.day is None and length.unit in ("month", "year"):
            months = (new.year - old.year) * 12 + new.month - old.month
            wanted = int(length.amount * (12 if length.unit == "year" else 1))
            if months == wanted or length.amount != int(length.amount):
                continue
            said = f"{months} months" if months != 1 else "one month"
            message = f"From {old.text} to {new.text} is {said}, not {length.text}."
        elif old.resolved and new.resolved:
            moved_from, moved_to = _in_one_year(old, new)
            reached = add_duration(moved_from, length.amount, length.unit)
            if reached == moved_to:
                continue
            message = f"{length.text[:1].upper()}{length.text[1:]} after {_fmt(moved_from)} is {_fmt(reached)}, not {_fmt(moved_to)}."
        else:
            continue
        related = (RelatedHit(reading.block.source_span(old.start, old.end), "the day it moved from"),)
        hits.append(Hit(DEADLINE_ARITHMETIC.id, reading.block.source_span(new.start, new.end), message, related=related))
    return hits


_COUNTED_FROM_RE = re.compile(r"\A\s*(?:(?:from|after|of)\s+)?\Z", re.IGNORECASE)  # the word may be the length's own ("14 days from")


def _old_end(reading, old, day: _dt.date):
    """The day a moved period had: the old day itself, or the end a length counted from it gives ("initially given 14
    days from 9 September": 23 September)."""
    length = next((d for d in reading.durations if d.end <= old.start and _COUNTED_FROM_RE.match(reading.text[d.end : _first(old)])), None)
    if length is None or length.relation not in ("from", "after", None) or length.amount != int(length.amount):
        return day
    return add_duration(day, length.amount, length.unit)


def _moves(time) -> list[Hit]:
    """A period moved by a length to a new day, in a sentence that gives the new day after the length ("extended the offer
    by a fortnight, to … Friday, September 11"), against the day it had, told in that sentence or the one before it
    ("had been due to close … on Friday, August 21"): a fortnight after 21 August is 4 September. Only one old day and
    one length qualify; a move "by up to" or "by about" a length, or a second length, says nothing exact."""
    knowledge = time.period_knowledge or periods_of(None)
    hits = []
    for reading in time.prose:
        text = reading.text
        hits += _moves_told_by_noun(reading)
        for length in reading.durations:
            head = text[max(0, length.start - 100) : length.start]
            move = knowledge.moved_by_re.search(head)
            if move is None or length.relation is not None:
                continue
            after = [d for d in reading.dates if d.start >= length.end and d.resolved]
            if len(after) >= 2 and _MOVE_FROM_RE.match(text[length.end : _first(after[0])]) and _MOVE_FROM_TO_RE.match(text[after[0].end : _first(after[1])]):
                old, new = after[:1], after[1]  # "back by a further three weeks, from … Friday, May 15 to 7pm on Friday, May 29"
            else:
                new = next((d for d in after if _MOVE_TO_RE.match(text[length.end : d.start])), None)
                if new is None:
                    continue
                sentence = reading.sentence_at(length.start)
                lo = reading.sentence_at(sentence.start - 1).start if sentence.start > 0 else sentence.start
                old = [d for d in reading.dates if lo <= d.start < length.start - len(head) + move.start() and d.resolved
                       and _OLD_DAY_RE.search(text, max(lo, d.start - 80), d.start)]
            if len(old) != 1:
                continue
            words = move.group("verb").lower().split()
            back = " ".join(words[:1] + words[1:][-1:]) in knowledge.moves_earlier  # "brought the hearing forward": brought forward
            moved_from, moved_to = _in_one_year(old[0], new) if not back else (old[0].resolved, new.resolved)
            was = _old_end(reading, old[0], moved_from)
            reached = add_duration(was, -length.amount if back else length.amount, length.unit)
            if reached == moved_to or _month_ends(was, moved_to, length.unit):
                continue
            way = "before" if back else "after"
            message = f"{length.text[:1].upper()}{length.text[1:]} {way} {_fmt(was)} is {_fmt(reached)}, not {_fmt(moved_to)}."
            related = (RelatedHit(reading.block.source_span(old[0].start, old[0].end), "the day it moved from"),)
            hits.append(Hit(DEADLINE_ARITHMETIC.id, reading.block.source_span(new.start, new.end), message, related=related))
    return hits


# "from Monday 2 March until Friday 10 April": a span's first and last days, whatever it is the span of.
# "starting on Tuesday, April 28, and closing on Tuesday, May 26" and "opens on … and closes on …" likewise.
_SPAN_FROM_RE = re.compile(
    r"\b(?:from|starting(?:\s+on)?|beginning(?:\s+on)?|commencing(?:\s+on)?|opens?(?:\s+on)?|opened(?:\s+on)?|opening(?:\s+on)?|"
    r"(?:take|takes|took|taking)\s+effect(?:\s+on)?|(?:begins?|began|starts?|started)\s+on)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\Z",
    re.IGNORECASE,
)
_SPAN_TO_RE = re.compile(
    r"\A\s*,?\s*(?:and\s+)?(?:(?:will\s+|would\s+)?(?:run|runs|running)\s+(?:through|until|to)|until|till|to|through|and|closing(?:\s+on)?|"
    r"ending(?:\s+on)?|closes(?:\s+on)?|ends(?:\s+on)?|(?:will\s+|would\s+)?(?:end|close|expire)\s+on|"
    r"(?:will\s+|would\s+)?(?:closes?|ends?|expires?|closing|ending)\s+at\s+[0-9.:]+\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s+\([^()]{1,20}\))?\s+on)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\Z",
    re.IGNORECASE,
)
# Between a span's first day and a length inside it: "and will be accepted for", "and run for"; after the length, its end
_SPAN_AND_RE = re.compile(r"\A\s*,?\s*and\s+(?:[a-z]+\s+){0,4}?(?:(?:for|over)\s+)?\Z", re.IGNORECASE)
_SPAN_UNTIL_RE = re.compile(
    r"\A\s*,?\s*(?:until|till|to|through|closing(?:\s+on)?|ending(?:\s+on)?|no\s+later\s+than)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\Z",
    re.IGNORECASE,
)
# Between a length and its span's first day: "21 days to submit written comments, starting on …", not "Fifty years after …".
_NOT_THE_SPANS_LENGTH_RE = re.compile(r"\b(?:after|ago|before|since|old|aged|later|earlier)\b", re.IGNORECASE)


# A sentence that speaks of a change, another span, the past or an approximate length is left alone. "A second wave of
# action: an eight-day walkout running from … until …" says which walkout; its length and its span are still its own.
# days of each week a span holds: "Monday to Thursday nights", "weekdays, Monday to Friday"
_WEEKLY_DAYS_RE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+(?:to|through|-|\u2013)\s+"
                             r"(?P<last>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+(?:nights?|evenings?|mornings?|only)\b", re.IGNORECASE)
_SPAN_QUIET_RE = re.compile(r"\b(?:since|extended|extension|brought forward|shortened|moved|another|last|previous|earlier)\b", re.IGNORECASE)
# an approximate length ("about six weeks", "just over a month"): only the words right before the length say so
# ("under house arrest" is no approximation)
_APPROXIMATE_BEFORE_RE = re.compile(
    r"\b(?:about|almost|nearly|around|roughly|some|over|more than|less than|under|a little|just|approximately)\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE
)
# "a four-day week", "a two-day weekend": a length naming a pattern of work or time, not a span's.
_UNIT_NOUN = r"(?:day|week|weekend|month|year|shift|rota)s?\b"
_PATTERN_RE = re.compile(rf"-(?:day|week|month|year)s?\s+{_UNIT_NOUN}", re.IGNORECASE)
_UNIT_AFTER_RE = re.compile(rf"\s+{_UNIT_NOUN}", re.IGNORECASE)


_RECURS_BEFORE_RE = re.compile(r"\b(?:every|each)\s+\Z", re.IGNORECASE)


def _spans(time, slack: int) -> list[Hit]:
    """A sentence that gives a length with its own first and last days ("open for 21 days, from Monday 2 March until
    Friday 10 April"): whatever the span is of, the length must reach from the one to the other.

    Only a sentence with exactly one length, two dates written "from … until/to …", nothing said of a change
    ("extended", "since"), outside quotes.
    """
    hits = []
    for reading in time.blocks:
        text = reading.text
        for sentence in reading.block.sentences:
            dates = [d for d in reading.in_sentence(reading.dates, sentence) if d.resolved]
            lengths = reading.in_sentence(reading.durations, sentence)
            if len(dates) != 2 or len(lengths) != 1 or reading.quoted(dates[0].start) or reading.quoted(lengths[0].start):
                continue
            first, last = dates
            lead = min(first.start, first.weekday_start if first.weekday_start is not None else first.start)
            tail = min(last.start, last.weekday_start if last.weekday_start is not None else last.start)
            if not _SPAN_FROM_RE.search(text, max(sentence.start, lead - 30), lead):
                continue
            length = lengths[0]
            if _RECURS_BEFORE_RE.search(text, max(sentence.start, length.start - 12), length.start):
                continue  # "The festival, held every two years, will run from …": how often, not how long
            inside = first.end <= length.start and length.end <= tail
            if inside:
                # "open on Monday 9 March and will be accepted for three weeks, until Friday 20 March": the length between
                before, after = text[first.end : length.start], text[length.end : tail]
                if not (_SPAN_AND_RE.match(before) and _SPAN_UNTIL_RE.match(after)) or _NOT_THE_SPANS_LENGTH_RE.search(before):
                    continue
            elif not _SPAN_TO_RE.match(text[first.end : tail]):
                continue
            if _SPAN_QUIET_RE.search(text, sentence.start, sentence.end) or _APPROXIMATE_BEFORE_RE.search(text, max(sentence.start, length.start - 25), length.start):
                continue
            if not inside and length.start >= last.end and (len(re.findall(r"[A-Za-z]+", text[last.end : length.start])) > 3 or getattr(length, "relation", None) in ("within", "after")
                                                          or _OFFSET_AFTER_RE.match(text, length.end)):
                # "ran from 2 March to 29 May and processed 38,000 applications, 97 per cent within 24 hours": another
                # length; "close on 8 June, two weeks after the restrictions end", "ends at 18:00 on Wednesday 12 August, 12 hours
                # before polling stations open": how far the end lies from another day
                continue
            between = "" if inside or length.start >= last.end else text[length.end : lead]
            # "the first eight months of the conditional sentence under house arrest, from March 11": what the length is of,
            # set off by a comma before its span, may take a few more words
            said = between[: m.start()] if (m := _SPAN_FROM_RE.search(between)) else between
            if len(between.split()) > (9 if said.rstrip().endswith(",") else 6) or _NOT_THE_SPANS_LENGTH_RE.search(between) or _UNIT_AFTER_RE.match(text, length.end) or _PATTERN_RE.search(length.text):
                continue  # "Fifty years after the baths opened, … from …": not the span's length; "a four-day week"
            start, end = first.resolved, last.resolved
            if last.explicit_year and not first.explicit_year:
                # "from 1 January to 29 February 2028": the start is in the end's year, or the year before it
                year = end.year if (start.month, start.day) <= (end.month, end.day) else end.year - 1
                start = _dt.date(year, start.month, start.day) if not (start.month == 2 and start.day == 29) else start
            elif first.explicit_year and not last.explicit_year and not (end.month == 2 and end.day == 29):
                # "for six months from October 1, 2025, until March 31": the end's year is the one a reader takes, the
                # year nearest the day the length reaches
                goal = add_duration(start, length.amount, length.unit)
                end = min((_dt.date(y, end.month, end.day) for y in (goal.year - 1, goal.year, goal.year + 1)), key=lambda day: abs((day - goal).days))
            if end.year < start.year and not last.explicit_year and not (end.month == 2 and end.day == 29):
                # "from March 11 to Sept. 11" in a March piece, the end read in the year before: it is the start's year
                # ("from 5 April to 3 March", one year's days backwards, is deadline-conflict's)
                end = _dt.date(start.year, end.month, end.day)
            if end < start:
                continue  # deadline-conflict's
            reached = add_duration(start, length.amount, length.unit)
            if _within(end, reached, length, slack):
                continue
            if 0 < (reached - end).days < 7 and (days := _WEEKLY_DAYS_RE.search(text, sentence.start, sentence.end)) is not None \
                    and end.weekday() == WEEKDAY_NAMES.index(days.group("last").capitalize()):
                continue  # "Monday to Thursday nights, for three weeks from Monday 6 July to Thursday 23 July": the last such night
            fmt = _fmt if start.year == end.year == reached.year else _fmt_year  # "36 months from 1 July 2025 is 1 July 2028"
            message = f"{_said(length)} from {fmt(start)} is {fmt(reached)}, but the same sentence gives the end as {fmt(end)}."
            related = (RelatedHit(reading.block.source_span(length.start, length.end), "the length"), RelatedHit(reading.block.source_span(first.start, first.end), "the start"))
            hits.append(Hit(DEADLINE_ARITHMETIC.id, reading.block.source_span(last.start, last.end), message, related=related))
    return hits


_OFFSET_AFTER_RE = re.compile(r"\s+(?:before|after|ahead\s+of|prior\s+to|earlier|later)\b", re.IGNORECASE)
# "for 30 days, from today until June 30": a length, then its span opened by the day of publication
_FROM_TODAY_RE = re.compile(r"\A\s*,?\s*from\s+today\s+(?:until|till|to|through)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\Z", re.IGNORECASE)


def _one_length_sentences(time):
    """Each prose sentence, in a piece with a publication date, that gives one length outside quotes and says nothing of a
    change or another span: (reading, sentence, length)."""
    for reading in time.prose if time.published is not None else ():
        for sentence in reading.block.sentences:
            lengths = reading.in_sentence(reading.durations, sentence)
            if len(lengths) == 1 and not reading.quoted(lengths[0].start) and not _SPAN_QUIET_RE.search(reading.text, sentence.start, sentence.end):
                yield reading, sentence, lengths[0]


def _spans_from_today(time, slack: int) -> list[Hit]:
    """A length written with its span from today ("open for public feedback for 30 days, from today until June 30"):
    counted from the publication date, the length must reach the span's last day."""
    published = time.published
    hits = []
    for reading, sentence, length in _one_length_sentences(time):
        text = reading.text
        dates = [d for d in reading.in_sentence(reading.dates, sentence) if d.resolved]
        if len(dates) != 1:
            continue
        end_day = dates[0]
        tail = min(end_day.start, end_day.weekday_start if end_day.weekday_start is not None else end_day.start)
        if length.end > tail or not _FROM_TODAY_RE.match(text[length.end : tail]) or _APPROXIMATE_BEFORE_RE.search(text, max(sentence.start, length.start - 25), length.start):
            continue
        hits += _one_sentence_span(reading, length, published, end_day, slack, " (today)")
    return hits


def _one_sentence_span(reading, length, start, end_day, slack: int, said_start: str = "") -> list[Hit]:
    """The hit at a span's last day when the length from its start, all in one sentence, does not reach it (none when
    it does, or when the last day is before the start)."""
    end = end_day.resolved
    if end < start:
        return []
    reached = add_duration(start, length.amount, length.unit)
    if _within(end, reached, length, slack):
        return []
    message = f"{_said(length)} from {_fmt(start)}{said_start} is {_fmt(reached)}, but the same sentence gives the end as {_fmt(end)}."
    related = (RelatedHit(reading.block.source_span(length.start, length.end), "the length"),)
    return [Hit(DEADLINE_ARITHMETIC.id, reading.block.source_span(end_day.start, end_day.end), message, related=related)]


# "The competition opened on Monday and operators have eight weeks to submit their bids, with the portal closing at noon
# on Friday 15 May", "Applications open today and will stay open for four weeks, closing at 5pm on Monday 13 April": a
# start, a time given to do something or to stay open, and the day it runs out, in one sentence
_GRANT_OPENED_RE = re.compile(
    r"\b(?P<verb>opened|opens|open|began|begins|launched|went\s+on\s+(?:public\s+)?(?:display|exhibition)|goes\s+on\s+(?:public\s+)?(?:display|exhibition))\s+"
    r"(?:(?P<rel>today|this\s+morning|this\s+afternoon)|on\s+(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?!,?\s+\d|,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|on\s+(?=\S))?"
    r"(?P<rest>[^.;]{0,40}?)\s+and\s+(?:[\w'\u2019-]+\s+){0,3}?(?:(?:have|has|get|gets|had)\s+(?:only\s+|just\s+)?|(?:will\s+)?(?:stay|remain|be)\s+open\s+(?:for\s+)?)\Z", re.IGNORECASE)
_GRANT_CLOSING_RE = re.compile(
    r"\A(?:\s+to\s+[a-z]+[^.;]{0,60}?,\s+with\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:closing|ending|shutting|closes|ends)|,\s+(?:closing|ending|until))\s+"
    r"(?:at\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midday|midnight)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\Z", re.IGNORECASE)


def _granted_in_one_sentence(time, slack: int) -> list[Hit]:
    """A sentence that opens something, gives people a length to act and says when that runs out ("The draft went on
    public exhibition this morning and residents have four weeks to comment, with the feedback period closing at 5pm on
    Friday 24 April"): the length from the opening day must reach the closing day. The opening day may be a date, a
    weekday (the one gone when it "opened", the coming one when it "opens"), or today."""
    published = time.published
    hits = []
    for reading, sentence, length in _one_length_sentences(time):
        text = reading.text
        opened = _GRANT_OPENED_RE.search(text, sentence.start, length.start)
        if opened is None:
            continue
        dates = [d for d in reading.in_sentence(reading.dates, sentence) if d.resolved and not reading.quoted(d.start)]
        ends = [d for d in dates if d.start > length.end and _GRANT_CLOSING_RE.match(text[length.end : d.weekday_start if d.weekday_start is not None else d.start])]
        if len(ends) != 1:
            continue
        if opened.group("rel"):
            start = published
        elif opened.group("day"):
            # "opened on Monday" is the Monday gone; "opens on Monday" the coming one
            ahead = opened.group("verb").split()[0].lower() in ("open", "opens", "begins", "goes")
            start = weekday_date(published, WEEKDAY_NAMES.index(opened.group("day").capitalize()), ahead=ahead)
        else:
            begun = [d for d in dates if opened.start() < d.start < length.start]
            if len(begun) != 1:
                continue
            start = begun[0].resolved
        hits += _one_sentence_span(reading, length, start, ends[0], slack)
    return hits


# "she had 14 days to appeal, giving her a deadline of Tuesday 11 March": the end worked out from the length
_GIVES_DEADLINE_RE = re.compile(
    r"\A[^.;:]{0,60}?,\s+(?:giving|which\s+gave|which\s+gives|setting|making)\s+(?:(?:her|him|them|it|the\s+\w+|\w+)\s+)?(?:a|the)\s+deadline\s+of\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\Z", re.IGNORECASE)


def _deadline_a_length_gives(time, slack: int) -> list[Hit]:
    """A length to act that a sentence says gives a deadline ("Under the policy she had 14 days to appeal, giving her a
    deadline of Tuesday 11 March"), counted from the one day the sentence before gives ("She was told on Friday 21
    February that her grievance had failed"): the length from that day must reach the deadline."""
    hits = []
    for reading in time.prose:
        text = reading.text
        sentences = reading.block.sentences
        for k, sentence in enumerate(sentences):
            lengths = reading.in_sentence(reading.durations, sentence)
            if k == 0 or len(lengths) != 1 or lengths[0].unit not in ("day", "week", "fortnight", "month") or reading.quoted(lengths[0].start):
                continue
            length = lengths[0]
            dates = [d for d in reading.in_sentence(reading.dates, sentence) if d.resolved]
            if len(dates) != 1 or dates[0].start < length.end or reading.quoted(dates[0].start) \
                    or not _GIVES_DEADLINE_RE.match(text[length.end : dates[0].weekday_start if dates[0].weekday_start is not None else dates[0].start]):
                continue
            before = [d for d in reading.in_sentence(reading.dates, sentences[k - 1]) if not reading.quoted(d.start)]
            if len(before) != 1 or before[0].resolved is None or _SPAN_QUIET_RE.search(text, sentences[k - 1].start, sentence.end):
                continue
            start, end = before[0].resolved, dates[0].resolved
            reached = add_duration(start, length.amount, length.unit)
            if end < start or _within(end, reached, length, slack):
                continue
            message = f"{_said(length)} from {_fmt(start)} (the day the sentence before gives) is {_fmt(reached)}, but the deadline it gives is {_fmt(end)}."
            related = (RelatedHit(reading.block.source_span(before[0].start, before[0].end), "the start"),
                       RelatedHit(reading.block.source_span(length.start, length.end), "the length"))
            hits.append(Hit(DEADLINE_ARITHMETIC.id, reading.block.source_span(dates[0].start, dates[0].end), message, related=related))
    return hits


def _stated(items: list) -> list:
    """The days stated where the period is named, when those agree and a sentence naming none gave another day."""
    named = [x for x in items if not x.fact.orphan]
    values = {x.day for x in named}
    return named if len(values) == 1 and len(named) < len(items) else items


def _first_one(items: list, period: Period) -> list:
    """The statements of the period the article told of first: one brought in later with "a" ("served county
    governments with a 21-day strike notice", after "The 14-day notice … lapses on") is another of its kind."""
    stated = sorted((*period.durations, *period.starts, *period.ends), key=lambda x: (x.reading.block.source_offset(0), x.fact.start))
    if not stated:
        return items
    def sentence(x) -> tuple[int, int]:
        return id(x.reading), x.reading.sentence_at(x.fact.start).start

    first = sentence(stated[0])
    # brought in with a day of its own that differs from one given before: a length alone ("has proposed a six-week
    # closure") may be the same one's
    def earlier_other_day(x, same_role: list) -> bool:
        return any(y.day != x.day and (y.reading.block.source_offset(0), y.fact.start) < (x.reading.block.source_offset(0), x.fact.start) for y in same_role)

    others = {sentence(x) for role in (period.starts, period.ends) for x in role
              if x.fact.noun.introduces and sentence(x) != first and earlier_other_day(x, role)}
    # and so is one brought in with a length of its own ("will escalate to a one-day stoppage", after "is scheduled to
    # last three weeks")
    others |= {sentence(x) for x in period.durations if x.fact.noun.introduces and sentence(x) != first
               and any(y.length != x.length and (y.reading.block.source_offset(0), y.fact.start) < (x.reading.block.source_offset(0), x.fact.start) for y in period.durations)}
    return [x for x in items if sentence(x) not in others]


def _another_span_fits(blocks, d, own: tuple, slack: int, named: set) -> bool:
    """True when the article states another span, two dates joined by "to" or "until", that the length fits: the length
    is that span's ("Industrial trawlers will stay in port for two months, from July 1 to August 31" … "their two-month
    closure", beside the canoes' closure from July 1 to July 31). A span that is another named period's start and end
    ("its own 28-day objection period, which runs from 5 March to 2 April") is that period's, whatever its length."""
    for reading in blocks:
        dates = [m for m in reading.dates if m.resolved is not None]
        for a, b in zip(dates, dates[1:]):
            if not _SPAN_TO_RE.match(reading.text[a.end : b.start]) or (a.resolved, b.resolved) == own:
                continue
            if (id(reading.block), a.start) in named or (id(reading.block), b.start) in named:
                continue
            reached = add_duration(a.resolved, d.amount, d.unit)
            if min(abs((reached - b.resolved).days), abs((reached - b.resolved).days - 1)) <= slack:
                return True
    return False


def _besides_one_told_whole(durations: list, starts: list, ends: list, slack: int) -> tuple[list, list, list]:
    """The statements left when one sentence tells a period whole and right (its length, start and end), or tells its
    length and a day of a year written out before every day the rest give ("Its consultation had run for six weeks, from
    Monday 4 September to Monday 16 October 2023"): that one is another of the kind, an earlier one, and the rest are
    the period the article is about. Unchanged when no such sentence leaves one of each."""
    def sentence(x) -> tuple[int, int]:
        return id(x.reading), x.reading.sentence_at(x.fact.start).start

    for where in {sentence(x) for x in durations}:
        own = [[x for x in role if sentence(x) == where] for role in (durations, starts, ends)]
        rest = [[x for x in role if sentence(x) != where] for role in (durations, starts, ends)]
        if not all(rest) or any(len(role) > 1 for role in own):
            continue
        if all(own):
            d = own[0][0].fact.duration
            if d.unit == "hour" or not _within(own[2][0].day, add_duration(own[1][0].day, d.amount, d.unit), d, slack):
                continue
            if {x.day for x in rest[1]} & {own[1][0].day} or {x.day for x in rest[2]} & {own[2][0].day}:
                continue  # the rest give its days again: the same period, another length of it deadline-conflict's
        else:
            # a length and a day of a year written out before every day the rest give ("had run for six weeks, …, to
            # Monday 16 October 2023"): a period of that year
            written = [x for role in own[1:] for x in role if x.fact.date is not None and x.fact.date.explicit_year]
            later = [x.day for role in rest[1:] for x in role]
            if not own[0] or not written or not later or any(x.day.year >= min(later).year for x in written):
                continue
        return rest[0], rest[1], rest[2]
    return durations, starts, ends


def _period_sum(doc: Document, period: Period, slack: int, blocks=(), named: set = frozenset(), sitting: frozenset[str] = frozenset()) -> Hit | None:
    """A hit when a period's one length, counted from its one start, does not reach its one end, unless another span the
    article states fits that length."""
    if period.moved or period.several or not (period.durations and period.starts and period.ends):
        return None
    durations, starts, ends = _first_one(period.durations, period), _stated(_first_one(period.starts, period)), _stated(_first_one(period.ends, period))
    if not (durations and starts and ends):
        return None
    if len({s.length for s in durations}) != 1 or len({s.day for s in starts}) != 1 or len({s.day for s in ends}) != 1:
        durations, starts, ends = _besides_one_told_whole(durations, starts, ends, slack)
        if len({s.length for s in durations}) != 1 or len({s.day for s in starts}) != 1 or len({s.day for s in ends}) != 1:
            return None
    length, start, end = durations[0], starts[0], ends[0]
    if end.day < start.day:
        return None  # deadline-conflict reports it
    d = length.fact.duration
    reached = add_duration(start.day, d.amount, d.unit)
    if d.unit == "hour":
        clocks = (start.fact.clock, end.fact.clock)
        if None in clocks:
            # "48 hours from Tuesday" and "ends on Wednesday": without the times of day, only whole days beyond slack count
            if abs((reached - end.day).days) <= slack:
                return None
        else:
            begun = _dt.datetime.combine(start.day, _dt.time()) + _dt.timedelta(minutes=clocks[0])
            ended = _dt.datetime.combine(end.day, _dt.time()) + _dt.timedelta(minutes=clocks[1])
            if abs(begun + _dt.timedelta(hours=d.amount) - ended) <= _CLOCK_SLACK:
                return None  # "from 00:01 on Thursday … until 23:59 on Friday" is 48 hours
    elif _within(end.day, reached, d, slack):
        return None
    elif d.unit == "day" and period.kind in sitting and abs(_weekdays(start.day, end.day) - d.amount) <= slack:
        return None  # "a seven-day trial" that began on Monday 11 January and ended on Wednesday the 20th: the days it sat
    if d.unit != "hour" and _another_span_fits(blocks, d, (start.day, end.day), slack, named):
        return None
    if doc.published is not None and _from_now(length) and abs((add_duration(doc.published, d.amount, d.unit) - end.day).days) <= slack:
        return None  # "Parents have six weeks to have their say" on 11 March, the consultation closing on 22 April: from today
    said = _said(d)
    where = {id(x): doc.line_col(x.reading.block.source_offset(x.fact.start))[0] for x in (length, start, end)}
    years = reached.year != end.day.year or start.day.year != end.day.year
    show = (lambda day: f"{_fmt(day)} {day.year}") if years else _fmt
    if d.unit == "hour" and None not in (start.fact.clock, end.fact.clock):
        reached = begun + _dt.timedelta(hours=d.amount)
        message = (
            f"{said} from {_time(begun)} on {_fmt(start.day)} (\u201c{start.shown}\u201d, line {where[id(start)]}) is {_time(reached)} on {_fmt(reached.date())}, "
            f"but the article gives the end as {_time(ended)} on {_fmt(end.day)} (\u201c{end.shown}\u201d, line {where[id(end)]})."
        )
        return _at_last(doc, length, start, end, message, with_clock=True)
    message = (
        f"{said} from {show(start.day)} (\u201c{start.shown}\u201d, line {where[id(start)]}) is {show(reached)}, "
        f"but the article gives the end as {show(end.day)} (\u201c{end.shown}\u201d, line {where[id(end)]})."
    )
    return _at_last(doc, length, start, end, message)


_SHORT_DAYS = 10


def _weekdays(first: _dt.date, last: _dt.date) -> int:
    """How many days from Monday to Friday there are from one day to another, both counted."""
    days = (last - first).days + 1
    weeks, rest = divmod(days, 7)
    return weeks * 5 + sum((first.weekday() + k) % 7 < 5 for k in range(rest))


def _within(end: _dt.date, reached: _dt.date, d, slack: int) -> bool:
    """True when an end is the day a length reaches, give or take slack; a few days end on that day or, counted
    inclusively, the day before, never after it ("a two-day strike from 14 to 17 August" is four days)."""
    diff = (end - reached).days
    if d.unit == "day" and d.amount <= _SHORT_DAYS:
        return -slack <= diff <= 0
    if d.unit in ("week", "fortnight") and reached.weekday() == 0 and end.weekday() == 4 and diff == -3:
        return True  # "six weeks, from June 22 to Friday, July 31": working weeks, Monday to the last week's Friday
    return abs(diff) <= slack


def _from_now(length) -> bool:
    """True for a length granted in the present with no day of its own ("Residents have six weeks to comment"): it may
    count from the day of publication."""
    text = length.reading.text
    sentence = length.reading.sentence_at(length.fact.start)
    return bool(_GRANTED_NOW.search(text, max(sentence.start, length.fact.start - 30), length.fact.start)) \
        and not length.reading.in_sentence(length.reading.dates, sentence)


_GRANTED_NOW = re.compile(r"\b(?:have|has|get|gets)\s+(?:only\s+|just\s+|about\s+|around\s+)?\Z", re.I)
_CLOCK_SLACK = _dt.timedelta(hours=1)  # "from 00:01 … until 23:59" is 48 hours to the minute that matters


def _time(moment: _dt.datetime) -> str:
    """Return a time of day as copy writes it: "4am", "11.59pm", "noon"."""
    if (moment.hour, moment.minute) == (12, 0):
        return "noon"
    hour = moment.hour % 12 or 12
    return f"{hour}{'.%02d' % moment.minute if moment.minute else ''}{'am' if moment.hour < 12 else 'pm'}"


_CLOCK_BEFORE = re.compile(r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{2}[:.]\d{2}|noon|midday)\s+(?:on\s+)?\Z", re.I)


def _at_last(doc: Document, length, start, end, message: str, with_clock: bool = False) -> Hit:
    """The hit at the latest of a period's length, start and end, pointing at the other two (with its time of day, when it counts)."""
    last = max((length, start, end), key=lambda x: x.reading.block.source_offset(x.fact.start))
    others = [x for x in (length, start, end) if x is not last]
    labels = {id(length): "the length", id(start): "the start", id(end): "the end"}
    related = tuple(RelatedHit(x.reading.block.source_span(x.fact.start, x.fact.end), labels[id(x)]) for x in others)
    begin = last.fact.start
    clock = _CLOCK_BEFORE.search(last.reading.text, max(0, begin - 20), begin) if with_clock and last is not length else None
    if clock is not None:
        begin = clock.start()  # "6am on Thursday": the time of day is half of what is wrong
    return Hit(DEADLINE_ARITHMETIC.id, last.reading.block.source_span(begin, last.fact.end), message, related=related)


register(run, DEADLINE_ARITHMETIC)
