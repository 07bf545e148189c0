"""reading.tokens: kinds, offsets, gluing, sentence index and quote flag of every token, in linear time."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from factcheck.language.quotes import quoted_spans
from factcheck.reading.tokens import NUMBER, PUNCT, SYMBOL, WORD, tokenize, token_at

from ..conftest import ROOT

KINDS = [
    # (name, text, [(kind, text), ...])
    ("words and a figure with separators", "Sales hit 1,860 seats", [(WORD, "Sales"), (WORD, "hit"), (NUMBER, "1,860"), (WORD, "seats")]),
    ("decimal and percent sign", "up 4.5%", [(WORD, "up"), (NUMBER, "4.5"), (SYMBOL, "%")]),
    ("currency sign, figure, scale suffix", "£1.2m", [(SYMBOL, "£"), (NUMBER, "1.2"), (WORD, "m")]),
    ("rupee sign and crore", "₹40 crore", [(SYMBOL, "₹"), (NUMBER, "40"), (WORD, "crore")]),
    ("dollar and euro signs", "$5 or €4", [(SYMBOL, "$"), (NUMBER, "5"), (WORD, "or"), (SYMBOL, "€"), (NUMBER, "4")]),
    ("apostrophes stay inside a word", "the council's plan isn’t final", [(WORD, "the"), (WORD, "council's"), (WORD, "plan"), (WORD, "isn’t"), (WORD, "final")]),
    ("a hyphen compound is three tokens", "a 310-metre bridge", [(WORD, "a"), (NUMBER, "310"), (PUNCT, "-"), (WORD, "metre"), (WORD, "bridge")]),
    ("letters glued to digits split", "the A40 and MH17", [(WORD, "the"), (WORD, "A"), (NUMBER, "40"), (WORD, "and"), (WORD, "MH"), (NUMBER, "17")]),
    ("a time is two numbers and a colon", "at 16:10.", [(WORD, "at"), (NUMBER, "16"), (PUNCT, ":"), (NUMBER, "10"), (PUNCT, ".")]),
    ("ordinal suffix is a word", "3rd", [(NUMBER, "3"), (WORD, "rd")]),
    ("curly quotes are punctuation", "“Yes,” she said", [(PUNCT, "“"), (WORD, "Yes"), (PUNCT, ","), (PUNCT, "”"), (WORD, "she"), (WORD, "said")]),
    ("accented letters are word letters", "Zoë Müller", [(WORD, "Zoë"), (WORD, "Müller")]),
    ("a score with an en dash", "won 26–18", [(WORD, "won"), (NUMBER, "26"), (PUNCT, "–"), (NUMBER, "18")]),
    ("grouping that is not thousands stops the number", "1,86", [(NUMBER, "1"), (PUNCT, ","), (NUMBER, "86")]),
]


@pytest.mark.parametrize("name,text,expected", KINDS, ids=[k[0] for k in KINDS])
def test_kinds(name, text, expected):
    assert [(t.kind, t.text) for t in tokenize(text)] == expected


@pytest.mark.parametrize("sign", ["£", "$", "€", "¥", "₹", "₦"])
def test_currency_signs_are_symbols(sign):
    """Every one-character currency sign the shipped rules write before a figure is a symbol token."""
    tokens = tokenize(f"{sign}2.5bn")
    assert [(t.kind, t.text) for t in tokens] == [(SYMBOL, sign), (NUMBER, "2.5"), (WORD, "bn")]


def test_offsets_point_into_the_text():
    text = "On Friday, “about 1,860” people — 12% of the town — paid £4.50 each.\nNext line’s words."
    tokens = tokenize(text)
    assert tokens, "expected tokens"
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    # nothing but spaces is skipped
    covered = set()
    for t in tokens:
        covered.update(range(t.start, t.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_glued():
    tokens = tokenize("Fares rose 4.5% to £2.50, not £ 3.")
    glued = [(t.text, t.glued) for t in tokens]
    assert glued == [
        ("Fares", False), ("rose", False), ("4.5", False), ("%", True), ("to", False),
        ("£", False), ("2.50", True), (",", True), ("not", False), ("£", False), ("3", False), (".", True),
    ]


def test_first_token_is_not_glued_even_at_offset_zero():
    assert tokenize("12 people")[0].glued is False


def test_sentence_index():
    text = "Twelve died. Four were hurt. Police said 3 were held."
    starts = [0, text.index("Four"), text.index("Police")]
    by_sentence = [(t.text, t.sentence) for t in tokenize(text, starts) if t.kind != PUNCT]
    assert by_sentence == [
        ("Twelve", 0), ("died", 0),
        ("Four", 1), ("were", 1), ("hurt", 1),
        ("Police", 2), ("said", 2), ("3", 2), ("were", 2), ("held", 2),
    ]


def test_without_sentence_starts_everything_is_sentence_zero():
    assert {t.sentence for t in tokenize("One. Two. Three.")} == {0}


def test_quoted_flag():
    text = "Police said 12 were held. “We arrested 14,” a spokesman said, “and 3 more.”"
    quotes = quoted_spans(text)
    quoted = [(t.text, t.quoted) for t in tokenize(text, None, quotes) if t.kind == NUMBER]
    assert quoted == [("12", False), ("14", True), ("3", True)]
    marks = [(t.text, t.quoted) for t in tokenize(text, None, quotes) if t.text in ("“", "”", "a", "spokesman")]
    # the quote marks belong to the quote; the attribution between the two quotes does not
    assert marks == [("“", True), ("”", True), ("a", False), ("spokesman", False), ("“", True), ("”", True)]


def test_quote_spans_given_directly():
    text = "one two three four"
    tokens = tokenize(text, None, [(4, 7), (14, 18)])
    assert [(t.text, t.quoted) for t in tokens] == [("one", False), ("two", True), ("three", False), ("four", True)]


def test_properties():
    word, number, symbol = tokenize("Harbrook 26 £")
    assert (word.is_word, word.is_number, word.capitalised, word.lower) == (True, False, True, "harbrook")
    assert (number.is_word, number.is_number, number.capitalised) == (False, True, False)
    assert (symbol.is_word, symbol.is_number) == (False, False)
    assert tokenize("harbrook")[0].capitalised is False


def test_token_at():
    tokens = tokenize("The 1,860 seats sold.")
    starts = [t.start for t in tokens]
    assert tokens[token_at(tokens, starts, 0)].text == "The"
    assert tokens[token_at(tokens, starts, 5)].text == "1,860"  # inside the figure
    assert tokens[token_at(tokens, starts, 9)].text == "1,860"  # the space after it
    assert tokens[token_at(tokens, starts, 10)].text == "seats"
    assert token_at(tokens, starts, -5) == 0


def test_tokens_are_frozen():
    token = tokenize("12")[0]
    with pytest.raises(AttributeError):
        token.text = "13"  # type: ignore[misc]


LINEAR = textwrap.dedent(
    """
    import re, sys
    from factcheck.reading.tokens import tokenize
    unit = "The council said 1,860 seats, worth £4.5m, were sold. \\u201cIt is 12% up,\\u201d she said. "
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    starts = list(range(0, len(text), len(unit)))
    quotes = [(m.start(), m.end()) for m in re.finditer("\\u201c[^\\u201d]*\\u201d", text)]
    tokens = tokenize(text, starts, quotes)
    assert tokens[-1].end <= len(text)
    assert tokens[-1].sentence == len(starts) - 1
    # a megabyte of one unbroken figure-like run: no backtracking blow-up
    assert len(tokenize("1," * 500_000)) == 1_000_000
    print(len(tokens))
    """
)


def test_a_megabyte_paragraph_tokenises_in_linear_time():
    """One paragraph of a megabyte, with a sentence start and quote every 80 characters, finishes well inside a generous bound."""
    done = subprocess.run([sys.executable, "-c", LINEAR], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 250_000


@pytest.mark.parametrize(
    "text,numbers",
    [
        ("rose from 8 400 last season to 10 500", ["8 400", "10 500"]),  # thousands grouped by spaces
        ("with 4\u00a0812 votes", ["4\u00a0812"]),  # or by a no-break space
        ("In 2019 400 people left", ["2019", "400"]),  # a year is no group of three
        ("Flight MH370 200 passengers", ["370", "200"]),  # nor a number glued to letters
        ("12,600 fans", ["12,600"]),
    ],
)
def test_thousands_separators(text, numbers):
    assert [t.text for t in tokenize(text) if t.is_number] == numbers
