"""Project configuration: discovery from nested folders, --config, --no-config, and what `factcheck config` shows."""

from __future__ import annotations

import pytest

from factcheck.config import find_config, load_config, resolve
from factcheck.errors import RuleFileError


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text(
        "rules: [house.yaml]\ninclude: ['**/*.md']\nexclude: ['drafts/**']\nfail-on: error\ndate-order: month-first\n"
    )
    (tmp_path / "house.yaml").write_text("checks:\n  duplicate-paragraph:\n    severity: error\nsubstitutions:\n  - find: Kiev\n    replace: Kyiv\n")
    (tmp_path / "news" / "world").mkdir(parents=True)
    return tmp_path


def test_discovered_from_a_nested_folder(repo):
    assert find_config(repo / "news" / "world") == repo / ".factcheck.yaml"
    project, rules = resolve(start=str(repo / "news" / "world"))
    assert (project.include, project.exclude, project.fail_on, project.day_first) == (["**/*.md"], ["drafts/**"], "error", False)
    assert str(rules.checks["duplicate-paragraph"].severity) == "error"
    assert [r.id for r in rules.knowledge["substitutions"]] == ["Kiev"]
    assert rules.day_first is False


def test_no_config_and_explicit_config(repo, tmp_path_factory):
    project, rules = resolve(start=str(repo), no_config=True)
    assert project.path is None and str(rules.checks["duplicate-paragraph"].severity) == "warning"
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    project, _ = resolve(start=str(elsewhere), config_file=str(repo / ".factcheck.yaml"))
    assert project.fail_on == "error"


def test_rule_files_given_on_the_command_line_come_last(repo, tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text("checks:\n  duplicate-paragraph:\n    severity: info\n")
    _, rules = resolve([str(extra)], start=str(repo))
    assert str(rules.checks["duplicate-paragraph"].severity) == "info"


@pytest.mark.parametrize(
    "content,expected",
    [
        ("rulez: []\n", "1:1: unknown key 'rulez' (did you mean 'rules'?)"),
        ("rules: [missing.yaml]\n", "1:9: rules: cannot find rule file 'missing.yaml'"),
        ("fail-on: sometimes\n", "1:10: fail-on must be one of error, warning, info, never (got 'sometimes')"),
        ("date-order: year-first\n", "1:13: date-order must be 'day-first' or 'month-first' (got 'year-first')"),
    ],
)
def test_config_errors(tmp_path, content, expected):
    path = tmp_path / ".factcheck.yaml"
    path.write_text(content)
    with pytest.raises(RuleFileError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}:{expected}"
