"""relative-date-conflict: "yesterday, 3 March" and the like against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import findings_of, lines_found

CHECK = "relative-date-conflict"
PUBLISHED = dt.date(2025, 3, 16)
HEAD = f"date {PUBLISHED.isoformat()} Council backs housing plan\n\n"


def day(offset: int) -> dt.date:
    return PUBLISHED + dt.timedelta(days=offset)


def dm(d: dt.date) -> str:
    return f"{d.day} {d:%B}"


CASES = [
    ("yesterday, wrong date", [f"The vote, taken yesterday, {dm(day(-2))}, was carried by 31 votes to 22."], [3]),
    ("yesterday, right date", [f"The vote, taken yesterday, {dm(day(-1))}, was carried by 31 votes to 22."], []),
    ("yesterday in brackets, wrong weekday", [f"Councillors met last night ({day(-3):%A}) at the Guildhall."], [3]),
    ("today, right weekday", [f"Today, {PUBLISHED:%A}, the plan goes to the cabinet."], []),
    ("tomorrow, wrong date", [f"The plan goes to the cabinet tomorrow, {dm(day(3))}."], [3]),
    ("last week, inside the window", [f"The plan was published last week, on {dm(day(-8))}."], []),
    ("last week, outside the window", [f"The plan was published last week, on {dm(day(-30))}."], [3]),
    ("next month, right month", [f"Work starts next month, in {day(31):%B} {day(31).year}."], []),
    ("next month, wrong month", [f"Work starts next month, in {day(62):%B} {day(62).year}."], [3]),
    ("relative and a date of something else", [f"Yesterday the council recalled its meeting of {dm(day(-30))}.", f"The plan, first drafted on {dm(day(-60))}, was approved yesterday."], []),
    ("a speaker's today in a quote", [f"\u201cToday, {dm(day(-5))}, is a day to remember,\u201d she said last week."], []),
    ("the Today programme", [f"She told the BBC's Today programme, {dm(day(-4))}, that the plan was sound."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_relative_date_conflict(name, paragraphs, expected, rules):
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


def test_needs_a_publication_date(rules):
    text = f"Council backs plan\n\nThe vote, taken yesterday, {dm(day(-2))}, was carried.\n"
    assert findings_of(text, rules=rules, check=CHECK) == []
    assert findings_of(text, rules=rules, check=CHECK, date=PUBLISHED) == [(CHECK, 3)]


def test_a_count_of_days_from_the_last_day_given(rules):
    head = 'date 2026-06-08 Pursuit ends in crash\n\n'
    paragraphs = ["A deputy tried to stop the truck at 11:40 p.m. Saturday, June 6.",
                  "The pickup had been reported stolen two days earlier, on June 1, the release said."]
    assert lines_found(head, paragraphs, 'relative-date-conflict', rules) == [5]
    paragraphs[1] = "The pickup had been reported stolen two days earlier, on June 4, the release said."
    assert lines_found(head, paragraphs, 'relative-date-conflict', rules) == []


def test_a_count_that_fits_an_earlier_day(rules):
    head = 'date 2026-08-13 Results day\n\n'
    paragraphs = ["A-level results are published today, Thursday 13 August.",
                  "Reviews must be requested by Thursday 27 August.",
                  "GCSE results follow a week later, on Thursday 20 August."]
    assert lines_found(head, paragraphs, 'relative-date-conflict', rules) == []
    paragraphs[2] = "GCSE results follow a week later, on Thursday 10 September."
    assert lines_found(head, paragraphs, 'relative-date-conflict', rules) == [7]
