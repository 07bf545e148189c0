"""GitHub Actions workflow commands (annotations), and a Markdown step summary of every finding.

One line per finding: ``::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=CHECK-ID::message``
(error findings use ``::error``, info ``::notice``). GitHub shows only a handful of
annotations per step, so ``step_summary`` lists them all for $GITHUB_STEP_SUMMARY.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from . import summary

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Return a message escaped as GitHub requires: %, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Return a property value escaped as GitHub requires: the message's escapes plus : and ,."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def display_path(path: str, cwd: str | None = None) -> str:
    """Return a path relative to the working directory (the repository root in Actions) when under it."""
    if path == "-":
        return path
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(cwd or os.getcwd()))
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return path
    return rel.replace(os.sep, "/")


def _message(f) -> str:
    text = f.message
    if f.suggestion is not None:
        text += f" Suggestion: {f.suggestion}"
    return text


def lines(results, cwd: str | None = None) -> list[str]:
    """Return the workflow commands for every finding and every file that could not be checked."""
    out = []
    for r in results:
        path = escape_property(display_path(r.path, cwd))
        if r.error:
            out.append(f"::error file={path},title=factcheck::{escape_data(r.error)}")
        for f in r.findings:
            props = [
                f"file={path}",
                f"line={f.line}",
                f"col={f.column}",
                f"endLine={f.end_line}",
                f"endColumn={f.end_column}",
                f"title={escape_property(f.check)}",
            ]
            out.append(f"::{_COMMAND[str(f.severity)]} {','.join(props)}::{escape_data(_message(f))}")
    return out


def write(results, stream) -> None:
    """Write one workflow command per line."""
    for line in lines(results):
        stream.write(line + "\n")


def _cell(text: str) -> str:
    """Return text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def step_summary(results, env: Mapping[str, str] | None = None, cwd: str | None = None) -> str:
    """Return a Markdown summary of every finding, per file, with line links when the repository is known."""
    env = os.environ if env is None else env
    server, repo, sha = env.get("GITHUB_SERVER_URL"), env.get("GITHUB_REPOSITORY"), env.get("GITHUB_SHA")
    counts = summary(results)
    files_with = [r for r in results if r.findings or r.error]
    out = [
        "## factcheck",
        "",
        f"{counts['files']} file{'s' if counts['files'] != 1 else ''} checked: "
        f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes.",
        "",
    ]
    for r in files_with:
        path = display_path(r.path, cwd)
        out.append(f"### `{path}`")
        out.append("")
        if r.error:
            out.append(f"Could not check fully: {_cell(r.error)}")
            out.append("")
        if not r.findings:
            continue
        out.append("| line | severity | check | message |")
        out.append("|---:|---|---|---|")
        for f in r.findings:
            where = str(f.line)
            if server and repo and sha and path != "-":
                where = f"[{f.line}]({server}/{repo}/blob/{sha}/{path}#L{f.line})"
            out.append(f"| {where} | {f.severity} | `{f.check}` | {_cell(_message(f))} |")
        out.append("")
    return "\n".join(out) + "\n"


def append_step_summary(results, summary_path: str, env: Mapping[str, str] | None = None) -> None:
    """Append the Markdown summary to the file GitHub named in $GITHUB_STEP_SUMMARY."""
    with open(summary_path, "a", encoding="utf-8") as fh:
        fh.write(step_summary(results, env))
