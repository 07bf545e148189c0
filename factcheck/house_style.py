"""A newsroom's own rules, as data: entities, substitutions, consistency groups and forbidden phrases.

config.py reads and validates them from rule files; the style checks and the name
checks apply them. Each rule knows where it was written, which parts of an article
it applies to and which paths.
"""

from __future__ import annotations

import re
from bisect import bisect_left
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
    """A word, phrase or regular expression, compiled once.

    Words and phrases are escaped and matched with the standard library. A rule file's own
    regular expressions (`regex: true`) run on RE2, whose matching time grows in proportion
    to the text whatever the pattern, so no rule can make a check hang ("(a+)+$").
    """

    source: str
    regex: bool = False
    case_sensitive: bool = False
    whole_word: bool = True
    compiled: "re.Pattern | UserRegex" = field(compare=False, default=None)  # type: ignore[assignment]

    @staticmethod
    def build(source: str, regex: bool = False, case_sensitive: bool = False, whole_word: bool = True) -> "Pattern":
        """Return the compiled pattern; raise RegexError (regex) or re.error if it cannot be used."""
        if regex:
            return Pattern(source, regex, case_sensitive, whole_word, UserRegex(source, case_sensitive, whole_word))
        body = r"\s+".join(re.escape(word) for word in source.split())
        if whole_word:
            body = rf"(?<![\w-])(?:{body})(?![\w-])"
        flags = 0 if case_sensitive else re.IGNORECASE
        return Pattern(source, regex, case_sensitive, whole_word, re.compile(body, flags))


class RegexError(ValueError):
    """A rule's regular expression that cannot be used; pos is the character it is about (0-based)."""

    def __init__(self, msg: str, pos: int = 0) -> None:
        super().__init__(msg)
        self.msg = msg
        self.pos = pos


# Characters that continue a word for `whole-word` (as [\w-] for words and phrases), in RE2's Unicode classes.
_NOT_WORD = r"[^\pL\pN\pM_-]"
# Texts a usable pattern must not match with zero width on (a* or \b would "match" everywhere).
_EMPTY_PROBES = ("", " ", "a", "A b", "1", "-", ".", "a-b c", "\n")


class UserRegex:
    """A rule file's regular expression, on RE2, with re.Pattern's finditer for the checks."""

    def __init__(self, source: str, case_sensitive: bool = False, whole_word: bool = False) -> None:
        import re2

        self.source, self.case_sensitive, self.whole_word = source, case_sensitive, whole_word
        options = re2.Options()
        options.log_errors = False  # RE2 would print its own copy of every error on stderr
        options.case_sensitive = case_sensitive
        try:
            body = re2.compile(source, options=options)
        except re2.error as exc:
            raise _regex_error(source, exc) from None
        self.groups = body.groups
        self.groupindex = dict(body.groupindex)
        for probe in _EMPTY_PROBES:
            if any(m.start() == m.end() for m in body.finditer(probe)):
                raise RegexError("it matches the empty string, so it would match everywhere; make it match at least one character")
        if whole_word:
            # A word boundary without look-behind (RE2 has none): the match takes the character before
            # and after it, and the body is group 1; the next search starts where the body ended.
            self._regex = re2.compile(rf"(?:\A|{_NOT_WORD})({source})(?:{_NOT_WORD}|\z)", options=options)
            self._shift = 1
        else:
            self._regex = body
            self._shift = 0

    def __reduce__(self):
        return (UserRegex, (self.source, self.case_sensitive, self.whole_word))

    def finditer(self, text: str):
        """Yield a match for each place the pattern occurs, left to right, never empty.

        RE2 runs on the UTF-8 bytes, encoded once: the wrapper's own str interface re-encodes
        the whole text and recounts characters from its start on every search, which made
        a text with many matches quadratic.
        """
        data = text.encode("utf-8", "surrogatepass")
        chars = _CharOffsets(data, ascii=len(data) == len(text))
        if not self._shift:
            for m in self._regex.finditer(data):
                start, end = m.span()
                if end > start:
                    yield UserMatch(m, 0, chars.at(start), chars.at(end))
            return
        pos, n = 0, len(data)
        while pos <= n:
            m = self._regex.search(data, pos)
            if m is None:
                return
            start, end = m.span(1)
            if end > start:
                yield UserMatch(m, 1, chars.at(start), chars.at(end))
            pos = max(end, start + 1)

    def template(self, replace: str) -> "Template":
        """Return a `replace` text with its group references checked against this pattern."""
        return Template.parse(replace, self.groups, self.groupindex)


class _CharOffsets:
    """Turns byte offsets into UTF-8 text into character offsets, for offsets that only move forward."""

    __slots__ = ("_data", "_ascii", "_byte", "_char")

    def __init__(self, data: bytes, ascii: bool) -> None:
        self._data, self._ascii, self._byte, self._char = data, ascii, 0, 0

    def at(self, byte: int) -> int:
        if self._ascii:
            return byte
        if byte < self._byte:  # not expected; count from the start rather than be wrong
            self._byte, self._char = 0, 0
        self._char += len(self._data[self._byte : byte].decode("utf-8", "surrogatepass"))
        self._byte = byte
        return self._char


class UserMatch:
    """One match of a UserRegex, with the parts of re.Match the checks use (character offsets, str groups)."""

    __slots__ = ("_m", "_shift", "_start", "_end")

    def __init__(self, m, shift: int, start: int, end: int) -> None:
        self._m, self._shift, self._start, self._end = m, shift, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, n: int | str = 0):
        value = self._m.group(n) if isinstance(n, str) else self._m.group(n + self._shift if n else self._shift)
        return None if value is None else value.decode("utf-8", "surrogatepass")

    def expand(self, template: "Template | str") -> str:
        if isinstance(template, str):
            names = {name: index - self._shift for name, index in self._m.re.groupindex.items()}
            template = Template.parse(template, self._m.re.groups - self._shift, names)
        return "".join(part if isinstance(part, str) else (self.group(part) or "") for part in template.parts)


@dataclass(frozen=True)
class Template:
    """A replacement text: literal pieces and the group numbers or names written as \\1, \\g<1>, \\g<name>."""

    source: str
    parts: tuple[str | int, ...]

    _ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}

    @staticmethod
    def parse(source: str, groups: int, names: dict[str, int]) -> "Template":
        """Return the template; raise RegexError at the reference if it names a group the pattern lacks."""
        parts: list[str | int] = []
        literal: list[str] = []
        i, n = 0, len(source)
        while i < n:
            c = source[i]
            if c != "\\" or i + 1 == n:
                literal.append(c)
                i += 1
                continue
            nxt = source[i + 1]
            if nxt.isdigit() and nxt != "0":
                j = i + 2 if not (i + 2 < n and source[i + 2].isdigit()) else i + 3
                ref: int | str = int(source[i + 1 : j])
            elif nxt == "g":
                close = source.find(">", i)
                if i + 2 >= n or source[i + 2] != "<" or close < 0:
                    raise RegexError("\\g must be written \\g<number> or \\g<name>", i)
                name = source[i + 3 : close]
                ref = int(name) if name.isdigit() else name
                j = close + 1
            elif nxt in Template._ESCAPES:
                literal.append(Template._ESCAPES[nxt])
                i += 2
                continue
            elif nxt.isascii() and nxt.isalnum():
                raise RegexError(f"unknown escape \\{nxt} (write \\\\ for a backslash)", i)
            else:
                literal.append(source[i : i + 2])
                i += 2
                continue
            if isinstance(ref, str):
                if ref not in names:
                    raise RegexError(f"there is no group named '{ref}' in the pattern", i)
                ref = names[ref]
            elif ref > groups:
                raise RegexError(f"\\{ref} refers to group {ref}, but the pattern has {groups} group{'s' if groups != 1 else ''}", i)
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append(ref)
            i = j
        if literal:
            parts.append("".join(literal))
        return Template(source, tuple(parts))


def _regex_error(source: str, exc: Exception) -> RegexError:
    """Say why RE2 refused a pattern: Python's own message and position if it refuses it too."""
    try:
        re.compile(source)
    except re.error as py_exc:
        return RegexError(py_exc.msg, py_exc.pos or 0)
    except (RecursionError, OverflowError):
        pass
    reason = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
    reason = reason.split(": ", 1)[0] if ": " in reason else reason
    hint = " (look-around and back-references are not supported: rule files use RE2 syntax)" if any(t in source for t in ("(?=", "(?!", "(?<=", "(?<!")) or re.search(r"\\[1-9]", source) else ""
    return RegexError(f"{reason}, not supported by RE2{hint}", 0)


@dataclass(frozen=True)
class Substitution(RuleBase):
    pattern: Pattern = None  # type: ignore[assignment]
    replace: str = ""  # with a regular expression, its group references were checked at load


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
        starts = [s for s, _ in quotes]
        for m in found:
            # quotes are in order and apart: only the last one starting before the match ends can overlap it
            k = bisect_left(starts, m.end()) - 1
            if k >= 0 and quotes[k][1] > m.start():
                continue
            text = m.group()
            if not text or text[0].isspace() or text[-1].isspace():
                continue  # a space in block text may stand for a line break, which no finding can point into
            yield block, m


def match_case(replacement: str, matched: str) -> str:
    """Return the replacement with the capitalisation of the text it replaces."""
    if matched.isupper() and len(matched) > 1:
        return replacement.upper()
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
