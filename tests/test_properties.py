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


# --- random rule files ---------------------------------------------------------------------

_KEYS = ["checks", "entities", "substitutions", "consistency", "forbidden", "extends", "find", "replace", "phrase", "forms", "regex",
         "whole-word", "case", "scope", "paths", "severity", "enabled", "name", "variants", "id", "message", "bogus"]
_REGEX_BITS = ["a", "Kiev", r"\d+", r"\w", ".", "(a+)+$", "(x+x+)+y", "a*", "|", "(", ")", "[a-", r"\1", r"\9", "(?=a)", "(?P<n>b)", r"\pL", "{2}", "^", "$", "£", "\u201c"]
_regex = st.lists(st.sampled_from(_REGEX_BITS), min_size=1, max_size=5).map("".join)
_scalar = st.one_of(st.sampled_from(["true", "false", "~", "12", "-1", "0.5", "2026-02-30", "warning", "body", "quotes", "sensitive", "default"]), _regex.map(lambda r: "'" + r.replace("'", "''") + "'"))


@st.composite
def rule_files(draw):
    """YAML text: nested mappings and lists of random keys and values, with anchors and aliases."""
    anchors: list[str] = []

    def value(depth: int) -> str:
        if anchors and draw(st.integers(0, 9)) == 0:
            return "*" + draw(st.sampled_from(anchors))
        kind = draw(st.integers(0, 3 if depth < 3 else 1))
        if kind <= 1:
            return draw(_scalar)
        if kind == 2:
            return "[" + ", ".join(value(depth + 1) for _ in range(draw(st.integers(0, 3)))) + "]"
        return "{" + ", ".join(f"{draw(st.sampled_from(_KEYS))}: {value(depth + 1)}" for _ in range(draw(st.integers(0, 3)))) + "}"

    lines = []
    for key in draw(st.lists(st.sampled_from(_KEYS[:6]), min_size=1, max_size=4, unique=True)):
        if key in ("substitutions", "forbidden", "consistency", "entities") and draw(st.booleans()):
            items = []
            for _ in range(draw(st.integers(1, 3))):
                fields = {"substitutions": ["find", "replace", "regex"], "forbidden": ["phrase", "regex"], "consistency": ["forms"], "entities": ["name", "variants"]}[key]
                fields += draw(st.lists(st.sampled_from(_KEYS[6:]), max_size=2))
                items.append("{" + ", ".join(f"{f}: {value(2)}" for f in dict.fromkeys(fields)) + "}")
            text = "[" + ", ".join(items) + "]"
        else:
            text = value(0)
        if draw(st.integers(0, 4)) == 0:
            anchors.append(f"x{len(anchors)}")
            text = f"&{anchors[-1]} {text}"
        lines.append(f"{key}: {text}")
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rules_text=rule_files(), body=prose, fmt=st.sampled_from(["txt", "md", "html"]), date=st.sampled_from([None, "2026-03-05", "0001-01-01", "9999-12-31"]))
def test_random_rule_files_load_or_fail_in_one_line_and_then_check(tmp_path_factory, rules_text, body, fmt, date):
    from factcheck.config import load_rules
    from factcheck.errors import RuleFileError

    path = tmp_path_factory.mktemp("rules") / "house.yaml"
    path.write_text(rules_text, encoding="utf-8")
    try:
        ruleset = load_rules([str(path)])
    except RuleFileError as exc:
        assert str(exc).startswith(f"{path}:") and "\n" not in str(exc), exc
        return
    text = "date 2026-03-05 A headline\n\n" + body + "\n" if fmt == "txt" else body
    lines = re.split(r"\r\n?|\n", text)
    try:
        found = check_text(text, format=fmt, rules=ruleset, date=date)
    except InputError as exc:
        assert exc.reason == "empty article (no text to check)" or exc.reason.startswith("invalid front matter"), exc
        return
    for f in found:
        assert 1 <= f.line <= len(lines) and 1 <= f.column <= max(len(lines[f.line - 1]), 1), f
