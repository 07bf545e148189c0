"""A newsroom's own rules, as data: entities, substitutions, consistency groups and forbidden phrases.

config.py reads and validates them from rule files; the style checks and the name
checks apply them. Each rule knows where it was written, which parts of an article
it applies to and which paths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from .document import Block, BlockKind, Document
from .findings import Severity

# The parts of an article a rule may be scoped to.
SCOPES = ("headline", "standfirst", "body", "captions", "quotes", "any")
DEFAULT_SCOPE = ("headline", "standfirst", "body")
_KINDS_BY_SCOPE = {
    "headline": {BlockKind.HEADLINE},
    "standfirst": {BlockKind.STANDFIRST},
    "body": {BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE},
    "captions": {BlockKind.CAPTION},
}


@dataclass(frozen=True)
class RuleBase:
    id: str
    origin: str  # "file:line" where the rule was written
    scope: tuple[str, ...] = DEFAULT_SCOPE
    paths: tuple[str, ...] = ()
    severity: Severity | None = None
    message: str | None = None

    def applies_to(self, path: str) -> bool:
        """Return whether the rule's path globs (if any) match an article path."""
        if not self.paths:
            return True
        pure = PurePath(path)
        return any(pure.match(glob) for glob in self.paths)

    @property
    def includes_quotes(self) -> bool:
        return "quotes" in self.scope

    def blocks(self, doc: Document) -> list[Block]:
        """Return the blocks of a document this rule looks at."""
        scopes = set(self.scope)
        if "any" in scopes:
            scopes |= {"headline", "standfirst", "body", "captions"}
        kinds = set().union(*(_KINDS_BY_SCOPE.get(s, set()) for s in scopes))
        return [b for b in doc.blocks if b.kind in kinds]


@dataclass(frozen=True)
class Pattern:
    """A word, phrase or regular expression, compiled once."""

    source: str
    regex: bool = False
    case_sensitive: bool = False
    whole_word: bool = True
    compiled: re.Pattern = field(compare=False, default=None)  # type: ignore[assignment]

    @staticmethod
    def build(source: str, regex: bool = False, case_sensitive: bool = False, whole_word: bool = True) -> "Pattern":
        body = source if regex else re.escape(source).replace("\\ ", r"\s+")
        if whole_word:
            body = rf"(?<![\w-])(?:{body})(?![\w-])"
        flags = 0 if case_sensitive else re.IGNORECASE
        return Pattern(source, regex, case_sensitive, whole_word, re.compile(body, flags))


@dataclass(frozen=True)
class Substitution(RuleBase):
    pattern: Pattern = None  # type: ignore[assignment]
    replace: str = ""


@dataclass(frozen=True)
class ConsistencyGroup(RuleBase):
    forms: tuple[Pattern, ...] = ()


@dataclass(frozen=True)
class ForbiddenPhrase(RuleBase):
    pattern: Pattern = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Entity(RuleBase):
    """A person or organisation the newsroom declares: its spelling, accepted forms, forms to flag, offices."""

    name: str = ""
    aliases: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()


def matches(rule: RuleBase, pattern: Pattern, doc: Document):
    """Yield (block, match) for each place a rule's pattern occurs in the text it applies to."""
    from .language.quotes import quoted_spans

    for block in rule.blocks(doc):
        found = list(pattern.compiled.finditer(block.text))
        if not found:
            continue
        quotes = [] if rule.includes_quotes else quoted_spans(block.text)
        for m in found:
            if any(s < m.end() and m.start() < e for s, e in quotes):
                continue
            yield block, m


def match_case(replacement: str, matched: str) -> str:
    """Return the replacement with the capitalisation of the text it replaces."""
    if matched.isupper() and len(matched) > 1:
        return replacement.upper()
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
