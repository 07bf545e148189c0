"""Each loader builds the same document model, with every block mapped back to its place in the original file."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.document import BlockKind, MetaField
from factcheck.loaders import load_text

from ..conftest import SEED

TXT = """ date 2025-07-22 Ministers agree rail deal as strike ends

22 July 2025, 16:10

Rail workers will return on Thursday.
By Amina Rahman

The strike that closed most of the network for nine days has ended, the union said.
Talks resumed on Monday and ran late into the night.

"We have a deal," the general secretary said.
"""

MD = """---
title: "Ministers agree rail deal as strike ends"
date: 2025-07-22
description: Rail workers will return on Thursday.
author: Amina Rahman
---

# Ministers agree rail deal as strike ends

The strike that closed **most of the network** for [nine days](https://example.com/a) has ended.

<!-- editor: check the figures -->

## What happens next

> "We have a deal," the general secretary said.

- Trains run from Thursday &amp; Friday.

```
code is not prose
```

*Picture: Pickets outside the depot on Monday*
"""

HTML = """<!doctype html>
<html><head>
<title>Ministers agree rail deal as strike ends | The Courier</title>
<meta property="og:title" content="Ministers agree rail deal as strike ends">
<meta property="article:published_time" content="2025-07-22T16:10:00Z">
<script>var x = "<p>not prose</p>";</script>
</head><body>
<nav><a href="/">Home</a></nav>
<header><h1>Ministers agree rail deal as strike ends</h1>
<p class="standfirst">Rail workers will return on Thursday.</p>
<time datetime="2025-07-22">22 July 2025</time></header>
<article>
<p>The strike that closed <em>most of the network</em> for nine days &amp; nights has ended.</p>
<h2>What happens next</h2>
<blockquote><p>"We have a deal," the general secretary said.</p></blockquote>
<ul><li>Trains run from Thursday.</li></ul>
<figure><img src="a.jpg"><figcaption>Pickets outside the depot</figcaption></figure>
</article>
<aside class="related"><ul><li><a href="/b">Airport staff vote to strike over pay</a></li></ul></aside>
<footer><p>Copyright The Courier</p></footer>
</body></html>
"""


def _kinds(doc):
    return [(b.kind, b.line) for b in doc.blocks]


def _assert_spans_match(doc):
    """Every block's text must be found, word for word, where its span points in the source."""
    for b in doc.blocks:
        for word_start in [0] + [i + 1 for i, ch in enumerate(b.text) if ch == " "]:
            word = b.text[word_start:].split(" ", 1)[0]
            if not word or "&" in word:
                continue
            span = b.source_span(word_start, word_start + len(word))
            assert doc.source[span.start : span.end] == word, (b.text, word)


def test_plain_text_header_dateline_standfirst_byline():
    doc = load_text(TXT, "txt", "a.txt")
    assert _kinds(doc) == [
        (BlockKind.HEADLINE, 1), (BlockKind.DATELINE, 3), (BlockKind.STANDFIRST, 5), (BlockKind.BYLINE, 6),
        (BlockKind.PARAGRAPH, 8), (BlockKind.PARAGRAPH, 9), (BlockKind.PARAGRAPH, 11),
    ]
    assert doc.headline == "Ministers agree rail deal as strike ends"
    assert doc.published == dt.date(2025, 7, 22)
    sources = [(m.field, m.source, doc.line_col(m.span.start)) for m in doc.meta]
    assert sources == [
        (MetaField.HEADLINE, "header line", (1, 18)),
        (MetaField.PUBLISHED, "header line", (1, 7)),
        (MetaField.PUBLISHED, "dateline", (3, 1)),
        (MetaField.STANDFIRST, "standfirst", (5, 1)),
        (MetaField.BYLINE, "byline", (6, 1)),
    ]
    assert doc.candidates(MetaField.PUBLISHED)[1].time == "16:10"
    _assert_spans_match(doc)


def test_markdown_byline_paragraph_and_bold_standfirst_above_it():
    text = "# Council passes budget\n\n**The council has approved a budget for 2026.**\n\nBy Siobhán Gallagher, Carrick\n\nCouncillors voted 13 to 5.\n"
    doc = load_text(text, "md", "a.md")
    assert _kinds(doc) == [(BlockKind.HEADLINE, 1), (BlockKind.STANDFIRST, 3), (BlockKind.BYLINE, 5), (BlockKind.PARAGRAPH, 7)]
    # with no byline under the headline, a bold paragraph stays a paragraph
    doc = load_text(text.replace("By Siobhán Gallagher, Carrick\n\n", ""), "md", "a.md")
    assert _kinds(doc)[1] == (BlockKind.PARAGRAPH, 3)


def test_markdown_italic_standfirst_above_the_byline():
    text = "# Hourly trains from June\n\n*Journeys on the line rose 11% last year.*\n\nBy Orla Brennan\n\nTrains will run every hour.\n"
    doc = load_text(text, "md", "a.md")
    assert _kinds(doc) == [(BlockKind.HEADLINE, 1), (BlockKind.STANDFIRST, 3), (BlockKind.BYLINE, 5), (BlockKind.PARAGRAPH, 7)]
    # a paragraph only partly in italics is a paragraph
    doc = load_text(text.replace("*Journeys on the line rose 11% last year.*", "*Journeys* on the line rose 11% last year."), "md", "a.md")
    assert _kinds(doc)[1] == (BlockKind.PARAGRAPH, 3)


def test_plain_text_headline_written_again_under_the_header_is_the_headline():
    text = "date 2026-01-29 Selectors name 16-man squad\n\nSelectors name 16-man squad\n\nBy Kim Rao\n\nThe squad flies on Friday.\n"
    doc = load_text(text, "txt", "a.txt")
    assert _kinds(doc) == [(BlockKind.HEADLINE, 1), (BlockKind.HEADLINE, 3), (BlockKind.BYLINE, 5), (BlockKind.PARAGRAPH, 7)]
    # a different line there is still the standfirst
    doc = load_text(text.replace("Selectors name 16-man squad\n\nBy", "A 16-man squad was named\n\nBy"), "txt", "a.txt")
    assert _kinds(doc)[1] == (BlockKind.STANDFIRST, 3)


def test_plain_text_without_header_takes_first_line_as_headline():
    doc = load_text("Storm closes bridge\n\nThe bridge closed at noon.\n", "txt")
    assert doc.headline == "Storm closes bridge"
    assert _kinds(doc) == [(BlockKind.HEADLINE, 1), (BlockKind.PARAGRAPH, 3)]


def test_hard_wrapped_plain_text_joins_lines_into_paragraphs():
    text = "Storm closes bridge\n\nThe bridge closed at noon after\nwinds reached 80mph, and\npolice closed the road.\n\nIt reopened at six.\n"
    doc = load_text(text, "txt")
    assert [(b.text, b.line, b.end_line) for b in doc.blocks[1:]] == [
        ("The bridge closed at noon after winds reached 80mph, and police closed the road.", 3, 5),
        ("It reopened at six.", 7, 7),
    ]
    _assert_spans_match(doc)


def test_plain_text_bulleted_lines_are_list_items():
    text = "date 2026-01-14 Welfare bill vote live\n\nKey events\n\u2022 MPs back the bill by 318 votes to 287.\n- Carers will be exempt.\n\n-5C overnight in the glens.\nThe bill now goes to committee.\n"
    doc = load_text(text, "txt")
    assert [b.kind for b in doc.blocks[1:]] == [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert doc.blocks[2].text == "\u2022 MPs back the bill by 318 votes to 287."


def test_markdown_blocks_and_front_matter():
    doc = load_text(MD, "md", "a.md")
    assert _kinds(doc) == [
        (BlockKind.HEADLINE, 8), (BlockKind.PARAGRAPH, 10), (BlockKind.HEADING, 14),
        (BlockKind.QUOTE, 16), (BlockKind.LIST_ITEM, 18), (BlockKind.CAPTION, 24),
    ]
    assert doc.blocks[1].text == "The strike that closed most of the network for nine days has ended."
    assert doc.blocks[4].text == "Trains run from Thursday & Friday."
    assert [(m.source, doc.line_col(m.span.start)) for m in doc.candidates(MetaField.HEADLINE)] == [
        ("front matter title", (2, 9)), ("# heading", (8, 3)),
    ]
    assert doc.published == dt.date(2025, 7, 22)
    _assert_spans_match(doc)


def test_markdown_column_of_a_word_after_inline_markup():
    doc = load_text(MD, "md")
    block = doc.blocks[1]
    at = block.text.index("nine")
    assert doc.line_col(block.source_offset(at)) == (10, at + 6)  # two "**", one "[", 1-based


def test_html_blocks_and_metadata():
    doc = load_text(HTML, "html", "a.html")
    assert _kinds(doc) == [
        (BlockKind.HEADLINE, 9), (BlockKind.STANDFIRST, 10), (BlockKind.PARAGRAPH, 13), (BlockKind.HEADING, 14),
        (BlockKind.QUOTE, 15), (BlockKind.LIST_ITEM, 16), (BlockKind.CAPTION, 17), (BlockKind.ASIDE, 19),
    ]
    assert doc.blocks[2].text == "The strike that closed most of the network for nine days & nights has ended."
    assert [(m.source, doc.line_col(m.span.start)) for m in doc.candidates(MetaField.HEADLINE)] == [
        ("<title>", (3, 8)), ("og:title", (4, 36)), ("<h1>", (9, 13)),
    ]
    assert [(m.source, m.date) for m in doc.candidates(MetaField.PUBLISHED)] == [
        ("meta article:published_time", dt.date(2025, 7, 22)), ("<time>", dt.date(2025, 7, 22)),
    ]
    assert "not prose" not in " ".join(b.text for b in doc.blocks)
    assert "Copyright" not in " ".join(b.text for b in doc.blocks)
    _assert_spans_match(doc)


def test_html_entity_maps_to_its_reference():
    doc = load_text(HTML, "html")
    block = doc.blocks[2]
    amp = block.source_offset(block.text.index("&"))
    assert HTML[amp : amp + 5] == "&amp;"
    after = block.source_offset(block.text.index("nights"))
    assert HTML[after : after + 6] == "nights"


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_crlf_keeps_lines_and_columns(newline):
    doc = load_text(TXT.replace("\n", newline), "txt")
    assert _kinds(doc)[-1] == (BlockKind.PARAGRAPH, 11)
    _assert_spans_match(doc)


@pytest.mark.skipif(not SEED.exists(), reason="seed article not present")
def test_seed_article_structure():
    doc = load_text(SEED.read_text(encoding="utf-8"), "txt", str(SEED))
    assert doc.published == dt.date(2025, 7, 22)
    kinds = {b.line: b.kind for b in doc.blocks}
    assert kinds[1] is BlockKind.HEADLINE and kinds[3] is BlockKind.DATELINE
    assert kinds[5] is BlockKind.STANDFIRST and kinds[6] is BlockKind.BYLINE
    assert kinds[42] is BlockKind.PARAGRAPH and kinds[43] is BlockKind.PARAGRAPH
    assert kinds[65] is BlockKind.PARAGRAPH and kinds[66] is BlockKind.PARAGRAPH
    _assert_spans_match(doc)


@pytest.mark.parametrize("day_first,expected", [(True, dt.date(2026, 3, 2)), (False, dt.date(2026, 2, 3))])
def test_numeric_dateline_follows_the_date_order(day_first, expected):
    doc = load_text("Storm closes bridge\n\n02/03/2026, 09:30\n\nThe bridge closed at noon.\n", "txt", day_first=day_first)
    assert doc.published == expected


@pytest.mark.parametrize(
    "text,fmt,expected",
    [
        ("**Who voted against?**\n", "md", True),
        ("**Who voted** against?\n", "md", False),
        ("**[Council defends budget](https://example.com/a)**\n", "md", False),
        ("<p><strong>Who voted against?</strong></p>", "html", True),
        ("<p><b>Lyle backs delay</b> after talks</p>", "html", False),
        ('<p><strong><a href="/a">Council defends budget</a></strong></p>', "html", False),
    ],
)
def test_blocks_know_when_they_are_wholly_bold(text, fmt, expected):
    [block] = load_text(text, fmt).blocks
    assert block.bold is expected


@pytest.mark.parametrize(
    "first,expected",
    [
        ("KAMPALA, Wednesday June 17, 2026 - The Electoral Commission has set polling day.", dt.date(2026, 6, 17)),
        ("ST. PAUL, Minn., March 19, 2026 (AP) \u2014 The Minnesota Senate on Thursday approved the bill.", dt.date(2026, 3, 19)),
        ("The Electoral Commission said on June 17, 2026 - a Wednesday - that polling day is set.", None),
        ("KAMPALA - The commission met on June 17, 2026 to set polling day.", None),
        # a place in title case, with the agency in brackets after the date
        ("Accra, March 4, 2026 (GNA) \u2013 Ghana Water Limited has invited sealed bids.", dt.date(2026, 3, 4)),
        ("Accra, March 4, 2026 - the day the bids opened - was a Wednesday.", None),
        # a place's capitals with macrons or accents
        ("\u014cT\u0100WHIRI, Wednesday 4 March 2026 \u2013 Dog owners will have their say.", dt.date(2026, 3, 4)),
        ("MONTR\u00c9AL, March 4, 2026 - The city has approved the plan.", dt.date(2026, 3, 4)),
        # a weekday set off by commas after the place is no state's name
        ("BHOPAL, Tuesday, June 9, 2026 - The state government has ordered a halt to sand mining.", dt.date(2026, 6, 9)),
        # the date in brackets after the place, and a stamp opening the paragraph
        ("JEFFERSON CITY, Mo. (March 4, 2026) - A single ticket sold at a store matched all five numbers.", dt.date(2026, 3, 4)),
        ("RIVERMONT, Ohio (AP) - The commission met on June 17, 2026.", None),
        ("Published Thursday, May 7, 2026 \u2013 KNOXVILLE, Tenn. \u2013 The health system has cut 140 jobs.", dt.date(2026, 5, 7)),
        ("Published in May 2026 \u2013 a report on the commission's work.", None),
    ],
)
def test_wire_dateline_opening_the_first_paragraph_dates_an_undated_article(first, expected):
    doc = load_text("Commission sets polling day\n\n" + first + "\n\nIt will be held in July.\n", "txt")
    assert doc.published == expected


def test_wire_dateline_gives_way_to_the_header_date():
    doc = load_text("date 2026-06-18 Commission sets polling day\n\nKAMPALA, June 17, 2026 - The commission met.\n", "txt")
    assert doc.published == dt.date(2026, 6, 18)


@pytest.mark.parametrize(
    "line,expected",
    [
        ("LAKEVIEW, Ore. (KLVW) - Published: Jan. 14, 2026, 6:42 a.m.", dt.date(2026, 1, 14)),
        ("LAKEVIEW, Ore. - Updated Jan. 14, 2026", dt.date(2026, 1, 14)),
        ("LAKEVIEW, Ore. (KLVW) - Board approves phone ban on Jan. 14, 2026", None),
    ],
)
def test_a_dateline_line_may_open_on_its_place(line, expected):
    doc = load_text("Board approves phone ban\n\n" + line + "\n\nStudents will lock their phones away.\n", "txt")
    assert doc.published == expected


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Published: Friday | February 27, 2026", dt.date(2026, 2, 27)),
        ("Published: Friday, February 27, 2026, 6:42 a.m.", dt.date(2026, 2, 27)),
        ("Published: Rainfall | February 27, 2026", None),
        # a live page's two stamps set apart by a middle dot or a bullet
        ("Published 27 February 2026 \u00b7 Last updated 16:40 GMT", dt.date(2026, 2, 27)),
        ("Posted \u2022 27 February 2026 \u2022 16:40", dt.date(2026, 2, 27)),
        ("Published 27 February 2026 \u00b7 Rain later", None),
    ],
)
def test_a_dateline_may_set_its_weekday_apart(line, expected):
    doc = load_text("Water restrictions begin\n\n" + line + "\n\nSupply will be cut next week.\n", "txt")
    assert doc.published == expected


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Published: Friday 13 March 2026 | By Morag Cairncross, Local Democracy Reporting Service", dt.date(2026, 3, 13)),
        ("By Morag Cairncross | Published: Friday 13 March 2026", dt.date(2026, 3, 13)),
        ("Published: Thursday, March 5, 2026 \u2014 By Wanjiru Kamau, Nakuru", dt.date(2026, 3, 5)),
        # a byline is a name after "By": not a sentence that happens to hold a date
        ("Published: Friday 13 March 2026 | By order of the board, 14 licences were revoked", None),
        # or a place after a bar
        ("Published: Saturday, 28 March 2026 | Bengaluru", dt.date(2026, 3, 28)),
        ("Published: Saturday, 28 March 2026 | Bengaluru won the toss", None),
    ],
)
def test_a_dateline_may_carry_a_byline_set_apart(line, expected):
    doc = load_text("Bar licence suspended\n\n" + line + "\n\nThe board met on Thursday.\n", "txt")
    assert doc.published == expected
