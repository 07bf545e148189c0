"""The people of one document, read once and shared by name-variant and person-title-conflict.

Reading people (name runs, office phrases, roles, linking mentions) is the costly part of
both checks, so the annotation (`Annotation.people`) reads it once per document and keeps
it for that document only: parallel workers and successive files never share state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Block, BlockKind, Document
from ..language.dates import weekday_number
from ..language.people import People, PeopleKnowledge, read_people
from ..language.roles import Org, RoleMention, RolesKnowledge, _named_org, after_fronted_clause, find_titles, roles_of, same_org

# Blocks that carry names of the story's people (bylines name the reporter; asides other stories).
_SKIP = frozenset({BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.ASIDE})


@dataclass(frozen=True, eq=False)
class PeopleReading:
    """The blocks read (in order) and the people found in them; people.names[i] belongs to blocks[i]."""

    knowledge: PeopleKnowledge
    roles: RolesKnowledge
    blocks: list[Block]
    people: People
    organisations: "Organisations | None" = None  # the bodies the article names (read_organisations)


def read_people_of(doc: Document, kb: PeopleKnowledge, rk: RolesKnowledge | None = None) -> PeopleReading:
    """Return the people of a document read with kb and the roles knowledge rk (the annotation keeps it for the document)."""
    rk = rk or roles_of(None)
    blocks = [b for b in doc.blocks if b.kind not in _SKIP and b.text.strip()]
    people = read_people([b.text for b in blocks], kb, rk)
    _add_titles(people, blocks, kb, rk)
    return PeopleReading(kb, rk, blocks, people, read_organisations(blocks, rk, people))


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


# --- organisation coreference -------------------------------------------------------

# A run of capitalised words (with "of", "and", "&" inside) that may name a body: "Kericho Highlands Tea Ltd".
_NAME_RUN_RE = re.compile(r"(?<![\w'’-])[A-Z][\w&'’.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?[A-Z][\w&'’.-]*)*")
_AND_RE = re.compile(r"\s+(?:and|&)\s+")
# "the company", "the club's", "The firm": a body the copy refers back to by its kind's noun.
_THE_NOUN_RE = re.compile(r"(?<![\w'’-])[Tt]he\s+([a-z][a-z-]+)(?![\w-])")
# Blocks whose names are not the story's bodies (captions repeat them in shorthand).
_NO_BODIES = frozenset({BlockKind.CAPTION})


@dataclass(frozen=True, eq=False)
class Organisations:
    """The bodies an article names (one Org per body however written, with its kind), the ones its headline names,
    and the kinds the copy refers to by a bare noun ("the company", "the club")."""

    named: tuple[Org, ...]
    lead: tuple[Org, ...]
    called: frozenset[str]

    def body(self, org: Org) -> Org | None:
        """Return the named body a named organisation is (one name inside the other, or a letter or two out)."""
        if org.name is None:
            return None
        return next((b for b in self.named if same_org(b, org)), None)

    def refer(self, org: Org | None, kinds: frozenset[str] = frozenset(), lead: bool = True) -> Org | None:
        """Return the named body a mention stands for, or None when the copy leaves it open.

        A named organisation is the body it names. "The company" (an Org of a kind and no name) is the one body of
        that kind the article names; with two or more, the one its headline names, when the copy calls it "the
        company". A role given with no organisation at all is, the same way, the one body of the kinds the role
        belongs to (`kinds`; any kind when empty); two candidates leave it open."""
        if org is not None and org.name is not None:
            body = self.body(org)
            if body is not None and (org.kind is None or org.kind.startswith("#")):
                # a name of no known kind is a body written in full or by its first words ("Kericho Highlands Tea",
                # "Kericho" are Kericho Highlands Tea Ltd), not by words from inside it ("Highlands")
                return body if body.name[: len(org.name)] == org.name else org
            return body if body is not None and body.kind == org.kind else org
        if org is not None and org.kind is None:
            return None
        allowed = frozenset({org.kind}) if org is not None else kinds
        fits = [b for b in self.named if not allowed or b.kind in allowed]
        if len(fits) == 1 and (org is not None or fits[0].kind in self.called):
            return fits[0]  # a role with no body at all: only in copy that calls its body "the company"
        ours = [b for b in self.lead if not allowed or b.kind in allowed] if lead else []
        if len(ours) == 1 and ours[0].kind in self.called:
            return ours[0]
        return None


def read_organisations(blocks: list[Block], rk: RolesKnowledge, people: People | None = None) -> Organisations:
    """Return the bodies an article names: every run of capitalised words ending in a word roles.yaml gives a kind
    ("Harcastle Foods", "Westbury Town Council"; "Sligo County Council and Leitrim County Council" are two), every
    named organisation of a known kind a role is given in, each body once (the first way it is written)."""
    named: list[Org] = []
    lead: list[Org] = []
    # the story's own bodies are the ones its headline names, or when it names none, its first paragraph
    heads = [b for b in blocks if b.kind is BlockKind.HEADLINE]
    first = [b for b in blocks if b.kind is BlockKind.PARAGRAPH][:1]

    def add(org: Org, into: list[Org]) -> None:
        if org.name is None or org.kind is None:
            return
        k = next((k for k, o in enumerate(into) if same_org(o, org)), None)
        if k is None:
            into.append(org)
        elif len(org.name) > len(into[k].name) and org.kind == into[k].kind:
            into[k] = org  # "Rovers" in the headline, "Westbury Rovers" in the copy: the body by its fuller name

    for b in blocks:
        if b.kind in _NO_BODIES:
            continue
        for org in _bodies_in(b.text, rk):
            add(org, named)
        for org in _bodies_in_apposition(b.text, rk):
            add(org, named)
    held_in = [r.org for roles in (people.roles if people is not None else ()) for r in roles
               if r.org is not None and r.org.name is not None and not r.org.name[0].startswith("#")]
    for org in held_in:
        if org.kind is not None:
            add(org, named)
    for org in held_in:
        # "chairman of Dunmore Thistle" (a name of no known kind) is the fuller name of the club "Thistle manager" names
        k = next((k for k, b in enumerate(named) if org.kind is None and len(org.name) > len(b.name) and org.name[-len(b.name):] == b.name), None)
        if k is not None:
            named[k] = Org(org.name, named[k].kind, org.written)
    for b in heads + first:
        if b in first and lead:
            break
        for m in _NAME_RUN_RE.finditer(b.text):
            for piece in _AND_RE.split(m.group()):
                org = _named_org(piece, rk)
                if org is None or org.name is None:
                    continue
                # the headline's name must start as the body's does ("Annadaata" is Annadaata Technologies; "Tea
                # growers" is not Kericho Highlands Tea)
                body = next((o for o in named if same_org(o, org) and o.name[0] == org.name[0]), None)
                if body is not None:
                    add(body, lead)
    called = frozenset(rk.org_nouns[m.group(1)] for b in blocks if b.kind not in _NO_BODIES for m in _THE_NOUN_RE.finditer(b.text) if m.group(1) in rk.org_nouns)
    return Organisations(tuple(named), tuple(lead), called)


POSSESSIVE_END_RE = re.compile(r"['’]s?\Z")  # "the Cambria NHS Trust's board": the body's name is before the 's
def _common_noun(written: str, rk: RolesKnowledge) -> bool:
    """True for one capitalised word that names no body: a day ("on Wednesday" is no club) or a kind's noun, in the
    singular or plural, opening a sentence or a crosshead ("Hospitals under strain")."""
    low = POSSESSIVE_END_RE.sub("", written.lower())
    return " " not in written and (weekday_number(low) is not None or low in rk.org_nouns or low.endswith("s") and low[:-1] in rk.org_nouns)


# "Bengaluru-based", "London-listed": a place made an adjective, before a body's name and no part of it
_ADJECTIVE_RE = re.compile(r"[A-Z][\w'’]*-[a-z]+\s+")


def _bodies_in(text: str, rk: RolesKnowledge) -> list[Org]:
    out = []
    for m in _NAME_RUN_RE.finditer(text):
        written = ""
        run = m.group()
        while (adj := _ADJECTIVE_RE.match(run)) is not None:
            run = run[adj.end() :]
        for piece in _AND_RE.split(run):
            # "Timmins and District Hospital" is one body: a piece not ending in a body's word joins the next
            written = f"{written} and {piece}" if written else piece
            if POSSESSIVE_END_RE.sub("", piece.split()[-1]) in rk.org_suffixes and not _common_noun(written, rk):  # "on Wednesday" names no club
                org = _named_org(written, rk)
                if org is not None and org.name is not None and org.kind is not None:
                    out.append(org)
                written = ""
    return out


# "its own operator, Caledonian Isles Ferries": a body's kind noun, then its name in apposition; and "Caledonian Isles
# Ferries, the state operator," the other way round. A name of no known kind ("Ferries") takes the noun's kind.
_NOUN_THEN_NAME_RE = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[A-Z][\w-]*['’]s)\s+(?:[a-z][\w'’-]*\s+){0,3}(?P<noun>[a-z][a-z-]+),\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’.-]*)*)(?=\s*[,.;)]|\s*\Z)")
_NAME_THEN_NOUN_RE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’.-]*)*),\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}(?P<noun>[a-z][a-z-]+)(?=\s*[,.;)]|\s+(?:that|which)\b)")


def _bodies_in_apposition(text: str, rk: RolesKnowledge) -> list[Org]:
    """Return the names text sets in apposition with a body's kind noun, of that kind: a name of two words or more,
    not one a suffix already types, nor a person's (a name of one word may be a person: "the company, Smith said")."""
    out = []
    for pattern in (_NOUN_THEN_NAME_RE, _NAME_THEN_NOUN_RE):
        for m in pattern.finditer(text) if ", " in text else ():
            kind = rk.org_nouns.get(m.group("noun"))
            org = _named_org(m.group("name").rstrip("."), rk) if kind else None  # the name, not its sentence's stop
            if org is None or org.name is None or org.kind is not None or len(org.name) < 2:
                continue
            out.append(Org(org.name, kind, org.written))
    return out


# How a role given with no organisation is written when it is the article's own body's: "the chairman", "Chief
# executive Jane Smith" opening a sentence or after the quote's "said" ("…," said Mayor X), "Jane Smith, chief executive," and "Smith is co-founder and chief
# executive". Not "whose chief executive", "a chief executive", "another firm's": those are some other body's.
_DEFINITE_BEFORE_RE = re.compile(r"(?<![\w'’-])[Tt]he\s+\Z")
_PREDICATE_BEFORE_RE = re.compile(r"(?<![\w'’-])is\s+(?:now\s+|also\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+and\s+)?\Z")
_OPENING_BEFORE_RE = re.compile(r"(?:\A|[.!?:;][\"'”’)]?\s+|\n\s*|(?P<said>[,\"”]\s+(?:said|says|added|told\s+\w+|according\s+to)\s+))(?:[A-Z][\w-]*\s+)?\Z")
_TITLE_GAP_RE = re.compile(r"\s+(?:[A-Z][a-z]{1,5}\.?\s+)?\Z")
_APPOSITION_GAP_RE = re.compile(r",\s+(?:the\s+)?\Z")
_JOINED_TITLE_BEFORE_RE = re.compile(r"(?<![\w-])(?:[A-Z][\w-]*\s+){1,3}(?:and|&)\s+\Z")
# "chairman of a depot owners' association", "chief executive at Greenhow": a body said after the role, not the article's
QUALIFIED_AFTER_RE = re.compile(r"\s+(?:of|at|for|with|in|from)\b")


# a proper name written mid-sentence just before a title ("said Cardiff head coach"): after a lower-case word
_NAME_BEFORE_TITLE_RE = re.compile(r"(?<=[a-z] )([A-Z][a-z][\w'’-]*)\s+\Z")


def own_body_role(text: str, r: RoleMention) -> bool:
    """True when a role given with no organisation, or with a body's kind only ("the club's", "club captain"), is
    written as the article's own body's: after "the", as a title opening its sentence before the holder's name, after
    its holder's name and a comma, or after "is" ("Local community council chair X" is some other council's)."""
    if r.org is not None and r.org.name is not None or r.modifiers:
        return False
    if QUALIFIED_AFTER_RE.match(text, r.end):
        return False
    if text[r.start : r.start + 4].lower() == "the ":
        return True  # "the company's chairman", written with its article
    before = text[max(0, r.start - 60) : r.start]
    if _DEFINITE_BEFORE_RE.search(before) or _PREDICATE_BEFORE_RE.search(before):
        return True
    if r.holder is None:
        return False
    # "Managing Director and CEO X": a title joined to another before it opens where that one does
    joined = _JOINED_TITLE_BEFORE_RE.search(before)
    start = r.start - len(joined.group()) if joined else r.start
    before = text[max(0, start - 60) : start]
    if r.holder[0] >= r.end and (_OPENING_BEFORE_RE.search(before) or after_fronted_clause(text, start)) and _TITLE_GAP_RE.match(text[r.end : r.holder[0]] + " "):
        return True  # "Council speaker X suspended …", "When the meeting resumed, Speaker X warned …"
    return r.holder[1] <= r.start and bool(_APPOSITION_GAP_RE.fullmatch(text[r.holder[1] : r.start]))


def role_body(organisations: Organisations, text: str, r: RoleMention, kinds: frozenset[str]) -> Org | None:
    """Return the named body a role is held in: the one it names, the one "the company's" stands for, or, for a role
    written as the article's own body's (own_body_role), the one body of its kinds the article is about; else None."""
    if r.org is not None and r.org.name is not None and r.org.name[0].startswith("#"):
        return None  # "its chief operating officer": a body a pronoun points at, not resolved here
    if (r.org is None or r.org.name is None) and not own_body_role(text, r):
        return None
    if r.org is None and (name := _NAME_BEFORE_TITLE_RE.search(text, max(0, r.start - 40), r.start)) is not None \
            and not any(name.group(1).lower() in b.name for b in organisations.named):
        return None  # '…," said Cardiff head coach X' beside the Scarlets: a body the copy names by a word of no body it reads
    if r.body_unsaid:
        # "Registrar Dr X said": a role of some kinds of body only (a hospital's registrars are many), written with
        # none, is the story's own body's when the headline (else the first paragraph) names one body of those kinds
        lead = [b for b in organisations.lead if b.kind in kinds]
        return lead[0] if len(lead) == 1 else None
    # "…," said Mayor X: a title after the quote, the article's own body's only where it names no other of the kind
    # (a neighbouring council's mayor is quoted so too); opening a sentence, its lead's
    said = r.org is None and r.holder is not None and (m := _OPENING_BEFORE_RE.search(text[max(0, r.start - 60) : r.start])) is not None and m.group("said")
    return organisations.refer(r.org, kinds, lead=not said)
