"""Reading roles in organisations, ranks and parties, and rules/roles.yaml validation and layering."""

from __future__ import annotations

import pytest

from factcheck.errors import RuleFileError
from factcheck.language.people import _name_runs, load_people
from factcheck.language.roles import find_roles, find_titles, load_roles

KB = load_people()
RK = load_roles()


def _roles(text, rk=RK):
    runs = _name_runs(text, KB, rk.title_words)
    out = []
    for r in find_roles(text, rk, runs, KB.is_place):
        org = (r.org.name and " ".join(r.org.name), r.org.kind) if r.org else None
        out.append((r.role, org, r.modifiers, text[r.holder[0] : r.holder[1]] if r.holder else None))
    return out


@pytest.mark.parametrize("text,expected", [
    ("Harbrook Logistics chief executive Jane Smith said", [("chief executive", ("harbrook logistics", "company"), (), "Jane Smith")]),
    ("Jane Smith, the charity's chief executive, said", [("chief executive", (None, "charity"), (), "Jane Smith")]),
    ("The club's manager, Gary Rowe, said", [("manager", (None, "club"), (), "Gary Rowe")]),
    ("Tom Reed, chief executive of Acme Ltd, said", [("chief executive", ("acme", "company"), (), "Tom Reed")]),
    ("Rita Moss, who chairs the committee, said", [("chair", (None, "committee"), (), "Rita Moss")]),
    ("Alison Tranter, who became chief executive in 2023, said", [("chief executive", None, (), "Alison Tranter")]),
    ("The former chief executive, Derek Hollis, said", [("chief executive", None, ("former",), "Derek Hollis")]),
    ("The deputy head, Tom Reed, agreed", [("deputy:head teacher", None, (), "Tom Reed")]),
    ("Headteacher Jane Smith said", [("head teacher", None, (), "Jane Smith")]),
    ("Tom Beck, the school's head football coach, said", []),
    ("Jane Smith, the firm's chairman and chief executive, said", [
        ("chair", (None, "company"), (), "Jane Smith"), ("chief executive", (None, "company"), (), "Jane Smith")]),
    ("Sgt Amy Fox said", [("rank", None, (), "Amy Fox")]),
    ("Det Ch Insp Ruth Calloway said", [("rank", None, (), "Ruth Calloway")]),
    ("Ann Cole (Lab) said", [("Labour", None, (), "Ann Cole")]),
    ("Labour councillor Ben Dray agreed", [("Labour", None, (), "Ben Dray")]),
    # the party is the name's after the seat, not the seat's
    ("The Liberal MP for Glenrowan, Tom Hadley, said", [("Liberal", None, (), "Tom Hadley")]),
    ("The Labour councillor for North Ward, Ben Dray, said", [("Labour", None, (), "Ben Dray")]),
    ("Club president Grant Holloway said", [("president", (None, "club"), (), "Grant Holloway")]),
    ("Sen. Ruth Bell (D-Ohio) said", [("Democratic", None, (), "Ruth Bell")]),
    # "head" and "leader" need an organisation of their kind; someone else's role is not the name's
    ("the head of the choir, Ann Kerr, said", []),
    # a department's head: the department is part of the role; "director" says nothing without one
    ("the head of communications, Ann Kerr, said", [("head of department", None, (), "Ann Kerr")]),
    ("Director of services Gerard Cunniffe said", [("head of department", None, (), "Gerard Cunniffe")]),
    ("the head of state, Ann Kerr, said", []),
    ("film director Ann Kerr said", []),
    # a remit in brackets between the role and the name; a role joined by "and" to an office before the name
    ("Provost and vice-president (academic) Ann Kerr said", [("provost", None, (), "Ann Kerr"), ("deputy:president", None, (), "Ann Kerr")]),
    # a party in brackets after the name, before or after the role
    ("The Cathaoirleach, Cllr Una Walsh (FF), said", [("cathaoirleach", None, (), "Una Walsh"), ("Fianna Fáil", None, (), "Una Walsh")]),
    ("Cllr Tom Hart (FG), a former Cathaoirleach of the council", [("cathaoirleach", (None, "council"), ("former",), "Tom Hart"), ("Fine Gael", None, (), "Tom Hart")]),
    ("Its leader, Hannah Brightwell, said", []),
    ("the chancellor's chief of staff", []),
    # the holder after an honorific; a role followed by "'s" is someone else's
    ("The vice-chancellor, Professor Helen Strachan, said", [("vice-chancellor", None, (), "Helen Strachan")]),
    ("Its chairman, Sir Malcolm Treharne, will step down", [("chair", ("#its 0", None), (), "Malcolm Treharne")]),
    ("Anil Mehra, the chairman's younger brother, said", []),
    ("Fiona Ardley, who took over as chief executive in 2024, said", [("chief executive", None, (), "Fiona Ardley")]),
    # a role of its own, not a deputy's; a named club of no known kind takes the role's kind
    ("Aldershire's vice-captain Tom Ashworth said", [("vice-captain", ("aldershire", "club"), (), "Tom Ashworth")]),
    ("Marchshire skipper Hamish Drysdale said", [("captain", ("marchshire", "club"), (), "Hamish Drysdale")]),
    # counsel's roles only between commas after a name
    ("Rebecca Thornley, prosecuting, said", [("prosecuting counsel", None, (), "Rebecca Thornley")]),
    ("Ms Thornley, defending, said", [("defence counsel", None, (), "Thornley")]),
    ("Defending champion Rebecca Thornley won", []),
    # a passive role: the body before "is", the holder after "by"; no holder when "by" is not followed by a name
    ("The association's board is chaired by Dr Gwenan Prydderch, a retired GP.", [("chair", (None, "association"), (), "Gwenan Prydderch")]),
    ("The panel is chaired by Sir John Elk, who said", [("chair", (None, "committee"), (), "John Elk")]),
    ("The conference is chaired by the union's president, Chiamaka Nwosu, said", [("president", (None, "union"), (), "Chiamaka Nwosu")]),
    ("Mr Ogunleye, who was re-elected as the union's president last year, said", [("president", (None, "union"), (), "Ogunleye")]),
    # a role in a party's group gives the party too
    ("Cllr Mykola Shevchuk, who leads the Conservative group, said", [
        ("leader", ("conservative", None), (), "Mykola Shevchuk"), ("Conservative", None, (), "Mykola Shevchuk")]),
    # a coach of one part of the team is not the head coach
    ("Forwards coach Tevita Mahe said", [("position coach", None, (), "Tevita Mahe")]),
    # the firm an analyst works for, after "at" or after the verb's object
    ("Dana Whitfield, an analyst at Brightline Securities, said", [("analyst", ("brightline securities", "company"), (), "Dana Whitfield")]),
    ("Whitfield, who covers the company for Halvorsen Capital, said", [("analyst", ("halvorsen capital", "company"), (), "Whitfield")]),
    # a party after the name with "of the"; not the start of a longer name
    ("Ann Cole of the Labour Party said", [("Labour", None, (), "Ann Cole")]),
    ("Ann Cole of the Liberal Arts College said", []),
    # "the lawmaker" is the paragraph's one person named before it, outside quotes; with two named, no one
    ("Mrs Eze appeared confident. \"Numbers don't lie,\" said the lawmaker, who is serving her second term as the APC member.",
     [("APC", None, (), "Eze")]),
    ("Mrs Eze and Mr Obi spoke. Later, said the lawmaker, who is serving her second term as the APC member.", []),
    # a party's possessive before the name
    ("Responding, Fine Gael's Enda Mulrooney said", [("Fine Gael", None, (), "Enda Mulrooney")]),
    # the object of an appointing verb holds the role after "as", in the body its subject names (an aside between)
    ("Ystrad Taf RFC have appointed Rhodri Price as head coach.", [("head coach", ("ystrad taf rfc", "club"), (), "Rhodri Price")]),
    ("The board named Kofi Mensah, its head of retail banking, as managing director.", [("head of department", ("#its 29", None), (), "Kofi Mensah"), ("managing director", None, (), "Kofi Mensah")]),
    ("He appointed the coach as a favour to Rhodri Price.", []),
    # the role the sentence's subject acts in
    ("Cllr Rhian Pritchard, who chaired the meeting in her role as deputy mayor, said", [("deputy:mayor", None, (), "Rhian Pritchard")]),
    # the sentence before ends in a place: its last word is no part of the organisation
    ("It has spread to Italy and Canada. Harbrook Logistics chief executive Jane Smith said", [("chief executive", ("harbrook logistics", "company"), (), "Jane Smith")]),
])
def test_roles_are_read_with_their_organisation_and_holder(text, expected):
    assert _roles(text) == expected


def test_departments_are_read_with_the_role():
    text = "Fiona Greig, the council's head of adult social care, and Tom Hart, head of libraries and head of culture"
    runs = _name_runs(text, KB, RK.title_words)
    assert [(r.role, r.department) for r in find_roles(text, RK, runs, KB.is_place)] == [
        ("head of department", "adult social care"), ("head of department", "libraries"), ("head of department", "culture"),
    ]


def test_ranks_carry_their_level():
    text = "Inspector Joseph Kiprono and Sgt Mercy Chebet"
    runs = _name_runs(text, KB, RK.title_words)
    levels = [r.levels for r in find_roles(text, RK, runs, KB.is_place)]
    # a rank many forces share is a rung of each of their ladders
    assert levels == [
        (("police", 2), ("police-south-asia", 4), ("police-malaysia", 4), ("police-canada", 4), ("police-commissioner", 4)),
        (("police", 1), ("military", 3), ("police-malaysia", 2), ("police-canada", 1), ("police-commissioner", 2)),
    ]


def test_an_office_ending_in_a_rank_word_is_no_rank():
    from factcheck.language.people import read_people

    people = read_people(["California Attorney General Xavier Becerra said the declaration was unlawful."], KB, RK)
    assert [r.kind for rs in people.roles for r in rs] == []


def test_a_rank_spelt_out_with_its_short_form_in_brackets():
    text = "Senior Superintendent of Police (SSP) Amandeep Kaur Brar said on Monday, and SSP Brar added"
    runs = _name_runs(text, KB, RK.title_words)
    levels = [r.levels for r in find_roles(text, RK, runs, KB.is_place)]
    assert levels == [(("police-south-asia", 7),), (("police-south-asia", 7),)]


@pytest.mark.parametrize("body,line,col,reason", [
    ("roles:\n  chair:\n    forms: [chair]\n    unique: maybe\n", 4, 13, "unique must be true or false"),
    ("roles:\n  chair:\n    forms: [chair]\n    colour: red\n", 4, 5, "unknown key 'colour'"),
    ("roles:\n  chair:\n    unique: true\n", 3, 5, "needs 'forms'"),
    ("people: []\n", 1, 1, "unknown key 'people'"),
    ("ranks:\n  police: sergeant\n", 2, 11, "list of ranks"),
    ("organisations:\n  club:\n    words: [club]\n", 3, 5, "unknown key 'words'"),
    ("parties:\n  Labour: [Labour, 3]\n", 2, 20, "must hold words"),
    ("compatible:\n  - [chair, president, mayor]\n", 2, 5, "must name two roles"),
    ("title_synonyms:\n  boss: [manager]\n", 2, 9, "must be a word"),
    ("title_heads: officer\n", 1, 14, "'title_heads' must be a list"),
    ("roles:\n  captain:\n    forms: [captain]\n    post: sometimes\n", 4, 11, "post must be true or false"),
])
def test_broken_roles_file_names_file_line_and_column(tmp_path, body, line, col, reason):
    path = tmp_path / "roles.yaml"
    path.write_text(body)
    with pytest.raises(RuleFileError) as err:
        load_roles((str(path),))
    assert (err.value.path, err.value.line, err.value.column) == (str(path), line, col)
    assert reason in err.value.reason


def test_a_newsroom_can_add_a_role(tmp_path):
    path = tmp_path / "roles.yaml"
    path.write_text("roles:\n  harbourmaster:\n    forms: [harbourmaster]\n    unique: true\n")
    rk = load_roles((str(path),))
    assert _roles("Harbourmaster Ann Kerr said", rk) == [("harbourmaster", None, (), "Ann Kerr")]
    assert _roles("Harbourmaster Ann Kerr said") == []


def test_role_files_setting_reaches_the_check(tmp_path):
    from factcheck.config import load_rules
    from factcheck.engine import check_text

    roles = tmp_path / "roles.yaml"
    roles.write_text("roles:\n  harbourmaster:\n    forms: [harbourmaster]\n    unique: true\n    groups: [county]\n  coroner:\n    forms: [coroner]\n    groups: [county]\n")
    house = tmp_path / "house.yaml"
    house.write_text(f"checks:\n  person-title-conflict:\n    role-files: [{roles}]\n")
    text = "date 2026-03-11 County news\n\nHarbourmaster Ann Kerr said the roads were closed.\n\nResidents were told to stay at home.\n\nCoroner Ann Kerr said the inquest would open on Monday.\n"
    assert [(f.check, f.line) for f in check_text(text, rules=load_rules([str(house)]))] == [("person-title-conflict", 7)]
    assert [(f.check, f.line) for f in check_text(text, rules=load_rules([]))] == []


def _titles(text, rk=RK):
    runs = _name_runs(text, KB, rk.title_words)
    known = [(r.start, r.end) for r in find_roles(text, rk, runs, KB.is_place) if r.kind == "role"]
    out = []
    for t in find_titles(text, rk, runs, known, KB.is_place):
        org = (t.org.name and " ".join(t.org.name), t.org.kind) if t.org else None
        out.append((t.role, org, text[t.start : t.end], text[t.holder[0] : t.holder[1]]))
    return out


@pytest.mark.parametrize("text,expected", [
    ("Estates officer Aled Pryce said", [("title:estates officer", None, "Estates officer", "Aled Pryce")]),
    ("Airport director Ravi Nair said", [("title:head", (None, "transport"), "Airport director", "Ravi Nair")]),
    ("Group manager of surgical services Lisa Ward said", [("title:group manager services surgical", None, "Group manager of surgical services", "Lisa Ward")]),
    ("Varden Health regional operations officer for the South West, Rhian Tate, said", [
        ("title:officer operations regional", ("varden health", None), "Varden Health regional operations officer", "Rhian Tate")]),
    ("Jo Hart, the trust's estates manager, said", [("title:estates manager", (None, "health"), "estates manager", "Jo Hart")]),
    ("Paula Wren, who runs the charity, said", [("head:", (None, "charity"), "who runs the charity", "Paula Wren")]),
    ("Auxiliary Bishop Ann Kerr said", [("deputy:title:bishop", None, "Auxiliary Bishop", "Ann Kerr")]),
    # a known role is read as that role; a change modifier, a deputy, a pronoun's body, a verb before a capital are no post now
    ("Chief executive Jane Smith said", []),
    ("Depot manager Aled Pryce said", []),
    ("Former depot manager Aled Pryce said", []),
    ("His campaign director Aled Pryce said", []),
    ("The judgment was wrote Chief Justice John Roberts", []),
    ("Director Aled Pryce said", []),
])
def test_posts_of_any_wording_are_read_with_their_holder(text, expected):
    assert _titles(text) == expected



@pytest.mark.parametrize("text,expected", [
    ("Ms Ha, of Brightline Analytics, said", (("brightline", "analytics"), "company", "of Brightline Analytics")),
    ("Ms Ha, of the Meridian Research Group said", (("meridian", "research", "group"), "company", "of the Meridian Research Group")),
    ("Ms Ha, of Leeds, said", None),  # a place
    ("Ms Ha, of Bolton Road, said", None),  # no kind of body
])
def test_the_organisation_after_a_name(text, expected):
    from factcheck.language.roles import affiliation_after

    found = affiliation_after(text, 5, RK, KB.is_place)
    assert (found and (found.org.name, found.org.kind, text[found.start : found.end])) == expected


NAMES = [("harbrook", "logistics"), ("harbrooke", "logistics"), ("harbrook",), ("logistics",), ("acme",), ("acem",), ("acne",),
         ("westbury", "town", "council"), ("westbury",), ("town", "council"), ("kowalski", "okoye"), ("okoye", "kowalski"),
         ("abbot", "abbott"), ("abbott", "abbott"), ("a",), ("b",), ("ab",), ("ba",), ("quayle", "pritchard"), ("quale", "prichard")]


def test_every_pair_of_names_same_org_may_join_shares_a_key():
    from factcheck.language.roles import Org, org_keys, same_org

    joined = 0
    for a in NAMES:
        for b in NAMES:
            if same_org(Org(a, None), Org(b, None)):
                joined += 1
                assert org_keys(a) & org_keys(b), (a, b)
    # names one or two letters out, one name inside another, and transposed letters all join
    assert joined == 54
    assert not org_keys(("acme",)) & org_keys(("kowalski", "okoye"))


def test_names_a_few_edits_apart_share_a_key():
    import random

    from factcheck.language.roles import Org, org_keys, same_org

    rng = random.Random(7)
    letters = "abcde "
    joined = 0
    for _ in range(3000):
        a = "".join(rng.choice(letters) for _ in range(rng.randint(1, 9))).split() or ["a"]
        b = " ".join(a)
        for _ in range(rng.randint(0, 3)):
            k = rng.randrange(len(b) + 1)
            edit = rng.randrange(4)
            if edit == 0:
                b = b[:k] + rng.choice(letters) + b[k:]
            elif edit == 1:
                b = b[:k] + b[k + 1 :]
            elif edit == 2:
                b = b[:k] + rng.choice(letters) + b[k + 1 :]
            else:
                b = b[:k] + b[k + 1 : k + 2] + b[k : k + 1] + b[k + 2 :]
        b = b.split() or ["b"]
        if same_org(Org(tuple(a), None), Org(tuple(b), None)):
            joined += 1
            assert org_keys(tuple(a)) & org_keys(tuple(b)), (a, b)
    assert joined > 1000


@pytest.mark.parametrize("text,expected", [
    # a capitalised role opening a sentence belongs to no organisation named at the end of the sentence before
    ("Okoro will step down at the end of March. Finance director Helen Marsh will act as chief operating officer.",
     [("finance director", None, (), "Helen Marsh")]),
    ("Shares in Harcastle Foods fell. Harcastle Foods chief executive Priya Raman said sorry.",
     [("chief executive", ("harcastle foods", "company"), (), "Priya Raman")]),
])
def test_a_role_opening_a_sentence_takes_no_organisation_from_the_sentence_before(text, expected):
    assert _roles(text) == expected


def test_a_things_name_before_an_apposition_holds_no_role():
    # "the Local Government Code" is a law's name; "the Labour MP John Smith" still a person's
    assert [h for *_, h in _roles("Under the Local Government Code, the mayor has 10 days to sign it.")] == [None]
    assert [h for *_, h in _roles("Under Ana Code, the mayor has 10 days to sign it.")] == ["Ana Code"]


def test_a_named_committee_chaired_by_someone_after_a_comma():
    assert _roles("The Budget and Appropriations Committee, chaired by Bahati Ward MCA Grace Njeri Muthoni, had trimmed the request.") == [
        ("chair", ("budget appropriations committee", "committee"), (), "Grace Njeri Muthoni")]
    # a body named by a common noun is left: chairing the cabinet is what a leader does, no post of its own
    assert _roles("The deal was approved by the cabinet, chaired by Cllr Okwuosa, without a vote.") == []
