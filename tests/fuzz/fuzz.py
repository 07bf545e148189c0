"""Fuzzing factcheck with random rule files and random articles, from a fixed seed, within a time budget.

    python tests/fuzz/fuzz.py --seed 2026 --documents 10000 --rule-files 1000 --budget 1800

Each rule file (random keys, types, regular expressions, anchors and aliases, some of them
hostile) must load or fail with a RuleFileError; each article (random prose, dates
that do and do not exist, quotes, punctuation runs, front matter, markup) is checked
with a rule set that loaded and a random publication date (calendar ends included), and
must give findings that point inside it, or an InputError for a documented reason.
Anything else (another exception, a finding outside the file, one step slower than
`--slow` seconds) is a failure, printed with the seed and index that reproduce it.
The same seed always gives the same inputs. `tests/test_fuzz.py` runs a short version.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import random
import re
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

# --- random rule files ----------------------------------------------------------------------

_SECTIONS = ["checks", "entities", "substitutions", "consistency", "forbidden", "extends"]
_RULE_KEYS = ["id", "message", "severity", "scope", "paths", "find", "replace", "phrase", "forms", "regex", "case", "whole-word", "name", "aliases", "variants", "titles", "kind"]
_CHECK_IDS = ["duplicate-paragraph", "weekday-mismatch", "number-conflict", "name-variant", "forbidden", "relative-day-tense", "substitution", "nosuch-check"]
_CHECK_KEYS = ["enabled", "severity", "enabled", "severity", "bogus"]
_REGEX_PIECES = [
    "a", "b", "Kiev", r"\d+", r"\w+", r"\s", ".", ".*", "(a+)+", "(x+x+)+y", "(a|aa)+", "$", "^", r"\b", "a*", "x?", "|",
    "(", ")", "[", "]", "[a-z]", r"[^\W]", "{2}", "{1000}{1000}", r"\1", r"\9", "(?P<n>a)", "(?=a)", "(?<!b)", "(?i)", r"\pL", "%",
    "£", "\u201c", "’", "+", "*", "?", "\\", "(?:", "é", "\U0001F600",
]
_REPLACE_PIECES = ["Kyiv", r"\1", r"\2", r"\9", r"\g<1>", r"\g<n>", r"\g<0>", "\\", r"\n", r"\q", "x", "", "per cent"]
_SCALARS = ["yes", "no", "true", "~", "null", "12", "-3", "1e9", "0.5", "2026-02-30", "2026-03-05", "'quoted'", '"dq"', "[]", "{}", "warning", "error", "info", "headline", "body", "quotes", "any", "sensitive", "insensitive"]


def random_regex(rng: random.Random) -> str:
    return "".join(rng.choice(_REGEX_PIECES) for _ in range(rng.randint(1, 6)))


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


_GOOD = {
    "message": ["'Say it another way.'"], "id": ["'rule-1'", "'rule-2'"], "case": ["sensitive", "insensitive"], "kind": ["person", "organisation"],
    "name": ["Volodymyr Zelenskyy", "'Ann Lee'"], "min-words": ["8"], "similarity": ["90"], "slack-days": ["1"],
}


def _value(rng: random.Random, key: str, anchors: list[str]) -> str:
    """Return a YAML value for key: usually one of the right type (so that rules load), sometimes anything."""
    roll = rng.random()
    if anchors and roll < 0.05:
        return "*" + rng.choice(anchors)
    if roll > 0.9:
        return rng.choice(_SCALARS)
    if key in ("find", "phrase"):
        return _quote(random_regex(rng) if rng.random() < 0.6 else rng.choice(["Kiev", "per cent", "allegedly", "sources say"]))
    if key == "replace":
        return _quote("".join(rng.choice(_REPLACE_PIECES) for _ in range(rng.randint(1, 3))))
    if key in ("forms", "scope", "paths", "aliases", "variants", "titles"):
        pool = {"scope": ["body", "headline", "quotes", "any", "captions"], "paths": ["**/*.md", "*.txt", "news/**"], "forms": ["per cent", "percent", "focused", "focussed"]}.get(key, ["Zelensky", "X", "President of Ukraine"])
        return "[" + ", ".join(_quote(rng.choice(pool)) for _ in range(rng.randint(1 if key != "forms" else 2, 3))) + "]"
    if key in ("regex", "whole-word", "enabled"):
        return rng.choice(["true", "false"])
    if key == "severity":
        return rng.choice(["warning", "error", "info"])
    return rng.choice(_GOOD.get(key, _SCALARS))


def random_rule_file(rng: random.Random) -> str:
    """Return the text of a rule file: mostly well formed, often subtly wrong, sometimes hostile."""
    if rng.random() < 0.03:  # an alias bomb, of a random depth
        depth = rng.randint(2, 9)
        return "".join(
            f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9 if i else ['"lol"'] * 9) + "]\n" for i in range(depth)
        )
    if rng.random() < 0.03:  # deep nesting
        n = rng.choice([50, 500, 5000])
        return "forbidden: " + "[" * n + "]" * n + "\n"
    lines: list[str] = []
    anchors: list[str] = []
    for section in rng.sample(_SECTIONS, rng.randint(1, 4)):
        if section == "extends":
            lines.append("extends: " + rng.choice(["default", "default", "default", "house-style.example", "nosuch", "[default]", "12"]))
            continue
        if section == "checks":
            lines.append("checks:")
            for cid in rng.sample(_CHECK_IDS, rng.randint(1, 3)):
                lines.append(f"  {cid}:")
                for key in dict.fromkeys(rng.sample(_CHECK_KEYS, rng.randint(1, 2))):
                    lines.append(f"    {key}: {_value(rng, key, anchors)}")
            continue
        lines.append(f"{section}:")
        for n in range(rng.randint(1, 4)):
            keys = {"substitutions": ["find", "replace", "regex"], "forbidden": ["phrase", "regex"], "consistency": ["forms"], "entities": ["name", "variants"]}[section]
            if rng.random() < 0.3:
                keys = keys + rng.sample(_RULE_KEYS, rng.randint(1, 3))
            if rng.random() < 0.1:
                keys.remove(rng.choice(keys))
            first = True
            for key in dict.fromkeys(keys):
                anchor = ""
                if rng.random() < 0.1:
                    anchor = f"&a{len(anchors)} "
                    anchors.append(f"a{len(anchors)}")
                lines.append(f"  {'- ' if first else '  '}{key}: {anchor}{_value(rng, key, anchors[:-1] if anchor else anchors)}")
                first = False
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.05:  # a stray byte of broken YAML somewhere
        at = rng.randrange(len(text))
        text = text[:at] + rng.choice(["\t", ":", "- ", "&", "*", "'", "\u0000", "{"]) + text[at:]
    return text


# --- random articles ------------------------------------------------------------------------

_WORDS = (
    "The council minister said on Monday Tuesday will would had been 12 14 £2.5bn 40% per cent percent people died "
    "were killed injured deadline within days of by March 3 4 July 2025 2026 yesterday today last week next "
    "Zelenskyy Zelensky President Prime Minister Mr Ms Dr J. K. Kiev Kyiv allegedly sources say It comes as "
    "former acting shadow deputy vote consultation ten-week fifty 1.2m 4 lakh £3m £3.5m a.m. e.g. U.S."
).split()
_PIECES = [
    ".", ",", ";", "!", "?", "....", "\u201c", "\u201d", "\u2018", "\u2019", "'", '"', "(", ")", "-", "\u2014", "\n", "\n\n", "\r\n", "\t",
    "\u00a0", "\u200b", "\u202e", "e\u0301", "\U0001F600", "31 June", "29 February 2025", "2026-02-30", "0001-01-01", "9999-12-31",
    "Thursday 23 July 2025", "1 January 1", "31 December 9999", "&amp;", "&#0;", "&#xD800;", "<b>", "</p>", "**", "[x](y)", "<!-- factcheck-disable -->",
]


def random_prose(rng: random.Random, words: int) -> str:
    out = []
    for _ in range(words):
        roll = rng.random()
        if roll < 0.7:
            out.append(rng.choice(_WORDS))
        elif roll < 0.95:
            out.append(rng.choice(_PIECES))
        else:
            out.append("".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 8))))
    return " ".join(out)


def random_document(rng: random.Random) -> tuple[str, str]:
    """Return (text, format) of a random article in one of the three formats."""
    fmt = rng.choice(["txt", "md", "html"])
    paragraphs = [random_prose(rng, rng.randint(0, 60)) for _ in range(rng.randint(0, 12))]
    if paragraphs and rng.random() < 0.2:
        paragraphs.append(rng.choice(paragraphs))  # a repeat
    if rng.random() < 0.03:  # one long paragraph of a repeated unit
        paragraphs.append(rng.choice(_PIECES + _WORDS) * rng.randint(1000, 20000))
    date = rng.choice(["2026-03-05", "2025-07-22", "2026-02-30", "0001-01-01", "9999-12-31", "20260305", "not a date"])
    if fmt == "html":
        head = rng.choice(["", f'<meta property="article:published_time" content="{date}T10:00">', f'<time datetime="{date}">x</time>'])
        return f"<html><head><title>{random_prose(rng, 6)}</title>{head}</head><body><h1>{random_prose(rng, 6)}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>", fmt
    if fmt == "md":
        front = f"---\ntitle: {random_prose(rng, 5)}\ndate: {date}\n---\n\n" if rng.random() < 0.7 else ""
        return front + "\n\n".join(paragraphs) + "\n", fmt
    header = f"date {date} {random_prose(rng, 6)}\n\n" if rng.random() < 0.7 else ""
    return header + "\n\n".join(paragraphs) + "\n", fmt


# --- the run --------------------------------------------------------------------------------

_DOCUMENTED_INPUT_ERRORS = re.compile(r"^(empty article|invalid front matter|.*: .* is not a date that exists)")


@dataclass
class Report:
    rule_files: int = 0
    rule_files_loaded: int = 0
    documents: int = 0
    findings: int = 0
    input_errors: int = 0
    failures: list[str] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.rule_files} rule files ({self.rule_files_loaded} loaded, {self.rule_files - self.rule_files_loaded} refused with a rule-file error), "
            f"{self.documents} documents ({self.findings} findings, {self.input_errors} refused with an input error), "
            f"{len(self.failures)} failures, slowest step {self.slowest[0]:.2f} s ({self.slowest[1]}), {self.seconds:.0f} s"
        )


def _timed(report: Report, what: str, slow: float, step, keep=None):
    started = time.perf_counter()
    try:
        return step()
    finally:
        took = time.perf_counter() - started
        if took > report.slowest[0]:
            report.slowest = (took, what)
        if took > slow:
            report.failures.append(f"{what}: took {took:.1f} s (limit {slow} s)")
            if keep:
                keep()


def _inside(text: str, findings) -> str | None:
    lines = re.split(r"\r\n?|\n", text)
    for f in findings:
        for line, column in [(f.line, f.column), (f.end_line, f.end_column - 1), *((r.line, r.column) for r in f.related)]:
            if not (1 <= line <= len(lines) and 1 <= column <= max(len(lines[line - 1]), 1)):
                return f"finding outside the file: {f.check} at {line}:{column}"
    return None


def _save(what: str, text: str, fmt: str, ruleset=None) -> None:
    """Keep a failing article (and the rule files it was checked with) in $FACTCHECK_FUZZ_SAVE, if set."""
    folder = os.environ.get("FACTCHECK_FUZZ_SAVE")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        stem = re.sub(r"\W+", "-", what).strip("-")
        Path(folder, stem + "." + fmt).write_text(text, encoding="utf-8", errors="surrogatepass")
        if ruleset is not None:
            rule_texts = [Path(f).read_text(encoding="utf-8", errors="replace") for f in ruleset.files[1:] if os.path.exists(f)]
            Path(folder, stem + ".rules.yaml").write_text("\n---\n".join(rule_texts), encoding="utf-8")


def run(seed: int = 2026, documents: int = 10_000, rule_files: int = 1_000, budget: float = 1800.0, slow: float = 10.0, log=None) -> Report:
    """Fuzz with this seed until the counts are done or the budget (seconds) is spent; return what happened."""
    from factcheck.config import load_rules
    from factcheck.engine import check_text
    from factcheck.errors import InputError, RuleFileError

    rng = random.Random(seed)
    report = Report()
    started = time.perf_counter()
    rulesets = [load_rules()]
    with tempfile.TemporaryDirectory(prefix="factcheck-fuzz-") as folder:
        # Rule files and documents interleave so that a short budget still covers both.
        total = documents + rule_files
        for k in range(total):
            if time.perf_counter() - started > budget:
                break
            is_rule_file = report.rule_files < rule_files and (report.documents >= documents or rng.random() < rule_files / total)
            if is_rule_file:
                index = report.rule_files
                report.rule_files += 1
                path = Path(folder, f"rules-{index}.yaml")
                text = random_rule_file(rng)
                path.write_text(text, encoding="utf-8", errors="surrogatepass")
                what = f"seed {seed} rule file {index}"
                try:
                    ruleset = _timed(report, what, slow, lambda: load_rules([str(path)]))
                except RuleFileError as exc:
                    if not re.match(r"^.+:\d+:\d+: ", str(exc)) or "\n" in str(exc):
                        report.failures.append(f"{what}: error not one line with file:line:col: {exc!r}")
                    continue
                except Exception as exc:  # noqa: BLE001 - any other exception is what we look for
                    report.failures.append(f"{what}: {type(exc).__name__}: {exc}\n{text}\n{traceback.format_exc(limit=-3)}")
                    continue
                report.rule_files_loaded += 1
                rulesets.append(ruleset)
                del rulesets[1:-20]  # keep a few recent ones to check documents with
            else:
                index = report.documents
                report.documents += 1
                text, fmt = random_document(rng)
                ruleset = rng.choice(rulesets)
                date = rng.choice([None, None, "2026-03-05", _dt.date(1, 1, 1), _dt.date(9999, 12, 31), "0001-01-01", "9999-12-31", _dt.date(2025, 7, 22)])
                what = f"seed {seed} document {index} ({fmt})"
                try:
                    found = _timed(report, what, slow, lambda: check_text(text, format=fmt, rules=ruleset, date=date), keep=lambda: _save(what, text, fmt, ruleset))
                except InputError as exc:
                    report.input_errors += 1
                    if not _DOCUMENTED_INPUT_ERRORS.match(exc.reason):
                        report.failures.append(f"{what}: undocumented input error: {exc}")
                    continue
                except Exception as exc:  # noqa: BLE001
                    report.failures.append(f"{what}: {type(exc).__name__}: {exc}\n{traceback.format_exc(limit=-3)}")
                    _save(what, text, fmt)
                    continue
                report.findings += len(found)
                outside = _inside(text, found)
                if outside:
                    report.failures.append(f"{what}: {outside}")
                    _save(what, text, fmt)
            if log and (k + 1) % 1000 == 0:
                log(f"  {k + 1} inputs, {len(report.failures)} failures, {time.perf_counter() - started:.0f} s")
    report.seconds = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--rule-files", type=int, default=1_000)
    parser.add_argument("--budget", type=float, default=1800.0, help="stop after this many seconds")
    parser.add_argument("--slow", type=float, default=10.0, help="a step slower than this many seconds is a failure")
    args = parser.parse_args(argv)
    report = run(args.seed, args.documents, args.rule_files, args.budget, args.slow, log=lambda line: print(line, file=sys.stderr, flush=True))
    for failure in report.failures:
        print("FAIL", failure)
    print(report.summary())
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
