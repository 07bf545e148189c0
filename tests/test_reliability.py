"""Never hang, never crash, never leave a worker behind: one regression test per way it once did.

Every command runs in a subprocess with a generous timeout, so a hang fails its test
instead of running into CI's clock.
"""

from __future__ import annotations

import ast
import datetime as _dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck.engine import check_file, check_text
from factcheck.errors import InputError

from .conftest import ROOT

SAMPLE = ROOT / "samples" / "ferry-strike.txt"
ARTICLE = "date 2025-07-22 Talks resume in Geneva\n\nThe talks will resume on Thursday 23 July 2025 in Geneva, the ministry said.\n"
TIMEOUT = 120  # seconds; each of these takes a few at most when it works


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = TIMEOUT) -> tuple[int, str, str]:
    """Run `python -m factcheck ARGS` and return (status, stdout, stderr)."""
    done = subprocess.run([sys.executable, "-m", "factcheck", *args], input=stdin, capture_output=True, timeout=timeout, cwd=cwd)
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


# --- Hangs -------------------------------------------------------------------------------


def _sentences() -> list[str]:
    """Real-length prose from the shipped samples, one sentence-ish line each."""
    lines = []
    for path in sorted((ROOT / "samples").glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()[1:] if len(line.strip()) > 80]
    return lines


# Pieces of text that once made some reader rescan a paragraph from its start, repeated.
_HOSTILE = [
    "....", "a. ", "J. K. Rowling said. ", "'ab ", '"ab ', "£3.5m and 40 people ", "on Monday he said he will go on Tuesday, ",
    "John Smith, Jon Smith, Prime Minister Jane Doe, ", "12 people died and 14 were hurt, ", "Mr. Smith said. ",
    "within 21 days of 2 March, by 27 March, ", "\u201ca \u2018b ", "aaaaaaaaaa",
]


def _one_paragraph(size: int) -> str:
    prose = " ".join(_sentences())
    body = (prose * (size // 2 // len(prose) + 1))[: size // 2]
    hostile = "".join((unit * (size // 2 // len(_HOSTILE) // len(unit) + 1))[: size // 2 // len(_HOSTILE)] for unit in _HOSTILE)
    return "date 2026-03-05 A council meets\n\n" + body + " " + hostile + "\n"


def test_a_one_megabyte_paragraph_is_checked_in_bounded_time(tmp_path):
    article = tmp_path / "long.txt"
    article.write_text(_one_paragraph(1_000_000), encoding="utf-8")
    assert len(article.read_text(encoding="utf-8").split("\n")) == 4  # the header, a blank line, one paragraph
    started = time.perf_counter()
    code, out, err = run("check", "--no-config", "--format", "json", str(article))
    report = json.loads(out)
    assert code in (0, 1) and err == ""
    assert report["files"][0]["status"] == "checked"
    assert time.perf_counter() - started < TIMEOUT


@pytest.mark.parametrize("section", ["forbidden", "substitutions"])
def test_a_catastrophic_house_regex_returns_at_once(tmp_path, section):
    key = "phrase" if section == "forbidden" else "find"
    extra = "" if section == "forbidden" else "    replace: b\n"
    (tmp_path / "house.yaml").write_text(f"{section}:\n  - {key}: '(a+)+$'\n    regex: true\n{extra}", encoding="utf-8")
    (tmp_path / "a.txt").write_text("date 2026-03-05 Headline\n\nThe " + "a" * 30 + "! and " + "a" * 5000 + "!\n", encoding="utf-8")
    code, out, err = run("check", "--no-config", "--format", "text", "--rules", str(tmp_path / "house.yaml"), str(tmp_path / "a.txt"), timeout=60)
    assert (code, out, err) == (0, "", "")


def test_a_house_regex_with_many_matches_among_many_quotes_is_linear(tmp_path):
    (tmp_path / "house.yaml").write_text("forbidden:\n  - phrase: '\\pL'\n    regex: true\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("date 2026-03-05 Headline\n\n" + '"ab \u00e9 ' * 20_000 + "\n", encoding="utf-8")
    code, out, err = run("check", "--no-config", "--format", "text", "--rules", str(tmp_path / "house.yaml"), str(tmp_path / "a.txt"), timeout=60)
    assert (code, err) == (1, "")
    body = [line for line in out.splitlines() if line.startswith(f"{tmp_path / 'a.txt'}:3:")]
    assert len(body) == 30_000  # the letters outside quotes: every other quote mark opens one
    assert body[:2] == [f"{tmp_path / 'a.txt'}:3:8: warning: \u201ca\u201d is not house style. [forbidden]", f"{tmp_path / 'a.txt'}:3:9: warning: \u201cb\u201d is not house style. [forbidden]"]


def test_a_regex_runs_on_re2_with_groups_and_whole_words(tmp_path):
    from factcheck.house_style import Pattern

    pattern = Pattern.build(r"(\d+)%", regex=True, whole_word=True)
    found = [(m.start(), m.end(), m.expand(r"\1 per cent")) for m in pattern.compiled.finditer("64% and 5%, not x7% or 8%-9")]
    assert found == [(0, 3, "64 per cent"), (8, 10, "5 per cent")]
    assert type(pattern.compiled).__name__ == "UserRegex"


@pytest.mark.parametrize(("rule", "error"), [
    ("forbidden:\n  - phrase: 'a*'\n    regex: true\n", "2:14: invalid regular expression in forbidden[0].phrase at character 1: it matches the empty string, so it would match everywhere; make it match at least one character"),
    ("forbidden:\n  - phrase: x|\n    regex: true\n", "2:13: invalid regular expression in forbidden[0].phrase at character 1: it matches the empty string, so it would match everywhere; make it match at least one character"),
    ("substitutions:\n  - find: '(a)b'\n    replace: 'x\\9'\n    regex: true\n", "3:16: invalid replacement in substitutions[0].replace at character 2: \\9 refers to group 9, but the pattern has 1 group"),
    ("substitutions:\n  - find: 'ab'\n    replace: '\\g<name>'\n    regex: true\n", "3:15: invalid replacement in substitutions[0].replace at character 1: there is no group named 'name' in the pattern"),
    ("forbidden:\n  - phrase: '(?<=a)b'\n    regex: true\n", "2:14: invalid regular expression in forbidden[0].phrase at character 1: invalid perl operator, not supported by RE2 (look-around and back-references are not supported: rule files use RE2 syntax)"),
])
def test_unusable_regexes_are_rule_file_errors_at_load(tmp_path, rule, error):
    (tmp_path / "house.yaml").write_text(rule, encoding="utf-8")
    code, out, err = run("check", "--no-config", "--rules", str(tmp_path / "house.yaml"), str(SAMPLE), timeout=60)
    assert (code, out, err) == (2, "", f"factcheck: error: {tmp_path / 'house.yaml'}:{error}\n")


_BOMB = "".join(
    f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9 if prev else ['"lol"'] * 9) + "]\n"
    for prev, name in zip([None, *"abcdefgh"], "abcdefghi")
)


@pytest.mark.parametrize("option", ["--rules", "--config"])
def test_a_yaml_alias_bomb_is_refused_in_one_line(tmp_path, option):
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(_BOMB, encoding="utf-8")
    started = time.perf_counter()
    code, out, err = run("check", *(["--no-config"] if option == "--rules" else []), option, str(bomb), str(SAMPLE), timeout=60)
    assert (code, out) == (2, "")
    assert err == f"factcheck: error: {bomb}:1:38: invalid YAML: more than 100,000 values once aliases are expanded (aliases nested to repeat a part many times over are refused)\n"
    assert time.perf_counter() - started < 30


def test_aliases_in_front_matter_are_refused(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("---\n" + _BOMB + "title: x\n---\n\nThe council met.\n", encoding="utf-8")
    code, out, err = run("check", "--no-config", "--format", "text", str(article), timeout=60)
    assert (code, out, err) == (2, "", f"factcheck: error: {article}:2:1: invalid front matter: YAML aliases (*name) are not accepted in front matter\n")


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize(("signum", "whole_group", "status", "line"), [
    (signal.SIGINT, True, 130, "factcheck: error: interrupted; nothing reported\n"),  # Ctrl-C reaches every process
    (signal.SIGINT, False, 130, "factcheck: error: interrupted; nothing reported\n"),
    (signal.SIGTERM, False, 143, "factcheck: error: terminated; nothing reported\n"),
])
def test_a_signal_stops_the_pool_at_once_and_leaves_no_worker(tmp_path, signum, whole_group, status, line):
    text = SAMPLE.read_text(encoding="utf-8")
    for n in range(400):
        (tmp_path / f"a{n:03d}.txt").write_text(text, encoding="utf-8")
    # a run started in the background by a shell without job control inherits Ctrl-C ignored (POSIX), and so would the
    # child: give it the usual disposition, as a terminal would
    inherited = signal.getsignal(signal.SIGINT)
    if inherited == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "factcheck", "check", "--no-config", "--format", "text", "--jobs", "2", str(tmp_path)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        )
    finally:
        signal.signal(signal.SIGINT, inherited)
    try:
        deadline = time.monotonic() + 60
        while len(_children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = _children(process.pid)
        assert len(workers) == 2
        time.sleep(0.5)  # let the workers get going
        sent = time.monotonic()
        if whole_group:
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
        out, err = process.communicate(timeout=30)
        assert time.monotonic() - sent < 10
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert (process.returncode, out, err.decode()) == (status, b"", line)
    assert [w for w in workers if _alive(w)] == []


# --- Internal errors -------------------------------------------------------------------


@pytest.mark.parametrize(("name", "text", "error"), [
    ("a.txt", "date 2026-02-30 Council meets\n\nThe council met on Monday.\n", "a.txt:1:6: header line: 2026-02-30 is not a date that exists (day is out of range for month)"),
    ("a.md", "---\ntitle: Council meets\ndate: 2026-02-30\n---\n\nThe council met on Monday.\n", "a.md:3:7: front matter date: 2026-02-30 is not a date that exists (day is out of range for month)"),
    ("a.html", '<html><head><meta property="article:published_time" content="2026-02-30T10:00"></head><body><p>The council met.</p></body></html>',
     "a.html:1:62: <meta article:published_time>: 2026-02-30 is not a date that exists (day is out of range for month)"),
    ("b.html", '<html><body><time datetime="2026-13-01">then</time><p>The council met.</p></body></html>', "b.html:1:13: <time datetime>: 2026-13-01 is not a date that exists (month must be in 1..12)"),
])
def test_a_publication_date_that_does_not_exist_is_an_input_error(tmp_path, name, text, error):
    (tmp_path / name).write_text(text, encoding="utf-8")
    code, out, err = run("check", "--no-config", "--format", "text", name, cwd=tmp_path)
    assert (code, out, err) == (2, "", f"factcheck: error: {error}\n")
    with pytest.raises(InputError) as raised:
        check_file(tmp_path / name)
    assert str(raised.value) == str(tmp_path / error.split(":")[0]) + error[len(error.split(":")[0]):]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_dates_at_the_ends_of_the_calendar_are_checked(tmp_path, day):
    code, out, err = run("check", "--no-config", "--format", "text", "--date", day, str(SAMPLE))
    assert code == 1 and "internal error" not in err and err == ""
    assert "[duplicate-paragraph]" in out
    article = tmp_path / "a.txt"
    article.write_text(f"date {day} Council meets\n\nThe council met on Monday 3 March and meets again on Friday, within 30 days of 1 March.\n", encoding="utf-8")
    code, out, err = run("check", "--no-config", "--format", "text", str(article))
    assert code in (0, 1) and err == ""
    assert check_text(SAMPLE.read_text(encoding="utf-8"), date=day) == check_text(SAMPLE.read_text(encoding="utf-8"), date=_dt.date.fromisoformat(day))


def test_check_text_takes_an_iso_string_or_a_date():
    text = "date 2025-07-20 Talks\n\nThe talks will resume on Thursday 23 July in Geneva.\n"
    as_string = [(f.check, f.line) for f in check_text(text, date="2025-07-22")]
    assert as_string == [(f.check, f.line) for f in check_text(text, date=_dt.date(2025, 7, 22))] == [("weekday-mismatch", 3)]
    assert [(f.check, f.line) for f in check_text(text, date=_dt.datetime(2025, 7, 22, 9, 30))] == as_string
    with pytest.raises(ValueError, match="'2025-02-30' is not a date in the form YYYY-MM-DD"):
        check_text(text, date="2025-02-30")


def test_the_api_refuses_what_the_command_line_exits_2_for(tmp_path):
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("date 2026-03-05 Caf\u00e9 opens\n\nThe caf\u00e9 opened on Thursday.\n".encode("cp1252"))
    for name, reason in (("empty.txt", "empty article (no text to check)"), ("latin.txt", "not valid UTF-8 (byte 0xe9 at offset 19); read as cp1252")):
        with pytest.raises(InputError) as raised:
            check_file(tmp_path / name)
        assert raised.value.reason == reason
        code, _, err = run("check", "--no-config", "--format", "text", name, cwd=tmp_path)
        assert (code, err) == (2, f"factcheck: error: {name}: {reason}\n")
    with pytest.raises(InputError, match="empty article"):
        check_text("   \n")


# --- Behaviour ---------------------------------------------------------------------------


def test_fix_reports_in_the_chosen_format_and_output(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE.replace("Geneva, the", "Geneva. Officials allegedly said the"), encoding="utf-8")
    (tmp_path / "house.yaml").write_text("forbidden:\n  - phrase: allegedly\n", encoding="utf-8")
    code, out, err = run("check", "--no-config", "--rules", "house.yaml", "--fix", "--format", "json", "a.txt", cwd=tmp_path)
    assert code == 1
    assert [f["check"] for f in json.loads(out)["files"][0]["findings"]] == ["forbidden"]  # what is left after the fix
    assert err == "a.txt:3:26: fixed [weekday-mismatch] 'Thursday' -> 'Wednesday'\nfactcheck: fixed 1 problem\n"
    assert "Wednesday 23 July" in (tmp_path / "a.txt").read_text()
    code, out, err = run("check", "--no-config", "--rules", "house.yaml", "--fix", "--output", "report.sarif", "a.txt", cwd=tmp_path)
    assert code == 1 and err == "factcheck: fixed 0 problems\n"
    assert out == "a.txt:3:70: warning: \u201callegedly\u201d is not house style. [forbidden]\n"
    assert [r["ruleId"] for r in json.loads((tmp_path / "report.sarif").read_text())["runs"][0]["results"]] == ["forbidden"]


def test_diff_writes_a_report_only_to_output(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("check", "--no-config", "--diff", "--format", "json", "a.txt", cwd=tmp_path)
    assert (code, out, err) == (2, "", "factcheck: error: --diff prints the diff on stdout; add --output FILE for a report in --format json\n")
    code, out, err = run("check", "--no-config", "--diff", "--format", "json", "--output", "r.json", "a.txt", cwd=tmp_path)
    assert code == 1 and out.startswith("--- a/a.txt\n+++ b/a.txt\n")
    assert [f["check"] for f in json.loads((tmp_path / "r.json").read_text())["files"][0]["findings"]] == ["weekday-mismatch"]
    assert (tmp_path / "a.txt").read_text() == ARTICLE


def test_fix_and_diff_on_standard_input():
    code, out, err = run("check", "--no-config", "--fix", "-", stdin=ARTICLE.encode())
    assert (code, out) == (0, ARTICLE.replace("Thursday", "Wednesday"))
    assert err == "-:3:26: fixed [weekday-mismatch] 'Thursday' -> 'Wednesday'\nfactcheck: fixed 1 problem\n"
    code, out, err = run("check", "--no-config", "--diff", "-", stdin=ARTICLE.encode())
    assert code == 1
    assert out.splitlines()[-2:] == ["-The talks will resume on Thursday 23 July 2025 in Geneva, the ministry said.", "+The talks will resume on Wednesday 23 July 2025 in Geneva, the ministry said."]


def test_fix_refuses_a_read_only_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    article.chmod(0o444)
    code, out, err = run("check", "--no-config", "--fix", "--format", "text", "a.txt", cwd=tmp_path)
    assert code == 2
    assert out == "a.txt:3:26: warning: 23 July 2025 is a Wednesday, not a Thursday. [weekday-mismatch]\n"
    assert err == "factcheck: fixed 0 problems\nfactcheck: error: a.txt: read-only file, not fixed (make it writable to apply the fixes)\n"
    assert article.read_text() == ARTICLE and (article.stat().st_mode & 0o777) == 0o444


def test_json_gives_each_file_a_status(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    code, out, err = run("check", "--no-config", "--format", "json", "a.txt", "b.txt", "gone.txt", cwd=tmp_path)
    files = [(f["path"], f["status"], f["error"]) for f in json.loads(out)["files"]]
    assert files == [
        ("a.txt", "checked", None),
        ("b.txt", "unreadable", "b.txt: binary file, not an article (contains NUL bytes)"),
        ("gone.txt", "unreadable", "gone.txt: no such file"),
    ]
    assert code == 2


def test_jobs_are_capped_at_files_and_cores():
    from factcheck.parallel import default_jobs, worker_count

    assert worker_count(64, 3) == min(3, default_jobs())
    assert worker_count(64, 1000) == default_jobs()
    assert worker_count(1, 1000) == 1
    assert worker_count(4, 0) == 1


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_read_and_fixed_in_place(tmp_path, codec):
    import codecs

    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    article = tmp_path / "a.txt"
    article.write_bytes(bom + ARTICLE.encode(codec))
    code, out, err = run("check", "--no-config", "--format", "text", "a.txt", cwd=tmp_path)
    assert (code, out, err) == (1, "a.txt:3:26: warning: 23 July 2025 is a Wednesday, not a Thursday. [weekday-mismatch]\n", "")
    code, out, err = run("check", "--no-config", "--fix", "--format", "text", "a.txt", cwd=tmp_path)
    assert code == 0
    assert article.read_bytes() == bom + ARTICLE.replace("Thursday", "Wednesday").encode(codec)


@pytest.mark.parametrize(("args", "line"), [
    (["check", "--bogus", "a.txt"], "factcheck: error: No such option: --bogus (Possible options: --jobs) (see 'factcheck check --help')\n"),
    (["check", "--jobs", "0", "a.txt"], "factcheck: error: Invalid value for '--jobs' / '-j': 0 is not in the range x>=1. (see 'factcheck check --help')\n"),
    (["check"], "factcheck: error: Missing argument 'paths'. (see 'factcheck check --help')\n"),
    (["nosuch"], "factcheck: error: No such command 'nosuch'. (see 'factcheck --help')\n"),
])
def test_usage_errors_are_one_line(args, line):
    assert run(*args) == (2, "", line)


def test_a_path_given_twice_is_reported_once(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("check", "--no-config", "--format", "text", "a.txt", "./a.txt", ".", cwd=tmp_path)
    assert (code, out, err) == (1, "a.txt:3:26: warning: 23 July 2025 is a Wednesday, not a Thursday. [weekday-mismatch]\n", "")


def test_the_worker_pool_does_not_import_the_engine():
    tree = ast.parse((ROOT / "factcheck" / "parallel.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "engine" not in imported and imported >= {"config", "results"}
