"""A short, bounded run of the fuzzer (tests/fuzz/fuzz.py): random rule files and articles from fixed seeds."""

from __future__ import annotations

import pytest

from .fuzz.fuzz import random_document, random_rule_file, run


@pytest.mark.parametrize("seed", [1])
def test_a_short_fuzz_run_finds_nothing(seed):
    report = run(seed=seed, documents=120, rule_files=60, budget=4.0, slow=10.0)
    assert report.failures == []
    assert report.documents > 0 and report.rule_files > 0  # the budget left room for both kinds


def test_the_same_seed_gives_the_same_inputs():
    import random

    first, second = random.Random(7), random.Random(7)
    assert [random_rule_file(first) for _ in range(5)] == [random_rule_file(second) for _ in range(5)]
    assert [random_document(first) for _ in range(5)] == [random_document(second) for _ in range(5)]
