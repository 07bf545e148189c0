"""Levels and changes as one sentence states them: the sentences of a block that hold figures, the (earlier, new)
levels a sentence gives ("from A to B", "B, up from A", "B, compared with A"), and whether a percentage change
fits its two levels.

Shared by the checks that compare a change with its levels (figure-arithmetic, headline-body-conflict).
"""

from __future__ import annotations

import re

from .annotate import AnnotatedBlock
from .quantities import Amount

UP = frozenset("climbing growing jumping increasing soaring expanded expanding widened rose risen rise rises rising increase increased increases increasing up grew grown growth jumped jump climbed climb higher gain gained surged surge soared boost boosted improvement improved "
               "lift lifts lifted lifting raise raises raised raising boosts boosting gains gaining climbs jumps soars soar surges surging grows expand expands swelled rebounded advanced grow".split())
DOWN = frozenset("dropping declining decreasing slumping plunging shrinking fell fall fallen falls falling drop dropped drops down declined decline decrease decreased cut cuts slumped slump plunged shrank shrunk lower reduced reduction deterioration "
                 "declines decreases slumps plunges shrinks reduces reducing slid slide slides sliding slipped dipped dips tumbled sank slashed trimmed lowered lowers lowering contracted shrink".split())
# "a 32 per cent increase" names the change the verb makes; two verbs make two changes
CHANGE_NOUNS = frozenset("rise increase growth gain surge boost jump climb fall drop decline decrease cut reduction slump improvement deterioration".split())


def percent_text(value: float) -> str:
    """Return a percentage as the messages write it ("12.5%", "20%")."""
    return f"{value:.1f}".rstrip("0").rstrip(".") + "%"


class Sentence:
    """The tokens and amounts of one sentence of a block."""

    def __init__(self, ab: AnnotatedBlock, index: int, amounts: list[Amount], lo: int, hi: int) -> None:
        self.ab = ab
        self.tokens = ab.tokens
        self.index = index
        self.amounts = amounts
        self.lo, self.hi = lo, hi  # the sentence's tokens are tokens[lo:hi]
        self.lowers = {ab.tokens[i].lower for i in range(lo, hi)}

    def lower(self, i: int) -> str:
        return self.tokens[i].lower if self.lo <= i < self.hi else ""

    def direction(self, i: int) -> str:
        """The word at i when it says which way a figure moved, "" otherwise: not a part of a compound ("high-grown
        tea", "up-to-date", "fast-rising"), which describes a thing."""
        word = self.lower(i)
        if word not in UP and word not in DOWN:
            return ""
        if self.tokens[i].glued and self.lower(i - 1) == "-" or self.lower(i + 1) == "-" and self.tokens[i + 1].glued:
            return ""
        return word

    def at(self, i: int) -> Amount | None:
        return next((a for a in self.amounts if a.first == i), None)

    def amount_after(self, i: int, skip=("the", "those", "these", "its", "their", "all")) -> Amount | None:
        while self.lower(i) in skip:
            i += 1
        return self.at(i)

    def phrase(self, i: int, phrase: tuple[str, ...]) -> bool:
        if phrase[0] not in self.lowers:
            return False  # most sentences hold none of a phrase's words: answer without reading tokens
        return all(self.lower(i + k) == w for k, w in enumerate(phrase))


# a reporting verb between a figure and "up from" starts another clause: the change is then that clause's subject's
_NEW_CLAUSE_VERBS = frozenset("said says told added reported".split())


_BE_VERBS = frozenset("is are was were has have had".split())
_TIME_AFTER_WORDS = frozenset("last year earlier ago previously before".split())
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def _timed_after(s: Sentence, a: Amount) -> bool:
    """True when a few words after a figure say when it was ("the 340,000 cast early in 2022", "the 1,016 a year
    earlier"): an earlier level, not a place a change happened at."""
    for m in range(a.last + 1, min(s.hi, a.last + 6)):
        word = s.lower(m)
        if word in (",", ";", ":", ".", "(", ")"):
            return False
        if word in _TIME_AFTER_WORDS or _YEAR_WORD.fullmatch(word):
            return True
    return False


_RELATIVE_WORDS = frozenset("when where which who whose while".split())
_COMPARATIVES = frozenset("fewer more less higher lower".split())


def _in_aside(s: Sentence, b: Amount, k: int) -> bool:
    """True when b stands in a relative clause set off by commas before k (", when 64,905 pathways were open, and")."""
    opened = next((m for m in range(b.first - 1, s.lo - 1, -1) if s.lower(m) == ","), None)
    if opened is None or s.lower(opened + 1) not in _RELATIVE_WORDS:
        return False
    return any(s.lower(m) == "," for m in range(b.last + 1, k))


def level_before_up_from(s: Sentence, a: Amount, p: Amount | None) -> Amount | None:
    """The new level before "up from" an earlier one ("a net profit of KSh 1.84 billion …, up from KSh 1.52 billion";
    "3.1 million TEU, up 10.7 per cent from 2.8 million"): the nearest figure of a's unit before it, with no clause
    break between; None when a is not the earlier level of such a change."""
    k = a.first - 1
    while k > s.lo and (s.lower(k).endswith(("'s", "\u2019s")) or s.lower(k) in ("the", "its", "their", "last", "a", "year", "year's", "year\u2019s")) and s.lower(k) not in ("from", "on"):
        k -= 1  # "down 20% on last year's £300m", "up from the £1.5m"
    timed = any(s.lower(m).endswith(("'s", "\u2019s")) or s.lower(m) in ("last", "year") for m in range(k + 1, a.first)) or _timed_after(s, a)
    if s.lower(k) not in ("from", "on") or (s.lower(k) == "on" and a.unit is None and not timed):
        return None  # (a bare count after "on" may be where something is: "up 20% on the 12 routes"; not "on last year's 240")
    k -= 1
    named = False  # the change told by its noun: "a 12% increase on the 198,700 tonnes", "an increase of 12% on"
    if p is not None and s.lower(k) in CHANGE_NOUNS and p.last == k - 1:
        k, named = p.first - 1, True
    elif p is not None and p.last == k:
        k = p.first - 1  # "up 10.7 per cent from"
        if s.lower(k) == "of" and s.lower(k - 1) in CHANGE_NOUNS:
            k, named = k - 1, True
    if named:
        k -= s.lower(k) in ("a", "an")
    elif s.lower(k) not in ("up", "down"):
        return None
    # "climbed to 300,000 (up 20% from 250,000)": a bracket opened just before the change is the level's own aside
    aside = s.lower(k - 1) == "(" and s.lower(a.last + 1) == ")"
    for b in reversed(s.amounts):
        if b.last < k and b.spelled and not a.spelled and b.unit is None:
            continue  # "401,930 people … across the five trusts, down from 414,500": a count in words is no level of digits
        if b.last < k and b is not p and b.unit == a.unit and s.lower(b.first - 1) == "per":
            continue  # "$0.3741 per $100 of taxable value, down from $0.3803": the rate's base, not the level
        if b.last < k and b is not p and b.unit == a.unit and not (b.compound or b.in_range):  # not "90kg bags"
            if s.lower(b.first - 1) in ("over", "across") and any(c.last < b.first and c.unit == a.unit and c is not p for c in s.amounts):
                continue  # "averaged 4,812 fans over 52 home dates, up from 4,390": what the level is spread over
            if any(s.tokens[m].text in (";", ":", "(", ")") for m in range(b.last + 1, k - aside)):
                return None
            if any(s.lower(m) in _NEW_CLAUSE_VERBS for m in range(b.last + 1, k)):
                return None  # "which runs 27 food banks …, said the figure was up from 171,250": the figure is another
            if s.lower(b.last + 1) in _COMPARATIVES:
                return None  # "That is 1,950 fewer than in December, and down from 61,400": a difference, not a level
            if _in_aside(s, b, k):
                return None  # "fewer than in December, when 64,905 were open, and down from 68,110": December's, an aside
            return b
    return None


def half_step(a: Amount) -> float:
    """Half the last written digit's worth ("1.84 billion": 5 million): how far the figure as written may be from the
    figure rounded."""
    digits = a.digits.rstrip("0") or "0"
    return abs(a.value) / int(digits) / 2 if int(digits) else 0.5


def change_contradicts(p: Amount, old: Amount, new: Amount, up: bool, down: bool) -> str | None:
    """The message when a percentage change p cannot be old to new, even allowing for how both were rounded."""
    if old.value <= half_step(old):
        return None
    actual = (new.value - old.value) / old.value * 100
    lo = (new.value - half_step(new) - old.value - half_step(old)) / (old.value + half_step(old)) * 100
    hi = (new.value + half_step(new) - old.value + half_step(old)) / (old.value - half_step(old)) * 100
    wrong_way = (up and hi < 0) or (down and lo > 0)
    tolerance = max(1.5, 0.1 * p.value) if p.approx else max(0.5, 0.03 * p.value)
    least, most = sorted((abs(lo), abs(hi)))  # a fall's lowest bound is its largest size
    if not wrong_way and (least - tolerance <= p.value <= most + tolerance or (lo < 0 < hi)):
        return None
    change = "rise" if actual > 0 else "fall"
    size = percent_text(abs(actual))
    return f"{old.text} to {new.text} is {an(size)} {size} {change}, not {p.text}."


def an(figure: str) -> str:
    """The article a figure takes as read aloud ("an 18% rise", "an 8% fall", "a 12% rise")."""
    whole = figure.split(".")[0].rstrip("%")
    return "an" if whole.startswith("8") or whole in ("11", "18") or (len(whole) in (5, 6) and whole.startswith(("11", "18"))) else "a"


def change_pairs(s: Sentence, p: Amount | None, percents: bool = False) -> list[tuple[Amount, Amount]]:
    """The (earlier, new) levels the sentence gives a change between: "from A to B", "to B from A", "B, up from A".

    A percentage is the change's size, unless `percents`: then levels that are percentages ("38 per cent, down from
    61 per cent") are read too."""
    pairs = []
    for a in s.amounts:
        if (a.unit == "percent" and not percents) or a is p:
            continue
        if s.lower(a.first - 1) == "from" or (s.lower(a.first - 1) == "of" and s.lower(a.first - 3) in ("a", "an", "the") and s.lower(a.first - 4) == "from"):
            b = paired(s, a, "to")  # "from 4,210 at the end of June last year to 3,660"; "from a peak of 52,000 to 39,000"
            if b is not None:
                pairs.append((a, b))
            elif (b := level_before_up_from(s, a, p)) is not None:
                pairs.append((a, b))
        elif (b := level_before_up_from(s, a, p)) is not None:
            pairs.append((a, b))  # "£240m, down 20% on last year's £300m"
        # "to an average of US$3,612, from US$3,790": the new level named as an average, a high or a low
        if s.lower(a.first - 1) == "to" or (s.lower(a.first - 1) == "of" and s.lower(a.first - 2) in LEVEL_NAMES and s.lower(a.first - 3) in ("a", "an")
                                             and s.lower(a.first - 4) == "to"):
            b = paired(s, a, "from")
            if b is not None:
                pairs.append((b, a))
    return pairs


# what a level may be named before its figure: "to an average of US$3,612", "to a record of 4,100"
LEVEL_NAMES = frozenset("average high low record".split())


THAT_IS = frozenset("is was represents represented marks marked means".split())


_MONTH_WORDS = frozenset("january february march april may june july august september october november december".split())


def paired(s: Sentence, a: Amount, word: str) -> Amount | None:
    """Return the amount of a's unit that "to" (or "from") introduces after a, with words of time or place between
    ("from 4,210 at the end of June last year to 3,660") but no other figure of its unit and no clause break."""
    k = a.last
    while (k := k + 1) < min(s.hi, a.last + 21):
        if s.tokens[k].text == "(" and (close := _conversion_end(s, a, k)):
            k = close  # "climbed to BDS$48.6 million (US$24.3 million), from $41.2 million": the level put in another money
            continue
        if s.tokens[k].text == "(" and s.lower(k + 2) == ")" and (s.tokens[k + 1].text.isupper() or _initials_before(s, k, s.lower(k + 1))):
            k += 2  # "to 5.11 million metric tons (MT) in the first quarter, from 4.82 million MT": an abbreviation defined
            continue  # ("1.61 million barrels per day (bpd)" too)
        other = s.at(k)
        if other is not None and same_unit(other, a):
            if s.lower(other.first - 1) == "or" or s.lower(other.last + 1) == "per":
                continue  # "$84.2 million, or $1.12 per share, …": the same figure put another way, or a rate
            return None
        if s.lower(k) == "to" and word != "to" and (s.lower(k + 1) in _MONTH_WORDS or s.lower(k + 1) == "date"
                                                   or s.lower(k + 1).isdigit() and s.lower(k + 2) in _MONTH_WORDS):
            continue  # "to 48,200 tonnes in the six months to December, from 41,500 tonnes", "in the year to 30 June 2025, from
            # £245.2m": a period's end, not a level
        if s.tokens[k].text in (";", ":", "(", ")") or s.lower(k) in ("and", "but", "while", "from", "to") and s.lower(k) != word:
            return None
        if s.lower(k) == word:
            b = s.amount_after(k + 1, ("the", "its", "their"))  # "to 15 million carats from the 20 million carats it planned"
            return b if b is not None and same_unit(a, b) else None
    return None


def _initials_before(s: Sentence, k: int, abbreviation: str) -> bool:
    """True when the words just before token k begin with the letters of an abbreviation ("barrels per day" (bpd))."""
    n = len(abbreviation)
    words = [s.lower(j) for j in range(k - n, k)]
    return 2 <= n <= 5 and abbreviation.isalpha() and all(w[:1] == c for w, c in zip(words, abbreviation))


def same_unit(a: Amount, b: Amount) -> bool:
    """True when two levels are in one unit; a bare "$" is the dollar the sentence has already named ("BDS$48.6 million …
    from $41.2 million": copy writes a country's dollar once and then "$")."""
    if a.unit == b.unit:
        return True
    return "$" in a.text and "$" in b.text and (a.text.startswith("$") or b.text.startswith("$"))


def _conversion_end(s: Sentence, a: Amount, opened: int) -> int | None:
    """The closing bracket of a conversion right after a level of money ("BDS$48.6 million (US$24.3 million)"): one
    amount in another currency and nothing else; None for any other bracket."""
    if a.unit in (None, "percent") or opened != a.last + 1:
        return None
    inside = s.at(opened + 1)
    if inside is None or inside.unit in (None, "percent", a.unit) or s.lower(inside.last + 1) != ")":
        return None
    return inside.last + 1


LEVEL_APPROX = ("about", "around", "roughly", "some", "nearly", "almost", "approximately")
COMPARED_WITH = (("compared", "with"), ("compared", "to"), ("against",), ("versus",), ("vs",), ("up", "from"), ("down", "from"))
_COMPARED_FIRST = frozenset(words[0] for words in COMPARED_WITH)


def sentences_of(ab: AnnotatedBlock) -> dict[int, Sentence]:
    """The sentences of a block that hold figures, outside quotes."""
    by: dict[int, list[Amount]] = {}
    for a in ab.amounts:
        if not ab.tokens[a.first].quoted:
            by.setdefault(ab.tokens[a.first].sentence, []).append(a)
    if not by:
        return {}  # no figure outside quotes (most paragraphs): no sentence's bounds need be read
    bounds: dict[int, list[int]] = {}
    for i, t in enumerate(ab.tokens):
        bounds.setdefault(t.sentence, [i, i])[1] = i + 1
    return {index: Sentence(ab, index, group, *bounds[index]) for index, group in by.items()}


_ADDS = frozenset("add adds added adding cost costs costing".split())


def _added_by(s: Sentence, a: Amount) -> bool:
    """True when a figure is what a change adds or costs ("an 8% increase would add about R142 million"), not a level."""
    k = a.first - 1
    while s.lower(k) in LEVEL_APPROX or s.lower(k) in ("a", "an", "extra", "another", "further"):
        k -= 1
    return s.lower(k) in _ADDS


_WORTH = frozenset("worth valued costing".split())


def level_pairs(s: Sentence) -> list[tuple[Amount, Amount]]:
    """The (earlier, new) levels a sentence gives: "from A to B", "B, up from A", and "B, compared with A" (or "against A")."""
    pairs = list(change_pairs(s, None))
    if not s.lowers & _COMPARED_FIRST:
        return pairs  # no word that opens a comparison: none of its phrases can be read at any token
    for a in s.amounts:
        if a.unit == "percent" or a.in_range or _added_by(s, a) or s.lower(a.last + 1) in _COMPARATIVES:
            continue  # ("1,950 fewer than in December, and down from 61,400": a difference, not a level)
        # "HK$17,100 per square foot after discounts, compared with about HK$18,400": a few words of the level's own
        # between, no other figure, and an approximation before the other level
        # ("6.94 million bags worth $2.31 billion, against 6.12 million bags": a figure of another unit telling its worth is
        # the level's own aside)
        reach = min(s.hi, a.last + 12, next((o.first for o in s.amounts if o.first > a.last and not (o.unit != a.unit and s.lower(o.first - 1) in _WORTH)), s.hi))
        for k in range(a.last + 1, reach):
            if s.lower(k) in _NEW_CLAUSE_VERBS or s.lower(k) in _BE_VERBS:
                break  # "which runs 27 food banks …, said the figure was up from 171,250": another clause's level
            words = next((w for w in COMPARED_WITH if s.phrase(k, w)), None)
            if words is None:
                continue
            b = s.amount_after(k + len(words), skip=LEVEL_APPROX)
            if b is not None and b.unit == a.unit and not b.in_range and (b, a) not in pairs:
                pairs.append((b, a))
            break
    return pairs
