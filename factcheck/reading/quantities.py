"""Quantities: every figure of a block read from its tokens, with its unit and the thing it measures.

An `Amount` is a number as written, with its currency, scale and unit ("£1.2m",
"Rs 40 crore", "4.5%", "310 metres", "twelve"). A `Quantity` ties an amount to what
it is about, its key: the head of the noun phrase it counts ("1,860 seats", "40
electric buses"), the noun a compound makes of it ("a 310-metre bridge", "a
£6.8m loss"), the noun that owns it ("losses of £8.6m", "turnout was 43%"), the
verb that counts it ("killed 14", "12 people were injured") or the person whose
age it is ("Jane Doe, 47", "the 47-year-old"). Each quantity also carries what
tells two mentions apart: the words that modify the noun, the places, owners
and labels that scope it ("on ward 4", "the club's"), nearby change or rate
words, and whether it is approximate or quoted.

Everything is read from the block's tokens in one left-to-right walk; nothing
rescans the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..language.numbers import NUMBER_WORDS, value_of_words
from .knowledge import QuantityKnowledge
from .tokens import NUMBER, PUNCT, SYMBOL, WORD, Token

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Grammar, not knowledge: words that end a noun phrase or cannot be its head.
FUNCTION_WORDS = frozenset(
    """a an the and or but nor of to in on at by for from with as than that which who whom whose where when while because although though unless whereas
    was were is are be been being has have had will would could should may might must can do does did not no
    this these those its their his her our your my it they them he she we you i there here so if then also
    only just about around over under into onto after before since until during between among against per despite amid amidst
    each every all some any many much more most less least few other another such both either neither
    said says say told according including include includes plus minus up down out off away back
    a.m p.m am pm yesterday today tomorrow last next ago year years month months week weeks day days
    time times per cent percent""".split()
)
# Possessives that point back at a person: the annotation resolves them to the person last named.
PERSONAL_POSSESSIVES = frozenset({"his", "her"})
_DETERMINERS = frozenset("the its their those these all his her our your this that my".split())
_LINKING = frozenset("is was are were be been being stood stands stand at totalled totaled totals total reached reaches reach cost costs worth of numbered numbers hit hits".split())
_DIMENSIONS = frozenset("long wide high tall deep thick across".split())
# Past participles that are not regular -ed forms, for "12 people hurt", "1,450 flights cut".
_PARTICIPLES = frozenset(
    "cut hit hurt shot held left lost taken built sold made given paid set put run seen done found slain struck "
    "dead missing stranded trapped brought sent won spent kept thrown driven written chosen drawn shown grown".split()
)
_PLURALS = frozenset("people staff police children men women crew cattle sheep data media personnel feet teeth geese mice".split())
_ADVERBS = frozenset("overnight tonight afterwards earlier only reportedly allegedly apparently currently recently already also still just nearly almost mostly largely mainly partly fully newly previously formerly initially originally finally eventually immediately quickly slowly".split())
_IRREGULAR_PAST = frozenset(
    "took came went gave began became ran saw told bought fought thought caught taught sought slept sent got flew threw knew "
    "drew stood sat met led meant felt heard paid said made rose fell grew".split()
)
_INCREMENTS = frozenset("more further additional extra other".split())
#: Words before a figure that add it to others ("a further 160", "the remaining 64"): a part, not the whole.
ADDED_BEFORE = frozenset("another remaining further additional extra other".split())
_HEDGES = frozenset({"some", "many", "several", "few"})


@dataclass(frozen=True, slots=True)
class Amount:
    """A number as written, with currency, scale and unit; first/last are token indices."""

    value: float
    digits: str  # the digits as written, separators dropped ("1860", "45")
    text: str
    start: int
    end: int
    first: int
    last: int
    unit: str | None  # a currency code, a unit name ("percent", "metre"), or None for a count
    compound: str | None = None  # the word a hyphen joins it to: "310-metre", "1,860-seat", "47-year-old" -> "year-old"
    approx: bool = False
    spelled: bool = False
    in_range: bool = False  # one end of a range or a list of alternatives: "between 10 and 15", "10-15"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A fact: an amount of a thing, as one sentence of one block states it."""

    amount: Amount
    unit: str  # "count", "age", a currency code or a unit name
    thing: str  # what is counted or measured, canonical singular ("seat", "loss", "person")
    verb: str | None  # what happened to it, canonical ("dead", "injured", "cut"), if the copy says
    modifiers: frozenset[str]  # words that narrow the thing ("new", "affordable", "electric")
    scope: frozenset[str]  # owners, places and labels that scope it ("club", "ward 4", "kabul")
    owner: str | None  # for ages: the surname; for compounds: the noun the compound describes
    definite: bool  # "the 1,680 seats", "its 40 buses", "which killed 14": refers to something known
    changing: bool  # change, revision, time or rate words near it: a running total or another time
    times: frozenset[str]  # years and time phrases named in its sentence ("2019", "last year")
    sentence: int
    quoted: bool
    role: str | None = None  # for ages: the role that names the person ("fullback" in "fullback Jayden Morris, 22"; "the 23-year-old fullback")
    now: bool = False  # for ages: the age at the time of writing, whatever year its sentence names ("Jane Doe, 47,", "the 47-year-old")


def singular(word: str) -> str:
    """Return a plural noun's singular as news copy writes it ("homes" -> "home", "buses" -> "bus")."""
    w = word.lower()
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")) or w.endswith("uses") and not w.endswith(("ouses", "auses")):
        return w[:-2]  # "buses", "bonuses"; not "houses", "causes"
    if w.endswith("ses"):
        return w[:-1]  # "phases", "cases", "nurses"
    if w.endswith("s"):
        return w[:-1]
    return w


# words that join a sum of money to the bare one after it that shares its currency
_ELIDED_LINKS = frozenset("from to against versus vs than and or".split())


def _plural(word: str) -> bool:
    return word in _PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


_SHARED_OUT = frozenset("split divided shared spread distributed allocated apportioned".split())  # "split between A, B and C"
_INDIAN_TAIL = re.compile(r"\d{2},\d{3}(?:\.\d+)?")  # the last groups of "2,84,210" as the tokens split it ("84,210")
_SEPARATORS = str.maketrans("", "", ", \u00a0\u2009\u202f")  # "12,600" and "12 600" are one number


def _digit_value(text: str) -> float | None:
    try:
        return float(text.translate(_SEPARATORS))
    except ValueError:
        return None


class _Reader:
    """One walk over one block's tokens."""

    def __init__(self, tokens: list[Token], text: str, kb: QuantityKnowledge) -> None:
        self.t = tokens
        self.text = text
        self.kb = kb
        self.n = len(tokens)
        self.found: list[Amount] = []  # the block's amounts, once read (read_quantities)

    def lower(self, i: int) -> str:
        return self.t[i].lower if 0 <= i < self.n else ""

    def is_(self, i: int, kind: str) -> bool:
        return 0 <= i < self.n and self.t[i].kind == kind

    def glued(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i].glued

    def phrase_at(self, i: int, phrases: dict | frozenset, longest: int = 3) -> tuple[int, object] | None:
        """Return (tokens used, value) of the longest phrase of a table starting at token i."""
        for size in range(min(longest, self.n - i), 0, -1):
            key = tuple(self.lower(k) for k in range(i, i + size))
            if key in phrases:
                return size, (phrases[key] if isinstance(phrases, dict) else key)
        return None

    def phrase_ending_at(self, i: int, phrases: frozenset, longest: int = 3) -> int:
        """Return how many tokens ending at i form a phrase of the set (0 if none)."""
        for size in range(min(longest, i + 1), 0, -1):
            key = tuple(self.lower(k) for k in range(i - size + 1, i + 1))
            if key in phrases and not self._joined_before(i - size + 1):
                return size
        return 0

    def _joined_before(self, i: int) -> bool:
        """True when token i ends a hyphenated word ("call-up to four": the "up" of "call-up" starts no "up to")."""
        return i >= 2 and self.is_(i - 1, PUNCT) and self.t[i - 1].text == "-" and self.t[i - 1].start == self.t[i - 2].end and self.t[i].start == self.t[i - 1].end

    # --- amounts ---------------------------------------------------------------

    def amounts(self) -> list[Amount]:
        found: list[Amount] = []
        i = 0
        while i < self.n:
            tok = self.t[i]
            amount = None
            if tok.kind == NUMBER:
                amount = self._race_time(i) or self._digits(i)
            elif tok.kind == WORD and tok.lower in NUMBER_WORDS:
                amount = self._spelled(i)
            if amount is None:
                i += 1
                continue
            found.append(amount)
            i = amount.last + 1
        return [self._elided_currency(a, found[k - 1]) if k and a.unit is None else a for k, a in enumerate(found)]

    def _elided_currency(self, a: Amount, before: Amount) -> Amount:
        """A bare sum with a scale written just after a sum of money takes its currency ("climbed to 17.2 billion
        shillings from 16.1 billion", "£4.2m against 3.9m a year earlier"): it ends its clause, no noun after it."""
        if before.unit not in self.kb.currency_codes or a.spelled or a.compound or self.t[a.first].sentence != self.t[before.first].sentence:
            return a
        if self.lower(a.last) not in self.kb.scales or self.lower(a.last - 1) in self.kb.scales and a.last - 1 != a.first:
            return a  # only "16.1 billion": the scale is its last word
        between = [self.lower(k) for k in range(before.last + 1, a.first)]
        if not between or len(between) > 3 or not set(between) & _ELIDED_LINKS:
            return a
        after = self.t[a.last + 1] if a.last + 1 < self.n else None
        if after is not None and after.kind == WORD and after.lower not in FUNCTION_WORDS:
            return a  # "$4m from 3 million viewers": a count of its own
        return replace(a, unit=before.unit)

    def _race_time(self, i: int) -> Amount | None:
        """A time run or swum, minutes and seconds with hundredths ("1:59.48", "29:14.36"), in seconds; a clock time
        ("16:10") or a score ("2:1") has no decimal after its colon."""
        tok = self.t[i]
        if tok.text.isdigit() and len(tok.text) <= 2 and self.lower(i + 1) in ("minutes", "minute", "min", "mins") and self.is_(i + 2, NUMBER):
            return self._race_time_in_words(i)
        if not tok.text.isdigit() or len(tok.text) > 2 or not (self.is_(i + 2, NUMBER) and self.t[i + 1].text == ":" and self.t[i + 1].glued and self.t[i + 2].glued):
            return None
        if len(tok.text) == 1 and self._long_race_time(i):
            return self._long_race_time(i)
        seconds = self.t[i + 2].text
        whole, _, hundredths = seconds.partition(".")
        if len(whole) != 2 or not whole.isdigit() or not hundredths.isdigit() or not 1 <= len(hundredths) <= 2 or int(whole) >= 60:
            return None
        if i and self.t[i].glued and self.t[i - 1].text in (":", ".", "-", "/"):
            return None
        value = round(int(tok.text) * 60 + float(seconds), 2)
        return self._finish(i, i, i + 2, value, (tok.text + whole + hundredths).lstrip("0") or "0", "race-time", spelled=False)

    def _race_time_in_words(self, i: int) -> Amount | None:
        """A time run or swum written in words, with hundredths: "29 minutes 41.36 seconds" is 29:41.36."""
        seconds = self.t[i + 2].text
        whole, _, hundredths = seconds.partition(".")
        if self.lower(i + 3) not in ("seconds", "second", "sec", "secs") or not (whole.isdigit() and int(whole) < 60 and hundredths.isdigit() and 1 <= len(hundredths) <= 2):
            return None
        value = round(int(self.t[i].text) * 60 + float(seconds), 2)
        return self._finish(i, i, i + 3, value, (self.t[i].text + whole.zfill(2) + hundredths).lstrip("0") or "0", "race-time", spelled=False)

    def _long_race_time(self, i: int) -> Amount | None:
        """A time run in hours, minutes and seconds ("2:07:41", "8:12:45.3"), in seconds: one digit of hours, then two of
        minutes and two of seconds, each after a colon written close."""
        if not (self.is_(i + 4, NUMBER) and self.t[i + 3].text == ":" and self.t[i + 3].glued and self.t[i + 4].glued):
            return None
        minutes, seconds = self.t[i + 2].text, self.t[i + 4].text
        whole, _, tenths = seconds.partition(".")
        if not (len(minutes) == 2 and minutes.isdigit() and int(minutes) < 60 and len(whole) == 2 and whole.isdigit() and int(whole) < 60):
            return None
        if tenths and not (tenths.isdigit() and len(tenths) <= 2):
            return None
        if i and self.t[i].glued and self.t[i - 1].text in (":", ".", "-", "/"):
            return None
        if i + 5 < self.n and self.t[i + 5].glued and self.t[i + 5].text in (":", "/"):
            return None
        value = round(int(self.t[i].text) * 3600 + int(minutes) * 60 + float(seconds), 2)
        return self._finish(i, i, i + 4, value, self.t[i].text + minutes + whole + tenths, "race-time", spelled=False)

    def _not_a_quantity(self, i: int) -> bool:
        """Times, dates, ordinals, labels and codes: numbers that are not amounts of anything."""
        t, prev = self.t[i], self.t[i - 1] if i else None
        nxt = self.t[i + 1] if i + 1 < self.n else None
        if prev is not None and t.glued and prev.kind == WORD and (prev.text not in self.kb.currency_before or len(prev.text) == 1 and not self._money_shaped(i)):
            return True  # "A40", "MH17", "P7" (a school year), "R44" (a road); not "R3.1bn", "P17.85", "Rs40"
        if prev is not None and t.glued and prev.text in "-/:." and i >= 2 and self.t[i - 2].kind in (WORD, NUMBER) and prev.glued:
            return True  # "Covid-19", "F-35", "16:10" second half, "4/3"
        if nxt is not None and nxt.glued:
            if nxt.text in (":", "/") and self.is_(i + 2, NUMBER):
                return True  # "16:10", "4/3"
            if nxt.kind == WORD and nxt.lower in ("st", "nd", "rd", "th", "am", "pm", "s", "a", "b", "gmt", "bst", "hrs", "h") \
                    and not (nxt.lower == "b" and prev is not None and t.glued and prev.text in self.kb.currency_before):
                return True  # "3rd", "4pm", "1990s", "Flat 4b"; not "S$4.8b", a sum in billions
        if self.lower(i + 1) in _MONTHS or self.lower(i - 1) in _MONTHS or (self.lower(i + 1) == "of" and self.lower(i + 2) in _MONTHS) \
                or self.lower(i - 1) == "." and self.lower(i - 2) in _MONTHS:
            return True  # "4 March", "March 4", "4th of March", "Sept. 11"
        if self.lower(i + 1) in ("am", "pm", "a.m", "p.m", "gmt", "bst", "hours") and not nxt.glued is False:
            return True
        if prev is not None and prev.kind == WORD and prev.lower in self.kb.labels and len(prev.text) > 1 and not t.glued:
            # "Ward 4", "Route 66", "No 10", "on ward 4"; not "over 40 people" (a noun follows a count)
            if prev.capitalised or not (nxt is not None and nxt.kind == WORD and nxt.lower not in FUNCTION_WORDS):
                return True
        if prev is not None and prev.text == "#":
            return True
        if prev is not None and prev.text == "." and i >= 4 and [self.lower(k) for k in range(i - 4, i)] == ["u", ".", "s", "."] \
                and self.t[i - 4].text == "U" and not (nxt is not None and nxt.text == "," and nxt.glued and self.is_(i + 2, NUMBER) and self.glued(i + 2)):
            return True  # "along U.S. 2": a US highway's number; "U.S. 2,400" (a sum) keeps its comma group
        return False

    def _grouped(self, i: int) -> tuple[int, str]:
        """Return (last token, digits as written) of a number grouped the Indian way, in lakhs and crores ("2,84,210",
        "12,34,56,789"), which the tokens split at its two-digit groups; else (i, the token's text)."""
        k, text = i, self.t[i].text
        if len(text) > 2 or not text.isdigit():
            return i, text
        while self.is_(k + 2, NUMBER) and self.t[k + 1].text == "," and self.glued(k + 1) and self.glued(k + 2):
            nxt = self.t[k + 2].text
            if len(nxt) == 2 and nxt.isdigit():
                k, text = k + 2, text + "," + nxt
                continue
            if _INDIAN_TAIL.fullmatch(nxt):
                return k + 2, text + "," + nxt
            break
        return i, self.t[i].text

    def _digits(self, i: int) -> Amount | None:
        tok = self.t[i]
        if self._not_a_quantity(i):
            return None
        grouped_last, written = self._grouped(i)
        value = _digit_value(written)
        if value is None:
            return None
        first, last = i, grouped_last
        currency = self._currency_before(i)
        if currency:
            first = currency[0]
        # a bare year ("in 2019") is a date, not an amount
        if not currency and "," not in tok.text and "." not in tok.text and 1800 <= value <= 2100:
            return None
        j = last + 1
        scale = None
        if currency and j < self.n and self.t[j].text in ("b", "B") and (self.t[j].glued or self.t[j].text == "b") and "bn" in self.kb.scales:
            scale, last = self.kb.scales["bn"], j  # "S$4.8b", "Rs. 18.6 b": a headline's short "bn" after a sum of money
            j += 1
        elif j < self.n and self.t[j].kind == WORD and self.t[j].lower in self.kb.scales:
            word = self.t[j].lower
            # "1.2m" without a currency may be metres ("a 100m sprint"): a scale only beside money
            if self.t[j].glued and word in ("m", "k") and not currency and self.lower(j + 1) not in self.kb.currency_after:
                return None
            if self.t[j].glued or word not in ("m", "k", "bn", "mn", "tn", "tr"):
                scale = self.kb.scales[word]
                last = j
                j += 1
        elif (self.is_(j, PUNCT) and self.t[j].text in "-\u2010\u2011" and self.glued(j) and self.is_(j + 1, WORD) and self.glued(j + 1)
              and self.t[j + 1].lower in self.kb.scales and len(self.t[j + 1].lower) > 2
              and (currency or self.is_(j + 2, PUNCT) and self.t[j + 2].text in "-\u2010\u2011" and self.glued(j + 2) and self.glued(j + 3)
                   and self.phrase_at(j + 3, self.kb.units, 1))):
            # "the $2.4-million price tag", "the 123-lakh-tonne target": the hyphen joins the scale (of money, or of a
            # measure joined to its unit), not a noun
            scale = self.kb.scales[self.t[j + 1].lower]
            last = j + 1
            j += 2
        if scale:
            # "Rs 13.25 lakh crore", "a Rs 2.84-lakh-crore budget": a second scale word multiplies the first
            hyphen = self.is_(j, PUNCT) and self.t[j].text in "-\u2010\u2011" and self.glued(j) and self.glued(j + 1)
            k = j + 1 if hyphen else j
            word = self.lower(k) if self.is_(k, WORD) else ""
            if len(word) > 2 and self.kb.scales.get(word, 0) > scale:
                scale *= self.kb.scales[word]
                last = k
                j = k + 1
        unit = currency[1] if currency else None
        if not unit and j < self.n and self.t[j].kind == WORD and self.t[j].lower in self.kb.currency_after:
            unit = self.kb.currency_after[self.t[j].lower]
            last = j
            j += 1
        if not unit and not scale and j < self.n and (scaled := self.kb.scaled_units.get(self.t[j].text)) is not None:
            unit, scale, last = scaled[0], scaled[1], j  # "38.9Mt": million tonnes, written as the symbol is (case and all)
            j += 1
        if not unit:
            found = self.phrase_at(j, self.kb.units, self.kb.longest_unit)
            if found and found[1] == "degree" and j < self.n and self.t[j].text in self.kb.subunits:
                found = None  # "the 40c lift": a lower-case "c" glued to a figure is cents (the subunit), "40C" the temperature
            if found:
                size, unit_name = found
                # "4.5%" is glued; "310 metres" is spaced; a hyphen compound is read below
                unit = str(unit_name)
                last = j + size - 1
                j += size
        value *= scale or 1
        return self._finish(i, first, last, value, written.translate(_SEPARATORS).replace(".", "").lstrip("0") or "0", unit, spelled=False)

    def _spelled(self, i: int) -> Amount | None:
        if self.lower(i) == "one" and self.lower(i + 1) in ("of", "another", "day", "time", "way", "thing"):
            return None
        words, j = [], i
        while j < self.n and (self.lower(j) in NUMBER_WORDS or (self.lower(j) == "and" and words and self.lower(j + 1) in NUMBER_WORDS) or (self.t[j].text == "-" and self.t[j].glued and words and self.lower(j + 1) in NUMBER_WORDS)):
            words.append(self.lower(j))
            j += 1
        article = self.lower(i - 1) in ("a", "an") and words[0] in ("dozen", "hundred", "thousand", "million", "billion")
        value = value_of_words((["a"] if article else []) + [w for w in words if w != "-"])
        if value is None:
            return None
        if article:
            i -= 1  # "a dozen", "a hundred"
        unit = None
        last = j - 1
        if j < self.n and self.t[j].kind == WORD and self.t[j].lower in self.kb.currency_after:
            unit = self.kb.currency_after[self.t[j].lower]
            last = j
        else:
            found = self.phrase_at(j, self.kb.units, self.kb.longest_unit)
            if found and self.t[j].kind == WORD and found[1] not in ("degree",):
                unit = str(found[1])
                last = j + found[0] - 1
        digits = str(int(value)) if value == int(value) else f"{value:g}".replace(".", "")
        return self._finish(i, i, last, value, digits, unit, spelled=True)

    def _currency_before(self, i: int) -> tuple[int, str] | None:
        """Return (first token, code) of a currency written before token i ("£", "US$", "Rs", "Rs.")."""
        k = i - 1
        if k >= 0 and self.t[k].text == "." and self.t[k].glued and k >= 1 and self.t[k - 1].text == "Rs":
            k -= 1  # "Rs. 40"
        if k < 0:
            return None
        text = self.t[k].text
        if k >= 1 and self.t[k].glued and self.t[k - 1].kind == WORD and (self.t[k - 1].text + text) in self.kb.currency_before:
            return k - 1, self.kb.currency_before[self.t[k - 1].text + text]  # "US$", "A$", "NZ$"
        if text in self.kb.currency_before and (self.t[k].kind == SYMBOL or not self.t[i].glued or self._money_shaped(i)):
            return k, self.kb.currency_before[text]
        return None

    def _money_shaped(self, i: int) -> bool:
        """True when a number glued to a letter is money, not a road or a code: "R4.2bn", "R2.4 billion", "R512-million",
        "N1,500"; not "R44"."""
        t = self.t[i]
        if "." in t.text or "," in t.text:
            return True
        after = self.lower(i + 1)
        if after in ("-", "\u2010", "\u2011") and self.glued(i + 1) and self.glued(i + 2):
            after = self.lower(i + 2)  # "the R512-million capital budget"
        return after in self.kb.scales

    def _finish(self, head: int, first: int, last: int, value: float, digits: str, unit: str | None, spelled: bool) -> Amount:
        compound = None
        # "310-metre", "1,860-seat", "ten-week", "47-year-old": a hyphen glues the amount to a word
        if self.is_(last + 1, PUNCT) and self.t[last + 1].text in "-\u2010\u2011" and self.glued(last + 1) and self.is_(last + 2, WORD) and self.glued(last + 2):
            word = self.lower(last + 2)
            end = last + 2
            if self.is_(end + 1, PUNCT) and self.t[end + 1].text == "-" and self.glued(end + 1) and self.is_(end + 2, WORD) and self.glued(end + 2):
                word += "-" + self.lower(end + 2)
                end += 2
            found = self.phrase_at(last + 2, self.kb.units, 1)
            if found and unit is None:
                unit = str(found[1])
            compound = word
            last = end
        approx = False
        size = self.phrase_ending_at(first - 1, self.kb.approximate)
        if size and not (size == 1 and self.lower(first - 1) in ("over", "across", "under") and self.lower(first - 2) in _EXTENT_VERBS):
            approx = True  # (not "spreads over 48,500 hectares", "stretches across 14 km": where, not how many)
        in_range = self._in_range(first, last)
        if in_range and self._told_two_ways(first, last, value, unit):
            in_range = False  # "an increase of 4,294 or 9.2 per cent": one change told in two units, no range
        if in_range and unit != "percent" and self.lower(first - 1) == "to" and self.t[first - 2].text in ("%", "cent", "percent"):
            in_range = False  # "rose 24% to £412.6m", "falls by 8% to 38,470 tonnes": the level a change reaches, not the end of a range
        if in_range and unit == "percent" and self.lower(last + 1) == "to" and (self.is_(last + 2, SYMBOL) or self.lower(last + 2) in self.kb.currency_before):
            in_range = False  # "rose 24 per cent to £412.6m": the change and the level it reaches, not a range
        start, end = self.t[first].start, self.t[last].end
        return Amount(value, digits, self.text[start:end], start, end, first, last, unit, compound, approx, spelled, in_range)

    def _label(self, i: int) -> bool:
        """True when the number at i is glued to a word before it ("FY26", "Q4", "A380"): a name, not an amount."""
        return self.glued(i) and self.is_(i - 1, WORD)

    def _told_two_ways(self, first: int, last: int, value: float, unit: str | None) -> bool:
        """True when "or" joins a figure to a smaller one of which only one is a percentage ("4,294 or 9.2 per cent",
        seen from either): a range runs upwards and shares its unit ("5 or 6 per cent")."""
        def plain(k: int) -> float | None:
            try:
                return float(self.t[k].text.replace(",", ""))
            except ValueError:
                return None
        if self.lower(last + 1) == "or" and self.is_(last + 2, NUMBER) and unit != "percent":
            other = plain(last + 2)
            return other is not None and other < value and (self.phrase_at(last + 3, self.kb.units, 2) or (0, None))[1] == "percent"
        if self.lower(first - 1) == "or" and self.is_(first - 2, NUMBER) and unit == "percent":
            other = plain(first - 2)
            return other is not None and other > value
        return False

    def _in_range(self, first: int, last: int) -> bool:
        before, after = self.lower(first - 1), self.lower(last + 1)
        if before == "between" and self.lower(first - 2) in _SHARED_OUT and not (after == "and" or self.lower(last + 2) == "and"):
            return False  # "split between $3.1 billion for new beds, $2.2 billion for …": the first of a list of parts
        if before in ("and", "or") and self.is_(first, SYMBOL) and self.is_(first - 2, NUMBER) and not self.is_(first - 3, SYMBOL):
            return False  # "£52m for 2027/28 and £41m for 2028/29": a sum of money does not end a range of bare numbers
        if before in ("to", "-", "\u2013") and self.lower(first - 2) in self.kb.scales and self.lower(last) not in self.kb.scales \
                and self.lower(last + 1) not in self.kb.scales and not self.is_(first, SYMBOL):
            return False  # "bonuses worth GH¢1.1 billion to 842,000 farmers": a range runs upwards, not from billions to thousands
        if before == "between" or (before == "from" and any(self.lower(k) in ("to", "-", "\u2013") for k in range(last + 1, min(self.n, last + 4)))) or (before in ("-", "\u2013", "to", "or", "and", "/") and (self.is_(first - 2, NUMBER) and not self._label(first - 2) or self.lower(first - 2) in self.kb.scales or self.lower(first - 2) in NUMBER_WORDS or self.is_(first - 2, SYMBOL))):
            return True
        if after in ("-", "\u2013", "to", "or", "/") and (self.is_(last + 2, NUMBER) or self.lower(last + 2) in NUMBER_WORDS or self.is_(last + 2, SYMBOL) or self.lower(last + 2) in self.kb.currency_before):
            return True
        if after == "and" and self.lower(first - 2) == "between":
            return True
        return False


# --- from amounts to quantities ------------------------------------------------------------


def read_quantities(tokens: list[Token], text: str, kb: QuantityKnowledge, times_by_sentence: dict[int, frozenset[str]],
                    possessive_times: dict[str, int] | None = None) -> tuple[list[Amount], list[Quantity]]:
    """Return every amount of a block and the quantity facts it states; a time phrase that is the possessive of one
    number ("the previous week's 3,215", keyed "sentence:phrase") dates that number only."""
    reader = _Reader(tokens, text, kb)
    amounts = reader.found = reader.amounts()  # read once; a gap's reading looks at its paragraph's others
    facts = []
    # "Elsewhere on the ballot, a bond issue … drew 47.7 percent support": a paragraph about another matter; its figures
    # are kept out of comparisons as a changing figure's are
    apart = bool(tokens) and tokens[0].lower in kb.set_apart
    for a in amounts:
        q = _quantity(reader, a, times_by_sentence, possessive_times or {})
        if q is not None:
            facts.append(replace(q, changing=True) if apart else q)
    return amounts, facts


_EXTENT_VERBS = frozenset("spreads spread spreading stretches stretched stretching extends extended extending sprawls sprawled sprawling".split())
_CAPACITY_VERBS = frozenset("holds hold held seats seat seated accommodates accommodate accommodated".split())
_OCCUPANTS = frozenset("person people spectator fan guest passenger visitor seat".split())
_EMPLOYING_VERBS = frozenset("employs employ employing".split())
_AFTER_THE_HEAD = frozenset({"worth", "apiece", "each", "ago", "later", "earlier"})


_YEAR = re.compile(r"(?:19|20)\d\d")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")


def _noun_phrase(r: _Reader, j: int) -> tuple[list[str], int]:
    """Return the lowercase words of the noun phrase starting at token j, and the index after it."""
    words: list[str] = []
    while j < r.n and len(words) < 4:
        t = r.t[j]
        if not words and t.kind == NUMBER and _YEAR.fullmatch(t.text) and r.is_(j + 1, WORD) and not r.t[j + 1].capitalised:
            j += 1  # "a ₦742bn 2026 budget": the year the thing is of stands before its noun
            continue
        if t.kind != WORD:
            if t.text in "-\u2010" and t.glued and words and r.is_(j + 1, WORD) and r.glued(j + 1):
                words[-1] += "-" + r.lower(j + 1)  # "high-speed", "part-time"
                j += 2
                continue
            break
        lw = t.lower
        if lw in FUNCTION_WORDS or lw in _DIMENSIONS or lw in _ADVERBS or lw in NUMBER_WORDS or lw.endswith(("'s", "\u2019s")):
            break
        if lw in _AFTER_THE_HEAD and words:
            break  # "a four-year contract extension worth $30m": the extension's worth, not a "worth"
        if t.capitalised and words:
            break
        if lw in _IRREGULAR_PAST:
            break  # "the 350-metre bridge took …": a verb, not the head
        if words and _plural(words[-1]) and not _plural(lw):
            break  # "40 people came": the plural noun was the head, a verb follows
        if (lw.endswith("ed") and len(lw) > 3) or lw in _PARTICIPLES:
            if words and not lw.endswith("eed"):
                break  # "the $2.4-million price tag included new shelters": after the head noun, a verb
            following = r.t[j + 1] if j + 1 < r.n else None
            if not (following is not None and following.kind == WORD and following.lower not in FUNCTION_WORDS and not following.capitalised
                    and not following.lower.endswith(("ed", "ly"))):
                break  # "12 people injured", "40 injured"; but "3,000 damaged homes" reads on  # "12 people injured": the participle says what happened to them
        words.append(lw)
        j += 1
    if words and all(r.t[k].capitalised for k in range(j - len(words), j) if r.is_(k, WORD)) \
            and not (len(words) == 1 and _ACRONYM_PLURAL.fullmatch(r.t[j - 1].text)):
        return [], j  # "the 135kg Haar-1": a name follows the figure, not the thing it counts ("16 LGAs", "12 MPs" are things)
    if words and r.is_(j, PUNCT) and r.t[j].text in ("'", "\u2019") and r.glued(j):
        return [], j  # "the three dockers' unions": the figure counts the owners, the noun after is another thing
    return words, j


# adjectives written after the noun they narrow: "members eligible to vote", "residents entitled to a refund"
_AFTER_THE_NOUN = frozenset({"eligible", "entitled", "able", "liable", "qualified", "present", "absent"})


def _verb_after(r: _Reader, j: int) -> str | None:
    """Return what happened to the thing counted, read after its noun: "were killed", "who died", "taken to hospital"."""
    k = j
    for _ in range(4):
        if r.lower(k) in ("who", "that", "which", "were", "was", "are", "is", "have", "has", "had", "been", "being", "all", "also", "reportedly", "later", "now"):
            k += 1
            continue
        break
    w = r.lower(k)
    if k == j and w in _AFTER_THE_NOUN:
        return w  # "the 2,140 members eligible to vote" are not "the 1,226 members who voted"
    if r.is_(k, WORD) and len(w) > 3 and ((w.endswith("ed") and not w.endswith("eed")) or w in _PARTICIPLES or w in ("died", "dead", "missing")):
        if w == "lost" and r.lower(k + 1) in ("their", "his", "her") and r.lower(k + 2) in ("lives", "life"):
            return "dead"
        if k == j and w != "lost" and (r.lower(k + 1) in _DETERMINERS or r.lower(k + 1) in ("a", "an") or r.is_(k + 1, NUMBER)):
            return None  # "The 4,070 head grossed an estimated $6.9 million": the things did it; nothing happened to them
        return w
    return None


def _verb_before(r: _Reader, first: int) -> tuple[str | None, int]:
    """Return the verb written just before an amount ("killed 14", "holds 1,860") and where it is."""
    k = first - 1
    while k >= 0 and r.lower(k) in ("about", "around", "some", "nearly", "almost", "least", "at", "more", "than", "over", "up", "to", "another", "a", "further", "only", "just", "roughly", "approximately", "estimated", "an"):
        k -= 1
    if r.is_(k, WORD) and not r.t[k].capitalised:
        return r.lower(k), k
    return None, k


def _subject_before(r: _Reader, k: int) -> tuple[str | None, bool]:
    """Return the head noun of the subject before a verb at token k ("the venue holds", "turnout was"), and whether it is definite."""
    j = k - 1
    while j >= 0 and r.lower(j) in ("has", "have", "had", "now", "also", "still", "already", "currently", "will", "would", "is", "was", "been", "be"):
        j -= 1
    if r.is_(j, NUMBER) and len(r.t[j].text) == 4 and r.t[j].text.isdigit() and r.lower(j - 1) in ("for", "in"):
        j -= 2  # "the quota for 2026 has been set at": the year dates the subject
    if r.is_(j, PUNCT) and r.t[j].text == "," and r.lower(j + 1) in ("which", "that"):
        j -= 1  # "the bridge, which is 310 metres long"
    if r.lower(j) in ("which", "that", "who") and r.is_(j - 1, PUNCT) and r.t[j - 1].text == ",":
        j -= 2
    if not r.is_(j, WORD) or r.lower(j) in FUNCTION_WORDS:
        return None, False
    if r.t[j].capitalised and (j == 0 or r.t[j - 1].sentence != r.t[j].sentence or r.t[j - 1].text in (".", ":", "\u201c", '"')):
        # a capital at the start of a sentence is not a name: "Turnout was 43%"
        return r.lower(j), False
    if r.t[j].capitalised:
        return r.lower(j), False
    head = r.lower(j)
    if head.endswith(("'s", "\u2019s")):
        return None, False
    return head, r.lower(j - 1) in _DETERMINERS or r.lower(j - 2) in _DETERMINERS


def _word_before(r: _Reader, a: Amount) -> str:
    """The word before an amount and its hedge ("employs about 4,300" -> "employs")."""
    k = a.first - 1
    while k >= 0 and r.phrase_ending_at(k, r.kb.approximate):
        k -= r.phrase_ending_at(k, r.kb.approximate)
    return r.lower(k)


def _owner_before(r: _Reader, first: int) -> tuple[str | None, bool]:
    """Return a possessive owner written before the amount ("the club's £6.8m loss") and whether the amount is definite."""
    k = first - 1
    while k >= 0 and r.phrase_ending_at(k, r.kb.approximate):
        k -= r.phrase_ending_at(k, r.kb.approximate)
    w = r.lower(k)
    if w.endswith(("'s", "\u2019s")):
        return w[:-2], True
    if w in PERSONAL_POSSESSIVES:
        return w, True  # "his five wickets": the annotation links the pronoun to the person last named
    if r.is_(k, PUNCT) and r.t[k].text in ("'", "\u2019") and r.is_(k - 1, WORD):
        return r.lower(k - 1), True  # "the workers' 40 hours"
    return None, w in _DETERMINERS


def _scope_after(r: _Reader, j: int) -> set[str]:
    """Places, groups and labels a prepositional phrase after the noun adds: "on ward 4", "in Kabul", "at Harbrook"."""
    scope: set[str] = set()
    if r.lower(j) not in ("in", "on", "at", "for", "from", "across", "of", "within", "inside", "outside", "near", "per"):
        return scope
    k = j + 1
    if r.lower(k) in ("the", "a", "an", "its", "their"):
        k += 1
    for _ in range(3):
        if k >= r.n:
            break
        t = r.t[k]
        if t.kind == WORD and (t.capitalised or t.lower in r.kb.labels):
            phrase = t.lower
            if t.lower in r.kb.labels and r.is_(k + 1, NUMBER):
                phrase += " " + r.t[k + 1].text
                k += 1
            scope.add(phrase)
        elif t.kind == WORD and t.lower not in FUNCTION_WORDS:
            pass  # "of rail lines": a common noun says what kind, not which one
        else:
            break
        k += 1
    return scope


_PLACE_PREPOSITIONS = frozenset("in at on near outside inside across from for".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _places(r: _Reader, k: int) -> set[str]:
    """Capitalised places and labels named by a preposition later in the clause: "were killed in Lyon", "on Ward 4"."""
    found: set[str] = set()
    limit = min(r.n, k + 5)
    sentence = r.t[k].sentence if k < r.n else -1
    while k < limit and r.t[k].sentence == sentence and r.t[k].text not in (",", ";", ":", "(", ")") and r.lower(k) not in ("and", "but", "while", "when", "after", "before"):
        if r.lower(k) in _PLACE_PREPOSITIONS and r.is_(k + 1, WORD):
            m = k + 1
            if r.lower(m) == "the":
                m += 1
            t = r.t[m] if m < r.n else None
            if t is not None and t.capitalised and t.lower not in _MONTHS and t.lower not in _WEEKDAYS and t.lower not in ("the",):
                found.add(t.lower)
            elif t is not None and t.lower in r.kb.labels and r.is_(m + 1, NUMBER):
                found.add(f"{t.lower} {r.t[m + 1].text}")
        k += 1
    return found


def _opening_place(r: _Reader, k: int) -> set[str]:
    """The place a sentence opens on, set off by a comma: "In the Legislative Council, where 11 of the 22 seats …" is
    the council's, not the House of Assembly's."""
    sentence = r.t[k].sentence
    start = k
    while start > 0 and r.t[start - 1].sentence == sentence:
        start -= 1
    if r.lower(start) not in _PLACE_PREPOSITIONS:
        return set()
    m = start + 1 + (r.lower(start + 1) == "the")
    t = r.t[m] if m < k else None
    if t is None or not t.capitalised or t.lower in _MONTHS or t.lower in _WEEKDAYS:
        return set()
    comma = next((c for c in range(m + 1, min(k, m + 5)) if r.t[c].text == ","), None)
    if comma is None or any(not r.t[c].capitalised for c in range(m + 1, comma) if r.lower(c) not in ("of", "and")):
        return set()  # only a name set off by its comma: "In the Legislative Council,", not "In a statement, …"
    return {t.lower}


def _near_words(r: _Reader, a: Amount, phrases: frozenset, before: int, after: int, skip_to: int) -> bool:
    """True when a phrase of the set is written within a few tokens of the amount, in its sentence.

    The amount's own noun phrase (up to token skip_to) is left out: "a 4.5% rise" is a rise, not a change of the figure.
    """
    sentence = r.t[a.first].sentence
    lo = a.first
    while lo > 0 and a.first - lo < before and r.t[lo - 1].sentence == sentence and r.t[lo - 1].text not in (";", ":"):
        lo -= 1
    hi = skip_to - 1
    while hi + 1 < r.n and hi + 1 - skip_to < after and r.t[hi + 1].sentence == sentence and r.t[hi + 1].text not in (",", ";", ":", "(", ")"):
        hi += 1
    for k in range(lo, hi + 1):
        if a.first <= k < skip_to:
            continue
        if r.phrase_at(k, phrases, 3):
            if k < a.first and _owned_by_another(r, k, a):
                continue
            if k >= skip_to and r.lower(k) in _EXPECTING and r.lower(k + 1) == "to" and r.lower(k + 2) in _WHEN_VERBS:
                continue  # "the 41 new ambulances are expected to begin arriving in the fall": when, not how many
            return True
    return False


def _owned_by_another(r: _Reader, k: int, a: Amount) -> bool:
    """True when the change word at k has a figure of its own right after it, and a clause joiner stands between that
    figure and the amount: "council tax to rise 4.99% as county agrees £24m of savings" changes the tax, not the savings."""
    own = next((m for m in (k + 1, k + 2) if m < a.first and r.is_(m, NUMBER)), None)
    return own is not None and any(r.lower(m) in _CLAUSE_JOINERS for m in range(own + 1, a.first))


_CENTS_OF = frozenset({"US", "U.S.", "euro", "Euro", "SA", "NZ", "Australian", "Canadian"})  # "4.2 US cents"
_WHOLE_DETERMINERS = frozenset("its their our his her".split())  # an owner's whole ("18 of its 241"); "of the 45 votes cast" may be any vote's
_CLAUSE_JOINERS = frozenset("as while whereas but and after when because although".split())
_EXPECTING = frozenset("expected forecast projected".split())
_WHEN_VERBS = frozenset("begin start arrive open close finish end resume take last run come go".split())


_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady prof professor rev cllr judge justice".split())


def _name_before(r: _Reader, k: int, initial: bool = False) -> str | None:
    """Return the person's name whose capitalised words end at token k ("Claire Harwood", "Lady Penrice"), or None."""
    words = []
    while k >= 0 and r.is_(k, WORD) and r.t[k].capitalised and r.lower(k) not in _MONTHS and len(words) < 4:
        words.append(r.lower(k))
        k -= 1
        if len(words) == 1 and nickname_before(r.t, k + 1):
            k -= 3  # "Margaret "Peggy" Doyle": the nickname is no part of the name
        while k >= 1 and r.t[k].text == "-" and r.t[k].glued and r.t[k + 1].glued and r.is_(k - 1, WORD) and r.t[k - 1].capitalised:
            words[-1] = f"{r.lower(k - 1)}-{words[-1]}"  # "Kwabena Owusu-Ampem": a double-barrelled surname is one word
            k -= 2
    if not words:
        return None
    # "R. Srinivasan, 67": initials before the surname are part of the name (another Srinivasan is not this one)
    while k >= 1 and r.is_(k, PUNCT) and r.t[k].text == "." and r.is_(k - 1, WORD) and len(r.t[k - 1].text) == 1 and r.t[k - 1].text.isupper():
        words.append(r.lower(k - 1))
        k -= 2
    words.reverse()
    sentence_start = k < 0 or r.t[k].sentence != r.t[k + 1].sentence or r.t[k].text in (".", "\u201c", '"', ":")
    if len(words) == 1 and ((sentence_start and not initial) or words[0] in FUNCTION_WORDS):
        return None  # "Town, 12, …" at the start of a sentence: not a name
    if len(words) == 1 and r.lower(k) in ("elder", "younger", "older"):
        return None  # "The elder Mehta, 71": one of a family, not the Mehta the article names in full
    return " ".join(words)


# The owner of an age its sentence leaves open between two people: compared with no one, and tied to no one later.
UNSURE_OWNER = "(one of two people)"


def _names_before_in_sentence(r: _Reader, end: int) -> int:
    """How many people's names (two capitalised words or more) the sentence writes before token end."""
    sentence, count, k = r.t[end].sentence, 0, end - 1
    while k >= 1 and r.t[k].sentence == sentence:
        if r.is_(k, WORD) and r.t[k].capitalised and r.is_(k - 1, WORD) and r.t[k - 1].capitalised and not (k + 1 < end and r.is_(k + 1, WORD) and r.t[k + 1].capitalised):
            name = _name_before(r, k) or ""
            words = [w for w in name.split() if w not in FUNCTION_WORDS]  # "The Flames" is no one
            count += len(words) >= 2 and not _a_place(r, k, name)  # "filled St Brigid's Church at Wattle Creek": places, not people
        k -= 1
    return count


def _a_place(r: _Reader, k: int, name: str) -> bool:
    """True when a capitalised name ending at token k is a place: written after "at", "in", "near", "from" or "outside",
    or holding a possessive ("St Brigid's Church")."""
    words = name.split()
    before = k - len(words)
    before -= r.lower(before) == "the"  # "died at the Aberdeen Hospital in New Glasgow"
    return r.lower(before) in ("at", "in", "near", "from", "outside") or any(w.endswith(("'s", "\u2019s")) for w in words[:-1])


def _last_name_in(r: _Reader, end: int) -> str | None:
    """Return the last person's name (two capitalised words or more, or an honorific and a surname) in the 80 tokens before token end."""
    k = end - 1
    while k >= max(0, end - 80):
        if r.is_(k, WORD) and r.t[k].capitalised and (r.is_(k - 1, WORD) and r.t[k - 1].capitalised or nickname_before(r.t, k)):
            name = _name_before(r, k)
            if name and " " in name and not (r.is_(k + 1, WORD) and r.t[k + 1].capitalised) \
                    and not (r.lower(k + 1) == "of" and r.is_(k + 2, WORD) and r.t[k + 2].capitalised) and not _a_place(r, k, name):
                return name  # the end of a name, and not "the Zanesville Area Chamber of Commerce": a body's name
        k -= 1
    return None


def _name_opening_sentence_before(r: _Reader, k: int) -> str | None:
    """The name that opens the sentence before token k's ("ZANESVILLE, Ohio — Margaret "Peggy" Doyle, who ran …"),
    past a wire dateline, or None when that sentence opens otherwise."""
    sentence = r.t[k].sentence - 1
    first = k
    while first > 0 and r.t[first - 1].sentence >= sentence:
        first -= 1
    if r.t[first].sentence != sentence:
        return None
    dash = next((j for j in range(first, min(first + 6, k)) if r.t[j].text in ("\u2014", "\u2013", "-") and not r.t[j].glued), None)
    if dash is not None and r.t[first].text.isupper() and r.lower(first + 1) == ",":
        first = dash + 1  # "ZANESVILLE, Ohio —": the dateline
    j = first
    while j + 1 < k:
        if r.is_(j + 1, WORD) and r.t[j + 1].capitalised:
            j += 1
        elif j + 4 < k and nickname_before(r.t, j + 4):
            j += 4  # past a nickname in quotes to the surname
        else:
            break
    name = _name_before(r, j) if r.is_(j, WORD) and r.t[j].capitalised else None
    return name if name and " " in name and r.lower(j + 1) in (",", "who", "was", "died", "has", "had") else None


def nickname_before(tokens, k: int) -> bool:
    """True when a nickname in quotes stands before the surname at token k ("Margaret "Peggy" Doyle")."""
    return k >= 4 and tokens[k - 1].text in _QUOTES and tokens[k - 3].text in _QUOTES and tokens[k - 2].kind == WORD \
        and tokens[k - 4].kind == WORD and tokens[k - 4].capitalised


_QUOTES = frozenset('"\u201c\u201d')


_PERSON_VERBS = frozenset("was is has had will said says won took takes became becomes".split())


def _someone(r: _Reader, k: int) -> bool:
    """True when token k is a noun for a person ("planter", "widow") that the sentence goes on to make speak or act."""
    word, verb = r.lower(k), r.lower(k + 1)
    if not r.is_(k, WORD):
        return False
    if word in r.kb.person_nouns:
        return verb in _PERSON_VERBS or verb.endswith("ed")
    # a noun of a kind of person only the speech after it proves ("planter said"; "the Carrick Road tower was" is a thing)
    return word.endswith(("er", "or", "ist", "man", "woman")) and verb in ("said", "says", "told", "added")


def _age(r: _Reader, a: Amount) -> tuple[str | None] | None:
    """Return (whose age it is, or None) when the amount is someone's age, else None."""
    if a.unit is not None and a.compound != "year-old":
        return None
    if a.compound in ("year-old", "years-old"):
        if r.is_(a.last + 1, WORD) and r.t[a.last + 1].capitalised:
            # "Sixteen-year-old Caoimhe Rafferty secured …", "the 17-year-old Rafferty taking silver": a name the
            # sentence goes on to make do something is a person; "the 107-year-old Carrick Road site" is a named thing
            k = a.last + 1
            while r.is_(k, WORD) and r.t[k].capitalised and r.t[k].sentence == r.t[a.last].sentence:
                k += 1
            after = r.lower(k) if r.t[k - 1].sentence == r.t[min(k, r.n - 1)].sentence else ""
            if k - (a.last + 1) <= 3 and r.is_(k, WORD) and (after.endswith(("ed", "ing")) or after in _PERSON_VERBS):
                return (" ".join(r.lower(m) for m in range(a.last + 1, k)),)
            if k == a.last + 2 and r.t[k].text == ",":
                return (r.lower(a.last + 1),)  # "the 76-year-old Rendall, a former skipper": one name set off by a comma
            if k == a.last + 3 and r.t[k].text == "," and r.lower(a.last + 1).rstrip(".") in ("mr", "mrs", "ms", "miss", "dr"):
                return (r.lower(a.last + 2),)  # "The 63-year-old Mrs Marchbank, a former PE teacher"
            if not (k - (a.last + 1) <= 2 and _someone(r, k)):
                return None  # "the 107-year-old Carrick Road site": the age of a named thing, not of someone
            # ("The 62-year-old Somwarpet planter said": a place or a kind before the person, read as "the 62-year-old")
        k = a.first - 1
        while k >= 0 and r.lower(k) in ("a", "the", "an"):
            k -= 1
        if r.is_(k, PUNCT) and r.t[k].text == ",":
            return (_name_before(r, k - 1),)  # "Jane Doe, a 47-year-old teacher"
        if r.lower(a.first - 1) != "the":
            return (None,)  # "made his debut as a 17-year-old": an age at another time
        if _names_before_in_sentence(r, a.first) >= 2:
            return (UNSURE_OWNER,)  # "acquired Mathieu Laporte … for Owen Sakamoto, then signed the 27-year-old": which?
        return (_last_name_in(r, a.first),)  # "the 47-year-old": the person last named in the paragraph
    if a.spelled or not (1 <= a.value <= 115) or a.value != int(a.value):
        return None
    before, after = r.lower(a.first - 1), r.lower(a.last + 1)
    # ("Mrs Ashworth, who was 93, is survived by": her age at death; not "who was 12 when the war ended")
    if before == "aged" or (before == "is" and r.lower(a.first - 2) == "who") or (before == "was" and r.lower(a.first - 2) == "who" and after in (",", ".")):
        k = a.first - 2 if before == "aged" else a.first - 3
        if r.is_(k, PUNCT) and r.t[k].text == ",":
            k -= 1
        name = _name_before(r, k)
        if name and r.lower(k - len(name.split())) in ("in", "at", "near", "outside"):
            return (_last_name_in(r, k - len(name.split())),)  # "Peg Doyle, who has died in Bendigo aged 87": the place is no one
        return (name,)
    if before == "at" and r.lower(a.first - 2) in ("died", "dies", "die", "dying"):
        return (_name_before(r, a.first - 3),)  # "Keitumetse Modise dies at 81"
    if before in ("was", "is") and r.lower(a.first - 2) in ("she", "he") and (after in (".", ";", "") or (after == "years" and r.lower(a.last + 2) == "old" and r.lower(a.last + 3) in (".", ";", ""))):
        # "… died on Saturday. She was 84.": the subject of the sentence before, else the person last named
        return (_name_opening_sentence_before(r, a.first - 2) or _last_name_in(r, a.first),)
    # "Jane Doe, 47, of Leeds" and "Jane Doe (47)"
    if before in (",", "(") and r.is_(a.first - 2, WORD) and r.t[a.first - 2].capitalised and r.lower(a.first - 2) not in _MONTHS:
        if before == "(" and _bracketed_lists(r, a.first):
            return None  # "Scorers: McGlashan (12, 84), R Fairlie (61)": minutes or counts beside names, not ages
        closing = ")" if before == "(" else ","
        if after in (closing, ".", ";"):
            name = _name_before(r, a.first - 2, initial=True)  # "Ngata, 41, a former coach": a surname may open the sentence
            k = a.first - 2 - len(name.split()) if name else 0
            if name and r.lower(k) in ("named", "called") and r.lower(k - 1) == "also":
                return (UNSURE_OWNER,)  # "His grandson, also named Wendell Doucette, 24": a namesake, not the man himself
            return (name,)
    return None


_LIST_WINDOW = 60  # tokens either side: a line of scorers, not a whole long paragraph, per bracketed figure


def _bracketed_lists(r: _Reader, at: int) -> bool:
    """True when the sentence of token `at` brackets a list of numbers after a name ("McGlashan (12, 84)"): its brackets
    hold minutes, goals or counts, so a lone "(61)" there is one of those too."""
    t, sentence = r.t, r.t[at].sentence
    return any(t[k].text == "(" and r.is_(k + 1, NUMBER) and r.lower(k + 2) == "," and r.is_(k + 3, NUMBER) and t[k].sentence == sentence
               for k in range(max(0, at - _LIST_WINDOW), min(r.n - 3, at + _LIST_WINDOW)))


def _role_of_age(r: _Reader, a: Amount, owner: str | None) -> str | None:
    """Return the role word that names the person an age belongs to: before the name, or after "the N-year-old"."""
    if owner is None:
        words, _ = _noun_phrase(r, a.last + 1)
        return words[-1] if words else None
    k = a.first - 1
    while k >= 0 and not (r.is_(k, WORD) and r.t[k].capitalised):
        k -= 1  # back over ", aged" or "("
    while k >= 0 and r.is_(k, WORD) and r.t[k].capitalised:
        k -= 1
    if r.is_(k, WORD) and r.lower(k) not in FUNCTION_WORDS and not r.t[k].capitalised:
        return r.lower(k)
    return None


def same_person(a: str, b: str) -> bool:
    """True when two name forms can be one person: equal, one the other's bare surname, or the shorter's other words
    all in the longer ("Professor Marsh" is "Professor Helen Marsh"; "Claire Harwood" is not "Stephen Harwood")."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if wa[-1] != wb[-1]:
        return False
    short, long_ = sorted((wa[:-1], wb[:-1]), key=len)
    if short and all(len(w) == 1 for w in short) and len(short) <= len(long_):
        # "R. Srinivasan" is "Ramesh Srinivasan", not "Karthik Srinivasan": initials match the words they begin
        return all(any(x.startswith(w) for x in long_) for w in short)
    return not short or len(short) < len(long_) and set(short) <= set(long_)


def _quantity(r: _Reader, a: Amount, times_by_sentence: dict[int, frozenset[str]], possessive_times: dict[str, int]) -> Quantity | None:
    kb = r.kb
    tok = r.t[a.first]
    sentence, quoted = tok.sentence, tok.quoted
    years = times_by_sentence.get(sentence, frozenset())
    years = frozenset(p for p in years if possessive_times.get(f"{sentence}:{p}", a.first) == a.first)
    changing = False
    age = _age(r, a)
    owner, definite = _owner_before(r, a.first)
    scope: set[str] = set()
    if owner:
        scope.add(owner)
    if age is not None:
        changing = _near_words(r, a, kb.change_words, 2, 0, a.last + 1)  # "now 23"; not "the 23-year-old has now scored"
        # "the 45-year-old had received a warning in 2019", "Morag Whitelaw, 54, … since 2017": an epithet or an
        # apposition gives the age now; "aged 47 when", "at the age of 44" may be another time's
        now = (a.compound in ("year-old", "years-old") and r.lower(a.first - 1) == "the") or r.lower(a.first - 1) in (",", "(")
        return Quantity(a, "age", "age", None, frozenset(), frozenset(), age[0], definite or age[0] is not None, changing, years, sentence, quoted, _role_of_age(r, a, age[0]), now)
    unit = a.unit or "count"
    verb = None
    modifiers: set[str] = set()
    after = a.last + 1
    if a.unit is not None and r.is_(after, PUNCT) and r.t[after].text == "(":
        # "a KSh 9.8 billion (about $76 million) budget": the sum put in another money, then its noun
        close = next((k for k in range(after + 1, min(r.n, after + 8)) if r.t[k].text == ")"), None)
        if close is not None and any(r.is_(k, NUMBER) for k in range(after + 1, close)) and r.is_(close + 1, WORD):
            after = close + 1
    if a.unit is None and r.is_(after, NUMBER) and r.lower(after + 1) in ("-", "\u2010") and r.glued(after + 1) and r.glued(after + 2) \
            and (r.lower(after + 2),) in kb.units:
        after += 3  # "6.94 million 60-kilogramme bags": a count of bags, each of a size
    level = _new_level(r, a)
    # ("a final dividend of 4.2 US cents": the currency's country may be named before its hundredths)
    named = r.t[after].text in _CENTS_OF and r.lower(after + 1) in kb.subunits if after < r.n else False
    # ("approve 4.5 US cent final dividend": a singular "cent" before a noun describes it, as "a 64-cent dividend" does)
    before_noun = r.lower(after + named) == "cent" and r.is_(after + named + 1, WORD) and r.lower(after + named + 1) not in FUNCTION_WORDS
    if a.unit is None and (r.lower(after) in kb.subunits or named) and not a.compound and (level is not None or _of_a_noun(r, a.first) or before_noun):
        # "raises interim payout to 240c", "an interim dividend of 210 cents a share": hundredths of a currency, of the
        # noun that names them ("84 cents a share" alone still counts cents)
        unit, after = "cent", after + 1 + named
    if level is not None and not _noun_phrase(r, after)[0]:
        # "pre-tax profit rose 12% to £412m": the figure is the profit now, whatever it was before
        if level[1]:
            scope.add(level[1])
        q = _make(r, a, after, unit, singular(level[0]), None, modifiers | level[2], scope, True, years, sentence, quoted)
        changing_after = _near_words(r, a, kb.change_words, 0, 4, after)
        return Quantity(q.amount, q.unit, q.thing, None, q.modifiers, q.scope, None, True, changing_after, q.times, sentence, quoted)
    if a.compound and not (a.unit and a.compound in ("", None)):
        # "a 310-metre bridge", "the 1,860-seat venue", "a £6.8m loss" is read below
        words, j = _noun_phrase(r, after)
        if not words and r.lower(after).endswith(("'s", "\u2019s")) and r.is_(after, WORD):
            words, j = _noun_phrase(r, after + 1)  # "the 40-bed children's ward": the ward, whose kind the possessive says
        compound_unit = kb.units.get((a.compound,))
        if a.unit is None and a.compound.lower() in kb.subunits and words:
            unit = compound_unit = "cent"  # "the 64-cent interim dividend": hundredths of a currency, of the noun after
        if compound_unit or a.unit:
            thing = singular(words[-1]) if words else None
            if a.unit and not compound_unit:
                thing = singular(a.compound)
        elif a.compound.lower() in kb.size_words and words:
            thing = singular(words[-1])  # "a 16-man squad", "the 15-member squad": the size of the squad
            modifiers.add("size")
        elif words and words[-1] in kb.gap_nouns:
            thing = words[-1]  # "Oyedokun's 351-vote margin": a margin, in votes
            modifiers.add(singular(a.compound))
        else:
            thing = singular(a.compound)  # "1,860-seat venue": a count of seats
            if words:
                scope.add(singular(words[-1]))
        if thing is None:
            return None
        modifiers.update(words[:-1])
        scope |= _scope_after(r, j)
        return _make(r, a, j, unit, thing, None, modifiers, scope, definite, years, sentence, quoted)
    if unit == "percent" and r.lower(after) in ("more", "higher", "less", "lower") and r.lower(after + 1) in ("in", "for", "on") \
            and not (r.lower(after) == "more" and r.lower(after + 1) == "than"):
        # "will pay 6.9% more in council tax": a rise of the tax by that much
        words, _ = _noun_phrase(r, after + 2)
        thing = "rise" if r.lower(after) in ("more", "higher") else "fall"
        q = _make(r, a, after + 2 + len(words), unit, kb.canonical.get(thing, thing), None, modifiers | set(words), scope, definite, years, sentence, quoted)
        return replace(q, changing=_near_words(r, a, kb.change_words, 6, 4, after + 2 + len(words)))  # "more" is the rise, no increment
    if r.lower(after) in _INCREMENTS:
        after += 1  # "two more people died": an increment, read, then kept out of comparisons
    words, j = _noun_phrase(r, after)
    if r.lower(after) == "of" and not words:
        words, j = _noun_phrase(r, after + 1)  # "hundreds of homes" is vague; "a dozen of the staff" rare
    if words:
        thing = singular(words[-1])
        if thing in kb.containers or len(thing) < 3:
            return None
        if unit != "count" and r.lower(j) in ("had", "have", "has") and r.lower(j + 1).endswith("ed"):
            return None  # "the £1.6bn analysts had expected": the noun is the clause's subject, not what the money is
        if r.lower(j) in ("that", "which") and any(r.lower(k) in _FORECAST and r.t[k].sentence == r.t[a.first].sentence for k in range(j + 1, j + 6)):
            return None  # "the Rs 1,210 crore profit that analysts had on average expected": a forecast, not the profit
        modifiers.update(words[:-1])
        verb = _verb_after(r, j)
        scope |= _scope_after(r, j)
        if not owner and (holder := _holder(r, a.first)):
            scope.add(holder)  # "Fasanmi polled 312,408 votes" scopes the votes to Fasanmi, as "Fasanmi's 312,468 votes" does
        if verb is None and unit == "count":
            vb, _ = _verb_before(r, a.first)
            if vb and (vb.endswith("ed") or vb in _PARTICIPLES) and vb not in ("needed", "required", "estimated", "planned", "expected"):
                verb = vb  # "killed 12 people"
        return _make(r, a, j, unit, thing, verb, modifiers, scope, definite, years, sentence, quoted)
    if unit == "count" and (verb := _verb_after(r, after)) is not None and verb in kb.people_verbs | {"dead", "died"}:
        return _make(r, a, a.last + 2, unit, "person", verb, modifiers, scope, definite, years, sentence, quoted)  # "40 injured"
    if unit not in ("count", "percent") and r.lower(after) == "in" and r.is_(after + 1, WORD) and not r.t[after + 1].capitalised \
            and r.lower(after + 1) not in FUNCTION_WORDS and r.lower(after + 1) not in _DETERMINERS and r.lower(after + 1) not in _NOT_HELD_IN \
            and not r.is_(after + 2, WORD) and r.lower(after + 2) not in ("-", "\u2013"):
        # "leaving Sh3.1 billion in arrears", "£24.6m in savings": what the money is held as
        return _make(r, a, after + 2, unit, singular(r.lower(after + 1)), None, modifiers, scope, definite, years, sentence, quoted)
    # no noun after: "losses of £8.6m", "turnout was 43%", "the venue holds 1,860", "which killed 14"
    if (appositive := _apposed_to(r, a)) is not None:
        # "The season's target, 132 lakh tonnes, now looks out of reach": the figure set beside its noun measures it
        head, words = appositive
        return _make(r, a, a.last + 1, unit, singular(head), None, modifiers | set(words), scope, True, years, sentence, quoted)
    k = a.first - 1
    while k >= 0 and r.phrase_ending_at(k, kb.approximate):
        k -= r.phrase_ending_at(k, kb.approximate)
    if r.lower(k) == "at" and r.is_(k - 1, WORD) and r.lower(k - 1) not in FUNCTION_WORDS and not r.t[k - 1].capitalised \
            and r.lower(k - 2 - (r.lower(k - 2) in _DETERMINERS)) in _PUT_AT:
        # "That puts turnout at 54.3 per cent", "pegged the cost at £4m": the level the verb sets its object at
        thing = singular(r.lower(k - 1))
        if thing not in kb.containers:
            return _make(r, a, a.last + 1, unit, thing, None, modifiers, scope, definite, years, sentence, quoted)
    if r.lower(k) == "of" and r.is_(k - 1, WORD) and r.lower(k - 1) not in FUNCTION_WORDS:
        thing = singular(r.lower(k - 1))
        if thing in kb.containers:
            return None
        m = k - 2
        while m >= max(0, k - 4) and r.is_(m, WORD) and r.lower(m) not in FUNCTION_WORDS and r.lower(m) not in _DETERMINERS and not r.t[m].capitalised:
            if (forecast := kb.forecast_verbs.get(r.lower(m))) is not None:
                # "projecting output of 650,000 tonnes": the projection, of output ("the 680,000-tonne projection" names it)
                scope.add(thing)
                thing = forecast
                break
            modifiers.add(r.lower(m))  # "a gross profit of GH¢321.2 million" is not "profit after tax"
            m -= 1
        return _make(r, a, a.last + 1, unit, thing, None, modifiers, scope, definite or r.lower(k - 2) in _DETERMINERS, years, sentence, quoted)
    if owner and owner not in PERSONAL_POSSESSIVES and _measure(kb, unit):
        # "the port's 3.4 million TEU", "Western North's 186,300 tonnes": a measure owned by a thing and tied to no noun
        # measures that thing, named in full when it is a name
        named = _name_before(r, a.first - 1, initial=True) if r.t[a.first - 1].capitalised else None
        thing = named.removesuffix("'s").removesuffix("\u2019s") if named else singular(owner)
        return _make(r, a, a.last + 1, unit, thing, None, modifiers, scope - {owner}, True, years, sentence, quoted)
    vb, at = _verb_before(r, a.first)
    if vb is not None and _measure(kb, unit) and (vb.endswith("ed") or vb in _IRREGULAR_PAST) and vb not in _LINKING and r.lower(at - 1) not in ("which", "that", "who"):
        subject, _ = _subject_before(r, at)
        if subject is not None and subject not in kb.containers and not r.t[at - 1].capitalised and r.lower(at - 2) in _DETERMINERS:
            # "The port handled 3.1 million TEU": the subject of the verb is what the measure is of
            return _make(r, a, a.last + 1, unit, singular(subject), None, modifiers, scope, definite, years, sentence, quoted)
    if vb == "by" and r.is_(at - 1, WORD) and (r.lower(at - 1).endswith("ed") or r.lower(at - 1) in _PARTICIPLES):
        # "Flights cut by 1,450", "prices raised by 4%": the subject is what the figure is of
        subject, subject_definite = _subject_before(r, at - 1)
        if subject is None or subject in kb.containers:
            return None
        return _make(r, a, a.last + 1, unit, singular(subject), r.lower(at - 1), modifiers, scope, definite, years, sentence, quoted)
    if (valued := _valued_object(r, a.first)) is not None:
        # "has pegged its fiscal deficit for 2026-27 at Rs 48,170 crore": the verb's object is what the figure is of
        head, words = valued
        return _make(r, a, a.last + 1, unit, singular(head), None, modifiers | set(words), scope, True, years, sentence, quoted)
    if vb is None:
        return None
    if r.lower(at + 1) == "at" and (gapped := _gapped_subject(r, at)) is not None:
        # "revenue expenditure is pegged at Rs 2,71,400 crore and capital expenditure at Rs 76,850 crore": the verb left out
        head, words = gapped
        return _make(r, a, a.last + 1, unit, singular(head), None, modifiers | set(words), scope, definite, years, sentence, quoted)
    if vb in _VALUED and r.lower(at + 1) == "at" and r.lower(at - 1) in ("been", "be", "is", "was", "are", "were"):
        vb = "at"  # "the quota for 2026 has been set at 125,000 tonnes": the subject's level, as "stood at" gives it
    if vb in _LINKING or vb in ("holds", "held", "has", "had", "employs", "employed", "seats", "houses", "housed", "measures", "weighs", "spans", "attracted", "drew", "received", "collected", "gathered", "scored", "won", "polled", "secured"):
        subject, subject_definite = _subject_before(r, at)
        if subject is None or subject in kb.containers:
            return None
        if r.lower(a.last + 1) in _DIMENSIONS:
            modifiers.add(r.lower(a.last + 1))  # "which is 310 metres long"
        key_verb = None if vb in _LINKING else vb
        return _make(r, a, a.last + 1, unit, singular(subject), key_verb, modifiers, scope, definite, years, sentence, quoted)
    if unit == "count" and vb in kb.people_verbs:
        # "which killed 14", "the crash injured 3": a count of people the verb happened to
        definite = definite or r.lower(at - 1) in ("which", "that", "who")
        return _make(r, a, a.last + 1, unit, "person", vb, modifiers, scope, definite, years, sentence, quoted)
    return None


def _apposed_to(r: _Reader, a: Amount) -> tuple[str, list[str]] | None:
    """The noun a measure or sum is set beside between commas or dashes ("The season's target, 132 lakh tonnes, now",
    "its budget – £4.2m – was"), with the words before it, when a determiner or possessive opens that noun's phrase."""
    if a.unit in (None, "percent", "percentage-point") or r.lower(a.first - 1) not in (",", "–", "—") \
            or r.lower(a.last + 1) != r.lower(a.first - 1):
        return None
    k = a.first - 2
    if not r.is_(k, WORD) or r.t[k].capitalised or r.lower(k) in FUNCTION_WORDS or len(r.lower(k)) < 3:
        return None
    words = []
    m = k - 1
    while m >= max(0, k - 3) and r.is_(m, WORD) and not r.t[m].capitalised and r.lower(m) not in FUNCTION_WORDS and r.lower(m) not in _DETERMINERS \
            and not r.lower(m).endswith(("'s", "\u2019s")):
        words.append(r.lower(m))
        m -= 1
    opener = r.lower(m)
    if not (opener in _DETERMINERS or opener.endswith(("'s", "\u2019s")) or opener in PERSONAL_POSSESSIVES) or r.t[m].sentence != r.t[a.first].sentence:
        return None
    if r.kb.units.get((r.lower(k),)) or r.lower(k) in r.kb.containers:
        return None
    return r.lower(k), words


def _of_a_noun(r: _Reader, first: int) -> bool:
    """True when "of" and a lower-case noun stand just before a figure ("an interim dividend of 210 cents")."""
    return r.lower(first - 1) == "of" and r.is_(first - 2, WORD) and not r.t[first - 2].capitalised and r.lower(first - 2) not in FUNCTION_WORDS


def _valued_object(r: _Reader, first: int) -> tuple[str, list[str]] | None:
    """Return the head noun, and the words before it, of the object a verb of valuing puts at the amount ("pegged its
    fiscal deficit for 2026-27 at Rs 48,170 crore" -> deficit, [fiscal]; "put the cost of the repairs at £4m" -> cost),
    or None."""
    k = first - 1
    while k >= 0 and r.phrase_ending_at(k, r.kb.approximate):
        k -= r.phrase_ending_at(k, r.kb.approximate)
    if r.lower(k) != "at":
        return None
    for m in range(k - 2, max(-1, k - 12), -1):
        if r.t[m].sentence != r.t[first].sentence:
            return None
        if r.lower(m) in _VALUED:
            break
    else:
        return None
    i = m + 1
    if r.lower(i) not in _DETERMINERS:
        return None  # "set aside 40 at": an object names its thing with a determiner ("its deficit", "the cost")
    i += 1
    words = []
    while i < k and r.is_(i, WORD) and not r.t[i].capitalised and r.lower(i) not in FUNCTION_WORDS:
        words.append(r.lower(i))
        i += 1
    if not words or (i < k and r.lower(i) not in ("for", "in", "over", "this", "next", "during")):
        return None  # "put the cost of the repairs at £4m": the cost of one of many things, left alone
    return words[-1], words[:-1]


def _gapped_subject(r: _Reader, at: int) -> tuple[str, list[str]] | None:
    """The subject of a clause whose verb is left out ("… is pegged at X and capital expenditure at Y"): the head noun at
    token `at` and the words before it back to "and" or a comma, when the sentence put an earlier subject "at" a figure
    with a verb of value or of being; None otherwise."""
    if r.t[at].capitalised or r.lower(at) in FUNCTION_WORDS or r.lower(at).endswith("ed") or r.lower(at) in _LINKING:
        return None
    k = at - 1
    words: list[str] = []
    while k >= 0 and r.is_(k, WORD) and r.lower(k) not in FUNCTION_WORDS and not r.t[k].capitalised and len(words) < 3:
        words.insert(0, r.lower(k))
        k -= 1
    if k < 0 or r.lower(k) not in ("and", ",") or r.t[k].sentence != r.t[at].sentence:
        return None
    if r.lower(at).endswith("ing") and not words:
        return None  # "… and closing at £5.20": a verb; "and capital spending at £76m" a noun with its modifier
    for m in range(k - 1, 0, -1):
        if r.t[m].sentence != r.t[at].sentence:
            return None
        if r.lower(m) == "at" and (r.lower(m - 1) in _VALUED or r.lower(m - 1) in _LINKING):
            return r.lower(at), words
    return None


_FORECAST = frozenset("expected forecast forecasted predicted anticipated projected".split())

# Verbs of putting a value on something: "has been set at 125,000 tonnes", "was put at £4m", "is estimated at 3,000".
_VALUED = frozenset("set put fixed estimated valued capped pegged pitched".split())

# Verbs whose subject holds the count that follows ("Fasanmi polled 312,408 votes", "the LVP won 94 seats").
_HOLDING = frozenset("polled won secured received got scored kicked took claimed has had holds held earned collected".split())


def _holder(r: _Reader, first: int) -> str | None:
    """Return the name that holds a count: the capitalised subject just before a holding verb ("Fasanmi polled 312,408
    votes"; "Adeyemi, who scored 268,915 votes"), lowercase, else None. A common noun subject is left alone."""
    vb, at = _verb_before(r, first)
    if vb not in _HOLDING:
        return None
    j = at - 1
    while j >= 0 and r.lower(j) in _ADVERBS:
        j -= 1
    if r.lower(j) == "who" and r.is_(j - 1, PUNCT) and r.t[j - 1].text == ",":
        j -= 2  # "Chief Tunde Adeyemi, who scored": the name before the comma
    if j >= 1 and r.is_(j, NUMBER) and r.is_(j - 1, WORD) and r.t[j - 1].capitalised and r.t[j].sentence == r.t[first].sentence \
            and r.lower(j - 1) not in FUNCTION_WORDS and r.lower(j - 1) not in _MONTHS and r.lower(j - 1) not in _WEEKDAYS:
        return f"{r.lower(j - 1)} {r.t[j].text.lower()}"  # "Ward 4 has 12 beds": the label holds them, as "on ward 4" scopes them
    if not (r.is_(j, WORD) and r.t[j].capitalised and r.t[j].sentence == r.t[first].sentence):
        return None
    name = r.lower(j)
    if name in FUNCTION_WORDS or name in _MONTHS or name in _WEEKDAYS or (r.is_(j + 1, WORD) and r.t[j + 1].capitalised and j + 1 < at):
        return None
    return name


def _measure(kb: QuantityKnowledge, unit: str) -> bool:
    """True for a unit of measure (metres, tonnes, TEU): not a count, money, a percentage or a length of time."""
    return unit not in ("count", "percent", "percentage-point") and unit not in kb.duration_units and unit not in kb.currency_before.values() and unit not in kb.currency_after.values()


_CHANGE_VERBS = frozenset(
    "rose risen rise rises fell fallen fall falls jumped jump jumps climbed climb climbs grew grow grows increased increase increases "
    "decreased decrease decreases dropped drop drops declined decline declines slumped slump surged surge soared soar plunged plunge "
    "edged edge cut raised lowered reduced".split()
)


def _new_level(r: _Reader, a: Amount) -> tuple[str, str | None, frozenset[str]] | None:
    """Return the subject whose new level the amount gives, its owner and the words narrowing it ("the firm's gross profit
    rose 12% to £412m" -> profit, firm, {gross}), or None."""
    if r.lower(a.first - 1) != "to":
        return None
    k = a.first - 2
    while k >= 0 and r.t[k].sentence == r.t[a.first].sentence and (r.is_(k, NUMBER) or r.t[k].kind == SYMBOL or r.lower(k) in ("by", "per", "cent", "percent", "almost", "nearly", "about", "some", "around", "more", "than")):
        k -= 1  # back over "35%", "by 12 per cent"
    if r.lower(k) not in _CHANGE_VERBS and (grown := _grown_object(r, k)) is not None:
        return grown  # "grew its profit before tax by 30.9 per cent to N486.2bn": the verb's object is what reaches the level
    if r.lower(k) not in _CHANGE_VERBS and (changed := _changed_noun(r, a.first - 1)) is not None:
        return changed  # "a 21 per cent rise in full-year net profit to Sh3.4 billion": the noun after the change's "in"
    if r.lower(k) not in _CHANGE_VERBS or r.lower(k - 1) in ("which", "that", "who"):
        return None  # "losses …, which rose to £410m": whose level it is lies behind the comma
    # the subject is the sentence's first noun phrase ("Headline earnings for the six months … rose")
    i = k
    while i > 0 and r.t[i - 1].sentence == r.t[k].sentence:
        i -= 1
    if any(r.t[m].text in (",", ";", ":") for m in range(i, k)):
        return None  # a clause between the sentence's subject and the verb: the subject is a guess
    while i < k and (r.lower(i) in FUNCTION_WORDS or r.t[i].kind != WORD):
        i += 1
    head = owner = None
    words: list[str] = []
    while i < k and r.t[i].kind in (WORD, PUNCT) and r.lower(i) not in FUNCTION_WORDS and r.t[i].text not in (",", ";", ":", "(", ")"):
        if r.t[i].kind == WORD:
            head = r.lower(i)
            if head.endswith(("'s", "\u2019s")):
                owner, head = head[:-2], None  # "Moorside College's results": the college owns them
                words = []
            else:
                words.append(head)
        i += 1
    # "Gross profit rose … to N98.3 billion": the words before the head narrow it, as before a noun after a figure
    modifiers = frozenset(w for w in words[:-1] if w.isalpha())
    if head and i + 1 < k and r.lower(i) in ("before", "after") and r.lower(i + 1) in ("tax", "taxation", "interest", "exceptionals"):
        modifiers |= {f"{r.lower(i)} {r.lower(i + 1)}"}  # "Profit before tax … rose to": not "Profit after tax … climbed to"
        i += 2
    if head and i < k and r.lower(i) in ("in", "at", "for", "from") and r.t[i].sentence == r.t[k].sentence:
        # "Revenue in the Foodservice segment climbed … to C$352 million": the part named after the head narrows it too
        modifiers |= {r.lower(m) for m in range(i + 1, k) if r.t[m].kind == WORD and r.t[m].capitalised and r.lower(m) not in _CALENDAR_WORDS}
    return (head, owner, modifiers) if head and not head[0].isdigit() and head not in r.kb.containers else None


# verbs that set their object at a level: "puts turnout at 54.3 per cent", "pegged the cost at £4m"
_PUT_AT = frozenset("put puts putting pegged pegs peg placed places estimated estimates estimate".split())
_GROWING = frozenset("grew increased raised lifted boosted cut reduced lowered trimmed doubled raises lifts boosts cuts lowers trims hikes".split())
# nouns of a change whose "in" names what changed ("a rise in net profit to …")
_CHANGE_NOUNS = frozenset("rise increase growth gain surge jump climb fall drop decline decrease slump dip slide".split())
# words that give the whole year a figure is of, as a headline means it unsaid ("full-year net profit" is the "net profit")
_FULL_YEAR = frozenset("full-year annual yearly".split())


def _changed_noun(r: _Reader, to: int) -> tuple[str, str | None, frozenset[str]] | None:
    """The noun a change noun's "in" names, ending just before the "to" at token `to` ("a 21 per cent rise in full-year
    net profit to Sh3.4 billion" -> profit, {net}), or None."""
    at = next((m for m in range(to - 1, max(-1, to - 7), -1) if r.lower(m) == "in"), None)
    if at is None or r.lower(at - 1) not in _CHANGE_NOUNS or r.t[at].sentence != r.t[to].sentence:
        return None
    start = at + 1 + (r.lower(at + 1) in ("its", "their", "the"))
    words, end = _noun_phrase(r, start)
    if end != to or not words or words[-1] in r.kb.containers or not words[-1].isalpha():
        return None
    return words[-1], None, frozenset(w for w in words[:-1] if w not in _FULL_YEAR)


def _grown_object(r: _Reader, k: int) -> tuple[str, str | None, frozenset[str]] | None:
    """The object of a verb that changes it, ending at token k before "by …" or "to" ("grew its profit before tax by
    30.9 per cent to N486.2bn" -> profit, {before tax}), or None."""
    v = next((m for m in range(k - 1, max(-1, k - 8), -1) if r.lower(m) in _GROWING and r.t[m].sentence == r.t[k].sentence), None)
    if v is None:
        return None
    # a headline's present tense drops the determiner: "Kgotso Platinum raises interim payout to 240c"
    bare = r.lower(v).endswith("s") and r.lower(v + 1) not in ("its", "their", "the", "his", "her")
    if r.lower(v + 1) not in ("its", "their", "the", "his", "her") and not bare:
        return None
    words, i = [], v + 1 + (not bare)
    while i <= k and r.is_(i, WORD) and not r.t[i].capitalised and r.lower(i) not in FUNCTION_WORDS:
        words.append(r.lower(i))
        i += 1
    modifiers = set(words[:-1])
    if words and i + 1 == k and r.lower(i) in ("before", "after") and r.lower(k) in ("tax", "taxation", "interest", "exceptionals"):
        modifiers.add(f"{r.lower(i)} {r.lower(k)}")  # "its profit before tax"
        i = k + 1
    if not words or i != k + 1 or words[-1] in r.kb.containers:
        return None
    return words[-1], None, frozenset(modifiers)


# Words after "in" that say how or when a sum is given, not what it is ("£3m in total", "paid in full", "in cash")
_NOT_HELD_IN = frozenset("total all full part advance person time place court office charge question turn effect return response addition "
                         "line cash kind value nominal real terms principle theory practice future past".split())
# Capitalised words that date a subject rather than narrow it ("Profit for the year ended 31 December 2025")
_CALENDAR_WORDS = _MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _more_to_come(r: _Reader, k: int) -> bool:
    """True when the clause after a count says others followed ("on the complaint of 46 depositors, and more came
    forward"): the count is of the first of them, not of all. "12 killed and more than 40 injured" is another figure."""
    sentence = r.t[k].sentence if k < r.n else -1
    for m in range(k, min(r.n, k + 3)):
        if r.t[m].sentence != sentence:
            return False
        if r.lower(m) == "and":
            n = m + 1 + (r.lower(m + 1) in ("many", "several", "still", "yet", "even"))
            return r.lower(n) in ("more", "others") and r.lower(n + 1) != "than" and not r.is_(n + 1, NUMBER) and r.lower(n + 1) not in NUMBER_WORDS
    return False


def two_apart_by(amounts: list[Amount], a: Amount) -> bool:
    """True when two of the amounts, other than a and in its unit, are a's value apart ("82 votes to 69" by 13)."""
    same = [b for b in amounts if b is not a and b.unit == a.unit]
    return any(abs(abs(x.value - y.value) - a.value) < 0.5 for i, x in enumerate(same) for y in same[i + 1 :])


def _make(r: _Reader, a: Amount, phrase_end: int, unit: str, thing: str, verb: str | None, modifiers: set[str], scope: set[str], definite: bool, years, sentence: int, quoted: bool) -> Quantity:
    kb = r.kb
    changing = _near_words(r, a, kb.change_words, 6, 4, phrase_end) or bool(r.phrase_at(phrase_end, kb.rate_words, 3))  # "£10 an hour"; "140 daily flights" is a count
    # "plans to close 18 of its 241 branches this year": the part is what changes; the whole it is of is a level
    changing = changing and not (r.lower(a.first - 1) in _WHOLE_DETERMINERS and r.lower(a.first - 2) == "of" and r.is_(a.first - 3, NUMBER))
    changing = changing or r.lower(a.last + 1) in _INCREMENTS or r.lower(a.first - 1) in ADDED_BEFORE or _more_to_come(r, phrase_end)
    # "which would mean 54 - a shortfall of 18 homes" after "36": a gap to a norm (rules/quantities.yaml gap-below,
    # gap-above) that two figures of its paragraph make, no level ("a deficit of Rs 48,710 crore" is the budget's own)
    changing = changing or r.lower(a.first - 1) == "of" and r.lower(a.first - 2) in kb.gaps and two_apart_by(r.found, a)
    changing = changing or _revised_later(r, a)
    scope = scope | _places(r, phrase_end) | _opening_place(r, a.first)
    if thing in kb.action_heads and verb is None and len(modifiers) == 1 and r.lower(a.last + 1) in modifiers:
        thing, verb = next(iter(modifiers)), thing  # "220 job cuts": jobs counted, and what is done to them
        modifiers = set()
    thing = kb.canonical.get(thing, thing)
    if verb is not None:
        verb = kb.canonical.get(verb, verb)
    if r.lower(a.first - 1) in _CAPACITY_VERBS and (verb is not None or thing in _OCCUPANTS):
        # "The venue holds 1,860", "The auditorium seats 1,860", "holds 1,860 people": its seats, as "1,860 seats" are
        thing, verb = "seat", None
    if thing == "person" and _word_before(r, a) in _EMPLOYING_VERBS:
        thing, verb = kb.canonical.get("worker", "worker"), None  # "the mine employs about 4,300 people": its workers
    modifiers = frozenset(m for m in modifiers if m not in _HEDGES)
    if thing == "point" and r.lower(a.first - 1) == "on":
        modifiers |= {"standing"}  # "Dragons stay 13th on 21 points": a place in a table, not what a side or player scored
    if r.lower(phrase_end) == "," and r.lower(phrase_end + 1) == "part" and r.lower(phrase_end + 2) == "of":
        modifiers |= {"part"}  # "18,000 tonnes of hake, part of the 154,000-tonne total": a part, not the whole
    return Quantity(a, unit, thing, verb, modifiers, frozenset(scope), None, definite, changing, years, sentence, quoted)


def _revised_later(r: _Reader, a: Amount) -> bool:
    """True when the sentence goes on to revise the figure to another ("warned that as many as 1,100 jobs could be at risk,
    but revised that figure down to 904"): a revision word after it, then a figure of its unit."""
    sentence = r.t[a.first].sentence
    k = a.last + 1
    while k < r.n and r.t[k].sentence == sentence:
        if (r.lower(k),) in r.kb.revision_words:
            return any(b.first > k and b.unit == a.unit and r.t[b.first].sentence == sentence for b in r.found)
        k += 1
    # "The draft had proposed a 7.5% rise. That was cut to 6.9% after the settlement": the next sentence, opening on the
    # figure just given, moves it to another of its unit
    if k < r.n and r.lower(k) in ("that", "this", "it") and r.lower(k + 1) in ("was", "has", "had") and sum(b.unit == a.unit for b in r.found if r.t[b.first].sentence == sentence) == 1:
        j = k + 2 + (r.lower(k + 2) == "been")
        j += r.lower(j) in ("later", "then", "subsequently", "since", "now")
        if ((r.lower(j),) in r.kb.revision_words or r.lower(j) in _CUT) and r.lower(j + 1) == "to":
            return any(b.first == j + 2 and b.unit == a.unit for b in r.found)
    return False


_CUT = frozenset("cut reduced trimmed increased scaled pared".split())  # besides rules/quantities.yaml's revision-words


# --- a person's figure with no noun ("Kelkar's 121", "Rohan Kelkar struck a fluent 112") -----------------------



@dataclass(frozen=True, slots=True)
class OwnedFigure:
    """A bare count that belongs to a named person: "Kelkar's 121" (possessive) or "Kelkar struck a fluent 112"."""

    owner: str  # the surname, lowercase
    amount: Amount
    possessive: bool


def read_owned_figures(tokens: list[Token], amounts: list[Amount], facts: list[Quantity], kb: QuantityKnowledge) -> list[OwnedFigure]:
    """Return the block's bare counts tied to a named person: an innings, a round, a tally that no noun names.

    Only counts with no noun after them (the fact reader finds no thing for them), or in the possessive form a count of
    what a player scores ("Ngata's 43 goals"), and not inside quotes; the possessive form needs a capitalised name
    before "'s", the subject form a capitalised given name and surname (or a surname opening its sentence), a past-tense
    scoring verb (rules/quantities.yaml scoring-verbs, scored-things) and at most a few lowercase words ("a fluent")
    before the figure, all in one clause.
    """
    facts_at = {q.amount.start for q in facts}
    # "Ngata's 43 goals": a possessive count of what a player scores is the player's figure too
    keyed = {q.amount.start for q in facts if q.thing not in kb.scored_things or q.verb is not None}
    out = []
    n = len(tokens)
    for a in amounts:
        if a.unit is not None or a.start in keyed or a.approx or a.in_range or a.compound or a.spelled or a.value < 10 or tokens[a.first].quoted:
            continue
        nxt = tokens[a.last + 1] if a.last + 1 < n else None
        if nxt is not None and nxt.kind == NUMBER or (nxt is not None and nxt.text in ("-", "\u2013", "/", "for")):
            continue  # "4 for 38", "287-6": a pair, not one figure
        before = tokens[a.first - 1] if a.first else None
        if before is not None and before.kind == WORD and before.capitalised and before.lower.endswith(("'s", "\u2019s")) and before.sentence == tokens[a.first].sentence:
            out.append(OwnedFigure(before.lower[:-2], a, True))
            continue
        k = a.first - 1
        verb = False
        while k >= 0 and a.first - k <= 4 and tokens[k].kind == WORD and not tokens[k].capitalised and tokens[k].sentence == tokens[a.first].sentence:
            verb = verb or tokens[k].lower in kb.scoring_verbs
            k -= 1
        if a.start not in facts_at and verb and k >= 0 and tokens[k].kind == WORD and tokens[k].capitalised and tokens[k].sentence == tokens[a.first].sentence \
                and (k >= 1 and tokens[k - 1].kind == WORD and tokens[k - 1].capitalised or k == 0 or tokens[k - 1].sentence != tokens[k].sentence):
            out.append(OwnedFigure(tokens[k].lower, a, False))  # "Rohan Kelkar struck a fluent 112"; "Ngata shot 41 from 45" opening its sentence
    return out
