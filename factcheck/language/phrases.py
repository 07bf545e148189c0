"""Word lists from rules/ as regular-expression alternatives."""

import re


def phrase_pattern(words: str) -> str:
    """One phrase, its words apart by any run of spaces or hyphens ("ex-dividend date" matches "ex dividend date")."""
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", words.strip()))


def alternation(phrases) -> str:
    """The phrases as alternatives, longest first so a longer phrase wins over its prefix; never-matching when empty."""
    return "|".join(phrase_pattern(p) for p in sorted(set(phrases), key=len, reverse=True)) or "(?!)"
