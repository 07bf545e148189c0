"""A phrasing battery for the date checks: each core claim written in many ordinary newsroom ways.

Every row is a one-claim mini-article: a WRONG version that must fire on the line given and a
RIGHT version (or a trap: a revision, another event, another time, a quote) that must stay quiet.
Weekdays are computed with datetime, never by hand. Rows the reading cannot yet carry without a
risky rule are xfail with the reason.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import findings_of


def head(published: str) -> str:
    return f"date {published} Council news\n\n"


def wd(iso: str, shift: int = 0) -> str:
    """The weekday of a date, or of a date `shift` days away (a wrong weekday)."""
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=shift)).strftime("%A")


def xf(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


# (check, name, publication date, paragraphs from line 3, expected lines[, marks])
EVENT = "event-date-conflict"
STALE = "stale-preview"
WEEKDAY = "weekday-mismatch"

ROWS = [
    # --- one event, two dates ---
    (EVENT, "hearing on D / the D' hearing", "2026-10-20", ["The hearing on 9 October was adjourned after two hours.", "Lawyers for the residents spoke at the October 16 hearing."], [5]),
    (EVENT, "hearing on D / the D hearing", "2026-10-20", ["The hearing on 9 October was adjourned after two hours.", "Lawyers for the residents spoke at the October 9 hearing."], []),
    (EVENT, "US abbreviations, meeting", "2026-09-25", ["The board met Sept. 9 to consider the bid.", "At its September 16 meeting, the board also approved the budget."], [5]),
    (EVENT, "US abbreviations, meeting, same day", "2026-09-25", ["The board met Sept. 9 to consider the bid.", "At its September 9 meeting, the board also approved the budget."], []),
    (EVENT, "weekday resolved against publication / dated meeting", "2026-03-11", ["The council met on Thursday to set the budget.", "At the 9 March meeting, councillors also agreed to freeze parking charges."], [5]),
    (EVENT, "weekday resolved, same day", "2026-03-11", ["The council met on Thursday to set the budget.", "At the 5 March meeting, councillors also agreed to freeze parking charges."], []),
    (EVENT, "died on weekday date / died on date", "2026-07-30", [f"He died on {wd('2026-07-27')} 27 July at his home in Perth.", "His family said he died on 28 July after a short illness."], [5]),
    (EVENT, "died twice, same day", "2026-07-30", [f"He died on {wd('2026-07-27')} 27 July at his home in Perth.", "His family said he died on 27 July after a short illness."], []),
    (EVENT, "permission granted / the decision of", "2026-10-20", ["Planning permission was granted on 14 October.", "Objectors plan to challenge the decision of 4 October in the High Court."], [5]),
    (EVENT, "permission granted / the decision of, same day", "2026-10-20", ["Planning permission was granted on 14 October.", "Objectors plan to challenge the decision of 14 October in the High Court."], []),
    (EVENT, "verdicts on weekday date / verdicts on date", "2026-02-25", [f"The jury returned the verdicts on {wd('2026-02-19')} 19 February.", "Since the verdicts on 17 February, the family has called for an inquiry."], [5]),
    (EVENT, "verdicts, same day", "2026-02-25", [f"The jury returned the verdicts on {wd('2026-02-19')} 19 February.", "Since the verdicts on 19 February, the family has called for an inquiry."], []),
    (EVENT, "briefing on D / the D' briefing", "2026-02-25", ["At the briefing on 12 February, the minister defended the plan.", "Reporters at the 21 February briefing asked about the costs."], [5]),
    (EVENT, "briefing, same day", "2026-02-25", ["At the briefing on 12 February, the minister defended the plan.", "Reporters at the 12 February briefing asked about the costs."], []),
    (EVENT, "one-off honour by year", "2026-03-11", ["She was elected a fellow of the Royal Society in 1987.", "Her election to the Royal Society in 1989 made her the first woman from the department to be honoured."], [5]),
    (EVENT, "born on D / born D' (obituary)", "2026-03-11", ["She was born in Leeds on 3 May 1941, the youngest of four.", "Born on 5 May 1941, she left school at 15."], [5]),
    (EVENT, "born, same day", "2026-03-11", ["She was born in Leeds on 3 May 1941, the youngest of four.", "Born on 3 May 1941, she left school at 15."], []),
    (EVENT, "married on D / their D' wedding", "2026-07-01", ["The couple married on 14 June in a small ceremony.", "Guests at their 21 June wedding included the mayor."], [5]),
    (EVENT, "bridge opened on D / since its opening on D'", "2026-03-11", ["The bridge opened to traffic on 2 March.", "Since its opening on 4 March, 40,000 vehicles have crossed it."], [5]),
    (EVENT, "opened, same day", "2026-03-11", ["The bridge opened to traffic on 2 March.", "Since its opening on 2 March, 40,000 vehicles have crossed it."], []),
    (EVENT, "launched on D / the D' launch", "2026-03-11", ["The satellite was launched on 2 March from French Guiana.", "The March 4 launch was the agency's first this year."], [5]),
    (EVENT, "launched, same day", "2026-03-11", ["The satellite was launched on 2 March from French Guiana.", "The March 2 launch was the agency's first this year."], []),
    (EVENT, "sentenced on D / at his sentencing on D'", "2026-03-11", ["He was sentenced on 2 March to six years.", "At his sentencing on 4 March, the judge called the fraud cynical."], [5]),
    (EVENT, "sentenced, same day", "2026-03-11", ["He was sentenced on 2 March to six years.", "At his sentencing on 2 March, the judge called the fraud cynical."], []),
    (EVENT, "voted on D / the D' vote", "2026-03-11", ["MPs voted on 2 March to approve the bill.", "The 4 March vote was the closest this session."], [5]),
    (EVENT, "voted, same day", "2026-03-11", ["MPs voted on 2 March to approve the bill.", "The 2 March vote was the closest this session."], []),
    (EVENT, "Indian style: court on D granted / the D' order", "2026-03-11", ["The high court on March 2 granted bail to the accused.", "In its March 4 order, the court said the accused must surrender his passport."], [5], xf("an order noun read as the grant it records needs a verb-noun family")),
    (EVENT, "relative clause: hearing, which took place on D", "2026-03-11", ["The hearing, which took place on 2 March, lasted three hours.", "Residents who spoke at the hearing on 4 March opposed the mast."], [5]),
    (EVENT, "relative clause, same day", "2026-03-11", ["The hearing, which took place on 2 March, lasted three hours.", "Residents who spoke at the hearing on 2 March opposed the mast."], []),
    (EVENT, "dashes: the vote - held on D -", "2026-03-11", ["The vote \u2014 held on 2 March \u2014 was carried by a wide margin.", "Opponents of the plan lost the vote on 4 March narrowly."], [5]),
    (EVENT, "parentheses: the meeting (on D)", "2026-03-11", ["The meeting (on 2 March) ended without agreement.", "Union leaders walked out of the 4 March meeting after an hour."], [5]),
    (EVENT, "parentheses, same day", "2026-03-11", ["The meeting (on 2 March) ended without agreement.", "Union leaders walked out of the 2 March meeting after an hour."], []),
    (EVENT, "ordinal day, 2nd March / March 4th", "2026-03-11", ["The inquest was held on 2nd March at the coroner's court.", "At the inquest on March 4th, the coroner heard the crash report."], [5]),
    (EVENT, "weekday and date both sides", "2026-03-11", [f"The ballot closed on {wd('2026-03-02')}, March 2.", f"The result of the ballot, which closed on {wd('2026-03-04')} 4 March, was 87 per cent in favour."], [5]),
    (EVENT, "Australian: handed down on D / the D' decision", "2026-03-11", ["The Fair Work Commission handed down its decision on 2 March.", "Unions welcomed the 4 March decision."], [5]),
    # quiet twins
    (EVENT, "first and appeal hearings", "2026-03-11", ["The first hearing was on 2 March.", "The appeal hearing on 9 March was adjourned."], []),
    (EVENT, "postponed to another date", "2026-03-11", ["The vote was due on 2 March.", "It was postponed and the vote on 9 March was carried."], []),
    (EVENT, "moved meeting", "2026-03-11", ["The meeting set for 2 March was moved to 9 March.", "The 9 March meeting approved the plan."], []),
    (EVENT, "recurring: weekly briefings", "2026-03-11", ["The minister holds a briefing every week.", "At the briefing on 2 March she defended the plan, and at the 9 March briefing she announced a review."], []),
    (EVENT, "anniversary", "2026-03-11", ["The bridge opened on 2 March 1996.", "Crowds gathered on 4 March to mark its 30th anniversary."], []),
    (EVENT, "different subjects died", "2026-03-11", ["The driver died on 2 March.", "His passenger died in hospital on 4 March."], []),
    (EVENT, "a quote with another date", "2026-03-11", ["The hearing on 2 March was adjourned.", "\u201cWe will be ready by 9 March,\u201d said the council's lawyer."], []),
    (EVENT, "a range", "2026-03-11", ["The hearing ran from 2 March to 6 March.", "On the last day of the hearing, 6 March, the panel retired."], []),
    # --- a preview left in after the event ---
    ("relative-day-tense", "selectors will name / named on Saturday", "2026-03-08", ["Selectors named the 15-man squad on Saturday, with three uncapped players.", "The selectors will name the squad on Saturday after a final trial."], [5]),
    ("relative-day-tense", "selectors named / will name the captain next week (another thing)", "2026-03-08", ["Selectors named the 15-man squad on Saturday, with three uncapped players.", "The selectors will name the captain next week."], []),
    (STALE, "House will vote on Feb. 11 / voted Feb. 11", "2026-02-13", ["The House voted 220-210 on Feb. 11 to pass the bill.", "The House will vote on Feb. 11 on the measure, leaders said."], [5]),
    (STALE, "dated day before publication, will meet", "2026-03-06", ["The council will meet on 2 March to decide the budget."], [3]),
    (STALE, "dated day ahead, will meet", "2026-03-06", ["The council will meet on 12 March to decide the budget."], []),
    (STALE, "is due to, day gone", "2026-03-06", ["The inquiry is due to report on 3 March."], [3]),
    (STALE, "is set to, day gone", "2026-03-06", ["The minister is set to announce the plan on Wednesday 4 March."], [3]),
    (STALE, "is expected to, day gone", "2026-03-06", ["The jury is expected to return its verdict on 2 March."], [3]),
    (STALE, "will be held on, day gone", "2026-03-06", ["The funeral will be held on 3 March at St Mary's church."], [3]),
    (STALE, "will take place on, day gone, US", "2026-03-06", ["The hearing will take place on Mar. 3 in Springfield."], [3]),
    (STALE, "is scheduled for, day gone", "2026-03-06", ["The launch is scheduled for 2 March from Sriharikota."], [3]),
    (STALE, "shall / is to, day gone", "2026-03-06", ["The ward is to reopen on 2 March after a deep clean."], [3]),
    (STALE, "Indian: will be tabled on", "2026-03-06", ["The bill will be tabled in the assembly on March 3."], [3]),
    (STALE, "done yesterday / will reopen on Thursday", "2026-03-06", ["The bridge reopened to traffic yesterday.", "The bridge will reopen on Thursday, the council said."], [5]),
    (STALE, "done on weekday / will on same weekday", "2026-03-06", ["The statue was unveiled on Wednesday.", "The statue will be unveiled on 4 March by the mayor."], [5]),
    (STALE, "done / will with date (second sentence)", "2026-03-06", ["The board approved the takeover on 2 March. Shareholders welcomed it.", "The board will approve the takeover on 2 March, sources said."], [5]),
    (STALE, "reported plan: said on Monday it will", "2026-03-06", ["The council said on 2 March it will publish its plan."], []),
    (STALE, "was due to (past)", "2026-03-06", ["The inquiry was due to report on 3 March."], []),
    (STALE, "a quote", "2026-03-06", ["\u201cWe will meet on 2 March,\u201d she said."], []),
    (STALE, "another year", "2026-03-06", ["The council will meet on 2 March 2027."], []),
    (STALE, "will ... again", "2026-03-06", ["The committee met on 2 March.", "The committee will meet again on 12 March."], []),
    # --- a weekday that does not fit its date ---
    (WEEKDAY, "Monday, Sept. 23", "2026-09-20", [f"The trial begins {wd('2026-09-23', 5)}, Sept. 23, in Albany."], [3]),
    (WEEKDAY, "Monday, Sept. 23 right", "2026-09-20", [f"The trial begins {wd('2026-09-23')}, Sept. 23, in Albany."], []),
    (WEEKDAY, "Sunday, June 13", "2026-06-10", [f"The market opens on {wd('2026-06-13', 1)}, June 13."], [3]),
    (WEEKDAY, "Sunday, June 13 right", "2026-06-10", [f"The market opens on {wd('2026-06-13')}, June 13."], []),
    (WEEKDAY, "Thursday 21 January", "2026-01-18", [f"Crews strike on {wd('2026-01-21', 1)} 21 January."], [3]),
    (WEEKDAY, "Thursday 21 January right", "2026-01-18", [f"Crews strike on {wd('2026-01-21')} 21 January."], []),
    (WEEKDAY, "Thursday, 21st January", "2026-01-18", [f"Crews strike on {wd('2026-01-21', 1)}, 21st January."], [3]),
    (WEEKDAY, "abbreviated: Thu 21 Jan", "2026-01-18", [f"Last entry: {wd('2026-01-21', 1)[:3]} 21 Jan."], [3]),
    (WEEKDAY, "abbreviated right: Wed 21 Jan", "2026-01-18", [f"Last entry: {wd('2026-01-21')[:3]} 21 Jan."], []),
    (WEEKDAY, "US abbreviated: Thurs., Jan. 21", "2026-01-18", [f"The vote is set for {wd('2026-01-21', 1)[:3]}rs., Jan. 21." if wd('2026-01-21', 1) == "Thursday" else "x"], [3]),
    (WEEKDAY, "weekday (date) in brackets", "2026-01-18", [f"The clinic reopens on {wd('2026-01-21', 1)} (21 January)."], [3]),
    (WEEKDAY, "date (weekday) in brackets", "2026-01-18", [f"The clinic reopens on 21 January ({wd('2026-01-21', 1)})."], [3]),
    (WEEKDAY, "date (weekday) in brackets right", "2026-01-18", [f"The clinic reopens on 21 January ({wd('2026-01-21')})."], []),
    (WEEKDAY, "Indian: January 21, Thursday", "2026-01-18", [f"The hearing is listed for January 21, {wd('2026-01-21', 1)}."], [3]),
    (WEEKDAY, "Indian right: January 21, Wednesday", "2026-01-18", [f"The hearing is listed for January 21, {wd('2026-01-21')}."], []),
    (WEEKDAY, "full US with year", "2026-01-18", [f"Polls close {wd('2026-01-21', 1)}, January 21, 2026, at 8 p.m."], [3]),
    (WEEKDAY, "the 21st of January", "2026-01-18", [f"The fair runs on {wd('2026-01-21', 1)} the 21st of January."], [3]),
    (WEEKDAY, "the 21st of January right", "2026-01-18", [f"The fair runs on {wd('2026-01-21')} the 21st of January."], []),
    (WEEKDAY, "weekday night, date", "2026-01-18", [f"Storms are forecast for {wd('2026-01-21', 1)} night, 21 January."], [3]),
    (WEEKDAY, "until weekday date", "2026-01-18", [f"The road is closed until {wd('2026-01-21', 1)} 21 January."], [3]),
    (WEEKDAY, "by weekday date", "2026-01-18", [f"Entries must arrive by {wd('2026-01-21', 1)}, January 21."], [3]),
    (WEEKDAY, "weekday and date with a time between", "2026-01-18", [f"Doors open at 7pm on {wd('2026-01-21', 1)} 21 January."], [3]),
    (WEEKDAY, "dash style: weekday - date", "2026-01-18", [f"Next match: {wd('2026-01-21', 1)} \u2013 21 January, home."], [3]),
    (WEEKDAY, "dash style: weekday - date right", "2026-01-18", [f"Next match: {wd('2026-01-21')} \u2013 21 January, home."], []),
    (WEEKDAY, "weekday set off by em dashes", "2026-01-18", [f"The vote was held on {wd('2026-01-21', 1)} \u2014 21 January \u2014 in the chamber."], [3]),
    (WEEKDAY, "day-month numeric", "2026-01-18", [f"The office closes {wd('2026-01-21', 1)} 21/1."], [3]),  # a weekday makes a yearless day and month a date
    (WEEKDAY, "two weekdays with two dates", "2026-01-18", [f"Trains are cancelled on {wd('2026-01-21')} 21 January and {wd('2026-01-22', 1)} 22 January."], [3]),
    (WEEKDAY, "another year written", "2026-01-18", [f"The last strike was on {wd('2019-01-21')} 21 January 2019."], []),
    # traps for the readings added with this battery
    (EVENT, "two things opened to traffic", "2026-03-11", ["The road opened to traffic on 2 March.", "The bridge opened to traffic on 4 March."], []),
    (EVENT, "a campaign launched is no launch", "2026-03-11", ["The campaign was launched on 2 March.", "The March 4 launch of the report drew a crowd."], []),
    (EVENT, "a ship launched, dated twice", "2026-03-11", ["The ship was launched on 2 March at Govan.", "Thousands watched the 4 March launch from the riverbank."], [5]),
    (EVENT, "daily briefings", "2026-03-11", ["At the daily briefing on 2 March, the minister defended the plan.", "At the daily briefing on 9 March, she announced a review."], []),
    (EVENT, "verdicts on two people", "2026-03-11", ["The verdict on Smith was returned on 2 March.", "The verdict on Jones came on 4 March."], []),
    (EVENT, "a meeting every month", "2026-03-11", ["The board holds a meeting every month.", "At the meeting on 2 March it approved the budget; at the 9 March meeting it set fees."], []),
    (EVENT, "a moved date in an aside", "2026-03-11", ["The hearing on 2 March was short.", "The hearing, which had been scheduled for 4 March, was brought forward to 2 March."], []),
    (EVENT, "a moved date in an aside, the change after it", "2026-03-11", ["The hearing on 2 March was short.", "The hearing, which was scheduled for 4 March, was brought forward."], []),
    (STALE, "was to (past plan)", "2026-03-06", ["The ward was to reopen on 2 March after a deep clean."], []),
    (STALE, "is to, day ahead", "2026-03-06", ["The ward is to reopen on 12 March after a deep clean."], []),
    (STALE, "are likely to, day gone", "2026-03-06", ["MPs are likely to vote on the bill on Wednesday 4 March."], [3]),
    (WEEKDAY, "weekday night, date right", "2026-01-18", [f"Storms are forecast for {wd('2026-01-21')} night, 21 January."], []),
    (WEEKDAY, "date, then two weekdays", "2026-01-18", [f"Trains run from 21 January, {wd('2026-01-21', 1)} and {wd('2026-01-21', 2)} excepted."], []),
    (WEEKDAY, "date, then a weekday's meeting", "2026-01-18", [f"The deadline is 21 January, {wd('2026-01-21', 1)}'s meeting heard."], []),
    # more wordings of each claim
    (EVENT, "took place on / mourners at the funeral on", "2026-03-11", ["The funeral took place on 2 March at St Giles.", "Mourners at the funeral on 4 March included two former ministers."], [5]),
    (EVENT, "was held on weekday / the dated referendum", "2026-03-11", ["The referendum was held on Thursday.", "Turnout in the 6 March referendum was 61 per cent."], [5]),
    (EVENT, "died, aged N, on D / died on D'", "2026-03-11", ["She died, aged 84, on 1 March.", "Her son said she died on 3 March surrounded by family."], [5]),
    (EVENT, "US obituary: died Feb. 28 / died March 2", "2026-03-11", ["Smith, 84, died Feb. 28 at his home in Tulsa.", "He died March 2 after a long illness, his daughter said."], [5]),
    (EVENT, "fronted date: On D, the council met / the D' meeting", "2026-03-11", ["On 2 March the council met to set the budget.", "At the 4 March meeting, councillors also froze parking charges."], [5]),
    (EVENT, "fronted date, same day", "2026-03-11", ["On 2 March the council met to set the budget.", "At the 2 March meeting, councillors also froze parking charges."], []),
    (EVENT, "fronted weekday: On Thursday, MPs voted / the dated vote", "2026-03-11", ["On Thursday, MPs voted 310 to 290 for the bill.", "The 6 March vote was the closest this session."], [5]),
    (EVENT, "fronted date, a meeting with someone", "2026-03-11", ["On 2 March the minister met union leaders.", "At the 4 March meeting, councillors froze parking charges."], []),
    (EVENT, "fronted date, two people died", "2026-03-11", ["On 2 March the driver died in hospital.", "His passenger died on 4 March."], []),
    (EVENT, "the election was on D / the D' election", "2026-05-20", ["The election was on 7 May.", "Turnout at the May 9 election was the lowest since 2001."], [5]),
    (EVENT, "future: MPs will vote on D / the D' vote", "2026-05-01", ["MPs will vote on 12 May on the bill.", "Whips are confident ahead of the 14 May vote."], [5]),
    (EVENT, "future and past: MPs voted on D (a vote held) / will vote on D' (the next)", "2026-05-01", ["MPs voted on 28 April to send the bill to committee.", "They will vote on 12 May on the final text."], []),
    (EVENT, "a committee that voted and will vote again: no 'committee will' vote", "2026-05-01", ["The committee voted on Tuesday to send the bill to the floor.", "The committee will vote on 12 May on the amendments."], []),
    (EVENT, "the summit, on D, / the D' summit", "2026-03-11", ["The summit, on 2 March, ended without a deal.", "Leaders left the 4 March summit early."], [5]),
    (EVENT, "the vote, taken on D / the vote on D'", "2026-03-11", ["The vote, taken on 2 March, was close.", "The vote on 4 March split the party."], [5]),
    (EVENT, "the summit, on D, same day", "2026-03-11", ["The summit, on 2 March, ended without a deal.", "Leaders left the 2 March summit early."], []),
    (STALE, "polls will close on weekday date gone", "2026-03-06", [f"Polls will close at 10pm on {wd('2026-03-05')} 5 March."], [3]),
    (STALE, "the result is expected on", "2026-03-06", ["The result is expected on 3 March."], [3]),
    (STALE, "MPs will debate on weekday date", "2026-03-06", [f"MPs will debate the bill on {wd('2026-03-03')} 3 March."], [3]),
    (STALE, "plans to announce on", "2026-03-06", ["The firm plans to announce its results on 2 March."], [3]),
    (STALE, "a decision is due on, US", "2026-03-06", ["A decision is due on Mar. 2, officials said."], [3]),
    (STALE, "will hand down its ruling on 2nd March", "2026-03-06", ["The court will hand down its ruling on 2nd March."], [3]),
    (STALE, "is scheduled to meet on March 3", "2026-03-06", ["The council is scheduled to meet on March 3."], [3]),
    (STALE, "will be sworn in on", "2026-03-06", ["The new mayor will be sworn in on 3 March."], [3]),
    (STALE, "US, no preposition: is expected to vote Feb. 11", "2026-02-13", ["The House is expected to vote Feb. 11 on the measure."], [3]),
    (STALE, "will be sworn in on a day ahead", "2026-03-06", ["The new mayor will be sworn in on 13 March."], []),
    (WEEKDAY, "date, a weekday", "2026-01-18", [f"The vote is on 21 January, a {wd('2026-01-21', 1)}, in the main hall."], [3]),
    (WEEKDAY, "date, a weekday, right", "2026-01-18", [f"The vote is on 21 January, a {wd('2026-01-21')}, in the main hall."], []),
    (WEEKDAY, "US, no comma: Thursday January 21", "2026-01-18", [f"The vote is {wd('2026-01-21', 1)} January 21."], [3]),
    (WEEKDAY, "weekday, date, year", "2026-01-18", [f"The vote is on {wd('2026-01-21', 1)}, 21 Jan 2026."], [3]),
    (WEEKDAY, "weekday (Jan 21)", "2026-01-18", [f"The vote is on {wd('2026-01-21', 1)} (Jan 21)."], [3]),
    (WEEKDAY, "a span, the second day wrong", "2026-01-18", [f"The festival runs from {wd('2026-01-21')} 21 January to {wd('2026-01-24', 1)} 24 January."], [3]),
    (WEEKDAY, "capitals", "2026-01-18", [f"CLOSING DATE: {wd('2026-01-21', 1).upper()} 21 JANUARY"], [3], xf("a date in capitals is not read as a date")),
    (WEEKDAY, "a quote is reported too", "2026-01-18", [f"\u201cWe strike on {wd('2026-01-21', 1)} 21 January,\u201d she said."], [3]),
]


def _param(row):
    check, name, published, paragraphs, lines, *marks = row
    return pytest.param(check, published, paragraphs, lines, id=f"{check}: {name}", marks=marks)


@pytest.mark.parametrize(("check", "published", "paragraphs", "lines"), [_param(r) for r in ROWS])
def test_battery(check, published, paragraphs, lines, rules):
    text = head(published) + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check=check) == [(check, n) for n in lines]
