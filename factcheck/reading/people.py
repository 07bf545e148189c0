"""The people of one document, read once and shared by name-variant and person-title-conflict.

Reading people (name runs, office phrases, roles, linking mentions) is the costly part of
both checks, so the annotation (`Annotation.people`) reads it once per document and keeps
it for that document only: parallel workers and successive files never share state.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Block, BlockKind, Document
from ..language.people import People, PeopleKnowledge, read_people
from ..language.roles import RolesKnowledge, find_titles, roles_of

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
    people = read_people([b.text for b in blocks], kb, rk)
    _add_titles(people, blocks, kb, rk)
    return PeopleReading(kb, rk, blocks, people)


def _add_titles(people: People, blocks: list[Block], kb: PeopleKnowledge, rk: RolesKnowledge) -> None:
    """Give the people the posts of any wording the copy gives them ("Terminal manager X"): read here, after the people
    are linked, so that a title is evidence of nothing about who is a person (name-variant reads the same people)."""
    index = {(i, m.start, m.end): p for p in people.persons for i, m in p.mentions}
    for i, block in enumerate(blocks):
        if i >= len(people.names) or not people.names[i]:
            continue
        taken = [(r.start, r.end) for r in people.roles[i] if r.kind == "role"] + [(o.start, o.end) for o in people.offices[i]]
        for t in find_titles(block.text, rk, people.names[i], taken, kb.is_place):
            person = index.get((i, *t.holder))
            if person is not None:
                person.roles.append((i, t))
                people.roles[i].append(t)
                person.roles.sort(key=lambda held: (held[0], held[1].start))  # in reading order, as the other roles are
