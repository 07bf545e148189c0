"""Baselines: record today's findings, then fail only on new ones, matched by words not lines."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from factcheck import baseline
from factcheck.cli import app
from factcheck.engine import FileResult
from factcheck.findings import Category, Finding, Severity

from .conftest import ROOT

runner = CliRunner()

UNION = "Union officials said more dates could follow if no agreement was reached before the end of the month."


def run(*args):
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A copy of samples/ in a temporary content folder, with the working directory at its root."""
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _count_findings() -> int:
    return sum(len(f["findings"]) for f in json.loads(run("check", "--format", "json", "--fail-on", "never", "samples")[1])["files"])


def test_baseline_passes_until_a_new_duplicate_is_added(site):
    total = _count_findings()
    assert total > 0
    code, out, err = run("check", "--write-baseline", "baseline.json", "samples")
    assert (code, out) == (0, "")
    files = len([p for p in (site / "samples").iterdir() if p.suffix in (".md", ".txt", ".html")])
    assert err == f"factcheck: wrote {total} findings from {files} files to baseline baseline.json\n"

    assert run("check", "--format", "text", "--baseline", "baseline.json", "samples") == (0, "", "")

    ferry = site / "samples" / "ferry-strike.txt"
    text = ferry.read_text(encoding="utf-8")
    # A new paragraph at the top moves every old finding down a line: they must still match.
    text = text.replace("Ferry crews on two", "The operator declined to comment on the ballot result when contacted on Wednesday morning.\n\nFerry crews on two", 1)
    ferry.write_text(text + "\n" + UNION + "\n", encoding="utf-8")
    code, out, err = run("check", "--format", "text", "--baseline", "baseline.json", "samples")
    repeated_at = text.splitlines().index(UNION) + 1
    last = len((text + "\n" + UNION + "\n").splitlines())
    assert (code, err) == (1, "")
    assert out == (
        f"samples/ferry-strike.txt:{last}:1: warning: This paragraph repeats the paragraph at line {repeated_at} word for word: "
        "\u201cUnion officials said more dates could follow if\u2026\u201d. [duplicate-paragraph]\n"
    )


def test_fixed_findings_are_counted_on_stderr(site):
    assert run("check", "--write-baseline", "baseline.json", "samples")[0] == 0
    ferry = site / "samples" / "ferry-strike.txt"
    lines = ferry.read_text(encoding="utf-8").splitlines(keepends=True)
    del lines[55]  # line 56, the paragraph pasted twice
    ferry.write_text("".join(lines), encoding="utf-8")
    code, out, err = run("check", "--format", "text", "--baseline", "baseline.json", "samples")
    assert (code, out) == (0, "")
    assert err == "factcheck: 1 baseline entry in baseline.json no longer occurs; rewrite it with --write-baseline to drop it\n"


def test_entries_for_files_not_checked_are_not_counted_as_gone(site):
    assert run("check", "--write-baseline", "baseline.json", "samples")[0] == 0
    assert run("check", "--format", "text", "--baseline", "baseline.json", "samples/clean-traps.md") == (0, "", "")


def _finding(excerpt: str, line: int) -> Finding:
    return Finding(path="a.txt", check="duplicate-paragraph", category=Category.DUPLICATION, severity=Severity.WARNING,
                   line=line, column=1, end_line=line, end_column=5, message="m", excerpt=excerpt)


def test_duplicates_count_as_a_multiset_and_words_are_normalised(tmp_path):
    path = str(tmp_path / "b.json")
    article = str(tmp_path / "a.txt")
    recorded = [FileResult(path=article, findings=[_finding("Same words", 3), _finding("Same words", 9)])]
    assert baseline.write(path, recorded) == 2
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and len(data["findings"]) == 1
    entry = data["findings"][0]
    assert (entry["path"], entry["check"], entry["count"], entry["excerpt"]) == ("a.txt", "duplicate-paragraph", 2, "Same words")

    now = [FileResult(path=article, findings=[_finding("same \n WORDS", 40), _finding("Same words", 41), _finding("Same words", 42), _finding("Other words", 43)])]
    comparison = baseline.compare(path, now)
    assert [f.line for f in comparison.results[0].findings] == [42, 43]
    assert (comparison.known, comparison.gone) == (2, 0)
    assert baseline.fingerprint(_finding("Same 'words'", 1)) == baseline.fingerprint(_finding("same \u2018WORDS\u2019", 7))


@pytest.mark.parametrize(
    "content,reason",
    [
        ("{not json", ":1:2: not a factcheck baseline: invalid JSON (Expecting property name enclosed in double quotes)"),
        ("[]", ': not a factcheck baseline: expected an object with "version" and "findings"'),
        ('{"version": 9, "findings": []}', ": not a factcheck baseline: unsupported version 9 (this factcheck reads version 1)"),
        ('{"version": 1, "findings": [{"path": "a.txt"}]}', ': not a factcheck baseline: entry 1 needs "path", "check" and "fingerprint" strings'),
        ('{"version": 1, "findings": [{"path": "a", "check": "c", "fingerprint": "f", "count": 0}]}', ': not a factcheck baseline: entry 1: "count" must be a whole number of at least 1'),
    ],
)
def test_broken_baseline_is_one_line_and_exit_2(site, content, reason):
    (site / "broken.json").write_text(content, encoding="utf-8")
    assert run("check", "--format", "text", "--baseline", "broken.json", "samples") == (2, "", f"factcheck: error: broken.json{reason}\n")


def test_missing_baseline(site):
    assert run("check", "--baseline", "nowhere.json", "samples") == (2, "", "factcheck: error: nowhere.json: no such baseline file (create one with --write-baseline)\n")
