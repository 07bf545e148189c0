"""One person given two offices or roles, one office or role given to two people, or an office reference that points at someone else.

Government offices come from rules/people.yaml and are read with factcheck.language.people,
which attaches each office phrase to the name it introduces ("Transport Secretary
Helen Marchbank", "the Dutch infrastructure minister, Joost Hendriks", "the Minister for
Infrastructure, Juan Kermode MHK," with post-nominal letters, "Ms Adeyemi, now chair of ...",
"Priya Nandakumar, the combined authority's chief executive") and links later mentions ("Ms Marchbank", "Marchbank") to the person.
Roles in every other organisation (companies, councils, police, health bodies,
universities, schools, clubs, courts, unions, charities, parties), police and military
ranks and party affiliations come from rules/roles.yaml and are read with
factcheck.language.roles, with the organisation as part of the fact, however the role is tied to the name
(before it, in apposition after a comma, a spaced dash or a bracket: "X – Acme's chair –", "X (chair, Acme)";
a present-tense copula either way round: "X is the chair of Acme", "Acme's chair is X"); they are compared in
checks/_roles.py. Reported:

- one person given two offices that share a group in people.yaml (head of state or
  government; cabinet posts; a head of government is not also a minister), or an office
  and its deputy's ("President X" … "Vice-President X"): "Transport Secretary Helen
  Marchbank" and later "Home Secretary Helen Marchbank";
- one person given two roles that exclude each other in one organisation ("chief
  executive Jane Smith" … "Jane Smith, Harbrook's chair"; head teacher and deputy head),
  the heads of two departments of one organisation ("the council's head of libraries, Fiona Greig" …
  "Fiona Greig, the council's head of finance"), two ranks ("Inspector Joseph Kiprono" … "Sgt Kiprono"), two parties ("Cllr Declan Fahy
  (Fianna Fáil)" … "the Sinn Féin councillor Declan Fahy"), or a one-organisation role
  in two named organisations ("Rovers striker X" … "City striker X"), or a person "of" one named
  organisation ("Ms Ha, of Brightline Analytics") and in a one-organisation role at, or "of", another of the
  same kind ("an analyst at Meridian Research");
- one person given two posts of one organisation however worded, where neither's words hold the other's and
  roles.yaml does not call the pair compatible ("Airport director X" … "Terminal manager X"; "Municipal
  manager X" … "Chief financial officer X"; "Group manager of surgical services X" … "X, the hospital's
  director of nursing"), or its head and a deputy's post ("X, who has led the diocese" … "Auxiliary Bishop X"),
  or a post and its deputy's ("district police chief ACP X" … "deputy police chief X"; "Civil Defense
  Administrator X" … "OCD Deputy Administrator X", an abbreviation the copy defines being its body); two titles
  of one head word are one post told two ways, unless their words are opposites (roles.yaml `opposite_titles`:
  "Defensive coordinator X" … "offensive coordinator X");
- some body's office ("ABHM president X") and, with no country, its deputy's ("vice-president X"); or some
  body's or state's office ("California Attorney General X") and a head of government's or state's office
  written with no country ("Prime Minister X"), unless that office is also some body's role (a president), or a
  state's cabinet post ("California Attorney General X") and a national cabinet post written with no country
  ("Interior Minister X");
- one unique office of one country given to two named people: both mentions name the
  same country (a person's office takes the country another mention of it gives), or the
  article names no more than one country and the two mentions
  either give it ("India's home minister A" … "Home Minister B"), say "the country's",
  or use the same kind of title ("Health Secretary A" and "health minister B" may be a
  cabinet member and a junior minister), or, in copy naming several countries, both are a
  minister's title written before the name in a sentence naming no country ("Tourism
  Minister A" … "Tourism Minister B": the home government's). Two first names one letter
  or two apart with one surname are one person spelt two ways (name-variant's finding); and one unique role of one organisation given
  to two people (a department's head is unique to its department: "head of finance") when both mentions state
  the organisation ("Rovers manager A" …
  "Rovers manager B"), or both write it as the body's title ("The Cathaoirleach, Cllr A" …
  "Cathaoirleach Cllr B") in copy that names one body of its kind ("Roscommon County Council"), or
  both are the same body by organisation coreference (reading/people.py): a role written as the
  article's own body's ("Chief executive A" opening a sentence, "B is chief executive", "the
  company's chief executive") is the one body of its kind the article names, or, when it names two
  or more, the one its headline (else its first paragraph) names in copy that calls it "the company"
  ("Harcastle Foods chief quits" … "Non-executive chair A" … "Executive chairman B"), or written as a title after
  a quote's "said" ("…," said Mayor B) in copy that names one body of its kind ("Hinchinbrook Shire Mayor A"); a
  committee described by several words before its possessive ("the development and infrastructure committee's
  chair") is that committee; a state's post written bare ("Chief Electoral Officer A") is the state's the article
  gives it ("Goa's Chief Electoral Officer, B"); a body a verb's role is held in, named by "the" and one noun, is the
  article's one ("A, who presided over the trial" … "B, who presided over the three-week trial"); "whose chief
  executive", "chairman of a growers' association" and two candidates leave the body open;
- one lawyer told to act for two clients (language/counsel.py: "the families' attorney, Neo Kgosiemang" … "Kgosiemang,
  who appeared for the land board"), when the second is the other side of a prosecution or another lawyer acts for it
  ("The board was represented by Lesego Tau"), with no change of client told beside it;
- an unnamed "<Country>'s <office>" reference ("Ukraine's PM") where the article names
  no holder of that office of that country, its main subject holds another top office
  of that country, and the sentence ties the reference to that person's term ("his
  five-year mandate").

A role given with no organisation and written as the story's own body's ("Chief Financial Officer Shanika Perera" in copy
led by Hayleys PLC) is not in another named body of that kind ("an independent non-executive director of Ceylon Tea
Brokers PLC"), unless its sentence names that body.
A unique role written once as a title before a name ("Mayor Linda Ford") and once with "the" in apposition ("The mayor,
Peter Hall,") is one body's when the article names one body of the role's kind ("Harlow Council") and no other.
A holder the article calls new to a unique role ("Ystrad Taf RFC have appointed Rhodri Price as their new head coach")
holds it now: another holder of it ("Head coach Dafydd Hughes will oversee …") is reported unless a sentence naming
that other person speaks of a change ("Price replaces Dafydd Hughes, who was sacked").

Nothing is reported when a modifier explains the change (former, then-, acting,
interim, now, stand-in, new: see people.yaml and roles.yaml) or the office's own clause
places the title in another time (a change word such as "appointed", "until", "became",
"promoted", "joined" within a few words of the office or of the person's name in a
sentence that gives a title, outside direct quotes, though "since 2019" only dates a title
held now; a year or "at the time"), when one
sentence gives the person both titles ("chairman and chief executive", "Vice-Chancellor
X, who also serves as finance minister"), for a department named with others ("Culture,
Media and Sport Secretary": one combined office), for titles in captions, for offices the
newsroom has declared for that person, or for some body's office ("club president", "its
chairman"). Roles are read in more ways: a role joined to another before the name ("Twara's
co-founder and chief executive, Aline Uwase"), a committee described before its chair ("Search committee chair Dale
Ortiz" and "who chairs the 15-member search committee"), a named body's board ("Tobacco Commission board chairperson X":
the commission's chair), a holder styled by the first name ("Sir Errol, the fund's treasurer"), "who chairs the board"
(the board of the body the article is about), and a role said to be past ("a retired judge") is left out of the
comparison while the person's other roles are compared. "The notice had been served" and "took place" are no changes of
anyone's post. A role after one word of what kind ("Rachel Tan, a resources analyst at Southbank Securities"), a
partner's firm ("a partner at Lussier Gagnon Architects" beside "of Northgate Design Group") and "who chairs the
hospital's board" (the hospital's chair) are read too, as are a level of a body between it and the role ("The party's
state chairman, X": one state chairman, who is not its national chairman) and a deputy over a part named before the
holder ("Deputy vice-chancellor for student affairs Professor X", who cannot also be the vice-chancellor). A rank is
read after a name too ("Claire Hollins, a detective sergeant," beside "Det Insp Claire Hollins"; not "a former
detective sergeant"), and a body's possessive may hold "of" ("the University of Northmoor's vice-chancellor"). A state's
governor is a role of that place ("Catanduanes Governor X" and "Governor Y of Catanduanes" are two). A conflict whose
earlier mention is itself reported is left out: "Ndlovu, the municipality's executive mayor" (its municipal manager)
is the error, and the real mayor's later mention adds nothing. A newsroom adds roles, ranks, parties and organisation words in files named
in the `role-files` setting.

A change word in an idiom that tells of no post ("The motion was moved by the Deputy Minister for Roads and
Highways, X"; "the club had signed 48,612 members") leaves the titles compared; a title after a proper name the copy
reads as no body ('said Cardiff head coach X' beside the Scarlets) is not the article's own body's; executives written as
titles in a story whose lead tells of one kind of body ("the club confirmed") are that body's.
A party the article defines with its initials ("the National Unity Congress (NUC)"), a name ending in a party noun of
roles.yaml (party_nouns) that ends in "Party" or that the copy gives a candidate, lawmakers or seats, is read like a
known one; so is a party told as the platform a member represents on, and the party whose committee a person chairs
("chair of the Lehigh County Democratic Committee", "who chairs the county's Republican committee"). A named body
chaired by someone after a comma ("The Budget and Appropriations Committee, chaired by Bahati Ward MCA Grace Njeri
Muthoni") is read, its short name ("Budget committee") the same body; a title before a name opened by an initial
("Finance Officer K. Lakshmi Narayan") is read; a thing's name before an apposition ("Under the Local Government Code,
the mayor") holds no role.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from functools import cached_property, lru_cache

from ..document import Block, BlockKind, Document, Span
from ..findings import Category, Hit, RelatedHit, Severity
from ..language.quotes import quoted_spans
from ..language.people import OfficeMention, People, PeopleKnowledge, Person, find_offices, literal_trie
from ..registry import Check, Context, Example, Option, register
from ._roles import idiom_words, promoted_after, role_conflicts

# Modifiers that make an office someone else's: the vice-president is not the president (people.yaml: modifiers.different).
_DEPUTIES = frozenset({"deputy", "vice", "shadow"})
_POSSESSIVE_END = re.compile(r"['’]s?$")

# Captions repeat the story's people in shorthand; their offices are not compared.
_NOT_COMPARED = frozenset({BlockKind.CAPTION})
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MONEY_LOAN_RE = re.compile(r"(?<!\bon )\bloans?\b(?!\s+(?:move|spell|deal|signing|switch|from|to|at|with)\b)", re.IGNORECASE)
_STANDING_ADJECTIVE_RE = re.compile(r"\bstanding(?=\s+(?:committees?|orders?|ovation|charge|army|item|invitation|start)\b)", re.IGNORECASE)
_SINCE_DATE_RE = re.compile(
    r"\bsince\s+(?=(?:the\s+(?:spring|summer|autumn|fall|winter|start|end|beginning|middle)\s+of\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:last|next)\s+(?:year|month|week)\b|\bat\s+the\s+time\b|\bago\b", re.IGNORECASE)
# How far around an office phrase a year or "at the time" places the title in another time (a year after "the" or a
# possessive qualifies another noun: "Vice-President X's chances in the 2020 election"): its own clause,
# not the rest of a long sentence ("Labour Minister X, who drafted the bill, said ... before the vote next month").
_TIME_BEFORE, _TIME_AFTER = 40, 40
# How far around an office or a name a change word says the title changed ("Jane Smith, who was promoted to inspector in May").
_CHANGE_BEFORE, _CHANGE_AFTER = 50, 40

CHECK = Check(
    id="person-title-conflict",
    category=Category.TITLE,
    severity=Severity.WARNING,
    summary="A person is given two offices, or one office is given to two people.",
    description=__doc__,
    fires=Example(
        """date 2026-03-11 Ferry crews to strike for 48 hours

Transport Secretary Helen Marchbank said she was concerned by the prospect of disruption.

Union officials said more dates could follow if no agreement was reached.

Home Secretary Helen Marchbank said the government would not stand by.
""",
        lines=(7,),
    ),
    quiet=Example(
        """date 2026-04-21 Inquiry finds signalling failures caused rail crash

The inquiry was set up by the former prime minister Graham Tolland, who visited the site.

Mr Tolland said he had hoped the report would arrive sooner.

The shadow transport secretary, Neil Garside, said the families had waited too long.

The then-transport secretary, Imogen Ratcliffe, said she had never been told about the faults.

Transport Secretary Priya Lall said the government would respond in full.
""",
    ),
    options=(
        Option("min-subject-mentions", int, "How often a person must be named to count as the article's subject for an unnamed office reference.", minimum=1),
        Option("role-files", list, "The newsroom's own roles files (the shape of rules/roles.yaml), layered over the shipped one."),
    ),
)


def run(doc: Document, context: Context) -> list[Hit]:
    """Return title conflicts, each at the later mention, pointing at the earlier one."""
    annotation = context.annotation(doc)
    reading = annotation.people
    kb, people = reading.knowledge, reading.people
    blocks: list[Block] = [_QuotedBlock(b, annotation.quotes_of) for b in reading.blocks]
    declared = _declared_offices(people, context, kb)
    min_subject = context.options(CHECK.id)["min-subject-mentions"]
    titled = _titled_sentences(people, blocks)
    hits: list[Hit] = []
    hits += _two_offices(people, blocks, kb, declared, titled, reading.roles)
    hits += _two_holders(people, blocks, kb, titled)
    hits += _unnamed_reference(people, blocks, kb, min_subject)
    hits += role_conflicts(people, blocks, kb, reading.roles, titled, reading.organisations)
    hits += _two_sides(blocks, doc)
    return _without_consequences(hits)


def _two_sides(blocks: list[Block], doc: Document) -> list[Hit]:
    """One lawyer told to act for two clients (language/counsel.py: "the families' attorney, Neo Kgosiemang" …
    "Kgosiemang, who appeared for the land board"), when the second is the other side of a prosecution, or another
    lawyer acts for it ("The board was represented by Lesego Tau"): no lawyer acts for both sides of one case. Quiet when
    the words about it tell of a change ("now acts for", "previously represented")."""
    from ..language.counsel import read_counsel

    told = [(i, c) for i, b in enumerate(blocks) if b.kind not in _NOT_COMPARED and b.kind is not BlockKind.HEADLINE
            for c in read_counsel(b.text) if not _in_quote(b, c.start)]
    hits = []
    for k, (j, later) in enumerate(told):
        for i, first in told[:k]:
            if first.surname != later.surname or first.words & later.words:
                continue  # ("the university court" and "the university": one client)
            rival = any(c.words & later.words and c.surname != later.surname for _, c in told)
            if not (later.opposite == first.client or rival) or _SIDE_CHANGED.search(blocks[j].text, max(0, later.start - 30), later.end + 30):
                continue
            line = doc.line_col(blocks[i].source_offset(first.start))[0]
            hits.append(Hit(CHECK.id, blocks[j].source_span(later.start, later.end),
                            f"{later.name} acts for the {later.client} here, but for the {first.client} at line {line}; one lawyer cannot act for both sides.",
                            (RelatedHit(blocks[i].source_span(first.start, first.end), f"acting for the {first.client}"),)))
            break
    return hits


def _in_quote(block: Block, pos: int) -> bool:
    quotes = block.quotes if isinstance(block, _QuotedBlock) else quoted_spans(block.text)
    return any(a <= pos < b for a, b in quotes)


# a lawyer's change of client: "now acts for", "previously represented", "took over the brief"
_SIDE_CHANGED = re.compile(r"\b(?:now|previously|formerly|earlier|until|no\s+longer|switched|replaced|took\s+over|instead|withdrew|later)\b", re.I)


def _without_consequences(hits: list[Hit]) -> list[Hit]:
    """Drop a conflict with a mention that is itself reported: "Ndlovu, the municipality's executive mayor" (Ndlovu is
    its municipal manager) is the error; the real mayor's later mention conflicts only with that one, and says nothing new."""
    def meets(a: Span, b: Span) -> bool:
        return a.start < b.end and b.start < a.end

    def follows(h: Hit, g: Hit) -> bool:  # h points at g's place, and g does not point back at h's
        return g is not h and any(meets(r.span, g.span) for r in h.related) and not any(meets(r.span, h.span) for r in g.related)

    # only hits whose place meets one of h's related places can be followed: found by where they start, not by trying
    # every pair (a long article may have thousands of hits)
    ordered = sorted(hits, key=lambda g: g.span.start)
    starts = [g.span.start for g in ordered]
    longest = max((g.span.end - g.span.start for g in hits), default=0)

    def meeting(span: Span) -> list[Hit]:
        lo, hi = bisect_left(starts, span.start - longest), bisect_left(starts, span.end)
        return [g for g in ordered[lo:hi] if meets(span, g.span)]

    return [h for h in hits if not any(follows(h, g) for r in h.related for g in meeting(r.span))]


def _sentence(block: Block, pos: int) -> str:
    k = bisect_right(block.sentences, pos, key=lambda s: s.start) - 1
    if k >= 0 and pos < block.sentences[k].end:
        return block.sentences[k].text
    return block.text


def _another_time(block: Block, office: OfficeMention, kb: PeopleKnowledge) -> bool:
    """True when the clause around an office says the title changed or belongs to another time.

    A change word ("appointed", "until") or a year counts within the office's own clause (a few words either
    side, inside its sentence), not anywhere in a long sentence that also mentions a campaign or a date.
    """
    sentence = _sentence_span(block, office.start)
    end_of = max(office.end, office.holder[1] if office.holder else 0)
    start = max(sentence[0], office.start - _TIME_BEFORE)
    end = min(sentence[1], end_of + _TIME_AFTER)
    lo, hi = max(sentence[0], office.start - _CHANGE_BEFORE), _change_window_end(block, end_of, sentence[1])
    words = _unquoted_words(block, lo, hi) - idiom_words(block.text[lo:hi])
    # a year after a determiner qualifies another noun ("Vice-President X's chances in the 2020 presidential election"),
    # not the title's time ("President in 2019")
    return bool(words & kb.change_words) or any(not _ATTRIBUTIVE_YEAR_BEFORE.search(block.text, max(0, m.start() - 8), m.start())
                                                 for m in _YEAR_RE.finditer(block.text, start, end))


_SAID_AFTER_RE = re.compile(r"\b(?:said|says|told|added|announced|explained|insisted)\b")
_ATTRIBUTIVE_YEAR_BEFORE = re.compile(r"\b(?:the|its|their|his|her|this|that|a)\s+\Z", re.IGNORECASE)


class _QuotedBlock(Block):
    """One of the document's blocks, with its direct quotes as the annotation reads them (once per block, when first asked)."""

    def __init__(self, block: Block, quotes_of: Callable[[Block], list[tuple[int, int]]]) -> None:
        self.__dict__.update(block.__dict__)  # the same block: text, sentences, spans (a dataclass without slots)
        self._block, self._quotes_of = block, quotes_of

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        return self._quotes_of(self._block)


def _unquoted_words(block: Block, start: int, end: int) -> frozenset[str]:
    """Return the lower-cased words of block.text[start:end] outside direct quotes.

    A change word inside a speaker's words ("for as long as it takes") describes what they
    say, not the person's title. The window is a sentence at most, and the block's quotes are
    read once (run hands this check's readers blocks that carry them).
    """
    text = block.text
    quotes = block.quotes if isinstance(block, _QuotedBlock) else quoted_spans(text)
    piece = text[start:end]
    # the quotes are in order and apart: only those from the one before start up to end can overlap
    for qs, qe in quotes[max(0, bisect_right(quotes, (start,)) - 1):]:
        if qs >= end:
            break
        if qe > start:
            a, b = max(qs, start) - start, min(qe, end) - start
            piece = piece[:a] + " " * (b - a) + piece[b:]
    # "who has been artistic director since 2019": a role held from a date to now, not a change
    piece = _SINCE_DATE_RE.sub(lambda m: " " * len(m.group()), piece)
    # "the standing committee on public accounts": an adjective, not "standing down" or "standing for"
    piece = _STANDING_ADJECTIVE_RE.sub(lambda m: " " * len(m.group()), piece)
    # "modelled the loan against a fall in prices": money lent, not a player "on loan" or a "loan spell"
    piece = _MONEY_LOAN_RE.sub(lambda m: " " * len(m.group()), piece)
    # "the franchise, which joined the league in 2021,": a thing's change; "the club, which he joined" stays the person's
    piece = _THINGS_CLAUSE_RE.sub(lambda m: " " * len(m.group()), piece)
    # "would also step up inspections": more of something, not "stepped up to chair the board" or "stepped up as captain"
    for m in _STEP_UP_MORE_RE.finditer(text, start, min(len(text), end + 40)):  # its object may lie past the window
        if m.start() < end:
            piece = piece[: m.start() - start] + " " * (min(m.end(), end) - m.start()) + piece[min(m.end(), end) - start :]
    return frozenset(w.lower() for w in _WORD_RE.findall(piece))


_STEP_UP_MORE_RE = re.compile(r"\bstep(?:s|ped|ping)?\s+up\s+(?!(?:to|as|from|into|in)\b)(?:(?:its|their|his|her|the|a|an)\s+)?[a-z]+", re.I)


_THINGS_CLAUSE_RE = re.compile(r",\s+which\s+(?![^,;:.]*\b(?:he|she|him|her|his|they|them)\b)[^,;:.]{1,120}(?=,|\Z)", re.I)


def _sentence_span(block: Block, pos: int) -> tuple[int, int]:
    k = bisect_right(block.sentences, pos, key=lambda s: s.start) - 1
    if k >= 0 and pos < block.sentences[k].end:
        return block.sentences[k].start, block.sentences[k].end
    return 0, len(block.text)


def _change_window_end(block: Block, end: int, sentence_end: int) -> int:
    """Where the words after a name or its title that may say the title changed stop: a few words on, inside the
    sentence, and before a verb of saying ("the Head of Service, Prof. Alabi, said the sacked commissioners …": what
    the person said is a change of others' titles)."""
    after = min(sentence_end, end + _CHANGE_AFTER)
    said = _SAID_AFTER_RE.search(block.text, end, after)
    return said.start() if said is not None else after


def _changed(person: Person, blocks: list[Block], kb: PeopleKnowledge, titled: set[tuple[int, int]] | None = None, extra: frozenset[str] = frozenset()) -> bool:
    """True when a sentence naming the person says a title changed ("has been appointed Home Secretary").

    With `titled` (the sentences, as (text index, sentence start), that give someone an office or role), the
    change word counts only in such a sentence: "Parliament will not sit until October" says nothing about a title.
    """
    for i, m in person.mentions:
        span = _sentence_span(blocks[i], m.start)
        if titled is not None and (i, span[0]) not in titled:
            if promoted_after(blocks[i], m):
                return True
            continue
        if titled is not None:
            span = (max(span[0], m.start - _CHANGE_BEFORE), _change_window_end(blocks[i], m.end, span[1]))
        # ("The motion was moved by the Deputy Minister for Roads, X": a change word in an idiom that tells of no post)
        words = _unquoted_words(blocks[i], *span) - idiom_words(blocks[i].text[span[0] : span[1]])
        if words & (kb.change_words | extra):
            return True
    return False


def _titled_sentences(people: People, blocks: list[Block]) -> set[tuple[int, int]]:
    """Return the sentences, as (text index, sentence start), that hold an office or a role phrase."""
    out = set()
    for i, offices in enumerate(people.offices):
        for o in offices:
            out.add((i, _sentence_span(blocks[i], o.start)[0]))
    for i, roles in enumerate(people.roles):
        for r in roles:
            out.add((i, _sentence_span(blocks[i], r.start)[0]))
    return out


def _span(blocks: list[Block], i: int, o: OfficeMention):
    end = o.holder[1] if o.holder and o.holder[1] > o.end else o.end
    start = min(o.start, o.holder[0]) if o.holder else o.start
    return blocks[i].source_span(start, end)


def _shares_group(kb: PeopleKnowledge, a: str, b: str) -> bool:
    sa, sb = kb.offices.get(a), kb.offices.get(b)
    return bool(sa and sb and sa.groups & sb.groups)


def _declared_offices(people: People, context: Context, kb: PeopleKnowledge) -> dict[int, set[str]]:
    """Return, per person (by id), the office keys the newsroom's declared entities give them."""
    out: dict[int, set[str]] = {}
    entities = tuple(context.knowledge.get("entities", ()) or ())
    if not entities:
        return out
    for person in people.persons:
        for entity in entities:
            names = {getattr(entity, "name", ""), *(getattr(entity, "aliases", ()) or ())}
            if person.full_name in names or any(n.split()[-1:] == [person.surname] for n in names if n):
                for title in getattr(entity, "titles", ()) or ():
                    # "President of Ukraine", "Transport Secretary": read as copy would be
                    for office in find_offices(title, kb)[:1]:
                        if office.current:
                            out.setdefault(id(person), set()).add(office.office)
    return out


def _offices(person: Person, blocks: list[Block]) -> list[tuple[int, OfficeMention]]:
    """Return the person's office phrases outside captions."""
    return [(i, o) for i, o in person.offices if blocks[i].kind not in _NOT_COMPARED]


def _base(office: str, kb: PeopleKnowledge) -> tuple[str, bool]:
    """Return (the office a key names, whether it is its deputy's): "vice president" -> ("president", True)."""
    if office in kb.offices:
        return office, False
    head, _, rest = office.partition(" ")
    if head in _DEPUTIES and rest in kb.offices:
        return rest, True
    return office, False


def _current(person_offices: list[tuple[int, OfficeMention]], blocks: list[Block], kb: PeopleKnowledge) -> list[tuple[int, OfficeMention]]:
    """Return the offices held now: no change modifier, not some body's office, not placed in another time.

    A deputy's office ("Vice-President X", "Deputy Prime Minister X") is kept: it is not the office itself.
    """
    out = []
    for i, o in person_offices:
        if o.qualified or any(m in kb.change_modifiers for m in o.modifiers) or _another_time(blocks[i], o, kb):
            continue
        base, deputy = _base(o.office, kb)
        if base in kb.offices and (not deputy or all(m in _DEPUTIES for m in o.modifiers)):
            out.append((i, o))
    return out


def _exclusive(kb: PeopleKnowledge, a: str, b: str) -> bool:
    """True when one person cannot hold offices a and b at once: they share a group, or one is the other's deputy."""
    (ba, da), (bb, db) = _base(a, kb), _base(b, kb)
    if ba == bb:
        return da != db
    return _shares_group(kb, ba, bb)


def _two_offices(people: People, blocks: list[Block], kb: PeopleKnowledge, declared: dict[int, set[str]], titled: set[tuple[int, int]], rk=None) -> list[Hit]:
    hits = []
    for person in people.persons:
        if any(any(m in kb.change_modifiers for m in o.modifiers) or _another_time(blocks[i], o, kb) for i, o in _offices(person, blocks)):
            continue  # the copy itself says this person's title changed
        if _changed(person, blocks, kb, titled):
            continue
        body = [(i, o) for i, o in _offices(person, blocks) if o.qualified]
        if body:
            # some body's office ("ABHM president X"): the person's other offices are that body's, so only
            # its deputy's office written with no country ("vice-president X") is compared with it
            found = _body_deputy(person, body, blocks, kb)
            hits += found or (_body_and_head(person, body, blocks, kb, rk) if rk is not None else [])
            continue
        offices = _current(_offices(person, blocks), blocks, kb)
        known = declared.get(id(person), set())
        joint = _joint_pairs(offices, blocks)
        reported = set()
        for k, (j, later) in enumerate(offices):
            for i, earlier in offices[:k]:
                if later.office == earlier.office or not _exclusive(kb, earlier.office, later.office):
                    continue
                if frozenset((earlier.office, later.office)) in joint:
                    continue  # given together somewhere ("Tanaiste and Minister for Finance"): held together
                if earlier.country and later.country and earlier.country != later.country:
                    continue
                if {earlier.office, later.office} <= known:
                    continue
                if later.office in reported:
                    break
                reported.add(later.office)
                hits.append(
                    Hit(
                        CHECK.id,
                        _span(blocks, j, later),
                        f"{person.full_name} is called \u201c{_as_written(blocks[j], later)}\u201d here but \u201c{_as_written(blocks[i], earlier)}\u201d at line {blocks[i].line}; one person cannot hold both.",
                        (RelatedHit(_span(blocks, i, earlier), f"\u201c{_as_written(blocks[i], earlier)}\u201d here"),),
                    )
                )
                break
        for j, later in offices:
            clash = [k for k in known if k != later.office and _shares_group(kb, k, later.office)]
            if clash and later.office not in known and later.office not in reported:
                reported.add(later.office)
                hits.append(Hit(CHECK.id, _span(blocks, j, later), f"{person.full_name} is called \u201c{later.form}\u201d here; the newsroom's entities give them the title \u201c{clash[0]}\u201d."))
    return hits


def _words_of(block: Block, office: OfficeMention, before: int = 0) -> set[str]:
    """The lower-case words an office phrase is written with, and those up to `before` characters ahead of it."""
    return {w.lower() for w in _WORD_RE.findall(block.text[max(0, office.start - before) : office.end])}


def _as_written(block: Block, office: OfficeMention) -> str:
    """An office as the copy writes it, its modifiers included ("Vice-President", not the "President" its key ends in)."""
    written = " ".join(block.text[office.start : office.end].split())
    return written if written.lower().endswith(office.form.lower()) else office.form


def _body_and_head(person: Person, body: list[tuple[int, OfficeMention]], blocks: list[Block], kb: PeopleKnowledge, rk) -> list[Hit]:
    """Return a hit at a head of government or state's office written with no country ("Prime Minister X") of a
    person some body's or state's office names ("California Attorney General X"): no one holds both. An office that
    is also some body's role ("President X" of the union whose president X is) is left alone."""
    keys = {o.office for _, o in body}
    # a state's cabinet post ("California Attorney General X") is no national cabinet post ("Interior Minister X")
    cabinet = any("cabinet" in getattr(kb.offices.get(o.office), "groups", ()) for _, o in body)
    for j, later in _current(_offices(person, blocks), blocks, kb):
        spec = kb.offices.get(later.office)
        base, deputy = _base(later.office, kb)
        # a head's deputy ("Deputy Prime Minister X") sits in a national cabinet: no state's cabinet post beside it
        deputy_of_head = deputy and "head" in kb.offices[base].groups and all(m in _DEPUTIES for m in later.modifiers)
        national = spec is not None and ("head" in spec.groups or cabinet and "cabinet" in spec.groups)
        if later.qualified or later.country is not None or later.office in keys or not (national or deputy_of_head and cabinet):
            continue
        if later.office in rk.roles or later.office in rk.form_role:
            continue
        i, earlier = body[0]
        if not deputy_of_head and "head" not in spec.groups and _words_of(blocks[j], later) & _words_of(blocks[i], earlier, before=40):
            continue  # "Culture, Media and Sport Secretary X" … "Culture Secretary X": one combined department, named in short
        if (i, _sentence_span(blocks[i], earlier.start)) == (j, _sentence_span(blocks[j], later.start)):
            continue
        written = " ".join(blocks[j].text[later.start : later.end].split()) if deputy_of_head else later.form
        return [_both(person, blocks, j, later, written, i, earlier)]
    return []


def _both(person: Person, blocks: list[Block], j: int, later: OfficeMention, written: str, i: int, earlier: OfficeMention) -> Hit:
    """The hit at a later office of a person who holds an earlier one they cannot hold beside it."""
    return Hit(
        CHECK.id,
        _span(blocks, j, later),
        f"{person.full_name} is called \u201c{written}\u201d here but \u201c{earlier.form}\u201d at line {blocks[i].line}; one person cannot hold both.",
        (RelatedHit(_span(blocks, i, earlier), f"\u201c{earlier.form}\u201d here"),),
    )


def _body_deputy(person: Person, body: list[tuple[int, OfficeMention]], blocks: list[Block], kb: PeopleKnowledge) -> list[Hit]:
    """Return a hit at a deputy's office with no country ("vice-president X") of a person some body's office
    ("Hindu Mahasabha president X") makes that body's head, or at the head's office of that body's deputy."""
    bases = {_base(o.office, kb) for _, o in body}
    for j, later in _offices(person, blocks):
        if later.qualified or later.country is not None or later.modifiers and not all(m in _DEPUTIES for m in later.modifiers):
            continue
        base, deputy = _base(later.office, kb)
        if (base, not deputy) not in bases:
            continue
        i, earlier = next((i, o) for i, o in body if _base(o.office, kb) == (base, not deputy))
        if (i, _sentence_span(blocks[i], earlier.start)) == (j, _sentence_span(blocks[j], later.start)):
            continue
        written = " ".join(blocks[j].text[later.start : later.end].split())
        return [_both(person, blocks, j, later, written, i, earlier)]
    return []


@lru_cache(maxsize=8)
def _term_re(kb: PeopleKnowledge) -> re.Pattern[str]:
    """Return the pattern for "his/her ... term" words ("his five-year mandate"), built once per knowledge base."""
    return re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(re.escape(w) for w in sorted(kb.term_words)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _country_re(kb: PeopleKnowledge) -> re.Pattern[str]:
    # a trie, not an alternation of some 300 names: it is tried at every word of the article
    return re.compile(r"(?<![\w-])(?:" + literal_trie(kb.country_word) + r")(?![\w-])")


def _countries_named(blocks: list[Block], kb: PeopleKnowledge) -> set[str]:
    pattern = _country_re(kb)
    return {kb.country_word[m.group()] for b in blocks for m in pattern.finditer(b.text)}


def _rank(office: OfficeMention) -> str:
    """Return the kind of title a form gives: UK copy calls cabinet members "secretary" and junior ones "minister"."""
    form = office.form.lower()
    return "secretary" if "secretary" in form else "minister" if "minister" in form else form


def _joint_pairs(mentions, blocks: list[Block]) -> set[frozenset]:
    """Return the pairs of offices or roles one person is given in one sentence: the copy says they are held together."""
    out = set()
    # grouped by block and sentence, so a person named many times is not compared with every earlier mention
    seen: dict[tuple[int, tuple[int, int]], set] = {}
    for j, b in mentions:
        key_b = getattr(b, "office", None) or b.role
        earlier = seen.setdefault((j, _sentence_span(blocks[j], b.start)), set())
        for key_a in earlier:
            out.add(frozenset((key_a, key_b)))
        earlier.add(key_b)
    return out


def _two_holders(people: People, blocks: list[Block], kb: PeopleKnowledge, titled: set[tuple[int, int]]) -> list[Hit]:
    named = _countries_named(blocks, kb)
    # in copy about one country, an office written without a country ("Home Minister X") is that country's
    home = next(iter(named)) if len(named) == 1 else None
    holders: dict[tuple[str, str | None], list[tuple[Person, int, OfficeMention]]] = {}
    for person in people.persons:
        # "Chinese Foreign Minister Wang Yi" … "Foreign Minister Wang Yi": the country one mention gives is the person's
        stated: dict[str, set[str]] = {}
        for _, o in _offices(person, blocks):
            if o.country not in (None, "(this country)"):
                stated.setdefault(o.office, set()).add(o.country)
        for i, o in _current(_offices(person, blocks), blocks, kb):
            spec = kb.offices.get(o.office)
            if spec and spec.unique:
                theirs = stated.get(o.office, set())
                country = o.country if o.country not in (None, "(this country)") else next(iter(theirs)) if len(theirs) == 1 else home
                holders.setdefault((o.office, country), []).append((person, i, o))
    hits = []
    for (office, country), found in holders.items():
        first_person, i, first = found[0]
        for person, j, later in found[1:]:
            if person is first_person or j == i or _changed(person, blocks, kb, titled) or _changed(first_person, blocks, kb, titled):
                continue
            if country is None and len(named) > 1 and not (_home_title(blocks[i], first, kb) and _home_title(blocks[j], later, kb)):
                continue  # "Foreign Minister A" and "Foreign Minister B" may be two countries' ministers
            if person.surname == first_person.surname and person.given and first_person.given and _near(person.given, first_person.given):
                continue  # "Oleksii Marchenko" … "Oleksiy Marchenko": one person spelt two ways (name-variant's finding)
            said = [o for o in (first, later) if o.country is not None]
            if len(said) < 2 and not any(o.local for o in said) and _rank(first) != _rank(later):
                continue  # "Health Secretary A" and "health minister B": a cabinet member and a junior minister
            written = " ".join(blocks[j].text[later.start : later.end].split())
            hits.append(
                Hit(
                    CHECK.id,
                    _span(blocks, j, later),
                    f"{person.full_name} is called “{written}” here, but line {blocks[i].line} gives that office to {first_person.full_name}.",
                    (RelatedHit(_span(blocks, i, first), f"{first_person.full_name}, {first.form}"),),
                )
            )
            break
    return hits


def _near(a: str, b: str) -> bool:
    """True when two first names are one spelt two ways (two letters apart at most)."""
    from rapidfuzz.distance import OSA

    return OSA.distance(a.lower(), b.lower()) <= 2


def _home_title(block: Block, office: OfficeMention, kb: PeopleKnowledge) -> bool:
    """True for an office written as a title before its holder's name ("Tourism Minister Nadia Appadoo told MPs") in a
    sentence that names no country, and no head of state or government: copy naming several countries gives a foreign
    minister's country, so this is the home government's."""
    if not office.holder or office.holder[0] < office.end or not block.text[office.start : office.start + 1].isupper():
        return False
    if "head" in kb.offices[office.office].groups:
        return False  # "President Franklin Roosevelt" beside "President Barack Obama": a head of state of another time
    return not _country_re(kb).search(_sentence(block, office.start))


def _unnamed_reference(people: People, blocks: list[Block], kb: PeopleKnowledge, min_subject: int) -> list[Hit]:
    if not people.unattached or not people.persons:
        return []
    counts = Counter({id(p): len(p.mentions) for p in people.persons})
    ranked = sorted(people.persons, key=lambda p: -len(p.mentions))
    subject = ranked[0]
    if len(subject.mentions) < min_subject or (len(ranked) > 1 and counts[id(ranked[1])] == counts[id(subject)]):
        return []
    named = {(o.office, o.country) for p in people.persons for _, o in _offices(p, blocks) if o.current}
    term = _term_re(kb)
    hits = []
    for i, ref in people.unattached:
        if blocks[i].kind in _NOT_COMPARED:
            continue
        spec = kb.offices.get(ref.office)
        if not ref.current or spec is None or not spec.unique or ref.country in (None, "(this country)"):
            continue
        if not _POSSESSIVE_END.search(blocks[i].text[ref.start : ref.end].split()[0]):
            continue  # only "<Country>'s <office>": "the Ukrainian President" is ordinary usage
        if any((ref.office, c) in named for c in (ref.country, None, "(this country)")):
            continue  # the article names a holder of this office
        theirs = [(j, o) for j, o in _offices(subject, blocks) if o.current and o.country == ref.country and o.office != ref.office and _shares_group(kb, o.office, ref.office)]
        if not theirs or not term.search(_sentence(blocks[i], ref.start)):
            continue
        j, o = theirs[-1]
        hits.append(
            Hit(
                CHECK.id,
                blocks[i].source_span(ref.start, ref.end),
                f"\u201c{blocks[i].text[ref.start:ref.end]}\u201d: the article names no such office-holder, and the sentence describes the term of "
                f"{subject.full_name}, whom line {blocks[j].line} calls \u201c{o.form}\u201d.",
                (RelatedHit(_span(blocks, j, o), f"{subject.full_name}, {o.form}"),),
                suggestion=None,
            )
        )
    return hits


register(run, CHECK)
