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


def test_a_block_without_numbers_reads_no_amounts_nor_times():
    text = "date 2025-12-08 Storm closes the coast road\n\nThe council closed the coast road last year after a landslide.\n\nCrews cleared 40 tonnes of rock in 2024.\n"
    ann = Annotation(load_text(text, "txt"))
    quiet, counted = [b for b in ann.prose if "council" in b.text or "Crews" in b.text]
    assert (quiet.amounts, quiet.quantities) == ([], [])
    assert "time_marks" not in quiet.__dict__  # "last year" is not read: nothing here for it to date
    assert [a.text for a in counted.amounts] == ["40 tonnes"]
    assert [(st.fact.amount.text, st.fact.thing, st.fact.times) for st in ann.quantities] == [("40 tonnes", "rock", frozenset({"2024"}))]


def test_one_tense_reading_per_block():
    text = "date 2025-12-08 Talks resume\n\nThe union met the owners on Monday. Talks will resume on Friday.\n"
    doc = load_text(text, "txt")
    ann = Annotation(doc)
    block = next(b for b in doc.blocks if "union" in b.text)
    reading = ann.tense_of(block)
    assert reading is ann.tense_of(block)
    friday = block.text.index("Friday")
    assert str(reading.tense_at(friday, friday + 6)) == "future"


def test_a_possessive_time_dates_only_the_number_it_owns():
    """"on the previous week's 3,215" dates 3,215, not the 3,870 head yarded this week; "last year's 1,200 visitors" keeps its year."""
    text = ("date 2026-05-14 Cattle numbers rise\n\n"
            "Agents yarded 3,870 head, up 655 head or 20pc on the previous week's 3,215.\n\n"
            "The show drew 1,500 visitors, against last year's 1,200 visitors.\n")
    ann = Annotation(load_text(text, "txt"))
    assert [(st.fact.amount.text, st.fact.times) for st in ann.quantities] == [
        ("3,870", frozenset()), ("655", frozenset()), ("1,500", frozenset()), ("1,200", frozenset({"last year"}))]


def test_a_time_dates_the_figure_it_follows_not_the_one_after_it():
    # "fell to 386,400 tonnes in 2025 from 412,900 tonnes in 2024": each figure's year is the one right after it, its unit between
    text = "date 2026-03-10 Fish landings fall\n\nArtisanal landings fell to 386,400 tonnes in 2025 from 412,900 tonnes in 2024, a drop of 6.4 percent.\n"
    ann = Annotation(load_text(text, "txt"))
    block = ann.prose[0]
    assert [(a.text, sorted(block.times_of(a))) for a in block.amounts if a.unit == "tonne"][0] == ("386,400 tonnes", ["2025"])
