"""Which mentions of events are one event: a noun ("the decision", "his arraignment") and a verb ("granted
permission", "were arraigned"), in any order and any sentence.

A mention is read by a check (its event, the words qualifying it, who it happened to or whose it is, and
whether it counts another one); this module decides which mentions name one event:

- the event is the noun's or the verb's event in rules/events.yaml: "were arraigned" is an arraignment,
  "granted permission" a decision, and "the council's decision" names it too;
- a mention that counts ("a second hearing", "another vote", "the first hearing", "the weekly briefing")
  is an event of its own, linked to nothing;
- a qualifier tells events apart ("the appeal hearing" is not "the bail hearing"); an unqualified mention is
  the article's one qualified event of that noun ("the vote" and "the strike vote"), and, when the article
  qualifies it two ways, refers to neither;
- a participant tells events apart ("Smith died", "Jones died"; "the council's decision" and "the board's
  decision"): mentions whose named participants differ are two events; a mention that names none is
  the one event of the others, when only one participant is named;
- a definite mention ("the", "his", "its") refers back to the one compatible event already told; when two
  are, it refers to neither (stays unlinked).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class EventRef:
    """What a check read of one mention of an event, for linking."""

    event: str  # the event, as rules/events.yaml names it ("arraignment", "decision")
    qualifier: str = ""  # the words telling it apart from others of its noun ("appeal" in "the appeal hearing")
    participant: str = ""  # whose it is or who it happened to ("council", "smith"), lower case; "" when unnamed
    counted: bool = False  # "a second meeting", "another vote", "the first hearing": one of several
    named: bool = False  # the qualifier is a name ("the Tahlequah hearing"): it tells nothing about the unqualified ones


def link_events(refs: Sequence[EventRef]) -> list[tuple[str, str, str] | None]:
    """Return, for each mention, the event it names as (event, qualifier, participant): mentions of one event share it.

    None for a mention that names no one event: it counts one of several, or could be either of two participants'.
    """
    qualifiers: dict[str, set[str]] = {}
    participants: dict[str, set[str]] = {}
    for ref in refs:
        if not ref.counted:
            if ref.qualifier and not ref.named:
                qualifiers.setdefault(ref.event, set()).add(ref.qualifier)
            if ref.participant:
                participants.setdefault(ref.event, set()).add(ref.participant)
    # "the site visit" is "a mandatory site visit": a qualifier whose words are all in one other's is that one
    fuller = {(event, q): _only({o for o in qs if o != q and set(q.split()) < set(o.split())}) for event, qs in qualifiers.items() for q in qs}
    qualifiers = {event: {fuller.get((event, q)) or q for q in qs} for event, qs in qualifiers.items()}
    out: list[tuple[str, str, str] | None] = []
    for ref in refs:
        if ref.counted or not ref.event:
            out.append(None)
            continue
        # "the vote" in an article of a strike vote and a leadership vote is either: it is told apart from both
        # ("an earlier hearing" is another one than the hearing the article is about: no plain mention takes that word)
        qualifier = fuller.get((ref.event, ref.qualifier)) or ref.qualifier or _only(qualifiers.get(ref.event, set()) - _OTHER_ONE) or ""
        participant = ref.participant or _only(participants.get(ref.event, set()))
        # "the decision" where the council and the board both decided: either
        out.append(None if participant is None else (ref.event, qualifier, participant))
    return out


# qualifiers that tell one event of a kind from the one the article is about by its place in a series
_OTHER_ONE = frozenset({"earlier", "previous", "prior", "last", "later", "subsequent", "further", "another"})


def _only(values: set[str]) -> str | None:
    """The one value of a set, "" for none, None for two or more."""
    if len(values) > 1:
        return None
    return next(iter(values), "")
