"""The `factcheck` command: parses options and calls the same API that scripts import."""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import os
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from . import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Flag what contradicts itself inside a news article: repeats, conflicting titles, dates and figures.",
)


class ReportFormat(str, Enum):
    auto = "auto"
    rich = "rich"
    text = "text"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"
    html = "html"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class InputFormat(str, Enum):
    txt = "txt"
    md = "md"
    html = "html"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = None,
) -> None:
    """Flag what contradicts itself inside a news article."""


def _error(message: str) -> None:
    sys.stderr.write(f"factcheck: error: {message}\n")


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders (searched recursively) or - for standard input.")],
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format (html: one self-contained page); auto is github in GitHub Actions, rich on a terminal, text otherwise.")] = ReportFormat.auto,
    fail_on: Annotated[Optional[FailOn], typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity (default: the configuration's, else warning).")] = None,
    rules: Annotated[Optional[list[str]], typer.Option("--rules", "-r", help="A YAML rule file layered over the defaults; repeatable.")] = None,
    config: Annotated[Optional[str], typer.Option("--config", help="Use this configuration file instead of the nearest .factcheck.yaml.")] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Ignore .factcheck.yaml files.")] = False,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe suggestions (house substitutions, declared name variants, weekdays) to the files.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print the safe suggestions as a unified diff instead of writing them.")] = False,
    input_format: Annotated[Optional[InputFormat], typer.Option("--input-format", help="Read every input as this format instead of by extension.")] = None,
    date: Annotated[Optional[str], typer.Option("--date", help="Publication date (YYYY-MM-DD), overriding the article's own.")] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the report in --format to this file; the terminal shows the usual report.")] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Check files in this many processes (default: the number of cores).")] = None,
    include: Annotated[Optional[list[str]], typer.Option("--include", help="Only check files in folders matching this glob; repeatable.")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", help="Skip files and folders matching this glob; repeatable.")] = None,
    changed_since: Annotated[Optional[str], typer.Option("--changed-since", metavar="REF", help="Only check articles changed since this git ref (and untracked ones).")] = None,
    baseline: Annotated[Optional[str], typer.Option("--baseline", metavar="FILE", help="Report and fail only on findings not recorded in this baseline.")] = None,
    write_baseline: Annotated[Optional[str], typer.Option("--write-baseline", metavar="FILE", help="Record today's findings in this file and exit 0.")] = None,
    select: Annotated[Optional[list[str]], typer.Option("--select", metavar="ID|CATEGORY", help="Run only these checks (ids or categories); repeatable.")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", metavar="ID|CATEGORY", help="Do not run these checks (ids or categories); repeatable.")] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="At the end, count the findings per check and per category.")] = False,
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", metavar="PATH", help="The path standard input (-) stands for: its format, configuration and paths: rules.")] = None,
    force_exclude: Annotated[bool, typer.Option("--force-exclude", help="Apply the exclude globs to files named on the command line too (for pre-commit).")] = False,
    dask: Annotated[Optional[str], typer.Option("--dask", metavar="ADDRESS|local", help="Check the files as a Dask job on this scheduler, or on a local cluster of --jobs workers.")] = None,
) -> None:
    """Check articles and report what contradicts itself."""
    from .engine import check_paths

    published = None
    if date is not None:
        try:
            published = _dt.date.fromisoformat(date)
        except ValueError:
            _error(f"--date: '{date}' is not a date in the form YYYY-MM-DD")
            raise typer.Exit(2) from None
    if diff and output is None and format is not ReportFormat.auto:
        _error("--diff prints the diff on stdout; add --output FILE for a report in --format " + format.value)
        raise typer.Exit(2)
    stdin_folder = os.path.dirname(os.path.abspath(stdin_filename)) if stdin_filename else None
    project, ruleset = _resolve(rules, config, no_config, start=stdin_folder)
    ruleset = _select(ruleset, select or [], ignore or [])

    only = _changed_files(changed_since) if changed_since else None
    from .errors import Terminated
    from .parallel import default_jobs
    from .progress import ProgressBar, wanted

    exclude = exclude or project.exclude
    # Config excludes are written relative to the configuration file, --exclude to here.
    force_from = (os.path.dirname(project.path) if project.path and exclude is project.exclude else os.getcwd()) if force_exclude else None
    streaming = format == ReportFormat.jsonl and not (fix or diff or write_baseline)
    unfinished = "the JSON Lines report is incomplete" if streaming else "nothing reported"  # jsonl lines already written stay
    try:
        with _terminate_as_exception(), contextlib.ExitStack() as stack:
            bar = stack.enter_context(ProgressBar())
            client = _dask_client(stack, dask, jobs or default_jobs()) if dask else None
            selection = dict(
                rules=ruleset, format=input_format.value if input_format else None, date=published,
                include=include or project.include, exclude=exclude, only=only, jobs=jobs or default_jobs(),
                keep_source=_output_format(format.value, output) == "html",  # the HTML report shows each article
                force_exclude_from=force_from, stdin_name=stdin_filename, dask_client=client,
            )
            if streaming:
                _stream(paths, selection, output, baseline, statistics, fail_on.value if fail_on else project.fail_on or "warning", bar.update if wanted() else None)
            results, path_errors = check_paths(paths, **selection, on_result=bar.update if wanted() else None)
    except KeyboardInterrupt:
        _error(f"interrupted; {unfinished}")
        raise typer.Exit(130) from None
    except Terminated:
        _error(f"terminated; {unfinished}")
        raise typer.Exit(143) from None
    if write_baseline:
        _write_baseline(write_baseline, results, path_errors)
    if baseline:
        results = _compare_baseline(baseline, results)
    if fix or diff:
        fix_errors = _fix(results, write=not diff)
        if diff:
            if output:
                _report(format.value, results, output, stdout=False)
        elif any(_from_stdin(r) for r in results):
            # stdout holds the fixed article: the report goes to --output, else to stderr as text
            if output:
                _report(format.value, results, output, stdout=False)
            else:
                from .reporters import render

                render("text", [r for r in results if r.findings], sys.stderr)
        else:
            _report(format.value, results, output)
        path_errors = path_errors + fix_errors
    else:
        _report(format.value, results, output)
        if statistics:
            _statistics(results, format.value, output)

    problems = path_errors + [r.error for r in results if r.error]
    for message in problems:
        _error(message)
    if problems:
        raise typer.Exit(2)
    level = fail_on.value if fail_on else project.fail_on or "warning"
    if level != "never":
        from .findings import Severity

        threshold = Severity(level).rank
        if any(f.severity.rank >= threshold for r in results for f in r.findings):
            raise typer.Exit(1)


def _select(ruleset, select: list[str], ignore: list[str]):
    """Return the rule set narrowed by --select/--ignore, or exit 2 with one line for an unknown name."""
    from .config import select_checks
    from .errors import FactcheckError

    try:
        return select_checks(ruleset, select, ignore)
    except FactcheckError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None


def _dask_client(stack: contextlib.ExitStack, address: str, workers: int):
    """Return a distributed.Client for --dask (closed with the stack), or exit 2 with one line."""
    from factcheck.dask import connect

    from .errors import FactcheckError

    try:
        return stack.enter_context(connect(address, workers))
    except FactcheckError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None


def _stream(paths: list[str], selection: dict, output: str | None, baseline: str | None, statistics: bool, level: str, on_result) -> None:
    """--format jsonl: write each file's lines as soon as it is done, keeping only counts; then exit."""
    from .engine import iter_paths
    from .findings import Severity
    from .reporters.jsonl import write_result
    from .reporters.statistics import Tally

    files, path_errors, results = iter_paths(paths, **selection)
    matcher = _baseline_matcher(baseline) if baseline else None
    tally = Tally()
    threshold = Severity(level).rank if level != "never" else None
    failed = False
    problems = list(path_errors)
    try:
        stream = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        _error(f"--output: cannot write {output} ({exc.strerror or exc})")
        raise typer.Exit(2) from None
    close = getattr(results, "close", None)  # an interrupt between two results still stops the workers at once
    with stream if output else contextlib.nullcontext(), contextlib.ExitStack() as stack:
        if close is not None:
            stack.callback(close)
        for result in results:
            if matcher:
                result = matcher.new_only(result)
            write_result(result, stream)
            stream.flush()
            tally.add(result)
            if on_result:
                on_result(result, len(files))
            if result.error:
                problems.append(result.error)
            failed = failed or (threshold is not None and any(f.severity.rank >= threshold for f in result.findings))
    if matcher and matcher.gone:
        _say_gone(matcher.gone, baseline)
    if statistics:
        tally.write(sys.stdout if output else sys.stderr)
    for message in problems:
        _error(message)
    raise typer.Exit(2 if problems else 1 if failed else 0)


def _statistics(results, fmt: str, output: str | None) -> None:
    """Write --statistics after the report: on stdout, or stderr when stdout carries JSON or SARIF."""
    from .reporters.statistics import Tally

    tally = Tally()
    for r in results:
        tally.add(r)
    tally.write(sys.stderr if fmt in ("json", "jsonl", "sarif") and not output else sys.stdout)


def _fix(results, *, write: bool) -> list[str]:
    """Apply (or, for --diff, print) the safe suggestions; say on stderr what changed. Return errors.

    Fixed findings leave the results, so the report that follows shows what is left.
    Standard input is not written back: with --fix its fixed text is printed on stdout.
    """
    from .errors import InputError
    from .fixing import fix_file, fix_text, fixable

    changed = 0
    errors: list[str] = []
    for r in results:
        if _from_stdin(r):
            if r.source_text is None:
                continue
            fixed = fix_text(r.source_text, r.findings, "-")
            sys.stdout.write(fixed.diff if not write else fixed.text)
        elif not fixable(r.findings):
            continue
        else:
            try:
                fixed = fix_file(r.path, r.findings, write=write)
            except InputError as exc:
                errors.append(str(exc))
                continue
            if not write:
                sys.stdout.write(fixed.diff)
        for f in fixed.applied:
            changed += 1
            verb = "fixed" if write else "would fix"
            sys.stderr.write(f"{r.path}:{f.line}:{f.column}: {verb} [{f.check}] {f.excerpt!r} -> {f.suggestion!r}\n")
        if write:
            applied = {id(f) for f in fixed.applied}
            r.findings = [f for f in r.findings if id(f) not in applied]
    sys.stdout.flush()
    sys.stderr.write(f"factcheck: {'fixed' if write else 'would fix'} {changed} problem{'s' if changed != 1 else ''}\n")
    return errors


def _from_stdin(result) -> bool:
    """Whether a result is standard input's: its path is "-", or the --stdin-filename it stands for."""
    return result.path == "-" or result.source_text is not None


@contextlib.contextmanager
def _terminate_as_exception():
    """While checking, SIGTERM raises Terminated in this process, so the worker pool is stopped and waited for."""
    import signal

    from .errors import Terminated

    def handler(signum, frame):
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _changed_files(ref: str) -> set[str]:
    """Return the files changed since a git ref, or exit 2 with one line."""
    from .changed import changed_files
    from .errors import FactcheckError

    try:
        return changed_files(ref)
    except FactcheckError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None


def _write_baseline(path: str, results, path_errors: list[str]) -> None:
    """Record every finding in a baseline file, say so on stderr, and exit (2 if some input was unreadable)."""
    from . import baseline
    from .errors import FactcheckError

    try:
        count = baseline.write(path, results)
    except FactcheckError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    sys.stderr.write(f"factcheck: wrote {count} finding{'s' if count != 1 else ''} from {len(results)} file{'s' if len(results) != 1 else ''} to baseline {path}\n")
    problems = path_errors + [r.error for r in results if r.error]
    for message in problems:
        _error(message)
    raise typer.Exit(2 if problems else 0)


def _compare_baseline(path: str, results):
    """Return the results without the findings a baseline already records, or exit 2 with one line."""
    from . import baseline
    from .errors import FactcheckError

    try:
        comparison = baseline.compare(path, results)
    except FactcheckError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    if comparison.gone:
        _say_gone(comparison.gone, path)
    return comparison.results


def _baseline_matcher(path: str):
    """Return a baseline.Matcher for a streaming report, or exit 2 with one line."""
    from . import baseline
    from .errors import FactcheckError

    try:
        return baseline.Matcher(path)
    except FactcheckError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None


def _say_gone(n: int, path: str) -> None:
    sys.stderr.write(f"factcheck: {n} baseline entr{'ies' if n != 1 else 'y'} in {path} no longer occur{'' if n != 1 else 's'}; rewrite it with --write-baseline to drop {'them' if n != 1 else 'it'}\n")


def _auto_format(stream, env) -> str:
    """Return the format `auto` means here: github in GitHub Actions, rich on a terminal, text otherwise."""
    if env.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "rich" if stream.isatty() else "text"


def _output_format(fmt: str, output: str | None) -> str:
    """Return the format of the report written to --output (or to stdout without it); auto goes by extension."""
    import os

    if fmt != "auto" or not output:
        return fmt
    return {".sarif": "sarif", ".json": "json", ".html": "html", ".htm": "html"}.get(os.path.splitext(output)[1].lower(), "text")


def _report(fmt: str, results, output: str | None, *, stdout: bool = True) -> None:
    """Write the report to stdout, or to --output with the usual report on stdout (unless stdout is False)."""
    import os

    from .reporters import render

    def readable(chosen: str):
        # Files that could not be read at all get their line on stderr, not a report section.
        return [r for r in results if not (r.error and r.words == 0 and not r.findings)] if chosen in ("rich", "text") else results

    file_fmt = None
    if output:
        chosen = file_fmt = _output_format(fmt, output)
        try:
            with open(output, "w", encoding="utf-8") as fh:
                render(chosen, readable(chosen), fh)
        except OSError as exc:
            _error(f"--output: cannot write {output} ({exc.strerror or exc})")
            raise typer.Exit(2) from None
        fmt = _auto_format(sys.stdout, os.environ)  # the usual report: annotations in Actions, Rich on a terminal
    elif fmt == "auto":
        fmt = _auto_format(sys.stdout, os.environ)
    if stdout and fmt == "rich":
        render(fmt, readable(fmt), sys.stdout)
    elif stdout:
        import io

        buffer = io.StringIO()  # built whole, then written at once: an interruption leaves no half report
        render(fmt, readable(fmt), buffer)
        sys.stdout.write(buffer.getvalue())
    sys.stdout.flush()
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file and "github" in (fmt, file_fmt):
        from .reporters.github import append_step_summary

        try:
            append_step_summary(results, summary_file)
        except OSError as exc:
            _error(f"GITHUB_STEP_SUMMARY: cannot write {summary_file} ({exc.strerror or exc})")


ConfigOption = Annotated[Optional[str], typer.Option("--config", help="Use this configuration file instead of the nearest .factcheck.yaml.")]
NoConfigOption = Annotated[bool, typer.Option("--no-config", help="Ignore .factcheck.yaml files.")]
RulesOption = Annotated[Optional[list[str]], typer.Option("--rules", "-r", help="A YAML rule file layered over the defaults; repeatable.")]


def _resolve(rules, config, no_config, start: str | None = None):
    """Return (project config, rule set), or exit 2 with one line if a file is broken."""
    from .config import resolve
    from .errors import FactcheckError

    try:
        with _loading():
            return resolve(rules or [], config_file=config, no_config=no_config, start=start)
    except FactcheckError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None


_OWNS_PROCESS = False  # set by main(): the command owns its process, not a script or a test that imports the module


@contextlib.contextmanager
def _loading():
    """Load the rules and checks with the cyclic garbage collector paused, then freeze what they built.

    They are tens of thousands of objects (patterns, rule tables, modules) that live as long as the process: a
    collection while they load finds nothing to free, and each full collection after would walk them again for
    every article. Only when the command owns the process: freezing keeps objects for good.
    """
    if not _OWNS_PROCESS:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


@app.command("rules")
def list_rules(rules: RulesOption = None, config: ConfigOption = None, no_config: NoConfigOption = False) -> None:
    """List every check and house rule in effect: id, category, severity, source file, description."""
    from .registry import all_checks

    _, ruleset = _resolve(rules, config, no_config)
    rows = []
    for cid, check in all_checks().items():
        settings = ruleset.checks[cid]
        severity = str(settings.severity) if settings.enabled else "off"
        origin = settings.origin.get("severity") or settings.origin.get("enabled") or "rules/default.yaml"
        rows.append((cid, str(check.category), severity, _short_origin(origin), check.summary))
    for section, items in ruleset.knowledge.items():
        if section not in _HOUSE_SECTIONS:
            continue  # knowledge for the readers (quantities), not rules a user lists
        for rule in items:
            check_id = {"entities": "name-variant", "substitutions": "substitution", "consistency": "consistency", "forbidden": "forbidden"}[section]
            default = ruleset.checks[check_id].severity if check_id in ruleset.checks else "warning"
            severity = str(rule.severity or default)
            rows.append((f"{check_id}:{rule.id}", "name" if section == "entities" else "style", severity, _short_origin(rule.origin), _rule_summary(section, rule)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        typer.echo("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4])


def _short_origin(origin: str) -> str:
    import os

    path, _, line = origin.rpartition(":")
    try:
        path = os.path.relpath(path)
    except ValueError:
        pass
    return f"{path}:{line}" if line.isdigit() else origin


def _rule_summary(section: str, rule) -> str:
    if section == "substitutions":
        return f"write \u201c{rule.replace}\u201d, not \u201c{rule.pattern.source}\u201d"
    if section == "consistency":
        return "use one of: " + " | ".join(p.source for p in rule.forms)
    if section == "forbidden":
        return f"do not write \u201c{rule.pattern.source}\u201d" + (f" (in {', '.join(rule.scope)})" if rule.scope else "")
    return f"spell it \u201c{rule.name}\u201d" + (f", not {', '.join(rule.variants)}" if rule.variants else "")


@app.command()
def explain(check_id: Annotated[str, typer.Argument(help="A check id, as `factcheck rules` lists them.")]) -> None:
    """Print a check's full description, its settings, an example that fires and one that does not."""
    import difflib

    from .registry import all_checks

    checks = all_checks()
    check = checks.get(check_id)
    if check is None:
        close = difflib.get_close_matches(check_id, list(checks), n=1)
        _error(f"unknown check id '{check_id}'" + (f" (did you mean '{close[0]}'?)" if close else "") + "; `factcheck rules` lists them")
        raise typer.Exit(2)
    out = [f"{check.id}  ({check.category}, {check.severity} by default)", "", check.description.strip(), ""]
    if check.options:
        out.append("Settings (rules/default.yaml, checks." + check.id + "):")
        out.extend(f"  {o.name}: {o.help}" for o in check.options)
        out.append("")
    for title, example in (("Reported", check.fires), ("Not reported", check.quiet)):
        where = f" (at line {', '.join(map(str, example.lines))})" if example.lines else ""
        out.append(f"{title}{where}, as {example.format}:")
        if example.rules:
            out.append("  with the rule file:")
            out.extend("    " + line for line in example.rules.rstrip().splitlines())
        out.extend(f"  {n:>3} | {line}" for n, line in enumerate(example.text.rstrip("\n").split("\n"), 1))
        out.append("")
    typer.echo("\n".join(out).rstrip())


@app.command()
def lsp() -> None:
    """Run the language server on standard input and output (needs: pip install 'factcheck[lsp]')."""
    try:
        from .lsp import serve
    except ModuleNotFoundError as exc:
        _error(f"the language server needs the lsp extra: pip install 'factcheck[lsp]' ({exc})")
        raise typer.Exit(2) from None
    serve()


_STARTER_CONFIG = """\
# factcheck configuration for this repository (found in this folder or any parent).
# `factcheck config` shows what is in effect and where each value comes from.

# Rule files layered over factcheck's defaults, in order (paths relative to this file).
rules:
  - house-style.yaml

# Which articles `factcheck check .` looks at (globs, relative to the folder checked).
include: ["**/*.md", "**/*.html", "**/*.txt"]
exclude: ["drafts/**"]

# Exit 1 when a finding is at or above this severity: error, warning, info, never.
fail-on: warning

# How to read 02/03/2026: day-first (2 March) or month-first (February 3).
date-order: day-first
"""

_STARTER_RULES = """\
# House style for factcheck. See rules/house-style.example.yaml in factcheck for
# every kind of rule, with comments. Uncomment and edit.
extends: default

# checks:
#   duplicate-paragraph:
#     severity: error

entities: []
#  - name: Volodymyr Zelenskyy
#    variants: [Zelensky]

substitutions: []
#  - find: Kiev
#    replace: Kyiv

consistency: []
#  - forms: [per cent, percent]

forbidden: []
#  - phrase: sources say
#    message: Name the source.
"""


@app.command()
def init(
    folder: Annotated[str, typer.Argument(help="Where to write the files.")] = ".",
    force: Annotated[bool, typer.Option("--force", help="Overwrite files that exist.")] = False,
) -> None:
    """Write a commented starter .factcheck.yaml and an empty house-style.yaml."""
    from pathlib import Path

    target = Path(folder)
    files = {target / ".factcheck.yaml": _STARTER_CONFIG, target / "house-style.yaml": _STARTER_RULES}
    existing = [str(p) for p in files if p.exists()]
    if existing and not force:
        _error(f"{existing[0]}: already exists (use --force to overwrite)")
        raise typer.Exit(2)
    target.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {path}")


class FactsFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def facts(
    paths: Annotated[list[str], typer.Argument(help="Article files.")],
    output_format: Annotated[FactsFormat, typer.Option("--format", "-f", help="text (one fact a line) or json.")] = FactsFormat.text,
    input_format: Annotated[Optional[InputFormat], typer.Option("--input-format", help="Read every file as this format.")] = None,
    rules: RulesOption = None,
    config: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Print each article's fact table: the quantities, results, periods and roles the checks compare, by line."""
    import json

    from .engine import facts_of
    from .errors import InputError

    _, ruleset = _resolve(rules, config, no_config)
    status, tables = 0, {}
    for path in paths:
        try:
            table = facts_of(path, ruleset, input_format.value if input_format else None)
        except InputError as exc:
            _error(str(exc))
            status = 2
            continue
        if output_format is FactsFormat.json:
            tables[path] = [f.as_dict() for f in table]
            continue
        typer.echo(f"{path}:")
        for f in table:
            hedges = f" [{', '.join(f.hedges)}]" if f.hedges else ""
            quoted = " (quoted)" if f.quoted else ""
            typer.echo(f"  {f.line:>4}  {f.kind:<13} {f.key}: {f.value}  \u201c{f.text}\u201d{hedges}{quoted}")
    if output_format is FactsFormat.json:
        typer.echo(json.dumps({"files": [{"path": p, "facts": t} for p, t in tables.items()]}, ensure_ascii=False, indent=2))
    raise typer.Exit(status)


@app.command("config")
def show_config(rules: RulesOption = None, config: ConfigOption = None, no_config: NoConfigOption = False) -> None:
    """Show the configuration in effect, merged, with the file each value came from."""
    project, ruleset = _resolve(rules, config, no_config)
    lines = [f"configuration file: {project.path or '(none)'}"]
    for key, value in (("rules", project.rules), ("include", project.include), ("exclude", project.exclude), ("fail-on", project.fail_on), ("date-order", project.date_order)):
        origin = project.origin.get(key)
        shown = value if value not in (None, []) else "(default)"
        lines.append(f"  {key}: {shown}" + (f"    # {_short_origin(origin)}" if origin else ""))
    lines.append("rule files, in order:")
    lines.extend(f"  {_short_origin(f + ':0').rsplit(':', 1)[0]}" for f in ruleset.files)
    lines.append("checks:")
    for cid, settings in ruleset.checks.items():
        origin = settings.origin
        lines.append(f"  {cid}:")
        lines.append(f"    enabled: {str(settings.enabled).lower()}" + (f"    # {_short_origin(origin['enabled'])}" if "enabled" in origin else ""))
        lines.append(f"    severity: {settings.severity}" + (f"    # {_short_origin(origin['severity'])}" if "severity" in origin else ""))
        for name, value in settings.options.items():
            lines.append(f"    {name}: {value}" + (f"    # {_short_origin(origin[name])}" if name in origin else ""))
    knowledge = ruleset.knowledge
    for section, summary in (
        ("quantities", lambda q: f"currencies: {len(set(q.currency_before.values()) | set(q.currency_after.values()))}, scales: {len(q.scales)}, unit forms: {len(q.units)}, change words: {len(q.change_words)}"),
        ("people", lambda p: f"offices: {len(p.offices)}, countries: {len(p.countries)}, honorifics: {len(p.honorifics)}, change modifiers: {len(p.change_modifiers)}"),
        ("roles", lambda r: f"roles: {len(r.roles)}, rank ladders: {len({service for service, _ in r.rank_names})}, parties: {len(set(r.party_form.values()))}, organisation words: {len(r.org_nouns) + len(r.org_suffixes)}"),
        ("periods", lambda k: f"kinds: {len(set(k.kinds.values()))}, forms: {len(k.kinds)}, verbs: {len(k.verb_kinds)}, dating verbs: {len(k.dated_by_verbs)}"),
        ("events", lambda e: f"events: {len(set(e.verb_events.values()) | set(e.noun_events.values()))}, verbs: {len(e.verb_events)}, nouns: {len(e.noun_events)}, dated ahead: {len(e.dated_ahead)}, outcomes: {len(e.outcomes)}"),
    ):
        if section in knowledge:
            lines.append(f"{section}:    # {', '.join(_short_origin(f + ':0').rsplit(':', 1)[0] for f in ruleset.knowledge_files.get(section, ()))}")
            lines.append("  " + summary(knowledge[section]))
    for section, items in ruleset.knowledge.items():
        if section in _HOUSE_SECTIONS and items:
            lines.append(f"{section}:")
            lines.extend(f"  - {rule.id}    # {_short_origin(rule.origin)}" for rule in items)
    typer.echo("\n".join(lines))


_HOUSE_SECTIONS = ("entities", "substitutions", "consistency", "forbidden")


def main() -> None:
    """Run the command line; a usage error is one line on stderr and exit status 2."""
    global _OWNS_PROCESS
    _OWNS_PROCESS = True
    try:
        status = app(prog_name="factcheck", standalone_mode=False)
    except Exception as exc:
        # click's errors (typer vendors click, so they are recognised by shape, not class)
        if not (hasattr(exc, "format_message") and hasattr(exc, "exit_code")):
            raise
        if type(exc).__name__ == "NoArgsIsHelpError":
            sys.stdout.write(exc.format_message().rstrip("\n") + "\n")
            sys.exit(exc.exit_code)
        message = " ".join(exc.format_message().split())
        ctx = getattr(exc, "ctx", None)
        if ctx is not None and type(exc).__name__ != "ClickException":
            message += f" (see '{ctx.command_path} --help')"
        _error(message)
        sys.exit(exc.exit_code)
    sys.exit(status or 0)
