"""The JSON report: {"version": 1, "files": [...], "summary": {...}} as documented in the README."""

from __future__ import annotations

import json

from . import summary


def as_dict(results) -> dict:
    """Return the whole report as plain data."""
    return {
        "version": 1,
        "files": [
            {
                "path": r.path,
                "status": r.status,
                "error": r.error,
                "title": r.title,
                "published": r.published.isoformat() if r.published else None,
                "findings": [f.to_dict() for f in r.findings],
            }
            for r in results
        ],
        "summary": summary(results),
    }


def write(results, stream) -> None:
    """Write the report as indented JSON."""
    json.dump(as_dict(results), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
