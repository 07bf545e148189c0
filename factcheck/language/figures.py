"""Counts and amounts in news prose.

Reads "50,000 drones", "£2.5bn", "170 million euros", "3.5 per cent", "half",
"at least 12 people were killed", "hundreds of drones" into `Figure` records
with exact character spans, a normalised value, the unit and the noun counted.

Things that look like numbers but are not counts are left out: times
("16:10", "4pm"), dates ("22 July"), ages ("aged 45", "a 45-year-old", "Smith,
45,"), phone numbers, scores ("won 3-1"), labels ("No 10", "Article 5", "F-35",
"Covid-19"). Ordinals ("the fourth time", "3rd") and bare years ("in 2025") are
returned but flagged (`is_ordinal`, `is_year`) so checks can skip them.

The spelled-number reader here (`parse_number`, `NUMBER_WORDS_PATTERN`) is also
used by the date and duration readers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass


from .dates import find_dates
from .numbers import ORDINAL_WORDS, UNIT_WORDS, WORD_TOKEN_RE, NUMBER_WORDS_PATTERN, parse_number

__all__ = [
    "Figure",
    "NUMBER_WORDS_PATTERN",
    "find_figures",
    "parse_number",
    "same_quantity",
]

# --- the figure record -----------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """A count or amount written in the text, with its span and normalised value."""

    start: int
    end: int
    text: str
    value: float | None  # None for vague amounts: "hundreds of"
    unit: str | None = None  # GBP/USD/EUR/percent/fraction/km/... ; None for counts
    noun: str | None = None  # head noun counted, singular: "drone", "person"
    approx: bool = False
    qualifier: str | None = None  # "at least", "about", "hundreds of", ...
    is_range: bool = False
    is_year: bool = False
    is_ordinal: bool = False
    verb: str | None = None  # "killed" in "12 people were killed" / "which killed 14"


# --- patterns --------------------------------------------------------------

_QUALIFIERS = [
    "at least", "at most", "more than", "fewer than", "less than", "up to",
    "as many as", "as few as", "close to", "upwards of", "an estimated",
    "just over", "just under", "well over", "almost", "nearly", "about",
    "around", "some", "over", "under", "roughly", "approximately", "circa",
    "estimated",
]
_QUALIFIER_BEFORE_RE = re.compile(
    r"\b(" + "|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS) + r")\s+\Z",
    re.IGNORECASE,
)

# A digit number not glued to a word or to another number ("F-35", "MH17", "1.2.3").
_DIGIT_NUMBER_RE = re.compile(
    r"(?<![\w.,/:])(?<![A-Za-z]-)"
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![,.]\d|[:/]\d)"
)
_WORD_NUMBER_RE = re.compile(r"(?<![\w-])" + NUMBER_WORDS_PATTERN, re.IGNORECASE)
_ORDINAL_DIGITS_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)\b")
_ORDINAL_WORD_RE = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_VAGUE_RE = re.compile(
    r"\b((?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|"
    r"thousands|millions|billions)\s+of\b",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    r"(?<![\w-])(?:(half)(?![\w-])|"
    r"((?:a|one|two|three)[\s-](?:third|quarter|fifth|tenth)s?)(?=\s+of\b))",
    re.IGNORECASE,
)
_FRACTION_VALUES = {"third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_NOT_FRACTION_HALF_BEFORE_RE = re.compile(
    r"\b(?:first|second|other|better|latter|former|opening|closing|\d+(?:st|nd|rd|th)?)\s+\Z",
    re.IGNORECASE,
)

_SCALE_AFTER_RE = re.compile(
    r"(?:(bn|tn|m|k)\b|\s+(thousand|million|billion|trillion|hundred)\b)",
    re.IGNORECASE,
)
_SCALE_VALUES = {
    "k": 1e3, "m": 1e6, "bn": 1e9, "tn": 1e12, "hundred": 1e2,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
_CURRENCY_BEFORE_RE = re.compile(r"(US\$|A\$|C\$|£|\$|€|USD\s?|GBP\s?|EUR\s?)\Z")
# "£10-15m", "between $2bn and 3bn": the second end is money too
_CURRENCY_RANGE_BEFORE_RE = re.compile(
    r"(US\$|£|\$|€)\d[\d.,]*(?:bn|tn|m|k)?\s*(?:-|–|to|and)\s*\Z", re.IGNORECASE
)
_CURRENCY_SYMBOLS = {
    "£": "GBP", "$": "USD", "US$": "USD", "€": "EUR", "A$": "AUD", "C$": "CAD",
    "USD": "USD", "GBP": "GBP", "EUR": "EUR",
}
_CURRENCY_WORDS_AFTER_RE = re.compile(
    r"\s+(euros?|pounds?(?:\s+sterling)?|(?:US\s+)?dollars?|pence|roubles?|rubles?|"
    r"yen|hryvnias?)\b",
    re.IGNORECASE,
)
_CURRENCY_WORDS = {
    "euro": "EUR", "pound": "GBP", "dollar": "USD", "pence": "GBP",
    "rouble": "RUB", "ruble": "RUB", "yen": "JPY", "hryvnia": "UAH",
}
_PERCENT_AFTER_RE = re.compile(
    r"(\s?%|\s+per\s*cent\b|\s+percent\b|\s+percentage\s+points?\b)", re.IGNORECASE
)
_MEASURE_AFTER_RE = re.compile(
    r"(?:\s?(km/h|km|kg|mph|mm|cm|ft|sq\s+km|m)\b|\s+(tonnes?|tons?|miles?|metres?|"
    r"meters?|kilometres?|kilometers?|kilograms?|feet|foot|hectares?|acres?|litres?|"
    r"barrels?|megawatts?|degrees?|years?|months?|weeks?|days?|hours?|minutes?|"
    r"seconds?)\b)",
    re.IGNORECASE,
)
_MEASURE_CANONICAL = {
    "tonne": "tonnes", "ton": "tons", "mile": "miles", "metre": "metres",
    "meter": "metres", "meters": "metres", "kilometre": "km", "kilometres": "km",
    "kilometer": "km", "kilometers": "km", "kilogram": "kg", "kilograms": "kg",
    "foot": "feet", "hectare": "hectares", "acre": "acres", "litre": "litres",
    "barrel": "barrels", "megawatt": "MW", "megawatts": "MW", "degree": "degrees",
    "year": "years", "month": "months", "week": "weeks", "day": "days",
    "hour": "hours", "minute": "minutes", "second": "seconds", "sq km": "sq km",
}

# Spans that contain digits but are not counts.
_TIME_RE = re.compile(
    r"(?<![\d.,])\d{1,2}(?:[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?|GMT|BST|CET|UTC)|"
    r":\d{2}(?::\d{2})?(?!\d)|\s*[aApP]\.?[mM]\.?(?!\w))|"
    r"(?<!\d)\d{4}\s*(?:GMT|BST|UTC|hrs|local\s+time)\b"
)
_AGE_RE = re.compile(
    r"\baged\s+(?:between\s+)?\d{1,3}(?:\s*(?:-|–|to|and)\s*\d{1,3})?|"
    r"\b\d{1,3}[-\s]years?[-\s]old\b|\b\d{1,3}-year-olds?\b|"
    r"(?<=[A-Za-z]),\s+\d{1,3}(?=,)|\(\d{1,3}\)",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(
    r"(?:\+\d{1,3}[\s-]?)(?:\(0\)\s?)?\d{2,4}(?:[\s-]\d{2,4}){1,3}|"
    r"(?<![\d,.])\(?0\d{2,4}\)?[\s-]\d{3,4}[\s-]?\d{3,4}(?!\d)"
)
# "won 3-1", "a 2-0 win": single digits joined by a dash with no unit after.
_SCORE_RE = re.compile(
    r"(?<![\w.,£$€])\d\s?[-–]\s?\d(?![\d%])(?!\s*(?:per\s*cent|percent)\b)"
    r"(?!\s+[a-z]+s\b)"
)
# checked against the words just before each number, not scanned over the whole text
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:(?-i:No\.?)|Number|Nos?\.|Article|Section|Chapter|Page|pp?\.|Clause|Resolution|"
    r"Flight|Route|Room|Platform|Gate|Terminal|Channel|Level|Category|Grade|Stage|"
    r"Phase|Boeing|Airbus|Apollo|Paragraph|Rule|Tier|Figure|Table|Vol\.?|Volume|"
    r"Issue|Episode|Season|Amendment|Highway|Interstate|Unit|Floor|Type|Model|Mk\.?|"
    r"Mark|Version|Windows|iPhone|Band|Junction|Bus|Line|Platoon|Brigade|Division|"
    r"Regiment|Battalion|Corps|Squadron|Army|Fleet|Protocol|Bill|(?-i:[A-Z]{2,4}))\s+\Z",
    re.IGNORECASE,
)
_SPACES_RE = re.compile(r"\s+")
_SPACE_OR_HYPHEN_RE = re.compile(r"[\s-]")
_OLD_AFTER_RE = re.compile(r"\s+old\b")  # "45 years old" is an age
_YEAR_DETERMINER_RE = re.compile(r"\b(?:the|this|that|its|their|his|her)\s+\Z", re.IGNORECASE)
_DECADE_RE = re.compile(r"(?<![\w'])(?:1[89]|20)\d0s\b")
_PLAIN_YEAR_RE = re.compile(r"(?:19|20)\d{2}")

# "the 1999 election": a year-like number followed by a singular noun is a year.
_STOP_WORDS = frozenset(
    """a an the and or but of to in on at by for with from as than that which who whom
    whose was were is are be been being has have had will would shall should can could
    may might must do does did not no nor so if it its this these those their his her
    our your my there here then when where while after before since until during into
    onto over under about against between through per each every both either neither
    all any some such only also just most least very said says say told
    according across among amid around toward towards within without up down out off
    again""".split()
)
_MODIFIER_WORDS = frozenset(
    """more other new extra additional further fewer young old small large big
    long short british foreign local civilian military ukrainian russian""".split()
)
_IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "police": "police", "staff": "staff", "personnel": "personnel", "troops": "troop",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "lives": "life", "wives": "wife", "knives": "knife", "halves": "half",
    "aircraft": "aircraft", "sheep": "sheep", "cattle": "cattle", "fish": "fish",
    "crew": "crew", "data": "data", "media": "media", "criteria": "criterion",
    "series": "series", "species": "species", "news": "news",
}
_WORD_AFTER_RE = re.compile(r"\s+([A-Za-z][A-Za-z'’-]*)")
_PASSIVE_VERB_AFTER_RE = re.compile(
    r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being|been)\s+"
    r"(?:(?:reportedly|also|now|later|since|all|already|initially)\s+)?"
    r"([a-z]+ed|[a-z]+en|hurt|held|shot|slain|hit|struck|left|lost|found|killed)\b"
)
_CASUALTY_VERBS = (
    "kill|injur|wound|hurt|arrest|detain|evacuat|rescu|displac|abduct|captur|"
    "execut|jail|imprison|charg|sentenc|deport|free|releas|strand|trap|infect"
)
_DIRECT_VERB_AFTER_RE = re.compile(
    r"\s+(killed|injured|wounded|dead|died|hurt|arrested|missing|detained|"
    r"evacuated|rescued|displaced|confirmed\s+dead)\b"
)
_VERB_BEFORE_RE = re.compile(
    r"\b((?:" + _CASUALTY_VERBS + r")[a-z]*|left|leaving|leaves|claimed|claiming)"
    r"\s+(?:(?:" + "|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS) + r")\s+)?\Z",
    re.IGNORECASE,
)
_NOT_ONE_BEFORE_RE = re.compile(
    r"\b(?:no|the|this|that|which|each|every|any|anyone|someone|only|last|another|"
    r"little|big|small|first|new|old|right|wrong)\s+\Z",
    re.IGNORECASE,
)
_ONE_AFTER_TRAP_RE = re.compile(r"\s+(?:another|of\s+(?:us|them|those|these))\b", re.I)
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)\s+\Z")
_SENTENCE_START_WORDS = frozenset(
    "On In At By For From With About Some Around Nearly Almost More Only Just Over "
    "Up Of And But The A An As After Before Since Until When While".split()
)
_RANGE_JOIN_RE = re.compile(r"\s*(?:-|–|—|to)\s*\Z", re.IGNORECASE)
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)
_AND_JOIN_RE = re.compile(r"\s+and\s+\Z", re.IGNORECASE)


def _singular(word: str) -> str:
    """Naive singular of a lowercased plural noun ("drones" -> "drone")."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _is_plural(word: str) -> bool:
    """True when a lowercased noun looks plural."""
    if word in _IRREGULAR_PLURALS:
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s"))
    )


def _verb_past(word: str) -> str:
    """Past participle of a casualty verb as written ("killing" -> "killed")."""
    word = word.lower()
    if word in ("left", "leaving", "leaves"):
        return "left"
    if word.endswith("ing"):
        stem = word[:-3]
        return stem + "ed"
    if word.endswith("ed"):
        return word
    if word.endswith("es") and not word.endswith("ses"):
        return word[:-1] + "d"
    if word.endswith("s"):
        word = word[:-1]
    return word + "d" if word.endswith("e") else word + "ed"


class _Draft:
    """Mutable figure under construction; frozen into a Figure at the end."""

    __slots__ = (
        "start", "end", "value", "unit", "noun", "approx", "qualifier",
        "is_range", "is_year", "is_ordinal", "verb", "num_start", "scale",
    )

    def __init__(self, start: int, end: int, value: float | None) -> None:
        self.start = start
        self.end = end
        self.num_start = start
        self.value = value
        self.unit: str | None = None
        self.noun: str | None = None
        self.approx = False
        self.qualifier: str | None = None
        self.is_range = False
        self.is_year = False
        self.is_ordinal = False
        self.verb: str | None = None
        self.scale = 1.0

    def freeze(self, text: str) -> Figure:
        return Figure(
            start=self.start, end=self.end, text=text[self.start:self.end],
            value=self.value, unit=self.unit, noun=self.noun, approx=self.approx,
            qualifier=self.qualifier, is_range=self.is_range, is_year=self.is_year,
            is_ordinal=self.is_ordinal, verb=self.verb,
        )


def _blocked_spans(text: str, dates=None) -> list[tuple[int, int]]:
    """Spans of times, dates, ages, phone numbers, scores and labels."""
    spans = [(d.start, d.end) for d in (find_dates(text) if dates is None else dates)]
    for regex in (_TIME_RE, _AGE_RE, _PHONE_RE, _SCORE_RE):
        spans.extend(m.span() for m in regex.finditer(text))
    return spans


class _Occupied:
    """Character positions already read: asking whether a span overlaps one costs its length, not the
    number of spans read so far (a list scan made a long paragraph quadratic)."""

    __slots__ = ("_marks",)

    def __init__(self, size: int, spans: list[tuple[int, int]] = ()) -> None:
        self._marks = bytearray(size)
        for span in spans:
            self.append(span)

    def append(self, span: tuple[int, int]) -> None:
        s, e = max(0, span[0]), min(len(self._marks), span[1])
        if e > s:
            self._marks[s:e] = b"\x01" * (e - s)

    def overlaps(self, start: int, end: int) -> bool:
        return end > start and self._marks.find(1, start, end) != -1


def _read_noun(text: str, pos: int, value: float | None) -> str | None:
    """Head noun counted by the number ending at pos, singular and lowercased."""
    first_content: str | None = None
    for _ in range(3):
        m = _WORD_AFTER_RE.match(text, pos)
        if not m:
            break
        raw = m.group(1)
        word = raw.lower().rstrip("'’")
        if word in _STOP_WORDS or (word.endswith(("ed", "ing")) and word not in _IRREGULAR_PLURALS):
            break
        if _is_plural(word):
            return _singular(word)
        if first_content is None and not raw[0].isupper() and word not in _MODIFIER_WORDS:
            first_content = word
        pos = m.end()  # a modifier: "12 civilian deaths", "50,000 Ukrainian drones"
    if value == 1 and first_content:
        return first_content
    return None


def _read_suffix(d: _Draft, text: str, has_currency: bool, digits: bool) -> None:
    """Extend a draft over its scale word and unit ("million", "bn", "euros", "%", "km")."""
    pos = d.end
    m = _SCALE_AFTER_RE.match(text, pos)
    if m and digits:
        attached = m.group(1)
        if attached and attached.lower() == "m" and not has_currency:
            # "170m" alone is metres; "170m euros" is money
            if not _CURRENCY_WORDS_AFTER_RE.match(text, m.end()):
                m = None
        if m:
            key = (m.group(1) or m.group(2)).lower()
            d.scale = _SCALE_VALUES[key]
            pos = m.end()
    d.end = pos
    if has_currency:
        return
    m = _CURRENCY_WORDS_AFTER_RE.match(text, pos)
    if m:
        word = m.group(1).lower().split()[-1]
        if word == "sterling":
            word = "pound"
        key = word.rstrip("s") if word != "pence" else word
        d.unit = _CURRENCY_WORDS.get(key, key.upper())
        if word == "pence":
            d.scale *= 0.01
        d.end = m.end()
        return
    m = _PERCENT_AFTER_RE.match(text, pos)
    if m:
        d.unit = "percentage-point" if "point" in m.group(1).lower() else "percent"
        d.end = m.end()
        return
    m = _MEASURE_AFTER_RE.match(text, pos)
    if m:
        raw = (m.group(1) or m.group(2)).lower()
        raw = _SPACES_RE.sub(" ", raw)
        d.unit = _MEASURE_CANONICAL.get(raw, raw)
        d.end = m.end()


def _attach_context(d: _Draft, text: str) -> None:
    """Fill in qualifier, noun and casualty verb around a draft."""
    head = text[max(0, d.start - 30):d.start]
    m = _QUALIFIER_BEFORE_RE.search(head)
    if m:
        d.qualifier = _SPACES_RE.sub(" ", m.group(1).lower())
        d.approx = True
        d.start -= len(head) - m.start()
    if d.unit is None or d.unit == "fraction":
        d.noun = _read_noun(text, d.end, d.value) if d.unit is None else None
    if d.unit is None:
        after = d.end
        if d.noun:
            nm = _WORD_AFTER_RE.match(text, d.end)
            # the noun may sit up to three words on; find its end
            for _ in range(3):
                if not nm:
                    break
                after = nm.end()
                w = nm.group(1).lower()
                if _is_plural(w) or (d.value == 1 and w == d.noun):
                    break
                nm = _WORD_AFTER_RE.match(text, after)
        m = _PASSIVE_VERB_AFTER_RE.match(text, after) or _DIRECT_VERB_AFTER_RE.match(text, after)
        if m:
            d.verb = m.group(1).split()[-1] if m.group(1) != "dead" else "dead"
        else:
            vm = _VERB_BEFORE_RE.search(text[max(0, d.start - 40):d.start])
            if vm:
                d.verb = _verb_past(vm.group(1))


def _add_fractions(
    text: str,
    drafts: list[_Draft],
    taken: _Occupied,
    free: Callable[[int, int], bool],
    *,
    halves: bool,
) -> None:
    """Add "half" (halves=True) or "two-thirds of", "a quarter of" (halves=False)."""
    for m in _FRACTION_RE.finditer(text):
        if bool(m.group(1)) != halves:
            continue
        s, e = m.span()
        if not free(s, e):
            continue
        if m.group(1):
            lead = text[max(0, s - 20):s]
            if text[e:e + 1] in "-‐" or _NOT_FRACTION_HALF_BEFORE_RE.search(lead):
                continue  # "half-time", "the second half"
            value = 0.5
        else:
            parts = _SPACE_OR_HYPHEN_RE.split(m.group(2).lower())
            count = 1.0 if parts[0] in ("a", "one") else float(UNIT_WORDS[parts[0]])
            value = count * _FRACTION_VALUES[parts[1].rstrip("s")]
        d = _Draft(s, e, value)
        d.unit = "fraction"
        drafts.append(d)
        taken.append((s, e))


def find_figures(text: str, dates=None) -> list[Figure]:
    """Return the counts and amounts in text, in order, each with a normalised value (dates: the text's, if already read)."""
    blocked = _Occupied(len(text), _blocked_spans(text, dates))
    drafts: list[_Draft] = []
    taken = _Occupied(len(text))

    def free(s: int, e: int) -> bool:
        return not blocked.overlaps(s, e) and not taken.overlaps(s, e)

    for m in _VAGUE_RE.finditer(text):
        s, e = m.span(1)
        if not free(s, e):
            continue
        d = _Draft(s, e, None)
        d.approx = True
        d.qualifier = _SPACES_RE.sub(" ", m.group(1).lower()) + " of"
        d.noun = _read_noun(text, m.end(), None)
        drafts.append(d)
        taken.append((s, m.end()))

    for m in _DIGIT_NUMBER_RE.finditer(text):
        s, e = m.span(1)
        if not free(s, e):
            continue
        if _LABEL_BEFORE_RE.search(text, max(0, s - 14), s):
            continue  # "No 10", "Article 5"
        raw = m.group(1)
        value = float(raw.replace(",", ""))
        after = text[e:e + 3]
        d = _Draft(s, e, value)
        om = _ORDINAL_DIGITS_SUFFIX_RE.match(text, e)
        if om:
            d.end = om.end()
            d.is_ordinal = True
            d.noun = _read_noun(text, d.end, 1)
            drafts.append(d)
            taken.append((s, d.end))
            continue
        if _DECADE_RE.match(text, s):
            d.end = e + 1
            d.is_year = True
            drafts.append(d)
            taken.append((s, d.end))
            continue
        cm = _CURRENCY_BEFORE_RE.search(text[max(0, s - 4):s])
        rm = None if cm else _CURRENCY_RANGE_BEFORE_RE.search(text[max(0, s - 20):s])
        # a number glued to letters is a label or code ("5G", "A400M"), unless a known suffix
        if after[:1].isalpha() and not _SCALE_AFTER_RE.match(text, e) and not _MEASURE_AFTER_RE.match(text, e):
            continue
        if cm:
            d.unit = _CURRENCY_SYMBOLS[cm.group(1).strip()]
            d.start = s - len(cm.group(1))
        elif rm:
            d.unit = _CURRENCY_SYMBOLS[rm.group(1)]
        _read_suffix(d, text, bool(cm or rm), True)
        d.value = value * d.scale
        if d.unit == "years" and _OLD_AFTER_RE.match(text, d.end):
            continue
        if (
            d.unit is None and d.scale == 1 and "," not in raw and "." not in raw
            and _PLAIN_YEAR_RE.fullmatch(raw)
        ):
            noun_word = _WORD_AFTER_RE.match(text, e)
            if not (noun_word and _is_plural(noun_word.group(1).lower())) or _YEAR_DETERMINER_RE.search(
                text, max(0, s - 8), s
            ):
                d.is_year = True  # "in 2025", "the 1999 election", "the 2020 caucuses"
        drafts.append(d)
        taken.append((d.start, d.end))

    # "two-thirds of" before the word "two" is read as a count
    _add_fractions(text, drafts, taken, free, halves=False)

    for m in _WORD_NUMBER_RE.finditer(text):
        s, e = m.span()
        if not free(s, e):
            continue
        phrase = m.group(0)
        value = parse_number(phrase)
        if value is None:
            # "ten and fifteen": keep the longest valid prefix
            words = list(WORD_TOKEN_RE.finditer(phrase))
            for cut in range(len(words) - 1, 0, -1):
                candidate = phrase[:words[cut - 1].end()]
                value = parse_number(candidate)
                if value is not None:
                    e = s + len(candidate)
                    break
            if value is None:
                continue
        first = phrase.split()[0].split("-")[0]
        lead = text[max(0, s - 30):s]
        if first.lower() == "one" and (
            _NOT_ONE_BEFORE_RE.search(lead) or _ONE_AFTER_TRAP_RE.match(text, e)
        ):
            continue
        cap = _CAPITALISED_WORD_BEFORE_RE.search(lead)
        if first[0].isupper() and cap and cap.group(1) not in _SENTENCE_START_WORDS:
            continue  # "Formula One", "Channel Four"
        d = _Draft(s, e, value)
        cm = _CURRENCY_BEFORE_RE.search(text[max(0, s - 4):s])
        if cm:
            d.unit = _CURRENCY_SYMBOLS[cm.group(1).strip()]
            d.start = s - len(cm.group(1))
        _read_suffix(d, text, bool(cm), False)
        d.value = value * d.scale
        if d.unit == "years" and _OLD_AFTER_RE.match(text, d.end):
            continue
        drafts.append(d)
        taken.append((d.start, d.end))

    _add_fractions(text, drafts, taken, free, halves=True)

    for m in _ORDINAL_WORD_RE.finditer(text):
        s, e = m.span()
        if not free(s, e):
            continue
        d = _Draft(s, e, float(ORDINAL_WORDS[m.group(1).lower()]))
        d.is_ordinal = True
        d.noun = _read_noun(text, e, 1)
        drafts.append(d)
        taken.append((s, e))

    drafts.sort(key=lambda x: x.start)
    for d in drafts:
        # ordinals, years and vague amounts ("hundreds of") already have what they need
        if not (d.is_ordinal or d.is_year or d.qualifier):
            _attach_context(d, text)
    _mark_ranges(drafts, text)
    return [d.freeze(text) for d in drafts]


def _mark_ranges(drafts: list[_Draft], text: str) -> None:
    """Mark "10-15", "10 to 15" and "between 10 and 15"; "from 12 to 14" is a change, not a range."""
    for a, b in zip(drafts, drafts[1:]):
        if a.is_ordinal or b.is_ordinal or a.value is None or b.value is None:
            continue
        gap = text[a.end:b.start]
        lead = text[max(0, a.start - 12):a.start]
        is_range = False
        if _RANGE_JOIN_RE.fullmatch(gap) or _RANGE_JOIN_RE.match(gap):
            if not _FROM_BEFORE_RE.search(lead) and _RANGE_JOIN_RE.fullmatch(gap):
                is_range = True
        elif _AND_JOIN_RE.fullmatch(gap) and _BETWEEN_BEFORE_RE.search(lead):
            is_range = True
        if not is_range:
            continue
        a.is_range = b.is_range = True
        a.is_year = b.is_year = False
        # "£10-15m", "10 to 15 people": the first end shares the second's unit and scale
        if a.unit is None and b.unit is not None:
            a.unit = b.unit
        if a.scale == 1 and b.scale != 1 and a.value * b.scale <= b.value:
            a.value *= b.scale
        if a.noun is None:
            a.noun = b.noun
        if a.verb is None:
            a.verb = b.verb


_CLOSE_QUALIFIERS = frozenset(
    {"about", "around", "some", "roughly", "approximately", "nearly", "almost",
     "an estimated", "estimated", "circa", "close to"}
)


def same_quantity(a: Figure, b: Figure) -> bool:
    """Return True when two figures state the same amount ("about 50,000" and "50,000")."""
    if a.unit != b.unit or a.value is None or b.value is None:
        return False
    if a.noun and b.noun and a.noun != b.noun:
        return False
    if math.isclose(a.value, b.value, rel_tol=1e-9):
        return True
    # an approximate figure agrees with an exact one within rounding
    loose = [f for f in (a, b) if f.qualifier in _CLOSE_QUALIFIERS]
    if len(loose) == 1:
        return math.isclose(a.value, b.value, rel_tol=0.05)
    return False
