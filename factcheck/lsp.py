"""`factcheck lsp`: a language server (pygls) that shows findings in an editor as diagnostics.

Articles (.md .markdown .html .htm .txt) are checked on open, on save and, after a
short pause in typing, on change, with the configuration found from the article's
own folder upwards (`.factcheck.yaml`), as `factcheck check` does. A finding becomes
one diagnostic (code = check id, related places as relatedInformation); a finding
with a suggestion offers a quick fix; hovering a diagnostic shows the check's
explanation; the command ``factcheck.checkFolder`` checks every article under a
folder (the workspace by default). A broken rule or configuration file is a
diagnostic on that file at its line and column, and the articles it governs say
they were not checked; the server keeps running. Rule files are re-read when their
modification time changes or an editor saves a .yaml file.

This module formats and converts positions; checking is the engine's.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from urllib.parse import unquote, urlparse

from lsprotocol import types as t
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from . import __version__
from .errors import FactcheckError, RuleFileError
from .findings import Finding

ARTICLE_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".txt": "txt"}
CHECK_FOLDER = "factcheck.checkFolder"
DEBOUNCE_SECONDS = float(os.environ.get("FACTCHECK_LSP_DEBOUNCE", "0.4"))  # wait this long after the last keystroke
_SEVERITY = {"error": t.DiagnosticSeverity.Error, "warning": t.DiagnosticSeverity.Warning, "info": t.DiagnosticSeverity.Information}


@dataclass
class _Checked:
    """The findings last published for one document, with the text they were found in."""

    text: str
    findings: list[Finding]
    diagnostics: list[t.Diagnostic]


class FactcheckServer(LanguageServer):
    """The server: its per-document state and the rule sets it has loaded, by folder."""

    def __init__(self) -> None:
        super().__init__("factcheck", __version__)
        self.checked: dict[str, _Checked] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.rules_cache: dict[str, tuple[tuple, object]] = {}  # folder -> (file stamps, (project, ruleset))
        self.broken_rule_files: dict[str, str] = {}  # uri of a broken rule file -> the folder whose articles it stopped

    # --- configuration -------------------------------------------------------

    def rules_for(self, folder: str):
        """Return (project, ruleset) for articles in a folder; raise FactcheckError if a file is broken."""
        from .config import find_config, resolve

        cached = self.rules_cache.get(folder)
        if cached and cached[0] == _stamps(cached[0]):
            return cached[1]
        project, ruleset = resolve([], start=folder)
        files = [str(find_config(folder) or ""), *ruleset.files]
        self.rules_cache[folder] = (_stamp_files(files), (project, ruleset))
        return project, ruleset

    def report_rule_error(self, exc: FactcheckError, folder: str) -> None:
        """Publish a broken rule or configuration file's error on that file, at its line and column."""
        if not isinstance(exc, RuleFileError):
            return
        line, col = max(exc.line - 1, 0), max(exc.column - 1, 0)
        uri = from_fs_path(os.path.abspath(exc.path)) or exc.path
        diagnostic = t.Diagnostic(
            range=t.Range(t.Position(line, col), t.Position(line, col + 1)),
            message=exc.reason,
            severity=t.DiagnosticSeverity.Error,
            source="factcheck",
            code="rule-file",
        )
        self.broken_rule_files[uri] = folder
        self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[diagnostic]))

    def clear_rule_errors(self, folder: str) -> None:
        """Clear the rule-file errors that stopped this folder's articles, now that its rules load."""
        for uri in sorted(u for u, f in self.broken_rule_files.items() if f == folder):
            self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
            del self.broken_rule_files[uri]

    # --- checking -------------------------------------------------------------

    def check_document(self, uri: str) -> None:
        """Check an open article and publish its diagnostics."""
        self.pending.pop(uri, None)
        fmt = article_format(uri)
        if fmt is None:
            return
        doc = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) or uri
        folder = os.path.dirname(path) if os.path.isabs(path) else os.getcwd()
        self.publish(uri, doc.source, fmt, path, folder, version=doc.version)

    def publish(self, uri: str, text: str, fmt: str, path: str, folder: str, version: int | None = None) -> int:
        """Check one article's text and publish its diagnostics; return how many there are."""
        from .engine import check_text

        try:
            _, ruleset = self.rules_for(folder)
        except FactcheckError as exc:
            self.report_rule_error(exc, folder)
            note = t.Diagnostic(
                range=t.Range(t.Position(0, 0), t.Position(0, 0)),
                message=f"not checked: {exc}",
                severity=t.DiagnosticSeverity.Warning,
                source="factcheck",
            )
            self.checked.pop(uri, None)
            self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[note], version=version))
            return 1
        self.clear_rule_errors(folder)
        try:
            findings = check_text(text, format=fmt, rules=ruleset, path=path) if text.strip() else []
        except FactcheckError as exc:
            self.window_log_message(t.LogMessageParams(type=t.MessageType.Warning, message=str(exc)))
            findings = []
        lines = _lines(text)
        codec = self.workspace.position_codec
        diagnostics = [_diagnostic(uri, f, lines, codec) for f in findings]
        self.checked[uri] = _Checked(text, findings, diagnostics)
        self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version))
        return len(diagnostics)

    def schedule(self, uri: str) -> None:
        """Check a document once typing has paused for DEBOUNCE_SECONDS."""
        handle = self.pending.pop(uri, None)
        if handle:
            handle.cancel()
        self.pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE_SECONDS, self.check_document, uri)

    def recheck_open(self) -> None:
        self.rules_cache.clear()
        for uri in list(self.workspace.text_documents):
            self.check_document(uri)

    def check_folder(self, folder: str) -> dict:
        """Check every article under a folder (open ones as they are in the editor) and publish each."""
        from .engine import expand_paths

        files, _ = expand_paths([folder])
        total = 0
        for path in files:
            uri = from_fs_path(os.path.abspath(path))
            if uri in self.workspace.text_documents:
                doc = self.workspace.get_text_document(uri)
                total += self.publish(uri, doc.source, article_format(uri) or "txt", path, os.path.dirname(os.path.abspath(path)), doc.version)
                continue
            try:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
            except (OSError, UnicodeDecodeError) as exc:
                self.window_log_message(t.LogMessageParams(type=t.MessageType.Warning, message=f"{path}: {exc}"))
                continue
            total += self.publish(uri, text, article_format(uri) or "txt", path, os.path.dirname(os.path.abspath(path)))
        return {"files": len(files), "diagnostics": total}


def article_format(uri: str) -> str | None:
    """Return the input format of an article document, or None for anything else."""
    path = unquote(urlparse(uri).path)
    return ARTICLE_FORMATS.get(os.path.splitext(path)[1].lower())


def _stamp_files(files: list[str]) -> tuple:
    return tuple((f, _mtime(f)) for f in files)


def _stamps(old: tuple) -> tuple:
    return _stamp_files([f for f, _ in old])


def _mtime(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns if path else None
    except OSError:
        return None


def _lines(text: str) -> list[str]:
    """The text's lines as factcheck counts them (LF, CRLF or a lone CR), without their ends."""
    import re

    return re.split(r"\r\n?|\n", text)


def _position(lines: list[str], line: int, column: int, codec) -> t.Position:
    """Turn factcheck's 1-based line and code-point column into an LSP position in the client's units."""
    row = min(max(line - 1, 0), len(lines) - 1)
    text = lines[row]
    return t.Position(row, codec.client_num_units(text[: max(column - 1, 0)]))


def _range(lines, line, column, end_line, end_column, codec) -> t.Range:
    return t.Range(_position(lines, line, column, codec), _position(lines, end_line or line, end_column or column + 1, codec))


def _diagnostic(uri: str, f: Finding, lines: list[str], codec) -> t.Diagnostic:
    related = [
        t.DiagnosticRelatedInformation(
            location=t.Location(uri=uri, range=_range(lines, r.line, r.column, r.end_line, r.end_column, codec)),
            message=r.message,
        )
        for r in f.related
    ]
    return t.Diagnostic(
        range=_range(lines, f.line, f.column, f.end_line, f.end_column, codec),
        message=f.message,
        severity=_SEVERITY[str(f.severity)],
        code=f.check,
        source="factcheck",
        related_information=related or None,
        data={"suggestion": f.suggestion} if f.suggestion is not None else None,
    )


def _explanation(check_id: str) -> str:
    """The check's summary and the first paragraph of its description, as Markdown."""
    from .registry import all_checks

    check = all_checks().get(check_id)
    if check is None:
        return f"**{check_id}**"
    first = check.description.strip().split("\n\n")[0]
    first = " ".join(first.split())
    return f"**{check.id}** ({check.category}): {check.summary}\n\n{first}\n\n`factcheck explain {check.id}` shows examples."


def _contains(r: t.Range, p: t.Position) -> bool:
    return (r.start.line, r.start.character) <= (p.line, p.character) <= (r.end.line, r.end.character)


def _overlaps(a: t.Range, b: t.Range) -> bool:
    return (a.start.line, a.start.character) <= (b.end.line, b.end.character) and (b.start.line, b.start.character) <= (a.end.line, a.end.character)


def build_server() -> FactcheckServer:
    """Return the server with every feature registered."""
    server = FactcheckServer()

    @server.feature(t.INITIALIZED)
    def initialized(ls: FactcheckServer, params: t.InitializedParams) -> None:
        # Load the checks now, while the editor is still starting, so the first article is checked quickly.
        from .config import load_rules
        from .registry import all_checks

        all_checks()
        load_rules()

    @server.feature(t.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactcheckServer, params: t.DidOpenTextDocumentParams) -> None:
        ls.check_document(params.text_document.uri)

    @server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FactcheckServer, params: t.DidChangeTextDocumentParams) -> None:
        if article_format(params.text_document.uri):
            ls.schedule(params.text_document.uri)

    @server.feature(t.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FactcheckServer, params: t.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri.endswith((".yaml", ".yml")):
            ls.recheck_open()  # a rule or configuration file changed: every open article may read differently
        else:
            ls.check_document(uri)

    @server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckServer, params: t.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        handle = ls.pending.pop(uri, None)
        if handle:
            handle.cancel()
        if ls.checked.pop(uri, None) is not None:
            ls.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(t.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_changed(ls: FactcheckServer, params: t.DidChangeWatchedFilesParams) -> None:
        if any(c.uri.endswith((".yaml", ".yml")) for c in params.changes):
            ls.recheck_open()

    @server.feature(
        t.TEXT_DOCUMENT_CODE_ACTION,
        t.CodeActionOptions(code_action_kinds=[t.CodeActionKind.QuickFix]),
    )
    def code_action(ls: FactcheckServer, params: t.CodeActionParams) -> list[t.CodeAction]:
        uri = params.text_document.uri
        checked = ls.checked.get(uri)
        if checked is None:
            return []
        actions = []
        for f, d in zip(checked.findings, checked.diagnostics):
            if f.suggestion is None or not _overlaps(d.range, params.range):
                continue
            edit = t.TextEdit(range=d.range, new_text=f.suggestion)
            actions.append(
                t.CodeAction(
                    title=f"Replace with \u201c{f.suggestion}\u201d ({f.check})",
                    kind=t.CodeActionKind.QuickFix,
                    diagnostics=[d],
                    edit=t.WorkspaceEdit(changes={uri: [edit]}),
                    is_preferred=f.fixable,
                )
            )
        return actions

    @server.feature(t.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactcheckServer, params: t.HoverParams) -> t.Hover | None:
        checked = ls.checked.get(params.text_document.uri)
        if checked is None:
            return None
        hits = [(f, d) for f, d in zip(checked.findings, checked.diagnostics) if _contains(d.range, params.position)]
        if not hits:
            return None
        parts = []
        for f, _ in hits:
            part = f"{f.message}\n\n{_explanation(f.check)}"
            if f.suggestion is not None:
                part += f"\n\nSuggestion: {f.suggestion}"
            parts.append(part)
        return t.Hover(contents=t.MarkupContent(kind=t.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)), range=hits[0][1].range)

    @server.command(CHECK_FOLDER)
    def check_folder(ls: FactcheckServer, *args) -> dict:
        folder = None
        if args and isinstance(args[0], str):
            folder = to_fs_path(args[0]) if args[0].startswith("file:") else args[0]
        folder = folder or (ls.workspace.root_path if ls.workspace.root_path else os.getcwd())
        return ls.check_folder(folder)

    return server


def serve() -> None:
    """Run the language server on standard input and output until the client exits."""
    build_server().start_io()
