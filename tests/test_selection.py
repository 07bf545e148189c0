"""Choosing what runs without a rule file: --select/--ignore, --stdin-filename, --force-exclude."""

from __future__ import annotations

import os

import pytest
import yaml
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import ROOT

runner = CliRunner()

# A repeated paragraph (duplication), a weekday that does not fit its date and a date that
# does not exist (both date), and "Kiev" for a house rule that wants "Kyiv" (style).
ARTICLE = """date 2025-06-10 Council delays vote on library closures

The council will vote on Friday 12 June 2025 on the closures, and again on 31 June.

The council leader said the delegation from Kiev would visit the library first.

The council will vote on Friday 12 June 2025 on the closures, and again on 31 June.
"""
HOUSE = """substitutions:
  - find: Kiev
    replace: Kyiv
    paths: ["world/**"]
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def checks_of(*args, input=None) -> list[tuple[str, str]]:
    result = runner.invoke(app, ["check", "--format", "text", "--fail-on", "never", *args], input=input)
    assert result.exit_code == 0, result.stderr
    return [(line.split(":")[1], line.rsplit("[", 1)[1].rstrip("]")) for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    "options,expected",
    [
        ((), [("3", "weekday-mismatch"), ("3", "impossible-date"), ("7", "duplicate-paragraph"), ("7", "weekday-mismatch"), ("7", "impossible-date")]),
        (("--select", "duplication"), [("7", "duplicate-paragraph")]),
        (("--select", "weekday-mismatch", "--select", "duplicate-paragraph"), [("3", "weekday-mismatch"), ("7", "duplicate-paragraph"), ("7", "weekday-mismatch")]),
        (("--select", "date", "--ignore", "impossible-date"), [("3", "weekday-mismatch"), ("7", "weekday-mismatch")]),
        (("--select", "date", "--ignore", "weekday-mismatch"), [("3", "impossible-date"), ("7", "impossible-date")]),
        (("--ignore", "date"), [("7", "duplicate-paragraph")]),
        (("--ignore", "date", "--ignore", "duplication"), []),
    ],
)
def test_select_and_ignore_take_check_ids_and_categories(article, options, expected):
    assert checks_of(*options, str(article)) == expected


def test_select_turns_on_a_check_the_rule_files_turn_off(article, tmp_path):
    (tmp_path / "off.yaml").write_text("checks:\n  duplicate-paragraph:\n    enabled: false\n", encoding="utf-8")
    assert checks_of("--rules", str(tmp_path / "off.yaml"), "--ignore", "date", str(article)) == []
    assert checks_of("--rules", str(tmp_path / "off.yaml"), "--select", "duplicate-paragraph", str(article)) == [("7", "duplicate-paragraph")]


def test_unknown_names_are_usage_errors(article):
    result = runner.invoke(app, ["check", "--select", "dates", str(article)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "factcheck: error: --select: unknown check id or category 'dates' (did you mean 'date'?); `factcheck rules` lists them\n"
    result = runner.invoke(app, ["check", "--ignore", "weekday-mismatches", str(article)])
    assert result.stderr == "factcheck: error: --ignore: unknown check id or category 'weekday-mismatches' (did you mean 'weekday-mismatch'?); `factcheck rules` lists them\n"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A content repository: a configuration with house rules and an exclude, articles in two folders."""
    (tmp_path / ".factcheck.yaml").write_text('rules: [house.yaml]\nexclude: ["drafts/**"]\n', encoding="utf-8")
    (tmp_path / "house.yaml").write_text(HOUSE, encoding="utf-8")
    for rel in ("world/kyiv.md", "drafts/kyiv.md", "local/kyiv.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_stdin_filename_gives_the_path_its_config_and_paths_rules(repo, monkeypatch):
    monkeypatch.chdir(repo.parent)  # the configuration is found from the path, not from here
    name = f"{repo.name}/world/new.md"
    assert checks_of("--select", "style", "--stdin-filename", name, "-", input=ARTICLE) == [("5", "substitution")]
    result = runner.invoke(app, ["check", "--format", "text", "--select", "substitution", "--stdin-filename", name, "-"], input=ARTICLE)
    assert result.stdout.startswith(f"{name}:5:")
    # Outside world/ the house rule does not apply; without the name the rules are not found at all.
    assert checks_of("--select", "style", "--stdin-filename", f"{repo.name}/local/new.md", "-", input=ARTICLE) == []
    assert checks_of("--select", "style", "-", input=ARTICLE) == []


def test_stdin_filename_gives_the_format(tmp_path):
    html = "<html><head><title>Council delays vote</title></head><body><h1>Council delays vote</h1>\n<p>The council will vote on 31 June.</p></body></html>\n"
    assert checks_of("--select", "impossible-date", "--stdin-filename", "story.html", "-", input=html) == [("2", "impossible-date")]


def test_force_exclude_skips_named_files_the_configuration_excludes(repo):
    named = ["drafts/kyiv.md", "world/kyiv.md"]
    result = runner.invoke(app, ["check", "--format", "text", "--select", "duplication", *named])
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == named
    result = runner.invoke(app, ["check", "--format", "text", "--select", "duplication", "--force-exclude", *named])
    assert (result.exit_code, result.stdout) == (1, "world/kyiv.md:7:1: warning: This paragraph repeats the paragraph at line 3 word for word: \u201cThe council will vote on Friday 12 June\u2026\u201d. [duplicate-paragraph]\n")
    # From a subfolder the configuration's globs still count from its own folder.
    os.chdir(repo / "drafts")
    result = runner.invoke(app, ["check", "--format", "text", "--force-exclude", "kyiv.md"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    # --exclude on the command line counts from here, and also skips what stands in for stdin.
    os.chdir(repo)
    result = runner.invoke(app, ["check", "--format", "text", "--force-exclude", "--exclude", "world/*", "--stdin-filename", "world/x.md", "-", "world/kyiv.md"], input=ARTICLE)
    assert (result.exit_code, result.stdout) == (0, "")


def test_the_pre_commit_hook_forces_the_excludes():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["entry"] for h in hooks] == ["factcheck check --format text --force-exclude"]
