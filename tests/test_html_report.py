"""The HTML report: its markup as text, then the page itself in Debian's headless Chromium.

The browser tests need `chromium` and `chromedriver` (Debian: apt-get install chromium
chromium-driver) and selenium; .ci/run installs both, elsewhere they skip and say why.
"""

from __future__ import annotations

import io
import re
import importlib.util
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.config import load_rules
from factcheck.engine import FileResult, check_one
from factcheck.reporters import render

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.name != "EXPECTED.md")
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
HOSTILE_FILES = sorted(HOSTILE.glob("payload.*"))
HOSTILE_RULES = HOSTILE / "rules.yaml"
_BREAKS = re.compile(r"\r\n?|\n")


def results_for(paths, rules=None) -> list[FileResult]:
    ruleset = load_rules([str(rules)] if rules else [])
    return [check_one(str(p), ruleset, keep_source=True) for p in paths]


def page_for(results) -> str:
    out = io.StringIO()
    render("html", results, out)
    return out.getvalue()


class _Tags(HTMLParser):
    """Collects start tags and checks that every mark, div and span closes in order."""

    VOID = {"meta", "input", "br"}

    def __init__(self):
        super().__init__()
        self.starts: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.starts.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()


def parsed(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    tags.close()
    return tags


# --- the markup, without a browser -------------------------------------------------


def test_page_is_well_formed_ascii_with_one_mark_id_per_finding():
    results = results_for(SAMPLES)
    page = page_for(results)
    assert page.isascii()
    tags = parsed(page)
    assert tags.errors == [] and tags.stack == []
    ids = [a["id"] for t, a in tags.starts if t == "mark" and a.get("id", "").startswith("f-")]
    assert ids == [f"f-{n}" for n in range(1, 1 + sum(len(r.findings) for r in results))]


def test_hostile_text_messages_and_paths_are_escaped(tmp_path):
    # The path itself is an attack too.
    evil = tmp_path / "x\"><img src=y onerror=\"document.documentElement.setAttribute('data-pwned','path')\">.txt"
    evil.write_text((HOSTILE / "payload.txt").read_text(encoding="utf-8"), encoding="utf-8")
    page = page_for(results_for([*HOSTILE_FILES, evil], rules=HOSTILE_RULES))
    tags = parsed(page)
    assert tags.errors == []
    elements = [t for t, _ in tags.starts]
    assert elements.count("script") == 1 and elements.count("style") == 1
    assert not {"img", "svg", "iframe", "textarea"} & set(elements)
    assert elements.count("body") == 1 and elements.count("title") == 1
    assert all(not k.startswith("on") for _, attrs in tags.starts for k in attrs)
    assert all(not (a.get("href") or "#").lower().lstrip().startswith("javascript") for _, a in tags.starts)
    assert "&lt;script&gt;document.documentElement.setAttribute(&#x27;data-pwned&#x27;,&#x27;script&#x27;)" in page


def test_csp_allows_only_the_pages_own_style_and_script():
    from factcheck.reporters.html_report import _CSP

    page = page_for(results_for(SAMPLES[:1]))
    assert f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">' in page
    assert _CSP.startswith("default-src 'none'; style-src 'sha256-") and "unsafe" not in _CSP
    assert re.fullmatch(r"default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]{44}'; script-src 'sha256-[A-Za-z0-9+/=]{44}'; img-src 'none'; base-uri 'none'; form-action 'none'", _CSP)


def test_counts_are_singular_for_one():
    results = results_for([ROOT / "samples" / "council-budget.md"])
    page = page_for(results)
    assert "<title>factcheck report: 1 file, 1 error, 6 warnings, 0 notes</title>" in page


def test_index_orders_files_by_errors_then_warnings():
    results = results_for(SAMPLES)
    page = page_for(results)
    index = page[page.index('<nav class="index"') : page.index("</nav>")]
    order = re.findall(r'<span class="path">([^<]+)</span>', index)
    assert order == [str(ROOT / "samples" / n) for n in ("council-budget.md", "ferry-strike.txt", "flood-defences.html", "clean-traps.md")]


def test_a_file_that_could_not_be_read_is_listed_without_text(tmp_path):
    missing = tmp_path / "gone.md"
    page = page_for(results_for([missing]))
    assert "Could not be checked fully:" in page and "gone.md" in page
    assert parsed(page).errors == []


def test_cli_writes_html_to_output_by_extension(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["check", "--fail-on", "never", "--output", str(out), str(ROOT / "samples" / "ferry-strike.txt")])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="ascii")
    assert page.startswith("<!DOCTYPE html>") and page.count('class="hl sev-warning" id="f-') == 7
    assert result.stdout.count(": warning: ") == 7  # stdout still shows the usual (text) report


def test_cli_format_html_on_stdout():
    result = CliRunner().invoke(app, ["check", "--fail-on", "never", "--format", "html", str(ROOT / "samples" / "clean-traps.md")])
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>") and "No problems found." in result.stdout


# --- the page in Chromium ----------------------------------------------------------


def _browser_missing() -> str | None:
    if not shutil.which("chromium"):
        return "Chromium is not installed (Debian: apt-get install -y chromium chromium-driver)"
    if not shutil.which("chromedriver"):
        return "chromedriver is not installed (Debian: apt-get install -y chromium-driver)"
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed (pip install '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _browser_missing()
    if reason:
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900"):
        options.add_argument(arg)
    # The system driver, named outright, so selenium never tries to fetch one.
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    yield driver
    driver.quit()


def open_page(browser, tmp_path, page: str, name="report.html"):
    path = tmp_path / name
    path.write_text(page, encoding="ascii")
    browser.get(path.as_uri())
    return browser


_PIECES = """
return Array.from(document.querySelectorAll('mark[id^="f-"]')).map(function(m){
  var parts=[m].concat(Array.from(document.querySelectorAll('[data-part-of="'+m.id+'"]')));
  return [m.id, m.getAttribute('data-check'), m.closest('.line').id, parts.map(function(p){return p.textContent;}).join('')];
});
"""


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_one_highlight_per_finding_at_its_text(browser, tmp_path, sample):
    results = results_for([sample])
    (r,) = results
    open_page(browser, tmp_path, page_for(results))
    marks = browser.execute_script(_PIECES)
    expected = [
        [f"f-{n}", f.check, f"file-1-L{f.line}", _BREAKS.sub("", r.source[f.start_offset : f.end_offset])]
        for n, f in enumerate(r.findings, 1)
    ]
    assert marks == expected
    # Each highlight's text is the finding's own words, not empty.
    assert all(m[3].strip() for m in marks)


def test_every_sample_together_and_every_related_link_resolves(browser, tmp_path):
    results = results_for(SAMPLES)
    open_page(browser, tmp_path, page_for(results))
    total = sum(len(r.findings) for r in results)
    assert browser.execute_script("return document.querySelectorAll('mark[id^=\"f-\"]').length") == total
    related = sum(len(f.related) for r in results for f in r.findings)
    assert related == 16
    links = browser.execute_script("return Array.from(document.querySelectorAll('.detail a[href^=\"#\"], .panel a, nav a')).map(function(a){return a.getAttribute('href');})")
    assert len([h for h in links if h.startswith("#r-")]) == related
    unresolved = browser.execute_script("return arguments[0].filter(function(h){return !document.getElementById(h.slice(1));})", links)
    assert unresolved == []
    # A related place marks the right words: the paragraph a repeat first appeared in, say.
    texts = browser.execute_script(
        "return Array.from(document.querySelectorAll('mark.rel[id]')).map(function(m){"
        "return [m.id, [m].concat(Array.from(document.querySelectorAll('[data-part-of=\"'+m.id+'\"]'))).map(function(p){return p.textContent;}).join('')];});"
    )
    n, want = 0, []
    for r in results:
        for f in r.findings:
            n += 1
            want.extend([f"r-{n}-{j}", _BREAKS.sub("", r.source[rel.start_offset : rel.end_offset])] for j, rel in enumerate(f.related))
    assert sorted(texts) == sorted(want)


def test_focus_shows_details_and_related_places_link_both_ways(browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    results = results_for([ROOT / "samples" / "ferry-strike.txt"])
    open_page(browser, tmp_path, page_for(results))
    dup = next(n for n, f in enumerate(results[0].findings, 1) if f.check == "duplicate-paragraph")
    detail = browser.find_element(By.ID, f"d-f-{dup}")
    assert not detail.is_displayed()
    browser.find_element(By.ID, f"f-{dup}").click()
    assert detail.is_displayed()
    assert "This paragraph repeats the paragraph at line 44" in detail.text
    assert "duplicate-paragraph: A paragraph appears twice" in detail.text
    detail.find_element(By.CSS_SELECTOR, f'a[href="#r-{dup}-0"]').click()
    active = browser.switch_to.active_element
    assert active.get_attribute("id") == f"r-{dup}-0"
    back = browser.find_element(By.ID, f"d-r-{dup}-0")
    assert back.is_displayed() and not detail.is_displayed()
    assert "Line 44, column 1: first appears here" in back.text
    back.find_element(By.LINK_TEXT, "Back to line 56").click()
    assert browser.switch_to.active_element.get_attribute("id") == f"f-{dup}"
    # Escape closes the box; Tab from the page's start reaches the first highlight through the links.
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert not detail.is_displayed()


def test_keyboard_alone_reaches_a_highlight_and_opens_it(browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    results = results_for([ROOT / "samples" / "ferry-strike.txt"])
    open_page(browser, tmp_path, page_for(results))
    browser.execute_script("document.activeElement.blur()")
    seen = []
    for _ in range(60):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        seen.append(browser.switch_to.active_element.get_attribute("id") or browser.switch_to.active_element.tag_name)
        if seen[-1] == "f-1":
            break
    assert seen[-1] == "f-1", seen
    assert browser.find_element(By.ID, "d-f-1").is_displayed()


def test_filters_hide_findings_of_a_severity_or_category(browser, tmp_path):
    from selenium.webdriver.common.by import By

    results = results_for(SAMPLES)
    open_page(browser, tmp_path, page_for(results))
    visible = "return Array.from(document.querySelectorAll('.panel li')).filter(function(li){return li.offsetParent!==null;}).length"
    assert browser.execute_script(visible) == 21
    browser.find_element(By.CSS_SELECTOR, 'input[data-filter="severity"][value="warning"]').click()
    assert browser.execute_script(visible) == 1
    assert browser.execute_script("return document.querySelectorAll('mark.filtered[id^=\"f-\"]').length") == 20
    browser.find_element(By.CSS_SELECTOR, 'input[data-filter="severity"][value="warning"]').click()
    browser.find_element(By.CSS_SELECTOR, 'input[data-filter="category"][value="date"]').click()
    assert browser.execute_script(visible) == 15


_PWNED = "return [document.documentElement.getAttribute('data-pwned'), window.factcheckPwned === undefined ? null : window.factcheckPwned]"
_CSP_TAG = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n')


def _hostile_page(tmp_path) -> str:
    evil = tmp_path / "x\"><img src=y onerror=\"document.documentElement.setAttribute('data-pwned','path')\">.txt"
    evil.write_text((HOSTILE / "payload.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return page_for(results_for([*HOSTILE_FILES, evil], rules=HOSTILE_RULES))


def test_hostile_articles_run_nothing_even_without_the_csp(browser, tmp_path):
    page = _hostile_page(tmp_path)
    for label, text in (("with CSP", page), ("without CSP", _CSP_TAG.sub("", page))):
        open_page(browser, tmp_path, text, name=f"{label.replace(' ', '-')}.html")
        assert browser.execute_script(_PWNED) == [None, None], label
        counts = browser.execute_script(
            "return ['script','style','img','svg','iframe','textarea'].map(function(t){return document.getElementsByTagName(t).length;})"
        )
        assert counts == [1, 1, 0, 0, 0, 0], label
        body = browser.execute_script("return document.body.innerText")
        assert "<script>document.documentElement.setAttribute('data-pwned','script')" in body
        assert '<img src="x" onerror=' in body and "javascript:document" in body
        # The page's own script ran, so the report works: the details boxes are hidden until asked for.
        assert browser.execute_script("return document.documentElement.classList.contains('js')")


def test_the_marker_would_catch_a_script_and_the_csp_would_stop_it(browser, tmp_path):
    # If escaping ever failed, the CSP alone must still stop an injected script.
    page = page_for(results_for(SAMPLES[:1]))
    injected = page.replace("<main", "<script>document.documentElement.setAttribute('data-pwned','x')</script><main", 1)
    open_page(browser, tmp_path, _CSP_TAG.sub("", injected), name="no-csp.html")
    assert browser.execute_script(_PWNED) == ["x", None]  # the marker works
    open_page(browser, tmp_path, injected, name="csp.html")
    assert browser.execute_script(_PWNED) == [None, None]
    assert browser.execute_script("return document.documentElement.classList.contains('js')")  # our own script still ran


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_text_colours_meet_wcag_aa_contrast():
    from factcheck.reporters.html_report import _STYLE

    colours = dict(re.findall(r"--([a-z-]+):(#[0-9a-f]{6})", _STYLE))
    pairs = [("ink", bg) for bg in ("paper", "err-bg", "warn-bg", "info-bg", "rel-bg")]  # highlighted words
    pairs += [(fg, "paper") for fg in ("muted", "err", "warn", "info")]  # badges and notes on the page
    ratios = {pair: round(_contrast(colours[pair[0]], colours[pair[1]]), 2) for pair in pairs}
    assert all(r >= 4.5 for r in ratios.values()), ratios
    # The details box's own background, and links.
    assert all(_contrast(colours[fg], "#fafafa") >= 4.5 for fg in ("muted", "err", "warn", "info"))
    assert _contrast("#0645ad", "#ffffff") >= 4.5 and _contrast("#5a2a8a", "#ffffff") >= 4.5


@pytest.mark.parametrize("jobs", [1, 2])
def test_sources_are_kept_only_when_asked_whatever_the_jobs(jobs):
    from factcheck.engine import check_paths

    kept, _ = check_paths([str(p) for p in SAMPLES], jobs=jobs, keep_source=True)
    assert [r.source for r in kept] == [p.read_text(encoding="utf-8") for p in SAMPLES]
    plain, _ = check_paths([str(p) for p in SAMPLES], jobs=jobs)
    assert [r.source for r in plain] == [None] * len(SAMPLES)


class _MarkTexts(HTMLParser):
    """The text inside each highlight, its continuation pieces included."""

    def __init__(self):
        super().__init__()
        self.open: list[str | None] = []
        self.texts: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            a = dict(attrs)
            key = a.get("id") or a.get("data-part-of")
            self.open.append(key)
            self.texts.setdefault(key, "")

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for key in self.open:
            self.texts[key] += data


def test_crossing_and_multiline_spans_keep_one_highlight_each():
    from factcheck.findings import Category, Finding, Related, Severity

    source = "abcdef\r\nghij\n\nklm & <n>\n"

    def finding(start, end, related=()):
        return Finding(path="x.txt", check="substitution", category=Category.STYLE, severity=Severity.WARNING, line=1, column=1, end_line=1,
                       end_column=2, message="m", excerpt="", related=related, start_offset=start, end_offset=end)

    findings = [
        finding(1, 4),  # bcd
        finding(2, 10, (Related(4, 1, "r", start_offset=14, end_offset=23),)),  # cdef / gh, crossing the first and a CRLF
        finding(2, 10),  # the same span again
        finding(6, 8),  # only the line break: one empty highlight
        finding(16, 21),  # "m & <": escaped text inside the related place
    ]
    page = page_for([FileResult(path="x.txt", findings=findings, source=source)])
    assert parsed(page).errors == []
    marks = _MarkTexts()
    marks.feed(page)
    assert marks.texts == {"f-1": "bcd", "f-2": "cdefgh", "f-3": "cdefgh", "f-4": "", "f-5": "m & <", "r-2-0": "klm & <n>"}
    assert [page.count(f'id="f-{n}"') for n in range(1, 6)] == [1, 1, 1, 1, 1]
