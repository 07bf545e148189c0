"""The HTML report: one self-contained page with each article as written and its findings marked in place.

The page loads nothing: its CSS and a little script are inline, and a
Content-Security-Policy meta tag allows exactly those two blocks (by hash) and
nothing else. Article text, messages, suggestions and paths are untrusted: every
character of them is escaped here, and the script never builds markup from
them (it only shows, hides and focuses elements the page already has). The
page is pure ASCII (everything else is a character reference), so it survives
any output encoding.

Each finding's span is one ``<mark id="f-N">`` (a span that crosses a line end or
another highlight continues in ``<mark data-part-of="f-N">`` pieces); each
related place is a ``<mark id="r-N-K">``. Both are focusable and open a details
box after their paragraph; details link related places and findings both ways.
Needs FileResult.source (check with keep_source=True); a result without it is
shown with its findings listed but no article text.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from html import escape

from ..findings import Category
from . import summary

_LINE_BREAK = re.compile(r"\r\n?|\n")  # as Document.line_starts counts lines
_SEVERITIES = ("error", "warning", "info")
_NOUN = {"error": ("error", "errors"), "warning": ("warning", "warnings"), "info": ("note", "notes")}

_STYLE = """
:root{color-scheme:light;--ink:#1a1a1a;--muted:#4d4d4d;--line:#c8c8c8;--paper:#ffffff;
--err:#a4001d;--err-bg:#fde2e4;--warn:#7a4f00;--warn-bg:#fff1c2;--info:#00528f;--info-bg:#dcecfb;--rel-bg:#ececec}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--paper)}
a{color:#0645ad}a:visited{color:#5a2a8a}
header.top,nav.index,section.panel,main{max-width:70rem;margin:0 auto;padding:0 1rem}
header.top h1{font-size:1.5rem;margin:1rem 0 .25rem}
.counts{margin:0 0 1rem;color:var(--muted)}
table{border-collapse:collapse}th,td{text-align:left;padding:.2rem .6rem;border-bottom:1px solid var(--line)}
td.n{text-align:right;font-variant-numeric:tabular-nums}
section.panel{margin-top:1rem}
fieldset{display:inline-block;border:1px solid var(--line);margin:0 1rem .5rem 0;padding:.3rem .8rem}
fieldset label{margin-right:.8rem;white-space:nowrap}
.panel ul{margin:.2rem 0 .8rem;padding-left:1.2rem}
.panel li.filtered,.detail.filtered{display:none}
section.file{border-top:2px solid var(--ink);margin-top:2rem;padding-top:.5rem}
section.file h2{font-size:1.3rem;margin:.2rem 0}
.path{font-family:ui-monospace,Menlo,Consolas,monospace;color:var(--muted);margin:0;overflow-wrap:anywhere}
.problem{color:var(--err);font-weight:600}
.article{margin-top:1rem}
.para{margin:0 0 .9rem}
.line{display:flex;gap:.8rem}
.ln{flex:0 0 3.2rem;text-align:right;color:var(--muted);font-variant-numeric:tabular-nums;user-select:none}
.tx{flex:1;white-space:pre-wrap;overflow-wrap:anywhere;min-width:0}
mark{color:var(--ink);padding:0 1px;text-decoration-line:underline;text-decoration-skip-ink:none;text-underline-offset:3px}
mark.sev-error{background:var(--err-bg);text-decoration-color:var(--err);text-decoration-style:solid;text-decoration-thickness:3px}
mark.sev-warning{background:var(--warn-bg);text-decoration-color:var(--warn);text-decoration-style:dashed;text-decoration-thickness:2px}
mark.sev-info{background:var(--info-bg);text-decoration-color:var(--info);text-decoration-style:dotted;text-decoration-thickness:2px}
mark.rel{background:var(--rel-bg);text-decoration:none;outline:1px dashed var(--muted)}
mark.filtered{background:none;text-decoration:none;outline:none}
mark[tabindex]{cursor:pointer}
:focus-visible,mark:focus{outline:3px solid var(--ink);outline-offset:2px}
main:focus{outline:none}
.detail{border:1px solid var(--line);border-left:6px solid var(--muted);margin:.2rem 0 1rem 4rem;padding:.4rem .8rem;background:#fafafa}
.detail.sev-error{border-left-color:var(--err)}.detail.sev-warning{border-left-color:var(--warn)}.detail.sev-info{border-left-color:var(--info)}
.detail p{margin:.2rem 0}
.js .detail{display:none}.js .detail.open{display:block}
.badge{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
.badge.sev-error{color:var(--err)}.badge.sev-warning{color:var(--warn)}.badge.sev-info{color:var(--info)}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.why{color:var(--muted)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--paper);padding:.3rem}
@media print{
body{font-size:11pt}
section.panel fieldset,.skip{display:none}
.js .detail,.detail{display:block;break-inside:avoid}
.detail.filtered,.panel li.filtered{display:block}
mark{background:none!important;outline:none;text-decoration-color:#000!important}
mark.rel{text-decoration-line:underline;text-decoration-style:double;text-decoration-color:#000}
mark.filtered.sev-error{text-decoration:underline solid 3px}mark.filtered.sev-warning{text-decoration:underline dashed 2px}mark.filtered.sev-info{text-decoration:underline dotted 2px}
section.file{break-before:page}a{color:#000}
}
"""

_SCRIPT = """
(function(){
var root=document.documentElement;root.classList.add('js');
var open=null;
function detailOf(el){return el&&el.id?document.getElementById('d-'+el.id):null;}
function close(){if(open){open.classList.remove('open');var m=document.getElementById(open.id.slice(2));if(m)m.setAttribute('aria-expanded','false');open=null;}}
function show(el){var d=detailOf(el);if(!d||d===open)return;close();d.classList.add('open');el.setAttribute('aria-expanded','true');open=d;}
document.addEventListener('focusin',function(e){var t=e.target;if(t.matches&&t.matches('mark[tabindex]'))show(t);});
document.addEventListener('keydown',function(e){
 var t=e.target;
 if(e.key==='Escape'&&open){var m=document.getElementById(open.id.slice(2));close();if(m)m.focus();}
 else if((e.key==='Enter'||e.key===' ')&&t.matches&&t.matches('mark[tabindex]')){e.preventDefault();show(t);}
});
function go(id){var t=document.getElementById(id);if(!t)return false;t.scrollIntoView({block:'center'});t.focus({preventScroll:true});return true;}
document.addEventListener('click',function(e){
 var a=e.target.closest?e.target.closest('a[href^="#"]'):null;
 if(a&&a.getAttribute('href').length>1&&go(a.getAttribute('href').slice(1))){e.preventDefault();history.replaceState(null,'',a.getAttribute('href'));}
});
function filter(){
 var off={};
 document.querySelectorAll('input[data-filter]').forEach(function(i){if(!i.checked)off[i.getAttribute('data-filter')+':'+i.value]=1;});
 document.querySelectorAll('[data-severity][data-category]').forEach(function(el){
  var hide=off['severity:'+el.getAttribute('data-severity')]||off['category:'+el.getAttribute('data-category')];
  el.classList.toggle('filtered',!!hide);
 });
}
document.addEventListener('change',function(e){if(e.target.matches('input[data-filter]'))filter();});
filter();
if(location.hash.length>1)go(location.hash.slice(1));
})();
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


# Only the page's own style and script run: no other source, inline handler, frame, form or base URL.
_CSP = f"default-src 'none'; style-src {_hash(_STYLE)}; script-src {_hash(_SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'"


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _count(n: int, severity: str) -> str:
    one, many = _NOUN[severity]
    return f"{n} {one if n == 1 else many}"


@dataclass
class _Mark:
    """One highlight: a finding's span or one of its related places."""

    start: int
    end: int
    order: int
    open_tag: str  # the tag of the first piece, with the id
    cont_tag: str  # the tag of any further piece
    first: bool = True


def write(results, stream) -> None:
    """Write the whole report as one HTML page."""
    from ..registry import all_checks

    explain = {cid: c.summary for cid, c in all_checks().items()}
    counts = summary(results)
    per_file = [Counter(str(f.severity) for f in r.findings) for r in results]
    numbered, n = [], 0  # the global number of each finding, file by file
    for r in results:
        numbered.append(list(range(n + 1, n + 1 + len(r.findings))))
        n += len(r.findings)

    out: list[str] = []
    tally = ", ".join(_count(counts[s], s) for s in _SEVERITIES)
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
    out.append(f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n')
    out.append('<meta name="referrer" content="no-referrer">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    out.append(f"<title>factcheck report: {counts['files']} file{'s' if counts['files'] != 1 else ''}, {_e(tally)}</title>\n")
    out.append(f"<style>{_STYLE}</style>\n</head>\n<body>\n")
    out.append('<a class="skip" href="#main">Skip to the articles</a>\n')
    out.append(f"<header class=\"top\"><h1>factcheck report</h1><p class=\"counts\">{counts['files']} file{'s' if counts['files'] != 1 else ''} checked: {_e(tally)}</p></header>\n")
    if len(results) > 1:
        out.append(_index(results, per_file))
    out.append(_panel(results, numbered))
    out.append('<main id="main" tabindex="-1">\n')
    for k, r in enumerate(results, 1):
        out.append(_file_section(k, r, per_file[k - 1], numbered[k - 1], explain))
    out.append("</main>\n")
    out.append(f"<script>{_SCRIPT}</script>\n</body>\n</html>\n")
    stream.write("".join(out).encode("ascii", "xmlcharrefreplace").decode("ascii"))


def _index(results, per_file) -> str:
    """The table of files, most errors first, then most warnings."""
    order = sorted(range(len(results)), key=lambda i: (-per_file[i]["error"], -per_file[i]["warning"], -per_file[i]["info"], i))
    rows = []
    for i in order:
        r, c = results[i], per_file[i]
        label = _e(r.title or r.path)
        problem = ' <span class="problem">could not be checked fully</span>' if r.error else ""
        rows.append(
            f'<tr><td><a href="#file-{i + 1}">{label}</a><br><span class="path">{_e(r.path)}</span>{problem}</td>'
            f'<td class="n">{c["error"]}</td><td class="n">{c["warning"]}</td><td class="n">{c["info"]}</td></tr>'
        )
    return (
        '<nav class="index" aria-labelledby="index-h"><h2 id="index-h">Files</h2>\n'
        '<table><thead><tr><th scope="col">Article</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Notes</th></tr></thead>\n<tbody>'
        + "\n".join(rows)
        + "</tbody></table></nav>\n"
    )


def _panel(results, numbered) -> str:
    """Findings by category with counts, and the filters."""
    by_category: dict[str, list[str]] = {str(c): [] for c in Category}
    severity_counts = Counter()
    for r, numbers in zip(results, numbered):
        for f, num in zip(r.findings, numbers):
            severity_counts[str(f.severity)] += 1
            by_category[str(f.category)].append(
                f'<li data-severity="{_e(f.severity)}" data-category="{_e(f.category)}"><a href="#f-{num}">{_e(r.path)}:{f.line}:{f.column}</a> '
                f'<span class="badge sev-{_e(f.severity)}">{_e(f.severity)}</span> {_e(f.message)} <code>[{_e(f.check)}]</code></li>'
            )
    parts = ['<section class="panel" aria-labelledby="panel-h"><h2 id="panel-h">Findings</h2>\n']
    if not any(by_category.values()):
        return parts[0] + "<p>No problems found.</p></section>\n"
    parts.append('<fieldset><legend>Severity</legend>')
    for s in _SEVERITIES:
        parts.append(f'<label><input type="checkbox" data-filter="severity" value="{s}" checked> {s} ({severity_counts[s]})</label>')
    parts.append('</fieldset>\n<fieldset><legend>Category</legend>')
    for cat, items in by_category.items():
        if items:
            parts.append(f'<label><input type="checkbox" data-filter="category" value="{_e(cat)}" checked> {_e(cat)} ({len(items)})</label>')
    parts.append("</fieldset>\n")
    for cat, items in by_category.items():
        if items:
            parts.append(f'<h3>{_e(cat)} ({len(items)})</h3>\n<ul>' + "\n".join(items) + "</ul>\n")
    parts.append("</section>\n")
    return "".join(parts)


def _file_section(k: int, r, c: Counter, numbers: list[int], explain: dict[str, str]) -> str:
    """One article: its headline, date and counts, then its lines with the findings marked."""
    out = [f'<section class="file" id="file-{k}" aria-labelledby="file-{k}-h">\n<h2 id="file-{k}-h">{_e(r.title or r.path)}</h2>\n<p class="path">{_e(r.path)}</p>\n']
    facts = []
    if r.published:
        facts.append(f"published {r.published.isoformat()}")
    facts.append(f"{r.words} words, {r.paragraphs} paragraphs")
    facts.append(", ".join(_count(c[s], s) for s in _SEVERITIES))
    out.append(f'<p class="counts">{_e("; ".join(facts))}</p>\n')
    if r.error:
        out.append(f'<p class="problem">Could not be checked fully: {_e(r.error)}</p>\n')
    if r.source is None:
        details = [_finding_detail(r, f, num, explain) for f, num in zip(r.findings, numbers)]
        return "".join(out) + "".join(details) + "</section>\n"

    marks: list[_Mark] = []
    detail_at: list[tuple[int, str]] = []  # (source offset of the highlight, its details box)
    for f, num in zip(r.findings, numbers):
        sev = _e(f.severity)
        data = f'data-severity="{sev}" data-category="{_e(f.category)}"'
        marks.append(_Mark(
            f.start_offset, f.end_offset, len(marks),
            f'<mark class="hl sev-{sev}" id="f-{num}" tabindex="0" role="button" aria-expanded="false" aria-controls="d-f-{num}" aria-describedby="d-f-{num}" data-check="{_e(f.check)}" data-line="{f.line}" {data}>',
            f'<mark class="hl sev-{sev} cont" data-part-of="f-{num}" {data}>',
        ))
        detail_at.append((f.start_offset, _finding_detail(r, f, num, explain)))
        for j, rel in enumerate(f.related):
            if rel.end_offset <= rel.start_offset:
                continue
            rid = f"r-{num}-{j}"
            marks.append(_Mark(
                rel.start_offset, rel.end_offset, len(marks),
                f'<mark class="rel" id="{rid}" tabindex="0" role="button" aria-expanded="false" aria-controls="d-{rid}" aria-describedby="d-{rid}" data-of="f-{num}" {data}>',
                f'<mark class="rel cont" data-part-of="{rid}" {data}>',
            ))
            detail_at.append((rel.start_offset, _related_detail(f, num, j, rel)))
    out.append('<div class="article">\n')
    out.append(_article(k, r.source, marks, detail_at))
    out.append("</div>\n</section>\n")
    return "".join(out)


def _finding_detail(r, f, num: int, explain: dict[str, str]) -> str:
    sev = _e(f.severity)
    parts = [
        f'<div class="detail sev-{sev}" id="d-f-{num}" role="note" data-severity="{sev}" data-category="{_e(f.category)}">',
        f'<p><span class="badge sev-{sev}">{sev}</span> <code>{_e(f.check)}</code> ({_e(f.category)}) at line {f.line}, column {f.column}</p>',
        f'<p class="msg">{_e(f.message)}</p>',
    ]
    if explain.get(f.check):
        parts.append(f'<p class="why">{_e(f.check)}: {_e(explain[f.check])}</p>')
    if f.suggestion is not None:
        parts.append(f"<p>Suggestion: <q>{_e(f.suggestion)}</q></p>")
    if f.related:
        parts.append("<ul>")
        for j, rel in enumerate(f.related):
            where = f"line {rel.line}, column {rel.column}"
            if rel.end_offset > rel.start_offset and r.source is not None:
                parts.append(f'<li><a href="#r-{num}-{j}">{where}</a>: {_e(rel.message)}</li>')
            else:
                parts.append(f"<li>{where}: {_e(rel.message)}</li>")
        parts.append("</ul>")
    parts.append("</div>")
    return "".join(parts)


def _related_detail(f, num: int, j: int, rel) -> str:
    sev = _e(f.severity)
    return (
        f'<div class="detail rel sev-{sev}" id="d-r-{num}-{j}" role="note" data-severity="{sev}" data-category="{_e(f.category)}">'
        f"<p>Line {rel.line}, column {rel.column}: {_e(rel.message)}</p>"
        f'<p class="msg">Related to the <span class="badge sev-{sev}">{sev}</span> <code>{_e(f.check)}</code> at line {f.line}: {_e(f.message)}</p>'
        f'<p><a href="#f-{num}">Back to line {f.line}</a></p></div>'
    )


def _article(k: int, source: str, marks: list[_Mark], detail_at: list[tuple[int, str]]) -> str:
    """The source line by line, blank lines splitting paragraphs, with every mark opened and closed in place."""
    starts = [0, *(m.end() for m in _LINE_BREAK.finditer(source))]
    ends = [m.start() for m in _LINE_BREAK.finditer(source)] + [len(source)]
    # A span lying wholly on a line break still needs its one mark: give it the end of its line.
    for m in marks:
        line = _line_of(starts, m.start)
        if not any(max(m.start, starts[i]) < min(m.end, ends[i]) for i in range(line, min(len(starts), _line_of(starts, m.end - 1) + 1))):
            m.start = m.end = ends[line]
    by_line: dict[int, list[_Mark]] = {}
    for m in marks:
        for i in range(_line_of(starts, m.start), _line_of(starts, max(m.end - 1, m.start)) + 1):
            by_line.setdefault(i, []).append(m)
    details_by_line: dict[int, list[str]] = {}
    for offset, html in detail_at:
        details_by_line.setdefault(_line_of(starts, offset), []).append(html)

    out: list[str] = []
    pending: list[str] = []  # details shown after the paragraph they belong to
    in_para = False
    for i, (s, e) in enumerate(zip(starts, ends)):
        text = source[s:e]
        if not text.strip() and not by_line.get(i):
            if in_para:
                out.append("</div>\n" + "".join(pending))
                pending, in_para = [], False
            continue
        if not in_para:
            out.append('<div class="para">')
            in_para = True
        out.append(f'<div class="line" id="file-{k}-L{i + 1}"><span class="ln" aria-hidden="true">{i + 1}</span><span class="tx">{_marked(source, s, e, by_line.get(i, []))}</span></div>')
        pending.extend(details_by_line.get(i, []))
    if in_para:
        out.append("</div>\n" + "".join(pending))
    return "".join(out)


def _line_of(starts: list[int], offset: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, offset) - 1)


def _marked(source: str, s: int, e: int, marks: list[_Mark]) -> str:
    """One line's text with its marks; marks that cross are closed and continued, so tags always nest."""
    pieces = [(max(m.start, s), min(m.end, e), m) for m in marks]
    pieces = [(a, b, m) for a, b, m in pieces if a < b or (a == b == m.start == m.end)]
    points = sorted({s, e, *(a for a, _, _ in pieces), *(b for _, b, _ in pieces)})
    out: list[str] = []
    stack: list[_Mark] = []

    def opening(m: _Mark) -> str:
        tag = m.open_tag if m.first else m.cont_tag
        m.first = False
        return tag

    for a, b in zip(points, points[1:] + [None]):
        # Empty marks (a span on a line break) sit at their point, before the text that follows.
        for _, _, m in sorted((p for p in pieces if p[0] == p[1] == a), key=lambda p: p[2].order):
            out.append(opening(m) + "</mark>")
        if b is None:
            break
        active = sorted((m for x, y, m in pieces if x <= a and b <= y and x < y), key=lambda m: (m.start, -m.end, m.order))
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out.append("</mark>" * (len(stack) - keep))
        del stack[keep:]
        for m in active[keep:]:
            out.append(opening(m))
            stack.append(m)
        out.append(_e(source[a:b]))
    out.append("</mark>" * len(stack))
    return "".join(out)
