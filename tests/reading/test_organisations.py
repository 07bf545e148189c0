"""Organisation coreference (reading/people.py): which named body "the company", "club captain" or a role given with
no organisation stands for, and when the copy leaves it open (two bodies of one kind, another body's role)."""

from __future__ import annotations

import pytest

from factcheck.loaders import load_text
from factcheck.reading.annotate import Annotation
from factcheck.reading.people import role_body


def _reading(text: str):
    return Annotation(load_text(text, "txt")).people


def _bodies(text: str) -> list[tuple[str, str, str | None]]:
    """(holder's surname, role as written, the body it resolves to) for each role the article gives."""
    reading = _reading(text)
    rk, orgs = reading.roles, reading.organisations
    out = []
    for i, roles in enumerate(reading.people.roles):
        for r in roles:
            spec = rk.roles.get(r.base)
            kinds = (spec.kinds or spec.groups) & frozenset(rk.org_nouns.values()) if spec else frozenset()
            body = role_body(orgs, reading.blocks[i].text, r, kinds)
            holder = reading.blocks[i].text[r.holder[0] : r.holder[1]].split()[-1] if r.holder else None
            out.append((holder, reading.blocks[i].text[r.start : r.end], " ".join(body.name) if body else None))
    return out


ONE_COMPANY = (
    "date 2026-03-05 Kericho Highlands Tea Ltd reports record crop\n\n"
    "Kericho Highlands Tea Ltd said on Thursday its crop rose by a tenth.\n\n"
    "{p}\n\n"
    "The company will publish its results in June.\n"
)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # linked: the article's one company, however the role is written as its own
        ("Chief executive Joseph Kiprono said the rains came early.", ("Kiprono", "Chief executive", "kericho highlands tea")),
        ("Joseph Kiprono, chief executive, said the rains came early.", ("Kiprono", "chief executive", "kericho highlands tea")),
        ("Joseph Kiprono is chief executive and a director.", ("Kiprono", "chief executive", "kericho highlands tea")),
        ("The company's chairman, Joseph Kiprono, said the rains came early.", ("Kiprono", "The company's chairman", "kericho highlands tea")),
        # not linked: a role said to be of another body, a past or stand-in role, a role of some body after "whose"
        ("Joseph Kiprono, chairman of a growers' association, said the rains came early.", ("Kiprono", "chairman", None)),
        ("Former chief executive Joseph Kiprono said the rains came early.", ("Kiprono", "Former chief executive", None)),
        ("Interim chief executive Joseph Kiprono said the rains came early.", ("Kiprono", "Interim chief executive", None)),
        ("A rival grower, whose chief executive Joseph Kiprono spoke, said the rains came early.", ("Kiprono", "chief executive", None)),
    ],
)
def test_a_role_of_the_one_company(sentence, expected):
    assert _bodies(ONE_COMPANY.format(p=sentence)) == [expected]


def test_two_companies_leave_the_company_open():
    text = (
        "date 2026-03-05 Tea growers report record crop\n\n"
        "Kericho Highlands Tea Ltd and Nandi Hills Estates Ltd said on Thursday the crop rose by a tenth.\n\n"
        "The company's chairman, Joseph Kiprono, said the rains came early.\n\n"
        "Chief executive Esther Chebet said prices held.\n"
    )
    assert _bodies(text) == [("Kiprono", "The company's chairman", None), ("Chebet", "Chief executive", None)]


def test_the_headline_names_the_story_s_own_company():
    # two companies named, the headline names one and the copy calls it "the company": that one
    text = (
        "date 2026-03-05 Harcastle Foods chief quits\n\n"
        "Shares in Harcastle Foods fell on Thursday, and analysts at Pennine Securities cut their forecasts.\n\n"
        "Chief executive Priya Raman said the company would recover.\n"
    )
    assert _bodies(text) == [("Raman", "Chief executive", "harcastle foods")]


def test_a_role_with_no_body_needs_copy_that_calls_it_by_its_kind():
    # a match report naming one club of a known kind (the other side's name gives no kind): "the captain" stays open
    text = (
        "date 2026-03-05 Falcons win by four wickets\n\n"
        "Karachi made a brisk start. Captain Faheem Abbasi added 61 with Daniyal Shah.\n\n"
        "Later the captain Shoaib Riaz saw Falcons home, and Falcons captain Riaz was named player of the match.\n"
    )
    assert [(w, b) for _, w, b in _bodies(text)] == [
        ("Captain", None), ("Captain Faheem Abbasi", None), ("captain", None), ("Falcons captain", "falcons"), ("captain Shoaib Riaz", None), ("captain Riaz", None),
    ]


def test_the_club_is_the_one_club_named():
    text = (
        "date 2026-03-05 Rovers lose again\n\n"
        "Westbury Rovers lost 2-0 on Saturday.\n\n"
        "The club's manager, Lee Marwood, said the side had been unlucky.\n"
    )
    assert _bodies(text) == [("Marwood", "The club's manager", "westbury rovers")]


def test_bodies_named_and_lead():
    reading = _reading(
        "date 2026-03-05 Harcastle Foods chief quits\n\n"
        "Harcastle Foods and Greenhow Pies Ltd both bake pies; Sligo County Council and Leitrim County Council buy them.\n\n"
        "The company said it would recover.\n"
    )
    orgs = reading.organisations
    assert [(" ".join(o.name), o.kind) for o in orgs.named] == [
        ("harcastle foods", "company"), ("greenhow pies", "company"), ("sligo county council", "council"), ("leitrim county council", "council"),
    ]
    assert [" ".join(o.name) for o in orgs.lead] == ["harcastle foods"]
    assert "company" in orgs.called and "council" not in orgs.called
