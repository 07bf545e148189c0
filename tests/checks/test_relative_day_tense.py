"""relative-day-tense: one weekday name standing for two days; the traps of DEVELOPERS.md stay quiet."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.engine import check_text

from ..conftest import lines_found, SEED, findings_of

CHECK = "relative-day-tense"
PUBLISHED = dt.date(2025, 7, 22)
TODAY = f"{PUBLISHED:%A}"
YESTERDAY = f"{PUBLISHED - dt.timedelta(days=1):%A}"
AHEAD = f"{PUBLISHED + dt.timedelta(days=2):%A}"  # a day still to come this week
HEAD = f"date {PUBLISHED.isoformat()} Allies meet over air defence\n\n"

CASES = [
    # "Sunday school" names a kind of class, not a day ahead
    ("a day's name as a noun's modifier", ["Hundreds gathered at the church on Sunday for the dedication of a new hall.", "The hall will be used for Sunday school and a weekday nursery."], []),
    ("the day ahead after the past one", ["Hundreds gathered at the church on Sunday for the dedication of a new hall.", "The hall will be used for the first time on Sunday."], [5]),
    # a day gone told by its event ("Saturday's semifinal"), and another event ahead on that weekday
    ("another event on the weekday ahead", ["The union said about 2,300 people watched Saturday's semifinal.", "Rovers will host the final on Saturday."], []),
    ("the same event on the weekday ahead", ["The union said about 2,300 people watched Saturday's semifinal.", "The semifinal will be replayed on Saturday."], [5]),
    ("a weekly event named by its day", ["The stalls were allotted on Friday.", "The weekly Friday bazaar will continue on the old grounds."], []),
    ("the days of a week", ["The floors opened on Monday.", "The floors will operate from Monday to Friday."], []),
    # (name, body paragraphs from line 3, expected lines)
    ("past then 'On X, … will'", [f"The union said on {YESTERDAY} that the two sides remained far apart.", f"On {YESTERDAY}, the defence secretary will chair a meeting of allies."], [5]),
    ("'X will be'", [f"Officials met in Brussels on {YESTERDAY} to discuss supplies.", f"{YESTERDAY} will be the third time she has led the panel."], [5]),
    ("possessive 'X's meeting is expected'", [f"Ministers spoke on {YESTERDAY} about the plans.", f"{YESTERDAY}'s meeting is expected to bring new pledges."], [5]),
    ("future before the past use", [f"On {YESTERDAY}, the minister will set out the plan.", f"The minister said on {YESTERDAY} that the plan was ready."], [3]),
    ("arranged progressive 'are meeting … on X'", [f"Forty MPs voted against the bill on {YESTERDAY} night.", f"The party is hosting a rally on {YESTERDAY} in Leeds."], [5]),
    ("ongoing progressive stays quiet", [f"The river burst its banks on {YESTERDAY}.", f"Residents are still recovering from the floods on {YESTERDAY}."], []),
    ("reported speech", [f"The union said on {YESTERDAY} it will send a delegation.", f"The ministry said on {YESTERDAY} that it would reply."], []),
    ("past only", [f"The minister said on {YESTERDAY} the talks had stalled.", f"On {YESTERDAY} the group met in Brussels."], []),
    ("future only, a day ahead", [f"The committee will meet on {AHEAD} to agree its report."], []),
    ("future only, the day before publication", [f"The committee will meet on {YESTERDAY} to agree its report."], []),
    ("publication day itself", [f"The minister said on {YESTERDAY} the bill was ready.", f"MPs will vote on {TODAY} evening.", f"MPs voted on {YESTERDAY} and will vote again on {TODAY}."], []),
    ("every, next, next week, plural", [
        f"Ministers said on {YESTERDAY} they had agreed the plan.",
        f"The group meets every {YESTERDAY} and will meet next {YESTERDAY} in Brussels.",
        f"It will meet on {YESTERDAY} next week and on {YESTERDAY}s after that.",
    ], []),
    ("inside a quote", [f"The minister said on {YESTERDAY} that talks had stalled.", f"\u201cOn {YESTERDAY} we will set out our plan,\u201d she said last month."], []),
    ("weekday with a date", [f"The minister said on {YESTERDAY} that talks had stalled.", f"The group will meet on {YESTERDAY} 28 July in Brussels."], []),
    ("modal tense", [f"The minister said on {YESTERDAY} that talks had stalled.", f"The group could meet on {YESTERDAY} if the talks resume."], []),
    ("block quotation", [f"The minister said on {YESTERDAY} that talks had stalled.", f"> On {YESTERDAY} we will meet again."], []),
    ("passive preview", [f"The fire jumped a containment line {YESTERDAY} afternoon.", f"The evacuation orders are due to be reviewed on {YESTERDAY}, when winds ease."], [5]),
    ("dated crosshead anchors its section", [f"The company said on {YESTERDAY} that supplies were restored.", f"{YESTERDAY} 28 July", f"On {YESTERDAY}, the minister will speak to business leaders."], []),
    ("undated crosshead does not anchor", [f"The company said on {YESTERDAY} that supplies were restored.", "Looking ahead", f"On {YESTERDAY}, the minister will speak to business leaders."], [7]),
    ("'the X' is a day fixed by the story", [f"The race was held on the {YESTERDAY} before.", f"On {YESTERDAY}, the winners will be honoured."], []),
    ("anniversary 'years ago on X'", [f"Fifty years ago on {YESTERDAY}, a fire broke out at the pit.", f"On {YESTERDAY}, families will gather at the memorial."], []),
    ("request reaching a later day", [f"The council has asked drivers to avoid the bridge on {YESTERDAY}.", f"On {YESTERDAY}, the bridge will close at 8pm."], []),
    ("request made on the day still fires", [f"The council urged drivers on {YESTERDAY} to avoid the bridge.", f"On {YESTERDAY}, the bridge will close at 8pm."], [5]),
    ("event called off stays quiet", [f"The game on {YESTERDAY} has been postponed.", f"On {YESTERDAY}, the market will not open."], []),
    ("called off on the day still fires", [f"The game was postponed on {YESTERDAY}.", f"On {YESTERDAY}, the market will not open."], [5]),
    ("weekday as an adjective 'a new X service'", [f"Engineers finished the work on {YESTERDAY}.", f"A new {YESTERDAY} service will start in the autumn, and {YESTERDAY} trains will run later."], []),
    ("'on X trains will run' is one day", [f"Engineers finished the work on {YESTERDAY}.", f"On {YESTERDAY} trains will run to a reduced timetable."], [5]),
    ("adjective 'planned' in the past", [f"Surgeons worked through {YESTERDAY} night.", f"The trust had cancelled 14 planned operations on {YESTERDAY} to free beds."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_relative_day_tense(name, paragraphs, expected, rules):
    fmt = "md" if any(p.startswith(">") for p in paragraphs) else "txt"
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    if fmt == "md":
        text = f"---\ntitle: Allies meet\ndate: {PUBLISHED.isoformat()}\n---\n\n" + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, fmt, rules, CHECK) == [(CHECK, n) for n in expected]


def test_no_publication_date_stays_quiet(rules):
    text = f"Allies meet\n\nThe union said on {YESTERDAY} that talks stalled.\n\nOn {YESTERDAY}, the minister will chair a meeting.\n"
    assert findings_of(text, rules=rules, check=CHECK) == []


def test_message_explains_the_arithmetic(rules):
    text = HEAD + f"The union said on {YESTERDAY} that talks stalled.\n\nOn {YESTERDAY}, the minister will open the session to defend the plan.\n"
    (found,) = [f for f in check_text(text, rules=rules) if f.check == CHECK]
    gone = PUBLISHED - dt.timedelta(days=1)
    ahead = gone + dt.timedelta(days=7)
    assert found.message == (
        f"The article is dated {PUBLISHED:%A} {PUBLISHED.day} {PUBLISHED:%B %Y}; \u2018{YESTERDAY}\u2019 is {gone.day} {gone:%B} "
        f"in the past tense at line 3, but this sentence looks ahead to a {YESTERDAY} (\u2018will open\u2019): stale preview, "
        f"or it means {ahead.day} {ahead:%B} and should say \u2018next {YESTERDAY}\u2019."
    )
    assert [r.line for r in found.related] == [3]


def test_yesterday_previews_option(tmp_path):
    from factcheck.config import load_rules

    strict = tmp_path / "strict.yaml"
    strict.write_text("checks:\n  relative-day-tense:\n    yesterday-previews: true\n")
    text = HEAD + f"The committee will meet on {YESTERDAY} to agree its report.\n"
    assert findings_of(text, rules=load_rules([str(strict)]), check=CHECK) == [(CHECK, 3)]


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article(rules):
    found = check_text(SEED.read_text(encoding="utf-8"), rules=rules)
    mine = [(f.check, f.line) for f in found if str(f.category) in ("date", "deadline", "number") and str(f.severity) in ("warning", "error")]
    assert mine == [(CHECK, 47), (CHECK, 55), (CHECK, 66)]


def test_a_past_act_pointing_forward_and_a_day_cut_off_by_a_comma_are_quiet(rules):
    text = (
        "date 2025-06-12 Budget debate to begin\n\n"
        "The session was adjourned till Monday at 2pm after the budget was presented.\n\n"
        "General debate on the budget will begin on Monday.\n\n"
        "Shareholders will be offered one share for every four, at a discount to the closing price on Monday.\n"
    )
    assert findings_of(text, rules=rules, check="relative-day-tense") == []


def test_a_perfect_about_something_else_does_not_date_a_possessive_day(rules):
    text = (
        "date 2025-11-04 New manager for Thistle\n\n"
        "MacLeod will take charge for the first time at Dunmore on Saturday.\n\n"
        "Tickets for Saturday's match have sold out.\n"
    )
    assert findings_of(text, rules=rules, check="relative-day-tense") == []
    # a Saturday plainly in the past still makes the future one a second Saturday
    text = text.replace("Tickets for Saturday's match have sold out.", "The club said on Saturday that he had agreed terms.")
    assert findings_of(text, rules=rules, check="relative-day-tense") == [("relative-day-tense", 3)]


# Cases from the session 17 sets and their misses, firing and quiet.
FROM_SESSION_17_SETS = [
    ('a future verb after a day named by an outcome', 'date 2026-11-15 Bulldogs stay unbeaten\n\n', ['Drake beat Iowa State 81-74 on Saturday night to stay unbeaten.', "Saturday's win is likely to earn them votes in Monday's poll."], []),
    ('a future verb after a day named by an event to come', 'date 2026-11-15 Bulldogs stay unbeaten\n\n', ['Drake beat Iowa State 81-74 on Saturday night to stay unbeaten.', "Saturday's game against Creighton will be shown live."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_17_SETS, ids=[c[0] for c in FROM_SESSION_17_SETS])
def test_cases_from_the_session_17_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == expected


FROM_SESSION_22 = [
    ('a day before ", meaning …" belongs to the predicate before it', 'date 2026-07-10 Driver banned after crash\n\n',
     ['Craig Dalgleish, 51, was sentenced on Thursday.',
      'The 14-month ban runs from Thursday, meaning Dalgleish will not be able to drive again until September 2027.'], []),
    ('a day ahead told in the future tense, after a past one', 'date 2026-07-10 Driver banned after crash\n\n',
     ['Craig Dalgleish, 51, was sentenced on Thursday.',
      'He will surrender his licence on Thursday.'], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_22, ids=[c[0] for c in FROM_SESSION_22])
def test_cases_from_session_22(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == expected


def test_a_weekday_with_its_day_before_another_date_is_no_bare_weekday(rules):
    head = 'date 2026-02-27 Council consults on plan\n\n'
    paragraphs = ["Councillors voted 8-2 on Tuesday to consult on the plan.",
                  "Submitters who wish to speak will be heard on Tuesday 21 and Wednesday 22 April."]
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == []
    paragraphs[1] = "Submitters who wish to speak will be heard on Tuesday."
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == [5]


def test_a_day_joined_to_a_past_day_is_past(rules):
    head = 'date 2026-03-12 Water restored\n\n'
    paragraphs = ["Water was cut off on Wednesday, officials said.",
                  "Schools, which were closed on Tuesday and Wednesday, are expected to reopen tomorrow."]
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == []
    paragraphs[1] = "Schools, which are closed, are expected to reopen on Wednesday."
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == [5]


def test_a_day_after_a_participle_and_its_place_is_the_participles(rules):
    head = 'date 2026-07-15 Fire tops 18,000 acres\n\n'
    paragraphs = ["The fire destroyed 47 homes in Pine Hollow on Monday night.",
                  "Staff would explain how the homes lost in Pine Hollow on Monday night will be cleared of debris."]
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == []
    paragraphs[1] = "Staff would explain how the homes will be cleared of debris on Monday."
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == [5]


def test_a_day_ahead_told_by_its_event_after_a_preposition(rules):
    head = 'date 2026-02-17 Cup-winning captain dies at 84\n\n'
    paragraphs = ["Pritchard died peacefully in hospital on Saturday, surrounded by his family.",
                  "Players will wear black armbands before Saturday's home game against Treharris."]
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == []
    # the day's event as the subject of the future: the day gone, told as if ahead
    paragraphs = ["The jury was sent out on Saturday afternoon and returned its verdicts this morning.",
                  "Saturday's hearing will determine how much of the money can be recovered."]
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == [5]



def test_a_day_after_an_irregular_participle_is_its_own(rules):
    head = 'date 2026-11-12 Cashew auction\n\n'
    paragraphs = ["Buyers at the third auction bought 14,200 tonnes of nuts on Wednesday, officials said.",
                  "The fourth auction will be held on Saturday 21 November, when the 860 tonnes withheld on Wednesday are expected to be offered again."]
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == []


def test_a_day_before_what_is_expected_after_it(rules):
    head = 'date 2026-02-11 Pump maker profit rises\n\n'
    paragraphs = ["Revenue rose after the board met on Tuesday.",
                  "Shares rose 4.6 per cent to close at Rs 842.30 on Wednesday, from Rs 805.25 on Tuesday, ahead of what brokers expect to be a busy results week."]
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == []
    paragraphs[1] = paragraphs[1].replace("ahead of", "in")  # the day inside the expectation's own clause
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == [5]


def test_a_passive_relative_clause_keeps_its_own_day(rules):
    head = 'date 2027-01-18 Flood clean-up\n\n'
    paragraphs = ["At the height of the flooding on Saturday, 31 roads were cut.",
                  "Rural collections that were missed on Saturday will be picked up on Wednesday 20 January instead."]
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == []
    paragraphs[1] = "Rural collections will be picked up on Saturday instead."
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == [5]


def test_two_weekdays_dated_by_a_pair_of_days_are_no_bare_weekdays(rules):
    head = 'date 2026-02-18 Colombo tea sale firmer\n\n'
    paragraphs = ["Sale No. 7, held over two days on Tuesday and Wednesday, offered 6.42 million kg.",
                  "Sale No. 8 is scheduled for Tuesday and Wednesday, 24 and 25 February, with about 6.1 million kg catalogued."]
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == []
    paragraphs[1] = "Sale No. 8 is scheduled for Tuesday, with about 6.1 million kg catalogued."
    assert lines_found(head, paragraphs, 'relative-day-tense', rules) == [5]
