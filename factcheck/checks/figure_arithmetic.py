"""Sums the article does in front of the reader that do not add up.

Reads the amounts of the annotated document (factcheck/reading) and checks the
arithmetic a sentence states in full, in plain words:

- a percentage change given with both values ("fell 30% from 250 to 200": that
  is a 20% fall), with words of time or place between them ("in the six months to December"; "from 4,210 at the
  end of June last year to 3,660"), the earlier one after "up from" ("KSh 1.84
  billion, up from KSh 1.52 billion, a 12 per cent rise"), or in a sentence of
  its own after the change ("… up from 12,400." "That is an increase of 28 per
  cent"), allowing for how both values were rounded; an "up" or "down" written
  onto the percentage is the change's own word ("climbed from £178m to £212m, up
  16.1 per cent"), and a clause turned by "while", "but" or a semicolon holding one
  percentage is read on its own ("…, up 16.1 per cent, while the margin stood at
  14.3 per cent"); the earlier level may follow "on" ("£240m, down 20% on last
  year's £300m"; "up 25 per cent on the 340,000 cast early in 2022", its time said after it) or "compared with" when the sentence holds no other figure
  ("£240m, compared with £300m a year earlier, a drop of 20%"), and a percentage
  alone in brackets right after a level is the change ("from 250,000 to 300,000
  (20%)", "to 300,000 (up 20% from 250,000)"); a level set against another by a percentage in one clause ("The FBR
  target of Rs15,270 billion is 19.2 percent above the Rs13,010 billion the board now expects": 17.4 per cent; "At £152m,
  spending is 20 per cent more than last year's £118m"), counts only of one noun, or, after the sentence before's
  one pair of levels, against a level named by its noun ("the price rises to GH¢3,712 from GH¢3,276.80. The new rate is
  15.3 per cent higher than the opening price": 13.3 per cent); a percentage another level of its
  sentence makes from the earlier one is that level's ("1,188 patients, 486 at A and 702 at B, up 9.1% from 1,089");
- a change told by its size alone ("Platinum group metals (PGM) production climbed 8% in the year") against the one pair
  of levels of that direction the article gives of the same thing, every word of the change's subject in the levels'
  sentence ("The group produced 1.62 million ounces of platinum group metals, up from 1.38 million ounces in 2024": 17
  per cent), both naming the same parts of a year ("in the third quarter"); a bare "$" after a country's dollar is that
  dollar, and a conversion in brackets sits between two levels ("climbed to BDS$48.6 million (US$24.3 million), from
  $41.2 million"); or in the sentence right after the one pair of levels, naming a month or year theirs names and giving
  no other figure ("up from 1,520 tonnes in February" … "a jump of roughly 31 per cent on February": 24 per cent);
- the size of a change given after its two levels ("will rise from £112.40 to
  £117.80 a week, an increase of £6.40": £5.40; "– a loss of 18 jobs") or before
  them ("rose by £18, from £112 to £130"; "increased by 18 buses to 130, from 112"; "will rise by 68 cents a
  litre, from R21.47 to R22.25", a sub-unit of the levels' currency: rules/quantities.yaml subunits);
- a figure given with its change and the earlier figure ("reached 196,400, up
  12,400 on the 186,000"; "41,000, 3,300 more than the 38,700"), the earlier
  figure after a clause saying when ("more than at the same point last year,
  when the figure stood at 23,148"; of the new figure's noun: "1,900 places, 50 more
  than last year, when it made 5,760 offers for 1,850 places" takes 1,850), the new one
  in the sentence before when the change opens "That was …";
- parts a sentence says it names every one of ("Of the two shuttle services, the bridging service carried 301,000
  passengers, while the express service carried 143,000") against the whole given before with the same verb ("carried a
  total of 486,000 passengers"); a change named by its noun ("with defence taking a 14 percent increase") against the
  levels its one-word subject opens ("Defence spending … Rs2,550 billion, against Rs2,128 billion");
- a match's second half against its half-time score and its result, whichever side each figure is ("led 41-33 at
  halftime" … "outscored the Wolves 40-37 after the break" … "a 78-71 win"), goals and points of each side left out;
  a margin in points ("a four-point victory") against the opening's goals-and-points result ("2-14 to 1-12": 20 to 15);
  "The 18-point win" referring back to the opening paragraph's one result ("a 30-14 win"), unless some result the
  article gives has that margin;
- an average given with its total and its count in one sentence ("18.6 million
  devices across its four sales regions, an average of about 5.1 million per
  region"), or a sum "for each of" a count beside one total ("With annual income of £1.02bn, the trust spends
  roughly £1,800 for each of the 640,000 people");
- a lead over a named rival stated apart from the counts ("a lead of 543 over
  Mrs Boyd"), against the first count the article gives each of the two; a lead, gap
  or difference between two counts set against each other ("Labor's 92 seats to the
  Coalition's 45 is a lead of 57 seats");
- a level said to pass or miss a mark by a gap (rules/quantities.yaml exceed-words,
  miss-words: "raised £518,400, beating the charity's £480,000 target by £48,400");
- a new level given with the earlier one and what was added and removed
  ("opened 38 stores and closed 12 …, ending with 1,146, up from 1,110"), the moves
  counting what the levels count (not "22 students, up from 21, because the district
  cut 14 teaching positions"); a net change given with its two flows ("412 came in,
  while 287 left, a net gain of 215": 125);
- a whole given in one sentence and split after a colon in the next ("The ADP
  has been split across four sectors: Rs96bn …"), or made up of parts by a sentence opening on "it", "this" or
  "that" ("… is £14.8m." "It is made up of £9.6m from …, £3.7m of … and £1.1m of …": £14.4m), the whole the one
  figure of the parts' unit before, larger than each;
- a share given with its parts ("62, or almost a third, of the 150 points": 62
  is 41%; "one in four"), or with its count, of a whole the article counts once
  elsewhere ("450 outlets" … "Two in five of the group's outlets, or 140
  stores"), or, when the whole's noun is never counted, by the part's noun
  ("one in five of the workforce, or 310 people" … "the 1,240 people employed");
  or with the part set off after the whole ("A third of the 150 staff, 50 people,
  …"; "One in three of the 1,200 staff, 400 people, …"; not "Half of the 150
  members, 60 of them women,"); a part "of them" whose whole is the sentence before's one larger count ("received
  4,112 red calls …" "Crews reached 2,098 of them within eight minutes, or 48.2%": 51 per cent); a share written to
  tenths may be off by a point, or 3.5% of itself, at most ("48.2%" says its tenths are right);
- a part put as a share of a whole the article gives one value of ("Ancillary revenue … rose to €610 million,
  or 26 per cent of total revenue" where revenue is €2.84 billion: 21.5 per cent);
- a total given with all of its parts, where the sentence says the parts make
  up the total ("412 new beds: 180 at A, 150 at B and 62 at C"; "The 500 units are spread
  across 120 one-bedroom, 210 two-bedroom, … and 50 four-bedroom apartments"; "The £148m programme is spread over
  three years, with £61m for 2026/27, …", the years it is spread over being no part; a figure joined to
  the part's kind being no part; a unit written once, with the first part ("Lautoka crushed 512,000
  tonnes, Rarawai 468,000 and Labasa 605,000, a total of 1,685,000 tonnes"); "comprises", "consists of", "made up of", "divided (split, shared) between" (the Sh9.8bn plan "comprises Sh6.1 billion
  for recurrent spending and Sh3.2 billion for development"); amounts after a colon
  each with a long phrase of its own; "48 closed,
  117 partly open and 35 unaffected, of the 210 stations"), or where the last
  part is the rest ("Of the 1,146 responses, 812 …, 263 … and 58 expressed no
  clear view", or whose parts miss it by one digit written inside it: "Of the 612,400 bags, 540,100 … and 62,300 …", not
  "Of the 210 stations, 48 …, 117 … and 35 …", where ten may go unsaid; two parts when the last is said to be the remaining ones: "Of these, 9,460 were sold and the remaining
  4,910 were rejected", "these" being the one larger figure of the sentence before, "a total of 14,820 bales"), or set between dashes, three parts or more within a fifth of the whole ("14 projects over eight
  years — eight school renovations, three new buildings and four upgrades —"), or whose last clause names the sum ("Leeds got £12m and Bradford
  £8m, a combined £20m", "£20m in all", "adding up to £20m"); parts "of whom" may
  not add up to more than their whole;
- a majority or margin given with the two counts ("14,318 votes to 13,902, a
  majority of 516"; "71,905 votes against 84,312 … who won by 13,407"; "beat Mr
  Shaw by 416 votes, 14,318 to 13,902"; "Kent winning by 32 runs" after both
  innings, not counts of a clause before "as" or "while": "struck 64 and … defended 19 runs as United beat Qalandars
  by six runs"; "passed by 17 votes, 48 to 31"), or apart from them, against the article's one tally (of any size: "by
  4,812 votes to 2,197" … "with a majority of 2,165") of
  its time ("by 29 votes to 17" … "with a majority of 14"; "the 25-vote margin in the House" … "passed 61-38"; a
  margin a verb gives, "That gives the sheriff a margin of 1,577 votes", against the tally of the sentence just before
  when the article holds several; not a time of what it is compared with, "narrower than leadership had predicted last
  week"), or,
  where the article has several, the one whose sentence names a name the margin's clause does (the House, not the Senate);
  a win by runs written apart from the innings ("The 52-run victory") against the one total posted ("posted 287 for
  seven") and the one total dismissed for ("dismissed for 241"), when no sentence writes the right margin;
- a percentage change stated apart from the two levels it is between: one that names its
  new level ("Profit after tax up 24 per cent to GH¢412.6 million", in a standfirst or the
  body) against the one sentence that gives that level beside an earlier one ("GH¢412.6
  million, compared with GH¢361.2 million in 2023"; reported there when the change is the
  standfirst's), or one that names none ("The new figure is a cut of 18 per cent") against
  the level the sentence before gives and the one other value the fact table gives that thing
  in another year ("The Faroese quota was 147,000 tonnes in 2025" … "the quota for 2026 has
  been set at 125,000 tonnes");
- a breakdown whose parts, each followed by whom or what it is of, come to more than the whole the article gave
  before with the same verb ("owing creditors around £11.3m" … "owes £7.1m to its bank, £1.9m to HMRC and £3.7m to
  trade suppliers"); parts that come to less may leave some out, unless a closed list of three or more, every figure
  of its unit in its sentence, comes to a sum one digit off the one earlier figure of that unit and time ("production
  … came to 397,800 ounces" … "Kwena delivered 182,000 ounces and Tau 141,500 ounces, while the Lesedi pit contributed
  64,300 ounces");
- a count that the list right after it contradicts ("Four councillors lost
  their seats. They are A, B and C."), the list its own clause sets off by
  dashes or gives after "are" ("The four councillors who voted against — A, B,
  C, D and E — argued …"; "The five routes to be withdrawn are the 14, 22, 37
  and 41"), or the list that opens its sentence ("A, B, C and D, the three
  independents, …");
- a total of the things an earlier sentence gives one figure each, said to be theirs together
  ("Sangrur led with 11.42 LMT, followed by Patiala with 9.86 LMT and Ludhiana with 9.37 LMT."
  "The three districts together accounted for 31.65 LMT"; "Together the four big producers accounted for 660,800
  tonnes", a quote between), when the count is the number of figures of the nearest sentence with figures of its kind;
- shares of one whole: a part put as a share of "the (national) total" where another share fits the article's one
  figure of that unit to its last digit ("498,700 tonnes, or 61.4 per cent of national output" of 812,400 tonnes, so
  "313,700 tonnes, or 44 per cent of the national total" is 38.6 per cent);
- a total the sentence brings its figures to, with the sentence before when it
  goes on adding ("fined £800 … £150 compensation … a £40 surcharge, bringing
  the total to £1,090"; "the full package comes to £40m", "amounted to"), when
  the sum misses it by less than a sixth;
- an effective prison term that the sentence and its suspended part contradict
  ("15 years' imprisonment" … "With five years suspended, … an effective 12
  years");
- a sum named once and split, any number of paragraphs later, after a colon by a sentence whose subject refers
  back to it with a definite noun and no figure ("£14.2 million in public research funding" … "The funding is split
  between the three centres: £6 million …, £5.1 million … and £4.1 million …"; "J$88 billion in new spending" … "The
  new money is divided entirely among those three pillars: …"), linked by factcheck/reading/coreference.py when
  exactly one earlier sum of that noun (or its `refer-back` group) fits; parts that come to less are reported only
  when the groups counted before the colon are as many as the parts or the sentence says "entirely", and never when it
  says "including" or "among others";
- a whole split by a sentence whose subject carries no figure ("a Rs 2,84,210-crore
  budget." "The total outlay, …, is made up of Rs 2,11,340 crore and Rs 63,870
  crore"), against the one figure of its unit in the sentence before, when the
  subject says it is the total or names a word of that sentence;
- parts that "make up the tally" (or "the total", "account for the total") of the
  one larger figure of their unit in the sentence before ("31 league goals" …
  "Mhlanga's 14, nine from Dube and six … make up the tally");
- all of a whole said to go to a number of groups and split among exactly that
  many in the next sentence ("All of the season's exports went to three groups …
  4,120 tonnes, … 3,310 tonnes and … 2,220 tonnes"), against the one figure of
  that unit near the sum whose sentence shares a word ("exported 9,450 tonnes");
- one side of the article's one vote given as a larger share of the ballots than
  it is of the two counts ("voted 412-97" … "The 412 yes votes represented about
  85% of the ballots cast": 80.9%; spoilt ballots only make the share smaller);
- a winner's majority stated apart from the result, before or after it ("Shikongo's
  majority of 945" … "Martha Shikongo … with 4 812 votes. Ester Hamutenya …
  received 3 967 votes"), unless a year written nearest it dates it to another
  election;
- a list that names the things the article counts once, and names another number
  of them ("Three wards … will close" … "The wards due to close are Willow, Beech,
  Larch and Hazel"), when the words saying which ones are all in the count's
  sentence ("the wards staying open" are others); those words may come before the noun,
  and the names each carry words of their own, parted by semicolons or set between dashes
  ("shortlisted four consortia" … "The shortlisted bidders are A, a joint venture …; B; C;
  D, backed by …; and E, …"; "three new liner services" … "The new services - the A
  operated by X, B, C and the D run by Y - added …").

- a whole split after a colon whose last part says what it includes ("… and R1.2bn
  on other expenditure, including repairs"); "as follows" is no "such as";
- a change referred back by its size ("the 12 per cent reduction in the UK cod quota") against the one pair of
  levels of that direction the article gives in a sentence sharing two of its words ("The UK's share of North Sea
  cod for 2026 falls from 14,200 tonnes to 11,900 tonnes": 16 per cent);
- a change given as a fraction beside its two values ("fallen from a peak of
  52,000 … to 39,000, a drop of about a third": a quarter; "fell by a third from
  …");
- a gap to a norm given as a percentage ("612 mm of rainfall against a normal of
  720 mm …, a deficit of 21 per cent": 15 per cent; the words for a gap are data,
  `gap-below` and `gap-above` in rules/quantities.yaml);
- a vote whose sides and abstentions add up to more than the members the sentence
  before says were all there ("All 24 councillors attended. … 15 votes in favour
  and eight against, while two councillors abstained").

An age at death is checked against the year of birth ("has died aged 89" … "Born in
the village in 1934" in a piece of 2026: 91 or 92) when the article gives one of
each, the death in the year its sentence names or else the publication's; an age more
than five years off the reckoning is someone else's birth ("her son, born in 1960").

Figures are read as the article writes them: digits grouped in lakhs and crores
("Rs 2,84,210 crore"), two scales together ("Rs 13.25 lakh crore"), and each sum
is written back in the article's own style ("Rs 2,75,210 crore").

Left alone: parts that are not said to be the whole ("including", "among
them"), parts "of which" that add up to less than the whole ("Rs 1.2 lakh crore, of
which Rs 14,500 crore is provided this year"), a clause of cause after a change
("fell 7% …, helped by higher grades"), a share given as a bound it meets ("12 –
more than half –"), a count whose own phrase adds one before its list ("three
sons and a daughter - A, B, C and D"), a class's placings after its label ("Six brown eggs: 1st …; 2nd …"), a list
after a colon that opens on a count, whose items are groups ("three units had failed: two at A and one at B"; their
sum is checked as parts of a whole), ranges, approximate figures that are close enough ("almost a third" for
32%), rounding a sub-editor accepts ("£1.52m to £1.21m" is a 20% fall, so "20%"
and "a fifth" are fine), percentage changes of percentages (points or per cent
is a guess), a whole the article counts with two values, a majority "of" seats
or a government's, a count that names a kind ("Three-point goals: …"), a number that names a round ("Round seven is on Saturday: A v B, …"), a running
total far above the figures it adds ("a further £2m, bringing the total to £14m") or that a count in words before it
makes up ("781 votes to 594. Fourteen ballots were spoilt, bringing the total cast to 1,389"), a figure after "the" in a
list that names where the parts go ("72 to the six health centres, 30 to …"), a count saying when a list stands
("standings after three rounds: …"), a majority where the article has two tallies of one time
(last year's vote is another time), a term someone asked for ("eight years, of
which three would be suspended"), parts that finish a list begun the sentence before ("… and the authority borrowed the
remaining C$250 million. That total of C$420 million"), a share in another clause than the part ("revised turnout to
70.4 per cent once results from the last three of the 126 polling stations were added"), a count whose colon lists things
described rather than named ("The three pending applications …: a 400-megawatt project off Route 613, …"), what a
change would add ("an 8% increase would add about R142 million, against R98 million for its current offer"), and
anything inside quotes. Each message shows the arithmetic.
Counts of one noun given to named sides in one sentence ("the Tories held 34 seats, the New Democrats 14, the Liberals
six, and the Greens and an independent one each") that add up to more than the article's one whole of that noun
("34 of the legislature's 55 seats") contradict it; a list may leave sides out, so fewer say nothing. A winner's
margin "by" a count is read after "lost … to" its winner too ("lost Bedford Narrows to the NDP's Yusuf Okafor by 212
votes, 6,524 to 6,412"); a gap in percentage points lies between two percentages; a count "accounting for" a share
"of the total" is read against its thing's one larger count; a difference is taken from the part of "34 of the 55
seats", not the whole. An amount put as a share "of the total" ("New schemes get Rs82bn, barely a third of the total")
is read against the article's one total of its unit: the one figure it says totals, else the one figure another
plain share fits ("Rs330bn, or four-fifths," of Rs412bn); one put as a share of a whole its noun names ("Sh1.9 billion
of the outstanding arrears, or just over 70 percent") against the article's one figure of that noun. A fraction is read
loosely, to six points.
A percentage change "on this year's figure" is read against the one level of its unit the sentence before gives its
subject ("Defence spending in the outgoing year came to Rs2.28tr" … "Defence has been allocated Rs2.55tr for 2026-27 —
a rise of 16pc on this year's figure"), and a whole split in full in the sentence after the one giving it ("Of the PSDP
total, Rs520bn …, Rs260bn …, Rs150bn … with the remaining Rs120bn …") must be made by its parts.
A sentence opened "Within it," splits the sentence before's one larger figure as "Of these," does ("The social sector
accounts for Rs 1,21,500 crore of the outlay. Within it, school and mass education gets Rs 38,900 crore, …"), each
part with a description of its own.
A part and its share of the group a sentence opens on ("Of those on the outpatient list, 201,300 – 54% – had been
waiting") are read against the first count of the last earlier sentence naming every word of the group ("418,640 people
were on the outpatient waiting list").
A margin told by the verb of beating ("Joseph Maina is declared governor-elect, beating Gitau by 7,623 votes") is read
against the last count the article gave each side before it, in one block or in nearby list items (a live blog's final
tally), a namesake with another first name being another person.
A lead a sentence says the one before gave ("That gave the hosts a first-innings lead of 79") is read against that
sentence's count written with the same two words before it as exactly one earlier count ("all out for 401" … "bowled
out for 312").
A margin "by" a count set at once beside its tally is that tally's, whatever the verb ("held on by 211 votes, 6,874 to
6,703"); a lead told by its verb, with its object between ("Mattox, who trailed him by 7,138 votes", "took the seat by
252 votes"), is read against the article's one tally naming the clause's people, unless a running lead ("had led by").
Two or more sums of money that fall short of the sum they are "of", or all but make the one sum of the sentence before,
by at most a twentieth, are its breakdown ("Of the £24.6m in savings, £9.8m …, £6.4m …, £4.7m … and £2.9m …"; counts of
people need not cover their whole); parts after "breaks down as" or "split between" may each have a long phrase, a
count inside one ("$3.1 billion for 1,150 new hospital beds") is no part, and a list that adds up to a figure the
sentence gives before its colon ("four of the six counts: two …, one … and one …") is that figure's. A definite count
and its noun set against the names in apposition after it ("the other two candidates, A, B and C") must match them.
A change told both ways, its size then ", or" its percentage ("The 40c lift, or 6 per cent"; "a rise of £16, or 20%"),
is read against the one pair of levels of its unit a sentence before gives that differ by that size, a difference
told with its percentage ("$51.4 million more than the current year's $561.0 million budget, an increase of 6.2
percent") against its own base, and "was up from" a level against the level the sentence before moved to ("production
rose to an average of 1.68 million barrels per day" … "Output was up from a revised 1.52 million bpd, a rise of nearly
17 per cent"). Parts said to close, meet or cover a whole named before by its noun ("the gap would be closed through
…") must make it; a count the sentence before says was shared out among groups ("The remaining 43 seats were split
among opposition parties and independents") must be made by a list in full that reaches a group it names; a whole
"all of which had been declared" is claimed in full; a share set beside "the remaining" part ("498,300 bags, or 86
percent of the month's volume, while … the remaining 114,180 bags") is of the two together, when the article states
that sum. A share's whole may be named by another noun of one sum's group ("of turnover" where the article gives the
revenue; rules/quantities.yaml refer-back) or with a word of measure ("of the net budget").
A whole the sentence before says something "totals" is checked against a list in the next sentence that shares it out
in full ("Roading takes the largest share at $21.4 million, followed by …"), as parts "contributed to the quarter's top
line" are against the quarter's revenue; a joined margin ("the 12-point margin") against its sentence's one score; a
winner's margin against the result lines after the winner's own ("Akosua Mensah (PPF) – 19,406 votes"); a change
given by its size, its percentage and the level reached ("fell 742.18 points, or 1.6 per cent, to close at
81,204.55"); an old level "compared with" in the sentence after the new one, with the change set off after it; and
"an extra £95.45" after two levels.
A sum pointed back at ("deposit the amount in two tranches, Rs 18 crore … and the balance Rs 26 crore") must be made by
its part and the balance. A percentage change between levels of three figures or more may be anything their rounding
allows ("$1.40 billion, up 7.5% from $1.31 billion"); "up from" after a change "to" a level gives that change's earlier
level, and a percentage something "makes up" of a whole is a share, no change.

A lead in points or goals told at the score the match then stood at ("pushed their lead to 11 points, at 44-35") must
be that score's gap; a win by runs against a target set ("set 326 to win" … "bowled out for 221" … "The 114-run
victory": 325 less 221 is 104); a winner's margin against the votes each candidate was first given, in two paragraphs
side by side. Parts written with decimals make their whole only as closely as their rounding allows ("128.6 lakh
hectares" against five parts of one decimal: 0.3 lakh, not half a unit), a scale written without its unit ("paddy
36.4 lakh") takes the list's unit, "including" after an item's name says what the item covers, and two halves a whole
"of which" names (rules/quantities.yaml partitions: "for ongoing schemes … for new projects") must make it. A change
told by its new level and its size, its subject a pronoun ("They slipped further yesterday to close at ₹142.35, a
two-session fall of 9.8%"), is read from the one level of that unit the sentence before names by the same word ("against
Friday's close of ₹156.20").
Read too: a list begun in the sentence before and summed with its members named together ("Switzerland … taking 31
percent. The United States took 18 percent, …, the five markets together accounting for 79 percent"); a total named and
then its parts after a comma ("471 yards of total offense, 288 through the air and 193 on the ground"), parts told by
verbs of their own left out; the gap between two figures set against each other ("$11.84 billion against spending of
$12.31 billion, leaving a gap of $370 million"); a whole the sentence before gives by its noun, pointed back at and
split after a colon into as many parts as the sentence counts ("closes that gap with three measures: …"); a share of a
part its subject names ("Textiles made up 64.8 per cent of the country's $2.71 billion" after "textile and clothing
exports … to $1.62 billion"); a change in points named an improvement; a change from an old level with its size set
after it ("fell from $1.81 billion the year before, a 14 percent decline"), its new level the earlier figure sharing
the subject's rarer word, then the nearer one; a winner's margin after the loser's apposition ("defeated X, a two-time
MLA, by 4,312 votes") against the counts of the next sentence ("She polled 28,940 votes to his 24,268"). Quiet: what an
average is spread over ("averaged 4,812 fans over 52 home dates, up from 4,390"); a sum "also" ordered, which may hold
a part told before; items set apart by semicolons counted as items; a total named for another thing than the sentence
before's ("Total expenditure came to …" after total income); a part added after the list ("…, together with six letters
of support").
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import replace
from itertools import chain, combinations, takewhile
from typing import NamedTuple

from ..document import BlockKind, Document
from ..findings import Category, Hit, Severity
from ..language.numbers import value_of_words
from ..reading.annotate import AnnotatedBlock
from ..reading.compare import agree
from ..reading.levels import CHANGE_NOUNS, COMPARED_WITH, DOWN, LEVEL_NAMES, THAT_IS, UP, Sentence, an, change_contradicts, change_pairs, half_step, level_pairs, percent_text, sentences_of
from ..reading.quantities import FUNCTION_WORDS, Amount, singular
from ..reading.tokens import NUMBER, PUNCT, WORD
from ..registry import Check, Context, Example, register

FIGURE_ARITHMETIC = Check(
    id="figure-arithmetic",
    category=Category.NUMBER,
    severity=Severity.WARNING,
    summary="A percentage change, difference, share, total, majority or effective term that the article's own figures contradict.",
    description=__doc__,
    fires=Example(
        "date 2025-06-03 Library visits fall\n\nVisits to the town's libraries fell by 30% last year, from 250,000 to 200,000.\n",
        lines=(3,),
    ),
    quiet=Example(
        "date 2025-06-03 Library visits fall\n\nVisits to the town's libraries fell by 20% last year, from 250,000 to 200,000.\n\n"
        "Of the 12 branches, 3 closed, 4 cut their hours and 5 were unaffected.\n",
    ),
)

_FRACTIONS = {
    ("half",): 0.5, ("a", "half"): 0.5, ("one", "half"): 0.5,
    ("a", "third"): 1 / 3, ("one", "third"): 1 / 3, ("two", "-", "thirds"): 2 / 3, ("two", "thirds"): 2 / 3,
    ("a", "quarter"): 0.25, ("one", "quarter"): 0.25, ("three", "-", "quarters"): 0.75, ("three", "quarters"): 0.75,
    ("a", "fifth"): 0.2, ("one", "fifth"): 0.2, ("two", "-", "fifths"): 0.4, ("two", "fifths"): 0.4,
    ("three", "-", "fifths"): 0.6, ("three", "fifths"): 0.6, ("a", "tenth"): 0.1, ("one", "tenth"): 0.1,
    ("four", "-", "fifths"): 0.8, ("four", "fifths"): 0.8, ("three", "-", "tenths"): 0.3, ("three", "tenths"): 0.3,
    ("nine", "-", "tenths"): 0.9, ("nine", "tenths"): 0.9, ("a", "sixth"): 1 / 6, ("an", "eighth"): 0.125,
}
_FRACTION_WORDS = frozenset(w for words in _FRACTIONS for w in words if w not in ("a", "an", "one", "two", "three", "four", "nine", "-"))
_APPROX = frozenset("almost nearly about around roughly approximately some just over under more less than close to".split())
_WHOLE_CUES = (("of", "whom"), ("made", "up", "of"), ("comprising",), ("comprises",), ("comprise",), ("comprised", "of"), ("consisting", "of"), ("consists", "of"), ("consist", "of"), ("split", "between"), ("split", "among"), ("split", "into"), ("divided", "between"), ("divided", "among"), ("shared", "between"), ("shared", "among"), ("spread", "across"), ("spread", "between"), ("spread", "over"), ("divided", "into"), ("broken", "down", "into"), ("breaks", "down", "into"), ("breaks", "down", "as"), ("break", "down", "into"),
                ("break", "down", "as"), ("of", "which"))
_CUE_STARTS = frozenset(cue[0] for cue in _WHOLE_CUES)
_PARTIAL = frozenset("including includes include among such as".split())
_LEAVES_OUT = frozenset("excluding excludes excluded exclude omitting omits omitted".split())
_INCLUDE_VERBS = frozenset("include includes included including count counts counted cover covers covered".split())


def _partial(s: Sentence) -> bool:
    """True when a sentence names only some of a whole ("including", "among", "such as"; not any "as"), or a whole that
    leaves some out ("excluding", "did not include the Tailteann Cup")."""
    if s.lowers & _LEAVES_OUT or any(s.lower(k) in _INCLUDE_VERBS and s.lower(k - 1) in ("not", "n't", "never") for k in range(s.lo, s.hi)):
        return True
    if _beside_a_part(s):
        return True
    if not s.lowers & _PARTIAL:
        return False
    return bool(s.lowers & (_PARTIAL - {"such", "as"})) or any(s.lower(k) == "as" and s.lower(k - 1) == "such" for k in range(s.lo, s.hi))


# "Alongside the high-quality sawlog, it harvested 96,200 cubic metres … and 842,700 …, for a total of 1,067,300": a part
# named with no figure before the figures, which the total holds too
_BESIDE_OPENERS = (("alongside",), ("besides",), ("as", "well", "as"), ("in", "addition", "to"), ("on", "top", "of"), ("apart", "from"))


def _beside_a_part(s: Sentence) -> bool:
    opener = next((len(words) for words in _BESIDE_OPENERS if all(s.lower(s.lo + k) == w for k, w in enumerate(words))), 0)
    if not opener:
        return False
    comma = next((k for k in range(s.lo + opener, s.hi) if s.tokens[k].text == ","), None)
    return comma is not None and all(s.tokens[k].kind != NUMBER for k in range(s.lo + opener, comma))


_MARGIN = frozenset("majority margin".split())
# "Labor's 92 seats to the Coalition's 45 is a lead of 57 seats": a gap between two counts set against each other
_LEAD = frozenset("lead gap difference".split())
_AGAINST = frozenset("to against versus vs".split())
_WON = frozenset("won lost".split())  # "71,905 votes against 84,312 …, who won by 13,407 votes": a margin with its two counts
_PASSING = frozenset("passed passes pass carried approved adopted rejected defeated through backed endorsed vote voted votes division ballot won win".split())
_LEAD_VERBS = frozenset("trailed trails trailing led leads leading won wins beat beats defeated edged lost ahead behind took held retained captured carried "
                        "passed approved rejected backed adopted".split())  # "The levy passed by 5,215 votes": a vote's margin
_MODALS = frozenset("would could might may need needs needed require requires required".split())  # "a 25-vote margin would be enough"
_RUNNING_LEADS = frozenset("led leading trailed trailing ahead behind".split())
# a count not yet finished: "with 18 of the barangay's 24 precincts counted", "By 9 p.m."
_PARTIAL_COUNT = re.compile(r"\bwith\s+\d[\d,]*\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?\d[\d,]*\s+(?:\S+\s+){0,3}?(?:counted|in|reporting|declared|tallied)\b|\A\W*By\s+(?:\d|noon|midnight|late|early|the\s+end)", re.I)
_AT_A_TIME = frozenset("when at after before as with until".split())
_LEAD_OBJECTS = frozenset("him her them it the his their its seat ward race contest division constituency".split())
_MARGIN_SIZES = frozenset("final overall eventual winning comfortable narrow slim clear healthy wide wider reduced increased big bigger small smaller handsome victory".split())


_DIGITS_IN = re.compile(r"\d(?:[\d,.]*\d)?")
_INDIAN = re.compile(r"\d,\d\d,\d{3}")


def _fmt(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _fmt_like(value: float, models: list[Amount], total: Amount | None = None) -> str:
    """Write a computed figure the way the article writes the figures it comes from: "Rs 2,75,210 crore", "£3.4m"; when
    they are of two scales, the way it writes the total they are set against ("N$1.55 billion")."""
    model = models[0]
    m = _DIGITS_IN.search(model.text)
    written = float(m.group().replace(",", "")) if m else 0
    if not written or model.unit == "percent":
        return _fmt(value)
    factor = model.value / written
    found = [(a, d.group()) for a in models if (d := _DIGITS_IN.search(a.text))]
    if len(found) != len(models) or any(abs(a.value / float(d.replace(",", "")) - factor) > 1e-9 * factor for a, d in found if float(d.replace(",", ""))):
        if total is not None and total.unit == model.unit:
            return _fmt_like(value, [total])
        return _fmt(value)  # "£1.2m + £800,000": figures of two scales, summed plainly
    decimals = max((len(d.split(".")[1]) for _, d in found if "." in d), default=0)
    body = value / factor
    number = f"{body:,.{decimals}f}"
    if any(_INDIAN.search(a.text) for a in models):  # "Rs 2,75,210 crore": lakhs and crores grouped as the article groups them
        whole, _, fraction = number.replace(",", "").partition(".")
        head, tail = whole[:-3], whole[-3:]
        pairs = [head[max(0, k - 2):k] for k in range(len(head), 0, -2)][::-1]
        number = ",".join([*pairs, tail]) + (f".{fraction}" if fraction else "")
    suffix = model.text[m.end():]
    if suffix[:1] in "-\u2010\u2011" and suffix[1:2].isalpha():
        suffix = " " + suffix[1:].replace("-", " ")  # "the Rs 2,84,210-crore budget" sums to "Rs 2,75,210 crore"
    return model.text[: m.start()] + number + suffix


def _fraction_near(s: Sentence, lo: int, hi: int) -> tuple[float, bool, int, int] | None:
    """Return (fraction, approximate, first, last) of a fraction or percentage written between tokens lo and hi."""
    fractions = bool(s.lowers & _FRACTION_WORDS)
    for i in range(max(lo, 0), hi + 1):
        for words, value in _FRACTIONS.items() if fractions else ():
            if s.phrase(i, words) and not (words[-1] in ("half", "quarter") and s.lower(i - 1) in _ORDINAL_BEFORE):
                # ("5 of 6 in the second half", "in the third quarter": a part of a match, no fraction)
                approx = s.lower(i - 1) in _APPROX
                return value, approx, i, i + len(words) - 1
        a = s.at(i)
        if a is not None and a.unit == "percent":
            return a.value / 100, a.approx, a.first, a.last
        found = _in_fraction(s, i)  # "one in four"
        if found is not None:
            return found[0], s.lower(i - 1) in _APPROX, found[1], found[2]
    return None


_ORDINAL_BEFORE = frozenset("first second third fourth final opening closing".split())
_CLAUSE_TURNS = frozenset({";", "while", "whereas", "but"})
_NEXT_MEASURE = frozenset({"on", "and", "with"})


def _clause_has_change(clauses: dict[int, int], clause: int, s: Sentence, i: int) -> bool:
    """True when the clause read so far, up to token i, holds a percentage and a level after "from" (a change told whole)."""
    own = [k for k, c in clauses.items() if c == clause and k < i]
    return any(s.at(k) is not None and s.at(k).unit == "percent" for k in own) and any(s.lower(k) == "from" and s.at(k + 1) is not None for k in own)


def _percent_changes(s: Sentence) -> list[tuple[Amount, str]]:
    if any(s.lower(i) == "from" and {s.lower(k) for k in range(max(s.lo, i - 6), i)} & _REVISED for i in range(s.lo, s.hi)):
        return []  # "up 9.8 per cent on August, when exports came to 648,900 bags, a figure revised from the 651,300 it
        # first published": a figure corrected, not the change the percentage measures
    percents = [a for a in s.amounts if a.unit == "percent"]
    shares = [a for a in percents if s.lower(a.last + 1) == "of"]
    # "up 16.1 per cent and 14.3 per cent of sales": two percentages joined may both be shares of sales
    joined = any(b.last + 2 == a.first and s.lower(b.last + 1) in ("and", "or", "to", "from") for a in shares for b in percents)
    if len(percents) > 1 and len(percents) - len(shares) == 1 and not joined:
        # "climbed to $1.12 billion from $948 million, a 24% jump, and made up 61% of the quarter's sales": a share of
        # something is no change
        return _percent_change(_clause(s, [a for a in s.amounts if a not in shares], s.lo, s.hi))
    if len(percents) > 1:
        # "… climbed to Rs 212 crore from Rs 178 crore, up 16.1 per cent, while the margin stood at 14.3 per cent":
        # a clause turned by "while", "but" or a semicolon holding one percentage is read on its own
        clause, clauses = 0, {}
        # "$412 million, up 18 per cent from $364 million a year earlier, on revenue of $2.84 billion, up 8.8 per cent
        # from …": a comma and "on", "and" or "with" after a change's earlier level turns to the next measure
        for i in range(s.lo, s.hi):
            clause += s.lower(i) in _CLAUSE_TURNS or s.lower(i) in _NEXT_MEASURE and s.lower(i - 1) == "," and _clause_has_change(clauses, clause, s, i)
            clauses[i] = clause
        by_clause = {}
        for a in s.amounts:
            by_clause.setdefault(clauses.get(a.first), []).append(a)
        out = []
        for number, amounts in by_clause.items():
            if len(by_clause) > 1 and sum(a.unit == "percent" for a in amounts) == 1:
                # the clause's own tokens too: "rose 15 percent …, while deposits climbed 12 percent" has a verb in each
                lo = min(i for i, c in clauses.items() if c == number)
                hi = max(i for i, c in clauses.items() if c == number) + 1
                out += _percent_change(_clause(s, amounts, lo, hi))
        return out
    found = _percent_change(s)
    if not found and percents and len(change_pairs(s, percents[0]) or _compared_pairs(s)) > 1:
        # "net profit increased 16.8% to RM402.6mil from RM355mil, while revenue grew to RM4.86bil from RM4.41bil": two
        # pairs of levels, and the percentage's clause holds one of them
        lo, hi = s.lo, s.hi
        for i in range(s.lo, s.hi):
            if s.lower(i) in _CLAUSE_TURNS:
                if i < percents[0].first:
                    lo = i
                else:
                    hi = min(hi, i)
        if (lo, hi) != (s.lo, s.hi):
            found = _percent_change(_clause(s, [a for a in s.amounts if lo <= a.first and a.last < hi], lo, hi))
    return found


# a figure corrected (not rules/quantities.yaml's revision-words, which hold "raised" and "lowered": "raised from £40 to
# £48, a 20% rise" is a change its percentage measures)
_REVISED = frozenset("revised revises revising corrected restated amended".split())


def _clause(s: Sentence, amounts: list[Amount], lo: int, hi: int) -> Sentence:
    """The part of a sentence between two of its turns (tokens lo to hi), with the figures written there."""
    part = copy(s)
    part.amounts, part.lo, part.hi = amounts, lo, hi
    part.lowers = {s.tokens[i].lower for i in range(lo, hi)}
    return part


def _a_verb(s: Sentence, i: int) -> bool:
    """True when a word that may be a change's noun is its verb: "and cut the number of spills", not "a 20% cut"."""
    return s.lower(i - 1) in ("and", "has", "have", "had", "to", "will", "would", "it", "they") and s.lower(i + 1) not in ("in", "of")


def _percent_change(s: Sentence) -> list[tuple[Amount, str]]:
    out = []
    percents = [a for a in s.amounts if a.unit == "percent"]
    if len(percents) != 1 or percents[0].spelled:
        return out
    p = percents[0]
    if _describes_noun(s, p):
        return out  # "schools recording a 100 per cent result rose to 1,312 from 1,041": a kind of result, no change
    if s.lower(p.last + 1) == "of" and not any(s.direction(k) and s.lower(k - 1) not in _MAKE_VERBS for k in range(max(s.lo, p.first - 3), p.first)):
        return out  # "£61.4m, up from £56.8m, and now makes up 47 per cent of the council's net budget": a share, no change
    if _share_of_whole_before(s, p):
        return out  # "19.4 tonnes of the 53.0 tonnes exported, or about 37 percent, up from 16.2 tonnes": a share
    pairs = change_pairs(s, p)
    if not pairs:
        pairs = _compared_pairs(s)  # "£240m, compared with £300m a year earlier, a drop of 20%"
    pairs = list({(o.start, n.start): (o, n) for o, n in pairs}.values())  # one pair read two ways is one pair
    if len(pairs) != 1:
        return out
    old, new = pairs[0]
    if old.value <= 0:
        return out
    if None is not _rate_of(s, old) != _rate_of(s, new) is not None or any(s.lower(k) in ("equivalent", "equals", "equalling", "equaling") for k in range(min(old.last, new.last) + 1, max(old.first, new.first))):
        return out  # "up from GH¢3,228.75 a bag, equivalent to GH¢51,660 a tonne": one price in two measures, no change
    if new.first > old.last and any(s.tokens[k].text == "," and s.lower(k + 1).endswith("ing") for k in range(old.last + 1, new.first)):
        return out  # "5,412 in March, up 23 per cent from 4,401 in February, bringing the quarter's total to 13,781": another clause's level
    first = min(old.first, new.first)
    if any(s.tokens[k].text == "," and s.lower(k + 1) in _CONSEQUENCE_PARTICIPLES for k in range(p.last + 1, first)):
        return out  # "volumes grew by roughly 15 per cent, putting the average export price at about $5.09 …, compared with
        # $4.73": the levels of what the change brought about, another measure
    relative = next((k for k in range(p.last + 1, first) if s.lower(k) in ("which", "who", "whose", "as", "while", "when", "after")), None)
    if relative is not None and (s.lower(relative) == "while" or any(s.lower(k) in UP or s.lower(k) in DOWN for k in range(relative + 1, first))):
        return out  # "an increase of 11%, driven by transhipment, which climbed to 164,300 from 118,700", "The 8.1% growth
        # came as the harvested area expanded to 1.19m hectares from 1.17m": the clause's own change ("grew 14 per cent,
        # while exports nearly doubled to Rs 310 crore from Rs 158 crore": "while" opens another subject's clause)
    own = s.amount_after(p.last + 2) if s.lower(p.last + 1) == "to" else None
    if own is not None and own is not new:
        return out  # "cost of sales rose 24% to N281.6bn, lifting profit to N110.8bn from N72.4bn": the percentage has its own new level
    actual = (new.value - old.value) / old.value * 100
    end = max(p.last, old.last, new.last) + 1
    while end < s.hi and s.tokens[end].text not in (",", ";", ":", "(", "\u2014", "\u2013") and s.lower(end) not in ("that", "which", "by"):
        end += 1  # "…, helped by higher grades", "… 30 per cent that the council attributes to higher tender prices", "an 18
        # per cent jump driven mainly by cut flowers": a clause after the change gives its cause, not another change
    directions = [(i, s.lower(i)) for i in range(s.lo, end) if s.direction(i)]
    # "climbed from £178m to £212m, up 16.1 per cent": an "up" or "down" written onto the percentage is its own
    # word for the one change, not a second change
    # ("rises to $44.9 million, up from $41.2m last year, an increase of 6.8 per cent": "up from" gives the one change's
    # earlier level, no second change)
    verbs = [w for i, w in directions if (w not in CHANGE_NOUNS or _a_verb(s, i)) and not (i == p.first - 1 and w in ("up", "down"))
             and not _up_from_after_to(s, i, directions)]
    directions = [w for _, w in directions]
    if not directions or len(verbs) > 1 or len({w in UP for w in directions}) > 1:
        return out  # no change word, two changes ("rose 4% …, having risen from …"), or both ways: which change the figure gives is a guess
    up, down = directions[0] in UP, directions[0] in DOWN
    bracketed = s.lower(p.first - 1) == "(" and s.lower(p.last + 1) == ")" and p.first - 2 in (old.last, new.last)
    # "an increase of Rs260 billion, or 14pc": the percentage set off after the change's size is the change's too
    # ("a rise of Shs900 billion or 23 per cent": the comma may be left out)
    comma = s.lower(p.first - 2) == ","
    size = next((a for a in s.amounts if a.last == p.first - 2 - comma), None) if s.lower(p.first - 1) == "or" else None
    size = size if size is None or comma or size.unit not in (None, "percent") else None
    after_size = size is not None and any(s.lower(i) in UP or s.lower(i) in DOWN for i in range(size.first - 3, size.first))
    # (the hedges before the percentage aside: "a reduction of just under 12 per cent")
    if not bracketed and not after_size and not any(s.lower(i) in UP or s.lower(i) in DOWN for i in range(_before_hedges(s, p) - 2, p.last + 3)):
        return out  # "a rise from Rs 26 to Rs 32, a cap of 10 per cent on …": the percentage is not the change
        # (a percentage alone in brackets right after one of the two levels, "from 250,000 to 300,000 (20%)", is it)
    decimals = len(p.text.split(".")[1].rstrip("%").split()[0]) if "." in p.text else 0
    tolerance = 0.5 * 10 ** -decimals + max(0.5, 0.03 * p.value)
    if p.approx or old.approx or new.approx:
        tolerance = max(1.5, 0.1 * p.value)  # "compared with about HK$18,400": a rounded level moves the change too
    wrong_way = (up and actual < 0) or (down and actual > 0)
    # "$1.40 billion, up 7.5% from $1.31 billion": levels rounded to the digits written may hide 7.5 (1.404 on 1.306)
    h_old, h_new = _half_step(old), _half_step(new)
    least = (new.value - h_new) / (old.value + h_old) * 100 - 100
    most = (new.value + h_new) / (old.value - h_old) * 100 - 100 if old.value > h_old else actual
    # (levels of three figures or more: "£2.8bn to £3.1bn" may be anything from 7% to 14.5%, too loose to excuse 15%)
    inside = least * most > 0 and min(len(old.digits.lstrip("0")), len(new.digits.lstrip("0"))) >= 3 and min(abs(least), abs(most)) <= p.value <= max(abs(least), abs(most))
    if any(o is not old and o is not new and o.unit == new.unit and not o.in_range and o.first < p.first
           and abs(abs(o.value - old.value) / old.value * 100 - p.value) <= tolerance and (o.value > old.value) == up for o in s.amounts):
        return out  # "1,188 stroke patients, 486 at Ballymoyle and 702 at Strule Valley, up 9.1% from 1,089": the total's change
    if wrong_way or (abs(abs(actual) - p.value) > tolerance and not inside):
        change = "rise" if actual > 0 else "fall"
        size = percent_text(abs(actual))
        out.append((p, f"{old.text} to {new.text} is {an(size)} {size} {change}, not {p.text}."))
    return out


_WRITTEN_NUMBER_RE = re.compile(r"\d(?:[\d,\u00a0\u202f ]*\d)?(?:\.(\d+))?")  # "8 400", "1,384", "1.31"


def _half_step(a: Amount) -> float:
    """Half the last place a level is written to, in its value's terms: 0.005 billion for "$1.31 billion", 0.05m for
    "£41.2m"; 0 for a whole number written out in full ("1,384"), which is exact."""
    m = _WRITTEN_NUMBER_RE.search(a.text)
    if m is None:
        return 0.0
    written = float(re.sub(r"[,\s\u00a0\u202f]", "", m.group()))
    if not written:
        return 0.0
    scale = a.value / written
    if m.group(1) is None and abs(scale - 1) < 1e-9:
        return 0.0
    return 0.5 * 10 ** -len(m.group(1) or "") * scale


_MAKE_VERBS = frozenset("make makes made making".split())  # "makes up 47 per cent of": a share's verb, no rise


def _up_from_after_to(s: Sentence, i: int, directions: list[tuple[int, str]]) -> bool:
    """True when "up from" or "down from" at i gives the earlier level of a change whose verb went "to" the level just
    before it ("rises to $44.9 million, up from $41.2m"): one change told twice, not a second one. ("Suryoday fell 2.8 per
    cent after reporting sales of 2.36 lakh, down from 2.41 lakh": the fall is the shares', another change.)"""
    if s.lower(i) not in ("up", "down") or s.lower(i + 1) != "from" or s.lower(i - 1) != ",":
        return False
    level = next((a for a in s.amounts if a.last == i - 2), None)
    return level is not None and any(k < i and s.lower(k + 1) == "to" and s.amount_after(k + 2) is level for k, _ in directions)


_CONSEQUENCE_PARTICIPLES = frozenset("putting leaving pushing lifting taking bringing driving sending making".split())


def _rate_of(s: Sentence, a: Amount) -> str | None:
    """The measure a figure is given per ("GH¢3,228.75 a bag", "R21.47 per litre" -> "bag", "litre"), or None."""
    if s.lower(a.last + 1) in ("a", "an", "per") and a.last + 2 < s.hi and s.tokens[a.last + 2].kind == WORD \
            and s.lower(a.last + 3) not in ("earlier", "ago", "before", "later", "previously", "on"):  # "a week earlier" is when
        return singular(s.lower(a.last + 2))
    return None


def _share_of_whole_before(s: Sentence, p: Amount) -> bool:
    """True when a percentage is set off after a part of a whole written "A of the B" (", or about 37 percent")."""
    k = p.first - 1
    while s.lower(k) in _APPROX:
        k -= 1
    if s.lower(k) != "or" or s.lower(k - 1) != ",":
        return False
    # the whole may carry a few words ("of the 53.0 tonnes exported, or about 37 percent")
    whole = next((a for a in s.amounts if k - 5 <= a.last <= k - 2 and all(s.tokens[m].kind == WORD for m in range(a.last + 1, k - 1))), None)
    j = whole.first - 1 if whole is not None else -1
    j -= s.lower(j) in ("the", "its", "their")
    return whole is not None and s.lower(j) == "of" and any(a.last == j - 1 and a.unit == whole.unit for a in s.amounts)


def _describes_noun(s: Sentence, p: Amount) -> bool:
    """True for a percentage written between an article and a noun that is no change ("a 100 per cent result", "a 5%
    stake", "the 20 per cent discount"): it says what kind of thing the noun is."""
    after = p.last + 1
    return s.lower(p.first - 1) in ("a", "an", "the") and s.tokens[after].kind == WORD and s.lower(after) not in FUNCTION_WORDS \
        and s.lower(after) not in CHANGE_NOUNS and not s.direction(after) if after < s.hi else False


def _fraction_changes(s: Sentence) -> list[tuple[Amount, str]]:
    """A change given as a fraction with both values ("fallen from a peak of 52,000 … to 39,000, a drop of about a
    third": a quarter): the fraction must follow a change noun ("a drop of", "an increase of") or a change verb and
    "by" ("fell by a third"), and the sentence must give one pair of values and no percentage."""
    if any(a.unit == "percent" for a in s.amounts) or not s.lowers & _FRACTION_WORDS:
        return []
    pairs = change_pairs(s, None)
    if len(pairs) != 1:
        return []
    old, new = pairs[0]
    if old.value <= 0 or old.unit is not None and old.unit != new.unit:
        return []
    for i in range(s.lo, s.hi):
        for words, value in _FRACTIONS.items():
            if not s.phrase(i, words):
                continue
            k = i - 1
            approx = s.lower(k) in _APPROX
            while s.lower(k) in _APPROX:
                k -= 1
            if s.lower(k) == "of" and s.lower(k - 1) in CHANGE_NOUNS:
                way = s.lower(k - 1)
            elif s.lower(k) == "by" and (s.lower(k - 1) in UP or s.lower(k - 1) in DOWN):
                way = s.lower(k - 1)
            else:
                continue
            start = k - 1 if s.lower(k) == "by" else k - 2  # where the change's words begin: "fell by", "a drop of"
            start -= s.lower(start - 1) in ("a", "an")
            last = max(old.last, new.last)
            between = [s.lower(m) for m in range(last + 1, start)]
            if not (start > last and between in ([","], [","] + ["a"], [","] + ["an"]) or (i < min(old.first, new.first) and min(old.first, new.first) - (i + len(words)) <= 3)):
                continue  # "rose from £4.1m to £5.6m on sales up by almost a fifth": the fraction is another thing's change
            actual = (new.value - old.value) / old.value
            wrong_way = (way in UP and actual < 0) or (way in DOWN and actual > 0)
            if wrong_way or abs(abs(actual) - value) > (0.06 if approx else 0.035):
                written = " ".join(s.tokens[m].text for m in range(i - approx, i + len(words))).replace(" - ", "-")
                size = percent_text(abs(actual) * 100)
                return [(new, f"{old.text} to {new.text} is {an(size)} {size} {'rise' if actual > 0 else 'fall'}, not {written}.")]
            return []
    return []


def _gaps(s: Sentence) -> list[tuple[Amount, str]]:
    """A gap to a norm given as a percentage with both figures ("612 mm of rainfall against a normal of 720 mm …, a
    deficit of 21 per cent": 15 per cent): the figure before "against (a) <noun> of" the norm, and the percentage
    named by "deficit", "shortfall", "surplus" or "excess"."""
    gaps = s.ab.knowledge.gaps  # rules/quantities.yaml: gap-below, gap-above
    percents = [a for a in s.amounts if a.unit == "percent"]
    if len(percents) != 1 or percents[0].approx or not s.lowers & gaps.keys() or "against" not in s.lowers:
        return []
    p = percents[0]
    if s.lower(p.first - 1) == "of" and s.lower(p.first - 2) in gaps:
        way = gaps[s.lower(p.first - 2)]
    elif s.lower(p.last + 1) in gaps:
        way = gaps[s.lower(p.last + 1)]
    else:
        return []
    for k in range(s.lo, s.hi):
        if s.lower(k) != "against":
            continue
        m = k + 1 + (s.lower(k + 1) in ("a", "an", "the", "its"))
        n = m
        # ("against a long-period average of 368.4 mm": a hyphened word is three tokens)
        while n < s.hi and n - m < 6 and (s.tokens[n].kind == WORD or s.tokens[n].text == "-" and s.tokens[n].glued) and s.lower(n) != "of":
            n += 1
        norm = s.at(n + 1) if s.lower(n) == "of" and n > m else None
        if norm is None or norm.unit == "percent" or norm.value <= 0 or norm.approx:
            continue
        value = next((a for a in reversed(s.amounts) if a.last < k and k - a.last <= 6 and a.unit == norm.unit), None)
        if value is None or value.approx or value.in_range:
            continue
        actual = (value.value - norm.value) / norm.value * 100
        decimals = len(p.text.split(".")[1].rstrip("%").split()[0]) if "." in p.text else 0
        tolerance = 0.5 * 10 ** -decimals + max(0.5, 0.03 * p.value)
        if actual * way < 0 or abs(abs(actual) - p.value) > tolerance:
            gap = "deficit" if actual < 0 else "surplus"
            size = percent_text(abs(actual))
            return [(p, f"{value.text} against {norm.text} is {an(size)} {size} {gap}, not {p.text}.")]
        return []
    return []


def _gap_between_compared(s: Sentence) -> list[tuple[Amount, str]]:
    """The gap between two figures set against each other, given after them ("general revenue of $11.84 billion against
    spending of $12.31 billion, leaving a gap of $370 million": $470 million): a figure, "against" ("compared with",
    "versus") and a figure of its unit, a few words naming it between, then after a comma a gap word (rules/quantities.yaml
    gap-below and gap-above, or "gap") and "of" and a figure of that unit. The gap must be the difference. A first figure
    over the second leaves what is left of it, which _what_is_left reads."""
    gap_words = s.ab.knowledge.gaps.keys() | {"gap"}
    if not s.lowers & gap_words:
        return []
    for k in range(s.lo + 1, s.hi):
        words = next((w for w in COMPARED_WITH if w[0] not in ("up", "down") and s.phrase(k, w)), None)
        if words is None:
            continue
        first = next((a for a in reversed(s.amounts) if a.last < k), None)
        m = k + len(words)
        while m < s.hi and m - k <= 6 and s.tokens[m].kind == WORD and s.lower(m) != "of" and s.at(m) is None:
            m += 1
        second = s.at(m + (s.lower(m) == "of"))
        if first is None or second is None or k - first.last > 2 or first.unit != second.unit or first.unit in (None, "percent"):
            continue
        if first.value > second.value:
            return []  # "income of €212,300, against expenditure of €196,900, leaving a surplus of …": what is left, _what_is_left's
        g = second.last + 1
        if s.lower(g) != ",":
            return []
        g += 1 + (s.lower(g + 1) in ("leaving", "leaves", "leave", "with", "for", "creating", "opening"))
        g += s.lower(g) in ("a", "an")
        if s.lower(g) not in gap_words or s.lower(g + 1) != "of" or (gap := s.at(g + 2)) is None or gap.unit != first.unit:
            return []
        if any(a.approx or a.in_range for a in (first, second, gap)):
            return []
        diff = abs(first.value - second.value)
        if abs(diff - gap.value) > half_step(first) + half_step(second) + half_step(gap):
            return [(gap, f"{first.text} against {second.text} leaves a gap of {_fmt_like(diff, [gap])}, not {gap.text}.")]
        return []
    return []


def _passed_by(s: Sentence) -> list[tuple[Amount, str]]:
    """A level said to pass or miss a mark by a gap, all three given ("raised £518,400 …, beating the charity's £480,000
    target by £48,400": £38,400): a verb of rules/quantities.yaml's exceed-words or miss-words, the mark after it (a few
    words between), "by" and the gap after the mark, and the level the nearest figure of the unit before the verb in its
    clause. The gap must be the difference, the level on the verb's side of the mark."""
    passing = s.ab.knowledge.passing
    if not s.lowers & passing.keys() or "by" not in s.lowers:
        return []
    out = []
    for gap in s.amounts:
        if s.lower(gap.first - 1) != "by" or gap.unit == "percent" or gap.approx or gap.in_range:
            continue
        mark = next((a for a in reversed(s.amounts) if a.last < gap.first - 1), None)
        if mark is None or mark.unit != gap.unit or mark.approx or mark.in_range or gap.first - 1 - mark.last > 3:
            continue  # "beating the £480,000 target by": the mark's noun at most a word or two before "by"
        verb = next((k for k in range(mark.first - 1, max(s.lo, mark.first - 5) - 1, -1) if s.lower(k) in passing), None)
        if verb is None or any(s.tokens[k].kind != WORD for k in range(verb + 1, mark.first)):
            continue
        level = next((a for a in reversed(s.amounts) if a.last < verb and a.unit == gap.unit), None)
        if level is None or level.approx or level.in_range or verb - level.last > 12 or any(s.tokens[m].text in (";", ":", "(") for m in range(level.last + 1, verb)):
            continue
        actual = (level.value - mark.value) * passing[s.lower(verb)]
        if actual <= 0:
            continue  # "beat" of another thing ("raised £400,000, beating last year's £380,000 by …" is the same; a level below it is no pass)
        written = f"{actual:.10g}".replace(".", "").lstrip("0")
        if agree(actual, gap.value, written, gap.digits):
            continue
        out.append((gap, f"{level.text} against {mark.text} is a gap of {_fmt_like(actual, [level, mark])}, not {gap.text}."))
    return out


def _compared_pairs(s: Sentence) -> list[tuple[Amount, Amount]]:
    """The (earlier, new) levels of "B, compared with A" or "B, against A" when the sentence gives no "from … to …" and
    no figure but the two levels and the change ("revenue rose 14% to Rs 612 crore, while net profit came in at Rs 21.6
    crore against Rs 17.2 crore": the percentage is revenue's)."""
    # ("For the 12 months to February, …, against … in the previous 12-month period": a length of time is no level)
    levels = [a for a in s.amounts if a.unit != "percent" and a.unit not in s.ab.knowledge.duration_units]
    if len(levels) > 2:
        # "Over the first nine months …, exports reached $30.6 billion, against $28.1 billion": a figure of a unit of its
        # own is no level of the two compared
        levels = [a for a in levels if sum(b.unit == a.unit for b in levels) > 1]
    if len(levels) != 2:
        return []
    return [pair for pair in level_pairs(s) if pair not in change_pairs(s, None) and pair[0] in levels and pair[1] in levels]


def _percent_of_previous(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A percentage change given in a sentence of its own for the change the sentence before states ("15,100 people
    were on the lists …, up from 12,400 a year earlier." "That is an increase of 28 per cent …"; "The 8.1 per cent growth
    was the strongest …")."""
    if prior is None:
        return []
    percents = [a for a in s.amounts if a.unit == "percent"]
    if len(percents) != 1 or percents[0].spelled:
        return []
    p = percents[0]
    # "The 8.1 per cent growth was the strongest in four years": the change named as the sentence's subject
    subject = s.lower(s.lo) == "the" and p.first == s.lo + 1 and s.lower(p.last + 1) in CHANGE_NOUNS and s.lower(p.last + 2) not in ("in", "of", "on", "for")
    if not subject and (s.lower(s.lo) not in ("that", "this") or s.lower(s.lo + 1) not in THAT_IS or any(a.unit is None and not a.spelled for a in s.amounts)):
        return []
    named = [s.lower(i) for i in range(max(s.lo, p.first - 3), min(s.hi, p.last + 3)) if s.lower(i) in CHANGE_NOUNS]
    if len(named) != 1 or _partial(prior) or any(a.unit == "percent" for a in prior.amounts):
        return []
    pairs = change_pairs(prior, None)
    if len(pairs) != 1 or pairs[0][0].approx or pairs[0][1].approx:
        return []
    old, new = pairs[0]
    message = change_contradicts(p, old, new, named[0] in UP, named[0] in DOWN)
    return [(p, message)] if message else []


def _change_of_the_subject_before(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A percentage change from a level, said of a subject the sentence before gives the new level of ("… a proposed $84.6
    million general fund budget for 2026-27." "The proposal is up 6.2% from the current year's $81.2 million budget"):
    4.2 per cent. The subject opens the sentence ("The proposal", "It"), names a word of the sentence before (or is
    "it"), and that sentence gives one level of the unit."""
    if prior is None:
        return []
    percents = [a for a in s.amounts if a.unit == "percent"]
    if len(percents) != 1 or percents[0].approx or percents[0].spelled or len(s.amounts) != 2:
        return []
    p = percents[0]
    way = s.lower(p.first - 1)
    if way not in ("up", "down") or s.lower(p.last + 1) not in ("from", "on"):
        return []
    old = next((a for a in s.amounts if a is not p), None)
    if old is None or old.first <= p.last or old.first - p.last > 6 or old.unit in (None, "percent") or old.approx or old.in_range:
        return []
    verb = next((k for k in range(s.lo, p.first) if s.lower(k) in ("is", "was", "would", "will")), None)
    if verb is None or verb - s.lo > 3 or s.lower(s.lo) not in ("the", "this", "that", "it"):
        return []
    subject = {_stem(s.lower(k)) for k in range(s.lo + 1, verb) if s.tokens[k].kind == WORD}
    news = [a for a in prior.amounts if a.unit == old.unit and not (a.approx or a.in_range)]
    if len(news) != 1 or subject and not subject & {_stem(prior.lower(k)) for k in range(prior.lo, prior.hi) if prior.tokens[k].kind == WORD}:
        return []
    message = change_contradicts(p, old, news[0], way == "up", way == "down")
    return [(p, message)] if message else []


def _noun_counted(s: Sentence, a: Amount) -> str | None:
    """The noun a count counts, past a joined figure sizing it ("612,430 60-kilogramme bags" -> bags), or None."""
    j = a.last + 1
    if (size := s.at(j)) is not None and size.compound:
        j = size.last + 1
    return s.lower(j) if j < s.hi and s.tokens[j].kind == WORD else None


def _compared_with_before(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """An old level a sentence compares its subject with, and the change it makes set off after it ("Uganda exported
    612,430 bags of coffee in March." "The volume compares with 540,000 bags shipped in March 2025, an increase of 22.4 per
    cent"): 13.4 per cent. The subject opens the sentence ("The volume", "That"); the new level is the sentence before's
    one figure of the old level's unit (of a count, one written before the same noun)."""
    if prior is None or s.lower(s.lo) not in ("the", "this", "that", "it"):
        return []
    verb = next((k for k in range(s.lo, min(s.hi, s.lo + 4)) if s.lower(k) in ("compares", "compared") and s.lower(k + 1) in ("with", "to")), None)
    old = s.amount_after(verb + 2, ("the", "a", "an", "some")) if verb is not None else None
    if old is None or old.approx or old.in_range or old.unit == "percent":
        return []
    p = next((a for a in s.amounts if a.unit == "percent" and a.first > old.last), None)
    if p is None or p.in_range:
        return []
    k = p.first - 1 - (s.lower(p.first - 1) in _APPROX)
    noun = s.lower(k - 1)
    # (nor a change set off after other figures: "… compared with 538,100 bags …, and earnings climbed to $241.3 million
    # from $187.6 million, a rise of 28.6 per cent" is the earnings')
    if s.lower(k) != "of" or noun not in CHANGE_NOUNS or s.lower(k - 2) not in ("a", "an") or s.lower(k - 3) != "," \
            or any(a.first > old.last and a.last < k - 3 for a in s.amounts if a.unit != "percent" and not a.compound):
        return []
    return _change_on_the_level_before(s, prior, p, old, noun in UP, noun in DOWN)


def _change_on_the_level_before(s: Sentence, prior: Sentence, p: Amount, old: Amount, up: bool, down: bool) -> list[tuple[Amount, str]]:
    """A change p from an old level against the new level the sentence before gives: its one figure of the old level's
    unit (of a count, one written before the same noun)."""
    news = [a for a in prior.amounts if a.unit == old.unit and not (a.approx or a.in_range or a.compound)
            and (old.unit is not None or _noun_counted(prior, a) == _noun_counted(s, old) is not None)]
    if len(news) != 1 or any(a.unit == old.unit and a.in_range and not a.approx for a in prior.amounts):
        return []  # ("adds $4.1 million, taking it from $408.5 million to $412.6 million": which level is new is the pair's)
    message = change_contradicts(p, old, news[0], up, down)
    return [(p, message)] if message else []


# words that name a change's earlier level by its noun: "the opening price", "the previous rate"
_EARLIER_LEVEL_WORDS = frozenset("opening old previous original former earlier initial starting prior existing".split())
_THAN_UP = frozenset({"higher", "more", "above", "greater", "bigger", "larger"})
_THAN_DOWN = frozenset({"lower", "less", "below", "smaller", "fewer"})


def _percent_set_against(s: Sentence) -> list[tuple[Amount, str]]:
    """A level set against another by a percentage, both in one clause ("The target of Rs15,270 billion is 19.2 percent
    above the Rs13,010 billion the board now expects": 17.4 per cent; "152 homes, 20 per cent more than the 118 homes
    built last year": 28.8). The level is the one figure of the other's unit before the percentage, with no clause break
    between, and a count's noun is the other's."""
    out = []
    for p in s.amounts:
        if p.unit != "percent" or p.in_range:
            continue
        way = s.lower(p.last + 1)
        k = p.last + 2 + (s.lower(p.last + 2) == "than")
        if way not in _THAN_UP | _THAN_DOWN or (way not in ("above", "below") and s.lower(p.last + 2) != "than"):
            continue
        while k - p.last < 5 and (s.lower(k) in ("last", "this", "the", "previous") or s.lower(k).endswith(("'s", "\u2019s"))):
            k += 1  # "20 per cent more than last year's £118m"
        old = s.amount_after(k, ("the", "a", "an", "its", "their"))
        if old is None or old.first > k + 3 or old.approx or old.in_range or old.unit == "percent" or old.compound:
            continue
        levels = [a for a in s.amounts if a.last < p.first and a.unit == old.unit and not a.compound]
        if len(levels) != 1 or levels[0].approx or levels[0].in_range:
            continue
        new = levels[0]
        if any(s.tokens[m].text in (";", ":", "(", ")") or s.lower(m) in _CLAUSE_TURNS for m in range(new.last + 1, p.first)):
            continue
        if old.unit is None and _noun_counted(s, new) != _noun_counted(s, old):
            continue  # "120 homes, 20 per cent more than the 100 flats": two things
        message = change_contradicts(p, old, new, way in _THAN_UP, way in _THAN_DOWN)
        if message:
            out.append((p, message))
    return out


def _higher_than_before(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A change the sentence's subject makes on an older level, the subject pointing back at the new level the sentence
    before gives ("… with exports reaching 2,140 tonnes." "That total is 26 per cent higher than the 1,780 tonnes shipped
    in 2024"): 20.2 per cent. The new level is the sentence before's one figure of the old level's unit."""
    if prior is None or s.lower(s.lo) not in ("that", "this", "it", "the"):
        return []
    p = next((a for a in s.amounts if a.unit == "percent" and a.first - s.lo <= 5), None)
    if p is None or p.in_range or s.lower(p.last + 2) != "than" or (way := s.lower(p.last + 1)) not in _THAN_UP | _THAN_DOWN:
        return []
    if any(a.first < p.first for a in s.amounts):
        return []  # the subject is pointed at, not given here
    old = s.amount_after(p.last + 3, ("the", "a", "an", "some"))
    if old is None and not any(a.first > p.last and a.unit not in s.ab.knowledge.duration_units for a in s.amounts) \
            and any(s.lower(k) in _EARLIER_LEVEL_WORDS for k in range(p.last + 3, min(s.hi, p.last + 6))):
        # "The new rate is 15.3 per cent higher than the opening price", after "the price rises to GH¢3,712 from
        # GH¢3,276.80": the old level named by its noun, the change the sentence before's one pair of levels (not
        # "higher than the national average", another level)
        pairs = change_pairs(prior, None)
        if len(pairs) != 1 or pairs[0][0].unit != pairs[0][1].unit or any(x.approx or x.in_range for x in pairs[0]):
            return []
        message = change_contradicts(p, pairs[0][0], pairs[0][1], way in _THAN_UP, way in _THAN_DOWN)
        return [(p, message)] if message else []
    if old is None or old.first > p.last + 4 or old.approx or old.in_range or old.unit == "percent":
        return []
    return _change_on_the_level_before(s, prior, p, old, way in _THAN_UP, way in _THAN_DOWN)


# a change set off after a new level, by its noun and its way: "is £142m – an overrun of £55m"
_GAP_NOUNS = {"overrun": 1, "overspend": 1, "increase": 1, "rise": 1, "jump": 1, "hike": 1, "cut": -1, "saving": -1, "reduction": -1,
              "fall": -1, "drop": -1}


def _gap_on_previous(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A new level set off with the change it makes ("The revised figure … is £142m – an overrun of £55m"), against the
    one level of its unit the sentence before gives ("When Inverkip won the work in 2023, the headline price was £97m"):
    £45m. Quiet when the change names what it is taken on ("an increase of £55m on the original plan")."""
    if prior is None:
        return []
    out = []
    for d in s.amounts:
        if d.unit in (None, "percent") or d.approx or d.in_range or s.lower(d.first - 1) != "of" or s.lower(d.first - 3) not in ("a", "an"):
            continue
        sign = _GAP_NOUNS.get(s.lower(d.first - 2))
        if sign is None or s.lower(d.last + 1) in ("on", "over", "than", "from", "compared", "against", "to", "since"):
            continue
        mark = d.first - 4
        now = next((a for a in s.amounts if a.last == mark - 1), None)
        if mark < s.lo or s.tokens[mark].text not in ("\u2013", "\u2014", ",", "-") or now is None or now.unit != d.unit or now.approx or now.in_range:
            continue
        if any(a.unit == d.unit for a in s.amounts if a is not now and a is not d):
            continue  # another level of the unit in the sentence: which the change is taken on is its own sum
        olds = [a for a in prior.amounts if a.unit == d.unit and not a.in_range]
        if len(olds) != 1 or olds[0].approx:
            continue
        actual = (now.value - olds[0].value) * sign
        written = f"{abs(actual):.10g}".replace(".", "").lstrip("0")
        if actual <= 0 or agree(actual, d.value, written, d.digits):
            continue
        out.append((d, f"{now.text} less {olds[0].text} is {_fmt_like(actual, [now, olds[0]])}, not {d.text}."))
    return out


def _a_year(s: Sentence, k: int) -> bool:
    text = s.tokens[k].text if s.lo <= k < s.hi else ""
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100


# the nouns of a change set off after its new level: "finished with 54, a loss of 35"
_LEVELS_CHANGE_NOUNS = {**_GAP_NOUNS, "loss": -1, "gain": 1}


def _change_after_its_levels(s: Sentence) -> list[tuple[Amount, str]]:
    """A change set off after the new level, both levels in the sentence, the earlier dated and the new not ("The LDF,
    which won 99 seats in 2021, finished with 54, a loss of 35"): 45. The sentence gives no other figure of the unit."""
    out = []
    for d in s.amounts:
        if d.unit == "percent" or d.approx or d.in_range or s.lower(d.first - 1) != "of" or s.lower(d.first - 3) not in ("a", "an"):
            continue
        sign = _LEVELS_CHANGE_NOUNS.get(s.lower(d.first - 2))
        if sign is None or s.lower(d.last + 1) in ("on", "over", "than", "from", "compared", "against", "to", "since"):
            continue
        now = next((a for a in s.amounts if a.last == d.first - 5), None)
        if now is None or s.tokens[d.first - 4].text not in (",", "\u2013", "\u2014") or now.unit != d.unit or now.approx or now.in_range:
            continue
        others = [a for a in s.amounts if a.unit == d.unit and a is not now and a is not d]
        if len(others) != 1 or others[0].last > now.first or others[0].approx or others[0].in_range:
            continue
        old = others[0]
        if not any(_a_year(s, k) for k in range(old.last + 1, min(now.first, old.last + 5))) or any(_a_year(s, k) for k in range(now.first - 3, d.last + 1)):
            continue  # an undated figure before may be anyone's: the old level is the one dated to another year ("won 99 seats in 2021")
        actual = (now.value - old.value) * sign
        written = f"{abs(actual):.10g}".replace(".", "").lstrip("0")
        if actual <= 0 or agree(actual, d.value, written, d.digits):
            continue
        high, low = (now, old) if now.value > old.value else (old, now)
        out.append((d, f"{high.text} less {low.text} is {_fmt_like(actual, [now, old])}, not {d.text}."))
    return out


# what "a rise of 16pc on this year's figure" is taken on: the level a time's possessive names
_EARLIER_LEVELS = frozenset("figure level allocation total amount budget outlay spending sum".split())


def _change_on_earlier_level(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A percentage change "on this year's figure" for the one level its sentence gives ("Defence has been allocated
    Rs2.55tr for 2026-27 — a rise of 16pc on this year's figure"), read against the one level of that unit the sentence
    before gives, when both sentences name their subject with one word ("Defence spending in the outgoing year came to
    Rs2.28tr"): 11.8 per cent."""
    if prior is None:
        return []
    percents = [a for a in s.amounts if a.unit == "percent"]
    if len(percents) != 1 or percents[0].spelled:
        return []
    p = percents[0]
    if s.lower(p.first - 1) != "of" or s.lower(p.first - 2) not in CHANGE_NOUNS or s.lower(p.last + 1) not in ("on", "over"):
        return []
    k = p.last + 2
    said = [s.lower(m) for m in range(k, min(s.hi, k + 4))]
    if not (set(said) & _EARLIER_LEVELS) or not any(w.endswith(("'s", "\u2019s")) for w in said[: said.index(next(w for w in said if w in _EARLIER_LEVELS))]):
        return []  # "on this year's figure", "over last year's allocation"
    levels = [a for a in s.amounts if a is not p and a.last < p.first and a.unit not in (None, "percent") and not a.in_range]
    if len(levels) != 1:
        return []
    new = levels[0]
    olds = [a for a in prior.amounts if a.unit == new.unit and not a.in_range]
    if len(olds) != 1 or olds[0].approx:
        return []
    subject = {s.lower(m) for m in range(s.lo, new.first) if s.tokens[m].kind == WORD and len(s.lower(m)) > 3 and s.lower(m) not in FUNCTION_WORDS}
    if not subject & {prior.lower(m) for m in range(prior.lo, olds[0].first)}:
        return []  # the sentence before must speak of the same subject
    message = change_contradicts(p, olds[0], new, s.lower(p.first - 2) in UP, s.lower(p.first - 2) in DOWN)
    return [(p, message)] if message else []


def _change_from_level_before(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A change whose new level the sentence before gives and which this sentence, referring back, gives from its old
    level ("… has cut its total allowable catch for hake to 140,000 tonnes." "The new limit is down from 154,000 tonnes
    last season, a reduction of about 12 percent": 9.1 per cent): the sentence opens on "The new …", "It" or "This", names
    one level after "from" and one percentage after a change noun; the sentence before gives one level of that unit."""
    if prior is None or s.lower(s.lo) not in ("it", "this") and not (s.lower(s.lo) == "the" and s.lower(s.lo + 1) == "new"):
        return []
    percents = [a for a in s.amounts if a.unit == "percent"]
    olds = [a for a in s.amounts if a.unit not in (None, "percent") and s.lower(a.first - 1) == "from" and not a.in_range]
    if len(percents) != 1 or len(olds) != 1 or len([a for a in s.amounts if a.unit == olds[0].unit]) != 1:
        return []
    p, old = percents[0], olds[0]
    j = p.first - 1 - (s.lower(p.first - 1) in _APPROX)
    if s.lower(j) != "of" or s.lower(j - 1) not in CHANGE_NOUNS:
        return []
    news = [a for a in prior.amounts if a.unit == old.unit and not (a.in_range or a.approx)]
    if len(news) != 1:
        return []
    direction = s.lower(old.first - 2)
    message = change_contradicts(p, old, news[0], s.lower(j - 1) in UP or direction == "up", s.lower(j - 1) in DOWN or direction == "down")
    return [(p, message)] if message else []


# the verb that moves a level to a new one, in the sentence before: "production rose to an average of 1.68 million"
_MOVED_TO = frozenset("rose risen climbed increased jumped grew fell dropped declined slipped decreased eased".split())


_MOVED_TO_LEVEL = frozenset({"to", "at"})


def _moved_on_from_the_level_before(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A change its sentence gives a new level and a size in percent, its subject a pronoun ("They slipped further
    yesterday to close at ₹142.35, a two-session fall of 9.8%"), from the one level of that unit the sentence before
    names by the same word ("against Friday's close of ₹156.20"): 8.9 per cent."""
    if prior is None or s.lower(s.lo) not in ("it", "they"):
        return []
    percents = [a for a in s.amounts if a.unit == "percent" and not a.in_range]
    levels = [a for a in s.amounts if a.unit not in (None, "percent") and not (a.in_range or a.approx) and s.lower(a.first - 1) in _MOVED_TO_LEVEL]
    if len(percents) != 1 or len(levels) != 1 or len([a for a in s.amounts if a.unit == levels[0].unit]) != 1:
        return []
    p, new = percents[0], levels[0]
    way = _change_size_noun(s, p)
    if way is None or p.first < new.last:
        return []
    named = {s.lower(k)[:5] for k in range(max(s.lo, new.first - 3), new.first) if s.tokens[k].kind == WORD and s.lower(k) not in FUNCTION_WORDS and s.lower(k) not in _MOVED_TO_LEVEL}
    olds = [a for a in prior.amounts if a.unit == new.unit and not (a.in_range or a.approx)
            and named & {prior.lower(k)[:5] for k in range(max(prior.lo, a.first - 3), a.first)}]  # ("close", "closed")
    if len(olds) != 1:
        return []
    up, down = way in UP or way in ("rise", "increase", "growth", "gain", "jump", "climb"), way in DOWN or way in ("fall", "drop", "decline", "decrease", "cut", "reduction", "slump")
    message = change_contradicts(p, olds[0], new, up, down)
    return [(p, message)] if message else []


def _up_from_the_level_before(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A change from an old level, said with "was up from" ("Output was up from a revised 1.52 million bpd in January, a
    rise of nearly 17 per cent"), whose new level the sentence before moved something to ("production rose to an average
    of 1.68 million barrels per day"): 10.5 per cent. The sentence gives one old level and one percentage after a change
    noun; the sentence before, one level of the unit, after its verb and "to"."""
    if prior is None:
        return []
    percents = [a for a in s.amounts if a.unit == "percent"]
    if len(percents) != 1:
        return []
    p = percents[0]
    j = p.first - 1
    while j > p.first - 3 and s.lower(j) in _APPROX:
        j -= 1
    if s.lower(j) != "of" or s.lower(j - 1) not in CHANGE_NOUNS:
        return []
    for old in s.amounts:
        if old is p or old.unit == "percent" or old.in_range or old.approx or old.last >= p.first:
            continue
        k = old.first - 1
        while k > old.first - 3 and s.lower(k) in ("a", "an", "the", "revised", "estimated", "provisional"):
            k -= 1
        way = s.lower(k - 1)
        if s.lower(k) != "from" or way not in ("up", "down") or s.lower(k - 2) not in ("was", "is", "were", "are"):
            continue
        news = [a for a in prior.amounts if a.unit == old.unit and not (a.in_range or a.approx) and a is not old]
        if len(news) != 1:
            return []
        new = news[0]
        m = new.first - 1
        while m > new.first - 4 and prior.lower(m) in ("an", "a", "average", "of", "estimated"):
            m -= 1
        if prior.lower(m) != "to" or prior.lower(m - 1) not in _MOVED_TO:
            return []
        message = change_contradicts(p, old, new, way == "up", way == "down")
        return [(p, message)] if message else []
    return []


def _change_from_an_old_level(s: Sentence, earlier: list[Sentence]) -> list[tuple[Amount, str]]:
    """A change told from its old level alone ("Export revenue rose 22% from $1.43 billion in 2024/25"; "Cargo revenue
    fell from $1.81 billion the year before, a 14 percent decline"), its new level given before ("Ethiopia earned a record $1.84 billion from coffee exports"): the one figure of the unit in the
    sentences just before whose words share most of the change's subject's, not one compared with."""
    percents = [a for a in s.amounts if a.unit == "percent"]
    if len(percents) != 1 or percents[0].approx or percents[0].in_range:
        return []
    p = percents[0]
    verb = p.first - 1 - (s.lower(p.first - 1) == "by")
    if s.lower(p.last + 1) == "from" and s.direction(verb) and s.lower(verb) not in CHANGE_NOUNS and verb - s.lo <= 6:
        old = s.at(p.last + 2)
    else:
        # "Cargo revenue fell from $1.81 billion the year before, a 14 percent decline": the size set after the old level
        verb = next((k for k in range(s.lo, min(s.hi, s.lo + 7)) if s.direction(k) and s.lower(k) not in CHANGE_NOUNS and s.lower(k + 1) == "from"), None)
        if verb is None or s.lower(p.last + 1) not in CHANGE_NOUNS or (s.lower(p.last + 1) in UP) != (s.lower(verb) in UP) \
                or s.lower(p.first - 1) not in ("a", "an") or s.lower(p.first - 2) != "," or p.first < verb:
            return []
        old = s.at(verb + 2)
    if old is None or old.unit in (None, "percent") or old.approx or old.in_range or sum(1 for a in s.amounts if a.unit == old.unit) != 1:
        return []
    subject = {_stem(s.lower(k)) for k in range(s.lo, verb) if s.tokens[k].kind == WORD and s.lower(k) not in FUNCTION_WORDS and len(s.lower(k)) >= 4}
    if not subject:
        return []
    # the figure whose words share most of the subject's ("Sequentially, consolidated profit was up 6.3 per cent from …"
    # is the consolidated profit given two sentences before, not the standalone profit of the sentence before)
    # (a word of the subject near fewer figures tells more: "Cargo revenue" is "Cargo brought in $1.63 billion", not
    # "Passenger revenue climbed to $5.12 billion")
    near: list[tuple[set[str], Amount, int]] = []
    for e in earlier:
        for a in e.amounts:
            if a.unit == old.unit and not (a.approx or a.in_range or _compared(e, a)):
                window = {k: _stem(e.lower(k)) for k in range(max(e.lo, a.first - 8), min(e.hi, a.last + 9))}
                gap = min((min(abs(k - a.first), abs(k - a.last)) for k, w in window.items() if w in subject), default=99)
                near.append((subject & set(window.values()), a, gap))
    # and, that failing, a word before the subject's head ("Cargo" of "Cargo revenue") says which kind of it, and then
    # the figure nearer the word ("passenger earnings ₹91,500 crore and other sources ₹22,300 crore")
    order = [_stem(s.lower(k)) for k in range(s.lo, verb)]
    spread = {w: sum(1 for words, _, _ in near if w in words) for w in subject}
    scored: dict[float, tuple[tuple, Amount]] = {}
    for words, a, gap in near:
        shared = (len(words), sum(1 / spread[w] for w in words), max((1 / (1 + order.index(w)) for w in words), default=0), -gap)
        if words and (a.value not in scored or shared > scored[a.value][0]):
            scored[a.value] = (shared, a)
    best = max((n for n, _ in scored.values()), default=None)
    news = [a for n, a in scored.values() if n == best]
    if len(news) != 1:
        return []
    new = news[0]
    message = change_contradicts(p, old, new, s.lower(verb) in UP, s.lower(verb) in DOWN)
    return [(p, message)] if message else []


def _of_the_named_whole(s: Sentence, earlier: list[Sentence], revised: frozenset[str]) -> list[tuple[Amount, str]]:
    """Parts of a whole the sentence opens on by name, not figure ("Of this year's harvest, 19,400 tonnes came from …,
    11,900 tonnes from … and 6,200 tonnes from …, with the remaining 4,800 tonnes from …"), against the one figure of the
    parts' unit before near a word of that name ("harvested 41,300 tonnes", not "down from 46,800 tonnes"). Parts that
    end with the rest cover the whole; others may leave some out, so only a sum over it is reported."""
    if s.lower(s.lo) != "of" or s.lower(s.lo + 1) not in ("the", "this", "that", "its", "their", "last", "these", "it"):
        return []
    comma = next((k for k in range(s.lo + 2, min(s.hi, s.lo + 8)) if s.tokens[k].text == ","), None)
    if comma is None or any(s.tokens[k].kind != WORD for k in range(s.lo + 1, comma)):
        return []
    # "Of that, £11.2m …": the whole is the figure just before, not one named
    pointing = comma == s.lo + 2 and s.lower(s.lo + 1) in _ANAPHORS
    name = {_stem(s.lower(k).removesuffix("'s").removesuffix("\u2019s")) for k in range(s.lo + 1, comma)
            if s.lower(k) not in FUNCTION_WORDS and len(s.lower(k)) >= 4 and s.lower(k).removesuffix("'s").removesuffix("\u2019s") not in ("year", "month", "week", "season")}
    first = next((a for a in s.amounts if a.first > comma), None)
    if not (name or pointing) or first is None or first.unit in (None, "percent"):
        return []
    # "Of that, £2.1 million was raised in grants and donations: £1.1 million from …": what follows a colon splits a part
    colon = next((k for k in range(first.last + 1, s.hi) if s.tokens[k].text in (":", ";")), s.hi)
    parts = _parts(s, comma + 1, colon - 1, first.unit, gap=24 if pointing else 16)  # "Of that," opens a breakdown, however long each part
    if not parts or parts[0] is not first or any(p.approx for p in parts):
        return []
    # "…, with the remaining 4,800 tonnes from pens off the Tasman Peninsula": the rest, set after the list
    rest = next((a for a in s.amounts if a.first > parts[-1].last and a.unit == first.unit), None)
    if rest is not None and _the_rest(s, rest) and any(s.lower(k) == "with" for k in range(parts[-1].last + 1, rest.first)):
        parts = parts + [rest]
    biggest = max(p.value for p in parts)
    if pointing:  # the nearest sentence before that gives a figure of the unit
        nearest = next((e for e in earlier if any(a.unit == first.unit for a in e.amounts)), None)
        wholes = {a.value: a for a in (nearest.amounts if nearest and not _revises(nearest, revised) else ())
                  if a.unit == first.unit and not (a.approx or a.in_range or _compared(nearest, a)) and a.value > biggest}
    else:
        wholes = {a.value: a for e in earlier if not _revises(e, revised) for a in e.amounts
                  if a.unit == first.unit and not (a.approx or a.in_range or _compared(e, a)) and a.value > biggest
                  and name & {_stem(e.lower(k)) for k in range(max(e.lo, a.first - 8), min(e.hi, a.last + 9))}}
    if len(wholes) != 1:
        return []
    whole = next(iter(wholes.values()))
    total = sum(p.value for p in parts)
    written = f"{total:.10g}".replace(".", "").lstrip("0")
    # three parts or more, closed by "and", split "that" in full: a sum a little short of it is a slip, not some left out
    # ("…, and £3.1m from selling surplus buildings, including two former library sites" describes the last part)
    in_full = pointing and len(parts) >= 3 and 0.85 * whole.value <= total and not any(s.lower(k) in _PARTIAL | _LEAVES_OUT for k in range(s.lo, parts[-1].first))
    if agree(total, whole.value, written, whole.digits) or total < whole.value and not (_residual(s, parts[-1]) or in_full):
        return []
    if total < whole.value:
        return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(total, parts)}, short of the {whole.text} given before.")]
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(total, parts)}, not the {whole.text} given before.")]


def _in_fraction(s: Sentence, i: int) -> tuple[float, int, int] | None:
    """Return (fraction, first, last) of "two in five", "one in 10", "three out of four" written at token i."""
    a = s.at(i)
    if a is None or a.unit is not None:
        return None  # "about one in five": the hedge before it is the caller's to read
    k = a.last + 1
    if s.lower(k) == "in":
        k += 1
    elif s.lower(k) == "out" and s.lower(k + 1) == "of":
        k += 2
    else:
        return None
    b = s.at(k)
    if b is None or b.unit is not None or not (0 < a.value < b.value) or not (b.value <= 20 or b.value in (100, 1000)):
        return None
    return a.value / b.value, a.first, b.last


_OWNERS = frozenset("the its their his her our all".split())


def _shares_of_known_totals(s: Sentence, totals: dict[str, float], counts: dict[str, set[float]] | None = None) -> list[tuple[Amount, str]]:
    """A share of a whole the article counts elsewhere, with its count: "Two in five of the group's outlets, or 140
    stores" where the article gives the group 450 outlets (two in five of them is 180)."""
    out = []
    counts = counts or {}
    for i in range(s.lo, s.hi):
        found = _in_fraction(s, i)
        if found is not None:
            value, first, last = found
        elif (p := s.at(i)) is not None and p.unit == "percent" and not p.in_range:
            value, first, last = p.value / 100, p.first, p.last
        else:
            continue
        approx = s.lower(first - 1) in _APPROX
        k = last + 1
        if s.lower(k) != "of":
            continue
        k += 1
        while s.lower(k) in _OWNERS or s.lower(k).endswith(("'s", "\u2019s")):
            k += 1
        given = s.at(k)  # "two in five of the town's 450 shops, or 140": the whole is in the sentence
        if given is not None:
            if given.unit is not None or given.approx or given.in_range:
                continue
            k = given.last + 1
        words = []
        while k < s.hi and s.tokens[k].kind == WORD and not s.tokens[k].text[:1].isupper() and len(words) < 3:
            words.append(s.lower(k))
            k += 1
        if not words or s.lower(k) != "," or s.lower(k + 1) != "or" or words[0] in ("them", "these", "those", "it", "which", "whom"):
            continue  # "1,600 apartments, 25 per cent of them permanently affordable, or 400": of the apartments named before
        part = s.at(k + 2)
        whole = s.ab.knowledge.canonical.get(singular(words[-1]), singular(words[-1]))  # "the workforce": its workers
        total = given.value if given is not None else totals.get(whole)
        if total is None and given is None and part is not None and whole not in counts:
            # "one in five of the workforce, or 310 people": a whole the article never counts by that noun is its one
            # other count of the part's noun ("the 1,240 people already employed")
            noun = singular(s.lower(part.last + 1))
            noun = s.ab.knowledge.canonical.get(noun, noun)  # "people" is counted as "person"
            others = counts.get(noun, set()) - {part.value}
            total = next(iter(others)) if len(others) == 1 and noun not in ("", "one") else None
        if part is None or part.unit is not None or part.approx or total is None or not 0 < part.value <= total:
            continue
        actual = part.value / total
        if given is None and part.last + 1 < s.hi and singular(s.lower(part.last + 1)) != singular(words[-1]) \
                and any(abs(part.value / c - value) <= (0.06 if approx else 0.035) for c in counts.get(singular(s.lower(part.last + 1)), ()) if c > part.value):
            continue  # "Ten percent of the units, or 420 apartments": a share the count of the part's own noun (4,200 apartments) makes
        if abs(actual - value) > (0.06 if approx else 0.035):
            written = " ".join(tok.text for tok in s.tokens[first : last + 1]).replace(" %", "%")
            out.append((part, f"{written} of {_fmt(total)} {words[-1]} is {_fmt(round(total * value))}; {part.text} is {percent_text(actual * 100)}."))
    return out


# words that say how a whole is measured, not which whole it is: "the net budget" is the budget
_WHOLE_MEASURES = frozenset("net gross annual yearly entire whole".split())
# words that put a part as a share of its whole: "186,300 stayover visitors, accounting for 54.1 per cent of the total"
_SHARE_VERBS = (("or",), ("accounting", "for"), ("accounted", "for"), ("making", "up"), ("representing",), ("equal", "to"), ("equivalent", "to"))
# the same told by a finite verb straight after the part and its noun: "Its 268,400 head represented 71 per cent of the trade"
_SHARE_FINITE_VERBS = (("represented",), ("represents",), ("accounted", "for"), ("accounts", "for"), ("made", "up"), ("makes", "up"), ("comprised",), ("constituted",))


_TIME_OPENERS = frozenset({"in", "during", "over", "for"})
_TIME_ENDS = frozenset({"half", "quarter", "year", "month", "period", "season", "week", "fortnight"})


def _time_phrase(s: Sentence, start: int, end: int) -> bool:
    """True when the tokens from start up to end are a short time phrase: "in the half", "during 2026", "over the
    period", "in March"."""
    if not 2 <= end - start <= 5 or s.lower(start) not in _TIME_OPENERS or any(s.tokens[k].kind == PUNCT for k in range(start, end)):
        return False
    last = s.tokens[end - 1]
    return s.lower(end - 1) in _TIME_ENDS or s.lower(end - 1) in _MONTHS or last.kind == NUMBER and len(last.text) == 4 and last.text.startswith(("19", "20"))


_MOST_PARTS = 10  # a paragraph's figures of one unit tried as parts of a total: subsets of ten are a thousand sums


def _shares_after_part(s: Sentence, wholes: dict[tuple[str, str], dict[float, tuple[str, frozenset[str], int]]], year: int | None) -> list[tuple[Amount, str]]:
    """A part given, then put as a share of a whole the article gives one value of elsewhere ("Ancillary revenue … rose to €610
    million, or 26 per cent of total revenue" where revenue is €2.84 billion: 21.5 per cent): the share follows ", or" (or
    ", accounting for", ", representing"), the whole is named after "of" (past "the", "total", an owner), and the article
    gives that thing in the part's unit once. A count's whole may be "the total": the part's own noun, counted once
    more than the part ("186,300 stayover visitors, accounting for 54.1 per cent of the total" of 412,700 visitors)."""
    out = []
    facts = {q.amount.start: q for q in s.ab.by_sentence.get(s.index, ((), ()))[1]}
    things = {start: q.thing for start, q in facts.items()}
    for p in s.amounts:
        if p.unit != "percent" or p.in_range or s.lower(p.last + 1) != "of":
            continue
        at = p.first
        while at > p.first - 2 and s.lower(at - 1) in _APPROX and (s.lower(at - 1) != "to" or s.lower(at - 2) == "close"):
            at -= 1  # ", or about 31 percent of sales", ", just under 52 per cent of the net budget" (not "equivalent to")
        verb = next((words for words in _SHARE_VERBS if all(s.lower(at - len(words) + m) == w for m, w in enumerate(words))), None)
        if verb is None and s.lower(at - 1) == "," and at < p.first:
            verb = ()  # "produced 8,900 tonnes, about 21 per cent of the state's harvest": a hedged share set off by a comma alone
        finite = None if verb is not None and s.lower(at - len(verb) - 1) == "," else next((words for words in _SHARE_FINITE_VERBS if all(s.lower(at - len(words) + m) == w for m, w in enumerate(words))), None)
        if finite is not None:
            comma = at - len(finite)  # no comma: where the verb opens
            part = next((a for a in reversed(s.amounts) if a.last < comma), None)
            if part is None or part.unit == "percent" or comma - part.last > 3 or any(s.tokens[m].kind != WORD for m in range(part.last + 1, comma)) \
                    or s.lower(part.first - 1) in ("which", "whom"):
                continue
        elif verb is None or s.lower(at - len(verb) - 1) != ",":
            continue
        else:
            comma = at - len(verb) - 1
            part = next((a for a in reversed(s.amounts) if a.last < comma), None)
        # a sum of money is the part when the comma follows it, or the place it went to ("transferred $518 million to
        # education programs, or about 31 percent of sales")
        reach = 1 if part is None or not part.unit else 4 if s.lower(part.last + 1) in ("to", "for", "on", "into") else 1
        if part is not None and part.unit and _time_phrase(s, part.last + 1, comma):
            reach = comma - part.last  # "produced 2.38 lakh tonnes in the half, or about 80 per cent": the part's time between
        if part is None or part.unit == "percent" or part.approx or part.in_range or comma - part.last > (reach if part.unit else 4) \
                or any(s.tokens[m].text in (";", ":", "(", ",") for m in range(part.last + 1, comma)):
            continue
        whole = next((a for a in reversed(s.amounts) if a.last < part.first - 2 and a.unit == part.unit), None) \
            if s.lower(part.first - 1) in ("which", "whom") and s.lower(part.first - 2) == "of" else None
        if whole is not None and not (whole.approx or whole.in_range) and 0 < part.value <= whole.value:
            # "142,380 packages … were offered this week, of which 118,600 packages found buyers, representing 91 per cent
            # of the offer": the share is of the whole "of which" points back to, however the share's noun names it
            actual = part.value / whole.value
            if abs(actual - p.value / 100) > _part_share_slack(p):
                out.append((p, f"{part.text} of {whole.text} is {percent_text(actual * 100)}, not {p.text}."))
            continue
        k = p.last + 2
        total_word = False
        while s.lower(k) in _OWNERS or s.lower(k) in ("total", "overall", "all") or s.lower(k).endswith(("'s", "\u2019s")):
            total_word = total_word or s.lower(k) == "total"
            k += 1
        if s.lower(k) in _WHOLE_MEASURES and k + 1 < s.hi and s.tokens[k + 1].kind == WORD:
            k += 1  # "of the net budget", "of annual revenue": the whole measured one way, still the one thing
        if not total_word and s.lo <= k < s.hi and s.tokens[k].kind == WORD and s.lower(k + 1) == "total" and s.lower(k + 2) in ("", ".", ",", ";"):
            total_word, k = True, k + 2  # "of the state total", "of the national total": the whole of the part's own kind
        unit = part.unit or "count"
        if total_word and unit != "count" and s.lower(k) in ("", ".", ",", ";", "while", "and"):
            noun = None  # a measure's total: the one larger value of its unit the article gives
        elif s.lo <= k < s.hi and s.tokens[k].kind == WORD and s.lower(k + 1) in ("", ".", ",", ";"):
            noun = singular(s.lower(k))  # one noun, the whole's, ends the clause: "of total revenue."
            if unit == "count":
                continue  # a count's whole by another noun ("of all hotel guests") is another thing
        elif total_word and s.lower(k) in ("", ".", ",", ";") and unit == "count" and things.get(part.start):
            noun = things[part.start]  # "of the total": the part's own thing, all of it
        else:
            continue
        # not the part itself, nor a whole of a year long gone its part is not of ("the 3.89 million visitors recorded in
        # 2019"); last year's is the year a report of annual figures is about
        times = frozenset(facts[part.start].times) if part.start in facts else frozenset()
        if noun is None:
            told = {v: w for (u, _), given in wholes.items() if u == unit for v, w in given.items()}
        else:  # "of turnover" is of the revenue the article gives: nouns a later mention may use for one sum
            group = s.ab.knowledge.refer_back.get(noun) if unit != "count" else None
            # ("show turnover of £1.84m": a thing read with a word before its head is still that head's)
            told = {v: w for (u, thing), given in wholes.items() if u == unit and (thing.split()[-1] == noun or group and s.ab.knowledge.refer_back.get(thing.split()[-1]) == group)
                    for v, w in given.items()}
        # (a whole named by its noun is one told before its share: "Shamrock Rovers … reported turnover of €9.6 million"
        # further down is another club's, not the whole of "64 per cent of turnover")
        here = s.ab.block.source_offset(p.start)
        values = {v: w for v, (w, when, at) in told.items() if v != part.value and (noun is None or total_word or at < here)
                  and not any(t.isdigit() and year and int(t) < year - 1 and t not in times for t in when)}
        if unit == "count" or noun is None:
            values = {v: w for v, w in values.items() if v > part.value}  # the whole of a count is more than it
        if noun is None:
            # a measure's "state total" is the one its paragraph's parts make up ("The Darling Downs accounts for 290,000
            # hectares … Central Queensland … 145,000 hectares, about 30 per cent of the state total, while … the remaining 175,000")
            # (some of them: "the north-eastern states together contributed 0.61 lakh tonnes, led by Tripura with 0.34")
            given = [a.value for a in s.ab.amounts if a.unit == part.unit and a is not part and not (a.approx or a.in_range)
                     and not (a.first and s.ab.tokens[a.first - 1].lower == "from")][:_MOST_PARTS]
            made = {part.value + sum(c) for n in range(1, len(given) + 1) for c in combinations(given, n)}
            values = {v: w for v, w in values.items() if any(abs(m - v) <= 0.005 * v for m in made)}
            if len(values) > 1:  # "the national total" is the one already told
                values = {v: w for v, w in values.items() if told[v][2] < here}
        if len(values) != 1:
            continue
        (total, written), = values.items()
        if not 0 < part.value <= total:
            continue
        actual = part.value / total
        # "about 30 per cent" may round a lot; "about 31 percent" says its own units are right
        if abs(actual - p.value / 100) > _part_share_slack(p):
            out.append((p, f"{part.text} of {written}{'' if unit == 'count' or noun is None else ' ' + s.tokens[k].text} is {percent_text(actual * 100)}, not {p.text}."))
    return out


def _share_beside_the_rest(s: Sentence, wholes: dict[tuple[str, str], dict[float, tuple[str, frozenset[str], int]]]) -> list[tuple[Amount, str]]:
    """A part put as a share of a whole, and the rest of that whole given in the same sentence ("Robusta made up 498,300
    bags, or 86 percent of the month's volume, while arabica accounted for the remaining 114,180 bags"), where the part
    and the rest add up to a figure of their unit the article gives (612,480 bags): the share is of that, 81.4 per cent."""
    out = []
    for p in s.amounts:
        if p.unit != "percent" or p.in_range or s.lower(p.last + 1) != "of":
            continue
        at = p.first
        while at > p.first - 2 and s.lower(at - 1) in _APPROX:
            at -= 1
        if s.lower(at - 1) != "or" or s.lower(at - 2) != ",":
            continue
        part = next((a for a in s.amounts if a.last == at - 3 or a.last == at - 4 and s.tokens[at - 3].kind == WORD), None)
        rest = next((a for a in s.amounts if a.first > p.last and _the_rest(s, a)), None)
        if part is None or rest is None or part.unit != rest.unit or part.unit == "percent" or part.approx or rest.approx or part.in_range or rest.in_range:
            continue
        total = part.value + rest.value
        if not any(abs(v - total) <= 1e-6 * total for (unit, _), given in wholes.items() if unit == (part.unit or "count") for v in given):
            continue  # the two add up to nothing the article states: which whole the share is of is a guess
        actual = part.value / total
        if abs(actual - p.value / 100) > _part_share_slack(p):
            out.append((p, f"{part.text} of {_fmt_like(total, [part, rest])} ({part.text} + {rest.text}) is {percent_text(actual * 100)}, not {p.text}."))
    return out


# words that open another clause between a share and a part ("revised the figure to 70.4 per cent once results from the last
# three of the 126 polling stations …"): the share is that clause's, not the part's ("A quarter of the pupils, 71 of the 212")
_CLAUSE_OPENERS = frozenset("once when whenever after before because while if since until unless where which who whose whom".split())


def _sum_slack(whole: Amount, parts) -> float:
    """How far parts may add up from their whole and still agree: half a unit or 0.5% of the whole, and for figures
    written with decimals no more than rounding each as written allows ("128.6 lakh hectares" against five parts of one
    decimal each: 0.3 lakh, not 0.64)."""
    slack = max(0.5, 0.005 * whole.value)
    if any(_decimals(a) for a in (whole, *parts)):
        return min(slack, sum(_half_step(a) for a in (whole, *parts)) + 1e-9 * abs(whole.value))
    return slack


def _decimals(a: Amount) -> int:
    """How many decimal places a figure is written with ("45.6 per cent": 1, "0.5%": 1)."""
    number = _DIGITS_IN.search(a.text)
    return len(number.group().split(".")[1]) if number and "." in number.group() else 0


_COMPARED_WITH = frozenset("with from on over against".split())


def _change_in_brackets(s: Sentence) -> list[tuple[Amount, str]]:
    """A change given as an amount with its percentage in brackets, against the level it is compared with ("an increase
    of $3,234,398 (8.1%) compared with the $183,866,025 they generated in March 2025": 1.8%)."""
    out = []
    for p in s.amounts:
        if p.unit != "percent" or p.approx or s.lower(p.first - 1) != "(":
            continue
        d = next((a for a in s.amounts if a.last == p.first - 2 and a.unit not in (None, "percent")), None)
        if d is None or s.lower(d.first - 1) != "of" or s.lower(d.first - 2) not in _CHANGE_OF or d.approx:
            continue
        base = next((a for a in s.amounts if a.first > p.last and a.unit == d.unit and not a.approx
                     and s.lower(a.first - 1 - (s.lower(a.first - 1) == "the")) in _COMPARED_WITH), None)
        if base is None or base.value <= 0:
            continue
        places = _decimals(p)
        actual = round(100 * d.value / base.value, places)
        gap = abs(actual - p.value)
        if gap <= 10 ** -places or not (gap >= 1 or _one_digit_off(actual, p.value)):
            continue
        out.append((p, f"{d.text} on {base.text} is {actual:.{places}f}%, not {p.text}."))
    return out


def _share_named(s: Sentence) -> list[tuple[Amount, str]]:
    """A percentage its noun names as one count of another ("5761 voting papers were returned from 11,842 enrolled
    electors, a turnout of 45.6 per cent": 48.6), the two counts given before it in its sentence, the larger second and
    tied to the first by "from", "of", "out of" or "among" (not "bringing the total to 158,930": a sum).
    Only a share off by more than its rounding and by a slip of one digit, or by two points or more, is reported."""
    out = []
    nouns = s.ab.knowledge.share_nouns
    for p in s.amounts:
        at = p.first - 1 - (s.lower(p.first - 1) in _APPROX)  # "a success rate of about 68 per cent"
        if p.unit != "percent" or s.lower(at) != "of" or s.lower(at - 1) not in nouns:
            continue
        counts = [a for a in s.amounts if a.last < at - 1 and a.unit is None and not a.approx and not a.in_range and not a.spelled]
        if len(counts) != 2 or counts[0].value == counts[1].value or min(a.value for a in counts) <= 0:
            continue
        if counts[0].value < counts[1].value:
            if s.lower(at - 1) == "rate":
                continue  # "52 confirmed cases out of 214 suspected cases, giving a case fatality rate of 17.3 per cent": a
                # rate's part may be a third count (deaths); only a part its verb alone tells (below) is surely the rate's
            part, whole = counts
            tie = next((k for k in range(part.last + 1, whole.first) if s.lower(k) in ("from", "of", "out", "among")), None)
            if tie is None:
                continue  # "1,208 ballots were rejected, bringing total votes cast to 158,930, a turnout of 60.8 per cent": a sum, no share
            if any(s.lower(k) == "and" and s.lower(k - 1) == "," for k in range(part.last + 1, tie)):
                continue  # "rejected ballots at 219, and the number of electors … at 11,860, giving a turnout of about 61 per
                # cent": two counts set side by side, the turnout's part (the votes cast) another
        else:
            # "312 applications were received …, and 187 were approved": the part, told by its verb alone, is some of them
            whole, part = counts
            if s.lower(part.first - 1) != "and" or s.lower(part.last + 1) not in ("were", "was", "had", "have"):
                continue
        actual = 100 * part.value / whole.value
        places = _decimals(p)
        written = round(actual, places)
        gap = abs(written - p.value)
        if gap <= 10 ** -places or not (gap >= (5 if p.approx else 2) or not p.approx and _one_digit_off(written, p.value)):
            continue
        out.append((p, f"{part.text} of {whole.text} is {written:.{places}f} per cent, not {p.text}."))
    return out


def _share_set_beside(s: Sentence) -> list[tuple[Amount, str]]:
    """A part restated as its share of a whole in an aside: "a net budget of £412m, or 48pc of its £1.04bn net spending"
    (39.6pc), "cut 1,200 jobs, or 48 per cent of the 10,000 staff". The part and the whole are counts, or amounts of one
    currency; a part already a share or change ("a rise of 4%, or …") is none."""
    out = []
    for p in s.amounts:
        if p.unit != "percent" or p.in_range or s.lower(p.last + 1) != "of" or s.lower(p.first - 1) != "or" or s.lower(p.first - 2) not in _SET_OFF:
            continue
        j = p.last + 2
        while s.lower(j) in ("the", "its", "their", "his", "her", "our"):
            j += 1
        if s.lower(j).endswith(("'s", "\u2019s")) and s.tokens[j].kind == WORD and s.lower(j - 1) == "the":
            j += 1  # "or 41 per cent of the council's €84.5m income"
        whole = s.at(j)
        # the part and its own noun: "£412m", "1,200 jobs"; nothing else stands between it and the aside (but its year:
        # "€38.2m next year, or 41 per cent of …")
        part = next((a for a in reversed(s.amounts) if a.last < p.first - 2), None)
        if whole is None or part is None or part.unit != whole.unit or part.unit == "percent" or whole.value <= part.value or part.approx or whole.approx:
            continue
        if part.unit is not None and not _money(part.unit) or part.in_range or whole.in_range:
            continue
        between = range(part.last + 1, p.first - 2)
        if [s.lower(k) for k in between] not in (["next", "year"], ["this", "year"]) \
                and (any(s.tokens[k].kind != WORD or s.lower(k) in FUNCTION_WORDS for k in between) or len(between) > 2):
            continue
        actual = part.value / whole.value
        if abs(actual - p.value / 100) > (0.06 if p.approx else 0.035):
            if any(a.unit == part.unit and a is not part and a is not whole and abs(a.value / whole.value - p.value / 100) <= 0.005 for a in s.amounts):
                continue  # "took 9,842 votes to 8,797, a margin of 1,045, or 52.8 per cent of the 18,639 cast": the winner's share
            out.append((p, f"{part.text} of {whole.text} is {percent_text(actual * 100)}, not {p.text}."))
    return out


# verbs that make their subject a share of a whole: "The 41 clean audits represent 21 per cent of the 257"
_SHARE_OF_VERBS = (("represent",), ("represents",), ("represented",), ("are",), ("were",), ("comprise",), ("comprised",), ("constitute",),
                   ("constituted",), ("make", "up"), ("made", "up"), ("makes", "up"), ("account", "for"), ("accounts", "for"), ("accounted", "for"))


def _share_told_by_verb(s: Sentence, of: int) -> tuple[Amount, tuple[float, bool, int, int]] | None:
    """The count a percentage before "of" is a share of, told by a verb with the count as its subject ("The 41 clean
    audits represent 21 per cent of"), with the share; None when the sentence does not put it so."""
    p = next((a for a in s.amounts if a.last == of - 1), None)
    if p is None or p.unit != "percent" or p.in_range:
        return None
    verb = next((words for words in _SHARE_OF_VERBS if all(s.lower(p.first - len(words) + m) == w for m, w in enumerate(words))), None)
    if verb is None:
        return None
    at = p.first - len(verb)
    part = next((a for a in reversed(s.amounts) if a.last < at), None)
    if part is None or part.unit is not None or part.approx or part.in_range or not 1 <= at - part.last - 1 <= 3:
        return None
    if any(s.tokens[k].kind != WORD or s.tokens[k].capitalised or s.lower(k) in FUNCTION_WORDS for k in range(part.last + 1, at)):
        return None  # the count's own noun phrase, and nothing else, stands before the verb
    if s.lower(part.first - 1) not in ("the", "its", "their", "") and part.first != s.lo:
        return None
    return part, (p.value / 100, p.approx, p.first, p.last)


_SET_AGAINST = frozenset("compared against versus vs whereas while from".split())  # "half the board, up from four of nine"


def _shares(s: Sentence) -> list[tuple[Amount, str]]:
    out = []
    for i in range(s.lo, s.hi):
        t = s.tokens[i]
        if t.lower not in ("of", "out"):
            continue
        k = i + 1 if t.lower == "of" else (i + 2 if s.lower(i + 1) == "of" else -1)
        if k < 0:
            continue
        total = s.amount_after(k)
        if total is None and t.lower == "of" and any(a.last == i - 1 and a.unit == "percent" for a in s.amounts):
            j = k
            while s.lower(j) in ("the", "its", "their"):
                j += 1
            if s.lower(j).endswith(("'s", "\u2019s")):
                total = s.at(j + 1)  # "21 per cent of the country's 257 municipalities"
        if total is None or total.unit in ("percent", "percentage-point") or total.value <= 0:
            continue
        if (told := _share_told_by_verb(s, i)) is not None:
            part, fraction = told  # "The 41 clean audits represent 21 per cent of the 257 municipalities"
            value, approx, first, last = fraction
            actual = part.value / total.value
            if part.value < total.value and total.unit is None and abs(actual - value) > (0.06 if approx else 0.035):
                written = " ".join(tok.text for tok in s.tokens[first : last + 1]).replace(" %", "%")
                out.append((part, f"{part.text} of {total.text} is {percent_text(actual * 100)}, not {written}."))
            continue
        # the part: right before "of" ("60 of the 200"), before an aside ("62, or almost a third, of the 150"),
        # or right after "Of the 150 points," ("…, 62, or …")
        part = next((a for a in s.amounts if a.last == i - 1 and a.unit != "percent"), None)  # "40 per cent of" is the share
        if part is not None and s.lower(part.first - 1) == "in" and _in_fraction(s, part.first - 2) is not None:
            part = None  # "One in three of the 1,200 staff, 300 people": "three" is the share's, the part comes after
        search = (part.first - 8, part.first - 1) if part else None
        if part is None and s.lower(i - 1) == ",":
            aside = next((a for a in s.amounts if i - 8 <= a.last < i - 2 and s.lower(a.last + 1) == "," and s.lower(a.last + 2) == "or"), None)
            if aside is not None:
                part, search = aside, (aside.last + 1, i - 1)
        if part is None:
            j = total.last + 1
            # "Of the 21 schools with fewer than 50 pupils on roll, 12 – roughly a quarter –": the figures that say
            # which schools are part of the whole's noun phrase
            # ("Of the 18,400 patients who had a hip or knee replaced": a relative clause may join two words)
            relative = False
            while s.lower(j) and (s.tokens[j].kind == WORD or s.at(j) is not None) and (s.lower(j) not in ("or", "and") or relative and s.at(j + 1) is None) and j - total.last <= 12:
                relative = relative or s.lower(j) in ("who", "which", "that", "whose")
                j = s.at(j).last + 1 if s.at(j) is not None else j + 1
            if s.lower(j) == ",":
                part = s.at(j + 1)
                if part is None and i == s.lo and t.lower == "of":
                    # "Of the 124.6 lakh tonnes purchased, state agencies accounted for 118.9 lakh tonnes, or roughly 91
                    # per cent": the first figure of the clause after, in the whole's unit, its share set off after it
                    part = next((a for a in s.amounts if j + 1 < a.first <= j + 8 and a.unit == total.unit
                                 and not any(s.tokens[k].kind != WORD for k in range(j + 1, a.first))), None)
            if part is None:
                continue
            search = _share_after_part(s, part)
        if part.unit != total.unit or part.value > total.value or part.approx or s.lower(part.first - 1) in ("in", "of") and s.at(part.first - 2) is not None:
            continue  # "one in four of the 200": "four" is the fraction's, not the part; a share is of a whole in the part's unit
        if "." in part.text and part.value * 1000 < total.value:
            continue  # "14.96 of 16.92 lakh": the part's scale is the whole's, written once
        fraction = _fraction_near(s, search[0], search[1])
        if fraction is not None and fraction[3] < part.first and any(s.lower(k) in _CLAUSE_OPENERS or s.lower(k) == ";" for k in range(fraction[3] + 1, part.first)):
            fraction = None  # "revised the figure to 70.4 per cent once results from the last three of the 126": another clause's
        if fraction is not None and fraction[3] < part.first and (s.lower(fraction[3] + 1) == "of" and s.lower(part.first - 1) not in (",", "or")
                                                                  or any(s.lower(k) in _SET_AGAINST for k in range(fraction[3] + 1, part.first))):
            fraction = None  # "had 58 percent of possession and won 11 of their 13 lineouts", "a completion rate of 86 per cent,
            # compared with 27 of 34": a share of its own whole, or one set against the part's (not "A quarter of the
            # pupils, 71 of the 212": the part set off after it)
        if fraction is not None and fraction[3] < part.first and s.lower(fraction[3] + 1) == "," and "and" in {s.lower(k) for k in range(fraction[3] + 2, part.first)}:
            fraction = None  # "shot 29 of 58 from the field, exactly 50 percent, and hit 9 of 22": set off after the share before
        if fraction is not None and fraction[3] < part.first and s.lower(fraction[2] - 1) == "(":
            fraction = None  # "29 of 60 from the field (48.3%), 8 of 19 from 3-point range": a bracket describes what comes before it
        if fraction is None and part.last + 1 < total.first:
            # ("9 of 22 3-point attempts, about 41 percent": a joined figure names the whole's kind, and reads as one word)
            joined = sum(a.last - a.first + 1 for a in s.amounts if a.compound and total.last < a.first <= total.last + 3)
            fraction = _fraction_near(s, total.last + 1, total.last + 6 + joined)
        if fraction is None and part.first > total.last and s.lower(part.first - 1) == "," and t.lower == "of":
            # "A third of the 150 staff, 50 people, …", "30 per cent of the 1,200 staff, 360 people": the share right
            # before "of" and its part set off after the whole's noun
            fraction = _fraction_near(s, max(s.lo, i - 5), i - 1)
            close = part.last + 1 + (s.tokens[part.last + 1].kind == WORD and s.lower(part.last + 1) not in ("of", "in", "at", "from", "and"))
            if fraction is not None and (fraction[3] != i - 1 or s.lower(close) not in (",", ")", "\u2013", "\u2014")):
                fraction = None  # the part must be an aside of its own: not "Half of the 150 members, 60 of them women,"
        if fraction is None:
            continue
        value, approx, first, last = fraction
        actual = part.value / total.value
        written_percent = s.at(first)
        # "roughly 91 per cent" says its units are right; "about a third" and "about 90 per cent" may round a lot
        tolerance = _part_share_slack(written_percent) if approx and written_percent is not None and written_percent.unit == "percent" \
            else 0.06 if approx else _told_share_slack(s, first, 0.035)
        bound = " ".join(s.lower(k) for k in (first - 2, first - 1))
        if bound.endswith(("more than", " over", "at least", "upwards of")) and actual >= value - 0.005 \
                or bound.endswith(("less than", "fewer than", " under", " below")) and actual <= value + 0.005:
            continue  # "12 – more than half –": a bound the share meets
        if abs(actual - value) > tolerance:
            written = " ".join(tok.text for tok in s.tokens[first : last + 1]).replace(" - ", "-").replace(" %", "%")
            out.append((part, f"{part.text} of {total.text} is {percent_text(actual * 100)}, not {written}."))
    return out


def _shares_of_them(s: Sentence) -> list[tuple[Amount, str]]:
    """A part of the count just before it, told "of them" or "of whom", with its share set off after it ("58,400 patients
    were on that list, and 21,300 of them, or 44%, had been waiting"; "58,400 patients, of whom 21,300, or 44%, …"): 36%.
    After "of whom" a few words may say what the part are, and the share may be "a share of" it ("3.5 lakh members, of
    whom roughly 2.1 lakh are women, a share of nearly 70 per cent": 60%); a hedged count is read loosely."""
    out = []
    for i in range(s.lo, s.hi - 2):
        if s.lower(i) != "of" or s.lower(i + 1) not in ("them", "whom"):
            continue
        part = next((a for a in s.amounts if a.last == i - 1), None) if s.lower(i + 1) == "them" else s.at(i + 2 + (s.lower(i + 2) in _APPROX))
        if part is None or part.unit is not None or part.in_range:
            continue
        after = (i + 2) if part.last < i else part.last + 1
        if s.lower(i + 1) == "whom":
            # "of whom roughly 2.1 lakh are women, a share of …": a short predicate may say what the part are
            while after < min(part.last + 4, s.hi - 1) and s.tokens[after].kind == WORD and s.lower(after) not in ("or", "and", "of", "in") and s.at(after) is None:
                after += 1
        if s.lower(after) != ",":
            continue
        lead = next((after + 1 + len(words) for words in _SHARE_LEADS if s.phrase(after + 1, words)), None)
        fraction = _fraction_near(s, lead, lead + 1) if lead is not None else None
        if fraction is not None and s.lower(fraction[3] + 1) in ("of", "in"):
            continue  # "…, or 70 per cent of them under 40": a share of another whole
        # the whole is the count the part is of: not a smaller figure between them ("members in two districts, of whom")
        whole = next((a for a in reversed(s.amounts) if a.last < min(part.first, i) and (a.unit is not None or a.value > part.value)), None)
        if fraction is None or whole is None or whole.unit is not None or whole.in_range or not 0 < part.value < whole.value:
            continue
        value, approx, first, last = fraction
        actual = part.value / whole.value
        bound = " ".join(s.lower(k) for k in (first - 2, first - 1))
        if bound.endswith(("more than", " over", "at least", "upwards of")) and actual >= value - 0.005 \
                or bound.endswith(("less than", "fewer than", " under", " below")) and actual <= value + 0.005:
            continue  # "…, more than half": a bound the share meets
        if abs(actual - value) > (0.06 if approx or part.approx or whole.approx else _told_share_slack(s, first, 0.035)):
            written = " ".join(tok.text for tok in s.tokens[first : last + 1]).replace(" - ", "-").replace(" %", "%")
            out.append((part, f"{part.text} of {whole.text} is {percent_text(actual * 100)}, not {written}."))
    return out


# how a share is set off after the part it measures ("…, or 44%", "…, a share of nearly 70 per cent")
_SHARE_LEADS = (("or",), ("a", "share", "of"), ("a", "proportion", "of"), ("or", "a", "share", "of"))

_SET_OFF = frozenset(", ( \u2013 \u2014 -".split())


def _share_after_part(s: Sentence, part: Amount) -> tuple[int, int]:
    """Where a part's share may stand: just after it ("12 – roughly a quarter –"), or set off by a dash, bracket or
    comma a few words on, with no figure between ("268 opposed the height increases – about 58 per cent –")."""
    near = (part.last + 1, part.last + 6)
    if _fraction_near(s, *near) is not None:
        return near
    # a length is no rival figure: "9,412 were admitted, transferred or discharged within four hours, or 74 per cent"
    nxt = next((a.first for a in s.amounts if a.first > part.last and not (a.unit or "").endswith("-length")), s.hi)
    marks = [k for k in range(part.last + 2, min(part.last + 14, nxt)) if s.tokens[k].text in _SET_OFF]
    mark = next((k for k in marks if _fraction_near(s, k + 1, k + 4) is not None), marks[0] if marks else None)
    return near if mark is None else (mark + 1, mark + 4)


def _share_of_the_count_before(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A part of the count the sentence before gives, referred back to by "Of those," ("… drew 412 submissions. Of those,
    268 opposed the height increases – about 58 per cent –"): the share must be the part of that count."""
    if prior is None:
        return []
    if s.lower(s.lo) == "of" and s.lower(s.lo + 1) in ("those", "them", "these") and s.lower(s.lo + 2) == ",":
        part = s.at(s.lo + 3)
    else:
        # "Crews reached 2,098 of them within eight minutes, or 48.2%": the part pointed back with no whole of its sentence before it
        part = next((a for a in s.amounts if s.lower(a.last + 1) == "of" and s.lower(a.last + 2) in ("those", "them", "these")), None)
        if part is None or any(a.unit is None and a.last < part.first for a in s.amounts):
            return []
    if part is None or part.unit is not None or part.approx:
        return []
    counts = [a for a in prior.amounts if a.unit is None and not a.in_range and a.value > part.value]  # a whole is more than its part
    if not counts:
        return []
    fraction = _fraction_near(s, *_share_after_part(s, part))
    # (a percentage before the share may be the one of the part: only those after it, "down from 53.4% in January", are others)
    if fraction is None or any(a.unit == "percent" and a.first < fraction[2] for a in s.amounts):
        return []
    value, approx, first, last = fraction
    if any(abs(part.value / c.value - value) <= (0.06 if approx or c.approx else _told_share_slack(s, first, 0.035)) for c in counts):
        return []  # "318 of the 412 eligible employees voted … Of those, 281, or 88.4 per cent": those who voted
    total = counts[0]
    if len(counts) != 1 or total.approx or part.value > total.value:
        return []  # which count "those" are is a guess
    actual = part.value / total.value
    written = " ".join(tok.text for tok in s.tokens[first : last + 1]).replace(" - ", "-").replace(" %", "%")
    return [(part, f"{part.text} of {total.text} is {percent_text(actual * 100)}, not {written}.")]


def _share_of_that(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A part of a whole the sentence before gives, pointed back at by its noun and set off with its share ("Traders
    marketed about 172,000 tonnes of raw nuts … Domestic factories absorbed 38,400 tonnes of that crop, a share of roughly
    30 per cent"): the share must be the part of the one larger figure of its unit the sentence before gives."""
    if prior is None:
        return []
    out = []
    for part in s.amounts:
        if part.unit in (None, "percent") or part.approx or part.in_range or s.lower(part.last + 1) != "of" or s.lower(part.last + 2) not in _BACK_POINTERS:
            continue
        k = part.last + 3
        while k < s.hi and s.tokens[k].kind == WORD and k - part.last <= 5:
            k += 1
        if k >= s.hi or s.tokens[k].text != ",":
            continue
        fraction = _fraction_near(s, k + 1, k + 5)
        if fraction is None or s.lower(fraction[3] + 1) == "of":
            continue  # "…, 22 per cent of national output": a whole of its own
        wholes = [a for a in prior.amounts if a.unit == part.unit and not a.in_range and a.value > part.value and not _compared(prior, a)]
        if len(wholes) != 1:
            continue
        value, approx, first, last = fraction
        actual = part.value / wholes[0].value
        if abs(actual - value) > (0.06 if approx or wholes[0].approx else 0.035):
            written = " ".join(tok.text for tok in s.tokens[first : last + 1]).replace(" - ", "-").replace(" %", "%")
            out.append((part, f"{part.text} of {wholes[0].text} is {percent_text(actual * 100)}, not {written}."))
    return out


_BACK_POINTERS = frozenset({"that", "this", "those", "these"})


def _parts(s: Sentence, start: int, end: int, unit, gap: int = 10, rounded: bool = False) -> list[Amount] | None:
    """Return the amounts listed between tokens start and end ("A …, B … and C …"), or None if it is not a plain list
    (or one with a part given roughly, unless `rounded`: "… and roughly 6,300").

    The list stops at a second "of" ("… and of the JSP's 34, 17"); a figure with "of them"
    after it is a part of a part ("14 remain in hospital, four of them critical").
    """
    found: list[Amount] = []
    known = -1  # the last figure of a set the parts go to, which the list runs on through
    ages = {id(q.amount) for q in s.ab.quantities if q.unit == "age"}
    for a in s.amounts:
        if not (start <= a.first and a.last <= end):
            continue
        if id(a) in ages:
            continue  # "Sipho Ngcobo, 47, faces 112 counts of fraud and four of money laundering": an age, no part
        if found and a.unit is None and unit is not None and (s.lower(a.first - 1) in ("its", "their", "for", "on", "to", "at", "in", "across") or s.lower(a.first - 1).endswith(("'s", "\u2019s"))) \
                and _closed_before_next(s, a, unit):
            continue  # "KSh 8.6 billion for salaries of the county's 7,400 employees and …", "$3.1 billion for 1,150 new
            # hospital beds, …": a count inside a part's description
            # ("the charity's 41 shops £4.3m" labels the part after it: no list of these parts)
        if found and a.unit is None and _money(unit) and not a.compound and a.last + 1 < s.hi and s.tokens[a.last + 1].kind == WORD \
                and s.lower(a.first - 1) == "and" and _closed_before_next(s, a, unit) and any(b.first > a.last and b.unit == unit for b in s.amounts):
            continue  # "$7.2 million for police overtime and 12 additional patrol officers, $5.9 million for …": a count with
            # its noun inside a sum's description, the list of sums going on after it
        if found and a.unit is None and _money(unit) and not a.compound and not _closed_before_next(s, a, unit) \
                and (nxt := next((b for b in s.amounts if b.first > a.last and b.unit == unit), None)) is not None \
                and s.lower(nxt.first - 1) in ("at", "of", "worth", "costing") and nxt.first - a.last <= 6:
            continue  # "… followed by three waters renewals at $15.2 million": a count in the name of the part its sum is "at"
        if found and a.unit is None and s.lower(a.first - 1).endswith(("'s", "\u2019s")) and s.lower(a.first - 2) in _PLACE_PREPOSITIONS:
            continue  # "90 will open at Saskatoon's two largest hospitals and 50 in Regina": a count in the part's place
        if a.unit is None and a.first - 2 >= s.lo and s.tokens[a.first - 1].text == "(" and s.tokens[a.first - 2].kind == NUMBER and s.tokens[a.first - 1].glued:
            continue  # "section 13(1) of the Act": a subsection's number, not a part
        if found and a.unit is None and s.lower(a.first - 1) in ("on", "off") and a.last + 1 < s.hi and s.tokens[a.last + 1].kind == WORD \
                and s.lower(a.last + 1) != s.lower(found[-1].last + 1) and _closed_before_next(s, a, a.unit):
            continue  # "Delgado had 146 on 24 carries, Whitley added 112": the count the part was made on, not a part
        if found and a.spelled and unit is None and (s.lower(a.first - 1) in ("its", "their", "the") or s.lower(a.first - 1).endswith(("'s", "\u2019s"))) \
                and not _closed_before_next(s, a, unit):
            continue  # "… and the district's four comprehensive high schools 11,086": a count naming the part after it
        parallel = s.lower(a.first - 1) == "of" and s.lower(found[0].first - 1) == "of" if found else False
        # "… and a victim surcharge of £384": a part named before its figure
        named_part = s.lower(a.first - 1) == "of" and (_named_by_a(s, a.first - 2) or s.lower(a.first - 2) in _REST_WORDS)  # "the balance of C"
        # ("£18.1m of savings, £14.3m raised …": an "of" right after the part before describes that part)
        # (an "of" in the part before's own phrase, "27.1 million trays of SunGold, 9.8 million …", is that part's)
        if found and not parallel and not named_part and any(s.lower(k) == "of" and k != found[-1].last + 1 and not (k == found[-1].last + 2 and s.tokens[k - 1].kind == WORD)
                                                             for k in (a.first - 1, a.first - 2, a.first - 3)):
            break  # "… and of the JSP's 34, 17": a second total, not a part; "revenue spending of A and capital spending of B" are parts
        if s.lower(a.last + 1) == "of" and s.lower(a.last + 2) in ("them", "whom", "which", "those", "these"):
            # "eight non-executive directors, five of them independent, and four …": the list runs on after the aside
            known = next((k for k in range(a.last + 3, min(end, a.last + 8) + 1) if s.tokens[k].text == ","), known)
            continue
        if s.lower(a.first - 1) in _DEFINITE and any(b.first > a.last and b.unit == unit for b in s.amounts):
            known = a.last  # "72 will go to the six health centres, 30 to …": a set the copy knows, where parts go, no part
            continue
        if a.compound and a.unit is None and (found and a.first == found[-1].last + 1 or s.lower(a.first - 1) in ("a", "an")):
            continue  # "120 one-bedroom, 210 two-bedroom …", "two a 25-basis-point cut": the joined figure names the part's
            # kind, it is no part
        if len(found) >= 2 and any(s.lower(k) in ("and", "&") for k in range(max(found[-2].last + 1, found[-1].first - (3 if gap <= 10 else 1)), found[-1].first)) \
                and not (a.unit == unit and s.lower(a.first - 1) in ("while", "whereas", "with") and s.lower(a.first - 2) == ",") \
                and (any(s.tokens[k].text == "," for k in range(found[-1].last + 1, a.first))
                     or a.unit is None and unit is not None and s.lower(found[-1].first - 1) in ("and", "&")):
            break  # "… and 50 four-bedroom apartments, in four 18-storey blocks": the list closed with "and" (just
            # before its last figure: "for housing and temporary accommodation, B …" is a part's own description; where
            # each part has a long phrase, "and" must touch the figure: "closing offices at A and B, £750,000 …"); so does
            # a count in the last part's own description ("… and £2.3m from selling two depots")
        if found and _LED_BY.fullmatch(s.ab.text, s.tokens[found[-1].last].end, s.tokens[a.first].start):
            continue  # "contributed 0.61 lakh tonnes, led by Tripura with 0.34 lakh tonnes": a part of the part before
        if a.unit is None and unit is not None and found and found[0].unit == unit and _elided_unit(s, a):
            a = replace(a, unit=unit)  # "Lautoka crushed 512,000 tonnes, Rarawai 468,000 and Labasa 605,000": the unit once
        if a.unit != unit or a.in_range or a.approx and not rounded:
            return None
        if found and _words_between(s, max(found[-1].last, known), a.first) > gap:
            return None  # too far apart to be one list
        if found and unit is None and _unnumbered_item(s, max(found[-1].last, known) + 1, a.first):
            return None  # "11 independent governors, two staff governors, the principal, and two co-opted members": one part
            # told by "the", no figure, which a sum of the figures leaves out
        found.append(a)
    # "Sh13.2 billion will go to recurrent spending, while Sh6.1 billion is set aside for development": two parts set side by side
    # ("A delivered X and B Y, while C contributed Z": three parts or more may close on "while" too)
    # ("… bought 172.6 LMT, while private millers bought the remaining 7.2 LMT": the rest closes a pair of any unit)
    joiners = ("and", "&", "while", "whereas") if len(found) == 2 and (_money(unit) or _the_rest(s, found[-1])) or len(found) >= 3 else ("and", "&")
    if len(found) >= 3 and s.lower(found[-1].first - 1) == "of" and s.lower(found[-1].first - 2) in _REST_WORDS:
        joiners += ("with",)  # "A and B, with the balance of C": the rest closes the list too
    if len(found) < 2 or not any(s.lower(k) in joiners for k in range(found[-2].last + 1, found[-1].first)):
        return None  # a closed list ends "… and C": without it the list may go on in the next sentence
    return found


_PLACE_PREPOSITIONS = frozenset("at in across from to for on".split())
_LED_BY = re.compile(r"\s*,\s+(?:led|headed|topped)\s+by\s+[^,;]{1,40}?\s+(?:with|on)\s+")


def _unnumbered_item(s: Sentence, i: int, j: int) -> bool:
    """True when the tokens from i to j hold a whole item of a list set off by commas and opened by "the", "a" or "an",
    with no figure: a part of one ("…, the principal, and two co-opted members")."""
    commas = [k for k in range(i, j) if s.tokens[k].text == ","]
    # short, and not in apposition to a name ("149 for Mr Joseph Langat, a lay reader and accountant, while 19 …")
    return any(s.lower(a + 1) in ("the", "a", "an") and b - a <= 5 and not s.tokens[a - 1].capitalised and all(s.tokens[k].kind != NUMBER for k in range(a + 1, b))
               for a, b in zip(commas, commas[1:]))


def _closed_before_next(s: Sentence, a: Amount, unit) -> bool:
    """True when a conjunction or a comma comes between a figure and the next figure of the unit: the figure ends a
    description, and does not label the figure after it."""
    nxt = next((b.first for b in s.amounts if b.first > a.last and b.unit == unit), None)
    if nxt is None:
        return True  # no figure after it to label: "… and the remaining £7.3m on running the county's 20 recycling centres."
    return any(s.lower(k) in ("and", ",", ";", "&") for k in range(a.last + 1, nxt))


def _named_by_a(s: Sentence, k: int) -> bool:
    """True when the words ending at token k name a thing after "a" ("a victim surcharge"), the whole's own words aside."""
    if s.lower(k) in _WHOLE_NOUNS:
        return False
    for m in range(k, max(s.lo, k - 3) - 1, -1):
        if s.lower(m) in ("a", "an"):
            return m < k
        if s.tokens[m].kind != WORD or s.lower(m) in FUNCTION_WORDS:
            return False
    return False


def _elided_unit(s: Sentence, a: Amount) -> bool:
    """True when a bare figure follows the name of the part it measures and ends its item ("…, Rarawai 468,000 and"):
    the list wrote its unit once, with the first part."""
    name = s.tokens[a.first - 1].text if a.first > 0 else ""
    # ("…, paddy 36.4 lakh, maize 19.8 lakh": a scale written without its unit names any part's unit once)
    named = name[:1].isupper() or any(c.isalpha() for c in a.text) and s.lower(a.first - 1) not in FUNCTION_WORDS
    return not a.compound and not a.spelled and named and name.isalpha() and s.lower(a.last + 1) in (",", "and", "&")


def _words_between(s: Sentence, i: int, j: int) -> int:
    """How far apart tokens i and j are, a bracketed aside counted as one word ("for recurrent (non-debt) spending"), and
    so a relative clause between commas ("the Lesedi open pit, which is scheduled to close in 2028, contributed")."""
    n, depth = 0, 0
    k = i + 1
    while k < j:
        text = s.tokens[k].text
        if text == "," and s.lower(k + 1) in ("which", "who", "a", "an") and (close := next((m for m in range(k + 2, j) if s.tokens[m].text == ","), None)) is not None \
                and (s.lower(k + 1) in ("which", "who") or not any(s.tokens[m].kind == NUMBER for m in range(k + 2, close))):
            n, k = n + 1, close + 1  # ("149 for Mr Joseph Langat, a lay reader and accountant from Ndaragwa, while 19": an apposition too)
            continue
        k += 1
        if text == "(":
            depth += 1
            n += depth == 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif not depth:
            n += 1
    return n + 1


_DEFINITE = frozenset("the its their these those".split())
_WHOLE_NOUNS = frozenset("total sum whole combined overall".split())
_COMPARED = frozenset("than from on against over".split())
_COMPARED_AFTER_A_CHANGE = frozenset({"on", "over"})
_WHOLE_WORDS = frozenset("total overall whole entire".split())


def _compared(s: Sentence, a: Amount) -> bool:
    """True when a figure is what another is compared with ("8.6 per cent more than the Rs 2,61,700 crore budgeted";
    "up 5% on last year's"); "on" and "over" compare only after a percentage ("spend the money on 14 projects")."""
    words = [s.lower(k) for k in range(a.first - 2, a.first)]
    if not (any(w in _COMPARED for w in words) and words[-1] in _COMPARED | {"the"}):
        return False
    if not any(w in _COMPARED - _COMPARED_AFTER_A_CHANGE for w in words):
        return any(b.unit == "percent" and b.last < a.first for b in s.amounts)
    return True


def _whole_of_previous(s: Sentence, cue: int, parts: list[Amount], prior: Sentence | None) -> Amount | None:
    """The whole a sentence splits when its subject carries no figure ("The total outlay, …, is made up of A and B"): the
    one figure of the parts' unit in the sentence before, when the subject says it is the total or names the noun that
    sentence uses, and the figure is larger than every part."""
    if prior is None or s.lower(s.lo) not in ("the", "its", "their", "this", "that") or s.lower(cue - 1) not in ("is", "are", "was", "were"):
        return None
    if any(a.first < cue and a.unit == parts[0].unit and not _compared(s, a) for a in s.amounts):
        return None
    depth, subject = 0, set()
    for k in range(s.lo, cue - 1):  # the subject's words, asides between commas left out
        if s.tokens[k].text == ",":
            depth ^= 1
        elif not depth and s.tokens[k].kind == WORD:
            subject.add(s.lower(k))
    if subject & CHANGE_NOUNS:
        return None
    # ("38.4 million trays, up 11 percent on 34.6 million a year earlier": the level compared with is no whole)
    wholes = [a for a in prior.amounts if a.unit == parts[0].unit and not a.in_range and not _compared(prior, a)]
    if len(wholes) != 1 or wholes[0].approx or wholes[0].value <= max(p.value for p in parts):
        return None
    if not subject & (_WHOLE_WORDS | (prior.lowers - {"the", "its", "their", "this", "that", "a", "an", "of"})) \
            and not _money_nearly_covered(parts, wholes[0], sum(p.value for p in parts), over=True):
        return None  # the subject names what the sentence before gives, or sums of money all but make it ("The
        # appropriation bill … is made up of N503.4bn … and N380.2bn" after "a budget proposal of N874.6bn")
    return wholes[0]


_SPREAD_OVER = frozenset("across over from in between among for".split())
_SUM_LEADS = (("a", "combined"), ("for", "a", "combined"), ("for", "a", "total", "of"), ("adding", "up", "to"), ("totalling",), ("totaling",), ("together",), ("in", "all"), ("in", "total"), ("altogether",))
_SUM_TAILS = (("in", "all"), ("in", "total"), ("altogether",), ("combined",), ("between", "them"), ("together",))


def _totals(s: Sentence, prior: Sentence | None = None) -> list[tuple[Amount, str]]:
    out = []
    if _beside_a_part(s):
        return out
    if "points" in s.lowers and s.lowers & s.ab.knowledge.scoring_acts:
        return out  # "12 points: three conversions and two penalties": each scores several points
    # "includes a capital works program of $46.3 million, with …, and the remaining $6.8 million for drainage": what is
    # included is the whole, and the list after "with" ends with the rest
    rest_list = "with" in s.lowers and len(s.amounts) >= 3 and _the_rest(s, s.amounts[-1])
    if s.lowers & _PARTIAL and not rest_list:
        last = s.amounts[-1].last if s.amounts else s.hi
        if any(s.lower(k) in _PARTIAL and (s.lower(k) != "as" or s.lower(k - 1) == "such") and _lists_parts_after(s, k) for k in range(s.lo, last)):
            return out  # "including" before a figure lists some parts; after the last one ("R1.2bn on other expenditure,
            # including repairs") it says what one part holds; "as follows" is no "such as"
    indices = range(s.lo, s.hi)
    if not indices:
        return out
    first_tok, last_tok = indices[0], indices[-1]
    candidates = []  # (total, start, end, exhaustive)
    colons: set[int] = set()  # a list set off by a colon may give each part its own long phrase
    for i in indices:
        tok = s.tokens[i]
        before_cue = None
        if tok.text == ":":
            before_cue = i + 1  # "412 new beds across three centres: 180 at A, 150 at B and 62 at C"
        elif tok.text in ("\u2014", "\u2013") and (close := next((k for k in range(i + 1, s.hi) if s.tokens[k].text == tok.text), None)) is not None:
            # "14 projects over eight years — eight school renovations, three new buildings and four upgrades —": a list
            # set between dashes
            candidates.append((i, i + 1, close - 1, "dashes"))
            colons.add(i)
        if tok.lower == "with" and s.lower(i - 1) == ",":
            # "a capital works program of $46.3 million, with $18.9 million for roads, … and the remaining $6.8 million for
            # drainage": a list after "with" that ends with the rest names every part
            later = [a for a in s.amounts if a.first > i]
            if len(later) >= 2 and _the_rest(s, later[-1]):
                before_cue = i + 1
        if s.lower(i) in _CUE_STARTS:
            for cue in _WHOLE_CUES:
                if s.phrase(i, cue):
                    before_cue = i + len(cue)
                    spread = s.at(before_cue) if cue[0] in ("spread", "split", "divided", "shared") else None
                    if spread is not None and s.lower(spread.last + 1 + (spread.unit is None)) in (",", "\u2013", "\u2014", ":"):
                        # "is spread over three years, with £61m for 2026/27, …": the years it is spread over are no part
                        # ("412 plants spread across five rooms – 380 close to harvest and 32 seedlings –" neither)
                        before_cue = spread.last + 2 + (spread.unit is None)
                    if cue[0] != "of":
                        colons.add(i)  # "breaks down as $92 million to rebuild …, $41 million for …": like a colon, each part its own phrase
        if before_cue is not None:
            # "a Rs 1.2 lakh crore programme, of which Rs 14,500 crore is provided this year": "of which" names some
            # parts, so only parts that add up to more than the whole are a slip
            candidates.append((i, before_cue, last_tok, "excess" if s.phrase(i, ("of", "which")) or s.phrase(i, ("of", "whom")) else True))
            if tok.text == ":":
                colons.add(i)
        # "48 closed, 117 partly open and 35 unaffected, of the 210 stations"
        if tok.lower == "of" and s.lower(i - 1) == ",":
            total = s.amount_after(i + 1)
            if total is not None and s.lower(total.last + 2) in ("", "."):
                candidates.append((total, first_tok, i - 1, True))
        # "… and 58 had no view, a total of 1,146" sums the list; "…, out of 1,146 responses" may give a share of it,
        # so it is the whole only when the list ends with the rest
        for words, exhaustive in ((("out", "of"), False), (("a", "total", "of"), True)):
            if s.lower(i - 1) == "," and s.phrase(i, words):
                total = s.amount_after(i + len(words))
                if total is not None and s.lower(total.last + 2) in ("", "."):
                    candidates.append((total, first_tok, i - 2, exhaustive))
        # "Leeds got £12m and Bradford £8m, a combined £20m" / "…, £20m in all": a last clause naming the sum of the list
        # (not "12 in the first year and 16 in each of the following three years, for a total of 60": a part repeated)
        if s.lower(i - 1) == "," and "each" not in {s.lower(k) for k in range(s.lo, i)}:
            lead = next((w for w in _SUM_LEADS if s.phrase(i, w)), ())
            total = s.amount_after(i + len(lead))
            if total is not None and total.first <= i + len(lead) + 1:
                tail = next((w for w in _SUM_TAILS if s.phrase(total.last + 1, w)), ())
                if lead[:1] == ("for",) and total.unit in s.ab.knowledge.duration_units:
                    continue  # "60 days before the vote and 15 days after it, for a total of 76 days": the day itself counted too
                after = total.last + 1 + len(tail)
                if lead and s.lower(after) in _SPREAD_OVER and s.lower(after + 1) in ("the", "all", "its", "their") \
                        and all(s.tokens[k].kind == WORD for k in range(after, s.hi - 1)) and s.hi - after <= 7:
                    after = s.hi - 1  # "…, a combined 22.6 million tonnes across the four zones": where the sum is, told after it
                if (lead or tail) and s.lower(after) in ("", "."):
                    # ("was also ordered to pay £150 costs and an £88 surcharge, £458 altogether": "also" adds to a sum
                    # told before, the £220 fine, so the list may be short of the total, never over it)
                    whole = "excess" if "also" in s.lowers else "sum" if lead == ("adding", "up", "to") else True
                    candidates.append((total, first_tok, i - 2, whole))
        # "…, the two ports together handling the full 41.6 million tonnes": the list's members named together, then their sum
        # (after "with": "…, with the four districts together accounting for the full 712 tonnes")
        if s.lower(i - 1) == "," and (k := _named_together(s, i + (s.lower(i) == "with"))) is not None:
            total = s.amount_after(k)
            # ("the 260,000-tonne limit.": a whole made a compound names its noun after it)
            end = total.last + 1 + bool(total.compound and total.last + 1 < s.hi and s.tokens[total.last + 1].kind == WORD) if total is not None else 0
            if total is not None and total.first <= k + 1 and s.lower(end) in ("", "."):
                # ("… is divided between two fleets: midwater trawlers will share …": the list is after the colon)
                opens = max((c + 1 for c in range(first_tok, i) if s.tokens[c].text == ":"), default=first_tok)
                candidates.append((total, opens, i - 2, True))
        # "Of the 39 people who survived, 14 remain in hospital …": parts need not cover the whole
        if i == first_tok and tok.lower in ("of", "within"):
            total = s.amount_after(i + 1) if tok.lower == "of" else None
            if total is not None:
                candidates.append((total, total.last + 1, last_tok, False))
            elif (s.lower(i + 1) in _OF_THEM or tok.lower == "within" and s.lower(i + 1) in ("it", "this", "that", "them")) and prior is not None:
                # ("Within it, school education gets Rs 38,900 crore, …": a whole of money the sentence before gives)
                # "A total of 14,820 bales were presented. Of these, 9,460 were sold and the remaining 4,910 …": the whole
                # is the sentence before's one figure larger than every part
                parts = _parts(s, i + 2, last_tok, None) or _parts(s, i + 2, last_tok, _unit_after(s, i + 2, last_tok), 16)
                wholes = [a for a in prior.amounts if parts and a.unit == parts[0].unit and not (a.in_range or a.approx) and a.value > max(p.value for p in parts)]
                if len(wholes) == 1:
                    candidates.append((wholes[0], i + 2, last_tok, "previous"))
    for total, start, end, exhaustive in candidates:
        if isinstance(total, int):
            # the total before a cue: the nearest figure before it that is larger than every part
            unit = _unit_after(s, start, end)
            gap = _COLON_GAP if total in colons and unit is not None else 10  # money and measures, not bare counts ("4, Eastlake 1: …")
            parts_after = _parts(s, start, end, None, rounded=True) or _parts(s, start, end, unit, gap, rounded=True)
            if not parts_after:
                continue
            bigger = [a for a in s.amounts if a.last < total and a.unit == parts_after[0].unit and a.value > max(p.value for p in parts_after) and not _compared(s, a)]
            if bigger:
                total = bigger[-1]
                parts = _parts(s, start, end, total.unit, gap, rounded=True)
                if parts and parts[0].first - 1 > start and s.tokens[parts[0].first - 1].text == ",":
                    continue  # "squad costs of £275.6m, made up of wages, £64.8m of amortisation and £9.3m in fees": a part with no
                    # figure listed first (not "split between Leeds, which gets £12m, and …": the part's own description)
                given = [a for a in s.amounts if a.last < start and a.unit == total.unit and a is not total]
                if parts and any(abs(sum(p.value for p in parts) - a.value) <= max(0.5, 0.005 * a.value) for a in given):
                    continue  # "guilty on four of the six counts he faced: two counts of …, one … and one …": the four
            elif (whole := _whole_of_previous(s, total, parts_after, prior)) is not None and exhaustive is True:
                parts = _parts(s, start, end, whole.unit, gap, rounded=True)
                written = sum(p.value for p in parts) if parts else whole.value
                if abs(written - whole.value) > _sum_slack(whole, parts or ()) + sum(_ROUGHLY * p.value for p in parts or () if p.approx):
                    out.append((parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {whole.text} of the sentence before."))
                    break
                continue
            else:
                continue
        else:
            # a sentence opened by its whole ("Of the 612,400 bags shipped, 540,100 were Robusta, grown mainly in the
            # central and western regions, and 62,300 …") is all about its parts: each may be described at length
            parts = _parts(s, start, end, total.unit, 16 if s.lower(first_tok) == "of" and start == total.last + 1 or exhaustive == "previous" else 10, rounded=True)
        if parts is None or (total.approx and exhaustive != "sum") or total in parts:  # "adding up to £20m" is no "up to"
            continue
        if any(s.lower(p.last + 1) == "each" for p in parts):
            continue  # "and one each of dangerous operation of a vehicle and obstructing police": a part counted twice
        if _nested(s, parts):
            continue  # "Of the 1,520 members balloted, 988 returned papers, with 820 voting yes and 168 voting no": 988's parts
        if _WEIGHTED.search(s.ab.text, s.tokens[parts[-1].last].end, s.tokens[s.hi - 1].end):
            continue  # "2,400 standard bottles and 300 magnums, each magnum counted as two bottles": parts weighted, not added
        # "23 from residents, one from Kent Police and one from the council, all opposing it, together with six letters of
        # support": a part added after the list
        parts = parts + [a for a in s.amounts if a.first > parts[-1].last and a.unit == total.unit and not (a.approx or a.in_range)
                         and any(s.phrase(a.first - len(w), w) for w in _ADDED_AFTER)]
        written = sum(p.value for p in parts)
        # a part given roughly ("roughly 6,300") may be a tenth out
        if abs(written - total.value) <= _sum_slack(total, parts) + sum(_ROUGHLY * p.value for p in parts if p.approx):
            continue
        if exhaustive == "excess" and written < total.value and not _partitioned(s, parts):
            continue  # ("of which A is for ongoing schemes and B for new projects": halves that leave nothing out)
        if exhaustive == "dashes" and (len(parts) < 3 or abs(written - total.value) > 0.2 * total.value):
            continue  # between dashes, a few of the whole's parts may be named ("14 projects — eight schools and three libraries —")
        all_of_them = exhaustive is False and len(parts) >= 3 and _ALL_OF_WHICH.match(s.ab.text, s.tokens[total.last].end)
        if exhaustive in (False, "previous") and ((len(parts) < 3 and not _the_rest(s, parts[-1])) or (written < total.value and not _residual(s, parts[-1]) and not all_of_them)) \
                and not (_one_digit_off(written, total.value) and not any(p.approx for p in parts)) and not _money_nearly_covered(parts, total, written):
            continue  # "Of the 39 who survived, 14 remain in hospital …" need not cover them all, unless the last is the rest
            # or the parts miss the whole by one of its digits ("Of the 612,400 bags, 540,100 … and 62,300 …": 602,400)
        if len(parts) == 2 and written > total.value and parts[0].value > parts[1].value and not _the_rest(s, parts[-1]):
            continue  # "Seven bids, of which five passed the first stage and three were shortlisted": the three are of the five
            # (not "… bought 172.6 LMT, while private millers bought the remaining 7.2 LMT": the rest of the whole)
        sums = " + ".join(p.text for p in parts)
        if exhaustive == "previous":
            out.append((parts[-1], f"{sums} is {_fmt_like(written, parts, total)}, not the {total.text} of the sentence before."))
        else:
            out.append((total, f"{sums} is {_fmt_like(written, parts, total)}, not {total.text}."))
        break
    return out


_ROUGHLY = 0.1  # how far out a part given roughly may be
_ADDED_AFTER = (("together", "with"), ("along", "with"), ("as", "well", "as"), ("plus",))
_WEIGHTED = re.compile(r"\b(?:counted|counts|count|treated|rated|weighted)\s+as\b", re.I)

# the whole said to be all there: "Of the 192 seats, all of which had been declared by late evening, the BJP won 163, …"
_ALL_OF_WHICH = re.compile(r"(?:\s+[a-z]+){0,2},\s+all\s+of\s+(?:which|whom)\s+(?:had|have|has)\s+been\s+(?:declared|counted|decided|filled|allocated|announced|confirmed)\b")


_HOW_MANY = frozenset("two three four five six seven eight nine ten both all".split())
_WHOLE_OF = frozenset("the a full entire whole".split())


_SUMMING_VERBS = frozenset("make makes made account accounts accounted add adds added come comes came total totals totalled totaled amount amounts amounted form forms formed".split())


def _named_together(s: Sentence, i: int) -> int | None:
    """The token after "the two ports together handling the full" at i (a count of the list's members, "together", a verb
    in -ing and its particle, the words of a whole): where their sum is written; None when the words are otherwise."""
    k = i + (s.lower(i) == "the")
    if s.lower(k) == "which" and s.lower(k + 1) == "together":
        # "…, which together make up the 260,000-tonne limit": the list's members named by the relative
        k += 2
        if s.lower(k) not in _SUMMING_VERBS:
            return None
        k += 1
        while s.lower(k) in ("up", "for", "to"):
            k += 1
        while s.lower(k) in _WHOLE_OF:
            k += 1
        return k
    if s.lower(k) not in _HOW_MANY or s.lower(k + 2) != "together":
        return None
    k += 3
    if s.lower(k).endswith("ing"):
        k += 1 + (s.lower(k + 1) in ("for", "up"))
    while s.lower(k) in _WHOLE_OF:
        k += 1
    return k


def _change_after_a_pair(s: Sentence) -> list[tuple[Amount, str]]:
    """A level, the one it changed from and the change's size written after both ("6,214 households are now on the
    register, up from 5,380 … – an increase of 934 households"): the size must be their difference, 834."""
    pairs = level_pairs(s)
    if len(pairs) != 1:
        return []
    old, new = pairs[0]
    if old.approx or new.approx or old.in_range or new.in_range or old.unit == "percent" or old.unit != new.unit:
        return []
    out = []
    for d in s.amounts:
        if d is old or d is new or d.first < max(old.last, new.last) or d.unit != old.unit or d.approx or d.in_range:
            continue
        noun = s.lower(d.first - 2)
        if s.lower(d.first - 1) != "of" or noun not in CHANGE_NOUNS or (noun in UP) != (new.value > old.value) or (noun in DOWN) != (new.value < old.value):
            continue
        if d.first - 4 < s.lo or s.lower(d.first - 3) not in ("a", "an") or s.tokens[d.first - 4].text not in (",", "\u2013", "\u2014", "-") \
                or "by" in {s.lower(k) for k in range(max(old.last, new.last) + 1, d.first)}:
            continue  # set off as the change's own size ("…, an increase of 934"), not "helped by a one-off gain of S$4.1 million"
        actual = abs(new.value - old.value)
        if abs(actual - d.value) > max(0.5, 0.005 * d.value):
            out.append((d, f"{old.text} to {new.text} is {'an' if noun[0] in 'aeiou' else 'a'} {noun} of {_fmt_like(actual, [d])}, not {d.text}."))
    return out


def _nested(s: Sentence, parts: list[Amount]) -> bool:
    """True when a part is the sum of the two or more parts after it, which a word brings in as its own ("988 returned
    papers, with 820 voting yes and 168 voting no"): those are its parts, not the whole's ("two for Vietnam, one for the
    Philippines and one for Malaysia" are three parts of the whole)."""
    # (a whole restated in brackets, "Of the ₹1,250 crore (about ₹12.5 billion), ₹750 crore … and ₹500 crore", is no part either)
    return any(abs(parts[j].value - sum(p.value for p in parts[j + 1 :])) <= max(0.5, 0.005 * parts[j].value)
               and any(s.lower(k) in _SPLITS_A_PART for k in range(parts[j].first - 2, parts[j + 1].first)) for j in range(len(parts) - 2))


_SPLITS_A_PART = frozenset({"with", "including", "whom", "which", "(", ":", ";", "–", "—"})


def _lists_parts_after(s: Sentence, k: int) -> bool:
    """True when "including" at k goes on to figures like those before it: "£3.4m from back-office functions, including the
    sale of two office buildings" says what the last part holds (a count after sums of money); "including £2m for …" lists."""
    before = {a.unit for a in s.amounts if a.last < k}
    # ("…, including a rise in the cost of garden waste permits from £45 to £52": the two levels of a change, no parts)
    after = [a for a in s.amounts if a.first > k and not _a_change_level(s, a)]
    if not before and after and (colon := next((j for j in range(after[0].last + 1, min(s.hi, after[0].last + 8)) if s.tokens[j].text == ":"), None)) \
            and not any(a.first < colon for a in after[1:]):
        return False  # "The proposal includes $18.4 million in new spending: $7.2 million for …": it includes the whole, whose
        # parts the colon lists in full
    last = max((a.last for a in s.amounts if a.last < k), default=None)
    if last is not None and s.lower(k - 1) != "," and (comma := max((j for j in range(last + 1, k) if s.tokens[j].text == ","), default=None)) is not None \
            and all(s.tokens[j].kind == WORD for j in range(comma + 1, k)):
        return False  # "…, paddy 36.4 lakh, pulses including tur, urad and moong 14.2 lakh": what an item's name covers, its
        # figure still to come
    return not before or any(a.unit in before for a in after)


def _a_change_level(s: Sentence, a: Amount) -> bool:
    """True for a figure that is one of the two levels of a "from A to B" pair."""
    if s.lower(a.first - 1) == "from":
        return any(b.first > a.last and s.lower(b.first - 1) == "to" and b.first - a.last <= 3 for b in s.amounts)
    return s.lower(a.first - 1) == "to" and any(b.last < a.first and s.lower(b.first - 1) == "from" and a.first - b.last <= 3 for b in s.amounts)


def _money(unit: str | None) -> bool:
    """True for a unit that is a currency's code ("GBP", "KES"): sums of money, not counts or measures."""
    return unit is not None and len(unit) == 3 and unit.isupper()


def _money_nearly_covered(parts: list[Amount], total: Amount, written: float, over: bool = False) -> bool:
    """True when two or more sums of money fall short of the sum they are "of" by at most a twentieth ("Of the £24.6m in
    savings, £9.8m …, £6.4m …, £4.7m … and £2.9m …": £23.8m): a budget's breakdown covers it, and a part left out would
    leave a bigger gap than a slip. Counts of people need not cover their whole ("Of the 39 who survived, …"). With
    `over`, sums that pass it by as little are read the same way."""
    return len(parts) >= 2 and _money(total.unit) and not any(p.approx for p in parts) \
        and 0 < (abs(total.value - written) if over else total.value - written) <= 0.05 * total.value


def _one_digit_off(written: float, whole: float) -> bool:
    """True when a sum differs from the whole it should make in one digit the whole writes, not its first, by at most a
    tenth (602,400 for 612,400; 6.4 for 6.8): a slip in the arithmetic, not parts left out, which would rarely leave a
    gap of one digit. A gap where the whole is round (210 for 200) is no slip: the whole may be rounded."""
    for scale in (1, 10, 100, 1000):
        x, y = round(whole * scale), round(written * scale)
        if abs(whole * scale - x) < 1e-6 * max(1, x) and abs(written * scale - y) < 1e-6 * max(1, y):
            break
    else:
        return False
    gap, place = abs(x - y), 1
    if not gap or gap > x / 10:
        return False
    while gap % 10 == 0:
        gap, place = gap // 10, place * 10
    # a gap in the units ("52 + 11 is 63, not 67") is a few left out, not a slip
    # and the whole is written finer than the gap ("Of the 210 stations, 48 …, 117 … and 35 …": ten may be left unsaid)
    return gap <= 9 and place >= 10 * scale and x // (place * 10) == y // (place * 10) and x % place == y % place and x >= place * 10 and x % place != 0


_OF_THEM = frozenset("them whom which those these".split())
# "paid Rs 406.4 crore: Rs 310 crore released through a consortium of banks under the … loan scheme, and Rs 86.4 crore
# from the State's own funds": after a colon, tokens between two parts of a list of amounts with a unit
_COLON_GAP = 24
_CLAUSE_VERBS = frozenset("is are was were went remain remains remained have has had will would could may might died left".split())


def _parts_of_them(s: Sentence) -> list[tuple[Amount, str]]:
    """A count split into parts "of them" that add up to more than it ("all 312 families …, 184 of them in A and 138
    in B"): parts of a whole cannot exceed it. Parts that add up to less may leave some out ("40 of them children and
    12 elderly"), so only an excess is a slip."""
    for k, first in enumerate(s.amounts):
        if not (s.lower(first.last + 1) == "of" and s.lower(first.last + 2) in _OF_THEM):
            continue
        whole = next((a for a in reversed(s.amounts[:k]) if a.unit == first.unit), None)
        if whole is None or whole.approx or whole.in_range or whole.value <= first.value:
            return []
        parts = [first]
        for a in s.amounts[k + 1 :]:
            if a.unit != first.unit or a.in_range or a.first - parts[-1].last > 8:
                break
            between = {s.lower(i) for i in range(parts[-1].last + 1, a.first)}
            if not between & {",", "and"} or between & {"of", "out"} - {s.lower(parts[-1].last + 1)}:
                break  # "… and of the JSP's 34, 17": another whole
            if s.lower(a.first - 1) == "and" and s.lower(a.first - 2) == ",":
                break  # "14 remain in hospital, four of them critical, and 20 went home": a clause of its own
            # "… 31 of them from the Southern Highlands and 19 from Usambara": "from" after a part tells where it came
            # from; only one just before the next figure ("up from four") sets that figure against it
            against = between - {"from"} | ({"from"} & {s.lower(a.first - 1), s.lower(a.first - 2)})
            if against & _SET_AGAINST or any(w.endswith(("'s", "\u2019s")) for w in between):
                break  # "14 shots, six of them on target, against Brayford's 11 shots": another side's count
            if s.lower(a.first - 1) in _CLAUSE_VERBS or (s.lower(a.first - 1).endswith("ed") and len(s.lower(a.first - 1)) > 4):
                break  # "312 appearances, 254 of them in the league …, and scored 64 goals": a verb's own count
            parts.append(a)
        if len(parts) < 2 or any(p.approx for p in parts) or not any(s.lower(i) == "and" for i in range(parts[-2].last + 1, parts[-1].first)):
            return []
        after = s.lower(parts[-1].last + 1)
        if after in _CLAUSE_VERBS or (after.endswith("ed") and len(after) > 4):
            return []  # "… and 20 went home", "… and 30 recovered": the last figure opens a clause of its own
        nouns = {s.lower(i) for i in range(whole.last + 1, whole.last + 6)} & {s.lower(i) for i in range(parts[-1].last + 1, parts[-1].last + 6)}
        if any(w.endswith("s") and len(w) > 3 for w in nouns):
            return []  # "eight non-executive directors, five of them independent and four executive directors": the whole's sibling
        written = sum(p.value for p in parts)
        if written > whole.value + _sum_slack(whole, parts):
            sums = " + ".join(p.text for p in parts)
            return [(parts[-1], f"{sums} is {_fmt_like(written, parts)}, more than the {whole.text} they are part of.")]
        if written < whole.value - _sum_slack(whole, parts) and (_partitioned(s, parts) or _residual(s, parts[-1])):
            sums = " + ".join(p.text for p in parts)
            return [(parts[-1], f"{sums} is {_fmt_like(written, parts)}, not {whole.text}.")]
        return []
    return []


def _parts_of_the_whole(s: Sentence) -> list[tuple[Amount, str]]:
    """A sentence opened by its whole and split into parts after a comma ("Of the 18,460 houses damaged, 3,215 were
    totally destroyed and 14,345 partially damaged"). Such parts may overlap or leave some out ("Of the 40 schools,
    30 had damp and 25 asbestos"), so only parts that split the whole between them must add up to it."""
    if s.lower(s.lo) != "of":
        return []
    start = s.lo + 1
    if s.lower(start) == "the" and s.lower(start + 1).endswith(("'s", "\u2019s")):
        start += 2  # "Of the chamber's 65 members, 38 voted yes, …": the owner's whole
    if (whole := s.amount_after(start)) is None or whole.approx or whole.in_range:
        return []
    comma = next((i for i in range(whole.last + 1, min(s.hi, whole.last + 8)) if s.lower(i) == ","), None)
    if comma is None:
        return []
    parts = []
    for a in s.amounts:
        if a.first <= comma:
            continue
        if a.unit != whole.unit or a.in_range or a.approx or (parts and a.first - parts[-1].last > 8):
            break
        if parts:
            between = {s.lower(i) for i in range(parts[-1].last + 1, a.first)}
            if not between & {",", "and"} or between & {"of", "out", ";"}:
                break
        parts.append(a)
    if len(parts) < 2 or not any(s.lower(i) == "and" for i in range(parts[-2].last + 1, parts[-1].first)):
        return []
    if not _partitioned(s, parts):
        return []  # parts ending with the rest ("and the remaining 80") are `_part_and_rest`'s
    written = sum(p.value for p in parts)
    if abs(written - whole.value) <= _sum_slack(whole, parts):
        return []
    sums = " + ".join(p.text for p in parts)
    return [(parts[-1], f"{sums} is {_fmt_like(written, parts)}, not {whole.text}.")]


def _partitioned(s: Sentence, parts: list[Amount]) -> bool:
    """True when the parts are told by words that split a whole between them ("3,215 of them totally destroyed and
    14,345 partially damaged"; rules/quantities.yaml: partitions): such parts leave nothing out."""
    told = []
    for k, part in enumerate(parts):
        stop = parts[k + 1].first if k + 1 < len(parts) else min(s.hi, part.last + 6)
        told.append({s.lower(i) for i in range(part.last + 1, stop)})
    return any(
        all(words & group or words & _ABSENT for words in told) and set().union(*(words & group for words in told)) == group
        # a vote's sides leave out whoever did not vote, unless the copy counts them too ("and four were excused")
        and (not group & _SIDES_OF_A_VOTE or any(words & _ABSENT for words in told))
        for group in s.ab.knowledge.partitions
    )


# members who took neither side of a vote, the rest of a whole its sides split ("and four were excused")
_ABSENT = frozenset("excused absent abstained abstaining abstention abstentions".split())
_SIDES_OF_A_VOTE = frozenset({"yes", "no", "for", "against"})


_RESIDUAL = frozenset("no not neither none other others rest remaining remainder undecided unsure unknown abstained abstentions spoilt spoiled invalid rejected blank".split())


def _the_rest(s: Sentence, last: Amount) -> bool:
    """True when the last part is said before its figure to be all the others ("… and the remaining 4,910 were
    rejected"): two parts then cover the whole."""
    return any(s.lower(k) in _REST_BEFORE for k in range(max(s.lo, last.first - 2), last.first))


def _residual(s: Sentence, last: Amount) -> bool:
    """True when the last part of a list is the catch-all ("… and 58 expressed no clear view", "… and 12 the rest"):
    the parts then claim to cover the whole."""
    if _the_rest(s, last):
        return True
    k = last.last + 1
    while k < s.hi and s.tokens[k].text not in (",", ";", ".", ":") and k - last.last <= 6:
        if s.lower(k) in _RESIDUAL or s.lower(k).endswith("n't"):
            return True
        k += 1
    return False


def _unit_after(s: Sentence, start: int, end: int):
    first = next((a for a in s.amounts if start <= a.first <= end), None)
    return first.unit if first else None


_TOTAL_WORDS = (("total", "of"), ("totals",), ("totalled",), ("in", "total"), ("altogether",), ("combined",))


def _words_in(ab: AnnotatedBlock, bound: list[int]) -> set[str]:
    return {ab.tokens[i].lower for i in range(*bound)}


def _totals_of_previous(ab: AnnotatedBlock, by_sentence: dict[int, list[Amount]], bounds: dict[int, list[int]], previous: Sentence | None) -> list[tuple[Amount, str]]:
    """A total in one sentence of the parts listed in the sentence before, in its paragraph or closing the one before
    ("18mm in June, 31mm in July and 22mm in August. That gives a total of 81mm"); not a total smaller than one of
    them, which is a total of something else ("A total of 214 first-degree students obtained First Class honours")."""
    out = []
    for index, group in by_sentence.items():
        if not {"total", "totals", "totalled", "altogether", "combined"} & {ab.tokens[a.last + 1].lower for a in group if a.last + 1 < len(ab.tokens)} | _words_in(ab, bounds[index]):
            continue
        s = Sentence(ab, index, group, *bounds[index])
        if index - 1 in by_sentence:
            before = Sentence(ab, index - 1, by_sentence[index - 1], *bounds[index - 1])
        elif index == 0 and previous is not None:
            before = previous
        else:
            continue
        if not any(s.phrase(i, words) for i in range(s.lo, s.hi) for words in _TOTAL_WORDS):
            continue
        named = [s.amount_after(i + 2, ("the",)) for i in range(s.lo, s.hi) if s.phrase(i, ("total", "of"))]
        totals = [a for a in named if a is not None] or [a for a in group if not a.in_range]
        if len(totals) != 1 or totals[0].approx:
            continue  # "a total of 81mm, against an average of 171mm": which is the total is a guess
        total = totals[0]
        if _partial(before) or before.lowers & _REST_WORDS:
            continue  # "… and the authority borrowed the remaining C$250 million": the list began before this sentence
        if ab.times.get(index, frozenset()) - ab.times.get(before.index, frozenset()) if before.ab is ab else ab.times.get(index):
            continue  # "… 34 at Kilbrannan, 21 at Glenfruin and 17 at Auchterbeg. The combined roll stood at 109 in 2016": another year's
        if _partial(s):
            continue  # "A provisional total of 1.33 million … did not include the Tailteann Cup": a total that leaves a part out
        parts = _parts(before, before.lo, before.hi - 1, total.unit)
        if parts is None or len(parts) != len([a for a in before.amounts if a.unit == total.unit]):
            continue
        written = sum(p.value for p in parts)
        if total.value < max(p.value for p in parts):
            continue  # "2,786 received bachelor's degrees, … A total of 214 first-degree students …": a total of something else
        if written < 0.5 * total.value and not _one_digit_off(written, total.value):
            continue  # "The EFF received 164 votes and the DA 71. … a total of 4,887 ballots were cast": a total of far more
        if abs(written - total.value) > _sum_slack(total, parts):
            out.append((total, f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not {total.text}."))
    return out


_OF_THAT_TOTAL = (("of", "that", "total"), ("of", "the", "total"), ("of", "this", "total"), ("of", "that", "figure"), ("of", "that", "sum"), ("of", "that", "amount"))


def _owned_total_cue(s: Sentence) -> int | None:
    """Where "of the season's total", "of the year's total" is written: a whole the article gave before, named by its owner."""
    for i in range(s.lo, s.hi - 3):
        if s.lower(i) == "of" and s.lower(i + 1) in ("the", "its", "their", "this") and s.lower(i + 2).endswith(("'s", "\u2019s")) \
                and s.lower(i + 3) in ("total", "tally", "figure"):
            return i
    return None


def _parts_of_that_total(s: Sentence, prior: Sentence | None, earlier: list[Sentence] = ()) -> list[tuple[Amount, str]]:
    """Parts of the whole the sentence before gives, named "of that total" ("Revenue climbed 21 per cent to GH¢412
    million. Egg sales brought in GH¢268 million of that total and broiler meat GH¢134 million": 402): the whole is the
    sentence before's one figure of the parts' unit, larger than each; parts that come to less may leave some out, so
    only a sum over the whole, or one a digit of the whole's off, is reported."""
    if prior is None or not s.lowers & {"total", "figure", "sum", "amount", "tally"}:
        return []
    cue = next((i for i in range(s.lo, s.hi) for words in _OF_THAT_TOTAL if s.phrase(i, words)), None)
    owned = cue is None and (cue := _owned_total_cue(s)) is not None
    if cue is None or _partial(s) or s.lowers & _REST_WORDS:
        return []
    first = next((a for a in reversed(s.amounts) if a.last < cue), None)
    if first is None or cue - first.last > 1 or first.approx or first.in_range:
        return []
    # each part may carry an aside ("and the light crop, which opened in late June, for 88,500 tonnes")
    parts = _parts(s, first.first, s.hi - 1, first.unit, gap=18)
    if not parts or parts[0] is not first:
        return []
    if any(p.approx for p in parts):
        return []
    written = sum(p.value for p in parts)
    if owned:
        # "526,900 tonnes of the season's total and … 88,500 tonnes": the whole named by its owner was given a few
        # sentences before, among other figures of its unit; only the one the sum misses by a digit is surely it
        wholes = [a for e in earlier for a in e.amounts if a.unit == first.unit and not (a.approx or a.in_range) and _one_digit_off(written, a.value)]
        if len({a.value for a in wholes}) != 1:
            return []
        whole = wholes[0]
        return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the total of {whole.text} given before.")]
    wholes = [a for a in prior.amounts if a.unit == first.unit and not (a.approx or a.in_range) and a.value > max(p.value for p in parts)]
    if len(wholes) != 1:
        return []
    whole = wholes[0]
    if abs(written - whole.value) <= _sum_slack(whole, parts) or (written < whole.value and not _one_digit_off(written, whole.value)):
        return []
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {whole.text} of the sentence before.")]


def _revises(s: Sentence, revised: frozenset[str]) -> bool:
    """True when a word of revision stands a few words before a figure of the sentence ("raised its preliminary estimate of
    $1.38 billion"), not before another noun ("raised mortality in its pens")."""
    return any(s.lower(k) in revised for a in s.amounts for k in range(max(s.lo, a.first - 6), a.first))


_ANAPHORS = frozenset({"that", "this", "it"})
_WHOLE_STOPS = frozenset({"and", "or", "but", "while", "with", "which", "that", "was", "were", "is", "are", "in", "on", "for", "to", "from", "at", "by"})


def _named_whole(s: Sentence, k: int) -> tuple[int, frozenset[str] | None] | None:
    """What "of" at token k names as a whole given before: "of that," / "of it." (None: the sentence before's figure) or
    "of the April garment receipts" (the words); with where the phrase ends. None for anything else, and for "of the
    total", which _parts_of_that_total reads."""
    if s.lower(k + 1) in _ANAPHORS and (k + 2 >= s.hi or s.tokens[k + 2].kind == PUNCT):
        return k + 2, None
    if s.lower(k + 1) not in ("the", "its", "their"):
        return None
    j, words = k + 2, []
    while j < s.hi and s.tokens[j].kind == WORD and s.lower(j) not in _WHOLE_STOPS and len(words) < 5:
        words.append(s.lower(j))
        j += 1
    content = frozenset(singular(w.removesuffix("'s").removesuffix("\u2019s")) for w in words if w not in FUNCTION_WORDS and len(w) >= 3)
    if not content or words[-1] in _TOTAL_NOUNS | {"figure", "amount"} or j < s.hi and s.tokens[j].kind == NUMBER:
        return None
    return j, content


_CONTRIBUTED = frozenset("contributed contributes added adds".split())


def _parts_of_a_named_whole(s: Sentence, earlier: list[Sentence], revised: frozenset[str]) -> list[tuple[Amount, str]]:
    """Parts of a whole given before, named "of that" or by its words ("Garment shipments earned $4.63 billion …"
    "Knitwear brought in $2.54 billion of the April garment receipts and woven products $2.18 billion": $4.72 billion;
    "exports rose to $1.42 billion …" "Iron ore brought in $812 million of that, or roughly 64 percent": 57%).

    The whole is a figure of the unit in the two sentences before that give one ("of that"), or one with a word of the
    name just before it; larger than each part, not one compared with nor one since revised ("raised its preliminary
    estimate of $1.38 billion"). Parts may leave some out and the words may fit more than one figure, so only a sum over
    every figure it may be of, or a share that fits none of them, is reported."""
    if _partial(s):
        return []
    rest_told = bool(s.lowers & _REST_WORDS)  # "… with cow milk accounting for the remaining 17.3 lakh litres": a sum the rest closes
    for a in s.amounts:
        # "Iron ore brought in $812 million of that", and "Logistics contributed Rs. 11.6 billion to the quarter's top line"
        to_whole = s.lower(a.last + 1) == "to" and s.lower(a.first - 1) in _CONTRIBUTED
        if a.unit in (None, "percent") or a.approx or a.in_range or (s.lower(a.last + 1) != "of" and not to_whole) or s.tokens[a.first].quoted:
            continue
        named = _named_whole(s, a.last + 1)
        if named is None:
            continue
        end, words = named
        parts = _parts(s, a.first, s.hi - 1, a.unit, gap=18) or [a]
        if parts[0] is not a or any(p.approx or p.in_range for p in parts):
            continue
        biggest, wholes = max(p.value for p in parts), []
        # "of that": the nearest sentences before with a figure of the unit (the copy may say how it was revised between)
        near = [e for e in earlier if any(w.unit == a.unit for w in e.amounts) and not _revises(e, revised)][:2]
        for e in near if words is None else [e for e in earlier if not _revises(e, revised)]:
            for w in e.amounts:
                if w.unit != a.unit or w.approx or w.in_range or _compared(e, w) or w.value <= biggest or e.tokens[w.first].quoted:
                    continue
                if words is None or words & {singular(e.lower(i)) for i in range(max(e.lo, w.first - 6), w.first)}:
                    wholes.append(w)
        if not wholes:
            continue
        total = sum(p.value for p in parts)
        if len(parts) > 1 and rest_told:
            continue
        if len(parts) > 1:
            whole = max(wholes, key=lambda w: w.value)
            written = f"{total:.10g}".replace(".", "").lstrip("0")
            if whole.value < total < 2 * whole.value and not agree(total, whole.value, written, whole.digits):
                return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(total, parts)}, more than the {whole.text} they are part of.")]
            continue
        fraction = _fraction_near(s, *_share_after_part(s, a))
        if fraction is None or sum(1 for b in s.amounts if b.unit == "percent") > 1:
            continue
        value, approx, first, last = fraction
        if first < end or any(abs(a.value / w.value - value) <= _share_slack(approx or w.approx, value) for w in wholes):
            continue
        shown = " ".join(tok.text for tok in s.tokens[first : last + 1]).replace(" - ", "-").replace(" %", "%")
        shares = " and ".join(f"{percent_text(a.value / w.value * 100)} of {w.text}" for w in {w.value: w for w in wholes}.values())
        return [(a, f"{a.text} is {shares}, not {shown}.")]
    return []


# verbs that say parts cover a whole in full: "the gap would be closed through £18.1m of savings, £14.3m … and £7.2m"
_CLOSED_BY = frozenset("closed met covered bridged filled plugged funded financed balanced".split())


def _whole_closed_by_parts(s: Sentence, earlier: list[Sentence], revised: frozenset[str]) -> list[tuple[Amount, str]]:
    """Parts said to close, meet or cover a whole the copy named before by its noun ("She told members the council faced a
    gap of £42.6m." "She said the gap would be closed through £18.1m of savings, £14.3m raised by the council tax increase
    and £7.2m drawn from reserves"): £39.6m. The whole is the one figure of the parts' unit, in the nearest sentence
    before that gives one beside that noun, not revised since; parts said to close it only in part say nothing."""
    if _partial(s):
        return []
    for k in range(s.lo + 2, s.hi - 2):
        if s.lower(k) not in _CLOSED_BY or s.lower(k + 1) not in ("through", "by", "with", "from") or s.lower(k - 1) not in ("be", "being", "been", "is", "was", "were", "are"):
            continue
        noun = next((s.lower(m) for m in range(k - 1, max(s.lo - 1, k - 5), -1) if s.lower(m - 1) in ("the", "this", "that", "its") and s.tokens[m].kind == WORD), None)
        first = s.amount_after(k + 2)
        if noun is None or first is None or first.unit in (None, "percent") or first.first > k + 4:
            return []
        parts = _parts(s, first.first, s.hi - 1, first.unit, gap=12)
        if not parts or parts[0] is not first or any(p.approx or p.in_range for p in parts):
            return []
        for e in earlier:
            if _revises(e, revised):
                return []  # "That figure was revised down to £23.7m": which figure the parts close is the copy's to say
            wholes = [w for w in e.amounts if w.unit == first.unit and not (w.approx or w.in_range or _compared(e, w))
                      and noun in {singular(e.lower(i)) for i in range(max(e.lo, w.first - 4), min(e.hi, w.last + 3))}]
            if not wholes:
                continue
            if len(wholes) != 1:
                return []
            whole, total = wholes[0], sum(p.value for p in parts)
            written = f"{total:.10g}".replace(".", "").lstrip("0")
            if agree(total, whole.value, written, whole.digits):
                return []
            return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(total, parts)}, not the {whole.text} {noun} they close.")]
        return []
    return []


_SHARE_VERBS_AFTER_PRONOUN = frozenset("made make makes accounted account accounts represented represents comprised was were is are".split())


def _share_of_the_figure_before(s: Sentence, earlier: list[Sentence], revised: frozenset[str]) -> list[tuple[Amount, str]]:
    """A share of a whole the sentence gives, of a part it names only by a pronoun ("Tanzania earned $4.12 billion from
    gold exports …" "Its earnings made up 47 percent of the $9.80 billion Tanzania earned from goods exports": 42%) or by
    a subject of a word or three the figure was told near ("textile and clothing exports rose … to $1.62 billion" …
    "Textiles made up 64.8 per cent of the country's $2.71 billion": 59.8%). The part is a figure of the whole's unit in
    the nearest sentence before that gives one (near that word), smaller than the whole, not one compared with nor since
    revised; a share that fits none of them is reported."""
    pronoun = s.lower(s.lo) in ("its", "their", "this", "that")
    percents = [a for a in s.amounts if a.unit == "percent"]
    if len(percents) != 1 or percents[0].in_range or not s.lo < percents[0].first <= s.lo + 6:
        return []
    p = percents[0]
    verb = next((k for k in range(s.lo + 1, p.first) if s.lower(k) in _SHARE_VERBS_AFTER_PRONOUN), None)
    if verb is None or s.lower(p.last + 1) != "of":
        return []
    # ("Textiles made up 64.8 per cent of …": the part named by its noun, the subject, not by a pronoun)
    named = set() if pronoun else {_stem(s.lower(k)) for k in range(s.lo, verb) if s.tokens[k].kind == WORD and s.lower(k) not in FUNCTION_WORDS}
    if not pronoun and (not named or verb - s.lo > 3 or not s.tokens[s.lo].capitalised):
        return []
    k = p.last + 2 + (s.lower(p.last + 2) in ("the", "its", "their"))
    k += s.lower(k).endswith(("'s", "\u2019s"))  # "of the country's $2.71 billion"
    whole = s.at(k)
    if whole is None or whole.unit in (None, "percent") or whole.approx or whole.in_range or any(a.unit == whole.unit and a is not whole for a in s.amounts):
        return []

    def tells_the_part(e: Sentence, a: Amount) -> bool:
        # a figure near the subject's own word, when the part is named, or its sentence's one figure of the unit with the
        # word in its first words ("Pakistan's textile and clothing exports rose 12.5 per cent … to $1.62 billion")
        if pronoun:
            return True
        lone = sum(1 for b in e.amounts if b.unit == a.unit) == 1
        return bool(named & {_stem(e.lower(m)) for m in range(max(e.lo, a.first - 8), min(e.hi, a.last + 9))}) \
            or lone and bool(named & {_stem(e.lower(m)) for m in range(e.lo, min(e.hi, e.lo + 8))})

    near = next((e for e in earlier if any(a.unit == whole.unit and tells_the_part(e, a) for a in e.amounts) and not _revises(e, revised)), None)
    parts = [a for a in near.amounts if a.unit == whole.unit and tells_the_part(near, a) and not (a.approx or a.in_range or _compared(near, a))
             and a.value < whole.value] if near else []
    if not parts or any(abs(a.value / whole.value - p.value / 100) <= _share_slack(p.approx, p.value / 100) for a in parts):
        return []
    shares = " and ".join(f"{a.text} is {percent_text(a.value / whole.value * 100)}" for a in parts)
    return [(p, f"Of {whole.text}, the {'figure' if len(parts) == 1 else 'figures'} given before: {shares}, not {p.text}.")]


def _that_total_continued(s: Sentence, after: Sentence | None, earlier: list[Sentence]) -> list[tuple[Amount, str]]:
    """Parts of a whole given before, opened "Of that total," and continued in the next sentence ("Of that total, Western
    region mills … produced 318,600 tonnes. Nyanza mills accounted for 186,300 tonnes and those in the South Rift and Coast
    117,500 tonnes": 622,400, after "produced 612,400 tonnes"). The whole is a figure of the parts' unit in the sentences
    just before, larger than each and not one compared with; as parts may leave some out, and "that total" may be any
    of those figures, only a sum one digit off exactly one of them, and equal to none, is reported."""
    if after is None or not any(s.phrase(s.lo, ("of",) + words[1:]) for words in _OF_THAT_TOTAL):
        return []
    own = [a for a in s.amounts if not (a.approx or a.in_range)]
    if len(own) != 1 or len(s.amounts) != 1 or own[0].unit is None or _partial(s) or _partial(after) or after.lowers & _REST_WORDS:
        return []
    unit = own[0].unit
    rest = [a for a in after.amounts if a.unit == unit]
    if not rest or len(rest) != len(after.amounts) or any(a.approx or a.in_range for a in rest):
        return []
    more = _parts(after, rest[0].first, after.hi - 1, unit, gap=18) if len(rest) > 1 else rest
    if not more or len(more) != len(rest):
        return []
    parts = own + more
    written = sum(p.value for p in parts)
    # "produced 612,400 tonnes …, up 12.4 percent from 545,000 tonnes": the figure compared with is no whole
    wholes = [a for e in earlier for a in e.amounts
              if a.unit == unit and not (a.approx or a.in_range or _compared(e, a)) and a.value > max(p.value for p in parts)]
    if any(abs(written - a.value) <= max(0.5, 0.005 * a.value) for a in wholes):
        return []
    slipped = [a for a in wholes if _one_digit_off(written, a.value)]
    if len({a.value for a in slipped}) != 1:
        return []
    whole = slipped[0]
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {whole.text} given before.")]


_REST_WORDS = frozenset("remaining remainder rest balance".split())
_SUM_TO = frozenset("comes come came amounts amount amounted".split())  # "… comes to £40m", "amounted to"
_POOLED = frozenset({("between", "them"), ("in", "all"), ("in", "total"), ("all", "told")})
_RUNNING_CUES = frozenset("bringing taking making bring take brings takes brought took".split()) | _SUM_TO
_TOTAL_NOUNS = frozenset("total sum bill tally".split())
# words before "comes to" that refer back to the figures before it ("Together these came to £40m")
_SUMMED_BEFORE = frozenset("this that these those they it together altogether combined all total sum".split())
_RATE_WORDS = frozenset("a an per each every apiece".split())


def _running_sums(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A total the sentence brings its figures to ("fined £800 … £150 in compensation … a £40 surcharge, bringing the
    total to £1,090"), with the figures of the sentence before when it goes on adding ("He was also ordered to pay £400
    …, bringing the total to £2,510"). Only a sum that falls short of or passes the total by less than a sixth is
    reported: a total far above the figures counts others the article gave earlier or not at all ("a further £2m,
    bringing the total raised to £14m"). The total may be named in a few words of its own ("taking capital
    expenditure for the year to N$1.45 billion"). Figures in words are left out of the sum ("37 for three, … added 104, taking
    the total to 141": the three is wickets)."""
    out = []
    for i in range(s.lo, s.hi):
        if s.lower(i) not in _RUNNING_CUES:
            continue
        if s.lower(i) in ("bringing", "brings", "brought", "bring") and s.lower(i + 1) == "in" and (pooled := s.at(i + 2)) is not None \
                and (s.lower(pooled.last + 1), s.lower(pooled.last + 2)) in _POOLED:
            to = i + 1  # "bringing in £705,000 between them": what the figures before it raise together
        elif s.lower(i) in _SUM_TO:
            to = i + 1  # "the full package comes to £40m": the subject is the sum of the figures before it
        elif s.lower(i + 1) in ("the", "its", "their", "his", "her") and s.lower(i + 2) in _TOTAL_NOUNS:
            # "bringing the total raised to £14m", "taking the total issue size to ₹1,975 crore"
            # "taking the total dividend for FY26 to ₹7": a label glued to its word ("FY26") is a word of the name
            to = next((k for k in range(i + 3, min(i + 8, s.hi)) if s.lower(k) == "to" and all(s.tokens[m].is_word or s.tokens[m].glued and s.tokens[m - 1].is_word for m in range(i + 3, k))), i + 3)
        else:
            # "taking capital expenditure for the year to N$1.45 billion": a named total of a few words, then "to"
            to = next((k for k in range(i + 2, min(i + 7, s.hi)) if s.lower(k) == "to"), None)
            if to is None or not all(s.tokens[k].is_word for k in range(i + 1, to)) or s.lower(i + 1) in ("it", "them", "him", "her", "us"):
                continue
        if s.lower(to) != "to" and not (s.lower(to) == "in" and to == i + 1):
            continue
        total = s.at(to + 1)
        if total is None or total.approx or total.in_range or not total.value:
            continue

        rate = s.lower(total.last + 1) in _RATE_WORDS  # "to ₹7 per share": a sum of rates ("₹4.50 per share")

        def parts_of(sentence: Sentence, lo: int, end: int, rated: bool = rate) -> list[Amount]:
            # ("a final dividend of ₹4.50 per share of face value ₹2": the share's denomination is no part)
            # ("Tariqul (58 not out) and Arifur (41 not out) played out the day": a player's own score in brackets is no part)
            return [a for a in sentence.amounts if lo <= a.first and a.last < end and a.unit == total.unit and not (a.approx or a.in_range or a.spelled)
                    and (sentence.lower(a.last + 1) in _RATE_WORDS) == rated and sentence.lower(a.first - 1) != "value"
                    and _named_of(sentence, a) not in _DIFFERENCE_NOUNS  # "212 votes to 187, a margin of 25": a difference, no part
                    # ("monthly pay of Sh48,000, amounting to Sh480,000": a rate the figure after it comes to)
                    and not (sentence.lower(a.last + 1) == "," and sentence.lower(a.last + 2) in ("amounting", "totalling", "totaling", "coming"))
                    and not (sentence.lower(a.first - 1) == "(" and sentence.lower(a.last + 1) in (")", "not"))
                    # ("Resident licences fell to 312,450 from 318,700": the level it fell from is no part)
                    and not (sentence.lower(a.first - 1) == "from" and any(sentence.lower(b.first - 1) == "to" for b in sentence.amounts if b is not a))]

        here = parts_of(s, s.lo, i)
        before = parts_of(prior, prior.lo, prior.hi) if prior is not None and not _partial(prior) else []
        if s.lower(i) in _SUM_TO and not {s.lower(k) for k in range(s.lo, i)} & _SUMMED_BEFORE:
            before = []  # "Profit before tax came to GH¢941.2 million": a thing of its own, not the figures of the sentence before
        named_total = next((s.lower(k + 1) for k in range(s.lo, i - 1) if s.lower(k) == "total" and s.tokens[k + 1].kind == WORD), None)
        if s.lower(i) in _SUM_TO and prior is not None and named_total and named_total not in FUNCTION_WORDS and named_total not in prior.lowers:
            before = []  # "Total expenditure came to ₹50,914 crore" after "taking total income to ₹49,730 crore": another total
        if rate:
            # "Together with the interim dividend of Rs 2.50 paid in November, this takes the payout to Rs 7 per share"
            # after "a final dividend of Rs 4.50 per share": a part named as the rates are is one without its "per share"
            named = {_named_of(x, a) for x, parts in ((s, here), (prior, before)) for a in parts} - {None}
            here += [a for a in parts_of(s, s.lo, i, False) if _named_of(s, a) in named]
        comma = total.last + 1 + 2 * rate
        if s.lower(comma) == "," and s.lower(comma + 1) in ("including", "with", "plus"):
            # "taking the total to ₹7 per share, including the interim dividend of ₹3 per share": a part named after it
            here += parts_of(s, comma + 2, next((k for k in range(comma + 2, s.hi) if s.lower(k) in (",", ";")), s.hi))[:1]
        if total.unit is None and here:
            # "212 firefighters …, supported by 14 helicopters. Another 45 firefighters …, which will bring the total to
            # 257": counts of another noun than the last part's are not in its sum
            noun = next((n for n in map(lambda a: _counted(s, a), reversed(here)) if n), None)  # "180 beds … and 150 at Brook": beds
            here = [a for a in here if _counted(s, a) in (noun, None)]
            before = [a for a in before if _counted(prior, a) in (noun, None)]
        # "won 781 votes to 594. Fourteen ballots were spoilt, bringing the total cast to 1,389": a count in words left
        # out of the sum may be the part that makes it add up
        in_words = sum(a.value for a in s.amounts if s.lo <= a.first and a.last < i and a.spelled and a.unit == total.unit and not a.approx)
        for parts in (here, before + here):
            written = sum(p.value for p in parts)
            if len(parts) < 2:
                continue  # one figure is not a sum
            if any(abs(w - total.value) < 0.5 or abs(w - total.value) <= 0.005 * total.value for w in {written, written + in_words}):
                break  # they add up (₹7.50 is no rounding of ₹7)
            if abs(written - total.value) < total.value / 6:
                out.append((total, f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts, total)}, not {total.text}."))
                break
    return out


_DIFFERENCE_NOUNS = frozenset({"margin", "majority", "difference", "gap", "lead"})


def _named_of(s: Sentence, a: Amount) -> str | None:
    """The noun an amount is given "of" ("dividend" in "the interim dividend of Rs 2.50"), or None."""
    return s.lower(a.first - 2) if s.lower(a.first - 1) == "of" and s.tokens[a.first - 2].kind == WORD else None


def _counted(s: Sentence, a: Amount) -> str | None:
    """The noun a count counts, as the annotation read it, or None."""
    return next((q.thing for q in s.ab.quantities if q.amount is a), None)


def _averages(s: Sentence) -> list[tuple[Amount, str]]:
    """An average stated beside its total and its count ("shipped 18.6 million devices … across its four sales regions,
    an average of about 5.1 million per region": 18.6 million over 4 is 4.65 million)."""
    out = []
    for avg in s.amounts:
        j = avg.first - 1
        while j > s.lo and (s.lower(j) in _APPROX or s.lower(j) in ("a", "little", "bit")):
            j -= 1  # "an average of about 5.1 million", "of a little over 56"
        if not (s.lower(j) == "of" and s.lower(j - 1) == "average") or avg.in_range:
            continue
        k = avg.last + 1
        if s.lower(k) not in ("per", "a", "an", "each", "for"):
            continue
        k += 1 + (s.lower(k) == "for" and s.lower(k + 1) == "each")
        noun = singular(s.lower(k))
        if not noun or s.tokens[k].kind != WORD:
            continue
        # "22 weekdays" … "a day"; "21,000 permanent employees" … "a worker": people counted by either word
        counts = [c for c in s.amounts if c.last < avg.first and c.unit is None and not c.in_range and c.value == int(c.value) and 1 < c.value
                  and any(singular(s.lower(m)).endswith(noun) or any(noun in kind and singular(s.lower(m)) in kind for kind in _ONE_COUNT)
                          for m in range(c.last + 1, min(c.last + 4, s.hi)))]
        if len(counts) != 1 or counts[0].approx:
            continue
        n = counts[0]
        totals = [t for t in s.amounts if t is not n and t.last < avg.first and t.unit == avg.unit and t.value > avg.value and not t.in_range]
        if len(totals) != 1 or totals[0].approx:
            continue
        total = totals[0]
        actual = total.value / n.value
        written = f"{actual:.10g}".replace(".", "").lstrip("0")
        if agree(actual, avg.value, written, avg.digits) or (avg.approx and abs(actual - avg.value) <= 0.05 * actual):
            continue
        out.append((avg, f"{total.text} over {n.text} is {_fmt_like(actual, [avg]) if avg.unit else _fmt(actual)} each, not {avg.text}."))
    return out


def _each_of_the_count(s: Sentence) -> list[tuple[Amount, str]]:
    """A sum given "for each of" a count, beside the one total of its currency in the sentence ("With annual income of
    £1.02bn, the trust spends roughly £1,800 for each of the 640,000 people in its catchment": £1,594)."""
    out = []
    for each in s.amounts:
        k = each.last + 1
        if each.unit is None or each.in_range or not s.phrase(k, ("for", "each", "of")):
            continue
        k += 3 + (s.lower(k + 3) in ("the", "its", "their", "our", "his", "her"))
        n = s.at(k)
        if n is None or n.unit is not None or n.approx or n.in_range or n.value < 2:
            continue
        totals = [t for t in s.amounts if t is not each and t.unit == each.unit and t.value > each.value and not t.in_range]
        if len(totals) != 1 or totals[0].approx:
            continue
        total = totals[0]
        actual = total.value / n.value
        written = f"{actual:.10g}".replace(".", "").lstrip("0")
        if agree(actual, each.value, written, each.digits) or abs(actual - each.value) <= (0.06 if each.approx else 0.01) * actual:
            continue
        out.append((each, f"{total.text} over {n.text} is {_fmt_like(actual, [each])} each, not {each.text}."))
    return out


_TITLES = frozenset("mr mrs ms miss dr sir dame".split())
# the words of a rate per person, any of which counts the same people ("21,000 employees, … R300,000 a worker")
_PER_HEAD = frozenset("worker employee person people head member staff".split())
# the nouns an average may be counted by either of: "seven home league games" … "an average of 1,045 a match"
_PER_MATCH = frozenset("game match fixture".split())
_ONE_COUNT = (_PER_HEAD, _PER_MATCH)


def _name_at(tokens, k: int) -> str | None:
    """The surname a capitalised word at k is ("Boyd", "Boyd's"), not a title or a sentence's first word."""
    if k < 1 or tokens[k].kind != WORD or not tokens[k].text[:1].isupper() or tokens[k].lower in _TITLES:
        return None
    if tokens[k - 1].sentence != tokens[k].sentence and tokens[k - 1].lower not in _TITLES:
        return None
    return tokens[k].text.removesuffix("'s").removesuffix("\u2019s").lower()


def _first_count_after(annotation, name: str, until) -> Amount | None:
    """The first plain count the article gives a surname: after a mention of it, in the same sentence, before `until`."""
    for ab in annotation.prose:
        tokens = ab.tokens
        limit = until[1] if ab is until[0] else len(tokens)
        for k, t in enumerate(tokens[:limit]):
            if t.kind == WORD and t.text.removesuffix("'s").removesuffix("\u2019s").lower() == name and t.text[:1].isupper():
                found = next((a for a in ab.amounts if k < a.first < limit and tokens[a.first].sentence == t.sentence and a.unit is None
                              and a.compound is None and not a.approx and not a.in_range and not tokens[a.first].quoted), None)
                if found is not None:
                    return found  # the first mention that gives a count
        if ab is until[0]:
            return None
    return None


def _noun_after(tokens, a: Amount, reach: int = 8) -> str | None:
    """The plural noun a figure counts, within a few words after it ("143 yards", "231 of the Falcons' 286 rushing yards")."""
    for k in range(a.last + 1, min(len(tokens), a.last + 1 + reach)):
        t = tokens[k]
        if t.sentence != tokens[a.last].sentence:
            return None
        if t.kind == NUMBER or t.text in ("'", "\u2019"):
            continue  # "of the Falcons' 286 rushing yards"
        if t.kind != WORD:
            return None
        if t.lower.endswith("s") and not t.text[:1].isupper() and t.lower not in FUNCTION_WORDS and not t.lower.endswith(("'s", "\u2019s")):
            return t.lower
    return None


def _combined_of_named(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A total two or more named people make "combined" or "together" ("Jenkins and Ellis combined for 231 of the Falcons'
    286 rushing yards") against the figure of that noun the article gave each of them first ("Jenkins ran for 143 yards",
    "Ellis added 98 yards"): 241."""
    out = []
    surnames, blocks_of = None, None
    for ab in annotation.prose:
        tokens = ab.tokens
        for k, t in enumerate(tokens):
            if t.lower not in ("combined", "together") or t.quoted:
                continue
            names, j = [], k - 1
            while j >= 0:
                name = _name_at(tokens, j)
                if name is None and tokens[j].kind == WORD and tokens[j].text[:1].isupper():
                    # "Jenkins and Ellis combined …": a sentence's first word is a name when the article names a person so
                    if surnames is None:  # the surnames of the article's full names ("Tavon Okafor ran for 131 yards")
                        surnames = {m.surname.lower() for ns in annotation.people.people.names for m in ns if m.given}
                    name = tokens[j].lower if tokens[j].lower in surnames else None
                if name is None:
                    break
                names.append(name)
                if j >= 2 and tokens[j - 1].lower in ("and", "&", ","):
                    j -= 2
                else:
                    break
            if len(names) < 2 or len(set(names)) != len(names):
                continue
            total = next((a for a in ab.amounts if k < a.first <= k + 3 and not (a.approx or a.in_range)), None)
            noun = _noun_after(tokens, total) if total is not None else None
            if noun is None:
                continue
            parts = [_first_count_after(annotation, name, (ab, j)) for name in names]
            if any(p is None for p in parts):
                continue
            if blocks_of is None:  # each figure's paragraph, to read the noun it counts
                blocks_of = {id(a): x for x in annotation.prose for a in x.amounts}
            if any(_noun_after(blocks_of[id(p)].tokens, p) != noun for p in parts):
                continue
            written = sum(p.value for p in parts)
            if abs(written - total.value) > 0.5:
                out.append((ab, total, f"{' + '.join(p.text for p in reversed(parts))} is {_fmt(written)}, not {total.text}."))
    return out


def _margins_stated(annotation):
    """Each plain count the prose gives as a lead, majority or margin ("a lead of 543", "Shikongo's majority of 945")."""
    for ab in annotation.prose:
        tokens = ab.tokens
        for m in ab.amounts:
            k = m.first
            if m.unit is None and not (m.approx or m.in_range or tokens[k].quoted) and k >= 2 and tokens[k - 1].lower == "of" and tokens[k - 2].lower in ("lead", "majority", "margin"):
                yield ab, m


def _leads_of_named(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A lead stated apart from its counts ("That gave Mr Mulholland a first-preference lead of 543 over Mrs Boyd"), against
    the first count the article gives each of the two, after their first mention (2,914 and 2,471: a lead of 443)."""
    out = []
    for ab, m in _margins_stated(annotation):
        tokens, k = ab.tokens, m.first
        j = m.last + 1
        if j >= len(tokens) or tokens[j].lower != "over":
            continue
        j += 1 + (j + 1 < len(tokens) and tokens[j + 1].lower in _TITLES)
        loser = _name_at(tokens, j) if j < len(tokens) else None
        leader = next((n for i in range(k - 3, -1, -1) if tokens[i].sentence == tokens[k].sentence and (n := _name_at(tokens, i))), None)
        if loser is None or leader is None or loser == leader:
            continue
        x = _first_count_after(annotation, leader, (ab, k))
        y = _first_count_after(annotation, loser, (ab, k))
        if x is None or y is None or x is y or min(x.value, y.value) <= m.value:
            continue
        if abs(abs(x.value - y.value) - m.value) > 0.5:
            out.append((ab, m, f"{x.text} less {y.text} is {_fmt(abs(x.value - y.value))}, not {m.text}."))
    return out


_BEHIND_OR_AHEAD = frozenset("behind ahead adrift".split())
_FINISHED = frozenset("finished finishing ended ending lost won final finally".split())  # the result, not a count on the way


def _counterpart(ab: AnnotatedBlock, a: Amount) -> Amount | None:
    """The count a sentence sets a candidate's against: "8,412 votes to Ortega's 8,187" (either way round)."""
    tokens = ab.tokens
    same = [b for b in ab.amounts if b is not a and tokens[b.first].sentence == tokens[a.first].sentence and b.unit is None and not b.in_range]
    before = [b for b in same if b.last < a.first and any(tokens[k].lower == "to" for k in range(b.last + 1, a.first)) and a.first - b.last <= 5]
    after = [b for b in same if b.first > a.last and tokens[a.last + 1].lower in ("to", "votes") and b.first - a.last <= 5
             and any(tokens[k].lower == "to" for k in range(a.last + 1, b.first))]
    found = before[-1:] + after[:1]
    return found[0] if len(found) == 1 else None


def _margins_behind(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A candidate's margin told as a distance in a sentence of the result ("Ortega, who finished 245 votes behind",
    "Whitfield finished 245 votes ahead of Ortega"), against the count the article last gave the candidate and the one it
    set against it ("Whitfield finished with 8,412 votes to Ortega's 8,187": 225), or the count of the one named after
    "behind" or "ahead of"."""
    out = []
    for ab in annotation.prose:
        tokens = ab.tokens
        for m in ab.amounts:
            j = m.last + 1
            if m.unit is not None or m.approx or m.in_range or tokens[m.first].quoted or j + 1 >= len(tokens) \
                    or tokens[j].lower not in ("votes", "vote") or tokens[j + 1].lower not in _BEHIND_OR_AHEAD:
                continue
            sentence = tokens[m.first].sentence
            if not {t.lower for t in tokens if t.sentence == sentence} & _FINISHED:
                continue  # "was 1,200 votes behind with 80 per cent counted": a running count, not the result
            # whose: the nearest capitalised word before, in the sentence (its first word too: "Ortega, who finished …")
            subject = next((t.text.removesuffix("'s").removesuffix("\u2019s").lower() for t in reversed(tokens[: m.first])
                            if t.sentence == sentence and t.kind == WORD and t.text[:1].isupper() and t.lower not in _TITLES), None)
            if subject is None:
                continue
            x = _last_count_before(annotation, subject, (ab, m.first))
            if x is None:
                continue
            k = j + 2 + (j + 2 < len(tokens) and tokens[j + 2].lower == "of")
            while k + 1 < len(tokens) and tokens[k].is_word and tokens[k].capitalised and tokens[k + 1].is_word and tokens[k + 1].capitalised:
                k += 1  # "ahead of Democrat Priya Natarajan": the run's last word is the surname
            other = _name_at(tokens, k) if k < len(tokens) and tokens[k].sentence == sentence else None
            if other is not None and other != subject:
                # the count given the other before, or after in this sentence ("…, who had 52,306")
                end = next((i for i in range(k, len(tokens)) if tokens[i].sentence != sentence), len(tokens))
                found = _last_count_before(annotation, other, (ab, end))
                y = found[1] if found is not None else None
            else:
                y = _counterpart(*x)
            if y is None or y is x[1] or min(x[1].value, y.value) <= m.value:
                continue
            if abs(abs(x[1].value - y.value) - m.value) > 0.5:
                big, small = max(x[1], y, key=lambda a: a.value), min(x[1], y, key=lambda a: a.value)
                out.append((ab, m, f"{big.text} less {small.text} is {_fmt(big.value - small.value)}, not {m.text}."))
    return out


_BEATING = frozenset("beat beats beating defeated defeating outpolled outpolling edged edging".split())


def _margins_of_beaten(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A winner's margin told by the verb of beating ("Joseph Maina is declared governor-elect, beating Gitau by 7,623
    votes"), against the last count the article gave each of the two before it (a live blog's final tally, "Joseph
    Ndung'u Maina (UDA): 71,482" … "Catherine Wambui Gitau (DCP): 64,219": 7,263). Both counts must be in one block or in
    list items a few blocks apart: counts scattered over a story may be running totals of different times."""
    out = []
    prose = annotation.prose
    for ab in prose:
        tokens = ab.tokens
        for m in ab.amounts:
            k = m.first
            if m.unit is not None or m.approx or m.in_range or tokens[k].quoted or k < 3 or tokens[k - 1].lower != "by":
                continue
            if m.last + 1 >= len(tokens) or tokens[m.last + 1].lower not in ("votes", "vote"):
                continue
            j = k - 2
            while j > 0 and tokens[j].kind == WORD and tokens[j].text[:1].isupper() and tokens[j - 1].kind == WORD and tokens[j - 1].text[:1].isupper():
                j -= 1  # "beating Catherine Gitau": the name's last word is the surname
            loser = _name_at(tokens, k - 2)
            if loser is None or j < 1 or tokens[j - 1].lower not in _BEATING:
                continue
            verb = j - 1
            # the leader is the sentence's subject: the first run of capitalised words, by its last word ("Joseph Maina is …")
            first = verb
            while first > 0 and tokens[first - 1].sentence == tokens[k].sentence:
                first -= 1
            run = first
            while run + 1 < verb and tokens[run + 1].kind == WORD and tokens[run + 1].text[:1].isupper():
                run += 1
            leader = _name_at(tokens, run) if run > first else None
            given = tokens[first].text if run - first >= 1 else None
            if (leader is None or leader == loser) and verb >= 1 and tokens[verb - 1].kind == WORD and tokens[verb - 1].text[:1].isupper():
                # "Final tallies showed Dr Nzioki defeating Mr Musyoka by 45,151 votes": the name just before the verb
                leader, given = _name_at(tokens, verb - 1), None
            if leader is None or leader == loser:
                continue
            x = _last_count_before(annotation, leader, (ab, verb), given)
            y = _last_count_before(annotation, loser, (ab, verb))
            if x is not None and y is not None and (x[1] is y[1] or prose.index(x[0]) != prose.index(y[0])
                                                    and not (x[0].block.kind is y[0].block.kind is BlockKind.LIST_ITEM and abs(prose.index(x[0]) - prose.index(y[0])) <= 4)):
                # the votes each was first given, in two paragraphs side by side, are the one result ("after polling 287,416
                # votes" … "Musyoka …, who received 241,905 votes")
                x, y = _first_votes(annotation, leader, (ab, verb)), _first_votes(annotation, loser, (ab, verb))
            if x is None or y is None or x[1] is y[1] or min(x[1].value, y[1].value) <= m.value:
                continue
            bx, by = prose.index(x[0]), prose.index(y[0])
            if bx != by and not (x[0].block.kind is y[0].block.kind is BlockKind.LIST_ITEM and abs(bx - by) <= 4) and abs(bx - by) != 1:
                continue
            if abs(abs(x[1].value - y[1].value) - m.value) > 0.5:
                out.append((ab, m, f"{x[1].text} less {y[1].text} is {_fmt(abs(x[1].value - y[1].value))}, not {m.text}."))
    return out


def _first_votes(annotation, name: str, until) -> tuple[AnnotatedBlock, Amount] | None:
    """The first count of votes the article gives a surname before `until`, with its block, or None."""
    count = _first_count_after(annotation, name, until)
    if count is None:
        return None
    ab = next(ab for ab in annotation.prose if any(a is count for a in ab.amounts))
    return (ab, count) if count.last + 1 < len(ab.tokens) and ab.tokens[count.last + 1].lower in ("votes", "vote") else None


def _last_count_before(annotation, name: str, until, given: str | None = None) -> tuple[AnnotatedBlock, Amount] | None:
    """The last plain count the article gives a surname before `until`: the first after a mention of it, in its sentence.
    With a first name, a mention under another first name is another person's ("Esther Maina" is not Joseph Maina)."""
    found = None
    for ab in annotation.prose:
        tokens = ab.tokens
        limit = until[1] if ab is until[0] else len(tokens)
        for k, t in enumerate(tokens[:limit]):
            if t.kind == WORD and t.text.removesuffix("'s").removesuffix("\u2019s").lower() == name and t.text[:1].isupper():
                start = k
                while start > 0 and tokens[start - 1].kind == WORD and tokens[start - 1].text[:1].isupper() and tokens[start - 1].sentence == t.sentence:
                    start -= 1
                if given is not None and start < k and tokens[start].text != given:
                    continue
                count = next((a for a in ab.amounts if k < a.first < limit and tokens[a.first].sentence == t.sentence and a.unit is None
                              and a.compound is None and not a.approx and not a.in_range and not tokens[a.first].quoted), None)
                if count is not None:
                    found = (ab, count)
        if ab is until[0]:
            break
    return found


# what a side's total follows: "South Africa made 312", "India replied with 330", "were all out for 231"
_TOTAL_BEFORE = frozenset("made scored posted amassed managed reached totalled totaled".split())
_TOTAL_BEFORE_TWO = frozenset({("replied", "with"), ("out", "for"), ("answered", "with")})


def _lead_of_two_totals(s: Sentence) -> list[tuple[Amount, str]]:
    """A lead a sentence gives with the two totals that make it ("South Africa made 312, built around a patient 104 from
    their captain, and India replied with 330 to take a slender lead of 28": 18). The totals are the sentence's two counts
    written after a verb of making a total, before the lead; no other lead in the sentence."""
    totals = [a for a in s.amounts if a.unit is None and not (a.approx or a.in_range or a.spelled)
              and (s.lower(a.first - 1) in _TOTAL_BEFORE or (s.lower(a.first - 2), s.lower(a.first - 1)) in _TOTAL_BEFORE_TWO)]
    leads = [a for a in s.amounts if a.unit is None and s.lower(a.first - 1) == "of" and s.lower(a.first - 2) == "lead"]
    if len(totals) != 2 or len(leads) != 1 or not totals[1].last < leads[0].first or leads[0].approx:
        return []
    lead, (first, second) = leads[0], totals
    actual = abs(second.value - first.value)
    if actual == lead.value or actual == 0:
        return []
    return [(lead, f"{second.text} against {first.text} is a lead of {_fmt(actual)}, not {lead.text}.")]


def _leads_of_totals(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A lead a sentence says the one before gave ("Somerset were eventually all out for 401 …" "That gave the hosts a
    first-innings lead of 79"), against the count of the sentence before written with the same two words before it as
    exactly one earlier count ("all out for 401" … "were bowled out for 312"): 89."""
    out = []
    counts: list[tuple[tuple[int, int], tuple[str, str], Amount]] = []  # (order of its sentence, the two words before, the count)
    order: dict[tuple[int, int], int] = {}  # (block, sentence) -> the sentence's place in the article
    for ab in annotation.prose:
        tokens = ab.tokens
        for t in tokens:
            order.setdefault((id(ab), t.sentence), len(order))
        for a in ab.amounts:
            if a.unit is None and not (a.approx or a.in_range or a.spelled or tokens[a.first].quoted) and a.first >= 2:
                counts.append((order[(id(ab), tokens[a.first].sentence)], (tokens[a.first - 2].lower, tokens[a.first - 1].lower), a))
    for ab, m in _margins_stated(annotation):
        tokens, k = ab.tokens, m.first
        first = k
        while first > 0 and tokens[first - 1].sentence == tokens[k].sentence:
            first -= 1
        if tokens[first].lower not in ("that", "this", "it") or tokens[first + 1].lower not in ("gave", "left", "put", "handed", "earned"):
            continue
        here = order[(id(ab), tokens[k].sentence)]
        if any(c[0] == here and c[2] is not m for c in counts):
            continue  # the sentence gives its own counts
        pairs = []
        for place, words, total in (c for c in counts if c[0] == here - 1 and c[1][1] in ("for", "on", "of", "at", "to")):
            same = [c[2] for c in counts if c[0] < here - 1 and c[1] == words and c[2].value != total.value]
            if len(same) == 1:
                pairs.append((total, same[0]))
        if len(pairs) != 1:
            continue
        total, other = pairs[0]
        if min(total.value, other.value) > m.value and abs(abs(total.value - other.value) - m.value) > 0.5:
            out.append((ab, m, f"{total.text} less {other.text} is {_fmt(abs(total.value - other.value))}, not {m.text}."))
    return out


def _count_of_named(annotation, name: str, skip) -> tuple[AnnotatedBlock, Amount] | None:
    """The one count of votes the article gives a surname: the first plain count after a mention of it in the same
    sentence, anywhere in the article, sentences that give a majority or lead (`skip`) left out; None when there is no
    such count or more than one value."""
    found = {}
    for ab in annotation.prose:
        tokens = ab.tokens
        for k, t in enumerate(tokens):
            if t.kind != WORD or not t.text[:1].isupper() or t.quoted or t.text.removesuffix("'s").removesuffix("\u2019s").lower() != name:
                continue
            if (id(ab), t.sentence) in skip:
                continue
            a = next((a for a in ab.amounts if k < a.first and tokens[a.first].sentence == t.sentence and a.unit is None
                      and a.compound is None and not a.approx and not a.in_range and not tokens[a.first].quoted), None)
            if a is not None and any(q.amount is a and q.thing == "vote" for q in ab.quantities):
                found.setdefault(a.value, (ab, a))
    return next(iter(found.values())) if len(found) == 1 else None


_DIED = frozenset("died dies dead death".split())


def _age_at_death(annotation, published) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """An age at death that the year of birth contradicts ("has died aged 89" … "Born in the village in 1934" in a
    piece of 2026: 91 or 92). Only an article with one age at death ("died aged", "dies at") and one year of birth
    ("born … in 1934"), outside quotes; the death is in the year its sentence names, else the publication's; and only
    an age within five years of the reckoning (a far one is someone else's birth: a son "born in 1960")."""
    deaths, births = [], []
    for ab in annotation.prose:
        tokens = ab.tokens
        for q in ab.quantities:
            a = q.amount
            if q.unit != "age" or q.quoted or a.first < 2:
                continue
            if tokens[a.first - 1].lower in ("aged", "at") and tokens[a.first - 2].lower in _DIED:
                deaths.append((ab, a))
        for k, t in enumerate(tokens):
            if t.lower != "born" or t.quoted:
                continue
            year = next((m for m in range(k + 1, min(len(tokens), k + 9)) if tokens[m].sentence == t.sentence and tokens[m].kind == NUMBER
                         and len(tokens[m].text) == 4 and tokens[m].text.isdigit() and 1800 <= int(tokens[m].text) <= 2100), None)
            if year is not None:
                births.append(int(tokens[year].text))
    if len(deaths) != 1 or len(set(births)) != 1 or len(births) != 1:
        return []
    ab, a = deaths[0]
    sentence = ab.tokens[a.first].sentence
    years = {int(phrase) for i, phrase in ab.time_marks if ab.tokens[i].sentence == sentence and phrase.isdigit()}
    died = next(iter(years)) if len(years) == 1 else (published.year if published is not None and not years else None)
    if died is None:
        return []
    born = births[0]
    low, high = died - born - 1, died - born
    if low <= a.value <= high or not (low - 5 <= a.value <= high + 5):
        return []
    return [(ab, a, f"Born in {born} and dead in {died}, the age is {low} or {high}, not {_fmt(a.value)}.")]


_MAX_MAJORITIES = 12  # each looks its winner up across the article: a results table of hundreds stays linear


_RUN_RESULTS = frozenset("win victory defeat loss triumph margin success thrashing hammering".split())
_INNINGS_POSTED = frozenset("post posted posting posts made make making amass amassed amassing compile compiled compiling scored scoring totalled totaled reach reached reaching set piled racked".split())
_ALL_OUT = (("dismissed", "for"), ("out", "for"))  # "were dismissed for 241", "bowled out for 241", "all out for 241"


def _run_margins(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A win by runs written apart from the two innings ("The 52-run victory") against the one total the side batting
    first posted ("Pakistan posted 287 for seven") and the one total the other side was dismissed for ("South Africa were
    dismissed for 241"): 46 runs, unless the article also writes that margin. Scores along the way ("from 64 for two to
    182 for three"; "reached 58 for one in the powerplay", below the losers' total) are no innings' total, and an article
    giving two totals of either kind (a round-up, two matches) is left alone."""
    posted: set[float] = set()
    dismissed: set[float] = set()
    stated: set[float] = set()
    targets: set[float] = set()
    margins = []
    for ab in annotation.prose:
        tokens = ab.tokens
        for a in ab.amounts:
            if a.unit is not None or a.approx or a.in_range or tokens[a.first].quoted:
                continue
            before = (tokens[a.first - 2].lower if a.first >= 2 else "", tokens[a.first - 1].lower if a.first else "")
            k = a.last + 1
            while k < len(tokens) and tokens[k].lower in ("-", "\u2010", "run", "runs"):
                k += 1  # "52-run victory": the joined word, then what it sizes
            if a.compound in ("run", "runs") and k < len(tokens) and tokens[k].lower in _RUN_RESULTS:
                margins.append((ab, a))
            elif a.compound is None and before[1] == "by" and a.last + 1 < len(tokens) and tokens[a.last + 1].lower == "runs":
                stated.add(a.value)  # "beat Lahore Whites by 36 runs"
            elif a.compound is None and (before in _ALL_OUT or k + 1 < len(tokens) and (tokens[k].lower, tokens[k + 1].lower) == ("all", "out")):
                dismissed.add(a.value)  # "dismissed for 241", "South Africa 241 all out"
            elif a.compound is None and before[1] in _INNINGS_POSTED and a.last + 2 < len(tokens) and tokens[a.last + 1].lower == "for":
                posted.add(a.value)  # "posted 287 for seven": a total and its wickets
            elif a.compound is None and before[1] == "set" and a.last + 2 < len(tokens) and (tokens[a.last + 1].lower, tokens[a.last + 2].lower) == ("to", "win"):
                targets.add(a.value)  # "set 326 to win": the runs the side batting first made, and one
    target = None
    if not posted and len(targets) == 1:
        target = next(iter(targets))
        posted = {target - 1}  # a target set is one run more than the winners' runs over both innings
    if len(dismissed) == 1:
        # a score below the losers' total ("reached 58 for one in the powerplay") is one along the way, not the winners' total
        posted = {p for p in posted if p > next(iter(dismissed))}
    if len(posted) != 1 or len(dismissed) != 1:
        return []
    first, second = next(iter(posted)), next(iter(dismissed))
    if first <= second or first - second in stated | {m.value for _, m in margins}:
        return []  # the right margin written too: the wrong one is a figure given two values (number-conflict's)
    out = []
    for ab, m in margins:
        if abs(first - second - m.value) > 0.5 and 0.5 <= m.value / (first - second) <= 2:
            told = f"Set {_fmt(target)} to win and out for {_fmt(second)}, the chase fell {_fmt(first - second)} runs short ({_fmt(first)} less {_fmt(second)})" \
                if target is not None else f"{_fmt(first)} less {_fmt(second)} is {_fmt(first - second)} runs"
            out.append((ab, m, f"{told}, not {_fmt(m.value)}."))
    return out


# a winner's margin told over the runner-up, its size set off after ("Ms Wandera's cushion over her nearest challenger –
# 2,625 ballots –"): the margin's noun
_MARGIN_OVER = frozenset("majority margin lead cushion".split())
_MARGIN_OVER_REACH = 8  # tokens from the noun to the size


def _margins_over(annotation):
    """Each plain count given as a named winner's margin over the one behind, set off after it: (block, count, owner)."""
    for ab in annotation.prose:
        tokens = ab.tokens
        for m in ab.amounts:
            k = m.first
            if m.unit is not None or m.approx or m.in_range or tokens[k].quoted or k < 4 or tokens[k - 1].text not in ("\u2013", "\u2014", ":", "-"):
                continue
            for n in range(k - 2, max(0, k - _MARGIN_OVER_REACH), -1):
                if tokens[n].sentence != tokens[k].sentence or tokens[n].kind != WORD:
                    break
                if tokens[n].lower in _MARGIN_OVER and tokens[n + 1].lower == "over" and n > 0:
                    owner = tokens[n - 1]
                    if owner.text[:1].isupper() and owner.lower.endswith(("'s", "\u2019s")):
                        yield ab, m, owner.lower[:-2]
                    break


def _majorities_of_named(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A winner's majority stated apart from the result ("Shikongo's majority of 945", in a live blog's later entry),
    against the one count of votes the article gives the winner and the largest other count of votes in the result's
    paragraph ("Martha Shikongo … with 4 812 votes. Ester Hamutenya … received 3 967 votes": 845). A year written
    nearest the majority dates it to another election, and the check stays quiet."""
    wanted = []
    skip = set()
    for ab, m in _margins_stated(annotation):
        tokens, k = ab.tokens, m.first
        if k < 3:
            continue
        skip.add((id(ab), tokens[k].sentence))
        owner = tokens[k - 3]
        if owner.lower in _MARGIN_SIZES and k >= 4:
            owner = tokens[k - 4]  # "Patil's winning margin of 15,607"
        if owner.kind == WORD and owner.text[:1].isupper() and owner.lower.endswith(("'s", "\u2019s")) and owner.sentence == tokens[k].sentence:
            wanted.append((ab, m, owner.lower[:-2]))
    for ab, m, owner_name in _margins_over(annotation):
        skip.add((id(ab), ab.tokens[m.first].sentence))
        wanted.append((ab, m, owner_name))
    for ab in annotation.prose:
        tokens = ab.tokens
        for m in ab.amounts:
            k = m.first
            # "Fortier's 824-vote margin": a winner's majority joined to its noun
            if m.compound in ("vote", "votes") and m.last + 1 < len(tokens) and tokens[m.last + 1].lower in ("margin", "majority", "lead") \
                    and k >= 1 and tokens[k - 1].kind == WORD and tokens[k - 1].text[:1].isupper() and tokens[k - 1].lower.endswith(("'s", "\u2019s")) \
                    and not (m.approx or m.in_range or tokens[k].quoted):
                skip.add((id(ab), tokens[k].sentence))
                wanted.append((ab, m, tokens[k - 1].lower[:-2]))
    out = []
    held_by: dict[str, tuple | None] = {}
    for ab, m, name in wanted[:_MAX_MAJORITIES]:
        sentence = ab.tokens[m.first].sentence
        marks = [i for i, phrase in ab.time_marks if ab.tokens[i].sentence == sentence and phrase[:1].isdigit()]
        near = [a for a in ab.amounts if ab.tokens[a.first].sentence == sentence]
        if any(min(near, key=lambda a: abs(a.first - i)) is m for i in marks):
            continue  # "his majority of 2,000 in 2019": another election's
        if name not in held_by:
            held_by[name] = _count_of_named(annotation, name, skip)
        held = held_by[name]
        if held is None:
            continue
        rab, x = held
        others = [q.amount for q in rab.quantities if q.thing == "vote" and q.unit == "count" and q.amount is not x and not q.quoted
                  and not q.amount.approx and not q.amount.in_range and q.amount.value < x.value]
        if not others:
            # "Obura came second with 15,907, while Were finished a distant third with 6,118": the plain counts of the result's
            # paragraph, the votes left unsaid
            others = [a for a in rab.amounts if a.unit is None and a.compound is None and a is not x and not (a.approx or a.in_range or a.spelled)
                      and not rab.tokens[a.first].quoted and len(a.digits) >= 3 and a.value < x.value]
        if not others:
            others = _listed_counts_after(annotation, rab, x)
        if not others:
            continue
        y = max(others, key=lambda a: a.value)
        if not 0.5 <= m.value / max(x.value - y.value, 0.5) <= 2:
            continue  # far off: a majority of something else
        if abs(x.value - y.value - m.value) > 0.5:
            written = m.text[: -len(m.compound) - 1] if m.compound and m.text.endswith(m.compound) else m.text  # "824-vote": 824
            out.append((ab, m, f"{x.text} less {y.text} is {_fmt(x.value - y.value)}, not {written}."))
    return out


def _listed_counts_after(annotation, rab: AnnotatedBlock, x: Amount) -> list[Amount]:
    """The counts of votes of the result lines just after the winner's own ("Akosua Mensah (PPF) – 19,406 votes (50.8%)"
    ¶ "Kwabena Darko (URP) – 16,977 votes (44.4%)"): each a short line with one count of votes, below the winner's."""
    blocks = list(annotation.prose)
    at = next((i for i, ab in enumerate(blocks) if ab is rab), None)
    if at is None or len(rab.tokens) > _RESULT_LINE:
        return []
    counts = []
    for ab in blocks[at + 1 :]:
        votes = [q.amount for q in ab.quantities if q.thing == "vote" and q.unit == "count" and not q.quoted]
        if len(ab.tokens) > _RESULT_LINE or len(votes) != 1 or not ab.tokens[0].capitalised:
            break
        if votes[0].value < x.value and not (votes[0].approx or votes[0].in_range):
            counts.append(votes[0])
    return counts


_RESULT_LINE = 24  # tokens: "Akosua Owusu-Ansah (PPF) – 19,406 votes (50.8%)" is a line of a result, not a sentence of prose
_BALLOTS = frozenset("ballot ballots vote votes".split())


def _shares_of_tally(s: Sentence, tallies: list) -> list[tuple[Amount, str]]:
    """One side of the article's vote given as a share of the ballots ("The 412 yes votes represented about 85% of the
    ballots cast" after a 412-97 vote: 412 of 509 is 80.9%). Spoilt ballots and abstentions can only make the share
    smaller, so only a share larger than the side's part of the two counts is a slip."""
    out = []
    for p in s.amounts:
        if p.unit != "percent" or p.in_range:
            continue
        k = p.last + 1
        if s.lower(k) != "of":
            continue
        k += 1 + (s.lower(k + 1) in ("the", "all"))
        if s.lower(k) not in _BALLOTS:
            continue
        sides = [(a, t) for a in s.amounts if a.unit is None and not a.approx and not a.in_range
                 for _, t in tallies if a.value in (t.first_value, t.second_value)]
        if len(sides) != 1:
            continue
        a, t = sides[0]
        whole = t.first_value + t.second_value
        actual = a.value / whole * 100
        tolerance = 2.5 if p.approx else 0.5 * 10 ** -_decimals(p) + 0.5
        if p.value - actual > tolerance:
            written = f"{s.tokens[p.first - 1].text} {p.text}" if p.approx else p.text
            out.append((p, f"{a.text} of the {whole} votes cast ({t.first_value}-{t.second_value}) is {percent_text(actual)}, not {written}."))
    return out


_ADDING = frozenset("opened added gained hired recruited built acquired bought".split())
_REMOVING = frozenset("closed shut lost shed cut sold dropped".split())


def _net_changes(s: Sentence) -> list[tuple[Amount, str]]:
    """A new level given with the earlier one and every addition and removal between ("opened 38 stores and closed 12
    during the quarter, ending September with 1,146 locations, up from 1,110": 1,110 + 38 - 12 is 1,136)."""
    counts = [a for a in s.amounts if a.unit is None and not a.in_range]
    for i, earlier in enumerate(counts):
        if i == 0 or s.lower(earlier.first - 1) != "from" or s.lower(earlier.first - 2) not in ("up", "down"):
            continue
        now = counts[i - 1]
        if earlier.first - now.last > 8 or any(s.lower(m) in _ADDING | _REMOVING for m in range(now.last + 1, earlier.first)):
            continue  # the new level is the count right before "up from"
        moves = [a for a in counts if a is not now and a is not earlier]
        signs = [1 if s.lower(a.first - 1) in _ADDING else -1 if s.lower(a.first - 1) in _REMOVING else 0 for a in moves]
        if not moves or 0 in signs or any(a.approx for a in (now, earlier, *moves)):
            continue
        if any(_of_people(s, a) != _of_people(s, now) for a in moves):
            continue  # "22 students, up from 21, because the district cut 14 teaching positions": posts, not pupils
        written = earlier.value + sum(sign * a.value for sign, a in zip(signs, moves))
        if abs(written - now.value) > 0.5:
            steps = "".join(f" {'+' if sign > 0 else '-'} {a.text}" for sign, a in zip(signs, moves))
            return [(now, f"{earlier.text}{steps} is {_fmt(written)}, not {now.text}.")]
    return []


_NET_NOUNS = frozenset("gain gains loss losses increase decrease rise fall change migration inflow outflow addition additions growth intake".split())


def _net_of_two_flows(s: Sentence) -> list[tuple[Amount, str]]:
    """A net change given with the two flows that make it, and no other figure of their unit ("412 students came in,
    while 287 left, leaving a net gain of 215": 125)."""
    for i in range(s.lo, s.hi - 1):
        if s.lower(i) != "net" or s.lower(i + 1) not in _NET_NOUNS:
            continue
        k = i + 2 + (s.lower(i + 2) == "of")
        net = s.at(k)
        if net is None or net.approx or net.in_range:
            continue
        flows = [a for a in s.amounts if a is not net and a.unit == net.unit and a.last < i]
        if len(flows) != 2 or len([a for a in s.amounts if a.unit == net.unit]) != 3 or any(a.approx or a.in_range for a in flows):
            continue
        big, small = sorted(flows, key=lambda a: -a.value)
        if small.value > 0 and abs(big.value - small.value - net.value) > 0.005 * max(net.value, 1):
            return [(net, f"{big.text} - {small.text} is {_fmt(big.value - small.value)}, not {net.text}.")]
    return []


def _of_people(s: Sentence, a: Amount) -> bool:
    """True when one of the few words after a count names people ("22 students", "14 new staff")."""
    people = s.ab.knowledge.person_nouns
    return any(singular(s.lower(k)) in people for k in range(a.last + 1, min(a.last + 4, s.hi)) if s.tokens[k].kind == WORD)


_PRESENT = frozenset("attended present".split())
_VOTE_SIDES = frozenset("favour favor against abstained abstaining abstention abstentions".split())


def _attendance(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A vote whose sides and abstentions add up to more than the members the sentence before says were there ("All 24
    councillors attended. The motion was carried with 15 votes in favour and eight against, while two councillors
    abstained": 25). Fewer may leave some out (one did not vote), so only an excess is a slip."""
    if prior is None or not prior.lowers & _ALL or not prior.lowers & _PRESENT:
        return []
    present = [a for a in prior.amounts if a.unit is None and not a.approx and not a.in_range]
    if len(present) != 1 or not (prior.lower(present[0].first - 1) in _ALL or prior.lower(present[0].first - 2) in _ALL):
        return []
    sides = [a for a in s.amounts if a.unit is None and not a.approx and not a.in_range
             and any(s.lower(k) in _VOTE_SIDES for k in range(a.last + 1, a.last + 4))]
    if len(sides) < 2 or len(sides) != len([a for a in s.amounts if a.unit is None]):
        return []
    written, whole = sum(a.value for a in sides), present[0]
    if written > whole.value:
        return [(sides[-1], f"{' + '.join(a.text for a in sides)} is {_fmt(written)}, more than the {whole.text} present.")]
    return []


_MAKE_UP = (("make", "up"), ("makes", "up"), ("made", "up"), ("account", "for"), ("accounts", "for"), ("accounted", "for"), ("add", "up", "to"))
_MAKE_UP_FIRST = frozenset(words[0] for words in _MAKE_UP)


def _make_up_previous(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """Parts that a sentence says make up the whole of the sentence before ("Warriors have scored 31 league goals …"
    "Mhlanga's 14, nine from Dube and six shared among the rest of the squad make up the tally"): every figure before
    "make up the tally" (or "the total", "account for the total": the whole nouns of rules/quantities.yaml) is a part,
    and the whole is the one figure of their unit in the sentence before that is larger than each."""
    if prior is None or s.lowers & {"including", "includes", "include"} or any(s.phrase(i, ("among", "them")) for i in range(s.lo, s.hi)):
        return []  # "… shared among the rest" is a part; "among them" lists some
    if not s.lowers & _MAKE_UP_FIRST:
        return []  # no word that opens "make up", "account for", "add up to": no token need be tried
    cue = next((i for i in range(s.lo, s.hi) for words in _MAKE_UP if s.phrase(i, words)), None)
    if cue is None:
        return []
    k = cue + 2 + (s.lower(cue + 2) == "to")
    if s.lower(k) not in ("the", "this", "that", "their", "its") or s.lower(k + 1) not in s.ab.knowledge.whole_nouns:
        return []
    before = [a for a in s.amounts if a.last < cue]
    if not before or len(before) != len(s.amounts):
        return []
    parts = _parts(s, s.lo, cue - 1, before[0].unit)
    if not parts or len(parts) != len(before):
        return []
    wholes = [a for a in prior.amounts if a.unit == parts[0].unit and not a.in_range and a.value > max(p.value for p in parts)]
    if len(wholes) != 1 or wholes[0].approx:
        return []
    whole, written = wholes[0], sum(p.value for p in parts)
    if abs(written - whole.value) <= _sum_slack(whole, parts):
        return []
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {whole.text} of the sentence before.")]


_SPLIT_VERBS = frozenset("split splits divided divides shared spread allocated broken breaks".split())
# what a sentence says a whole comes to: "The capital programme totals $48.6 million."
_TOTALS_TO = (("totals",), ("totalled",), ("totaled",), ("totalling",), ("totaling",), ("total", "of"), ("amounts", "to"), ("comes", "to"),
              ("adds", "up", "to"))


def _list_after_its_total(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A whole the sentence before says something totals and a list in the next sentence that shares it out ("The capital
    programme totals $48.6 million." "Roading takes the largest share at $21.4 million, followed by renewals at $15.2
    million, parks at $6.1 million and the library at $4.9 million": $47.6 million). The whole is that sentence's one
    figure of the unit; every figure of the unit in the list's sentence is a part, each smaller than it. Parts that come
    to less may leave some out, so only a sum over the whole, or one a digit of the whole's off, is reported."""
    if prior is None or len(s.amounts) < 3 or _partial(s) or _partial(prior) or (s.lowers | prior.lowers) & _REST_WORDS:
        return []
    wholes = [a for a in prior.amounts if any(a.first - len(w) >= prior.lo and prior.phrase(a.first - len(w), w) for w in _TOTALS_TO)]
    if len(wholes) != 1 or wholes[0].unit in (None, "percent") or wholes[0].approx or wholes[0].in_range:
        return []
    whole = wholes[0]
    if any(a is not whole and a.unit == whole.unit for a in prior.amounts):
        return []  # "The programme totals $48.6 million, up from $41.2 million": which figure the list shares out is a guess
    parts = _parts(s, s.lo, s.hi - 1, whole.unit)
    if not parts or len(parts) < 3 or len(parts) != sum(1 for a in s.amounts if a.unit == whole.unit) \
            or any(p.approx or p.in_range or p.value >= whole.value for p in parts):
        return []
    written = sum(p.value for p in parts)
    if abs(written - whole.value) <= _sum_slack(whole, parts) or (written < whole.value and not _one_digit_off(written, whole.value)):
        return []
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {whole.text} total of the sentence before.")]


def _breakdown_of_previous(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A sentence opened "By trust," (or "By region,", "By age group,") that breaks the figure before down ("Of those, 98,450
    had waited over a year." "By trust, Belfast accounted for 31,200, the Southern Trust for 22,900, … and the South Eastern
    Trust for 10,200"): its parts are every figure of their unit in the sentence, the whole the one figure of that unit in the
    sentence before larger than each. A breakdown may leave some out, so only a sum over the whole, or one a digit of the
    whole's off, is reported."""
    if prior is None or len(s.amounts) < 3 or s.lower(s.lo) != "by" or _partial(s) or _partial(prior) or (s.lowers | prior.lowers) & _REST_WORDS:
        return []
    comma = next((k for k in range(s.lo + 2, min(s.hi, s.lo + 4)) if s.lower(k) == ","), None)
    if comma is None or any(s.tokens[k].kind != WORD or s.tokens[k].text[0].isupper() for k in range(s.lo + 1, comma)):
        return []  # "By 9pm, …" is a time; "By Friday, …" a day
    parts = _parts(s, comma + 1, s.hi - 1, s.amounts[0].unit, gap=14)  # each part may name its own owner ("the South Eastern Trust for")
    if not parts or len(parts) < 3 or len(parts) != sum(1 for a in s.amounts if a.unit == parts[0].unit) or any(p.approx or p.in_range for p in parts):
        return []
    wholes = [a for a in prior.amounts if a.unit == parts[0].unit and not a.in_range and a.value > max(p.value for p in parts)]
    if len(wholes) != 1 or wholes[0].approx:
        return []
    whole, written = wholes[0], sum(p.value for p in parts)
    if abs(written - whole.value) <= _sum_slack(whole, parts) or (written < whole.value and not _one_digit_off(written, whole.value)):
        return []
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {whole.text} of the sentence before.")]


_TOGETHER = (("together",), ("combined",), ("between", "them"), ("altogether",))


_NOT_A_NOUN = frozenset("and or followed with while then".split())


def _together_of_previous(s: Sentence, earlier: list[Sentence]) -> list[tuple[Amount, str]]:
    """A total of the things an earlier sentence gives one figure each, said to be theirs together ("Sangrur led with 11.42
    LMT, followed by Patiala with 9.86 LMT and Ludhiana with 9.37 LMT." "The three districts together accounted for 31.65
    LMT": 30.65): the sentence opens on "The" (or "Together") and the count of them, names them together ("together",
    "combined", "between them"), and gives its total first, any other figure in a later clause ("…, with the remaining
    171,600 tonnes from …"); or it opens on "In total" ("Altogether", "In all") and its total, and counts the things
    after it ("In total, 27,800 households across the three wards"). The parts are the nearest earlier sentence (nearest
    first in `earlier`, a quote or a paragraph between allowed) with figures of the total's kind: exactly as many as the
    count, none approximate."""
    if not earlier:
        return []
    opened = _total_opening(s)
    if opened is not None:
        total, n = opened
    else:
        k = s.lo
        if s.lower(k) == "together":
            k += 1 + (s.tokens[k + 1].text == ",")
        if s.lower(k) not in ("the", "these", "those"):
            return []
        n = s.at(k + 1)
        if n is None or n.unit is not None or n.approx or not 2 <= n.value <= 12 or n.value != int(n.value) or n.compound:
            return []
        # "the four big producers": up to two describing words before the plural noun
        at = next((m for m in range(n.last + 1, min(n.last + 4, s.hi)) if s.tokens[m].kind == WORD and s.lower(m).endswith("s")), None)
        if at is None or any(s.tokens[m].kind != WORD or s.tokens[m].text[:1].isupper() for m in range(n.last + 1, at + 1)):
            return []
        if not any(s.phrase(i, words) for words in _TOGETHER for i in range(at + 1, s.hi)) and s.lower(s.lo) != "together":
            return []
        rest = [a for a in s.amounts if a is not n and a.unit != "percent"]
        if not rest:
            return []
        total = rest[0]
        if any(a.first < next((m for m in range(total.last + 1, s.hi) if s.tokens[m].text in (",", ";")), s.hi) for a in rest[1:]):
            return []  # a second figure in the total's own clause: not one total
    if total.approx or total.in_range or s.lower(total.last + 1) == "of":
        return []  # ("The two brothers rang together in 87 of Geoff's peals": a part of something, no total)

    def kind(a: Amount, of: Sentence):
        return a.unit if a.unit is not None else ("count", singular(of.lower(a.last + 1)))

    for prior in earlier:
        same = [a for a in prior.amounts if a.unit != "percent" and kind(a, prior) == kind(total, s)]
        parts = [a for a in prior.amounts if a.unit != "percent"]
        if not same and total.unit is None and parts and all(a.unit is None and not a.compound and (prior.tokens[a.last + 1].kind != WORD or prior.lower(a.last + 1) in _NOT_A_NOUN) for a in parts if a.last + 1 < prior.hi) \
                and kind(total, s)[1] in {singular(prior.lower(k)) for k in range(prior.lo, parts[0].first)}:
            same = parts  # "Pune district has the largest number of seats, 18,594, followed by Thane with 12,430 and …": the noun first
        if not same:
            continue  # a sentence of other figures between the list and its total
        # a count's noun may be written with its first part only ("12,400 households in Kanyoni ward, 8,100 in Gatare")
        elided = total.unit is None and parts and parts[0] is same[0] and all(a.unit is None and not a.compound for a in parts)
        if len(parts) != n.value or (len(same) != len(parts) and not elided) or any(a.approx or a.in_range for a in parts):
            return []
        whole = sum(a.value for a in parts)
        if abs(whole - total.value) <= sum(half_step(a) for a in parts) + half_step(total):
            return []
        return [(total, f"{' + '.join(a.text for a in parts)} is {_fmt_like(whole, parts, total)}, not {total.text}.")]
    return []


_TOTAL_OPENERS = (("in", "total"), ("altogether",), ("in", "all"), ("all", "told"))


def _that_whole_in_counted_parts(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A whole the sentence before gives by its noun ("a $22.7 million gap"), pointed back at ("closes that gap with three
    measures: $9.6 million in spending cuts, $7.1 million drawn from reserves and $5.4 million in new revenue": $22.1
    million) and split after a colon into as many parts as the sentence counts: the parts must make the whole."""
    if prior is None:
        return []
    colon = next((i for i in range(s.lo, s.hi) if s.tokens[i].text == ":"), None)
    if colon is None:
        return []
    pointer = next((i for i in range(s.lo, colon - 1) if s.lower(i) in ("that", "this", "the") and s.tokens[i + 1].kind == WORD
                    and any(s.lower(i + 1) == prior.lower(a.last + 1) for a in prior.amounts)), None)
    if pointer is None:
        return []
    noun = s.lower(pointer + 1)
    wholes = [a for a in prior.amounts if prior.lower(a.last + 1) == noun and not (a.approx or a.in_range)]
    count = next((a for a in s.amounts if pointer < a.first < colon and a.unit is None and not a.compound), None)
    if len(wholes) != 1 or count is None or any(a.first < colon and a is not count for a in s.amounts):
        return []
    whole = wholes[0]
    parts = _parts(s, colon + 1, s.hi - 1, whole.unit, gap=16)
    if not parts or len(parts) != count.value or any(p.approx or p.in_range or p.unit != whole.unit for p in parts):
        return []
    written = sum(p.value for p in parts)
    if abs(written - whole.value) <= _sum_slack(whole, parts):
        return []
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {whole.text} of the sentence before.")]


def _together_begun_before(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A list begun in the sentence before and closed by its members named together with their sum ("Switzerland …
    remained the largest destination, taking 31 percent of volumes. The United States took 18 percent, Germany 12 percent,
    Belgium 9 percent and Britain 7 percent, the five markets together accounting for 79 percent of shipments": 77): the
    count named is this sentence's figures of the sum's unit and every one of the sentence before, and none is hedged."""
    if prior is None:
        return []
    comma = next((i for i in range(s.hi - 1, s.lo, -1) if s.tokens[i].text == ","), None)
    if comma is None:
        return []
    opens = comma + 1 + (s.lower(comma + 1) == "with")
    k = _named_together(s, opens)
    n = s.at(opens + (s.lower(opens) == "the"))
    total = s.amount_after(k) if k is not None else None
    if total is None or total.first > k + 1 or total.approx or total.in_range or n is None or n.unit is not None or n.value != int(n.value):
        return []
    here = [a for a in s.amounts if a.last < comma]
    there = prior.amounts
    if not here or not there or any(a.unit != total.unit or a.approx or a.in_range or a.compound for a in [*there, *here]):
        return []
    if len(here) >= n.value or len(here) + len(there) != n.value:
        return []  # (the whole list in this sentence is _totals' to read)
    parts = [*there, *here]
    whole = sum(a.value for a in parts)
    if abs(whole - total.value) <= _sum_slack(total, parts):
        return []
    return [(total, f"{' + '.join(a.text for a in parts)} is {_fmt_like(whole, parts, total)}, not {total.text}.")]


def _total_then_its_parts(s: Sentence) -> list[tuple[Amount, str]]:
    """A figure named a total, then its parts after a comma to the sentence's end ("finished with 471 yards of total
    offense, 288 through the air and 193 on the ground": 481). The parts are plain figures of the total's unit, told by
    no verb of their own ("…, 300 joined and 50 left" is no split)."""
    for w in s.amounts:
        if w.approx or w.in_range or w.compound or "total" not in {s.lower(k) for k in range(max(s.lo, w.first - 3), min(s.hi, w.last + 4))}:
            continue
        comma = next((k for k in range(w.last + 1, min(s.hi, w.last + 6)) if s.tokens[k].text == ","), None)
        if comma is None or "total" not in {s.lower(k) for k in range(max(s.lo, w.first - 3), comma)}:
            continue
        after = [a for a in s.amounts if a.first > comma]
        if len(after) < 2 or any(a.first > w.last and a.last < comma for a in s.amounts) or s.lower(after[-1].first - 1) != "and":
            continue
        parts = _parts(s, comma + 1, s.hi - 1, w.unit)
        if parts != after or any(a.approx or a.in_range or a.compound or a.unit != w.unit for a in parts):
            continue
        words = {s.lower(k) for k in range(comma + 1, s.hi)}
        if words & (UP | DOWN) or any(s.tokens[k].kind == WORD and s.lower(k).endswith("ed") for k in range(comma + 1, s.hi)):
            continue
        whole = sum(a.value for a in parts)
        if abs(whole - w.value) > _sum_slack(w, parts):
            return [(w, f"{' + '.join(a.text for a in parts)} is {_fmt_like(whole, parts, w)}, not {w.text}.")]
    return []


def _total_opening(s: Sentence) -> tuple[Amount, Amount] | None:
    """(total, count) of a sentence opened by "In total," and its total, counting its things after it with "the" and a
    figure ("In total, 27,800 households across the three wards will get connections"); None otherwise."""
    opener = next((w for w in _TOTAL_OPENERS if s.phrase(s.lo, w)), None)
    if opener is None:
        return None
    k = s.lo + len(opener) + (s.lower(s.lo + len(opener)) == ",")
    total = s.at(k)
    if total is None:
        return None
    for i in range(total.last + 1, min(s.hi, total.last + 8)):
        if s.lower(i) in ("the", "these", "those", "all") and (n := s.at(i + 1)) is not None and n.unit is None and not n.compound \
                and 2 <= n.value <= 12 and n.value == int(n.value) and s.lower(n.last + 1).endswith("s"):
            return total, n
    return None


def _split_after_colon(s: Sentence, least: int = 3) -> tuple[list[Amount], int] | None:
    """The parts a sentence splits a whole into after a colon, with a split verb before it ("The ADP has been split
    across four sectors: Rs96bn …, … and Rs52bn …"), and the colon's token; None when the sentence is no such split,
    names a figure of the parts' unit before the colon (the whole itself) or says the parts are some ("including")."""
    if _partial(s) or not s.lowers & _SPLIT_VERBS:
        return None
    colon = next((i for i in range(s.lo, s.hi) if s.tokens[i].text == ":"), None)
    if colon is None:
        # "The recurrent vote splits into KSh 8.6 billion for salaries … and KSh 5.3 billion for operations": "into" after
        # the split verb stands for the colon, and two parts are a split
        colon = next((i for i in range(s.lo + 1, s.hi) if s.lower(i) == "into"
                      and (s.lower(i - 1) in _SPLIT_VERBS or s.lower(i - 1) == "down" and s.lower(i - 2) in _SPLIT_VERBS)), None)
        least = min(least, 2)
    if colon is None or not any(s.lower(i) in _SPLIT_VERBS for i in range(s.lo, colon)):
        return None
    after = [a for a in s.amounts if a.first > colon]
    # a split set off by a colon may give each part a long description ("for local roads, bridges and water"), a count
    # of another thing inside one ("KSh 8.6 billion for salaries and allowances of the county's 7,400 employees")
    parts = _parts(s, colon + 1, s.hi - 1, after[0].unit, gap=16) if after else None
    if after and after[0].unit is not None:
        after = [a for a in after if a.unit == after[0].unit]
    if not parts or len(parts) != len(after) or len(parts) < least or any(a.unit == parts[0].unit for a in s.amounts if a.first < colon):
        return None  # "four sectors" before the colon counts the parts; a figure of their unit there is the whole
    return parts, colon


_ENTIRELY = frozenset("entirely all whole wholly fully".split())
_SOME = frozenset("including includes include such".split())  # not "among": "divided entirely among those three pillars"


def _split_of_linked(s: Sentence, links: list, ab_lines) -> list[tuple[Amount, str]]:
    """A sum named once and split, any number of sentences later, by a sentence whose subject refers back to it with a
    definite noun and no figure ("£14.2 million in public research funding" … "The funding is split between the three
    centres: £6 million …, £5.1 million … and £4.1 million …"; "J$88 billion in new spending" … "The new money is
    divided entirely among those three pillars: …"), the link made by reading/coreference.py. Parts that come to more
    than the sum are wrong; parts that come to less are wrong only when the sentence says they are all of it (the
    groups counted before the colon are as many as the parts, or "entirely")."""
    mine = [l for l in links if l.mention.amount is None and l.mention.sentence == s.index]
    if len(mine) != 1 or not s.lowers & _SPLIT_VERBS:
        return []
    total = mine[0].antecedent.amount
    colon = next((i for i in range(s.lo, s.hi) if s.tokens[i].text == ":"), None)
    if colon is None or not any(s.lower(i) in _SPLIT_VERBS for i in range(mine[0].mention.first, colon)) or any(a.unit == total.unit for a in s.amounts if a.first < colon):
        return []
    if s.lowers & _SOME or any(s.lower(i) in ("other", "others", "rest", "remainder") for i in range(colon, s.hi)):
        return []  # "… between projects including the three centres: …", "…: £2m for A and £1m for B, among others": some of the parts
    parts = [a for a in s.amounts if a.first > colon and a.unit == total.unit]
    if len(parts) < 2 or any(p.approx or p.in_range for p in parts) or total.approx or total.in_range or total.value <= max(p.value for p in parts):
        return []
    if not all(any(s.tokens[k].text in (",", ";") or s.lower(k) in ("and", "&") for k in range(x.last + 1, y.first)) for x, y in zip(parts, parts[1:])):
        return []
    if not any(s.lower(k) in ("and", "&") for k in range(parts[-2].last + 1, parts[-1].first)):
        return []  # a closed list ends "… and C"
    written = sum(p.value for p in parts)
    if abs(written - total.value) <= _sum_slack(total, parts):
        return []
    counted = [a for a in s.amounts if a.first < colon and a.unit is None and a.value == len(parts)]
    if written < total.value and not counted and not any(s.lower(i) in _ENTIRELY for i in range(s.lo, colon)):
        return []  # "The money will go to: £2m for …, £1m for …": the rest may go elsewhere
    line = ab_lines(mine[0].antecedent.block, total.start)
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {total.text} given at line {line}.")]


def _split_of_previous(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A whole named in one sentence and split in the next ("… the ADP had been set at Rs420 billion." "The ADP has been
    split across four sectors: Rs96bn for …, … and Rs52bn for …"): the parts after the colon, none larger than
    them before it, against the first figure of their unit after the same noun in the sentence before."""
    if prior is None:
        return []
    split = _split_after_colon(s)
    if split is None:
        return []
    parts = split[0]
    k = s.lo + (s.lower(s.lo) in ("the", "its", "their", "this"))
    noun = s.lower(k)
    if not noun or s.tokens[k].kind != WORD or noun in _SPLIT_VERBS:
        return []
    mention = next((i for i in range(prior.lo, prior.hi) if prior.lower(i) == noun), None)
    if mention is None:
        return []
    total = next((a for a in prior.amounts if a.first > mention and a.unit == parts[0].unit), None)
    if total is not None and total.value <= max(p.value for p in parts):
        # "KSh 14.9 billion will go to recurrent spending and KSh 6.4 billion to development": the figure after the noun
        # is the next clause's; the one just before it, in its clause, is the noun's
        total = next((a for a in reversed(prior.amounts) if a.unit == parts[0].unit and 0 < mention - a.last <= 6
                      and not any(prior.lower(k) in (",", ";", "and", "or") for k in range(a.last + 1, mention))), total)
    elif total is None:
        # "a $48.6 million recovery package": the figure written before the noun, words only between
        total = next((a for a in prior.amounts if a.unit == parts[0].unit and 0 < mention - a.last <= 3
                      and all(prior.tokens[k].kind == WORD and prior.lower(k) not in FUNCTION_WORDS for k in range(a.last + 1, mention))), None)
    if total is None or total.approx or total.in_range or total.value <= max(p.value for p in parts):
        return []
    written = sum(p.value for p in parts)
    if abs(written - total.value) <= _sum_slack(total, parts):
        return []
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {total.text} of the sentence before.")]


def _made_up_of_the_whole_before(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """Parts of a whole the sentence before gives, the sentence opening on a word pointing back at it and a verb that
    splits a whole ("The highways maintenance budget is £14.8m." "It is made up of £9.6m from the Department for
    Transport, £3.7m of borrowing and £1.1m of revenue funding": £14.4m): the whole is the one figure of the parts'
    unit the sentence before gives, larger than each."""
    if prior is None or s.lower(s.lo) not in _BACK_SUBJECTS:
        return []
    k = s.lo + 1
    while k < s.hi and s.lower(k) in ("is", "was", "will", "be", "has", "been", "are", "were"):
        k += 1
    cue = next((c for c in _WHOLE_CUES if c[0] not in ("of",) and s.phrase(k, c)), None)
    if cue is None or k - s.lo > 4:
        return []
    start = k + len(cue)
    unit = next((a.unit for a in s.amounts if a.first >= start), None)
    parts = _parts(s, start, s.hi - 1, unit, gap=14)
    if not parts or len(parts) < 2 or any(a.approx for a in parts):
        return []
    wholes = [a for a in prior.amounts if a.unit == unit and not a.in_range and a.value > max(p.value for p in parts)]
    if len(wholes) != 1 or wholes[0].approx:
        return []
    total = wholes[0]
    written = sum(p.value for p in parts)
    if abs(written - total.value) <= _sum_slack(total, parts):
        return []
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {total.text} of the sentence before.")]


# words a sentence opens on to point back at the whole the sentence before gives
_BACK_SUBJECTS = frozenset("it this that".split())


_REST_BEFORE = frozenset("other others rest remaining remainder balance".split())
# verbs that say a whole is shared out: "The remaining 43 seats were split among opposition parties and independents"
_SHARED_OUT = frozenset("split shared divided spread distributed".split())


def _shared_out_next(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A count the sentence before says was shared out among groups it names ("The remaining 43 seats were split among
    opposition parties and independents"), then listed in full in this one ("The Shiv Sena won 17 seats, the Congress
    nine, the NCP five and the MNS four, while independents took six": 41). The list must reach a group the sentence
    before names (its last part, or the words after it), so that it claims the whole."""
    if prior is None or _partial(s) or len(s.amounts) < 3:
        return []
    verb = next((k for k in range(prior.lo, prior.hi) if prior.lower(k) in _SHARED_OUT and prior.lower(k + 1) in ("among", "between", "across")), None)
    if verb is None:
        return []
    wholes = [a for a in prior.amounts if a.last < verb and a.unit is None and not (a.approx or a.in_range)]
    if len(wholes) != 1 or len(prior.amounts) != 1:
        return []
    whole = wholes[0]
    groups = {singular(prior.lower(k)) for k in range(verb + 2, prior.hi) if prior.tokens[k].kind == WORD and prior.lower(k) not in FUNCTION_WORDS}
    parts = _parts(s, s.amounts[0].first, s.hi - 1, None, 12)
    if not parts or len(parts) != len(s.amounts) or any(p.value >= whole.value for p in parts):
        return []
    if not groups & {singular(s.lower(k)) for k in range(parts[-2].last + 1, s.hi) if s.tokens[k].kind == WORD}:
        return []  # "… and the MNS four": groups the sentence before did not name may be only some of them
    total = sum(p.value for p in parts)
    if total == whole.value:
        return []
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt(total)}, not the {whole.text} of the sentence before.")]


def _split_with_rest(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A whole split in full in the sentence after the one that gives it, the split ending with the rest ("Royalty
    collections reached US$412 million in 2025, up from US$358 million." "Gold contributed US$168 million, platinum group
    metals US$151 million, lithium US$62 million and all other minerals US$41 million": 422): the parts must make the
    sentence before's one level of their unit (a level it changed from left out) that is larger than each."""
    if prior is None or len(s.amounts) < 3 or _partial(s):
        return []
    unit = s.amounts[-1].unit
    if unit in (None, "percent") or any(a.unit != unit or a.approx or a.in_range or s.tokens[a.first].quoted for a in s.amounts):
        return []
    parts = _parts(s, s.amounts[0].first, s.hi - 1, unit, 12)
    if not parts or len(parts) != len(s.amounts):
        return []
    last = parts[-1]
    if not any(s.lower(k) in _REST_BEFORE for k in range(max(s.lo, last.first - 4), last.first)):
        return []  # only a split that ends with the rest is complete
    if prior.lowers & _A_PART_TOLD or s.lowers & _GOES_ON:
        return []  # "Salaries account for the bulk of the spending, at $241.3 million", "… brought in £5.1m. Distributions were
        # worth £4.6m, conferences a further £2.7m": a part the list goes on from, no whole
    wholes = [a for a in prior.amounts if a.unit == unit and not (a.in_range or a.approx) and not _compared(prior, a)
              and not any(prior.lower(k) in ("from", "against", "compared", "versus") for k in range(a.first - 2, a.first))]
    if len(wholes) != 1 or wholes[0].value <= max(p.value for p in parts):
        return []
    whole, written = wholes[0], sum(p.value for p in parts)
    if abs(written - whole.value) <= _sum_slack(whole, parts):
        return []
    return [(last, f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts, whole)}, not the {whole.text} of the sentence before.")]


_A_PART_TOLD = frozenset("bulk largest biggest account accounts accounted accounting".split())
_GOES_ON = frozenset("further another additional also".split())


def _rest_of_previous(s: Sentence, prior: Sentence | None) -> list[tuple[Amount, str]]:
    """A whole split in full in the sentence after the one that gives it: the sentence opens "Of the PSDP total," and
    its last part is "the remaining" ("Rs520bn goes to infrastructure, …, Rs260bn to the social sector, … with the
    remaining Rs120bn earmarked for …"), so the parts must make the figure of their unit that the sentence before
    gives after the same noun ("The federal Public Sector Development Programme (PSDP) has been set at Rs1,100bn")."""
    if prior is None or s.lower(s.lo) != "of" or s.lower(s.lo + 1) not in ("the", "this", "that", "its", "their"):
        return []
    comma = next((i for i in range(s.lo + 2, min(s.hi, s.lo + 8)) if s.tokens[i].text == ","), None)
    if comma is None:
        return []
    named = {s.lower(i) for i in range(s.lo + 2, comma) if s.tokens[i].kind == WORD} - {"total", "sum", "whole", "amount"}
    amounts = [a for a in s.amounts if a.first > comma]
    if len(amounts) < 3 or any(a.approx or a.in_range for a in amounts) or amounts[-1].unit in (None, "percent"):
        return []
    unit = amounts[-1].unit
    parts = [a for a in amounts if a.unit == unit]
    if s.lower(parts[-1].first - 1) != "remaining" or any(s.lower(k) in ("including", "includes", "which") for a in parts for k in range(a.first - 3, a.first)):
        return []  # the rest named last makes the split complete; a figure inside a part ("including Rs200bn for") is no part
    if any(s.tokens[a.first].quoted for a in parts) or len(parts) < 3 or any(a.unit is None for a in s.amounts if s.lo <= a.first < comma):
        return []
    wholes = [a for a in prior.amounts if a.unit == unit and not a.in_range]
    if named:
        mention = next((i for i in range(prior.lo, prior.hi) if prior.lower(i) in named), None)
        wholes = [a for a in wholes if mention is not None and a.first > mention]
    if len(wholes) != 1 or wholes[0].approx or wholes[0].value <= max(a.value for a in parts):
        return []
    total, written = wholes[0], sum(a.value for a in parts)
    if abs(written - total.value) <= 0.005 * total.value:
        return []
    return [(parts[-1], f"{' + '.join(a.text for a in parts)} is {_fmt_like(written, parts)}, not the {total.text} of the sentence before.")]


# nouns that point back at a sum the article gave before: "deposit the amount in two tranches"
_BACK_TO_A_SUM = frozenset("amount sum total money figure".split())


def _part_and_rest_of_that(s: Sentence, earlier: list[Sentence]) -> list[tuple[Amount, str]]:
    """A sum pointed back at ("the amount", "that sum") and split into one part and "the balance" or "the remaining" rest
    ("must deposit the amount in two tranches, Rs 18 crore within four weeks and the balance Rs 26 crore within ten
    weeks"): the two make the last figure of their unit the sentences before give, when it is larger than each."""
    back = next((k for k in range(s.lo + 1, s.hi) if s.lower(k) in _BACK_TO_A_SUM and s.lower(k - 1) in ("the", "that", "this")), None)
    if back is None:
        return []
    sized = [a for a in s.amounts if a.first > back and a.unit not in (None, "percent") and not a.unit.endswith("-length")]
    parts = [a for a in sized if a.unit == sized[0].unit]
    if len(parts) != 2 or any(a.approx or a.in_range or s.tokens[a.first].quoted for a in parts) or any(a.first < back for a in s.amounts if a.unit == parts[0].unit):
        return []
    part, rest = parts
    if not _the_rest(s, rest) or any(s.lower(k) in (";", ":") for k in range(part.last + 1, rest.first)):
        return []
    before = next((x for x in earlier if any(a.unit == part.unit for a in x.amounts)), None)
    wholes = [a for a in before.amounts if a.unit == part.unit] if before is not None else []
    if len(wholes) != 1 or wholes[0].approx or wholes[0].in_range or wholes[0].value <= max(part.value, rest.value):
        return []
    whole, written = wholes[0], part.value + rest.value
    if abs(written - whole.value) <= _sum_slack(whole, (part, rest)):
        return []
    return [(rest, f"{part.text} + {rest.text} is {_fmt_like(written, [part, rest])}, not the {whole.text} they split.")]


def _part_and_rest(s: Sentence) -> list[tuple[Amount, str]]:
    """A part of a whole and "the remaining" rest in one sentence ("will receive $312m of the $468m total, with the
    remaining $174m covering fees"): the two make the whole. Only one part before the rest, all three of one unit."""
    for k, part in enumerate(s.amounts):
        if s.lower(part.last + 1) != "of" or part.approx or part.in_range:
            continue
        whole = s.amount_after(part.last + 2)
        if whole is None or whole.unit != part.unit or whole.approx or whole.in_range or whole.value <= part.value:
            continue
        later = [a for a in s.amounts if a.first > whole.last and a.unit == part.unit]
        if not later or not _the_rest(s, later[0]) or later[0].approx or later[0].in_range:
            return []
        rest = later[0]
        if s.tokens[part.first].quoted or s.tokens[rest.first].quoted or any(s.lower(i) in (";", ":") for i in range(whole.last + 1, rest.first)):
            return []
        written = part.value + rest.value
        if abs(written - whole.value) > _sum_slack(whole, (part, rest)):
            return [(rest, f"{part.text} + {rest.text} is {_fmt_like(written, [part, rest])}, not the {whole.text} they split.")]
        return []
    return []


_DIFFERENCE_BEFORE = {"up": 1, "down": -1, "increase": 1, "rise": 1, "gain": 1, "fall": -1, "drop": -1, "decrease": -1, "decline": -1}
_DIFFERENCE_AFTER = {("more", "than"): 1, ("higher", "than"): 1, ("fewer", "than"): -1, ("lower", "than"): -1, ("less", "than"): -1,
                     ("on",): 0, ("from",): 0, ("over",): 0, ("compared", "with"): 0,
                     ("up", "on"): 1, ("down", "on"): -1,  # "was 1,530 up on the same fixture last season"
                     ("ahead", "of"): 1}  # "$186 million ahead of the $2.61 billion forecast"


_WHEN_WORDS = frozenset("when last ago earlier previous before year month week".split())
_THAT_WAS = frozenset("that this it which".split())


def _aside_then_verb(s: Sentence, lo: int, hi: int) -> bool:
    """True when tokens lo to hi are an aside set off by commas and then a verb ("19,214, the biggest at Tynecastle this
    season, was"): the figure before is still the verb's subject."""
    return s.tokens[lo].text == "," and hi - 2 > lo and s.tokens[hi - 2].text == "," and s.lower(hi - 1) in ("was", "were", "is", "are")


def _earlier_after(s: Sentence, k: int) -> Amount | None:
    """The earlier figure a comparison names: right after "than"/"on", or after a clause that says when it was
    ("1,870 more than at the same point last year, when the figure stood at 23,148")."""
    found = s.at(k)
    if found is not None:
        return found
    nxt = next((a for a in s.amounts if a.first >= k), None)
    if nxt is None or nxt.first - k > 18 or any(s.tokens[m].text in (";", ":", "(") for m in range(k, nxt.first)):
        return None
    return nxt if any(s.lower(m) in _WHEN_WORDS for m in range(k, nxt.first)) else None


def _now_before(s: Sentence, d: Amount, prior: Sentence | None) -> Amount | None:
    """The new figure a sentence opening "That was 1,870 more than …" compares: the last of its unit in the sentence before."""
    if prior is None or d.first - s.lo > 3 or s.lower(s.lo) not in _THAT_WAS:
        return None
    # the last of its unit, hedged or not ("will pay about $1,504 … That is $61 more than the $1,443": not the $402,000
    # before it); a hedged one is compared within its slack
    # … nor a base the sentence before compares with ("increases spending by $2 billion … over the $50.1 billion the state
    # budgeted a year ago. It is $1.2 billion less than …": not the plan's own level)
    return next((a for a in reversed(prior.amounts) if a.unit == d.unit and not _a_base(prior, a)), None)


def _a_base(s: Sentence, a: Amount) -> bool:
    """True when a figure is what another is compared with or changed from ("over the $50.1 billion", "from £1.52m")."""
    k = a.first - 1
    while k > s.lo and (s.lower(k) in ("the", "its", "their", "a", "an") or s.lower(k).endswith(("'s", "\u2019s"))):
        k -= 1
    return s.lower(k) in ("over", "than", "from", "on", "against", "by")  # ("increases spending by $2 billion": a change, no level)


def _part_of(s: Sentence, whole: Amount | None) -> Amount | None:
    """The part written before a whole ("taking 34 of the legislature's 55 seats": 34), or None."""
    if whole is None:
        return None
    k = whole.first - 1
    while k > s.lo and (s.lower(k) in ("the", "its", "their") or s.lower(k).endswith(("'s", "\u2019s"))):
        k -= 1
    if s.lower(k) != "of":
        return None
    return next((a for a in reversed(s.amounts) if a.last == k - 1 and a.unit == whole.unit and a.value < whole.value), None)


def _same_thing_after(s: Sentence, now: Amount, earlier: Amount) -> Amount | None:
    """The earlier figure a difference is taken from, of the thing the new figure counts: the one named, or when the
    two are tied to different nouns ("1,900 places, … when it made 5,760 offers for 1,850 places") the next figure of
    the sentence tied to the new figure's noun; None when there is none."""
    things = {q.amount.start: q.thing for q in s.ab.by_sentence.get(s.index, ((), ()))[1]}
    want, got = things.get(now.start), things.get(earlier.start)
    if want is None or got is None or want == got:
        return earlier
    return next((a for a in s.amounts if a.first > earlier.last and a.unit == earlier.unit and things.get(a.start) == want), None)


def _differences(s: Sentence, prior: Sentence | None = None) -> list[tuple[Amount, str]]:
    """A figure given with its change and the earlier figure: "reached 196,400, up 12,400 on the 186,000", "41,000, 2,300 more than the 38,700"."""
    out = []
    for d in s.amounts:
        if d.unit == "percent" or d.in_range:
            continue
        before = s.lower(d.first - 1)
        sign = _DIFFERENCE_BEFORE.get(before)
        if before == "of" and s.lower(d.first - 2) in _DIFFERENCE_BEFORE:
            sign = _DIFFERENCE_BEFORE[s.lower(d.first - 2)]  # "an increase of 12,400 on …"
        after = next(((words, way) for words, way in _DIFFERENCE_AFTER.items() if s.phrase(d.last + 1, words)), None)
        if after is None or (sign is None and not after[1]) or (sign is not None and after[1] and sign != after[1]):
            continue
        sign = sign if sign is not None else after[1]
        k = d.last + 1 + len(after[0])
        while s.lower(k) in ("the", "a", "its", "their", "last", "previous", "prior", "preceding") or s.lower(k).endswith(("'s", "\u2019s")) or (s.lower(k) in ("figure", "total", "level") and s.lower(k + 1) == "of"):
            k += 2 if s.lower(k + 1) == "of" else 1  # "on December's figure of 598,900"
        earlier = s.at(k) if after[1] == 0 else _earlier_after(s, k)
        # a gap in percentage points lies between two percentages ("71.4 per cent, 6.8 percentage points higher than the 66.2 per cent")
        unit = "percent" if d.unit == "percentage-point" else d.unit
        if earlier is None or earlier.unit != unit or earlier.in_range:
            continue
        # the new figure: the nearest of the unit before the change, with no other between; of "34 of the 55 seats", the part
        now = next((a for a in reversed(s.amounts) if a.last < d.first and a.unit == unit), None)
        now = _part_of(s, now) or now
        if now is None:
            now = _now_before(s, d, prior)
        elif d.first - now.last > (11 if _aside_then_verb(s, now.last + 1, d.first) else 8) or any(s.tokens[m].text in (";", ":", "(") for m in range(now.last + 1, d.first)):
            continue
        if now is None or now.in_range:
            continue
        earlier = _same_thing_after(s, now, earlier)
        if earlier is None:
            continue  # "1,900 places, 50 more than last year, when it made 5,760 offers": offers are not places
        # "about 1.1 lakh seats … in 9,812 private schools …, around 16,500 more than last year's 93,500": the figure
        # before the nearest that makes the difference is the new one
        if any(o is not now and o.unit == unit and not o.in_range and (o.value - earlier.value) * sign > 0
               and abs(abs(o.value - earlier.value) - d.value) <= 0.1 * d.value for o in s.amounts if o.last < d.first):
            continue
        actual = now.value - earlier.value
        if actual * sign < 0:
            out.append((d, f"{earlier.text} to {now.text} is a {'fall' if actual < 0 else 'rise'}, not {'up' if sign > 0 else 'down'} {d.text}."))
            continue
        written = f"{abs(actual):.10g}".replace(".", "").lstrip("0")
        if d.approx or now.approx or earlier.approx:
            if abs(abs(actual) - d.value) <= 0.1 * d.value:
                continue
        elif agree(abs(actual), d.value, written, d.digits):
            continue
        out.append((d, f"{now.text} less {earlier.text} is {_fmt_like(abs(actual), [now, earlier])}, not {d.text}."))
    return out


# ("losses fell to 14.8 per cent from 17.3 per cent, an improvement of 3.5 percentage points": better either way, 0)
_SIZE_NOUNS = {**_DIFFERENCE_BEFORE, "loss": -1, "reduction": -1, "cut": -1, "improvement": 0, "deterioration": 0}


# a change verb that takes its size as its object, with no "by": "fell US$148", "rose £16", "climbed 2,300" (the change
# words that are neither nouns nor adverbs)
_CHANGE_VERBS = {**{w: 1 for w in UP - CHANGE_NOUNS - {"up", "higher"}}, **{w: -1 for w in DOWN - CHANGE_NOUNS - {"down", "lower"}}}


def _size_before(s: Sentence, first: int) -> tuple[Amount | None, int | None]:
    """The size of a change written before its two levels: "rose by £16, from £112 to £130", "increased by 16 buses to
    130, from 112", "a rise of £16 from £112 to £130": a figure after a change verb and "by", or a change noun and
    "of", with at most a comma or a two-word noun between it and the first level's "from" or "to"."""
    k = first - 1  # the "from" or "to" of the first level
    if s.lower(k) == "of" and s.lower(k - 1) in LEVEL_NAMES and s.lower(k - 2) in ("a", "an"):
        k -= 3  # "to an average of US$3,612"
    if s.lower(k) not in ("from", "to"):
        return None, None
    k -= 1
    k -= s.lower(k) == ","
    share = next((a for a in s.amounts if a.last == k), None)
    if share is not None and share.unit == "percent" and s.lower(share.first - 1) == "or" and s.lower(share.first - 2) == ",":
        k = share.first - 3  # "fell US$148 a tonne, or 4.7 per cent, to …": the change as a percentage set off beside its size
    d = next((a for a in reversed(s.amounts) if a.last <= k), None)
    # "by 68 cents a litre, from R21.47": a sub-unit and a rate may stand between the size and the levels
    reach = 2 + 2 * (d is not None and d.unit is None and s.lower(d.last + 1) in s.ab.knowledge.subunits)
    if d is None or k - d.last > reach or any(s.tokens[m].kind != WORD for m in range(d.last + 1, k + 1)):
        return None, None
    before, word = s.lower(d.first - 1), s.lower(d.first - 2)
    if before == "by" and (word in UP or word in DOWN) and (word not in CHANGE_NOUNS or _a_verb(s, d.first - 2)):  # "will rise by"
        return d, 1 if word in UP else -1
    if before in _CHANGE_VERBS and d.unit is not None:
        return d, _CHANGE_VERBS[before]  # "Whole milk powder fell US$148 a tonne … to US$3,612"
    if before == "of" and word in _SIZE_NOUNS and word not in ("up", "down"):
        return d, _SIZE_NOUNS[word]
    return None, None


def _difference_of_pair(s: Sentence) -> list[tuple[Amount, str]]:
    """The size of a change given after its two levels ("will rise from £112.40 to £117.80 a week, an increase of £6.40":
    £5.40; "fell from 4,210 to 3,660, down 450"): the one pair of levels the sentence gives, then, after at most a comma
    and an article, a change noun and "of", or "up"/"down", and a figure of their unit."""
    pairs = change_pairs(s, None) or [(a, b) for a, b in change_pairs(s, None, percents=True) if a.unit == "percent"]
    if len(pairs) != 1:
        return []
    old, new = pairs[0]
    if old.unit != new.unit:
        return []  # ("from … to …" reads as a range too: here it is the change's two levels)
    last = max(old.last, new.last)
    k = last + 1
    while k < s.hi and s.tokens[k].kind == WORD and s.lower(k) not in _DIFFERENCE_BEFORE and k - last <= 6 and s.at(k) is None:
        k += 1  # "a week", "a year", "at the start of January"
    if s.lower(k) in (",", "\u2013", "\u2014"):
        k += 1
    k += s.lower(k) in ("a", "an")
    sign = _SIZE_NOUNS.get(s.lower(k))
    d, ahead = None, False
    if sign is not None:
        k += 1 + (s.lower(k + 1) == "of" and s.lower(k) not in ("up", "down"))
        d = s.at(k)
    elif s.lower(k) in ("extra", "additional") and s.lower(k - 1) in ("a", "an"):
        sign, d = 1, s.at(k + 1)  # "from £1,712.40 to £1,797.85, an extra £95.45 a year"
    else:
        d, sign = _size_before(s, min(old.first, new.first))  # ("by £16 to £130" reads as a range too)
        ahead = True
    if d is not None and d.unit == "percent" and old.unit != "percent" and s.lower(d.last + 1) == "or" and (other := s.at(d.last + 2)) is not None:
        d = other  # "a fall of 2.9 per cent or $31,000": the change told both ways, the second in the levels' unit
    if d is not None and old.unit == "percent":
        # between two percentages, a change in points: "down from 61 per cent, a fall of 17 percentage points" (a change
        # "of 17 per cent" may be of the level itself, and is read as a percentage change elsewhere)
        if not (d.unit == "percentage-point" or d.unit is None and s.lower(d.last + 1) in ("points", "point")):
            return []
        d = replace(d, unit="percent")
    if d is not None and d.unit is None and old.unit in s.ab.knowledge.currency_codes and s.lower(d.last + 1) in s.ab.knowledge.subunits:
        # "68 cents" of a change in rand: a hundredth of the levels' currency
        d = replace(d, value=d.value / 100, unit=old.unit, text=f"{d.text} {s.tokens[d.last + 1].text}")
    if d is None or d.unit != old.unit or (d.in_range and not ahead) or d.approx or old.approx or new.approx:
        return []
    actual = new.value - old.value
    if actual * sign < 0 and old.unit != "percent":  # a ratio "improved to 48.2 per cent from 53.6, a gain of 5.4 points": lower is better
        return [(d, f"{old.text} to {new.text} is a {'fall' if actual < 0 else 'rise'}, not {'an increase' if sign > 0 else 'a fall'} of {d.text}.")]
    written = f"{abs(actual):.10g}".replace(".", "").lstrip("0")
    if agree(abs(actual), d.value, written, d.digits):
        return []
    if old.unit == "percent":
        return [(d, f"{old.text} to {new.text} is a change of {_fmt(round(abs(actual), 6))} percentage points, not {d.text}.")]
    high, low = (new, old) if actual > 0 else (old, new)
    return [(d, f"{high.text} less {low.text} is {_fmt_like(abs(actual), [new, old])}, not {d.text}.")]


# a change's noun, and its way ("the 40c lift", "a rise of £16")
_CHANGE_SIZE_NOUNS = {**_SIZE_NOUNS, "lift": 1, "hike": 1, "jump": 1, "boost": 1, "increase": 1, "climb": 1, "slump": -1, "dip": -1, "decline": -1}


def _change_named_then_its_percent(s: Sentence, earlier: list[Sentence]) -> list[tuple[Amount, str]]:
    """A sentence opening on the change the sentence before told by its two levels, and giving its percentage ("…
    earned $1.62 billion, up from $1.43 billion a year earlier. The increase of 11.7 per cent kept coffee ahead": 13.3
    per cent). Only the one pair of levels of the sentence just before, of the change's way."""
    if s.lower(s.lo) not in ("the", "this", "that") or (sign := _CHANGE_SIZE_NOUNS.get(s.lower(s.lo + 1))) is None or s.lower(s.lo + 2) != "of" or not earlier:
        return []
    k = s.lo + 3
    while s.lower(k) in _SHARE_HEDGES:
        k += 1
    p = s.at(k)
    if p is None or p.unit != "percent" or p.in_range:
        return []
    pairs = [(o, n) for o, n in level_pairs(earlier[0]) if o.unit == n.unit and o.unit not in (None, "percent") and not (o.approx or n.approx) and o.value > 0]
    if len(pairs) != 1 or (pairs[0][1].value - pairs[0][0].value) * sign <= 0:
        return []
    old, new = pairs[0]
    actual = abs(new.value - old.value) / old.value * 100
    if abs(actual - p.value) > (1.5 if p.approx or k > s.lo + 3 else max(0.6, 0.06 * p.value)):
        return [(p, f"{old.text} to {new.text} is a {percent_text(actual)} {'rise' if sign > 0 else 'fall'}, not {p.text}.")]
    return []


def _change_and_its_percent(s: Sentence, earlier: list[Sentence]) -> list[tuple[Amount, str]]:
    """A change told both ways, its size and then its percentage set off by ", or" ("The 40c lift, or 6 per cent, is
    worth …"; "a rise of £16, or 14%"), against the one pair of levels of its unit the nearest sentence before with such
    a pair gives whose difference is that size ("$10.40 per kilogram …, up from $10.00"): 40c on $10.00 is 4 per cent."""
    out = []
    subunits = s.ab.knowledge.subunits
    for p in s.amounts:
        at = p.first - (s.lower(p.first - 1) in _APPROX)
        if p.unit != "percent" or p.in_range or s.lower(at - 1) != "or" or s.lower(at - 2) != ",":
            continue
        comma = at - 2
        d = next((a for a in reversed(s.amounts) if a.last < comma), None)
        if d is None or d.unit == "percent" or d.approx or d.in_range:
            continue
        k = d.last + 1
        cents = d.unit is None and s.lower(k) in subunits
        k += cents
        if s.tokens[k].kind == WORD and s.lower(k) in _CHANGE_SIZE_NOUNS and k + 1 == comma:
            sign = _CHANGE_SIZE_NOUNS[s.lower(k)]  # "the 40c lift, or 6 per cent"
        elif k == comma and s.lower(d.first - 1) == "of" and s.lower(d.first - 2) in _CHANGE_SIZE_NOUNS:
            sign = _CHANGE_SIZE_NOUNS[s.lower(d.first - 2)]  # "a rise of £16, or 14%"
        else:
            continue
        if d.unit is None and not cents:
            continue
        size = d.value / 100 if cents else d.value
        for e in earlier[:_LEVELS_BACK]:
            pairs = [(o, n) for o, n in level_pairs(e) if o.unit == n.unit and o.unit not in (None, "percent") and not (o.approx or n.approx)  # ("from … to …" reads as a range too)
                     and (o.unit == d.unit or cents and o.unit in s.ab.knowledge.currency_codes) and o.value > 0]
            if not pairs:
                continue
            fits = [(o, n) for o, n in pairs if abs(abs(n.value - o.value) - size) <= 1e-6 * max(1.0, size)]
            if len(fits) == 1 and (fits[0][1].value - fits[0][0].value) * sign > 0:
                old, new = fits[0]
                actual = abs(new.value - old.value) / old.value * 100
                if abs(actual - p.value) > (1.5 if p.approx else max(0.6, 0.06 * p.value)):
                    said = f"{d.text}{s.tokens[d.last + 1].text}" if cents else d.text
                    out.append((p, f"{said} on {old.text} is a {percent_text(actual)} {'rise' if sign > 0 else 'fall'}, not {p.text}."))
            break
    return out


# words between a change's percentage and the level it reached: "to 81,204.55", "to close at 81,204.55"
_GAINED_LOST = {"gained": 1, "added": 1, "lost": -1, "shed": -1}
_TO_LEVEL = (("to",), ("to", "close", "at"), ("to", "end", "at"), ("to", "finish", "at"), ("to", "settle", "at"))


def _size_percent_and_level(s: Sentence) -> list[tuple[Amount, str]]:
    """A change told by its size, then ", or" its percentage, then the level it reached ("The Sensex fell 742.18 points,
    or 1.6 per cent, to close at 81,204.55"): the level before was 81,946.73, so the fall is 0.9 per cent. The size
    follows a verb of change and is in the level's unit (or in points, of an index written bare)."""
    out = []
    for p in s.amounts:
        at = p.first - (s.lower(p.first - 1) in _APPROX)
        if p.unit != "percent" or p.in_range or s.lower(at - 1) != "or" or s.lower(at - 2) != ",":
            continue
        d = next((a for a in s.amounts if a.last == at - 3 - (s.lower(at - 3) in ("points", "pts"))), None)
        verb = s.lower(d.first - 1) if d is not None else ""
        if d is None or d.approx or d.in_range or d.unit == "percent" or not (verb in _GAINED_LOST or s.direction(d.first - 1) and (verb not in CHANGE_NOUNS or _a_verb(s, d.first - 1))):
            continue
        k = p.last + 1 + (s.lower(p.last + 1) == ",")
        words = next((w for w in sorted(_TO_LEVEL, key=len, reverse=True) if s.phrase(k, w)), None)
        new = s.at(k + len(words)) if words else None
        if new is None or new.approx or new.in_range or new.unit != d.unit or (d.unit is None and d.last + 1 == at - 2):
            continue  # a bare size needs its "points": "fell 742 , or 1.6 per cent" names no unit
        up = verb in UP or _GAINED_LOST.get(verb) == 1
        old = new.value - d.value if up else new.value + d.value
        if old <= 0:
            continue
        actual = d.value / old * 100
        if abs(actual - p.value) > (1.5 if p.approx else max(0.6, 0.06 * p.value)):
            said = f"{d.text} points" if s.lower(d.last + 1) in ("points", "pts") else d.text
            out.append((p, f"{said} on {_fmt_like(old, [new])} is {an(percent_text(actual))} {percent_text(actual)} {'rise' if up else 'fall'}, not {p.text}."))
    return out


def _difference_and_its_percent(s: Sentence) -> list[tuple[Amount, str]]:
    """A difference from an old level told with its percentage ("The spending plan is $51.4 million more than the current
    year's $561.0 million budget, an increase of 6.2 percent"): $51.4 million on $561.0 million is 9.2 per cent."""
    out = []
    for p in s.amounts:
        if p.unit != "percent" or p.in_range:
            continue
        j = p.first - 1
        while j > p.first - 3 and s.lower(j) in _APPROX:
            j -= 1
        if s.lower(j) != "of" or s.lower(j - 1) not in CHANGE_NOUNS or s.lower(j - 2) not in ("a", "an") or s.lower(j - 3) != ",":
            continue
        old = next((a for a in reversed(s.amounts) if a.last < j - 3), None)
        if old is None or old.unit in (None, "percent") or old.approx or old.in_range or j - 3 - old.last > 2:
            continue  # ("… $561.0 million budget, an increase of": the level's own noun may stand between)
        than = next((k for k in range(old.first - 1, max(s.lo, old.first - 6), -1) if s.lower(k) == "than"), None)
        if than is None or s.lower(than - 1) not in ("more", "less", "higher", "lower"):
            continue
        d = next((a for a in s.amounts if a.last == than - 2), None)
        if d is None or d.unit != old.unit or d.approx or d.in_range or old.value <= 0:
            continue
        up = s.lower(than - 1) in ("more", "higher")
        if (s.lower(j - 1) in UP) != up:
            continue  # the other way: direction-conflict's business, not a size
        new = replace(old, value=old.value + d.value if up else old.value - d.value, text=f"{old.text} {'+' if up else '-'} {d.text}", approx=False)
        message = change_contradicts(p, old, new, up, not up)
        if message:
            out.append((p, f"{d.text} on {old.text} is {an(percent_text(d.value / old.value * 100))} {percent_text(d.value / old.value * 100)} {'rise' if up else 'fall'}, not {p.text}."))
    return out


# how many sentences back the levels of a change told both ways may be
_LEVELS_BACK = 3


_WINNING = frozenset("won win wins winning lost lose loses losing beat beats beating defeated defeating passed carried".split())


def _won_by(s: Sentence, by: int) -> bool:
    """True when "by" gives a winning margin: right after a verb of winning, or after its object of at most three
    capitalised words and a title ("beat Mr Shaw by", "defeated Surrey by")."""
    k = by - 1
    while k > s.lo and by - k <= 4 and s.lower(k) not in _WINNING and s.tokens[k].kind == WORD and (s.tokens[k].text[:1].isupper() or s.lower(k) in _TITLES):
        k -= 1
    if s.lower(k) in ("to", "the", "'", "\u2019") or s.lower(k).endswith(("'s", "\u2019s")):
        # "lost Bedford Narrows to the NDP's Yusuf Okafor by 212 votes": the winner after "to", the seat before it
        k = _lost_to(s, k, by)
        return k is not None
    return s.lower(k) in _WINNING and (k == by - 1 or s.lower(k) not in ("passed", "carried", "lost", "lose", "loses", "losing"))


_LOSING = frozenset("lost lose loses losing beaten defeated".split())


def _lost_to(s: Sentence, k: int, by: int) -> int | None:
    """The losing verb of "lost [the seat] to [the party's] winner by": its index, or None."""
    to = None
    while k > s.lo and by - k <= 10:
        word = s.lower(k)
        if word == "to" and to is None:
            to = k
        elif word in _LOSING:
            return k if to is not None else None
        elif not (word in ("'", "\u2019") or s.tokens[k].kind == WORD and (s.tokens[k].text[:1].isupper() or word in _TITLES or word == "the" or word.endswith(("'s", "\u2019s")))):
            return None
        k -= 1
    return None


def _tally_after(s: Sentence, a: Amount) -> bool:
    """True when a count "by" which something happened is followed at once by a tally: "by 211 votes, 6,874 to 6,703"."""
    k = a.last + 1 + (s.lower(a.last + 1) in ("votes", "points", "seats"))
    if s.lower(k) not in (",", "(", "\u2014", "\u2013", "-"):
        return False
    x = s.at(k + 1)
    return x is not None and x.unit is None and s.lower(x.last + 1) == "to" and (y := s.at(x.last + 2)) is not None and y.unit is None and x.value > y.value > a.value


def _tally_before(s: Sentence, a: Amount) -> list[Amount]:
    """The tally "X (votes) to Y" just before a margin, X the larger, both plain counts; [] when there is none."""
    plain = [c for c in s.amounts if c.last < a.first and c.unit is None and not (c.approx or c.in_range or c.compound)]
    if len(plain) < 2:
        return []
    x, y = plain[-2:]
    gap = [s.lower(k) for k in range(x.last + 1, y.first)]
    if x.value > y.value and gap in (["to"], ["votes", "to"]) and a.first - y.last <= 6:
        return [x, y]
    return []


_AS_CLAUSE = frozenset("as while when whereas because".split())


def _margins(s: Sentence) -> list[tuple[Amount, str]]:
    out = []
    for a in s.amounts:
        if a.unit is not None:
            continue
        if not (s.lower(a.first - 1) == "of" and s.lower(a.first - 2) in _MARGIN | _LEAD) and not (s.lower(a.first - 1) == "by" and (_won_by(s, a.first - 1) or _tally_after(s, a))):
            continue  # "a majority of 516"; "who won by 13,407 votes", "beat Mr Shaw by 416 votes", "Kent winning by 32 runs";
            # "held on by 211 votes, 6,874 to 6,703": a margin set beside its tally, whatever the verb
        # a margin "by" a verb other than "won"/"lost" ("beat …", "winning", "passed") takes its counts from a tally
        # "A to B" after it or two bare counts before it ("by six wickets, chasing 256 in 47.2 overs" gives none)
        loose = s.lower(a.first - 1) == "by" and s.lower(a.first - 2) not in _WON
        counts = [c for c in s.amounts if c is not a and c.unit is None and not c.approx and c.last < a.first and c.value > a.value and not (loose and c.compound)]
        if s.lower(a.first - 1) == "of" and s.lower(a.first - 2) in _LEAD:
            # figures only, not words ("356 for eight": the wickets)
            pair = [c for c in s.amounts if c.last < a.first and c.unit is None and not (c.approx or c.in_range or c.compound or c.spelled)][-2:]
            if len(pair) == 2 and any(s.lower(k) in _AGAINST for k in range(pair[0].last + 1, min(pair[1].first, pair[0].last + 4))):
                x, y = pair
                if abs(abs(x.value - y.value) - a.value) > 0.5:
                    out.append((a, f"{x.text} less {y.text} is {_fmt(abs(x.value - y.value))}, not {a.text}."))
            continue
        if len(counts) != 2:
            # "by 1,386 votes to 412, a majority of 974": the loser's count may be under the majority
            counts = _tally_before(s, a) or counts
        if loose and len(counts) == 2 and any(s.lower(k) in _AS_CLAUSE for k in range(counts[1].last + 1, a.first)):
            continue  # "struck a 41-ball 64 and Jatoi defended 19 runs in the final over as United beat Qalandars by six
            # runs": the counts belong to another clause than the beating
        after = len(counts) != 2
        if after:
            # "a majority of 516, with 14,318 votes to 13,902": the counts after it
            counts = [c for c in s.amounts if c.unit is None and not c.approx and c.first > a.last and c.value > a.value]
        if len(counts) != 2:
            continue
        x, y = counts
        if s.lower(x.last + 1) == "for" and y.first == x.last + 2:
            continue  # "finish on 283 for six and win by four wickets": runs for wickets, a score, no two sides' counts
        tally = x.value > y.value and s.lower(x.last + 1) == "to" and y.first == x.last + 2  # "14,318 to 13,902": no range runs downwards
        if any(c.in_range for c in counts) and not tally or (loose and after and not tally):
            continue
        if s.lower(y.first - 1) == "of" or (s.lower(y.first - 1) == "the" and s.lower(y.first - 2) == "of"):
            continue  # "20 of the 39 seats for a majority of one": a share of the whole, the majority over all the rest
        if abs(abs(x.value - y.value) - a.value) > 0.5:
            out.append((a, f"{x.text} less {y.text} is {_fmt(abs(x.value - y.value))}, not {a.text}."))
    return out


def _times(ab: AnnotatedBlock, sentence: int, year: int | None) -> frozenset[str]:
    """The times a sentence names other than the publication's own ("2019", "last year", "last year's bill").

    The annotation has read them already (AnnotatedBlock.times: every year and every phrase of time-words, of any
    length, possessives stripped), so no sentence is walked again here.
    """
    own = {"this year", "this month", "this week"} | ({str(year)} if year else set())
    return frozenset(ab.times.get(sentence, frozenset()) - own)


def _year_of(q, year: int | None) -> int | None:
    """The one year a fact is dated to: the year its sentence names, else the publication's."""
    years = {int(t) for t in q.times if t.isdigit()}
    if len(years) > 1 or (not years and q.times):
        return None
    return next(iter(years)) if years else year


def _changes_of_levels(annotation, year: int | None) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A percentage change stated apart from the two levels it is between, that they contradict: "Profit after tax up 24
    per cent to GH¢412.6 million" (a standfirst) … "GH¢412.6 million, compared with GH¢361.2 million in 2023" (14 per
    cent), reported at the levels when the change is the standfirst's; "The Faroese quota was 147,000 tonnes in 2025. The
    new figure is a cut of 18 per cent" … "the quota for 2026 has been set at 125,000 tonnes" (15 per cent). The change
    must name its level ("to GH¢412.6 million") and the article give that level beside one earlier one, once; or name
    none, and the sentence before give one level of a thing the fact table gives one other value of another year."""
    out = []
    body = [(ab, sentences_of(ab)) for ab in annotation.prose]
    meta = [(ab, sentences_of(ab)) for _, ab in annotation.standfirsts]
    facts = {id(st.fact.amount): st for st in annotation.quantities}
    by_key: dict[tuple[str, str], list] = {}
    for st in annotation.quantities:
        by_key.setdefault((st.fact.unit, st.fact.thing), []).append(st)
    # (unit, new level) -> {earlier level: (block, earlier, new)}: each pair of levels the body gives, by its new level
    levels_given: dict[tuple, dict] = {}
    for oab, osents in body:
        for os in osents.values():
            for o, n in level_pairs(os):
                if not o.approx:
                    levels_given.setdefault((n.unit, round(n.value, 6)), {}).setdefault(round(o.value, 6), (oab, o, n, os))
    prose = {id(ab) for ab in annotation.prose}  # a set: "in" over the list is a scan per block
    for ab, sentences in meta + body:
        in_body = id(ab) in prose
        for index, s in sentences.items():
            percents = [a for a in s.amounts if a.unit == "percent" and not a.in_range and not a.spelled]
            if len(percents) != 1 or level_pairs(s):
                continue
            p = percents[0]
            # the change's clause: "demand rose by almost 8% as its income climbed to £4.9m" gives two changes
            lo = next((i + 1 for i in range(p.first - 1, s.lo - 1, -1) if s.tokens[i].text in (";", ":") or s.lower(i) in _TWO_CLAUSES), s.lo)
            hi = next((i for i in range(p.last + 1, s.hi) if s.tokens[i].text in (";", ":") or s.lower(i) in _TWO_CLAUSES), s.hi)
            levels = [a for a in s.amounts if a.unit != "percent" and not a.in_range and lo <= a.first < hi]  # the change's clause
            if len(levels) > 1:
                continue
            ways = {s.lower(i) in UP for i in range(p.first - 3, p.last + 4) if s.lower(i) in UP or s.lower(i) in DOWN}
            if len(ways) != 1:
                continue
            up = ways.pop()
            found = None
            if levels:
                x = levels[0]
                if not (s.lower(x.first - 1) == "to" and x.first > p.last) and not (x.last < p.first and p.first - x.last <= 4) \
                        and not (x.last < p.first and x.first - 1 == s.lo and s.lower(s.lo) == "at") \
                        and not (x.last < p.first and x.first - s.lo <= 1 and any(s.lower(k) in CHANGE_NOUNS for k in range(x.last + 1, p.first))):
                    # ("The 812-tonne intake represents a rise of about 35 per cent on last season": the subject's level)
                    continue  # "up 24 per cent to GH¢412.6 million", "GH¢412.6 million, up 24 per cent": the change's own level
                    # (and "At Rs 18.4 crore, the quarter's net profit was 31 per cent higher": the level it opens on)
                pairs = [given for given in levels_given.get((x.unit, round(x.value, 6)), {}).values() if given[3] is not s]
                if len(pairs) == 1:
                    found = pairs[0][:3]
            elif in_body and index - 1 in sentences:
                prior = [a for a in sentences[index - 1].amounts if a.unit not in (None, "percent") and not a.in_range]
                st = facts.get(id(prior[0])) if len(prior) == 1 else None
                if st is not None and not st.fact.quoted and (when := _year_of(st.fact, year)) is not None:
                    others = {}
                    for o in by_key[(st.fact.unit, st.fact.thing)]:
                        f = o.fact
                        if f.amount.value != st.fact.amount.value and not (f.quoted or f.amount.in_range or f.changing):
                            others.setdefault(round(f.amount.value, 6), []).append((o, _year_of(f, year)))
                            if len(others) > 1:
                                break  # a third value: which two the change is between is a guess
                    if len(others) == 1:
                        (o, other_year), = next(iter(others.values()))[:1]
                        if other_year is not None and other_year != when:
                            old, new = (prior[0], o.fact.amount) if when < other_year else (o.fact.amount, prior[0])
                            found = (o.block, old, new)
            if found is None:
                continue
            lab, old, new = found
            message = change_contradicts(p, old, new, up, not up)
            if message is None:
                continue
            if in_body:
                out.append((ab, p, message))
            else:
                out.append((lab, new, f"{message[:-1]} as the standfirst has it."))
    return out


_INCOME_NOUNS = frozenset("income revenue revenues turnover receipts takings".split())
_SPENDING_NOUNS = frozenset("expenditure spending costs outgoings expenses".split())
_LEAVING_WORDS = frozenset("leaving giving producing leaves left".split())


def _subject_level(s: Sentence) -> tuple[str, Amount] | None:
    """A sentence opening on income or spending and the level it gives it ("Expenditure climbed more steeply, to £645,200";
    "Total income rose to £612,400 from £571,900"): which side, and its level (the one after "to", else the first)."""
    k = s.lo
    while s.lower(k) in ("total", "overall", "the", "its", "their", "annual", "gross"):
        k += 1
    side = "income" if s.lower(k) in _INCOME_NOUNS else "spending" if s.lower(k) in _SPENDING_NOUNS else None
    money = [a for a in s.amounts if a.unit not in (None, "percent") and not (a.in_range or a.approx)]
    if side is None or not money:
        return None
    level = next((a for a in money if s.lower(a.first - 1) == "to"), money[0])
    return side, level


def _gaps_of_income_and_spending(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A deficit or surplus a level of spending (or income) leaves ("Expenditure climbed … to £645,200, leaving a deficit
    of £42,800") against the level of the other side the article gave just before ("Total income rose to £612,400"):
    spending less income is the deficit (£32,800), income less spending the surplus."""
    out = []
    sides: dict[str, Amount] = {}
    kb = annotation.quantity_knowledge
    for ab in annotation.prose:
        for s in sentences_of(ab).values():
            told = _subject_level(s)
            if told is None:
                continue
            side, level = told
            other = sides.get("spending" if side == "income" else "income")
            for gap in s.amounts:
                if other is None or gap is level or gap.unit != level.unit or other.unit != level.unit or gap.approx or gap.in_range:
                    continue
                if not (s.lower(gap.first - 1) == "of" and s.lower(gap.first - 2) in kb.gaps and s.lower(gap.first - 3) in ("a", "an")
                        and s.lower(gap.first - 4) in _LEAVING_WORDS and gap.first > level.last):
                    continue
                below = kb.gaps[s.lower(gap.first - 2)] < 0  # a deficit: spending over income
                spending, income = (level, other) if side == "spending" else (other, level)
                actual = spending.value - income.value if below else income.value - spending.value
                if actual > 0 and abs(actual - gap.value) > half_step(gap) + half_step(spending) + half_step(income):
                    out.append((ab, gap, f"{spending.text if below else income.text} less {income.text if below else spending.text} is {_fmt_like(actual, [gap])}, not {gap.text}."))
            sides[side] = level
    return out


def _sized_changes_of_earlier_levels(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A change given by its size and its percentage, in a sentence with neither level ("The $13.2 million rise in dollar
    earnings, an increase of 31 per cent on 2024"), whose size is the gap of the one pair of levels the article gave
    before ("$71.4 million …, up from $58.2 million"): the size over the earlier level is the percentage (22.7 per cent)."""
    pairs: list[tuple[Amount, Amount]] = []
    out = []
    for ab in annotation.prose:
        for s in sentences_of(ab).values():
            given = level_pairs(s)
            if not given:
                out += [(ab, p, message) for p, message in _sized_against(s, pairs)]
            pairs += [(o, n) for o, n in given if o.unit not in (None, "percent") and not (o.approx or n.approx)]
    return out


def _sized_against(s: Sentence, pairs: list[tuple[Amount, Amount]]) -> list[tuple[Amount, str]]:
    out = []
    percents = [a for a in s.amounts if a.unit == "percent" and not a.in_range]
    sizes = [a for a in s.amounts if a.unit not in (None, "percent") and not (a.in_range or a.approx)]
    if len(percents) != 1 or len(sizes) != 1:
        return out
    p, size = percents[0], sizes[0]
    # the size named as a change ("The $13.2 million rise", "an increase of $13.2 million") and the percentage too
    size_noun = _change_size_noun(s, size)
    k = _before_hedges(s, p)
    p_noun = s.lower(k - 1) if s.lower(k) == "of" else s.lower(p.last + 1)
    if size_noun not in CHANGE_NOUNS or p_noun not in CHANGE_NOUNS | UP | DOWN:
        return out
    up = size_noun in UP
    fits = {(round(o.value, 6), round(n.value, 6)): (o, n) for o, n in pairs if o.unit == size.unit and (n.value > o.value) == up
            and abs(abs(n.value - o.value) - size.value) <= half_step(size) + half_step(o) + half_step(n)}
    if len(fits) != 1:
        return out
    old, new = next(iter(fits.values()))
    message = change_contradicts(p, old, new, up, not up)
    if message is not None:
        out.append((p, message))
    return out


def _changes_after_their_levels(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A change told with its size alone, in the sentence right after the one that gives the only pair of levels of that
    direction ("Rwanda shipped 1,890 tonnes of green coffee in March, up from 1,520 tonnes in February" … "The monthly
    volume represented a jump of roughly 31 per cent on February": 24 per cent). The change's sentence gives no other
    figure, and its words before the change name nothing the other figures of the levels' sentence are told with
    ("… and earned $14.6 million. Earnings were up 12 per cent" is the money's change)."""
    out = []
    previous = None  # the sentence before, when it holds figures: the last of the paragraph before counts too
    for ab in annotation.prose:
        sentences = sentences_of(ab)
        last_index = ab.tokens[-1].sentence if ab.tokens else -1
        for index in range(last_index + 1):
            s = sentences.get(index)
            if s is None:
                previous = None
                continue
            before, previous = previous, s
            percents = [a for a in s.amounts if a.unit == "percent"]
            if before is None or len(s.amounts) != 1 or len(percents) != 1 or percents[0].in_range or percents[0].spelled or level_pairs(s):
                continue
            p = percents[0]
            ways = {s.direction(i) in UP for i in range(p.first - 3, p.last + 4) if s.direction(i)}
            if len(ways) != 1:
                continue
            up = ways.pop()
            pairs = {(round(o.value, 6), round(n.value, 6)): (o, n) for o, n in level_pairs(before) if o.unit != "percent" and not (o.approx or n.approx)}
            if len(pairs) != 1:
                continue
            (old, new), = pairs.values()
            if (new.value > old.value) != up or s.tokens[p.first].quoted:
                continue
            others = [a for a in before.amounts if a is not old and a is not new]
            told_with = {_stem(before.lower(i)) for a in others for i in range(max(before.lo, a.first - 3), min(before.hi, a.last + 4))
                         if before.tokens[i].kind == WORD and before.lower(i) not in FUNCTION_WORDS} if others else set()
            subject = {_stem(s.lower(i)) for i in range(s.lo, p.first) if s.tokens[i].kind == WORD and s.lower(i) not in FUNCTION_WORDS}
            if subject & told_with:
                continue
            # the change names the time of the levels it is between ("a jump of 31 per cent on February" after "up from
            # 1,520 tonnes in February"): a change of something else ("its outpatient list growing by 9% over the year",
            # "It follows a 9.6 per cent rise last year") names none of theirs
            if not (_dates_named(s) & _dates_named(before)) or {s.lower(i) for i in range(s.lo, s.hi)} & {"last", "previous", "next", "same", "steeper"}:
                continue
            message = change_contradicts(p, old, new, up, not up)
            if message:
                out.append((ab, p, message))
    return out


def _dates_named(s: Sentence) -> set[str]:
    """The months and years a sentence names."""
    return {s.lower(i) for i in range(s.lo, s.hi) if s.lower(i) in _MONTHS and s.tokens[i].capitalised or s.tokens[i].kind == NUMBER and len(s.tokens[i].text) == 4 and s.tokens[i].text.startswith(("19", "20"))}


_TWO_CLAUSES = frozenset({"as", "while", "whereas", "but"})
_CHANGE_OF = frozenset("reduction cut fall drop decline decrease slump rise increase growth hike jump surge gain boost".split())


def _definite_changes(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A change referred back to by its size ("the 12 per cent reduction in the UK cod quota") that the one pair of levels of
    that direction the article gives in a sentence sharing two of its words contradicts ("The UK's share of North Sea cod
    for 2026 falls from 14,200 tonnes to 11,900 tonnes": 16 per cent)."""
    from ..reading.quantities import FUNCTION_WORDS

    pairs = []  # (block, sentence index, old, new, stems of the sentence)
    by_block = [(ab, sentences_of(ab)) for ab in annotation.prose]
    for ab, sentences in by_block:
        for index, s in sentences.items():
            found = [(o, n) for o, n in level_pairs(s) if o.unit != "percent" and not (o.approx or n.approx)]  # "from A to B" reads as a range too
            if found:
                stems = {_stem(ab.tokens[i].lower.removesuffix("'s").removesuffix("\u2019s")) for i in range(s.lo, s.hi) if ab.tokens[i].kind == WORD}
                pairs += [(ab, index, o, n, stems, _subject_stems(ab, s, min(o.first, n.first))) for o, n in found]
    out = []
    if not pairs:
        return out
    kb = annotation.quantity_knowledge
    money = frozenset(kb.currency_before.values()) | frozenset(kb.currency_after.values())
    refer_back = kb.refer_back  # "turnover" -> "revenue": a word's group of nouns for one sum of money, by its first word
    groups: dict[str, set[str]] = {}
    for word, first in refer_back.items():
        groups.setdefault(first, set()).add(word)
    for ab, sentences in by_block:
        for index, s in sentences.items():
            for p in s.amounts:
                if p.unit != "percent" or p.approx or p.in_range or s.lower(p.first - 1) != "the" or s.lower(p.last + 1) not in _CHANGE_OF:
                    continue
                k = p.last + 2
                if s.lower(k) not in ("in", "to", "of"):
                    continue
                words, head = set(), None
                for i in range(k + 1, min(s.hi, k + 8)):
                    t = s.tokens[i]
                    if t.kind != WORD or t.lower in ("was", "is", "were", "are", "will", "would", "had", "has"):
                        break
                    if t.lower not in FUNCTION_WORDS and len(t.lower) > 1:
                        words.add(_stem(t.lower.removesuffix("'s").removesuffix("\u2019s")))
                        head = head or t.lower
                up = s.lower(p.last + 1) in UP
                # the thing that changed, by its own word or one the article may use for it ("the 24 per cent jump in
                # turnover" … "revenue … climbed to $48.6 million from $41.2 million")
                named = {_stem(w) for w in groups.get(refer_back.get(head, ""), set()) | {head}} if head else set()
                # one shared word is enough only for a sum of money named by a word of a refer-back group
                # "Earnings per share increased to TT$2.34" is a rate, not the earnings: "per" in the subject names no sum
                mine = [(o, n) for pab, pindex, o, n, stems, subject in pairs if not (pab is ab and pindex == index)
                        and (len(words & stems) >= 2 or (named & subject and "per" not in subject and o.unit in money and head in refer_back))
                        and (n.value > o.value) == up]
                if len({(round(o.value, 6), round(n.value, 6)) for o, n in mine}) != 1:
                    continue
                old, new = mine[0]
                message = change_contradicts(p, old, new, up, not up)
                if message:
                    out.append((ab, p, message))
    return out


_POINT_CHANGES = _CHANGE_OF | frozenset("climb rises falls drops".split())


def _definite_point_changes(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A change in points referred back to by its size ("the 0.6 percentage-point climb in headline inflation") that the
    one pair of percentage levels of that direction an earlier sentence sharing two of its words gives contradicts
    ("Headline inflation rose to 2.9 per cent … from 2.1 per cent": 0.8 points)."""
    from ..reading.quantities import FUNCTION_WORDS

    pairs = []  # (block, sentence index, old, new, stems of the sentence)
    for ab in annotation.prose:
        for index, s in sentences_of(ab).items():
            found = [(o, n) for o, n in change_pairs(s, None, percents=True) if o.unit == n.unit == "percent" and not (o.approx or n.approx)]
            if found:
                stems = {_stem(ab.tokens[i].lower) for i in range(s.lo, s.hi) if ab.tokens[i].kind == WORD}
                pairs += [(ab, index, o, n, stems) for o, n in found]
    out = []
    for ab in annotation.prose if pairs else ():
        for index, s in sentences_of(ab).items():
            for d in s.amounts:
                if d.approx or d.in_range or s.lower(d.first - 1) != "the" or d.unit not in (None, "percentage-point"):
                    continue
                k = d.last + 1
                if d.unit is None:
                    if (s.lower(k), s.lower(k + 1), s.lower(k + 2)) == ("percentage", "-", "point"):
                        k += 3  # "the 0.6 percentage-point climb"
                    elif (s.lower(k), s.lower(k + 1)) == ("-", "point"):
                        k += 2  # "the 0.6-point climb"
                    else:
                        continue
                change = s.lower(k)
                if change not in _POINT_CHANGES or s.lower(k + 1) not in ("in", "of"):
                    continue
                words = {_stem(s.lower(i)) for i in range(k + 2, min(s.hi, k + 6)) if s.tokens[i].kind == WORD and s.lower(i) not in FUNCTION_WORDS}
                up = change in UP or change in ("climb", "rises")
                earlier = [(o, n) for pab, pindex, o, n, stems in pairs if (pab is not ab or pindex < index) and len(words & stems) >= 2 and (n.value > o.value) == up]
                if len({(round(o.value, 6), round(n.value, 6)) for o, n in earlier}) != 1:
                    continue
                old, new = earlier[0]
                actual = round(abs(new.value - old.value), 6)
                if abs(actual - d.value) > half_step(d) + 1e-9:  # "the 1-point rise" may round 0.8
                    out.append((ab, d, f"{old.text} to {new.text} is a change of {_fmt(actual)} percentage points, not {d.value:g}."))
    return out


def _changes_of_subjects(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A change told with its size alone ("Platinum group metals (PGM) production climbed 8% in the year") that the one
    pair of levels of that direction the article gives of the same thing contradicts ("The group produced 1.62 million
    ounces of platinum group metals, up from 1.38 million ounces in 2024": 17 per cent). The thing is the change's
    subject, two words or more besides function words, every one of them in the levels' sentence; the levels' sentence
    must name no part of the year the change's clause does not ("in the third quarter"), and the other way round. Reported at
    the later of the two."""
    from ..reading.quantities import FUNCTION_WORDS

    body = [(ab, sentences_of(ab)) for ab in annotation.prose]
    pairs = []  # (block, sentence, old, new, stems of the sentence, parts of a year it names)
    for ab, sentences in body:
        for s in sentences.values():
            found = [(o, n) for o, n in level_pairs(s) if o.unit != "percent" and not (o.approx or n.approx)]
            for o, n in found:
                # the words of the pair's own clause: "… compared with 538,100 bags …, and earnings climbed to $241.3
                # million from $187.6 million" tells earnings, not the volume the clause before names
                lo = max((i + 2 for i in range(s.lo, min(o.first, n.first)) if ab.tokens[i].text in (",", ";") and s.lower(i + 1) in ("and", "while", "but", "whereas")), default=s.lo)
                stems = {_stem(ab.tokens[i].lower.removesuffix("'s").removesuffix("\u2019s")) for i in range(lo, s.hi) if ab.tokens[i].kind == WORD}
                pairs.append((ab, s, o, n, stems, s.lowers & _YEAR_PARTS))
    out = []
    if not pairs:
        return out
    for ab, sentences in body:
        for s in sentences.values():
            percents = [a for a in s.amounts if a.unit == "percent"]
            if len(percents) != 1 or percents[0].approx or percents[0].in_range:
                continue
            p = percents[0]
            k = p.first - 1
            while s.lower(k) in ("by", "a", "an", "some", "about", "almost", "nearly", "around", "roughly"):
                k -= 1
            noun_form = s.lower(p.first - 1) in ("a", "an") and s.lower(p.last + 1) in CHANGE_NOUNS and s.lower(k) not in UP | DOWN
            # "The quarterly profit represents a jump of 31.2 per cent": the change's noun before its size
            noun_of = s.lower(p.first - 1) == "of" and s.lower(p.first - 2) in CHANGE_NOUNS and s.lower(p.first - 3) in ("a", "an") and ab.tokens[p.first - 4].kind == WORD
            if noun_form:
                # "With defence taking a 14 percent increase": the change named by its noun, the verb before it the subject's
                up, verb = s.lower(p.last + 1) in UP, k
            elif noun_of:
                up, verb, noun_form = s.lower(p.first - 2) in UP, p.first - 4, True
            elif s.lower(k) in ("were", "was", "is", "are") or s.lower(k) not in UP | DOWN:
                continue
            else:
                up, verb = s.lower(k) in UP, k
            if s.lower(verb - 1) in ("were", "was", "is", "are", "has", "have", "had"):
                verb -= 1
            words = set()
            depth = 0
            start = s.lo
            for i in range(verb - 1, s.lo - 1, -1):  # the subject, brackets and all ("Platinum group metals (PGM) production")
                t = ab.tokens[i]
                if t.text == ")":
                    depth += 1
                elif t.text == "(":
                    depth -= 1
                elif t.text in (",", ";", ":") or t.lower in _TWO_CLAUSES or t.lower in ("that", "said", "and"):
                    start = i + 1
                    break
                elif t.kind == WORD and depth == 0 and t.lower not in FUNCTION_WORDS and len(t.lower) > 2 and not t.quoted \
                        and not (t.lower in ("far", "date") and s.lower(i - 1) in ("so", "to")):  # "Earnings for the season so far"
                    words.add(_stem(t.lower.removesuffix("'s").removesuffix("\u2019s")))
            if len(words) < 2 and not (noun_form and len(words) == 1):
                continue
            end = next((i for i in range(p.last + 1, s.hi) if ab.tokens[i].text in (",", ";", ":") or s.lower(i) in _TWO_CLAUSES), s.hi)
            if any(a is not p and start <= a.first < end for a in s.amounts):
                continue  # a level in the change's own clause is read by the sums of one sentence
            parts = {s.lower(i) for i in range(verb, end)} & _YEAR_PARTS  # the change's own clause: "in the third quarter"
            # ("The quarterly profit represents a jump of …": a subject that names its part of the year)
            parts |= {_YEAR_PART_OF[s.lower(i)] for i in range(start, verb) if s.lower(i) in _YEAR_PART_OF}
            # a clause that names no time at all ("Profit after tax rose 35 per cent year-on-year") is the levels' own
            # period, whichever part of the year they name
            timeless = not parts and not any(s.lower(i) in _WHOLE_YEAR | _YEAR_PARTS and not _year_on_year(s, i) for i in range(s.lo, end))
            mine = [(pab, ps, o, n) for pab, ps, o, n, stems, pparts in pairs if ps is not s and words <= stems and (n.value > o.value) == up
                    and (pparts == parts or timeless and words <= _subject_stems(pab, ps, min(o.first, n.first)))
                    and (len(words) > 1 or _opens_with(pab, ps, words))]
            if len({(round(o.value, 6), round(n.value, 6)) for _, _, o, n in mine}) != 1:
                continue
            pab, ps, old, new = mine[0]
            message = change_contradicts(p, old, new, up, not up)
            if message is None:
                continue
            later = (annotation.line(pab, new.start), new.start) > (annotation.line(ab, p.start), p.start)
            out.append((pab, new, message) if later else (ab, p, message))
    return out


_YEAR_PARTS = frozenset("quarter quarters half month months week weeks".split())
_YEAR_PART_OF = {"quarterly": "quarter", "monthly": "month", "weekly": "week", "half-yearly": "half"}
_WHOLE_YEAR = frozenset("year years annual annually full-year yearly twelve 12".split())


def _year_on_year(s: Sentence, i: int) -> bool:
    """True for either "year" of "year-on-year": a comparison with the same time a year before, naming no time itself."""
    return s.phrase(i, ("year", "-", "on", "-", "year")) or s.phrase(i - 4, ("year", "-", "on", "-", "year"))


def _opens_with(ab: AnnotatedBlock, s: Sentence, words: set[str]) -> bool:
    """True when the sentence's first word is the one word a change's subject has ("Defence spending has been set at …"
    for "defence taking a 14 percent increase"): a single word tells whose levels they are only as their subject."""
    first = next((ab.tokens[i] for i in range(s.lo, s.hi) if ab.tokens[i].kind == WORD), None)
    return first is not None and {_stem(first.lower)} == words


def _subject_stems(ab: AnnotatedBlock, s: Sentence, first: int) -> set[str]:
    """The stems of the words of a change's own clause before its first level ("Revenue for the year to December 31
    climbed to …"; not "rising earnings was explained by prices …, where the average price rose to …")."""
    out = set()
    for i in range(first - 1, max(s.lo, first - 11) - 1, -1):
        t = ab.tokens[i]
        if t.text in (",", ";", ":", "(", ")"):
            break
        if t.kind == WORD:
            out.add(_stem(t.lower.removesuffix("'s").removesuffix("\u2019s")))
    return out


def _verb_stem(word: str) -> str:
    """A verb's stem, for telling one verb in two forms ("owes", "owing", "owed" -> "ow")."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e")


_PART_LABELS = frozenset("to from for in at on with by".split())


def _breakdown_parts(ab: AnnotatedBlock, sentence: list[Amount]) -> tuple[list[Amount], str] | None:
    """The parts of a breakdown a sentence lists, each amount followed by whom or what it is of ("owes £7.1m to its bank,
    £1.9m to HMRC and £3.7m to trade suppliers"), joined by commas and "and", with the verb just before the first: (the
    parts, that verb), or None."""
    tokens = ab.tokens
    parts = [a for a in sentence if a.unit is not None and not (a.approx or a.in_range or tokens[a.first].quoted)]
    if len(parts) < 2 or len({a.unit for a in parts}) != 1 or len(parts) != len([a for a in sentence if a.unit == parts[0].unit]):
        return None
    for a, b in zip(parts, parts[1:]):
        between = [tokens[k] for k in range(a.last + 1, b.first)]
        if not between or between[0].lower not in _PART_LABELS or not (2 <= len(between) <= 8):
            return None
        if between[-1].lower != "and" and between[-1].text != "," and not (between[-1].lower == "and" or (len(between) > 1 and between[-2].text == "," and between[-1].lower == "and")):
            return None
        if any(t.kind == NUMBER for t in between):
            return None
    last = parts[-1]
    if last.last + 1 >= len(tokens) or tokens[last.last + 1].lower not in _PART_LABELS:
        return None
    k = parts[0].first - 1
    if k < 0 or tokens[k].kind != WORD or tokens[k].sentence != tokens[parts[0].first].sentence or tokens[k].lower in FUNCTION_WORDS:
        return None
    return parts, _verb_stem(tokens[k].lower)


def _each_of_the_n(ab: AnnotatedBlock, sentence: list[Amount]) -> tuple[list[Amount], str] | None:
    """The parts of a whole a sentence says it gives every one of: it opens "Of the two services," and then gives as many
    figures of one unit, each just after one verb ("the bridging service … carried 301,000 passengers, while the express
    service … carried 143,000"): (the parts, that verb), or None."""
    tokens = ab.tokens
    k = sentence[0].first
    while k > 0 and tokens[k - 1].sentence == tokens[k].sentence:
        k -= 1  # the sentence's first word, walked back to from its first figure
    if tokens[k].lower != "of" or k + 2 >= len(tokens) or tokens[k + 1].lower not in ("the", "its", "their"):
        return None
    told = next((a for a in sentence if a.first == k + 2), None)
    if told is None or told.unit is not None or not 2 <= told.value <= 9 or told.value != int(told.value):
        return None
    comma = next((i for i in range(told.last + 1, min(len(tokens), told.last + 6)) if tokens[i].text == ","), None)
    if comma is None:
        return None
    by_verb: dict[str, list[Amount]] = {}
    for a in sentence:
        if a.first > comma and not (a.approx or a.in_range or a.spelled or tokens[a.first].quoted):
            before = tokens[a.first - 1]
            if before.kind == WORD and before.lower not in FUNCTION_WORDS:
                by_verb.setdefault(before.lower, []).append(a)
    found = [(verb, parts) for verb, parts in by_verb.items() if len(parts) == told.value and len({a.unit for a in parts}) == 1]
    if len(found) != 1:
        return None
    verb, parts = found[0]
    return parts, _verb_stem(verb)


def _parts_over_whole(annotation, year: int | None) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A breakdown whose parts add up to more than the whole the article gave before with the same verb ("owing
    creditors around £11.3m" … "owes £7.1m to its bank, £1.9m to HMRC and £3.7m to trade suppliers": £12.7m). A
    breakdown may leave parts out, so only parts that come to more than the whole, beyond its rounding, contradict it;
    the whole is the one earlier amount of the unit with that verb at most four words before it, of the same time."""
    out = []
    # (verb stem, unit) -> {value: (block, amount, the times of its sentence)}: the wholes written so far
    wholes: dict[tuple[str, str], dict[float, tuple]] = {}
    for ab in annotation.prose:
        tokens = ab.tokens
        for index, sentence in ab.by_sentence.items():
            amounts = sentence[0]
            when = _times(ab, index, year)
            found = _breakdown_parts(ab, amounts) if len(amounts) >= 2 else None
            every = _each_of_the_n(ab, amounts) if found is None and len(amounts) >= 2 else None
            if found is not None or every is not None:
                parts, verb = found or every
                earlier = {}
                for v, (wab, w, w_when) in wholes.get((verb, parts[0].unit), {}).items():
                    if w_when == when:
                        earlier[v] = (wab, w)
                        if len(earlier) > 1:
                            break  # two wholes: which the parts are of is a guess
                total = sum(a.value for a in parts)
                if len(earlier) == 1:
                    wab, w = next(iter(earlier.values()))
                    room = 0.05 * w.value if w.approx else 0
                    written = f"{total:.10g}".replace(".", "").lstrip("0")
                    line = annotation.line(wab, w.start)
                    if total > w.value + room and not agree(total, w.value, written, w.digits) and total < 2 * w.value:
                        out.append((ab, parts[0], f"{' + '.join(a.text for a in parts)} is {_fmt_like(total, parts)}, more than the {w.text} at line {line} they are part of."))
                    elif every is not None and total < w.value - room and not agree(total, w.value, written, w.digits) and 2 * total > w.value:
                        # "Of the two shuttle services, …": every part named, so they must make the whole
                        out.append((ab, parts[-1], f"{' + '.join(a.text for a in parts)} is {_fmt_like(total, parts)}, not the {w.text} at line {line} they make up."))
                continue
            for a in amounts:
                if a.unit is None and (a.spelled or a.value < 10) or a.in_range or tokens[a.first].quoted:
                    continue  # (a count in words or under ten is no whole a breakdown names every part of)
                for k in range(a.first - 1, max(-1, a.first - 5), -1):
                    if tokens[k].sentence != tokens[a.first].sentence:
                        break
                    if tokens[k].kind == WORD and tokens[k].lower not in FUNCTION_WORDS and len(tokens[k].lower) >= 3:
                        wholes.setdefault((_verb_stem(tokens[k].lower), a.unit), {}).setdefault(round(a.value, 6), (ab, a, when))
    return out


def _parts_one_digit_from_earlier(annotation, year: int | None) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A closed list of three parts or more of one unit, every figure of that unit in its sentence ("The Kwena shaft
    delivered 182,000 ounces and the Tau shaft 141,500 ounces, while the Lesedi open pit … contributed 64,300 ounces"),
    whose sum is one digit off the one figure of that unit the article gave before, of the same time ("Group production
    for the half came to 397,800 ounces": 387,800): a slip in the arithmetic, not parts left out (see _one_digit_off)."""
    out = []
    earlier: list[tuple] = []  # (block, amount, the times of its sentence, the noun a count counts)
    revised = frozenset(w for phrase in annotation.quantity_knowledge.revision_words for w in phrase)
    for ab in annotation.prose:
        for s in _every_sentence(ab):
            # a later year ("the pit, which is scheduled to close in 2028, contributed …") dates no figure of this one
            when = frozenset(t for t in _times(ab, s.index, year) if not (t.isdigit() and year and int(t) > year))
            units = {a.unit for a in s.amounts if a.unit != "percent"}
            # a list after a colon or a cue ("is split between the three centres: …") is the other readers' to weigh
            cued = any(s.tokens[k].text == ":" or s.lower(k) in _CUE_STARTS and any(s.phrase(k, cue) for cue in _WHOLE_CUES) for k in range(s.lo, s.hi))
            for unit in units if len(s.amounts) >= 3 and not _partial(s) and not cued else ():
                parts = _parts(s, s.lo, s.hi - 1, unit, 16)
                if parts is None or len(parts) < 3 or any(p.approx or p.spelled for p in parts):
                    continue
                # counts of one noun ("182,000 ounces", "141,500 ounces"), against a whole of that noun
                # ("17,880 students, middle schools 9,146 and …": the noun said once, with the first part)
                nouns = ({_counted(s, p) for p in parts} - ({None} if _counted(s, parts[0]) else set())) if unit is None else {None}
                if len(nouns) != 1 or unit is None and None in nouns or len(parts) != sum(1 for a in s.amounts if a.unit == unit and (unit or _counted(s, a) in nouns or a in parts)):
                    continue
                total = sum(p.value for p in parts)
                wholes = {round(w.value, 6): (wab, w) for wab, w, w_when, noun in earlier
                          if w.unit == unit and noun in nouns and w_when == when and w.value > max(p.value for p in parts) and _one_digit_off(total, w.value)}
                if len(wholes) == 1:
                    wab, w = next(iter(wholes.values()))
                    out.append((ab, parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(total, parts)}, not the {w.text} at line {annotation.line(wab, w.start)} they make up."))
            if not s.lowers & revised:  # "had first put the collection at ₹1,398 crore, but later revised it": a figure since replaced
                earlier += [(ab, a, when, _counted(s, a) if a.unit is None else None) for a in s.amounts if not (a.approx or a.in_range or a.spelled)
                            and not any(s.lower(k) in _A_PART_OF for k in range(max(s.lo, a.first - 6), a.first))]
    return out


# "Services for older people account for the largest share, at £164.3m": a part of a whole, no whole of parts
_A_PART_OF = frozenset({"share", "slice", "portion", "chunk"})


def _named_counts(ab: AnnotatedBlock, amounts: list[Amount]) -> tuple[list[tuple[Amount, int]], str] | None:
    """A sentence's counts of one noun, each after a name ("the Tories held 34 seats, the New Democrats 14, the Liberals
    six, and the Greens and an independent one each"): [(amount, how many names share it)], and the noun; or None."""
    tokens = ab.tokens
    counts = [a for a in amounts if a.unit is None and not (a.approx or a.in_range or a.compound or tokens[a.first].quoted)]
    # the list opens at the first count followed by a plural noun ("shortly after 1 a.m. Wednesday, the Tories held 34 seats")
    while counts and not (counts[0].last + 1 < len(tokens) and tokens[counts[0].last + 1].kind == WORD and tokens[counts[0].last + 1].lower.endswith("s")
                          and tokens[counts[0].last + 1].lower not in FUNCTION_WORDS):
        counts = counts[1:]
    if len(counts) < 3:
        return None
    noun = tokens[counts[0].last + 1].lower
    if not noun.endswith("s") or noun in FUNCTION_WORDS:
        return None
    parts = []
    for i, a in enumerate(counts):
        after = tokens[a.last + 1].lower if a.last + 1 < len(tokens) else ""
        if i and after not in (",", ".", ";", "and", "each", noun, ""):
            return None
        lo = counts[i - 1].last + (2 if i == 0 else 1) if i else max(0, a.first - 6)
        between = tokens[lo : a.first]
        if not any(t.capitalised and t.lower not in FUNCTION_WORDS for t in between) or any(t.kind == NUMBER for t in between):
            return None  # each count after a name of its own, with no other figure between
        if i and not any(t.text == "," or t.lower == "and" for t in between[:2]):
            return None
        shared = 2 if after == "each" and any(t.lower == "and" for t in between[1:]) else 1
        parts.append((a, shared))
    return parts, noun


def _named_counts_over_whole(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """Counts of one noun given to named sides that add up to more than the whole the article gives once ("34 of the
    legislature's 55 seats" … "the Tories held 34 seats, the New Democrats 14, the Liberals six, and the Greens and an
    independent one each": 56). A list may leave sides out, so only more than the whole contradicts it; the whole is
    written after "of the" (or an owner's) and is the article's one such value of that noun."""
    wholes: dict[str, set[tuple]] = {}
    for loc in annotation.quantities:
        f = loc.fact
        if f.unit != "count" or f.quoted or f.amount.in_range or f.amount.approx:
            continue
        tokens = loc.block.tokens
        k = f.amount.first - 1
        while k > 0 and (tokens[k].lower in ("the", "its", "their") or tokens[k].lower.endswith(("'s", "\u2019s"))):
            k -= 1
        if k < f.amount.first - 1 and tokens[k].lower == "of":
            wholes.setdefault(f.thing, set()).add((f.amount.value, id(loc.block), f.amount.start, loc.block, f.amount))
    out = []
    for ab in annotation.prose:
        for sentence in ab.by_sentence.values():
            found = _named_counts(ab, sentence[0]) if len(sentence[0]) >= 3 else None
            if found is None:
                continue
            parts, noun = found
            thing = singular(noun)
            values = {w[0] for w in wholes.get(thing, ())}
            if len(values) != 1:
                continue
            _, _, _, wab, whole = next(iter(wholes[thing]))
            total = sum(a.value * n for a, n in parts)
            if any(b.unit is None and abs(b.value - total) < 0.5 for b in ab.amounts):
                continue  # "On the first ballot, 318 councillors voted … 141 … 118 … 59": the whole of their own paragraph
            if whole.value < total < 2 * whole.value and max(a.value for a, _ in parts) < whole.value:
                written = " + ".join(" + ".join([a.text] * n) for a, n in parts)
                out.append((ab, parts[-1][0], f"{written} is {_fmt(total)}, more than the {whole.text} {noun} at line {annotation.line(wab, whole.start)} they are part of."))
    return out


def _shares_of_those(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A part and its share of a group a sentence opens on ("Of those on the outpatient list, 201,300 – 54% – had been
    waiting for more than a year"), against the group's count: the first count of the last earlier sentence that names
    every word of the group ("418,640 people were on the outpatient waiting list"): 48.1 per cent."""
    out = []
    seen: list[tuple[AnnotatedBlock, frozenset[str], Amount]] = []  # each earlier sentence: its words and its first count
    for ab in annotation.prose:
        tokens = ab.tokens
        bounds: dict[int, list[int]] = {}  # each sentence's first token and the one after its last, read once
        for k, t in enumerate(tokens):
            bounds.setdefault(t.sentence, [k, k])[1] = k + 1
        for index in sorted(ab.by_sentence):
            amounts = [a for a in ab.by_sentence[index][0] if not tokens[a.first].quoted]
            if index not in bounds:
                continue
            lowers = [t.lower for t in tokens[bounds[index][0] : bounds[index][1]]]
            # ("201,300 – 54% –": a dash sets the share off, it makes no range of a count and a share)
            counts = [a for a in amounts if a.unit is None and not (a.approx or a.spelled)]
            if lowers[:2] in (["of", "those"], ["of", "the"]) and "," in lowers[2:12]:
                group = frozenset(w for w in lowers[2 : lowers.index(",", 2)] if w.isalpha() and w not in FUNCTION_WORDS and w not in ("those", "them", "these", "people") and len(w) > 2)
                shares = [a for a in amounts if a.unit == "percent" and not a.approx]
                if group and len(counts) == 1 and len(shares) == 1 and 0 < shares[0].first - counts[0].last <= 2:
                    part, share = counts[0], shares[0]
                    whole = next((w for sab, words, w in reversed(seen) if group <= words), None)
                    if whole is not None and whole.value > part.value:
                        actual = part.value / whole.value * 100
                        if abs(actual - share.value) > max(1.0, 0.035 * share.value):
                            out.append((ab, share, f"{part.text} of {whole.text} is {percent_text(actual)}, not {share.text}."))
            first_count = next((a for a in counts if not a.in_range), None)
            if first_count is not None:
                seen.append((ab, frozenset(lowers), first_count))
    return out


# words of a share's whole that name no thing of their own: "44 per cent of the national total" is of the whole the
# article gives, whatever it is called
_GENERIC_WHOLE = frozenset("the its their national nationwide countrywide global overall combined entire whole total country's nation's".split())


def _share_statements(annotation) -> list[tuple[AnnotatedBlock, Amount, Amount, tuple[str, ...]]]:
    """Each part put as a share of a whole right after it ("498,700 tonnes, or 61.4 per cent of national output"):
    (block, part, share, the whole's words), outside quotes, the part not a percentage, rough or a range."""
    out = []
    for ab in annotation.prose:
        for s in sentences_of(ab).values():
            for p in s.amounts:
                if p.unit != "percent" or p.in_range or p.approx or s.lower(p.last + 1) != "of" or s.tokens[p.first].quoted:
                    continue
                verb = next((words for words in _SHARE_VERBS if all(s.lower(p.first - len(words) + m) == w for m, w in enumerate(words))), None)
                if verb is None or s.lower(p.first - len(verb) - 1) != ",":
                    continue
                comma = p.first - len(verb) - 1
                part = next((a for a in reversed(s.amounts) if a.last < comma), None)
                if part is None or part.unit in (None, "percent") or part.approx or part.in_range or comma - part.last > 1:
                    continue  # a measure or money right before the comma ("498,700 tonnes, or"); a count's whole is its noun's
                words = []
                k = p.last + 2
                while k < s.hi and s.tokens[k].kind == WORD and len(words) < 4:
                    words.append(s.lower(k))
                    k += 1
                if words and s.lower(k) in ("", ".", ",", ";"):
                    out.append((ab, part, p, tuple(words)))
    return out


# words that say a figure is a whole: "The programme totals Rs412bn", "a total of 1,240", "totalling $3.1m"
_TOTAL_VERBS = frozenset("total totals totalled totaled totalling totaling".split())
# hedges between a part's comma and its share ("Rs82bn, barely a third of the total")
_SHARE_HEDGES = frozenset("barely just almost nearly about around roughly some close to more than less under over well or".split())


def _shares_of_the_total(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A part put as a share "of the total" ("New schemes get Rs82bn, barely a third of the total"), against the article's
    one total of the part's unit: the one figure it says totals ("The programme totals Rs412bn"), else the one figure
    another share fits ("Rs330bn, or four-fifths," fits Rs412bn): a fifth, not a third. A fraction is read loosely (a
    hedge, or a whole fraction's rounding, may stretch it by six points); a percentage to its rounding."""
    totals: dict[str, dict[float, Amount]] = {}
    by_unit: dict[str, dict[float, Amount]] = {}
    statements = []  # (block, sentence, part, share value, loose, first and last token of the share, "of the total" after it)
    for ab in annotation.prose:
        for s in sentences_of(ab).values():
            for a in s.amounts:
                if a.unit in (None, "percent") or a.approx or a.in_range or s.tokens[a.first].quoted:
                    continue
                by_unit.setdefault(a.unit, {}).setdefault(a.value, a)
                if any(s.lower(k) in _TOTAL_VERBS for k in range(a.first - 3, a.first)):
                    totals.setdefault(a.unit, {}).setdefault(a.value, a)
                    if s.lower(a.last + 1) != ",":
                        continue  # the total itself (not "a combined 975,000 tonnes, or some 64 per cent of the national total": a part too)
                comma, whole_noun = a.last + 1, None
                if s.lower(comma) == "of" and s.lower(comma + 1) == "the":
                    # "Sh1.9 billion of the outstanding arrears, or just over 70 percent": a share of a whole its noun names
                    m = comma + 2
                    while m < min(comma + 5, s.hi - 1) and s.tokens[m].kind == WORD and s.lower(m + 1) != ",":
                        m += 1
                    if m < s.hi and s.tokens[m].kind == WORD and s.lower(m + 1) == ",":
                        whole_noun, comma = singular(s.lower(m)), m + 1
                if s.lower(comma) != ",":
                    continue
                k = comma + 1
                while s.lower(k) in _SHARE_HEDGES:
                    k += 1
                share = _fraction_near(s, k, k)
                if share is None:
                    continue
                value, approx, at, last = share
                hedged = approx or any(s.lower(m) != "or" for m in range(comma + 1, k))
                # ("of the national total", "of the overall total": a word or two may say which total)
                at_total = next((m for m in range(last + 3, last + 6) if s.lower(m) == "total"), None)
                of_total = s.lower(last + 1) == "of" and s.lower(last + 2) == "the" and at_total is not None \
                    and all(s.tokens[m].kind == WORD and not s.tokens[m].text[:1].isupper() for m in range(last + 3, at_total)) and s.lower(at_total + 1) in ("", ".", ",", ";")
                if whole_noun is not None and (of_total or s.lower(last + 1) == "of"):
                    continue  # "… of the arrears, or 70 percent of the debt": another whole
                statements.append((ab, s, a, value, hedged or s.at(at) is None, hedged, k, last, of_total, whole_noun))
    out = []
    for ab, s, part, value, loose, hedged, first, last, of_total, whole_noun in statements:
        if whole_noun is not None:
            # the article's one figure of that noun in the part's unit ("leaving Sh3.1 billion in arrears")
            wholes = {loc.fact.amount.value: loc.fact.amount for loc in annotation.quantities if loc.fact.thing == whole_noun and loc.fact.amount.unit == part.unit
                      and not (loc.fact.quoted or loc.fact.amount.in_range or loc.fact.amount.approx) and loc.fact.amount is not part}
        elif not of_total:
            continue
        else:
            wholes = {w: a for w, a in totals.get(part.unit, {}).items() if a is not part}
        if not wholes and whole_noun is None:
            # the one figure another plain share fits ("Rs330bn, or four-fifths" of Rs412bn)
            wholes = {w: a for _, _, p, v, _, h, _, _, _, _ in statements if p is not part and p.unit == part.unit and not h
                      for w, a in by_unit.get(part.unit, {}).items() if w > p.value and abs(p.value / w - v) <= 0.005}
        if not wholes and whole_noun is None and {s.lower(m) for m in range(last + 3, last + 5)} & _WHOLE_STORY and (lead := _lead_figure(annotation, part)) is not None:
            wholes = {lead.value: lead}  # "of the national total": the story's own figure, the first of its unit the lead gives
            # (not "of the state total", which may be a part of the lead's)
        if len(wholes) != 1 or next(iter(wholes)) <= part.value:
            continue
        whole = next(iter(wholes.values()))
        actual = part.value / whole.value
        if abs(actual - value) <= (0.06 if loose else max(0.01, 0.035 * value)):
            continue
        shown = " ".join(t.text for t in s.tokens[first : last + 1])
        out.append((ab, part, f"{part.text} of {whole.text} is {percent_text(actual * 100)}, not {shown}."))
    return out


_WHOLE_STORY = frozenset({"national", "overall"})  # words that make "the total" the whole the story's lead gives


def _lead_figure(annotation, part: Amount) -> Amount | None:
    """The first plain figure of the part's unit, larger than it, that the article's first paragraph gives."""
    lead = next((ab for ab in annotation.prose if ab.block.kind is BlockKind.PARAGRAPH), None)
    if lead is None or any(a is part for a in lead.amounts):
        return None
    return next((a for a in lead.amounts if a.unit == part.unit and a.value > part.value and not (a.approx or a.in_range)), None)


# words that may stand between a rest verb and the rest: "leaving a shortfall of", "leaving just"
_REST_FILLERS = frozenset("a an the just only some still of gap shortfall balance deficit surplus total sum".split())


def _what_is_left(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A part taken from a whole and what it leaves ("Marsters has since repaid $61,000, …, leaving $113,300 still owed"),
    against the whole the article gave before it ("taking $184,300 in all": $123,300 is left). Quiet when any figure of
    the unit, anywhere in the article, makes the three add up either way (a whole, or a need the part falls short of:
    "consumes 180,000 tonnes …, leaving a shortfall of 62,000 tonnes" of a 118,000-tonne crop); the whole is the nearest
    plain figure of the unit before the part, in its paragraph or the two before, larger than the part and the rest and
    within a quarter of their sum: a slip, not another quantity."""
    rest_verbs = annotation.quantity_knowledge.rest_verbs
    seen: list[tuple[int, Amount]] = []  # every plain figure in reading order, with its paragraph's number
    statements = []  # (block, paragraph, part, rest, figures before the part)
    for number, ab in enumerate(annotation.prose):
        for s in sentences_of(ab).values():
            for a in s.amounts:
                if a.unit == "percent" or a.in_range or s.tokens[a.first].quoted:
                    continue
                verb = next((k for k in range(a.first - 1, max(s.lo, a.first - 5) - 1, -1) if s.lower(k) in rest_verbs), None)
                if verb is not None and all(s.lower(k) in _REST_FILLERS for k in range(verb + 1, a.first)) and not a.approx:
                    part = next((b for b in reversed(s.amounts) if b.last < verb and b.unit == a.unit), None)
                    if part is not None and not (part.approx or part.in_range or s.tokens[part.first].quoted):
                        statements.append((ab, number, part, a, [x for x in seen if x[1] is not part]))
                seen.append((number, a))
    out = []
    for ab, number, part, rest, before in statements:
        figures = [a for _, a in seen if a.unit == rest.unit and a is not part and a is not rest]

        def fits(w: Amount) -> bool:  # as written: each figure may be rounded, a hedged one by a fiftieth more
            tolerance = half_step(w) + half_step(part) + half_step(rest) + (0.02 * w.value if w.approx else 0)
            return abs(w.value - (part.value + rest.value)) <= tolerance or abs(part.value - (w.value + rest.value)) <= tolerance

        if any(fits(w) for w in figures):
            continue
        wholes = [(n, a) for n, a in before if a.unit == rest.unit]
        if not wholes:
            continue
        n, whole = wholes[-1]
        written = part.value + rest.value
        if number - n > 2 or whole.approx or whole.value <= max(part.value, rest.value) or abs(whole.value - written) > 0.25 * whole.value:
            continue
        out.append((ab, rest, f"{whole.text} less {part.text} is {_fmt_like(whole.value - part.value, [whole, part])}, not {rest.text}."))
    return out


def _list_then_rest(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A list of parts and, opening the next sentence, the rest ("Housing accounts for the largest share at €61.3 million,
    followed by roads at €38.9 million, … and recreation at €16.1 million. The remaining €41.3 million is spread across
    …"): together they make the whole the article gave before (the €182.4 million budget; €180.4 million is written).
    Quiet when any earlier figure of the unit fits; the whole is the earlier figure nearest their sum, not a level the
    article says it changed from ("up from the €179.8 million"), and within a quarter of it: a slip, not another sum."""
    figures: list[tuple[Amount, bool]] = []  # the figures read so far, outside quotes, and whether a change is from them
    out = []
    for ab in annotation.prose:
        ordered = [s for _, s in sorted(sentences_of(ab).items())]
        for k, s in enumerate(ordered):
            first = s.amounts[0] if s.amounts else None
            prior = ordered[k - 1] if k else None
            if first is not None and prior is not None and prior.index == s.index - 1 and first.unit != "percent" \
                    and any(s.lower(m) in _REST_WORDS for m in range(max(s.lo, first.first - 2), first.first)) \
                    and first.first - s.lo <= 3 and not (first.approx or first.in_range):
                parts = prior.amounts
                if parts and prior.lower(prior.lo) == "of" and prior.lower(prior.lo + 1) in ("the", "its", "their") and parts[0].first == prior.lo + 2 and len(parts) >= 3:
                    # "Of the 2,800 new buses, 1,650 will be … and 650 … The remaining 500 …": the whole opens the sentence
                    # before, its parts follow it
                    whole, parts = parts[0], parts[1:]
                    if all(a.unit == first.unit and not (a.approx or a.in_range) for a in parts + [whole]):
                        written = sum(a.value for a in parts) + first.value
                        slack = 0.5 if first.unit is None else sum(half_step(a) for a in parts) + half_step(first) + half_step(whole)  # counts are exact
                        if abs(written - whole.value) > slack:
                            out.append((ab, first, f"{' + '.join(a.text for a in parts + [first])} is {_fmt_like(written, parts + [first])}, not the {whole.text} they split."))
                    parts = []
                # a count's parts ("with 3,104 patients, followed by general surgery with 1,980 and urology with 1,215.
                # The remaining 1,013 …") are figures of three digits or more: small counts may be of anything
                if len(parts) >= 2 and all(a.unit == first.unit and not (a.approx or a.in_range) and (a.unit or not a.spelled and a.value >= 100) for a in parts + [first]):
                    written = sum(a.value for a in parts) + first.value
                    wholes = [(w, earlier) for w, earlier in figures if w.unit == first.unit and w.value > max(a.value for a in parts)]
                    tolerance = sum(half_step(a) for a in parts) + half_step(first)
                    # "… $118.4 million for police and $67.8 million for fire, a combined $186.2 million. Parks receive
                    # $41.5 million and streets $38.9 million. The remaining $146.0 million …": the parts of the sentences
                    # before count too, each sentence by its parts or by the sum it gives of them
                    sums = {written}
                    for earlier in reversed(ordered[max(0, k - 4) : k - 1]):
                        given = [a.value for a in earlier.amounts if a.unit == first.unit and not a.in_range]
                        if not given:
                            break
                        sums |= {x + share for x in sums for share in {sum(given), max(given), sum(given) - max(given)}}
                    if not any(abs(w.value - total) <= tolerance + half_step(w) for w, _ in wholes for total in sums):
                        plain = [w for w, earlier in wholes if not w.approx and not earlier]
                        near = min(plain, key=lambda w: abs(w.value - written), default=None)
                        if near is not None and abs(near.value - written) <= 0.25 * near.value:
                            shown = " + ".join(a.text for a in parts + [first])
                            out.append((ab, first, f"{shown} is {_fmt_like(written, parts + [first])}, not the {near.text} they split."))
            figures += [(a, any(s.lower(m) in _CHANGED_FROM for m in range(a.first - 2, a.first))) for a in s.amounts if not a.in_range]
    return out


# a level a sentence says another changed from: "up from the €179.8 million", "against £300m"
_CHANGED_FROM = frozenset("from against compared versus on".split())


_CLAUSE_BREAKS = frozenset(", ; : while whereas but after which when".split())


def _clause_round(s: Sentence, verb: int) -> tuple[int, int]:
    """The token bounds of the clause round a verb: from the break before it to the break after (a comma right after
    the verb, "doubled, from 2,050 to 4,100", opens its levels and breaks nothing)."""
    lo = next((k + 1 for k in range(verb - 1, s.lo - 1, -1) if s.lower(k) in _CLAUSE_BREAKS), s.lo)
    hi = next((k for k in range(verb + 2, s.hi) if s.lower(k) in _CLAUSE_BREAKS), s.hi)
    return lo, hi


def _every_sentence(ab: AnnotatedBlock) -> list[Sentence]:
    """Every sentence of a block, with its figures outside quotes; those with no figure too ("Housing starts more than
    doubled.")."""
    bounds: dict[int, list[int]] = {}
    for i, t in enumerate(ab.tokens):
        bounds.setdefault(t.sentence, [i, i])[1] = i + 1
    amounts: dict[int, list[Amount]] = {}
    for a in ab.amounts:
        if not ab.tokens[a.first].quoted:
            amounts.setdefault(ab.tokens[a.first].sentence, []).append(a)
    return [Sentence(ab, index, amounts.get(index, []), *b) for index, b in sorted(bounds.items())]


_AT_MOST = frozenset("almost nearly".split())
_ABOUT = frozenset("about roughly around some approximately".split())


def _multiple_changes(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A change given as a multiple ("Housing starts in Port Alder more than doubled", rules/quantities.yaml
    multiple-verbs) against its levels: the sentence's own one pair ("doubled from 1,020 to 1,840"), or else the one pair
    the next sentence gives with no change verb or multiple of its own, which tells what the change was ("Builders broke
    ground on 1,840 homes …, compared with 1,020 in the same period last year": 1.8 times). A hedge says how near the
    multiple must be: "more than" at least it, "almost" a little under, "about" either side; a plain one within a
    sixth. Reported at the later figure."""
    kb = annotation.quantity_knowledge
    if not kb.multiple_verbs:
        return []
    ordered = [(ab, s) for ab in annotation.prose for s in _every_sentence(ab)]
    out = []
    for k, (ab, s) in enumerate(ordered):
        verb = next((i for i in range(s.lo, s.hi) if s.lower(i) in kb.multiple_verbs and not s.tokens[i].quoted), None)
        if verb is None:
            continue
        factor = kb.multiple_verbs[s.lower(verb)]
        # the hedge before the verb and where it starts: "more than doubled", "over doubled", "almost doubled"
        if s.lower(verb - 2) == "more" and s.lower(verb - 1) == "than":
            hedge, said_from = "more than", verb - 2
        elif s.lower(verb - 1) == "over":
            hedge, said_from = "more than", verb - 1
        elif s.lower(verb - 1) in _AT_MOST | _ABOUT:
            hedge, said_from = s.lower(verb - 1), verb - 1
        else:
            hedge, said_from = "", verb
        lo, hi = _clause_round(s, verb)
        own = [p for p in change_pairs(s, None) if p[0].unit == p[1].unit and p[0].unit != "percent"]
        if any(not (lo <= a.first < hi) for p in own for a in p):
            continue  # "fallen from 412 to 187, while the number listed … has more than doubled": another clause's levels
        if len(own) == 1:
            (old, new), where = own[0], (ab, s)
        elif not own and not any(a.unit not in kb.duration_units for a in s.amounts) and k + 1 < len(ordered):
            nab, ns = ordered[k + 1]
            pairs = [p for p in level_pairs(ns) if p[0].unit == p[1].unit and p[0].unit != "percent" and not (p[0].approx or p[1].approx)]
            if len(pairs) != 1 or any(ns.direction(i) or ns.lower(i) in kb.multiple_verbs for i in range(ns.lo, ns.hi)):
                continue
            (old, new), where = pairs[0], (nab, ns)
        else:
            continue
        if old.value <= 0 or new.value <= 0 or s.tokens[old.first].quoted and where[1] is s:
            continue
        ratio, want = new.value / old.value, factor
        if want < 1:
            ratio, want = 1 / ratio, 1 / want  # "more than halved": at least twice as small
        if hedge == "more than":
            wrong = ratio < 0.97 * want
        elif hedge in _AT_MOST:
            wrong = ratio > 1.02 * want or ratio < 0.75 * want
        elif hedge in _ABOUT:
            wrong = ratio < 0.8 * want or ratio > 1.25 * want
        else:
            wrong = ratio < 0.85 * want or ratio > 1.2 * want
        if wrong:
            said = " ".join(t.text for t in s.tokens[said_from : verb + 1])
            out.append((where[0], new, f"{old.text} to {new.text} is {_fmt(round(new.value / old.value, 2))} times, not {said}."))
    return out


# a sentence that says a whole came from a number of sources: "Output came from three operations", "The money was split
# between four schools"
_SOURCE_VERBS = frozenset("came come comes split divided shared spread".split())
_SPLIT_LINKS = frozenset("from between among across".split())
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _announced_splits(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A whole the article gave earlier, split in a list the sentence before announces by its count ("The company produced
    68,400 tonnes … Output came from three operations. The Chingola complex contributed 41,200 tonnes, the Lubwe open pit
    17,900 tonnes and the Kitwe plant 8,300 tonnes": 67,400). The list must hold exactly that many figures of one unit
    and nothing else of it; the whole is the one earlier figure of that unit, larger than each part, that no other time
    dates ("up from 60,000 tonnes a year earlier" is another year's)."""
    out = []
    earlier: list[tuple[AnnotatedBlock, Amount]] = []
    announced = None  # (count, block, sentence index) of the last announcing sentence
    for ab in annotation.prose:
        for index, s in sorted(sentences_of(ab).items()):
            words = [s.lower(i) for i in range(s.lo, s.hi)]
            count = None
            if announced is not None:
                told, tab, tindex = announced
                # the list must be the very next sentence: in the block, or opening the next block after a block's last sentence
                if (tab is ab and index == tindex + 1) or (tab is not ab and index == 0 and tab.tokens[-1].sentence == tindex):
                    count = told
            announced = None
            if len(s.amounts) <= 1 and all(a.unit is None for a in s.amounts) and _SOURCE_VERBS & set(words):  # only the count itself
                at = next((k for k, w in enumerate(words) if w in _SOURCE_VERBS), None)
                rest = words[at + 1 :]
                if rest and rest[0] in _SPLIT_LINKS and len(rest) >= 3 and rest[1] in _COUNT_WORDS and rest[2].endswith("s"):
                    announced = (_COUNT_WORDS[rest[1]], ab, index)
            if count is not None:
                units = {a.unit for a in s.amounts}
                unit = next(iter(units)) if len(units) == 1 else None
                parts = _parts(s, s.lo, s.hi - 1, unit) if unit not in (None, "percent") else None
                if parts is not None and len(parts) == count == len(s.amounts) and not any(a.approx or a.in_range for a in parts):
                    wholes = {w.value: w for wab, w in earlier if w.unit == unit and w.value > max(p.value for p in parts) and not wab.times_of(w)}
                    if len(wholes) == 1:
                        whole = next(iter(wholes.values()))
                        written = sum(p.value for p in parts)
                        if abs(written - whole.value) > _sum_slack(whole, parts):
                            out.append((ab, parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {whole.text} given before."))
            earlier += [(ab, a) for a in s.amounts if not (a.approx or a.in_range or s.tokens[a.first].quoted)]
    return out


def _shares_of_a_summed_whole(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """Parts listed in one paragraph, each put as a share just after it, that add up to a figure the article gives
    elsewhere ("… 34,870 completions" … "Scheme houses made up almost exactly half at 17,420. Apartments accounted for
    10,460, or 36 per cent, while one-off houses came to 6,990, about one in five"): that figure is their whole, and a
    share it does not give (30 per cent) is reported, when another share of the paragraph fits it. Every plain figure
    of the unit in the paragraph must be one of the parts, and a share naming a whole of its own ("36 per cent of
    Dublin's") is left alone."""
    elsewhere: dict[str | None, list[tuple[AnnotatedBlock, Amount]]] = {}
    for ab in annotation.prose:
        for a in ab.amounts:
            if a.unit != "percent" and not (a.approx or a.in_range or ab.tokens[a.first].quoted) and a.value >= 1:
                elsewhere.setdefault(a.unit, []).append((ab, a))
    out = []
    for ab in annotation.prose:
        sentences = [s for _, s in sorted(sentences_of(ab).items())]
        units = {a.unit for s in sentences for a in s.amounts if a.unit != "percent"}
        for unit in units:
            # written in digits: "developments of two or more homes", "one in five" are no parts
            parts = [(s, a) for s in sentences for a in s.amounts if a.unit == unit and not _year_like(a) and any(c.isdigit() for c in a.text)]
            if len(parts) < 2 or any(a.approx or a.in_range or s.tokens[a.first].quoted for s, a in parts):
                continue
            total = sum(a.value for _, a in parts)
            slack = sum(half_step(a) for _, a in parts)
            wholes = [w for wab, w in elsewhere.get(unit, ()) if wab is not ab and abs(w.value - total) <= slack + half_step(w)]
            if len(wholes) != 1:
                continue
            whole = wholes[0]
            shares = []
            for s, a in parts:
                lo, hi = _share_after_part(s, a)
                fraction = _fraction_near(s, lo, hi)
                if fraction is not None and s.lower(fraction[3] + 1) != "of" and s.lower(fraction[2] - 1) not in _DEFINITE:  # "in the half": a half-year
                    shares.append((s, a, fraction))
            fitting = [a for s, a, (value, approx, _, _) in shares if abs(a.value / whole.value - value) <= _share_slack(approx, value)]
            if not fitting:
                continue
            for s, a, (value, approx, first, last) in shares:
                actual = a.value / whole.value
                if abs(actual - value) > _share_slack(approx, value):
                    shown = " ".join(t.text for t in s.tokens[first : last + 1]).replace(" %", "%")
                    out.append((ab, a, f"{a.text} of {whole.text} is {percent_text(actual * 100)}, not {shown}."))
    return out


def _part_share_slack(p: Amount) -> float:
    """How far a share written after its part may be from the part over its whole: "about 30 per cent" may round a lot,
    "about 31 percent" says its own units are right, and "18.2 per cent" its tenths."""
    if p.approx:
        return 0.06 if p.value % 5 == 0 else 0.035
    return _share_slack(False, p.value / 100)


def _told_share_slack(s: Sentence, first: int, otherwise: float) -> float:
    """How far a share written at token first may be from its part over its whole, when no hedge widens it: a
    percentage written to tenths ("48.2%") says its tenths are right (see _share_slack); else the caller's slack."""
    written = s.at(first)
    if written is not None and written.unit == "percent" and "." in written.text and not written.approx:
        return _share_slack(False, written.value / 100)
    return otherwise


def _share_slack(approx: bool, value: float) -> float:
    """How far a written share may be from the part over its whole: six points for a hedged or spelled-out one, else
    its rounding (a point, or 3.5% of the share)."""
    return 0.06 if approx else max(0.01, 0.035 * value)


def _year_like(a: Amount) -> bool:
    """A bare year ("in 2025"): no part of a sum."""
    return a.unit is None and a.value == int(a.value) and 1900 <= a.value <= 2100 and "," not in a.text


def _shares_of_one_whole(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """Shares of one whole that the article's own figure of it tells apart: "498,700 tonnes, or 61.4 per cent of national
    output" fits the 812,400 tonnes the article gives, so "the remaining 313,700 tonnes, or 44 per cent of the national
    total" does not (38.6 per cent). The whole is the one figure of the part's unit that another share fits to its last
    digit; the share reported names no other thing (its words are generic, "the total", or the fitting share's own)."""
    shares = _share_statements(annotation)
    if len(shares) < 2:
        return []
    out = []
    by_unit: dict[str, list[Amount]] = {}
    for ab in annotation.prose:
        for a in ab.amounts:
            if a.unit not in (None, "percent") and not (a.approx or a.in_range or ab.tokens[a.first].quoted):
                by_unit.setdefault(a.unit, []).append(a)
    for ab, part, share, words in shares:
        for other_ab, other, other_share, other_words in shares:
            if other is part or other.unit != part.unit:
                continue
            if ab.times_of(part) != other_ab.times_of(other):
                continue  # "wages were €4.38 million, 64 per cent of turnover. In 2024 the wage bill was €4.20 million, or 71
                # per cent": two years' shares, of two years' turnover
            # the other share, to its last digit: 61.4 per cent is 61.35 to 61.45
            step = 0.5 * 10 ** -(len(other_share.text.split(".")[1].rstrip("%").split()[0]) if "." in other_share.text else 0)
            fits = {w.value for w in by_unit.get(part.unit, ()) if w.value > max(part.value, other.value) and abs(other.value / w.value * 100 - other_share.value) <= step + 0.05}
            if len(fits) != 1 or not (set(words) <= _GENERIC_WHOLE or words == other_words):
                continue
            whole = next(w for w in by_unit[part.unit] if w.value in fits)
            actual = part.value / whole.value * 100
            if abs(actual - share.value) > max(2.0, 0.05 * share.value):
                out.append((ab, share, f"{part.text} of {whole.text} is {percent_text(actual)}, not {share.text}."))
            break
    return out


def _names_in(tokens, at: int, clause: bool = False) -> frozenset[str]:
    """The capitalised words of the sentence of token at, function words left out ("House", "Senate", "Kildare"): what
    it names; with `clause`, only those of the clause of token at (between the commas, semicolons or dashes around it)."""
    stops = {",", ";", "\u2014", "\u2013", ":"} if clause else set()
    sentence = tokens[at].sentence
    lo, hi = at, at + 1
    while lo > 0 and tokens[lo - 1].sentence == sentence and tokens[lo - 1].text not in stops:
        lo -= 1
    while hi < len(tokens) and tokens[hi].sentence == sentence and tokens[hi].text not in stops:
        hi += 1
    return frozenset(t.lower.removesuffix("'s").removesuffix("\u2019s") for t in tokens[lo:hi]
                     if t.kind == WORD and t.text[:1].isupper() and t.lower not in FUNCTION_WORDS)


def _about_the_subject(tokens, sentence: int) -> bool:
    """True when the sentence after `sentence` opens on a pronoun or on a capitalised word the sentence names: it goes on
    about the same person."""
    first = next((t for t in tokens if t.sentence == sentence + 1), None)
    if first is None:
        return False
    return first.lower in ("she", "he", "they") or first.capitalised and any(t.sentence == sentence and t.lower == first.lower for t in tokens)


def _margin_of_tally(ab: AnnotatedBlock, amounts: list[Amount], tallies: list, year: int | None) -> list[tuple[Amount, str]]:
    """A majority stated apart from its counts ("passed by 29 votes to 17" … "sailed through with a majority of 14"),
    against the article's one vote tally of the same time. A majority "of" something else (a government's, in seats)
    is left alone: the figure must come "with" or "by a (comfortable) majority (margin) of", in a sentence that speaks
    of a vote and names no seats, and the article must hold exactly one tally of that sentence's time (last year's
    vote is another), or, when the sentence names no time at all, exactly one tally ("The motion, tabled in March 2024,
    was passed by 27 votes to 16" … "The nine-vote majority by which councillors backed it"). A winner's own margin
    counts too ("received 48,951 votes to 42,455" … "Her winning margin of 6,946 votes")."""
    out = []
    tokens = ab.tokens
    for a in amounts:
        if a.unit is not None or a.approx or a.in_range:
            continue
        before = list(range(max(0, a.first - 8), a.first))
        if a.first >= 3 and tokens[a.first - 1].lower == "by" and tokens[a.first - 2].text == ",":
            # "defeated the DBJP's Rakesh Sood, a two-time MLA, by 4,312 votes": the object's apposition set aside
            opened = next((k for k in range(a.first - 3, max(0, a.first - 12), -1) if tokens[k].text == ","), None)
            if opened is not None and tokens[opened + 1].lower in ("a", "an", "the") and tokens[opened].sentence == tokens[a.first].sentence:
                before = [*range(max(0, opened - 7), opened), a.first - 1]
        lowers = [tokens[k].lower for k in before]
        # "the 25-vote margin": the compound says whose margin it is, a vote's
        of_votes = a.compound in ("vote", "votes") and a.last + 1 < len(tokens) and tokens[a.last + 1].lower in _MARGIN
        # "Mattox, who trailed him by 7,138 votes": a lead told by its verb, the votes named after the figure
        # "trailed him by", "took the seat by": the verb, with its object between
        # (a named object may stand between: "defeated the UDF's Saji Thomas by")
        named = {v for v, k in enumerate(before) if tokens[k].capitalised or lowers[v].endswith(("'s", "\u2019s"))}
        verb = next((v for v in range(len(lowers) - 2, -1, -1) if lowers[v] in _LEAD_VERBS or (lowers[v] not in _LEAD_OBJECTS and v not in named)), -1)
        by_votes = verb >= 0 and lowers[-1] == "by" and lowers[verb] in _LEAD_VERBS and a.last + 1 < len(tokens) and tokens[a.last + 1].lower == "votes" \
            and not (verb and lowers[verb - 1] in ("had", "was", "were", "is", "are")) \
            and not (lowers[verb] in _RUNNING_LEADS and a.last + 2 < len(tokens) and tokens[a.last + 2].lower in _AT_A_TIME)
        # "had led by 361 votes" on election night, "led by 5,900 votes when the count stopped": a lead since overtaken
        if not (of_votes or by_votes):
            if a.first < 4:
                continue
            if not (lowers[-1] == "of" and lowers[-2] in _MARGIN):
                continue
            lead = lowers[:-2]
            if lead and lead[-1] in _MARGIN_SIZES:
                lead = lead[:-1]  # "with a comfortable majority of 14"
            # "with a majority of 14", "by a margin of 14"; "Her winning margin of 6,946 votes": the winner's own
            owned = bool(lead) and (lead[-1] in ("his", "her", "their") or lead[-1].endswith(("'s", "\u2019s")))
            # "the yes vote, a majority of 2,165": set beside the vote it measures
            # ("That gives the sheriff a margin of 1,577 votes": a margin the sentence's count gives someone)
            given = len(lead) >= 2 and lead[-1] in ("a", "an") and any(w in _GIVING for w in lead[-4:-1])
            if not (len(lead) >= 2 and lead[-1] in ("a", "an") and lead[-2] in ("with", "by", ",")) and not owned and not given:
                continue
        sentence = tokens[a.first].sentence
        words = {tok.lower for tok in tokens if tok.sentence == sentence}
        after = [r for r in ab.results[0] if tokens[r.token].sentence == sentence and r.kind == "tally" and r.token > a.last]
        if by_votes and not after:
            # "… defeated the DBJP's Rakesh Sood by 4,312 votes. She polled 28,940 votes to his 24,268.": the next sentence,
            # about the winner, gives the counts
            after = [r for r in ab.results[0] if tokens[r.token].sentence == sentence + 1 and r.kind == "tally" and _about_the_subject(tokens, sentence)]
        if by_votes and len(after) == 1 and not (lowers[verb] in _RUNNING_LEADS):
            # "defeated Saji Thomas by 5,038 votes, polling 64,210 to Thomas's 58,902": the margin and its own counts
            t = after[0]
            diff = abs(t.first_value - t.second_value)
            if diff and not agree(a.value, diff, a.digits, str(diff)) and 0.5 <= a.value / diff <= 2:
                out.append((a, f"The vote was {t.first_value:,} to {t.second_value:,}, a majority of {diff:,}, not {_fmt(a.value)}."))
            continue
        # ("Her 3,106-vote margin makes it the 12th seat held by an independent": a margin in votes, whatever seat it won)
        if (words & {"seat", "seats", "working", "overall", "government's", "parliamentary"} and not (by_votes or of_votes)) or any(tokens[r.token].sentence == sentence for r in ab.results[0]):
            continue
        if by_votes and lowers[verb] in _RUNNING_LEADS and _PARTIAL_COUNT.search(" ".join(tok.text for tok in tokens if tok.sentence == sentence)):
            continue  # "By 9 p.m., with 18 of the 24 precincts counted, Delos Santos led by 612 votes": a lead on the way
        if sum(1 for o in amounts if o is not a and o.unit is None and o.value > a.value and tokens[o.first].sentence == sentence and o.first < a.first) >= 2:
            continue  # "gave Mr Ashby 1,205 votes to Ms Marsh's 1,197, a majority of eight": the sentence's own counts (counts
            # after the margin say where it was won: "was built in A and B, where he polled 41,260 and 33,918 votes")
        own = [o for o in amounts if o is not a and o.unit is None and o.value > a.value and tokens[o.first].sentence == sentence]
        if any(abs(x.value - y.value - a.value) <= 0.5 for x in own for y in own):
            continue  # "ahead by 341 votes, 14,201 to 13,860": the lead set beside its own counts, another time's
        if not (of_votes or by_votes or words & _PASSING):
            continue  # "the party has governed with a majority of 14": a majority held, not a vote's
        # "the narrowest since the ward boundaries were redrawn in 2017": a span the margin is compared over, not its time
        when = _times(ab, sentence, year) - {phrase for i, phrase in ab.time_marks if tokens[i].sentence == sentence and ab.in_since_clause(i)}
        # "The 21-vote margin was narrower than leadership had predicted last week": the time of what it is compared with
        when -= {phrase for i, phrase in ab.time_marks if tokens[i].sentence == sentence and a.last < i and any(tokens[k].lower == "than" for k in range(a.last + 1, i))}
        if by_votes:
            # "Whyte, who took the seat by 252 votes, told supporters on Tuesday night": the times of the lead's own clause
            lo, hi = _clause_bounds(tokens, a.first)
            when &= {phrase for i, phrase in ab.time_marks if lo <= i <= hi}
        same_time = [(tab, t) for tab, t in tallies if _times(tab, tab.tokens[t.token].sentence, year) == when]
        own_time = ("this" in words and words & {"year", "month", "week"}) or (year is not None and str(year) in words)
        if not same_time and not when and not own_time and len(tallies) == 1:
            same_time = tallies  # a majority given no time of its own is the article's one vote's, whenever that was
        if len(same_time) > 1:
            # "passed 61-38" in the House, "on a 27-10 vote" in the Senate: the one whose sentence names what this one does
            names = _names_in(tokens, a.first, clause=True) or _names_in(tokens, a.first)  # "Mattox, who trailed him by …": the sentence's
            named = [(tab, t) for tab, t in same_time if names & _names_in(tab.tokens, t.token)]
            # ("Pruitt finishes the night with 21,384 votes to Okafor's 19,907 …. That gives the sheriff a margin of 1,577
            # votes": the tally of the sentence just before, in one paragraph, when the margin's names none)
            before = [(tab, t) for tab, t in same_time if tab is ab and tokens[t.token].sentence == sentence - 1]
            same_time = named or (before if not names or _opens_back(tokens, sentence) else [])
        if len(same_time) != 1 and not when and not own_time and len(tallies) > 1 and a.first > 0 and tokens[a.first - 1].lower == "the" \
                and not words & _MODALS \
                and not any(agree(a.value, d, a.digits, str(d)) for d in {abs(t.first_value - t.second_value) for _, t in tallies}):
            same_time = tallies[:1]  # no vote the article gives has that majority: wrong whichever it meant, told against the first
        if len(same_time) != 1:
            continue
        t = same_time[0][1]
        diff = abs(t.first_value - t.second_value)
        if diff and not agree(a.value, diff, a.digits, str(diff)) and 0.5 <= a.value / diff <= 2:  # "a majority of 1,200" for 1,229 is rounding
            out.append((a, f"The vote was {t.first_value:,} to {t.second_value:,}, a majority of {diff:,}, not {_fmt(a.value) if of_votes or by_votes else a.text}."))
    return out


def _opens_back(tokens, sentence: int) -> bool:
    """True when a sentence opens on a word pointing back at the one before ("That gives the sheriff …")."""
    first = next((t for t in tokens if t.sentence == sentence), None)
    return first is not None and first.lower in ("that", "this", "it", "which")


_GIVING = frozenset("gives gave give giving leaves left leaving hands handed".split())


def _clause_bounds(tokens, at: int) -> tuple[int, int]:
    """The first and last token of the clause around token at: between the commas, semicolons or dashes of its sentence."""
    stops, sentence = {",", ";", "\u2014", "\u2013"}, tokens[at].sentence
    lo, hi = at, at
    while lo > 0 and tokens[lo - 1].sentence == sentence and tokens[lo - 1].text not in stops:
        lo -= 1
    while hi + 1 < len(tokens) and tokens[hi + 1].sentence == sentence and tokens[hi + 1].text not in stops:
        hi += 1
    return lo, hi


def _walk_names(tokens, indices, opener: str, closer: str, strict: bool) -> tuple[int, bool, int | None] | None:
    """Walk a list of names "A (x), B and C" over the token indices given, in their order, skipping brackets (opened
    by `opener` in the walking direction): return (names, whether "and" joins them, the last index walked), or None
    when an item between separators is empty, or, if strict, when anything but a name or a separator stands in it.
    Not strict, a full stop ends the walk and other words are passed over."""
    items, current, depth, joined, last = 0, False, 0, False, None
    for k in indices:
        t = tokens[k]
        if t.text == opener:
            depth += 1
        elif t.text == closer:
            depth -= 1
        elif depth == 0:
            if not strict and joined and not current and t.lower in ("together", "along", "alongside", "plus", "besides"):
                break  # "A, B, C, D and E, together with Ms Baxendale": one more, beside the list
            if not strict and t.lower in ("while", "whereas", "but"):
                break  # "Anucha with two and Nascimento with one, while the visitors' pair came from …": another clause
            if not strict and t.text == "." and k + 1 < len(tokens) and (tokens[k + 1].text == "," or tokens[k + 1].glued and len(tokens[k + 1].text) == 1):
                return None  # "Karen Mertz of Sioux Falls, S.D., Dale Hoffmann …": places with their states; the items are unsure
            if t.text in (",", ";") or t.lower == "and":  # "A (Labour) 1,604; B (SNP) 1,571": a semicolon between full items
                if not current:
                    return None
                if not strict and joined and t.text == "," and k + 1 < len(tokens) and tokens[k + 1].lower in ("who", "whose", "which", "where"):
                    items += 1  # "… and scrum-half Jac Howells, who returns after a season at Pencoed": the last item ends the list
                    current = False
                    break
                items += 1
                current = False
                joined = joined or t.lower == "and"
            elif t.kind == WORD and t.text[:1].isupper():
                current = True
            elif strict:
                return None
            elif t.kind == PUNCT and t.text == ".":
                break
        last = k
    return items + current, joined, last


_APPOSED_DETERMINERS = frozenset("the its their his her these those all".split())


def _apposed_names(tokens, a: Amount) -> int | None:
    """Count the names set in apposition after a definite count and its noun ("the other two candidates, A, B and C,"):
    one to three lower-case words ending in a plural, a comma, then names only, joined by commas and a last "and", up
    to a comma, a full stop or a semicolon. None when anything else stands in the list ("two candidates, Mary Shaw, a
    teacher, and …") or the count is not definite ("two candidates, A and B, withdrew" may be two of more)."""
    if not (a.first >= 1 and (tokens[a.first - 1].lower in _APPOSED_DETERMINERS
                              or (a.first >= 2 and tokens[a.first - 1].lower == "other" and tokens[a.first - 2].lower in _APPOSED_DETERMINERS))):
        return None
    sentence, k = tokens[a.first].sentence, a.last + 1
    words = 0
    while k < len(tokens) and tokens[k].sentence == sentence and tokens[k].kind == WORD and tokens[k].text[:1].islower() and words < 3:
        k, words = k + 1, words + 1
    if not words or not tokens[k - 1].lower.endswith("s") or k >= len(tokens) or tokens[k].text != ",":
        return None
    items, current, joined = 0, False, False
    for m in range(k + 1, len(tokens)):
        tok = tokens[m]
        if tok.sentence != sentence or tok.text in (".", ";") or (tok.text == "," and joined and current):
            break
        if tok.text == "," or tok.lower == "and":
            if not current:
                return None
            items, current = items + 1, False
            joined = joined or tok.lower == "and"
        elif tok.kind == WORD and tok.text[:1].isupper() and tok.lower not in FUNCTION_WORDS:
            current = True
        else:
            return None
    items += current
    return items if joined and current and items >= 2 else None


def _in_sentence(tokens, indices, sentence: int):
    return takewhile(lambda k: tokens[k].sentence == sentence, indices)


def _name_list_length(tokens, i: int, sentence: int) -> int | None:
    """Count the names of a list "A (x), B and C" starting at token i; None if it is not such a list."""
    walked = _walk_names(tokens, _in_sentence(tokens, range(i, len(tokens)), sentence), "(", ")", strict=False)
    return walked[0] or None if walked else None


_OPENERS = frozenset("in on at for after before when with by from the a an as while during since under over to of and but so then yesterday today last this".split())


def _names_before(tokens, end: int) -> int | None:
    """Count the names of a list "A (x), B and C" that opens its sentence and ends at token end (exclusive); None if the
    sentence does not open on such a list."""
    sentence = tokens[end].sentence if end < len(tokens) else -1
    walked = _walk_names(tokens, _in_sentence(tokens, range(end - 1, -1, -1), sentence), ")", "(", strict=True)
    if walked is None or walked[2] is None:
        return None
    items, joined, first = walked
    if tokens[first].lower in _OPENERS:
        return None  # "In Leeds, Ann Lee and Tom Reed, …": a place or time opens the sentence, not a name
    return items if joined and items >= 2 else None


# a list that opens on a day or a month is a schedule, whatever its count: no names to count
_DAY_AND_MONTH_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
                                  "september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split())
_MONTHS = frozenset(w for w in _DAY_AND_MONTH_NAMES if not w.endswith("day"))  # a month's name, in full or short


def _list_counts(ab: AnnotatedBlock, amounts: list[Amount]) -> list[tuple[Amount, str]]:
    out = []
    tokens = ab.tokens
    spans = {(x.first, x.last) for x in amounts}
    firsts, lasts = {f for f, _ in spans}, {last for _, last in spans}
    for a in amounts:
        if a.unit is not None or a.approx or not (2 <= a.value <= 12) or a.value != int(a.value):
            continue
        of = a.first - 1
        while of > 0 and (tokens[of].lower in ("the", "its", "their", "his", "her", "our") or tokens[of].lower.endswith(("'s", "\u2019s"))):
            of -= 1  # "Two of the trust's three sites – A and B –": the whole, owned
        if a.last + 2 < len(tokens) and tokens[a.last + 1].lower == "of" and a.last + 2 in firsts \
                or of >= 1 and tokens[of].lower == "of" and of - 1 in lasts:
            continue  # "after three of five districts: DA 1,402, ANC 1,389": a share of a whole, not a count the list makes
        # the list, then the count in apposition: "Dhurve, Uikey, Markam and Netam, the three independents, …"
        j = a.first - 1
        if j >= 1 and tokens[j].lower in ("the", "all") and tokens[j - 1].text in (",", "\u2014", "\u2013") \
                and a.last + 1 < len(tokens) and tokens[a.last + 1].kind == WORD and not tokens[a.last + 1].text[:1].isupper():
            m = a.last + 1
            while m < len(tokens) and tokens[m].sentence == tokens[a.first].sentence and tokens[m].text not in (",", "\u2014", "\u2013", ".", ";", ":"):
                m += 1
            tail = {tokens[x].lower for x in range(a.last + 1, m)}
            items = None if tail & {"and", "with", "plus", "besides", "including", "among"} else _names_before(tokens, j - 1)
            if items is not None and items != a.value:  # "…, the two councillors and their agent, …" counts some of them
                out.append((a, f"\u201c{a.text}\u201d, but the list before it names {items}."))
                continue
        # the count's noun phrase, then the list in apposition: "the other two candidates, Darrell Finch, Jim Ruppert and
        # Angela Pruitt, none of whom …"
        items = _apposed_names(tokens, a)
        if items is not None and items != a.value:
            out.append((a, f"\u201c{a.text}\u201d, but the list after it names {items}."))
            continue
        # the count's noun phrase, then the list: "Four sitting councillors lost their seats. They are A, B and C."
        if _label_number(tokens, a) or a.first >= 1 and tokens[a.first - 1].capitalised and tokens[a.first - 1].lower in ab.knowledge.labels:
            continue  # "Round seven is on Saturday: A v B, C v D": the figure names the round, it counts nothing
        if a.compound:
            continue  # "Three-point goals: Eastfield 9-24, …": the figure names a kind, it counts nothing
        if a.first >= 1 and tokens[a.first - 1].lower in _WHEN_BEFORE:
            continue  # "standings after three rounds: Ireland 14 points, …": when the list stands, not what it counts
        if a.first >= 1 and tokens[a.first - 1].lower in _DAY_AND_MONTH_NAMES:
            continue  # "Saturday 11 and Sunday 12 July: no trains between Kuraby and Beenleigh": a day of the month
        k = a.last + 1
        # ("five Marathwada districts": a name that describes the things counted, then their plural noun)
        described = k + 1 < len(tokens) and tokens[k].kind == WORD and tokens[k + 1].kind == WORD and tokens[k + 1].text[:1].islower() \
            and tokens[k + 1].lower.endswith("s") and tokens[k].sentence == tokens[k + 1].sentence
        if not (k < len(tokens) and tokens[k].kind == WORD and (not tokens[k].text[:1].isupper() or described)):
            continue  # "Halsworth Town 3 Redmere Athletic 1:": a score, not a count of things
        items = _list_in_clause(tokens, a)
        also = _also_counted(tokens, a)
        if items is not None and items != a.value + also:
            counted = f"{a.text}\u201d and {also} more" if also else f"{a.text}\u201d"
            out.append((a, f"\u201c{counted}, but the list that follows names {items}."))
            continue
        while k < len(tokens) and tokens[k].sentence == tokens[a.first].sentence and tokens[k].text not in (":", ".", ")", "|"):
            k += 1
        if k >= len(tokens) or tokens[k].text in (")", "|"):
            continue  # "Silos: 14 (five complete) | Paid to date: …": a fact box's field ends at its bar, a bracket's at its close
        if tokens[k].text == ":" and any(a.last < b.first and b.last < k and b.unit is None and not (b.approx or b.in_range) and 2 <= b.value <= 12
                                          for b in amounts):
            continue  # "eight were in the excess category and four were deficient: Bihar, …": the list is the nearer count's
        if a.first >= 2 and tokens[a.first - 1].lower == "to" and any(b.unit is None and 0 < a.first - 1 - b.last <= 3 for b in amounts):
            continue  # "Three tries to two for the home side: Cusack, Madigan and Hallinan …, with Kinnaird and Dunbar": a pair's
            # second count, the list both of theirs
        start = None
        if tokens[k].text == ":":
            start = k + 1
        elif tokens[k].text == "." and k + 2 < len(tokens) and tokens[k + 1].lower == "they" and tokens[k + 2].lower in ("are", "were"):
            start = k + 3
        if start is None or _placing(tokens, start):
            continue  # "Six brown eggs: 1st Joan Pickersgill, …; 2nd …": a class's placings, not the six
        if _opens_on_count(tokens, amounts, start):
            continue  # "three units had failed: two at Kwaggafontein and one at Ruighoek": groups, not three names
        if start < len(tokens) and tokens[start].lower in ("a", "an"):
            continue  # "three applications …: a 400-megawatt project off Route 613, a 500-megawatt …": things described, not names
        while start < len(tokens) and tokens[start].kind == WORD and not tokens[start].text[:1].isupper():
            start += 1  # "They are former mayor Shobha Deshmukh …"
        if start < len(tokens) and tokens[start].lower in _DAY_AND_MONTH_NAMES:
            continue  # "Three public hearings are scheduled: Tuesday, April 28, at 6 p.m. …; Thursday, April 30, …": days, not names
        items = _name_list_length(tokens, start, tokens[start].sentence if start < len(tokens) else -1)
        if (by_semicolons := _semicolon_items(tokens, start)) is not None:
            # "three finalists: Ortiz; Dr. Samuel Achebe-Grant, deputy superintendent in Springfield; and Dr. Theresa Lund, …":
            # items set apart by semicolons, each with its own commas
            items = by_semicolons
        if items and items >= 2 and items != a.value:
            out.append((a, f"“{a.text}”, but the list that follows names {items}."))
    return out


def _semicolon_items(tokens, start: int) -> int | None:
    """How many names a list set apart by semicolons holds ("Ortiz; Dr. Samuel Achebe-Grant, deputy superintendent in
    Springfield; and Dr. Theresa Lund, …"), each item opening on a capitalised word and the first a lone name; None for
    any other list ("four children: A, B, C and D; 11 grandchildren; …" gives the count's list before its first semicolon)."""
    if start >= len(tokens):
        return None
    sentence = tokens[start].sentence
    segments: list[list] = [[]]
    for t in tokens[start:]:
        if t.sentence != sentence:
            break
        if t.text == ";":
            segments.append([])
        else:
            segments[-1].append(t)
    if len(segments) < 2 or any(not seg for seg in segments):
        return None
    heads = [seg[1] if seg[0].lower == "and" and len(seg) > 1 else seg[0] for seg in segments]
    if not all(h.capitalised for h in heads) or any(t.text == "," or t.lower == "and" for t in segments[0]):
        return None
    return len(segments)


_WHEN_BEFORE = frozenset("after over during within following before until".split())
_AFTER_LABEL = frozenset("is was will sees saw has had takes took begins began starts started of on in at".split())


def _label_number(tokens, a: Amount) -> bool:
    """True when a figure numbers the capitalised word before it ("Round seven is on Saturday", "Stage 12 of the race"):
    a name, not a count, as no noun follows it."""
    if a.first < 1 or tokens[a.first - 1].kind != WORD or not tokens[a.first - 1].text[:1].isupper():
        return False
    if tokens[a.first - 1].lower in FUNCTION_WORDS:
        return False  # "The seven councillors", "All seven"
    nxt = tokens[a.last + 1] if a.last + 1 < len(tokens) else None
    return nxt is None or nxt.kind != WORD or nxt.lower in _AFTER_LABEL


def _opens_on_count(tokens, amounts: list[Amount], start: int) -> bool:
    """True when the list after a colon opens on a bare count ("two at Kwaggafontein and one at Ruighoek"): its items
    are groups that say how many they hold, so the number of items is no count of anything (their sum is checked
    with the other parts of a whole)."""
    return any(x.first == start and x.unit is None and not x.compound for x in amounts)


_PLACES = frozenset("first second third winner winners".split())


def _placing(tokens, i: int) -> bool:
    """True when a list opens with a placing ("1st Joan Pickersgill", "first, …"): the winners of a class the words
    before the colon name, which the class's figure ("Six brown eggs") does not count."""
    if i >= len(tokens):
        return False
    t = tokens[i]
    if t.kind == NUMBER and i + 1 < len(tokens) and tokens[i + 1].glued and tokens[i + 1].lower in ("st", "nd", "rd", "th"):
        return True
    return t.lower in _PLACES


_DASHES = frozenset(("\u2014", "\u2013", "-"))
_LIST_VERBS = frozenset("are were".split())


def _strict_list(tokens, i: int, sentence: int) -> tuple[int, int] | None:
    """Count the items of a list that is nothing but names or figures ("Ray Boudreau, Tanya Heffernan and Peter Vokes";
    "the 14, 22, 37 and 41"), starting at token i; return (items, the token after it), or None when the words there are
    not such a list or it has no "and" before its last item."""
    items, joined = 0, False
    while i < len(tokens) and tokens[i].sentence == sentence:
        t = tokens[i]
        if t.kind == WORD and t.text[:1].isupper() and not t.quoted:
            while i < len(tokens) and tokens[i].kind == WORD and tokens[i].text[:1].isupper() and tokens[i].sentence == sentence:
                i += 1  # one name of one or more capitalised words
        elif t.kind != WORD and t.text[:1].isdigit() and not t.quoted:
            i += 1
        else:
            return None
        items += 1
        if i < len(tokens) and tokens[i].text == "," and i + 1 < len(tokens) and tokens[i + 1].lower == "and":
            i += 1  # the serial comma
        if i < len(tokens) and tokens[i].lower == "and":
            if joined:
                return None  # "A and B and C": not one list
            joined = True
        elif not (i < len(tokens) and tokens[i].text == "," and not joined):
            break
        i += 1
    return (items, i) if joined and items >= 2 else None


def _also_counted(tokens, a: Amount) -> int:
    """How many more the count's own noun phrase adds before its list ("three sons and a daughter - Dennis, Marlon, Troy
    and Candace": one more), 0 when it adds none."""
    from ..language.numbers import parse_number

    sentence = tokens[a.first].sentence
    extra, k = 0, a.last + 1
    while k + 1 < len(tokens) and k - a.last <= 10 and tokens[k].sentence == sentence and tokens[k].kind == WORD and not tokens[k].text[:1].isupper():
        if tokens[k].lower in ("and", "plus"):
            nxt = tokens[k + 1].lower
            extra += 1 if nxt in ("a", "an", "one") else int(parse_number(nxt) or 0)
        k += 1
    return extra


def _list_in_clause(tokens, a: Amount) -> int | None:
    """The length of the list a count's own clause goes on to give, set off by dashes ("The four councillors who voted
    against — A, B, C, D and E — argued …") or after "are"/"were" ("The five routes to be withdrawn are the 14, 22, 37
    and 41"); None when the clause gives no such list, or the list does not end where the clause resumes."""
    sentence = tokens[a.first].sentence
    k = a.last + 1
    while k < len(tokens) and k - a.last <= 10 and tokens[k].sentence == sentence and tokens[k].kind == WORD \
            and tokens[k].lower not in _LIST_VERBS and (not tokens[k].text[:1].isupper() or k == a.last + 1):
        k += 1  # the noun phrase and the clause that says which ("who voted against the plan"; "five Marathwada districts")
    if k >= len(tokens) or tokens[k].sentence != sentence:
        return None
    if tokens[k].text in _DASHES and not tokens[k].glued:
        found = _strict_list(tokens, k + 1, sentence)
        if found is None or not (found[1] >= len(tokens) or tokens[found[1]].sentence != sentence or tokens[found[1]].text in _DASHES | {"."}):
            return None
        return found[0]
    if tokens[k].lower in _LIST_VERBS:
        start = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].lower == "the")
        found = _strict_list(tokens, start, sentence)
        if found is None or not (found[1] >= len(tokens) or tokens[found[1]].sentence != sentence or tokens[found[1]].text in (",", ".", ";")):
            return None
        return found[0]
    return None


_ALL = frozenset("all entire whole".split())


def _split_among(s: Sentence, prior: Sentence | None, annotation) -> list[tuple[Amount, str]]:
    """A whole said to go, all of it, to a number of groups, and split among exactly that many in the next sentence
    ("All of the season's exports went to three groups of buyers." "Roasters … took 4,120 tonnes, buyers in the EU 3,310
    tonnes and Asian markets 2,220 tonnes"), against the one figure of the parts' unit the article gives elsewhere in a
    sentence that shares a word with the first ("Rwanda exported 9,450 tonnes …"), when the sum misses it by less than
    a sixth."""
    from ..reading.quantities import FUNCTION_WORDS

    if prior is None or not prior.lowers & _ALL or _partial(s):
        return []
    groups = [a for a in prior.amounts if a.unit is None and not a.approx and 2 <= a.value <= 12 and a.value == int(a.value)]
    if len(groups) != 1 or len(prior.amounts) != 1:
        return []
    unit = _unit_after(s, s.lo, s.hi - 1)
    parts = _parts(s, s.lo, s.hi - 1, unit, gap=16) if unit is not None else None  # "… and Asian markets, led by China and South Korea, 2,220 tonnes"
    if not parts or len(parts) != groups[0].value or len(parts) != len([a for a in s.amounts if a.unit == unit]):
        return []
    said = {_stem(prior.lower(k)) for k in range(prior.lo, prior.hi) if prior.tokens[k].kind == WORD and len(prior.lower(k)) > 3
            and prior.lower(k) not in FUNCTION_WORDS and prior.lower(k) not in _ALL and not (groups[0].first <= k <= groups[0].last)}
    written = sum(p.value for p in parts)
    wholes = {}
    stems: dict[int, dict[int, set[str]]] = {}
    for ab in annotation.prose:
        for a in ab.amounts:
            if a.unit != unit or a.approx or a.in_range or ab.tokens[a.first].quoted or a in parts:
                continue
            if a.value <= max(p.value for p in parts) or abs(written - a.value) >= a.value / 6:
                continue  # a figure far from the sum is of something else ("annual exports of 12,000 tonnes by 2029")
            if _stems_by_sentence(ab, stems).get(ab.tokens[a.first].sentence, set()) & said:
                wholes.setdefault(round(a.value, 6), (ab, a))
    if len(wholes) != 1:
        return []
    ab, whole = next(iter(wholes.values()))
    if abs(written - whole.value) <= _sum_slack(whole, parts):
        return []
    line = annotation.line(ab, whole.start)
    return [(parts[-1], f"{' + '.join(p.text for p in parts)} is {_fmt_like(written, parts)}, not the {whole.text} at line {line}.")]


def _stem(word: str) -> str:
    """A word's stem for telling the same thing in two sentences: its ending cut ("earnings", "earned": earn; "sales",
    "sale": sal), then its first five letters ("production", "produced": produ)."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word[:5]


_ENDINGS = ("ings", "ing", "ed", "es", "s")


def _stems_by_sentence(ab: AnnotatedBlock, cache: dict) -> dict[int, set[str]]:
    """The stems of the words of each sentence of a block, in one pass over its tokens (kept in `cache` by block)."""
    found = cache.get(id(ab))
    if found is None:
        found = cache[id(ab)] = {}
        for t in ab.tokens:
            if t.kind == WORD:
                found.setdefault(t.sentence, set()).add(_stem(t.lower))
    return found


def _loose_list(tokens, i: int, sentence: int, dash: bool) -> tuple[int, int] | None:
    """Count the items of a list of described names, starting at token i: between dashes, items parted by commas and a
    last "and" ("- the Gulf-Asia Express operated by Orient Pacific Line, Meridian Shipping's East Africa Loop and the
    Baltic Feeder -"); else to the end of the sentence, items parted by semicolons and a last "; and" ("A, a joint venture
    …; B; and C, an Angolan investor."). Return (items, the token after it), or None when an item names nothing
    capitalised or holds a figure, no "and" comes before the last item, or the list does not close."""
    parts: list[list] = [[]]
    depth, k, joined = 0, i, False
    separator = "," if dash else ";"
    while k < len(tokens) and tokens[k].sentence == sentence:
        t = tokens[k]
        if dash and depth == 0 and _spaced_dash(tokens, k):
            break
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and t.text == separator:
            parts.append([])
            k += 1
            continue
        elif depth == 0 and not dash and t.lower == "and" and not parts[-1] and len(parts) > 1:
            joined = True  # "…; and C"
            k += 1
            continue
        parts[-1].append(t)
        k += 1
    if dash:
        if not (k < len(tokens) and tokens[k].sentence == sentence and _spaced_dash(tokens, k)):
            return None
        ands = [j for j, t in enumerate(parts[-1]) if t.lower == "and"]
        if len(ands) != 1:
            return None
        last = parts.pop()
        parts += [last[: ands[0]], last[ands[0] + 1 :]]
    elif not joined:
        return None
    if len(parts) < 3 or not all(_opens_on_name(part) for part in parts):
        return None
    if any(t.quoted or t.kind == NUMBER for part in parts for t in part):
        return None
    return len(parts), k


def _opens_on_name(part: list) -> bool:
    """True when an item of a list opens on a name, or on an article and a name within two words ("the Chinese-led
    Hengtai Ports Consortium", "a joint Red Coral-Tasman Lines service"); "which call at Durban" names something else."""
    words = [t for t in part if t.kind == WORD]
    if not words:
        return False
    if words[0].text[:1].isupper():
        return True
    return words[0].lower in ("the", "a", "an") and any(t.text[:1].isupper() for t in words[1:3])


def _spaced_dash(tokens, k: int) -> bool:
    """True when token k is a dash set off by spaces (" - ", " — "), not a hyphen inside a name ("Gulf-Asia")."""
    return tokens[k].text in _DASHES and not tokens[k].glued and not (k + 1 < len(tokens) and tokens[k + 1].glued)


def _lists_of_counted(annotation) -> list[tuple[AnnotatedBlock, int, int, str]]:
    """A list that names the things the article counts once elsewhere, and names another number of them: "Three wards
    … will close" … "The wards due to close are Willow, Beech, Larch and Hazel". The list's sentence opens on "The" and
    the plural noun, with at most a few words saying which ones ("due to close"), each of them also in the count's
    sentence (so "the wards staying open" are others), then "are" or "were" and nothing but names or figures to the end
    of the clause. The noun must be counted with one value only, outside quotes, and never approximately. The words saying
    which ones may come before the noun ("The shortlisted bidders are …", "The new services - … -"): the count is then of
    that noun with those words, or of any noun those words narrow ("shortlisted four consortia"), and the list may give
    each name with words of its own, parted by semicolons to the end of the sentence or by commas between dashes."""
    from ..reading.quantities import FUNCTION_WORDS

    counted: dict[str, list] = {}
    stems: dict[int, dict[int, set[str]]] = {}
    for loc in annotation.quantities:
        f = loc.fact
        if f.unit == "count" and not f.quoted:
            counted.setdefault(f.thing, []).append(loc)
    out = []
    for ab in annotation.prose:
        tokens = ab.tokens
        for k, t in enumerate(tokens):
            if t.lower != "the" or t.quoted or t.kind != WORD or (k and tokens[k - 1].sentence == t.sentence) or k + 3 >= len(tokens):
                continue
            noun = tokens[k + 1]
            if noun.kind != WORD or noun.text[:1].isupper():
                continue
            m = k + 2
            while m < len(tokens) and m - k <= 8 and tokens[m].kind == WORD and tokens[m].lower not in ("are", "were") and not tokens[m].text[:1].isupper():
                m += 1
            if m >= len(tokens) or tokens[m].sentence != t.sentence:
                continue
            before = not noun.lower.endswith("s")  # "The shortlisted bidders are", "The new services -": the words saying which come first
            if before:
                noun = tokens[m - 1]
                if m - k > 4 or not noun.lower.endswith("s"):
                    continue
            dash = _spaced_dash(tokens, m)
            if tokens[m].lower not in ("are", "were") and not (before and dash):
                continue
            found = None if dash else _strict_list(tokens, m + 1, t.sentence)
            if found is None and before:
                found = _loose_list(tokens, m + 1, t.sentence, dash)
            if found is None or not (found[1] >= len(tokens) or tokens[found[1]].sentence != t.sentence or tokens[found[1]].text in (",", ".", ";") or dash):
                continue
            items = found[0]
            thing = singular(noun.lower)
            thing = annotation.quantity_knowledge.canonical.get(thing, thing)
            words = range(k + 1, m - 1) if before else range(k + 2, m)
            if before:
                narrowing = {tokens[j].lower for j in words}
                counts = [c for c in counted.get(thing, []) if narrowing <= c.fact.modifiers | {c.fact.verb}] or [
                    c for group in counted.values() for c in group if narrowing == {c.fact.verb}]  # "The shortlisted bidders" … "shortlisted four consortia"
            else:
                counts = counted.get(thing, [])
            if not counts or len({c.fact.amount.value for c in counts}) != 1 or any(c.fact.amount.approx or c.fact.amount.in_range for c in counts):
                continue
            count = counts[0]
            if count.block is ab and count.fact.sentence == t.sentence or count.fact.amount.value == items:
                continue
            which = {_stem(tokens[j].lower) for j in words if len(tokens[j].lower) > 3 and tokens[j].lower not in FUNCTION_WORDS}
            said = _stems_by_sentence(count.block, stems).get(count.fact.sentence, set())
            if not which <= said:
                continue  # "The wards staying open are …": other wards than the three that close
            line = annotation.line(count.block, count.fact.amount.start)
            named = noun.lower if count.fact.thing == thing else count.fact.thing
            out.append((ab, tokens[k].start, tokens[found[1] - 1].end, f"\u201c{count.fact.amount.text} {named}\u201d at line {line}, but this list names {items}."))
    return out


_CUSTODY = frozenset("imprisonment prison jail jailed gaol sentenced sentence custodial term".split())
_PROPOSED = frozenset("asked sought requested argued urged proposed wanted demanded could would maximum".split())


def _effective_terms(annotation, durations: frozenset[str]) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """An effective term that the sentence and its suspended part contradict: "15 years' imprisonment" … "suspended
    five years" … "will serve an effective 12 years" (15 less 5 is 10). The whole term is the one custodial sentence
    longer than the effective term given before it, in a sentence that suspends nothing and proposes nothing (the
    defence's "eight years, of which three would be suspended" is another term)."""
    out = []
    sentences: list[tuple[AnnotatedBlock, int, list[Amount], set[str]]] = []
    for ab in annotation.prose:
        by: dict[int, list[Amount]] = {}
        for a in ab.amounts:
            if a.unit in durations and not ab.tokens[a.first].quoted and not a.in_range and not a.approx and not (a.compound or "").endswith("old"):
                by.setdefault(ab.tokens[a.first].sentence, []).append(a)
        if not by:
            continue
        words_of: dict[int, set[str]] = {}
        for t in ab.tokens:  # one pass: a long paragraph of many sentences stays linear
            if t.sentence in by:
                words_of.setdefault(t.sentence, set()).add(t.lower)
        for index, group in by.items():
            sentences.append((ab, index, group, words_of.get(index, set())))
    for n, (ab, index, group, words) in enumerate(sentences):
        for e in group:
            if not any(ab.tokens[j].lower in ("effective", "effectively") for j in range(max(0, e.first - 3), e.first)):
                continue
            suspended = [a for a in group if a is not e and a.unit == e.unit and _suspends(ab, a)]
            if not suspended:
                suspended = [a for pab, _, g, _ in sentences[:n] for a in g if a.unit == e.unit and _suspends(pab, a)]
            wholes = {a.value: a for pab, _, g, w in sentences[:n] if w & _CUSTODY and not w & _PROPOSED and "suspended" not in w
                      for a in g if a.unit == e.unit and a.value > e.value}
            if not wholes and words & _CUSTODY and not words & _PROPOSED:
                # "jailed for 15 years, with five years suspended, an effective term of 12 years"
                wholes = {a.value: a for a in group if a.last < e.first and a.unit == e.unit and a.value > e.value and a not in suspended}
            if len({a.value for a in suspended}) != 1 or len(wholes) != 1:
                continue
            whole, part = next(iter(wholes.values())), suspended[-1]
            if whole.value - part.value != e.value and whole.value > part.value:
                out.append((ab, e, f"{whole.text} with {part.text} suspended is {_fmt(whole.value - part.value)} {e.text.split()[-1]} to serve, not {e.text}."))
    return out


def _suspends(ab: AnnotatedBlock, a: Amount) -> bool:
    """True when a term is the suspended part: "five years suspended", "suspended five years of the sentence"."""
    tokens = ab.tokens
    after = [tokens[j].lower for j in range(a.last + 1, min(len(tokens), a.last + 3))]
    before = tokens[a.first - 1].lower if a.first else ""
    return "suspended" in after or before == "suspended" and after[:1] == ["of"]


def _counts(annotation) -> dict[str, set[float]]:
    """The values the article counts each thing with, outside quotes and ranges."""
    values: dict[str, set[float]] = {}
    for loc in annotation.quantities:
        f = loc.fact
        if f.unit == "count" and not f.quoted and not f.amount.in_range:
            values.setdefault(f.thing, set()).add(f.amount.value)
    return values


def _counted_once(annotation) -> dict[str, float]:
    """The things the article counts with one value only, outside quotes and ranges ("450 outlets"), and not roughly
    ("just under 1.2 crore domestic tourists"): a whole a share elsewhere may be of."""
    rough = {loc.fact.thing for loc in annotation.quantities if loc.fact.unit == "count" and loc.fact.amount.approx}
    return {thing: next(iter(v)) for thing, v in _counts(annotation).items() if len(v) == 1 and thing not in rough}


_AT_HALF_TIME = re.compile(r"(\d{1,3})[-\u2013](\d{1,3})\s+(?:at\s+(?:half[- ]?time|the\s+break|the\s+interval))\b", re.I)
_GOALS_AND_POINTS = re.compile(r"\d[-\u2013]\d{1,2}\s+(?:to|v|and)\s+\Z|\b(?:to|v)\s+\Z")
_SECOND_HALF = re.compile(r"(\d{1,3})[-\u2013](\d{1,3})\s+(?:after\s+(?:the\s+break|half[- ]?time|the\s+interval)|in\s+the\s+second\s+half)\b", re.I)


def _halves(annotation) -> list[tuple[AnnotatedBlock, int, int, str]]:
    """A match's second half that its half-time score and its result contradict ("led 41-33 at halftime" … "outscored the
    Wolves 40-37 after the break" … "a 78-71 win"): whichever side each figure is, the halves must add up to the result.
    The result is the first score of the opening paragraph; one half-time score and one second half only."""
    body = [ab for ab in annotation.prose]
    found = {"half": [], "second": []}
    for ab in body:
        for key, pattern in (("half", _AT_HALF_TIME), ("second", _SECOND_HALF)):
            for m in pattern.finditer(ab.text):
                if _GOALS_AND_POINTS.search(ab.text, max(0, m.start() - 12), m.start()):
                    continue  # "1-8 to 1-4 after the break": goals and points of each side (GAA), not a two-side score
                if not any(t.quoted for t in ab.tokens if t.start == m.start()):
                    found[key].append((ab, m))
    if len(found["half"]) != 1 or len(found["second"]) != 1 or not body:
        return []
    first = next((ab for ab in body if ab.results[0]), None)
    if first is None or first is not body[0]:
        return []
    taken = {found["half"][0][1].start(), found["second"][0][1].start()}
    result = next((r for r in first.results[0] if r.kind == "score" and not r.quoted and r.start not in taken), None)
    if result is None:
        return []
    (h1, h2), (s1, s2) = (map(int, found[k][0][1].groups()) for k in ("half", "second"))
    final = sorted((result.first_value, result.second_value))
    if sorted((h1 + s1, h2 + s2)) == final or sorted((h1 + s2, h2 + s1)) == final:
        return []
    if min(h1, h2) > final[0] or max(h1, h2) > final[1]:
        return []  # a half-time score above the result is another match's
    ab, m = found["second"][0]
    shown = f"{h1}-{h2}"
    return [(ab, m.start(), m.end(2), f"{shown} at half-time and {s1}-{s2} after it make {h1 + s1}-{h2 + s2} or {h1 + s2}-{h2 + s1}, not the {final[1]}-{final[0]} result.")]


# a Gaelic games result, goals and points of each side ("2-14 to 1-12"): a goal is worth three points
_GOALS_POINTS_RESULT = re.compile(r"\b(\d{1,2})-(\d{1,2})\s+to\s+(\d{1,2})-(\d{1,2})\b")
# "outscoring the home side by 1-6 to 0-4 after …", "a run of 0-5 to 0-1": the scores of a spell of the match, not its result
_A_RUN_OF_SCORES = re.compile(r"\boutscor\w*\b[^.;:!?]*\Z|\b(?:by|run\s+of|spell\s+of|burst\s+of)\s+\Z", re.I)
_POINT_MARGIN = re.compile(r"\b(?P<size>\d{1,2}|[a-z]+)-point\s+(?:victory|win|winning\s+margin|defeat|loss)\b", re.I)


_TWO_SCORES = re.compile(r"\b\d{1,2}-\d{1,2}\b\D{1,30}?\b\d{1,2}-\d{1,2}\b")
# the units a margin joined to its size is counted in ("the 12-point margin", "a two-goal win", "a 23-vote majority")
_MARGIN_UNITS = frozenset("point points goal goals vote votes".split())
_MARGIN_NOUNS = frozenset("margin win victory defeat loss majority".split())


def _margins_of_a_score(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A margin joined to its size ("the 12-point margin") in a sentence that gives one result ("a 31-17 home victory"):
    the result's two counts make the margin. A sentence with a running score, two results or a Gaelic games score
    (goals and points of each side) is left alone."""
    out = []
    body = list(annotation.prose)
    # the match report's own result: the one final score of its opening paragraph ("a 30-14 win" … "The 18-point win,
    # the Rivercats' seventh": that win, referred back to), unless a result the article gives anywhere has that margin
    opening = [(ab, r) for ab in body[:1] for r in ab.results[0] if not r.quoted and not r.running and r.kind == "score"]
    margins = {abs(r.first_value - r.second_value) for ab in body for r in ab.results[0]}
    own = opening[0] if len(opening) == 1 else None
    for ab in body:
        results = [r for r in ab.results[0] if not r.quoted]
        for a in ab.amounts:
            if a.approx or a.in_range or ab.tokens[a.first].quoted:
                continue
            lead = _lead_at_a_score(ab, a)
            if lead is not None:
                if abs(lead.first_value - lead.second_value) != a.value:
                    out.append((ab, a, f"{ab.text[lead.start:lead.end]} is a lead of {abs(lead.first_value - lead.second_value)}, not {_fmt(a.value)}."))
                continue
            if a.compound not in _MARGIN_UNITS:
                continue
            k = a.last + 1
            if k >= len(ab.tokens) or ab.tokens[k].lower not in _MARGIN_NOUNS or ab.tokens[k].sentence != ab.tokens[a.first].sentence:
                continue
            mine = [r for r in results if ab.tokens[r.token].sentence == ab.tokens[a.first].sentence]
            if not mine and own is not None and ab is not own[0] and a.first > 0 and ab.tokens[a.first - 1].lower == "the" and a.value not in margins \
                    and not _TWO_SCORES.search(own[0].text, max(0, own[1].start - 30), own[1].end + 30):
                mine = [own[1]]  # "The 18-point win" after the opening's "a 30-14 win"
                if abs(own[1].first_value - own[1].second_value) != a.value:
                    out.append((ab, a, f"{own[0].text[own[1].start:own[1].end]} at line {annotation.line(own[0], own[1].start)} is a margin of {abs(own[1].first_value - own[1].second_value)}, not {_fmt(a.value)}."))
                continue
            if len(mine) != 1 or mine[0].running or _TWO_SCORES.search(ab.text, max(0, mine[0].start - 30), mine[0].end + 30):
                continue  # "Clare 2-19 Limerick 1-20", "2-14 to 1-12": goals and points of each side, not one score
            r = mine[0]
            if _ANOTHER_MATCH.search(ab.text, min(a.end, r.end), max(a.start, r.start)):
                continue  # "The five-goal win avenged last year's decider, when the Ravens … beat the Falcons 51-48": that match's
            if abs(r.first_value - r.second_value) != a.value and r.first_value != r.second_value:
                out.append((ab, a, f"{ab.text[r.start:r.end]} is a margin of {abs(r.first_value - r.second_value)}, not {_fmt(a.value)}."))
    return out


_LEAD_NOUNS = frozenset("lead advantage cushion".split())
_LEAD_BEFORE = frozenset({("lead", "to"), ("lead", "of"), ("advantage", "to"), ("advantage", "of"), ("cushion", "to"), ("cushion", "of"),
                          ("led", "by"), ("trailed", "by"), ("leading", "by"), ("trailing", "by")})
_SCORE_JOINS = frozenset({"at", ",", "(", "as", "with"})


def _lead_at_a_score(ab: AnnotatedBlock, a: Amount) -> _Score | None:
    """The score a lead in points or goals is told at, set right beside it ("pushed their lead to 11 points, at 44-35",
    "a 44-35 lead, 11 points"), or None: a lead is the gap of the score the match stood at then, running or not."""
    tokens = ab.tokens
    unit = a.compound or (tokens[a.last + 1].lower if a.last + 1 < len(tokens) else "")
    if unit not in _MARGIN_UNITS or unit.startswith("vote"):
        return None
    end = a.last + (1 if a.compound else 2)  # the token after "11 points" / "11-point"
    if a.compound:
        if end >= len(tokens) or tokens[end].lower not in _LEAD_NOUNS:
            return None
        end += 1
    elif a.first < 2 or (tokens[a.first - 2].lower, tokens[a.first - 1].lower) not in _LEAD_BEFORE:
        return None
    k = end
    while k < min(len(tokens), end + 2) and tokens[k].lower in _SCORE_JOINS:
        k += 1
    if k + 2 >= len(tokens) or k == end or tokens[k].kind != NUMBER or tokens[k + 1].text not in ("-", "\u2013") \
            or not (tokens[k + 1].glued and tokens[k + 2].glued) or tokens[k + 2].kind != NUMBER or tokens[k].sentence != tokens[a.first].sentence:
        return None  # ("at 44-35": the score, two plain counts joined by a dash)
    if k + 3 < len(tokens) and tokens[k + 3].text in ("-", "\u2013") and tokens[k + 3].glued:
        return None  # "2-14-1-12" or a date, no score
    first, second = tokens[k].text.replace(",", ""), tokens[k + 2].text.replace(",", "")
    if not (first.isdigit() and second.isdigit()) or len(first) > 3 or len(second) > 3:
        return None
    return _Score(int(first), int(second), tokens[k].start, tokens[k + 2].end)


class _Score(NamedTuple):
    first_value: int
    second_value: int
    start: int
    end: int


_ANOTHER_MATCH = re.compile(r"\b(?:last|previous|earlier)\s+(?:year|season|week|month|time)|\b(?:19|20)\d\d\b|\bwhen\b", re.I)


def _goals_and_points_margins(annotation) -> list[tuple[AnnotatedBlock, int, int, str]]:
    """A winning margin in points ("a four-point victory") that the result the opening paragraph gives in goals and
    points ("2-14 to 1-12": 20 to 15) does not make."""
    body = list(annotation.prose)
    first = next(((ab, m) for ab in body[:2] for m in _GOALS_POINTS_RESULT.finditer(ab.text)
                  if not any(t.quoted for t in ab.tokens if t.start == m.start()) and not _A_RUN_OF_SCORES.search(ab.text, max(0, m.start() - 60), m.start())), None)
    if first is None:
        return []
    a, b, c, d = map(int, first[1].groups())
    ours, theirs = 3 * a + b, 3 * c + d
    out = []
    for ab in body:
        for m in _POINT_MARGIN.finditer(ab.text):
            word = m.group("size").lower()
            size = int(word) if word.isdigit() else value_of_words([word])
            if size is None or any(t.quoted for t in ab.tokens if t.start == m.start()) or size == abs(ours - theirs):
                continue
            out.append((ab, m.start(), m.end(), f"{first[1].group()} is {ours} points to {theirs}, a margin of {abs(ours - theirs)}, not {int(size)}."))
    return out


_HEDGES = frozenset("about almost nearly around roughly some approximately just over under".split())
_FROM_LEVEL = frozenset("with from against on".split())  # "compares with 702,000", "up from", "against 2.98 crore kg", "on last year's"


def _before_hedges(s: Sentence, a: Amount) -> int:
    """The token before an amount and the hedges written before it ("…, or almost 22 per cent": the "or")."""
    k = a.first - 1
    while s.lower(k) in _HEDGES:
        k -= 1
    return k


def _change_size_noun(s: Sentence, size: Amount) -> str | None:
    """The word that names an amount as the size of a change, after it ("The $13.2 million rise") or before it ("an
    increase of 110,400 tonnes", "up $13.2 million"), or None."""
    for word in (s.lower(size.last + 1), s.lower(size.first - 2) if s.lower(size.first - 1) == "of" else s.lower(size.first - 1)):
        if word in CHANGE_NOUNS or word in ("up", "down"):
            return word
    return None


def _change_size_as_share(s: Sentence) -> list[tuple[Amount, str]]:
    """A change's size and its percentage told together ("an increase of 110,400 tonnes, or almost 22 per cent") beside
    the earlier level it is a change on ("compares with 702,000 tonnes"): the size over that level is the percentage."""
    out = []
    if level_pairs(s):
        return out  # both levels given: the sums of a change between them weigh the size and the percentage
    for p in s.amounts:
        if p.unit != "percent" or p.in_range:
            continue
        k = _before_hedges(s, p)
        if s.lower(k) != "or" or s.lower(k - 1) != ",":
            continue
        size = next((a for a in s.amounts if a.last == k - 2), None)
        if size is None or size.unit in (None, "percent") or size.in_range or size.approx:
            continue
        noun = _change_size_noun(s, size)
        if noun is None:
            continue
        up = noun in UP or noun == "up"
        olds = [a for a in s.amounts if a is not size and a.unit == size.unit and not (a.in_range or a.approx) and s.lower(a.first - 1) in _FROM_LEVEL
                and not (s.lower(a.first - 1) == "on" and s.lower(a.first - 2) not in ("up", "down", "rise", "increase", "fall", "drop"))]
        if len(olds) != 1 or olds[0].value <= size.value / 10:
            continue
        old = olds[0]
        lo = (size.value - half_step(size)) / (old.value + half_step(old)) * 100
        hi = (size.value + half_step(size)) / (old.value - half_step(old)) * 100
        tolerance = max(1.5, 0.1 * p.value) if p.approx or s.lower(p.first - 1) in _HEDGES else max(0.5, 0.03 * p.value)
        if lo - tolerance <= p.value <= hi + tolerance:
            continue
        figure = percent_text(size.value / old.value * 100)
        out.append((p, f"{size.text} on {old.text} is {an(figure)} {figure} {'rise' if up else 'fall'}, not {p.text}."))
    return out


_SUBJECT_ENDS = frozenset("for of in at to on from by with , was were is are has have had".split())


def _wholes_told_otherwise(annotation, year: int | None) -> list[tuple[AnnotatedBlock, str, Amount]]:
    """Sums and measures the fact table keys by no noun that a share may still be "of": the new level of a change,
    keyed by its sentence's subject ("The club's turnover for the year … rose to £612,480 from £548,300": turnover),
    and a measure after a verb whose object is one of a noun ("trawlers caught 6,840 tonnes": the catch; rules/
    quantities.yaml sum-verbs)."""
    verbs = annotation.quantity_knowledge.sum_verbs
    out = []
    for ab in annotation.prose:
        for s in sentences_of(ab).values():
            for a in s.amounts:
                if a.unit in (None, "percent") or a.approx or a.in_range or not a.first:
                    continue
                # ("exported marine products worth Rs 18,420 crore": their value)
                noun = verbs.get(s.lower(a.first - 1))
                if noun is not None and not any(t != str(year) and not t.startswith(("this ", "current ")) for t in ab.times_of(a)):
                    out.append((ab, noun, a))
                elif s.lower(a.first - 1) == "worth":
                    out.append((ab, "value", a))  # "exported marine products worth Rs 18,420 crore in 2025-26": their value
            for old, new in level_pairs(s):
                if new.unit in (None, "percent") or new.approx:
                    continue
                k = s.lo
                while k < min(old.first, new.first) and s.lower(k) not in _SUBJECT_ENDS and s.lower(k) not in UP | DOWN:
                    k += 1
                if k > s.lo and ab.tokens[k - 1].kind == WORD and ab.tokens[k - 1].text.islower() and s.lower(k - 1) not in FUNCTION_WORDS:
                    out.append((ab, singular(s.lower(k - 1)), new))
    return out


_ABSTAINED = frozenset("abstention abstentions abstained abstaining".split())
_THERE = frozenset("present attended attending attendance".split())


def _votes_cast_against_members(annotation) -> list[tuple[AnnotatedBlock, Amount, str]]:
    """A vote's two sides and its abstentions, told in one sentence ("Senators voted 19 to 7, with three abstentions"),
    against the members the same or the next sentence says were there: more votes than "the 30-member council" has, or
    other than the number "all 30 members … were present" makes."""
    out = []
    for ab in annotation.prose:
        tokens = ab.tokens
        for r in ab.results[0]:
            if r.kind != "tally" or r.quoted or r.running:
                continue
            sentence = tokens[r.token].sentence
            abstained = [a for a in ab.amounts if tokens[a.first].sentence == sentence and a.unit is None and a.value == int(a.value)
                         and any(tokens[k].lower in _ABSTAINED for k in range(a.last + 1, min(len(tokens), a.last + 3)))]
            if len(abstained) != 1:
                continue
            cast = r.first_value + r.second_value + int(abstained[0].value)
            for a in ab.amounts:
                if tokens[a.first].sentence not in (sentence, sentence + 1) or a is abstained[0] or a.unit is not None or tokens[a.first].quoted:
                    continue
                words = {t.lower for t in tokens if t.sentence == tokens[a.first].sentence}
                every = a.first > 0 and tokens[a.first - 1].lower == "all" and words & _THERE
                sized = a.compound == "member"  # "the 30-member council"
                if not (every or sized) or cast == a.value or (sized and not every and cast < a.value):
                    continue  # (a body of 30 with 29 votes cast: someone may have been away)
                said = f"{r.first_value} + {r.second_value} + {int(abstained[0].value)} abstentions"
                out.append((ab, a, f"{said} is {cast} votes, not the {int(a.value)} members {'present' if every else 'the body has'}."))
                break
    return out


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at each figure whose sum, share, change or count the article's own figures contradict."""
    annotation = context.annotation(doc)
    hits = []
    tallies = [(ab, r) for ab in annotation.prose for r in ab.results[0] if r.kind == "tally" and not r.quoted]
    year = doc.published.year if doc.published else None
    totals = _counted_once(annotation)
    counts = _counts(annotation)
    wholes: dict[tuple[str, str], dict[float, tuple[str, frozenset[str], int]]] = {}  # (unit, thing) -> the values the article gives it, as written, with their times and where
    for loc in annotation.quantities:
        if not loc.fact.quoted and not loc.fact.amount.in_range:
            told = (loc.fact.amount.text, frozenset(loc.fact.times), loc.block.block.source_offset(loc.fact.amount.start))
            wholes.setdefault((loc.fact.unit, loc.fact.thing), {}).setdefault(loc.fact.amount.value, told)
            verb = loc.block.tokens[loc.fact.amount.first - 1].lower if loc.fact.amount.first else ""
            # "farms harvested 71,600 tonnes of salmon": the harvest, whatever of (a figure of another time, "crushed 745,100
            # tonnes last year", is no whole a share of this year's is of)
            if verb.endswith("ed") and len(verb) > 5 and not any(t != str(year) and not t.startswith(("this ", "current ")) for t in loc.block.times_of(loc.fact.amount)):
                for noun in (verb[:-2], verb[:-1]):
                    wholes.setdefault((loc.fact.unit, noun), {}).setdefault(loc.fact.amount.value, told)
    for ab, noun, a in _wholes_told_otherwise(annotation, year):
        # (a financial year's first year, "2025-26" in a March 2027 report, dates the year just gone, not one long past)
        when = frozenset(t for t in ab.times_of(a) if not (t.isdigit() and re.search(rf"\b{t}[-/\u2013](?:{int(t) + 1}|{(int(t) + 1) % 100:02d})\b", ab.text)))
        wholes.setdefault((a.unit, noun), {}).setdefault(a.value, (a.text, when, ab.block.source_offset(a.start)))
    previous: Sentence | None = None  # the last sentence of the paragraph before, for a total that opens the next
    revised = frozenset(w for phrase in annotation.quantity_knowledge.revision_words for w in phrase)
    recent: list[Sentence] = []  # the last few sentences with figures of the paragraphs before, nearest first
    links: dict[int, list] = {}
    for one in annotation.money_links:
        links.setdefault(id(one.mention.block), []).append(one)
    for ab in annotation.prose:
        if not ab.amounts:
            previous = None
            continue
        amounts = [a for a in ab.amounts if not ab.tokens[a.first].quoted]
        # each sentence read once (its words, its figures), however many sums ask about it
        sentences = {s.index: s for s in _every_sentence(ab)}
        by_sentence = {index: s.amounts for index, s in sentences.items() if s.amounts}
        bounds = {index: [s.lo, s.hi] for index, s in sentences.items()}
        found = []
        for index, group in by_sentence.items():
            s = sentences[index]
            prior = sentences.get(index - 1, previous)
            if len(group) >= 2:  # every sum in one sentence needs two figures or more
                found += _change_size_as_share(s) + _shares(s) + _shares_of_them(s) + _lead_of_two_totals(s) + _share_set_beside(s) + _share_named(s) + _change_in_brackets(s) + _shares_of_known_totals(s, totals, counts) + _shares_after_part(s, wholes, year) + _share_beside_the_rest(s, wholes) + (_shares_of_tally(s, [t for t in tallies if t[1].kind == "tally"]) if len(tallies) == 1 else [])
                if len(group) >= 3:
                    found += _percent_changes(s) + _totals(s, prior) + _parts_of_them(s) + _parts_of_the_whole(s) + _margins(s) + _differences(s, prior) + _difference_of_pair(s) + _part_and_rest(s) + _change_after_a_pair(s)
                    found += _each_of_the_count(s) + _total_then_its_parts(s) + _gap_between_compared(s)
                else:
                    found += _totals(s, prior) + _differences(s, prior)
        for index, group in by_sentence.items():
            s = sentences[index]
            prior = sentences.get(index - 1, previous)
            found += _split_of_previous(s, prior) + _made_up_of_the_whole_before(s, prior) + _rest_of_previous(s, prior) + _split_with_rest(s, prior) + _split_of_linked(s, links.get(id(ab), []), annotation.line) + _make_up_previous(s, prior) + _list_after_its_total(s, prior) + _breakdown_of_previous(s, prior) + _shared_out_next(s, prior) + _attendance(s, prior) + _running_sums(s, prior)
            earlier = [sentences[i] for i in sorted(by_sentence, reverse=True) if i < index] + recent  # nearest first
            found += _parts_of_that_total(s, prior, earlier) + _that_total_continued(s, sentences.get(index + 1), earlier)
            found += _parts_of_a_named_whole(s, earlier, revised) + _share_of_the_figure_before(s, earlier, revised)
            found += _change_from_an_old_level(s, earlier) + _of_the_named_whole(s, earlier, revised) + _change_and_its_percent(s, earlier) + _difference_and_its_percent(s) + _size_percent_and_level(s) + _change_named_then_its_percent(s, earlier)
            found += _together_of_previous(s, earlier) + _together_begun_before(s, prior) + _that_whole_in_counted_parts(s, prior) + _whole_closed_by_parts(s, earlier, revised) + _part_and_rest_of_that(s, earlier)
            found += _percent_of_previous(s, prior) + _change_on_earlier_level(s, prior) + _change_from_level_before(s, prior) + _up_from_the_level_before(s, prior) + _moved_on_from_the_level_before(s, prior) + _change_of_the_subject_before(s, prior) + _compared_with_before(s, prior) + _higher_than_before(s, prior) + _percent_set_against(s) + _gap_on_previous(s, prior) + _change_after_its_levels(s) + _fraction_changes(s) + _gaps(s) + _share_of_the_count_before(s, prior) + _share_of_that(s, prior)
            if len(group) >= 3:
                found += _passed_by(s)
            if len(group) >= 2:
                found += _split_among(s, prior, annotation)
            if len(group) >= 3:
                found += _averages(s) + _net_changes(s) + _net_of_two_flows(s)
        found += _list_counts(ab, amounts) + _totals_of_previous(ab, by_sentence, bounds, previous) + _margin_of_tally(ab, amounts, tallies, year)
        previous = sentences[max(sentences)] if sentences else None
        recent = ([sentences[i] for i in sorted(by_sentence, reverse=True)] + recent)[:4]
        seen = set()
        for amount, message in found:
            if amount.start in seen:
                continue
            seen.add(amount.start)
            hits.append(Hit(FIGURE_ARITHMETIC.id, ab.block.source_span(amount.start, amount.end), message))
    for ab, amount, message in _effective_terms(annotation, annotation.quantity_knowledge.duration_units) + _leads_of_named(annotation) + _margins_of_beaten(annotation) + _margins_behind(annotation) + _leads_of_totals(annotation) + _age_at_death(annotation, doc.published):
        hits.append(Hit(FIGURE_ARITHMETIC.id, ab.block.source_span(amount.start, amount.end), message))
    # sums read across the article: one finding per figure, the first reading's message kept
    for ab, amount, message in chain(_majorities_of_named(annotation), _run_margins(annotation), _changes_of_levels(annotation, year), _sized_changes_of_earlier_levels(annotation), _gaps_of_income_and_spending(annotation), _changes_after_their_levels(annotation), _definite_changes(annotation), _definite_point_changes(annotation), _changes_of_subjects(annotation), _parts_over_whole(annotation, year), _parts_one_digit_from_earlier(annotation, year), _named_counts_over_whole(annotation), _shares_of_those(annotation), _shares_of_one_whole(annotation), _shares_of_a_summed_whole(annotation), _shares_of_the_total(annotation), _announced_splits(annotation), _margins_of_a_score(annotation), _what_is_left(annotation), _list_then_rest(annotation), _multiple_changes(annotation), _combined_of_named(annotation), _votes_cast_against_members(annotation)):
        span = ab.block.source_span(amount.start, amount.end)
        if not any(h.span == span or h.message == message for h in hits):
            hits.append(Hit(FIGURE_ARITHMETIC.id, span, message))  # (one sum told once, at its part or at its share)
    for ab, start, end, message in _halves(annotation) + _goals_and_points_margins(annotation):
        hits.append(Hit(FIGURE_ARITHMETIC.id, ab.block.source_span(start, end), message))
    for ab, start, end, message in _lists_of_counted(annotation):
        hits.append(Hit(FIGURE_ARITHMETIC.id, ab.block.source_span(start, end), message))
    return hits


register(run, FIGURE_ARITHMETIC)
