"""Reading people: office phrases, name mentions, linking mentions into people, and rules/people.yaml validation."""

from __future__ import annotations

import pytest

from factcheck.errors import RuleFileError
from factcheck.language.people import find_names, find_offices, load_people, people_knowledge, read_people, similar_spellings

KB = load_people()


def _offices(text):
    return [
        (text[o.start : o.end], o.office, o.country, o.modifiers, o.qualified, text[o.holder[0] : o.holder[1]] if o.holder else None)
        for o in find_offices(text, KB)
    ]


@pytest.mark.parametrize("text,expected", [
    ("Ukrainian President Volodymyr Zelenskyy said", [("Ukrainian President", "president", "Ukraine", (), False, "Volodymyr Zelenskyy")]),
    ("Danish defence minister Mette Lindqvist.", [("Danish defence minister", "defence portfolio", "Denmark", (), False, "Mette Lindqvist")]),
    ("The Netherlands' infrastructure minister, Marloes Vink, said", [("The Netherlands' infrastructure minister", "infrastructure portfolio", "Netherlands", (), False, "Marloes Vink")]),
    ("she does not regard Hungary's PM as a credible partner", [("Hungary's PM", "prime minister", "Hungary", (), False, None)]),
    ("after the PM's brief visit", [("PM", "prime minister", None, (), False, None)]),
    ("the former prime minister Graham Tolland", [("former prime minister", "prime minister", None, ("former",), False, "Graham Tolland")]),
    ("The then-transport secretary, Imogen Ratcliffe, said", [("then-transport secretary", "transport portfolio", None, ("then",), False, "Imogen Ratcliffe")]),
    ("Shadow health secretary Nadia Quilter said", [("Shadow health secretary", "shadow health portfolio", None, ("shadow",), False, "Nadia Quilter")]),
    ("The deputy prime minister, Martin Okoro, said", [("deputy prime minister", "deputy prime minister", None, ("deputy",), False, "Martin Okoro")]),
    ("Club president Florentino Vidal said", [("president", "president", None, (), True, "Florentino Vidal")]),
    ("the president of the union, Ann Kerr, said", [("president", "president", None, (), True, None)]),
    ("the Prime Minister of Ukraine said", [("Prime Minister of Ukraine", "prime minister", "Ukraine", (), False, None)]),
    ("Rishi Sunak, the prime minister, said", [("prime minister", "prime minister", None, (), False, "Rishi Sunak")]),
    ("the country's finance minister, Ilse Brandt, said", [("the country's finance minister", "finance portfolio", "(this country)", (), False, "Ilse Brandt")]),
    ("led by Turkey's defence minister, Selim Karabulut, who said", [("Turkey's defence minister", "defence portfolio", "Turkey", (), False, "Selim Karabulut")]),
    ("The former Turkish foreign minister Mevlut Aksoy said", [("former Turkish foreign minister", "foreign portfolio", "Turkey", ("former",), False, "Mevlut Aksoy")]),
    ("US Trade Representative Jonathan Reyes said", [("Trade Representative", "trade representative", None, (), False, "Jonathan Reyes")]),
    ("The Iraqi oil minister, Hayan Abdul-Karim, said", [("Iraqi oil minister", "oil portfolio", "Iraq", (), False, "Hayan Abdul-Karim")]),
    # "pm" in lower case is a time, not an office
    ("the meeting ends at 5 pm tonight", []),
])
def test_find_offices(text, expected):
    assert _offices(text) == expected


def test_find_names_with_evidence():
    text = "Ms Okafor said the port would help. Derek Hollins, 78, was found at Mill Lane. The Ministry of Defence said the Leddon Leisure Centre was open."
    found = [(text[m.start : m.end], m.evidence) for m in find_names(text, KB)]
    assert found == [("Okafor", True), ("Derek Hollins", True), ("Mill", False)] or found == [("Okafor", True), ("Derek Hollins", True)]


@pytest.mark.parametrize("text,expected", [
    ("Lieutenant Colonel Siobhan McArdle said.", [("Siobhan McArdle", "Colonel")]),
    ("Lt Col McCardle said.", [("McCardle", "Col")]),
    ("Detective Sergeant Paul Hindle of West Yorkshire Police said.", [("Paul Hindle", "Sergeant")]),
    ("The Dean, the Very Rev Dominic Barrington, said.", [("Dominic Barrington", "Rev")]),
    ("Deputy Mayor Ann Pendry said.", [("Ann Pendry", "Mayor")]),
    # a rank word that is the last word of a name stays the surname
    ("Julie Bishop said. John Major said.", [("Julie Bishop", None), ("John Major", None)]),
])
def test_ranks_before_a_name_are_not_part_of_it(text, expected):
    found = [(text[m.start : m.end], m.honorific) for m in find_names(text, KB) if m.evidence]
    assert found == expected


def test_quoted_title_names_are_marked():
    text = 'Her memoir, "Signals at Danger: The Leonia Marsh Story", was published, Leonie Marsh said.'
    marks = {text[m.start : m.end]: m.in_title for m in find_names(text, KB)}
    assert marks["Leonie Marsh"] is False
    assert any(in_title for name, in_title in marks.items() if "Leonia" in name)


def test_read_people_links_surnames_and_honorifics():
    texts = [
        "Defence Secretary Ruth Castell is expected to press for more funding.",
        "Ms Castell will chair the talks alongside Danish defence minister Mette Lindqvist.",
        "Castell said the UK would do its share.",
    ]
    people = read_people(texts, KB)
    by_name = {p.full_name: p for p in people.persons}
    assert [i for i, _ in by_name["Ruth Castell"].mentions] == [0, 1, 2]
    assert [o.office for _, o in by_name["Ruth Castell"].offices] == ["defence portfolio"]
    assert [o.country for _, o in by_name["Mette Lindqvist"].offices] == ["Denmark"]


def test_irish_surname_prefixes_are_left_out_of_the_name_words():
    texts = ["Fianna Fáil chose Caoimhe Ní Chonaill on Saturday.", "Ms Ní Chonaill thanked delegates.", "Dónal Ó Súilleabháin said he would stand."]
    people = read_people(texts, KB)
    by_name = {p.full_name: p for p in people.persons}
    assert sorted(by_name) == ["Caoimhe Chonaill", "Dónal Súilleabháin"]
    assert [(i, texts[i][m.start : m.end]) for i, m in by_name["Caoimhe Chonaill"].mentions] == [(0, "Caoimhe Ní Chonaill"), (1, "Ní Chonaill")]


def test_particles_in_a_row_are_left_out_of_the_name_words():
    texts = ["Pieter van der Merwe said the motion had failed.", "Ana de la Cruz said she would stand again."]
    people = read_people(texts, KB)
    assert sorted(p.full_name for p in people.persons) == ["Ana Cruz", "Pieter Merwe"]


def test_read_people_keeps_people_who_share_a_surname_apart():
    texts = ["David Miliband said the charity would grow.", "His brother Ed Miliband said he agreed.", "Mr Miliband added that it was good news."]
    people = read_people(texts, KB)
    names = sorted(p.full_name for p in people.persons)
    assert names == ["David Miliband", "Ed Miliband"]
    # the ambiguous "Mr Miliband" is given to neither
    assert all(len(p.mentions) == 1 for p in people.persons)


def test_read_people_merges_a_misspelt_surname_with_the_same_first_name():
    texts = ["Mykola Horodetskyy said the bridge would reopen.", "Horodetskyy told engineers.", "Ukrainian Foreign Minister Mykola Horodetsky thanked donors."]
    (person,) = read_people(texts, KB).persons
    assert person.spellings == {"Horodetskyy", "Horodetsky"}
    assert len(person.mentions) == 3


@pytest.mark.parametrize("text,expected", [
    # a sentence's opening participle is not a first name; an "-ing" first name inside a sentence stays one
    ("Representing Deardon, Anil Mehta said.", ["Deardon", "Anil Mehta"]),
    ("Speaking to reporters, Mr Lowe said.", ["Lowe"]),
    ("The winger, Sterling Brown, said.", ["Sterling Brown"]),
])
def test_opening_participles_are_not_first_names(text, expected):
    assert [text[m.start : m.end] for m in find_names(text, KB)] == expected


def test_a_role_roles_yaml_names_whole_is_not_a_deputy_office():
    from factcheck.language.roles import load_roles

    texts = ["The deputy vice-chancellor, Professor Ian McCallum, led the review.", "The vice-chancellor, Professor Helen Strachan, said."]
    people = read_people(texts, KB, load_roles())
    assert [[o.form for o in os_] for os_ in people.offices] == [[], []]
    assert [[r.role for r in rs] for rs in people.roles] == [["deputy:vice-chancellor"], ["vice-chancellor"]]


def test_unattached_office_references():
    texts = ["The Hungarian President called for calm.", "Hungary's PM was not seen as credible."]
    people = read_people(texts, KB)
    assert [(i, o.office, o.country) for i, o in people.unattached] == [(0, "president", "Hungary"), (1, "prime minister", "Hungary")]


def test_similar_spellings():
    words = ["Siobhan", "Siobahn", "Keir", "Kier", "David", "Ed"]
    assert [(words[i], words[j], d) for i, j, d in similar_spellings(words)] == [("Siobhan", "Siobahn", 1), ("Keir", "Kier", 1)]


def test_knowledge_from_context_or_shipped():
    assert people_knowledge({}) is KB
    assert people_knowledge({"people": KB}) is KB


@pytest.mark.parametrize("body,line,col,reason", [
    ("offices: []\nmodifiers: {}\ncountries: {}\n", 1, 10, "offices"),
    ("offices:\n  president:\n    forms: [president]\n    unique: maybe\nmodifiers: {}\ncountries: {}\n", 4, 13, "unique must be true or false"),
    ("offices:\n  president:\n    forms: [president]\n    colour: red\nmodifiers: {}\ncountries: {}\n", 4, 5, "unknown key 'colour'"),
    ("offices: {}\nmodifiers: {}\ncountries: {}\npeople: []\n", 4, 1, "unknown key 'people'"),
    ("offices: {}\nmodifiers: {}\n", 1, 1, "countries"),
    ("offices: {}\nmodifiers:\n  change: [former, 3]\ncountries: {}\n", 3, 20, "must hold words"),
    ("offices: {}\nmodifiers: {}\ncountries:\n  Ukraine: {adjective: [Ukrainian]}\n", 4, 13, "unknown key 'adjective'"),
    ("offices: {}\nmodifiers: {}\ncountries: {}\nportfolios: {home: [home]}\nportfolio_forms: [home secretary]\n", 5, 19, "{portfolio}"),
    ("offices: {\n", 2, 1, "invalid YAML"),
])
def test_broken_people_file_names_file_line_and_column(tmp_path, body, line, col, reason):
    path = tmp_path / "people.yaml"
    path.write_text(body)
    with pytest.raises(RuleFileError) as err:
        load_people(str(path))
    assert (err.value.path, err.value.line, err.value.column) == (str(path), line, col)
    assert reason in err.value.reason


def test_a_newsroom_can_add_an_office(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("offices:\n  mayor:\n    forms: [mayor]\n    groups: [city]\n    unique: true\nmodifiers: {change: [former]}\ncountries: {}\n")
    kb = load_people(str(path))
    text = "Mayor Ann Kerr said"
    assert [(o.office, text[o.holder[0] : o.holder[1]]) for o in find_offices(text, kb)] == [("mayor", "Ann Kerr")]


@pytest.mark.parametrize("text,expected", [
    ("Culture, Media and Sport Secretary Lisa Nandy said", [("sport portfolio", True)]),
    ("Sport and Tourism Minister Ama Mensah said", [("tourism portfolio", True)]),
    ("Prime Minister Keir Starmer and Foreign Secretary David Lammy met", [("prime minister", False), ("foreign portfolio", False)]),
    ("Tourism Minister Nadia Appadoo told MPs", [("tourism portfolio", False)]),
])
def test_a_department_named_with_others_is_a_combined_office(text, expected):
    """"Culture, Media and Sport Secretary" is one combined department's office, kept out of comparisons (qualified)."""
    from factcheck.language.people import find_offices, load_people

    assert [(o.office, o.qualified) for o in find_offices(text, load_people())] == expected


@pytest.mark.parametrize("text,expected", [
    ("Linda Ford said the session was open.", [("Linda", "Ford")]),
    ("Peter Hall, 58, said the session was open.", [("Peter", "Hall")]),
    ("Ms Ford said the session was open.", [(None, "Ford")]),
    ("Ford said it would cut 400 jobs.", []),  # the carmaker: no first name, no honorific
    ("Town Hall said the session was open.", []),  # both words a body's
    ("Bill Hammons said the session was open.", [("Bill", "Hammons")]),  # a body's word that is also a first name
    ("The Finance Bill passed its second reading.", []),
])
def test_a_surname_that_is_also_a_bodys_word(text, expected):
    assert [(p.given, p.surname) for p in read_people([text], KB).persons] == expected


def test_a_quoted_nickname_is_left_out_of_the_name_words():
    texts = ['Vice Mayor Teodoro "Teddy" Villanueva did not need to break a tie.', "Mayor Lourdes \u201cMalou\u201d Reyes signed it.",
             "Villanueva said the council had done its work."]
    people = read_people(texts, KB)
    assert sorted(p.full_name for p in people.persons) == ["Lourdes Reyes", "Teodoro Villanueva"]


def test_councilor_is_an_honorific():
    texts = ["Majority floor leader Councilor Arnel Bautista sponsored the measure.", "Bautista said the site could take 180 families."]
    people = read_people(texts, KB)
    assert [(p.full_name, [texts[i][m.start : m.end] for i, m in p.mentions]) for p in people.persons] == [("Arnel Bautista", ["Arnel Bautista", "Bautista"])]
