"""The fact table of one article: every statement the checks compare, as plain rows.

The checks read the annotation's own structures (quantity statements, periods, results,
people); this module only lists them side by side, keyed by what each is about, for
`factcheck facts` and for anyone asking why a check did or did not compare two things.
It reads nothing itself: each row comes from a reading the annotation has already made.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement of the article a check can compare with another of the same kind and key."""

    kind: str  # "quantity", "result", "period length", "period start", "period end", "office", "role", "rank", "party"
    key: str  # what it is about: the thing counted, the period, the person
    value: str  # the value stated, normalised where the checks compare it so
    line: int
    text: str  # as the article writes it
    quoted: bool
    hedges: tuple[str, ...]  # why a check may set it aside: "approximate", "range", "changing", "refers back", times

    def as_dict(self) -> dict:
        return {"kind": self.kind, "key": self.key, "value": self.value, "line": self.line, "text": self.text, "quoted": self.quoted, "hedges": list(self.hedges)}


def fact_table(annotation) -> list[Fact]:
    """Return the article's facts in reading order (by line, then kind)."""
    facts = _quantities(annotation) + _results(annotation) + _periods(annotation) + _roles(annotation)
    return sorted(facts, key=lambda f: (f.line, f.kind, f.key))


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _quantities(annotation) -> list[Fact]:
    out = []
    for s in annotation.quantities:
        q, a = s.fact, s.fact.amount
        about = q.thing or "?"
        if q.verb:
            about = f"{q.verb} {about}"
        if q.modifiers:
            about = f"{' '.join(sorted(q.modifiers))} {about}"
        if q.scope:
            about += f" ({', '.join(sorted(q.scope))})"
        if q.owner:
            about += f" of {q.owner}"
        unit = "" if q.unit == "count" else f" {q.unit}"
        hedges = tuple(
            word for word, on in (("approximate", a.approx), ("range", a.in_range), ("changing", q.changing), ("refers back", q.definite)) if on
        ) + tuple(sorted(q.times))
        out.append(Fact("quantity", f"{q.unit}: {about}", f"{_number(a.value)}{unit}", annotation.line(s.block, a.start), a.text, q.quoted, hedges))
    return out


def _results(annotation) -> list[Fact]:
    out = []
    for ab in annotation.prose:
        for r in ab.results[0]:
            hedges = ("refers back",) if r.definite else ()
            out.append(Fact("result", r.kind, f"{r.first_value}-{r.second_value}", annotation.line(ab, r.start), ab.text[r.start : r.end], r.quoted, hedges))
    return out


def _periods(annotation) -> list[Fact]:
    out = []
    time = annotation.time
    for (kind, marker), period in time.periods.items():
        key = f"{kind} ({marker})" if marker else kind
        hedges = tuple(word for word, on in (("moved", period.moved), ("several", period.several)) if on)
        for role, statements in (("length", period.durations), ("start", period.starts), ("end", period.ends)):
            for st in statements:
                if st.length is not None:
                    unit, amount = (st.length[0], st.length[1]) if isinstance(st.length[0], str) else (st.length[1], st.length[0])
                    value = f"{_number(amount)} {unit}"
                else:
                    value = st.day.isoformat() if st.day else "?"
                line = time.line(st.reading.block, st.fact.start)
                out.append(Fact(f"period {role}", key, value, line, st.shown, st.reading.quoted(st.fact.start), hedges))
    return out


def _roles(annotation) -> list[Fact]:
    reading = annotation.people
    out = []
    for person in reading.people.persons:
        for i, r in person.roles:
            block = reading.blocks[i]
            org = r.org
            if org is None:
                where = ""
            elif org.name and org.name[0].startswith("#"):
                where = f" of what \u201c{org.written}\u201d refers to"  # "Its chief executive": the body named before
            elif org.name and not org.anaphoric:
                where = f" of {org.written or ' '.join(org.name)}"
            else:
                where = f" of the {org.kind}" if org.kind else ""  # "the company's chief executive": the company the story named
            value = f"{r.role if r.kind != 'rank' else r.form}{where}"
            line = annotation.doc.line_col(block.source_offset(r.start))[0]
            out.append(Fact(r.kind, person.full_name, value, line, block.text[r.start : r.end], False, tuple(r.modifiers)))
        for i, o in person.offices:
            block = reading.blocks[i]
            value = o.office + (f" of {o.country}" if o.country and not o.country.startswith("_") else "")
            line = annotation.doc.line_col(block.source_offset(o.start))[0]
            out.append(Fact("office", person.full_name, value, line, block.text[o.start : o.end], False, tuple(o.modifiers) + (("qualified",) if o.qualified else ())))
    return out
