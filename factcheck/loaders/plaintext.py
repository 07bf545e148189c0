"""Plain-text articles: an optional `date YYYY-MM-DD headline` header, dateline, standfirst, byline, one paragraph per line."""

from __future__ import annotations

import re

from ..document import Block, BlockKind, Document, MetaCandidate, MetaField, Span
from . import publication_date
from ._text import BYLINE_RE, TextBuilder
from .datelines import read_dateline

_HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(\S.*?)[ \t]*$", re.IGNORECASE)
# Hard-wrapped text keeps every line short; CMS exports put a whole paragraph on one line.
_WRAP_WIDTH = 100
_PARAGRAPH_ENDS = frozenset('.!?:"\u201d\u2019\')')
# How many lines after the headline may hold the dateline, standfirst and byline.
_TOP_LINES = 5
# A bulleted line ("• MPs back the bill", "- Key point"): a list item, as in Markdown and HTML.
_BULLETS = ("\u2022 ", "\u25cf ", "\u25aa ", "- ", "* ", "\u2013 ")


def load(source: str, path: str, *, day_first: bool = True) -> Document:
    """Build a Document from a plain-text article."""
    doc = Document(path=path, format="txt", source=source)
    paragraphs = [_trim(p) for p in _paragraphs(_lines(source))]
    if not paragraphs:
        return doc

    first = paragraphs[0]
    header = _HEADER.match(first[0][0]) if len(first) == 1 else None
    if header:
        text, start = header.group(2), first[0][1] + header.start(2)
        doc.blocks.append(_block(BlockKind.HEADLINE, [(text, start)]))
        doc.meta.append(MetaCandidate(MetaField.HEADLINE, text, "header line", Span(start, start + len(text))))
        date_start = first[0][1] + header.start(1)
        published = publication_date(header.group(1), doc, date_start, "header line")
        doc.meta.append(MetaCandidate(MetaField.PUBLISHED, header.group(1), "header line", Span(date_start, date_start + 10), date=published))
    else:
        block = _block(BlockKind.HEADLINE, first)
        doc.blocks.append(block)
        doc.meta.append(MetaCandidate(MetaField.HEADLINE, block.text, "first line", block.span))

    rest = paragraphs[1:]
    byline_at = next((i for i, p in enumerate(rest[:_TOP_LINES]) if len(p) == 1 and BYLINE_RE.match(p[0][0])), None)
    seen_dateline = False
    for i, lines in enumerate(rest):
        block = _block(BlockKind.PARAGRAPH, lines)
        if i < _TOP_LINES and (byline_at is None or i <= byline_at):
            dateline = None if seen_dateline or len(lines) > 1 else read_dateline(block.text, day_first=day_first)
            if header and block.text.strip() == header.group(2):
                block.kind = BlockKind.HEADLINE  # the header's headline written again over the story, as it is printed
            elif dateline is not None:
                seen_dateline = True
                block.kind = BlockKind.DATELINE
                doc.meta.append(MetaCandidate(MetaField.PUBLISHED, block.text, "dateline", block.span, date=dateline[0], time=dateline[1]))
            elif i == byline_at:
                block.kind = BlockKind.BYLINE
                doc.meta.append(MetaCandidate(MetaField.BYLINE, block.text[3:].strip(), "byline", block.span))
            elif byline_at is not None:
                block.kind = BlockKind.STANDFIRST
                doc.meta.append(MetaCandidate(MetaField.STANDFIRST, block.text, "standfirst", block.span))
        if block.kind is BlockKind.PARAGRAPH and len(lines) == 1 and block.text.startswith(_BULLETS):
            block.kind = BlockKind.LIST_ITEM
        doc.blocks.append(block)
    return doc


Line = tuple[str, int]  # a line's text without its ending, and the offset where it starts


def _lines(source: str) -> list[Line]:
    out = []
    offset = 0
    for line in source.splitlines(keepends=True):
        out.append((line.rstrip("\r\n"), offset))
        offset += len(line)
    return out


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Return the lines of each paragraph: one line each, or blank-separated groups if the text is hard-wrapped."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    for text, start in lines:
        if text.strip():
            current.append((text, start))
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    # Hard-wrapped text breaks lines mid-sentence; a CMS export ends each line with its paragraph.
    inner_ends = [t.rstrip()[-1:] for g in groups for t, _ in g[:-1]]
    hard_wrapped = (
        len(inner_ends) >= 2
        and sum(end not in _PARAGRAPH_ENDS for end in inner_ends) >= 0.8 * len(inner_ends)
        and all(len(t) <= _WRAP_WIDTH for g in groups for t, _ in g)
    )
    if hard_wrapped:
        return groups
    return [[line] for g in groups for line in g]


def _trim(lines: list[Line]) -> list[Line]:
    out = []
    for text, start in lines:
        lead = len(text) - len(text.lstrip())
        out.append((text.strip(), start + lead))
    return out


def _block(kind: BlockKind, lines: list[Line]) -> Block:
    if len(lines) == 1:
        text, start = lines[0]
        return Block(index=0, kind=kind, text=text, segments=((0, start),), tag="line")
    builder = TextBuilder()
    for text, start in lines:
        builder.add(text, start)
        builder.space(start + len(text))
    joined, segments = builder.build()
    return Block(index=0, kind=kind, text=joined, segments=segments, tag="lines")
