"""A battery of ordinary newsroom phrasings of the periods checks' core claims.

Each phrasing is written twice: WRONG (the period's length, start and end do not fit, or one
period is given two lengths, starts or ends, or ends before it starts; must be reported on the
right line) and RIGHT (must stay quiet). Traps (a period that moved, another period, a quote,
phases, a recurring schedule) must stay quiet. Phrasings the reading cannot yet take safely are
xfail rows with a reason.
"""

from __future__ import annotations

import pytest

from ..conftest import findings_of

DA = "deadline-arithmetic"
DC = "deadline-conflict"
MINE = (DA, DC)

# (name, check, line, paragraphs with {E} for the differing piece, wrong, right[, published])
PAIRS = [
    # 1. a length with both a start and an end, in one sentence or across two
    ("length from-to", DA, 3, ["The ten-week consultation runs from 27 April to {E}."], "5 June", "6 July"),
    ("for N weeks, opening on … and closing on …", DA, 3, ["The consultation will run for eight weeks, opening on 4 May and closing on {E}."], "12 June", "29 June"),
    ("US comment period which began … ends", DA, 3, ["The 30-day comment period, which began Feb. 16, ends {E}."], "March 4", "March 18", "2026-02-20"),
    ("N-month buyback starting … and running until", DA, 3, ["The board approved a six-month buyback starting 5 May and running until {E}."], "29 December", "5 November"),
    ("N days from … — until …", DA, 3, ["The amnesty will last 90 days from October 1 — until {E}."], "December 15", "December 30"),
    ("hours window from 7am to 3pm", DA, 3, ["Polls will be open for a 10-hour window from 7am to {E} on 14 March."], "3pm", "5pm"),
    ("N-week subscription window, d Mon to d Mon", DA, 3, ["The shares will be sold in a three-week subscription window, 24 Nov to {E}."], "8 Dec", "15 Dec", "2026-11-02"),
    ("N weeks from … to …", DA, 3, ["Drivers will strike for five weeks from 12 November to {E}."], "10 December", "17 December", "2026-11-02"),
    ("from … to …, a fortnight", DA, 3, ["From 1 June to {E}, a fortnight, the bridge will be closed to traffic."], "29 June", "15 June"),
    ("lasting N months, begins … and ends …", DA, 3, ["The pilot, lasting 12 months, begins on 1 April 2026 and ends on {E}."], "30 September 2026", "31 March 2027"),
    ("dates in parentheses", DA, 3, ["The consultation (27 April to {E}) will last six weeks."], "29 June", "8 June"),
    ("relative clause holds the length", DA, 3, ["The closure, which will last three weeks, starts on 6 July and ends on {E}."], "14 August", "27 July"),
    ("end in a second sentence", DA, 3, ["A four-week consultation opens on 2 March. It closes on {E}."], "17 April", "30 March"),
    ("end in a second paragraph", DA, 5, ["A four-week consultation on the plans opens on 2 March.", "The consultation closes on {E}."], "17 April", "30 March"),
    ("Indian 1st July", DA, 3, ["The 45-day window will open on 1st July and close on {E}."], "31st July", "15th August"),
    ("US through", DA, 3, ["The 60-day comment period runs Jan. 5 through {E}."], "Feb. 5", "March 6", "2026-01-02"),
    ("length in words after the dates", DA, 3, ["Voting on the strike opens on 3 March and closes on {E}, a period of twenty-one days."], "31 March", "24 March"),
    ("dash range", DA, 3, ["The exhibition runs for six weeks, 3 July–{E}."], "28 August", "14 August"),
    ("N nights from … to …", DA, 3, ["The bridge will be closed for 12 nights from 2 March to {E}."], "16 March", "14 March"),
    ("opens … and stays open for N days, closing on …", DA, 3, ["The window opens on 1 June and stays open for 30 days, closing on {E}."], "15 July", "1 July"),
    ("from … until … — a six-week window", DA, 3, ["Applications can be made from 1 June until {E} — a six-week window."], "31 July", "13 July"),
    ("hours across two days", DA, 3, ["The 24-hour strike will run from 6am on 10 March to 6am on {E}."], "12 March", "11 March"),
    ("years", DA, 3, ["The two-year contract runs from 1 April 2026 to {E}."], "31 March 2029", "31 March 2028"),
    ("a fortnight, began … expires …", DA, 3, ["The ceasefire, lasting a fortnight, began on 2 March and expires on {E}."], "30 March", "16 March"),
    ("Australian open for N weeks, from … until …", DA, 3, ["Consultation is open for four weeks, from Monday 2 March until {E}."], "Friday 24 April", "Monday 30 March"),
    ("between … and …", DA, 3, ["The 10-day ban applies between 1 June and {E}."], "20 June", "10 June"),
    ("ISO dates", DA, 3, ["The eight-week consultation runs from 2026-05-04 to {E}."], "2026-07-31", "2026-06-29"),
    ("US month-first with weekday and year", DA, 3, ["The 90-day moratorium took effect Monday, March 2, 2026, and expires {E}."], "Monday, July 27, 2026", "Sunday, May 31, 2026"),
    ("which opened on …, will run for N weeks until …", DA, 3, ["The consultation, which opened on 2 March, will run for eight weeks until {E}."], "15 May", "27 April"),
    ("opening participle range", DA, 3, ["Running from 2 March to {E}, the 12-week consultation asks about parking."], "8 June", "25 May"),
    ("dashes around a bare range", DA, 3, ["The six-week window \u2013 2 March to {E} \u2013 is too short, campaigners say."], "27 April", "13 April"),
    ("range in commas, length after", DA, 3, ["The strike, from 2 March until {E}, will last 10 days."], "20 March", "12 March"),
    ("starting …, will last N days and end on …", DA, 3, ["Starting 2 March, the ban will last 30 days and end on {E}."], "15 April", "1 April"),
    ("ends on …, N days after it began on …", DA, 3, ["The ban ends on {E}, 30 days after it began on 2 March."], "15 April", "1 April"),
    ("range in parentheses after the length", DA, 3, ["Anglers face a 30-day ban (2 March\u2013{E}) on the river."], "15 April", "1 April"),
    ("US hyphen range", DA, 3, ["The 45-day comment period, March 2-{E}, drew 300 comments."], "April 30", "April 16"),
    # 2. a length counted from an event, with an end
    ("within N days of sentencing on … by …", DA, 3, ["He must appeal within 28 days of sentencing on 13 March, by {E}."], "24 April", "10 April"),
    ("sentenced on …; has N days to appeal, until …", DA, 5, ["He was sentenced on 13 March.", "He has 28 days to lodge an appeal, until {E}."], "24 April", "10 April"),
    ("refunds for N days, until …, from publication", DA, 3, ["Customers can claim refunds for 60 days, until {E}."], "April 15", "March 16", "2026-01-15"),
    ("within N days of the decision on …, by …", DA, 3, ["Appeals must be lodged within 28 days of the decision on 13 March, by {E}."], "24 April", "10 April"),
    ("dashes around the end", DA, 3, ["Within 21 days of the notice dated 2 March — by {E} — objections must be lodged."], "10 April", "23 March"),
    ("N weeks from receiving …", DA, 3, ["The council has eight weeks from receiving the application on 2 March to decide, by {E}."], "15 May", "27 April"),
    ("parenthesised start", DA, 3, ["The firm has 30 days from the date of the order (2 March) to pay, by {E}."], "15 April", "1 April"),
    ("following the ruling on …, N days to appeal", DA, 3, ["Following the ruling on 2 March, the club has 14 days to appeal, until {E}."], "30 March", "16 March"),
    ("N days after the announcement", DA, 3, ["Shareholders have 10 days after the announcement on 2 March to accept, until {E}."], "30 March", "12 March"),
    ("the deadline, N days after …, is …", DA, 3, ["The deadline, 90 days after the law took effect on 1 January, is {E}."], "1 May", "1 April", "2026-01-05"),
    ("within two months of the notice served on …", DA, 3, ["Tenants must leave within two months of the notice served on 2 March, that is by {E}."], "2 June", "2 May"),
    ("gave the firm N days from a date", DA, 3, ["The regulator gave the firm 45 days from 2 March to respond, until {E}."], "30 May", "16 April"),
    ("US dashes, ruling issued Monday", DA, 3, ["Under the ruling, issued Monday, March 2, the agency has 60 days — until {E} — to issue new rules."], "June 30", "May 1"),
    ("ruling in one paragraph, count in the next", DA, 5, ["The tribunal ruled against the firm on 2 March.", "The firm has 21 days from the ruling to appeal, until {E}."], "10 April", "23 March"),
    ("within N weeks of the notice published on …", DA, 3, ["Objections must be made within six weeks of the notice published on 2 March, by {E}."], "27 April", "13 April"),
    ("N days from the verdict on … — until …", DA, 3, ["Defendants have 14 days from the verdict on 2 March to appeal \u2014 until {E}."], "30 March", "16 March"),
    ("N days from a date, i.e. until …, to do", DA, 3, ["The law gives the council 90 days from 1 January, i.e. until {E}, to publish its plan."], "1 May", "1 April", "2026-01-05"),
    ("within a fortnight of the decision on … – by … –", DA, 3, ["Within a fortnight of the decision on 2 March \u2013 by {E} \u2013 the club must respond."], "30 March", "16 March"),
    ("Indian given N days from 2nd March, that is till …", DA, 3, ["The party has been given 15 days from 2nd March, that is till {E}, to reply."], "31st March", "17th March"),
    ("notice served on …, giving N months, until …", DA, 3, ["A notice to quit was served on 2 March, giving tenants two months to leave, until {E}."], "2 June", "2 May"),
    ("told on … it had N days", DA, 3, ["The firm was told on 2 March that it had 30 days to pay, until {E}."], "15 April", "1 April"),
    ("pushed it back with no new day: the dates given are the new ones", DA, 7, ["The two-week strike starts on 2 March.", "Talks were held in February, and the union pushed it back to allow more of them.", "The strike ends on {E}."], "27 March", "16 March"),
    # 3. one period given two lengths, two ends or two starts
    ("two lengths: runs for six weeks … the eight-week consultation", DC, 5, ["The consultation runs for six weeks.", "During the {E} consultation, officers will hold drop-in sessions."], "eight-week", "six-week"),
    ("two ends: will end on … which finishes on", DC, 5, ["The strike will end on 20 March.", "The strike, which finishes on {E}, has closed schools."], "27 March", "20 March"),
    ("two ends US: closes … which ends", DC, 5, ["The public comment period closes April 6.", "The comment period, which ends {E}, has drawn 2,000 comments."], "April 13", "April 6"),
    ("two starts: starts on … when it begins on", DC, 5, ["The amnesty starts on 1 June.", "When the amnesty begins on {E}, bins will be placed at police stations."], "8 June", "1 June"),
    ("two lengths: 28-day … the 14-day ultimatum", DC, 5, ["The union issued a 28-day ultimatum.", "Managers said they would answer within the {E} ultimatum."], "14-day", "28-day"),
    ("two starts: comes into force … when the ban takes effect", DC, 5, ["The ban comes into force on 1 July.", "From {E}, when the ban takes effect, fines will double."], "8 July", "1 July"),
    ("two lengths: 45-day … the 60-day consultation", DC, 5, ["A {E} consultation on the bypass opened on Monday.", "Residents can respond during the 60-day consultation, officials said."], "45-day", "60-day"),
    ("two lengths in words", DC, 5, ["The ban will last for three months.", "Anglers who break the {E} ban face fines."], "six-month", "three-month"),
    ("two lengths: bids close N weeks after … the four-week window", DC, 5, ["Bids close {E} after the tender opens.", "Firms have complained about the four-week window for bids."], "six weeks", "four weeks"),
    ("two ends: consultation closes … which ends on", DC, 5, ["The consultation on the bypass closes on 5 June.", "The consultation, which ends on {E}, has drawn 400 responses."], "12 June", "5 June"),
    ("two ends: deadline … must be in by", DC, 5, ["The deadline for applications is 5 June.", "Applications must be in by {E}, the council said."], "12 June", "5 June"),
    ("two ends: first closing date", DC, 5, ["The offer's first closing date is 12 December.", "Shareholders have until the first closing date, {E}, to accept."], "19 December", "12 December"),
    ("two starts: strike start", DC, 5, ["The strike will start on 9 March.", "Picket lines will form when the strike begins on {E}."], "10 March", "9 March"),
    ("two ends US", DC, 5, ["The comment period ends March 30.", "Comments are due by {E}, when the comment period closes."], "April 6", "March 30"),
    ("two lengths: 12-week … running for 10 weeks", DC, 5, ["A 12-week consultation on the plans began this week.", "The consultation, running for {E}, asks about parking."], "10 weeks", "12 weeks"),
    ("two lengths: two-week window … three-week window", DC, 5, ["Customers have a two-week window to return the heaters.", "During the {E} window, stores will take back any unit."], "three-week", "two-week"),
    # 4. an end before its start
    ("ceasefire began … expired earlier", DC, 3, ["The ceasefire began on 10 March and expired on {E}."], "3 March", "24 March"),
    ("window opens … closes earlier", DC, 3, ["The window opens on 5 May and closes on {E}."], "1 May", "5 June"),
    ("closure runs from … to earlier", DC, 3, ["The closure runs from 9 March to {E}."], "2 March", "23 March"),
    ("strike start, end earlier, two paragraphs", DC, 5, ["The strike will start on 20 March.", "The strike ends on {E}."], "13 March", "27 March"),
    ("opens on … and closes on … earlier", DC, 3, ["The consultation opens on 9 April and closes on {E}."], "2 April", "30 April"),
    ("from … to … earlier", DC, 3, ["The strike runs from 14 March to {E}."], "10 March", "20 March"),
    ("applications open …; close earlier", DC, 5, ["Applications open on 1 June.", "Applications close on {E}."], "20 May", "20 June"),
    ("US opens … closes earlier", DC, 3, ["The comment period opens March 16 and closes {E}."], "March 2", "April 16"),
]

# phrasings the reading does not take yet (name -> reason); filled from the battery's run
XFAIL: dict[str, str] = {
    "ends on …, N days after it began on …": "a length counted 'after it began' is not read as the period's own length",
    "US hyphen range": "'March 2-April 30' is not read as two dates",
    "hours window from 7am to 3pm": "a window timed by the clock alone on one day: lengths under 24 hours are not read",
    "sentenced on …; has N days to appeal, until …": "a grant with no 'from' is not counted from an event in the sentence before",
    "refunds for N days, until …, from publication": "no period noun, and a count from the publication day is a guess",
    "the deadline, N days after …, is …": "a count 'after' an event inside an apposition to the deadline is not read",
    "two ends: deadline … must be in by": "'must be in by' in a sentence naming no period is no clear end (made one, 'Payment … must be made by' beside a deadline for applications fired too)",
    "two lengths: bids close N weeks after … the four-week window": "'bids close six weeks after the tender opens' is read as no length",
    "two ends: first closing date": "'the first closing date' is read as one of several closing dates",
    "applications open …; close earlier": "'applications' is no period noun (making it one is risky: planning applications)",
}
# traps that still fire (name -> reason)
TRAP_XFAIL: dict[str, str] = {
    "a second consultation on another subject": "the consultation brought in by 'agreed to consult on leisure charges' is read as the library one",
}

# traps: (name, paragraphs[, published]) that must stay quiet
TRAPS = [
    ("extended", ["The consultation was due to close on 5 June.", "It has been extended and will now close on 12 June."]),
    ("brought forward", ["The strike was due to start on 10 March.", "The union has brought it forward, and the strike will now begin on 9 March."]),
    ("new deadline", ["The original deadline for applications was 5 June.", "The new deadline for applications is 12 June."]),
    ("a second consultation on another subject", ["The library consultation closes on 5 June.", "The council also agreed to consult on leisure charges. That consultation will run for 12 weeks, from 27 April to 20 July."]),
    ("two periods for two things", ["A six-week consultation on the bus lanes opened on 1 June.", "A separate eight-week consultation on parking closes on 31 August."]),
    ("phases", ["The first phase of the closure runs for six weeks, from 1 June to 13 July.", "The second phase runs until 31 August."]),
    ("recurring schedule", ["The market is open for four hours every Saturday, from 8am to noon, between 6 June and 29 August."]),
    ("a rate: days a week", ["She worked three days a week at the clinic from 2 March to 16 March."]),
    ("nightclubs are no nights", ["Police checked 12 nightclubs from 2 March to 16 March."]),
    ("a quote", ["\u201cIt is a ten-week consultation from 27 April to 5 June, which makes no sense,\u201d said one resident."]),
    ("last year's period", ["This year's consultation runs for six weeks, from 1 June to 13 July.", "Last year's consultation ran for eight weeks."]),
    ("approximately", ["The closure will last about three weeks, from 6 July to 31 July."]),
    ("a length of something else", ["Forty years after the pier opened, a festival runs from 3 July to 5 July."]),
    ("a grant beside another day's event, joined by 'and'", ["The strike on 2 March closed the port, and the firm now has 30 days to pay its fine, until 15 April."]),
    ("a range in a sentence naming no period", ["The six-week consultation opens on 1 June and closes on 13 July.", "Drop-in sessions will be held 1 July to 3 July at the library."]),
    ("an earlier year's range", ["The six-week consultation opens on 1 June and closes on 13 July.", "The 2019 consultation ran 1 May to 30 May."]),
    ("a clear end of another errand", ["The deadline for applications is 5 June.", "Payment for the stalls must be made by 12 June, the council said."]),
    ("a clear end beside a strike", ["The strike will end on 5 June.", "Nominations for the union's committee must be received by 12 June."]),
    ("an appeal to a later step", ["He was sentenced on 13 March.", "The court will then have 28 days to hear any appeal, which must be lodged by 27 March."]),
]


def _pair_rows():
    rows = []
    for name, check, line, paragraphs, wrong, right, *published in PAIRS:
        pub = published[0] if published else "2026-03-02"
        for which, fill, expected in (("wrong", wrong, [(check, line)]), ("right", right, [])):
            text = f"date {pub} Periods battery\n\n" + "\n\n".join(p.replace("{E}", fill) for p in paragraphs) + "\n"
            marks = [pytest.mark.xfail(reason=XFAIL[name], strict=True)] if which == "wrong" and name in XFAIL else []
            rows.append(pytest.param(text, expected, id=f"{name} [{which}]", marks=marks))
    for name, paragraphs, *published in TRAPS:
        pub = published[0] if published else "2026-03-02"
        text = f"date {pub} Periods battery\n\n" + "\n\n".join(paragraphs) + "\n"
        marks = [pytest.mark.xfail(reason=TRAP_XFAIL[name], strict=True)] if name in TRAP_XFAIL else []
        rows.append(pytest.param(text, [], id=f"trap: {name}", marks=marks))
    return rows


@pytest.mark.parametrize("text,expected", _pair_rows())
def test_periods_battery(text, expected, rules):
    found = [f for f in findings_of(text, rules=rules) if f[0] in MINE]
    assert found == expected
