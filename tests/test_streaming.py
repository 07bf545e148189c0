"""Reports that do not grow with the archive: --format jsonl and --statistics."""

from __future__ import annotations

import gc
import json
import weakref

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import iter_paths

runner = CliRunner()

DUP = """date 2025-06-10 Water company fined over sewage spills

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.

Inspectors found that storm overflows had discharged on more than 200 days last year.

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.
"""
# A weekday beside a date it does not fall on (10 June 2025 is a Tuesday) and a date that does not exist.
DATES = """date 2025-06-10 Council delays vote on library closures

The council will vote on Thursday 12 June 2025 on the closures, and again on 31 June.
"""
CLEAN = """date 2025-06-10 Water company fined over sewage spills

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a-dup.txt").write_text(DUP, encoding="utf-8")
    (tmp_path / "b-binary.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c-dates.txt").write_text(DATES, encoding="utf-8")
    (tmp_path / "d-clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_jsonl_has_one_line_per_finding_and_per_unreadable_file(folder):
    result = runner.invoke(app, ["check", "--format", "jsonl", "--jobs", "1", str(folder)])
    assert result.exit_code == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["type"], d["path"].rsplit("/", 1)[1], d.get("check"), d.get("line")) for d in lines] == [
        ("finding", "a-dup.txt", "duplicate-paragraph", 7),
        ("error", "b-binary.txt", None, None),
        ("finding", "c-dates.txt", "impossible-date", 3),
    ]
    assert lines[1]["message"] == f"{folder / 'b-binary.txt'}: binary file, not an article (contains NUL bytes)"
    assert result.stderr == f"factcheck: error: {folder / 'b-binary.txt'}: binary file, not an article (contains NUL bytes)\n"
    # Every finding line is the JSON report's finding plus its type and path.
    full = json.loads(runner.invoke(app, ["check", "--format", "json", str(folder / "a-dup.txt")]).stdout)
    assert {k: v for k, v in lines[0].items() if k not in ("type", "path")} == full["files"][0]["findings"][0]


def test_jsonl_is_identical_whatever_the_number_of_jobs_and_exits_like_the_others(folder):
    one = runner.invoke(app, ["check", "--format", "jsonl", "--jobs", "1", str(folder)])
    two = runner.invoke(app, ["check", "--format", "jsonl", "--jobs", "2", str(folder)])
    assert one.stdout == two.stdout and one.stdout.count("\n") == 3
    clean = runner.invoke(app, ["check", "--format", "jsonl", str(folder / "d-clean.txt")])
    assert (clean.exit_code, clean.stdout) == (0, "")
    assert runner.invoke(app, ["check", "--format", "jsonl", str(folder / "a-dup.txt")]).exit_code == 1
    assert runner.invoke(app, ["check", "--format", "jsonl", "--fail-on", "error", str(folder / "a-dup.txt")]).exit_code == 0
    assert runner.invoke(app, ["check", "--format", "jsonl", "--fail-on", "error", str(folder / "c-dates.txt")]).exit_code == 1


def test_jsonl_to_a_file_and_against_a_baseline(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    dup = str(folder / "a-dup.txt")
    assert runner.invoke(app, ["check", "--write-baseline", str(out / "base.json"), dup]).exit_code == 0
    result = runner.invoke(app, ["check", "--format", "jsonl", "--baseline", str(out / "base.json"), "--output", str(out / "r.jsonl"), dup, str(folder / "c-dates.txt")])
    assert (result.exit_code, result.stdout) == (1, "")
    lines = [json.loads(line) for line in (out / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(d["path"].rsplit("/", 1)[1], d["check"]) for d in lines] == [("c-dates.txt", "impossible-date")]


def test_results_are_not_kept_once_handed_on(folder):
    files, errors, results = iter_paths([str(folder)], jobs=2)
    assert errors == [] and len(files) == 4
    first = next(results)
    gone = weakref.ref(first)
    del first
    rest = list(results)
    gc.collect()
    assert gone() is None and len(rest) == 3


def test_no_document_outlives_its_check(folder, monkeypatch):
    # A worker checks thousands of files: nothing may keep their documents alive (their
    # readings once did, through a weak-keyed cache whose values held the key).
    import factcheck.engine

    loaded = []
    real = factcheck.engine.load_text

    def load_text(*args, **kwargs):
        doc = real(*args, **kwargs)
        loaded.append(weakref.ref(doc))
        return doc

    monkeypatch.setattr(factcheck.engine, "load_text", load_text)
    files, _, results = iter_paths([str(folder)], jobs=1)
    assert sum(len(r.findings) for r in results) == 2
    gc.collect()
    assert len(loaded) == 3 and [ref() for ref in loaded] == [None, None, None]


STATISTICS = """statistics: 2 findings (1 error, 1 warning, 0 info) in 4 files, 1 with errors
by check:
  1  duplicate-paragraph
  1  impossible-date
by category:
  1  date
  1  duplication
"""


def test_statistics_follow_the_text_report(folder):
    result = runner.invoke(app, ["check", "--format", "text", "--statistics", str(folder)])
    assert result.exit_code == 2
    assert result.stdout.endswith("[impossible-date]\n" + STATISTICS)
    assert result.stdout.count("\n") == 2 + STATISTICS.count("\n")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif"])
def test_statistics_go_to_stderr_when_stdout_is_machine_readable(folder, fmt):
    result = runner.invoke(app, ["check", "--format", fmt, "--statistics", str(folder)])
    assert result.exit_code == 2
    assert result.stderr.startswith(STATISTICS)
    assert "by check:" not in result.stdout
    if fmt != "jsonl":
        json.loads(result.stdout)  # still one JSON document


def test_statistics_count_every_finding_of_a_check(tmp_path):
    (tmp_path / "a.txt").write_text(DUP + "\nThe regulator fined the water company £11 million for failing to stop sewage spills into rivers.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(DUP, encoding="utf-8")
    result = runner.invoke(app, ["check", "--format", "text", "--statistics", "--fail-on", "never", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout.endswith("statistics: 3 findings (0 error, 3 warning, 0 info) in 2 files, 0 with errors\nby check:\n  3  duplicate-paragraph\nby category:\n  3  duplication\n")
