"""Hang guards: inputs that once took time growing faster than their length finish, with a generous bound.

Timings are never asserted tightly (the suite runs on busy machines): the bound is CPU time, far above
what a linear pass takes (about 20 s of CPU for 2 MB on a slow, loaded core), and well below what a
step that rescans the paragraph per sentence or compares every pair of mentions takes.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys

from benchmarks.generate import long_paragraph

CPU_BOUND = 60  # seconds of CPU for the whole command
HANG = 300  # seconds on the wall clock before the command counts as hung


def _cpu_of(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=HANG)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, proc


def test_a_two_megabyte_single_paragraph_finishes(tmp_path):
    article = tmp_path / "one-paragraph.txt"
    article.write_text(long_paragraph(2_000_000), encoding="utf-8")
    assert article.stat().st_size > 1_900_000
    cpu, proc = _cpu_of([sys.executable, "-m", "factcheck", "check", "--no-config", "--format", "json", "--fail-on", "never", str(article)])
    assert (proc.returncode, proc.stderr) == (0, "")
    assert json.loads(proc.stdout)["summary"]["files"] == 1
    assert cpu < CPU_BOUND, f"{cpu:.1f} s of CPU for one 2 MB paragraph"


def test_an_article_of_many_people_finishes(tmp_path):
    """Thousands of people, each named in full in one paragraph and by surname in a later one, some surnames a
    letter apart: name-variant finds a spelling's mentions through an index by surname, not by rescanning every
    mention for each pair of similar spellings."""
    rng = random.Random(11)
    syllables = ["bar", "cal", "den", "for", "gar", "hal", "ken", "lin", "mor", "nes", "par", "ros", "sel", "tan", "wen", "vor"]
    first = ["Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo"]
    paragraphs = []
    for n in range(6000):
        surname = "".join(rng.choice(syllables) for _ in range(3)).capitalize()
        paragraphs.append(f"{rng.choice(first)} {surname}, who runs a bakery in the town, said the queue formed before dawn on Friday.")
        paragraphs.append(f"{surname} said prices would not rise this year.")
    article = tmp_path / "many-people.txt"
    article.write_text("date 2026-03-11 A town of many bakers\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    cpu, proc = _cpu_of([sys.executable, "-m", "factcheck", "check", "--no-config", "--format", "text", "--fail-on", "never", "--select", "name-variant", str(article)])
    assert (proc.returncode, proc.stderr) == (0, "")
    assert cpu < CPU_BOUND, f"{cpu:.1f} s of CPU for 12,000 paragraphs naming 6,000 people"
