"""The same count or amount given two values ("12 people were killed" … "the blast, which killed 14").

Figures are read with the language layer (factcheck/language/figures.py). Two
figures are taken for the same quantity only when they count the same thing in
the same way: a count of the same noun with the same verb ("12 people were taken
to hospital" … "the 14 people taken to hospital"; "killed 12 people" … "which
killed 14"; "killed", "died", "dead" and "lost their lives" count the same dead,
"injured", "hurt" and "wounded" the same injured), or an amount of the same currency for the same noun ("a £2.5bn
package" … "the £3bn package"). The later mention must refer back ("the 14
people", "which killed 14", "the £3bn package"), and is reported, pointing at
the first.

Left alone, because they are not one quantity stated twice: different things
("killed 12 people and injured 40"), ranges ("between 10 and 15"), changes and
running totals ("rose from 12 to 14", "the toll rose to 14", "another 2", "a
total of", "so far", "this year", though not "the deadliest attack this year",
which ranks the event), counts in two named places ("in Kabul", "in Kandahar"), qualified or approximate figures ("at least 12", "about
50,000", which agrees with "50,000"), rates ("a day", "a year", "per"), three
or more values for one thing, years, ordinals, counts (not amounts) in a sentence that
names an earlier year than the publication's ("in 2019 a crash on the same road
killed 3": another event) and anything inside a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Block, Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..language.figures import NUMBER_WORDS_PATTERN, Figure, same_quantity
from ..registry import Check, Context, Example, register
from ._readings import BlockReading, readings

NUMBER_CONFLICT = Check(
    id="number-conflict",
    category=Category.NUMBER,
    severity=Severity.WARNING,
    summary="The same count or amount is given two different values.",
    description=__doc__,
    fires=Example(
        "date 2025-06-03 Blast at fireworks factory\n\nTwelve people were killed when a fireworks factory exploded on Monday.\n\n"
        "The blast, which killed 14, was heard ten miles away.\n",
        lines=(5,),
    ),
    quiet=Example(
        "date 2025-06-03 Blast at fireworks factory\n\nThe blast killed 12 people and injured 40.\n\n"
        "The death toll rose from 12 to 14 overnight, and about 50,000 people were evacuated. Officials said 50,000 people were evacuated.\n",
    ),
)
_CURRENCIES = frozenset({"GBP", "USD", "EUR", "AUD", "CAD", "RUB", "JPY", "UAH"})
_CASUALTY = re.compile(r"^(?:kill|injur|wound|hurt|dead|died|arrest|detain|evacuat|rescu|displac|abduct|captur|execut|jail|imprison|charg|sentenc|deport|releas|strand|trap|infect|taken|hospitalis|hospitaliz|missing)")
_PERSON_NOUNS = frozenset({"person", "people", "civilian", "resident", "passenger"})
_CHANGE = re.compile(
    r"\b(?:rose|risen|rises?|rising|increas\w*|climb\w*|jump\w*|grew|grown|reach\w*|toll|bring\w*|brought|now|another|"
    r"more(?!\s+than)|further|additional|updat\w*|revis\w*|initial\w*|original\w*|at\s+first|so\s+far|other|separate\w*|previous\w*|"
    rf"earlier|later|each|every|per|daily|weekly|monthly|annual\w*|total\w*|up\s+from|down\s+from|(?:fell|fall\w*)(?=\s+(?:\w+\s+)?(?:to|from|by)\s+(?:\S*\d|{NUMBER_WORDS_PATTERN}))|drop\w*|"
    r"cut|reduc\w*|lower\w*|rais\w*|doubl\w*|compared|versus|last\s+year|this\s+year|a\s+(?:day|week|month|year)|"
    r"of\s+whom|among\s+them|elsewhere|meanwhile)\b",
    re.I,
)
# "one of the deadliest attacks this year": the year ranks the event, it is not the period a total covers
_RANKING = re.compile(
    r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|most\s+\w+)\b(?:\s+[\w-]+){0,4}?\s+(?:this|last)\s+year\b",
    re.I,
)
# what the later mention needs before it to refer back to something already counted
_REFERS_BACK = re.compile(r"\b(?:the|its|their|those|these|all)\s+(?:[A-Z£$€]{0,3})?\Z|\b(?:which|that|who)\s+(?:had\s+)?\w+\s+\Z", re.I)
# only blocks with money or a casualty-like verb can hold a figure this check compares
# Searched in lowercased text: a case-sensitive pattern scans three times faster than re.I.
_WORTH_READING = re.compile(r"[£$€]|\b(?:euros?|pounds|dollars|lost\s+(?:their|his|her)\s+li|kill|injur|wound|hurt|dead|died|arrest|detain|evacuat|rescu|displac|abduct|captur|execut|jail|imprison|charg|sentenc|deport|releas|strand|trap|infect|taken|hospital|missing)")
_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+((?:[A-Z][\w'\u2019-]+\s?){1,3})")
_NOUN_AFTER = re.compile(r"\s+(?:of\s+)?([a-z]{3,})\b")
_NOT_NOUNS = frozenset(
    """a an the and or but of to in on at by for with from as than that which who was were is are be been has have had
    will would could should may might must can this its their his her our over under into more less each per
    year years month months week weeks day days""".split()
)
# "12 people were taken to hospital", "the 14 people taken to hospital"; not across "and" ("killed 37 people
# and injured 80": the 37 were killed)
_PREDICATE = re.compile(
    r"(?:\s+(?!(?:and|or|but)\b)[a-z]+){0,2}?\s+(?:(?:who|that)\s+)?(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?:(?:all|also|reportedly|later)\s+)?"
    r"(?P<verb>[a-z]+ed|taken|hurt|held|shot|struck|hit|left|lost|found|slain|dead|missing)\b"
    r"(?P<where>\s+(?:to|in)\s+(?:hospital|custody|jail|prison))?",
)


_LIVES_AFTER = re.compile(r"\s+(?:their|his|her)\s+li(?:ves|fe)\b", re.I)
# verbs that count the same people: the dead, however the copy puts it, and the injured
_SAME_TOLL = {"killed": "killed", "died": "killed", "dead": "killed", "injured": "injured", "hurt": "injured", "wounded": "injured"}


@dataclass(frozen=True)
class _Count:
    block: Block
    figure: Figure
    key: tuple[str, str, str]
    refers_back: bool
    places: frozenset[str]


def _key(reading: BlockReading, f: Figure) -> tuple[str, str, str] | None:
    text = reading.text
    if f.unit in _CURRENCIES:
        m = _NOUN_AFTER.match(text, f.end)
        if not m or m.group(1) in _NOT_NOUNS or m.group(1).endswith(("ed", "ly")):
            return None
        return f.unit, m.group(1), ""
    if f.unit is not None:
        return None
    verb = None
    m = _PREDICATE.match(text, f.end)
    if m and f.noun:
        verb = m.group("verb") + (" " + " ".join(m.group("where").split()) if m.group("where") else "")
    elif f.verb:
        verb = f.verb
    if verb == "lost" and m and _LIVES_AFTER.match(text, m.end("verb")):
        verb = "died"  # "two firefighters lost their lives"
    if not verb or not _CASUALTY.match(verb):
        return None
    verb = _SAME_TOLL.get(verb, verb)
    noun = f.noun or "person"
    if noun in _PERSON_NOUNS:
        noun = "person"
    return "count", noun, verb


def _earlier_year(reading: BlockReading, sentence, year: int | None) -> bool:
    """Whether the sentence names a year before the publication year (a past event's count)."""
    if year is None:
        return False
    return any(
        f.is_year and f.value is not None and f.value < year
        for f in reading.in_sentence(reading.figures, sentence)
    )


def _counts(doc: Document, context: Context) -> list[_Count]:
    found = []
    year = doc.published.year if doc.published else None
    for reading in readings(doc, context.day_first).prose:
        if not _WORTH_READING.search(reading.text.lower()):
            continue
        per_sentence: dict[int, tuple[bool, bool, frozenset[str]]] = {}  # read once per sentence, not per figure
        for f in reading.figures:
            if f.value is None or f.is_range or f.is_year or f.is_ordinal or f.approx or f.qualifier or reading.quoted(f.start):
                continue
            key = _key(reading, f)
            if key is None:
                continue
            sentence = reading.sentence_at(f.start)
            if sentence.start not in per_sentence:
                per_sentence[sentence.start] = (
                    _earlier_year(reading, sentence, year),
                    bool(_CHANGE.search(_RANKING.sub(" ", sentence.text))),
                    frozenset(m.group(1) for m in _PLACE.finditer(sentence.text)),
                )
            earlier, changing, places = per_sentence[sentence.start]
            if key[0] == "count" and earlier:
                continue  # "In 2019 a crash on the same road killed 3 people": another event
            if changing:
                key = (*key[:2], key[2] + "\u0000changing")  # kept out of every comparison
            back = bool(_REFERS_BACK.search(reading.text, max(0, f.start - 24), f.start))
            found.append(_Count(reading.block, f, key, back, places))
    return found


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at the later of two figures that give one quantity two values."""
    by_key: dict[tuple[str, str, str], list[_Count]] = {}
    changing: set[tuple[str, str, str]] = set()
    for c in _counts(doc, context):
        if c.key[2].endswith("\u0000changing"):
            changing.add((*c.key[:2], c.key[2].removesuffix("\u0000changing")))
            continue
        by_key.setdefault(c.key, []).append(c)
    hits = []
    for key, group in by_key.items():
        if key in changing or len(group) < 2:
            continue
        values = []
        for c in group:
            if not any(same_quantity(c.figure, v.figure) for v in values):
                values.append(c)
        if len(values) != 2:
            continue
        first, later = values
        if not later.refers_back or later.block is first.block:
            continue
        if first.places and later.places and not first.places & later.places:
            continue  # "in Kabul" and "in Kandahar": two places, two counts
        line = doc.line_col(first.block.source_offset(first.figure.start))[0]
        message = f"\u201c{later.figure.text}\u201d here, but \u201c{first.figure.text}\u201d at line {line} for what reads as the same {'amount' if key[0] != 'count' else 'count'} ({key[1]}{', ' + key[2] if key[2] else ''})."
        hits.append(Hit(NUMBER_CONFLICT.id, later.block.source_span(later.figure.start, later.figure.end), message, related=(RelatedHit(first.block.source_span(first.figure.start, first.figure.end), "first given here"),)))
    return hits


register(run, NUMBER_CONFLICT)
