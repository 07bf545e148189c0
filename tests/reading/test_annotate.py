"""The annotation's fact table: "his" and "her" before a figure are linked to the person last named."""

from __future__ import annotations

from factcheck.loaders import load_text
from factcheck.reading.annotate import Annotation


def _scopes(text: str, thing: str) -> list[tuple[str, frozenset[str]]]:
    ann = Annotation(load_text(text, "txt"))
    return [(st.fact.amount.text, st.fact.scope) for st in ann.quantities if st.fact.thing == thing]


def test_his_is_the_person_last_named():
    text = (
        "date 2025-12-08 Victoria on top\n\n"
        "Dan Kowalczyk took five for 43 as Victoria bowled Queensland out.\n\n"
        "His five wickets came in a spell of 11 overs.\n\n"
        "Villiers finished with three wickets, and Mr Okonjo took his two wickets late.\n"
    )
    assert _scopes(text, "wicket") == [
        ("five", frozenset({"kowalczyk"})),
        ("three", frozenset()),
        ("two", frozenset({"okonjo"})),
    ]


def test_with_no_one_named_the_pronoun_stays():
    text = "date 2025-12-08 Rain stops play\n\nHis five wickets came in a spell of 11 overs.\n"
    assert _scopes(text, "wicket") == [("five", frozenset({"his"}))]
