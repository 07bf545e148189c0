"""A line in the body that is the headline of another story: a pasted related-article link.

A body paragraph reads as a stray headline when it is one clause of headline length
with a verb ("Storm batters coast with 90mph gusts, killing at least one
driver"; a passive one without its auxiliary, "Gardeners urged to check sheds"), or a short label or a quotation, a colon and such a clause ("Transfer
window: Rovers reject £4m bid", "'We will not be blackmailed': Danish PM hits back"),
or a related video or live page ("Watch: Inside the Dunkirk camps", "Live: drones hit
Odesa port"), a headline that ends with a quoted phrase ("Iran admits downing Ukrainian jet, cites 'human error'":
the quote closes no sentence), or an explainer's headline ("Talks agreed in Jeddah: what we know so far",
"Petrol at £1.29: how cheaper crude is reaching the pumps"), or a single question about
a named subject ("Is the Democratic Party's Senate map as good as it looks?"; a reader's
question in the first or second person, "How do I get my money back?", is a Q&A
explainer's crosshead); otherwise
it has no closing punctuation, it does not open like a sentence of running prose
("The", "It", "But", a pronoun), it sits between ordinary punctuated paragraphs (a run
of unpunctuated lines is a list; a short crosshead may stand between the line and the
paragraph before it when the crosshead shares a word with the paragraph after the line:
"Homes at risk", then the line, then "340 properties ... at high risk"), and it shares no content word with the first
sentence of the paragraph after it (names aside; a word shared further down is chance), so it introduces nothing (a crosshead such as "Questions over
the wall" is followed by a paragraph about the wall; a "Watch:" or "Live:" link is never a crosshead). A line whose verb the
lists do not know still reads as another story's when it names someone, somewhere or a
figure the article never uses elsewhere and interrupts one passage: it shares no word
with the paragraphs either side, which share words with each other ("Gardaí seize
cannabis worth €80,000 in Carrowmore raid" between a quote and its continuation); a
listing's item title opens a new passage instead. Where the paragraphs either side share
nothing (a passage ends at the line), the line is another story's only when it is the
article's one unpunctuated line between paragraphs (others make it a crosshead), could
hold a verb ("to withdraw", "has", a word in -s or -ed: a title such as "Folk night at
the Corn Exchange" holds none) and names two strangers the article never uses, or
three when no headline verb is found. A line that brings someone in the way a headline does, a descriptor then a first name and a
surname no other paragraph names ("California lawyer Michael Avenatti convicted of attempted
extortion"), is another story's even when it shares words with the paragraph below: a
crosshead introduces the article's own people. Whatever its verb, a headline-shaped line (capitalised
or a figure first, no closing stop, at most one colon, not a note, a caption or a result
line, with two common words or more; a caption marks a place in the picture with a comma, "Jane Cole, left, with
her crew", while "stabbing in Cardiff city centre" or "Floods left thousands homeless" is a story's; an age between
commas, "Man, 42, jailed", is one apposition, not a list) is another story's when it shares no word of four
letters or more with the rest of the article ("Soap legend Maureen Tait in secret Cotswolds
wedding" in a story about a talent show's judge), or shares at most one in four of its
words and none of them with the first sentence after it or with the headline (words of time, "first", "next",
"year", are shared by chance and not counted; a crosshead shares the story's subject); such a line may also
stand beside a crosshead or just before the first paragraph. A paragraph of two sentences or more and 30 words
or more that lost only its last full stop is running prose beside such a line, and a line of names with one
verb ("Wikinews attends Texas Haunters Convention") need not hold two common words when it names three
things the article never does (a signature, "Pauline Dwyer, Lower Marston", has no verb). A feature's or a series' title with no
verb may open with a preposition ("On the campaign trail in the USA, June 2020") where prose may not,
when it shares no word at all with the article and names two things it never does. Shorter than min-words, it
must also hold a headline's verb and name someone or somewhere the article never does
("Indonesian security minister Wiranto stabbed"). A live blog's entry that is only such a line, between two
timestamps ("15:10", the line, "14:40"), is another story's when it shares (almost) no word with the article. A Markdown or HTML subheading is
reported only when it is a headline's clause with a verb that shares no word with the
first sentence under it, nor a figure ("Evacuation figure rises to about 300" over
"about 300 people have now left"), nor two words with the paragraphs of its section ("Gold loans near 30% of
book" over a paragraph whose second sentence is about gold loans and the book; "Roads, schools and a new library" over
paragraphs on a special school and a replacement library) (a crosshead or a live blog entry's title introduces what follows;
questions, a Q&A explainer's headings, and short labels never count), or stands straight before another heading of its
level. A verb moving a figure is a headline's ("Lottery jackpot climbs to $410 million"); an adjective a
line opens with is no subject, so the plural after it is no verb ("New ships still two years away"), nor is
a word of time after a plural ("two years away"). Paragraphs set wholly
in bold (`**Who rebelled?**`, `<p><strong>…</strong></p>`, a crosshead or a live blog
entry's title; a bold link is still a related-article link), captions, standfirsts, block
quotes, list items, a line straight over a bulleted list (its heading: "Passenger rights: what you are entitled
to") and <aside> related links are never reported, nor are the first and last
paragraphs, sign-offs, "Read more", "Picture:" and "Update:" lines, nor a line opening with a section number
("3. SWING BRIDGE - CLOSURE TO NAVIGATION", "2.1", "(b)"), a numbered section of a notice or report, nor a fact box's
field with its figure ("Cranes: 14, including six added in March"). A heading shares a word with its section through a
compound's parts too ("Cold chain does the heavy lifting" over "The group's cold-chain division …").
A headline's future, a bare subject then "to" and a verb ("School board to vote on later start times"), holds a verb;
a line set wholly in capitals ("WHAT THE MONEY WOULD PAY FOR") is plain copy's crosshead, never reported.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from ..document import Block, BlockKind, Document, MetaField
from ..findings import Category, Hit, Severity
from ..registry import Check, Context, Example, Option, register

_CLOSING = tuple(".!?:;\"'\u201d\u2019)]\u2026")
# "Iran admits downing Ukrainian jet, cites 'human error'": a phrase quoted at the line's end closes no sentence
_QUOTED_PHRASE_END_RE = re.compile(r"(?:\A|\s)['\u2018][^'\u2018\u2019.!?;:,]{1,40}\w['\u2019]\Z")


def _closed(text: str) -> bool:
    """True when a line ends as a sentence does: a stop, or a quote or bracket closing one, not a quoted phrase."""
    return text.endswith(_CLOSING) and not _QUOTED_PHRASE_END_RE.search(text)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.]*")
# Words that open running prose or a fragment, not a headline.
_PROSE_OPENERS = frozenset(
    """the a an it its he she they we i you this that these those there here his her their our my but and or so
    however meanwhile although though because while when if as after before since in on at by for from to of with
    about under over during according read follow watch listen see related more also additional reporting editing
    picture photo image copyright all most some many""".split()
)
# How long a paragraph of several sentences must be to count as prose when its last full stop is lost.
_LOST_STOP_WORDS = 30
# Prepositions a feature's or a series' title may open with ("On the campaign trail ...", "Inside the ...").
_PLACE_OPENERS = frozenset("on in at inside behind beyond across under".split())
# Words that are not evidence of a verb when they end in -s (plural nouns and function words).
_NOT_VERBS_S = frozenset("""this is was has as us its his hers ours yours theirs less unless across always perhaps news series species
    whereas thus plus bus gas yes""".split())
# Endings of nouns, which an infinitive's verb after "to" does not have ("Road to recovery", "Gateway to adventure").
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ery", "ance", "ence", "ship", "ure", "dom", "ism", "hood")
# Common headline verbs in their base form ("Westbury Town sack manager", "hoteliers report").
_BASE_VERBS = frozenset(
    """sack report warn say call urge vow back reject approve win lose face hit cut raise plan seek join quit
    launch unveil reveal demand fear agree deny admit accept refuse blame claim threaten promise pledge
    kill die strike rise fall close open reopen return ban end defend attack target""".split()
)
# Third-person verbs that are never plural nouns: a headline's verb wherever it stands ("Texas governor says ...").
_ALWAYS_VERBS = frozenset(
    """says warns tells urges vows admits denies reveals insists pledges threatens quits resigns dies agrees refuses
    rejects unveils confirms announces accuses slams defends blames""".split()
)
# Passive headline verbs, the auxiliary dropped: "Gardeners urged to check sheds", "Driver jailed over crash".
_PASSIVE_VERBS = frozenset("urged warned told ordered asked jailed fined charged cleared banned sacked arrested".split())
_PASSIVE_NEXT = frozenset("to over after for".split())
# Labels that introduce notes, credits and links, not another story's headline.
_NOTE_LABELS = frozenset("note update updated correction clarification source sources credit credits disclaimer editor editor's contact".split())
# "Transfer window: Rovers reject ...", "Winter crisis: NHS boss says ...", "'We will not be blackmailed': PM hits back":
# a short label or a quotation, a colon, then the headline's clause.
_LABELLED_RE = re.compile(
    r"^(?P<label>[A-Z0-9][\w'’&-]*(?:\s+[\w'’&-]+){0,2}|[\"“‘'][^\n]{3,90}?[\"”’'])\s*:\s+(?P<rest>\S.*)$"
)
# Labels of a related video, audio or live page: "Watch: Taiwan's reservists train ...", "Live: drones hit Odesa port".
_MEDIA_LABELS = frozenset("watch listen video audio live".split())
# An explainer's headline: "Petrol at £1.29: how cheaper crude is reaching the pumps", "Talks agreed: what we know so far".
# a section number opening a line: "3.", "3.1", "IV.", "(b)"
_SECTION_NUMBER_RE = re.compile(r"\s*(?:\d+(?:\.\d+)*\.|\d+\.\d+|[IVX]+\.|\([a-z0-9]\))\s+\S")
_MEDIA_LABEL_RE = re.compile(r"^\s*(?i:watch|listen|video|audio|live)\s*:\s")
_EXPLAINER_RE = re.compile(r"^(?P<label>[A-Z0-9£$€][^:\n]{2,80}?):\s+(?P<rest>(?:how|why|what|where|when|who)\s.+)$")
_STOCK_EXPLAINERS = frozenset({"what we know", "what we know so far", "what you need to know", "what it means", "what happens next", "what we know now"})
_AUXILIARIES = frozenset("is are was were has have had will would can could should may might must do does did".split())
# A question headline: "Is the Democratic Party's Senate map as good as its strategists claim?"
# The reader's own voice in a question: "How do I claim?", "What does it mean for you?" (a Q&A explainer's crossheads).
_READER_PRONOUNS = frozenset("i i'm i've me my we we're our us you you're your".split())
_QUESTION_OPENERS = frozenset("could can is are will would should does do did has have why how what who where which".split())
_STOP = frozenset(_PROSE_OPENERS | {"is", "are", "be", "been", "was", "were", "will", "would", "has", "have", "had", "not", "than", "into", "out", "up", "who", "which"})
_CAPTION_WORDS = frozenset("pictured picture photo photograph image file getty reuters afp".split())
# A place in the picture is a caption's when set off by a comma ("Jane Cole, left, with"; "Tom Reed, centre"): elsewhere
# the word is the story's ("stabbing in Cardiff city centre", "Floods left thousands homeless").
_CAPTION_PLACE_RE = re.compile(r"(?i:,\s*(?:left|right|centre|center|above|below)\b|\b(?:left|right|centre|center|above|below)\s*,)")
_AGE_RE = re.compile(r",\s*\d{1,3},")
# A side's name and its score: two of them make a result line ("Worcester Kings 31, Tulbagh Rams 24").
_RESULT_RE = re.compile(r"[A-Z][\w'’-]*\s+\d+\b")
_NEIGHBOUR_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM})

CHECK = Check(
    id="stray-headline",
    category=Category.HEADLINE,
    severity=Severity.WARNING,
    summary="A line in the body is the headline of another story (a pasted related-article link).",
    description=__doc__,
    fires=Example(
        """date 2026-03-11 Ferry crews to strike for 48 hours as pay talks collapse

Ferry crews on two routes between Wales and Ireland will walk out for 48 hours later this month.

The union said its members would stop work from 00:01 on Friday 20 March.

Pembrokeshire hoteliers report their busiest February in a decade

The company runs four vessels on the two routes, carrying about 1.3 million passengers a year.

Its chief executive said contingency plans were being drawn up.
""",
        lines=(7,),
    ),
    quiet=Example(
        """date 2026-02-10 Former hospice finance director jailed for stealing £1.4m

A former finance director who stole £1.4m from a children's hospice has been jailed for seven years.

He was sentenced at Leicester Crown Court on Monday after admitting fraud.

Impact on the hospice

The hospice, which cares for about 140 children, had to close four of its respite beds.

Families were told the money had gone

Parents said families were told in a letter that the money had gone and respite nights would stop.

Additional reporting by Imran Qureshi
""",
    ),
    options=(
        Option("min-words", int, "Shorter lines are crossheads, never stray headlines.", minimum=2),
        Option("max-words", int, "Longer lines are paragraphs that lost their full stop, not headlines.", minimum=3),
    ),
)


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


_ENDING_TAILS = ("s", "ing", "ed")  # every ending _stem removes ends in one of these


def _stem(word: str) -> str:
    """Return a word without its commonest endings, so "families" meets "family" and "drones" meets "drone"."""
    w = word.lower().removesuffix("'s").removesuffix("’s")
    if w.endswith("ss") or not w.endswith(_ENDING_TAILS):
        return w  # "business", "press"; a word with none of the endings below
    for ending, replacement in (("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)] + replacement
    return w


def _content(text: str, parts: bool = False) -> set[str]:
    # common words only: names and places recur across every story about the same subject; a line set in capitals
    # ("HOW THE HAKE QUOTA IS SPLIT") is read in lower case
    if text.isupper():
        text = text.lower()
    # with parts, "cold-chain" under a heading shares "chain" with "Cold chain does the heavy lifting"
    words = [part for w in _words(text) for part in (w, *(w.split("-") if parts and "-" in w else ()))]
    return {_stem(w) for w in words if len(w) >= 4 and w[:1].islower() and w not in _STOP}


def _figures(text: str) -> set[str]:
    """Return a text's figures ("300", "4.99"), so that a heading sharing one with the text under it introduces it."""
    return {w.rstrip(",.") for w in _words(text) if w[:1].isdigit()}


def _may_be_verb(words: list[str]) -> bool:
    """True when a word after the first could be a verb of any kind ("lower", "has", "found", "welcomes"):
    a noun phrase with none ("Folk night at the Corn Exchange") is a title, not a story's headline."""
    for word in words[1:]:
        low = word.lower()
        if not word[:1].islower():
            continue
        if low in _AUXILIARIES or low in _BASE_VERBS or low in _ALWAYS_VERBS or low in _PASSIVE_VERBS or low in _IRREGULAR_PARTICIPLES:
            return True
        if (low.endswith("ed") and len(low) > 4) or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3 and low not in _NOT_VERBS_S):
            return True
    return False


def _has_verb(words: list[str]) -> bool:
    """True when a word after the first reads as a headline verb ("pounds", "threatens", "sack", "killing")."""
    for prev, word, after in zip(words, words[1:], [*words[2:], ""]):
        low = word.lower()
        if not word[:1].islower():
            continue
        if low in _BASE_VERBS or low in _ALWAYS_VERBS:
            return True
        if low == "to" and _bare_subject(words[: words.index(word)]) and after.isalpha() and after.islower() and len(after) > 2 \
                and after not in _STOP and not after.endswith(_NOUN_ENDINGS):
            return True  # a headline's future, "School board to vote on later start times" ("Road to recovery" names a noun)
        # (not after the adjective a line opens with: "New faces at the top table" is a plural)
        if _nounish(prev) and prev.lower() not in _OBJECT_OPENERS and not (prev is words[0] and prev.lower() in _ADJECTIVES) and (low[:-1] in _BASE_VERBS or (low.endswith("es") and low[:-2] in _BASE_VERBS)) and low.endswith("s") and len(low) > 3:
            return True  # a base verb's third person after its subject: "Chip shop owner wins ...", "cafe reopens after refit"
        if low in _PASSIVE_VERBS and after.lower() in _PASSIVE_NEXT:
            return True
        if low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in _NOT_VERBS_S and len(low) > 3:
            # a third-person verb follows its subject; a plural noun follows "of", "the", a number...
            if (prev[:1].isupper() and prev.lower() not in _ADJECTIVES) or prev.lower() in ("government", "police", "council", "minister", "court", "union", "company"):
                return True  # (not after an adjective the line opens with: "New ships still two years away" has no verb)
        if low.endswith("ing") and len(low) > 5 and prev.endswith(","):
            return True
        participle = (low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_PARTICIPLES
        if participle and _nounish(prev) and (after.lower() in _PASSIVE_AFTER or after.lower() in _STATES or not after):
            # a passive without its auxiliary: "Sirhan stabbed in prison", "Chef found dead", "Minister Wiranto stabbed"
            return True
        if low.endswith("ing") and len(low) > 5 and prev[:1].isupper() and after[:1].isupper():
            return True  # a progressive without its auxiliary: "Justice Department investigating Ford"
        if participle and prev[:1].isupper() and prev is not words[0] and (after[:1].isupper() or (after.isdigit() and len(after) == 4)):
            return True  # a passive naming what someone was made: "Greta Thunberg named 2019 Time Person of the Year"
        if low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in _NOT_VERBS_S and len(low) > 3 and _nounish(prev) and (after.lower() in _OBJECT_OPENERS or after[:1].isdigit()):
            return True  # a third-person verb before its object: "Plane crash leaves two dead"
        if low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in _NOT_VERBS_S and len(low) > 3 and _nounish(prev) and after.lower() == "to" and _to_figure(words, word):
            return True  # a third-person verb moving a figure: "Lottery jackpot climbs to $410 million"
        if _plural_subject(prev) and low not in _STOP and low not in _NOT_VERBS_AFTER_PLURAL and not low.endswith(("s", "ly", "ed", "ing")) and len(low) > 2:
            return True  # a base-form verb after its plural subject: "Gold prices touch", "Bystanders foil"
    return False


def _bare_subject(words: list[str]) -> bool:
    """True for one to three words that can only be a subject: nouns, no function word or verb ("School board",
    "Ministers"; not "Matapihi in no mood", "How the fraud came")."""
    return 1 <= len(words) <= 3 and all(w.lower() not in _STOP and w.lower() not in _NOT_SUBJECT_WORDS and not w.lower().endswith("ed") for w in words)


_NOT_SUBJECT_WORDS = frozenset("in on at of for with no how why what when where who came went got get gets come comes goes".split())


# Adjectives a headline-shaped line may open with before a plural noun ("New ships", "Fewer buses"): the noun is no verb.
_ADJECTIVES = frozenset("new old more fewer big small high low top last next first second third higher lower bigger smaller cheaper dearer longer shorter extra".split())


def _to_figure(words: list[str], word: str) -> bool:
    """True when a word is followed by "to" and a figure ("climbs to 410", "rises to 14")."""
    k = words.index(word)
    return k + 2 < len(words) and words[k + 2][:1].isdigit()


# Past participles that do not end in -ed: "found dead", "held over", "shot in".
_IRREGULAR_PARTICIPLES = frozenset("found held shot hit sent given taken seen struck stolen sold caught hurt beaten bitten freed".split())
# Words after a participle that say what state the subject was left in: "found dead", "declared missing".
_STATES = frozenset("dead alive guilty missing injured safe unconscious".split())
# Words that open a verb's object: "leaves two dead", "wins the vote".
_OBJECT_OPENERS = frozenset("the a an two three four five six seven eight nine ten dozens hundreds thousands millions his her their its".split())
# Words after which "-ed" reads as a headline's passive verb.
_PASSIVE_AFTER = frozenset("to for over after in at by as from on into amid with".split())
# Words that follow a plural noun without being a verb.
_NOT_VERBS_AFTER_PLURAL = frozenset("""of and or but in on at to for from with by over under after before about across against among
    between into near than as per via amid despite without within all both each more most less few many other such no not own same
    very too so just only also still new old big small high low top last next first second third
    away ahead apart ago later earlier long""".split())  # "two years away", "ten years ago"


def _nounish(word: str) -> bool:
    """True when a word may be the subject a headline's verb follows: not a function word or a number."""
    low = word.lower()
    return bool(low) and low not in _STOP and low.isalpha()


_IRREGULAR_PLURALS = frozenset("women men children people police".split())


def _plural_subject(word: str) -> bool:
    """True when a word reads as a plural noun ("prices", "Bystanders"), not "is", "this" or "news"."""
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        return True  # "Springbok Women confirm squad"
    return (
        len(low) > 4
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s"))
        and low not in _NOT_VERBS_S
        and low not in _STOP
        and low not in _ALWAYS_VERBS
    )


def _prose(block: Block) -> bool:
    """True for running prose: a paragraph that closes with punctuation, or one of several sentences that lost only its
    last stop ("... and living in Stafford")."""
    return block.kind in _NEIGHBOUR_KINDS and (_closed(block.text.rstrip()) or _lost_stop(block))


def _lost_stop(block: Block) -> bool:
    """True for a paragraph of two sentences or more, 30 words or more, whose last sentence lost its full stop."""
    return len(block.sentences) >= 2 and len(_words(block.text)) >= _LOST_STOP_WORDS


def looks_like_headline(text: str, min_words: int, max_words: int, verb_needed: bool = True) -> bool:
    """Return True when a line reads as a headline: one unpunctuated clause with a verb, of headline length.

    With verb_needed False the verb is not asked for: the caller has other evidence
    (names the article never uses) that the line belongs to another story.
    """
    text = text.strip()
    if _closed(text) and not text.endswith("?"):
        return False  # a sentence (tested before its words are read: most paragraphs end so)
    words = _words(text)
    if not (min_words <= len(words) <= max_words):
        return False
    if text.endswith("?"):
        return _question_headline(text, words)
    if _closed(text):
        return False
    explainer = _EXPLAINER_RE.match(text)
    if explainer and _explainer_headline(explainer.group("label"), explainer.group("rest"), min_words, max_words):
        return True
    labelled = _LABELLED_RE.match(text)
    if labelled:
        return _labelled_headline(labelled.group("label"), labelled.group("rest"))
    if not text[:1].isupper():
        return False
    # an age between commas is one apposition, not a list: "Man, 42, jailed for six years"
    if words[0].lower() in _PROSE_OPENERS or _listed(_AGE_RE.sub(" ", text)) or any(c in text for c in "|:;()[]\"\u201c\u201d/@#"):
        return False
    if any(w.lower() in _CAPTION_WORDS for w in words) or _CAPTION_PLACE_RE.search(text):
        return False  # an unmarked picture caption or credit describes a picture, not a story
    return _has_verb(words) or not verb_needed


def _listed(text: str) -> bool:
    """True when commas make the line a list ("Apples, pears, plums"); a headline's commas join clauses instead, a verb
    standing between two of them ("Motorway pile-up, fire kills five children, two lorry drivers")."""
    parts = text.split(",")
    return len(parts) > 3 or len(parts) == 3 and not _has_verb(["", *_words(parts[1])])


def _question_headline(text: str, words: list[str]) -> bool:
    """Return True when a line is one question of headline length about a named subject, not a speaker's question."""
    if words[0].lower() not in _QUESTION_OPENERS or len(words) < 7 or not text[:1].isupper():
        return False
    if any(c in text for c in "|:;()[]\"\u201c\u201d\u2018/@#") or any(c in text[:-1] for c in ".!?") or text.count(",") > 1:
        return False  # quoted or several sentences: someone's question in running prose
    if any(w.lower() in _READER_PRONOUNS for w in words):
        return False  # "How do I get my money back?": the reader's question a Q&A crosshead asks, not a story's
    return any(w[:1].isupper() for w in words[1:])  # headlines name their subject; "Is this the end?" does not


def _explainer_headline(label: str, rest: str, min_words: int, max_words: int) -> bool:
    """Return True for an explainer's headline: a headline or a short label, a colon, and a how/why/what clause."""
    if _words(label)[:1] and _words(label)[0].lower() in _PROSE_OPENERS | _NOTE_LABELS:
        return False
    if any(c in rest for c in "|:;()[]\"\u201c\u201d/@#"):
        return False
    if " ".join(_words(rest)).lower() in _STOCK_EXPLAINERS:
        return looks_like_headline(label, min(4, min_words), max_words)  # "Sudan's leaders agree to talks in Jeddah: what we know so far"
    words = _words(rest)
    return len(words) >= 5 and len(_words(label)) <= 5 and any(w.lower() in _AUXILIARIES for w in words[1:])


def _labelled_headline(label: str, rest: str) -> bool:
    """Return True when a label or quotation and a colon introduce a headline's clause."""
    first = _words(label)[:1]
    if len(_words(label)) == 1 and first[0].lower() in _MEDIA_LABELS:
        # a related video or live page: its title need not be a clause ("Watch: Inside the Dunkirk camps")
        return len(_words(rest)) >= 4 and rest[:1].isupper() and not any(c in rest for c in "|;()[]\"\u201c\u201d/@#")
    quotation = label[:1] in "\"“‘'"
    if not first or (not quotation and (first[0].lower() in _PROSE_OPENERS or first[0].lower() in _NOTE_LABELS)):
        return False  # "Read more: ...", "Picture: ...", "Update: ..."
    words = _words(rest)
    if len(words) < 4 or words[0].lower() in _PROSE_OPENERS or any(c in rest for c in "|:;()[]\"\u201c\u201d/@#"):
        return False
    if rest[:1].isdigit() or rest[:1] in "£$€¥₹":
        return False  # "Cranes: 14, including six added in March": a fact box's field and its figure
    if any(w.lower() in _CAPTION_WORDS for w in words) or _CAPTION_PLACE_RE.search(rest):
        return False
    return _has_verb(["", *words])  # the clause's first word may be its verb's subject: "pensioner tells of ..."


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at each body paragraph that reads as another story's headline."""
    opts = context.options(CHECK.id)
    min_words, max_words = opts["min-words"], opts["max-words"]
    # the story's running text: paragraphs, quotes and list items; headings are the story's own crossheads
    body = [b for b in doc.blocks if b.kind in _NEIGHBOUR_KINDS]
    hits = _stray_subheadings(doc, min_words, max_words)
    # unpunctuated lines set between paragraphs: crossheads or a listing's item titles, unless there is only one
    bare = {k for k in range(1, len(body) - 1) if body[k].kind is BlockKind.PARAGRAPH and not _closed(body[k].text.rstrip()) and not _lost_stop(body[k])}
    vocabulary = None
    for k in range(len(body) - 1):
        block = body[k]
        if block.kind is not BlockKind.PARAGRAPH or block.bold:
            continue  # set in bold by its writer: a crosshead, not a pasted link
        if _SECTION_NUMBER_RE.match(block.text):
            continue  # "3. SWING BRIDGE - CLOSURE TO NAVIGATION": a numbered section of a notice or report
        if block.text.isupper():
            continue  # "WHAT THE MONEY WOULD PAY FOR", "CLOSURE AT A GLANCE": plain copy's crossheads are set in capitals
        before, after = body[k - 1] if k else None, body[k + 1]
        if after.kind is BlockKind.LIST_ITEM:
            continue  # "Passenger rights: what you are entitled to" over a bulleted list: the list's heading
        if before is not None and _CLOCK_LINE_RE.match(before.text.strip(" *_")) and _CLOCK_LINE_RE.match(after.text.strip(" *_")) \
                and looks_like_headline(block.text, min_words, max_words) and _foreign(block, after, vocabulary := vocabulary or _Vocabulary(doc), doc, min_words, max_words):
            # a live blog's entry that is one unpunctuated line between two timestamps, with nothing under it
            hits.append(Hit(CHECK.id, block.span, f"This line reads like the headline of another story (a pasted related-article link?): \u201c{block.text.strip()}\u201d."))
            continue
        framed = before is not None and _prose(after) and (_prose(before) or _crosshead_over(body, k, min_words))
        # a run of unpunctuated lines is a list or a fixture table
        if framed and (looks_like_headline(block.text, min_words, max_words) or _interrupts(before, block, after, doc, min_words, max_words, bare - {k})):
            shared = _content(block.text) & _content(_opening(after))
            if shared and not _MEDIA_LABEL_RE.match(block.text) and not _names_a_stranger(block, doc) and not (len(shared) == 1 and _led_by_a_stranger(block, doc)):
                continue  # it introduces the paragraph below: a crosshead (a crosshead is never a "Watch:" or "Live:" link, nor names someone the article never does)
        else:
            if not (framed or _loosely_framed(doc, before, block, after, min_words)):
                continue
            if vocabulary is None:
                vocabulary = _Vocabulary(doc)
            if not _foreign(block, after, vocabulary, doc, min_words, max_words):
                continue
        hits.append(Hit(CHECK.id, block.span, f"This line reads like the headline of another story (a pasted related-article link?): \u201c{block.text.strip()}\u201d."))
    return hits


# A live blog's timestamp line ("15:10", "2.45pm", "09:34 GMT")
_CLOCK_LINE_RE = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|GMT|BST|UTC|AEST|AEDT|IST|EAT|CAT|WAT|EST|EDT|CST|PST)?\Z", re.I)


def _short_line(block: Block, min_words: int) -> bool:
    """True for a crosshead's shape: a paragraph shorter than min-words with no closing punctuation."""
    return block.kind is BlockKind.PARAGRAPH and not _closed(block.text.rstrip()) and len(_words(block.text)) < min_words


def _loosely_framed(doc: Document, before: Block | None, line: Block, after: Block, min_words: int) -> bool:
    """True when a line stands where another story's headline may be pasted, beside a crosshead or before the first paragraph.

    One neighbour is running prose; the other is prose too, a short crosshead ("Libraries",
    "Scorecard summary"), or, before the article's first paragraph, the headline or
    standfirst above it. Two unpunctuated neighbours make a list.
    """
    if before is None:
        return _prose(after) and line.index > 0
    return (_prose(before) and (_prose(after) or _short_line(after, min_words))) or (_prose(after) and _short_line(before, min_words))


def _crosshead_over(body: list[Block], k: int, min_words: int) -> bool:
    """True when the line before body[k] is a crosshead over the paragraph after it: a line left under a crosshead.

    The crosshead is short and unpunctuated, follows running prose and shares a word with
    the first sentence of the paragraph after the line ("Homes at risk" over "340 properties
    ... at high risk"): it introduces that paragraph, so the line between them interrupts.
    """
    if k < 2:
        return False
    crosshead = body[k - 1]
    if crosshead.kind is not BlockKind.PARAGRAPH or _closed(crosshead.text.rstrip()) or len(_words(crosshead.text)) >= min_words:
        return False
    heading = crosshead.text.strip()
    heading = heading[:1].lower() + heading[1:]
    return _prose(body[k - 2]) and bool(_content(heading) & _content(_opening(body[k + 1])))


def _opening(block: Block) -> str:
    """Return a paragraph's first sentence: what a crosshead over it introduces (a word shared further down is chance)."""
    return block.sentences[0].text if block.sentences else block.text


def _interrupts(before: Block, line: Block, after: Block, doc: Document, min_words: int, max_words: int, other_bare: set[int] = frozenset()) -> bool:
    """True when a headline-shaped line with no verb we know still belongs to another story.

    It names someone, somewhere or a figure the article never uses elsewhere, shares no
    word with the paragraphs on either side, and those two share words with each other:
    the line interrupts one passage instead of opening a new one, as a crosshead or a
    listing's item title does.
    """
    if not _title_shaped(line.text, min_words, max_words):
        return False
    if sum(w[:1].isdigit() for w in _words(line.text)) > 1:
        return False  # "Stellenbosch Pioneers 45, Ceres Mountaineers 12": a result line
    own, around = _content(line.text), (_content(before.text), _content(after.text))
    if own & (around[0] | around[1]):
        return False
    shared = around[0] & around[1]
    if len(shared) >= 0.5 * min(len(around[0]), len(around[1])):
        return False  # two items of a listing written to one pattern
    strangers = _strangers(line, doc)
    if not shared:
        # a passage ends here and another begins: where the article has other bare lines, this one may be a crosshead
        # or a listing's item title opening it ("Folk night at the Corn Exchange"); alone, it must name strangers
        if other_bare or not _may_be_verb(_words(line.text)):
            return False
        return len(strangers) >= 2 and looks_like_headline(line.text, min_words, max_words, verb_needed=False) or len(strangers) >= 3
    return bool(strangers)


def _title_shaped(text: str, min_words: int, max_words: int) -> bool:
    """True when a line has another story's title's shape, verb or not: capitalised or a figure first, no closing stop,
    no prose opener, at most a list of three ("Toronto Comicon welcomes fans with celebrities, creativity, cosplay")."""
    text = text.strip()
    if _closed(text) or not (text[:1].isupper() or text[:1].isdigit()):
        return False  # tested before the words are read: most paragraphs end with a stop
    words = _words(text)
    if not (min_words <= len(words) <= max_words):
        return False
    if words[0].lower() in _PROSE_OPENERS or text.count(",") > 3 or any(c in text for c in "|:()[]\"\u201c\u201d@#"):
        return False
    return not any(w.lower() in _CAPTION_WORDS for w in words) and not _CAPTION_PLACE_RE.search(text)


def _strangers(line: Block, doc: Document) -> set[str]:
    """Return the names (capitalised words after the first) and figures of a line that no other block of the article uses: another story's."""
    words = _words(line.text)
    own = {w for w in words[1:] if w[:1].isupper() or w[:1].isdigit()}
    if not own:
        return set()
    for block in doc.blocks:
        if block is not line and block.kind is not BlockKind.HEADLINE:
            own -= set(_words(block.text))
            if not own:
                break
    return own


_POSSESSIVE_RE = re.compile(r"['\u2019]s?\Z")
_TIME_OWNERS = frozenset("today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday".split())


def _owner_stranger(line: Block, doc: Document) -> int:
    """1 when a line opens with a name's possessive that no other block of the article uses in any case ("Russia's
    Navalny airlifted to Germany"): the opening capital of a possessive is a name's, not the sentence's; else 0."""
    words = _words(line.text)
    first = words[0] if words else ""
    owner = _POSSESSIVE_RE.sub("", first)
    if owner == first or not owner[:1].isupper() or owner.lower() in _TIME_OWNERS or owner.lower() in _STOP:
        return 0
    low = owner.lower()
    for block in doc.blocks:
        if block is not line and block.kind is not BlockKind.HEADLINE and low in block.text.lower():
            return 0
    return 1


def _names_a_stranger(line: Block, doc: Document) -> bool:
    """True when a line names, by first name and surname, someone no other block of the article names: a crosshead introduces
    the article's own people ("California lawyer Michael Avenatti convicted of attempted extortion" in a story about a Paris trial)."""
    strangers = _strangers(line, doc)
    words = _words(line.text)
    # a person brought in as a headline does, after a lower-case descriptor ("lawyer Michael Avenatti"; "the Irish Ferries strike" names a firm)
    return any(role[:1].islower() and len(role) >= 4 and role.lower() not in _STOP and a in strangers and b in strangers and a[:1].isupper() and b[:1].isupper()
               for role, a, b in zip(words, words[1:], words[2:]))


def _led_by_a_stranger(line: Block, doc: Document) -> bool:
    """True when a long headline-shaped line opens with a name no other block of the article uses, in any case.

    A crosshead speaks of the article's own places and bodies; another story's headline often
    opens with its own ("Burlington school board backs later start times"), and then one word
    it shares with the paragraph below ("times", "time") is chance, not an introduction.
    """
    words = _words(line.text)
    first = words[0]
    if len(words) < 7 or len(first) < 4 or not first[:1].isupper() or first.lower() in _STOP or not _may_be_verb(words):
        return False
    for block in doc.blocks:
        if block is not line and block.kind is not BlockKind.HEADLINE and first.lower() in block.text.lower():
            return False
    return True


def _level(doc: Document, block: Block) -> int:
    """Return a heading's level: from its HTML tag (h2 -> 2) or the #s opening its Markdown line; 0 if unknown."""
    if len(block.tag) == 2 and block.tag[0] == "h" and block.tag[1].isdigit():
        return int(block.tag[1])
    start = block.source_offset(0)
    line_start = doc.source.rfind("\n", 0, start) + 1
    prefix = doc.source[line_start:start].strip()
    return len(prefix) if prefix and set(prefix) == {"#"} else 0


def _stray_subheadings(doc: Document, min_words: int, max_words: int) -> list[Hit]:
    """Subheadings that are another story's headline: a headline's clause sharing no word with the text on either side.

    A crosshead or a live blog entry's title introduces the first sentence under it, and
    usually shares a word with it ("Rail services cancelled" over
    "Northern has cancelled all trains"), or two words with its section ("Roads, schools and a new library" over
    paragraphs on a special school and a replacement library); questions and short labels are never reported.
    """
    blocks = [b for b in doc.blocks if b.kind in _NEIGHBOUR_KINDS or b.kind is BlockKind.HEADING]
    hits = []
    for k, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or block.bold or not 0 < k < len(blocks) - 1:
            continue
        if block.text.rstrip().endswith("?") or not looks_like_headline(block.text, min_words, max_words):
            continue  # a question over a section is a Q&A explainer's heading, never another story's headline
        section = []
        for later in blocks[k + 1 :]:
            if later.kind is BlockKind.HEADING:
                break
            section.append(_opening(later) if not section else later.text)
        whole_section = " ".join(later.text for later in blocks[k + 1 : k + 1 + len(section)])
        section = [text[:1].lower() + text[1:] for text in section[:1]]  # what a heading introduces is the first sentence under it (its first word capitalised for coming first)
        before = blocks[k - 1]
        if before.kind is BlockKind.HEADING:
            continue
        if not section and _level(doc, blocks[k + 1]) > _level(doc, block):
            continue  # a heading over subheadings: its section is theirs
        # (a heading straight before another of its own level introduces nothing at all)
        heading = block.text.strip()
        heading = heading[:1].lower() + heading[1:]  # its first word is capitalised only because it comes first
        if _content(heading) & _content(" ".join(section), parts=True) or _figures(heading) & _figures(" ".join(section)):
            continue  # it introduces the text under it ("Evacuation figure rises to about 300" over "about 300 people have left")
        # (a name opening the heading counts when its section names it too: "Brandt twins carry the load inside" over
        # "Caleb and Owen Brandt combined for 22 points … the younger of the twins")
        opener = _words(block.text.strip())[0] if _words(block.text.strip()) else ""
        named = opener[:1].isupper() and opener in _words(whole_section)
        if len(_content(heading) & _content(whole_section)) + named >= 2:
            continue  # "Gold loans near 30% of book" over a section whose second sentence is about gold loans
        if _EXPLAINER.match(block.text.strip()) and _echoes_headline(heading, doc):
            continue  # "How the ban was worked out" in a story headed "… banned for three weeks": an explainer's crosshead
        words = _words(block.text.strip())
        article = " ".join(b.text for b in doc.blocks if b is not block and b.kind in _NEIGHBOUR_KINDS)
        if opener[:1].isupper() and sum(1 for b in doc.blocks if b is not block and b.kind in _NEIGHBOUR_KINDS
                                                          and re.search(rf"(?<=\S\s){re.escape(opener)}\b", b.text)) >= 2:
            continue  # "Gaels left to rue missed chances" in a final against Kilcashel Gaels: the name the story names, mid-sentence, in two paragraphs
        if not any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]) and len((_content(heading) & _content(article, parts=True)) - _CHANCE_STEMS) >= 2:
            continue  # "Unions want more than a headline figure" in a story of union wage talks and export figures: no name
            # or figure of another story, and its own topic, told in words its section happens not to use
        hits.append(Hit(CHECK.id, block.span, f"This subheading reads like the headline of another story: \u201c{block.text.strip()}\u201d shares nothing with the text around it."))
    return hits




_EXPLAINER = re.compile(r"(?:How|Why|What|Who|When|Where|Which)\s")


def _echoes_headline(heading: str, doc: Document) -> bool:
    """True when a word of the heading (three letters or more) begins a word of the article's headline ("ban" of "banned")."""
    titles = " ".join([b.text for b in doc.blocks if b.kind is BlockKind.HEADLINE] + [c.value for c in doc.candidates(MetaField.HEADLINE)]).lower()
    words = {w for w in re.findall(r"[a-z]+", titles) if len(w) >= 3}
    return any(len(h) >= 3 and h not in _STOP and h not in _SMALL_WORDS and any(w.startswith(h) for w in words) for h in re.findall(r"[a-z]+", heading.lower()))


_SMALL_WORDS = frozenset("the and for with from how why what who when where which its their this that our all any are was".split())


# Words of time any two stories share ("Council rates to rise 4.5 per cent next year" under "… marks 125 years"): no
# sign that a line is the article's own
_CHANCE_STEMS = frozenset({"year", "month", "week", "today", "tonight", "time", "first", "last", "next"})


def _stems(text: str) -> set[str]:
    """Return a text's word stems of four letters or more, names included, function words left out."""
    # each distinct word stemmed once: a paragraph repeats its words
    return {_stem(w) for w in set(_words(text)) if len(w) >= 4 and w[:1].isalpha() and w.lower() not in _STOP}


class _Vocabulary:
    """How many blocks of the article use each word stem: read once, the first time a line asks.

    Most lines _foreign is asked about fail its shape tests first (a paragraph ends with a full
    stop), so the stems of the whole article are read only when a line needs them.
    """

    def __init__(self, doc: Document):
        self.doc = doc

    @cached_property
    def headline(self) -> set[str]:
        doc = self.doc
        stems = {s for block in doc.blocks if block.kind is BlockKind.HEADLINE for s in _stems(block.text)}
        return stems | {s for cand in doc.candidates(MetaField.HEADLINE) for s in _stems(cand.value)}

    @cached_property
    def counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for block in self.doc.blocks:
            if block.kind is not BlockKind.ASIDE:  # related links hold other stories' headlines by design
                counts.update(_stems(block.text))
        return counts

    def elsewhere(self, block: Block) -> set[str]:
        """Return the stems of a block that some other block of the article also uses."""
        return {s for s in _stems(block.text) if self.counts[s] > (block.kind is not BlockKind.ASIDE)}


def _foreign(line: Block, after: Block, vocabulary: _Vocabulary, doc: Document, min_words: int, max_words: int) -> bool:
    """True when a headline-shaped line shares (almost) no word with the rest of the article: another story's.

    A crosshead, a listing's item title or a fact box's heading speaks of the article's
    own subject, so it shares words with it; another story's headline names other
    people, places and things. The line must have a headline's shape, at least three
    words worth comparing and two common ones (a signature, "Pauline Dwyer, Lower
    Marston", is all names; a headline of names holds its verb, and needs two strangers when the verb ends it,
    "Sultan Qaboos of Oman dies", three otherwise); a line shorter than min-words must also hold a headline's
    verb and name someone or somewhere the article never does ("Indonesian security
    minister Wiranto stabbed").
    """
    text = line.text.strip()
    if _closed(text) or not (text[:1].isupper() or text[:1].isdigit()):
        return False  # tested before the words are read: most paragraphs end with a stop
    words = _words(text)
    if not (4 <= len(words) <= max_words):
        return False
    if text.count(",") > 3 or text.count(":") + text.count(";") > 1 or any(c in text for c in "|()[]\"\u201c\u201d@#"):
        return False
    if words[0].lower() in _PROSE_OPENERS and not (words[0].lower() in _PLACE_OPENERS and not _may_be_verb(words) and not vocabulary.elsewhere(line) and len(_strangers(line, doc)) >= 2):
        # prose opens so; a feature's or a series' title may open with a preposition ("On the campaign trail in the
        # USA, June 2020"): a phrase with no verb that shares no word at all with the article and names two things it
        # never does (a sentence that lost its stop, "In other results, Caernarfon beat Bangor", has a verb)
        return False
    if any(w.lower() in _CAPTION_WORDS for w in words) or _CAPTION_PLACE_RE.search(text) or (":" in text and words[0].lower() in _NOTE_LABELS):
        return False  # a caption, a credit or a note ("Update: the road has reopened")
    stems = _stems(text)
    common = [w for w in words if w[:1].islower() and len(w) >= 4 and w not in _STOP]
    if len(stems) < 3 or len(common) < 2 and not (len(common) == 1 and _has_verb(words) and len(_strangers(line, doc)) + _owner_stranger(line, doc) >= (2 if common[0] == words[-1] else 3)):
        return False  # a signature is all names ("Pauline Dwyer, Lower Marston"); a headline of names has its verb, and
        # two strangers are enough when the verb ends it ("Sultan Qaboos of Oman dies")
    if len(_RESULT_RE.findall(text)) > 1:
        return False  # "Worcester Kings 31, Tulbagh Rams 24": a result line
    shared = vocabulary.elsewhere(line)
    shared -= _CHANCE_STEMS
    if shared and (4 * len(shared) > len(stems - _CHANCE_STEMS) or shared & (_stems(_opening(after)) | vocabulary.headline)) and not _names_a_stranger(line, doc):
        return False  # the article's own subject ("year", "first" and the like may be shared by chance, not the headline's words)
    if len(words) < min_words:
        return _has_verb(words) and bool(_strangers(line, doc))
    return True


register(run, CHECK)
