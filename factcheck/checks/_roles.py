"""Conflicts between the roles people hold in organisations, for person-title-conflict. Not a check: it registers nothing.

The roles come from factcheck.language.roles (read once per document with the people, in
_people.py); the knowledge of which roles are unique, which exclude each other and the ranks
is data in rules/roles.yaml. Five conflicts are found:

- one person given two roles that exclude each other in one organisation ("chief executive
  Jane Smith" … "finance director Jane Smith"; the head and the deputy head of one school; the
  heads of two departments, "head of libraries" … "head of finance", unless one department's
  words hold the other's, "head of libraries and archives");
- one person given two ranks of one service ("Supt Ian Kerr" … "Ch Insp Ian Kerr"; "SSP Brar" …
  "Deputy Inspector General Brar"; "Archdeacon Oduya" … "Bishop Oduya");
- one person in two parties ("Ann Cole (Lab)" … "Conservative councillor Ann Cole"), or in
  the same one-organisation role in two named organisations ("Rovers striker X" … "City
  striker X"), or "of" one named organisation ("Ms Ha, of Brightline Analytics") and in a
  one-organisation role at, or "of", another of the same kind ("an analyst at Meridian Research");
- one person given two posts of one organisation with no change stated: two roles roles.yaml makes unique
  or a department's head, or titles of any wording (its title_heads: "Terminal manager X", "HSE regional
  executive officer X", one of the two at least a role roles.yaml knows) in two paragraphs, compared by their
  words read through title_synonyms, so that neither may hold the
  other's ("finance chief" is the chief financial officer; "director" is in "managing director") and no pair is
  roles.yaml's `compatible` ("president and chief executive"); the organisation must be one: both unsaid,
  one unsaid and the other a body of the kind the role belongs to (any, for a title), or the same body
  ("who chairs the committee" is some body of its own). The head a verb makes ("who has led the diocese")
  is compared only with a deputy's post of any wording in it ("Auxiliary Bishop X"); a post and its deputy's,
  however else worded, are not one person's ("district police chief X" … "deputy police chief X": one's words
  hold the other's);
- one unique role of one organisation given to two people, a department's head being unique to its
  department ("the club's manager, A" …
  "Rovers manager B"; "The Cathaoirleach, Cllr A" … "Cathaoirleach Cllr B", each written as the
  body's title, in copy that names exactly one body of the role's kind and no other; or each written as
  the article's own body's, which organisation coreference in reading/people.py resolves to one named body:
  "Chief executive A" … "B is co-founder and chief executive" in a story about one company; a role only some kinds
  of body have one of, written as a title with none, "Registrar Dr A said" … "Registrar Dr B said" (or "The registrar,
  Dr B, said"), in a story whose
  headline names one university: not in one led by a hospital, whose registrars are many).

In a profile or obituary whose headline names one person, named more than anyone else, a role
the copy gives by pronoun ("In 1972 she was appointed the orchestra's principal cellist"), the
pronoun the copy uses of its subject, in a sentence naming no one, is that person's.
An organisation left unsaid is taken to be the one the person's other role names; a
"the club's" kind of reference is the article's club. A named organisation of no known kind
takes the kind the article gives it elsewhere ("Thistle captain X" makes "Thistle chairman Y"
a club's), is the body it abbreviates when the copy writes the name out before it in brackets ("the
Office of Civil Defense (OCD)" makes "OCD Deputy Administrator" the office's and "Civil Defense
Administrator" too) or, when the headline names it, is the body "the company's" stands for where the
copy also calls that body "the company" (not "committee chair", a committee's). Two ranks of
one ladder conflict unless a sentence naming the person states a change of rank (promoted, demoted, became, made,
acting …) that names no rank or a rank as high as both ("Lt Col X, who was promoted from Major"): "the Ven X becomes
archdeacon" says nothing of a later "Bishop X", and "Insp. Karen Lowry, who until January ran the property crimes
section" changed a job, not a rank. Nothing is reported when a modifier
says the role belongs to another time (former, interim, acting, new...), when a sentence
that gives the person (or no one named) a role also says that role changed (appointed,
promoted, joined, defected, left... in people.yaml and roles.yaml: another holder's "will
step down" explains nothing of this person's roles, and a deputy's "who joined from
Aberlour" nothing of the office itself; a change word past the person's relative clause, in
the sentence's main verb, counts: "Sgt Ewa Nowak, who speaks Polish ..., was promoted to
inspector"), for two parties when any sentence naming the person
says they changed party outside quotes (roles.yaml's party_change_words: "who formally defected
to the APC on Monday"), when the person is given both roles in one
sentence (the copy says they are held together), or in captions. Two holders of one role
are explained by a change stated in a sentence naming a holder and that role ("who
replaced Jones as manager"), not by any change word beside the name, nor by one that only
says since when a holder holds it (roles.yaml's taking_words with a past time and nothing
ahead: "who joined it in 2019 and became chair in 2022", "who was elected to the post in 2023").
"""

from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from ..document import Block, BlockKind
from ..findings import Hit, RelatedHit
from ..language.dates import weekday_number
from ..language.people import People, PeopleKnowledge, Person
from ..reading.people import POSSESSIVE_END_RE, QUALIFIED_AFTER_RE, Organisations, own_body_role, role_body
from ..language.roles import Org, RoleMention, RolesKnowledge, _named_org, affiliation_after, defined_abbreviations, org_keys, rank_key, same_org, title_key

_NOT_COMPARED = frozenset({BlockKind.CAPTION})
CHECK_ID = "person-title-conflict"
# people.yaml's words for a run for office: in a company, club or force "bid" and "race" are business and sport.
_CAMPAIGN_WORDS = frozenset({"bid", "campaign", "race", "running", "ran", "hopeful", "challenger"})
# people.yaml's words for standing for an office, which say nothing of a change of party ("the Fine Gael candidate").
_STANDING_WORDS = frozenset({"candidate", "nominee", "nominated"})
# changes of a post that say nothing of a party: "should not be left to the incoming chair" moves no one between parties
_POST_CHANGE_WORDS = frozenset({"incoming", "outgoing", "acting", "interim", "appointed", "appointment", "promoted", "promotion", "retired",
                                "retiring", "retire", "retires", "successor", "predecessor"})
# How far around a role a change word speaks of it ("Jane Smith, who was promoted to inspector in May").
_CHANGE_BEFORE, _CHANGE_AFTER = 50, 40


def _sentence_start(block: Block, pos: int) -> int:
    k = bisect_right(block.sentences, pos, key=lambda s: s.start) - 1  # sentences are in order: a search, not a scan
    if k >= 0 and block.sentences[k].start <= pos < block.sentences[k].end:
        return block.sentences[k].start
    return 0


def _written(block: Block, r: RoleMention) -> str:
    return " ".join(block.text[r.start : r.end].split())


def _hit(blocks, j: int, later, i: int, earlier, message: str, related: str) -> Hit:
    """A finding at a later role (block j) pointing at the earlier one it contradicts (block i)."""
    return Hit(CHECK_ID, _span(blocks, j, later), message, (RelatedHit(_span(blocks, i, earlier), related),))


def _span(blocks: list[Block], i: int, r: RoleMention):
    start = min(r.start, r.holder[0]) if r.holder else r.start
    end = max(r.end, r.holder[1]) if r.holder else r.end
    return blocks[i].source_span(start, end)


def _pronoun(org: Org | None) -> bool:
    return bool(org and org.name and org.name[0].startswith("#"))


def _the_one(org: Org) -> bool:
    """True for a body a verb's role is held in, named by "the" and one noun ("who presided over the trial"): the
    article's one of its kind."""
    return org.name[0] == "#body" and re.fullmatch(r"the [a-z]+", org.name[1]) is not None


def _a_board(org: Org) -> bool:
    """True for "the board" named alone: the governing board of whichever body the copy is about."""
    return org.generic and org.written.lower() in ("board", "the board")


def _lenient(a: Org | None, b: Org | None) -> bool:
    """May two roles of one person be in one organisation? An organisation left unsaid may be any, but not some other
    body a verb names ("the vice-chairman" and "who chairs the club's community trust": the trust is not the club)."""
    if a is None and b is None:
        return True
    if a is None or b is None:
        return not ((a or b).name and (a or b).name[0] == "#body")
    if _a_board(a) or _a_board(b):
        return True  # "who chairs the board" and "the cooperative's vice-chair": the board is the cooperative's
    if a.generic != b.generic:
        generic, named = (a, b) if a.generic else (b, a)
        return named.kind == generic.kind or named.kind == _SUBJECT and generic.anaphoric
    return same_org(a, b)


def _lead_body_apart(blocks: list[Block], i: int, r: RoleMention, other: RoleMention, organisations: Organisations | None) -> bool:
    """True when a role given with no organisation, written as the article's own body's ("Chief Financial Officer Shanika
    Perera" in a story led by Hayleys PLC), is the story's one body of the kind the other role names, and that is not
    the other's ("a non-executive director of Ceylon Tea Brokers PLC"): two bodies, no conflict."""
    if organisations is None or r.org is not None or other.org is None or other.org.generic or other.org.kind is None:
        return False
    if not own_body_role(blocks[i].text, r):
        return False
    lo, hi = _sentence_start(blocks[i], r.start), _sentence_end(blocks[i], r.start)
    if other.org.name and other.org.name[0] in blocks[i].text[lo:hi].lower():
        return False  # "at Orchard Lane Primary, where the head teacher, Rosário Teixeira": the other's body, named beside it
    lead = [b for b in organisations.lead if b.kind == other.org.kind]
    return len(lead) == 1 and not same_org(lead[0], other.org)


def _exclusive(rk: RolesKnowledge, a: RoleMention, b: RoleMention) -> bool:
    if {a.kind, b.kind} == {"rank", "title"}:
        # "Bishop Thiessen" … "The diocese's assistant bishop, Margaret Thiessen": the rank, and a deputy's post under it
        rank, title = (a, b) if a.kind == "rank" else (b, a)
        names = {rk.rank_names.get(level, "").lower() for level in rank.levels}  # "the Right Rev. X" is a bishop
        if title.form and title.form.split()[0].lower() in rk.rank_deputies:
            return False  # "the diocese's suffragan bishop, the Rt Revd Claire Hindley" … "Bishop Hindley": a bishop by rank
        return title.deputy and bool(names & set(title.base.split(":", 1)[-1].split())) and _lenient(rank.org, title.org)
    if a.kind != b.kind:
        return False
    if a.kind == "rank":
        services = {s for s, _ in a.levels} & {s for s, _ in b.levels}
        return bool(services) and not set(a.levels) & set(b.levels)
    if a.kind == "party":
        return a.role != b.role
    if a.deputy != b.deputy and a.base != b.base and a.base.split(" for ", 1)[0] == b.base.split(" for ", 1)[0]:
        # "the university's vice-chancellor" and "Deputy vice-chancellor for student affairs": the head is no deputy of a part
        return _lenient(a.org, b.org)
    if a.base == b.base:
        if _other_department(a, b):
            # "the council's head of libraries" and "its head of finance": one person heads one department
            return not a.deputy and not b.deputy and _lenient(a.org, b.org)
        return a.deputy != b.deputy and _lenient(a.org, b.org)
    sa, sb = rk.roles.get(a.base), rk.roles.get(b.base)
    if a.deputy != b.deputy and sa and sb and sa.groups & sb.groups and (a.base.endswith(" " + b.base) or b.base.endswith(" " + a.base)):
        # "Council leader X" and "Depute leader X": the body's head written with its body, and its deputy's post
        return _lenient(a.org, b.org)
    if a.kind == "title" and a.deputy != b.deputy and _HEAD not in (a.base, b.base):
        # "deputy police chief X" and "district police chief X": the post and its deputy's, however else worded
        wa, wb = (frozenset(r.base.split(":", 1)[1].split()) for r in (a, b))
        return (wa <= wb or wb <= wa) and _lenient(a.org, b.org)
    return bool(sa and sb and sa.groups & sb.groups) and not a.deputy and not b.deputy and frozenset((a.base, b.base)) not in rk.compatible \
        and _lenient(a.org, b.org)


def _post(rk: RolesKnowledge, r: RoleMention) -> bool:
    """True for a post: a title of any wording, or a role roles.yaml makes unique or a department's head; no deputy's,
    and not the head a verb makes ("who runs the charity" may be its chair or its chief executive)."""
    if r.kind == "title":
        return not r.deputy and r.role != _HEAD
    spec = rk.roles.get(r.base)
    return r.kind == "role" and not r.deputy and spec is not None and spec.post and (spec.unique or spec.department) and " for " not in r.role


# The role of the head a verb makes ("X, who has led the diocese since 2019"): see language/roles.find_titles.
_HEAD = "head:"


def _post_words(rk: RolesKnowledge, r: RoleMention) -> list[frozenset[str]]:
    """Return the ways a post is worded, as title_key word sets: a title's own words, or each form of a role."""
    if r.kind == "title":
        return [frozenset(r.base.split(":", 1)[1].split())]
    dept = title_key(r.department.split(), rk) if r.department else frozenset()
    return [title_key(f.split(), rk) | dept for f in rk.roles[r.base].forms]


def _post_kinds(rk: RolesKnowledge, r: RoleMention) -> frozenset[str] | None:
    """Return the kinds of organisation a role belongs to (None for a title of any wording: it may be any body's)."""
    if r.kind == "title":
        return None
    spec = rk.roles[r.base]
    return (spec.kinds or spec.groups) & frozenset(rk.org_nouns.values())


def _post_org(rk: RolesKnowledge, a: RoleMention, b: RoleMention) -> bool:
    """True when two posts are one organisation's: both unsaid (the article's own), one unsaid and the other a body
    of the kind the unsaid one belongs to, or both the same body."""
    x, y = a.org, b.org
    if _pronoun(x) or _pronoun(y):
        return False
    if x is None and y is None:
        return True
    if x is None or y is None:
        bare, other = (a, y) if x is None else (b, x)
        if other.name and other.name[0].startswith("#"):
            return False  # "who chairs the committee": some body of its own
        kinds = _post_kinds(rk, bare)
        if other.generic:
            return kinds is None or other.kind in kinds
        return kinds is not None and other.kind is not None and other.kind in kinds
    if x.generic or y.generic:
        return x.kind == y.kind
    return same_org(x, y)


def _two_posts(rk: RolesKnowledge, a: RoleMention, b: RoleMention) -> bool:
    """True for two different posts of one organisation: neither's words hold the other's ("finance chief" is the chief
    financial officer, "director" the managing director's), no pair roles.yaml calls compatible, both the same body's;
    or the organisation's head ("who has led the diocese") and a deputy's post in it ("Auxiliary Bishop")."""
    if {a.role, b.role} & {_HEAD} and a.kind == b.kind == "title":
        return (a.deputy or b.deputy) and _post_org(rk, a, b)
    if not _post(rk, a) or not _post(rk, b) or _key(a) == _key(b):
        return False
    if a.kind == b.kind == "title":
        # two titles of any wording may name one post two ways ("sales director", "commercial director"), unless one head's
        # words are opposites (roles.yaml opposite_titles: "Defensive coordinator X" … "offensive coordinator X")
        wa, wb = _post_words(rk, a)[0], _post_words(rk, b)[0]
        return a.base.split(":", 1)[1].split()[0] == b.base.split(":", 1)[1].split()[0] \
            and any(pair <= (wa ^ wb) and len(pair & wa) == 1 for pair in rk.opposite_titles) and _post_org(rk, a, b)
    if frozenset((a.base, b.base)) in rk.compatible:
        return False
    if any(x <= y or y <= x for x in _post_words(rk, a) for y in _post_words(rk, b)):
        return False
    return _post_org(rk, a, b)


def _other_department(a: RoleMention, b: RoleMention) -> bool:
    """True for two departments' heads: neither department's words include the other's ("finance" is "finance and resources")."""
    if not a.department or not b.department:
        return False
    wa, wb = set(a.department.split()), set(b.department.split())
    return not (wa <= wb or wb <= wa)


def _key(r: RoleMention) -> tuple[str, str]:
    """Return what a role is, with its department: the head of libraries is not the head of finance."""
    return r.role, r.department


def _other_org(rk: RolesKnowledge, a: RoleMention, b: RoleMention) -> bool:
    """One role a person holds in one organisation at a time, given in two named organisations."""
    if a.kind != "role" or _key(a) != _key(b) or a.org is None or b.org is None or a.org.generic or b.org.generic:
        return False
    if _pronoun(a.org) or _pronoun(b.org):
        return False  # "Their captain, Andre Charles": the body "their" points at is unsaid, and may be the named one
    spec = rk.roles.get(a.base)
    if not spec or not spec.single:
        return False
    one_kind = len((spec.kinds or spec.groups) & frozenset(rk.org_nouns.values())) == 1  # a player is a club's, whatever else names it
    if a.org.kind and b.org.kind and a.org.kind != b.org.kind and not one_kind:
        return False  # "council leader" and "party leader": two kinds of body
    return not same_org(a.org, b.org)


# A pronoun just before a role, with only lower-case words between: "she was appointed the orchestra's principal cellist".
_PRONOUN_SUBJECT_RE = re.compile(r"(?<![\w'’-])(?P<p>[Ss]he|[Hh]e)\s+(?:[a-z]+\s+){0,3}\Z")
_SHE = frozenset({"she", "her", "hers", "herself"})
_HE = frozenset({"he", "him", "his", "himself"})


def _pronoun_roles(people: People, blocks: list[Block]) -> tuple[Person | None, list[tuple[int, RoleMention]]]:
    """Return the article's subject and the roles the copy gives them by pronoun: in a profile or obituary whose headline
    names one person, who is named most, "she" (or "he", whichever the copy uses at least twice as often as the other)
    before a role nobody's name holds, in a sentence naming no one and a paragraph naming no one else before it, is
    that person."""
    heads = [i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADLINE]
    named = [p for p in people.persons if any(i in heads for i, _ in p.mentions)]
    if len(named) != 1 or not heads:
        return None, []
    subject = named[0]
    if any(len(p.mentions) >= len(subject.mentions) for p in people.persons if p is not subject):
        return None, []
    counts = {"she": 0, "he": 0}
    for b in blocks:
        if b.kind is BlockKind.HEADLINE:
            continue
        for w in re.findall(r"[A-Za-z]+", b.text):
            low = w.lower()
            if low in _SHE:
                counts["she"] += 1
            elif low in _HE:
                counts["he"] += 1
    pronoun = "she" if counts["she"] >= max(3, 2 * counts["he"]) else "he" if counts["he"] >= max(3, 2 * counts["she"]) else None
    if pronoun is None:
        return None, []
    out = []
    mentioned: dict[int, list[int]] = {}  # text index -> where people are named, in order
    others: dict[int, int] = {}  # text index -> where someone else than the subject is first named
    for p in people.persons:
        for i, m in p.mentions:
            mentioned.setdefault(i, []).append(m.start)
            if p is not subject:
                others[i] = min(others.get(i, m.start), m.start)
    for starts in mentioned.values():
        starts.sort()
    for i, roles in enumerate(people.roles):
        if blocks[i].kind in _NOT_COMPARED:
            continue
        for r in roles:
            if r.kind != "role" or r.holder is not None or r.org is None or not r.org.generic or r.modifiers:
                continue
            start = _sentence_start(blocks[i], r.start)
            m = _PRONOUN_SUBJECT_RE.search(blocks[i].text, max(start, r.start - 60), r.start)
            if m is None or m.group("p").lower() != pronoun or others.get(i, r.start) < r.start:
                continue  # another's pronoun, or someone else named earlier in the paragraph it may point at
            starts = mentioned.get(i, [])
            k = bisect_left(starts, start)
            if k < len(starts) and starts[k] < _sentence_end(blocks[i], r.start):
                continue  # a sentence naming someone: the pronoun may be theirs
            out.append((i, r))
    return subject, out


_SPAN_WORDS = frozenset({"since", "until"})


def _affiliations(person: Person, blocks: list[Block], kb: PeopleKnowledge, rk: RolesKnowledge) -> list[tuple[int, RoleMention]]:
    """Return the organisations the person is given as ", of Brightline Analytics," after a name, outside captions."""
    out = []
    for i, m in person.mentions:
        if blocks[i].kind in _NOT_COMPARED:
            continue
        found = affiliation_after(blocks[i].text, m.end, rk, kb.is_place)
        if found is not None:
            out.append((i, replace(found, holder=(m.start, m.end))))
    return out


def _two_employers(rk: RolesKnowledge, a: RoleMention, b: RoleMention) -> bool:
    """True for a person "of" one named organisation ("Ms Ha, of Brightline Analytics") and "of" or in a role held in one
    organisation at a time (an analyst's, a chief executive's) at another of the same kind ("at Meridian Research"); and
    for two such roles in two named organisations of one kind ("Quezon head coach X" … "Swiftwings team governor X")."""
    if "affiliation" not in (a.kind, b.kind) and not (a.kind == b.kind == "role"):
        return False
    for r in (a, b):
        if r.kind == "role" and not (r.base in rk.roles and rk.roles[r.base].single):
            return False
        if r.kind not in ("role", "affiliation") or r.org is None or r.org.generic or _pronoun(r.org) or r.org.kind is None:
            return False
    return a.org.kind == b.org.kind and not same_org(a.org, b.org)


def _current(person: Person, blocks: list[Block], changed: set[str]) -> list[tuple[int, RoleMention]]:
    return [(i, r) for i, r in person.roles if blocks[i].kind not in _NOT_COMPARED and not r.modifiers and r.base not in changed and r.role not in changed]


def _changed_roles(people: People, blocks: list[Block], words: frozenset[str], unquoted, rk: RolesKnowledge | None = None) -> list[tuple[str, tuple[int, int, int] | None]]:
    """Return the roles a sentence says changed ("was promoted to inspector", "joined Rovers as captain"), each
    with where its holder's name is written (text index, start, end), or None when it names no one. With rk, a
    change that only says since when the holder holds the role ("who became chair in 2022") is left out."""
    out = []
    for i, roles in enumerate(people.roles):
        for r in roles:
            clause = _clause(blocks[i], r)
            found = unquoted(blocks[i], *clause) & words
            if found:
                found = found - idiom_words(blocks[i].text[clause[0] : clause[1]])
            if found and _HELD_NOW_BEFORE_RE.search(blocks[i].text, clause[0], r.start) and _SINCE_AFTER_RE.match(blocks[i].text, r.end):
                continue  # "He has been CFO of Sarvatra since 2019, having previously worked at …": held now, the change is before it
            if found and r.kind == "rank" and not found & _RANK_CHANGE_WORDS:
                continue  # "Insp. Karen Lowry, who until January ran the property crimes section": a job changed, not a rank
            if found and not (rk is not None and _held_since(rk, blocks[i], *clause, found)):
                out.append((r.role if r.kind == "role" else r.kind, (i, *r.holder) if r.holder else None))
    return out


# change words in a use that tells of no one's post: "the notice had been served", "the vote took place", "moved the
# Bill" (a member puts a motion to a house), "adjourned the House until Thursday"
_IDIOM_RE = re.compile(
    r"\b(?:(?:been|be|was|were|is|are|being)\s+(?P<served>served)|(?P<took>took|takes)\s+(?:place|part|effect|time|action|note|steps?)"
    r"|(?P<moved>moved|moves|moving)\s+(?:(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:motion|bill|amendment|resolution|adjournment)s?|to\s+adjourn)"
    # "The motion for their suspension was moved by the Majority Leader": the same, in the passive
    # (and reduced: "An amendment moved by the committee chairman")
    r"|(?:motion|bill|amendment|resolution)s?\b[^.;:]{0,60}?\b(?:(?:was|were|been|is|be)\s+)?(?P<passive>moved)\s+(?:and\s+seconded\s+)?by"
    r"|(?P<signed>signed)\s+(?:by|(?:up\s+)?(?=\d))"  # "a statement signed by the club's chief executive": a document's signing
    # ("the club had signed 48,612 members": a count signed up, no one's post)
    r"|(?:been|be|was|were|is|are|being|feel|felt|feels)\s+(?P<left>left)\s+(?:with|without|behind|out|in\s+the\s+dark|to)"  # "had been left with no choice"
    r"|(?:adjourn\w*|postpon\w*|defer\w*|remanded)\b[^.;:,]{0,40}?\b(?P<until>until))\b",  # "adjourned the House until Thursday"
    re.I,
)


def idiom_words(text: str) -> set[str]:
    """The change words a clause uses only in an idiom that says nothing of a post (see _IDIOM_RE)."""
    in_idioms = Counter((m.group("served") or m.group("took") or m.group("moved") or m.group("passive") or m.group("signed") or m.group("left") or m.group("until")).lower() for m in _IDIOM_RE.finditer(text))
    return {w for w, n in in_idioms.items() if len(re.findall(rf"\b{w}\b", text, re.I)) == n}


_HELD_NOW_BEFORE_RE = re.compile(r"\b(?:has|have)\s+(?:also\s+)?been\s+(?:the\s+|its\s+|their\s+)?\Z")
_SINCE_AFTER_RE = re.compile(r"(?:\s+(?:of|at|for)\s+(?:the\s+)?[\w'’&.-]+(?:\s+[A-Z][\w'’&.-]*){0,3})?\s+since\b")


def _said_to_defect(person: Person, blocks: list[Block], words: frozenset[str]) -> bool:
    """True when a sentence naming the person, outside quotes, holds a word of a change of party ("who formally defected to
    the APC on Monday", "left Labour in 2019"), not in an idiom ("should not be left to the incoming chair")."""
    from .person_title_conflict import _sentence_span, _unquoted_words

    for i, m in person.mentions:
        start, end = _sentence_span(blocks[i], m.start)
        if (_unquoted_words(blocks[i], start, end) - idiom_words(blocks[i].text[start:end])) & words:
            return True
    return False


def _changed_for(person: Person, changed) -> set[str]:
    """Return the roles whose change the copy states of this person or of no one named: another holder's
    change ("its chairman, Sir Malcolm, will step down") says nothing of this person's roles."""
    mine = {(i, m.start, m.end) for i, m in person.mentions}
    return {role for role, where in changed if where is None or where in mine}


def _clause(block: Block, r: RoleMention) -> tuple[int, int]:
    """Return the span around a role where a change word speaks of it: a few words either side, inside its sentence."""
    k = bisect_right(block.sentences, r.start, key=lambda s: s.start) - 1
    sentence = block.sentences[k] if k >= 0 and block.sentences[k].start <= r.start < block.sentences[k].end else None
    start, end = (sentence.start, sentence.end) if sentence else (0, len(block.text))
    last = max(r.end, r.holder[1]) if r.holder else r.end
    first = min(r.start, r.holder[0]) if r.holder else r.start
    return max(start, first - _CHANGE_BEFORE), min(end, last + _CHANGE_AFTER)


def _person_changed_roles(person: Person, blocks: list[Block], words: frozenset[str], unquoted) -> set[str]:
    """Return the roles the person is given in a sentence that says a role changed ("who has since become chair")."""
    out = set()
    for i, r in person.roles:
        if unquoted(blocks[i], *_clause(blocks[i], r)) & words:
            out.add(r.role)  # "the deputy vice-chancellor, who joined from Aberlour": the deputy's role, not the office
        elif _WAS_BEFORE.search(blocks[i].text, max(0, r.start - 30), r.start) and _UNTIL_AFTER.match(blocks[i].text, r.end):
            out.add(r.role)  # "Dufresne, who was the CRTC's vice-chair for telecommunications before she was named chair": a past role
    return out


_WAS_BEFORE = re.compile(r"\bwho\s+(?:was|had\s+been)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}\Z", re.I)
_UNTIL_AFTER = re.compile(r"[^,;:.!?]{0,40}?\b(?:before|until|till|prior\s+to)\b", re.I)


def role_conflicts(people: People, blocks: list[Block], kb: PeopleKnowledge, rk: RolesKnowledge, titled: set[tuple[int, int]], organisations: Organisations | None = None) -> list[Hit]:
    """Return the role conflicts of one document (see the module docstring)."""
    from .person_title_conflict import _changed, _sentence_span, _unquoted_words

    words = (kb.change_words - _CAMPAIGN_WORDS) | rk.change_words
    changed = _changed_roles(people, blocks, words, _unquoted_words)
    resolve = _org_resolver(people, blocks, rk)
    hits: list[Hit] = []
    subject, told = _pronoun_roles(people, blocks)
    for person in people.persons:
        if person is subject:
            # "In 1972 she was appointed the orchestra's principal cellist": the subject's roles, told by pronoun
            person = replace(person, roles=sorted(person.roles + told, key=lambda held: (held[0], held[1].start)))
        affiliations = _affiliations(person, blocks, kb, rk)
        if any(r.modifiers for _, r in person.roles):
            # "Sir Errol Baptiste, a retired judge": a role said to be past (or acting, interim) is compared with none
            person = replace(person, roles=[(i, r) for i, r in person.roles if not r.modifiers])
        if not person.roles and len(affiliations) < 2:
            continue
        moved = _changed(person, blocks, kb, titled, rk.change_words) or _moved_past_clause(person, blocks, kb.change_words | rk.change_words, titled) \
            or any(_promoted_next(blocks[i], m, _sentence_span(blocks[i], m.start)[1]) for i, m in person.mentions)
        # a party's candidate or nominee is that party's: standing for office explains no other party
        # ("who has sat on the committee since 2021" says how long, not that a party changed)
        defected = moved and _changed(person, blocks, replace(kb, change_words=kb.change_words - _CAMPAIGN_WORDS - _STANDING_WORDS - _POST_CHANGE_WORDS), titled,
                                      rk.change_words - _SPAN_WORDS - _POST_CHANGE_WORDS)
        # "Ifeoma Okoro, who formally defected to the APC on Monday, said": said anywhere of the person, with no role
        defected = defected or _said_to_defect(person, blocks, rk.party_change_words)
        # a defection explains any other party; "who became chief executive in 2023" explains only the chief
        # executive's role, not a later "chair"; a promotion explains the ranks up to the highest it names
        roles = [(i, r if r.org is None else replace(r, org=resolve(r.org))) for i, r in _current(person, blocks, set()) if not (defected and r.kind == "party")]
        if affiliations:
            roles = sorted(roles + affiliations, key=lambda held: (held[0], held[1].start))
        promotions = _rank_changes(person, blocks, kb, rk, titled) if moved else []
        mine = _person_changed_roles(person, blocks, words, _unquoted_words)
        theirs = _changed_for(person, changed)
        # any sentence naming the person that says they moved ("who joined Town from Rovers") explains two clubs
        # (read near the name, as a change of title is: "took a deflection" later in a match report moves no one)
        transferred = any(_mention_words(blocks[i], m, *_sentence_span(blocks[i], m.start)) & words for i, m in person.mentions)
        at = [(i, _sentence_start(blocks[i], r.start)) for i, r in roles]  # each role's sentence, found once
        # the pairs of roles one sentence gives together, each role's key beside the distinct keys before it there
        same_sentence = set()
        keys_in: dict = {}
        for k, (_, b) in enumerate(roles):
            earlier_keys = keys_in.setdefault(at[k], set())
            same_sentence.update(frozenset((key, _key(b))) for key in earlier_keys)
            earlier_keys.add(_key(b))
        # Whether two roles conflict depends on what they are, not where: each kind of earlier role (all but its
        # place and holder alike) is tried once, at its first place in another sentence than the later role's, so a
        # person given one role many times is not compared pair by pair. Trying them in order finds the earliest.
        kinds: dict[RoleMention, list[int]] = {}  # kind -> [first index, first index in another sentence than it]
        reported = False
        for k, (j, later) in enumerate(roles):
            if reported:
                break
            tried = sorted(first if at[first] != at[k] else other for first, other in kinds.values() if at[first] != at[k] or other is not None)
            kind = kinds.setdefault(replace(later, start=0, end=0, holder=None), [k, None])
            if kind[1] is None and at[kind[0]] != at[k]:
                kind[1] = k
            for m in tried:
                i, earlier = roles[m]
                if frozenset((_key(earlier), _key(later))) in same_sentence:
                    continue
                if later.kind == "role" and (later.role in mine or later.role in theirs and earlier.role in theirs):
                    continue
                if later.kind == "rank" and _promoted(promotions, earlier, later):
                    continue
                if _lead_body_apart(blocks, i, earlier, later, organisations) or _lead_body_apart(blocks, j, later, earlier, organisations):
                    continue
                if _exclusive(rk, earlier, later):
                    why = "one person cannot hold both" if later.kind != "party" else "one person is in one party"
                elif _other_org(rk, earlier, later) and not transferred:
                    why = "one person holds that role in one organisation at a time"
                elif _two_employers(rk, earlier, later) and not transferred:
                    why = "one person works for one organisation of a kind at a time"
                elif i != j and not moved and not {earlier.role, later.role} & (mine | theirs) and _two_posts(rk, earlier, later):
                    # (one paragraph giving a person two posts introduces both: "Ryan, the county's emergency director")
                    why = "one person cannot hold both" if _HEAD in (earlier.role, later.role) else "one person holds one post in an organisation at a time"
                else:
                    continue
                hits.append(_hit(blocks, j, later, i, earlier,
                                 f"{person.full_name} is “{_written(blocks[j], later)}” here but “{_written(blocks[i], earlier)}” at line {blocks[i].line}; {why}.",
                                 f"“{_written(blocks[i], earlier)}” here"))
                reported = True
                break
    done = {(h.span.start, h.span.end) for h in hits}
    held = _changed_roles(people, blocks, words, _unquoted_words, rk)  # a holder's "who became chair in 2022" is no change
    hits += [h for h in _two_holders(people, blocks, kb, rk, titled, held, resolve, organisations) if (h.span.start, h.span.end) not in done]
    return hits


# A relative clause closed by a comma after a name: "Sgt Ewa Nowak, who speaks Polish and interviewed many of the
# workers, was promoted to inspector": the sentence's main verb, and its change word, come after it.
# (an apposition too: "Superintendent Helen Okonkwo, the city's commander since 2022, has been promoted to chief superintendent")
# (not a clause: "Mrs. Halima Bello-Ojo, the lender said the changes were approved at a meeting held on Thursday,")
_RELATIVE_AFTER_RE = re.compile(r",\s+(?:(?:who|whose)\s[^,;:!?\"“”]{1,160}?|(?:the|a|an)\s(?:(?!(?:said|says|told|tells|is|was|were|are|has|have|had|will|would)\b)[^,;:!?\"“”\s]+\s*){1,12}?),\s+")


def _relative_end(text: str, pos: int, end: int) -> int | None:
    """Return where the sentence goes on after a relative clause written just after a name ending at pos, or None."""
    m = _RELATIVE_AFTER_RE.match(text, pos, end)
    return m.end() if m else None


def _mention_words(block: Block, m, start: int, end: int) -> frozenset[str]:
    """Return the words outside quotes where a change word speaks of a name in the sentence start..end: a few words
    either side of it, the person's own relative clause whole ("Sergeant X, who led the investigation and has since
    been promoted to inspector,") and, past that clause, the few words of the main verb."""
    from .person_title_conflict import _unquoted_words

    words = _unquoted_words(block, max(start, m.start - _CHANGE_BEFORE), min(end, m.end + _CHANGE_AFTER))
    after = _relative_end(block.text, m.end, end)
    if after is not None:
        words = words | _unquoted_words(block, m.end, after) | _unquoted_words(block, after, min(end, after + _CHANGE_AFTER))
    return words - idiom_words(block.text[start:end]) if words else words


def _moved_past_clause(person: Person, blocks: list[Block], words: frozenset[str], titled) -> bool:
    """True when a sentence giving a title says, in the person's own relative clause ("Sergeant X, who led the inquiry
    and has since been promoted to inspector,") or past it, that their title changed."""
    from .person_title_conflict import _sentence_span, _unquoted_words

    for i, m in person.mentions:
        start, end = _sentence_span(blocks[i], m.start)
        after = _relative_end(blocks[i].text, m.end, end) if (i, start) in titled else None
        if after is None:
            continue
        if _unquoted_words(blocks[i], m.end, after) & words or _unquoted_words(blocks[i], after, min(end, after + _CHANGE_AFTER)) & words:
            return True
    return False


def _rank_changes(person: Person, blocks: list[Block], kb: PeopleKnowledge, rk: RolesKnowledge, titled) -> list[frozenset[tuple[str, int]]]:
    """Return, for each sentence naming the person that says a title changed, the ranks it names (as (service,
    level)): "Lt Col Drummond, who was promoted from Major in 2024" names two, "who was promoted in May" none."""
    from .person_title_conflict import _sentence_span

    words = kb.change_words | rk.change_words
    out = []
    for i, m in person.mentions:
        start, end = _sentence_span(blocks[i], m.start)
        if (i, start) not in titled and not promoted_after(blocks[i], m):
            continue
        told = None
        if not _mention_words(blocks[i], m, start, end) & words:
            # "…, Inspector Ruwan Dissanayake. He has since been promoted to Chief Inspector": the next sentence, its
            # subject a pronoun, tells the change of the person the sentence before ends on
            told = _promoted_next(blocks[i], m, end)
            if told is None:
                continue
            end = told.end()
        levels = set()
        for f in rk.rank_any_re.finditer(blocks[i].text, start, end):
            levels.update(rk.rank_form.get(rank_key(f.group()), ()))
        if told is None and not _mention_words(blocks[i], m, start, end) & _RANK_CHANGE_WORDS:
            continue  # "Insp. Karen Lowry, who until January ran the property crimes section": a job changed, not a rank
        out.append(frozenset(levels))
    return out


_PRONOUN_OPENING_RE = re.compile(r"\s*(?:He|She|They)\s+(?P<rest>[^.!?]{0,80})")


def _promoted_next(block: Block, m, end: int) -> re.Match[str] | None:
    """The sentence after the one a name ends ("…, Inspector Ruwan Dissanayake."), when its subject is a pronoun and it
    tells of a promotion ("He has since been promoted to Chief Inspector"): that person's change of rank; else None."""
    told = _PRONOUN_OPENING_RE.match(block.text, end)
    if told is None or block.text[m.end : end].strip(" .,") or not {w.lower() for w in re.findall(r"[\w'’-]+", told.group("rest"))} & _RANK_CHANGE_WORDS:
        return None
    return told


# "Price, who has since been promoted to detective inspector": a promotion in the person's own relative clause changes a
# title whatever the rank is called, in words no rank list holds
_PROMOTED_AFTER = re.compile(r"\s*,\s+who\s+(?:[a-z]+\s+){0,4}?(?:promoted|demoted)\b")


def promoted_after(block: Block, m) -> bool:
    """True when the person's own relative clause, just after the name, says they were promoted or demoted."""
    return _PROMOTED_AFTER.match(block.text, m.end) is not None


# Words that change a rank ("who was promoted in May", "promoted from Major"); other change words ("until January ran
# the section", "moved to") speak of a job
_RANK_CHANGE_WORDS = frozenset({"promoted", "promotion", "demoted", "demotion", "elevated", "rose", "risen", "became", "become",
                                "becomes", "made", "acting", "appointed", "reverted", "reduced", "stripped"})


def _promoted(promotions: list[frozenset[tuple[str, int]]], a: RoleMention, b: RoleMention) -> bool:
    """True when a stated change explains two ranks of one person: it names no rank of their service (any change),
    or names one at least as high as both ("promoted from superintendent" under "Chief Superintendent X"); "the
    Ven X becomes archdeacon" explains an earlier priest's rank, not a later "Bishop X"."""
    services = {s for s, _ in a.levels} & {s for s, _ in b.levels}
    for named in promotions:
        mine = [(s, lv) for s, lv in named if s in services]
        if not mine:
            return True
        top = {s: max(lv for t, lv in (*a.levels, *b.levels) if t == s) for s in services}
        if any(lv >= top[s] for s, lv in mine):
            return True
    return False


_NOW_MODIFIERS = frozenset({"new", "newly appointed"})  # "their new head coach": the holder now
_NOW_HELD_RE = re.compile(r"(?i:current|incumbent|sitting|serving)\s")  # "the current president": not the one before


# a post taken, told just before it ("who took over as", "has been appointed", "became"), and, after it, no word of its
# holder leaving it (a predecessor's "from Harish Jain when he retired in April" aside)
# (a body's word may come between: "who took over as board chairperson")
_TAKEN_BEFORE_RE = re.compile(r"\b(?:took|has\s+taken|have\s+taken)\s+over\s+as\s+(?:the\s+|its\s+|their\s+)?(?:board\s+|club\s+|company\s+|union\s+)?\Z"
                              r"|\b(?:was|has\s+been)\s+(?:appointed|named|made|promoted\s+to)\s+(?:the\s+|its\s+|their\s+|as\s+)?\Z"
                              r"|\b(?:became|has\s+become)\s+(?:the\s+|its\s+|their\s+)?\Z", re.I)
# the predecessor after the taking, and all that is said of them ("after her predecessor, Teboho Mokoena, retired")
_PREDECESSOR_AFTER_RE = re.compile(r"\s+(?:from|succeeding|replacing|after)\s+(?:(?:her|his|their)\s+predecessor,?\s+)?(?:[A-Z][\w'\u2019-]*\s*){1,3}.*\Z", re.S)
_LEFT_AFTER_RE = re.compile(r"\b(?:retir\w*|step(?:s|ped|ping)?\s+down|stood\s+down|left|leav\w*|until|resign\w*|quit\w*|former|later|replaced|succeeded)\b", re.I)


_WHOSE_BEFORE_RE = re.compile(r"\bwhose\s+\Z", re.I)  # "Rival baker Greenhow Pies, whose chief executive …": another body's


def _taken_over(block: Block, r: RoleMention) -> bool:
    """True when the role's sentence tells its holder took it and says nothing of them leaving it since."""
    if r.kind != "role" or not _TAKEN_BEFORE_RE.search(block.text, max(0, r.start - 40), r.start):
        return False
    end = next((sn.end for sn in block.sentences if sn.start <= r.start < sn.end), len(block.text))
    after = _PREDECESSOR_AFTER_RE.sub("", block.text[r.end : end])
    return not _LEFT_AFTER_RE.search(after)


def _told_of_change(person: Person, blocks: list[Block], kb: PeopleKnowledge, rk: RolesKnowledge) -> bool:
    """True when any sentence naming the person speaks of a change ("Price replaces Mark Jenkins, who was sacked")."""
    from .person_title_conflict import _sentence_span

    words = kb.change_words | rk.change_words
    for i, m in person.mentions:
        start, end = _sentence_span(blocks[i], m.start)
        if {w.lower() for w in re.findall(r"[A-Za-z-]+", blocks[i].text[start:end])} & words:
            return True
    return False


def _two_holders(people: People, blocks: list[Block], kb: PeopleKnowledge, rk: RolesKnowledge, titled, changed, resolve, organisations: Organisations | None = None) -> list[Hit]:
    holders: dict[str, list[tuple[Person, int, RoleMention]]] = {}
    for person in people.persons:
        # "Meena Sethi, who took over as chief financial officer from Harish Jain": the change makes her its holder now
        person = replace(person, roles=[(i, replace(r, modifiers=(*r.modifiers, "new")) if not r.modifiers and _taken_over(blocks[i], r) else r) for i, r in person.roles])
        # a role told as changed ("former", "acting") is no one's rival; "former scrum-half X" may still be club secretary
        told_changed = {r.role for _, r in person.roles if set(r.modifiers) - _NOW_MODIFIERS}
        current = [(i, r) for i, r in _current(person, blocks, _changed_for(person, changed)) if r.role not in told_changed]
        # "have appointed Rhodri Price as their new head coach": the change makes him its holder now
        current += [(i, r) for i, r in person.roles if _NOW_MODIFIERS & set(r.modifiers) and (i, r) not in current and r.role not in told_changed]
        for i, r in current:
            spec = rk.roles.get(r.base)
            if _NOW_HELD_RE.match(blocks[i].text, r.start):
                continue  # "The current town clerk, Jennifer Dunbar": the holder now, set against the ones before
            # a department's head is unique to that department: "the council's head of finance" is one person
            # ("the federation's executive director": one per association, though a company has several)
            if r.kind == "role" and not r.deputy and spec and (spec.unique or spec.department and r.department or r.org is not None and r.org.kind in spec.unique_in):
                holders.setdefault((r.role, r.department), []).append((person, i, r))
    hits = []
    lead = _lead_words(blocks)
    headline = {w.lower() for b in blocks if b.kind is BlockKind.HEADLINE for w in re.findall(r"[\w'’-]+", b.text)}
    orgs = [resolve(r.org) for roles in people.roles for r in roles if r.org is not None and r.org.name and not _pronoun(r.org)]
    in_lead = [o for o in orgs if all(w in lead for w in o.name)]
    # the kinds of body the headline and first paragraph call the story's own by their noun ("the club's first deficit")
    bare = (w.removesuffix("'s").removesuffix("\u2019s") for w in lead)
    lead_kinds = {rk.org_nouns[w] for w in bare if w in rk.org_nouns}
    # a body the lead names says its kind better than a noun of it ("Benguela Catch Holdings … appointed … chairperson of
    # its board": a company, whose board is no health board)
    named_bodies_all = _named_bodies(blocks, rk)
    headline_words = {w.lower() for b in blocks if b.kind is BlockKind.HEADLINE for w in re.findall(r"[\w'’-]+", b.text)}
    # (a body the headline names too: "Benguela Catch names Shikongo board chair" over "Benguela Catch Holdings …")
    lead_named = [o for o in named_bodies_all if o.kind and all(w in lead for w in o.name) and o.name[0] in headline_words]
    if lead_named and all(same_org(lead_named[0], o) for o in named_bodies_all if o.kind == lead_named[0].kind):
        lead_kinds = {lead_named[0].kind}  # (and the only one of its kind the article names: "Acme Foods" beside "Bolt Pies" is not)

    def _lead_org(org: Org) -> bool:
        # the story's own body: named in the headline or first paragraph, the only one of its kind named there
        # (a match report's lead names both teams)
        if org.generic or org not in in_lead:
            return False
        return all(same_org(org, o) for o in in_lead if o.kind == org.kind)
    bodies = named_bodies_all  # read once, for the lead's kind above and for the helpers below

    def only_body(role: str, kinds: frozenset[str] | None = None) -> bool:
        # the role belongs to some kinds of body (or its title says which: "Club secretary"), and the article names
        # exactly one body of those kinds (a provost is a university's or a Scottish council's)
        if kinds is None:
            kinds = rk.roles[role].groups & frozenset(rk.org_nouns.values()) if role in rk.roles else frozenset()
        if not kinds:
            return False
        theirs = [o for o in bodies if o.kind in kinds]
        if not theirs:
            # "Moray councillors back …" (headline), "the council": copy that names no body of the kinds, but leads
            # with one by its noun and calls it so, is about that one
            called = kinds & organisations.called if organisations is not None else frozenset()
            return len(called) == 1 and any(w.startswith(n) for w in headline for n, k in rk.org_nouns.items() if k in called)
        return all(same_org(theirs[0], o) for o in theirs)

    def named_bodies() -> list[Org]:
        return bodies

    def is_the_one_body(org: Org, kinds: frozenset[str]) -> bool:
        # the article names bodies of these kinds, and every one is this one ("Nakuru County Assembly")
        theirs = [o for o in bodies if o.kind in kinds]
        return bool(theirs) and all(same_org(org, o) for o in theirs)

    def another_of_its_kind(org: Org, named_only: bool = False) -> bool:
        # "Senate Majority Leader B" beside "Majority Leader A" in copy naming the National Assembly: a body written by
        # its capitalised noun, and another of its kind named, are two chambers (named_only: any named body of the kind
        # that is not this one)
        if named_only:
            return any(o.kind == org.kind and not same_org(org, o) for o in bodies)
        return org.written[:1].isupper() and any(o.kind == org.kind and org.written.lower() not in o.written.lower() for o in bodies)

    kinds_of: dict[str, frozenset[str]] = {}
    bodies_of: dict[tuple[int, int, int], Org | None] = {}

    def body(x: tuple[int, RoleMention]) -> Org | None:
        # the named body a role is held in, by organisation coreference (reading/people.py), or None
        if organisations is None:
            return None
        i, r = x
        if (i, r.start, r.end) not in bodies_of:
            if r.base not in kinds_of:
                spec = rk.roles.get(r.base)
                kinds_of[r.base] = (spec.kinds or spec.groups) & frozenset(rk.org_nouns.values()) if spec else frozenset()
            bodies_of[(i, r.start, r.end)] = role_body(organisations, blocks[i].text, r, kinds_of[r.base])
        return bodies_of[(i, r.start, r.end)]

    for (role, _), found in holders.items():
        found.sort(key=lambda item: (item[1], item[2].start))
        found = [(p, i, r if r.org is None else replace(r, org=resolve(r.org))) for p, i, r in found]
        stated = [r.org for _, _, r in found if r.org is not None and not _pronoun(r.org)]
        named = [o for o in stated if not o.generic]

        def one_named(kind: str | None) -> bool:
            # "the club's chairman" is the article's one club: named bodies of other kinds ("Trust chair") do not count
            theirs = [o for o in named if o.kind in (kind, _SUBJECT)]
            return all(same_org(theirs[0], o) for o in theirs) if theirs else True

        def same(x: tuple[int, RoleMention], y: tuple[int, RoleMention]) -> bool:
            a, b = x[1].org, y[1].org
            bx, by = body(x), body(y)
            if bx is not None and bx is by and (a is None or b is None or a.generic or b.generic):
                if any(o is not None and o.generic and _another_noun(o, bx, rk) for o in (a, b)):
                    return False  # "Board chair A" is not the audit committee's, the one committee the copy names
                return True  # "Chief executive A" and "B is chief executive" in copy about one company: its, both
            if _pronoun(a) or _pronoun(b):
                # "their manager": the copy names that club elsewhere, not here; "X, who presided over the trial" and
                # "Y, who presided over the three-week trial": the article's one trial, twice
                return a is not None and b is not None and a.name == b.name and _the_one(a)
            if a is None and b is None:
                # "manager X" and "manager Y": two shops, two teams; the copy does not say one. "The branch
                # secretary, X" and "Y, the branch secretary" are the article's own body's, when it names no other
                if _definite(blocks[x[0]], x[1]) and _definite(blocks[y[0]], y[1]) and not named:
                    return True
                # "The Cathaoirleach, Cllr A" and "Cathaoirleach Cllr B" in copy that names one council and no
                # other: that council's one chair, each time written as the body's title
                titles = [_as_title(blocks[z[0]], z[1]) for z in (x, y)]
                if not named and titles.count(True) == 1 and _definite(*((blocks[y[0]], y[1]) if titles[0] else (blocks[x[0]], x[1]))):
                    # "Mayor Linda Ford" and "The mayor, Peter Hall," in copy that names one council: its one mayor, twice
                    return only_body(role)
                if len(lead_kinds) == 1 and role in rk.roles and "executive" in rk.roles[role].groups \
                        and all(((_as_title(blocks[z[0]], z[1]) or _before_the_name(blocks[z[0]], z[1])) and not _NAME_BEFORE_RE.search(blocks[z[0]].text, 0, z[1].start)
                                 or _taken_over(blocks[z[0]], z[1])) and not _WHOSE_BEFORE_RE.search(blocks[z[0]].text, max(0, z[1].start - 8), z[1].start) for z in (x, y)):
                    # "Chief financial officer A said" … "chief financial officer B said" in a story its lead tells of
                    # one kind of body (a firm; "the club confirmed"): that body's officers, both (and "A, who took over as
                    # chief financial officer", its new one)
                    return True
                if not named and _as_title(blocks[x[0]], x[1]) and _as_title(blocks[y[0]], y[1]):
                    # "Club secretary A" … "Club secretary B" in copy naming one club: the body its title names
                    told = _title_kinds(blocks[x[0]], x[1], rk) | _title_kinds(blocks[y[0]], y[1], rk)
                    if len(told) == 1 and not any(o.kind in told for o in named_bodies()) and _one_named_by(blocks, _title_nouns(blocks[x[0]], x[1], rk), rk.deputies | kb.change_modifiers | rk.org_nouns.keys()):
                        return True  # "County Attorney A" … "County Attorney B" in copy that names one county at most: the one it is about
                    return only_body(role) or (len(told) == 1 and only_body(role, told))
                return False
            if a is None or b is None:
                bare, stated_one = (x, b) if a is None else (y, a)
                if QUALIFIED_AFTER_RE.match(blocks[bare[0]].text, bare[1].end):
                    return False  # "chairman of a depot owners' association": some body it names, not this one
                if bare[1].holder and _OF_A_BODY_AFTER_RE.match(blocks[bare[0]].text, bare[1].holder[1]):
                    return False  # "Deputy governor Teresita Abad of the Central Bank of Kenya": a body named after the name
                if _a_board(stated_one) and _as_title(blocks[bare[0]], bare[1]):
                    return True  # "board chairperson A" and "Chairperson B": the board's chair is the body's one chair
                if _as_title(blocks[bare[0]], bare[1]) and not _definite(blocks[bare[0]], bare[1]) and not _named_before(blocks[bare[0]], bare[1]) \
                        and role in rk.roles and stated_one.kind in (kinds := rk.roles[role].kinds or rk.roles[role].groups) \
                        and is_the_one_body(stated_one, kinds) and all(same_org(stated_one, o) for o in named):
                    return True  # "Assembly Speaker A" and "Speaker B" in copy naming one assembly: its one speaker, twice
                if _definite(blocks[bare[0]], bare[1]) and _lead_org(stated_one):
                    # "The chairman, X" beside "Y, the Rovers chairman" in a story led by Rovers: the story's own club
                    return one_named(stated_one.kind)
                if _before_the_name(blocks[bare[0]], bare[1]) and not _named_before(blocks[bare[0]], bare[1]) and _lead_org(stated_one) \
                        and len(stated_one.written.split()) >= 2 and not another_of_its_kind(stated_one, named_only=True):
                    # "chief financial officer Rodel Basa said" beside "Sugbo Land's chief financial officer" under "Sugbo
                    # Land sets IPO": the story's own body, named in full, where the article names no other of its kind
                    return True
                if stated_one.kind == "state" and role in rk.roles and rk.roles[role].place and _as_title(blocks[bare[0]], bare[1]) \
                        and all(same_org(stated_one, o) for o in named):
                    # "Chief Electoral Officer A" beside "Goa's Chief Electoral Officer, B": a state's post, and the
                    # article gives it one state, as an office takes the country another mention of it gives
                    return True
                # "Supervisor of Elections B" beside "the county's supervisor of elections, A": one body, when the
                # article only ever says "the county's"; never beside a named one ("Gladiators captain Y": two teams)
                stated_one = a or b
                told = y if a is None else x
                if lead_kinds and stated_one.kind not in lead_kinds and rk.org_nouns.get(_written(blocks[told[0]], told[1]).split()[0].lower()) == stated_one.kind:
                    return False  # "Chairman A" in a story that opens on "the club's first deficit", and "trust chair B": the
                    # noun before the title names another body than the story's
                return stated_one.generic and not named and len({o.kind for o in stated}) == 1 and not another_of_its_kind(stated_one)
            if a.generic and b.generic:
                return a.kind == b.kind
            if a.generic != b.generic:
                generic, other = (a, b) if a.generic else (b, a)
                if _another_noun(generic, other, rk):
                    return False  # "Board chair A" and "who chairs the audit committee": a board is not a committee it has
                if other.kind == generic.kind and _lead_org(other):
                    return True  # "The committee chairperson, A" in a story led by the agriculture committee: that committee's
                if other.kind == generic.kind and other not in in_lead and any(rk.org_nouns.get(w) == generic.kind for w in lead):
                    return False  # the story leads on a committee the Budget Committee is not: "the committee" is that one
                # "the club's chief executive" and "Royals' CEO" in a story the headline leads with the Asante Royals: the
                # story's own body, which "the club's" points at when the copy calls its body nothing else
                told = generic.anaphoric or organisations is not None and organisations.called == {generic.kind}
                return (other.kind == generic.kind or other.kind == _SUBJECT and told) and one_named(generic.kind)
            return same_org(a, b)

        # Whether two holders share the organisation depends only on each one's organisation and how its role is
        # written (the body's title, "the chairman"): holders alike in those form one class, judged once against each
        # later holder instead of pair by pair (a body "its" or "their" points at is no one else's). Only the classes
        # same could accept are judged: beside bodies left unsaid or of a kind only, a named body meets the names
        # sharing a key with its own (org_keys: every name same_org may match shares one), a body of a kind the named
        # ones of that kind or the story's own, and an unsaid one written "the chairman" the named body of the lead.
        # A class keeps each person's first holding only, in order, and a person who changed the role is nobody's
        # rival: the first rival in a class is a step or two away.
        classes: dict[tuple, list[tuple[int, Person, int, RoleMention]]] = {}
        unnamed: list[tuple] = []  # classes of a body left unsaid or of a kind only ("the club's")
        by_key: dict[tuple, list[tuple]] = {}  # an org_keys key -> the classes of named bodies holding it
        by_kind: dict[str | None, list[tuple]] = {}  # a kind -> the classes of named bodies of that kind
        in_lead_classes: list[tuple] = []  # classes of the named body the headline or first paragraph names
        kept: set[tuple[tuple, int]] = set()
        reported: set[int] = set()
        moved: dict[int, bool] = {}

        def changed_role(p: Person) -> bool:
            if id(p) not in moved:
                moved[id(p)] = _changed_role(p, role, blocks, kb, rk, titled)
            return moved[id(p)]

        for k, (person, j, later) in enumerate(found):
            if _pronoun(later.org) and not _the_one(later.org):
                continue  # "their manager": never the same body as another holder's (see same)
            resolved = body((j, later))
            sig = (later.org, _definite(blocks[j], later), _as_title(blocks[j], later), id(resolved) if resolved is not None else None)
            named_body = later.org is not None and not later.org.generic
            keys = _org_keys(later.org.name) if named_body else ()
            if id(person) not in reported:
                if named_body:
                    candidates = [*unnamed, *dict.fromkeys(c for key in keys for c in by_key.get(key, ()))]
                elif later.org is not None:
                    candidates = [*unnamed, *by_kind.get(later.org.kind, ()), *(by_kind.get(_SUBJECT, ()) if later.org.kind != _SUBJECT else ())]
                else:
                    candidates = [*unnamed, *(in_lead_classes if sig[1] or sig[2] else ())]  # "the chairman", "Speaker B"
                if resolved is not None and not named_body:
                    # the body coreference found ("the company" is Harcastle Foods): its named holders are rivals too
                    candidates += [c for c in dict.fromkeys(c for key in _org_keys(resolved.name) for c in by_key.get(key, ())) if c not in candidates]
                rival = None
                for candidate in candidates:
                    members = classes[candidate]
                    m0, _, i0, first0 = members[0]
                    if rival is not None and m0 >= rival[0] or not same((i0, first0), (j, later)):
                        continue
                    for m, first_person, i, first in members:
                        if rival is not None and m >= rival[0]:
                            break
                        if person is first_person or person.surname == first_person.surname and (person.given is None or first_person.given is None):
                            continue
                        if person.given is None and person.surname == first_person.given:
                            continue  # "Ross is the captain," said the manager, of club captain Ross Millar: his first name
                        if _spelt_alike(person, first_person):
                            continue  # "Mayor Dimacalungan" of Mayor Teresita Dimaculangan: one person misspelt (name-variant)
                        if changed_role(first_person) and not (_NOW_MODIFIERS & set(first.modifiers) and not _told_of_change(person, blocks, kb, rk)):
                            continue  # a change explains a second holder; "their new head coach" holds it now, against one named in no change
                        rival = (m, first_person, i, first)
                        break
                if rival is not None and not changed_role(person):
                    _, first_person, i, first = rival
                    hits.append(_hit(blocks, j, later, i, first,
                                     f"{person.full_name} is “{_written(blocks[j], later)}” here, but line {blocks[i].line} gives that role to {first_person.full_name}.",
                                     f"{first_person.full_name}, {_written(blocks[i], first)}"))
                    reported.add(id(person))
            if sig not in classes:
                classes[sig] = []
                if named_body:
                    for key in keys:
                        by_key.setdefault(key, []).append(sig)
                    by_kind.setdefault(later.org.kind, []).append(sig)
                    if _lead_org(later.org):
                        in_lead_classes.append(sig)
                else:
                    unnamed.append(sig)
            if (sig, id(person)) not in kept:
                kept.add((sig, id(person)))
                classes[sig].append((k, person, j, later))
    return hits


@lru_cache(maxsize=4096)
def _org_keys(name: tuple[str, ...]) -> frozenset[tuple]:
    return org_keys(name)


_THE_BEFORE_RE = re.compile(r"(?i)(?<![\w'’-])the\s+$")


def _title_kinds(block: Block, r: RoleMention, rk: RolesKnowledge) -> frozenset[str]:
    """The kinds of body a role's own words name ("Club secretary": a club)."""
    return frozenset(k for w in _written(block, r).lower().split() if (k := rk.org_nouns.get(w)) is not None)


def _title_nouns(block: Block, r: RoleMention, rk: RolesKnowledge) -> frozenset[str]:
    """The words of a role's own title that name a kind of body ("County" of "County Attorney")."""
    return frozenset(w for w in _written(block, r).lower().split() if w in rk.org_nouns)


_NAMED_BY_RE = re.compile(r"(?<![\w'\u2019-])([A-Z][\w'\u2019-]*)(?=\s+([A-Z][a-z]+)\b)")


def _one_named_by(blocks: list[Block], nouns: frozenset[str], not_names) -> bool:
    """True when the copy names one body by a noun at most ("Nakuru County Government" … "the Nakuru County Finance Act"),
    not two ("Harris County" … "Fort Bend County"): the capitalised words written before the noun, but for a title's own
    ("Acting County Secretary", "Deputy County Attorney")."""
    names = {m.group(1).lower() for b in blocks for m in _NAMED_BY_RE.finditer(b.text) if m.group(2).lower() in nouns}
    return len(names - {w.lower() for w in not_names}) <= 1


def _another_noun(generic: Org, named: Org, rk: RolesKnowledge) -> bool:
    """True when a body written by its noun alone ("Board chair") is of the kind of a named one but not by that noun
    ("the audit committee"): a board is not a committee it has."""
    nouns = {w for w in named.name or () if rk.org_nouns.get(w) == generic.kind}
    return bool(nouns) and generic.written.lower().split()[-1] not in nouns


def _definite(block: Block, r: RoleMention) -> bool:
    """True for a role written "the chairman" with no organisation and no modifier: the article's own body's."""
    return r.org is None and not r.modifiers and bool(_THE_BEFORE_RE.search(block.text, max(0, r.start - 5), r.start))


_TITLE_GAP_RE = re.compile(r"\s+(?:[A-Z][a-z]{1,5}\.?\s+)?\Z")


_OF_A_BODY_AFTER_RE = re.compile(r",?\s+(?:of|at|from)\s+(?:the\s+)?[A-Z]")  # "Deputy governor X of the Central Bank of Kenya"
_OPENING_WORDS = frozenset("the a an in on at he she it they we his her its their this that after before when while but and".split())


def _named_before(block: Block, r: RoleMention) -> bool:
    """True when the paragraph names something before a title ("Oldfield, who have now lost four in a row, … Head coach
    Neil Brennan"): a body the title may be of, which the copy need not call one."""
    return any(w.lower() not in _OPENING_WORDS for w in re.findall(r"(?<![\w'’-])[A-Z][\w'’-]*", block.text[: r.start]))


def _before_the_name(block: Block, r: RoleMention) -> bool:
    """True for a role written just before its holder's name with no organisation, in any case ("chief financial officer
    Rodel Basa said")."""
    return r.org is None and not r.modifiers and bool(r.holder) and r.holder[0] >= r.end \
        and (r.holder[0] == r.end + 1 or bool(_TITLE_GAP_RE.match(block.text[r.end : r.holder[0]] + " ")))


# a capitalised word just before a role, not opening its sentence: "Federated Farmers Waikato dairy chair X" is that body's
_NAME_BEFORE_RE = re.compile(r"(?<![.!?:\"\u201c]\s)(?<!\A)\b[A-Z][\w'\u2019&-]*\s+(?:[a-z][\w-]*\s+)?\Z")


def _as_title(block: Block, r: RoleMention) -> bool:
    """True for a role written as its body's title: "the Cathaoirleach", or capitalised just before the name
    ("Cathaoirleach Cllr Liam Mac Diarmada"), with no organisation and no modifier."""
    if _definite(block, r):
        return True
    if r.org is not None or r.modifiers or not r.holder or not r.form[:1].isupper() or r.holder[0] < r.end:
        return False
    return bool(_TITLE_GAP_RE.match(block.text[r.end : r.holder[0]] + " ")) or r.holder[0] == r.end + 1


_AND_RE = re.compile(r"\s+and\s+")
_NAME_RUN_RE = re.compile(r"(?<![\w'’-])[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’.-]*)*")


def _named_bodies(blocks: list[Block], rk: RolesKnowledge) -> list[Org]:
    """Return the organisations the article names whose last words give their kind ("Roscommon County Council")."""
    out = []
    for b in blocks:
        if b.kind in _NOT_COMPARED:
            continue
        for m in _NAME_RUN_RE.finditer(b.text):
            # "Sligo County Council and Leitrim County Council": two bodies; "Timmins and District Hospital": one
            written = ""
            for piece in _AND_RE.split(m.group()):
                written = f"{written} and {piece}" if written else piece
                words = [w for w in piece.split() if w not in ("The", "A", "An")]
                # "Roscommon County Council"; "The University of Northmoor's senate": a body's word, "of", its place
                if len(words) == 1 and weekday_number(words[0]) is not None:
                    written = ""
                    continue  # "on Wednesday": a day, not Sheffield Wednesday
                if words and words[-1] in rk.org_suffixes or len(words) >= 3 and words[0] in rk.org_suffixes and words[1] == "of":
                    if words[-1] not in rk.org_suffixes:
                        written = POSSESSIVE_END_RE.sub("", written)
                    org = _named_org(written, rk)
                    if org is not None and org.kind is not None and not org.generic:
                        out.append(org)
                    written = ""
    return out


def _lead_words(blocks: list[Block]) -> set[str]:
    """Return the lower-case words of the headline and the first paragraph: the body the story is about is named there."""
    heads = [b for b in blocks if b.kind is BlockKind.HEADLINE]
    first = next((b for b in blocks if b.kind is BlockKind.PARAGRAPH), None)
    return {w.lower() for b in (*heads, *([first] if first else [])) for w in re.findall(r"[\w'’-]+", b.text)}


# The kind given to a named organisation of no known kind that the headline names: the story's own body,
# which "the company's", "the club's" stand for (not "committee chair": a committee's).
_SUBJECT = "#subject"
_THE_NOUN_RE = re.compile(r"\b[Tt]he\s+([a-z]+)\b(?![\w'’-])(?!\s*['’])")


def _org_resolver(people: People, blocks: list[Block], rk: RolesKnowledge | None = None):
    """Return a function giving a named organisation of no known kind the kind the article gives it elsewhere
    ("Thistle captain X" makes "Thistle chairman Y" a club's), or, when the headline names it, the story's own; an
    abbreviation the article defines ("the Office of Civil Defense (OCD)") stands for the name it abbreviates."""
    full: dict[tuple[str, ...], Org] = {}
    for b in blocks if rk is not None else ():
        for abbr, name in defined_abbreviations(b.text):
            org = _named_org(name, rk)
            if org is not None and org.name:
                full.setdefault((abbr.lower(),), replace(org, written=abbr))
    kinds: dict[tuple[str, ...], str] = {}
    for roles in people.roles:
        for r in roles:
            if r.org is not None and r.org.name and r.org.kind and not _pronoun(r.org):
                kinds.setdefault(r.org.name, r.org.kind)
    for roles in people.roles if rk is not None else ():
        for r in roles:
            # "Penrhiw's openside flanker": a role only one kind of body has (a player, a club's) gives its body that kind
            spec = rk.roles.get(r.base)
            told = (spec.kinds or spec.groups) & frozenset(rk.org_nouns.values()) if spec else frozenset()
            if r.org is not None and r.org.name and not r.org.kind and not _pronoun(r.org) and len(told) == 1:
                kinds.setdefault(r.org.name, next(iter(told)))
    headline = {w.lower() for b in blocks if b.kind is BlockKind.HEADLINE for w in re.findall(r"[\w'’-]+", b.text)}
    # "the company's" stands for the headline's body only where the copy also calls that body "the company"
    # ("The company will publish ..."): "the charity's chair" beside a mining company's chief is a charity's
    referred = {m.group(1).lower() for b in blocks for m in _THE_NOUN_RE.finditer(b.text)}

    def resolve(org: Org) -> Org:
        if org.name in full:
            org = replace(full[org.name], kind=full[org.name].kind or org.kind)  # "ANC leader": still a party's
        if org.name is None:
            # "the club's president" and "club president X" alike: the story's club, when the copy calls it "the club"
            return replace(org, anaphoric=org.written.lower() in referred) if org.kind else org
        if org.kind is not None or _pronoun(org):
            return org
        kind = kinds.get(org.name) or next((k for n, k in kinds.items() if same_org(Org(n, k), org)), None)
        if kind is None and all(w in headline for w in org.name):
            kind = _SUBJECT
        return replace(org, kind=kind) if kind else org

    return resolve


def _changed_role(person: Person, role: str, blocks: list[Block], kb: PeopleKnowledge, rk: RolesKnowledge, titled) -> bool:
    """True when a sentence naming the person says a title changed and names this role ("who replaced Jones as
    manager"): "Ashworth had signed a contract extension" beside the chairman's name explains no captaincy."""
    from .person_title_conflict import _sentence_span

    words = (kb.change_words - _CAMPAIGN_WORDS) | rk.change_words
    spec = rk.roles.get(role.split(":", 1)[-1])
    forms = _role_forms(rk, role)
    for i, m in person.mentions:
        start, end = _sentence_span(blocks[i], m.start)
        if (i, start) not in titled:
            continue
        found = _mention_words(blocks[i], m, start, end) & words
        if not found or _held_since(rk, blocks[i], start, end, found):
            continue
        if spec is None or any(_own_form(rk, role, blocks[i].text, f.start()) for f in forms.finditer(blocks[i].text, start, end)):
            return True
    return False


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A past time a role was taken at: "in 2022", "in April 2024", "last year", "since 2019".
# "in July", "since the summer of 2023", "in early 2024".
_PART_OF_YEAR = r"(?:the\s+(?:spring|summer|autumn|fall|winter|start|end|beginning|middle)\s+of\s+)?(?:(?:early|late|mid)[\s-]+)?"
_PAST_TIME_RE = re.compile(r"\b(?:in|since)\s+" + _PART_OF_YEAR + r"(?:(?:(?:" + _MONTHS + r")\s+)?(?:1[89]|20)\d\d|(?:" + _MONTHS + r"))\b|\blast\s+(?:year|month|spring|summer|autumn|fall|winter|season|" + _MONTHS + r")\b")
# "since 2023", "since April 2023", "since last April", "since last season"
_SINCE_TIME_RE = re.compile(r"\bsince\s+(?:" + _PART_OF_YEAR + r"(?:(?:" + _MONTHS + r")\s+)?(?:1[89]|20)\d\d\b|last\s+(?:year|season|month|spring|summer|autumn|fall|winter|" + _MONTHS + r")\b)")
# Words that put a change ahead: "who will become chair", "is to be appointed", "is standing to succeed".
# ("will remain in charge", "will stay on" keep the holder: no change ahead)
_FUTURE_RE = re.compile(r"\b(?:(?:will|would|shall)(?!\s+(?:remain|stay|continue|keep)\b)|is\s+to|are\s+to|due|expected|set\s+to|standing|next)\b", re.IGNORECASE)


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _held_since(rk: RolesKnowledge, block: Block, start: int, end: int, found: frozenset[str]) -> bool:
    """True when the change words found in block.text[start:end] only say since when a person holds a role: words of
    taking it (roles.yaml's taking_words) with a past time and nothing ahead ("who joined it in 2019 and became chair in
    2022", "who was elected to the post in 2023"). Such a holder holds it now: that explains no second holder."""
    if not rk.taking_words:
        return False
    if "since" in found and _SINCE_TIME_RE.search(block.text, start, end):
        found = found - {"since"}  # "who has been the club's manager since 2023": held from then until now
        if not found:
            return not _FUTURE_RE.search(block.text, start, max(end, _sentence_end(block, start)))
    if not found <= rk.taking_words:
        # "a retired GP who became chair in 2022": a change word after "a" describes another walk of life
        words = _WORD_RE.findall(block.text[start:end].lower())
        others = found - rk.taking_words
        if not all(k > 0 and words[k - 1] in ("a", "an") for k, w in enumerate(words) if w in others):
            return False
    # the time may close the clause: "who was elected to the post in 2023"
    end = max(end, _sentence_end(block, start))
    return bool(_PAST_TIME_RE.search(block.text, start, end)) and not _FUTURE_RE.search(block.text, start, end)


def _sentence_end(block: Block, pos: int) -> int:
    k = bisect_right(block.sentences, pos, key=lambda s: s.start) - 1
    return block.sentences[k].end if k >= 0 and block.sentences[k].start <= pos < block.sentences[k].end else len(block.text)


def _own_form(rk: RolesKnowledge, role: str, text: str, at: int) -> bool:
    """True when a form of a role found at `at` is not the end of another role's longer form ("coach" in "forwards coach")."""
    before = text[max(0, at - 40) : at].lower()
    return not any(before.endswith(p) for p in _longer_prefixes(rk, role))


@lru_cache(maxsize=256)
def _longer_prefixes(rk: RolesKnowledge, role: str) -> tuple[str, ...]:
    """Return the words that make a form of this role another role's ("forwards " before "coach"), once per role."""
    base = role.split(":", 1)[-1]
    mine = {f.lower() for f in rk.roles[base].forms} if base in rk.roles else set()
    out = set()
    for form, other in rk.form_role.items():
        if other == base:
            continue
        for f in mine:
            for sep in (" ", "-"):
                if form.lower().endswith(sep + f):
                    out.add(form.lower()[: -len(f)])
    return tuple(sorted(out))


@lru_cache(maxsize=256)
def _role_forms(rk: RolesKnowledge, role: str) -> re.Pattern[str]:
    """Return a pattern for the forms of a role (a deputy's with its deputy word), compiled once per role."""
    base = role.split(":", 1)[-1]
    forms = rk.roles[base].forms if base in rk.roles else ()
    words = "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", f)) for f in sorted(forms, key=len, reverse=True)) or r"(?!)"
    lead = r"(?:" + "|".join(re.escape(d) for d in sorted(rk.deputies)) + r")[\s-]+" if role.startswith("deputy:") else ""
    return re.compile(r"(?i)(?<![\w'’-])" + lead + r"(?:" + words + r")(?![\w-])")


def _spelt_alike(a, b) -> bool:
    """True when two holders may be one person with the name misspelt once: surnames two letters apart at most, and no
    two different first names; or one surname and first names two letters apart ("Amarjeet Sodhi", "Amarjit Sodhi")."""
    from rapidfuzz.distance import OSA

    if a.given and b.given and a.given != b.given:
        return a.surname.lower() == b.surname.lower() and len(a.given) >= 4 and a.given[0] == b.given[0] \
            and OSA.distance(a.given.lower(), b.given.lower()) <= 2
    if len(a.surname) < 5 or a.surname[0] != b.surname[0]:
        return False
    return OSA.distance(a.surname.lower(), b.surname.lower()) <= 2
