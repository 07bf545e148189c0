"""reading.results: vote tallies, match scores and vote sides stated alone, spelled or in figures."""

from __future__ import annotations

import pytest

from factcheck.loaders import load_text
from factcheck.reading.annotate import Annotation

HEAD = "date 2026-03-14 Council budget agreed\n\n"


def results(text: str, rules):
    """Return ([(kind, first, second, definite, quoted, written)], [(side, value, quoted, written)]) of a one-paragraph snippet."""
    doc = load_text(HEAD + text + "\n")
    (ab,) = Annotation(doc, rules.knowledge).prose
    pairs, sides = ab.results
    return (
        [(r.kind, r.first_value, r.second_value, r.definite, r.quoted, ab.text[r.start : r.end]) for r in pairs],
        [(s.side, s.value, s.quoted, ab.text[s.start : s.end]) for s in sides],
    )


RESULTS = [
    # (name, text, [(kind, first, second, definite, quoted, written)])
    ("a tally with a hyphen", "The motion passed 61-38 after a long debate.", [("tally", 61, 38, False, False, "61-38")]),
    ("a tally with an en dash", "Councillors approved the budget 30–12.", [("tally", 30, 12, False, False, "30–12")]),
    ("votes to", "The bill was approved by 61 votes to 38.", [("tally", 61, 38, False, False, "61 votes to 38")]),
    ("votes to a named rival's count", "At the final stage Mr Lennox had 2,214 votes to Ms Baird's 2,083.",
     [("tally", 2214, 2083, False, False, "2,214 votes to Ms Baird's 2,083")]),
    ("a vote word after the figures", "It went 14-9 in the vote.", [("tally", 14, 9, False, False, "14-9")]),
    ("a score", "Harbrook won 26-18 at home.", [("score", 26, 18, False, False, "26-18")]),
    ("a score before a hyphened word and its noun", "Leinport went top with a 31-24 bonus-point win over Carrow.", [("score", 31, 24, False, False, "31-24")]),
    ("figures before a hyphened word and no score word", "The 10-12 year-old group meets on Saturday.", []),
    ("a score with a dash", "Westbury beat Ashford 3–1 on Saturday.", [("score", 3, 1, False, False, "3–1")]),
    ("a draw", "Harbrook drew 14-14 with Ashford.", [("score", 14, 14, False, False, "14-14")]),
    ("the score refers back", "The 26-16 result lifts them to third.", [("score", 26, 16, True, False, "26-16")]),
    ("its tally refers back", "Its 61-38 vote was the closest this year.", [("tally", 61, 38, True, False, "61-38")]),
    ("a quoted score", "“We won 26-18,” the coach said.", [("score", 26, 18, False, True, "26-18")]),
    ("two results in one sentence", "Cray beat Dene 30-16 and Ely won 26-12.", [("score", 30, 16, False, False, "30-16"), ("score", 26, 12, False, False, "26-12")]),
    # not results
    ("a pair without a vote or match word", "The ratio was 3-2 overall.", []),
    ("a road label", "They widened the A-40 near the M4.", []),
    ("a figure with thousands is no tally", "Fans bought 1,200-1,500 tickets after the club won.", []),
    ("a year range", "The vote covered 2019-2024.", []),
]


@pytest.mark.parametrize("name,text,expected", RESULTS, ids=[c[0] for c in RESULTS])
def test_results(name, text, expected, rules):
    assert results(text, rules)[0] == expected


SIDES = [
    # (name, text, [(side, value, quoted, written)])
    ("figures, voted against", "Labour said 39 councillors voted against.", [("against", 39, False, "39")]),
    ("bare figure voted against", "In the end 38 voted against.", [("against", 38, False, "38")]),
    ("spelled, hyphenated", "Thirty-nine members voted against, the clerk said.", [("against", 39, False, "Thirty-nine")]),
    ("spelled, voted for", "Sixty-one members voted for the motion.", [("for", 61, False, "Sixty-one")]),
    ("spelled, one word", "Twelve voted against.", [("against", 12, False, "Twelve")]),
    ("with … against", "The amendment was carried, with 38 against.", [("against", 38, False, "38")]),
    ("with … in favour", "It passed with 61 in favour.", [("for", 61, False, "61")]),
    ("both sides in one sentence", "Thirty-nine members voted against, with 61 in favour.", [("against", 39, False, "Thirty-nine"), ("for", 61, False, "61")]),
    ("quoted side", "“Thirty-nine voted against,” one member said.", [("against", 39, True, "Thirty-nine")]),
    # people named on one side, each by two names or more
    ("named people voted against", "Board members Carla Dunning, Ray Ostrowski and Denise Whitfield voted against the budget.", [("against", 3, False, "Carla Dunning, Ray Ostrowski and Denise Whitfield")]),
    ("named people, serial comma, voted in favour", "Cllr Ann Lee, Cllr Tom Reed, and Cllr Ian Hart voted in favour.", [("for", 3, False, "Cllr Ann Lee, Cllr Tom Reed, and Cllr Ian Hart")]),
    # not sides
    ("parties are not people named", "Labour and Plaid voted against the plan.", []),
    ("a name with an aside is not a list", "Mary Smith, the deputy leader, and John Jones voted against.", []),
    ("money is no vote side", "The council voted £40m against the plan.", []),
    ("a count that did not vote", "Some 40 residents were against the plan.", []),
    ("with … of something else", "It passed with 38 amendments.", []),
]


@pytest.mark.parametrize("name,text,expected", SIDES, ids=[c[0] for c in SIDES])
def test_vote_sides(name, text, expected, rules):
    assert results(text, rules)[1] == expected


LOSING = [
    # (name, text, the tally's first count voted against, the side is definite)
    ("defeated by votes to", "The motion was defeated in the Dáil on Wednesday evening by 84 votes to 67.", True),
    ("rejected", "Councillors rejected the plan 30-12 in a vote.", True),
    ("passed", "The bill was passed by 29 votes to 17.", False),
    ("lost in another sentence is no matter", "The amendment was lost. The bill was passed by 29 votes to 17.", False),
]


@pytest.mark.parametrize("name,text,against_first", LOSING, ids=[c[0] for c in LOSING])
def test_the_losing_verb_makes_the_first_count_against(name, text, against_first, rules):
    doc = load_text(HEAD + text + "\n")
    (ab,) = Annotation(doc, rules.knowledge).prose
    assert [r.against_first for r in ab.results[0]] == [against_first]


def test_a_side_referred_back_is_definite(rules):
    doc = load_text(HEAD + "She said the 76 TDs who voted against would pay for it, and 12 voted for.\n")
    (ab,) = Annotation(doc, rules.knowledge).prose
    assert [(s.side, s.value, s.definite) for s in ab.results[1]] == [("against", 76, True), ("for", 12, False)]
