"""stray-headline: another story's headline pasted into the body; crossheads, captions and lists stay quiet."""

from __future__ import annotations

import pytest

from ..conftest import lines_found, findings_of

HEAD = "date 2026-03-11 Ferry crews to strike for 48 hours as pay talks collapse\n\n"
P1 = "Ferry crews on two routes between Wales and Ireland will walk out for 48 hours later this month."
P2 = "The union said its members would stop work from 00:01 on Friday 20 March."
P3 = "The company runs four vessels on the two routes, carrying about 1.3 million passengers a year."
P4 = "Its chief executive said contingency plans were being drawn up."

CASES = [
    # (name, body paragraphs from line 3, expected (check, line) pairs)
    # a crosshead set in capitals shares its words with the paragraph under it as one in lower case does
    ("a crosshead in capitals", [P1, P2, "HOW THE HAKE QUOTA IS SPLIT", "Of the 154,000 tonnes, about 85% of the hake quota will go to the wet-fish fleet.", P3], []),
    # a line straight over a bulleted list is the list's heading
    ("a heading over a list", [P1, P2, "Passenger rights: what you are entitled to", "- If your flight is cancelled, your airline must offer a refund or another flight.", "- If you are stuck overnight, the airline should provide a hotel.", P3], []),
    ("headline with a participle and the state it left", [P1, P2, "Missing New York City chef Andrea Zamperoni found dead", P3, P4], [("stray-headline", 7)]),
    ("headline with a third-person verb before its object", [P1, P2, "Nevada prop plane crash near Las Vegas leaves two dead", P3, P4], [("stray-headline", 7)]),
    ("headline with a passive participle and no auxiliary", [P1, P2, "Kennedy assassin Sirhan Sirhan stabbed in California prison", P3, P4], [("stray-headline", 7)]),
    ("headline with a base-form verb after its plural subject", [P1, P2, "Gold prices touch fresh high ahead of wedding season", P3, P4], [("stray-headline", 7)]),
    ("crosshead with a plural noun and no verb", [P1, P2, "Questions over the future of the ferry link to Dublin", P3, P4], []),
    ("pasted related headline", [P1, P2, "Pembrokeshire hoteliers report their busiest February in a decade", P3, P4], [("stray-headline", 7)]),
    ("headline with a participle clause", [P1, P2, "Storm Ciara batters coast, leaving thousands without power", P3, P4], [("stray-headline", 7)]),
    ("headline with a base-form verb", [P1, P2, "Westbury Town sack manager after seven straight defeats", P3, P4], [("stray-headline", 7)]),
    ("two pasted headlines apart", [P1, "Minister threatens fines for rail firms that cancel trains", P2, P3, "Holyhead port bosses unveil design for new freight terminal", P4], [("stray-headline", 5), ("stray-headline", 11)]),
    ("headline with a passive participle", [P1, P2, "Gardeners urged to check sheds as rare beetle turns up in three counties", P3, P4], [("stray-headline", 7)]),
    ("passive participle crosshead that introduces the paragraph below", [P1, P2, "Passengers warned over delays at Holyhead terminal", "Passengers face delays at the terminal, the port warned.", P4], []),
    ("participle not followed by to or over", [P1, P2, "Crews told the company nothing had changed since the ballot", P3, P4], []),
    ("short crosshead", [P1, P2, "Drone war", P3, P4], []),
    ("crosshead that introduces the paragraph below", [P1, P2, "Union warns of more walkouts over the summer", "Union officials said more walkouts over the summer could not be ruled out.", P4], []),
    ("a noun-phrase crosshead of headline length", [P1, P2, "The long road to a settlement for ferry workers", P3, P4], []),
    ("a series' title opening with a preposition", [P1, P2, "On the campaign trail in Ohio, May 2016", P3, P4], [("stray-headline", 7)]),
    ("a prepositional crosshead that shares the article's words", [P1, P2, "On the quayside at Holyhead, March 2026", P3, P4], []),
    ("a prepositional line with a verb, a sentence that lost its stop", [P1, P2, "In Ohio, Senator Grady Malone wins the primary", P3, P4], []),
    ("a headline of names after a paragraph that lost its last stop", [P1, P2 + " Talks broke down on Tuesday evening after the company refused to improve its offer of a 3% rise and the union said it had no choice", "Wikinews visits Lagos Fashion Week", P3, P4], [("stray-headline", 7)]),
    ("a signature of names after a paragraph that lost its last stop", [P1, P2 + " Talks broke down on Tuesday evening after the company refused to improve its offer of a 3% rise and the union said it had no choice", "Pauline Dwyer, Lower Marston, Herefordshire", P3, P4], []),
    ("sign-off at the end", [P1, P2, P3, "Additional reporting by Rhodri Vaughan"], []),
    ("read more line", [P1, P2, "Read more: Ferry operator cuts winter sailings", P3, P4], []),
    ("unpunctuated list", [P1, "Sailings affected include:", "Holyhead to Dublin services on Friday and Saturday", "Fishguard to Rosslare services running a reduced timetable", "Freight sailings overnight from Pembroke Dock", P3], []),
    ("sentence that lost its full stop, in running prose", [P1, P2, "In other results, Caernarfon beat Bangor 3-1 and Llandudno drew with Rhyl", P3, P4], []),
    ("picture credit", [P1, P2, "Picture: Crew members on the quayside at Holyhead", P3, P4], []),
    ("quoted line", [P1, P2, "\u201cWe have moved twice and we remain ready to meet at any time\u201d", P3, P4], []),
    ("first paragraph without a stop", ["Ferry crews walk out as pay talks collapse", P1, P2, P3], []),
    # labelled and quoted headlines: a label or a quotation, a colon, a headline clause
    ("label, colon, headline", [P1, P2, "Transfer window: Rovers reject \u00a34m bid for teenage winger", P3, P4], [("stray-headline", 7)]),
    ("X: Y says Z", [P1, P2, "Winter crisis: NHS boss says A&E queues are the worst he has seen", P3, P4], [("stray-headline", 7)]),
    ("quotation, colon, headline", [P1, P2, "\u2018We will not be blackmailed\u2019: Danish PM hits back at Washington", P3, P4], [("stray-headline", 7)]),
    ("quotation, colon, lower-case subject", [P1, P2, "\u201cI thought I would lose everything\u201d: pensioner tells of rogue builder ordeal", P3, P4], [("stray-headline", 7)]),
    ("an update note", [P1, P2, "Update: Police say the road has reopened to traffic in both directions", P3, P4], []),
    # related video and live pages, explainers and question headlines
    ("a video link", [P1, P2, "Watch: Inside the Holyhead terminal where freight lorries wait for days", P3, P4], [("stray-headline", 7)]),
    ("a video link that shares a word with the paragraph below", [P1, P2, "Watch: Inside the Holyhead terminal where freight lorries wait for days", "Freight lorries were diverted to Liverpool, the company said.", P4], [("stray-headline", 7)]),
    ("an explainer's stock label after a headline", [P1, P2, "Wales and Ireland agree new ferry subsidy: what we know so far", P3, P4], [("stray-headline", 7)]),
    ("a label, a colon and a how clause", [P1, P2, "Diesel at \u00a31.52: how fuel costs are pushing fares up", P3, P4], [("stray-headline", 7)]),
    ("a question headline about a named subject", [P1, P2, "Is the Welsh Government's ferry subsidy worth what it costs taxpayers?", P3, P4], [("stray-headline", 7)]),
    ("a rhetorical question in running prose", [P1, P2, "Is this the end of the road for the crossing that has run for decades?", P3, P4], []),
    ("another story's person, though the line shares words with the paragraph below", [P1, P2, "California lawyer Marcus Delahunt convicted of attempted extortion", "Both officers said they would appeal; one wept in his lawyer's arms when convicted.", P4], [("stray-headline", 7)]),
    ("a crosshead naming the article's own person", [P1, P2, "Union leader Gareth Pryce vows to fight on", "Gareth Pryce said the union would fight on until the offer improved.", P4], []),
    ("a question crosshead that introduces the paragraph below", [P1, P2, "Could the Irish Ferries strike spread to other routes this summer?", "Union officials said other routes could strike this summer if talks failed.", P4], []),
    ("a question of two sentences", [P1, P2, "Will Stena Line follow? Nobody at the company would say", P3, P4], []),
    ("a quoted question", [P1, P2, "\u201cWho will pay for the Holyhead crossing now?\u201d asked one passenger", P3, P4], []),
    ("a prose label before a how clause", [P1, P2, "The question now: how long can the company keep the ships in port", P3, P4], []),
    # a base verb's third person, a reader's question, a line under a crosshead, a headline of no verb the lists know
    ("a base verb's third person after its subject", [P1, P2, "Harbour cafe owner wins national award for fish soup", P3, P4], [("stray-headline", 7)]),
    # (the line shares "ferry" with the article, so only the verb reader could report it)
    ("a plural noun after a number is no verb", [P1, P2, "Ferry cafe owner and three wins for the local fish soup", P3, P4], []),
    ("a reader's question in a Q&A explainer", [P1, P2, "How do I get a refund for my cancelled Stena Line sailing?", P3, P4], []),
    ("a headline under a crosshead that introduces the paragraph after it",
     [P1, P2, "Both routes", "Hoteliers warn bookings are down ahead of summer", "Both routes will be closed for the two days, the company said.", P4], [("stray-headline", 9)]),
    ("a crosshead over a paragraph, a sentence between them", [P1, P2, "Both routes", "Both routes will be closed for the two days.", "Hoteliers warn bookings are down ahead of summer.", P4], []),
    ("a headline whose verb no list knows, naming strangers, at a passage's end",
     [P1, P2, "Lisbon tram operator Carris Metro to withdraw older carriages by 2027", P3, P4], [("stray-headline", 7)]),
    # a line that shares no word with the whole article is another story's, whatever its verb or names
    ("the same with one stranger only", [P1, P2, "Lisbon tram operator to withdraw its older carriages over the winter in Porto", P3, P4], [("stray-headline", 7)]),
    ("the same where other bare lines are crossheads",
     [P1, "Strike plans", P2, "Lisbon tram operator Carris Metro to withdraw older carriages by 2027", P3, P4], [("stray-headline", 9)]),
    ("a headline of no verb the lists know, sharing no word with the article", [P1, P2, "Soap legend Maureen Tait in secret Cotswolds wedding", P3, P4], [("stray-headline", 7)]),
    ("a short headline naming a stranger", [P1, P2, "Indonesian security minister Wiranto stabbed", P3, P4], [("stray-headline", 7)]),
    ("a headline opening with a figure", [P1, P2, "200 in New Delhi drink cow urine to fight off the virus", P3, P4], [("stray-headline", 7)]),
    ("a headline sharing only chance words with the article", [P1, P2, "Brackenfield Cathedral names first Black dean in its long history", P3, "The first sailings of the day will not run, the company said.", P4], [("stray-headline", 7)]),
    ("a headline before a crosshead", [P1, P2, "Lisbon tram operator Carris Metro to withdraw older carriages", "Passengers", P3, P4], [("stray-headline", 7)]),
    ("a headline before the first paragraph", ["Lisbon tram operator Carris Metro to withdraw older carriages", P1, P2, P3], [("stray-headline", 3)]),
    ("a short line naming nobody new", [P1, P2, "Hoteliers count the cost", P3, P4], []),
    ("a letter's signature: names only", [P1, P2, "Pauline Dwyer, Lower Marston", P3, P4], []),
    ("a crosshead sharing the headline's word, not the paragraph below's", [P1, P2, "Summer timetable for ferry passengers on the island", P3, P4], []),
    ("a crosshead sharing two words with the article", [P1, P2, "Vessels idle while passengers wait for contingency news", P3, P4], []),
    ("a result line", [P1, P2, "Holyhead Rovers 31, Dublin Harbour Select 24 in the charity final", P3, P4], []),
    ("a listing's title with no verb at all", [P1, P2, "Folk night at the Corn Exchange in Swansea with Harbour Fiddlers", P3, P4], []),
    ("a labelled crosshead that introduces the paragraph below", [P1, P2, "Pay offer: union rejects revised deal from operator", "The union rejected the revised deal on Tuesday, saying it did not cover the cost of living.", P4], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_stray_headline(name, paragraphs, expected, rules):
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check="stray-headline") == expected


def test_markdown_crossheads_and_captions_are_not_stray(rules):
    text = (
        "---\ntitle: Ferry strike\ndate: 2026-03-11\n---\n\n"
        f"{P1}\n\n## Company says the four vessels will stay in port\n\n{P3}\n\n"
        "*Picture: Passengers queue for the last sailing before the strike begins*\n\n"
        f"{P4}\n"
    )
    assert findings_of(text, "md", rules, check="stray-headline") == []


def test_a_subheading_from_another_story_is_stray(rules):
    # A headline's clause that shares no word with the text on either side introduces nothing.
    text = (
        "---\ntitle: Ferry strike\ndate: 2026-03-11\n---\n\n"
        f"{P1}\n\n## Hoteliers report their busiest February in a decade\n\n{P3}\n\n{P4}\n"
    )
    assert findings_of(text, "md", rules, check="stray-headline") == [("stray-headline", 8)]


def test_html_related_links_aside_is_not_reported(rules):
    text = (
        "<html><body><article>\n"
        f"<h1>Ferry crews to strike</h1>\n<p>{P1}</p>\n<p>{P2}</p>\n<p>{P3}</p>\n"
        "</article>\n<aside class=\"related\"><ul>\n"
        "<li><a href=\"/a\">Pembrokeshire hoteliers report their busiest February in a decade</a></li>\n"
        "</ul></aside></body></html>\n"
    )
    assert findings_of(text, "html", rules, check="stray-headline") == []


def test_html_paragraph_pasted_headline(rules):
    text = (
        "<html><body><article>\n"
        f"<h1>Ferry crews to strike</h1>\n<p>{P1}</p>\n<p>{P2}</p>\n"
        "<p>Pembrokeshire hoteliers report their busiest February in a decade</p>\n"
        f"<p>{P3}</p>\n<p>{P4}</p>\n</article></body></html>\n"
    )
    assert findings_of(text, "html", rules, check="stray-headline") == [("stray-headline", 5)]


BOLD = "Hoteliers report their busiest February in a decade"


@pytest.mark.parametrize(
    "fmt,line,expected",
    [
        # a paragraph set wholly in bold is the writer's crosshead or a live blog entry's title
        ("md", f"**{BOLD}**", []),
        ("md", f"__{BOLD}__", []),
        ("html", f"<p><strong>{BOLD}</strong></p>", []),
        ("html", f"<p class=\"entry-title\"><b>{BOLD}</b></p>", []),
        # a bold link is a related-article card, and a line only partly bold is still a pasted headline
        ("md", f"**[{BOLD}](/news/hoteliers)**", [("stray-headline", 10)]),
        ("md", "**Hoteliers** report their busiest February in a decade", [("stray-headline", 10)]),
        ("html", f"<p><strong><a href=\"/news/hoteliers\">{BOLD}</a></strong></p>", [("stray-headline", 4)]),
        ("html", f"<p>{BOLD}</p>", [("stray-headline", 4)]),
    ],
)
def test_bold_crossheads_are_not_stray(fmt, line, expected, rules):
    if fmt == "md":
        text = f"---\ntitle: Ferry strike\ndate: 2026-03-11\n---\n\n{P1}\n\n{P2}\n\n{line}\n\n{P3}\n\n{P4}\n"
    else:
        text = f"<html><body><article>\n<p>{P1}</p>\n<p>{P2}</p>\n{line}\n<p>{P3}</p>\n<p>{P4}</p>\n</article></body></html>\n"
    assert findings_of(text, fmt, rules, check="stray-headline") == expected


def test_a_word_shared_only_further_down_the_next_paragraph_does_not_make_a_crosshead(rules):
    # "dead" appears in the paragraph after, but not in its first sentence: the line introduces nothing.
    text = HEAD + "\n\n".join([
        P1, P2,
        "Nevada prop plane crash near Las Vegas leaves two dead, three injured",
        "The union has claimed the company ignored its warnings. It said two crew members were nearly dead from exhaustion last winter.",
        P4,
    ]) + "\n"
    assert findings_of(text, rules=rules, check="stray-headline") == [("stray-headline", 7)]


@pytest.mark.parametrize("years,expected", [("40", []), ("35", [("stray-headline", 8)])])
def test_a_subheading_sharing_a_figure_with_the_text_under_it_introduces_it(years, expected, rules):
    text = (
        "---\ntitle: Ferry strike\ndate: 2026-03-11\n---\n\n"
        f"{P1}\n\n## Harbour kiosk closes after 40 years\n\nIt has served passengers at the quay for {years} summers.\n\n{P4}\n"
    )
    assert findings_of(text, "md", rules, check="stray-headline") == expected


@pytest.mark.parametrize(
    "heading,expected",
    [
        # a verb moving a figure: another story's headline over a paragraph it shares nothing with
        ("Lottery jackpot climbs to $410 million after another draw with no winner", [("stray-headline", 8)]),
        # an adjective opening a crosshead before a plural noun is no subject and its noun no verb; "years away" is no verb either
        ("New ships still two years away", []),
        # a question over a section is a Q&A explainer's heading, never another story's headline
        ("What did the hoteliers say about Tuesday's meeting in Tenby?", []),
    ],
)
def test_subheadings_that_introduce_a_section_and_one_that_does_not(heading, expected, rules):
    text = "---\ntitle: Ferry strike\ndate: 2026-03-11\n---\n\n" f"{P1}\n\n## {heading}\n\n{P2}\n\n{P4}\n"
    assert findings_of(text, "md", rules, check="stray-headline") == expected


@pytest.mark.parametrize(
    "under,expected",
    [
        # two of its words in the paragraph under it, though not in its first sentence: it introduces that paragraph
        ("Gross advances grew 16.2 per cent. The bank's gold loans now make up a record share of its book.", []),
        ("Gross advances grew 16.2 per cent. Deposits rose 9 per cent.", [("stray-headline", 8)]),
    ],
)
def test_a_subheading_introduces_its_whole_paragraph(under, expected, rules):
    text = "---\ntitle: Bank results\ndate: 2026-03-11\n---\n\n" f"{P1}\n\n## Gold loans climb to record share of lending\n\n{under}\n\n{P4}\n"
    assert findings_of(text, "md", rules, check="stray-headline") == expected


def test_a_numbered_section_of_a_notice_is_no_headline(rules):
    text = HEAD + f"{P1}\n\n3. SWING BRIDGE - CLOSURE TO NAVIGATION SET FOR MARCH\n\n{P3}\n\n{P4}\n"
    assert findings_of(text, rules=rules, check="stray-headline") == []


def test_a_fact_box_field_and_a_crosshead_sharing_a_compound_are_quiet(rules):
    text = ("# Port results\n\nThe group's revenue rose 10.9 per cent to S$412.6 million, it said on Wednesday.\n\n"
            "## Cold chain does the heavy lifting\n\nThe group's cold-chain division, which runs chilled warehouses in Tuas and Jurong, "
            "posted revenue of S$96.4 million.\n\nAT A GLANCE\n\nCranes: 14, including six added in March\n\nShip time at berth: 2.2 days\n")
    assert findings_of(text, "md", rules=rules, check="stray-headline") == []
    # a heading that shares nothing with its section is still another story's
    assert findings_of(text.replace("Cold chain does the heavy lifting", "Heavy snow closes mountain passes across Colorado"), "md", rules=rules,
                       check="stray-headline") == [("stray-headline", 5)]


# Cases from the session 15 sets and their misses, firing and quiet.
FROM_SESSION_15_SETS = [
    ('a long line opening with a place the article never names, one chance word shared', 'date 2026-03-04 Town approves new fire engine\n\n', ['Voters approved the purchase of the engine after an hour of debate in the school gym.', 'The chief said the old engine had failed its pump test.', 'Burlington school board backs later start times for high schoolers', 'The moderator presided for the first time and kept speakers to three minutes.'], [7]),
    ("a crosshead opening with the article's own place", 'date 2026-03-04 Town approves new fire engine\n\n', ['Voters in Granby approved the purchase of the engine after an hour of debate.', 'The chief said the old engine had failed its pump test.', 'Granby firefighters will train on the new engine for the first time', 'The moderator presided for the first time and kept speakers to three minutes.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_15_SETS, ids=[c[0] for c in FROM_SESSION_15_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'stray-headline', rules) == expected


# Cases from the session 16 sets and their misses, firing and quiet.
FROM_SESSION_16_SETS = [
    ('a short headline of two strangers, its verb last', 'date 2020-01-12 New studies may bring slug-made glues closer to use\n\n', ['In her experiments, Falconer observed eleven proteins found only in slug glue and used them to make usable amounts of each.', 'Sultan Qaboos of Oman dies', 'Christopher Gallego-Lazo, also an Ithaca undergraduate, studied glue from the dusky Arion slug and the chemical bonds within it.'], [5]),
    ("a short crosshead naming the article's own people, its verb last", 'date 2020-01-12 New studies may bring slug-made glues closer to use\n\n', ['In her experiments, Andrea Falconer observed eleven proteins found only in slug glue and used them to make usable amounts of each.', 'Falconer and Gallego-Lazo disagree', 'Christopher Gallego-Lazo, also an Ithaca undergraduate, studied glue from the dusky Arion slug and the chemical bonds within it.'], []),
    ("another story's headline ending in a quoted phrase", 'date 2020-01-12 Astronomers find water vapour on exoplanet\n\n', ['Astronomers have found water vapour in the atmosphere of a planet orbiting a distant star, two teams reported.', '"This is the first potentially habitable planet where we know there is water," said astronomer Angelos Tsiaras.', "Iran admits downing Ukrainian jet, cites 'human error'", '"It\'s a good sign," said Ryan Cloutier of the Harvard-Smithsonian Center for Astrophysics, who was not an author.', 'The planet is about 110 light years from Earth.'], [7]),
    ('a sentence of prose ending in a quoted sentence stays prose', 'date 2020-01-12 Astronomers find water vapour on exoplanet\n\n', ['Astronomers have found water vapour in the atmosphere of a planet orbiting a distant star, two teams reported.', '"This is the first potentially habitable planet where we know there is water," said astronomer Angelos Tsiaras.', "Cloutier said the finding was 'a good sign.'", '"It\'s promising," said Ryan Cloutier of the Harvard-Smithsonian Center for Astrophysics, who was not an author.', 'The planet is about 110 light years from Earth.'], []),
    ('a passive naming what someone was made, between quotes', 'date 2020-02-12 WHO names new coronavirus disease COVID-19\n\n', ['The World Health Organization named the new coronavirus disease COVID-19 on Tuesday.', 'In an interview with Time magazine, public health expert Wendy Parmet said naming the virus after a city would stigmatise its people.', 'Greta Thunberg named 2019 Time Person of the Year', 'Medical anthropologist Monica Schoch-Spana said in a separate interview that outbreaks have often been blamed on outsiders.', 'The name was chosen to avoid stigma.'], [7]),
    ('a fact box line with a name, a comma and a result stays a fact box line', 'date 2025-11-20 Council confirms new police chief\n\n', ['The council confirmed Dale Hoffman as police chief on Tuesday night by four votes to nil, with one abstention.', 'Hoffman has served in the department for 22 years.', 'Police chief: Dale Hoffman, confirmed 4-0 with one abstention', 'He takes up the post on 1 December, the city said.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_16_SETS, ids=[c[0] for c in FROM_SESSION_16_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'stray-headline', rules) == expected


# Cases from session 18's sets and earlier fixtures' misses, firing and quiet.
FROM_SESSION_18_SETS = [
    ("another story's headline beside a crosshead, sharing only words of time", 'date 2026-03-09 Record crowd as Wattle Creek Show marks 125 years\n\n', ['The show was first held in 1902, on a paddock behind the old courthouse, with 36 entries in the cattle classes.', 'This year there were more than 3,100 entries across 400 classes, from fleeces to cupcakes, and next year more are expected.', 'Council rates to rise 4.5 per cent next year', 'Grand champion', 'The supreme champion beef exhibit went to a Murray Grey heifer shown by Kirsty Nguyen of Yarrabool Downs.'], [7]),
    ("a crosshead sharing the story's subject beside another crosshead", 'date 2026-03-09 Record crowd as Wattle Creek Show marks 125 years\n\n', ['The show was first held in 1902, on a paddock behind the old courthouse, with 36 entries in the cattle classes.', 'This year there were more than 3,100 entries across 400 classes, from fleeces to cupcakes, and next year more are expected.', 'Cattle entries rise again this year', 'Grand champion', 'The supreme champion beef exhibit went to a Murray Grey heifer shown by Kirsty Nguyen of Yarrabool Downs.'], []),
    ("another story's headline as a live blog entry between two timestamps", 'date 2026-01-20 Live: Storm Ingrid brings 100mph gusts\n\n', ['**15:40**', '**Ferries cancelled**', 'Stena Line has cancelled all Holyhead sailings until the storm passes, the company said.', '**15:10**', 'Chancellor signals fuel duty freeze in spring statement', '**14:40**', '**Peak gust confirmed**', 'The Met Office has confirmed a gust of 101mph at Capel Curig in the storm.'], [11]),
    ("a live blog entry of one unpunctuated line about the story", 'date 2026-01-20 Live: Storm Ingrid brings 100mph gusts\n\n', ['**15:40**', '**Ferries cancelled**', 'Stena Line has cancelled all Holyhead sailings until the storm passes, the company said.', '**15:10**', 'Storm gusts close Holyhead ferry terminal', '**14:40**', '**Peak gust confirmed**', 'The Met Office has confirmed a gust of 101mph at Capel Curig in the storm.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_18_SETS, ids=[c[0] for c in FROM_SESSION_18_SETS])
def test_cases_from_the_session_18_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'stray-headline', rules) == expected


# Cases from session 20's real-recall misses, firing and quiet.
FROM_SESSION_20 = [
    ("another story's headline whose commas join clauses", 'date 2026-03-09 Nine jailed over abuse of children in Halbury\n\n', ['Nine men were jailed for a total of 132 years at Halbury Crown Court on Friday for the abuse of two children.', 'The judge said the defendants had shown no respect for basic decency towards the children or the drivers who took them.', 'Motorway pile-up, fire kills five children, two lorry drivers', 'One victim chose to waive her anonymity so others would come forward.'], [7]),
    ("another story's short headline opening on a country's possessive", 'date 2020-08-24 Thai party withdraws nomination\n\n', ['The election commission is due to discuss the events of the weekend on Monday, and must rule on all candidates by Friday.', "Belgravia's Okonjo airlifted to Lisbon", 'The monarchy has been limited by a constitution since 1932, and criticism of it remains a crime.'], [5]),
    ("a short crosshead opening on the possessive of the story's own country", 'date 2020-08-24 Thai party withdraws nomination\n\n', ['The election commission in Thailand is due to discuss the events of the weekend on Monday, and must rule on all candidates by Friday.', "Thailand's Okonjo airlifted to Lisbon", 'The monarchy has been limited by a constitution since 1932, and criticism of it remains a crime.'], []),
    ('a crosshead whose commas join clauses, introducing the paragraph below', 'date 2026-03-09 Nine jailed over abuse of children in Halbury\n\n', ['Nine men were jailed for a total of 132 years at Halbury Crown Court on Friday for the abuse of two children.', 'The judge said the defendants had shown no respect for basic decency towards the children or the drivers who took them.', 'Victims, families speak out, court told', 'The court heard statements from victims and their families, read by the prosecutor.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_20, ids=[c[0] for c in FROM_SESSION_20])
def test_cases_from_session_20(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'stray-headline', rules) == expected


FROM_SESSION_27 = [
    ("another story's headline in the future, 'School board to vote on …'", 'date 2026-03-16 Police lieutenant hurt as stolen pickup rams cruiser\n\n',
     ["A Millbrook police officer suffered a broken wrist early Thursday when a stolen pickup truck slammed into her parked cruiser on Route 9, police said.",
      "The pickup had been reported stolen from a driveway on Orchard Street about an hour before the crash.",
      "School board to vote on later start times",
      "The following entries are taken from Millbrook Police Department logs for March 9-15. An arrest is not a conviction."], [7]),
    ("another story's future headline, a word of it written later in a street's name", 'date 2026-03-16 Police lieutenant hurt as stolen pickup rams cruiser\n\n',
     ["A Millbrook police officer suffered a broken wrist early Thursday when a stolen pickup truck slammed into her parked cruiser on Route 9, police said.",
      "The pickup had been reported stolen from a driveway on Orchard Street about an hour before the crash.",
      "School board to vote on later start times",
      "The following entries are taken from Millbrook Police Department logs for March 9-15. An arrest is not a conviction.",
      "6:10 p.m. A wallet was turned in at the station on School Street and returned to its owner."], [7]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27, ids=[c[0] for c in FROM_SESSION_27])
def test_cases_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'stray-headline', rules) == expected


def test_a_markdown_crosshead_opening_on_an_adjective_and_a_plural_is_quiet(rules):
    from factcheck import check_text

    source = ("---\ntitle: \"Leitrim GAA elects first woman chair\"\ndate: 2026-11-27\n---\n\n# Leitrim GAA elects first woman chair\n\n"
              "Máire Ní Bhriain was elected chairperson of the county board at Thursday night's convention in Carrick-on-Shannon.\n\n"
              "She succeeds Seán Mac Giolla Phádraig, who steps down after five years and gave his final address as chairperson.\n\n"
              "## New faces at the top table\n\n"
              "Niamh Ní Fhlannagáin, who had been public relations officer since 2022, was returned unopposed as vice-chairperson.\n\n"
              "Her successor as PRO is Cathal Ó Raghallaigh of Mohill, a former county minor.\n")
    assert [(f.check, f.line) for f in check_text(source, format="md", rules=rules) if f.check == "stray-headline"] == []
    risen = source.replace("## New faces at the top table", "## Minister faces questions over hospital waiting lists")
    assert [(f.check, f.line) for f in check_text(risen, format="md", rules=rules) if f.check == "stray-headline"] == [("stray-headline", 12)]


def test_a_crosshead_set_in_capitals_is_quiet(rules):
    from pathlib import Path

    from factcheck import check_text

    # the fixture's headline, the paragraph before the crosshead, the crosshead and the paragraph under it
    lines = (Path(__file__).parents[1] / "fixtures" / "fresh-figures-60" / "ao103-04.txt").read_text(encoding="utf-8").split("\n")
    source = "\n\n".join([lines[0], lines[12], lines[14], lines[16]]) + "\n"
    assert lines[14] == "WHAT THE MONEY WOULD PAY FOR"
    assert [f.line for f in check_text(source, rules=rules) if f.check == "stray-headline"] == []
    retyped = source.replace(lines[14], "Ridgeline council agrees to sell old depot site")
    assert [f.line for f in check_text(retyped, rules=rules) if f.check == "stray-headline"] == [5]


def test_a_subheading_whose_first_word_opens_the_text_under_it(rules):
    text = ("---\ntitle: INEC releases Osun timetable\ndate: 2026-03-30\n---\n\n"
            "The commission said 16 of the 18 registered political parties had notified it of their primaries, held in March.\n\n"
            "## Campaigns, register and collection of PVCs\n\n"
            "Campaigns formally began on March 11, 150 days before polling day, as the Electoral Act requires.\n\n"
            "They will end at midnight on Thursday, August 6, 24 hours before the opening of polls.\n")
    assert findings_of(text, "md", rules, check="stray-headline") == []
    assert findings_of(text.replace("## Campaigns, register", "## Hoteliers, landlords"), "md", rules, check="stray-headline") == [("stray-headline", 8)]


def test_a_crosshead_naming_its_sections_matters_is_no_stray(rules):
    # "Roads, schools and a new library" lists what the paragraphs under it go on to tell, not what their first sentence does
    section = ("The £148m capital programme is spread over three years, with £61m earmarked for next year.\n\n"
               "The largest scheme is £23m for a new special school, and £4.5m is set aside for a replacement library.\n\n")
    text = f"---\ntitle: Council budget agreed\ndate: 2026-02-12\n---\n\n{P1}\n\n## Roads, schools and a new library\n\n{section}{P4}\n"
    assert findings_of(text, "md", rules, check="stray-headline") == []
    text = f"---\ntitle: Council budget agreed\ndate: 2026-02-12\n---\n\n{P1}\n\n## Roads, hotels and a new harbour\n\n{section}{P4}\n"
    assert findings_of(text, "md", rules, check="stray-headline") == [("stray-headline", 8)]


def test_an_irregular_plural_subject_before_its_verb(rules):
    # "Women confirm": a plural without an "s" before a verb without one is a headline's clause (the article names
    # "Springbok" too, so only a headline's verb tells the line apart)
    paragraphs = [P1, "Springbok Women confirm squad for Pacific Four series", P3, "Former Springbok captain Jean Visagie said contingency plans were being drawn up."]
    assert lines_found(HEAD, paragraphs, 'stray-headline', rules) == [5]
    paragraphs[1] = "Springbok women in the squad"
    assert lines_found(HEAD, paragraphs, 'stray-headline', rules) == []


def test_an_explainers_crosshead_echoing_the_headline(rules):
    text = ("---\ntitle: Flanker banned for three weeks after red card\ndate: 2026-03-10\n---\n\n"
            "The flanker was sent off for a high tackle in Saturday's match and will miss three games.\n\n"
            "## How the ban was worked out\n\n"
            "The panel ruled that the tackle warranted an entry point of six weeks because the contact was with the head.\n\n"
            "It then halved that for mitigation, leaving a suspension of three weeks.\n")
    assert [line for check, line in findings_of(text, "md", rules) if check == "stray-headline"] == []
    text = text.replace("## How the ban was worked out", "## How the council plans to spend its reserves")
    assert [line for check, line in findings_of(text, "md", rules) if check == "stray-headline"] == [8]


def test_a_crosshead_opening_on_a_name_its_section_gives(rules):
    text = ("---\ntitle: Lakota Creek edge St. Brendan in overtime\ndate: 2026-03-08\n---\n\n"
            "Lakota Creek beat St. Brendan 61-57 in overtime on Saturday to reach the regional final.\n\n"
            "Coach Mike Devlin said the team had talked all week about staying together.\n\n"
            "## Brandt twins carry the load inside\n\n"
            "Lakota Creek trailed 16-14 after one quarter, and the teams were level at 26-26 at half-time.\n\n"
            "Senior forwards Caleb and Owen Brandt combined for 22 points and 17 rebounds; Owen is the younger of the twins.\n")
    assert [line for check, line in findings_of(text, "md", rules) if check == "stray-headline"] == []
    text = text.replace("## Brandt twins carry the load inside", "## Council twins its budget with a new load of debt")
    assert [line for check, line in findings_of(text, "md", rules) if check == "stray-headline"] == [10]


def test_a_subheading_naming_nothing_of_another_story_in_the_articles_own_words(rules):
    # no name or figure, and two words the article uses elsewhere ("union", "figure"): a crosshead of its own story
    body = ("Export figures for October rose, and union leaders are preparing for wage talks with factory owners.\n\n"
            "Exporters said the figures reflected strong orders from European buyers.\n\n")
    section = ("Rokeya Islam, general secretary of the workers' federation, said a wage increase alone would not be enough.\n\n"
               "She said overtime rules had to be enforced as well.\n\nThe wage board will meet on Monday.\n")
    text = "---\ntitle: Garment exports rise\ndate: 2026-11-07\n---\n\n" + body + "## Unions want more than a headline figure\n\n" + section
    assert findings_of(text, "md", rules, check="stray-headline") == []
    # another story's headline names its place, whatever words it shares
    text = "---\ntitle: Garment exports rise\ndate: 2026-11-07\n---\n\n" + body + "## Port unions in Chattogram reject headline figure\n\n" + section
    assert findings_of(text, "md", rules, check="stray-headline") == [("stray-headline", 10)]



def test_a_crosshead_opened_by_a_name_the_story_names_is_its_own(rules):
    text = ("---\ntitle: Ballyrath end 19-year wait\ndate: 2026-10-12\n---\n\n"
            "Two goals from Darragh Keaveney swung a tense county final against Kilcashel Gaels in Portlaoise yesterday.\n\n"
            "Kilcashel did not fold. Niall Bergin, the Gaels' full-forward, batted in a goal in the 58th minute.\n\n"
            "## Gaels left to rue missed chances\n\n"
            "Kilcashel hit 14 wides, and their manager said the club would take time to get over it.\n")
    assert findings_of(text, "md", rules, check="stray-headline") == []
    text = text.replace("## Gaels left to rue missed chances", "## Rovers left to rue missed chances")
    assert findings_of(text, "md", rules, check="stray-headline") == [("stray-headline", 10)]
