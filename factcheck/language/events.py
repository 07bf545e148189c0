"""What factcheck knows about events: the verbs that report them, as data (rules/events.yaml).

An event is named by a noun ("the hearing", "the decision") or told by a verb ("was heard",
"granted permission"). The shipped rules/events.yaml says which verb reports which event, and
which events other nouns name; a newsroom layers its own `events:` section over it. Every
error names the file, line and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import RuleFileError
from ..ruleyaml import Located, parse_located, shipped_rules_dir, word_list

# verbs:       each event (its noun) with the verb forms, as written before a date, that report it
# dated_ahead: verbs whose future forms event-date-conflict dates too ("will be unveiled on 13 March"): stale-preview leaves them to it
# nouns:       each event with the other nouns that name it ("the council's decision" of a grant of permission)
# outcomes:    nouns that name an event only once it is over ("Saturday's win"): a day they are of is a day gone
# sittings:    events a body holds ("its 12 May meeting"): "its" is the body its sentence names before
# acts:        one-off acts done to a thing, each with the verb forms that tell it done to its object before a date
#              ("lodged its bidder's statement with ASIC on 4 August" is the lodging of the statement)
# states:      what a thing may become on a day ("the offer became unconditional on June 30"): that change is an event
# once:        events a life has once ("a memorial service will be held Monday, Nov. 17" is the memorial service told before)
_SECTIONS = ("verbs", "dated_ahead", "nouns", "outcomes", "sittings", "acts", "states", "once")
_REQUIRED = ("verbs", "dated_ahead")


@dataclass(frozen=True)
class EventKnowledge:
    """The event each verb reports, the verbs dated ahead, and the nouns that name each event."""

    verb_events: dict[str, str]  # "died" -> "death"
    dated_ahead: frozenset[str]  # "unveiled", "sentenced" ...
    noun_events: dict[str, str]  # "decision" -> "decision", "permission" -> "decision"
    outcomes: frozenset[str] = frozenset()  # "win", "defeat" ...
    sittings: frozenset[str] = frozenset()  # "meeting", "session" ...: held by a body
    act_verbs: dict[str, str] | None = None  # "lodged" -> "lodging"
    states: frozenset[str] = frozenset()  # "unconditional", "law" ...: what a thing becomes on a day
    once: frozenset[str] = frozenset()  # "funeral", "memorial" ...: one to a life, whatever article brings it in

    def event_of_noun(self, noun: str) -> str:
        """The event a noun names: itself unless a rule file names it as another event's noun."""
        return self.noun_events.get(noun.lower(), noun.lower())


def new_events_layers() -> dict:
    """Return an empty accumulator for event knowledge: files are read into it in order, then built once."""
    return {"verbs": {}, "dated_ahead": [], "nouns": {}, "outcomes": [], "sittings": [], "acts": {}, "states": [], "once": []}


def parse_events_into(tree: Located, acc: dict, where: str = "events", *, whole: bool = False) -> None:
    """Validate one events section (the shape of rules/events.yaml) and add it to acc.

    Later files add events and move a verb (or noun) they name again to its new event; `dated_ahead` and `outcomes` extend.
    """
    if not isinstance(tree.value, dict):
        raise tree.error(f"{where} must be a mapping of sections such as 'verbs:'")
    for name, (key, _) in tree.value.items():
        if name not in _SECTIONS:
            raise key.error(f"unknown key '{name}' in {where} (expected one of {', '.join(_SECTIONS)})")
    for name in _REQUIRED if whole else ():
        if name not in tree.value:
            raise tree.error(f"{where} need a '{name}' section")
    for section in ("verbs", "nouns", "acts"):
        if section not in tree.value:
            continue
        node = tree.value[section][1]
        if not isinstance(node.value, dict):
            raise node.error(f"'{section}' must map each event to its {section}")
        for event, (key, forms) in node.value.items():
            if not isinstance(event, str) or event != event.lower():
                raise key.error(f"{section}: write the event '{event}' in lower case")
            for form in word_list(forms, f"{section}.{event}", lower_case=True):
                acc[section][" ".join(form.split())] = event
    for section in ("dated_ahead", "outcomes", "sittings", "states", "once"):
        if section in tree.value:
            acc[section] += word_list(tree.value[section][1], section, lower_case=True)


def read_events_file(path: str, acc: dict, *, whole: bool = False) -> None:
    """Read one events file (the shape of rules/events.yaml) into acc; raise RuleFileError if broken."""
    tree = parse_located(path)
    if whole and not tree.value:
        raise RuleFileError(path, 1, 1, "event rules are empty")
    parse_events_into(tree, acc, "event rules", whole=whole)


def build_events(acc: dict) -> EventKnowledge:
    """Return the event knowledge built from an accumulator the files were read into."""
    return EventKnowledge(dict(acc["verbs"]), frozenset(acc["dated_ahead"]), dict(acc["nouns"]), frozenset(acc["outcomes"]), frozenset(acc["sittings"]),
                          dict(acc.get("acts", {})), frozenset(acc.get("states", [])), frozenset(acc.get("once", [])))


def load_events(path: str | None = None) -> EventKnowledge:
    """Return the event knowledge of one whole file (the shipped rules/events.yaml by default)."""
    acc = new_events_layers()
    read_events_file(path or str(Path(shipped_rules_dir()) / "events.yaml"), acc, whole=True)
    return build_events(acc)


@lru_cache(maxsize=1)
def _shipped() -> EventKnowledge:
    """The shipped file's knowledge, read once per process."""
    return load_events()


def events_of(knowledge) -> EventKnowledge:
    """Return the event knowledge of a configuration's knowledge (`RuleSet.knowledge`), the shipped file's when it has none."""
    given = knowledge.get("events") if knowledge else None
    if isinstance(given, EventKnowledge):
        return given
    return _shipped()
