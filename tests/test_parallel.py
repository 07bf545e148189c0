"""Many files: walking folders with include/exclude, worker processes, stable order, worker errors."""

from __future__ import annotations

import os
import sys

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import check_one as _real_check_one
from factcheck.engine import check_paths, expand_paths

from .conftest import ROOT

sys.path.insert(0, str(ROOT))
from benchmarks.generate import generate_corpus  # noqa: E402

runner = CliRunner()

ARTICLE = """date 2025-06-10 Water company fined over sewage spills

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    dest = tmp_path_factory.mktemp("corpus")
    generate_corpus(dest, 30, seed=11)
    return dest


def test_generator_is_deterministic(tmp_path, corpus):
    again = generate_corpus(tmp_path, 30, seed=11)
    assert sorted(p.relative_to(tmp_path) for p in again) == sorted(p.relative_to(corpus) for p in corpus.rglob("*.*"))
    assert all(p.read_bytes() == (corpus / p.relative_to(tmp_path)).read_bytes() for p in again)
    assert {p.suffix for p in again} == {".txt", ".md", ".html"}


def test_one_and_two_jobs_give_byte_identical_json(corpus):
    one = runner.invoke(app, ["check", "--format", "json", "--fail-on", "never", "--jobs", "1", str(corpus)])
    two = runner.invoke(app, ["check", "--format", "json", "--fail-on", "never", "--jobs", "2", str(corpus)])
    assert one.exit_code == 0 and two.exit_code == 0
    assert one.stdout == two.stdout
    assert one.stdout.count('"path"') == 30


def test_results_come_back_in_path_order(corpus):
    files, errors = expand_paths([str(corpus)])
    results, _ = check_paths([str(corpus)], jobs=2)
    assert errors == [] and [r.path for r in results] == files == sorted(files)


def _explode(path, rules, format=None, date=None, keep_source=False):
    if path.endswith("boom.txt"):
        raise RuntimeError("kaboom")
    return _real_check_one(path, rules, format, date, keep_source)


@pytest.mark.parametrize("jobs", [1, 2])
def test_unexpected_exception_becomes_that_files_error(tmp_path, monkeypatch, jobs):
    for name in ("a.txt", "boom.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    # Workers are forked from this process, so they inherit the patched function.
    monkeypatch.setattr("factcheck.engine.check_one", _explode)
    results, errors = check_paths([str(tmp_path)], jobs=jobs)
    assert [(os.path.basename(r.path), r.error) for r in results] == [
        ("a.txt", None),
        ("boom.txt", f"{tmp_path / 'boom.txt'}: internal error while checking (RuntimeError: kaboom)"),
        ("c.txt", None),
    ]
    result = runner.invoke(app, ["check", "--format", "text", "--jobs", str(jobs), str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"factcheck: error: {tmp_path / 'boom.txt'}: internal error while checking (RuntimeError: kaboom)\n"


def _die(path, rules, format=None, date=None, keep_source=False):
    os._exit(3)


def test_a_dead_worker_loses_no_file(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr("factcheck.engine.check_one", _die)
    results, _ = check_paths([str(tmp_path)], jobs=2)
    assert [os.path.basename(r.path) for r in results] == ["a.txt", "b.txt"]
    assert all(r.error.startswith(f"{r.path}: internal error while checking (BrokenProcessPool: ") for r in results)


@pytest.fixture
def tree(tmp_path):
    for rel in ("news/a.md", "news/b.txt", "news/drafts/c.md", "opinion/d.html", "opinion/e.txt", ".git/f.md", "news/.hidden/g.md", "news/.h.md", "notes.csv"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def _rel(files, root):
    return [os.path.relpath(f, root).replace(os.sep, "/") for f in files]


@pytest.mark.parametrize(
    "include,exclude,expected",
    [
        ((), (), ["news/a.md", "news/b.txt", "news/drafts/c.md", "opinion/d.html", "opinion/e.txt"]),
        (("*.md",), (), ["news/a.md", "news/drafts/c.md"]),
        (("news/*",), (), ["news/a.md", "news/b.txt"]),
        (("news/**",), (), ["news/a.md", "news/b.txt", "news/drafts/c.md"]),
        ((), ("drafts",), ["news/a.md", "news/b.txt", "opinion/d.html", "opinion/e.txt"]),
        ((), ("news/drafts/**", "*.txt"), ["news/a.md", "opinion/d.html"]),
        (("**/*.md", "opinion/*.html"), ("news/a.md",), ["news/drafts/c.md", "opinion/d.html"]),
        ((), ("opinion",), ["news/a.md", "news/b.txt", "news/drafts/c.md"]),
    ],
)
def test_walk_skips_hidden_and_honours_globs(tree, include, exclude, expected):
    files, errors = expand_paths([str(tree)], include=include, exclude=exclude)
    assert _rel(files, tree) == expected and errors == []


def test_globs_on_the_command_line(tree):
    result = runner.invoke(app, ["check", "--format", "json", "--include", "*.md", "--exclude", "drafts", str(tree)])
    assert result.exit_code == 0
    assert result.stdout.count('"path"') == 1 and f'"path": "{tree / "news" / "a.md"}"' in result.stdout


def test_explicit_files_are_always_checked(tree):
    files, _ = expand_paths([str(tree / "news" / "drafts" / "c.md")], exclude=["drafts"])
    assert _rel(files, tree) == ["news/drafts/c.md"]
