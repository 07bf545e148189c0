"""figure-arithmetic: percentage changes, shares, totals, majorities and list counts that the article's own figures contradict."""

from __future__ import annotations

import pytest

from ..conftest import findings_of

CHECK = "figure-arithmetic"
HEAD = "date 2026-03-14 Council publishes its annual figures\n\n"
INTRO = "The council published its annual report on Friday."


def article(*paragraphs: str) -> str:
    return HEAD + "\n\n".join(paragraphs) + "\n"


CASES = [
    # (name, paragraphs, lines reported)
    # --- percentage change given with both values
    ("fall given as the wrong percentage", ["Visits to the town's libraries fell by 30% last year, from 250,000 to 200,000."], [3]),
    ("rise given as the wrong percentage", [INTRO, "Bus fares rose by 10% in January, from £2.00 to £2.50."], [5]),
    ("to … from order", ["Membership of the allotment society rose 10% to 460 from 400."], [3]),
    ("per cent in words", ["Recycling rates fell 12 per cent, from 400 tonnes to 300 tonnes."], [3]),
    ("the change goes the wrong way", ["Bus fares rose by 20% this year, from £2.50 to £2.00."], [3]),
    ("right percentage", ["Visits to the town's libraries fell by 20% last year, from 250,000 to 200,000."], []),
    ("rounding a sub-editor accepts", ["The library budget was cut by 20%, from £1.52m to £1.21m."], []),
    ("to … from, right", ["Membership of the allotment society rose 15% to 460 from 400."], []),
    ("an approximate change close enough", ["Attendance at the museum fell about 20% from 1,000 to 820."], []),
    ("two change verbs in one sentence", ["Sales rose 4% last year, having fallen from 500 to 400 the year before."], []),
    ("a change of a percentage", ["Turnout rose by 5%, from 40% to 45%."], []),
    ("no change word", ["The fee is 10% of the bill, from £200 to £250 depending on size."], []),
    ("quoted change", ["“Visits fell by 30%, from 250,000 to 200,000,” the librarian said."], []),
    # --- share given with its parts
    ("share after the total", ["Of the 150 points on offer, 62, or almost a third, went to the home side."], [3]),
    ("share as a percentage", [INTRO, "The home side took 60 of the 150 points, or 45%."], [5]),
    ("share as nearly half", ["The home side took 62 of the 150 points, or nearly half."], [3]),
    ("share close enough with almost", ["Of the 150 points on offer, 48, or almost a third, went to the home side."], []),
    ("share right as a percentage", ["The home side took 60 of the 150 points, or 40%."], []),
    ("share exactly half", ["The home side took 75 of the 150 points, or half."], []),
    ("share in a quote", ["“We took 62 of the 150 points, or almost a third,” the coach said."], []),
    # --- total given with all of its parts
    ("parts after a colon", ["The trust is opening 412 new beds across three centres: 180 at Ashford, 150 at Brook and 62 at Cray."], [3]),
    ("parts before of the total", [INTRO, "In the storm 48 stations closed, 117 partly opened and 35 were unaffected, of the 210 stations."], [5]),
    ("made up of", ["The council will build 300 homes, made up of 120 flats, 100 terraced houses and 60 bungalows."], [3]),
    ("money split between", ["The £2.4m fund is split between three schemes: £1.2m for roads, £800,000 for parks and £300,000 for libraries."], [3]),
    ("parts that exceed the whole", ["Of the 39 people who survived, 14 remain in hospital, 20 have gone home and 9 were never admitted."], [3]),
    ("parts that add up", ["The trust is opening 412 new beds across three centres: 200 at Ashford, 150 at Brook and 62 at Cray."], []),
    ("money that adds up", ["The £2.4m fund is split between three schemes: £1.2m for roads, £800,000 for parks and £400,000 for libraries."], []),
    ("including", ["The trust is opening 412 new beds, including 180 at Ashford, 150 at Brook and 62 at Cray."], []),
    ("among them", ["Some 412 new beds are planned, among them 180 at Ashford, 150 at Brook and 62 at Cray."], []),
    ("an unclosed list", ["The trust is opening 412 new beds across the county: 180 at Ashford, 150 at Brook.", "More will follow at Cray."], []),
    ("parts that need not cover the whole", ["Of the 210 stations, 48 closed, 117 partly opened and 35 were unaffected."], []),
    ("a part of a part in words", ["Of the 38 people rescued, 14 remain in hospital, four of them critical, 16 have gone home and 8 were never admitted."], []),
    ("a part of a part in figures", ["Of the 38 people rescued, 14 remain in hospital, 4 of them critical, 20 have gone home and 4 were never admitted."], []),
    ("an approximate total", ["About 400 new beds will open: 180 at Ashford, 150 at Brook and 62 at Cray."], []),
    ("a total in a quote", ["“We are opening 412 new beds: 180 at Ashford, 150 at Brook and 62 at Cray,” the chief executive said."], []),
    # --- majority or margin with the two counts
    ("majority wrong", ["Ms Patel won by 14,318 votes to 13,902, a majority of 516."], [3]),
    ("margin wrong", [INTRO, "Ms Patel polled 14,318 votes to 13,902 for Mr Jones, a margin of 400."], [5]),
    ("majority right", ["Ms Patel won by 14,318 votes to 13,902, a majority of 416."], []),
    ("majority right, then a turnout", ["Ms Patel won by 14,318 votes to 13,902, a majority of 416 on a turnout of 61%."], []),
    ("majority approximate", ["Ms Patel won by 14,318 votes to 13,902, a majority of about 400."], []),
    ("majority in a quote", ["“I won by 14,318 votes to 13,902, a majority of 516,” Ms Patel said."], []),
    # --- a count that the list after it contradicts
    ("list in the next sentence", ["4 councillors lost their seats. They are Ann Lee, Raj Shah and Tom Reed."], [3]),
    ("list after a colon", [INTRO, "The club named 5 new signings: Ann Lee, Raj Shah and Tom Reed."], [5]),
    ("list that matches", ["The club named 3 new signings: Ann Lee, Raj Shah and Tom Reed."], []),
    ("including names", ["The club named 5 new signings, including Ann Lee, Raj Shah and Tom Reed."], []),
    ("a count beside a list of places, matching", ["The council has 4 wards: Ashford, Brook, Cray and Dene."], []),
    ("a count of different things before the list", ["The 2 sides met on Saturday. They are Harbrook and Ashford."], []),
    ("spelled count with its list", ["Four councillors lost their seats. They are Ann Lee, Raj Shah and Tom Reed."], [3]),
    ("spelled count with a colon list", ["Five people were arrested: Ann Lee, Raj Shah and Tom Reed."], [3]),
    ("share written before of", ["The visitors scored 62, or almost a third, of the 150 points."], [3]),
    ("two change verbs, one in -ing", ["Prices rose 4% this year after climbing from 200 to 250 last year."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_figure_arithmetic(name, paragraphs, expected, rules):
    assert findings_of(article(*paragraphs), rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


KNOWN_WRONG = [
    # (name, paragraphs, lines the docstring says should be reported, what the code does instead)
]


@pytest.mark.parametrize("name,paragraphs,expected,why", [
    pytest.param(*case, marks=pytest.mark.xfail(reason=case[3], strict=True), id=case[0]) for case in KNOWN_WRONG
])
def test_figure_arithmetic_known_wrong(name, paragraphs, expected, why, rules):
    assert findings_of(article(*paragraphs), rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


def test_messages_show_the_arithmetic(rules):
    from factcheck.engine import check_text

    text = article(
        "Visits to the town's libraries fell by 30% last year, from 250,000 to 200,000.",
        "The home side took 60 of the 150 points, or 45%.",
        "The trust is opening 412 new beds across three centres: 180 at Ashford, 150 at Brook and 62 at Cray.",
        "Ms Patel won by 14,318 votes to 13,902, a majority of 516.",
        "The club named 5 new signings: Ann Lee, Raj Shah and Tom Reed.",
    )
    messages = [(f.line, f.message) for f in check_text(text, rules=rules) if f.check == CHECK]
    assert messages == [
        (3, "250,000 to 200,000 is a 20% fall, not 30%."),
        (5, "60 of 150 is 40%, not 45%."),
        (7, "180 + 150 + 62 is 392, not 412."),
        (9, "14,318 less 13,902 is 416, not 516."),
        (11, "“5”, but the list that follows names 3."),
    ]


def test_the_finding_is_at_the_figure(rules):
    from factcheck.engine import check_text

    text = article("Ms Patel won by 14,318 votes to 13,902, a majority of 516.")
    (finding,) = [f for f in check_text(text, rules=rules) if f.check == CHECK]
    line = text.splitlines()[finding.line - 1]
    assert line[finding.column - 1 :].startswith("516")
