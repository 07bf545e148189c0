"""SARIF 2.1.0: one rule per check (from the registry), results with regions, related places and fixes.

Paths under the working directory are written relative to it with uriBaseId
SRCROOT (what GitHub code scanning expects: run factcheck from the repository
root); other paths become file: URIs. Columns count Unicode code points, as
factcheck's do, which the run declares with columnKind.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from .. import __version__

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_BASE = "SRCROOT"


def _artifact(path: str, cwd: str) -> dict:
    """Return the artifactLocation of a checked file."""
    if path == "-":
        return {"uri": "stdin"}
    full = os.path.abspath(path)
    rel = os.path.relpath(full, cwd)
    if rel != os.pardir and not rel.startswith(os.pardir + os.sep):
        return {"uri": quote(rel.replace(os.sep, "/")), "uriBaseId": _BASE}
    return {"uri": Path(full).as_uri()}


def _rules() -> tuple[list[dict], dict[str, int]]:
    from ..registry import all_checks

    rules: list[dict] = []
    index: dict[str, int] = {}
    for cid, check in all_checks().items():
        index[cid] = len(rules)
        description = (check.description or check.summary).strip()
        help_text = description
        if check.fires and check.fires.text:
            help_text += "\n\nExample that is reported:\n\n" + check.fires.text.rstrip()
        rules.append(
            {
                "id": cid,
                "name": "".join(part.capitalize() for part in cid.split("-")),
                "shortDescription": {"text": check.summary},
                "fullDescription": {"text": description},
                "help": {"text": help_text},
                "defaultConfiguration": {"level": _LEVEL[str(check.severity)]},
                "properties": {"category": str(check.category), "tags": [str(check.category)]},
            }
        )
    return rules, index


def _region(line: int, column: int, end_line: int | None = None, end_column: int | None = None) -> dict:
    region = {"startLine": line, "startColumn": column}
    if end_line is not None:
        region["endLine"] = end_line
        region["endColumn"] = max(end_column or column, column + 1) if end_line == line else max(end_column or 1, 1)
    return region


def as_dict(results, cwd: str | None = None) -> dict:
    """Return the whole SARIF log as plain data."""
    from ..baseline import fingerprint

    cwd = os.path.abspath(cwd or os.getcwd())
    rules, rule_index = _rules()
    sarif_results: list[dict] = []
    notifications: list[dict] = []
    artifacts: list[dict] = []
    for r in results:
        location = _artifact(r.path, cwd)
        location["index"] = len(artifacts)
        artifacts.append({"location": {k: v for k, v in location.items() if k != "index"}})
        if r.error:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": r.error},
                    "locations": [{"physicalLocation": {"artifactLocation": location}}],
                }
            )
        for f in r.findings:
            result: dict = {
                "ruleId": f.check,
                "level": _LEVEL[str(f.severity)],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": location,
                            "region": {**_region(f.line, f.column, f.end_line, f.end_column), "snippet": {"text": f.excerpt}},
                        }
                    }
                ],
                "partialFingerprints": {"factcheckWords/v1": fingerprint(f)},
                "properties": {"category": str(f.category)},
            }
            if f.check in rule_index:
                result["ruleIndex"] = rule_index[f.check]
            if f.related:
                result["relatedLocations"] = [
                    {
                        "id": k,
                        "physicalLocation": {"artifactLocation": location, "region": _region(rel.line, rel.column)},
                        "message": {"text": rel.message},
                    }
                    for k, rel in enumerate(f.related, 1)
                ]
            if f.suggestion is not None:
                result["fixes"] = [
                    {
                        "description": {"text": f"Replace with \u201c{f.suggestion}\u201d"},
                        "artifactChanges": [
                            {
                                "artifactLocation": location,
                                "replacements": [
                                    {
                                        "deletedRegion": _region(f.line, f.column, f.end_line, f.end_column),
                                        "insertedContent": {"text": f.suggestion},
                                    }
                                ],
                            }
                        ],
                    }
                ]
            sarif_results.append(result)
    run = {
        "tool": {
            "driver": {
                "name": "factcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }
        },
        "originalUriBaseIds": {_BASE: {"uri": Path(cwd).as_uri().rstrip("/") + "/"}},
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
        "results": sarif_results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def write(results, stream) -> None:
    """Write the SARIF log as indented JSON."""
    json.dump(as_dict(results), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
