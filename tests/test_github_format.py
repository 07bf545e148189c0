"""GitHub Actions annotations, their escaping, the step summary and --format auto inside Actions."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import FileResult
from factcheck.findings import Category, Finding, Related, Severity
from factcheck.reporters import github

runner = CliRunner()

DUP = """date 2025-06-10 Water company fined over sewage spills

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.

Inspectors found that storm overflows had discharged on more than 200 days last year.

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.
"""
DUP_LINE = (
    "::warning file=news/dup.txt,line=7,col=1,endLine=7,endColumn=97,title=duplicate-paragraph::"
    "This paragraph repeats the paragraph at line 3 word for word: \u201cThe regulator fined the water company \u00a311 million\u2026\u201d.\n"
)


def _finding(severity=Severity.WARNING, message="m", suggestion=None, line=3) -> Finding:
    return Finding(path="x", check="name-variant", category=Category.NAME, severity=severity, line=line, column=5, end_line=line,
                   end_column=9, message=message, excerpt="Kiev", related=(Related(1, 1, "here"),), suggestion=suggestion)


@pytest.mark.parametrize(
    "text,data,prop",
    [
        ("plain", "plain", "plain"),
        ("50% of 1,200: up\r\nnext", "50%25 of 1,200: up%0D%0Anext", "50%25 of 1%2C200%3A up%0D%0Anext"),
        ("%0A", "%250A", "%250A"),
    ],
)
def test_escaping(text, data, prop):
    assert (github.escape_data(text), github.escape_property(text)) == (data, prop)


def test_one_command_per_finding_with_severity_and_escapes(tmp_path):
    path = tmp_path / "a,b: c.md"
    results = [
        FileResult(path=str(path), findings=[
            _finding(Severity.ERROR, "Rose 5%,\nthen fell", line=3),
            _finding(Severity.WARNING, "Use Kyiv", suggestion="Kyiv", line=4),
            _finding(Severity.INFO, "A note", line=5),
        ]),
        FileResult(path=str(tmp_path / "gone.txt"), error=f"{tmp_path / 'gone.txt'}: no such file"),
    ]
    assert github.lines(results, cwd=str(tmp_path)) == [
        "::error file=a%2Cb%3A c.md,line=3,col=5,endLine=3,endColumn=9,title=name-variant::Rose 5%25,%0Athen fell",
        "::warning file=a%2Cb%3A c.md,line=4,col=5,endLine=4,endColumn=9,title=name-variant::Use Kyiv Suggestion: Kyiv",
        "::notice file=a%2Cb%3A c.md,line=5,col=5,endLine=5,endColumn=9,title=name-variant::A note",
        f"::error file=gone.txt,title=factcheck::{tmp_path / 'gone.txt'}: no such file",
    ]


def test_step_summary_lists_every_finding_with_links(tmp_path):
    results = [
        FileResult(path=str(tmp_path / "news" / "a.md"), findings=[_finding(Severity.ERROR, "Says | and <b>", line=3), _finding(line=9)]),
        FileResult(path=str(tmp_path / "news" / "clean.md")),
    ]
    env = {"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "paper/site", "GITHUB_SHA": "abc123"}
    assert github.step_summary(results, env, cwd=str(tmp_path)) == (
        "## factcheck\n"
        "\n"
        "2 files checked: 1 errors, 1 warnings, 0 notes.\n"
        "\n"
        "### `news/a.md`\n"
        "\n"
        "| line | severity | check | message |\n"
        "|---:|---|---|---|\n"
        "| [3](https://github.com/paper/site/blob/abc123/news/a.md#L3) | error | `name-variant` | Says \\| and &lt;b&gt; |\n"
        "| [9](https://github.com/paper/site/blob/abc123/news/a.md#L9) | warning | `name-variant` | m |\n"
        "\n"
    )
    assert "| 3 | error |" in github.step_summary(results, {}, cwd=str(tmp_path))


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "dup.txt").write_text(DUP, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_auto_format_inside_github_actions_appends_the_summary(repo):
    summary = repo / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_SERVER_URL": "", "GITHUB_REPOSITORY": "", "GITHUB_SHA": ""}
    result = runner.invoke(app, ["check", "news"], env=env)
    assert (result.exit_code, result.stdout, result.stderr) == (1, DUP_LINE, "")
    assert summary.read_text(encoding="utf-8") == (
        "earlier step\n## factcheck\n\n1 file checked: 0 errors, 1 warnings, 0 notes.\n\n### `news/dup.txt`\n\n"
        "| line | severity | check | message |\n|---:|---|---|---|\n"
        "| 7 | warning | `duplicate-paragraph` | This paragraph repeats the paragraph at line 3 word for word: \u201cThe regulator fined the water company \u00a311 million\u2026\u201d. |\n\n"
    )


def test_auto_format_outside_actions_is_text(repo):
    result = runner.invoke(app, ["check", "news"], env={"GITHUB_ACTIONS": "", "GITHUB_STEP_SUMMARY": ""})
    assert result.stdout.startswith("news/dup.txt:7:1: warning: ")


def test_output_file_gets_the_format_and_stdout_the_text_report(repo):
    result = runner.invoke(app, ["check", "--format", "github", "--output", "report.txt", "news"], env={"GITHUB_ACTIONS": "", "GITHUB_STEP_SUMMARY": ""})
    assert result.exit_code == 1
    assert (repo / "report.txt").read_text(encoding="utf-8") == DUP_LINE
    assert result.stdout.startswith("news/dup.txt:7:1: warning: ") and "::warning" not in result.stdout


def test_output_with_auto_format_follows_the_extension(repo):
    result = runner.invoke(app, ["check", "--output", "report.sarif", "news"], env={"GITHUB_ACTIONS": ""})
    assert result.exit_code == 1
    assert '"version": "2.1.0"' in (repo / "report.sarif").read_text(encoding="utf-8")


def test_output_inside_actions_keeps_annotations_on_stdout(repo):
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": ""}
    result = runner.invoke(app, ["check", "--output", "factcheck.sarif", "news"], env=env)
    assert (result.exit_code, result.stdout) == (1, DUP_LINE)
    assert '"ruleId": "duplicate-paragraph"' in (repo / "factcheck.sarif").read_text(encoding="utf-8")
