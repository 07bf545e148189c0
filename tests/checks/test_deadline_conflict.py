"""deadline-conflict: one deadline, two lengths or dates; a limit before its start."""

from __future__ import annotations

import pytest

from ..conftest import findings_of, lines_found

CHECK = "deadline-conflict"
HEAD = "date 2026-03-05 Auditor warns council\n\n"

CASES = [
    # "The contract, for a period of three years": the contract's period, not another "period" given a second length
    ("a contract's period and a period to appeal", ["The contract, for a period of three years, was awarded in June to Siyakhula Services.", "The judge set the award aside on Tuesday.", "The municipality will decide within the 15-day period allowed whether to seek leave to appeal."], []),
    # a length after "Once the consultation closes," is a later step's, not the consultation's
    ("a later step's length", ["The six-week consultation opened on Monday 12 January.", "Once the consultation closes, inspectors will have three weeks to prepare a report."], []),
    ("the same period's second length", ["The six-week consultation opened on Monday 12 January.", "The three-week consultation will be followed by a report."], [5]),
    ("two lengths", ["The auditor has given the council a 60-day deadline to rebuild reserves.", "Officers said the plan would be ready well within the 90-day deadline."], [5]),
    ("same length twice", ["The auditor has set a 45-day deadline for the trust.", "Governors backed the 45-day deadline."], []),
    ("extended", ["The auditor had given the council a 60-day deadline.", "It has since extended the 90-day deadline it set in January."], []),
    ("new deadline", ["The council missed a 30-day deadline in January.", "It now faces the 60-day deadline the auditor set last week."], []),
    ("deadlines for different things", ["Bidders face a 30-day deadline for bids.", "Residents have the 60-day deadline for objections."], []),
    ("later mention does not refer back", ["The auditor set a 60-day deadline.", "Ministers set a 90-day deadline of their own."], []),
    ("a window that shuts on another day", ["The winter window opened on Thursday 1 January and closes at 11pm on Monday 2 February.", "He expected two new faces by the time the window shuts on Sunday 1 February."], [5]),
    ("a window that shuts on the same day", ["The winter window opened on Thursday 1 January and closes at 11pm on Monday 2 February.", "He expected two new faces by the time the window shuts on Monday 2 February."], []),
    ("a strike told by its verb, then begun on another day", ["About 410 drivers walked off the job at 12:01 a.m. on Monday, March 2, after talks broke down.", "Service has been suspended since the walkout began March 3."], [5]),
    ("a lockout beside the strike is not the strike", ["About 1,900 workers walked off the job at 8 a.m. Friday.", "The employers said they would lock out foremen who are not part of the strike, from noon Saturday, March 7."], []),
    ("responses to the one consultation, due later", ["The council's statutory consultation opens today and runs for ten weeks until Friday 20 March.", "A similar proposal in 2019 was withdrawn after the consultation was extended by three weeks.", "Education Scotland will then have three weeks to prepare a report on the proposal for the council.", "Responses must reach the council by 27 March."], [9]),
    ("responses to the one consultation, due the day it closes", ["The council's statutory consultation opens today and runs for ten weeks until Friday 20 March.", "Responses must reach the council by 20 March."], []),
    ("responses beside two consultations", ["The bus consultation runs until Friday 20 March.", "The rail consultation runs until Friday 13 March.", "Responses must reach the council by 27 March."], []),
    ("a consultation extended this year", ["The consultation runs for ten weeks until Friday 20 March.", "It was extended by a week in January.", "Responses must reach the council by 27 March."], []),
    # submissions in a sentence about another dated period are that period's ("on display … submissions until 13 April")
    ("submissions beside a display", ["The consultation on the draft plan runs from Thursday 12 March to Thursday 23 April.",
                                      "Draft local area plan: submissions from Thursday 12 March to Thursday 23 April.",
                                      "Greenway: on display 2 March to 30 March; submissions until 13 April."], []),
    ("submissions on the plan given another end", ["The consultation on the draft plan runs from Thursday 12 March to Thursday 23 April.",
                                                   "Greenway: on display 2 March to 30 March.",
                                                   "Draft local area plan: submissions until 16 April."], [7]),
    # a reopening told by its verb in a sentence naming the one ban ends the ban
    ("a reopening before the suspension starts", ["The suspension will begin on Monday 19 October.", "The club is expected to reopen its doors on Monday 12 October, once the suspension has been served."], [5]),
    ("a reopening after the suspension", ["The suspension will begin on Monday 19 October.", "The club is expected to reopen its doors on Monday 26 October, once the suspension has been served."], []),
    # "open for submissions on": the day the named period starts
    ("a window that opens for submissions after it closes", ["The bank said the portal would open for submissions on 14 July.", "Operators that miss the closing date of 30 June will have to wait for the next round."], [5]),
    ("a window that opens for submissions before it closes", ["The bank said the portal would open for submissions on 14 June.", "Operators that miss the closing date of 30 June will have to wait for the next round."], []),
    # a period named by its month takes no day of another month
    ("a deadline named by its month, a day of another errand", ["Students have until 6pm on Wednesday 14 January to apply.", "Universities must decide on all applications received by the January deadline by 14 May."], []),
    ("a deadline named by its month, another day of that month", ["The January deadline is Wednesday 14 January, the service said.", "Applications received by the January deadline of 21 January will be considered equally."], [5]),
    # a day counted from the period's end is a later step's
    ("a later step counted from the close", ["The 28-day consultation runs from Feb 11 to March 10.", "Feedback from the consultation will be published within three months of its close, by June 10."], []),
    ("another end of the consultation", ["The 28-day consultation runs from Feb 11 to March 10.", "Feedback on the consultation must be in by March 17."], [5]),
    # a bare "period" in a fact box's brackets may be any period; "the period" points back at one
    ("a bare period in a fact box", ["The council advertised the plan on Wednesday 6 May, opening a 21-day period for comments.", "- Neighbour letters issued: Friday 8 May (14-day period to 22 May)"], []),
    ("the period pointing back", ["The council advertised the plan on Wednesday 6 May, opening a 21-day period for comments.", "Residents said the 14-day period was too short."], [5]),
    # "after that" counts from what "that" points back to, not from the date written after it
    ("a further two weeks after that", ["Plans for the greenway will be on display for four weeks, until Monday 30 March, and submissions on that scheme will be accepted for a further two weeks after that, up to Monday 13 April."], []),
    ("two dates", ["The deadline of 1 May was set by the auditor.", "Officers are confident of meeting the 3 May deadline."], [5]),
    ("limit before its start", ["The firm must reply within 30 days of the notice of 10 March 2026, by 1 March 2026."], [3]),
    ("quoted", ["The auditor set a 60-day deadline.", "\u201cWe will beat the 90-day deadline,\u201d she said."], []),
    ("weeks and days that agree", ["Governors have a six-week deadline to respond.", "The parish council will reply well within the 42-day deadline."], []),
    ("weeks and days that differ", ["Governors have a six-week deadline to respond.", "The parish council will reply well within the 28-day deadline."], [5]),
    ("a move denied", ["The judge warned that he would not extend the 24 March deadline.", "Lawyers will respond before the deadline of 27 March set by the court."], [5]),
    ("both sides, one deadline", ["The judge gave both sides until 24 March, and set the 24 March deadline in writing.", "Lawyers will respond before the deadline of 27 March."], [5]),
    ("both deadlines", ["Both deadlines were set in writing: the 24 March deadline for the defence.", "Lawyers will respond before the deadline of 27 March."], []),
    ("new qualifying another noun", ["Ministers gave laggards a 60-day deadline to set out plans to reach the new target.", "The US envoy said the 90-day deadline was a first step."], [5]),
    ("new qualifying the deadline", ["Ministers gave laggards a 60-day deadline.", "After talks they agreed a new, 90-day deadline, and the 90-day deadline now stands."], []),
    ("deadline originally shorter", ["Ministers set a 60-day deadline.", "The deadline, originally 30 days, was agreed after talks; the 30-day deadline was dropped."], []),
    ("a move refused, then made", ["The judge refused to extend the 24 March deadline.", "On appeal, the deadline was extended; lawyers now work to the deadline of 27 March."], []),
    # any period, its facts gathered across the article
    ("one consultation, two ends", ["Higher parking charges are subject to a public consultation.", "The consultation on the parking proposals opened on 2 March and closes on 3 April.", "Residents have until 10 April to give their views on the parking charges."], [7]),
    ("a window of someone else's", ["Ofwat has opened a 12-week consultation after the company missed its targets.", "The company has 28 days from the date of the notice to respond."], []),
    ("a length that times an act", ["A committee has been given 90 days to submit its report.", "The helpline will stay open through the consultation, and the report will be published within a week of receiving it."], []),
    ("one consultation, two lengths", ["Denholm has begun a 45-day consultation on job cuts.", "The union said it would use the 30-day consultation to press for changes."], [5]),
    ("opens after it closes", ["The consultation opens on 9 April and closes on 2 April."], [3]),
    ("a closure told by its verbs", ["The Harlan Avenue crossing will be closed to cars starting 13 April.", "The crossing is scheduled to reopen 6 April."], [5]),
    ("a second consultation", ["The consultation closes on 3 April.", "A second consultation, on permits, closes on 10 September."], []),
    ("another group's deadline", ["The public consultation runs for 21 days from 9 April, so comments must reach the council by 30 April.", "Statutory consultees have until 7 May to respond."], []),
    ("a quote", ["The consultation closes on 3 April.", "\u201cThe consultation closes on 10 April,\u201d she said."], []),
    ("a range", ["The strike will run between 2 and 6 April.", "The strike will end on 6 April."], []),
    ("this year's and last year's", ["The consultation closes on 3 April.", "Last year the consultation closed on 3 April 2025 after eight weeks."], []),
    ("signed, then running from", ["The contract, signed on 2 March, runs from 1 April to 31 March 2029."], []),
    ("announced, then in force from", ["The council announced on 3 March a ban on barbecues in its parks, which will apply from 1 April."], []),
    ("agreed, then taking effect", ["The ceasefire was agreed on 8 March and takes effect on 10 March."], []),
    # issue 12, fresh-periods-2
    ("two lengths, a call to extend is no move", ["The firm has 28 days from the date of the notice to refer the matter to the tribunal.", "A consumer group called on the regulator to extend the window to 60 days.", "Should the firm let the 21-day window for a tribunal reference pass, the decision becomes final."], [7]),
    ("two lengths, a real move", ["The firm has 28 days from the date of the notice to refer the matter to the tribunal.", "The regulator has extended the window.", "Should the firm let the 21-day window for a tribunal reference pass, the decision becomes final."], []),
    # issue 12, fresh-periods-5: two terms of one thing, and a period named only as a reference point
    ("a licence renewed, then extended, by a sentence opening It", ["The station's current licence was due to expire on 31 August 2025.", "It was renewed until 28 February 2026, and the regulator has since extended it again, to 31 August 2026."], []),
    ("a licence given two ends, no move", ["The station's current licence was due to expire on 31 August 2025.", "It runs until 28 February 2026, the regulator said."], [5]),
    ("questions until a day before tenders close", ["Tenders opened on Wednesday 19 August and close at 4pm on Friday 11 September.", "Bidders may ask questions until 4pm on Friday 4 September, one week before tenders close."], []),
    ("the tenders' own end, given twice", ["Tenders opened on Wednesday 19 August and close at 4pm on Friday 11 September.", "Bidders may submit tenders until 4pm on Friday 4 September."], [5]),
    ("one strike, two lengths", ["Bus drivers will go on strike this month.", "Members would walk out for a fortnight from Monday 14 September.", "The union said the strike would last 10 days."], [7]),
    ("an earlier year's strike has its own length", ["Bus drivers will go on strike this month.", "Members would walk out for a fortnight from Monday 14 September.", "Drivers last went on strike in 2023, in a dispute that lasted 10 days."], []),
    ("a walkout beside another union's strike", ["Drivers will walk out for five days from Monday 5 October.", "If engineers vote for action, the earliest GMB strike could begin on Monday 26 October."], []),
    ("a term that ends, then the closure it overlaps", ["The bridge would be closed to all vehicles from Monday 6 July to Friday 14 August.", "The summer term ends on Wednesday 22 July, meaning the first weeks of the closure would fall during term time."], []),
    ("an end that opens the sentence, then its period", ["The bridge would be closed to all vehicles from Monday 6 July to Friday 14 August.", "Until Friday 21 August the closure stays in place."], [5]),
    ("an earlier closure told by 'That' after a sentence dated 2024", ["The bridge would be closed to all vehicles from Monday 6 July to Monday 17 August.", "The council has proposed a six-week closure.", "A similar consultation in 2024 was extended by two weeks. That closure went ahead and lasted 31 days."], []),
    ("the same closure's second length, told by 'That'", ["The bridge would be closed to all vehicles from Monday 6 July to Monday 17 August.", "The council has proposed a six-week closure.", "That closure would last 31 days."], [7]),
    # issue 12, fresh-periods-6: moves told with "but was", other things moved, other years, windows that reopen
    ("a start moved, told with 'but was pushed back'", ["The operator opened the consultation on Monday 11 May.", "The consultation had originally been due to start on Monday 27 April but was pushed back a fortnight."], []),
    ("a start given twice, no move", ["The operator opened the consultation on Monday 11 May.", "The consultation was due to start on Monday 27 April, the operator said."], [5]),
    ("an application to extend a quarry moves no period", ["The department placed the application to extend its quarry on exhibition, opening a consultation.", "The consultation opened on Monday 9 February.", "The consultation opens on Monday 16 February, the notice says."], [7]),
    ("last year's consultation has its own length", ["The consultation opened on Monday 11 May and runs for 12 weeks.", "Passengers who responded to last year's consultation, which ran for eight weeks, will be contacted."], []),
    ("a window that reopens is no closure", ["The January window will reopen on Friday 1 January 2027 and run until Monday 1 February."], []),
    # session 7, fresh-periods-7: a plan that "had been due to" run, or was "put back", has moved
    ("a closure put back: the old dates had been due", ["A six-week closure of the harbour road has been put back by four weeks.", "The closure had been due to run from 16 March to 26 April. It will now last six weeks from 13 April."], []),
    ("a closure given two starts, no move", ["A six-week closure of the harbour road was confirmed on Monday.", "The closure will run from 16 March to 26 April. It will last six weeks from 13 April."], [5]),
    # an end in a sentence naming no period, sharing its topic with the paragraph that brought the period in
    ("an amnesty that ends before it begins", ["The four-week amnesty begins on Monday 1 June. During that time anyone can hand in knives without facing prosecution.", "Islanders have until 5pm on Friday 29 May to hand in knives without facing prosecution."], [5]),
    ("an end about something else", ["The four-week amnesty begins on Monday 1 June. During that time anyone can hand in knives without facing prosecution.", "Islanders have until 5pm on Friday 29 May to register for the by-election."], []),
    # "As well as the strike, …": an aside owns none of the clause's dates
    ("a strike given two ends, an overtime ban beside it", ["The 48-hour strike runs until 23:59 on Friday 6 March.", "As well as the strike, members are refusing overtime for two weeks from Monday 9 March, until Sunday 22 March.", "The walkout ends at 23:59 on Saturday 7 March."], [7]),
    ("a strike given one end, an overtime ban beside it", ["The 48-hour strike runs until 23:59 on Friday 6 March.", "As well as the strike, members are refusing overtime for two weeks from Monday 9 March, until Sunday 22 March.", "The walkout ends at 23:59 on Friday 6 March."], []),
    # a counted task and the time to finish it, given twice
    ("unpaid work given two times to be completed in", ["The bench ordered her to carry out 150 hours of unpaid work, to be completed within 12 months.", "She must complete the 150 hours within 18 months."], [5]),
    ("unpaid work given one time twice", ["The bench ordered her to carry out 150 hours of unpaid work, to be completed within 12 months.", "She must complete the 150 hours within 12 months."], []),
    ("unpaid work whose time was extended", ["The bench ordered her to carry out 150 hours of unpaid work, to be completed within 12 months.", "The court later extended the time, and she must now complete the 150 hours within 18 months."], []),
    ("submissions close before they open", ["Interested parties can lodge submissions from Monday 20 April.", "Submissions close at 5pm on Friday 17 April, the regulator said."], [5]),
    # a period named only as a time ("before the fire danger period") is not what a later move word moves; its subject is
    ("a period given two starts beside a suspension of permits", ["The fire danger period began on 1 December and is expected to run until 30 April.", "Permits issued before the fire danger period are no longer valid, and any permit in force is automatically suspended on a total fire ban day.", "The service said the fire danger period had been declared from 15 December this season."], [7]),
    ("a period moved just after a time reference", ["The fire danger period began on 1 December and is expected to run until 30 April.", "Burning stopped before the fire danger period was brought forward by a fortnight.", "The service said the fire danger period had been declared from 15 December this season."], []),
    ("shares trading again after an offer closes", ["The takeover offer closes on Friday 29 May, the company said.", "Trading in the shares will resume on Monday 1 June."], []),
    # a rights issue's acceptance list is a period: it cannot open after it closes
    ("an acceptance list opening after it closes", ["According to the rights circular, the acceptance list will close on Friday, October 16th.", "When the acceptance list opens on 19th October, shareholders will be able to accept through their stockbrokers."], [5]),
    ("an acceptance list opening before it closes", ["According to the rights circular, the acceptance list will close on Friday, October 16th.", "When the acceptance list opens on 28th September, shareholders will be able to accept through their stockbrokers."], []),
    # lengths granted to different subjects in sentences naming no period are different periods
    ("two grantees, two lengths", ["Residents have lodged objections before the public consultation period closes.", "It was published by the Planning Authority on 2 March, and members of the public have 30 days to submit representations, until 1 April.", "The Environment and Resources Authority has 21 days from the date it was consulted to submit its own comments."], []),
    ("one grantee, two lengths", ["Residents have lodged objections before the public consultation period closes.", "It was published by the Planning Authority on 2 March, and members of the public have 30 days to submit representations, until 1 April.", "Members of the public have 21 days to submit representations on the design."], [7]),
    # session 8: whatever runs for a time is a period, whatever it is called
    ("a display given two lengths", ["The museum will show the tapestry in an eight-week display in the main hall.", "The display runs for 12 weeks from Saturday 4 April to Saturday 27 June."], [5]),
    ("a display given one length twice", ["The museum will show the tapestry in a 12-week display in the main hall.", "The display runs for 12 weeks from Saturday 4 April to Saturday 27 June."], []),
    # session 9: what a verb bans ("banned from using hosepipes") is no second ban beside "the temporary use ban";
    # "will come into force" starts a period like "comes into force"
    ("a ban told by its verb and by its noun, two starts", ["Customers will be banned from using hosepipes under a temporary use ban.", "The ban will come into force at 00:01 on Friday 13 March.", "Customers have until the ban takes effect on Monday 16 March to fill paddling pools."], [7]),
    ("a ban told by its verb and by its noun, one start", ["Customers will be banned from using hosepipes under a temporary use ban.", "The ban will come into force at 00:01 on Friday 13 March.", "Customers have until the ban takes effect on Friday 13 March to fill paddling pools."], []),
    ("bans of two things told by their verbs", ["He was banned from driving, and that ban will come into force on Friday 13 March.", "He was also banned from keeping animals, and that ban takes effect on Monday 16 March."], []),
    # one period under three nouns: "the public comment period" dated, "the 45-day window", "the 60-day consultation" (link_periods)
    ("a comment period, its window and its consultation given two lengths", ["The public comment period opens Wednesday, Nov. 5, and closes Dec. 19, the department said.", "Industry groups said the 45-day window was reasonable.", "Comments can be sent by mail over the 60-day consultation."], [7]),
    ("a comment period, its window and its consultation given one length", ["The public comment period opens Wednesday, Nov. 5, and closes Dec. 19, the department said.", "Industry groups said the 45-day window was reasonable.", "Comments can be sent by mail over the 45-day consultation."], []),
    ("a consultation brought in with 'a' beside the comment period", ["The public comment period opens Wednesday, Nov. 5, and closes Dec. 19, the department said.", "Industry groups said the 45-day window was reasonable.", "A 60-day consultation on the grid follows."], []),
    # a clear end in a sentence naming no period, on the errand of the article's one granted length
    ("a grant and a clear end on its errand, another day", ["Customers have 60 days from the announcement on 14 January, until 15 March, to return affected kettles for a full refund.", "The kettles were made by a contract manufacturer in Guangdong.", "Homewise says refund claims will be accepted until 15 April."], [7]),
    ("a grant and a clear end on its errand, the same day", ["Customers have 60 days from the announcement on 14 January, until 15 March, to return affected kettles for a full refund.", "Homewise says refund claims will be accepted until 15 March."], []),
    ("a grant and a clear end on another errand", ["Customers have 60 days from the announcement on 14 January, until 15 March, to return affected kettles for a full refund.", "Homewise says job applications will be accepted until 15 April."], []),
    ("two grants and a clear end", ["Customers have 60 days from the announcement on 14 January, until 15 March, to return affected kettles for a full refund.", "Shops have 30 days from the announcement on 14 January, until 13 February, to send back refund stock.", "Homewise says refund claims will be accepted until 15 April."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_deadline_conflict(name, paragraphs, expected, rules):
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


def test_limit_before_start_is_not_also_an_arithmetic_error(rules):
    text = HEAD + "The firm must reply within 30 days of the notice of 10 March 2026, by 1 March 2026.\n"
    assert findings_of(text, rules=rules) == [(CHECK, 3)]


@pytest.mark.parametrize("second_heading,expected", [("", [(CHECK, 10)]), ("## Shoplifting\n\n", [])])
def test_a_crosshead_starts_another_case(second_heading, expected, rules):
    text = (
        "---\ntitle: Court round-up\ndate: 2026-03-05\n---\n\n## Benefit fraud\n\n"
        "The bench ordered her to carry out 150 hours of unpaid work, to be completed within 12 months.\n\n"
        f"{second_heading}He must complete the 150 hours within 18 months.\n"
    )
    assert findings_of(text, fmt="md", rules=rules, check=CHECK) == expected


# issue 12: periods read from copy written for the evaluation sets of session 13 (periods-13, periods-14, mixed-28): each with its own publication date
FROM_SESSION_13_SETS = [
    ('a length sought, not given', 'date 2026-03-05 Auditor warns council\n\n', ['The bar agreed to a 14-day suspension of its licence.', 'The suspension begins Monday, March 16, and the bar may serve alcohol again from Monday, March 30.', 'The regulator had originally sought a 30-day suspension.'], []),
    ('a length sought, and a second length given', 'date 2026-03-05 Auditor warns council\n\n', ['The bar agreed to a 14-day suspension of its licence.', 'The regulator had originally sought a 30-day suspension.', 'The bar will stay open during the three-week suspension, serving food.'], [7]),
    ("an earlier year's closure with days and no year", 'date 2026-03-05 Auditor warns council\n\n', ['The trawling closure will be in force for eight weeks from Wednesday 1 April.', 'The bank was last closed in 2024, but that closure lasted six weeks, from 6 May to 17 June.'], []),
    ("a season's opening is not the closure's", 'date 2026-03-05 Auditor warns council\n\n', ['The closure will be in force from Wednesday 1 April to Tuesday 30 June.', 'The closure will not affect the lampuki season, which opens on 15 August as usual.'], []),
    ('a closure that takes effect on another day', 'date 2026-03-05 Auditor warns council\n\n', ['The closure will be in force from Wednesday 1 April to Tuesday 30 June.', 'Skippers will fish further south until the closure takes effect on 15 April.'], [5]),
    ('submissions closing in a fact box, twice', 'date 2026-03-05 Auditor warns council\n\n', ['The council has opened a consultation on cutting water takes.', 'Submissions close at 5pm on Friday 27 March.', 'Submissions close: 5pm, Friday 10 April'], [7]),
    ('an amnesty with no plan to extend it', 'date 2026-03-05 Auditor warns council\n\n', ['The assembly has declared a six-month amnesty on penalties, running from 1 April.', 'He said the amnesty would expire on 30 September, with no plan to extend it.', 'During the 120-day amnesty, payment points will open in every district.'], [7]),
    ('an order closing a road, ending before it starts', 'date 2026-03-05 Auditor warns council\n\n', ['A temporary order closing the A4862 will come into force at 7am on Monday 23 March.', 'Under the order, the closure will end on Friday 13 March.'], [5]),
    ('a pause called a moratorium, two ends', 'date 2026-01-14 Regulator pauses approvals\n\n', ['The regulator announced a three-month pause on new applications.', 'The pause takes effect on 1 February 2026 and will remain in force until 30 April 2026.', 'The moratorium lapses on 31 July, the regulator said.'], [7]),
    ("the window's deadline, another day", 'date 2025-11-26 Admissions open\n\n', ['Parents can submit application forms to schools from November 28. The registration window will close on December 19, and schools must upload the marks by January 9.', 'Schools will not accept application forms after the December 29 deadline, officials said.'], [5]),
    ("the window's deadline, the same day, and another errand's", 'date 2025-11-26 Admissions open\n\n', ['Parents can submit application forms to schools from November 28. The registration window will close on December 19, and schools must upload the marks by January 9.', 'Schools will not accept application forms after the December 19 deadline, officials said.'], []),
    ('a suspension, then flights resume the next day', 'date 2025-09-04 Airline suspends route\n\n', ['The suspension covers the winter season, from 26 October to 28 March, and the airline said it planned to resume flights from Sunday 29 March 2026.'], []),
    ('a strike in two spells', 'date 2026-02-24 Strike begins\n\n', ['The strike runs today, tomorrow and Thursday (24 to 26 February), then for five days from Monday 2 March to Friday 6 March.'], []),
    ('a licence lost for two weeks is no length of the licence', 'date 2026-01-22 Bar loses licence\n\n', ['The bar will lose its liquor licence for two weeks next month.', 'The licence conditions apply for 12 months beginning March 1.'], []),
    ('counted submissions are not a period', 'date 2026-01-15 Inquiry opens\n\n', ['The public submission process will open on Monday 2 February.', 'The closing date is 5pm on Monday 16 March.', 'Some 61 technical submissions had been received by the engineering module.', 'He said the eight-week window had been set to give residents time.'], []),
    ("a ballot's close is not the strike's end", 'date 2026-06-10 Airport strike\n\n', ['About 210 security officers walked out at 4am today for three days.', 'Members voted for strikes in a ballot that closed on Thursday 28 May.'], []),
    ('a closure extended to a wider area, then given a second start', 'date 2026-03-20 Fishing closure\n\nFishermen compensated as spring closure is extended to the whole of the bank\n\nBy Helen Ackroyd\n\n', ['The closure will be in force from Wednesday 1 April to Tuesday 30 June.', 'Skippers will fish further south until the closure takes effect on 15 April.'], [9]),
    ('a window closing on a weekday written with a participle', 'date 2026-01-30 Deadline day nears\n\n', ['The club signed the winger after two earlier bids were turned down, with the window closing on Monday night.', 'The window opened on 1 January and shuts at 11pm on Monday 2 February.'], []),
    ("a length told apart is not the plain period's", 'date 2026-08-06 Agency proposes rule\n\n', ['Written comments on the rule are due Oct. 3.', 'Separately, that notice carries its own 30-day comment period, ending Sept. 3.', 'The agency said the 45-day comment period is the only chance to shape the rule.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_13_SETS, ids=[c[0] for c in FROM_SESSION_13_SETS])
def test_cases_from_the_session_13_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, "deadline-conflict", rules) == expected


# Cases from the session-14 reading of earlier held-out sets: each mechanism firing and quiet
FROM_SESSION_14_SETS = [
    ('a cut-off for what the period is for, another day', 'date 2026-03-11 Storm hits coast\n\n', ['The objection period opens on Monday 23 March and closes on Friday 24 April.', '## Deadlines to remember', 'Residents who miss the 1 May cut-off for objections will have to wait for the next roll.'], [7]),
    ('a cut-off for another errand', 'date 2026-03-11 Storm hits coast\n\n', ['The objection period opens on Monday 23 March and closes on Friday 24 April.', 'Residents who miss the 1 May cut-off for rebate applications will have to wait.'], []),
    ('a range written backwards, of one of several closures', 'date 2025-08-20 Water shutdown planned\n\n', ['Partial closures of Voortrekker Road will be in place from Monday 1 September to Friday 29 August, the municipality said.'], [3]),
    ('a range moved from one day to an earlier one', 'date 2025-08-20 Water shutdown planned\n\n', ['The fair was brought forward from Monday 1 September to Friday 29 August.'], []),
    ('a range over the new year', 'date 2025-08-20 Water shutdown planned\n\n', ['Works run from 20 December to 5 January.'], []),
    ("a start put back, then the period's own start", 'date 2025-02-20 Plan\n\n', ['Members voted to publish the plan for a six-week public consultation running from Monday 3 March to Monday 14 April.', 'The consultation had originally been due to open on Monday 27 January, but the start was put back by five weeks.'], []),
    ('a range a year long, a day back', 'date 2025-08-20 Water shutdown planned\n\n', ['Licences run for a year from 30 September to 29 September.'], []),
    ('a notice period of 120 days written backwards', 'date 2026-04-08 Garment unit to close\n\n', ['The unit will shut at the end of a 120-day notice period that runs from 5 April to 3 March.'], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_14_SETS, ids=[c[0] for c in FROM_SESSION_14_SETS])
def test_cases_from_the_session_14_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


# Cases from the session 15 sets and their misses, firing and quiet.
FROM_SESSION_15_SETS = [
    ('two ends more than half a year apart, each with the same year written', 'date 2025-11-04 Freight firm approves buyback\n\n', ['The company said the authorization runs through Dec. 31, 2027.', 'Analysts welcomed the plan.', 'The authorization expires June 30, 2027, the finance chief said.'], [7]),
    ('this year and last year, half a year apart', 'date 2025-11-04 Freight firm approves buyback\n\n', ['The consultation closes on 30 December.', 'Residents welcomed the plan.', 'A similar consultation closed on 2 February.'], []),
    ('an errand end before the window named for it, another end', 'date 2026-04-02 Port tender opens\n\n', ['Bids must be uploaded by 3 pm on April 28, the port trust said.', 'Eleven firms have bought tender documents.', 'The bid submission window, which closes on May 5, will not be extended, officials said.'], [7]),
    ('a last date for an errand, then the window of that errand with another end', 'date 2026-04-02 Port tender opens\n\n', ['The last date for submission of bids is March 20, the port trust said.', 'Eleven firms have bought tender documents.', 'Officials said the bidding window, which closes on March 27, would not be extended.'], [7]),
    ('the same end for the errand and its window', 'date 2026-04-02 Port tender opens\n\n', ['Bids must be uploaded by 3 pm on May 5, the port trust said.', 'Eleven firms have bought tender documents.', 'The bid submission window, which closes on May 5, will not be extended, officials said.'], []),
    ("another errand's day beside a window", 'date 2026-04-02 Port tender opens\n\n', ['Queries must reach the engineer by April 20, the port trust said.', 'Eleven firms have bought tender documents.', 'The bid submission window, which closes on May 5, will not be extended, officials said.'], []),
    ('a start at dawn, then another start day', 'date 2026-02-05 Matatu strike enters fourth day\n\n', ['The stoppage, called by the owners and backed by two crew unions, began at dawn on Monday, February 2.', 'Traders said they had walked for hours since the strike began on Tuesday.'], [5]),
    ('a start at dawn, then the same day by its weekday', 'date 2026-02-05 Matatu strike enters fourth day\n\n', ['The stoppage, called by the owners and backed by two crew unions, began at dawn on Monday, February 2.', 'Traders said they had walked for hours since the strike began on Monday.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_15_SETS, ids=[c[0] for c in FROM_SESSION_15_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


# Cases from the session 16 sets and their misses, firing and quiet.
FROM_SESSION_16_SETS = [
    ('"It closes on" said of the period of the sentence before, with another period named later in the sentence', 'date 2025-03-20 Islanders reject ferry timetable\n\n', ['The operator opened a public consultation on the draft on Monday 24 February. It closes on Friday 11 April, and the company has said it will publish a final timetable in May.', 'Islanders have been urged to respond before the consultation closes on Friday 25 April.'], [5]),
    ('"It closes on" with the same end later stays quiet', 'date 2025-03-20 Islanders reject ferry timetable\n\n', ['The operator opened a public consultation on the draft on Monday 24 February. It closes on Friday 11 April, and the company has said it will publish a final timetable in May.', 'Islanders have been urged to respond before the consultation closes on Friday 11 April.'], []),
    ('a driving disqualification given a second length', 'date 2025-10-22 Driver jailed for crash that injured cyclist\n\n', ['A man who crashed into a cyclist has been jailed for a year and banned from driving for five years.', 'The judge said the three-year disqualification would begin on the day of sentence.'], [5]),
    ('a driving disqualification with the length of the ban', 'date 2025-10-22 Driver jailed for crash that injured cyclist\n\n', ['A man who crashed into a cyclist has been jailed for a year and banned from driving for five years.', 'The judge said the five-year disqualification would begin on the day of sentence.'], []),
    ("an end for residents to comment, in a sentence naming no period, against the consultation's close", 'date 2026-01-22 Town council backs 120 homes\n\n', ['Ceredigion County Council opened its public consultation on Monday 19 January. It runs for six weeks and closes on Monday 2 March.', "The group's chair said residents, who have until Friday 13 February to comment, had not been given enough time."], [5]),
    ('an end for statutory consultees to respond is a window of their own', 'date 2026-01-22 Town council backs 120 homes\n\n', ['Ceredigion County Council opened its public consultation on Monday 19 January. It runs for six weeks and closes on Monday 2 March.', 'Statutory consultees, including the highways authority, have until Friday 13 March to respond.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_16_SETS, ids=[c[0] for c in FROM_SESSION_16_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


# Cases from the session 17 sets and their misses, firing and quiet.
FROM_SESSION_17_SETS = [
    ('a length given to a person in a clause of its own is no length of the period', 'date 2026-11-12 Transit strike drags on\n\n', ['Workers accepted a pay rise under a two-year wage agreement signed on Wednesday.', 'The agreement must now be lodged with the Labour Commissioner, who has 30 days to register it.'], []),
    ('a length the period itself runs for still conflicts', 'date 2026-11-12 Transit strike drags on\n\n', ['Workers accepted a pay rise under a two-year wage agreement signed on Wednesday.', 'The agreement will run for 30 months, the union said.'], [5]),
    ('a length first announced and since extended', 'date 2026-09-17 Copper miners accept pay deal\n\n', ['The union had originally announced a 48-hour stoppage. It has now extended the action to 96 hours, from 06:00 on Monday 2 March until 06:00 on Friday 6 March.', 'Fourteen vessels are due to call at the port during the four days of the strike.'], []),
    ('a strike given two lengths', 'date 2026-09-17 Copper miners accept pay deal\n\n', ['The union has announced a 48-hour stoppage from 06:00 on Monday 2 March.', 'Fourteen vessels are due to call at the port during the four days of the strike.'], [5]),
    ("a grant to the council is not the council's own consultation", 'date 2026-09-22 Residents given five weeks to comment on appeal\n\n', ['The council had one week from the start date, until Monday 21 September, to send the Inspectorate its questionnaire and copies of the objections.', "The council's own consultation on the plans ran for 21 days, from 5 March to 25 March, and drew 612 letters of objection."], []),
    ('an end whose weekday puts it before the start', 'date 2026-11-10 Court grants stay of judgment\n\n', ['The suspension runs from Monday, November 16 to Wednesday, November 4, when it will lapse.'], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_17_SETS, ids=[c[0] for c in FROM_SESSION_17_SETS])
def test_cases_from_the_session_17_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


# Cases from session 18's sets and earlier fixtures' misses, firing and quiet.
FROM_SESSION_18_SETS = [
    ('a ban told by "suspended for" and later given another length', 'date 2025-10-10 Pub licence suspended\n\n', ['The pub has had its licence suspended for three months after a brawl.', 'The chairman said the six-week suspension would give the licensee time to act.'], [5]),
    ('a ban told by "suspended for" with the same length', 'date 2025-10-10 Pub licence suspended\n\n', ['The pub has had its licence suspended for three months after a brawl.', 'The chairman said the three-month suspension would give the licensee time to act.'], []),
    ('a jail term suspended for a time is no ban', 'date 2026-03-10 Driver banned after crash\n\n', ['Jane Smith, 41, was jailed for 12 weeks, suspended for 18 months, on Monday.', 'She was also given a 12-month driving ban.', 'The judge said the ban would protect the public.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_18_SETS, ids=[c[0] for c in FROM_SESSION_18_SETS])
def test_cases_from_the_session_18_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


# Cases from session 19's sets and earlier fixtures' misses, firing and quiet.
FROM_SESSION_19_SETS = [
    ('a limit for making what the period is about is no end of it', 'date 2026-05-19 Pie maker accepts offer\n\n',
     ['The firm offer was announced on Monday.',
      'Under the code, the bidder had until 5pm on 14 April, 28 days after the approach was confirmed on 17 March, to make a firm offer or walk away.'], []),
    ('a grant for an errand told before it and a box line closing that errand', 'date 2026-09-22 Residents given five weeks to comment\n\n',
     ['Anyone who wants to comment has five weeks from that date, which means representations must arrive by Monday 19 October.',
      'Comments from residents close: Monday 26 October'], [5]),
    ('a grant for an errand told before it and a box line agreeing', 'date 2026-09-22 Residents given five weeks to comment\n\n',
     ['Anyone who wants to comment has five weeks from that date, which means representations must arrive by Monday 19 October.',
      'Comments from residents close: Monday 19 October'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_19_SETS, ids=[c[0] for c in FROM_SESSION_19_SETS])
def test_cases_from_the_session_19_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


FROM_SESSION_21 = [
    ('an acceptance period given two ends, beside a firm offer and a rival bid', 'date 2026-06-18 Bidder posts offer\n\n',
     ['Brenmoor has posted its offer document to Talvik shareholders, setting the clock running on the acceptance period.',
      'Its firm offer was announced on Tuesday 2 June, and a rival bid is thought unlikely.',
      'The acceptance period closes at 1pm on Monday 29 June.',
      'Shareholders who want the cash have until 1pm on Friday 3 July to return their forms of acceptance, according to the offer document.'], [9]),
    ('the same, one end', 'date 2026-06-18 Bidder posts offer\n\n',
     ['Brenmoor has posted its offer document to Talvik shareholders, setting the clock running on the acceptance period.',
      'Its firm offer was announced on Tuesday 2 June, and a rival bid is thought unlikely.',
      'The acceptance period closes at 1pm on Monday 29 June.',
      'Shareholders who want the cash have until 1pm on Monday 29 June to return their forms of acceptance, according to the offer document.'], []),
    ('a deadline to announce the offer is no end of the offer', 'date 2026-06-18 Bidder posts offer\n\n',
     ['Brenmoor has launched its takeover bid for Talvik, posting its offer document to shareholders.',
      'Brenmoor had faced a deadline of 5pm on 20 May to announce a firm offer, later extended to 3 June. The firm offer was announced on Tuesday 2 June.'], []),
    ("the offer's own end before its start", 'date 2026-06-18 Bidder posts offer\n\n',
     ['Brenmoor has launched its takeover bid for Talvik, posting its offer document to shareholders.',
      'The offer opened on Tuesday 2 June. The offer closes on 20 May.'], [5]),
    ("the public's say given a day, the comment period's last day given another", 'date 2026-01-08 Regulators take comments on rate request\n\n',
     ['Customers of Redmesa Power Co. have until Feb. 20 to tell state regulators what they think of the request.',
      'The commission opened the written comment period Dec. 15.',
      'The last day to submit written comments on the request is March 6, according to the notice.'], [7]),
    ("a statutory consultee's own day is not the public's", 'date 2026-04-08 Plans lodged for homes\n\n',
     ['The public consultation runs for 21 days from 9 April, so comments must reach the council by Thursday 30 April.',
      'Statutory consultees, including the highways authority, have until Thursday 7 May to respond.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_21, ids=[c[0] for c in FROM_SESSION_21])
def test_cases_from_session_21(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


FROM_SESSION_22 = [
    ('expressions of interest given two ends', 'date 2026-05-06 Cold storage grants open\n\n',
     ['The government has opened a $24 million grant round, with expressions of interest closing at 2pm AEST on Thursday 28 May.',
      'Expressions of interest must be lodged through the portal by 2pm AEST on Thursday 4 June.'], [5]),
    ('"Separately, the council\'s consultation on" another plan is another period', 'date 2026-03-05 Homes plan goes out to consultation\n\n',
     ['Comments on the application must reach the council by Monday 23 March.',
      'Separately, the council\'s consultation on its local development plan was extended last month and now closes on Friday 10 April.'], []),
    ('the submissions of the people who speak to them are no start of the submissions period', 'date 2026-04-02 Long-term plan consultation\n\n',
     ['Submissions will be accepted for four weeks, closing at 5pm on Friday 8 May.',
      'Hearings for people who want to speak to their submissions will be held over three days from Tuesday 19 May.'], []),
    ('two things on exhibition are two exhibitions', 'date 2026-04-23 Draft budget on show\n\n',
     ['The budget will be on exhibition for 28 days, from Wednesday 22 April to Wednesday 20 May.',
      'The draft Council Plan, a four-year strategy, will be on exhibition for longer: 42 days, closing on Wednesday 3 June.'], []),
    ('one thing on exhibition given two ends', 'date 2026-04-23 Draft budget on show\n\n',
     ['The budget will be on exhibition for 28 days, from Wednesday 22 April to Wednesday 20 May.',
      'The budget will be on exhibition until Wednesday 3 June.'], [5]),
    ('a holiday the period covers is no start of it', 'date 2026-02-20 Trustees open comment period\n\n',
     ['The comment period opens Monday, Feb. 23, and closes 30 days later, on Wednesday, March 25.',
      'The comment period also covers spring break, which runs from March 9 to 13.'], []),
    ('nominations given two ends; the last date for withdrawal is another errand\'s', 'date 2026-04-10 Urban poll schedule set\n\n',
     ['Nominations can be filed from April 13 to April 20, scrutiny will take place on April 21, and the last date for withdrawal of candidature is April 23.',
      'Candidates were told to apply early, because nomination papers will be accepted only until April 22.'], [5]),
    ('nominations with one end and a withdrawal date', 'date 2026-04-10 Urban poll schedule set\n\n',
     ['Nominations can be filed from April 13 to April 20, scrutiny will take place on April 21, and the last date for withdrawal of candidature is April 23.',
      'Candidates were told to apply early, because nomination papers will be accepted only until April 20.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_22, ids=[c[0] for c in FROM_SESSION_22])
def test_cases_from_session_22(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


FROM_SESSION_23 = [
    ('a day to do an errand and the period named for that errand give two ends', 'date 2026-05-20 Regulator opens fibre rates review\n\n',
     ['Interested parties have until Monday, July 20, 2026, to file interventions.',
      'Smaller providers will need every day of the intervention period, which closes on Monday, July 27.'], [5]),
    ('the same, agreeing', 'date 2026-05-20 Regulator opens fibre rates review\n\n',
     ['Interested parties have until Monday, July 20, 2026, to file interventions.',
      'Smaller providers will need every day of the intervention period, which closes on Monday, July 20.'], []),
    ('"the date it was received" names no dated thing to start the submissions', 'date 2026-03-19 Residents have until 14 April to comment\n\n',
     ['Residents have until Tuesday 14 April to make submissions on a plan for 94 homes, after the council received a valid application on Tuesday 10 March.',
      'Written observations must reach the council within five weeks of the date it was received.',
      'The council is due to decide on the application by Tuesday 5 May, eight weeks after it was received.',
      'If the council decides on the due date of 5 May, any appeal would have to be lodged by Tuesday 2 June.'], []),
    ('a break\'s days named after the consultation are the break\'s', 'date 2026-01-14 Council to consult on school closure\n\n',
     ['The consultation will open on Monday 2 February and close at midnight on Monday 16 March, a period of 42 days.',
      'Officers said at least 20 school days fall within the consultation, even allowing for the half-term break from Monday 16 to Friday 20 February.'], []),
    ('items of a timetable set apart by semicolons', 'date 2026-03-13 Poll timetable set\n\n',
     ['Timetable at a glance: primaries 13 April to 9 May; nominations 18 May to 1 June; campaigns 10 June to 5 November; election Saturday, 7 November 2026.'], []),
    ('an earlier day to file another thing is not the granted time\'s end', 'date 2026-03-13 Bail terms to be reviewed\n\n',
     ['The magistrate gave the prosecution 14 days from the date of her ruling, until March 26, to file the application.',
      'Earlier, the defence lawyer had been given until Friday, March 6 to file a replying affidavit opposing the request.'], []),
    ('the same errand given another end', 'date 2026-03-13 Bail terms to be reviewed\n\n',
     ['The magistrate gave the prosecution 14 days from the date of her ruling, until March 26, to file the application.',
      'The prosecution now has until Friday, April 3 to file the application.'], [5]),
    ('a trial "extended last week" moved: its new end is no second end', 'date 2026-06-13 Bar keeps later hours\n\n',
     ['The later hours apply under a 12-week trial running from Monday 6 April to Sunday 28 June.',
      'The trial was extended last week and now runs until Sunday 12 July.'], []),
    ('the same trial, not said to move, given two ends', 'date 2026-06-13 Bar keeps later hours\n\n',
     ['The later hours apply under a 12-week trial running from Monday 6 April to Sunday 28 June.',
      'The trial now runs until Sunday 12 July.'], [5]),
    ('a day for another errand is not the period\'s end', 'date 2026-05-20 Regulator opens fibre rates review\n\n',
     ['Interested parties have until Monday, July 20, 2026, to register their interest.',
      'Smaller providers will need every day of the intervention period, which closes on Monday, July 27.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_23, ids=[c[0] for c in FROM_SESSION_23])
def test_cases_from_session_23(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


FROM_SESSION_24 = [
    ('of several deadlines, two ends given to one group', 'date 2026-01-13 Legislature opens\n\n',
     ['Individual lawmakers have until Feb. 2 to introduce bills, while committees have until Feb. 4 to introduce their own.',
      'Rep. Ana Cole said she will file her bill before the Feb. 9 deadline for individual lawmakers.'], [5]),
    ('the same deadlines, each group its own end', 'date 2026-01-13 Legislature opens\n\n',
     ['Individual lawmakers have until Feb. 2 to introduce bills, while committees have until Feb. 4 to introduce their own.',
      'Rep. Ana Cole said she will file her bill before the Feb. 2 deadline for individual lawmakers, and the committee before the Feb. 4 deadline for committees.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_24, ids=[c[0] for c in FROM_SESSION_24])
def test_cases_from_session_24(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


FROM_SESSION_25 = [
    ("a window given with its tender is the tender's, dated by the act that opened it", 'date 2026-02-10 Bin contract awarded\n\n',
     ['The council advertised the tender on January 12, giving firms a 28-day bidding window that closed on February 2.',
      'Five firms submitted bids in the three weeks the window was open.'], [5]),
    ('next week\'s stoppage is the strike dated next week', 'date 2026-05-19 Nurses to strike\n\n',
     ['Nurses will hold a 48-hour strike from 3am on Thursday 28 May to 3am on Saturday 30 May, the union said.',
      "The union said next week's 24-hour stoppage would go ahead unless the health board improved its offer."], [5]),
    ("last year's stoppage is another strike", 'date 2026-05-19 Nurses to strike\n\n',
     ['Nurses will hold a 48-hour strike from 3am on Thursday 28 May to 3am on Saturday 30 May, the union said.',
      "Last year's 24-hour stoppage closed three wards."], []),
    ("next month's stoppage when the strike is next week", 'date 2026-05-19 Nurses to strike\n\n',
     ['Nurses will hold a 48-hour strike from 3am on Thursday 28 May to 3am on Saturday 30 May, the union said.',
      "A second union said next month's 24-hour stoppage by porters was still planned."], []),
    ('a year from a day to the day before is a year', 'date 2025-08-20 Licences renewed\n\n',
     ['Licences run for a year from 30 September to 29 September.'], []),
    ('an end after the move that no move explains', 'date 2026-03-18 Consultation extended\n\n',
     ['The consultation opened on Friday, March 6, and was due to close on Friday, March 20.',
      'On Tuesday the council agreed to extend the consultation to Friday, April 10.',
      'The consultation closes at 5pm on Friday, April 17, the notice says.'], [7]),
    ('the end after the move, agreeing', 'date 2026-03-18 Consultation extended\n\n',
     ['The consultation opened on Friday, March 6, and was due to close on Friday, March 20.',
      'On Tuesday the council agreed to extend the consultation to Friday, April 10.',
      'The consultation closes at 5pm on Friday, April 10, the notice says.'], []),
    ('the old end told again after the move', 'date 2026-03-18 Consultation extended\n\n',
     ['The consultation opened on Friday, March 6.',
      'On Tuesday the council agreed to extend the consultation to Friday, April 10.',
      'The consultation had originally been due to close on Friday, March 20.'], []),
    ("'that deadline' pushed back, then objections due another day", 'date 2026-03-18 Tower objections\n\n',
     ['Notices went up on Friday, March 6, starting the 14-day objection period, which was due to close on Friday, March 20. On Tuesday the council agreed to push that deadline back to Friday, April 10.',
      'Objections must be lodged in writing, either online or at a service centre, by 5pm on Friday, April 17.'], [5]),
    ("'that window' is the shorter window named just before", 'date 2026-03-12 Lodge park appeal\n\n',
     ['The appeal was lodged on 9 February, inside the three-month window that opened on 14 November last year.',
      'Objectors have been given a shorter window: they have 14 days from Monday 9 March to comment, and that window shuts on Monday 23 March.'], []),
    ('a count so far "by" a day is no end', 'date 2026-10-21 Crypto disclosure scheme\n\n',
     ['The disclosure scheme closes at midnight on Monday, November 30th.',
      'Figures show that 2,840 disclosures had been made under the scheme by October 16th.'], []),
    ('two lengths granted to two parties', 'date 2026-07-14 Court extends ban\n\n',
     ['The Bench granted the Commission and the Delhi government four weeks, until August 11, to file counter-affidavits.',
      'The Bench allowed Haryana six weeks to file its affidavit.'], []),
    ('two grants in two clauses of one sentence', 'date 2026-03-18 Tower objections\n\n',
     ['If the permit is refused, the developer would have 60 days to apply for a review; if it is granted, objectors would have 21 days from the notice of decision to do the same.'], []),
    ('a plan that had been set to close, now moved', 'date 2026-08-27 Comment period extended\n\n',
     ['The public comment period on the proposal, which had been set to close Sept. 9, will now run through Nov. 4, the agency said.'], []),
    ("a length 'set to give' time moves nothing", 'date 2026-01-20 Flood scheme\n\n',
     ['The submission window opens on Monday 2 February and closes on Monday 16 March.',
      'He said the window had been set to give residents time to gather papers.',
      'The window closes on Monday 23 March, the notice says.'], [7]),
    ('a road closed, then reopening a day later to the hour', 'date 2026-10-10 Road closed\n\n',
     ['State Highway 29 over the Kaimai Range is closed in both directions from 8pm Friday 9 October until 5am Monday 12 October.',
      'Work remains on track for the highway to reopen as planned at 5am on Tuesday 13 October.'], [5]),
    ('a road closed until a day, reopening the day after', 'date 2026-10-10 Road closed\n\n',
     ['State Highway 29 over the Kaimai Range is closed in both directions from Friday 9 October until Sunday 11 October.',
      'Work remains on track for the highway to reopen on Monday 12 October.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_25, ids=[c[0] for c in FROM_SESSION_25])
def test_cases_from_session_25(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


FROM_SESSION_26 = [
    ("comments accepted through a dated day, then due later", 'date 2026-09-16 Utility seeks rate rise\n\n',
     ["The commission will accept written public comments through Oct. 29.",
      "Public hearings are set for Oct. 6.",
      "Written comments must be received by Nov. 9, the commission said."], [7]),
    ("a ceasefire that held through a weekday, then its end", 'date 2026-06-15 Ceasefire holds\n\n',
     ["The ceasefire took effect at midnight and largely held through Sunday.",
      "The ceasefire is due to run for 14 days, until midnight on Sunday 28 June."], []),
    ("the new authorization, told against the previous program, given two ends", 'date 2025-11-05 Calloway sets buyback\n\n',
     ["The board approved the program on Oct. 28. The company said the authorization runs through Dec. 31, 2027.",
      "The previous program ran until Dec. 31, 2025.",
      "Purchases under the new authorization will depend on the market. The authorization expires June 30, 2027, she said."], [7]),
    ("the original deadline and the new deadline", 'date 2025-11-05 Council extends deadline\n\n',
     ["The original deadline for objections was Friday 14 November.",
      "After complaints, the council set a new deadline. The deadline is now Friday 28 November."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_26, ids=[c[0] for c in FROM_SESSION_26])
def test_cases_from_session_26(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


_STRIKE_PAGE = """<!DOCTYPE html>
<html><head><title>Rail strike next week</title>
<meta property="article:published_time" content="2025-12-03T08:00:00Z"></head>
<body><article><h1>Rail strike next week</h1>
<p>About 320 drivers and guards will stop work from 4am on Monday 8 December until 11.59pm on Wednesday 10 December.</p>
<p>Talks are set for Friday.</p>
<aside class="factbox"><h2>Key points</h2>
<p>Strike begins: 4am Monday 8 December</p>
<p>{label}: 11.59pm Friday 12 December</p>
</aside></article></body></html>
"""


@pytest.mark.parametrize("label,expected", [("Strike ends", [9]), ("Last date for refunds", [])])
def test_a_fact_box_line_naming_a_period_is_read_as_prose(label, expected, rules):
    assert [line for _, line in findings_of(_STRIKE_PAGE.format(label=label), "html", rules=rules, check="deadline-conflict")] == expected


FROM_SESSION_27 = [
    ("a contract's end the day before what follows it starts", 'date 2026-03-12 Ferry timetable out for consultation\n\n',
     ["The current operating contract expires on June 30, and whatever timetable is adopted would take effect from July 1."], []),
    ("a period that ends well before it starts", 'date 2026-03-12 Ferry timetable out for consultation\n\n',
     ["The consultation opens on June 30 and closes on June 2."], [3]),
    ("a tendering period whose timetable was pushed back", 'date 2026-06-24 Open offer timetable\n\n',
     ["The tendering period had originally been slated to run from May 28 to June 10, but the timetable was pushed back after the regulator's comments arrived late.",
      "The tendering period will now run from Monday, July 6 to Friday, July 17."], []),
    ("a closure that will move back a fortnight if the weather is bad", 'date 2026-05-06 Bells Line of Road closure\n\n',
     ["The road will be shut from 8pm on Friday 15 May until 5am on Monday 18 May.",
      "If high winds make it unsafe, the closure will move back a fortnight, running from 8pm on Friday 29 May to 5am on Monday 1 June."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27, ids=[c[0] for c in FROM_SESSION_27])
def test_cases_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


FROM_SESSION_27_MATTERS = [
    ("a paragraph opening on a separate application has its own period", 'date 2026-03-05 Bar seeks later hours\n\n',
     ["Representations must reach the clerk within the 21-day period, which opens on Friday 6 March and closes at 5pm on Friday 27 March.",
      "A separate application, relating to the two flats above the bar, has been made to the licensing committee. That application follows its own procedure: the 28-day period for objections runs from Wednesday 11 March to Wednesday 8 April."], []),
    ("the same period given a second length in a paragraph of its own", 'date 2026-03-05 Bar seeks later hours\n\n',
     ["Representations must reach the clerk within the 21-day period, which opens on Friday 6 March and closes at 5pm on Friday 27 March.",
      "The application follows the usual procedure: the 28-day period for objections runs from Friday 6 March."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_MATTERS, ids=[c[0] for c in FROM_SESSION_27_MATTERS])
def test_matters_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


FROM_SESSION_27_OWNED = [
    ("a length owned by another thing ('two days' custody parole')", 'date 2026-08-20 Interim bail granted\n\n',
     ["At the end of the six-week period, Malhotra will have to surrender before the jail superintendent, the court said.",
      "Earlier, the trial court had granted Malhotra two days' custody parole in June to attend his father's last rites."], []),
    ("a second length for the period itself", 'date 2026-08-20 Interim bail granted\n\n',
     ["At the end of the six-week period, Malhotra will have to surrender before the jail superintendent, the court said.",
      "The period of four weeks was set by the court."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_OWNED, ids=[c[0] for c in FROM_SESSION_27_OWNED])
def test_owned_lengths_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


FROM_SESSION_27_ERRANDS = [
    ("one errand given two days", 'date 2026-06-10 Trial adjourned\n\n',
     ["The court ordered the prosecution to file and serve its outstanding witness statements on all the accused persons by Wednesday, June 17.",
      "Counsel told journalists the order gives the State until Friday, June 19, to file and serve the witness statements."], [5]),
    ("the same errand given one day twice", 'date 2026-06-10 Trial adjourned\n\n',
     ["The court ordered the prosecution to file and serve its outstanding witness statements on all the accused persons by Wednesday, June 17.",
      "Counsel told journalists the order gives the State until Wednesday, June 17, to file and serve the witness statements."], []),
    ("an errand's day extended", 'date 2026-06-10 Trial adjourned\n\n',
     ["The court ordered the prosecution to file and serve its outstanding witness statements on all the accused persons by Wednesday, June 17.",
      "The judge later extended the order, giving the State until Friday, June 19, to file and serve the witness statements."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_ERRANDS, ids=[c[0] for c in FROM_SESSION_27_ERRANDS])
def test_errands_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


_TENDER = 'date 2026-02-18 Regulator tenders audit\n\n'
_RELEASED = "The tender was released on Monday 2 February with a four-week window, closing at 2pm on Monday 2 March."
FROM_SESSION_28 = [
    ("a period named in a clause of time opening the sentence owns nothing of the main clause", _TENDER,
     [_RELEASED, "Once tenders close, an evaluation panel will assess them from 17 March to 30 April inclusive, a period of 45 days."], []),
    ("an end after another act's count ('within 60 days of the orders, that is, by') is that count's", 'date 2026-07-20 Brightwave fined\n\n',
     ["Justice Patel gave the parties 14 days, until Friday 31 July, to file written submissions on costs, and ordered Brightwave "
      "to publish corrective notices within 60 days of the orders, that is, by 15 September."], []),
    ("the submissions given a second end", 'date 2026-07-20 Brightwave fined\n\n',
     ["Justice Patel gave the parties 14 days, until Friday 31 July, to file written submissions on costs.",
      "The submissions must be filed by 15 September."], [5]),
    ("the period itself given a second span", _TENDER,
     [_RELEASED, "The tender will run from 17 March to 30 April, a period of 45 days."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_28, ids=[c[0] for c in FROM_SESSION_28])
def test_cases_from_session_28(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


_BAIL = 'date 2026-06-16 Former minister granted interim bail\n\n'

FROM_SESSION_29 = [
    ("a general period named by its length is the one period the article gives only a length", _BAIL,
     ["The court granted him interim bail for four weeks on medical grounds.",
      "At the end of the six-week period, he must surrender to the jail superintendent."], [5]),
    ("the same length agrees", _BAIL,
     ["The court granted him interim bail for four weeks on medical grounds.",
      "At the end of the four-week period, he must surrender to the jail superintendent."], []),
    ("a period told by its verb is not the one a general period names", _BAIL,
     ["The declaration of invalidity was suspended for six months.",
      "The council will decide within the 15-day period allowed whether to appeal."], []),
    ("a period of another year is not the one a general period names", _BAIL,
     ["Last year's amnesty ran for 60 days and brought in Rs 86 crore.",
      "Officials said the three-month period would give defaulters enough time."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_29, ids=[c[0] for c in FROM_SESSION_29])
def test_cases_from_session_29(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


_TAKEOVER = 'date 2026-07-08 Perdana extends Sri Kenari offer by two weeks\n\n'

FROM_SESSION_30 = [
    ("a move from one closing date to another, then a third end", _TAKEOVER,
     ["Perdana has extended its mandatory general offer for Sri Kenari by two weeks, pushing the closing date from today, July 8, to July 22.",
      "The RM2.10 cash offer was triggered on May 27.",
      "Shareholders who accept before the offer closes at 5pm on July 29 will be paid within 10 days."], [7]),
    ("the end the move gave, given again", _TAKEOVER,
     ["Perdana has extended its mandatory general offer for Sri Kenari by two weeks, pushing the closing date from today, July 8, to July 22.",
      "Shareholders who accept before the offer closes at 5pm on July 22 will be paid within 10 days."], []),
    ("an offer's price is no second offer", _TAKEOVER,
     ["Perdana has extended its mandatory general offer for Sri Kenari by two weeks, pushing the closing date from today, July 8, to July 22.",
      "Shares traded near the offer price of RM2.10.",
      "Shareholders who accept before the offer closes at 5pm on July 29 will be paid within 10 days."], [7]),
    ("every day of a sentence moving another year's period is that year's", _TAKEOVER,
     ["Comments on the application can be made from Monday 6 July, and the 21-day consultation closes on 27 July.",
      "In 2023 the council extended its consultation by a fortnight, pushing the closing date back from 8 May to 22 May 2023.",
      "Comments must be received by 5pm on 27 July."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30, ids=[c[0] for c in FROM_SESSION_30])
def test_cases_from_session_30(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


_PASSPORT = 'date 2026-10-14 Court releases passport for surgery abroad\n\n'

FROM_SESSION_30_BARE_LENGTHS = [
    ("a general period of a length against the one length granted 'for' a time", _PASSPORT,
     ["Justice Okon ordered the registrar to release the defendant's passport to him for 21 days to enable him to undergo surgery.",
      "He is to return the passport to the registry at the end of the two-week period."], [5]),
    ("the same length", _PASSPORT,
     ["Justice Okon ordered the registrar to release the defendant's passport to him for 14 days to enable him to undergo surgery.",
      "He is to return the passport to the registry at the end of the two-week period."], []),
    ("two lengths granted 'for' a time: which one is meant is unsaid", _PASSPORT,
     ["Justice Okon ordered the registrar to release the defendant's passport to him for 21 days.",
      "He was admitted to hospital for three days in May.",
      "He is to return the passport to the registry at the end of the two-week period."], []),
    ("a length of another scale is another matter's", _PASSPORT,
     ["He has been barred from travelling for two years.",
      "He is to return the passport to the registry at the end of the two-week period."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30_BARE_LENGTHS, ids=[c[0] for c in FROM_SESSION_30_BARE_LENGTHS])
def test_bare_lengths(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


_DRIVE = 'date 2026-05-20 IEBC sets dates for mass voter registration\n\n'

FROM_SESSION_30_SUBJECTS = [
    ("an aside's period does not move with the passive's subject", _DRIVE,
     ["The chairperson said the exercise will run from Monday, June 1 to Friday, July 10 in all wards.",
      "The diaspora window, initially set to end alongside the main exercise, has been extended to Friday, July 24.",
      "The exercise ends on Friday, July 3, officials said."], [7]),
    ("what the subject's own phrase names moves with it", _DRIVE,
     ["The council's consultation on library hours opened on Monday, May 4, and runs until June 12.",
      "The deadline for responses to the council's consultation on library hours, originally June 12, has been extended to June 26.",
      "Residents now have until June 26 to respond to the consultation."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30_SUBJECTS, ids=[c[0] for c in FROM_SESSION_30_SUBJECTS])
def test_the_subject_moved(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


_SEMIANNUAL = 'date 2025-12-10 SEC proposes optional quarterly reporting\n\n'

FROM_SESSION_30_DUE = [
    ("the public's say and the day comments are due", _SEMIANNUAL,
     ["The public will have until Jan. 11 to comment on the proposal.",
      "Industry groups said they would coordinate their letters before comments are due Jan. 8."], [5]),
    ("the same day", _SEMIANNUAL,
     ["The public will have until Jan. 11 to comment on the proposal.",
      "Industry groups said they would coordinate their letters before comments are due Jan. 11."], []),
    ("a report due is no period", _SEMIANNUAL,
     ["The public will have until Jan. 11 to comment on the proposal.",
      "The staff report is due Jan. 8, the agency said."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30_DUE, ids=[c[0] for c in FROM_SESSION_30_DUE])
def test_due_ends(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


_RECALL = 'date 2026-05-14 Kestrel recalls 46,000 air fryers after kitchen fires\n\n'

FROM_SESSION_30_CUT_OFFS = [
    ("a cut-off told by what happens after it, against the offer's end", _RECALL,
     ["Owners can return the fryer for a full refund. The offer runs until 31 August, and a receipt is not required.",
      "The company said refund requests received after 31 July would not be accepted."], [5]),
    ("the same day", _RECALL,
     ["Owners can return the fryer for a full refund. The offer runs until 31 August, and a receipt is not required.",
      "The company said refund requests received after 31 August would not be accepted."], []),
    ("what is received after a day and still accepted is no cut-off", _RECALL,
     ["Owners can return the fryer for a full refund. The offer runs until 31 August, and a receipt is not required.",
      "The company said refund requests received after 31 July would be handled by post."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30_CUT_OFFS, ids=[c[0] for c in FROM_SESSION_30_CUT_OFFS])
def test_cut_offs(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


_BINS = 'date 2026-02-11 Council asks residents about three-weekly bin collections\n\n'

FROM_SESSION_31_ANOTHER_ONE = [
    ("a relative clause on 'one' of the kind is another period's", _BINS,
     ["The consultation opens on Monday 16 February and closes at midnight on Monday 13 April.",
      "The consultation on black bags is separate from one on garden waste, which closed on 30 January."], []),
    ("the period's own relative clause", _BINS,
     ["The consultation opens on Monday 16 February and closes at midnight on Monday 13 April.",
      "Residents can reply to the consultation, which closes on 30 March, online or at libraries."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_31_ANOTHER_ONE, ids=[c[0] for c in FROM_SESSION_31_ANOTHER_ONE])
def test_a_relative_clause_on_another_one(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


_INEC = 'date 2026-06-10 Registration resumes across Nigeria\n\n'

FROM_SESSION_31_REGISTRATION = [
    ("a registration exercise given two ends", _INEC,
     ["The in-person registration exercise runs for six weeks, from June 22 to Friday, July 31, 2026.",
      "Officers would be at the centres only until the in-person exercise winds up on Friday, August 14."], [5]),
    ("the same end", _INEC,
     ["The in-person registration exercise runs for six weeks, from June 22 to Friday, July 31, 2026.",
      "Officers would be at the centres only until the in-person exercise winds up on Friday, July 31."], []),
    ("certificates of registration are no period", _INEC,
     ["Examinees may register online for their certificates of registration from Nov. 20 to Dec. 5.",
      "Those who miss it will have to claim them at offices starting Jan. 5, 2027."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_31_REGISTRATION, ids=[c[0] for c in FROM_SESSION_31_REGISTRATION])
def test_registration_exercises(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


_CPSC = 'date 2026-04-09 Safety agency proposes e-bike battery standard\n\n'

FROM_SESSION_32_OTHER_SPELLS = [
    ("a sentence opening on last year dates another period", _CPSC,
     ["The rule will be published on Monday, April 13, opening a 60-day comment period that closes on June 12.",
      "Last year it extended the comment period on a related proposal by 30 days, moving the close from March 3 to April 2.",
      "The commission said the comment period closes on June 19."], [7]),
    ("last year's period is no move of this one", _CPSC,
     ["The rule will be published on Monday, April 13, opening a 60-day comment period that closes on June 12.",
      "Last year it extended the comment period on a related proposal by 30 days, moving the close from March 3 to April 2."], []),
    ("a late spell after the window's end", 'date 2026-04-28 University opens admissions\n\n',
     ["The university will begin accepting applications on Monday, May 4, with the online window remaining open until May 31, it announced on Tuesday.",
      "Last year the window was extended twice, to June 7 and then June 15.",
      "Candidates who miss the May 31 deadline will be able to apply between June 1 and June 5 on payment of a late fee."], []),
    ("a second start inside the first spell", 'date 2026-04-28 University opens admissions\n\n',
     ["The online application window opens on Monday, May 4 and stays open until May 31.",
      "The window opens on May 6 and closes on May 31, the registrar said."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_32_OTHER_SPELLS, ids=[c[0] for c in FROM_SESSION_32_OTHER_SPELLS])
def test_other_spells(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


def test_a_period_of_last_year_is_not_the_one_contradicted(rules):
    from factcheck.engine import check_text

    head, paragraphs = _CPSC, FROM_SESSION_32_OTHER_SPELLS[0][2]
    (found,) = [f for f in check_text(head + "\n\n".join(paragraphs) + "\n", rules=rules) if f.check == "deadline-conflict"]
    assert (found.line, "line 3" in found.message) == (7, True)


def test_a_length_of_another_years_dates_is_another_period(rules):
    head = 'date 2026-09-08 County opens public participation\n\n'
    paragraphs = ["The committee's 14-day public participation period opened on Monday, 7 September and will close on Sunday, 20 September.",
                  "Last year's finance bill drew fewer than 400 memoranda. Its public participation ran for 21 days, from 2 to 22 May 2025."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_further_spell_after_the_end_is_no_second_end(rules):
    head = 'date 2026-03-12 Traders given registration window\n\n'
    paragraphs = ["The window will open on Monday, March 16, and run for 30 days, closing on April 14.",
                  "Traders who miss the April 14 cut-off will have a further 14 days, until April 28, to apply for late registration."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "The window will close on April 28, the commissioner added."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


_RESULTS = 'date 2026-05-02 Board declares Class 12 results\n\n'
_STRIKE = 'date 2026-03-18 Municipal strike enters ninth day\n\n'

FROM_SESSION_33_ERRANDS = [
    ("a window named for its errand takes the errand's range", _RESULTS,
     ["Students can apply online for verification of marks from May 6 to May 20.",
      "An official said the verification window, which closes on May 15, would not be extended."], [5]),
    ("the errand's range agrees", _RESULTS,
     ["Students can apply online for verification of marks from May 6 to May 20.",
      "An official said the verification window, which closes on May 20, would not be extended."], []),
    ("a strike notice is not the ultimatum of the same length", _STRIKE,
     ["Separately, the union has reminded the city that a seven-day ultimatum it issued on Monday over unpaid overtime runs out on Monday, 23 March.",
      "The union served its seven-day strike notice on Monday, 2 March, which meant workers could lawfully down tools from 9 March."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_33_ERRANDS, ids=[c[0] for c in FROM_SESSION_33_ERRANDS])
def test_errands_and_notices(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


def test_a_day_of_a_clause_with_its_own_subject(rules):
    head = 'date 2026-11-25 Manitoba extends rent freeze\n\n'
    paragraphs = ["Manitoba introduced legislation Tuesday that would extend the residential rent freeze by six months, pushing its expiry from Dec. 31 to June 30, 2027.",
                  "The freeze does not change the rule that landlords give tenants a 90-day notice of any increase. For an increase taking effect July 1, 2027, "
                  "the day after the freeze is set to end, notice would have to be delivered by April 2, 2027."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


_COURT = 'date 2026-03-05 Two banned after cup final\n\n'

FROM_SESSION_34_TOLD_BY_VERBS = [
    ("two bans told by one verb, each from its own thing", _COURT,
     ["Smith was banned from driving for 12 months on 2 February.", "He was also banned from keeping animals for ten years."], []),
    ("two people suspended, each for their own length", _COURT,
     ["Smith was suspended for six weeks on 2 February after the match.", "Jones was suspended for eight weeks on 9 February for a separate incident."], []),
    ("one person's suspension given two lengths", _COURT,
     ["Smith was suspended for six weeks on 2 February after the match.", "Smith was suspended for eight weeks, the panel's chair confirmed."], [5]),
    ("a suspension told with its object, then by its noun", _COURT,
     ["The league suspended the club for 45 days in February.", "The club's suspension, which lasts eight weeks, was upheld on appeal."], [5]),
    ("a sentence suspended is no ban", _COURT,
     ["The judge suspended the sentence for two years.", "The ban, which lasts 18 months, begins today."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_34_TOLD_BY_VERBS, ids=[c[0] for c in FROM_SESSION_34_TOLD_BY_VERBS])
def test_periods_told_by_verbs(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


def test_closures_of_two_places_told_by_their_verbs(rules):
    head = 'date 2026-03-05 Roadworks\n\n'
    paragraphs = ["The bridge will close for six weeks from 12 January and reopen on 23 February.",
                  "The council closed the road for three weeks from 2 February. The closure ends on 2 March."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = "The bridge will close for six weeks from 12 January and reopen on 2 April."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


def test_a_day_another_subject_takes_effect_on(rules):
    head = 'date 2026-03-10 Regional council seeks views on rates rise\n\n'
    paragraphs = ["Consultation opened on Monday and runs for a month, closing at 5pm on Thursday 9 April.",
                  "Councillors will deliberate on submissions in May, before the plan is adopted in June and the new rates take effect on 1 July."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "Councillors will deliberate on submissions in May. Submissions close on 16 April."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_day_of_another_head_noun_the_period_only_qualifies(rules):
    head = 'date 2026-04-16 Regulator proposes outage credits\n\n'
    paragraphs = ["The regulator published the proposal on Monday, April 13, in a notice of consultation. Interested parties have until May 28, 2026, "
                  "to file comments, and replies to those comments are due by June 11."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs.append("The consultation closes on June 4, the regulator said.")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_bare_period_of_another_length_for_another_errand(rules):
    head = 'date 2026-03-13 Court halts demolition\n\n'
    paragraphs = ["The notice alleged that two floors had been built without sanction and gave occupants seven days, until February 9, to vacate before the squad moved in.",
                  "The court noted that the society's appeal was filed on February 27, 25 days after the notice was served and within the 30-day period allowed."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[0] = "The notice gave the society seven days, until February 9, to file an appeal against it."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_window_named_by_its_errand_is_the_time_granted_for_it(rules):
    head = 'date 2026-02-20 Session ends with budget passed\n\n'
    paragraphs = ["M\u00e1rquez has 20 days after adjournment, until March 11, to act on bills that reached her desk in the final three days.",
                  "Staff will spend the coming weeks working through the bills before her window to act closes March 6."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("March 6", "March 11")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "Staff will spend the coming weeks on the bills before her window to travel closes March 6."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_two_days_in_sentences_naming_no_period_and_sharing_no_matter(rules):
    # a recount's day and a registration's day, each in a sentence naming no period, beside a bare "period": two errands
    head = 'date 2026-03-18 County certifies primary results\n\n'
    paragraphs = ["The elections board has certified the results of the March 3 primary, and candidates in the closest race have until 5 p.m. Friday, March 20, to ask for a recount, the office said in a notice posted Monday.",
                  "The notice also announced a 30-day public comment period on a proposal to merge four rural precincts into two. Written comments will be accepted from Monday, March 16, through Friday, April 24, and the board will hold a hearing.",
                  "Voters who want to take part in the May 12 bond referendum must be registered by Friday, April 17, 25 days before the vote. Same-day registration will also be available during the early voting period."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


FROM_SESSION_37_ERRAND_LENGTHS = [
    ("one errand granted two lengths", ["If councillors refuse the application, the developer would have three months to appeal to ministers.",
      "Officials said a decision was expected in May.", "Should the scheme be refused, any appeal would have to be lodged within six months of the decision."], [7]),
    ("the same length twice", ["If councillors refuse the application, the developer would have three months to appeal to ministers.",
      "Officials said a decision was expected in May.", "Should the scheme be refused, any appeal would have to be lodged within three months of the decision."], []),
    ("two parties' times", ["The council has 28 days to respond to the complaint.", "Officials said a decision was expected in May.",
      "The developer then has 14 days to respond to the council's findings."], []),
    ("a further spell", ["The club has seven days to appeal.", "Officials said a decision was expected in May.",
      "A further 14 days to appeal may be granted on request."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_37_ERRAND_LENGTHS, ids=[c[0] for c in FROM_SESSION_37_ERRAND_LENGTHS])
def test_one_errand_granted_two_lengths(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'deadline-conflict', rules) == expected


FROM_SESSION_37_GENERAL_PERIODS = [
    ("a comment period and a span of years both called a period", 'date 2026-02-16 Agency proposes battery standard\n\n',
     ["The proposal opens a 90-day public comment period that closes on May 11.",
      "The agency said it had received reports of 1,320 fires from 2021 through 2025, linked to 48 deaths over the five-year period."], []),
    ("a festival's last day and a fire danger period's", 'date 2026-01-12 Total fire ban declared\n\n',
     ["Organisers of the 10-day folk festival, which opened on Friday 9 January and runs until Sunday 18 January, said the program would go ahead.",
      "The fire danger period, which restricts burning off, began on 1 November and is expected to remain in place until 1 May."], []),
    ("a length given to a committee beside an ultimatum", 'date 2026-03-04 Teachers issue ultimatum\n\n',
     ["The union has issued a 21-day ultimatum to the state government, threatening to withdraw its members from schools.",
      "The ultimatum, which began on Monday, March 2, will expire on March 23.",
      "The state government on Tuesday inaugurated a committee to verify the claims and gave it two weeks to submit its report."], []),
    ("a window and a time to do what the window is for", 'date 2026-06-02 Regulator orders closures\n\n',
     ["Quidline has 28 days from the date of the notice to refer the matter to the Upper Tribunal.",
      "Should Quidline let the 21-day window for a tribunal reference pass without acting, the decision becomes final."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_37_GENERAL_PERIODS, ids=[c[0] for c in FROM_SESSION_37_GENERAL_PERIODS])
def test_general_periods_from_session_37(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


def test_a_thing_handed_in_given_two_days(rules):
    head = 'date 2026-03-02 Council grants permission\n\n'
    paragraphs = ["Any appeal against the decision must reach the planning commission by 5.30pm on Monday, 23 March.",
                  "Objectors who made a submission have until Friday, 27 March, to lodge an appeal."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = "Objectors who made a submission have until Monday, 23 March, to lodge an appeal."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


FROM_SESSION_38_CUT_OFF = [
    ("a cut-off told by what happens to late bids, at an hour", ["Contractors have three weeks to respond, with bids due by 10am on Friday 27 March.",
      "The clerk said bids arriving after 10am on 3 April would be returned unopened."], [5]),
    ("the same cut-off", ["Contractors have three weeks to respond, with bids due by 10am on Friday 27 March.",
      "The clerk said bids arriving after 10am on 27 March would be returned unopened."], []),
    ("what arrives after a day and is welcomed", ["Contractors have three weeks to respond, with bids due by 10am on Friday 27 March.",
      "The clerk said letters arriving after 3 April would be answered within a week."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_38_CUT_OFF, ids=[c[0] for c in FROM_SESSION_38_CUT_OFF])
def test_a_cut_off_told_by_what_happens_after_it(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, CHECK, rules) == expected


def test_a_move_the_copy_says_could_happen_is_none(rules):
    paragraphs = ["The fire ban took effect on Thursday 17 September and remains in force until 11.59pm on Sunday 27 September.",
                  "The ban, which expires at 11.59pm on Wednesday 30 September, carries heavy penalties.",
                  "The inspector said the service could lift the ban early if significant rain fell, or extend it if the dry spell continued."]
    assert lines_found(HEAD, paragraphs, CHECK, rules) == [5]
    paragraphs[2] = "The inspector said the service had extended the ban after the dry spell continued."
    assert lines_found(HEAD, paragraphs, CHECK, rules) == []


FROM_SESSION_39_HANDED_IN = [
    ("things handed in bare, then their window shutting another day", ["Shops can claim up to £2,000 each, and applications must be submitted by Friday 13 March.",
      "Applications for the grant close on 20 March, the council said."], [5]),
    ("the same day", ["Shops can claim up to £2,000 each, and applications must be submitted by Friday 13 March.",
      "Applications for the grant close on 13 March, the council said."], []),
    ("two grants' windows told apart", ["Applications for the small grants close on 13 March.",
      "Applications for the building grants close on 27 March."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_39_HANDED_IN, ids=[c[0] for c in FROM_SESSION_39_HANDED_IN])
def test_things_handed_in_given_two_days(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'deadline-conflict', rules) == expected


def test_two_grants_in_one_sentence_to_two_parties_are_two_windows(rules):
    paragraphs = ["The bench granted the corporation four weeks to file its reply, and gave the petitioners one week thereafter to file a rejoinder."]
    assert lines_found(HEAD, paragraphs, 'deadline-conflict', rules) == []


def test_a_first_term_and_the_longest_it_may_run_are_not_two_lengths(rules):
    head = "date 2026-04-14 Ministry reopens exploration tender\n\n"
    paragraphs = ["Winning bidders will hold licences for an initial three years, renewable twice for two years each, giving a "
                  "maximum term of seven years before a mining licence must be sought."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs = ["The ministry opened a six-week consultation on the licence terms on Monday.",
                  "Comments may be sent throughout the eight-week consultation."]  # no first term or limit: two lengths
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_grant_and_the_window_named_for_its_errand_are_one_period(rules):
    head = "date 2026-04-14 Ministry reopens tender\n\n"
    paragraphs = ["Losing bidders will have 14 days from publication of the award notice to lodge a challenge with the authority, the notice said.",
                  "Industry lawyers said the 21-day challenge window had slowed some earlier awards."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = "Industry lawyers said the 14-day challenge window had slowed some earlier awards."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "Industry lawyers said the 21-day objection window had slowed some earlier awards."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_that_one_after_a_sentence_setting_another_apart_is_the_other(rules):
    head = "date 2026-02-10 Homes plan goes on show\n\n"
    paragraphs = ["The consultation is separate from the council's own review of its Local Development Plan. That consultation was due "
                  "to close on 20 February but was extended to 6 March after the council admitted some maps were wrong.",
                  "The consultation will be open until 13 April."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[0] = ("The consultation is the company's own. That consultation was due to close on 20 February but was extended "
                     "to 6 March after the company admitted some maps were wrong.")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_closure_that_lifts_on_a_day(rules):
    head = "date 2026-04-10 Road to close for three weeks\n\n"
    paragraphs = ["The road will be shut from 9.30am on Monday 20 April until 6am on Monday 11 May, the department said.",
                  "Traffic will be diverted via the M1 until the closure lifts on Monday 18 May."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = "Traffic will be diverted via the M1 until the closure lifts on Monday 11 May."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_period_a_preposition_times_is_no_passives_subject(rules):
    head = "date 2026-05-22 Nurses to strike\n\n"
    paragraphs = ["Nurses will walk off the job Monday morning in a 72-hour strike, the union said Thursday.",
                  "Surgeries scheduled during the four-day walkout would be postponed, the hospital said."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = "Surgeries scheduled during the three-day walkout would be postponed, the hospital said."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_paragraph_on_a_separate_agreement_is_another_strike(rules):
    head = "date 2026-05-22 Nurses to strike\n\n"
    paragraphs = ["Nurses will walk off the job Monday morning in a 72-hour strike, the union said Thursday.",
                  "At Essentia Health, where a separate agreement covers 380 staff, the union has called a one-day strike for Tuesday, June 9.",
                  "Surgeries scheduled during the four-day walkout would be postponed, the hospital said."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [7]


def test_a_ban_on_another_coast_is_another_ban(rules):
    head = "date 2026-05-20 Court upholds trawling ban\n\n"
    paragraphs = ["The court declined to shorten this year's 52-day ban, which will be in force from June 9 to July 31.",
                  "Counsel pointed to the 61-day ban on the east coast, which runs from April 15 to June 14."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "Counsel pointed to the 61-day ban, which runs from April 15 to June 14."
    assert lines_found(head, paragraphs, "deadline-conflict", rules) == [5, 5, 5]


def test_a_general_period_named_by_a_length_said_before_is_that_lengths(rules):
    head = "date 2027-02-10 Haulier wins challenge to six-month licence suspension\n\n"
    paragraphs = ["The firm was given notice on 17 September and the six-month suspension took effect on 1 October, a gap of 14 days "
                  "rather than the 21 days set out in the regulations.",
                  "The judge said the 21-day period was not a formality."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    # with no such length said before, the general period is the suspension's
    paragraphs[0] = "The firm was given notice on 17 September and the six-month suspension took effect on 1 October."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_start_the_period_had_originally_been_slated_for_has_moved(rules):
    head = "date 2027-01-04 Open offer to open on January 11\n\n"
    paragraphs = ["Shareholders can tender their shares in the open offer from Monday, January 11, five weeks later than first scheduled.",
                  "The offer had originally been slated to open on December 7, but the regulator's observations arrived late."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "The offer will open on December 7, the regulator said."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_right_to_appeal_told_by_its_verb_and_a_window_to_lodge_an_appeal(rules):
    head = "date 2026-10-15 Objection window opens\n\n"
    paragraphs = ["If councillors refuse permission, the developer can appeal to Scottish ministers within three months.",
                  "Mr Tulloch would not rule out using its six-month window to lodge an appeal."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = "Mr Tulloch would not rule out using its three-month window to lodge an appeal."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    # another errand's window is not the appeal's
    paragraphs[1] = "Residents had a six-month window to lodge an objection."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_an_end_with_no_year_after_a_start_that_names_its_year(rules):
    head = "date 2026-02-18 Free fares for seniors extended\n\n"
    paragraphs = ["Harbourline Transit launched the pilot on Sept. 2, 2025. It was originally set to wrap up on March 1, but the board "
                  "voted Tuesday night to keep it going until Aug. 31."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    # an end before a start, neither with its year, is still one
    head = "date 2026-05-01 Road closure\n\n"
    paragraphs = ["The road will be closed from Monday 13 July, and the closure ends on Friday 3 July."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [3]


def test_a_cut_off_told_by_what_is_not_counted_after_it(rules):
    head = 'date 2026-10-08 Parking zones consultation\n\n'
    paragraphs = ["The consultation opened on Monday 5 October and closes at 11.59pm on Monday 16 November.",
                  "The consultation page warns that questionnaires received after Monday 9 November will not be counted."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Monday 9 November", "Monday 16 November")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_two_lengths_set_side_by_side_by_but(rules):
    head = 'date 2026-03-02 Pothole spending rises\n\n'
    paragraphs = ["The council said 94 per cent of category one defects met the 24-hour deadline last year, but only 71 per cent of category two repairs were done within 28 days."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[0] = "The council said 94 per cent of category one defects met the 24-hour deadline last year and were done within 28 days."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [3]


def test_an_end_told_as_the_original_one(rules):
    head = 'date 2026-06-08 Court to vote on campus closure\n\n'
    paragraphs = ["The consultation, which was extended by a fortnight from its original closing date of 11 May, ran for 12 weeks from 2 March to 25 May."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs = ["The consultation ran for 12 weeks from 2 March to 25 May.", "The consultation closed on 11 May."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_last_years_consultation_is_no_second_end_of_this_one(rules):
    head = 'date 2025-11-04 Admissions consultation\n\n'
    paragraphs = ["The council's six-week consultation on admissions opened on Monday 3 November and closes at midnight on Monday 15 December.",
                  "A similar change was floated last year, when the council's consultation on the catchment ran for eight weeks, from 30 September to 25 November 2024.",
                  "Responses must reach the council by 5pm on Friday 12 December."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("Friday 12 December", "Monday 15 December")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_start_of_what_goes_on_while_a_scheme_is_in_force(rules):
    head = 'date 2026-06-20 Fuel rationing\n\n'
    paragraphs = ["The scheme will run from Monday 6 July until Sunday 30 August, the minister said.",
                  "The ministry will publish weekly stock figures every Friday while the scheme is in force, starting on 10 July."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "The scheme will be in force every day, starting on 10 July."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_month_s_strike_is_another_one(rules):
    head = 'date 2026-07-24 Resident doctors begin five-day walkout\n\n'
    paragraphs = ["Resident doctors in England began a five-day strike at 7am on Friday, running until 7am on Wednesday 29 July.",
                  "During April's three-day strike, 52,600 appointments were rescheduled."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "During the three-day strike, 52,600 appointments were rescheduled."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_deadline_moved_by_moving_it(rules):
    head = 'date 2026-11-10 Jail health contract bids\n\n'
    # "moving the deadline … from Nov. 20 to Dec. 4" is a move; the old day told again later is the old plan
    paragraphs = ["The county has given companies two more weeks to bid, moving the deadline for sealed proposals from Nov. 20 to Dec. 4.",
                  "Larson said she still believed the county should have kept the Nov. 20 deadline."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs = ["The deadline for sealed proposals is Dec. 4.", "Larson said the Nov. 20 deadline was too tight."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_contract_brought_in_after_the_move_is_another_one(rules):
    head = 'date 2026-11-10 Jail health contract\n\n'
    paragraphs = ["The contract was originally due to expire July 31, but commissioners extended it by six months in the spring to Jan. 31, 2027.",
                  "Engstrom said commissioners could push the award vote to January and still have a contract in place by Feb. 1."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "Engstrom said the contract now runs until Feb. 1."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_length_originally_planned_to_last(rules):
    head = 'date 2026-02-20 School transport consultation\n\n'
    paragraphs = ["The consultation will open on Monday 2 March and run for six weeks, closing on Monday 13 April. It was originally planned to last four weeks, but the period was lengthened by a fortnight."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[0] = "The consultation will open on Monday 2 March and run for six weeks, closing on Monday 13 April. It will last four weeks, the council said."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [3]


def test_the_public_s_say_told_by_an_errand_before_the_grant(rules):
    head = 'date 2026-10-22 Fell road closure consultation\n\n'
    paragraphs = ["The partnership opened a six-week public consultation on plans to close the fell road on Monday 12 October. It runs until Monday 23 November.",
                  "A separate consultation, on a lower speed limit, closed on 30 September.",
                  "Anyone wishing to respond has until 5pm on Friday 20 November to do so, either online or by post."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("Friday 20 November", "Monday 23 November")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_it_after_a_sentence_about_something_else(rules):
    head = 'date 2026-02-20 Quarry appeal\n\n'
    paragraphs = ["Under the six-week timetable for written representations, comments must be received by Tuesday 17 March.",
                  "The inquiry itself was originally listed for Tuesday 24 March but has been moved back three weeks. It will now open on Tuesday 14 April and sit for four days, finishing on Friday 17 April."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "It will now close on Friday 17 April."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_an_errand_past_an_aside_and_a_thing_handed_in_with_its_kind(rules):
    head = 'date 2026-03-04 School appeals\n\n'
    paragraphs = ["Parents who want to challenge a refusal have until Monday 30 March, 28 days after offer day, to submit the online appeal form.",
                  "Appeal forms must reach the clerk by Friday 3 April, the council's guidance note says."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Friday 3 April", "Monday 30 March")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_grant_s_start_after_its_length(rules):
    head = 'date 2026-04-10 Maize export ban\n\n'
    paragraphs = ["Large millers have separately been given ten days, starting on 13 April, to declare their stocks, with the declaration window closing on 30 April."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("30 April", "22 April")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_verb_s_period_after_a_noun_told_apart_is_that_one(rules):
    head = 'date 2026-09-17 Bus strike live: drivers begin 48-hour stoppage\n\n'
    paragraphs = ["Drivers walked out at 00:01 on Thursday 17 September in a row over pay and rosters.",
                  "The union has already served notice of a second, longer stoppage. If next week's talks fail, drivers will walk out for 72 hours from 00:01 on Tuesday 29 September until 23:59 on Thursday 1 October."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "If next week's talks fail, drivers will walk out for 72 hours from 00:01 on Tuesday 29 September until 23:59 on Thursday 1 October."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_closing_date_pushed_back_is_moved(rules):
    head = 'date 2026-03-03 Agency seeks wheat\n\n'
    paragraphs = ["The tender closes on March 20.",
                  "In its previous tender, the agency bought only part of the grain. That tender's closing date had been pushed back by a week, from Jan. 14 to Jan. 21.",
                  "Another tender, for urea, is being run by a different agency and closes on April 9."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_day_counted_back_from_a_moved_end_is_another_errand_s(rules):
    head = 'date 2026-05-20 Municipality extends tender\n\n'
    paragraphs = ["In a notice issued on Monday, the municipality said the closing date had been moved to 12:00 on Friday 19 June.",
                  "Questions about the specification must be submitted no later than seven days before the closing date, by 12 June."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_plan_and_its_change_in_one_sentence(rules):
    head = 'date 2027-01-18 Flood closures\n\n'
    paragraphs = ["The Burnett Heads boat ramp, which was originally due to reopen on Friday 22 January, will now stay closed until Friday 29 January."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_move_of_one_period_is_no_move_of_another_after_for(rules):
    head = 'date 2026-11-12 Subway strike live\n\n'
    paragraphs = ["The 72-hour strike began at 4am on Thursday and runs until 4am on Sunday 15 November.",
                  "The RTWA has confirmed it has opened a new ballot to extend its mandate for industrial action. The current mandate runs for six months from the result announced on Thursday 21 May, so it expires on 21 November.",
                  "SMT has confirmed that all 15 stations are closed and will stay shut until the strike ends at 4am on Monday."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [7]
    paragraphs[2] = "SMT has confirmed that all 15 stations are closed and will stay shut until the strike ends at 4am on Sunday."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_roads_told_apart_by_their_whole_names(rules):
    head = 'date 2026-02-16 Storm closes roads\n\n'
    paragraphs = ["Hervey Range Road will stay closed from Monday 16 February until Monday 2 March while engineers assess a slip.",
                  "Bowen Road, Ross River Road and Dalrymple Road all reopened on Monday afternoon."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_period_said_not_to_hold_or_anothers_own(rules):
    head = 'date 2027-02-17 Nurses strike\n\n'
    paragraphs = ["Nurses began a 48-hour strike at 7am on Tuesday 16 February. The walkout runs until 7am on Thursday 18 February.",
                  "Porters are not on strike but many have joined picket lines. Their own pay ballot closes on Friday 26 February."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "Porters have joined picket lines. It ends on Friday 26 February."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_place_staying_shut_on_a_day_is_no_start(rules):
    head = 'date 2027-02-12 Cyclone closes schools\n\n'
    paragraphs = ["Schools in the region were closed on Wednesday and Thursday and will stay shut on Friday. They reopen on Monday, 15 February."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[0] = paragraphs[0].replace("will stay shut on Friday", "will be shut on Friday")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [3]


def test_submissions_close_the_one_comment_period(rules):
    head = 'date 2026-05-20 Mine licence review\n\n'
    paragraphs = ["The department opened a 30-day comment period on Wednesday 13 May, closing at 5pm on Friday 12 June.",
                  "Submissions close on 26 June and can be lodged online."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("26 June", "12 June")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_drive_given_two_ends_when_a_passive_names_something_else_replaced(rules):
    head = 'date 2026-07-01 Power cuts scheduled\n\n'
    paragraphs = ["The 12-day drive will run from Monday, July 6 to Friday, July 17. In a few areas where transformers are being replaced, supply will stay off longer.",
                  "Officials said the drive as a whole wraps up on Monday, July 20."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Monday, July 20", "Friday, July 17")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_time_of_day_opening_a_sentence_is_no_place_closed(rules):
    head = 'date 2026-02-10 Flood closes roads\n\n'
    paragraphs = ["By 2pm on Tuesday that number had fallen to 17, and council crews expect 10 of those to reopen by Thursday."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[0] = "Bruce Road was closed on Tuesday. Bruce Road was closed on Thursday."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [3]


def test_a_figure_revised_is_no_move_of_the_strike_and_one_brought_in_by_a_is_another(rules):
    head = 'date 2026-01-12 Bin strike begins\n\n'
    paragraphs = ["The strike began at 00:01 today and is due to run for 14 days, until midnight on Sunday 25 January.",
                  "The council offered 3.5% but revised that to 4.1% on Friday to avert the strike. A three-day strike planned for October was called off.",
                  "If the ten-day strike runs its full course, some households could miss three collections."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("ten-day", "14-day")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_further_dates_are_another_spell(rules):
    head = 'date 2025-09-15 Bus drivers strike\n\n'
    paragraphs = ["Drivers walked out on Monday 8 September. The action is due to last 14 days, ending on Sunday 21 September.",
                  "Strike: 8 to 21 September (further dates 29 September to 5 October)"]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "Strike: 8 to 21 September (dates 29 September to 5 October)"
    assert lines_found(head, paragraphs, "deadline-conflict", rules) == [5, 5]


def test_one_errand_granted_twice_far_apart_with_do_so(rules):
    # "to do so" is the errand told before it in its sentence ("to appeal"): one window given two lengths, though the
    # sentence goes on to name the licence's suspension in a clause of its own
    head = 'date 2026-04-10 Nightclub loses licence\n\n'
    paragraphs = ["Speaking after the meeting, Mr Baird said the company had 21 days from the date of the decision to lodge an appeal with the sheriff.",
                  "The convener said members had weighed the impact on staff carefully.",
                  "The board's clerk said that if Merkland chose to appeal it would have 28 days to do so, and that the suspension would remain in force while any appeal was heard."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("28 days", "21 days")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_two_errands_of_one_verb_and_two_grantees_are_two_windows(rules):
    head = 'date 2026-03-01 Homes plan goes to committee\n\n'
    paragraphs = ["Letters were issued on 26 January, giving residents 28 days, to 23 February, to lodge objections.",
                  "If councillors refuse permission, the developer would have four months from the date of the decision notice to lodge an appeal with the commission."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_length_counted_after_a_period_is_no_length_of_it(rules):
    head = 'date 2025-11-03 School closure consultation opens\n\n'
    paragraphs = ["Highland Council has opened a four-week consultation on a proposal to close the primary school.",
                  "Education Scotland must also be given three weeks after the consultation closes to prepare its own report."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_duty_of_another_party_after_a_grant_is_no_end_of_it(rules):
    head = 'date 2027-01-20 Court sets briefing schedule\n\n'
    paragraphs = ["The drink makers have two weeks to respond, until Feb. 15, and the state must file its reply by Feb. 22, a week later."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_bare_window_the_errand_of_a_grant_names(rules):
    head = 'date 2026-03-18 Solar farm plan\n\n'
    paragraphs = ["If councillors refuse permission, the company would have six months from the date of the decision to lodge an appeal. "
                  "Its director said the company would appeal within the three-month window if the scheme were turned down."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("three-month window", "six-month window")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_closing_date_set_at_a_time_on_a_day(rules):
    head = 'date 2026-07-28 Takeover offer nears control\n\n'
    paragraphs = ["The offer document was posted on July 22. An offer must stay open for at least 21 days, and the bidder has set the closing date at 5pm on Aug 12.",
                  "The offer is unconditional. Shareholders who have not yet accepted have until Aug 19 to tender their shares."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Aug 19", "Aug 12")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_the_deadline_is_the_one_ultimatums_end(rules):
    head = 'date 2026-02-04 City gives striking drivers 72 hours\n\n'
    paragraphs = ["The municipality's 72-hour ultimatum was handed to the union at 9am on Tuesday and expires at 9am on Friday 6 February.",
                  "The union's regional secretary said members would not be intimidated.",
                  "With the deadline set to run out at 9am on Saturday 7 February, the union would hold a second mass meeting on Thursday evening."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("Saturday 7 February", "Friday 6 February")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_day_bidders_have_to_lodge_their_bids_ends_the_one_tender(rules):
    # rules/periods.yaml errands: what is handed in during a tender names its close
    head = 'date 2026-08-12 State opens ferry terminal tender\n\n'
    paragraphs = ["The minister said the tender would run for six weeks, closing at noon on Friday 25 September.",
                  "Under the procurement timetable, registered bidders have until 2 October to lodge their proposals, after which a panel will draw up a shortlist."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("2 October", "25 September")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "Under the timetable, shortlisted firms have until 2 October to meet the panel."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_each_phase_told_in_its_own_paragraph_has_its_own_nominations(rules):
    head = 'date 2026-11-10 Village polls in two phases\n\n'
    paragraphs = ["In the first phase, 2,912 villages will vote. The last date for filing nominations is November 21 and polling will be held on December 8.",
                  "In the second phase, covering the other 2,816 villages, nominations can be filed until November 27 and polling will be held on December 12."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "Across the state, nominations can be filed until November 27 and polling will be held on December 12."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_what_is_left_of_a_period_is_not_its_length(rules):
    head = 'date 2026-01-22 Village objects to housing plan\n\n'
    paragraphs = ["Residents have one week left to comment on the consultation on plans for 145 homes.",
                  "That consultation runs for six weeks, from Monday 12 January to Monday 23 February."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_trial_that_opened_before_a_magistrate_on_a_day(rules):
    head = 'date 2026-04-02 Fraudster jailed\n\n'
    paragraphs = ["Tendai Moyo was convicted on March 31 after a trial that opened before regional magistrate Mrs Chipo Dube on February 9.",
                  "Since the trial began on February 19, Moyo had remained out of custody on bail."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) + lines_found(head, paragraphs, 'event-date-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("February 19", "February 9")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) + lines_found(head, paragraphs, 'event-date-conflict', rules) == []


def test_written_comments_close_the_one_comment_period(rules):
    head = 'date 2027-03-05 Vets loan rules out for comment\n\n'
    paragraphs = ["The draft rules were published Feb. 24, and the 30-day public comment period runs through March 26.",
                  "Written comments can be emailed to the department and will be accepted until 5 p.m. on April 2."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("April 2", "March 26")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_comments_told_apart_or_only_asked_for_keep_their_own_days(rules):
    head = 'date 2026-09-26 Agency proposes habitat for rare fish\n\n'
    paragraphs = ["The proposal opens a 60-day public comment period that ends Nov. 9.",
                  "Separately, the agency released a draft economic analysis. Comments on that document are being accepted through Oct. 23."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "The agency has asked anyone sending comments by mail to post them no later than Oct. 23."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_period_begun_in_one_place_and_starting_in_another(rules):
    head = 'date 2026-11-20 Burning-off trial extended\n\n'
    paragraphs = ["The fire danger period began in the Shire of Hindmarsh on Monday 16 November and will start in the Shire of Moyne on Monday 30 November."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_an_errands_day_after_a_period_named_as_a_point_in_time(rules):
    head = 'date 2026-05-28 Grouper ban starts Monday\n\n'
    paragraphs = ["The four-month ban on catching and selling grouper comes into force on Monday, June 1, and will run until Wednesday, September 30.",
                  "Vendors holding frozen fish caught before the ban must declare their stock at the nearest fisheries office by tomorrow, Friday, May 29."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_views_handed_in_by_a_day_end_the_consultation(rules):
    head = 'date 2026-03-12 Ferry timetable consultation\n\n'
    paragraphs = ["The consultation opened on Monday and closes at 5pm on Thursday 9 April.",
                  "Islanders have until 16 April to submit their views, after which the operator will publish a final timetable."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("16 April", "9 April")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


def test_a_period_of_years_given_two_ends_a_year_apart(rules):
    head = 'date 2026-01-30 City sign striker\n\n'
    paragraphs = ["The 24-year-old agreed a four-year contract that runs until 30 June 2030.",
                  "His contract with City runs until 30 June 2029, with the club holding an option to extend."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("2029", "2030")
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
