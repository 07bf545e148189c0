"""Tests for factcheck.language.dates: absolute dates, weekdays, relative expressions."""

from datetime import date

import pytest

from factcheck.language.dates import find_dates, find_relative, find_weekdays

PUBLISHED = date(2025, 7, 22)  # a Tuesday


def wd(y: int, m: int, d: int) -> int:
    """Weekday number of a real date, so no expected weekday is worked out by hand."""
    return date(y, m, d).weekday()


# (text, [(start, end, year, month, day, weekday, explicit_year, valid)])
DATE_CASES = [
    ("Thursday 23 July 2025", [(0, 21, 2025, 7, 23, wd(2025, 7, 24), True, True)]),
    ("22 July 2025, 09:45", [(0, 12, 2025, 7, 22, None, True, True)]),
    ("on July 22, 2025, officials", [(3, 16, 2025, 7, 22, None, True, True)]),
    ("Tuesday 22 July", [(0, 15, 2025, 7, 22, wd(2025, 7, 22), False, True)]),
    ("Tue, 22 Jul", [(0, 11, 2025, 7, 22, wd(2025, 7, 22), False, True)]),
    ("Tuesday, July 22", [(0, 16, 2025, 7, 22, wd(2025, 7, 22), False, True)]),
    ("by October 9, 40 days on", [(3, 12, 2025, 10, 9, None, False, True)]),
    ("from Sept. 2", [(5, 12, 2025, 9, 2, None, False, True)]),
    ("from 2 Sept", [(5, 11, 2025, 9, 2, None, False, True)]),
    ("on 2nd September", [(3, 16, 2025, 9, 2, None, False, True)]),
    ("the 22nd of July", [(4, 16, 2025, 7, 22, None, False, True)]),
    ("filed 2025-07-22.", [(6, 16, 2025, 7, 22, None, True, True)]),
    ("filed 22/07/2025.", [(6, 16, 2025, 7, 22, None, True, True)]),
    ("on 22.07.2025", [(3, 13, 2025, 7, 22, None, True, True)]),
    ("on 03/04/25", [(3, 11, 2025, 4, 3, None, True, True)]),
    ("in July 2025", [(3, 12, 2025, 7, None, None, True, True)]),
    ("on May 14 and June 3", [(3, 9, 2025, 5, 14, None, False, True),
                              (14, 20, 2025, 6, 3, None, False, True)]),
    ("by the 14th.", [(3, 11, 2025, 7, 14, None, False, True)]),
    # year-less dates take the year nearest the publication date
    ("on 28 December", [(3, 14, 2025, 12, 28, None, False, True)]),
    ("on 28 January", [(3, 13, 2025, 1, 28, None, False, True)]),
    ("on 3 January", [(3, 12, 2026, 1, 3, None, False, True)]),
    # impossible dates are returned so a check can flag them
    ("on 31 June", [(3, 10, 2025, 6, 31, None, False, False)]),
    ("on 29 February 2025", [(3, 19, 2025, 2, 29, None, True, False)]),
    ("on 29 February 2024", [(3, 19, 2024, 2, 29, None, True, True)]),
    ("code 2025-13-02 here", [(5, 15, 2025, 13, 2, None, True, False)]),
    ("on 32 May", [(3, 9, 2025, 5, 32, None, False, False)]),
    # traps: none of these is a date
    ("she may 2 more times", []),
    ("they will march 5 miles", []),
    ("in March the talks", []),
    ("at 16:10 local time", []),
    ("won 3-1 at home", []),
    ("spent £150 million", []),
    ("delivered 40,000 drones", []),
    ("In May 2,000 people marched", []),
    ("Theresa May 10 years ago", []),
    ("for the 20th century", []),
    ("for the 4th time", []),
    ("the Sun 5 pages", []),
    ("version 1.5.2 shipped", []),
    ("open 24/7 now", []),
    ("they were 22/5 after ten overs", []),  # a yearless day and month needs a weekday to be a date
    ("a 3-1-26 formation", []),  # a date written with dashes needs a four-digit year
]


@pytest.mark.parametrize("text,expected", DATE_CASES)
def test_find_dates(text, expected):
    found = find_dates(text, reference=PUBLISHED)
    got = [(d.start, d.end, d.year, d.month, d.day, d.weekday, d.explicit_year, d.valid)
           for d in found]
    assert got == expected


def test_weekday_span_and_resolved_date():
    (d,) = find_dates("Thursday 23 July 2025")
    assert (d.weekday_start, d.weekday_end, d.text) == (0, 8, "Thursday 23 July 2025")
    assert d.resolved == date(2025, 7, 23)
    assert d.weekday != d.resolved.weekday()  # the copy's weekday is wrong; a check can see it


@pytest.mark.parametrize(
    "text,day_first,expected",
    [
        ("07/08/2025", True, (2025, 8, 7)),
        ("07/08/2025", False, (2025, 7, 8)),
        ("07/22/2025", True, (2025, 7, 22)),  # only one reading is possible
        ("22/07/2025", False, (2025, 7, 22)),
        ("28-06-2026", True, (2026, 6, 28)),
        ("Fri 22/5", True, (2026, 5, 22)),  # a weekday makes a yearless day and month a date
    ],
)
def test_numeric_order(text, day_first, expected):
    (d,) = find_dates(text, reference=date(2026, 5, 20), day_first=day_first)
    assert (d.year, d.month, d.day) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("on 2 September", (None, 9, 2, True, None)),
        ("on 31 June", (None, 6, 31, False, None)),
        ("on 29 February", (None, 2, 29, True, None)),
        ("in July 2025", (2025, 7, None, True, None)),
        ("on 2 September 2025", (2025, 9, 2, True, date(2025, 9, 2))),
    ],
)
def test_without_reference(text, expected):
    (d,) = find_dates(text)
    assert (d.year, d.month, d.day, d.valid, d.resolved) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("on 28 December", date(2026, 1, 5), date(2025, 12, 28)),
        ("on 3 January", date(2025, 12, 20), date(2026, 1, 3)),
        ("on 29 February", date(2025, 7, 22), date(2024, 2, 29)),
        ("by the 14th", date(2025, 7, 22), date(2025, 7, 14)),
        ("on Friday 24 January last year", date(2026, 1, 22), date(2025, 1, 24)),
        ("on 29 February last year", date(2025, 7, 22), date(2024, 2, 29)),
        ("from 3 January next year", date(2026, 1, 22), date(2027, 1, 3)),
        ("on 2 March this year", date(2026, 11, 22), date(2026, 3, 2)),
        # a year opening the sentence is its dates' year
        ("Last year it moved the close from 3 March", date(2026, 4, 9), date(2025, 3, 3)),
        ("The board met. In 2024, the vote was held on 3 March", date(2026, 4, 9), date(2024, 3, 3)),
        ("Last year was wet. The vote is on 3 March", date(2026, 1, 9), date(2026, 3, 3)),
        ("Last year the council voted to shut the pool, which will close on 3 March", date(2026, 1, 9), date(2026, 3, 3)),
    ],
)
def test_year_from_publication_date(text, published, expected):
    (d,) = find_dates(text, reference=published)
    assert d.resolved == expected


def test_invalid_date_resolves_to_none():
    (d,) = find_dates("on 31 June 2025")
    assert d.valid is False and d.resolved is None


# (text, [(start, end, weekday, qualifier, possessive, part_of_date)])
WEEKDAY_CASES = [
    ("talks on Monday", [(9, 15, wd(2025, 7, 21), None, False, False)]),
    ("Monday's summit is expected", [(0, 6, wd(2025, 7, 21), None, True, False)]),
    ("Monday’s meeting", [(0, 6, wd(2025, 7, 21), None, True, False)]),
    ("Monday will be the third session", [(0, 6, wd(2025, 7, 21), None, False, False)]),
    ("met last Tuesday", [(9, 16, wd(2025, 7, 22), "last", False, False)]),
    ("held on the Sunday before", [(12, 18, wd(2025, 7, 20), "anaphoric", False, False)]),
    ("Fifty years ago on Tuesday", [(19, 26, wd(2025, 7, 22), "anniversary", False, False)]),
    ("due next Friday", [(9, 15, wd(2025, 7, 25), "next", False, False)]),
    ("this Thursday", [(5, 13, wd(2025, 7, 24), "this", False, False)]),
    ("this coming Thursday", [(12, 20, wd(2025, 7, 24), "next", False, False)]),
    ("meets every Monday", [(12, 18, wd(2025, 7, 21), "every", False, False)]),
    ("meets on Mondays", [(9, 16, wd(2025, 7, 21), "every", False, False)]),
    ("on Monday next week", [(3, 9, wd(2025, 7, 21), "next-week", False, False)]),
    ("on Monday last week", [(3, 9, wd(2025, 7, 21), "last-week", False, False)]),
    ("Monday week", [(0, 6, wd(2025, 7, 21), "next-week", False, False)]),
    ("on Monday night", [(3, 9, wd(2025, 7, 21), None, False, False)]),
    ("on Wednesday morning", [(3, 12, wd(2025, 7, 23), None, False, False)]),
    ("Tuesday 22 July", [(0, 7, wd(2025, 7, 22), None, False, True)]),
    ("Tue, 22 Jul", [(0, 3, wd(2025, 7, 22), None, False, True)]),
    ("on Monday and Tuesday", [(3, 9, wd(2025, 7, 21), None, False, False),
                               (14, 21, wd(2025, 7, 22), None, False, False)]),
    # traps: not a day of the week in this story
    ("the Sun reported", []),
    ("they wed in June", []),
    ("on Sat night", []),
    ("Black Friday sales", []),
    ("on Good Friday", []),
    ("Sheffield Wednesday won", []),
    ("told the Sunday Times", []),
    ("in the Mail on Sunday", []),
    ("his Man Friday", []),
    ("ahead of Super Tuesday", []),
]


@pytest.mark.parametrize("text,expected", WEEKDAY_CASES)
def test_find_weekdays(text, expected):
    got = [(w.start, w.end, w.weekday, w.qualifier, w.possessive, w.part_of_date)
           for w in find_weekdays(text)]
    assert got == expected


# (text, [(start, end, unit, offset, anchor)])
RELATIVE_CASES = [
    ("yesterday", [(0, 9, "day", -1, "publication")]),
    ("Today, I visited", [(0, 5, "day", 0, "publication")]),
    ("tonight's vote", [(0, 7, "day", 0, "publication")]),
    ("The full figures will be out tomorrow.", [(29, 37, "day", 1, "publication")]),
    ("the day before yesterday", [(0, 24, "day", -2, "publication")]),
    ("The mayor stated last week the council would", [(17, 26, "week", -1, "publication")]),
    ("talks this week", [(6, 15, "week", 0, "publication")]),
    ("talks next week", [(6, 15, "week", 1, "publication")]),
    ("last month", [(0, 10, "month", -1, "publication")]),
    ("next month's summit", [(0, 10, "month", 1, "publication")]),
    ("lapsed last year.", [(7, 16, "year", -1, "publication")]),
    ("next year", [(0, 9, "year", 1, "publication")]),
    ("for the port this year,", [(13, 22, "year", 0, "publication")]),
    ("earlier this year", [(0, 17, "year", 0, "publication")]),
    ("later this month", [(0, 16, "month", 0, "publication")]),
    ("three days ago", [(0, 14, "day", -3, "publication")]),
    ("a week ago", [(0, 10, "week", -1, "publication")]),
    ("two weeks later", [(0, 15, "week", 2, "event")]),
    ("five days earlier", [(0, 17, "day", -5, "event")]),
    ("the day before", [(0, 14, "day", -1, "event")]),
    ("the following day", [(0, 17, "day", 1, "event")]),
    ("earlier in the day last night", [(19, 29, "day", -1, "publication")]),
    # traps
    ("told the BBC's Today programme", []),
    ("on the Today show", []),
    ("said USA Today", []),
    ("in today's world", []),
    ("over the last year", []),
    ("in the next month", []),
    ("in the last four months", []),
    ("the last week of July", []),
]


@pytest.mark.parametrize("text,expected", RELATIVE_CASES)
def test_find_relative(text, expected):
    got = [(r.start, r.end, r.unit, r.offset, r.anchor) for r in find_relative(text)]
    assert got == expected


def test_a_day_written_before_another_of_a_month_is_in_that_month():
    # "the 6th and 7th of December": the first day shares the second's month, not the publication's
    found = find_dates("will play on the weekend of the 6th and 7th of December.", reference=date(2025, 11, 11))
    assert [(d.text, d.day, d.month, d.year) for d in found] == [("the 6th", 6, 12, 2025), ("7th of December", 7, 12, 2025)]
    found = find_dates("the closing date is Monday the 24th.", reference=date(2025, 11, 11))
    assert [(d.text, d.day, d.month) for d in found] == [("the 24th", 24, 11)]



def test_a_weekday_and_day_written_before_another_date_take_its_month():
    # "Tuesday 21 and Wednesday 22 April": the first day is April's; its weekday is read with it
    found = find_dates("heard on Tuesday 21 and Wednesday 22 April.", reference=date(2026, 2, 27))
    assert [(d.text, d.day, d.month, d.weekday) for d in found] == [("Tuesday 21", 21, 4, 1), ("Wednesday 22 April", 22, 4, 2)]
    # a weekday with a bracketed range is not read so, nor a weekday's day with no date after it
    assert [d.text for d in find_dates("runs today, tomorrow and Thursday (24 to 26 February), then", reference=date(2026, 2, 20))] == ["26 February"]
    assert find_dates("Tuesday 21 and 22 were hot.", reference=date(2026, 2, 20)) == []
