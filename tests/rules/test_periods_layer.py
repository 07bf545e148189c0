"""The period knowledge is part of the configuration: a rule file's `periods:` section is layered over rules/periods.yaml."""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from factcheck import check_text
from factcheck.cli import app
from factcheck.config import load_rules
from factcheck.ruleyaml import shipped_rules_dir

_REVIEW = (
    "date 2026-03-11 County news\n\n"
    "The review opened on 2 March and closes on 30 March, the council said.\n\n"
    "Residents were told to write to the town hall.\n\n"
    "The review closes on 6 April, a spokesman added.\n"
)


def test_a_rule_files_periods_section_reaches_the_check(tmp_path):
    house = tmp_path / "house.yaml"
    house.write_text("periods:\n  periods:\n    review: [review, public review]\n")
    findings = check_text(_REVIEW, rules=load_rules([str(house)]))
    assert [(f.check, f.line, f.message) for f in findings] == [
        ("deadline-conflict", 7, "\u201c6 April\u201d here, but \u201c30 March\u201d at line 3: the review is given two ends.")
    ]
    # "review" is no kind of the shipped file, but what closes on a day is a period by its verb ...
    assert [(f.check, f.line) for f in check_text(_REVIEW, rules=load_rules([]))] == [("deadline-conflict", 7)]
    # ... unless a rule file says the noun is none (`not_periods`)
    quiet = tmp_path / "quiet.yaml"
    quiet.write_text("periods:\n  not_periods: [review]\n")
    assert check_text(_REVIEW, rules=load_rules([str(quiet)])) == []


def test_layers_add_kinds_replace_a_kind_named_again_and_extend_the_word_lists(tmp_path):
    base = tmp_path / "base.yaml"
    base.write_text("periods:\n  periods:\n    review: [review]\n  moved: [deferred]\n")
    house = tmp_path / "house.yaml"
    house.write_text("extends: base.yaml\nperiods:\n  periods:\n    sale: [clearance sale]\n  dated_by_verbs:\n    ruled: [verdict]\n")
    rules = load_rules([str(house)])
    knowledge = rules.knowledge["periods"]
    assert knowledge.kinds["review"] == "review" and knowledge.kinds["public consultation"] == "consultation"
    assert knowledge.kinds["clearance sale"] == "sale" and "sale" not in knowledge.kinds  # the kind takes the forms it is given now
    assert knowledge.moved_re.search("the vote was deferred") and knowledge.moved_re.search("the deadline was extended")
    assert knowledge.dated_by_verbs["ruled"][-1] == "verdict" and "order" in knowledge.dated_by_verbs["ruled"]
    assert [Path(f).name for f in rules.knowledge_files["periods"]] == ["periods.yaml", "base.yaml", "house.yaml"]


def test_the_shipped_knowledge_is_the_configurations_without_a_periods_section():
    rules = load_rules([])
    assert rules.knowledge_files["periods"] == [str(shipped_rules_dir() / "periods.yaml")]
    assert rules.knowledge["periods"].kinds["ceasefire"] == "ceasefire"


def test_config_command_shows_the_periods_layers(tmp_path, monkeypatch):
    (tmp_path / "house.yaml").write_text("periods:\n  periods:\n    review: [review]\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["config", "--no-config", "--rules", "house.yaml"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    shipped = os.path.relpath(shipped_rules_dir() / "periods.yaml")
    at = lines.index(f"periods:    # {shipped}, house.yaml")
    shipped_knowledge = load_rules([]).knowledge["periods"]  # the house file adds one kind of one form
    kinds, forms = len(set(shipped_knowledge.kinds.values())) + 1, len(shipped_knowledge.kinds) + 1
    assert lines[at + 1] == f"  kinds: {kinds}, forms: {forms}, verbs: {len(shipped_knowledge.verb_kinds)}, dating verbs: {len(shipped_knowledge.dated_by_verbs)}"


def test_a_broken_periods_section_stops_the_check_command_with_its_place(tmp_path, monkeypatch):
    (tmp_path / "house.yaml").write_text("periods:\n  moved: [Deferred]\n")
    (tmp_path / "a.txt").write_text(_REVIEW)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "--format", "text", "--no-config", "--rules", "house.yaml", "a.txt"])
    assert result.exit_code == 2
    assert "house.yaml:2:11: moved: write 'Deferred' in lower case" in result.output


_TENDER = (
    "date 2026-02-10 Bin contract awarded\n\n"
    "The council gazetted the tender on January 12, giving firms a 28-day bidding window that closed on February 2.\n"
)


def test_a_rule_files_opening_acts_date_the_period_they_open(tmp_path):
    # "gazetted" is no act of the shipped file: the window has a length and an end but no start, so nothing adds up ...
    assert check_text(_TENDER, rules=load_rules([])) == []
    # ... until a newsroom names the act that opens it
    house = tmp_path / "house.yaml"
    house.write_text("periods:\n  opening_acts: [gazetted]\n")
    findings = check_text(_TENDER, rules=load_rules([str(house)]))
    assert [(f.check, f.line) for f in findings] == [("deadline-arithmetic", 3)]


_DEFERRED = (
    "date 2026-08-19 Tasman defers bid deadline\n\n"
    "The offer opened on July 20 and had been due to close at 7pm on Friday, August 21. "
    "Tasman said on Tuesday it had deferred the closing date by a fortnight, to 7pm on Friday, September 11.\n"
)


def test_a_newsroom_can_add_the_words_that_move_a_period_by_a_length(tmp_path):
    # the shipped file does not know "deferred": the fortnight is read as nothing moved
    assert [(f.check, f.line) for f in check_text(_DEFERRED, rules=load_rules([]))] == []
    house = tmp_path / "house.yaml"
    house.write_text("periods:\n  moves_later: [defer, deferred]\n")
    findings = check_text(_DEFERRED, rules=load_rules([str(house)]))
    assert [(f.check, f.line) for f in findings] == [("deadline-arithmetic", 3)]
    assert "A fortnight after 21 August is 4 September, not 11 September." in findings[0].message
