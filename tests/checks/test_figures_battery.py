"""The figures battery: the core claims of figure-arithmetic, number-conflict and headline-body-conflict written in
many ordinary newsroom phrasings (rows in battery_rows.py). Each wrong version is reported by its check on its line,
each right version and trap stays quiet; phrasings not read yet are strict xfails with their reason
(battery_rows.MISSING, battery_rows.LOUD)."""

from __future__ import annotations

import pytest

from ..conftest import findings_of
from .battery_rows import FA, HB, LOUD, MISSING, NC, ROWS, rows

CHECKS = (FA, NC, HB)


def _params(firing: bool):
    for check in CHECKS:
        for p in rows(check, firing):
            yield pytest.param(check, *p.values, id=f"{check}: {p.id}", marks=p.marks)


@pytest.mark.parametrize("check,text,expected", list(_params(True)))
def test_wrong_phrasing_is_reported(check, text, expected, rules):
    assert findings_of(text, rules=rules, check=check) == expected


@pytest.mark.parametrize("check,text,expected", list(_params(False)))
def test_right_phrasing_stays_quiet(check, text, expected, rules):
    assert findings_of(text, rules=rules, check=check) == expected


def test_every_missing_phrasing_is_a_row():
    assert set(MISSING) | set(LOUD) <= {row[0] for row in ROWS}


def test_every_row_belongs_to_a_battery_check():
    assert {row[1] for row in ROWS} <= set(CHECKS)
