"""person-title-conflict: two offices for one person, two people for one office, an office reference pointing at someone else."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from factcheck.checks import person_title_conflict
from factcheck.loaders import load_text
from factcheck.registry import Context

from ..conftest import SEED, findings_of, lines_found

HEAD = "date 2026-03-11 Ministers respond to ferry strike\n\n"

CASES = [
    ("a hospital's chief nursing officer later its chief medical officer", [
        "Chief Nursing Officer Linda Ortiz said the new nurses had finished their training.",
        "Chief Medical Officer Dr. Raymond Chu said telehealth links would be offered.",
        "Ortiz, the hospital's chief medical officer, said no nurse would be forced into overtime.",
    ], [("person-title-conflict", 7)]),
    ("a college's deputy principal later its principal", [
        "Deputy principal Grant Fenwick said Fridays would not be a day off.",
        "The board approved the trial in August.",
        "College principal Grant Fenwick said the school had spoken to the ministry.",
    ], [("person-title-conflict", 7)]),
    ("a captain given by a possessive pronoun, then with the club's name", [
        "Port Royale were bowled out for 270. Their captain, Andre Charles, top-scored with 88.",
        "The pitch got easier under lights.",
        "Pirates captain Andre Charles said his side had been 30 runs short.",
    ], []),
    ("one striker at two clubs", [
        "Rovers striker Jon Kay scored twice in the first half.",
        "The home side never recovered.",
        "City striker Jon Kay was substituted after an hour.",
    ], [("person-title-conflict", 7)]),
    ("a transfer stated", [
        "Ben Ode, the Town goalkeeper, made five saves.",
        "Ben Ode, who joined Town from Rovers in the summer, said he was happy.",
        "Rovers goalkeeper Ben Ode was not at fault for the goal.",
    ], []),
    ("one person in two parties, the first after the name", [
        "Ann Cole, the Conservative MP for Wells, said the bypass was overdue.",
        "Residents said the road was dangerous.",
        "Labour MP Ann Cole said the government had broken its promise.",
    ], [("person-title-conflict", 7)]),
    ("one chief executive of two companies", [
        "Tom Reed, chief executive of Acme Ltd, said the firm would bid for the work.",
        "Engineers said the work could take two years.",
        "Tom Reed, Beta Holdings' chief executive, said costs had risen.",
    ], [("person-title-conflict", 7)]),
    ("a body named in apposition with its kind's noun, later called by that noun", [
        "The contract goes to the state's own operator, Caledonian Isles Ferries.",
        "Fiona Baird, chief executive of Caledonian Isles Ferries, welcomed the award.",
        "Gordon Reid, the ferry operator's chief executive, said three vessels needed refits.",
    ], [("person-title-conflict", 7)]),
    ("a body named in apposition with one noun, another body's chief executive by another", [
        "The contract goes to the state's own operator, Caledonian Isles Ferries.",
        "Fiona Baird, chief executive of Caledonian Isles Ferries, welcomed the award.",
        "Gordon Reid, the charity's chief executive, said islanders needed support.",
    ], []),
    ("a manager held since a season, another manager of the club by its short name", [
        "The chairman of Dunmore Thistle, Alasdair Rennie, has resigned.",
        "He is no relation of Stevie Rennie, who has been the club's manager since the summer of 2023.",
        "Thistle manager Craig Lumsden said after training on Wednesday that he had spoken to both bidders.",
        "Thistle host Ayr United on Saturday.",
    ], [("person-title-conflict", 7)]),
    ("a manager who took the job in a season and the club's new manager", [
        "The chairman of Dunmore Thistle, Alasdair Rennie, has resigned.",
        "Stevie Rennie, who was the club's manager from the summer of 2023, left in October.",
        "Thistle manager Craig Lumsden said after training on Wednesday that he had spoken to both bidders.",
    ], []),
    ("two chief executives of a body named with a possessive", [
        "The Cambria Ambulance NHS Trust's board approved the recruitment on Tuesday.",
        "Chief executive Siân Prydderch told the board the service was stretched.",
        "Chief executive Gareth Howells said the trust would work with health boards.",
    ], [("person-title-conflict", 7)]),
    ("two chief executives, one of the trust and one of a hospital", [
        "The Cambria Ambulance NHS Trust's board approved the recruitment on Tuesday.",
        "Chief executive Siân Prydderch told the board the service was stretched.",
        "Gareth Howells, chief executive of Tregaron Community Hospital, said beds were full.",
    ], []),
    # "who has led the council as executive mayor": the role the body was led in; "van der" inside the other's name
    ("a council led as its mayor by another", [
        "The motion against executive mayor Pieter van der Merwe was defeated by 27 votes to 22.",
        "Van der Merwe, of the DA, became executive mayor after the 2021 elections.",
        "Opposition leader Sipho Mabuza, who has led the council as executive mayor since 2021, said the party would fight on.",
    ], [("person-title-conflict", 7)]),
    ("a council led as its mayor before, by the same man", [
        "The motion against executive mayor Pieter van der Merwe was defeated by 27 votes to 22.",
        "Opposition leader Sipho Mabuza, who led the council as interim mayor in 2020, said the party would fight on.",
    ], []),
    # a committee described in lower case is named by its subject: "the standing committee on public accounts" is
    # "the public accounts committee" ("standing" here no change of role)
    ("one committee described two ways, two chairs", [
        "Rachel Dumont, who chairs the standing committee on public accounts, said the hearings had been worth it.",
        "The bill passed on Tuesday.",
        "Greg Tkachuk, the chair of the public accounts committee, said he would ask for a review.",
    ], [("person-title-conflict", 7)]),
    ("two committees described in lower case, two chairs", [
        "Rachel Dumont, who chairs the standing committee on public accounts, said the hearings had been worth it.",
        "The bill passed on Tuesday.",
        "Greg Tkachuk, the chair of the planning committee, said he would ask for a review.",
    ], []),
    # a bank loan is money lent, no change of role; a player "on loan" has moved
    ("two chairmen of one company, a bank loan in the sentence", [
        "Harbrook Foods chairman Tom Reed said the year had been good.",
        "Analysts agreed.",
        "Harbrook Foods chairman Sam Hill said the bank loan was affordable.",
    ], [("person-title-conflict", 7)]),
    ("a striker of two clubs, on loan", [
        "Rovers striker Jon Kay scored twice in the first half.",
        "The home side never recovered.",
        "City striker Jon Kay, on loan from Rovers until May, was substituted after an hour.",
    ], []),
    # a regnal numeral ends a name: "Nana Adjei Ampofo II, who chairs …" gives him the chair
    ("a chair named with a regnal numeral, and another chair of the committee", [
        "Nana Adjei Ampofo II, who chairs the judicial committee, told both camps to wait.",
        "The sitting lasted four hours.",
        "Nana Owusu Sekyere, the chairman of the judicial committee, said petitions would be heard.",
    ], [("person-title-conflict", 7)]),
    ("two chief judges of one named court", [
        "The Harlow County Court's chief judge, Margaret Oduya, wrote the majority opinion.",
        "The ruling ran to 40 pages.",
        "Harlow County Court chief judge Samuel Brandt said hearings would resume in March.",
    ], [("person-title-conflict", 7)]),
    # a role taken "in July" is held now; the coach who departed has changed
    ("a coach who took charge in July, another head coach later", [
        "Mwansa Chileshe, the club's coach, said the squad was ready.",
        "Chileshe took charge as head coach in July, after the departure of Dutch coach Rutger Visser.",
        "Head coach Joseph Banda said the players had trained well.",
    ], [("person-title-conflict", 7)]),
    # "He has been CFO of Sarvatra since 2019, having previously worked …": held now, the change came before it
    ("a finance chief of one company since a year, later of another", [
        "Sarvatra's chief financial officer, Rohan Mehta, said the buyback would finish in October.",
        "He has been CFO of Sarvatra since 2019, having previously worked at a consulting firm.",
        "Bluepeak Infosystems chief financial officer Rohan Mehta told analysts that pipelines had improved.",
    ], [("person-title-conflict", 7)]),
    # "Board chair X" opening a sentence is the article's board, as "chairs the board" is
    ("the board chaired by one, a board chair named later", [
        "Denise Carter, who chairs the board, said the vote was close.",
        "The meeting ran late.",
        "Board chair Luis Ortega said the decision would stand.",
    ], [("person-title-conflict", 7)]),
    ("the committee's chairman, and the chairman of an association", [
        "Committee chairman Senator Abubakar Danladi said the extension was the last one.",
        "The meeting ran late.",
        "Ibrahim Danladi, chairman of a northern depot owners' association, said the extension was welcome.",
    ], []),
    # "the system's" is a US health system's, the body "Chief executive X" opening a sentence is about
    ("a health system's chief executive later its finance chief", [
        "Chief executive Dana Whitfield said the system would close two clinics.",
        "The board approved the plan on Tuesday.",
        "Dana Whitfield, the system's chief financial officer, said savings would reach $40 million.",
    ], [("person-title-conflict", 7)]),
    ("a division's chief executive beside the company's", [
        "Matt Simister, Tesco's CEO for Central Europe, said the company would stay in Hungary.",
        "Dave Lewis, CEO of Tesco, said there were no plans to leave Poland.",
    ], []),
    ("a chief executive who chairs another body", [
        "Acme chief executive Jane Smith said the stadium was vital.",
        "Jane Smith, who chairs the city's business forum, said the plan had wide support.",
    ], []),
    # roles in organisations, ranks and parties (rules/roles.yaml)
    ("a company's chief executive, then its chair", [
        "Harbrook Logistics chief executive Jane Smith said the year had been hard.",
        "Analysts said the results were better than expected.",
        "\"We are in good shape,\" said Jane Smith, Harbrook's chair.",
    ], [("person-title-conflict", 7)]),
    ("a chief executive and chair given together", [
        "Jane Smith, the firm's chairman and chief executive, said the year had been hard.",
        "Analysts said the results were better than expected.",
        "Chief executive Jane Smith said the dividend would rise.",
    ], []),
    ("an inspector, later a sergeant", [
        "Inspector Joseph Kiprono said officers had arrested two men.",
        "Residents said the robberies had gone on for months.",
        "Sgt Kiprono said a third man was being sought.",
    ], [("person-title-conflict", 7)]),
    ("a promotion stated", [
        "Chief Superintendent Alan Birch, who was promoted from superintendent last summer, led the inquiry.",
        "Supt Birch said the investigation was in its early stages.",
    ], []),
    ("one councillor in two parties", [
        "Cllr Declan Fahy (Fianna Fáil) proposed the motion.",
        "It was seconded by a party colleague.",
        "The Sinn Féin councillor Declan Fahy said the vote was a disgrace.",
    ], [("person-title-conflict", 7)]),
    ("a party change stated", [
        "Prakash Jadhav, who left the LKP to join the JVM in January, won the ward.",
        "Labour councillor Prakash Jadhav said he was delighted.",
        "Prakash Jadhav (Conservative) was first elected in 2019.",
    ], []),
    ("two captains of two teams", [
        "Gladiators captain Sandeep Tomar won the toss.",
        "Stand-in captain Aditya Rawat led the Titans after regular skipper Vikas Solanki was ruled out.",
    ], []),
    # issue 13, fresh set people-2: courtroom roles, parties and firms however written, a club's vice-captain
    ("counsel for both sides of one case", [
        "Rebecca Thornley, prosecuting, said the defendant had targeted elderly homeowners.",
        "The defendant admitted nine counts of fraud.",
        "Ms Thornley, defending, said her client had been drug-free for a year.",
    ], [("person-title-conflict", 7)]),
    ("'defending' before a name is not counsel's role", [
        "Defending champion Rebecca Thornley won in straight sets.",
        "Rain stopped play twice.",
        "Rebecca Thornley, prosecuting, said the case against the groundsman was simple.",
    ], []),
    ("a party written as a possessive", [
        "Cllr Enda Mulrooney (Fianna Fáil) proposed the motion.",
        "It was carried by ten votes to six.",
        "Responding, Fine Gael's Enda Mulrooney said the council had thrown away two years of work.",
    ], [("person-title-conflict", 7)]),
    ("two councillors of one party, one written as a possessive", [
        "Cllr Tom O'Reilly (Fine Gael) said the county had waited thirty years.",
        "Fine Gael's Cllr Noel Gaffney said the scheme had been handled well.",
    ], []),
    ("one analyst at two firms", [
        "Dana Whitfield, an analyst at Brightline Securities, said the results were the cleanest in two years.",
        "Shares rose 11% in after-hours trading.",
        "Whitfield, who covers the company for Halvorsen Capital, said investors would watch margins.",
    ], [("person-title-conflict", 7)]),
    ("two analysts at two firms", [
        "Dana Whitfield, an analyst at Brightline Securities, said the results were strong.",
        "Omar Haddad, an analyst at Halvorsen Capital, said the company relied on four customers.",
    ], []),
    ("a club's vice-captain given to two players", [
        "His elder brother, Imran Qureshi, the club's vice-captain, claimed five wickets.",
        "Rain delayed the start on Monday.",
        "Aldershire's vice-captain Tom Ashworth said the next target was a run of wins.",
    ], [("person-title-conflict", 7)]),
    ("a captain suspended, the vice-captain leads", [
        "The club's captain, Ryan Mallory, was suspended.",
        "Vice-captain Ade Oyewole wore the armband.",
    ], []),
    ("a chief executive said later to chair the board", [
        "Fiona Ardley, who took over as chief executive in April 2024, said costs were down.",
        "Pellmoor's chairman, Sir Malcolm Treharne, will step down in May and be succeeded by Ruth Okonedo.",
        "Ms Ardley, who chairs the Pellmoor board, said orders were up by 8%.",
    ], [("person-title-conflict", 7)]),
    ("a deputy given the office later; a move between universities explains nothing", [
        "The review was led by the deputy vice-chancellor, Professor Ian McCallum, who joined from the University of Aberlour in 2023.",
        "Staff were told on Tuesday.",
        "The university's vice-chancellor, Professor Ian McCallum, said no other courses would close.",
    ], [("person-title-conflict", 7)]),
    ("a brother described by the role: the role stays the holder's", [
        "The group's chairman, Harsh Mehra, said the quarter showed the value of a diversified business.",
        "Profit rose 18%.",
        "Vice-chairman Anil Mehra, the chairman's younger brother, said textiles were holding up.",
    ], []),
    ("one club given two managers", [
        "Rovers manager Gary Rowe said his side had deserved the win.",
        "The visitors had chances late on.",
        "Rovers manager Paul Dean said the referee had made mistakes.",
    ], [("person-title-conflict", 7)]),
    # (name, body paragraphs from line 3, expected (check, line) pairs)
    ("a possessive country's minister, then another office", [
        "The talks were led by Turkey's defence minister, Selim Karabulut, who said both sides would meet again.",
        "Diplomats said the atmosphere had been cold.",
        "Foreign Minister Selim Karabulut said navy vessels would escort merchant ships.",
    ], [("person-title-conflict", 7)]),
    ("an oil minister, then a finance minister", [
        "The Iraqi oil minister, Hayan Abdul-Karim, said his country would respect its quota.",
        "Brent crude rose by 4%.",
        "Iraq's finance minister, Hayan Abdul-Karim, said the budget needed higher prices.",
    ], [("person-title-conflict", 7)]),
    ("a former minister with the country between", [
        "The former Turkish foreign minister Mevlut Aksoy said Ankara was trusted by both sides.",
        "Diplomats said the atmosphere had been cold.",
        "Turkey's foreign minister, Selim Karabulut, said the talks would resume next month.",
    ], []),
    ("one person, two cabinet posts", [
        "Transport Secretary Helen Marchbank said she was concerned by the prospect of disruption.",
        "Union officials said more dates could follow.",
        "Asked about the dispute during a visit to Anglesey, Home Secretary Helen Marchbank said the government would not stand by.",
    ], [("person-title-conflict", 7)]),
    ("prime minister then president", [
        "Prime Minister Andrej Kovac said the coalition would hold together and pass the budget.",
        "Opposition leaders said the coalition had lost its majority in all but name.",
        "President Andrej Kovac is expected to address parliament on Thursday.",
    ], [("person-title-conflict", 7)]),
    ("one country's office, two people", [
        "The Netherlands' infrastructure minister, Marloes Vink, offered the help of Dutch flood specialists.",
        "The Dutch infrastructure minister, Joost Hendriks, said a team of engineers was ready to travel.",
    ], [("person-title-conflict", 5)]),
    ("the country's finance minister, then another", [
        "The country's finance minister, Ilse Brandt, said the deficit would be closed within three years.",
        "Economists said the target was ambitious but achievable.",
        "Finance minister Tomas Weber said spending cuts would fall mostly on defence.",
    ], [("person-title-conflict", 7)]),
    ("one country named once, the office without it later", [
        "India's home minister, Amit Shah, said rescue teams had been sent.",
        "Villagers said they had nowhere else to go.",
        "Home Minister Rajnath Singh said the government would pay for a survey.",
    ], [("person-title-conflict", 7)]),
    ("one country's office in copy about that country alone", [
        "The Minister for Housing, James Browne, said the scheme would deliver homes faster.",
        "Ms McDonald said the row showed a divided government in Dublin.",
        "Housing Minister Darragh O'Brien said the first purchases were expected this year.",
    ], [("person-title-conflict", 7)]),
    ("a year far from the office does not excuse it", [
        "Labour Minister Barbara Bast, who drafted the bill with officials, said she still hoped for a compromise before the vote next month.",
        "Opposition leaders said the coalition had lost its majority.",
        "Economy Minister Barbara Bast told the broadcaster the critics had no costed alternative.",
    ], [("person-title-conflict", 7)]),
    ("a cabinet secretary and a junior minister", [
        "Health Secretary Imran Lockhart said he was disappointed by the strike.",
        "Health minister Karin Smyth said patients should attend appointments.",
    ], []),
    ("two countries named: offices without a country", [
        "Housing Minister James Browne said the Irish scheme would deliver homes faster.",
        "Housing Minister Matthew Pennycook said Britain would watch the results closely.",
    ], []),
    ("former prime minister", [
        "The inquiry was set up by the former prime minister Graham Tolland, who visited the site.",
        "Mr Tolland said he had hoped the report would arrive sooner.",
        "Prime Minister Eleanor Vance said the government would accept every recommendation.",
    ], []),
    ("shadow and deputy are other offices", [
        "The shadow transport secretary, Neil Garside, said the families had waited too long.",
        "Transport Secretary Priya Lall said the government would respond in full.",
        "The deputy prime minister, Martin Okoro, said the changes showed the government getting on with the job.",
        "Prime Minister Eleanor Vance said she had consulted Mr Okoro.",
    ], []),
    ("then- and now", [
        "The then-transport secretary, Imogen Ratcliffe, told the inquiry she had never been told about the faults.",
        "Transport Secretary Priya Lall said lessons had been learned.",
        "Ms Ratcliffe, now a backbencher, said she welcomed the report.",
    ], []),
    ("a reshuffle: appointed", [
        "Callum Redfern has been appointed Home Secretary, moving from the Department for Transport.",
        "Transport Secretary Callum Redfern had been due to announce new rail fares on Friday.",
        "Home Secretary Callum Redfern said his first priority would be the asylum backlog.",
    ], []),
    ("acting and interim", [
        "Acting President Lena Ortiz said elections would be held within 90 days.",
        "President Marco Silva, who is receiving treatment abroad, has not been seen in public since May.",
        "The interim prime minister, Jorge Paz, said the cabinet would meet daily.",
    ], []),
    ("a club president and a country's president", [
        "Club president Florentino Vidal said the stadium would be rebuilt.",
        "President Ana Duarte said the government would not pay for it.",
    ], []),
    ("two countries' foreign ministers", [
        "Russian Foreign Minister Sergei Orlov met his Ukrainian counterpart in Istanbul.",
        "Ukrainian Foreign Minister Andrii Boyko said the meeting had been useful.",
    ], []),
    ("presidents of two countries, no country named with either", [
        "President Donald Trump said the United States would not send troops.",
        "President Emmanuel Macron said France was ready to lead a European force in Ukraine.",
    ], []),
    ("same office in another year", [
        "Helen Marchbank, who was Home Secretary in 2019, said the union had a case.",
        "Transport Secretary Helen Marchbank said she would meet both sides.",
    ], []),
    ("a spouse described by the office: the office stays the holder's", [
        "Chancellor Marcus Thorne said the fuel duty rise would raise about £1.9bn a year.",
        "Angela Thorne, the chancellor's wife, is a councillor in Hackney.",
        "Thorne said the money would go to the health service.",
    ], []),
    ("a spouse described by the office, then a second office for the holder", [
        "Chancellor Marcus Thorne said the fuel duty rise would raise about £1.9bn a year.",
        "Angela Thorne, the chancellor's wife, is a councillor in Hackney.",
        "Home Secretary Marcus Thorne said the money would go to the police.",
    ], [("person-title-conflict", 7)]),
    ("an investment minister, then a foreign minister; a change word only inside a quote", [
        "Indonesian Investment Minister Budi Hartono said the complaint was unfair.",
        "Officials said talks would continue.",
        "Foreign Minister Budi Hartono said Jakarta would \"defend this policy for as long as it takes\".",
    ], [("person-title-conflict", 7)]),
    ("a change word outside the quote still explains the second office", [
        "Indonesian Investment Minister Budi Hartono said the complaint was unfair.",
        "Officials said talks would continue.",
        "Foreign Minister Budi Hartono, who took the post last week, said Jakarta would \"not give way\".",
    ], []),
    ("a deputy investment minister beside the investment minister", [
        "Indonesian Investment Minister Budi Hartono said the complaint was unfair.",
        "Officials said talks would continue.",
        "Indonesia's deputy investment minister, Lestari Wibowo, said permits would still be issued.",
    ], []),
    # issue 13, fresh set people-3: roles read however written, ranks of several forces and the church
    ("an executive director later called the artistic director", [
        "The orchestra's executive director, Ruth Abrahams, said the vote had been unanimous.",
        "Players welcomed the decision.",
        "Abrahams, who has been the orchestra's artistic director since 2019, said a guest conductor would follow.",
    ], [("person-title-conflict", 7)]),
    ("the artistic directors of two theatres", [
        "Prairie Lights Theatre artistic director Jolene Fontaine said the season was set.",
        "The Royal Crescent Theatre's artistic director, Simon Hart, congratulated her.",
    ], []),
    ("a senior superintendent later a deputy inspector general", [
        "Senior Superintendent of Police (SSP) Amandeep Kaur Brar said three men had been arrested.",
        "SSP Brar said the drone had come from across the border.",
        "Deputy Inspector General Brar said 146 cases had been registered.",
    ], [("person-title-conflict", 7)]),
    ("an assistant commissioner later a superintendent", [
        "ACP Mohd Zulkifli said five men had been arrested.",
        "All five tested positive for drugs, ACP Mohd Zulkifli said.",
        "Supt Mohd Zulkifli said two more men were being sought.",
    ], [("person-title-conflict", 7)]),
    ("an archdeacon later called bishop, her husband beside her", [
        "The Ven Margaret Oduya was installed as archdeacon on Saturday.",
        "Her husband, Dr Samuel Oduya, watched from the front row.",
        "Archdeacon Oduya, who was previously a vicar, thanked the parish.",
        "Bishop Oduya said she would visit every parish.",
    ], [("person-title-conflict", 9)]),
    ("a bishop and his sister", [
        "The service was led by the Rt Rev David Pennant.",
        "Joanna Pennant, the bishop's sister, read the lesson.",
        "Bishop Pennant said the diocese owed the parish a debt.",
    ], []),
    ("brothers, a sergeant and a corporal", [
        "Among those marching were brothers Sergeant Liam Hart and Corporal Ryan Hart.",
        "Sgt Hart said their mother had travelled from Spain.",
        "Cpl Hart said he had missed the birth of his first child.",
    ], []),
    ("a promotion from the rank later used stated", [
        "Lieutenant Colonel Fiona Drummond led the parade.",
        "Lt Col Drummond, who was promoted from Major in 2024, said the tour had been demanding.",
        "Major Drummond thanked the families.",
    ], []),
    ("a lieutenant-colonel, hyphenated, later a major", [
        "Lieutenant-Colonel Fiona Drummond led the parade.",
        "Crowds lined the streets.",
        "Major Drummond thanked the families.",
    ], [("person-title-conflict", 7)]),
    ("two athletic directors of one school", [
        "Athletic director Dana Whitfield announced the decision on Monday.",
        "The team finished 3-9.",
        "Marcus Hale, the school's athletic director, said a search would begin at once.",
    ], [("person-title-conflict", 7)]),
    ("an NDP member later called the Conservative member", [
        "Amrit Grewal (NDP), the MLA for Surrey-Kensington, said the ministry was overdue.",
        "Developers welcomed the move.",
        "Grewal, the Conservative MLA for Surrey-Kensington, told reporters she would meet builders.",
    ], [("person-title-conflict", 7)]),
    ("a club's chairman and a second chairman of the club named", [
        "The club's chairman, Alasdair Rennie, said the board was united.",
        "Thistle captain Kevin McLeod said the squad had been told on Monday.",
        "Thistle chairman Ian Baird said there was money to spend in January.",
    ], [("person-title-conflict", 7)]),
    ("a club's chairman and the supporters' trust chair", [
        "The club's chairman, Alasdair Rennie, said the board was united.",
        "Thistle captain Kevin McLeod said the squad had been told on Monday.",
        "Trust chair Elaine Rennie, the chairman's sister-in-law, said fans wanted stability.",
        "Thistle chairman Alasdair Rennie said there was money to spend in January.",
    ], []),
    ("a commissioner later called deputy commissioner", [
        "Commissioner Karen Webb said the force was stretched.",
        "Officers worked double shifts.",
        "Deputy Commissioner Karen Webb said overtime would be paid.",
    ], [("person-title-conflict", 7)]),
    ("an NDP member of a provincial parliament later called a Liberal", [
        "Jane Doe (NDP), the MPP for Oshawa, voted against the bill.",
        "The bill passed.",
        "Jane Doe, the Liberal MPP for Oshawa, said she was disappointed.",
    ], [("person-title-conflict", 7)]),
    ("two chairmen of one company, a bid in the sentence", [
        "Acme Ltd chairman Tom Reed said the year had been good.",
        "Analysts agreed.",
        "Acme chairman Sam Hill said the takeover bid was dead.",
    ], [("person-title-conflict", 7)]),
    ("a body's president later called vice-president", [
        "The party was organised by Akhil Bharat Hindu Mahasabha (All India Hindu Union) president Swami Chakrapani.",
        "At the event, ABHM president Chakrapani said the virus had come because of meat eaters.",
        "Earlier this month, vice-president Swami Chakrapani told reporters the parties would go on.",
    ], [("person-title-conflict", 7)]),
    ("a body's president who is also a country's vice-president, with its country", [
        "Lakas party president Sara Duterte said the party would field candidates.",
        "Philippine Vice-President Sara Duterte said the budget was fair.",
    ], []),
    # issue 13, fresh set people-4: a bare "the chairman" is the story's own body's; editors; candidates
    ("the branch secretary, unowned, given to two people", [
        "The branch secretary, Joanne Pryce, said the rotas were unfair.",
        "Drivers voted to seek a ballot.",
        "Gary Threlfall, the branch secretary, said a grievance had been lodged.",
    ], [("person-title-conflict", 7)]),
    ("the branch secretary and the assistant branch secretary", [
        "The branch secretary, Joanne Pryce, said the rotas were unfair.",
        "Drivers voted to seek a ballot.",
        "The assistant branch secretary, Nadia Hussain, read out a message of support.",
    ], []),
    ("manager X and manager Y, neither definite", [
        "Manager Joanne Pryce said the shop would open on Sunday.",
        "Drivers voted to seek a ballot.",
        "Manager Gary Threlfall said his depot would close.",
    ], []),
    ("the chairman beside the chairman of the club the lead names", [
        "Ashbourne Rovers will rebuild the East Stand, the club's board said on Friday.",
        "The chairman, Richard Oakes, said the project would cost £14m.",
        "Martin Hale, the Rovers chairman, said prices would be protected.",
    ], [("person-title-conflict", 7)]),
    ("the stand-in captain beside a captain of a club, the lead naming both", [
        "Indore Titans beat Gwalior Gladiators by 15 runs on Monday night.",
        "The hosts were led by Aditya Rawat, the stand-in captain.",
        "Titans head coach Sunil Pathak praised the bowlers.",
        "Gladiators captain Sandeep Tomar said his side had batted poorly.",
    ], []),
    ("a newspaper's editor later called its deputy editor", [
        "Helen Achterberg, editor of the Evening Courier since 2021, will lead the newsroom.",
        "Staff were told on Monday.",
        "Deputy editor Helen Achterberg said the teams would be organised by patch.",
    ], [("person-title-conflict", 7)]),
    ("the former deputy editor who becomes another title's editor", [
        "Helen Achterberg, editor of the Evening Courier since 2021, will lead the newsroom.",
        "Marcus Lyle, the former deputy editor of the Evening Courier, becomes editor of the Weekend Courier.",
        "He succeeds Janet Oduya, who is leaving to become editor of the Durham Advertiser.",
    ], []),
    ("a party's choice later called another party's candidate", [
        "Fianna Fáil chose Caoimhe Ní Chonaill at a convention on Saturday.",
        "Fine Gael has selected Declan Hurley.",
        "Ní Chonaill, the Fine Gael candidate, said she expected transfers.",
    ], [("person-title-conflict", 7)]),
    ("a councillor who joined another party, stated", [
        "Aoife Kiely was elected for Labour in 2019 before joining the Social Democrats in 2024.",
        "She lives in Ballincollig.",
        "Social Democrats candidate Aoife Kiely said housing came first.",
    ], []),
    # issue 13, fresh set people-5: department heads, a university's provost, an Irish council's one chair
    ("one person heading two departments of one council", [
        "The council's head of libraries, Fiona Greig, said the busiest branches were protected.",
        "Campaigners said the plan would leave towns without a library.",
        "Fiona Greig, the council's head of finance, said the trial had gone well.",
    ], [("person-title-conflict", 7)]),
    ("one department written longer and shorter", [
        "The council's head of libraries and archives, Fiona Greig, said the busiest branches were protected.",
        "Campaigners said the plan would leave towns without a library.",
        "Fiona Greig, the council's head of libraries, said the trial had gone well.",
    ], []),
    ("two departments headed at once, stated in one sentence", [
        "Fiona Greig, the council's head of libraries and head of culture, said the busiest branches were protected.",
        "Campaigners said the plan would leave towns without a library.",
        "Fiona Greig, the council's head of culture, said the museum would stay open.",
    ], []),
    ("a former head of another department", [
        "The council's former head of finance, Fiona Greig, has led the libraries since May.",
        "Campaigners said the plan would leave towns without a library.",
        "Fiona Greig, the council's head of libraries, said the trial had gone well.",
    ], []),
    ("a vice-chancellor later called provost", [
        "Dr Ruth Kane, the university's president and vice-chancellor, announced the campus.",
        "The province will pay $40 million towards it.",
        "Provost and vice-president (academic) Ruth Kane said the first intake would be small.",
    ], [("person-title-conflict", 7)]),
    ("a provost who is not the vice-chancellor", [
        "Dr Ruth Kane, the university's president and vice-chancellor, announced the campus.",
        "The province will pay $40 million towards it.",
        "Provost and vice-president (academic) Anil Deshpande said the first intake would be small.",
    ], []),
    ("a lawmaker of one party, later another's member", [
        "The notice was signed by Hon. Ifeoma Okoro of the Labour Party and three colleagues.",
        "The speaker dismissed the notice.",
        "Ifeoma Okoro, the APC member for Udi North, said the numbers were there.",
    ], [("person-title-conflict", 7)]),
    ("the lawmaker, the paragraph's one person, in another party", [
        "The notice was signed by Hon. Ifeoma Okoro of the Labour Party and three colleagues.",
        "Mrs Okoro appeared confident. \"Numbers don't lie,\" said the lawmaker, who is serving her second term as the APC member for Udi North.",
    ], [("person-title-conflict", 5)]),
    ("a lawmaker's defection stated", [
        "The notice was signed by Hon. Ifeoma Okoro of the Labour Party and three colleagues.",
        "Ifeoma Okoro, who formally defected to the APC on Monday, said she had no regrets.",
        "Ifeoma Okoro, the APC member for Udi North, said the numbers were there.",
    ], []),
    ("two people given one council's chair", [
        "Members of Sligo County Council met on Monday.",
        "The Cathaoirleach, Cllr Áine Walsh (FF), said the road was dangerous.",
        "Cathaoirleach Cllr Brian Healy (FG) thanked members for their contributions.",
    ], [("person-title-conflict", 7)]),
    ("two councils' chairs", [
        "Members of Sligo County Council and Leitrim County Council met on Monday.",
        "The Cathaoirleach, Cllr Áine Walsh (FF), said the road was dangerous.",
        "Cathaoirleach Cllr Brian Healy (FG) thanked members for their contributions.",
    ], []),
    ("a former chair beside the chair", [
        "The Cathaoirleach, Cllr Áine Walsh (FF), said the road at Sligo County Council's depot was dangerous.",
        "The motion was seconded by Cllr Brian Healy (FG), a former Cathaoirleach of the council.",
        "Cllr Brian Healy said the issue had been raised before.",
    ], []),
    ("a state's attorney general later called prime minister", [
        "Ontario Attorney General Ruth Kagan said the province would appeal.",
        "The ruling came on Friday.",
        "Prime Minister Ruth Kagan said the court had overreached.",
    ], [("person-title-conflict", 7)]),
    ("a province's premier is the premier", [
        "Quebec Premier Lise Roy said the province would appeal.",
        "The ruling came on Friday.",
        "Premier Lise Roy said the court had overreached.",
    ], []),
    # posts of any wording (roles.yaml title_heads), compared by their words
    ("two posts of one body in two wordings", [
        "Depot manager Aled Pryce said the new buses would arrive in June.",
        "Drivers said the old fleet broke down weekly.",
        "Fleet director Aled Pryce said the spare parts were already in stock.",
    ], [("person-title-conflict", 7)]),
    ("a title with its region before the name, then the body's chief executive", [
        "Varden Health regional operations officer for the South West, Rhian Tate, said the clinic would reopen.",
        "Patients said the closure had been hard.",
        "Varden Health chief executive Rhian Tate said the money had been found.",
    ], [("person-title-conflict", 7)]),
    ("a department's manager, later the trust's medical director", [
        "Clinical manager of outpatient services Jo Lund said the new wing would open in May.",
        "Waiting times have doubled since 2022.",
        "Jo Lund, the trust's medical director, said more consultants were needed.",
    ], [("person-title-conflict", 7)]),
    ("two unique roles of different kinds for one person", [
        "City manager Dana Orr told the council the budget was balanced.",
        "Councillors voted 9-2 to approve it.",
        "Chief financial officer Dana Orr said reserves would cover the shortfall.",
    ], [("person-title-conflict", 7)]),
    ("the organisation's head, later a deputy's post in it", [
        "Paula Wren, who runs the charity, said demand had never been higher.",
        "The food bank opens three days a week.",
        "Assistant volunteer coordinator Paula Wren said 40 people had come forward.",
    ], [("person-title-conflict", 7)]),
    ("the organisation's head a verb makes, beside another post: the verb says too little", [
        "Paula Wren, who runs the charity, said demand had never been higher.",
        "The food bank opens three days a week.",
        "Volunteer coordinator Paula Wren said 40 people had come forward.",
    ], []),
    ("one returning officer given to two people", [
        "Borough clerk Ian Moss, who serves as the town's returning officer, said the count was fair.",
        "The turnout was 31 per cent.",
        "Returning officer Ruth Okafor said every ballot had been checked twice.",
    ], [("person-title-conflict", 7)]),
    ("one department's head given to two people", [
        "The council's head of finance, Ruth Abney, said the gap was £4m.",
        "Councillors voted 9-2 to approve the budget.",
        "Head of finance Paul Okafor said reserves would cover it.",
    ], [("person-title-conflict", 7)]),
    ("the heads of two departments", [
        "The council's head of finance, Ruth Abney, said the gap was £4m.",
        "Councillors voted 9-2 to approve the budget.",
        "Head of libraries Paul Okafor said every branch would stay open.",
    ], []),
    ("two titles of any wording may name one post two ways", [
        "Sales director Rita Gale said prices would rise.",
        "Shares fell 2 per cent.",
        "Rita Gale, the firm's commercial director, said costs had climbed.",
    ], []),
    ("two posts given in one paragraph introduce both", [
        "Harbour manager Tom Ryan said 40 boats were tied up. Ryan, the port's chief executive, said the wall would hold.",
        "Storms are forecast until Friday.",
    ], []),
    ("a captain is no post: held beside one", [
        "Club captain Ali Khan scored twice.",
        "Fans stayed late.",
        "Ali Khan, the club's community officer, thanked the volunteers.",
    ], []),
    ("a council's chief executive is often its returning officer", [
        "Council chief executive Jane Smith said turnout was high.",
        "The count went on overnight.",
        "Returning officer Jane Smith declared the result at 4am.",
    ], []),
    ("a school's head football coach is no head teacher", [
        "Athletic director Tom Beck said the new field would open in May.",
        "Fans cheered.",
        "Tom Beck, the school's head football coach, said the team was ready.",
    ], []),
    ("a finance chief is the chief financial officer", [
        "Finance chief Leo Park said margins had held up.",
        "Shares rose 3 per cent.",
        "Leo Park, the company's chief financial officer, said the dividend would rise.",
    ], []),
    ("a president who is also chief executive", [
        "Acme president Amy Dole said orders had recovered.",
        "Shares rose 3 per cent.",
        "Acme chief executive Amy Dole said the plant would stay open.",
    ], []),
    ("two posts with a promotion stated", [
        "Depot manager Aled Pryce, who was promoted in May, said the buses would arrive in June.",
        "Drivers said the old fleet broke down weekly.",
        "Fleet director Aled Pryce said the spare parts were in stock.",
    ], []),
    ("a former post beside the current one", [
        "Former depot manager Aled Pryce said the buses had always been late.",
        "Drivers agreed.",
        "Fleet director Aled Pryce said the spare parts were in stock.",
    ], []),
    ("a post in a company and the chair of a committee", [
        "Acme operations manager Sam Hale said the site would be fenced.",
        "Residents had complained for years.",
        "Sam Hale, who chairs the residents' forum, said the fence was welcome.",
    ], []),
    ("two posts held by two people who share a surname", [
        "Depot manager Aled Pryce said the buses would arrive in June.",
        "Drivers said the old fleet broke down weekly.",
        "Fleet director Mair Pryce said the spare parts were in stock.",
    ], []),
    ("a promotion stated past the person's relative clause", [
        "Sgt Ewa Nowak, who speaks Polish and Ukrainian and interviewed many of the workers, was promoted to inspector last month.",
        "Insp Nowak said the hardest part had been winning the men's trust.",
    ], []),
    ("a promotion stated inside the person's relative clause", [
        "Detective Sergeant Lowri Price, who led the police investigation and has since been promoted to inspector, told the inquest it was an accident.",
        "Inspector Price said the evidence pointed to a fall.",
    ], []),
    ("two ranks with no promotion, a long relative clause between", [
        "Detective Sergeant Lowri Price, who led the police investigation and interviewed all of the walkers, told the inquest it was an accident.",
        "Inspector Price said the evidence pointed to a fall.",
    ], [("person-title-conflict", 5)]),
    ("two ranks with no promotion, a relative clause between", [
        "Sgt Ewa Nowak, who speaks Polish and Ukrainian and interviewed many of the workers, said the men had been afraid.",
        "Insp Nowak said the hardest part had been winning the men's trust.",
    ], [("person-title-conflict", 5)]),
    ("a forwards coach later the club's head coach, beside its head coach", [
        "Head coach Viliami Fonua said he had followed the prop for years.",
        "Forwards coach Tevita Mahe will oversee the prop's first weeks at the club.",
        "The club's head coach, Tevita Mahe, said the prop would be eased back into contact work.",
    ], [("person-title-conflict", 7)]),
    ("a forwards coach and a head coach of one club", [
        "Head coach Viliami Fonua said he had followed the prop for years.",
        "Forwards coach Tevita Mahe will oversee the prop's first weeks at the club.",
        "Mahe said the prop would be eased back into contact work.",
    ], []),
    ("a group leader of one party later in another", [
        "The opposition leader, Cllr Mykola Shevchuk, who leads the Conservative group, said the plan was wrong.",
        "Residents have until Friday to respond.",
        "Cllr Shevchuk (Liberal Democrat) said the ward was the poorest of the three.",
    ], [("person-title-conflict", 7)]),
    ("a group leader of the party the brackets give", [
        "Cllr Mykola Shevchuk, who leads the Conservative group, said the plan was wrong.",
        "Cllr Shevchuk (Con) said the ward was the poorest of the three.",
    ], []),
    ("a board chaired by one person, a chair named later", [
        "The association's board is chaired by Dr Gwenan Prydderch, a retired GP who joined it in 2019 and became chair in 2022.",
        "Emlyn Rowlands, a board member, said he had raised concerns.",
        "The association's chair, Emlyn Rowlands, said the board would publish a progress report.",
    ], [("person-title-conflict", 7)]),
    ("a chair who stepped down, and the chair", [
        "Dr Gwenan Prydderch, who became chair in 2019, stepped down in May.",
        "Emlyn Rowlands, a board member, said he had raised concerns.",
        "The association's chair, Emlyn Rowlands, said the board would publish a progress report.",
    ], []),
    ("a general secretary re-elected as the union's president beside its president", [
        "The union's general secretary, Adebayo Ogunleye, told delegates the firm had run out of excuses.",
        "The conference is chaired by the union's president, Chiamaka Nwosu, a senior carer who was elected to the post in 2023.",
        "Mr Ogunleye, who was re-elected as the union's president last year, said the ballot would open in July.",
    ], [("person-title-conflict", 7)]),
    ("a president elected after the other stepped down", [
        "The union's president, Chiamaka Nwosu, said the vote was clear.",
        "Mr Ogunleye, who stepped down as the union's president last year, said the ballot would open in July.",
    ], []),
    ("an analyst at one firm later of another", [
        "Dang Thu Ha, an analyst at Meridian Research in Singapore, said the valuation was punchy.",
        "Routelane's chief executive said the market was big enough.",
        "Ms Ha, of Brightline Analytics, said consolidation was likely within three years.",
    ], [("person-title-conflict", 7)]),
    ("an analyst of her own firm, and of a place", [
        "Dang Thu Ha, an analyst at Meridian Research in Singapore, said the valuation was punchy.",
        "Ms Ha, of Meridian Research, said consolidation was likely.",
        "Ms Ha, of Singapore, said the rules might change.",
    ], []),
    ("a second tourism minister in copy naming several countries", [
        "Tourism Minister Kavish Boodhun greeted the first passengers.",
        "Many of them had flown from France and India to board the ship.",
        "Tourism Minister Nadia Appadoo told MPs the plan would follow.",
    ], [("person-title-conflict", 7)]),
    ("two countries' foreign ministers, each introduced with the country", [
        "Chinese Foreign Minister Wang Yi arrived in Delhi on Monday.",
        "India's Foreign Minister Subrahmanyam Jaishankar greeted him at the airport.",
        "Foreign Minister Wang Yi said the talks had been useful.",
        "Foreign Minister Subrahmanyam Jaishankar said the border would be discussed.",
    ], []),
    ("a combined department's secretary later called by one of its names", [
        "Culture, Media and Sport Secretary Lisa Nandy said the review would report in May.",
        "Culture Secretary Lisa Nandy later told MPs the regulator would be independent.",
    ], []),
    ("Romania's president named: no conflict for the PM reference", [
        "Romanian President Ilinca Dobrescu said the referendum would take place.",
        "Dobrescu told ambassadors the new constitution came first.",
        "Dobrescu said a date had been set.",
        "Romania's prime minister, Tudor Vlasceanu, said the budget would cover the railways.",
    ], []),
]

# session 9: roles read in more of the ways copy writes them
READING_CASES = [
    ("an adjective inside the body's possessive", [
        "The regional authority's chief executive, Hamid Sayeed, said the new routes would start in spring.",
        "Bus operators said they had not been consulted.",
        "Joanna Pell, the regional authority's chief executive, said the timetable was fixed.",
    ], [("person-title-conflict", 7)]),
    ("an adjective inside the possessive, one holder", [
        "The regional authority's chief executive, Hamid Sayeed, said the new routes would start in spring.",
        "Hamid Sayeed, the regional authority's chief executive, said the timetable was fixed.",
    ], []),
    ("post-nominal letters after the holder of an office", [
        "Health Minister Rhona Quayle MHK said waiting lists had fallen.",
        "Doctors said the figures hid long waits for surgery.",
        "Speaking on Friday, the Minister for Health, Callum Teare MHK, said more money was coming.",
    ], [("person-title-conflict", 7)]),
    ("post-nominal letters, the same holder", [
        "Health Minister Rhona Quayle MHK said waiting lists had fallen.",
        "Speaking on Friday, the Minister for Health, Rhona Quayle MHK, said more money was coming.",
    ], []),
    ("a capitalised deputy's word and an abbreviation the copy defines", [
        "The National Disaster Agency (NDA) said 40 homes were flooded.",
        "NDA Deputy Director Lwazi Mkhize told reporters that teams had been sent overnight.",
        "National Disaster Director Lwazi Mkhize said more pumps were on the way.",
    ], [("person-title-conflict", 7)]),
    ("a deputy and the post held by two people stay quiet", [
        "The National Disaster Agency (NDA) said 40 homes were flooded.",
        "NDA Deputy Director Lwazi Mkhize told reporters that teams had been sent overnight.",
        "National Disaster Director Thandi Nkosi said more pumps were on the way.",
    ], []),
    ("a rank between the title and the name", [
        "Kota Bharu district police chief ACP Azman Yusof said 12 people were held.",
        "Residents said the raids had been expected for weeks.",
        "Kota Bharu deputy police chief Azman Yusof said the suspects would be charged on Monday.",
    ], [("person-title-conflict", 7)]),
    ("two Kenyan parties for one ward representative", [
        "The motion was tabled by Kabarnet Central MCA Joyce Chebet (ODM) on Tuesday.",
        "The assembly adjourned until next week.",
        "Outside the chamber, the UDA MCA for Kabarnet Central, Joyce Chebet, said she would appeal.",
    ], [("person-title-conflict", 7)]),
    ("one Kenyan party, said twice", [
        "The motion was tabled by Kabarnet Central MCA Joyce Chebet (ODM) on Tuesday.",
        "Outside the chamber, the ODM MCA for Kabarnet Central, Joyce Chebet, said she would appeal.",
    ], []),
    ("a rank between the title and the name, one post", [
        "Kota Bharu district police chief ACP Azman Yusof said 12 people were held.",
        "Kota Bharu deputy police chief Supt Rahim Osman said the suspects would be charged on Monday.",
    ], []),
]


@pytest.mark.parametrize("name,paragraphs,expected", READING_CASES, ids=[c[0] for c in READING_CASES])
def test_roles_read_in_more_ways(name, paragraphs, expected, rules):
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check="person-title-conflict") == expected


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_person_title_conflict(name, paragraphs, expected, rules):
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check="person-title-conflict") == expected


def test_the_company_the_headline_names_is_the_one_the_board_chair_chairs(rules):
    head = "date 2025-10-07 Bokamoso Platinum names new chief executive\n\n"
    body = [
        "The company's board chair, Nompumelelo Zondi, said the search had been thorough.",
        "The company said its shares rose 3.4% on Monday.",
        "Bokamoso chairman Peter Hendricks said the board had planned the succession for a year.",
    ]
    assert findings_of(head + "\n\n".join(body) + "\n", rules=rules, check="person-title-conflict") == [("person-title-conflict", 7)]
    # the headline's body is the one "the charity's" stands for: its chief executive is not also its chair
    head2 = "date 2025-10-07 Harbour Light opens second shelter\n\n"
    body2 = [
        "Harbour Light chief executive Joanna Pennant said the shelter was full every night.",
        "The charity served 300 meals last night.",
        "Joanna Pennant, the charity's chair, said funding had been cut.",
    ]
    assert findings_of(head2 + "\n\n".join(body2) + "\n", rules=rules, check="person-title-conflict") == [("person-title-conflict", 7)]
    # a chief executive who chairs a charity the copy never calls "the charity": another body
    head4 = "date 2026-03-11 Kestrel Mining posts record profit\n\n"
    body4 = [
        "Kestrel chief executive Jane Smith said the year had been strong.",
        "Output rose 8%.",
        "Smith also chairs a local food bank. Jane Smith, the charity's chair, said demand had doubled.",
    ]
    assert findings_of(head4 + "\n\n".join(body4) + "\n", rules=rules, check="person-title-conflict") == []
    # "committee chair" is a committee's, not the headline's company's
    head3 = "date 2026-07-15 Regulator opens review of takeover of FoodWay chain\n\n"
    body3 = [
        "\"The grower has one less door to knock on,\" committee chair Rosa Tambellini said.",
        "FoodWay chair Jennifer Lockhart urged shareholders to back the scheme.",
    ]
    assert findings_of(head3 + "\n\n".join(body3) + "\n", rules=rules, check="person-title-conflict") == []
    # another company, which the headline does not name, has a chairman of its own
    other = body[:2] + ["Kopano chairman Peter Hendricks said the appointment was safe."]
    assert findings_of(head + "\n\n".join(other) + "\n", rules=rules, check="person-title-conflict") == []


SUBJECT = [
    "Romanian President Ilinca Dobrescu said the referendum would take place on Wednesday.",
    "Dobrescu told ambassadors in Bucharest the new constitution came first.",
    "Dobrescu said a date had been set.",
]


@pytest.mark.parametrize("sentence,expected", [
    ("The opposition leader says he does not accept Romania's PM as legitimate, since her four-year mandate ran out in the spring.", [("person-title-conflict", 9)]),
    ("The opposition says it does not recognise Romania's prime minister as legitimate, as her term ended in May.", [("person-title-conflict", 9)]),
    # no term of office in the sentence: an ordinary reference to the PM
    ("Romania's PM said the budget would cover the railways for another year.", []),
    # "the Romanian prime minister" is ordinary usage, not a possessive reference
    ("The Romanian prime minister said his term had been demanding.", []),
    # the PM is the subject of the mandate, and named
    ("Romania's prime minister, Tudor Vlasceanu, said his mandate was clear.", []),
])
def test_unnamed_office_reference_that_points_at_the_subject(sentence, expected, rules):
    text = HEAD + "\n\n".join([*SUBJECT, sentence]) + "\n"
    assert findings_of(text, rules=rules, check="person-title-conflict") == expected


def test_offices_in_captions_are_not_compared(rules):
    text = (
        "---\ntitle: Ministers respond to ferry strike\ndate: 2026-03-11\n---\n\n"
        "Transport Secretary Helen Marchbank said she was concerned by the disruption.\n\n"
        "![Helen Marchbank](/media/marchbank.jpg)\n\n"
        "*Picture: Home Secretary Helen Marchbank visiting Holyhead*\n\n"
        "Union officials said more dates could follow.\n"
    )
    assert findings_of(text, "md", rules, check="person-title-conflict") == []


def _run(text, entities):
    doc = load_text(text, "txt", "<text>")
    context = Context({"person-title-conflict": {"min-subject-mentions": 3}}, knowledge={"entities": entities})
    return [doc.line_col(h.span.start)[0] for h in person_title_conflict.run(doc, context)]


def test_declared_titles_are_known_offices():
    text = HEAD + "\n\n".join([
        "Prime Minister Andrej Kovac said the coalition would hold together.",
        "President Andrej Kovac is expected to address parliament on Thursday.",
    ]) + "\n"
    both = SimpleNamespace(name="Andrej Kovac", aliases=("Kovac",), variants=(), titles=("Prime Minister", "President"))
    assert _run(text, ()) == [5]
    assert _run(text, (both,)) == []


def test_declared_title_conflicts_with_a_different_office():
    text = HEAD + "Home Secretary Helen Marchbank said the government would not stand by.\n"
    entity = SimpleNamespace(name="Helen Marchbank", aliases=(), variants=(), titles=("Transport Secretary",))
    assert _run(text, (entity,)) == [3]
    assert _run(text, ()) == []


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article_reports_exactly_the_planted_title_and_headline_problems(rules):
    from factcheck.engine import check_text

    ours = {"headline-conflict", "stray-headline", "headline-body-conflict", "person-title-conflict", "name-variant"}
    found = [
        (f.check, f.line)
        for f in check_text(SEED.read_text(encoding="utf-8"), rules=rules)
        if f.check in ours and str(f.severity) in ("warning", "error")
    ]
    assert found == [("stray-headline", 30), ("person-title-conflict", 38), ("stray-headline", 51), ("name-variant", 76)]


def test_people_are_read_once_per_document(rules, monkeypatch):
    from factcheck.reading import people as _people
    from factcheck.engine import check_text

    calls = []
    real = _people.read_people
    monkeypatch.setattr(_people, "read_people", lambda texts, kb, rk=None: calls.append(len(texts)) or real(texts, kb, rk))
    text = HEAD + "Transport Secretary Helen Marchbank said she was concerned.\n\nHome Secretary Helen Marchbank said the government would act.\n"
    found = {f.check for f in check_text(text, rules=rules)}
    assert "person-title-conflict" in found
    assert len(calls) == 1


# "Club president X" at a sentence's start is the story's club, as "the club's president" is.
_CLUB_HEAD = "date 2026-07-15 Northcote Magpies back their coach\n\n"


@pytest.mark.parametrize("paragraphs,expected", [
    (["Club president Grant Holloway said the coach was safe.", "The club has not won this season.", "Magpies president Steve Marinos said a review was under way."],
     [("person-title-conflict", 7)]),
    # the copy never calls the Magpies "the club": the bare "club president" may be another club's
    (["Club president Grant Holloway said the coach was safe.", "The Magpies have not won this season.", "Magpies president Steve Marinos said a review was under way."], []),
    # a word that ends club names ("City") is a short name, not the story's club
    (["City president Grant Holloway said the coach was safe.", "The club has not won this season.", "Magpies president Steve Marinos said a review was under way."], []),
])
def test_a_capitalised_body_noun_before_a_role_is_the_storys_body(paragraphs, expected, rules):
    assert findings_of(_CLUB_HEAD + "\n\n".join(paragraphs) + "\n", rules=rules, check="person-title-conflict") == expected


OBITUARY = "date 2025-10-30 Margaret Corrie, cellist who took the orchestra into schools, dies aged 84\n\n"


@pytest.mark.parametrize("name,paragraphs,expected", [
    ("an obituary's subject given two section principals by pronoun", [
        "Margaret Corrie, who has died aged 84, spent four decades with the Caledon Philharmonic Orchestra.",
        "In 1972 she was appointed the orchestra's principal cellist. She held the post until 1998.",
        "Her husband, Alasdair Corrie, played timpani.",
        "Looking back on the 26 years she spent as the orchestra's principal viola, she said she had no regrets.",
        "Margaret Corrie is survived by her husband.",
    ], [("person-title-conflict", 9)]),
    ("a move from one section to another stated", [
        "Margaret Corrie, who has died aged 84, spent four decades with the Caledon Philharmonic Orchestra.",
        "In 1970 she was the orchestra's principal viola. She played it for two seasons.",
        "Her husband, Alasdair Corrie, played timpani.",
        "In 1972 she switched to become the orchestra's principal cellist, and she held the post until 1998.",
        "Margaret Corrie is survived by her husband.",
    ], []),
    ("the other pronoun's role is not the subject's", [
        "Margaret Corrie, who has died aged 84, spent four decades with the Caledon Philharmonic Orchestra.",
        "In 1972 she was appointed the orchestra's principal cellist. She held the post until 1998.",
        "Her husband, Alasdair Corrie, played timpani; in 1975 he became the orchestra's principal viola.",
        "She said she had no regrets, and she never looked back.",
        "Margaret Corrie is survived by her husband.",
    ], []),
    ("a pronoun after someone else named in the paragraph", [
        "Margaret Corrie, who has died aged 84, spent four decades with the Caledon Philharmonic Orchestra.",
        "In 1972 she was appointed the orchestra's principal cellist. She held the post until 1998.",
        "Ruth Ogilvie joined the orchestra in 1970. In 1974 she was appointed the orchestra's principal viola.",
        "Margaret Corrie is survived by her husband.",
    ], []),
], ids=lambda v: v if isinstance(v, str) else "")
def test_roles_told_by_pronoun_are_the_subjects(name, paragraphs, expected, rules):
    """In a piece whose headline names one person, "she was appointed the orchestra's principal cellist" is theirs."""
    text = OBITUARY + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, rules=rules, check="person-title-conflict") == expected


def test_two_holders_are_found_among_many_organisations():
    # Six firms each with its chief executive: six bodies, no conflict. A seventh chief executive of one of them,
    # its name a letter out, and an eighth of one named inside a longer name, are second holders; a firm whose
    # words are the same names the other way round is another firm.
    firms = ["Kowalski Okoye", "Haddad Caldwell", "Quayle Pritchard", "Abbott Rowntree", "Fairbairn Lomax", "Dunmore Iqbal"]
    people = ["Rhian Kowalski", "Dafydd Haddad", "Usman Quayle", "Callum Abbott", "Pavel Fairbairn", "Ines Dunmore"]
    paragraphs = [f"{p}, chief executive of {f} in Carmarthen, said the award would help." for p, f in zip(people, firms)]
    text = "date 2026-03-11 Business awards shortlist announced\n\n" + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, check="person-title-conflict") == []
    paragraphs += [
        "Tamsin Brennan, chief executive of Haddad Caldwel, said the firm was delighted.",
        "Jonah Marsh, chief executive of Kowalski Okoye Holdings, said it was a good year.",
        "Farid Evans, chief executive of Okoye Kowalski, said the firm would expand.",
    ]
    text = "date 2026-03-11 Business awards shortlist announced\n\n" + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, check="person-title-conflict") == [("person-title-conflict", 15), ("person-title-conflict", 17)]


ROLE_CASES = [
    ("an association's chairman later its secretary", [
        "The Chairman of the Harbour Traders Association, Mr Emeka Obi, put the losses at N450 million.",
        "Firefighters were at the scene for five hours.",
        "The association's secretary, Mr Emeka Obi, said traders had asked for new wiring.",
    ], [("person-title-conflict", 7)]),
    ("a club's chairman and an association's secretary: two bodies", [
        "The chairman of the Harbour Sailing Club, Emeka Obi, said the regatta would go ahead.",
        "Firefighters were at the scene for five hours.",
        "The association's secretary, Emeka Obi, said traders had asked for new wiring.",
    ], []),
    ("a secretary no body's", [
        "Emeka Obi, chairman of the Harbour Traders Association, said the market would reopen.",
        "The doctor's secretary, Ada Obi, said the clinic was closed, and the club's press secretary, Emeka Obi, agreed.",
    ], []),
    ("a senior coroner later called assistant coroner", [
        "Senior coroner for North Wessex, Justine Okoro, recorded a conclusion of road traffic collision.",
        "The inquest heard evidence from two witnesses.",
        "Assistant coroner Justine Okoro said the driver had not been speeding.",
    ], [("person-title-conflict", 7)]),
    ("an assistant coroner later called the coroner", [
        "Assistant coroner Justine Okoro recorded a conclusion of road traffic collision.",
        "The inquest heard evidence from two witnesses.",
        "The coroner, Justine Okoro, said the driver had not been speeding.",
    ], []),
    # (in copy that names one council: each "City Clerk" is that council's)
    ("a city's clerk given to two people", [
        "City Clerk Patricia Nunez said the city would not swear in any member until the county certifies the result.",
        "Millbrook City Council meets on Tuesday.",
        "City Clerk Dolores Whitaker said council meetings would go ahead as scheduled.",
    ], [("person-title-conflict", 7)]),
    ("two bodies' directors general", [
        "Bangladesh Railway Director General Nazmul Karim said the train would run six days a week.",
        "Tickets go on sale on Monday.",
        "Civil Aviation Authority Director General Anisur Rahman said the airport would stay open.",
    ], []),
    ("an assistant commissioner of police later a deputy commissioner", [
        "The investigation was led by Assistant Commissioner of Police Vikram Rathore.",
        "Eleven people have been arrested.",
        "DCP Rathore said more arrests were likely.",
    ], [("person-title-conflict", 7)]),
    ("a promotion stated", [
        "The investigation was led by Assistant Commissioner of Police Vikram Rathore.",
        "Eleven people have been arrested.",
        "DCP Rathore, who was promoted last month, said more arrests were likely.",
    ], []),
    ("a Canadian staff sergeant later an inspector", [
        "Staff Sgt. Karen Lowry said the unit would have 16 officers.",
        "Break-ins rose by almost 40 per cent over the winter.",
        "Insp. Lowry said the unit would publish monthly figures.",
    ], [("person-title-conflict", 7)]),
]


@pytest.mark.parametrize("name,paragraphs,expected", ROLE_CASES, ids=[c[0] for c in ROLE_CASES])
def test_roles_of_associations_coroners_clerks_and_police_ranks(name, paragraphs, expected):
    text = "date 2026-03-11 Market fire inquiry opens\n\n" + "\n\n".join(paragraphs) + "\n"
    assert findings_of(text, check="person-title-conflict") == expected


def test_executive_chairs_of_two_companies_are_two_people():
    # "Executive" says what kind of chair, not whose: no body called Executive has two chairs
    text = "date 2026-03-11 Bakers report results\n\n" + "\n\n".join([
        "Executive chairman Tom Reed said Acme Foods would open two bakeries next year.",
        "Flour prices rose by a fifth over the winter.",
        "Executive chairman Ann Lee said Bolt Pies had no plans to expand.",
    ]) + "\n"
    assert findings_of(text, check="person-title-conflict") == []


# issue 13: roles read from copy written for the evaluation sets of session 13 (people-12, mixed-24 to -26): each with its own publication date
FROM_SESSION_13_SETS = [
    ('a co-founder and chief executive named after her roles, and another chief executive', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["Twara's co-founder and chief executive, Aline Uwase, said the money would open offices in Kampala.", 'Ms Uwase said the company would hire 60 engineers.', '"The corridor is the prize," said Jean-Bosco Niyonsenga, Twara\'s chief executive.'], [7]),
    ('a co-founder and chief executive, and a chief technology officer', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["Twara's co-founder and chief executive, Aline Uwase, said the money would open offices in Kampala.", 'Ms Uwase said the company would hire 60 engineers.', '"The corridor is the prize," said Jean-Bosco Niyonsenga, Twara\'s chief technology officer.'], []),
    ('a committee described before its chair, two chairs', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ['"He held the place together," said Regent Laura Benning, who chairs the 15-member search committee.', 'Search committee chair Dale Ortiz said the committee had interviewed 11 candidates.'], [5]),
    ('a former committee chair is no rival', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["Coun. Rob Ferreira, who chairs the city's transit committee, said council would not act.", 'Mayor Linda Osei, a former transit committee chair herself, urged both sides to talk.'], []),
    ("a named body's board chair is its chair", 'date 2026-03-11 Ministers respond to ferry strike\n\n', ['Tobacco Commission chief executive Dr Joseph Chikapa said sales would rise.', 'Tobacco Commission board chairperson Dr Joseph Chikapa said inspections would increase.'], [5]),
    ("a fund's chairman, styled by his first name, called its treasurer", 'date 2026-03-11 Ministers respond to ferry strike\n\n', ['The Eastern Caribbean Relief Fund was set up two days after the storm.', 'Fund chairman Sir Errol Baptiste, a retired judge, said donations had passed US$3 million.', "Sir Errol, the fund's treasurer, said trustees would meet on Thursday."], [7]),
    ("a fund's chairman, a retired judge, and its treasurer", 'date 2026-03-11 Ministers respond to ferry strike\n\n', ['The Eastern Caribbean Relief Fund was set up two days after the storm.', 'Fund chairman Sir Errol Baptiste, a retired judge, said donations had passed US$3 million.', "Claudette Ollivierre, the fund's treasurer, said trustees would meet on Thursday."], []),
    ("a cooperative's chair called its vice-chair", 'date 2026-03-11 Ministers respond to ferry strike\n\n', ['Kwabena Asante-Darko, who chairs the board, told delegates the premium was owed to farmers.', "The cooperative's vice-chair, Kwabena Asante-Darko, closed the meeting."], [5]),
    ("an orchestra's principal conductor called its assistant conductor", 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["The opening concert will be conducted by Anna-Lisa Verhoeven, the orchestra's principal conductor.", 'Assistant conductor Anna-Lisa Verhoeven will also conduct the schools concert.'], [5]),
    ("an orchestra's principal conductor and its assistant conductor", 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["The opening concert will be conducted by Anna-Lisa Verhoeven, the orchestra's principal conductor.", 'Assistant conductor Hemi Walker will conduct the schools concert.'], []),
    ("a union's general secretary, beside a notice served", 'date 2026-03-11 Ministers respond to ferry strike\n\n', ['"Our members have waited two years," general secretary Mwila Chanda told reporters at the union\'s offices.', "Joseph Banda, the union's general secretary, said the notice had been served in line with the law."], [5]),
    ('a partner at one firm and of another', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ['Marc Tremblay, a partner at Lussier Gagnon Architects, said the bid won.', 'Mr. Tremblay, of Northgate Design Group, said the decision was fair.'], [5]),
    ('an analyst of one kind at one firm and at another', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ['Rachel Tan, a resources analyst at Southbank Securities, said the pause was right.', 'Harbourline Partners analyst Rachel Tan said the guidance was good news.'], [5]),
    ("a chief executive who chairs the hospital's board", 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["Siobhan Keane, the hospital's chief executive, said the beds would open in January.", "Ms Keane, who chairs the hospital's board, said its members had approved the plan."], [5]),
    ("a chief executive and the chair of the hospital's board", 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["Siobhan Keane, the hospital's chief executive, said the beds would open in January.", "Tom Smith, who chairs the hospital's board, said its members had approved the plan."], []),
    ('a vice-chancellor called the deputy of a part', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["Professor Sipho Ndlovu, the university's vice-chancellor and principal, said the plan was fair.", 'Deputy vice-chancellor for student affairs Professor Sipho Ndlovu said the beds would be inspected.'], [5]),
    ('a vice-chancellor and the deputy of a part', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["Professor Sipho Ndlovu, the university's vice-chancellor and principal, said the plan was fair.", 'Deputy vice-chancellor for student affairs Professor Ann Botha said the beds would be inspected.'], []),
    ('two state chairmen of one party', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["The party's state chairman, Alhaji Yusuf Abdulkadir, announced the date of the primaries.", "The party's state chairman, Tunde Olaniyan, told journalists the primaries would be peaceful."], [5]),
    ('a state chairman and a national chairman of one party', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["The party's state chairman, Alhaji Yusuf Abdulkadir, announced the date of the primaries.", "The party's national chairman, Tunde Olaniyan, told journalists the primaries would be peaceful."], []),
    ('a detective inspector called a detective sergeant in apposition', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ['Det Insp Claire Hollins led the investigation from the start.', 'Claire Hollins, a detective sergeant, said the case was now closed.'], [5]),
    ('a detective inspector called a former detective sergeant', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ['Det Insp Claire Hollins led the investigation from the start.', 'Claire Hollins, a former detective sergeant, said the case was now closed.'], []),
    ('two treasurers of a rowing club', 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["The Riverside Rowing Club's treasurer, Priya Nandakumar, said the accounts were sound.", "Tom Reed, the Riverside Rowing Club's treasurer, said the boathouse would be repaired."], [5]),
    ("two vice-chancellors of a university named with 'of'", 'date 2026-03-11 Ministers respond to ferry strike\n\n', ["Priya Nandakumar, the University of Northmoor's vice-chancellor, said fees would not rise.", "Tom Reed, the University of Northmoor's vice-chancellor, said the campus would grow."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_13_SETS, ids=[c[0] for c in FROM_SESSION_13_SETS])
def test_cases_from_the_session_13_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, "person-title-conflict", rules) == expected


# Cases from the session-14 reading of earlier held-out sets: each mechanism firing and quiet
FROM_SESSION_14_SETS = [
    ("a place's governor named before and after the name, two governors", 'date 2026-03-11 Storm hits coast\n\n', ['Governor Elisa Sarmiento of Catanduanes ordered all boats out of the water.', 'Catanduanes Governor Ramon Tabuzo ordered the evacuation of coastal villages.'], [5]),
    ('governors of two places', 'date 2026-03-11 Storm hits coast\n\n', ['Governor Elisa Sarmiento of Catanduanes ordered all boats out of the water.', 'Albay Governor Ramon Tabuzo ordered the evacuation of coastal villages.'], []),
    ('a lieutenant governor beside the governor', 'date 2026-03-11 Storm hits coast\n\n', ['Governor Mike DeWine of Ohio signed the order.', 'Lieutenant Governor Jon Husted of Ohio said the state was ready.'], []),
    ('school governors are many', 'date 2026-03-11 Storm hits coast\n\n', ["The school's governor, Ann Lee, said the inspection went well.", "Another of the school's governors, Bob Ray, said staff were delighted."], []),
    ('a name with an accented capital as a second company', 'date 2026-03-11 Storm hits coast\n\n', ['Anjali Dookhun, chief executive of Lagon Bleu Resorts, said bookings were strong.', 'Hoteliers were worried, said Anjali Dookhun, chief executive of the Île Corail hotel group.'], [5]),
    ('a style word before the role: two managers', 'date 2026-03-11 Storm hits coast\n\n', ['Rovers manager Gary Rowe said the side was tired.', "The club's long-serving manager, Tom Hale, said the board backed him."], [5]),
    ('a part named before the role: no second holder', 'date 2026-03-11 Storm hits coast\n\n', ["The council's leader, Ann Cole, opened the meeting.", "The council's housing leader, Raj Patel, said the plan would add 300 homes."], []),
    ('an executive mayor given to the municipal manager', 'date 2026-03-11 Storm hits coast\n\n', ['Municipal manager Sipho Ndlovu said the figures reflected strong demand.', "Ndlovu, the municipality's executive mayor, said the council understood.", 'Executive Mayor Thandeka Mbatha said a higher valuation did not mean a higher bill.'], [5]),
    ('a remit in brackets, then a comma and the holder', 'date 2026-03-11 Storm hits coast\n\n', ['The deputy vice-chancellor (research), Professor Ian Whitlock, said the institutes were safe.', 'Vice-chancellor Professor Ian Whitlock said the merged faculty would be the largest.'], [5]),
    ('a remit in brackets, the same role again', 'date 2026-03-11 Storm hits coast\n\n', ['The deputy vice-chancellor (research), Professor Ian Whitlock, said the institutes were safe.', 'Deputy vice-chancellor Professor Ian Whitlock said the merged faculty would be the largest.'], []),
    ('a rector later called the curate', 'date 2026-03-11 Storm hits coast\n\n', ['The rector, Canon Everton Alleyne, led the service.', 'The curate, the Rev Shernell Gittens, read the lesson.', 'The curate, Canon Everton Alleyne, thanked the builders.'], [7]),
    ('a rector and a curate', 'date 2026-03-11 Storm hits coast\n\n', ['The rector, Canon Everton Alleyne, led the service.', 'The curate, the Rev Shernell Gittens, read the lesson.'], []),
    ('a prosecutor later called defence counsel', 'date 2026-03-11 Storm hits coast\n\n', ['Assistant District Attorney Kevin Dorsey is prosecuting the case.', 'Defense attorney Kevin Dorsey asked the witness about the invoices.'], [5]),
    ('a former prosecutor defending', 'date 2026-03-11 Storm hits coast\n\n', ['Rachel Bloomfield, a former prosecutor, is defending Halvorsen.', 'Defense attorney Rachel Bloomfield asked the witness about the invoices.'], []),
    ("a body named before its kind's noun, two head coaches", 'date 2026-01-20 Board raises contracts\n\n', ["Tariq Mahmood, the Test side's head coach, said the squad was ready.", 'Aqib Rauf, the head coach of the Test side, said the list helped younger players.'], [5]),
    ('two sides named before their noun, a head coach each', 'date 2026-01-20 Board raises contracts\n\n', ["Tariq Mahmood, the Test side's head coach, said the squad was ready.", "Aqib Rauf, the Twenty20 side's head coach, said the list helped younger players."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_14_SETS, ids=[c[0] for c in FROM_SESSION_14_SETS])
def test_cases_from_the_session_14_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


# Cases from the session 15 sets and their misses, firing and quiet.
FROM_SESSION_15_SETS = [
    ('a head coach since last April who will remain in charge, and a second head coach', 'date 2026-01-20 Board raises contracts\n\n', ["Tariq Mahmood, the Test side's head coach since last April, will remain in charge for the series.", 'Aqib Rauf, the head coach of the Test side, said the list helped.'], [5]),
    ('a head coach since last April who will step down, and his successor', 'date 2026-01-20 Board raises contracts\n\n', ["Tariq Mahmood, the Test side's head coach since last April, will step down after the series.", 'Aqib Rauf, the head coach of the Test side, said the list helped.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_15_SETS, ids=[c[0] for c in FROM_SESSION_15_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


# Cases from the session 16 sets and their misses, firing and quiet.
FROM_SESSION_16_SETS = [
    ('a registrar written as a title with no body, twice, in a story led by a university', 'date 2025-09-17 Prof. Anil Rathod appointed Vice-Chancellor of Godavari State University\n\n', ['The Governor on Tuesday appointed Prof. Anil Rathod as the new Vice-Chancellor of Godavari State University.', 'Registrar Dr Sunil Deshmukh said the appointment would end months of uncertainty at the university.', 'Registrar Dr Kavita Pawar said the university would hold a felicitation programme on Thursday.'], [7]),
    ('two registrars written as titles with no body, in a story led by a hospital', "date 2025-09-17 St Anne's Hospital ward closes\n\n", ["St Anne's Hospital closed a ward on Tuesday.", 'Registrar Dr Hugh Menzies said the ward was full.', 'Registrar Dr Priya Nair said staff were exhausted.', 'The hospital, which trains students from Northfield University, said the university would help.'], []),
    ('"The registrar, Dr X," opening a sentence, against another registrar of the story\'s university', 'date 2025-09-17 Godavari State University gets new vice-chancellor\n\n', ['Prof. Anil Rathod was appointed Vice-Chancellor of Godavari State University on Tuesday.', 'Registrar Dr Sunil Deshmukh said the appointment would end months of uncertainty at the university.', 'The registrar, Dr Kavita Pawar, said the university would hold a felicitation programme.'], [7]),
    ('"The registrar, Dr X," the one registrar', 'date 2025-09-17 Godavari State University gets new vice-chancellor\n\n', ['Prof. Anil Rathod was appointed Vice-Chancellor of Godavari State University on Tuesday.', 'Registrar Dr Sunil Deshmukh said the appointment would end months of uncertainty at the university.', 'The registrar, Dr Sunil Deshmukh, said the university would hold a felicitation programme.'], []),
    ('a territorial secretary of the UK cabinet and the prime minister for one person', 'date 2019-09-11 Scottish court finds suspension of parliament unlawful\n\n', ['Prime Minister Boris Johnson advised the Queen to suspend Parliament.', 'Lawyers for Northern Ireland Secretary Boris Johnson said the court had no power to intervene.'], [5]),
    ('the Northern Ireland Secretary and the prime minister, two people', 'date 2019-09-11 Scottish court finds suspension of parliament unlawful\n\n', ['Prime Minister Boris Johnson advised the Queen to suspend Parliament.', 'Northern Ireland Secretary Julian Smith said talks would go on.'], []),
    ('"in her role as" a deputy\'s post of the office the person holds', 'date 2026-01-22 Town council backs 120 homes\n\n', ['The mayor, Councillor Rhian Pritchard, told the meeting the town could not keep saying no.', "Cllr Pritchard, who chaired the meeting in her role as deputy mayor, said she respected residents' concerns."], [5]),
    ('"in her role as" the office the person holds', 'date 2026-01-22 Town council backs 120 homes\n\n', ['The mayor, Councillor Rhian Pritchard, told the meeting the town could not keep saying no.', "Cllr Pritchard, who chaired the meeting in her role as mayor, said she respected residents' concerns."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_16_SETS, ids=[c[0] for c in FROM_SESSION_16_SETS])
def test_cases_from_the_session_15_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


# Cases from the session 17 sets and their misses, firing and quiet.
FROM_SESSION_17_SETS = [
    ('a mayor titled after the quote beside the named council mayor', 'date 2026-09-25 Cane farmer and former mayor dies\n\n', ['Joe Benvenuti, who grew cane near Ingham and served as mayor of Hinchinbrook Shire for 11 years, has died.', 'Hinchinbrook Shire Mayor Teresa Lizzio said flags at the council chambers would fly at half-mast.', '"He never forgot the farms," said Mayor Brendan Caltabiano, who described him as a friend.'], [7]),
    ('a mayor titled after the quote where the article names two councils', 'date 2026-09-25 Cane farmer and former mayor dies\n\n', ['Joe Benvenuti, who grew cane near Ingham and served as mayor of Hinchinbrook Shire for 11 years, has died.', 'Hinchinbrook Shire Mayor Teresa Lizzio said flags at the council chambers would fly at half-mast.', 'Neighbouring Cassowary Coast Regional Council also lowered its flags.', '"He never forgot the farms," said Mayor Brendan Caltabiano, who described him as a friend.'], []),
    ('a former mayor titled after the quote', 'date 2026-09-25 Cane farmer and former mayor dies\n\n', ['Joe Benvenuti, who grew cane near Ingham and served as mayor of Hinchinbrook Shire for 11 years, has died.', 'Hinchinbrook Shire Mayor Teresa Lizzio said flags at the council chambers would fly at half-mast.', '"He never forgot the farms," said former Mayor Brendan Caltabiano.'], []),
    ('a committee chair given by a possessive of several words', 'date 2026-09-25 Cane farmer and former mayor dies\n\n', ["Councillor Kenneth Drever, who chairs the council's development and infrastructure committee, said there was no alternative.", "Councillor Ingrid Flett, the development and infrastructure committee's chair, said she understood the anger."], [5]),
    ('chairs of two committees', 'date 2026-09-25 Cane farmer and former mayor dies\n\n', ["Councillor Kenneth Drever, who chairs the council's development and infrastructure committee, said there was no alternative.", "Councillor Ingrid Flett, the education and children's services committee's chair, said she understood the anger."], []),
    ('a state post written bare and with its state', 'date 2026-09-25 Cane farmer and former mayor dies\n\n', ['Chief Electoral Officer Sanjay Kulkarni said 14 rounds are expected.', "Goa's Chief Electoral Officer, Meera Desai, told reporters that counting had resumed."], [5]),
    ('a state post of two states', 'date 2026-09-25 Cane farmer and former mayor dies\n\n', ["Kerala's Chief Electoral Officer, Sanjay Kulkarni, said 14 rounds are expected.", "Goa's Chief Electoral Officer, Meera Desai, told reporters that counting had resumed."], []),
    ('a new head coach and another head coach named in no change', 'date 2026-05-12 Ystrad Taf name Rhodri Price as head coach\n\n', ['Ystrad Taf RFC have appointed Rhodri Price as their new head coach on a three-year contract.', 'Chairman Geraint Lloyd said the board had interviewed five candidates.', "Head coach Dafydd Hughes will oversee the club's summer recruitment."], [7]),
    ('a new head coach and the one he replaces', 'date 2026-05-12 Ystrad Taf name Rhodri Price as head coach\n\n', ['Ystrad Taf RFC have appointed Rhodri Price as their new head coach on a three-year contract.', 'Price replaces Dafydd Hughes, who was sacked in February.', 'Head coach Dafydd Hughes had won only two of 11 league matches.'], []),
    ("a new head coach of one club and a rival club's head coach", 'date 2026-05-12 Ystrad Taf name Rhodri Price as head coach\n\n', ['Ystrad Taf RFC have appointed Rhodri Price as their new head coach on a three-year contract.', 'Merthyr RFC head coach Dafydd Hughes welcomed the appointment.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_17_SETS, ids=[c[0] for c in FROM_SESSION_17_SETS])
def test_cases_from_the_session_17_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


# Cases from session 18's sets and earlier fixtures' misses, firing and quiet.
FROM_SESSION_18_SETS = [
    ('two ranks, the only change told being of a job', 'date 2026-02-10 Police launch downtown unit\n\n', ["The new unit will be led by Insp. Karen Lowry, a 22-year veteran who until January ran the service's property crimes section.", 'Lowry said officers would know business owners by name.', 'Staff Sgt. Lowry said the unit would publish monthly figures.'], [7]),
    ('two ranks with a promotion told', 'date 2026-02-10 Police launch downtown unit\n\n', ['The new unit will be led by Insp. Karen Lowry, a 22-year veteran who was promoted in January.', 'Lowry said officers would know business owners by name.', 'Staff Sgt. Lowry said the unit would publish monthly figures.'], []),
    ('two ranks with a promotion from the lower told', 'date 2026-02-10 Police launch downtown unit\n\n', ['The new unit will be led by Insp. Karen Lowry, who was promoted from staff sergeant last year.', 'Lowry said officers would know business owners by name.', 'Staff Sgt. Lowry said the unit would publish monthly figures.'], []),
    ('an office and its deputy\'s, a year beside the second qualifying another noun', 'date 2019-12-19 House impeaches president\n\n', ['The House impeached President Donald Trump on Wednesday.', "Democrats say he sought to help Vice-President Donald Trump's chances in the 2020 presidential election."], [5]),
    ("an office and its deputy's, a year placing the second in another time", 'date 2019-12-19 House impeaches president\n\n', ['The House impeached President Donald Trump on Wednesday.', 'Vice-President Donald Trump in 1999 had no such powers, critics noted.'], []),
    ("a state's cabinet post and a national one written with no country", 'date 2019-02-19 States sue over emergency\n\n', ['"He knows there is no crisis," said California Attorney General Xavier Becerra.', 'Interior Minister Xavier Becerra said the states would win.'], [5]),
    ("a state's cabinet post written again in short", 'date 2019-02-19 States sue over emergency\n\n', ['"He knows there is no crisis," said California Attorney General Xavier Becerra.', 'Attorney General Xavier Becerra said the states would win.'], []),
    ("a party's post and a national cabinet post", 'date 2019-02-19 Coalition agrees budget\n\n', ['FDP chairman Christian Lindner said the deal was fair.', 'Finance Minister Christian Lindner will present it on Friday.'], []),
]


# Cases from session 20's real-recall misses, firing and quiet.
FROM_SESSION_20 = [
    ("a state's cabinet post and a national head's deputy", 'date 2019-02-19 States sue over emergency\n\n', ['"He knows there is no crisis," said California Attorney General Xavier Becerra.', 'Deputy Prime Minister Xavier Becerra is joined in the suit by 15 states.'], [5]),
    ('a role whose organisation is written after a sentence ending in a place', 'date 2020-02-12 Virus named\n\n', ['WHO director-general Tedros Adhanom Ghebreyesus said the name had to be easy to say.', 'People have been harassed in several countries, including Italy and Canada. WHO director-general Tedros Adhanom Ghebreyesus said the name would help.'], []),
    ("a party's post and a national head's deputy", 'date 2019-02-19 Coalition agrees budget\n\n', ['FDP chairman Christian Lindner said the deal was fair.', 'Vice-Chancellor Christian Lindner will present it on Friday.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_20, ids=[c[0] for c in FROM_SESSION_20])
def test_cases_from_session_20(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_18_SETS, ids=[c[0] for c in FROM_SESSION_18_SETS])
def test_cases_from_the_session_18_sets(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


FROM_SESSION_21 = [
    ("a legislature's majority leader given to two members; a member who \"moved the Bill\" changed no post", 'date 2026-06-10 Assembly passes budget\n\n',
     ['Members of the Tharaka County Assembly on Tuesday passed the supplementary budget.',
      'Majority Leader Joseph Mwangi moved the Bill.', 'Ward MCA Grace Chepkoech told the House that her committee had cut the request.',
      'Speaking after the vote, Majority Leader Grace Chepkoech said the House had done its work.'], [9]),
    ('a majority leader and a minority leader', 'date 2026-06-10 Assembly passes budget\n\n',
     ['Members of the Tharaka County Assembly on Tuesday passed the supplementary budget.',
      'Majority Leader Joseph Mwangi moved the Bill.', 'Minority Leader Grace Chepkoech said the House had done its work.'], []),
    ('"the committee chairperson" in a story led by one committee, and another named as its chair', 'date 2026-03-12 MPs summon minister\n\n',
     ['The Parliamentary Committee on Health on Wednesday summoned the minister over unpaid suppliers.',
      'The committee chairperson, Hon. Ruth Akello, said members had received petitions.',
      'The chairperson of the Budget Committee, Hon. Paul Ssemwogerere, said no new money would be approved.',
      'Hon. Moses Kiggundu, the chairperson of the health committee, said members would visit the stores.'], [9]),
    ('the same story, the other committees chaired by others', 'date 2026-03-12 MPs summon minister\n\n',
     ['The Parliamentary Committee on Health on Wednesday summoned the minister over unpaid suppliers.',
      'The committee chairperson, Hon. Ruth Akello, said members had received petitions.',
      'The chairperson of the Budget Committee, Hon. Paul Ssemwogerere, said no new money would be approved.'], []),
    ("one person in two clubs' posts, a thing's \"which joined the league\" no change of post", 'date 2026-05-14 Falcons reach final\n\n',
     ['The Batangas Falcons beat the Cebu Mariners 91-84 on Wednesday.', 'Cebu head coach Ramon Villanueva said his players gave everything.',
      'Falcons team governor Ramon Villanueva said the franchise, which joined the league in 2019, would thank its fans.'], [7]),
    ('two people, each in one club', 'date 2026-05-14 Falcons reach final\n\n',
     ['The Batangas Falcons beat the Cebu Mariners 91-84 on Wednesday.', 'Cebu head coach Ramon Villanueva said his players gave everything.',
      'Falcons team governor Teresa Lim said the franchise, which joined the league in 2019, would thank its fans.'], []),
    ("a fiscal depute later called the sheriff in one case", 'date 2026-01-20 Man jailed over fuel thefts\n\n',
     ['Fiscal depute Isla Mackay told the court the thefts were planned.', 'Sheriff Ewan Rowe jailed Dunbar for 14 months.',
      'Sheriff Isla Mackay also granted a forfeiture order for the van.'], [7]),
    ("the fiscal depute and the sheriff two people", 'date 2026-01-20 Man jailed over fuel thefts\n\n',
     ['Fiscal depute Isla Mackay told the court the thefts were planned.', 'Sheriff Ewan Rowe jailed Dunbar for 14 months.',
      'Sheriff Rowe also granted a forfeiture order for the van.'], []),
    ("a vice-chairman who chairs another body the club owns", 'date 2026-04-09 Club names first woman chair\n\n',
     ['Owen Bevan will be succeeded by the vice-chairman, Carys Morgan, who was elected unopposed.',
      'Morgan, who chairs the club\'s community trust and will keep that role, paid tribute to her predecessor.'], []),
    ("a council's speaker later called its chief whip, a post another holds", 'date 2026-03-12 Mayor reshuffles committee\n\n',
     ['Speaker of council Thandeka Ngubane confirmed a special sitting. The council\'s chief whip, Mandla Zulu, said the caucus backed the changes.',
      'Ngubane, the council\'s chief whip, said the sitting would also consider a motion.'], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_21, ids=[c[0] for c in FROM_SESSION_21])
def test_cases_from_session_21(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


FROM_SESSION_22 = [
    ('a stand-in captain beside the injured club captain', 'date 2026-05-18 Somerset win\n\n',
     ['Stand-in captain Harry Dunmore, leading the side while club captain Sam Pryce recovers from a torn hamstring, made 138.'], []),
    ('two club captains', 'date 2026-05-18 Somerset win\n\n',
     ['Club captain Harry Dunmore made 138 in the first innings.', 'Club captain Sam Pryce finished unbeaten on 46.'], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_22, ids=[c[0] for c in FROM_SESSION_22])
def test_cases_from_session_22(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


FROM_SESSION_24 = [
    ('a name of two words that opens the article\'s one name of three is that person: a second role', 'date 2026-03-12 Group names new chairman\n\n',
     ['Group chief executive officer Datuk Azlan Shukor Ismail said the board was united.',
      'Lim Pei Wen was promoted to chief operating officer in January.',
      'Chief operating officer Azlan Shukor said the launch would go ahead.'], [7]),
    ('the two-word name is the three-word name\'s, with the same role', 'date 2026-03-12 Group names new chairman\n\n',
     ['Group chief executive officer Datuk Azlan Shukor Ismail said the board was united.',
      'Lim Pei Wen was promoted to chief operating officer in January.',
      'Group chief executive Azlan Shukor said the launch would go ahead.'], []),
    ('a state\'s two top civil servants given to one person; what he said of others\' sackings is no change of his', 'date 2026-06-09 Governor sacks four commissioners\n\n',
     ['The sackings were announced by the Secretary to the State Government, Dr Musa Bello, on Monday.',
      'Speaking later, the Head of Service, Dr Bello, said the sacked commissioners must return official cars by Friday.'], [5]),
    ('the two posts held by two people', 'date 2026-06-09 Governor sacks four commissioners\n\n',
     ['The sackings were announced by the Secretary to the State Government, Dr Musa Bello, on Monday.',
      'Speaking later, the Head of Service, Mrs Ngozi Eke, said the sacked commissioners must return official cars by Friday.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_24, ids=[c[0] for c in FROM_SESSION_24])
def test_cases_from_session_24(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, "person-title-conflict", rules) == expected


FROM_SESSION_25 = [
    ('two club secretaries, titles naming the one club', 'date 2026-05-21 Chairman quits\n\n',
     ['Gareth Prydderch has stepped down as chairman of Aberdulais RFC after eleven years.',
      'Club secretary Eleri Vaughan confirmed the letter had gone to all 612 members.',
      'In a letter sent to members on Wednesday, he thanked the players.',
      'Club secretary Dewi Rees said nominations would open on Monday.',
      'Rees, a former scrum-half, joined the board in 2014.'], [9]),
    ('one club secretary, named twice', 'date 2026-05-21 Chairman quits\n\n',
     ['Gareth Prydderch has stepped down as chairman of Aberdulais RFC after eleven years.',
      'Club secretary Eleri Vaughan confirmed the letter had gone to all 612 members.',
      'Club secretary Eleri Vaughan said nominations would open on Monday.'], []),
    ('a Crown attorney later called defence lawyer', 'date 2026-03-11 Treasurer sentenced\n\n',
     ['Crown attorney Lindsay Marchand had asked for 18 months in jail.',
      'Defence lawyer Lindsay Marchand told reporters her client was ashamed.'], [5]),
    ("a hospital's director named by 'as', then another called its director", 'date 2026-10-19 Hospital director confirmed\n\n',
     ['The Ministry of Health has confirmed Dr Patrick Ssempijja as the substantive director of Lira Regional Referral Hospital.',
      'The director of Lira Regional Referral Hospital, Dr Emmanuel Okello, said the wing would cut referrals.'], [5]),
    ("the predecessor named before 'as' keeps no role", 'date 2026-10-19 New chief executive\n\n',
     ['Jane Okoro replaced Dr Patrick Ssempijja as chief executive of Harbour Foods Ltd.',
      'Chief executive Jane Okoro said she was pleased.'], []),
    ('a rank in apposition with its post in brackets, then another rank', 'date 2026-05-12 Police reshuffle\n\n',
     ['Kulwant Singh Virk, DSP (City-1), Bathinda, has been posted as DSP, Talwandi Sabo.',
      'The transfer of SP Kulwant Singh Virk out of Bathinda had been on the cards.'], [5]),
    ('the same rank both times', 'date 2026-05-12 Police reshuffle\n\n',
     ['Kulwant Singh Virk, DSP (City-1), Bathinda, has been posted as DSP, Talwandi Sabo.',
      'The transfer of DSP Kulwant Singh Virk out of Bathinda had been on the cards.'], []),
    ('two people with one family name and one given name, the middle names apart', 'date 2026-02-27 Profit climbs\n\n',
     ['The board named a successor to group chief executive Tan Wei Ming, who will retire in June.',
      'Chief financial officer Tan Hui Min, who is not related to the CEO, told analysts margins would narrow.'], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_25, ids=[c[0] for c in FROM_SESSION_25])
def test_cases_from_session_25(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


FROM_SESSION_26 = [
    ("the council's leader, later its depute leader", 'date 2026-02-19 Council sets budget\n\n',
     ['Council leader Fiona MacLeod told the chamber there were no good options left.',
      'The vote was 23 to 19.',
      'Depute leader Fiona MacLeod later insisted the library would not close.'], [7]),
    ("the council's leader and her husband, a councillor", 'date 2026-02-19 Council sets budget\n\n',
     ['Council leader Fiona MacLeod told the chamber there were no good options left.',
      'The vote was 23 to 19.',
      'Depute leader Iain MacLeod, her husband, later insisted the library would not close.'], []),
    ("an owner's post opening a sentence, then another post of the owner's", 'date 2026-02-17 Inquest hears of felling death\n\n',
     ["Harland's operations manager, Grant Bisley, told the inquest the block had been assessed.",
      "The coroner adjourned for lunch.",
      "Under questioning, Bisley, Harland's managing director, accepted the decision had been made on cost."], [7]),
    ("an owner's post opening a sentence, the same post later", 'date 2026-02-17 Inquest hears of felling death\n\n',
     ["Harland's operations manager, Grant Bisley, told the inquest the block had been assessed.",
      "The coroner adjourned for lunch.",
      "Under questioning, Bisley, Harland's operations manager, accepted the decision had been made on cost."], []),
    ("the sheriff, later her own chief deputy", 'date 2025-12-03 Former sheriff dies at 81\n\n',
     ["Sheriff Dana Whitfield announced the death on the sheriff's office Facebook page.",
      "Services will be held on Saturday.",
      "Chief Deputy Dana Whitfield said flags would fly at half-staff."], [7]),
    ("the sheriff and her chief deputy", 'date 2025-12-03 Former sheriff dies at 81\n\n',
     ["Sheriff Dana Whitfield announced the death on the sheriff's office Facebook page.",
      "Services will be held on Saturday.",
      "Chief Deputy Tom Engstrom said flags would fly at half-staff."], []),
    ("the bishop, later the diocese's assistant bishop", 'date 2026-05-11 Synod backs parish circuits\n\n',
     ["The Right Rev. Margaret Thiessen, Bishop of Assiniboia, told synod the diocese could not go on as before.",
      "Delegates voted 88 to 21 for the plan.",
      "The diocese's assistant bishop, Margaret Thiessen, answered questions before the vote."], [7]),
    ("the bishop and her assistant bishop", 'date 2026-05-11 Synod backs parish circuits\n\n',
     ["The Right Rev. Margaret Thiessen, Bishop of Assiniboia, told synod the diocese could not go on as before.",
      "Delegates voted 88 to 21 for the plan.",
      "The diocese's assistant bishop, Peter Lindqvist, answered questions before the vote."], []),
    ("chief executive, later the chair, who would step up inspections", 'date 2025-04-08 Tobacco auctions open\n\n',
     ["Tobacco Commission chief executive Dr Joseph Chikapa said sales would rise this season.",
      "Growers were paid $2.35 a kilogramme on average.",
      "Tobacco Commission board chairperson Dr Joseph Chikapa said the commission would also step up inspections at the floors."], [7]),
    ("chief executive, who stepped up to chair the board", 'date 2025-04-08 Tobacco auctions open\n\n',
     ["Tobacco Commission chief executive Dr Joseph Chikapa said sales would rise this season.",
      "Growers were paid $2.35 a kilogramme on average.",
      "Tobacco Commission board chairperson Dr Joseph Chikapa, who stepped up to chair the board in March, said inspections would increase."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_26, ids=[c[0] for c in FROM_SESSION_26])
def test_cases_from_session_26(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


FROM_SESSION_27 = [
    ("a first name in a quote is the full name's holder", 'date 2026-02-28 Raith edge Dunfermline\n\n',
     ["With club captain Ross Millar still sidelined by injury, vice-captain Callum Ferrie wore the armband.",
      "\"Ross is the captain and he will be again when he's fit, but Callum has been magnificent,\" said manager Kevin Drummond."], []),
    ("another person given the same unique role", 'date 2026-02-28 Raith edge Dunfermline\n\n',
     ["With club captain Ross Millar still sidelined by injury, vice-captain Callum Ferrie wore the armband.",
      "Club captain Dean Shaw said the squad was together."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27, ids=[c[0] for c in FROM_SESSION_27])
def test_cases_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


FROM_SESSION_27_PLAYERS = [
    ("a striker of one club called another club's forward", 'date 2026-02-28 Rovers edge Athletic in derby\n\n',
     ["Athletic striker Kieran Muir hit the post from 12 yards after 23 minutes.",
      "Muir, the Rovers forward, was booked for a late challenge."], [5]),
    ("a striker and a forward of one club", 'date 2026-02-28 Rovers edge Athletic in derby\n\n',
     ["Athletic striker Kieran Muir hit the post from 12 yards after 23 minutes.",
      "Muir, the Athletic forward, was booked for a late challenge."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_PLAYERS, ids=[c[0] for c in FROM_SESSION_27_PLAYERS])
def test_players_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


FROM_SESSION_27_PARTIES = [
    ("a party and home town between commas, then another party", 'date 2026-02-11 Speaker names tax chair\n\n',
     ["Rep. Luis Ortega, D-Milwaukee, the ranking member, said the surplus would not last.",
      "Republican Rep. Luis Ortega, who has sat on the committee since 2021, said he would press for a hearing."], [5]),
    ("the same party both times", 'date 2026-02-11 Speaker names tax chair\n\n',
     ["Rep. Luis Ortega, D-Milwaukee, the ranking member, said the surplus would not last.",
      "Democratic Rep. Luis Ortega, who has sat on the committee since 2021, said he would press for a hearing."], []),
    ("a defection stated", 'date 2026-02-11 Speaker names tax chair\n\n',
     ["Rep. Luis Ortega, D-Milwaukee, the ranking member, said the surplus would not last.",
      "Republican Rep. Luis Ortega, who defected to the party last year, said he would press for a hearing."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_PARTIES, ids=[c[0] for c in FROM_SESSION_27_PARTIES])
def test_parties_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


FROM_SESSION_27_CHURCH = [
    ("a general overseer later called the assistant general overseer", 'date 2026-08-10 Church opens skills centre\n\n',
     ["The General Overseer of the Living Word Evangelical Mission, Rev Dr Emmanuel Adebayo, opened the centre.",
      "The Assistant General Overseer (Administration), Pastor Yemi Ogunleye, said the mission planned more.",
      "Speaking after the ceremony, the mission's Assistant General Overseer, Rev Dr Emmanuel Adebayo, said accounts would be published."], [7]),
    ("the general overseer and his assistant", 'date 2026-08-10 Church opens skills centre\n\n',
     ["The General Overseer of the Living Word Evangelical Mission, Rev Dr Emmanuel Adebayo, opened the centre.",
      "The Assistant General Overseer (Administration), Pastor Yemi Ogunleye, said the mission planned more.",
      "Speaking after the ceremony, the mission's General Overseer, Rev Dr Emmanuel Adebayo, said accounts would be published."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_CHURCH, ids=[c[0] for c in FROM_SESSION_27_CHURCH])
def test_church_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


FROM_SESSION_27_WHOSE = [
    ("the board of the body before 'whose' has its own chair", 'date 2026-07-22 Crestline names new MD\n\n',
     ["The Chairman of the board, Alhaji Musa Danjuma, thanked the former MD/CEO for a decade of leadership.",
      "Crestline Bank Plc is the main operating subsidiary of Crestline Holdings Plc, whose own board is chaired by Mr Emeka Nwosu."], []),
    ("the article's own board chaired by another", 'date 2026-07-22 Crestline names new MD\n\n',
     ["The Chairman of the board, Alhaji Musa Danjuma, thanked the former MD/CEO for a decade of leadership.",
      "The board is chaired by Mr Emeka Nwosu, the bank said."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_WHOSE, ids=[c[0] for c in FROM_SESSION_27_WHOSE])
def test_whose_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


FROM_SESSION_27_SUFFRAGAN = [
    ("a suffragan bishop styled Bishop", 'date 2026-09-14 New archdeacon installed\n\n',
     ["Also present was the Bishop of Penrith, the Rt Revd Claire Hindley, the diocese's suffragan bishop, who read one of the lessons. Bishop Hindley had chaired the interview panel."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_27_SUFFRAGAN, ids=[c[0] for c in FROM_SESSION_27_SUFFRAGAN])
def test_suffragan_from_session_27(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


_GM = 'date 2026-06-02 Kestrels name GM\n\n'
_LOCAL = 'date 2026-06-02 Transit strike looms\n\n'
FROM_SESSION_28 = [
    ("a verb of staying gives its subject the role after 'as'", _GM,
     ["Kyle Brandt, who has scouted for the club since 2019, stays on as assistant general manager.",
      "General manager Kyle Brandt said the club would add two defencemen."], [5]),
    ("staying on in the role the title gives", _GM,
     ["Kyle Brandt, who has scouted for the club since 2019, stays on as general manager.",
      "General manager Kyle Brandt said the club would add two defencemen."], []),
    ("a union's deputy, then the head of the union named with its number", _LOCAL,
     ["The local's vice-president, Kevin Marchand, a mechanic, said the garage was short of staff.",
      "Local 412 president Kevin Marchand said the union would return to the table."], [5]),
    ("the same deputy twice", _LOCAL,
     ["The local's vice-president, Kevin Marchand, a mechanic, said the garage was short of staff.",
      "Kevin Marchand, the local's vice-president, said the union would return to the table."], []),
    ("a union described by its kind is not the story's numbered local", _LOCAL,
     ['"We will not back down," said Local 1894 president Dave Kowalczyk.',
      "Student union president Maya Kowalczyk, who is not related to the union leader, said students paid more."], []),
    ("the local's president, another person", _LOCAL,
     ['"We will not back down," said Local 1894 president Dave Kowalczyk.',
      "The local's president, Maya Kowalczyk, said students paid more."], [5]),
]



_TRADE = 'date 2026-06-02 Trade deadline passes\n\n'
FROM_SESSION_28_POSITIONS = [
    ("an ice hockey position with two clubs", _TRADE,
     ["Kestrels defenceman Mathis Gagnon missed practice on Monday.", "Oilers defenceman Mathis Gagnon scored twice in the second period."], [5]),
    ("a trade stated", _TRADE,
     ["Kestrels defenceman Mathis Gagnon was traded on Monday.", "Oilers defenceman Mathis Gagnon scored twice in the second period."], []),
]



_HARLOW = 'date 2026-05-20 Harlow Council sets budget\n\n'
FROM_SESSION_28_MAYORS = [
    ("a mayor by title and the mayor in apposition, in copy naming one council; a surname that is also a body's word", _HARLOW,
     ["Harlow Council met on Tuesday. Mayor Linda Ford opened the session, she said.",
      "The mayor, Peter Hall, said the vote would go ahead."], [5]),
    ("the same mayor both ways", _HARLOW,
     ["Harlow Council met on Tuesday. Mayor Linda Ford opened the session, she said.",
      "The mayor, Linda Ford, said the vote would go ahead."], []),
    ("two councils named: the mayor may be either's", _HARLOW,
     ["Harlow Council and Epping Forest District Council met on Tuesday. Mayor Linda Ford opened the session, she said.",
      "The mayor, Peter Hall, said the vote would go ahead."], []),
]



_SITTING = 'date 2026-05-20 Msunduzi council sitting collapses\n\n'
FROM_SESSION_28_SPEAKERS = [
    ("two speakers by title, in copy naming one municipality", _SITTING,
     ["Msunduzi Municipality met on Tuesday. Speaker Farida Essop ruled that the walkout was in order.",
      "Speaker Nomsa Radebe adjourned the sitting."], [5]),
    ("one speaker twice", _SITTING,
     ["Msunduzi Municipality met on Tuesday. Speaker Farida Essop ruled that the walkout was in order.",
      "Speaker Farida Essop adjourned the sitting."], []),
    ("a former speaker", 'date 2026-05-20 House passes budget\n\n',
     ["House Speaker Mike Johnson said the vote would go ahead.", "Former Speaker Nancy Pelosi said it would fail."], []),
]



_RESULTS = 'date 2026-05-20 Hayleys results beat forecasts\n\n'
FROM_SESSION_28_BOARD = [
    ("an executive later called an independent non-executive director", _RESULTS,
     ["Hayleys PLC reported results. Chief Financial Officer Shanika Perera told analysts that margins held.",
      "The audit committee is chaired by Independent Non-Executive Director Shanika Perera."], [5]),
    ("a change stated", _RESULTS,
     ["Hayleys PLC reported results. Chief Financial Officer Shanika Perera told analysts that margins held.",
      "Shanika Perera, the company's former non-executive director, joined the executive team in 2024."], []),
    ("a non-executive of another company", _RESULTS,
     ["Hayleys PLC reported results. Chief Financial Officer Shanika Perera told analysts that margins held.",
      "Shanika Perera is also an independent non-executive director of Ceylon Tea Brokers PLC."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_28 + FROM_SESSION_28_POSITIONS + FROM_SESSION_28_MAYORS + FROM_SESSION_28_SPEAKERS + FROM_SESSION_28_BOARD,
                         ids=[c[0] for c in FROM_SESSION_28 + FROM_SESSION_28_POSITIONS + FROM_SESSION_28_MAYORS + FROM_SESSION_28_SPEAKERS + FROM_SESSION_28_BOARD])
def test_cases_from_session_28(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


_COACH = 'date 2026-11-02 Wests name new coach\n\n'

FROM_SESSION_29 = [
    ("an appointed person described before the name holds the role after 'as'", _COACH,
     ["Western Suburbs have named former Scotland forward Liam MacAulay as the new head coach on a two-year deal.",
      "Western Suburbs head coach Trent Ahearn will take the squad for the first session on Monday 9 November."], [5]),
    ("the same coach named twice", _COACH,
     ["Western Suburbs have named former Scotland forward Liam MacAulay as the new head coach on a two-year deal.",
      "Western Suburbs head coach Liam MacAulay will take the squad for the first session on Monday 9 November."], []),
    ("the appointed person's predecessor", _COACH,
     ["Western Suburbs have replaced Trent Ahearn and named former Scotland forward Liam MacAulay as the new head coach.",
      "Ahearn, who coached the side for four years, said he was proud of the club."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_29, ids=[c[0] for c in FROM_SESSION_29])
def test_cases_from_session_29(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


_CRITICS = 'date 2026-10-14 Opposition presses on registry contract\n\n'

FROM_SESSION_29_PORTFOLIOS = [
    ("one party's critic for one portfolio given to two people", _CRITICS,
     ["Liberal health critic Derek Fougere said the province broke the rules.",
      "Liberal health critic Angela Morash said her party would table the motion."], [5]),
    ("two parties' critics for one portfolio", _CRITICS,
     ["Liberal health critic Derek Fougere said the province broke the rules.",
      "NDP health critic Angela Morash said her party would table the motion."], []),
    ("one party's critics for two portfolios", _CRITICS,
     ["Liberal health critic Derek Fougere said the province broke the rules.",
      "Liberal finance critic Angela Morash said her party would table the motion."], []),
    ("a portfolio written after the form, the party's possessive before it", _CRITICS,
     ["Labour's spokesperson on housing, Aoife Byrne, said the plan was flawed.",
      "Labour housing spokesperson Ciara Nolan said it would fail."], [5]),
    ("spokespeople with no portfolio are many", _CRITICS,
     ["A company spokesperson, Jane Hill, said the plant would close.",
      "A spokesman, Tom Ward, said the firm regretted the decision."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_29_PORTFOLIOS, ids=[c[0] for c in FROM_SESSION_29_PORTFOLIOS])
def test_portfolio_roles(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


_SITTING = 'date 2026-03-12 Nqabeni council passes budget\n\n'

FROM_SESSION_29_FRONTED = [
    ("a title opening the main clause after a fronted clause of time", _SITTING,
     ["The Nqabeni Local Municipality council adopted its budget.",
      "Council speaker Nokuthula Dlamini suspended the sitting.",
      "When the meeting resumed at about 7.40pm, Speaker Ayanda Khumalo warned councillors."], [7]),
    ("the same speaker after a fronted clause", _SITTING,
     ["The Nqabeni Local Municipality council adopted its budget.",
      "Council speaker Nokuthula Dlamini suspended the sitting.",
      "When the meeting resumed at about 7.40pm, Speaker Dlamini warned councillors."], []),
    ("a holder's surname misspelt once is name-variant's, not a second holder", _SITTING,
     ["The Nqabeni Local Municipality council adopted its budget.",
      "Mayor Teresita Dimaculangan ordered an audit of every contract.",
      "Mayor Dimacalungan said she had asked for inspectors."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_29_FRONTED, ids=[c[0] for c in FROM_SESSION_29_FRONTED])
def test_titles_after_fronted_clauses(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


_MORAY = 'date 2026-02-27 Moray councillors back 8 per cent council tax rise\n\n'

FROM_SESSION_29_UNNAMED_BODY = [
    ("two provosts of the one council a story leads with and never names", _MORAY,
     ["Council tax bills in Moray will rise after councillors voted through the council's budget.",
      "The Provost, Councillor Isobel Murray, chaired the meeting.",
      "Closing the meeting shortly before 5pm, Provost Alastair Cowie thanked staff."], [7]),
    ("the provost and the depute provost", _MORAY,
     ["Council tax bills in Moray will rise after councillors voted through the council's budget.",
      "The Provost, Councillor Isobel Murray, chaired the meeting.",
      "Closing the meeting shortly before 5pm, Depute Provost Alastair Cowie thanked staff."], []),
    ("a headline that leads with no council", 'date 2026-02-27 Tax bills to rise by 8 per cent\n\n',
     ["Bills in Moray will rise after members voted through the budget of the council.",
      "The Provost, Councillor Isobel Murray, chaired the meeting.",
      "Closing the meeting shortly before 5pm, Provost Alastair Cowie thanked staff."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_29_UNNAMED_BODY, ids=[c[0] for c in FROM_SESSION_29_UNNAMED_BODY])
def test_roles_of_an_unnamed_body(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


_DERBY = 'date 2026-02-28 Raith win the Fife derby\n\n'
_RESULTS = 'date 2026-07-30 Harrow Ridge reports second-quarter results\n\n'
_SEIZURE = 'date 2026-05-20 Police seize rifles in St Catherine\n\n'

FROM_SESSION_30 = [
    ("a player given two clubs, a change word far along the second sentence", _DERBY,
     ["Dunfermline striker Kieran Muir hit the post after 23 minutes.",
      "Muir, the Raith forward, was booked for a late challenge, and Dunfermline broke upfield for a shot that took a deflection off Baird."], [5]),
    ("a player who moved, the move said beside his name", _DERBY,
     ["Dunfermline striker Kieran Muir hit the post after 23 minutes.",
      "Muir, who joined Dunfermline from Raith in January, was booked for a late challenge."], []),
    ("a role joined by 'and' to an office in apposition after the name", _RESULTS,
     ["Renata Silva, executive vice president and chief financial officer, said cash flow rose.",
      "\u201cMargins held up,\u201d said Chief Operating Officer Renata Silva."], [5]),
    ("the same two roles named twice", _RESULTS,
     ["Renata Silva, executive vice president and chief financial officer, said cash flow rose.",
      "\u201cMargins held up,\u201d said Chief Financial Officer Renata Silva."], []),
    ("a rank 'of Police' on the ladder of the same rank without it", _SEIZURE,
     ["Deputy Superintendent of Police (DSP) Marlon Gayle said one rifle had been used in a murder.",
      "Assistant Superintendent Gayle said teams searched more than 60 premises."], [5]),
    ("a rank 'of Police' and the same rank without it", _SEIZURE,
     ["Deputy Superintendent of Police (DSP) Marlon Gayle said one rifle had been used in a murder.",
      "Deputy Superintendent Gayle said teams searched more than 60 premises."], []),
    ("a Gaelic games clubman given two clubs", _DERBY,
     ["Durkan, the Sarsfields clubman, has been the county's leading scorer at under-20 level.",
      "The meeting heard from Eoin Durkan, the Knockmore clubman, who is the players' representative."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_30, ids=[c[0] for c in FROM_SESSION_30])
def test_cases_from_session_30(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


_DA = 'date 2026-03-24 Payroll manager jailed for hospital theft\n\n'

FROM_SESSION_31_PROSECUTORS = [
    ("a chief deputy district attorney later an assistant one", _DA,
     ['"It was a careful plan," Chief Deputy District Attorney Lena Whitcomb told the court.',
      "Outside the courthouse, Whitcomb, an assistant district attorney who leads the fraud unit, said the hospital had new checks."], [5]),
    ("assistant and deputy are one grade under two names", _DA,
     ['"It was a careful plan," Deputy District Attorney Lena Whitcomb told the court.',
      "Outside the courthouse, Whitcomb, an assistant district attorney who leads the fraud unit, said the hospital had new checks."], []),
    ("a district attorney who was an assistant before her election", _DA,
     ["District Attorney Lena Whitcomb, who was elected in 2022, said the case was one of the largest her office had brought.",
      "Whitcomb spent a decade as an assistant district attorney before she ran for office."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_31_PROSECUTORS, ids=[c[0] for c in FROM_SESSION_31_PROSECUTORS])
def test_prosecutor_grades(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


_COUNTY = 'date 2026-05-04 County clears contractors\n\n'

FROM_SESSION_31_COUNTY_SECRETARY = [
    ("a governor later the county secretary", _COUNTY,
     ["Governor Faith Mwikali said the county would clear its arrears by June.",
      "County Secretary Faith Mwikali said payments would start next week."], [5]),
    ("the governor and the county secretary are two people", _COUNTY,
     ["Governor Faith Mwikali said the county would clear its arrears by June.",
      "County Secretary Joseph Kiprono said payments would start next week."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_31_COUNTY_SECRETARY, ids=[c[0] for c in FROM_SESSION_31_COUNTY_SECRETARY])
def test_county_secretary(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


def test_a_convener_is_the_chair(rules):
    """A Scottish committee's convener is its chair: "vice-convener" later is its deputy's post."""
    head = 'date 2026-03-10 Councillors approve 120 homes\n\n'
    fires = ["Committee convener Councillor Fiona Reid said the decision had not been taken lightly.",
             "Speaking after the meeting, vice-convener Fiona Reid said she understood residents' frustration."]
    quiet = ["Committee convener Councillor Fiona Reid said the decision had not been taken lightly.",
             "Speaking after the meeting, vice-convener Alan Moffat said he understood residents' frustration."]
    assert (lines_found(head, fires, 'person-title-conflict', rules), lines_found(head, quiet, 'person-title-conflict', rules)) == ([5], [])


_FUND = 'date 2026-03-10 Fund opens for fishers\n\n'

FROM_SESSION_32_MINISTERS = [
    ("a minister of several portfolios later a state minister", _FUND,
     ["Minister of Agriculture, Fisheries and Mining Desmond Whyte announced the programme on Tuesday.",
      "Responding to questions, State Minister Desmond Whyte said the ceiling could be reviewed."], [5]),
    ("a portfolio minister written before the name", _FUND,
     ["Minister of Health Desmond Whyte announced the programme on Tuesday.",
      "Responding to questions, Minister of Finance Desmond Whyte said the ceiling could be reviewed."], [5]),
    ("a minister of state for a portfolio throughout", _FUND,
     ["Minister of State for Agriculture Desmond Whyte announced the programme on Tuesday.",
      "Responding to questions, Minister of State Desmond Whyte said the ceiling could be reviewed."], []),
    ("the portfolios stated once", _FUND,
     ["Minister of Agriculture, Fisheries and Mining Desmond Whyte announced the programme on Tuesday.",
      "Responding to questions, Whyte said the ceiling could be reviewed."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_32_MINISTERS, ids=[c[0] for c in FROM_SESSION_32_MINISTERS])
def test_ministers(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


_UNION = 'date 2026-02-11 Teachers issue ultimatum\n\n'

FROM_SESSION_33_UNIONS = [
    ("a union named with 'of' is a union", _UNION,
     ["The National Union of Primary Teachers (NUPT) has issued an ultimatum to the government.",
      "Addressing journalists yesterday, the NUPT general secretary, Ms Agnes Nakato, said the ultimatum would run until Tuesday, February 24.",
      "Union chairperson Agnes Nakato, however, dismissed the release as too little and too late."], [7]),
    ("another person chairs it", _UNION,
     ["The National Union of Primary Teachers (NUPT) has issued an ultimatum to the government.",
      "Addressing journalists yesterday, the NUPT general secretary, Ms Agnes Nakato, said the ultimatum would run until Tuesday, February 24.",
      "Union chairperson Moses Okello, however, dismissed the release as too little and too late."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_33_UNIONS, ids=[c[0] for c in FROM_SESSION_33_UNIONS])
def test_unions_named_with_of(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


def test_a_board_is_not_the_committee_a_member_chairs(rules):
    head = 'date 2026-06-11 Trustees pass school budget\n\n'
    paragraphs = ["Board chair Deborah Nakamura said the three trustees who voted against the budget had raised concerns. "
                  "Vice-chair Paul Ouellette, who also chairs the audit committee, voted in favour."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_promotion_in_the_persons_own_clause(rules):
    head = 'date 2026-03-13 Burglar jailed for raid on pensioners\n\n'
    paragraphs = ["Detective Sergeant Owen Price, who led the investigation, said officers identified the man from doorbell footage.",
                  'Price, who has since been promoted to detective inspector, said after the hearing: "This was a cruel crime."',
                  "Det Insp Price added that the footage had been the key to the case."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[1] = 'Price, who is based in Newport, said after the hearing: "This was a cruel crime."'
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]


FROM_SESSION_34_HOLDERS_AND_PORTFOLIOS = [
    ("the board's chair and a bare chairperson", 'date 2026-03-20 Cement maker profit rises\n\n',
     ["In his statement, board chairperson Kudakwashe Mhandu said the group had entered 2026 stronger. "
      "Mhandu took over from former chairperson Elliot Chirwa at the annual general meeting last June.",
      "The chairperson of the audit committee, Nyasha Dube, signed off the accounts.",
      "Chairperson Esther Gumbo told analysts on Wednesday that the board would consider a second listing."], [7]),
    ("the board's chair named again", 'date 2026-03-20 Cement maker profit rises\n\n',
     ["In his statement, board chairperson Kudakwashe Mhandu said the group had entered 2026 stronger. "
      "Mhandu took over from former chairperson Elliot Chirwa at the annual general meeting last June.",
      "The chairperson of the audit committee, Nyasha Dube, signed off the accounts.",
      "Chairperson Kudakwashe Mhandu told analysts on Wednesday that the board would consider a second listing."], []),
    ("one cabinet member given two portfolios", 'date 2026-02-20 County sets budget\n\n',
     ["Cllr Jane Whitlow, the cabinet member for finance, sets out the detail.",
      "Cllr Jane Whitlow, the cabinet member for children's services, replies to questions about the libraries."], [5]),
    ("two portfolios given together, and the leader's own", 'date 2026-02-20 County sets budget\n\n',
     ["Cllr Jane Whitlow, the cabinet member for finance and children's services, sets out the detail.",
      "Council leader Jane Whitlow replies to questions about the libraries, with the cabinet member for finance and children's services, Cllr Whitlow, beside her."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_34_HOLDERS_AND_PORTFOLIOS, ids=[c[0] for c in FROM_SESSION_34_HOLDERS_AND_PORTFOLIOS])
def test_holders_and_portfolios(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


def test_the_clubs_chief_executive_and_the_named_clubs(rules):
    head = 'date 2026-03-18 Asante Royals sack coach\n\n'
    paragraphs = ["The decision was announced in a statement signed by the club's chief executive officer, Nana Kwaku Agyemang.",
                  "Royals' CEO, Kofi Asamoah-Boateng, said the search would begin immediately."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Royals' CEO, Nana Kwaku Agyemang, said the search would begin immediately."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_role_held_before_another(rules):
    head = 'date 2026-04-16 Regulator proposes outage credits\n\n'
    paragraphs = ["CRTC chair Marielle Dufresne appeared before the committee on Tuesday.",
                  "Dufresne, who was the CRTC's vice-chair for telecommunications before she was named chair last year, said credits would help."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[1] = "Dufresne, the CRTC's vice-chair for telecommunications, said credits would help."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]


FROM_SESSION_35_BODIES = [
    ("a body's noun before a title names another body than the story's", 'date 2026-03-26 Thistle slump to loss\n\n',
     ["Strathallan Thistle have reported a loss of £1.9m, the club's first deficit in four seasons.",
      "Chairman Iain Cowan put in £900,000 of that sum personally.",
      "\"Fans will take a year in the red,\" said trust chair Derek Hume."], []),
    ("the story's own body told by its noun", 'date 2026-03-26 Trust reports deficit\n\n',
     ["The trust has reported a deficit of £1.9m, its first in four years.",
      "Chairman Iain Cowan said savings would follow.",
      "\"We will not cut wards,\" said trust chair Derek Hume."], [7]),
    ("a province's one vice governor", 'date 2026-02-17 Board approves budget\n\n',
     ["Antique Vice Governor Ramon Villanueva said the funds came from national taxes.",
      "Antique Vice Governor Teresita Abad said the board would meet again on Feb. 23."], [5]),
    ("a central bank's several deputy governors", 'date 2026-02-17 Rates held\n\n',
     ["Central Bank of Kenya deputy governor Ramon Villanueva said rates would hold.",
      "Deputy governor Teresita Abad of the Central Bank of Kenya said inflation was easing."], []),
    ("a union's secretary-general is its general secretary", 'date 2026-01-10 Miners win pay rise\n\n',
     ["Mining Industry Workers' Union secretary-general Tinashe Moyo described the outcome as fair.",
      "Union general secretary Rudo Chikwanha warned against backsliding."], [5]),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_35_BODIES, ids=[c[0] for c in FROM_SESSION_35_BODIES])
def test_bodies_and_their_offices(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


def test_left_with_no_choice_is_no_departure(rules):
    head = 'date 2026-09-20 Teachers strike over unpaid arrears\n\n'
    paragraphs = ["Yaw Darko, the GNAT president, said members were angry.",
                  "GNAT president Mercy Adjei-Boateng said the unions had been left with no choice."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Former GNAT president Mercy Adjei-Boateng, who left the post in August, said the unions had no choice."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_title_joined_to_another_is_the_article_bodys(rules):
    head = 'date 2026-05-14 Vardhan Polymers profit rises\n\n'
    paragraphs = ["Vardhan Polymers Ltd on Thursday reported a 16.2 per cent rise in net profit.",
                  "Commenting on the results, Managing Director and CEO Vikram Sethi said margins held up.",
                  "On an analyst call later in the day, CEO Pradeep Nair said the company expected capital expenditure to rise."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = "On an analyst call later in the day, CFO Pradeep Nair said the company expected capital expenditure to rise."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_initials_before_a_role_name_its_body(rules):
    head = 'date 2026-04-09 Association names head coach\n\n'
    paragraphs = ["The Deccan Cricket Association (DCA) on Wednesday appointed Harish Rao as head coach.",
                  "\"He knows this dressing room,\" DCA secretary Ashok Menon told reporters.",
                  "Treasurer Ashok Menon said the coaching budget had been raised."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = "Treasurer Sunil Iyer said the coaching budget had been raised."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


FROM_SESSION_39_TITLE_OF_THE_ONE_BODY = [
    ("a unique role as a bare title, in copy about one body that names its holder", 'date 2026-03-05 Nakuru County Assembly censures minister\n\n',
     ["Nakuru County Assembly Speaker Joel Cheruiyot opened the sitting.", "Speaker Margaret Odhiambo adjourned the House until Tuesday."], [5]),
    ("the same holder twice", 'date 2026-03-05 Nakuru County Assembly censures minister\n\n',
     ["Nakuru County Assembly Speaker Joel Cheruiyot opened the sitting.", "Speaker Joel Cheruiyot adjourned the House until Tuesday."], []),
    ("a bare title after another body's name in its paragraph", 'date 2026-04-13 Saltmoor beat Oldfield\n\n',
     ["Saltmoor coach Anthony Reece said the defeat was hard to take.", "Oldfield, who have now lost four in a row, had led at the break. Head coach Neil Brennan said his players switched off."], []),
]


@pytest.mark.parametrize("name,head,paragraphs,expected", FROM_SESSION_39_TITLE_OF_THE_ONE_BODY, ids=[c[0] for c in FROM_SESSION_39_TITLE_OF_THE_ONE_BODY])
def test_a_bare_title_of_the_one_body(name, head, paragraphs, expected, rules):
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == expected


def test_a_promotion_told_of_a_pronoun_in_the_next_sentence(rules):
    head = 'date 2026-02-10 Court rules arrests unlawful\n\n'
    paragraphs = ["The arrests were ordered by Inspector Ruwan Dissanayake. He has since been promoted to Chief Inspector, the court was told. "
                  "Chief Inspector Dissanayake did not give evidence."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs = ["The arrests were ordered by Inspector Ruwan Dissanayake. He has since moved to Kandy, the court was told. "
                  "Chief Inspector Dissanayake did not give evidence."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [3]


def test_a_countys_district_attorney_given_to_two_people(rules):
    head = "date 2026-02-06 Former church treasurer sentenced\n\n"
    paragraphs = ["A Cobb County jury convicted him in December.",
                  "\"He betrayed people,\" District Attorney Renee Calloway said in a statement.",
                  "Cobb County District Attorney Graham Pierce said the sentence was a warning."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = "Assistant District Attorney Graham Pierce said the sentence was a warning."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[2] = "Her predecessor, former District Attorney Graham Pierce, said the sentence was a warning."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_role_given_by_who_as(rules):
    head = "date 2026-03-27 Board approves savings plan\n\n"
    paragraphs = ["The trust's chair, Margaret Ellison, opened the meeting.",
                  "Chief executive Dr Rajesh Patel told the board the posts were vacant.",
                  "Ellison, who as chief executive has overseen the trust's recovery plan since 2023, said the board accepted it."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = "Ellison, who as chair has overseen the trust's recovery plan since 2023, said the board accepted it."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_portfolio_held_is_a_cabinet_members(rules):
    head = "date 2026-03-05 Libraries face closure\n\n"
    paragraphs = ["Cllr Priya Desai, cabinet member for communities and libraries, told the meeting the service had to change.",
                  "Responding, Desai, who holds the finance portfolio in the cabinet, said every other option was worse."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Responding, Desai, who holds the communities and libraries portfolio, said every other option was worse."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_party_before_a_name_with_an_initial(rules):
    head = "date 2026-05-26 Four ministers sworn in\n\n"
    paragraphs = ["Mr. Shivanna, the Congress MLA from Madhugiri, has been given Minor Irrigation.",
                  "BJP MLA N. Shivanna told reporters that the tanks would be filled first."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Congress MLA N. Shivanna told reporters that the tanks would be filled first."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_company_secretary_is_no_finance_director(rules):
    head = "date 2026-03-12 Diamond miner cuts output\n\n"
    paragraphs = ["Chief financial officer Lesego Dintwe said the company had cut capital spending by a third.",
                  "Company secretary Lesego Dintwe confirmed that the government had been consulted."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Company secretary Mpho Ramotswa confirmed that the government had been consulted."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_party_and_seat_between_a_role_and_its_holder(rules):
    head = "date 2026-02-20 Council approves leisure centre\n\n"
    paragraphs = ["The Mayor, Sinn Féin councillor Siobhán McCann, said the decision ended four years of waiting.",
                  "Speaking after the vote, the Mayor, Alderman Trevor Irwin, thanked officers."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Speaking after the vote, the Deputy Mayor, Alderman Trevor Irwin, thanked officers."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_indian_parties_are_parties(rules):
    head = "date 2026-03-10 Party names candidates\n\n"
    paragraphs = ["Mr Varghese, the CPI(M) MLA from Kottayam, defended the choice.", "BJP MLA Biju Varghese told reporters the list was final."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "CPI(M) MLA Biju Varghese told reporters the list was final."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_chief_finance_officer_is_the_finance_director(rules):
    head = "date 2026-02-12 Telecom names finance chief\n\n"
    paragraphs = ["Chief finance officer Harriet Nakato said the firm would keep its dividend.",
                  "Chief technology officer Harriet Nakato said 4G sites would be funded from cash."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Finance director Harriet Nakato said 4G sites would be funded from cash."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_role_in_apposition_after_an_age_aside(rules):
    head = "date 2027-01-20 Board changes at Harbour Holdings\n\n"
    paragraphs = ["Mr Raymond Tsui Chi-ming, aged 52, the group's chief financial officer since 2021, will join the board.",
                  "Chief financial officer Alan Mok told analysts that the changes would not affect the dividend."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Chief financial officer Raymond Tsui told analysts that the changes would not affect the dividend."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_title_before_the_name_is_the_lead_bodys(rules):
    head = "date 2027-03-04 Cebu developer Sugbo Land sets P8-billion IPO for March\n\n"
    paragraphs = ["Cebu-based property developer Sugbo Land Inc. has received the go-ahead for an initial public offering.",
                  "\u201cWe listened to the market,\u201d chief financial officer Rodel Basa said at a briefing in Cebu City on Wednesday.",
                  "Andrea Lim-Villanueva, Sugbo Land's chief financial officer, told reporters the company would keep its debt low."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("Sugbo Land's", "its underwriter's")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_chamber_named_by_its_noun_beside_another_chamber(rules):
    head = "date 2026-10-15 MPs pass water bill\n\n"
    paragraphs = ["The National Assembly passed the Bill. Majority Leader Kennedy Wasike said the Executive had agreed.",
                  "The Bill now goes to the Senate, where Senate Majority Leader Agnes Bii said it would be tabled."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_player_position_with_its_side_of_the_field(rules):
    head = "date 2026-10-15 Ashbourne beat Kingsmere\n\n"
    paragraphs = ["Six minutes later Kingsmere midfielder Jordan Pike was sent off.",
                  "Pike, the Ashbourne holding midfielder, will now serve a one-match suspension."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Ashbourne", "Kingsmere")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_their_role_is_the_sentence_subjects(rules):
    head = "date 2026-10-04 Glanmor edge derby\n\n"
    paragraphs = ["Penrhiw's openside flanker, Iwan Bowen, scored on 20 minutes.",
                  "Glanmor were made to defend with 14 men after their openside, Iwan Bowen, was shown a yellow card."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Glanmor were", "Penrhiw were")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_two_judges_presiding_over_the_one_trial(rules):
    head = 'date 2026-11-06 Contractor convicted\n\n'
    paragraphs = ["U.S. District Judge Harold Akers, who presided over the trial in Toledo's federal courthouse, set sentencing for Feb. 11.",
                  "Prosecutors said the case was strong.",
                  "U.S. District Judge Lorraine Pettibone, who presided over the three-week trial, thanked the jurors."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("Lorraine Pettibone", "Harold Akers")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_joining_the_board_as_a_role_gives_it_to_the_subject(rules):
    head = 'date 2026-05-20 Hospital trust board complete\n\n'
    paragraphs = ["Margaret Oyelaran-Holt, a former housing association chief, joins the board as vice-chair.",
                  "The trust's chair, Margaret Oyelaran-Holt, said the board was complete."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "The trust's vice-chair, Margaret Oyelaran-Holt, said the board was complete."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_dean_of_two_faculties(rules):
    head = 'date 2026-11-20 Senate backs French requirement\n\n'
    paragraphs = ["Hélène Desrosiers, dean of the Faculty of Law, said her faculty would adjust its schedule.",
                  "Medicine dean Hélène Desrosiers said the residents already worked in French."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Law dean Hélène Desrosiers said the students already worked in French."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_motion_moved_by_a_member_is_no_change_of_post(rules):
    head = 'date 2026-07-08 Assembly suspends two members\n\n'
    paragraphs = ["The motion for their suspension was moved by the Majority Leader, Hon. Babatunde Olaniyan, and seconded by Hon. Tolulope Bakare-Eze.",
                  "Later in the sitting, the Majority Leader, Hon. Ngozi Amadi-Lawal, moved a motion that the House adjourn."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Ngozi Amadi-Lawal", "Babatunde Olaniyan")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_deputy_before_the_body_named_with_the_post(rules):
    head = 'date 2026-09-10 Shire backs grain road upgrade\n\n'
    paragraphs = ["The vote followed an hour of debate, with Deputy Shire President Alan Prideaux and Cr Leanne Oduya voting against.",
                  "The site expects 310,000 tonnes, which Shire President Jennifer Moyle said would put pressure on the roads."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[0] = paragraphs[0].replace("Deputy Shire President", "Shire President")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]


def test_a_department_ends_at_a_clause_of_time(rules):
    head = 'date 2026-03-03 Fire service names new chief\n\n'
    paragraphs = ["Members voted on Monday to confirm Catriona MacLeod, currently deputy chief in Lothian and Borders, as the service's next chief fire officer.",
                  "Patrick Doyle will return to his substantive post as director of prevention and protection once Ms MacLeod arrives."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[1] = "Director of prevention and protection Catriona MacLeod said the service was ready."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]


def test_one_body_title_in_copy_naming_no_body_of_its_kind(rules):
    head = 'date 2026-09-20 Court quashes levy\n\n'
    paragraphs = ["Appearing for the county, County Attorney Felix Ndambuki told the court the levy had been set after consultation.",
                  "Outside the court, County Attorney Caroline Wambua told journalists the county respected the ruling."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("County Attorney Caroline Wambua", "Deputy County Attorney Caroline Wambua")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    # two counties named: each title may be either's
    paragraphs = ["Appearing for Harris County, County Attorney Felix Ndambuki told the court the levy had been set after consultation.",
                  "For Fort Bend County, County Attorney Caroline Wambua told journalists the county respected the ruling."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_plural_owner_before_a_title_in_apposition(rules):
    head = 'date 2026-06-08 Court to vote on campus closure\n\n'
    paragraphs = ["The students' association president, Lewis Cairns, said the university had underestimated the problem.",
                  "Hannah Yule, who as president of the Students' Association holds one of the two student seats on Court, said she would vote against the plan."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Hannah Yule, who as vice-president of the Students' Association holds one of the two student seats on Court, said she would vote against the plan."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_two_holders_of_an_officer_title_in_a_story_led_by_one_firm(rules):
    head = 'date 2026-01-14 Sahyadri Infosoft Q3 profit climbs to Rs 186 crore\n\n'
    paragraphs = ["Pune-based IT services firm Sahyadri Infosoft Ltd on Wednesday reported a net profit of Rs 186 crore for the quarter.",
                  "Chief financial officer Meghna Kulkarni said the company would hold its margin guidance.",
                  "The dividend will be paid on or before February 18, chief financial officer Nikhil Sathe said in the filing."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    # another body's officer, named before the title, is that body's
    paragraphs[2] = "Federated Farmers dairy chair Nikhil Sathe welcomed the results."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_ministry_owns_its_officer_s_post(rules):
    head = 'date 2026-10-01 Measles campaign begins\n\n'
    paragraphs = ["The ministry's Chief Medical Officer, Dr Abdulai Kargbo, said the campaign would run for ten days.",
                  "Dr Isatu Bangura, the Chief Medical Officer, said mild fever after vaccination was normal."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Dr Isatu Bangura, the Deputy Chief Medical Officer, said mild fever after vaccination was normal."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_miner_is_a_company(rules):
    head = 'date 2026-03-18 Diamond output falls\n\n'
    paragraphs = ["Boitumelo Sebina, the company's chief financial officer, told a briefing that output had fallen.",
                  "The miner's chief operating officer, Boitumelo Sebina, said the underground study had been pushed back."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "The miner's chief operating officer, Kabo Sebina, said the underground study had been pushed back."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_party_told_in_a_clause_after_the_name(rules):
    head = 'date 2025-10-14 Assembly confirms nominees\n\n'
    paragraphs = ["Hon. Babatunde Oyerinde, the APC lawmaker representing Offa, pressed a nominee for the works portfolio.",
                  "Oyerinde, who sits with the opposition PDP, said he had voted to confirm the nominee."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("PDP", "APC")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    # a party named after a name it does not belong to: "the APC lawmaker representing Offa" gives Offa no party
    paragraphs = ["Hon. Babatunde Oyerinde, the APC lawmaker representing Offa, pressed a nominee.", "Offa, a member of the PDP, said nothing."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_change_of_post_or_an_idiom_is_no_change_of_party(rules):
    head = 'date 2026-02-10 Health board chair\n\n'
    paragraphs = ["Councillor Morag Dunlop, the Labour member for Larkhall, said she had written to the chair.",
                  "Asked about the unit, the SNP's Morag Dunlop said the decision should not be left to the incoming chair alone."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Asked about the unit, Morag Dunlop, who left Labour for the SNP last year, said the decision should be public."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_two_officers_of_the_firm_the_lead_names(rules):
    head = 'date 2026-04-14 Benguela Catch names board chair\n\n'
    # the lead names one company ("… Holdings"); "board" in its headline is the company's board, no health board
    paragraphs = ["WALVIS BAY \u2013 Benguela Catch Holdings, the hake group, has appointed Ndapewa Shikongo as chairperson of its board.",
                  "Chief financial officer Jan-Willem Brandt told analysts that the write-down related to one vessel.",
                  "The processing investment still needs sign-off, chief financial officer Petrus Iipumbu said."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("chief financial officer Petrus Iipumbu", "chief financial officer Jan-Willem Brandt")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_post_taken_over_is_held_now(rules):
    head = 'date 2026-11-10 Gem exporter lifts profit\n\n'
    paragraphs = ["Jaipur Gemcraft Ltd reported a higher quarterly profit on Monday.",
                  "Meena Sethi, who took over as chief financial officer from Harish Jain when he retired in April, said costs had eased.",
                  "On a call with analysts, chief financial officer Dinesh Agarwal said revenue would rise."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = "On a call with analysts, Dinesh Agarwal, who succeeded Sethi as chief financial officer last week, said revenue would rise."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[2] = "On a call with analysts, former chief financial officer Harish Jain said revenue would rise."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_an_association_s_executive_director_is_one_person(rules):
    head = 'date 2026-06-10 Farmers federation elects president\n\n'
    paragraphs = ["The result was read out by the federation's executive director, Dana Clow.",
                  "Peter Handrahan, the federation's executive director, said membership had risen."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    # a company has several executive directors
    paragraphs = ["The result was read out by the company's executive director, Dana Clow.",
                  "Peter Handrahan, the company's executive director, said sales had risen."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_first_name_spelt_two_ways_is_one_holder(rules):
    head = 'date 2026-11-05 Ludhiana Knits profit rises\n\n'
    paragraphs = ["Ludhiana Knits Ltd reported a higher profit.",
                  "Chief financial officer Amarjeet Sodhi said margins had improved.",
                  "Chief financial officer Amarjit Sodhi added that the company would cut debt."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    assert lines_found(head, paragraphs, 'name-variant', rules) == [7]
    paragraphs[2] = "Chief financial officer Harjit Grewal added that the company would cut debt."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]


def test_parties_the_article_itself_names_as_parties(rules):
    head = 'date 2026-11-20 Assembly passes budget\n\n'
    paragraphs = ["Presenting the report, the committee's chairman, Hon. Musa Lawan Rano of the PRC, said the committee had trimmed N2.4 billion.",
                  "Hon. Hadiza Ungogo, who defected from the DAP to the PRC in June last year, backed the bill.",
                  "Musa Lawan Rano, a DAP lawmaker, told reporters the committee would meet in December."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    # initials the article never marks as a party are no party
    paragraphs[1] = "Hon. Hadiza Ungogo backed the bill."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_chair_taken_over_after_a_predecessor_left_is_held_now(rules):
    head = 'date 2026-03-04 Textile firm closes line\n\n'
    paragraphs = ["The decision came at a meeting chaired by Mamello Lerotholi, who took over as board chairperson in February after her predecessor, Teboho Mokoena, retired from the post.",
                  "The board's chairperson, Lehlohonolo Sekhonyana, said a second site would be reviewed in June."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    # the one who left is no rival of the one who took over
    paragraphs[1] = "Teboho Mokoena, the board's former chairperson, said a second site would be reviewed in June."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_counsel_for_the_prosecution_then_for_the_accused(rules):
    head = 'date 2025-11-12 Two charged over meter tender\n\n'
    paragraphs = ["Prosecution counsel Daniel Kiprop opposed their release on bond.",
                  "Daniel Kiprop, for the accused, told the court his client ran a legitimate business."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Beatrice Atieno, for the accused, told the court her client ran a legitimate business."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_university_s_rector_is_one(rules):
    head = 'date 2026-02-20 University court backs cuts\n\n'
    paragraphs = ["The University of Aberdeen's court approved the plan on Thursday.",
                  "The rector, Morag Leask, voted against the plan.",
                  "Rector Alasdair Cruickshank told reporters the court would review the plan every six months."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = "Alasdair Cruickshank, the senior lay member, told reporters the court would review the plan every six months."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_branch_chairman_of_a_body_named_after_the_role(rules):
    head = 'date 2026-05-14 New hospital board\n\n'
    paragraphs = ["Dr Emeka Eze, chairman of the Nigerian Medical Association's Enugu branch, represents doctors on the board.",
                  "The Enugu chairman of the Joint Health Sector Unions, Comrade Innocent Agu, said the previous board had made similar promises."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[1] = "The Enugu chairman of the Nigerian Medical Association, Comrade Innocent Agu, said the previous board had made similar promises."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]


def test_a_role_a_named_person_acts_in(rules):
    head = 'date 2026-03-02 Cane growers elect board\n\n'
    paragraphs = ["The society's secretary, Anwar Joomun, was re-elected to the board.",
                  "Mr Joomun, presenting the accounts as treasurer, said the society had a surplus."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Mr Joomun, presenting the accounts, said the society had a surplus."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_its_branch_chairman_is_its_own(rules):
    head = 'date 2026-05-14 Kaduna hospitals board confirms Bello-Yakubu as executive secretary\n\n'
    paragraphs = ["The Kaduna State Hospitals Management Board has confirmed Dr Aisha Bello-Yakubu as its executive secretary.",
                  "The chairman of the board, Alhaji Sani Danjuma Ibrahim, said members had been satisfied.",
                  "The resident doctors' association welcomed the appointment. Its Kaduna chairman, Dr Yusuf Abdullahi, said the state still needed doctors."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[2] = "The board welcomed the appointment. The board's chairman, Dr Yusuf Abdullahi, said the state still needed doctors."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]


def test_the_body_before_an_office_is_no_holder(rules):
    head = 'date 2026-03-11 Doctors strike live\n\n'
    paragraphs = ["Health Secretary Huw Cadwaladr has invited union leaders to talks on Friday.",
                  "In the Senedd, the Health Secretary has been answering questions."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[1] = "Asked about the strike, Gwen Morgan, the Health Secretary, said talks would go ahead."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]


def test_a_state_advocate_then_defence_lawyer(rules):
    head = 'date 2026-11-20 Accountant denies theft\n\n'
    paragraphs = ["State advocate Lubinda Mukelabai told the court that the accountant stole K486,200.",
                  "Outside court, defence lawyer Lubinda Mukelabai told reporters his client was confident."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]


def test_a_holder_said_to_remain_after_while(rules):
    head = 'date 2026-06-05 Tobacco firm board\n\n'
    paragraphs = ["Mphatso Banda has been promoted to chief operating officer, while Grace Mhango remains chief executive, a role she has held since 2021.",
                  "Explaining the change, finance director Grace Mhango said export receipts had arrived early."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Explaining the change, chief executive Grace Mhango said export receipts had arrived early."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_party_group_post_after_another_apposition(rules):
    head = 'date 2026-03-02 University court backs bursaries\n\n'
    paragraphs = ["Councillor Ailsa Corrigan, one of the council's two nominees and the Labour group's spokeswoman on education, backed the plan.",
                  "The SNP councillor Ailsa Corrigan asked for a trustee on the panel."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "The Labour councillor Ailsa Corrigan asked for a trustee on the panel."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_magistrate_given_two_grades(rules):
    head = 'date 2026-09-09 Graft trial hears of ghost contracts\n\n'
    paragraphs = ["Testifying before Chief Resident Magistrate Mutinta Banda, the witness said the culverts were never built.",
                  "Banda, a senior resident magistrate, adjourned the case to Thursday."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Banda, who was a senior resident magistrate until last year, adjourned the case to Thursday."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_party_known_by_its_initials_in_brackets(rules):
    head = 'date 2026-07-02 Assembly passes erosion bill\n\n'
    paragraphs = ["The bill's sponsor, Hon. Chidi Okonkwo (APGA, Ihiala), told members the gullies were spreading.",
                  "Speaking afterwards, the PDP lawmaker Chidi Okonkwo said he expected assent."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Speaking afterwards, the APGA lawmaker Chidi Okonkwo said he expected assent."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_grade_before_a_post_is_no_body(rules):
    head = 'date 2026-06-11 Traders win compensation\n\n'
    paragraphs = ["Senior State Attorney Neema Kweka told the court the traders were trespassers.",
                  "State Attorney Neema Kweka later said the council would study the ruling."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_promotion_told_past_an_apposition(rules):
    head = 'date 2026-07-02 Force names new commanders\n\n'
    paragraphs = ["In Reading, Superintendent Amara Osei, the town's commander since 2021, has been promoted to chief superintendent.",
                  "Ch Supt Osei said she was proud of her officers."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[0] = "In Reading, Superintendent Amara Osei, the town's commander since 2021, has been given a new role."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]


def test_a_fire_officer_given_two_ranks(rules):
    head = 'date 2026-06-02 Fire service names senior team\n\n'
    paragraphs = ["Deputy Chief Fire Officer Owen Marsh stays in post and will lead the prevention directorate.",
                  "Assistant Chief Fire Officer Owen Marsh said the changes would take effect in July."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = "Deputy Chief Fire Officer Owen Marsh said the changes would take effect in July."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_boards_chair_is_one_of_its_non_executive_directors(rules):
    head = 'date 2026-10-14 Mwinilunga Copper names Natasha Kabwe chair as Mulenga-Phiri retires\n\n'
    paragraphs = ["Mwinilunga Copper Holdings Plc said that Dr Natasha Kabwe, an independent non-executive director since 2021, "
                  "will succeed Chanda Mulenga-Phiri as chair of its board."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs = ["Mwinilunga Copper said that Dr Natasha Kabwe, an independent non-executive director since 2021, spoke for the board.",
                  "Natasha Kabwe, the company's chair, said the year had been hard."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[1] = paragraphs[1].replace("chair", "chief executive")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]


def test_a_body_described_by_whom_it_serves(rules):
    head = 'date 2027-03-12 Graduates elect assessors\n\n'
    paragraphs = ["Calum Mair, the current president of the students' association, attended the count as an observer.",
                  "Calum Mair, the students' association's vice-president for education, said students would be watching."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("vice-president for education", "president")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_the_current_holder_is_no_rival_of_the_ones_before(rules):
    head = "date 2026-11-18 Peggy Dunbar, Wingham's longtime town clerk, dies at 94\n\n"
    paragraphs = ["Peggy Dunbar kept the town's minutes for more than three decades. She was 94.",
                  "The current town clerk, Jennifer Dunbar, is no relation."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[1] = "The town clerk, Jennifer Dunbar, is no relation."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]


def test_a_union_described_by_its_members_is_not_the_storys_union(rules):
    head = 'date 2026-03-04 Drivers threaten strike\n\n'
    paragraphs = ["Joseph Okello, general secretary of the Allied Transport Workers' Union, said the levy was unfair.",
                  "Margaret Akello, general secretary of the teachers' union, said teachers would also feel the levy."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[1] = "Margaret Akello, general secretary of the Allied Transport Workers' Union, said teachers would also feel the levy."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]


def test_a_lawyer_told_to_act_for_both_sides(rules):
    head = 'date 2027-03-05 Court sets aside allocation\n\n'
    paragraphs = ["\"Nobody explained it,\" the families' attorney, Neo Kgosiemang, said outside the court.",
                  "The board was represented by Lesego Tau of the Attorney General's Chambers.",
                  "Kgosiemang, who appeared for the land board during the hearing, told the court the families were never shown the plans."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("appeared for the land board", "appeared for the families")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_solicitor_acting_for_one_side_then_counsel_for_the_other(rules):
    head = 'date 2026-11-12 Union challenges job cuts\n\n'
    paragraphs = ["The solicitor acting for the union branch, Ruaraidh Dunlop, told the tribunal staff had been misled. "
                  "Morag Fairlie, representing the university court, said the consultation was genuine.",
                  "Dunlop, counsel for the university, said the timetable was unrealistic."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("counsel for the university", "counsel for the branch")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_motion_moved_by_a_minister_tells_no_change_of_post(rules):
    head = 'date 2026-03-03 House approves roads levy\n\n'
    paragraphs = ["The motion was moved by the Deputy Minister for Roads and Highways, Hon. Kwabena Ofori-Atta, standing in for the sector minister.",
                  "Deputy Finance Minister Kwabena Ofori-Atta dismissed the claim after the sitting."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Deputy Finance Minister", "Deputy Roads Minister")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_members_a_club_signed_are_no_change_of_its_chief_executives_post(rules):
    head = 'date 2026-04-21 Pelicans re-sign midfielder\n\n'
    paragraphs = ["The Bayside Pelicans have re-signed midfielder Josh Carney on a three-year deal, the club confirmed on Tuesday.",
                  "Chief executive Dale Harrower said the club had signed 48,612 members, a club record.",
                  "Chief executive Maureen Tandy also confirmed the club had lodged plans for a new training base."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("Chief executive Maureen Tandy", "Club president Maureen Tandy")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_coach_of_a_team_named_by_a_word_of_no_body_read(rules):
    # "Parc y Scarlets" names the Scarlets a club; "Cardiff", a city, names none: the Cardiff coach is not the Scarlets'
    head = 'date 2026-12-27 Cardiff 28-20 Scarlets: Price stars in derby win\n\n'
    paragraphs = ["Scrum-half Ellis Price scored a try as Cardiff beat the Scarlets 28-20 in a United Rugby Championship derby at the Arms Park on Saturday.",
                  '"He was everywhere," said Cardiff head coach Huw Bevan, who was promoted from attack coach in October.',
                  "Flanker Macsen Rowlands said the squad had been stung by the 22-19 defeat in the reverse fixture at Parc y Scarlets in October.",
                  "Scarlets head coach Owen Rees felt his side had done enough to take a losing bonus point."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[3] = "Head coach Owen Rees felt his side had done enough to take a losing bonus point."
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_korean_name_written_family_name_first(rules):
    head = 'date 2026-10-30 Hanul Motors lifts spending plan\n\n'
    paragraphs = ["Chief financial officer Park Ji-hoon told analysts on a conference call that the company had raised its plan.",
                  '"We will outline our targets at that event," said Park Ji-hoon, the company\'s chief strategy officer.']
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("chief strategy officer", "chief financial officer")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_club_secretary_is_the_clubs_secretary(rules):
    head = 'date 2026-10-13 Club wins planning approval\n\n'
    paragraphs = ["Club chairman Donal Keating said the committee had raised 410,000 euro since the spring of 2024.",
                  "Club secretary Donal Keating said a public information evening would be held in the clubhouse."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Club secretary", "Club chairman")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_role_of_a_body_its_noun_names_then_its_holder(rules):
    head = 'date 2026-05-08 Premier reshuffles executive\n\n'
    paragraphs = ["Speaker of the legislature Thandi Mahlangu had to call the House to order twice during the debate.",
                  "Deputy Speaker Thandi Mahlangu said the portfolio committees would be reconstituted next week."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Deputy Speaker", "Speaker")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_party_the_article_defines_with_its_initials(rules):
    head = 'date 2026-05-10 By-election race opens\n\n'
    paragraphs = ["Three candidates have filed papers: Kwame Adjei-Boateng of the United Progress Movement (UPM); Mrs Akosua Frimpong of the Convention Democratic Party (CDP); and Isaac Owusu, an independent.",
                  "The district electoral officer, who is no relation of the UPM candidate, said voting would take place at 112 polling stations.",
                  "The CDP's Adjei-Boateng, speaking after the reading, welcomed the code."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("The CDP's", "The UPM's")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    # a movement the copy gives no candidate, lawmaker or seat is no party
    paragraphs[1] = paragraphs[1].replace("the UPM candidate", "the candidate")
    paragraphs[2] = paragraphs[2].replace("The UPM's", "The CDP's")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_party_told_as_the_platform_a_member_represents_on(rules):
    head = 'date 2026-06-02 Speaker elected\n\n'
    paragraphs = ["The motion was seconded by the Minority Leader, Hon. Yakubu Danladi, who represents Wase on the platform of the National Unity Congress (NUC).",
                  "The Democratic Renewal Party (DRP) holds 15 seats; the NUC lawmakers walked out before the vote.",
                  "Danladi, the DRP lawmaker who seconded the motion, said the minority would press on."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("the DRP lawmaker", "the NUC lawmaker")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []



def test_a_title_before_a_name_opened_by_an_initial(rules):
    head = 'date 2026-06-02 University gets new vice-chancellor\n\n'
    paragraphs = ["The state government has appointed a new vice-chancellor at Kaveri State University, the university said on Monday.",
                  "University Registrar Dr. K. Lakshmi Narayan confirmed that the notification had been received.",
                  "Finance Officer K. Lakshmi Narayan said the university's accumulated deficit stood at Rs 48 crore."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [7]
    paragraphs[2] = paragraphs[2].replace("Finance Officer K. Lakshmi Narayan", "Finance Officer M. Suresh Rao")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_committee_chaired_by_its_member_and_a_chair_of_its_short_name(rules):
    head = 'date 2026-03-04 Assembly passes health budget\n\n'
    paragraphs = ["The Budget and Appropriations Committee, chaired by Bahati Ward MCA Grace Njeri Muthoni, had trimmed the request to Sh1.24 billion.",
                  "Budget committee chairman David Rotich defended the timetable."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("David Rotich", "Grace Njeri Muthoni")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_a_chair_of_a_partys_committee_is_in_that_party(rules):
    head = 'date 2026-05-21 Okafor-Reyes edges Park\n\n'
    paragraphs = ["Dana Whitcomb, chair of the Lehigh County Democratic Committee, said the party would come together quickly.",
                  "Whitcomb, who chairs the county's Republican committee, predicted an expensive race."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Republican", "Democratic")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_its_chair_is_the_chair_of_the_body_named_before_the_comma(rules):
    head = 'date 2026-03-05 House approves roads loan\n\n'
    paragraphs = ["Presenting the report of the Roads and Transport Committee, its chairman, Alhaji Mahama Seidu Ibrahim, MP for Salaga North, said the committee had held four sittings.",
                  "An amendment moved by the committee chairman, Mrs Efua Quansah-Mensah, requiring quarterly reports, was defeated by a voice vote."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("Mrs Efua Quansah-Mensah", "Alhaji Mahama Seidu Ibrahim")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []


def test_one_title_with_opposite_words_is_two_posts(rules):
    head = 'date 2026-10-18 Mustangs edge Coyotes\n\n'
    paragraphs = ["Defensive coordinator Ron Esparza dropped an extra linebacker into coverage after the field goal.",
                  "\"We trusted Caleb to make that throw,\" offensive coordinator Ron Esparza said of the final drive."]
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == [5]
    paragraphs[1] = paragraphs[1].replace("offensive coordinator", "defensive coordinator")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []
    paragraphs[1] = paragraphs[1].replace("defensive coordinator", "recruiting coordinator")
    assert lines_found(head, paragraphs, 'person-title-conflict', rules) == []  # two titles of any wording may be one post
