"""The annotated document: each block's tokens and the facts read from them, built once per article.

The engine makes one `Annotation` per document and hands it to every check through the
context. Each block is tokenised once; every reading (amounts, quantity facts) walks
those tokens. Parts are read on first use, so a run with the figure checks turned off
never pays for reading figures; nothing outlives the document.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace
from functools import cached_property

from ..document import BODY_KINDS, Block, BlockKind, Document, MetaField
from ..language.numbers import NUMBER_WORDS
from ..language.quotes import quoted_spans
from .knowledge import QuantityKnowledge
from .quantities import PERSONAL_POSSESSIVES, Amount, Quantity, nickname_before, read_quantities
from .results import Result, SideCount, read_results
from .tokens import NUMBER, PUNCT, WORD, Token, tokenize

# Blocks that hold the reporter's own prose about the story.
# Words that bring in a figure to compare with ("up from 3,310", "more than 200", "against 41"): a time beside it is its own.
_COMPARED_FROM = frozenset({"from", "than", "against", "versus", "compared"})
_CLAUSE_BREAKS = frozenset({";", "but", "while", "whereas", "although", "though"})  # and "and that"
# words that open a clause of its own time: "…, up 23 per cent, after three infill wells drilled in the first half came on stream"
_SUBORDINATE = frozenset({"after", "because", "when", "once"})


def _a_verb_done(word: str) -> bool:
    """True for a word that reads as a verb in the past (", and warned that …": a second predicate, its own clause)."""
    return len(word) >= 5 and word.endswith("ed") or word in ("said", "told")
_DETERMINERS = frozenset("its their the his her our a an".split())  # before a year set before a noun ("its 2021 average")
_SET_AGAINST = frozenset("below above than against under over versus beside".split())  # what puts that noun as a comparison
_REPORTING_VERBS = frozenset("said says told reported announced".split())  # ends the description of who speaks
_RELATIVE_OPENERS = frozenset({"that", "which", "who", "whose", "where"})  # "a corporation that collected ₹890 crore last year"
_TIME_UNITS = frozenset("year years month months week weeks day days decade decades quarter quarters fortnight".split())  # ", a year earlier"
_CHANGED_ON = frozenset({"rise", "increase", "fall", "drop", "decline", "decrease", "growth", "gain", "up", "down"})  # "… on" last year's
PROSE_KINDS = frozenset({BlockKind.STANDFIRST, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING})  # the standfirst states facts too


_THEN_AS_NEXT = frozenset("and but or since until till by just even only".split())  # "and then": what came next, no time


@dataclass(eq=False)
class AnnotatedBlock:
    """One block of the article with its tokens and the facts they state."""

    block: Block
    knowledge: QuantityKnowledge

    @property
    def text(self) -> str:
        return self.block.text

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        return quoted_spans(self.block.text)

    @cached_property
    def tense(self):
        """The block's sentences, clauses and verb groups as the tense reader reads them (factcheck/language/tense.py)."""
        from ..language.tense import TenseReading

        return TenseReading(self.block.text)

    @cached_property
    def tokens(self) -> list[Token]:
        starts = [s.start for s in self.block.sentences] or [0]
        return tokenize(self.block.text, starts, self.quotes)

    @cached_property
    def time_marks(self) -> list[tuple[int, str]]:
        """Each year ("2019") and time phrase ("last year", "last season's") written, as (token index, phrase), in order."""
        marks: list[tuple[int, str]] = []
        words = self.knowledge.time_words
        longest = max((len(w) for w in words), default=1)
        firsts = self.knowledge.time_word_starts
        # "last season's final": a possessive time phrase is the phrase
        lowers = [t.lower.removesuffix("'s").removesuffix("\u2019s") for t in self.tokens]
        dateline = self._dateline_end()
        for i, t in enumerate(self.tokens):
            if i < dateline:
                continue  # "KIGALI, Tuesday 14 April 2026 –": the day of the report, no time of its figures
            if t.kind == NUMBER and len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100:
                marks.append((i, t.text))
            if lowers[i] == "then" and i > 0 and self.tokens[i - 1].kind == WORD and lowers[i - 1] not in _THEN_AS_NEXT \
                    and (i + 1 == len(self.tokens) or self.tokens[i + 1].text not in ("-", "\u2011")):
                # "The last exercise, in 2019, … Of the 1,512 files examined then": the year of the sentence before
                years = [m for m in marks if m[1].isdigit() and self.tokens[m[0]].sentence == t.sentence - 1]
                if years:
                    marks.append((i, years[-1][1]))
            if lowers[i] not in firsts:
                continue
            for size in range(1, longest + 1):
                if tuple(lowers[i : i + size]) in words:
                    marks.append((i, " ".join(lowers[i : i + size])))
        return marks

    def _dateline_end(self) -> int:
        """The token after a wire dateline opening the block ("KIGALI, Tuesday 14 April 2026 –", "LUSAKA, March 12, 2026
        -"): a place in capitals, a comma, and a dash set apart within a few words; 0 when the block opens otherwise."""
        t = self.tokens
        if len(t) < 3 or not (t[0].text.isupper() and len(t[0].text) > 1 and t[0].kind == WORD):
            return 0
        if "," not in (x.text for x in t[1:4]):
            return 0
        return next((j + 1 for j in range(2, min(len(t), 14)) if t[j].text in ("\u2014", "\u2013", "-") and not t[j].glued), 0)

    @cached_property
    def possessive_times(self) -> dict[str, int]:
        """Each time phrase written as the possessive of a number right after it ("on the previous week's 3,215"), with that
        number's token index: it dates that number only, not the others of its sentence."""
        out: dict[str, int] = {}
        for i, phrase in self.time_marks:
            end = i + len(phrase.split()) - 1
            if end + 1 < len(self.tokens) and self.tokens[end].lower.endswith(("'s", "\u2019s")) and self.tokens[end + 1].kind == NUMBER:
                out[f"{self.tokens[i].sentence}:{_plain_time(phrase)}"] = end + 1
        return out

    @cached_property
    def times(self) -> dict[int, frozenset[str]]:
        """The years ("2019") and time phrases ("last year") written in each sentence, by sentence index."""
        found: dict[int, set[str]] = {}
        for i, phrase in self.time_marks:
            found.setdefault(self.tokens[i].sentence, set()).add(_plain_time(phrase))
        return {k: frozenset(v) for k, v in found.items()}

    def in_since_clause(self, i: int) -> bool:
        """True when the time at token i is in a clause opened by "since" ("since 2021", "since the ward boundaries were
        redrawn in 2017"), with no comma or other stop between."""
        tokens = self.tokens
        for k in range(i - 1, max(-1, i - 14), -1):
            if tokens[k].sentence != tokens[i].sentence or tokens[k].kind == PUNCT:
                return False
            if tokens[k].lower == "since":
                return True
        return False

    def times_of(self, amount) -> frozenset[str]:
        """The times of its sentence that date this amount, leaving out the present ("this season").

        A time nearest another amount that a comparison introduces is that amount's: in "3,874 households, up
        from 3,310 in 2021", 2021 dates 3,310, not 3,874.
        """
        return self._amount_times.get(amount.first, frozenset())

    @cached_property
    def _amount_times(self) -> dict[int, frozenset[str]]:
        """times_of for every amount of the block, by its first token."""
        shared, own, firsts = self._times_placed
        return {
            first: frozenset(shared.get(sentence, set()) | own.get(first, set()))
            for sentence, starts in firsts.items()
            for first in starts
        }

    @cached_property
    def _times_placed(self) -> tuple[dict[int, set[str]], dict[int, set[str]], dict[int, list[int]]]:
        """The times that date every amount of a sentence (by sentence), those that date only the amount they stand
        beside (by its first token), and each sentence's amounts' first tokens: worked out in one pass over each sentence."""
        from bisect import bisect_left

        firsts: dict[int, list[int]] = {}
        for a in self.amounts:
            firsts.setdefault(self.tokens[a.first].sentence, []).append(a.first)
        for starts in firsts.values():
            starts.sort()
        ranges = {a.first: a.last for a in self.amounts if a.in_range}  # the first token of a range's figure -> its last
        lasts = {a.first: a.last for a in self.amounts}
        lengths = {a.first for a in self.amounts if a.unit in self.knowledge.duration_units}
        shared: dict[int, set[str]] = {}  # the sentence's times that date every amount in it
        own: dict[int, set[str]] = {}  # times that date only the amount they stand beside
        placed: dict[int, set[str]] = {}  # the last token of each time placed -> the set it went to
        for i, phrase in self.time_marks:
            sentence = self.tokens[i].sentence
            if sentence not in firsts or phrase.startswith(("this ", "current ")):
                continue
            last = i + len(phrase.split()) - 1
            phrase = _plain_time(phrase)  # "the first-quarter average" is of the first quarter
            if i > 2 and self.tokens[i - 1].lower == "the" and self.tokens[i - 2].text == "," and i - 3 in placed:
                placed[last] = placed[i - 3]
                placed[last].add(phrase)  # "in April-September 2026, the first half of the financial year": one time named again
                continue
            if i > 0 and self.tokens[i - 1].lower == "since" or self.in_since_clause(i):
                continue  # "the first jackpot won here since 2021": a span up to now dates nothing in another time
            if any(self.tokens[k].lower == "than" for k in range(max(0, i - 5), i)) and not any(self.tokens[k].kind == NUMBER for k in range(max(0, i - 5), i)):
                continue  # "about 9 per cent more than at the same point last season": the time of what it is compared with
            if phrase.isdigit() and i > 1 and (self.tokens[i - 1].lower in _DETERMINERS or self.tokens[i - 1].lower.endswith(("'s", "\u2019s"))) \
                    and self.tokens[i - 2].lower in _SET_AGAINST \
                    and last + 1 < len(self.tokens) and self.tokens[last + 1].kind == WORD \
                    and not any(self.tokens[k].kind == NUMBER for k in range(last + 1, min(len(self.tokens), last + 5))):
                continue  # "Toronto's pace remains about a third below its 2021 average": the year of the noun it is set against
                # (not "provided for in the 2021 accounts": the time of the figure)
            if last + 1 < len(self.tokens) and self.tokens[last].lower.endswith(("'s", "\u2019s")) and self.tokens[last + 1].kind == WORD \
                    and not any(self.tokens[k].kind == NUMBER for k in range(last + 1, min(len(self.tokens), last + 5))):
                continue  # "in line with expectations following last year's increase": the time of the noun it owns, no figure's
            # ("from 11,450 in the last three months of 2025": a length within the time phrase is no figure it dates)
            starts = [f for f in firsts[sentence] if f not in lengths] or firsts[sentence]
            k = bisect_left(starts, i)
            # nearest by the gap between the two, not their first tokens: "fell to 386,400 tonnes in 2025 from 412,900
            # tonnes in 2024" dates 386,400, its unit between
            nearest = min(starts[max(0, k - 1) : k + 1], key=lambda f: (i - lasts[f] if f < i else f - last, f))
            if nearest > i and k > 0 and any(self.tokens[j].text in (",", ";") for j in range(last + 1, nearest)) \
                    and not any(self.tokens[j].kind == PUNCT for j in range(lasts[starts[k - 1]] + 1, i)):
                nearest = starts[k - 1]  # "71 per cent of transactions in 2025, up from 63 per cent": the time ends the clause before the comma (or semicolon)
            if k == len(starts) and any(self.tokens[j].lower in _CLAUSE_BREAKS or self.tokens[j].lower == "and" and self.tokens[j + 1].lower == "that"
                                        or self.tokens[j].lower == "and" and self.tokens[j - 1].text == "," and _a_verb_done(self.tokens[j + 1].lower)
                                        or self.tokens[j].text == "," and self.tokens[j + 1].lower in ("a", "an") and j + 2 < i
                                        and self.tokens[j + 2].lower not in _TIME_UNITS for j in range(nearest + 1, i)):
                continue  # "receipts of $16.4 million showed …, and that the office expected the second quarter to be stronger": another clause's time
                # (", and warned that the talks would shape the 2027 season": a second verb's clause)
                # ("nine chose to remain anonymous, a practice the Legislature allowed starting in 2024": the appositive's)
            before = [t.lower for t in self.tokens[max(0, nearest - 4) : nearest]]
            if any(w in _COMPARED_FROM for w in before[1:]) or "on" in before and any(w in _CHANGED_ON for w in before):
                into = own.setdefault(nearest, set())  # "up from 3,310 in 2021", "a 12% rise on the 168,900 tonnes it mined in 2024"
            elif nearest < i and i - lasts[nearest] <= 2 and any(f < nearest and any(self.tokens[j].lower in _RELATIVE_OPENERS for j in range(f, nearest)) for f in starts):
                # "the projection of ₹1,054 crore … for a corporation that collected barely ₹890 crore last year": the
                # relative clause's figure, the time right after it, no time of the figure before the clause
                into = own.setdefault(nearest, set())
            elif (opener := next((j for j in range(i - 2, starts[0], -1) if self.tokens[j].lower in _SUBORDINATE and self.tokens[j - 1].text == ","), None)) is not None:
                # "27,600 boepd, up 23 per cent from 22,400 boepd in 2025, after three infill wells drilled in the first
                # half came on stream": the time of the clause after the comma, only the figures inside it
                if not any(opener < f < i for f in starts):
                    continue
                into = own.setdefault(max(f for f in starts if opener < f < i), set())
            elif (said := next((j for j in range(i - 1, starts[0], -1) if self.tokens[j].lower in _REPORTING_VERBS), None)) is not None \
                    and any(f > said for f in starts):
                # "Ikoyi Trust, which operates 214 branches …, said mobile channels carried 71 per cent in 2025": the
                # reported clause's time; the figures telling who said it are of now
                for f in starts:
                    if f > said:
                        own.setdefault(f, set()).add(phrase)
                into = own[min(f for f in starts if f > said)]
            elif i > 0 and self.tokens[i - 1].lower == "by" and phrase.isdigit() and nearest < i:
                into = own.setdefault(nearest, set())  # "a target of one million arrivals a year by 2028": the target's year
            elif nearest in ranges and 0 < i - ranges[nearest] <= 2:
                into = own.setdefault(nearest, set())  # "between 190,000 and 210,000 tonnes in 2026": a forecast's year
            elif (clause := self._semicolon_clause(i, starts)) is not None:
                # "3,130 children, up slightly from last year; 298 of them are among the 1,241 kindergartners": a semicolon
                # parts two clauses, and a time dates its own clause's figures only
                for f in clause:
                    own.setdefault(f, set()).add(phrase)
                into = own[clause[0]]
            else:
                into = shared.setdefault(sentence, set())
            into.add(phrase)
            placed[last] = into
        return shared, own, firsts

    def _semicolon_clause(self, i: int, starts: list[int]) -> list[int] | None:
        """The first tokens of the figures in the semicolon clause of token i, when its sentence has another clause
        holding figures; else None."""
        sentence = self.tokens[i].sentence
        cuts = [k for k in range(starts[0], starts[-1] + 1) if self.tokens[k].text == ";" and self.tokens[k].sentence == sentence]
        if not cuts:
            return None
        lo = max((c for c in cuts if c < i), default=-1)
        hi = min((c for c in cuts if c > i), default=len(self.tokens))
        mine = [f for f in starts if lo < f < hi]
        return mine if mine and len(mine) < len(starts) else None

    @cached_property
    def _quantities(self) -> tuple[list[Amount], list[Quantity]]:
        # an amount starts at a number or a number word: a block with neither (most paragraphs) states none,
        # and its times need not be read
        if not any(t.kind == NUMBER or (t.kind == WORD and t.lower in NUMBER_WORDS) for t in self.tokens):
            return [], []
        return read_quantities(self.tokens, self.block.text, self.knowledge, self.times, self.possessive_times)

    @property
    def amounts(self) -> list[Amount]:
        return self._quantities[0]

    @cached_property
    def quantities(self) -> list[Quantity]:
        """The block's quantity facts, each dated by its sentence's times less those another of its amounts owns ("Ikoyi
        Trust, which operates 214 branches, said channels carried 71 per cent of transactions, up from 63 per cent in
        2025": 2025 is 63 per cent's, not the branches')."""
        facts = self._quantities[1]
        if not facts:
            return facts  # (a block with no figure reads no times)
        shared, own, _ = self._times_placed
        if not own:
            return facts
        out = []
        for q in facts:
            sentence = self.tokens[q.amount.first].sentence
            others = {t for first, times in own.items() if first != q.amount.first and self.tokens[first].sentence == sentence for t in times}
            drop = others - own.get(q.amount.first, set()) - shared.get(sentence, set())
            out.append(replace(q, times=q.times - drop) if q.times & drop else q)
        return out

    @cached_property
    def by_sentence(self) -> dict[int, tuple[list[Amount], list[Quantity]]]:
        """The block's amounts and quantity facts, by the index of the sentence that holds them."""
        out: dict[int, tuple[list[Amount], list[Quantity]]] = {}
        for a in self.amounts:
            out.setdefault(self.tokens[a.first].sentence, ([], []))[0].append(a)
        for q in self.quantities:
            out.setdefault(q.sentence, ([], []))[1].append(q)
        return out

    @cached_property
    def results(self) -> tuple[list[Result], list[SideCount]]:
        """Vote tallies and match scores, and vote sides stated alone."""
        return read_results(self.tokens, self.amounts, self.knowledge)

    def sentence_text(self, index: int) -> str:
        sentences = self.block.sentences
        if not sentences:
            return self.block.text
        s = sentences[min(index, len(sentences) - 1)]
        return s.text


@dataclass(frozen=True)
class Statement:
    """A fact with the block that states it."""

    block: AnnotatedBlock
    fact: Quantity


class Annotation:
    """Every block of one document, annotated on first use, and its fact table."""

    def __init__(self, doc: Document, knowledge: dict | None = None, day_first: bool = True) -> None:
        self.doc = doc
        self.day_first = day_first
        given = (knowledge or {}).get("quantities")
        self.quantity_knowledge = given if isinstance(given, QuantityKnowledge) else _shipped_quantities()
        self.knowledge = knowledge or {}

    @cached_property
    def blocks(self) -> list[AnnotatedBlock]:
        """Every block a reader sees as part of the article (asides left out)."""
        return [AnnotatedBlock(b, self.quantity_knowledge) for b in self.doc.blocks if b.kind is not BlockKind.ASIDE]

    @cached_property
    def prose(self) -> list[AnnotatedBlock]:
        """The blocks of the reporter's own prose (not block quotations, captions, bylines)."""
        return [b for b in self.blocks if b.block.kind in PROSE_KINDS]

    @cached_property
    def body(self) -> list[AnnotatedBlock]:
        return [b for b in self.blocks if b.block.kind in BODY_KINDS]

    @cached_property
    def headlines(self) -> list[tuple[object, AnnotatedBlock]]:
        """Each place the article states its headline, annotated as a one-sentence block of its own."""
        out = []
        for m in self.doc.candidates(MetaField.HEADLINE):
            block = Block(index=-1, kind=BlockKind.HEADLINE, text=m.value, segments=((0, m.span.start),))
            out.append((m, AnnotatedBlock(block, self.quantity_knowledge)))
        return out

    @cached_property
    def standfirsts(self) -> list[tuple[object, AnnotatedBlock]]:
        """Each standfirst the article's metadata states (a front-matter description) that no block of its body repeats,
        annotated as a block of its own."""
        written = {b.block.text.strip() for b in self.blocks}
        out = []
        for m in self.doc.candidates(MetaField.STANDFIRST):
            if m.value.strip() in written:
                continue
            block = Block(index=-1, kind=BlockKind.STANDFIRST, text=m.value, segments=((0, m.span.start),))
            out.append((m, AnnotatedBlock(block, self.quantity_knowledge)))
        return out

    @cached_property
    def quantities(self) -> list[Statement]:
        """The quantity facts of the article's prose, in reading order.

        "His" and "her" before a figure are linked to the person last named before it
        (light coreference: a capitalised pair such as "Dan Kowalczyk" or "Ms Reyes", or a
        later bare mention of a surname so introduced), so "his five wickets" is scoped to
        Kowalczyk like "Kowalczyk's six wickets"; with no one named before, the pronoun stays.
        """
        statements = []
        if not any(q.scope & PERSONAL_POSSESSIVES for b in self.prose for q in b.quantities):
            # no "his"/"her" to link: the people named need not be followed
            return _full_age_owners(self.prose, [Statement(b, q) for b in self.prose for q in sorted(b.quantities, key=lambda q: q.amount.first)])
        named: set[str] = set()
        last: str | None = None
        for b in self.prose:
            tokens = b.tokens
            # the block's person mentions, in order (only capitalised words can end one)
            mentions = [(k, surname) for k, t in enumerate(tokens) if t.kind == WORD and t.text[:1].isupper() and (surname := _person_at(tokens, k, named))]
            m = 0
            for q in sorted(b.quantities, key=lambda q: q.amount.first):
                while m < len(mentions) and mentions[m][0] < q.amount.first:
                    last = mentions[m][1]
                    m += 1
                if last is not None and q.scope & PERSONAL_POSSESSIVES:
                    q = replace(q, scope=(q.scope - PERSONAL_POSSESSIVES) | {last})
                statements.append(Statement(b, q))
            if mentions:
                last = mentions[-1][1]
        return _full_age_owners(self.prose, statements)

    @cached_property
    def money_links(self):
        """Each later mention of a sum tied to the earlier one it refers back to (factcheck/reading/coreference.py),
        read once for the checks that use them."""
        from .coreference import money_links

        return money_links(self)

    @property
    def published(self) -> _dt.date | None:
        return self.doc.published

    @cached_property
    def time(self):
        """The date, weekday, duration, deadline and period readings of every block (factcheck/reading/times.py)."""
        from ..language.periods import periods_of
        from .times import Readings

        return Readings(self.doc, self.day_first, self.quotes_of, periods_of(self.knowledge))

    def quotes_of(self, block: Block) -> list[tuple[int, int]]:
        """The direct quotes of one of the document's blocks, read once for every reader."""
        annotated = self._by_block.get(id(block))
        return annotated.quotes if annotated is not None else quoted_spans(block.text)

    def tense_of(self, block: Block):
        """The tense reading of one of the document's blocks, read once for every time expression in it."""
        annotated = self._by_block.get(id(block))
        if annotated is not None:
            return annotated.tense
        from ..language.tense import TenseReading

        return TenseReading(block.text)

    @cached_property
    def _by_block(self) -> dict[int, AnnotatedBlock]:
        return {id(b.block): b for b in self.blocks}

    @cached_property
    def people(self):
        """The people of the article, read with the configuration's people and roles knowledge (factcheck/reading/people.py)."""
        from ..language.people import people_knowledge
        from ..language.roles import roles_of
        from .people import read_people_of

        return read_people_of(self.doc, people_knowledge(self.knowledge), roles_of(self.knowledge))

    def line(self, block: AnnotatedBlock, pos: int) -> int:
        """Return the line of the original file that holds text position pos of a block."""
        return self.doc.line_col(block.block.source_offset(pos))[0]


def _full_age_owners(prose: list[AnnotatedBlock], statements: list[Statement]) -> list[Statement]:
    """Give an age told of a bare surname ("said Adeyemi, 41") the full name last written before it with that surname
    ("Oluwabunmi Adeyemi"), so that a relative's age ("Their daughter, Feyi Adeyemi, 15") is another person's."""
    if not any(st.fact.unit == "age" and st.fact.owner and " " not in st.fact.owner for st in statements):
        return statements
    by_block: dict[int, list[Statement]] = {}
    for st in statements:
        by_block.setdefault(id(st.block), []).append(st)
    out, first_full = [], {}
    for block in prose:
        tokens = block.tokens
        full_names = [(k, full) for k in range(1, len(tokens)) if (full := _full_name_at(tokens, k))]
        n = 0
        for st in by_block.get(id(block), ()):
            q = st.fact
            while n < len(full_names) and full_names[n][0] < q.amount.first:
                first_full.setdefault(full_names[n][1].split()[-1], full_names[n][1])
                n += 1
            if q.unit == "age" and q.owner and " " not in q.owner and q.owner in first_full:
                # among several of one surname (a woman, her husband, their son), the bare surname is the one the
                # article brought in first: its subject, as relatives come in by full name after it
                st = replace(st, fact=replace(q, owner=first_full[q.owner]))
            out.append(st)
        for _, full in full_names[n:]:
            first_full.setdefault(full.split()[-1], full)
    return out


def _full_name_at(tokens: list[Token], k: int) -> str | None:
    """The first name and surname of a person whose surname is token k ("Michael Doyle"; "Margaret "Peggy" Doyle", a
    nickname between them), or None."""
    t = tokens[k]
    if t.kind != WORD or not t.capitalised or (k + 1 < len(tokens) and tokens[k + 1].capitalised):
        return None
    first = k - 4 if nickname_before(tokens, k) else k - 1  # a nickname in quotes between the names
    f = tokens[first] if first >= 0 else None
    if f is None or f.kind != WORD or not f.capitalised or f.sentence != t.sentence:
        return None
    return f"{f.lower} {t.lower}"


def _person_at(tokens: list[Token], k: int, named: set[str]) -> str | None:
    """Return the surname a person mention ends with at token k ("Dan Kowalczyk", "Ms Reyes", a bare "Kowalczyk" once so named), else None."""
    t = tokens[k]
    if not t.capitalised or (k + 1 < len(tokens) and tokens[k + 1].capitalised):
        return None
    surname = t.lower
    if surname in named:
        return surname
    if k > 0 and tokens[k - 1].capitalised and tokens[k - 1].sentence == t.sentence and not t.quoted:
        named.add(surname)
        return surname
    return None


def _shipped_quantities() -> QuantityKnowledge:
    from ..config import load_rules

    return load_rules().knowledge["quantities"]


def _plain_time(phrase: str) -> str:
    """A time phrase as its words, hyphens, an opening "in the" and a closing "of" dropped: "first - quarter" (tokens of
    "first-quarter") is "first quarter", and so are "in the first quarter" and "the first quarter of" (the year)."""
    return phrase.replace(" - ", " ").replace(" \u2010 ", " ").replace(" \u2011 ", " ").removeprefix("in the ").removesuffix(" of")
