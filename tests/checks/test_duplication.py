"""duplicate-paragraph, contained-paragraph and repeated-sentence: exact findings on realistic copy."""

from __future__ import annotations

import pytest

from ..conftest import findings_of

HEAD = "date 2025-06-10 Water company fined over sewage spills\n\n"
P1 = "The regulator fined the water company £11 million for failing to stop sewage spills into rivers in the county."
P2 = "Inspectors found that storm overflows had discharged on more than 200 days last year, far above the permitted level."
P3 = "The company said it accepted the findings and would spend £40 million on new storage tanks by the end of 2027."

CASES = [
    # (name, body paragraphs from line 3, expected (check, line) pairs)
    ("clean", [P1, P2, P3], []),
    # a sentence closing each item of a list is the list's field
    ("a field sentence in each item of a list", [P1, "- The Lady from the Sea, 14 March to 3 May. Tickets: from £15, on sale to members now and to the public from 12 February.",
                                                 "- Hinterland, 15 May to 28 June. Tickets: from £15, on sale to members now and to the public from 12 February.",
                                                 "- The Quiet Carriage, 10 July to 30 August. Tickets: from £15, on sale to members now and to the public from 12 February.", P2], []),
    # rows of a plain-text table, set out in columns, differ in their figures: structure, not a paste
    ("rows of a scoring table", [P1, "1  BUF  Reed 12 pass from Carter (Bass-Lowry kick)  7-0", "2  NE  Pell 9 pass from Whitcombe (Harlan kick)  14-10",
                                 "4  BUF  Reed 19 pass from Carter (Bass-Lowry kick)  31-17", P2], []),
    ("a table row's words changed, not its figures", [P1, "1  BUF  Reed 12 pass from Carter (Bass-Lowry kick) after a long drive  7-0", P2,
                                                      "1  BUF  Reed 12 pass from Carter (Bass-Lowry kick) after a short drive  7-0"], [("duplicate-paragraph", 9)]),
    ("exact repeat", [P1, P2, P1], [("duplicate-paragraph", 7)]),
    ("repeat with other case and quotes", [P1, P2, P1.upper().replace("£", "£")], [("duplicate-paragraph", 7)]),
    ("near repeat, two words changed", [P1, P2, P1.replace("failing", "failure").replace("county", "region")], [("duplicate-paragraph", 7)]),
    ("pasted inside neighbour", [P2, P1, "It comes as " + P1[0].lower() + P1[1:]], [("contained-paragraph", 7)]),
    ("container first, repeat later", ["It comes as " + P1[0].lower() + P1[1:], P2, P1], [("contained-paragraph", 7)]),
    ("sentence repeated in another paragraph", [P1 + " " + P2, P3, "Campaigners welcomed the fine. " + P2], [("repeated-sentence", 7)]),
    ("short boilerplate repeats", [P1, "Read more", P2, "Read more", P3], []),
    ("speaker repeats a short phrase", [P1, '"Never again. Never again," she said.', P2, '"Never again," she said.'], []),
    ("similar but different facts", [P1, "The regulator fined a second water company £4 million for failing to report spills into rivers on time."], []),
    ("parallel paragraphs about different people", [
        "Okafor predicts the governing party will win the election with a majority of 40 seats in the new parliament.",
        "Brennan predicts the governing party will win the election with a majority of 12 seats in the new parliament.",
    ], []),
    ("near repeat with a revised figure", [P1, P2, P1.replace("£11 million", "£12 million")], [("duplicate-paragraph", 7)]),
    ("same template, different subjects", [
        "Police were called to a house in Mill Lane at about 22:00 on Saturday after reports of a disturbance.",
        "Police were called to a flat in Station Road at about 03:00 on Sunday after reports of a fire.",
    ], []),
    # "When:" opening a line of each listed event: one field of the listing, however alike two of them are
    ("field lines of a listing", [
        "Food market", "More than 40 stalls set up along the quays for the first summer weekend.", "When: Saturday 25 April and Sunday 26 April, 10am to 5pm",
        "Print fair", "Prints, zines and posters from more than 25 independent makers in the hall.", "When: Saturday 25 and Sunday 26 April, 11am to 6pm",
        "Quiz night", "A charity quiz for teams of up to six, with prizes donated by local shops.", "When: Friday 24 April, doors 8pm",
    ], []),
    ("one field line pasted twice in one item", [
        "Food market", "More than 40 stalls set up along the quays for the first summer weekend.", "When: Saturday 25 April and Sunday 26 April, 10am to 5pm",
        "When: Saturday 25 April and Sunday 26 April, 10am to 5pm, at the quays",
        "Print fair", "Prints, zines and posters from more than 25 independent makers in the hall.", "When: Saturday 25 and Sunday 26 April, 11am to 6pm",
    ], [("contained-paragraph", 9)]),
    # session 22: a paste trimmed of a word and its last sentence is still the paragraph pasted again
    ("a trimmed paste inside the paragraph it came from", [
        "The law, House Bill 512, passed the state House 58-42 and the Senate 31-19 before Gov. Thomas Reardon signed it on Tuesday, May 6, 2025. It took effect on Oct. 1, 2025. Before it, campaigns had to collect signatures in one-third of House districts.",
        "Justice Halvorsen wrote that the rule gave a veto to voters in a minority of districts over all the rest.",
        "The law, House Bill 512, passed the state House 58-42 and the Senate 31-19 before Gov. Thomas Reardon signed it on May 6, 2025. It took effect on Oct. 1, 2025.",
    ], [("contained-paragraph", 7)]),
    ("a paragraph that tells the same vote in its own words", [
        "The law, House Bill 512, passed the state House 58-42 and the Senate 31-19 before Gov. Thomas Reardon signed it on Tuesday, May 6, 2025. It took effect on Oct. 1, 2025.",
        "Justice Halvorsen wrote that the rule gave a veto to voters in a minority of districts over all the rest.",
        "House Bill 512 cleared the House 58-42 and the Senate 31-19, and the governor signed it in May 2025; it has applied since October.",
    ], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_duplication(name, paragraphs, expected, rules):
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    found = [f for f in findings_of(text, rules=rules) if f[0] in ("duplicate-paragraph", "contained-paragraph", "repeated-sentence")]
    assert found == expected


def test_consecutive_lines_without_blank_are_two_paragraphs(rules):
    text = HEAD + P2 + "\n\n" + P1 + "\nIt comes as " + P1[0].lower() + P1[1:] + "\n"
    assert findings_of(text, rules=rules) == [("contained-paragraph", 6)]


def test_each_repeat_reported_once_at_the_latest(rules):
    text = HEAD + "\n\n".join([P1, P2, P1, P3, P1]) + "\n"
    assert findings_of(text, rules=rules) == [("duplicate-paragraph", 7), ("duplicate-paragraph", 11)]


def test_thresholds_come_from_rule_files(tmp_path):
    from factcheck.config import load_rules

    strict = tmp_path / "strict.yaml"
    strict.write_text("checks:\n  duplicate-paragraph:\n    min-words: 40\n")
    text = HEAD + "\n\n".join([P1, P2, P1]) + "\n"
    assert findings_of(text, rules=load_rules([str(strict)])) == []


def test_markdown_and_html_repeats_point_at_their_lines(rules):
    md = f"---\ntitle: Fine\ndate: 2025-06-10\n---\n\n{P1}\n\n> {P2}\n\n- {P3}\n\n{P1}\n"
    assert findings_of(md, "md", rules) == [("duplicate-paragraph", 12)]
    html = f"<html><body><article>\n<p>{P1}</p>\n<p>{P2}</p>\n<p>\n  {P1}\n</p>\n</article></body></html>\n"
    assert findings_of(html, "html", rules) == [("duplicate-paragraph", 5)]


PULL = "The chief executive needs to be a cost-cutter first and a marketer second, the analyst said."


@pytest.mark.parametrize(
    "fmt,text,expected",
    [
        # a pull quote lifted from a paragraph into a block quotation is layout, not a paste
        ("html", f"<html><body><article>\n<p>{P1} {PULL}</p>\n<p>{P2}</p>\n<blockquote class=\"pull-quote\"><p>{PULL}</p></blockquote>\n<p>{P3}</p>\n</article></body></html>\n", []),
        ("html", f"<html><body><article>\n<blockquote><p>{P1}</p></blockquote>\n<p>{P2}</p>\n<p>{P1}</p>\n</article></body></html>\n", []),
        ("md", f"---\ntitle: Fine\ndate: 2025-06-10\n---\n\n{P2} {PULL}\n\n> {PULL}\n\n{P3}\n", []),
        # the same paragraph twice among the story's paragraphs, or twice in block quotations, still fires
        ("html", f"<html><body><article>\n<blockquote><p>{P1}</p></blockquote>\n<p>{P2}</p>\n<blockquote><p>{P1}</p></blockquote>\n</article></body></html>\n", [("duplicate-paragraph", 4)]),
        ("md", f"---\ntitle: Fine\ndate: 2025-06-10\n---\n\n{P1}\n\n> {P2}\n\n{P3}\n\nIt comes as {P1[0].lower()}{P1[1:]}\n", [("contained-paragraph", 12)]),
    ],
)
def test_pull_quotes_are_not_repeats(fmt, text, expected, rules):
    assert findings_of(text, fmt, rules) == expected


LINK = "Read more: What the sewage fine means for customers' bills next year"


@pytest.mark.parametrize(
    "fmt,text,expected",
    [
        # a live blog's "Key events" bullets repeat the first lines of later entries by design
        ("html", f"<html><body><article>\n<ul>\n<li>{P1}</li>\n<li>{P3}</li>\n</ul>\n<p>{P2}</p>\n<p>{P3}</p>\n<p>{P1}</p>\n</article></body></html>\n", []),
        ("md", f"---\ntitle: Fine\ndate: 2025-06-10\n---\n\n## Key points\n\n- {P1}\n- {P2}\n\n{P3}\n\n{P1}\n\n{P2}\n", []),
        ("txt", HEAD + "Key events\n\u2022 " + P1 + "\n\u2022 " + P3 + "\n\n" + "\n\n".join([P2, P3, P1]) + "\n", []),
        ("txt", HEAD + "\n\n".join(["- " + P1, P2, "- " + P1]) + "\n", [("duplicate-paragraph", 7)]),
        # a "Read more" list entry inside a "Related:" line
        ("html", f"<html><body><article>\n<p>{P1}</p>\n<p>Related: <a href=\"/x\">{P2}</a></p>\n<p>{P3}</p>\n<ul><li><a href=\"/x\">{P2}</a></li></ul>\n</article></body></html>\n", []),
        # link lines repeat as often as the page links to the same story
        ("txt", HEAD + "\n\n".join([P1, LINK, P2, LINK, P3]) + "\n", []),
        ("html", f"<html><body><article>\n<p>{P1}</p>\n<p>{LINK}</p>\n<p>{P2}</p>\n<p>{LINK}</p>\n</article></body></html>\n", []),
        # the same bullet twice still fires, and so does a paragraph twice beside a bullet list
        ("md", f"---\ntitle: Fine\ndate: 2025-06-10\n---\n\n- {P1}\n- {P2}\n- {P1}\n\n{P3}\n", [("duplicate-paragraph", 8)]),
        ("md", f"---\ntitle: Fine\ndate: 2025-06-10\n---\n\n- {P1}\n\n{P2}\n\n{P3}\n\n{P2}\n", [("duplicate-paragraph", 12)]),
        # a colon after an ordinary opening is not a link label
        ("txt", HEAD + "\n\n".join([P1, "The regulator said: " + P2, P3, "The regulator said: " + P2]) + "\n", [("duplicate-paragraph", 9)]),
    ],
)
def test_summary_bullets_and_link_lines_are_not_repeats(fmt, text, expected, rules):
    assert findings_of(text, fmt, rules) == expected


def _live(*entries):
    return "<html><body><article>\n" + "\n".join(entries) + "\n</article></body></html>\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a live blog re-embeds a post it showed in an earlier entry
        (_live("<p>21:31</p>", f"<p>{P2}</p>", f"<blockquote>{P1}</blockquote>", "<p>10:02</p>", f"<p>{P3}</p>", f"<blockquote>{P1}</blockquote>"), []),
        (_live("<p>9.45pm</p>", f"<p>{P2}</p>", f"<blockquote>{P1}</blockquote>", "<p>10.02am GMT</p>", f"<blockquote>{P1}</blockquote>"), []),
        # the same quotation twice in one entry, or a paragraph repeated across entries, still fires
        (_live("<p>21:31</p>", f"<blockquote>{P1}</blockquote>", f"<p>{P2}</p>", f"<blockquote>{P1}</blockquote>", "<p>10:02</p>", f"<p>{P3}</p>"), [("duplicate-paragraph", 5)]),
        (_live("<p>21:31</p>", f"<p>{P1}</p>", "<p>10:02</p>", f"<p>{P2}</p>", f"<p>{P1}</p>"), [("duplicate-paragraph", 6)]),
        # a time inside a sentence does not open an entry
        (_live(f"<blockquote>{P1}</blockquote>", "<p>The vote is at 22:00.</p>", f"<blockquote>{P1}</blockquote>"), [("duplicate-paragraph", 4)]),
    ],
)
def test_live_blog_re_embeds_are_not_repeats(text, expected, rules):
    assert findings_of(text, "html", rules) == expected


ROUND_UP = """---
title: "Police round-up"
date: 2026-05-14
---

# Police round-up

Officers are asking for help with three incidents from the past week.

## Van broken into

A white van parked on Hollins Lane was broken into overnight on Monday and power tools were taken.

Anyone with information should call 101 quoting incident 0345 of 11 May, or contact Crimestoppers.

## Crash on the bypass

Two cars collided on the Eastfield bypass at about 6pm on Tuesday and one driver was hurt.

Anyone with information should call 101 quoting incident 0712 of 12 May, or contact Crimestoppers.

## Bike taken from school

A red mountain bike was taken from the rack outside Eastfield Academy between 9am and 3pm on Wednesday.

Anyone with information should call 101 quoting incident 0233 of 13 May, or contact Crimestoppers.
"""

LISTING = """date 2026-05-14 What's on this weekend

Our pick of the events across the district this weekend.

Folk night at the Corn Exchange

The Harbour Fiddlers return for an evening of reels and songs from the coast, with a local support act.

Tickets are £12 from the box office, or £10 for members of the arts centre, and can be booked online.

Craft fair at St Mary's hall

More than forty stalls of pottery, prints and knitwear fill the hall from 10am on Saturday.

Tickets are £12 from the box office, or £10 for members of the arts centre, and can be booked online.
"""


def test_a_template_line_closing_each_item_of_a_round_up_is_structure(rules):
    assert findings_of(ROUND_UP, "md", rules) == []
    assert findings_of(LISTING, rules=rules) == []


def test_a_paste_inside_a_round_up_is_still_found(rules):
    # The van paragraph pasted into the crash item: not the same place in each item.
    text = ROUND_UP.replace(
        "Two cars collided", "A white van parked on Hollins Lane was broken into overnight on Monday and power tools were taken.\n\nTwo cars collided"
    )
    assert findings_of(text, "md", rules) == [("duplicate-paragraph", 18)]


def test_a_template_line_in_one_item_only_repeats(rules):
    # Both copies inside the first item: a paste, not structure.
    text = LISTING.replace("Craft fair at St Mary's hall\n\n", "")
    assert findings_of(text, rules=rules) == [("duplicate-paragraph", 13)]


def test_a_quotation_set_alone_as_a_pull_quote_is_not_a_paste(rules):
    quote = '"Nobody goes into local government wanting to close a village school," she told the meeting.'
    pull = '"Nobody goes into local government wanting to close a village school."'
    text = HEAD + "\n\n".join([P1, quote + " " + P2, pull, P3]) + "\n"
    assert findings_of(text, rules=rules) == []
    # the same words with their attribution are a paste
    text = HEAD + "\n\n".join([P1, quote + " " + P2, quote, P3]) + "\n"
    assert findings_of(text, rules=rules) == [("contained-paragraph", 7)]


def test_a_paragraph_that_is_a_whole_item_repeated_closing_another_is_a_paste(rules):
    # The first copy is the only text under its crosshead: that item's text, not a template line.
    text = LISTING.replace(
        "The Harbour Fiddlers return for an evening of reels and songs from the coast, with a local support act.\n\n", ""
    )
    assert findings_of(text, rules=rules) == [("duplicate-paragraph", 13)]


ADVICE = "Check your flight status with your airline before leaving for the airport."
LATER = "Passengers at the terminal were told to expect delays until the evening."
LONG = (
    "The union said its members had voted by a large majority to walk out after talks broke down, and that it had offered to meet "
    "the company at any time over the weekend, but that no meeting had been arranged and no new offer had been made to the staff."
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # the same advice closing each entry of a live blog: structure, however many entries
        (_live("<p>15:20</p>", f"<p>{P1}</p>", f"<p>{ADVICE}</p>", "<p>14:05</p>", f"<p>{P2}</p>", f"<p>{ADVICE}</p>", "<p>12:30</p>", f"<p>{P3}</p>", f"<p>{ADVICE}</p>"), []),
        (_live("<p>15:20</p>", f"<p>{P1}</p>", f"<p>{ADVICE}</p>", "<p>14:05</p>", f"<p>{P2}</p>", f"<p>{ADVICE}</p>"), []),
        # the advice pasted twice inside one entry is a paste
        (_live("<p>15:20</p>", f"<p>{P1}</p>", f"<p>{ADVICE}</p>", f"<p>{P2}</p>", f"<p>{ADVICE}</p>", "<p>14:05</p>", f"<p>{P3}</p>"), [("duplicate-paragraph", 6)]),
        # three copies in three entries, but not where each entry ends: pasted, not a template
        (_live("<p>15:20</p>", f"<p>{P1}</p>", f"<p>{ADVICE}</p>", f"<p>{P2}</p>", "<p>14:05</p>", f"<p>{ADVICE}</p>", f"<p>{P3}</p>", "<p>12:30</p>", f"<p>{ADVICE}</p>", f"<p>{LATER}</p>"),
         [("duplicate-paragraph", 7), ("duplicate-paragraph", 10)]),
        # a long paragraph of news closing two entries is a paste, not a closing line
        (_live("<p>15:20</p>", f"<p>{P1}</p>", f"<p>{LONG}</p>", "<p>14:05</p>", f"<p>{P3}</p>", f"<p>{LONG}</p>"), [("duplicate-paragraph", 7)]),
    ],
)
def test_a_line_closing_each_live_blog_entry_is_structure(text, expected, rules):
    assert findings_of(text, "html", rules) == expected


def test_a_sentence_repeated_after_a_live_blog_entrys_time_stamp_is_found(rules):
    # The stamp opens the entry, not the sentence: "03:32 The regulator fined …" repeats "The regulator fined …".
    text = HEAD + "\n\n".join([f"**04:10** {P2} {P1}", f"**03:32** {P1} {P3}"]) + "\n"
    assert findings_of(text, "md", rules) == [("repeated-sentence", 5)]


def test_entries_opening_with_a_time_stamp_and_different_sentences_are_quiet(rules):
    text = HEAD + "\n\n".join([f"**04:10** {P2}", f"**03:32** {P1}", f"**02:50** {P3}"]) + "\n"
    assert findings_of(text, "md", rules) == []
