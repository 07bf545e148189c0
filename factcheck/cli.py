"""The `factcheck` command: parses options and calls the same API that scripts import."""

from __future__ import annotations

import datetime as _dt
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
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format; auto is rich on a terminal, text otherwise.")] = ReportFormat.auto,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity.")] = FailOn.warning,
    rules: Annotated[Optional[list[str]], typer.Option("--rules", "-r", help="A YAML rule file layered over the defaults; repeatable.")] = None,
    input_format: Annotated[Optional[InputFormat], typer.Option("--input-format", help="Read every input as this format instead of by extension.")] = None,
    date: Annotated[Optional[str], typer.Option("--date", help="Publication date (YYYY-MM-DD), overriding the article's own.")] = None,
) -> None:
    """Check articles and report what contradicts itself."""
    from .config import load_rules
    from .engine import check_paths
    from .errors import FactcheckError
    from .reporters import render

    published = None
    if date is not None:
        try:
            published = _dt.date.fromisoformat(date)
        except ValueError:
            _error(f"--date: '{date}' is not a date in the form YYYY-MM-DD")
            raise typer.Exit(2) from None
    try:
        ruleset = load_rules(rules or [])
    except FactcheckError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None

    results, path_errors = check_paths(paths, rules=ruleset, format=input_format.value if input_format else None, date=published)
    chosen = format.value
    if chosen == "auto":
        chosen = "rich" if sys.stdout.isatty() else "text"
    render(chosen, [r for r in results if not (r.error and r.words == 0 and not r.findings)] if chosen != "json" else results, sys.stdout)
    sys.stdout.flush()

    problems = path_errors + [r.error for r in results if r.error]
    for message in problems:
        _error(message)
    if problems:
        raise typer.Exit(2)
    if fail_on is not FailOn.never:
        threshold = {"error": 3, "warning": 2, "info": 1}[fail_on.value]
        if any(f.severity.rank >= threshold for r in results for f in r.findings):
            raise typer.Exit(1)


def main() -> None:
    """Run the command line."""
    app(prog_name="factcheck")
