"""Splitting a block of prose into sentences, tolerant of news abbreviations and quotes."""

from __future__ import annotations

import re

# Words that end in a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st gen lt col capt sgt rev sen rep gov pres supt insp det cllr
    no nos vs v etc approx est inc ltd co corp jr sr jan feb mar apr jun jul aug sep sept
    oct nov dec mon tue tues wed thu thur thurs fri sat sun a.m p.m e.g i.e u.s u.k u.n""".split()
)

# A sentence ends at . ! or ? (optionally followed by closing quotes or brackets),
# then whitespace, then something that can start a sentence.
_BOUNDARY = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9\u00C0-\u024F])""")
_LAST_WORD = re.compile(r"([\w.]+)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in text, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _LAST_WORD.search(text, 0, dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    # Initials ("J. K. Rowling") and known abbreviations do not end sentences.
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
