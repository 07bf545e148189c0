"""Linking a person's mentions (reading/people.py over language/people.py): "Mr X", "X" and "Firstname X" are the full
name's person; a relative sharing the surname, named in full, is another; an apposition's role is its person's."""

from __future__ import annotations

from factcheck.loaders import load_text
from factcheck.reading.annotate import Annotation

TEXT = (
    "date 2026-05-12 Annadaata raises $18 million\n\n"
    "Annadaata Technologies has raised $18 million, the company said.\n\n"
    "The company was founded by Arjun Deshpande, an engineer, and Ritika Subramaniam, the chief executive.\n\n"
    "\"Farmers trust us,\" Mr Deshpande said. Deshpande added that the money would go on tools.\n\n"
    "Mr Deshpande's father, Madhav Deshpande, a retired bank executive in Pune, holds a small stake.\n"
)


def _people():
    reading = Annotation(load_text(TEXT, "txt")).people
    return reading, {p.full_name: p for p in reading.people.persons}


def test_mr_x_and_x_are_the_full_name_s_person_and_a_relative_is_another():
    reading, people = _people()
    arjun = people["Arjun Deshpande"]
    # the surname alone, after "Mr" or not, before the father is introduced (and "Mr Deshpande's father" with him)
    written = [(reading.blocks[i].line, reading.blocks[i].text[m.start : m.end]) for i, m in arjun.mentions]
    assert written == [(5, "Arjun Deshpande"), (7, "Deshpande"), (7, "Deshpande"), (9, "Deshpande")]
    assert [reading.blocks[i].line for i, _ in people["Madhav Deshpande"].mentions] == [9]


def test_a_surname_two_people_introduced_before_it_share_is_neither_s():
    text = (
        "date 2026-05-12 Brothers open bakery\n\n"
        "Arjun Deshpande and his brother Madhav Deshpande opened the bakery on Monday.\n\n"
        "\"We always wanted this,\" Mr Deshpande said.\n"
    )
    reading = Annotation(load_text(text, "txt")).people
    assert sorted((p.full_name, len(p.mentions)) for p in reading.people.persons) == [("Arjun Deshpande", 1), ("Madhav Deshpande", 1)]


def test_an_apposition_s_role_is_its_person_s():
    reading, people = _people()
    roles = [(reading.blocks[i].text[r.start : r.end], r.role) for i, r in people["Ritika Subramaniam"].roles]
    assert roles == [("chief executive", "chief executive")]
