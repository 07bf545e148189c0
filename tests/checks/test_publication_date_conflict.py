"""publication-date-conflict: header, dateline, meta and <time> dates compared."""

from __future__ import annotations

from factcheck.engine import check_text

from ..conftest import findings_of

CHECK = "publication-date-conflict"
BODY = "The planning inquiry is due to open on Wednesday in Swindon.\n"


def html(meta: str, time: str, body: str = "<p>The inquiry opens on Wednesday.</p>") -> str:
    return (
        "<html><head><title>Talks</title>\n"
        f'<meta property="article:published_time" content="{meta}">\n'
        f"</head><body><header><h1>Talks</h1>\n{time}\n</header><article>\n{body}\n</article></body></html>\n"
    )


def test_header_and_dateline_disagree(rules):
    assert findings_of("date 2025-07-22 Talks set\n\n21 July 2025, 16:10\n\n" + BODY, rules=rules, check=CHECK) == [(CHECK, 3)]


def test_header_and_dateline_agree(rules):
    assert findings_of("date 2025-07-22 Talks set\n\n22 July 2025, 16:10\n\n" + BODY, rules=rules, check=CHECK) == []


def test_later_update_marked_as_such_is_not_a_conflict(rules):
    assert findings_of("date 2025-07-22 Talks set\n\nUpdated 24 July 2025, 09:00\n\n" + BODY, rules=rules, check=CHECK) == []


def test_html_time_reported_with_the_meta_tag_as_related(rules):
    found = [f for f in check_text(html("2026-03-14T09:30:00Z", '<time datetime="2026-03-13">13 March 2026</time>'), format="html", rules=rules) if f.check == CHECK]
    assert [(f.line, [r.line for r in f.related]) for f in found] == [(4, [2])]


def test_time_zone_near_midnight_is_not_a_conflict(rules):
    assert findings_of(html("2026-03-14T00:30:00+01:00", '<time datetime="2026-03-13T23:30:00Z">13 March 2026</time>'), "html", rules, CHECK) == []


def test_time_inside_the_story_is_a_date_of_something_else(rules):
    body = '<p>The scheme opened on <time datetime="2021-08-02">2 August 2021</time>.</p>'
    assert findings_of(html("2026-03-14T09:30:00Z", "", body), "html", rules, CHECK) == []


def test_markdown_front_matter_alone(rules):
    assert findings_of("---\ntitle: Talks\ndate: 2025-07-22\n---\n\n" + BODY, "md", rules, CHECK) == []


def test_majority_wins(rules):
    page = html("2026-03-14T09:30:00Z", '<time datetime="2026-03-14">14 March 2026</time>').replace(
        "</head>", '<meta name="date" content="2026-03-12">\n</head>'
    )
    assert findings_of(page, "html", rules, CHECK) == [(CHECK, 3)]
