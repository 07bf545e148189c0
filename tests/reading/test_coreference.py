"""reading.coreference: which definite mentions of a sum refer back to which earlier sum, and when none is linked."""

from __future__ import annotations

import pytest

from factcheck.loaders import load_text
from factcheck.reading.annotate import Annotation
from factcheck.reading.coreference import money_links, money_mentions


def _annotation(*paragraphs: str) -> Annotation:
    text = "date 2026-03-11 Funding news\n\n" + "\n\n".join(paragraphs) + "\n"
    return Annotation(load_text(text, "txt", "<test>"))


def _links(*paragraphs: str) -> list[tuple[int, str, str, str]]:
    """(line of the mention, its figure or "-", the earlier figure, by what) for each link."""
    annotation = _annotation(*paragraphs)
    out = []
    for one in money_links(annotation):
        m, e = one.mention, one.antecedent
        line = annotation.line(m.block, m.block.tokens[m.first].start)
        out.append((line, m.amount.text if m.amount else "-", e.amount.text, one.by))
    return out


LINKED = [
    ("a total and its split, two paragraphs apart, by the same noun",
     ["The university has been awarded £14.2 million in public research funding.", "It will create 60 posts.", "The funding is split between the three centres: £6 million for A, £5.1 million for B and £4.1 million for C."],
     [(7, "-", "£14.2 million", "noun")]),
    ("another noun of the same group",
     ["The minister announced J$88 billion in new spending on the three pillars.", "The new money is divided entirely among those three pillars: J$36 billion for security, J$29 billion for health and J$13 billion for education."],
     [(5, "-", "J$88 billion", "group")]),
    ("the same owner",
     ["The package is made up of £3.1 million from the council's own capital programme and £1.9 million from the government.", "Of the money approved, the council's £3.6 million contribution will be met through borrowing."],
     [(5, "£3.6 million", "£3.1 million", "owner")]),
    ("the new level of a change, not its old one",
     ["Profit after tax fell to Sh1.23 billion from Sh1.50 billion a year earlier.", "The fall in net profit to Sh1.32 billion was disappointing, she said."],
     [(5, "Sh1.32 billion", "Sh1.23 billion", "noun")]),
    ("a value put on a takeover, then the deal",
     ["The recommended cash offer values the company at about £206m.", "The chief executive said the £260m deal gave shareholders certainty."],
     [(5, "£260m", "£206m", "group")]),
    ("a value read past an aside, then the deal said to be worth another",
     ["The offer, announced after the market closed on Monday, values the company at about S$421.6 million.", "Analysts said the deal, worth S$412.6 million at the offer price, was generous."],
     [(5, "S$412.6 million", "S$421.6 million", "group")]),
    ("the revised sum and the level a change reached",
     ["The budget increases the county bursary fund to KSh 180 million from KSh 150 million.", "The revised kitty of KSh 185 million will be paid out in January."],
     [(5, "KSh 185 million", "KSh 180 million", "group")]),
    ("the same sum twice links without a conflict",
     ["The trust will receive £4 million in funding for the ward.", "The funding will pay for 20 beds.", "Managers said the £4 million funding was welcome."],
     [(5, "-", "£4 million", "noun"), (7, "£4 million", "£4 million", "noun")]),
]

NOT_LINKED = [
    ("two deals: the noun is ambiguous",
     ["The club agreed a £5m deal with Leeds for the striker.", "It also agreed a £3m deal with Bradford for a defender.", "Fans said the £4m deal was too much."]),
    ("a running total: the sentence says the sum changed",
     ["The appeal has raised £40,000 in funding for the roof.", "The funding now stands at £52,000, the vicar said."]),
    ("a revision",
     ["The council agreed £4.9 million in funding in 2024.", "Councillors approved the revised £5.8 million funding on Tuesday."]),
    ("a further sum is another one",
     ["The university won £14.2 million in research funding.", "A further £9.8 million in funding has been pledged by partners."]),
    ("a conversion: another unit",
     ["The university won £14.2 million in research funding.", "The $18 million funding is the largest in its history."]),
    ("inside a quote",
     ["The university won £14.2 million in research funding.", "\u201cThe £16 million funding is a vote of confidence,\u201d she said."]),
    ("two sums of one owner",
     ["The package includes £3.1 million from the council's capital programme.", "Another £1 million from the council's reserves will go to the gym.", "The council's £3.6 million contribution will be borrowed."]),
    ("an aside holding a sum is no aside to read past",
     ["The offer, worth S$2 a share, values the company at about S$421.6 million.", "The bid, worth S$400 million, was rejected in 2024."]),
    ("profit before tax is another profit",
     ["Profit before tax was Sh1.86 billion, the company said.", "The fall in net profit to Sh1.32 billion was disappointing."]),
    ("another year",
     ["The city received £10 million in funding in 2019.", "In 2025 the funding reached £12 million."]),
    ("a mention with a qualifier the earlier sum lacks",
     ["The trust will receive £4 million in funding for the ward.", "The capital funding of £6 million will come later."]),
    ("the revised sum, with no change stated before",
     ["The council agreed £4.9 million in funding.", "The revised kitty of £5.8 million will be paid out in January."]),
    ("an owner's part of a sum nobody owns",
     ["The partners will make a £14m contribution between them.", "Lochmoor's £7.3m share will come from reserves."]),
    ("a change stated twice is no reference back",
     ["The fund rose to £5m in March.", "By June the fund rose to £6m."]),
    ("another measure of the deal",
     ["The cash offer values the company at about £206m.", "Including debt, the £260m deal is the largest this year."]),
    ("a rate is no sum",
     ["The offer of 245p a share values the company at £206m.", "The 250p offer includes the dividend."]),
]


@pytest.mark.parametrize("name,paragraphs,expected", LINKED, ids=[c[0] for c in LINKED])
def test_linked(name, paragraphs, expected):
    assert _links(*paragraphs) == expected


@pytest.mark.parametrize("name,paragraphs", NOT_LINKED, ids=[c[0] for c in NOT_LINKED])
def test_not_linked(name, paragraphs):
    assert _links(*paragraphs) == []


def test_mentions_read_noun_owner_and_level():
    annotation = _annotation(
        "Profit after tax fell to Sh1.23 billion from Sh1.50 billion.",
        "The grant of £2m comes with £500,000 from the city's reserves.",
    )
    got = [(m.amount.text if m.amount else "-", m.noun, m.owner, m.level, m.definite) for m in money_mentions(annotation)]
    assert got == [
        ("Sh1.23 billion", "profit", None, "new", False),
        ("Sh1.50 billion", "profit", None, "old", False),
        ("£500,000", None, "city", "plain", False),
    ]
