"""Splitting a block of prose into sentences, tolerant of news abbreviations and quotes."""

from __future__ import annotations

import re

# Words that end in a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st gen lt col capt sgt rev sen rep gov pres supt insp det cllr
    no nos vs v etc approx est inc ltd co corp jr sr jan feb mar apr jun jul aug sep sept
    oct nov dec mon tue tues wed thu thur thurs fri sat sun a.m p.m e.g i.e u.s u.k u.n rs shs tk
    ma wm chas jas thos""".split()  # (the last, given names cut short inside a name: "Jose Ma. Villareal", "Wm. Hart")
)

# Nouns a single capital letter labels ("in category C.", "Plan B."): the letter is no initial, and a full stop after it may end
# the sentence.
_LETTER_LABELS = frozenset(
    """category categories grade grades class plan vitamin type group groups pool section division tier band block zone stage
    phase level part wing ward bay gate terminal platform schedule annex appendix exhibit option model series row stand
    pier court lane unit league""".split()
)
_LABEL_BEFORE = re.compile(r"([A-Za-z]+)\s+\Z")

# A sentence ends at . ! or ? (optionally followed by closing quotes or brackets),
# then whitespace, then something that can start a sentence. It is tried only at the first
# mark of a run ("...."), so a long run of marks is not rescanned from each of its marks.
_BOUNDARY = re.compile(r"""(?<![.!?])[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9\u00C0-\u024F])""")
_LAST_WORD = re.compile(r"([\w.]+)$")
# Longer than any abbreviation above: the word before a full stop is looked for only this far back,
# so each full stop costs the same however long the paragraph (searching from 0 made it quadratic).
_LOOKBACK = 8
# No sentence runs longer than this: text without a full stop (a list, a table pasted as one
# line, a hostile input) is cut at a space every so often, so that whatever the readers do per
# sentence stays bounded and a paragraph costs time in proportion to its length.
MAX_SENTENCE = 2000


# A wire dateline opening a paragraph ("KIGALI, Tuesday 14 April 2026 –", "LUSAKA, March 12, 2026 -"): a place in
# capitals, a comma and a spaced dash within a few words. It dates the report, not what the sentence after it tells.
_DATELINE = re.compile(r"\A[A-Z][A-Z'\u2019.-]+(?:\s[A-Z][A-Z'\u2019.-]+){0,3},\s(?:[\w,.'\u2019]+\s){1,8}?[-\u2013\u2014]\s")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in text, whitespace trimmed; a wire dateline is a sentence of its own."""
    spans: list[tuple[int, int]] = []
    start = 0
    if (dateline := _DATELINE.match(text)) is not None and any(c.isdigit() for c in dateline.group()):
        spans.append((0, dateline.end()))
        start = dateline.end()
    for m in _BOUNDARY.finditer(text, start):
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
        while e - s > MAX_SENTENCE:
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            trimmed.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def _is_abbreviation(text: str, dot: int) -> bool:
    window = max(0, dot - _LOOKBACK)
    m = _LAST_WORD.search(text, window, dot)
    if not m:
        return False
    if m.start() == window and window > 0 and (text[window - 1].isalnum() or text[window - 1] in "._"):
        return False  # the word goes on before the window: too long to be an abbreviation or an initial
    word = m.group(1).lower().rstrip(".")
    # Initials ("J. K. Rowling") and known abbreviations do not end sentences.
    if len(word) == 1 and word.isalpha() and m.start() > 0:
        label = _LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if label is not None and label.group(1).lower() in _LETTER_LABELS:
            return False  # "100 in category C. Last season …": a label's letter, no initial
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
