"""Period coreference: which mentions under different nouns are one period (`link_periods`), and the
forms of one word (`same_stem`) it leans on."""

from __future__ import annotations

import pytest

from factcheck.loaders import load_text
from factcheck.reading.annotate import Annotation
from factcheck.language.periods import same_stem
from factcheck.reading.times import link_periods, periods

HEAD = "date 2025-11-12 Board clears rights issue\n\n"


def _periods(paragraphs: list[str], rules):
    doc = load_text(HEAD + "\n\n".join(paragraphs) + "\n", "txt", "<test>", day_first=rules.day_first)
    return Annotation(doc, rules.knowledge, rules.day_first).time


def _together(r) -> list[tuple[str, list[str]]]:
    """Each period that states anything: its kind and the facts it holds, as written."""
    return sorted(
        (p.kind, sorted(st.shown for st in (*p.durations, *p.starts, *p.ends)))
        for p in periods(r).values() if p.durations or p.starts or p.ends
    )


@pytest.mark.parametrize("a,b,same", [
    ("bidding", "bids", True),
    ("bid", "bids", True),
    ("subscription", "subscribe", True),
    ("objections", "objection", True),
    ("issue", "issued", True),
    ("bid", "bird", False),
    ("window", "windfall", False),
    ("appeal", "application", False),
])
def test_forms_of_one_word(a, b, same):
    assert same_stem(a, b) is same


LINKED = [
    ("a window named later with a word of the period's section",
     ["The issue will open on November 24 and close on December 8.", "The promoter will subscribe to its full entitlement.",
      "Investors who do not act during the three-week subscription window will lose their entitlements."],
     [("issue", ["November 24", "December 8", "three-week subscription"])]),
    ("a consultation and a window that are the comment period",
     ["The public comment period opens Wednesday, Nov. 5, and closes Dec. 19, the department said.",
      "Industry groups said the 45-day window was reasonable.", "Comments can be sent by mail over the 60-day consultation."],
     [("period", ["45-day window", "60-day consultation", "Dec. 19", "Wednesday, Nov. 5"])]),
]

# a verb dated by a range of two days, and a noun given a length that is a form of that verb
TOLD_BY_VERB = [
    ("a verb's range and a window named by the verb's noun",
     ["Residents can comment on the noise study from Nov. 10 until Dec. 1, online or at two open houses.",
      "She said the 45-day comment window was longer than the legal minimum."],
     [("comment", ["45-day comment", "Dec. 1", "Nov. 10"])]),
    ("a verb's range and its noun given a length",
     ["Successful examinees may register online for their certificates from Nov. 20 to Dec. 5.",
      "Examinees who miss the 10-day online registration must apply in person."],
     [("registration", ["10-day online", "Dec. 5", "Nov. 20"])]),
]

# a general period named for an errand ("the submission window") and dated is that errand's dated period
NAMED_BY_ERRAND = [
    ("a window for submissions and the submissions' own dates",
     ["Submissions open on Friday, June 26, and will close on July 17.",
      "Witnesses will be chosen after the submission window closes on July 24."],
     [("submissions", ["Friday, June 26", "July 17", "July 24"])]),
]

APART = [
    ("a range whose clause names its period: no verb is learned",
     ["Owners get a three-month grace period from 1 June to 31 August.", "Bids must be in by 28 May.",
      "The 21-day bidding period is short."],
     [("period", ["21-day bidding"]), ("window", ["1 June", "31 August", "three-month grace"])]),
    ("a window for another errand keeps its own dates",
     ["Submissions open on Friday, June 26, and will close on July 17.",
      "Witnesses will be chosen after the appeal window closes on July 24."],
     [("submissions", ["Friday, June 26", "July 17"]), ("window", ["July 24"])]),
    ("a window for an errand brought in with 'a' is its own",
     ["Submissions open on Friday, June 26, and will close on July 17.",
      "There will then be a submission window for late evidence, which closes on July 24."],
     [("submissions", ["Friday, June 26", "July 17"]), ("window", ["July 24"])]),
    ("a verb's range and a length of a noun that is no form of it",
     ["Residents can comment on the noise study from Nov. 10 until Dec. 1.", "The 90-day construction programme starts in April."],
     []),
    ("a window brought in with 'a'",
     ["The issue will open on November 24 and close on December 8.", "Buyers then have a 14-day cooling-off window."],
     [("issue", ["December 8", "November 24"]), ("window", ["14-day cooling-off"])]),
    ("two dated periods: which one the window is, is a guess",
     ["The issue will open on November 24 and close on December 8.", "The consultation opens on 1 December and closes on 20 December.",
      "Investors who miss the three-week window lose out."],
     [("consultation", ["1 December", "20 December"]), ("issue", ["December 8", "November 24"]), ("window", ["three-week window"])]),
    ("a qualifier the period's section never uses",
     ["The issue will open on November 24 and close on December 8.", "Shareholders who object have the 28-day appeal window."],
     [("issue", ["December 8", "November 24"]), ("window", ["28-day appeal"])]),
    ("a window for an errand the period's section never names",
     ["The issue will open on November 24 and close on December 8.", "Shareholders have the three-week window for late objections."],
     [("issue", ["December 8", "November 24"]), ("window", ["three-week window"])]),
    ("two specific kinds that are no forms of one word",
     ["The consultation opens on 1 December and closes on 20 December.", "The six-month ban will follow."],
     [("ban", ["six-month ban"]), ("consultation", ["1 December", "20 December"])]),
    ("a shop that opens and closes is no period",
     ["The shop will open on 1 December and close on 24 December.", "Shoppers have the three-week window to buy."],
     [("window", ["three-week window"])]),
]


@pytest.mark.parametrize("name,paragraphs,expected", LINKED + TOLD_BY_VERB + NAMED_BY_ERRAND + APART, ids=[c[0] for c in LINKED + TOLD_BY_VERB + NAMED_BY_ERRAND + APART])
def test_which_mentions_are_one_period(name, paragraphs, expected, rules):
    assert _together(_periods(paragraphs, rules)) == sorted((k, sorted(v)) for k, v in expected)


def test_the_links_made_are_returned(rules, monkeypatch):
    import factcheck.reading.times as times

    made = []
    monkeypatch.setattr(times, "link_periods", lambda found, r: made.extend(link_periods(found, r)) or made)
    periods(_periods(["The issue will open on November 24 and close on December 8.", "Investors who miss the three-week window lose out."], rules))
    assert made == [(("window", None), ("issue", None))]
