"""HTML articles: metadata from <title>, og:title, <time> and meta tags; prose from p, li, blockquote and headings."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from ..document import Block, BlockKind, Document, MetaCandidate, MetaField, Span
from . import publication_date
from ._text import TextBuilder

# Elements whose contents are never prose.
_SKIP = frozenset({"script", "style", "nav", "footer", "noscript", "template", "svg", "form", "button", "select", "iframe"})
# Elements that hold one block of prose each.
_CONTAINERS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "dd", "dt", "td", "th", "caption"})
# Elements that end an open paragraph when they start (HTML lets </p> be left out).
_BLOCK_LEVEL = _CONTAINERS | frozenset({"div", "section", "article", "aside", "header", "main", "ul", "ol", "figure", "table", "hr", "pre", "dl"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "track"})
_META_HEADLINE = {"og:title": "og:title", "twitter:title": "twitter:title"}
_META_DATE = {"article:published_time": "meta article:published_time", "date": "meta date", "dc.date": "meta dc.date", "pubdate": "meta pubdate"}
_META_STANDFIRST = {"description": "meta description", "og:description": "og:description"}
_META_BYLINE = {"author": "meta author", "article:author": "meta article:author"}


def load(source: str, path: str) -> Document:
    """Build a Document from an HTML article."""
    doc = Document(path=path, format="html", source=source)
    reader = _ArticleReader(doc)
    reader.feed(source)
    reader.close()
    reader.flush_all()
    return doc


class _Open:
    __slots__ = ("tag", "builder", "kind", "attrs", "start", "plain", "link")

    def __init__(self, tag: str, kind: BlockKind | None, attrs: dict[str, str], start: int = 0) -> None:
        self.tag = tag
        self.start = start
        self.plain = False  # some of its text is not in bold
        self.link = False
        self.kind = kind
        self.attrs = attrs
        self.builder = TextBuilder()


class _ArticleReader(HTMLParser):
    def __init__(self, doc: Document) -> None:
        super().__init__(convert_charrefs=False)
        self.doc = doc
        # HTMLParser.getpos() counts lines by LF only, so map its positions with a table of its own.
        self._line_starts = [0]
        find = doc.source.find
        i = find("\n")
        while i != -1:
            self._line_starts.append(i + 1)
            i = find("\n", i + 1)
        self.stack: list[str] = []  # open elements
        self.skip_depth = 0
        self.blocks: list[_Open] = []  # open prose containers, innermost last
        self.loose: _Open | None = None  # text outside any container
        self.title: _Open | None = None
        self.time_open: _Open | None = None
        self.headline_taken = False

    # -- positions -------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    # -- tags ------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs_list) -> None:
        attrs = {k: (v or "") for k, v in attrs_list}
        if tag == "meta":
            self._meta(attrs)
            return
        if tag in _VOID:
            if tag == "br":
                self._space()
            return
        if self.skip_depth or tag in _SKIP:
            self.skip_depth += 1
            self.stack.append(tag)
            return
        if tag in _BLOCK_LEVEL:
            self._flush_loose()
            if self.blocks and self.blocks[-1].tag == "p":
                self._close_block()
        self.stack.append(tag)
        if tag == "a" and self.blocks:
            self.blocks[-1].link = True
        if tag == "title":
            self.title = _Open(tag, None, attrs)
        elif tag == "time":
            self.time_open = _Open(tag, None, attrs, self._offset())
        elif tag in _CONTAINERS:
            self.blocks.append(_Open(tag, self._kind_for(tag, attrs), attrs))

    def handle_startendtag(self, tag: str, attrs_list) -> None:
        self.handle_starttag(tag, attrs_list)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return  # a stray end tag
        while self.stack:
            top = self.stack.pop()
            if self.skip_depth:
                self.skip_depth -= 1
            else:
                self._closed(top)
            if top == tag:
                break

    def _closed(self, tag: str) -> None:
        if tag == "title" and self.title is not None:
            text, segments = self.title.builder.build()
            if text:
                start = segments[0][1]
                self.doc.meta.append(MetaCandidate(MetaField.HEADLINE, text, "<title>", Span(start, start + len(text))))
            self.title = None
        elif tag == "time" and self.time_open is not None:
            self._time(self.time_open)
            self.time_open = None
        elif tag in _CONTAINERS:
            if any(b.tag == tag for b in self.blocks):
                while self.blocks and self.blocks[-1].tag != tag:
                    self._close_block()
                self._close_block()
        elif tag in _BLOCK_LEVEL:
            self._flush_loose()

    # -- text ------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        offset = self._offset()
        target = self._target()
        if target is not None:
            target.builder.add(data, offset)
            self._note_weight(target, data)

    def handle_entityref(self, name: str) -> None:
        self._char(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self._char(html.unescape(f"&#{name};"))

    def _char(self, text: str) -> None:
        if self.skip_depth:
            return
        target = self._target()
        if target is not None:
            offset = self._offset()
            for ch in text:
                target.builder.add_char(ch, offset)
            self._note_weight(target, text)

    def _note_weight(self, target: _Open, text: str) -> None:
        if text.strip() and "strong" not in self.stack and "b" not in self.stack:
            target.plain = True

    def _space(self) -> None:
        target = self._target()
        if target is not None:
            target.builder.space(self._offset())

    def _target(self) -> _Open | None:
        if self.title is not None:
            return self.title
        if self.blocks:
            return self.blocks[-1]
        if self.time_open is not None:
            return self.time_open
        if "body" in self.stack or "article" in self.stack or "main" in self.stack:
            if self.loose is None:
                self.loose = _Open("text", BlockKind.PARAGRAPH, {})
            return self.loose
        return None

    # -- blocks ----------------------------------------------------------
    def _kind_for(self, tag: str, attrs: dict[str, str]) -> BlockKind:
        classes = attrs.get("class", "").lower()
        if "aside" in self.stack:
            return BlockKind.ASIDE
        if tag == "figcaption" or tag == "caption" or "caption" in classes:
            return BlockKind.CAPTION
        if tag == "h1":
            if not self.headline_taken:
                self.headline_taken = True
                return BlockKind.HEADLINE
            return BlockKind.HEADING
        if tag in ("h2", "h3", "h4", "h5", "h6"):
            return BlockKind.HEADING
        if "standfirst" in classes or "dek" in classes or "summary" in classes or "lede" in classes or "subtitle" in classes:
            return BlockKind.STANDFIRST
        if "byline" in classes or "author" in classes:
            return BlockKind.BYLINE
        if tag == "blockquote" or "blockquote" in self.stack:
            return BlockKind.QUOTE
        if tag == "li" or "li" in self.stack:
            return BlockKind.LIST_ITEM
        if "figure" in self.stack:
            return BlockKind.CAPTION
        return BlockKind.PARAGRAPH

    def _close_block(self) -> None:
        opened = self.blocks.pop()
        self._emit(opened)

    def _flush_loose(self) -> None:
        if self.loose is not None:
            self._emit(self.loose)
            self.loose = None

    def _emit(self, opened: _Open) -> None:
        text, segments = opened.builder.build()
        if not text.strip() or opened.kind is None:
            return
        block = Block(index=0, kind=opened.kind, text=text, segments=segments, tag=opened.tag, bold=not opened.plain and not opened.link)
        self.doc.blocks.append(block)
        if block.kind is BlockKind.HEADLINE:
            self.doc.meta.append(MetaCandidate(MetaField.HEADLINE, text, "<h1>", block.span))
        elif block.kind is BlockKind.STANDFIRST:
            self.doc.meta.append(MetaCandidate(MetaField.STANDFIRST, text, f"<{opened.tag} class=standfirst>", block.span))
        elif block.kind is BlockKind.BYLINE:
            self.doc.meta.append(MetaCandidate(MetaField.BYLINE, text, f"<{opened.tag} class=byline>", block.span))

    def flush_all(self) -> None:
        while self.blocks:
            self._close_block()
        self._flush_loose()

    # -- metadata --------------------------------------------------------
    def _attr_span(self, value: str) -> Span:
        """Return the span of an attribute value inside the tag just read."""
        start = self._offset()
        raw = self.get_starttag_text() or ""
        at = raw.find(value[:60]) if value else -1
        if at == -1:
            return Span(start, start + max(len(raw), 1))
        return Span(start + at, start + at + len(value))

    def _meta(self, attrs: dict[str, str]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content", "").strip()
        if not key or not content:
            return
        if key in _META_HEADLINE:
            self.doc.meta.append(MetaCandidate(MetaField.HEADLINE, content, _META_HEADLINE[key], self._attr_span(content)))
        elif key in _META_DATE or key == "datepublished":
            self.doc.meta.append(
                MetaCandidate(MetaField.PUBLISHED, content, _META_DATE.get(key, "meta datePublished"), self._attr_span(content), date=publication_date(content, self.doc, self._attr_span(content).start, f"<meta {key}>"), time=_iso_time(content))
            )
        elif key in _META_STANDFIRST:
            self.doc.meta.append(MetaCandidate(MetaField.STANDFIRST, content, _META_STANDFIRST[key], self._attr_span(content)))
        elif key in _META_BYLINE:
            self.doc.meta.append(MetaCandidate(MetaField.BYLINE, content, _META_BYLINE[key], self._attr_span(content)))

    def _time(self, opened: _Open) -> None:
        stamp = opened.attrs.get("datetime", "").strip()
        text, segments = opened.builder.build()
        date = publication_date(stamp, self.doc, opened.start, "<time datetime>")
        if date is None:
            return
        span = Span(segments[0][1], segments[0][1] + len(text)) if segments else Span(opened.start, opened.start + 1)
        self.doc.meta.append(MetaCandidate(MetaField.PUBLISHED, stamp, "<time>", span, date=date, time=_iso_time(stamp)))


def _iso_time(value: str) -> str | None:
    if len(value) >= 16 and value[10] in "T ":
        return value[11:16]
    return None
