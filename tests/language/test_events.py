"""rules/events.yaml: the verbs that report events, read and validated with file:line:col errors, layered by rule files."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import check_text
from factcheck.config import load_rules
from factcheck.errors import RuleFileError
from factcheck.language.events import load_events
from factcheck.ruleyaml import shipped_rules_dir


def test_shipped_rules_load():
    k = load_events()
    assert k.verb_events["died"] == "death" and k.verb_events["ceased trading"] == "closure" and k.verb_events["heard"] == "hearing"
    assert k.dated_ahead == frozenset({"died", "born", "sentenced", "buried", "unveiled", "inaugurated", "voted", "balloted", "met", "formally opened", "officially opened",
                                    "flagged off", "officially flagged off"})


@pytest.mark.parametrize(
    "body,where,reason",
    [
        ("verbs: {death: [died]}\ndated_ahead: []\ncolour: []\n", "3:1", "unknown key 'colour'"),
        ("verbs: {death: [Died]}\ndated_ahead: []\n", "1:17", "write 'Died' in lower case"),
        ("verbs: {death: died}\ndated_ahead: []\n", "1:16", "verbs.death must be a list of words"),
        ("verbs: [died]\ndated_ahead: []\n", "1:8", "'verbs' must map each event to its verbs"),
        ("verbs: {death: [died]}\n", "1:1", "need a 'dated_ahead' section"),
        ("verbs: {death: [died]}\ndated_ahead: []\noutcomes: win\n", "3:11", "outcomes must be a list of words"),
    ],
)
def test_broken_rules_name_file_line_and_column(tmp_path, body, where, reason):
    path = tmp_path / "events.yaml"
    path.write_text(body)
    with pytest.raises(RuleFileError) as err:
        load_events(str(path))
    assert f"{path}:{where}:" in str(err.value)
    assert reason in str(err.value)


_INDICTED = (
    "date 2025-11-20 Bank chiefs in court\n\n"
    "All four defendants were indicted on 9 October and pleaded not guilty.\n\n"
    "Since his indictment on October 16, Akinwale has attended every sitting.\n"
)


def test_a_rule_files_events_section_reaches_the_check(tmp_path):
    house = tmp_path / "house.yaml"
    house.write_text("extends: base.yaml\nevents:\n  verbs:\n    indictment: [indicted]\n")
    (tmp_path / "base.yaml").write_text("checks:\n  event-date-conflict:\n    events: [indictment, hearing]\n")
    rules = load_rules([str(house)])
    assert [Path(f).name for f in rules.knowledge_files["events"]] == ["events.yaml", "house.yaml"]
    assert rules.knowledge["events"].verb_events["indicted"] == "indictment"
    assert rules.knowledge["events"].verb_events["died"] == "death"  # layered over the shipped file
    findings = check_text(_INDICTED, rules=rules)
    assert [(f.check, f.line) for f in findings] == [("event-date-conflict", 5)]
    # without the verb, the indictment is dated once only
    assert check_text(_INDICTED, rules=load_rules([str(tmp_path / "base.yaml")])) == []


def test_the_shipped_knowledge_is_the_configurations_without_an_events_section():
    rules = load_rules([])
    assert rules.knowledge_files["events"] == [str(shipped_rules_dir() / "events.yaml")]
    assert rules.knowledge["events"].verb_events["met"] == "meeting"


def test_a_broken_events_section_names_its_place(tmp_path):
    house = tmp_path / "house.yaml"
    house.write_text("events:\n  verbs:\n    death: [Died]\n")
    with pytest.raises(RuleFileError) as err:
        load_rules([str(house)])
    assert f"{house}:3:13:" in str(err.value)


def test_config_command_shows_the_events_layers(tmp_path, monkeypatch):
    import os

    from typer.testing import CliRunner

    from factcheck.cli import app
    from factcheck.config import load_rules
    from factcheck.ruleyaml import shipped_rules_dir

    (tmp_path / "house.yaml").write_text("events:\n  verbs:\n    indictment: [indicted]\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["config", "--no-config", "--rules", "house.yaml"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    at = lines.index(f"events:    # {os.path.relpath(shipped_rules_dir() / 'events.yaml')}, house.yaml")
    shipped = load_rules([]).knowledge["events"]  # the house file adds one verb of one new event
    events = len(set(shipped.verb_events.values()) | set(shipped.noun_events.values())) + 1
    assert lines[at + 1] == f"  events: {events}, verbs: {len(shipped.verb_events) + 1}, nouns: {len(shipped.noun_events)}, dated ahead: {len(shipped.dated_ahead)}, outcomes: {len(shipped.outcomes)}"


_WALKOVER = (
    "date 2025-11-16 Rovers through after walkover\n\n"
    "Rovers defeated Athletic 2-0 on Saturday to reach the semi-finals.\n\n"
    "Saturday's walkover is likely to leave Rovers fresh for the semi-final.\n"
)


def test_a_rule_files_outcomes_extend_the_shipped_ones(tmp_path):
    house = tmp_path / "house.yaml"
    house.write_text("events:\n  outcomes: [walkover]\n")
    rules = load_rules([str(house)])
    assert {"walkover", "win"} <= rules.knowledge["events"].outcomes
    # a day named by an outcome is a day gone: the future verb after it looks ahead to nothing on that day
    assert [(f.check, f.line) for f in check_text(_WALKOVER, rules=load_rules([]))] == [("relative-day-tense", 5)]
    assert check_text(_WALKOVER, rules=rules) == []


_DELISTED = (
    "date 2026-07-08 Tamarind leaves the exchange\n\n"
    "The company became delisted on June 30, after the offer closed.\n\n"
    "Shares stopped trading when the company went delisted on July 3.\n"
)


def test_a_rule_files_acts_and_states_extend_the_shipped_ones(tmp_path):
    shipped = load_events()
    assert shipped.act_verbs["lodged"] == "lodging" and "unconditional" in shipped.states
    house = tmp_path / "house.yaml"
    house.write_text("events:\n  acts:\n    lodging: [deposited]\n  states: [delisted]\n")
    rules = load_rules([str(house)])
    assert rules.knowledge["events"].act_verbs["deposited"] == "lodging" and rules.knowledge["events"].act_verbs["lodged"] == "lodging"
    assert {"delisted", "unconditional"} <= rules.knowledge["events"].states
    # a state the newsroom names dates the change to it: one change, two days
    assert check_text(_DELISTED, rules=load_rules([])) == []
    assert [(f.check, f.line) for f in check_text(_DELISTED, rules=rules)] == [("event-date-conflict", 5)]
