"""figure-arithmetic battery: its core claims written in many ordinary newsroom phrasings (rows in battery_rows.py). Each
wrong version is reported on its line, each right version and trap stays quiet; phrasings not read yet are strict
xfails with their reason (battery_rows.MISSING)."""

from __future__ import annotations

import pytest

from ..conftest import findings_of
from .battery_rows import LOUD, MISSING, ROWS, rows

CHECK = "figure-arithmetic"


@pytest.mark.parametrize("text,expected", list(rows(CHECK, True)))
def test_wrong_phrasing_is_reported(text, expected, rules):
    assert findings_of(text, rules=rules, check=CHECK) == expected


@pytest.mark.parametrize("text,expected", list(rows(CHECK, False)))
def test_right_phrasing_stays_quiet(text, expected, rules):
    assert findings_of(text, rules=rules, check=CHECK) == expected


def test_every_missing_phrasing_is_a_row():
    assert set(MISSING) | set(LOUD) <= {row[0] for row in ROWS}
