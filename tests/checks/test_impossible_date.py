"""impossible-date: exact findings on dates that cannot exist, and quiet on the ones that can."""

from __future__ import annotations

import pytest

from ..conftest import findings_of

CHECK = "impossible-date"
HEAD = "date 2026-03-05 Council sets budget\n\n"

CASES = [
    ("31 June", ["The freeze took effect on 31 June after a vote."], [3]),
    ("June 31, 2025", ["The freeze took effect on June 31, 2025."], [3]),
    ("29 February in a common year", ["Payments stopped on 29 February 2025."], [3]),
    ("ISO month 13", ["The filing is dated 2025-13-02."], [3]),
    ("numeric 31/06", ["The letter was dated 31/06/2025."], [3]),
    ("year-less 29 February this year", ["At a scrutiny meeting on 29 February, members asked for a pause."], [3]),
    ("29 February in a leap year", ["The last rise took effect on 29 February 2024."], []),
    ("year-less 29 February beside a leap year", ["In 2024 the council met on 29 February to set its budget."], []),
    ("30 June and 31 July", ["The consultation ran from 30 June to 31 July."], []),
    ("the 31st alone", ["Bills go out on the 31st."], []),
    ("scores and versions", ["They won 31-6 and updated the app to version 13.2.1 on 4 March."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_impossible_date(name, paragraphs, expected, rules):
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


def test_year_less_leap_day_needs_a_publication_date(rules):
    assert findings_of("Council sets budget\n\nMembers met on 29 February.\n", rules=rules, check=CHECK) == []
