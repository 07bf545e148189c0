"""Include/exclude globs for walking a content folder.

A pattern is matched against a file's path relative to the folder being walked,
with ``/`` as separator:

- ``*`` matches within one path segment, ``?`` one character, ``[abc]`` one of a set;
- ``**`` matches any number of whole segments (``news/**/*.md``, ``**/drafts/*``);
- a pattern without ``/`` matches the file or folder name at any depth (``*.html``,
  ``drafts``), as in .gitignore.

An exclude pattern that matches a folder excludes everything below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    """Return a regex for a glob, anchored at both ends, over a relative POSIX path."""
    pattern = pattern.strip().replace("\\", "/").strip("/")
    if pattern.startswith("./"):
        pattern = pattern[2:]
    if "/" not in pattern:
        pattern = "**/" + pattern
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            close = pattern.find("]", i + 2)
            if close == -1:
                out.append(re.escape(c))
                i += 1
                continue
            body = pattern[i + 1 : close]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = close + 1
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("".join(out) + r"\Z")


class GlobSet:
    """A list of glob patterns; empty matches nothing (and is falsy)."""

    def __init__(self, patterns: Iterable[str] = ()) -> None:
        self.patterns = tuple(p for p in patterns if p and p.strip())
        self._regexes = tuple(_compile(p) for p in self.patterns)

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def matches(self, rel_path: str) -> bool:
        """Return True when a relative POSIX path matches any pattern."""
        return any(r.match(rel_path) for r in self._regexes)

    def matches_folder(self, rel_folder: str) -> bool:
        """Return True when a folder (relative POSIX path) matches, or a pattern like ``drafts/**`` covers it."""
        return any(r.match(rel_folder) or r.match(rel_folder + "/") for r in self._regexes)
