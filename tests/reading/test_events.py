"""Linking mentions of events (reading/events.py): which mentions name one event, and which stay apart."""

from __future__ import annotations

import pytest

from factcheck.reading.events import EventRef, link_events

R = EventRef


@pytest.mark.parametrize(
    "name,refs,expected",
    [
        # linked
        ("a noun and a verb of one event", [R("arraignment"), R("arraignment")], [0, 0]),
        ("a participant named once: the unnamed mention is that one's", [R("decision", participant="council"), R("decision")], [0, 0]),
        ("the unqualified vote is the one qualified vote", [R("vote", "strike"), R("vote")], [0, 0]),
        ("a name as qualifier does not stand for the unqualified ones", [R("hearing", "tahlequah", named=True), R("hearing")], [0, 1]),
        # not linked
        ("two events", [R("vote"), R("hearing")], [0, 1]),
        ("two participants", [R("death", participant="smith"), R("death", participant="jones")], [0, 1]),
        ("an unnamed mention where two are named refers to neither", [R("decision", participant="council"), R("decision", participant="board"), R("decision")], [0, 1, None]),
        ("two qualifiers", [R("ballot", "leadership"), R("ballot", "strike")], [0, 1]),
        ("the unqualified one where two are qualified is neither", [R("ballot", "leadership"), R("ballot", "strike"), R("ballot"), R("ballot")], [0, 1, 2, 2]),
        ("a counted mention is its own", [R("hearing"), R("hearing", counted=True)], [0, None]),
        ("no event", [R("")], [None]),
    ],
)
def test_link_events(name, refs, expected):
    events = link_events(refs)
    numbers: dict = {}
    got = [None if e is None else numbers.setdefault(e, len(numbers)) for e in events]
    assert got == expected


def test_the_event_names_its_resolved_qualifier_and_participant():
    assert link_events([R("vote", "strike"), R("vote", participant="union")]) == [("vote", "strike", "union"), ("vote", "strike", "union")]
