"""person-title-conflict's words outside quotes: read from the block's one quote reading, with no cache by text."""

from __future__ import annotations

from factcheck.checks import person_title_conflict as ptc
from factcheck.document import Block, BlockKind, Sentence
from factcheck.language.quotes import quoted_spans

TEXT = 'Jo Hart, who was appointed in May, said: "I will serve until the end." She has been chief since 2019.'


def _block() -> Block:
    end = TEXT.index("She")
    return Block(index=0, kind=BlockKind.PARAGRAPH, text=TEXT, segments=((0, 0),), sentences=[Sentence(0, end - 1, TEXT[: end - 1]), Sentence(end, len(TEXT), TEXT[end:])])


def test_words_outside_quotes_in_a_window():
    block = _block()
    carried = ptc._QuotedBlock(block, lambda b: quoted_spans(b.text))
    first = (0, TEXT.index("She") - 1)
    words = ptc._unquoted_words(carried, *first)
    assert "appointed" in words and "until" not in words and "serve" not in words
    assert words == ptc._unquoted_words(block, *first)
    # "since 2019" is a role held to now, not a change word
    second = (TEXT.index("She"), len(TEXT))
    assert ptc._unquoted_words(carried, *second) == frozenset({"she", "has", "been", "chief"})


def test_a_carried_block_is_the_block_with_its_quotes():
    block = _block()
    carried = ptc._QuotedBlock(block, lambda b: quoted_spans(b.text))
    assert (carried.text, carried.sentences, carried.kind, carried.source_span(3, 7)) == (block.text, block.sentences, block.kind, block.source_span(3, 7))
    assert carried.quotes == [(41, 70)]  # the quote, marks included


def test_no_cache_keyed_by_text():
    cached = [name for name in dir(ptc) if hasattr(getattr(ptc, name), "cache_info")]
    assert cached == ["_country_re", "_term_re"]  # built once per knowledge base, not per text
