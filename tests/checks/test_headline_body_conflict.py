"""headline-body-conflict: a number or day in the headline that the body contradicts; omissions stay quiet."""

from __future__ import annotations

import pytest

from factcheck.engine import check_text

from ..conftest import findings_of, lines_found


def article(headline: str, *paragraphs: str) -> str:
    return f"date 2026-03-14 {headline}\n\n" + "\n\n".join(paragraphs) + "\n"


CASES = [
    # (name, text, expected (check, line) pairs)
    # "16-man" and "15-member" both give the size of the squad (rules/quantities.yaml size-words)
    ("a squad's size given with two size words", article("Selectors name 16-man squad for tour", "The selectors named a 15-member squad for the five-Test tour of England on Wednesday.", "The team leaves on 28 May."), [("headline-body-conflict", 3)]),
    ("a squad's size agreeing, and a count of men", article("Selectors name 16-man squad for tour", "The selectors named a 16-member squad on Wednesday; 15 men have played a Test before.", "The team leaves on 28 May."), []),
    # a result line's score between the two sides' names; the running score at half-time is not the result
    ("a result line's score, the body's result another", article("Brentford 3-1 Fulham: Okafor double settles derby", "Chidi Okafor scored twice to give Brentford a 2-1 win over Fulham on Saturday.", "Fulham had led 1-0 at half-time."), [("headline-body-conflict", 3)]),
    ("a result line's score, the body's result the same", article("Brentford 2-1 Fulham: Okafor double settles derby", "Chidi Okafor scored twice to give Brentford a 2-1 win over Fulham on Saturday.", "Fulham had led 1-0 at half-time."), []),
    # a headline's sum of money against the one sum of its currency and size the opening gives ("S$4.8b": billions)
    ("a headline's sum the opening gives another way", article("Merlion Bank agrees S$4.8b deal to buy Tanjong Capital", "The offer of S$2.85 a share puts a value of about S$4.2 billion on the smaller bank.", "Shareholders vote in June."), [("headline-body-conflict", 3)]),
    ("a headline's sum the opening gives rounded", article("Merlion Bank agrees S$4.2b deal to buy Tanjong Capital", "The offer of S$2.85 a share puts a value of about S$4.24 billion on the smaller bank.", "Shareholders vote in June."), []),
    ("a headline's sum beside two sums of its size", article("Merlion Bank agrees S$4.8b deal to buy Tanjong Capital", "The offer values the bank at S$4.2 billion, or S$5.1 billion with its debt.", "Shareholders vote in June."), []),
    # "from midnight on Tuesday" is the start of Wednesday
    ("a headline's day the body gives as midnight the day before", article("Petrol up 78c a litre from Wednesday", "Motorists will pay more for petrol from midnight on Tuesday, the department announced.", "Diesel falls by 31c."), []),
    ("a headline's day the body gives as another day", article("Petrol up 78c a litre from Wednesday", "Motorists will pay more for petrol from Thursday, the department announced.", "Diesel falls by 31c."), [("headline-body-conflict", 3)]),
    # "on the edge of Llandysul" puts the story in a place as "in Llandysul" does
    ("a headline's place the body puts on the edge of another", article("Housing association unveils plans for 42 homes in Newcastle Emlyn", "A housing association has submitted plans to build 42 affordable homes on farmland on the edge of Llandysul.", "The site was bought last spring."), [("headline-body-conflict", 3)]),
    ("a headline's place the body puts on its edge", article("Housing association unveils plans for 42 homes in Llandysul", "A housing association has submitted plans to build 42 affordable homes on farmland on the edge of Llandysul.", "The site was bought last spring."), []),
    ("death toll differs", article("Three killed in Westbury crash", "Five people were killed when a lorry hit a bus on the A38 on Friday evening.", "Police closed the road for nine hours."), [("headline-body-conflict", 3)]),
    ("dead and died", article("Two dead as flood defences fail in storm", "Three people died and more than 400 homes were evacuated after the river burst its banks."), [("headline-body-conflict", 3)]),
    ("injured count differs", article("Twelve hurt as stand collapses at cup final", "Police said 20 people were injured when part of the stand gave way.", "The match was abandoned."), [("headline-body-conflict", 3)]),
    ("weekday of talks differs", article("Pay talks to resume in Cardiff on Wednesday", "Negotiations between the union and the rail operator will resume in Cardiff on Thursday, officials said.", "Both delegations are expected to arrive the day before."), [("headline-body-conflict", 3)]),
    # "four-year term" is no count of the dead: the body does not give the headline's number
    ("a compound modifier does not agree", article("Four killed as general strike turns violent", "Six people were killed when police and protesters clashed outside Congress.", "The president has staked his four-year term on the reform."), [("headline-body-conflict", 3)]),
    ("date of the vote differs", article("Strike vote to close on 20 March", "The union said the strike vote would close on 27 March, a week later than first planned."), [("headline-body-conflict", 3)]),
    ("drowned in the body, drown in the headline", article("Eleven drown as migrant boat capsizes", "At least 14 people drowned after the boat overturned in heavy seas.", "The coastguard rescued 41 people."), [("headline-body-conflict", 3)]),
    ("a weekday written with its date", article("Bus drivers to strike on Friday over pay offer", "Drivers will strike for 24 hours on Thursday 12 February after rejecting a 3 per cent offer.", "The company said it would run as many buses as it could."), [("headline-body-conflict", 3)]),
    ("the headline's day named only for something else", article("Rail drivers strike on Friday", "Drivers will stage a 24-hour strike on Thursday 28 May, the union said.", "Services on the morning of Friday 29 May may also start late."), [("headline-body-conflict", 3)]),
    ("the headline's event on the headline's day later on", article("Rail drivers strike on Friday", "Talks broke down on Thursday, the union said.", "Drivers will strike on Friday for 24 hours."), []),
    ("a place in the headline spelt as another in the body", article("Man jailed for assault outside Ennistymon pub", "Darragh Kinsella admitted assaulting a father of two outside a pub in Enniscorthy last May.", "He was jailed for four years."), [("headline-body-conflict", 3)]),
    ("a possessive name, and a sentence's capitalised first word before the noun", article("Seletar Ridge's first flats to be launched in February", "The first flats at Seletar Ridge will be launched in February.", "Eligible first-time buyers can receive grants."), []),
    ("a name the body writes in its place, inside a sentence", article("Group to shut Pinetown bakery", "The group will close its Pietermaritzburg bakery next year."), [("headline-body-conflict", 3)]),
    ("a name without its accent, or with an ending", article("Kaczynski promises stricter laws as Ukrainian talks open", "Jarosław Kaczyński said the law would change once the Ukraine talks began."), []),
    ("a margin with its digits transposed", article("Cathcart wins by-election by 87 votes", "At the final stage Ms Cathcart had 1,412 votes to Mr Lennie's 1,334, a majority of 78."), [("headline-body-conflict", 3)]),
    ("a margin of victory given otherwise", article("Voters approve jail levy by 412 votes", "Unofficial results showed the measure passing by a margin of 214 votes out of more than 36,500 cast."), [("headline-body-conflict", 3)]),
    ("the headline's margin in the body", article("Voters approve jail levy by 412 votes", "The levy passed with a majority of 412.", "In 2021 a similar levy failed by a margin of 1,100 votes."), []),
    ("a headline margin joined to its noun", article("GP holds Bukit Seraya with 2,314-vote majority", "Nordin Hashim polled 14,872 votes against 12,958 for Ahmad Faris, giving him a majority of 1,914."), [("headline-body-conflict", 3)]),
    ("a headline margin joined to its noun, as the body gives it", article("GP holds Bukit Seraya with 1,914-vote majority", "Nordin Hashim polled 14,872 votes against 12,958 for Ahmad Faris, giving him a majority of 1,914."), []),
    ("a vote count joined to another noun is no margin", article("Council backs 2,314-vote petition on parking", "The petition asking for a majority of 1,914 residents to be consulted was debated on Tuesday."), []),
    ("a margin from another year, and a tally", article("Senate passes budget by 61 votes to 38", "In 2023 the budget passed by a majority of 12.", "The bill now goes to the governor."), []),
    ("the length of the strike given otherwise", article("Taxi drivers begin three-day strike over stage fees", "Commuters were stranded for a second day as operators continued a five-day strike over the new fees."), [("headline-body-conflict", 3)]),
    ("a bare duration may be another period", article("Driver jailed for five years over fatal crash", "He was also given a six-year driving ban."), []),
    ("the headline's length in the body beside another", article("Staff to trial four-day week", "The firm will move from a five-day week to a four-day week in June."), []),
    ("the opening's score against the headline's, other matches later", article("City Rovers edge Miners 2-1 to go top", "City Rovers went top on Saturday with a 3-1 victory over Nchanga Miners.", "Kelvin Mubanga scored twice after the break.", "Rovers now have 47 points.", "Elsewhere, Arrows beat Leopards 2-0 and Eagles drew 1-1 with Dynamos."), [("headline-body-conflict", 3)]),
    ("a round-up's other match with the headline's score", article("Kestrel Town go top after 3-1 win at Millbrook", "Kestrel Town went top on Saturday after a 3-2 win at Millbrook Rovers.", "Millbrook scored twice in the second half.", "Elsewhere, Whitworth Town beat Harlow Bridge 3-1."), [("headline-body-conflict", 3)]),
    ("a live blog's final score among running scores, and last week's", article("Harbourside City 3-2 Millbrook Athletic: Vidmar wins it late", "16:58 FULL-TIME: Harbourside City 3-2 Millbrook Athletic. What a finish.", "16:39 GOAL! Harbourside 2-2 Millbrook. Okoye again.", "14:20 Team news. Harbourside are unchanged from last week's 2-0 win at Ravenhill."), []),
    ("a region in the headline, a longer name in the body", article("Endangered listing proposed for tiny Ozark cave crayfish", "Officials proposed listing a crayfish found in a few caves as endangered.", "The Salt Fork cave crayfish grows to four inches long."), []),
    # a headline figure keyed by its noun or verb against the opening's figure of that key
    ("a count of shops, named otherwise, and a part of a whole", article("Golden Lantern to shut 38 Hong Kong stores", "Golden Lantern will close 28 of its 112 shops in Hong Kong by September, the company said.", "About 240 staff work at the branches."), [("headline-body-conflict", 3)]),
    # the headline counts one party's seats, the body another's
    ("another subject's count", article("Lib Dems take council as Conservatives lose seven seats", "The Liberal Democrats have won control of the council, taking 20 of the 39 seats.", "Turnout was 38 per cent."), []),
    ("the same subject's count", article("Lib Dems take council as Conservatives lose seven seats", "The Conservatives lost nine seats as the Liberal Democrats won control of the council.", "Turnout was 38 per cent."), [("headline-body-conflict", 3)]),
    # jobs lost, however worded ("140 jobs lost", "94 were made redundant", "180 redundancies"), are one key
    ("jobs lost against staff made redundant", article("Joinery firm collapses with 140 jobs lost", "The firm has collapsed into administration, owing creditors around £11.3m.", "Of the firm's 212 staff, 94 were made redundant on Monday."), [("headline-body-conflict", 5)]),
    ("jobs lost, the same redundancies", article("Joinery firm collapses with 94 jobs lost", "The firm has collapsed into administration, owing creditors around £11.3m.", "Of the firm's 212 staff, 94 were made redundant on Monday."), []),
    ("job cuts against redundancies", article("Carmaker to cut 300 jobs at Halewood", "The carmaker said 250 redundancies would be made at the plant by the summer."), [("headline-body-conflict", 3)]),
    ("jobs created are not jobs lost", article("Retailer opens store with 140 jobs", "Of the firm's 212 staff, 94 were made redundant last year."), []),
    ("the headline's count in the body", article("Golden Lantern to shut 28 Hong Kong stores", "Golden Lantern will close 28 of its 112 shops in Hong Kong by September.", "None of its 21 branches in the New Territories will close."), []),
    ("all of them, and a part", article("Senate removes governor on all three charges", "The governor was removed after the Senate upheld two of the three impeachment charges.", "Senators voted 29 to 15, with three abstentions."), [("headline-body-conflict", 3)]),
    ("an amount keyed by the noun before it", article("Miner lifts annual profit to A$212m", "The miner reported a net profit after tax of A$221.4 million, up from A$96.8 million a year earlier.", "Its chief executive said the gold price had helped.", "Output rose at all three mines.", "It spent A$212 million on new plant."), [("headline-body-conflict", 3)]),
    ("a prison term in other units", article("Skipper jailed for two years over undeclared mackerel", "A skipper has been jailed for 20 months for landing mackerel off the books."), [("headline-body-conflict", 3)]),
    ("a prison term that agrees in other units", article("Skipper jailed for two years over undeclared mackerel", "A skipper has been jailed for 24 months for landing mackerel off the books."), []),
    ("a length of another kind", article("New train cuts journey by over two hours", "The journey time of about 7 hours compares with 10 hours on the old route."), []),
    ("a change the body gives the other way", article("Softech profit rises 12% on deal wins", "Softech reported a net profit of Rs 1,184 crore, down 12 per cent from Rs 1,345 crore a year earlier.", "Revenue rose 6.2 per cent."), [("headline-body-conflict", 3)]),
    ("a change the body gives another size", article("Harlow Homes profit falls 14% as buyers wait", "Pre-tax profit for the year fell 24% to \u00a3287.1m, from \u00a3377.6m a year earlier.", "Revenue fell 6% to \u00a33.21bn."), [("headline-body-conflict", 3)]),
    ("a change the body's two levels size otherwise", article("Miner cuts output target by 40% as prices slide", "The miner has cut its production target for 2026 to 15 million carats from the 20 million carats it planned.", "Prices are down sharply."), [("headline-body-conflict", 3)]),
    ("the levels' change stated in the next paragraph", article("Port volumes jump 14% in first quarter", "Container volumes at the port rose to 412,600 TEU in the first quarter, up from 371,900 TEU a year earlier.", "That is an increase of 11%, driven by transhipment."), [("headline-body-conflict", 5)]),
    ("the headline's change of another measure in the body", article("Harlow Homes profit falls 12% as buyers wait", "Pre-tax profit for the year fell 24% to \u00a3287.1m.", "Adjusted profit, which strips out a charge, was \u00a3351.1m, down 12%."), []),
    ("a change the headline rounds", article("Port volumes jump 11% in first quarter", "Container volumes at the port rose to 412,600 TEU in the first quarter, up from 371,900 TEU a year earlier."), []),
    ("a change of another year in the body", article("Harlow Homes profit falls 14% as buyers wait", "Last year profit fell 24% to \u00a3377.6m.", "This year's figures are due in July."), []),
    ("a sentence with changes of two sizes", article("Harlow Homes profit falls 14% as buyers wait", "Profit fell 24% at the building arm and 9% at the lending arm."), []),
    ("a joined count before the same word", article("Tareen's 87 guides Falcons to six-wicket win over Mariners", "Falcons reached 177 for five in 19.2 overs to complete a five-wicket win over the Mariners."), [("headline-body-conflict", 3)]),
    ("a joined count of the name it qualifies", article("Five-try Glanrhyd sink Cefn Mably", "Glanrhyd won 32-23 at Parc y Felin on Saturday.", "Glanrhyd's four tries to two earned them a bonus point."), [("headline-body-conflict", 5)]),
    ("a joined count the body also gives", article("Five-try Glanrhyd sink Cefn Mably", "Glanrhyd's four tries in the second half followed a first-half try from Jenkins.", "Their five tries earned a bonus point."), []),
    ("another count of the joined noun is someone else's", article("Five-try Glanrhyd sink Cefn Mably", "Dafydd Jenkins scored two tries as Glanrhyd won 32-23 at Parc y Felin."), []),
    ("a joined count's part of the match", article("Five-try Glanrhyd sink Cefn Mably", "Glanrhyd's three tries in the first half put the game beyond Cefn Mably."), []),
    ("a joined count of another match", article("Falcons complete six-wicket win over Mariners", "Falcons, fresh from last week's five-wicket win over the Hawks, reached 177 for four."), []),
    ("a lead the second side's gap contradicts", article("Rangers go four points clear after Atkinson double", "The win took Rangers to 45 points. Wanderers remain second on 43 points, two behind the leaders."), [("headline-body-conflict", 3)]),
    ("a lead given otherwise", article("Rangers open up six-point lead at the top", "Rangers are now four points clear of Wanderers after a 2-0 win."), [("headline-body-conflict", 3)]),
    ("a lead the body gives too", article("Rangers go four points clear after Atkinson double", "Rangers were two points clear before kick-off and are now four points clear of Wanderers."), []),
    ("a lead of another time", article("Rangers go four points clear after Atkinson double", "Rangers were two points clear before kick-off on Sunday."), []),
    ("a gap of a side not second", article("Rangers go four points clear after Atkinson double", "Portmore are sixth, nine points behind the leaders."), []),
    ("a joined count before another word", article("Falcons complete six-wicket win over Mariners", "Falcons, who lost a five-wicket thriller last week, reached 177 for four."), []),
    ("a headline's new level, not its change", article("Inflation falls to 2.3% as fuel prices ease", "Annual inflation fell to 2.3 per cent in March from 3.1 per cent, a drop of 0.8 points.", "Fuel prices fell 4% in the month."), []),
    ("a headline's new level against the change's levels", article("Jobless rate falls to 4% in March", "The jobless rate fell as the number of people out of work dropped to 412,000 from 455,000."), []),
    ("a change the body gives the same way", article("Softech profit falls 12% as charge bites", "Softech reported a net profit of Rs 1,184 crore, down 12 per cent from Rs 1,345 crore a year earlier.", "Revenue rose 12 per cent."), []),
    ("riders counted as trips, and the headline's figure in a later range", article("Bus line draws 14,000 riders on opening weekend", "Riders took 11,640 trips on the new line over its opening weekend, officials said.", "It carried 6,210 riders on Saturday and 5,430 on Sunday.", "Fares are free until the end of the month.", "Officials expect between 12,000 and 14,000 weekday riders once the line is complete."), [("headline-body-conflict", 3)]),
    ("a count the body gives with its verb", article("Eleven charged as police dismantle drug network", "Eleven people have been charged after police raided 14 properties on Tuesday."), []),
    ("the opening puts the headline's story on another day", article("Giant hail and damaging winds forecast for Queensland on Tuesday", "Queensland is bracing for storms, with forecasters warning of giant hail and destructive winds from Wednesday afternoon.", "Residents were urged to use Monday and Tuesday to prepare."), [("headline-body-conflict", 3)]),
    ("the headline's story on the headline's day later on", article("Giant hail and damaging winds forecast for Queensland on Tuesday", "Queensland is bracing for storms, with forecasters warning of giant hail and destructive winds from Wednesday afternoon.", "Giant hail may also fall in the west on Tuesday night, with damaging winds."), []),
    ("the day of the headline's other clause", article("Strike spreads to Eastern Cape as talks set for Friday", "The strike spread to plants in Gqeberha and East London on Tuesday, its second day.", "The employers said they will meet the union on Friday."), []),
    ("the day of the headline's own clause", article("Strike spreads to Eastern Cape on Friday as talks stall", "The strike spread to plants in Gqeberha and East London on Tuesday, its second day.", "The employers said they will meet the union on Friday."), [("headline-body-conflict", 3)]),
    ("a day the story was told on", article("Giant hail and damaging winds forecast for Queensland on Tuesday", "Forecasters said on Sunday that giant hail and damaging winds were likely."), []),
    ("a name before the headline's noun, the opening placing it elsewhere", article("Fire destroys 90-year-old Arbroath bakery", "A family bakery that has served generations of shoppers in Montrose was destroyed by fire on Sunday.", "Crews from Brechin and Forfar attended."), [("headline-body-conflict", 3)]),
    ("a region before the headline's noun, a smaller place in the body", article("Listing proposed for tiny Ozark cave crayfish", "The crayfish has been recorded in seven caves in Adair County, Oklahoma.", "Its caves are fed by groundwater."), []),
    ("a name before the headline's noun that the body uses", article("Fire destroys 90-year-old Arbroath bakery", "A family bakery that has served shoppers in Montrose for decades was destroyed by fire on Sunday.", "It was the oldest bakery in Arbroath."), []),
    ("the headline's prize went to someone else", article("Tobi Adekanye wins Best Actress at Afrovista Screen Awards", "The Best Actress award went to Chioma Nwosu for her role in 'Iyawo Oba'.", "Adekanye was named Best Supporting Actress."), [("headline-body-conflict", 3)]),
    ("another prize went to someone else", article("Tobi Adekanye wins Best Actress at Afrovista Screen Awards", "The Best Director award went to Chioma Nwosu.", "Adekanye took the acting prize."), []),
    ("a draw in last weekend's match", article("City Rovers win at Woodlands to go top", "City Rovers, who had dropped to second after a goalless draw at Nkana last weekend, beat Miners at Woodlands."), []),
    ("an age at death given otherwise", article("Pioneer nurse Keitumetse Modise dies at 81", "Keitumetse Modise, a nurse who became an MP, died in hospital on Saturday. She was 84."), [("headline-body-conflict", 3)]),
    ("an age at death that agrees, and an age at another time", article("Pioneer nurse Keitumetse Modise dies at 84", "Keitumetse Modise died in hospital on Saturday. She was 84.", "She was 31 when she was first elected."), []),
    ("a share of the vote given otherwise", article("Party retains ward with 58 percent of the vote", "Her share of the valid vote works out at 51.5 percent, down from the 60 percent her predecessor won at the 2024 election."), [("headline-body-conflict", 3)]),
    ("the headline's share in the body, and another year's", article("Party retains ward with 52 percent of the vote", "Her share of the valid vote works out at 51.5 percent.", "In 2024 the party won 60 percent of the vote."), []),
    ("a score with one side changed", article("Ystrad Valley edge Penarth 27-20 to go top", "Penarth led 13-10 at the break and were ahead at 20-21 with ten minutes left.", "Ystrad Valley moved top with a hard-earned 27-21 win over Penarth."), [("headline-body-conflict", 5)]),
    ("the headline's score in the body, and a score in the running", article("Ystrad Valley edge Penarth 27-20 to go top", "Penarth were ahead at 20-21 with ten minutes left.", "Ystrad Valley won 27-20."), []),
    ("a winner the body places second", article("Maple Verdict wins Lakeshore Oaks", "Northern Ballad wore down the favourite in the final sixteenth to take the Oaks by a neck.", "Maple Verdict, the 6-5 choice, was second, with Cinnamon Harbour third."), [("headline-body-conflict", 5)]),
    ("a named placing", article("Labour falls to fourth in Cwm Dulais by-election", "Plaid Cymru won the seat and the Conservatives came second.", "Labour, who had held the seat since 1995, came third with 512 votes."), [("headline-body-conflict", 5)]),
    ("others placed by name, never the headline's subject", article("Hamilton finishes second as Verstappen wins in Bahrain", "Max Verstappen won the Bahrain Grand Prix on Sunday, with Lewis Hamilton crossing the line behind him.", "Charles Leclerc was third, and it was the second time this season Ferrari had reached the podium."), []),
    ("things won and lost that are no contest", article("Hamilton concedes title to Verstappen", "Lewis Hamilton won the support of the crowd but lost his temper with the stewards."), []),
    ("another name before the headline name's noun", article("Umhlanga Foods to shut Pinetown bakery as profit falls", "Umhlanga Foods will close its Pietermaritzburg bakery by the end of March, putting 340 jobs at risk."), [("headline-body-conflict", 3)]),
    ("someone else resigned", article("Ports Minister Karen Doyle resigns over undeclared shares", "Ports Minister Nick Varga has resigned from cabinet after failing to declare a shareholding.", "Roads Minister Karen Doyle will take on the portfolio until a reshuffle."), [("headline-body-conflict", 3)]),
    ("the headline's person resigned too", article("Karen Doyle resigns as Nick Varga quits cabinet", "Karen Doyle resigned on Monday.", "Nick Varga has resigned from cabinet as well."), []),
    ("someone else's departure", article("Dance show judge Bernie Clarke quits after eight years", "The show has been rocked by the shock departure of judge Tess Harlow, who will not return.", "Her fellow judge Bernie Clarke is said to be gutted."), [("headline-body-conflict", 3)]),
    ("the headline's person departs", article("Dance show judge Bernie Clarke quits after eight years", "The show has been rocked by the departure of judge Bernie Clarke after eight years."), []),
    ("someone else's century", article("Captain Baptiste's century carries Strikers to victory", "A composed century from vice-captain Kemar Joseph steered the Strikers home.", "Captain Deshawn Baptiste made 34 before he was caught."), [("headline-body-conflict", 3)]),
    ("the headline's person beside the event", article("Captain Baptiste's century carries Strikers to victory", "Deshawn Baptiste made a century, and a century from vice-captain Kemar Joseph sealed it."), []),
    ("an owner that is one capitalised word", article("Smith's goal seals derby win", "A goal from Wembley regular Jones in the first half was not enough for City."), []),
    # who won and where they finished
    ("the loser in the headline won in the body", article("Barrera concedes as county seat goes to Hollins", "Luis Barrera won the District 4 seat on Tuesday, edging Renee Hollins by 212 votes.", "Hollins, a former planning chair, conceded shortly before midnight."), [("headline-body-conflict", 3)]),
    ("another winner of the same contest", article("Merritt holds nerve to win Country Open at Port Callister", "Jack Pellow has won the NSW Country Open at Port Callister, two shots clear of Lachlan Merritt."), [("headline-body-conflict", 3)]),
    ("the winner named with the headline's side", article("Greens win Marlow Vale by-election", "Green candidate Hollie Brandreth has won the Marlow Vale by-election with 9,846 votes."), []),
    ("the winner named beside the headline's side", article("Greens win Marlow Vale by-election", "Labour's Hollie Brandreth has won the Marlow Vale by-election, beating the Greens."), [("headline-body-conflict", 3)]),
    ("a placing the body gives otherwise", article("Harlequins finish second after bonus-point win", "The victory lifted Harlequins to third on the final log, a point behind Pioneers."), [("headline-body-conflict", 3)]),
    ("a placing the body agrees with, and the old one", article("Tungabhadra climbs to second in national rankings", "The university was placed second this year, up from seventh last year."), []),
    ("a placing described, others placed by name", article("Ayla Moss finishes second in city marathon", "The 26-year-old from Thornbury finished third behind Faith Chelimo, who won, and Meseret Tadesse, who was second."), [("headline-body-conflict", 3)]),
    ("the headline's placing given to its subject by name", article("Ayla Moss finishes second in city marathon", "Moss finished second behind Faith Chelimo, and the 31-year-old from Leeds finished third."), []),
    ("a win in the headline, a draw in the opening", article("Harton Rovers win at Castlegate to go top", "Harton Rovers came from behind at Castlegate Park, and the point they took from a 2-2 draw lifted them to the top."), [("headline-body-conflict", 3)]),
    ("a defeat in the headline, a goalless draw in the opening", article("Rovers lose at Castlegate", "Rovers drew a goalless draw at Castlegate Park on Saturday."), [("headline-body-conflict", 3)]),
    ("another side's draw", article("Harton Rovers win at Castlegate to go top", "Harton Rovers beat Castlegate 2-1 on Saturday.", "Dunmere's 1-1 draw at Stockley meant Rovers went top."), []),
    ("a draw in another match, the headline's win in the body", article("Harton Rovers win at Castlegate", "Harton Rovers won 2-1, and a 1-1 draw between their rivals helped them."), []),
    ("the draw for the next round is no result", article("Harton Rovers win at Castlegate", "Harton Rovers will learn their opponents in the draw for the third round on Monday."), []),
    ("a place in the headline, another in the opening", article("Flood barrier approved for Harnley after years of delay", "Plans for a flood barrier to protect homes in Ashcombe have been approved by the council."), [("headline-body-conflict", 3)]),
    ("the headline's place named in the body", article("Flood barrier approved for Harnley", "Plans for a flood barrier in Ashcombe, the largest village in Harnley parish, have been approved."), []),
    ("another place in a sentence about something else", article("Flood barrier approved for Harnley", "Councillors met in Ashcombe on Monday.", "The barrier will take two years to build."), []),
    ("a department's name is no place", article("MLAs back gritting bill after heated Stormont debate", "MLAs backed a bill placing a duty on the Department for Infrastructure to grit more roads after a long debate."), []),
    ("a place after a department's name", article("MLAs back gritting bill after heated Stormont debate", "The Department for Infrastructure will grit more roads after a long debate in Belfast."), [("headline-body-conflict", 3)]),
    # a word ending in -ed before a noun is an adjective ("four uncapped players"), not a verb ("14,000 moved to camps")
    ("a count of an adjective's noun", article("Konkan name three uncapped players in squad", "The association named a 16-member squad, handing a maiden call-up to four uncapped players."), [("headline-body-conflict", 3)]),
    ("a count before a verb in -ed", article("Konkan name three uncapped players in squad", "The association named a 16-member squad, and four moved to the reserve list."), []),
    ("a month after the preposition", article("Flood barrier approved for Harnley", "Plans for a flood barrier were approved in March."), []),
    ("the headline's place as a word before a noun, the body's as a plural", article("Voice of Maritime hockey dies at 84", "His calls were the sound of hockey in the Maritimes for 40 years.", "He died at a hospital in Sydney, N.S."), []),
    ("a place before a noun the body never names", article("Voice of Maritime hockey dies at 84", "His calls were the sound of hockey in Ontario for 40 years.", "He died at a hospital in Sydney, N.S."), [("headline-body-conflict", 3)]),
    ("a hoped-for win is no result", article("Merritt bids to win Country Open", "Jack Pellow won the Country Open last year and is favourite again."), []),
    ("an earlier result is another contest", article("Rovers win derby as Okafor scores twice", "Rovers had lost their previous three league games before Saturday.", "Okafor scored in each half."), []),
    ("a quoted result is the speaker's", article("Barrera concedes District 4 race", '"I think Barrera won the argument, if not the seat," Hollins said.', "Barrera conceded at 11pm."), []),
    ("a count after the verb is no result", article("Okafor wins it for Rovers", "Rovers conceded 2 goals in the first half but Okafor won the match with a late header."), []),
    # quiet
    ("the headline's weekday written with its date", article("Bus drivers to strike on Friday over pay offer", "Drivers will strike for 24 hours on Friday 13 February after rejecting a 3 per cent offer.", "Talks on Thursday 12 February broke up without agreement."), []),
    ("a dated weekday for a different event", article("Bus drivers to strike on Friday over pay offer", "Drivers will walk out for 24 hours after rejecting a 3 per cent offer.", "The mayor will meet both sides on Wednesday 11 February."), []),
    ("drowned, same number", article("Eleven drown as migrant boat capsizes", "Eleven people drowned after the boat overturned in heavy seas.", "The coastguard rescued 41 people."), []),
    ("same number", article("Three killed in Westbury crash", "Three people were killed when a lorry hit a bus on the A38.", "Two of the dead were children."), []),
    ("qualifier agrees", article("At least 14 killed as earthquake strikes", "The death toll rose from 11 to 14 overnight.", "Officials said 17 people had been killed, and more than 200 injured."), []),
    ("more than in the headline", article("More than 20 dead in supermarket shooting", "Police said 22 people had been killed and 24 injured."), []),
    ("part of the toll", article("Two dead after plane crash near airport", "One was pronounced dead at the scene and the other three were taken to hospital. Another later died."), []),
    ("another event later in the story", article("Six killed as fire sweeps through apartment block", "Six people were killed and 16 injured when fire swept through the block on Sunday.", "The mayor visited the scene.", "Firefighters were still at the site on Monday.", "In 2017, a fire at another block in the city killed 72 people."), []),
    ("numbers for different things", article("Three killed in crash", "The crash killed three people and injured 12.", "About 40 people were evacuated."), []),
    ("a number the body does not give (omission)", article("Three killed in Westbury crash", "Police closed the A38 for nine hours after the crash on Friday evening."), []),
    ("headline weekday mentioned in the body", article("Hearing planned for Wednesday", "The hearing is planned for Wednesday in Truro, a court official said on Monday."), []),
    ("weekday for a different event", article("Minister to visit flood-hit town on Wednesday", "The river began to fall on Thursday, and firefighters pumped water from the worst-affected streets."), []),
    ("quoted number", article("Three killed in Westbury crash", "Three people were killed, police said.", "\"I thought ten people must have died,\" one witness said."), []),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_headline_body_conflict(name, text, expected, rules):
    assert findings_of(text, rules=rules, check="headline-body-conflict") == expected


def test_html_reports_in_the_body_pointing_at_the_h1(rules):
    from factcheck.engine import check_text

    text = (
        "<html><head><title>Two dead as flood defences fail | Courier</title></head><body><article>\n"
        "<h1>Two dead as flood defences fail</h1>\n"
        "<p>Three people died and more than 400 homes were evacuated.</p>\n"
        "</article></body></html>\n"
    )
    (finding,) = [f for f in check_text(text, format="html", rules=rules) if f.check == "headline-body-conflict"]
    assert (finding.line, finding.excerpt, finding.related[0].line) == (3, "Three", 2)


def _page(og_title: str) -> str:
    return (
        "<html><head><title>Plans lodged for 40 homes at Kilbrack | Clarion</title>\n"
        f'<meta property="og:title" content="{og_title}">\n'
        "</head><body><article>\n"
        "<h1>Plans lodged for 40 homes in Kilbrack</h1>\n"
        "<p>A developer has lodged plans for 40 homes on the edge of Kilbrack, the largest scheme in the village for decades.</p>\n"
        "<p>Residents will meet in the community hall on Monday.</p>\n"
        "</article></body></html>\n"
    )


@pytest.mark.parametrize(
    "og_title,expected",
    [
        ("40-home estate planned for Drumlanna as locals object", [(2, "Drumlanna", 4)]),  # the og:title moved the story
        ("40-home estate planned for Kilbrack as locals object", []),
        ("Village fears 40-home estate will swamp school", []),  # no place at all: a rewrite, not a move
    ],
)
def test_another_headline_source_moves_the_story(og_title, expected, rules):
    from factcheck.engine import check_text

    found = [f for f in check_text(_page(og_title), format="html", rules=rules) if f.check == "headline-body-conflict"]
    assert [(f.line, f.excerpt, f.related[0].line) for f in found] == expected


# issue 13: headlines read from copy written for the evaluation sets of session 13 (headlines-7, figures-11, mixed-23, mixed-26): each with its own publication date
FROM_SESSION_13_SETS = [
    ('a charge raised by a percentage the body gives otherwise', 'date 2026-03-14 Civic body raises water charges by 5%, clears budget\n\n', ['The standing committee on Thursday approved a budget of Rs 3,450 crore, adding Rs 212 crore to the draft presented earlier this month and raising water charges by 8% for domestic users.', 'The increase is the first since 2022.'], [3]),
    ('a charge raised by the percentage the body gives', 'date 2026-03-14 Civic body raises water charges by 8%, clears budget\n\n', ['The standing committee on Thursday approved a budget of Rs 3,450 crore, adding Rs 212 crore to the draft presented earlier this month and raising water charges by 8% for domestic users.', 'The increase is the first since 2022.'], []),
    ("an extension's length in a noun phrase with its worth", 'date 2026-03-14 Flames sign Laporte to five-year extension\n\n', ['The Flames acquired Mathieu Laporte on Tuesday, then signed the 27-year-old to a four-year contract extension worth $30 million.', 'The extension begins next season.'], [3]),
    ("last year's winner is no contradiction of this year's", 'date 2026-03-14 Punjab beat Haryana 4-2 to win hockey title\n\n', ['Punjab reclaimed the national title on Sunday, beating defending champions Haryana 4-2 in the final.', "It was a reversal of last year's final, which Haryana won 2-1."], []),
    ("a standfirst's rise the body sizes otherwise", 'date 2026-03-14 Hourly trains from June as numbers climb\n\nPassenger journeys on the line rose 14% last year, and the operator says trains are full\n\nBy Orla Brennan\n\n', ['Trains will run every hour between Dublin and Cork from June, the operator said on Wednesday.', 'Passenger journeys on the line rose to 3.80 million in 2025 from 3.42 million in 2024, an increase of 11 per cent.'], [9]),
    ("a ruling ahead on another day than the headline's", 'date 2026-02-12 Judge to rule next Monday in port tender challenge\n\n', ['A judge reserved judgment on Thursday in a challenge to a R2.4 billion contract, and said she would deliver her ruling on Friday 20 February.', 'The interim order will remain in force until judgment is delivered.'], [3]),
    ("a ruling ahead on the headline's day", 'date 2026-02-12 Judge to rule next Friday in port tender challenge\n\n', ['A judge reserved judgment on Thursday in a challenge to a R2.4 billion contract, and said she would deliver her ruling on Friday 20 February.', 'The interim order will remain in force until judgment is delivered.'], []),
    ("a ranking the body gives otherwise, beside an earlier year's", 'date 2026-03-14 Deccan Institute climbs to second in national rankings\n\n', ["The Deccan Institute of Technology in Pune has been placed third in this year's national rankings, up from seventh last year.", "The institute's previous best finish was fifth, in 2021."], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_13_SETS, ids=[c[0] for c in FROM_SESSION_13_SETS])
def test_cases_from_the_session_13_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, "headline-body-conflict", rules) == expected


# Cases from the session-14 sets: each mechanism firing and quiet
FROM_SESSION_14_SETS = [
    ("a headline's day the body says recurs", "date 2025-04-23 Nurse's Saturday supper club wins city award\n\n", ['Most Saturdays, Oluwabunmi Adeyemi cooks for 60 children at her supper club.', 'On Tuesday night, the city recognized the supper club with an award.'], []),
    ("a headline's day the body moves", 'date 2025-04-23 Supper club wins city award on Saturday\n\n', ['Oluwabunmi Adeyemi cooks for 60 children at her supper club.', 'On Tuesday night, the city gave the supper club its award.'], [5]),
    ("a headline day after 'on' the body says recurs, moved", 'date 2025-04-23 Supper club to close on Saturday\n\n', ["Oluwabunmi Adeyemi's supper club will close on Tuesday, she said.", 'Every Saturday for four years, she cooked for 60 children.'], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_14_SETS, ids=[c[0] for c in FROM_SESSION_14_SETS])
def test_cases_from_the_session_14_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


# Cases from the session 15 sets and their misses, firing and quiet.
FROM_SESSION_15_SETS = [
    ("another person elected to the headline's unique role, the headline's surname alone", 'date 2025-11-22 Lindqvist elected president of World Paddle Federation\n\n', ['Mariana Soto of Chile was elected president of the World Paddle Federation on Friday.', 'Soto beat Erik Lindqvist of Sweden by 78 votes to 63.', '"It was a fair vote," said Lindqvist.'], [3]),
    ("the headline's person elected", 'date 2025-11-22 Lindqvist elected president of World Paddle Federation\n\n', ['Erik Lindqvist of Sweden was elected president of the World Paddle Federation on Friday.', 'Lindqvist beat Mariana Soto of Chile by 78 votes to 63.', '"It was a fair vote," said Soto.'], []),
    ('elected to a board of many: no unique role', 'date 2025-11-22 Lindqvist elected to World Paddle Federation board\n\n', ['Mariana Soto of Chile was elected to the board of the World Paddle Federation on Friday.', 'Erik Lindqvist of Sweden was also elected.'], []),
    ("the body appoints another person as the chief executive, the verb's object", 'date 2026-03-02 Mac Giolla Phádraig appointed chief executive of hospital group\n\n', ['The board of the hospital group has appointed Dr Ciara Ní Bhriain as its new chief executive.', 'Dr Eoin Mac Giolla Phádraig, the interim chief executive, returns to his post as chief operations officer.'], [3]),
    ("the body appoints the headline's person", 'date 2026-03-02 Mac Giolla Phádraig appointed chief executive of hospital group\n\n', ['The board of the hospital group has appointed Dr Eoin Mac Giolla Phádraig as its new chief executive.', 'Dr Ciara Ní Bhriain, who also applied, stays as medical director.'], []),
    ('a qualified role abbreviated in the headline, named in full in the body', 'date 2026-02-26 Chong Mei Ling named group MD of Yew Hin Marine\n\n', ["The company has named the founder's nephew, Chong Wai Keat, as its new group managing director.", 'Chong Mei Ling has been promoted to deputy group managing director.'], [3]),
    ('a role of many given by the same verb: no conflict', 'date 2026-02-26 Chong Mei Ling named director of Yew Hin Marine\n\n', ["The company has named the founder's nephew, Chong Wai Keat, as a director.", 'Chong Mei Ling joins the board in March.'], []),
    ("the body's run of wins one shorter than the headline's", 'date 2025-10-26 Ridgeway State rolls past Coastal Tech for fourth straight win\n\n', ['Ridgeway State beat Coastal Tech 31-10 on Saturday.', "It was Ridgeway State's third consecutive victory, after wins at Lakeshore and over Pine Valley."], [5]),
    ("the headline's run given in the body", 'date 2025-10-26 Ridgeway State rolls past Coastal Tech for fourth straight win\n\n', ['Ridgeway State beat Coastal Tech 31-10 on Saturday.', "It was Ridgeway State's fourth consecutive victory."], []),
    ("another side's run", 'date 2025-10-26 Ridgeway State rolls past Coastal Tech for fourth straight win\n\n', ['Ridgeway State beat Coastal Tech 31-10 on Saturday.', "The result ended Coastal Tech's third straight win."], []),
    ('a run of wins in the headline is no win of the side before it', 'date 2025-10-26 Ridgeway State rolls past Coastal Tech for fourth straight win\n\n', ['Ridgeway State beat Coastal Tech 31-10 on Saturday.', 'It was the fourth consecutive victory.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_15_SETS, ids=[c[0] for c in FROM_SESSION_15_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


# Cases from the session 16 sets and their misses, firing and quiet.
FROM_SESSION_16_SETS = [
    ('a headline naming its person to a unique role, the body appointing another', 'date 2025-03-27 Ofori Trust Bank names Kwame Asante as new managing director\n\n', ['ACCRA — The board of Ofori Trust Bank has appointed Kofi Mensah, its head of retail banking, as managing director, succeeding Kwame Asante, who will retire in April.'], [3]),
    ('a headline naming its person to a unique role, the body appointing them', 'date 2025-03-27 Ofori Trust Bank names Kofi Mensah as new managing director\n\n', ['ACCRA — The board of Ofori Trust Bank has appointed Kofi Mensah, its head of retail banking, as managing director, succeeding Kwame Asante, who will retire in April.'], []),
    ('a headline naming its person to a role held by many, the body appointing another', 'date 2025-03-27 Ofori Trust Bank names Kwame Asante as director\n\n', ['ACCRA — The board of Ofori Trust Bank has appointed Kofi Mensah, its head of retail banking, as a director, and Kwame Asante joins the board in April.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_16_SETS, ids=[c[0] for c in FROM_SESSION_16_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


# Cases from the session 17 sets and their misses, firing and quiet.
FROM_SESSION_17_SETS = [
    ('a headline level after "climb to" against the body figure of its key', 'date 2026-09-15 Coffee exports climb to 7.4 million bags as prices hold firm\n\n', ['Uganda exported 6.94 million 60-kilogramme bags of coffee in the 12 months to August, earning $2.14 billion.', 'The volume compares with 6.13 million bags in the year to August 2025, an increase of 13.2 percent.'], [3]),
    ('a headline level after "climb to" that the body gives', 'date 2026-09-15 Coffee exports climb to 6.9 million bags as prices hold firm\n\n', ['Uganda exported 6.94 million 60-kilogramme bags of coffee in the 12 months to August, earning $2.14 billion.', 'The volume compares with 6.13 million bags in the year to August 2025, an increase of 13.2 percent.'], []),
    ('a headline change by a percentage is a size, not a level', 'date 2026-09-15 Coffee exports climb 13% as prices hold firm\n\n', ['Uganda exported 6.94 million bags of coffee in the 12 months to August, up 13.2 percent.'], []),
    ("a player's points in the headline against the body", 'date 2026-09-15 Okafor scores 27 as Drake upsets Iowa State\n\n', ['Chidi Okafor hit four 3-pointers as Drake beat No. 19 Iowa State 81-74 on Saturday night.', 'Okafor finished with 24 points on 9-of-15 shooting.'], [5]),
    ("another player's points first in the body", 'date 2026-09-15 Okafor scores 27 as Drake upsets Iowa State\n\n', ["Iowa State's Tomas Ruiz scored 24 points as Drake won 81-74.", 'Guard Chidi Okafor added 27.'], []),
    ("a headline count against the body's one count of its noun, past the opening", 'date 2026-09-15 Closed season begins Tuesday as 30,000 fisherfolk line up for relief packs\n\n', ['The closed fishing season for canoe fleets will take effect on Tuesday, July 1.', 'The closure will run from July 1 to July 31, during which no canoe may fish.', 'The minister said the measure was an investment in the sector.', 'A total of 13,000 fisherfolk in four regions have been registered to receive the relief packs.'], [9]),
    ('a headline count whose value the body gives of another noun', 'date 2026-09-15 Closed season begins Tuesday as 30,000 fisherfolk line up for relief packs\n\n', ['The closed fishing season for canoe fleets will take effect on Tuesday, July 1.', 'The closure will run from July 1 to July 31, during which no canoe may fish.', 'About 30,000 people depend on the canoe fleets.', 'A total of 13,000 fisherfolk in four regions have been registered to receive the relief packs.'], []),
    ('a sum with a scale written "trln"', 'date 2026-09-15 Tanzania awards 1.25 trln shilling contract to expand Tanga port\n\n', ['Tanzania on Tuesday signed a 1.25 trillion shilling (about $481 million) contract to build three berths at Tanga port.'], []),
    ('a rank the headline moves to against the body', 'date 2026-02-10 Lakeshore State women climb to No. 9 after sweep\n\n', ["The Lakers moved up six spots to No. 11 in Monday's poll, their best ranking since 2011."], [3]),
    ('a rank the headline moves to that the body gives', 'date 2026-02-10 Lakeshore State women climb to No. 9 after sweep\n\n', ["The Lakers moved up six spots to No. 9 in Monday's poll, their best ranking since 2011."], []),
    ('a rank the body gives another team', 'date 2026-02-10 Lakeshore State women climb to No. 9 after sweep\n\n', ["The Lakers moved up six spots to No. 11 in Monday's poll after beating No. 9 Pinecrest."], []),
    ("a headline sum against the body's one sum of its key past the opening", 'date 2026-10-28 Board declares ₹4 interim dividend as profit climbs\n\n', ['Sahyadri Cables reported a 22 per cent rise in quarterly profit on strong export orders.', 'Revenue rose 15 per cent to ₹1,426 crore.', 'The order book stood at ₹3,900 crore at the end of September.', 'The board approved an interim dividend of ₹2.50 per equity share, with 15 November fixed as the record date.'], [9]),
    ('a headline sum the body gives', 'date 2026-10-28 Board declares ₹2.50 interim dividend as profit climbs\n\n', ['Sahyadri Cables reported a 22 per cent rise in quarterly profit on strong export orders.', 'Revenue rose 15 per cent to ₹1,426 crore.', 'The order book stood at ₹3,900 crore at the end of September.', 'The board approved an interim dividend of ₹2.50 per equity share, with 15 November fixed as the record date.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_17_SETS, ids=[c[0] for c in FROM_SESSION_17_SETS])
def test_cases_from_the_session_17_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


# Cases from session 18's sets and earlier fixtures' misses, firing and quiet.
FROM_SESSION_18_SETS = [
    ('a headline winner of an election the body gives to another', 'date 2026-02-26 Otieno wins Law Society presidency\n\n', ['Njeri Wambui Mwangi has been elected president of the Law Society of Kenya, beating two rivals.', 'Her closest challenger, Brian Otieno Ochieng, received 4,387 votes.'], [3]),
    ('a headline winner of an election the body confirms', 'date 2026-02-26 Mwangi wins Law Society presidency\n\n', ['Njeri Wambui Mwangi has been elected president of the Law Society of Kenya, beating two rivals.', 'Her closest challenger, Brian Otieno Ochieng, received 4,387 votes.'], []),
    ('a headline winner of one body and a president elected of another', 'date 2026-02-26 Otieno wins Law Society presidency\n\n', ['Brian Otieno has won the Law Society presidency by 827 votes.', 'In a separate poll, Njeri Mwangi has been elected president of the Kenya Medical Association.'], []),
    ("a headline's role leaving where the body's leaver holds another", 'date 2026-03-05 Harcastle Foods chief executive quits as shares fall\n\n', ['Shares in Harcastle Foods fell on Thursday after it said its chief operating officer, Daniel Okoro, would leave the company.', 'Chief executive Priya Raman, who has led the company since 2021, said the quarter had been painful.'], [3]),
    ("a headline's role leaving where the body's leaver holds it", 'date 2026-03-05 Harcastle Foods chief executive quits as shares fall\n\n', ['Shares in Harcastle Foods fell on Thursday after it said its chief executive, Daniel Okoro, would leave the company.', 'Chief operating officer Priya Raman will act as interim chief executive.'], []),
    ("a headline's role leaving where the body names two leavers", 'date 2026-03-05 Harcastle Foods chief executive quits as shares fall\n\n', ['Shares in Harcastle Foods fell on Thursday after it said its chief operating officer, Daniel Okoro, would leave the company.', 'Chief executive Priya Raman will also step down in June.'], []),
    ("a headline's strike day against a walkout the body dates otherwise", 'date 2025-10-14 Belfast bus drivers to strike from Wednesday\n\n', ['Bus drivers are to stage a strike later this month after talks broke down.', 'Unite said its members at Metro in Belfast would walk out from Monday 20 October until Friday 24 October.'], [5]),
    ("a headline's strike day the body's walkout shares", 'date 2025-10-14 Belfast bus drivers to strike from Monday\n\n', ['Bus drivers are to stage a strike later this month after talks broke down.', 'Unite said its members at Metro in Belfast would walk out from Monday 20 October until Friday 24 October.'], []),
    ("a headline's event named in full beside another day past the opening", 'date 2026-03-17 Solar farm inquiry hears residents as closing submissions set for Thursday\n\n', ['The inquiry opened last Tuesday and sits four days a week.', 'Residents gave evidence this morning.', 'The council witness follows this afternoon.', 'An accompanied site visit is planned on Thursday.', 'Closing submissions will be heard on Friday 20 March, the inspector said.'], [11]),
    ("a headline's day the body gives its event past the opening", 'date 2026-03-17 Solar farm inquiry hears residents as closing submissions set for Thursday\n\n', ['The inquiry opened last Tuesday and sits four days a week.', 'Residents gave evidence this morning.', 'The council witness follows this afternoon.', 'An accompanied site visit is planned on Friday.', 'Closing submissions will be heard on Thursday 19 March, the inspector said.'], []),
    ("a headline winner the body places second, told apart from the winner by the word before \"College\"", 'date 2026-03-06 Hindu College crowned overall champions at zonal meet\n\n', ['Kachchai Central College were crowned overall champions of the zonal schools meet on Thursday.', 'Kachchai Central finished with 231 points. Hindu College, who had led at the end of the second day, were second with 214.'], [5]),
    ("a headline winner the body crowns, its name ending in \"College\"", 'date 2026-03-06 Hindu College crowned overall champions at zonal meet\n\n', ['Hindu College were crowned overall champions of the zonal schools meet on Thursday.', 'Hindu College finished with 231 points. Kachchai Central College were second with 214.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_18_SETS, ids=[c[0] for c in FROM_SESSION_18_SETS])
def test_cases_from_the_session_18_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_21 = [
    ("a headline's vote tally against the body's tally, not a match score", 'date 2026-03-18 Town council votes 7-2 to rebuild rink\n\n',
     ['The town council has approved a $9-million rebuild of the rink.', 'The motion passed 6-3 on Tuesday night, with three councillors voting against.',
      'On the ice, the Hawks won 4-2 on Saturday.'], [5]),
    ('the same tally in the body', 'date 2026-03-18 Town council votes 7-2 to rebuild rink\n\n',
     ['The town council has approved a $9-million rebuild of the rink.', 'The motion passed 7-2 on Tuesday night, with two councillors voting against.',
      'On the ice, the Hawks won 4-2 on Saturday.'], []),
    ("a headline's winning margin against the opening result", 'date 2026-05-14 Falcons beat Mariners by 21 to reach final\n\n',
     ['The Batangas Falcons beat the Cebu Mariners 91-84 on Wednesday to reach the final.', 'The Mariners led 22-20 after the first quarter.'], [3]),
    ('the margin the result makes', 'date 2026-05-14 Falcons beat Mariners by 7 to reach final\n\n',
     ['The Batangas Falcons beat the Cebu Mariners 91-84 on Wednesday to reach the final.', 'The Mariners led 22-20 after the first quarter.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_21, ids=[c[0] for c in FROM_SESSION_21])
def test_cases_from_session_21(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected

FROM_SESSION_22 = [
    ('the headline names a person by the given name the body writes inside her full name', 'date 2026-06-01 Datuk Seri Hamidah retires as group CEO\n\n',
     ['The group has appointed Datuk Lim Wei Keat as chief executive, succeeding Datuk Seri Hamidah Ariffin, who retires on June 30.'], []),
    ('someone else retires', 'date 2026-06-01 Datuk Seri Hamidah retires as group CEO\n\n',
     ['The group has appointed Datuk Lim Wei Keat as chief executive, succeeding Datuk Seri Azlan Ariffin, who retires on June 30.'], [3]),
    ('a mark the headline says was passed that the body\'s sums of the subject never reach', 'date 2026-02-27 Club revenue tops £300m for first time\n\n',
     ["The club's revenue rose to a record £287.4m in the year to 30 June 2025, the accounts show.",
      'Revenue was up £36.4m on the £251.0m reported for 2023-24. Net debt fell to £312.6m at the year end.'], [3]),
    ('the same mark, reached', 'date 2026-02-27 Club revenue tops £300m for first time\n\n',
     ["The club's revenue rose to a record £307.4m in the year to 30 June 2025, the accounts show.",
      'Revenue was up £36.4m on the £271.0m reported for 2023-24. Net debt fell to £312.6m at the year end.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_22, ids=[c[0] for c in FROM_SESSION_22])
def test_cases_from_session_22(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_23 = [
    ('the headline\'s count of a thing the body gives otherwise in the same words, the headline\'s figure counting another thing there',
     'date 2026-02-17 Club parts ways with coach after five straight defeats\n\n',
     ['That made it five league matches without a win for the club, one draw followed by four straight defeats.'], [3]),
    ('the same run, the headline right', 'date 2026-02-17 Club parts ways with coach after four straight defeats\n\n',
     ['That made it five league matches without a win for the club, one draw followed by four straight defeats.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_23, ids=[c[0] for c in FROM_SESSION_23])
def test_cases_from_session_23(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_24 = [
    ('the time the headline says something came "after" against the body\'s one such time', 'date 2026-04-02 Headteacher retires after 12 years at Holm Primary\n\n',
     ['Moira Baird, who took charge of Holm Primary in 2012, will retire at Easter after almost 14 years in the post.',
      'Pupils will hold an assembly in her honour on Friday.'], [3]),
    ('the same time, rounded by the body', 'date 2026-04-02 Headteacher retires after 14 years at Holm Primary\n\n',
     ['Moira Baird, who took charge of Holm Primary in 2012, will retire at Easter after almost 14 years in the post.',
      'Pupils will hold an assembly in her honour on Friday.'], []),
    ('an ordinal of the subject\'s thing the body gives as another', 'date 2026-05-09 Okonjo wins third term as club chairman\n\n',
     ['Emeka Okonjo was re-elected chairman of the Lagoon Rowing Club at its annual meeting on Saturday.',
      'Okonjo, who first held the post from 2018 to 2022, now begins his second term.'], [5]),
    ('the same ordinal, and another person\'s', 'date 2026-05-09 Okonjo wins second term as club chairman\n\n',
     ['Emeka Okonjo was re-elected chairman of the Lagoon Rowing Club at its annual meeting on Saturday.',
      'Okonjo, who first held the post from 2018 to 2022, now begins his second term. His predecessor, Ada Eze, served a third term.'], []),
    ('the headline\'s time given again in the body beside another time "after"; "at Easter" is a time, not a place', 'date 2026-04-02 Headteacher retires after 12 years at Holm Primary\n\n',
     ['Moira Baird will retire at Easter after 12 years in the post.',
      'She returned to teaching after two years in the civil service.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_24, ids=[c[0] for c in FROM_SESSION_24])
def test_cases_from_session_24(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_25 = [
    ("the headline's leaver stood down; another retires", 'date 2026-11-12 Kings Hadley mayor quits mid-term\n\n',
     ['Kings Hadley has a new mayor after Cllr Andrew Pilling stood down halfway through his year in office.',
      'Mayor Andrew Pilling said he would miss the role.',
      'Town clerk Susan Blackwood, who has served the council for 22 years, retires on 30 November.'], []),
    ("another year's leaving is no rival leaver", 'date 2026-03-05 Harcastle Foods chief executive quits\n\n',
     ['Harcastle Foods said its chief operating officer, Daniel Okoro, would leave the company.',
      'Chief executive Priya Raman, who has led the company since 2021, thanked him.',
      "The founder's son, Robert Harcastle, stepped down from the board in 2019."], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_25, ids=[c[0] for c in FROM_SESSION_25])
def test_cases_from_session_25(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_26 = [
    ("the headline's new level of a royalty, the body's change to another", 'date 2026-03-11 Treasury lifts lithium royalty to 7pc as exports surge\n\n',
     ["Government has raised the royalty payable on lithium concentrates.",
      "The minister said the royalty on spodumene concentrates would rise from 5 percent to 6 percent with effect from April 1."], [5]),
    ("the same new level", 'date 2026-03-11 Treasury lifts lithium royalty to 6pc as exports surge\n\n',
     ["Government has raised the royalty payable on lithium concentrates.",
      "The minister said the royalty on spodumene concentrates would rise from 5 percent to 6 percent with effect from April 1."], []),
    ("another thing's change to another level", 'date 2026-03-11 Treasury lifts lithium royalty to 7pc as exports surge\n\n',
     ["Government has raised the royalty payable on lithium concentrates.",
      "Fuel duty would rise from 5 percent to 6 percent with effect from April 1."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_26, ids=[c[0] for c in FROM_SESSION_26])
def test_cases_from_session_26(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_27 = [
    ("ridership in the headline, boardings in the body", 'date 2026-04-15 ION ridership jumps 14 per cent as extension clears council\n\n',
     ["Boardings on the ION rose 11 per cent last year, according to a report presented on Tuesday night.",
      "Council voted 13-3 to approve the next phase."], [3]),
    ("the same rise, agreeing", 'date 2026-04-15 ION ridership jumps 11 per cent as extension clears council\n\n',
     ["Boardings on the ION rose 11 per cent last year, according to a report presented on Tuesday night.",
      "Council voted 13-3 to approve the next phase."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27, ids=[c[0] for c in FROM_SESSION_27])
def test_cases_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_27_RESULTS = [
    ("an earlier match dated in the result's sentence", 'date 2026-06-15 Kilkenny edge Galway in Leinster final\n\n',
     ["Kilkenny won by two points at Croke Park yesterday.",
      "It was revenge for the round-robin defeat on Sunday, May 17, when Galway won 0-25 to 1-19."], []),
    ("the same result told of the match reported", 'date 2026-06-15 Kilkenny edge Galway in Leinster final\n\n',
     ["Galway won 0-25 to 1-19 at Croke Park yesterday."], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_RESULTS, ids=[c[0] for c in FROM_SESSION_27_RESULTS])
def test_results_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_27_KWACHA = [
    ("a headline's kwacha figure one digit off the body's", 'date 2026-07-29 Mining royalties hit K11.4bn in half-year\n\n',
     ["Mineral royalty collections rose to K10.4 billion in the first six months of 2026, up from K8.9 billion in the same period last year.",
      "The revenue authority said copper output rose."], [3]),
    ("the same figure in both", 'date 2026-07-29 Mining royalties hit K10.4bn in half-year\n\n',
     ["Mineral royalty collections rose to K10.4 billion in the first six months of 2026, up from K8.9 billion in the same period last year.",
      "The revenue authority said copper output rose."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_KWACHA, ids=[c[0] for c in FROM_SESSION_27_KWACHA])
def test_kwacha_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


_BANK = 'date 2026-03-27 Meridian Trust Bank pre-tax profit rises 31% to N468bn\n\n'
_CAPITAL = "The bank's share capital is now above the N500bn minimum the central bank set."
FROM_SESSION_28 = [
    ("a verb's object reaches the level; a round figure of another thing is no rounding of the headline's", _BANK,
     ["Meridian Trust Bank Plc grew its profit before tax by 30.9 per cent to N486.2bn in 2025.", _CAPITAL], [3]),
    ("the headline's figure in the body", _BANK,
     ["Meridian Trust Bank Plc grew its profit before tax by 30.9 per cent to N468.2bn in 2025.", _CAPITAL], []),
    ("a body figure said to be approximate may be the headline's, rounded", _BANK,
     ["Meridian Trust Bank Plc grew its profit before tax by about 31 per cent to about N470bn in 2025."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_28, ids=[c[0] for c in FROM_SESSION_28])
def test_cases_from_session_28(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_29 = [
    ("a headline's share in favour against the body's one", 'date 2026-06-05 Flight attendants ratify contract with 78% support\n\n',
     ["The union said 58.4 per cent of members who cast ballots voted in favour.",
      "Last fall 99.1 per cent backed job action, and in February 91 per cent rejected an earlier offer."], [3]),
    ("the same share, rounded", 'date 2026-06-05 Flight attendants ratify contract with 58% support\n\n',
     ["The union said 58.4 per cent of members who cast ballots voted in favour."], []),
    ("a share of something the vote backed is no share in favour", 'date 2026-06-05 Flight attendants ratify contract with 78% support\n\n',
     ["Wages rise 12 per cent in the first year, a deal members backed.", "The union said 78 per cent voted in favour."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_29, ids=[c[0] for c in FROM_SESSION_29])
def test_cases_from_session_29(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


def test_a_standfirst_share_in_favour_against_the_body(rules):
    text = ("date 2026-02-24 Lecturers walk out over pay\n\nLecturers walk out over pay\n\n"
            "Eight days of strikes begin after 81 per cent of union members voted for action\n\n"
            "By Hannah Okonjo, Education Correspondent\n\n"
            "Lecturers at Eastbridge College began the first of eight days of strikes on Tuesday.\n\n"
            "The union said the dispute was about pay and the loss of 40 teaching posts.\n\n"
            "Of the 1,140 members who voted, 832 — 73 per cent — backed strike action, and 308 voted against.\n")
    assert findings_of(text, rules=rules, check='headline-body-conflict') == [('headline-body-conflict', 13)]
    assert findings_of(text.replace("81 per cent", "73 per cent"), rules=rules, check='headline-body-conflict') == []


_SITE = 'date 2026-05-14 Seri Mutiara names new group MD, picks Ipoh for RM350m plant\n\n'

FROM_SESSION_30 = [
    ("a site the headline picks that the body never names, the body's plant in another place", _SITE,
     ["The board approved a RM350mil investment in a new packaging plant on a 40-acre site in Seremban, Negeri Sembilan.",
      "Group chief financial officer Cheah Mei Ling said the plant would be financed through internal funds."], [3]),
    ("the body names the site", _SITE,
     ["The board approved a RM350mil investment in a new packaging plant on a 40-acre site in Ipoh, Perak.",
      "Group chief financial officer Cheah Mei Ling said the plant would be financed through internal funds."], []),
    ("a person picked for a post is no place", 'date 2026-05-14 Coach picks Okafor for final\n\n',
     ["Dana Okafor starts in the final at Twickenham on Saturday, the coach said.",
      "The final in London will be the club's first since 2019."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30, ids=[c[0] for c in FROM_SESSION_30])
def test_cases_from_session_30(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_30_TOP = [
    ("a side the headline sends top that the body puts second", 'date 2026-02-28 Raith go top after Fife derby win\n\n',
     ["Raith Rovers took the Fife derby honours as a late Callum Ferrie header settled it.",
      "The win lifts Rovers to second in the Championship, a point behind leaders Ayr United."], [5]),
    ("the body takes the side to the top, and places another side", 'date 2026-01-24 Five-try Glanrhyd sink Cefn Mably to go top of the Premiership\n\n',
     ["Glanrhyd moved to the top of the Welsh Premiership on Saturday after a 32-23 win over Cefn Mably.",
      "Pugh, whose side slip to fourth, said he had no complaints."], []),
    ("the infinitive's subject opens the headline, not the name before 'to'", 'date 2026-03-07 Point Fortin Civic hit four past Jabloteh to go top\n\n',
     ["Point Fortin Civic moved to the top of the league on Saturday night, beating San Juan Jabloteh.",
      "Police held out for a point that lifts them to seventh."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30_TOP, ids=[c[0] for c in FROM_SESSION_30_TOP])
def test_going_top(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


_SOLD_OUT = 'date 2026-03-12 Harbour Lights weekend tickets sell out in two hours\n\n'

FROM_SESSION_30_TIME_TAKEN = [
    ("the time a sell-out took, given otherwise", _SOLD_OUT,
     ["Weekend tickets for the Harbour Lights festival sold out yesterday in just under four hours, with thousands left empty-handed."], [3]),
    ("the same time", _SOLD_OUT,
     ["Weekend tickets for the Harbour Lights festival sold out yesterday in just under two hours, with thousands left empty-handed."], []),
    ("a length of time of something else", _SOLD_OUT,
     ["Weekend tickets for the Harbour Lights festival sold out yesterday morning.",
      "Some fans queued online for four hours in the hope of returns."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30_TIME_TAKEN, ids=[c[0] for c in FROM_SESSION_30_TIME_TAKEN])
def test_time_taken(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


_FLIGHTS = 'date 2025-08-12 Kanem Air cuts Lagos\u2013Abuja flights to four a day from September\n\n'

FROM_SESSION_30_RATES = [
    ("a count per day the headline cuts to, the body's cut to another", _FLIGHTS,
     ["Kanem Air will cut its flights between Lagos and Abuja from six a day to three from Monday 1 September.",
      "Its chief executive said four of the airline's 11 aircraft were on the ground."], [3]),
    ("the body's cut to the headline's count", _FLIGHTS,
     ["Kanem Air will cut its flights between Lagos and Abuja from six a day to four from Monday 1 September."], []),
    ("a bare count the headline cuts to is left alone", 'date 2025-08-12 Council cuts library staff to 40\n\n',
     ["The council will cut its library staff from 52 to 44 next year."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30_RATES, ids=[c[0] for c in FROM_SESSION_30_RATES])
def test_counted_rates(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


_WINLESS = 'date 2026-04-14 Royal Eagles part ways with Boateng after six-game winless run\n\n'

FROM_SESSION_30_RUNS = [
    ("a run counted in games, given another length in the body", _WINLESS,
     ["The club confirmed the decision less than 24 hours after a 1-0 home defeat. That result extended their run without a win to five matches, three of them defeats."], [3]),
    ("the same length", _WINLESS,
     ["The club confirmed the decision less than 24 hours after a 1-0 home defeat. That result extended their run without a win to six matches, three of them defeats."], []),
    ("a run that grew is given two lengths: which is the headline's is unsaid", _WINLESS,
     ["The club confirmed the decision after a 1-0 home defeat extended their run without a win to six matches.",
      "When the board last met, the side were winless in four games."], []),
    ("a run of another kind", _WINLESS,
     ["The club confirmed the decision after a 1-0 home defeat, their third defeat in a row, which left them unbeaten in five games at home no longer."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30_RUNS, ids=[c[0] for c in FROM_SESSION_30_RUNS])
def test_runs_counted_in_games(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


_EDGE = 'date 2026-04-13 Cwmderi edge Tregaron 27-24 in the mud\n\n'

FROM_SESSION_31_STANDINGS = [
    ("a winner the body says finished lower", 'date 2026-05-02 Maple Verdict wins the Oaks\n\n',
     ["Maple Verdict, the favourite, finished second at Epsom on Friday after a late surge from the outsider Glen Arra."], [3]),
    ("a side that wins and moves up the table", _EDGE,
     ["Cwmderi moved up to third in the league table with a 27-24 win over Tregaron on Saturday."], []),
    ("a side that wins and sits in a place in the table", _EDGE,
     ["Cwmderi, who were fifth in the standings before kick-off, held on for a 27-24 win over Tregaron."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_31_STANDINGS, ids=[c[0] for c in FROM_SESSION_31_STANDINGS])
def test_standings_are_not_finishes(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


_FRYERS = 'date 2026-05-14 Kestrel recalls 46,000 air fryers after four kitchen fires\n\n'

FROM_SESSION_31_RESULT_CLAUSE = [
    ("a count the body gives through what the counted things resulted in", _FRYERS,
     ["The company said it had received 31 reports of overheating, including three that resulted in fires in kitchens."], [3]),
    ("the same count through 'of which led to'", _FRYERS,
     ["The company said it had received 31 reports of overheating, four of which led to fires in kitchens."], []),
    ("the clause's result is another thing", _FRYERS,
     ["The company said it had received four reports of kitchen fires, three of which resulted in minor injuries."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_31_RESULT_CLAUSE, ids=[c[0] for c in FROM_SESSION_31_RESULT_CLAUSE])
def test_counts_through_a_result_clause(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


_NAMES = 'date 2026-03-02 Sinar Permata names Rajeswari group CEO as profit jumps 18%\n\n'

FROM_SESSION_31_APPOINTEE = [
    ("the headline's appointee, no 'as', the body's another by a planned promotion", _NAMES,
     ["The board said chief operating officer Ahmad Faizal Rahman would be promoted to group chief executive officer from April 1.",
      "Group chief financial officer Rajeswari Subramaniam will stay in her current role."], [3]),
    ("the body promotes the headline's appointee", _NAMES,
     ["The board said chief financial officer Rajeswari Subramaniam would be promoted to group chief executive officer from April 1.",
      "Chief operating officer Ahmad Faizal Rahman will stay in his current role."], []),
    ("a role of another kind", _NAMES,
     ["The board said chief operating officer Ahmad Faizal Rahman would be promoted to deputy chairman from April 1.",
      "Rajeswari Subramaniam takes over as group chief executive officer."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_31_APPOINTEE, ids=[c[0] for c in FROM_SESSION_31_APPOINTEE])
def test_headline_appointee_without_as(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_31_CA141 = [
    ("another side opens the sentence of an unnamed placing", 'date 2026-03-16 Kotoko go top as Mensah brace sinks Hearts\n\n',
     ["Asante Kotoko moved to the summit of the league on Sunday after a 2-1 win over Hearts of Oak.",
      "At the bottom, Accra Lions remain 18th after their home defeat by Nsoatreman, who climbed to 14th. Heart of Lions, not to be confused with their Accra namesakes, are 16th."], []),
    ("an unnamed placing that may be the subject's", 'date 2026-04-12 Ayla Moss finishes second in Valbrook Marathon\n\n',
     ["The 26-year-old from Thornbury finished third behind Kenya's Faith Chelimo, and Ethiopia's Meseret Tadesse, who was second."], [3]),
    ("the body's count beside another year's count of the same thing", 'date 2026-02-10 Stopbank upgrade gets green light, protecting 1,900 homes\n\n',
     ["The scheme will protect around 1,700 homes in North Clyde, staff said. Many streets went under when a cyclone struck in February 2023, when floodwaters entered about 650 homes."], [3]),
    ("the body's count agrees", 'date 2026-02-10 Stopbank upgrade gets green light, protecting 1,700 homes\n\n',
     ["The scheme will protect around 1,700 homes in North Clyde, staff said. Many streets went under when a cyclone struck in February 2023, when floodwaters entered about 650 homes."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_31_CA141, ids=[c[0] for c in FROM_SESSION_31_CA141])
def test_cases_from_ca141(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_32_RESULTS = [
    ("a vote the measure's sentence gives otherwise", 'date 2026-03-19 Senate passes $240M child care credit on 36-31 vote\n\n',
     ["The Minnesota Senate on Thursday approved a $239.6 million expansion of the child care tax credit.",
      "The bill cleared the Senate 35-32 after nearly five hours of debate."], [5]),
    ("the vote as the headline has it", 'date 2026-03-19 Senate passes $240M child care credit on 36-31 vote\n\n',
     ["The Minnesota Senate on Thursday approved a $239.6 million expansion of the child care tax credit.",
      "The bill cleared the Senate 36-31 after nearly five hours of debate."], []),
    ("the headline's match, another event in a later clause", 'date 2026-02-16 Enyimba go top with 2-0 win over Rangers\n\n',
     ["Enyimba moved top on Sunday after a 2-1 win over Rangers International in Aba, taking advantage of Remo Stars' slip a day earlier.",
      "Remo Stars remain on 37 points after a 1-0 defeat to Plateau United on Saturday."], [3]),
    ("another event opening the score's sentence", 'date 2026-02-16 Enyimba go top with 2-0 win over Rangers\n\n',
     ["Enyimba moved top on Sunday with a 2-0 win over Rangers International in Aba.",
      "In the previous meeting, Rangers won 2-1 at home."], []),
    ("a school class is a label, not a count", 'date 2026-05-22 Board declares Class 12 results\n\n',
     ["The board said the pass rate rose this year.",
      "Results for Class 10 will be declared next week, a board official said."], []),
    ("a school year is a label, not a count", 'date 2026-05-13 Year 7 application deadline pushed back two weeks\n\n',
     ["Families applying for a secondary school place have been given an extra fortnight.",
      "About 61,200 of the expected 68,400 applications had been received by the end of last week."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_32_RESULTS, ids=[c[0] for c in FROM_SESSION_32_RESULTS])
def test_results_and_labels(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_32_PART_OF_WHOLE = [
    ("the headline's count is the part of a share", 'date 2026-03-24 Labor wins 29 seats as government returned\n\n',
     ["Labor has secured a second term, with the count leaving the party on 28 of the 47 seats in the House of Assembly."], [3]),
    ("the part agrees", 'date 2026-03-24 Labor wins 28 seats as government returned\n\n',
     ["Labor has secured a second term, with the count leaving the party on 28 of the 47 seats in the House of Assembly."], []),
    ("another side's part", 'date 2026-03-24 Labor wins 29 seats as government returned\n\n',
     ["Labor has secured a second term, leaving the party on 29 of the 47 seats in the House of Assembly.", "The Liberals hold 13 of the 47 seats."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_32_PART_OF_WHOLE, ids=[c[0] for c in FROM_SESSION_32_PART_OF_WHOLE])
def test_part_of_whole(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


def test_the_part_not_the_whole_is_reported(rules):
    from factcheck.engine import check_text

    head, paragraphs = FROM_SESSION_32_PART_OF_WHOLE[0][1], FROM_SESSION_32_PART_OF_WHOLE[0][2]
    (found,) = [f for f in check_text(head + "\n\n".join(paragraphs) + "\n", rules=rules) if f.check == "headline-body-conflict"]
    assert "\u201c28\u201d" in found.message


FROM_SESSION_32_CK151 = [
    ("an earlier match dated in the result's clause", 'date 2026-05-10 Nadroga topple Naitasiri to take Skipper Cup lead\n\n',
     ["Nadroga took the Skipper Cup lead with a bonus-point win at Lawaqa Park on Saturday.",
      "Their only loss came in round one, when Naitasiri beat them 22-17 in Nausori on 4 April."], []),
    ("the headline's own match told as lost", 'date 2026-05-10 Nadroga topple Naitasiri to take Skipper Cup lead\n\n',
     ["Naitasiri beat Nadroga 31-20 at Lawaqa Park on Saturday to go top of the Skipper Cup."], [3]),
    ("a headline count before a preposition", 'date 2026-04-17 PA approves 17-storey Gzira hotel despite objections\n\n',
     ["The Planning Authority board on Thursday approved a 16-storey hotel on the Gzira seafront."], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_32_CK151, ids=[c[0] for c in FROM_SESSION_32_CK151])
def test_ck151(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


def test_a_tally_spelled_out_in_headline_and_body(rules):
    paragraphs = ["Members of the board voted eight to one in favour of the scheme at a meeting on Monday, with one abstention."]
    assert lines_found('date 2026-03-10 Tram link approved by nine votes to one\n\n', paragraphs, 'headline-body-conflict', rules) == [3]
    assert lines_found('date 2026-03-10 Tram link approved by eight votes to one\n\n', paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_level_after_its_participle_against_the_bodys_change(rules):
    paragraphs = ["The state government today lifted the maximum recovery grant for flood-affected small businesses from $15,000 to $20,000."]
    assert lines_found('date 2026-05-05 Gympie flood grants lifted to $25,000 as businesses count the cost\n\n', paragraphs, 'headline-body-conflict', rules) == [3]
    assert lines_found('date 2026-05-05 Gympie flood grants lifted to $20,000 as businesses count the cost\n\n', paragraphs, 'headline-body-conflict', rules) == []


def test_jobs_eliminated_are_jobs_lost(rules):
    paragraphs = ["Northway Home Ltd. will close 14 stores and eliminate roughly 900 positions, about 8 per cent of its work force."]
    assert lines_found('date 2026-03-05 Northway Home to cut 1,200 jobs, close 14 stores\n\n', paragraphs, 'headline-body-conflict', rules) == [3]
    assert lines_found('date 2026-03-05 Northway Home to cut 900 jobs, close 14 stores\n\n', paragraphs, 'headline-body-conflict', rules) == []


def test_a_year_between_the_headline_amount_and_its_noun(rules):
    head = 'date 2026-01-09 Ogun signs ₦742bn 2026 budget into law\n\n'
    paragraphs = ["Governor Adekunle Bamidele on Thursday signed the appropriation bill into law, two days after the House of Assembly passed a ₦724.6 billion budget."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs = ["Governor Adekunle Bamidele on Thursday signed the appropriation bill into law, two days after the House of Assembly passed a ₦742.3 billion budget."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


FROM_SESSION_34_SCORES_AND_PLACES = [
    ("a score after the beaten side, the win told in two words", 'date 2026-03-14 Cedar Valley beat Mesa Ridge 74-71 to reach final\n\n',
     ["Marcus Holloway scored 22 points and Cedar Valley held off No. 3 seed Mesa Ridge 74-70 on Saturday in the semifinals.",
      "Mesa Ridge pulled within 71-70 with 41 seconds left before two free throws sealed the 74-70 win."], [3]),
    ("the score the headline gives", 'date 2026-03-14 Cedar Valley beat Mesa Ridge 74-70 to reach final\n\n',
     ["Marcus Holloway scored 22 points and Cedar Valley held off No. 3 seed Mesa Ridge 74-70 on Saturday in the semifinals.",
      "Mesa Ridge pulled within 71-70 with 41 seconds left before two free throws sealed the 74-70 win."], []),
    ("a region of a place holds the town the body names", 'date 2026-03-13 Brothers jailed over cannabis factory in south Armagh shed\n\n',
     ["Two brothers who turned a disused poultry shed near Crossmaglen into a cannabis factory have each been jailed for four years."], []),
    ("a place the body never names, the body's one other", 'date 2026-03-13 Brothers jailed over cannabis factory in Armagh shed\n\n',
     ["Two brothers who turned a disused poultry shed near Crossmaglen into a cannabis factory have each been jailed for four years."], [3]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_34_SCORES_AND_PLACES, ids=[c[0] for c in FROM_SESSION_34_SCORES_AND_PLACES])
def test_scores_and_places(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


def test_a_round_up_crosshead_gives_its_item_result(rules):
    text = ("---\ntitle: Lincoln rallies past Westfield 31-28\ndate: 2026-09-19\n---\n\n# Lincoln rallies past Westfield 31-28\n\n"
            "Lincoln trailed by a touchdown going into the fourth quarter Friday night and still found a way.\n\n"
            "## Lincoln 31, Westfield 24\n\n"
            "Lincoln scored the final 14 points to beat Westfield at Memorial Stadium after trailing 24-17 after three quarters.\n")
    assert [line for check, line in findings_of(text, "md", rules=rules, check="headline-body-conflict")] == [10]
    assert findings_of(text.replace("Westfield 24", "Westfield 28"), "md", rules=rules, check="headline-body-conflict") == []


def test_a_measure_in_the_headline_against_the_opening(rules):
    head = 'date 2026-10-02 Wildfire season ends with 1.6 million hectares burned\n\n'
    paragraphs = ["The province's 2026 wildfire season, which closed on Wednesday, scorched 1.41 million hectares of forest and grassland.",
                  "The area burned is 59 per cent larger than the 886,000 hectares lost in 2025."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("1.41 million", "1.6 million")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    # another thing of that unit, in a sentence sharing no word of the headline's
    paragraphs[0] = "The province's forests cover 57 million hectares, and 1.41 million of them are parkland."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_lead_the_match_passed_through_is_not_its_margin(rules):
    head = 'date 2026-05-10 Reeves brothers lead Hawks past Saints by 27 points\n\n'
    paragraphs = ["Hawthorn found another gear after half-time on Saturday night, turning a deficit into a win over St Kilda.",
                  "The second term was an arm wrestle, and the Saints still led by two points at half-time, 7.3 (45) to 6.7 (43)."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


_RANKED = 'date 2026-02-22 No. 17 Rivermont Women Hold Off Eastfield, 71-64\n\n'
FROM_SESSION_35_STANDINGS = [
    ("a side's rank before its name, given otherwise by the body", _RANKED,
     ["Jada Thompson scored 22 points, and the 19th-ranked Rivermont women's team withstood a late Eastfield rally for a 71-64 win.",
      "No. 19 Rivermont has won nine straight."], [3]),
    ("the body gives the headline's rank", _RANKED,
     ["The 17th-ranked Rivermont women withstood a late Eastfield rally for a 71-64 win.", "No. 17 Rivermont has won nine straight."], []),
    ("the body ranks it two ways (a move in the poll)", _RANKED,
     ["The 19th-ranked Rivermont women withstood a late Eastfield rally for a 71-64 win.", "No. 17 Rivermont is expected to climb."], []),
    ("another side's rank", _RANKED,
     ["Rivermont withstood a late rally by No. 19 Eastfield for a 71-64 win."], []),
    ("a seed is another ranking", 'date 2026-03-12 No. 2 Rivermont Beat Eastfield in Quarter-final\n\n',
     ["No. 5 Rivermont seed beat Eastfield 71-64.", "The No. 3 seed Rivermont play Lakeport on Friday."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_35_STANDINGS, ids=[c[0] for c in FROM_SESSION_35_STANDINGS])
def test_standings_before_names(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


def test_a_namesake_placed_lower_is_not_the_headlines_winner(rules):
    head = 'date 2026-10-27 Priya Patel elected Guelph mayor, unseating incumbent\n\n'
    paragraphs = ["Former city councillor Priya Patel will be Guelph's next mayor after defeating the incumbent by more than 4,000 votes.",
                  "Businessman Dev Patel, who is not related to the mayor-elect, finished third with 4,105 votes."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[0] = "Former city councillor Priya Patel stood against the incumbent, Mark Kowalski."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[1] = "Patel finished third with 4,105 votes."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]


def test_a_placing_told_with_with_and_the_boats_first_name(rules):
    head = 'date 2025-08-10 Nadubhagam Chundan wins Nehru Trophy in photo finish\n\n'
    paragraphs = ["Kainakary Boat Club rowed Veeyapuram Chundan to victory on Saturday.",
                  "Veeyapuram crossed the line in 4:21.14, with Nadubhagam, rowed by the Punnamada Boat Club, second in 4:21.19."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = "Veeyapuram crossed the line in 4:21.14, with Karichal, rowed by the Punnamada Boat Club, second in 4:21.19."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


FROM_SESSION_36_MARGINS_JOINED = [
    ("a margin 'by' a count against the body's joined margin", ["India completed a six-wicket victory over South Africa on Monday.",
      "South Africa lost their last seven wickets for 51 runs."], [3]),
    ("the same margin joined", ["India completed a seven-wicket victory over South Africa on Monday."], []),
    ("the same margin told with 'by' later", ["India completed a six-wicket victory over South Africa on Monday.",
      "It was a win by seven wickets in the end, the scorers agreed."], []),
    ("a margin of another match", ["India beat South Africa in Ranchi on Monday.", "Last week's six-wicket victory in Pune had put India ahead in the series."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_36_MARGINS_JOINED, ids=[c[0] for c in FROM_SESSION_36_MARGINS_JOINED])
def test_margins_joined_to_their_result(name, paragraphs, expected, rules):
    assert lines_found('date 2026-01-27 India win by seven wickets in Ranchi to take series 2-0\n\n', paragraphs, 'headline-body-conflict', rules) == expected


def test_a_headline_name_a_crosshead_uses_is_the_bodys(rules):
    def page(crosshead: str) -> str:
        return (
            "<html><head><title>Round 3 wrap: Storm edge Panthers in golden point</title><meta name=\"date\" content=\"2026-03-23\"></head><body><article>\n"
            "<h1>Round 3 wrap: Storm edge Panthers in golden point</h1>\n"
            "<p>Melbourne needed extra time to get past Penrith on Friday night at AAMI Park.</p>\n"
            f"<h2>{crosshead}</h2>\n"
            "<p>Melbourne five-eighth Jordan Pike landed a field goal in the 84th minute to settle a tense contest.</p>\n"
            "<p>In Saturday's other games, the Roosters beat the Sea Eagles 28-14, while Sunday's early game saw the Eels edge the Bulldogs 17-16.</p>\n"
            "</article></body></html>\n"
        )
    assert findings_of(page("Storm 19 Panthers 18"), "html", rules, check="headline-body-conflict") == []
    assert findings_of(page("Golden point decides it"), "html", rules, check="headline-body-conflict") == [("headline-body-conflict", 6)]


FROM_SESSION_37 = [
    ("a sum the headline gives beside another clause's change", 'date 2026-02-12 Council tax to rise 4.99% as county agrees £24m of savings\n\n',
     ["Councillors approved the budget on Wednesday, which includes £21.6m of savings.", "Households will pay more from April."], [3]),
    ("the body gives the headline's sum", 'date 2026-02-12 Council tax to rise 4.99% as county agrees £24m of savings\n\n',
     ["Councillors approved the budget on Wednesday, which includes £24m of savings.", "Households will pay more from April."], []),
    ("a part of a whole never counted counts the headline's thing", 'date 2026-03-04 Council backs plan to upgrade 14 play parks\n\n',
     ["The council has approved a £3.2m programme to refurbish 12 of its most run-down play parks.",
      "The work will be carried out in two phases. Four parks will be upgraded first, with the remaining eight following in 2027."], [3]),
    ("that part is the headline's", 'date 2026-03-04 Council backs plan to upgrade 12 play parks\n\n',
     ["The council has approved a £3.2m programme to refurbish 12 of its most run-down play parks.",
      "The work will be carried out in two phases. Four parks will be upgraded first, with the remaining eight following in 2027."], []),
    ("a breakdown whose other part leaves its noun out", 'date 2026-03-04 Council backs plan to upgrade 12 play parks\n\n',
     ["The work will be carried out in two phases. Four parks will be upgraded first, with the remaining eight following in 2027."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_37, ids=[c[0] for c in FROM_SESSION_37])
def test_from_session_37(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_37_SWAPS = [
    ("the opening's figure with the headline's digits swapped, not a later one", 'date 2026-05-20 Ratepayers face 6.5 per cent rise\n\n',
     ["Councillors on Tuesday night endorsed a draft budget that lifts general rates by 5.6 per cent.",
      "Farmland rates will rise by 4.2 per cent.", "The waste charge will rise from $486 to $512, an increase of 5.3 per cent."], [3]),
    ("a margin with its digits swapped", 'date 2026-06-12 Greens win Ashworth by-election by 164 votes\n\n',
     ["Priyanka Raghunathan was elected with 1,486 votes. Labour's Martin Hughes came second with 1,340.",
      "That gave Ms Raghunathan a majority of 146."], [5]),
    ("the body gives the headline's figure", 'date 2026-05-20 Ratepayers face 6.5 per cent rise\n\n',
     ["Councillors on Tuesday night endorsed a draft budget that lifts general rates by 6.5 per cent.",
      "Farmland rates will rise by 5.6 per cent."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_37_SWAPS, ids=[c[0] for c in FROM_SESSION_37_SWAPS])
def test_swapped_digits_from_session_37(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == expected


def test_a_margin_the_bodys_two_counts_make(rules):
    head = 'date 2026-02-26 Government sees off eviction ban motion by 13 votes\n\n'
    paragraphs = ["The Government last night defeated the motion, winning the Dáil vote by 82 votes to 69 after a two-day debate."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs = ["The Government last night defeated the motion, winning the Dáil vote by 82 votes to 73 after a two-day debate."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) != []


FROM_SESSION_38_MARGIN_BY = [
    ("the opening's result told 'win by' another count", ["Geelong held on at Kardinia Park on Sunday to win by 14 points, with Cody Marsh kicking five goals.",
      "The Cats led by 20 points at half-time."], [3]),
    ("the same margin", ["Geelong held on at Kardinia Park on Sunday to win by nine points, with Cody Marsh kicking five goals.",
      "The Cats led by 20 points at half-time."], []),
    ("a lead at a break is no result", ["Geelong led by 14 points at half-time at Kardinia Park on Sunday."], []),
    ("the result of last week's match", ["Last week Geelong lost by 14 points to Carlton.", "They bounced back at Kardinia Park on Sunday."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_38_MARGIN_BY, ids=[c[0] for c in FROM_SESSION_38_MARGIN_BY])
def test_margin_told_with_by_in_the_opening(name, paragraphs, expected, rules):
    assert lines_found('date 2026-05-03 Cats hold off Blues to win by nine points\n\n', paragraphs, 'headline-body-conflict', rules) == expected


def test_some_of_the_headlines_things_are_a_part(rules):
    head = 'date 2026-03-13 PC sacked after 14 record checks on ex-partner\n\n'
    paragraphs = ["A constable who searched police systems for his former partner has been dismissed.",
                  "PC Dan Hurst made 11 searches on the national computer and the force's own records system.",
                  "The hearing at the force's headquarters lasted four days.",
                  "Counsel for the force said seven of the checks had been made on the national computer and four on the force's system."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[3] = "Counsel for the force said seven checks had been made in all."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [9]



def test_a_deal_is_a_contract(rules):
    head = 'date 2026-04-09 Forge hand Beaulieu three-year deal as head coach\n\n'
    paragraphs = ["The Hamilton Forge have named Ryan Beaulieu their full-time head coach on a four-year contract that runs through the 2029-30 season."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs = ["The Hamilton Forge have named Ryan Beaulieu their full-time head coach on a three-year contract that runs through the 2028-29 season."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


FROM_SESSION_38_NAMED_FIGURES = [
    ("a named body's figure in a list against the headline's bound", ["Across Northern Ireland, 221,060 patients had waited more than a year for a first appointment.",
      "The Belfast Trust had the most, at 72,480. It was followed by the Southern Trust on 56,210, the Northern Trust on 38,940 and the Western Trust on 23,780."], [5]),
    ("the bound holds", ["Across Northern Ireland, 221,060 patients had waited more than a year for a first appointment.",
      "The Belfast Trust had the most, at 72,480. It was followed by the Southern Trust on 61,210, the Northern Trust on 38,940 and the Western Trust on 23,780."], []),
    ("the name given two figures", ["The Southern Trust on 56,210 was second in March.", "By June the Southern Trust on 61,400 had overtaken Belfast."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_38_NAMED_FIGURES, ids=[c[0] for c in FROM_SESSION_38_NAMED_FIGURES])
def test_a_named_bodys_figure_in_a_list(name, paragraphs, expected, rules):
    assert lines_found('date 2026-05-14 More than 61,000 Southern Trust patients waiting over a year\n\n', paragraphs, 'headline-body-conflict', rules) == expected


FROM_SESSION_38_MONEY_COMPOUNDS = [
    ("a sum joined to its noun against the opening's sum for that noun", ["The hospital foundation publicly launched the largest fundraising campaign in its history on Tuesday, aiming to raise $16 million to bring the hospital its first MRI scanner.",
      "The campaign will put $9 million toward a new MRI suite, $5 million toward the ICU redevelopment and $2 million into an equipment endowment."], [3]),
    ("the same sum", ["The hospital foundation publicly launched the largest fundraising campaign in its history on Tuesday, aiming to raise $18 million to bring the hospital its first MRI scanner.",
      "The campaign will put $9 million toward a new MRI suite, $7 million toward the ICU redevelopment and $2 million into an equipment endowment."], []),
    ("a part far below the whole", ["The hospital foundation launched its campaign on Tuesday with a $4 million gift from a local family."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_38_MONEY_COMPOUNDS, ids=[c[0] for c in FROM_SESSION_38_MONEY_COMPOUNDS])
def test_a_sum_joined_to_its_noun_in_the_headline(name, paragraphs, expected, rules):
    assert lines_found('date 2026-02-10 Hospital foundation launches $18-million campaign for MRI\n\n', paragraphs, 'headline-body-conflict', rules) == expected


def test_a_name_before_a_names_word_is_not_in_the_headline_names_place(rules):
    head = 'date 2026-03-18 Live: NI Water bosses questioned by Stormont infrastructure committee\n\n'
    paragraphs = ["Senior NI Water executives are appearing before the Assembly's Infrastructure Committee this morning."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs = ["Senior NI Water executives are appearing before the Dublin infrastructure committee this morning."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_change_in_the_headlines_own_year(rules):
    head = 'date 2026-02-12 Mozambique gas exports climb 14% in 2025 as floating plant runs past capacity\n\n'
    paragraphs = ["Mozambique shipped 3.52 million tonnes of liquefied natural gas in 2025, up 10 percent from 3.20 million tonnes a year earlier, the institute said."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs = ["Mozambique shipped 3.52 million tonnes of liquefied natural gas in 2023, up 10 percent from 3.20 million tonnes a year earlier, the institute said."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_vote_told_by_its_verb_and_measure(rules):
    head = 'date 2026-04-17 Councillors back bus priority plan 12-8\n\n'
    assert lines_found(head, ["The plan passed 13-7 after four hours of debate."], 'headline-body-conflict', rules) == [3]
    assert lines_found(head, ["The plan passed 12-8 after four hours of debate."], 'headline-body-conflict', rules) == []


def test_a_headline_addition_against_the_bodys(rules):
    head = 'date 2026-02-06 Precept rise approved to pay for 60 more neighbourhood officers\n\n'
    paragraphs = ["The commissioner won approval for a rise which she says will put 40 more neighbourhood officers on the streets."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs = ["The commissioner won approval for a rise which she says will put 60 more neighbourhood officers on the streets."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_change_against_figures_published_last_week_after_a_profile(rules):
    head = 'date 2026-03-10 New police commander takes charge as violent crime falls 8%\n\n'
    paragraphs = ["The new commander of the division has promised to keep officers in remote communities.",
                  "Chief Superintendent Eilidh Mackay formally started as divisional commander on Monday.",
                  "Mackay, 46, grew up in Dingwall and joined the force in 2003.",
                  "Figures published by the force last week show 1,327 violent crimes were recorded in the eleven months to January, "
                  "down from 1,412 a year earlier, a fall of 6 per cent."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [9]
    paragraphs[3] = paragraphs[3].replace("a fall of 6 per cent", "a fall of 8 per cent").replace("1,327", "1,299")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_change_in_the_headline_is_no_slip_of_a_level_in_the_body(rules):
    head = 'date 2026-06-17 Coal royalties slide by $1.2 billion\n\n'
    paragraphs = ["The Hunter Valley remains the largest contributor, with mines in the region expected to pay $2.1 billion this year."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs = ["Royalties are forecast at $3.6 billion this year, after a slide by $2.1 billion."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_flights_number_is_no_count_of_flights(rules):
    head = 'date 2026-03-10 Airline opens Almaty route with four weekly flights\n\n'
    paragraphs = ["The inaugural flight, ET 724, left Addis Ababa late on Saturday and landed in Almaty on Sunday."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_tally_against_sides_told_after_the_verb(rules):
    head = 'date 2026-02-23 Congress approves league expansion by 112 votes to 9\n\n'
    paragraphs = ["Delegates voted 112 in favour, with 11 against and four abstentions, among the 127 delegates present."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs = ["Delegates voted 112 in favour, with 9 against and four abstentions, among the 125 delegates present."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_round_ups_second_margin_is_read_where_the_body_names_its_sides(rules):
    head = "date 2026-01-22 Israr century powers Peshawar; Karachi Whites edge Multan by three wickets\n\n"
    paragraphs = ["Opener Israr Khan struck 112 as Peshawar beat Faisalabad by 46 runs on Wednesday.",
                  "Faisalabad were bowled out for 241 in 46.2 overs.",
                  "Waqas finished with 4-38 from his ten overs.",
                  "In Lahore, Multan were restricted to 250-8.",
                  "Karachi Whites reached 251-6 with eight balls to spare to complete a four-wicket win."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [11]
    paragraphs[4] = "Karachi Whites reached 251-7 with eight balls to spare to complete a three-wicket win."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[4] = "Last week Lahore Blues reached 251-6 to complete a four-wicket win."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_place_on_points_is_the_table_not_the_match(rules):
    head = "date 2026-01-22 Karachi Whites edge Multan in tense finish\n\n"
    paragraphs = ["Karachi Whites held their nerve against Multan at the Gaddafi Stadium on Wednesday.",
                  "Karachi Whites are second on 12 points from five games."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs = ["Multan held on at the Gaddafi Stadium on Wednesday.", "Karachi Whites finished second."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]


def test_job_cuts_in_the_headline_count_the_posts_the_body_removes(rules):
    head = "date 2026-03-27 Hospitals board approves 220 job cuts in savings plan\n\n"
    paragraphs = ["The board has approved a £16 million savings plan that will remove 240 posts over the next financial year.",
                  "Directors voted the plan through on Thursday."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = "The board has approved a £16 million savings plan that will remove 220 posts over the next financial year."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[0] = "The board has approved a £16 million savings plan that will close 240 beds over the next financial year."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headlines_weekly_count_against_the_openings_times_a_week(rules):
    head = "date 2026-03-10 Airline opens Almaty route with four weekly flights\n\n"
    paragraphs = ["The airline's first flight to Almaty landed on Sunday.",
                  "It will fly the route three times a week, on Tuesdays, Thursdays and Saturdays.",
                  "Its cargo arm already operates two weekly freighter flights to Almaty."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = "It will fly the route four times a week, on Tuesdays, Thursdays, Fridays and Saturdays."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_the_majority_is_the_margin_and_a_defended_one_is_the_last_contests(rules):
    head = "date 2026-03-06 Labour hold seat with majority of 2,418 as Reform surge\n\n"
    paragraphs = ["Labour's Aisha Rahman has won the by-election with 11,902 votes, ahead of Reform UK's Gary Pendleton on 9,718. The majority is 2,184.",
                  "Labour are defending a majority of 14,312, but Reform UK have poured activists into the seat."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = "Labour's Aisha Rahman has won the by-election with 12,136 votes, ahead of Reform UK's Gary Pendleton on 9,718. The majority is 2,418."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_rise_told_as_so_much_more(rules):
    head = "date 2026-02-27 Council tax to rise 10% as posts face axe\n\n"
    paragraphs = ["Householders will pay 8 per cent more in council tax from April after councillors approved the budget on Thursday."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = "Householders will pay 10 per cent more in council tax from April after councillors approved the budget on Thursday."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[0] = "Householders will pay 8 per cent more than their neighbours in council tax after councillors approved the budget on Thursday."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_of_two_stories_keeps_each_margin_to_its_own(rules):
    head = "date 2026-05-06 Okafor wins Ward 2 seat by 212 votes; road millage renewed\n\n"
    paragraphs = ["Okafor received 1,846 votes to 1,652 for Brandt, a margin of 194 votes.",
                  "The road renewal passed 4,318 to 3,207, a margin of 1,111 votes."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = "Okafor received 1,864 votes to 1,652 for Brandt, a margin of 212 votes."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    # one story, two contests: which margin the headline's is would be a guess
    head = "date 2026-05-06 Okafor wins Ward 2 seat by 212 votes\n\n"
    paragraphs[0] = "Okafor received 1,846 votes to 1,652 for Brandt, a margin of 194 votes."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headlines_part_of_a_whole_against_the_bodys(rules):
    head = "date 2026-06-21 INEC declares Ogunleye winner after he carries 15 of 16 LGAs\n\n"
    paragraphs = ["With nine of 16 LGAs declared, Ogunleye had 112,405 votes. Those are running figures.",
                  "Ogunleye won outright in 14 of the 16 LGAs, losing only Ikere and Ise/Orun."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = "Ogunleye won outright in 15 of the 16 LGAs, losing only Ikere."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    # another candidate's part of the whole
    paragraphs[1] = "Aluko won outright in 2 of the 16 LGAs, both in the south."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_ending_on_the_tally_of_the_vote_its_verb_tells(rules):
    head = "date 2026-02-20 Georgia House passes rural hospital tax credit expansion 112-58\n\n"
    paragraphs = ["The Georgia House of Representatives voted on Thursday to expand a tax credit for rural hospitals.",
                  "It cleared the chamber 104-66 after nearly three hours of debate, with 10 members not voting."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = "It cleared the chamber 112-58 after nearly three hours of debate, with 10 members not voting."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    # a match's score in a headline that also says "passes": still a score
    head = "date 2026-10-18 Iowa State holds off Kansas State 34-31 behind Dawson's three TD passes\n\n"
    paragraphs = ["Cole Dawson threw three touchdown passes and Iowa State held off Kansas State 34-28 on Saturday night."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_score_the_verb_of_winning_ends_its_clause_on(rules):
    head = "date 2026-03-15 Lakota Creek outlasts St. Brendan 61-58 in overtime\n\n"
    paragraphs = ["Trey Halvorsen scored 24 points as Lakota Creek held on to win the Division II regional final 61-57 on Saturday.",
                  "St. Brendan finish the season 24-4."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("61-57", "61-58")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_change_with_its_by_left_out_and_its_thing_named_by_the_verb(rules):
    head = "date 2026-08-20 Farm district to cut irrigation water 18% as shortage deepens\n\n"
    paragraphs = ["Farmers will receive less river water next year after the district's board voted on Tuesday to cut agricultural deliveries.",
                  "Agricultural deliveries will fall to 120,700 acre-feet in 2027 from 142,000 acre-feet this year, a 15% reduction."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("120,700", "116,400").replace("15%", "18%")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    # the verb's other object in the body is another thing's change, stated in no sentence naming it
    paragraphs = ["Farmers will receive less river water next year after the board voted to cut prices for households.",
                  "Groundwater pumping will fall to 120,700 acre-feet in 2027 from 142,000 acre-feet this year, a 15% reduction."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_place_naming_the_subjects_noun_is_not_the_winner(rules):
    head = "date 2027-02-10 Haulier wins High Court challenge to licence suspension\n\n"
    paragraphs = ["An Offaly haulage firm has won its High Court challenge to the suspension of its operator's licence.",
                  "The judge quashed the decision of the licensing office."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_count_with_a_place_inside_its_noun_phrase(rules):
    head = "date 2026-09-10 USDA adds five northwest Iowa counties to drought disaster list\n\n"
    paragraphs = ["The U.S. Department of Agriculture on Sept. 3 designated four counties — Lyon, Osceola, O'Brien and Sioux — as "
                  "primary natural disaster areas after eight weeks of severe drought."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("four counties — Lyon, Osceola, O'Brien and Sioux", "five counties — Lyon, Osceola, O'Brien, Clay and Sioux")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headlines_wicket_win_against_the_wickets_in_hand(rules):
    head = "date 2027-03-15 Wattle Park seal minor premiership with six-wicket win over Redgum Flats\n\n"
    paragraphs = ["Wattle Park go into the finals as minor premiers after a tense chase at Hollis Oval on Saturday.",
                  "Redgum Flats were bowled out for 188 in the 48th over.",
                  "Farrant finished unbeaten on 62 and the home side reached 6/189 with 34 balls to spare, getting home with four wickets in hand.",
                  "\"Nick's been our captain all year,\" said Farrant.",
                  "Elsewhere, Moorabool completed a six-wicket victory over Kestrel Vale."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("6/189", "4/189").replace("four wickets", "six wickets")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_the_level_a_headline_change_reaches_keyed_by_its_thing_before_the_change(rules):
    head = "date 2026-03-12 Volta Crest Bank full-year profit climbs 28% to GH¢612m on loan growth\n\n"
    paragraphs = ["Volta Crest Bank PLC reported a 28 per cent rise in profit after tax for 2025 on Thursday.",
                  "The lender earned GH¢648.3 million after tax in the twelve months to 31 December, compared with GH¢505.9 million a "
                  "year earlier. The 2024 figure was restated from GH¢498.2 million."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("GH¢648.3 million", "GH¢612.4 million")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_live_blogs_final_result_line_under_its_label(rules):
    head = "date 2026-09-25 LIVE: Brazos Springs outlasts Cedar Hollow 31-24 in district opener\n\n"
    paragraphs = ["10:04 p.m. — Okafor from 8 yards out! Brazos Springs 31, Cedar Hollow 24, 3:15 remaining.",
                  "FINAL: Brazos Springs 31, Cedar Hollow 27. The Mustangs move to 4-1 overall."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = "FINAL: Brazos Springs 31, Cedar Hollow 24. The Mustangs move to 4-1 overall."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_level_a_change_noun_reaches_is_keyed_by_what_changed(rules):
    head = "date 2026-03-26 Tana Valley Mills net profit climbs to Sh3.1 billion as flour volumes recover\n\n"
    paragraphs = ["Tana Valley Mills on Wednesday reported a 21 per cent rise in full-year net profit to Sh3.4 billion, helped by "
                  "a recovery in maize flour volumes.",
                  "First-half profit had been Sh1.3 billion, meaning the second half contributed Sh2.1 billion."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Sh3.4", "Sh3.1")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_players_bare_figure_against_the_points_the_body_gives_them(rules):
    head = "date 2026-02-22 Delaney's 31 lead Millbrook State past Carver Tech\n\n"
    paragraphs = ["Senior guard Isaiah Delaney scored 27 points, including four 3-pointers, and Millbrook State beat Carver Tech "
                  "81-74 on Saturday night."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    assert lines_found(head.replace("31", "27"), paragraphs, 'headline-body-conflict', rules) == []
    # a plural noun after the figure counts something else
    assert lines_found(head.replace("31 lead", "300 appearances end as"), paragraphs, 'headline-body-conflict', rules) == []


def test_the_body_figure_is_reported_where_the_body_first_gives_it(rules):
    head = "date 2026-02-27 Highland councillors back £7.9m roads blitz\n\n"
    paragraphs = ["Councillors in the Highlands have approved a £7.4 million programme to repair crumbling single-track roads.",
                  "The council's leader said the work could not wait another winter.",
                  "Of the £7.4m roads programme, £2.2m will be spent in Skye and Lochalsh."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_headline_region_before_the_things_it_holds(rules):
    head = "date 2026-05-21 Builder who dumped waste in Essex lanes ordered to pay council £2,624\n\n"
    paragraphs = ["A builder who dumped rubble in three country lanes near Witham has been told to pay £2,624.",
                  "He admitted three offences when he appeared before magistrates on Wednesday."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    head = "date 2026-05-21 Builder who dumped waste in Essex ordered to pay council £2,624\n\n"
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_level_a_verb_puts_its_object_at(rules):
    head = "date 2026-06-24 Owusu-Ansah wins as turnout hits 61 per cent\n\n"
    paragraphs = ["Total votes cast came to 39,011 out of 71,840 registered voters. That puts turnout at 54.3 per cent, well down "
                  "on the 71.8 per cent recorded in 2024."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs = [paragraphs[0].replace("54.3", "61.0")]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_level_in_cents_keyed_by_what_reaches_it(rules):
    head = "date 2026-03-10 Kgotso Platinum raises interim payout to 240c\n\n"
    paragraphs = ["The board declared an interim dividend of 210 cents a share, up from 180 cents at the same stage last year."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs = [paragraphs[0].replace("210 cents", "240 cents")]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []



def test_a_time_after_that_another_person_serves(rules):
    head = "date 2026-01-15 Meridian Straits names Desmond Pereira as CEO; Lim Boon Huat to retire after 15 years\n\n"
    paragraphs = ["Independent director Tan Kok Leong will become lead independent director, succeeding Mr Rajan Menon, who is "
                  "stepping down after nine years on the board."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs = ["Mr Lim Boon Huat, who will retire after nine years as chief executive, said he was proud of the team."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_party_named_by_its_initials_in_the_headline(rules):
    head = 'date 2026-10-25 LNP returned with 51 seats as Labor claws back ground\n\n'
    paragraphs = ["Premier Graham Lister's Liberal National Party has been returned to government, winning 48 of the 93 seats in the Legislative Assembly.",
                  "The LNP went into the campaign holding 52 seats, so the result is a net loss of four."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("48 of", "51 of")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_live_blogs_full_time_score_against_the_headline(rules):
    head = '---\ntitle: "Wales 28-20 Scotland: Pryce-Jenkins double ends drought \u2013 as it happened"\ndate: 2027-02-06\n---\n\n# Wales 28-20 Scotland: Pryce-Jenkins double ends drought \u2013 as it happened\n\n'
    paragraphs = ["Live updates from the Principality Stadium, where Wales opened their Six Nations campaign against Scotland.",
                  "## Full time: Wales 25-20 Scotland",
                  "That's it! Wales hold on for a first home win in the championship since March 2025.",
                  "## 76 min: TRY WALES! Wales 25-20 Scotland",
                  "Pryce-Jenkins goes over in the corner for his second.",
                  "## 60 min: Wales 18-20 Scotland",
                  "Scotland lead for the first time."]
    text = head + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, fmt="md", rules=rules, check='headline-body-conflict') == [('headline-body-conflict', 10)]
    text = text.replace("## Full time: Wales 25-20", "## Full time: Wales 28-20")
    assert findings_of(text, fmt="md", rules=rules, check='headline-body-conflict') == []


def test_a_margin_joined_to_its_unit_in_the_headline(rules):
    head = 'date 2026-04-19 Coral Lions clinch Shield with six-wicket win at Kensington\n\n'
    paragraphs = ["BRIDGETOWN \u2013 Barbados Coral Lions won the Super50 Shield on Sunday.",
                  "Captain Jahmal Cumberbatch finished unbeaten on 71 as the hosts reached 231 for three, completing a seven-wicket victory."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("seven-wicket", "six-wicket")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_live_blogs_full_time_score_after_the_headlines_in_the_running(rules):
    head = '---\ntitle: "Kelvinside United 3-1 Forthbank Thistle: Ogilvie double sends hosts top \u2013 as it happened"\ndate: 2025-11-22\n---\n\n# Kelvinside United 3-1 Forthbank Thistle: Ogilvie double sends hosts top \u2013 as it happened\n\n'
    paragraphs = ["Welcome to our live coverage from Netherfield Park, where Kelvinside United can go top.",
                  "**16:39** GOAL! Kelvinside United 3-1 Forthbank Thistle (Dunn, 81). The captain finally gets his goal.",
                  "**16:51** GOAL! Kelvinside United 3-2 Forthbank Thistle (Harkins, 90+3). Out of nowhere.",
                  "**16:54** FULL-TIME: Kelvinside United 3-2 Forthbank Thistle. Kelvinside hang on and move top."]
    text = head + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, fmt="md", rules=rules, check='headline-body-conflict') == [('headline-body-conflict', 14)]
    text = text.replace("FULL-TIME: Kelvinside United 3-2", "FULL-TIME: Kelvinside United 3-1")
    assert findings_of(text, fmt="md", rules=rules, check='headline-body-conflict') == []


def test_a_full_time_result_line_without_its_comma(rules):
    head = '---\ntitle: "Ireland 27-20 Scotland: as it happened at the Aviva"\ndate: 2026-02-14\n---\n\n# Ireland 27-20 Scotland: as it happened at the Aviva\n\n'
    paragraphs = ["**17.02** \u2013 That's a wrap from us. Thanks for joining us.",
                  "**16.38** \u2013 FULL TIME: Ireland 27 Scotland 17. Three tries to two, and Ireland stay unbeaten."]
    text = head + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, fmt="md", rules=rules, check='headline-body-conflict') == [('headline-body-conflict', 10)]
    text = text.replace("Scotland 17.", "Scotland 20.")
    assert findings_of(text, fmt="md", rules=rules, check='headline-body-conflict') == []


def test_a_headlines_appointment_the_body_gives_to_someone_else(rules):
    head = 'date 2026-03-03 Ewan Gillespie named chief fire officer as service reshapes top team\n\n'
    paragraphs = ["Members of the authority voted on Monday to confirm Catriona MacLeod, currently deputy chief in Lothian and Borders, as the service's next chief fire officer.",
                  "At the same meeting, Ewan Gillespie, the area manager for the Wirral, was promoted to deputy chief fire officer."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Catriona MacLeod", "Ewan Gillespie").replace("the Wirral, was promoted to deputy chief fire officer", "the Wirral, will take up the post in April")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headlines_appointment_the_body_says_stays_with_its_holder(rules):
    head = 'date 2026-02-20 Prairie Basin Energy names Oksana Hrynchuk chief financial officer in executive overhaul\n\n'
    paragraphs = ["The company also named Oksana Hrynchuk, 44, its new chief operating officer.",
                  "Darren Melnyk remains chief financial officer, a post he has held since 2019."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    # the holder the headline's person follows: told as leaving, or holding it until now with no word of taking it
    paragraphs[1] = "Darren Melnyk, the chief financial officer, retires in June."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[1] = "Chief financial officer Darren Melnyk, who has held the post since 2019, said the overhaul was overdue."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_of_someone_leaving_names_no_appointment(rules):
    head = 'date 2026-12-02 Harcourt Data chief executive Fergal Walsh to step down\n\n'
    paragraphs = ["Fergal Walsh will leave the company in March after nine years.",
                  "Chief executive Deirdre MacNamara will be named interim chief executive, the board said."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headlines_raising_verb_is_no_key_word(rules):
    head = 'date 2026-02-20 Odisha presents budget, capital outlay raised to Rs 68,400 crore\n\n'
    paragraphs = ["Finance Minister Sarat Chandra Behera on Friday presented a Rs 2,90,000 crore budget for 2026-27.",
                  "The outlay is 9.4 per cent higher than the Rs 2,65,000 crore estimate for the current year, which was later raised to Rs 2,71,300 crore.",
                  "Behera said the state would keep borrowing within its limits.",
                  "Capital outlay has been set at Rs 68,400 crore, up from Rs 59,200 crore."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_count_after_a_length_takes_its_unit(rules):
    head = 'date 2026-06-17 Coast Cordillera Metals names Sandhu chair as three directors leave board\n\n'
    paragraphs = ["VANCOUVER \u2013 Coast Cordillera Metals Corp. has named Harjit Sandhu chair of its board, replacing Margaret Lindqvist, who retired at the company's annual general meeting on Tuesday after nine years as a director and five as chair."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_day_the_body_gives_a_plan_since_changed(rules):
    head = 'date 2026-01-22 Level 2 water restrictions for Waitahi from Monday as dam falls to 68 per cent\n\n'
    paragraphs = ["Households in Waitahi will be limited to watering their gardens on alternate days from Monday 26 January, after a dry December.",
                  "The council had planned to bring in Level 2 restrictions on Wednesday 28 January, but brought the start forward by two days after storage fell to 68 per cent."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[1] = "The council will bring in Level 2 restrictions on Wednesday 28 January after storage fell to 68 per cent."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]


def test_where_a_move_goes(rules):
    head = 'date 2027-03-10 Senate backs moving nursing school from Aberystwyth to Wrexham\n\n'
    paragraphs = ["The senate of the University of Mid Wales has voted to move its School of Nursing from the Aberystwyth campus to the university's site in Newtown."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Newtown", "Wrexham")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    # no "from": "Tribute to Jones" names no place
    head = 'date 2027-03-10 Senate pays tribute to Wrexham\n\n'
    assert lines_found(head, ["The senate met in Newtown to pay tribute to the school's founder."], 'headline-body-conflict', rules) == []


def test_a_figure_cut_short_is_no_slip(rules):
    head = "date 2026-03-11 Nigeria's crude output climbs to 1.86 million bpd in February\n\n"
    paragraphs = ["Nigeria's crude oil production rose to an average of 1.86 million barrels per day in February, the regulator said.",
                  "The government's budget is based on an oil production assumption of 1.8 million bpd. Crude output has not reached the budget figure in any month."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[0] = paragraphs[0].replace("1.86", "1.68")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_count_a_clause_picks_out_is_no_headline_count(rules):
    head = 'date 2026-04-18 Maharashtra cane crushing ends as all 217 mills shut\n\n'
    paragraphs = ["Maharashtra's sugar season has come to an end, the sugar commissionerate said on Saturday.",
                  "The commissionerate had issued recovery certificates against 14 mills that had failed to clear arrears, officials said."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[1] = "The commissionerate said all 14 mills had stopped crushing by Friday evening."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]


def test_a_result_of_another_month(rules):
    head = 'date 2026-08-09 Nadroga edge Naitasiri to reach Skipper Cup final\n\n'
    paragraphs = ["Naitasiri, who beat Nadroga 22-20 in the round-robin stage in June, will face Suva in the final."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[0] = "Naitasiri, who beat Nadroga 22-20 at Lawaqa Park on Saturday, will face Suva in the final."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_result_of_a_weekday_earlier_in_the_week(rules):
    head = 'date 2027-02-13 Ross rink edge Kinnaird to win curling title\n\n'
    # a Saturday report: Tuesday's result is the round robin's, Friday's may be the final's
    paragraphs = ["Live coverage from Perth on Saturday 13 February 2027.",
                  "Kinnaird beat Ross 8-4 when they met in the round robin on Tuesday, so there is a little history here."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[1] = paragraphs[1].replace("Tuesday", "Friday")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    # a report that does not date its own day: "on Tuesday" may be the headline's match, told days later
    paragraphs = ["Kinnaird beat Ross 8-4 in the final on Tuesday."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_the_dateline_day_is_no_story_day(rules):
    head = 'date 2026-06-08 University court to vote on Elgin campus closure on Thursday\n\n'
    paragraphs = ["ABERDEEN, Monday 8 June 2026 \u2013 The court of Deveron University will vote this week on whether to close its Elgin campus.",
                  "Members of the court will vote on the Elgin campus closure on Thursday 11 June."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[1] = "Members of the court will vote on the Elgin campus closure on Wednesday 10 June."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]


def test_to_chair_is_a_verb_in_a_headline(rules):
    head = "date 2026-11-21 Wambui Ndung'u becomes first woman to chair Kiriaini tea society\n\n"
    paragraphs = ["Members of the Kiriaini Highlands Tea Farmers' Co-operative Society have elected Grace Wambui Ndung'u as chairperson, making her the first woman to lead the society."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    head = "date 2026-11-21 Kiriaini tea society elects Wambui Ndung'u chair\n\n"
    paragraphs = ["Members of the Kiriaini Highlands Tea Farmers' Co-operative Society have elected Peter Kamau as chairperson, beating Wambui Ndung'u."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_margin_of_another_side(rules):
    head = 'date 2027-07-11 Tipperary edge Galway by two points to reach final\n\n'
    paragraphs = ["Tipperary and Galway meet at Croke Park, and the winners will face Kilkenny, who beat Clare by six points yesterday, in the final.",
                  "Tipperary beat Galway by two points."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[1] = "Tipperary beat Galway by six points."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) != []


def test_a_headline_dated_the_day_of_the_coverage(rules):
    head = "date 2026-01-14 Live: Ashcombe Magistrates' Court \u2013 Wednesday 14 January 2026\n\n"
    paragraphs = ["We're closing today's live coverage from court here. We will be back in court next Wednesday, 21 January."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    head = "date 2026-01-10 Ashcombe court to sit on Wednesday 14 January 2026\n\n"
    assert lines_found(head, ["The court will sit on Wednesday, 21 January."], 'headline-body-conflict', rules) == [3]


def test_a_headline_post_whose_holder_the_body_makes_its_deputy(rules):
    head = 'date 2026-03-18 Diamond board names Onalenna Mogapi as new chairperson'
    paragraphs = ["Directors on Tuesday elected Thato Ramotswa, a former central bank deputy governor, to chair the board. Onalenna Mogapi, a government nominee, was named deputy chairperson."]
    assert lines_found(head + '\n\n', paragraphs, 'headline-body-conflict', rules) == [3]
    # a deputy stepped up to the post is its holder now
    paragraphs[0] = "The council has elected its deputy chairperson, Mr Onalenna Mogapi, as chairperson."
    assert lines_found(head + '\n\n', paragraphs, 'headline-body-conflict', rules) == []
    # another of the surname is someone else
    paragraphs[0] = "The board also said its deputy chairperson, Mrs Abena Mogapi, would stay on. Onalenna Mogapi takes the chair in May."
    assert lines_found(head + '\n\n', paragraphs, 'headline-body-conflict', rules) == []


def test_a_figure_of_last_month_is_the_headline_s_own(rules):
    head = 'date 2026-01-09 More than 1,240 patients waited 12 hours in Kingsmere A&E in December\n\n'
    paragraphs = ["A total of 1,420 patients spent more than 12 hours in its emergency department last month, from arrival to admission."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("1,420", "1,240")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_side_of_the_headline_s_winner_placed_lower(rules):
    head = 'date 2026-03-02 Fiji edge Argentina 19-14 to win Vancouver Sevens title\n\n'
    paragraphs = ["Fiji came from 14-7 down at half-time to beat Argentina 19-14 in the Cup final in Vancouver on Sunday.",
                  "Fiji's women finished fifth after beating Japan 21-5 in the play-off."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[1] = "Fiji finished fifth after losing to Japan 21-5 in the play-off."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]


def test_a_headline_rise_against_the_body_s_more_after_a_draft_was_cut(rules):
    head = 'date 2026-03-05 Councillors back 6.4% council tax rise to close gap\n\n'
    paragraphs = ["Householders will pay 6.9% more in council tax from April after councillors backed the budget.",
                  "The draft budget published in January had proposed a 7.5% rise. That was cut to 6.9% after the settlement."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("6.9% more", "6.4% more")
    paragraphs[1] = paragraphs[1].replace("cut to 6.9%", "cut to 6.4%")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_an_earlier_year_s_result_is_another_match(rules):
    head = 'date 2026-10-11 Rathcullen edge Glenbawn by three to retain title\n\n'
    paragraphs = ["Glenbawn won the 2024 final between these clubs, 0-21 to 1-16, and their manager has kept most of that side together."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[0] = "Glenbawn won the final between these clubs, 0-21 to 1-16, on Sunday."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3, 3]  # the winner, and the margin (21 to 19 is two)


def test_a_headline_place_the_lead_tells_the_story_somewhere_else(rules):
    head = 'date 2026-06-14 Warriors hold off Crocs 22-18 in Goroka thriller\n\n'
    paragraphs = ["The Wahgi Warriors came from behind to beat the Markham Crocs 22-18 in front of a packed Tininga Oval in Mount Hagen on Saturday afternoon."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Mount Hagen", "Goroka")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    # a lead about something else names no place of the headline's story
    paragraphs[0] = "Fans travelled from Mount Hagen for the weekend's fixtures."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_appointee_with_a_title_before_the_name(rules):
    head = 'date 2026-07-22 Dr Harpreet Sandhu named chair of Clyde and Kelvin Health Board\n\n'
    paragraphs = ["Scottish ministers have appointed Dr Anjali Raghunathan as the new chair of Clyde and Kelvin Health Board.",
                  "Dr Harpreet Sandhu, a consultant cardiologist, becomes vice-chair."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Dr Anjali Raghunathan", "Dr Harpreet Sandhu")
    paragraphs[1] = "Dr Anjali Raghunathan, a consultant cardiologist, becomes vice-chair."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_rival_the_headline_itself_names_is_no_rival(rules):
    head = 'date 2026-05-07 Prairie Ridge Energy names Echeverria CEO as Kowalchuk moves to executive chair\n\n'
    paragraphs = ["Prairie Ridge Energy Ltd. will hand the chief executive's job to its finance chief, Mariana Echeverria, on July 1, with long-serving CEO Bohdan Kowalchuk becoming executive chair."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_measure_the_headline_says_was_passed(rules):
    head = 'date 2027-01-12 WA grain harvest passes 24 million tonnes as late rain spares crops\n\n'
    paragraphs = ["Western Australia's grain harvest has come in at 22.6 million tonnes, the co-operative said on Tuesday.",
                  "The result is the state's third-largest harvest, behind the record 24.1 million tonnes of 2021-22."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    # the mark reached in any sentence of the story's own time
    paragraphs[0] = "Agencies had bought 24.2 million tonnes by Tuesday, the co-operative said."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_goals_and_points_against_the_full_time_result(rules):
    head = 'date 2026-11-15 Clonmaddy 1-14 Ballykeelan 0-12 as St Colm\'s reach Ulster final\n\n'
    paragraphs = ["15:04 Into stoppage time. Clonmaddy 1-14 Ballykeelan 0-12.",
                  "15:07 FULL-TIME: Clonmaddy St Colm's 1-14 Ballykeelan Shamrocks 0-13. The Tyrone side are into the final."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("0-13", "0-12")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    # another match's full-time result
    paragraphs[1] = "FULL-TIME in the other semi-final: Errigal 2-10 Drumree 1-15."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_the_opening_tells_the_headline_s_story_on_its_day(rules):
    # the front matter's title tells the day; the opening puts the headline's story on it, a later stage on another day
    text = ("---\ntitle: \"Kooringa line shutdown: buses replace trains from Friday night\"\ndate: 2027-01-05\n---\n\n"
            "# Kooringa line shuts from Friday as two level crossings come out\n\n"
            "Passengers on the Kooringa line face more than two weeks of replacement buses from Friday night, when the line closes for works.\n\n"
            "Trains will stop running at 8.30pm on Friday 8 January, and a full service will not return until Monday 25 January.\n\n"
            "The works are split into two stages. From Saturday 9 to Sunday 17 January, buses will replace trains on the whole line. "
            "From Monday 18 to Sunday 24 January, trains will run again between Richmond and Caulfield, and buses will cover only the outer section.\n")
    assert findings_of(text, "md", rules, "headline-body-conflict") == []
    assert findings_of(text.replace("replacement buses from Friday night", "replacement buses"), "md", rules, "headline-body-conflict") == [("headline-body-conflict", 12)]


def test_a_count_the_headline_says_was_passed(rules):
    head = 'date 2026-08-10 County fair crowd tops 160,000 for first time\n\n'
    paragraphs = ["Turnstile counts released on Monday show 158,930 people passed through the gates of this year's fair, which closed on Sunday night.",
                  "That is the highest attendance in the fair's history and the first time it has topped 150,000."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("158,930", "161,930")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    # a count well short of the mark is some other count
    paragraphs[0] = "Turnstile counts released on Monday show 98,930 people came on the first four days of the fair."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_margin_in_points_against_goals_and_points(rules):
    head = 'date 2026-06-01 Armagh beat Down by five points to reach Ulster semi-final\n\n'
    paragraphs = ["Full-time: Armagh 1-16 Down 0-15.", "Armagh are four-point winners after a stubborn display from the visitors."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = "Armagh won after a stubborn display from the visitors."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    # goals and points that make the margin ("2-15 to 1-16" is two points, no margin of 13)
    head = 'date 2026-04-26 Derry edge Down by two points to reach Ulster semi-final\n\n'
    paragraphs = ["Derry came from behind to beat Down 2-15 to 1-16 in front of 14,812 spectators."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_margin_in_wickets_against_the_body_s_words(rules):
    head = 'date 2026-06-22 Worcestershire chase down 281 to win by six wickets\n\n'
    opening = ["Welcome to day four at New Road.", "The hosts resume needing 120 more.", "Rain is forecast later.", "Kemble is in."]
    paragraphs = opening + ["Kemble drives through the covers for another boundary and Worcestershire win by four wickets."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [11]
    paragraphs[-1] = "Kemble drives through the covers for another boundary and Worcestershire win by six wickets."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    # a wicket's partnership is no margin
    paragraphs[-1] = "The seventh-wicket pair held firm before Worcestershire won with an over to spare."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_decades_are_a_length_no_count(rules):
    head = 'date 2026-03-02 Fogo Island fisherman who fished through five decades dies at 84\n\n'
    paragraphs = ["The Marion P. fished groundfish for two decades before the cod moratorium."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_goals_and_points_against_a_full_time_crosshead(rules):
    paragraphs = ["Welcome to our coverage from Thurles.", "## Full-time: Waterford 2-21 Galway 1-18", "Waterford are through to the semi-final."]
    # a live blog in Markdown, its full-time result a crosshead
    text = "---\ntitle: \"Waterford 2-21 Galway 1-19: Deise power into semi-final\"\ndate: 2026-07-12\n---\n\n# Waterford 2-21 Galway 1-19: Deise power into semi-final\n\n" + "\n\n".join(paragraphs) + "\n"
    assert [(f.check, f.line) for f in check_text(text, format="md", rules=rules) if f.check == 'headline-body-conflict'] == [('headline-body-conflict', 10)]
    text = text.replace("Galway 1-18", "Galway 1-19")
    assert [(f.check, f.line) for f in check_text(text, format="md", rules=rules) if f.check == 'headline-body-conflict'] == []


def test_a_mark_passed_is_not_reached_by_a_target_or_last_season(rules):
    head = 'date 2026-04-26 Haryana mustard procurement crosses 9 lakh tonnes\n\n'
    paragraphs = ["CHANDIGARH, April 26, 2026 - Agencies in Haryana had procured 8.6 lakh tonnes of mustard by Saturday, short of the target of 10 lakh tonnes.",
                  "Last season, agencies procured a final total of 9.3 lakh tonnes."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("8.6 lakh tonnes", "9.2 lakh tonnes")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_change_the_headline_names_is_not_another_measures(rules):
    head = 'date 2026-05-20 Knitwear maker posts 18% rise in annual revenue\n\n'
    paragraphs = ["The company reported revenue of Rs 486 crore for the year, up from Rs 412 crore.",
                  "Net profit rose to Rs 31.4 crore from Rs 25.8 crore, an increase of 21.7 per cent."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[0] = "The company reported revenue of Rs 486 crore for the year, a rise of 12 per cent."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_wire_percentage_written_pct(rules):
    head = 'date 2026-04-14 Rice exports rise 14 pct in first quarter\n\n'
    paragraphs = ["GEORGETOWN, Tuesday 14 April 2026 - The country shipped 186,400 tonnes of rice in the first quarter, up 9 per cent from a year earlier."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("up 9 per cent", "up 14 per cent")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_bare_count_with_the_headlines_digits_transposed(rules):
    head = 'date 2026-03-20 Sugar output crosses 91 lakh tonnes as 52 mills end crushing\n\n'
    paragraphs = ["PUNE, March 20, 2026 - Sugar output in the state has reached 91 lakh tonnes.",
                  "Of the 190 mills that started crushing in November, 25 have now closed for the season.",
                  "Forty-eight mills have cleared their cane dues in full."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("25 have", "52 have")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_sum_the_opening_gives_under_another_name(rules):
    head = 'date 2026-04-14 Tea factory floats Sh186m tender\n\n'
    paragraphs = ["KERICHO, Tuesday 14 April 2026 - The factory has invited bids for a Sh186 million upgrade of its drying section.",
                  "The tender sets aside Sh124 million for the troughs and Sh62 million for the boiler."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_weekday_is_no_winner(rules):
    head = 'date 2027-06-15 Adeyemi elected Speaker as 11th Ogun Assembly is inaugurated\n\n'
    paragraphs = ["ABEOKUTA, Tuesday 15 June 2027 - Tunde Adeyemi, the lawmaker representing Ijebu North II, was on Monday elected Speaker of the 11th Ogun State House of Assembly, shortly after the Clerk read the proclamation."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_change_of_a_measure_named_past_a_label(rules):
    head = 'date 2026-05-20 Knitwear maker posts 18% rise in FY26 revenue as US orders return\n\n'
    paragraphs = ["The company reported revenue of Rs 486 crore for the year, up from Rs 412 crore.",
                  "Net profit rose to Rs 31.4 crore from Rs 25.8 crore, an increase of 21.7 per cent."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[0] = "The company reported revenue of Rs 486 crore for the year, a rise of 12 per cent."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_headline_sum_against_the_openings_sum_not_the_level_it_rose_from(rules):
    head = 'date 2026-02-06 Devon earmarks £92m for roads\n\n'
    paragraphs = ["Devon County Council will spend £82m maintaining its roads in the coming financial year.",
                  "The highways budget is up from £76.5m this year, an increase of just over 7 per cent."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("£82m", "£92m")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_choice_of_one_person_for_a_post_the_body_gives_another(rules):
    head = "date 2025-09-09 Village council names Afamasaga Tavita as new pulenu'u\n\n"
    paragraphs = ["The village council met on Saturday 6 September.",
                  "The council chose Seiuli Penitito as pulenu'u, replacing Afamasaga Tavita, who has held the post since 2019."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = "The council chose Afamasaga Tavita as pulenu'u again; Seiuli Penitito was chosen as pulenu'u in 2019."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_candidate_on_top_of_the_poll_the_body_puts_second(rules):
    head = 'date 2027-03-12 Gillanders tops poll as graduates elect two assessors\n\n'
    paragraphs = ["Graduates have elected two assessors to the university court.",
                  "Craig Baird, who spent 30 years in engineering before retiring in 2024, topped the poll with 1,418 votes. "
                  "Mhairi Gillanders took the second seat with 1,275."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Craig Baird", "Mhairi Gillanders").replace("Mhairi Gillanders took", "Craig Baird took")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_post_of_the_same_head_the_body_appoints_to_another(rules):
    head = 'date 2026-09-24 Police force names Donnelly as deputy chief constable in shake-up\n\n'
    paragraphs = ["Rachel Donnelly, currently a chief superintendent, has been appointed assistant chief constable for operations."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("assistant chief constable", "deputy chief constable")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_measure_the_body_gives_anywhere_agrees_with_the_headline(rules):
    # a live blog's first gust is not the one the headline picks out: the 88mph given later is
    head = 'date 2027-01-09 STORM LIVE: 88mph gusts rip roofs off\n\n'
    paragraphs = ["8.40am: The first big gust of the day: 81mph at Girdle Ness lighthouse, the Met Office says.",
                  "9.10am: Trains between Aberdeen and Dundee have been halted.",
                  "10.05am: Schools across the region are closed.",
                  "12.20pm: NEW RECORD: Girdle Ness has just logged 88mph, beating this morning's 81mph."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[3] = paragraphs[3].replace("88mph", "86mph")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_headline_post_the_body_gives_to_a_brother(rules):
    head = 'date 2026-06-23 Aled Vaughan named Glanrhyd Wanderers head coach\n\n'
    paragraphs = ["Rhodri Vaughan, 36, who made 112 appearances before injury ended his career, has signed a three-year contract as head coach, the club announced on Monday.",
                  "His younger brother Aled, 31, will stay on as forwards coach. The club said Aled Vaughan had taken no part in the selection."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("Rhodri Vaughan, 36", "Aled Vaughan, 36")
    paragraphs[1] = "His older brother Rhodri, 38, will stay on as forwards coach."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_billion_written_b(rules):
    head = 'date 2025-11-12 Port re-calls bids for Rs. 18.6 b breakwater upgrade\n\n'
    paragraphs = ["The corporation has re-called bids for the breakwater project, now estimated at Rs. 18.6 billion.",
                  "Bidders must furnish a bid security of Rs. 185 million."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headline_change_one_point_off_the_bodys(rules):
    # two percentages written out differ by more than rounding: "6%" is no 7 per cent ("12%" for 12.4 per cent is)
    head = 'date 2026-02-27 Kilbrachan council tax to rise by 6% after budget vote\n\n'
    paragraphs = ["Council tax in Kilbrachan will go up by 7 per cent from April after the coalition pushed its budget through."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("7 per cent", "6.4 per cent")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_place_the_headline_gives_another_point_of_the_compass(rules):
    head = 'date 2027-01-15 EC declares Nakalema winner of Kigulu West by-election\n\n'
    paragraphs = ["The Electoral Commission has declared Ms Robinah Nakalema the winner of Thursday's by-election for the Kigulu North County parliamentary seat.",
                  "The seat fell vacant in August following the death of the member who had represented Kigulu North for two terms."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[1] = paragraphs[1].replace("for two terms.", "for two terms; Kigulu West voted in 2024.")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_school_boards_presiding_member_is_its_chair(rules):
    head = 'date 2026-09-22 Iwi trust chair Aroha Tane elected presiding member of Kahikatea College board\n\n'
    paragraphs = ["The new board of Kahikatea College has chosen its leadership, with the chair of the Te Awa Kopiko Trust, Aroha Tane, among those taking up senior roles.",
                  "At its first meeting on Thursday 17 September, the board elected Peter Dunning, a surgeon, as presiding member. Tane was elected deputy presiding member."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = "At its first meeting on Thursday 17 September, the board elected Aroha Tane as presiding member. Peter Dunning was elected deputy presiding member."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_title_case_headlines_change_is_read_as_the_body_writes_its_words(rules):
    head = 'date 2026-10-27 Harlow Valves Reports Third-Quarter Revenue Up 14%\n\n'
    paragraphs = ["Harlow Valves Inc. today reported results for its third quarter ended September 30, 2026.",
                  "Revenue rose 11% to $306.2 million from $275.9 million in the third quarter of 2025.",
                  "The services segment accounted for about 14% of total revenue in the quarter."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[1] = "Revenue rose 14% to $314.5 million from $275.9 million in the third quarter of 2025."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_swap_keeps_its_digits_places(rules):
    head = 'date 2025-06-13 Agro firm raises dividend as revenue crosses N148bn\n\n'
    paragraphs = ["Revenue for the year rose to N148.6 billion from N121.3 billion in 2023, an increase of 22.5 per cent.",
                  "Export sales brought in N18.4 billion, or 12.4 per cent of total revenue."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_headlines_percentage_to_one_decimal_is_no_rounding_of_another(rules):
    head = 'date 2026-10-01 Private home prices rise 1.6% in third quarter\n\n'
    paragraphs = ["Private home prices rose 1.4 per cent in the third quarter, picking up pace from the previous three months."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("1.4 per cent", "1.62 per cent")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_place_the_body_names_only_for_other_things(rules):
    head = 'date 2026-06-18 Cacao Littoral plans grinding plant at Kribi\n\n'
    paragraphs = ["Cameroonian cocoa processor Cacao Littoral said on Wednesday it would build a second grinding plant at Edéa, about 60 kilometres east of Douala.",
                  "Finished butter and powder would leave through the port of Douala and, from 2029, through the deep-sea port at Kribi."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("plant at Edéa", "plant at Kribi")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_place_written_as_where_another_place_is_is_named_for_the_headline(rules):
    head = 'date 2026-01-16 Storm live: 94mph gust recorded in Snowdonia\n\n'
    paragraphs = ["A yellow rain warning for Cumbria and Lancashire, which was due to end at 6pm, has been extended until midnight.",
                  "The Met Office has confirmed a gust of 94mph at Capel Curig in Snowdonia at 10am. A gust of 81mph was recorded at Aberdaron shortly afterwards."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_seasons_record_of_four_counts_is_no_score(rules):
    head = 'date 2026-02-08 Foundrymen rally past Harbor Hawks 4-2\n\n'
    paragraphs = ["Nolan Ferreira scored on the power play with 2:12 left as Rockford beat the Toledo Harbor Hawks 4-3 on Saturday night.",
                  "The win lifted the Foundrymen to 24-13-4-2 and 54 points, two clear of Kalamazoo."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]
    paragraphs[0] = paragraphs[0].replace("4-3", "4-2")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_given_name_alone_in_the_headline_is_the_bodys_holder(rules):
    head = 'date 2025-08-06 Permata Selatan names Farid as group MD\n\n'
    paragraphs = ["Permata Selatan Holdings Bhd has named Datuk Farid Hashim as group managing director with effect from 1 Oct 2025, the group said on Wednesday.",
                  "Farid, 52, is currently deputy group managing director and has been with the company since 2009."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []


def test_a_count_the_body_arrives_at_is_the_headlines(rules):
    head = 'date 2025-09-17 School board race: Six candidates, three seats\n\n'
    paragraphs = ["Seven candidates filed petitions with the county board of elections before the Aug. 6 deadline. One of them withdrew on Aug. 20, leaving six names on the ballot."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[0] = "Seven candidates filed petitions with the county board of elections before the Aug. 6 deadline, and all seven are on the ballot."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]



def test_a_part_of_the_contest_won_is_no_result_of_it(rules):
    head = 'date 2026-05-20 Okafor-Reyes edges Park by 213 votes in Senate primary\n\n'
    paragraphs = ["Maria Okafor-Reyes narrowly won the Democratic nomination, finishing 213 votes ahead of Daniel Park.",
                  "Okafor-Reyes carried the Lehigh County part of the district by 5,120 votes to 4,390, while Park won the Northampton County precincts 5,242 to 4,725."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    paragraphs[1] = "Park won the primary 5,242 to 4,725."
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]


def test_a_count_of_another_thing_is_no_slip_of_the_headlines(rules):
    head = 'date 2026-05-20 Okafor-Reyes edges Park by 312 votes in Senate primary\n\n'
    paragraphs = ["Maria Okafor-Reyes narrowly won the Democratic nomination, finishing 213 votes ahead of Daniel Park.",
                  "With all 112 precincts reporting, Okafor-Reyes had 9,845 votes to Park's 9,632. A third candidate took 1,214 votes."]
    assert findings_of(head + "\n\n".join(paragraphs) + "\n", rules=rules, check="headline-body-conflict") == [("headline-body-conflict", 3)]


def test_a_ratio_in_the_headline_counts_nothing(rules):
    head = 'date 2026-03-12 Outpatient list passes 53,000 with nearly one in three waiting over a year\n\n'
    paragraphs = ["The outpatient list stood at 53,406 at the end of February. Of those waiting, 17,090, or 32 per cent, have been on the list for more than 12 months."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
    head = head.replace("nearly one in three", "17,900")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [3]


def test_a_dividend_in_a_countrys_cents(rules):
    head = 'Gold miner approves 4.5 US cent final dividend\n\nPublished: Thursday 26 March 2026\n\n'
    paragraphs = ["Shareholders approved a final dividend of 4.2 US cents per share at the annual general meeting."]
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == [5]
    paragraphs[0] = paragraphs[0].replace("4.2 US cents", "4.5 US cents")
    assert lines_found(head, paragraphs, 'headline-body-conflict', rules) == []
