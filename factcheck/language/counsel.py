"""Who a lawyer acts for in a case, as the copy tells it.

"Advocate Rikus Kotzé … appeared for the ministry", "Kotzé, who represented the conservancy throughout", "the families'
attorney, Neo Kgosiemang", "The board was represented by Lesego Tau": each gives a named lawyer a client, read as the
client's head noun ("ministry", "conservancy", "families", "board"). The prosecution and the defence are read as sides
whatever their words ("the State", "the Crown", "the prosecution"; "the defence", "the accused").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TITLE = r"(?:(?:Advocate|Adv\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Attorney|Counsel)\s+)?"
_NAME = r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:van|von|de|der|du|da|la|le|[A-Z][\w'\u2019-]+)){0,3})"
_CLIENT = r"(?P<client>(?:the\s+)?(?:[A-Za-z][\w'\u2019-]*\s+){0,3}?[A-Za-z][\w'\u2019-]*?)(?:['\u2019]s?)?(?=\s*(?:[,.;:)]|\Z)|\s+(?:and|during|throughout|in|at|on|before|who|which|when|while|since|until|said|told|argued)\b)"
_ACTS_FOR = r"(?:appeared|appears|appearing|acted|acts|acting)\s+for"
_REPRESENTS = r"(?:has\s+|had\s+)?(?:represented|represents|appeared\s+for|acted\s+for|was\s+acting\s+for|is\s+acting\s+for)"
_LAWYER = r"(?:attorney|lawyer|counsel|advocate|solicitor|barrister|legal\s+representative)s?"

_PATTERNS = (
    # "Advocate Rikus Kotzé, instructed by the Government Attorney, appeared for the ministry"
    re.compile(rf"{_TITLE}{_NAME}(?:,\s+[^,;.]{{1,80}},)?\s+{_ACTS_FOR}\s+{_CLIENT}"),
    # "Kotzé, who represented the conservancy throughout the proceedings"
    re.compile(rf"{_TITLE}{_NAME},\s+who\s+{_REPRESENTS}\s+{_CLIENT}"),
    # "Lesego Tau, representing the board", "Jane Moyo, counsel for the State"
    re.compile(rf"{_TITLE}{_NAME},\s+(?:representing|appearing\s+for|acting\s+for|{_LAWYER}\s+for)\s+{_CLIENT}"),
    # "The board was represented by Lesego Tau"
    re.compile(rf"(?P<client>(?:[Tt]he\s+)?(?:[A-Za-z][\w'\u2019-]*\s+){{0,2}}?[A-Za-z][\w'\u2019-]*)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+represented\s+by\s+{_TITLE}{_NAME}"),
    # "the solicitor acting for the union branch, Ruaraidh Dunlop", "counsel for the State, Jane Moyo"
    re.compile(rf"{_LAWYER}\s+(?:(?:acting|appearing)\s+)?for\s+(?P<client>(?:the\s+)?(?:[A-Za-z][\w'\u2019-]*\s+){{0,3}}?[A-Za-z][\w'\u2019-]*),\s+{_TITLE}{_NAME}"),
    # "the families' attorney, Neo Kgosiemang", "the State's counsel, Adv. Moyo"
    re.compile(rf"(?P<client>(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){{0,2}}[A-Za-z][\w-]*?)(?:['\u2019]s?)\s+{_LAWYER},\s+{_TITLE}{_NAME}"),
)

_SIDES = {
    "prosecution": "prosecution", "state": "prosecution", "crown": "prosecution", "republic": "prosecution", "prosecutor": "prosecution",
    "prosecutors": "prosecution", "dpp": "prosecution", "people": "prosecution", "commonwealth": "prosecution",
    "defence": "defence", "defense": "defence", "accused": "defence", "defendant": "defence", "defendants": "defence",
}
_DETERMINERS = frozenset("the a an its their his her s".split())
_NOT_CLIENTS = frozenset("him her them it himself herself themselves his their its free".split())


@dataclass(frozen=True)
class Counsel:
    """A named lawyer's client, where the copy tells it: start and end of the telling, the lawyer's surname and name as
    written, and the client's head noun (a side for the prosecution or the defence)."""

    start: int
    end: int
    surname: str
    name: str
    client: str
    opposite: str | None  # the other side, for the prosecution or the defence
    words: frozenset[str]  # the client's words ("university", "court"): "the university" is "the university court"


def client_head(words: str) -> str | None:
    """The head noun of a client as written ("the land board" -> "board", "the State" -> "prosecution"), or None."""
    last = re.sub(r"['\u2019]s?$", "", words.split()[-1]).lower()
    if last in _NOT_CLIENTS:
        return None
    return _SIDES.get(last, last)


def read_counsel(text: str) -> list[Counsel]:
    """Each lawyer the text names with a client, in order."""
    if not re.search(r"\b(?:for|represent\w*|attorney|lawyer|counsel|advocate|solicitor|barrister)\b", text, re.I):
        return []
    found: dict[int, Counsel] = {}
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            head = client_head(m.group("client"))
            if head is None:
                continue
            name = m.group("name")
            opposite = {"prosecution": "defence", "defence": "prosecution"}.get(head)
            words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", m.group("client")) if w.lower() not in _DETERMINERS) | {head}
            found.setdefault(m.start("name"), Counsel(m.start(), m.end(), name.split()[-1], name, head, opposite, words))
    return [found[k] for k in sorted(found)]
