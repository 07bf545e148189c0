"""number-conflict: one count or amount given two values; different things, ranges and totals stay quiet."""

from __future__ import annotations

import pytest

from ..conftest import findings_of

CHECK = "number-conflict"
HEAD = "date 2026-03-14 Floods hit Westbury\n\n"

CASES = [
    ("hospital count", ["In all, 12 people were taken to hospital, most with hypothermia.", "Of the 14 people taken to hospital, four were still being treated last night."], [5]),
    ("killed, then which killed", ["Twelve people were killed when the factory exploded.", "The blast, which killed 14, was heard ten miles away."], [5]),
    ("money for the same thing", ["The government announced a £2.5bn package for flood defences.", "Critics said the £3bn package was too small."], [5]),
    ("agreeing figures", ["Twelve people were killed when the factory exploded.", "The blast, which killed 12, was heard ten miles away."], []),
    ("different things", ["The collision killed 12 people and injured 40.", "Of the 40 people injured, six are in a serious condition."], []),
    ("running total", ["Twelve people were killed in the blast.", "The death toll later rose to 14, and the 14 people killed included two children."], []),
    ("from 12 to 14", ["Police arrested 12 people on Friday.", "The number of people arrested rose from 12 to 14 on Saturday."], []),
    ("range", ["Between 10 and 15 people were injured.", "The 12 people injured were treated at the scene."], []),
    ("approximation that agrees", ["About 50,000 people were evacuated.", "The 50,000 people evacuated spent the night in shelters."], []),
    ("at least", ["At least 12 people were killed.", "The attack, which killed 14, was the worst this year."], []),
    ("different events", ["Twelve people were killed in Kabul on Monday.", "In a separate attack, 14 people were killed in Kandahar."], []),
    ("later does not refer back", ["Police arrested 12 people in Leeds.", "Officers in York arrested 14 people."], []),
    ("quoted", ["Twelve people were killed when the factory exploded.", "\u201cThe blast, which killed 14, was heard for miles,\u201d he said."], []),
    ("amounts for different nouns", ["The council set aside a £2m fund.", "It will spend the £3m grant on repairs."], []),
    ("amounts in different years", ["Turnover was a 1368 million pounds turnover in 2019.", "The units sold had a 947 million pounds turnover."], []),
    ("lost their lives, then killed", ["Two firefighters lost their lives battling the fire, which has burned more than 41,000 acres.", "A service for the three firefighters killed will be held on Friday."], [5]),
    ("died, then dead", ["Three people died when the bridge collapsed.", "The four people dead included a child."], [5]),
    ("injured, then hurt", ["Four patients were injured when the ceiling fell.", "The trust said the five patients hurt had been seen by doctors."], [5]),
    ("killed and injured stay apart", ["Two people were killed and five injured.", "The five people hurt were treated at the scene."], []),
    ("lost something else", ["The firm lost 12 contracts last year.", "Staff said the 14 contracts lost were small."], []),
    ("killed and injured in one clause", ["A drone strike on the market killed 37 people and injured 80.", "The families of the 39 people killed began burying them."], [5]),
    ("killed and injured in one clause, injured later", ["A drone strike on the market killed 37 people and injured 80.", "The 80 people injured were taken to two hospitals."], []),
    ("a year that ranks the event", ["The strike killed 37 people, in one of the deadliest attacks this year.", "The families of the 39 people killed buried them."], [5]),
    ("a year that is the period counted", ["Militants have killed 37 people this year.", "The families of the 39 people killed buried them."], []),
    ("an earlier year's event between", ["Seven people died when the coach crashed.", "In 2019 a crash on the same road killed 3 people.", "The families of the nine people who died were told."], [7]),
    ("an earlier year's event, referred back", ["Twelve people were killed in the blast.", "A blast at the same plant in 2019, which killed 14, led to new rules."], []),
    ("more of them", ["Twelve people were killed in the blast.", "Two more people died in hospital, and the 14 people killed will be named."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_number_conflict(name, paragraphs, expected, rules):
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


def test_counts_in_two_places(rules):
    text = HEAD + "Two people were killed in Lyon when the storm hit.\n\nThe storm, which killed three in Valencia, moved north.\n"
    assert findings_of(text, rules=rules, check=CHECK) == []
