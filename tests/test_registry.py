"""The check table, its documentation and rules/default.yaml agree, and every documented example runs."""

from __future__ import annotations


import pytest
import yaml

from factcheck.config import load_rules
from factcheck.engine import check_text
from factcheck.registry import CHECK_MODULES, all_checks

from .conftest import ROOT

CHECKS = all_checks()


def test_every_check_file_is_in_the_table():
    files = {p.stem for p in (ROOT / "factcheck" / "checks").glob("*.py") if not p.stem.startswith("_")}
    assert files == set(CHECK_MODULES)


def test_default_yaml_configures_every_check_and_option():
    data = yaml.safe_load((ROOT / "rules" / "default.yaml").read_text())["checks"]
    assert set(data) == set(CHECKS)
    for cid, check in CHECKS.items():
        assert data[cid]["severity"] == str(check.severity), cid
        assert set(data[cid]) == {"enabled", "severity", *(o.name for o in check.options)}, cid


@pytest.mark.parametrize("cid", sorted(CHECKS))
def test_check_is_documented(cid):
    check = CHECKS[cid]
    assert check.summary and check.description and check.summary.endswith(".")
    assert check.fires.lines, "an example that fires must say where"


def example_rules(example, tmp_path):
    """Return the rule set an example runs under: the defaults, plus the rule file it carries."""
    if not example.rules:
        return load_rules()
    path = tmp_path / "example-rules.yaml"
    path.write_text(example.rules, encoding="utf-8")
    return load_rules([str(path)])


@pytest.mark.parametrize("cid", sorted(CHECKS))
def test_documented_example_fires(cid, tmp_path):
    example = CHECKS[cid].fires
    found = [f.line for f in check_text(example.text, format=example.format, rules=example_rules(example, tmp_path)) if f.check == cid]
    assert found == list(example.lines)


@pytest.mark.parametrize("cid", sorted(CHECKS))
def test_documented_quiet_example_stays_quiet(cid, tmp_path):
    example = CHECKS[cid].quiet
    assert [f for f in check_text(example.text, format=example.format, rules=example_rules(example, tmp_path)) if f.check == cid] == []


@pytest.mark.parametrize("cid", sorted(c for c in CHECKS if CHECKS[c].options))
def test_a_check_takes_its_settings_from_the_rules_only(cid):
    """Each option's default is stated once, in rules/default.yaml: without it, a check fails rather than guess."""
    from factcheck.loaders import load_text
    from factcheck.registry import Context, runners

    rules = load_rules()
    example = CHECKS[cid].fires
    doc = load_text(example.text, example.format)
    options = {**rules.options_by_check(), cid: {}}
    [run] = [run for run, ids in runners() if cid in ids]
    with pytest.raises(KeyError):
        list(run(doc, Context(options, rules.knowledge, rules.day_first)))
