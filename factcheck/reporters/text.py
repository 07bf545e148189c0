"""One line per finding: path:line:col: severity: message [check-id]."""

from __future__ import annotations


def write(results, stream) -> None:
    """Write one line per finding, with no colour and no wrapping."""
    for r in results:
        for f in r.findings:
            stream.write(f"{r.path}:{f.line}:{f.column}: {f.severity}: {f.message} [{f.check}]\n")
