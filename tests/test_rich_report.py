"""The Rich report as a person reads it: word wrapping under the quote bar, counts in good English, the worst files named."""

from __future__ import annotations

import io
from pathlib import Path

from factcheck.config import load_rules
from factcheck.engine import FileResult, check_one
from factcheck.reporters import render

ROOT = Path(__file__).resolve().parent.parent


def report(paths, columns: int, monkeypatch) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.chdir(ROOT)
    paths = [p.relative_to(ROOT) for p in paths]
    rules = load_rules()
    out = io.StringIO()
    render("rich", [check_one(str(p), rules) for p in paths], out)
    return out.getvalue()


def test_long_lines_wrap_at_words_with_a_hanging_indent(monkeypatch):
    out = report([ROOT / "samples" / "ferry-strike.txt"], 60, monkeypatch)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 60
    start = lines.index("  56:1  warning  duplicate-paragraph")
    assert lines[start + 1 : start + 10] == [
        "    This paragraph repeats the paragraph at line 44 word for",
        "    word: \u201cCeltic Bridge has said all sailings on the\u2026\u201d.",
        "    \u2502 Celtic Bridge has said all sailings on the Holyhead to",
        "    \u2502 Dublin route will be cancelled on 20 and 21 March",
        "    \u2502 unless the dispute is settled, with the Fishguard to",
        "    \u2502 Rosslare route running a reduced timetable using crew",
        "    \u2502 from its sister company.",
        "    \u21b3 44:1 first appears here",
        "",
    ]


def test_every_word_survives_wrapping(monkeypatch):
    narrow = report([ROOT / "samples" / "council-budget.md"], 40, monkeypatch)
    wide = report([ROOT / "samples" / "council-budget.md"], 400, monkeypatch)
    strip = lambda text: [w for w in text.replace("\u2502", " ").split()]  # noqa: E731
    assert strip(narrow) == strip(wide)
    assert max(len(line) for line in narrow.splitlines()) <= 40


def test_counts_agree_with_their_numbers(monkeypatch):
    out = report([ROOT / "samples" / "council-budget.md"], 100, monkeypatch)
    assert out.splitlines()[-1] == "1 file checked: 1 error, 6 warnings, 0 notes"
    assert "published 2026-03-05; 754 words, 32 paragraphs" in out


def test_summary_names_the_files_with_most_findings_when_many(monkeypatch):
    samples = sorted((ROOT / "samples").glob("*.*"))
    out = report(samples, 200, monkeypatch)
    assert out.splitlines()[-2:] == [
        "5 files checked: 1 error, 20 warnings, 0 notes",
        "most findings: samples/council-budget.md (7), samples/ferry-strike.txt (7), samples/flood-defences.html (7)",
    ]
    few = report(samples[2:4], 200, monkeypatch)
    assert "most findings" not in few


def test_one_finding_one_note_singular():
    from factcheck.reporters.rich_report import count, most_findings

    assert [count(1, "error", "errors"), count(0, "error", "errors"), count(2, "note", "notes")] == ["1 error", "0 errors", "2 notes"]
    assert most_findings([FileResult(path=str(i)) for i in range(5)]) == []
