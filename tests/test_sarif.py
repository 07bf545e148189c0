"""The SARIF report: valid SARIF 2.1.0, one rule per check, exact results, related places and fixes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.cli import app
from factcheck.engine import FileResult
from factcheck.findings import Category, Finding, Related, Severity
from factcheck.registry import all_checks
from factcheck.reporters import sarif

from .conftest import ROOT, SHARED

runner = CliRunner()
# The official schema lives in shared/ (never copied into the project); FACTCHECK_SARIF_SCHEMA
# may point at another copy of the same file.
SCHEMA = Path(os.environ.get("FACTCHECK_SARIF_SCHEMA") or SHARED / "schemas" / "sarif-schema-2.1.0.json")

DUP = """date 2025-06-10 Water company fined over sewage spills

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.

Inspectors found that storm overflows had discharged on more than 200 days last year.

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.
"""


def validate(log: dict) -> None:
    if not SCHEMA.exists():
        pytest.skip(f"SARIF schema not present at {SCHEMA}")
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert [f"{list(e.path)}: {e.message}" for e in errors] == []


def test_samples_report_validates_against_the_schema(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["check", "--format", "sarif", "--fail-on", "never", "samples/"])
    assert result.exit_code == 0
    log = json.loads(result.stdout)
    validate(log)
    run = log["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == list(all_checks())
    assert [a["location"]["uri"] for a in run["artifacts"]] == sorted(f"samples/{p.name}" for p in (ROOT / "samples").iterdir() if p.suffix in (".md", ".txt", ".html"))
    ferry = [r for r in run["results"] if r["ruleId"] == "duplicate-paragraph" and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "samples/ferry-strike.txt"]
    assert len(ferry) == 1
    assert ferry[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 56
    assert ferry[0]["relatedLocations"][0]["physicalLocation"]["region"] == {"startLine": 44, "startColumn": 1}


def test_exact_log_for_one_duplicate(tmp_path, monkeypatch):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "dup.txt").write_text(DUP, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "--format", "sarif", "news"])
    assert (result.exit_code, result.stderr) == (1, "")
    log = json.loads(result.stdout)
    validate(log)
    assert log["version"] == "2.1.0" and log["$schema"] == sarif.SCHEMA
    run = log["runs"][0]
    assert run["originalUriBaseIds"] == {"SRCROOT": {"uri": tmp_path.as_uri() + "/"}}
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": []}]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("factcheck", __version__)
    index = list(all_checks()).index("duplicate-paragraph")
    rule = driver["rules"][index]
    check = all_checks()["duplicate-paragraph"]
    assert rule["shortDescription"] == {"text": check.summary}
    assert rule["fullDescription"] == {"text": check.description.strip()}
    assert rule["help"]["text"].startswith(check.description.strip() + "\n\nExample that is reported:\n\n")
    assert rule["defaultConfiguration"] == {"level": "warning"}
    location = {"uri": "news/dup.txt", "uriBaseId": "SRCROOT", "index": 0}
    assert run["results"] == [{
        "ruleId": "duplicate-paragraph",
        "ruleIndex": index,
        "level": "warning",
        "message": {"text": "This paragraph repeats the paragraph at line 3 word for word: \u201cThe regulator fined the water company \u00a311 million\u2026\u201d."},
        "locations": [{"physicalLocation": {
            "artifactLocation": location,
            "region": {"startLine": 7, "startColumn": 1, "endLine": 7, "endColumn": 97,
                       "snippet": {"text": "The regulator fined the water company \u00a311 million for failing to stop sewage spills into rivers."}},
        }}],
        "partialFingerprints": {"factcheckWords/v1": run["results"][0]["partialFingerprints"]["factcheckWords/v1"]},
        "properties": {"category": "duplication"},
        "relatedLocations": [{"id": 1, "physicalLocation": {"artifactLocation": location, "region": {"startLine": 3, "startColumn": 1}}, "message": {"text": "first appears here"}}],
    }]


def _finding(**overrides) -> Finding:
    fields = dict(path="a.md", check="duplicate-paragraph", category=Category.DUPLICATION, severity=Severity.ERROR, line=4, column=10,
                  end_line=4, end_column=14, message="Use Kyiv.", excerpt="Kiev", related=(Related(2, 1, "elsewhere"),), suggestion="Kyiv")
    fields.update(overrides)
    return Finding(**fields)


def test_suggestion_becomes_a_fix_and_unreadable_files_a_notification(tmp_path):
    results = [
        FileResult(path=str(tmp_path / "a.md"), findings=[_finding(path=str(tmp_path / "a.md"))]),
        FileResult(path=str(tmp_path / "b.txt"), error=f"{tmp_path / 'b.txt'}: no such file"),
        FileResult(path="/elsewhere/c.txt", findings=[_finding(path="/elsewhere/c.txt", severity=Severity.INFO, suggestion=None, related=())]),
    ]
    log = sarif.as_dict(results, cwd=str(tmp_path))
    validate(log)
    run = log["runs"][0]
    first = run["results"][0]
    assert first["level"] == "error"
    assert first["fixes"] == [{
        "description": {"text": "Replace with \u201cKyiv\u201d"},
        "artifactChanges": [{
            "artifactLocation": {"uri": "a.md", "uriBaseId": "SRCROOT", "index": 0},
            "replacements": [{"deletedRegion": {"startLine": 4, "startColumn": 10, "endLine": 4, "endColumn": 14}, "insertedContent": {"text": "Kyiv"}}],
        }],
    }]
    assert run["results"][1]["level"] == "note" and "fixes" not in run["results"][1]
    assert run["results"][1]["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "file:///elsewhere/c.txt", "index": 2}
    assert run["invocations"] == [{
        "executionSuccessful": False,
        "toolExecutionNotifications": [{
            "level": "error",
            "message": {"text": f"{tmp_path / 'b.txt'}: no such file"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": "b.txt", "uriBaseId": "SRCROOT", "index": 1}}}],
        }],
    }]
