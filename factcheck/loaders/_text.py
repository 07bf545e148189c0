"""Building a block's reader-visible text while remembering where each character came from."""

from __future__ import annotations

import re

# "By Siobhán Gallagher, Carrick-on-Shannon": a byline written as a line or paragraph of its own (plain text, Markdown)
BYLINE_RE = re.compile(r"^By[ \t]+[A-Z\u00C0-\u024F][^.!?]{1,80}$")
# Whitespace a reader does not see as written: a run of two or more, or a tab, newline,
# no-break space... A single plain space is kept as it is, inside the current segment, so
# ordinary prose costs one segment per run of text rather than one per word.
_IRREGULAR_SPACE = re.compile(r"\s{2,}|[^\S ]")


class TextBuilder:
    """Accumulates text pieces with their source offsets, collapsing whitespace as a reader sees it."""

    __slots__ = ("_parts", "_segments", "_length", "_pending_space", "_space_source")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[tuple[int, int]] = []
        self._length = 0
        self._pending_space = False
        self._space_source = 0

    def add(self, piece: str, source_offset: int) -> None:
        """Append literal source text found at source_offset, collapsing runs of whitespace."""
        pos = 0
        for m in _IRREGULAR_SPACE.finditer(piece):
            if m.start() > pos:
                self._add_run(piece, pos, m.start(), source_offset)
            self.space(source_offset + m.start())
            pos = m.end()
        if pos < len(piece):
            self._add_run(piece, pos, len(piece), source_offset)

    def _add_run(self, piece: str, start: int, end: int, source_offset: int) -> None:
        """Append piece[start:end], whose only whitespace is single spaces; an edge space is a word break."""
        if piece[start] == " ":
            self.space(source_offset + start)
            start += 1
        trailing = end > start and piece[end - 1] == " "
        if trailing:
            end -= 1
        if end > start:
            self._append(piece[start:end], source_offset + start)
        if trailing:
            self.space(source_offset + end)

    def add_char(self, char: str, source_offset: int) -> None:
        """Append one character that stands for a longer piece of source (an entity, an escape)."""
        if char.isspace():
            self.space(source_offset)
        else:
            self._append(char, source_offset)

    def space(self, source_offset: int) -> None:
        """Note a word break; it becomes one space if text follows."""
        if self._length and not self._pending_space:
            self._pending_space = True
            self._space_source = source_offset

    def _append(self, text: str, source_offset: int) -> None:
        if self._pending_space:
            self._segments.append((self._length, self._space_source))
            self._parts.append(" ")
            self._length += 1
            self._pending_space = False
        self._segments.append((self._length, source_offset))
        self._parts.append(text)
        self._length += len(text)

    @property
    def empty(self) -> bool:
        return self._length == 0

    def build(self) -> tuple[str, tuple[tuple[int, int], ...]]:
        """Return the text and its (text offset, source offset) segments."""
        return "".join(self._parts), tuple(self._segments)
