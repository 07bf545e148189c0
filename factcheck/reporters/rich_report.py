"""The report for people: a header per file, each finding with its line and the words highlighted.

Every line wraps at word boundaries to the console's width with a hanging indent,
so a long message stays under its finding and a long quoted line stays under its
quote bar instead of breaking mid-word at the terminal's edge.
"""

from __future__ import annotations

from collections import Counter

from . import summary

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_CONTEXT = 110  # characters of the quoted line shown around the highlighted span
_NOUNS = {"error": ("error", "errors"), "warning": ("warning", "warnings"), "info": ("note", "notes")}
_MANY_FILES = 4  # from this many files checked, the summary names the ones with the most findings
_NAMED = 3  # how many it names


def count(n: int, one: str, many: str) -> str:
    """Return "1 error", "2 errors": the number with the noun agreeing."""
    return f"{n} {one if n == 1 else many}"


def write(results, stream) -> None:
    """Write a Rich report (colour only when the stream is a terminal)."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, highlight=False, soft_wrap=True, emoji=False)

    def show(first: Text, body: Text, indent: str | Text) -> None:
        """Print first+body wrapped to the console, each further line starting with indent."""
        _print_wrapped(console, first, body, indent)

    for r in results:
        head = Text()
        head.append(r.path, style="bold")
        if r.title:
            head.append(f"  \u2014 {r.title}", style="italic")
        show(Text(), head, "  ")
        facts = []
        if r.published:
            facts.append(f"published {r.published.isoformat()}")
        facts.append(f"{count(r.words, 'word', 'words')}, {count(r.paragraphs, 'paragraph', 'paragraphs')}")
        show(Text("  "), Text("; ".join(facts), style="dim"), "  ")
        if r.error:
            show(Text("  "), Text(f"could not check fully: {r.error}", style="red"), "    ")
        if not r.findings and not r.error:
            console.print(Text("  no problems found", style="green"))
        for f in r.findings:
            line = Text("  ")
            line.append(f"{f.line}:{f.column}", style="bold")
            line.append("  ")
            line.append(f"{f.severity}", style=_STYLE.get(str(f.severity), ""))
            line.append(f"  {f.check}", style="magenta")
            console.print(line)
            show(Text("    "), Text(f.message), "    ")
            quoted = _quote(r.line_texts.get(f.line, ""), f)
            if quoted is not None:
                bar = Text("    \u2502 ", style="dim")
                show(bar, quoted, bar)
            for rel in f.related:
                show(Text("    \u21b3 ", style="dim"), Text(f"{rel.line}:{rel.column} {rel.message}", style="dim"), "      ")
            if f.suggestion:
                show(Text("    "), Text(f"suggestion: {f.suggestion}", style="green"), "      ")
        console.print()
    counts = summary(results)
    tail = Text()
    tail.append(f"{count(counts['files'], 'file', 'files')} checked: ", style="bold")
    for i, severity in enumerate(("error", "warning", "info")):
        if i:
            tail.append(", ")
        tail.append(count(counts[severity], *_NOUNS[severity]), style=_STYLE[severity] if counts[severity] and severity != "info" else "")
    show(Text(), tail, "  ")
    most = most_findings(results)
    if most:
        listed = ", ".join(f"{path} ({n})" for path, n in most)
        show(Text("most findings: ", style="bold"), Text(listed), "  ")


def most_findings(results) -> list[tuple[str, int]]:
    """Return the files with the most findings (most errors first among equals), when many files were checked."""
    if len(results) < _MANY_FILES:
        return []
    ranked = []
    for r in results:
        if r.findings:
            by = Counter(str(f.severity) for f in r.findings)
            ranked.append((-len(r.findings), -by["error"], -by["warning"], r.path))
    ranked.sort()
    return [(path, -n) for n, _, _, path in ranked[:_NAMED]] if len(ranked) > 1 else []


def _print_wrapped(console, first, body, indent) -> None:
    """Wrap body at word boundaries to fit after `first` on line one and after `indent` on the rest."""
    from rich.text import Text

    indent = indent if isinstance(indent, Text) else Text(indent)
    width = console.width
    room = max(width - max(first.cell_len, indent.cell_len), 20)
    lines = body.wrap(console, room, overflow="fold")
    for i, piece in enumerate(lines):
        out = (first if i == 0 else indent).copy()
        piece.rstrip()
        out.append_text(piece)
        console.print(out, soft_wrap=True, crop=False)
    if not lines:
        console.print(first, soft_wrap=True, crop=False)


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
    out.append("\u2026" if lo > 0 else "")
    out.append(text[lo:start])
    out.append(text[start:end], style="bold underline")
    out.append(text[end:hi])
    out.append("\u2026" if hi < len(text) else "")
    return out
