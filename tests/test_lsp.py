"""`factcheck lsp` end to end: pygls's own LSP client drives the real server over stdio."""

from __future__ import annotations

import asyncio
import os
import sys
import time

import pytest

pytest.importorskip("pygls", reason="the language server needs the lsp extra: pip install '.[lsp]'")

from lsprotocol import types as t  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402
from pygls.uris import from_fs_path  # noqa: E402

STORY = """\
---
title: Ceasefire talks end without a deal
date: 2026-05-04
---

# Ceasefire talks end without a deal

The talks went on until late on Monday and ended without agreement on the ceasefire or on prisoner exchanges.

Crowds waved flags \U0001F1FA\U0001F1E6 in Kiev as the delegations left the building.

Negotiators will meet again in June, officials said.

The talks went on until late on Monday and ended without agreement on the ceasefire or on prisoner exchanges.
"""

HOUSE = "substitutions:\n  - find: Kiev\n    replace: Kyiv\n"
BROKEN = "substitutions:\n  - find: Kiev\n    replcae: Kyiv\n"
DUPLICATE = "This paragraph repeats the paragraph at line 8 word for word: \u201cThe talks went on until late on Monday\u2026\u201d."
KYIV = "House style is \u201cKyiv\u201d, not \u201cKiev\u201d."


def shape(d: t.Diagnostic):
    """A diagnostic as comparable plain data: range, severity, code, message, related places."""
    r = d.range
    related = [((x.location.range.start.line, x.location.range.start.character, x.location.range.end.line, x.location.range.end.character), x.message) for x in d.related_information or ()]
    return ((r.start.line, r.start.character, r.end.line, r.end.character), d.severity, d.code, d.message, related)


class Session:
    """A client connected to `python -m factcheck lsp`, recording every diagnostics notification."""

    def __init__(self, root):
        self.root = root
        self.client = LanguageClient("factcheck-test", "1")
        self.published: list[t.PublishDiagnosticsParams] = []

        @self.client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _diagnostics(params: t.PublishDiagnosticsParams) -> None:
            self.published.append(params)

    async def start(self):
        env = {**os.environ, "FACTCHECK_LSP_DEBOUNCE": "0.3"}
        await self.client.start_io(sys.executable, "-m", "factcheck", "lsp", env=env, cwd=str(self.root))
        result = await self.client.initialize_async(t.InitializeParams(capabilities=t.ClientCapabilities(), root_uri=from_fs_path(str(self.root))))
        self.client.initialized(t.InitializedParams())
        return result

    async def diagnostics(self, uri: str, after: int, timeout: float = 15.0, version: int | None = None) -> list[t.Diagnostic]:
        """Wait for the next diagnostics for uri published after notification number `after`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for p in self.published[after:]:
                if p.uri == uri and (version is None or p.version == version):
                    return list(p.diagnostics)
            await asyncio.sleep(0.02)
        raise AssertionError(f"no diagnostics for {uri} within {timeout}s; got {[p.uri for p in self.published[after:]]}")

    async def stop(self):
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


def test_language_server_end_to_end(tmp_path):
    asyncio.run(_end_to_end(tmp_path))


async def _end_to_end(root):
    (root / ".factcheck.yaml").write_text("rules: [house.yaml]\n", encoding="utf-8")
    house = root / "house.yaml"
    house.write_text(HOUSE, encoding="utf-8")
    (root / "other.txt").write_text("Talks in Kiev\n\nThe delegations met in Kiev on Monday.\n", encoding="utf-8")
    story = root / "story.md"
    story.write_text(STORY, encoding="utf-8")
    uri, house_uri, other_uri = (from_fs_path(str(p)) for p in (story, house, root / "other.txt"))

    s = Session(root)
    init = await s.start()
    try:
        assert init.capabilities.hover_provider
        assert list(init.capabilities.execute_command_provider.commands) == ["factcheck.checkFolder"]

        # Open: the exact diagnostics. The flag is two characters outside the BMP, four UTF-16 units.
        mark = len(s.published)
        s.client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, STORY)))
        diags = await s.diagnostics(uri, mark)
        assert [shape(d) for d in diags] == [
            ((9, 27, 9, 31), t.DiagnosticSeverity.Warning, "substitution", KYIV, []),
            ((13, 0, 13, 109), t.DiagnosticSeverity.Warning, "duplicate-paragraph", DUPLICATE, [((7, 0, 7, 109), "first appears here")]),
        ]
        assert all(d.source == "factcheck" for d in diags)

        # Hover on the repeat explains the check.
        hover = await s.client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri), t.Position(13, 5)))
        assert hover.contents.value.startswith(DUPLICATE + "\n\n**duplicate-paragraph** (duplication): ")
        assert "`factcheck explain duplicate-paragraph`" in hover.contents.value
        assert await s.client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri), t.Position(11, 3))) is None

        # The quick fix replaces the word; applying it makes that diagnostic go, and only that one.
        actions = await s.client.text_document_code_action_async(
            t.CodeActionParams(t.TextDocumentIdentifier(uri), diags[0].range, t.CodeActionContext(diagnostics=[diags[0]]))
        )
        assert [(a.title, a.kind, a.is_preferred) for a in actions] == [("Replace with \u201cKyiv\u201d (substitution)", t.CodeActionKind.QuickFix, True)]
        (edit,) = actions[0].edit.changes[uri]
        assert (shape_range := (edit.range.start.line, edit.range.start.character, edit.range.end.line, edit.range.end.character)) == (9, 27, 9, 31), shape_range
        lines = STORY.split("\n")
        units = lines[9].encode("utf-16-le")
        lines[9] = (units[: 2 * 27] + edit.new_text.encode("utf-16-le") + units[2 * 31 :]).decode("utf-16-le")
        fixed = "\n".join(lines)
        assert "flags \U0001F1FA\U0001F1E6 in Kyiv as" in fixed
        # Two edits in quick succession are checked once, after the pause.
        mark = len(s.published)
        s.client.text_document_did_change(t.DidChangeTextDocumentParams(t.VersionedTextDocumentIdentifier(version=2, uri=uri), [t.TextDocumentContentChangeWholeDocument(text=fixed + "\nDraft")]))
        s.client.text_document_did_change(t.DidChangeTextDocumentParams(t.VersionedTextDocumentIdentifier(version=3, uri=uri), [t.TextDocumentContentChangeWholeDocument(text=fixed)]))
        diags = await s.diagnostics(uri, mark)
        assert [p.version for p in s.published[mark:] if p.uri == uri] == [3]
        assert [shape(d) for d in diags] == [
            ((13, 0, 13, 109), t.DiagnosticSeverity.Warning, "duplicate-paragraph", DUPLICATE, [((7, 0, 7, 109), "first appears here")]),
        ]
        await asyncio.sleep(0.5)
        assert [p.version for p in s.published[mark:] if p.uri == uri] == [3]

        # Save checks at once.
        mark = len(s.published)
        s.client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(uri)))
        assert len(await s.diagnostics(uri, mark)) == 1

        # The workspace command checks every article in the folder, open or not.
        mark = len(s.published)
        result = await s.client.workspace_execute_command_async(t.ExecuteCommandParams("factcheck.checkFolder", [from_fs_path(str(root))]))
        assert result == {"files": 2, "diagnostics": 3}
        other = await s.diagnostics(other_uri, mark)
        assert [shape(d) for d in other] == [
            ((0, 9, 0, 13), t.DiagnosticSeverity.Warning, "substitution", KYIV, []),
            ((2, 23, 2, 27), t.DiagnosticSeverity.Warning, "substitution", KYIV, []),
        ]

        # A broken rule file is a diagnostic on that file at its line and column, and the server goes on.
        house.write_text(BROKEN, encoding="utf-8")
        mark = len(s.published)
        s.client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(house_uri)))
        rule_diags = await s.diagnostics(house_uri, mark)
        assert [shape(d) for d in rule_diags] == [
            ((2, 4, 2, 5), t.DiagnosticSeverity.Error, "rule-file", "unknown key 'replcae' in substitutions[0] (did you mean 'replace'?)", []),
        ]
        note = await s.diagnostics(uri, mark)
        assert [d.message for d in note] == [f"not checked: {house}:3:5: unknown key 'replcae' in substitutions[0] (did you mean 'replace'?)"]

        # Mended, its diagnostic goes and the article is checked again.
        house.write_text(HOUSE, encoding="utf-8")
        mark = len(s.published)
        s.client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(house_uri)))
        assert await s.diagnostics(house_uri, mark) == []
        assert [d.code for d in await s.diagnostics(uri, mark)] == ["duplicate-paragraph"]

        # Closing clears the article's diagnostics.
        mark = len(s.published)
        s.client.text_document_did_close(t.DidCloseTextDocumentParams(t.TextDocumentIdentifier(uri)))
        assert await s.diagnostics(uri, mark) == []
    finally:
        await s.stop()


def test_lsp_command_without_pygls_says_how_to_install(monkeypatch):
    from typer.testing import CliRunner

    from factcheck.cli import app

    monkeypatch.setitem(sys.modules, "factcheck.lsp", None)  # as if pygls were missing: the import fails
    result = CliRunner().invoke(app, ["lsp"])
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: the language server needs the lsp extra: pip install 'factcheck[lsp]'")
