"""The document model every check reads: blocks, sentences and metadata with spans into the original file."""

from __future__ import annotations

import bisect
import re
import datetime as _dt
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

_LINE_BREAK = re.compile(r"\r\n?|\n")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of character offsets into the original source text."""

    start: int
    end: int


class BlockKind(StrEnum):
    """What a block is to a reader of the article."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    DATELINE = "dateline"
    PARAGRAPH = "paragraph"
    HEADING = "heading"  # a crosshead or subheading inside the body
    LIST_ITEM = "list-item"
    QUOTE = "quote"  # a block quotation (Markdown `>` or HTML <blockquote>)
    CAPTION = "caption"  # a picture caption
    ASIDE = "aside"  # related-article links and other asides kept apart from the story


# Blocks that carry the story's prose.
BODY_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE})


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a block; start and end are offsets into the block's text."""

    start: int
    end: int
    text: str


@dataclass(eq=False)
class Block:
    """A paragraph, heading, list item, quote or other unit of prose, as the reader sees it."""

    index: int
    kind: BlockKind
    text: str
    # (text offset, source offset) pairs, ascending: text[i] sits at source offset
    # source + (i - text_offset) of the segment whose text offset is the last <= i.
    segments: tuple[tuple[int, int], ...]
    line: int = 0
    end_line: int = 0
    tag: str = ""  # where it came from (e.g. "p", "li", "h2"): for messages and debugging
    bold: bool = False  # every word set in bold and no link in it: a writer's crosshead or entry title
    sentences: list[Sentence] = field(default_factory=list)

    def source_offset(self, i: int) -> int:
        """Return the source offset of character i of the block's text."""
        if not self.segments:
            return 0
        i = max(0, min(i, max(len(self.text) - 1, 0)))
        k = bisect.bisect_right(self._text_starts, i) - 1
        text_start, source_start = self.segments[max(k, 0)]
        return source_start + (i - text_start)

    def source_span(self, start: int, end: int) -> Span:
        """Return the source span of text[start:end]."""
        first = self.source_offset(start)
        last = self.source_offset(max(end - 1, start)) + 1
        return Span(first, max(last, first + 1))

    @property
    def span(self) -> Span:
        """The source span of the whole block."""
        return self.source_span(0, len(self.text))

    @cached_property
    def _text_starts(self) -> list[int]:
        return [t for t, _ in self.segments]

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def is_body(self) -> bool:
        return self.kind in BODY_KINDS


class MetaField(StrEnum):
    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    PUBLISHED = "published"


@dataclass(frozen=True, slots=True)
class MetaCandidate:
    """One place the article states its headline, standfirst, byline or publication date."""

    field: MetaField
    value: str
    source: str  # e.g. "header line", "dateline", "front matter title", "<title>", "og:title", "<h1>", "<time>"
    span: Span
    date: _dt.date | None = None
    time: str | None = None


@dataclass(eq=False)
class Document:
    """An article read from one file: its source text, blocks and metadata candidates."""

    path: str
    format: str
    source: str
    blocks: list[Block] = field(default_factory=list)
    meta: list[MetaCandidate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # things the loader wants the reader told
    date_override: _dt.date | None = None  # --date

    @cached_property
    def line_starts(self) -> list[int]:
        """Offsets where each line starts; a line ends at LF, CRLF or a lone CR, as editors count them."""
        return [0, *(m.end() for m in _LINE_BREAK.finditer(self.source))]

    def line_col(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a source offset."""
        offset = max(0, min(offset, len(self.source)))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """Return the text of a 1-based line, without its line ending."""
        starts = self.line_starts
        if not 1 <= line <= len(starts):
            return ""
        end = starts[line] if line < len(starts) else len(self.source)
        return self.source[starts[line - 1] : end].rstrip("\r\n")

    def line_offset(self, line: int) -> int:
        """Return the source offset where a 1-based line starts."""
        starts = self.line_starts
        if line > len(starts):
            return len(self.source)
        return starts[max(line, 1) - 1]

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def candidates(self, which: MetaField) -> list[MetaCandidate]:
        """Return the metadata candidates for one field, in the order the loader found them."""
        return [m for m in self.meta if m.field is which]

    @property
    def headline(self) -> str | None:
        found = self.candidates(MetaField.HEADLINE)
        return found[0].value if found else None

    @property
    def published(self) -> _dt.date | None:
        """The publication date: --date if given, else the first dated candidate."""
        if self.date_override:
            return self.date_override
        for m in self.candidates(MetaField.PUBLISHED):
            if m.date:
                return m.date
        return None

    @property
    def body(self) -> list[Block]:
        """The blocks that carry the story's prose, in reading order."""
        return [b for b in self.blocks if b.is_body]

    @property
    def word_count(self) -> int:
        return sum(b.word_count for b in self.blocks if b.kind is not BlockKind.ASIDE)

    @property
    def is_empty(self) -> bool:
        return not any(b.text.strip() for b in self.blocks)
