"""Reading an article file and building its Document, whatever the format."""

from __future__ import annotations

import codecs
import datetime as _dt
import os
import re
from pathlib import Path

from ..document import BlockKind, Document, Sentence
from ..errors import InputError
from ..language.sentences import split_sentences

FORMATS = ("txt", "md", "html")
EXTENSIONS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

# Articles are a few kilobytes; anything this large is not an article.
MAX_BYTES = 10 * 1024 * 1024


_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?!\d)")


def publication_date(value: str, doc: Document, offset: int, where: str):
    """Return the date a header, front matter or meta value starts with, or None if it names none.

    A value written as a date that does not exist (2026-02-30) is an InputError naming the
    file, line and column: the article's own date is wrong, and every check needs it.
    """
    m = _ISO_DAY.match(value)
    if m is None:
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        line, column = doc.line_col(offset)
        raise InputError(f"{doc.path}:{line}:{column}", f"{where}: {m.group(0).strip()} is not a date that exists ({exc})") from None


def format_for(path: str, override: str | None = None) -> str:
    """Return the input format for a path: the override, else by extension, else plain text."""
    if override:
        return override
    return EXTENSIONS.get(Path(path).suffix.lower(), "txt")


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Return the text of an article's bytes and notes about how it was decoded."""
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file too large ({len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom) and not data.startswith(codecs.BOM_UTF32_LE):
            try:
                return data[len(bom):].decode(codec), []
            except UnicodeDecodeError as exc:
                raise InputError(path, f"starts as UTF-16 but is not (bad bytes at offset {exc.start + len(bom)}); convert it to UTF-8") from None
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file, not an article (contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        try:
            text = data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            encoding = "latin-1"
        return text, [f"not valid UTF-8 ({where}); read as {encoding}"]


def read_file(path: str) -> tuple[str, list[str]]:
    """Return the decoded text of an article file and decoding notes; raise InputError if unreadable."""
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(path, f"file too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    return decode(data, path)


def load_text(source: str, fmt: str = "txt", path: str = "<text>", *, day_first: bool = True) -> Document:
    """Build the Document for an article's text in the given format (day_first: how to read 02/03/2026 in a dateline)."""
    if fmt not in FORMATS:
        raise InputError(path, f"unknown input format '{fmt}' (use one of: {', '.join(FORMATS)})")
    if fmt == "md":
        from .markdown import load
    elif fmt == "html":
        from .html import load
    else:
        from .plaintext import load
    doc = load(source, path, day_first=day_first) if fmt == "txt" else load(source, path)
    _finish(doc, day_first)
    return doc


def _finish(doc: Document, day_first: bool = True) -> None:
    """Number blocks in reading order, give them lines and split them into sentences; an article that gives no
    publication date elsewhere takes its first paragraph's wire dateline's ("KAMPALA, June 17, 2026 - …")."""
    doc.blocks.sort(key=lambda b: b.segments[0][1] if b.segments else 0)
    if doc.published is None:
        _wire_dateline(doc, day_first)
    for i, block in enumerate(doc.blocks):
        block.index = i
        span = block.span
        block.line = doc.line_col(span.start)[0]
        block.end_line = doc.line_col(max(span.end - 1, span.start))[0]
        if block.kind not in (BlockKind.BYLINE, BlockKind.DATELINE):
            block.sentences = [Sentence(s, e, block.text[s:e]) for s, e in split_sentences(block.text)]


def _wire_dateline(doc: Document, day_first: bool) -> None:
    from ..document import MetaCandidate, MetaField
    from .datelines import read_wire_dateline

    first = next((b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH), None)
    if first is not None and (date := read_wire_dateline(first.text, day_first=day_first)) is not None:
        head = min(len(first.text), 40)
        doc.meta.append(MetaCandidate(MetaField.PUBLISHED, first.text[:head], "dateline", first.source_span(0, head), date=date))
