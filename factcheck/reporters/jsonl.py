"""JSON Lines: one object per finding and one per unreadable file, written as each file is done.

Each line stands alone, so a report of a million articles never has to be held in memory
and can be piped into jq, a database loader or another tool:

    {"type": "finding", "path": "...", "check": "...", ... the JSON report's finding fields}
    {"type": "error", "path": "...", "message": "path: why it could not be read"}
"""

from __future__ import annotations

import json


def write_result(result, stream) -> None:
    """Write one file's lines: its findings in order, then its error if it has one."""
    for f in result.findings:
        stream.write(json.dumps({"type": "finding", "path": result.path, **f.to_dict()}, ensure_ascii=False) + "\n")
    if result.error:
        stream.write(json.dumps({"type": "error", "path": result.path, "message": result.error}, ensure_ascii=False) + "\n")


def write(results, stream) -> None:
    """Write every file's lines, in order."""
    for r in results:
        write_result(r, stream)
