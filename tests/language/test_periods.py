"""Reading periods: nouns, the facts stated about them in any phrasing, and rules/periods.yaml validation."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.errors import RuleFileError
from factcheck.language.dates import find_dates, find_weekdays, weekday_date
from factcheck.language.durations import find_durations
from factcheck.language.periods import dated_nouns, load_periods, read_period_facts
from factcheck.language.quotes import in_quote, quoted_spans

PUBLISHED = date(2026, 3, 4)


def facts(text: str) -> list[tuple[str, str, str]]:
    """(role, kind, text) for each fact read from one paragraph, split at full stops."""
    sentences, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            sentences.append((start, i + 1))
            start = i + 2
    if start < len(text):
        sentences.append((start, len(text)))
    spans = quoted_spans(text)
    found, _, _, _ = read_period_facts(
        text, sentences, find_dates(text, reference=PUBLISHED), find_durations(text), find_weekdays(text), load_periods(),
        lambda pos: in_quote(spans, pos),
    )
    return [(f.role, f.noun.kind, text[f.start : f.end]) for f in found if not f.orphan]


# (text, [(role, kind, fact text)])
CASES = [
    ("A ten-week consultation opened on 2 March.", [("duration", "consultation", "ten-week consultation"), ("start", "consultation", "2 March")]),
    ("The consultation runs for six weeks and closes on 14 April.", [("duration", "consultation", "for six weeks"), ("end", "consultation", "14 April")]),
    ("Objections must be lodged within the 35-day window, which ends on 9 May.", [("duration", "window", "35-day window"), ("end", "window", "9 May")]),
    ("The ban runs from 1 March to 31 May.", [("start", "ban", "1 March"), ("end", "ban", "31 May")]),
    ("A 30-month contract was signed on 1 March 2024.", [("duration", "contract", "30-month contract"), ("start", "contract", "1 March 2024")]),
    ("Bids are due before the 2 May deadline.", [("end", "deadline", "2 May deadline")]),
    ("Comments on the consultation must arrive no later than 5pm on Monday 30 March.", [("end", "consultation", "Monday 30 March")]),
    ("The strike will end on Friday.", [("end", "strike", "Friday")]),
    ("The crossing will be closed to cars starting Oct. 13.", [("start", "closure", "Oct. 13")]),
    ("The ceasefire took effect on 3 March. It expires on 17 March.", [("start", "ceasefire", "3 March"), ("end", "ceasefire", "17 March")]),
    ("About 410 drivers walked off the job at 12:01am on Monday, March 2, after talks failed.", [("start", "strike", "Monday, March 2")]),
    ("The window shuts on Sunday 1 March.", [("end", "window", "Sunday 1 March")]),
    # a fact box's label: "Last date for bid submission: January 16"
    ("Last date for bid submission: 16 March 2026", [("end", "offer", "16 March 2026")]),
    # not facts about a period
    ("It will lock out checkers who are not part of the strike, from noon Saturday, March 7.", []),
    ("The strike, the first for 30 years, began on 2 March.", [("start", "strike", "2 March")]),
    ("The trial zone will grow on 1 June.", []),
    ("Sailings on 20 and 21 March are cancelled during the strike.", []),
    ("He was jailed for six years after the trial.", []),
    ("\u201cThe consultation closes on 3 April,\u201d she said.", []),
    ("The cooling-off period took effect on 3 March.", [("start", "window", "3 March")]),
    ("The FA backdated the ban to 20 April.", [("start", "ban", "20 April")]),
    ("Holders can tender their shares until 19 March.", []),
    ("Bids are due by 5 May.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_period_facts(text, expected):
    assert facts(text) == expected


def test_markers_tell_periods_apart():
    parts = ["A second consultation opens on 3 June.", "The earlier consultation closed on 1 May.", "The consultations are separate."]
    text = " ".join(parts)
    starts = [text.index(p) for p in parts]
    _, nouns, _, _ = read_period_facts(text, [(s, s + len(p)) for s, p in zip(starts, parts)], [], [], [], load_periods())
    assert [(n.marker, n.plural, n.several) for n in nouns] == [("second", False, True), ("earlier", False, True), (None, True, True)]


def test_moved_needs_the_period_itself_to_change():
    first = "The council extended the consultation to 5 May."
    text = first + " It approved a fresh plan with revised conditions for the ban."
    _, nouns, moved, _ = read_period_facts(text, [(0, len(first)), (len(first) + 1, len(text))], [], [], [], load_periods())
    assert [n.kind for n in nouns] == ["consultation", "ban"]
    assert [n.kind for n in moved] == ["consultation"]


def test_a_noun_of_two_words_moved_by_a_passive():
    text = "That tender's closing date had been pushed back by a week."
    _, nouns, moved, _ = read_period_facts(text, [(0, len(text))], [], [], [], load_periods())
    assert "closing date" in [text[n.start:n.end] for n in moved]
    text = "The closing date is near, but scaffolding had been pushed back by a week."
    _, nouns, moved, _ = read_period_facts(text, [(0, len(text))], [], [], [], load_periods())
    assert moved == []


def test_a_pronoun_moved_is_the_period_of_the_sentence_before_or_none():
    parts = ["The 2018 review proposed a merger.", "It was dropped after a consultation drew 400 responses.",
             "A consultation opened on 3 May.", "It was extended after a petition."]
    text = " ".join(parts)
    starts = [text.index(p) for p in parts]
    _, nouns, moved, _ = read_period_facts(text, [(s, s + len(p)) for s, p in zip(starts, parts)], [], [], [], load_periods())
    assert [n.kind for n in nouns] == ["consultation", "consultation"]  # "400 responses" are things counted, not a period
    assert [text[n.start:n.end] for n in moved] == ["consultation"] and moved[0].start == text.index("consultation opened")


def test_dated_nouns_read_written_dates_and_verbs():
    text = "The notice inviting tenders, dated 3 November, was uploaded. The judge ruled on Friday, Sept. 12, against the merger."
    found = dated_nouns(text, find_dates(text, reference=date(2025, 11, 10)), load_periods())
    assert {(noun, d.text) for noun, d in found} >= {("notice", "3 November"), ("order", "Friday, Sept. 12"), ("ruling", "Friday, Sept. 12")}


@pytest.mark.parametrize(
    "weekday,ahead,expected",
    [(0, False, date(2026, 3, 2)), (0, True, date(2026, 3, 9)), (2, False, date(2026, 3, 4)), (2, True, date(2026, 3, 4)), (4, True, date(2026, 3, 6))],
)
def test_weekday_date(weekday, ahead, expected):
    assert weekday_date(PUBLISHED, weekday, ahead) == expected


def test_shipped_rules_load():
    k = load_periods()
    assert k.kinds["public consultation"] == "consultation"
    assert "extended" in k.kinds or "extended" in k.revisions


@pytest.mark.parametrize(
    "body,where,reason",
    [
        ("periods: {ban: [ban]}\nstarts: [from]\nsoft_starts: []\nends: [until]\nstrong_ends: []\nend_nouns: []\nheads: []\nmoved: []\nrevisions: []\n"
         "several: []\nsame: []\ndated_by_verbs: {}\ncolour: []\n", "13:1", "unknown key 'colour'"),
        ("periods: {ban: [Ban]}\nstarts: [from]\nsoft_starts: []\nends: [until]\nstrong_ends: []\nend_nouns: []\nheads: []\nmoved: []\nrevisions: []\n"
         "several: []\nsame: []\ndated_by_verbs: {}\n", "1:17", "write 'Ban' in lower case"),
        ("periods: {ban: [ban]}\nstarts: from\nsoft_starts: []\nends: [until]\nstrong_ends: []\nend_nouns: []\nheads: []\nmoved: []\nrevisions: []\n"
         "several: []\nsame: []\ndated_by_verbs: {}\n", "2:9", "starts must be a list of words"),
        ("periods: {ban: [ban]}\nstarts: [from]\n", "1:1", "need a 'soft_starts' section"),
    ],
)
def test_broken_rules_name_file_line_and_column(tmp_path, body, where, reason):
    path = tmp_path / "periods.yaml"
    path.write_text(body)
    with pytest.raises(RuleFileError) as err:
        load_periods(str(path))
    assert f"{path}:{where}:" in str(err.value)
    assert reason in str(err.value)


@pytest.mark.parametrize("texts,added", [
    # opens and closes on dates in one clause: a period whatever it is called
    (["The issue will open on November 24 and close on December 8."], {"issue"}),
    (["The portal opens on Monday 2 March and closes on Friday 27 March."], {"portal"}),
    (["The shop will open on 1 December and close on 24 December."], set()),  # not_periods
    (["The consultation on the plan opened on Monday and closes on 29 May."], set()),  # what a period is about
    (["The fire started on Monday and the crews left on Friday 3 May."], set()),  # a start alone
    # a length as the noun's modifier, and "the <noun>" again in a sentence writing a day
    (["The ministry imposed a 60-day quarantine.", "The quarantine took effect on Monday, 13 October."], {"quarantine"}),
    (["The ministry imposed a 60-day quarantine.", "The quarantine covers four districts."], set()),  # never dated
    (["She went on a 10-day trip.", "Her sister left on 3 May."], set()),
    (["Bidders have a 21-day submission window.", "The submission window closes on 28 May."], set()),  # modifies a period noun
])
def test_nouns_an_article_makes_periods(texts, added):
    from factcheck.language.periods import with_period_subjects

    k = load_periods()
    assert set(with_period_subjects(k, texts).kinds) - set(k.kinds) == added
