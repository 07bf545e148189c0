"""figure-arithmetic: percentage changes, shares, totals, majorities and list counts that the article's own figures contradict."""

from __future__ import annotations

import pytest

from ..conftest import findings_of, lines_found

CHECK = "figure-arithmetic"
HEAD = "date 2026-03-14 Council publishes its annual figures\n\n"
INTRO = "The council published its annual report on Friday."


def article(*paragraphs: str) -> str:
    return HEAD + "\n\n".join(paragraphs) + "\n"


CASES = [
    # "will rise by": the change's verb; "68 cents" a hundredth of the rand (rules/quantities.yaml subunits)
    ("a rise in cents between two levels in rand, wrong", ["The price of 95 unleaded will rise by 68 cents a litre, from R21.47 to R22.25."], [3]),
    ("a rise in cents between two levels in rand, right", ["The price of 93 octane will rise by 76 cents a litre, from R21.36 to R22.12."], []),
    ("a rise told by its verb after 'will'", ["The weekly rent will rise by £6, from £112 to £130, the council said."], [3]),
    # "taking the total issue size to": a total named in a few words after "the total"
    ("a running total named in words after 'the total'", ["The issue comprised fresh shares worth Rs 1,150 crore and an offer for sale of Rs 725 crore, taking the total issue size to Rs 1,975 crore."], [3]),
    ("a running total named in words after 'the total', adding up", ["The issue comprised fresh shares worth Rs 1,150 crore and an offer for sale of Rs 725 crore, taking the total issue size to Rs 1,875 crore."], []),
    # a lead between two counts set against each other
    ("a lead between two counts", ["Labor's 92 seats to the Coalition's 45 is a lead of 57 seats, a gap that will take time to close."], [3]),
    ("a lead between two counts, right", ["Labor's 92 seats to the Coalition's 45 is a lead of 47 seats, a gap that will take time to close."], []),
    ("a lead after a score in words", ["Sussex reached 356 for eight in reply to Glamorgan's 290, a lead of 66."], []),
    # "after three rounds": when the list stands, not what it counts
    ("a count of rounds before a table of teams", ["Championship standings after three rounds: Ireland 14 points, Scotland 10, France 9, England 7, Wales 2, Italy 1."], []),
    ("a count of teams before a list of more", ["The three teams level on points are Ireland, Scotland, France and England."], [3]),
    # a bracketed aside counts as one word between two parts
    ("parts with a bracketed aside, not adding up", ["Of the N54.99 trillion total, N13.64 trillion is for recurrent (non-debt) spending, N23.96 trillion for capital projects, N14.32 trillion for debt servicing and N3.70 trillion for statutory transfers."], [3]),
    ("parts with a bracketed aside, adding up", ["Of the N55.62 trillion total, N13.64 trillion is for recurrent (non-debt) spending, N23.96 trillion for capital projects, N14.32 trillion for debt servicing and N3.70 trillion for statutory transfers."], []),
    # the whole written before its noun in the sentence before; a part's description with "and" of its own
    ("a split of the package named the sentence before", ["Communities will receive a $48.6 million recovery package.", "The package is split into three streams: $22.4 million for housing and temporary accommodation, $15.1 million for local roads, bridges and water infrastructure, and $9.3 million for small businesses."], [5]),
    ("a split of the package named the sentence before, adding up", ["Communities will receive a $46.8 million recovery package.", "The package is split into three streams: $22.4 million for housing and temporary accommodation, $15.1 million for local roads, bridges and water infrastructure, and $9.3 million for small businesses."], []),
    # a mark passed "by" a gap (rules/quantities.yaml exceed-words, miss-words)
    ("a target beaten by the wrong gap", ["Runners have raised £518,400 from the marathon, beating the charity's £480,000 target by £48,400."], [3]),
    ("a target beaten by the right gap", ["Runners have raised £518,400 from the marathon, beating the charity's £480,000 target by £38,400."], []),
    ("a quota missed by the wrong gap", ["She took 41,200 votes, missing the 42,500 quota by 1,500."], [3]),
    # "to the six health centres": a set the copy knows, where the parts go, is no part of the split
    ("a split naming the places it goes to", ["Of the 120 nurses, 72 will be posted to the six health centres with maternity wings, 30 to sub-county hospitals and 18 to the referral hospital."], []),
    ("a split naming the places it goes to, one part wrong", ["Of the 120 nurses, 72 will be posted to the six health centres with maternity wings, 40 to sub-county hospitals and 18 to the referral hospital."], [3]),
    # "which runs 27 food banks …, said the figure was up from 171,250": the figure that rose is another clause's subject
    ("a count in another clause before 'up from'", ["The trust, which runs 27 food banks across Merseyside, said the figure was up from 171,250 the year before, a rise of 7.6 per cent."], []),
    ("the level before 'up from'", ["The trust handed out 184,300 parcels, up from 171,250 the year before, a rise of 9.6 per cent."], [3]),
    # "and cut the number of spills from … to …": a second change, told by its verb, with its own levels
    ("two changes, the second told by 'cut' as a verb", ["The company said it had reduced leakage by 8% in the past year and cut the number of sewage spills from 4,120 in 2024 to 3,650 in 2025."], []),
    ("one change, 'cut' as its noun", ["Sewage spills fell from 4,120 in 2024 to 3,650 in 2025, a cut of 8%."], [3]),
    # "the 24 per cent jump in turnover" refers back to the one change of revenue, a word of its refer-back group
    ("a change referred back to by another word for the sum", ["Revenue for the year climbed to $48.6 million from $41.2 million in 2024.", "She said the 24 per cent jump in turnover had come almost entirely from volume."], [5]),
    ("a change referred back to, the levels in another clause", ["The gap between falling volumes and rising earnings was explained by prices, where the average price rose to $2.41 a kilo from $2.18.", "The 14.3 per cent rise in earnings surprised analysts."], []),
    # "B …, compared with about A": a few of the level's own words between, and a rounded level, still give the change
    ("a level compared with a rounded one, the change wrong", ["The developer priced the batch at HK$17,100 per square foot after discounts, compared with about HK$18,400 for new flats last year, a drop of 4.1 per cent."], [3]),
    ("a level compared with a rounded one, the change near", ["The developer priced the batch at HK$17,100 per square foot after discounts, compared with about HK$18,400 for new flats last year, a drop of 6 per cent."], []),
    # currencies of many countries are data (rules/quantities.yaml): the taka's change is read like the pound's
    ("a change in taka", [INTRO, "Net profit rose 14 percent to Tk 48.6 crore from Tk 40.5 crore in the previous fiscal year."], [5]),
    ("thousands grouped by spaces", [INTRO, "Average attendance has risen from 8 400 last season to 10 500 this season, a 35 percent increase."], [5]),
    ("a level put another way between the two", [INTRO, "Net income rose to $84.2 million, or $1.12 per share, in the three months ended March 31, from $71.5 million, or 95 cents per share, a year earlier, an increase of 23%."], [5]),
    ("a level put another way, adding up", [INTRO, "Revenue rose to $500 million, or $6 per share, in the quarter, from $400 million, or $5 per share, a year earlier, an increase of 25%."], []),
    ("a relative clause with its own change", [INTRO, "That is an increase of 11%, driven almost entirely by transhipment volumes, which climbed to 164,300 TEU from 118,700 TEU a year earlier."], []),
    ("a relative clause carrying the change", [INTRO, "Sales showed a 12% rise, which took them from 100,000 to 130,000 units."], [5]),
    ("a change in taka that adds up", [INTRO, "Net profit rose 20 percent to Tk 48.6 crore from Tk 40.5 crore in the previous fiscal year."], []),
    # a running total named in words of its own
    ("a named running total that does not add up", ["The company spent N$1.1 billion on the expansion and a further N$450 million on the acid plant, taking capital expenditure for the year to N$1.45 billion."], [3]),
    ("a named running total that adds up", ["The company spent N$1.1 billion on the expansion and a further N$450 million on the acid plant, taking capital expenditure for the year to N$1.55 billion."], []),
    ("taking a figure somewhere else", ["The lorry carried 40 tonnes and then 35 tonnes more, taking it to 80 tonnes."], []),
    # a share of the seats and the majority it gives over all the rest
    ("seats of a whole and a majority", ["The Liberal Democrats won 20 of the 39 seats for a majority of one."], []),
    # after a colon each part may carry a long phrase of its own
    ("a colon's parts far apart", ["The corporation has so far paid Rs 406.4 crore: Rs 310 crore released through a consortium of banks under the paddy receipt loan scheme, and Rs 86.4 crore from the State's own funds."], [3]),
    ("a colon's parts far apart, adding up", ["The corporation has so far paid Rs 396.4 crore: Rs 310 crore released through a consortium of banks under the paddy receipt loan scheme, and Rs 86.4 crore from the State's own funds."], []),
    # parts "of them" cannot add up to more than their whole; less may leave some out
    ("parts of them above the whole", ["Grants were paid to all 312 families, 184 of them in Kothapalli and 138 in Ramavaram."], [3]),
    ("parts of them that add up", ["Grants were paid to all 312 families, 174 of them in Kothapalli and 138 in Ramavaram."], []),
    ("parts of them below the whole", ["Some 120 people were hurt, 40 of them children and 12 of them elderly."], []),
    ("a part of them, then a clause of its own", ["Of the 39 who survived, 14 remain in hospital, four of them critical, and 20 went home."], []),
    ("a part of them, then a verb", ["There were 30 patients, 20 of them elderly and 15 recovered."], []),
    # (name, paragraphs, lines reported)
    # a funnel is not a breakdown: the three shortlisted are of the five that passed
    ("stages of one selection", ["Seven bids were received, of which five passed the first stage and three were shortlisted."], []),
    ("a two-part breakdown that does not add up", ["Seven bids were received, of which three passed the first stage and five failed it."], [3]),
    # "three of five districts" is a share of a whole; the list after the colon is of parties, not districts
    ("a share of a whole before a list", ["Running totals after three of five districts: DA 1,402, ANC 1,389."], []),
    ("a count the list contradicts", ["Three councillors lost their seats: Ann Cole and Ben Dray."], [3]),
    ("won by the wrong margin", ["Patnaik polled 71,905 votes against 84,312 for Rath, who won by 13,407 votes."], [3]),
    ("won by the right margin", ["Patnaik polled 71,905 votes against 84,312 for Rath, who won by 12,407 votes."], []),
    # --- percentage change given with both values
    ("fall given as the wrong percentage", ["Visits to the town's libraries fell by 30% last year, from 250,000 to 200,000."], [3]),
    ("rise given as the wrong percentage", [INTRO, "Bus fares rose by 10% in January, from £2.00 to £2.50."], [5]),
    ("to … from order", ["Membership of the allotment society rose 10% to 460 from 400."], [3]),
    ("per cent in words", ["Recycling rates fell 12 per cent, from 400 tonnes to 300 tonnes."], [3]),
    ("the change goes the wrong way", ["Bus fares rose by 20% this year, from £2.50 to £2.00."], [3]),
    ("right percentage", ["Visits to the town's libraries fell by 20% last year, from 250,000 to 200,000."], []),
    ("rounding a sub-editor accepts", ["The library budget was cut by 20%, from £1.52m to £1.21m."], []),
    ("to … from, right", ["Membership of the allotment society rose 15% to 460 from 400."], []),
    ("an approximate change close enough", ["Attendance at the museum fell about 20% from 1,000 to 820."], []),
    ("two change verbs in one sentence", ["Sales rose 4% last year, having fallen from 500 to 400 the year before."], []),
    ("a change of a percentage", ["Turnout rose by 5%, from 40% to 45%."], []),
    ("no change word", ["The fee is 10% of the bill, from £200 to £250 depending on size."], []),
    ("quoted change", ["“Visits fell by 30%, from 250,000 to 200,000,” the librarian said."], []),
    # --- share given with its parts
    ("share after the total", ["Of the 150 points on offer, 62, or almost a third, went to the home side."], [3]),
    ("share as a percentage", [INTRO, "The home side took 60 of the 150 points, or 45%."], [5]),
    ("share as nearly half", ["The home side took 62 of the 150 points, or nearly half."], [3]),
    ("share close enough with almost", ["Of the 150 points on offer, 48, or almost a third, went to the home side."], []),
    ("share right as a percentage", ["The home side took 60 of the 150 points, or 40%."], []),
    ("share exactly half", ["The home side took 75 of the 150 points, or half."], []),
    ("share in a quote", ["“We took 62 of the 150 points, or almost a third,” the coach said."], []),
    # --- total given with all of its parts
    ("parts after a colon", ["The trust is opening 412 new beds across three centres: 180 at Ashford, 150 at Brook and 62 at Cray."], [3]),
    ("parts before of the total", [INTRO, "In the storm 48 stations closed, 117 partly opened and 35 were unaffected, of the 210 stations."], [5]),
    ("made up of", ["The council will build 300 homes, made up of 120 flats, 100 terraced houses and 60 bungalows."], [3]),
    ("money split between", ["The £2.4m fund is split between three schemes: £1.2m for roads, £800,000 for parks and £300,000 for libraries."], [3]),
    ("parts that exceed the whole", ["Of the 39 people who survived, 14 remain in hospital, 20 have gone home and 9 were never admitted."], [3]),
    ("parts that add up", ["The trust is opening 412 new beds across three centres: 200 at Ashford, 150 at Brook and 62 at Cray."], []),
    ("money that adds up", ["The £2.4m fund is split between three schemes: £1.2m for roads, £800,000 for parks and £400,000 for libraries."], []),
    ("including", ["The trust is opening 412 new beds, including 180 at Ashford, 150 at Brook and 62 at Cray."], []),
    ("among them", ["Some 412 new beds are planned, among them 180 at Ashford, 150 at Brook and 62 at Cray."], []),
    ("an unclosed list", ["The trust is opening 412 new beds across the county: 180 at Ashford, 150 at Brook.", "More will follow at Cray."], []),
    ("parts that need not cover the whole", ["Of the 210 stations, 48 closed, 117 partly opened and 35 were unaffected."], []),
    ("a part of a part in words", ["Of the 38 people rescued, 14 remain in hospital, four of them critical, 16 have gone home and 8 were never admitted."], []),
    ("a part of a part in figures", ["Of the 38 people rescued, 14 remain in hospital, 4 of them critical, 20 have gone home and 4 were never admitted."], []),
    ("an approximate total", ["About 400 new beds will open: 180 at Ashford, 150 at Brook and 62 at Cray."], []),
    ("a total in a quote", ["“We are opening 412 new beds: 180 at Ashford, 150 at Brook and 62 at Cray,” the chief executive said."], []),
    # --- majority or margin with the two counts
    ("majority wrong", ["Ms Patel won by 14,318 votes to 13,902, a majority of 516."], [3]),
    # a majority given no time of its own is the article's one vote's, though that vote is dated in an earlier year
    ("a later majority of last year's one vote, wrong", ["The motion, tabled in March 2025, was passed by 27 votes to 16.", "The nine-vote majority by which councillors backed the call reflected a rare alliance."], [5]),
    ("a later majority of last year's one vote, right", ["The motion, tabled in March 2025, was passed by 27 votes to 16.", "The 11-vote majority by which councillors backed the call reflected a rare alliance."], []),
    ("a majority of this year beside last year's one vote", ["The motion, tabled in March 2025, was passed by 27 votes to 16.", "This year the nine-vote majority by which the budget passed was narrower."], []),
    ("margin wrong", [INTRO, "Ms Patel polled 14,318 votes to 13,902 for Mr Jones, a margin of 400."], [5]),
    ("majority right", ["Ms Patel won by 14,318 votes to 13,902, a majority of 416."], []),
    ("majority right, then a turnout", ["Ms Patel won by 14,318 votes to 13,902, a majority of 416 on a turnout of 61%."], []),
    ("majority approximate", ["Ms Patel won by 14,318 votes to 13,902, a majority of about 400."], []),
    ("majority in a quote", ["“I won by 14,318 votes to 13,902, a majority of 516,” Ms Patel said."], []),
    # --- a count that the list after it contradicts
    ("list in the next sentence", ["4 councillors lost their seats. They are Ann Lee, Raj Shah and Tom Reed."], [3]),
    ("list after a colon", [INTRO, "The club named 5 new signings: Ann Lee, Raj Shah and Tom Reed."], [5]),
    ("list that matches", ["The club named 3 new signings: Ann Lee, Raj Shah and Tom Reed."], []),
    ("including names", ["The club named 5 new signings, including Ann Lee, Raj Shah and Tom Reed."], []),
    ("a count beside a list of places, matching", ["The council has 4 wards: Ashford, Brook, Cray and Dene."], []),
    ("a count of different things before the list", ["The 2 sides met on Saturday. They are Harbrook and Ashford."], []),
    ("spelled count with its list", ["Four councillors lost their seats. They are Ann Lee, Raj Shah and Tom Reed."], [3]),
    # a margin written as a compound ("the 25-vote margin") against the one tally of its time that its clause names
    ("a compound margin, two chambers", ["House Bill 412 passed 61-38 after three hours of debate.", "The Senate passed its own version on a 27-10 vote.", "The 25-vote margin in the House would be enough to override a veto, though the Senate may differ."], [7]),
    ("a compound margin that agrees", ["House Bill 412 passed 61-38 after three hours of debate.", "The Senate passed its own version on a 27-10 vote.", "The 23-vote margin in the House would be enough to override a veto."], []),
    ("a compound margin naming neither chamber", ["House Bill 412 passed 61-38 after three hours of debate.", "The Senate passed its own version on a 27-10 vote.", "A 25-vote margin would be enough to override a veto."], []),
    # a breakdown whose parts come to more than the whole given before with the same verb; fewer may leave parts out
    ("parts over the whole", ["The firm has collapsed, owing creditors around £11.3m.", "It owes £7.1m to its bank, £1.9m to HMRC and £3.7m to trade suppliers."], [5]),
    ("parts under the whole", ["The firm has collapsed, owing creditors around £11.3m.", "It owes £5.1m to its bank, £1.9m to HMRC and £3.7m to trade suppliers."], []),
    ("parts over a whole of another verb", ["The firm has collapsed, with sales of around £11.3m.", "It owes £7.1m to its bank, £1.9m to HMRC and £3.7m to trade suppliers."], []),
    ("parts over a whole of another year", ["The firm owed creditors £11.3m in 2024.", "It owes £7.1m to its bank, £1.9m to HMRC and £3.7m to trade suppliers."], []),
    # a percentage change stated apart from its levels: named by its new level, or by the level the sentence before gives
    ("a change beside the level another sentence compares", ["Profit rose 24 per cent to £412.6m, the bank said.", "Profit after tax came in at £412.6m, compared with £361.2m in 2024."], [3]),
    ("a change beside the level another sentence compares, agreeing", ["Profit rose 14 per cent to £412.6m, the bank said.", "Profit after tax came in at £412.6m, compared with £361.2m in 2024."], []),
    ("a change of a level given for two years", ["The quota for 2026 has been set at 125,000 tonnes.", "The quota was 147,000 tonnes in 2025. The new figure is a cut of 18 per cent."], [5]),
    ("a change of a level given for two years, agreeing", ["The quota for 2026 has been set at 125,000 tonnes.", "The quota was 147,000 tonnes in 2025. The new figure is a cut of 15 per cent."], []),
    ("a change of a level given three times", ["The quota for 2026 has been set at 125,000 tonnes.", "The quota for 2024 was 160,000 tonnes.", "The quota was 147,000 tonnes in 2025. The new figure is a cut of 18 per cent."], []),
    # a class's placings after a colon name its winners, not what the class's figure counts
    ("a class and its placings", ["Six brown eggs: 1st Joan Pickersgill, Askrigg; 2nd Peter Dinsdale, Askrigg; 3rd Kirkby Farms, Hawes."], []),
    ("a count and the list after its colon", ["Six councillors lost their seats: Ann Lee, Raj Shah, Tom Reed and Ivy Cole."], [3]),
    # a difference is taken from the earlier figure of the thing the new one counts
    ("a difference from the earlier figure of the same noun", ["It has 1,900 first-year places for September, 50 more than last year, when it made 5,760 offers for 1,850 places."], []),
    ("a difference from the earlier figure of the same noun, wrong", ["It has 1,900 first-year places for September, 80 more than last year, when it made 5,760 offers for 1,850 places."], [3]),
    ("spelled count with a colon list", ["Five people were arrested: Ann Lee, Raj Shah and Tom Reed."], [3]),
    ("a list set off by dashes", ["The four councillors who voted against the plan \u2014 Ann Lee, Raj Shah, Tom Reed, Sue Barr and Ed Moss \u2014 spoke first."], [3]),
    ("a list set off by dashes, matching", ["The four councillors who voted against the plan \u2014 Ann Lee, Raj Shah, Tom Reed and Ed Moss \u2014 spoke first."], []),
    ("a list of numbers after are", ["The five routes to be withdrawn are the 14, 22, 37 and 41, all run by one firm."], [3]),
    ("a list of numbers after are, matching", ["The four routes to be withdrawn are the 14, 22, 37 and 41, all run by one firm."], []),
    ("are, then not a list", ["The four routes to be withdrawn are the 14 and 22 and two rural services."], []),
    ("a kind, not a count, before a colon", ["Three-point goals: Eastfield 9-24 (Tate 5-9), Marlow State 6-17."], []),
    # --- a total the sentence brings its figures to
    ("bringing the total to, wrong", ["He was fined £800 and ordered to pay £150 in compensation and a £40 surcharge, bringing the total to £1,090."], [3]),
    ("bringing the total to, right", ["He was fined £800 and ordered to pay £150 in compensation and a £40 surcharge, bringing the total to £990."], []),
    ("bringing the total to, with the sentence before", ["He was fined £1,200 for one offence and £850 for another.", "He must also pay £400 in costs and a £160 surcharge, bringing the total to £2,510."], [5]),
    ("bringing the total to, with the sentence before, right", ["He was fined £1,200 for one offence and £850 for another.", "He must also pay £400 in costs and a £160 surcharge, bringing the total to £2,610."], []),
    ("a running total far above its figures", ["Donors gave £2m and the council £3m, bringing the total raised to £14m."], []),
    ("a total raised, close but wrong", ["Donors gave £2m and the council £3m, bringing the total raised to £5.5m."], [3]),
    ("a running total of runs with wickets in words", ["Windward were 37 for three.", "Lee and Shah then added 104, taking the total to 141."], []),
    ("a list, then its count in apposition", ["Sukhram Dhurve (Baihar), Kamla Uikey (Pandhari), Lalit Markam and Rajesh Netam, the three independents, have been declared winners."], [3]),
    ("a list, then its count in apposition, right", ["Sukhram Dhurve (Baihar), Kamla Uikey (Pandhari), Lalit Markam and Rajesh Netam, the four independents, have been declared winners."], []),
    ("a list, then a count of some of them", ["Ann Lee, Raj Shah and Tom Reed, the two councillors and their agent, resigned."], []),
    ("a list that does not open the sentence", ["In Leeds, Ann Lee and Tom Reed, the four organisers, spoke."], []),
    ("share written before of", ["The visitors scored 62, or almost a third, of the 150 points."], [3]),
    ("two change verbs, one in -ing", ["Prices rose 4% this year after climbing from 200 to 250 last year."], []),
    # --- percentage change after "up from", or in the sentence after the change
    ("up from, wrong percentage", ["Profit was KSh 1.84 billion for the year, up from KSh 1.52 billion the year before, a 12 per cent rise."], [3]),
    ("up from, right percentage", ["Profit was KSh 1.84 billion for the year, up from KSh 1.52 billion the year before, a 21 per cent rise."], []),
    ("up N per cent from, within rounding", ["The port handled 3.1 million TEU, up 10.7 per cent from 2.8 million the year before."], []),
    ("up from, a compound count between", ["Output was about 44 million 90-kilogramme bags, up from 40.2 million bags, a 9.5 per cent rise."], []),
    ("that is an increase, wrong", ["The lists held 15,100 people in March, up from 12,400 a year earlier.", "That is an increase of 28 per cent in twelve months."], [5]),
    ("that is an increase, right", ["The lists held 15,100 people in March, up from 12,400 a year earlier.", "That is an increase of 22 per cent in twelve months."], []),
    ("that is a share, not a change", ["The lists held 15,100 people in March, up from 12,400 a year earlier.", "That is 28 per cent of all patients."], []),
    # --- percentage change with words of time or place between the two values
    ("from … at the end of June … to", ["Waiting lists fell 18 per cent, from 4,210 at the end of June last year to 3,660 at the end of June this year."], [3]),
    ("from … to with words between, right", ["Waiting lists fell 13 per cent, from 4,210 at the end of June last year to 3,660 at the end of June this year."], []),
    ("from … and … to is two changes", ["Visits fell 30 per cent, from 250,000 in Leeds and 90,000 in York to 200,000 in all."], []),
    # --- a figure with its change and the earlier figure
    ("up N on A, wrong", ["Boardings reached 196,400 in December, up 12,400 on the 186,000 recorded a year earlier."], [3]),
    ("up N on A, right", ["Boardings reached 196,400 in December, up 10,400 on the 186,000 recorded a year earlier."], []),
    ("N more than A, wrong", ["The festival sold 41,000 tickets, 3,300 more than the 38,700 sold last year."], [3]),
    ("down N from A the wrong way", ["Complaints reached 420 this year, down 30 from 390."], [3]),
    ("an increase of N on A, right", ["Sales were 5,400, an increase of 400 on the 5,000 a year earlier."], []),
    ("up N on a day, not a figure", ["Shares closed at 412p, up 12 on the day."], []),
    ("up N on a month's figure of A, wrong", ["Waiting lists reached 612,400 in January, up 15,500 on December's figure of 598,900."], [3]),
    ("up N on a month's figure of A, right", ["Waiting lists reached 612,400 in January, up 13,500 on December's figure of 598,900."], []),
    ("an approximate change close enough", ["Boardings reached 196,400, up about 10,000 on the 186,000 recorded a year earlier."], []),
    # --- a majority stated apart from its counts
    ("a majority apart from the tally", ["The assembly passed the bill by 29 votes to 17.", "The bill sailed through with a majority of 14."], [5]),
    ("a majority apart from the tally, right", ["The assembly passed the bill by 29 votes to 17.", "The bill sailed through with a majority of 12."], []),
    ("a government's majority", ["The assembly passed the bill by 29 votes to 17.", "The government, which has a majority of 14, had expected to win."], []),
    ("a rounded majority apart from the tally", ["The assembly passed the bill by 329 votes to 200.", "The bill sailed through with a majority of 130."], []),
    ("a majority apart from the tally, beyond rounding", ["The assembly passed the bill by 329 votes to 200.", "The bill sailed through with a majority of 140."], [5]),
    ("a majority held, not a vote's", ["The assembly passed the bill by 29 votes to 17.", "The party has governed with a comfortable majority of 14 since the election."], []),
    ("a majority with a size word", ["The assembly passed the bill by 29 votes to 17.", "The bill sailed through with a comfortable majority of 14."], [5]),
    ("a majority before its counts", ["Ms Patel won a majority of 516, with 14,318 votes to 13,902."], [3]),
    ("a majority before its counts, right", ["Ms Patel won a majority of 416, with 14,318 votes to 13,902."], []),
    ("a majority of seats", ["The assembly passed the bill by 29 votes to 17.", "The party won with a majority of 14 seats in 2022."], []),
    ("last year's tally is another vote", ["The bill sailed through with a majority of 19.", "Last year's bill passed by 31 votes to 12.", "This year it passed by 29 votes to 17."], [3]),
    ("two tallies of one time", ["The assembly passed the bill by 29 votes to 17 and the budget by 30 votes to 16.", "The bill sailed through with a majority of 14."], []),
    # --- a list whose last part is the rest claims the whole
    ("the rest left out of the sum", ["Of the 1,146 responses, 812 opposed closure, 263 supported it and 58 expressed no clear view."], [3]),
    ("the rest, adding up", ["Of the 1,146 responses, 812 opposed closure, 263 supported it and 71 expressed no clear view."], []),
    ("two parts and the rest", ["Of the 1,146 responses, 812 opposed closure and 58 expressed no view."], []),
    ("parts, then out of the whole, the rest left out", ["In all, 812 opposed closure, 263 supported it and 58 had no view, out of 1,146 responses."], [3]),
    ("parts, then a total of", ["Those opposing closure numbered 812, those supporting it 263 and those unsure 58, a total of 1,146."], [3]),
    ("parts, then a total of, adding up", ["Those opposing closure numbered 812, those supporting it 263 and those unsure 71, a total of 1,146."], []),
    ("some, out of the whole", ["Police made 12 arrests on Friday, 9 on Saturday and 14 on Sunday, out of 300 people detained."], []),
    # --- a share with its count, of a whole the article counts once
    ("two in five of a whole counted elsewhere", ["The group ended the year with 450 outlets.", "Two in five of the group's outlets, or 140 stores, are in Lagos."], [5]),
    ("two in five, right", ["The group ended the year with 450 outlets.", "Two in five of the group's outlets, or 180 stores, are in Lagos."], []),
    ("a whole counted twice is not known", ["The group ended the year with 450 outlets, up from 418 outlets.", "Two in five of the group's outlets, or 140 stores, are in Lagos."], []),
    ("a percentage of a whole counted elsewhere", ["The group ended the year with 450 outlets.", "About 40 per cent of its outlets, or 140 stores, are in Lagos."], [5]),
    ("one in four in the sentence", ["The home side took 62, or one in four, of the 150 points."], [3]),
    ("two in five of a whole in the sentence", ["Two in five of the town's 450 shops, or 140, are empty."], [3]),
    ("two in five of a whole in the sentence, right", ["Two in five of the town's 450 shops, or 180, are empty."], []),
    ("one in four of the total is not the part", ["One in four of the 200 staff work nights."], []),
    # --- an effective term against the sentence and its suspended part
    ("an effective term that does not add up", ["The court sentenced Sipho Radebe to 15 years' imprisonment for fraud.", "The magistrate suspended five years of the sentence.", "With five years suspended, Radebe will serve an effective 12 years."], [7]),
    ("an effective term that adds up", ["The court sentenced Sipho Radebe to 15 years' imprisonment for fraud.", "With five years suspended, Radebe will serve an effective 10 years."], []),
    ("a proposed term is another term", ["The court sentenced Sipho Radebe to 15 years' imprisonment for fraud.", "His advocate asked for a sentence of eight years, of which three would be suspended.", "Radebe will serve an effective 10 years, with five years suspended."], []),
    ("an effective term in the sentence of the whole", ["The court jailed Radebe for 15 years, with five years suspended, an effective term of 12 years."], [3]),
    ("an effective term in the sentence of the whole, right", ["The court jailed Radebe for 15 years, with five years suspended, an effective term of 10 years."], []),
    ("two custodial terms", ["The court sentenced Radebe to 15 years' imprisonment and Kgomo to 14 years in jail.", "With five years suspended, Radebe will serve an effective 12 years."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_figure_arithmetic(name, paragraphs, expected, rules):
    assert findings_of(article(*paragraphs), rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


KNOWN_WRONG = [
    # (name, paragraphs, lines the docstring says should be reported, what the code does instead)
]


@pytest.mark.parametrize("name,paragraphs,expected,why", [
    pytest.param(*case, marks=pytest.mark.xfail(reason=case[3], strict=True), id=case[0]) for case in KNOWN_WRONG
])
def test_figure_arithmetic_known_wrong(name, paragraphs, expected, why, rules):
    assert findings_of(article(*paragraphs), rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


def test_messages_show_the_arithmetic(rules):
    from factcheck.engine import check_text

    text = article(
        "Visits to the town's libraries fell by 30% last year, from 250,000 to 200,000.",
        "The home side took 60 of the 150 points, or 45%.",
        "The trust is opening 412 new beds across three centres: 180 at Ashford, 150 at Brook and 62 at Cray.",
        "Ms Patel won by 14,318 votes to 13,902, a majority of 516.",
        "The club named 5 new signings: Ann Lee, Raj Shah and Tom Reed.",
    )
    messages = [(f.line, f.message) for f in check_text(text, rules=rules) if f.check == CHECK]
    assert messages == [
        (3, "250,000 to 200,000 is a 20% fall, not 30%."),
        (5, "60 of 150 is 40%, not 45%."),
        (7, "180 + 150 + 62 is 392, not 412."),
        (9, "14,318 less 13,902 is 416, not 516."),
        (11, "“5”, but the list that follows names 3."),
    ]


def test_the_finding_is_at_the_figure(rules):
    from factcheck.engine import check_text

    text = article("Ms Patel won by 14,318 votes to 13,902, a majority of 516.")
    (finding,) = [f for f in check_text(text, rules=rules) if f.check == CHECK]
    line = text.splitlines()[finding.line - 1]
    assert line[finding.column - 1 :].startswith("516")


def test_messages_of_changes_majorities_shares_and_terms(rules):
    from factcheck.engine import check_text

    text = article(
        "Waiting lists fell 18 per cent, from 4,210 at the end of June last year to 3,660 at the end of June this year.",
        "Boardings reached 196,400 in December, up 12,400 on the 186,000 recorded a year earlier.",
        "The assembly passed the bill by 29 votes to 17.",
        "The bill sailed through with a majority of 14.",
        "Of the 1,146 responses, 812 opposed closure, 263 supported it and 58 expressed no clear view.",
        "The group ended the year with 450 outlets.",
        "Two in five of the group's outlets, or 140 stores, are in Lagos.",
        "The court sentenced Sipho Radebe to 15 years' imprisonment for fraud.",
        "With five years suspended, Radebe will serve an effective 12 years.",
        "Complaints reached 420 this year, down 30 from 390.",
    )
    messages = [(f.line, f.message) for f in check_text(text, rules=rules) if f.check == CHECK]
    assert messages == [
        (3, "4,210 to 3,660 is a 13.1% fall, not 18 per cent."),
        (5, "196,400 less 186,000 is 10,400, not 12,400."),
        (9, "The vote was 29 to 17, a majority of 12, not 14."),
        (11, "812 + 263 + 58 is 1,133, not 1,146."),
        (15, "Two in five of 450 outlets is 180; 140 is 31.1%."),
        (19, "15 years with five years suspended is 10 years to serve, not 12 years."),
        (21, "390 to 420 is a rise, not down 30."),
    ]


NEW_CASES = [
    ("a comparison with the sentence before", ["A report showed that 24,318 people had been waiting more than a year.", "That was 1,870 more than at the same point last year, when the figure stood at 23,148."], [5]),
    ("a comparison with the sentence before that adds up", ["A report showed that 24,318 people had been waiting more than a year.", "That was 1,170 more than at the same point last year, when the figure stood at 23,148."], []),
    ("a whole split in the next sentence", ["The programme for the coming year had been set at Rs420 billion, up Rs55bn on the Rs365bn allocated this year.", "The programme has been split across four sectors: Rs96bn for education, Rs118bn for health, Rs134bn for roads and Rs52bn for water."], [5]),
    ("a whole split in the next sentence that adds up", ["The programme for the coming year had been set at Rs420 billion.", "The programme has been split across four sectors: Rs96bn for education, Rs118bn for health, Rs154bn for roads and Rs52bn for water."], []),
    ("an average of its total and count", ["The company shipped 18.6 million devices across its four sales regions, an average of about 5.1 million per region."], [3]),
    ("an average that agrees", ["The company shipped 18.6 million devices across its four sales regions, an average of about 4.7 million per region."], []),
    ("a lead apart from its counts", ["Mr Mulholland topped the poll with 2,914 votes.", "Mrs Boyd was second with 2,471.", "That gave Mr Mulholland a lead of 543 over Mrs Boyd."], [7]),
    ("a lead that agrees", ["Mr Mulholland topped the poll with 2,914 votes.", "Mrs Boyd was second with 2,471.", "That gave Mr Mulholland a lead of 443 over Mrs Boyd."], []),
    ("a net change", ["The chain opened 38 stores and closed 12 during the quarter, ending September with 1,146 locations, up from 1,110 at the end of June."], [3]),
    ("a net change that adds up", ["The chain opened 38 stores and closed 12 during the quarter, ending September with 1,136 locations, up from 1,110 at the end of June."], []),
    ("a share of a workforce", ["The plant employs 1,240 people.", "One in five of the workforce, or 310 people, are engineers."], [5]),
    ("a share of a workforce that agrees", ["The plant employs 1,240 people.", "One in four of the workforce, or 310 people, are engineers."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", NEW_CASES, ids=[c[0] for c in NEW_CASES])
def test_sums_across_sentences(name, paragraphs, expected, rules):
    assert findings_of(article(*paragraphs), rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


# Session 7 (issue 11): each mechanism with a case that fires and the trap it must leave alone.
MORE_CASES = [
    # lakhs and crores: "Rs 1,38,600 crore" is one figure, not "Rs 1"
    ("a change in lakhs and crores that adds up", ["The state's own tax revenue is estimated at Rs 1,38,600 crore, up 9.2 per cent from Rs 1,26,900 crore this year."], []),
    ("a change in lakhs and crores that does not", ["The state's own tax revenue is estimated at Rs 1,38,600 crore, up 12 per cent from Rs 1,26,900 crore this year."], [3]),
    # "of which" names some of the whole: only parts above it are a slip
    ("of which, and another sum", ["She announced a road programme worth Rs 1.2 lakh crore, of which Rs 14,500 crore is provided in the coming year, and Rs 2,150 crore for the metro."], []),
    # a whole in one sentence, split in the next by a subject with no figure
    ("a whole split by a subject with no figure", ["Ms Ranade presented a Rs 2,84,210-crore budget on Thursday.", "The total outlay, 8.6 per cent more than the Rs 2,61,700 crore budgeted for the current year, is made up of revenue expenditure of Rs 2,11,340 crore and capital expenditure of Rs 63,870 crore."], [5]),
    ("a whole split by a subject with no figure, adding up", ["Ms Ranade presented a Rs 2,84,210-crore budget on Thursday.", "The total outlay, 8.6 per cent more than the Rs 2,61,700 crore budgeted for the current year, is made up of revenue expenditure of Rs 2,20,340 crore and capital expenditure of Rs 63,870 crore."], []),
    ("a change split, not the whole", ["Ms Ranade presented a Rs 2,84,210-crore budget on Thursday.", "The increase is made up of revenue expenditure of Rs 11,340 crore and capital expenditure of Rs 6,870 crore."], []),
    # a clause after the change gives its cause: "higher grades" is not a second change
    ("a change with a cause after it", ["All-in sustaining costs fell 12 per cent to A$2,210 an ounce from A$2,380, helped by higher grades at the mine."], [3]),
    ("a change with a cause after it, adding up", ["All-in sustaining costs fell 7 per cent to A$2,210 an ounce from A$2,380, helped by higher grades at the mine."], []),
    # a share whose whole's noun phrase holds a figure of its own
    ("a share of a whole with a figure in its phrase", ["Of the 21 schools with fewer than 50 pupils on roll, 12 \u2013 roughly a quarter \u2013 are in the Cwm Tyrau area."], [3]),
    ("a share of a whole with a figure in its phrase, agreeing", ["Of the 21 schools with fewer than 50 pupils on roll, 12 \u2013 more than half \u2013 are in the Cwm Tyrau area."], []),
    # a list against the one count of its noun
    ("a list of more than were counted", ["Three wards at St Aldhelm's Hospital will close in January.", "The wards due to close are Willow, Beech, Larch and Hazel, all on the second floor."], [5]),
    ("a list of as many as were counted", ["Three wards at St Aldhelm's Hospital will close in January.", "The wards due to close are Willow, Beech and Larch, all on the second floor."], []),
    ("a list of other ones of the noun", ["Three wards at St Aldhelm's Hospital will close in January.", "The wards staying open are Willow, Beech, Larch and Hazel."], []),
    ("described names parted by semicolons, the count by its verb", ["The ministry has shortlisted four consortia for the concession.", "The shortlisted bidders are Zambeze Grain Terminals, a joint venture; Indico Bulk Partners; the Chinese-led Hengtai Ports Consortium; Sotaco Logistica, backed by Beira businessmen; and Kwanza Atlantic Holdings, an Angolan investor."], [5]),
    ("described names parted by semicolons, as many as counted", ["The ministry has shortlisted four consortia for the concession.", "The shortlisted bidders are Zambeze Grain Terminals, a joint venture; Indico Bulk Partners; Sotaco Logistica, backed by Beira businessmen; and Kwanza Atlantic Holdings, an Angolan investor."], []),
    ("described names between dashes", ["Growth was driven by three new liner services that began calling during the year.", "The new services - the Gulf-Asia Express operated by Orient Pacific Line, Meridian Shipping's East Africa Loop, a joint Red Coral-Tasman Lines service and the Baltic Feeder run by Nordvik Container - added 180,000 TEU."], [5]),
    ("described names between dashes, as many as counted", ["Growth was driven by three new liner services that began calling during the year.", "The new services - the Gulf-Asia Express operated by Orient Pacific Line, Meridian Shipping's East Africa Loop and the Baltic Feeder run by Nordvik Container - added 180,000 TEU."], []),
    ("a dashed aside that is no list", ["Growth was driven by three new liner services that began calling during the year.", "The new services - which call at Kessaway, Durban, Lobito and Mombasa - added 180,000 TEU."], []),
    ("other words before the noun than the count's", ["Growth was driven by three new liner services that began calling during the year.", "The older services - the Gulf-Asia Express, the East Africa Loop, the Tasman service and the Baltic Feeder - lost volume."], []),
    ("a round's number before its fixtures", ["Round seven is on Saturday 16 May: Rewa v Nadroga at Ratu Cakobau Park, Suva v Lautoka, Nadi v Naitasiri and Namosi v Tailevu."], []),
    ("figures of the sentence before, together", ["Sangrur led the state with 11.42 LMT, followed by Patiala with 9.86 LMT and Ludhiana with 9.37 LMT.", "The three districts together accounted for 31.65 LMT, or roughly a quarter of the state's paddy."], [5]),
    ("figures of the sentence before, together, adding up", ["Sangrur led the state with 11.42 LMT, followed by Patiala with 9.86 LMT and Ludhiana with 9.37 LMT.", "The three districts together accounted for 30.65 LMT."], []),
    ("a count of others than the figures before", ["Sangrur led the state with 11.42 LMT, followed by Patiala with 9.86 LMT and Ludhiana with 9.37 LMT.", "The four districts together accounted for 41.65 LMT."], []),
    ("a whole spread across its parts", ["The 500 units are spread across 120 one-bedroom, 210 two-bedroom, 130 three-bedroom and 50 four-bedroom apartments, in four 18-storey blocks."], [3]),
    ("a whole spread across parts that add up", ["The 510 units are spread across 120 one-bedroom, 210 two-bedroom, 130 three-bedroom and 50 four-bedroom apartments, in four 18-storey blocks."], []),
    ("a change referred back by its size", ["The UK's share of North Sea cod for 2026 falls from 14,200 tonnes to 11,900 tonnes under the deal.", "The haddock quota rises by 8 per cent, from 5,000 tonnes to 5,400 tonnes.", "Morven Tait said the 12 per cent reduction in the UK cod quota was painful."], [7]),
    ("a change referred back by its size, agreeing", ["The UK's share of North Sea cod for 2026 falls from 14,200 tonnes to 11,900 tonnes under the deal.", "Morven Tait said the 16 per cent reduction in the UK cod quota was painful."], []),
    ("a change referred back, two pairs of levels it may be", ["The UK's cod quota falls from 14,200 tonnes to 11,900 tonnes.", "The EU's cod quota falls from 22,000 tonnes to 20,000 tonnes.", "Fishermen said the 12 per cent reduction in the cod quota was painful."], []),
    ("a part put as a share of a whole given once", ["Revenue climbed 7 per cent to \u20ac2.84 billion.", "Ancillary revenue rose to \u20ac610 million, or 26 per cent of total revenue."], [5]),
    ("a part put as a share of a whole given once, agreeing", ["Revenue climbed 7 per cent to \u20ac2.84 billion.", "Ancillary revenue rose to \u20ac610 million, or 21 per cent of total revenue."], []),
    ("a part put as a share of a whole given twice", ["Revenue climbed to \u20ac2.84 billion, and group revenue to \u20ac3.4 billion.", "Ancillary revenue rose to \u20ac610 million, or 18 per cent of group revenue."], []),
    ("a list of a noun counted two ways", ["Three wards will close in January and two wards in March.", "The wards due to close are Willow, Beech, Larch and Hazel."], []),
    # all of a whole split among as many groups as the sentence before says
    ("all of a whole split among its groups", ["Rwanda exported 9,450 tonnes of green coffee in the 2025 season.", "All of the season's exports went to three groups of buyers. Roasters in the United States took 4,120 tonnes, buyers in the European Union 3,310 tonnes and Asian markets, led by China and South Korea, 2,220 tonnes."], [5]),
    ("all of a whole split among its groups, adding up", ["Rwanda exported 9,450 tonnes of green coffee in the 2025 season.", "All of the season's exports went to three groups of buyers. Roasters in the United States took 4,120 tonnes, buyers in the European Union 3,310 tonnes and Asian markets, led by China and South Korea, 2,020 tonnes."], []),
    ("some of a whole split among groups", ["Rwanda exported 9,450 tonnes of green coffee in the 2025 season.", "Most of the season's exports went to three groups of buyers. Roasters in the United States took 4,120 tonnes, buyers in the European Union 3,310 tonnes and Asian markets 1,220 tonnes."], []),
    # a side of the article's one vote as a share of the ballots: spoilt ballots only make it smaller
    ("a side's share of the ballots above its part", ["Members voted 412-97 in favor of a walkout.", "The 412 yes votes represented about 85% of the ballots cast, the union said."], [5]),
    ("a side's share of the ballots that agrees", ["Members voted 412-97 in favor of a walkout.", "The 412 yes votes represented about 81% of the ballots cast, the union said."], []),
    ("a side's share of the ballots below its part", ["Members voted 412-97 in favor of a walkout.", "The 412 yes votes represented 70% of the ballots cast, with many spoilt."], []),
    # a winner's majority stated apart from the result, however far from it
    ("a winner's majority against the result", ["23:25 - Shikongo's majority of 945 is well down on the 2 329 by which Swapo held the seat in 2020.", "23:10 - Martha Shikongo was declared elected with 4 812 votes. Ester Hamutenya received 3 967 votes."], [3]),
    ("a winner's majority that agrees", ["23:25 - Shikongo's majority of 845 is well down on the 2 329 by which Swapo held the seat in 2020.", "23:10 - Martha Shikongo was declared elected with 4 812 votes. Ester Hamutenya received 3 967 votes."], []),
    ("a winner's majority of another election", ["Shikongo's majority of 945 in 2020 was cut this time.", "Martha Shikongo was declared elected with 4 812 votes. Ester Hamutenya received 3 967 votes."], []),
    # parts that make up the tally of the sentence before
    ("parts that make up the tally", ["Warriors have scored 31 league goals in 10 matches, the most in the division. Mhlanga's 14, nine from Dube and six shared among the rest of the squad make up the tally."], [3]),
    ("parts that make up the tally, adding up", ["Warriors have scored 31 league goals in 10 matches, the most in the division. Mhlanga's 14, nine from Dube and eight shared among the rest of the squad make up the tally."], []),
    # a count whose own phrase adds to it before its list
    ("a count and one more before its list", ["He is survived by three sons and a daughter - Dennis, Marlon, Troy and Candace - as well as 11 grandchildren."], []),
    ("a count and one more before a short list", ["He is survived by three sons and a daughter - Dennis, Marlon and Candace - as well as 11 grandchildren."], [3]),
    # a list after a colon whose last part says what it includes; "as follows" is no "such as"
    ("a split as follows, its last part including others", ["According to the budget, the R12.8bn in operating spending breaks down as follows: R4.1bn on staff, R5.3bn on electricity, R1.6bn on water, R0.9bn on contracted services and R1.2bn on other expenditure, including repairs."], [3]),
    ("a split as follows that adds up", ["According to the budget, the R12.8bn in operating spending breaks down as follows: R4.1bn on staff, R5.0bn on electricity, R1.6bn on water, R0.9bn on contracted services and R1.2bn on other expenditure, including repairs."], []),
    ("a split that includes some", ["The R12.8bn in operating spending includes R4.1bn on staff, R5.3bn on electricity, R1.6bn on water and R0.9bn on contracted services."], []),
    # a change given as a fraction, next to its two values
    ("a fall given as a fraction", ["The number without power has fallen from a peak of 52,000 at lunchtime to 39,000, a drop of about a third."], [3]),
    ("a fall given as a fraction that agrees", ["The number without power has fallen from a peak of 52,000 at lunchtime to 39,000, a drop of about a quarter."], []),
    ("a fraction of another thing's change", ["Pre-tax profit rose from \u00a34.1m to \u00a35.6m on sales up by almost a fifth, to \u00a371.3m."], []),
    # a gap to a norm given as a percentage
    ("a deficit against a normal", ["The state received 612 mm of rainfall against a normal of 720 mm for the period, a deficit of 21 per cent."], [3]),
    ("a deficit against a normal that agrees", ["The state received 612 mm of rainfall against a normal of 720 mm for the period, a deficit of 15 per cent."], []),
    # a vote that adds up to more than the members present; fewer may leave one out
    ("a vote of more than were present", ["All 24 councillors attended. The motion was carried with 15 votes in favour and eight against, while two councillors abstained."], [3]),
    # an age at death against the year of birth (the piece is dated 2026)
    ("an age at death the birth year contradicts", ["Jack Trewhella, the former coxswain, has died aged 89.", "Born in the village in 1934, he left school at 14."], [3]),
    ("an age at death the birth year allows", ["Jack Trewhella, the former coxswain, has died aged 91.", "Born in the village in 1934, he left school at 14."], []),
    ("an age at death and a son's birth", ["Mary Trewhella has died aged 89.", "Her son Tom, born in 1960, runs the farm."], []),
    ("an age at death in a year named", ["Jack Trewhella died aged 80 in 2024.", "Born in the village in 1944, he left school at 14."], []),
    ("a vote of fewer than were present", ["All 24 councillors attended. The motion was carried with 14 votes in favour and eight against, while one councillor abstained."], []),
    # a list after a colon whose items are groups with counts of their own: their sum counts, not the items
    ("groups after a colon that add up", ["Three generating units had failed in the past 24 hours: two at Kwaggafontein and one at Ruighoek."], []),
    ("groups after a colon that do not add up", ["Three generating units had failed in the past 24 hours: two at Kwaggafontein and two at Ruighoek."], [3]),
    ("names after a colon, still counted", ["Three generating units had failed in the past 24 hours: Kwaggafontein 4 and Ruighoek 2."], [3]),
]


@pytest.mark.parametrize("name,paragraphs,expected", MORE_CASES, ids=[c[0] for c in MORE_CASES])
def test_more_sums(name, paragraphs, expected, rules):
    assert findings_of(article(*paragraphs), rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


def test_messages_write_sums_as_the_article_writes_them(rules):
    from factcheck.engine import check_text

    text = article(
        "Ms Ranade presented a Rs 2,84,210-crore budget on Thursday.",
        "The total outlay is made up of revenue expenditure of Rs 2,11,340 crore and capital expenditure of Rs 63,870 crore.",
        "Three wards at St Aldhelm's Hospital will close in January.",
        "The wards due to close are Willow, Beech, Larch and Hazel.",
        "Members voted 412-97 in favor of a walkout.",
        "The 412 yes votes represented about 85% of the ballots cast, the union said.",
        "The mine spent N$1.1 billion on the expansion and a further N$450 million on the acid plant, taking capital expenditure for the year to N$1.45 billion.",
    )
    assert [(f.line, f.message) for f in check_text(text, rules=rules) if f.check == CHECK] == [
        (5, "Rs 2,11,340 crore + Rs 63,870 crore is Rs 2,75,210 crore, not the Rs 2,84,210-crore of the sentence before."),
        (9, "\u201cThree wards\u201d at line 7, but this list names 4."),
        (13, "412 of the 509 votes cast (412-97) is 80.9%, not about 85%."),
        (15, "N$1.1 billion + N$450 million is N$1.55 billion, not N$1.45 billion."),
    ]


def test_gap_words_are_data_a_newsroom_extends(tmp_path):
    """rules/quantities.yaml names the gaps to a norm; a rule file adds its own ("shortage") under `quantities:`."""
    from factcheck.config import load_rules

    text = article("The state received 612 mm of rainfall against a normal of 720 mm for the period, a shortage of 21 per cent.")
    assert findings_of(text, rules=load_rules(), check=CHECK) == []
    extra = tmp_path / "desk.yaml"
    extra.write_text("quantities:\n  gap-below: [shortage]\n")
    assert findings_of(text, rules=load_rules([str(extra)]), check=CHECK) == [(CHECK, 3)]
    extra.write_text("quantities:\n  gap-below: {shortage: 1}\n")
    with pytest.raises(Exception, match=r"desk.yaml:2:\d+"):
        load_rules([str(extra)])


# session 9: a change's own "up", a clause of its own, a change's size after its two levels, a sum that "comes to"
CHANGE_CASES = [
    ("'up' written onto the percentage is the change's own word", [INTRO, "Operating profit climbed from £178m to £212m, up 16.1 per cent."], [5]),
    ("'up' onto the percentage, adding up", [INTRO, "Operating profit climbed from £178m to £212m, up 19.1 per cent."], []),
    ("a second change is still two changes", [INTRO, "Operating profit climbed from £178m to £212m, and sales rose, up 16.1 per cent on the year."], []),
    ("a clause turned by 'while' holds its own percentage", [INTRO, "EBITDA climbed to Rs 212 crore from Rs 178 crore, up 16.1 per cent, while the margin stood at 14.3 per cent."], [5]),
    ("a clause of its own, adding up", [INTRO, "EBITDA climbed to Rs 212 crore from Rs 178 crore, up 19.1 per cent, while the margin stood at 14.3 per cent."], []),
    ("two percentages in one clause stay a guess", [INTRO, "EBITDA climbed to Rs 212 crore from Rs 178 crore, up 16.1 per cent and 14.3 per cent of sales."], []),
    ("a change's size after its two levels", [INTRO, "The average rent will rise from £112.40 to £117.80 a week, an increase of £6.40."], [5]),
    ("a change's size after its two levels, right", [INTRO, "The average rent will rise from £112.40 to £117.80 a week, an increase of £5.40."], []),
    ("a change's size that is another thing's", [INTRO, "The average rent will rise from £112.40 to £117.80 a week, and service charges by £6.40."], []),
    ("a sum that 'comes to' the wrong total", [INTRO, "Counting the £32m guaranteed fee and the £6m in add-ons, the full package comes to £40m."], [5]),
    ("a sum that 'comes to' its total", [INTRO, "Counting the £32m guaranteed fee and the £6m in add-ons, the full package comes to £38m."], []),
    ("a total far above the figures counts others", [INTRO, "With the £2m grant, the appeal's takings came to £14m."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", CHANGE_CASES, ids=[c[0] for c in CHANGE_CASES])
def test_changes_and_sums_read_in_more_ways(name, paragraphs, expected, rules):
    assert findings_of(article(*paragraphs), rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


LINKED_SPLITS = [
    # a sum named once and split paragraphs later by a definite noun that refers back to it (reading/coreference.py)
    ("a split of the funding, paragraphs apart, that comes to more", ["The university has been awarded £14.2 million in public research funding.", "It expects to create around 60 posts.", "The funding is split between the three centres: £6 million for hydrogen, £5.1 million for dementia care and £4.1 million for flood forecasting."], [7]),
    ("a split of the funding that adds up", ["The university has been awarded £14.2 million in public research funding.", "It expects to create around 60 posts.", "The funding is split between the three centres: £6 million for hydrogen, £4.1 million for dementia care and £4.1 million for flood forecasting."], []),
    ("the new money divided entirely, coming to less", ["The minister announced J$88 billion in new spending.", "The threshold will rise to J$1.8 million a year.", "The new money is divided entirely among those three pillars: J$36 billion for security, J$29 billion for health and J$13 billion for education."], [7]),
    ("parts that come to less, not said to be all of it", ["The minister announced J$88 billion in new spending.", "The threshold will rise to J$1.8 million a year.", "The new money is divided between several programmes: J$36 billion for security and J$29 billion for health."], []),
    ("parts said to be some of it", ["The university has been awarded £14.2 million in research funding.", "It expects to create around 60 posts.", "The funding is divided among projects including the three centres: £6 million for hydrogen, £5.1 million for dementia care and £1.1 million for floods."], []),
    ("parts as many as the groups, coming to less", ["The university has been awarded £14.2 million in research funding.", "It expects to create around 60 posts.", "The funding is divided among the three centres: £6 million for hydrogen, £5.1 million for dementia care and £1.1 million for floods."], [7]),
    ("two funding sums: which one is split is unclear", ["The university has been awarded £14.2 million in research funding.", "It also won £3 million in funding from a charity.", "The funding is split between the three centres: £6 million for A, £5.1 million for B and £4.1 million for C."], []),
    ("the funding changed since", ["The university has been awarded £14.2 million in research funding.", "The funding has now been split between the three centres: £6 million for A, £5.1 million for B and £4.1 million for C."], []),
    ("a split in another currency", ["The university has been awarded £14.2 million in research funding.", "The funding is split between the three centres: $6 million for A, $5.1 million for B and $4.1 million for C."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", LINKED_SPLITS, ids=[c[0] for c in LINKED_SPLITS])
def test_split_of_a_sum_referred_back(name, paragraphs, expected, rules):
    assert findings_of(article(*paragraphs), rules=rules, check=CHECK) == [(CHECK, n) for n in expected]


def test_split_of_a_sum_referred_back_message(rules):
    from factcheck.engine import check_text

    text = article(*LINKED_SPLITS[0][1])
    assert [(f.line, f.message) for f in check_text(text, rules=rules) if f.check == CHECK] == [
        (7, "£6 million + £5.1 million + £4.1 million is £15.2 million, not the £14.2 million given at line 3."),
    ]


def test_refer_back_groups_are_data_a_newsroom_extends(tmp_path):
    """rules/quantities.yaml groups the nouns a later mention may use for one sum; a rule file adds its own."""
    from factcheck.config import load_rules

    text = article("The trust has won a £14.2 million grant from the lottery.", "It expects to create around 60 posts.",
                   "The award is split between the three wards: £6 million for A, £5.1 million for B and £4.1 million for C.")
    assert findings_of(text, rules=load_rules(), check=CHECK) == []
    extra = tmp_path / "desk.yaml"
    extra.write_text("quantities:\n  refer-back:\n    - [grant, award]\n")
    assert findings_of(text, rules=load_rules([str(extra)]), check=CHECK) == [(CHECK, 7)]
    extra.write_text("quantities:\n  refer-back: [grant, award]\n")
    with pytest.raises(Exception, match=r"desk.yaml:\d+:\d+"):
        load_rules([str(extra)])


# issue 11: sums read from copy written for the evaluation sets of session 13 (figures-11, periods-13, mixed-28): each with its own publication date
FROM_SESSION_13_SETS = [
    ('a total of parts that began a sentence before', 'date 2026-03-14 Council publishes its annual figures\n\n', ['The federal share, first announced at C$95 million, was later raised to C$110 million. The province put in C$60 million, and the authority borrowed the remaining C$250 million.', "That total of C$420 million makes the quay the port's largest investment."], []),
    ("a share of polling stations beside another clause's percentage", 'date 2026-03-14 Council publishes its annual figures\n\n', ['The commission revised turnout to 70.4 per cent once results from the last three of the 126 polling stations were added.'], []),
    ('a share set off after its noun, wrong', 'date 2026-03-14 Council publishes its annual figures\n\n', ["A quarter of the school's Year 11 pupils, 71 of the 212 who sat exams, were entered for the full baccalaureate."], []),
    ('a list of described things after a count', 'date 2026-03-14 Council publishes its annual figures\n\n', ['The three pending applications total 1,150 megawatts: a 400-megawatt project off Route 613 near Pine Hollow, a 500-megawatt project next to the Dominion substation and a 250-megawatt project north of the county seat.'], []),
    ('what a rise would add is no level', 'date 2026-03-14 Council publishes its annual figures\n\n', ['The company says an 8% increase would add about R142 million a year to its wage bill, against R98 million for its current offer.'], []),
    ('a share set off after its noun, wrong', 'date 2026-03-14 Council publishes its annual figures\n\n', ["A quarter of Brookfield's Year 11 pupils, 71 of the 212 who sat exams, were entered for the full baccalaureate."], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_13_SETS, ids=[c[0] for c in FROM_SESSION_13_SETS])
def test_cases_from_the_session_13_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, "figure-arithmetic", rules) == expected


# Cases from the session-14 sets: each mechanism firing and quiet
FROM_SESSION_14_SETS = [
    ('a change with the half-year between its levels', 'date 2026-02-10 Copper miner results\n\n', ['Copper output rose 12% to 48,200 tonnes in the six months to December, from 41,500 tonnes in the same period a year earlier.'], [3]),
    ('a change with the half-year between its levels, right', 'date 2026-02-10 Copper miner results\n\n', ['Copper output rose 16% to 48,200 tonnes in the six months to December, from 41,500 tonnes in the same period a year earlier.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_14_SETS, ids=[c[0] for c in FROM_SESSION_14_SETS])
def test_cases_from_the_session_14_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


# Cases from the session 15 sets and their misses, firing and quiet.
FROM_SESSION_15_SETS = [
    ('a count split between dashes that adds up to more', 'date 2025-11-04 Voters back school bond\n\n', ['The bond will pay for 14 projects over eight years — eight school renovations, three new buildings and four upgrades — the district said.'], [3]),
    ('a count split between dashes that adds up', 'date 2025-11-04 Voters back school bond\n\n', ['The bond will pay for 14 projects over eight years — seven school renovations, three new buildings and four upgrades — the district said.'], []),
    ('a few parts named between dashes', 'date 2025-11-04 Voters back school bond\n\n', ['The bond will pay for 14 projects over eight years — eight renovations and three new buildings — the district said.'], []),
    ('a count after "on", split after a colon', 'date 2025-11-04 Voters back school bond\n\n', ['The district will spend the money on 14 projects: eight school renovations, three new buildings and four upgrades.'], [3]),
    ('a percentage compared "on" a year before', 'date 2025-11-04 Voters back school bond\n\n', ['Sales rose 12% on the 2024 total of 400, to 448, across 14 stores: eight in Leeds, three in York and three in Hull.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_15_SETS, ids=[c[0] for c in FROM_SESSION_15_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


# Cases from the session 16 sets and their misses, firing and quiet.
FROM_SESSION_16_SETS = [
    ('a whole that "comprises" its parts, which do not add up', 'date 2025-06-12 County tables budget\n\n', ['The Sh9.8 billion spending plan, tabled by the finance member, comprises Sh6.1 billion for recurrent spending and Sh3.2 billion for development projects.'], [3]),
    ('a whole the parts "comprise", adding up', 'date 2025-06-12 County tables budget\n\n', ['The 640 seats comprise 430 in the stalls and 210 in the circle.', 'The squad of 23 consists of 14 full-time players and nine part-timers.'], []),
    ('a list writing its unit once, with its first part, that does not add up', 'date 2025-09-30 Cane crush passes 1.5 million tonnes\n\n', ['Broken down by mill, Lautoka crushed 512,000 tonnes, Rarawai 468,000 and Labasa 605,000, a total of 1,685,000 tonnes.'], [3]),
    ('a list writing its unit once, adding up', 'date 2025-09-30 Cane crush passes 1.5 million tonnes\n\n', ['Broken down by mill, Lautoka crushed 512,000 tonnes, Rarawai 468,000 and Labasa 605,000, a total of 1,585,000 tonnes.'], []),
    ('a bare count of another thing in a list of money is no part', 'date 2025-09-30 Cane crush passes 1.5 million tonnes\n\n', ['The council spent £12m on roads, Harlow 40 buses and Epping 12 vans, a total of £52m.'], []),
    ('a majority stated apart from a tally of thousands, its digits swapped', 'date 2025-11-20 Town votes for neighbourhood plan\n\n', ['The motion passed by 4,812 votes to 2,197 on Thursday.', 'It sailed through with a majority of 2,165.'], [5]),
    ('a majority stated apart from a tally of thousands that fits', 'date 2025-11-20 Town votes for neighbourhood plan\n\n', ['The motion passed by 4,812 votes to 2,197 on Thursday.', 'It sailed through with a majority of 2,615.'], []),
    ('"Of these" splitting the sentence before\'s total, the last part the rest', 'date 2025-06-05 Growers walk out at Lilongwe tobacco floor\n\n', ['Final figures show that a total of 14,820 bales were presented on the Lilongwe floor that day. Of these, 9,460 were sold and the remaining 4,910 were rejected or withdrawn by growers.'], [3]),
    ('"Of the X", two parts, the last the remaining ones', 'date 2025-06-05 Growers walk out at Lilongwe tobacco floor\n\n', ['Of the 14,820 bales presented, 9,460 were sold and the remaining 4,910 were rejected.'], [3]),
    ('"Of them" splitting the sentence before\'s total, adding up', 'date 2025-06-05 Growers walk out at Lilongwe tobacco floor\n\n', ['A total of 14,820 bales were presented. Of them, 9,460 were sold and the remaining 5,360 were rejected.'], []),
    ('"Of these", two parts, the last not the rest', 'date 2025-06-05 Growers walk out at Lilongwe tobacco floor\n\n', ['A total of 14,820 bales were presented. Of these, 9,460 were sold and 4,910 were rejected.'], []),
    ('a change "on the" earlier level, the time said after it', 'date 2026-03-21 SA election count live\n\n', ['Pre-poll centres took 412,000 votes in the fortnight before today, up 25 per cent on the 340,000 cast early in 2022.'], [3]),
    ('a change "on the" earlier level, the time said after it, that fits', 'date 2026-03-21 SA election count live\n\n', ['Pre-poll centres took 425,000 votes in the fortnight before today, up 25 per cent on the 340,000 cast early in 2022.'], []),
    ('a change "on the" figure of a place, no time after it', 'date 2026-03-21 SA election count live\n\n', ['Ridership rose to 412,000, up 25 per cent on the 340,000 routes served.'], []),
    ('a change between two rupee levels written "Rs.", the full stop no sentence\'s end', 'date 2025-10-09 Colombo tea prices firm\n\n', ['The average climbed to Rs. 1,412.30, from Rs. 1,283.90 a week earlier, a gain of 16 per cent.'], [3]),
    ('a change between two rupee levels written "Rs.", that fits', 'date 2025-10-09 Colombo tea prices firm\n\n', ['The average climbed to Rs. 1,412.30, from Rs. 1,283.90 a week earlier, a gain of 10 per cent.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_16_SETS, ids=[c[0] for c in FROM_SESSION_16_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


# Cases from the session 17 sets and their misses, firing and quiet.
FROM_SESSION_17_SETS = [
    ('change of a subject named by its levels elsewhere', 'date 2026-01-20 Miner lifts output\n\n', ['Copper cathode production climbed 8% in the year to December, the company said, as the north shaft reopened after five months.', 'Headline earnings were flat.', 'The group produced 412,000 tonnes of copper cathode, up from 351,000 tonnes in 2025.'], [7]),
    ('change of a subject fits its levels elsewhere', 'date 2026-01-20 Miner lifts output\n\n', ['Copper cathode production climbed 17% in the year to December, the company said.', 'The group produced 412,000 tonnes of copper cathode, up from 351,000 tonnes in 2025.'], []),
    ('change of a subject in a quarter, levels of the year', 'date 2026-01-20 Miner lifts output\n\n', ['Copper cathode production climbed 8% in the fourth quarter, the company said.', 'The group produced 412,000 tonnes of copper cathode, up from 351,000 tonnes in 2025.'], []),
    ('change of another subject sharing one word', 'date 2026-01-20 Miner lifts output\n\n', ['Cobalt production climbed 8% in the year, the company said.', 'The group produced 412,000 tonnes of copper cathode, up from 351,000 tonnes in 2025.'], []),
    ('two pairs of levels for the subject', 'date 2026-01-20 Miner lifts output\n\n', ['Copper cathode production climbed 8% in the year, the company said.', 'The Kansanshi pit produced 212,000 tonnes of copper cathode, up from 151,000 tonnes in 2025.', 'The Lumwana pit produced 200,000 tonnes of copper cathode, up from 190,000 tonnes.'], []),
    ('a level in a local dollar and the earlier in a bare dollar, a conversion between', 'date 2026-01-20 Miner lifts output\n\n', ['The company said revenue for the year climbed to BDS$48.6 million (US$24.3 million), from $41.2 million in 2024.', 'She said the 24 per cent jump in turnover came from volume.'], [5]),
    ('a level in a local dollar and a bare dollar, the change right', 'date 2026-01-20 Miner lifts output\n\n', ['The company said revenue for the year climbed to BDS$48.6 million (US$24.3 million), from $41.2 million in 2024.', 'She said the 18 per cent jump in turnover came from volume.'], []),
    ("a winner's own margin against the one tally", 'date 2026-10-20 Liberals win Tarrengower by-election\n\n', ["On the final count, Ms Vermeulen received 48,951 votes to 42,455 for Labor's Declan O'Rourke.", "Her winning margin of 6,946 votes makes Tarrengower the Liberals' first gain."], [5]),
    ("a winner's own margin that fits the tally", 'date 2026-10-20 Liberals win Tarrengower by-election\n\n', ["On the final count, Ms Vermeulen received 48,951 votes to 42,455 for Labor's Declan O'Rourke.", "Her winning margin of 6,496 votes makes Tarrengower the Liberals' first gain."], []),
    ("a predecessor's margin of another year", 'date 2026-10-20 Liberals win Tarrengower by-election\n\n', ["On the final count, Ms Vermeulen received 48,951 votes to 42,455 for Labor's Declan O'Rourke.", 'His majority of 2,946 votes in 2022 was overturned.'], []),
    ('a tally with shares set off and a final margin that misses', 'date 2026-11-04 Tillman wins Coweta sheriff race\n\n', ['Tillman received 31,482 votes, or 53.8%, to 26,719, or 45.7%, for Democrat Lorraine Cheatham.', "Tillman's final margin of 4,863 votes came in a contest in which jail conditions dominated debate."], [5]),
    ('a tally with shares set off and a final margin that fits', 'date 2026-11-04 Tillman wins Coweta sheriff race\n\n', ['Tillman received 31,482 votes, or 53.8%, to 26,719, or 45.7%, for Democrat Lorraine Cheatham.', "Tillman's final margin of 4,763 votes came in a contest in which jail conditions dominated debate."], []),
    ('a total smaller than a part is a total of something else', 'date 2026-11-04 Tillman wins Coweta sheriff race\n\n', ["Of the graduands, 2,786 received bachelor's degrees, 581 master's degrees and 45 doctorates. A total of 214 first-degree students obtained First Class honours."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_17_SETS, ids=[c[0] for c in FROM_SESSION_17_SETS])
def test_cases_from_the_session_17_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


# Cases from session 18's sets and earlier fixtures' misses, firing and quiet.
FROM_SESSION_18_SETS = [
    ('parts of a whole that miss it by one of its digits', 'date 2026-06-25 Bank profit rises\n\n', ['Of the $6.84 billion profit, the banking unit contributed $3.94 billion, the insurance arm $1.6 billion and the transfer business $0.9 billion.'], [3]),
    ('parts of a whole that miss it in its last digit may leave some out', 'date 2026-06-25 Bank profit rises\n\n', ['Of the $6.8 billion profit, the banking unit contributed $3.9 billion, the insurance arm $1.6 billion and the transfer business $0.9 billion.'], []),
    ('parts of a whole that add up', 'date 2026-06-25 Bank profit rises\n\n', ['Of the $6.8 billion profit, the banking unit contributed $4.3 billion, the insurance arm $1.6 billion and the transfer business $0.9 billion.'], []),
    ('parts that leave a few out in the units', 'date 2026-04-17 Cholera cases rise\n\n', ['Of the 67 patients, 52 have been treated and discharged, while 11 remain admitted.'], []),
    ('parts that overlap a round whole', 'date 2026-04-17 Clinic busy\n\n', ['Of the 200 patients, 120 were women and 90 were over 60.'], []),
    ('two parts far short of their whole leave some out', 'date 2026-04-17 Coffee exports\n\n', ['Of the 612,400 bags shipped, 340,100 were Robusta and 62,300 were Arabica.'], []),
    ('two parts one digit short of their whole', 'date 2026-04-17 Coffee exports\n\n', ['Of the 612,400 bags shipped, 540,100 were Robusta and 62,300 were Arabica.'], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_18_SETS, ids=[c[0] for c in FROM_SESSION_18_SETS])
def test_cases_from_the_session_18_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


# Cases from session 19's sets and earlier fixtures' misses, firing and quiet.
FROM_SESSION_19_SETS = [
    ('a majority set beside a vote told side by side', 'date 2026-03-10 Town backs plan\n\n',
     ['In a referendum held on Thursday, 4,812 people voted yes and 2,197 voted no.',
      'The chair said the yes vote, a majority of 2,165, showed residents wanted a say.'], [5]),
    ('a majority set beside a vote told side by side, right', 'date 2026-03-10 Town backs plan\n\n',
     ['In a referendum held on Thursday, 4,812 people voted yes and 2,197 voted no.',
      'The chair said the yes vote, a majority of 2,615, showed residents wanted a say.'], []),
    ("a majority beside its own sentence's counts is theirs, not the earlier tally's", 'date 2026-05-08 Recount changes result\n\n',
     ['On the first count Ms Marsh appeared to have held the seat by 1,203 votes to 1,198.',
      "A recount gave Mr Ashby 1,205 votes to Ms Marsh's 1,197, a majority of eight."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_19_SETS, ids=[c[0] for c in FROM_SESSION_19_SETS])
def test_cases_from_the_session_19_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


# Cases from session 20's fixture misses, firing and quiet.
FROM_SESSION_20 = [
    ('a change whose subject is a compound with a change word in it', 'date 2026-10-09 Tea prices firm at auction\n\n',
     ['The high-grown average climbed to Rs. 1,412.30 a kilogram, from Rs. 1,283.90 a week earlier, a gain of 16 per cent.'], [3]),
    ('the same change, its percentage right', 'date 2026-10-09 Tea prices firm at auction\n\n',
     ['The high-grown average climbed to Rs. 1,412.30 a kilogram, from Rs. 1,283.90 a week earlier, a gain of 10 per cent.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_20, ids=[c[0] for c in FROM_SESSION_20])
def test_cases_from_session_20(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_21 = [
    ('a running total with a part named after it ("including the interim")', 'date 2026-05-14 Cable maker raises payout\n\n',
     ['The board proposed a final dividend of ₹5.25 per share, taking the total dividend for FY26 to ₹8 per share, including the interim dividend of ₹3.25 per share.'], [3]),
    ('the same total, the parts adding up', 'date 2026-05-14 Cable maker raises payout\n\n',
     ['The board proposed a final dividend of ₹5.25 per share, taking the total dividend for FY26 to ₹8.50 per share, including the interim dividend of ₹3.25 per share.'], []),
    ('every part of a whole named ("Of the two ferries"), falling short of it', 'date 2026-07-01 Ferries busy over summer\n\n',
     ['The island ferries carried a total of 212,000 passengers in June, the operator said.',
      'Of the two ferries, the larger vessel carried 131,000 passengers, while the fast catamaran carried 62,000, the operator said.'], [5]),
    ('the same parts, making the whole', 'date 2026-07-01 Ferries busy over summer\n\n',
     ['The island ferries carried a total of 212,000 passengers in June, the operator said.',
      'Of the two ferries, the larger vessel carried 131,000 passengers, while the fast catamaran carried 81,000, the operator said.'], []),
    ('a change whose new level is written before it', 'date 2026-04-23 Waiting list falls\n\n',
     ['The list stood at 57,210 in March, down from 61,400 a year earlier, a fall of 12 per cent.'], [3]),
    ('a difference before "down from" is no level', 'date 2026-04-23 Waiting list falls\n\n',
     ['The list fell to 57,210 in March.', 'That is 1,950 fewer than in December, and down from 61,400 a year earlier, a fall of about 7 per cent.'], []),
    ('a level in a "when" aside is no new level of the change after it', 'date 2026-04-23 Waiting list falls\n\n',
     ['The list fell to 57,210 in March.',
      'That is 1,950 fewer than in December, when 59,160 pathways were open, and down from 61,400 a year earlier, a fall of about 7 per cent.'], []),
    ('a change named by its noun ("taking a 14 percent increase") against its subject\'s levels', 'date 2026-06-11 Budget unveiled\n\n',
     ['Defence spending has been set at Rs2,550 billion, against Rs2,128 billion in the last budget.',
      'With defence taking a 14 percent increase, the development programme has been held at Rs1,100 billion.'], [5]),
    ('the same change, its size right', 'date 2026-06-11 Budget unveiled\n\n',
     ['Defence spending has been set at Rs2,550 billion, against Rs2,128 billion in the last budget.',
      'With defence taking a 20 percent increase, the development programme has been held at Rs1,100 billion.'], []),
    ('a second half that the half-time score and the result contradict', 'date 2026-02-15 Rams hold off Falcons\n\n',
     ['The Rams held off the Falcons for an 82-75 win on Saturday night.', 'The Rams led 44-36 at halftime.', 'The Falcons outscored the Rams 41-36 after the break.'], [7]),
    ('the halves adding up to the result', 'date 2026-02-15 Rams hold off Falcons\n\n',
     ['The Rams held off the Falcons for an 82-75 win on Saturday night.', 'The Rams led 44-36 at halftime.', 'The Falcons outscored the Rams 39-38 after the break.'], []),
    ('goals and points of each side after the break are no two-side score', 'date 2025-07-06 Ballyroe win county final\n\n',
     ['Ballyroe beat St Fintan\'s 2-14 to 1-12 on Sunday.', 'St Fintan\'s led by 1-6 to 0-8 at half-time.', 'Ballyroe outscored their opponents by 1-8 to 1-4 after the break.'], []),
    ('a margin in points that a goals-and-points result does not make', 'date 2026-07-20 Kilbride take county title\n\n',
     ['Kilbride are county champions after beating Dromore 2-14 to 1-12 on Sunday.', 'It was a four-point victory few had predicted.'], [5]),
    ('the margin the result makes, a running lead beside it', 'date 2026-07-20 Kilbride take county title\n\n',
     ['Kilbride are county champions after beating Dromore 2-14 to 1-12 on Sunday.', 'They were four clear at 2-13 to 1-12, and it was a five-point victory few had predicted.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_21, ids=[c[0] for c in FROM_SESSION_21])
def test_cases_from_session_21(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_22 = [
    ('a seat lost "to" its winner "by" a margin its tally does not make', 'date 2026-05-20 Tories hold on\n\n',
     ['The health minister lost Kestrel Bay to the Greens\' Ada Moyo by 212 votes, 6,524 to 6,412.'], [3]),
    ('the same seat, the margin right', 'date 2026-05-20 Tories hold on\n\n',
     ['The health minister lost Kestrel Bay to the Greens\' Ada Moyo by 112 votes, 6,524 to 6,412.'], []),
    ('a difference from the part of "34 of the 55 seats", not the whole', 'date 2026-05-20 Tories hold on\n\n',
     ['The Conservatives took 34 of the assembly\'s 55 seats, six more than the 28 needed to govern alone.'], []),
    ('a gap in percentage points between two percentages', 'date 2026-02-11 Hotels fuller\n\n',
     ['Hotel occupancy averaged 71.4 per cent over the year, 6.8 percentage points higher than the 66.2 per cent of 2024.'], [3]),
    ('the same gap, right', 'date 2026-02-11 Hotels fuller\n\n',
     ['Hotel occupancy averaged 71.4 per cent over the year, 5.2 percentage points higher than the 66.2 per cent of 2024.'], []),
    ('a count "accounting for" a share of "the total" the article gives once', 'date 2026-02-11 Record year for tourism\n\n',
     ['The island welcomed 412,700 stayover visitors in 2025, the board said.',
      'Canada was the second market, with 86,300 stayover visitors, accounting for 29.4 per cent of the total.'], [5]),
    ('the same share, right', 'date 2026-02-11 Record year for tourism\n\n',
     ['The island welcomed 412,700 stayover visitors in 2025, the board said.',
      'Canada was the second market, with 86,300 stayover visitors, accounting for 20.9 per cent of the total.'], []),
    ('a share of all of another thing is not the part\'s total', 'date 2026-02-11 Record year for tourism\n\n',
     ['The island welcomed 412,700 stayover visitors in 2025, the board said.',
      'Canada was the second market, with 86,300 stayover visitors, accounting for 29.4 per cent of all hotel guests.'], []),
    ('named sides\' counts ("one each" for two) adding up to more than the one whole', 'date 2026-05-20 Tories win\n\n',
     ["The Tories won a second majority, taking 34 of the legislature's 55 seats.",
      'With every riding declared, the Tories held 34 seats, the New Democrats 14, the Liberals six, and the Greens and an independent one each.'], [5]),
    ('the same sides, adding up to the whole', 'date 2026-05-20 Tories win\n\n',
     ["The Tories won a second majority, taking 34 of the legislature's 55 seats.",
      'With every riding declared, the Tories held 34 seats, the New Democrats 13, the Liberals six, and the Greens and an independent one each.'], []),
    ('a list that leaves sides out falls short of the whole, and says nothing', 'date 2026-05-20 Tories win\n\n',
     ["The Tories won a second majority, taking 34 of the legislature's 55 seats.",
      'The Tories held 34 seats, the New Democrats 14 and the Liberals two.'], []),
    ('a share "of them" is of the noun before, not of a count elsewhere', 'date 2026-06-11 Rezoning approved\n\n',
     ['The developer originally proposed 1,600 apartments, 25 per cent of them permanently affordable, or 400 units.',
      'The project shrank to 1,450 apartments but the affordable share rose to 30 per cent, or 435 units.'], []),
    ('a running total after a change is no new level of it', 'date 2026-04-09 Property deals pick up\n\n',
     ['The Land Registry recorded 5,412 agreements in March, up 23 per cent from 4,401 in February, bringing the first-quarter total to 13,781.'], []),
    ('a rise "on this year\'s figure" that the level of the sentence before does not make', 'date 2026-06-11 Budget unveiled\n\n',
     ['Defence spending in the outgoing year came to Rs2.28tr, excluding military pensions.',
      'Defence has been allocated Rs2.55tr for 2026-27, a rise of 16pc on this year\'s figure.'], [5]),
    ('the same rise, right', 'date 2026-06-11 Budget unveiled\n\n',
     ['Defence spending in the outgoing year came to Rs2.28tr, excluding military pensions.',
      'Defence has been allocated Rs2.55tr for 2026-27, a rise of 12pc on this year\'s figure.'], []),
    ('a whole split in full ("the remaining") in the sentence after, the parts short of it', 'date 2026-06-11 Budget unveiled\n\n',
     ['The development programme has been set at Rs1,100bn.',
      'Of the programme total, Rs520bn goes to infrastructure, Rs260bn to the social sector and Rs150bn to the regions, with the remaining Rs120bn earmarked for provincial projects.'], [5]),
    ('the same split, making the whole', 'date 2026-06-11 Budget unveiled\n\n',
     ['The development programme has been set at Rs1,100bn.',
      'Of the programme total, Rs520bn goes to infrastructure, Rs260bn to the social sector and Rs150bn to the regions, with the remaining Rs170bn earmarked for provincial projects.'], []),
    ('a part and its share of the group a sentence opens on ("Of those on the outpatient list")', 'date 2026-08-27 Waiting lists grow\n\n',
     ['At the end of June, 418,640 people were on the outpatient waiting list.',
      'Of those on the outpatient list, 201,300 – 54% – had been waiting for more than a year.'], [5]),
    ('the same share, right', 'date 2026-08-27 Waiting lists grow\n\n',
     ['At the end of June, 418,640 people were on the outpatient waiting list.',
      'Of those on the outpatient list, 201,300 – 48% – had been waiting for more than a year.'], []),
    ('a group no earlier sentence names is left alone', 'date 2026-08-27 Waiting lists grow\n\n',
     ['At the end of June, 418,640 people were on the outpatient waiting list.',
      'Of those on the inpatient list, 61,200 – 54% – had been waiting for more than a year.'], []),
    ('a lead "that gave" the side, against the total before and the one earlier total of its words', 'date 2026-05-18 Somerset win\n\n',
     ['Northamptonshire chose to bat and were bowled out for 312 shortly before the close.',
      'Somerset were eventually all out for 401 on the third morning, with Ben Whitcombe taking four for 77.',
      'That gave the hosts a first-innings lead of 79.'], [7]),
    ('the same lead, right', 'date 2026-05-18 Somerset win\n\n',
     ['Northamptonshire chose to bat and were bowled out for 312 shortly before the close.',
      'Somerset were eventually all out for 401 on the third morning, with Ben Whitcombe taking four for 77.',
      'That gave the hosts a first-innings lead of 89.'], []),
    ('a margin "by" set beside its tally, whatever the verb', 'date 2026-03-27 JLP returned\n\n',
     ["In Clarendon Upper North, the JLP's Dr Keisha Mowatt held on by 211 votes, 6,874 to 6,703, after a count that ran past 3am."], [3]),
    ('the same margin, right', 'date 2026-03-27 JLP returned\n\n',
     ["In Clarendon Upper North, the JLP's Dr Keisha Mowatt held on by 171 votes, 6,874 to 6,703, after a count that ran past 3am."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_22, ids=[c[0] for c in FROM_SESSION_22])
def test_cases_from_session_22(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_23 = [
    ('a count the list after a colon contradicts, its items set apart by semicolons', 'date 2026-10-31 Labour win by-election\n\n',
     ['The seven candidates\' first-preference votes were: Euan Lennox (Labour) 1,604; Shona Baird (SNP) 1,571; Gordon Lee (Conservative) 842; '
      'Fiona Drew (Liberal Democrat) 298; Callum Rae (Green) 187; Derek Haig (Reform UK) 110.'], [3]),
    ('the same list, counted right', 'date 2026-10-31 Labour win by-election\n\n',
     ['The six candidates\' first-preference votes were: Euan Lennox (Labour) 1,604; Shona Baird (SNP) 1,571; Gordon Lee (Conservative) 842; '
      'Fiona Drew (Liberal Democrat) 298; Callum Rae (Green) 187; Derek Haig (Reform UK) 110.'], []),
    ('a winner\'s margin against "votes to" a named rival\'s count, with a span "since" a year', 'date 2026-10-31 Labour win by-election\n\n',
     ['At the final stage Mr Lennox had 2,214 votes to Ms Baird\'s 2,083.',
      'Mr Lennox\'s winning margin of 171 votes is the narrowest since the ward boundaries were redrawn in 2017.'], [5]),
    ('the same margin, right', 'date 2026-10-31 Labour win by-election\n\n',
     ['At the final stage Mr Lennox had 2,214 votes to Ms Baird\'s 2,083.',
      'Mr Lennox\'s winning margin of 131 votes is the narrowest since the ward boundaries were redrawn in 2017.'], []),
    ('a part of a whole and "the remaining" rest that do not make it', 'date 2026-06-10 Hospital cost rises\n\n',
     ['The main contractor will receive $312m of the $468m total, with the remaining $174m covering fees and equipment.'], [3]),
    ('the same split, adding up', 'date 2026-06-10 Hospital cost rises\n\n',
     ['The main contractor will receive $312m of the $486m total, with the remaining $174m covering fees and equipment.'], []),
    ('a part named before its figure ("a victim surcharge of £384") is in the total', 'date 2026-04-15 Driver banned\n\n',
     ['He was fined £960 and ordered to pay £85 costs and a victim surcharge of £384, a total of £1,429.'], []),
    ('the same parts, the total wrong', 'date 2026-04-15 Driver banned\n\n',
     ['He was fined £960 and ordered to pay £85 costs and a victim surcharge of £384, a total of £1,492.'], [3]),
    ('an average "a day" over a count of "weekdays"', 'date 2026-05-07 Transit ridership\n\n',
     ['Weekday trips totaled 3.41 million over April\'s 22 weekdays, an average of 171,000 a day.'], [3]),
    ('the same average, right', 'date 2026-05-07 Transit ridership\n\n',
     ['Weekday trips totaled 3.41 million over April\'s 22 weekdays, an average of 155,000 a day.'], []),
    ('a running total of one noun leaves out counts of another', 'date 2026-07-14 Crews gain on fire\n\n',
     ['There are 212 firefighters on the fire, supported by 14 helicopters. Another 45 firefighters are due to arrive Thursday, which will bring the total to 257.'], []),
    ('the same running total, wrong', 'date 2026-07-14 Crews gain on fire\n\n',
     ['There are 212 firefighters on the fire, supported by 14 helicopters. Another 45 firefighters are due to arrive Thursday, which will bring the total to 275.'], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_23, ids=[c[0] for c in FROM_SESSION_23])
def test_cases_from_session_23(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_24 = [
    ('a majority larger than the losing count, after "by N votes to M"', 'date 2026-06-14 Society members back merger\n\n',
     ['Members backed the merger with the Fenwick Anglers Club by 902 votes to 231, a majority of 771.'], [3]),
    ('the same majority, right', 'date 2026-06-14 Society members back merger\n\n',
     ['Members backed the merger with the Fenwick Anglers Club by 902 votes to 231, a majority of 671.'], []),
    ('a total of the things a sentence two paragraphs back gives one figure each, "Together the four …"', 'date 2026-02-02 Gold output climbs\n\n',
     ['Ashdown Gold produced 41,200 ounces, followed by Red Ridge with 30,500 ounces, Kora Hill with 22,100 ounces and Baoule Mining with 9,700 ounces.',
      '"We are only getting started," the minister said.',
      'Together the four big miners accounted for 113,500 ounces, with the remaining 12,400 ounces from small-scale operators.'], [7]),
    ('the same total, right', 'date 2026-02-02 Gold output climbs\n\n',
     ['Ashdown Gold produced 41,200 ounces, followed by Red Ridge with 30,500 ounces, Kora Hill with 22,100 ounces and Baoule Mining with 9,700 ounces.',
      '"We are only getting started," the minister said.',
      'Together the four big miners accounted for 103,500 ounces, with the remaining 12,400 ounces from small-scale operators.'], []),
    ('a share of "the national total" that the whole another share fits contradicts', 'date 2026-02-02 Grain harvest at record\n\n',
     ['Farmers harvested 2,450,000 hectares of wheat in 2025, the ministry said.',
      'The eastern region planted 1,580,000 hectares, or 64.5 per cent of the national area.',
      'The western region planted the remaining 870,000 hectares, or 41 per cent of the national total.'], [7]),
    ('the same shares, right', 'date 2026-02-02 Grain harvest at record\n\n',
     ['Farmers harvested 2,450,000 hectares of wheat in 2025, the ministry said.',
      'The eastern region planted 1,580,000 hectares, or 64.5 per cent of the national area.',
      'The western region planted the remaining 870,000 hectares, or 35.5 per cent of the national total.'], []),
    ('a change named as its sentence\'s subject, for the levels the sentence before gives (tonnes as "MT", defined in brackets)', 'date 2026-05-02 Sugar output up\n\n',
     ['Cane output rose to 2.34 million metric tons (MT) in the season from 2.10 million MT a year earlier.',
      'The 16.4-percent growth came as the planted area expanded to 410,000 hectares from 402,000 hectares.'], [5]),
    ('the same change, right, its own clause\'s levels another change', 'date 2026-05-02 Sugar output up\n\n',
     ['Cane output rose to 2.34 million metric tons (MT) in the season from 2.10 million MT a year earlier.',
      'The 11.4-percent growth came as the planted area expanded to 410,000 hectares from 402,000 hectares.'], []),
    ('a count in a fact box\'s bracket introduces no list', 'date 2026-05-02 Silo tender probed\n\n',
     ['THE PROJECT | Silos: 12 (three finished) | Paid so far: Sh900 million | Contractor: Mavuno Works Ltd, Nairobi'], []),
    ('"P1 to P7" are school years, not sums of money: no part of a roll', 'date 2026-04-15 School roll steady\n\n',
     ['Glenbervie Primary has 298 children on its roll: 254 in P1 to P7 and 44 in the nursery class.'], []),
    ('parts of a whole a sentence opens on, each described at length, a digit of the whole off', 'date 2026-04-02 Tea exports rise\n\n',
     ['Of the 418,300 chests auctioned in March, 301,200 were black tea, most of it from the estates around Kericho, and 107,100 were green tea from smallholders in the east.'], [3]),
    ('the same parts, leaving some out', 'date 2026-04-02 Tea exports rise\n\n',
     ['Of the 418,300 chests auctioned in March, 301,200 were black tea, most of it from the estates around Kericho, and 97,100 were green tea from smallholders in the east.'], []),
    ('parts "of that total" of the sentence before\'s whole, a digit off', 'date 2026-04-02 Poultry firm grows\n\n',
     ['Revenue rose 18 per cent to GH¢536 million. Egg sales brought in GH¢351 million of that total and broiler meat GH¢175 million.'], [3]),
    ('the same parts adding up', 'date 2026-04-02 Poultry firm grows\n\n',
     ['Revenue rose 18 per cent to GH¢536 million. Egg sales brought in GH¢361 million of that total and broiler meat GH¢175 million.'], []),
    ('"In total" and the count of the things an earlier sentence gives one figure each, the noun written once', 'date 2026-04-02 Water connections\n\n',
     ['Under the plan, 6,300 households in Kilima ward, 4,150 in Ruiru and 2,200 in Mwea will be connected.',
      'In total, 13,650 households across the three wards will get metered taps, the engineer said.'], [5]),
    ('the same total, right', 'date 2026-04-02 Water connections\n\n',
     ['Under the plan, 6,300 households in Kilima ward, 4,150 in Ruiru and 2,200 in Mwea will be connected.',
      'In total, 12,650 households across the three wards will get metered taps, the engineer said.'], []),
    ('named people\'s figures "combined", against each one\'s figure of that noun given first', 'date 2026-10-04 Bulldogs run past Hawks\n\n',
     ['Tavon Okafor ran for 131 yards and a touchdown as Mercer Hill beat Lakeview 27-10.',
      'Freshman Eli Grant added 76 yards on nine carries.',
      'Okafor and Grant combined for 217 of the Bulldogs\' 250 rushing yards.'], [7]),
    ('the same, adding up', 'date 2026-10-04 Bulldogs run past Hawks\n\n',
     ['Tavon Okafor ran for 131 yards and a touchdown as Mercer Hill beat Lakeview 27-10.',
      'Freshman Eli Grant added 76 yards on nine carries.',
      'Okafor and Grant combined for 207 of the Bulldogs\' 250 rushing yards.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_24, ids=[c[0] for c in FROM_SESSION_24])
def test_cases_from_session_24(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_25 = [
    ("parts of a total named by its owner, one digit off the total given before", 'date 2026-09-15 Cocoa purchases recover\n\n',
     ["Purchases for the season reached 612,400 tonnes by Aug. 27.",
      "Purchases had stood at 588,000 tonnes at the end of July, against 531,000 tonnes a year earlier.",
      "Main crop purchases accounted for 526,900 tonnes of the season's total and the light crop, which opened in late June, for 88,500 tonnes."], [7]),
    ("the same parts, right", 'date 2026-09-15 Cocoa purchases recover\n\n',
     ["Purchases for the season reached 612,400 tonnes by Aug. 27.",
      "Purchases had stood at 588,000 tonnes at the end of July, against 531,000 tonnes a year earlier.",
      "Main crop purchases accounted for 523,900 tonnes of the season's total and the light crop, which opened in late June, for 88,500 tonnes."], []),
    ("a turnout that is not its two counts' share", 'date 2026-05-14 Mayor elected\n\n',
     ["In all, 5761 voting papers were returned from 11,842 enrolled electors, a turnout of 45.6 per cent."], [3]),
    ("the same turnout, right", 'date 2026-05-14 Mayor elected\n\n',
     ["In all, 5761 voting papers were returned from 11,842 enrolled electors, a turnout of 48.6 per cent."], []),
    ("a running total's parts after a colon, a highway's number after them", 'date 2026-08-19 Wildfire\n\n',
     ['That brings confirmed losses to 31 structures: 19 homes, 8 outbuildings and 6 commercial buildings along U.S. 2.'], [3]),
    ("the same parts, right", 'date 2026-08-19 Wildfire\n\n',
     ['That brings confirmed losses to 33 structures: 19 homes, 8 outbuildings and 6 commercial buildings along U.S. 2.'], []),
    ("a split ending with the rest, after the sentence giving the whole", 'date 2026-03-11 Lithium royalty lifted\n\n',
     ['Royalty collections reached US$412 million in 2025, up from US$358 million the previous year. Gold contributed US$168 million, platinum group metals US$151 million, lithium US$62 million and all other minerals US$41 million.'], [3]),
    ("the same split, right", 'date 2026-03-11 Lithium royalty lifted\n\n',
     ['Royalty collections reached US$412 million in 2025, up from US$358 million the previous year. Gold contributed US$168 million, platinum group metals US$151 million, lithium US$52 million and all other minerals US$41 million.'], []),
    ("some parts without the rest need not make the whole", 'date 2026-03-11 Lithium royalty lifted\n\n',
     ['Royalty collections reached US$412 million in 2025. Gold contributed US$168 million, platinum group metals US$151 million and lithium US$62 million.'], []),
    ("a change with its percentage in brackets, against the level it is compared with", 'date 2026-04-09 Casino revenue up\n\n',
     ["Maryland's six casinos generated $187,100,423 in March 2026, an increase of $3,234,398 (8.1%) compared with the $183,866,025 they generated in March 2025."], [3]),
    ("the same change, right", 'date 2026-04-09 Casino revenue up\n\n',
     ["Maryland's six casinos generated $187,100,423 in March 2026, an increase of $3,234,398 (1.8%) compared with the $183,866,025 they generated in March 2025."], []),
    ("a whole split 'into' two parts in the sentence after", 'date 2026-06-24 County budget passed\n\n',
     ['Of the approved total, KSh 14.9 billion will go to recurrent spending and KSh 6.4 billion to development.',
      'The recurrent vote splits into KSh 8.6 billion for salaries and KSh 5.3 billion for operations and maintenance.'], [5]),
    ("the same split, right", 'date 2026-06-24 County budget passed\n\n',
     ['Of the approved total, KSh 14.9 billion will go to recurrent spending and KSh 6.4 billion to development.',
      'The recurrent vote splits into KSh 9.6 billion for salaries and KSh 5.3 billion for operations and maintenance.'], []),
    ("a total that leaves a part out", 'date 2026-08-06 Championship crowds\n\n',
     ["The football championship drew 683,400, the hurling championship 642,900 and the Tailteann Cup 58,700.",
      "A provisional total of 1.33 million did not include the Tailteann Cup."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_25, ids=[c[0] for c in FROM_SESSION_25])
def test_cases_from_session_25(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_26 = [
    ("a winner's margin with a size word, against the two counts", 'date 2026-11-15 Patil holds seat\n\n',
     ["Patil secured 78,412 votes. Gaikwad came second with 61,905 votes.",
      "Patil's winning margin of 15,607 votes is lower than his father's."], [5]),
    ("the same margin, right", 'date 2026-11-15 Patil holds seat\n\n',
     ["Patil secured 78,412 votes. Gaikwad came second with 61,905 votes.",
      "Patil's winning margin of 16,507 votes is lower than his father's."], []),
    ("a split whose part names a count of the owner's", 'date 2026-06-20 County budget passed\n\n',
     ["Of the approved total, KSh 14.9 billion will go to recurrent spending and KSh 6.4 billion to development.",
      "The recurrent vote splits into KSh 8.6 billion for salaries of the county's 7,400 employees and KSh 5.3 billion for operations."], [5]),
    ("a win by runs against the two innings' totals", 'date 2026-11-20 Pakistan clinch series\n\n',
     ["Pakistan posted 287 for seven, carried from 64 for two to 182 for three by a stand of 118.",
      "South Africa were dismissed for 241 in 46.3 overs.",
      "The 52-run victory follows a six-wicket win on Thursday."], [7]),
    ("the same win, right", 'date 2026-11-20 Pakistan clinch series\n\n',
     ["Pakistan posted 287 for seven, carried from 64 for two to 182 for three by a stand of 118.",
      "South Africa were dismissed for 241 in 46.3 overs.",
      "The 46-run victory follows a six-wicket win on Thursday."], []),
    ("two matches' totals", 'date 2026-11-20 Cup round-up\n\n',
     ["Karachi posted 287 for seven and Lahore were dismissed for 241.",
      "In the other game Multan posted 301 for four and Quetta were bowled out for 180.",
      "The 52-run victory sends Karachi through."], []),
    ("a part labelled by a count", 'date 2026-11-18 Charity accounts\n\n',
     ["Income rose to £18.4m. Donations and legacies brought in £7.2m, of which legacies made up £2.6m; grants £6.1m; the charity's 41 shops £4.3m; and investments £0.8m."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_26, ids=[c[0] for c in FROM_SESSION_26])
def test_cases_from_session_26(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_27 = [
    ("sums of money that fall just short of the sum they are of", 'date 2026-02-26 Council sets budget\n\n',
     ["Of the £24.6m in savings, £9.8m will come from education, £6.4m from social work, £4.7m from roads and £2.9m from corporate services, according to the budget papers."], [3]),
    ("the same breakdown, adding up", 'date 2026-02-26 Council sets budget\n\n',
     ["Of the £24.6m in savings, £9.8m will come from education, £6.4m from social work, £4.7m from roads and £3.7m from corporate services, according to the budget papers."], []),
    ("two sums of money set side by side, short of the sum they are of", 'date 2026-06-18 County budget\n\n',
     ["Of the Sh19.6 billion, Sh13.2 billion will go to recurrent expenditure, while Sh6.1 billion is set aside for development."], [3]),
    ("two counts of people set side by side need not cover their whole", 'date 2026-02-26 Crash survivors\n\n',
     ["Of the 39 people who survived, 14 remain in hospital, while 23 have gone home."], []),
    ("people need not cover the whole they are of", 'date 2026-02-26 Crash survivors\n\n',
     ["Of the 39 people who survived, 14 remain in hospital, 12 have gone home and 12 were moved to a hospital in the capital."], []),
    ("a sum that breaks down as long parts", 'date 2026-06-10 Bond on the ballot\n\n',
     ["The district says the $186 million breaks down as $92 million to rebuild the aging classroom wings at Ridgeline High School, $41 million for roof and air-conditioning replacement at the district's 11 elementary schools, $38 million for security upgrades and classroom technology across all campuses, and $12 million for a new career technical education center."], [3]),
    ("a part's own 'and' does not close a long list", 'date 2026-02-26 Council sets budget\n\n',
     ["The £3.4m savings package is made up of £1.1m from restructuring senior management and back-office teams, £900,000 from closing the council's offices at Harton Street and Millgate, £750,000 from renegotiating the leisure centre contract, and £650,000 from new or higher fees and charges."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27, ids=[c[0] for c in FROM_SESSION_27])
def test_cases_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_27_MARGINS = [
    ("a lead told by its verb against the tally", 'date 2026-05-20 Primary results\n\n',
     ["Holloway had 41,236 votes, or 41.1%, to Mattox's 33,918, or 33.8%.",
      "He finished 7.3 percentage points ahead of Mattox, who trailed him by 7,138 votes in the final count."], [5]),
    ("the same lead, right", 'date 2026-05-20 Primary results\n\n',
     ["Holloway had 41,236 votes, or 41.1%, to Mattox's 33,918, or 33.8%.",
      "He finished 7.3 percentage points ahead of Mattox, who trailed him by 7,318 votes in the final count."], []),
    ("a lead on election night, since overtaken", 'date 2025-10-16 Mayor confirmed\n\n',
     ["Tautahi finished with 4,312 votes to Bright's 3,987, giving him a majority of 325 over the incumbent.",
      "On election night, with progress results counted, Tautahi had led by 361 votes."], []),
    ("votes against the challenger's, and a margin built where he polled more", 'date 2026-04-18 Governor declared\n\n',
     ["Mr Nyakundi garnered 128,406 votes against 101,958 for his closest challenger, Grace Onsongo.",
      "His victory margin of 23,448 votes was built in Kitutu Masaba and West Mugirango, where he polled 41,260 and 33,918 votes respectively."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_MARGINS, ids=[c[0] for c in FROM_SESSION_27_MARGINS])
def test_margins_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_27_LISTS = [
    ("a definite count and its noun, then more names in apposition", 'date 2026-05-20 Primary results\n\n',
     ["Holloway and Mattox finished well clear of the other two candidates, Darrell Finch, Jim Ruppert and Angela Pruitt, none of whom reached 15%."], [3]),
    ("the same apposition, counted right", 'date 2026-05-20 Primary results\n\n',
     ["Holloway and Mattox finished well clear of the other three candidates, Darrell Finch, Jim Ruppert and Angela Pruitt, none of whom reached 15%."], []),
    ("an apposition that describes its names", 'date 2026-05-20 Primary results\n\n',
     ["Holloway and Mattox finished well clear of the two other candidates, Darrell Finch, a retired colonel, and Jim Ruppert."], []),
    ("a count that is not definite may be some of them", 'date 2026-05-20 Primary results\n\n',
     ["Two candidates, Darrell Finch, Jim Ruppert and Angela Pruitt among them, withdrew before polling day."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_LISTS, ids=[c[0] for c in FROM_SESSION_27_LISTS])
def test_lists_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_27_BRACKETS = [
    ("a bracketed share describes the pair before it", 'date 2026-03-08 Bellmont win final\n\n',
     ["Bellmont shot 29 of 60 from the field (48.3%), 8 of 19 from 3-point range and 12 of 16 from the line."], []),
    ("a bracketed share that does not fit the pair before it", 'date 2026-03-08 Bellmont win final\n\n',
     ["Bellmont shot 29 of 60 from the field (52.3%), 8 of 19 from 3-point range and 12 of 16 from the line."], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_BRACKETS, ids=[c[0] for c in FROM_SESSION_27_BRACKETS])
def test_brackets_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_27_SPLITS = [
    ("a sum split between parts, one with a count in its description", 'date 2026-06-16 Health wins in budget\n\n',
     ["The budget sets aside $6.8 billion over four years, split between $3.1 billion for 1,150 new hospital beds, $2.2 billion for ambulance services and $1.9 billion for mental health care."], [3]),
    ("the same split, adding up", 'date 2026-06-16 Health wins in budget\n\n',
     ["The budget sets aside $7.2 billion over four years, split between $3.1 billion for 1,150 new hospital beds, $2.2 billion for ambulance services and $1.9 billion for mental health care."], []),
    ("a seat taken by a margin the tally does not give", 'date 2026-02-26 PNP take parish\n\n',
     ["There the PNP's Andrea Whyte polled 1,842 votes to 1,617 for the JLP's Desmond Reid.",
      "Whyte, who took the seat by 252 votes, told supporters on Tuesday night that the win was a message."], [5]),
    ("the same seat, the margin right", 'date 2026-02-26 PNP take parish\n\n',
     ["There the PNP's Andrea Whyte polled 1,842 votes to 1,617 for the JLP's Desmond Reid.",
      "Whyte, who took the seat by 225 votes, told supporters on Tuesday night that the win was a message."], []),
    ("a percentage jump named by its noun", 'date 2026-10-14 Typhoon displaced\n\n',
     ["Of the affected population, 86,400 persons remain displaced, up from 54,000 in Monday's report, a 40-percent jump as relatives ran out of space."], [3]),
    ("the same jump, right", 'date 2026-10-14 Typhoon displaced\n\n',
     ["Of the affected population, 86,400 persons remain displaced, up from 54,000 in Monday's report, a 60-percent jump as relatives ran out of space."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_SPLITS, ids=[c[0] for c in FROM_SESSION_27_SPLITS])
def test_splits_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_27_GIVEN = [
    ("a list after a colon that adds up to the part given before it", 'date 2026-06-12 Kessler guilty\n\n',
     ["Daniel Kessler, 52, of Scottsdale, was found guilty on four of the six counts he faced: two counts of wire fraud, one count of conspiracy to commit wire fraud and one count of money laundering."], []),
    ("a list after a colon that adds up to neither", 'date 2026-06-12 Kessler guilty\n\n',
     ["Daniel Kessler, 52, of Scottsdale, was found guilty on four of the six counts he faced: three counts of wire fraud, one count of conspiracy to commit wire fraud and one count of money laundering."], [3]),
    ("a total of far more than the parts of the sentence before", 'date 2026-05-21 By-election results\n\n',
     ["The EFF received 164 votes and the DA 71. With 39 spoilt ballots, a total of 4,887 ballots were cast out of 10,362 registered voters."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_GIVEN, ids=[c[0] for c in FROM_SESSION_27_GIVEN])
def test_given_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_27_ROUND_TWO = [
    ("a change named 'an improvement', that does not fit its levels", 'date 2026-03-11 Tea prices firm\n\n',
     ["High Grown teas averaged Rs. 1,152, against Rs. 1,094 a week earlier, an improvement of 7.4 per cent, helped by dry weather."], [3]),
    ("the same improvement, right", 'date 2026-03-11 Tea prices firm\n\n',
     ["High Grown teas averaged Rs. 1,152, against Rs. 1,094 a week earlier, an improvement of 5.3 per cent, helped by dry weather."], []),
    ("sums of money that all but make the sum of the paragraph before", 'date 2026-11-18 Kwara budget presented\n\n',
     ["The governor on Tuesday presented a budget proposal of N874.6bn for the 2027 fiscal year to the State House of Assembly.",
      "The appropriation bill, tagged \"Budget of Consolidation\", is made up of N503.4bn for capital expenditure and N380.2bn for recurrent expenditure."], [5]),
    ("the same sums, making it", 'date 2026-11-18 Kwara budget presented\n\n',
     ["The governor on Tuesday presented a budget proposal of N883.6bn for the 2027 fiscal year to the State House of Assembly.",
      "The appropriation bill, tagged \"Budget of Consolidation\", is made up of N503.4bn for capital expenditure and N380.2bn for recurrent expenditure."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_ROUND_TWO, ids=[c[0] for c in FROM_SESSION_27_ROUND_TWO])
def test_round_two_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_27_RUNNING_LEAD = [
    ("an election-night lead set beside its own counts", 'date 2026-11-20 Canvass confirms Ortega\n\n',
     ["The final canvass gave Ortega 14,382 votes to Pruitt's 14,019.",
      "On election night, unofficial returns had shown Ortega ahead by 341 votes, 14,201 to 13,860."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_RUNNING_LEAD, ids=[c[0] for c in FROM_SESSION_27_RUNNING_LEAD])
def test_running_lead_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_27_CONTINUED = [
    ("parts of 'that total' continued in the next sentence, a digit over", 'date 2026-09-22 Sugar output rises\n\n',
     ["Kenya's sugar mills produced 612,400 tonnes of sugar in the eight months to August, up 12.4 percent from 545,000 tonnes a year earlier.",
      "Of that total, Western region mills produced 318,600 tonnes. Nyanza mills accounted for 186,300 tonnes and those in the South Rift and Coast 117,500 tonnes."], [5]),
    ("the same parts, adding up", 'date 2026-09-22 Sugar output rises\n\n',
     ["Kenya's sugar mills produced 612,400 tonnes of sugar in the eight months to August, up 12.4 percent from 545,000 tonnes a year earlier.",
      "Of that total, Western region mills produced 308,600 tonnes. Nyanza mills accounted for 186,300 tonnes and those in the South Rift and Coast 117,500 tonnes."], []),
    ("parts that leave some out", 'date 2026-09-22 Sugar output rises\n\n',
     ["Kenya's sugar mills produced 612,400 tonnes of sugar in the eight months to August.",
      "Of that total, Western region mills produced 318,600 tonnes. Nyanza mills accounted for 186,300 tonnes."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_CONTINUED, ids=[c[0] for c in FROM_SESSION_27_CONTINUED])
def test_continued_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


_SSLC = 'date 2026-05-08 SSLC pass rate climbs\n\n'
_COUNT = 'date 2026-06-19 Laikipia count ends\n\n'
FROM_SESSION_28 = [
    ("a percentage between an article and its noun says what kind of thing", _SSLC,
     ["The number of schools recording a 100 per cent result rose to 1,312 from 1,041 last year."], []),
    ("a percentage change written the same way", _SSLC,
     ["The number of schools with full passes rose to 1,312 from 1,041 last year, a 100 per cent rise."], [3]),
    ("parts of money opened 'Within it,' after the whole, each with a long description", 'date 2026-02-20 Odisha budget\n\n',
     ["The social sector accounts for Rs 1,21,500 crore of the outlay. Within it, school and mass education gets Rs 38,900 crore, "
      "health and family welfare Rs 24,600 crore, women and child development Rs 19,200 crore and panchayati raj and rural "
      "development Rs 36,800 crore."], [3]),
    ("the same parts adding up", 'date 2026-02-20 Odisha budget\n\n',
     ["The social sector accounts for Rs 1,19,500 crore of the outlay. Within it, school and mass education gets Rs 38,900 crore, "
      "health and family welfare Rs 24,600 crore, women and child development Rs 19,200 crore and panchayati raj and rural "
      "development Rs 36,800 crore."], []),
    ("a win by runs against the innings, a score along the way below the losers' total", 'date 2026-06-28 Chepauk beat Madurai\n\n',
     ["Chepauk won by a 31-run margin, posting 186 for five before bowling Madurai out for 159 in 19.2 overs.",
      "Madurai reached 58 for one in the powerplay before the chase fell away."], [3]),
    ("the right margin", 'date 2026-06-28 Chepauk beat Madurai\n\n',
     ["Chepauk won by a 27-run margin, posting 186 for five before bowling Madurai out for 159 in 19.2 overs.",
      "Madurai reached 58 for one in the powerplay before the chase fell away."], []),
    ("a margin told by beating, against the last count of each side before it", _COUNT,
     ["With 12 of 15 wards in, Joseph Maina had 62,940 votes to Catherine Gitau's 57,377.",
      "Final tally: Joseph Maina 71,482, Catherine Gitau 64,219, Esther Maina (no relation) 3,115.",
      "Joseph Maina is declared governor-elect, beating Gitau by 7,623 votes."], [7]),
    ("the right margin, a namesake's count and a running total before it", _COUNT,
     ["With 12 of 15 wards in, Joseph Maina had 62,940 votes to Catherine Gitau's 57,377.",
      "Final tally: Joseph Maina 71,482, Catherine Gitau 64,219, Esther Maina (no relation) 3,115.",
      "Joseph Maina is declared governor-elect, beating Gitau by 7,263 votes."], []),
    ("a turnout after a sum is no share of the two counts", _COUNT,
     ["A further 1,208 ballots were rejected, bringing total votes cast to 158,930, a turnout of 60.8 per cent."], []),
    ("a turnout of the votes returned from the electorate", _COUNT,
     ["In all, 1,208 ballots were returned from 2,930 registered voters, a turnout of 60.8 per cent."], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_28, ids=[c[0] for c in FROM_SESSION_28])
def test_cases_from_session_28(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


_FLOOD = 'date 2026-09-14 Typhoon damage count rises\n\n'

FROM_SESSION_29 = [
    ("parts 'of them' told by words that split the whole must add up to it", _FLOOD,
     ["A total of 18,460 houses were damaged, 3,215 of them totally destroyed and 14,345 partially damaged."], [3]),
    ("split parts that add up", _FLOOD,
     ["A total of 18,460 houses were damaged, 4,115 of them totally destroyed and 14,345 partially damaged."], []),
    ("parts 'of them' told by places may leave some out", _FLOOD,
     ["A total of 18,460 houses were damaged, 3,215 of them in Isabela and 14,345 in Cagayan."], []),
    ("parts 'of them' ending with the rest must add up", _FLOOD,
     ["A total of 312 families were moved, 184 of them to Ardee and the remaining 100 to Dunleer."], [3]),
    ("a whole opening its sentence, split by its parts", _FLOOD,
     ["Of the 18,460 houses damaged, 3,215 were totally destroyed and 16,345 were partially damaged."], [3]),
    ("a whole opening its sentence, with parts that may overlap", _FLOOD,
     ["Of the 40 schools inspected, 30 had damp and 25 had asbestos in their roofs."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_29, ids=[c[0] for c in FROM_SESSION_29])
def test_cases_from_session_29(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


_BOND = 'date 2026-03-03 Riverbend school bond goes to voters\n\n'

FROM_SESSION_30 = [
    ("'that money' after a fronted phrase splits the one sum of the sentence before", _BOND,
     ["Measure K would allow the district to borrow $248 million. According to the district's project list, that money breaks down into four pieces: "
      "$96.5 million for a new school, $88 million for the high school, $31.2 million for safety upgrades, and $27.3 million for new roofs."], [3]),
    ("the parts add up", _BOND,
     ["Measure K would allow the district to borrow $243 million. According to the district's project list, that money breaks down into four pieces: "
      "$96.5 million for a new school, $88 million for the high school, $31.2 million for safety upgrades, and $27.3 million for new roofs."], []),
    ("two sums in the sentence before: which one the money is, is unsaid", _BOND,
     ["The district would borrow $248 million and raise $30 million from fees. That money breaks down into four pieces: "
      "$96.5 million for a new school, $88 million for the high school, $31.2 million for safety upgrades, and $27.3 million for new roofs."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30, ids=[c[0] for c in FROM_SESSION_30])
def test_cases_from_session_30(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


_CHAMBER = 'date 2026-03-12 Colorado House passes wildfire liability bill\n\n'

FROM_SESSION_30_VOTES = [
    ("an owner's whole split by a vote's sides and the members who did not vote", _CHAMBER,
     ["Of the chamber's 65 members, 38 voted yes, 24 voted no and four were excused after a long debate."], [3]),
    ("the sides and the excused add up", _CHAMBER,
     ["Of the chamber's 65 members, 38 voted yes, 23 voted no and four were excused after a long debate."], []),
    ("a vote's sides alone leave out whoever did not vote", _CHAMBER,
     ["Of the chamber's 65 members, 38 voted yes and 24 voted no."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30_VOTES, ids=[c[0] for c in FROM_SESSION_30_VOTES])
def test_a_vote_splits_its_whole(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


_ADP = 'date 2026-06-13 Province unveils budget\n\n'

FROM_SESSION_31_SHARES_OF_THE_TOTAL = [
    ("a share of the total another share's whole contradicts", _ADP,
     ["The budget gives Rs412bn to development. Of that, Rs330bn, or four-fifths, goes to ongoing schemes.",
      "New schemes get Rs82bn, barely a third of the total, officials said."], [5]),
    ("a share of the one figure the article totals", _ADP,
     ["The development programme totals Rs412bn.", "New schemes get Rs82bn, or 25 per cent of the total."], [5]),
    ("the share fits", _ADP,
     ["The budget gives Rs412bn to development. Of that, Rs330bn, or four-fifths, goes to ongoing schemes.",
      "New schemes get Rs82bn, barely a fifth of the total, officials said."], []),
    ("a share of a whole its noun names", _ADP,
     ["Millers had paid Sh32.3 billion by the end of last month, leaving Sh3.1 billion in arrears.",
      "State factories accounted for Sh1.9 billion of the outstanding arrears, or just over 70 percent, with private millers owing the rest."], [5]),
    ("the share of the named whole fits", _ADP,
     ["Millers had paid Sh32.3 billion by the end of last month, leaving Sh3.1 billion in arrears.",
      "State factories accounted for Sh1.9 billion of the outstanding arrears, or just over 60 percent, with private millers owing the rest."], []),
    ("no one total", _ADP,
     ["The development programme totals Rs412bn, and the health programme totals Rs120bn.",
      "New schemes get Rs82bn, barely a third of the total."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_31_SHARES_OF_THE_TOTAL, ids=[c[0] for c in FROM_SESSION_31_SHARES_OF_THE_TOTAL])
def test_shares_of_the_total(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


_COPPER = 'date 2026-02-10 Copper miner lifts output\n\n'

FROM_SESSION_31_ANNOUNCED_SPLITS = [
    ("a whole split in a list its count announces", _COPPER,
     ["The company produced 68,400 tonnes of copper in the half, up from 60,000 tonnes a year earlier.",
      "Output came from three operations. The Chingola complex contributed 41,200 tonnes, the Lubwe pit 17,900 tonnes and the Kitwe plant 8,300 tonnes."], [5]),
    ("the parts make the whole", _COPPER,
     ["The company produced 67,400 tonnes of copper in the half, up from 60,000 tonnes a year earlier.",
      "Output came from three operations. The Chingola complex contributed 41,200 tonnes, the Lubwe pit 17,900 tonnes and the Kitwe plant 8,300 tonnes."], []),
    ("a list that is not the next sentence", _COPPER,
     ["The company produced 68,400 tonnes of copper in the half, up from 60,000 tonnes a year earlier.",
      "Output came from three operations. Grades improved at most of them. The Chingola complex contributed 41,200 tonnes, the Lubwe pit 17,900 tonnes and the Kitwe plant 8,300 tonnes."], []),
    ("a list of fewer parts than announced", _COPPER,
     ["The company produced 68,400 tonnes of copper in the half, up from 60,000 tonnes a year earlier.",
      "Output came from four operations. The Chingola complex contributed 41,200 tonnes, the Lubwe pit 17,900 tonnes and the Kitwe plant 8,300 tonnes."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_31_ANNOUNCED_SPLITS, ids=[c[0] for c in FROM_SESSION_31_ANNOUNCED_SPLITS])
def test_announced_splits(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


_THEFT = 'date 2026-05-15 Bookkeeper jailed for theft\n\n'

FROM_SESSION_32_WHAT_IS_LEFT = [
    ("a part taken from the whole before leaves another rest", _THEFT,
     ["The court heard he made 212 transfers over four years, taking $184,300 in all.",
      "He has since repaid $61,000, largely from the sale of a boat, leaving $113,300 still owed to the business."], [5]),
    ("the rest fits", _THEFT,
     ["The court heard he made 212 transfers over four years, taking $184,300 in all.",
      "He has since repaid $61,000, largely from the sale of a boat, leaving $123,300 still owed to the business."], []),
    ("the whole in the same sentence", _THEFT,
     ["A total of 36,800 ballots were cast, of which 310 were rejected, leaving 36,590 valid votes."], [3]),
    ("a need the part falls short of", _THEFT,
     ["Farmers harvested 118,000 tonnes of maize this year.",
      "The country consumes 180,000 tonnes a year, leaving a shortfall of 62,000 tonnes."], []),
    ("an earlier figure far from the sum is another quantity", _THEFT,
     ["The appeal received a grant of £50,000 in March.",
      "It has since raised £182,400, leaving £67,600 still to find."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_32_WHAT_IS_LEFT, ids=[c[0] for c in FROM_SESSION_32_WHAT_IS_LEFT])
def test_what_is_left(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


_BUDGET = 'date 2026-11-19 Council adopts budget\n\n'

FROM_SESSION_32_LIST_THEN_REST = [
    ("a list and the rest opening the next sentence against the whole before", _BUDGET,
     ["The council has adopted a budget of €182.4 million for 2027.",
      "The figure is up from the €179.8 million set out in the draft.",
      "Housing accounts for €61.3 million, followed by roads at €38.9 million, environment at €22.8 million and recreation at €16.1 million. The remaining €41.3 million is spread across other services."], [7]),
    ("the parts and the rest make the whole", _BUDGET,
     ["The council has adopted a budget of €182.4 million for 2027.",
      "Housing accounts for €61.3 million, followed by roads at €38.9 million, environment at €22.8 million and recreation at €16.1 million. The remaining €43.3 million is spread across other services."], []),
    ("no whole near their sum", _BUDGET,
     ["The council has adopted a budget of €482.4 million for 2027.",
      "Housing accounts for €61.3 million and roads €38.9 million. The remaining €41.3 million is spread across other services."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_32_LIST_THEN_REST, ids=[c[0] for c in FROM_SESSION_32_LIST_THEN_REST])
def test_list_then_rest(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


def test_a_bare_sum_after_money_takes_its_currency(rules):
    head = 'date 2026-02-18 Brewer lifts profit\n\n'
    assert lines_found(head, ["Net profit climbed 11 percent to 17.2 billion shillings from 16.1 billion, while earnings per share rose."], 'figure-arithmetic', rules) == [3]
    assert lines_found(head, ["Net profit climbed 7 percent to 17.2 billion shillings from 16.1 billion, while earnings per share rose."], 'figure-arithmetic', rules) == []


_STARTS = 'date 2026-06-04 Housing starts surge\n\n'

FROM_SESSION_32_MULTIPLES = [
    ("a multiple the next sentence's levels do not make", _STARTS,
     ["Housing starts in Port Alder more than doubled in the first five months of the year.",
      "Builders broke ground on 1,840 homes between January and the end of May, compared with 1,020 in the same period last year."], [5]),
    ("the levels make it", _STARTS,
     ["Housing starts in Port Alder more than doubled in the first five months of the year.",
      "Builders broke ground on 2,140 homes between January and the end of May, compared with 1,020 in the same period last year."], []),
    ("the sentence's own levels", _STARTS, ["Exports doubled to 4,100 tonnes from 2,900 tonnes."], [3]),
    ("halved and more", _STARTS, ["Exports more than halved to 1,100 tonnes from 2,050 tonnes."], [3]),
    ("the next sentence changes something of its own", _STARTS,
     ["Sales more than doubled in the year.", "Profit rose to $4.1m from $3.9m."], []),
    ("another clause's levels", _STARTS,
     ["The number of homes for long-term rent has fallen from 412 in 2019 to 187 this year, while the number listed on holiday platforms has more than doubled."], []),
    ("a multiple after its own clause", _STARTS,
     ["The council will spend £3.2m on road repairs, up from £2.5m, after a winter in which pothole reports almost doubled."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_32_MULTIPLES, ids=[c[0] for c in FROM_SESSION_32_MULTIPLES])
def test_multiples(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


_PLAN = 'date 2026-03-12 Foreshore plan goes on show\n\n'

FROM_SESSION_32_SHARE_OF_THE_COUNT_BEFORE = [
    ("a share of those the sentence before counts", _PLAN,
     ["The first round drew 412 submissions. Of those, 268 opposed the height increases – about 58 per cent – while the rest backed the plan."], [3]),
    ("the share fits", _PLAN,
     ["The first round drew 412 submissions. Of those, 268 opposed the height increases – about 65 per cent – while the rest backed the plan."], []),
    ("those who voted, not all who could", _PLAN,
     ["The commission said 318 of the 412 eligible employees voted, a turnout of 77 per cent. Of those, 281, or 88.4 per cent, voted in favour."], []),
    ("the whole opening the sentence", _PLAN,
     ["Of the 412 submissions, 268 opposed the height increases – about 58 per cent."], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_32_SHARE_OF_THE_COUNT_BEFORE, ids=[c[0] for c in FROM_SESSION_32_SHARE_OF_THE_COUNT_BEFORE])
def test_share_of_the_count_before(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


def test_a_part_written_without_the_wholes_scale_shares_it(rules):
    head = 'date 2026-05-22 Board declares results\n\n'
    assert lines_found(head, ["Of the 16.92 lakh candidates who appeared, 14.96 passed, or 88.42%."], 'figure-arithmetic', rules) == []
    assert lines_found(head, ["Of the 16.92 lakh candidates who appeared, 14.96 lakh passed, or 78.42%."], 'figure-arithmetic', rules) == [3]


_BANK = 'date 2026-03-05 Bank profit rises\n\n'
_TRUST = 'date 2026-03-05 Trust misses four-hour target\n\n'
_FERRY = 'date 2026-03-05 Ferry contract costs soar\n\n'
_LEVY = 'date 2026-03-11 States back harbour levy\n\n'

FROM_SESSION_33_CHANGES_AND_SHARES = [
    ("a change named by its size, beside a per-share rate", _BANK,
     ["Group profit rose to TT$468.3 million from TT$412.6 million in 2024. Earnings per share increased to TT$2.34 from TT$2.06.",
      "The chief executive said the 18.5 per cent jump in profit reflected the right bets."], [5]),
    ("the change fits", _BANK,
     ["Group profit rose to TT$468.3 million from TT$412.6 million in 2024. Earnings per share increased to TT$2.34 from TT$2.06.",
      "The chief executive said the 13.5 per cent jump in profit reflected the right bets."], []),
    ("a percentage in one of two clauses of levels", _BANK,
     ["For the full year, net profit increased 16.8% to RM402.6mil from RM355mil, while revenue grew to RM4.86bil from RM4.41bil."], [3]),
    ("the clause's change fits", _BANK,
     ["For the full year, net profit increased 13.4% to RM402.6mil from RM355mil, while revenue grew to RM4.86bil from RM4.41bil."], []),
    ("a change with no time of its own takes its levels' quarter", _BANK,
     ["The group recorded a profit after tax of Rs. 612 million for the fourth quarter, compared with Rs. 480 million a year earlier.",
      "Profit after tax rose 35 per cent year-on-year, while earnings per share climbed."], [5]),
    ("that change fits", _BANK,
     ["The group recorded a profit after tax of Rs. 612 million for the fourth quarter, compared with Rs. 480 million a year earlier.",
      "Profit after tax rose 27.5 per cent year-on-year, while earnings per share climbed."], []),
    ("a change over twelve months is not the quarter's", _BANK,
     ["The group's median price increased 2.9 per cent over the quarter to $1,012,000, from $983,500. Over 12 months, prices are up 9.8 per cent."], []),
    ("a share after the part's predicate", _TRUST,
     ["Of the 13,870 people who attended the department, 9,412 were admitted, transferred or discharged within four hours, or 74 per cent."], [3]),
    ("that share fits", _TRUST,
     ["Of the 13,870 people who attended the department, 9,412 were admitted, transferred or discharged within four hours, or 68 per cent."], []),
    ("a new level set off with its change", _FERRY,
     ["When the yard won the work in 2023, the headline price was £97m. The revised figure is £142m \u2013 an overrun of £55m."], [3]),
    ("the change fits the level before", _FERRY,
     ["When the yard won the work in 2023, the headline price was £97m. The revised figure is £142m \u2013 an overrun of £45m."], []),
    ("the change says what it is taken on", _FERRY,
     ["When the yard won the work in 2023, the headline price was £97m. The revised figure is £142m \u2013 an increase of £55m on the 2022 estimate."], []),
    ("a majority no vote of the article has", _LEVY,
     ["Members voted 26 to 21 on Wednesday to introduce the levy.", "The seven-vote majority was short of what the government expected.",
      "An amendment was defeated earlier in the day by 29 votes to 18."], [5]),
    ("a majority one of the votes has", _LEVY,
     ["Members voted 26 to 21 on Wednesday to introduce the levy.", "The five-vote majority was short of what the government expected.",
      "An amendment was defeated earlier in the day by 29 votes to 18."], []),
    ("a round's number counts nothing", 'date 2026-05-04 Richmond stay top\n\n',
     ["Round five results: Richmond 24 Howick 18; Otahuhu 30 Mt Albert 12; Point Chevalier 26 Glenora 14; Marist 20 Papakura 20."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_33_CHANGES_AND_SHARES, ids=[c[0] for c in FROM_SESSION_33_CHANGES_AND_SHARES])
def test_changes_shares_and_majorities(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == expected


def test_an_average_per_head_by_another_word_for_the_people(rules):
    head = 'date 2026-08-27 Platinum miner lifts output\n\n'
    said = "The group's wage bill rose 7% to R6.3bn, covering 21,000 permanent employees, an average of about R{} a worker."
    assert lines_found(head, [said.format("400,000")], 'figure-arithmetic', rules) == [3]
    assert lines_found(head, [said.format("300,000")], 'figure-arithmetic', rules) == []


def test_a_lead_at_a_time_of_the_count_is_no_majority(rules):
    head = 'date 2026-11-05 Sheriff race tightens\n\n'
    paragraphs = ["Hutchins won the race for sheriff with 58,213 votes to Okafor's 53,512.",
                  "Hutchins led by 5,900 votes when the elections board stopped counting shortly after midnight."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_each_clause_of_two_changes_is_read_with_its_own_verb(rules):
    head = 'date 2026-02-27 Bank profit rises\n\n'
    said = ("Net interest income rose 15 percent to 345.0 billion shillings from 300.0 billion shillings, while customer deposits climbed {} percent "
            "to 4.12 trillion shillings from 3.78 trillion shillings.")
    assert lines_found(head, [said.format(12)], 'figure-arithmetic', rules) == [3]
    assert lines_found(head, [said.format(9)], 'figure-arithmetic', rules) == []


def test_the_rest_after_parts_of_several_sentences(rules):
    head = 'date 2026-06-10 Council adopts $412.6 million budget\n\n'
    paragraphs = ["The City Council approved a $412.6 million general fund budget on a 7-2 vote late Tuesday.",
                  "Public safety takes the largest share: $118.4 million for the Police Department and $67.8 million for the Fire Department, "
                  "for a combined $186.2 million. Parks, recreation and libraries receive $41.5 million and streets and transportation $38.9 million. "
                  "The remaining $146.0 million covers administration, courts and debt service."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["The City Council approved a $236.0 million capital budget on a 7-2 vote late Tuesday.",
                  "Public safety takes the largest share, with new stations for the police and fire departments. "
                  "Parks, recreation and libraries receive $41.5 million and streets and transportation $38.9 million. "
                  "The remaining $146.0 million covers administration, courts and debt service."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]


def test_shares_of_parts_that_make_a_whole_given_elsewhere(rules):
    head = 'date 2026-02-10 Housing completions rise 15 per cent\n\n'
    paragraphs = ["Figures published by the CSO on Tuesday show 34,870 new dwellings were completed in 2025, up 15 per cent on the 30,330 finished in 2024.",
                  "Scheme houses made up almost exactly half of all completions at 17,420. Apartments accounted for 10,460, or 36 per cent, "
                  "while one-off single houses came to 6,990, about one in five."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("36 per cent", "30 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # the parts make no figure the article gives: no whole to put the shares against
    paragraphs[0] = "Figures published by the CSO on Tuesday show completions were up 15 per cent on 2024."
    paragraphs[1] = paragraphs[1].replace("30 per cent", "36 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


FROM_SESSION_34_SHARES_AND_CHANGES = [
    ("a change beside a share of something else", ["Subscription revenue climbed to $1.12 billion from $948 million, a 24% jump, and made up 61% of the quarter's sales."], [3]),
    ("the change fits beside the share", ["Subscription revenue climbed to $1.12 billion from $948 million, an 18% jump, and made up 61% of the quarter's sales."], []),
    ("a count whose verb makes it a share", ["The 41 clean audits represent 21 per cent of the country's 257 municipalities."], [3]),
    ("the verb's share fits", ["The 41 clean audits represent 16 per cent of the country's 257 municipalities."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_34_SHARES_AND_CHANGES, ids=[c[0] for c in FROM_SESSION_34_SHARES_AND_CHANGES])
def test_shares_and_changes(name, paragraphs, expected, rules):
    assert lines_found('date 2026-05-01 Results\n\n', paragraphs, 'figure-arithmetic', rules) == expected


def test_a_lead_in_a_count_not_yet_finished(rules):
    head = 'date 2026-10-27 Delos Santos unseats Villanueva by 845 votes\n\n'
    paragraphs = ["Delos Santos polled 4,812 votes to Villanueva's 3,967 when the count ended early on Tuesday.",
                  "By 9 p.m. on Monday, with 18 of the barangay's 24 precincts counted, Delos Santos led by 612 votes."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[1] = "Delos Santos won with a majority of 612 votes."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]


FROM_SESSION_34_SIZES_AND_MARGINS = [
    ("a percentage set off after the change's size", ["Defence spending has been raised to Rs2.81tr from Rs2.55tr, an increase of Rs260 billion, or 14pc."], [3]),
    ("the percentage after the size fits", ["Defence spending has been raised to Rs2.81tr from Rs2.55tr, an increase of Rs260 billion, or 10pc."], []),
    ("a margin before its own counts, a named loser between", ["In Kuttanad East, the LDF's Joseph Mathew defeated the UDF's Saji Thomas by 5,038 votes, polling 64,210 to Thomas's 58,902."], [3]),
    ("the margin fits its counts", ["In Kuttanad East, the LDF's Joseph Mathew defeated the UDF's Saji Thomas by 5,308 votes, polling 64,210 to Thomas's 58,902."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_34_SIZES_AND_MARGINS, ids=[c[0] for c in FROM_SESSION_34_SIZES_AND_MARGINS])
def test_sizes_and_margins(name, paragraphs, expected, rules):
    assert lines_found('date 2026-05-01 Results\n\n', paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_35_ASIDES_AND_LISTS = [
    ("a part restated as its share of a sum of money", ["Adult care has a net budget of £412m, or 48pc of its £1.04bn net spending."], [3]),
    ("the share fits", ["Adult care has a net budget of £412m, or 39.6pc of its £1.04bn net spending."], []),
    ("a count restated as its share", ["The council cut 1,200 jobs, or 48 per cent of its 10,000 staff."], [3]),
    ("two currencies are no share", ["The grant is $412m, or 48 per cent of the £1.04bn budget."], []),
    ("a rise restated as a percentage is no share", ["Rents rose by £40, or 4 per cent of the average £1,000 rent."], []),
    ("a part's own count after including", ["The £42.6m package is split between £18.2m from adult care, £11.5m from children's services and £7.9m from back-office functions, including the sale of two office buildings."], [3]),
    ("the parts after including fit", ["The £37.6m package is split between £18.2m from adult care, £11.5m from children's services and £7.9m from back-office functions, including the sale of two office buildings."], []),
    ("including goes on to the parts' own kind", ["The £42.6m package includes £18.2m from adult care and £11.5m from children's services."], []),
    ("a seat retained by a margin before its counts", ["Kuriakose retained his Kottarakkara seat by 18,412 votes, polling 78,960 votes to the 64,548 of the LDF's P. Sreekumar."], [3]),
    ("the margin fits", ["Kuriakose retained his Kottarakkara seat by 14,412 votes, polling 78,960 votes to the 64,548 of the LDF's P. Sreekumar."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_35_ASIDES_AND_LISTS, ids=[c[0] for c in FROM_SESSION_35_ASIDES_AND_LISTS])
def test_asides_and_lists(name, paragraphs, expected, rules):
    assert lines_found('date 2026-05-01 Results\n\n', paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_35_PARTS_OF_PARTS = [
    ("a list runs on after a part of a part", ["The board will have 13 members: eight non-executive directors, five of them independent, and four executive directors."], [3]),
    ("the list fits", ["The board will have 12 members: eight non-executive directors, five of them independent, and four executive directors."], []),
    ("the whole's sibling is no part of it", ["The board has eight non-executive directors, five of them independent and four executive directors."], []),
    ("parts of them that pass their whole", ["All 312 families were moved, 184 of them to Ashford and 138 to Kent."], [3]),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_35_PARTS_OF_PARTS, ids=[c[0] for c in FROM_SESSION_35_PARTS_OF_PARTS])
def test_parts_of_parts(name, paragraphs, expected, rules):
    assert lines_found('date 2026-05-01 Board\n\n', paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_35_POINTS = [
    ("a change in points between two percentages", ["The dam was at 38 per cent, down from 61 per cent at the start of January, a fall of 17 percentage points."], [3]),
    ("the points fit", ["The dam was at 38 per cent, down from 61 per cent at the start of January, a fall of 23 percentage points."], []),
    ("points written bare", ["Turnout fell to 38 per cent from 61 per cent, a fall of 17 points."], [3]),
    ("a ratio that improves by falling", ["The cost-to-income ratio improved to 48.2 per cent from 53.6 per cent, a gain of 5.4 percentage points."], []),
    ("a change in per cent of a percentage is no change in points", ["Turnout fell to 38 per cent from 61 per cent, a fall of 38 per cent."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_35_POINTS, ids=[c[0] for c in FROM_SESSION_35_POINTS])
def test_changes_in_points(name, paragraphs, expected, rules):
    assert lines_found('date 2026-02-27 Reservoirs fall\n\n', paragraphs, 'figure-arithmetic', rules) == expected


def test_a_count_before_a_list_of_days_is_no_list_of_names(rules):
    head = 'date 2026-04-10 Transit agency proposes fare rise\n\n'
    paragraphs = ["Three public hearings are scheduled: Tuesday, April 28, at 6 p.m. at the Millbrook Central Library; Thursday, April 30, at noon as a virtual session; and Saturday, May 2, at 10 a.m. at the Eastside Community Center."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "Three candidates were nominated: Ruth Keller and Marcus Hollis."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_percentage_after_a_sum_of_change_without_a_comma(rules):
    head = 'date 2026-04-02 Health gets more in draft budget\n\n'
    paragraphs = ["The sector would receive Shs3.9 trillion, up from Shs3.0 trillion this year, a rise of Shs900 billion or 23 per cent."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("23 per cent", "30 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "Membership rose to 390 from 300, a rise of 90 or 23 per cent."  # "90 or 23": two counts, perhaps alternatives
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_percentage_change_with_its_cause_after_it(rules):
    head = 'date 2026-03-12 Homes plan on display\n\n'
    paragraphs = ["The cost of the scheme is now put at \u20ac14.2 million, up from \u20ac11.8 million when the project was first costed in 2024 \u2013 an increase of almost 30 per cent that the council attributes to higher tender prices."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("30 per cent", "20 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_run_of_scores_is_no_goals_and_points_result(rules):
    head = 'date 2026-06-08 Clare come from behind\n\n'
    paragraphs = ["Clare kept their ambitions alive at Walsh Park on Sunday with a three-point win over Waterford.",
                  "The Banner finished with a flourish, outscoring the home side by 1-6 to 0-4 after a goal had put Waterford two points clear."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[1] = "Clare won 2-16 to 1-14 after a goal had put Waterford two points clear."  # the result itself: 22 to 17
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


FROM_SESSION_36_SHARES_AND_RESTS = [
    ("a sum of money sent somewhere, then its share of a whole given elsewhere",
     ["The lottery recorded sales of $1.94 billion and transferred $518 million to education programs, or about 31 percent of sales."], [3]),
    ("the share fits", ["The lottery recorded sales of $1.94 billion and transferred $518 million to education programs, or about 27 percent of sales."], []),
    ("a round share after about may round a lot", ["The lottery recorded sales of $1.94 billion and transferred $518 million to education programs, or about 30 percent of sales."], []),
    ("counts listed, then the rest, against the whole before them",
     ["A total of 158,430 patients were on the list. Of those, 7,912 had been waiting for more than two years.",
      "Orthopaedics had the largest group, with 3,104 patients, followed by general surgery with 1,980 and urology with 1,215. The remaining 1,013 were spread across other specialties."], [5]),
    ("the counts make the whole", ["A total of 158,430 patients were on the list. Of those, 7,312 had been waiting for more than two years.",
      "Orthopaedics had the largest group, with 3,104 patients, followed by general surgery with 1,980 and urology with 1,215. The remaining 1,013 were spread across other specialties."], []),
    ("small counts before the rest may be of anything", ["The club has 40 members. Of those, 31 play.",
      "Twelve play on Saturdays, 9 on Sundays and 4 midweek. The remaining 3 are coaches."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_36_SHARES_AND_RESTS, ids=[c[0] for c in FROM_SESSION_36_SHARES_AND_RESTS])
def test_shares_and_rests(name, paragraphs, expected, rules):
    assert lines_found('date 2026-05-01 Figures\n\n', paragraphs, 'figure-arithmetic', rules) == expected


def test_a_change_against_a_level_beside_a_length(rules):
    head = 'date 2026-05-01 Garment exports rise\n\n'
    paragraphs = ["Over the first nine months of the fiscal year, garment exports reached $30.6 billion, against $28.1 billion in the same period a year earlier, a rise of 11.2 percent."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("11.2 percent", "8.9 percent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_compound_after_a_is_no_part(rules):
    head = 'date 2026-03-27 Central bank holds rates\n\n'
    paragraphs = ["Of the 12 economists surveyed, nine had expected a hold, two a 25-basis-point cut and one a hike of the same size."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "Of the 12 economists surveyed, nine had expected a hold, four a 25-basis-point cut and one a hike of the same size."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


FROM_SESSION_36_POINT_CHANGES = [
    ("a change in points referred back, against the levels before", ["Headline inflation rose to 2.9 per cent in February from 2.1 per cent in January.",
      "Economists said the 0.6 percentage-point climb in headline inflation was sharper than expected."], [5]),
    ("the points fit", ["Headline inflation rose to 2.9 per cent in February from 2.1 per cent in January.",
      "Economists said the 0.8 percentage-point climb in headline inflation was sharper than expected."], []),
    ("a whole point may round", ["Headline inflation rose to 2.9 per cent in February from 2.1 per cent in January.",
      "Economists said the one-point climb in headline inflation was sharper than expected."], []),
    ("another measure's levels", ["Headline inflation rose to 2.9 per cent in February from 2.1 per cent in January.",
      "Economists said the 0.6 percentage-point climb in the jobless rate was sharper than expected."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_36_POINT_CHANGES, ids=[c[0] for c in FROM_SESSION_36_POINT_CHANGES])
def test_changes_in_points_referred_back(name, paragraphs, expected, rules):
    assert lines_found('date 2026-03-27 Central bank holds rates\n\n', paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_36_UP_ON = [
    ("a difference written 'N up on' the level of a clause after", ["A crowd of 19,214, the biggest at Tynecastle this season, was 1,530 up on the same fixture last season, when repair work on the Roseburn Stand restricted the gate to 17,984."], [3]),
    ("the difference fits", ["A crowd of 19,214, the biggest at Tynecastle this season, was 1,230 up on the same fixture last season, when repair work on the Roseburn Stand restricted the gate to 17,984."], []),
    ("down on", ["Takings of \u00a3412,000 were \u00a330,000 down on last year's \u00a3452,000."], [3]),
    ("down on, right", ["Takings of \u00a3412,000 were \u00a340,000 down on last year's \u00a3452,000."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_36_UP_ON, ids=[c[0] for c in FROM_SESSION_36_UP_ON])
def test_differences_up_on(name, paragraphs, expected, rules):
    assert lines_found('date 2026-03-09 Hearts see off Hibs\n\n', paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_36_OF_THEM = [
    ("a part 'of them' with its share set off", ["At the Belfast Trust, 58,400 patients were on that list, and 21,300 of them, or 44 per cent, had been waiting more than two years."], [3]),
    ("the share fits", ["At the Belfast Trust, 58,400 patients were on that list, and 21,300 of them, or 36 per cent, had been waiting more than two years."], []),
    ("'of whom' with its share", ["The trust had 58,400 patients on the list, of whom 21,300, or 44 per cent, had waited more than two years."], [3]),
    ("a share of money is no share of the count", ["The trust spent \u00a358m on 400 patients, and 120 of them, or 30 per cent, were seen within a week."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_36_OF_THEM, ids=[c[0] for c in FROM_SESSION_36_OF_THEM])
def test_shares_of_them(name, paragraphs, expected, rules):
    assert lines_found('date 2026-03-09 Waiting lists grow\n\n', paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_36_LEADS = [
    ("a lead given with the two totals that make it", ["South Africa made 312, built around a patient 104 from their captain, Kyle Petersen, and India replied with 330 to take a slender lead of 28."], [3]),
    ("the lead fits", ["South Africa made 312, built around a patient 104 from their captain, Kyle Petersen, and India replied with 330 to take a slender lead of 18."], []),
    ("a lead with three totals says nothing", ["Kent made 312, Surrey scored 290 and Essex replied with 330 to take a lead of 28."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_36_LEADS, ids=[c[0] for c in FROM_SESSION_36_LEADS])
def test_leads_of_two_totals(name, paragraphs, expected, rules):
    assert lines_found('date 2026-03-09 India take series\n\n', paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_36_SIZE_AS_OBJECT = [
    ("a fall's size as its verb's object, the levels after", ["Whole milk powder fell US$148 a tonne, or 4.7 per cent, to an average of US$3,612, from US$3,790 at the previous auction."], [3]),
    ("the size fits", ["Whole milk powder fell US$178 a tonne, or 4.7 per cent, to an average of US$3,612, from US$3,790 at the previous auction."], []),
    ("a rise's size", ["Butter rose US$250 to US$6,100 from US$5,800."], [3]),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_36_SIZE_AS_OBJECT, ids=[c[0] for c in FROM_SESSION_36_SIZE_AS_OBJECT])
def test_a_changes_size_as_its_verbs_object(name, paragraphs, expected, rules):
    assert lines_found('date 2026-03-04 Dairy prices slip\n\n', paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_36_SUBJECT_BEFORE = [
    ("a change said of the subject whose level the sentence before gives", ["The board got its first look at a proposed $84.6 million general fund budget for 2026-27.",
      "The proposal is up 6.2% from the current year's $81.2 million budget."], [5]),
    ("the change fits", ["The board got its first look at a proposed $84.6 million general fund budget for 2026-27.",
      "The proposal is up 4.2% from the current year's $81.2 million budget."], []),
    ("a subject the sentence before does not name", ["The board got its first look at a proposed $84.6 million general fund budget for 2026-27.",
      "The payroll is up 6.2% from the current year's $81.2 million."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_36_SUBJECT_BEFORE, ids=[c[0] for c in FROM_SESSION_36_SUBJECT_BEFORE])
def test_a_change_of_the_subject_before(name, paragraphs, expected, rules):
    assert lines_found('date 2026-01-15 District unveils budget\n\n', paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_36_NOUN_FIRST = [
    ("parts whose noun comes first, then their total together", ["Pune district has the largest number of seats, 18,594, followed by Thane with 12,430 and Nagpur with 7,008.",
      "Together, the three districts account for 41,032 seats, more than a third of the state's quota."], [5]),
    ("the total fits", ["Pune district has the largest number of seats, 18,594, followed by Thane with 12,430 and Nagpur with 7,008.",
      "Together, the three districts account for 38,032 seats, more than a third of the state's quota."], []),
    ("parts of another noun", ["Pune district has the largest number of schools, 18,594, followed by Thane with 12,430 and Nagpur with 7,008.",
      "Together, the three districts account for 41,032 seats, more than a third of the state's quota."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_36_NOUN_FIRST, ids=[c[0] for c in FROM_SESSION_36_NOUN_FIRST])
def test_parts_with_their_noun_first(name, paragraphs, expected, rules):
    assert lines_found('date 2026-02-16 RTE admissions open\n\n', paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_37 = [
    ("a share of a whole described by a relative clause with 'or'", ["Of the 18,400 patients who had a hip or knee replaced last year, 6,900 — about 45 per cent — waited longer than the benchmark."], [3]),
    ("that share fits", ["Of the 18,400 patients who had a hip or knee replaced last year, 6,900 — about 37 per cent — waited longer than the benchmark."], []),
    ("a programme spread over years, its parts after 'with'", ["The £148m capital programme is spread over three years, with £61m earmarked for 2026/27, £52m for 2027/28 and £41m for 2028/29."], [3]),
    ("those parts fit", ["The £154m capital programme is spread over three years, with £61m earmarked for 2026/27, £52m for 2027/28 and £41m for 2028/29."], []),
    ("a rate named as the others without its 'per share', and the share's face value", ["The board recommended a final dividend of Rs 4.50 per equity share of face value Rs 2 each.",
      "Together with the interim dividend of Rs 2.50 paid in November, this takes the payout for the year to Rs 7 per share."], []),
    ("those rates do not add up", ["The board recommended a final dividend of Rs 4.50 per equity share of face value Rs 2 each.",
      "Together with the interim dividend of Rs 3.50 paid in November, this takes the payout for the year to Rs 7 per share."], [5]),
    ("counts of another clause than the beating", ["Saud Khalid struck a 41-ball 64 and Kashif Jatoi defended 19 runs in the final over as Islamabad United beat Lahore Qalandars by six runs on Saturday."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_37, ids=[c[0] for c in FROM_SESSION_37])
def test_from_session_37(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_37_LATER = [
    ("a sum for each of a count", ["With annual income of £1.02bn, the trust spends roughly £1,800 for each of the 640,000 people living in its area."], [3]),
    ("that sum fits", ["With annual income of £1.02bn, the trust spends roughly £1,600 for each of the 640,000 people living in its area."], []),
    ("parts one digit off an earlier whole", ["Group production for the half came to 397,800 ounces, the company said.",
      "The Kwena shaft delivered 182,000 ounces and the Tau shaft 141,500 ounces, while the Lesedi open pit, which is scheduled to close in 2028, contributed 64,300 ounces."], [5]),
    ("those parts make the whole", ["Group production for the half came to 387,800 ounces, the company said.",
      "The Kwena shaft delivered 182,000 ounces and the Tau shaft 141,500 ounces, while the Lesedi open pit, which is scheduled to close in 2028, contributed 64,300 ounces."], []),
    ("parts far from the whole leave some out", ["Group production for the half came to 497,800 ounces, the company said.",
      "The Kwena shaft delivered 182,000 ounces and the Tau shaft 141,500 ounces, while the Lesedi open pit contributed 64,300 ounces."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_37_LATER, ids=[c[0] for c in FROM_SESSION_37_LATER])
def test_from_session_37_later(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


def test_a_share_of_the_total_is_not_of_a_long_gone_years(rules):
    head = 'date 2026-02-16 Visitor arrivals rise\n\n'
    paragraphs = ["Arrivals rose 6.6 per cent last year to 3.41 million, still short of the 3.89 million visitors recorded in 2019.",
                  "Australia remained the largest market, supplying 1.46 million visitors, or 42.8 per cent of the total."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "Arrivals rose 6.6 per cent last year to 3.89 million visitors."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]


FROM_SESSION_37_TWO_CHANGES = [
    ("two changes in one sentence, the first wrong", ["Banksia reported net profit of $412 million, up 18 per cent from $364 million a year earlier, on revenue of $2.84 billion, up 8.8 per cent from $2.61 billion."], [3]),
    ("the second wrong", ["Banksia reported net profit of $412 million, up 13 per cent from $364 million a year earlier, on revenue of $2.84 billion, up 12.8 per cent from $2.61 billion."], [3]),
    ("both right", ["Banksia reported net profit of $412 million, up 13 per cent from $364 million a year earlier, on revenue of $2.84 billion, up 8.8 per cent from $2.61 billion."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_37_TWO_CHANGES, ids=[c[0] for c in FROM_SESSION_37_TWO_CHANGES])
def test_two_changes_in_one_sentence(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_37_NEW_LEVEL_BEFORE = [
    ("a change from an old level to the new one the sentence before gives", ["The ministry has cut the hake quota to 141,300 tonnes for the new season.",
      "The new limit is down from 154,200 tonnes last season, a reduction of about 12 percent."], [5]),
    ("that change fits", ["The ministry has cut the hake quota to 141,300 tonnes for the new season.",
      "The new limit is down from 154,200 tonnes last season, a reduction of about 8 percent."], []),
    ("a sentence that does not refer back", ["The ministry has cut the hake quota to 141,300 tonnes for the new season.",
      "The pilchard limit is down from 154,200 tonnes last season, a reduction of about 12 percent."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_37_NEW_LEVEL_BEFORE, ids=[c[0] for c in FROM_SESSION_37_NEW_LEVEL_BEFORE])
def test_a_change_to_the_level_before(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


def test_a_half_of_a_match_is_no_fraction(rules):
    assert lines_found(HEAD, ["Iowa State converted 9 of 14 third-down attempts, including 5 of 6 in the second half."], 'figure-arithmetic', rules) == []
    assert lines_found(HEAD, ["Iowa State converted 5 of 14 attempts, half of them."], 'figure-arithmetic', rules) == [3]


def test_a_gap_told_as_ahead_of_a_forecast(rules):
    assert lines_found(HEAD, ["Collections came to $2.74 billion, $186 million ahead of the $2.61 billion forecast."], 'figure-arithmetic', rules) == [3]
    assert lines_found(HEAD, ["Collections came to $2.74 billion, $130 million ahead of the $2.61 billion forecast."], 'figure-arithmetic', rules) == []


FROM_SESSION_37_LAST = [
    ("a share of the whole 'of which' points back to", ["A total of 142,380 packages were offered this week, of which 118,600 packages found buyers, representing 91 per cent of the offer."], [3]),
    ("that share fits", ["A total of 142,380 packages were offered this week, of which 118,600 packages found buyers, representing 83 per cent of the offer."], []),
    ("a change told as a percentage or a sum", ["The median house value dropped from $1,412,000 to $1,371,000, a fall of 2.9 per cent or $31,000."], [3]),
    ("that sum fits", ["The median house value dropped from $1,412,000 to $1,371,000, a fall of 2.9 per cent or $41,000."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_37_LAST, ids=[c[0] for c in FROM_SESSION_37_LAST])
def test_from_session_37_last(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_38_NAMED_WHOLE = [
    ("a share of 'that', the figure of the sentences before", ["Copper sales rose to $2.80 billion last year from $2.31 billion, the chamber said.",
      "The Kansanshi pit earned $1.45 billion of that, or about 62 percent, on higher grades."], [5]),
    ("that share fits", ["Copper sales rose to $2.80 billion last year from $2.31 billion, the chamber said.",
      "The Kansanshi pit earned $1.45 billion of that, or about 52 percent, on higher grades."], []),
    ("'of that' after a revised figure fits the figure before it", ["Copper sales rose to $2.80 billion last year, the chamber said.",
      "The chamber raised its first estimate of $2.50 billion after late returns.",
      "The Kansanshi pit earned $1.45 billion of that, or about 52 percent."], []),
    ("two parts of a whole named by its words, over it", ["Maize exports earned $6.20 million in March, up from $5.90 million a year earlier.",
      "White maize brought in $3.70 million of the March maize receipts and yellow maize $2.80 million, the board said."], [5]),
    ("those parts fit under it", ["Maize exports earned $6.20 million in March, up from $5.90 million a year earlier.",
      "White maize brought in $3.70 million of the March maize receipts and yellow maize $2.40 million, the board said."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_38_NAMED_WHOLE, ids=[c[0] for c in FROM_SESSION_38_NAMED_WHOLE])
def test_parts_of_a_whole_named_before(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_38_CHANGE_NOUN = [
    ("a change told by its noun before 'on' the earlier level", ["The Sentinel mine produced 216,300 tonnes, a 12% increase on the 198,700 tonnes it mined in 2024."], [3]),
    ("that change fits", ["The Sentinel mine produced 216,300 tonnes, a 9% increase on the 198,700 tonnes it mined in 2024."], []),
    ("'an increase of' a percentage on the earlier level", ["The Sentinel mine produced 216,300 tonnes, an increase of 12% on 198,700 tonnes in 2024."], [3]),
    ("a share 'on' a count is no change", ["The mine produced 216,300 tonnes, a 12% share of output on the 198,700 hectares it leases."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_38_CHANGE_NOUN, ids=[c[0] for c in FROM_SESSION_38_CHANGE_NOUN])
def test_a_change_told_by_its_noun(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


def test_a_part_with_its_own_parts_is_no_slip_of_the_whole(rules):
    paragraphs = ["Of the 1,520 members balloted, 988 returned papers, with 820 voting yes and 168 voting no."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Of the 1,520 members balloted, 988 returned papers, 420 sent them back late and 150 spoiled them."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_share_set_off_after_a_part_of_a_whole_is_no_change(rules):
    paragraphs = ["Small-scale miners supplied 19.4 tonnes of the 53.0 tonnes exported, or about 37 percent, up from 16.2 tonnes a year earlier."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Small-scale miners supplied 19.4 tonnes, up 37 percent from 16.2 tonnes a year earlier."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


FROM_SESSION_38_SHARE_OF_THE_FIGURE_BEFORE = [
    ("a share told of a pronoun's figure", ["Tanzania earned $4.12 billion from gold exports in the year, up from $3.31 billion.",
      "Its earnings made up 47 percent of the $9.80 billion the country earned from goods exports."], [5]),
    ("that share fits", ["Tanzania earned $4.12 billion from gold exports in the year, up from $3.31 billion.",
      "Its earnings made up 42 percent of the $9.80 billion the country earned from goods exports."], []),
    ("the part given in the sentence itself", ["Tanzania earned $4.12 billion from gold exports in the year.",
      "Its $4.6 billion in farm exports made up 47 percent of the $9.80 billion total."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_38_SHARE_OF_THE_FIGURE_BEFORE, ids=[c[0] for c in FROM_SESSION_38_SHARE_OF_THE_FIGURE_BEFORE])
def test_a_share_of_the_figure_before(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


def test_a_margin_in_votes_beside_a_seat(rules):
    paragraphs = ["After preferences, Ms Thorsby finished with 27,418 votes, or 52.9 per cent, to Mr Pellow's 24,402, or 47.1 per cent.",
                  "Ms Thorsby's 3,106-vote margin makes Carrabeen the 12th seat held by a crossbencher."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = "Ms Thorsby's 3,016-vote margin makes Carrabeen the 12th seat held by a crossbencher."
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_count_in_words_is_no_level_of_a_change(rules):
    paragraphs = ["At the end of March, 401,930 people were on the waiting list across the five trusts, down from 414,500 at the end of December, a reduction of almost 6%."]
    from factcheck.engine import check_text

    found = [f for f in check_text(HEAD + paragraphs[0] + "\n", rules=rules) if f.check == 'figure-arithmetic']
    assert [(f.line, f.message) for f in found] == [(3, "414,500 to 401,930 is a 3% fall, not 6%.")]


def test_a_players_own_score_in_brackets_is_no_part_of_a_running_total(rules):
    paragraphs = ["Bangladesh had slipped to 86 for three when the opener was caught, but Tariqul (58 not out) and Arifur (41 not out) played out the afternoon to take Bangladesh to 160 for three."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Bangladesh were 86 for three at lunch and added 58 in the next hour and 41 before tea to take the total to 160."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


FROM_SESSION_38_OLD_LEVEL_ONLY = [
    ("a change told from its old level, the new one given before", ["Ethiopia earned a record $1.84 billion from coffee exports in the fiscal year.",
      "The country shipped 318,400 tonnes of coffee. Export revenue rose 22% from $1.43 billion in 2024/25."], [5]),
    ("that change fits", ["Ethiopia earned a record $1.84 billion from coffee exports in the fiscal year.",
      "The country shipped 318,400 tonnes of coffee. Export revenue rose 29% from $1.43 billion in 2024/25."], []),
    ("the new level whose words fit the subject best", ["The firm reported a consolidated net profit of ₹1,246 crore for the quarter.",
      "On a standalone basis, net profit grew 15.2 per cent to ₹1,118 crore from ₹970.5 crore. Sequentially, consolidated profit was up 6.3 per cent from ₹1,172 crore."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_38_OLD_LEVEL_ONLY, ids=[c[0] for c in FROM_SESSION_38_OLD_LEVEL_ONLY])
def test_a_change_told_from_its_old_level_alone(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_38_OF_THE_NAMED_WHOLE = [
    ("parts of a whole opened by its name, with the rest", ["The company harvested 41,300 tonnes of salmon in the year, down from 46,800 tonnes, as a heatwave raised mortality in its pens.",
      "Of this year's harvest, 19,400 tonnes came from the Huon, 11,900 tonnes from Storm Bay and 6,200 tonnes from Macquarie Harbour, with the remaining 4,800 tonnes from the Tasman Peninsula."], [5]),
    ("those parts make the whole", ["The company harvested 41,300 tonnes of salmon in the year, down from 46,800 tonnes, as a heatwave raised mortality in its pens.",
      "Of this year's harvest, 19,400 tonnes came from the Huon, 11,900 tonnes from Storm Bay and 6,200 tonnes from Macquarie Harbour, with the remaining 3,800 tonnes from the Tasman Peninsula."], []),
    ("parts short of the whole with no rest may leave some out", ["The company harvested 41,300 tonnes of salmon in the year, down from 46,800 tonnes.",
      "Of this year's harvest, 19,400 tonnes came from the Huon and 11,900 tonnes from Storm Bay."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_38_OF_THE_NAMED_WHOLE, ids=[c[0] for c in FROM_SESSION_38_OF_THE_NAMED_WHOLE])
def test_parts_of_a_whole_opened_by_its_name(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


def test_a_list_after_with_that_ends_with_the_rest(rules):
    paragraphs = ["The draft budget includes a capital works program of $46.3 million, with $18.9 million for roads, $12.4 million for recreation, $9.7 million for council buildings and the remaining $6.8 million for drainage."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = ["The draft budget includes a capital works program of $47.8 million, with $18.9 million for roads, $12.4 million for recreation, $9.7 million for council buildings and the remaining $6.8 million for drainage."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    # with no rest, a list after "with" may leave parts out
    paragraphs = ["The draft budget includes a capital works program of $46.3 million, with $18.9 million for roads and $12.4 million for recreation."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


FROM_SESSION_39_OF_THAT = [
    ("three parts after 'Of that,' short of the figure before", ["The board has agreed £18.4m of savings for next year. Of that, £8.2m is to come from merging back-office teams and "
      "moving forms online, £6.1m from new care contracts and £2.3m from selling two depots."], [3]),
    ("three parts over it", ["The board has agreed £18.4m of savings for next year. Of that, £8.2m is to come from merging teams, £6.1m from new care "
      "contracts and £6.3m from selling two depots."], [3]),
    ("those parts make it", ["The board has agreed £18.4m of savings for next year. Of that, £8.2m is to come from merging teams, £6.1m from new care "
      "contracts and £4.1m from selling two depots."], []),
    ("two parts may leave some out", ["The board has agreed £18.4m of savings for next year. Of that, £8.2m is to come from merging teams and £8.1m from "
      "new care contracts."], []),
    ("a part split after a colon is no further part", ["The new stand cost £3.2 million. Of that, £2.6 million came in grants: £1.4 million from the sports "
      "council, £800,000 from an appeal and £400,000 from the county."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_39_OF_THAT, ids=[c[0] for c in FROM_SESSION_39_OF_THAT])
def test_parts_of_that(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_39_RATE = [
    ("a rate of the count its verb tells", ["A total of 412 bids were received from clubs and charities, and 247 were approved, a success rate of about 68 per cent."], [3]),
    ("that rate fits", ["A total of 412 bids were received from clubs and charities, and 247 were approved, a success rate of about 60 per cent."], []),
    ("a rate whose part may be a third count", ["Officials recorded 48 confirmed cases out of 190 suspected cases, giving a case fatality rate of 16.7 per cent."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_39_RATE, ids=[c[0] for c in FROM_SESSION_39_RATE])
def test_a_rate_of_two_counts(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


def test_a_share_with_tenths_is_held_to_them(rules):
    paragraphs = ["The mayor presented a £4,380m budget for 2026-27 on Friday.", "Schools receive £684m, or 18.2 per cent of the budget."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs = ["The mayor presented a £4,380m budget for 2026-27 on Friday.", "Schools receive £684m, or 15.6 per cent of the budget."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_of_a_subject_told_by_another_form_of_its_word(rules):
    paragraphs = ["Sales through Wednesday earned $89.4 million, against $80.3 million at the same stage of the 2025 season.",
                  "Earnings for the season so far are up 21 percent on last year, the board said."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = "Earnings for the season so far are up 11 percent on last year, the board said."
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_before_a_part_of_its_own_whole_or_set_against_it_is_not_the_parts(rules):
    paragraphs = ["Griquas had 58 percent of possession and won 11 of their 13 lineouts."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["The Warriors completed 31 of their 36 sets, a completion rate of 86 per cent, compared with 27 of 34 for the Sharks."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Griquas won 58 percent, or 11 of their 13 lineouts."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


FROM_SESSION_39_LEVELS = [
    ("a level's worth between it and the level compared", ["For the 12 months to February, Uganda shipped 6.94 million bags worth $2.31 billion, against "
      "6.12 million bags in the previous 12-month period, an increase of 9.2 percent in volume."], [3]),
    ("that change fits", ["For the 12 months to February, Uganda shipped 6.94 million bags worth $2.31 billion, against "
      "6.12 million bags in the previous 12-month period, an increase of 13.4 percent in volume."], []),
    ("a year's end between the new level and the old", ["Revenue rose by £31.4m to £272.6m in the year to 30 June 2025, from £245.2m the previous season."], [3]),
    ("that rise fits", ["Revenue rose by £27.4m to £272.6m in the year to 30 June 2025, from £245.2m the previous season."], []),
    ("parts of a count told once, a digit off the figure before", ["The district counted 38,412 students in its autumn snapshot.",
      "Elementary campuses counted 17,880 students, middle schools 9,146 and the district's four high schools 11,086."], [5]),
    ("those parts make it", ["The district counted 38,412 students in its autumn snapshot.",
      "Elementary campuses counted 17,880 students, middle schools 9,446 and the district's four high schools 11,086."], []),
    ("a hedged share set off by a comma, of what a verb gave", ["Farms harvested 71,600 tonnes of salmon this year, down from 76,300 tonnes the year before.",
      "Macquarie Harbour produced 8,900 tonnes, about 21 per cent of the state's harvest."], [5]),
    ("that share fits", ["Farms harvested 71,600 tonnes of salmon this year, down from 76,300 tonnes the year before.",
      "Macquarie Harbour produced 8,900 tonnes, about 12 per cent of the state's harvest."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_39_LEVELS, ids=[c[0] for c in FROM_SESSION_39_LEVELS])
def test_levels_and_wholes_read_in_session_39(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_39_MARGINS = [
    ("a measure's margin told by its verb, against the tally with its side and share", [
        "The levy passed with 21,406 votes in favor, or 56.8 percent, to 16,281 against, or 43.2 percent.",
        "The levy passed by 5,215 votes, a wider margin than supporters had predicted."], [5]),
    ("that margin fits", [
        "The levy passed with 21,406 votes in favor, or 56.8 percent, to 16,281 against, or 43.2 percent.",
        "The levy passed by 5,125 votes, a wider margin than supporters had predicted."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_39_MARGINS, ids=[c[0] for c in FROM_SESSION_39_MARGINS])
def test_margins_read_in_session_39(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


def test_a_whole_a_verb_gave_for_another_year_is_not_this_years(rules):
    paragraphs = ["The survey shows the state crushed 745,100 tonnes in 2025.",
                  "This year's crush rose 9 per cent to 812,400 tonnes. Red varieties accounted for 495,600 tonnes, about 61 per cent of the crush."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


FROM_SESSION_40_SHARES = [
    ("a measure's share of the state total its paragraph's parts make", [
        "Planted area rose 13 per cent to 610,000 hectares, from 540,000 hectares a year earlier.",
        "The Darling Downs accounts for 290,000 hectares. Central Queensland growers planted 145,000 hectares, about 30 per cent "
        "of the state total, while the Maranoa and the Burnett made up the remaining 175,000 hectares."], [5]),
    ("that share is right", [
        "Planted area rose 13 per cent to 610,000 hectares, from 540,000 hectares a year earlier.",
        "The Darling Downs accounts for 290,000 hectares. Central Queensland growers planted 145,000 hectares, about 24 per cent "
        "of the state total, while the Maranoa and the Burnett made up the remaining 175,000 hectares."], []),
    ("a state total the paragraph's figures do not make is not known", [
        "Planted area rose 13 per cent to 610,000 hectares, from 540,000 hectares a year earlier.",
        "Central Queensland growers planted 145,000 hectares, about 30 per cent of the state total, up from 120,000 hectares."], []),
    ("a count after a verb of its own is no part of the whole split before it", [
        "In all, he made 312 appearances for the club, 254 of them in the league, 31 in the Scottish Cup and 27 in the "
        "League Cup, and scored 64 goals."], []),
    ("parts of the whole that overrun it", [
        "In all, he made 312 appearances for the club, 254 of them in the league, 41 in the Scottish Cup and 27 in the League Cup."], [3]),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_40_SHARES, ids=[c[0] for c in FROM_SESSION_40_SHARES])
def test_shares_and_parts_read_in_session_40(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


FROM_SESSION_41 = [
    ("a share of turnover, where the article gives the revenue", [
        "Revenue rose 13.2% to KSh 38.6 billion.",
        "Export sales brought in KSh 29.3 billion, or about 82% of turnover, with Egypt its largest market."], [5]),
    ("that share is right", [
        "Revenue rose 13.2% to KSh 38.6 billion.",
        "Export sales brought in KSh 29.3 billion, or about 76% of turnover, with Egypt its largest market."], []),
    ("a share of profit is no share of revenue", [
        "Revenue rose 13.2% to KSh 38.6 billion.",
        "Export sales brought in KSh 29.3 billion, or about 82% of profit, with Egypt its largest market."], []),
    ("a hedged share of the net budget", [
        "Councillors approved a £512.4 million budget for 2026/27.",
        "Education remains the biggest area of spending at £241.3m, just under 52 per cent of the net budget."], [5]),
    ("that share is right", [
        "Councillors approved a £512.4 million budget for 2026/27.",
        "Education remains the biggest area of spending at £241.3m, just over 47 per cent of the net budget."], []),
    ("a change in cents told as a percentage, against the levels before", [
        "The co-operative now expects to pay $10.40 per kilogram of milksolids for the season, up from $10.00.",
        "The 40c lift, or 6 per cent, is worth about $64,000 to a typical supplier."], [5]),
    ("that percentage is right", [
        "The co-operative now expects to pay $10.40 per kilogram of milksolids for the season, up from $10.00.",
        "The 40c lift, or 4 per cent, is worth about $64,000 to a typical supplier."], []),
    ("a change of another size is of other levels", [
        "The co-operative now expects to pay $10.40 per kilogram of milksolids for the season, up from $10.00.",
        "The 25c lift in the advance rate, or 6 per cent, is paid from March."], []),
    ("a rise of a sum told as a percentage", [
        "The weekly rent will rise from £112 to £128 in April.",
        "A rise of £16, or 20%, was approved by the board."], [5]),
    ("a loss set off after a new level, the old one dated", [
        "The LDF, which won 99 seats in 2021, finished with 54, a loss of 35."], [3]),
    ("that loss is right", [
        "The LDF, which won 99 seats in 2021, finished with 54, a loss of 45."], []),
    ("an undated figure before may be another side's", [
        "The UDF won 78 seats and the LDF finished with 54, a loss of 35 on its previous total."], []),
    ("a share beside the rest, of the whole the two make", [
        "Uganda exported 612,480 bags of coffee in February, up from 534,200 bags a year earlier.",
        "Robusta made up 498,300 bags, or 86 percent of the month's volume, while arabica accounted for the remaining 114,180 bags."], [5]),
    ("that share is right", [
        "Uganda exported 612,480 bags of coffee in February, up from 534,200 bags a year earlier.",
        "Robusta made up 498,300 bags, or 81 percent of the month's volume, while arabica accounted for the remaining 114,180 bags."], []),
    ("a part and rest that make no figure the article gives", [
        "Uganda exported 612,480 bags of coffee in February, up from 534,200 bags a year earlier.",
        "Robusta made up 498,300 bags, or 86 percent of the month's volume, while arabica accounted for the remaining 104,180 bags."], []),
    ("a rate before a semicolon is not the share of the part after it", [
        "Of the 7,534 schools in the State, 2,638, or 35%, achieved a 100% pass; 412 of those 2,638 were government schools."], []),
    ("a share in the part's own clause still is", [
        "Of the 7,534 schools in the State, 2,638, or 60%, achieved a full pass."], [3]),
    ("the count a part was made on is no part", [
        "Llano Springs ran for 296 yards: Delgado had 146 on 24 carries, Whitley added 112 and Marcus Delgado 38."], []),
    ("parts said to close a gap named before", [
        "She told members the council faced a gap of £42.6m for the coming year, driven mainly by pay awards.",
        "She said the gap would be closed through £18.1m of savings, £14.3m raised by the council tax increase and £7.2m drawn from reserves."], [5]),
    ("parts that close it", [
        "She told members the council faced a gap of £42.6m for the coming year, driven mainly by pay awards.",
        "She said the gap would be closed through £21.1m of savings, £14.3m raised by the council tax increase and £7.2m drawn from reserves."], []),
    ("parts that close it only in part", [
        "She told members the council faced a gap of £42.6m for the coming year, driven mainly by pay awards.",
        "She said the gap would be partly closed through £18.1m of savings, £14.3m raised by the council tax increase and £7.2m drawn from reserves, "
        "excluding the schools budget."], []),
    ("a whole made up of a part with no figure first", [
        "City's squad costs of £275.6m, made up of wages, £64.8m of amortisation and £9.3m in agents' fees, would equate to a ratio of 93.3%."], []),
    ("a whole made up of parts that each have one", [
        "City's squad costs of £275.6m, made up of wages of £190.5m, £64.8m of amortisation and £9.3m in agents' fees, would equate to a ratio of 93.3%."], [3]),
    ("a change said with 'was up from', its new level the sentence before moved to", [
        "Crude oil production rose to an average of 1.68 million barrels per day in February, the regulator said.",
        "Output was up from a revised 1.52 million bpd in January, a rise of nearly 17 per cent, the regulator said."], [5]),
    ("that change is right", [
        "Crude oil production rose to an average of 1.68 million barrels per day in February, the regulator said.",
        "Output was up from a revised 1.52 million bpd in January, a rise of about 10.5 per cent, the regulator said."], []),
    ("a rate's base is no level", [
        "The court set the tax rate at $0.3741 per $100 of taxable value, down from $0.3803 this year, a cut of 0.62 cents."], []),
    ("a difference from a hedged figure in the sentence before", [
        "The owner of an average home valued at $402,000 will pay about $1,504 in county taxes.",
        "That is $61 more than the $1,443 paid this year."], []),
    ("a difference told with its percentage", [
        "The spending plan is $51.4 million more than the current year's $561.0 million budget, an increase of 6.2 percent."], [3]),
    ("that percentage is right", [
        "The spending plan is $51.4 million more than the current year's $561.0 million budget, an increase of 9.2 percent."], []),
    ("a count shared out among groups, listed in full in the next paragraph", [
        "The remaining 43 seats were split among opposition parties and independents.",
        "The Shiv Sena won 17 seats, the Congress nine, the NCP five and the MNS four, while independents took six."], [5]),
    ("that list makes the whole", [
        "The remaining 43 seats were split among opposition parties and independents.",
        "The Shiv Sena won 17 seats, the Congress nine, the NCP five and the MNS four, while independents took eight."], []),
    ("a list of some of the groups only", [
        "The remaining 43 seats were split among opposition parties and independents.",
        "The Shiv Sena won 17 seats, the Congress nine, the NCP five and the MNS four."], []),
    ("a change on the previous year's level", [
        "Income rose to £2.07m, up £330,000 on the previous year's £1.84m, driven by record bar takings."], [3]),
    ("a subsection's number is no part", [
        "Of the 36 units, 21 declared closure under section 13(1) of the Labour Act, while the remaining 15 announced holidays."], []),
    ("a whole all of which is declared, split short", [
        "Of the 192 seats, all of which had been declared by late evening, the BJP won 163, the Congress 17, the AAP 7 and the AIMIM 3."], [3]),
    ("a whole not said to be all there may be split in part", [
        "Of the 192 seats, the BJP won 163, the Congress 17, the AAP 7 and the AIMIM 3."], []),
    ("a share 'equivalent to' a part of a whole read with a verb before it", [
        "The accounts show turnover of £1.84m, up from £1.52m the year before.",
        "Staff costs were the largest item of expenditure at £1.31m, equivalent to 81% of turnover."], [5]),
    ("that share is right", [
        "The accounts show turnover of £1.84m, up from £1.52m the year before.",
        "Staff costs were the largest item of expenditure at £1.31m, equivalent to 71% of turnover."], []),
    ("'It is … less than' after a sentence whose figures are a change and its base", [
        "The new plan increases general fund spending by $2 billion, or about 4%, over the $50.1 billion the state budgeted a year ago.",
        "It is $1.2 billion less than the $53.3 billion the governor proposed in February."], []),
    ("two years' shares are of two years' wholes", [
        "Turnover rose 15.7 per cent from €5.91 million in 2024, as matchday income pushed turnover to €6.84 million.",
        "Spending on wages was €4.38 million, equivalent to 64 per cent of turnover. In 2024 the wage bill was €4.20 million, "
        "or 71 per cent of turnover."], []),
    ("a share's whole told only after it, of another club, is not its whole", [
        "Spending on wages was €4.38 million, equivalent to 64 per cent of turnover.",
        "By comparison, Shamrock Rovers reported turnover of €9.6 million for 2025."], []),
    ("a sum with its conversion in brackets before its noun", [
        "The assembly passed a KSh 9.8 billion (about $76 million) budget for the financial year.",
        "Development projects get KSh 3.3 billion, or 38 per cent of the budget."], [5]),
    ("a part that does not add up still does not", [
        "Llano Springs ran for 296 yards: Delgado had 146 on 24 carries, Whitley added 102 and Marcus Delgado 38."], [3]),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_41, ids=[c[0] for c in FROM_SESSION_41])
def test_sums_read_in_session_41(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == expected


def test_a_thing_that_comes_to_a_sum_is_not_the_sentence_befores_figures(rules):
    paragraphs = ["The 2024 figure was restated from GH¢498.2 million after an accounting adjustment.",
                  "Profit before tax came to GH¢941.2 million, with an income tax charge of GH¢292.9 million, the filing showed."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["The council spent £498.2 million on services and £292.9 million on capital projects.",
                  "Together these came to £841.2 million."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [5]


def test_a_list_after_a_share_of_an_owned_whole_names_the_share(rules):
    paragraphs = ["Two of the trust's three sites – Northmoor General and St Aidan's – will each get a new day-surgery unit."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["The trust's three sites – Northmoor General and St Aidan's – will each get a new day-surgery unit."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_total_whose_parts_one_given_roughly_cannot_make(rules):
    paragraphs = ["Outages across the region stood at 71,150 as of 11 a.m.: 41,200 on Brazos Plains lines, 18,650 with Hill Country "
                  "Power and roughly 6,300 customers of the city utility."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    # a part given roughly may be a tenth out
    paragraphs = ["Outages across the region stood at 66,650 as of 11 a.m.: 41,200 on Brazos Plains lines, 18,650 with Hill Country "
                  "Power and roughly 6,300 customers of the city utility."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_the_rooms_a_total_is_spread_across_before_a_dash_are_no_part(rules):
    paragraphs = ["Inside they found 412 plants spread across five rooms – 380 close to harvest and 32 seedlings – with lighting rigs."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Inside they found 412 plants spread across five rooms – 380 close to harvest and 23 seedlings – with lighting rigs."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_winners_cushion_over_the_runner_up_set_off_after_it(rules):
    paragraphs = ["Ms Wandera, a former county health executive, garnered 18,432 votes. Hezron Obura came second with 15,907, while "
                  "Caleb Were finished a distant third with 6,118.",
                  "Ms Wandera's cushion over her nearest challenger – 2,625 ballots – was far narrower than the 11,000-vote lead "
                  "the late MP enjoyed at the 2022 election."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("2,625", "2,525")
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_set_beside_its_part_of_an_owned_whole(rules):
    paragraphs = ["Commercial rates will bring in €38.2m next year, or 41 per cent of the council's €84.5m income."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = ["Commercial rates will bring in €38.2m next year, or 45 per cent of the council's €84.5m income."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_list_after_a_colon_is_the_nearer_counts(rules):
    paragraphs = ["Of the 36 subdivisions, 24 received normal rainfall, eight were in the excess category and four were deficient: "
                  "Bihar, Jharkhand, East Uttar Pradesh and Nagaland."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Of the 36 subdivisions, 24 received normal rainfall and five were deficient: Bihar, Jharkhand, East Uttar Pradesh and Nagaland."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


def test_parts_weighted_in_the_total_are_not_added(rules):
    paragraphs = ["The wine will be released with 3,000 bottles in total: 2,400 standard bottles and 300 magnums, each magnum "
                  "counted as two bottles in the allocation."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["The wine will be released with 3,000 bottles in total: 2,400 standard bottles and 300 magnums."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


def test_an_average_a_match_over_the_games_counted(rules):
    paragraphs = ["The club's seven home league games have now been watched by a combined 6,580 people, an average of 1,045 a match."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = ["The club's seven home league games have now been watched by a combined 6,580 people, an average of 940 a match."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_split_ending_with_the_balance_of_the_whole_before(rules):
    paragraphs = ["Revenue for the quarter reached J$6.84 billion, up about 14 per cent on the J$6.02 billion booked a year earlier. "
                  "The distribution arm brought in J$2.1 billion and the export division J$640 million, with the balance of J$3.9 "
                  "billion coming from manufacturing."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = [paragraphs[0].replace("J$3.9", "J$4.1")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_list_after_the_sentence_saying_what_it_totals(rules):
    paragraphs = ["The council's capital programme for the year totals $48.6 million. Roading takes the largest share at $21.4 "
                  "million, followed by three waters renewals at $15.2 million, parks and reserves at $6.1 million and the library "
                  "rebuild at $4.9 million."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = [paragraphs[0].replace("$4.9", "$5.9")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    # parts that fall well short may leave some out
    paragraphs = [paragraphs[0].replace("$5.9", "$2.2")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_margin_joined_to_its_size_against_the_score_of_its_sentence(rules):
    paragraphs = ["The Mariners are one win from the title after a 31-17 home victory over the Nor'westers, the 12-point margin "
                  "flattering the visitors."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = [paragraphs[0].replace("12-point", "14-point")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    # goals and points of each side (Gaelic games) are no two-count score
    paragraphs = ["Sunday's game finished Clare 2-19 Limerick 1-20, a two-point win that leaves them top of the group."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_set_off_after_the_share_before_is_that_ones(rules):
    paragraphs = ["Millbrook State shot 29 of 58 from the field, exactly 50 percent, and hit 9 of 22 3-point attempts, about 41 percent."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = [paragraphs[0].replace("about 41", "about 51")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_change_in_points_with_its_percentage_and_the_level_reached(rules):
    paragraphs = ["The BSE Sensex fell 742.18 points, or 1.6 per cent, to close at 81,204.55, its lowest finish in seven weeks."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = [paragraphs[0].replace("1.6 per cent", "0.9 per cent")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Revenue rose £742 million, or 1.6 per cent, to £81.2 billion."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


def test_an_old_level_compared_with_and_the_change_set_off_after_it(rules):
    paragraphs = ["Uganda exported 612,430 60-kilogramme bags of coffee in March.",
                  "The volume compares with 540,000 bags shipped in March 2025, an increase of 22.4 per cent, the council said."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("22.4", "13.4")
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    # the sentence before counts another thing
    paragraphs = ["Uganda exported 612,430 tonnes of tea in March.", paragraphs[1].replace("13.4", "22.4")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_an_extra_sum_after_its_two_levels(rules):
    paragraphs = ["A Band D bill will go up from £1,712.40 to £1,797.85, an extra £95.45 a year, or about £1.64 a week."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = [paragraphs[0].replace("£95.45", "£85.45")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_whose_count_names_a_noun_counted_elsewhere(rules):
    paragraphs = ["The scheme comprises 2,400 two-bedroom apartments, 1,200 three-bedroom apartments and 600 four-bedroom units, "
                  "4,200 apartments in all. Ten percent of the units, or 420 apartments, have been reserved for widows.",
                  "Under the previous scheme, about 1.1 lakh applications were received for 3,000 units."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_including_after_the_last_part_is_no_part(rules):
    paragraphs = ["The savings package of £12.6m is made up of £5.1m from staffing, £3.8m from closing or sharing buildings and £2.9m "
                  "from higher fees and charges, including a rise in the cost of garden waste permits from £45 to £52."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = [paragraphs[0].replace("£12.6m", "£11.8m")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_unit_defined_in_brackets_between_a_changes_levels(rules):
    paragraphs = ["Crude production rose to an average of 1.61 million barrels per day (bpd) in July, a 21 per cent jump from "
                  "1.42 million bpd in June."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = [paragraphs[0].replace("21 per cent", "13 per cent")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_beside_the_earlier_part_it_is_up_from(rules):
    paragraphs = ["Independent directors will therefore make up half the board, up from four of nine today."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Independent directors will make up half the board, or five of 12."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


def test_parts_of_them_stop_at_the_other_sides_count(rules):
    paragraphs = ["Dunholm had 54 per cent of possession and 14 shots, six of them on target, against Brayford's 11 shots and five on target."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_winners_margin_against_the_result_lines(rules):
    head = "date 2026-06-24 By-election result\n\n"
    paragraphs = ["Akosua Owusu-Ansah (PPF) \u2013 19,406 votes (50.8%)", "Kwabena Darko-Mensah (URP) \u2013 16,977 votes (44.4%)",
                  "Owusu-Ansah's margin of 2,529 votes is far narrower than the 6,015-vote majority secured by the late MP in 2024."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("2,529", "2,429")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_parts_contributed_to_a_whole_named_by_its_owner(rules):
    paragraphs = ["Group revenue for the third quarter rose to Rs. 21.2 billion from Rs. 18.4 billion.",
                  "Logistics contributed Rs. 11.6 billion to the quarter's top line, plantations Rs. 5.9 billion and leisure Rs. 4.1 billion."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Rs. 4.1", "Rs. 3.7")
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_list_for_a_combined_sum(rules):
    paragraphs = ["Knitwear exports in the month came to $1.92 billion and woven exports to $1.61 billion, for a combined $3.71 billion."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = [paragraphs[0].replace("$3.71", "$3.53")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    # a part repeated "in each of" the later years, and days counted with the day between them
    paragraphs = ["The homes will be built in four phases, with 12 in the first year and 16 in each of the following three years, for a total of 60."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["The election period will begin 60 days before the vote and end 15 days after it, for a total of 76 days."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_count_in_a_parts_place_and_a_combined_figure_of_another_year(rules):
    paragraphs = ["Of the 140 new hospital beds, 90 will open at Saskatoon's two largest hospitals and 50 in Regina."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["The three schools teach 72 pupils this session: 34 at Kilbrannan, 21 at Glenfruin and 17 at Auchterbeg. "
                  "The combined roll stood at 109 in 2016, meaning it has fallen by a third."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Kilbrannan has 34 pupils, Glenfruin 21 and Auchterbeg 17. The combined roll stands at 82."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_total_made_up_of_parts_each_with_its_own_of(rules):
    paragraphs = ["Kaimai shipped 38.4 million trays in the period, up 11 percent on 34.6 million a year earlier. The total was made "
                  "up of 27.1 million trays of SunGold, 9.8 million trays of green and 1.9 million trays of organic fruit."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs = [paragraphs[0].replace("1.9 million trays", "1.5 million trays")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    # an age set off after a name is no part of the list after it
    paragraphs = ["The former municipal manager, Sipho Ngcobo, 47, faces 112 counts of fraud and four of money laundering, a total of 116 charges."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []


def test_a_list_of_names_ends_before_one_more_together_with_it(rules):
    paragraphs = ["The board will remain at six directors, five of them non-executive: Dr Abeyratne, Mr O'Rourke, Ms Crawley, "
                  "Peter Lim and Marcus Fenwick, together with Ms Baxendale."]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = [paragraphs[0].replace("Ms Crawley, Peter Lim", "Ms Crawley")]
    assert lines_found(HEAD, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_change_in_the_sentence_after_its_levels(rules):
    head = 'date 2026-04-14 Coffee exports climb\n\n'
    paragraphs = ["Rwanda shipped 1,890 tonnes of green coffee in March, up from 1,520 tonnes in February, and earned $14.6 million from the sales.",
                  "The monthly volume represented a jump of roughly 31 per cent on February, the office said."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("31 per cent", "24 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # a change of something else, at another time: "It follows a 9.6 per cent rise last year"
    paragraphs[1] = "It follows a 9.6 per cent rise last year, the largest in the west of Scotland."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # another figure at the very end of the levels' paragraph (its words are read inside its sentence only)
    assert lines_found(head, ["Visits rose to 1,890 in March, up from 1,520 in February, with 12",
                              "The monthly figure was a jump of roughly 31 per cent on February."], 'figure-arithmetic', rules) == [5]


def test_a_count_in_words_may_be_the_part_that_makes_a_running_total(rules):
    head = 'date 2027-06-24 Union elects first woman president\n\n'
    paragraphs = ["Mahlangu won 781 votes to Du Plessis's 594 in a secret ballot. Fourteen ballots were spoilt, bringing the total cast to 1,389 out of 1,412 delegates."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("1,389", "1,399")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_margin_referring_back_to_the_reports_result(rules):
    head = 'date 2026-05-17 Rivercats climb into top three\n\n'
    paragraphs = ["MAITLAND \u2013 The Hunter Rivercats climbed into the top three with a 30-14 win over the Shoalhaven Stingrays on Saturday.",
                  "The Rivercats led 12-8 at the break before three second-half tries.",
                  "The 18-point win, the Rivercats' seventh from ten matches, lifts them to third."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("18-point", "16-point")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # a result given elsewhere with that margin: which win it is, is a guess
    paragraphs[2] = "Last week's 18-point win over Kiama, 26-8, had been their best."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_margin_beside_another_matchs_score(rules):
    head = 'date 2026-09-06 Falcons win flag\n\n'
    paragraphs = ["The Falcons won the grand final on Saturday.",
                  "The five-goal win avenged last year's decider, when the Ravens came from behind to beat the Falcons 51-48."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[1] = "The five-goal win over the Ravens, 51-48, gave the club its first title since 2017."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]


def test_a_difference_made_by_the_figure_before_the_nearest(rules):
    head = 'date 2026-03-20 School admissions open\n\n'
    paragraphs = ["This year about 1.1 lakh seats are available in 9,812 private schools across the state, around 16,500 more than last year's 93,500."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "This year 9,812 private schools take part, around 16,500 more than last year's 93,500."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_lists_a_count_does_not_make(rules):
    head = 'date 2026-07-06 Rail closures ahead\n\n'
    # a day of the month after its weekday; a list cut by another clause; places with their states; items joined inside
    for quiet in ["Queensland Rail has confirmed further closures on Saturday 11 and Sunday 12 July: no trains between Kuraby and Beenleigh.",
                  "All three goals came from the two half-time substitutes: Anucha with two and Nascimento with one, while the visitors' pair came from Teerasak and Kittisak.",
                  "He is survived by his four children: Gary Hoffmann of Ashby Falls, Karen Mertz of Sioux Falls, S.D., Dale Hoffmann of Omaha, Neb., and Susan Reyes of Milbrook; 11 grandchildren; and six great-grandchildren.",
                  "The faculty comprises four schools: Civil and Environmental Engineering; Electrical and Mechanical Engineering; Architecture and Planning; and Computing."]:
        assert lines_found(head, [quiet], 'figure-arithmetic', rules) == [], quiet
    assert lines_found(head, ["All three goals came from the two half-time substitutes: Anucha, Nascimento and Teerasak."], 'figure-arithmetic', rules) == [3]


def test_a_turnout_beside_two_counts_set_side_by_side(rules):
    head = 'date 2026-07-06 Recount ordered\n\n'
    paragraphs = ["The commission put the number of rejected ballots at 219, and the number of electors on the list at 11,860, giving a turnout of about 61 per cent."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "In all 7,219 votes were cast from 11,860 electors on the list, giving a turnout of about 71 per cent."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_figure_revised_from_another_is_no_change(rules):
    head = 'date 2026-10-08 Coffee exports rise\n\n'
    paragraphs = ["Volumes were up 9.8 per cent on August, when exports came to 648,900 bags, a figure the authority revised from the 651,300 it first published."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "Exports fell 9.8 per cent to 648,900 bags from 651,300."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_parts_of_them_told_where_from(rules):
    head = 'date 2026-03-03 Tea auction\n\n'
    paragraphs = ["Forty-eight lots were withdrawn, brokers said \u2013 31 of them from Southern Highlands factories and 19 from the Usambara gardens."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("19 from", "17 from")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # "from" just before the next figure sets it against the part: "half the board, up from four"
    assert lines_found(head, ["Some 48 lots were withdrawn, 31 of them Kenyan, up from 19 last week."], 'figure-arithmetic', rules) == []


def test_a_breakdown_by_its_parts(rules):
    head = 'date 2026-05-28 Outpatient waits\n\n'
    paragraphs = ["Of those, 98,450 had been waiting for more than 52 weeks. By trust, Belfast accounted for 31,200 of the year-plus waits, the Southern Trust for 22,900, the Western Trust for 18,400, the Northern Trust for 14,750 and the South Eastern Trust for 10,200."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("98,450", "97,450")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # parts that leave some out and are not a digit off
    paragraphs[0] = paragraphs[0].replace("97,450", "120,000")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_cause_after_the_change(rules):
    head = 'date 2026-03-03 Cargo\n\n'
    paragraphs = ["Sheger Cargo moved 598,000 tonnes of freight, against 520,000 tonnes in the previous year, an 18 per cent jump driven mainly by cut flowers."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("18 per cent", "15 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_margin_told_as_a_distance_behind(rules):
    head = 'date 2026-11-20 Canvass confirms result\n\n'
    paragraphs = ["In the closest race on the ballot, Whitfield finished with 8,412 votes to Ortega's 8,187.",
                  "Ortega, who finished 245 votes behind, said Monday he would not ask for a recount."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("245", "225")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # a count on the way is no result
    paragraphs[1] = "On election night Ortega was 245 votes behind."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[1] = "Whitfield finished 245 votes ahead of Ortega."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]


def test_a_list_after_a_part_is_no_split_of_it(rules):
    head = 'date 2026-05-20 Police budget\n\n'
    paragraphs = ["Salaries and benefits account for the bulk of the spending, at $241.3 million. Overtime is budgeted at $18.9 million, equipment at $22.7 million, technology at $11.4 million, and training and other costs at $18.3 million."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "The department's budget comes to $241.3 million. Salaries take $180.9 million, equipment $22.7 million, technology $11.4 million, and training and other costs $18.3 million."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_list_going_on_from_the_sentence_before(rules):
    head = 'date 2026-03-05 Club accounts\n\n'
    paragraphs = ["Cricket income brought in \u00a35.1m. Distributions from the board were worth \u00a34.6m, conferences and events a further \u00a32.7m, and sponsorship and other commercial deals \u00a31.4m."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "Income came to \u00a39.1m. Distributions from the board were worth \u00a34.6m, conferences and events \u00a32.7m, and sponsorship and other commercial deals \u00a31.4m."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_change_s_size_after_its_two_levels(rules):
    head = 'date 2026-03-03 Housing register grows\n\n'
    paragraphs = ["The report says 6,214 households are now on the register, up from 5,380 when the last review was carried out two years ago \u2013 an increase of 934 households."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("934", "834")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # a cause's own size: "helped by a one-off gain of S$4.1 million"
    paragraphs[0] = "Profit for the second half was S$51.2 million, up from S$45.2 million in the first six months, helped by a one-off gain of S$4.1 million from a sale."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_members_of_a_list_named_together_with_their_sum(rules):
    head = 'date 2026-03-03 Iron ore shipments\n\n'
    paragraphs = ["Of the half's shipments, 26.4 million tonnes went through Port Hedland and 12.8 million tonnes through Dampier, the two ports together handling the full 41.6 million tonnes."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("41.6", "39.2")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_of_a_whole_in_a_measure_opening_its_sentence(rules):
    head = 'date 2026-05-30 Wheat procurement\n\n'
    paragraphs = ["Of the 124.6 lakh tonnes purchased, state agencies accounted for 118.9 lakh tonnes, or roughly 91 per cent, while private traders picked up the remaining 5.7 lakh tonnes."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("roughly 91", "roughly 95")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # a round share given roughly may round a lot ("about 90 per cent" of 95.4%)
    paragraphs[0] = paragraphs[0].replace("roughly 95", "about 90")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_whole_an_of_names_in_the_middle_of_a_sentence_is_no_share(rules):
    head = 'date 2026-03-05 Dividend\n\n'
    paragraphs = ["The board recommended a final dividend of KSh 1.50 per share, up from KSh 1.20 last year, a rise of 25 per cent.",
                  "A crowd of 41,200 watched the hosts score four tries to three, with the flyhalf landing all four conversions."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_whole_the_sentence_includes_and_its_parts_after_a_colon(rules):
    head = 'date 2026-05-12 City budget\n\n'
    paragraphs = ["The proposal includes $18.4 million in new spending: $7.2 million for police overtime and 12 additional patrol officers, $5.9 million for street resurfacing, $3.1 million to restore Sunday hours at six branch libraries and $1.6 million for a summer jobs program."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("$18.4 million", "$17.8 million")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # "including" before the parts still names only some of them
    paragraphs[0] = "The budget of $18.4 million covers new spending, including $7.2 million for police overtime and $5.9 million for street resurfacing."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_one_price_in_two_measures_is_no_change(rules):
    head = 'date 2026-10-08 Cocoa price\n\n'
    paragraphs = ["The new price is up from GH\u00a23,228.75 a bag, equivalent to GH\u00a251,660 a tonne, paid last season, an increase of about 12 per cent."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # a time after "a week" is when, not what the price is per
    paragraphs[0] = "The average rose to Rs 1,380 a kg from Rs 1,290 a week earlier, a gain of 9.3 per cent."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_change_told_by_lifted_with_both_levels(rules):
    head = 'date 2026-02-10 Copper output\n\n'
    paragraphs = ["Lwanga Copper, the country's largest producer, lifted output 14.6% to 212,900 tonnes from 190,400 tonnes after commissioning a second line."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("14.6%", "11.8%")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_of_the_figure_just_given_told_of_that(rules):
    head = 'date 2026-04-20 Dairy results\n\n'
    paragraphs = ["Average daily milk procurement rose to 38.5 lakh litres from 35.9 lakh litres the previous year. Buffalo milk made up 21.2 lakh litres of that, or about 48 per cent, with cow milk accounting for the remaining 17.3 lakh litres."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("about 48", "about 55")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_winner_s_margin_joined_to_its_noun(rules):
    head = 'date 2026-03-04 By-election\n\n'
    paragraphs = ["NDP candidate Danielle Fortier, a 41-year-old school principal, took 6,842 votes. Progressive Conservative Marcus Hiebert finished second with 6,118 votes.",
                  "Fortier's 824-vote margin was enough to keep the seat."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("824", "724")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_spoilt_papers_close_a_count_of_ballots(rules):
    head = 'date 2027-02-15 Synod election\n\n'
    paragraphs = ["Of the 386 delegates who cast ballots in Saturday's election, 214 voted for Canon Wafula and 149 for Mr Joseph Langat, a lay reader from Ndaragwa, while 19 papers were declared spoilt."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("19 papers", "23 papers")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # without a catch-all, a few of the whole may be left unsaid
    paragraphs[0] = "Of the 386 delegates who cast ballots, 214 voted for Canon Wafula, while 149 backed Mr Joseph Langat."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_levels_of_what_a_change_brought_about_are_another_measure_s(rules):
    head = 'date 2026-04-10 Coffee exports\n\n'
    paragraphs = ["Earnings rose by about 24 per cent while volumes grew by roughly 15 per cent, putting the average export price at about $5.09 a kilogram, compared with $4.73 a year earlier."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "The average export price rose by roughly 15 per cent to $5.09 a kilogram, compared with $4.73 a year earlier."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_combined_sum_with_where_it_is_told_after_it(rules):
    head = 'date 2027-01-12 Grain harvest\n\n'
    paragraphs = ["By port zone, Kwinana took in 9.8 million tonnes, Albany 5.1 million, Geraldton 4.3 million and Esperance 2.4 million, a combined 22.6 million tonnes across the four zones."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("22.6", "21.6")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_list_with_a_part_told_by_the_and_no_figure(rules):
    head = 'date 2026-09-10 College board\n\n'
    paragraphs = ["The board has 18 seats: 11 independent governors, two staff governors, two student governors, the principal, and two co-opted members."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("the principal, and", "and")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_margin_is_no_part_of_a_running_total(rules):
    head = 'date 2026-11-02 Fishermen elect president\n\n'
    paragraphs = ["Surette received 212 votes to d'Entremont's 187, a margin of 25. Four ballots were spoiled, bringing the total cast to 403 out of 530 eligible members."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("to 403", "to 413")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_part_named_alongside_the_figures(rules):
    head = 'date 2026-08-12 Forestry harvest\n\n'
    paragraphs = ["Alongside the high-quality sawlog, it harvested 96,200 cubic metres of peeler billets and 842,700 cubic metres of pulpwood, for a total of 1,067,300 cubic metres."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("Alongside the high-quality sawlog, it", "It")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_the_largest_share_is_no_whole_of_the_parts_after_it(rules):
    head = 'date 2026-02-10 Care budget\n\n'
    paragraphs = ["Services for older people account for the largest share, at £164.3m.",
                  "Support for adults with learning disabilities will cost £112.8m, physical disability services £40.0m and mental health services £21.5m."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "The rest of the care budget comes to £164.3m."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]


def test_two_parts_equal_to_the_next_two_by_chance(rules):
    head = 'date 2026-11-10 Cattle exports\n\n'
    # two for Vietnam is one and one by chance, not a part split into the two after it
    paragraphs = ["Fourteen vessels loaded at East Arm Wharf during October: nine bound for Indonesia, two for Vietnam, one for the Philippines and one for Malaysia."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Fourteen", "Thirteen")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # a part a word splits ("with") is nested
    paragraphs[0] = "Of the 1,520 members balloted, 988 returned papers, with 820 voting yes and 168 voting no."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_named_by_its_noun_before_its_size(rules):
    head = 'date 2025-10-29 Loomcraft profit\n\n'
    paragraphs = ["Sabarmati Loomcraft Ltd on Tuesday reported a consolidated net profit of Rs 96.4 crore for the July-September quarter, up from Rs 78.2 crore a year earlier.",
                  "The quarterly profit represents a jump of 31.2 per cent over the restated figure, the company said."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("31.2", "23.3")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_s_size_and_its_percentage_on_the_earlier_level(rules):
    head = 'date 2026-11-20 Cotton harvest\n\n'
    paragraphs = ["Burkina Faso's cotton harvest reached 812,400 tonnes this season.",
                  "The harvest compares with 702,000 tonnes in 2025/26, an increase of 110,400 tonnes, or almost 22 per cent, the association said."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("almost 22", "almost 16")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_of_a_whole_told_as_a_change_s_level_or_a_verb_s_object(rules):
    head = 'date 2026-06-30 Club accounts\n\n'
    paragraphs = ["The club's turnover for the year to May 31 rose to £612,480 from £548,300.",
                  "Player and staff wages totalled £318,400, equivalent to 58 per cent of turnover."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("58 per cent", "52 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Queensland's east coast prawn trawlers caught 6,840 tonnes in the fishing year to October 31.",
                  "Tiger prawns contributed 1,910 tonnes, or about 35 per cent of the catch."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("35 per cent", "28 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_part_counted_for_each_of_two_and_a_whole_restated_in_brackets(rules):
    head = 'date 2026-05-12 Teen pleads guilty\n\n'
    paragraphs = ["Cooper pleaded guilty on Tuesday to 11 charges: four counts of unlawful use of a motor vehicle, three of burglary, two of wilful damage, and one each of dangerous driving and obstructing police."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Of the \u20b91,250 crore (about \u20b912.5 billion), \u20b9750 crore will come from the State's own funds and \u20b9500 crore from the Centre."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs = ["Of the \u20b91,250 crore (about \u20b912.5 billion), \u20b9750 crore will come from the State's own funds and \u20b9400 crore from the Centre."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_change_s_size_and_percentage_against_the_levels_told_before(rules):
    head = 'date 2026-02-17 Prawn exports\n\n'
    paragraphs = ["Mozambique earned $71.4 million from frozen prawn exports in 2025, up from $58.2 million the year before.",
                  "The $13.2 million rise in dollar earnings, an increase of 31 per cent on 2024, was the strongest annual gain since 2012."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("31 per cent", "22.7 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_level_opening_the_sentence_of_its_change(rules):
    head = 'date 2025-10-29 Spinner profit\n\n'
    paragraphs = ["Noyyal Valley Spinners on Wednesday reported a net profit of Rs 18.4 crore for the quarter, up from Rs 14.9 crore a year earlier.",
                  "At Rs 18.4 crore, the quarter's net profit was 31 per cent higher than a year ago."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("31 per cent", "23.5 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_the_rest_of_a_whole_that_opened_the_sentence_before(rules):
    head = 'date 2026-06-01 Bus fleet\n\n'
    paragraphs = ["The fleet review found 5,784 buses more than nine years old.",
                  "Of the 2,800 new buses, 1,650 will be diesel buses and 650 will be low-floor buses. The remaining 500 will be electric buses."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[1] = paragraphs[1].replace("remaining 500", "remaining 600")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]


def test_a_deficit_spending_leaves_against_the_income_told_before(rules):
    head = 'date 2026-07-01 Rugby club accounts\n\n'
    paragraphs = ["Total income rose to \u00a3612,400 from \u00a3571,900 the previous year.",
                  "Expenditure climbed more steeply, to \u00a3645,200, leaving a deficit of \u00a342,800 against a surplus of \u00a318,300 in 2024/25."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("\u00a342,800", "\u00a332,800")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_part_split_after_a_semicolon(rules):
    head = 'date 2026-06-30 District budget\n\n'
    paragraphs = ["Of the 32 councillors, 27 were present; 22 voted in favour, three against and two abstained."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_of_the_total_value_a_sale_was_worth(rules):
    head = 'date 2027-03-12 Aquaculture exports\n\n'
    paragraphs = ["Andhra Pradesh exported marine and aquaculture products worth Rs 18,420 crore in 2025-26, up about 10 per cent from Rs 16,750 crore a year earlier.",
                  "Farmed whiteleg shrimp remained the mainstay. It accounted for Rs 14,100 crore, or nearly 90 per cent of the total value."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("nearly 90", "nearly 77")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_level_joined_to_the_subject_of_its_change(rules):
    head = 'date 2026-04-14 Washing station intake\n\n'
    paragraphs = ["The washing station took in 812 tonnes of coffee cherry during the main harvest, up from 650 tonnes a year earlier.",
                  "The 812-tonne intake represents a rise of about 35 per cent on last season, according to cooperative records."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("about 35", "about 25")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_rate_its_total_comes_to_is_no_part_of_a_running_sum(rules):
    head = 'date 2026-05-20 Employment court award\n\n'
    paragraphs = ["The judge awarded ten months' salary at her last gross monthly pay of Sh48,000, amounting to Sh480,000. She added one month's pay in lieu of notice, Sh48,000, and Sh33,600 for untaken leave, bringing the total to Sh561,600."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("Sh561,600", "Sh571,600")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_share_that_another_figure_of_the_sentence_makes(rules):
    head = 'date 2026-04-25 Teachers elect president\n\n'
    paragraphs = ["Cardinal took 9,842 votes to Gauthier's 8,797, a margin of 1,045, or 52.8 per cent of the 18,639 ballots cast for president."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("52.8", "58.2")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_part_of_whom_said_in_a_few_words_with_its_share_after(rules):
    head = 'date 2026-07-14 Dairy union members\n\n'
    paragraphs = ["The union now has about 3.5 lakh members spread across two districts, of whom roughly 2.1 lakh are women, a share of nearly 70 per cent."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("nearly 70", "about 60")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_after_while_is_another_subject_s(rules):
    head = 'date 2026-07-14 Dairy union results\n\n'
    paragraphs = ["Sales of packaged milk grew 14 per cent in volume, while ghee exports nearly doubled to Rs 310 crore from Rs 158 crore."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "Sales of packaged milk grew 20 per cent to Rs 310 crore from Rs 272 crore, while ghee exports were flat."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_net_change_given_with_its_two_flows(rules):
    head = 'date 2026-09-18 District enrolment rises\n\n'
    paragraphs = ["Under the open enrollment law, 412 students from outside the district chose its schools this year, while 287 residents left for other districts, leaving the district with a net gain of 215 students."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("215", "125")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_of_other_things_is_no_step_of_a_level(rules):
    head = 'date 2026-09-18 District enrolment rises\n\n'
    paragraphs = ["The average elementary class now has 22 students, up from 21 last year, because the district cut 14 teaching positions."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "The chain opened 38 stores and closed 12 during the quarter, ending September with 1,146 locations, up from 1,110."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_points_told_as_the_scores_that_made_them(rules):
    head = 'date 2026-02-07 Scotland v Wales live\n\n'
    paragraphs = ["18:27 Kinnaird has now kicked 12 points: three conversions and two penalties."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "18:27 The stand holds 12,000 seats: 3,000 in the upper tier and 2,000 in the lower."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_count_in_the_last_part_s_description(rules):
    head = 'date 2026-02-10 Council budget\n\n'
    paragraphs = ["Of the £58.6m set aside for waste services next year, £31.2m goes on landfill, £17.9m on sorting recyclables, and the remaining £7.3m on running the county's 20 recycling centres."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("£7.3m", "£9.5m")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_members_named_together_after_with(rules):
    head = 'date 2026-04-14 Cocoa exports rise\n\n'
    paragraphs = ["Of the quarter's shipments, Montserrat supplied 248 tonnes, Tamana 176 tonnes, Northern Range 139 tonnes and Tobago 121 tonnes, with the four districts together accounting for the full 712 tonnes."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("712", "684")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_runs_for_wickets_are_no_tally(rules):
    head = 'date 2026-06-22 County cricket live\n\n'
    paragraphs = ["Kemble drives the next ball through the covers. Worcestershire finish on 283 for six and win by four wickets."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "Cole held the seat with 4,210 votes to Ward's 3,980, a majority of 330."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_change_with_hedges_before_its_percentage(rules):
    head = 'date 2026-02-20 Library cuts agreed\n\n'
    paragraphs = ["The library budget will fall from £9.6m in the current financial year to £8.2m in 2026/27, a reduction of just under 12 per cent, under plans agreed on Wednesday."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("just under 12", "just under 15")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_combined_part_as_a_share_of_the_national_total(rules):
    head = 'date 2025-11-18 Groundnut harvest estimated\n\n'
    paragraphs = ["Senegal's groundnut harvest is estimated at 1.74 million tonnes, about 8 per cent more than last season's 1.61 million.",
                  "Kaffrine was put at 412,000 tonnes, Kaolack at 365,000 tonnes and Fatick at 198,000 tonnes, a combined 975,000 tonnes, or some 64 per cent of the national total."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("some 64", "some 56")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_told_by_its_finite_verb(rules):
    head = 'date 2026-03-02 Live cattle trade recovers\n\n'
    paragraphs = ["The state shipped 512,600 head of live cattle last year, up from 471,300 the year before.",
                  "Indonesia bought most of them: its 301,900 head represented 69 per cent of the total."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("69 per cent", "59 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_votes_cast_against_the_members_there(rules):
    head = 'date 2026-04-14 Senate ratifies concession\n\n'
    paragraphs = ["Senators voted 17 to 9, with two abstentions, on March 26; all 29 members of the chamber were present."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("all 29 members", "all 28 members")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "The 27-member council voted 17 to 9, with two abstentions."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = "The 31-member council voted 17 to 9, with two abstentions."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_the_level_a_change_came_from_is_no_part_of_a_running_sum(rules):
    head = 'date 2026-03-02 Licence sales dip\n\n'
    paragraphs = ["Resident fishing licences fell to 212,450 from 218,700, a drop of about 3%. Visitor licences were nearly flat at 38,900, bringing total licence sales to 251,350."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_named_counts_that_make_their_own_paragraphs_whole(rules):
    head = 'date 2026-05-04 Teachers elect president\n\n'
    paragraphs = ["Marchand took 170 of the 316 valid votes cast on the second ballot.",
                  "On the first ballot, 318 delegates voted. Marchand led with 141 votes, ahead of Okemasis on 118 and Kowal on 59."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_parts_brought_in_together(rules):
    head = 'date 2026-02-10 Parking charges rise\n\n'
    paragraphs = ["The new zones will raise £210,000 at Wells, £145,000 at Street and £90,000 at Cheddar, bringing in £475,000 between them in a full year."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("£475,000", "£445,000")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_named_then_given_its_percentage(rules):
    head = 'date 2026-07-14 Coffee earnings climb\n\n'
    paragraphs = ["ADDIS ABABA, Tuesday 14 July 2026 - The country earned $1.84 billion from tea exports in the fiscal year, up from $1.61 billion a year earlier, the authority said.",
                  "The increase of 10.2 per cent kept tea ahead of flowers as a source of foreign currency."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("10.2 per cent", "14.3 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_of_the_national_total_some_figures_of_the_paragraph_make(rules):
    head = 'date 2026-10-16 Rubber output rises\n\n'
    paragraphs = ["India's rubber production rose to 3.42 lakh tonnes in April-September 2026.",
                  "Kerala produced 2.38 lakh tonnes in the half, or about 80 per cent of the national total. The north-eastern states "
                  "together contributed 0.61 lakh tonnes, led by Tripura with 0.34 lakh tonnes, while other regions made up the remaining 0.43 lakh tonnes."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("about 80", "about 70")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_parts_after_a_colon_which_together_make_up_a_whole(rules):
    head = 'date 2026-11-03 Quota cut\n\n'
    paragraphs = ["The horse mackerel catch is divided between two fleets: midwater trawlers will share 182,000 tonnes and the "
                  "purse-seine fleet 68,000 tonnes, which together make up the 260,000-tonne limit."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("68,000", "78,000")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_of_the_whole_the_sentence_before_gives_pointed_back_at(rules):
    head = 'date 2026-11-20 Cashew shelling grows\n\n'
    paragraphs = ["Traders marketed about 172,000 tonnes of raw nuts this season. Domestic factories absorbed 38,400 tonnes of that crop, "
                  "a share of roughly 30 per cent, the report said."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("roughly 30", "roughly 22")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_two_parts_the_second_the_rest_that_overrun_the_whole(rules):
    head = 'date 2026-10-30 Paddy procurement\n\n'
    paragraphs = ["Of the 178.4 LMT of paddy that had arrived in the mandis by Thursday evening, state agencies purchased 172.6 LMT, "
                  "while private millers bought the remaining 7.2 LMT."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("7.2 LMT", "5.8 LMT")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_the_subject_pointed_back_at_makes_on_an_older_level(rules):
    head = 'date 2026-04-14 Nutmeg exports rise\n\n'
    paragraphs = ["Grenada shipped more nutmeg last year, with exports reaching 2,140 tonnes, the board said.",
                  "That total is 26 per cent higher than the 1,780 tonnes shipped in 2024."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("26 per cent", "20 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_set_off_after_other_figures_is_theirs(rules):
    head = 'date 2026-04-10 Coffee exports rise\n\n'
    paragraphs = ["Uganda exported 612,400 bags of coffee in March, the council said.",
                  "The March volume compared with 538,100 bags shipped a year earlier, and earnings climbed to $241.3 million "
                  "from $187.6 million, a rise of 28.6 per cent."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[1] = paragraphs[1].replace("28.6 per cent", "38.6 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]


def test_a_count_with_a_name_before_its_noun_against_the_list(rules):
    head = 'date 2026-03-18 Sugar mills close\n\n'
    paragraphs = ["The closures so far are concentrated in five Marathwada districts - Beed, Latur, Dharashiv and Jalna - where cane ran out."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("five", "four")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_the_second_count_of_a_pair_does_not_own_the_list(rules):
    head = 'date 2026-03-21 Munster hold on\n\n'
    paragraphs = ["Three tries to two for the home side: Cusack, Madigan and Hallinan crossed for Munster, with Kinnaird and Dunbar scoring for Edinburgh."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "Two tries for the home side: Cusack, Madigan and Hallinan crossed for Munster."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_sum_pointed_back_at_and_split_into_a_part_and_the_balance(rules):
    head = 'date 2026-03-12 Court orders builder to deposit Rs 42 crore\n\n'
    paragraphs = ["The High Court on Thursday directed the developer to deposit Rs 42 crore with the court registry.",
                  "The bench said the developer must deposit the amount in two tranches, Rs 18 crore within four weeks and the balance Rs 26 crore within ten weeks."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Rs 26 crore", "Rs 24 crore")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_levels_rounded_to_three_figures_may_hide_the_percentage(rules):
    # $1.31bn and $1.40bn may be $1.306bn and $1.404bn: 7.5% is within what the levels allow; levels of two figures
    # ("£2.8bn to £3.1bn") allow too much to excuse anything
    head = 'date 2026-10-22 Freight group lifts outlook\n\n'
    paragraphs = ["Revenue was $1.40 billion, up 7.5% from $1.31 billion in the third quarter of 2025."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = "Revenue was $1.40 billion, up 9.5% from $1.31 billion in the third quarter of 2025."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = "Revenue was £3.1bn, up 14% from £2.8bn in the third quarter of 2025."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_up_from_gives_the_one_changes_earlier_level(rules):
    head = 'date 2026-06-25 Council sets rates\n\n'
    paragraphs = ["The council's total rates take rises to $44.9 million, up from $41.2m last year, an increase of 6.8 per cent."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("6.8 per cent", "9 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_clause_after_the_last_name_of_a_list_is_not_another_name(rules):
    head = 'date 2026-06-23 Wanderers appoint coach\n\n'
    paragraphs = ["Three new signings have been announced so far: loosehead prop Carwyn Bowen from Cefn Eithin, centre Lewis Mahoney from Bryngwyn and scrum-half Jac Howells, who returns after a season at Pencoed."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("Three new", "Two new")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_lead_told_at_a_score_is_that_scores_gap(rules):
    head = 'date 2026-02-22 Rams rally past Gulls\n\n'
    paragraphs = ["Northport led 40-33 at the break, and the Gulls stretched their lead to 12 points, at 49-37, on a Haskins layup with 15:10 to play."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("49-37", "49-39")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = "The Gulls opened a nine-point lead at 28-19 before the Rams closed the half on a 10-2 run."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("28-19", "28-17")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_parts_written_to_one_decimal_must_make_their_whole_to_that_rounding(rules):
    # each figure written to a tenth may be 0.05 out: six figures allow 0.3, not the half a unit a count of whole things gets
    head = 'date 2025-08-20 Kharif sowing passes last year\n\n'
    paragraphs = ["Of the 96.4 lakh hectares sown so far, rice accounts for 41.2 lakh hectares, cotton 22.7 lakh, maize 15.9 lakh, pulses 11.3 lakh and other crops 5.8 lakh hectares."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("96.4", "96.9")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_including_after_an_items_name_says_what_the_item_covers(rules):
    head = 'date 2025-08-20 Kharif sowing passes last year\n\n'
    paragraphs = ["Of the 96.9 lakh hectares sown so far, rice accounts for 41.2 lakh hectares, cotton 22.7 lakh, pulses including gram, tur and moong 11.3 lakh, and other crops 5.8 lakh hectares."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("96.9", "81.0")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_halves_of_which_each_names_the_other_must_make_the_whole(rules):
    head = 'date 2026-06-10 Budget sets development spending\n\n'
    paragraphs = ["The development programme was set at Rs1,100 billion, of which Rs724 billion is earmarked for ongoing schemes and Rs366 billion for new projects."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = "The development programme was set at Rs1,100 billion, of which Rs724 billion is earmarked for roads and Rs366 billion for dams."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_winners_margin_against_the_votes_each_was_first_given(rules):
    head = 'date 2027-08-12 Nduku declared governor-elect\n\n'
    paragraphs = ["Dr Grace Nduku was on Thursday declared governor-elect after polling 287,416 votes in Tuesday's election.",
                  "The returning officer said Dr Nduku had beaten former deputy governor Peter Kilonzo, who received 241,905 votes.",
                  "Final tallies showed Dr Nduku defeating Mr Kilonzo by 45,151 votes, the widest margin in the county since 2013."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("45,151", "45,511")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_win_by_runs_against_a_target_set_and_the_chase(rules):
    # set 301 to win: the side batting first made 300 over both innings; out for 214, they won by 86 runs
    head = 'date 2026-05-15 Somerset climb to second\n\n'
    paragraphs = ["Somerset bowled Worcestershire out for 214 with 40 minutes of the fourth day to spare.",
                  "Worcestershire, set 301 to win after an overnight declaration, had begun the day on 38 for one.",
                  "The 96-run victory is Somerset's third in five Championship matches this season."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("96-run", "86-run")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_told_by_its_new_level_and_size_from_the_level_before(rules):
    head = 'date 2026-11-18 Shares slide after notice\n\n'
    paragraphs = ["Shares of Vindhya Polyfab hit the lower circuit of ₹148.40 on Monday, against Friday's close of ₹156.20. They slipped further yesterday to close at ₹142.35, a two-session fall of 9.8%."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("9.8%", "8.9%")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_list_begun_in_the_sentence_before_and_summed_with_its_members_named_together(rules):
    head = 'date 2026-03-02 Coffee exports climb\n\n'
    paragraphs = ["Switzerland remained the largest destination, taking 31 percent of volumes. The United States took 18 percent, Germany 12 percent, "
                  "Belgium 9 percent and Britain 7 percent, the five markets together accounting for 79 percent of shipments."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("79 percent", "77 percent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_gap_to_a_norm_named_with_a_hyphened_word(rules):
    head = 'date 2026-07-21 Monsoon runs ahead of normal\n\n'
    paragraphs = ["Cumulative rainfall from 1 June to 20 July stood at 412.6 mm against a long-period average of 368.4 mm for the period, a surplus of 21 per cent."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("21 per cent", "12 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_margin_after_the_losers_apposition_against_the_counts_of_the_next_sentence(rules):
    head = 'date 2027-03-04 Results declared in the hill seats\n\n'
    paragraphs = ["In Shimla (Urban), the HLM's Anjali Thakur defeated the DBJP's Rakesh Sood, a two-time MLA, by 4,312 votes. She polled 28,940 votes to his 24,268."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("4,312", "4,672")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_total_named_then_its_parts_after_a_comma(rules):
    head = 'date 2026-10-18 Ozark Tech hold on\n\n'
    paragraphs = ["Ozark Tech finished with 471 yards of total offense, 288 through the air and 193 on the ground."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("471", "481")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    # parts told by verbs of their own are no split of the total
    paragraphs[0] = "The club ended the year with 1,200 members in total, 300 joined in the spring and 50 left."
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_from_an_old_level_with_its_size_set_after_it(rules):
    head = 'date 2026-08-12 Airline profit climbs\n\n'
    paragraphs = ["Passenger revenue climbed to $5.12 billion. Cargo brought in $1.63 billion, while other services contributed $0.71 billion.",
                  "Cargo revenue fell from $1.81 billion the year before, a 14 percent decline that the finance chief put down to softer rates."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("14 percent", "10 percent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_gap_between_two_figures_set_against_each_other(rules):
    head = 'date 2026-02-10 Budget gap widens\n\n'
    paragraphs = ["The proposed budget assumes general revenue of $11.84 billion against general revenue spending of $12.31 billion, leaving a gap of $370 million."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("$370 million", "$470 million")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_what_an_average_is_spread_over_is_no_level_of_its_change(rules):
    head = 'date 2026-09-01 Roughnecks sold\n\n'
    paragraphs = ["The Roughnecks have averaged 4,812 fans over 52 home dates this season, up from 4,390 in 2025, an increase of nearly 10 percent."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("nearly 10 percent", "nearly 20 percent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_items_set_apart_by_semicolons_are_counted_as_items(rules):
    head = 'date 2026-04-14 Board names superintendent\n\n'
    paragraphs = ["The board interviewed three finalists last week: Ortiz; Dr. Samuel Achebe-Grant, deputy superintendent in Springfield; "
                  "and Dr. Theresa Lund, superintendent of a smaller district in western Nebraska."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("three finalists", "four finalists")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_sum_also_ordered_may_hold_a_part_told_before(rules):
    head = 'date 2026-09-12 Angler fined\n\n'
    paragraphs = ["Dylan Hughes, 45, was fined £220 for fishing without a valid rod licence.",
                  "The case was brought by Natural Resources Wales. Hughes, who did not attend, was convicted in his absence and was also ordered to pay "
                  "£150 costs and an £88 surcharge, £458 altogether."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[1] = paragraphs[1].replace("was also ordered", "was ordered")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]


def test_a_change_from_an_old_level_takes_the_new_level_named_nearest_its_word(rules):
    head = 'date 2027-02-01 Railway budget\n\n'
    paragraphs = ["Freight is expected to bring in ₹1,88,600 crore, up 7.8 per cent from ₹1,74,900 crore, passenger earnings ₹91,500 crore and other sources ₹22,300 crore.",
                  "Passenger revenue is budgeted to grow 11.7 per cent from ₹83,400 crore in the revised estimate."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("11.7 per cent", "9.7 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_share_of_a_part_its_subject_names(rules):
    head = 'date 2025-08-18 Textile exports climb\n\n'
    paragraphs = ["Pakistan's textile and clothing exports rose 12.5 per cent in July from a year earlier to $1.62 billion, official figures showed.",
                  "Exports in July 2024 had been $1.44 billion.",
                  "Textiles made up 64.8 per cent of the country's $2.71 billion in merchandise exports for the month."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("64.8 per cent", "59.8 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_total_named_for_another_thing_takes_no_figures_of_the_sentence_before(rules):
    head = 'date 2026-05-30 Power utility narrows loss\n\n'
    paragraphs = ["Other income, mainly interest and state grants, was ₹1,470 crore, taking total income to ₹49,730 crore. "
                  "Total expenditure came to ₹50,914 crore."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("Total expenditure came to ₹50,914 crore.", "The total income came to ₹50,914 crore.")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_part_added_after_the_list_with_together_with(rules):
    head = 'date 2026-02-04 Licence review set\n\n'
    paragraphs = ["Those papers list 31 representations in total: 23 from residents, one from Kent Police and one from the council's "
                  "environmental protection team, all opposing the application, together with six letters of support."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("six letters", "five letters")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_change_in_points_named_as_an_improvement(rules):
    head = 'date 2026-05-30 Power utility narrows loss\n\n'
    paragraphs = ["Aggregate technical and commercial losses fell to 14.8 per cent from 17.3 per cent, an improvement of 3.5 percentage points."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("3.5 percentage", "2.5 percentage")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_whole_pointed_back_at_and_split_into_the_parts_it_counts(rules):
    head = 'date 2026-06-12 City adopts budget\n\n'
    paragraphs = ["City staff had projected in March that the general fund faced a $22.7 million gap between revenue and costs.",
                  "The adopted plan closes that gap with three measures: $9.6 million in spending cuts, $7.1 million drawn from reserves and $5.4 million in new revenue."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("$9.6 million", "$10.2 million")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_margin_compared_with_a_forecast_is_the_votes_margin(rules):
    head = 'date 2026-03-12 Iowa House passes school bill\n\n'
    paragraphs = ["The vote was 58-39, with three members not voting.",
                  "The 21-vote margin was narrower than leadership had predicted last week, after nine Republicans broke with their party."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("21-vote", "19-vote")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_told_in_two_units_is_no_range(rules):
    head = 'date 2026-03-12 Outpatient list grows\n\n'
    paragraphs = ["The outpatient list stood at 53,406 at the end of February, up from 48,912 a year earlier, an increase of 4,294 or 9.2 per cent."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("4,294", "4,494")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_level_set_against_another_by_a_percentage(rules):
    head = 'date 2026-06-11 Budget sets revenue target\n\n'
    paragraphs = ["The FBR target of Rs15,270 billion is 19.2 percent above the Rs13,010 billion the board now expects to collect.",
                  "At £152m, spending is 29 per cent more than last year's £118m, and the council built 152 homes, 28 per cent more than the 118 flats of 2024."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("19.2", "17.4")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[1] = paragraphs[1].replace("29 per cent", "20 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]


def test_a_share_to_tenths_of_a_whole_the_sentence_before_counts(rules):
    head = 'date 2026-03-12 Ambulance times slip\n\n'
    paragraphs = ["The trust received 4,112 red calls during the 28 days of February, an average of about 147 a day. Crews reached "
                  "2,098 of them within eight minutes, or 48.2%, down from 53.4% in January and short of the 65% target."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("48.2%", "51.0%")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_percentage_another_level_of_its_sentence_makes_is_that_levels(rules):
    head = 'date 2026-05-20 Stroke units to merge\n\n'
    paragraphs = ["Between them, the two units treated 1,188 stroke patients in 2024/25, 486 at Ballymoyle and 702 at Strule Valley, up 9.1% from 1,089 two years earlier.",
                  "The amendment adds $4.1 million to the general fund, taking it from $408.5 million to $412.6 million. That is 3.8% more than the $397.5 million adopted for last year.",
                  "Geoff rang his first peal at the age of 16, and his last at 80. The two brothers rang together in 87 of Geoff's peals."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("9.1%", "19.1%")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]


def test_a_whole_divided_between_its_parts(rules):
    head = 'date 2026-03-26 Draft budget tabled\n\n'
    paragraphs = ["The R512-million capital budget is divided between water (R184 million), roads (R146 million), electricity "
                  "(R97 million) and community facilities (R65 million)."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("R65 million", "R85 million")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_parts_of_the_whole_the_sentence_before_gives(rules):
    head = 'date 2026-03-10 Pothole backlog grows\n\n'
    paragraphs = ["The council's highways maintenance budget for 2025/26 is £14.8m. It is made up of £9.6m from the Department "
                  "for Transport, £3.7m of council capital borrowing and £1.1m of revenue funding from its own budget."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("£1.1m", "£1.5m")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_margin_pointing_back_at_the_tally_before_it(rules):
    head = 'date 2026-11-04 County results live\n\n'
    paragraphs = ["In the clerk's race, Marsh beat Dunn by 12,410 votes to 11,802.",
                  "Pruitt finishes the night with 21,384 votes to Okafor's 19,907, with independent Curtis Bell on 4,985. That gives "
                  "the sheriff a margin of 1,577 votes, or roughly three percentage points, over his Democratic challenger."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("1,577", "1,477")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []


def test_a_change_on_a_level_named_by_its_noun(rules):
    head = 'date 2026-02-24 Cocoa price raised\n\n'
    paragraphs = ["Per 64-kilogramme bag, the price rises to GH¢3,712 from GH¢3,276.80. The new rate is 15.3 per cent higher than "
                  "the opening price, the board said, and is the first mid-season adjustment in three years."]
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("15.3 per cent", "13.3 per cent")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []
    paragraphs[0] = paragraphs[0].replace("13.3 per cent higher than the opening price", "15.3 per cent higher than the national average")
    assert lines_found(head, paragraphs, 'figure-arithmetic', rules) == []  # another level, named by its noun
