"""Results: vote tallies ("passed 61-38", "by 61 votes to 38") and match scores ("won 26-18"), read from tokens.

A line of the result alone gives each side's name before its points ("Lincoln 31, Westfield 24"); under its label the
comma may be left out ("FULL TIME: Ireland 27 Scotland 17").

A `Result` is a pair of counts written together, with what kind of result the words
around it make it. A `SideCount` is one side of a vote stated on its own ("39
members voted against", "with 38 against"). Both are facts the number checks compare.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from ..language.numbers import NUMBER_WORDS, parse_number
from .knowledge import QuantityKnowledge
from .quantities import FUNCTION_WORDS, Amount
from .tokens import NUMBER, WORD, Token

_DEFINITE = frozenset("the its their this that".split())
# Nouns that name one side of a vote ("the bill's 55 supporters"), compared only as a side already given.
_SIDE_NOUNS = {"supporters": "for", "backers": "for", "opponents": "against"}
_DASHES = ("-", "\u2013", "\u2014")


@dataclass(frozen=True, slots=True)
class Result:
    """Two counts written as one result: a vote tally or a match score."""

    kind: str  # "tally" or "score"
    first_value: int
    second_value: int
    start: int  # text offsets of "61-38"
    end: int
    token: int  # index of its first token
    definite: bool  # "the 26-16 result": refers back to a result already given
    quoted: bool
    against_first: bool = False  # "defeated by 84 votes to 67": the winning count voted against
    running: bool = False  # a score the match passed through ("led 12-6", "made it 22-14", "12-12 at half-time"), not its result


@dataclass(frozen=True, slots=True)
class SideCount:
    """One side of a vote given on its own: "39 members voted against", "with 38 against"."""

    side: str  # "against" or "for"
    value: int
    start: int
    end: int
    quoted: bool
    definite: bool = False  # "the 76 TDs who voted against": the side of a vote already given
    named: bool = False  # "Board members Carla Dunning, Ray Ostrowski and Denise Whitfield voted against": the people, listed
    token: int = -1  # for a named side, the index of its first token


# the words before a score the match passed through: "led 12-6", "to lead 12-6", "ahead by 3-1", "level at 12-12"
_LEADING = frozenset("led leading leads lead ahead trailed trailing trail trails behind level".split())
_MADE = frozenset("make made makes making".split())
_NARROWED = frozenset("margin deficit lead gap arrears advantage".split())
_INTERVAL = frozenset("half-time halftime break interval".split())


def in_the_running(lowers: list[str], i: int, last: int) -> bool:
    """True for a score the match passed through, not its result: after a word of leading ("led 12-6", "ahead by 3-1"),
    "made it" ("made it 22-14"), a margin cut or stretched "to" it ("cut the margin to 16-14"), "within four at 22-18", or
    before the interval or a minute ("12-12 at half-time", "1-0 after 20 minutes", "at the end of the first")."""
    before = lowers[max(0, i - 3) : i]
    if before[-1:] and before[-1] in _LEADING or before[-2:-1] and before[-1] in ("by", "at") and before[-2] in _LEADING:
        return True
    if before[-2:-1] and before[-1] == "it" and before[-2] in _MADE or before[-2:-1] and before[-1] == "to" and before[-2] in _NARROWED:
        return True
    if before[-3:-2] and before[-1] == "at" and before[-3] == "within":
        return True
    after = lowers[last + 1 : last + 6]
    if after[:1] in (["at"], ["into"]) and (after[1:2] and after[1] in _INTERVAL or after[1:3] and after[1] == "the" and after[2] in _INTERVAL
                                            or after[1:4] == ["the", "end", "of"] or after[1:3] == ["half", "time"]):
        return True
    return after[:1] == ["after"] and len(after) > 2 and after[1].isdigit() and after[2] in ("minutes", "mins")


def _int(t: Token) -> int | None:
    if t.kind != NUMBER or "." in t.text or "," in t.text or len(t.text) > 3:
        return None
    return int(t.text)


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def _spelled(word: str) -> int | None:
    """A small count written as a word ("nine"), as a vote of a council or a board is; None otherwise."""
    value = parse_number(word) if word in NUMBER_WORDS else None
    return int(value) if value is not None and value == int(value) and value <= 20 else None


def _count(t: Token) -> int | None:
    """A count of votes however large, its thousands grouped ("14,318"): only where "votes to" makes it a tally."""
    if t.kind == NUMBER and _GROUPED.fullmatch(t.text):
        return int(t.text.replace(",", ""))
    return _int(t)


_OWNER_TITLES = frozenset("mr mrs ms miss dr sir dame cllr councillor".split())


def _owner_before(tokens: list[Token], k: int) -> int:
    """The number of tokens from k that name the owner of the count after them ("Ms Baird's", "Labour's", "his") or stand before
    a count whose owner comes after it ("the 64,548 of the LDF's candidate"): 0, 1 or 2."""
    if k + 2 < len(tokens) and tokens[k].lower == "the" and tokens[k + 1].kind == NUMBER and tokens[k + 2].lower in ("of", "for"):
        return 1
    if k + 1 < len(tokens) and tokens[k].lower in ("his", "her", "their") and tokens[k + 1].kind == NUMBER:
        return 1  # "She polled 28,940 votes to his 24,268": the rival named by a pronoun
    j = k + (k < len(tokens) and tokens[k].lower in _OWNER_TITLES)
    if j < len(tokens) and tokens[j].kind == WORD and tokens[j].text[:1].isupper() and tokens[j].lower.endswith(("'s", "\u2019s")):
        return j - k + 1
    return 0


def _label(tokens: list[Token], i: int) -> bool:
    """True when the number at i is glued to a word before it, directly or through a dash ("A40-38", "A-40-38"), not "hard-earned 27-21"."""
    t = tokens[i]
    if not (t.glued and i):
        return False
    before = tokens[i - 1]
    return before.kind == WORD or (before.text in _DASHES and before.glued and i > 1 and tokens[i - 2].kind == WORD)


def _words_on(tokens: list[Token], k: int, words: int) -> int:
    """The index after the next few words from token k, a hyphened compound counted as one ("a 31-24 bonus-point win")."""
    n = len(tokens)
    while k < n and words > 0:
        while k + 2 < n and tokens[k + 1].text in _DASHES and tokens[k + 1].glued and tokens[k + 2].glued:
            k += 2
        k += 1
        words -= 1
    return k


def _between_names(tokens: list[Token], first: int, last: int) -> bool:
    """True for a result line's score, set between two sides' names ("Brentford 3-1 Fulham", "Leinster 27-19 Munster")."""
    before, after = tokens[first - 1] if first > 0 else None, tokens[last + 1] if last + 1 < len(tokens) else None
    return (before is not None and after is not None and before.kind == WORD and after.kind == WORD and before.text[:1].isupper()
            and after.text[:1].isupper() and before.sentence == after.sentence == tokens[first].sentence
            and before.lower not in FUNCTION_WORDS)  # "At 31-24 Carrow had one last chance": a time in the match


_NAME_WORDS = 4  # words of a side's name on a result line
# the words that label a line as a match's result ("FULL TIME: Ireland 27 Scotland 17"), shared with headline-body-conflict
FINAL_LABEL_WORDS = ("final", "final score", "final whistle", "full time", "full-time", "ft", "result")
_FINAL_LABEL = re.compile(r"(?:.*\s)?(?:" + "|".join(w.replace(" ", r"\s+") for w in FINAL_LABEL_WORDS) + r")\Z")


def _result_line(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The second side's points and their token, when token i is the first side's on a line of nothing but the result:
    "Lincoln 31, Westfield 24", "St. Anne's 42, Northgate 7"."""
    n, sentence = len(tokens), tokens[i].sentence
    k = i - 1
    while k >= 0 and i - k <= _NAME_WORDS and tokens[k].sentence == sentence and (tokens[k].capitalised or tokens[k].text in (".", "'", "\u2019") and tokens[k].glued):
        k -= 1
    labelled = k >= 1 and tokens[k].text == ":" and tokens[k].sentence == sentence and _FINAL_LABEL.match(" ".join(t.lower for t in tokens[max(0, k - 2) : k]))
    if labelled:
        k = -1  # "FINAL: Brazos Springs 31, Cedar Hollow 27.": a result line under its label
    if k == i - 1 or (k >= 0 and tokens[k].sentence == sentence):
        return None  # no name, or words before it: a line of the result alone
    # under its label the comma may be left out: "FULL TIME: Ireland 27 Scotland 17."
    comma = i + 1 < n and tokens[i + 1].text == ","
    if not (comma or labelled) or i + 1 + comma >= n or not tokens[i + 1 + comma].capitalised:
        return None
    j = i + 1 + comma
    while j < n and j - i - 1 <= _NAME_WORDS and (tokens[j].capitalised or tokens[j].text in (".", "'", "\u2019") and tokens[j].glued):
        j += 1
    if j >= n or tokens[j].kind != NUMBER or (y := _int(tokens[j])) is None:
        return None
    if j + 1 < n and tokens[j + 1].sentence == sentence and tokens[j + 1].text not in ("(", "."):
        return None
    return y, j


_POLLING = frozenset("polling polled poll polls garnering garnered receiving received".split())
_BEATEN_REACH = 10  # tokens before a score, back to the verb of winning: "held off No. 3 seed Mesa Ridge 74-70"


def _after_the_beaten(tokens: list[Token], lowers: list[str], first: int, knowledge) -> bool:
    """True for a score written just after the beaten side's name, the verb of winning (a word or two: "held off",
    "saw off") before it in the sentence."""
    if first == 0 or not tokens[first - 1].text[:1].isupper() or tokens[first - 1].kind != WORD:
        return False
    lo = max(0, first - _BEATEN_REACH)
    said = {lowers[k] for k in range(lo, first) if tokens[k].sentence == tokens[first].sentence}
    said |= {f"{lowers[k]} {lowers[k + 1]}" for k in range(lo, first - 1) if tokens[k].sentence == tokens[first].sentence}
    return bool(said & knowledge.win_words)


def _won_in_clause(tokens: list[Token], lowers: list[str], first: int, knowledge) -> bool:
    """True for a score the verb of winning ends its clause on, the match named between ("to win the Division II
    regional final 61-57"): the words back to the clause's start, within a reach, hold a win word."""
    said, k = [], first - 1
    while k >= max(0, first - _BEATEN_REACH) and tokens[k].sentence == tokens[first].sentence and tokens[k].kind == WORD:
        said.append(lowers[k])
        k -= 1
    return bool(set(said) & knowledge.win_words or {f"{b} {a}" for a, b in zip(said, said[1:])} & knowledge.win_words)


def _share_aside(tokens: list[Token], k: int) -> int:
    """The length of a share set off by commas at token k (", or 53.8%,"), or 0."""
    if k + 4 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower == "or" and tokens[k + 2].kind == NUMBER:
        j = k + 3
        if tokens[j].text == "%" or tokens[j].lower in ("percent", "per"):
            j += 2 if tokens[j].lower == "per" else 1
            if j < len(tokens) and tokens[j].text == ",":
                return j + 1 - k
    return 0


def read_results(tokens: list[Token], amounts: list[Amount], knowledge: QuantityKnowledge) -> tuple[list[Result], list[SideCount]]:
    """Return the tallies and scores of a block, and the vote sides it states alone (the words of each kind: knowledge)."""
    results: list[Result] = []
    sides: list[SideCount] = []
    answers: list[SideCount] = []
    n = len(tokens)
    lowers = [t.lower for t in tokens]
    after_pair = -1
    for i, t in enumerate(tokens):
        x = _int(t)
        if i <= after_pair:
            continue
        if x is None and _spelled(t.lower) is not None and i + 2 < n and (lowers[i + 1] == "votes" and lowers[i + 2] == "to" or lowers[i + 1] == "to" and i > 0
                                                               and (lowers[i - 1] in knowledge.tally_words or lowers[i - 1] == "by")):
            x = _spelled(t.lower)  # "by nine votes to one", "voted eight to one": a small vote spelled out
        if x is None:
            # "by 14,318 votes to 13,902"; "received 31,482 votes, or 53.8%, to 26,719": a share set off between
            # ("passed with 21,406 votes in favor, or 56.8 percent, to 16,281 against": the side named before the aside)
            side = 2 if i + 3 < n and lowers[i + 2] == "in" and lowers[i + 3] in ("favor", "favour") else 0
            to = i + 2 + side + _share_aside(tokens, i + 2 + side) if i + 2 < n and lowers[i + 1] == "votes" else -1
            if to < 0 and i > 0 and i + 1 < n and lowers[i + 1] == "to" and lowers[i - 1] in _POLLING:
                to = i + 1  # "polling 64,210 to Thomas's 58,902": a candidate's votes, the verb saying what they count
            # "had 2,214 votes to Ms Baird's 2,083": the other side's owner may stand before its count; "garnered 128,406
            # votes against 101,958 for his closest challenger" sets the two against each other too
            second = to + 1 + _owner_before(tokens, to + 1) if 0 < to < n - 1 else -1
            if (x := _count(t)) is not None and 0 < second < n and lowers[to] in ("to", "against") and (y := _count(tokens[second])) is not None:
                lost = any(lowers[k] in knowledge.losing_words and tokens[k].sentence == t.sentence for k in range(max(0, i - 10), i))
                results.append(Result("tally", x, y, t.start, tokens[second].end, i, i > 0 and lowers[i - 1] in _DEFINITE, t.quoted, lost))
                after_pair = second
            continue
        pair = line = None
        # "61-38", "26–18"
        if i + 2 < n and tokens[i + 1].text in _DASHES and tokens[i + 1].glued and tokens[i + 2].glued and (y := _int(tokens[i + 2])) is not None:
            if i + 4 < n and tokens[i + 3].text in _DASHES and tokens[i + 3].glued and tokens[i + 4].kind == NUMBER:
                after_pair = i + 4  # "to 24-13-4-2": a season's record of three or four counts, no result (nor its tail)
                while after_pair + 2 < n and tokens[after_pair + 1].text in _DASHES and tokens[after_pair + 1].glued and tokens[after_pair + 2].kind == NUMBER:
                    after_pair += 2
                continue
            if not _label(tokens, i):  # "A-40" style labels stay out
                pair = (x, y, i + 2)
        # "by 61 votes to 38", "by 79 votes to two"
        elif i + 3 < n and lowers[i + 1] == "votes" and lowers[i + 2] == "to" and (y := _int(tokens[i + 3]) if tokens[i + 3].kind == NUMBER else _spelled(lowers[i + 3])) is not None:
            pair = (x, y, i + 3)
        # "The motion was carried 42 to 7": a count to a count just after the verb of a vote
        elif i + 2 < n and lowers[i + 1] == "to" and (y := _int(tokens[i + 2]) if tokens[i + 2].kind == NUMBER else _spelled(lowers[i + 2])) is not None and i > 0 \
                and (lowers[i - 1] in knowledge.tally_words or lowers[i - 1] == "by" and i > 1 and lowers[i - 2] in knowledge.tally_words):
            pair = (x, y, i + 2)
        # "Lincoln 31, Westfield 24": a result line, each side's name before its points
        elif (line := _result_line(tokens, i)) is not None:
            pair = (x, *line)
        if pair is not None:
            x, y, last = pair
            window = set(lowers[max(0, i - 5) : i]) | set(lowers[last + 1 : _words_on(tokens, last + 1, 3)])
            # "The bill cleared the Senate 35-32": the measure voted on makes a tally too; a name is no word of a vote
            # ("the Division II regional final 61-57")
            named = {lowers[k] for k in range(max(1, i - 5), i) if tokens[k].capitalised and tokens[k - 1].sentence == tokens[k].sentence}
            tally = (window - named) & (knowledge.tally_words | knowledge.vote_measures) or lowers[i + 1] == "votes"
            kind = "tally" if tally else ("score" if window & knowledge.score_words or _between_names(tokens, i, last) or _after_the_beaten(tokens, lowers, i, knowledge)
                                          or _won_in_clause(tokens, lowers, i, knowledge) or line is not None else None)
            if kind is None:
                continue
            definite = i > 0 and lowers[i - 1] in _DEFINITE
            lost = kind == "tally" and any(lowers[k] in knowledge.losing_words and tokens[k].sentence == t.sentence for k in range(max(0, i - 10), i))
            results.append(Result(kind, x, y, t.start, tokens[last].end, i, definite, t.quoted, lost, kind == "score" and in_the_running(lowers, i, last)))
            after_pair = last
            continue
    for amount in amounts:
        if amount.unit is not None or amount.value != int(amount.value):
            continue
        # "The bill's 55 supporters", "the 47 opponents of the bill": a side referred back by its noun
        i = amount.last
        if i + 1 < n and lowers[i + 1] in _SIDE_NOUNS and amount.first > 0 and (lowers[amount.first - 1] in _DEFINITE or lowers[amount.first - 1].endswith(("'s", "’s"))):
            sides.append(SideCount(_SIDE_NOUNS[lowers[i + 1]], int(amount.value), amount.start, amount.end, tokens[amount.first].quoted, True))
            continue
        if i + 1 < n and lowers[i + 1] == "votes" and amount.first > 1 and lowers[amount.first - 1].removesuffix("'s").removesuffix("’s") in knowledge.vote_measures \
                and lowers[amount.first - 2] in ("the", "this") \
                and (i + 2 >= n or lowers[i + 2] not in ("to", "-", "\u2013")):
            # "The bill's 63 votes": the votes a measure won, its side for (a candidate's votes are a count of their own)
            sides.append(SideCount("for", int(amount.value), amount.start, amount.end, tokens[amount.first].quoted, True))
            continue
        # "the 76 lawmakers who backed the bill", "all nine members who voted no": a side of the vote given, referred back
        who = next((m for m in range(i + 1, min(i + 4, n)) if lowers[m] == "who"), None)
        if who is not None and who + 1 < n and amount.first > 0 and lowers[amount.first - 1] in _DEFINITE | {"all"} \
                and all(tokens[m].kind == WORD and not tokens[m].capitalised for m in range(i + 1, who)):
            verb = lowers[who + 1]
            side = _WHO_SIDES.get(verb) or (_side_after(lowers, who + 2) if verb == "voted" else None)
            if side is not None:
                sides.append(SideCount(side, int(amount.value), amount.start, amount.end, tokens[amount.first].quoted, True, token=amount.first))
                continue
        if amount.first > 1 and lowers[amount.first - 1] == "the" and lowers[amount.first - 2] == "of":
            continue  # "Nine of the 11 Opposition MPs voted against": the whole the side is taken from
        # "39 members voted against", "Thirty-nine voted against", "with 38 against", "voted 112 in favour"
        k = i + 1
        while k < n and k <= i + 2 and tokens[k].kind == WORD and lowers[k] not in ("voted", "against", "for", "in"):
            k += 1
        if k < n and lowers[k] == "voted":
            k += 1
        elif not (k == i + 1 and amount.first > 0 and lowers[amount.first - 1] in ("with", "voted")):
            continue
        quoted = tokens[amount.first].quoted
        definite = amount.first > 0 and lowers[amount.first - 1] in _DEFINITE
        if not definite and "who" in lowers[i + 1 : k]:
            continue  # "Two councillors who voted against the scheme, A and B, said …": some of those who did
        if _joined_by_more(tokens, lowers, k):
            continue  # "Two independent members voted against, …, along with Councillor Jones": some of the side
        if k < n and lowers[k] == "against":
            sides.append(SideCount("against", int(amount.value), amount.start, amount.end, quoted, definite, token=amount.first))
        elif k + 1 < n and (lowers[k] == "for" or (lowers[k] == "in" and lowers[k + 1] in ("favour", "favor"))):
            sides.append(SideCount("for", int(amount.value), amount.start, amount.end, quoted, definite, token=amount.first))
        elif k < n and lowers[k] in ("yes", "no") and lowers[k - 1] == "voted":
            # "4,812 people voted yes": a side only beside the other one ("the two Democrats who voted no" may be a few of them)
            answers.append(SideCount("for" if lowers[k] == "yes" else "against", int(amount.value), amount.start, amount.end, quoted, definite, token=amount.first))
    results += _sides_as_tallies(tokens, results, sides + answers)
    for k in range(1, n - 1):
        if lowers[k] not in ("voted", "cast") or tokens[k].quoted:
            continue
        after = k + 1
        if lowers[k] == "cast":
            # "A, B and C cast the votes against the levy": the side their votes went to
            after += lowers[after] in ("the", "their")
            if after >= n or lowers[after] not in ("vote", "votes"):
                continue
            after += 1
        side = _side_after(lowers, after)
        named = _named_before(tokens, k) if side else None
        if named is not None:
            count, first = named
            sides.append(SideCount(side, count, tokens[first].start, tokens[k - 1].end, False, named=True, token=first))
    return results, sides


def _sides_as_tallies(tokens: list[Token], results: list[Result], sides: list[SideCount]) -> list[Result]:
    """A vote told side by side in one sentence ("4,812 people voted yes and 2,197 voted no") is a tally, as "by 4,812 votes to
    2,197" is: only where the sentence gives one count for each side, none of them a named list or referring back, and no tally."""
    by_sentence: dict[int, list[SideCount]] = {}
    for side in sides:
        if not side.named and side.token >= 0:
            by_sentence.setdefault(tokens[side.token].sentence, []).append(side)
    told = {tokens[r.token].sentence for r in results}
    tallies = []
    for sentence, group in by_sentence.items():
        kinds = [g.side for g in group]
        if sentence in told or sorted(kinds) != ["against", "for"] or any(g.definite or g.quoted for g in group):
            continue
        yes, no = (group[0], group[1]) if group[0].side == "for" else (group[1], group[0])
        first = min(group, key=lambda g: g.start)
        tallies.append(Result("tally", yes.value, no.value, first.start, max(g.end for g in group), first.token, False, False))
    return tallies


_MORE_OF_THE_SIDE = frozenset({("along", "with"), ("as", "well"), ("together", "with"), ("joined", "by")})


def _joined_by_more(tokens: list[Token], lowers: list[str], k: int) -> bool:
    """True when the rest of the sentence after token k adds others to a side ("…, along with Councillor Jones")."""
    sentence = tokens[k].sentence if k < len(tokens) else -1
    m = k
    while m + 1 < len(tokens) and tokens[m].sentence == sentence:
        if (lowers[m], lowers[m + 1]) in _MORE_OF_THE_SIDE:
            return True
        m += 1
    return False


# the verbs of a side in a clause after "who": "the 76 lawmakers who backed the bill"
_WHO_SIDES = {"backed": "for", "supported": "for", "endorsed": "for", "opposed": "against", "rejected": "against"}


def _side_after(lowers: list[str], k: int) -> str | None:
    """The side "voted" takes at token k: "against", "no", "for", "in favour", "yes"; None otherwise."""
    word = lowers[k] if k < len(lowers) else ""
    if word in ("against", "no"):
        return "against"
    if word in ("for", "yes") or (word == "in" and k + 1 < len(lowers) and lowers[k + 1] in ("favour", "favor")):
        return "for"
    return None


def _named_before(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """Count the people a list names just before token end ("Carla Dunning, Ray Ostrowski and Denise Whitfield"), each
    by two capitalised words or more; return (how many, the index of the list's first token), or None when the words
    there are not such a list of two or more joined by "and"."""
    sentence = tokens[end].sentence
    items, words, joined, k = 0, 0, False, end - 1
    while k >= 0 and tokens[k].sentence == sentence:
        t = tokens[k]
        if t.kind == WORD and t.text[:1].isupper():
            words += 1
        elif t.text == "," and words == 0 and tokens[k + 1].lower == "and" and items == 1:
            pass  # "A, B, and C": the serial comma
        elif t.text == "," or t.lower == "and":
            if words < 2 or (t.lower == "and" and joined):
                return None  # "Smith, the deputy leader, and Jones": not a list of names alone
            items += 1
            words = 0
            joined = joined or t.lower == "and"
        else:
            break
        k -= 1
    if words < 2 or not joined:
        return None
    return items + 1, k + 1
