"""Loading, merging and validating rule files: every error names file, line and column."""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import FactcheckError, RuleFileError
from .findings import Severity
from .reading.knowledge import QuantityKnowledge, merge_quantities
from .registry import Check, all_checks
from .ruleyaml import Located, did_you_mean, parse_located, shipped_rules_dir

_RULE_SECTIONS = ("entities", "substitutions", "consistency", "forbidden")
_TOP_KEYS = ("extends", "checks", "quantities", "people", "roles", "periods", "events", *_RULE_SECTIONS)
_COMMON_RULE_KEYS = {"id": str, "message": str, "severity": str, "scope": list, "paths": list}
_MATCH_KEYS = {"regex": bool, "case": str, "whole-word": bool}
# Keys each kind of rule takes (type), and the ones it must have.
_RULE_KEYS = {
    "substitutions": {"find": str, "replace": str, **_MATCH_KEYS, **_COMMON_RULE_KEYS},
    "consistency": {"forms": list, "case": str, **_COMMON_RULE_KEYS},
    "forbidden": {"phrase": str, **_MATCH_KEYS, **_COMMON_RULE_KEYS},
    "entities": {"name": str, "aliases": list, "variants": list, "titles": list, "kind": str, **_COMMON_RULE_KEYS},
}
_REQUIRED = {"substitutions": ("find", "replace"), "consistency": ("forms",), "forbidden": ("phrase",), "entities": ("name",)}
_CONFIG_KEYS = {"rules": list, "include": list, "exclude": list, "fail-on": str, "date-order": str}
CONFIG_NAME = ".factcheck.yaml"
_CHECK_KEYS = ("enabled", "severity")
_TYPE_NAMES = {bool: "true or false", int: "a whole number", float: "a number", str: "a string", list: "a list"}


@dataclass
class CheckSettings:
    enabled: bool
    severity: Severity
    options: dict[str, Any]
    origin: dict[str, str] = field(default_factory=dict)  # key -> "file:line"


@dataclass
class RuleSet:
    """The merged settings of every check, and which files they came from."""

    checks: dict[str, CheckSettings]
    files: list[str]
    knowledge: dict[str, Any] = field(default_factory=dict)  # house rules and entities, by section, for checks
    day_first: bool = True  # how to read 02/03/2025
    knowledge_files: dict[str, list[str]] = field(default_factory=dict)  # quantities/people/roles/periods -> the files layered, in order

    def settings(self, check_id: str) -> CheckSettings:
        return self.checks[check_id]

    def options_by_check(self) -> dict[str, dict[str, Any]]:
        return {cid: s.options for cid, s in self.checks.items()}


def load_rules(extra_files: list[str] | tuple[str, ...] = (), *, day_first: bool = True) -> RuleSet:
    """Return the rule set from rules/default.yaml with each extra file layered over it, in order.

    Knowledge is layered the same way: each file's `quantities:`, `people:`, `roles:` and `periods:`
    sections over the shipped rules/quantities.yaml, people.yaml, roles.yaml and periods.yaml, then the roles files
    person-title-conflict's `role-files` setting names.
    """
    from .language.people import build_people, new_people_layers, parse_people_into, read_people_file
    from .language.events import build_events, new_events_layers, parse_events_into, read_events_file
    from .language.periods import build_periods, new_periods_layers, parse_periods_into, read_periods_file
    from .language.roles import build_roles, new_roles_layers, parse_roles_into, read_roles_file

    checks = all_checks()
    settings: dict[str, CheckSettings] = {}
    files: list[str] = []
    rules: dict[str, dict[str, Any]] = {section: {} for section in _RULE_SECTIONS}
    shipped = shipped_rules_dir()
    default = shipped / "default.yaml"
    quantities: dict[str, Any] = {}
    people, roles = new_people_layers(), new_roles_layers()
    read_people_file(str(shipped / "people.yaml"), people, whole=True)
    read_roles_file(str(shipped / "roles.yaml"), roles)
    periods = new_periods_layers()
    read_periods_file(str(shipped / "periods.yaml"), periods, whole=True)
    layered = {"quantities": [], "people": [str(shipped / "people.yaml")], "roles": [str(shipped / "roles.yaml")], "periods": [str(shipped / "periods.yaml")]}
    events = new_events_layers()
    read_events_file(str(shipped / "events.yaml"), events, whole=True)
    layered["events"] = [str(shipped / "events.yaml")]
    for path in [str(default), str(shipped / "quantities.yaml"), *extra_files]:
        for doc_path, tree in _read_with_extends(path, []):
            if doc_path in files:
                continue  # extended twice: once is enough
            files.append(doc_path)
            _apply(tree, doc_path, checks, settings)
            _apply_rules(tree, rules)
            sections = tree.value if isinstance(tree.value, dict) else {}
            if "quantities" in sections:
                merge_quantities(sections["quantities"][1], quantities)
            if "people" in sections and sections["people"][1].value is not None:
                parse_people_into(sections["people"][1], people, "people")
            if "roles" in sections and sections["roles"][1].value is not None:
                parse_roles_into(sections["roles"][1], roles, "roles")
            if "periods" in sections and sections["periods"][1].value is not None:
                parse_periods_into(sections["periods"][1], periods, "periods")
            if "events" in sections and sections["events"][1].value is not None:
                parse_events_into(sections["events"][1], events, "events")
            layered.update({name: [*paths, doc_path] for name, paths in layered.items() if name in sections})
    for cid, check in checks.items():
        if cid not in settings:
            raise RuleFileError(str(default), 1, 1, f"check '{cid}' has no settings in default.yaml")
        missing = [o.name for o in check.options if o.name not in settings[cid].options]
        if missing:
            raise RuleFileError(str(default), 1, 1, f"check '{cid}' has no value for option '{missing[0]}' in default.yaml")
    for path in settings["person-title-conflict"].options["role-files"] or ():
        read_roles_file(str(path), roles)
        layered["roles"].append(str(path))
    knowledge: dict[str, Any] = {section: tuple(items.values()) for section, items in rules.items()}
    knowledge["quantities"] = QuantityKnowledge.build(quantities)
    knowledge["people"] = build_people(people)
    knowledge["roles"] = build_roles(roles)
    knowledge["periods"] = build_periods(periods)
    knowledge["events"] = build_events(events)
    return RuleSet(settings, files, knowledge, day_first, layered)


def _read_with_extends(path: str, chain: list[str]) -> list[tuple[str, Located]]:
    """Return (file, tree) for a rule file and everything it extends, earliest first."""
    real = os.path.realpath(path)
    if real in chain:
        raise RuleFileError(path, 1, 1, "extends loop: " + " -> ".join([*chain, real]))
    tree = parse_located(path)
    out: list[tuple[str, Located]] = []
    if isinstance(tree.value, dict) and "extends" in tree.value:
        key, node = tree.value["extends"]
        names = node.value if isinstance(node.value, list) else [node]
        for item in names:
            if not isinstance(item.value, str):
                raise item.error("extends takes a file name or a list of file names")
            target = _resolve_extends(item.value, path)
            if target is None:
                raise item.error(f"extends: cannot find rule file '{item.value}'")
            out.extend(_read_with_extends(str(target), [*chain, real]))
    out.append((path, tree))
    return out


def _resolve_extends(name: str, relative_to: str) -> Path | None:
    shipped = shipped_rules_dir()
    for candidate in (Path(relative_to).parent / name, shipped / name, shipped / f"{name}.yaml"):
        if candidate.is_file():
            return candidate
    return None


def _apply(tree: Located, path: str, checks: dict[str, Check], settings: dict[str, CheckSettings]) -> None:
    if not isinstance(tree.value, dict):
        raise tree.error("a rule file must be a mapping of keys such as 'checks:'")
    for name, (key, node) in tree.value.items():
        if name not in _TOP_KEYS:
            raise key.error(f"unknown key '{name}'{did_you_mean(name, _TOP_KEYS)}")
    if "checks" not in tree.value:
        return
    _, section = tree.value["checks"]
    if section.value is None:
        return
    if not isinstance(section.value, dict):
        raise section.error("'checks' must map check ids to their settings")
    for cid, (key, node) in section.value.items():
        check = checks.get(cid)
        if check is None:
            raise key.error(f"unknown check id '{cid}'{did_you_mean(str(cid), checks)}")
        if not isinstance(node.value, dict):
            raise node.error(f"settings of '{cid}' must be a mapping (enabled, severity, options)")
        current = settings.setdefault(cid, CheckSettings(True, check.severity, {}))
        for opt_name, (opt_key, opt_node) in node.value.items():
            origin = f"{path}:{opt_key.line}"
            value = opt_node.value
            if opt_name == "enabled":
                _expect(opt_node, bool, f"checks.{cid}.enabled")
                current.enabled = value
            elif opt_name == "severity":
                if not isinstance(value, str) or value not in Severity._value2member_map_:
                    raise opt_node.error(f"checks.{cid}.severity must be one of error, warning, info (got {value!r})")
                current.severity = Severity(value)
            else:
                option = check.option(opt_name)
                if option is None:
                    known = [*_CHECK_KEYS, *(o.name for o in check.options)]
                    raise opt_key.error(f"unknown key '{opt_name}' in checks.{cid}{did_you_mean(str(opt_name), known)}")
                value = _expect(opt_node, option.type, f"checks.{cid}.{opt_name}")
                if option.minimum is not None and value < option.minimum:
                    raise opt_node.error(f"checks.{cid}.{opt_name} must be at least {option.minimum} (got {value})")
                if option.maximum is not None and value > option.maximum:
                    raise opt_node.error(f"checks.{cid}.{opt_name} must be at most {option.maximum} (got {value})")
                current.options[opt_name] = value
            current.origin[opt_name] = origin


def _expect(node: Located, kind: type, where: str) -> Any:
    value = node.value
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind is list and isinstance(value, list):
        return [item.value for item in value]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise node.error(f"{where} must be {_TYPE_NAMES.get(kind, kind.__name__)} (got {value!r})")
    return value


def _apply_rules(tree: Located, rules: dict[str, dict[str, Any]]) -> None:
    """Read the house-rule sections of one file; a rule with the id of an earlier one replaces it."""
    for section in _RULE_SECTIONS:
        if section not in tree.value:
            continue
        _, node = tree.value[section]
        if node.value is None:
            continue
        if not isinstance(node.value, list):
            raise node.error(f"'{section}' must be a list of rules")
        for index, item in enumerate(node.value):
            rule = _read_rule(section, index, item)
            rules[section][rule.id] = rule


def _read_rule(section: str, index: int, item: Located):
    from .house_style import SCOPES, ConsistencyGroup, Entity, ForbiddenPhrase, Pattern, RegexError, Substitution

    where = f"{section}[{index}]"
    if not isinstance(item.value, dict):
        raise item.error(f"{where} must be a mapping")
    keys = _RULE_KEYS[section]
    values: dict[str, Any] = {}
    nodes: dict[str, Located] = {}
    for name, (key, node) in item.value.items():
        if name not in keys:
            raise key.error(f"unknown key '{name}' in {where}{did_you_mean(str(name), keys)}")
        kind = keys[name]
        if kind is list and isinstance(node.value, str):
            values[name] = [node.value]  # a single item may be written without a list
        else:
            values[name] = _expect(node, kind, f"{where}.{name}")
        if kind is list and not all(isinstance(v, str) for v in values[name]):
            raise node.error(f"{where}.{name} must be a list of strings")
        nodes[name] = node
    for required in _REQUIRED[section]:
        if required not in values:
            raise item.error(f"{where} is missing the required key '{required}'")
    for name in ("find", "phrase", "replace", "name"):
        if name in values and not values[name].strip():
            raise nodes[name].error(f"{where}.{name} must not be empty")

    severity = None
    if "severity" in values:
        if values["severity"] not in Severity._value2member_map_:
            raise nodes["severity"].error(f"{where}.severity must be one of error, warning, info (got {values['severity']!r})")
        severity = Severity(values["severity"])
    scope = tuple(values.get("scope", ())) or None
    for s in scope or ():
        if s not in SCOPES:
            raise nodes["scope"].error(f"{where}.scope: unknown part '{s}' (use {', '.join(SCOPES)}){did_you_mean(s, SCOPES)}")
    case = values.get("case", "insensitive")
    if case not in ("sensitive", "insensitive"):
        raise nodes["case"].error(f"{where}.case must be 'sensitive' or 'insensitive' (got {case!r})")

    def pattern(name: str, text: str, regex: bool) -> Pattern:
        try:
            return Pattern.build(text, regex=regex, case_sensitive=case == "sensitive", whole_word=values.get("whole-word", not regex))
        except (re.error, RegexError) as exc:
            node = nodes[name]
            column = node.column + (exc.pos or 0) + (1 if node.quoted else 0)
            raise RuleFileError(node.path, node.line, column, f"invalid regular expression in {where}.{name} at character {(exc.pos or 0) + 1}: {exc.msg}") from None

    common = {
        "origin": f"{item.path}:{item.line}",
        "paths": tuple(values.get("paths", ())),
        "severity": severity,
        "message": values.get("message"),
    }
    if scope:
        common["scope"] = scope
    regex = values.get("regex", False)
    if section == "substitutions":
        find = pattern("find", values["find"], regex)
        if regex:
            try:
                find.compiled.template(values["replace"])
            except RegexError as exc:
                node = nodes["replace"]
                raise RuleFileError(node.path, node.line, node.column + exc.pos + (1 if node.quoted else 0), f"invalid replacement in {where}.replace at character {exc.pos + 1}: {exc.msg}") from None
        return Substitution(id=values.get("id", values["find"]), pattern=find, replace=values["replace"], **common)
    if section == "forbidden":
        return ForbiddenPhrase(id=values.get("id", values["phrase"]), pattern=pattern("phrase", values["phrase"], regex), **common)
    if section == "consistency":
        forms = values["forms"]
        if len(forms) < 2:
            raise nodes["forms"].error(f"{where}.forms needs at least two alternatives")
        built = tuple(pattern("forms", f, False) for f in forms)
        return ConsistencyGroup(id=values.get("id", " | ".join(forms)), forms=built, **common)
    return Entity(
        id=values.get("id", values["name"]),
        name=values["name"],
        aliases=tuple(values.get("aliases", ())),
        variants=tuple(values.get("variants", ())),
        titles=tuple(values.get("titles", ())),
        **common,
    )


@dataclass
class ProjectConfig:
    """What .factcheck.yaml says: rule files, which paths to check, when to fail, how to read dates."""

    path: str | None = None
    rules: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    fail_on: str | None = None
    date_order: str = "day-first"
    origin: dict[str, str] = field(default_factory=dict)  # key -> "file:line"

    @property
    def day_first(self) -> bool:
        return self.date_order == "day-first"


def find_config(start: str | os.PathLike | None = None) -> Path | None:
    """Return the nearest .factcheck.yaml in the start folder or one of its parents."""
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(path: str | os.PathLike) -> ProjectConfig:
    """Return the project configuration in a .factcheck.yaml file, validated."""
    path = str(path)
    tree = parse_located(path)
    config = ProjectConfig(path=path)
    if not isinstance(tree.value, dict):
        raise tree.error("a configuration file must be a mapping of keys such as 'rules:'")
    for name, (key, node) in tree.value.items():
        if name not in _CONFIG_KEYS:
            raise key.error(f"unknown key '{name}'{did_you_mean(str(name), _CONFIG_KEYS)}")
        kind = _CONFIG_KEYS[name]
        value = [node.value] if kind is list and isinstance(node.value, str) else _expect(node, kind, name)
        config.origin[name] = f"{path}:{key.line}"
        if name == "rules":
            for item in node.value if isinstance(node.value, list) else [node]:
                target = _resolve_extends(str(item.value), path)
                if target is None:
                    raise item.error(f"rules: cannot find rule file '{item.value}'")
                config.rules.append(str(target))
        elif name == "include":
            config.include = [str(v) for v in value]
        elif name == "exclude":
            config.exclude = [str(v) for v in value]
        elif name == "fail-on":
            if value not in ("error", "warning", "info", "never"):
                raise node.error(f"fail-on must be one of error, warning, info, never (got {value!r})")
            config.fail_on = value
        elif name == "date-order":
            if value not in ("day-first", "month-first"):
                raise node.error(f"date-order must be 'day-first' or 'month-first' (got {value!r})")
            config.date_order = value
    return config


def resolve(rule_files: list[str] | tuple[str, ...] = (), *, config_file: str | None = None, no_config: bool = False, start: str | None = None) -> tuple[ProjectConfig, RuleSet]:
    """Return the project configuration (found, named or none) and the rule set it and --rules build."""
    if no_config:
        project = ProjectConfig()
    else:
        path = config_file or find_config(start)
        project = load_config(path) if path else ProjectConfig()
    return project, load_rules([*project.rules, *rule_files], day_first=project.day_first)


def select_checks(ruleset: RuleSet, select: list[str] | tuple[str, ...] = (), ignore: list[str] | tuple[str, ...] = ()) -> RuleSet:
    """Return the rule set with only the selected checks on (if any are selected), less the ignored ones.

    Each name is a check id or a category (``duplication``, ``date``, ...); --select turns
    on exactly what it names, even checks the rule files turn off, as ruff's does.
    """
    if not select and not ignore:
        return ruleset
    checks = all_checks()

    def named(option: str, names) -> set[str]:
        ids: set[str] = set()
        for name in names:
            found = {cid for cid, check in checks.items() if name in (cid, str(check.category))}
            if not found:
                known = [*checks, *sorted({str(c.category) for c in checks.values()})]
                raise FactcheckError(f"{option}: unknown check id or category '{name}'{did_you_mean(name, known)}; `factcheck rules` lists them")
            ids |= found
        return ids

    chosen = named("--select", select) if select else {cid for cid, s in ruleset.checks.items() if s.enabled}
    chosen -= named("--ignore", ignore)
    settings = {cid: dataclasses.replace(s, enabled=cid in chosen) for cid, s in ruleset.checks.items()}
    return dataclasses.replace(ruleset, checks=settings)
