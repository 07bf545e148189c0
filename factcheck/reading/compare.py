"""When two quantity facts are one quantity stated twice, and how their values differ.

Written once for every check that compares figures (number-conflict, the headline's
figures): the guards for different things, times, places and groups, running
totals, ranges, approximations, rounding and quotes live here, in the fact table's
terms, not in each check.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from ..language.numbers import NUMBER_WORDS
from .quantities import FUNCTION_WORDS, Quantity, same_person
from .tokens import NUMBER, WORD


def local_dollar(blocks, local_dollars: frozenset[str]) -> str | None:
    """The dollar a bare "$" stands for in this article: the one country's dollar it writes at least twice ("C$4.2
    million", "C$3.1 million"), when it writes no other; else None (a bare "$" stays the US dollar)."""
    if not local_dollars:
        return None
    written = Counter(a.unit for ab in blocks for a in ab.amounts if a.unit in local_dollars and not a.text.startswith("$"))
    if len(written) != 1:
        return None
    code, times = written.most_common(1)[0]
    return code if times >= 2 else None


def unit_of(amount, local: str | None) -> str | None:
    """An amount's unit, a bare "$" read as the article's own dollar (see local_dollar)."""
    if local and amount.unit == "USD" and amount.text.startswith("$"):
        return local
    return amount.unit


def same_key(a: Quantity, b: Quantity) -> bool:
    """True when two facts measure the same thing in the same unit."""
    return a.unit == b.unit and a.thing == b.thing


def comparable(a: Quantity, b: Quantity, publication_year: int | None, loose: bool = False, overlap: bool = False) -> bool:
    """True when two facts with one key can be one quantity: same happening, scope, time and modifiers.

    loose allows one mention to leave out a modifier the other has ("the 1,860 seats",
    "1,860 new seats"), which only a slip of the digits justifies; overlap lets the times the two
    sentences name differ when they share one (a slip again: "9.6 million passengers last year, up
    from 8.9 million in 2024" … "the 9.16 million passengers it carried last year"), or when only one
    names times and they are all years to come ("184 apartments" … "the first of the 148 apartments
    ready to lease by late 2027").
    """
    if not same_key(a, b):
        return False
    if a.verb and b.verb and a.verb != b.verb:
        return False  # "12 people killed", "40 people injured"
    if a.unit == "percent" and (a.verb is None) != (b.verb is None):
        return False  # "63.2 per cent of patients were seen within four hours", "62 per cent of patients began treatment …"
    if a.scope and b.scope and not a.scope & b.scope:
        return False  # "12 beds on ward 4", "20 beds on ward 6"
    if a.modifiers != b.modifiers and not (loose and (not a.modifiers or not b.modifiers)):
        return False  # "200 homes", "60 affordable homes"
    era_a, era_b = era(a, publication_year), era(b, publication_year)
    if era_a != era_b and not (loose and _background(a, b, publication_year)) and not (overlap and (era_a & era_b or _to_come(era_a, era_b, publication_year))):
        return False  # "in 2019 … killed 3", "killed 7"
    if a.unit == "age" and not (a.owner and b.owner and same_person(a.owner, b.owner)):
        return False  # whose age it is must be known, and the same person ("Stephen Harwood", "Claire Harwood" are two)
    if a.thing == "person" and not (a.verb and a.verb == b.verb):
        return False  # people are counted in many roles: only the same happening ("killed", "arrested") ties two counts
    return True


def era(q: Quantity, publication_year: int | None) -> frozenset[str]:
    """The times a fact's sentence puts it in ("2019", "last year"), when they are not the publication's own."""
    if q.unit not in ("count", "percent", "age") or not q.times:
        # an amount of money or a measure names a thing ("the £1.5bn upgrade") whatever year the sentence is about
        return frozenset()
    if q.unit == "age":
        if q.now:
            return frozenset()  # "the 45-year-old had been warned in 2019": the epithet is her age now
        years = frozenset(t for t in q.times if t.isdigit())  # an age at another year; "this season" says nothing of age
        return frozenset() if publication_year is not None and years <= {str(publication_year)} else years
    if publication_year is not None:
        named = {"this year": str(publication_year), "last year": str(publication_year - 1), "next year": str(publication_year + 1)}
        times = frozenset(named.get(t, t) for t in q.times)
        return frozenset() if times == {str(publication_year)} else times
    return q.times


# A year this long before publication, named in one sentence only, is background ("the school, which opened in 1911").
_BACKGROUND_YEARS = 10


def _background(a: Quantity, b: Quantity, publication_year: int | None) -> bool:
    """True when only one of two facts names a time, and every time it names is a year long before publication.

    "The school, which opened in 1911, has 914 pupils" … "Pentreath has 194 pupils": the year dates the
    school, not the count. Used only where the digits are a slip of each other, which a count of another
    era would not be by chance.
    """
    return _background_times(a.times, b.times, publication_year)


def _background_times(a: frozenset[str], b: frozenset[str], publication_year: int | None) -> bool:
    if publication_year is None or (a and b) or not (a or b):
        return False
    return all(t.isdigit() and int(t) <= publication_year - _BACKGROUND_YEARS for t in a or b)


def _to_come(a: frozenset[str], b: frozenset[str], publication_year: int | None) -> bool:
    """True when only one of two facts names a time, and every time it names is a year still to come: "the first of
    the 148 apartments ready to lease by late 2027" … "184 apartments": the year dates what will happen to the thing."""
    if publication_year is None or (a and b) or not (a or b):
        return False
    return all(t.isdigit() and int(t) > publication_year for t in a or b)


def usable(q: Quantity) -> bool:
    """True when a fact states a figure plainly enough to be compared at all."""
    a = q.amount
    return not (q.quoted or q.changing or a.in_range or a.value <= 1)


def agree(a: float, b: float, digits_a: str, digits_b: str) -> bool:
    """True when two values are the same figure, allowing the rounding a sub-editor accepts ("£1.24m", "£1.2m")."""
    if math.isclose(a, b, rel_tol=1e-9):
        return True
    coarse = min(significant_digits(digits_a, a), significant_digits(digits_b, b))
    return _round(a, coarse) == _round(b, coarse)


def significant_digits(digits: str, value: float) -> int:
    """How many digits of a written figure count ("1,900" has two: it may round 1,860; below 100 every digit counts)."""
    d = digits.rstrip("0") if value == int(value) and value >= 100 else digits
    return max(len(d), 1)


def _round(value: float, significant: int) -> float:
    if value == 0:
        return 0.0
    return round(value, -int(math.floor(math.log10(abs(value)))) + significant - 1)


def slip(a: str, b: str) -> str | None:
    """Return how one written figure is a slip of the other's digits ("transposed", "dropped", "doubled", "changed"), or None.

    Only figures of three digits or more count (two for a swap): a one-digit change
    between small numbers ("12", "14") is just another number.
    """
    if not a or not b or a == b:
        return None
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) == len(short) + 1 and long_ == short + "0" and len(short.rstrip("0")) >= 2:
        return "a zero dropped or added"  # "1,350kg" and "135kg"; not "£2m" and "£20m"
    if "." not in a and "." not in b:
        # only the zeros both end with are dropped: "100,000" and "one million" differ by a power of ten, and
        # "220" is not "212" with a digit dropped
        common = min(len(a) - len(a.rstrip("0")), len(b) - len(b.rstrip("0")))
        a, b = a[: len(a) - common], b[: len(b) - common]
    if not a or not b or a == b:
        return None
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return "digits transposed"
        if len(a.replace(".", "")) >= 4 and 2 <= len(diff) <= 3 and sorted(a) == sorted(b) and a.find(".") == b.find("."):
            return "digits rearranged"  # "186,300" and "163,800", "1.612" and "1.216": a long figure's digits out of order
        if len(diff) == 1 and len(a) >= 3:
            return "one digit changed"
        return None
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1 or len(short) < 2:
        return None
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1 :] == short:
            doubled = (i > 0 and long_[i] == long_[i - 1]) or (i + 1 < len(long_) and long_[i] == long_[i + 1])
            return "a digit doubled" if doubled else "a digit dropped or added"
    return None


def amount_slip(a, b) -> str | None:
    """The slip of the digits between two amounts (see `slip`), when their values are of one size: a slip moves a
    figure by a power of ten at most, so "8.5 tonnes" is no slip of "1.85 lakh tonnes" (185,000)."""
    if a.value and b.value and not (1 / 20 <= a.value / b.value <= 20):
        return None
    short, long_ = sorted((a.digits, b.digits), key=len)
    if a.value and b.value and len(long_) == len(short) + 1 and long_[:-1] == short and 0.9 <= a.value / b.value <= 1.1:
        return None  # "1.86 million" and "1.8 million": a last digit left off keeps the size, a figure cut short or another
    return slip(a.digits, b.digits)


# How many words either side of a figure, within its sentence, say what it is about.
_CONTEXT_WORDS = 6


_NEW_CLAUSE = frozenset({"and", "while", "whereas", "but"})
_INCREMENT_WORDS = frozenset({"extra", "another", "additional", "further"})
_YEARLY = frozenset({"annually", "yearly"})


def context_words(tokens, amount, amounts=(), same: dict[str, str] | None = None) -> frozenset[str]:
    """The content words near a figure in its sentence, cut to five letters ("extra", "nhs", "stole"): what it is about.

    The words of other figures ("crore" of "₹2,259 crore") say nothing of what this one measures. `same` names a word
    by the first of its group ("receipts" and "sales" are both revenue)."""
    sentence = tokens[amount.first].sentence
    # twice as many tokens as words, for the punctuation between them; a clause opened past another figure is another
    # figure's ("revenue rose 6.2% to ₹55,610 crore …, and net profit stood at …": no profit of the 6.2%)
    lo, hi = max(0, amount.first - _CONTEXT_WORDS * 2), min(len(tokens), amount.last + 1 + _CONTEXT_WORDS * 2)
    inside = {k for a in amounts if a.last >= lo and a.first < hi for k in range(a.first, a.last + 1)}
    after_other = next((a.last for a in amounts if a.first > amount.last and not a.spelled), None)
    if after_other is not None:
        hi = min([hi, *(k for k in range(after_other + 1, min(hi, len(tokens) - 1)) if tokens[k].text in (";", ",") and tokens[k + 1].lower in _NEW_CLAUSE)])
    before_other = next((a.first for a in reversed(amounts) if a.last < amount.first and not a.spelled), None)
    if before_other is not None:
        lo = max([lo, *(k + 1 for k in range(lo, before_other) if tokens[k].text in (";", ",") and tokens[k + 1].lower in _NEW_CLAUSE)])
    near = [t for k, t in [*zip(range(lo, amount.first), tokens[lo : amount.first]), *zip(range(amount.last + 1, hi), tokens[amount.last + 1 : hi])] if k not in inside]
    words = [t.lower for t in near if t.sentence == sentence and t.kind == WORD and len(t.lower) >= 3 and t.lower not in FUNCTION_WORDS]
    # one sense however worded: an increment ("an extra $137" … "another $173") and a yearly sum ("on the annual bill" …
    # "$173 a year")
    k = amount.first - 1
    while k >= 0 and tokens[k].lower in ("a", "an"):
        k -= 1
    marks = {"+more"} if k >= 0 and tokens[k].lower in _INCREMENT_WORDS else set()
    after = [t.lower for t in tokens[amount.last + 1 : amount.last + 3]]
    if after and after[0] in _YEARLY or after[:1] in (["a"], ["per"], ["each"], ["every"]) and after[1:] == ["year"] or {"annual", "yearly"} & set(words):
        marks.add("+year")
    return frozenset((same.get(w, w) if same else w)[:5] for w in words) | marks


def _repeats_results(ab, a, eab, race_blocks: dict[float, set[int]]) -> bool:
    """True when a race time is another's with two digits swapped, in another block that gives other race times, each of
    them written elsewhere in the article too: a results list repeating the report's times ("crossed the line in 29
    minutes 41.36 seconds" … "Protheroe was second in 30:09.80" … "1 R Pryce 29:14.36; 2 I Protheroe 30:09.80"), so the
    one time it changes is the same runner's."""
    if a.unit != "race-time" or eab is ab:
        return False
    others = [x for x in ab.amounts if x.unit == "race-time" and x is not a]
    return bool(others) and all(race_blocks.get(round(x.value, 2), set()) - {id(ab)} for x in others)


def _refers_back_to(ab, a, eab, e) -> bool:
    """True when a count refers back to what an earlier count of the same thing measured ("has vehicle deck space for 142
    cars" … "the 124-car ferry"; "sold 1,248 homes in Singapore" … "The 1,428 homes it sold"): one thing, whatever the
    times written beside each; not a figure of change, nor one whose earlier figure is changing."""
    later = next((q for q in ab.quantities if q.amount is a), None)
    first = next((q for q in eab.quantities if q.amount is e), None)
    return (later is not None and first is not None and later.unit == first.unit == "count" and later.thing == first.thing
            and later.definite and not later.changing and not first.changing and later.verb not in _CHANGE_VERBS)


_CHANGE_VERBS = frozenset({"cut", "added", "rose", "fell", "increased", "decreased"})


def transposed_pairs(blocks, publication_year: int | None, local: str | None = None, headlines=(), money: frozenset[str] = frozenset()) -> list[tuple[object, object, object, object]]:
    """Pairs (block, amount, earlier block, earlier amount) of one amount written twice with two digits swapped.

    "£7.4bn extra for the NHS" … "an extra £4.7bn" for the NHS; "stole £88,400 from residents" … "stole
    £84,800": the same unit and scale, the digits of one the other's with two neighbours swapped, in
    different sentences, and at least one content word in common near each (what the figure is about).
    Only amounts of money, percentages, measures and counts of three significant digits or more; not
    quoted, approximate, ranges, or values written a third time, or a third value of the same digits one swap from either
    (then the figures are several, not one slipped: "471 yards of total offense" is no third value of 147 and 174), and
    not when the times written nearest each differ ("last season's final"), unless the only one is a year long past.
    An amount of money scaled to millions or more needs only two significant digits ("Rs 25 crore" … "Rs 52
    crore budget"). The headlines (each figure once, however many times the headline is stated) are
    compared as the earlier mention only ("Manager who stole £88,400 …" … "stole £84,800").
    """
    amounts = []
    from_headline: set[int] = set()
    headline_figures: set[tuple] = set()
    for ab in [*headlines, *blocks]:
        for a in ab.amounts:
            if ab.tokens[a.first].quoted or a.approx and len(a.digits.strip("0").replace(".", "")) < 4 or a.in_range or a.spelled or a.value <= 1:
                continue  # ("some 13,480 registered smallholders": a hedge on a figure of four digits or more is a habit, not a round)
            if a.unit is None and _paired(ab.tokens, a):
                continue  # "At 136 for two in the 29th over": an innings' state at a moment, half of a pair, not one figure
            significant = len(a.digits.strip("0").replace(".", ""))
            # ("Rs 3,900" … "Rs 3,090": a sum of four figures whose zero moved is one slipped, its round digits aside)
            if significant < (2 if a.unit and ("." in a.text or (a.unit in money and (a.value >= 1e6 or len(a.digits) >= 4))) else 3):
                continue
            if ab in headlines:
                if (unit_of(a, local), round(a.value, 6)) in headline_figures:
                    continue  # the <title> and the h1 state one headline
                headline_figures.add((unit_of(a, local), round(a.value, 6)))
                from_headline.add(id(a))
            amounts.append((ab, a))
    written = Counter((unit_of(a, local), round(a.value, 6)) for _, a in amounts)
    counted_nouns = Counter(_noun_after(ab, a) for ab in blocks for a in ab.amounts if a.unit is None)
    race_blocks: dict[float, set[int]] = defaultdict(set)
    for ab, a in amounts:
        if a.unit == "race-time":
            race_blocks[round(a.value, 2)].add(id(ab))
    # a transposition keeps the digits: only amounts of one unit with the same digits in another order are compared
    same_digits: dict[tuple, list] = defaultdict(list)
    for ab, a in amounts:
        same_digits[(unit_of(a, local), "".join(sorted(a.digits.replace(".", ""))))].append((ab, a))
    # the years the opening paragraph names: what a figure with no time of its own is of ("copper output rose … in 2025")
    story_years = frozenset(int(p) for _, p in blocks[0].time_marks if p.isdigit()) if blocks else frozenset()
    pairs = []
    for group in same_digits.values():
        for j, (ab, a) in enumerate(group):
            if id(a) in from_headline or written[(unit_of(a, local), round(a.value, 6))] != 1:
                continue  # the slipped figure is written once; the figure it slips from may be written again
            for eab, e in group[:j]:
                if eab is ab and ab.tokens[e.first].sentence == ab.tokens[a.first].sentence:
                    continue
                how = slip(e.digits, a.digits)
                if how == "digits rearranged" and (owner := _owner_before(ab, a)) is not None and owner == _owner_before(eab, e):
                    how = "digits transposed"  # "Western North's 186,300 tonnes" … "Western North's 163,800 tonnes": one owner's figure
                if how != "digits transposed" or (a.unit != "race-time" and not math.isclose(a.value / e.value, _digit_ratio(a.digits, e.digits), rel_tol=1e-6)) \
                        or (a.unit == "race-time" and not _repeats_results(ab, a, eab, race_blocks)):
                    continue  # "£7.4bn" and "£4.7m" are not one figure; two race times are two swims unless a results list repeats the report
                if len({round(x.value, 6) for _, x in group if x is not a and (math.isclose(x.value, e.value) or slip(x.digits, a.digits) == "digits transposed"
                                                                              or slip(x.digits, e.digits) == "digits transposed")}) > 1:
                    break  # a third set of the same digits one swap away: the figures are several, not one slipped ("471 yards of
                    # total offense" is no third value of "147 yards" and "174 yards")
                if any(x is not a and math.isclose(x.value, e.value) and unit_of(x, local) == unit_of(e, local) for x in ab.by_sentence[ab.tokens[a.first].sentence][0]):
                    break  # "With the GH¢2.1 million raised before and Saturday's GH¢1.2 million": the sentence gives both (a
                    # rounder figure near the other, "a guidance range of US$1,300 to US$1,400", is another figure)
                if _sizes_of_things(a, e, money):
                    # "the 1,026,000-megalitre dam" … "Burrinjuck, a 1,062,000-megalitre storage, full three years ago": a
                    # measure made a compound describes what a thing is, whenever the sentence is set
                    pairs.append((ab, a, eab, e))
                    break
                times, earlier_times = ab.times_of(a), eab.times_of(e)
                back = _refers_back_to(ab, a, eab, e)
                # a measure joined to its thing ("the 45,800-hectare Mngeta scheme") is the thing's size whatever its sentence dates
                timeless = any(x.compound and x.unit and x.unit not in money for x in (a, e))
                if times != earlier_times and not back and not timeless and not _background_times(times, earlier_times, publication_year) and not _anchored(ab, a, eab, e) \
                        and not one_time(ab, a, eab, e, publication_year) and not _the_story_year(ab, a, eab, e, publication_year, story_years):
                    continue  # "post 287 for 6" … "chasing down 278 in last season's final": another time, another figure
                same = ab.knowledge.refer_back if a.unit in money else None  # "earned $14.6 million from the sales" … "receipts of $16.4 million"
                shared = context_words(ab.tokens, a, ab.amounts, same) & context_words(eab.tokens, e, eab.amounts, same) - _NO_THING
                if shared and not back and _one_name_two_counts(ab, a, eab, e, shared, counted_nouns):
                    continue  # "Israr struck a commanding 112" … "Israr faced 121 balls": one person's two figures
                if back or shared or a.unit == "race-time" or _long_count(a, e):
                    pairs.append((ab, a, eab, e))
                    break
    order = {id(ab): k for k, ab in enumerate([*headlines, *blocks])}
    pairs.sort(key=lambda pair: (order[id(pair[0])], pair[1].start))  # in reading order of the later mention
    return pairs


# words near a figure that say how it is, not what: "₹38,400 crore for new lines" … "helped by new services" share no thing
_NO_THING = frozenset(w[:5] for w in "new old other same total first last next latest recent current own".split())


def _owner_before(ab, a) -> str | None:
    """The possessive written just before a figure ("Western North's"), lower case, or None."""
    word = ab.tokens[a.first - 1].lower if a.first > 0 else ""
    return word if word.endswith(("'s", "\u2019s")) else None


def _long_count(a, e) -> bool:
    """True when two plain counts of five significant digits or more are one another transposed ("736,755" … "763,755"):
    so long a run of digits is one figure slipped, whatever the words around each."""
    return a.unit is None and e.unit is None and not (a.spelled or e.spelled) and len(a.digits.rstrip("0")) >= 5 and len(e.digits.rstrip("0")) >= 5


def _one_name_two_counts(ab, a, eab, e, shared: frozenset[str], counted_nouns: Counter) -> bool:
    """True when two plain counts share only a name near each, and one is written before a noun the article counts with other
    figures too and the other is not ("a commanding 112" … "faced 121 balls", "off 29 balls"): a person or side has many
    figures, and the noun says which this one is."""
    if a.unit is not None or e.unit is not None:
        return False
    names = {t.lower[:5] for x in (ab, eab) for t in x.tokens if t.capitalised}
    if not shared <= names:
        return False
    nouns = [_noun_after(ab, a), _noun_after(eab, e)]
    return nouns[0] != nouns[1] and any(counted_nouns[n] >= 2 for n in nouns if n and n not in FUNCTION_WORDS)


def _noun_after(ab, a) -> str:
    """The word just after a figure, when a word."""
    return ab.tokens[a.last + 1].lower if a.last + 1 < len(ab.tokens) and ab.tokens[a.last + 1].kind == WORD else ""


def _sizes_of_things(a, e, money: frozenset[str]) -> bool:
    """True when both amounts are a measure joined to its noun by a hyphen ("a 310-metre bridge"), of one unit of measure
    (not money, a share, a count or an age)."""
    return bool(a.compound and e.compound and a.unit and a.unit == e.unit and a.unit not in money
                and a.unit not in ("percent", "race-time") and a.compound == e.compound and a.compound != "year-old")


def dropped_digit_pairs(blocks, local: str | None = None) -> list[tuple[object, object, object, object]]:
    """Pairs (block, amount, earlier block, earlier amount) of one exact figure written twice, the later with one digit of the
    earlier dropped ("to 58,316 at the end of December" … "the waiting list, which stood at the end of December at
    5,836"): the shorter of four significant digits or more, neither written a third time nor approximate, in different
    sentences that name the same times, with a content word in common near each (two when neither names a time: "end",
    "December")."""
    amounts = []
    for ab in blocks:
        for a in ab.amounts:
            if ab.tokens[a.first].quoted or a.approx or a.in_range or a.spelled or "." in a.digits or a.unit == "race-time":
                continue
            if a.unit is None and _paired(ab.tokens, a):
                continue
            if len(a.digits.rstrip("0")) >= 4:
                amounts.append((ab, a))
    written = Counter((unit_of(a, local), round(a.value, 6)) for _, a in amounts)
    by_digits: dict[tuple, list] = defaultdict(list)
    for ab, a in amounts:
        by_digits[(unit_of(a, local), a.digits)].append((ab, a))
    pairs = []
    for eab, e in amounts:
        unit = unit_of(e, local)
        if written[(unit, round(e.value, 6))] > 2:
            continue
        for digits in {e.digits[:i] + e.digits[i + 1 :] for i in range(len(e.digits))}:
            for ab, a in by_digits.get((unit, digits), ()):
                if written[(unit, round(a.value, 6))] != 1 or (ab is eab and ab.tokens[a.first].sentence == ab.tokens[e.first].sentence):
                    continue
                if (ab is eab and a.start < e.start) or (ab is not eab and blocks.index(ab) < blocks.index(eab)):
                    continue  # the slip is the later mention
                if slip(e.digits, a.digits) != "a digit dropped or added" or not math.isclose(e.value / a.value, _digit_ratio(e.digits, a.digits), rel_tol=1e-6):
                    continue
                times = ab.times_of(a)
                if times != eab.times_of(e):
                    continue
                if len(context_words(ab.tokens, a, ab.amounts) & context_words(eab.tokens, e, eab.amounts)) >= (1 if times else 2):
                    pairs.append((ab, a, eab, e))
    return pairs


def _paired(tokens, a) -> bool:
    """True when a bare count is the first of a pair written "N for M" ("136 for two", "four for 38"): runs for wickets
    or wickets for runs, a state that moves with every ball, compared as a pair or not at all."""
    k = a.last + 1
    if k + 1 >= len(tokens) or tokens[k].lower != "for" or tokens[k + 1].sentence != tokens[a.first].sentence:
        return False
    after = tokens[k + 1]
    return after.kind == NUMBER or after.lower in NUMBER_WORDS


def _years_of(ab, amount, publication_year: int) -> tuple[frozenset[int], bool] | None:
    """The years an amount's times name, "next year" and "last year" counted from the publication, and whether one of
    them is a financial year written as two ("2026-27"); None when a time is not a year."""
    times = ab.times_of(amount)
    relative = {"last year": publication_year - 1, "next year": publication_year + 1, "the previous year": publication_year - 1}
    years, span = set(), False
    for phrase in times:
        if phrase in relative:
            years.add(relative[phrase])
        elif phrase.isdigit():
            years.add(int(phrase))
        else:
            return None
    tokens = ab.tokens
    for i, phrase in ab.time_marks:
        if phrase.isdigit() and phrase in times and i + 2 < len(tokens) and tokens[i + 1].text in ("-", "\u2013", "/") \
                and tokens[i + 1].glued and tokens[i + 2].glued and tokens[i + 2].text == f"{(int(phrase) + 1) % 100:02d}":
            years.add(int(phrase) + 1)  # "the budget for 2026-27": a financial year runs into the next
            span = True
    return frozenset(years), span


def one_time(ab, a, eab, e, publication_year: int | None) -> bool:
    """True when the times that date two amounts are one time written two ways: "for 2026-27" in a piece of February
    2026 and "for next year" are the same financial year."""
    if publication_year is None:
        return False
    x, y = _years_of(ab, a, publication_year), _years_of(eab, e, publication_year)
    if x is None or y is None or not x[0] or not y[0]:
        return False
    return x[0] == y[0] or ((x[1] or y[1]) and (x[0] <= y[0] or y[0] <= x[0]))


def _the_story_year(ab, a, eab, e, publication_year: int | None, story_years: frozenset[int]) -> bool:
    """True when one of two amounts has no time of its own and the other's one year is the year the opening paragraph
    names ("Kansanshi produced 182,400 tonnes" in a report of 2025 output … "the 184,200 tonnes mined there last year"),
    or when the two share a time and differ only by that year ("in April-September 2026, the first half" … "The first-half
    output")."""
    extra = ab.times_of(a) ^ eab.times_of(e)
    if ab.times_of(a) & eab.times_of(e) and all(p.isdigit() and int(p) in story_years for p in extra):
        return True
    if publication_year is None or bool(ab.times_of(a)) == bool(eab.times_of(e)):
        return False
    years = _years_of(ab, a, publication_year) if ab.times_of(a) else _years_of(eab, e, publication_year)
    return years is not None and len(years[0]) == 1 and years[0] <= story_years


def _anchored(ab, a, eab, e) -> bool:
    """True when the sentences of two amounts each give another figure of one value and unit, of two digits or more
    ("cheating 38 home buyers of ₹4.6 crore" … "the 38 buyers together paid ₹6.4 crore between 2022 and 2024"):
    the two tell one event, whatever times one of them adds."""
    def others(block, amount):
        return {(x.unit, round(x.value, 6)) for x in block.by_sentence[block.tokens[amount.first].sentence][0]
                if x is not amount and not x.approx and not x.in_range and x.value >= 10}
    return bool(others(ab, a) & others(eab, e))


def places_kept(a, b) -> bool:
    """True when two figures' values stand as their digits do ("£4.3m" and "£3.4m"; not "$3.1 million" and "$13 million",
    nor "N148bn" and "N18.4 billion"): a swap of digits keeps the decimal point where it was."""
    da, db = float(a.digits.replace(".", "") or 0), float(b.digits.replace(".", "") or 0)
    return bool(da and db and b.value) and abs(a.value / b.value - da / db) <= 0.01 * (da / db)


def _digit_ratio(a: str, b: str) -> float:
    """The ratio of two figures' digits read as numbers, decimal points dropped ("74"/"47")."""
    return float(a.replace(".", "")) / float(b.replace(".", ""))
