"""Remembering what a reader found in a piece of text, since several checks read the same paragraphs."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Enough for the paragraphs of a few long articles; the readers are pure functions of
# their arguments, so a remembered answer is always the answer.
_SIZE = 4096


def memoised(reader: Callable[..., list[T]]) -> Callable[..., list[T]]:
    """Wrap a reader that returns a list of frozen records so repeated calls on the same text are free."""
    remembered = functools.lru_cache(maxsize=_SIZE)(lambda *args, **kwargs: tuple(reader(*args, **kwargs)))

    @functools.wraps(reader)
    def read(*args, **kwargs) -> list[T]:
        return list(remembered(*args, **kwargs))

    read.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
    return read
