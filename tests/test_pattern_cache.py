"""The pattern cache: a pattern read back from the cache file is the one Python compiles, and nothing breaks it.

Each case runs in a child process, since install() reroutes the process's regex compiler.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

# Patterns of the kinds factcheck compiles: named groups, inline flags, lookbehinds, a charset, Unicode.
CHILD = r"""
import json, re, sys
from factcheck import pattern_cache
pattern_cache.install()
import re._compiler as compiler
cache = compiler.compile.__self__
patterns = [
    (r"(?<![\w'’-])(?P<title>(?i:prime\s+minister|president))\s+(?P<name>[A-Z]\w+)", 0),
    (r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE),
    (r"[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD]", 0),
    (r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(bn|m)?", 0),
]
text = "Prime Minister Starmer said on Tuesday that 1,200.5 bn were spent \x07; the president Macron agreed."
out = []
for source, flags in patterns:
    p = re.compile(source, flags)
    out.append([p.pattern, int(p.flags), p.groups, dict(p.groupindex), [m.span() for m in p.finditer(text)], [m.groups() for m in p.finditer(text)]])
print(json.dumps({"new": cache.new, "found": out}))
"""

PLAIN = CHILD.replace("pattern_cache.install()", "").replace("cache = compiler.compile.__self__", "class cache: new = None")


def _run(code: str, cache_home, **env) -> dict:
    environ = {k: v for k, v in os.environ.items() if k != "FACTCHECK_NO_PATTERN_CACHE"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**environ, "XDG_CACHE_HOME": str(cache_home), **env}, check=True)
    return json.loads(proc.stdout)


def _cache_files(cache_home) -> list[str]:
    folder = cache_home / "factcheck"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_second_run_reads_every_pattern_back_and_matches_as_python_compiles(tmp_path):
    plain = _run(PLAIN, tmp_path / "unused")
    first = _run(CHILD, tmp_path)
    assert first["new"] == 4
    [name] = _cache_files(tmp_path)
    assert name.startswith("patterns-") and name.endswith(".marshal")
    second = _run(CHILD, tmp_path)
    assert second["new"] == 0
    assert first["found"] == plain["found"] == second["found"]
    assert plain["found"][0][4] == [[0, 22], [73, 89]]  # the named groups and lookbehind really matched


def test_a_damaged_cache_file_is_compiled_afresh_and_replaced(tmp_path):
    _run(CHILD, tmp_path)
    [name] = _cache_files(tmp_path)
    path = tmp_path / "factcheck" / name
    path.write_bytes(b"\x00not marshal")
    again = _run(CHILD, tmp_path)
    assert again["new"] == 4
    assert _run(CHILD, tmp_path)["new"] == 0


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_cache_folder_only_costs_the_saving(tmp_path):
    (tmp_path / "factcheck").mkdir()
    (tmp_path / "factcheck").chmod(0o500)
    try:
        assert _run(CHILD, tmp_path)["new"] == 4
        assert _run(CHILD, tmp_path)["new"] == 4
    finally:
        (tmp_path / "factcheck").chmod(0o700)


def test_switched_off_by_the_environment(tmp_path):
    out = _run(CHILD.replace("cache = compiler.compile.__self__", "cache = getattr(compiler.compile, '__self__', None) or type('C', (), {'new': None})"), tmp_path, FACTCHECK_NO_PATTERN_CACHE="1")
    assert out["new"] is None
    assert _cache_files(tmp_path) == []
