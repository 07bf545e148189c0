"""Tests for factcheck.language.durations: durations, deadline phrases, date arithmetic."""

from datetime import date

import pytest

from factcheck.language.durations import add_duration, find_deadline_phrases, find_durations

# (text, [(start, end, amount, unit, days, relation, noun)])
DURATION_CASES = [
    ("new tolls in 30 days on hauliers", [(10, 20, 30, "day", 30, "in", None)]),
    ("settled within 50 days", [(8, 22, 50, "day", 50, "within", None)]),
    ("within the next 30 days", [(0, 23, 30, "day", 30, "within", None)]),
    ("by October 9, 40 days on from the ruling", [(14, 29, 40, "day", 40, "from", None)]),
    ("50 days from now", [(0, 12, 50, "day", 50, "from", None)]),
    ("on a 40-day deadline for the club", [(5, 20, 40, "day", 40, "deadline", "deadline")]),
    ("with a '30-day push' to rebuild", [(8, 19, 30, "day", 30, None, "push")]),
    ("the 60-day deadline", [(4, 19, 60, "day", 60, "deadline", "deadline")]),
    ("a 90-day ceasefire", [(2, 18, 90, "day", 90, None, "ceasefire")]),
    ("a fifty-day ultimatum", [(2, 21, 50, "day", 50, "deadline", "ultimatum")]),
    ("for six weeks", [(0, 13, 6, "week", 42, "for", None)]),
    ("six weeks", [(0, 9, 6, "week", 42, None, None)]),
    ("two months", [(0, 10, 2, "month", None, None, None)]),
    ("within a fortnight", [(0, 18, 2, "week", 14, "within", None)]),
    ("a fortnight", [(0, 11, 2, "week", 14, None, None)]),
    ("after 30 days", [(0, 13, 30, "day", 30, "after", None)]),
    ("her four-year mandate ended", [(4, 21, 4, "year", None, None, "mandate")]),
    ("nearly two and a half years of delays", [(7, 27, 2.5, "year", None, None, None)]),
    ("in the past three months", [(12, 24, 3, "month", None, None, None)]),
    ("a six-week-long campaign", [(2, 24, 6, "week", 42, None, "campaign")]),
    ("in 90 days' time", [(0, 16, 90, "day", 90, "in", None)]),
    ("a fortnight-long strike", [(2, 23, 2, "week", 14, None, "strike")]),
    ("a month-long closure", [(2, 20, 1, "month", None, None, "closure")]),
    # traps: ages, relative expressions and frequencies are not durations
    ("a 45-year-old man", []),
    ("he is 45 years old", []),
    ("three days ago", []),
    ("two weeks later", []),
    ("twice a day", []),
    ("once a week", []),
    ("the days are long", []),
]


@pytest.mark.parametrize("text,expected", DURATION_CASES)
def test_find_durations(text, expected):
    got = [(d.start, d.end, d.amount, d.unit, d.days, d.relation, d.noun)
           for d in find_durations(text)]
    assert got == expected


def test_duration_text_is_the_span():
    (d,) = find_durations("the regulator has now set a 40-day deadline")
    assert d.text == "40-day deadline"


# (text, [(start, end, kind, date_start, date_end)])
DEADLINE_CASES = [
    ("settle the dispute by October 9, 40 days on", [(19, 31, "by", 22, 31)]),
    ("by 2 September", [(0, 14, "by", 3, 14)]),
    ("no later than 1 March", [(0, 21, "no-later-than", 14, 21)]),
    ("the deal expires on 15 April", [(9, 28, "expires", 20, 28)]),
    ("the mandate expired 20 May 2024", [(12, 31, "expires", 20, 31)]),
    ("payment is due by 3 June", [(11, 24, "due", 18, 24)]),
    ("valid until 15 April", [(6, 20, "until", 12, 20)]),
    ("set a deadline of 2 September", [(6, 29, "deadline-of", 18, 29)]),
    ("by the 14th.", [(0, 11, "by", 3, 11)]),
    # traps: a date with no limit word, and "by" that is not before a date
    ("talks on 2 September", []),
    ("written by Amina Rahman", []),
    ("by 50 days", []),
]


@pytest.mark.parametrize("text,expected", DEADLINE_CASES)
def test_find_deadline_phrases(text, expected):
    got = [(p.start, p.end, p.kind, p.date_start, p.date_end)
           for p in find_deadline_phrases(text)]
    assert got == expected


def test_deadline_carries_its_resolved_date():
    (p,) = find_deadline_phrases("by September 2", reference=date(2025, 7, 22))
    assert p.date.resolved == date(2025, 9, 2)


@pytest.mark.parametrize(
    "start,amount,unit,expected",
    [
        (date(2025, 7, 14), 50, "day", date(2025, 9, 2)),  # the seed story's deadline
        (date(2025, 7, 14), 50, "days", date(2025, 9, 2)),
        (date(2025, 7, 14), 2, "week", date(2025, 7, 28)),
        (date(2025, 7, 14), 1, "fortnight", date(2025, 7, 28)),
        (date(2025, 1, 31), 1, "month", date(2025, 2, 28)),
        (date(2024, 2, 29), 1, "year", date(2025, 2, 28)),
        (date(2025, 1, 1), 1.5, "month", date(2025, 2, 16)),
    ],
)
def test_add_duration(start, amount, unit, expected):
    assert add_duration(start, amount, unit) == expected


def test_hours_are_lengths_in_days():
    found = find_durations("Drivers will walk out for 48 hours. It follows a 24-hour strike last month.")
    assert [(d.text, d.amount, d.unit, d.days, d.relation) for d in found] == [
        ("for 48 hours", 48.0, "hour", 2.0, "for"),
        ("24-hour strike", 24.0, "hour", 1.0, None),
    ]
    assert add_duration(date(2025, 1, 1), 36, "hour") == date(2025, 1, 2)


def test_add_duration_rejects_unknown_unit():
    with pytest.raises(ValueError):
        add_duration(date(2025, 1, 1), 3, "minute")


def test_a_title_s_words_are_no_length():
    text = "*Dhow Routes: A Thousand Years of Indian Ocean Trade* opens to the public on Saturday, October 11."
    assert [d.text for d in find_durations(text)] == []
    # a title-case headline keeps its lengths; prose keeps its own
    assert [d.text for d in find_durations("Council Gives Residents Six Weeks To Respond")] == ["Six Weeks"]
    assert [d.text for d in find_durations("The show runs for a thousand years of history, and 24 weeks in all.")] != []
