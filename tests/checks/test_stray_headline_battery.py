"""stray-headline battery: another story's headline left as a bare line between paragraphs, in the ordinary shapes
headlines take (a present-tense verb, a passive without its auxiliary, "to" for the future, an age between commas, a
place label, a live page, a headline comma), each with the article without it, and quiet lines (crossheads, a
question, a caption, a byline, a "Read more" link, a fact box's label)."""

from __future__ import annotations

import pytest

from ..conftest import findings_of

HEAD = "date 2026-03-11 Ferry crews to strike for 48 hours as pay talks collapse\n\n"
P1 = "Ferry crews on two routes between Wales and Ireland will walk out for 48 hours later this month."
P2 = "The union said its members would stop work from 00:01 on Friday 20 March."
P3 = "The company runs four vessels on the two routes, carrying about 1.3 million passengers a year."
P4 = "Its chief executive said contingency plans were being drawn up."
def art(paras):
    return HEAD + "\n\n".join(paras) + "\n"

STRAY = [
 "Council approves plan for 300 homes on former dairy site",
 "Police appeal for witnesses after crash on A470",
 "Drought forces water company to extend hosepipe ban",
 "Teenager charged after stabbing in Cardiff city centre",
 "Airline to axe 200 jobs as fuel costs soar",
 "Hospital waiting lists hit record high, figures show",
 "Man, 42, jailed for six years over £2m fraud",
 "Government unveils £40m fund for coastal towns",
 "Two arrested after cash machine stolen from village shop",
 "New Zealand beat Australia to win Rugby Championship",
 "Nurses vote to accept pay offer after two-year dispute",
 "Flood warnings issued as Storm Darragh approaches",
 "Bank of England holds interest rates at 4.5%",
 "Sri Lanka's president dissolves parliament ahead of snap election",
 "Rail fares to rise by 4.6% in March",
 "Star striker set for move to Saudi Arabia",
 "Mumbai: Fire breaks out at chemical factory in Dombivli",
 "Melbourne Storm sign Fijian winger on three-year deal",
 "What we know so far about the Baltimore bridge collapse",
 "Live: Chancellor delivers Spring Statement",
 "Floods left thousands homeless in Assam after monsoon",
]
QUIET = [
 ("crosshead noun phrase", "Pay and conditions"),
 ("crosshead question", "What happens next?"),
 ("crosshead that introduces", "Union leaders say more strikes are likely"),
 ("caption", "Picture: Ferry leaving Holyhead harbour at dawn"),
 ("read more", "Read more: Ferry operator cuts winter sailings"),
 ("byline", "By Rhodri Vaughan, Transport Correspondent"),
 ("timeline crosshead", "Timeline of the dispute"),
 ("fact box label", "Key facts"),
 ("caption with a place in the picture", "Ferry captain Rhys Evans, left, with crew members at Holyhead"),
]

def rows():
    out = []
    for k, h in enumerate(STRAY):
        out.append((f"sh-wrong-{k}", "stray-headline", art([P1, P2, h, P3, P4]), [7]))
        out.append((f"sh-right-{k}", "stray-headline", art([P1, P2, P3, P4]), []))
        out.append((f"sh-early-wrong-{k}", "stray-headline", art([P1, h, P2, P3, P4]), [5]))
    for name, q in QUIET:
        para = [P1, P2, q, P3, P4]
        if name == "crosshead that introduces":
            para = [P1, P2, q, "Union leaders said more strikes were likely over the summer.", P4]
        out.append((f"sh-quiet-{name}", "stray-headline", art(para), []))
    return out


# A line that shares a content word with the first sentence below it reads as that paragraph's crosshead.
XFAIL = {
    "sh-wrong-6": "shares 'years' with the first sentence below: read as its crosshead",
    "sh-wrong-18": "an explainer's title with no label ('What we know so far about ...') is also a crosshead's shape",
    "sh-early-wrong-18": "an explainer's title with no label ('What we know so far about ...') is also a crosshead's shape",
}


def _params():
    for rid, check, text, expected in rows():
        marks = [pytest.mark.xfail(reason=XFAIL[rid], strict=True)] if rid in XFAIL else []
        yield pytest.param(check, text, [(check, line) for line in expected], id=rid, marks=marks)


@pytest.mark.parametrize("check, text, expected", list(_params()))
def test_stray_headline_battery(check, text, expected):
    assert findings_of(text, check=check) == expected
