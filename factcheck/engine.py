"""Running the checks on documents: settings applied, offsets turned into lines, results per file."""

from __future__ import annotations

import datetime as _dt
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from .config import RuleSet, load_rules
from .document import BlockKind, Document
from .errors import InputError
from .findings import Finding, Hit, Related
from .loaders import EXTENSIONS, decode, format_for, load_text, read_file
from .registry import Context, all_checks, runners
from .results import FileResult
from .suppression import apply as apply_suppressions
from .suppression import find_directives

_EXCERPT_MAX = 160
# What the datetime module says when arithmetic leaves its calendar (years 1 to 9999).
_BEYOND_CALENDAR = re.compile(r"year -?\d+ is out of range|date value out of range|days=\d+; must have magnitude|out of range for (?:date|datetime)")


def check_document(doc: Document, rules: RuleSet) -> list[Finding]:
    """Return the findings of every enabled check on a document, in reading order."""
    checks = all_checks()
    from .reading.annotate import Annotation

    annotation = Annotation(doc, rules.knowledge, rules.day_first)  # read once, shared by every check
    context = Context(rules.options_by_check(), knowledge=rules.knowledge, day_first=rules.day_first, annotation=annotation)
    findings: list[Finding] = []
    told: dict[tuple[int, int], str] = {}  # the place of each hit kept so far that points elsewhere -> its check
    for runner, ids in runners():
        enabled = {cid for cid in ids if rules.checks[cid].enabled}
        if not enabled:
            continue
        try:
            hits = list(runner(doc, context))
        except (OverflowError, ValueError) as exc:
            if not _BEYOND_CALENDAR.search(str(exc)):
                raise
            continue  # the check needed a day before 1 January 1 or after 31 December 9999: quiet on this article
        for hit in hits:
            # one problem, one finding: a hit that points elsewhere, at exactly the place an earlier check's did (a body
            # figure against a headline's, from headline-body-conflict and number-conflict, each naming one headline)
            place = (hit.span.start, hit.span.end)
            if hit.check in enabled and (not hit.related or told.get(place, hit.check) == hit.check):
                if hit.related:
                    told[place] = hit.check
                findings.append(_finding(doc, hit, checks[hit.check].category, hit.severity or rules.checks[hit.check].severity))
    directives = find_directives(doc)
    if directives:
        from .checks.unused_suppression import UNUSED_SUPPRESSION, unused

        findings = apply_suppressions(findings, directives)
        if rules.checks[UNUSED_SUPPRESSION.id].enabled:
            findings.extend(_finding(doc, hit, UNUSED_SUPPRESSION.category, rules.checks[hit.check].severity) for hit in unused(directives))
    findings.sort(key=lambda f: (f.line, f.column, f.check, f.message))
    return findings


def _finding(doc: Document, hit: Hit, category, severity) -> Finding:
    line, column = doc.line_col(hit.span.start)
    end_line, end_column = doc.line_col(max(hit.span.end - 1, hit.span.start))
    excerpt = " ".join(doc.source[hit.span.start : hit.span.end].split())
    if len(excerpt) > _EXCERPT_MAX:
        excerpt = excerpt[: _EXCERPT_MAX - 1] + "\u2026"
    related = tuple(_related(doc, r) for r in hit.related)
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
        fixable=hit.fixable and hit.suggestion is not None,
        start_offset=hit.span.start,
        end_offset=hit.span.end,
    )


def _related(doc: Document, rel) -> Related:
    line, column = doc.line_col(rel.span.start)
    end_line, end_column = doc.line_col(max(rel.span.end - 1, rel.span.start))
    return Related(line, column, rel.message, end_line=end_line, end_column=end_column + 1, start_offset=rel.span.start, end_offset=rel.span.end)


def check_text(text: str, *, format: str = "txt", rules: RuleSet | list[str] | None = None, path: str = "<text>", date: _dt.date | str | None = None) -> list[Finding]:
    """Return the findings for an article given as a string; raise InputError if it cannot be checked."""
    ruleset = _rules(rules)
    published = as_date(date)
    doc = load_text(text, format, path, day_first=ruleset.day_first)
    if doc.is_empty:
        raise InputError(path, _EMPTY)
    doc.date_override = published
    return check_document(doc, ruleset)


def check_file(path: str | os.PathLike, *, format: str | None = None, rules: RuleSet | list[str] | None = None, date: _dt.date | str | None = None) -> list[Finding]:
    """Return the findings for one article file; raise InputError where the command line exits 2 for it.

    That is: a file that is missing, unreadable, binary, too large, not UTF-8 (or UTF-16
    with a byte-order mark), empty, or whose own publication date does not exist.
    """
    path = str(path)
    ruleset = _rules(rules)
    published = as_date(date)
    text, notes = read_file(path)
    if notes:
        raise InputError(path, notes[0])
    doc = load_text(text, format_for(path, format), path, day_first=ruleset.day_first)
    if doc.is_empty:
        raise InputError(path, _EMPTY)
    doc.date_override = published
    return check_document(doc, ruleset)


_EMPTY = "empty article (no text to check)"


def as_date(value: _dt.date | str | None) -> _dt.date | None:
    """Return a publication date given as a date or an ISO string (YYYY-MM-DD); ValueError if it is neither."""
    if value is None or (isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)):
        return value
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ValueError(f"date: '{value}' is not a date in the form YYYY-MM-DD ({exc})") from None
    raise TypeError(f"date must be a datetime.date or a YYYY-MM-DD string, not {type(value).__name__}")


def _rules(rules: RuleSet | list[str] | None) -> RuleSet:
    if isinstance(rules, RuleSet):
        return rules
    return load_rules(list(rules or ()))


def check_one(path: str, rules: RuleSet, format: str | None = None, date: _dt.date | None = None, keep_source: bool = False, *, stdin_name: str | None = None) -> FileResult:
    """Return the result of checking one file ("-" reads standard input); keep_source keeps its text in the result.

    ``stdin_name`` is the path standard input stands for: it gives the format, the
    ``paths:`` rules that apply and the path findings carry.
    """
    from_stdin = path == "-"
    if from_stdin and stdin_name:
        path = stdin_name
    result = FileResult(path=path)
    try:
        if from_stdin:
            text, notes = decode(sys.stdin.buffer.read(), "<stdin>")
            result.source_text = text  # kept for --fix -, which prints the article fixed
        else:
            text, notes = read_file(path)
        doc = load_text(text, format_for(path, format), path, day_first=rules.day_first)
    except InputError as exc:
        result.error = str(exc)
        return result
    doc.date_override = date
    if keep_source:
        result.source = text
    result.notes = notes + doc.notes
    if notes:
        result.error = f"{path}: {notes[0]}"
    result.title = doc.headline
    result.published = doc.published
    result.words = doc.word_count
    result.paragraphs = sum(1 for b in doc.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM))
    if doc.is_empty:
        result.error = f"{path}: {_EMPTY}"
        return result
    result.findings = check_document(doc, rules)
    for f in result.findings:
        result.line_texts[f.line] = doc.line_text(f.line)
    return result


def expand_paths(
    paths: list[str],
    *,
    include: list[str] | tuple[str, ...] = (),
    exclude: list[str] | tuple[str, ...] = (),
    force_exclude_from: str | None = None,
    stdin_name: str | None = None,
) -> tuple[list[str], list[str]]:
    """Return (article files to check, errors) for the files, folders and "-" given.

    Folders are walked in sorted order, skipping hidden files and folders (``.git``);
    ``include``/``exclude`` globs (see factcheck.globs) filter what the walk finds,
    matched against the path relative to the folder given. Files named explicitly are
    always checked, unless ``force_exclude_from`` names a folder: then an ``exclude``
    glob matching a named file's path relative to that folder skips it too (as does
    one matching ``stdin_name`` for "-"), which is what a pre-commit hook needs.
    """
    from .globs import GlobSet

    wanted, unwanted = GlobSet(include), GlobSet(exclude)
    files: list[str] = []
    errors: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        # a file named twice, or named and found in a folder also named, is checked and reported once
        key = path if path == "-" else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    for p in paths:
        if p == "-" or not os.path.isdir(p):
            named = stdin_name if p == "-" and stdin_name else p
            if force_exclude_from is None or named == "-" or not unwanted.matches(_relative(named, force_exclude_from)):
                add(p)
            continue
        articles = 0
        for root, dirs, names in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            rel_root = os.path.relpath(root, p).replace(os.sep, "/")
            rel_root = "" if rel_root == "." else rel_root + "/"
            if rel_root and unwanted.matches_folder(rel_root[:-1]):
                dirs[:] = []
                continue
            for name in sorted(names):
                if name.startswith(".") or os.path.splitext(name)[1].lower() not in EXTENSIONS:
                    continue
                articles += 1
                rel = rel_root + name
                if (wanted and not wanted.matches(rel)) or unwanted.matches(rel):
                    continue
                add(str(Path(root, name)))  # Path drops a leading "./", as users expect
        if not articles:
            errors.append(f"{p}: no articles found (looked for {', '.join(sorted(EXTENSIONS))})")
    return files, errors


def _relative(path: str, folder: str) -> str:
    """Return a path relative to a folder, with / separators, for matching globs."""
    return os.path.relpath(os.path.abspath(path), os.path.abspath(folder)).replace(os.sep, "/")


def check_paths(
    paths: list[str],
    *,
    rules: RuleSet | list[str] | None = None,
    format: str | None = None,
    date: _dt.date | None = None,
    include: list[str] | tuple[str, ...] = (),
    exclude: list[str] | tuple[str, ...] = (),
    only: set[str] | None = None,
    jobs: int = 1,
    on_result=None,
    keep_source: bool = False,
    force_exclude_from: str | None = None,
    stdin_name: str | None = None,
    dask_client=None,
) -> tuple[list[FileResult], list[str]]:
    """Return a result per article file under the given paths, and errors about the paths themselves.

    ``only`` (real absolute paths) restricts the files to those, e.g. the ones changed since a
    git ref; ``jobs`` > 1 checks files in worker processes, a ``dask_client``
    (distributed.Client) on its cluster instead; ``on_result(result, total)`` is called as
    each file is done; ``keep_source`` keeps each article's text in its result (for the
    HTML report). Results are in path order whatever ``jobs`` is.
    ``force_exclude_from`` and ``stdin_name``: see expand_paths and check_one.
    """
    files, errors, results = iter_paths(
        paths, rules=rules, format=format, date=date, include=include, exclude=exclude, only=only, jobs=jobs,
        keep_source=keep_source, force_exclude_from=force_exclude_from, stdin_name=stdin_name, dask_client=dask_client,
    )
    out = []
    try:
        for result in results:
            out.append(result)
            if on_result:
                on_result(result, len(files))
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # an interrupt here, between two results, still stops the workers now, not at exit
    return out, errors


def iter_paths(
    paths: list[str],
    *,
    rules: RuleSet | list[str] | None = None,
    format: str | None = None,
    date: _dt.date | None = None,
    include: list[str] | tuple[str, ...] = (),
    exclude: list[str] | tuple[str, ...] = (),
    only: set[str] | None = None,
    jobs: int = 1,
    keep_source: bool = False,
    force_exclude_from: str | None = None,
    stdin_name: str | None = None,
    dask_client=None,
) -> tuple[list[str], list[str], Iterator[FileResult]]:
    """Return (the files to check, errors about the paths, an iterator of their results in path order).

    Each result is yielded as soon as it and those before it are done and is not kept,
    so a streaming report (JSON Lines) stays flat in memory however many files there are.
    """
    ruleset = _rules(rules)
    files, errors = expand_paths(paths, include=include, exclude=exclude, force_exclude_from=force_exclude_from, stdin_name=stdin_name)
    if only is not None:
        files = [f for f in files if f == "-" or os.path.realpath(f) in only]
    if dask_client is not None:
        from factcheck.dask import iter_files as dask_iter_files

        return files, errors, dask_iter_files(files, ruleset, dask_client, format=format, date=date, keep_source=keep_source, stdin_name=stdin_name)
    from .parallel import iter_files

    rule_source = ruleset if isinstance(rules, RuleSet) else list(rules or ())
    return files, errors, iter_files(files, check_one, ruleset, rule_source, format, date, jobs, keep_source=keep_source, stdin_name=stdin_name)


def facts_of(path: str, rules: RuleSet, format: str | None = None) -> list:
    """Return the fact table of one file (factcheck.reading.facts): what the checks compare, read as they read it.

    Raises InputError for a file that cannot be read.
    """
    from .reading.annotate import Annotation
    from .reading.facts import fact_table

    text, _ = read_file(path)
    doc = load_text(text, format_for(path, format), path, day_first=rules.day_first)
    return fact_table(Annotation(doc, rules.knowledge, rules.day_first))
