"""Which files changed since a git ref, for --changed-since on pull requests and before publishing.

"Changed" means what the branch would add to REF: the files that differ between the
merge base of REF and HEAD and the working tree (so committed, staged and unstaged
edits all count, as in ``git diff REF...`` plus local edits), plus untracked files
that git does not ignore (a new article not yet added is exactly what a pre-publish
script must see). Deleted files are left out: there is nothing to check.
"""

from __future__ import annotations

import os
import subprocess

from .errors import FactcheckError


class GitError(FactcheckError):
    """git could not say what changed."""


def _git(args: list[str], cwd: str) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitError("--changed-since needs git, which is not installed") from None
    if proc.returncode != 0:
        reason = (proc.stderr.strip().splitlines() or ["git failed"])[-1]
        raise GitError(f"git {args[0]}: {reason}")
    return proc.stdout


def changed_files(ref: str, cwd: str = ".") -> set[str]:
    """Return the real absolute paths of files changed since the merge base of ref and HEAD, plus untracked ones."""
    top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    try:
        base = _git(["merge-base", ref, "HEAD"], cwd).strip()
    except GitError:
        raise GitError(f"--changed-since: '{ref}' is not a commit git knows here (in CI, fetch it first, e.g. fetch-depth: 0)") from None
    diff = _git(["diff", "--name-only", "--no-renames", "--diff-filter=d", "-z", base, "--"], top)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    names = [n for n in (diff + untracked).split("\0") if n]
    return {os.path.realpath(os.path.join(top, n)) for n in names}
