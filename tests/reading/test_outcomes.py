"""Outcomes: who won a named contest, read from tokens."""

from __future__ import annotations

import pytest

from factcheck.reading.outcomes import read_outcomes
from factcheck.reading.tokens import tokenize

WIN, LOSE, BEAT = frozenset({"wins", "won"}), frozenset({"lost", "concedes"}), frozenset({"beat"})


@pytest.mark.parametrize(
    "text,expected",
    [
        # a prize given to its winner: the capitalised words before it name the contest
        ("The Best Actress award went to Chioma Nwosu for her role.", [("nwosu", True, frozenset({"best", "actress"}))]),
        ("The top prize went to Halima Bello.", []),  # no contest named
        ("The money went to Halima Bello.", []),  # no prize
        ("Tobi Adekanye won Best Actress.", [("adekanye", True, frozenset({"best", "actress"}))]),
    ],
)
def test_prizes_and_their_winners(text, expected):
    found = [(o.name, o.won, o.contest) for o in read_outcomes(tokenize(text), WIN, LOSE, BEAT)]
    assert found == expected
