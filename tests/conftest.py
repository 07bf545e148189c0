"""Shared test helpers: run the engine on snippets and compare exact findings."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_e278635c5b89ffd7.txt"
REAL_NEWS = SHARED / "real-news" / "articles"


@pytest.fixture(scope="session")
def rules():
    from factcheck.config import load_rules

    return load_rules()


def findings_of(text: str, fmt: str = "txt", rules=None, check: str | None = None, date=None):
    """Return (check, line) pairs found in a snippet, optionally for one check only."""
    from factcheck.engine import check_text

    found = check_text(text, format=fmt, rules=rules, date=date)
    return [(f.check, f.line) for f in found if check is None or f.check == check]


def lines_found(head: str, paragraphs, check: str, rules=None) -> list[int]:
    """The lines one check reports in an article made of a header and paragraphs, one blank line between each."""
    return [line for found, line in findings_of(head + "\n\n".join(paragraphs) + "\n", rules=rules, check=check) if found == check]
