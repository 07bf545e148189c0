"""The Python API for scripts: factcheck.check_text and factcheck.check_file return the CLI's findings."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import factcheck
from factcheck.cli import app
from factcheck.errors import InputError
from factcheck.findings import Finding, Related, Severity

DUP = """date 2025-06-10 Water company fined over sewage spills

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.

Inspectors found that storm overflows had discharged on more than 200 days last year.

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.
"""


def test_check_text_returns_finding_objects():
    findings = factcheck.check_text(DUP)
    assert [(type(f), f.check, f.line, f.column, f.end_line, f.end_column, f.severity, f.related) for f in findings] == [
        (Finding, "duplicate-paragraph", 7, 1, 7, 97, Severity.WARNING, (Related(3, 1, "first appears here", end_line=3, end_column=97, start_offset=56, end_offset=152),)),
    ]
    assert findings[0].path == "<text>"


def test_check_text_in_markdown_with_rules_disabling_the_check(tmp_path):
    md = "---\ntitle: Water company fined\ndate: 2025-06-10\n---\n\n" + DUP.split("\n\n", 1)[1]
    assert [(f.check, f.line) for f in factcheck.check_text(md, format="md")] == [("duplicate-paragraph", 10)]
    quiet = tmp_path / "quiet.yaml"
    quiet.write_text("checks:\n  duplicate-paragraph:\n    enabled: false\n", encoding="utf-8")
    assert factcheck.check_text(md, format="md", rules=[str(quiet)]) == []


def test_check_file_matches_the_cli_json(tmp_path):
    path = tmp_path / "dup.txt"
    path.write_text(DUP, encoding="utf-8")
    findings = factcheck.check_file(path)
    report = json.loads(CliRunner().invoke(app, ["check", "--format", "json", str(path)]).stdout)
    assert [f.to_dict() for f in findings] == report["files"][0]["findings"]
    assert all(f.path == str(path) for f in findings)


def test_check_file_raises_for_an_unreadable_file(tmp_path):
    with pytest.raises(InputError) as info:
        factcheck.check_file(tmp_path / "missing.txt")
    assert str(info.value) == f"{tmp_path / 'missing.txt'}: no such file"


def test_rule_set_can_be_loaded_once_and_reused():
    from factcheck.config import load_rules

    rules = load_rules()
    assert [f.line for f in factcheck.check_text(DUP, rules=rules)] == [7]


def test_importing_factcheck_does_not_load_the_engine():
    code = "import sys, factcheck; print(sorted(m for m in ('factcheck.engine', 'rich', 'rapidfuzz', 'yaml', 'markdown_it') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"
