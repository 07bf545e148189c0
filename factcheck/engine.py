"""Running the checks on documents: settings applied, offsets turned into lines, results per file."""

from __future__ import annotations

import datetime as _dt
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .config import RuleSet, load_rules
from .document import BlockKind, Document
from .errors import InputError
from .findings import Finding, Hit, Related
from .loaders import EXTENSIONS, format_for, load_text, read_file
from .registry import Context, all_checks, runners

_EXCERPT_MAX = 160


@dataclass
class FileResult:
    """What checking one file produced: its findings, or the reason it could not be checked."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    title: str | None = None
    published: _dt.date | None = None
    words: int = 0
    paragraphs: int = 0
    error: str | None = None  # the file could not be checked (or only partly): exit status 2
    notes: list[str] = field(default_factory=list)
    line_texts: dict[int, str] = field(default_factory=dict)  # lines findings point at, for reporters


def check_document(doc: Document, rules: RuleSet) -> list[Finding]:
    """Return the findings of every enabled check on a document, in reading order."""
    checks = all_checks()
    context = Context(rules.options_by_check(), knowledge=rules.knowledge)
    findings: list[Finding] = []
    for runner, ids in runners():
        enabled = {cid for cid in ids if rules.checks[cid].enabled}
        if not enabled:
            continue
        for hit in runner(doc, context):
            if hit.check in enabled:
                findings.append(_finding(doc, hit, checks[hit.check].category, rules.checks[hit.check].severity))
    findings.sort(key=lambda f: (f.line, f.column, f.check, f.message))
    return findings


def _finding(doc: Document, hit: Hit, category, severity) -> Finding:
    line, column = doc.line_col(hit.span.start)
    end_line, end_column = doc.line_col(max(hit.span.end - 1, hit.span.start))
    excerpt = " ".join(doc.source[hit.span.start : hit.span.end].split())
    if len(excerpt) > _EXCERPT_MAX:
        excerpt = excerpt[: _EXCERPT_MAX - 1] + "\u2026"
    related = tuple(Related(*doc.line_col(r.span.start), r.message) for r in hit.related)
    return Finding(
        path=doc.path,
        check=hit.check,
        category=category,
        severity=severity,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column + 1,
        message=hit.message,
        excerpt=excerpt,
        related=related,
        suggestion=hit.suggestion,
    )


def check_text(text: str, *, format: str = "txt", rules: RuleSet | list[str] | None = None, path: str = "<text>", date: _dt.date | None = None) -> list[Finding]:
    """Return the findings for an article given as a string."""
    doc = load_text(text, format, path)
    doc.date_override = date
    return check_document(doc, _rules(rules))


def check_file(path: str | os.PathLike, *, format: str | None = None, rules: RuleSet | list[str] | None = None, date: _dt.date | None = None) -> list[Finding]:
    """Return the findings for one article file; raise InputError if it cannot be read."""
    result = check_one(str(path), _rules(rules), format, date)
    if result.error and not result.findings and result.words == 0:
        raise InputError(str(path), result.error.split(": ", 1)[-1])
    return result.findings


def _rules(rules: RuleSet | list[str] | None) -> RuleSet:
    if isinstance(rules, RuleSet):
        return rules
    return load_rules(list(rules or ()))


def check_one(path: str, rules: RuleSet, format: str | None = None, date: _dt.date | None = None) -> FileResult:
    """Return the result of checking one file ("-" reads standard input)."""
    result = FileResult(path=path)
    try:
        if path == "-":
            from .loaders import decode

            text, notes = decode(sys.stdin.buffer.read(), "<stdin>")
        else:
            text, notes = read_file(path)
        doc = load_text(text, format_for(path, format), path)
    except InputError as exc:
        result.error = str(exc)
        return result
    doc.date_override = date
    result.notes = notes + doc.notes
    if notes:
        result.error = f"{path}: {notes[0]}"
    result.title = doc.headline
    result.published = doc.published
    result.words = doc.word_count
    result.paragraphs = sum(1 for b in doc.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM))
    if doc.is_empty:
        result.error = f"{path}: empty article (no text to check)"
        return result
    result.findings = check_document(doc, rules)
    for f in result.findings:
        result.line_texts[f.line] = doc.line_text(f.line)
    return result


def expand_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    """Return (article files to check, errors) for the files, folders and "-" given."""
    files: list[str] = []
    errors: list[str] = []
    for p in paths:
        if p == "-":
            files.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                str(f)
                for f in path.rglob("*")
                if f.suffix.lower() in EXTENSIONS and f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            if not found:
                errors.append(f"{p}: no articles found (looked for {', '.join(sorted(EXTENSIONS))})")
            files.extend(found)
        else:
            files.append(p)
    return files, errors


def check_paths(paths: list[str], *, rules: RuleSet | list[str] | None = None, format: str | None = None, date: _dt.date | None = None) -> tuple[list[FileResult], list[str]]:
    """Return a result per article file under the given paths, and errors about the paths themselves."""
    ruleset = _rules(rules)
    files, errors = expand_paths(paths)
    return [check_one(f, ruleset, format, date) for f in files], errors
