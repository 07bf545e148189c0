"""Reading YAML rule and knowledge files into values that remember where they were written.

Every rule and knowledge file (rules/*.yaml and a newsroom's own) is read here, so that
every error in one names its file, line and column the same way.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import RuleFileError

__all__ = ["Located", "did_you_mean", "parse_located", "shipped_rules_dir", "word_list"]


def shipped_rules_dir() -> Path:
    """Return the folder holding the rule files shipped with factcheck."""
    here = Path(__file__).resolve().parent
    installed = here / "rules"
    return installed if installed.is_dir() else here.parent / "rules"


@dataclass
class Located:
    """A YAML value with the place it was written; mappings map key -> (key Located, value Located)."""

    value: Any
    path: str
    line: int
    column: int
    quoted: bool = False  # a scalar written in quotes: its text starts one column later

    def error(self, reason: str) -> RuleFileError:
        return RuleFileError(self.path, self.line, self.column, reason)


def word_list(node: Located, where: str, lower_case: bool = False) -> tuple[str, ...]:
    """Return the words of a YAML list in a knowledge file; raise RuleFileError at the first item that is not a word."""
    if not isinstance(node.value, list):
        raise node.error(f"{where} must be a list of words")
    out = []
    for item in node.value:
        if not isinstance(item.value, str) or not item.value.strip():
            raise item.error(f"{where} must hold words (got {item.value!r})")
        if lower_case and item.value != item.value.lower():
            raise item.error(f"{where}: write '{item.value}' in lower case")
        out.append(item.value.strip())
    return tuple(out)


def parse_located(path: str) -> Located:
    """Parse a YAML file into nested Located values; mappings map key -> (key node, value node)."""
    import yaml

    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise RuleFileError(path, 1, 1, "no such rule file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, 1, 1, f"cannot read rule file: {exc}") from None
    try:
        # libyaml's parser when PyYAML has it: ten times faster, with the same marks.
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise RuleFileError(path, line, col, f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise RuleFileError(path, 1, 1, "invalid YAML: " + " ".join(str(exc).split())) from None
    if node is None:
        return Located({}, path, 1, 1)
    # builds typed scalars (bool, int, date) from their nodes; a constructor alone, not a whole loader, whose
    # reader would compile a pattern for nothing
    scalars = yaml.constructor.SafeConstructor()
    try:
        return _convert(node, path, scalars, [_MAX_VALUES])
    except RecursionError:
        raise RuleFileError(path, 1, 1, "invalid YAML: nested too deeply") from None


# A rule file of a few hundred rules has a few thousand values. Aliases (*name) can repeat a
# part of the file many times over; expanded, eight nested levels of them ("billion laughs")
# would be 10**8 values and gigabytes, so expanding stops at this budget.
_MAX_VALUES = 100_000
_STR_TAG = "tag:yaml.org,2002:str"


def _convert(node, path: str, scalars, budget: list[int]) -> Located:
    import yaml

    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    budget[0] -= 1
    if budget[0] < 0:
        raise RuleFileError(path, line, col, f"invalid YAML: more than {_MAX_VALUES:,} values once aliases are expanded (aliases nested to repeat a part many times over are refused)")
    if isinstance(node, yaml.MappingNode):
        mapping: dict[Any, tuple[Located, Located]] = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, path, scalars, budget)
            if key.value in mapping:
                raise key.error(f"duplicate key '{key.value}'")
            mapping[key.value] = (key, _convert(value_node, path, scalars, budget))
        return Located(mapping, path, line, col)
    if isinstance(node, yaml.SequenceNode):
        return Located([_convert(n, path, scalars, budget) for n in node.value], path, line, col)
    if node.tag == _STR_TAG:
        return Located(node.value, path, line, col, quoted=node.style in ("'", '"'))  # most scalars: the text as written
    try:
        value = scalars.construct_object(node, deep=True)
    except (ValueError, OverflowError) as exc:  # a scalar YAML reads as a date that does not exist (2026-02-30)
        raise RuleFileError(path, line, col, f"invalid YAML value {node.value!r}: {exc}") from None
    return Located(value, path, line, col, quoted=node.style in ("'", '"'))


def did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
