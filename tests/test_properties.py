"""Random text, Markdown and HTML through the whole pipeline: nothing raises, every finding points inside the file."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.engine import check_text
from factcheck.errors import InputError

WORDS = ["The", "minister", "said", "on", "Monday", "12", "people", "£2.5bn", "\u201cquoted\u201d", "Zelenskyy", "22 July 2025", "will", "by", "September 2", "per cent", "It comes as", ".", ",", "\n", "\n\n", "\r\n", "# ", "## ", "> ", "- ", "<p>", "</p>", "<h1>", "&amp;", "**", "[x](y)", "---", "\t", "\u00a0", "\u200b", "\x0b", "\x1f", "e\u0301", "\U0001F600", "\u202e"]

prose = st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=0, max_size=30)), max_size=120).map(" ".join)
long_line = st.integers(min_value=1000, max_value=20000).map(lambda n: ("word " * n).strip())


def _findings(text: str, fmt: str):
    """Return check_text's findings; an article it refuses must be refused for a documented reason."""
    try:
        return check_text(text, format=fmt)
    except InputError as exc:
        assert exc.reason == "empty article (no text to check)" or exc.reason.startswith("invalid front matter"), exc
        return []


def _assert_inside(text: str, fmt: str) -> None:
    lines = re.split(r"\r\n?|\n", text)
    for f in _findings(text, fmt):
        for line, column in [(f.line, f.column), (f.end_line, f.end_column - 1), *((r.line, r.column) for r in f.related)]:
            assert 1 <= line <= len(lines), (f, len(lines))
            assert 1 <= column <= max(len(lines[line - 1]), 1), (f, lines[line - 1])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=prose, fmt=st.sampled_from(["txt", "md", "html"]), crlf=st.booleans(), final_newline=st.booleans())
def test_random_documents(body, fmt, crlf, final_newline):
    text = body + ("\n" if final_newline else "")
    if crlf:
        text = text.replace("\n", "\r\n")
    _assert_inside(text, fmt)


@settings(max_examples=30, deadline=None)
@given(paragraphs=st.lists(prose, min_size=1, max_size=8), fmt=st.sampled_from(["txt", "md", "html"]))
def test_random_articles_with_repeats(paragraphs, fmt):
    paragraphs = paragraphs + paragraphs[:2]
    if fmt == "html":
        text = "<html><body>" + "\n".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    elif fmt == "md":
        text = "---\ntitle: x\n---\n\n" + "\n\n".join(paragraphs)
    else:
        text = "date 2025-07-22 Headline here\n\n" + "\n\n".join(paragraphs)
    _assert_inside(text, fmt)


@settings(max_examples=5, deadline=None)
@given(line=long_line, fmt=st.sampled_from(["txt", "md", "html"]))
def test_very_long_lines(line, fmt):
    _assert_inside(line + "\n" + line, fmt)
