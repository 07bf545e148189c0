"""Tokens: one pass over a block's text into words, numbers, symbols and punctuation.

Every later reader walks these tokens instead of rescanning the text. The scan is
one `finditer` of one pattern, so it is linear in the length of the block; each
token knows its sentence and whether it sits inside a direct quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple
from functools import cache

WORD, NUMBER, SYMBOL, PUNCT = "word", "number", "symbol", "punct"


@cache
def _pattern() -> re.Pattern[str]:
    # Compiled on first use, not at import: start-up stays lean.
    return re.compile(
        # thousands grouped by commas ("12,600") or, as southern African and ISO style writes them, by spaces ("12 600")
        r"(?P<number>(?<!\w)\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d\w])(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?)"
        r"|(?P<word>[^\W\d_]+(?:['\u2019][^\W\d_]+)*)"
        r"|(?P<symbol>[£$€¥₹₦₩₱₺₽₴₵₸%])"
        r"|(?P<punct>[^\s\w])"
    )


_NEVER = float("inf")  # past the end of any text
_new = tuple.__new__


class Token(NamedTuple):
    """One word, number, currency or percent sign, or punctuation mark of a block.

    A named tuple, not a dataclass: an article makes thousands of tokens, and a tuple is
    the cheapest object Python builds; the lower-case form is made once, here.
    """

    kind: str
    text: str
    start: int  # offsets into the block's text
    end: int
    glued: bool  # no space between this token and the one before
    sentence: int  # index of the block's sentence that holds it
    quoted: bool  # inside a direct quote
    lower: str  # text in lower case

    @property
    def capitalised(self) -> bool:
        return self.kind == WORD and self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.kind == WORD

    @property
    def is_number(self) -> bool:
        return self.kind == NUMBER


def tokenize(text: str, sentence_starts: list[int] | None = None, quotes: list[tuple[int, int]] | None = None) -> list[Token]:
    """Return the tokens of a text, each with its sentence index and quote flag."""
    # The hot loop of every article: the next sentence start and the current quote are kept in
    # locals, and tokens are built by tuple.__new__ (what Token(...) calls, less one frame).
    later_starts = iter((sentence_starts or [0])[1:])
    next_sentence = next(later_starts, _NEVER)
    quote_spans = iter(quotes or ())
    quote_start, quote_end = next(quote_spans, (_NEVER, _NEVER))
    tokens: list[Token] = []
    append = tokens.append
    previous_end = -1
    sentence = 0
    for m in _pattern().finditer(text):
        start, end = m.span()
        while next_sentence <= start:
            sentence += 1
            next_sentence = next(later_starts, _NEVER)
        while quote_end <= start:
            quote_start, quote_end = next(quote_spans, (_NEVER, _NEVER))
        word = m.group()
        append(_new(Token, (m.lastgroup or PUNCT, word, start, end, start == previous_end, sentence, quote_start <= start, word.lower())))
        previous_end = end
    return tokens


def token_at(tokens: list[Token], starts: list[int], offset: int) -> int:
    """Return the index of the token that starts at or before a text offset."""
    return max(bisect_right(starts, offset) - 1, 0)
