"""Baselines: record today's findings, then report only the ones that are new.

A baseline entry is (file, check id, fingerprint of the words involved), with a
count: the same finding twice in a file is two entries (a multiset). Line numbers
are left out on purpose, so an edit elsewhere in the article keeps old findings
matched. Paths are stored relative to the baseline file's folder, so a baseline
committed at the root of a content repository matches from any working directory.

The file is JSON::

    {"version": 1, "tool": "factcheck",
     "findings": [{"path": "news/a.md", "check": "name-variant",
                   "fingerprint": "3f1c…", "count": 1, "excerpt": "Siobahn Meredith"}]}

``excerpt`` is for people reading the file; matching uses ``fingerprint`` only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Sequence

from .errors import FactcheckError
from .findings import Finding

VERSION = 1
_QUOTES = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b`"} | {c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb"})
_SPACES = re.compile(r"\s+")

Key = tuple[str, str, str]  # (path, check, fingerprint)


class BaselineError(FactcheckError):
    """A baseline file that cannot be read or is not a factcheck baseline."""


def fingerprint(finding: Finding) -> str:
    """Return a short hash of the finding's words: case, quote marks and spacing evened out."""
    words = _SPACES.sub(" ", finding.excerpt.translate(_QUOTES)).strip().casefold()
    return hashlib.sha256(f"{finding.check}\0{words}".encode()).hexdigest()[:20]


def _key_path(path: str, base_dir: str) -> str:
    """Return a file's path as stored in a baseline: relative to the baseline's folder, with /."""
    if path == "-":
        return path
    rel = os.path.relpath(os.path.realpath(path), os.path.realpath(base_dir))
    return rel.replace(os.sep, "/")


def _base_dir(baseline_path: str) -> str:
    return os.path.dirname(os.path.abspath(baseline_path))


def write(baseline_path: str, results: Sequence) -> int:
    """Write every finding of the results to a baseline file; return how many were written."""
    base = _base_dir(baseline_path)
    counts: Counter[Key] = Counter()
    excerpts: dict[Key, str] = {}
    for r in results:
        for f in r.findings:
            key = (_key_path(r.path, base), f.check, fingerprint(f))
            counts[key] += 1
            excerpts.setdefault(key, f.excerpt)
    entries = [
        {"path": p, "check": c, "fingerprint": fp, "count": n, "excerpt": excerpts[(p, c, fp)]}
        for (p, c, fp), n in sorted(counts.items())
    ]
    data = {"version": VERSION, "tool": "factcheck", "findings": entries}
    try:
        with open(baseline_path, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    except OSError as exc:
        raise BaselineError(f"{baseline_path}: cannot write baseline ({exc.strerror or exc})") from None
    return sum(counts.values())


def read(baseline_path: str) -> Counter[Key]:
    """Return the baseline's entries as a multiset; raise BaselineError if it is missing or malformed."""
    try:
        with open(baseline_path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise BaselineError(f"{baseline_path}: no such baseline file (create one with --write-baseline)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{baseline_path}: cannot read baseline ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{baseline_path}:{exc.lineno}:{exc.colno}: not a factcheck baseline: invalid JSON ({exc.msg})") from None

    def broken(reason: str) -> BaselineError:
        return BaselineError(f"{baseline_path}: not a factcheck baseline: {reason}")

    if not isinstance(data, dict) or "findings" not in data:
        raise broken('expected an object with "version" and "findings"')
    if data.get("version") != VERSION:
        raise broken(f"unsupported version {data.get('version')!r} (this factcheck reads version {VERSION})")
    if not isinstance(data["findings"], list):
        raise broken('"findings" must be a list')
    entries: Counter[Key] = Counter()
    for n, e in enumerate(data["findings"], 1):
        if not isinstance(e, dict):
            raise broken(f"entry {n} is not an object")
        fields = [e.get(k) for k in ("path", "check", "fingerprint")]
        if not all(isinstance(v, str) and v for v in fields):
            raise broken(f'entry {n} needs "path", "check" and "fingerprint" strings')
        count = e.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise broken(f'entry {n}: "count" must be a whole number of at least 1')
        entries[(fields[0], fields[1], fields[2])] += count
    return entries


@dataclasses.dataclass
class Comparison:
    """Results with baseline findings removed, and how many baseline entries no longer occur."""

    results: list
    known: int  # findings matched by the baseline and left out
    gone: int  # baseline entries for the files checked that matched nothing


def compare(baseline_path: str, results: Sequence) -> Comparison:
    """Return the results keeping only findings not in the baseline (matched as a multiset)."""
    matcher = Matcher(baseline_path)
    out = [matcher.new_only(r) for r in results]
    return Comparison(out, matcher.known, matcher.gone)


class Matcher:
    """A baseline read once, matched against results one file at a time (for streaming reports)."""

    def __init__(self, baseline_path: str) -> None:
        self._remaining = read(baseline_path)
        self._base = _base_dir(baseline_path)
        self._checked: set[str] = set()
        self.known = 0  # findings matched by the baseline and left out

    def new_only(self, result):
        """Return the result keeping only the findings the baseline does not record."""
        path = _key_path(result.path, self._base)
        self._checked.add(path)
        new: list[Finding] = []
        for f in result.findings:
            key = (path, f.check, fingerprint(f))
            if self._remaining[key] > 0:
                self._remaining[key] -= 1
                self.known += 1
            else:
                new.append(f)
        return dataclasses.replace(result, findings=new) if len(new) != len(result.findings) else result

    @property
    def gone(self) -> int:
        """Return how many entries for the files matched so far matched nothing."""
        return sum(n for (path, _, _), n in self._remaining.items() if path in self._checked and n > 0)
