"""name-variant: one person's name spelled two ways; people who share a surname stay quiet."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from factcheck.checks import name_variant
from factcheck.loaders import load_text
from factcheck.registry import Context

from ..conftest import findings_of, lines_found

HEAD = "date 2026-03-05 Council leader defends library closures\n\n"

CASES = [
    # (name, body paragraphs from line 3, expected (check, line) pairs)
    ("surname misspelt once", [
        "Ukrainian Foreign Minister Mykola Horodetskyy said the grain corridor would stay open.",
        "Horodetskyy told ambassadors in Lviv that shipping insurance came first.",
        "Officials said a date had not yet been agreed.",
        "Mykola Horodetsky also praised the port workers for their resilience.",
    ], [("name-variant", 9)]),
    ("first name with letters swapped", [
        "Council leader Siobhan Meredith said the closures were the hardest decision of her career.",
        "Siobhan Meredith told the chamber there had been no painless options left.",
        "Siobahn Meredith later rejected claims that the offices could have been sold.",
    ], [("name-variant", 7)]),
    ("Keir and Kier", [
        "Prime Minister Keir Starmer said the plan would be published in the spring.",
        "Keir Starmer told MPs that the money would reach councils by April.",
        "Mr Starmer added that no council would lose out.",
        "Kier Starmer is expected to visit the town next month.",
    ], [("name-variant", 9)]),
    ("Mohammed and Mohammad", [
        "The shop's owner, Mohammed Rahim, 52, said he had been robbed three times this year.",
        "Mohammed Rahim said the police had not visited once.",
        "Mohammad Rahim now plans to install shutters.",
    ], [("name-variant", 7)]),
    ("honorific before the misspelt first name", [
        "The Prime Minister, Keir Starmer, said the plan would be published in the spring.",
        "Speaking in Kent, Sir Keir Starmer said the money would reach councils by April.",
        "Kier Starmer is expected to visit the town next month.",
    ], [("name-variant", 7)]),
    ("Cllr is not a first name", [
        "Council leader Cllr Mohammed Rafiq said there was no choice.",
        "Cllr Mohammad Rafiq later told reporters the deal was good.",
        "Mohammed Rafiq said he was confident.",
    ], [("name-variant", 5)]),
    ("a doubled last letter dropped", [
        "The party's general secretary, Carsten Linnemann, accused the SPD of running away.",
        "Mr Linnemann said the CDU had already made concessions.",
        "Carsten Linneman said talks would continue this week.",
    ], [("name-variant", 7)]),
    ("a misspelt surname written alone", [
        "Rovers manager Gary Middlemass said the win was deserved.",
        "Middlemass said his side could compete with anyone.",
        "Middlemass had admitted the pressure was growing.",
        "Middlemas said he would give his squad two days off.",
    ], [("name-variant", 9)]),
    ("two honorifics and two men", [
        "The outgoing chief executive, Sir Roger Tallis, said she was the best choice.",
        "Sir Roger said he would stay on as an adviser.",
        "The deputy chairman, Sir Ian Roper, will chair the committee.",
        "Sir Roger's memoir is due next spring.",
    ], []),
    ("brothers share a surname", [
        "David Miliband said the charity would double its work in the region.",
        "His brother Ed Miliband said the government would match the funding.",
        "Mr Miliband added that the money would arrive before winter.",
    ], []),
    ("sisters with different first names", [
        "Serena Williams said she would play in the doubles with her sister.",
        "Venus Williams said the pair had not played together for two years.",
        "Williams added that she was feeling fit.",
    ], []),
    ("close names of two different people", [
        "Derek Hollins, 78, was found in his bungalow on Mill Lane.",
        "His neighbour, Michael Collins, 66, said he had called for help.",
        "Mr Collins said the water rose within minutes.",
        "Mr Hollins had lived in the street for 40 years.",
    ], []),
    ("Daniel and Daniela share a surname", [
        "Daniel Pryce, 44, said the report was long overdue.",
        "Daniel Pryce said his father had been on the train.",
        "His sister Daniela Pryce said the family would read it together.",
    ], []),
    ("a misspelling in a quoted book title", [
        "Leonie Marsh, a nurse who treated passengers at the scene, said the report was thorough.",
        "Leonie Marsh said she had written about the crash.",
        "Her memoir, \"Signals at Danger: The Leonia Marsh Story\", was published last autumn.",
    ], []),
    ("one full name written twice, the later surname mistyped", [
        "Rail minister Abena Achebe said the government would study the report.",
        "Abena Acheba told the Commons that work would begin at once.",
    ], [("name-variant", 5)]),
    ("one each with different first names: two people", [
        "Rail minister Abena Achebe said the government would study the report.",
        "Kwame Acheba told the Commons that work would begin at once.",
    ], []),
    ("accents are house style", [
        "Turkish President Recep Tayyip Erdoğan said the museum would become a mosque again.",
        "Erdogan said the decision was for Turkey alone.",
        "Mr Erdogan added that visitors would still be welcome.",
        "Erdogan spoke after a court ruling.",
    ], []),
    ("country and its people are not names", [
        "Russia said the talks would go ahead, a Russian official told reporters.",
        "Russian President Vladimir Putin said he would not attend.",
        "Mr Putin said his envoy would travel instead.",
    ], []),
    ("both spellings in one sentence: two people", [
        "Council leader Janet Finch said the vote was close.",
        "Janet Finch and Janel Finch, her cousin, both voted for the plan.",
        "Janet Finch said the plan would be published.",
    ], []),
    ("surname after two ranks misspelt once", [
        "The commanding officer, Lieutenant Colonel Siobhan McArdle, said the regiment was heartbroken.",
        "Lt Col McArdle said live firing had been suspended.",
        "Lt Col McCardle said the cause was not yet known.",
    ], [("name-variant", 7)]),
    ("hyphenated surname after church styles misspelt once", [
        "The Rev Canon Olufunmi Adeyemi-Clarke, who chairs the commission, welcomed the appointment.",
        "Canon Adeyemi-Clarke was ordained in 2016.",
        "Canon Adeyami-Clarke said the north would welcome her.",
    ], [("name-variant", 7)]),
    ("ranks and styles are not first names", [
        "Detective Sergeant Paul Hindle said the inquiry began in 2023.",
        "Detective Constable Paula Hindle, his sister, gave evidence.",
        "The Very Rev Dominic Barrington led the service, and the Rt Rev Helen Aske preached.",
        "Bishop Aske thanked Sgt Hindle and DC Hindle.",
    ], []),
    ("lone misspelt surname with no evidence beside a surname used four times", [
        "The bill was negotiated by Sen. Maria Lopez, D-Calif., and Sen. Dale Hutchins, R-Mont.",
        "Lopez told reporters the House had refused to take it up.",
        "Lopez, who is serving her first term, has made wildfire policy her priority.",
        "Thune did not say whether Lopes' amendment would be allowed.",
        "Hutchins said he would back it, as would Lopez.",
    ], [("name-variant", 9)]),
    ("lone word after a place preposition is a place", [
        "Council leader Tom Wilson said the bypass would be built.",
        "Mr Wilson told residents the work would start in spring.",
        "Wilson said traffic through the villages would halve.",
        "The first section will run from the A36 to a new roundabout in Wilton.",
    ], []),
    ("lone word beside a surname used only twice", [
        "Council leader Tom Wilson said the bypass would be built.",
        "Mr Wilson told residents the work would start in spring.",
        "Wilton residents have objected to the route.",
    ], []),
    ("a surname introduced once, then mistyped alone", [
        "Lead author Daniel Paluh, a doctoral student, said the skulls varied widely.",
        "The team used scans, of which Palluh and his colleagues made liberal use.",
    ], [("name-variant", 5)]),
    ("a surname introduced once, then two letters swapped", [
        "Senator Ted Cruz proposed the amendment on Thursday.",
        "According to Curz, the limits would apply to him as well.",
    ], [("name-variant", 5)]),
    ("a surname introduced once, then mistyped after 'by'", [
        "John Paul Stevens, the retired judge, died on Tuesday.",
        "Among the opinions written by Steves was a dissent on the recount.",
    ], [("name-variant", 5)]),
    ("a title one letter from a surname introduced once", [
        "Retail chief Mark Price opened the store on Monday.",
        "Later the Prince toured the new wing.",
    ], []),
    ("a lone word a consonant away from a surname introduced once", [
        "Council leader Tom Wilson said the bypass would be built.",
        "Many in Hatton said Wilton had been ignored for years.",
    ], []),
    ("a lone word one slip from a surname, beside it in one sentence", [
        "Council leader Tom Wilson said the bypass would be built.",
        "Wilson and Wilsen were both on the committee, the minutes show.",
    ], []),
    ("lone word two letters from the surname", [
        "Council leader Tom Wilson said the bypass would be built.",
        "Mr Wilson told residents the work would start in spring.",
        "Wilson said traffic through the villages would halve.",
        "Walton residents have objected to the route.",
    ], []),
    ("a surname that is also a rank", [
        "Former prime minister John Major said the treaty had been a mistake.",
        "Julie Bishop, the former Australian foreign minister, said she agreed with Major.",
        "Major said he would not campaign.",
    ], []),
    ("a long first name written once each way", [
        "US Trade Representative Jonathan Reyes said the tariffs would take effect in July.",
        "Mr Reyes told reporters that China had broken its promises.",
        "Industry groups said costs would rise.",
        "Jonathon Reyes said the tariffs could be lifted quickly.",
    ], [("name-variant", 9)]),
    ("two short first names written once each way", [
        "Maria Lopez said the clinic would close in June.",
        "Ms Lopez added that staff had been told.",
        "Mario Lopez said he would fight the decision.",
    ], []),
    ("two long first names of people introduced together", [
        "The twins Marian Coltrane and Marion Coltrane said the farm had been in the family for a century.",
        "Coltrane said the sale would go ahead.",
    ], []),
    ("a long first name written once each way, surname never alone", [
        "Sudan's foreign minister, Mohammed Osman Hamid, said aid would be allowed through.",
        "The RSF denied the claim.",
        "Mohammad Osman Hamid told reporters the army would open the roads.",
    ], [("name-variant", 7)]),
    ("a full name then an honorific reference spelt differently, each once", [
        "Dr Aoife O'Donoghue, clinical director of the emergency department, said staff were stretched.",
        "Patients waited up to 14 hours on Monday.",
        "Dr O'Donohue said anyone who was seriously ill should still come to the hospital.",
    ], [("name-variant", 7)]),
    ("a sentence's opening participle is not a first name", [
        "Kyle Dearden, 38, admitted nine counts of fraud.",
        "The court heard that Dearden took £186,000 from 11 victims.",
        "Dearden would knock on doors claiming to have seen loose tiles.",
        "Representing Deardon, Anil Mehta said his client had been addicted to cocaine.",
    ], [("name-variant", 9)]),
    ("K for C in an honorific reference to a full name given once", [
        "The trust's medical director, Dr Aoife Kavanagh, said the findings were uncomfortable.",
        "Dr Kavanagh said the trust accepted every recommendation.",
        "Patients waited up to 40 hours on trolleys.",
        "Dr Cavanagh said monthly figures would be published from January.",
    ], [("name-variant", 9)]),
    ("K and C: two people with their own first names", [
        "Dr Aoife Kavanagh said the findings were uncomfortable.",
        "Dr Sean Cavanagh, a GP in the town, said patients had complained for years.",
        "Dr Kavanagh said the trust accepted every recommendation.",
    ], []),
    ("similar surnames of two people, each introduced", [
        "Council Member Sam Nolan said the vote was overdue.",
        "School trustee Patricia Noonan, no relation, said the district had waited long enough.",
        "Ms Noonan said the board would meet again on Monday.",
    ], []),
    ("a company written only at the start of sentences, misspelt inside one", [
        "Okavia Agro-Allied Plc returned to profit in 2025.",
        "Okavia's former managing director, Babatunde Lawal, left in 2024.",
        "Okavia shares rose 9.8% on Monday.",
        "An analyst said Okavea's expansion into glucose syrup carried real risk.",
    ], [("name-variant", 9)]),
    ("a company's name spelt two ways", [
        "Brackenfield Logistics has reported an 18.7% rise in profits.",
        "The figures were published on Thursday by Brackenfield, which employs 9,400 people.",
        "Brackenfeld Logistics has also agreed to sell its cold-chain division.",
    ], [("name-variant", 7)]),
    # a team's plural name and the singular for one of its players: one noun, not one name spelt two ways
    ("a team's name and one of its players", [
        "The Saskatoon Northmen have traded Jordan Leblanc to Halifax.",
        "The deal leaves the Northmen nine points out of a wild-card spot, and the Northmen will now rebuild.",
        "General manager Claude Bergeron said Leblanc had been a great Northman.",
    ], []),
    ("a team's name spelt two ways", [
        "The Saskatoon Northmen have traded Jordan Leblanc to Halifax.",
        "The deal leaves the Northmen nine points out of a wild-card spot, and the Northmen will now rebuild.",
        "General manager Claude Bergeron said Leblanc had been a great servant of the Northmon.",
    ], [("name-variant", 7)]),
    ("a surname in -man misspelt -men is still a slip", [
        "John Chapman, the club secretary, said the vote was close.",
        "Mr Chapman said members were split, and the club has 300 of them.",
        "Mr Chapmen added that a second vote was likely.",
        "Mr Chapman said he would stand down.",
    ], [("name-variant", 7)]),
    ("two forms of one word are not a name spelt two ways", [
        "The California Department of Corrections said the inmate was stable.",
        "He is held at a Correctional Training Facility near Soledad, the Correctional officers said.",
    ], []),
    ("a lone word that is a verb's subject beside a person named twice", [
        "Senator Bernie Sanders of Vermont won the caucuses.",
        "Of the territory's six delegates, Sadners secured four with about 63% of the vote.",
        "Sanders lost the state in 2016.",
    ], [("name-variant", 5)]),
    ("names from many traditions, each misspelt once after its introduction", [
        "Siobhan McArdle, the conference organiser, said the summit had gone well.",
        "Nirmala Sitharaman, the Indian finance minister, said growth was strong.",
        "Bola Tinubu, Nigeria's president, arrived late. Delegates praised the arrangements.",
        "Ms MacArdle said next year's event would be larger. Ms Sitaraman added that inflation was falling.",
        "Mr Tinibu said the roads had been blocked.",
    ], [("name-variant", 9), ("name-variant", 9), ("name-variant", 11)]),
    # issue 13, fresh set people-3: a short word of a longer name spelt two ways
    ("a company's middle word a vowel out", [
        "Farai Chikowore founded Manyame Agro Holdings in 1972.",
        "In 1987 the group was incorporated as Manyame Agro Holdings.",
        "Manyame Agro Holdings now employs 3,400 people. Its shares were listed in 2006.",
        "Analysts said Manyame Agri Holdings had been a steady payer of dividends.",
    ], [("name-variant", 9)]),
    ("a place's word shortened, each written once", [
        "Police raided a terrace house in Taman Sri Kenari on Saturday.",
        "Five men were arrested.",
        "The Taman Seri Kenari residents' association said patrols would be stepped up.",
    ], [("name-variant", 7)]),
    ("two names that differ in more than a vowel, or in a word the copy writes in lower case", [
        "Kampung Baru Kenari was raided in May and Taman Sri Kenari on Saturday.",
        "Police said the Kenari Man Centre and the Kenari Men Centre were both searched. Both men were released.",
        "Officers also visited Kampung Lama Kenari.",
    ], []),
    ("names from many traditions, written consistently", [
        "Pedro Sánchez said Spain supported the plan. Mr Sanchez said details would follow.",
        "Lee Jae-myung said South Korea would host the next meeting. Mr Lee said preparations had begun.",
        "Andrés Manuel López Obrador sent a message. López Obrador said Mexico would attend.",
        "Dr Donald MacLeod and Sheena McLeod, no relation, both spoke at the meeting.",
    ], []),
    # issue 13, fresh set people-4: Irish surnames compared on the part after the prefix
    ("an Irish surname after its prefix, one ending longer", [
        "The fixtures chairman, Pádraig Ó Flaithearta, said the draw would be made on Friday.",
        "Mr Ó Flaithearta said every club had been consulted.",
        "Clubs said the plan was fair.",
        "Mr Ó Flaitheartaigh said the board would review it in a year.",
    ], [("name-variant", 9)]),
    ("a father and daughter, Mac and Nic", [
        "Tadhg Mac Cárthaigh, the independent TD, died in December.",
        "His daughter, Nóra Nic Cárthaigh, said she would not stand.",
        "Mac Cárthaigh's personal vote was the great unknown.",
    ], []),
    ("an Irish surname and its anglicised form, for two people", [
        "Sinn Féin's candidate is Dónal Ó Súilleabháin, a teacher from Kanturk.",
        "He is no relation of the Labour councillor Deirdre O'Sullivan.",
        "Mr Ó Súilleabháin called for an early contest.",
    ], []),
    ("a surname named often, two letters swapped after 'of'", [
        "President Donald Trump said he and his wife had tested positive.",
        "Trump took to social media after midnight.",
        "Officials said Trump had been given antibodies.",
        "In the event of Turmp becoming incapacitated, the vice-president could take over.",
    ], [("name-variant", 9)]),
    ("a surname named twice, two letters swapped after 'of': no place is spelt so", [
        "President Donald Trump said he and his wife had tested positive.",
        "Officials said Trump had been given antibodies.",
        "In the event of Turmp becoming incapacitated, the vice-president could take over.",
    ], [("name-variant", 7)]),
    ("a surname named twice, a letter doubled after 'to': may be a place", [
        "President Donald Trump said he and his wife had tested positive.",
        "Officials said Trump had been given antibodies.",
        "He later flew to Trumpp for talks.",
    ], []),
    ("a firm written as one word and as two", [
        "The round was led by Halong Ventures, a Singapore-based fund.",
        "Tran Thi Hong Nhung, a partner at Halong Ventures, said the fund had tracked the company.",
        "We have a long list of things to build, the founder said.",
        "A spokesperson for Ha Long Ventures said the fund expected a second round.",
    ], [("name-variant", 9)]),
    ("a place written as two words and a firm as one", [
        "Tourists flock to Ha Long Bay every summer.",
        "Halong Ventures said the fund would invest in the region.",
    ], []),
    ("a name with an s more inside it", [
        "Care workers will be balloted at homes run by Brightwater Care Group.",
        "Brightwater said it would respond.",
        "A spokesperson for Brightwaters Care Group said the company had offered a pay rise.",
    ], [("name-variant", 7)]),
    ("a plural at the end of a name", [
        "The Westfield Care Home was inspected in May.",
        "The Westfield Care Homes group owns four more.",
    ], []),
    # a first name written once each way, two letters apart in its vowels alone: one name as two people heard it
    ("a first name's vowels heard two ways", [
        "Jahkeem Burgess, 27, was found guilty of wounding with intent.",
        "The court heard that Burgess fired twice from a moving car.",
        "Jahkim Burgess showed no reaction as the verdicts were read.",
    ], [("name-variant", 7)]),
    ("two brothers told apart", [
        "The brothers Jamal and Jameel Burgess were both in court.",
        "Jamal Burgess was cleared, and the court heard that Burgess had been at work.",
        "Jameel Burgess was convicted.",
    ], []),
    # a final "e" more in one word of a three-word name
    ("a name word with a final e more", [
        "The Ferncliffe Art Fund gave £600,000, the largest grant in its history.",
        "Simon Ashworth, director of the Ferncliffe Art Fund, said the trustees agreed quickly.",
        "The Ferncliff Art Fund said its giving had passed £40 million.",
    ], [("name-variant", 7)]),
    ("two surnames a final e apart, as people", [
        "Anna Browne chaired the meeting.",
        "Tom Brown said the plan was sound.",
        "Ms Browne thanked Mr Brown for his report.",
    ], []),
    # a capitalised particle opening a surname the copy writes after "van" elsewhere is the surname's, not a first name
    ("surname with its particle misspelt", [
        "Its caucus leader, Pieter van Rensburg, said the budget cut R140 million from water maintenance.",
        "The council's finance committee meets on Thursday.",
        "The DA's Van Rensberg said his caucus would table an urgent motion.",
    ], [("name-variant", 7)]),
    ("surname with its particle at a sentence's start", [
        "Its caucus leader, Pieter van Rensburg, said the budget cut R140 million from water maintenance.",
        "The council's finance committee meets on Thursday.",
        "Van Rensburg said his caucus would table an urgent motion.",
    ], []),
    # with no particle written in lower case, "Van" may be a first name: two people
    ("Van as a first name", [
        "Singer Van Morrison said the concert would go ahead.",
        "The council's finance committee meets on Thursday.",
        "Promoter Vin Morrison said tickets were sold out.",
    ], []),
]

# session 9: names from more traditions
TRADITION_CASES = [
    # an Irish surname after its prefix, introduced in full, later by honorific: three letters out of a long name
    ("an Irish surname introduced, later three letters out", ["Councillor Siobhán Ní Dhonnchadha, who proposed the deferral, said the case was thin.", "The council met on Monday.", "Ms Ní Dhonnacha said she was confident the deadline could be met."], [("name-variant", 7)]),
    ("two Irish surnames three letters apart, two people", ["Councillor Siobhán Ní Dhonnchadha, who proposed the deferral, said the case was thin.", "The council met on Monday.", "Mr Seán Ó Donnacha said he was confident the deadline could be met."], []),
    # a middle name written later as the first name, one letter out
    ("a middle name later spelt another way", ["In the contest for vice-president, Faith Chepkoech Kibet, an advocate in Eldoret, was elected.", "Turnout was high.", "Ms Chepkoch Kibet said she would focus on advocates outside Nairobi."], [("name-variant", 7)]),
    ("a middle name later the first name, spelt the same", ["In the contest for vice-president, Faith Chepkoech Kibet, an advocate in Eldoret, was elected.", "Turnout was high.", "Ms Chepkoech Kibet said she would focus on advocates outside Nairobi."], []),
    # a place and its adjective are two words, not one name spelt two ways
    ("a place and its adjective", ["The top lot was a week at a farmhouse in Tuscany, which sold for £38,000.", "The bidding was fierce.", "Top lot: Tuscan farmhouse week, sold to a table of four from Leeds."], []),
    # a Māori surname's "Te" opens it, as Ó opens an Irish one
    ("a Māori surname after Te, one letter out", ["The trust's chair, Hōhepa Te Whatahoro, said the vote was clear.", "Members met on Sunday.", "Mr Te Whatahora said the trust would appeal."], [("name-variant", 7)]),
    # a Chinese name, family name first: the short last word of the given name one letter out, the rest the same
    ("a given name's short last word one letter out", [
        "The chief financial officer, Lim Hui Ling, said costs had fallen.",
        "Ms Lim said debt stood at S$1.1 billion.",
        "Ms Lim Hui Lin said the company had hedged its fuel costs.",
    ], [("name-variant", 7)]),
    ("two people whose short last words differ, the rest too", [
        "The chief financial officer, Lim Hui Ling, said costs had fallen.",
        "Ms Lim said debt stood at S$1.1 billion.",
        "Mr Tan Wei Lin said the company had hedged its fuel costs.",
    ], []),
    ("initials open a full name", [
        "Appearing for the residents, counsel K. Venkataraman argued that the permit had lapsed.",
        "The judge reserved her ruling until next week.",
        "Mr. Venkatraman told reporters the residents would keep campaigning.",
    ], [("name-variant", 7)]),
    ("initials after a capitalised word are not a name's", [
        "The club moved to Plan B. Venkataraman said the change was forced on them.",
        "Officials said a date had not yet been agreed.",
    ], []),
    ("Mc for Mac and a letter more", [
        "Skipper Hamish Mackinlay said the quota cut would cost his crew dearly.",
        "The new rules take effect in May.",
        "Mr McInlay said he had already sold one of his boats.",
    ], [("name-variant", 7)]),
    ("Mc and Mac alike stay quiet", [
        "Skipper Hamish MacKinlay said the quota cut would cost his crew dearly.",
        "The new rules take effect in May.",
        "Mr Mackinlay said he had already sold one of his boats.",
    ], []),
    ("a hyphenated given name after the surname", [
        "\"We have listened to buyers,\" said Grace Cheung Wai-ling, the developer's sales director.",
        "The flats go on sale on Saturday.",
        "Ms Cheong said prices could rise for later batches.",
    ], [("name-variant", 7)]),
    ("a hyphenated given name, the surname spelt alike", [
        "\"We have listened to buyers,\" said Grace Cheung Wai-ling, the developer's sales director.",
        "Ms Cheung said prices could rise for later batches.",
    ], []),
    ("first and last names each one letter out", [
        "Coun. Marianne Lefebvre said the fee was too high.",
        "Coun. Marianne Lefebvre also asked for a free pass for workers.",
        "The vote was eight to one.",
        "Coun. Mariane Lefebre asked staff to look at the speed limit.",
    ], [("name-variant", 9)]),
    ("two people with different first names and near surnames stay quiet", [
        "Coun. Marianne Lefebvre said the fee was too high.",
        "Coun. Marianne Lefebvre also asked for a free pass for workers.",
        "The vote was eight to one.",
        "Coun. Thomas Lefebre asked staff to look at the speed limit.",
    ], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", TRADITION_CASES, ids=[c[0] for c in TRADITION_CASES])
def test_names_of_more_traditions(name, paragraphs, expected, rules):
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check="name-variant") == expected


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_name_variant(name, paragraphs, expected, rules):
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check="name-variant") == expected


def test_a_name_word_a_vowel_out_is_suggested_when_the_majority_says_so(rules):
    from factcheck.engine import check_text

    case = next(c for c in CASES if c[0] == "a company's middle word a vowel out")
    (finding,) = [f for f in check_text(HEAD + "\n\n".join(case[1]) + "\n", rules=rules) if f.check == "name-variant"]
    assert (finding.excerpt, finding.suggestion, finding.related[0].line) == ("Agri", "Agro", 3)
    case = next(c for c in CASES if c[0] == "a place's word shortened, each written once")
    (finding,) = [f for f in check_text(HEAD + "\n\n".join(case[1]) + "\n", rules=rules) if f.check == "name-variant"]
    assert (finding.excerpt, finding.suggestion) == ("Seri", None)


def test_suggestion_covers_only_the_misspelt_word(rules):
    from factcheck.engine import check_text

    text = HEAD + "\n\n".join(CASES[0][1]) + "\n"
    (finding,) = [f for f in check_text(text, rules=rules) if f.check == "name-variant"]
    assert finding.excerpt == "Horodetsky"
    assert finding.suggestion == "Horodetskyy"
    assert finding.related and finding.related[0].line == 3


def _run(text, entities):
    doc = load_text(text, "txt", "<text>")
    context = Context({"name-variant": {"max-edits": 2, "min-majority": 2}}, knowledge={"entities": entities})
    return [(doc.line_col(h.span.start)[0], doc.source[h.span.start : h.span.end], h.suggestion) for h in name_variant.run(doc, context)]


def test_declared_variant_is_flagged_and_declared_name_suggested():
    entity = SimpleNamespace(name="Volodymyr Zelenskyy", aliases=("Zelenskyy",), variants=("Zelenskiy", "Zelensky"), titles=("President",))
    text = HEAD + "Zelenskiy said the talks would go ahead.\n\nThe president said a date had been agreed.\n"
    assert _run(text, (entity,)) == [(3, "Zelenskiy", "Zelenskyy")]


def test_declared_spelling_wins_over_the_majority():
    entity = SimpleNamespace(name="Siobhan Meredith", aliases=(), variants=(), titles=())
    text = HEAD + "\n\n".join([
        "Council leader Siobahn Meredith said the closures were hard.",
        "Siobahn Meredith told the chamber there were no painless options.",
        "Siobhan Meredith later rejected the claims.",
    ]) + "\n"
    assert _run(text, (entity,)) == [(3, "Siobahn", "Siobhan"), (5, "Siobahn", "Siobhan")]


def test_no_entities_behaves_as_before():
    text = HEAD + "\n\n".join(CASES[1][1]) + "\n"
    assert _run(text, ()) == [(7, "Siobahn", "Siobhan")]


# Cases from the session-14 sets: each mechanism firing and quiet
FROM_SESSION_14_SETS = [
    ('a spelling said to be no relation', 'date 2026-03-11 Storm hits coast\n\n', ['Shane Moloney scored first for Rovers.', "Ballinacurra's own Shane Maloney (no relation) struck eight points.", 'Moloney said the two had played together.', 'S Moloney 1-2, and Moloney again.'], []),
    ('a spelling with no such word', 'date 2026-03-11 Storm hits coast\n\n', ['Shane Moloney scored first for Rovers.', "Ballinacurra's Shane Maloney struck eight points.", 'Moloney said the two had played together.', 'S Moloney 1-2, and Moloney again.'], [5]),
    ('a common noun with a speech verb is no surname', 'date 2025-02-20 Plan\n\n', ['The start was delayed and officers needed time to redo their calculations.', 'Officers said around 300 homes were affected.', 'Comments can be sent to the Civic Offices.'], []),
    ('a surname alone beside its one-letter slip', 'date 2025-02-20 Plan\n\n', ['Councillor Jane Officer opened the meeting.', 'Officer said around 300 homes were affected.', 'Officer added that the plan would change.', 'Offices said the council agreed.'], [9]),
    ("a street's name spelt with another ending", 'date 2026-03-11 Stabbing trial\n\n', ['He was found on Brackenbury Street in the early hours.', 'A doorbell camera on a house in Brackenbury Street filmed the attack.', 'A top was recovered two streets from Brackenberry Street four days later.'], [7]),
    ('two forms of one word in names', 'date 2026-03-11 Stabbing trial\n\n', ['The Department of Corrections said the prisoner was moved.', 'Staff at the Department of Corrections were told on Monday.', 'A union for Correctional officers said it was worried.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_14_SETS, ids=[c[0] for c in FROM_SESSION_14_SETS])
def test_cases_from_the_session_14_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


# Cases from the session 15 sets and their misses, firing and quiet.
FROM_SESSION_15_SETS = [
    ('a lone surname with a letter moved two places', 'date 2026-03-01 Scarlets edge Ospreys\n\n', ['Fly-half Rhodri Prothero kicked three penalties.', 'Prothero said the side was tired.', 'The coach praised Prothroe for his kicking.'], [7]),
    ('a short name with letters moved: another name', 'date 2026-03-01 Scarlets edge Ospreys\n\n', ['Centre Owen Lane scored twice.', 'Lane said the side was tired.', 'The coach praised Elan for his kicking.'], []),
    ('a sound-alike initial written once beside a name written often', 'date 2026-03-01 DMK retains seat\n\n', ['The winner, M. Vasanthi Elangovan, thanked voters.', 'Ms. Elangovan said turnout was high.', 'Ms. Elangovan, 47, dedicated the win to her predecessor.', "Her rival conceded when Ms. Ilangovan's lead crossed 7,000."], [9]),
    ('two sound-alike names each written twice: two people', 'date 2026-03-01 DMK retains seat\n\n', ['Priya Elangovan, the returning officer, declared the result.', 'Ms. Elangovan said turnout was high.', 'Ravi Ilangovan, a voter, said he was pleased.', 'Mr. Ilangovan said the queue was short.'], []),
    ("a firm's long word with its last letters spelt again", 'date 2025-08-20 Ferry inquiry opens\n\n', ['The ferry was operated by Visayan Starlight Shipping Lines, the coast guard said.', 'Survivors said the crew had no life jackets.', 'A lawyer for Visayan Starlite Shipping Lines said the company would cooperate.'], [7]),
    ('two firms whose long words end in two forms of a word', 'date 2025-08-20 Ferry inquiry opens\n\n', ['The cargo belonged to Northern Shipping Lines, the coast guard said.', 'Survivors said the crew had no life jackets.', 'A lawyer for Northern Shippers Lines said the company would cooperate.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_15_SETS, ids=[c[0] for c in FROM_SESSION_15_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


# Cases from the session 16 sets and their misses, firing and quiet.
FROM_SESSION_16_SETS = [
    ('a lone slip sharing a sentence with the name, not joined to it', 'date 2026-03-01 Critic flown to Berlin\n\n', ['Opposition leader Alexei Navalny was flown to Berlin on Saturday.', 'Doctors said Navalny was stable.', 'Navalni is a critic of the president, and his aides say Navalny was poisoned.'], [7]),
    ('two alike names joined as a list stay two people', 'date 2026-03-01 Critic flown to Berlin\n\n', ['Opposition leader Alexei Navalny was flown to Berlin on Saturday.', 'Doctors said Navalny was stable.', 'Navalni and Navalny were both named in the report, aides said.'], []),
    ('a doubled letter after a preposition, beside a name written often', 'date 2026-03-01 Critic flown to Berlin\n\n', ['Senator Bernie Sanders endorsed Joe Biden on Monday.', 'Biden thanked him.', 'Biden said the party was united.', 'Sanders said to Bidden: "You have my support."'], [9]),
    ('a doubled letter after a preposition, beside a name written once: a place', 'date 2026-03-01 Critic flown to Berlin\n\n', ['Senator Bernie Sanders endorsed Joe Biden on Monday.', 'Sanders said he would travel to Bidden next week.'], []),
    ('a spelling told of in quotation marks', 'date 2026-03-01 Critic flown to Berlin\n\n', ['Opposition leader Alexei Navalny was flown to Berlin on Saturday.', 'Doctors said Navalny was stable.', 'His name appeared as "Navalni" on the flight list, and aides said Navalny was unconscious.'], []),
    ('a lone slip with a possessive after "of"', 'date 2025-11-20 Burglar jailed for raid on couple\n\n', ['Brendan Kovacevic, 34, was jailed for seven years.', 'Kovacevic broke into the house in March.', 'The court heard Kovacevic had 14 previous convictions.', "The judge reduced the sentence because of Kovacevich's early guilty plea."], [9]),
    ('a place after "of" with no possessive stays a place', 'date 2025-11-20 Burglar jailed for raid on couple\n\n', ['Brendan Kovacevic, 34, was jailed for seven years.', 'Kovacevic broke into the house in March.', 'The court heard Kovacevic had 14 previous convictions.', 'He moved to the town of Kovacevich last year.'], []),
    ('a double-barrelled surname with its last barrel misspelt by an ending', 'date 2025-11-20 Parking zones proposed\n\n', ['Cabinet member for transport Olusegun Adebayo-Clarke said the council had received 600 complaints.', '"People cannot park," Cllr Adebayo-Clarke said.', 'Residents will be written to, Cllr Adebayo-Clark said.'], [7]),
    ('two surnames that differ by an ending stay two names', 'date 2025-11-20 Parking zones proposed\n\n', ['Cabinet member for transport Olusegun Clarke said the council had received 600 complaints.', '"People cannot park," Cllr Clarke said.', 'Residents will be written to, Cllr Clark said.'], []),
    ('a first name with a letter undoubled after "Comrade"', 'date 2025-09-10 Health workers threaten strike\n\n', ['The communique was signed by the state chairman of the union, Comrade Nnamdi Eze.', 'Eze told journalists the union had written three letters.', 'But Comrade Namdi Eze dismissed the audit as a delay tactic.'], [7]),
    ('two first names of two people after "Comrade" stay two people', 'date 2025-09-10 Health workers threaten strike\n\n', ['The communique was signed by the state chairman of the union, Comrade Nnamdi Eze.', 'Eze told journalists the union had written three letters.', 'But Comrade Chiamaka Eze, his deputy, dismissed the audit as a delay tactic.'], []),
    ('a long name opening sentences, written once inside a name of several words with a letter added', 'date 2025-08-28 Tshwaragano Diamonds half-year profit falls 33%\n\n', ['Tshwaragano Diamonds Limited (TDL) has reported a sharp fall in half-year profit.', 'Profit fell to P408 million, the company said.', 'She said Tshwarangano Diamonds had cut operating costs by P145 million.'], [7]),
    ('a long word opening sentences only, not part of a longer name, stays unread', 'date 2025-08-28 Tshwaragano Diamonds half-year profit falls 33%\n\n', ['Meanwhile, profit fell to P408 million, the company said.', 'Meanwhile, sales slowed.', 'She said costs were cut. Meanwile, prices fell.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_16_SETS, ids=[c[0] for c in FROM_SESSION_16_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


# Cases from the session 17 sets and their misses, firing and quiet.
FROM_SESSION_17_SETS = [
    ('the last barrel of a double-barrelled name mistyped', 'date 2026-02-10 Okonkwo-Blake leads late rally\n\n', ['The forward Jada Okonkwo-Blake scored 12 points.', 'Okonkwo-Blake added a rebound late on.', "Okonkwo-Black's late layup sealed it."], [7]),
    ('two people with one first barrel and different last barrels', 'date 2026-02-10 Okonkwo-Blake leads late rally\n\n', ['The forward Jada Okonkwo-Blake scored 12 points.', 'Her cousin, guard Tomi Okonkwo-Bailey, added nine.', "Okonkwo-Blake's late layup sealed it."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_17_SETS, ids=[c[0] for c in FROM_SESSION_17_SETS])
def test_cases_from_the_session_17_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


# Cases from session 18's sets and real copy, firing and quiet.
FROM_SESSION_18_SETS = [
    ('two forms of one word whose stem ends before the letters they share ("Prevent-ive"/"Prevent-ion")', 'date 2026-02-10 Study links guns and suicide\n\n', ['The study appeared in the Journal of Preventive Medicine on Monday.', 'It used data from the Office for Disease Prevention.', 'A second paper in the Journal of Preventive Medicine drew on it.'], []),
    ('a full name with its surname mistyped, in a sentence with the surname alone', 'date 2020-03-06 Warren endorses Joe Biden\n\n', ["Warren said she was endorsing Joe Biden. Sanders and Obama announced their support for Biden.", 'In a video, Warren commended Biden and said she was proud to endorse Joe Bidden as president. Biden praised her.'], [5]),
    ('two full names with one first name and similar surnames, told apart in one sentence', 'date 2020-03-06 Hurling final preview\n\n', ['Shane Moloney of Kilbrack faces Shane Maloney of Ballinacurra on Sunday.', 'Moloney has scored in every round. Moloney is the favourite.'], []),
    ('an organisation spelt two ways by two letters of its ending', 'date 2026-02-10 Harbrook Logistics wins depot bid\n\n', ['The council chose Harbrookington Logistics for the depot.', 'Harbrookington Logistics will employ 40 people.', 'A spokesman for Harbrookingtan Logistics said work starts in May.'], [7]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_18_SETS, ids=[c[0] for c in FROM_SESSION_18_SETS])
def test_cases_from_the_session_18_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


# Cases from session 19's sets and earlier misses, firing and quiet.
FROM_SESSION_19_SETS = [
    ('a full name mistyped in a sentence naming a relative by another first name', 'date 2019-10-01 House issues subpoena\n\n',
     ['Trump asked Zelensky to investigate former Vice President Joe Biden. Biden is one of the front runners for the nomination.',
      'In the call, Trump asks Zelensky to investigate Joe Bidden and his son, Hunter Biden.',
      'An investigation found no such action on Biden\'s part, and Biden has denied wrongdoing.',
      'Biden said the claims were false.'], [5]),
    ('a father and son told apart in one sentence', 'date 2019-10-01 House issues subpoena\n\n',
     ['Trump asked Zelensky to investigate former Vice President Joe Biden. Biden is one of the front runners for the nomination.',
      'In the call, Trump asks Zelensky to investigate Joe Biden and his son, Hunter Biden.',
      'Biden said the claims were false.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_19_SETS, ids=[c[0] for c in FROM_SESSION_19_SETS])
def test_cases_from_the_session_19_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


# Cases from session 20's real-recall misses, firing and quiet.
FROM_SESSION_20 = [
    ('a name introduced after its country, mistyped once later', 'date 2020-03-11 Biden wins three primaries\n\n',
     ['By early results, former Vice President of the United States Joe Biden won in Michigan and Missouri.',
      'No result was yet declared in the races between Bidden and Senator Bernie Sanders.'], [5]),
    ('a surname written often, once with a letter dropped after "to"', 'date 2019-09-24 Lyricist dies aged 78\n\n',
     ['Born in Arroyo Grande, he met the guitarist Jerry Garcia in his late teens. Garcia later joined a bluegrass band.',
      'He went on writing songs he would mail to Gacia in the Bay Area, and Garcia asked him to join Garcia\'s new group.'], [5]),
    ('a place one letter short of a surname written often, after "in"', 'date 2019-09-24 Lyricist dies aged 78\n\n',
     ['Born in Arroyo Grande, he met the guitarist Jerry Garcia in his late teens. Garcia later joined a bluegrass band.',
      'He went on writing songs he would mail to friends in Gacia, and Garcia asked him to join Garcia\'s new group.'], []),
    ('a name introduced after its country, written right later', 'date 2020-03-11 Biden wins three primaries\n\n',
     ['By early results, former Vice President of the United States Joe Biden won in Michigan and Missouri.',
      'No result was yet declared in the races between Biden and Senator Bernie Sanders.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_20, ids=[c[0] for c in FROM_SESSION_20])
def test_cases_from_session_20(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


FROM_SESSION_21 = [
    ("a surname that is also an honorific's word, misspelt as it", 'date 2026-05-12 Study maps pollution deaths\n\n',
     ['Another author, engineering professor Julian Marshall, said the findings were stark.',
      'Marshal noted that the gap had widened since 2010.'], [5]),
    ("the office with its article is no name", 'date 2026-05-12 Parade passes off peacefully\n\n',
     ['Organiser Julian Marshall said the route was safe.', 'The Marshal said the crowd had been good-natured.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_21, ids=[c[0] for c in FROM_SESSION_21])
def test_cases_from_session_21(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


FROM_SESSION_22 = [
    ('a name\'s second word with one sound spelt another way, after the same first word', 'date 2026-06-01 Permata Orkid names new chief\n\n',
     ['KUALA LUMPUR: Permata Orkid Holdings Bhd has appointed a new group chief executive.',
      'The board of Permata Orkid said the order book stood at RM4.6 billion.',
      'Shares in Permata Orchid closed two sen higher at RM1.38 on Friday.'], [7]),
    ('two names sharing a first word, their second words sounding apart', 'date 2026-06-01 Permata Orkid names new chief\n\n',
     ['KUALA LUMPUR: Permata Orkid Holdings Bhd has appointed a new group chief executive.',
      'The board of Permata Orkid said the order book stood at RM4.6 billion.',
      'Shares in Permata Orient closed two sen higher at RM1.38 on Friday.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_22, ids=[c[0] for c in FROM_SESSION_22])
def test_cases_from_session_22(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


FROM_SESSION_22_VOWELS = [
    ('a surname written once with two of its vowels exchanged', 'date 2026-07-10 Court strikes down rule\n\n',
     ['Justice Ingrid Halvorsen wrote the majority opinion.', '"The Legislature may regulate the process," Halvorsen wrote.',
      "Halverson's opinion said the rule gave a veto to a minority of districts."], [7]),
    ('two surnames whose vowels differ otherwise', 'date 2026-07-10 Court strikes down rule\n\n',
     ['Justice Ingrid Halvorsen wrote the majority opinion.', '"The Legislature may regulate the process," Halvorsen wrote.',
      "Justice Ray Halvarsan dissented."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_22_VOWELS, ids=[c[0] for c in FROM_SESSION_22_VOWELS])
def test_cases_from_session_22_vowels(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


FROM_SESSION_23 = [
    ('a double-barrelled surname\'s second part respelt as it sounds', 'date 2026-02-17 Club names interim coach\n\n',
     ['Assistant coach Yaw Ampofo-Danquah has been named interim head coach until the end of the season.',
      'Ampofo-Danquah said he was ready for the task.',
      'Ampofo-Dankwa\'s first match in charge is at home on Sunday.'], [7]),
    ('two double-barrelled surnames sharing a first part', 'date 2026-02-17 Club names interim coach\n\n',
     ['Assistant coach Yaw Ampofo-Danquah has been named interim head coach until the end of the season.',
      'Ampofo-Danquah said he was ready for the task.',
      'The club\'s chairman, Kwame Ampofo-Mensah, thanked the departing coach.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_23, ids=[c[0] for c in FROM_SESSION_23])
def test_cases_from_session_23(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


FROM_SESSION_24 = [
    ('a family name written first, a letter short once with its honorific', 'date 2026-03-12 Group names new chairman\n\n',
     ['The group has named Datuk Khoo Bee Leng as its independent chairman.',
      'Khoo, 58, is a lawyer. Khoo will take over in April, and Khoo has said she will stay for three years.',
      'Datuk Koo said she would review the dividend policy.'], [7]),
    ('the short family name is another person, introduced with a first name of its own', 'date 2026-03-12 Group names new chairman\n\n',
     ['The group has named Datuk Khoo Bee Leng as its independent chairman.',
      'Khoo, 58, is a lawyer. Khoo will take over in April, and Khoo has said she will stay for three years.',
      'Datuk Koo Kin Wah, a director, said the board backed her.'], []),
    ('a hyphenated town\'s name spelt two ways in one part, once each, one inside a longer run', 'date 2026-06-09 Road contractor sacked\n\n',
     ['The governor was unhappy with work on the Ikare-Omuooke-Oka road, which is a third complete.',
      'Residents of Omuuoke-Oka said they had waited three years for the road.'], [5]),
    ('two towns whose names share a part, different in more than a letter', 'date 2026-06-09 Road contractor sacked\n\n',
     ['The governor was unhappy with work on the Ikare-Omuooke-Oka road, which is a third complete.',
      'Residents of Ilara-Oka said they had waited three years for the road.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_24, ids=[c[0] for c in FROM_SESSION_24])
def test_cases_from_session_24(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


FROM_SESSION_27 = [
    ("an Irish plural with its accent is one word's form", 'date 2026-02-18 Brothers remanded on bail\n\n',
     ["He must sign on at Portarlington Garda station three times a week.",
      "Garda witnesses said the Garda search took six hours.",
      "Gardaí found more than two kilograms of cannabis at the house."], []),
    ("the same word with a letter changed is still reported", 'date 2026-02-18 Brothers remanded on bail\n\n',
     ["The charity Brackenfield Trust opened a shop.",
      "Brackenfield Trust staff and Brackenfield Trust volunteers run it.",
      "A spokesman for Brackenfeld Trust said it would open another."], [7]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27, ids=[c[0] for c in FROM_SESSION_27])
def test_cases_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


FROM_SESSION_27_BODIES = [
    ("a company misspelt where a speech verb makes it look like a person", 'date 2026-05-20 Clinic contract questioned\n\n',
     ["The contract, signed in February with Harbourline Modular Inc., covers six clinics.",
      "Harbourline president Mark Whynot said his company had delivered modular schools.",
      "Paul Whynot asked whether any Harbourline executive had donated to the party.",
      "A spokesperson for Harborline Modular said the company had hired 45 workers."], [9]),
    ("the company spelt one way throughout", 'date 2026-05-20 Clinic contract questioned\n\n',
     ["The contract, signed in February with Harbourline Modular Inc., covers six clinics.",
      "Harbourline president Mark Whynot said his company had delivered modular schools.",
      "Paul Whynot asked whether any Harbourline executive had donated to the party.",
      "A spokesperson for Harbourline Modular said the company had hired 45 workers."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_BODIES, ids=[c[0] for c in FROM_SESSION_27_BODIES])
def test_bodies_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


def test_two_forms_of_one_word_ending_in_ure_and_ive_are_quiet(rules):
    from tests.conftest import lines_found

    paragraphs = ["Steven Brandt retired from the Legislature in 2022 after 16 years.",
                  "The bill went to the Legislature in March, and the Legislature passed it.",
                  "The nonpartisan Legislative Fiscal Bureau has estimated it would cut revenue by $410 million."]
    assert lines_found('date 2026-02-11 Speaker names tax chair\n\n', paragraphs, 'name-variant', rules) == []


FROM_SESSION_27_FINAL_E = [
    ("one full name with a final e dropped once", 'date 2026-04-22 Lockwood keeps the captaincy\n\n',
     ["The club confirmed that head coach Dean Sutcliffe had signed a new two-year deal.",
      "Sutcliffe played more than 200 first XI games for the club before moving into coaching.",
      "Head coach Dean Sutcliff said the new practice strip would help the juniors."], [7]),
    ("two people, a Brown and a Browne, with first names of their own", 'date 2026-04-22 Lockwood keeps the captaincy\n\n',
     ["The club confirmed that head coach Dean Browne had signed a new deal.",
      "Browne played more than 200 games for the club.",
      "Treasurer Alan Brown said the accounts were sound."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_FINAL_E, ids=[c[0] for c in FROM_SESSION_27_FINAL_E])
def test_final_e_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


FROM_SESSION_29 = [
    ("a surname misspelt once after a full name whose first name is also a body's word", 'date 2026-09-20 Unity Party names nominee\n\n',
     ["The party reached out to its presidential nominee Bill Hammons of Colorado to discuss the campaign.",
      "Hamons, a former magazine manager, founded the party in 2004.", "Hammons has grown the party since."], [5]),
    ("a bill's name and a surname", 'date 2026-09-20 Assembly debates bill\n\n',
     ["The Finance Bill passed its second reading after Jane Hammons spoke.", "Hammons said the bill was fair."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_29, ids=[c[0] for c in FROM_SESSION_29])
def test_cases_from_session_29(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


_ASUU = 'date 2026-05-05 ASUU demands panel over hostel contract\n\n'

FROM_SESSION_30 = [
    ("a three-letter surname with a silent 'h' added", _ASUU,
     ["Branch chairman Dr Emeka Eze said the union had raised concerns more than once.",
      "\u201cWe are not defending anybody,\u201d Dr Eze said.",
      "Dr Ezeh said ASUU would meet on Friday."], [7]),
    ("two three-letter surnames a letter apart are two people", _ASUU,
     ["Branch chairman Dr Emeka Eze said the union had raised concerns more than once.",
      "\u201cWe are not defending anybody,\u201d Dr Eze said.",
      "Dr Ezi said ASUU would meet on Friday."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30, ids=[c[0] for c in FROM_SESSION_30])
def test_cases_from_session_30(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'name-variant', rules) == expected


def test_a_titled_surname_has_no_endings(rules):
    head = 'date 2026-02-16 Trains halted north of Hornsby\n\n'
    paragraphs = ["Sydney Trains chief operations officer Marguerite Delahunty has spoken to reporters at Hornsby.",
                  "Ms Delahunt says the cause of the failure is still being investigated."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]
    paragraphs[1] = "Ms Delahunty says the cause of the failure is still being investigated, as is the wiring near Tuscany Street."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_an_s_added_to_a_titled_surname_is_a_slip(rules):
    head = 'date 2026-03-09 Venue wins licence appeal\n\n'
    paragraphs = ["District Judge Helen Marchbank, sitting at Nottingham Magistrates' Court, on Friday allowed the appeal.",
                  "Giving her decision, Judge Marchbanks said revocation was the most serious step available."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]
    paragraphs[1] = "Giving her decision, the judge said two Helen Marchbanks had sat on the bench in the past."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_long_name_one_letter_out_after_a_preposition(rules):
    head = 'date 2026-03-02 Dynamos win Harare derby\n\n'
    paragraphs = ["Substitute Tanaka Shumbayaonda settled it with 12 minutes left on the clock.",
                  "Coach Lloyd Chigowe sent on Shumbayawonda for the tiring Tinashe Banda on the hour."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]
    paragraphs[1] = "Coach Lloyd Chigowe sent on Shumbayaonda for the tiring Tinashe Banda on the hour."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []
    # a short name one letter from a place after "in" is still a place
    assert lines_found(head, ["Substitute Tanaka Wilson settled it.", "The side trained in Wilton on Friday."], 'name-variant', rules) == []


def test_a_police_rank_is_an_honorific(rules):
    head = 'date 2026-03-13 Constable sacked over record checks\n\n'
    paragraphs = ["PC Daniel Whitcombe, 34, made 11 searches on the national computer.",
                  "The panel heard that Whitcombe had no policing purpose.",
                  "PC Whitcomb admitted misconduct at the start of the hearing.",
                  "Whitcombe will be placed on the barred list."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [7]
    # two officers, one surname a letter longer, each with a first name of their own
    paragraphs[2] = "His colleague, PC Laura Whitcomb, gave evidence for the force."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


FROM_SESSION_38_NAMES_OF_BODIES = [
    ("an 'h' after a consonant left out of a body's name", ["The bank resolved its exposure to Vasundhara Thermal Power, it said.",
      "He said the bank expected more from Vasundara Thermal Power next year."], [5]),
    ("an ending added to a word before the name's last", ["Permata Sinar Holdings Bhd is targeting RM1.5 billion in new contract wins.",
      "The chairman said Permata Sinaran Holdings Bhd's net gearing stood at 0.38 times.", "Shares in Permata Sinar closed unchanged."], [5]),
    ("two bodies whose names differ by more", ["Permata Sinar Holdings Bhd is targeting RM1.5 billion in new contract wins.",
      "Rival Permata Sentosa Holdings Bhd said its gearing stood at 0.38 times."], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", FROM_SESSION_38_NAMES_OF_BODIES, ids=[c[0] for c in FROM_SESSION_38_NAMES_OF_BODIES])
def test_a_bodys_name_spelt_two_ways(name, paragraphs, expected, rules):
    assert lines_found(HEAD, paragraphs, 'name-variant', rules) == expected


def test_a_bodys_own_name_is_not_a_place_spelt_another_way(rules):
    head = "date 2026-03-05 College names three finalists\n\n"
    paragraphs = ["Dr Latisha Boateng, vice president for student affairs at SUNY Geneseo, is one of the finalists.",
                  "Boateng has overseen residence life at Geneseo for six years.",
                  "Transfers from Monroe Community College and Genesee Community College rose for a second year."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == []
    paragraphs[2] = "Transfers from Monroe Community College rose, Boateng told staff at Genesee on Monday."
    assert lines_found(head, paragraphs, 'name-variant', rules) == [7]


def test_a_middle_word_one_letter_out_in_one_titled_name(rules):
    head = "date 2026-04-03 Founder launches takeover\n\n"
    paragraphs = ["The builder is controlled by its executive chairman Datuk Seri Lim Kok Heng, the filing said.",
                  "The interested directors are Lim and his son, Lim Wei Jian.",
                  "Datuk Seri Lim Kock Heng, 68, founded the company in 1989."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [7]
    paragraphs[2] = "His cousin, Dr Lim Kock Heng, 64, founded the company in 1989."  # another title: perhaps another man
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_spelling_always_opening_one_name_is_that_names(rules):
    head = "date 2026-03-12 Water fund chief granted bail\n\n"
    paragraphs = ["The court admitted to bail three people accused of causing financial loss in the award of borehole contracts in the "
                  "Northern and Savannah regions.",
                  "Ibrahim Fuseini, managing director of Tamale-based Savanna Drillers Limited, was granted bail in the sum of GH¢1.5 million.",
                  "The state attorney told the court that the Fund paid Savanna Drillers Limited GH¢9.6 million for 240 boreholes.",
                  "Counsel asked the court to take into account that Savanna Drillers Limited still employed 64 people."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == []
    paragraphs[0] = "The court admitted to bail three people accused of causing financial loss to the state through Savannah Drillers Limited."
    assert lines_found(head, paragraphs, 'name-variant', rules) == [3]


def test_a_surname_ending_in_ing_opening_a_sentence_before_its_verb(rules):
    # "Representing Deardon, Anil Mehta said" opens on a participle; "Mahabirsing said" on a name
    head = 'date 2026-02-18 Kiskadee Nation takes the stage\n\n'
    paragraphs = ["Bandleader Keshorn Mahabirsingh brought 4,200 masqueraders across the stage.",
                  "Mahabirsingh told reporters it was a good day.",
                  "Mahabirsing said his design team had already begun sketching for 2027."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [7]
    paragraphs[2] = "Sketching said nothing about it. Representing the band, Mahabirsingh said the team had begun work."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_countrys_people_named_by_its_adjective(rules):
    head = 'date 2026-05-12 Diamond miner lifts local hiring\n\n'
    paragraphs = ["The company employs about 3,400 people, nearly all of them Batswana, and Mr Mmusi said there were no plans for job losses.",
                  "He has since lectured part-time at the Botswana International University of Science and Technology.",
                  "The Botswana Mine Workers' Union welcomed the appointment."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_title_and_surname_never_introduced_that_shares_most_of_an_introduced_one(rules):
    head = 'date 2025-11-04 Admissions\n\n'
    paragraphs = ["Cllr Gareth Thistlewood, the cabinet member for education, said the council wanted to avoid half-empty classrooms.",
                  "Cllr Thistlewaite said every response would be read."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]
    # a surname sharing only its first letters is someone else's
    paragraphs[1] = "Cllr Thirlwell said every response would be read."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []
    # without a title the lone word may be anyone
    paragraphs[1] = "Thistlewaite Road will close for the works."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_name_joined_by_a_short_particle_spelt_two_ways(rules):
    head = 'date 2026-05-02 Church pledges water money\n\n'
    paragraphs = ["The pledge will be channelled through the Tautua mo Aiga Trust, the church's development arm.",
                  "Schwenke said the Tautua mo Aega Trust would publish the list of villages."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]
    paragraphs[1] = "Schwenke said the Tautua mo Aiga Trust would publish the list of villages."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_numbered_papers_are_no_spelling(rules):
    head = 'date 2027-01-20 Exam timetable\n\n'
    paragraphs = ["First-year students begin with Second Language Paper I on Thursday 25 February, followed by English Paper I on Saturday 27 February.",
                  "Second-year students start with Second Language Paper II on Friday 26 February and English Paper II on Monday 1 March."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_surname_made_to_speak_has_no_ending(rules):
    head = 'date 2026-05-12 Hosiery maker lifts profit\n\n'
    paragraphs = ["Harpreet Malhotra, the company's chief financial officer, said debt had been cut.",
                  "Malhotr said the dyeing line would open next year."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]
    paragraphs[1] = "Malhotra said the dyeing line would open next year."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_bodys_name_respelt_by_sound_each_written_once(rules):
    head = 'date 2026-03-02 University backs bursaries\n\n'
    paragraphs = ["The building will be part-funded by a gift from the Strathloch Foundation, a family charity.",
                  "The Strathlock Foundation's gift will be paid in three instalments."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]
    paragraphs[1] = "The Strathloch Foundation's gift will be paid in three instalments."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []
    paragraphs[1] = "The Strathlochs Foundation's gift will be paid in three instalments."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_name_in_a_datelines_capitals_is_house_style(rules):
    head = 'date 2026-03-02 Council approves market\n\n'
    paragraphs = ["KITWE City Council has approved a new market.",
                  "The Kitwe City Council plan includes 400 stalls."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_surname_heard_two_ways_after_its_full_name(rules):
    # a vowel doubled or single, "y" for "i", "z" for "s": one name written as it sounds, two letters out
    head = 'date 2026-05-12 Cable maker names finance chief\n\n'
    paragraphs = ["The board approved the appointment of Ramesh Iyer. He will succeed Sunita Kapoor, who retires on June 30.",
                  "Kapur, who joined the company in 2004, cut its net debt by two-thirds."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]
    paragraphs[1] = "Kapoor, who joined the company in 2004, cut its net debt by two-thirds."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []
    paragraphs = ["Head coach Hennie Oosthuizen admitted his side had been let off the hook.",
                  "Oosthuysen confirmed that Ndlovu would return next week."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]
    paragraphs = ["The club have appointed Stuart Hendry as first-team manager.", "Hendry, 41, had been in interim charge since November.",
                  "Hendry made more than 200 appearances in midfield.", "Hendrie said he would look at loan signings."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [9]


def test_two_first_names_two_letters_out_with_surnames_heard_alike_are_two_people(rules):
    head = 'date 2026-02-25 Soil start-up raises funds\n\n'
    paragraphs = ["The company's head of data, Mariana Lopes, said the money would pay for ground sensors.",
                  "Mariano López, a partner at the fund, will join the board.",
                  "Mr López said he had no concerns."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_middle_name_cut_short_keeps_the_full_name_whole(rules):
    head = 'date 2026-03-10 Council passes jeepney rule\n\n'
    paragraphs = ["The ordinance, authored by Councilor Jose Ma. Villareal, passed on third reading on Tuesday.",
                  "Villarreal, a first-term councilor, said operators had four months to join a cooperative."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]
    paragraphs[1] = "Villareal, a first-term councilor, said operators had four months to join a cooperative."
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_an_irish_prefix_written_without_its_fada(rules):
    head = 'date 2026-03-10 Council leases pitch to club\n\n'
    paragraphs = ["The motion was proposed by Cllr Niamh Ní Fhearraigh and seconded by Cllr Gearóid Mac Aodha.",
                  "Cllr Ní Fhearraigh told the meeting that the walking track alone would justify the lease.",
                  "Cllr Ni Fhearaigh said she hoped the arrangement would be a template for other clubs."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("Ni Fhearaigh", "Ni Fhearraigh")
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_surnames_possessive_before_what_only_a_person_has(rules):
    head = 'date 2026-11-04 Sheriff holds lead\n\n'
    paragraphs = ["Incumbent Sheriff Ray Hollis led Democratic challenger Brent Lindqvist by 66,840 votes to 60,115.",
                  "Lindqvist ran on a pledge to reopen the jail-diversion program.",
                  "Lindquist's campaign said it would wait for Wednesday's update before commenting."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("Lindquist's campaign", "Lindquist Road's residents")
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_a_first_name_with_one_sound_spelt_two_ways(rules):
    head = 'date 2026-07-20 Sewage plant tender reissued\n\n'
    paragraphs = ["Executive engineer (drainage) Rajeev Deshpande said the plant was central to the civic body's plans.",
                  "\"Our plants treat only 567 MLD,\" Deshpande said.",
                  "Asked about the timeline, Rajiv Deshpande said bidders had been given more than five weeks."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("Rajiv", "Rajeev")
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_one_word_of_a_name_of_several_words_spelt_two_ways_once_each(rules):
    head = 'date 2026-07-10 Senate approves new courses\n\n'
    paragraphs = ["Senate received a report on a new endowment from the Chukwuemeka Anyanwu Foundation, which will fund 40 scholarships a year.",
                  "A representative of the Chukwuemeka Anyawu Foundation is expected to present the first awards."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Anyawu", "Anyanwu")
    assert lines_found(head, paragraphs, 'name-variant', rules) == []


def test_an_office_and_the_body_it_heads_are_two_words(rules):
    head = 'date 2026-02-10 Arrivals rise\n\n'
    paragraphs = ["Hotel occupancy averaged 64 per cent, according to the Ministry of Natural Resources and Tourism.",
                  "Minister of Natural Resources and Tourism Dr Asha Mwakalinga said the government was encouraged."]
    assert lines_found(head, paragraphs, 'name-variant', rules) == []
    paragraphs[1] = "A spokesman for the Minestry of Natural Resources and Tourism said the government was encouraged."
    assert lines_found(head, paragraphs, 'name-variant', rules) == [5]


def test_a_slip_a_crosshead_repeats_is_still_written_once(rules):
    page = ('<html><head><title>Results</title><meta name="date" content="2026-11-04"></head><body><h1>Results night</h1>\n'
            "<p>In the race, Democrat Deborah Kowalczyk leads Republican Glen Harwood.</p>\n"
            "<p>Kowalczyk's lead has grown to 879 votes, and Kowalczyk ends the night with 9,482.</p>\n"
            "<h2>12:50 a.m. Kowalcyzk claims victory</h2>\n<p>Kowalcyzk told a crowd that she was ready.</p>\n</body></html>\n")
    assert findings_of(page, fmt="html", rules=rules, check="name-variant") == [("name-variant", 5)]
    assert findings_of(page.replace("Kowalcyzk", "Kowalczyk"), fmt="html", rules=rules, check="name-variant") == []
