"""House rules from YAML: every rule type fires where it should, keeps out of quotes, honours scope, paths and extends."""

from __future__ import annotations

import pytest

from factcheck.config import load_rules
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
