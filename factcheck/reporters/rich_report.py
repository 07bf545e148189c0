"""The report for people: a header per file, each finding with its line and the words highlighted."""

from __future__ import annotations

from . import summary

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_CONTEXT = 110  # characters of the quoted line shown around the highlighted span


def write(results, stream) -> None:
    """Write a Rich report (colour only when the stream is a terminal)."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, highlight=False, soft_wrap=True, emoji=False)
    for r in results:
        head = Text()
        head.append(r.path, style="bold")
        if r.title:
            head.append(f"  \u2014 {r.title}", style="italic")
        console.print(head)
        facts = []
        if r.published:
            facts.append(f"published {r.published.isoformat()}")
        facts.append(f"{r.words} words, {r.paragraphs} paragraphs")
        console.print(Text("  " + "; ".join(facts), style="dim"))
        if r.error:
            console.print(Text(f"  could not check fully: {r.error}", style="red"))
        if not r.findings and not r.error:
            console.print(Text("  no problems found", style="green"))
        for f in r.findings:
            line = Text("  ")
            line.append(f"{f.line}:{f.column}", style="bold")
            line.append("  ")
            line.append(f"{f.severity}", style=_STYLE.get(str(f.severity), ""))
            line.append(f"  {f.check}", style="magenta")
            console.print(line)
            console.print(Text("    " + f.message))
            quoted = _quote(r.line_texts.get(f.line, ""), f)
            if quoted is not None:
                console.print(quoted)
            for rel in f.related:
                console.print(Text(f"    \u21b3 {rel.line}:{rel.column} {rel.message}", style="dim"))
            if f.suggestion:
                console.print(Text(f"    suggestion: {f.suggestion}", style="green"))
        console.print()
    counts = summary(results)
    tail = Text()
    tail.append(f"{counts['files']} file{'s' if counts['files'] != 1 else ''} checked: ", style="bold")
    tail.append(f"{counts['error']} errors", style=_STYLE["error"] if counts["error"] else "")
    tail.append(", ")
    tail.append(f"{counts['warning']} warnings", style=_STYLE["warning"] if counts["warning"] else "")
    tail.append(f", {counts['info']} notes")
    console.print(tail)


def _quote(text: str, f):
    """Return the finding's line, trimmed around the span, with the span highlighted."""
    from rich.text import Text

    if not text.strip():
        return None
    start = f.column - 1
    end = f.end_column - 1 if f.end_line == f.line else len(text)
    lo = max(0, min(start, len(text)) - _CONTEXT // 3)
    hi = min(len(text), max(end, lo + _CONTEXT))
    out = Text()
    out.append("    \u2502 ", style="dim")
    out.append("\u2026" if lo > 0 else "")
    out.append(text[lo:start])
    out.append(text[start:end], style="bold underline")
    out.append(text[end:hi])
    out.append("\u2026" if hi < len(text) else "")
    return out
