"""The tense that governs a time expression in a sentence.

"On Monday the minister said …" is past; "Monday's meeting is expected to …"
and "On Monday, Ms Okafor will chair …" are future. The reading is heuristic, in
this order:

1. A speech verb just before the expression ("said on Monday", "told
   reporters on Friday that …") makes it past: in "The council said on Monday
   it will meet", Monday is when it spoke, not when it meets.
2. Otherwise the nearest finite verb inside the expression's clause decides
   (clauses end at commas, semicolons, dashes, quotes and words such as "that",
   "which", "and", "after").
3. A clause with no finite verb ("On Monday," at the head of a sentence, "on
   Monday and Tuesday") takes the main verb after it when it opens the
   sentence, else the nearest finite verb in the sentence.

A participle after "be", "been" or "being" ("will be reviewed", "is due to be
held") belongs to the verb group before it and has no tense of its own; "planned"
and "scheduled" count as plans only when a preposition, a time word or a weekday
follows ("the vote scheduled for Monday", not "14 planned operations"). A word in "-ed" straight after a verb group
is its object's adjective, no verb ("will present updated projections on Aug. 18" is future).

"would", "could", "might" and other modals give "unknown": "he would meet on
Monday" says nothing certain about when Monday is.
"""

from __future__ import annotations

import bisect
import re
from enum import Enum

from .sentences import MAX_SENTENCE

__all__ = ["Tense", "TenseReading", "governing_verb", "reported_speech_verb_before", "tense_at"]


class Tense(str, Enum):
    """The tense of the clause around a time expression."""

    PAST = "past"
    FUTURE = "future"
    PRESENT = "present"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


_SPEECH_VERBS = (
    "said|told|announced|stated|confirmed|warned|added|claimed|reported|insisted|"
    "declared|revealed|admitted|explained|wrote|tweeted|posted|argued|suggested|"
    "acknowledged|indicated|noted|disclosed|denied|vowed|pledged|promised|asked|"
    "urged|replied|responded|commented|remarked|said\\s+in\\s+a\\s+statement|saying"
)
# "said on Monday", "told reporters on Friday", "said in her weekly podcast on Monday"
_SPEECH_BEFORE_RE = re.compile(
    rf"\b(?P<verb>{_SPEECH_VERBS})\b"
    r"(?P<between>(?:\s+(?!(?:it|he|she|they|we|I|you|that|there|this|will|would|shall|"
    r"is|are|was|were|be|has|have|had|could|can|may|might|must|to)\b)[\w'’-]+){0,5}?)"
    r"\s+(?:(?:late|early|earlier|later)\s+)?(?:on|last|this|earlier|in|at)?\s*\Z",
    re.IGNORECASE,
)
_AUXILIARY_BEFORE_RE = re.compile(r"\b(?:be|been|being|will|shall|would|to)\s+\Z", re.IGNORECASE)
_SPEECH_END_RE = re.compile(rf"\b(?:{_SPEECH_VERBS})\Z", re.IGNORECASE)
# a past participle after its noun, with no auxiliary: "submissions lodged before", "the letters sent on"
# a relative clause in the past passive before its day: "that were missed on", "which was postponed from"
_PASSIVE_RELATIVE_RE = re.compile(r"\b(?:that|which|who)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ed|[a-z]+en)\s+(?:on|before|after|from|until)\s+\Z", re.I)
_REDUCED_RELATIVE_RE = re.compile(
    r"\b(?P<prev>[\w'\u2019]+)\s+(?:already\s+|only\s+|previously\s+)?(?:[a-z]+ed|lost|built|sold|paid|won|hit|cut|shut|struck|burnt|burned|left|taken|given|made|held|withheld|kept|sent|spent|caught|laid|sought|dug|shot|seized|stolen|drawn|grown|chosen|written)"
    # "the 41 homes lost in Pine Hollow on Monday night will be cleared": a place may come between the participle and its day
    r"(?:\s+(?:in|at|near)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3})?\s*(?:before|by|after|on|until|till|from)\s+\Z"
)
_NOT_REDUCED = frozenset(
    """be been being is are was were am will would has have had get gets got he she they we it i you who which that
    and or but then also just not never""".split()
)
# "after defeating …": a verb's -ing form, not a noun ending so ("after morning prayers", "after the hearing")
_AFTER_DOING_RE = re.compile(r"\b(?:after|following)\s+(?!(?:morning|evening|meeting|hearing|building|opening|wedding|sitting|briefing|ruling|"
                             r"warning|training|landing|signing|reading|spring|nothing|something|everything|anything)\b)[a-z]+ing\b[^,;:.!?]*\Z", re.I)
_SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:(?:early|late|about|around|[\d.:]+\s*(?:am|pm|a\.m\.|p\.m\.)?)\s+)?(?:on\s+|last\s+)?\Z", re.IGNORECASE)
_JOINED_DAY_BEFORE_RE = re.compile(
    r"\b(?:on|from|since|until|by)\s+(?P<day>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}))?)\s+(?:and|or|&)\s+\Z")
# "by Friday evening, May 29, with the season set to close on Sunday": a date after a weekday and its part of the day
# names that weekday, and is governed as it is
_WEEKDAY_GLOSSED_RE = re.compile(
    r"(?:\b(?:on|by|from|since|until|till|before|after)\s+(?P<day>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)"
    # ("The action, which began yesterday, Tuesday 3 March, is scheduled to last": the day "yesterday" is)
    r"|\b(?P<relative>(?:yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening))?)),\s+\Z")
# "which conducted the test between May 13 and June 3": the second day of a range is the first one's
_RANGE_FIRST_DAY_BEFORE_RE = re.compile(
    r"\b(?:between|from)\s+(?P<day>(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?)\s+(?:and|to|until|till|through)\s+\Z")
# "Bids, originally due on Friday 13 March, will now be accepted until …": the day of a plan since changed lies
# behind the new one, whatever the main verb's tense
_FORMER_PLAN_BEFORE_RE = re.compile(
    r"\b(?:originally|initially|first|previously)\s+(?:due|set|scheduled|planned|expected|timetabled)(?:\s+to\s+[a-z]+)?\s+(?:on\s+|for\s+)?\Z", re.IGNORECASE)
# "on the register at the record date, 18 March, will be paid": a day set off by commas after a preposition's noun
# names that noun's day, not the time of the clause's verb
_APPOSED_TO_OBJECT_RE = re.compile(
    r"\b(?:at|by|before|after|on|from|until|till|of|for)\s+(?:the|its|their|this|that)\s+(?:[a-z][\w'\u2019-]*\s+){0,2}[a-z][\w'\u2019-]*,\s*\Z"
)
_COMMA_AFTER_RE = re.compile(r"\s*,")
# a day that fixes what a figure is measured at, not when anything happens
# ("on the register as of October 19", "balances as at 31 March": the day a list or a figure is taken at)
_REFERENCE_DATE_RE = re.compile(r"\b(?:(?:valuation|record|reference|census|qualifying|liability)\s+date\s*(?:of|is|was|,|:)?|as\s+(?:of|at))\s+\Z", re.IGNORECASE)
# "as saying on Monday": the saying happened when the main verb did
_AS_SAYING_RE = re.compile(r"\bas\s+saying\s+(?:on\s+)?\Z", re.IGNORECASE)

# whole words only: the "am" of "2am" is not a verb
_WORD_RE = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)*(?:['’][A-Za-z]+)?\b")  # "will be cross-examined": one participle
_SENTENCE_BREAK_RE = re.compile(r"(?<![.!?])[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n+")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt prof rev no jan feb mar apr jun jul aug sep sept "
    "oct nov dec u.s u.k vs etc cpl maj capt gov sen rep".split()
)
_CLAUSE_BREAK_RE = re.compile(
    r"[,;:()\[\]\"“”–—]|\s-\s|"
    r"\b(?:and|but|that|which|who|whom|whose|while|whereas|when|after|before|because|"
    r"although|though|if|unless|where|so|until|once|as|what)\b",
    re.IGNORECASE,
)

_FUTURE_AUX = frozenset({"will", "shall", "won't", "won’t", "'ll", "’ll"})
_MODALS = frozenset(
    {"would", "could", "might", "should", "may", "must", "can", "wouldn't", "couldn't",
     "would’t", "ought"}
)
_BE_PRESENT = frozenset({"is", "are", "am", "isn't", "aren't"})
_BE_PAST = frozenset({"was", "were", "wasn't", "weren't"})
_HAVE = frozenset({"has", "have", "hasn't", "haven't", "'ve"})
_FUTURE_AFTER_BE = frozenset(
    {"expected", "due", "set", "going", "scheduled", "planned", "poised", "slated",
     "about", "likely", "to", "unlikely", "preparing", "hoping", "planning", "bound"}
)
_FUTURE_PLAN_VERBS = frozenset(
    {"plans", "plan", "intends", "intend", "aims", "aim", "hopes", "hope", "expects",
     "expect", "wants", "want", "vows", "promises", "pledges", "threatens"}
)
# "Whips are meeting the rebels on Tuesday": the present progressive of an arranged
# event speaks of the future; verbs that also describe ongoing states are left out
_ARRANGED_PROGRESSIVES = frozenset(
    {"meeting", "hosting", "visiting", "travelling", "traveling", "flying", "unveiling",
     "publishing", "launching", "staging", "reopening"}
)
# "the hearing planned for Wednesday" (headline style, no auxiliary)
# Verbs whose object is told to do something later: the weekday after "to VERB" is that later day.
_REQUEST_VERBS = frozenset(
    {"asked", "told", "urged", "advised", "ordered", "instructed", "invited", "encouraged", "warned", "reminded", "requested"}
)
_RESCHEDULING_VERBS = frozenset(
    {"postponed", "cancelled", "canceled", "rescheduled", "abandoned", "suspended", "scrapped", "moved", "delayed"}
)
_INFINITIVE_AFTER_REQUEST_RE = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?to\s+(?!the\b|a\b|an\b)[a-z]+\b")
_FUTURE_PARTICIPLES = frozenset({"planned", "scheduled", "slated", "expected", "due", "set"})
_ADVERBS = frozenset(
    {"also", "now", "still", "not", "already", "just", "never", "ever", "then", "due",
     "widely", "only", "even", "again", "previously", "recently", "since", "further",
     "reportedly", "n't", "yet", "finally", "first", "initially", "later", "earlier"}
)
_IRREGULAR_PAST = frozenset(
    """said told held met took made went came gave saw began led left lost won struck
    fell rose sent spoke wrote brought bought sold thought found kept knew became ran
    paid fought chose drove flew grew threw broke stood sat got shot swore understood
    withdrew forgot forgave hid overtook undertook meant felt heard built spent lent
    sought taught caught dealt sank stole swept slept fled bore drew ate rode sang
    woke arose forbade foresaw mistook overthrew""".split()
)
_IRREGULAR_PARTICIPLES = frozenset(
    """been done gone seen given taken known shown grown thrown broken chosen driven
    written spoken stolen forgotten hidden fallen risen eaten begun won lost held met
    made said told left sent brought bought sold thought found kept become run paid
    fought stood got gotten shot struck understood withdrawn put set hit cut let
    spent built heard meant felt""".split()
)
_PRESENT_VERBS = frozenset(
    """says tells insists argues believes thinks wants faces remains continues
    hopes expects meets holds begins starts opens comes goes takes makes looks seems
    appears means needs includes marks closes ends runs expires finishes lasts resumes reopens
    do does don't doesn't""".split()
)
# no finite verb follows a preposition: "leaders of registered political parties" holds an adjective
_PREPOSITIONS = frozenset("of with for from among into about between against without within under by".split())
_DETERMINERS = frozenset(
    """a an the this that these those his her its their our my your some any no
    every each very most more less well newly so un""".split()
)
_NOT_PAST_ED = frozenset(
    """need needed indeed speed proceed succeed exceed hundred bed red seed feed breed
    bleed shed wed embed kindred sacred naked wicked rugged ragged beloved united
    armed alleged so-called based aged""".split()
)
_PAST_AUX = frozenset({"did", "didn't", "had", "hadn't", "'d"})
_BE_INFINITIVE = frozenset({"be", "been", "being"})
# what follows "planned"/"scheduled" used as a verb: "the vote scheduled for Monday", "slated to open"
_PLAN_LINKS = frozenset({"for", "to", "on", "in", "at", "until", "next", "this", "later", "tomorrow"})
_WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


class _Verb:
    """A finite verb group found in a sentence."""

    __slots__ = ("start", "end", "tense")

    def __init__(self, start: int, end: int, tense: Tense) -> None:
        self.start, self.end, self.tense = start, end, tense


def _sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence of text after the first starts, and where the one before it ends (one pass over the text)."""
    cuts: list[int] = []
    ends: list[int] = []
    for m in _SENTENCE_BREAK_RE.finditer(text):
        if not m.group().startswith("\n"):
            before = _WORD_RE.findall(text[max(0, m.start() - 6):m.start() + 1])
            if before and (before[-1].lower() in _ABBREVIATIONS or len(before[-1]) == 1):
                continue  # "Mr.", "Emily W. Murphy"
        _cut_long(text, cuts, ends, m.start())
        cuts.append(m.end())
        ends.append(m.start() + 1)
    _cut_long(text, cuts, ends, len(text))
    return cuts, ends


def _cut_long(text: str, cuts: list[int], ends: list[int], upto: int) -> None:
    """Cut the text from the last cut up to upto at spaces, as split_sentences does, if it is overlong."""
    start = cuts[-1] if cuts else 0
    while upto - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        ends.append(cut)
        cuts.append(cut + 1 if text[cut:cut + 1] == " " else cut)
        start = cuts[-1]


def _next_word(words: list[re.Match[str]], i: int) -> tuple[int, str]:
    """Index and lowercased text of the next word after i that is not an adverb."""
    j = i + 1
    while j < len(words) and (
        words[j].group().lower() in _ADVERBS or words[j].group().lower().endswith("ly")
    ):
        j += 1
    if j < len(words):
        return j, words[j].group().lower()
    return j, ""


def _verbs(text: str, start: int, end: int) -> list[_Verb]:
    """Finite verb groups in text[start:end] with their tense."""
    words = list(_WORD_RE.finditer(text, start, end))
    verbs: list[_Verb] = []
    skip_until = -1
    mixed_case = not text[start:end].isupper()
    for i, m in enumerate(words):
        if i <= skip_until:
            continue
        raw = m.group()
        if len(raw) > 1 and raw.isupper() and mixed_case:
            continue  # "the DID Tanah Merah district office", "IS fighters": an acronym in mixed-case copy, not a verb
        w = raw.lower().replace("’", "'")
        prev = words[i - 1].group().lower() if i else ""
        tense: Tense | None = None
        last = i
        if w in _FUTURE_AUX or w.endswith("'ll"):
            if prev == "the" or prev == "political":
                continue  # "the will of the people"
            tense, last = Tense.FUTURE, i + 1
        elif w in _MODALS:
            if w == "may" and raw == "May":
                continue
            tense, last = Tense.UNKNOWN, i + 1
        elif w in _BE_PRESENT:
            j, nxt = _next_word(words, i)
            if w == "is" and prev == "that" and text[m.end() : m.end() + 1] == ",":
                continue  # "within 21 days, that is, no later than Saturday": an apposition, not a verb
            if nxt in _FUTURE_AFTER_BE or (nxt in _ARRANGED_PROGRESSIVES and w in ("is", "are", "am")):
                tense, last = Tense.FUTURE, j
            else:
                tense, last = Tense.PRESENT, j if nxt.endswith(("ed", "en", "ing")) else i
                if nxt == "being":  # "are being held": the participle belongs to this group
                    k, after = _next_word(words, j)
                    if after.endswith(("ed", "en")) or after in _IRREGULAR_PARTICIPLES:
                        last = k
        elif w in _BE_PAST or w in _PAST_AUX:
            j, nxt = _next_word(words, i)
            tense = Tense.PAST
            last = j if (nxt.endswith(("ed", "en")) or nxt in _IRREGULAR_PARTICIPLES or nxt in _FUTURE_AFTER_BE) else i
        elif w in _HAVE:
            j, nxt = _next_word(words, i)
            if nxt.endswith("ed") or nxt in _IRREGULAR_PARTICIPLES:
                tense, last = Tense.PAST, j
            elif nxt == "to" or prev in _DETERMINERS:
                continue
            else:
                tense = Tense.PRESENT
        elif w in _FUTURE_PLAN_VERBS:
            j, nxt = _next_word(words, i)
            if nxt == "to" and prev not in _DETERMINERS and prev != "to":
                tense, last = Tense.FUTURE, j
            elif w in _PRESENT_VERBS and prev not in _DETERMINERS:
                tense = Tense.PRESENT
            else:
                continue
        elif prev in _BE_INFINITIVE and (
            (w.endswith("ed") and w not in _NOT_PAST_ED) or w in _IRREGULAR_PARTICIPLES or w in _IRREGULAR_PAST
        ):
            # "will be reviewed", "due to be held", "has been moved": the participle of a
            # passive belongs to the verb group before it and has no tense of its own
            if verbs and verbs[-1].end == words[i - 1].end():
                verbs[-1].end = m.end()
            continue
        elif w in _FUTURE_PARTICIPLES and prev not in _DETERMINERS and not prev.endswith("ly"):
            nxt = words[i + 1].group().lower() if i + 1 < len(words) else ""
            if w in ("planned", "scheduled", "slated") and nxt not in _PLAN_LINKS and nxt not in _WEEKDAY_WORDS:
                continue  # "14 planned operations": an adjective, not "the meeting planned for Monday"
            if w == "set" and nxt not in ("for", "to"):
                continue
            if w == "expected" and nxt not in ("for", "to", "on", "in", "at"):
                continue
            if w == "due" and nxt not in ("for", "on", "in", "at"):
                continue  # "due to a landslide" is a cause, not a plan
            if text[max(0, m.start() - 3) : m.start()].rstrip().endswith(",") and w in ("planned", "scheduled", "slated", "set"):
                continue  # "A previous strike, planned for Tuesday 20 October, was called off": the main verb tells when
            if any(words[k].group().lower() == "than" for k in range(max(0, i - 6), i)) and "," not in text[words[max(0, i - 6)].start() : m.start()]:
                continue  # "two weeks later than the 7 November finish planned in June": the plan is what the event is measured against
            # "Signatures were due on Friday, June 19": a plan told in the past, its day gone or not
            tense = Tense.PAST if prev in ("was", "were") else Tense.FUTURE
        elif w in _IRREGULAR_PAST:
            if prev == "to":
                continue
            tense = Tense.PAST
        elif (
            w.endswith("ed") and len(w) >= 4 and w not in _NOT_PAST_ED
            and prev not in _DETERMINERS and prev not in _PREPOSITIONS and not prev.endswith(("'s", "’s"))
            and (raw[0].islower() or i == 0)
            and not (i >= 2 and words[i - 2].group().lower() == "to")  # "to review challenged ballots": the object's adjective
            # "will present updated projections": straight after a verb group, the object's adjective
            and not (verbs and verbs[-1].end == words[i - 1].end() and text[words[i - 1].end() : m.start()] == " ")
        ):
            tense = Tense.PAST
        elif w in _PRESENT_VERBS and prev not in _DETERMINERS and prev != "to":
            tense = Tense.PRESENT
        if tense is None:
            continue
        verbs.append(_Verb(m.start(), words[min(last, len(words) - 1)].end(), tense))
        skip_until = last
    return verbs


def reported_speech_verb_before(text: str, start: int) -> bool:
    """Return True when a speech verb directly precedes position start ("said on Monday")."""
    head = text[max(0, start - 80):start]
    m = _SPEECH_BEFORE_RE.search(head)
    if not m or _CLAUSE_BREAK_RE.search(m.group("between") or ""):
        return False
    # "Results will be declared on Thursday", "is due to announce on": the telling is the event itself, its own verb's tense
    return not _AUXILIARY_BEFORE_RE.search(head, 0, m.start("verb"))


_FINITE_AFTER_RE = re.compile(r"\s+(?:will|would|shall|is|are|was|were|has|have|had)\b")
# a second predicate of the same subject: ", and will be sent", "and has since"
# ", meaning …", ", which means …": a consequence after the expression, told with a time of its own
# (or what the day came before: "closed at Rs 805.25 on Tuesday, ahead of what brokers expect to be a busy week")
_CONSEQUENCE_RE = re.compile(r"\s*,\s+(?:meaning|which\s+means|which\s+meant|ahead\s+of)\b", re.I)
_AND_PREDICATE_RE = re.compile(
    r"\s*,?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:will|would|is|are|was|were|has|have|had|shall|can|could|may|might|should|must)\b", re.I
)


def _nearest(verbs: list[_Verb], start: int, end: int) -> _Verb | None:
    best: tuple[int, int, _Verb] | None = None
    for v in verbs:
        if start <= v.start < end:
            continue  # a verb inside the expression itself
        gap = start - v.end if v.end <= start else v.start - end
        # on a tie, the verb before wins ("has held … on Monday, that led")
        key = (gap, 0 if v.end <= start else 1, v)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


class _SentenceVerbs:
    """One sentence's clause breaks and verb groups: the sentence's read when first asked, each clause's likewise."""

    __slots__ = ("start", "end", "_breaks", "_verbs", "_clauses")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end
        self._breaks: tuple[list[int], list[int]] | None = None
        self._verbs: list[_Verb] | None = None
        self._clauses: dict[tuple[int, int], list[_Verb]] = {}

    def clause(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Start and end of the clause around [start, end) within the sentence."""
        if self._breaks is None:
            found = [m.span() for m in _CLAUSE_BREAK_RE.finditer(text, self.start, self.end)]
            self._breaks = [a for a, _ in found], [b for _, b in found]
        starts, ends = self._breaks
        i = bisect.bisect_right(ends, start)
        j = bisect.bisect_left(starts, end)
        return (ends[i - 1] if i else self.start), (starts[j] if j < len(starts) else self.end)

    def verbs(self, text: str) -> list[_Verb]:
        """The verb groups of the whole sentence."""
        if self._verbs is None:
            self._verbs = _verbs(text, self.start, self.end)
        return self._verbs

    def clause_verbs(self, text: str, c_start: int, c_end: int) -> list[_Verb]:
        """The verb groups of one clause, read as a stretch of its own (its first word has no word before it)."""
        if (c_start, c_end) == (self.start, self.end):
            return self.verbs(text)
        found = self._clauses.get((c_start, c_end))
        if found is None:
            found = self._clauses[(c_start, c_end)] = _verbs(text, c_start, c_end)
        return found


class TenseReading:
    """A text's sentences, clause breaks and verb groups, each read once, for the tense of any expression in it.

    The annotation keeps one per block (`Annotation.tense_of`), so the many time expressions of a
    long paragraph share one pass over it. The sentences are this reader's own (cut at line breaks
    too, and with its own abbreviations), not the block's.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._cuts, self._ends = _sentence_breaks(text)
        self._sentences: dict[int, _SentenceVerbs] = {}

    def _sentence(self, pos: int) -> _SentenceVerbs:
        i = bisect.bisect_right(self._cuts, pos)
        found = self._sentences.get(i)
        if found is None:
            start = self._cuts[i - 1] if i else 0
            end = self._ends[i] if i < len(self._cuts) else len(self.text)
            found = self._sentences[i] = _SentenceVerbs(start, end)
        return found

    def tense_at(self, start: int, end: int) -> Tense:
        """Return the tense of the clause that governs the time expression at text[start:end]."""
        return self.governing_verb(start, end)[0]

    def governing_verb(self, start: int, end: int) -> tuple[Tense, tuple[int, int] | None]:
        """Return the tense governing text[start:end] and the span of the verb group that decided it, if any."""
        return _governing_verb(self, start, end)


def tense_at(text: str, start: int, end: int) -> Tense:
    """Return the tense of the clause that governs the time expression at text[start:end]."""
    return TenseReading(text).governing_verb(start, end)[0]


_MODIFIER_PARTICIPLE_RE = re.compile(r"[a-z]+ed\s+by\b")
_GLOSSED_BEFORE_RE = re.compile(r"(\w+)\s*\(\s*\Z")
_GLOSS_CLOSE_RE = re.compile(r"\s*\)")


def governing_verb(text: str, start: int, end: int, reading: TenseReading | None = None) -> tuple[Tense, tuple[int, int] | None]:
    """Return the tense governing text[start:end] and the span of the verb group that decided it, if any.

    Pass the text's `reading` (the annotation's `tense_of(block)`) when asking about many
    expressions of one text; without it the text's sentences are read afresh for this one.
    """
    return _governing_verb(reading if reading is not None and reading.text is text else TenseReading(text), start, end)


def _governing_verb(reading: TenseReading, start: int, end: int) -> tuple[Tense, tuple[int, int] | None]:
    text = reading.text
    gloss = _GLOSSED_BEFORE_RE.search(text, max(0, start - 40), start)
    if gloss and _GLOSS_CLOSE_RE.match(text, end):
        # "opened on Monday (March 2) and will close on April 13": a date in brackets glosses the word before it
        return _governing_verb(reading, gloss.start(1), gloss.end(1))
    joined = _JOINED_DAY_BEFORE_RE.search(text, max(0, start - 40), start) or _RANGE_FIRST_DAY_BEFORE_RE.search(text, max(0, start - 50), start) \
        or _WEEKDAY_GLOSSED_RE.search(text, max(0, start - 40), start)
    if joined:
        # "which were closed on Tuesday and Wednesday, are expected to reopen": the second day is the first one's
        day = "relative" if joined.groupdict().get("relative") else "day"
        return _governing_verb(reading, joined.start(day), joined.end(day))
    sentence = reading._sentence(start)
    s_start = sentence.start
    if _AS_SAYING_RE.search(text, max(0, start - 20), start):
        # "quoted a spokeswoman as saying on Friday": the tense of "quoted"
        before = [v for v in _verbs(text, s_start, start) if v.end <= start]
        return (before[-1].tense, (before[-1].start, before[-1].end)) if before else (Tense.PAST, None)
    if reported_speech_verb_before(text, start) and not _FINITE_AFTER_RE.match(text, end):
        # ("said the drop-in on 17 January will give commuters their chance": the day is in what was said, its subject's)
        return Tense.PAST, None
    if _APPOSED_TO_OBJECT_RE.search(text, max(s_start, start - 50), start) and _COMMA_AFTER_RE.match(text, end):
        return Tense.UNKNOWN, None
    if _REFERENCE_DATE_RE.search(text, max(s_start, start - 40), start):
        return Tense.UNKNOWN, None  # "based on its market value on the valuation date of 1 November": the day values are taken at
    if _SINCE_BEFORE_RE.search(text, max(0, start - 30), start):
        return Tense.PAST, None  # "closed since 6am on Tuesday, will stay closed": a time after "since" is behind us
    if _FORMER_PLAN_BEFORE_RE.search(text, max(s_start, start - 50), start):
        return Tense.PAST, None
    if _AFTER_DOING_RE.search(text, max(s_start, start - 80), start):
        # "will be Guelph's next mayor after defeating the incumbent in Monday's election": what was done before the main
        # verb's time may lie behind us or ahead, whatever that verb's tense
        return Tense.UNKNOWN, None
    if _PASSIVE_RELATIVE_RE.search(text, max(s_start, start - 50), start):
        return Tense.PAST, None  # "Collections that were missed on Saturday will be picked up": the relative clause's own day
    reduced = _REDUCED_RELATIVE_RE.search(text, max(s_start, start - 40), start)
    if reduced and reduced.group("prev").lower() not in _NOT_REDUCED:
        return Tense.PAST, None  # "Submissions lodged before 1 March will be considered": the day is the lodging's, not the main verb's
    if _CONSEQUENCE_RE.match(text, end):
        # "The 14-month ban runs from Thursday, meaning Dalgleish will not be able to drive": what follows is a
        # consequence with its own time; the day is the predicate's before it, whatever its tense
        before = [v for v in sentence.verbs(text) if s_start <= v.start and v.end <= start]
        return (before[-1].tense, (before[-1].start, before[-1].end)) if before else (Tense.UNKNOWN, None)
    c_start, c_end = sentence.clause(text, start, end)
    verbs = [v for v in sentence.clause_verbs(text, c_start, c_end) if not (start <= v.start < end)]
    chosen = _nearest(verbs, start, end)
    if chosen is None:
        sentence_verbs = [v for v in sentence.verbs(text) if not (start <= v.start < end)]
        if not text[s_start:c_start].strip(" \"“‘'("):
            # "On Monday, Ms Okafor will chair …": the main verb after governs
            after = [v for v in sentence_verbs if v.start >= end]
            chosen = after[0] if after else None
        if chosen is None and (_AND_PREDICATE_RE.match(text, end) or _CONSEQUENCE_RE.match(text, c_end)):
            # ("ordered the closure of the markets in Bwera and Mpondwe on 5 October for 21 days, meaning they will remain
            # shut": the consequence after the clause's end has its own time, as after the day itself)
            # "was lodged with the ASX on Tuesday, and will be sent to shareholders next week": the day ends the
            # first predicate; the one after "and" has its own time
            before = [v for v in sentence_verbs if v.end <= start]
            chosen = before[-1] if before else None
        if chosen is None:
            # ", followed by a private cremation": a participle after a comma, with its agent, qualifies; it is no predicate
            chosen = _nearest([v for v in sentence_verbs if not (v.start >= end and _MODIFIER_PARTICIPLE_RE.match(text, v.start)
                                                               and text[max(0, v.start - 2) : v.start] == ", ")], start, end)
    if chosen is not None and chosen.start >= end and "," in text[end : chosen.start] and _SPEECH_END_RE.search(text, chosen.start, chosen.end):
        # "will close after a farewell gala on Sunday 3 November, its trustees announced on Tuesday": the telling after a
        # comma has its own day; the predicate before the expression governs it
        before = [v for v in (verbs or sentence.verbs(text)) if v.end <= start and v.start >= s_start]
        chosen = before[-1] if before else chosen
    if chosen is not None and chosen.tense is Tense.PRESENT and chosen.start < start and (_TIME_CLAUSE_RE.search(text, max(s_start, c_start - 16), c_start)
                                                                                          or _TIME_CLAUSE_RE.match(text, c_start)):
        # "is due to decide on the money when it meets on Tuesday 10 February": the present of a clause of time
        # under a future main verb is that future
        main = [v for v in sentence.verbs(text) if s_start <= v.start and v.end <= c_start]
        if main and main[-1].tense is Tense.FUTURE:
            return Tense.FUTURE, (chosen.start, chosen.end)
    if chosen is not None and chosen.tense is Tense.PAST and chosen.end <= start and _request_before(text, chosen, start):
        # "asked drivers to avoid Pit Lane on Tuesday": the day belongs to the request, not the asking
        return Tense.UNKNOWN, (chosen.start, chosen.end)
    if chosen is not None and chosen.tense is Tense.PAST and chosen.start >= end and _rescheduling(text, chosen):
        # "the game on Saturday has been postponed": the day names the event called off, still ahead
        return Tense.UNKNOWN, (chosen.start, chosen.end)
    return (chosen.tense, (chosen.start, chosen.end)) if chosen else (Tense.UNKNOWN, None)


_TIME_CLAUSE_RE = re.compile(r"\b(?:when|once|until|till|as\s+soon\s+as)(?:\s*\Z|\s)", re.IGNORECASE)


def _rescheduling(text: str, verb: _Verb) -> bool:
    """Whether a verb group calls off or moves an event ("has been postponed", "was cancelled")."""
    words = [w.lower() for w in _WORD_RE.findall(text[verb.start:verb.end])]
    return bool(words) and words[-1] in _RESCHEDULING_VERBS


def _request_before(text: str, verb: _Verb, start: int) -> bool:
    """Whether a past request verb ("asked", "urged") governs an infinitive that reaches the time at start."""
    word = _WORD_RE.findall(text[verb.start:verb.end])
    return bool(word) and word[-1].lower() in _REQUEST_VERBS and bool(_INFINITIVE_AFTER_REQUEST_RE.match(text, verb.end, start))
