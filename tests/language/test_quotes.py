"""Tests for factcheck.language.quotes: spans of direct quotation."""

import pytest

from factcheck.language.quotes import in_quote, quoted_spans

# (paragraph, [quoted text, ...]); spans are checked by slicing, marks included
QUOTE_CASES = [
    ('She said: "Today, I saw the site." Then she left.', ['"Today, I saw the site."']),
    ("She said: “Today, I saw the site.” Then she left.", ["“Today, I saw the site.”"]),
    ('"We need more time," he said, "to finish the job."',
     ['"We need more time,"', '"to finish the job."']),
    ("held “completely different” positions", ["“completely different”"]),
    # a quote left open runs to the end of the paragraph (it continues below)
    ("The mayor said: “The plan is simple: a ministers’ summit.",
     ["“The plan is simple: a ministers’ summit."]),
    ('She added: "It is just as vital that we hold our nerve.',
     ['"It is just as vital that we hold our nerve.']),
    # the paragraph that ends a quote opened in the paragraph before
    ("we expect the plan to succeed.” The minister left.", ["we expect the plan to succeed.”"]),
    # single quotes quote only when they pair and are not apostrophes
    ("with a ‘30-day push’ to rebuild Hull’s docks", ["‘30-day push’"]),
    ("with a '30-day push' to rebuild", ["'30-day push'"]),
    ("called it ‘war crimes’ on Monday", ["‘war crimes’"]),
    ("the ‘leaders’ summit’ ended", ["‘leaders’ summit’"]),
    # a single quote nested in a double quote is part of the outer span
    ('"We need a \'30-day push\' to rebuild the docks."', ['"We need a \'30-day push\' to rebuild the docks."']),
    # traps: apostrophes, not quotes
    ("Ukraine's regions and the leaders' meeting", []),
    ("Hull’s docks and the ministers’ summit", []),
    ("It was the '90s and they're here", []),
    ("the Joneses’ house and James’ car", []),
    ("No quotes here at all.", []),
]


@pytest.mark.parametrize("text,expected", QUOTE_CASES)
def test_quoted_spans(text, expected):
    assert [text[s:e] for s, e in quoted_spans(text)] == expected


def test_spans_are_exact_offsets():
    text = 'Ms Okafor said "do all that we can" today.'
    assert quoted_spans(text) == [(15, 35)]


@pytest.mark.parametrize(
    "pos,expected",
    [(0, False), (14, False), (15, True), (20, True), (34, True), (35, False), (41, False)],
)
def test_in_quote(pos, expected):
    spans = quoted_spans('Ms Okafor said "do all that we can" today.')
    assert in_quote(spans, pos) is expected


def test_in_quote_with_no_spans():
    assert in_quote([], 3) is False
