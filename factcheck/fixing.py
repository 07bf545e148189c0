"""Applying safe suggestions to article files (--fix), or showing them as a unified diff (--diff)."""

from __future__ import annotations

import difflib
import os
import tempfile
from dataclasses import dataclass

from .findings import Finding
from .loaders import decode

_BOM = b"\xef\xbb\xbf"


@dataclass
class FileFix:
    """What fixing one file changed (or would change)."""

    path: str
    applied: list[Finding]
    diff: str


def fixable(findings: list[Finding]) -> list[Finding]:
    """Return the findings whose suggestion is safe to apply unattended."""
    return [f for f in findings if f.fixable and f.suggestion is not None]


def apply_suggestions(text: str, findings: list[Finding]) -> tuple[str, list[Finding]]:
    """Return the text with each finding's span replaced by its suggestion, skipping overlaps."""
    applied: list[Finding] = []
    out = text
    last_start = len(text) + 1
    for f in sorted(fixable(findings), key=lambda f: (f.start_offset, f.end_offset), reverse=True):
        if f.end_offset > last_start or not 0 <= f.start_offset < f.end_offset <= len(text):
            continue  # overlaps a later fix, or no longer fits the file
        out = out[: f.start_offset] + f.suggestion + out[f.end_offset :]
        last_start = f.start_offset
        applied.append(f)
    applied.reverse()
    return out, applied


def fix_file(path: str, findings: list[Finding], *, write: bool) -> FileFix:
    """Apply the safe suggestions to one file (atomically, if write), returning what changed and its diff."""
    with open(path, "rb") as fh:
        data = fh.read()
    text, notes = decode(data, path)
    if notes:
        return FileFix(path, [], "")  # not UTF-8: writing it back would change bytes we did not mean to
    fixed, applied = apply_suggestions(text, findings)
    if not applied:
        return FileFix(path, [], "")
    diff = "".join(
        difflib.unified_diff(text.splitlines(keepends=True), fixed.splitlines(keepends=True), fromfile=f"a/{path}", tofile=f"b/{path}")
    )
    if write:
        payload = (_BOM if data.startswith(_BOM) else b"") + fixed.encode("utf-8")
        folder = os.path.dirname(os.path.abspath(path))
        fd, temp = tempfile.mkstemp(prefix=".factcheck-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.chmod(temp, os.stat(path).st_mode & 0o7777)
            os.replace(temp, path)
        except BaseException:
            if os.path.exists(temp):
                os.unlink(temp)
            raise
    return FileFix(path, applied, diff)
