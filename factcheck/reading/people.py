"""The people of one document, read once and shared by name-variant and person-title-conflict.

Reading people (name runs, office phrases, roles, linking mentions) is the costly part of
both checks, so the annotation (`Annotation.people`) reads it once per document and keeps
it for that document only: parallel workers and successive files never share state.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Block, BlockKind, Document
from ..language.people import People, PeopleKnowledge, read_people
from ..language.roles import RolesKnowledge, roles_of

# Blocks that carry names of the story's people (bylines name the reporter; asides other stories).
_SKIP = frozenset({BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.ASIDE})


@dataclass(frozen=True, eq=False)
class PeopleReading:
    """The blocks read (in order) and the people found in them; people.names[i] belongs to blocks[i]."""

    knowledge: PeopleKnowledge
    roles: RolesKnowledge
    blocks: list[Block]
    people: People


def read_people_of(doc: Document, kb: PeopleKnowledge, rk: RolesKnowledge | None = None) -> PeopleReading:
    """Return the people of a document read with kb and the roles knowledge rk (the annotation keeps it for the document)."""
    rk = rk or roles_of(None)
    blocks = [b for b in doc.blocks if b.kind not in _SKIP and b.text.strip()]
    return PeopleReading(kb, rk, blocks, read_people([b.text for b in blocks], kb, rk))
