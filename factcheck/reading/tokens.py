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
        r"(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)"
        r"|(?P<word>[^\W\d_]+(?:['\u2019][^\W\d_]+)*)"
        r"|(?P<symbol>[£$€¥₹₦₩₱₺₽₴₵₸%])"
        r"|(?P<punct>[^\s\w])"
    )


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
    sentence_starts = sentence_starts or [0]
    quotes = quotes or []
    tokens: list[Token] = []
    previous_end = -1
    quote_index = 0
    sentence = 0
    for m in _pattern().finditer(text):
        start = m.start()
        while sentence + 1 < len(sentence_starts) and sentence_starts[sentence + 1] <= start:
            sentence += 1
        while quote_index < len(quotes) and quotes[quote_index][1] <= start:
            quote_index += 1
        quoted = quote_index < len(quotes) and quotes[quote_index][0] <= start
        kind = m.lastgroup or PUNCT
        word = m.group()
        tokens.append(Token(kind, word, start, m.end(), start == previous_end, sentence, quoted, word.lower()))
        previous_end = m.end()
    return tokens


def token_at(tokens: list[Token], starts: list[int], offset: int) -> int:
    """Return the index of the token that starts at or before a text offset."""
    return max(bisect_right(starts, offset) - 1, 0)
