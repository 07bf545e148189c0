"""person-title-conflict through organisation coreference: one unique role of the article's one company, club or
association given to two people, each written as that body's own ("Chief executive X", "Y is chief executive", "the
association's general secretary"), and the quiet cases (two bodies of one kind, another body's role, a role of the
past or a stand-in, a quote)."""

from __future__ import annotations

import pytest

from ..conftest import findings_of, lines_found

CHECK = "person-title-conflict"


def _art(headline: str, *paras: str) -> str:
    return f"date 2026-05-12 {headline}\n\n" + "\n\n".join(paras) + "\n"


LEAD = "Bengaluru-based Annadaata Technologies has raised $18 million from Peepal Tree Ventures and Konkan Capital, the company said."

KERICHO = "Kericho Highlands Tea Ltd raised its dividend on Thursday after a record crop, the company said."

CASES = [
    # firing: the company the headline names, which the copy calls "the company", has one chief executive
    ("two chief executives of the story's company",
     _art("Annadaata raises $18 million", LEAD,
          "Ms Subramaniam is co-founder and chief executive.",
          "The company plans to expand.",
          "Chief executive Arjun Deshpande said the money would go on tools."),
     [(CHECK, 9)]),
    ("two chairs of the story's company, each with a kind of chair",
     _art("Harcastle Foods chief quits",
          "Shares in Harcastle Foods fell on Thursday, and analysts at Pennine Securities cut their forecasts.",
          "Non-executive chair Margaret Osei said the board had confidence in the team.",
          "The company was founded in 1962.",
          "Executive chairman Tom Harcastle told analysts the family would not sell."),
     [(CHECK, 9)]),
    ("the one association named: its general secretary, by its initials and unsaid",
     _art("Nurses vote to strike",
          "The St Aubin Registered Nurses' Association (SARNA) voted to strike on Monday.",
          "General secretary Claudette Browne said members had no choice.",
          "The association will meet the minister on Friday.",
          "SARNA general secretary Everton Greaves said the strike would go ahead."),
     [(CHECK, 9)]),
    # the company named in full, with no suffix, and a role written as its own, either order
    ("the named company's chairman and a bare chairman",
     _art("Kericho Highlands Tea lifts dividend", KERICHO, "Esther Chebet is chairman.",
          "Kericho Highlands Tea chairman Joseph Kiprono said prices would hold."),
     [(CHECK, 7)]),
    ("a bare chairman after the named company's",
     _art("Kericho Highlands Tea lifts dividend", KERICHO, "Kericho Highlands Tea chairman Joseph Kiprono said prices would hold.",
          "Esther Chebet is chairman."),
     [(CHECK, 7)]),
    ("the company by its first word",
     _art("Kericho Highlands Tea lifts dividend", KERICHO, "Chief executive Joseph Kiprono said the rains came early.",
          "Kericho's chief executive, Esther Chebet, said prices would hold."),
     [(CHECK, 7)]),
    # quiet: a word from inside the name is not the company's short name
    ("a word from inside the company's name",
     _art("Kericho Highlands Tea lifts dividend", KERICHO, "Chief executive Joseph Kiprono said the rains came early.",
          "Highlands chief executive Esther Chebet said prices would hold."),
     []),
    # quiet: another company's chairman, named
    ("another named company's chairman",
     _art("Kericho Highlands Tea lifts dividend", KERICHO, "Esther Chebet is chairman.",
          "Nandi Hills Tea Ltd chairman Joseph Kiprono said prices would hold."),
     []),
    # one person given two of the company's executive posts, with no change stated
    ("a co-founder who is chief technology officer, later chief executive",
     _art("Annadaata raises $18 million", LEAD,
          "Mr Deshpande is co-founder and chief technology officer.",
          "Chief executive Arjun Deshpande said the money would go on tools."),
     [(CHECK, 7)]),
    # quiet: two companies and a headline naming neither, so a chief executive with no company is left open
    ("two companies, no lead",
     _art("Tea growers report record crop",
          "Kericho Highlands Tea Ltd and Nandi Hills Estates Ltd said on Thursday the crop rose by a tenth.",
          "Chief executive Joseph Kiprono said the rains came early.",
          "The company will publish its results in June.",
          "Esther Chebet is chief executive."),
     []),
    ("another company's chief executive, after whose",
     _art("Harcastle Foods chief quits",
          "Shares in Harcastle Foods fell on Thursday.",
          "Chief executive Priya Raman said the company would recover.",
          "Rival baker Greenhow Pies, whose chief executive Andrew Tulloch wants to buy the frozen arm, declined to comment."),
     []),
    ("a chair of some other body, said after the role",
     _art("Harcastle Foods chief quits",
          "Shares in Harcastle Foods fell on Thursday.",
          "Chairman Tom Harcastle said the company would recover.",
          "Ibrahim Danladi, chairman of a northern bakers' association, said the fall was welcome."),
     []),
    ("an interim chief executive beside the chief executive",
     _art("Annadaata raises $18 million", LEAD,
          "Ms Subramaniam is co-founder and chief executive.",
          "The company plans to expand.",
          "Interim chief executive Arjun Deshpande said the money would go on tools."),
     []),
    ("the predecessor named as such",
     _art("Annadaata raises $18 million", LEAD,
          "Ms Subramaniam is chief executive.",
          "The company plans to expand.",
          "Former chief executive Arjun Deshpande said the money would go on tools."),
     []),
    ("a role in a quote",
     _art("Annadaata raises $18 million", LEAD,
          "Ms Subramaniam is chief executive.",
          "The company plans to expand.",
          "\"Chief executive Arjun Deshpande would have done the same,\" an investor said."),
     []),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_roles_of_the_article_s_own_body(name, text, expected):
    assert findings_of(text, check=CHECK) == expected


def test_two_pastors_of_one_parish_named_with_their_style(rules):
    head = "date 2026-11-07 Parish leases school to academy\n\n"
    paragraphs = ["The pastor of St. Jadwiga, the Rev. Tadeusz Wroblewski, told parishioners in September that the parish could not heat the hall.",
                  "The parish's pastor, the Rev. Marek Zajac, said the lease includes a review clause."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    # a pastor before him, said so
    paragraphs[1] = "The parish's then-pastor, the Rev. Marek Zajac, raised money for new windows in 1987."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    # a church's youth pastor is another post
    paragraphs[1] = "The parish's youth pastor, the Rev. Marek Zajac, said the lease includes a review clause."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_general_manager_is_no_chair_of_the_board_of_his_body(rules):
    head = 'date 2026-10-06 Refinery gold deliveries climb\n\n'
    paragraphs = ["KGR general manager Lovemore Dube said the improvement reflected faster payment to miners.",
                  "Speaking at the same briefing, Dube, KGR's board chairman, said the refinery would not raise the share of payments in local currency."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    # a general manager who is also the body's chief executive holds one post written two ways (roles.yaml: compatible)
    paragraphs[1] = paragraphs[1].replace("KGR's board chairman", "KGR's chief executive")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
