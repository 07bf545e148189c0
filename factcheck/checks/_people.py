"""The people of one document, read once and shared by name-variant and person-title-conflict.

Reading people (name runs, office phrases, linking mentions) is the costly part of both
checks, so it is done once per document and kept on a weak map keyed by the document:
parallel workers and successive files never share state. Not a check: it registers nothing.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from ..document import Block, BlockKind, Document
from ..language.people import People, PeopleKnowledge, read_people

# Blocks that carry names of the story's people (bylines name the reporter; asides other stories).
_SKIP = frozenset({BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.ASIDE})


@dataclass(frozen=True, eq=False)
class PeopleReading:
    """The blocks read (in order) and the people found in them; people.names[i] belongs to blocks[i]."""

    knowledge: PeopleKnowledge
    blocks: list[Block]
    people: People


_CACHE: weakref.WeakKeyDictionary[Document, PeopleReading] = weakref.WeakKeyDictionary()


def people_of(doc: Document, kb: PeopleKnowledge) -> PeopleReading:
    """Return the people of a document read with kb, reading them on first use."""
    found = _CACHE.get(doc)
    if found is None or found.knowledge is not kb:
        blocks = [b for b in doc.blocks if b.kind not in _SKIP and b.text.strip()]
        found = PeopleReading(kb, blocks, read_people([b.text for b in blocks], kb))
        _CACHE[doc] = found
    return found
