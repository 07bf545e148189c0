"""--changed-since REF: only the articles a branch changes (plus untracked ones), in a real git repository."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
runner = CliRunner()

ARTICLE = """date 2025-06-10 Water company fined over sewage spills

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.
"""
DUP = ARTICLE + "\nThe regulator fined the water company £11 million for failing to stop sewage spills into rivers.\n"


def git(repo, *args):
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", *args],
                   cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    git(tmp_path, "init", "-q", "-b", "main")
    for rel in ("content/old.txt", "content/edited.txt", "content/deleted.txt", "other/outside.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(DUP, encoding="utf-8")
    (tmp_path / ".gitignore").write_text("ignored.txt\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "articles")
    git(tmp_path, "checkout", "-q", "-b", "story")
    (tmp_path / "content" / "committed.txt").write_text(DUP, encoding="utf-8")
    git(tmp_path, "add", "content/committed.txt")
    git(tmp_path, "commit", "-q", "-m", "new story")
    (tmp_path / "content" / "edited.txt").write_text(DUP + "\nA late line added to the story.\n", encoding="utf-8")
    (tmp_path / "content" / "deleted.txt").unlink()
    (tmp_path / "content" / "untracked.txt").write_text(DUP, encoding="utf-8")
    (tmp_path / "content" / "ignored.txt").write_text(DUP, encoding="utf-8")
    (tmp_path / "other" / "outside.txt").write_text(DUP + "\nChanged too.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def paths_reported(*args):
    result = runner.invoke(app, ["check", "--format", "text", *args])
    return result.exit_code, sorted({line.split(":", 1)[0] for line in result.stdout.splitlines()}), result.stderr


def test_only_changed_and_untracked_articles_under_the_given_paths(repo):
    assert paths_reported("--changed-since", "main", "content") == (1, ["content/committed.txt", "content/edited.txt", "content/untracked.txt"], "")


def test_changes_are_restricted_to_the_paths_given(repo):
    assert paths_reported("--changed-since", "main", "content/edited.txt", "content/old.txt") == (1, ["content/edited.txt"], "")
    assert paths_reported("--changed-since", "main", ".") == (1, ["content/committed.txt", "content/edited.txt", "content/untracked.txt", "other/outside.txt"], "")


def test_from_a_subfolder(repo, monkeypatch):
    monkeypatch.chdir(repo / "content")
    assert paths_reported("--changed-since", "main", ".") == (1, ["committed.txt", "edited.txt", "untracked.txt"], "")


def test_nothing_changed_is_a_clean_run(repo):
    assert paths_reported("--changed-since", "HEAD", "content/old.txt") == (0, [], "")
    git(repo, "stash", "-q", "--include-untracked")
    assert paths_reported("--changed-since", "story", "content") == (0, [], "")


def test_unknown_ref_is_one_line_and_exit_2(repo):
    assert paths_reported("--changed-since", "no-such-branch", "content") == (
        2, [], "factcheck: error: --changed-since: 'no-such-branch' is not a commit git knows here (in CI, fetch it first, e.g. fetch-depth: 0)\n")


def test_outside_a_repository(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(DUP, encoding="utf-8")
    code, paths, err = paths_reported("--changed-since", "main", "a.txt")
    assert (code, paths) == (2, []) and err.startswith("factcheck: error: git rev-parse: fatal: not a git repository")
