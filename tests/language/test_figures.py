"""Tests for factcheck.language.figures: counts, amounts, and what must not count."""

import pytest

from factcheck.language.figures import Figure, find_figures, parse_number, same_quantity

# (text, [(start, end, value, unit, noun, approx, qualifier)])
FIGURE_CASES = [
    ("The firm has supplied 40,000 drones to farmers",
     [(22, 28, 40000, None, "drone", False, None)]),
    ("bought £120 million worth of rails", [(7, 19, 120e6, "GBP", None, False, None)]),
    ("a £2.5bn package", [(2, 8, 2.5e9, "GBP", None, False, None)]),
    ("$3 billion in aid", [(0, 10, 3e9, "USD", None, False, None)]),
    ("US$3bn in aid", [(0, 6, 3e9, "USD", None, False, None)]),
    ("with 140 million euros of grants", [(5, 22, 140e6, "EUR", None, False, None)]),
    ("€170m of funding", [(0, 5, 170e6, "EUR", None, False, None)]),
    ("170m euros", [(0, 10, 170e6, "EUR", None, False, None)]),
    ("costs 50 pence", [(6, 14, 0.5, "GBP", None, False, None)]),
    ("fifty thousand troops", [(0, 14, 50000, None, "troop", False, None)]),
    ("three people died", [(0, 5, 3, None, "person", False, None)]),
    ("rose 3.5%", [(5, 9, 3.5, "percent", None, False, None)]),
    ("rose 3.5 per cent", [(5, 17, 3.5, "percent", None, False, None)]),
    ("up 2 percentage points", [(3, 22, 2, "percentage-point", None, False, None)]),
    ("half of the drones", [(0, 4, 0.5, "fraction", None, False, None)]),
    ("two-thirds of voters", [(0, 10, round(2 / 3, 6), "fraction", None, False, None)]),
    ("a dozen soldiers", [(0, 7, 12, None, "soldier", False, None)]),
    ("hundreds of drones", [(0, 8, None, None, "drone", True, "hundreds of")]),
    ("tens of thousands of people", [(0, 17, None, None, "person", True, "tens of thousands of")]),
    ("at least 12 civilians", [(0, 11, 12, None, "civilian", True, "at least")]),
    ("about 50,000 drones", [(0, 12, 50000, None, "drone", True, "about")]),
    ("more than 40 countries", [(0, 12, 40, None, "country", True, "more than")]),
    ("nearly 1,000 children", [(0, 12, 1000, None, "child", True, "nearly")]),
    ("up to 200 troops", [(0, 9, 200, None, "troop", True, "up to")]),
    ("some 300 women", [(0, 8, 300, None, "woman", True, "some")]),
    ("12 Ukrainian soldiers", [(0, 2, 12, None, "soldier", False, None)]),
    ("20,000 more drones", [(0, 6, 20000, None, "drone", False, None)]),
    ("2.5bn people", [(0, 5, 2.5e9, None, "person", False, None)]),
    ("over 300km", [(0, 10, 300, "km", None, True, "over")]),
    ("40 tonnes of aid", [(0, 9, 40, "tonnes", None, False, None)]),
    ("at 70 mph", [(3, 9, 70, "mph", None, False, None)]),
    ("for 20 years", [(4, 12, 20, "years", None, False, None)]),
    ("nearly two and a half years of delays",
     [(0, 27, 2.5, "years", None, True, "nearly")]),
    ("two hundred and fifty homes", [(0, 21, 250, None, "home", False, None)]),
    ("One official said", [(0, 3, 1, None, "official", False, None)]),
    ("one additional soldier", [(0, 3, 1, None, "soldier", False, None)]),
    ("between US$300 and 400 billion", [(8, 14, 300e9, "USD", None, False, None),
                                        (19, 30, 400e9, "USD", None, False, None)]),
    # traps: none of these is a count
    ("at 16:10 local time", []),
    ("at 4pm", []),
    ("at 4.30pm", []),
    ("on 22 July", []),
    ("on July 22", []),
    ("on 2025-07-22", []),
    ("a man aged 45", []),
    ("a 45-year-old man", []),
    ("he is 45 years old", []),
    ("John Smith, 45, said", []),
    ("call 020 7946 0958", []),
    ("call +44 20 7946 0958", []),
    ("won 3-1 on Saturday", []),
    ("a 2–0 victory", []),
    ("No 10 said", []),
    ("under Article 5", []),
    ("F-35 jets", []),
    ("Covid-19 cases", []),
    ("the G7 summit", []),
    ("flight MH17", []),
    ("the HR 6819 system", []),
    ("no one knows", []),
    ("Formula One", []),
    ("they love one another", []),
    ("in the second half of the match", [(7, 13, 2, None, "half", False, None)]),
]


@pytest.mark.parametrize("text,expected", FIGURE_CASES)
def test_find_figures(text, expected):
    got = [(f.start, f.end, None if f.value is None else round(f.value, 6), f.unit, f.noun,
            f.approx, f.qualifier) for f in find_figures(text)]
    assert got == expected


# (text, [(text of figure, is_year, is_ordinal, is_range)])
FLAG_CASES = [
    ("in 2025 the UK", [("2025", True, False, False)]),
    ("the 1999 election", [("1999", True, False, False)]),
    ("the 2020 caucuses", [("2020", True, False, False)]),
    ("since the 1990s", [("1990s", True, False, False)]),
    ("2000 troops", [("2000", False, False, False)]),
    ("the fourth time", [("fourth", False, True, False)]),
    ("the third occasion", [("third", False, True, False)]),
    ("his 3rd term", [("3rd", False, True, False)]),
    ("between 10 and 15 people", [("10", False, False, True), ("15", False, False, True)]),
    ("10-15 people", [("10", False, False, True), ("15", False, False, True)]),
    ("10 to 15 people", [("10", False, False, True), ("15", False, False, True)]),
    ("between 2019 and 2021", [("2019", False, False, True), ("2021", False, False, True)]),
    # a running total is two figures, not a range
    ("rose from 12 to 14", [("12", False, False, False), ("14", False, False, False)]),
    ("12 killed and 40 injured", [("12", False, False, False), ("40", False, False, False)]),
]


@pytest.mark.parametrize("text,expected", FLAG_CASES)
def test_figure_flags(text, expected):
    got = [(f.text, f.is_year, f.is_ordinal, f.is_range) for f in find_figures(text)]
    assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("£10-15m", [(0, 3, 10e6, "GBP"), (4, 7, 15e6, "GBP")]),
        ("between £10m and £15m", [(8, 12, 10e6, "GBP"), (17, 21, 15e6, "GBP")]),
        ("between 10 and 15 million", [(8, 10, 10e6, None), (15, 25, 15e6, None)]),
    ],
)
def test_range_ends_share_unit_and_scale(text, expected):
    got = [(f.start, f.end, f.value, f.unit) for f in find_figures(text)]
    assert got == expected


# (text, [(figure text, noun, verb)])
VERB_CASES = [
    ("12 people were killed", [("12", "person", "killed")]),
    ("at least 12 people have been injured", [("at least 12", "person", "injured")]),
    ("the blast, which killed 14", [("14", None, "killed")]),
    ("injuring at least one person", [("at least one", "person", "injured")]),
    ("12 killed and 40 injured", [("12", None, "killed"), ("40", None, "injured")]),
    ("three people died", [("three", "person", "died")]),
    ("50,000 drones", [("50,000", "drone", None)]),
]


@pytest.mark.parametrize("text,expected", VERB_CASES)
def test_casualty_verbs(text, expected):
    assert [(f.text, f.noun, f.verb) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("50,000", 50000),
        ("2.5", 2.5),
        ("fifty", 50),
        ("twenty-five", 25),
        ("fifty thousand", 50000),
        ("two hundred and fifty", 250),
        ("a dozen", 12),
        ("three and a half", 3.5),
        ("one million", 1e6),
        ("ten and fifteen", None),
        ("ten two", None),
        ("drones", None),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


def _one(text: str) -> Figure:
    (figure,) = find_figures(text)
    return figure


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("50,000 drones", "50,000 drones", True),
        ("about 50,000 drones", "50,000 drones", True),
        ("fifty thousand drones", "50,000 drones", True),
        ("£150 million", "£150m", True),
        ("£0.15bn", "£150m", True),
        ("about 50,000", "49,000", True),  # "about" tolerates rounding
        ("50,000 drones", "20,000 drones", False),
        ("£150 million", "€150 million", False),
        ("12 soldiers", "12 civilians", False),
        ("more than 40", "41", False),  # "more than" is a bound, not a rounding
        ("hundreds of drones", "hundreds of drones", False),  # vague: never the same
    ],
)
def test_same_quantity(a, b, expected):
    assert same_quantity(_one(a), _one(b)) is expected
