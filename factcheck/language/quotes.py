"""Spans of direct quotation in a paragraph.

Double quotes, straight or curly, always quote. Single quotes (‘ ’ or ') quote
only when they pair up and are not apostrophes: "Ukraine’s" (between letters)
and "leaders’ meeting" (after a word-final s) are apostrophes. A paragraph that
opens a double quote and never closes it is quoted to its end, as news style
does for quotes running over several paragraphs. Spans include the quote marks;
quotes nested inside a quote are not reported separately.
"""

from __future__ import annotations

import re
from bisect import bisect_right


__all__ = ["in_quote", "quoted_spans"]

_DOUBLE_OPEN = "“"
_DOUBLE_CLOSE = "”"
_SINGLE_MARKS = "‘’'"
_MARKS = re.compile("[\"\u201c\u201d\u2018\u2019']")
_SINGLE_OPEN_AFTER = " \t\n([{“\"—–-/"


def _opens_single(text: str, i: int) -> bool:
    """A single mark at i opens a quote: at a word start, before a non-space character."""
    before_ok = i == 0 or text[i - 1] in _SINGLE_OPEN_AFTER
    after_ok = i + 1 < len(text) and not text[i + 1].isspace() and text[i + 1] not in _SINGLE_MARKS
    return text[i] != "’" and before_ok and after_ok or (text[i] == "‘" and after_ok)


def _closes_single(text: str, j: int) -> bool:
    """A single mark at j can close a quote: after a non-space, not followed by a letter."""
    if text[j] == "‘" or j == 0 or text[j - 1].isspace():
        return False
    return j + 1 >= len(text) or not text[j + 1].isalnum()


def _single_close(text: str, start: int, limit: int) -> int | None:
    """Position of the mark closing a single quote opened before start, or None."""
    fallback = None
    for j in range(start, limit):
        if text[j] not in "’'" or not _closes_single(text, j):
            continue
        if text[j - 1] in "sS" and j + 1 < len(text) and text[j + 1] == " ":
            # "leaders’ meeting": most likely an apostrophe; keep it only as a last resort
            if fallback is None:
                fallback = j
            continue
        return j
    return fallback


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of direct quotations in text, quote marks included."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    open_at: int | None = None
    i = 0
    # Remembered between marks so that a paragraph of many single marks is read once, not once per mark:
    # the next opening double quote, and a stretch already known to hold no closing single mark.
    next_double = -2
    no_close: tuple[int, int] | None = None
    while i < n:
        # Only quote marks matter: jump from one to the next.
        mark = _MARKS.search(text, i)
        if mark is None:
            break
        i = mark.start()
        c = text[i]
        if open_at is not None:
            if c in (_DOUBLE_CLOSE, '"'):
                spans.append((open_at, i + 1))
                open_at = None
            i += 1
            continue
        if c == _DOUBLE_OPEN or (c == '"' and i + 1 < n and not text[i + 1].isspace()):
            open_at = i
        elif c in (_DOUBLE_CLOSE, '"'):
            # a closing mark with nothing open: the paragraph continues an earlier quote
            if not spans:
                spans.append((0, i + 1))
        elif c in _SINGLE_MARKS and _opens_single(text, i):
            if next_double != -1 and next_double < i:
                next_double = text.find(_DOUBLE_OPEN, i)
            limit = n if next_double < 0 else next_double
            if no_close is not None and no_close[0] <= i + 1 and no_close[1] == limit:
                close = None  # a later start inside a stretch with no closing mark finds none either
            else:
                close = _single_close(text, i + 1, limit)
                if close is None:
                    no_close = (i + 1, limit)
            if close is not None:
                spans.append((i, close + 1))
                i = close + 1
                continue
        i += 1
    if open_at is not None:
        spans.append((open_at, n))
    return spans


def in_quote(spans: list[tuple[int, int]], pos: int) -> bool:
    """Return True when pos falls inside one of the (sorted, non-overlapping) quoted spans."""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]
