"""Outcomes and placings: who won or lost, and where someone finished, read from tokens.

An `Outcome` is a named side's result in a contest: "Barrera won the District 4 seat"
(Barrera won, the contest named by the object's capitalised words), "edging Renee
Hollins" (Hollins lost), "Hollins, a small-business owner, conceded" (Hollins lost),
"Pellow beat Merritt" (both), "Mwangi has been elected president of the Law Society" and "were crowned overall
champions" (a title or an office won; a side whose name ends in a word many sides' names end in, "College", is named by the
word before it too: "Hindu College" is not "Kachchai Central College"), "the Best Actress award went to Chioma Nwosu" (Nwosu won the Best Actress). A `Placing` is a position in a ranking: "finished
third", "lifted them to third on the log", "climbs to second", "in fifth place".
Modal, negated and hoped-for results ("could win", "did not win", "bids to win") are
not outcomes, and a placing the copy marks as the old one ("up from seventh") is not
the placing. A `Draw` is an equal score or "goalless" beside "draw" or "drew" ("a 2-2 draw"), with the
side a possessive gives it to ("Dunmere's 1-1 draw"). A verb's subject is the name before it, or
before a relative pronoun ("Tadesse, who was second"), never a place after a preposition ("the
26-year-old from Thornbury finished third" names no subject). The words are data: the headline-body-conflict options `win-words`,
`lose-words`, `beat-words` and `placing-words` in rules/default.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass

from .tokens import NUMBER, PUNCT, WORD, Token

# verbs that put a side at the top when "top" follows them straight away ("go top", "sit top of the table")
_TOP_VERBS = frozenset("go goes went going move moves moved climb climbs climbed sit sits sat stay stays stayed".split())
_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
        "sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        1,
    )
}
_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_RUN_WORDS = frozenset("straight consecutive successive back-to-back".split())
_AUXILIARIES = frozenset("has have had was were is are been be has just finally eventually narrowly comfortably".split())
_MODALS = frozenset("will would could might may can should shall must".split())
_NOT_RESULT = frozenset("to will would could might may can should must not never if unless cannot".split())
_INTENT = frozenset("set bid bids aim aims hope hopes plan plans expected poised tipped looks look seeks seek fight fights battle battles vows vow ready due going favourite favorite bidding trying".split())
_PLACING_GAP = frozenset("to in into as joint equal them it him her up down back on a the".split())
_PLACING_AFTER = frozenset("place spot position placed".split())
_PREVIOUS = frozenset("from previously last".split())
# A placing reached by moving is a standing in a table, which a side's win in one match does not contradict.
_MOVE_STEMS = ("go", "went", "mov", "climb", "ris", "rose", "jump", "slip", "drop", "fall", "fell", "lift", "sit", "sat", "lie", "lay", "stay")
_POINTS = frozenset({"points", "pts", "point"})
_TABLE_NOUNS = frozenset("table standings ladder log league rankings ranking pool group conference division".split())
_EARLIER_BEST = frozenset("previous former earlier".split())


def _year_after(tokens, i: int) -> bool:
    """True when an ordinal is dated by a year just after it ("fifth, in 2021", "third in 2019")."""
    k = i + 1
    while k < len(tokens) and k <= i + 3 and tokens[k].lower in (",", "in", "back"):
        k += 1
    return k < len(tokens) and k > i + 1 and tokens[k].kind != WORD and len(tokens[k].text) == 4 and tokens[k].text[:2] in ("19", "20")
# Words that may follow a placing ("finished second in the league", "third overall", "second behind").
_AFTER_PLACING = frozenset("""in on at with behind after of and overall place spot position placed for among ahead best equal as but while amid despite
    to from than before since when under this last again yet so or nationally""".split())
_DETERMINERS = frozenset("the a an his her their its".split())
# Capitalised words that open a sentence without naming anyone.
# (nor a day: "Bakare ... was on Monday elected Speaker" names no winner "Monday")
_NOT_NAMES = frozenset("the a an this that these those it its he she they we i his her their our but and or so then also"
                       " monday tuesday wednesday thursday friday saturday sunday today yesterday".split())
_EARLIER = frozenset("previous last earlier first opening prior".split())
# What one wins or loses as a result: contests and their prizes ("won the seat", "lost the final").
_CONTESTS = frozenset("""seat seats election elections race races vote votes ballot poll by-election primary nomination match matches game games
    final finals semi-final semi-finals tie title titles cup trophy league championship championships tournament open prize award awards
    medal gold silver bronze stage round battle contest case appeal bout fight series derby leadership majority victory
    champion champions winner winners presidency president chairmanship mayoralty""".split())
_DRAW_WORDS = frozenset("draw drew drawn stalemate".split())
# A prize given to its winner: "the Best Actress award went to Chioma Nwosu".
_PRIZES = frozenset("award prize trophy title medal honour honor".split())
_WENT = frozenset("went goes go".split())
_LEVEL_WORDS = frozenset("goalless scoreless".split())
_RELATIVES = frozenset("who which that".split())
# Prepositions before a capitalised word that make it a place or a body in a noun phrase, not a verb's subject.
_OF_PLACE = frozenset("from of in at near for with".split())
_PREPOSITIONS = frozenset("to by in on at for with from over against after as of".split())


@dataclass(frozen=True, slots=True)
class Outcome:
    """One named side's result: won or lost, in the contest the object names."""

    name: str  # lower-case surname or team word
    won: bool
    contest: frozenset[str]  # capitalised words of what was won ("district", "country", "open"), if named
    start: int  # text offsets of the name
    end: int
    quoted: bool


@dataclass(frozen=True, slots=True)
class Placing:
    """A position in a ranking: "finished third", and whose it is when a name is its verb's subject."""

    position: int
    start: int
    end: int
    quoted: bool
    name: str | None = None  # lower-case surname or team word ("Maple Verdict, the favourite, was second" -> verdict)
    standing: bool = False  # a place in a table reached by a move ("moved up to third in the league table"), not a finish


def read_outcomes(tokens: list[Token], win: frozenset[str], lose: frozenset[str], beat: frozenset[str], headline: bool = False) -> list[Outcome]:
    """Return the outcomes a block's (or a headline's) tokens state."""
    out: list[Outcome] = []
    verbs = win | lose | beat
    for i, t in enumerate(tokens):
        if t.kind == WORD and t.lower in _WENT and i > 0 and tokens[i - 1].lower in _PRIZES and i + 2 < len(tokens) and tokens[i + 1].lower == "to":
            winner = _object(tokens, i + 2)  # "The Best Actress award went to Chioma Nwosu"
            contest = frozenset(u.lower for u in tokens[max(0, i - 6) : i] if u.capitalised and u.sentence == t.sentence and u.lower not in _NOT_NAMES)
            if winner is not None and contest:
                out.append(_outcome(tokens, winner, True, contest, t.quoted))
            continue
        if t.kind != WORD or t.lower not in verbs:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].kind == NUMBER and not _score_after(tokens, i + 1):
            continue  # "conceded 19 runs", "lost 12 seats": a count, not a result
        if i > 0 and tokens[i - 1].lower in _RUN_WORDS:
            continue  # "for fourth straight win": a noun, the run's, not a verb
        before = _before_verb(tokens, i)
        if before is None or not _real(tokens, before, headline) or _other_contest(tokens, before, i):
            continue
        passive = before < i - 1 and tokens[i - 1].lower in ("was", "were", "been", "is") and t.lower in beat
        subject = _subject(tokens, before)
        if t.lower in beat:
            obj = None if passive else _object(tokens, i + 1)
            if subject is not None:
                out.append(_outcome(tokens, subject, not passive, frozenset(), t.quoted))
            if obj is not None:
                out.append(_outcome(tokens, obj, False, frozenset(), t.quoted))
            if passive and tokens[min(i + 1, len(tokens) - 1)].lower == "by":
                agent = _object(tokens, i + 2)
                if agent is not None:
                    out.append(_outcome(tokens, agent, True, frozenset(), t.quoted))
            continue
        won = t.lower in win
        if _object_not_contest(tokens, i + 1):
            continue  # "won the support of", "lost his job": a thing gained or lost, not a contest
        if subject is not None:
            out.append(_outcome(tokens, subject, won, _contest(tokens, i + 1) if won else frozenset(), t.quoted))
        if not won and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
            other = _object(tokens, i + 2)  # "lost to Merritt"
            if other is not None:
                out.append(_outcome(tokens, other, True, frozenset(), t.quoted))
    return out


@dataclass(frozen=True, slots=True)
class Draw:
    """A drawn match: an equal score with a draw word beside it ("a 2-2 draw", "drew 1-1", "a goalless draw")."""

    start: int  # text offsets of the score or "goalless"
    end: int
    sentence: int
    quoted: bool
    owner: str | None  # whose draw the possessive before it says it is ("Dunmere's 1-1 draw" -> dunmere)


def read_draws(tokens: list[Token]) -> list[Draw]:
    """Return the drawn results a block's tokens state: an equal score or "goalless" within two words of "draw" or "drew"."""
    out = []
    for i, t in enumerate(tokens):
        if t.kind != WORD or t.lower not in _DRAW_WORDS:
            continue
        near = range(max(0, i - 3), min(len(tokens), i + 4))
        for k in near:
            first = tokens[k]
            level = first.kind == WORD and first.lower in _LEVEL_WORDS
            if not level and not (first.kind == NUMBER and k + 2 < len(tokens) and tokens[k + 1].text in ("-", "\u2013") and tokens[k + 2].glued
                                  and tokens[k + 2].kind == NUMBER and tokens[k + 2].text == first.text and tokens[k + 1].glued):
                continue
            end = first.end if level else tokens[k + 2].end
            j = min(k, i) - 1
            while j >= 0 and tokens[j].kind == WORD and tokens[j].lower in _DETERMINERS:
                j -= 1
            owner = None
            if j >= 0 and tokens[j].capitalised and tokens[j].lower.endswith(("'s", "\u2019s")):
                owner = tokens[j].lower[:-2]
            elif j >= 1 and tokens[j].text in ("'", "\u2019") and tokens[j].glued and tokens[j - 1].capitalised:
                owner = tokens[j - 1].lower
            out.append(Draw(first.start, end, t.sentence, t.quoted or first.quoted, owner))
            break
    return out


def _on_points(tokens: list[Token], i: int) -> bool:
    """True when "on 12 points" follows a placing ("are second on 12 points"): a place in a table, not in an event."""
    return i + 2 < len(tokens) and tokens[i].lower == "on" and tokens[i + 1].kind == NUMBER and tokens[i + 2].lower in _POINTS


def read_placings(tokens: list[Token], verbs: frozenset[str]) -> list[Placing]:
    """Return the placings a block's tokens state ("finished third", "in fifth place"), old placings left out."""
    out = []
    for i, t in enumerate(tokens):
        position, last = _ordinal(tokens, i)
        if position is None:
            continue
        if any(tokens[k].lower in _PREVIOUS for k in range(max(0, i - 2), i)):
            continue  # "up from seventh": the old placing
        if any(tokens[k].lower in _EARLIER_BEST and tokens[k].sentence == t.sentence for k in range(max(0, i - 6), i)) \
                or _year_after(tokens, i):
            continue  # "the institute's previous best finish was fifth, in 2021": another year's
        after = tokens[last + 1].lower if last + 1 < len(tokens) else ""
        placed = after in _PLACING_AFTER
        k = i - 1
        gap = 0
        verb = None
        while not placed and k >= 0 and gap <= 2:
            word = tokens[k].lower
            if word in verbs:
                placed, verb = True, k
            elif word in _PLACING_GAP or tokens[k].capitalised:
                gap += 1  # "lifted them to third", "lifted Harlequins to third"
            else:
                break
            k -= 1
        if placed and verb is not None and after and tokens[last + 1].kind == WORD and after not in _AFTER_PLACING:
            placed = False  # "was the second time", "came a third attempt": an ordinal of something else
        if not placed and (named := _with_name_before(tokens, i)) is not None and after in _AFTER_WITH_PLACING:
            # "Veeyapuram crossed the line in 4:21.14, with Nadubhagam, rowed by the Punnamada club, second in 4:21.19"
            out.append(Placing(position, t.start, tokens[last].end, t.quoted, named))
            continue
        if placed:
            name = None
            if verb is not None:
                before = _before_verb(tokens, verb)
                if before is not None and any(tokens[j].lower == "had" for j in range(before + 1, verb)):
                    continue  # "who had dropped to second after a draw last weekend": where they stood before
                if before is not None and before >= 0 and tokens[before].lower == "to":
                    # "Civic hit four past Jabloteh to go top": the infinitive's subject opens its sentence, not the name before "to"
                    before = _sentence_subject_end(tokens, before)
                subject = _subject(tokens, before) if before is not None and before >= 0 else None
                name = _outcome(tokens, subject, False, frozenset(), False).name if subject is not None else None
                if before is not None and before >= 1 and tokens[before].kind == WORD and not tokens[before].capitalised \
                        and tokens[before - 1].capitalised and tokens[before - 1].lower.endswith(("'s", "\u2019s")):
                    name = None  # "Fiji's women finished fifth": a side of the name's, not the name's own
            standing = (verb is not None and tokens[verb].lower.startswith(_MOVE_STEMS)) or any(
                tokens[k].lower in _TABLE_NOUNS for k in range(last + 1, min(len(tokens), last + 5)) if tokens[k].sentence == t.sentence) \
                or _on_points(tokens, last + 1)
            out.append(Placing(position, t.start, tokens[last].end, t.quoted, name, standing))
    return out


_AFTER_WITH_PLACING = frozenset({"in", "on", "with", ",", ".", "and", ";", ""})


def _with_name_before(tokens: list[Token], i: int) -> str | None:
    """The name a verbless "with" gives the ordinal at i ("with Nadubhagam, rowed by the Punnamada Boat Club, second"), lower
    case: its last capitalised word, an aside set off by commas between."""
    k = i - 1
    sentence = tokens[i].sentence
    if k >= 0 and tokens[k].text == ",":
        k = next((j - 1 for j in range(k - 1, max(-1, k - 14), -1) if tokens[j].text == "," and tokens[j].sentence == sentence), -1)
    end = k
    while k >= 0 and end - k < 3 and tokens[k].capitalised and tokens[k].kind == WORD and tokens[k].sentence == sentence:
        k -= 1
    if k == end or k < 0 or tokens[k].lower != "with":
        return None
    return tokens[end].lower


def _ordinal(tokens: list[Token], i: int) -> tuple[int | None, int]:
    t = tokens[i]
    if t.kind == WORD and t.lower == "top" and i > 0 and (tokens[i - 1].lower in _TOP_VERBS or tokens[i - 1].lower == "the" and i > 1 and tokens[i - 2].lower == "to"
                                                          and i + 1 < len(tokens) and tokens[i + 1].lower == "of"):
        return 1, i  # "Raith go top", "moved to the top of the Welsh Premiership": first place
    if t.kind == WORD and t.lower in _ORDINALS:
        if i + 1 < len(tokens) and tokens[i + 1].glued and tokens[i + 1].text == "-":
            return None, i  # "second-largest", "third-placed" is read from its noun
        return _ORDINALS[t.lower], i
    if t.kind == NUMBER and t.text.isdigit() and i + 1 < len(tokens) and tokens[i + 1].glued and tokens[i + 1].lower in _SUFFIXES:
        return int(t.text), i + 1
    return None, i


def _other_contest(tokens: list[Token], before: int, i: int) -> bool:
    """True for a result of some other contest: "had lost their previous three games", "won the first set"."""
    if any(tokens[k].lower == "had" for k in range(before + 1, i)):
        return True
    return any(t.lower in _EARLIER for t in tokens[i + 1 : i + 4])


def _object_not_contest(tokens: list[Token], k: int) -> bool:
    """True when the verb's object is a common noun that is no contest ("won the support", "lost his job"); names, scores and contests pass."""
    while k < len(tokens) and tokens[k].lower in _DETERMINERS:
        k += 1
    if k >= len(tokens) or tokens[k].kind != WORD or tokens[k].capitalised:
        return False
    j = k
    while j + 1 < len(tokens) and tokens[j + 1].kind == WORD and not tokens[j + 1].capitalised and tokens[j + 1].lower not in _PREPOSITIONS:
        j += 1  # the object's head: "the District 4 seat", "a narrow victory", "the race"
    return tokens[j].lower not in _CONTESTS and tokens[k].lower not in _CONTESTS and tokens[k].lower not in _PREPOSITIONS


def _score_after(tokens: list[Token], k: int) -> bool:
    return k + 2 < len(tokens) and tokens[k + 1].kind == PUNCT and tokens[k + 1].text in "-\u2013" and tokens[k + 2].kind == NUMBER


def _sentence_subject_end(tokens: list[Token], to: int) -> int | None:
    """The last token of the run of capitalised words opening the sentence of token `to` ("Point Fortin Civic"), or None."""
    start = to
    while start > 0 and tokens[start - 1].sentence == tokens[to].sentence:
        start -= 1
    end = start
    # "Five-try Glanrhyd": a hyphened describing word before the name is part of the run
    while end < to and (tokens[end].capitalised or tokens[end].glued and tokens[end].text == "-" or end > start and tokens[end - 1].text == "-" and tokens[end].glued):
        end += 1
    return end - 1 if end > start else None


def _before_verb(tokens: list[Token], i: int) -> int | None:
    """Return the index just before a verb and its auxiliaries ("has won", "was narrowly beaten")."""
    k = i - 1
    while k >= 0 and tokens[k].kind == WORD and tokens[k].lower in _AUXILIARIES:
        k -= 1
    return k


def _real(tokens: list[Token], k: int, headline: bool) -> bool:
    """True when the verb states a result: no modal, negation or "to" before it (in a headline, "holds nerve to win" states one; "bids to win" does not)."""
    for j in range(max(0, k - 1), k + 1):
        word = tokens[j].lower
        if word == "to" and headline and j > 0 and tokens[j - 1].lower not in _INTENT:
            continue
        if word in _NOT_RESULT or word.endswith("n't"):
            return False
    return True


def _subject(tokens: list[Token], k: int) -> int | None:
    """Return the index of the name a verb's subject ends with: "Pellow has won", "Hollins, a local owner, conceded", "Merritt holds nerve to win"."""
    if k >= 0 and tokens[k].kind == PUNCT and tokens[k].text == ",":
        # an apposition between the name and its verb
        j = k - 1
        while j >= 0 and k - j <= 25 and not (tokens[j].kind == PUNCT and tokens[j].text in ",.;:"):
            j -= 1
        if j < 0 or tokens[j].text != ",":
            return None
        k = j - 1
    if k >= 1 and tokens[k].lower in _RELATIVES and tokens[k - 1].text == ",":
        k -= 2  # "Meseret Tadesse, who was second": the name before the relative pronoun
        return k if k >= 0 and tokens[k].capitalised and tokens[k].lower not in _NOT_NAMES else None
    skipped = 0
    while k >= 0 and tokens[k].kind == WORD and not tokens[k].capitalised and skipped < 3 and tokens[k].lower not in _DETERMINERS:
        k -= 1  # "Merritt holds nerve to win": the words of the verb phrase before "to"
        skipped += 1
    if skipped and k > 0 and tokens[k - 1].lower in _DETERMINERS:
        return None  # "An Offaly haulage firm has won": a name describing the subject's noun, not the subject
    if k >= 0 and tokens[k].capitalised and tokens[k].lower not in _NOT_NAMES and (k + 1 >= len(tokens) or not tokens[k + 1].capitalised or skipped):
        start = k
        while start > 0 and tokens[start - 1].capitalised and not tokens[start - 1].quoted:
            start -= 1
        if start > 0 and tokens[start - 1].lower in _OF_PLACE:
            if tokens[start - 1].lower == "of" and start >= 3 and tokens[start - 2].capitalised and tokens[start - 3].capitalised and tokens[start - 2].lower not in _NOT_NAMES:
                return start - 2  # "Mariana Soto of Chile was elected": a first name and surname, then where they are from
            return None  # "The 26-year-old from Thornbury finished third": a place the subject comes from, not the subject
        return k
    return None


def _object(tokens: list[Token], k: int) -> int | None:
    """Return the index of the last word of the capitalised name starting within a word or two of k ("edging Renee Hollins")."""
    while k < len(tokens) and tokens[k].lower in _DETERMINERS:
        k += 1
    if k >= len(tokens) or not tokens[k].capitalised:
        return None
    while k + 1 < len(tokens) and tokens[k + 1].capitalised and not tokens[k + 1].glued:
        k += 1
    return k


def _contest(tokens: list[Token], k: int) -> frozenset[str]:
    """Return the capitalised words of what was won ("the NSW Country Open" -> nsw, country, open), up to the first comma."""
    words = set()
    for t in tokens[k : k + 8]:
        if t.kind == PUNCT and t.text in ",.;:":
            break
        if t.capitalised:
            words.add(t.lower)
    return frozenset(words)


def _outcome(tokens: list[Token], k: int, won: bool, contest: frozenset[str], quoted: bool) -> Outcome:
    t = tokens[k]
    name, start = (t.lower[:-2] if t.lower.endswith(("'s", "\u2019s")) else t.lower), t.start
    if name in _GENERIC_LAST and k > 0 and tokens[k - 1].capitalised and tokens[k - 1].lower not in _NOT_NAMES:
        name, start = f"{tokens[k - 1].lower} {name}", tokens[k - 1].start  # "Hindu College" and "Kachchai Central College": two sides
    return Outcome(name, won, contest, start, t.end, quoted or t.quoted)


# The last word of many sides' names, which tells none apart: the word before it does
_GENERIC_LAST = frozenset("college school university academy institute club society association party council".split())


def subject_of(tokens: list[Token], i: int, planned: bool = False) -> tuple[str, int] | None:
    """Return the name (lower-case, last word) that is the subject of the verb at token i, and its token, or None; a
    verb under a modal or a negation has none unless planned ("Ahmad Faizal Rahman would be promoted to group chief
    executive": an appointment announced is given however it is put)."""
    before = _before_verb(tokens, i)
    while planned and before is not None and before > 0 and tokens[before].lower in _MODALS:
        before = _before_verb(tokens, before)  # "would be promoted", "will be named"
    if before is None or before < 0 or (not planned and not _real(tokens, before, False)):
        return None
    k = _subject(tokens, before)
    return (_outcome(tokens, k, False, frozenset(), False).name, k) if k is not None else None
