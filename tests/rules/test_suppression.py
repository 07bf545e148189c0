"""Inline suppression comments in Markdown and HTML, and the note for a suppression that suppresses nothing."""

from __future__ import annotations

import pytest

from ..conftest import findings_of

P = "The regulator fined the water company £11 million for failing to stop sewage spills into rivers."
Q = "Inspectors found that storm overflows had discharged on more than 200 days last year."
MD = "---\ntitle: Fine\n---\n\n"

CASES = [
    ("no suppression", f"{MD}{P}\n\n{Q}\n\n{P}\n", [("duplicate-paragraph", 9)]),
    ("next line, by id", f"{MD}{P}\n\n{Q}\n\n<!-- factcheck-disable-next-line duplicate-paragraph -->\n{P}\n", []),
    ("next line skips blank lines", f"{MD}{P}\n\n{Q}\n\n<!-- factcheck-disable-next-line duplicate-paragraph -->\n\n{P}\n", []),
    ("next line, every check", f"{MD}{P}\n\n{Q}\n\n<!-- factcheck-disable-next-line -->\n{P}\n", []),
    ("next line, other id: unused and not suppressed", f"{MD}{P}\n\n{Q}\n\n<!-- factcheck-disable-next-line repeated-sentence -->\n{P}\n",
     [("unused-suppression", 9), ("duplicate-paragraph", 10)]),
    ("disable to enable", f"{MD}{P}\n\n<!-- factcheck-disable duplicate-paragraph -->\n\n{P}\n\n<!-- factcheck-enable duplicate-paragraph -->\n\n{P}\n",
     [("duplicate-paragraph", 13)]),
    ("disable to end of file", f"{MD}{P}\n\n<!-- factcheck-disable -->\n\n{P}\n\n{P}\n", []),
    ("unused range", f"{MD}<!-- factcheck-disable duplicate-paragraph -->\n\n{P}\n\n<!-- factcheck-enable duplicate-paragraph -->\n\n{Q}\n",
     [("unused-suppression", 5)]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_markdown_suppression(name, text, expected, rules):
    assert findings_of(text, "md", rules) == expected


def test_html_suppression(rules):
    html = f"<html><body>\n<p>{P}</p>\n<!-- factcheck-disable-next-line duplicate-paragraph -->\n<p>{P}</p>\n<p>{P}</p>\n</body></html>\n"
    assert findings_of(html, "html", rules) == [("duplicate-paragraph", 5)]


def test_plain_text_has_no_comment_syntax(rules):
    text = f"date 2025-06-10 Fine\n\n{P}\n\n<!-- factcheck-disable-next-line -->\n{P}\n"
    assert findings_of(text, "txt", rules) == [("duplicate-paragraph", 6)]
