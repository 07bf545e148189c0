"""Rows of the figures battery: (name, check, template, wrong, right, line). The template's {x} takes the wrong
value (must be reported on `line`) or the right one (must stay quiet). Headline first, then paragraphs."""

FA = "figure-arithmetic"
NC = "number-conflict"
HB = "headline-body-conflict"

H = "date 2026-03-14 Council publishes its annual figures\n\n"

ROWS = [
    # (1) a percentage change stated with both values: 250 -> 300 is 20%
    ("pct: rose by X% from A to B", FA, H + "Ticket sales rose by {x}% from 250,000 to 300,000 last year.", "25", "20", 3),
    ("pct: rose X% to B from A", FA, H + "Ticket sales rose {x}% to 300,000 from 250,000 last year.", "25", "20", 3),
    ("pct: from A to B, a rise of X per cent", FA, H + "Ticket sales went from 250,000 to 300,000 last year, a rise of {x} per cent.", "25", "20", 3),
    ("pct: a X% increase, from A to B", FA, H + "The council reported a {x}% increase in ticket sales, from 250,000 to 300,000.", "25", "20", 3),
    ("pct: dash", FA, H + "Ticket sales climbed from 250,000 to 300,000 \u2013 up {x}% \u2013 the council said.", "25", "20", 3),
    ("pct: parentheses", FA, H + "Ticket sales climbed from 250,000 to 300,000 ({x}%) last year.", "25", "20", 3),
    ("pct: parentheses with up", FA, H + "Ticket sales climbed to 300,000 (up {x}% from 250,000) last year.", "25", "20", 3),
    ("pct: second sentence", FA, H + "Ticket sales climbed from 240,500 to 288,600 last year. That is an increase of {x} per cent.", "25", "20", 3),
    ("pct: fell, US percent", FA, H + "Enrollment fell {x} percent, from 300 students to 240.", "25", "20", 3),
    ("pct: down X% on last year's", FA, H + "Profit was \u00a3240m, down {x}% on last year's \u00a3300m.", "25", "20", 3),
    ("pct: compared with", FA, H + "Profit was \u00a3240m, compared with \u00a3300m a year earlier, a drop of {x}%.", "25", "20", 3),
    ("pct: Indian crore", FA, H + "Net profit rose {x} per cent to Rs 360 crore from Rs 300 crore a year ago.", "25", "20", 3),
    ("pct: a relative clause", FA, H + "Ticket sales, which rose {x}% last year, went from 250,000 to 300,000.", "25", "20", 3),
    ("pct: increased from ... representing", FA, H + "Membership increased from 1,500 to 1,800, representing a {x} per cent rise.", "25", "20", 3),
    ("pct: cut by X per cent from A to B", FA, H + "The grant was cut by {x} per cent, from $5 million to $4 million.", "25", "20", 3),
    ("pct: jumped X% year on year to B from A", FA, H + "Exports jumped {x}% year on year to A$3.6bn, from A$3bn.", "25", "20", 3),
    ("pct: a X% fall to B, from A", FA, H + "Attendance suffered a {x}% fall to 24,000, from 30,000 the season before.", "25", "20", 3),
    ("pct: percentage in words", FA, H + "Ticket sales rose by {x} per cent from 250,000 to 300,000.", "twenty-five", "twenty", 3),

    # (2) a change's size in units with both values: 112 -> 130 is 18
    ("units: rose from A to B, an increase of N", FA, H + "The fare rose from \u00a3112 to \u00a3130 a week, an increase of \u00a3{x}.", "16", "18", 3),
    ("units: rose by N, from A to B", FA, H + "The fare rose by \u00a3{x}, from \u00a3112 to \u00a3130 a week.", "16", "18", 3),
    ("units: rose by N to B from A", FA, H + "The fare rose by \u00a3{x} to \u00a3130 from \u00a3112.", "16", "18", 3),
    ("units: N more than the A", FA, H + "This year 130 pupils enrolled, {x} more than the 112 last year.", "16", "18", 3),
    ("units: up N on A", FA, H + "This year 130 pupils enrolled, up {x} on last year's 112.", "16", "18", 3),
    ("units: N fewer than", FA, H + "Only 112 pupils enrolled this year, {x} fewer than the 130 a year ago.", "16", "18", 3),
    ("units: a drop of N from A to B", FA, H + "Staff numbers fell from 130 to 112, a drop of {x}.", "16", "18", 3),
    ("units: dash", FA, H + "Staff numbers fell from 130 to 112 \u2013 a loss of {x} jobs.", "16", "18", 3),
    ("units: second sentence", FA, H + "Staff numbers fell from 130 to 112. That is {x} fewer posts.", "16", "18", 3),
    ("units: increased by N to B, from A", FA, H + "The fleet increased by {x} buses to 130, from 112.", "16", "18", 3),

    # (3) a total stated with its parts
    ("total: colon list", FA, H + "The trust is opening {x} new beds: 180 at Ashford, 150 at Brook and 62 at Cray.", "412", "392", 3),
    ("total: parts then total", FA, H + "The trust is opening 180 beds at Ashford, 150 at Brook and 62 at Cray, a total of {x}.", "412", "392", 3),
    ("total: bringing the total to", FA, H + "The trust is opening 180 beds at Ashford and 150 at Brook, bringing the total to {x}.", "340", "330", 3),
    ("total: of whom", FA, H + "In all {x} people were injured, of whom 12 were children and 30 adults.", "40", "42", 3),
    ("total: made up of", FA, H + "The {x}-strong squad is made up of 14 forwards and 12 backs.", "28", "26", 3),
    ("total: including", FA, H + "The {x} jobs include 120 in Leeds and 80 in Bradford.", "180", "220", 3),
    ("total: parentheses", FA, H + "The council received {x} complaints (120 about noise and 80 about parking).", "220", "200", 3),
    ("total: in all", FA, H + "Leeds got \u00a312m and Bradford \u00a38m, \u00a3{x}m in all.", "22", "20", 3),
    ("total: combined", FA, H + "Leeds got \u00a312m and Bradford \u00a38m, a combined \u00a3{x}m.", "22", "20", 3),
    ("total: adding up to", FA, H + "Leeds got \u00a312m and Bradford \u00a38m, adding up to \u00a3{x}m.", "22", "20", 3),
    ("total: split between", FA, H + "The \u00a3{x}m fund will be split between Leeds, which gets \u00a312m, and Bradford, which gets \u00a38m.", "22", "20", 3),
    ("total: Kenyan shillings", FA, H + "The county spent Sh{x} million: Sh120 million on roads and Sh80 million on water.", "220", "200", 3),

    # (4) a majority/margin with the two counts
    ("margin: won by N votes to M, a majority of K", FA, H + "Ms Patel won by 14,318 votes to 13,902, a majority of {x}.", "516", "416", 3),
    ("margin: beat X by N votes, A to B", FA, H + "Ms Patel beat Mr Shaw by {x} votes, 14,318 to 13,902.", "516", "416", 3),
    ("margin: polled A against B, majority", FA, H + "Ms Patel polled 14,318 against Mr Shaw's 13,902, giving her a majority of {x}.", "516", "416", 3),
    ("margin: a margin of", FA, H + "Ms Patel took 14,318 votes to Mr Shaw's 13,902, a margin of {x}.", "516", "416", 3),
    ("margin: results box", FA, H + "Ann Patel (Lab) 14,318\n\nTom Shaw (Con) 13,902\n\nMajority: {x}", "516", "416", 7),
    ("margin: cricket won by runs", FA, H + "Kent made 312 and Essex were all out for 280, Kent winning by {x} runs.", "42", "32", 3),
    ("margin: vote passed by", FA, H + "The motion passed by 48 votes to 31, a majority of {x}.", "27", "17", 3),
    ("margin: in a vote of A to B, margin in words", FA, H + "The bill passed by {x} votes, 48 to 31.", "27", "17", 3),

    # (5) a share stated with its parts
    ("share: a quarter, or N of M", FA, H + "A quarter of the councillors, or {x} of the 200, voted against.", "60", "50", 3),
    ("share: N of M, or X%", FA, H + "The home side took 60 of the 150 points, or {x}%.", "45", "40", 3),
    ("share: X% (N of M)", FA, H + "Some {x}% of the 150 members (60) voted to strike.", "45", "40", 3),
    ("share: N out of M, X per cent", FA, H + "Of the 150 members, 60 \u2013 {x} per cent \u2013 voted to strike.", "45", "40", 3),
    ("share: half", FA, H + "More than half of the 150 members, {x}, voted to strike.", "60", "80", 3),
    ("share: a third", FA, H + "A third of the 150 staff, {x} people, will lose their jobs.", "60", "50", 3),

    # (6) list count
    ("list: three candidates then four named", FA, H + "{x} candidates are standing: Ann Cole, Ben Dray, Cat Eves and Dan Ford.", "Three", "Four", 3),
    ("list: named then count", FA, H + "Ann Cole, Ben Dray and Cat Eves are the {x} candidates.", "four", "three", 3),
    ("list: digits", FA, H + "The club named {x} new signings: Ann Lee, Raj Shah and Tom Reed.", "5", "3", 3),

    # (7) the same quantity given two values in two paragraphs
    ("twice: jobs", NC, H + "The factory will create 1,250 jobs, the company said.\n\nThe {x} jobs will be filled over two years.", "1,520", "1,250", 5),
    ("twice: money \u00a3m", NC, H + "The new bridge will cost \u00a3206m.\n\nCouncillors approved the \u00a3{x}m cost on Tuesday.", "260", "206", 5),
    ("twice: Sh", NC, H + "The county will spend Sh450 million on the road.\n\nThe Sh{x} million road will link the two towns.", "540", "450", 5),
    ("twice: age", NC, H + "John Smith, 46, was arrested on Monday.\n\nSmith, {x}, appeared in court on Tuesday.", "64", "46", 5),
    ("twice: crore", NC, H + "The state has set aside Rs 1,245 crore for the scheme.\n\nThe Rs {x} crore scheme will start in April.", "1,425", "1,245", 5),
    ("twice: measures", NC, H + "The new runway will be 3,250 metres long.\n\nThe {x}-metre runway opens next year.", "3,520", "3,250", 5),
    ("twice: first put at (revision) quiet", NC, H + "The bill was first put at \u00a3206m.\n\nIt has since risen to \u00a3{x}m.", None, "260", None),
    ("twice: recount another person", NC, H + "Smith finished on 1,203 votes.\n\nAfter a recount, Smith had {x} votes and Ashby 1,205.", "1,230", "1,203", 5),
    ("twice: approximation within rounding", NC, H + "The bridge will cost \u00a3206.4m.\n\nThe bridge, costing about \u00a3{x}m, opens next year.", "260", "206", 5),
    ("twice: comparison with forecast", NC, H + "Revenue was $2.1bn, below the $2.3bn forecast.\n\nThe ${x}bn revenue disappointed investors.", "1.2", "2.1", 5),

    # (8) a headline figure contradicted by the body
    ("headline: jobs", HB, "date 2026-03-14 Factory to create {x} jobs\n\nThe factory will create 1,250 jobs, the company said.", "1,520", "1,250", 3),
    ("headline: pct", HB, "date 2026-03-14 Fares to rise by {x}%\n\nBus fares will rise by 12% from April, the council said.", "21", "12", 3),
    ("headline: money", HB, "date 2026-03-14 \u00a3{x}m bridge approved\n\nCouncillors approved a \u00a3206m bridge on Tuesday.", "260", "206", 3),
    ("headline: deaths", HB, "date 2026-03-14 {x} dead in bus crash\n\nTwelve people died when a bus overturned on Tuesday.", "21", "12", 3),

    # (7) more phrasings of one quantity given twice
    ("twice: homes, digits then words", NC, H + "The developer will build 346 homes on the site.\n\nPlans for the {x} homes go to committee in May.", "364", "346", 5),
    ("twice: staff relative clause", NC, H + "The firm, which employs 2,150 staff, is moving.\n\nAll {x} staff will move to Leeds.", "2,510", "2,150", 5),
    ("twice: US dollars", NC, H + "The city will spend $14.7 million on the library.\n\nThe ${x} million library opens in 2028.", "17.4", "14.7", 5),
    ("twice: euros", NC, H + "The club paid \u20ac38m for the striker.\n\nThe \u20ac{x}m signing scored on his debut.", "83", "38", 5),
    ("twice: rand", NC, H + "The province set aside R1.35 billion for the scheme.\n\nThe R{x} billion scheme starts in April.", "1.53", "1.35", 5),
    ("twice: naira", NC, H + "The state approved N4.2 billion for the road.\n\nThe N{x} billion road will be finished next year.", "2.4", "4.2", 5),
    ("twice: lakh", NC, H + "The district received Rs 46 lakh for the scheme.\n\nThe Rs {x} lakh grant will pay for 20 classrooms.", "64", "46", 5),
    ("twice: passengers", NC, H + "The airport handled 18,620 passengers on Friday.\n\nThe {x} passengers were a record for a single day.", "16,820", "18,620", 5),
    ("twice: age in words", NC, H + "Mary Jones, 83, died at home.\n\nMrs Jones, who was {x}, had lived in the village all her life.", "38", "83", 5),
    ("twice: kilometres", NC, H + "The new line will be 47 km long.\n\nThe {x} km line will have 12 stations.", "74", "47", 5),
    ("twice: another thing same noun quiet", NC, H + "The north site has 346 homes.\n\nThe south site has {x} homes.", None, "364", None),
    ("twice: another year quiet", NC, H + "The airport handled 18,620 passengers on Friday.\n\nLast year it handled {x} passengers on the same day.", None, "16,820", None),
    ("twice: quote quiet", NC, H + "The developer will build 346 homes on the site.\n\n\u201cWe wanted {x} homes,\u201d the director said.", None, "364", None),

    # (8) more headline phrasings
    ("headline: homes", HB, "date 2026-03-14 Plans for {x} homes approved\n\nCouncillors approved plans for 346 homes on the site.", "364", "346", 3),
    ("headline: injured", HB, "date 2026-03-14 {x} hurt as stand collapses\n\nTwenty people were injured when a stand collapsed.", "Twelve", "Twenty", 3),
    ("headline: jobs cut", HB, "date 2026-03-14 Bank to cut {x} jobs\n\nThe bank will cut 450 jobs, it said on Monday.", "540", "450", 3),
    ("headline: majority", HB, "date 2026-03-14 Patel wins by {x} votes\n\nMs Patel took 14,318 votes to Mr Shaw's 13,902, a majority of 416.", "461", "416", 3),
    ("headline: percent cut", HB, "date 2026-03-14 Council tax to rise {x}%\n\nCouncil tax will rise by 4.99% from April.", "9.49", "4.99", 3),
    ("headline: later paragraph", HB, "date 2026-03-14 {x} dead in bus crash\n\nA bus overturned on the A38 on Tuesday.\n\nTwelve people died and 20 were hurt.", "21", "12", 5),

    # (6) more list counts
    ("list: two named then three", FA, H + "The {x} candidates are Ann Cole and Ben Dray.", "three", "two", 3),
    ("list: dash", FA, H + "{x} clubs \u2013 Ayr, Brechin and Clyde \u2013 were relegated.", "Four", "Three", 3),
    ("list: among quiet", FA, H + "Four clubs, among them Ayr, Brechin and Clyde, were relegated.", None, "", None),

    # (5) more shares
    ("share: per cent then count", FA, H + "Some {x} per cent of the 1,200 staff, 300 people, will go.", "40", "25", 3),
    ("share: one in", FA, H + "One in {x} of the 1,200 staff, 300 people, will go.", "three", "four", 3),
    ("share: N of M, X per cent", FA, H + "Of the 1,200 staff, 300 \u2013 {x} per cent \u2013 will go.", "30", "25", 3),

    # (4) more margins
    ("margin: majority then counts", FA, H + "Ms Patel won with a majority of {x}, taking 14,318 votes to 13,902.", "516", "416", 3),
    ("margin: votes to and majority in brackets", FA, H + "The motion was carried by 48 votes to 31 (a majority of {x}).", "27", "17", 3),
    ("margin: in words", FA, H + "The motion was carried by 48 votes to 31, a margin of {x}.", "27", "17", 3),
    # traps: must stay quiet (no wrong version)
    ("trap: up on the routes", FA, H + "Passengers rose to 1,300 a day, up 25% on the 12 routes it runs.", None, "", None),
    ("pct: counts, down on last year's", FA, H + "This year 240 pupils enrolled, down {x}% on last year's 300.", "25", "20", 3),
    ("trap: one in N of a whole with a part of the part", FA, H + "One in three of the 150 members, 20 of them women, voted to strike.", None, "", None),
    ("trap: a part of the part after a share", FA, H + "Half of the 150 members, 60 of them women, voted to strike.", None, "", None),
    ("trap: a part in a place after a share", FA, H + "A third of the 150 staff, 20 in Leeds, will lose their jobs.", None, "", None),
    ("trap: wickets and a chase", FA, H + "South Zone beat East Zone by six wickets, chasing 256 in 47.2 overs.", None, "", None),
    ("trap: a stand before a margin in runs", FA, H + "Jadhav struck 94 and shared a 112-run stand with Mane as Kolhapur defeated Sangli by 45 runs.", None, "", None),
    ("trap: another thing's levels", FA, H + "Revenue rose 14 per cent to Rs 612 crore, while net profit came in at Rs 21.6 crore against Rs 17.2 crore.", None, "", None),
    ("trap: including overlapping groups", FA, H + "The firm employs 180 people, including 120 engineers and 80 women.", None, "", None),
    ("trap: a percentage of another thing", FA, H + "Sales climbed from 250,000 to 300,000 as prices were cut by 10% last year.", None, "", None),
    ("trap: up on a number of routes", FA, H + "Fares went from \u00a32.10 to \u00a32.50, up 19% on 12 routes.", None, "", None),
    ("trap: a quoted percentage", FA, H + "\u201cSales went from 250,000 to 300,000, up 25 per cent,\u201d he said.", None, "", None),
    ("trap: the rest not counted", FA, H + "Of the 150 members, 60 voted to strike and 40 against.", None, "", None),
    ("trap: a revision of a total", NC, H + "The council first put the cost at \u00a3206m.\n\nThe final bill was \u00a3260m.", None, "", None),
]

# phrasings whose wrong version is not reported yet, and why (precision first: each would need a risky rule)
MISSING = {
    "pct: percentage in words": "a spelled-out percentage is not read as a change (spelled figures are often loose)",
    "units: second sentence": "'That is 16 fewer posts' in a sentence of its own is not tied to the sentence before",
    "total: including": "'include' may list overlapping groups ('180 people, including 120 engineers and 80 women')",
    "total: parentheses": "a bracketed list after a whole is not read as its parts",
    "margin: results box": "a results box's lines are not read as one tally with its majority",
    "share: X% (N of M)": "a bracketed count after 'X% of the M' is not read as the share's part",
    "list: named then count": "a count after the names ('… are the four candidates') is not read as the list's length",
    "twice: approximation within rounding": "an 'about' figure is never set against an exact one",
    "twice: US dollars": "'spend $14.7 million on the library' is not read as the library's cost (the thing after 'on')",
    "twice: naira": "'approved N4.2 billion for the road' is not read as the road's cost (the thing after 'for')",
    "twice: age in words": "'Mrs Jones, who was 38' is not read as an age (only ', 38,' and 'aged 38')",
}

# quiet phrasings that are still reported, and why
LOUD: dict[str, str] = {}

def rows(only: str, firing: bool):
    """pytest params (text, expected findings) of one check's rows: wrong versions when firing, else right ones."""
    import pytest

    for name, check, template, wrong, right, line in ROWS:
        if check != only:
            continue
        value = wrong if firing else right
        if value is None:
            continue
        expected = [(check, line)] if firing else []
        known = MISSING if firing else LOUD
        marks = [pytest.mark.xfail(reason=known[name], strict=True)] if name in known else []
        yield pytest.param(template.replace("{x}", value) + "\n", expected, id=name, marks=marks)
