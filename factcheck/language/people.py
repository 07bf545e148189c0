"""Reading people in news copy: names, the offices copy gives them, and which mentions are one person.

The knowledge this needs (offices and their short forms, countries with their adjectives
and capitals, the modifiers that make a change of title legitimate) is data in
rules/people.yaml, layered with a newsroom's `people:` sections and validated by the
configuration (`config.load_rules`, through `parse_people_into` and `build_people`).

`find_offices` reads office phrases ("German defence minister", "Ukraine's PM", "the
then-transport secretary") with the name they are attached to, if any; `find_names`
reads capitalised name runs with the evidence that they name a person (an honorific,
an office, a speech verb, an age); `read_people` links the mentions of a whole article
into people: full names, then surname-only and "Mr Healey" references to the one person
with that surname, or, when several share it, to the one of them whose rank the reference
gives or shares a ladder with ("Sgt Hart" beside Sergeant Liam and Corporal Ryan Hart;
"Archdeacon Oduya" beside the Ven Margaret and Dr Samuel Oduya). An office after a body's
name and its gloss in brackets is that body's ("Hindu Mahasabha (All India Hindu Union)
president X").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..ruleyaml import Located, parse_located, shipped_rules_dir, word_list
from .dates import month_number
from ..errors import RuleFileError

if TYPE_CHECKING:
    from .roles import RoleMention, RolesKnowledge

__all__ = [
    "Country",
    "ORG_WORDS",
    "NameMention",
    "OfficeMention",
    "OfficeSpec",
    "PeopleKnowledge",
    "Person",
    "People",
    "find_names",
    "find_offices",
    "SURNAME_PREFIXES",
    "build_people",
    "load_people",
    "new_people_layers",
    "parse_people_into",
    "people_knowledge",
    "read_people_file",
    "read_people",
    "similar_spellings",
]

# Only words that can be part of a name: capitalised words and the particles inside names.
_TOKEN_RE = re.compile(
    r"(?<![\w'’-])(?:[A-Z\u00C0-\u00DE\u0100-\u024F][^\W\d_]*(?:['’\-][^\W\d_]+)*"
    r"|(?:van|von|der|den|de|del|della|di|da|du|dos|la|le|bin|ibn|al|el|ter|ten)(?![\w'’-]))"
)
_POSSESSIVE = ("'s", "’s")
# Lower-case particles that sit inside a name ("Ursula von der Leyen").
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "la", "le", "bin", "ibn", "al", "el", "ter", "ten"})
# a middle name cut short with a full stop ("Jose Ma. Villareal", "Wm."): read as a middle initial
_SHORT_MIDDLES = frozenset({"Ma", "Wm", "Chas", "Jas", "Thos"})
# Surname prefixes, Irish ("Ó Flaithearta", "Ní Chonaill", "Mac Cárthaigh") and Māori ("Te Whatahoro"): written apart
# from the surname, left out of the name's words so that "Ms Ní Chonaill" is Caoimhe Ní Chonaill and the surname is
# compared on the part after the prefix (the Irish prefix changes with sex and marriage: Mac, Nic, Ní, Ó, Uí; "Ni" is "Ní" without its fada).
SURNAME_PREFIXES = frozenset({"Ó", "Ní", "Ni", "Nic", "Mac", "Mhic", "Uí", "Ua", "Te"})
# Capitalised words that do not start or make a personal name.
_NOT_NAME_WORDS = frozenset(
    """The A An In On At By For From To Of And But Or If As It Its He She His Her They Their We Our I You Your
    This That These Those There Here Then When While After Before Since Until During Under Over Into With Without
    Mr Mrs Ms Dr What Why How Who Where Which Some Many Most More Much Several Each Every All Both Neither Either
    No Not Yes Also However Meanwhile Although Though Because Despite Earlier Later Today Tonight Yesterday Tomorrow
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Christmas Easter God Government Parliament Commons Senate Congress
    Police Court Council Ministry Department Office Army Navy Church State Republic Kingdom Union Minister Secretary
    Representative Representatives
    President Chancellor Premier Prime Leader Chairman Chair Chief Executive Director Manager Spokesman Spokeswoman
    Spokesperson Officials Official North South East West Northern Southern Eastern Western Central New Old Great
    Greater Royal National International Federal European Western Islamic Democratic Republican Labour Conservative
    Liberal Democrats Tory Tories Green Greens Reform Picture Photo Image Read Watch Listen Follow Related
    Kremlin Pentagon Whitehall Vatican Nato Interpol Europol Westminster Holyrood Stormont""".split()
)
# Words of ORG_WORDS that are also common surnames: read as a person's after a first name, when a speech verb, an age or
# "who" follows ("Peter Hall said", "Linda Ford, 58,") or an honorific comes before ("Cllr Linda Ford", "Ms Ford")
_SURNAME_ORG_WORDS = frozenset("Hall Ford Park Street Bridge Church Lake House Close Way Bay Mount Forest Port Banks Field Hill Wood Brook".split())
_PERSON_AFTER_RE = re.compile(
    r"(?:\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?:said|says|told|tells|added|adds|wrote|writes|explained|warned|argued|"
    r"insisted|noted|replied|admitted|denied|recalled|confirmed)\b|,\s+(?:\d{1,3},|who\b|aged\s+\d|said\b|says\b|told\b|added\b))"
)
# Words that make a capitalised run the name of a place, body or thing, not a person.
# Words of ORG_WORDS that are also first names ("Bill Hammons", not "the Finance Bill").
_GIVEN_ORG_WORDS = frozenset({"Bill"})
_JOINED_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")  # "Ji-hoon", "Min-jun", "Seo-yeon"
ORG_WORDS = frozenset(
    """Street Road Lane Avenue Row Bridge Centre Center Hall House Park Square Council Party Group Union University
    College School Hospital Foundation Institute Trust Agency Office Department Ministry Court Prize Award Cup
    League Club Company Bank Church Cathedral Airport Station Stadium Museum Gallery Theatre Theater River Lake
    Mount Mountain Island Islands Way Close Drive Place Gardens Estate Town City County Borough Region Province State
    Republic Kingdom Ltd Inc Plc Corporation Commission Committee Assembly Parliament Senate Congress Army Navy Force
    Forces Police Service Services Network Times News Post Journal Report Act Bill Junction Ford Street Valley Forest
    Coast Bay Port Harbour Square Airlines Airways Motors Group Holdings Partners Associates Society Fund Council
    Festival Awards Games Championship Championships Open Series Tour Hotel Arena Library Prison Market Exchange
    Centre Council Authority Board Agency Review Inquiry Project Programme Initiative Movement Alliance Front
    Brigade Regiment Division Command Guard Guards Fleet Express Mail Herald Telegraph Gazette Tribune Standard""".split()
)
_SPEECH_AFTER_RE = re.compile(
    r"\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?:said|says|told|tells|added|adds|wrote|writes|stated|explained|announced|"
    r"confirmed|warned|argued|claimed|insisted|noted|tweeted|replied|asked|quoted|urged|admitted|denied|recalled|"
    r"reported|posted|responded|commented|testified|acknowledged|conceded|suggested)\b"
)
# a speech verb written before the name, after the quote or clause it reports ("'...,' said Prothero", ", added Ms
# Cole"): the inverted attribution; "told" and "according to" are left out, their object is as often a body ("told Reuters")
_SPEECH_BEFORE_RE = re.compile(
    r"[,\"”’]\s*(?:said|says|added|adds|explained|insisted|warned|argued|noted|recalled|replied|admitted|conceded|"
    r"acknowledged|suggested|stated|continued)\s+\Z"
)
# what only a person has, after a name's possessive: "Lindquist's campaign said", "Okafor's lawyer"
_PERSONAL_POSSESSION_RE = re.compile(r"['\u2019]s\s+(?:(?:election|re-election|leadership)\s+)?(?:campaign|lawyer|lawyers|attorney|solicitor|counsel|wife|husband|widow|widower|son|sons|"
                                     r"daughter|daughters|mother|father|brother|sister|family|spokesman|spokeswoman|spokesperson|supporters)\b")
_WHO_OR_AGE_AFTER_RE = re.compile(r",\s+(?:who\b|\d{1,3},)")
_APPOSITIVE_BEFORE_RE = re.compile(r",\s+(?:(?:the|who\s+is(?:\s+the)?|now\s+the|and)\s+)?\Z", re.IGNORECASE)
# "Ministry of Defence", "Bank of England": a capitalised word and "of" before a run make it part of a name of a body.
_OF_ORG_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+(?:the\s+)?\Z")
# before a portfolio opening a run: "Minister of ", "…, Fisheries and ", "Minister for Agriculture, "
_PORTFOLIO_BEFORE_RE = re.compile(r"(?:\b[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?|\b[A-Z][\w'’-]*(?:,\s+|,?\s+and\s+))\Z")
_LOWER_AFTER_RE = re.compile(r" [a-z]")
_DETERMINER_BEFORE_RE = re.compile(r"(?:\b(?:the|a|an|The|A|An|its|their|his|her)\s+)\Z")


def _honorific_as_name(text: str, tokens, i: int, is_name) -> bool:
    """True when an honorific's word stands alone as a surname ("Marshal noted", "Major said"): a verb after it, no
    name, and no article before it ("the Sheriff said" is the office)."""
    s, e, word, possessive = tokens[i]
    if possessive or i + 1 < len(tokens) and text[e : tokens[i + 1][0]] == " " and is_name[tokens[i + 1][2]]:
        return False
    return bool(_LOWER_AFTER_RE.match(text, e)) and not _DETERMINER_BEFORE_RE.search(text, max(0, s - 6), s)


# The word just before a name run, read as its honorific when it is one ("Mr Healey", "Dr. Oduya").
_HONORIFIC_BEFORE_RE = re.compile(r"([A-Z][A-Za-z]+)\.?\s+\Z")  # "Mr", "Dr.", "PC", "DCI"
_TITLE_QUOTE_RE = re.compile(r"[\"“‘]|(?<!\w)'")
_LOCAL_COUNTRY = "(this country)"  # "the country's finance minister": the country the article is about


@dataclass(frozen=True)
class Country:
    """A country with the words copy uses for it."""

    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str


@dataclass(frozen=True)
class OfficeSpec:
    """An office: its canonical name, groups (offices one person cannot hold together) and uniqueness."""

    key: str
    forms: tuple[str, ...]
    groups: frozenset[str]
    unique: bool


@dataclass(frozen=True, eq=False)
class PeopleKnowledge:
    """Offices, countries and title words from rules/people.yaml, with the patterns built from them."""

    offices: dict[str, OfficeSpec]
    form_office: dict[str, str]  # lower-case form -> office key
    countries: tuple[Country, ...]
    change_modifiers: frozenset[str]
    different_modifiers: frozenset[str]
    change_words: frozenset[str]
    term_words: frozenset[str]
    honorifics: frozenset[str]
    country_word: dict[str, str] = field(default_factory=dict)  # name, adjective or capital -> country
    office_re: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    # A cheap first look: the last word of every office form (lowercased), and the short forms as written.
    office_head_words: frozenset[str] = frozenset()
    office_short_forms: frozenset[str] = frozenset()
    # words of offices' own forms that never start or continue a name ("Exchequer" in "Chancellor of the Exchequer X")
    office_words: frozenset[str] = frozenset()
    # the words of portfolios ("agriculture", "fisheries"): "Minister of Agriculture, Fisheries and Mining Desmond Whyte"
    portfolio_words: frozenset[str] = frozenset()

    def is_place(self, word: str) -> bool:
        """Return True when word names a country, its people or its capital."""
        return word in self.country_word


# --- loading and validating rules/people.yaml ----------------------------------

_TOP_KEYS = {
    "offices": dict,
    "portfolios": dict,
    "portfolio_forms": list,
    "modifiers": dict,
    "change_words": list,
    "term_words": list,
    "honorifics": list,
    "countries": dict,
}




def _mapping(node: Located, where: str, allowed: dict[str, type] | None = None) -> dict[str, tuple[Located, Located]]:
    if not isinstance(node.value, dict):
        raise node.error(f"{where} must be a mapping")
    if allowed is not None:
        for name, (key, value) in node.value.items():
            if name not in allowed:
                raise key.error(f"unknown key '{name}' in {where} (expected one of {', '.join(sorted(allowed))})")
            kind = allowed[name]
            if kind is bool and not isinstance(value.value, bool):
                raise value.error(f"{where}.{name} must be true or false (got {value.value!r})")
            if kind is str and not isinstance(value.value, str):
                raise value.error(f"{where}.{name} must be a string (got {value.value!r})")
    return node.value


def new_people_layers() -> dict:
    """Return an empty accumulator for people knowledge: files are read into it in order, then built once."""
    return {"offices": {}, "templates": ("{portfolio} minister",), "change": set(), "different": set(), "countries": {},
            "change_words": set(), "term_words": set(), "honorifics": set()}


def parse_people_into(tree: Located, acc: dict, where: str = "people rules", *, whole: bool = False) -> None:
    """Validate one people section (the shape of rules/people.yaml) and add it to acc.

    Later files add entries and replace same-named offices and countries; lists extend. A whole
    file (the shipped one, or one read alone) must have the offices, modifiers and countries sections.
    """
    top = _mapping(tree, where, _TOP_KEYS)
    for name, (key, value) in top.items():
        if not isinstance(value.value, _TOP_KEYS[name]):
            raise value.error(f"'{name}' must be a {'mapping' if _TOP_KEYS[name] is dict else 'list'}")
    for required in ("offices", "modifiers", "countries") if whole else ():
        if required not in top:
            raise tree.error(f"people rules need a '{required}' section")

    offices: dict[str, OfficeSpec] = acc["offices"]
    for name, (key, node) in _mapping(top["offices"][1], "offices").items() if "offices" in top else ():
        spec = _mapping(node, f"offices.{name}", {"forms": list, "groups": list, "unique": bool})
        if "forms" not in spec:
            raise node.error(f"offices.{name} needs 'forms'")
        forms = word_list(spec["forms"][1], f"offices.{name}.forms")
        groups = word_list(spec["groups"][1], f"offices.{name}.groups") if "groups" in spec else ()
        unique = spec["unique"][1].value if "unique" in spec else False
        offices[str(name).lower()] = OfficeSpec(str(name).lower(), forms, frozenset(groups), unique)

    if "portfolio_forms" in top:
        acc["templates"] = word_list(top["portfolio_forms"][1], "portfolio_forms")
        for t, item in zip(acc["templates"], top["portfolio_forms"][1].value):
            if "{portfolio}" not in t:
                raise item.error("each portfolio form must contain {portfolio}")
    if "portfolios" in top:
        for name, (key, node) in _mapping(top["portfolios"][1], "portfolios").items():
            words = word_list(node, f"portfolios.{name}")
            forms = tuple(t.replace("{portfolio}", w) for w in words for t in acc["templates"])
            offices[f"{str(name).lower()} portfolio"] = OfficeSpec(f"{str(name).lower()} portfolio", forms, frozenset({"cabinet", "government"}), True)

    if "modifiers" in top:
        mods = _mapping(top["modifiers"][1], "modifiers", {"change": list, "different": list})
        for kind in ("change", "different"):
            if kind in mods:
                acc[kind] |= {w.lower() for w in word_list(mods[kind][1], f"modifiers.{kind}")}

    for name, (key, node) in _mapping(top["countries"][1], "countries").items() if "countries" in top else ():
        spec = _mapping(node, f"countries.{name}", {"names": list, "adjectives": list, "capital": str})
        names = word_list(spec["names"][1], f"countries.{name}.names") if "names" in spec else ()
        adjectives = word_list(spec["adjectives"][1], f"countries.{name}.adjectives") if "adjectives" in spec else ()
        capital = spec["capital"][1].value if "capital" in spec else ""
        acc["countries"][str(name)] = Country(str(name), (str(name), *names), adjectives, capital)

    for section in ("change_words", "term_words"):
        if section in top:
            acc[section] |= {w.lower() for w in word_list(top[section][1], section)}
    if "honorifics" in top:
        acc["honorifics"] |= set(word_list(top["honorifics"][1], "honorifics"))


def build_people(acc: dict) -> PeopleKnowledge:
    """Return the people knowledge built from an accumulator the files were read into."""
    return _build(dict(acc["offices"]), tuple(acc["countries"].values()), frozenset(acc["change"]), frozenset(acc["different"]),
                  frozenset(acc["change_words"]), frozenset(acc["term_words"]), frozenset(acc["honorifics"]))


def _build(offices, countries, change, different, change_words, term_words, honorifics) -> PeopleKnowledge:
    form_office: dict[str, str] = {}
    for spec in offices.values():
        for form in spec.forms:
            form_office.setdefault(form.lower(), spec.key)
    country_word: dict[str, str] = {}
    for c in countries:
        for w in (*c.names, *c.adjectives, c.capital):
            if w:
                country_word[w] = c.name
                if w.startswith("the "):
                    country_word[w[4:]] = c.name
    long_forms = sorted((f for f in form_office if len(f) > 3), key=len, reverse=True)
    short_forms = sorted({spec_form for spec in offices.values() for spec_form in spec.forms if len(spec_form) <= 3}, key=len, reverse=True)
    alternatives = []
    if long_forms:
        alternatives.append(r"(?i:" + forms_trie(long_forms) + ")")
    if short_forms:
        alternatives.append("|".join(re.escape(f) for f in short_forms))
    office_alt = "|".join(alternatives)
    names = sorted({w for c in countries for w in (*c.names, *(n[4:] for n in c.names if n.startswith("the ")))}, key=len, reverse=True)
    adjectives = sorted({a for c in countries for a in c.adjectives}, key=len, reverse=True)
    name_alt = "|".join(re.escape(n) for n in names) or r"(?!)"
    adj_alt = "|".join(re.escape(a) for a in adjectives) or r"(?!)"
    mods = sorted(change | different, key=len, reverse=True)
    # tried at every word of a paragraph that may name an office: a trie tries one branch per letter (lower-case ASCII
    # words only, so that no two match the same text under (?i) and the trie prefers what the alternation prefers)
    mod_alt = (literal_trie(mods) if all(m.isascii() and m == m.lower() for m in mods) else "|".join(re.escape(m) for m in mods)) or r"(?!)"
    pattern = (
        r"(?<![\w'’-])"
        # modifiers may come before the country too: "the former Turkish foreign minister"
        r"(?P<premods>(?:(?i:" + mod_alt + r")(?:-|\s+))*)"
        r"(?P<country>(?:(?:[Tt]he\s+)?(?:" + name_alt + r")(?:['’]s|(?<=s)['’])|(?:[Tt]he\s+)?(?:country|nation)['’]s|" + adj_alt + r")\s+)?"
        r"(?P<mods>(?:(?i:" + mod_alt + r")(?:-|\s+))*)"
        r"(?P<office>" + (office_alt or r"(?!)") + r")"
        r"(?![\w-])"
        r"(?P<of>\s+of\s+(?:the\s+)?[\w'’.-]+(?:\s+(?:and\s+)?[A-Z][\w'’.-]*)*)?"
    )
    return PeopleKnowledge(
        offices=offices,
        form_office=form_office,
        countries=countries,
        change_modifiers=change,
        different_modifiers=different,
        change_words=change_words,
        term_words=term_words,
        honorifics=honorifics,
        country_word=country_word,
        office_re=re.compile(pattern),
        office_head_words=frozenset(re.split(r"[\s-]+", f)[-1] for f in long_forms),
        office_short_forms=frozenset(short_forms),
        office_words=frozenset(
            w for spec in offices.values() if not spec.key.endswith(" portfolio") for f in spec.forms for w in re.split(r"[\s-]+", f.lower()) if len(w) >= 5
        ) - {h.lower() for h in honorifics},
        portfolio_words=frozenset(
            w for spec in offices.values() if spec.key.endswith(" portfolio") for f in spec.forms for w in re.split(r"[\s-]+", f.lower()) if len(w) >= 4
        ) - _PORTFOLIO_FORM_WORDS,
    )


# the words portfolio_forms put round a portfolio ("minister for {portfolio}"), never a portfolio's own
_PORTFOLIO_FORM_WORDS = frozenset("minister ministers secretary state".split())

_SEPARATOR = "\0"


def forms_trie(forms) -> str:
    """Return one pattern matching any of forms (words apart by spaces or hyphens, as _words_pattern writes them),
    written as a trie: at each place in the text only the forms that start with its letter are tried, so hundreds of
    forms cost little more than a few (the longest form that fits wins, as in a longest-first alternation)."""
    trie: dict = {}
    for f in forms:
        node = trie
        for tok in re.sub(r"[\s-]+", _SEPARATOR, f):
            node = node.setdefault(tok, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"[\s-]+" if tok == _SEPARATOR else re.escape(tok)) + emit(child) for tok, child in sorted(node.items()) if tok]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def literal_trie(words) -> str:
    """Return one case-sensitive pattern matching exactly the given strings, written as a trie: at each place in the
    text only the strings starting with its letter are tried, not each of hundreds in turn.

    It prefers what the longest-first alternation of the same strings prefers: the strings that match at one place
    are prefixes of each other, and the trie tries the longer first.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _words_pattern(form: str) -> str:
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", form))


def read_people_file(path: str, acc: dict, *, whole: bool = False) -> None:
    """Read one people file (the shape of rules/people.yaml) into acc; raise RuleFileError if broken."""
    tree = parse_located(path)
    if not isinstance(tree.value, dict):
        raise RuleFileError(path, tree.line, tree.column, "people rules must be a mapping of sections such as 'offices:'")
    parse_people_into(tree, acc, whole=whole)


@lru_cache(maxsize=8)
def load_people(path: str | None = None) -> PeopleKnowledge:
    """Return the people knowledge of one whole file read alone (default: the shipped rules/people.yaml).

    Runs read it through the configuration instead (`config.load_rules`, which layers a newsroom's
    `people:` sections over it); this is for readers used without one.
    """
    acc = new_people_layers()
    read_people_file(path or str(Path(shipped_rules_dir()) / "people.yaml"), acc, whole=True)
    return build_people(acc)


def people_knowledge(knowledge) -> PeopleKnowledge:
    """Return the people knowledge a check should use: the configuration's, else the shipped file's."""
    given = knowledge.get("people") if knowledge else None
    return given if isinstance(given, PeopleKnowledge) else load_people()


# --- offices -------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeMention:
    """An office phrase in the text ("German defence minister", "Ukraine's PM") and the name it is attached to."""

    start: int
    end: int
    office: str  # office key in the knowledge; "deputy prime minister" style keys when a different-office modifier is present
    country: str | None  # canonical country, _LOCAL_COUNTRY, or None when copy does not say
    modifiers: tuple[str, ...]
    qualified: bool  # "club president", "its president", "president of the union": not a country's office
    holder: tuple[int, int] | None = None  # span of the attached name
    form: str = ""

    @property
    def current(self) -> bool:
        """True when nothing marks the office as held at another time or as a different office."""
        return not self.modifiers and not self.qualified

    @property
    def local(self) -> bool:
        return self.country == _LOCAL_COUNTRY


_QUALIFYING_NOUNS = frozenset(
    """club party company union association federation league council committee board bank university college school
    student students society group firm chamber court team body organisation organization fund charity trust
    network station channel corporation agency institute foundation assembly parliament senate congress republican
    democratic labour tory conservative liberal""".split()
)
_QUALIFYING_DETERMINERS = frozenset({"its", "their", "our", "your", "his", "her", "whose"})
# Patterns used per paragraph, compiled once.
_DASHES_OR_SPACES = re.compile(r"[\s-]+")
_OF_LEAD = re.compile(r"^\s+of\s+(?:the\s+)?")
_COMMA_SPACE = re.compile(r",\s+")
_AFTER_APPOSITIVE = re.compile(r"(?:\s+[A-Z]{2,4}\b)?\s*(?:[,.;)]|\s+(?:said|says|told|who)\b)")
_THE_COUNTRYS = re.compile(r"(?:[Tt]he\s+)?(?:country|nation)['’]s$")
_THE_LEAD = re.compile(r"^[Tt]he\s+")
_POSSESSIVE_TAIL = re.compile(r"(?:['’]s|['’])$")
_DETERMINER_BEFORE = re.compile(r"(?:\b[Tt]he|\b[Ii]ts|\A|[.!?]\s*)\s*\Z")
_SPACES_AHEAD = re.compile(r" +")
_LETTER_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_WORD_RE = re.compile(r"\w+")
_MOD_WORD_RE = re.compile(r"\w+(?:-\w+)*")
_POSSESSIVE_RE = re.compile(r"['’]s?\s*\Z")
_WORD_BEFORE_RE = re.compile(r"([\w'’.-]+)\s*\Z")
_NUMBERED_BODY_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+\Z")
_OFFICE_POSSESSIVE_RE = re.compile(r"['’]s?(?!\w)")
_PLACE_WORDS_BEFORE_RE = re.compile(r"((?:[A-Z][\w.]*\s+)?([A-Z][\w.]*\s+[A-Z][\w.]*))\s*\Z")
# How long a capitalised "-ing" word opening a sentence must be to be read as a participle ("Speaking", "Representing").
_FINITE_AFTER_RE = re.compile(r"\s+(?:said|says|told|tells|added|adds|was|is|has|had|will|would)\b")
_PARTICIPLE_MIN = 8
_GIVEN_AFTER_SURNAME_RE = re.compile(r"[A-Z][a-z]+-[a-z]+")
_SENTENCE_END_BEFORE_RE = re.compile(r"(?:\A|[.!?:;\"“”(]\s*|\n\s*)\Z")


_HONORIFIC_GAP_RE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Chief|Alhaji|Hajia|Engr|Barr|Rev|Sen|Hon)\.?\s+")


def find_offices(text: str, kb: PeopleKnowledge, runs: Sequence[_Run] | None = None) -> list[OfficeMention]:
    """Return the office phrases in text with their country, modifiers and attached name."""
    out: list[OfficeMention] = []
    if not _may_name_office(text, kb):
        return out  # most paragraphs name no office: skip the long pattern
    names = _name_runs(text, kb) if runs is None else runs
    by_start = {r.start: r for r in names}
    by_end = {r.end: r for r in names}
    for m in kb.office_re.finditer(text):
        form = _DASHES_OR_SPACES.sub(" ", m.group("office").lower())
        key = kb.form_office.get(form)
        if key is None:
            continue
        written_mods = " ".join(g for g in (m.group("premods"), m.group("mods")) if g)
        mods = tuple(w.lower() for w in _MOD_WORD_RE.findall(written_mods) if w.lower() in kb.change_modifiers | kb.different_modifiers)
        different = [w for w in mods if w in kb.different_modifiers]
        office = " ".join([*different, key]) if different else key
        change = tuple(w for w in mods if w in kb.change_modifiers)
        country = _country_of(m.group("country"), kb)
        qualified = False
        of = m.group("of")
        end = m.end("office")
        if of:
            target = _OF_LEAD.sub("", of).strip()
            place = kb.country_word.get(target) or kb.country_word.get(target.split()[0].rstrip("'’s"))
            if place and len(target.split()) <= 2:
                country, end = place, m.end("of")
            elif form not in ("secretary of state", "chancellor of the exchequer"):
                qualified = True
        if not m.group("country"):
            qualified = qualified or _qualified_before(text, m.start(), kb) or _combined_department(text, m.start(), form, kb)
        if key.endswith(" portfolio") and (more := _MORE_PORTFOLIOS_RE.match(text, end)) is not None \
                and all(w.lower() in kb.portfolio_words for w in _CAPITALISED_RE.findall(more.group())):
            end = more.end()  # "Minister of Agriculture, Fisheries and Mining": one office of several portfolios
        # the holder: "President Volodymyr Zelenskyy", "the infrastructure minister, Marloes Vink", "Umerov, the president"
        holder = None
        run = _run_after(text, end, by_start)
        if _OFFICE_POSSESSIVE_RE.match(text, end):
            pass  # "Angela Thorne, the chancellor's wife": the office is someone else's, not the name's
        elif run is not None and not of:
            holder = (run.start, run.end)
        else:
            comma = _COMMA_SPACE.match(text, end)
            run = by_start.get(comma.end()) if comma else None
            if run is None and comma and (styled := _HONORIFIC_GAP_RE.match(text, comma.end())):
                run = by_start.get(styled.end())  # "the Head of Service, Prof. Alabi,": an honorific before the name
            # "the Dutch minister, X" or "Turkey's defence minister, X": a possessive country is the determiner
            determined = _starts_with_determiner(text, m.start()) or _POSSESSIVE_RE.search(m.group("country") or "")
            if run is not None and determined and _AFTER_APPOSITIVE.match(text, run.end):
                holder = (run.start, run.end)
            else:
                before = _APPOSITIVE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
                if before:
                    run = by_end.get(before.start())
                    if run is not None and len(run.tokens) == 1 and text[max(0, run.start - 4) : run.start] in ("the ", "The "):
                        run = None  # "In the Senedd, the Health Secretary has been answering questions": a body, no one's name
                    if run is not None:
                        holder = (run.start, run.end)
        out.append(
            OfficeMention(
                start=m.start(),
                end=end,
                office=office,
                country=country,
                modifiers=change + tuple(different),
                qualified=qualified,
                holder=holder,
                form=m.group("office"),
            )
        )
    return out


_MORE_PORTFOLIOS_RE = re.compile(r"(?:,\s+[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+")
_CAPITALISED_RE = re.compile(r"[A-Z][\w'’-]+")


def _may_name_office(text: str, kb: PeopleKnowledge) -> bool:
    """Return whether text holds a word that ends an office form: a set lookup, far cheaper than the pattern."""
    words = set(_WORD_RE.findall(text))
    if not kb.office_short_forms.isdisjoint(words):
        return True
    return not kb.office_head_words.isdisjoint({w.lower() for w in words})


def _country_of(raw: str | None, kb: PeopleKnowledge) -> str | None:
    if not raw:
        return None
    word = raw.strip()
    if _THE_COUNTRYS.match(word):
        return _LOCAL_COUNTRY
    word = _THE_LEAD.sub("", word)
    word = _POSSESSIVE_TAIL.sub("", word)
    return kb.country_word.get(word) or kb.country_word.get("the " + word)


_GLOSS_BEFORE_RE = re.compile(r"(?<=\w)\s+\([^()]{1,60}\)\s+\Z")


# "Culture, Media and Sport Secretary", "Sport and Tourism Minister": departments named together before the title.
_DEPARTMENT_LIST_BEFORE_RE = re.compile(r"(?:[A-Z][\w'’-]*,\s+)+[A-Z][\w'’-]*\s+(?:and|&)\s+\Z")
_DEPARTMENT_AND_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)\s+(?:and|&)\s+\Z")


def _combined_department(text: str, start: int, form: str, kb: PeopleKnowledge) -> bool:
    """True when the office's department is the last of several named together ("Culture, Media and Sport
    Secretary"): the office of one combined department, not that of its last word alone."""
    if _DEPARTMENT_LIST_BEFORE_RE.search(text, max(0, start - 80), start):
        return True
    m = _DEPARTMENT_AND_BEFORE_RE.search(text, max(0, start - 30), start)
    title = form.split()[-1]
    return bool(m) and f"{m.group(1).lower()} {title}" in kb.form_office


def _qualified_before(text: str, start: int, kb: PeopleKnowledge) -> bool:
    """Return True when the word before an office makes it some body's office ("club president", "its president")."""
    if _SENTENCE_END_BEFORE_RE.search(text, max(0, start - 3), start):
        return False
    # "Akhil Bharat Hindu Mahasabha (All India Hindu Union) president": the body's name before its gloss
    gloss = _GLOSS_BEFORE_RE.search(text, max(0, start - 80), start)
    if gloss:
        start = gloss.start()
    m = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    if word.isdigit() and (numbered := _NUMBERED_BODY_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())) \
            and month_number(numbered.group(1)) is None:
        return True  # "Local 412 president": a body named with its number
    bare = _POSSESSIVE_TAIL.sub("", word)
    if word.lower() in _QUALIFYING_DETERMINERS or bare.lower() in _QUALIFYING_NOUNS:
        return True
    if word != bare and bare.lower() not in ("country", "nation") and not kb.is_place(bare):
        return True  # "the union's president"
    if bare[:1].isupper() and not kb.is_place(bare) and bare not in kb.honorifics and bare.lower() not in ("the", "a", "an"):
        # "United States President", "South Korean President": a place of several words is not a body
        several = _PLACE_WORDS_BEFORE_RE.search(text, max(0, start - 40), start)
        if several and (kb.is_place(several.group(1)) or kb.is_place(several.group(2) or "")):
            return False
        return True  # "FIFA president", "Group president"
    return False


def _starts_with_determiner(text: str, start: int) -> bool:
    return bool(_DETERMINER_BEFORE.search(text[max(0, start - 6) : start]))


# --- names ---------------------------------------------------------------------


@dataclass(frozen=True)
class NameMention:
    """A run of one to three capitalised words that may name a person, with the evidence that it does."""

    start: int
    end: int
    tokens: tuple[tuple[int, int, str], ...]  # (start, end, word) of each word of the name, particles left out
    honorific: str | None = None
    evidence: bool = False  # an honorific, an office, a speech verb, an age or "who" says this is a person
    in_title: bool = False  # inside a quoted title of a book, report or organisation
    held: bool = False  # an office phrase introduces it ("President Trump", "the PM, Keir Starmer")

    @property
    def surname(self) -> str:
        return self.tokens[-1][2]

    @property
    def given(self) -> str | None:
        return self.tokens[0][2] if len(self.tokens) > 1 else None

    @property
    def surname_span(self) -> tuple[int, int]:
        return self.tokens[-1][0], self.tokens[-1][1]

    @property
    def given_span(self) -> tuple[int, int] | None:
        return (self.tokens[0][0], self.tokens[0][1]) if len(self.tokens) > 1 else None


@dataclass(frozen=True)
class _Run:
    start: int
    end: int
    tokens: tuple[tuple[int, int, str], ...]
    honorific: str | None


_NICKNAME_OPEN = frozenset({' "', " \u201c", " '", " \u2018"})
_NICKNAME_CLOSE = frozenset({'" ', "\u201d ", "' ", "\u2019 "})


def _is_name_word(word: str, kb: PeopleKnowledge) -> bool:
    if not word[:1].isupper() or len(word) < 2:
        return False
    if not any(c.islower() for c in word[1:]):
        return False  # acronyms: UK, UDCG, NATO
    if "-" in word:
        # "Vice-President", "Ex-Chancellor", "Deputy-Mayor": a title written with a hyphen, not a double-barrelled name
        parts = word.lower().split("-")
        if parts[0] in kb.change_modifiers | kb.different_modifiers or parts[-1] in kb.office_head_words:
            return False
    return word not in _NOT_NAME_WORDS and not kb.is_place(word) and word.lower() not in kb.form_office and word.lower() not in kb.office_words


def _name_runs(text: str, kb: PeopleKnowledge, titles: frozenset[str] = frozenset(), verdicts: dict[str, bool] | None = None) -> list[_Run]:
    """Return runs of one to three name words, with the honorific before them if any.

    titles: lower-case words that are roles, never names ("headteacher", "elections" of "supervisor of elections").
    verdicts: whether each word may be a name word, shared by the texts of one article read with the same titles.
    """
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        s, e = m.span()
        if word.endswith(_POSSESSIVE):
            tokens.append((s, e - 2, word[:-2], True))
        else:
            tokens.append((s, e, word, False))
    # one verdict per distinct word: an article repeats its names and capitalised words many times
    is_name = {} if verdicts is None else verdicts
    for w in {t[2] for t in tokens}:
        if w not in is_name:
            is_name[w] = _is_name_word(w, kb) and w.lower() not in titles

    runs: list[_Run] = []
    i = 0
    n = len(tokens)
    while i < n:
        s, e, word, possessive = tokens[i]
        run_start = s
        lead: list[tuple[int, int, str]] = []
        if len(word) == 1 and not possessive and not (i and text[tokens[i - 1][1] : s] == " " and tokens[i - 1][2][:1].isupper() and not tokens[i - 1][2].isupper()
                                                     and tokens[i - 1][2].lower() not in titles):
            # "advocate P. Arulmozhi", "R. K. Narayan", "BJP MLA N. Shivanna": initials before a surname open a full name
            # (not after a capitalised word: "Plan B. Smith"; an abbreviation in capitals is a title, "MLA", "MP", and so is a
            # title's word: "Finance Officer K. Lakshmi Narayan")
            k = i
            while k + 1 < n and len(tokens[k][2]) == 1 and not tokens[k][3] and len(lead) < 2 and text[tokens[k][1] : tokens[k + 1][0]] == ". ":
                lead.append(tokens[k][:3])
                k += 1
            if lead and k < n and is_name[tokens[k][2]] and tokens[k][2] not in kb.honorifics and len(tokens[k][2]) > 1:
                i = k
                s, e, word, possessive = tokens[i]
                lead = lead[:1]
            else:
                lead = []
        if word in SURNAME_PREFIXES and not possessive and i + 1 < n and text[e : tokens[i + 1][0]] == " " and is_name[tokens[i + 1][2]]:
            i += 1  # "Ms Ní Chonaill": the name starts at the prefix, its words after it
            s, e, word, possessive = tokens[i]
        # an honorific ("Sir", "Cllr", "Senator") is read as the honorific of the run after it, never as a first name
        if not is_name[word] or word in kb.honorifics and not _honorific_as_name(text, tokens, i, is_name):
            i += 1
            continue
        if len(word) >= _PARTICIPLE_MIN and word.endswith("ing") and _SENTENCE_END_BEFORE_RE.search(text, max(0, s - 3), s) \
                and not _FINITE_AFTER_RE.match(text, e):
            i += 1  # "Representing Deardon, Anil Mehta said": a sentence's opening participle, not a first name
            continue  # ("Mahabirsing said his team": a subject before its verb is a name)
        words = [*lead, (s, e, word)]
        j = i + 1
        org = False
        rank = False
        last_possessive = possessive
        while j < n and not last_possessive:
            ps, pe, pword, pposs = tokens[j]
            gap = text[tokens[j - 1][1] : ps]  # after the last word, or after a particle left out of the words
            if gap in _NICKNAME_OPEN and is_name[pword] and not pposs and j + 1 < n and text[pe : tokens[j + 1][0]] in _NICKNAME_CLOSE \
                    and is_name[tokens[j + 1][2]]:
                # 'Vice Mayor Teodoro "Teddy" Villanueva': a nickname between the given name and the surname is no word of the name
                ns, ne, nword, nposs = tokens[j + 1]
                words.append((ns, ne, nword))
                last_possessive = nposs
                j += 2
                continue
            if gap != " ":
                break
            if pword in kb.honorifics and j + 1 < n and text[pe : tokens[j + 1][0]] == " " and is_name[tokens[j + 1][2]]:
                # "Lieutenant Colonel Siobhan McArdle", "Detective Sergeant Paul Hindle": the words before
                # an honorific that a name follows are a rank, not the start of the name
                rank = True
                break
            if pword in _PARTICLES or pword in SURNAME_PREFIXES and not pposs:
                # "von der Leyen", "van der Merwe", "de la Cruz": particles in a row before the name's word
                k = j
                while k + 1 < n and tokens[k + 1][2] in _PARTICLES and text[tokens[k][1] : tokens[k + 1][0]] == " " and k - j < 2:
                    k += 1
                if k + 1 < n and text[tokens[k][1] : tokens[k + 1][0]] == " " and is_name[tokens[k + 1][2]]:
                    j = k + 1
                    continue
            if (len(pword) == 1 or pword in _SHORT_MIDDLES) and len(words) == 1 and j + 1 < n and text[pe : tokens[j + 1][0]] == ". " and is_name[tokens[j + 1][2]]:
                # a middle initial: "Brian T. Carroll", "John R. Bolton", "Jose Ma. Villareal" (left out of the name's words)
                ns, ne, nword, nposs = tokens[j + 1]
                words.append((ns, ne, nword))
                last_possessive = nposs
                j += 2
                continue
            if pword in _SURNAME_ORG_WORDS and len(words) == 1 and words[0][2] not in ORG_WORDS and words[0][2] not in _NOT_NAME_WORDS \
                    and not (j + 1 < n and text[pe : tokens[j + 1][0]] == " " and tokens[j + 1][2][:1].isupper()) \
                    and (_PERSON_AFTER_RE.match(text, pe) or ((hb := _HONORIFIC_BEFORE_RE.search(text, max(0, words[0][0] - 16), words[0][0]))
                                                                is not None and hb.group(1) in kb.honorifics)):
                # "Peter Hall said", "Cllr Linda Ford, 58,": a surname that is also a place's or body's word, said of a person
                words.append((ps, pe, pword))
                last_possessive = pposs
                j += 1
                continue
            if pword in ORG_WORDS or (pword[:1].isupper() and pword in _NOT_NAME_WORDS and pword not in ("The", "A")):
                org = org or pword in ORG_WORDS
                if pword in ORG_WORDS:
                    j += 1
                break
            if not is_name[pword]:
                break
            words.append((ps, pe, pword))
            last_possessive = pposs
            j += 1
        if rank:
            i = j  # read again from the honorific, which is then the honorific of the name after it
            continue
        if not org and len(words) > 3 and not lead and (place := _place_before_name(words, kb)):
            # "Vice President of the United States Joe Biden": a country written before the name is no word of it
            words = words[place:]
            run_start = words[0][0]
            s = run_start
        if len(words) >= 3 and not lead and words[0][2].lower() in kb.portfolio_words and _PORTFOLIO_BEFORE_RE.search(text, max(0, s - 40), s):
            # "Minister of Agriculture Desmond Whyte", "… Fisheries and Mining Desmond Whyte": the portfolio is no word of the name
            while len(words) > 2 and words[0][2].lower() in kb.portfolio_words:
                words = words[1:]
            run_start = s = words[0][0]
            word = words[0][2]
        surname_word = len(words) == 2 and words[1][2] in _SURNAME_ORG_WORDS and words[0][2] not in ORG_WORDS  # "Peter Hall", read above
        alone = len(words) == 1 and word in _SURNAME_ORG_WORDS and (hon := _HONORIFIC_BEFORE_RE.search(text, max(0, s - 16), s)) is not None \
            and hon.group(1) in kb.honorifics and not org  # "Ms Ford said": an honorific makes the word a surname
        # "Bill Hammons": a body's word that is also a first name opens a name when a name word follows it
        given_word = word in _GIVEN_ORG_WORDS and 2 <= len(words) <= 3 and not any(w in ORG_WORDS for _, _, w in words[1:])
        # "Park Ji-hoon": a family name written first, before a Korean given name of two joined syllables
        family_first = word in _SURNAME_ORG_WORDS and len(words) == 2 and bool(_JOINED_SYLLABLES.fullmatch(words[1][2]))
        if not (surname_word or alone or given_word or family_first) and (org or word in ORG_WORDS or len(words) > 3 or any(w in ORG_WORDS for _, _, w in words)) \
                or _OF_ORG_BEFORE_RE.search(text, max(0, s - 40), s):
            i = j
            continue
        # an honorific written just before ("Mr Healey", "Dr. Oduya")
        honorific = None
        hm = _HONORIFIC_BEFORE_RE.search(text, max(0, run_start - 16), run_start)
        if hm and hm.group(1) in kb.honorifics:
            honorific = hm.group(1)
        end = words[-1][1]
        if (numeral := _REGNAL_AFTER_RE.match(text, end)) is not None and len(words) >= 2:
            end = numeral.end()  # "Nana Adjei Ampofo II", "Pope Leo XIV": the numeral ends the name, it is not a word of it
        if len(words) >= 2 and _GIVEN_AFTER_SURNAME_RE.fullmatch(words[-1][2]) and not _GIVEN_AFTER_SURNAME_RE.fullmatch(words[-2][2]):
            # "Ivy Leung Sze-man", "Leung Chun-ying", "Moon Jae-in": a hyphenated given name after the surname (a
            # lower-case syllable after the hyphen), so the word before it is the surname, the last of the words
            words = [*words[:-2], words[-1], words[-2]]
        runs.append(_Run(run_start, end, tuple(words), honorific))
        i = j
    return runs


def _place_before_name(words: list[tuple[int, int, str]], kb: PeopleKnowledge) -> int:
    """Return how many leading words of a run name a country, leaving two or three words of a name; 0 when none do."""
    for k in (2, 1):
        if 2 <= len(words) - k <= 3 and kb.is_place(" ".join(w for _, _, w in words[:k])):
            return k
    return 0


_REGNAL_AFTER_RE = re.compile(r" (?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV)(?![\w'’-])")


def _run_after(text: str, pos: int, by_start: dict[int, _Run]) -> _Run | None:
    m = _SPACES_AHEAD.match(text[pos : pos + 4])
    return by_start.get(pos + m.end()) if m else None


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Return quoted spans that read as titles (most words capitalised, no sentence inside)."""
    from .quotes import quoted_spans

    out: list[tuple[int, int]] = []
    if not _TITLE_QUOTE_RE.search(text):
        return out  # no opening quote mark a title could start with
    for s, e in quoted_spans(text):
        inner = text[s + 1 : e - 1].strip(" ,.")
        words = _LETTER_WORDS.findall(inner)
        if not words or len(words) > 12:
            continue
        caps = sum(1 for w in words if w[:1].isupper())
        if len(words) >= 2 and caps >= 0.6 * len(words) and not _SENTENCE_BREAK.search(inner):
            out.append((s, e))
    return out


def find_names(text: str, kb: PeopleKnowledge, offices: Sequence[OfficeMention] | None = None, runs: Sequence[_Run] | None = None, roles: Sequence = ()) -> list[NameMention]:
    """Return the name runs in text, each with whether something in the copy says it names a person."""
    runs = _name_runs(text, kb) if runs is None else runs
    offices = find_offices(text, kb, runs) if offices is None else offices
    held = {o.holder for o in offices if o.holder} | {r.holder for r in roles if r.holder}
    titles = _title_spans(text)
    out = []
    for run in runs:
        after = text[run.end : run.end + 40]
        evidence = bool(
            (run.honorific and run.honorific not in ("Sir", "Dame", "Lord", "Lady"))
            or (run.start, run.end) in held
            or _SPEECH_AFTER_RE.match(after)
            or _WHO_OR_AGE_AFTER_RE.match(after)
            or _PERSONAL_POSSESSION_RE.match(after)
            or _SPEECH_BEFORE_RE.search(text, max(0, run.start - 16), run.start)
        )
        if run.honorific in ("Sir", "Dame", "Lord", "Lady") and len(run.tokens) == 1:
            continue  # "Dame Harriet": a first name, not a surname
        in_title = any(s <= run.start < e for s, e in titles)
        out.append(NameMention(run.start, run.end, run.tokens, run.honorific, evidence, in_title, (run.start, run.end) in held))
    return out


# --- linking mentions into people ------------------------------------------------


@dataclass
class Person:
    """One person in an article: the spellings and mentions that refer to them, and the offices copy gives them."""

    given: str | None
    surname: str
    mentions: list[tuple[int, NameMention]] = field(default_factory=list)  # (text index, mention)
    offices: list[tuple[int, OfficeMention]] = field(default_factory=list)
    roles: list[tuple[int, "RoleMention"]] = field(default_factory=list)  # roles in organisations, ranks, parties
    spellings: set[str] = field(default_factory=set)  # surname spellings merged in as variants

    @property
    def full_name(self) -> str:
        return f"{self.given} {self.surname}" if self.given else self.surname


@dataclass
class People:
    """The people of an article and the office phrases that name no one."""

    persons: list[Person]
    names: list[list[NameMention]]  # per text
    offices: list[list[OfficeMention]]  # per text
    unattached: list[tuple[int, OfficeMention]]  # office references with no name ("Ukraine's PM")
    roles: list[list["RoleMention"]] = field(default_factory=list)  # per text: roles in organisations, ranks, parties

    def person_at(self, index: int, span: tuple[int, int]) -> Person | None:
        """Return the person whose mention covers span in text number index."""
        for p in self.persons:
            for i, m in p.mentions:
                if i == index and m.start <= span[0] and span[1] <= m.end:
                    return p
        return None


def similar_spellings(words: Sequence[str], max_edits: int = 2) -> list[tuple[int, int, int]]:
    """Return (i, j, edits) for pairs of distinct words within max_edits (transpositions count once)."""
    if len(words) < 2:
        return []
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    out = []
    for i, word in enumerate(words):
        for _, d, j in process.extract(word, words, scorer=OSA.distance, score_cutoff=max_edits, limit=None):
            if j > i and words[j] != word:
                out.append((i, j, int(d)))
    return sorted(out)


def _particles_in_surnames(texts: Sequence[str], runs: list[list[_Run]]) -> list[list[_Run]]:
    """Return the name runs with a capitalised particle that opens a two-word run read as part of the surname, when the
    article writes that particle in lower case inside a name: "Pieter van Rensburg" … "Van Rensburg said" is one
    surname, not a man called Van. Elsewhere "Van" may be a first name ("Van Morrison")."""
    lower: set[str] = set()
    for text, found in zip(texts, runs):
        for run in found:
            for (_, a_end, _), (b_start, _, _) in zip(run.tokens, run.tokens[1:]):
                lower.update(w for w in text[a_end:b_start].split() if w in _PARTICLES)
    if not lower:
        return runs
    return [
        [replace(r, tokens=r.tokens[1:]) if len(r.tokens) == 2 and r.tokens[0][2][:1].isupper() and r.tokens[0][2].lower() in lower else r for r in found]
        for found in runs
    ]


def read_people(texts: Sequence[str], kb: PeopleKnowledge, rk: "RolesKnowledge | None" = None) -> People:
    """Return the people mentioned across an article's texts (headline, paragraphs...), their mentions, offices and roles linked."""
    titles = rk.title_words if rk is not None else frozenset()
    verdicts: dict[str, bool] = {}  # one verdict per distinct word of the article
    runs = _particles_in_surnames(texts, [_name_runs(t, kb, titles, verdicts) for t in texts])
    offices = [find_offices(t, kb, runs[i]) for i, t in enumerate(texts)]
    if rk is not None:
        from .roles import find_roles, parties_named_in, with_parties

        rk = with_parties(rk, parties_named_in(texts, rk, kb.is_place))  # "defected from the DAP to the PRC": the article's own parties
        # "the vice-chancellor" of a university: a phrase roles.yaml names whole is that role, not a deputy's office
        offices = [[o for o in os_ if o.country is not None or not _role_phrase(texts[i][o.start : o.end], rk)] for i, os_ in enumerate(offices)]

        # some body's president ("Hindu Mahasabha president X", "club president") is a role in that body
        roles = [find_roles(t, rk, runs[i], kb.is_place, [(o.start, o.end) for o in offices[i] if not o.qualified], [(o.start, o.end) for o in offices[i]]) for i, t in enumerate(texts)]
    else:
        roles = [[] for _ in texts]
    names = [find_names(t, kb, offices[i], runs[i], roles[i]) for i, t in enumerate(texts)]
    evidenced_surnames = {m.surname for ns in names for m in ns if m.evidence and not m.in_title}
    # "Volodymyr Zelensky" beside an evidenced "Volodymyr Zelenskyy": the same first name and a near surname
    evidenced_givens = defaultdict(set)
    for ns in names:
        for m in ns:
            if m.evidence and m.given and not m.in_title:
                evidenced_givens[m.given].add(m.surname)
    loose = sorted({m.surname for ns in names for m in ns if m.given in evidenced_givens and m.surname not in evidenced_surnames and not m.in_title})
    if loose:
        known = sorted(evidenced_surnames)
        words = loose + known
        givens_of = defaultdict(set)  # surname -> the first names written with it (one scan, not one per similar pair)
        for ns in names:
            for m in ns:
                if m.given:
                    givens_of[m.surname].add(m.given)
        for a, b, _ in similar_spellings(words):
            if a < len(loose) <= b and any(words[b] in evidenced_givens.get(g, ()) for g in givens_of[words[a]]):
                evidenced_surnames.add(words[a])
    persons: dict[tuple[str | None, str], Person] = {}

    def person(given: str | None, surname: str) -> Person:
        key = (given, surname)
        if key not in persons:
            persons[key] = Person(given, surname, spellings={surname})
        return persons[key]

    singles: list[tuple[int, NameMention]] = []
    for i, ns in enumerate(names):
        for m in ns:
            if m.in_title or not (m.evidence or m.surname in evidenced_surnames):
                continue
            if m.given:
                person(m.given, m.surname).mentions.append((i, m))
            else:
                singles.append((i, m))
    _merge_shortened(persons)
    by_surname: dict[str, list[Person]] = defaultdict(list)
    for p in persons.values():
        by_surname[p.surname].append(p)
    # a lone capitalised word before "said" may be a common noun ("Protesters said"); it names a person
    # only when an honorific or an office comes with it somewhere ("Mr Healey", "Chancellor Merz")
    strong = {m.surname for ns in names for m in ns if not m.given and (m.honorific or m.held)}
    # a rank before a surname two people share ("Archdeacon Oduya" beside Dr Samuel and the Ven Margaret Oduya)
    # is the one of them who holds a rank of that service: the same rank, or failing that any rank of it
    rank_at = {(i, *r.holder): r.levels for i, rs in enumerate(roles) for r in rs if r.kind == "rank" and r.holder}

    def by_rank(owners: list[Person], levels) -> list[Person]:
        theirs = [{lv for j, om in p.mentions for lv in rank_at.get((j, om.start, om.end), ())} for p in owners]
        same = [p for p, lv in zip(owners, theirs) if lv & set(levels)]
        if len(same) == 1:
            return same
        services = {s for s, _ in levels}
        return [p for p, lv in zip(owners, theirs) if any(s in services for s, _ in lv)]

    for i, m in singles:
        owners = by_surname.get(m.surname, [])
        if len(owners) > 1 and (i, m.start, m.end) in rank_at:
            owners = by_rank(owners, rank_at[(i, m.start, m.end)])
        if len(owners) > 1:
            # "Arjun Deshpande" … "Mr Deshpande said" … "his father, Madhav Deshpande": the one introduced so far
            before = [p for p in owners if p.given and p.mentions and min((j, om.start) for j, om in p.mentions) < (i, m.start)]
            if len(before) == 1:
                owners = before
        if len(owners) == 1:
            owners[0].mentions.append((i, m))
        elif not owners and m.surname in strong:
            p = person(None, m.surname)
            p.mentions.append((i, m))
            by_surname[m.surname].append(p)
    # one person written with two spellings of the surname but the same first name
    merged = _merge_variants(list(persons.values()))
    unattached: list[tuple[int, OfficeMention]] = []
    index = {(i, m.start, m.end): p for p in merged for i, m in p.mentions}
    for i, os_ in enumerate(offices):
        for o in os_:
            p = index.get((i, *o.holder)) if o.holder else None
            if p is not None:
                p.offices.append((i, o))
            elif o.holder is None:
                unattached.append((i, o))
    by_given: dict[str, list[Person]] = defaultdict(list)
    for p in merged:
        if p.given:
            by_given[p.given.split()[0]].append(p)
    for i, rs in enumerate(roles):
        for r in rs:
            p = index.get((i, *r.holder)) if r.holder else None
            if p is None and r.holder and _STYLED_BEFORE_RE.search(texts[i], max(0, r.holder[0] - 6), r.holder[0]) \
                    and len(by_given[texts[i][r.holder[0] : r.holder[1]]]) == 1:
                p = by_given[texts[i][r.holder[0] : r.holder[1]]][0]  # "Sir Errol, the fund's treasurer": the one Errol
            if p is not None:
                p.roles.append((i, r))
    return People(merged, names, offices, unattached, roles)


def _merge_shortened(persons: dict[tuple[str | None, str], "Person"]) -> None:
    """A name of two words that opens the one name of three words the article gives ("Datuk Mohd Hafiz Rahman" …
    "Mohd Hafiz told StarBiz"; "Pedro Sánchez Pérez" … "Pedro Sánchez") is that person shortened: a Malay given name,
    a Spanish first surname. Merged into it, so its roles are that person's."""
    openers: dict[tuple[str, str], set[tuple[str | None, str]]] = defaultdict(set)
    for key, p in persons.items():
        for _, m in p.mentions:
            if len(m.tokens) >= 3:
                openers[(m.tokens[0][2], m.tokens[1][2])].add(key)
    if not openers:
        return
    for key, p in list(persons.items()):
        if not p.mentions or any(len(m.tokens) != 2 for _, m in p.mentions):
            continue
        owners = openers.get((p.mentions[0][1].tokens[0][2], p.mentions[0][1].tokens[1][2]), set()) - {key}
        if len(owners) == 1:
            persons[next(iter(owners))].mentions.extend(p.mentions)
            del persons[key]


_STYLED_BEFORE_RE = re.compile(r"\b(?:Sir|Dame|Lord|Lady)\s+\Z")  # styled by the first name: "Sir Errol"


def _role_phrase(written: str, rk: "RolesKnowledge") -> bool:
    """True when an office phrase ends with a role form of several words ("deputy vice-chancellor")."""
    words = _DASHES_OR_SPACES.sub(" ", written.lower()).split()
    return any(" ".join(words[k:]) in rk.spaced_forms for k in range(len(words) - 1))


def _other_middles(a: Person, b: Person) -> bool:
    """True when both are written whole with a middle word and the middles differ ("Tan Wei Ming", the CEO, and "Tan Hui
    Min", the CFO): two people, not one name spelt twice."""
    middles = [{m.tokens[1][2] for _, m in p.mentions if len(m.tokens) == 3} for p in (a, b)]
    return all(middles) and not middles[0] & middles[1] and not similar_spellings(sorted(middles[0] | middles[1]), 1)


def _merge_variants(persons: list[Person]) -> list[Person]:
    full = [p for p in persons if p.given]
    surnames = sorted({p.surname for p in full})
    pairs = similar_spellings(surnames)
    if not pairs:
        return persons
    gone: set[int] = set()
    by_surname = defaultdict(list)
    for p in full:
        by_surname[p.surname].append(p)
    for i, j, _ in pairs:
        for a in by_surname[surnames[i]]:
            for b in by_surname[surnames[j]]:
                if a.given == b.given and id(a) not in gone and id(b) not in gone and not _other_middles(a, b):
                    keep, drop = (a, b) if len(a.mentions) >= len(b.mentions) else (b, a)
                    keep.mentions.extend(drop.mentions)
                    keep.spellings |= drop.spellings
                    gone.add(id(drop))
    kept = [p for p in persons if id(p) not in gone]
    # surname-only people whose spelling matches a merged person's other spelling join that person
    for p in [q for q in kept if q.given is None]:
        owners = [q for q in kept if q.given and p.surname in q.spellings]
        if len(owners) == 1:
            owners[0].mentions.extend(p.mentions)
            gone.add(id(p))
    return [p for p in kept if id(p) not in gone]
