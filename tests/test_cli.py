"""The command line: formats, exit codes and bad input, through typer's CliRunner."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.cli import app

from .conftest import SEED

runner = CliRunner()

DUP = """date 2025-06-10 Water company fined over sewage spills

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.

Inspectors found that storm overflows had discharged on more than 200 days last year.

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.
"""
CLEAN = """date 2025-06-10 Water company fined over sewage spills

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.
"""


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "dup.txt").write_text(DUP, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def run(*args, input=None):
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_version_and_help():
    assert run("--version")[:2] == (0, f"factcheck {__version__}\n")
    code, out, _ = run("--help")
    assert code == 0 and "check" in out
    proc = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == f"factcheck {__version__}"


def test_text_format_and_exit_status(articles):
    code, out, err = run("check", "--format", "text", str(articles / "dup.txt"))
    assert code == 1
    assert out == f"{articles / 'dup.txt'}:7:1: warning: This paragraph repeats the paragraph at line 3 word for word: \u201cThe regulator fined the water company \u00a311 million\u2026\u201d. [duplicate-paragraph]\n"
    assert err == ""


def test_clean_file_exits_zero(articles):
    assert run("check", "--format", "text", str(articles / "clean.txt")) == (0, "", "")


@pytest.mark.parametrize("fail_on,expected", [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on(articles, fail_on, expected):
    assert run("check", "--format", "text", "--fail-on", fail_on, str(articles / "dup.txt"))[0] == expected


def test_json_shape(articles):
    code, out, _ = run("check", "--format", "json", str(articles))
    assert code == 1
    report = json.loads(out)
    assert set(report) == {"version", "files", "summary"} and report["version"] == 1
    assert [f["path"] for f in report["files"]] == [str(articles / "clean.txt"), str(articles / "dup.txt")]
    dup = report["files"][1]
    assert dup["title"] == "Water company fined over sewage spills" and dup["published"] == "2025-06-10"
    assert dup["findings"] == [{
        "check": "duplicate-paragraph", "category": "duplication", "severity": "warning",
        "line": 7, "column": 1, "end_line": 7, "end_column": 97,
        "message": dup["findings"][0]["message"],
        "excerpt": "The regulator fined the water company \u00a311 million for failing to stop sewage spills into rivers.",
        "related": [{"line": 3, "column": 1, "message": "first appears here"}],
        "suggestion": None,
    }]
    assert report["summary"] == {"files": 2, "findings": 1, "error": 0, "warning": 1, "info": 0}


def test_rich_format_without_terminal_has_no_ansi(articles):
    code, out, _ = run("check", "--format", "rich", str(articles / "dup.txt"))
    assert code == 1
    assert "\x1b[" not in out
    assert "7:1" in out and "duplicate-paragraph" in out and "3:1 first appears here" in out
    words = " ".join(out.split())  # the report wraps at word boundaries
    assert "Water company fined over sewage spills" in words and "published 2025-06-10" in words
    assert "1 file checked: 0 errors, 1 warning, 0 notes" in out


def test_stdin_with_input_format():
    md = "---\ntitle: T\n---\n\n" + DUP.split("\n\n", 1)[1]
    code, out, _ = run("check", "--format", "text", "--input-format", "md", "-", input=md)
    assert code == 1 and out.startswith("-:9:1: warning:")


def test_bad_inputs_each_get_one_line_and_exit_2_while_others_are_checked(articles):
    (articles / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (articles / "empty.md").write_text("", encoding="utf-8")
    (articles / "big.txt").write_bytes(b"a" * (11 * 1024 * 1024))
    code, out, err = run("check", "--format", "text", str(articles), str(articles / "missing.txt"))
    assert code == 2
    assert "dup.txt:7:1: warning" in out
    lines = err.splitlines()
    assert lines == [
        f"factcheck: error: {articles / 'big.txt'}: file too large (11.5 MB; the limit is 10 MB)",
        f"factcheck: error: {articles / 'binary.txt'}: binary file, not an article (contains NUL bytes)",
        f"factcheck: error: {articles / 'empty.md'}: empty article (no text to check)",
        f"factcheck: error: {articles / 'missing.txt'}: no such file",
    ]


def test_bad_encoding_falls_back_to_cp1252_and_says_so(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(CLEAN.replace("£", "\u2019").encode("cp1252"))
    code, out, err = run("check", "--format", "text", str(path))
    assert code == 2
    assert err == f"factcheck: error: {path}: not valid UTF-8 (byte 0x92 at offset 94); read as cp1252\n"


def test_folder_without_articles(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    code, out, err = run("check", str(tmp_path))
    assert code == 2 and err.startswith(f"factcheck: error: {tmp_path}: no articles found")


@pytest.mark.parametrize(
    "content,expected",
    [
        ("checks:\n  duplicate-paragraph:\n    min-words: [\n", ":4:1: invalid YAML: did not find expected node content"),
        ("checks:\n  duplicate-paragrap:\n    enabled: false\n", ":2:3: unknown check id 'duplicate-paragrap' (did you mean 'duplicate-paragraph'?)"),
        ("checks:\n  duplicate-paragraph:\n    min-words: many\n", ":3:16: checks.duplicate-paragraph.min-words must be a whole number (got 'many')"),
        ("checks:\n  duplicate-paragraph:\n    min-word: 5\n", ":3:5: unknown key 'min-word' in checks.duplicate-paragraph (did you mean 'min-words'?)"),
        ("checks:\n  duplicate-paragraph:\n    severity: loud\n", ":3:15: checks.duplicate-paragraph.severity must be one of error, warning, info (got 'loud')"),
        ("chekcs: {}\n", ":1:1: unknown key 'chekcs' (did you mean 'checks'?)"),
        ("extends: nowhere.yaml\n", ":1:10: extends: cannot find rule file 'nowhere.yaml'"),
        ("roles:\n  opposite_titles:\n    - [offensive]\n", ":3:7: opposite_titles[0] must name two words (got 1)"),
        ("quantities:\n  scaled-units:\n    Gt: [tonne]\n", ":3:9: quantities.scaled-units.Gt must be a list of a unit and a positive scale, such as [tonne, 1000000]"),
    ],
)
def test_bad_rule_file(articles, content, expected):
    rule_file = articles / "house.yaml"
    rule_file.write_text(content)
    code, out, err = run("check", "--rules", str(rule_file), str(articles / "dup.txt"))
    assert code == 2 and out == ""
    assert err == f"factcheck: error: {rule_file}{expected}\n"


def test_extends_loop(tmp_path, articles):
    (tmp_path / "a.yaml").write_text("extends: b.yaml\n")
    (tmp_path / "b.yaml").write_text("extends: a.yaml\n")
    code, _, err = run("check", "--rules", str(tmp_path / "a.yaml"), str(articles / "dup.txt"))
    assert code == 2 and "extends loop" in err and err.count("\n") == 1


def test_rules_file_disables_a_check(articles):
    rule_file = articles / "quiet.yaml"
    rule_file.write_text("checks:\n  duplicate-paragraph:\n    enabled: false\n")
    assert run("check", "--format", "text", "--rules", str(rule_file), str(articles / "dup.txt")) == (0, "", "")


@pytest.mark.skipif(not SEED.exists(), reason="seed article not present")
@pytest.mark.parametrize("fmt", ["text", "json", "rich"])
def test_seed_article_has_exactly_its_two_duplications(fmt):
    code, out, _ = run("check", "--format", fmt, "--fail-on", "never", str(SEED))
    assert code == 0
    if fmt == "json":
        found = [(f["check"], f["line"], f["related"][0]["line"]) for f in json.loads(out)["files"][0]["findings"] if f["category"] == "duplication"]
        assert found == [("contained-paragraph", 43, 42), ("duplicate-paragraph", 65, 63)]
    elif fmt == "text":
        dup = [line for line in out.splitlines() if "[duplicate-paragraph]" in line or "[contained-paragraph]" in line or "[repeated-sentence]" in line]
        assert [line.split(": ")[0].rsplit(":", 2)[1] for line in dup] == ["43", "65"]
    else:
        assert "43:1" in out and "65:1" in out and "contained-paragraph" in out and "duplicate-paragraph" in out
        assert "repeated-sentence" not in out


def test_facts_lists_what_the_checks_compare(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2026-03-02 Council consults on closure\n\n"
        "The six-week consultation opens on Monday 2 March.\n\n"
        "The venue has 1,860 seats, its chief executive, Jane Doe, said.\n",
        encoding="utf-8",
    )
    code, out, _ = run("facts", "--format", "json", str(article))
    assert code == 0
    rows = [(f["line"], f["kind"], f["key"], f["value"]) for f in json.loads(out)["files"][0]["facts"]]
    assert rows == [
        (3, "period length", "consultation", "42 days"),
        (3, "period start", "consultation", "2026-03-02"),
        (3, "quantity", "week-length: consultation open (monday)", "6 week-length"),
        (5, "quantity", "count: seat", "1,860"),
        (5, "role", "Jane Doe", "chief executive of what \u201cits\u201d refers to"),
    ]
    code, out, _ = run("facts", str(article))
    assert code == 0 and "     5  quantity      count: seat: 1,860  \u201c1,860\u201d" in out


def test_facts_of_a_missing_file_is_one_line_and_exit_2(tmp_path):
    code, out, err = run("facts", str(tmp_path / "none.txt"))
    assert (code, out) == (2, "")
    assert err.strip() == f"factcheck: error: {tmp_path / 'none.txt'}: no such file"
