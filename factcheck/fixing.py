"""Applying safe suggestions to article files (--fix), or showing them as a unified diff (--diff)."""

from __future__ import annotations

import codecs
import difflib
import os
import stat
import tempfile
from dataclasses import dataclass

from .errors import InputError
from .findings import Finding
from .loaders import decode

_BOM = b"\xef\xbb\xbf"


@dataclass
class FileFix:
    """What fixing one file changed (or would change)."""

    path: str
    applied: list[Finding]
    diff: str
    text: str = ""  # the article with the fixes applied


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


def fix_text(text: str, findings: list[Finding], path: str) -> FileFix:
    """Return what applying the safe suggestions to an article's text gives: the fixes, their diff, the text."""
    fixed, applied = apply_suggestions(text, findings)
    diff = "".join(
        difflib.unified_diff(text.splitlines(keepends=True), fixed.splitlines(keepends=True), fromfile=f"a/{path}", tofile=f"b/{path}")
    ) if applied else ""
    return FileFix(path, applied, diff, fixed)


def fix_file(path: str, findings: list[Finding], *, write: bool) -> FileFix:
    """Apply the safe suggestions to one file (atomically, if write), returning what changed and its diff.

    A file this user may not write (read-only, mode 444) is refused with InputError rather
    than replaced; a replaced file keeps its permissions and, where allowed, its owner and group.
    """
    with open(path, "rb") as fh:
        data = fh.read()
    text, notes = decode(data, path)
    if notes:
        return FileFix(path, [], "", text)  # not UTF-8: writing it back would change bytes we did not mean to
    fix = fix_text(text, findings, path)
    if not fix.applied or not write:
        return fix
    status = os.stat(path)
    # the owner's write bit, not only access(): root may write anything, but 444 says "leave me alone"
    if not status.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise InputError(path, "read-only file, not fixed (make it writable to apply the fixes)")
    payload = _encode(fix.text, data)
    folder = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=".factcheck-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.chmod(temp, status.st_mode & 0o7777)
        try:
            os.chown(temp, status.st_uid, status.st_gid)
        except OSError:
            pass  # only the owner's own groups (or root) can be kept; the mode is kept regardless
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    return fix


def _encode(text: str, original: bytes) -> bytes:
    """Return text in the encoding (and byte-order mark) the file had: UTF-8, or UTF-16 with a BOM."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if original.startswith(bom):
            return bom + text.encode(codec)
    return (_BOM if original.startswith(_BOM) else b"") + text.encode("utf-8")
