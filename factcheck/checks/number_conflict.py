"""The same quantity given two values ("1,860 seats" … "the 1,680 seats"; "which killed 14" after "12 were killed").

Compares the quantity facts of the annotated document (factcheck/reading): a
count of any noun, an amount of money in any currency and scale, a percentage, a
measure with its unit, or a person's age, keyed by the thing it is about (the
head of its noun phrase, the noun a compound makes of it, its owner, the verb
that counts it). Two facts with one key, in different sentences, whose values
differ beyond the rounding a sub-editor accepts, are reported at the mention
whose value is in the minority (else the later one), pointing at the first.

A difference that is a slip of the digits (transposed, doubled, dropped or one
changed, in figures of three digits or more) is reported whenever the keys
match. Any other difference needs the later mention to refer back to what was
already counted ("the 14 people", "its £3bn package", "which killed 14") and the
two to use the same modifiers.

Left alone, because they are not one quantity stated twice: different things
("killed 12 people and injured 40"; "200 homes", "60 affordable homes"),
different places, owners or labels ("beds on ward 4", "beds on ward 6"), other
years ("in 2019 a crash on the same road killed 3"), running totals and
revisions ("rose to", "up from", "now", "another", "so far", "a total of"),
rates ("a day", "per pupil"), ranges, approximate figures ("about 1,900"),
figures inside quotes, three or more values for one thing, and anything of one
or less.
"""

from __future__ import annotations

from ..document import Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..reading.annotate import Located
from ..reading.compare import agree, comparable, slip, usable
from ..registry import Check, Context, Example, register

NUMBER_CONFLICT = Check(
    id="number-conflict",
    category=Category.NUMBER,
    severity=Severity.WARNING,
    summary="The same count, amount, measure or age is given two different values.",
    description=__doc__,
    fires=Example(
        "date 2025-06-03 New concert hall opens\n\nThe hall has 1,860 seats and a stage for a full orchestra.\n\n"
        "All of the 1,680 seats were sold within an hour.\n",
        lines=(5,),
    ),
    quiet=Example(
        "date 2025-06-03 New concert hall opens\n\nThe hall has 1,860 seats, and 200 new homes are planned nearby.\n\n"
        "Sales rose from 1,200 seats on Monday to 1,860 seats, and 60 affordable homes will be built first.\n",
    ),
)


def _describe(q) -> str:
    if q.unit == "age":
        return f"the age of {q.owner.title()}" if q.owner else "age"
    what = q.thing if q.unit == "count" else f"{q.thing}, {q.unit}"
    return f"{what}, {q.verb}" if q.verb else what


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit where one quantity is given a second value, pointing at the first."""
    annotation = context.annotation(doc)
    year = doc.published.year if doc.published else None
    by_key: dict[tuple[str, str], list[Located]] = {}
    changing: dict[tuple[str, str], list[Located]] = {}
    durations = annotation.quantity_knowledge.duration_units
    for located in annotation.quantities:
        if located.fact.unit in durations:
            continue  # a period's length: the deadline checks compare those
        key = (located.fact.unit, located.fact.thing)
        if usable(located.fact):
            by_key.setdefault(key, []).append(located)
        elif located.fact.changing and not located.fact.quoted:
            changing.setdefault(key, []).append(located)
    hits = []
    for key, group in by_key.items():
        if len(group) < 2:
            continue
        # a running total anywhere in the article ("two more died", "rose to 14") explains a second value
        group = [g for g in group if not any(comparable(g.fact, c.fact, year, loose=True) for c in changing.get(key, ()))]
        reported = set()
        for i, first in enumerate(group):
            for later in group[i + 1 :]:
                a, b = first.fact, later.fact
                if first.block is later.block and a.sentence == b.sentence:
                    continue
                if agree(a.amount.value, b.amount.value, a.amount.digits, b.amount.digits):
                    continue
                how = slip(a.amount.digits, b.amount.digits) if a.amount.value != b.amount.value else None
                if not comparable(a, b, year, loose=how is not None):
                    continue
                if how is None and not (b.definite and a.modifiers == b.modifiers and (a.verb or b.verb or min(a.amount.value, b.amount.value) >= 10)):
                    continue  # small counts of a bare noun ("three sides", "the two sides") too often count different things
                values = _values(group, a, year)
                if len(values) > 2:
                    continue  # three values for one thing: a series, not a slip
                wrong, right = (first, later) if _count(group, a, year) < _count(group, b, year) else (later, first)
                if id(wrong) in reported:
                    continue
                reported.add(id(wrong))
                hits.append(_hit(annotation, wrong, right, how))
    return hits


def _values(group: list[Located], q, year) -> list[float]:
    values: list[tuple[float, str]] = []
    for other in group:
        f = other.fact
        if not comparable(q, f, year, loose=True):
            continue
        if not any(agree(f.amount.value, v, f.amount.digits, d) for v, d in values):
            values.append((f.amount.value, f.amount.digits))
    return [v for v, _ in values]


def _count(group: list[Located], q, year) -> int:
    return sum(1 for other in group if comparable(q, other.fact, year, loose=True) and agree(other.fact.amount.value, q.amount.value, other.fact.amount.digits, q.amount.digits))


def _hit(annotation, wrong: Located, right: Located, how: str | None) -> Hit:
    w, r = wrong.fact.amount, right.fact.amount
    line = annotation.line(right.block, r.start)
    because = f"; {how}" if how else ""
    message = f"\u201c{w.text}\u201d here, but \u201c{r.text}\u201d at line {line} for what reads as the same quantity ({_describe(wrong.fact)}){because}."
    return Hit(
        NUMBER_CONFLICT.id,
        wrong.block.block.source_span(w.start, w.end),
        message,
        related=(RelatedHit(right.block.block.source_span(r.start, r.end), "also given here"),),
    )


register(run, NUMBER_CONFLICT)
