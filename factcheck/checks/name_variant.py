"""One person's name spelled two ways: "Zelenskyy" beside "Zelensky", "Siobhan" beside "Siobahn".

People are read with factcheck.language.people: name runs count as a person's when
something in the copy says so (an honorific, an office, a speech verb after it or, after a quote or
a comma, before it: "..., said Prothero", an age) or when
they share a surname with such a person; a surname written alone with such evidence
("Middlemas said"; not a word the article also writes in lower case: "Officers said") is compared with the people's surnames, and so is a word written once
with no such evidence ("Lopes' amendment") when it is one letter from a surname the copy
gives a person at least three times and does not follow a preposition of place ("in Wilton"). Spellings of surnames, and of first names
used with one surname, are compared with rapidfuzz (at most one or two edits, a swap of
two letters counting as one). A spelling is reported when the other is used at least
twice as often, the two start with the same letter, one is not the other plus an
ending ("Daniel"/"Daniela", "Russia"/"Russian"; a doubled last letter, "Linneman"/"Linnemann",
is a misspelling, not an ending), nor the two forms of one noun ending in "-man" when the article writes the plural after "the" ("Northman"/"Northmen": a player of
the Saskatoon Northmen is a Northman; "Mr Chapmen" after "John Chapman" is still a slip), the two never stand in one sentence
(copy that names both is telling two people apart; not when one first name goes with both and the other spelling is
written bare there or with another first name: "Warren commended Biden … proud to endorse Joe Bidden", "Joe Bidden and
his son, Hunter Biden", after "Joe Biden"), neither is said to be another person's ("Shane Maloney (no
relation)"), and, for surnames, the two
spellings do not come with different first names (two people with similar
surnames), unless those first names are one letter apart too ("Coun. Tracey Hachey" … "Coun.
Tracy Hachy": one name mistyped twice). A first name written once each way with one surname the copy uses again
("Jonathan Reyes" … "Mr Reyes" … "Jonathon Reyes"), six letters or longer (five when a letter is doubled: "Comrade
Nnamdi Eze" … "Comrade Namdi Eze", or one sound is spelt two ways: "Rajeev Deshpande" … "Rajiv Deshpande") and one edit
apart (two from seven letters: "Oluwaseun"/"Oluseun"; two in the vowels alone: "Jahkeem"/"Jahkim"), is reported at the later spelling
without a suggestion: wire copy gives a full name only once or twice. A full name
introduces its spelling: a later reference by surname alone that the copy shows is a
person's ("Dr Aoife O'Donoghue" … "Dr O'Donohue"; "Joanna Cherry" … "Chery, who led the
petition") is reported even when each is written once (one letter apart, or two for an
honorific reference to a name of seven letters or more; or a first letter that sounds the
same, K for C or E for I, when the full name and the honorific reference are each written once, or when the other
spelling is written three times or more and this one once ("Ms. Elangovan" … "Ms. Ilangovan's lead"): "Dr
Aoife Kavanagh" … "Dr Cavanagh"). News copy introduces a person by full name before using the surname alone, so a
lone capitalised word written once, never introduced, and one keystroke slip from the
surname of someone introduced earlier (two neighbouring letters swapped, a letter moved two places in a name of
seven letters or more, "Prothero" … "Prothroe", a letter
doubled, undoubled or dropped, one vowel for another, or two edits in the last barrel of a double-barrelled name whose
first barrel is the same, "Okonkwo-Blake" … "Okonkwo-Black": "Daniel Paluh" … "Palluh and his
team", "Ted Cruz" … "according to Curz") is reported, after a preposition of place only as two
letters swapped in a surname written three times ("of Turmp becoming") or in a name of ten letters or more
("substitute Tanaka Shumbayaonda" … "sent on Shumbayawonda"); a consonant for another makes
another name ("Wilson"/"Wilton") and stays quiet. One full name written twice with the
same first name and surnames one letter apart ("James Peebles" … "James Peebels") is
reported at the later, unsuggested. A capitalised "-ing" word opening a sentence
("Representing Deardon, ...") is a participle, not a first name. A middle initial ("John R.
Bolton") is part of the name, initials before a surname open a full name ("advocate P. Arulmozhi" …
"Ms. Arulmozi"), a hyphenated given name after the surname ("Ivy Leung Sze-man", "Moon Jae-in": a
lower-case syllable after the hyphen) leaves the word before it as the surname ("Ms Leong" is
compared with Leung), and a surname's "Mc" is compared as its "Mac", the capital after it as
house style ("Alasdair Mackintosh" … "Mr McIntosh" is one letter out), and so is a capitalised particle opening a two-word name ("The DA's Van
Rensberg") when the article writes that particle in lower case inside a name ("Pieter van Rensburg"): a
surname, not a first name "Van". The surname of a full name nothing else marks as a person's
("Brian T. Carroll, the nominee") is compared too, with such a reference or, when it is
written three times, with a lone word one letter out. Names of organisations, places and
products ("Brackenfield Logistics" … "Brackenfeld Logistics", "Solvenna" … "Solvena"):
capitalised words of six letters or more that are not people's names, known places or
words the article also writes in lower case are compared the same way (one letter apart,
two from ten letters, but not two forms of one word such as "Corrections"/"Correctional", whose stems are followed
by a word's endings; "Brackenbury"/"Brackenberry" are one name);
the majority spelling, written at least twice and twice as often, must appear inside a
sentence, or three times at sentence starts ("Okavia Agro-Allied Plc returned ..."). A name
of three capitalised words written again with one word a vowel out and the others the same
("Manyame Agro Holdings" … "Manyame Agri Holdings", "Taman Sri Kenari" … "Taman Seri Kenari")
is reported at the minority spelling, or at the later one when each is written once (then
unsuggested), unless the article writes either word in lower case; so is one with a word
that has an "s" more, not at the name's end ("Brightwater Care Group" … "Brightwaters Care
Group"), or a final "e" more ("Ferncliffe Art Fund" … "Ferncliff Art Fund"). A name written as one word and as two before the same word ("Halong Ventures" …
"Ha Long Ventures") is reported alike. An office and the body it heads are two words, not one spelt two ways
("Minister of Natural Resources" … "Ministry of Natural Resources"; secretary/secretariat, director/directorate,
commissioner/commission). Headlines and crossheads, in title case, are not
read for either. The suggestion is the majority spelling, or the spelling the newsroom's
declared entities give. Every declared variant is reported wherever it appears.
Spellings inside a quoted title of a book, report or organisation are left alone,
and so are spellings that differ only in accents ("Erdoğan"/"Erdogan"), which is
house style.
A name's second word written again with one sound spelt another way (ch/k, ph/f, z/s, a doubled letter), after the
same first word ("Permata Orkid Holdings Bhd" … "Permata Orchid"), is that name misspelt.
Two of a surname's vowels written in each other's places, in a name of seven letters or more ("Justice Ingrid
Halvorsen" … "Halverson's opinion"), is one keystroke slip too.
One first name with a surname and with the same surname a final "e" short ("Dean Sutcliffe" … "Dean Sutcliff") is one
full name mistyped. A "person" read only from a speech verb whose last word the article writes before a body's word
elsewhere ("Harborline Modular said" beside "Harbourline Modular Inc.") is that body, its name compared as one.
A full name's surname written again by sound, two letters out (a vowel doubled or single, "y" for "i", "z" for "s", "ie"
for "y": "Sunita Kapoor" … "Kapur, who joined", "Stuart Hendry" … "Hendrie said"), is that name respelt; two people whose
first names are two letters out too ("Mariana Lopes", "Mariano López") stay two.

A surname's possessive before what only a person has ("Lindquist's campaign", "Okafor's lawyer") shows it names a
person.
A name of several words written twice, once each way, with one word one letter apart and the others the same
("Chukwuemeka Anyanwu Foundation" … "Chukwuemeka Anyawu Foundation") is reported at the later, unsuggested: the words
around it say it is one name.
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from functools import lru_cache
from operator import attrgetter

from ..document import Block, BlockKind, Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..language.people import ORG_WORDS, SURNAME_PREFIXES, NameMention, similar_spellings
from ..language.quotes import in_quote, quoted_spans
from ..registry import Check, Context, Example, Option, register

# A capitalised word after these is more likely a place or a firm than a person ("in Wilton", "at Burton").
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|from|to|near|of|outside|into|across|via|around|toward|towards|by|on)\s+\Z")
# How often a person's surname must appear before a lone word with no evidence is compared with it.
_WEAK_MAJORITY = 3
_LONG_NAME = 10
# A surname alone made to speak ("Sachdev said") is a person's.
_SPOKE_AFTER_RE = re.compile(r"\s+(?:said|says|told|added|explained|argued|insisted)\b")
# A verb after a lone word: it names the subject of a sentence, as a person's surname does ("Sadners secured").
_VERB_AFTER_RE = re.compile(r"\s+(?:has|had|was|is|will|would|could|also)\b|\s+[a-z]{3,}ed\b")
# How long two first names written once each must be before a one-letter difference is reported ("Jonathan"/"Jonathon").
_TIE_MIN_LENGTH = 6
# From this length two first names written once each may differ by two letters ("Oluwaseun"/"Oluseun").
_TIE_TWO_EDITS = 7

_DROP_VOWELS = str.maketrans("", "", "aeiouy")


def _consonants(name: str) -> str:
    """A name's consonants in order: two spellings with the same ones differ only in how the vowels were heard."""
    return name.lower().translate(_DROP_VOWELS)


# First letters that sound alike: one spelt for the other is one name misheard or mistyped ("Kavanagh"/"Cavanagh").
# Reported only where a full name introduces the spelling and the other is a later honorific reference.
_SOUND_ALIKE_FIRST = frozenset({frozenset("kc"), frozenset("ei")})  # "Kavanagh"/"Cavanagh", "Elangovan"/"Ilangovan"
_SOUND_ALIKE_MIN = 6
_SOUND_ALIKE_MAJORITY = 3  # how often a name must be written for a sound-alike initial written once to be its slip

# Endings that turn one name or word into another: Daniel/Daniela, Russia/Russian, Louis/Louise, Tuscan/Tuscany.
_ENDINGS = frozenset({"s", "es", "n", "an", "ian", "a", "e", "o", "i", "ne", "na", "y"})

CHECK = Check(
    id="name-variant",
    category=Category.NAME,
    severity=Severity.WARNING,
    summary="One person's name is spelled two ways in the same article.",
    description=__doc__,
    fires=Example(
        """date 2026-03-05 Council leader defends library closures

Council leader Siobhan Meredith said the closures were the hardest decision of her career.

Siobhan Meredith told the chamber there had been no painless options left.

Siobahn Meredith later rejected claims that the offices could have been sold.
""",
        lines=(7,),
    ),
    quiet=Example(
        """date 2026-03-05 Brothers set up rival bakeries on the same street

David Miliband said his bakery would open on Saturday.

His brother Ed Miliband said he was not worried by the competition.

Mr Miliband added that there was room for two bakeries in the town.

Her memoir, "The Milibrand Years", was published last year, Dr Ana Pryce said.
""",
    ),
    options=(
        Option("max-edits", int, "The most letters two spellings may differ by (a swap of two letters counts as one).", minimum=1, maximum=3),
        Option("min-majority", int, "How many times the majority spelling must appear before another is reported.", minimum=1),
    ),
)


# How long both spellings of an Irish surname written after its prefix must be to differ by one more letter.
_PREFIXED_MIN = 8


def _after_prefix(text: str, m: NameMention) -> bool:
    """True when the surname is written after an Irish prefix ("Ó Flaithearta", "Ms Ní Chonaill")."""
    before = text[max(0, m.surname_span[0] - 6) : m.surname_span[0]]
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1] in SURNAME_PREFIXES


def _sentence_of(block: Block, pos: int) -> int:
    k = bisect_right(block.sentences, pos, key=_START) - 1
    return k if k >= 0 and pos < block.sentences[k].end else -1


_START = attrgetter("start")


def _is_ending(a: str, b: str) -> bool:
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    if long_ == short + short[-1:]:
        return False  # "Linneman"/"Linnemann": a doubled last letter is a misspelling, not an ending
    if "-" in short and long_.startswith(short.rsplit("-", 1)[0] + "-"):
        return False  # "Adebayo-Clarke"/"Adebayo-Clark": one double-barrelled name, its last barrel misspelt
    return long_.startswith(short) and _fold(long_[len(short) :]) in _ENDINGS  # "Garda"/"Gardaí": an ending with its accent


def _number_forms(a: str, b: str) -> bool:
    """True when two capitalised words are one noun's singular and plural by its "-man" ending ("Northman"/"Northmen",
    "Englishman"/"Englishmen"): a player of the Northmen is a Northman, no misspelling."""
    x, y = sorted((a.lower(), b.lower()))
    return len(x) > 3 and x[:-3] == y[:-3] and x.endswith("man") and y.endswith("men")


def _after_the(blocks: list[Block], word: str) -> bool:
    """True when the article writes the word as a plural noun of a team or people: after "the", with at most one
    capitalised word between ("The Northmen", "the Saskatoon Northmen")."""
    return any(re.search(rf"\b[Tt]he\s+(?:[A-Z][\w'\u2019-]*\s+)?{re.escape(word)}\b", b.text) for b in blocks)


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().casefold()


def _sound_alike(a: str, b: str) -> bool:
    """True when two spellings differ in their first letter only by letters that sound alike ("Kavanagh"/"Cavanagh")."""
    return a[:1].casefold() != b[:1].casefold() and frozenset((a[:1].casefold(), b[:1].casefold())) in _SOUND_ALIKE_FIRST and a[1:] == b[1:]


# Spellings of one vowel or consonant sound that transliterated names swap ("Kapoor"/"Kapur", "Wijesooriya"/"Wijesuriya",
# "Oosthuizen"/"Oosthuysen", "Hendry"/"Hendrie"), read before the sounds of `_SOUNDS`.
_HEARD = ((re.compile(r"oo"), "u"), (re.compile(r"ee"), "i"), (re.compile(r"(?<=.)y"), "i"), (re.compile(r"ie\Z"), "i"), (re.compile(r"x"), "ks"))
# How long a name must be for two letters of one sound spelt another way to be that name respelt.
_HEARD_MIN = 5


def _heard_alike(a: str, b: str) -> bool:
    """True when two spellings of at least five letters, with the same first letter, are one name written as it sounds
    two ways: a vowel doubled or single, "y" for "i", "z" for "s", "ph" for "f" ("Kapoor"/"Kapur")."""
    if a[:1].casefold() != b[:1].casefold() or min(len(a), len(b)) < _HEARD_MIN:
        return False

    def heard(word: str) -> str:
        word = _fold(word)
        for pattern, repl in _HEARD:
            word = pattern.sub(repl, word)
        return _sounded(word)

    return a != b and heard(a) == heard(b)


def _near_givens(a: set[str], b: set[str]) -> bool:
    """True when a first name of each set is one letter from the other's, five letters or more ("Tracey"/"Tracy"):
    one person's first name mistyped with the surname, not two people."""
    from rapidfuzz.distance import OSA

    return any(x[:1] == y[:1] and min(len(x), len(y)) >= 5 and OSA.distance(x, y) == 1 for x in a for y in b)


_CLAN_RE = re.compile(r"Ma?c(?=[A-Za-z])")


def _clan_form(word: str) -> str:
    """Return a Mc/Mac surname as compared: "mac" and the rest in lower case ("McIntosh" as "macintosh")."""
    return "mac" + _CLAN_RE.sub("", word, count=1).casefold()


def _close_enough(a: str, b: str, edits: int, max_edits: int, vowels: bool = False) -> bool:
    """Whether two spellings are close enough to be one name; with `vowels`, two edits in the vowels alone are too
    ("Jahkeem"/"Jahkim": one first name as two people heard it)."""
    if _sound_alike(a, b):
        return min(len(a), len(b)) >= _SOUND_ALIKE_MIN
    if a[:1].casefold() != b[:1].casefold() or min(len(a), len(b)) < 3 or _is_ending(a, b):
        return False
    if min(len(a), len(b)) == 3 and _fold(max(a, b, key=len)) != _fold(min(a, b, key=len)) + "h":
        return False  # three letters are too few to tell a slip from another name, but for a silent "h" added ("Eze"/"Ezeh")
    if _fold(a) == _fold(b):
        return False  # "Erdoğan"/"Erdogan": whether to keep accents is house style, not a second spelling
    if vowels and edits <= 2 and min(len(a), len(b)) >= _TIE_MIN_LENGTH and _consonants(a) == _consonants(b):
        return True
    if edits <= 2 and _heard_alike(a, b):
        return True
    return edits <= (1 if min(len(a), len(b)) <= 6 else max_edits)


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at each minority (or declared wrong) spelling of a person's name."""
    opts = context.options(CHECK.id)
    max_edits = opts["max-edits"]
    min_majority = opts["min-majority"]
    reading = context.annotation(doc).people
    kb, blocks, people = reading.knowledge, reading.blocks, reading.people
    entities = tuple(context.knowledge.get("entities", ()) or ())
    declared_right = {w for e in entities for w in _words(getattr(e, "name", ""))}

    hits: dict[tuple[int, int], Hit] = {}
    _declared_variants(blocks, people.names, entities, hits)

    # every name run, not in a quoted title, by text index
    runs = [(i, m) for i, ns in enumerate(people.names) for m in ns if not m.in_title]
    person_surnames = sorted({s for p in people.persons for s in p.spellings})
    # a surname alone that the copy shows is a person's ("Middlemas said") is compared with the people's surnames
    lower = _lower_words(blocks)  # read once for this and the four readers below
    # ("Officers said" beside "officers needed time": a word the article writes in lower case is no one's name alone)
    lone = {m.surname for _, m in runs if not m.given and m.evidence and m.surname.lower() not in lower} - set(person_surnames)
    surname_count = Counter(m.surname for _, m in runs)
    # a word alone with no evidence, written once and not after a preposition of place ("in Wilton"), is
    # compared only with a surname the copy gives a person at least three times ("Lopes' amendment" beside
    # "Sen. Maria Lopez" and three more "Lopez"), one letter apart
    weak = {
        m.surname
        for i, m in runs
        if not m.given and not m.evidence and surname_count[m.surname] == 1 and not _PLACE_BEFORE_RE.search(blocks[i].text, max(0, m.start - 12), m.start)
    } - set(person_surnames) - lone
    # the surname of a first name and surname written together ("Joanna Cherry of the SNP", "Brian T. Carroll, the
    # nominee") that nothing else shows is a person's: compared with a surname alone that something does show is one
    # ("Chery, who led the petition") or, written three times, with a lone word ("Carrol selected ...")
    full_runs = {m.surname for _, m in runs if m.given} - set(person_surnames) - lone - weak
    compared = sorted(set(person_surnames) | lone | weak | full_runs)
    subjects = {m.surname for i, m in runs if m.surname in weak and _VERB_AFTER_RE.match(blocks[i].text, m.end)}
    speakers = {m.surname for i, m in runs if not m.given and _SPOKE_AFTER_RE.match(blocks[i].text, m.end)}
    givens_of: dict[str, Counter] = defaultdict(Counter)
    for _, m in runs:
        if m.given:
            givens_of[m.surname][m.given] += 1
            # "Faith Chepkoech Kibet" … "Ms Chepkoch Kibet": a middle name is written as a first name later
            for t in m.tokens[1:-1]:
                if t[2] != m.given:
                    givens_of[m.surname][t[2]] += 1

    # the sentences holding each name run's last word, and each full name's first word with its surname: read once,
    # so comparing two spellings does not rescan every run
    last_word_in: dict[str, set[tuple[int, int]]] = defaultdict(set)
    given_in: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    runs_of: dict[str, list[tuple[int, NameMention]]] = defaultdict(list)  # by surname, in reading order
    for i, m in runs:
        token = m.tokens[-1]
        last_word_in[token[2]].add((i, _sentence_of(blocks[i], token[0])))
        if m.given:
            token = m.tokens[0]
            given_in[(m.surname, token[2])].add((i, _sentence_of(blocks[i], token[0])))
        runs_of[m.surname].append((i, m))

    def sentences_with(word: str, surname: str | None = None) -> set[tuple[int, int]]:
        return last_word_in.get(word, set()) if surname is None else given_in.get((surname, word), set())

    # surnames spelled two ways; an Irish surname written after its prefix each time ("Ó Flaithearta" …
    # "Mr Ó Flaitheartaigh") is a surname for certain, so one more letter may differ when both are long
    prefixed = sorted({m.surname for i, m in runs if _after_prefix(blocks[i].text, m)} & set(compared))
    pairs = similar_spellings(compared, max_edits)
    index = {w: k for k, w in enumerate(compared)}
    extra = {
        tuple(sorted((index[prefixed[x]], index[prefixed[y]]))): d
        for x, y, d in similar_spellings(prefixed, max_edits + 1)
        if d == max_edits + 1 and min(len(prefixed[x]), len(prefixed[y])) >= _PREFIXED_MIN
    }
    # "Mackintosh" … "Mr McIntosh": a Scottish or Irish surname's "Mc" is its "Mac", and the capital after it is house
    # style, so they are compared as "mac" and the rest in lower case
    clans = [k for k, w in enumerate(compared) if _CLAN_RE.match(w)]
    known = {(a, b) for a, b, _ in pairs} | set(extra)
    for x, y, d in similar_spellings([_clan_form(compared[k]) for k in clans], max_edits) if len(clans) > 1 else ():
        a, b = sorted((clans[x], clans[y]))
        if (a, b) not in known:
            extra[(a, b)] = d
    # "their own Shane Maloney (no relation, and a different spelling)": a spelling the copy says is another person's
    told_apart = {m.surname for i, m in runs if _NO_RELATION_AFTER_RE.match(blocks[i].text, m.end)}
    # the words before the last of each name of three words or more ("Lim Hui" of "Lim Hui Ling"), by its last word
    heads_of: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for _, m in runs:
        if len(m.tokens) >= 3:
            heads_of[m.surname].add(tuple(t[2] for t in m.tokens[:-1]))
    # the first word of each name of three words written after an honorific ("Datuk Teoh Kim Lan": a family name written
    # first), with that honorific
    family_first: dict[str, set[str]] = defaultdict(set)
    for _, m in runs:
        if len(m.tokens) == 3 and m.honorific:
            family_first[m.tokens[0][2]].add(m.honorific)
    titled = {m.surname for _, m in runs if m.honorific}
    for a_i, b_i, edits in sorted(pairs + [(a, b, d) for (a, b), d in extra.items()]):
        a, b = compared[a_i], compared[b_i]
        # "Lim Hui Ling" … "Ms Lim Hui Lin": two words the same, so a short last word one letter out is one name's too
        whole_name = edits == 1 and min(len(a), len(b)) == 3 and a[0] == b[0] and bool(heads_of[a] & heads_of[b])
        whole_name = whole_name or _family_name_slip(a, b, edits, family_first, runs_of, surname_count)
        ga, gb = set(givens_of[a]), set(givens_of[b])
        # "head coach Dean Sutcliffe" … "Head coach Dean Sutcliff": with one first name, a last letter more is no ending
        same_given = edits == 1 and bool(ga & gb) and min(len(a), len(b)) >= 6 and max(a, b, key=len).lower() == min(a, b, key=len).lower() + "e"
        # "Marguerite Delahunty" … "Ms Delahunt": a person's surname has no endings ("Tuscany"/"Tuscan" is a place's)
        # "two Wendell Doucettes": a plural is an ending still; "Judge Marchbanks said" after "Helen Marchbank", an honorific
        # on the form with the "s", is one person's name misspelt
        longer = max(a, b, key=len)
        same_given = same_given or edits == 1 and min(len(a), len(b)) >= 6 and _is_ending(a, b) \
            and (not longer.endswith("s") and ((a in titled or a in speakers) and gb or (b in titled or b in speakers) and ga) or longer.endswith("s") and longer in titled and givens_of[min(a, b, key=len)])
        if (a in lone or a in weak) and (b in lone or b in weak) or not (whole_name or same_given or _close_enough(a, b, min(edits, max_edits), max_edits)):
            continue
        if _number_forms(a, b) and _after_the(blocks, a if a.lower().endswith("men") else b):
            continue  # "The Saskatoon Northmen" … "a great Northman": a team's plural and singular; "Mr Chapmen" is still a slip
        if (a in full_runs or b in full_runs) and (edits > 1 or {a, b} <= full_runs and max(surname_count[a], surname_count[b]) < _WEAK_MAJORITY and not ga & gb):
            continue  # full names nothing shows are people's, two letters apart or neither written often: too little to go on
        other = b if a in weak else a
        # a lone word that is a verb's subject ("Sadners secured four delegates", not "Wilton residents") beside
        # a person the copy marks as one needs one mention fewer
        weak_majority = _WEAK_MAJORITY - 1 if other in person_surnames and min(len(a), len(b)) >= 6 and (a if a in weak else b) in subjects else _WEAK_MAJORITY
        if givens_of[other] and edits == 1 and min(len(a), len(b)) >= _LONG_NAME:
            weak_majority = 1  # "substitute Tanaka Shumbayaonda" … "sent on Shumbayawonda": a name this long one letter out is no other word
        if (a in weak or b in weak) and (edits > 1 or min(len(a), len(b)) < 5 or surname_count[other] < weak_majority):
            continue
        if ga and gb and not ga & gb and (not _near_givens(ga, gb) or edits > 1 and _heard_alike(a, b)):
            continue  # different first names: different people who share a similar surname ("Mariana Lopes" and
            # "Mariano López": two letters out in each name is two people)
        both_in = sentences_with(a) & sentences_with(b)
        if both_in and not (ga & gb and not both_in & _full_in(runs_of.get(a, []), blocks, ga & gb) & _full_in(runs_of.get(b, []), blocks, ga & gb)) \
                or a in told_apart or b in told_apart:
            continue  # two people one sentence tells apart ("Shane Moloney … vs Shane Maloney"); not one first name
            # with both spellings, one of them bare ("commended Biden … proud to endorse Joe Bidden", after "Joe Biden")
        if _sound_alike(a, b):
            # "Dr Aoife Kavanagh" … "Dr Cavanagh": only a later honorific reference to a full name written once
            right, wrong = _introduced(a, b, runs_of.get(a, []) + runs_of.get(b, []), blocks, edits, max_edits, honorific_only=True)
        else:
            right, wrong = _pick(a, b, surname_count, min_majority, declared_right)
        if right is None and _sound_alike(a, b) and min(surname_count[a], surname_count[b]) == 1 and max(surname_count[a], surname_count[b]) >= _SOUND_ALIKE_MAJORITY:
            # "Ms. Elangovan" four times … "Ms. Ilangovan's lead" once: the sound-alike initial of a name the copy keeps writing
            right, wrong = _pick(a, b, surname_count, min_majority, declared_right)
        if right is None and not _sound_alike(a, b):
            # an Irish surname after its prefix each time may be a letter further out (see `extra`)
            right, wrong = _introduced(a, b, runs_of.get(a, []) + runs_of.get(b, []), blocks, edits, max_edits + ((a_i, b_i) in extra))
        suggest = True
        if right is None and ga & gb and edits == 1 and surname_count[a] == surname_count[b] == 1:
            # "James Peebles" … "James Peebels", once each: one full name written twice, the later one mistyped
            right, wrong = sorted((a, b), key=lambda w: min((i, m.start) for i, m in runs_of[w]))
            suggest = False
        if right is None:
            continue
        first = _first(blocks, runs_of.get(right, []), right, None)
        for i, m in runs_of.get(wrong, ()):
            _add(hits, blocks[i], m.surname_span, right, wrong, surname_count[right], first, suggest=suggest)

    # first names spelled two ways with one surname
    for surname, counts in givens_of.items():
        if surname not in person_surnames:
            continue
        names = sorted(counts)
        for a_i, b_i, edits in similar_spellings(names, max(2, max_edits)):
            a, b = names[a_i], names[b_i]
            if not _close_enough(a, b, edits, max_edits, vowels=True):
                continue
            if sentences_with(a, surname) & sentences_with(b, surname):
                continue
            right, wrong = _pick(a, b, counts, min_majority, declared_right)
            tie = right is None
            if tie:
                # each spelling once ("Jonathan Reyes" … "Jonathon Reyes"): wire copy gives a full name once or twice,
                # so a long first name one letter out with the same surname is reported at the later one, unsuggested
                two = min(len(a), len(b)) >= _TIE_TWO_EDITS or _consonants(a) == _consonants(b)  # "Jahkeem"/"Jahkim": one name's vowels
                # "Nnamdi"/"Namdi": a letter undoubled; "Rajeev"/"Rajiv": one sound spelt two ways
                shortest = _TIE_MIN_LENGTH - 1 if _doubled(a, b) or _heard_alike(a, b) else _TIE_MIN_LENGTH
                if edits > (2 if two else 1) or min(len(a), len(b)) < shortest or counts[a] != counts[b] or surname_count[surname] < 2:
                    continue
                right, wrong = sorted((a, b), key=lambda w: _first_index(runs_of[surname], w, surname))
            first = _first(blocks, runs_of.get(surname, []), right, surname)
            for i, m in runs_of.get(surname, ()):
                if m.given == wrong:
                    _add(hits, blocks[i], m.given_span, right, f"{wrong} {surname}", counts[right], first, f"{right} {surname}", suggest=not tie)
    _middle_word_slips(blocks, runs, hits)
    _unintroduced_slips(blocks, runs, kb, hits, lower)
    _proper_words(blocks, people, kb, hits, max_edits, lower)
    _one_word_of_a_name(blocks, kb, hits, lower)
    _name_word_vowels(blocks, hits, lower)
    _spacing_variants(blocks, hits, lower)
    _hyphenated_variants(blocks, hits, lower)
    _sounds_respelt(blocks, hits, lower)
    _bodies_respelt(blocks, hits, lower)
    return list(hits.values())


def _middle_word_slips(blocks: list[Block], runs: list[tuple[int, NameMention]], hits) -> None:
    """"Datuk Seri Lim Kok Heng" … "Datuk Seri Lim Kock Heng": one name of three words after one honorific, its first and
    last words the same and its middle word a letter longer or shorter, is one person's name mistyped (reported at the
    later, unsuggested). Siblings' names share a word and differ in another, not by a letter."""
    full = [(i, m) for i, m in runs if len(m.tokens) == 3 and m.honorific]
    for k, (i, m) in enumerate(full):
        for j, e in full[:k]:
            words, earlier = [t[2] for t in m.tokens], [t[2] for t in e.tokens]
            if m.honorific != e.honorific or words[0] != earlier[0] or words[2] != earlier[2] or words[1] == earlier[1]:
                continue
            if not (_dropped(words[1], earlier[1]) or _dropped(earlier[1], words[1])):
                continue
            if (i, _sentence_of(blocks[i], m.start)) == (j, _sentence_of(blocks[j], e.start)):
                continue
            first = blocks[j].source_span(e.tokens[1][0], e.tokens[1][1])
            _add(hits, blocks[i], (m.tokens[1][0], m.tokens[1][1]), " ".join(earlier), " ".join(words), 1, first, suggest=False)
            break


def _family_name_slip(a: str, b: str, edits: int, family_first: dict[str, set[str]], runs_of, surname_count: Counter) -> bool:
    """"Datuk Teoh Kim Lan", then "Teoh" three times and "Datuk Teo" once: a family name written first, a letter short
    once with the honorific it was introduced with, and never given a first name of its own. Short family names (Teo,
    Teoh, Lim, Tan) are too short for the general rule, and only this shape tells one person's slip from two people."""
    if edits != 1 or min(len(a), len(b)) != 3 or abs(len(a) - len(b)) != 1 or a[0] != b[0]:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    mentions = runs_of.get(short, [])
    return (len(mentions) == 1 and not mentions[0][1].given and mentions[0][1].honorific in family_first.get(long_, ())
            and surname_count[long_] >= _WEAK_MAJORITY)


# "Shane Maloney (no relation)", "Ravi Dookhun, no relation, said": the name is another person's than a name like it
_NO_RELATION_AFTER_RE = re.compile(r"\s*[(,\u2013\u2014-]\s*(?:who\s+is\s+)?(?:no\s+relation|not\s+related|unrelated|no\s+kin)\b", re.IGNORECASE)
# "according to Johnsen", "written by Steves": a source or an author, not a place, though "to" or "by" comes before.
_ATTRIBUTION_BEFORE_RE = re.compile(r"\b(?:according\s+to|by)\s+\Z", re.IGNORECASE)
# "the Prince", "the Senate": a capitalised word after "the" is a title, a body or a thing, not a surname.
_POSSESSIVE_AFTER_RE = re.compile(r"['\u2019]s\b")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+\Z")
# How long a surname must be before a word one slip from it, never introduced, is taken for it.
_SLIP_MIN_LENGTH = 4


def _full_in(mentions: list[tuple[int, NameMention]], blocks: list[Block], givens: set[str]) -> set[tuple[int, int]]:
    """The sentences, as (block, sentence), where a surname is written with one of the first names given: "Joe Bidden and
    his son, Hunter Biden" tells Joe from Hunter, not Joe Biden from Joe Bidden."""
    return {(i, _sentence_of(blocks[i], m.start)) for i, m in mentions if m.given in givens}


def _keystroke_slip(right: str, wrong: str) -> bool:
    """True when wrong is right with one keystroke slip: two neighbouring letters swapped, a letter doubled,
    undoubled or dropped, or one vowel written for another ("Cruz"/"Curz", "Paluh"/"Palluh", "Johnson"/"Johnsen").

    A consonant written for another makes another name ("Wilson"/"Wilton"), so it is not a slip."""
    from rapidfuzz.distance import OSA

    a, b = right.lower(), wrong.lower()
    if _moved_letter(a, b) or _vowels_exchanged(a, b):
        return True
    if "-" in a and "-" in b and a.rsplit("-", 1)[0] == b.rsplit("-", 1)[0] and a != b:
        # "Okonkwo-Blake"/"Okonkwo-Black": one double-barrelled name, its last barrel mistyped; the first barrel
        # shared whole says it is one person's, so two edits of a last barrel of five letters or more count too
        x, y = a.rsplit("-", 1)[1], b.rsplit("-", 1)[1]
        if x[:1] == y[:1] and min(len(x), len(y)) >= 5 and OSA.distance(x, y) <= 2:
            return True
    if OSA.distance(a, b) != 1:
        return False
    if len(a) != len(b):
        return True  # a letter added or dropped
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 or a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS


# a letter typed two places late or early ("Prothero"/"Prothroe") is one slip in a name this long
_MOVED_MIN_LENGTH = 7


def _moved_letter(a: str, b: str) -> bool:
    """True when b is a with one letter moved two places, its other letters in order ("prothero"/"prothroe")."""
    if len(a) != len(b) or len(a) < _MOVED_MIN_LENGTH or a == b or sorted(a) != sorted(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 3 or diff[2] - diff[0] != 2:
        return False
    i, j = diff[0], diff[2]
    return a[i + 1 : j + 1] + a[i] == b[i : j + 1] or a[j] + a[i:j] == b[i : j + 1]


def _vowels_exchanged(a: str, b: str) -> bool:
    """True when b is a with two of its vowels written in each other's places, in a name of seven letters or more
    ("halvorsen"/"halverson"): one sound-slip, not another name."""
    if len(a) != len(b) or len(a) < _MOVED_MIN_LENGTH or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]] and all(a[k] in _VOWELS for k in diff)


def _dropped(right: str, wrong: str) -> bool:
    """True when wrong is right with one letter left out ("Garcia"/"Gacia")."""
    return len(wrong) == len(right) - 1 and any(right[:k] + right[k + 1 :] == wrong for k in range(len(right)))


def _swapped(a: str, b: str) -> bool:
    """True when b is a with two neighbouring letters swapped ("Trump"/"Turmp")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _doubled(a: str, b: str) -> bool:
    """True when b is a with one of its letters doubled or a doubled letter written once ("Biden"/"Bidden")."""
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    if len(long_) != len(short) + 1:
        return False
    return any(long_[k] == long_[k + 1] and long_[:k] + long_[k + 1 :] == short for k in range(len(long_) - 1))


# two names joined as a list ("Wilson and Wilsen", "Wilson, Wilsen") are two people, however alike
_LISTED_RE = re.compile(r"(?:['\u2019]s?)?\s*(?:,|;|&|/|\band\b|\bor\b|\bwith\b|\bv\.?|\bvs\.?)\s*(?:and\s+)?\Z")


def _listed(text: str, a: NameMention, b: NameMention) -> bool:
    """True when two mentions in one paragraph are written side by side as a list of people ("Wilson and Wilsen")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return _LISTED_RE.fullmatch(text, first.end, second.start) is not None


_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"


def _spelling_quoted(text: str, m: NameMention) -> bool:
    """True when the word stands alone in quotation marks: a spelling told of ("appeared as \"Melnik\" on his
    documents"), not the name used."""
    return 0 < m.start and m.end < len(text) and text[m.start - 1] in _QUOTE_MARKS and text[m.end] in _QUOTE_MARKS


def _lower_words(blocks: list[Block]) -> set[str]:
    """Return the words the article writes in lower case, in any block."""
    lower: set[str] = set()
    for block in blocks:
        lower.update(_LOWER_WORD_RE.findall(block.text))
    return lower


def _unintroduced_slips(blocks: list[Block], runs: list[tuple[int, NameMention]], kb, hits, lower: set[str]) -> None:
    """Report a surname written alone once, never introduced, one slip from a surname introduced earlier with a full name.

    News copy introduces a person by full name before using the surname alone, so a lone capitalised
    word that nothing introduced and that is one keystroke from the surname of someone introduced
    earlier ("Daniel Paluh" ... "Palluh and his team", "Ted Cruz" ... "limit Curz himself") is that
    person's name mistyped: two letters swapped, one doubled, undoubled, dropped or changed. Quiet when
    the word is written twice or more in prose (a crosshead repeating the slip over its paragraph aside), anywhere with a first name, in lower case anywhere in the
    article, is a known place, follows a preposition of place without a possessive after it ("because of
    Kovacevich's plea" is a person's) (unless it is the surname with two neighbouring letters swapped, "the death of
    Folyd", or with a letter doubled where the copy writes it three times or more, "said to Bidden", or, after "to", dropped: "mail to Gacia"), stands alone in quotation marks (a spelling told of: "appeared as \"Melnik\""), or is joined to the surname as a list
    ("Wilson and Wilsen"; not "Navalni is a critic of Putin, and his associates had alleged Navalny was poisoned");
    and when it is one slip from two introduced surnames (it could be either).
    """
    introduced: dict[str, tuple[int, int]] = {}  # surname -> where its full name is first written
    for i, m in runs:
        if m.given and blocks[i].kind not in _TITLE_CASE:
            introduced.setdefault(m.surname, (i, m.start))
    if not introduced:
        return
    count = Counter(m.surname for _, m in runs)
    # (a crosshead over the paragraph, in title case, may repeat the slip: "12:50 a.m. Kowalcyzk claims victory")
    in_prose = Counter(m.surname for i, m in runs if blocks[i].kind not in _TITLE_CASE)
    with_given = {m.surname for _, m in runs if m.given}
    # a slip is one edit: the introduced surnames indexed by first letter and length, so a lone word is compared
    # with those of its own letter and a length one either side, not with every one
    runs_of: dict[str, list[tuple[int, NameMention]]] = defaultdict(list)  # by surname, in reading order
    for i, m in runs:
        runs_of[m.surname].append((i, m))
    by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
    for s in introduced:
        by_shape[(s[:1], len(s.lower()))].append(s)
    for i, m in runs:
        word = m.surname
        if m.given or in_prose[word] != 1 or word in with_given or blocks[i].kind in _TITLE_CASE:
            continue
        if len(word) < _SLIP_MIN_LENGTH or word.lower() in lower or kb.is_place(word) or word in _NOT_COMPARED_WORDS:
            continue
        if word in kb.honorifics or word.lower() in kb.office_words or _THE_BEFORE_RE.search(blocks[i].text, max(0, m.start - 5), m.start):
            continue  # "the Prince" beside "Mark Price": a title or a thing, not a name mistyped
        # "because of Kovacevich's early guilty plea": a possessive is a person's, whatever preposition comes before
        after_place = _PLACE_BEFORE_RE.search(blocks[i].text, max(0, m.start - 12), m.start) and not _ATTRIBUTION_BEFORE_RE.search(blocks[i].text, max(0, m.start - 16), m.start) \
            and not _POSSESSIVE_AFTER_RE.match(blocks[i].text, m.end)
        length = len(word.lower())
        near = [
            s
            for size in (length - 1, length, length + 1)
            for s in by_shape.get((word[:1], size), ())
            if introduced[s] < (i, m.start) and len(s) >= _SLIP_MIN_LENGTH and s[0] == word[0] and not _is_ending(s, word) and not _number_forms(s, word) and _fold(s) != _fold(word) and _keystroke_slip(s, word)
        ]
        if not near and (title := _WORD_BEFORE_RE.search(blocks[i].text, max(0, m.start - 16), m.start)) is not None and title.group(1) in kb.honorifics:
            # "Cllr Gareth Thistlewood" … "Cllr Thistlewaite said": a person referred back to by title and surname is
            # someone introduced; a surname sharing most of its letters from the start with the one introduced is it
            near = [s for s in introduced if introduced[s] < (i, m.start) and _shared_stem(s, word)]
        if len(near) != 1:
            continue
        right = near[0]
        dropped_after_to = _dropped(right, word) and count[right] >= _WEAK_MAJORITY and blocks[i].text[max(0, m.start - 3) : m.start] == "to "
        if after_place and not (_swapped(right, word) or _doubled(right, word) and count[right] >= _WEAK_MAJORITY or dropped_after_to or min(len(right), len(word)) >= _LONG_NAME):
            continue  # "in Wilton": a place; but "the death of Folyd" (two letters swapped make no place), "said to
            # Bidden" or "mail to Gacia" beside a name written often, and "sent on Shumbayawonda" (a name so long is no
            # place one letter away), are its slips
        if any(j == i and _listed(blocks[i].text, m, n) for j, n in runs_of[right]) or _spelling_quoted(blocks[i].text, m):
            continue
        _add(hits, blocks[i], m.surname_span, right, word, count[right], _first(blocks, runs_of[right], right, None))


_WORD_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)\.?\s+\Z")  # the title before a surname ("Cllr Thistlewaite")
_STEM_MIN = 7  # letters two surnames must share from their start to be one, when written apart further than a slip
_STEM_SHARE = 0.6


def _shared_stem(a: str, b: str) -> bool:
    """True when two long surnames share most of their letters from the start ("Thistlewood", "Thistlewaite")."""
    a, b = a.lower(), b.lower()
    shared = len(os.path.commonprefix((a, b)))
    return a != b and shared >= _STEM_MIN and shared >= _STEM_SHARE * max(len(a), len(b))


# A capitalised word: the name of a company, a place, a product ("Brackenfield", "Solvenna").
_CAP_WORD_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[A-Z][a-z]+)?(?=['’]s\b|['’](?!\w)|(?![\w'’-]))")
_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
_SENTENCE_START_RE = re.compile(r"(?:\A|[.!?:;\"“”‘(]\s*|\n\s*)\Z")
_NAME_GOES_ON_RE = re.compile(r"[ \u00a0][A-Z][a-z]")
_PROPER_MIN_LENGTH = 6
_PROPER_MIN_MAJORITY = 2
_PROPER_START_LENGTH = 7
# A majority spelling written only at the start of sentences ("Okavia Agro-Allied Plc returned ...") counts from this often.
_PROPER_START_MAJORITY = 3
# Capitalised words that are never names spelt two ways.
_NOT_COMPARED_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December".split())


_NAME_RUN_RE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]+\s+){1,4}[A-Z][\w'’-]+")


def _one_word_of_a_name(blocks: list[Block], kb, hits, lower: set[str]) -> None:
    """Report a body's name of several words written twice, once each way, with one word before its last one letter apart
    and the others the same ("Chukwuemeka Anyanwu Foundation" … "Chukwuemeka Anyawu Foundation"): the words around it
    say it is one name, so one spelling is wrong, though neither is the majority. Its last word names a body or a place
    (people.ORG_WORDS): two people's names are compared by the person rules.
    Reported at the later, unsuggested; not two known places, words the article writes in lower case, or two spellings
    in one sentence."""
    from rapidfuzz.distance import OSA

    runs: list[tuple[int, int, tuple[str, ...]]] = []  # (block, start, words)
    for i, block in enumerate(blocks):
        for m in _NAME_RUN_RE.finditer(block.text):
            # ("Cwmbran Harriers'" is the possessive of "Cwmbran Harriers", no second spelling)
            words = tuple(w.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019") for w in m.group().split())
            start = m.start()
            if words[0] == "The":  # a sentence's "The Anyanwu Foundation" is "the Anyanwu Foundation"
                words, start = words[1:], m.start() + len("The ")
            if len(words) >= 2 and words[-1] in ORG_WORDS:  # a body's or a place's name, not a person's ("Shane Maloney")
                runs.append((i, start, words))
    seen: dict[tuple, tuple[int, int, tuple[str, ...]]] = {}
    for i, start, words in runs:
        for k, w in enumerate(words[:-1]):
            if len(w) < _PROPER_MIN_LENGTH or w.lower() in lower or kb.is_place(w):
                continue
            key = (words[:k], words[k + 1 :])
            if not any(len(x) >= 3 for x in key[0] + key[1]):
                continue
            seen.setdefault((key, w), (i, start, words))
    counts = Counter(words for _, _, words in runs)
    by_key: dict[tuple, dict[str, tuple[int, int]]] = defaultdict(dict)
    for (key, w), (i, start, _) in seen.items():
        by_key[key][w] = (i, start)
    for key, spellings in by_key.items():
        if len(spellings) != 2:
            continue
        (a, (ia, sa)), (b, (ib, sb)) = sorted(spellings.items(), key=lambda x: (x[1][0], x[1][1]))
        if a[:1] != b[:1] or OSA.distance(a.lower(), b.lower()) != 1 or _is_ending(a, b):
            continue
        whole_a, whole_b = (*key[0], a, *key[1]), (*key[0], b, *key[1])
        if counts[whole_a] != 1 or counts[whole_b] != 1 or ia == ib and _one_sentence(blocks[ia], sa, sb):
            continue
        at = blocks[ib].text.index(b, sb)
        _add(hits, blocks[ib], (at, at + len(b)), a, " ".join(whole_b), 1, blocks[ia].source_span(sa, sa + len(" ".join(whole_a))), " ".join(whole_a), suggest=False)


def _one_sentence(block: Block, a: int, b: int) -> bool:
    return any(sn.start <= a < sn.end and sn.start <= b < sn.end for sn in block.sentences)


def _proper_words(blocks: list[Block], people, kb, hits, max_edits: int, lower: set[str]) -> None:
    """Report an organisation, place or product name spelt two ways ("Brackenfield Logistics" … "Brackenfeld Logistics").

    Compared: capitalised words of six letters or more that are not people's names, known places or
    words the article also writes in lower case; the majority spelling must be written at least once
    inside a sentence (not at its start, where any word is capitalised), or three times, or, seven letters or more,
    before another capitalised word as a name of several words ("Tshwaragano Diamonds Limited"), and so must
    the other unless it has seven letters or more. A spelling is reported when the other is written at least twice and
    twice as often, one letter apart (two from ten letters), starting with the same letter, not as an
    ending, as one noun's singular and plural ("Northman"/"Northmen") or as two forms of one word ("Preventive"/
    "Prevention"), and never in one sentence with it.
    """
    counts: Counter = Counter()
    for block in blocks:
        counts.update(w for w in _CAP_WORD_RE.findall(block.text) if len(w) >= _PROPER_MIN_LENGTH)
    # a "person" whose last word the article writes elsewhere before a body's word ("Harborline Modular said" beside
    # "Harbourline Modular Inc.") is that body, and its words are compared as a name's
    bodies = {m.group(1) for block in blocks for m in _BEFORE_BODY_WORD_RE.finditer(block.text) if m.group(2) in ORG_WORDS}
    person_words = {t[2] for p in people.persons if not _named_as_body(p, bodies) for _, m in p.mentions for t in m.tokens}
    words = sorted(w for w in counts if w.lower() not in lower and w not in person_words and not kb.is_place(w) and w not in _NOT_COMPARED_WORDS)
    pairs = similar_spellings(words, max_edits) if len(words) > 1 else []
    if not pairs:
        return
    # where each spelling of a pair stands, and whether it is ever written inside a sentence
    wanted = {words[i] for a_i, b_i, _ in pairs for i in (a_i, b_i)}
    inside: set[str] = set()
    where: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for i, block in enumerate(blocks):
        text = block.text
        for m in _CAP_WORD_RE.finditer(text):
            w = m.group()
            if w in wanted:
                where[w].append((i, m.start(), m.end()))
                if not _SENTENCE_START_RE.search(text, max(0, m.start() - 3), m.start()):
                    inside.add(w)
    for a_i, b_i, edits in pairs:
        a, b = words[a_i], words[b_i]
        if not all(w in inside or len(w) >= _PROPER_START_LENGTH or counts[w] >= _PROPER_START_MAJORITY for w in (a, b)):
            continue
        if a[0] != b[0] or _is_ending(a, b) or _fold(a) == _fold(b) or _number_forms(a, b):
            continue
        if edits > (1 if min(len(a), len(b)) < 10 else 2):
            continue
        if edits > 1 and _word_forms(a, b):
            continue  # "Corrections"/"Correctional": two forms of one word, not one name spelt two ways ("Brackenbury" and
            # "Brackenberry" end in no word's endings: one name)
        right, wrong = (a, b) if counts[a] >= counts[b] else (b, a)
        # a long word opening a name of several words ("Tshwaragano Diamonds Limited") is a name at a sentence's start too
        named = len(right) >= _PROPER_START_LENGTH and any(_NAME_GOES_ON_RE.match(blocks[i].text, e) for i, _, e in where[right])
        if right not in inside and counts[right] < _PROPER_START_MAJORITY and not named or counts[right] < max(_PROPER_MIN_MAJORITY, 2 * counts[wrong]):
            continue
        wrong_sentences = {(i, _sentence_of(blocks[i], s)) for i, s, _ in where[wrong]}
        if wrong_sentences & {(i, _sentence_of(blocks[i], s)) for i, s, _ in where[right]}:
            continue
        if _another_body(blocks, where[wrong], where[right]) or _always_named_on(blocks, where[right], where[wrong]):
            continue  # "Genesee Community College" beside "SUNY Geneseo": a body's name of its own, never written with the other
        first = where[right][0]
        for i, s_, e in where[wrong]:
            if blocks[i].word_count < 5:
                continue  # a masthead or a line of links ("Capital Courier-Post"): a name of its own, not copy
            _add(hits, blocks[i], (s_, e), right, wrong, counts[right], blocks[first[0]].source_span(first[1], first[2]))


_NAME_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w'-]+){1,3}")
_WORD_AFTER_RE = re.compile(r"\s+([\w'-]+)")


def _always_named_on(blocks: list[Block], right_at, wrong_at) -> bool:
    """True when the usual spelling is always the first word of one name of two words or more ("Savanna Drillers", three
    times) and the other never goes on with that name ("the Northern and Savannah regions"): two names, not one misspelt."""
    def after(at) -> list[str]:
        return [(m.group(1).removesuffix("'s") if (m := _WORD_AFTER_RE.match(blocks[i].text, e)) else "") for i, _, e in at]
    names = set(after(right_at))
    if len(right_at) < 2 or len(names) != 1:
        return False
    word = next(iter(names))
    return word[:1].isupper() and word not in after(wrong_at)


def _another_body(blocks: list[Block], wrong_at, right_at) -> bool:
    """True when a spelling is always written opening a body's name of several words ("Genesee Community College") and the
    other spelling never with that name's next word: two bodies' names, not one spelt two ways."""
    def following(at) -> list[list[str]]:
        return [(m.group().split() if (m := _NAME_AFTER_RE.match(blocks[i].text, e)) else []) for i, _, e in at]
    wrong_names = following(wrong_at)
    if not all(words and any(w in ORG_WORDS for w in words) for words in wrong_names):
        return False
    return not {words[0] for words in wrong_names} & {words[0] for words in following(right_at) if words}


_BEFORE_BODY_WORD_RE = re.compile(r"\b([A-Z][\w'-]+)(?=\s+([A-Z][a-z]+)\b)")


def _named_as_body(person, bodies: set[str]) -> bool:
    """True when a person read from the copy is named once, ending in a word the article writes before a body's word
    elsewhere ("Modular" of "Harbourline Modular Inc."): a company's name, not a person's."""
    last = [m.tokens[-1][2] for _, m in person.mentions if m.tokens]
    return bool(last) and all(w in bodies for w in last) and len(person.mentions) == 1


def _word_forms(a: str, b: str) -> bool:
    """True when two words are one stem with two of a word's endings, the stem ending where they part or a letter or
    two before it ("Correction-s"/"Correction-al"; "Prevent-ive"/"Prevent-ion", which share "Preventi")."""
    shared = len(os.path.commonprefix((a, b)))
    if shared < min(len(a), len(b)) - 3:
        return False
    return any({a[k:], b[k:]} <= _WORD_ENDINGS for k in range(shared, max(shared - 3, 3), -1))


def _office_and_body(a: str, b: str) -> bool:
    """True when two words are an office and the body it heads ("minister"/"ministry", "secretary"/"secretariat",
    "director"/"directorate", "commissioner"/"commission"): two words, not one spelt two ways."""
    shared = len(os.path.commonprefix((a, b)))
    ends = {a[shared:], b[shared:]}
    return ends in ({"er", "ry"}, {"y", "iat"}, {"", "ate"}) or (ends == {"", "er"} and a[:shared].endswith("ion"))


# What a word's forms end in after their shared stem ("Correction-s", "Correction-al")
_WORD_ENDINGS = frozenset({"", "s", "es", "al", "als", "ion", "ions", "ional", "ive", "ives", "ure", "ures", "ing", "ings", "ed", "er", "ers", "or", "ors",
                           "y", "ies", "ist", "ists", "ism", "ic", "ics", "ical", "ly", "ment", "ments", "ance", "ence", "ant", "ent", "ity"})
# A name of three or more capitalised words ("Manyame Agro Holdings", "Taman Sri Kenari").
# (a short lower-case particle may join its words: "Tautua mo Aiga Trust", "Banco de Ahorro Rural"; not "and", "the" or a
# preposition, which join two names)
_CAPS_RUN_RE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \u00a0](?:(?!(?:and|the|for|or|to|in|at|on|by|is|as|was|has|its|are|but)[ \u00a0])[a-z]{1,3}[ \u00a0])?[A-Z][\w'’-]*){2,}")
_VOWELS = frozenset("aeiouy")
_POSSESSIVE_END_RE = re.compile(r"(?<=\w)['’]s?\Z")
# Blocks written in title case, where every word is capitalised.
_TITLE_CASE = frozenset({BlockKind.HEADLINE, BlockKind.HEADING})


def _vowel_variant(a: str, b: str) -> bool:
    """True when two words differ only in their vowels: one vowel changed, added or dropped ("Agro"/"Agri", "Sri"/"Seri"),
    or two in a word of five letters or more ("Peepal"/"Pipal": one vowel sound written two ways)."""
    la, lb = a.lower(), b.lower()
    if la == lb or la[:1] != lb[:1] or _fold(a) == _fold(b) or _is_ending(a, b):
        return False
    if [c for c in la if c not in _VOWELS] != [c for c in lb if c not in _VOWELS]:
        return False
    from rapidfuzz.distance import OSA

    return OSA.distance(la, lb) <= (2 if min(len(la), len(lb)) >= 5 else 1)


def _e_variant(a: str, b: str) -> bool:
    """True when one word is the other with a final "e" ("Ferncliff"/"Ferncliffe"), six letters or more: inside one name
    of three words, the same name spelt two ways."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 6 and long_ == short + "e"


def _h_variant(a: str, b: str) -> bool:
    """True when one word is the other with an "h" after a consonant ("Vasundhara"/"Vasundara", "Bhatt"/"Batt"), five
    letters or more: one sound transliterated two ways."""
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    if len(short) < 5 or len(long_) != len(short) + 1:
        return False
    return any(long_[k] == "h" and long_[k - 1] not in _VOWELS and long_[:k] + long_[k + 1 :] == short for k in range(1, len(long_)))


def _ending_added(a: str, b: str) -> bool:
    """True when one word is the other with an ending added ("Sinar"/"Sinaran"), four letters or more: inside one name of
    three words, before its last, the same name spelt two ways."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and _is_ending(a, b)


def _s_variant(a: str, b: str) -> bool:
    """True when one word is the other with an "s" added ("Brightwater"/"Brightwaters"), five letters or more."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_ == short + "s"


_RESPELT_PREFIX = 6  # "Starlight"/"Starlite": a long word whose first six letters hold, its last few spelt again
_RESPELT_TAIL = 3


def _ending_spelt_again(a: str, b: str) -> bool:
    """True when two words share their first six letters and end in three letters or fewer each, spelt differently
    ("Starli-ght"/"Starli-te"): one word of a name spelt two ways, not two forms of a word ("Shipping"/"Shipper")."""
    prefix = len(os.path.commonprefix((a.lower(), b.lower())))
    if prefix < _RESPELT_PREFIX or a.lower() == b.lower() or _is_ending(a, b):
        return False
    tails = {a[prefix:].lower(), b[prefix:].lower()}
    return max(map(len, tails)) <= _RESPELT_TAIL and tails.isdisjoint(_WORD_ENDINGS)


def _name_word_vowels(blocks: list[Block], hits, lower: set[str]) -> None:
    """Report a name of three or more capitalised words written again with one word a vowel out (or two, in a word of
    five letters or more), the rest the same ("Manyame Agro Holdings" … "Manyame Agri Holdings", "Taman Sri Kenari" …
    "Taman Seri Kenari", "Peepal Tree Ventures" … "Pipal Tree Ventures"), a long word's ending spelt again
    ("Visayan Starlight Shipping Lines" … "Visayan Starlite Shipping Lines"), an "h" after a consonant left out
    ("Vasundhara Thermal Power" … "Vasundara Thermal Power") or an ending added before the name's last word
    ("Permata Sinar Holdings Bhd" … "Permata Sinaran Holdings Bhd").

    The word is short, so alone it proves nothing; inside one name it is that name spelt two ways. The spelling
    written at least twice and twice as often is right; written once each, the later is reported, unsuggested.
    Words the article also writes in lower case are ordinary words, not names ("Man"/"Men").
    """
    from ..language.roles import _FUNCTION_CAPS

    grams: dict[tuple[str, ...], list[tuple[int, int, int, int]]] = defaultdict(list)  # -> (block, word start, word end, sentence)
    for i, block in enumerate(blocks):
        if block.kind in _TITLE_CASE:
            continue
        for run in _CAPS_RUN_RE.finditer(block.text):
            words = [(w.group(), w.start(), w.end()) for w in re.finditer(r"\S+", run.group()) if not w.group()[0].islower()]
            while words and words[0][0] in _FUNCTION_CAPS:
                words = words[1:]
            for k in range(len(words) - 2):
                # "Pipal Tree Ventures's board": the name without its possessive ending
                gram = tuple(_POSSESSIVE_END_RE.sub("", w) for w, _, _ in words[k : k + 3])
                for n, (w, s_, e) in enumerate(words[k : k + 3]):
                    grams[gram].append((i, run.start() + s_, run.start() + e, n))
    if len(grams) < 2:
        return
    by_frame: dict[tuple, list[tuple[str, ...]]] = defaultdict(list)
    for gram in grams:
        for n in range(3):
            by_frame[(n, gram[:n] + gram[n + 1 :])].append(gram)
    for (n, _), found in by_frame.items():
        if len(found) < 2:
            continue
        for x in range(len(found)):
            for y in range(x + 1, len(found)):
                a, b = found[x], found[y]
                wa, wb = a[n], b[n]
                if _ROMAN_RE.fullmatch(wa) or _ROMAN_RE.fullmatch(wb):
                    continue  # "English Paper I" … "English Paper II": a numbered one of several, not a spelling
                # "Brightwaters Care Group" … "Brightwater Care Group": an "s" more inside a name, not at its end
                if _office_and_body(wa.lower(), wb.lower()):
                    continue  # "Minister of Natural Resources" … "Ministry of Natural Resources": an office and its body
                if wa.lower() in lower or wb.lower() in lower or not (_vowel_variant(wa, wb) or _ending_spelt_again(wa, wb) or _h_variant(wa, wb)
                                                                      or n < 2 and (_s_variant(wa, wb) or _e_variant(wa, wb) or _ending_added(wa, wb))):
                    continue
                at_a = [(i, s_, e) for i, s_, e, k in grams[a] if k == n]
                at_b = [(i, s_, e) for i, s_, e, k in grams[b] if k == n]
                sentences = lambda at: {(i, _sentence_of(blocks[i], s_)) for i, s_, _ in at}  # noqa: E731
                if sentences(at_a) & sentences(at_b):
                    continue
                ca, cb = len(at_a), len(at_b)
                if ca >= max(_PROPER_MIN_MAJORITY, 2 * cb):
                    right, wrong, suggest = (wa, at_a, a), (wb, at_b, b), True
                elif cb >= max(_PROPER_MIN_MAJORITY, 2 * ca):
                    right, wrong, suggest = (wb, at_b, b), (wa, at_a, a), True
                elif ca == cb == 1:
                    right, wrong = sorted(((wa, at_a, a), (wb, at_b, b)), key=lambda t: t[1][0][:2])
                    suggest = False
                else:
                    continue
                first = right[1][0]
                for i, s_, e in wrong[1]:
                    _add(hits, blocks[i], (s_, e), right[0], " ".join(wrong[2]), len(right[1]), blocks[first[0]].source_span(first[1], first[2]), " ".join(right[2]), suggest=suggest)


_ROMAN_RE = re.compile(r"[IVXL]+")


# Letters that write one sound two ways inside a word: "Orchid"/"Orkid", "Phoenix"/"Fenix", "Mackay"/"Makay".
_SOUNDS = ((re.compile(r"qu"), "kw"), (re.compile(r"(?<=[aeiou])h\Z"), ""), (re.compile(r"ch|ck|c(?=[aou])|q"), "k"), (re.compile(r"ph"), "f"), (re.compile(r"z"), "s"), (re.compile(r"(.)\1"), r"\1"))
# A capitalised word and the capitalised word after it: "Permata Orkid", "Ampofo-Danquah".
_NAME_PAIR_RE = re.compile(r"(?<![\w'’-])(?=([A-Z][\w'’-]+)(?P<joint>[ \u00a0-])([A-Z][a-z]{3,})\b)")


def _sounded(word: str) -> str:
    word = _fold(word)
    for pattern, repl in _SOUNDS:
        word = pattern.sub(repl, word)
    return word


def _sounds_respelt(blocks: list[Block], hits, lower: set[str]) -> None:
    """Report the second word of a name written again with one sound spelt another way, the first word the same
    ("Permata Orkid Holdings Bhd" … "Permata Orchid"): alone a short word proves nothing, after the same first word it
    is that name. The spelling written at least twice and twice as often is right, and the two never stand in one
    sentence; headlines and crossheads, in title case, and words the article writes in lower case are left alone."""
    from ..language.roles import _FUNCTION_CAPS

    places: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)  # (first word, second word) -> its places
    for i, block in enumerate(blocks):
        if block.kind in _TITLE_CASE:
            continue
        for m in _NAME_PAIR_RE.finditer(block.text):
            if m.group(1) not in _FUNCTION_CAPS:
                places[(m.group(1) + m.group("joint").replace("\u00a0", " "), m.group(3))].append((i, m.start(3), m.start(3) + len(m.group(3))))
    by_sound: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for first, second in places:
        if second.lower() not in lower:
            by_sound[(first, _sounded(second))].append((first, second))
    for pairs in by_sound.values():
        if len(pairs) != 2:
            continue
        (a, b) = sorted(pairs, key=lambda p: len(places[p]), reverse=True)
        if a[1][0] != b[1][0] or len(places[a]) < max(_PROPER_MIN_MAJORITY, 2 * len(places[b])):
            continue
        sentences = lambda at: {(i, _sentence_of(blocks[i], s_)) for i, s_, _ in at}  # noqa: E731
        if sentences(places[a]) & sentences(places[b]):
            continue
        first = places[a][0]
        for i, s_, e in places[b]:
            _add(hits, blocks[i], (s_, e), a[1], f"{b[0]}{b[1]}", len(places[a]), blocks[first[0]].source_span(first[1], first[2]), f"{a[0]}{a[1]}")


_BODY_RUN_RE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*)+")


def _bodies_respelt(blocks: list[Block], hits, lower: set[str]) -> None:
    """Report a body's name written again with its first word spelt another way by sound ("the Garioch Foundation" …
    "the Gariock Foundation", "Kennet Valley" … "Kennett Valley"), the word after it the same and a body's word
    ("Foundation", "Trust") ending the name, even when each is written once: then the later is reported, unsuggested.
    Headlines and crossheads, in title case, and words the article writes in lower case are left alone."""
    from ..language.roles import _FUNCTION_CAPS

    places: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)  # (first word, the words after) -> its places
    for i, block in enumerate(blocks):
        if block.kind in _TITLE_CASE:
            continue
        for run in _BODY_RUN_RE.finditer(block.text):
            words = run.group().split()
            at = run.start()
            while words and words[0] in _FUNCTION_CAPS:  # "The Gariock Foundation's gift"
                at += len(words[0]) + 1
                words = words[1:]
            if len(words) < 2 or _POSSESSIVE_END_RE.sub("", words[-1]) not in ORG_WORDS or len(words[0]) < 5:
                continue
            places[(words[0], " ".join(_POSSESSIVE_END_RE.sub("", w) for w in words[1:]))].append((i, at, at + len(words[0])))
    by_rest: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for first, rest in places:
        if first.lower() not in lower:
            by_rest[rest].append((first, rest))
    # one name's first word spelt two ways by sound, or with a final "e" more ("Whitworth-Kaye" … "Whitworth-Kay")
    respelt = [(x, y) for named in by_rest.values() if len(named) == 2 for x, y in [named]
               if (_sounded(x[0]) == _sounded(y[0]) or _e_variant(x[0], y[0])) and not _office_and_body(x[0].lower(), y[0].lower())]
    # ("Minister of Natural Resources" … "Ministry of Natural Resources": an office and its body, two words)
    for x, y in respelt:
        if x[0][0] != y[0][0] or x[0].lower() == y[0].lower():
            continue  # ("KITWE City Council" in a dateline's capitals is house style, not a spelling)
        a, b = sorted((x, y), key=lambda p: (-len(places[p]), places[p][0][:2]))
        if len(places[a]) < 2 * len(places[b]) and len(places[a]) != len(places[b]):
            continue
        sentences = lambda at: {(i, _sentence_of(blocks[i], s_)) for i, s_, _ in at}  # noqa: E731
        if sentences(places[a]) & sentences(places[b]):
            continue
        first = places[a][0]
        suggest = len(places[a]) > len(places[b])
        for i, s_, e in places[b]:
            _add(hits, blocks[i], (s_, e), a[0], f"{b[0]} {b[1]}", len(places[a]), blocks[first[0]].source_span(first[1], first[2]), f"{a[0]} {a[1]}", suggest=suggest)


# Two capitalised words, and the word after them: "Ha Long Ventures".
_PAIR_RE = re.compile(r"(?<![\w'’-])(?=([A-Z][a-z]*)[ \u00a0]([A-Z][a-z]+)[ \u00a0]([A-Z][\w'’-]*))")
# One capitalised word, and the word after it: "Halong Ventures".
_JOINED_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:[A-Z][a-z]+)?)[ \u00a0]([A-Z][\w'’-]*)")
_JOINED_MIN_LENGTH = 5


_HYPHENATED_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z][a-z]+)+(?![\w’-])")
_HYPHENATED_PART_MIN = 5


def _hyphenated_variants(blocks: list[Block], hits, lower: set[str]) -> None:
    """Report a hyphenated name spelt two ways in one of its parts, the other parts the same ("Erinje-Oke" … "Erinji-Oke",
    also inside a longer run: "the Akure-Erinje-Oke road"): the differing part five letters or more, one letter out,
    with the same first letter, never an ordinary word of the article, the two never in one sentence. The form written at
    least twice and twice as often is right; written once each, the later is reported, unsuggested."""
    places: dict[tuple[str, ...], list[tuple[int, int, int]]] = defaultdict(list)
    for i, block in enumerate(blocks):
        if block.kind in _TITLE_CASE or "-" not in block.text:
            continue
        for m in _HYPHENATED_RE.finditer(block.text):
            parts = m.group().split("-")
            offsets = [m.start()]
            for part in parts[:-1]:
                offsets.append(offsets[-1] + len(part) + 1)
            for a in range(len(parts)):
                for b in range(a + 2, len(parts) + 1):
                    places[tuple(parts[a:b])].append((i, offsets[a], offsets[b - 1] + len(parts[b - 1])))
    if len(places) < 2:
        return
    from rapidfuzz.distance import OSA

    by_shape: dict[tuple, list[tuple[str, ...]]] = defaultdict(list)  # the parts with one left out -> the names of that shape
    for name in places:
        for k in range(len(name)):
            by_shape[(k, name[:k], name[k + 1 :])].append(name)
    sentences = lambda at: {(i, _sentence_of(blocks[i], s_)) for i, s_, _ in at}  # noqa: E731
    for (k, _, _), names in by_shape.items():
        if len(names) > 200:
            continue  # hundreds of names sharing all parts but one: a list, and comparing every pair would cost too much
        for x in range(len(names)):
            for y in range(x + 1, len(names)):
                a, b = names[x], names[y]
                pa, pb = a[k], b[k]
                if min(len(pa), len(pb)) < _HYPHENATED_PART_MIN or pa[0] != pb[0] or OSA.distance(pa, pb) != 1 or pa.lower() in lower or pb.lower() in lower:
                    continue
                if _is_ending(pa, pb) or sentences(places[a]) & sentences(places[b]):
                    continue
                na, nb = len(places[a]), len(places[b])
                if na == nb:
                    right, wrong = sorted((a, b), key=lambda n: places[n][0][:2])
                    suggest = False
                elif max(na, nb) >= 2 and max(na, nb) >= 2 * min(na, nb):
                    right, wrong = (a, b) if na > nb else (b, a)
                    suggest = True
                else:
                    continue
                first = places[right][0]
                for i, s_, e in places[wrong]:
                    _add(hits, blocks[i], (s_, e), "-".join(right), "-".join(wrong), len(places[right]), blocks[first[0]].source_span(first[1], first[2]), suggest=suggest)


def _spacing_variants(blocks: list[Block], hits, lower: set[str]) -> None:
    """Report a name written as one word and as two, with the same word after both ("Halong Ventures" … "Ha Long
    Ventures", "MacDonald Hotels" … "Mac Donald Hotels").

    The form written at least twice and twice as often is right; written once each, the later is reported,
    unsuggested. Headlines and crossheads, in title case, are not read; a joined word the article also writes in
    lower case is an ordinary word, and a pair starting with a function word ("The Hague") is no name cut in two.
    """
    from ..language.roles import _FUNCTION_CAPS

    pairs: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)  # (joined, next) -> places of the pair
    joined: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)  # (word, next) -> places of the word
    for i, block in enumerate(blocks):
        if block.kind in _TITLE_CASE:
            continue
        for m in _PAIR_RE.finditer(block.text):
            first, second, after = m.group(1), m.group(2), m.group(3)
            if first in _FUNCTION_CAPS or len(first) + len(second) < _JOINED_MIN_LENGTH:
                continue
            pairs[((first + second).lower(), after)].append((i, m.start(1), m.start(1) + len(first) + 1 + len(second)))
        for m in _JOINED_RE.finditer(block.text):
            if len(m.group(1)) >= _JOINED_MIN_LENGTH:
                joined[(m.group(1).lower(), m.group(2))].append((i, m.start(1), m.end(1)))
    for key, split_at in pairs.items():
        whole_at = joined.get(key)
        if not whole_at or key[0] in lower:
            continue
        whole = blocks[whole_at[0][0]].text[whole_at[0][1] : whole_at[0][2]]
        split = " ".join(blocks[split_at[0][0]].text[split_at[0][1] : split_at[0][2]].split())
        sentences = lambda at: {(i, _sentence_of(blocks[i], s_)) for i, s_, _ in at}  # noqa: E731
        if sentences(whole_at) & sentences(split_at):
            continue
        cw, cs = len(whole_at), len(split_at)
        if cw >= max(_PROPER_MIN_MAJORITY, 2 * cs):
            right, wrong, suggest = (whole, whole_at), (split, split_at), True
        elif cs >= max(_PROPER_MIN_MAJORITY, 2 * cw):
            right, wrong, suggest = (split, split_at), (whole, whole_at), True
        elif cw == cs == 1:
            right, wrong = sorted(((whole, whole_at), (split, split_at)), key=lambda t: t[1][0][:2])
            suggest = False
        else:
            continue
        first = right[1][0]
        for i, s_, e in wrong[1]:
            _add(hits, blocks[i], (s_, e), right[0], wrong[0], len(right[1]), blocks[first[0]].source_span(first[1], first[2]), suggest=suggest)


def _introduced(a: str, b: str, runs: list[tuple[int, NameMention]], blocks: list[Block], edits: int, max_edits: int, honorific_only: bool = False) -> tuple[str | None, str]:
    """Return (right, wrong) when one spelling introduces a person with a full name and the other is a later
    reference by surname alone that the copy shows is a person's (an honorific, "said", "who": "Dr Aoife
    O'Donoghue" … "Dr O'Donohue", "Joanna Cherry" … "Chery, who led the petition"), each written once: the
    introduction declares the spelling. (None, "") otherwise."""
    def forms(word):
        return [(i, m) for i, m in runs if m.surname == word]

    for right, wrong in ((a, b), (b, a)):
        full = [(i, m) for i, m in forms(right) if m.given]
        later = forms(wrong)
        if not full or not later or any(m.given or not (m.honorific or m.evidence) for _, m in later):
            continue
        if (later[0][0], later[0][1].start) <= (full[0][0], full[0][1].start):
            continue  # the reference must come after the introduction
        honorific = all(m.honorific for _, m in later)
        if honorific_only and (not honorific or len(full) != 1 or len(later) != 1):
            continue
        if edits > (1 if min(len(a), len(b)) <= 6 or not honorific else max_edits) and not (edits <= 2 and _heard_alike(a, b)):
            continue  # a reference by surname alone ("Chery, who led the petition"): one letter only, or one sound
            # spelt another way ("Sunita Kapoor" … "Kapur, who joined")
        return right, wrong
    return None, ""


def _words(name: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", name or "")


def _pick(a: str, b: str, counts: Counter, min_majority: int, declared: set[str]) -> tuple[str | None, str]:
    """Return (right spelling, wrong spelling), or (None, "") when the copy does not say which is right."""
    if (a in declared) != (b in declared):
        return (a, b) if a in declared else (b, a)
    ca, cb = counts[a], counts[b]
    if ca >= max(min_majority, 2 * cb):
        return a, b
    if cb >= max(min_majority, 2 * ca):
        return b, a
    return None, ""


def _first_index(runs: list[tuple[int, NameMention]], given: str, surname: str) -> tuple[int, int]:
    """Return where a first name is first written with the surname, as (text index, offset).

    runs need hold only the surname's runs (in reading order), as do _first's and _introduced's."""
    return min((i, m.start) for i, m in runs if m.surname == surname and given in (t[2] for t in m.tokens[:-1]))


def _first(blocks: list[Block], runs: list[tuple[int, NameMention]], word: str, surname: str | None):
    for i, m in runs:
        if surname is None and m.surname == word:
            return blocks[i].source_span(*m.surname_span)
        if surname is not None and m.surname == surname:
            for start, end, w in m.tokens[:-1]:  # a first name, or a middle name ("Faith Chepkoech Kibet")
                if w == word:
                    return blocks[i].source_span(start, end)
    return None


def _add(hits, block: Block, span: tuple[int, int], right: str, wrong: str, times: int, first, right_full: str | None = None, suggest: bool = True) -> None:
    source = block.source_span(*span)
    key = (source.start, source.end)
    if any(s < source.end and source.start < e for s, e in hits):
        return  # already reported, as a declared variant covering these words
    shown = right_full or right
    related = (RelatedHit(first, f"spelt \u201c{shown}\u201d here"),) if first is not None else ()
    hits[key] = Hit(
        CHECK.id,
        source,
        f"\u201c{wrong}\u201d is spelt \u201c{shown}\u201d elsewhere in this article ({times} time{'s' if times != 1 else ''}); one of them is wrong.",
        related,
        suggestion=right if suggest else None,
    )


def _declared_variants(blocks: list[Block], names: list[list[NameMention]], entities, hits) -> None:
    """Report every declared variant spelling of a declared entity, suggesting the declared name."""
    for entity in entities:
        name = getattr(entity, "name", "")
        for variant in getattr(entity, "variants", ()) or ():
            if not variant or variant == name:
                continue
            suggestion = _replacement(variant, name)
            pattern = _variant_re(variant)
            for i, block in enumerate(blocks):
                titles = [(m.start, m.end) for m in names[i] if m.in_title]
                quotes = None
                for m in pattern.finditer(block.text):
                    if any(s <= m.start() < e for s, e in titles):
                        continue
                    if quotes is None:
                        quotes = quoted_spans(block.text)
                    source = block.source_span(m.start(), m.end())
                    hits.setdefault(
                        (source.start, source.end),
                        # Safe for --fix outside quotes: an editor does not change what someone said.
                        Hit(CHECK.id, source, f"\u201c{variant}\u201d: the house spelling is \u201c{name}\u201d.", (), suggestion=suggestion, fixable=not in_quote(quotes, m.start())),
                    )


@lru_cache(maxsize=256)
def _variant_re(variant: str) -> re.Pattern[str]:
    """Return the whole-word pattern of a declared variant spelling, compiled once."""
    return re.compile(r"(?<![\w'’-])" + re.escape(variant) + r"(?![\w-])")


def _replacement(variant: str, name: str) -> str:
    """Return the part of the declared name that replaces a variant: the whole name, or its closest word."""
    v_words, n_words = _words(variant), _words(name)
    if len(v_words) >= len(n_words) or len(v_words) != 1:
        return name
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    best = process.extractOne(variant, n_words, scorer=OSA.normalized_similarity)
    return best[0] if best else name


register(run, CHECK)
