"""The shipped samples report exactly what samples/EXPECTED.md says, and the clean articles stay silent."""

from __future__ import annotations

import re

import pytest

from factcheck.engine import check_text
from factcheck.loaders import format_for
from factcheck.registry import all_checks

from .conftest import ROOT

SAMPLES = ROOT / "samples"
# Clean articles full of traps: tests/fixtures/quiet*/ (not their pending/ folders) and the clean sample.
QUIET = sorted(p for p in (ROOT / "tests" / "fixtures").glob("quiet*/*.*") if p.suffix in (".txt", ".md", ".html") and p.name != "README.md") + [SAMPLES / "clean-traps.md"]
HOUSE_STYLE = ROOT / "rules" / "house-style.example.yaml"
_SECTION = re.compile(r"^## (\S+)")
_ROW = re.compile(r"^\| (\d+) \|[^|]*\| `([a-z-]+)` \|")


def expected(manifest=SAMPLES / "EXPECTED.md") -> dict[str, list[tuple[str, int]]]:
    """Return, per article file, the (check, line) findings an EXPECTED.md lists."""
    rows: dict[str, list[tuple[str, int]]] = {}
    current = None
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if m := _SECTION.match(line):
            current = m.group(1)
            rows.setdefault(current, [])
        elif (m := _ROW.match(line)) and current:
            rows[current].append((m.group(2), int(m.group(1))))
    return rows


EXPECTED = expected()
# Further articles with planted problems, written to measure recall: tests/fixtures/planted-*/ and fresh-*/EXPECTED.md.
PLANTED = [
    (folder / name, rows)
    for folder in sorted([*(ROOT / "tests" / "fixtures").glob("planted-*"), *(ROOT / "tests" / "fixtures").glob("fresh-*")])
    if (folder / "EXPECTED.md").exists()
    for name, rows in sorted(expected(folder / "EXPECTED.md").items())
]


def _found(path, rules):
    findings = check_text(path.read_text(encoding="utf-8"), format=format_for(str(path)), rules=rules, path=str(path))
    return sorted((f.check, f.line) for f in findings if str(f.severity) in ("warning", "error"))


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if EXPECTED[n]))
def test_sample_reports_exactly_what_was_planted(name):
    from factcheck.config import load_rules

    rules = load_rules([str(HOUSE_STYLE)] if HOUSE_STYLE.exists() else [])
    registered = set(all_checks())
    planted = sorted(row for row in EXPECTED[name] if row[0] in registered)
    found = [row for row in _found(SAMPLES / name, rules) if row[0] in registered]
    assert found == planted


def test_every_sample_is_listed():
    assert set(EXPECTED) == {p.name for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html") and p.name != "EXPECTED.md"}


@pytest.mark.parametrize("path", QUIET, ids=[p.name for p in QUIET])
def test_clean_articles_stay_silent(path, rules):
    assert _found(path, rules) == []


@pytest.mark.parametrize("path,rows", PLANTED, ids=[f"{p.parent.name}/{p.name}" for p, _ in PLANTED])
def test_planted_article_reports_exactly_what_was_planted(path, rows, rules):
    assert _found(path, rules) == sorted(rows)
