"""Which mentions of a sum of money, in different sentences, are one sum.

Real copy names a sum once and refers back to it later with another noun or none: "£14.2 million in public
research funding" … "The funding is split between the three centres: …"; "J$88 billion in new spending" … "The
new money is divided …"; "Profit after tax fell to Sh1.23 billion" … "The fall in net profit to Sh1.32 billion";
"£3.1 million from the council's own capital programme" … "the council's £3.6 million contribution".

`money_mentions` reads, from each prose block's tokens, the mentions of a sum: an amount with a currency and the
noun it is of ("£14.2 million in … funding", "net profit of Sh1.23 billion", "the £260m deal", "the offer values
the company at £206m", "Profit … fell to Sh1.23 billion"), an amount with its owner ("£3.1 million from the
council's own …"), and a definite noun with no figure that opens its sentence ("The funding is split …").
`link` ties each definite mention ("the", "this", "that", "its", an owner's) to the one earlier sum it can be:
the same owner first, else the same head noun, else a noun of the same group in `refer-back`
(rules/quantities.yaml). A tier that holds two or more different values leaves the mention unlinked (two deals,
a revision, a running total), and so does an indefinite or new mention ("a", "another", "a further", "the
revised", "the remaining"), a mention whose qualifiers the earlier one lacks, a sum in another unit (a
conversion), a mention inside quotes, and a sum of another year.
"""

from __future__ import annotations

from dataclasses import dataclass

from .compare import agree
from .quantities import FUNCTION_WORDS, Amount, singular
from .tokens import WORD

_DEFINITE = frozenset("the this that these those its their".split())
_INDEFINITE = frozenset("a an another".split())
#: Words in a mention that make it a new or other sum, not one named before.
_NEW = frozenset(
    "another further additional extra remaining original initial earlier previous latest first second third "
    "final separate other total overall combined current last next proposed expected estimated planned".split()
)
#: Qualifiers a later mention may add or drop without naming another sum ("net profit" of "profit after tax").
_NEUTRAL = frozenset("net own full whole entire".split()) | {"after tax"}
#: Words that say a sum changed or is of another time: a mention in a sentence with one is left alone.
_CHANGED = frozenset("now raised increased reduced cut trimmed topped boosted lifted corrected so far".split())
#: Qualifiers that make a definite mention the level a change reached ("the revised kitty of KSh 185 million").
_REVISED = frozenset("revised updated increased raised reduced enlarged expanded higher lower bigger smaller".split())
#: Verbs that change a sum they take as object ("increases the county bursary fund to KSh 180 million from KSh 150 million").
_CHANGING_VERBS = frozenset("increases increased raises raised cuts cut reduces reduced lifts lifted boosts boosted lowers lowered trims trimmed".split())
_CHANGE_NOUNS = frozenset("fall rise increase decrease drop decline growth jump slump".split())
_CHANGE_VERBS = frozenset("fell rose dropped declined climbed jumped slumped grew increased decreased slid plunged surged".split())
_LEVEL_VERBS = frozenset("was is stood stands came comes reached reaches totalled totaled totals amounted amounts".split())
_ADVERBS = frozenset("now currently already still also finally eventually".split())
_VALUE_VERBS = frozenset("values valued value valuing".split())
_WORTH = ("worth",)  # "the deal, worth S$412.6 million": the deal's value
_FROM_BEFORE = frozenset("from initially originally first previously".split())
#: Words between a verb and the sum it names ("borrow about $48 million", "spend a further £2m").
_BEFORE_SUM = frozenset("about around roughly some nearly almost just up to an a another further extra additional".split())
_CLAUSE_BREAKS = frozenset((".", ";", ":", "(", ")", "\u2014", "\u2013", "?", "!"))


@dataclass(frozen=True, slots=True)
class MoneyMention:
    """One mention of a sum: its amount (None for a noun with no figure), the noun it is of and its owner."""

    block: object  # the AnnotatedBlock
    order: int  # reading order over the article
    sentence: int
    first: int  # the mention's first token
    amount: Amount | None
    noun: str | None  # singular head noun ("funding", "profit"), None when only the owner says what it is
    owner: str | None  # "council" in "the council's £3.6 million contribution", "£3.1 million from the council's own …"
    modifiers: frozenset[str]
    definite: bool  # refers back: "the", "this", "its", an owner's
    new: bool  # says it is another sum: "a further", "the revised", "the remaining"
    level: str = "plain"  # "new" after a change ("fell to", "the revised …"), "old" before one ("from", "initially")
    quoted: bool = False
    years: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Link:
    """A definite mention and the one earlier mention of the same sum it refers back to, and by what evidence."""

    mention: MoneyMention
    antecedent: MoneyMention
    by: str  # "owner", "noun" or "group"


def _possessor(word: str) -> str | None:
    for suffix in ("'s", "\u2019s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return None


class _Walk:
    """The tokens of one block and its amounts of money, by token."""

    def __init__(self, ab, refer_back: dict[str, str]) -> None:
        self.ab = ab
        self.t = ab.tokens
        self.n = len(self.t)
        self.nouns = refer_back
        self.money = {a.first: a for a in ab.amounts if _currency(a)}
        self.covering = {k: a for a in self.money.values() for k in range(a.first, a.last + 1)}

    def lower(self, i: int) -> str:
        return self.t[i].lower if 0 <= i < self.n else ""

    def same_sentence(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.t[i].sentence == self.t[j].sentence

    def noun_at(self, i: int) -> str | None:
        if not (0 <= i < self.n) or self.t[i].kind != WORD:
            return None
        word = singular(self.t[i].lower)
        return word if word in self.nouns else None

    def phrase_before(self, k: int) -> tuple[int, frozenset[str], str | None, bool, bool, Amount | None]:
        """Read leftwards from the noun at k: (first token, modifiers, owner, definite, new, amount inside the phrase)."""
        modifiers: set[str] = set()
        owner, definite, new, amount = None, False, False, None
        j = k - 1
        first = k
        while j >= 0 and self.same_sentence(j, k):
            low = self.lower(j)
            if j in self.covering and amount is None:
                amount = self.covering[j]
                first = j = amount.first
                j -= 1
                continue
            if low in _DEFINITE:
                definite, first = True, j
                break
            if low in _INDEFINITE:
                new, first = low != "the", j
                break
            owned = _possessor(low)
            if owned is not None:
                owner, definite, first = owned, True, j
                if self.lower(j - 1) in _DEFINITE:
                    first = j - 1
                break
            if self.t[j].kind == WORD and low not in FUNCTION_WORDS and not self.t[j].capitalised and len(modifiers) < 4:
                modifiers.add(low)
                first = j
                j -= 1
                continue
            if self.t[j].kind == WORD and low in ("further", "additional", "extra", "other", "remaining") :
                modifiers.add(low)
                first = j
                j -= 1
                continue
            break
        new = new or bool(modifiers & _NEW)
        return first, frozenset(modifiers), owner, definite, new, amount

    def post_qualifiers(self, k: int) -> frozenset[str]:
        """Words right after a noun that narrow it ("profit before tax", "profit after tax")."""
        if self.lower(k + 1) in ("before", "after") and self.lower(k + 2) in ("tax", "taxation", "interest"):
            return frozenset({f"{self.lower(k + 1)} {self.lower(k + 2)}"})
        return frozenset()

    def past_aside(self, comma: int, within: int = 25) -> int:
        """The token after an aside opened by the comma at `comma` and closed by the next one in its sentence, with no
        sum in it ("The offer, announced after the market closed on Monday (Feb 9), values …"); `comma` itself when none."""
        for m in range(comma + 1, min(self.n, comma + within + 1)):
            if not self.same_sentence(m, comma) or self.t[m].text in (".", ";", ":", "?", "!") or m in self.covering:
                return comma
            if self.t[m].text == ",":
                return m + 1
        return comma

    def amount_after(self, k: int, within: int = 8, words: tuple[str, ...] = ("to", "at", "of"), past: Amount | None = None) -> Amount | None:
        """The first sum after token k behind one of `words`, with no clause break or other sum between (but `past`)."""
        for m in range(k + 1, min(self.n, k + within + 1)):
            if not self.same_sentence(m, k) or self.t[m].text in _CLAUSE_BREAKS:
                return None
            if m in self.covering and (past is None or self.covering[m] is not past):
                return None
            if self.lower(m) in words:
                after = m + 1
                while self.lower(after) in ("about", "around", "roughly", "some", "nearly", "almost", "just", "over", "under", "an", "estimated"):
                    after += 1
                return self.money.get(after)
        return None


def _currency(a: Amount) -> bool:
    return a.unit is not None and len(a.unit) == 3 and a.unit.isupper() and not a.in_range


def _rate(walk: _Walk, a: Amount) -> bool:
    """True for a sum per something ("245p a share", "£4.20 a visit"), not for "Sh1.50 billion a year earlier"."""
    after = walk.lower(a.last + 1)
    if after in ("per", "each", "apiece"):
        return True
    return after in ("a", "an") and walk.lower(a.last + 3) not in ("earlier", "ago", "before", "later", "on")


def money_mentions(annotation, blocks=None) -> list[MoneyMention]:
    """Every mention of a sum of money in the article's prose (or in the given prose blocks), in reading order."""
    refer_back = annotation.quantity_knowledge.refer_back
    sum_verbs = annotation.quantity_knowledge.sum_verbs
    if not refer_back:
        return []
    out: list[MoneyMention] = []
    for ab in annotation.prose if blocks is None else blocks:
        walk = _Walk(ab, refer_back)
        found: dict[tuple[int, int | None], MoneyMention] = {}

        def add(first: int, amount: Amount | None, noun: str | None, owner: str | None, modifiers, definite: bool, new: bool, level: str = "plain") -> None:
            if amount is not None and _rate(walk, amount):
                return
            key = (amount.first if amount else -1, None if amount else first)
            if key in found and found[key].noun is not None:
                return
            anchor = amount.first if amount is not None else first
            found[key] = MoneyMention(ab, 0, walk.t[anchor].sentence, first, amount, noun, owner, frozenset(modifiers), definite, new, level,
                                      walk.t[anchor].quoted, _years(ab, walk.t[anchor].sentence))

        for k in range(walk.n):
            noun = walk.noun_at(k)
            if noun is None:
                continue
            first, modifiers, owner, definite, new, amount = walk.phrase_before(k)
            modifiers |= walk.post_qualifiers(k)
            revised = "new" if modifiers & _REVISED else "plain"
            modifiers -= _REVISED
            # "increases the county bursary fund to KSh 180 million from KSh 150 million": a change stated, no reference back
            if amount is None and walk.lower(first - 1) in _CHANGING_VERBS:
                level = walk.amount_after(k, 4, ("to",))
                if level is not None:
                    add(first, level, noun, owner, modifiers, False, new, "new")
                    old = walk.amount_after(k, 12, ("from",), past=level)
                    if old is not None:
                        add(first, old, noun, owner, modifiers, False, new, "old")
                continue
            before = walk.lower(k - 1)
            # "the fall in net profit to Sh1.32 billion": the new level of the change, referred back to
            if before != "" and walk.lower(first - 1) == "in" and walk.lower(first - 2) in _CHANGE_NOUNS and amount is None:
                level = walk.amount_after(k, 6, ("to",))
                if level is not None:
                    _, _, _, change_definite, change_new, _ = walk.phrase_before(first - 2)
                    add(first, level, noun, owner, modifiers, change_definite, change_new, "new")
                continue
            # "£14.2 million in public research funding", "J$88 billion in new spending"
            if amount is None and walk.lower(first - 1) == "in" and (first - 2) in walk.covering:
                amount = walk.covering[first - 2]
                add(amount.first, amount, noun, owner, modifiers, False, new or bool(modifiers & _NEW))
                continue
            if amount is not None:  # "the £260m deal", "the council's £3.6 million contribution"
                add(first, amount, noun, owner, modifiers, definite, new, "new" if revised == "new" else _level(walk, amount))
                continue
            # "net profit of Sh1.23 billion", "Profit after tax fell to Sh1.23 billion", "the offer values the company at £206m"
            m = k + 1 + len(walk.post_qualifiers(k)) * 2
            if walk.lower(m) == "," and walk.lower(m + 1) not in _WORTH:
                m = walk.past_aside(m)  # "The offer, announced after the market closed on Monday, values the company at …"
            elif walk.lower(m) == ",":
                m += 1  # "the deal, worth S$412.6 million"
            while walk.lower(m) in _ADVERBS:
                m += 1  # "The funding now stands at …"
            verb = walk.lower(m) if walk.lower(m) not in ("that", "which") else walk.lower(m + 1)
            target = None
            level = "plain"
            if walk.lower(m) == "of":
                target, level = walk.money.get(m + 1), revised
            elif verb in _CHANGE_VERBS:  # "Profit after tax fell to Sh1.23 billion from Sh1.50 billion": stated, not referred back
                target, level, definite = walk.amount_after(m, 4, ("to",)), "new", False
                old = walk.amount_after(m, 12, ("from",), past=target)
                if old is not None:
                    add(first, old, noun, owner, modifiers, False, new, "old")
            elif verb in _LEVEL_VERBS:
                target = walk.amount_after(m, 3, ("at", "to", verb))
            elif verb in _VALUE_VERBS:
                target = walk.amount_after(m + (walk.lower(m) != verb), 8, ("at",))
            elif verb in _WORTH:
                target = walk.amount_after(m - 1, 2, _WORTH)
            if target is not None:
                add(first, target, noun, owner, modifiers, definite, new, level)
            elif (first == _sentence_start(walk, first) or _after_fronted_phrase(walk, first)) and definite and owner is None:
                add(first, None, noun, None, modifiers, True, new)  # "The funding is split between …"
        # "The council will borrow $48 million for the work": a sum a verb names by a noun (rules/quantities.yaml `sum-verbs`);
        # "borrow a further $5 million" names another
        for a in walk.money.values():
            j = a.first - 1
            between = set()
            while walk.lower(j) in _BEFORE_SUM:
                between.add(walk.lower(j))
                j -= 1
            noun = sum_verbs.get(walk.lower(j))
            if noun in refer_back and (a.first, None) not in found:
                add(a.first, a, noun, None, frozenset(), False, bool(between & _NEW), _level(walk, a))
        # "£3.1 million from the council's own capital programme": the owner's sum
        for a in walk.money.values():
            if walk.lower(a.last + 1) == "from":
                j = a.last + 2 + (walk.lower(a.last + 2) in _DEFINITE)
                owner = _possessor(walk.lower(j))
                if owner is not None and (a.first, None) not in found:
                    add(a.first, a, None, owner, frozenset(), False, False, _level(walk, a))
        out.extend(sorted(found.values(), key=lambda m: (m.amount.first if m.amount else m.first)))
    return [MoneyMention(**{**{f: getattr(m, f) for f in MoneyMention.__slots__}, "order": i}) for i, m in enumerate(out)]


def _sentence_start(walk: _Walk, i: int) -> int:
    while i > 0 and walk.same_sentence(i - 1, i) and walk.t[i - 1].text in ("\u201c", '"', "'"):
        i -= 1
    k = i
    while k > 0 and walk.same_sentence(k - 1, i):
        k -= 1
    return k


#: First words of a short phrase fronted before a sentence's subject ("According to the district's project list, that money …").
_FRONTED = frozenset("according under in on at as for after with by".split())


def _sums_in_sentence(ab, sentence: int) -> int:
    """How many different sums of money a sentence of a block gives, whatever they are of."""
    return len({a.value for a in ab.amounts if _currency(a) and ab.tokens[a.first].sentence == sentence})


def _after_fronted_phrase(walk: _Walk, first: int) -> bool:
    """True when the tokens before `first` in its sentence are a short fronted phrase closed by a comma, with no sum."""
    start = _sentence_start(walk, first)
    return (walk.t[first - 1].text == "," and 2 <= first - start <= 12 and walk.lower(start) in _FRONTED
            and not any(j in walk.covering for j in range(start, first)))


def _level(walk: _Walk, a: Amount) -> str:
    """"old" for a sum a change starts from or first put ("from £4.9m", "initially £4.9m"), else "plain"."""
    return "old" if any(walk.lower(j) in _FROM_BEFORE for j in range(a.first - 2, a.first)) else "plain"


def _years(ab, sentence: int) -> frozenset[str]:
    return frozenset(t for t in ab.times.get(sentence, ()) if t.isdigit())


def _same_value(a: Amount, b: Amount) -> bool:
    return a.value == b.value or agree(a.value, b.value, a.digits, b.digits)


#: Nouns for any sum at all: "that money" may name a loan, a grant or a budget the sentence before gives.
_ANY_SUM = frozenset("money sum amount".split())
#: Words that make a sum another measure of the thing ("Including debt, the £260m deal …").
_OTHER_MEASURE = frozenset("including excluding inclusive exclusive plus gross".split())


#: Words that set a sum against another as the level it is compared with ("3.6 percent above the $114.3 billion budget
#: adopted a year ago"): another sum, not the one named before.
_AGAINST = frozenset("above below than against versus over under with".split())


def _set_against(m: MoneyMention) -> bool:
    """True when the mention's sum is the level its sentence compares another with ("above the $114.3 billion budget")."""
    if m.amount is None:
        return False
    tokens, k = m.block.tokens, m.amount.first - 1
    while k >= 0 and tokens[k].lower in ("the", "its", "their", "a", "an", "this", "that"):
        k -= 1
    if k < 0 or tokens[k].lower not in _AGAINST:
        return False
    return tokens[k].lower != "with" or k > 0 and tokens[k - 1].lower in ("compared", "comparison")  # "compared with the $114.3 billion"


def _changed(m: MoneyMention) -> bool:
    """True when the mention's sentence says the sum changed, or measures it another way."""
    tokens = m.block.tokens
    words = {t.lower for t in tokens if t.sentence == m.sentence}
    return bool(words & _CHANGED or (m.amount is not None and words & _OTHER_MEASURE))


def link(mentions: list[MoneyMention], group_of: dict[str, str]) -> list[Link]:
    """Each definite mention tied to the one earlier mention of the same sum, when exactly one fits."""
    links: list[Link] = []
    around: dict[int, frozenset[str]] = {}

    def told(e: MoneyMention) -> frozenset[str]:
        """The words of e's sentence and the one before it: qualifiers a later mention may add ("a $71 million upgrade of
        14 kilometres of stopbanks … The council will borrow $48 million" … "the $54 million stopbank loan")."""
        if e.order not in around:
            tokens = e.block.tokens
            around[e.order] = frozenset(singular(t.lower) for t in tokens if t.kind == WORD and e.sentence - 1 <= t.sentence <= e.sentence)
        return around[e.order]

    for i, m in enumerate(mentions):
        if not m.definite or m.new or m.quoted or m.level == "old" or (_changed(m) and m.level != "new") or _set_against(m):
            continue
        own = m.modifiers - _NEUTRAL
        earlier = [
            e for e in mentions[:i]
            if e.amount is not None and not e.quoted and not (e.block is m.block and e.sentence == m.sentence)
            and (m.amount is None or e.amount.unit == m.amount.unit)
            and (m.level != "new" or e.level == "new")  # the level a change reached refers to the level a change reached
            and own <= e.modifiers | told(e)
            and not {w for w in e.modifiers - _NEUTRAL if " " in w} - m.modifiers  # "profit before tax" is another profit
            and not (m.years and e.years and not m.years & e.years)
            and (m.amount is None or max(m.amount.value, e.amount.value) <= 10 * min(m.amount.value, e.amount.value))
        ]
        tiers = []
        if m.owner:
            tiers.append(("owner", [e for e in earlier if e.owner == m.owner and (e.noun is None or m.noun is None or group_of.get(e.noun) == group_of.get(m.noun))]))
        if m.noun:
            tiers.append(("noun", [e for e in earlier if e.noun == m.noun and e.owner == m.owner]))
            tiers.append(("group", [e for e in earlier if e.noun and group_of.get(e.noun) == group_of.get(m.noun) and e.owner == m.owner]))
            if m.noun in _ANY_SUM and m.amount is None and not m.owner and _sums_in_sentence(m.block, m.sentence - 1) == 1:
                # "… would allow the district to borrow $248 million. That money breaks down into four pieces: …": a word
                # for any sum names the one sum of the sentence before, whatever it is of
                tiers.append(("sentence before", [e for e in earlier if e.block is m.block and e.sentence == m.sentence - 1]))
        for by, candidates in tiers:
            if not candidates:
                continue
            values: list[Amount] = []
            for c in candidates:
                if not any(_same_value(c.amount, v) for v in values):
                    values.append(c.amount)
            if len(values) == 1:
                links.append(Link(m, candidates[0], by))
            break  # two different sums of the nearest kind: say nothing rather than guess
    return links


def money_links(annotation) -> list[Link]:
    """The links of an article's mentions of sums (see `link`)."""
    # a link ties a mention to a sum written before it: the blocks before the first sum of money hold neither end
    # of one, so an article with no sum of money (most) is not walked at all
    prose = annotation.prose
    first = next((i for i, ab in enumerate(prose) if any(_currency(a) for a in ab.amounts)), len(prose))
    if first == len(prose):
        return []
    return link(money_mentions(annotation, prose[first:]), annotation.quantity_knowledge.refer_back)
