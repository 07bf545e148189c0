"""headline-conflict: the article's own headline sources disagree."""

from __future__ import annotations

import pytest

from factcheck.checks.headline_conflict import normalise

from ..conftest import findings_of

BODY = "Councillors in Westbury have approved £9.6m of cuts to services and a 4.99 per cent council tax rise.\n"


def md(title: str, h1: str) -> str:
    return f'---\ntitle: "{title}"\ndate: 2026-03-05\n---\n\n# {h1}\n\n{BODY}'


def html(title: str, og: str, h1: str) -> str:
    return (
        "<html><head>\n"
        f"<title>{title}</title>\n"
        f'<meta property="og:title" content="{og}">\n'
        "</head><body><article>\n"
        f"<h1>{h1}</h1>\n"
        f"<p>{BODY}</p>\n"
        "</article></body></html>\n"
    )


CASES = [
    # (name, text, format, expected (check, line) pairs)
    ("figure changed in the H1", md("Westbury council approves £9.6m of cuts and tax rise", "Westbury council approves £8.4m of cuts and tax rise"), "md", [("headline-conflict", 6)]),
    ("og:title disagrees with title and h1", html("Two dead as £38m flood defences fail | The Westbury Courier", "Two dead as £36m flood defences fail", "Two dead as £38m flood defences fail"), "html", [("headline-conflict", 3)]),
    ("title disagrees with og:title and h1", html("Three dead as £38m flood defences fail - Westbury Courier", "Two dead as £38m flood defences fail", "Two dead as £38m flood defences fail"), "html", [("headline-conflict", 2)]),
    ("a name swapped", md("Redfern named Home Secretary after Begum quits", "Redfern named Home Secretary after Begam quits"), "md", [("headline-conflict", 6)]),
    ("same headline, site suffix", html("Council approves £9.6m of cuts | The Westbury Courier", "Council approves £9.6m of cuts", "Council approves £9.6m of cuts"), "html", []),
    ("case, quotes and full stop", md("Council approves 'painful' £9.6m of cuts.", "Council Approves \u201cPainful\u201d £9.6m Of Cuts"), "md", []),
    ("a shortened title", html("Council approves £9.6m of cuts | Courier", "Council approves £9.6m of cuts and 4.99% tax rise", "Council approves £9.6m of cuts and 4.99% tax rise"), "html", []),
    ("a rewritten SEO title", html("Libraries and day centres hit as Westbury sets budget | Courier", "Westbury council approves £9.6m of cuts", "Westbury council approves £9.6m of cuts"), "html", []),
    ("abbreviations with dots", md("U.S. envoy arrives in Kyiv for talks", "US envoy arrives in Kyiv for talks"), "md", []),
    ("reworded, no fact changed", html("Two people die as flood defences fail in Westbury | Courier", "Two dead as flood defences fail in Westbury", "Two dead as flood defences fail in Westbury"), "html", []),
    ("title case against sentence case", md("Council Approves Painful Cuts To Libraries", "Council approves painful cuts to libraries"), "md", []),
    # the first word of a sentence-case headline is a name when the body writes it as one
    ("a name swapped as the first word", html("Okafor double ends Castleford's unbeaten run | Echo", "Okoro double ends Castleford's unbeaten run", "Okafor double ends Castleford's unbeaten run").replace(BODY, "Chidi Okafor scored twice as Rovers ended the run.\n"), "html", [("headline-conflict", 3)]),
    ("a common first word reworded", md("Police arrest two after Westbury shop fire", "Officers arrest two after Westbury shop fire"), "md", []),
    ("a day changed", md("Ferry crews to strike on Friday", "Ferry crews to strike on Saturday"), "md", [("headline-conflict", 6)]),
    # a section between headline and site name, and "per cent" for "%"
    ("section and site suffix", html("Council approves £9.6m of cuts | Politics | The Westbury Courier", "Council approves £9.6m of cuts", "Council approves £9.6m of cuts"), "html", []),
    ("per cent and %", md("Council approves 4.99 per cent tax rise", "Council approves 4.99% tax rise"), "md", []),
    ("a figure rounded with a word saying so", md("RCB Group profit nears Sh20 billion as lending picks up", "RCB Group net profit rises 18pc to Sh19.6 billion on loan growth"), "md", []),
    ("a score swapped", md("Ystrad Valley 27-20 Penarth", "Ystrad Valley 27-21 Penarth"), "md", [("headline-conflict", 6)]),
    ("per cent changed", md("Council approves 3.99 per cent tax rise", "Council approves 4.99% tax rise"), "md", [("headline-conflict", 6)]),
    # a figure of another kind is a second fact ("18%" and "£142m"), one of the same kind a changed one
    ("a percentage reworded as an amount", html("Kestrel profit falls 18% | Business | Courier", "Kestrel profit falls by almost a fifth to £142m", "Kestrel profit falls 18% as price war bites"), "html", []),
    ("an amount for a percentage, same words", md("Kestrel profit falls 18% as price war bites", "Kestrel profit falls £31m as price war bites"), "md", []),
    ("a percentage changed, same words", md("Kestrel profit falls 18% as price war bites", "Kestrel profit falls 17% as price war bites"), "md", [("headline-conflict", 6)]),
    ("a name beside a figure of another kind", md("Kestrel boss Radcliffe cuts 18% of prices", "Kestrel boss Ratcliffe cuts £200m of prices"), "md", [("headline-conflict", 6)]),
    # the same fact in other words: a scale as a word or a suffix, a figure bounded from the right side, a common noun for a name
    ("a scale word for a scale suffix", md("Savanna Dairies profit jumps to Sh2.4bn on milk volumes", "Savanna Dairies profit rises to Sh2.4 billion as milk intake grows"), "md", []),
    ("a scale word for a different figure", md("Savanna Dairies profit jumps to Sh2.4bn on milk volumes", "Savanna Dairies profit jumps to Sh2.7 billion on milk volumes"), "md", [("headline-conflict", 6)]),
    ("more than a round figure", md("Greens win Marlow Vale by-election with majority of more than 1,200", "Greens win Marlow Vale by-election with majority of 1,204"), "md", []),
    ("more than a figure above the other", md("Greens win Marlow Vale by-election with majority of more than 1,200", "Greens win Marlow Vale by-election with majority of 1,180"), "md", [("headline-conflict", 6)]),
    ("a common noun the body writes for a name", html("Pelham Cross primary school saved from closure | News", "Village primary school saved from closure", "Pelham Cross primary school saved from closure").replace(BODY, "Parents in Pelham Cross, a village of 1,600, kept their primary school.\n"), "html", []),
    ("a word the body never writes for a name", html("Pelham Cross primary school saved from closure | News", "Hamlet primary school saved from closure", "Pelham Cross primary school saved from closure").replace(BODY, "Parents in Pelham Cross, a village of 1,600, kept their primary school.\n"), "html", [("headline-conflict", 3)]),
    ("one headline only", "date 2026-03-05 Council approves £9.6m of cuts\n\n" + BODY, "txt", []),
]


@pytest.mark.parametrize("name,text,fmt,expected", CASES, ids=[c[0] for c in CASES])
def test_headline_conflict(name, text, fmt, expected, rules):
    assert findings_of(text, fmt, rules, check="headline-conflict") == expected


def test_message_names_the_differing_words(rules):
    from factcheck.engine import check_text

    (finding,) = [f for f in check_text(CASES[0][1], format="md", rules=rules) if f.check == "headline-conflict"]
    assert "\u201c£8.4m\u201d" in finding.message and "\u201c£9.6m\u201d" in finding.message
    assert finding.related[0].line == 2


@pytest.mark.parametrize("raw,words", [
    ("Two dead as floods hit | The Westbury Courier", ["two", "dead", "as", "floods", "hit"]),
    ("Two dead as floods hit - Example News", ["two", "dead", "as", "floods", "hit"]),
    ("Two dead as floods hit | UK News | The Westbury Courier", ["two", "dead", "as", "floods", "hit"]),
    ("Tax rises 5 per cent", ["tax", "rises", "5%"]),
    ("\u2018Painful\u2019 cuts approved.", ["painful", "cuts", "approved"]),
    # a lower-case tail is part of the headline, not a site name
    ("Russia-Ukraine talks - what we know", ["russia-ukraine", "talks", "what", "we", "know"]),
])
def test_normalise(raw, words):
    assert normalise(raw) == words


@pytest.mark.parametrize("name,title,h1,expected", [
    ("a life's span against an age and a description", "Arthur Penhale, 1931-2026", "Arthur Penhale, 94, harbour pilot and lifeboat volunteer", []),
    ("two life spans", "Arthur Penhale, 1931-2026", "Arthur Penhale, 1932-2026", [("headline-conflict", 6)]),
], ids=["span-and-age", "two-spans"])
def test_years_against_other_facts(name, title, h1, expected, rules):
    assert findings_of(md(title, h1), "md", rules, check="headline-conflict") == expected
