"""Roles in organisations: who holds which role, rank or party affiliation, and in which organisation.

Government offices are read by factcheck.language.people; this module reads every other
kind of role, with the organisation as part of the fact. The knowledge (roles and their
forms, which are unique, which exclude each other, police and military ranks, parties,
organisation words) is data in rules/roles.yaml, layered with a newsroom's `roles:` sections
and validated by the configuration (`config.load_rules`, through `parse_roles_into` and
`build_roles`).

`find_roles` reads, in one text:

- a role phrase with the organisation written before it ("Acme's chief executive", "the
  club's manager", "Rovers manager", "council leader") or after it ("chief executive of
  Harbrook Logistics", "head of the school"), its modifiers ("former", "interim", "deputy")
  and the name it is attached to: before the name ("chief executive Jane Smith"), in
  apposition after the name ("Jane Smith, the charity's chief executive,") or before it
  ("the club's manager, Gary Rowe,"; "the company's board chair, Nompumelelo Zondi,"), an honorific or rank allowed before the name ("the
  vice-chancellor, Professor Helen Strachan"); a role followed by "'s" is someone else's ("the
  chairman's brother"); a form roles.yaml marks `after_name` only between commas after a name
  ("Rebecca Thornley, prosecuting,"); a named organisation of no known kind takes the kind the
  role belongs to ("Aldershire captain": a club); a department's head with the department
  ("head of libraries", "Director of services Gerard Cunniffe": roles.yaml `department`); the role after an
  appointing verb's object and "as", in the body the verb's subject names ("Ystrad Taf RFC have appointed Rhodri
  Price as their new head coach"); the role after a verb of staying in or taking a post, held by the name opening the
  sentence ("Kyle Brandt, who …, stays on as assistant general manager", "X joins the board as vice-chair", "X named
  chair of …"); a body named with its number ("Local 412 president X"),
  its kind from its noun; a body's noun after a word saying what kind of body ("Student union president X"), that body,
  not the story's own; the role the sentence's subject acts in ("Cllr Rhian Pritchard, who chaired the
  meeting in her role as deputy mayor"); a
  remit in brackets between a role and the name ("vice-president (academic) X"), a party in
  brackets after the name ("the Cathaoirleach, Cllr X (FF),"), and a role joined by "and" to an
  office that comes before the name ("Provost and vice-president (academic) X"); for a role roles.yaml marks
  `area`, the capitalised name after "for" is its organisation, the area it serves ("Senior coroner for North
  Wessex, Justine Okoro"), where for other roles it is a part ("chief executive for Europe"); for a role roles.yaml
  marks `place`, a place is its organisation, of kind state, named before the role, after "of", or after the holder's
  name ("Catanduanes Governor X", "Governor X of Ohio"); a word between the organisation's possessive and the role is
  a style that leaves the role its own (roles.yaml `style_words`: "the club's long-serving manager") or else names a
  part ("the council's housing leader": leader for housing); names may begin with an accented capital ("Île Corail");
  a body named by capitalised words before its kind's noun is that body ("the Test side's head coach"); "its" or
  "their" after a body's name and a comma is that body's ("the report of the Roads and Transport Committee, its
  chairman, X");
- "X, who chairs the committee": a role given by a verb, held for the organisation after "for"
  or "at" when one follows ("who covers the company for Halvorsen Capital"); and by a passive verb
  (roles.yaml `passive`), held in the body before "is": "The association's board is chaired by Dr X";
- a rank written before a name ("Sgt Paul Hindle", "Det Ch Insp Ruth Kaye", "Senior Superintendent of
  Police (SSP) Amandeep Kaur Brar", "the Ven Margaret Oduya"), as a rung of each ladder in roles.yaml
  that has it, but not the last word of an office ("California Attorney General X");
- a party given to "the lawmaker" (councillor, MP...) of a paragraph that names one person before it,
  outside quotes ("Mrs Okoro ... said the lawmaker, who is serving her second term as the APC member");
- a party after a name ("Ann Cole (Lab)", "Sen. Ruth Bell (D-Ohio)", "Ann Cole of the Labour Party") or before it ("Labour
  councillor Ann Cole", "Fine Gael's Enda Mulrooney", "Ann Cole, the Conservative MP for ..."), and a
  role in a party's group ("X, who leads the Conservative group").

`affiliation_after` reads the organisation between commas after a name ("Ms Ha, of Brightline
Analytics,"), when its last words say what kind of body it is.

`find_titles` reads posts of any wording, a title ending in one of roles.yaml's title_heads, before a name
("Terminal manager X", "Group manager of surgical services X"), at a sentence's start before a comma and the
name, in apposition ("X, the trust's estates manager,"), and the head a verb makes ("X, who has led the
diocese"); reading/people.py gives them to the people once they are linked.

Each is a RoleMention. Comparing them is the check's business (person_title_conflict).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path

from ..ruleyaml import Located, parse_located, shipped_rules_dir, word_list
from ..errors import RuleFileError
from .dates import month_number
from .quotes import quoted_spans
from .people import forms_trie

__all__ = [
    "Org", "RoleMention", "RoleSpec", "RolesKnowledge", "build_roles", "find_roles", "load_roles", "new_roles_layers",
    "affiliation_after", "defined_abbreviations", "find_titles", "org_keys", "org_kind", "parse_roles_into", "rank_key", "read_roles_file", "roles_of", "title_key",
]


@dataclass(frozen=True)
class RoleSpec:
    key: str
    forms: tuple[str, ...]
    unique: bool
    single: bool
    groups: frozenset[str]
    verbs: tuple[str, ...]
    kinds: frozenset[str] = frozenset()  # when given, the role counts only with an organisation of these kinds
    loose: frozenset[str] = frozenset()  # the forms kinds applies to (all when empty): "head", not "headteacher"
    after_name: frozenset[str] = frozenset()  # forms read only between commas after a name ("Jane Smith, defending,")
    department: bool = False  # the form is followed by "of" and a department ("head of libraries"), part of the role
    not_departments: frozenset[str] = frozenset()  # words after "of" that are no department ("head of state")
    post: bool = True  # a unique role that is a post: false for one held beside any post ("captain")
    passive: tuple[str, ...] = ()  # "The association's board is chaired by Dr X": the verb, written after "is"
    area: bool = False  # "senior coroner for North Wessex": the name after "for" is the area served, the organisation
    place: bool = False  # a place is the organisation ("Catanduanes Governor X", "Governor X of Ohio"): a state's post
    heads: frozenset[str] = frozenset()  # kinds of body whose "director of" / "head of" is this role ("director of Lira Hospital")
    portfolio: bool = False  # the form needs a portfolio before it ("health critic") or after "on" ("spokesperson on health")
    unique_in: frozenset[str] = frozenset()  # kinds of body in which it is unique though not in all ("executive director")


_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")  # "DCA", "NUT": initials that name a body


@dataclass(frozen=True)
class Org:
    """An organisation as copy gives it: a name ("harbrook logistics") and/or a kind ("club")."""

    name: tuple[str, ...] | None  # lower-case words of the name, corporate suffixes dropped
    kind: str | None
    written: str = ""
    anaphoric: bool = False  # "the company's", "the club's": a body the story has named, not "committee chair"

    @property
    def generic(self) -> bool:
        return self.name is None


@dataclass(frozen=True, eq=False)
class RolesKnowledge:
    roles: dict[str, RoleSpec]
    form_role: dict[str, str]  # lower-case form (or short form as written) -> role key
    deputies: frozenset[str]
    rank_deputies: frozenset[str]  # deputies who hold the rank they qualify ("suffragan" bishop)
    rank_form: dict[str, tuple[tuple[str, int], ...]]  # lower-case form -> (service, level) pairs
    rank_names: dict[tuple[str, int], str]
    party_form: dict[str, str]  # form as written -> party
    org_nouns: dict[str, str]  # lower-case noun -> kind
    org_suffixes: dict[str, str]  # last word of a name -> kind
    change_words: frozenset[str]
    party_change_words: frozenset[str] = frozenset()  # said of a person anywhere, a change of party ("defected")
    party_nouns: frozenset[str] = frozenset()  # last words of a party's name ("National Unity Congress (NUC)")
    role_re: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    rank_before_pattern: str = r"(?!)"  # a rank just before a name: compiled on first use (rank_before_re)
    rank_any_pattern: str = r"(?!)"  # any rank form, anywhere: compiled on first use (rank_any_re)
    party_paren_re: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    party_before_re: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    party_after_re: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    party_of_re: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    party_clause_re: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    party_anaphor_re: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    verb_re: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    passive_re: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    passive_words: frozenset[str] = frozenset()  # cheap gate: the passive verbs, as written
    head_words: frozenset[str] = frozenset()  # cheap gate: last words of role forms, lower case
    title_words: frozenset[str] = frozenset()  # words of role forms that are never part of a name ("headteacher")
    rank_words: frozenset[str] = frozenset()  # cheap gate: last words of rank forms, lower case
    party_words: frozenset[str] = frozenset()  # cheap gate: the words of party forms, as written
    spaced_forms: frozenset[str] = frozenset()  # role forms of several words, lower case, hyphens as spaces
    department_forms: dict[str, str] = field(default_factory=dict)  # lower-case form -> the department role it heads
    head_of_kind: dict[str, str] = field(default_factory=dict)  # a body's kind -> the role "director of" such a body is
    title_heads: frozenset[str] = frozenset()  # last words of a post's title of any wording ("terminal manager")
    title_synonyms: dict[str, str] = field(default_factory=dict)  # a title's word -> the word it is compared as
    compatible: frozenset[frozenset[str]] = frozenset()  # pairs of posts one person may hold in one organisation
    opposite_titles: frozenset[frozenset[str]] = frozenset()  # words that make one title's two posts ("offensive", "defensive")
    head_verbs: frozenset[str] = frozenset()  # "X, who has led the diocese since 2019": X heads it
    taking_words: frozenset[str] = frozenset()  # change words that say a person took a role ("became", "elected")
    style_words: frozenset[str] = frozenset()  # "the club's long-serving manager": words before a role that leave it the role

    @cached_property
    def portfolio_holder(self) -> str | None:
        """The role a council portfolio is ("X, who holds the finance portfolio"): the one whose forms include "portfolio holder"."""
        return next((s.key for s in self.roles.values() if s.portfolio and any(f.lower() == "portfolio holder" for f in s.forms)), None)

    # The rank patterns are long and only articles naming a rank's word need them (rank_words is their gate).
    @cached_property
    def rank_before_re(self) -> re.Pattern[str]:
        return re.compile(self.rank_before_pattern)

    @cached_property
    def rank_any_re(self) -> re.Pattern[str]:
        return re.compile(self.rank_any_pattern)

    @cached_property
    def rank_after_re(self) -> re.Pattern[str]:
        """A rank in apposition after a name: "Claire Hollins, a detective sergeant,", "X, Wessex Police's chief constable"."""
        return re.compile(
            r",\s+(?:(?:the|a|an)\s+)?(?:(?:(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w.-]*|force|police|service|constabulary|regiment|army|navy)['’]s\s+)?"
            r"(?:(?i:detective|det\.?|acting|temporary)\s+)?(?P<rank>" + self.rank_any_pattern + r")(?=\s*[,.;)]|\s+\((?!retired|retd)|\s+(?:who|with|at|in|for|and)\b)"  # "X, DSP (City-1), Bathinda"
        )


@dataclass(frozen=True)
class RoleMention:
    """A role, rank or party given to a name (or to no one) in one text."""

    start: int
    end: int
    kind: str  # "role", "rank" or "party"
    role: str  # role key; "deputy:<key>" for a deputy's role; "rank"; the party's name
    org: Org | None
    modifiers: tuple[str, ...]  # change modifiers ("former", "interim")
    holder: tuple[int, int] | None
    form: str
    levels: tuple[tuple[str, int], ...] = ()  # for ranks: (service, level)
    department: str = ""  # for a department's head: the department, lower case ("libraries", "adult social care")
    body_unsaid: bool = False  # a role that needs a body of its kinds, written with none ("Registrar Dr X said")

    @property
    def base(self) -> str:
        return self.role.split(":", 1)[1] if self.role.startswith("deputy:") else self.role

    @property
    def deputy(self) -> bool:
        return self.role.startswith("deputy:")


# --- loading --------------------------------------------------------------------

_TOP = {"roles": dict, "deputies": list, "rank_deputies": list, "ranks": dict, "parties": dict, "organisations": dict, "change_words": list, "party_change_words": list, "party_nouns": list,
        "title_heads": list, "title_synonyms": dict, "compatible": list, "opposite_titles": list, "head_verbs": list, "taking_words": list, "style_words": list}
_ROLE_KEYS = {"forms": list, "unique": bool, "single": bool, "groups": list, "verbs": list, "kinds": list, "loose": list, "after_name": list, "department": bool, "not_departments": list, "post": bool, "passive": list, "area": bool, "place": bool, "heads": list, "portfolio": bool, "unique_in": list}




def _mapping(node: Located, where: str) -> dict:
    if not isinstance(node.value, dict):
        raise node.error(f"{where} must be a mapping")
    return node.value


def _pairs(node: Located, section: str, what: str) -> set[frozenset[str]]:
    """The pairs of a list of two-item lists ("compatible", "opposite_titles"), each checked to name two."""
    if not isinstance(node.value, list):
        raise node.error(f"{section} must be a list of pairs")
    out = set()
    for i, item in enumerate(node.value):
        pair = word_list(item, f"{section}[{i}]")
        if len(pair) != 2:
            raise item.error(f"{section}[{i}] must name two {what} (got {len(pair)})")
        out.add(frozenset(w.lower() for w in pair))
    return out


def parse_roles_into(tree: Located, acc: dict, where: str = "roles rules") -> None:
    """Validate one roles section (the shape of rules/roles.yaml) and add it to acc (later files add to and replace entries of earlier ones)."""
    top = _mapping(tree, where)
    for name, (key, value) in top.items():
        if name not in _TOP:
            raise key.error(f"unknown key '{name}' in {where} (expected one of {', '.join(sorted(_TOP))})")
        if not isinstance(value.value, _TOP[name]):
            raise value.error(f"'{name}' must be a {'mapping' if _TOP[name] is dict else 'list'}")
    if "roles" in top:
        for name, (key, node) in _mapping(top["roles"][1], "roles").items():
            spec = _mapping(node, f"roles.{name}")
            for k, (kn, kv) in spec.items():
                if k not in _ROLE_KEYS:
                    raise kn.error(f"unknown key '{k}' in roles.{name} (expected one of {', '.join(sorted(_ROLE_KEYS))})")
                if _ROLE_KEYS[k] is bool and not isinstance(kv.value, bool):
                    raise kv.error(f"roles.{name}.{k} must be true or false (got {kv.value!r})")
            if "forms" not in spec:
                raise node.error(f"roles.{name} needs 'forms'")
            get = lambda k, d: spec[k][1].value if k in spec else d  # noqa: E731
            acc["roles"][str(name).lower()] = RoleSpec(
                str(name).lower(),
                word_list(spec["forms"][1], f"roles.{name}.forms"),
                get("unique", False),
                get("single", False),
                frozenset(word_list(spec["groups"][1], f"roles.{name}.groups")) if "groups" in spec else frozenset(),
                word_list(spec["verbs"][1], f"roles.{name}.verbs") if "verbs" in spec else (),
                frozenset(word_list(spec["kinds"][1], f"roles.{name}.kinds")) if "kinds" in spec else frozenset(),
                frozenset(f.lower() for f in word_list(spec["loose"][1], f"roles.{name}.loose")) if "loose" in spec else frozenset(),
                frozenset(f.lower() for f in word_list(spec["after_name"][1], f"roles.{name}.after_name")) if "after_name" in spec else frozenset(),
                get("department", False),
                frozenset(f.lower() for f in word_list(spec["not_departments"][1], f"roles.{name}.not_departments")) if "not_departments" in spec else frozenset(),
                get("post", True),
                word_list(spec["passive"][1], f"roles.{name}.passive") if "passive" in spec else (),
                get("area", False),
                get("place", False),
                frozenset(word_list(spec["heads"][1], f"roles.{name}.heads")) if "heads" in spec else frozenset(),
                get("portfolio", False),
                frozenset(word_list(spec["unique_in"][1], f"roles.{name}.unique_in")) if "unique_in" in spec else frozenset(),
            )
    if "title_heads" in top:
        acc["title_heads"] |= {w.lower() for w in word_list(top["title_heads"][1], "title_heads")}
    if "taking_words" in top:
        acc["taking"] |= {w.lower() for w in word_list(top["taking_words"][1], "taking_words")}
    if "style_words" in top:
        acc["style"] |= {w.lower() for w in word_list(top["style_words"][1], "style_words")}
    if "head_verbs" in top:
        acc["head_verbs"] |= {w.lower() for w in word_list(top["head_verbs"][1], "head_verbs")}
    if "title_synonyms" in top:
        for word, (key, node) in _mapping(top["title_synonyms"][1], "title_synonyms").items():
            if not isinstance(node.value, str):
                raise node.error(f"title_synonyms.{word} must be a word (the word it is read as)")
            acc["title_synonyms"][str(word).lower()] = node.value.lower()
    for section, into, what in (("compatible", "compatible", "roles"), ("opposite_titles", "opposite", "words")):
        if section in top:
            acc[into] |= _pairs(top[section][1], section, what)
    if "deputies" in top:
        acc["deputies"] |= {w.lower() for w in word_list(top["deputies"][1], "deputies")}
    if "rank_deputies" in top:
        acc["rank_deputies"] |= {w.lower() for w in word_list(top["rank_deputies"][1], "rank_deputies")}
    if "party_change_words" in top:
        acc["party_change"] |= {w.lower() for w in word_list(top["party_change_words"][1], "party_change_words")}
    if "party_nouns" in top:
        acc["party_nouns"] |= set(word_list(top["party_nouns"][1], "party_nouns"))
    if "change_words" in top:
        acc["change"] |= {w.lower() for w in word_list(top["change_words"][1], "change_words")}
    if "ranks" in top:
        for service, (key, node) in _mapping(top["ranks"][1], "ranks").items():
            if not isinstance(node.value, list):
                raise node.error(f"ranks.{service} must be a list of ranks, lowest first, each a list of forms")
            acc["ranks"][str(service)] = [word_list(level, f"ranks.{service}[{i}]") for i, level in enumerate(node.value)]
    if "parties" in top:
        for party, (key, node) in _mapping(top["parties"][1], "parties").items():
            acc["parties"][str(party)] = word_list(node, f"parties.{party}")
    if "organisations" in top:
        for kind, (key, node) in _mapping(top["organisations"][1], "organisations").items():
            spec = _mapping(node, f"organisations.{kind}")
            for k, (kn, kv) in spec.items():
                if k not in ("nouns", "suffixes"):
                    raise kn.error(f"unknown key '{k}' in organisations.{kind} (expected nouns or suffixes)")
            for w in word_list(spec["nouns"][1], f"organisations.{kind}.nouns") if "nouns" in spec else ():
                acc["nouns"][w.lower()] = str(kind)
            for w in word_list(spec["suffixes"][1], f"organisations.{kind}.suffixes") if "suffixes" in spec else ():
                acc["suffixes"][w.split()[-1]] = str(kind)


def rank_key(written: str) -> str:
    """Return the key of a rank as written: lower case, hyphens as spaces ("Lieutenant-Colonel" -> "lieutenant colonel")."""
    return " ".join(re.split(r"[\s-]+", written.rstrip(".").lower())).strip()


_PLAIN_WORDS_RE = re.compile(r"[a-z]+(?:[ -][a-z]+)*")


def _alt(forms, *, fold: bool) -> str:
    long_ = sorted((f for f in forms if len(f) > 3 or not fold), key=len, reverse=True)
    return "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", f)) for f in long_)


def _party_patterns(forms) -> dict[str, re.Pattern[str]]:
    """Return the patterns that read a party given to a name, for the party forms given (each as written)."""
    party_forms = sorted(forms, key=len, reverse=True)
    party_alt = "|".join(re.escape(f) for f in party_forms)
    # "Ann Cole (Lab)", "Sen. Ruth Bell (D-Ohio)"; US wire copy sets the party and home town between commas ("Rep. Luis
    # Ortega, D-Milwaukee, said"), the one-letter form joined to a capitalised place
    party_paren_re = re.compile(
        r"\s*(?:\((?P<party>" + party_alt + r")(?:\s*[,\-–]\s*[^()]{1,40})?\)|,\s+(?P<letter>[A-Z])-[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?(?=[,;.)]|\s*\Z))"
    ) if party_alt else re.compile(r"(?!)")
    # "Labour councillor Ann Cole", "Republican Senator Ruth Bell", "Tory MP Ann Cole": a party, up to two
    # words that are not names, then the name
    long_party = "|".join(re.escape(f) for f in party_forms if len(f) > 2)
    # "Fine Gael's Enda Mulrooney", "Sinn Féin's Cllr Seán Ó Raghallaigh": the party's possessive, then the name
    # "the Liberal MP for Glenrowan, Tom Hadley": the name after the seat's, not the seat ("for", "of" never join)
    party_before_re = re.compile(
        r"(?<![\w'’-])(?P<mods>(?i:former|ex|then)[\s-]+)?(?P<party>" + long_party + r")(?:\s+(?:(?!(?:for|of|in|representing|from|at)\s)[a-z][\w-]*\s+|[A-Z]{2,4}\s+|(?:Senator|Sen\.|Rep\.|Representative|Councillor|Cllr|Congressman|Congresswoman|Assemblyman|Assemblywoman)\s+){1,2}"
        r"|\s+(?:[A-Z]{2,4}|[a-z][\w-]*)\s+for\s+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3},\s+|['’]s\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]{0,9}\.?\s+){0,2})\Z"
    ) if long_party else re.compile(r"(?!)")
    # ("Morag Dunsmore, one of the council's two nominees and the SNP group's spokeswoman on housing": a party's group and
    # its post, after another apposition joined by "and")
    party_after_re = re.compile(r",\s+(?:[^,;.()]{1,80}?\s+and\s+)?(?:the|a|an)\s+(?P<mods>(?:former|ex|then)[\s-]+)?(?P<party>" + long_party + r")\s+(?:group['’]s\s+(?=[a-z])|group\s+)?(?:MP|MSP|MS|AM|MLA|MPP|MHA|MNA|MLC|MEP|TD|councillor|senator|congressman|congresswoman|peer|politician|candidate|member|mayor|leader|lawmaker|legislator|spokesman|spokeswoman|spokesperson|whip|chair|chairman|chairwoman|deputy\s+leader)\b") if long_party else re.compile(r"(?!)")
    # "Hon. Ifeoma Chukwu-Eze of the Labour Party": the party after the name, not the start of a longer name
    # ("of the Liberal Arts College", "of the Democratic National Committee")
    party_of_re = re.compile(r"\s+of\s+the\s+(?P<party>" + long_party + r")(?:\s+Party)?(?![\w-])(?!\s+[A-Z])") if long_party else re.compile(r"(?!)")
    # "Oyerinde, who sits with the opposition PDP,", "Ann Cole, a member of the Green Party,", "X, who represents Wase on
    # the platform of the NUC": a party told in apposition
    party_clause_re = re.compile(
        r",\s+(?:who\s+(?:sits|sat)\s+(?:with|on\s+the\s+benches\s+of)|(?:who\s+is\s+)?a\s+member\s+of"
        r"|who\s+(?:[\w'’-]+\s+){1,4}?on\s+the\s+(?:platform|ticket)\s+of)\s+the\s+"
        r"(?:(?:opposition|ruling|governing|main)\s+)?(?P<party>" + long_party + r")(?:\s+Party)?(?![\w-])(?!\s+[A-Z])"
    ) if long_party else re.compile(r"(?!)")
    # "Mrs Okoro ... said the lawmaker, who is serving her second term as the APC member for Udi North": a party
    # given to "the lawmaker", the paragraph's one named person
    party_anaphor_re = re.compile(
        r"(?<![\w'’-])the\s+(?:lawmaker|legislator|MP|councillor|senator|politician|congressman|congresswoman|assemblyman|assemblywoman),\s+"
        r"who\s+(?:is|was|has\s+been)\s+(?:[\w'’-]+\s+){0,5}?as\s+(?:the|a|an)\s+(?P<party>" + long_party + r")\s+"
        r"(?:member|MP|MSP|MLA|TD|councillor|senator|lawmaker|legislator|representative)\b"
    ) if long_party else re.compile(r"(?!)")
    return {"party_paren_re": party_paren_re, "party_before_re": party_before_re, "party_after_re": party_after_re,
            "party_of_re": party_of_re, "party_clause_re": party_clause_re, "party_anaphor_re": party_anaphor_re}


# Initials an article itself marks as a party: "the ruling PRC", "the opposition DAP", "defected from the DAP to the
# PRC", "PRC-held wards". A party roles.yaml does not know is still a party where the copy says so.
_PARTY_MARKED_RE = re.compile(
    r"(?<![\w'’-])(?:(?:ruling|governing|opposition)\s+(?P<a>[A-Z]{2,5})|defected\s+(?:from\s+the\s+(?P<b>[A-Z]{2,5})\s+)?to\s+the\s+(?P<c>[A-Z]{2,5})"
    r"|defected\s+from\s+the\s+(?P<d>[A-Z]{2,5})|(?P<e>[A-Z]{2,5})-(?:held|controlled)\s+(?:seats?|wards?|constituenc(?:y|ies)|areas?|councils?|states?))(?![\w-])"
)


# A party's name defined with its initials: "the National Unity Congress (NUC)", "Democratic Peoples Alliance (DPA)"
_DEFINED_RE = re.compile(r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:of|for|and|the)\s+)?){1,5}(?P<noun>[A-Z][a-z]+))\s+\((?P<initials>[A-Z]{2,6})\)")
# what only a party has: its candidate, lawmakers, seats ("the NPP lawmakers", "the DRP won 31 seats")
_PARTY_EVIDENCE = r"(?:\s+(?:candidates?|lawmakers?|legislators?|MPs?|MLAs?|councillors?|senators?|caucus|flagbearers?|members?\s+for|(?:Majority|Minority)\s+Leader|(?:holds|won|took|has)\s+(?:\w+\s+){0,4}?seats)\b)"


def _initials_of(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _defined_parties(texts: Sequence[str], rk: RolesKnowledge) -> dict[str, str]:
    """Return the parties the texts define with their initials ("the National Unity Congress (NUC)"), name and initials
    each a form of one party: a name ending in a party noun of roles.yaml whose initials are its capitals, and which the
    copy gives something only a party has (its name ending in "Party", or its candidate, lawmakers or seats)."""
    whole = "\n".join(texts)
    found = {}
    for m in _DEFINED_RE.finditer(whole):
        name, noun, initials = m.group("name"), m.group("noun"), m.group("initials")
        name = name.removeprefix("The ")  # a sentence's first word
        if noun not in rk.party_nouns or initials in rk.party_form or _initials_of(name) != initials:
            continue
        if noun != "Party" and not re.search(rf"(?<![\w-])(?:{re.escape(initials)}|{re.escape(name)}){_PARTY_EVIDENCE}", whole):
            continue
        found[initials] = found[name] = initials
    return found


def parties_named_in(texts: Sequence[str], rk: RolesKnowledge, is_place=lambda w: False) -> dict[str, str]:
    """Return the initials the texts mark as a party (each its own party) that the roles knowledge does not hold, and the
    parties they define with their initials."""
    found = _defined_parties(texts, rk)
    for text in texts:
        for m in _PARTY_MARKED_RE.finditer(text):
            for initials in filter(None, m.group("a", "b", "c", "d", "e")):
                if initials not in rk.party_form and not is_place(initials):
                    found.setdefault(initials, initials)
    return found


def with_parties(rk: RolesKnowledge, parties: dict[str, str]) -> RolesKnowledge:
    """Return the roles knowledge that also reads the parties given (form as written -> party)."""
    if not parties:
        return rk
    form = {**rk.party_form, **parties}
    return replace(rk, party_form=form, party_words=rk.party_words | frozenset(parties), **_party_patterns(form))


def build_roles(acc: dict) -> RolesKnowledge:
    """Return the roles knowledge built from an accumulator the files were read into."""
    roles: dict[str, RoleSpec] = acc["roles"]
    form_role: dict[str, str] = {}
    for spec in roles.values():
        for f in spec.forms:
            form_role.setdefault(f if len(f) <= 3 else f.lower(), spec.key)
    rank_form: dict[str, list[tuple[str, int]]] = {}
    rank_names: dict[tuple[str, int], str] = {}
    for service, levels in acc["ranks"].items():
        for i, forms in enumerate(levels):
            rank_names[(service, i)] = forms[0]
            for f in forms:
                levels_of = rank_form.setdefault(rank_key(f), [])
                if (service, i) not in levels_of:
                    levels_of.append((service, i))
    # "Deputy Superintendent of Police" is the deputy superintendent of any ladder that has one, besides its own
    for key, levels_of in rank_form.items():
        if key.endswith(" of police") and (plain := rank_form.get(key[: -len(" of police")])):
            levels_of.extend(level for level in plain if level not in levels_of)
    party_form = {f: p for p, forms in acc["parties"].items() for f in forms}
    long_forms = [f for f in form_role if len(f) > 3]
    short_forms = [f for f in form_role if len(f) <= 3]
    role_alt = "(?i:" + forms_trie(long_forms) + ")" + ("|" + "|".join(re.escape(f) for f in sorted(short_forms, key=len, reverse=True)) if short_forms else "")
    mods = list(_CHANGE_MODIFIERS | _NOW_WORDS | acc["deputies"])
    # tried at every word of a paragraph that may name a role: a trie of the modifiers when they are plain lower-case
    # words (one space or hyphen between them), where it prefers exactly what the longest-first alternation prefers
    mod_alt = forms_trie(mods) if all(_PLAIN_WORDS_RE.fullmatch(m) for m in mods) else _alt(mods, fold=False)
    role_re = re.compile(r"(?<![\w'’-])(?P<mods>(?:(?i:" + mod_alt + r")(?:-|\s+))*)(?P<role>" + role_alt + r")(?![\w-])")
    rank_forms = sorted({f for forms in acc["ranks"].values() for level in forms for f in level}, key=len, reverse=True)
    # "Lieutenant-Colonel" or "Lieutenant Colonel", "Sub-Inspector" or "Sub Inspector"
    rank_alt = "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", f.rstrip("."))) for f in rank_forms)
    rank_before_pattern = r"(?<![\w'’-])(?:(?:Detective|Det\.?|Acting|Temporary|Police)\s+)?(?P<rank>(?i:" + rank_alt + r"))\.?(?:\s+\([A-Z]{2,5}\))?\s+\Z" if rank_alt else r"(?!)"
    # a rank anywhere in a sentence ("who was promoted from superintendent"): short forms only as written
    rank_any_pattern = (
        r"(?<![\w'’-])(?:(?i:" + "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", f.rstrip("."))) for f in rank_forms if len(f) > 3) + r")|"
        + "|".join(re.escape(f.rstrip(".")) for f in rank_forms if len(f) <= 3) + r")(?![\w-])"
    ) if rank_forms else r"(?!)"
    verbs = {v.lower(): s.key for s in roles.values() for v in s.verbs}
    verb_re = re.compile(r",\s+who\s+(?:also\s+|now\s+|currently\s+)?(?P<verb>" + "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True)) + r")\s+(?P<org>(?:the\s+)?(?:[\w]+-(?:day|week|month|year|member|strong)\s+)?[\w'’&-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’&-]*)*(?:(?<=['’]s)\s+[\w-]+(?:\s+[\w-]+)?)?)") if verbs else re.compile(r"(?!)")
    passives = sorted({v.lower() for s in roles.values() for v in s.passive}, key=len, reverse=True)
    # "The association's board is chaired by Dr Gwenan Prydderch": the body before "is", the holder after "by" (or after
    # a comma: "The Budget and Appropriations Committee, chaired by …")
    passive_re = re.compile(
        r"(?:(?<![\w'’-])(?:is|has\s+been)\s+(?:now\s+|currently\s+|also\s+)?|(?<=,\s))(?P<verb>" + "|".join(re.escape(v) for v in passives) + r")\s+by\s+"
    ) if passives else re.compile(r"(?!)")
    return RolesKnowledge(
        roles=roles,
        form_role=form_role,
        deputies=frozenset(acc["deputies"]),
        rank_deputies=frozenset(acc["rank_deputies"]),
        rank_form={k: tuple(v) for k, v in rank_form.items()},
        rank_names=rank_names,
        party_form=party_form,
        org_nouns=dict(acc["nouns"]),
        org_suffixes=dict(acc["suffixes"]),
        change_words=frozenset(acc["change"]),
        party_change_words=frozenset(acc["party_change"]),
        party_nouns=frozenset(acc["party_nouns"]),
        role_re=role_re,
        rank_before_pattern=rank_before_pattern,
        rank_any_pattern=rank_any_pattern,
        **_party_patterns(party_form),
        verb_re=verb_re,
        passive_re=passive_re,
        passive_words=frozenset(passives),
        head_words=frozenset(re.split(r"[\s-]+", f)[-1].lower() for f in form_role) | frozenset(v.lower() for v in verbs) | frozenset(passives),
        rank_words=frozenset(re.split(r"[\s-]+", f.rstrip("."))[-1].lower() for f in rank_forms),
        party_words=frozenset(w for f in party_form for w in _WORDS_RE.findall(f)),
        spaced_forms=frozenset(re.sub(r"[\s-]+", " ", f.lower()) for f in long_forms if re.search(r"[\s-]", f)),
        department_forms={f.lower(): s.key for s in roles.values() if s.department for f in s.forms},
        head_of_kind={kind: s.key for s in roles.values() for kind in s.heads},
        title_heads=frozenset(acc["title_heads"]),
        title_synonyms=dict(acc["title_synonyms"]),
        compatible=frozenset(acc["compatible"]),
        opposite_titles=frozenset(acc.get("opposite", ())),
        head_verbs=frozenset(acc["head_verbs"]),
        taking_words=frozenset(acc.get("taking", ())),
        style_words=frozenset(acc.get("style", ())),
        # rank words too: "Commissioner Karen Webb" is Karen Webb, not a person called Commissioner Webb
        title_words=frozenset(w.lower() for f in [*long_forms, *rank_forms] for w in re.split(r"[\s-]+", f) if len(w) > 3 and w.lower() not in _NAME_LIKE_ROLE_WORDS)
        # a rank of two words written with a hyphen is one word: "Lieutenant-Colonel Fiona Drummond"
        | frozenset("-".join(re.split(r"[\s-]+", f.lower())) for f in rank_forms if len(re.split(r"[\s-]+", f)) == 2 and len(f) > 5),
    )


# Words of role forms that are also surnames or first names, so stay possible name words.
_NAME_LIKE_ROLE_WORDS = frozenset({"dean", "judge", "head", "coach", "principal", "leader", "general", "major", "private", "marshal", "chief", "keeper", "lock", "constable",
                                   "bishop", "deacon", "priest", "sergeant", "police", "senior", "assistant", "deputy", "additional", "right", "most", "venerable", "staff", "lance"})

# Words that grade a post written before it in capitals ("Senior State Attorney"), never a body's name alone.
_GRADE_WORDS = frozenset("senior principal junior chief assistant associate lead acting interim".split())

# Modifiers that say a role was or will be held at another time (people.yaml lists the same for offices).
_CHANGE_MODIFIERS = frozenset(
    "former ex then outgoing incoming acting interim caretaker designate elect new previous late onetime one-time erstwhile retired future temporary joint stand-in regular usual permanent".split()
)

# Words before a role that say it is held now ("the current president"): part of the role's words, no change.
_NOW_WORDS = frozenset("current incumbent sitting serving".split())


def new_roles_layers() -> dict:
    """Return an empty accumulator for roles knowledge: files are read into it in order, then built once."""
    return {"roles": {}, "deputies": set(), "rank_deputies": set(), "change": set(), "party_change": set(), "party_nouns": set(), "ranks": {}, "parties": {}, "nouns": {}, "suffixes": {},
            "title_heads": set(), "title_synonyms": {}, "compatible": set(), "opposite": set(), "head_verbs": set(), "taking": set(), "style": set()}


def read_roles_file(path: str, acc: dict) -> None:
    """Read one roles file (the shape of rules/roles.yaml) into acc; raise RuleFileError if broken."""
    tree = parse_located(path)
    if not isinstance(tree.value, dict):
        raise RuleFileError(path, tree.line, tree.column, "roles rules must be a mapping of sections such as 'roles:'")
    parse_roles_into(tree, acc)


@lru_cache(maxsize=8)
def load_roles(paths: tuple[str, ...] = ()) -> RolesKnowledge:
    """Return the roles knowledge of rules/roles.yaml with each extra file layered over it.

    Runs read it through the configuration instead (`config.load_rules`, which layers a newsroom's
    `roles:` sections and `role-files` over it); this is for readers used without one.
    """
    acc = new_roles_layers()
    for path in (str(Path(shipped_rules_dir()) / "roles.yaml"), *paths):
        read_roles_file(path, acc)
    return build_roles(acc)


def roles_of(knowledge) -> RolesKnowledge:
    """Return the roles knowledge a reader should use: the configuration's, else the shipped file's."""
    given = knowledge.get("roles") if knowledge else None
    return given if isinstance(given, RolesKnowledge) else load_roles()


# --- organisations ----------------------------------------------------------------

_DROP_SUFFIXES = frozenset({"ltd", "limited", "plc", "inc", "llc", "fc", "afc", "co", "the", "and", "&"})
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w&'’.-]*|&")
_FUNCTION_CAPS = frozenset(
    """The A An In On At By For From To Of And But Or If As It Its He She His Her They Their We Our This That These
    Those There Here Then When While After Before Since Until During Under Over Into With Without Mr Mrs Ms Dr Miss
    Also However Meanwhile Although Though Because Despite Earlier Later Today Yesterday Speaking Asked According
    Former Acting Interim New Outgoing Meanwhile Both Neither Either Each Every""".split()
    # the kind of a role, not a body: "Executive chairman X", "Non-executive chair Y"
    + ["Executive", "Non-executive", "Non-Executive"]
)


def org_kind(words: Sequence[str], rk: RolesKnowledge) -> str | None:
    """Return the kind of a named organisation from its last words ("Westbury Town Council" -> council), or for one
    named with its number, from its noun ("Local 412" -> union)."""
    if len(words) >= 2 and words[-1].isdigit() and words[-2].lower() in rk.org_nouns:
        return rk.org_nouns[words[-2].lower()]
    # "National Union of Primary Teachers" is a union: the head before "of" names the kind, not the words after it
    of = next((k for k, w in enumerate(words) if w == "of"), len(words))
    for w in (*reversed(words[:of]), *reversed(words[of:])):
        kind = rk.org_suffixes.get(w)
        if kind:
            return kind
    return None


_PLACE_HEADS = frozenset({"County", "Parish", "District", "Borough"})


def _place_org(written: str) -> Org:
    """A place as the organisation of a post roles.yaml marks `place` (a state's or province's governor)."""
    return Org(tuple(w.lower() for w in re.findall(r"[\w'’.-]+", written.removesuffix("'s").removesuffix("’s"))), "state", written.strip())


def _named_org(written: str, rk: RolesKnowledge) -> Org | None:
    words = [w for w in re.findall(r"[\w&'’.-]+", written) if w]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w.rstrip("'’") for w in words]
    while words and words[0] in _FUNCTION_CAPS:
        words = words[1:]
    if not words:
        return None
    if len(words) == 1 and words[0].lower() in rk.org_nouns and (rk.org_suffixes.get(words[0]) != "club" or rk.org_nouns[words[0].lower()] == "club"):
        # "Club president X", "Board chair X" at a sentence's start: the article's club or board, as "club president X"
        # is; a word that ends clubs' names ("City", "Town") is a short name ("City striker X")
        return Org(None, rk.org_nouns[words[0].lower()], words[0])
    key = tuple(w.lower() for w in words if w.lower() not in _DROP_SUFFIXES)
    if not key:
        return None
    return Org(key, org_kind(words, rk), " ".join(words))


# "the Office of Civil Defense (OCD)": a name written out, then its initials in brackets
_ABBREVIATION_RE = re.compile(r"(?P<full>(?:[A-ZÀ-ÖØ-Þ][\w&'’.-]*\s+(?:(?:of|and|for|the|de)\s+)*){1,7})\((?P<abbr>[A-Z]{2,6})\)")
_ABBREVIATION_SKIP = frozenset({"of", "and", "for", "the", "de", "&"})


def defined_abbreviations(text: str) -> list[tuple[str, str]]:
    """Return (abbreviation, name) for each name text writes out before its initials in brackets
    ("The St Aubin Registered Nurses' Association (SARNA)" gives ("SARNA", "St Aubin Registered Nurses' Association")):
    the shortest run of the words before the brackets whose capitals' initials spell the abbreviation."""
    out = []
    for m in _ABBREVIATION_RE.finditer(text) if "(" in text else ():
        abbr, words = m.group("abbr"), m.group("full").split()
        for k in range(len(words) - 1, -1, -1):
            if words[k].lower() in _ABBREVIATION_SKIP:
                continue
            initials = "".join(w[0].upper() for w in words[k:] if w.lower() not in _ABBREVIATION_SKIP)
            if initials == abbr:
                out.append((abbr, " ".join(words[k:])))
                break
            if len(initials) >= len(abbr):
                break
    return out


def same_org(a: Org, b: Org) -> bool:
    """True when two written organisations may be one: one name inside the other, or a name one or two letters out."""
    if a.name is None or b.name is None:
        return a.kind == b.kind if a.name is None and b.name is None else (a.kind or b.kind) == (b.kind or a.kind)
    short, long_ = sorted((a.name, b.name), key=len)
    n = len(short)
    if any(long_[i : i + n] == short for i in range(len(long_) - n + 1)):
        return True
    if n >= 2 and short[0] == long_[0] and short[-1] == long_[-1] and _in_order(short, long_):
        return True  # "Budget committee" is the "Budget and Appropriations Committee" written short
    if len(a.name) == len(b.name):
        from rapidfuzz.distance import OSA

        return OSA.distance(" ".join(a.name), " ".join(b.name)) <= 2
    return False


def _in_order(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """True when every word of short is in long_, in the same order."""
    words = iter(long_)
    return all(w in words for w in short)


def org_keys(name: tuple[str, ...]) -> frozenset[tuple]:
    """Return keys of a named organisation that every name same_org may call the same shares at least one of.

    One name inside the other shares a word; two names of as many words one or two letters out (OSA distance 2 at
    most) leave one string when at most two letters are deleted from each (an edit of any kind, a transposition
    too, is undone by deleting one letter on each side). So comparing a name only with the names sharing a key
    finds every match without comparing every pair.
    """
    joined = " ".join(name)
    once = {joined[:i] + joined[i + 1 :] for i in range(len(joined))}
    twice = {v[:i] + v[i + 1 :] for v in once for i in range(len(v))}
    return frozenset({("word", w) for w in name} | {("letters", len(name), v) for v in (joined, *once, *twice)})


# --- reading ----------------------------------------------------------------------

# Capitals are written [A-ZÀ-ÖØ-Þ] in this module's patterns: a name may begin with an accented one ("Île Corail").
# "the combined authority's chief executive": one lower-case word may stand between the determiner and a body's noun
_POSSESSIVE_BEFORE_RE = re.compile(r"(?:(?<![\w'’-])(?P<det>[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][a-z-]+\s+(?=[a-z]))?)?(?P<org>(?:[A-ZÀ-ÖØ-Þ][\w&'’.-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?){0,4}[A-ZÀ-ÖØ-Þ][\w&.-]*|[a-z][a-z-]+)(?:['’]s|(?<=s)['’])\s+\Z")
# "the Test side's head coach", "the Labour group's leader": capitalised words naming a body of the kind its noun says
_NAMED_NOUN_POSSESSIVE_RE = re.compile(r"(?<![\w'’-])[Tt]he\s+(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w&'’.-]*\s+){1,3})(?P<noun>[a-z][a-z-]+)['’]s\s+\Z")
# A word that ends a sentence: a full stop after a word of four letters or more with no other stop ("Canada."; not "U.S.", "St.")
_SENTENCE_END_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{3,}\.")
# a body's name may end in its number: "Local 412 president X", "Station 7 captain X" (not "March 12": see _NUMBERED_RE)
_ITS_BEFORE_RE = re.compile(r"(?<![\w'’-])([Ii]ts|[Tt]heir)\s+(?=[A-ZÀ-ÖØ-Þ]|\Z)")
_CAPS_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<org>(?:[A-ZÀ-ÖØ-Þ][\w&'’.-]*\s+(?:\d{1,5}\s+)?|&\s+){1,4})\Z")
_PART_THEN_NAME_RE = re.compile(r"\s+for\s+(?:the\s+)?(?P<part>(?:[a-z][\w'’-]*\s+){1,3})")
_SCOPE_AFTER_RE = re.compile(r"\s+for\s+(?:the\s+)?([\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)*)")
# a sentence opened by a body's name and its verb, up to a pronoun of it: "Glanmor were made to defend with 14 men after their"
_SUBJECT_OPENING_RE = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:were|are|have|had|was|has|is)\b[^,;:()]*?\s+\Z")
_APPOSED_ORG_RE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&'’.-]*){0,5}),\s+\Z")
_PRONOUN_BEFORE_RE = re.compile(r"(?<![\w'’-])([Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our)\s+\Z")
_NOUN_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<noun>[a-z][a-z-]+)\s+\Z")
_SERVED_BEFORE_RE = re.compile(r"(?<![\w'’-])([a-z]+?)s['’]\s+\Z")  # "students' association": whom a body serves
_KIND_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]+?)(?:s['’])?\s+\Z")  # "student union", "students' union": one kind of union
# a full stop inside a name's word only ("A.F.C."): "of Harrowgate Foods. She said" ends the name at "Foods"
# ("St. Jadwiga", "Mt. Carmel": a saint's or a mount's abbreviation is part of the name)
_OF_AFTER_RE = re.compile(r"\s+(?:of|at|for)\s+(?:(?P<the>the)\s+)?(?P<org>[A-ZÀ-ÖØ-Þ](?:[\w&'’-]|\.(?=\w)|(?<=\bS[t])\.|(?<=\bM[t])\.)*(?:\s+(?:of\s+|and\s+|&\s+|de\s+)?[A-ZÀ-ÖØ-Þ](?:[\w&'’-]|\.(?=\w))*)*|[a-z][a-z-]+)")
# An apposition opens with a comma, a spaced dash or a bracket ("X, the firm's chair", "X – the firm's chair –",
# "X (chair, Acme)"), or a present-tense copula straight after the name ("X is the chair of Acme", "X, speaking as
# Acme's chair"); "was" is left out: a past title is another time.
@cache
def _apposition_before_re() -> re.Pattern[str]:
    # compiled on first use: a long pattern that only articles naming a role with no name beside it need
    return re.compile(_APPOSITION_BEFORE)


_APPOSITION_BEFORE = (
    # "X, speaking as chair,", "Mr Joomun, presenting the accounts as treasurer,": a role a participle's act is done in
    r"(?:,\s+(?:(?:speaking|presenting|introducing|addressing|opening|closing|reporting|writing)\s+(?:[a-z][\w'’-]*\s+){0,3}?as\s+)?|\s+[–—]\s+|\s+--\s+|\s+\(|\s+(?:is|has\s+been|is\s+now|serves\s+as)\s+)(?:(?:who\s+(?:is|was|became|has\s+been|had\s+been|has\s+since\s+become|is\s+now|serves\s+as|as|was\s+(?:named|appointed|made|(?:re-?)?elected)(?:\s+as)?"
    # "who as chief executive has overseen …": the role the clause gives its subject
    # a stated change that gives the role: "who took over as chief executive in 2024", "who was promoted to sergeant"
    r"|(?:took|takes|has\s+taken)\s+over\s+as|(?:stepped|has\s+stepped)\s+in\s+as|(?:was|has\s+(?:since\s+|now\s+|recently\s+|just\s+)?been|had\s+(?:since\s+)?been)\s+promoted\s+to)|is|now|also)\s+)?"
    # "Rachel Tan, a resources analyst at Southbank Securities": one word of what kind after "a"; "X, the students'
    # association's vice-president": a plural possessive of who the body is for
    r"(?:(?:the|its|their)\s+(?:[a-z]+s['’]\s+)?|(?:a|an)\s+(?:[a-z][a-z-]+\s+)?)?\Z"
)
# Words for the governing body between an organisation and its role: "the company's board chair".
_BODY_WORDS = frozenset({"board", "governing"})
_OWNED_BOARD_RE = re.compile(r"(?:the\s+)?(?P<owner>[\w&.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w&.-]*){0,3})['’]s?\s+board(?:\s+of\s+directors)?")
_BRACKET_ORG_AFTER_RE = re.compile(r",\s+(?P<org>[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]*)*)(?=\))")
_COPULA_AFTER_RE = re.compile(r"\s+(?:is|is\s+now|has\s+been)\s+")
_DETERMINED_RE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)(?:\s+[a-z]+s['\u2019])?|\A|[.!?:;]\s*)\s*\Z")  # "The students' union president, X"
# after the name: a party or area in brackets may come first ("the Cathaoirleach, Cllr Úna Ní Bhriain (FF), said")
# post-nominal letters may follow the name: "Juan Kermode MHK,", "Ruth Bell QC said"
_AFTER_NAME_RE = re.compile(r"(?:\s+[A-Z]{2,4}\b)?(?:\s+\([^()]{1,40}\))?\s*(?:[,.;:)]|\s+(?:said|says|told|who|has|had|is|was|will|added)\b|\Z)")
_BRACKET_BEFORE_RE = re.compile(r"\s+\([^()]{1,40}\)\Z")
_AGE_BEFORE_RE = re.compile(r",\s+(?:aged\s+)?\d{1,3}\Z")  # an age set off between a name and its role
_WORDS_RE = re.compile(r"\w+")
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s(?!\w)")
_COMMA_BEFORE_RE = re.compile(r",\s+\Z")
_CLAUSE_END_RE = re.compile(r"\s*[,;.]")
_AND_AFTER_RE = re.compile(r"\s+and\s+")
# "head of libraries", "director of adult social care": lower-case words after "of", the department
_DEPARTMENT_AFTER_RE = re.compile(r"\s+of\s+(?P<dept>[a-z][a-z-]*(?:(?:\s+|\s+and\s+|\s+&\s+)[a-z][a-z-]*){0,4})")
_DEPARTMENT_WORD_RE = re.compile(r"[a-z][a-z-]*|&")
# Words that end a department: "head of finance at the council", "head of policy, who said"
# ("head of libraries and head of culture": two departments, each its own role)
_DEPARTMENT_STOP = frozenset("a an the of at for in on to from with by who which that said says told is was has had will would as head director once when until while after before since because if".split())
_WORD_AFTER_RE = re.compile(r" ([a-z][a-z-]*)\b")
# Verbs that follow a role's holder-less form in reported speech ("the school's head said"), not a title's next word.
_SPEECH_WORDS = frozenset("said says told tells added adds warned warns agreed agrees explained wrote writes insisted confirmed admitted declined refused".split())
_REMIT_AFTER_RE = re.compile(r" \([a-z][a-z -]{0,30}\)(?: |(?=,))")
# "X, who covers the company for Halvorsen Capital": the organisation the role is held for
_FOR_ORG_AFTER_RE = re.compile(r"\s+(?:for|at)\s+(?P<org>[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]*)*)")
# The style words before a name ("Professor", "Det Chief Insp", "Sir"), the last of them its honorific.
_STYLE_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-ÖØ-Þ][\w]*\.?\s+){0,2}(?P<last>[A-ZÀ-ÖØ-Þ][\w]*)\.?\s+\Z")
_STYLE_WORD_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w]*")
_SPACE = re.compile(r" ")
# The subject before a passive role's "is": "The association's board", "The Harbour Trust", "The conference".
_WHOSE_BEFORE_RE = re.compile(r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5}),\s+whose\s+(?:own\s+)?\Z")
# ("The Budget and Appropriations Committee, chaired by …": the body before a participle set off by a comma)
_PASSIVE_SUBJECT_RE = re.compile(r"(?<![\w'’-])(?P<subj>(?:[A-ZÀ-ÖØ-Þ][\w&'’.-]*\s+(?:and\s+)?){0,4}?(?:[A-Za-z][\w&.-]*['’]s\s+)?[A-Za-z][\w-]*),?\s+\Z")
# The party's body a role is held in: "leads the Conservative group", "chairs the Labour party".
_PARTY_COMMITTEE_RE = re.compile(r"\b([A-Z][\w'’-]*)\s+(?:County\s+|State\s+|Central\s+|Executive\s+)?Committee\Z")
_PARTY_BODY_AFTER_RE = re.compile(r"\s+(?:group|party|caucus|bloc|delegation|committee)\b")


_LETTER_PARTY_RE = re.compile(r",\s+[A-Z]-[A-Z]")


def _as_of_a_name(text: str, start: int, by_end) -> bool:
    """True when a role just after a name is set off by a participle's "as" ("X, speaking as chair")."""
    ap = _apposition_before_re().search(text, max(0, start - 40), start)
    return ap is not None and ap.group().lstrip(", ").split(" ", 1)[0] in _ACTING_IN and by_end.get(ap.start()) is not None


# participles a named person does something "as" a role with ("speaking as chair"): _APPOSITION_BEFORE reads them
_ACTING_IN = frozenset("speaking presenting introducing addressing opening closing reporting writing".split())


def _may_name_role(text: str, rk: RolesKnowledge) -> bool:
    return not rk.head_words.isdisjoint(w.lower() for w in _WORDS_RE.findall(text))


_IN_PLACE_OF_RE = re.compile(r"\b(?:replac\w*|succeed\w*|from|behind|beat\w*|defeat\w*|oust\w*|unseat\w*|pipp\w*|edg\w*\s+out|ahead\s+of)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame|Cllr)\.?\s+)?\Z", re.I)
# ("to confirm Catriona MacLeod, currently deputy chief in Lothian, as the service's next chief fire officer": an aside
# between the name and "as", and the body's possessive before the role)
_AS_ROLE_BEFORE_RE = re.compile(r"(?:,[^,.;:!?]{1,120},)?\s+as\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+['’]s\s+)?(?:(?:new|next|incoming|substantive|permanent|full-time|sole)\s+)?\Z")
# "Kyle Brandt, who joined the club in 2019, stays on as assistant general manager": a verb of staying in a post, whose
# subject (the name opening the sentence, an aside between commas allowed) holds the role after "as"
# ("X joins the board as vice-chair", "X named chair of …", "X was appointed chief executive": a verb of taking a post too)
_STAYS_AS_BEFORE_RE = re.compile(
    r"(?:(?:,[^,.;:!?]{1,120}){1,3},)?\s+(?:will\s+)?(?:(?:stays?|stayed|remains?|remained|continues?|continued|serves?|served)(?:\s+on)?"
    # "Rhodri Vaughan, 36, who made 112 appearances …, has signed a three-year contract as head coach"
    r"\s+as|(?:(?:has|have|had)\s+)?(?:signed|agreed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:contract|deal)\s+as|(?:joins?|joined)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:board|team|club|company|staff|council|cabinet|executive|committee|bench)\s+as"
    r"|(?:(?:was|has\s+been|have\s+been|is|will\s+be)\s+)?(?:named|appointed|elected|confirmed)(?:\s+as)?"
    # "Dr Rosalind Penhaligon, currently …, will become its chief executive", "Darren Melnyk remains chief financial officer"
    # (not "became executive mayor after the 2021 elections": since when, which the roles' change reading weighs)
    r"|(?:becomes?|remains?))\s+(?:(?:the|its|their|a|an)\s+)?(?:new\s+)?\Z"
)


def find_roles(text: str, rk: RolesKnowledge, runs: Sequence, is_place=lambda w: False, skip: Sequence[tuple[int, int]] = (), offices: Sequence[tuple[int, int]] = ()) -> list[RoleMention]:
    """Return the roles, ranks and parties in text, each with its organisation and the name run it belongs to.

    runs are the text's name runs (objects with start, end and tokens), as factcheck.language.people reads them;
    skip holds spans already read as government offices; offices every office span, some body's too, which no
    rank overlaps ("California Attorney General X" is no general).
    """
    out: list[RoleMention] = []
    by_start = {r.start: r for r in runs}
    # "the vice-chancellor, Professor Helen Strachan", "its chairman, Sir Malcolm Treharne": the name's
    # honorific (and any rank words before it) starts the holder as well as the name does
    for r in runs:
        if getattr(r, "honorific", None):
            hm = _STYLE_BEFORE_RE.search(text, max(0, r.start - 40), r.start)
            if hm and hm.group("last") == r.honorific:
                for w in _STYLE_WORD_RE.finditer(text, hm.start(), r.start):
                    by_start.setdefault(w.start(), r)
                if text[max(0, hm.start() - 4) : hm.start()] in ("the ", "The "):
                    by_start.setdefault(hm.start() - 4, r)  # "The parish's pastor, the Rev. Marek Zając,"
    by_end = {r.end: r for r in runs}
    words = set(_WORDS_RE.findall(text))
    parties = not rk.party_words.isdisjoint(words) or _LETTER_PARTY_RE.search(text) is not None  # ", D-Milwaukee,"
    if not rk.head_words.isdisjoint(w.lower() for w in words):
        overlaps_skip = _overlap_test(skip)
        for m in rk.role_re.finditer(text):
            if overlaps_skip(m.start(), m.end()):
                continue
            mention = _role_at(text, m, rk, by_start, by_end, is_place)
            if mention is not None:
                out.append(mention)
        # "the firm's chairman and chief executive, Jane Smith": roles joined by "and" share a holder and organisation
        for k, r in enumerate(out):
            if r.kind == "role" and r.org is None and r.holder is not None and k > 0 and out[k - 1].kind == "role" and out[k - 1].holder is None \
                    and out[k - 1].org is not None and text[out[k - 1].end : r.start].strip() == "and":
                out[k] = replace(r, org=out[k - 1].org)  # "Twara's co-founder and chief executive, X": Twara's, both
        for k, r in enumerate(out):
            if r.kind == "role" and r.holder is None:
                for other in out:
                    if other is not r and other.holder and (text[other.end : r.start].strip() == "and" or text[r.end : other.start].strip() == "and"):
                        out[k] = replace(r, org=r.org or other.org, holder=other.holder)
                        break
                else:
                    # "Provost and vice-president (academic) Marguerite Tremblay": an office read by people.py
                    # between the role and the name
                    run = _run_after_office(text, r.end, skip, by_start) or _run_before_office(text, r.start, skip, by_end)
                    if run is not None:
                        out[k] = replace(r, holder=(run.start, run.end))
        # "confirmed Dr Patrick Ssempijja as the substantive director of …", "appointed Jane Smith as its chief
        # executive": the name just before "as" holds the role
        for k, r in enumerate(out):
            if r.kind == "role" and r.holder is None and (a := _AS_ROLE_BEFORE_RE.search(text, max(0, r.start - 200), r.start)) is not None:
                run = by_end.get(a.start())
                if run is not None and not _IN_PLACE_OF_RE.search(text, max(0, run.start - 30), run.start):
                    out[k] = replace(r, holder=(run.start, run.end))  # not "replaced Jane Smith as chairman": her old role
        # a role kept only for the "and" after it that found no holder there is no one's
        out = [r for r in out if r.holder or r.org or r.kind != "role" or not _AND_AFTER_RE.match(text, r.end) or text[max(0, r.start - 5) : r.start].endswith(" and ")]
        for m in rk.verb_re.finditer(text):
            run = by_end.get(m.start())
            if run is None:
                continue
            role = next((s.key for s in rk.roles.values() if m.group("verb").lower() in (v.lower() for v in s.verbs)), None)
            written = re.sub(r"^(?:the\s+)?\S+['’]s?\s+(?=\w)", "", m.group("org")) if re.match(r"^(?:the\s+)?\S+['’]s?\s", m.group("org")) else m.group("org")
            # "chairs the committee", "chairs the city's business forum": the body chaired is always some body ("presided
            # over the three-week trial": the trial, however long)
            org = _org_from(written, rk) or Org(("#body", _LENGTH_MODIFIER_RE.sub("", written.lower())), None, written)
            if (owned := _OWNED_BOARD_RE.fullmatch(m.group("org"))) is not None:
                # "who chairs the hospital's board": the hospital's chair
                owner = owned.group("owner")
                org = Org(None, rk.org_nouns[owner.lower()], owner, anaphoric=True) if owner[:1].islower() and owner.lower() in rk.org_nouns \
                    else (_named_org(owner, rk) if owner[:1].isupper() else org)
            end = m.end()
            if (described := described_committee(text, m.start("org"))) is not None:
                org, end = described  # "chairs the legislature's standing committee on public accounts"
            employer = _FOR_ORG_AFTER_RE.match(text, end)
            if employer and not is_place(employer.group("org")) and (named := _named_org(employer.group("org"), rk)) is not None:
                org, end = named, employer.end()
            out.append(RoleMention(m.start("verb"), end, "role", role, org, (), (run.start, run.end), m.group("verb")))
        for m in _HOLDS_PORTFOLIO_RE.finditer(text) if rk.portfolio_holder and ("portfolio" in words or "brief" in words) else ():
            run = by_end.get(m.start())
            if run is not None:  # "Desai, who holds the finance portfolio in the cabinet": the cabinet member for finance
                out.append(RoleMention(m.start("verb"), m.end(), "role", rk.portfolio_holder, None, (), (run.start, run.end), m.group("verb"), department=m.group("portfolio").lower()))
        for m in rk.passive_re.finditer(text) if not rk.passive_words.isdisjoint(words) else ():
            run = by_start.get(m.end())
            if run is not None and (styled := _SEAT_TITLE_RE.match(text, run.end)) is not None and styled.end() in by_start:
                run = by_start[styled.end()]  # "chaired by Bahati Ward MCA Grace Njeri Muthoni": the member's seat and title first
            subject = _PASSIVE_SUBJECT_RE.search(text, max(0, m.start() - 80), m.start())
            if run is None or subject is None:
                continue
            if text[max(0, m.start() - 2) : m.start()] == ", " and not subject.group("subj").split()[-1][:1].isupper():
                continue  # "approved by the cabinet, chaired by Cllr Okwuosa": only a named body's chair is read after a comma
            role = next(s.key for s in rk.roles.values() if m.group("verb").lower() in (v.lower() for v in s.passive))
            org = _passive_org(subject.group("subj"), rk, is_place)
            # "Crestline Holdings Plc, whose own board is chaired by Mr Emeka Nwosu": the board of the body before "whose"
            whose = _WHOSE_BEFORE_RE.search(text, max(0, subject.start("subj") - 120), subject.start("subj"))
            if whose is not None and not is_place(whose.group("name")):
                org = _named_org(whose.group("name"), rk) or Org(("#body", whose.group("name").lower()), None, whose.group("name"))
            out.append(RoleMention(m.start("verb"), m.end("verb"), "role", role, org, (), (run.start, run.end), m.group("verb")))
    for run in runs:
        before = text[max(0, run.start - 60) : run.start]
        last = re.split(r"[\s-]+", before.rsplit(None, 1)[-1].rstrip("."))[-1].lower() if before.strip() else ""
        # "Senior Superintendent of Police (SSP) Amandeep Kaur Brar": the short form in brackets after the rank
        if last.startswith("(") and last.endswith(")") and last[1:-1] in rk.rank_form:
            last = last[1:-1]
        rm = rk.rank_before_re.search(before) if last in rk.rank_words else None
        if rm and any(s < run.start - len(before) + rm.end("rank") and run.start - len(before) + rm.start("rank") < e for s, e in (*skip, *offices)):
            rm = None  # "California Attorney General Xavier Becerra": an office's last word, not a general's rank
        if rm:
            levels = rk.rank_form.get(rank_key(rm.group("rank")))
            if levels:
                off = run.start - len(before)
                out.append(RoleMention(off + rm.start(), run.end, "rank", "rank", None, (), (run.start, run.end), rm.group("rank"), levels))
        elif "," in text[run.end : run.end + 2] and (ra := rk.rank_after_re.match(text, run.end)) is not None \
                and (levels := rk.rank_form.get(rank_key(ra.group("rank")))):
            out.append(RoleMention(ra.start("rank"), ra.end("rank"), "rank", "rank", None, (), (run.start, run.end), ra.group("rank"), levels))
        if not parties:
            continue
        pm = rk.party_paren_re.match(text, run.end)
        if pm:
            written = pm.group("party") or pm.group("letter")
            party = rk.party_form.get(written)
            if party:
                out.append(RoleMention(run.start, pm.end(), "party", party, None, (), (run.start, run.end), written))
        pa = rk.party_after_re.match(text, run.end)
        if pa and rk.party_form.get(pa.group("party")):
            # "Ann Cole, the Conservative MP for Wells,", "Ann Cole, a former Labour councillor,"
            mods = ("former",) if pa.group("mods") else ()
            out.append(RoleMention(pa.start("party"), pa.end(), "party", rk.party_form[pa.group("party")], None, mods, (run.start, run.end), pa.group("party")))
        po = rk.party_of_re.match(text, run.end) or rk.party_clause_re.match(text, run.end)
        if po and rk.party_form.get(po.group("party")):
            out.append(RoleMention(po.start("party"), po.end(), "party", rk.party_form[po.group("party")], None, (), (run.start, run.end), po.group("party")))
        pb = rk.party_before_re.search(text, max(0, run.start - 60), run.start)
        if pb:
            party = rk.party_form.get(pb.group("party"))
            if party and not (pb.group("party")[:1].isupper() and pb.start() > 0 and _starts_title(text, pb.start())):
                mods = ("former",) if pb.group("mods") else ()
                out.append(RoleMention(pb.start("party"), run.end, "party", party, None, mods, (run.start, run.end), pb.group("party")))
    if parties:
        # "Mykola Shevchuk, who leads the Conservative group": a role in a party's group puts its holder in that party
        for r in list(out):
            if r.kind == "role" and r.holder and r.org is not None and r.org.written in rk.party_form and _PARTY_BODY_AFTER_RE.match(text, r.end):
                at = text.find(r.org.written, r.start, r.end)
                if at >= 0:
                    out.append(RoleMention(at, at + len(r.org.written), "party", rk.party_form[r.org.written], None, r.modifiers, r.holder, r.org.written))
            elif r.kind == "role" and r.holder and r.org is not None and r.org.written and (own := _PARTY_COMMITTEE_RE.search(r.org.written)) \
                    and own.group(1) in rk.party_form:
                # "chair of the Lehigh County Democratic Committee": a party's own committee puts its chair in that party
                at = text.find(r.org.written, r.start, r.end)
                if at >= 0:
                    out.append(RoleMention(at + own.start(1), at + own.end(1), "party", rk.party_form[own.group(1)], None, r.modifiers, r.holder, own.group(1)))
        for m in rk.party_anaphor_re.finditer(text):
            quoted = quoted_spans(text)
            before = [r for r in runs if r.end <= m.start() and not any(qs <= r.start < qe for qs, qe in quoted)]
            # the paragraph names one person before "the lawmaker", outside quotes: that person ("Mrs Okoro" ... "Okoro")
            if before and len({r.tokens[-1][2] for r in before}) == 1 and rk.party_form.get(m.group("party")):
                run = before[-1]
                out.append(RoleMention(m.start("party"), m.end(), "party", rk.party_form[m.group("party")], None, (), (run.start, run.end), m.group("party")))
    # "Under the Local Government Code, the mayor has 10 days": a name run after "the" is a thing's name, no one's
    return [replace(r, holder=None) if r.holder and _a_things_name(text, r.holder[0], rk) else r for r in out]


def _a_things_name(text: str, start: int, rk: RolesKnowledge) -> bool:
    """True when a name run at start follows "the" and capitalised words that are no title, party or initials ("the Local
    Government Code"): the end of a thing's name, not a person's ("the Labour MP John Smith" is one)."""
    m = _THE_BEFORE_RE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    words = text[m.start() : start].split()[1:]
    # ("the SNP's Morag Dunlop": a possessive owns the person after it)
    return not any(w.isupper() or w.endswith(("'s", "\u2019s")) or w in rk.party_form or w.lower() in rk.form_role for w in words)


def _overlap_test(spans: Sequence[tuple[int, int]]):
    """Return a test of whether [start, end) overlaps any of spans, in log time: spans sorted by start, with the
    furthest end reached so far, so a paragraph of many roles and offices is not rescanned per role."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach: list[int] = []
    furthest = -1
    for _, e in ordered:
        furthest = max(furthest, e)
        reach.append(furthest)

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)  # the spans that start before end
        return k > 0 and reach[k - 1] > start

    return overlaps


def _run_after_office(text: str, end: int, skip: Sequence[tuple[int, int]], by_start) -> object | None:
    """Return the name run just after "and <office>" that follows position end, else None."""
    joined = _AND_AFTER_RE.match(text, end)
    if joined is None:
        return None
    for s, e in skip:
        if s == joined.end():
            remit = _REMIT_AFTER_RE.match(text, e)
            gap = remit.end() if remit else e + 1
            return by_start.get(gap) if text[gap - 1 : gap] == " " else None
    return None


# the words a company's office may carry before it ("executive vice president", "senior vice-president")
_OFFICE_GRADE_BEFORE_RE = re.compile(r"(?:(?:executive|senior|first|group)\s+){1,2}\Z", re.I)


_SEAT_TITLE_RE = re.compile(r"\s+[A-Z]{2,5}\s+")  # a seat's name, then a member's title in capitals, then the member
# "the" before a name run, its capitalised words between ("the Local Government Code"), not a styled person's ("the Rev")
_THE_BEFORE_RE = re.compile(r"(?<![\w'’-])the\s+(?!(?:Rev|Revd|Reverend|Rt|Very|Right|Most|Ven|Venerable|Hon|Honourable|Honorable|Hon\.)\b)(?:[A-Z][\w'’-]*\s+){0,4}\Z")


def _run_before_office(text: str, start: int, skip: Sequence[tuple[int, int]], by_end) -> object | None:
    """Return the name run an office ending in "<office> and" just before position start is in apposition to
    ("Renata Silva, executive vice president and chief financial officer,"), else None."""
    for s, e in skip:
        if text[e:start].strip() != "and" or not text[e:start].startswith(" "):
            continue
        grade = _OFFICE_GRADE_BEFORE_RE.search(text, max(0, s - 30), s)
        s = grade.start() if grade else s
        ap = re.search(r",\s+(?:the\s+)?\Z", text[max(0, s - 8) : s])
        return by_end.get(max(0, s - 8) + ap.start()) if ap else None
    return None


def _department(text: str, end: int, spec: RoleSpec) -> tuple[str, int]:
    """Return the department written after a department's head's form at end ("of adult social care") and where it
    ends, or ("", end) when none is: "head of the school", "head of state", "director of Harbrook"."""
    dm = _DEPARTMENT_AFTER_RE.match(text, end)
    if dm is None:
        return "", end
    kept: list[re.Match] = []
    for w in _DEPARTMENT_WORD_RE.finditer(text, dm.start("dept"), dm.end("dept")):
        if w.group() in _DEPARTMENT_STOP:
            break
        kept.append(w)
    while kept and kept[-1].group() in ("and", "&"):
        kept.pop()
    if not kept or kept[0].group() in spec.not_departments:
        return "", end
    return " ".join(w.group().replace("-", " ") for w in kept), kept[-1].end()


def _starts_title(text: str, pos: int) -> bool:
    """True when the word before pos is a capitalised word that makes the party part of a longer name ("New Labour")."""
    m = re.search(r"([A-ZÀ-ÖØ-Þ][\w'’-]*)\s+\Z", text[max(0, pos - 30) : pos])
    return bool(m) and m.group(1) not in _FUNCTION_CAPS


# "Ms Ha, of Brightline Analytics, said": the organisation a person speaks for, between commas after the name
_AFFILIATION_AFTER_RE = re.compile(
    r",\s+of\s+(?:the\s+)?(?P<org>[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,4})"
    r"(?=\s*[,;:)]|\.(?:\s|\Z)|\s+(?:said|says|told|who|has|had|is|was|will|added)\b)"
)


def affiliation_after(text: str, end: int, rk: RolesKnowledge, is_place=lambda w: False) -> RoleMention | None:
    """Return the organisation given to a name ending at end as ", of Brightline Analytics," (a RoleMention of kind
    "affiliation"), when its last words say what kind of body it is; a place ("of Leeds") or a street is none."""
    m = _AFFILIATION_AFTER_RE.match(text, end)
    if m is None or is_place(m.group("org")) or any(is_place(w) for w in m.group("org").split()):
        return None
    org = _named_org(m.group("org"), rk)
    if org is None or org.kind is None or org.generic:
        return None
    return RoleMention(text.index("of", m.start()), m.end("org"), "affiliation", "affiliation", org, (), None, m.group("org"))


def _passive_org(subject: str, rk: RolesKnowledge, is_place) -> Org | None:
    """Return the body a passive role's subject names: "The association's board" (the association), "The board" (the
    article's own: None), "The Harbour Trust", or some body of its own ("The conference")."""
    words = subject.split()
    poss = next((w[:-2] for w in words[:-1] if w.endswith(("'s", "’s"))), None)
    some = Org(("#body", subject.lower()), None, subject)
    if words[0].lower() in ("that", "this", "these", "those"):
        return some  # "That committee is chaired by …": the one just told of, not the article's own
    if poss is not None:
        if poss[:1].islower():
            kind = rk.org_nouns.get(poss.lower())
            return Org(None, kind, poss, anaphoric=True) if kind else some
        return some if is_place(poss) else _named_org(poss, rk) or some
    last = words[-1]
    if last[:1].islower():
        if last in _BODY_WORDS:
            return None
        kind = rk.org_nouns.get(last)
        return Org(None, kind, last, anaphoric=True) if kind else some
    return _named_org(subject, rk) or some


_LENGTH_MODIFIER_RE = re.compile(r"(?<=^the )\w+-(?:day|week|month|year|member|strong) ")


def _org_from(written: str, rk: RolesKnowledge) -> Org | None:
    written = written.strip()
    low = written.lower()
    if low.startswith("the "):
        low, written = low[4:], written[4:]
    if written[:1].islower():
        kind = rk.org_nouns.get(low.split()[0]) if low else None
        return Org(None, kind, written) if kind else None
    return _named_org(written, rk)


def _role_at(text: str, m: re.Match, rk: RolesKnowledge, by_start, by_end, is_place) -> RoleMention | None:
    form = m.group("role")
    key = rk.form_role.get(form) or rk.form_role.get(" ".join(re.split(r"[\s-]+", form.lower()))) or rk.form_role.get(form.lower())
    if key is None:
        # "vice-chancellor" is written with a hyphen or a space
        key = next((k for f, k in rk.form_role.items() if re.sub(r"[\s-]+", " ", f) == re.sub(r"[\s-]+", " ", form.lower())), None)
    if key is None:
        return None
    if _POSSESSIVE_AFTER_RE.match(text, m.end()):
        return None  # "Anil Mehra, the chairman's brother": someone else's role
    if form.lower() in rk.roles[key].after_name:
        # "Rebecca Thornley, prosecuting, said": only between commas just after a name
        comma = _COMMA_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())
        run = by_end.get(comma.start()) if comma and not m.group("mods") else None
        if run is None or not _CLAUSE_END_RE.match(text, m.end()):
            return None
        return RoleMention(m.start(), m.end(), "role", key, None, (), (run.start, run.end), form)
    mods = [w.lower() for w in re.findall(r"\w+(?:-\w+)*", m.group("mods") or "")]  # "stand-in" is one word
    if mods:
        # "vice-captain" is a role of its own in roles.yaml, not the captain's deputy
        whole = f"{mods[-1]} {form.lower()}"
        own = next((k for f, k in rk.form_role.items() if re.sub(r"[\s-]+", " ", f) == whole), None)
        if own is not None:
            key, form, mods = own, text[m.start("role") - len(mods[-1]) - 1 : m.end("role")], mods[:-1]
    spec = rk.roles[key]
    start = m.start()
    org: Org | None = None
    possessive_or_determined = False
    # the organisation before the role: "Acme's", "the club's", "Rovers", "council"
    before_end = start
    # "The party's state chairman", "the PPA state chairman": a level of the body, written between it and the role
    level = _LEVEL_BEFORE_RE.search(text, max(0, start - 14), start) if not m.group("mods") else None
    if level is not None:
        before_end = level.start()
    portfolio, portfolio_end = "", 0
    if spec.portfolio:
        # "Liberal health critic X", "Labour's spokesperson on housing": the portfolio is part of the role, and the
        # form says nothing without one ("a company spokesperson")
        pf = _PORTFOLIO_BEFORE_RE.search(text, max(0, start - 40), start) if not m.group("mods") else None
        words = list(re.finditer(r"[a-z]+", pf.group("portfolio"))) if pf else []
        while words and (words[0].group() in _TITLE_STOP or words[0].group() in _PORTFOLIO_STOP or words[0].group() in rk.org_nouns):
            words = words[1:]
        if words and words[-1].group() not in rk.org_nouns and words[-1].group() not in _TITLE_STOP and words[-1].group() not in _PORTFOLIO_STOP:
            portfolio = " ".join(w.group() for w in words)
            before_end = pf.start("portfolio") + words[0].start()
        elif (pa := _PORTFOLIO_AFTER_RE.match(text, m.end())) is not None:
            portfolio, portfolio_end = pa.group("portfolio").lower(), pa.end()
        else:
            return None
    pm = _POSSESSIVE_BEFORE_RE.search(text, max(0, before_end - 80), before_end)
    part = ""
    if (named_noun := _NAMED_NOUN_POSSESSIVE_RE.search(text, max(0, before_end - 60), before_end)) is not None \
            and named_noun.group("noun") in rk.org_nouns and not is_place(named_noun.group("name").strip()):
        # "the Test side's head coach": a body named by capitalised words before its kind's noun, not "side's" alone
        words = named_noun.group("name").split()
        org = Org(tuple(w.lower() for w in words), rk.org_nouns[named_noun.group("noun")], " ".join(words))
        start, possessive_or_determined, pm = named_noun.start(), True, None
    elif pm is None and (body := _NOUN_BEFORE_RE.search(text, max(0, before_end - 30), before_end)) and body.group("noun") in _BODY_WORDS:
        # "the company's board chair": the board's chair is the company's
        pm = _POSSESSIVE_BEFORE_RE.search(text, max(0, body.start("noun") - 80), body.start("noun"))
    elif pm is None and body is not None and body.group("noun") not in rk.org_nouns and body.group("noun") not in _TITLE_STOP \
            and (body.group("noun") in rk.style_words or re.split(r"[\s-]+", form.lower())[-1] not in rk.title_heads) \
            and (owner := _POSSESSIVE_BEFORE_RE.search(text, max(0, body.start("noun") - 80), body.start("noun"))) is not None:
        # "the municipality's executive mayor" is its mayor (a style word, roles.yaml style_words); "the council's health
        # commissioner" one over a part of it, no holder of its own post ("the trust's estates manager" is a post of any
        # wording, read by find_titles)
        pm = owner
        part = "" if body.group("noun") in rk.style_words else body.group("noun")
    if pm:
        written = pm.group("org")
        if written[:1].islower():
            kind = rk.org_nouns.get(written.lower())
            if kind is None:
                return None  # "the chancellor's chief of staff", "his manager": someone else's role
            org = Org(None, kind, written, anaphoric=True)
            if (served := _SERVED_BEFORE_RE.search(text, max(0, pm.start("org") - 20), pm.start("org"))) is not None:
                # "the students' association's vice-president": the body described by whom it serves
                org = Org((served.group(1).lower(), written.lower()), kind, text[served.start(1) : pm.end("org")])
            described = _committee_before(text, pm.start("org")) if kind == "committee" else None
            if described is not None:
                org = described[0]  # "the development and infrastructure committee's chair": that committee's
        else:
            if is_place(written.strip()) and not spec.place:
                return None  # a country's office: read by people.py
            if rk.party_form.get(written.strip()):
                org = Org((rk.party_form[written.strip()].lower(),), "party", written.strip())  # "Labour's spokesperson on housing"
            else:
                org = _place_org(written) if is_place(written.strip()) else _named_org(written, rk)
        possessive_or_determined = True
        start = pm.start()
        if written[:1].islower() and described is not None and described[1] < start:
            start = described[1] - (4 if text[max(0, described[1] - 4) : described[1]].lower() == "the " else 0)
    elif org is not None:
        pass  # read above: "the Test side's"
    elif (pron := _PRONOUN_BEFORE_RE.search(text, max(0, before_end - 8), before_end)) is not None:
        # "Its leader", "their captain": the organisation a pronoun points at, which the copy names elsewhere; or the
        # sentence's own subject ("Glanmor were made to defend … after their openside, Iwan Bowen, was sent to the bin")
        opening = text.rfind(". ", 0, pron.start())
        subject = _SUBJECT_OPENING_RE.match(text, opening + 2 if opening >= 0 else 0, pron.start()) if pron.group(1).lower() in ("their", "its") else None
        if subject is None and pron.group(1).lower() in ("their", "its"):
            # "the report of the Roads and Transport Committee, its chairman, X": the body named right before the comma
            subject = _APPOSED_ORG_RE.search(text, max(0, pron.start() - 80), pron.start())
            if subject is not None and rk.org_suffixes.get(subject.group("name").split()[-1]) is None:
                subject = None  # "named Kofi Mensah, its head of retail banking,": a person, no body ("Committee", "Council" end one)
        org = _named_org(subject.group("name"), rk) if subject is not None else None
        if org is None or org.name is None:
            org = Org(("#" + pron.group(1).lower(), str(pron.start())), None, pron.group(1))
        possessive_or_determined = True
        start = pron.start()
    else:
        cm = _CAPS_BEFORE_RE.search(text, max(0, before_end - 80), before_end)
        if cm and form[:1].isupper() and _sentence_starts(text, before_end):
            cm = None  # "... at the end of March. Finance director Helen Marsh": a new sentence, not "March"'s
        if cm and (its := _ITS_BEFORE_RE.match(text, cm.start("org")) or _ITS_BEFORE_RE.search(text, max(0, cm.start("org") - 8), cm.start("org"))) is not None:
            # "The resident doctors' association … Its Kaduna chairman, Dr Yusuf Abdullahi": the body "its" points at,
            # the capitalised word its branch
            org, start, cm = Org(("#" + its.group(1).lower(), str(its.start(1))), None, its.group(1)), its.start(1), None
        if cm:
            written = cm.group("org").strip()
            words = written.split()
            while words and (words[0] in _FUNCTION_CAPS or words[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr")):
                words = words[1:]
            if words and all(w.lower() in _GRADE_WORDS for w in words):
                words = []  # "Senior State Attorney X", "Principal State Attorney X": the post's grade, no body's name
            if words and words[-1].isdigit() and (len(words) < 2 or month_number(words[-2]) is not None):
                words = []  # "On March 12 president X": a date, no body's number
            ended = [k for k, w in enumerate(words[:-1]) if _SENTENCE_END_WORD_RE.fullmatch(w)]
            if ended:
                words = words[ended[-1] + 1 :]  # "… Thailand, and Canada. WHO director-general X": the sentence before is no part of it
            if words and rk.party_form.get(" ".join(words)):
                org = Org((rk.party_form[" ".join(words)].lower(),), "party", " ".join(words))
                start = before_end - len(cm.group("org")) + cm.group("org").index(words[0])
            elif words and not is_place(" ".join(words)) and not all(is_place(w) for w in words):
                org = _named_org(" ".join(words), rk)
                if org is not None:
                    start = before_end - len(cm.group("org")) + cm.group("org").index(words[0])
            elif words and spec.place and is_place(" ".join(words)):
                org = _place_org(" ".join(words))  # "Catanduanes Governor Ramon Tabuzo"
                start = before_end - len(cm.group("org")) + cm.group("org").index(words[0])
        else:
            nm = _NOUN_BEFORE_RE.search(text, max(0, before_end - 30), before_end)
            named = _CAPS_BEFORE_RE.search(text, max(0, nm.start() - 80), nm.start()) if nm and nm.group("noun") in _BODY_WORDS else None
            if named and (words := [w for w in named.group("org").split() if w not in _FUNCTION_CAPS]) and not is_place(" ".join(words)) \
                    and (body_of := _named_org(" ".join(words), rk)) is not None and body_of.kind is not None:
                org, start = body_of, named.start("org")  # "Tobacco Commission board chairperson X": the commission's chair
            elif nm and nm.group("noun") in rk.org_nouns:
                org = Org(None, rk.org_nouns[nm.group("noun")], nm.group("noun"))
                start = nm.start("noun")
                kind_word = _KIND_WORD_BEFORE_RE.search(text, max(0, start - 20), start)
                if kind_word and kind_word.group(1).lower() not in _TITLE_STOP and kind_word.group(1).lower() not in _ROLE_MODIFIERS \
                        and (kind_word.group(1).islower() or _sentence_starts(text, kind_word.start(1))):
                    # "Student union president X": a union described by its kind, not the story's union ("Local 1894")
                    org = Org((kind_word.group(1).lower().rstrip("'’"), nm.group("noun")), org.kind, text[kind_word.start(1) : nm.end("noun")])
                    start = kind_word.start(1)
                if org.kind == "committee" and (described := _committee_before(text, start)) is not None:
                    org, start = described  # "Search committee chair Dale Ortiz": the search committee's
    end = max(m.end(), portfolio_end)
    department = ""
    if form.lower() in rk.department_forms:
        department, dept_end = _department(text, end, rk.roles[rk.department_forms[form.lower()]])
        if department:
            key, end = rk.department_forms[form.lower()], dept_end
        elif key == rk.department_forms[form.lower()]:
            # "the director of Lira Regional Referral Hospital": the head of a body of a kind roles.yaml says it heads
            of_body = _OF_AFTER_RE.match(text, end)
            body = _org_from(of_body.group("org"), rk) if of_body and of_body.group("org")[:1].isupper() else None
            if body is None or body.kind not in rk.head_of_kind:
                return None  # "director" with no department: a film's, a board's
            key = rk.head_of_kind[body.kind]
    of = _OF_AFTER_RE.match(text, end)
    of_org, of_end = None, None
    if of and department and text[end:of.start("org")].strip() == "of":
        of = None  # "head of finance of ..." is no organisation
    if of and not text[end:of.start("org")].strip().startswith("for"):
        of_org, of_end = _org_from(of.group("org"), rk), of.end()
        if of_org is not None and of.group("org")[:1].islower() and (body := _ORG_NOUN_AFTER_RE.match(text, of.end())) and body.group(1) in rk.org_nouns:
            of_org, of_end = _org_from(body.group(1), rk) or of_org, body.end()  # "chair of the university court": the court
        if of_org is None and of.group("org")[:1].islower() and (described := described_committee(text, of.start("the") if of.group("the") else of.start("org"))) is not None:
            of_org, of_end = described  # "the chair of the public accounts committee"
        if of_org is None and of.group("the") and (body := _BODY_FOR_RE.match(text, of.start("org"))) and body.group("noun").lower() in rk.org_nouns:
            # "the current president of the students' association": a body described by whom it serves, not the story's own
            of_org, of_end = Org((body.group("who"), body.group("noun").lower()), rk.org_nouns[body.group("noun").lower()], body.group()), body.end()
        if of.group("org")[:1].islower() and of_org is None:
            if key == "head teacher" or text[end:of.start("org")].strip() == "of":
                return None  # "head of communications", "chair of governors" is not a school's head
        if of_org is not None and is_place(of_org.written):
            if not spec.place:
                return None
            of_org = _place_org(of_org.written)  # "the Governor of Catanduanes"
    if of_org is not None:
        if org is not None and org.kind is None and org.name is not None and len(org.name) == 1 and of_org.name is not None:
            org = None  # "The Enugu chairman of the Joint Health Sector Unions": the body named after, "Enugu" its branch
        org = org or of_org
        end = of_end
    elif org is None and text[max(0, start - 1) : start] == "(" and (br := _BRACKET_ORG_AFTER_RE.match(text, end)):
        # "Marta Lindqvist (chief executive, Harrowgate Foods)": the organisation after the role inside the bracket
        org = _org_from(br.group("org"), rk)
        if org is not None and is_place(org.written):
            org = None
    # premodifiers written before the organisation: "former Acme chief executive"
    pre = re.search(r"(?<![\w'’-])((?:(?i:former|ex|then|acting|interim|outgoing|incoming|new|deputy|vice|shadow|assistant|stand-in|regular|usual|the\s+then)(?:-|\s+))+)\Z", text[max(0, start - 40) : start])
    if pre:
        mods += [w.lower() for w in re.findall(r"\w+(?:-\w+)*", pre.group(1))]  # "stand-in" is one word
    deputy = [w for w in mods if w in rk.deputies]
    change = tuple(w for w in mods if w in _CHANGE_MODIFIERS or w in rk.change_words)
    role = f"deputy:{key}" if deputy else key
    scope = _SCOPE_AFTER_RE.match(text, end)
    if scope and rk.roles[key].area and org is None and scope.group(1)[:1].isupper():
        # "Senior coroner for North Wessex, Justine Okoro": the area a post serves is its organisation
        org = Org(tuple(w.lower() for w in scope.group(1).split()), None, scope.group(1))
        end, scope = scope.end(), None
    part_then_name = _PART_THEN_NAME_RE.match(text, end) if scope else None
    if part_then_name and by_start.get(part_then_name.end()) is not None:
        # "Deputy vice-chancellor for student affairs Professor Sipho Ndlovu": the part in lower case, then the holder
        role = f"{role} for {part_then_name.group('part').strip().lower()}"
        end = part_then_name.end() - 1
    elif scope:
        # "CEO for Central Europe", "cabinet member for finance": a role over one part, not the organisation's own
        role = f"{role} for {scope.group(1).lower()}"
    elif part:
        role = f"{role} for {part}"
    spec = rk.roles[key]  # a department's head ("head of libraries") is read as that role, not the form's own
    loose = not spec.loose or form.lower() in spec.loose
    if spec.loose and form.lower() in spec.loose and (nxt := _WORD_AFTER_RE.match(text, m.end())) and nxt.group(1) not in _TITLE_STOP and nxt.group(1) not in _SPEECH_WORDS:
        return None  # "the school's head football coach": "head" is a word of another title
    if spec.place and org is None and (run := by_start.get(end + 1)) is not None and (where := _OF_AFTER_RE.match(text, run.end)) \
            and text[run.end : where.start("org")].strip() == "of" and not where.group("the") and where.group("org")[:1].isupper() \
            and (is_place(where.group("org")) or org_kind(where.group("org").split(), rk) in (None, "state")):
        org = _place_org(where.group("org"))  # "Governor Elisa Sarmiento of Catanduanes"
    if spec.place and org is not None and org.name is not None and (org.kind is None or bool(set(org.written.split()[-1:]) & _PLACE_HEADS)):
        # "Catanduanes Governor X": a name of no known kind is the place governed; so is "Cobb County" before a post of a
        # place ("Cobb County District Attorney X"), though "Derby County" names a club
        org = replace(org, kind="state")
    body_unsaid = False
    # "DCA secretary Ashok Menon": initials before a role name a body, whatever its kind
    initials = org is not None and org.kind is None and bool(_ACRONYM_RE.fullmatch(org.written.strip()))
    if org is not None and org.name is not None and org.kind is None and not org.name[0].startswith("#") and not initials:
        # "Aldershire captain": a name of no known kind takes the kind of organisation the role belongs to; a loose form,
        # which counts only with a body of its kinds, takes that kind ("pastor of St. Jadwiga": a church)
        kinds = (frozenset(spec.kinds) if spec.loose and form.lower() in spec.loose else spec.groups) & frozenset(rk.org_nouns.values())
        if len(kinds) == 1:
            org = Org(org.name, next(iter(kinds)), org.written)
    if spec.kinds and loose and not (deputy and spec.loose) and (org is None or org.kind not in spec.kinds) and not initials:
        opens = opens_clause(text, start) or (text[max(0, start - 4) : start] == "The " and _sentence_starts(text, start - 4))
        as_named = _as_of_a_name(text, start, by_end)  # "Mr Joomun, presenting the accounts as treasurer,": a named holder's
        if org is not None or not (opens or as_named):
            return None  # "head", "leader": too common a word to be a role without an organisation of its kind
        body_unsaid = not as_named  # "Registrar Dr Sunil Deshmukh said", "The deputy leader, Cllr Tom Aske,": opening its sentence
    # the holder
    holder = None
    # "vice-president (academic) Marguerite Tremblay": a bracketed remit between the role and the name
    remit = _REMIT_AFTER_RE.match(text, end)
    gap = remit.end() if remit else end + 1
    run = by_start.get(gap) if text[gap - 1 : gap] == " " else None
    copula = _COPULA_AFTER_RE.match(text, end) if run is None else None
    if copula and (named := by_start.get(copula.end())) is not None and (possessive_or_determined or _DETERMINED_RE.search(text, max(0, start - 24), start)) and _AFTER_NAME_RE.match(text, named.end):
        # "Acme's chair is Sir Rupert Ellison", "the chief executive is now Ann Cole": the role named first
        holder = (named.start, named.end)
    elif run is not None and (of_org is None or of is not None and of.group("org")[:1].islower()):
        # ("Speaker of the legislature Lerato Nkosi": a body written by its lower-case noun, the name straight after it)
        holder = (run.start, run.end)
    else:
        # "The deputy vice-chancellor (research), Professor Ian Whitlock,": the remit, then the comma
        after_role = remit.end() if remit and text[remit.end() : remit.end() + 1] == "," else end
        comma = re.match(r",\s+", text[after_role:])
        run = by_start.get(after_role + comma.end()) if comma else None
        if (party_title := _PARTY_TITLE_GAP_RE.match(text, after_role)) is not None:
            run = by_start.get(party_title.start("title")) or by_start.get(party_title.end())  # "The Mayor, Sinn Féin councillor Siobhán McCann,": her party and seat between
        joined = text[max(0, start - 5) : start].endswith(" and ")  # "Twara's co-founder and chief executive, Aline Uwase"
        if run is not None and (possessive_or_determined or joined or _DETERMINED_RE.search(text, max(0, start - 24), start)) and _AFTER_NAME_RE.match(text, run.end):
            holder = (run.start, run.end)
        else:
            ap = _apposition_before_re().search(text, max(0, start - 40), start)
            if ap:
                run = by_end.get(ap.start())
                if run is None and (br := _BRACKET_BEFORE_RE.search(text, max(0, ap.start() - 44), ap.start())):
                    run = by_end.get(br.start())  # "Cllr Tomás Mac Diarmada (FG), a former Cathaoirleach"
                if run is None and (age := _AGE_BEFORE_RE.search(text, max(0, ap.start() - 12), ap.start())):
                    run = by_end.get(age.start())  # "Mr Raymond Tsui, aged 52, the group's chief financial officer"
                if run is not None:
                    holder = (run.start, run.end)
    if holder is None and (cm := _CAPACITY_BEFORE_RE.search(text, max(0, start - 40), start)):
        # "Cllr Pritchard, who chaired the meeting in her role as deputy mayor": the role the sentence's subject acts in
        sentence_start = max(text.rfind(". ", 0, cm.start()) + 2, 0)
        run = next((r for r in sorted(by_start.values(), key=lambda r: r.start) if sentence_start <= r.start < cm.start()), None)
        if run is not None:
            holder = (run.start, run.end)
    if holder is None and org is not None and org.name is not None and not org.name[0].startswith("#") \
            and (am := _APPOINTED_AS_RE.search(text, max(0, m.start("role") - 160), m.start("role"))) and org.written == text[_appointee(am)[0] : _appointee(am)[1]].strip():
        # "names Oksana Hrynchuk chief financial officer": the name before the role is its holder, not its body
        org, start = None, m.start("role")
    if holder is None and (org is None or org.name is not None and org.name[0].startswith("#")) and (am := _APPOINTED_AS_RE.search(text, max(0, start - 160), start)):
        # "Ystrad Taf RFC have appointed Rhodri Price as their new head coach": the verb's object holds the role after
        # "as", in the body the verb's subject names
        who = _appointee(am)[0]
        run = by_start.get(who)
        if run is None:  # "named former Scotland forward Liam MacAulay as the new head coach"
            run = next((r for at, r in by_start.items() if who < at < am.end() and _DESCRIBED_OBJECT_RE.fullmatch(text, who, at)), None)
        if run is not None and _ASIDE_THEN_AS_RE.fullmatch(text, run.end, am.end()):
            holder = (run.start, run.end)
            subject = _SUBJECT_BODY_RE.search(text, max(0, am.start() - 80), am.start())
            named = _named_org(subject.group("body"), rk) if subject and not is_place(subject.group("body")) else None
            org = named if named is not None and (named.kind is not None or org is None) else org
    if holder is None and (stays := _STAYS_AS_BEFORE_RE.search(text, max(0, start - 200), start)) is not None \
            and (run := by_end.get(stays.start())) is not None and (_sentence_starts(text, run.start) or _THAT_BEFORE_RE.search(text, max(0, run.start - 10), run.start)):
        holder = (run.start, run.end)  # "Kyle Brandt, who …, stays on as assistant general manager"
    if holder is None and org is None and not text[max(0, start - 5) : start].endswith(" and ") and not _AND_AFTER_RE.match(text, end):
        return None  # kept beside "and": "chairman and chief executive" shares the other role's holder
    if body_unsaid and (holder is None or holder[0] < end or not (_TITLE_GAP_RE.fullmatch(text, end, holder[0]) or _APPOSED_GAP_RE.fullmatch(text, end, holder[0]))):
        return None  # the article's own body's title only when the holder's name follows it: organisation coreference
        # (reading/people.py) then gives it the one body of its kinds the story leads with, or none
    if portfolio:
        if org is None and spec.kinds:
            return None  # "the health spokesperson": whose party's portfolio is unsaid (a council cabinet's is the article's council's)
        department = portfolio
    elif level is not None and not department:
        if org is None:
            return None  # "state chairman" with no body before it: the level says nothing of whose
        department = level.group("level").lower()  # one state chairman of a party, as one head of a council's department
    if org is not None and org.name and len(org.name) > 1 and org.name[0] in rk.deputies and not role.startswith("deputy:"):
        # "Deputy Shire President Alan Prideaux": the deputy's post of the body named after the deputy's word
        role, org = f"deputy:{role}", _org_from(org.written.split(None, 1)[1], rk) or Org(org.name[1:], org.kind, org.written.split(None, 1)[1])
    return RoleMention(start, end, "role", role, org, change, holder, form, department=department, body_unsaid=body_unsaid)


# "X, who holds the finance portfolio", "X, who also holds the housing and planning brief"
_HOLDS_PORTFOLIO_RE = re.compile(r",\s+who\s+(?:also\s+|now\s+|currently\s+)?(?P<verb>holds)\s+the\s+(?P<portfolio>[a-z]+(?:\s+(?:and\s+)?[a-z]+)?)\s+(?:portfolio|brief)\b")
_PORTFOLIO_STOP = frozenset("the a an its their his her our and party's new former official chief senior".split())
_PORTFOLIO_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<portfolio>[a-z]+(?:\s+(?:and\s+)?[a-z]+)?)\s+\Z")
_PORTFOLIO_AFTER_RE = re.compile(r"\s+(?:on|for)\s+(?P<portfolio>[a-z]+(?:['\u2019]s\s+[a-z]+)?(?:\s+and\s+[a-z]+(?:['\u2019]s\s+[a-z]+)?)?)\b")  # "for children's services"
_LEVEL_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<level>state|national|regional|provincial|county|district|zonal|branch)\s+\Z")


# --- posts of any wording -----------------------------------------------------------

# Words that end a title read backwards from a name: what comes before them is not the title ("said terminal manager X").
_TITLE_STOP = frozenset(
    """a an the and or but of for to in on at by with from as into over after before since than that this these those
    said says told tells added adds according says saying who whom whose which while when where is was are were be been
    has have had will would can could may might should must not no also its his her their our my your
    it he she they we i me him them us""".split()
)
_TITLE_BEFORE_RE = re.compile(
    r"(?P<title>(?:(?P<caps>(?:[A-ZÀ-ÖØ-Þ][\w&.'’-]*\s+){1,3}))?(?P<mods>(?:(?!of\s)[a-z][\w-]*\s+){0,4})(?P<head>[A-Za-z][a-z-]+)"
    r"(?:\s+of\s+(?P<dept>[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3}))?)\s+\Z"
)
_SCOPE_BEFORE_COMMA_RE = re.compile(r"\s+(?:for|of|at)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:and\s+|&\s+|of\s+)?(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,5}\Z")
_SENTENCE_END_BEFORE_RE = re.compile(r"(?:[.!?:;][\"'”’)]?\s+|\n\s*|[\"“‘]\s*)\Z")


_CAPACITY_BEFORE_RE = re.compile(r"\b(?:in|with)\s+(?:his|her|their)\s+(?:role|capacity|position)\s+as\s+(?:the\s+)?\Z", re.I)
# ("to confirm Catriona MacLeod, …, as the service's next chief fire officer": a body's possessive before the role;
# "Prairie Basin Energy names Oksana Hrynchuk chief financial officer": a headline's present tense, "as" left out)
_APPOINTED_AS_RE = re.compile(
    r"\b(?:(?:appointed|appoints|appoint|named|names|name|hired|hires|hire|elected|elects|elect|chosen|chose|choose|confirmed|confirms|confirm|installed|installs|install|unveiled|unveils)"
    r"\s+(?P<who>(?:(?:the\s+)?(?:former|ex-|veteran|experienced|long-serving)[\w-]*\s+)?[A-Z][^.;:!?]{2,120}?)"
    r"\s+as\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w-]+['\u2019]s\s+)?"
    # a present tense's object before its role, "as" left out ("Prairie Basin Energy names Oksana Hrynchuk chief financial
    # officer"; "Rohan Shetty named Ranji Trophy captain" is his naming, its object the team's)
    r"|(?:appoints|names|hires|elects|picks|confirms)\s+(?P<object>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})(?<=[a-z])\s+(?:its\s+)?)(?:(?:new|next|permanent|full-time)\s+)?\Z"
)
# the words describing an appointed person before the name: "former Scotland forward", "the ex-Munster hooker"
def _appointee(am: re.Match[str]) -> tuple[int, int]:
    """Where the person an appointing verb names is written in a match of _APPOINTED_AS_RE."""
    group = "who" if am.group("who") is not None else "object"
    return am.start(group), am.end(group)


_THAT_BEFORE_RE = re.compile(r"\b(?:that|while|whereas|and|but)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?\s+)?\Z")  # "confirmed on Tuesday that Dr Rosalind Penhaligon … will become its chief executive", "…, while Grace Mhango remains chief executive"
_DESCRIBED_OBJECT_RE = re.compile(r"(?:the\s+)?(?:former|ex-|veteran|experienced|long-serving)[\w-]*\s+(?:[\w'\u2019-]+\s+){0,3}")
_ASIDE_THEN_AS_RE = re.compile(r"(?:,[^,.;:!?]{1,80},)?(?:\s+as\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w-]+['\u2019]s\s+)?|\s+(?:its\s+)?)(?:(?:new|next|permanent|full-time)\s+)?")
# the body that does the appointing, written just before the verb: "Ystrad Taf RFC have appointed", "The board of X has"
_SUBJECT_BODY_RE = re.compile(r"(?P<body>[A-Z][\w&'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w&'\u2019-]*){0,5})\s+(?:has|have|had|on\s+\w+)?\s*\Z")
# a party and a seat set between a role and its holder's name: ", Sinn Féin councillor ", ", Labour MP "
_PARTY_TITLE_GAP_RE = re.compile(r",\s+(?:[A-Z][\w'\u2019\u00c0-\u017f-]*\s+){1,3}(?P<title>councillor|Councillor|Cllr|Alderman|alderman|MP|MLA|MSP|MS|TD|AM)\s+")
_TITLE_GAP_RE = re.compile(r"\s+(?:[A-Z][a-z]{1,5}\.?\s+)?")  # "Registrar Dr X": the role, an honorific, the name
_APPOSED_GAP_RE = re.compile(r",\s+(?:[A-Z][a-z]{1,5}\.?\s+)?")  # "The deputy leader, Cllr Tom Aske,"


# a sentence opening with an owner's title before a comma and the name: "The diocese's assistant bishop, X,"
_OWNED_TITLE_OPENING_RE = re.compile(r"(?:[Tt]he\s+)?[A-Za-z][\w-]*['\u2019]s\s+(?P<rest>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\Z")


# a clause of time or manner put before the sentence's subject: "When the meeting resumed at about 7.40pm, Speaker X
# warned …", "Later on Tuesday, Mayor X said": the subject after it opens its clause as a sentence's first words do
_FRONTED_CLAUSE_BEFORE_RE = re.compile(
    r"(?:\A|[.!?][\"'”’)]?\s+|\n\s*)(?:When|After|Before|As|Once|While|Later|Earlier|Then|On|At|By|In|During|Shortly|[A-Z][a-z]+ing)\b[^,;:!?\n\"“”]{0,70}?,\s+\Z"
)


def after_fronted_clause(text: str, pos: int) -> bool:
    """True when pos starts the main clause after a fronted clause of time ("When the meeting resumed, …")."""
    return bool(_FRONTED_CLAUSE_BEFORE_RE.search(text, max(0, pos - 90), pos))


def opens_clause(text: str, pos: int) -> bool:
    """True when pos starts a sentence, or the main clause after a fronted clause of time."""
    return _sentence_starts(text, pos) or after_fronted_clause(text, pos)


def _sentence_starts(text: str, pos: int) -> bool:
    """True when pos starts a sentence, or a title opening it ("Dr Harpreet Sandhu named chair …"): only a few characters
    before it are read, so a long paragraph costs no more."""
    if (title := _OPENING_TITLE_RE.search(text, max(0, pos - 12), pos)) is not None:
        pos = title.start()
    lo = max(0, pos - 12)
    piece = text[lo:pos]
    return (lo == 0 and not piece.strip()) or bool(_SENTENCE_END_BEFORE_RE.search(piece))


_OPENING_TITLE_RE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Prof|Sir|Dame|Rev|Judge|Canon|Fr)\.?\s+\Z")


@cache
def _title_after_re() -> re.Pattern[str]:
    return re.compile(_TITLE_AFTER)  # compiled on first use: only a name followed by a comma needs it


_TITLE_AFTER = (
    r",\s+(?:the|a|an)\s+(?:(?P<poss>[A-Za-z][\w-]*)['’]s\s+)?(?P<mods>(?:[a-z][\w-]*\s+){0,3})(?P<head>[a-z][a-z-]+)"
    r"(?:\s+of\s+(?P<dept>[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3}))?(?:\s+(?:at|of|for)\s+(?:the\s+)?(?P<org>[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,4}))?(?=\s*[,.;:)]|\s+(?:said|says|told|who|has|had|is|was|will|added)\b)"
)
# A committee described in lower case: "the public accounts committee", "the legislature's standing committee on public
# accounts", "the council's planning committee". Its name is its subject's words and its noun, so that both of the
# first two, and "the Public Accounts Committee", are one committee.
_DESCRIBED_COMMITTEE_RE = re.compile(
    r"(?:the\s+)?(?:[A-Za-z][\w-]*['’]s\s+)?(?:[\w]+-(?:member|strong|person|seat)\s+)?(?P<mods>(?:[a-z][a-z-]+\s+){0,4}?)(?P<noun>committee|sub-committee|subcommittee|panel|commission)"
    r"(?:\s+(?:on|for)\s+(?P<topic>[a-z][a-z-]+(?:\s+(?:and\s+)?[a-z][a-z-]+){0,3}))?(?![\w-])")
_COMMITTEE_KINDS = frozenset({"standing", "select", "joint", "special", "the", "and", "of", "new"})


_NOUN_AFTER_RE = re.compile(r"[a-z][a-z-]+")
_ORG_NOUN_AFTER_RE = re.compile(r" ([a-z]+)\b(?!['’-])")
# a body named for whom it serves, in lower case: "students' association", "residents' committee"
_BODY_FOR_RE = re.compile(r"(?P<who>[a-z]+?)s['’]\s+(?P<noun>[a-z]+)(?![\w'’-])")
_ROLE_MODIFIERS = frozenset("former ex then acting interim outgoing incoming new deputy vice shadow assistant stand-in regular usual".split())
_WORDS_BEFORE_COMMITTEE_RE = re.compile(r"(?:(?<=[.!?:;]\s)|(?<=\A)|(?<=\n))?(?P<words>(?:[A-Za-z][a-z-]+\s+){1,3})\Z")


def _committee_before(text: str, pos: int) -> tuple[Org, int] | None:
    """The committee a lower-case description ending at the committee noun at pos names ("search committee chair X"),
    with where it starts; a capital only on a sentence's first word."""
    m = _WORDS_BEFORE_COMMITTEE_RE.search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    words = m.group("words").split()
    # "who took over as board chairperson": the description starts after the clause's last small word ("and" joins one:
    # "the finance and resources committee")
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _TITLE_STOP and w.lower() not in ("and", "or", "of")), default=0)
    words = words[cut:]
    while words and (words[0].lower() in _TITLE_STOP or words[0].lower() in _ROLE_MODIFIERS
                     or words[0][0].isupper() and not _sentence_starts(text, pos - len(" ".join(words)) - 1)):
        words = words[1:]  # "a former transit committee chair": "former" is the role's, not the committee's
    words = [w for w in words if w.lower() not in _COMMITTEE_KINDS]
    if not words or any(w[0].isupper() for w in words[1:]):
        return None
    noun = _NOUN_AFTER_RE.match(text, pos)
    start = text.rfind(words[0], 0, pos)
    return Org((*(w.lower() for w in words), noun.group()), "committee", text[start : noun.end()]), start


def described_committee(text: str, pos: int) -> tuple[Org, int] | None:
    """Return the committee a lower-case description at pos names ("the public accounts committee") and where it ends,
    or None when there is none or it names no subject ("the committee" is read as the article's own)."""
    m = _DESCRIBED_COMMITTEE_RE.match(text, pos)
    if m is None:
        return None
    words = [w for w in f"{m.group('mods')} {m.group('topic') or ''}".split() if w not in _COMMITTEE_KINDS]
    if not words:
        return None
    return Org((*words, m.group("noun")), "committee", text[m.start("mods") if m.group("mods") else m.start("noun") : m.end()]), m.end()


_AS_ROLE_RE = re.compile(r"\s+as\s+(?:(?:the|its|an?)\s+)?(?:executive\s+)?")
_HEAD_VERB_RE = re.compile(r",\s+(?P<who>who)\s+(?:has\s+|had\s+|also\s+|now\s+|currently\s+)*(?P<verb>[a-z]+)\s+the\s+(?P<noun>[a-z][a-z-]+)\b(?!['’])")


def title_key(words, rk: RolesKnowledge) -> frozenset[str]:
    """Return the words a title is compared by, each read as roles.yaml's title_synonyms say ("financial" as "finance")."""
    out = set()
    for w in words:
        for part in re.split(r"[\s-]+", w.lower()):
            if part and part not in ("of", "the", "and", "&"):
                out.add(rk.title_synonyms.get(part, part))
    return frozenset(out)


def _title_mods(mods: str) -> list[str] | None:
    """Return the modifier words of a title read backwards, cut at the last word that cannot be part of a title."""
    words = mods.split()
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _TITLE_STOP:
            return None if k == len(words) - 1 else words[k + 1 :]
    return words


def find_titles(text: str, rk: RolesKnowledge, names: Sequence, taken: Sequence[tuple[int, int]] = (), is_place=lambda w: False) -> list[RoleMention]:
    """Return the posts of any wording given to names: a title ending in one of roles.yaml's title_heads before a name
    ("Terminal manager Ramakant Dubey", "Group manager of surgical services Lisa Tamihana"), at a sentence's start
    before a comma and the name ("HSE regional executive officer for the West, Declan Furey, said"), in apposition
    after the name ("Jo Hart, the trust's estates manager,"), or "X, who has led the diocese" (a head_verbs verb, the
    organisation's head, role "head:"). Each is a RoleMention of kind "title" whose role is "title:" and its words
    (after "deputy:" for a deputy's post, "Auxiliary Bishop"); spans in taken
    (roles and offices read already) are left alone, and a title with a change modifier ("former") is no one's now.
    """
    if not rk.title_heads:
        return []
    out: list[RoleMention] = []
    low_words = {w.lower() for w in _WORDS_RE.findall(text)}
    verbs = not rk.head_verbs.isdisjoint(low_words)
    if rk.title_heads.isdisjoint(low_words) and not verbs:
        return out

    spans = sorted(taken)
    starts = [a for a, _ in spans]

    def overlaps(s: int, e: int) -> bool:
        # the spans read already are short phrases, in order: only those starting a little before s can reach it
        k = bisect_left(starts, e)
        while k > 0 and starts[k - 1] > s - 400:
            k -= 1
            if spans[k][1] > s:
                return True
        return False

    for m in names:
        if getattr(m, "in_title", False):
            continue
        end = m.start
        honorific = getattr(m, "honorific", None)
        before = text[max(0, end - 160) : end]
        base = end - len(before)
        if honorific:
            hm = re.search(re.escape(honorific) + r"\.?\s+\Z", before)
            if hm and honorific.lower() not in rk.title_heads:
                before = before[: hm.start()]
            elif hm is None:
                honorific = None
        mention = None
        # a title needs one of its head words near the name: most names have none, and are passed over at once
        near_before = not rk.title_heads.isdisjoint(w.lower() for w in _WORDS_RE.findall(before, max(0, len(before) - 90)))
        near_after = not rk.title_heads.isdisjoint(w.lower() for w in _WORDS_RE.findall(text, m.end, m.end + 90))
        if not near_before and not near_after:
            continue
        tm = _TITLE_BEFORE_RE.search(before) if near_before else None
        if tm:
            mention = _title_at(text, base, tm, rk, is_place, (m.start, m.end))
        if mention is None and near_before and (rm := rk.rank_before_re.search(before)) and rm.start() > 0:
            # "district police chief ACP Rosli Hamid": a rank between the title and the name
            tm = _TITLE_BEFORE_RE.search(before, 0, rm.start())
            if tm:
                mention = _title_at(text, base, tm, rk, is_place, (m.start, m.end))
        if mention is None and near_before and before.rstrip().endswith(",") and _AFTER_NAME_RE.match(text, m.end):
            # "HSE regional executive officer for the West and North West, Declan Furey, said": at a sentence's start
            head = before.rstrip()[:-1]
            scope = _SCOPE_BEFORE_COMMA_RE.search(head)
            if scope:
                head = head[: scope.start()]
            tm = _TITLE_BEFORE_RE.search(head + " ")
            if tm and _sentence_starts(text, base + tm.start()):
                mention = _title_at(text, base, tm, rk, is_place, (m.start, m.end), sentence_only=True)
            elif (owned := _OWNED_TITLE_OPENING_RE.search(head)) and _sentence_starts(text, base + owned.start()):
                # "The diocese's assistant bishop, Margaret Thiessen, answered …": the owner's post, opening the sentence
                tm = _TITLE_BEFORE_RE.search(head + " ", owned.start("rest"))
                if tm and tm.start() == owned.start("rest"):
                    mention = _title_at(text, base, tm, rk, is_place, (m.start, m.end))
        if mention is None and near_after:
            am = _title_after_re().match(text, m.end)
            if am and am.group("head") in rk.title_heads:
                mods = _title_mods(am.group("mods") + " ") if am.group("mods") else []
                org = None
                if am.group("poss"):
                    poss = am.group("poss")
                    org = Org(None, rk.org_nouns[poss.lower()], poss, anaphoric=True) if poss[:1].islower() and poss.lower() in rk.org_nouns else (_named_org(poss, rk) if poss[:1].isupper() and not is_place(poss) else None)
                    if org is None:
                        mods = None
                if am.group("org") and not is_place(am.group("org")):
                    org = _named_org(am.group("org"), rk) or org
                if mods is not None and (mods or am.group("dept") or org is not None):
                    mention = _title_mention(am.start("mods") if am.group("mods") else am.start("head"), am.end(), mods, am.group("head"), am.group("dept"), org, (m.start, m.end), text, rk)
        if mention is not None and not overlaps(mention.start, mention.end):
            out.append(mention)
    if verbs:
        by_end = {n.end: n for n in names}
        for vm in _HEAD_VERB_RE.finditer(text):
            n = by_end.get(vm.start())
            kind = rk.org_nouns.get(vm.group("noun"))
            if n is None or vm.group("verb") not in rk.head_verbs or kind is None:
                continue
            org = Org(None, kind, vm.group("noun"), anaphoric=True)
            # "who has led the council as executive mayor": the role it was led in, of that body
            am = _AS_ROLE_RE.match(text, vm.end())
            rm = rk.role_re.match(text, am.end()) if am else None
            if rm is not None and rm.group("role").lower() in rk.form_role and not rm.group("mods").strip():
                out.append(RoleMention(vm.start("who"), rm.end(), "role", rk.form_role[rm.group("role").lower()], org, (), (n.start, n.end), rm.group("role")))
                continue
            out.append(RoleMention(vm.start("who"), vm.end(), "title", "head:", org, (), (n.start, n.end), vm.group("verb")))
    return out


def _title_at(text: str, base: int, tm: re.Match, rk: RolesKnowledge, is_place, holder, sentence_only: bool = False) -> RoleMention | None:
    """Return the post a title written before a name gives, or None when the words before the name are no post."""
    head = tm.group("head")
    if head.lower() not in rk.title_heads:
        return None
    mods = _title_mods(tm.group("mods")) if tm.group("mods") else []
    if mods is None or mods and head[:1].isupper():
        return None  # "wrote Chief Justice X": a capitalised title after a verb, not "chief" with modifiers
    start = base + tm.start("mods") if mods else base + tm.start("head")
    if mods and tm.group("mods").split() != mods:
        start = base + tm.end("mods") - len(" ".join(mods)) - 1
        caps = None
    else:
        caps = tm.group("caps")
    if caps and not mods:
        # "OCD Deputy Administrator X": a capitalised deputy's word before the head is the title's, not the body's name
        words = caps.split()
        k = len(words)
        while k and words[k - 1].lower() in rk.deputies:
            k -= 1
        if k < len(words):
            mods = [w.lower() for w in words[k:]]
            start = base + tm.start("caps") + caps.index(words[k]) if k else base + tm.start("caps")
            caps = " ".join(words[:k]) + " " if k else None
    org = None
    if caps:
        words = caps.split()
        first_at = base + tm.start("caps")
        if words[0] in _FUNCTION_CAPS and len(words) == 1:
            caps = None
        elif len(words) == 1 and not words[0].isupper() and _sentence_starts(text, first_at):
            # "Airport director X" at a sentence's start: the article's airport, as "the airport's director" is;
            # "Group manager X": a word of the title, not a name
            low = words[0].lower()
            if low in rk.org_nouns and words[0] not in rk.org_suffixes:
                org = Org(None, rk.org_nouns[low], words[0])
            elif low.endswith(("'s", "\u2019s")) and len(low) > 3 and not is_place(words[0][:-2]):
                org = _named_org(words[0][:-2], rk)  # "Harland's operations manager, Grant Bisley, told …": the owner's post
            else:
                mods = [low, *mods]
            start = first_at
        elif sentence_only and not _sentence_starts(text, first_at):
            return None
        else:
            written = " ".join(w for w in words if w not in _FUNCTION_CAPS)
            if not written or is_place(written) or any(is_place(w) for w in written.split()):
                return None  # "Bhopal airport director": a place, not the organisation
            org = _named_org(written, rk)
            start = first_at + caps.index(written.split()[0])
    elif sentence_only and not _sentence_starts(text, start):
        return None
    if not caps:
        # the organisation before the title: "the company's operations manager X"; "his campaign manager" is someone's
        pm = _POSSESSIVE_BEFORE_RE.search(text, max(0, start - 80), start)
        if pm:
            written = pm.group("org")
            if written[:1].islower():
                kind = rk.org_nouns.get(written.lower())
                if kind is None:
                    return None
                org = Org(None, kind, written, anaphoric=True)
            elif is_place(written.strip()):
                return None
            else:
                org = _named_org(written, rk)
            start = pm.start()
        elif _PRONOUN_BEFORE_RE.search(text, max(0, start - 8), start):
            return None
    if not mods and not tm.group("dept") and org is None:
        return None  # a bare "Director X": nothing says which post
    return _title_mention(start, base + tm.end("title"), mods, head, tm.group("dept"), org, holder, text, rk)


def _title_mention(start: int, end: int, mods: list[str], head: str, dept: str | None, org: Org | None, holder, text: str, rk: RolesKnowledge) -> RoleMention | None:
    words = [*mods, head, *(dept.split() if dept else [])]
    low = [w.lower() for w in words]
    change = tuple(w for w in low if w in _CHANGE_MODIFIERS or w in rk.change_words)
    if change:
        return None  # "former operations manager X": no post held now
    before = text[max(0, start - 24) : start].lower().split()
    if before and (before[-1] in _CHANGE_MODIFIERS or before[-1] in rk.deputies):
        return None
    # a deputy's post ("assistant estates manager", "Auxiliary Bishop"): the post it deputises for, as a deputy's
    deputy = "deputy:" if any(w in rk.deputies for w in low) else ""
    key = " ".join(sorted(title_key([w for w in low if w not in rk.deputies], rk)))
    return RoleMention(start, end, "title", f"{deputy}title:{key}", org, (), holder, text[start:end], department=dept or "")
