"""Periods in news prose: things that run for a time, with the facts copy gives about them.

A period is a consultation, a submissions period, a notice, appeal or cooling-off
window, a ban, a ceasefire, a trial scheme, a contract, a closure, a strike, a
tender, a bid or offer, an ultimatum, a deadline … (the
kinds and their forms are data: rules/periods.yaml), and whatever else the article makes the subject of a
verb of an end or a length ("The notice expires on 24 April", "the display runs for 12 weeks"), which is a
period of its own kind for that article (`with_period_subjects`; nouns that open, close or run daily or
somewhere, such as "market" or "road", are `not_periods`). `read_period_facts` reads one
block and returns each fact it states about a period, however it is written:

- a duration: "a ten-week consultation", "the consultation runs for six weeks",
  "the 35-day window", "within 14 days", "a 30-month contract", "a fortnight", "for 48
  hours" (a day or more; "24 hours a day" is a rate, "held every two years" how often), "with a six-week period for
  bids" after the period it belongs to, "is giving customers 90 days to return" (a grant, with its recipient); not how
  long a period had run at a moment ("the trial had only run for four weeks when the figures were collected");
- a start: a date after "opens on", "from", "starting", "signed on", "took effect", "issued a 14-day
  ultimatum to the university on" (a verb giving the period on a day, a soft start),
  "backdated the ban to" (a verb with its object), "of" in "within 14 days of 3
  March", the day that dates an event counted from ("28 days from yesterday's sentencing",
  "15 days from Monday's verdict"), or "commenced with the filing of a circular … on" …;
- an end: a date after "closes on", "ends", "expires", "until", "by", "no later
  than", "runs to", "services … are due to resume on", "would be lifted on" (a planned lifting; one that
  happened may be a change) …, "questionnaires received after Monday 9 November will not be counted" (a cut-off
  told by what happens after it), or before "deadline" ("the 2 May deadline") or "when the stoppage
  ends" (and a start before "when the ban begins").

A closure may be told by its verbs ("The line … will close for nine days from Saturday 23 May",
"will remain closed to navigation from 2000 hrs on …"), its subject naming it.

Each start and end keeps the time of day written with it ("from 4am on", "at 23:59 on", "2000 hrs on"),
for lengths in hours.

Each fact names the period it belongs to: the period noun in its own clause, or
the only period noun of its sentence, or, for a sentence whose subject is "It",
the only period of the sentence before, or, for a sentence opening "That window" (or "the
window", "the deadline") after one that named no period but granted a length ("have 28 days
… to appeal"), the period that sentence granted; "the order" names the period last named
"a banning order" (the last word of a form of several words); a period may also be told by its verb
("members would walk out for a fortnight", rules/periods.yaml `verbs`), whose date is the day it started ("walked off the job
at 12:01 a.m. on Monday, Oct. 27"); a period the clause denies ("who are not part of the strike") owns no date, nor
does one named in a clause of time opening the sentence ("Once tenders close, a panel will assess them from 17 March"),
nor one named before a comma and a count from another act ("…, and ordered it to publish notices within 60 days of the
orders, that is, by 15 September": that count's end). Bare weekdays ("closes on Friday") are
facts too, with the tense that governs them; the caller resolves them against
the publication date. The block's sentences also say which kinds are shown as
several ("a second consultation", "the strikes"), which are said to have moved
("extended to", "brought forward"; not a period named only as a time, "cargo goes elsewhere instead during
the stoppage"), and the qualifier each mention carries
("the bus strike", "the deadline for bids"). Gathering the facts of one
period across the whole article is the caller's job (checks/_readings.py).
"""

from __future__ import annotations

from bisect import bisect_left

import itertools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..ruleyaml import Located, parse_located, shipped_rules_dir, word_list
from ..errors import RuleFileError
from .dates import OPENING_YEAR, DateMention, WeekdayMention
from .durations import Duration
from .tense import Tense, governing_verb
from .phrases import alternation, phrase_pattern

__all__ = [
    "PeriodFact", "PeriodKnowledge", "PeriodNoun", "build_periods", "dated_nouns", "weekday_dated_nouns", "load_periods", "may_name_period", "new_periods_layers",
    "parse_periods_into", "periods_of", "read_period_facts", "read_periods_file",
]


@dataclass(frozen=True)
class PeriodKnowledge:
    """Period kinds, their forms, and the start, end, moved and several words, with their patterns."""

    kinds: dict[str, str]  # form -> kind
    singular_only: frozenset[str]  # kinds whose bare plural is no period ("bids are due", "in terms of")
    several: frozenset[str]
    same: frozenset[str]
    heads: frozenset[str]
    revisions: frozenset[str]
    predecessors: frozenset[str]
    dated_by_verbs: dict[str, tuple[str, ...]]
    dating_verb_re: re.Pattern[str]
    dating_verb_after_re: re.Pattern[str]  # "was on Monday, November 3, sentenced": the verb written after its date
    noun_re: re.Pattern[str]
    start_re: re.Pattern[str]
    end_re: re.Pattern[str]
    soft_start_re: re.Pattern[str]
    strong_end_re: re.Pattern[str]
    orphan_hint_re: re.Pattern[str]
    gate_words: frozenset[str]  # the first word of every period form, its plural, and the closing verbs
    end_noun_re: re.Pattern[str]
    moved_re: re.Pattern[str]
    # a move by a length, up to its "by" ("extended the consultation by", "brought the hearing forward by a further"): the
    # length after it is a change, not the period's own; group "verb" is the move, which `moves_earlier` tells the way of
    moved_by_re: re.Pattern[str]
    moves_earlier: frozenset[str]
    verb_kinds: dict[str, str]  # "walked out" -> strike: a verb that tells the period without its noun
    verb_re: re.Pattern[str]
    head_re: re.Pattern[str]  # "the order" after "a banning order": the last word of a form of several words
    not_periods: frozenset[str] = frozenset()  # nouns a period's verb does not make a period ("the market opens at 9")
    sitting_days: frozenset[str] = frozenset()  # kinds whose length in days may count only the weekdays they sit ("a seven-day trial")
    one_say: frozenset[str] = frozenset()  # kinds that are one say of the public's: "the comment window" is the submissions period
    errands: dict[str, frozenset[str]] = field(default_factory=dict)  # tender -> bid, proposal: what is handed in during a kind
    accounts_re: re.Pattern[str] = re.compile("(?!)")  # "a review of the", "a report on the": a period written about, not dated
    place_nouns: frozenset[str] = frozenset()  # "the 61-day ban on the east coast": where a period holds, telling it apart
    public_re: re.Pattern[str] = re.compile("(?!)")  # "residents", "the public": those a consultation asks
    public_say_re: re.Pattern[str] = re.compile("(?!)")  # "Customers … have until" (before a day): the public's say
    response_errand_re: re.Pattern[str] = re.compile("(?!)")  # "to comment", "to lodge an objection"
    saying_re: re.Pattern[str] = re.compile("(?!)")  # after a day: "to comment", "to tell regulators what they think"
    opening_act_re: re.Pattern[str] = re.compile("(?!)")  # "advertised the tender on": an act, its object, then "on" and a day
    opening_passive_re: re.Pattern[str] = re.compile("(?!)")  # "The invitation for bids was published in the papers on"
    act_on_re: re.Pattern[str] = re.compile("(?!)")  # "would be published in the Federal Register on": an act, then "on" and a day


@dataclass(frozen=True)
class PeriodNoun:
    """One mention of a period noun ("the ten-week public consultation")."""

    start: int
    end: int
    kind: str
    qualifier: str | None  # a word that tells this period apart from another of its kind ("bus" strike)
    purpose: str | None  # "bids" in "the deadline for bids"
    several: bool  # "a second consultation", "the strikes", "each window"
    marker: str | None  # the word that makes it another one of its kind ("second", "earlier"), if any
    plural: bool
    refers_back: bool  # "the consultation", "its deadline": a period already introduced
    introduces: bool  # "a consultation", "an appeal window": a period the sentence brings in
    verb: bool = False  # told by its verb ("would walk out for a fortnight"), not named by its noun
    pointing: bool = False  # "that window", "this period": the one of its kind named last


@dataclass(frozen=True)
class PeriodFact:
    """A duration, start or end stated for a period, with where it is written."""

    role: str  # duration|start|end
    start: int
    end: int
    noun: PeriodNoun
    word: str  # the word that gives the role ("closes on", "from", "deadline"); "" for a duration, or SENT_WITHIN for the public's time to send something
    duration: Duration | None = None
    date: DateMention | None = None
    weekday: WeekdayMention | None = None
    tense: Tense = Tense.UNKNOWN
    # stated in a sentence that names no period, so the caller decides which period it belongs to:
    # "strong" (a clear end: the period last named, unless another shares its topic), "topic" (only one sharing its topic),
    # "errand" (a thing to be done by a day: only a grant for the same errand)
    orphan: str | None = None
    counted_from: str | None = None  # "45 days from the date of the notice": the noun whose date starts the count
    soft: bool = False  # a start that yields to a better one ("signed on 2 March" beside "runs from 1 April")
    clock: int | None = None  # the time of day written with the date, in minutes after midnight ("from 4am on Tuesday 17 March")
    offset: int | None = None  # a day named by its distance from publication ("from yesterday's sentencing": -1)
    revised: bool = False  # the day a move gives ("agreed to extend the consultation to Friday, April 10"): the end now


# --- knowledge -------------------------------------------------------------------------

_OPTIONAL_SECTIONS = frozenset({"singular_only", "verbs", "not_periods", "place_nouns", "the_public", "have_their_say", "responses", "opening_acts", "predecessors", "sitting_days", "one_say",
                                "moves_later", "moves_earlier", "accounts", "errands"})
_SECTIONS = ("periods", "singular_only", "not_periods", "place_nouns", "starts", "soft_starts", "ends", "strong_ends", "end_nouns", "heads", "moved", "revisions", "several", "same", "verbs", "dated_by_verbs",
             "the_public", "have_their_say", "responses", "opening_acts", "predecessors", "moves_later", "moves_earlier", "sitting_days", "one_say", "accounts", "errands")


# "no later than 5pm on Monday 30 March", "until 6 am on Thursday", "began at dawn on Monday": a time of day between the word and the date
_CLOCK = (
    r"(?:as\s+(?:planned|scheduled|expected|promised|intended|agreed),?\s+)?"  # "reopen as planned at 5am on"
    r"(?:(?:to\s+(?:all\s+)?(?:traffic|vehicles|cars|the\s+public|passengers|visitors|pedestrians)|(?:its|their|the)\s+(?:doors|gates))\s+(?:on\s+)?)?"  # "reopen to traffic at 6am on", "reopen its doors on"
    r"(?:the\s+(?:end|close)\s+of\s+)?"  # "until the end of Sunday 26 April"
    r"(?:(?:at\s+)?(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|hrs|GMT|BST)?|[012]\d[0-5]\d\s*hrs|noon|midday|midnight|dawn|dusk|daybreak|first\s+light)"
    r"(?:\s+(?:[A-Z][a-z]+\s+)?time|\s+[A-Z]{2,4})?,?\s+(?:on\s+)?)?"  # "5 p.m. Pacific time on", "noon ET", "5pm, Friday"
)


# "would take effect on 1 May", "will lapse on 30 September": any start or end verb may take "on" before its date
_ON = r"(?:on\s+)?"
# "took effect on the day of sentencing, 16 March": the day named by its event, then its date in apposition
# (after "on" only: "took effect from the date of his hearing, Monday 7 September" may name a ban since changed)
_DAY_OF = (r"(?:on\s+the\s+(?:day|date)\s+of\s+(?:(?:the|his|her|their|its)\s+)?[a-z]+,\s+"
           # "which began yesterday, Tuesday 3 March": the day named by its distance from publication, then its date
           r"|(?:yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening))?,\s+)?")






_OBJECT = r"\s+(?:the|its|their|his|her|this|that|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?"
_WHERE = r"\s+before\s+(?:[\w'\u2019.-]+\s+){1,6}?"


_PARTICLES = frozenset({"forward", "back", "off", "over", "short", "up"})


def _with_pronoun(phrases) -> str:
    """The verb-and-particle moves ("brought forward", "put back") with a pronoun between ("brought it forward")."""
    pairs = {tuple(_SPACES.split(p.strip())) for p in phrases}
    # "pushed that deadline back", "put the closing date back": the period itself between
    # ("pushed the close of the $1.55-a-share cash offer back": the object may run to a few words of any kind)
    found = [rf"{re.escape(verb)}\s+(?:it|them|(?:the|that|this|its|their)\s+(?:[^\s;:]+\s+){{0,7}}?[\w-]+)\s+{re.escape(part)}" for verb, part in (p for p in pairs if len(p) == 2) if part in _PARTICLES]
    return "|".join(found) or "(?!)"


_PRONOUN_OBJECT = re.compile(r"\s(?:it|them)\s", re.I)
_DIGIT = re.compile(r"\d")


# the one a verb ending in "for" is done to, written between them: "suspended the club for", "banned Okafor for"
# ("suspended the mining licence of Mutapa Ridge Gold (Private) Limited for": a thing and its owner's name)
_VERB_OBJECT = (r"(?:him|her|them|(?:the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+"
                r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019&-]+(?:\s+\(?(?-i:[A-Z])[\w'\u2019&-]+\)?){0,4})?"
                r"|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})")


def verb_pattern(verb_kinds: dict[str, str]) -> re.Pattern[str]:
    """The verbs that tell a period without its noun ("walked out", "suspended for"), and those ending in "for" with
    their object between ("suspended the club for"); `verb_kind` says which kind a match tells."""
    heads = sorted({form[: -len(" for")] for form in verb_kinds if form.endswith(" for")}, key=len, reverse=True)
    with_object = rf"|(?P<head>{alternation(heads)})\s+(?P<object>{_VERB_OBJECT})\s+for" if heads else ""
    return re.compile(rf"(?<![\w-])(?:(?P<verb>{alternation(verb_kinds)}){with_object})(?![\w-])", re.IGNORECASE)


def verb_kind(k: PeriodKnowledge, m: re.Match) -> str:
    """The kind of period a match of `verb_pattern` tells."""
    verb = m.group("verb") or f"{m.group('head')} for"
    return k.verb_kinds[_SPACES.sub(" ", verb.lower())]


def _with_object(phrases) -> str:
    """The verb-and-preposition phrases ("backdated to", "signed on") with an object between ("backdated the ban to")."""
    pairs = {tuple(_SPACES.split(p.strip())) for p in phrases}
    found = [rf"{re.escape(verb)}{_OBJECT}{re.escape(prep)}" for verb, prep in (p for p in pairs if len(p) == 2) if prep in ("to", "from", "on")]
    # "opened before regional magistrate Mrs Rumbidzai Chikore on": before whom, then its day (not where: "began in the Shire
    # of Hindmarsh on" and "will start in the Shire of Moyne on" are two places' periods)
    found += [rf"{re.escape(verb)}{_WHERE}on" for verb, prep in (p for p in pairs if len(p) == 2) if prep == "on"]
    return "|".join(found) or "(?!)"


def new_periods_layers() -> dict:
    """Return an empty accumulator for period knowledge: files are read into it in order, then built once."""
    return {"kinds": {}, "verbs": {}, "errands": {}, "dated_by": {}, "lists": {name: [] for name in _LIST_SECTIONS}}


_LIST_SECTIONS = tuple(name for name in _SECTIONS if name not in ("periods", "verbs", "dated_by_verbs", "errands"))


def parse_periods_into(tree: Located, acc: dict, where: str = "periods", *, whole: bool = False) -> None:
    """Validate one periods section (the shape of rules/periods.yaml) and add it to acc.

    Later files add kinds and replace the forms of a kind they name again; the word lists
    (starts, ends, moved ...) and each verb's nouns extend. A whole file (the shipped one)
    must have every section.
    """
    if not isinstance(tree.value, dict):
        raise tree.error(f"{where} must be a mapping of sections such as 'periods:'")
    for name, (key, _) in tree.value.items():
        if name not in _SECTIONS:
            raise key.error(f"unknown key '{name}' in {where} (expected one of {', '.join(_SECTIONS)})")
    for name in _SECTIONS if whole else ():
        if name not in tree.value and name not in _OPTIONAL_SECTIONS:
            raise tree.error(f"{where} need a '{name}' section")
    if "periods" in tree.value:
        periods = tree.value["periods"][1]
        if not isinstance(periods.value, dict) or (whole and not periods.value):
            raise periods.error("'periods' must map each kind of period to its forms")
        for kind, (key, node) in periods.value.items():
            forms = word_list(node, f"periods.{kind}", lower_case=True)
            for form, old in list(acc["kinds"].items()):
                if old == str(kind):
                    del acc["kinds"][form]  # a kind named again takes the forms it is given now
            for form in forms:
                acc["kinds"][_SPACES.sub(" ", form)] = str(kind)  # "cooling-off period" is looked up as "cooling off period"
    if "verbs" in tree.value:
        verbs = tree.value["verbs"][1]
        if not isinstance(verbs.value, dict):
            raise verbs.error("'verbs' must map each kind of period to the verbs that tell it")
        for kind, (key, node) in verbs.value.items():
            if str(kind) not in set(acc["kinds"].values()):
                raise key.error(f"'verbs' names the kind '{kind}', which 'periods' does not list")
            for form in word_list(node, f"verbs.{kind}", lower_case=True):
                acc["verbs"][_SPACES.sub(" ", form)] = str(kind)
    if "errands" in tree.value:
        errands = tree.value["errands"][1]
        if not isinstance(errands.value, dict):
            raise errands.error("'errands' must map each kind of period to the things handed in during it")
        for kind, (key, node) in errands.value.items():
            if str(kind) not in set(acc["kinds"].values()):
                raise key.error(f"'errands' names the kind '{kind}', which 'periods' does not list")
            words = acc["errands"].setdefault(str(kind), [])
            words += [w for w in word_list(node, f"errands.{kind}", lower_case=True) if w not in words]
    for name in _LIST_SECTIONS:
        if name in tree.value:
            acc["lists"][name] += [w for w in word_list(tree.value[name][1], name, lower_case=True) if w not in acc["lists"][name]]
    if "dated_by_verbs" in tree.value:
        verbs_node = tree.value["dated_by_verbs"][1]
        if not isinstance(verbs_node.value, dict):
            raise verbs_node.error("'dated_by_verbs' must map each verb to the nouns it dates")
        for verb, (key, node) in verbs_node.value.items():
            nouns = acc["dated_by"].setdefault(str(verb).lower(), ())
            acc["dated_by"][str(verb).lower()] = nouns + tuple(n for n in word_list(node, f"dated_by_verbs.{verb}", lower_case=True) if n not in nouns)


def read_periods_file(path: str, acc: dict, *, whole: bool = False) -> None:
    """Read one periods file (the shape of rules/periods.yaml) into acc; raise RuleFileError if broken."""
    tree = parse_located(path)
    if whole and not tree.value:
        raise RuleFileError(path, 1, 1, "period rules are empty")
    parse_periods_into(tree, acc, "period rules", whole=whole)


def build_periods(acc: dict) -> PeriodKnowledge:
    """Return the period knowledge built from an accumulator the files were read into."""
    kinds, verb_kinds, dated_by, lists = acc["kinds"], acc["verbs"], acc["dated_by"], acc["lists"]
    flags = re.IGNORECASE
    return PeriodKnowledge(
        kinds=kinds,
        singular_only=frozenset(lists["singular_only"]),
        several=frozenset(lists["several"]),
        same=frozenset(lists["same"]),
        heads=frozenset(lists["heads"]),
        revisions=frozenset(lists["revisions"]),
        predecessors=frozenset(lists.get("predecessors", ())),
        dated_by_verbs=dated_by,
        dating_verb_re=re.compile(rf"\b(?P<verb>{alternation(dated_by)})(?:\s+(?:to|against|for|in\s+favou?r\s+of|at|before|in|with)(?:\s+[\w'\u2019-]+){{1,4}}?)?\s+(?:on\s+)?\Z", flags),
        dating_verb_after_re=re.compile(rf",?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?P<verb>{alternation(dated_by)})(?![\w-])", flags),
        noun_re=_noun_pattern(kinds),
        start_re=re.compile(rf"(?<![\w-])(?:{alternation(lists['starts'] + lists['soft_starts'])}|{_with_object(lists['starts'] + lists['soft_starts'])})\s+{_DAY_OF}{_ON}{_CLOCK}(?:the\s+)?\Z", flags),
        soft_start_re=re.compile(rf"(?<![\w-])(?:{alternation(lists['soft_starts'])}|{_with_object(lists['soft_starts'])})\s+{_CLOCK}(?:the\s+)?\Z", flags),
        end_re=re.compile(rf"(?<![\w-])(?:{alternation(lists['ends'])}):?\s+{_DAY_OF}{_ON}{_CLOCK}(?:the\s+)?\Z", flags),  # "Submissions close: 5pm, Friday"
        gate_words=frozenset(
            w for form in kinds for w in (_SPACES.split(form)[0], _SPACES.split(form)[0] + "s", _SPACES.split(form)[0] + "es")
        ) | _CLOSING_GATE | {_SPACES.split(form)[0] for form in verb_kinds} | _head_words(kinds, set(lists["heads"])),
        orphan_hint_re=re.compile(rf"(?<![\w-])(?:{alternation({*(_SPACES.split(p)[0] for p in lists['strong_ends']), *_ORPHAN_WORDS})})(?![\w-])", flags),
        strong_end_re=re.compile(rf"(?<![\w-])(?:{alternation(lists['strong_ends'])})\s+{_CLOCK}(?:the\s+)?\Z", flags),
        end_noun_re=re.compile(rf"\s+(?:{alternation(lists['end_nouns'])})(?![\w-])", flags),
        moved_re=re.compile(rf"(?<![\w-])(?:{alternation(lists['moved'])}|{_with_pronoun(lists['moved'])})(?![\w-])", flags),
        moved_by_re=re.compile(
            rf"(?<![\w-])(?P<verb>{_with_pronoun(lists['moves_later'] + lists['moves_earlier'])}|{alternation(lists['moves_later'] + lists['moves_earlier'])})"
            r"(?![\w-])[^.;:]{0,60}?\s+by\s+(?:a\s+further\s+|another\s+|just\s+)?\Z", flags),
        moves_earlier=frozenset(lists["moves_earlier"]),
        head_re=_head_pattern(kinds, set(lists["heads"])),
        verb_kinds=verb_kinds,
        verb_re=verb_pattern(verb_kinds),
        not_periods=frozenset(lists["not_periods"]),
        sitting_days=frozenset(lists.get("sitting_days", ())),
        one_say=frozenset(lists.get("one_say", ())),
        errands={kind: frozenset(words) for kind, words in acc["errands"].items()},
        accounts_re=re.compile(rf"\b(?:{alternation(lists['accounts'])})\s+(?:of|on|into)\s+(?:the|its|their|this|that)\s+(?:[\w'\u2019-]+\s+){{0,2}}?\Z", flags)
        if lists.get("accounts") else re.compile("(?!)"),
        place_nouns=frozenset(lists["place_nouns"]),
        public_re=re.compile(rf"(?<![\w-])(?:{alternation(lists['the_public'])})(?![\w-])", flags),
        public_say_re=re.compile(rf"(?<![\w-])(?:{alternation(lists['the_public'] + lists['have_their_say'])})(?![\w-])[^;!?]{{0,80}}\bhave\s+until\s+\Z", flags),
        response_errand_re=re.compile(rf"\bto\s+(?:{alternation(lists['responses'])})(?![\w-])", flags),
        # the public's errand after a day they have until, however worded: "to comment", "to tell regulators what they think"
        opening_act_re=re.compile(
            rf"(?<![\w-])(?:{alternation(lists['opening_acts'])})\s+(?:accepting\s+|taking\s+|receiving\s+|inviting\s+)?"
            # the object alone: no clause of its own ("a consultation that closes on"), no second verb ("and closes at noon on")
            r"(?P<object>(?:(?!(?:that|which|who|and|or|but|until|till|to|by|closes?|closed|ends?|ended|runs?|expires?|lasts?)\b)[A-Za-z'\u2019-]+\s+){0,7}?"
            r"(?!(?:that|which|who|and|or|but|until|till|to|by|closes?|closed|ends?|ended|runs?|expires?|lasts?)\b)[A-Za-z'\u2019-]+)"
            # "launch a six-week consultation on the draft regulations, which set out …, on March 16": an aside on the object
            r"(?:,\s+(?:which|who)\s+[^,;:.!?]{1,160},)?\s+on\s+\Z",
            flags,
        ),
        opening_passive_re=re.compile(
            rf"(?P<object>(?:[A-Za-z'\u2019-]+\s+){{1,6}}?)(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?"
            rf"(?:{alternation(lists['opening_acts'])})(?:\s+[^,.;:!?\d]{{1,60}}?)?\s+on\s+\Z",
            flags,
        ),
        act_on_re=re.compile(rf"(?<![\w-])(?:{alternation(lists['opening_acts'])})(?:\s+[^,.;:!?\d]{{1,60}}?)?\s+on\s+\Z", flags),
        saying_re=re.compile(rf"\s+to\s+(?:[a-z]+\s+){{0,3}}?(?:{alternation(lists['responses'])}|tell\s+[^.;]{{0,40}}?\bwhat\s+(?:they|you)\s+think)(?![\w-])", flags),
    )


def _noun_pattern(kinds) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<noun>{alternation(kinds)})(?P<plural>e?s)?(?![\w-])", re.IGNORECASE)


# "The notice expires on 24 April", "the display runs for 12 weeks", "The exhibition will close on": whatever closes,
# expires or runs for a time is a period, whatever it is called
_PERIOD_SUBJECT = re.compile(
    # the noun is no auxiliary or adverb ("the office had been run for six weeks": the office, run by someone, is no period)
    r"\b(?i:the|its|their|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?(?!(?:will|would|shall|should|could|might|must|cannot|been|being|have|having|also|still|only|already|then|now)\b)(?P<noun>[a-z]{4,})\s+(?:(?:will|would|is\s+due\s+to|is\s+set\s+to|is\s+to|was\s+due\s+to)\s+)?"
    # only the verbs of an end or a length: fires, outbreaks and matches start and open too, and are no periods
    r"(?:closes|closed|close|expires|expired|expire|ends|ended|end|lapses|lapsed|lapse|runs|ran|run|lasts|lasted|last)"
    r"(?:\s+(?:on|from|until|till|to|for|through|at\s+(?:midnight|noon|\d))\b|(?<=s|d)(?=[,.;])"  # "… March 17, when the notice expires."
    # "That mandate lasts six months and expires on 20 July": a length of its own
    r"|(?<=t|s|n|d)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?:days?|weeks?|months?|years?)|a\s+fortnight)\b)"
)


# the words a demonstrative names any period with, pointing back at the one before ("That exercise will run until May 15")
_POINTING_WORDS = "exercise|process|period|phase|window"
_POINTING_BACK = re.compile(rf"(?i:this|that)\s+(?:{_POINTING_WORDS})\s")


# "The issue will open on November 24 and close on December 8", "voting opens at 8 a.m. on Tuesday, Oct. 14, and closes
# at 8 p.m. on Tuesday, Oct. 21": a thing that opens (starts, begins) and closes (ends) in one clause runs for a time,
# whatever it is called. The verbs of a start alone are not enough (fires, matches and outbreaks start too)
_OPENS_AND_CLOSES = re.compile(
    r"(?:\A|[.;:!?]\s+|\b(?i:the|its|their|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?)(?!(?:will|would|shall|should|could|might|must|cannot)\b)(?P<noun>[A-Za-z][a-z]{3,})\s+"
    r"(?:(?:will|would|is\s+due\s+to|is\s+set\s+to|is\s+to|was\s+due\s+to)\s+)?"
    r"(?:opens|opened|open|starts|started|start|begins|began|begin)\s+(?:on\s+|at\s+)?[^.;:!?]{1,80}?,?\s+and\s+(?:will\s+|would\s+)?"
    r"(?:closes|closed|close|ends|ended|end|runs\s+until|run\s+until)\s+(?:on\s+|at\s+)?[^.;:!?]{0,30}?\d"
)


# "imposed a 60-day quarantine" … "The quarantine took effect on Monday, 13 October": a noun given a length as its
# modifier, and named again with "the" in a sentence that writes a day, is a period whatever it is called
# "a 60-day", "the ten-week", "its 12-month": a length written as a noun's modifier
_LENGTH_MODIFIER = (
    r"\b(?i:a|an|the|its|their|this)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|"
    r"twenty-one|twenty-eight|thirty|forty|forty-five|sixty|ninety)-(?:day|week|month|year)(?:-long)?\s+"
)
_LENGTH_COMPOUND = re.compile(r"-(?:day|week|month|year)\s")
_LENGTH_OF = re.compile(_LENGTH_MODIFIER + r"(?P<noun>[a-z]{4,})\b(?![\w-])(?!\s+(?:of|to|for)\b)")
# words the patterns above cannot match without (their verbs and units are written in lower case): cheap tests first
_CLOSING_STEMS = ("clos", "expir", "end", "laps", "run", "ran", "last")  # the verbs of _PERIOD_SUBJECT and _OPENS_AND_CLOSES' end
_OPENING_STEMS = ("open", "start", "begin", "began")
_LENGTH_UNITS = ("-day", "-week", "-month", "-year")
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)"
_DAY_WRITTEN = re.compile(rf"\b{_DAY}")


def _named_again_with_a_day(noun: str, texts: list[str]) -> bool:
    """True when a sentence of the article names "the <noun>" and writes a day ("The quarantine took effect on Monday, 13 October")."""
    the = re.compile(rf"\bthe\s+{re.escape(noun)}\b", re.I)
    for text in texts:
        for m in the.finditer(text):
            lo = max(text.rfind(". ", 0, m.start()), 0)
            hi = text.find(". ", m.end())
            if _DAY_WRITTEN.search(text, lo, hi if hi >= 0 else len(text)) and not _LENGTH_OF.match(text, max(0, m.start() - 1)):
                return True
    return False


# "The consultation on the bypass closes on 5 June": the noun after a period's preposition is what the period is about,
# and the verb is the period's
_PREPOSITION_BEFORE = re.compile(r"(?P<noun>[\w-]+)\s+(?:on|of|for|into|about|over|to|at)\s+\Z", re.I)


def _of_a_period(knowledge: PeriodKnowledge, text: str, pos: int) -> bool:
    before = _PREPOSITION_BEFORE.search(text, max(0, pos - 40), pos)
    return before is not None and knowledge.noun_re.fullmatch(before.group("noun")) is not None


def with_period_subjects(knowledge: PeriodKnowledge, texts) -> PeriodKnowledge:
    """The knowledge with every noun the article makes the subject of a period's verb ("The notice expires on 24
    April", "the display runs for 12 weeks", "The issue will open on November 24 and close on December 8"), and every
    noun given a length as its modifier and named again with a day ("a 60-day quarantine" … "The quarantine took effect
    on Monday, 13 October"), as a period of its own kind, for that article."""
    texts = list(texts)
    # each pattern needs words of its own, in lower case: a text without them (most) is not scanned for it
    closing = [t for t in texts if any(w in t for w in _CLOSING_STEMS)]
    opening = [t for t in closing if any(w in t for w in _OPENING_STEMS)]
    lengths = [t for t in texts if any(w in t for w in _LENGTH_UNITS)]
    extra = sorted({
        m.group("noun") for text in closing for m in _PERIOD_SUBJECT.finditer(text)
        if m.group("noun") not in knowledge.kinds and m.group("noun") not in knowledge.not_periods
        and not _POINTING_BACK.match(m.group(0))  # "That exercise will run until May 15": the period before, named again
        and not _PLURAL.search(m.group("noun")) and not _of_a_period(knowledge, text, m.start())
    } | {
        m.group("noun").lower() for text in opening for m in _OPENS_AND_CLOSES.finditer(text)
        if m.group("noun").lower() not in knowledge.kinds
        # "The three-week postal ballot opened on … and closed on …": given its own length, a ballot is a period too
        and (m.group("noun").lower() not in knowledge.not_periods or _LENGTH_COMPOUND.search(text, m.start(), m.start("noun")))
        and not _PLURAL.search(m.group("noun").lower()) and not _of_a_period(knowledge, text, m.start())
    } | {
        # "a five-day Junior Rangers camp at Lake Wendouree, which runs from Monday 6 July to Thursday 9 July"
        m.group("noun") for text in lengths for m in _LENGTH_THEN_RANGE.finditer(text)
        if m.group("noun") not in knowledge.kinds and m.group("noun") not in knowledge.heads and not _PLURAL.search(m.group("noun"))
    } | {
        m.group("noun") for text in lengths for m in _LENGTH_OF.finditer(text)
        if m.group("noun") not in knowledge.kinds and m.group("noun") not in knowledge.not_periods and m.group("noun") not in knowledge.heads
        and not _PLURAL.search(m.group("noun")) and not knowledge.noun_re.match(text, m.end() + 1) and _named_again_with_a_day(m.group("noun"), texts)
    })
    verbs = _ranged_verbs(knowledge, texts) if lengths else {}  # a verb is learned only from a noun given a length
    extra = sorted(set(extra) | {kind for kind in verbs.values() if kind not in knowledge.kinds and kind not in GENERIC_PERIOD_WORDS})
    if not extra and not verbs:
        return knowledge
    # "Under the strike notice, the action is due to end on Sunday, 26 October": the last word of one kind's form of
    # several words ("industrial action"), made the subject of a period's verb, is that kind's period
    last_words: dict[str, set[str]] = {}
    for form, kind in knowledge.kinds.items():
        if " " in form and " of " not in form:
            last_words.setdefault(form.split()[-1], set()).add(kind)
    kinds = {**knowledge.kinds, **{noun: next(iter(last_words[noun])) if len(last_words.get(noun, ())) == 1 else noun for noun in extra}}
    gate_words = knowledge.gate_words | {f"{n}{e}" for n in extra for e in ("", "s", "es")} | set(verbs)
    if verbs:
        verb_kinds = {**knowledge.verb_kinds, **verbs}
        knowledge = replace(knowledge, verb_kinds=verb_kinds, verb_re=verb_pattern(verb_kinds))
    return replace(knowledge, kinds=kinds, noun_re=_noun_pattern(kinds) if extra else knowledge.noun_re, gate_words=gate_words)


# "Residents can comment on the study from Nov. 10 until Dec. 1" … "the 45-day comment window"; "may register online
# from Nov. 20 to Dec. 5" … "the 10-day online registration": a verb dated by a range of two days, and a noun given a
# length that is a form of that verb, tell one period, whatever the words
_WEEKDAY_BEFORE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_FROM_DAY_TO_DAY = rf"from\s+{_WEEKDAY_BEFORE}{_DAY}[^.;:!?]{{0,25}}?\s(?:to|until|till|through)\s+{_WEEKDAY_BEFORE}{_DAY}"
_RANGE_OF_DAYS = re.compile(rf"\b{_FROM_DAY_TO_DAY}")
_LENGTH_WORDS = re.compile(_LENGTH_MODIFIER + r"(?P<words>[a-z]{3,}(?:\s+[a-z]{3,}){0,2})")
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s")
_NOT_PHRASE_WORDS = frozenset(
    """the and for with was were will would has had have are is its their this that which who from into over under
    after before during when while until than then also been being not can may must should could""".split()
)
_LENGTH_THEN_RANGE = re.compile(_LENGTH_MODIFIER + r"(?:[A-Z][\w'\u2019-]*\s+){0,3}(?P<noun>[a-z]{4,})\b(?![\w-])[^.;:!?]{0,60}?,?\s+(?:which|that)\s+"
                                r"(?:runs|will\s+run|ran|lasts|will\s+last|lasted)\s+" + _FROM_DAY_TO_DAY)
_PERIOD_VERBS = frozenset("runs run ran lasts last lasted opens opened closes closed ends ended starts started begins began expires expired".split())
# nouns that name any period ("the three-week window", "the 45-day period", "the deadline")
GENERIC_PERIOD_WORDS = frozenset({"window", "period", "deadline"})
_NOT_VERB_WORDS = _NOT_PHRASE_WORDS | frozenset("said says told added people residents members public".split())


def _ranged_verbs(knowledge: PeriodKnowledge, texts: list[str]) -> dict[str, str]:
    """The words of the clauses dated by a range of two days that a noun given a length elsewhere is a form of, each
    mapped to the kind of period it tells: the noun's own word ("registration"), or the word before a noun that names
    any period ("comment" of "the 45-day comment window")."""
    phrases = []
    for text in texts:
        for m in _LENGTH_WORDS.finditer(text):
            words = []
            for w in m.group("words").split():
                if w in _NOT_PHRASE_WORDS or w in _PERIOD_VERBS:
                    break  # "the 16-day program runs from …": the verb after the noun is no word of its name
                words.append(w)
            if words:
                phrases.append(words)
    if not phrases:
        return {}
    learned: dict[str, str] = {}
    for text in texts:
        for m in _RANGE_OF_DAYS.finditer(text):
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, m.start())]
            clause = text[breaks[-1] if breaks else 0 : m.start()]
            if knowledge.noun_re.search(clause) or _LENGTH_WORDS.search(clause):
                continue  # "a three-month grace period from 1 June to 31 August": the period is named, not told
            clause = clause.split()[-14:]
            for word in (w.strip(",()").lower() for w in clause):
                if len(word) < 4 or word in _NOT_VERB_WORDS or word in knowledge.kinds or word in knowledge.verb_kinds:
                    continue
                for words in phrases:
                    # the phrase's head tells the period, or the word before a head that names any period
                    told = words[-2] if words[-1] in GENERIC_PERIOD_WORDS and len(words) > 1 else words[-1]
                    if told not in GENERIC_PERIOD_WORDS and same_stem(told, word):
                        learned[word] = told
    return learned


_SUFFIX = re.compile(r"(?:ings?|ions?|ers?|ed|es|s|e)\Z")


def stem(word: str) -> str:
    """The word without its inflection or -ing/-ion ending ("bidding" and "bids": "bid"; "subscription": "subscript")."""
    w = _SUFFIX.sub("", word.lower()) if len(word) > 3 else word.lower()
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]  # "bidd" of "bidding"
    return w


def same_stem(a: str, b: str) -> bool:
    """True when two words are forms of one word: one stem starts the other (bid/bidding, subscribe/subscription)."""
    x, y = sorted((stem(a), stem(b)), key=len)
    return len(x) >= 3 and (y.startswith(x) if len(x) >= 5 or len(x) == len(y) else y == x) or (len(x) >= 6 and y[:6] == x[:6])


_PLURAL = re.compile(r"(?<![su])s\Z")  # "holidays" but not "process"


def _head_words(kinds: dict[str, str], heads: set[str]) -> set[str]:
    """The last words of the forms of several words that are no period on their own ("order" of "banning order")."""
    words = {form.split()[-1] for form in kinds if " " in form and " of " not in form}
    # a word that heads other nouns after a period's ("the strike notice" of "the strike") still points back at its form
    # ("a strike notice" … "the notice")
    return {w for w in words if w not in kinds and w not in _NOT_HEADS}


_NOT_HEADS = frozenset({"date", "day", "action"})  # "the date", "the action": too general to point at one period


def _head_pattern(kinds: dict[str, str], heads: set[str]) -> re.Pattern[str]:
    words = _head_words(kinds, heads)
    body = "|".join(sorted(map(re.escape, words))) or "(?!)"
    # "the 14-day notice": its length may stand between
    return re.compile(rf"\b(?P<det>the|that|this)\s+(?:[\w-]+-(?:day|week|month|year|hour)s?\s+)?(?P<head>{body})(?![\w-])", re.I)


def load_periods(path: str | None = None) -> PeriodKnowledge:
    """Return the period knowledge of one whole file read alone (default: the shipped rules/periods.yaml); raise RuleFileError if broken.

    Runs read it through the configuration instead (`config.load_rules` layers a newsroom's
    `periods:` sections over the shipped file); this reads one file, for tests and tools.
    """
    acc = new_periods_layers()
    read_periods_file(path or str(Path(shipped_rules_dir()) / "periods.yaml"), acc, whole=True)
    return build_periods(acc)


def periods_of(knowledge) -> PeriodKnowledge:
    """Return the period knowledge of a configuration's knowledge (`RuleSet.knowledge`), read whole when it has none."""
    given = knowledge.get("periods") if knowledge else None
    return given if isinstance(given, PeriodKnowledge) else load_periods()


# --- reading ---------------------------------------------------------------------------

_BACK_DETERMINERS = frozenset({"the", "its", "their", "this", "that", "his", "her", "our"})
_FOR_PURPOSE = re.compile(r"\s+(?:for|on|to)\s+(?:the\s+|a\s+|an\s+|new\s+)?(?P<what>[a-z][a-z-]+)", re.I)
_NOT_QUALIFIERS = frozenset(
    """and or of to in on at by for with from is was will be has have had day week month year days weeks
    months years long said says over under after before into about as than which who it he she they we him them us me you
    would could should may might must can not also once when whenever while until unless since because although though if
    where whether so yet than drew took gave made got saw held sent won lost ran put set kept left met paid brought bought sought
    told began begun hundred thousand million billion trillion lakh crore""".split()
)
# a duration is a period's length when the period runs for it: "runs for six weeks", "will last a fortnight"
_RUNS_FOR = re.compile(
    r"(?:\b(?:run|runs|ran|running|last|lasts|lasted|lasting|given|have|has|had|allowed|granted|held|hold|holds|apply|applies|applied|remain|remains|"
    r"stay|stays|continue|continues|open|in\s+place|in\s+force|in\s+effect|period\s+of|term\s+of|length\s+of)"
    r"(?:\s+(?:for|over))?\s+(?:only\s+|just\s+|a\s+further\s+)?\Z)",
    re.I,
)
# a start written just after a length: "will accept comments … for 21 days starting June 15", "for six weeks from 4 May"
_STARTING_DAY = re.compile(rf",?\s+(?:starting|from|beginning|commencing)\s+(?:on\s+)?{_WEEKDAY_BEFORE}{_DAY}")
# "can be inspected for four weeks, until Thursday 16 April": a length its end restates at once is the period's
_UNTIL_DAY = re.compile(rf",?\s+(?:until|till|up\s+to|ending|closing)\s+(?:at\s+(?:\d{{1,2}}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midnight)\s+)?(?:on\s+)?{_WEEKDAY_BEFORE}{_DAY}", re.I)
# a length a person is given, in a clause of its own: the time for that person's errand, not the period named before
_PERSON_HAS = re.compile(r"\bwho\s+(?:now\s+|then\s+|only\s+)?(?:has|have|had|is\s+given|was\s+given|gets|get)\s+(?:only\s+|just\s+)?\Z", re.I)
# "will lose its liquor licence for two weeks": the length of losing it (a suspension), not of the licence
_DEPRIVED_OF = re.compile(r"\b(?:lose|loses|lost|losing|suspend\w*|revok\w*|strip\w*|surrender\w*|forfeit\w*|withdr[ae]w\w*)\s+(?:[\w'\u2019-]+\s+){0,3}\Z", re.I)
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+\Z", re.I)
# "the trial had only run for four weeks when the figures were collected": the time gone by at a moment, no length
_ELAPSED_BEFORE = re.compile(r"\bhad\s+(?:only\s+|just\s+|already\s+)?(?:run|been\s+running|been\s+in\s+place|been\s+open|lasted)\s+(?:for\s+)?(?:only\s+|just\s+)?\Z", re.I)
_ELAPSED_AFTER = re.compile(r",?\s+(?:when|by\s+the\s+time|before)\b", re.I)
# "agreed to keep it open three weeks longer than first planned": a change again
_LONGER_AFTER = re.compile(r"\s+(?:longer|shorter|earlier|later|more|less)\b", re.I)
# a length someone asked for ("the registrar had originally sought a 30-day suspension", "Originally proposed: 30-day
# suspension"), or one since changed ("had originally announced a 48-hour stoppage"); not the plan the article is about
# ("The council has proposed a six-week closure")
_PROPOSED_BEFORE = re.compile(
    r"(?:\b(?:sought|seek|seeks|seeking|requested|requests|asked\s+for|wanted|demanded|demands|called\s+for|calls\s+for|pushed\s+for|"
    r"pressed\s+for|argued\s+for)\s+|\bproposed\s*:\s*|\b(?:originally|initially)\s+(?:[a-z]+\s+){0,3}?)(?:a|an|the|only)?\s*\Z", re.I)
# "the first two weeks of the consultation", "the longest in 30 years": part of a period, or a comparison
_NOT_LENGTH_BEFORE = re.compile(
    r"\b(?:the|its|their|this|these|those|her|his|our)\s+(?:first|last|final|past|next|previous|closing|opening|remaining|extra|further|"
    r"additional|coming)\s+\Z|\b(?:another|further|extra|additional|biggest|largest|longest|worst|highest|lowest|best|first\s+\w+)\s+\Z"
    # "proposed rules normally get a minimum 30-day comment period": a bound the rules set, not this period's length
    r"|\b(?:minimum|maximum|at\s+least|at\s+most|no\s+(?:more|less|fewer)\s+than)\s+(?:of\s+)?\Z",
    re.I,
)
# "within 14 days of 3 March", "28 days from the decision on 2 May": the date the count starts from
_COUNTED_FROM = re.compile(r"\s+(?:(?:of|from|after)\s+)?(?:(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?[\w'\u2019-]+\s+){0,3}?(?:(?:on|of|dated)\s+)?\Z", re.I)
def _both_numbers(noun: str) -> str:
    """A noun a count starts from, as the dated nouns may write it: "notices notice" (counted_from's words)."""
    return f"{noun} {noun[:-1]}" if noun.endswith("s") and not noun.endswith("ss") else noun


# "21 days to comment, counted from the day the site notices were posted": the count starts on a day told elsewhere
_COUNTED_FROM_CLAUSE = re.compile(
    r"[^.;:!?]{0,80}?,?\s+(?:counted|counting|calculated|running|reckoned)\s+from\s+the\s+(?:day|date)\s+(?:on\s+which\s+|that\s+|when\s+)?"
    r"(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{4,})\s+(?:was|were|went|had\s+been|have\s+been)\b",
    re.I,
)
# "Site notices went up around the village on Monday 2 March", "the notice was served on": a noun dated by its own verb
_SUBJECT_DATED = re.compile(
    r"\b(?P<noun>[a-z]{4,})\s+(?:was|were|went|had\s+been|have\s+been)\s+(?:[a-z]+\s+){1,4}?on\s+\Z"
    # "That report was issued Jan. 9": a passive dating verb takes its day without "on" in US copy
    r"|\b(?P<passive>[a-z]{4,})\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:issued|served|published|signed|delivered|released|filed|lodged|handed\s+down)\s+\Z",
    re.I)
# "The last date for submission of bids is 5 December", "the closing date for entries is": an end, however long the "for"
# "the last date for withdrawal of candidature is April 23"; in a fact box, "Last date for bid submission: January 16",
# "Closing date: 5 May", "Bid submission deadline: March 20"
_LAST_DATE = re.compile(
    r"\b(?:(?:last|closing|final)\s+(?:date|day)|deadline|cut-?off)\s+(?:for|of|to)\s+(?:[\w'\u2019-]+\s+){0,8}?[\w'\u2019-]+(?:\s+(?:is|was|will\s+be)|\s*:)\s+(?:on\s+)?\Z"
    r"|\b(?:(?:last|closing|final)\s+(?:date|day)|deadline|cut-?off)\s*:\s+\Z", re.I)
# "from yesterday's sentencing", "of Monday's verdict": an event dated by the day it happened, counted from
_DAY_EVENT = re.compile(
    r"\s*(?:(?:of|from|after)\s+)?(?P<day>yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['\u2019]s\s+(?:[\w-]+\s+){0,2}?[a-z]{4,}\b", re.I
)
_DAYS_BEFORE = {"yesterday": -1, "today": 0}
_AFTER_THE_LENGTH = re.compile(r"\s+after\b", re.I)
_OF_AFTER = re.compile(r"\s+(?:of|from|after)\b", re.I)
# "from the date of the notice", "from the entry of the judge's order": the nouns whose date may start the count
# "14 days from sentencing", "within 28 days of publication": an event named with no determiner, after its preposition
_THAT_DAY_AFTER = re.compile(r"\s*(?:(?:of|from|after)\s+)?(?P<said>(?:that|this)\s+(?P<day>date|day))\b", re.I)
_BACK_REFERENCE = re.compile(
    r"\s*(?:(?:of|from|after)\s+)?(?:the\s+date\s+of\s+(?=[a-z]{4,}\b(?!\s+of\b))|(?:the\s+date\s+of\s+)?(?:the|that|this|its|their|his|her)\s+|(?:(?<=\bof\s)|(?<=\bfrom\s)|(?<=\bafter\s))(?!(?:the|that|this|its|their|date|a|an)\b)|(?<=[a-z])\s(?!(?:the|that|this|its|their|date|a|an)\b))(?!(?:date|day)\b)(?P<noun>[a-z]{4,})\b"
    r"(?:\s+of\s+(?:the|a|an|its|their|this|that)\s+(?:[\w'\u2019]+\s+)?(?P<noun2>[a-z]{4,})\b)?",
    re.I,
)
# "the notice inviting tenders, dated 3 November", "a letter dated 12 October", "its notice of 6 October"
_DATED_BEFORE = re.compile(r"\b(?P<noun>[a-z]{4,})\b(?:[\s,]+[\w'\u2019-]+){0,3}?,?\s+(?:dated|issued\s+on|served\s+on|sent\s+on|published\s+on|announced\s+on|made\s+on|taken\s+on|handed\s+down\s+on|delivered\s+on|of)\s+\Z", re.I)
# ("That exercise will run until May 15": a demonstrative and a word any period goes by, see _POINTING_BACK)
# a sentence opening on a subject of its own, a thing named by "the" and a noun or two, then its verb
_OTHER_SUBJECT = re.compile(r"\s*(?:The|This|That|Its|Their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:itself\s+)?(?:was|is|has|had|will|would|were|are)\b")
_IT_SUBJECT = re.compile(rf"(?:\A|[.;:!?]\s+|\band\s+)(?:it|this|(?:this|that)\s+(?:{_POINTING_WORDS}))\s+(?:(?:will|would|is|was|has|had|had\s+been|has\s+been|will\s+be|is\s+due\s+to|was\s+due\s+to)\s+)?\w+\s", re.I)
_RANGE_BEFORE = re.compile(r"\b(?:between)\s+\Z|\d(?:st|nd|rd|th)?\s*(?:and|or|&)\s*\Z", re.I)
_RANGE_AFTER = re.compile(r"\s*(?:and|or|&)\s*\d", re.I)
# "By 5 May, sales had risen": a clause-opening "by" dates the clause, it is not a limit
_OPENING_BY = re.compile(r"(?:\A|[.;:!?]\s*|\n\s*)\s*by\s+(?:the\s+)?\Z", re.I)
# a relative clause about a person, up to the move word: "who stepped down … and was replaced"
_PERSON_CLAUSE = re.compile(r"\bwho\s+[^,;:()\"\u201c\u201d]*\Z", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no|n't|refus\w*\s+to|declin\w*\s+to|reject\w*|rul\w*\s+out|without)\s+(?:\w+\s+)?\Z", re.I)
# a move that is only a condition, a power, a rule, a call or denied: "unless extended", "can extend it once", "could agree to shorten",
# "urged it to extend", "with no plan to extend it", "ruled out extending it"
_LENGTH_SUSPENDED = re.compile(r"\b(?:days?|weeks?|months?|years?|matches|games|fixtures)\s+\Z", re.I)
_HYPOTHETICAL = re.compile(
    r"(?:\b(?:unless|if|can|cannot|could|might|may|must|should|whether|no|not|never|ruled\s+out|rules?\s+out|refused|declined)|\b(?:call\w*|urg\w*|ask\w*|want\w*|propos\w*|demand\w*|press\w*|lobb\w*|option|right|power)\b[^.;]{0,40}?\bto)"
    r"\s+(?:[\w'\u2019-]+\s+){0,3}\Z",
    re.I,
)
_OR_HYPOTHETICAL = re.compile(r"\b(?:could|might|may|can|would)\s+[a-z]+\b[^.;]{0,100},?\s+or\s+\Z", re.I)
# a period given on a day: "served with a 28-day notice to quit on 16 March", "issued a 14-day ultimatum to the university on"
_GIVEN_ON = re.compile(
    r"\b(?P<verb>issued|served|signed|imposed|declared|launched|introduced|gave|given|opened|started|began)\s+(?:with\s+)?(?:a|an|the|its|their)\s+[^,;:.!?\d]{0,40}?"
    r"[\w-]+[^,;:.!?]{0,50}?(?:,[^,;:!?]{1,40},)?\s+(?:on\s+)?\Z", re.I  # "opened a 21-day consultation on the application, reference X, on"; US "Dec. 15"
)
# a participle after its noun that dates it: "The 14-day notice, served on the ministry on", "the ban, imposed by the
# council on"
_GIVEN_AFTER_NOUN = re.compile(
    r"\s*,\s*(?:which\s+was\s+|first\s+)?(?:issued|served|signed|imposed|declared|given|introduced|launched)\s+(?:(?:on|to|by|at)\s+[^,;:.!?\d]{1,60}?\s+)?(?:on\s+)?", re.I
)
# "the 45 days the scheme is open", "the six months that the new cap is in force": a length, then the period it is the length of
_LENGTH_BEFORE_CLAUSE = re.compile(r"\s+(?:that\s+|when\s+)?(?:the|its|their|this)\s+(?:[\w'\u2019-]+\s+){0,2}?", re.I)
_CLAUSE_OF_LENGTH = re.compile(
    r"\s+(?:(?:is|are|was|were|will\s+be|would\s+be|remains?|remained|stays?|stayed)\s+(?:open|in\s+force|in\s+place|in\s+effect|running|on\s+sale)"
    r"|(?:runs|ran|lasts|lasted|will\s+run|will\s+last|would\s+run|would\s+last))\b", re.I
)
# a clause of its own, with its subject and a modal, between a period and a date: "…, and schools must upload the marks by"
_OWN_CLAUSE = re.compile(r"(?:,\s*|;\s*|\s)(?:and|but|while)\s+(?:the\s+)?(?!(?:it|they|this|that|which|there)\b)[a-z][\w-]*\s+(?:must|will|would|should|have\s+to|has\s+to|are\s+to|is\s+to|need\s+to|can)\s")  # a common noun: "between Pontyrhyd and Cwm-du will start" is a place
_PARTICIPLE_BEFORE = re.compile(r"\b[a-z]{3,}ing\s+(?:on\s+)?\Z")
# a relative clause on a noun just before the verb ("the lampuki season, which opens on"): the date is that noun's when it
# is one whose opening makes no period (rules/periods.yaml `not_periods`); "His suspension for betting on rugby matches, which
# was backdated to" is the suspension's
_RELATIVE_BEFORE = re.compile(r"\b(?P<noun>[A-Za-z][\w-]*),?\s+(?:which|that)\s+(?:(?:will|would|is|was|usually|normally|also)\s+)?\Z")
# a relative clause on "one" or "another" of the kind ("separate from one on garden waste, which closed on"): another period's day
_ANOTHER_ONE_BEFORE = re.compile(r"\b(?:one|another)\s+(?:on|for|of|about|in|into|over|covering)\s+[^,;:.!?]{1,50}?,?\s+(?:which|that)\s+(?:(?:will|would|is|was|has|had|also)\s+)?\Z", re.I)
# a period given on a day the sentence opens with: "On Monday the branch issued the university with a 14-day ultimatum", or
# written after the subject: "The company on Monday issued a seven-day ultimatum"
_SUBJECT_ON = re.compile(r"\s*(?:The|Its|Their|[A-Z][\w'\u2019-]*)(?:\s+[\w'\u2019-]+){0,3}?\s+on\s+")
_GIVEN_AFTER = re.compile(
    r"[\s,]+(?:[A-Za-z][\w'\u2019-]*\s+){0,4}?(?:has\s+|have\s+|had\s+)?(?P<verb>issued|served|signed|imposed|declared|launched|introduced|gave)\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:with\s+)?(?:a|an|the|its|their)\s+[^,;:.!?]{0,40}?\Z", re.I
)
# an event that begins a period, dated where the article tells of it: "Its publication begins a 28-day period"
# "a period that begins on the date of the notice", "which runs from the day of the decision": a start told by its event
_BEGINS_ON_DATE_OF = re.compile(
    r"\s+(?:that|which)\s+(?:begins|began|starts|started|runs|ran)\s+(?:on|from)\s+the\s+(?:date|day)\s+of\s+(?:the|its|their)\s+(?P<noun>[a-z]{4,})\b"
    # "a 17-day waiting period that follows a conciliation officer's report": it starts on the day of what it follows
    r"|\s+(?:that|which)\s+(?:follows|followed|comes\s+after|came\s+after)\s+(?:a|an|the|its|their)\s+(?:[^\s.,;:!?]+\s+){0,5}?(?P<followed>[a-z]{4,})(?=\s*[.,;:!?]|\s*\Z)", re.I
)
_BEGUN_BY = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?P<event>[a-z]{4,})\s+(?:(?:will|would|also)\s+)?(?:begins?|starts?|opens?|triggers?|triggered|began|started|opened)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?\Z", re.I
)
# a period that opened with an event, said after its noun: "The 30-day comment window opened with its publication"
_OPENED_WITH = re.compile(
    r"\s+(?:(?:will|would)\s+)?(?:opened|opens|open|began|begins|begin|started|starts|start|commenced|commences)\s+(?:with|on|upon)\s+(?:the|its|their)\s+(?P<event>[a-z]{4,})\b", re.I
)
# an act dated just before a participle that opens a period: "was published on Monday, Sept. 14, starting the clock on the
# comment period", "on 2 March, opening a 28-day window"
_OPENING_AFTER = re.compile(
    r",?\s+(?:and\s+)?(?P<verb>starting|opening|beginning|triggering|launching|kicking\s+off)\s+(?:the\s+clock\s+(?:on|for)\s+)?(?:a|an|the|its|their)\s+", re.I
)


def _opened_after(text: str, end: int, nouns: list[PeriodNoun]) -> tuple[str, PeriodNoun] | None:
    """The verb and the period a participle just after a date opens, if one does."""
    m = _OPENING_AFTER.match(text, end)
    if m is None:
        return None
    noun = next((n for n in nouns if not n.verb and m.end() <= n.start <= m.end() + 40 and not _PUNCTUATION.search(text, m.end(), n.start)), None)
    return (m.group("verb").lower(), noun) if noun is not None else None


# a period named in a clause of time ("while the scheme is in force,"), a participle after it starting something else
_UNDER_A_PERIOD = re.compile(r"\b(?:while|whilst|as\s+long\s+as|so\s+long\s+as|for\s+as\s+long\s+as)\s+(?:the|its|their|a)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|remains?|stays?)\s+(?:in\s+force|in\s+place|in\s+effect|running|open|on)\s*,\s*(?:starting|beginning|commencing)\s+(?:on\s+|from\s+)?\Z", re.I)
# a start verb whose "on" comes after a phrase with no punctuation: "commenced with the filing of a circular … on Sept. 10"
_LATE_START = re.compile(
    r"\b(?P<verb>commenced|began|started|opened|took\s+effect|came\s+into\s+force)\s+(?:with|by|after|at|in)\b[^,;:.!?\d]{0,160}?\s+on\s+\Z", re.I
)
# "a culvert that collapsed … can be replaced": a modal passive's subject is the word before it too
# "while scaffolding is moved", "demanding that the levy be suspended": the subject of a passive move word
_PASSIVE_BEFORE = re.compile(
    r"([\w'\u2019-]+)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|(?:is|are|was|were)\s+being|(?:can|could|may|might|must|should|would|to)\s+be|be)\s+\Z", re.I
)
# a passive's helper just before a move word, whatever stands before it ("the window, …, has been extended")
_SUBJECT_MOVED = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+\Z", re.I)
_GAP_WORDS = 10
# the words a fact in a sentence naming no period needs besides the strong ends (see `_orphaned`), as a cheap gate
_ORPHAN_WORDS = ("deadline", "cutoff", "cut-off", "until", "till", "last", "final", "closing", "have", "has", "had", "given", "granted", "allowed", "get", "gets", "got", "giving", "gives", "give", "gave", "granting", "grants", "grant", "allowing", "allows", "allow")
_SPACES = re.compile(r"[\s-]+")
_SENTENCE_OPENING = re.compile(r"[.!?:\"\u201c]\s*\Z")
_YEAR = re.compile(r"(?:19|20)\d\d")
_LENGTH_WORD = re.compile(r"\d|-(?:day|week|month|year|long)\b")
_POSSESSIVE = re.compile(r"['\u2019]s?\Z")
_CLAUSE_TURN = re.compile(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b")
_ERRAND_BREAK = re.compile(r"[,;:.]|\b(?:but|while|whereas|before|after|when|which|that|who|than|since)\b")
_PUNCTUATION = re.compile(r"[,;.]")
_RANGE_END = re.compile(r"\b(?:to|until|till|through|-|\u2013)\s*\Z")
_DETERMINER_END = re.compile(r"\b(?:the|its|their|a|this)\s+\Z")
_TO_A_FIGURE = re.compile(r"\s+(?:(?:that|it|this|them)\s+)?(?:up\s+|down\s+)?to\s+(?:[£$€₹]|Rs\.?\s*|KSh\s*)?\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b|pc\b|m\b|bn\b|million\b|billion\b|crore\b|lakh\b)", re.I)
_CLOCK_WORD = re.compile(r"\d{1,2}(?:[.:]?\d{2})?(?:am|pm|hrs|h)", re.I)
_CLOSING_WORD = re.compile(r"(?:closes|closed|close|closing|shut)\b")
_STAYS_CLOSED = re.compile(r"\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining)\s+(?:closed|shut)\s+(?:on\s+)?\Z", re.I)
_GENERIC_LENGTHS = frozenset({"period", "window"})
# a general period's errand, naming a kind of period: "window to lodge an appeal"
_ERRAND_OF_KIND = re.compile(r"\s+to\s+[a-z]+\s+(?:a|an|the|its|their|his|her)\s+(?P<what>[a-z]+)\b")
# "with a six-week period for bids"; "The contract, for a period of three years,": the subject's own period
_WITH_LENGTH = re.compile(
    r"\b(?:with|(?:giving|allowing|leaving|offering)(?:\s+[a-z]+){0,2}?)\s+(?:a|an)\s+[\w-]+-(?:day|week|month|year|hour)s?(?:-long)?\s+(?:[a-z]+\s+)?\Z"
    r"|\bfor\s+a\s+\Z", re.I)  # "giving firms a 28-day bidding window": the tender's own
# "It follows a 24-hour strike last Thursday": a day gone set after the noun says which one, another than the one ahead
_PAST_WHEN_AFTER = re.compile(r"\s+(?:last\s+(?:week|month|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|earlier\s+this\s+(?:week|month|year)|yesterday)\b", re.I)
_EARLIER_ONE = re.compile(r"\b(?:after|before|since|following|follows|followed|than)\s+(?:a|an)\s+\Z", re.I)
# "24 hours a day", "six days a week": a rate, not a length
_RATE_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|week|night|month|year|shift)\b", re.I)
# "…, when the stoppage ends": the clause after a date names the period it ends or starts
# "by noon on May 15, the close of a 60-day window that opened on …": the day set beside what it is the end or start of
_DAY_OF_PERIOD = re.compile(
    r",\s+(?:which\s+(?:is|was|will\s+be|marks|marked)\s+)?the\s+(?:(?P<end>close|end|last\s+day|final\s+day|expiry|closing\s+day)|(?P<start>start|opening|first\s+day|beginning))"
    r"\s+of\s+(?:a|an|the|its|their|this|that)\s+",
    re.I,
)
_WHEN_ENDS = frozenset({"ends", "end", "finishes", "expires", "lapses", "closes", "is over", "will end", "will finish", "will expire", "will close", "would end"})
_WHEN_PERIOD = re.compile(
    r",?\s+when\s+(?:the|its|their|this|that)\s+(?P<noun>(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+"
    r"(?P<verb>ends|finishes|expires|lapses|closes|is\s+over|will\s+(?:end|finish|expire|close)|would\s+end|begins|starts|opens|takes\s+effect|will\s+(?:begin|start|open))\b",
    re.I,
)
_TALLY_BY = re.compile(r"\b\d[\d,.]*\s+[^.;:!?]{0,80}?\b(?:had|have|has)\s+been\s+[a-z]+\b[^.;:!?\d]{0,60}?\s+by\s+" + _CLOCK + r"\Z", re.I)
_WITHIN_KINDS = frozenset({"window", "appeal", "deadline", "ultimatum", ""})
# a date range however it is joined: "24 Nov to 8 Dec", "Jan. 5 through Feb. 5", "3 July–28 August",
# "from 6am on 10 March to 6am on 12 March" (a time of day before the second date), "between 1 June and 20 June"
_TIME_OF_DAY = r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{2}[:.]\d{2}|noon|midday|midnight)"
# "from Wednesday's judgment to": a weekday's event, then the range's end
_DAYS_EVENT_TO = re.compile(r"['\u2019]s\s+[a-z]+\s+(?:to|until|till)\s+")
_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|thru|-|\u2013|\u2014)\s*(?:(?:at\s+)?" + _TIME_OF_DAY + r",?\s+(?:on\s+)?)?(?:the\s+)?", re.I)
_AND_GAP = re.compile(r"\s*and\s*(?:(?:at\s+)?" + _TIME_OF_DAY + r",?\s+(?:on\s+)?)?(?:the\s+)?", re.I)
# a range of days an act was done over: "Notices were served between May 8 and May 12"
_ACT_BETWEEN = re.compile(r"\b(?:were|was|been)\s+[a-z]+ed\s+(?:[\w-]+\s+){0,3}?between\s+\Z", re.I)
# "from the release of documents on Monday, March 9, to the close of bids at 10:00 GMT on Thursday, April 16"
_FROM_EVENT_ON = re.compile(r"\bfrom\s+the\s+(?:[\w'\u2019-]+\s+){1,4}?on\s+\Z", re.I)
_TO_EVENT_ON = re.compile(r",?\s+(?:to|until|till)\s+the\s+(?:[\w'\u2019-]+\s+){1,4}?(?:at\s+[\d:.]+\s*(?:am|pm|a\.m\.|p\.m\.|hrs|[A-Z]{2,4})?\s+)?on\s+", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:(?:at\s+)?" + _TIME_OF_DAY + r",?\s+(?:on\s+)?)?(?:the\s+)?\Z", re.I)


def _head_nouns(text: str, start: int, end: int, nouns: list[PeriodNoun], k: PeriodKnowledge, quoted, named_heads: dict[str, PeriodNoun]) -> list[PeriodNoun]:
    """"The order", "that period": the last word of a period named earlier in several words, pointing back at it."""
    found = []
    for m in k.head_re.finditer(text, start, end):
        earlier = named_heads.get(m.group("head").lower())
        if earlier is None or quoted(m.start()) or any(n.start < m.end() and m.start() < n.end for n in nouns):
            continue
        if _WORD_AFTER.match(text, m.end()) and _WORD_AFTER.match(text, m.end()).group(1).lower() in k.heads:
            continue  # "the order book": the word qualifies another noun
        found.append(PeriodNoun(m.start("head"), m.end("head"), earlier.kind, earlier.qualifier, earlier.purpose, earlier.several, earlier.marker, earlier.plural, True, False))
    return found


def _what_from(text: str, m: re.Match, start: int) -> str | None:
    """What tells two periods told by one verb apart: what a verb ending in "from" keeps one from ("banned from
    driving": driving), or whom a verb ending in "for" is done to ("suspended the club for", "Okafor was suspended for")."""
    if m.group("object"):
        return m.group("object").split()[-1].lower()
    if m.group("verb").lower().endswith(" for"):
        subject = _DONE_TO.search(text, max(start, m.start() - 60), m.start())
        return subject.group("who").lower() if subject and subject.group("who").lower() not in _PERSONAL_PRONOUNS else None
    if not m.group("verb").lower().endswith(" from"):
        return None
    after = _WORD_AFTER.match(text, m.end())
    return after.group(1).lower() if after else None


# "Okafor was suspended for", "Dublin City have been banned for": the one the passive verb is done to
_DONE_TO = re.compile(
    r"(?<![\w'\u2019-])(?P<who>(?-i:[A-Z])[\w'\u2019-]+)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+(?:also\s+|later\s+|then\s+|now\s+)?\Z", re.I)
_PERSONAL_PRONOUNS = frozenset("he she they it we i you this that who which".split())


def _verb_nouns(text: str, start: int, end: int, k: PeriodKnowledge, quoted) -> list[PeriodNoun]:
    """Periods told by their verb ("members would walk out for a fortnight"): the one period of that kind the article names."""
    return [
        PeriodNoun(m.start(), m.end(), verb_kind(k, m), _what_from(text, m, start), None, False, None, False, True, False, verb=True)
        for m in k.verb_re.finditer(text, start, end)
        if not quoted(m.start()) and not ((m.group("verb") or m.group("head")).lower().startswith("suspended") and _HELD_OVER.search(text, max(start, m.start() - 40), m.start()))
        and not (m.group("object") and m.group("object").split()[-1].lower() in _HELD_OBJECTS)
    ]


_HELD_OBJECTS = frozenset({"sentence", "sentences", "term", "terms", "order", "orders"})  # "suspended the sentence for two years": held over, not a ban


# "jailed for 12 weeks, suspended for 18 months", "a sentence suspended for two years": a term held over, not a ban
_HELD_OVER = re.compile(r"\b(?:sentences?|terms?|jail|prison|custody|imprisonment|detention|days?|weeks?|months?|years?)[\s,]+(?:(?:which|that)\s+)?(?:(?:is|was|were|are|been|be|has|had|will)\s+)*\Z", re.I)


_COUNTED_BEFORE = re.compile(r"(?:\b\d+(?:,\d{3})*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))\s+(?:[a-z][\w-]*\s+){0,2}\Z", re.I)


# a plural owned by the people of a relative clause ("people who want to speak to their submissions"): their own things
_THEIR_OWN = re.compile(r"\b(?:who|that)\s+[^,;.!?]{0,40}?\btheir\s+(?:own\s+)?\Z", re.I)


# what is shown: the subject of "will be on (public) exhibition", its head word, an apposition after it left out ("The draft
# Council Plan, a four-year strategy, will be on exhibition"); two things on show are two displays
_SHOWN_KINDS = frozenset({"display"})
_SHOWN_SUBJECT = re.compile(
    r"\s*(?:[\w'\u2019-]+\s+){0,5}?(?P<head>(?!(?:it|they|this|these|that|those)\b)[A-Za-z][a-z]{2,})(?:,[^,.;]{1,60},)?\s+"
    r"(?:will\s+(?:also\s+)?be|is|are|was|were|goes|go|went|remains?|stays?)\s+on\s+(?:public\s+)?\Z"
)


def _kind_named(word: str, k: PeriodKnowledge) -> str | None:
    """The kind of period a word names, by one of its forms or its own name ("appeal"), or None."""
    return k.kinds.get(word) or (word if word in k.kinds.values() else None)


def _nouns(text: str, start: int, end: int, k: PeriodKnowledge, quoted) -> list[PeriodNoun]:
    found = []
    for m in k.noun_re.finditer(text, start, end):
        if quoted(m.start()):
            continue
        form = _SPACES.sub(" ", m.group("noun").lower())
        kind = k.kinds.get(form)
        if kind is None:
            continue
        if not m.group("plural") and _VERB_BEFORE_NOUN.search(text, max(start, m.start() - 12), m.start()):
            continue  # "free to strike", "holders can tender", "will ban": the verb, not the period
        head = _WORD_AFTER.match(text, m.end())
        if head and head.group(1).lower() in k.heads:
            continue  # "the trial zone", "the strike ballot": the period noun qualifies another noun
        if m.group("noun")[0].isupper() and m.start() > start and not _SENTENCE_OPENING.search(text[max(start, m.start() - 3):m.start()]):
            continue  # "the Trial of the Century", "Strike Force Alpha": a name, not a period
        det, mods = _premodifiers(text, max(start, m.start() - 60), m.start())
        if kind in GENERIC_PERIOD_WORDS and mods and (told := k.kinds.get(mods[-1])) is not None and told not in GENERIC_PERIOD_WORDS:
            # "The consultation window opens on Monday 24 August": the consultation's own window, one period
            if found and found[-1].kind == told and not text[found[-1].end : m.start()].strip():
                found.pop()
            kind, mods = told, mods[:-1]
        elif kind in _GENERIC_LENGTHS and (errand := _ERRAND_OF_KIND.match(text, m.end(), end)) is not None \
                and (told := _kind_named(errand.group("what").lower(), k)) is not None and told not in GENERIC_PERIOD_WORDS:
            kind = told  # "its six-month window to lodge an appeal": the appeal's own window, one period with "can appeal within"
        if m.group("noun").lower().endswith("s") and _COUNTED_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            continue  # "61 technical submissions had been received": things counted, not a period
        if (m.group("plural") or m.group("noun").lower().endswith("s")) and _THEIR_OWN.search(text, max(start, m.start() - 60), m.start()):
            continue  # "Hearings for people who want to speak to their submissions will be held …": the people's papers
        # "the strikes", "two bans" are several; "the notice inviting tenders" speaks of tenders in general
        plural = bool(m.group("plural")) and bool(det or mods)
        if m.group("plural") and not plural and kind in k.singular_only:
            continue  # "Bids are due", "in terms of": things in general, not a period that runs for a time
        several = plural or any(w in k.several or _YEAR.fullmatch(w) for w in mods)
        quals = [w for i, w in enumerate(mods) if w not in k.same and w not in k.several and not _LENGTH_WORD.search(w) and not _currency_of(mods, i)]
        qualifier = _POSSESSIVE.sub("", quals[-1]) if quals else None
        year = next((w for w in mods if _YEAR.fullmatch(w)), None)
        purpose = _FOR_PURPOSE.match(text, m.end(), end)
        refers_back = det in _BACK_DETERMINERS
        what = purpose.group("what").lower() if purpose and m.group("noun").lower() in ("deadline", "closing date", "cut-off", "cutoff") else None
        marker = next((w for w in reversed(mods) if w in k.several), None) or year  # "the 2016 strike" is another strike
        set_apart = False  # told apart from the one last named, so no pointer back at it
        if marker is None and _SET_APART.search(text, max(start, m.start() - 40), m.start()):
            marker, several = "separate", True  # "The review is separate from consultation on the draft plan": another one
        elif marker is None and det == "that" and not mods and _SET_APART_BEFORE.search(text, max(0, start - 300), start):
            # "The consultation is separate from the council's review of its plan. That consultation was extended to 6
            # March": "that" points at the other one the sentence before named
            marker, several = "separate", True
        elif marker is None and det == "that" and not mods and (gone := _OTHER_YEAR_BEFORE.search(text, max(0, start - 300), start)):
            # "The path was last closed for three weeks in 2022. That closure ran from 7 March to 28 March": "that" points
            # at the one of the year the sentence before named
            marker, several = gone.group(1).lower(), True
            set_apart = True
        if marker is None and (where := _PLACE_AFTER.match(text, m.end(), end)) is not None and where.group("noun").lower() in k.place_nouns:
            marker = f"{where.group('mod').lower()} {where.group('noun').lower()}"  # "the 61-day ban on the east coast": another, that coast's
        when = _TIME_POSSESSIVE.search(text, max(start, m.start() - 50), m.start()) or _OPENING_TIME.match(text, start, m.start()) \
            or _PAST_TIME_AFTER.match(text, m.end(), end) \
            or (_SERVED_BEFORE.search(text, max(start, m.start() - 40), m.start()) and _MONTH_AFTER.match(text, m.end(), end))
        if when and (when.group(1) or "").lower() == "this":
            qualifier = None  # "this year's consultation" is the article's own
        elif when:  # "last year's consultation", "2025's strike": another one
            marker, several, qualifier = when.group(0).strip().lower(), True, None
        if qualifier is None and not when and kind in _GENERIC_KINDS and " " in form and form.split()[0] not in GENERIC_PERIOD_WORDS \
                and form.split()[0] not in k.kinds:  # "strike notice": the strike's own notice, not a window of its own name
            qualifier = form.split()[0]  # "an eight-week objection period" beside "a 12-week registration window": two windows
        if qualifier is None and (shown := _SHOWN_SUBJECT.match(text, start, m.start())) is not None and kind in _SHOWN_KINDS:
            qualifier = shown.group("head").lower()  # "The draft Council Plan will be on exhibition": the plan's, not the budget's
        subject = next((n for n in reversed(found) if n.kind not in _GENERIC_LENGTHS and not n.several), None)
        if kind in _GENERIC_LENGTHS and subject is not None and _WITH_LENGTH.search(text, max(start, m.start() - 40), m.start()) and not _CLAUSE_TURN.search(text, subject.end, m.start()):
            # "The tender opened on Monday, October 5, with a six-week period for bids": the tender's own period, not another
            found.append(PeriodNoun(m.start(), m.end(), subject.kind, subject.qualifier, subject.purpose, subject.several, subject.marker, subject.plural, True, False))
            continue
        if form == "closing date" and what is None and det in ("the", "its", "their") and not mods and subject is not None \
                and not _CLAUSE_TURN.search(text, subject.end, m.start()):
            # "extended its offer by two weeks, pushing the closing date to July 22": the closing date of what the
            # sentence named before it (a strike or a ban has none: only what closes has a closing date)
            found.append(PeriodNoun(m.start(), m.end(), subject.kind, subject.qualifier, subject.purpose, subject.several, subject.marker, subject.plural, True, False))
            continue
        found.append(PeriodNoun(m.start(), m.end(), kind, qualifier, what, several, marker, plural, refers_back, det in ("a", "an"),
                                pointing=det in ("that", "this") and not mods and marker != "separate" and not set_apart))
    return found


# where a period holds, said after its noun with a word telling which: "the 61-day ban on the east coast"
_PLACE_AFTER = re.compile(r"\s+(?:on|in|along|across)\s+the\s+(?P<mod>[a-z][\w-]*)\s+(?P<noun>[a-z]+)\b")
# a period the sentence sets apart from what it is about: "is separate from consultation on the draft plan"
_SET_APART_BEFORE = re.compile(r"\b(?:separate|distinct|different|apart)\s+from\b[^.!?]*[.!?][\"\u201d]?\s*\Z", re.I)
# the sentence before a pointing "that" names another year: "… was last closed for three weeks in 2022."
_OTHER_YEAR_BEFORE = re.compile(r"\b(in\s+(?:19|20)\d\d|last\s+year|the\s+previous\s+year)\b[^.!?]*[.!?][\"\u201d]?\s*\Z", re.I)
_SET_APART = re.compile(r"\b(?:separate|distinct|different|apart)\s+from\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}\Z", re.I)


# "last year's consultation on Sunday services", "next month's strike": a period of another time
_TIME_POSSESSIVE = re.compile(
    r"\b(?:(last|next|previous|this)\s+(?:year|month|week|season|summer|winter|spring|autumn)|(?:19|20)\d\d"
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November|December))['\u2019]s\s+(?:[\w-]+\s+){0,2}\Z",
    re.I,
)  # ("During April's three-day strike": a month's, another one)
# "served a four-week suspension last summer": a period of a time gone by, told after its noun
_PAST_TIME_AFTER = re.compile(r"\s+((?:last|the\s+previous)\s+(?:year|month|season|summer|winter|spring|autumn))\b", re.I)
# "He served a four-day ban in November": one served in a month named after it is a past one, not the article's
_SERVED_BEFORE = re.compile(r"\b(?:served|completed|received|was\s+given|was\s+handed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}\Z", re.I)
_MONTH_AFTER = re.compile(r"\s+(in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b")
# "Last year it extended the comment period on a related proposal …": a sentence opening on another year
_OPENING_TIME = re.compile(r"\s*[\"\u201c]?(" + OPENING_YEAR + ")")
_WORD_AFTER = re.compile(r"[\s-]+([a-z][\w-]*)")
_VERB_BEFORE_NOUN = re.compile(r"\b(?:to|can|could|will|would|may|might|must|shall|should|cannot|not)\s+\Z")  # lower case: "the 2 May deadline"
_WORD_BEFORE = re.compile(r"([\w'\u2019-]+),?\s+\Z")


def _premodifiers(text: str, lo: int, pos: int) -> tuple[str, list[str]]:
    """The determiner before a noun ("the", "a", or "") and the words between it and the noun, lower-cased.

    Walks back over at most three words and stops at a determiner, a function word,
    a verb form ("-ed", "-ing") or punctuation: in "has launched a ten-week public
    consultation" the modifiers are "ten-week public".
    """
    mods: list[str] = []
    while len(mods) < 3:
        m = _WORD_BEFORE.search(text, lo, pos)
        if m is None:
            return "", mods
        word = m.group(1).lower()
        if word in _DETERMINERS:
            return word, mods
        if word in _NOT_QUALIFIERS or word.endswith(("ed", "ing", "ly")) and not word.endswith(("-led", "-ing")):
            return "", mods
        if _VERB_BEFORE_NOUN.search(text, max(lo, m.start() - 12), m.start()):
            return "", mods  # "able to lodge submissions": "lodge" is the verb, not a kind of submission
        mods.insert(0, word)
        pos = m.start()
    return "", mods


def _currency_of(mods: list[str], i: int) -> bool:
    """True when a modifier is the currency of the amount after it ("a Rs 400-crore issue", "a US$ 2m deal"): no qualifier."""
    return i + 1 < len(mods) and mods[i + 1][:1].isdigit() and (len(mods[i]) <= 3 or not mods[i].isalpha())


_DETERMINERS = frozenset({"the", "its", "their", "this", "that", "his", "her", "our", "a", "an", "any", "no", "each", "every", "both"})


# a period named as a point in time before an errand ("Vendors holding stock caught before the ban must declare it by
# tomorrow, Friday, May 29"): the errand's day, not the period's
_POINT_BEFORE = re.compile(r"\b(?:before|after|prior\s+to)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)
_MUST_BETWEEN = re.compile(r"\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|are\s+required\s+to|is\s+required\s+to)\b", re.IGNORECASE)

def _owner(nouns: list[PeriodNoun], pos: int, text: str, s_start: int = 0, accounts: re.Pattern[str] | None = None) -> PeriodNoun | None:
    """The period a fact at pos belongs to: the nearest noun before it in its clause, else the sentence's only kind.

    A noun written after the fact owns it only when the fact opens the sentence ("From Monday the ban
    applies"): in "The summer term ends on 22 July, meaning … of the closure" the end is the term's.
    """
    # "Once tenders close, an evaluation panel will assess them from 17 March": a period named in a clause of time opening
    # the sentence is when the main clause happens, not what its days are of
    nouns = [n for n in nouns if not (n.end <= pos and _FRONTED_TIME_CLAUSE.match(text, s_start, n.start) and "," in text[n.end : pos])]
    # "checkers who are not part of the strike, from noon Saturday": a period the clause says is not its subject owns nothing
    before = [n for n in nouns if n.end <= pos and not _DENIED.search(text, max(s_start, n.start - 30), n.start)
              and not (_DURING.search(text, max(s_start, n.start - 30), n.start) and not _RELATIVE_AFTER.match(text, n.end))
              and not (_POINT_BEFORE.search(text, max(s_start, n.start - 20), n.start) and _MUST_BETWEEN.search(text, n.end, pos))]
    if not before and len(_WORDS.findall(text, s_start, pos)) > _OPENING_WORDS:
        return None
    if before:
        nearest = before[-1]
        gap = text[nearest.end:pos]
        while len(before) > 1 and before[-2].kind not in RESPONSE_KINDS and _OBJECT_OF.fullmatch(text, before[-2].end, nearest.start):
            # "The 21-day consultation on the scheme, submitted by X, opened on": the consultation opened ("Comments on
            # the consultation must arrive by" is the consultation's end, the comments being its own)
            before.pop()
            nearest = before[-1]
        if len(before) > 1 and nearest.kind in RESPONSE_KINDS and before[-2].kind not in RESPONSE_KINDS and _ERRAND_BETWEEN.fullmatch(text, before[-2].end, nearest.start):
            nearest = before[-2]  # "a 28-day window to lodge comments, running from …": the window runs, the comments are its errand
        if accounts is not None and accounts.search(text, max(s_start, nearest.start - 60), nearest.start):
            return None  # "will publish a review of the freeze by Sept. 30, 2027": the review's day, not the freeze's end
        if _OTHER_THING_BEFORE.search(gap):
            return None  # "within the consultation, even allowing for the half-term break from Monday 16": the break's days
        if ";" in gap:
            return None  # "nominations portal 18 May to 1 June; campaigns 10 June to 5 November": another item's days
        if _NEW_SUBJECT.search(gap):
            return None
        if (head := _ANOTHER_HEAD.search(text, max(s_start, nearest.start - 40), nearest.start)) and not any(n.start == head.start("head") for n in nouns):
            return None  # "and replies to those comments are due by June 11": the replies' day, not the comments'
        if len(gap.split()) <= _GAP_WORDS and not _CLAUSE_TURN.search(gap):
            return nearest
        if len(gap.split()) <= 2 * _GAP_WORDS and not _CLAUSE_TURN.search(gap) and _OPENS_THEN_CLOSES.search(gap):
            return nearest  # "An eight-week objection period on the draft fee regulations opens on Monday 16 February and closes on"
    if before and (own := _OWN_LENGTH.search(text, before[-1].end, pos)) is not None and "," in text[before[-1].end : own.start()]:
        return None  # "…, and ordered it to publish notices within 60 days of the orders, that is, by 15 September": that length's end
    # "questions until 4 September, one week before tenders close": a period named later only as a reference point owns nothing
    nouns = [n for n in nouns if n.end <= pos or not _REFERENCE_POINT.search(text, max(0, n.start - 40), n.start)]
    kinds = {n.kind for n in nouns}
    if len(kinds) == 1:
        if before and before[-1].end < pos and _SUBJECT_OF_ITS_OWN.search(text, max(before[-1].end, pos - 80), pos):
            return None  # "… on submissions in May, before … and the new rates take effect on 1 July": the rates' day
        return nouns[0] if not before else before[-1]
    return None


# a clause with a subject of its own and its verb of starting, just before the day: "and the new rates take effect on"
_SUBJECT_OF_ITS_OWN = re.compile(
    r"\b(?:and|but|while|when|before|after|as)\s+(?:the|its|their|a|an|new)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z]+\s+"
    r"(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+)?(?:takes?|took|comes?|came)\s+(?:into\s+)?(?:effect|force)\s+(?:on\s+|from\s+)?\Z", re.I)


# "for 90 days under a moratorium": the period a length is served under
_UNDER_PERIOD = re.compile(r"\s+under\s+(?:a|an|the|its|their|this|new)\s+(?:[\w'\u2019-]+\s+){0,2}?", re.I)
_WORDS = re.compile(r"[\w'\u2019-]+")
# a clause with a subject of its own between a period and a day: "the day after the freeze is set to end, notice would
# have to be delivered by April 2": the day is that subject's
_NEW_SUBJECT = re.compile(r",\s+(?!(?:it|this|that|which|who|they|and|but)\b)(?:the\s+|a\s+|an\s+)?[a-z]+\s+(?:would|will|must|should|can|could|may|might)\b")
# the head noun of a new subject the period's noun only qualifies: ", and replies to those comments"
_ANOTHER_HEAD = re.compile(r"(?:,|;|\band\b)\s+(?:the\s+|any\s+)?(?P<head>[a-z]{4,})\s+(?:to|on|for|about|against)\s+(?:the|those|these|its|their|such)\s+\Z")
# the period's own two verbs, its opening and then its close, before the day a fact gives
_OPENS_THEN_CLOSES = re.compile(r"\b(?:opens|opened|will\s+open|starts|started|will\s+start|begins|began|will\s+begin)\b[^,;:]*\band\s+(?:closes|closed|will\s+close|ends|ended|will\s+end|expires|runs\s+until)\s+(?:on\s+|at\s+[^,;:]{1,20}\s+on\s+)?\Z", re.I)
# a length counted from another act ("within 60 days of the orders"): an end after it is that count's
_OWN_LENGTH = re.compile(r"\bwithin\s+(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?)\s+(?:of|from|after)\b", re.I)
_FRONTED_TIME_CLAUSE = re.compile(r"\s*[\"\u201c]?(?:once|when|after|as\s+soon\s+as|until|whenever)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,2}\Z", re.I)
# after a comma, a noun phrase of its own just before the fact: the day or range is that thing's
_OTHER_THING_BEFORE = re.compile(r",[^,;]*\b(?:for|during|including|excluding|besides|except|as\s+well\s+as)\s+(?:the|a|an|its|their|this)\s+(?:(?!(?:from|on|between)\b)[\w'\u2019-]+\s+){1,3}(?:from\s+|on\s+|between\s+)?\Z", re.I)
RESPONSE_KINDS = ("submissions", "comments")  # what the public sends a consultation, by the nouns of rules/periods.yaml
_ERRAND_BETWEEN = re.compile(r"\s+(?:in\s+which\s+)?to\s+[a-z]+\s+(?:(?:any|their|written|formal)\s+)?", re.I)
_OBJECT_OF = re.compile(r"\s+(?:on|of|for|into|about|over)\s+(?:the|a|an|its|their|this|that)\s+(?:[\w'\u2019-]+\s+){0,2}?", re.I)
# "As well as today's strike, members are refusing to work overtime for two weeks from …": an aside owns nothing either
_DENIED = re.compile(
    r"(?:\bnot\s+(?:part\s+of|involved\s+in|taking\s+part\s+in|covered\s+by|affected\s+by|subject\s+to|included\s+in|on)"
    r"|\b(?:as\s+well\s+as|besides|in\s+addition\s+to|apart\s+from|alongside|on\s+top\s+of))"
    r"\s+(?:the|this|that|its|their|(?:to|yester)day['\u2019]s)\s+(?:[\w-]+\s+)?\Z",
    re.I,
)
# a period named as the time another clause's act falls in ("Owners whose registrations lapse during the freeze would have 60
# days …") owns nothing of that clause; its own relative clause is its ("during the suspension, which expires on 28 May")
_DURING = re.compile(r"\b(?:during|throughout)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?\Z", re.I)
_RELATIVE_AFTER = re.compile(r",?\s+(?:which|that)\b", re.I)
_OPENING_WORDS = 4  # "From 9pm on Monday", "No later than 5pm on": words a date may open a sentence with
_REFERENCE_POINT = re.compile(r"\b(?:before|after|ahead\s+of|following)\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:[\w'\u2019-]+\s+)?\Z", re.I)


# what is left of a period, not its length: "Residents have one week left to comment", "with ten days to go"
_LEFT_AFTER = re.compile(r"\s+(?:left|remaining|to\s+go|still\s+to\s+run)\b", re.IGNORECASE)

def read_period_facts(
    text: str,
    sentences: list[tuple[int, int]],
    dates: list[DateMention],
    durations: list[Duration],
    weekdays: list[WeekdayMention],
    knowledge: PeriodKnowledge,
    quoted=lambda pos: False,
    previous: PeriodNoun | None = None,
    named_heads: dict[str, PeriodNoun] | None = None,
) -> tuple[list[PeriodFact], list[PeriodNoun], list[PeriodNoun], PeriodNoun | None]:
    """Return the period facts of one block, its period nouns, the nouns said to have moved, and the last plain noun.

    `previous` is the last plain period noun before the block ("the consultation", not
    "a second consultation"): a sentence that names no period but says "It closes on …"
    or gives a clear end ("must arrive no later than 30 March") is about that period, and so is what a sentence
    opening "It closes on …" says before the periods it names itself ("It closes on Friday 11 April, and the company
    will publish a final timetable in May").
    `named_heads` maps the last word of a period named earlier in several words ("order" of "a banning
    order") to that mention, so that "The order … runs from 14 October" is that period; it is updated here.
    """
    if named_heads is None:
        named_heads = {}
    facts: list[PeriodFact] = []
    all_nouns: list[PeriodNoun] = []
    moved: list[PeriodNoun] = []
    last_nouns: list[PeriodNoun] = [previous] if previous else []
    last_plain = previous
    named = may_name_period(text, knowledge)
    dates, durations, weekdays = (sorted(items, key=lambda x: x.start) for items in (dates, durations, weekdays))
    date_starts, duration_starts, weekday_starts = ([x.start for x in items] for items in (dates, durations, weekdays))
    pending: list[int] = []  # facts of the sentence before that named no period: "That window …" may name it
    named_before = previous is not None  # whether the sentence before named a period ("It was extended" is then its move)
    # "A separate application, relating to the two flats above the bar, has been made … That application follows its own
    # procedure: the 28-day period for objections runs from …": a paragraph that opens on another matter is that matter's
    # ("Keogh's mother … was sentenced separately last month … She received a five-year prohibition order": hers, too)
    # ("The rider of Ballyheigue Bay, Seán O'Keeffe, also had his case heard on Tuesday": another person's case)
    apart = bool(sentences) and bool(_ANOTHER_MATTER.match(text, sentences[0][0]) or _DONE_SEPARATELY.search(text, sentences[0][0], sentences[0][1])
                                     or _ALSO_SOMEONE_ELSE.search(text, sentences[0][0], sentences[0][1])
                                     # ("At Essentia Health, where a separate agreement covers …, the union has called a one-day strike")
                                     or _A_SEPARATE.search(text, sentences[0][0], sentences[0][1]))
    it_taken = False  # the sentence before named no period, and opened on a subject of its own that "It" may point back to
    for s_start, s_end in sentences:
        before, pending = pending, []
        nouns = _nouns(text, s_start, s_end, knowledge, quoted) + _verb_nouns(text, s_start, s_end, knowledge, quoted) if named else []
        # "are not on strike": a period said not to hold names none
        nouns = [n for n in nouns if not _NOT_ON.search(text, max(s_start, n.start - 12), n.start)]
        if named and named_heads:
            nouns += _head_nouns(text, s_start, s_end, nouns, knowledge, quoted, named_heads)
        nouns.sort(key=lambda n: n.start)
        real = list(nouns)
        for n in real:
            last = _SPACES.split(text[n.start : n.end].lower())[-1]
            if not n.verb and n.end - n.start > len(last) and knowledge.head_re.fullmatch(f"the {last}"):
                named_heads[last] = n  # "a banning order": "the order" may name it from now on
        sentence = text[s_start:s_end]
        carried, strong_only = False, False
        closing = _closing_verbs(text, s_start, s_end, sentence, quoted, knowledge) if named else []
        it_noun = None
        if it_taken and _IT_SUBJECT.match(sentence):
            last_nouns = []  # "The inquiry itself was originally listed for … It will now open on …": the inquiry, no period
        it_taken = not nouns and not closing and bool(_OTHER_SUBJECT.match(sentence))
        if not nouns and not closing and last_nouns and len({n.kind for n in last_nouns}) == 1 and _IT_SUBJECT.match(sentence):
            nouns, carried = [last_nouns[-1]], True  # "It closes on 4 May": the period of the sentence before
        elif (nouns or closing) and last_nouns and len({n.kind for n in last_nouns}) == 1 and (it := _IT_SUBJECT.match(sentence)):
            # "It closes on Friday 11 April, and the company will publish a final timetable in May": what comes before the
            # sentence's own periods is said of the period of the sentence before
            it_noun = (last_nouns[-1], min(n.start for n in nouns + closing)) if min(n.start for n in nouns + closing) > s_start + it.end() else None
        elif not nouns and not closing:
            # ("Their own pay ballot closes on Friday 26 February": another's, not the period before)
            nouns, carried, strong_only = [_NOBODY if _OWN_OPENING.match(sentence) else last_plain or _NOBODY], True, True
        carried_noun = nouns[0] if carried else None
        if _SEPARATELY.match(sentence) or apart:
            # "Separately, a four-week consultation on parking …", "Separately, the A39 will be closed …": what the
            # sentence brings in is another period, as "a separate consultation" is
            closing = [replace(n, marker="separately", several=True) for n in closing]
            # "Separately, the council's consultation on its local plan … now closes on Friday 10 April": another matter
            nouns = [replace(n, marker="separately", several=True) if n is not carried_noun else n for n in nouns]
        nouns = sorted(nouns + closing, key=lambda n: n.start)  # "The bridge will close …" names its own closure
        all_nouns += [n for n in nouns if n is not carried_noun]
        named_here = bool(real)
        if not nouns:
            last_nouns, named_before = [], named_here
            continue
        if not strong_only:  # "It was extended again, to 31 August": the period of the sentence before moved
            for m in knowledge.moved_re.finditer(sentence):
                if _PLANNED_END.search(sentence, max(0, m.start() - 30), m.start()) and m.group().lower() == "lifted":
                    continue  # "the ban would be lifted on 12 August": its planned end, not a change to it
                if _PRONOUN_OBJECT.search(m.group()) and not _DIGIT.search(sentence):
                    continue  # "brought it forward, and the strike will now begin on 9 March" moves it; "pushed it back to allow talks" says no new day
                after = _WORD_AFTER.match(sentence, m.end())
                if after and after.group(1).lower() not in _FUNCTION_WORDS and not knowledge.noun_re.match(sentence, after.start(1)) \
                        and not (m.group().lower().endswith(" to") or m.group().lower().endswith("ly") and after.group(1).lower() in _PLANNED_WORDS
                                 and any(s_start + m.end() <= d.start < s_end for d in (*dates, *weekdays))):
                    # ("had been slated to open", "had originally been slated to open on December 7": the day the period had;
                    # not "initially approved a … issue", nor "had originally been pencilled in for late February", no day,
                    # nor "initially expected around 390,000 passenger journeys to be lost", a figure's estimate)
                    continue  # "revised conditions", "a new fleet": the word changes another noun, not the period
                if _moves_other_object(sentence, m.end(), knowledge):
                    continue  # "an application to extend its quarry": the verb moves another thing, not the period
                if _TO_A_FIGURE.match(sentence, m.end()):
                    continue  # "offered 3.5%, but revised that to 4.1% … to avert the strike": a figure moved, not the period
                passive = _PASSIVE_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
                # "The consultation, which was extended by a fortnight": the period the relative clause hangs on moved
                its_own = passive is not None and passive.group(1).lower() == "which" and any(0 <= s_start + passive.start(1) - n.end <= 2 for n in nouns)
                # ("That tender's closing date had been pushed back": a noun of several words ends on the subject's word)
                ends_a_noun = passive is not None and any(n.end == s_start + passive.end(1) for n in nouns)
                if passive and not its_own and not ends_a_noun and passive.group(1).lower() not in _OWN_SUBJECT and not knowledge.noun_re.fullmatch(passive.group(1)):
                    continue  # "while scaffolding is moved": something else moved
                if passive and passive.group(1).lower() in _PRONOUNS and not named_before and real and all(n.start >= s_start + m.end() for n in real):
                    continue  # "The 2018 review … It was dropped after a consultation drew 400 responses": the review moved
                if m.group().lower() in ("moved", "moving") and not _MOVED_WHERE.match(sentence, m.end()):
                    continue  # "Councillor Fraser, who moved the suspension": proposed it; "moved the hearing to 5 May" moves it
                if _WIDER_PLACE.match(sentence, m.end()):
                    continue  # "the spring closure is extended to the whole of the bank": wider, not longer
                if _LENGTH_SUSPENDED.search(sentence, max(0, m.start() - 30), m.start()) and m.group().lower() == "suspended":
                    continue  # "with a further six weeks suspended for two years": part of the term held over, not a halt
                if any(n.verb and n.start <= s_start + m.start() < n.end for n in nouns):
                    continue  # "had its licence suspended for three months": the verb that tells the ban, not a move of it
                if _PERSON_CLAUSE.search(sentence, max(0, m.start() - 80), m.start()):
                    continue  # "who stepped down in January and was replaced by Councillor Mackle": a person moved
                if _HYPOTHETICAL.search(sentence, max(0, m.start() - 60), m.start()) or _OR_HYPOTHETICAL.search(sentence, max(0, m.start() - 140), m.start()):
                    continue  # "unless extended", "must extend the bid", "called on the regulator to extend": not a move
                    # ("could lift the ban early if significant rain fell, or extend it": the modal holds both verbs)
                if not _NEGATED.search(sentence, max(0, m.start() - 30), m.start()):
                    # "reopen" ends a closure; a period brought in with "a" in this sentence is another one
                    # "the deadline for a tender … was extended": the deadline moved, not the tender it brings in
                    told = [n for n in nouns if not n.introduces] or nouns
                    # "carriers will … discharge cargo at other hubs instead during the stoppage": the stoppage only times the clause
                    # ("until the quarantine is lifted": a clause's subject; "scheduled during the four-day walkout would be
                    # postponed": a preposition's object is no subject, however near the verb)
                    told = [n for n in told if not (ref := _TIME_REFERENCE.search(text, max(s_start, n.start - 40), n.start))
                            or 0 <= s_start + m.start() - n.end <= _MOVED_NEAR and not _PREPOSITION_ONLY.match(ref.group())]
                    before_verb = [n for n in told if n.end <= s_start + m.start()]
                    if before_verb and len(told) > 1 and (_SUBJECT_MOVED.search(sentence, max(0, m.start() - 20), m.start()) or m.group().lower() in ("initially", "originally")):
                        # "the diaspora window, initially set to end alongside the main exercise, has been extended": the
                        # subject of a passive (or of "initially set") moved, with what its own phrase names ("The deadline for
                        # responses to the council's consultation, originally 9 January, has been extended"), not what an aside names
                        comma = text.find(",", before_verb[0].end, s_start + m.start())
                        subject_end = comma if comma >= 0 else s_start + m.start()
                        told = [n for n in before_verb if n.start < subject_end]
                    after_verb = [n for n in told if n.start >= s_start + m.end()]
                    if len(after_verb) > 1:
                        # "opened a new ballot to extend its mandate for industrial action": the verb's object moved, not
                        # the period a preposition after it names
                        told = [n for n in told if n not in after_verb[1:] or not _OBJECT_OF_BEFORE.search(text, max(0, n.start - 12), n.start)]
                    moved += [n for n in told if not (n.kind in _REOPENED_KINDS and m.group().lower().startswith("reopen"))]
                    if told:
                        revised_end = _revised_end(text, s_start, s_end, s_start + m.end(), m.group(), told, dates, quoted)
                        if revised_end is not None:
                            facts.append(revised_end)
                        if not m.group().lower().endswith("ly"):
                            break  # ("originally planned for Aug. 8 to 30, but the city brought it forward": the move's verb may follow)
        if strong_only and len(nouns) == 1 and not knowledge.orphan_hint_re.search(sentence):
            continue  # a sentence naming no period, with no word that could state a period's end or length
        # only the sentence's own dates, lengths and weekdays: a search, not a scan of the whole block
        found = _sentence_facts(text, s_start, s_end, nouns, _between(dates, date_starts, s_start, s_end + 60), _between(durations, duration_starts, s_start, s_end),
                                _between(weekdays, weekday_starts, s_start, s_end), knowledge, quoted, carried, it_noun)
        if not any(f.role == "start" for f in found) and (then := _THEN_GIVEN.search(sentence)):
            found += _started_the_sentence_before(text, s_start, then.end(), found, dates, knowledge, quoted)
        if strong_only:
            read = [(f, _orphaned(f, text, s_start, knowledge) if f.noun is carried_noun else f) for f in found]
            grant = next((o.end for _, o in read if o is not None and o.role == "duration" and o.orphan == "topic"), None)
            # "Chan has 28 days from yesterday's sentencing, until May 20, to file …": the grant's own start and end
            # (not past a clause with a subject and a duty of its own: "…, until Feb. 15, and the state must file its reply by Feb. 22")
            found = [o or (replace(f, orphan="topic") if grant is not None and f.role != "duration" and (f.start >= grant or f.word == "given")
                           and not _OWN_CLAUSE.search(text, grant, f.start) else None) for f, o in read]
            found = [f for f in found if f is not None]
        if strong_only:
            pending = [len(facts) + i for i, f in enumerate(found) if f.orphan == "topic"]
        elif before and real and (back := _names_before(text, s_start, real[0])):
            for i in before:  # "… have 28 days from the decision to appeal. That window closes on 27 March."
                f = facts[i]
                facts[i] = replace(f, noun=back, orphan=None)
        facts += found
        named_before = named_here
        if not strong_only:
            last_nouns = nouns
            plain = [n for n in real if n.marker is None and not n.plural]
            if plain:
                last_plain = plain[-1]
            elif real:
                last_plain = None
    return facts, all_nouns, moved, last_plain


# "Dealers would then have a six-month transition period": a time given from the day the sentence before names
_OWN_OPENING = re.compile(r"\s*(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+own\b")
_NOT_ON = re.compile(r"\bnot\s+(?:on\s+|under\s+)\Z", re.I)
_THEN_GIVEN = re.compile(r"\b(?:will|would|shall)\s+then\s+(?:have|get|be\s+given)\b|\bthen\s+(?:have|has|had|gets|get)\b", re.I)


def _started_the_sentence_before(text: str, s_start: int, then_end: int, found: list[PeriodFact], dates: list[DateMention],
                                 knowledge: PeriodKnowledge, quoted) -> list[PeriodFact]:
    """The start of a length given "then" ("If approved, the rules would take effect on July 1, 2026. Dealers would then
    have a six-month transition period, running until March 31, 2027"): the one day the sentence before gives a start
    word ("take effect on"), in the same block; nothing when the sentence gives no length right after "then"."""
    length = next((f for f in found if f.role == "duration" and s_start + then_end <= f.start <= s_start + then_end + 40), None)
    if length is None or s_start == 0:
        return []
    before = text.rfind(".", 0, max(0, s_start - 2)) + 1  # where the sentence before opens (its own full stop is at s_start - 2)
    days = [d for d in dates if before <= d.start < s_start and d.day is not None and d.valid and not quoted(d.start)]
    if len(days) != 1 or not knowledge.start_re.search(text, max(before, days[0].start - 40), days[0].start):
        return []
    d = days[0]
    return [PeriodFact("start", d.start, d.end, length.noun, "given", date=d, soft=True)]


# "during the stoppage", "throughout the ban": a period named only as the time of something else
# ("permits issued before the fire danger period … are suspended"), unless the move word follows it ("before the ban was extended")
_TIME_REFERENCE = re.compile(
    r"\b(?:during|throughout|for\s+the\s+duration\s+of|before|after|ahead\s+of|since|until|till)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}\Z", re.I
)
_MOVED_NEAR = 25
_PREPOSITION_ONLY = re.compile(r"(?:during|throughout|for\s+the\s+duration\s+of)\b", re.I)
# "will be lifted", "is due to be lifted": a period's planned end told by the verb that ends it
# "until the quarantine is lifted on 12 January": the end a time clause waits for
_PLANNED_END = re.compile(
    r"\b(?:(?:will|would|shall|(?:is|are)\s+(?:due\s+|set\s+|expected\s+)?to)\s+be|(?:until|till|when|once)\s+(?:the|its|their|this)\s+(?:[\w-]+\s+){1,3}?(?:is|are))\s+\Z", re.I
)
# the words of a plan after "originally" or "initially" ("had originally been slated to open on December 7")
_OBJECT_OF_BEFORE = re.compile(r"\b(?:for|of|on|over|against)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?\Z", re.I)
_PLANNED_WORDS = frozenset("been due set scheduled slated planned expected meant intended".split())
# "it was moved", "… but was pushed back": the passive's subject is the period the sentence is about
# between a period's verb and its date: "walked out on", "walked off the job at 12:01 a.m. on"
_VERB_DATED = re.compile(r"\s+" + _ON + _CLOCK)
# "the start was put back by five weeks": a part of the sentence's period moving is the period moving
_OWN_SUBJECT = frozenset({"it", "this", "that", "they", "but", "and", "then", "so", "start", "end", "opening", "closing", "beginning",
                          "timetable", "schedule", "timeline"})  # "the timetable was pushed back": the period's own days
_PRONOUNS = frozenset({"it", "this", "that", "they"})
# the object of a moving verb ("extend its Mount Carrow quarry until", "extended the consultation by"), up to a preposition
_OBJECT_AFTER = re.compile(
    r"\s+(?:the|its|their|his|her|a|an|this|that)\s+((?:(?!(?:to|by|from|until|till|on|in|at|for|with|and|after|because|so|but|which|when|while)\b)[\w'\u2019-]+\s*){1,8})",
    re.I,
)


_TIME_UNIT = re.compile(r"\b(?:days?|weeks?|fortnights?|months?|years?|hours?)\b", re.I)  # "pushed back a fortnight": by how much


_POSSESSOR = re.compile(r"[\w-]+['\u2019]s?(?=\s)")


# "the portal would open for submissions on 14 July", "opens for applications on Monday": a period named after "open for"
_OPEN_FOR = re.compile(r"\b(?:open|opens|opened|reopen|reopens)\s+for\s+(?:[\w-]+\s+){1,2}?(?:on\s+|from\s+)" + _CLOCK + r"(?:the\s+)?\Z", re.I)


def _moves_other_object(sentence: str, pos: int, knowledge: PeriodKnowledge) -> bool:
    """True when a moving verb at pos takes an object naming no period ("to extend its quarry", not "extended the ban")."""
    obj = _OBJECT_AFTER.match(sentence, pos)
    if obj is None:
        return False
    # "missed the scheme's income threshold": the scheme owns the object; its threshold, not the scheme, is missed
    words = _POSSESSOR.sub(" ", obj.group(1))
    return not knowledge.noun_re.search(words) and not _TIME_UNIT.search(words)


# "That window closes …", "This period …", "The window …" opening a sentence: the period the sentence before described
_POINTING_OPENING = re.compile(r"\s*(?:(?:that|this)\s+(?:[\w-]+\s+)?|the\s+)\Z", re.I)
_GENERIC_KINDS = frozenset({"window", "deadline"})
_PART_OF_LENGTH = re.compile(r"\b(?:first|last|final|opening|closing|remaining|past|next)\b", re.I)  # "in the first three months of the scheme"
_OF_KIND = re.compile(r"\s+of\s+(?:[a-z]+\s+)?", re.I)
# "28 days of the consultation closing", "two weeks of the strike's start": a count from a moment of it, not its length
_NOT_LENGTH_OF_AFTER = re.compile(r"['\u2019]s\b|\s+(?:\w+ing|\w+ed|begin\w*|start\w*|clos\w+|end\w*|open\w*)\b", re.I)


def _names_before(text: str, s_start: int, noun: PeriodNoun) -> PeriodNoun | None:
    """The noun, when a sentence opens by pointing with it at what the sentence before described ("That window …")."""
    opening = _POINTING_OPENING.fullmatch(text, s_start, noun.start)
    if opening is None or noun.several or noun.marker:
        return None
    if opening.group().strip().lower() == "the" and noun.kind not in _GENERIC_KINDS:
        return None  # "The consultation closes …" names its own period; only a generic "the window" points back
    return noun


def may_name_period(text: str, knowledge: PeriodKnowledge) -> bool:
    """Cheap gate: whether text may name a period at all (a word of a period noun, or a closure told by its verbs)."""
    return not knowledge.gate_words.isdisjoint(_GATE_WORD.findall(text.lower()))


def dated_nouns(text: str, dates: list[DateMention], k: PeriodKnowledge, quoted=lambda pos: False) -> list[tuple[str, DateMention]]:
    """Nouns written with their date ("the notice …, dated 3 November"), or dated by their verb ("ruled on 12 September": the ruling)."""
    found = []
    for date in dates:
        if date.day is None or not date.valid or quoted(date.start):
            continue
        m = _DATED_BEFORE.search(text, max(0, date.start - 60), date.start)
        if m:  # "an enforcement notice dated 4th March": the notice, and the enforcement
            found += [(w.lower(), date) for w in _NOUN_WORD.findall(text, m.start("noun"), m.end()) if w.lower() not in _DATING_WORDS]
        v = k.dating_verb_re.search(text, max(0, date.start - 70), date.start)
        if v is None and _ON_DATE.search(text, max(0, date.start - 20), date.start):
            v = k.dating_verb_after_re.match(text, date.end)  # "was on Monday, November 3, sentenced to 12 years"
        if v:
            found += [(noun, date) for noun in k.dated_by_verbs.get(_SPACES.sub(" ", v.group("verb").lower()), ())]
        if (o := _VERB_OBJECT_ON.search(text, max(0, date.start - 160), date.start)) is not None:
            found.append((o.group("noun").lower(), date))  # "passed the order on 12 March"
        if (o := _SUBJECT_DATED.search(text, max(0, date.start - 70), date.start)) is not None:
            found.append(((o.group("noun") or o.group("passive")).lower(), date))  # "Site notices went up around the village on Monday 2 March"
        if (f := _DATE_FIELD.match(text)) is not None and _FIELD_GAP.fullmatch(text, f.end(), date.start):
            found.append(((f.group("noun") or f.group("noun2")).lower(), date))  # "Date of this notice: 12 March 2025"
    return found


# A notice's field that dates a noun: "Date of this notice: 12 March 2025", "**Notice date:** 12 March 2025"
_DATE_FIELD = re.compile(
    r"\W*(?:date\s+of\s+(?:the\s+|this\s+|that\s+)?(?P<noun>[a-z]{4,})|(?P<noun2>[a-z]{4,})\s+date)\W*:\W*",
    re.I,
)
_FIELD_GAP = re.compile(r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?", re.I)  # the date, its weekday perhaps first


def weekday_dated_nouns(text: str, weekdays: list[WeekdayMention], k: PeriodKnowledge, quoted=lambda pos: False) -> list[tuple[str, WeekdayMention, Tense]]:
    """Nouns dated by a weekday alone, with the tense that places it ("handed down the verdict on Monday": the verdict)."""
    found = []
    for w in weekdays:
        if w.part_of_date or w.qualifier is not None or quoted(w.start):
            continue
        if w.possessive:
            # "counting both the day of his arrest and Thursday's ruling": the ruling, on the Thursday a past verb places
            owned = _OWNED_NOUN.match(text, w.end)
            if owned and governing_verb(text, w.start, w.end)[0] is Tense.PAST:
                found.append((owned.group(1).lower(), w, Tense.PAST))
            continue
        nouns = [m.group("noun").lower() for m in (_VERB_OBJECT_ON.search(text, max(0, w.start - 70), w.start),) if m]
        v = k.dating_verb_re.search(text, max(0, w.start - 70), w.start)
        if v:
            nouns += k.dated_by_verbs.get(_SPACES.sub(" ", v.group("verb").lower()), ())
        if nouns:
            tense = governing_verb(text, w.start, w.end)[0]
            if tense is Tense.PAST:
                found += [(noun, w, tense) for noun in nouns]
    return found


# the noun a weekday's possessive owns: "Thursday's ruling"
_OWNED_NOUN = re.compile(r"(?:['\u2019]s)?\s+([a-z]{4,})\b")
# "handed down the verdict on", "passed the order on", "served the notice on": the object dated by its verb
_VERB_OBJECT_ON = re.compile(
    # "issued its notice of intention to award the contract to the joint venture on Friday 9 October": the notice's day
    r"\b(?:handed\s+down|delivered|passed|issued|served|published|announced|made|gave)\s+(?:the|its|their|a|an|his|her)\s+(?:[\w'\u2019-]+\s+){0,2}?(?P<noun>[a-z]{4,})(?:\s+of\s+[^.;,:]{1,100}?)?\s+on\s+\Z",
    re.I,
)
_NOUN_WORD = re.compile(r"\b[a-z]{4,}\b", re.I)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]\s+[a-z]")
_ANOTHER_MATTER = re.compile(r"\s*(?:a\s+separate|another|a\s+second|a\s+further)\s+(?:[a-z-]+\s+){0,2}?(?:application|case|matter|proposal|scheme|bid|complaint|appeal|claim|licence|plan)\b", re.I)
_A_SEPARATE = re.compile(r"(?<!\bfrom )(?<!\bby )\b(?:a|an)\s+separate\s+(?!(?:notice|letter|statement|announcement)\b)[a-z]", re.I)
_ALSO_SOMEONE_ELSE = re.compile(r"\b[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+,?\s+(?:also|too)\s+(?:had|has|was|were|received|receives|got|gets|faces|faced)\b")
_DONE_SEPARATELY = re.compile(r"\b(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+(?:[a-z]+ed|dealt\s+with|heard|tried)\s+separately\b", re.I)
_SEPARATELY = re.compile(r"\s*(?:separately|in\s+a\s+separate\s+(?:development|move|decision|announcement)|in\s+separate\s+news),\s", re.I)
_ON_DATE = re.compile(r"\b(?:was|were|been)\s+on\s+(?:[A-Za-z]+day,?\s+)?\Z", re.I)
_DATING_WORDS = frozenset({"dated", "issued", "served", "sent", "published", "announced", "made", "taken", "handed", "down", "delivered"})
_FUNCTION_WORDS = frozenset(
    """to by from until till on in at for the a an its their this that and or but as after before because
    again twice three once over back forward earlier later than with without into it them him her
    last next yesterday today""".split()
)
_GATE_WORD = re.compile(r"[a-z]+")
# what a reopening ends rather than moves: a closure, and a ban or suspension ("expected to reopen its doors on Monday
# 12 October, once the suspension has been served")
_WIDER_PLACE = re.compile(r"\s+to\s+(?:cover\s+|include\s+)?(?:the\s+)?(?:whole|rest|all|every|entire|other|more|wider|further)\b(?!\s+(?:week|month|year|day)s?\b)", re.I)
_MOVED_WHERE = re.compile(r"(?:\s+[\w'\u2019-]+){0,6}?\s+(?:to|from|back|forward|up|by|until|till|into|on|in)\b", re.I)
_REOPENED_KINDS = frozenset({"closure", "ban"})
_CLOSING_GATE = frozenset({"close", "closed", "shut", "reopen", "reopens", "reopened"})
_NOBODY = PeriodNoun(0, 0, "", None, None, False, None, False, False, False)
# "The crossing will be closed to cars starting 13 October", "is scheduled to reopen 6 October": a closure told by its verbs
_CLOSED_RE = re.compile(
    r"\b(?:will\s+be|is\s+to\s+be|are\s+to\s+be|would\s+be|was|were|has\s+been|have\s+been|is|are|will\s+remain|will\s+stay|remains|remained|stays|stayed)\s+(?:fully\s+|partly\s+)?(?:closed|shut)\b|\b(?:reopen|reopens|reopened)\b"
    # "The bridge will close to all vehicles", "is to close completely": a place closing, not a period ending
    r"|\b(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|would)\s+(?:then\s+|also\s+|now\s+|again\s+)?close\s+(?:completely|fully|to)\b"
    # "The line … will close for nine days from Saturday 23 May": a place closing for a length of time
    # "a temporary traffic regulation order closing the A4862 … will come into force": the order is the closure
    r"|\b(?:order|notice)\s+(?:closing|shutting)\b"
    r"|\b(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|would|is\s+set\s+to|are\s+set\s+to)\s+(?:then\s+|also\s+|now\s+|again\s+)?(?:close|shut)(?=\s+for\s+(?:a|an|about|around|\w+)\s+(?:\w+\s+)?(?:days?|weeks?|months?|fortnight|nights?)\b)"
    # "The council closed the road for three weeks": the place closed is the verb's object
    r"|\b(?:closed|shut|(?:will|to|would)\s+(?:close|shut))\s+(?:the|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?(?P<object>[a-z][\w'\u2019-]*)"
    r"(?=\s+for\s+(?:a|an|about|around|\w+)\s+(?:\w+\s+)?(?:days?|weeks?|months?|fortnight|nights?)\b)",
    re.I,
)
# the subject written just before the verb phrase: "with the road expected to reopen", "the bridge is due to reopen"
_NEAR_SUBJECT = re.compile(
    r"\b(?:the|its|their)\s+([a-z][\w'\u2019-]*)\s+(?:(?:is|are|was|were|now)\s+)?(?:expected|due|scheduled|set|likely|planned)\s+to\s+\Z"
    r"|\b(?:on\s+(?:track|course|schedule)|in\s+time)\s+for\s+(?:the|its|their)\s+([a-z][\w'\u2019-]*)\s+to\s+\Z"  # "on track for the highway to reopen"
)
_SUBJECT_RE = re.compile(r"\s*(?:\d+(?:\.\d+)+\s+)?(?:(?:separately|meanwhile|however|elsewhere),\s+)?(?:the|a|an|its|their)?\s*((?:[\w'\u2019-]+\s+){0,5}?|(?:(?:(?-i:[A-Z0-9])[\w'\u2019-]*|over|across|in|at|near|the|of)\s+){6,8}?)([\w'\u2019-]+)\s*(?:,|\b(?:will|is|was|are|were|would|has|have|had)\b)", re.I)


_PLACE_PREPOSITIONS = frozenset("in at on near of off outside inside between through over across".split())


# a move that gives a new last day: "agreed to extend the consultation to Friday, April 10", "pushed that deadline back to"
_END_MOVES = re.compile(r"extend\w*|(?:push|put|brought|bring)\w*\s+(?:[\w-]+\s+){0,3}?(?:back|forward)|moved|moving|deferred|postponed", re.I)
_ENDS_MOVE_KINDS = frozenset({"consultation", "submissions", "comments", "window", "deadline", "tender", "offer", "nominations", "amnesty",
                              "display", "acceptance", "ultimatum"})  # kinds whose move moves their end; a strike's moves its start
_NEW_DAY_BEFORE = re.compile(r"\s(?:to|until|till|through)\s+" + _CLOCK + r"\Z", re.I)


def _revised_end(text: str, s_start: int, s_end: int, moved_at: int, word: str, told: list[PeriodNoun], dates, quoted) -> PeriodFact | None:
    """The new last day a move gives its period, written after it in its sentence, or None."""
    if not _END_MOVES.fullmatch(word.strip()) or len({n.kind for n in told}) != 1:
        return None
    noun = told[0]
    if noun.kind not in _ENDS_MOVE_KINDS and not word.lower().startswith("extend"):
        return None
    later = [d for d in dates if moved_at < d.start < s_end and d.day is not None and d.valid and not quoted(d.start)]
    if not later:
        return None
    date = later[0]
    if _NEW_DAY_BEFORE.search(text, max(moved_at, date.start - 60), date.start) and not _PUNCTUATION.search(text, moved_at, date.start):
        return PeriodFact("end", date.start, date.end, noun, "moved to", date=date, revised=True)
    # "extended its offer by two weeks, pushing the closing date from today, July 8, to July 22": the day after "to" in
    # the sentence's one range written with "from", its noun before it, is where the move took the end
    if len(later) >= 2 and _FROM_BEFORE.search(text, max(moved_at, date.start - 20), date.start) \
            and _TO_BETWEEN.fullmatch(text, date.end, later[1].start) and not _CLAUSE_TURN.search(text, moved_at, later[1].start) \
            and _named_between(told, moved_at, date.start):
        return PeriodFact("end", later[1].start, later[1].end, noun, "moved to", date=later[1], revised=True)
    return None


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:today|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+)?\Z", re.I)
_TO_BETWEEN = re.compile(r",?\s+(?:to|until|till)\s+")


def _named_between(told: list[PeriodNoun], lo: int, hi: int) -> bool:
    """True when one of the told period nouns stands between lo and hi (the move's word and the range it gives)."""
    return any(lo <= n.start < hi for n in told)


def _closing_verbs(text: str, s_start: int, s_end: int, sentence: str, quoted, k: PeriodKnowledge) -> list[PeriodNoun]:
    """Closures told by their verbs, named by the sentence's subject ("The crossing … will be closed")."""
    found = []
    for m in _CLOSED_RE.finditer(text, s_start, s_end):
        if quoted(m.start()):
            continue
        near = _NEAR_SUBJECT.search(text, max(s_start, m.start() - 60), m.start())
        if m.group().split()[0].lower() in ("order", "notice"):
            found.append(PeriodNoun(m.start(), m.end(), "closure", None, None, False, None, False, True, False))
            continue  # "an order closing the A4862": the closure itself, whoever made the order
        if m.group("object"):
            word = m.group("object").lower()
        elif near is not None:
            word = (near.group(1) or near.group(2)).lower()  # "…, with the road expected to reopen on Friday 24 July"
        else:
            subject = _SUBJECT_RE.match(sentence)
            if subject is None or subject.end(2) + s_start > m.start():
                continue
            word = subject.group(2).lower()
            before = subject.group(1).split()
            at = next((i for i, w in enumerate(before) if w.lower() in _PLACE_PREPOSITIONS), None)
            if at is None and subject.group(2)[:1].isupper() and before and before[-1][:1].isupper():
                # "Hervey Range Road will stay closed" and "Bowen Road … reopened": two roads, each by its whole name
                named = list(itertools.takewhile(lambda w: w[:1].isupper() and w.lower() not in ("the", "a", "an"), reversed(before)))
                word = " ".join([*reversed(named), subject.group(2)]).lower()
            if at:
                # "Fore Street in Harlowby town centre will be closed": the street, not the centre; "State Highway 29 over
                # the Kaimai Range": the highway, not its number
                word = next((w for w in reversed(before[:at]) if not w.isdigit()), before[at - 1]).lower()
        if word in ("it", "they", "he", "she", "this", "that", "which", "there") or not word.replace(" ", "").isalnum() or word.isdigit() or _CLOCK_WORD.fullmatch(word):
            continue  # ("By 2pm on Tuesday that number had fallen …, and … expect 10 of those to reopen": a time, no place)
        if k.noun_re.fullmatch(word):
            continue  # "The January window will reopen on 1 January": the window's own start, not a closure
        found.append(PeriodNoun(m.start(), m.end(), "closure", word, None, False, None, False, True, False))
    return found


# "if the deposit is not made by December 26", "must be paid in full by 30 June": a thing to be done by a day
_DONE_BY = re.compile(
    # "must be lodged in writing, either online or at a service centre, by 5pm on": how, set off by commas, between
    r"\b(?:be|is|are|been|was|were)\s+(?:not\s+)?(?:\w+ed|made|paid|done|sent|put|given|brought|met)\s+(?:in\s+(?:full|writing|person)\s*)?(?:,[^.;:!?]{1,110},\s*)?by\s+" + _CLOCK + r"\Z", re.I
)
# "Residents have until 10 April to give their views", "the companies have 30 days … to file a notice of appeal"
_WEAK_END = re.compile(r"\b(?:have|has|had|given|get|gets|got)\s+(?:up\s+)?(?:until|till)\s+" + _CLOCK + r"\Z", re.I)
# "Services across the full length of the line are due to resume on Monday 8 June": the service stopped by a closure or strike comes back
_RESUMES = re.compile(
    r"\b(?:services?|trains?|flights?|buses|sailings|ferries|traffic)\b[^.;:,\d]{0,70}?\b(?:will|are\s+(?:due|expected|scheduled|set)\s+to|is\s+(?:due|expected|scheduled|set)\s+to|should)\s+"
    r"resume\s+(?:on\s+)?" + _CLOCK + r"(?:the\s+)?\Z"
    # "planned to resume flights from Sunday 29 March", "will restart services on": the verb before what it brings back
    r"|\b(?:resum|restart)\w*\s+(?:(?:the|its|their|all|normal|full|scheduled)\s+)?(?:services?|trains?|flights?|buses|sailings|ferries|traffic|operations)"
    r"\s+(?:on\s+|from\s+)?" + _CLOCK + r"(?:the\s+)?\Z",
    re.I,
)
# between a closing verb and its length: "will close for nine days", "will be closed to navigation for 36 hours"
# "the closure of a beachfront bar in Barangay Maribago for 15 days": what the period is of, between its noun and "for"
_OF_COMPLEMENT = re.compile(
    r"\s+(?:of|on)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w&'\u2019-]+\s+){1,4}?(?:(?:in|at)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3})?"
)
_NOT_IN_COMPLEMENT = frozenset("by which who that was were is are has have had and or but".split())


def _of_complement(text: str, lo: int, hi: int) -> bool:
    """True when only what a period is of stands between its noun and a length after "for" (no verb, no clause)."""
    if _OF_COMPLEMENT.fullmatch(text, lo, hi) is None:
        return False
    words = re.findall(r"[\w'\u2019-]+", text[lo:hi].lower())
    return not any(w in _NOT_IN_COMPLEMENT or (len(w) > 4 and w.endswith(("ed", "ing"))) for w in words)


_CLOSED_FOR = re.compile(r"\s*(?:to\s+(?:[\w-]+\s+){1,3}?)?", re.I)
_ACT_DATED = re.compile(r"\b(?:on|dated|issued|served|made|delivered|handed\s+down|published|announced)\s+(?:[A-Z][a-z]+day,?\s+)?\Z")
_NOT_THE_ACT = re.compile(r"\band\b|;|\bbut\b|\d")
_GRANT = re.compile(r"\b(?:have|has|had|given|granted|allowed|get|gets|got)\s+(?:only\s+|just\s+)?\Z", re.I)
# "…, with the period having opened on …"; "…; in this case the window for representations ran from …"
_ITS_PERIOD_AFTER = re.compile(r"\s+(?:from\s+(?:that|this|the)\s+(?:date|day)\s+)?to\s+[^.;]{0,80}?(?:,\s+with\s+|;\s+(?:(?:in\s+this\s+case|here)\s*,?\s+)?)the\s+(?:[a-z-]+\s+){0,2}?(?:period|window)\b", re.I)
# (a month's abbreviation may come between: "21 days, until Dec. 10, to file")
_TO_DO = re.compile(r"(?:[^.;]|(?<=[A-Z][a-z]{2})\.(?=\s+\d)){0,80}?\bto\s+[a-z]+", re.I)
SENT_WITHIN = "sent within"  # the word of a length the public has to send something in (see _SENT_WITHIN)
# what the public sends in a time: "objections and suggestions may be sent to the department within", "Written objections to
# the order must reach the council within" (a party's own filing, "a notice of appeal must be filed within", is no window of theirs)
_SENT_WITHIN = re.compile(
    r"\b(?:objections?|comments?|submissions?|representations?|responses?|suggestions?|views|feedback)\b[^.;:!?\d]{0,60}?"
    r"\b(?:may|must|can|should|shall|need\s+to|needs\s+to)\s+(?:be\s+(?:sent|lodged|made|filed|submitted|received|delivered|posted|emailed|returned|registered)|reach|arrive)\b"
    r"[^.;:!?\d]{0,80}?(?:\bwithin)?\s*\Z", re.I)
_WANTS_TO = re.compile(r"\bwho\s+(?:wants?|wishe?s?|intends?|plans?)\s+to\s+[a-z]+\b[^.;]{0,40}\Z", re.I)
# a grant with its recipient: "is giving customers 90 days to bring back", "has given Kafubu Copper Mines Plc 30 days to present"
_GRANT_TO = re.compile(
    r"\b(?:given|giving|gives|give|gave|granted|granting|grants|grant|allowed|allowing|allows|allow)\s+"
    r"(?!(?:for|to|by|in|on|at|of|until|within|less|more|fewer|over|under|about|around|nearly|almost|roughly|some|only|just|up)\b)"
    r"(?:(?:the|a|an|its|their|his|her|all)\s+)?(?!(?:the|a|an|its|their|his|her)\s)(?:[\w'\u2019&.-]+,?\s+){1,8}?(?:only\s+|just\s+|up\s+to\s+)?\Z",
    re.I,
)


# a cut-off told by what happens after it: "refund requests received after 31 July would not be accepted", "entries
# submitted after 5pm on Friday will not be considered": the day is the last one, whatever the words before it
# ("bids arriving after 10am on March 6 would be returned unopened": the hour is part of the cut-off)
_CUT_OFF_BEFORE = re.compile(r"\b(?:received|submitted|lodged|filed|made|sent|returned|arriving|delivered)\s+after\s+"
                             r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:on\s+)?)?\Z", re.I)
_CUT_OFF_AFTER = re.compile(r"[^.;:!?]{0,40}?\b(?:will|would|shall|cannot|can't)\s+not\s+be\s+(?:accepted|considered|processed|honoured|honored|paid|valid|counted|included|taken\s+into\s+account)\b|"
                            r"[^.;:!?]{0,40}?\b(?:cannot|can't|won't)\s+be\s+(?:accepted|considered|processed|honoured|honored|counted|included|taken\s+into\s+account)\b|"
                            r"[^.;:!?]{0,40}?\b(?:will|would|shall)\s+be\s+(?:rejected|refused|disqualified|disregarded|returned\s+unopened|turned\s+away)\b", re.I)
_CUT_OFF_WORDS = ("received after", "submitted after", "lodged after", "filed after", "made after", "sent after", "returned after", "arriving after", "delivered after")


def _cut_off_after(text: str, lo: int, start: int, end: int, s_end: int) -> re.Match[str] | None:
    """The words before a date that make it a cut-off told by what happens after it (see _CUT_OFF_BEFORE), or None."""
    before = _CUT_OFF_BEFORE.search(text, lo, start)
    return before if before is not None and _CUT_OFF_AFTER.match(text, end, s_end) else None


def _orphaned(f: PeriodFact, text: str, s_start: int, k: PeriodKnowledge) -> PeriodFact | None:
    """A fact of a sentence that names no period, marked with how sure its period can be found; None when it cannot."""
    head_lo = max(s_start, f.start - 80)
    kind = None
    if f.role == "end" and _DONE_BY.search(text, max(s_start, f.start - 200), f.start) and not k.strong_end_re.search(text, head_lo, f.start):
        return replace(f, orphan="errand")  # the end of a grant for the same errand, and of nothing else
    if f.role == "end" and (k.strong_end_re.search(text, head_lo, f.start) or _LAST_DATE.search(text, head_lo, f.start) or _RESUMES.search(text, max(s_start, f.start - 120), f.start)
                            or f.word.startswith(_CUT_OFF_WORDS)):
        kind = "strong"
    elif f.role == "end" and _DONE_BY.search(text, head_lo, f.start):
        kind = "errand"  # the end of a grant for the same errand, and of nothing else
    elif f.role == "end" and _WEAK_END.search(text, head_lo, f.start) and _TO_DO.match(text, f.end):
        kind = "topic"
    elif f.role == "duration" and (_GRANT.search(text, head_lo, f.start) or _GRANT_TO.search(text, head_lo, f.start)) and _TO_DO.match(text, f.end):
        kind = "topic"
    elif f.role == "duration" and _GRANT.search(text, head_lo, f.start) and _WANTS_TO.search(text, head_lo, f.start):
        kind = "topic"  # "anyone who wants to comment has five weeks from that date": the errand told before the grant
    elif f.role == "duration" and "within" in text[max(0, f.start - 8) : f.start + 6].lower() and _SENT_WITHIN.search(text, max(s_start, f.start - 120), f.start):
        # "objections may be sent to the department within 21 days of publication": the public's own time to send them
        return replace(f, orphan="topic", word=SENT_WITHIN)
    elif f.role == "start" and f.counted_from:
        kind = "topic"
    if kind is None:
        return None
    return replace(f, orphan=kind)


def _errand_noun(nouns: list[PeriodNoun], text: str, pos: int) -> PeriodNoun | None:
    """The period named by the errand a grant or a limit is for ("… to lodge objections or comments"), written just after its verb."""
    return next((n for n in nouns if pos <= n.start <= pos + 40 and n.kind in _ERRAND_KINDS and not n.verb and not n.several
                 and not _ERRAND_BREAK.search(text, pos, n.start)), None)


# periods that are windows for sending something in: "until 14 April to make a firm offer" is no end of the offer
_ERRAND_KINDS = frozenset({"comments", "submissions", "window", "period", "deadline", "consultation", "tender"})


def _between(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by start) that start in [lo, hi)."""
    return items[bisect_left(starts, lo) : bisect_left(starts, hi)]


# a length set off after its period's noun: "the window – eight weeks in all –", "the ban, six months long,", "the closure (ten days)"
# ("The grievance window for households – three weeks long –": what the period is for may come first)
_ASIDE_OPENS = re.compile(r"(?:\s+(?:for|of|on)\s+[a-z][^,;:.!?\u2013\u2014()\"\u201c]{0,90}?)?\s*(?:[\u2013\u2014]|--|,|\()\s*(?:(?:just|only|some)\s+)?")
_ASIDE_CLOSES = re.compile(r"(?:\s+(?:in\s+all|in\s+total|altogether|long))?\s*(?:[\u2013\u2014]|--|,|\))")


# a clause of its own after a granted length: ", and that the suspension would remain in force" (not "three weeks after the
# consultation closes", which counts from that period)
_OWN_CLAUSE_AFTER = re.compile(r",\s+(?:and|but|while|whereas)\b")  # (after a semicolon, another matter: "; the licence itself ran …")


def _sentence_facts(text, s_start, s_end, nouns, dates, durations, weekdays, k, quoted, carried, it_noun=None) -> list[PeriodFact]:
    facts: list[PeriodFact] = []
    owner = (lambda pos: nouns[0]) if carried and len(nouns) == 1 else (lambda pos: _owner(nouns, pos, text, s_start, k.accounts_re))
    if it_noun is not None:
        own_owner, (carried_noun, own_start) = owner, it_noun
        owner = lambda pos: carried_noun if pos < own_start else own_owner(pos)  # noqa: E731
    # durations
    for d in durations:
        if not s_start <= d.start < s_end or quoted(d.start) or d.unit not in ("hour", "day", "week", "month", "year"):
            continue
        if d.unit == "hour" and d.amount < 24 or _RATE_AFTER.match(text, d.end) or _EVERY_BEFORE.search(text, max(s_start, d.start - 12), d.start):
            continue  # "a four-hour stoppage" is timed by the clock; "open 24 hours a day" is a rate; "held every two years" recurs
        if d.amount <= 0 or d.amount != int(d.amount):
            continue
        if _POSSESSIVE_AFTER.match(text, d.end) and not any(d.end < n.start <= d.end + 3 for n in nouns):
            continue  # "two days' custody parole": the length of the thing it owns, which is no period of the sentence
        head = text[max(s_start, d.start - 40):d.start]
        if _NOT_LENGTH_BEFORE.search(head) or _PROPOSED_BEFORE.search(head) or k.moved_by_re.search(text, max(s_start, d.start - 80), d.start) \
                or _LONGER_AFTER.match(text, d.end) or _ELAPSED_BEFORE.search(head) and _ELAPSED_AFTER.match(text, d.end) or _LEFT_AFTER.match(text, d.end):
            continue  # "the registrar had originally sought a 30-day suspension": a length asked for, not the one given
            # ("the trial had only run for four weeks when the figures were collected": how long it had run by then)
        noun = None
        # "for the 45 days the scheme is open", "over the six months the cap is in force": the length of the period the clause names
        while_open = next((n for n in nouns if n.start > d.end and not n.verb and _LENGTH_BEFORE_CLAUSE.fullmatch(text, d.end, n.start)
                           and _CLAUSE_OF_LENGTH.match(text, n.end)), None) if not d.noun else None
        # "Over the six weeks of consultation", "ten days of public consultation": the length of the period named after "of"
        of_kind = next((n for n in nouns if n.start > d.end and not n.verb and not n.several and _OF_KIND.fullmatch(text, d.end, n.start)
                        and not _NOT_LENGTH_OF_AFTER.match(text, n.end)), None) \
            if not d.noun and d.relation not in ("within", "from", "after", "before") and not _PART_OF_LENGTH.search(d.text) else None
        if while_open is not None:
            noun = while_open
        elif of_kind is not None:
            noun = of_kind
        elif d.noun:
            attached = [n for n in nouns if not carried and d.start < n.start <= d.end + 25 and not _PUNCTUATION.search(text, d.end, n.start)]
            if _EARLIER_ONE.search(text, max(s_start, d.start - 30), d.start) \
                    and (not attached or any(n.kind == attached[0].kind and n is not attached[0] and s_start <= n.start < s_end for n in nouns)
                         or _PAST_WHEN_AFTER.match(text, attached[0].end)):
                # "the second strike this year, after a 24-hour strike on Thursday 19 February": another one, a reference
                # point ("a warning strike …, after a 14-day ultimatum … lapsed" is the one ultimatum's length)
                continue
            if attached:
                noun = attached[0]
            else:
                continue  # "a 45-minute speech", "a six-week holiday": the length of something else
        elif (told := [n for n in nouns if (n.verb and n.start < d.start <= n.end + 40 or n.kind == "closure" and _CLOSED_FOR.fullmatch(text, n.end, d.start)) and not _PUNCTUATION.search(text, n.end, d.start)]) and d.text[:4].lower() == "for ":
            noun = told[-1]  # "would walk out for a fortnight (from 14 September)", "will close for nine days"
        elif d.text[:4].lower() == "for " and (under := next((n for n in nouns if n.start >= d.end and not n.verb and _UNDER_PERIOD.fullmatch(text, d.end, n.start)), None)):
            noun = under  # "protected from eviction for 90 days under a moratorium announced on Wednesday"
        elif d.text[:4].lower() == "for " and (before := [n for n in nouns if not n.verb and n.end <= d.start and (not text[n.end : d.start].strip() or _of_complement(text, n.end, d.start))]) \
                and not _DEPRIVED_OF.search(text, max(s_start, before[-1].start - 40), before[-1].start):
            noun = before[-1]  # "will run to a reduced timetable for six weeks": the period named just before lasts it
        elif _GRANT.search(head) and (named := _ITS_PERIOD_AFTER.match(text, d.end, s_end)) is not None:
            # "members of the public have five weeks to make observations, with the period having opened on …": a length
            # granted in a sentence that goes on to name its period
            noun = next((n for n in nouns if d.end <= n.start < named.end() and not n.several), None)
        elif d.relation is None and not d.noun and (aside := next((n for n in nouns if not n.verb and n.end <= d.start and _ASIDE_OPENS.fullmatch(text, n.end, d.start)), None)) is not None \
                and _ASIDE_CLOSES.match(text, d.end):
            noun = aside  # "the amnesty window – eight weeks in all – opens on Monday 2 March": its length set off after it
        elif d.relation in ("for",) or _RUNS_FOR.search(head) or (_GRANT_TO.search(text, max(s_start, d.start - 80), d.start) and _TO_DO.match(text, d.end)):
            if d.relation == "for" and not _RUNS_FOR.search(text, max(s_start, d.start - 40), d.start + 4) and not _RUNS_FOR.search(head) \
                    and not _STARTING_DAY.match(text, d.end) and not _UNTIL_DAY.match(text, d.end):
                continue  # "jailed for six years": the length of something else; "for 21 days starting June 15" is a period's
            if _PERSON_HAS.search(head):
                continue  # "must be lodged with the Labour Commissioner, who has 30 days to register it": a person's errand
            noun = owner(d.start)
        elif d.relation == "within":
            # "must respond within 14 days" times an act; it is a period's length only for windows and deadlines
            noun = owner(d.start)
            if noun is not None and noun.kind not in _WITHIN_KINDS and not carried:
                continue
        else:
            continue
        if noun is None and (_GRANT.search(head) or _GRANT_TO.search(text, max(s_start, d.start - 80), d.start)) and _TO_DO.match(text, d.end):
            # "has 14 days from sentencing to file a notice of appeal …, before the deadline of 24 November": the deadline
            # the sentence names after the grant is the grant's own
            noun = next((n for n in nouns if n.start >= d.end and n.kind in _GENERIC_KINDS and not n.several and not _CLAUSE_TURN.search(text, d.end, n.start)), None)
            if noun is None and (errand := _TO_DO.match(text, d.end)):
                # "has given stakeholders 21 days from Monday, January 5, to lodge objections or comments"
                noun = _errand_noun(nouns, text, errand.end())
        if noun is None and not carried and (_GRANT.search(head) or _GRANT_TO.search(text, max(s_start, d.start - 80), d.start)) and _TO_DO.match(text, d.end) \
                and not _PERSON_HAS.search(head) and all(n.start > d.end for n in nouns) and (not nouns or _OWN_CLAUSE_AFTER.search(text, d.end, nouns[0].start)):
            # "if Merkland chose to appeal it would have 28 days to do so, and that the suspension would remain in force":
            # a time granted for an errand, the period named after it in a clause of its own
            facts.append(PeriodFact("duration", d.start, d.end, _NOBODY, "", duration=d, orphan="topic"))
            continue
        if noun is None:
            continue
        facts.append(PeriodFact("duration", d.start, d.end, noun, "", duration=d))
        if (counted := _COUNTED_FROM_CLAUSE.match(text, d.end, s_end)) is not None:
            # "21 days to comment on the plans, counted from the day the site notices were posted": dated elsewhere
            said = counted.group("noun").lower()
            facts.append(PeriodFact("start", counted.start("noun"), counted.end("noun"), noun, "of", counted_from=_both_numbers(said)))
        elif d.relation in ("within", "for", "deadline", "from", None) and (d.relation == "from" or _OF_AFTER.match(text, d.end)) \
                and not (d.noun and _AFTER_THE_LENGTH.match(text, d.end)):  # "an eight-week suspension after Sunday's game": for it, not from it
            # "within 14 days of 3 March": the day the count starts
            for date in dates:
                if d.end < date.start <= d.end + 60 and _COUNTED_FROM.match(text[: date.start], d.end) and date.day is not None:
                    facts.append(PeriodFact("start", date.start, date.end, noun, "of", date=date, clock=_clock(text, s_start, date.start, date.end)))
                    break
            else:
                back = _BACK_REFERENCE.match(text, d.end)
                day_of = _DAY_EVENT.match(text, d.end)
                if day_of:  # "28 days from yesterday's sentencing", "15 days from Monday's verdict": the day names the event's date
                    said = day_of.group("day").lower()
                    if said in _DAYS_BEFORE:
                        facts.append(PeriodFact("start", day_of.start("day"), day_of.end(), noun, "of", offset=_DAYS_BEFORE[said]))
                    else:
                        weekday = next((w for w in weekdays if w.start == day_of.start("day")), None)
                        if weekday is not None:
                            facts.append(PeriodFact("start", day_of.start("day"), day_of.end(), noun, "of", weekday=weekday, tense=Tense.PAST))
                elif (bare := next((w for w in weekdays if d.end < w.start <= d.end + 8 and text[d.end : w.start].strip().lower() in ("", "from", "after")), None)) is not None:
                    # "giving him 21 days from Thursday, until June 18": the count starts on the day the weekday names,
                    # read in the tense that governs it
                    tense = governing_verb(text, bare.start, bare.end)[0]
                    facts.append(PeriodFact("start", bare.start, bare.end, noun, "of", weekday=bare, tense=tense if tense is not Tense.UNKNOWN else Tense.PAST))
                elif back:  # "45 days from the date of the notice": the notice is dated elsewhere
                    named = " ".join(filter(None, (back.group("noun"), back.group("noun2")))).lower()
                    facts.append(PeriodFact("start", back.start("noun"), back.end(), noun, "of", counted_from=named))
                elif that_day := _THAT_DAY_AFTER.match(text, d.end):  # "21 days from that date": the day just given
                    facts.append(PeriodFact("start", that_day.start("said"), that_day.end(), noun, "of", counted_from=that_day.group("day").lower()))
        elif (_GRANT.search(head) or _GRANT_TO.search(text, max(s_start, d.start - 80), d.start)) and _TO_DO.match(text, d.end):
            # "was served on 2 March, giving tenants two months to leave", "Following the ruling on 2 March, the club has 14
            # days to appeal": a grant counted from nothing it names starts on the day the act giving it is dated, just before
            earlier = [date for date in dates if s_start <= date.start < d.start and date.day is not None]
            if len(earlier) == 1 and d.start - earlier[0].end <= 60 and not quoted(earlier[0].start) \
                    and _ACT_DATED.search(text, max(s_start, earlier[0].start - 30), earlier[0].start) \
                    and not _NOT_THE_ACT.search(text, earlier[0].end, d.start):
                date = earlier[0]
                facts.append(PeriodFact("start", date.start, date.end, noun, "given", date=date, soft=True, clock=_clock(text, s_start, date.start, date.end)))
            elif not earlier:
                # "The High Court on Thursday granted Arvora four weeks to file its reply": the act dated by its weekday
                days = [w for w in weekdays if s_start <= w.start < d.start and not quoted(w.start)]
                if len(days) == 1 and d.start - days[0].end <= 80 and _ACT_DATED.search(text, max(s_start, days[0].start - 30), days[0].start) \
                        and not _NOT_THE_ACT.search(text, days[0].end, d.start):
                    w = days[0]
                    facts.append(PeriodFact("start", w.start, w.end, noun, "given", weekday=w, tense=Tense.PAST, soft=True))
    for n in nouns:
        if not n.verb and (begun := _BEGUN_BY.search(text, max(s_start, n.start - 80), n.start)) and not quoted(begun.start()):
            facts.append(PeriodFact("start", begun.start("event"), begun.end("event"), n, "begins", counted_from=begun.group("event").lower()))
        elif not n.verb and (opened := _OPENED_WITH.match(text, n.end, s_end)) and not quoted(opened.start("event")):
            # "The 30-day comment window opened with its publication": counted from the publication, dated where it is told
            facts.append(PeriodFact("start", opened.start("event"), opened.end("event"), n, "begins", counted_from=opened.group("event").lower()))
        elif not n.verb and (on := _BEGINS_ON_DATE_OF.match(text, n.end, s_end)) and not quoted(on.start("noun")):
            # "the 14-day standstill period that begins on the date of the notice of intention to award": dated elsewhere
            which = "noun" if on.group("noun") else "followed"
            facts.append(PeriodFact("start", on.start(which), on.end(which), n, "begins", counted_from=_both_numbers(on.group(which).lower())))
    # dates and weekdays with a start or end word before them, or an end noun after them
    taken = {f.start for f in facts}
    points: list[tuple[int, int, DateMention | None, WeekdayMention | None]] = []
    for date in dates:
        if s_start <= date.start < s_end and date.day is not None and date.valid:
            points.append((date.start, date.end, date, None))  # a day already read stays a point: a range's other end needs it
    for w in weekdays:
        # ("running from Wednesday's judgment to 3 February 2026": the day of the event a range opens on)
        if s_start <= w.start < s_end and not w.part_of_date and w.qualifier is None and (not w.possessive or _FROM_BEFORE.search(text, max(s_start, w.start - 8), w.start)):
            points.append((w.start, w.end, None, w))
    points.sort(key=lambda p: p[0])
    for i, (start, end, date, weekday) in enumerate(points):
        if quoted(start) or start in taken:
            continue
        head = text[max(s_start, start - 70):start]  # ("opened before regional magistrate Mrs Rumbidzai Chikore on": where, then the day)
        # a range of two dates: the first starts what the second ends, "between 1 June and 20 June" too
        nxt = points[i + 1] if i + 1 < len(points) else None
        prev = points[i - 1] if i else None
        range_to = date is not None and nxt is not None and nxt[2] is not None and nxt[2].day is not None and (
            _RANGE_GAP.fullmatch(text, end, nxt[0]) or _BETWEEN.search(head) and _AND_GAP.fullmatch(text, end, nxt[0]))
        range_from = date is not None and prev is not None and (prev[2] is not None and (
            _RANGE_GAP.fullmatch(text, prev[1], start)
            or _AND_GAP.fullmatch(text, prev[1], start) and _BETWEEN.search(text, max(s_start, prev[0] - 40), prev[0]))
            or prev[3] is not None and prev[3].possessive and bool(_DAYS_EVENT_TO.fullmatch(text, prev[1], start)))
        if not (range_to or range_from) and (_RANGE_BEFORE.search(head) or _RANGE_AFTER.match(text, end)):
            continue  # "between 2 and 6 March", "on 17 and 18 March"
        if range_to and _BETWEEN.search(head) and _ACT_BETWEEN.search(text, max(s_start, start - 60), start):
            continue  # "Notices were served between May 8 and May 12": the days an act was done on, not a period's
        if range_from and _BETWEEN.search(text, max(s_start, prev[0] - 40), prev[0]) and _ACT_BETWEEN.search(text, max(s_start, prev[0] - 60), prev[0]):
            continue
        # "runs for 28 days, from the release of documents on Monday, March 9, to the close of bids at 10:00 GMT on
        # Thursday, April 16": each day named by the event that falls on it, the two set as a range
        event_from = date is not None and nxt is not None and nxt[2] is not None and _FROM_EVENT_ON.search(head) and _TO_EVENT_ON.fullmatch(text, end, nxt[0])
        event_to = date is not None and prev is not None and prev[2] is not None and _TO_EVENT_ON.fullmatch(text, prev[1], start) \
            and _FROM_EVENT_ON.search(text, max(s_start, prev[0] - 60), prev[0])
        role, word, soft, opened_noun = None, "", False, None
        m_end = k.end_re.search(head) or _LAST_DATE.search(text, max(s_start, start - 80), start) or _RESUMES.search(text, max(s_start, start - 120), start) \
            or (_cut_off_after(text, max(s_start, start - 40), start, end, s_end) if date is not None else None)
        m_start = k.start_re.search(head) or (_OPEN_FOR.search(head) if k.noun_re.search(head, max(0, len(head) - 40)) else None)
        when = _WHEN_PERIOD.match(text, end)  # ("due back at 7am on Thursday, when the walkout ends": a weekday too)
        told_by_when = [n for n in nouns if when is not None and when.start("noun") <= n.start < when.end("noun")]
        day_of = _DAY_OF_PERIOD.match(text, end) if not told_by_when else None
        if day_of is not None:
            told_by_when = [n for n in nouns if not n.verb and day_of.end() <= n.start <= day_of.end() + 30 and not _PUNCTUATION.search(text, day_of.end(), n.start)][:1]
        if told_by_when and day_of is not None:  # "on May 15, the close of a 60-day window": the window's end, whatever the words before
            role, word = ("end" if day_of.group("end") else "start"), day_of.group("end") or day_of.group("start")
        elif told_by_when:  # "from 4am on Wednesday 18 March, when the stoppage ends": the stoppage's end, whatever the words before
            role, word = ("end" if when.group("verb").lower() in _WHEN_ENDS else "start"), when.group().strip(" ,").lower()
        elif event_from:
            role, word = "start", "from"
        elif event_to:
            role, word = "end", "to"
        elif m_end:  # "again from 15 June" ends a ban though "from" alone starts one; "begin by 3 March" is a limit
            role, word = "end", m_end.group().strip().lower()
            if m_end.re is _LAST_DATE and not k.noun_re.search(m_end.group()) and any(n.end <= m_end.start() for n in nouns):
                continue  # "Nominations can be filed … and the last date for withdrawal of candidature is April 23": another errand's
            other = _RELATIVE_BEFORE.search(head, 0, m_end.start())
            if other and other.group("noun").lower() in k.not_periods and not k.noun_re.fullmatch(other.group("noun")):
                continue  # "voted for strikes in a ballot that closed on 9 October": the ballot's close
            antecedent = start - len(head) + other.start("noun") if other else -1
            if other and not k.noun_re.fullmatch(other.group("noun")) and not any(antecedent - 40 <= n.start <= antecedent for n in nouns):
                continue  # "… agreed a three-year collective agreement, which runs until October 31, 2028": the agreement's end, no
                # period's ("the strike by nurses, which runs until" is the strike's)
            if _ANOTHER_ONE_BEFORE.search(text, max(s_start, start - 120), start - len(head) + m_end.start()):
                continue  # "The consultation on black bags is separate from one on garden waste, which closed on 30 January"
            if word.startswith("by") and _OPENING_BY.search(text, s_start, start):
                continue
            if word == "through" and not _DIGIT.search(text, start, end):
                continue  # "accept comments through Oct. 29" ends them; "largely held through Sunday" tells how long it lasted
            if word.startswith("by") and _TALLY_BY.search(text, max(s_start, start - 160), start):
                continue  # "2,840 disclosures had been made under the scheme by October 16th": a count so far, not an end
            # (read from further back than the head: "… opened with its publication and closes at 16:00 on" has no subject)
            subject = _SUBJECT_BEFORE.search(text, max(s_start, start - 80), start - len(head) + m_end.start())
            if subject and not k.noun_re.match(text, subject.start(1)) and word.split()[0] in _SUBJECT_VERBS:
                continue  # "The offer, announced after the market closed on Monday": the market's close, not the offer's
        elif m_start:
            role, word = "start", m_start.group().strip().lower()
            soft = bool(k.soft_start_re.search(head))
            if word.startswith(("starting", "beginning", "commencing")) and _UNDER_A_PERIOD.search(text, s_start, start):
                continue  # "will publish stock figures every Friday while the scheme is in force, starting on 10 July": the
                # publishing starts, and the scheme is only the time it goes on in
            other = _RELATIVE_BEFORE.search(head, 0, m_start.start())
            if other and other.group("noun").lower() in k.not_periods and not k.noun_re.fullmatch(other.group("noun")):
                continue  # "will not affect the lampuki season, which opens on 15 August": the season's opening
        elif any(n.verb and n.end <= start and _VERB_DATED.fullmatch(text, n.end, start) for n in nouns):
            role, word = "start", "told by its verb"  # "walked off the job at 12:01 a.m. on Monday, Oct. 27": the day it began
        elif _RANGE_END.search(head) and i and points[i - 1][1] >= start - 12 or range_from:
            role, word = "end", "to"  # "from 3 March to 14 April"
        elif range_to:
            role, word = "start", "from"  # "24 Nov to 8 Dec", "(27 April to 29 June)"
        elif date is not None and (after := k.end_noun_re.match(text, end)) and _DETERMINER_END.search(head):
            role, word = "end", after.group().strip().lower()
            end = after.end()
        elif date is not None and (late := _LATE_START.search(text, s_start, start)) and not any(s_start <= p[0] < start for p in points[:i]):
            role, word, soft = "start", late.group("verb").lower(), True  # "The offer formally commenced with the filing … on Sept. 10"
        elif date is not None and (opened := _opened_after(text, end, nouns)) is not None:
            (word, opened_noun), role, soft = opened, "start", True  # "published on Monday, Sept. 14, starting the clock on the comment period"
        elif date is not None and (given := _GIVEN_ON.search(text, s_start, start)) and any(given.end("verb") <= n.start < start and not n.verb for n in nouns) \
                and not any(s_start <= p[0] < start for p in points[:i]):
            role, word, soft = "start", given.group("verb").lower(), True  # "issued a 14-day ultimatum to the university on Monday 2 February"
        elif date is not None and (given_to := next((n for n in nouns if not n.verb and n.end <= start and _GIVEN_AFTER_NOUN.fullmatch(text, n.end, start)), None)):
            role, word, soft = "start", "given", True  # "The 14-day notice, served on the ministry on Monday, May 25, lapses on …"
        if role is None and not text[s_start:start].strip(" \"\u201c").lower() in ("", "on") and not _SUBJECT_ON.fullmatch(text, s_start, start):
            continue
        if role is None:
            # "On Monday the branch issued the university with a 14-day ultimatum": the day the period was given
            given = None
            for n in nouns:
                if n.start > end and not n.verb and not any(end <= p[0] < n.start for p in points):
                    given = _GIVEN_AFTER.match(text[: n.start], end) and n
                    break
            if not given:
                continue
            facts.append(PeriodFact("start", start, end, given, "given", date=date, weekday=weekday, tense=Tense.PAST if weekday is not None else Tense.UNKNOWN,
                                    soft=True, clock=_clock(text, s_start, start, end)))
            continue
        if role == "end" and _CLOSING_WORD.match(word):
            closing = owner(start)
            if closing is not None and closing.kind == "closure":
                if _STAYS_CLOSED.search(text, max(s_start, start - 40), start):
                    continue  # "were closed on Wednesday and will stay shut on Friday": a day of the closure, no start
                role = "start"  # a closure starts when the place closes
        if told_by_when:
            noun = told_by_when[0]
        elif opened_noun is not None:
            noun = opened_noun
        elif word in {n.lower() for n in ("deadline", "closing date", "cut-off", "cutoff")} or (role == "end" and end > (date.end if date else end)):
            noun = next((n for n in nouns if date is not None and date.end <= n.start <= end), None)  # "the 2 May deadline"
        else:
            noun = owner(start)
        if noun is None and role == "end" and (errand := _TO_DO.match(text, end)):
            noun = _errand_noun(nouns, text, errand.end())  # "has until Dec. 22 to get written comments to the commission"
        if noun is None and role == "start":
            # "have been given ten days, starting on 13 April, to declare …": the start of the length just before it
            noun = next((f.noun for f in facts if f.role == "duration" and f.end <= start and _STARTING_DAY.match(text, f.end) and start - f.end <= 30
                         and word.startswith(("starting", "beginning", "commencing"))), None)
        if noun is None and range_from:
            # "Running from 2 March to 8 June, the 12-week consultation …": the range's end is its start's period's
            noun = next((f.noun for f in facts if f.role == "start" and f.start == prev[0]), None)
        if noun is None:
            continue
        if noun.end <= start and _OWN_CLAUSE.search(text, max(noun.end, start - 200), start) and not any(noun.end <= n.start < start for n in nouns):
            continue  # "The window will close on 19 December, and schools must upload the marks by 9 January": another errand's day
        tense = Tense.UNKNOWN
        if weekday is not None:
            if _PARTICIPLE_BEFORE.search(text, max(s_start, start - 20), start):
                continue  # "with the window closing on Monday night": the participle says nothing of which Monday
            tense = governing_verb(text, start, end)[0]
            if tense is Tense.UNKNOWN:
                continue
        facts.append(PeriodFact(role, start, end, noun, word, date=date, weekday=weekday, tense=tense, soft=soft, clock=_clock(text, s_start, start, end)))
    facts += _ended_by_the_act(text, s_start, s_end, nouns, dates, weekdays, quoted, facts)
    facts += _opening_today(text, s_start, s_end, nouns, quoted, owner, facts)
    return facts


# "Applications open today", "The plans go on public display today", "from tomorrow": a start named by its distance from publication
_OPENS_ON_DAY = re.compile(
    r"\b(?P<verb>open|opens|opened|opening|begin|begins|began|start|starts|started|from|starting|beginning|commencing|"
    r"(?:go|goes|went|going)\s+on\s+(?:public\s+)?(?:display|exhibition))\s+(?P<day>today|tomorrow)\b(?![-'\u2019])"
    r"(?![,\s]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d))", re.I)  # "from tomorrow, Thursday 12 March": the date says it
_DAYS_AHEAD = {"today": 0, "tomorrow": 1}
# "The regulator today opened a public consultation": the day written before the act that opens the period after it
_DAY_OPENS = re.compile(r"\b(?P<day>today|tomorrow)\s+(?P<verb>opened|opens|will\s+open|launched|launches|will\s+launch|began|begins|started|starts)\s+(?:a|an|the|its|their)\s+", re.I)


def _opening_today(text, s_start, s_end, nouns, quoted, owner, facts) -> list[PeriodFact]:
    """The start of the period a sentence names, told as today or tomorrow ("Applications open today and will stay open for
    four weeks, closing at 5pm on Monday 13 April", "EPRA today opened a public consultation"): the publication's day, or
    the day after it."""
    out = []
    for m in _OPENS_ON_DAY.finditer(text, s_start, s_end):
        if quoted(m.start("day")):
            continue
        noun = owner(m.start("day"))
        if noun is None or noun.verb or noun.start > m.start("day") or any(f.role == "start" and f.noun is noun for f in facts):
            continue
        out.append(PeriodFact("start", m.start("day"), m.end("day"), noun, m.group("verb").lower(), offset=_DAYS_AHEAD[m.group("day").lower()]))
    for m in _DAY_OPENS.finditer(text, s_start, s_end):
        noun = next((n for n in nouns if m.end() <= n.start <= m.end() + 30 and not n.verb), None)
        if quoted(m.start("day")) or noun is None or any(f.role == "start" and f.noun is noun for f in facts + out):
            continue
        out.append(PeriodFact("start", m.start("day"), m.end("day"), noun, m.group("verb").lower(), offset=_DAYS_AHEAD[m.group("day").lower()]))
    return out


# "…, ending a strike", "…, ending the six-week lockout": a participle that ends the period named right after it
_ENDING = re.compile(r",\s+(?:so\s+)?(?:ending|ended|which\s+ended|bringing\s+an\s+end\s+to|to\s+end)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?\Z", re.I)


def _ended_by_the_act(text, s_start, s_end, nouns, dates, weekdays, quoted, facts) -> list[PeriodFact]:
    """The end of a period a sentence's act brings to an end ("Workers voted Wednesday to ratify a contract, ending a
    strike that had halted production since Sept. 21"): the one day the clause before the participle names, past."""
    out = []
    for n in nouns:
        if n.verb or n.several or quoted(n.start) or any(f.role == "end" and f.noun is n for f in facts):
            continue
        m = _ENDING.search(text, max(s_start, n.start - 60), n.start)
        if m is None:
            continue
        days = [w for w in weekdays if s_start <= w.start < m.start() and not quoted(w.start)]
        days += [d for d in dates if s_start <= d.start < m.start() and not quoted(d.start) and d.day is not None]
        if len(days) != 1:
            continue
        day = days[0]
        if isinstance(day, DateMention):
            out.append(PeriodFact("end", day.start, day.end, n, "ending", date=day, tense=Tense.PAST))
        else:
            out.append(PeriodFact("end", day.start, day.end, n, "ending", weekday=day, tense=Tense.PAST))
    return out


# the subject written just before an end verb ("after the market closed on"), when it is a noun phrase of its own: up to two
# words after a determiner, none of them a preposition ("the window for comments closes" is the window's), and not
# itself the object of a preposition ("The consultation on the bypass closes" is the consultation's)
_SUBJECT_BEFORE = re.compile(r"(?<!\bon )(?<!\bof )(?<!\bfor )(?<!\bto )(?<!\bin )(?<!\bat )(?<!\bby )(?<!\bwith )(?<!\babout )(?<!\bover )(?<!\bfrom )\b(?:the|its|their|his|her|our)\s+(?:(?!(?:for|of|to|on|in|at|with|by|and|or|but)\b)[a-z][\w-]*\s+){0,2}?((?!(?:for|of|to|on|in|at|with|by|and|or|but)\b)[a-z][\w-]*)\s+\Z")
_SUBJECT_VERBS = frozenset("closed closes close ended ends end shut shuts finished finishes".split())


# "4am on", "at 00:01 on", "23:59 on", "6 a.m. on": the time of day written just before a date; "Tuesday 17 March at 4am" after it
_CLOCK_BEFORE = re.compile(r"\b(?P<time>\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{2}[:.]\d{2}|[012]\d[0-5]\d\s*hrs|noon|midday)\s+(?:(?:[A-Z][a-z]+\s+)?time\s+)?(?:on\s+)?(?:the\s+)?\Z", re.I)
_CLOCK_AFTER = re.compile(r",?\s+at\s+(?P<time>\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{2}[:.]\d{2}|noon|midday)(?![\w:.])", re.I)
_HRS = re.compile(r"\A(\d\d)(\d\d)\s*hrs\Z")
_TIME_PARTS = re.compile(r"(\d{1,2})(?:[.:](\d\d))?\s*(am|pm|a\.m\.|p\.m\.)?", re.I)


def _clock(text: str, lo: int, start: int, end: int) -> int | None:
    """The time of day written with a date, in minutes after midnight, or None ("midnight" says too little: which end of the day?)."""
    m = _CLOCK_BEFORE.search(text, max(lo, start - 25), start) or _CLOCK_AFTER.match(text, end)
    if m is None:
        return None
    written = m.group("time").lower()
    if written in ("noon", "midday"):
        return 12 * 60
    parts = _TIME_PARTS.match(_HRS.sub(r"\1:\2", written))  # "2000 hrs" is 20:00
    hour, minute, half = int(parts.group(1)), int(parts.group(2) or 0), (parts.group(3) or "").replace(".", "")
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12) or (not half and parts.group(2) is None):
        return None
    if half == "pm" and hour != 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute
