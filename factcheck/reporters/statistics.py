"""--statistics: how many findings each check and each category produced, for an audit."""

from __future__ import annotations

from collections import Counter


class Tally:
    """Counts kept as results go by (nothing else is kept), written once at the end."""

    def __init__(self) -> None:
        self.files = 0
        self.unreadable = 0
        self.by_check: Counter[str] = Counter()
        self.by_category: Counter[str] = Counter()
        self.by_severity: Counter[str] = Counter()

    def add(self, result) -> None:
        """Count one file's findings (and whether it could be read)."""
        self.files += 1
        if result.error:
            self.unreadable += 1
        for f in result.findings:
            self.by_check[f.check] += 1
            self.by_category[str(f.category)] += 1
            self.by_severity[str(f.severity)] += 1

    def write(self, stream) -> None:
        """Write the counts: a summary line, then per check and per category, most first."""
        total = sum(self.by_check.values())
        severities = ", ".join(f"{self.by_severity[s]} {s}" for s in ("error", "warning", "info"))
        lines = [f"statistics: {total} finding{'s' if total != 1 else ''} ({severities}) in {self.files} file{'s' if self.files != 1 else ''}, {self.unreadable} with errors"]
        width = len(str(max([total, 1])))
        for title, counts in (("by check", self.by_check), ("by category", self.by_category)):
            lines.append(f"{title}:")
            lines.extend(f"  {n:>{width}}  {name}" for name, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])))
        stream.write("\n".join(lines) + "\n")
