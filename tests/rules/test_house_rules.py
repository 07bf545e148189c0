"""House rules from YAML: every rule type fires where it should, keeps out of quotes, honours scope, paths and extends."""

from __future__ import annotations

import pytest

from pathlib import Path

from factcheck.config import load_rules
from factcheck.errors import RuleFileError
from factcheck.engine import check_text

HEAD = "date 2025-03-04 Mayor visits Kiev for talks\n\n"


def run(tmp_path, rules_yaml, body, path="<text>", fmt="txt", head=HEAD):
    rule_file = tmp_path / "house.yaml"
    rule_file.write_text(rules_yaml, encoding="utf-8")
    found = check_text(head + body, format=fmt, rules=load_rules([str(rule_file)]), path=path)
    return [(f.check, f.line, f.column, f.suggestion) for f in found if f.category in ("style", "name")]


SUB = "substitutions:\n  - find: Kiev\n    replace: Kyiv\n"

CASES = [
    # (name, rules, body, expected (check, line, column, suggestion))
    ("substitution in body and headline", SUB, "The mayor arrived in Kiev on Monday.\n",
     [("substitution", 1, 30, "Kyiv"), ("substitution", 3, 22, "Kyiv")]),
    ("substitution keeps case", "substitutions:\n  - find: percent\n    replace: per cent\n", "Percent rises are common. It rose 4 percent.\n",
     [("substitution", 3, 1, "Per cent"), ("substitution", 3, 37, "per cent")]),
    ("whole words only", SUB, "The Kievan Rus was a medieval state.\n", [("substitution", 1, 30, "Kyiv")]),
    ("not inside quotes", SUB, '"We love Kiev," she said.\n', [("substitution", 1, 30, "Kyiv")]),
    ("quotes when the scope says so", "substitutions:\n  - find: Kiev\n    replace: Kyiv\n    scope: [body, quotes]\n", '"We love Kiev," she said.\n',
     [("substitution", 3, 10, "Kyiv")]),
    ("case sensitive", "substitutions:\n  - find: US\n    replace: the US\n    case: sensitive\n", "Ask us about the US election.\n",
     [("substitution", 3, 18, "the US")]),
    ("regex with groups", "substitutions:\n  - find: '(\\d+)%'\n    replace: '\\1 per cent'\n    regex: true\n", "Turnout was 64% this year.\n",
     [("substitution", 3, 13, "64 per cent")]),
    ("consistency flags the minority", "consistency:\n  - forms: [per cent, percent]\n", "Prices rose 4 per cent. Rents rose 6 per cent.\n\nWages rose 2 percent.\n",
     [("consistency", 5, 14, "per cent")]),
    ("consistency with one form is quiet", "consistency:\n  - forms: [per cent, percent]\n", "Prices rose 4 per cent.\n", []),
    ("forbidden anywhere", "forbidden:\n  - phrase: sources say\n", "Sources say the mayor will stay a week.\n", [("forbidden", 3, 1, None)]),
    ("forbidden only in headline", "forbidden:\n  - phrase: talks\n    scope: headline\n", "The talks went well.\n", [("forbidden", 1, 39, None)]),
]


@pytest.mark.parametrize("name,rules_yaml,body,expected", CASES, ids=[c[0] for c in CASES])
def test_rule_types(tmp_path, name, rules_yaml, body, expected):
    assert run(tmp_path, rules_yaml, body) == expected


def test_paths_limit_a_rule(tmp_path):
    rules_yaml = "substitutions:\n  - find: Kiev\n    replace: Kyiv\n    paths: ['world/*.txt']\n"
    assert run(tmp_path, rules_yaml, "Kiev.\n", path="sport/a.txt") == []
    assert run(tmp_path, rules_yaml, "Kiev.\n", path="news/world/a.txt")[0][0] == "substitution"


def test_rule_severity_and_message(tmp_path):
    rule_file = tmp_path / "house.yaml"
    rule_file.write_text("forbidden:\n  - phrase: slams\n    severity: error\n    message: Say what was said.\n")
    [finding] = check_text(HEAD + "The mayor slams critics.\n", rules=load_rules([str(rule_file)]))
    assert (str(finding.severity), finding.message) == ("error", "\u201cslams\u201d is not house style: Say what was said.")


def test_extends_layers_files_key_by_key(tmp_path):
    (tmp_path / "base.yaml").write_text("checks:\n  duplicate-paragraph:\n    severity: error\n    min-words: 5\n" + SUB)
    (tmp_path / "desk.yaml").write_text("extends: base.yaml\nchecks:\n  duplicate-paragraph:\n    min-words: 12\nsubstitutions:\n  - find: Kiev\n    replace: Kyiv city\n")
    rules = load_rules([str(tmp_path / "desk.yaml")])
    settings = rules.checks["duplicate-paragraph"]
    assert (str(settings.severity), settings.options["min-words"], settings.options["near-similarity"]) == ("error", 12, 90)
    assert [r.replace for r in rules.knowledge["substitutions"]] == ["Kyiv city"]  # same id: the later file's rule wins
    assert [p.rsplit("/", 1)[-1] for p in rules.files] == ["default.yaml", "quantities.yaml", "base.yaml", "desk.yaml"]


def test_extends_a_shipped_file(tmp_path):
    (tmp_path / "mine.yaml").write_text("extends: house-style.example\n")
    rules = load_rules([str(tmp_path / "mine.yaml")])
    assert "Kiev" in [r.id for r in rules.knowledge["substitutions"]]


def test_declared_entities_reach_the_checks(tmp_path):
    (tmp_path / "e.yaml").write_text("entities:\n  - name: Volodymyr Zelenskyy\n    variants: [Zelensky]\n    titles: [President of Ukraine]\n")
    [entity] = load_rules([str(tmp_path / "e.yaml")]).knowledge["entities"]
    assert (entity.name, entity.variants, entity.titles, entity.origin.endswith("e.yaml:2")) == ("Volodymyr Zelenskyy", ("Zelensky",), ("President of Ukraine",), True)


ERRORS = [
    ("substitutions:\n  - find: Kiev\n    replace: Kyiv\n  - find: a\n    replcae: b\n", "5:5: unknown key 'replcae' in substitutions[1] (did you mean 'replace'?)"),
    ("substitutions:\n  - find: Kiev\n", "2:5: substitutions[0] is missing the required key 'replace'"),
    ("substitutions:\n  - find: '(ab'\n    replace: x\n    regex: true\n", "2:12: invalid regular expression in substitutions[0].find at character 1: missing ), unterminated subpattern"),
    ("substitutions:\n  - find: 'a(?<x'\n    replace: x\n    regex: true\n", "2:14: invalid regular expression in substitutions[0].find at character 3: unknown extension ?<x"),
    ("forbidden:\n  - phrase: x\n    scope: [headlines]\n", "3:12: forbidden[0].scope: unknown part 'headlines' (use headline, standfirst, body, captions, quotes, any) (did you mean 'headline'?)"),
    ("consistency:\n  - forms: [percent]\n", "2:12: consistency[0].forms needs at least two alternatives"),
    ("consistency:\n  forms: [a, b]\n", "2:3: 'consistency' must be a list of rules"),
    ("entities:\n  - name: A\n    variants: 3\n", "3:15: entities[0].variants must be a list (got 3)"),
    ("forbidden:\n  - phrase: x\n    severity: fatal\n", "3:15: forbidden[0].severity must be one of error, warning, info (got 'fatal')"),
    ("checks:\n  duplicate-paragraph:\n    enabled: maybe\n", "3:14: checks.duplicate-paragraph.enabled must be true or false (got 'maybe')"),
]


@pytest.mark.parametrize("content,expected", ERRORS, ids=[e[1].split(": ", 1)[1][:40] for e in ERRORS])
def test_rule_file_errors_name_file_line_and_column(tmp_path, content, expected):
    from factcheck.errors import RuleFileError

    path = tmp_path / "house.yaml"
    path.write_text(content)
    with pytest.raises(RuleFileError) as caught:
        load_rules([str(path)])
    assert str(caught.value) == f"{path}:{expected}"


# --- people and roles knowledge, layered like the rest of the configuration --------------

_COUNTY = "date 2026-03-11 County news\n\n{a} Ann Kerr said the roads were closed.\n\nResidents were told to stay at home.\n\n{b} Ann Kerr said the inquest would open on Monday.\n"


def test_a_rule_files_roles_section_reaches_the_check(tmp_path):
    house = tmp_path / "house.yaml"
    house.write_text("roles:\n  roles:\n    sheriff:\n      forms: [sheriff]\n      unique: true\n      groups: [county]\n    coroner:\n      forms: [coroner]\n      groups: [county]\n")
    text = _COUNTY.format(a="Sheriff", b="Coroner")
    assert [(f.check, f.line) for f in check_text(text, rules=load_rules([str(house)]))] == [("person-title-conflict", 7)]
    assert [(f.check, f.line) for f in check_text(text, rules=load_rules([]))] == []


def test_a_rule_files_people_section_adds_an_office(tmp_path):
    house = tmp_path / "house.yaml"
    house.write_text("people:\n  offices:\n    high sheriff:\n      forms: [high sheriff]\n      groups: [county]\n    lord lieutenant:\n      forms: [lord lieutenant]\n      groups: [county]\n")
    text = _COUNTY.format(a="High Sheriff", b="Lord Lieutenant")
    rules = load_rules([str(house)])
    assert {"high sheriff", "lord lieutenant"} <= set(rules.knowledge["people"].offices)
    assert "president" in rules.knowledge["people"].offices  # the shipped offices stay
    assert [(f.check, f.line) for f in check_text(text, rules=rules)] == [("person-title-conflict", 7)]
    assert [(f.check, f.line) for f in check_text(text, rules=load_rules([]))] == []


@pytest.mark.parametrize("body,line,col,reason", [
    ("people:\n  offices:\n    mayor:\n      colour: red\n", 4, 7, "unknown key 'colour' in offices.mayor"),
    ("people:\n  ofices: {}\n", 2, 3, "unknown key 'ofices' in people"),
    ("people: [mayor]\n", 1, 9, "people must be a mapping"),
    ("roles:\n  ranks:\n    police: sergeant\n", 3, 13, "list of ranks"),
    ("roles:\n  roles:\n    chair:\n      unique: true\n", 4, 7, "needs 'forms'"),
    ("periods:\n  periods:\n    review: [Review]\n", 3, 14, "periods.review: write 'Review' in lower case"),
    ("periods:\n  colour: [red]\n", 2, 3, "unknown key 'colour' in periods"),
    ("periods:\n  ends: until\n", 2, 9, "ends must be a list of words"),
    ("periods: [ban]\n", 1, 10, "periods must be a mapping"),
    ("periods:\n  verbs:\n    picket: [picketed]\n", 3, 5, "'verbs' names the kind 'picket', which 'periods' does not list"),
    ("periods:\n  dated_by_verbs: [ruled]\n", 2, 19, "'dated_by_verbs' must map each verb to the nouns it dates"),
])
def test_a_broken_knowledge_section_names_file_line_and_column(tmp_path, body, line, col, reason):
    house = tmp_path / "house.yaml"
    house.write_text(body)
    with pytest.raises(RuleFileError) as err:
        load_rules([str(house)])
    assert (err.value.path, err.value.line, err.value.column) == (str(house), line, col)
    assert reason in err.value.reason


def test_people_and_roles_layers_are_listed_in_order(tmp_path):
    base = tmp_path / "base.yaml"
    base.write_text("roles:\n  roles:\n    sheriff:\n      forms: [sheriff]\n")
    house = tmp_path / "house.yaml"
    house.write_text("extends: base.yaml\npeople:\n  honorifics: [Sheikh]\n")
    rules = load_rules([str(house)])
    assert [Path(f).name for f in rules.knowledge_files["people"]] == ["people.yaml", "house.yaml"]
    assert [Path(f).name for f in rules.knowledge_files["roles"]] == ["roles.yaml", "base.yaml"]
    assert "Sheikh" in rules.knowledge["people"].honorifics and "sheriff" in rules.knowledge["roles"].roles


_AREA_BISHOP = (
    "date 2026-09-14 New archdeacon installed\n\n"
    "Also present was the Bishop of Whitby, the Rt Revd Claire Hindley, the diocese's area bishop, who read one of the "
    "lessons. Bishop Hindley had chaired the interview panel.\n"
)


def test_a_deputy_who_keeps_the_rank_is_data_a_house_file_can_add(tmp_path):
    # "area" made a deputy's word alone makes the area bishop no bishop: Bishop Hindley then holds two posts ...
    deputy = tmp_path / "deputy.yaml"
    deputy.write_text("roles:\n  deputies: [area]\n")
    assert [(f.check, f.line) for f in check_text(_AREA_BISHOP, rules=load_rules([str(deputy)]))] == [("person-title-conflict", 3)]
    # ... and listed with the suffragans under rank_deputies, the area bishop is a bishop by rank
    rank = tmp_path / "rank.yaml"
    rank.write_text("roles:\n  deputies: [area]\n  rank_deputies: [area]\n")
    assert check_text(_AREA_BISHOP, rules=load_rules([str(rank)])) == []
