"""Spelled and written numbers: "fifty", "twenty-five", "two hundred and fifty", "a dozen", "50,000".

The one reader of number words, shared by the date, duration and figure readers (so none
of them imports another to read a number).
"""

from __future__ import annotations

import re


UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}
_TEEN_WORDS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100, "thousandth": 1000,
}

_ALL_NUMBER_WORDS = sorted(
    [*UNIT_WORDS, *_TEEN_WORDS, *_TENS_WORDS, *_SCALE_WORDS, "hundred", "dozen"],
    key=len,
    reverse=True,
)
_WORD_ALT = "|".join(_ALL_NUMBER_WORDS)

#: Regex source matching a run of spelled number words ("fifty", "twenty-five",
#: "two hundred and fifty", "a dozen", "three and a half"). Validate with
#: `parse_number`; the pattern alone also accepts nonsense like "ten and two".
NUMBER_WORDS_PATTERN = (
    rf"(?:(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?"
    rf"(?:{_WORD_ALT})\b(?:(?:\s+and\s+|[\s-])(?:{_WORD_ALT})\b)*"
    rf"(?:\s+and\s+a\s+half\b)?)"
)

WORD_TOKEN_RE = re.compile(r"[A-Za-z]+")
_DIGITS_VALUE_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_WORDS_FULL_RE = re.compile(NUMBER_WORDS_PATTERN + r"\Z", re.IGNORECASE)


def value_of_words(words: list[str]) -> float | None:
    """Value of a list of lowercased number words, None if they do not form one number."""
    total = 0.0
    current = 0.0
    last = None  # kind of the previous word, to reject "ten two", "ten and five"
    seen_and = False
    half = False
    for i, word in enumerate(words):
        if word == "and":
            # "and" only joins "hundred and fifty", "thousand and two", "and a half"
            if last not in ("hundred", "scale", "unit", "teen", "tens"):
                return None
            seen_and = True
            continue
        if word in ("a", "an"):
            if i == 0:
                current, last = 1.0, "article"
                continue
            if seen_and and words[i + 1:i + 2] == ["half"]:
                continue
            return None
        if word == "half":
            if not seen_and:
                return None
            half = True
            last = "half"
            continue
        if seen_and and last in ("unit", "teen", "tens") and word not in _SCALE_WORDS:
            # "ten and fifteen" is two numbers
            if word != "half":
                return None
        if word in UNIT_WORDS:
            if last not in (None, "tens", "hundred", "scale"):
                return None
            current += UNIT_WORDS[word]
            last = "unit"
        elif word in _TEEN_WORDS:
            if last not in (None, "hundred", "scale"):
                return None
            current += _TEEN_WORDS[word]
            last = "teen"
        elif word in _TENS_WORDS:
            if last not in (None, "hundred", "scale"):
                return None
            current += _TENS_WORDS[word]
            last = "tens"
        elif word == "hundred":
            if last not in ("unit", "teen", "article"):
                return None
            current *= 100
            last = "hundred"
        elif word == "dozen":
            if last not in ("unit", "article"):
                return None
            current *= 12
            last = "dozen"
        elif word in _SCALE_WORDS:
            if last not in ("unit", "teen", "tens", "hundred", "article", "dozen"):
                return None
            total += current * _SCALE_WORDS[word]
            current = 0.0
            last = "scale"
        else:
            return None
        seen_and = False
    if last in (None, "article"):
        return None
    value = total + current
    return value + 0.5 if half else value


def parse_number(text: str) -> float | None:
    """Return the value of a written number ("50,000", "2.5", "fifty thousand", "a dozen"), or None."""
    text = text.strip()
    if _DIGITS_VALUE_RE.fullmatch(text):
        return float(text.replace(",", ""))
    if not _WORDS_FULL_RE.match(text):
        return None
    words = [w.lower() for w in WORD_TOKEN_RE.findall(text)]
    return value_of_words(words)


#: Every word that can be part of a spelled number ("twelve", "hundred", "million", "dozen").
NUMBER_WORDS = frozenset(_ALL_NUMBER_WORDS)
