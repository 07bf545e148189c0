"""Markdown articles: YAML front matter, an optional `# H1`, and prose blocks parsed with markdown-it-py."""

from __future__ import annotations

import datetime as _dt
import re

from ..document import Block, BlockKind, Document, MetaCandidate, MetaField, Span
from ..errors import InputError
from . import publication_date
from ._text import BYLINE_RE, TextBuilder

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_CAPTION_LEAD = re.compile(r"^(?:picture|photo|photograph|image|pictured|caption|above|below|top|main picture)\b", re.IGNORECASE)
_FIELDS = {
    "title": (MetaField.HEADLINE, "front matter title"),
    "headline": (MetaField.HEADLINE, "front matter headline"),
    "date": (MetaField.PUBLISHED, "front matter date"),
    "published": (MetaField.PUBLISHED, "front matter published"),
    "description": (MetaField.STANDFIRST, "front matter description"),
    "summary": (MetaField.STANDFIRST, "front matter summary"),
    "author": (MetaField.BYLINE, "front matter author"),
}

_parser = None


def _markdown():
    global _parser  # built once per process: constructing the parser costs more than a small article
    if _parser is None:
        from markdown_it import MarkdownIt

        _parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    return _parser


def load(source: str, path: str) -> Document:
    """Build a Document from a Markdown article."""
    doc = Document(path=path, format="md", source=source)
    body_start = 0
    m = _FRONT_MATTER.match(source)
    if m:
        _read_front_matter(doc, m.group(1) or "", m.start(1) if m.group(1) else m.end())
        body_start = m.end()
    _read_body(doc, source, body_start)
    _mark_top(doc)
    return doc


# How many paragraphs after the headline may hold the standfirst and byline.
_TOP_PARAGRAPHS = 3


def _mark_top(doc: Document) -> None:
    """Mark a byline written as a paragraph under the headline, and a paragraph set wholly in bold or italics between
    the headline and it (the standfirst), as the plain-text loader reads them."""
    heads = [k for k, b in enumerate(doc.blocks) if b.kind is BlockKind.HEADLINE]
    if not heads:
        return
    top = doc.blocks[heads[0] + 1 : heads[0] + 1 + _TOP_PARAGRAPHS]
    at = next((k for k, b in enumerate(top) if b.kind is BlockKind.PARAGRAPH and BYLINE_RE.match(b.text.strip())), None)
    if at is None:
        return
    top[at].kind = BlockKind.BYLINE
    doc.meta.append(MetaCandidate(MetaField.BYLINE, top[at].text.strip()[3:].strip(), "byline", top[at].span))
    for b in top[:at]:
        if b.kind is BlockKind.PARAGRAPH and (b.bold or _emphasised(doc.source, b.span.start, b.span.end)):
            b.kind = BlockKind.STANDFIRST
            doc.meta.append(MetaCandidate(MetaField.STANDFIRST, b.text, "standfirst", b.span))


def _emphasised(source: str, start: int, end: int) -> bool:
    """True for a paragraph's text set wholly in italics ("*Passenger journeys … rose 14% last year …*"): the marks
    just outside it, and none inside."""
    mark = source[start - 1 : start] if start > 0 else ""
    return mark in ("*", "_") and source[end : end + 1] == mark and mark not in source[start:end]


def _read_front_matter(doc: Document, text: str, offset: int) -> None:
    import yaml

    try:
        if "*" in text and any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))):
            # front matter never needs them, and nested aliases can expand to gigabytes ("billion laughs")
            line, col = doc.line_col(offset)
            raise InputError(f"{doc.path}:{line}:{col}", "invalid front matter: YAML aliases (*name) are not accepted in front matter")
        # libyaml's loader when PyYAML was built with it: the pure-Python one costs ~3 ms an article.
        data = yaml.load(text, Loader=_FrontMatterLoader.get())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = doc.line_col(offset)
        if mark is not None:
            line, col = line + mark.line, mark.column + 1
        reason = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"{doc.path}:{line}:{col}", f"invalid front matter: {reason}") from None
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        if key not in _FIELDS or value is None or isinstance(value, (list, dict)):
            continue
        which, source_name = _FIELDS[key]
        value_text = value.isoformat() if isinstance(value, (_dt.date, _dt.datetime)) else str(value).strip()
        span = _value_span(text, offset, str(key), value_text)
        date = None
        if which is MetaField.PUBLISHED:
            date = _as_date(value) if not isinstance(value, str) else publication_date(value, doc, span.start, f"front matter {key}")
        doc.meta.append(MetaCandidate(which, value_text, source_name, span, date=date))


class _FrontMatterLoader:
    """A safe YAML loader that leaves dates as text, so that one that does not exist is reported, not raised."""

    _loader = None

    @classmethod
    def get(cls):
        if cls._loader is None:
            import yaml

            base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            loader = type("FrontMatterLoader", (base,), {})
            loader.yaml_implicit_resolvers = {
                first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
                for first, resolvers in base.yaml_implicit_resolvers.items()
            }
            cls._loader = loader
        return cls._loader


def _value_span(text: str, offset: int, key: str, value: str) -> Span:
    """Return the span of a front-matter value, found on its key's line."""
    km = re.search(rf"^{re.escape(key)}[ \t]*:[ \t]*", text, re.MULTILINE)
    if not km:
        return Span(offset, offset + 1)
    line_end = text.find("\n", km.end())
    line_end = len(text) if line_end == -1 else line_end
    at = text.find(value[:40], km.end(), line_end)
    start = at if at != -1 else km.end()
    end = min(start + len(value), line_end) if at != -1 else max(line_end, start + 1)
    return Span(offset + start, offset + max(end, start + 1))


def _as_date(value) -> _dt.date | None:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _read_body(doc: Document, source: str, body_start: int) -> None:
    body = source[body_start:]
    first_line = doc.line_col(body_start)[0]
    tokens = _markdown().parse(body)
    containers: list[str] = []
    pending_kind: BlockKind | None = None
    headline_taken = False
    after_image = False
    for tok in tokens:
        if tok.type in ("blockquote_open", "list_item_open", "table_open"):
            containers.append(tok.type)
        elif tok.type in ("blockquote_close", "list_item_close", "table_close"):
            containers.pop()
        elif tok.type == "heading_open":
            if tok.tag == "h1" and not headline_taken and not any(b.is_body for b in doc.blocks):
                pending_kind = BlockKind.HEADLINE
                headline_taken = True
            else:
                pending_kind = BlockKind.HEADING
        elif tok.type == "paragraph_open":
            if "blockquote_open" in containers:
                pending_kind = BlockKind.QUOTE
            elif "list_item_open" in containers:
                pending_kind = BlockKind.LIST_ITEM
            else:
                pending_kind = BlockKind.PARAGRAPH
        elif tok.type == "inline" and pending_kind is not None and "table_open" not in containers:
            start = doc.line_offset(first_line + tok.map[0]) if tok.map else body_start
            end = doc.line_offset(first_line + tok.map[1]) if tok.map else len(source)
            block, has_image, emphasised = _inline_block(source, tok, start, end, pending_kind)
            if block is not None:
                if pending_kind is BlockKind.PARAGRAPH and (
                    (emphasised and (after_image or _CAPTION_LEAD.match(block.text))) or has_image
                ):
                    block.kind = BlockKind.CAPTION
                doc.blocks.append(block)
                if block.kind is BlockKind.HEADLINE:
                    doc.meta.append(MetaCandidate(MetaField.HEADLINE, block.text, "# heading", block.span))
            after_image = has_image and block is None
            pending_kind = None


def _inline_block(source: str, tok, start: int, end: int, kind: BlockKind):
    """Return (block or None, whether it held an image, whether all its text was emphasised)."""
    builder = TextBuilder()
    cursor = start
    depth = 0
    strong = 0
    image = False
    link = False
    emphasised_all = True
    bold_all = True
    for child in tok.children or ():
        t = child.type
        if t in ("em_open", "strong_open"):
            depth += 1
            strong += t == "strong_open"
        elif t in ("em_close", "strong_close"):
            depth -= 1
            strong -= t == "strong_close"
        elif t == "link_open":
            link = True
        elif t in ("text", "code_inline"):
            if not child.content.strip():
                builder.space(cursor)
                continue
            emphasised_all = emphasised_all and depth > 0
            bold_all = bold_all and strong > 0
            at = source.find(child.content, cursor, end)
            if at != -1:
                builder.add(child.content, at)
                cursor = at + len(child.content)
            else:
                cursor = _align(builder, child.content, source, cursor, end)
        elif t in ("softbreak", "hardbreak"):
            nl = source.find("\n", cursor, end)
            builder.space(nl if nl != -1 else cursor)
        elif t == "image":
            image = True
    if builder.empty:
        return None, image, False
    text, segments = builder.build()
    block = Block(index=0, kind=kind, text=text, segments=segments, tag=tok.tag or "p", bold=bold_all and not link)
    return block, image, emphasised_all


# How far ahead one character may be sought when escapes and entities make text and source differ.
_ALIGN_WINDOW = 12


def _align(builder: TextBuilder, content: str, source: str, cursor: int, end: int) -> int:
    """Add text that differs from its source (entities, escapes) character by character; return the new cursor."""
    for ch in content:
        at = source.find(ch, cursor, min(end, cursor + _ALIGN_WINDOW))
        if at == -1:
            builder.add_char(ch, min(cursor, max(end - 1, 0)))
        else:
            builder.add_char(ch, at)
            cursor = at + 1
    return cursor
