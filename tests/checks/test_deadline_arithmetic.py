"""deadline-arithmetic: durations tied to dates; expected dates computed with datetime."""

from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import findings_of, lines_found

CHECK = "deadline-arithmetic"
PUBLISHED = dt.date(2025, 7, 22)
HEAD = f"date {PUBLISHED.isoformat()} Deadline set\n\n"


def dm(d: dt.date) -> str:
    return f"{d.day} {d:%B}"


START = dt.date(2025, 7, 14)
RIGHT = START + dt.timedelta(days=50)
LAST_WEEK = PUBLISHED - dt.timedelta(days=PUBLISHED.weekday() + 7)  # the Monday of last week

CASES = [
    # a notice's field dates the noun a count starts from ("within 21 days of the date of this notice")
    ("a count from a notice dated by its field",
     ["Date of this notice: 12 March 2025", "Any representations must be made within 21 days of the date of this notice, and no later than 9 April 2025."],
     [5]),
    ("a count from a notice dated by its field, fitting",
     ["Date of this notice: Wednesday, 12 March 2025", "Any representations must be made within 21 days of the date of this notice, and no later than 2 April 2025."],
     []),
    # an end verb belongs to its own subject; a move told of a year the sentence points back to is that year's
    ("another subject's close is no end of the period",
     ["The offer, announced after the market closed on Monday 4 August, will open on Tuesday 5 August and close on Tuesday 2 September.",
      "The advice will reach shareholders well before the close of the 21-day offer period."], [5]),
    ("another subject's close, the length adding up",
     ["The offer, announced after the market closed on Monday 4 August, will open on Tuesday 5 August and close on Tuesday 26 August.",
      "The advice will reach shareholders well before the close of the 21-day offer period."], []),
    ("part of a ban held over is no move of it",
     ["His suspension, which was backdated to Monday 2 June, expires on Monday 11 August.",
      "He was handed a nine-week suspension, with a further six weeks suspended for two years."], [5]),
    ("part of a ban held over, the length adding up",
     ["His suspension, which was backdated to Monday 2 June, expires on Monday 11 August.",
      "He was handed a 10-week suspension, with a further six weeks suspended for two years."], []),
    # a length the article also gives with its own span ("for two months, from 1 August to 30 September") is that span's
    ("a length that fits another span stated beside it",
     ["The closure will run from Friday 1 August to Sunday 31 August. Trawlers will stay in port for two months, from 1 August to 30 September.",
      "Trawler owners said they would comply with their two-month closure."], []),
    ("another named period's span of the same length says nothing of this one",
     ["Public consultation opens on Monday 4 August and closes on Monday 15 September.",
      "A separate footpath diversion carries its own 28-day objection period, which runs from Tuesday 5 August to Tuesday 2 September.",
      "Officers said the four-week consultation was longer than the statutory minimum."], [7]),
    ("a length that fits no span the article states",
     ["The closure will run from Friday 1 August to Sunday 31 August. Trawlers will stay in port from 1 August to 15 September.",
      "Trawler owners said they would comply with their two-month closure."], [5]),
    ("an earlier year's offer extended is no move of this one",
     ["The offer will open on Tuesday 5 August and close on Tuesday 2 September.",
      "A rival bid was made in 2022. That offer was extended twice before it lapsed in the September of that year.",
      "The advice will reach shareholders well before the close of the 21-day offer period."], [7]),
    # a length and its span's first and last days in one sentence, however the span opens and closes
    ("starting on … and closing on …, a week too long", ["Residents have 21 days to submit written comments, starting on Monday 4 August and closing on Monday 1 September."], [3]),
    ("starting on … and closing on …, adding up", ["Residents have 21 days to submit written comments, starting on Monday 4 August and closing on Monday 25 August."], []),
    # "end" with a time of day before its date ("and end at midnight on Saturday 21 March")
    ("begin and end at a time of day, too short", ["The three-day stoppage will begin at 00:01 on Friday 8 August and end at midnight on Saturday 9 August, the union said."], [3]),
    ("begin and end at a time of day, adding up", ["The three-day stoppage will begin at 00:01 on Friday 8 August and end at midnight on Sunday 10 August, the union said."], []),
    # the length between the span's first and last days: "open on … and will be accepted for three weeks, until …"
    ("a length between the first and last days, too long", ["Entries open on Monday 4 August and will be accepted for three weeks, until Friday 15 August."], [3]),
    ("a length between the first and last days, adding up", ["Entries open on Monday 4 August and will be accepted for three weeks, until Monday 25 August."], []),
    ("a length of something else between two days", ["The road opens on Monday 4 August and was shut for three weeks after the flood, until Friday 15 August."], []),
    ("a length of something else before the span", ["Fifty years after the baths opened, a festival will run from Friday 1 August to Sunday 3 August."], []),
    # a length granted in a sentence naming no period, counted from a notice dated earlier, and a clear end sharing its subject
    ("a granted length and a later end that does not fit", ["In an enforcement notice dated 4th March, the Commissioner fined the lender.", "The lender has 30 days from the date of the notice to file a compliance report with the Commissioner.", "According to the notice, the compliance report must be received no later than 10th April."], [7]),
    ("a granted length and a later end that fits", ["In an enforcement notice dated 4th March, the Commissioner fined the lender.", "The lender has 30 days from the date of the notice to file a compliance report with the Commissioner.", "According to the notice, the compliance report must be received no later than 3rd April."], []),
    ("a granted length and an end about something else", ["In an enforcement notice dated 4th March, the Commissioner fined the lender.", "The lender has 30 days from the date of the notice to file a compliance report with the Commissioner.", "Separately, the council's budget must be approved no later than 10th April."], []),
    ("two notices: the one dated before the count", ["In an enforcement notice dated 4th March, the Commissioner fined the lender.", "The lender has 30 days from the date of the notice to file a compliance report with the Commissioner.", "A preliminary notice served on 14th November 2025 had asked for answers.", "According to the notice, the compliance report must be received no later than 10th April."], [9]),
    # a span given with its length in one sentence, whatever it is the span of
    ("a span in one sentence that does not add up", ["Applications will be open for 21 days, from Monday 2 March until Friday 10 April."], [3]),
    ("a span in one sentence that adds up", ["Applications will be open for 21 days, from Monday 2 March until Monday 23 March."], []),
    ("a span's length that names a working pattern", ["The council has offered to delay the four-day week from 1 November to 4 January."], []),
    ("a span whose length is approximate", ["Restrictions were in place from 20 January to 3 April, a little over 10 weeks."], []),
    ("a length that is not the span's", ["Fifty years after the baths opened, the lido hosts an exhibition running from Wednesday 18 March to Sunday 29 March."], []),
    ("adds up", [f"The club must settle its tax bill by {RIGHT:%B} {RIGHT.day}, 50 days from the ruling on {START:%B} {START.day}."], []),
    ("inclusive counting", [f"The club must settle its tax bill by {dm(RIGHT + dt.timedelta(days=1))}, 50 days from the ruling on {dm(START)}."], []),
    ("does not add up", [f"The firm must reply within 30 days of the notice of 1 March, by {dm(dt.date(2025, 4, 15))}."], [3]),
    ("until, counted from a written start, adds up", [f"Residents have three weeks from publication of the notice ({dm(START)}) to object, until {dm(START + dt.timedelta(weeks=3))}."], []),
    ("until, counted from a written start, does not add up", [f"Residents have three weeks from publication of the notice ({dm(START)}) to object, until {dm(START + dt.timedelta(days=14))}."], [3]),
    ("until without a start date", [f"The road will be closed for three weeks from today, until {dm(START + dt.timedelta(days=40))}."], []),
    ("until of a period that is not the duration", [f"The exhibition, open for six weeks, runs until {dm(START + dt.timedelta(days=10))}."], []),
    ("weeks", [f"Objections must be lodged within six weeks of {dm(START)}, by {dm(START + dt.timedelta(weeks=6))}."], []),
    ("months", ["The council must respond within two months of its letter of 14 May, by 14 July."], []),
    ("months, wrong", ["The council must respond within two months of its letter of 14 May, by 14 August."], [3]),
    ("across the new year", ["Bids must arrive within 30 days of the notice of 20 December, by 19 January."], []),
    ("relative start that works", [f"The mayor said last week she would act in 50 days, by {dm(LAST_WEEK + dt.timedelta(days=50))}."], []),
    ("relative start that cannot work", [f"The mayor said last week she would act in 50 days, by {dm(LAST_WEEK + dt.timedelta(days=70))}."], [3]),
    ("by opening a sentence is a time reference", ["By 5 May, sales had risen 3 per cent in 30 days after the launch on 1 April."], []),
    ("a duration of a state", ["Shops stayed shut for 30 days after the flood of 1 March and must reopen by 30 June."], []),
    ("two other dates", ["Within 30 days of the letters of 1 March and 3 March, by 20 April, the firm must reply."], []),
    ("a date of something else", ["Under the law passed on 1 March, firms must comply within 90 days, by 1 September."], []),
    ("in a quote", ["\u201cWe have 30 days from 1 March, so by 15 April,\u201d she said."], []),
    ("ran out on, does not add up", ["The deal followed a 90-day truce from 12 May that ran out on 14 August."], [3]),
    ("ran out on, adds up", ["The deal followed a 90-day truce from 12 May that ran out on 10 August."], []),
    ("runs out on, adds up", [f"The 50-day ultimatum from {dm(START)} runs out on {dm(RIGHT)}."], []),
    ("ran out, no length", ["Stocks ran out on 14 August, weeks after the strike of 12 May began."], []),
    ("no start at all", [f"The club must settle its tax bill by {dm(RIGHT)}, 50 days on from the judge's ruling."], []),
    ("start first, named again, does not add up", [f"The council issued its notice on {dm(START)} and gave bidders 45 days from that notice, until {dm(START + dt.timedelta(days=30))}."], [3]),
    ("start first, named again, adds up", [f"The council issued its notice on {dm(START)} and gave bidders 45 days from that notice, until {dm(START + dt.timedelta(days=45))}."], []),
    ("start first, the same noun, does not add up", [f"In a letter dated {dm(START)}, the regulator gave the firm six weeks from the date of the letter, until {dm(START + dt.timedelta(weeks=5))}."], [3]),
    ("start first, a different noun", [f"The inquiry opened on {dm(START)}, and firms have six weeks from the notice, until {dm(START + dt.timedelta(weeks=5))}."], []),
    ("start first, duration not counted from anything", [f"The notice went up on {dm(START)}, and residents have six weeks, until {dm(START + dt.timedelta(weeks=5))}."], []),
    # periods gathered across the article: length, start and end in different sentences and paragraphs
    ("a period across paragraphs, wrong", ["A ten-week consultation on the plans opened on 2 June.", "Officers said the consultation closes on 25 August."], [5]),
    ("a period across paragraphs, inclusive", ["A ten-week consultation on the plans opened on 2 June.", "Officers said the consultation closes on 10 August."], []),
    ("a period said to move", ["A ten-week consultation on the plans opened on 2 June.", "The consultation closes on 25 August after the council extended it."], []),
    ("a fortnight, right", ["The ban, which lasts a fortnight, starts on 1 August and ends on 15 August."], []),
    ("a fortnight, wrong", ["The ban, which lasts a fortnight, starts on 1 August and ends on 22 August."], [3]),
    ("calendar months, right", ["The 30-month contract was signed on 1 March 2024.", "The contract expires on 31 August 2026."], []),
    ("calendar months, wrong", ["The 30-month contract was signed on 1 March 2024.", "The contract expires on 31 March 2027."], [5]),
    ("counted from a notice dated elsewhere, wrong", ["The tender notice was issued on 3 July.", "Under the tender, operators have 45 days from the date of the notice to submit bids.", "The last date for submission of bids is 5 August."], [7]),
    ("counted from a notice dated elsewhere, right", ["The tender notice was issued on 3 July.", "Under the tender, operators have 45 days from the date of the notice to submit bids.", "The last date for submission of bids is 17 August."], []),
    ("a clear end in a sentence naming no period", ["The council said the consultation would last eight weeks.", "It opened on Monday 1 June.", "All comments must arrive no later than 5pm on Monday 10 August."], [7]),
    ("another period of the same kind", ["A six-week consultation on the bus lanes opened on 2 June.", "A separate consultation on parking closes on 1 September."], []),
    ("an earlier year's strike", ["A 14-day strike will begin on Monday 11 August and last until Sunday 24 August.", "It would be the first strike since 2016, when drivers stayed out from 3 October to 8 October."], []),
    # issue 12, fresh-periods-2: hyphenated kinds, starts and ends read from more ways of writing them
    ("a cooling-off period in force through", ["A judge granted a 30-day cooling-off period.", "The cooling-off period took effect Friday, Oct. 3.", "Under its terms the order stays in force through 11:59 p.m. Friday, Nov. 7, after which the union is free to strike."], [7]),
    ("a cooling-off period in force through, right", ["A judge granted a 30-day cooling-off period.", "The cooling-off period took effect Friday, Oct. 3.", "Under its terms the order stays in force through 11:59 p.m. Sunday, Nov. 2, after which the union is free to strike."], []),
    ("a ban backdated, free again from", ["He was handed a six-week suspension.", "The FA backdated the ban to Monday 21 July.", "He is free to play again from Monday 15 September."], [7]),
    ("a ban backdated, free again from, right", ["He was handed a six-week suspension.", "The FA backdated the ban to Monday 21 July.", "He is free to play again from Monday 1 September."], []),
    ("an offer that commenced with a filing", ["The bid will remain open for 105 days.", "The offer formally commenced with the filing of a circular with regulators on Sept. 10.", "The offer will expire at 5 p.m. Pacific time on Friday, Dec. 19, unless extended or withdrawn."], [7]),
    ("a closure told by its verbs", ["The council confirmed the three-week closure.", "The bridge will close to all vehicles at 10pm on Friday 5 September.", "The bridge is due to reopen to traffic at 6am on Monday 6 October."], [7]),
    # issue 12, fresh-periods-5: "take effect on", "lapse on"
    ("a moratorium that takes effect on and lapses on", ["The ministry announced a 90-day moratorium on new permits.", "The suspension would take effect on 1 May 2026.", "The moratorium will lapse on 30 September 2026."], [7]),
    ("a moratorium that takes effect on and lapses on, right", ["The ministry announced a 90-day moratorium on new permits.", "The suspension would take effect on 1 May 2026.", "The moratorium will lapse on 30 July 2026."], []),
    ("a strike told by its verb", ["Bus drivers will go on strike this month.", "The union said its members would walk out for a fortnight, from Monday 14 September to Sunday 4 October."], [5]),
    ("a strike told by its verb, right", ["Bus drivers will go on strike this month.", "The union said its members would walk out for a fortnight, from Monday 14 September to Sunday 27 September."], []),
    ("a strike told by its verb, beside an earlier year's strike", ["Bus drivers will go on strike this month.", "The union said its members would walk out for a fortnight, from Monday 14 September to Sunday 27 September.", "Drivers last went on strike in 2023, in a dispute that lasted 10 days."], []),
    ("a range whose year is written at its end", ["Graduates will have a 60-day window, from 1 January to 29 February 2028, in which to apply."], []),
    ("a range whose year is written at its end, wrong", ["Graduates will have a 60-day window, from 1 January to 31 March 2028, in which to apply."], [3]),
    # issue 12, fresh-periods-6 and -5: a window pointed at by "That window", a period pointed at by its last word
    ("a grant, then 'That window'", ["The decision, announced on Tuesday 3 March, allows the rise.", "Parties have 28 days from the date of the decision to appeal. That window closes on Friday 27 March."], [5]),
    ("a grant, then 'That window', right", ["The decision, announced on Tuesday 3 March, allows the rise.", "Parties have 28 days from the date of the decision to appeal. That window closes on Tuesday 31 March."], []),
    ("a grant, then another period named afresh", ["The decision, announced on Tuesday 3 March, allows the rise.", "Parties have 28 days from the date of the decision to appeal. The consultation closes on Friday 27 March."], []),
    ("'the order' after 'a banning order'", ["A landlord has been banned from letting property for five years.", "He was made the subject of a banning order on Wednesday.", "The order, which took effect on the day it was made, runs from 14 October 2026 until 13 October 2029."], [7]),
    ("'the order' after 'a banning order', right", ["A landlord has been banned from letting property for five years.", "He was made the subject of a banning order on Wednesday.", "The order, which took effect on the day it was made, runs from 14 October 2026 until 13 October 2031."], []),
    ("bans from two different things", ["He was banned from driving for three years.", "He was also banned from keeping animals, and that ban runs from 14 October 2026 until 13 October 2036."], []),
    ("a closure told by its verbs, right", ["The council confirmed the three-week closure.", "The bridge will close to all vehicles at 10pm on Friday 5 September.", "The bridge is due to reopen to traffic at 6am on Friday 26 September."], []),
    # session 7, fresh-periods-7 and facts-8: lengths in hours, to the hour when both ends give the time of day
    ("48 hours, an end a day short, told by 'when the strike ends'", ["Drivers will walk out for 48 hours from 6am on Monday 4 August.", "Services will return from 6am on Tuesday 5 August, when the strike ends."], [5]),
    ("48 hours, an end that fits", ["Drivers will walk out for 48 hours from 6am on Monday 4 August.", "Services will return from 6am on Wednesday 6 August, when the strike ends."], []),
    ("48 hours, from a minute past midnight to a minute before", ["The 48-hour strike will run from 00:01 on Monday 4 August until 23:59 on Tuesday 5 August."], []),
    ("48 hours, no time of day: whole days within slack", ["Drivers will walk out for 48 hours from Monday 4 August.", "The strike ends on Tuesday 5 August."], []),
    ("an earlier one-day strike is a reference point, not a second length", ["Drivers will walk out for 48 hours from 6am on Monday 4 August.", "It will be the second stoppage this summer, after a 24-hour strike on Friday 18 July.", "Services will return from 6am on Tuesday 5 August, when the strike ends."], [7]),
    ("a rate in hours is no length", ["Drivers will walk out for 48 hours from 6am on Monday 4 August.", "The depot will stay open 24 hours a day during the strike, which ends at 6am on Wednesday 6 August."], []),
    ("services resume a day late after a 48-hour stoppage", ["Drivers will stage a 48-hour stoppage next week.", "The walkout will begin at 6am on Monday 28 July.", "Services will resume at 6am on Thursday 31 July."], [7]),
    ("services resume on time after a 48-hour stoppage", ["Drivers will stage a 48-hour stoppage next week.", "The walkout will begin at 6am on Monday 28 July.", "Services will resume at 6am on Wednesday 30 July."], []),
    ("talks that resume end no stoppage", ["Drivers will stage a 48-hour stoppage next week.", "The walkout will begin at 6am on Monday 28 July.", "Talks will resume at 6am on Thursday 31 July."], []),
    # a closure whose end is told by "with the road expected to reopen"; a modal passive ("can be replaced") moves nothing
    ("a closure reopening too early", ["The closure of the coast road will start on Monday 4 August and last for six weeks so that a collapsed sea wall can be replaced.", "Crews hope to finish quickly, with the road expected to reopen on Friday 29 August."], [5]),
    ("a closure reopening on time", ["The closure of the coast road will start on Monday 4 August and last for six weeks so that a collapsed sea wall can be replaced.", "Crews hope to finish quickly, with the road expected to reopen on Monday 15 September."], []),
    # "opened on …, with a six-week period for bids": the tender's own length
    ("a tender's period for bids, too long to its end", ["The tender opened on Monday 4 August, with a six-week period for bids.", "Completed bids must reach the ministry no later than noon on Friday 26 September."], [5]),
    ("a tender's period for bids, right", ["The tender opened on Monday 4 August, with a six-week period for bids.", "Completed bids must reach the ministry no later than noon on Monday 15 September."], []),
    # a length granted to lodge an appeal, and the deadline for filing a notice of appeal
    ("a grant and the deadline for the same errand", ["In a judgment handed down on July 3, the judge ruled for the club.", "The club has 21 days from the date of judgment in which to lodge an appeal.", "The registry said the deadline for filing a notice of appeal is July 31."], [7]),
    ("a grant and the deadline for the same errand, right", ["In a judgment handed down on July 3, the judge ruled for the club.", "The club has 21 days from the date of judgment in which to lodge an appeal.", "The registry said the deadline for filing a notice of appeal is July 24."], []),
    ("a grant and the deadline for another errand", ["In a judgment handed down on July 3, the judge ruled for the club.", "The club has 21 days from the date of judgment in which to lodge an appeal.", "The registry said the deadline for paying the costs award is July 31."], []),
    # a count from a ruling the article dated before ("granted permission to … on 12 March")
    ("a count from the council's ruling, dated before", ["The council granted permission to Harbour Homes on 12 March.", "Appeals had to be lodged within four weeks of the council's ruling, by 16 April."], [5]),
    ("a count from the council's ruling, right", ["The council granted permission to Harbour Homes on 12 March.", "Appeals had to be lodged within four weeks of the council's ruling, by 9 April."], []),
    # a date written with its weekday is of the year its weekday fits, whatever earlier years the sentence names
    ("a start whose weekday fits this year, beside earlier tax years", ["The 90-day amnesty, which began Monday, July 14, covers unpaid tax for 2024 and all earlier years.", "Owners have until August 1 to settle their accounts under the amnesty."], [5]),
    ("a start whose weekday fits this year, an end that fits", ["The 90-day amnesty, which began Monday, July 14, covers unpaid tax for 2024 and all earlier years.", "Owners have until October 12 to settle their accounts under the amnesty."], []),
    ("a start whose weekday fits the earlier year only", ["The 90-day amnesty, which began Sunday, July 14, covered unpaid tax for 2024.", "Owners have until August 1 to settle their accounts under the amnesty."], []),
    # submissions to the article's one consultation open and close when it does; a consultation of an earlier year is no rival
    ("submissions opened, the consultation's length and end do not fit", ["Submissions opened on Monday, 4 August.", "The six-week consultation closes at 5pm on Friday, 29 August."], [5]),
    ("submissions opened, the consultation's length and end fit", ["Submissions opened on Monday, 4 August.", "The six-week consultation closes at 5pm on Monday, 15 September."], []),
    # an act that opens a thing, with the thing as its object, gives the period named by a form of that thing its start
    ("opened by an act on its object", ["The agency opened public comments on the draft rules on Oct. 10, and will accept submissions until Nov. 24.", "Industry groups have until the end of the 30-day comment window to file cost data."], [5]),
    ("opened by an act, the length fits", ["The agency opened public comments on the draft rules on Oct. 10, and will accept submissions until Nov. 24.", "Industry groups have until the end of the 45-day comment window to file cost data."], []),
    ("an act whose date is the end", ["The Commission has opened a consultation with interested parties that closes on 3 April.", "The one-month consultation follows a complaint."], []),
    # a thing to be done by a day ends the grant for that errand, among several grants
    ("done by a day, the grant for that errand", ["Hearing the matter on November 28, the bench gave the company three weeks to make the deposit.", "On October 17 the court had given the company six weeks to place a settlement plan on record.", "If the deposit is not made by December 26, the court will attach the directors' homes."], [7]),
    ("done by a day, on time", ["Hearing the matter on November 28, the bench gave the company three weeks to make the deposit.", "On October 17 the court had given the company six weeks to place a settlement plan on record.", "If the deposit is not made by December 19, the court will attach the directors' homes."], []),
    ("done by a day, no grant for it", ["Hearing the matter on November 28, the bench gave the company three weeks to make the deposit.", "Ships had been diverted by Thursday, December 26, the port said."], []),
    # "demanding that the levy be suspended": the levy is suspended, not the ultimatum
    ("a subjunctive passive moves its own subject", ["The operators issued the county a seven-day ultimatum on Thursday, July 10, demanding that the levy be suspended.", "The forum waited until the ultimatum ran out on Monday, July 21."], [5]),
    ("the ultimatum itself suspended", ["The operators issued the county a seven-day ultimatum on Thursday, July 10.", "The ultimatum was suspended on Friday, July 18, and it ran out on Monday, July 21."], []),
    # comments sent to the article's one consultation open and close with it
    ("comments open and close the consultation", ["Comments can be made from Monday 2 March, the council said.", "The 21-day consultation is the statutory minimum.", "Comments on the application must be received by 5pm on 30 March."], [7]),
    ("comments on time", ["Comments can be made from Monday 2 March, the council said.", "The 21-day consultation is the statutory minimum.", "Comments on the application must be received by 5pm on 23 March."], []),
    # "That deadline was later pushed back": the move of the one the sentence before dates, in an earlier year
    ("an earlier year's deadline moved", ["In a directive issued on 12 January, the regulator gave the company 60 days to settle its debts.", "The regulator had given it until 30 September 2024 to present a plan. That deadline was later pushed back to 31 October.", "If the company fails to meet the regulator's deadline, which expires on 20 March, its licence will be revoked."], [7]),
    ("this year's deadline moved", ["In a directive issued on 12 January, the regulator gave the company 60 days to settle its debts.", "The regulator had given it until 30 March to present a plan. That deadline was later pushed back to 31 March.", "If the company fails to meet the regulator's deadline, which expires on 20 March, its licence will be revoked."], []),
    # "missed the scheme's income threshold": the threshold is missed, not the scheme
    ("a move of what a period owns", ["The pilot, launched on 1 May 2025, will run for 12 weeks.", "Customers on the older scheme will not be eligible for the pilot, which is aimed at households who narrowly missed the scheme's income threshold.", "Results are due once the trial ends on 30 September."], [7]),
    # a length in a sentence naming the one person whose own ban the article dates is that person's
    ("a player's ban and his suspension's length", ["Flanker Sione Moala was given a six-week ban for a high tackle, and Moala's ban ends on 20 October.", "Lock Tomas Reyes received a two-week suspension from a separate panel.", "Reyes's ban runs from 8 September until 6 October."], [7]),
    ("a player's ban that fits his length", ["Flanker Sione Moala was given a six-week ban for a high tackle, and Moala's ban ends on 20 October.", "Lock Tomas Reyes received a four-week suspension from a separate panel.", "Reyes's ban runs from 8 September until 6 October."], []),
    # "who moved the suspension" proposed it: no move of its dates
    ("a suspension proposed, not moved", ["The seven-day suspension will begin on Monday 19 October.", "Councillor Fraser, who moved the suspension, said it was overdue.", "The club is expected to reopen its doors on Wednesday 28 October, once the suspension has been served."], [7]),
    ("a suspension moved", ["The seven-day suspension will begin on Monday 19 October.", "The board later moved the suspension to November.", "The club is expected to reopen its doors on Wednesday 28 October, once the suspension has been served."], []),
    # "a deadline" brought in beside a grant is the grant's, not the article's one period's end
    ("a deadline brought in for an appeal", ["The seven-day suspension will begin on Monday 19 October.", "The club has 21 days from the board's decision to lodge an appeal, a deadline that runs to 27 October."], []),
    ("submissions opened beside a second consultation", ["Submissions opened on Monday, 4 August.", "The six-week consultation closes at 5pm on Friday, 29 August.", "A second consultation, on parking, runs until October."], []),
    ("responses due early, beside a consultation of an earlier year", ["The consultation, which opened on Monday 4 August, will run for 12 weeks.", "The 2023 consultation also ran for 12 weeks.", "Responses must be submitted by 20 October."], [7]),
    ("responses due when it closes, beside a consultation of an earlier year", ["The consultation, which opened on Monday 4 August, will run for 12 weeks.", "The 2023 consultation also ran for 12 weeks.", "Responses must be submitted by 27 October."], []),
    # a length counted from an event dated by its day ("yesterday's sentencing", "Monday's verdict"), and the grant's own end
    ("counted from yesterday's sentencing, an end that does not fit", ["The judge jailed Chan for four years.", "Chan has 28 days from yesterday's sentencing, until August 25, to file a notice of appeal."], [5]),
    ("counted from yesterday's sentencing, an end that fits", ["The judge jailed Chan for four years.", "Chan has 28 days from yesterday's sentencing, until August 18, to file a notice of appeal."], []),
    ("counted from Monday's verdict, an end that does not fit", ["The defendant has 15 days from Monday's verdict, until August 10, to lodge an appeal."], [3]),
    ("counted from Monday's verdict, an end that fits", ["The defendant has 15 days from Monday's verdict, until August 5, to lodge an appeal."], []),
    # a place closing for a length ("will close for nine days", "closed to navigation for 36 hours"), and the day services resume
    ("closes for nine days, services resume a week late", ["The line between Kelby and Dunmore will close for nine days from Saturday 26 July.", "During the closure, buses will replace trains.", "Services across the full length of the line are due to resume on Monday 11 August."], [7]),
    ("closes for nine days, services resume the day after", ["The line between Kelby and Dunmore will close for nine days from Saturday 26 July.", "During the closure, buses will replace trains.", "Services across the full length of the line are due to resume on Monday 4 August."], []),
    ("closes for nine days, talks resume later", ["The line between Kelby and Dunmore will close for nine days from Saturday 26 July.", "During the closure, buses will replace trains.", "Talks between the operator and the union are due to resume on Monday 11 August."], []),
    ("closed for 36 hours, a numbered notice's 24-hour times two hours short", ["The Swing Bridge will be closed to navigation for 36 hours.", "3.1 The Swing Bridge will remain closed to navigation from 2000 hrs on Saturday 26 July until 0600 hrs on Monday 28 July."], [5]),
    ("closed for 36 hours, a numbered notice's 24-hour times that fit", ["The Swing Bridge will be closed to navigation for 36 hours.", "3.1 The Swing Bridge will remain closed to navigation from 2000 hrs on Saturday 26 July until 0800 hrs on Monday 28 July."], []),
    # a grant with its recipient ("is giving customers 90 days to …") is the window's length; "will be accepted until" its end
    ("a grant to customers and a returns end that do not fit", ["The returns window opens on Friday 1 August, and customers will receive a full refund.", "Hearthwell is giving customers 90 days to return an affected unit for a refund.", "A spokesman said the recall would be costly.", "Returns will be accepted until 1 October."], [9]),
    ("a grant to customers and a returns end that fit", ["The returns window opens on Friday 1 August, and customers will receive a full refund.", "Hearthwell is giving customers 90 days to return an affected unit for a refund.", "A spokesman said the recall would be costly.", "Returns will be accepted until 30 October."], []),
    ("a grant of something else to customers", ["The returns window opens on Friday 1 August, and customers will receive a full refund.", "Hearthwell has given customers vouchers worth 90 days of free delivery.", "Returns will be accepted until 30 October."], []),
    # a period named only as the time of something else ("during the stoppage") is not what "instead" moves
    ("a strike that only times a carrier's change, ending late", ["Crane drivers will stage a 48-hour strike beginning at 06:00 on Thursday 24 July.", "Two carriers will omit the port during the stoppage and discharge cargo at other hubs instead.", "Crane drivers are due back at work at 06:00 on Sunday 27 July, when the stoppage ends."], [7]),
    ("a strike that only times a carrier's change, ending on time", ["Crane drivers will stage a 48-hour strike beginning at 06:00 on Thursday 24 July.", "Two carriers will omit the port during the stoppage and discharge cargo at other hubs instead.", "Crane drivers are due back at work at 06:00 on Saturday 26 July, when the stoppage ends."], []),
    ("a strike moved to another day instead", ["Crane drivers will stage a 48-hour strike beginning at 06:00 on Thursday 24 July.", "The union said the stoppage would now start on Friday instead.", "Crane drivers are due back at work at 06:00 on Sunday 27 July, when the stoppage ends."], []),
    # session 8: a noun is a period when the article makes it the subject of a verb of an end or a length, and a
    # period given on a day ("served with a 28-day notice to quit on 16 August") starts then
    ("a notice that expires late", ["Traders were served with a 28-day notice to quit on 4 August.", "Stallholders said they had nowhere to go.", "The notice expires on 12 September, after which the market will be fenced off."], [7]),
    ("a notice that expires on time", ["Traders were served with a 28-day notice to quit on 4 August.", "Stallholders said they had nowhere to go.", "The notice expires on 1 September, after which the market will be fenced off."], []),
    ("a notice that expires, told in a 'when' clause", ["The council served a 30-day notice on the traders.", "The notice, served on Monday 4 August, was pinned to the gate.", "Traders have until 10 September, when the notice expires, to clear their stalls."], [7]),
    ("an ultimatum issued on a day, running too long", ["Unions issued a 14-day ultimatum to the university on Monday 4 August.", "Staff want a 6% pay rise.", "The ultimatum runs until 25 August, when members will decide on strike action."], [7]),
    ("an ultimatum issued on a day, right", ["Unions issued a 14-day ultimatum to the university on Monday 4 August.", "Staff want a 6% pay rise.", "The ultimatum runs until 18 August, when members will decide on strike action."], []),
    ("a market that opens and closes daily is no period", ["The new market opens on Monday 4 August after a 12-week refit.", "The market closes at 6pm on weekdays and at 4pm on Saturday 9 August."], []),
    # a planned lifting is the period's end; a lifting that happened may be a change to it
    ("a ban to be lifted late", ["A hosepipe ban came into force on 1 August.", "It will last for four weeks.", "The water company said the ban would be lifted on 12 September."], [7]),
    ("a ban to be lifted on time", ["A hosepipe ban came into force on 1 August.", "It will last for four weeks.", "The water company said the ban would be lifted on 29 August."], []),
    ("a ban lifted early", ["A hosepipe ban came into force on 1 August and was meant to last for four weeks.", "After heavy rain the ban was lifted early, on 12 August."], []),
    ("a fire that started is no period", ["A 10-day burn ban took effect on Friday 1 August.", "The fire started on Saturday 2 August.", "The ban runs through Sunday 10 August."], []),
    # session 9: a span told as "the second" is still its own length's; a display is a period; a count from an event
    # named bare ("14 days from sentencing") dated by a verb written after its date; a grant whose deadline the sentence names after it
    ("a second walkout's own length and span, wrong", ["The union has announced a second wave of action: an eight-day walkout running from Saturday 30 August until Friday 5 September."], [3]),
    ("a second walkout's own length and span, inclusive", ["The union has announced a second wave of action: a seven-day walkout running from Saturday 30 August until Friday 5 September."], []),
    ("a second walkout, extended", ["Drivers will walk out for five days from Monday 18 August.", "The union has extended the second wave of action: an eight-day walkout running from Saturday 30 August until Friday 5 September."], []),
    ("a second walkout beside a first, wrong", ["Drivers will walk out for five days from Monday 18 August.", "The union has announced a second wave of action: an eight-day walkout running from Saturday 30 August until Friday 5 September."], [5]),
    ("a display's length told after its dates, wrong", ["The tapestry will go on free display in the Great Hall from Saturday 2 August, closing on Saturday 25 October.", "After the eight-week display in the Great Hall ends, tours will begin."], [5]),
    ("a display's length told after its dates, right", ["The tapestry will go on free display in the Great Hall from Saturday 2 August, closing on Saturday 25 October.", "After the 12-week display in the Great Hall ends, tours will begin."], []),
    ("a permanent display is another", ["The tapestry will go on display in the Great Hall from Saturday 2 August, closing on Saturday 25 October.", "The museum hopes to put it on permanent display for ten years from 2028."], []),
    ("counted from a sentencing dated before its verb, wrong", ["He was on Monday 14 July sentenced to 12 years for manslaughter.", "He has 14 days from sentencing to file a notice of appeal, and his lawyer said the papers would be ready before the deadline of Monday 4 August."], [5]),
    ("counted from a sentencing dated before its verb, right", ["He was on Monday 14 July sentenced to 12 years for manslaughter.", "He has 14 days from sentencing to file a notice of appeal, and his lawyer said the papers would be ready before the deadline of Monday 28 July."], []),
    # the start told by the act that gives or begins the period: "On Monday the branch issued … a 14-day ultimatum",
    # "Its publication begins a 28-day period" after "will be published on Monday 4 August"
    ("given on the day the sentence opens with, wrong", ["On Monday the union issued the university with a 14-day ultimatum to drop the cuts.", "Under the ultimatum, management has until 11 August to respond."], [5]),
    ("given on the day the sentence opens with, right", ["On Monday the union issued the university with a 14-day ultimatum to drop the cuts.", "Under the ultimatum, management has until 4 August to respond."], []),
    ("the opening day dates something else", ["On Monday the union met the university, which later issued a 14-day ultimatum.", "Under the ultimatum, management has until 11 August to respond."], []),
    ("begun by an event dated before, wrong", ["The statutory notice will be published on Monday 4 August.", "Its publication begins a 28-day period during which anyone may object.", "Objections must be received no later than Friday 12 September."], [7]),
    ("begun by an event dated before, right", ["The statutory notice will be published on Monday 4 August.", "Its publication begins a 28-day period during which anyone may object.", "Objections must be received no later than Monday 1 September."], []),
    ("begun by an event dated twice", ["The statutory notice will be published on Monday 4 August.", "A second notice will be published on Monday 11 August.", "Its publication begins a 28-day period during which anyone may object.", "Objections must be received no later than Friday 12 September."], []),
    # the last word of one kind's form of several words ("industrial action"), made the subject of a period's verb
    ("the action due to end, wrong", ["Dockworkers gave notice of a 14-day strike beginning on Monday 4 August.", "Under the strike notice, the action is due to end on Sunday 24 August."], [5]),
    ("the action due to end, right", ["Dockworkers gave notice of a 14-day strike beginning on Monday 4 August.", "Under the strike notice, the action is due to end on Sunday 17 August."], []),
    ("legal action is no strike of its own", ["The firm began a 14-day review on Monday 4 August.", "Its lawyers said the action is due to end on Sunday 24 August."], []),
    # "Separately, the A39 … will be closed": what a sentence opening "Separately," brings in is another period, so the
    # article's own closure keeps one qualifier ("the bridge") and is one period; "due to reopen to traffic on" ends it
    ("a closure beside one told apart by 'Separately,', wrong", ["The council said the closure will begin on Monday 4 August and is expected to last 16 weeks.", "Separately, the A39 at Marlbury will be closed overnight for three nights from Tuesday 12 August.", "The bridge is due to reopen to traffic on Friday 31 October."], [7]),
    ("a closure beside one told apart by 'Separately,', right", ["The council said the closure will begin on Monday 4 August and is expected to last 16 weeks.", "Separately, the A39 at Marlbury will be closed overnight for three nights from Tuesday 12 August.", "The bridge is due to reopen to traffic on Monday 24 November."], []),
    ("a closure beside another named plainly", ["The council said the closure will begin on Monday 4 August and is expected to last 16 weeks.", "The A39 at Marlbury will be closed overnight for three nights from Tuesday 12 August.", "The bridge is due to reopen to traffic on Friday 31 October."], []),
    # submissions beside the article's consultation and another: theirs whose subject matter they share, and no other's
    ("submissions on the article's consultation beside another, wrong", ["The six-week public consultation on the relief road opened on Monday 4 August, and every submission received will be read.", "Separately, a four-week consultation on pay parking opened on Friday 1 August.", "Submissions on the relief road must be received no later than 5pm on Friday 26 September."], [7]),
    ("submissions on the article's consultation beside another, right", ["The six-week public consultation on the relief road opened on Monday 4 August, and every submission received will be read.", "Separately, a four-week consultation on pay parking opened on Friday 1 August.", "Submissions on the relief road must be received no later than 5pm on Monday 15 September."], []),
    ("submissions on the other consultation", ["The six-week public consultation on the relief road opened on Monday 4 August, and every submission received will be read.", "Separately, a four-week consultation on pay parking opened on Friday 1 August.", "Submissions on pay parking and the relief road must be received no later than 5pm on Friday 26 September."], []),
    # "for the 45 days the scheme is open": a length, then the period it is the length of
    ("the days the amnesty is open, wrong", ["The amnesty will come into force with effect from Monday 4 August.", "The cut-off for payment under the amnesty is Monday 3 November.", "Help desks will stay open for the 45 days the amnesty is open."], [7]),
    ("the days the amnesty is open, right", ["The amnesty will come into force with effect from Monday 4 August.", "The cut-off for payment under the amnesty is Monday 3 November.", "Help desks will stay open for the 91 days the amnesty is open."], []),
    ("the days something else is open", ["The amnesty will come into force with effect from Monday 4 August.", "The cut-off for payment under the amnesty is Monday 3 November.", "Help desks will stay open for the 45 days the office is open."], []),
    # a grant counted from a noun a weekday dates ("handed down the verdict on Monday"), ending where the article names
    # the window for the same errand ("the appeal window … closes on")
    ("a grant and the appeal window, wrong", ["The court handed down the verdict on Monday.", "The defendant has 15 days from the date of the verdict to file an appeal.", "Court officials said the appeal window closes on 15 August."], [7]),
    ("a grant and the appeal window, right", ["The court handed down the verdict on Monday.", "The defendant has 15 days from the date of the verdict to file an appeal.", "Court officials said the appeal window closes on 5 August."], []),
    ("a grant and a window for another errand", ["The court handed down the verdict on Monday.", "The defendant has 15 days from the date of the verdict to file an appeal.", "Court officials said the objection window closes on 15 August."], []),
    # a length named later by another noun ("the three-week subscription window"): the one dated period it fits (link_periods)
    ("an issue's dates and its window named later, wrong", ["The issue will open on Monday 4 August and close on Monday 18 August.", "The promoter will subscribe to its full entitlement.", "Investors who do not act during the three-week subscription window lose their entitlements."], [7]),
    ("an issue's dates and its window named later, right", ["The issue will open on Monday 4 August and close on Monday 18 August.", "The promoter will subscribe to its full entitlement.", "Investors who do not act during the two-week subscription window lose their entitlements."], []),
    ("a window brought in with 'a'", ["The issue will open on Monday 4 August and close on Monday 18 August.", "Buyers then have a three-week cooling-off window."], []),
    ("a window beside two dated periods", ["The issue will open on Monday 4 August and close on Monday 18 August.", "The consultation opens on Monday 4 August and closes on Monday 1 September.", "Investors who miss the three-week window lose out."], []),
    # a noun given a length as its modifier and named again with a day is a period whatever it is called
    ("a quarantine with a length, a start and an end, wrong", ["The ministry has imposed a 60-day quarantine on cattle in four districts.", "The quarantine took effect on Monday 14 July.", "Markets will stay shut until the quarantine is lifted on 12 October."], [7]),
    ("a quarantine with a length, a start and an end, right", ["The ministry has imposed a 60-day quarantine on cattle in four districts.", "The quarantine took effect on Monday 14 July.", "Markets will stay shut until the quarantine is lifted on 12 September."], []),
    ("a noun with a length never named again with a day", ["The ministry has imposed a 60-day quarantine on cattle in four districts.", "Officials began the work on Monday 14 July.", "Markets will stay shut until 12 October."], []),
    ("counted from a sentencing dated twice", ["He was on Monday 14 July sentenced to 12 years.", "His brother was sentenced on Friday 18 July.", "He has 14 days from sentencing to file a notice of appeal, before the deadline of Monday 4 August."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_deadline_arithmetic(name, paragraphs, expected, rules):
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


def test_slack_comes_from_rule_files(tmp_path):
    from factcheck.config import load_rules

    loose = tmp_path / "loose.yaml"
    loose.write_text("checks:\n  deadline-arithmetic:\n    slack-days: 5\n")
    text = HEAD + f"The firm must reply within 30 days of the notice of {dm(START)}, by {dm(START + dt.timedelta(days=34))}.\n"
    assert findings_of(text, rules=load_rules([str(loose)]), check=CHECK) == []
    assert findings_of(text, check=CHECK) == [(CHECK, 3)]


# issue 12: periods read from copy written for the evaluation sets of session 13 (periods-13, periods-14, mixed-23 to -26): each with its own publication date
FROM_SESSION_13_SETS = [
    ('a moratorium that can be extended, wrong', 'date 2025-07-22 Deadline set\n\n', ['The council voted to impose a 60-day moratorium on new data centres.', 'The moratorium takes effect Aug. 4 and runs until Dec. 4.', 'Under state law, the council can extend the moratorium once by up to 60 days.'], [5]),
    ('a moratorium that can be extended, right', 'date 2025-07-22 Deadline set\n\n', ['The council voted to impose a 60-day moratorium on new data centres.', 'The moratorium takes effect Aug. 4 and runs until Oct. 3.', 'Under state law, the council can extend the moratorium once by up to 60 days.'], []),
    ('a closure compared with years since, wrong', 'date 2025-07-22 Deadline set\n\n', ['The line will be shut from 4 August to 15 August inclusive.', 'The operator said the three-week closure was the first full shutdown since the line opened between 2009 and 2011.'], [5]),
    ('a closure compared with years since, right', 'date 2025-07-22 Deadline set\n\n', ['The line will be shut from 4 August to 24 August inclusive.', 'The operator said the three-week closure was the first full shutdown since the line opened between 2009 and 2011.'], []),
    ('a timetable for six weeks from, wrong', 'date 2025-07-22 Deadline set\n\n', ['The ferry will run to a reduced timetable for six weeks from Monday 4 August.', 'The reduced timetable will run from Monday 4 August to Sunday 28 September.'], [5]),
    ('a timetable for six weeks from, right', 'date 2025-07-22 Deadline set\n\n', ['The ferry will run to a reduced timetable for six weeks from Monday 4 August.', 'The reduced timetable will run from Monday 4 August to Sunday 14 September.'], []),
    ('an offer open from the day it was tabled, wrong', 'date 2025-07-22 Deadline set\n\n', ['The board tabled what it called a final offer on Monday, July 14.', 'The board said the offer would remain open for 10 days, until Friday, Aug. 1.'], [5]),
    ('an offer open from the day it was tabled, right', 'date 2025-07-22 Deadline set\n\n', ['The board tabled what it called a final offer on Monday, July 14.', 'The board said the offer would remain open for 10 days, until Thursday, July 24.'], []),
    ("comments received until, told by the comment period's word, wrong", 'date 2025-07-22 Deadline set\n\n', ['Residents have a 45-day comment period on the plan.', 'The comment period opened on Monday, July 14.', 'Written comments will be received until 4:30 p.m. on Friday, Sept. 12.'], [7]),
    ("comments received until, told by the comment period's word, right", 'date 2025-07-22 Deadline set\n\n', ['Residents have a 45-day comment period on the plan.', 'The comment period opened on Monday, July 14.', 'Written comments will be received until 4:30 p.m. on Thursday, Aug. 28.'], []),
    ('an ultimatum given on a day after its subject, wrong', 'date 2025-07-24 Deadline set\n\n', ['The company on Monday issued a seven-day ultimatum to striking drivers.', 'The ultimatum, which runs out on Monday 4 August, did not end the talks.'], [5]),
    ('an ultimatum given on a day after its subject, right', 'date 2025-07-24 Deadline set\n\n', ['The company on Monday issued a seven-day ultimatum to striking drivers.', 'The ultimatum, which runs out on Monday 28 July, did not end the talks.'], []),
    ('a length sought, not given', 'date 2025-07-22 Deadline set\n\n', ['The bar agreed to a 14-day suspension of its licence.', 'The suspension begins Monday, Aug. 4, and ends Sunday, Aug. 17.', 'The regulator had originally sought a 30-day suspension.'], []),
    ("an earlier year's closure with days and no year", 'date 2025-07-22 Deadline set\n\n', ['The fishing closure will be in force from Monday 4 August to Sunday 31 August.', 'The bank was last closed in 2024, but that closure lasted six weeks, from 6 May to 17 June.'], []),
    ('a length granted from today, in the standfirst', 'date 2026-03-11 School closure plan\n\nParents have six weeks to have their say on plans to shut the school\n\nBy Helen Ackroyd\n\n', ['The consultation will open on Monday 16 March and run until Wednesday 22 April.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_13_SETS, ids=[c[0] for c in FROM_SESSION_13_SETS])
def test_cases_from_the_session_13_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, "deadline-arithmetic", rules) == expected


# Cases from the session-14 sets: each mechanism firing and quiet
FROM_SESSION_14_SETS = [
    ('a count from a notice to the last date fixed for it', 'date 2025-07-10 Metro tender\n\n', ['According to the notice issued on July 2, bidders have to submit their offers online within 45 days of the date of the notice, with the last date for submission fixed as August 31.'], [3]),
    ('a count from a notice to the last date that fits it', 'date 2025-07-10 Metro tender\n\n', ['According to the notice issued on July 2, bidders have to submit their offers online within 45 days of the date of the notice, with the last date for submission fixed as August 16.'], []),
    ('an agreement taking effect and running through a day that does not fit', 'date 2025-05-20 Bus contract\n\n', ['The board backed a new contract with Coastline.', 'The 36-month agreement would take effect July 1, 2025, and run through June 30, 2027, with an option for the district to extend it.', 'A separate contract for school meals was renewed last year.'], [5]),
    ('an agreement taking effect and running through a day that fits', 'date 2025-05-20 Bus contract\n\n', ['The board backed a new contract with Coastline.', 'The 24-month agreement would take effect July 1, 2025, and run through June 30, 2027, with an option for the district to extend it.', 'A separate contract for school meals was renewed last year.'], []),
    ("a period opening and closing on days, without 'on'", 'date 2026-05-20 Hydro line review\n\n', ['The review will begin with a 30-day public information period opening June 9 and closing Aug. 8.'], [3]),
    ('a period opening and closing on days that fit', 'date 2026-05-20 Hydro line review\n\n', ['The review will begin with a 30-day public information period opening June 9 and closing July 8.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_14_SETS, ids=[c[0] for c in FROM_SESSION_14_SETS])
def test_cases_from_the_session_14_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


# Cases from the session 15 sets and their misses, firing and quiet.
FROM_SESSION_15_SETS = [
    ('a two-day strike over four days', 'date 2025-08-01 Drivers to strike\n\n', ['Drivers will stage a two-day strike from 14 August until 17 August, the union said.'], [3]),
    ('a three-day strike counted inclusively', 'date 2025-08-01 Drivers to strike\n\n', ['Drivers will stage a three-day strike from 14 August until 16 August, the union said.'], []),
    ('a three-day strike, back on the fourth day', 'date 2025-08-01 Drivers to strike\n\n', ['Drivers will stage a three-day strike from 14 August until 17 August, the union said.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_15_SETS, ids=[c[0] for c in FROM_SESSION_15_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


# Cases from the session 16 sets and their misses, firing and quiet.
FROM_SESSION_16_SETS = [
    ('responses closing a dated consultation beside a separate undated one', 'date 2025-11-05 Council consults on closing Inverlarig Primary\n\n', ['Highland Council has opened a four-week consultation on a proposal to close Inverlarig Primary.', 'The consultation opened on Monday 3 November, and paper copies have been placed in both schools.', 'Responses must reach the council by 5pm on Monday 8 December, online or by post.', 'A separate 12-week consultation on charges at council car parks is also under way.'], [7]),
    ('responses closing a dated consultation when it fits', 'date 2025-11-05 Council consults on closing Inverlarig Primary\n\n', ['Highland Council has opened a four-week consultation on a proposal to close Inverlarig Primary.', 'The consultation opened on Monday 3 November, and paper copies have been placed in both schools.', 'Responses must reach the council by 5pm on Monday 1 December, online or by post.', 'A separate 12-week consultation on charges at council car parks is also under way.'], []),
    ('responses beside a separate consultation dated itself: whose they are is a guess', 'date 2025-11-05 Council consults on closing Inverlarig Primary\n\n', ['Highland Council has opened a four-week consultation on a proposal to close Inverlarig Primary.', 'The consultation opened on Monday 3 November, and paper copies have been placed in both schools.', 'Responses must reach the council by 5pm on Monday 8 December, online or by post.', 'A separate 12-week consultation on charges at council car parks opened on Monday 15 September.'], []),
    ('responses closing a dated consultation beside a separate undated one', 'date 2025-11-05 Council consults on closing Inverlarig Primary\n\n', ['Highland Council has opened a four-week consultation on a proposal to close Inverlarig Primary.', 'The consultation opened on Monday 3 November, and paper copies have been placed in both schools.', 'Responses must reach the council by 5pm on Monday 8 December, online or by post.', 'A separate 12-week consultation on charges at council car parks is also under way.'], [7]),
    ('responses closing a dated consultation when it fits', 'date 2025-11-05 Council consults on closing Inverlarig Primary\n\n', ['Highland Council has opened a four-week consultation on a proposal to close Inverlarig Primary.', 'The consultation opened on Monday 3 November, and paper copies have been placed in both schools.', 'Responses must reach the council by 5pm on Monday 1 December, online or by post.', 'A separate 12-week consultation on charges at council car parks is also under way.'], []),
    ('responses beside a separate consultation dated itself: whose they are is a guess', 'date 2025-11-05 Council consults on closing Inverlarig Primary\n\n', ['Highland Council has opened a four-week consultation on a proposal to close Inverlarig Primary.', 'The consultation opened on Monday 3 November, and paper copies have been placed in both schools.', 'Responses must reach the council by 5pm on Monday 8 December, online or by post.', 'A separate 12-week consultation on charges at council car parks opened on Monday 15 September.'], []),
    ('responses due ahead, beside a separate consultation that closed', 'date 2025-11-05 Council consults on closing Inverlarig Primary\n\n', ['Highland Council has opened a four-week consultation on a proposal to close Inverlarig Primary.', 'The consultation opened on Monday 3 November, and paper copies have been placed in both schools.', 'Responses must reach the council by 5pm on Monday 8 December, online or by post.', 'A separate 12-week consultation on car parks, which closed at the end of September, drew 900 responses.'], [7]),
    ('responses due ahead, beside a separate consultation running until a month', 'date 2025-11-05 Council consults on closing Inverlarig Primary\n\n', ['Highland Council has opened a four-week consultation on a proposal to close Inverlarig Primary.', 'The consultation opened on Monday 3 November, and paper copies have been placed in both schools.', 'Responses must reach the council by 5pm on Monday 8 December, online or by post.', 'A separate 12-week consultation on car parks runs until January.'], []),
    ('submissions to the one tender, in an article with no consultation', 'date 2026-03-04 Water operator opens tender for plant upgrade\n\n', ['Perairan Utara Bhd has opened an international tender for the upgrade of its Sungai Kerian water plant.', 'Submissions for phase one can be lodged online from Monday 9 March.', 'The company said it had kept the four-week tender window short because the design work was complete.', 'Submissions close at noon on Friday 24 April.'], [9]),
    ('submissions to the one tender that fit its length', 'date 2026-03-04 Water operator opens tender for plant upgrade\n\n', ['Perairan Utara Bhd has opened an international tender for the upgrade of its Sungai Kerian water plant.', 'Submissions for phase one can be lodged online from Monday 9 March.', 'The company said it had kept the four-week tender window short because the design work was complete.', 'Submissions close at noon on Monday 6 April.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_16_SETS, ids=[c[0] for c in FROM_SESSION_16_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


# Cases from the session 17 sets and their misses, firing and quiet.
FROM_SESSION_17_SETS = [
    ('years from a dated start to an end with no year: the nearest year', 'date 2026-11-12 Transit strike drags on\n\n', ['The previous contract expired on March 31, after running for three years from April 1, 2023.'], []),
    ('years from a dated start to an end with no year that misses', 'date 2026-11-12 Transit strike drags on\n\n', ['The previous contract expired on June 30, after running for three years from April 1, 2023.'], [3]),
    ('months from a dated start to an end with no year in the next year', 'date 2026-11-12 Transit strike drags on\n\n', ['The lease ran for six months from October 1, 2025, until March 31.'], []),
    ('months from a dated start to an end with no year that misses', 'date 2026-11-12 Transit strike drags on\n\n', ['The lease ran for six months from October 1, 2025, until May 31.'], [3]),
    ('a kind word before "window" names the period; its length told "of" it', 'date 2026-08-19 Council to consult on water meters\n\n', ['The consultation window opens on Monday 24 August and runs until 5pm on Friday 18 September.', 'Over the six weeks of consultation, council staff will hold drop-in sessions at the libraries.'], [5]),
    ('the length told "of" the period fits', 'date 2026-08-19 Council to consult on water meters\n\n', ['The consultation window opens on Monday 24 August and runs until 5pm on Sunday 4 October.', 'Over the six weeks of consultation, council staff will hold drop-in sessions at the libraries.'], []),
    ('a part of the period told "of" it', 'date 2026-08-19 Council to consult on water meters\n\n', ['The consultation window opens on Monday 24 August and runs until 5pm on Sunday 4 October.', 'In the first two weeks of consultation, council staff will hold drop-in sessions at the libraries.'], []),
    ('a strike notice served on a day that runs out on another', 'date 2026-09-17 Copper miners accept pay deal\n\n', ['The union had served a 14-day strike notice on the company on 3 September, which would have run out on 24 September had no settlement been reached.'], [3]),
    ('a strike notice that fits', 'date 2026-09-17 Copper miners accept pay deal\n\n', ['The union had served a 14-day strike notice on the company on 3 September, which would have run out on 17 September had no settlement been reached.'], []),
    ('a grant with its recipient names the deadline after it', 'date 2026-03-19 Judge admits confession evidence\n\n', ['Justice Ramsaran delivered her ruling on Wednesday.', "She gave the defence 21 days from Wednesday's ruling to file any written application, setting a deadline of April 2."], [5]),
    ('a grant with its recipient and a deadline that fits', 'date 2026-03-19 Judge admits confession evidence\n\n', ['Justice Ramsaran delivered her ruling on Wednesday.', "She gave the defence 21 days from Wednesday's ruling to file any written application, setting a deadline of April 8."], []),
    ('a clear end in the sentence after a grant ends the grant', 'date 2026-10-16 Landlord banned for three years\n\n', ['The tribunal published its decision on 14 October 2026.', 'The order runs from 14 October 2026 until 13 October 2029.', 'He has 28 days from the decision on 14 October to apply for permission to appeal. Any application must be lodged no later than 5 November.'], [7]),
    ('a clear end after a grant that fits', 'date 2026-10-16 Landlord banned for three years\n\n', ['The order runs from 14 October 2026 until 13 October 2029.', 'He has 28 days from the decision on 14 October to apply for permission to appeal. Any application must be lodged no later than 11 November.'], []),
    ('how far a period was moved is no length of it', 'date 2026-10-06 Regulators extend comment period on rate rise\n\n', ['Regulators opened a public comment period on Monday and agreed to keep it open three weeks longer than first planned.', 'The commission had scheduled the written comment period to run from Oct. 5 through Oct. 30. The commission extended the closing date by three weeks to Nov. 20.'], []),
    ('an end after "up until"', 'date 2026-09-22 Residents given five weeks to comment on appeal\n\n', ['The consultation opened on Monday 14 September and runs for four weeks, up until Monday 26 October.'], [3]),
    ('a grant whose errand is told before it', 'date 2026-09-22 Residents given five weeks to comment on appeal\n\n', ['Anyone who wants to comment has five weeks from Monday 14 September, which means representations must reach the Inspectorate by Monday 26 October.'], [3]),
    ('a grant whose errand is told before it, that fits', 'date 2026-09-22 Residents given five weeks to comment on appeal\n\n', ['Anyone who wants to comment has five weeks from Monday 14 September, which means representations must reach the Inspectorate by Monday 19 October.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_17_SETS, ids=[c[0] for c in FROM_SESSION_17_SETS])
def test_cases_from_the_session_17_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


# Cases from session 19's sets and earlier fixtures' misses, firing and quiet.
FROM_SESSION_19_SETS = [
    ('a grant to a list of recipients dates the period its errand names', 'date 2026-01-08 Regulator opens tariff review\n\n',
     ['The regulator has given consumers, businesses and other groups 21 days from Monday, January 5, to lodge objections or comments on the application.',
      'Comments must reach its offices by Friday, January 30.'], [5]),
    ('a grant whose errand names the period, ending on time', 'date 2026-01-08 Regulator opens tariff review\n\n',
     ['The regulator has given consumers, businesses and other groups 21 days from Monday, January 5, to lodge objections or comments on the application.',
      'Comments must reach its offices by Monday, January 26.'], []),
    ('a limit whose errand names the period', 'date 2025-11-06 Commission backs rate rise\n\n',
     ['The commission will take written public comments for 30 days, beginning Monday, Nov. 10, before a final vote.',
      'Anyone who wants a say has until Dec. 22 to get written comments to the commission, she said.'], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_19_SETS, ids=[c[0] for c in FROM_SESSION_19_SETS])
def test_cases_from_the_session_19_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


FROM_SESSION_21 = [
    ('a consultation "on the scheme" opened on a day, its end given by "the 28-day period"', 'date 2026-03-12 Homes plan goes out to consultation\n\n',
     ['The council\'s 28-day consultation on the scheme, lodged by Ashgrove Homes, opened on Monday 2 March.',
      'Comments can be sent until Wednesday 1 April, when the 28-day period ends.'], [5]),
    ('the same period, its end right', 'date 2026-03-12 Homes plan goes out to consultation\n\n',
     ['The council\'s 28-day consultation on the scheme, lodged by Ashgrove Homes, opened on Monday 2 March.',
      'Comments can be sent until Monday 30 March, when the 28-day period ends.'], []),
    ('a dated act "starting the clock on" a period of a stated length', 'date 2026-09-15 Agency proposes drone noise rule\n\n',
     ['The agency proposed the rule on Monday, opening a 45-day public comment period.',
      'The proposal was published on Monday, Sept. 14, starting the clock on the comment period.',
      'Comments will be accepted until Nov. 6.'], [7]),
    ('the same period, its end right', 'date 2026-09-15 Agency proposes drone noise rule\n\n',
     ['The agency proposed the rule on Monday, opening a 45-day public comment period.',
      'The proposal was published on Monday, Sept. 14, starting the clock on the comment period.',
      'Comments will be accepted until Oct. 29.'], []),
    ('comments taken "for 21 days starting" a day, the consultation given a later end', 'date 2026-06-11 Tax board consults sellers\n\n',
     ['The board said it would accept written comments from sellers on its draft rules for 21 days starting June 15.',
      'The board said the consultation was open to everyone.',
      'Under the notice, the consultation window runs until July 15.'], [7]),
    ('the same, the end right', 'date 2026-06-11 Tax board consults sellers\n\n',
     ['The board said it would accept written comments from sellers on its draft rules for 21 days starting June 15.',
      'The board said the consultation was open to everyone.',
      'Under the notice, the consultation window runs until July 6.'], []),
    ('a consultation opened on a day after an aside, its last day worded "the last day for residents to comment"', 'date 2026-03-05 Lodges plan out to consultation\n\n',
     ['The planning department opened a 21-day consultation on the application, reference BT/26/0144, on Monday 2 March.',
      'The last day for residents to comment on the application is Friday 27 March.'], [5]),
    ('the same, the last day right', 'date 2026-03-05 Lodges plan out to consultation\n\n',
     ['The planning department opened a 21-day consultation on the application, reference BT/26/0144, on Monday 2 March.',
      'The last day for residents to comment on the application is Monday 23 March.'], []),
    ('US copy: a period opened with no "on" before its day, its last day "to submit"', 'date 2026-01-08 Regulators take comments on rate request\n\n',
     ['The commission opened a 60-day written comment period Dec. 15.', 'The last day to submit written comments is Feb. 20, the notice said.'], [5]),
    ('the same, its last day right', 'date 2026-01-08 Regulators take comments on rate request\n\n',
     ['The commission opened a 60-day written comment period Dec. 15.', 'The last day to submit written comments is Feb. 13, the notice said.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_21, ids=[c[0] for c in FROM_SESSION_21])
def test_cases_from_session_21(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


FROM_SESSION_22 = [
    ('a length "counted from the day" its notices were posted, against the end', 'date 2026-03-05 Homes plan goes out to consultation\n\n',
     ['Site notices went up around the village on Monday 2 March.',
      'The notice gives the public 21 days to comment on the plans, counted from the day the site notices were posted.',
      'Comments must reach the planning department by 5pm on Monday 30 March.'], [7]),
    ('the same count, the end right', 'date 2026-03-05 Homes plan goes out to consultation\n\n',
     ['Site notices went up around the village on Monday 2 March.',
      'The notice gives the public 21 days to comment on the plans, counted from the day the site notices were posted.',
      'Comments must reach the planning department by 5pm on Monday 23 March.'], []),
    ('a grant dated by its weekday ("on Thursday granted … four weeks"), against the end', 'date 2026-02-13 Court gives builder time to reply\n\n',
     ['The High Court on Thursday granted Arvora Infra four weeks to file its reply to the homebuyers\' petition.',
      'As per the order, Arvora\'s reply must be filed by April 2.'], [5]),
    ('the same grant, the end right', 'date 2026-02-13 Court gives builder time to reply\n\n',
     ['The High Court on Thursday granted Arvora Infra four weeks to file its reply to the homebuyers\' petition.',
      'As per the order, Arvora\'s reply must be filed by March 12.'], []),
    ('a period that "begins on the date of the notice" an earlier sentence dates, against its end', 'date 2026-11-06 Dam contract challenged\n\n',
     ['The authority issued its notice of intention to award the contract to the Okuapem-Dalian Engineering Joint Venture on Friday 9 October.',
      'No contract may be signed during the 14-day standstill period that begins on the date of the notice of intention to award. That period expired on Friday 30 October.'], [5]),
    ('the same period, its end right', 'date 2026-11-06 Dam contract challenged\n\n',
     ['The authority issued its notice of intention to award the contract to the Okuapem-Dalian Engineering Joint Venture on Friday 9 October.',
      'No contract may be signed during the 14-day standstill period that begins on the date of the notice of intention to award. That period expired on Friday 23 October.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_22, ids=[c[0] for c in FROM_SESSION_22])
def test_cases_from_session_22(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


FROM_SESSION_23 = [
    ('a trial whose length does not fit its dates, beside a time granted to objectors', 'date 2026-03-13 Bar given later hours on trial\n\n',
     ['The later hours will apply for a 12-week trial running from Monday 6 April to Sunday 12 July.',
      'Objectors have 21 days from the date of a decision to lodge an appeal, meaning any appeal must be lodged by Thursday 2 April.',
      'Former depute convener Alasdair Rennie, who stepped down in January and was replaced by Fiona Mackle, voted against the trial.'], [3]),
    ('the same trial, its length right', 'date 2026-03-13 Bar given later hours on trial\n\n',
     ['The later hours will apply for a 12-week trial running from Monday 6 April to Sunday 28 June.',
      'Objectors have 21 days from the date of a decision to lodge an appeal, meaning any appeal must be lodged by Thursday 2 April.',
      'Former depute convener Alasdair Rennie, who stepped down in January and was replaced by Fiona Mackle, voted against the trial.'], []),
    ('a strike "since" a day, ended by an act dated by its weekday, against its length', 'date 2026-11-06 Axle workers ratify contract\n\n',
     ['Workers at the plant voted Wednesday to ratify a four-year contract, ending a strike that had halted production since Sept. 21.',
      'Over the 38 days of the strike, the plant lost production of about 61,000 axle sets.'], [5]),
    ('the same strike, its length right', 'date 2026-11-06 Axle workers ratify contract\n\n',
     ['Workers at the plant voted Wednesday to ratify a four-year contract, ending a strike that had halted production since Sept. 21.',
      'Over the 44 days of the strike, the plant lost production of about 61,000 axle sets.'], []),
    ('"the date it was received" names no dated thing', 'date 2026-03-19 Residents have until 14 April to comment\n\n',
     ['Residents have until Tuesday 14 April to make submissions on a plan for 94 homes, after the council received a valid application on Tuesday 10 March.',
      'Written observations must reach the council within five weeks of the date it was received.',
      'The council is due to decide on the application by Tuesday 5 May, eight weeks after it was received.',
      'If the council decides on the due date of 5 May, any appeal would have to be lodged by Tuesday 2 June.'], []),
    ('a time counted "from sentence" passed "at" a court on a day, against its end', 'date 2026-04-15 Driver banned for 20 months\n\n',
     ['Liam Carter, 34, was sentenced at Haverleigh Magistrates\' Court on Tuesday 14 April after admitting drink-driving.',
      'Carter has 21 days from sentence to lodge an appeal with the Crown Court, until 12 May.'], [5]),
    ('the same time, its end right', 'date 2026-04-15 Driver banned for 20 months\n\n',
     ['Liam Carter, 34, was sentenced at Haverleigh Magistrates\' Court on Tuesday 14 April after admitting drink-driving.',
      'Carter has 21 days from sentence to lodge an appeal with the Crown Court, until 5 May.'], []),
    ('a time counted from "the date of her ruling", the ruling dated by "Thursday\'s ruling"', 'date 2026-03-13 Bail terms to be reviewed\n\n',
     ['He had been held since his arrest, 11 days counting both the day of his arrest and Thursday\'s ruling.',
      'The magistrate gave the prosecution 14 days from the date of her ruling, until March 30, to file the application.'], [5]),
    ('the same time, its end right', 'date 2026-03-13 Bail terms to be reviewed\n\n',
     ['He had been held since his arrest, 11 days counting both the day of his arrest and Thursday\'s ruling.',
      'The magistrate gave the prosecution 14 days from the date of her ruling, until March 26, to file the application.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_23, ids=[c[0] for c in FROM_SESSION_23])
def test_cases_from_session_23(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


FROM_SESSION_25 = [
    ('a notice that points back, dated by the participle after it', 'date 2026-06-02 Civil servants to strike\n\n',
     ['The union served the government with a strike notice over unpaid arrears.',
      'The 14-day notice, served on the Ministry of Public Service on Monday, May 25, lapses on Thursday, June 11.'], [5]),
    ('the same notice, its end right', 'date 2026-06-02 Civil servants to strike\n\n',
     ['The union served the government with a strike notice over unpaid arrears.',
      'The 14-day notice, served on the Ministry of Public Service on Monday, May 25, lapses on Monday, June 8.'], []),
    ("another union's notice, brought in with 'a' and days of its own", 'date 2026-06-02 Civil servants to strike\n\n',
     ['The union served the government with a strike notice over unpaid arrears.',
      'The 14-day notice, served on the Ministry of Public Service on Monday, May 25, lapses on Monday, June 8.',
      'Clinical officers served county governments with a 21-day strike notice on May 18, which expires on Monday, June 8.'], []),
    ('a length counted from a weekday, to its end', 'date 2026-07-14 Court extends ban\n\n',
     ['The Bench granted the Commission four weeks from Tuesday, that is, until August 4, to file counter-affidavits.'], [3]),
    ('the same length, its end right', 'date 2026-07-14 Court extends ban\n\n',
     ['The Bench granted the Commission four weeks from Tuesday, that is, until August 11, to file counter-affidavits.'], []),
    ('a length set off by what it is of, then its span', 'date 2026-03-11 Treasurer sentenced\n\n',
     ['She will spend the first eight months of the conditional sentence under house arrest, from March 11 to Sept. 11.'], [3]),
    ('the same span, right', 'date 2026-03-11 Treasurer sentenced\n\n',
     ['She will spend the first six months of the conditional sentence under house arrest, from March 11 to Sept. 11.'], []),
    ('a length after the span, of something else', 'date 2026-06-01 Visa pilot\n\n',
     ['A pilot ran from Monday 2 March to Friday 29 May and processed more than 38,000 applications, 97 per cent of them within 24 hours.'], []),
    ("a clear end goes to the period named for its errand, opened in the passive", 'date 2026-05-05 Market tender\n\n',
     ['The invitation for bids was published in the national newspapers on April 30.',
      'Officials said the 21-day bidding period had been set so the contract could be awarded before the monsoon.',
      'Traders will have a three-month grace period from June 1 to August 31 to move their stalls.',
      'Sealed bids must be submitted no later than 2.00 p.m. on May 28.'], [9]),
    ("the same end, right", 'date 2026-05-05 Market tender\n\n',
     ['The invitation for bids was published in the national newspapers on April 30.',
      'Officials said the 21-day bidding period had been set so the contract could be awarded before the monsoon.',
      'Traders will have a three-month grace period from June 1 to August 31 to move their stalls.',
      'Sealed bids must be submitted no later than 2.00 p.m. on May 21.'], []),
    ("a window given with its tender, dated by the act that opened it", 'date 2026-02-10 Bin contract awarded\n\n',
     ['The council advertised the tender on January 12, giving firms a 28-day bidding window that closed on February 9.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_25, ids=[c[0] for c in FROM_SESSION_25])
def test_cases_from_session_25(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


FROM_SESSION_26 = [
    ("a move by a fortnight to a day three weeks on", 'date 2026-08-19 Tasman extends bid\n\n',
     ["The offer opened on July 20 and had been due to close at 7pm on Friday, August 21. Tasman said on Tuesday it had extended the offer by a fortnight, to 7pm on Friday, September 11."], [3]),
    ("the same move, right", 'date 2026-08-19 Tasman extends bid\n\n',
     ["The offer opened on July 20 and had been due to close at 7pm on Friday, August 21. Tasman said on Tuesday it had extended the offer by a fortnight, to 7pm on Friday, September 4."], []),
    ("six working weeks, Monday to the sixth week's Friday", 'date 2026-06-10 INEC resumes registration\n\n',
     ["The commissioner said the in-person exercise would run for six weeks, from June 22 to Friday, July 31, 2026."], []),
    ("six weeks to a Friday a week short", 'date 2026-06-10 INEC resumes registration\n\n',
     ["The commissioner said the in-person exercise would run for six weeks, from June 22 to Friday, July 24, 2026."], [3]),
    ("a hearing brought forward by a week", 'date 2026-08-19 Hearing moved\n\n',
     ["The hearing had been set for Monday, October 12. The court has brought it forward by a week, to Monday, October 5."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_26, ids=[c[0] for c in FROM_SESSION_26])
def test_cases_from_session_26(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


FROM_SESSION_27 = [
    ("a length granted on a dated day for an errand, that does not reach its end", 'date 2026-03-10 Dairy site plans\n\n',
     ["Statutory consultees were sent the plans on Monday 2 March and have the usual 21 days to reply, until Monday 30 March."], [3]),
    ("the same grant, reaching its end", 'date 2026-03-10 Dairy site plans\n\n',
     ["Statutory consultees were sent the plans on Monday 2 March and have the usual 21 days to reply, until Monday 23 March."], []),
    ("a consultation opened on a day, giving people a length to comment", 'date 2026-03-10 Dairy site plans\n\n',
     ["The council opened the public consultation on Thursday 5 March, giving people the standard 21 days to comment, until Thursday 26 March."], []),
    ("a dated day of something else before a length with no errand", 'date 2026-03-10 Dairy site plans\n\n',
     ["The dairy closed on Monday 2 March and has 21 days of stock left, until Monday 30 March."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27, ids=[c[0] for c in FROM_SESSION_27])
def test_cases_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


_ROAD = 'date 2026-09-15 Road cost rises again\n\n'
FROM_SESSION_28 = [
    ("a move told by its noun, months between two months", _ROAD,
     ["With Monday's approval, the contractor has been granted an extension of 15 months, from December 2025 to June 2027."], [3]),
    ("the right number of months", _ROAD,
     ["With Monday's approval, the contractor has been granted an extension of 18 months, from December 2025 to June 2027."], []),
    ("weeks between two days without a year, across the new year", _ROAD,
     ["The hearing was put back again, a delay of three weeks, from 28 December to 11 January."], [3]),
    ("two weeks across the new year", _ROAD,
     ["The hearing was put back again, a delay of two weeks, from 28 December to 11 January."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_28, ids=[c[0] for c in FROM_SESSION_28])
def test_cases_from_session_28(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


_BAR = 'date 2026-03-04 Beach bar closed\n\n'

FROM_SESSION_29 = [
    ("a length after 'for' and what the period is of", _BAR,
     ["The city ordered the closure of a beachfront bar in Barangay Maribago for 15 days.",
      "The closure began on Monday, March 2 and runs until March 21, the order said."], [5]),
    ("the same, adding up", _BAR,
     ["The city ordered the closure of a beachfront bar in Barangay Maribago for 15 days.",
      "The closure began on Monday, March 2 and runs until March 17, the order said."], []),
    ("a length of something else a clause tells", _BAR,
     ["The closure of a bar owned by the family for 40 years began on Monday, March 2.",
      "The closure runs until March 21, the order said."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_29, ids=[c[0] for c in FROM_SESSION_29])
def test_cases_from_session_29(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


def test_another_ones_close_leaves_the_period_one_end(rules):
    """"separate from one on garden waste, which closed on 30 January" gives this consultation no second end, so its
    twelve weeks from 16 February against its 13 April close is reported."""
    head = 'date 2026-02-11 Council asks residents about three-weekly bin collections\n\n'
    paragraphs = ["The consultation opens on Monday 16 February and runs for twelve weeks, closing at midnight on Monday 13 April.",
                  "The consultation on black bags is separate from one on garden waste, which closed on 30 January."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


_OFFER = 'date 2026-05-14 Kestrel buys more time as Barlow holdouts resist bid\n\n'

FROM_SESSION_31_MOVES = [
    ("a move's length against its days, each with a time of day", _OFFER,
     ["Kestrel on Wednesday pushed the close of the $1.55-a-share cash offer back by a further three weeks, "
      "from 7pm (Sydney time) on Friday, May 15 to 7pm on Friday, May 29."], [3]),
    ("the length fits", _OFFER,
     ["Kestrel on Wednesday pushed the close of the $1.55-a-share cash offer back by a further two weeks, "
      "from 7pm (Sydney time) on Friday, May 15 to 7pm on Friday, May 29."], []),
    ("two days of another year, without a year", _OFFER,
     ["The last package was tendered in September 2025. Its tender period was extended by two weeks, from Aug 29 to Sept 12."], []),
    ("month end to month end", _OFFER,
     ["The amnesty was extended by four months, from November 30 to March 31, 2027."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_31_MOVES, ids=[c[0] for c in FROM_SESSION_31_MOVES])
def test_moves_from_and_to_after_their_length(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


_RELIEF = 'date 2026-03-10 Relief window opens\n\n'

FROM_SESSION_32_CLOCK_BEFORE_THE_END = [
    ("an end at a time of day on its date", _RELIEF,
     ["Applications open on Monday, March 16 and close at 4:00 p.m. on Thursday, April 30, a 60-day window."], [3]),
    ("the window fits", _RELIEF,
     ["Applications open on Monday, March 16 and close at 4:00 p.m. on Thursday, April 30, a 45-day window."], []),
    ("ending at 5pm on", _RELIEF,
     ["The consultation runs for six weeks from Monday 16 March, ending at 5pm on Monday 11 May."], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_32_CLOCK_BEFORE_THE_END, ids=[c[0] for c in FROM_SESSION_32_CLOCK_BEFORE_THE_END])
def test_clock_before_the_end(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


_FAA = 'date 2026-02-04 FAA proposes cabin rule\n\n'
_WALES = 'date 2026-02-10 Visitor accommodation register confirmed\n\n'

FROM_SESSION_33_OPENED_BY_AN_ACT = [
    ("a dated act opens the period its verb names", _FAA,
     ["The proposal, which the agency said would be published in the Federal Register on Friday, Feb. 6, opens a 60-day public comment period that runs through March 23."], [3]),
    ("the act's day fits", _FAA,
     ["The proposal, which the agency said would be published in the Federal Register on Friday, Feb. 6, opens a 60-day public comment period that runs through April 7."], []),
    ("another window of the article told apart by its own form", _WALES,
     ["Providers have a 12-week registration window opening on Monday 2 March and closing on Sunday 24 May.",
      "The window had originally been due to open on Monday 5 January. It was pushed back by eight weeks.",
      "An eight-week objection period on the draft fee regulations opens on Monday 16 February and closes on Friday 27 March, after which ministers will publish a summary."], [7]),
    ("the objection period fits", _WALES,
     ["Providers have a 12-week registration window opening on Monday 2 March and closing on Sunday 24 May.",
      "The window had originally been due to open on Monday 5 January. It was pushed back by eight weeks.",
      "An eight-week objection period on the draft fee regulations opens on Monday 16 February and closes on Monday 13 April, after which ministers will publish a summary."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_33_OPENED_BY_AN_ACT, ids=[c[0] for c in FROM_SESSION_33_OPENED_BY_AN_ACT])
def test_opened_by_an_act_and_told_apart(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


_WARDS = 'date 2026-03-12 Council backs Māori ward\n\n'


def test_a_period_set_apart_from_another_that_moved(rules):
    paragraphs = ["The submission period on the proposal opens on Monday, March 16, and runs for 30 days, closing at 5pm on Friday, April 24.",
                  "The review is separate from consultation on the council's draft long-term plan, which had been due to close on Friday, March 20. "
                  "That period has been extended by a fortnight, to Friday, April 3."]
    assert lines_found(_WARDS, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Friday, April 24", "Wednesday, April 15")
    assert lines_found(_WARDS, paragraphs, 'deadline-arithmetic', rules) == []


_NOTICE = 'date 2026-03-20 Quarry plan goes on display\n\n'
_STRIKE_POSITION = 'date 2026-02-03 City workers strike\n\n'

FROM_SESSION_34_ERRANDS_AND_ACTS = [
    ("a window's range, its errand's noun between", _NOTICE,
     ["Members of the public have a 28-day window to lodge comments, running from Monday 9 March to Monday 13 April."], [3]),
    ("the window's range fits", _NOTICE,
     ["Members of the public have a 28-day window to lodge comments, running from Monday 9 March to Monday 6 April."], []),
    ("a period that follows a report, the report dated after", _STRIKE_POSITION,
     ["The local has been in a legal strike position since the end of a 17-day waiting period that follows a conciliation officer's report. "
      "That report was issued Jan. 9, and the waiting period expired on Jan. 30."], [3]),
    ("the period after the report fits", _STRIKE_POSITION,
     ["The local has been in a legal strike position since the end of a 17-day waiting period that follows a conciliation officer's report. "
      "That report was issued Jan. 9, and the waiting period expired on Jan. 26."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_34_ERRANDS_AND_ACTS, ids=[c[0] for c in FROM_SESSION_34_ERRANDS_AND_ACTS])
def test_errands_and_acts_that_start_periods(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


def test_a_comment_window_is_the_comment_period_and_a_later_step_is_not(rules):
    head = 'date 2026-02-25 Quarry seeks permit to boost discharge\n\n'
    paragraphs = ["The state opened a 45-day public comment period on Monday, Feb. 9, on a draft groundwater discharge permit for the quarry.",
                  "Written comments may be submitted by email or mail, and the comment window shuts on March 16.",
                  "If the permit is issued, anyone aggrieved by the decision has 60 days to file a petition for a contested case hearing."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [5]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = paragraphs[1].replace("March 16", "March 26")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_an_ultimatum_after_which_a_strike_begins(rules):
    head = 'date 2026-03-13 Lecturers begin warning strike\n\n'
    paragraphs = ["The union has directed lecturers to begin a two-week warning strike on Monday, 16 March, after a 14-day ultimatum it gave the government lapsed.",
                  "The ultimatum, issued on 20 February after an emergency meeting in Kano, ran out on Monday, 9 March."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Monday, 9 March", "Friday, 6 March")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_an_initial_length_with_its_start_and_end(rules):
    head = 'date 2026-02-27 Water rationing begins on Monday\n\n'
    paragraphs = ["The rationing schedule takes effect on Monday, March 2, and will remain in place for an initial eight weeks, ending on Sunday, May 10, unless it rains."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("May 10", "April 26")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


FROM_SESSION_35_SENT_WITHIN = [
    ("what the public sends within a length of a dated act", 'date 2026-03-05 Draft sand rules published\n\n',
     ["The draft was published in the Government Gazette on March 4, and objections may be sent to the department within 21 days of publication, that is, on or before April 10, 2026."], [3]),
    ("the end fits", 'date 2026-03-05 Draft sand rules published\n\n',
     ["The draft was published in the Government Gazette on March 4, and objections may be sent to the department within 21 days of publication, that is, on or before March 25, 2026."], []),
    ("objections to a closure order are no length of the closure", 'date 2026-03-12 Mountain road to close\n\n',
     ["The council has published notice of an order closing the road from 8am on Monday 13 April. The road is expected to reopen on Monday 13 July, a closure of 13 weeks.",
      "Written objections to the order must reach the council within 21 days of the notice, which appeared in local papers on Tuesday 10 March."], []),
    ("a party's own filing is no window of the public's", 'date 2026-07-20 Court fines energy retailer\n\n',
     ["A notice of appeal must be filed within 28 days of the judgment, giving Brightwave until Friday 14 August to decide.",
      "Justice Patel also gave the parties 14 days, until Friday 31 July, to file written submissions on costs."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_35_SENT_WITHIN, ids=[c[0] for c in FROM_SESSION_35_SENT_WITHIN])
def test_what_the_public_sends_within_a_length(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) + lines_found(head, paragraphs, 'deadline-conflict', rules) == expected


FROM_SESSION_36_TODAY = [
    ("a period that opens today, with its length and end", 'date 2026-03-02 Shire opens grants round\n\n',
     ["The exhibition opens today and will stay open for four weeks, closing at 5pm on Monday 13 April."], [3]),
    ("the end fits", 'date 2026-03-02 Shire opens grants round\n\n',
     ["The exhibition opens today and will stay open for four weeks, closing at 5pm on Monday 30 March."], []),
    ("on display today, for a length its end restates", 'date 2026-03-12 Homes plan on display\n\n',
     ["The plans go on public display today and can be inspected for four weeks, until Thursday 16 April, at the council offices."], [3]),
    ("the end fits", 'date 2026-03-12 Homes plan on display\n\n',
     ["The plans go on public display today and can be inspected for four weeks, until Thursday 9 April, at the council offices."], []),
    ("a length with no end after it is something else's", 'date 2026-03-12 Homes plan on display\n\n',
     ["The plans go on public display today and can be inspected for four weeks. The council meets on Thursday 16 April."], []),
    ("today in a quote is the speaker's", 'date 2026-03-02 Shire opens grants round\n\n',
     ["\u201cThe exhibition opens today and will stay open for four weeks, closing on Monday 13 April,\u201d she said on Friday."], []),
    ("from tomorrow, with its date, is that date", 'date 2026-03-11 Plan out for comment\n\n',
     ["The draft plan goes on display from tomorrow, Thursday 12 March, and will be on display for five weeks, until Thursday 16 April."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_36_TODAY, ids=[c[0] for c in FROM_SESSION_36_TODAY])
def test_a_period_that_opens_today(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


def test_the_submissions_length_beside_the_consultations_opening_day_is_its_length(rules):
    head = 'date 2026-03-20 Council plan out for consultation\n\n'
    paragraphs = ["Consultation was originally due to open on 1 April, but was pushed back. It will now open on Friday 10 April.",
                  "Submissions will be accepted for four weeks, closing at 5pm on Friday 8 May. That leaves time to adopt a final plan before the legal deadline of 30 June."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []


FROM_SESSION_36_GRANTED = [
    ("opened on a weekday, a length to act, and the day it closes", 'date 2026-03-03 Operators invited to bid for bus routes\n\n',
     ["The competition opened on Monday and operators have eight weeks to submit their bids, with the portal closing at noon on Friday 15 May."], [3]),
    ("the close fits", 'date 2026-03-03 Operators invited to bid for bus routes\n\n',
     ["The competition opened on Monday and operators have eight weeks to submit their bids, with the portal closing at noon on Monday 27 April."], []),
    ("opened this morning", 'date 2026-03-09 Parking plan out for comment\n\n',
     ["The draft went on public exhibition this morning and residents have four weeks to comment, with the feedback period closing at 5pm on Friday 24 April."], [3]),
    ("a length for something else", 'date 2026-03-09 Parking plan out for comment\n\n',
     ["The draft went on public exhibition this morning and officers have four weeks to report, with the feedback period closing at 5pm on Friday 24 April after an extension."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_36_GRANTED, ids=[c[0] for c in FROM_SESSION_36_GRANTED])
def test_a_time_granted_in_the_sentence_that_opens_it(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


def test_a_time_to_stay_open_in_the_sentence_that_opens_it(rules):
    head = 'date 2026-03-02 Shire opens grants round\n\n'
    paragraphs = ["Applications open today and will stay open for four weeks, closing at 5pm on Monday 13 April."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = "Applications open today and will stay open for four weeks, closing at 5pm on Monday 30 March."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = "Applications open on Thursday and will stay open for four weeks, closing at 5pm on Thursday 2 April."  # the coming Thursday, 5 March
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_an_end_in_a_relative_clause_on_another_thing_is_not_the_periods(rules):
    head = 'date 2026-02-20 Port profits rise\n\n'
    paragraphs = ["Members imposed a two-week overtime ban from October 6 that slowed ship turnarounds. The ban ended when the union and the company agreed a three-year collective agreement, which runs until October 31, 2028."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = "Members imposed a two-week overtime ban from October 6, which runs until October 31."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


def test_a_strike_it_follows_is_another_one(rules):
    head = 'date 2026-05-13 Port strike next week\n\n'
    paragraphs = ["The stoppage will begin at 7am on Monday, 18 May and end at 7am on Wednesday, 20 May. It follows a 24-hour strike last Thursday, when no ships were worked at the port."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = "The 24-hour strike will begin at 7am on Monday, 18 May and end at 7am on Wednesday, 20 May."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


def test_a_period_opened_today_by_its_act(rules):
    head = 'date 2026-03-09 Regulator opens tariff consultation\n\n'
    paragraphs = ["The Energy and Petroleum Regulatory Authority today opened a public consultation on the application.",
                  "The consultation will run for 30 days.",
                  "Written comments must be lodged with the authority by Friday, April 3."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [7]
    paragraphs[2] = "Written comments must be lodged with the authority by Wednesday, April 8."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


FROM_SESSION_37 = [
    ("a length brought in with its errand, and that errand's days beside it", 'date 2026-03-18 Elections board seeks comment\n\n',
     ["The notice also announced a 30-day comment period on the proposal. Comments will be accepted from Monday, March 16, through Friday, April 24."], [3]),
    ("those days fit", 'date 2026-03-18 Elections board seeks comment\n\n',
     ["The notice also announced a 30-day comment period on the proposal. Comments will be accepted from Monday, March 16, through Wednesday, April 15."], []),
    ("a length counted from the day of a thing dated earlier", 'date 2026-11-03 Count ends in village polls\n\n',
     ["The village elections were held on Monday, November 2, officials said.",
      "Candidates were reminded that they have 30 days from election day, until November 27, to submit their statements."], [5]),
    ("that count fits", 'date 2026-11-03 Count ends in village polls\n\n',
     ["The village elections were held on Monday, November 2, officials said.",
      "Candidates were reminded that they have 30 days from election day, until December 2, to submit their statements."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_37, ids=[c[0] for c in FROM_SESSION_37])
def test_from_session_37(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


def test_a_length_granted_before_the_sentence_names_its_period(rules):
    head = 'date 2026-02-12 Wind farm plans lodged\n\n'
    paragraphs = ["Members of the public have five weeks to make observations, with the period having opened on Monday, 9 February and closing at 5.30pm on Monday, 30 March."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs = ["Members of the public have seven weeks to make observations, with the period having opened on Monday, 9 February and closing at 5.30pm on Monday, 30 March."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_length_counted_from_that_date(rules):
    head = 'date 2026-03-05 District assembly sets rates\n\n'
    paragraphs = ["The resolution was gazetted on Monday, March 2. Ratepayers who wish to challenge the rates have 21 days from that date to lodge written objections, with the window closing on Friday, March 27."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs = ["The resolution was gazetted on Monday, March 2. Ratepayers who wish to challenge the rates have 21 days from that date to lodge written objections, with the window closing on Monday, March 23."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs = ["The resolution was gazetted on Monday, March 2. Ratepayers have 21 days from that date to lodge objections, until Friday, March 27."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


def test_a_length_granted_then_its_window_after_a_semicolon(rules):
    head = 'date 2026-03-12 Pub wins later hours\n\n'
    paragraphs = ["Under the rules, neighbours have 21 days to object once an application is lodged; in this case the window for objections ran from 2 February to 6 March."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs = ["Under the rules, neighbours have 21 days to object once an application is lodged; in this case the window for objections ran from 2 February to 23 February."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    # a semicolon before another matter's days: the length is no period's
    paragraphs = ["Under the rules, neighbours have 21 days to object once an application is lodged; the licence itself ran from 2 February to 6 March."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_window_opening_on_a_day_without_on(rules):
    head = 'date 2026-02-10 Settlement claims open\n\n'
    paragraphs = ["Consumers will have 90 days to submit a claim, with the filing window opening March 2 and running through June 15."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs = ["Consumers will have 90 days to submit a claim, with the filing window opening March 2 and running through May 31."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_ballot_given_its_own_length_is_a_period(rules):
    head = 'date 2026-04-02 Conductors vote to strike\n\n'
    paragraphs = ["The three-week postal ballot opened on Monday 2 March and closed at noon on Monday 30 March, with the result announced on Tuesday."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs = ["The four-week postal ballot opened on Monday 2 March and closed at noon on Monday 30 March, with the result announced on Tuesday."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    # a ballot with no length of its own opens and closes as a vote does, no period
    paragraphs = ["The postal ballot opened on Monday 2 March and closed at noon on Monday 30 March.", "Members were given three weeks to vote."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_minimum_length_is_no_periods_length(rules):
    head = 'date 2026-03-20 Grocers get longer to comment on refrigerant rules\n\n'
    paragraphs = ["The department published the proposed rules in the Canada Gazette on Saturday, March 14, launching a 75-day public comment period that ends on May 13.",
                  "Under federal rules, proposed regulations normally get a minimum 30-day comment period in the Gazette."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = "The department published the proposed rules in the Canada Gazette on Saturday, March 14, launching a 60-day public comment period that ends on May 13."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_thing_given_a_length_and_a_range_in_its_clause(rules):
    head = 'date 2026-07-01 Holiday program almost full\n\n'
    paragraphs = ["The 16-day program runs from Saturday 27 June to Sunday 12 July.",
                  "New this winter is a five-day Junior Rangers camp at Lake Wendouree, which runs from Monday 6 July to Thursday 9 July."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [5]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "New this winter is a four-day Junior Rangers camp at Lake Wendouree, which runs from Monday 6 July to Thursday 9 July."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_thing_that_lasts_a_length_of_its_own_is_no_strikes_end(rules):
    head = 'date 2026-03-16 University staff to be balloted again\n\n'
    paragraphs = ["The union's mandate comes from a ballot that closed on 20 January, in which 81 per cent backed strike action. That mandate lasts six months and expires on 20 July.",
                  "Pickets will be mounted from 8am when the three-day strike begins on Monday 9 March."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = "The mandate took effect on 20 January. That mandate lasts six months and expires on 20 September."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


FROM_SESSION_39_PERIODS = [
    ("a length served under a period named after it", ["Renters will be protected from eviction for 90 days under a moratorium announced on Wednesday.",
      "The moratorium will start on 1 May and run until 31 August."], [5]),
    ("that length fits", ["Renters will be protected from eviction for 120 days under a moratorium announced on Wednesday.",
      "The moratorium will start on 1 May and run until 28 August."], []),
    ("a length served for another thing is none of it", ["He was jailed for 90 days under a law passed in 2019.",
      "The moratorium will start on 1 May and run until 31 August."], []),
    ("the period launched on a day, then pointed back at", ["The bureau will launch a six-week consultation on the draft rules, which set out the format of "
      "online accounts, on March 16. That exercise will run until May 15, officials said."], [3]),
    ("a thing of its own pointed at is not the period before", ["The bureau will launch a six-week consultation on the draft rules on March 16.",
      "That diversion runs until May 15, the operator said."], []),
]


FROM_SESSION_40_BANS = [
    ("a ban's length against its days, beside a lengthy ban and another served last summer",
     ["Forward Dara Keogh has been handed a proposed eight-week suspension after Sunday's game.",
      "The proposed ban would run from Monday 18 May to Sunday 28 June.",
      "It is the second time that the club have had a player face a lengthy ban. Defender Ciaran Mullan served a "
      "four-week suspension last summer."], [5]),
    ("a ban served in a month named after it is a past one", ["The suspension runs from Thursday, February 12 to Saturday, February 21 inclusive.",
      "It is his second suspension of the season. He served a four-day ban in November for careless riding."], []),
    ("a four-day ban the article times is this one", ["The suspension runs from Thursday, February 12 to Saturday, February 21 inclusive.",
      "The stewards handed him a four-day ban for careless riding."], [5]),
    ("those days fit", ["Forward Dara Keogh has been handed a proposed eight-week suspension after Sunday's game.",
      "The proposed ban would run from Monday 18 May to Sunday 12 July.",
      "It is the second time that the club have had a player face a lengthy ban. Defender Ciaran Mullan served a "
      "four-week suspension last summer."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_40_BANS, ids=[c[0] for c in FROM_SESSION_40_BANS])
def test_periods_read_in_session_40(name, paragraphs, expected, rules):
    assert lines_found('date 2026-05-21 Forward facing ban\n\n', paragraphs, 'deadline-arithmetic', rules) == expected


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_39_PERIODS, ids=[c[0] for c in FROM_SESSION_39_PERIODS])
def test_periods_read_in_session_39(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'deadline-arithmetic', rules) == expected


def test_a_service_that_does_not_run_until_the_end_of_a_day_is_a_closure(rules):
    paragraphs = ["Passengers on the valley line face a nine-day closure next month, the operator said.",
                  "No trains will run from Saturday 11 April until the end of Sunday 26 April."]
    assert lines_found(HEAD, paragraphs, 'deadline-arithmetic', rules) == [5]
    paragraphs[1] = "No trains will run from Saturday 11 April until the end of Sunday 19 April."
    assert lines_found(HEAD, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_length_given_then_runs_from_the_day_the_sentence_before_names(rules):
    head = 'date 2026-02-09 Regulator proposes cylinder rules\n\n'
    paragraphs = ["If approved, the rules would take effect on July 1, 2026. Dealers would then have a six-month transition period, "
                  "running until March 31, 2027, to register their existing stock."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("six-month", "nine-month")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = ("Comments on the draft close on July 1, 2026. Dealers would then have a six-month transition period, "
                     "running until March 31, 2027, to register their existing stock.")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


FROM_SESSION_41 = [
    ("a window that opened with the publication of its notice, dated the sentence before", 'date 2026-01-15 Regulator seeks comment\n\n', [
        "The notice appeared in the Government Gazette on Wednesday, 14 January. The 30-day comment window opened with its publication "
        "and closes at 16:00 on 20 February 2026, the authority said."], [3]),
    ("that window adds up", 'date 2026-01-15 Regulator seeks comment\n\n', [
        "The notice appeared in the Government Gazette on Wednesday, 14 January. The 30-day comment window opened with its publication "
        "and closes at 16:00 on 13 February 2026, the authority said."], []),
    ("an order that took effect on the day of sentencing, its date set after", 'date 2026-03-18 Man banned from keeping animals\n\n', [
        "The eight-year prohibition order took effect on the day of sentencing, 16 March, and will expire on 16 March 2036."], [3]),
    ("that order adds up", 'date 2026-03-18 Man banned from keeping animals\n\n', [
        "The eight-year prohibition order took effect on the day of sentencing, 16 March, and will expire on 16 March 2034."], []),
    ("another person's order, in a paragraph of a case dealt with separately", 'date 2026-03-18 Man banned from keeping animals\n\n', [
        "The eight-year prohibition order took effect on the day of sentencing, 16 March, and will expire on 16 March 2036.",
        "His mother was sentenced separately last month. She received a five-year prohibition order, which runs until February 2031."], [3]),
    ("a period from one event's day to another's", 'date 2026-03-04 Water company invites bids\n\n', [
        "The bidding period runs for 28 days, from the release of documents on Monday, March 9, to the close of bids at 10:00 GMT on Thursday, April 16, 2026."], [3]),
    ("that period adds up", 'date 2026-03-04 Water company invites bids\n\n', [
        "The bidding period runs for 28 days, from the release of documents on Monday, March 9, to the close of bids at 10:00 GMT on Monday, April 6, 2026."], []),
    ("another rider's ban, in a paragraph of his case", 'date 2026-04-16 Jockey ban upheld\n\n', [
        "The committee, sitting on Tuesday, confirmed the 12-day suspension imposed by the stewards, which will run from 24th April "
        "to 3rd May inclusive. Brennan will be free to return on Monday, 4th May.",
        "The rider of Ballyheigue Bay, Seán O'Keeffe, also had his case heard on Tuesday. He had been given a six-day ban by the same "
        "stewards, but the committee reduced it to four days. He will be suspended from 21st to 24th April inclusive and will be "
        "able to ride on the opening day at Punchestown."], [3]),
    ("the days an act was done over are not the period's", 'date 2026-05-13 Notices served on buildings\n\n', [
        "Notices were served between May 8 and May 12, officials said, so the seven-day period will end on different dates for different buildings."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_41, ids=[c[0] for c in FROM_SESSION_41])
def test_periods_read_in_session_41(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == expected


def test_a_halved_ban_has_moved(rules):
    head = "date 2026-09-09 Captain banned after appeal\n\n"
    paragraphs = ["A disciplinary panel halved a six-week ban for a high tackle.", "The ban runs from 7 September to 28 September."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = "A disciplinary panel imposed a six-week ban for a high tackle."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [5]


def test_a_licence_suspended_for_a_length_with_its_owner_named(rules):
    head = "date 2026-03-12 Mine licence suspended after shaft collapse\n\n"
    paragraphs = ["The ministry has suspended the mining licence of Mutapa Ridge Gold (Private) Limited for 90 days.",
                  "The suspension took effect on March 2 and would run until May 15.",
                  "Affected parties have 30 days from the date of gazetting to lodge objections, which puts the cut-off at April 10."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [5]
    paragraphs[1] = "The suspension took effect on March 2 and would run until May 31."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_move_counted_from_the_end_a_length_gave(rules):
    head = "date 2026-10-15 Objection window opens\n\n"
    paragraphs = ["Statutory consultees were initially given 14 days from 9 September to respond. That deadline was pushed back by a "
                  "fortnight, to 7 October, after the roads authority asked for more time."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("to 7 October", "to 10 October")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


def test_a_day_of_a_period_counted_from_its_start(rules):
    head = "date 2026-07-22 Platinum strike drags on\n\n"
    paragraphs = ["The company extended its ultimatum to Friday as a wage strike at its three shafts entered its 23rd day on Wednesday.",
                  "About 9,000 employees have stayed away since the strike began on Monday 6 July, the union said."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("23rd", "17th")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    # a count of days of something the article gives no start for
    paragraphs = ["The vigil outside parliament entered its 23rd day on Wednesday.", paragraphs[1]]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_span_of_weeknights_ends_on_its_last_night(rules):
    head = "date 2026-07-01 Roadworks this summer\n\n"
    paragraphs = ["On the M1 one lane will close overnight, Monday to Thursday nights, for three weeks from Monday 6 July to "
                  "Thursday 23 July while the carriageway is resurfaced."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs = ["On the M1 one lane will close for three weeks from Monday 6 July to Thursday 23 July while the carriageway is resurfaced."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


def test_a_closure_told_by_its_verb_after_an_adverb(rules):
    head = "date 2026-07-01 Roadworks this summer\n\n"
    paragraphs = ["The A26 will then close for five weeks from Tuesday 14 July, reopening on Friday 28 August."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs = [paragraphs[0].replace("28 August", "18 August")]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []



def test_a_day_count_dated_right_after_it_not_by_the_start(rules):
    head = "date 2026-06-26 Hospital strike drags on\n\n"
    paragraphs = ["The strike, which began on Monday, June 1, 2026, entered its 25th day on Thursday."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs = [paragraphs[0].replace("25th", "29th")]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    head = "date 2026-11-18 Vigil at quarry gate goes on\n\n"
    paragraphs = ["The vigil, which began on Wednesday 21 October, entered its 34th day today."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs = [paragraphs[0].replace("34th", "29th")]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_move_from_a_day_without_its_year_to_one_with_it(rules):
    head = 'date 2026-03-10 Mining tender opens\n\n'
    paragraphs = ["At the last tender the closing date was extended by three weeks, from 14 July to 4 August 2023, after bidders complained."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("4 August 2023", "11 August 2023")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


def test_an_office_run_for_a_time_is_no_period(rules):
    head = 'date 2026-04-14 Coffee exports climb\n\n'
    paragraphs = ["Until his appointment was confirmed, the office had been run for six weeks by an acting chief executive.",
                  "It is also hosting Rwanda Coffee Week, which will run from Thursday 21 May to Saturday 23 May in Kigali."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_how_long_a_trial_had_run_when_figures_were_collected(rules):
    head = 'date 2026-05-04 Off-peak fare trial\n\n'
    paragraphs = ["The $1 off-peak fare trial began on 2 February and runs for six months until 2 August.",
                  "Patronage rose 15%, although the trial had only run for four weeks when the figures were collected."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == []
    paragraphs[1] = "Patronage rose 15%, although the council says the trial runs for four weeks."
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_how_often_an_event_is_held_is_no_length(rules):
    head = 'date 2027-03-02 Vintage festival returns\n\n'
    paragraphs = ["The Barossa Vintage Festival, held every two years, will run from Saturday, April 17 to Sunday, April 25."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = "The Barossa Vintage Festival will run for two weeks, from Saturday, April 17 to Sunday, April 25."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


def test_a_ban_lifting_on_its_end(rules):
    head = 'date 2026-07-17 Snapper ban\n\n'
    paragraphs = ["The authority announced on Friday that the ban takes effect at 12.01am on Saturday 1 August and will stay in place for six weeks, lifting at midnight on Sunday 27 September."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Sunday 27 September", "Saturday 12 September")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_trial_counts_the_days_it_sat(rules):
    head = 'date 2027-01-21 Former treasurer convicted\n\n'
    # Monday 11 January to Wednesday 20 January holds eight weekdays: a seven-day trial, counted inclusively, sat them
    paragraphs = ["A federal jury on Wednesday convicted Glen Harwick of fraud, ending a seven-day trial that featured testimony from his wife.",
                  "A 14th count had been dropped by prosecutors before trial began Jan. 11."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("seven-day", "four-day")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [5]


def test_a_deadline_a_length_gives(rules):
    head = 'date 2026-11-18 Tribunal live\n\n'
    paragraphs = ["Ms Hollis was told on Friday 21 February 2025 that her grievance had not been upheld. Under the council's policy she had 14 days to appeal, giving her a deadline of Tuesday 11 March 2025."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Tuesday 11 March", "Friday 7 March")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    # a length extended since gives no deadline from that day
    paragraphs[0] = "Ms Hollis was told on Friday 21 February 2025 that her grievance had not been upheld. The council extended its policy's 14 days to appeal, giving her a deadline of Tuesday 11 March 2025."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_comment_window_of_the_submissions_dated(rules):
    head = 'date 2026-06-10 Transport plan out for comment\n\n'
    paragraphs = ["Submissions open on Monday 22 June, and the six-week comment window will close at 5pm on Friday 14 August."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Friday 14 August", "Monday 3 August")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    # a licensing window is no say of the public's
    paragraphs[0] = "Submissions open on Monday 22 June, and the six-week licensing window will close at 5pm on Friday 14 August."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_an_end_with_no_year_is_in_the_start_s_year(rules):
    head = 'date 2027-02-16 High Court rules evictions unlawful\n\n'
    paragraphs = ["The authority served written notices on Monday 3 August 2026 giving residents 14 days to leave, a period that expired on 17 August."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("17 August", "24 August")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


def test_the_length_just_before_a_limit_in_a_sentence_of_two_lengths(rules):
    head = 'date 2026-03-05 Court orders stalls rebuilt\n\n'
    paragraphs = ["She ordered the council to file a reconstruction plan within 30 days of the 4 March judgment, that is by 10 April, and to complete the rebuilding within six months of the plan being approved."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("10 April", "3 April")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_length_granted_beside_the_span_it_covers(rules):
    head = 'date 2026-11-20 Typhoon relief\n\n'
    paragraphs = ["Families may apply for a rental subsidy of P1,000 a week for eight weeks, or P8,000 in all, covering the period from Nov. 2 until Dec. 14."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("for eight weeks", "for six weeks")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_work_to_rule_begun_yesterday_and_finishing_on_a_day(rules):
    head = 'date 2026-03-04 Nurses work-to-rule day two\n\n'
    paragraphs = ["The work-to-rule, which began yesterday, Tuesday 3 March, is scheduled to last three weeks, finishing on Friday 3 April.",
                  "The union has also said it will escalate to a one-day stoppage on Wednesday 25 March."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Friday 3 April", "Tuesday 24 March")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_length_set_off_after_its_period(rules):
    head = 'date 2026-02-20 Land registry amnesty\n\n'
    paragraphs = ["The office said the amnesty window \u2013 eight weeks in all \u2013 opens on Monday 2 March and shuts on Friday 29 May."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Friday 29 May", "Friday 24 April")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = "The office said the amnesty window, eight weeks in all, opens on Monday 2 March and shuts on Friday 29 May."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]


def test_a_weekday_the_period_ends_on_told_by_when(rules):
    head = 'date 2026-03-10 Junior doctors strike\n\n'
    paragraphs = ["Junior doctors began a 72-hour strike at 7am on Tuesday 10 March.",
                  "Doctors are due back on the wards at 7am on Thursday, when the walkout ends."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Thursday", "Friday")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_that_window_of_last_season_moved_is_no_move_of_this_one(rules):
    head = 'date 2026-09-08 Subsidy registration\n\n'
    paragraphs = ["The ministry said the registration window would open on Monday 14 September, run for 21 days and close at 4pm on Friday 9 October.",
                  "Last season's registration was criticised for long queues. That window was initially set at 14 days but was extended to 21 days."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Friday 9 October", "Monday 5 October")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_length_counted_from_a_weekday(rules):
    head = 'date 2026-05-21 Former official jailed\n\n'
    paragraphs = ["The magistrate ordered him to pay K4.5 million in compensation, giving him 21 days from Thursday, until June 18, to settle the amount."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("June 18", "June 11")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_grant_to_a_us_style_day(rules):
    head = 'date 2025-11-13 Judge tosses claims\n\n'
    paragraphs = ["Following the order on Nov. 12, the drivers have 21 days, until Dec. 10, to file an amended complaint."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Dec. 10", "Dec. 3")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_an_end_set_beside_the_period_it_closes(rules):
    head = 'date 2026-03-12 Licence round opens\n\n'
    paragraphs = ["Offers must be delivered to the ministry by 4pm on April 30, the close of a 45-day window that opened on Monday, March 9."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("April 30", "April 23")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_length_after_which_an_end_falls_is_no_span(rules):
    head = 'date 2026-03-02 Growers offered grants\n\n'
    paragraphs = ["Growers can apply for grants from 9 March until 8 June, three weeks after the movement controls are due to end."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_that_period_of_a_year_the_sentence_before_names(rules):
    head = 'date 2026-09-01 Harbour wall closure confirmed\n\n'
    paragraphs = ["The eight-week closure of the harbour wall was confirmed on Monday.",
                  "The wall was last shut for a fortnight in 2021, after a storm surge. That closure ran from 4 January to 18 January."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_rebuild_given_a_length_and_an_end(rules):
    head = 'date 2026-03-02 Range road rebuild under way\n\n'
    paragraphs = ["Crews started a nine-week rebuild of the range road on Monday 16 February.",
                  "The rebuild is due to finish on Friday 10 April."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [5]
    paragraphs[1] = "The rebuild is due to finish on Monday 20 April."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_range_opened_by_a_weekdays_event(rules):
    head = 'date 2025-11-12 Court sets aside land grant\n\n'
    paragraphs = ["GABORONE, Wednesday 12 November 2025 - The judge gave the board a 60-day period, running from Wednesday's judgment to 4 January 2026, to consult again."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("4 January 2026", "11 January 2026")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_length_set_off_after_what_the_period_is_for(rules):
    head = 'date 2026-07-10 Pipeline compensation\n\n'
    paragraphs = ["The appeal window for families who dispute their valuation – four weeks long, under the notice – opened on Friday 3 July and runs until 7 August."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("7 August", "31 July")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_question_heading_names_no_closure_of_its_own(rules):
    text = ("---\ntitle: Fuel spill closes road\ndate: 2026-04-01\n---\n\n# Fuel spill closes road\n\n## Which roads are closed?\n\n"
            "The closure, scheduled to last three weeks, starts on Monday 6 April and ends on Monday 20 April.\n\n"
            "Buses will skip the Nebo Road stops until the street reopens.\n")
    assert findings_of(text, "md", rules, 'deadline-arithmetic') == [('deadline-arithmetic', 10)]
    assert findings_of(text.replace("Monday 20 April", "Monday 27 April"), "md", rules, 'deadline-arithmetic') == []


def test_a_length_from_the_days_event_the_weekday_owns_to_a_window_that_closes(rules):
    head = 'date 2027-03-05 Court orders consultation\n\n'
    paragraphs = ["GABORONE, Friday 5 March 2027 - The High Court on Friday set aside a land board decision.",
                  "She ordered the board to consult the families within 45 days of Friday's judgment, a window that closes on 30 April."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("30 April", "19 April")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_an_estimate_first_made_is_no_move_of_the_strike(rules):
    head = 'date 2027-02-09 Bus drivers strike\n\n'
    paragraphs = ["Drivers walked out at 4am on Tuesday 9 February in a 48-hour stoppage that is due to run until 4am on Friday.",
                  "The company said it initially expected around 390,000 journeys to be lost each day of the strike."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Friday", "Thursday")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_named_party_granted_a_length_after_the_dated_order(rules):
    head = 'date 2026-07-28 Court orders estate to answer\n\n'
    paragraphs = ["Under the order, handed down on 21 July, Lubuyane Estates has 14 days to file its answering affidavit, with the deadline set for Friday 7 August."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Friday 7 August", "Tuesday 4 August")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_period_named_as_when_another_act_falls_owns_nothing_of_it(rules):
    # "lapse during the freeze … 60 days after the expiry date": a renewal window; "a review of the freeze by Sept. 30,
    # 2027": the review's day; the freeze's own relative clause is its ("during the suspension, which expires on")
    head = 'date 2025-11-12 Province freezes short-term rentals\n\n'
    paragraphs = ["The freeze takes effect on April 1.",
                  "Owners whose registrations lapse during the freeze would have 60 days after the expiry date to renew.",
                  "The province will publish a review of the freeze by Sept. 30, 2027, six months before the freeze is due to end."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    head = 'date 2026-04-24 Bowler banned\n\n'
    paragraphs = ["The suspension took effect on Thursday 23 April and ends on 4 June.",
                  "He could train with the squad during the suspension, which expires on 28 May."]
    assert lines_found(head, paragraphs, 'deadline-conflict', rules) == [5]


def test_a_count_from_the_head_noun_an_act_is_done_to(rules):
    # "within 10 days of the offer document being posted": the document's posting, not the offer's own day
    head = 'date 2026-07-28 Takeover offer nears control\n\n'
    paragraphs = ["The offer was triggered on July 2, when the bidder bought a 12.4% block.",
                  "The offer document was posted to shareholders on July 22.",
                  "The adviser is due to issue its circular by Aug 1, within 10 days of the offer document being posted."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[2] = paragraphs[2].replace("Aug 1", "Aug 4")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [7]


def test_a_length_from_today_until_a_day(rules):
    head = 'date 2027-05-17 Ministry proposes rail fare cap\n\n'
    paragraphs = ["The proposed fare cap would be open for public feedback for 30 days, from today until June 30."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("30 days", "45 days")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_the_window_a_consultation_opened_the_sentence_before(rules):
    head = 'date 2026-11-10 Minister sets out rent freeze\n\n'
    paragraphs = ["A public consultation on the detail of the scheme will open on Monday 16 November. The 21-day window closes at 5pm on Friday 4 December."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Friday 4 December", "Monday 7 December")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_length_beside_a_day_of_an_earlier_year_is_that_years_period(rules):
    head = 'date 2026-02-16 Consultation opens on housing plan\n\n'
    paragraphs = ["The consultation opens on Monday 16 February and closes at 5pm on Monday 11 May. Officers said the eight-week window was longer than the statutory minimum.",
                  "The original application was withdrawn in November 2023. Its consultation had run for six weeks, from Monday 4 September to Monday 16 October 2023."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("eight-week", "12-week")
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []


def test_a_length_before_another_day_is_how_far_the_end_lies_from_it(rules):
    head = 'date 2026-05-20 Campaign timetable set\n\n'
    paragraphs = ["The campaign period opens on Monday 25 May and ends at 18:00 on Wednesday 12 August, 12 hours before polling stations open at 06:00 on election day."]
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == []
    paragraphs[0] = "The campaign period runs for 12 weeks, from Monday 25 May to Wednesday 12 August."
    assert lines_found(head, paragraphs, 'deadline-arithmetic', rules) == [3]
