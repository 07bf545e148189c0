"""A fact in the headline that the body contradicts: a figure, a score, a weekday or date, who won, a placing, a place.

Figures are read with factcheck.language.figures and days with
factcheck.language.dates, in the headline and in the body's paragraphs (quotations
left out). A headline count of the dead, injured or arrested ("Three killed") conflicts
with the body when the body gives the same kind of count of people ("five people were
killed"; a bare "one was pronounced dead" or "two of the dead" may be a share of the
toll, so is not compared) in its opening paragraphs, outside sentences about another
or an earlier event, that cannot be the same number (a number in a compound modifier, "his four-year term",
is not a count), allowing for "at least", "more than", "about"
and the like, and nowhere in the body gives the headline's number. A headline weekday the body says recurs outside quotes ("Nurse's Saturday supper club" … "Most Saturdays, she …") names
no day of the story, unless a preposition dates the headline by it ("to close on Saturday"). A headline weekday or
date ("talks on Wednesday") conflicts when the body never mentions that day but puts
the same event ("talks"; "to strike from Wednesday" … "would walk out from Monday", a verb that tells a period of that
kind in rules/periods.yaml) on another (past the opening only when the headline's event is named there in two words
or more: "closing submissions set for Thursday" … "Closing submissions will be heard on Friday 20 March"), and a headline weekday when the opening puts the headline's story (a sentence
sharing two of its words: "giant hail", "winds") on another day and no sentence sharing two of them names the
headline's day (a day something was said on is not the story's). Who won or lost and where someone finished are read with
factcheck.reading.outcomes (a score the headline gives is read against the opening paragraphs' score before
the later round-up of other matches, and against a live blog's "Full time: Wales 25-20 Scotland" before its running
scores; a margin joined to its unit, "six-wicket win", against the opening's first of that unit, "a seven-wicket
victory", unless the body gives the headline's; a draw in a sentence about an earlier match, "after a goalless draw last
weekend", is not the headline's match): a headline's winner or loser the body gives the other result
(and never the headline's), a draw in the body's opening paragraphs in a sentence naming the headline's side
("Harton Rovers win" … "the point they took home from a 2-2 draw"; another side's draw, "Dunmere's 1-1 draw",
is not theirs), another winner of the same named contest ("Tobi Adekanye wins Best Actress" … "The Best Actress award went to Chioma Nwosu"; unless the words before that winner's name name the headline's
side: "Greens win" … "Green candidate Hollie Brandreth has won"), or a placing when
the body gives one other placing and never the headline's (placings the body gives others by name,
"Tadesse, who was second", are theirs; an unnamed one, "The 26-year-old from Thornbury finished third",
may be the headline subject's). A post the headline gives a person ("Ewan Gillespie named chief fire officer",
"Prairie Basin Energy names Oksana Hrynchuk chief financial officer") conflicts with a body that gives that unique post
(rules/roles.yaml) to someone else now or from now on ("to confirm Catriona MacLeod … as the service's next chief fire
officer", "Darren Melnyk remains chief financial officer") and never to the headline's person, whom it names; a holder
told as leaving or as holding it until now with no word of taking it is the one the headline's person follows, a holder
of another named organisation is no rival, and a headline of someone leaving ("to step down") names no appointment.
A capitalised name in the headline
the body never uses, where the body uses one name spelt much like it (not the same name
without its accents or with an ending) or writes one other one-word name before the noun it qualifies ("Pinetown bakery" …
"its Pietermaritzburg bakery"; not the last word of a longer name: "Ozark cave crayfish" … "the Salt Fork cave crayfish"),
is reported at the body's name (a crosshead's use of the headline's name, "Storm 19 Panthers 18", is the body's).
A headline figure whose digits the body's opening gives swapped ("6.5 per cent rise" … "lifts general rates by 5.6 per
cent"; "by 164 votes" … "a majority of 146"), of one size and unit, is reported at that figure, not at a later one. A place the headline puts its story in after "for", "in", "at" or
"near" ("approved for Harnley"), or on the edge, outskirts or side "of" one, or a one-word name before the noun it places ("Arbroath bakery"), that the body never
names conflicts with the one other place the
body's opening paragraphs give after those words in a sentence about the headline's thing (for a name before a noun,
that noun, and a one-word place: "in Adair County" may lie in the headline's "Ozark" region) ("a flood
barrier to protect homes ... in Ashcombe"; months and weekdays are no places, nor the words after "for" in a
name, "the Department for Infrastructure"). A margin of victory in
the headline ("by 412 votes", "with 2,314-vote majority"; "by 61 votes to 38" is a tally) conflicts with the one margin the body gives
("a majority of 241", "by a margin of 214 votes"), margins of another year or an earlier contest left out; so does a share of the vote ("with 58 percent of
the vote" … "her share of the valid vote works out at 51.5 percent, down from the 60 percent … in 2024"), and a share in
favour ("ratify contract with 78% support" … "58.4 per cent of members who cast ballots voted in favour"). Another statement of the headline (an og:title
rewritten for sharing) that puts the story in a place neither the headline nor the body names, where the
headline names one the body does, is reported at that place. What only one person does (the one-actor
words: "Karen Doyle resigns") or what the headline gives its named person ("Captain Baptiste's century") conflicts
when the body gives it to one other person with a first name ("Nick Varga has resigned", "the departure of judge
Tess Harlow", "a century from vice-captain Kemar Joseph") and never to the headline's, nor names the headline's
person in a sentence about it; so does a role only one person holds that a headline verb gives its person (the
one-role words: "Lindqvist elected president"), given by the same verb in the body to one other person ("Mariana Soto
of Chile was elected president"; "has appointed Dr Ciara Ní Bhriain as its new chief executive", the verb's object
given the role after "as"; "names Rajeswari group CEO" with no "as", against "would be promoted to group chief
executive officer", an appointment announced however put), the headline's bare surname being that of someone the body names in full. A unique role
the headline says leaves ("Harcastle Foods chief executive quits") conflicts with the body's one leaver (the person named
last before a `leave-words` word in its sentence: "its chief operating officer, Daniel Okoro, would leave") when that
leaver holds another role and is never given the headline's, with no word of change beside it. A headline figure is also read with its key, the noun it counts or the word before
it ("shut 38 Hong Kong stores", "profit to A$212m", "jailed for two years", "on all three charges"; synonyms such as
stores and shops are the `key-synonyms` option), against the first of the body's opening paragraphs that gives a
figure of that key ("close 28 of its 112 shops": the part, not the whole; "a net profit after tax of A$221.4
million"; "jailed for 20 months", a length compared only after the same word, "for"; "upheld two of the three
charges" against "all three"), unless the body gives the headline's value for that key anywhere (the headline may round
the body's figure, not the body the headline's: "the N500bn minimum" is no "N468bn", unless the body says "about") (a range only in
its opening), in its first sentence, or bare; figures of another year or event ("In 2021 …", "up from …") are
not compared. A level the headline's change reaches ("exports climb to 7.4 million bags") is compared so too, with the
body's first figure of its key that is no earlier level ("compares with 6.13 million bags"), a size before the noun
left out ("6.94 million 60-kilogramme bags" counts bags); a change's size ("profit rises 12%") only for its direction. A
name opening the headline ("Okafor scores 27") owns its count when the body writes that name inside its sentences:
another player's figure ("Iowa State's Tomas Ruiz scored 24 points") is not compared; "Tuesday as" is no subject
("Closed season begins Tuesday as 30,000 fisherfolk line up"). A count or sum keyed by the noun after it is also compared
with the body's one value of that noun past the opening ("A total of 13,000 fisherfolk … have been registered"),
when the body never writes the headline's value. A rank the headline moves its subject to ("climb to No. 9")
conflicts with the one rank moved to in the body's opening ("moved up six spots to No. 11"), when the body never
writes the headline's rank of anyone. A headline's sum of money with no key in the body ("S$4.8b deal") conflicts with the one sum of its
currency within half and twice its size that the body's opening gives ("about S$4.2 billion"), when the body never
gives the headline's. A score between two sides' names ("Brentford 3-1 Fulham") is a result; a score the match passed
through ("had led 1-0 at half-time") is not compared with it. Jobs lost are one key however they are worded ("140 jobs lost", "cut 300 posts", "94 were made
redundant", "250 redundancies"). A change the headline gives one way ("profit rises 12%") conflicts with the same figure given the
other way in the opening, in a sentence naming its key ("down 12 per cent"; the `rise-words` and `fall-words`), and so
does its size: "profit falls 14%" against the first sentence of the opening naming what changed that sizes the change, by a
percentage with its direction ("fell 24%") or by the two levels it is between ("cuts output target by 40%" … "to 15 million
carats from the 20 million": 25 per cent; "That is an increase of 11%" in the next sentence states their change), allowing for
rounding, unless the body gives the headline's percentage anywhere (another measure: "adjusted profit … down 12%"), or that
sentence gives changes of several sizes, a percentage that is no change, or another year's change ("Last year profit fell 24%").
A new level the headline's verb gives a thing ("lifts lithium royalty to 7pc") conflicts with the body's first change of
that thing stated with both levels ("the royalty … would rise from 5 percent to 6 percent"), unless the body gives the
headline's level in its unit anywhere.
A headline's run of results ("for fourth straight win") conflicts with the one other length of that run the body's
opening gives ("It was Ridgeway State's third consecutive victory"; wins and victories, defeats and losses, titles and
championships are one run), unless the body gives the headline's anywhere; a run in a quote, of a side the headline
does not name ("Pine Valley's fifth straight win") or ended ("snapped their fifth straight win") is not compared.
A run counted in games ("after six-game winless run") conflicts likewise with the one length the body gives a run of
that kind, winless, unbeaten, losing or winning, however written ("extended their run without a win to five matches",
"unbeaten in seven games", "three defeats in a row"); two lengths in the body (a run that grew) or a quote say nothing.
The time a phrasal verb's act took ("tickets sell out in two hours") conflicts with the one such time the body gives
("sold out yesterday in just under four hours"), and a count per day the headline cuts or raises to ("flights to four a
day") with the body's change of it ("from six a day to three").
A headline count joined to its noun ("six-wicket win", "Five-try Glanrhyd") conflicts with the one other count of that noun
the body's opening gives the same thing, joined to it before the same word ("a five-wicket win") or counted and owned by
the name the headline's count qualifies ("Glanrhyd's four tries"), unless the body gives the headline's count of it
anywhere; a headline's lead in points ("go four points clear", "a six-point lead") does so with the one lead the
opening gives ("a lead of two points"; "remain second on 43 points, two behind the leaders"), leads of another time
("before kick-off", "at half-time") left out; another player's count ("Jenkins scored two tries"), a part of the match ("three tries in the first half") and
a count in a sentence about another event ("last week's five-wicket win", for any headline figure) are no count of the headline's.
A vote's tally in the headline ("council votes 7-2") is read against the one tally of the opening ("passed 6-3"), never
against a match's score, unless the body or another statement of the headline gives it; a winning margin ("rout Rice
Masters by 24") against the opening's first result ("98-81": 17), unless any score of the body makes it.
A score the body writes beside one of the headline's sides explains the headline's (a live blog's
"FULL-TIME: Harbourside City 3-2 Millbrook Athletic" among its running scores; another match of a round-up with
the same score does not). Only contradictions are reported, never
omissions: a headline fact the body does not mention is fine. The finding is at the
body's figure or day, pointing at the headline. A headline figure whose clause names its owner before
the verb ("… as Conservatives lose seven seats") is compared only with body figures in a paragraph that names that owner ("The Liberal
Democrats …, taking 20 of the 39 seats" counts another party's seats), by name or by its initials ("LNP returned with
51 seats" … "Liberal National Party … winning 48 of the 93 seats"), or whose sentence refers back to one before
the figure ("Of the firm's 212 staff, 94 …").
A change is read from a verb before what it changes and "by" ("raises water charges by 5%" … "raising water charges by 8%
for domestic users"; the lead-in of the clause after "and" decides whether it is another time's), and a standfirst's
change is compared as the headline's is ("Passenger journeys … rose 14% last year" … "an increase of 11 per cent"). A
headline's day ahead ("Judge to rule next Monday") is compared with the body's days ahead, not the days of what was done
("reserved judgment on Thursday"). A result or placing of another year ("last year's final, which Haryana won 2-1", "its
previous best finish was fifth, in 2021") is no account of the headline's.
A sum the headline says was passed ("revenue tops £300m for first time"; the verbs are rules/quantities.yaml's
`exceed-words`) that none of the body's sums of the headline's subject reaches ("revenue rose to a record £287.4m") is
reported at the nearest, in the h1 as in a title; a count likewise ("Fair crowd tops 160,000"), only against a plain
count of the opening just short of it ("158,930 people passed through the gates"). A headline's margin ("Armagh beat
Down by five points", spelt or in digits) is weighed against a Gaelic games result in goals and points, a goal three
points ("Full-time: Armagh 1-16 Down 0-15": four), at the body's own words for the margin where it gives them.
A headline's choice of a person for a post ("Fono names Afamasaga Tavita as new pulenu'u") conflicts with a body that
chose another for the post in the same words ("The council chose Seiuli Penitito as pulenu'u"), whatever the post, or
that appointed the headline's person to another post of the same head ("has been appointed assistant chief constable"
under "names Donnelly as deputy chief constable"); a headline candidate on top of the poll ("Gillanders tops poll")
with a body whose sentence on top of it opens with another name ("Craig Baird, who …, topped the poll").
A headline's part of a whole ("carries 15 of 16 LGAs") conflicts with the one part of that whole of the same thing the
body gives in a sentence naming the headline's names ("won outright in 14 of the 16 LGAs"), a count so far ("With nine
of 16 LGAs declared") left out. A headline telling two stories ("Okafor wins Ward 2 seat by 212 votes; road millage
renewed") keeps its figure to the body's paragraphs naming a name of its own clause. A pair of counts ending a headline
whose verb tells a vote ("passes … expansion 112-58") is that vote's tally, in a story that gives tallies and no match
scores. "Will pay 8 per cent more" is a rise of that size ("8% more than …" is a comparison, not a change).
A place the headline gives a point of the compass the body never writes with it, where the body writes the name with one
other ("Kigulu West by-election" … "the Kigulu North County seat"), is reported; a measure in its own unit the body gives
anywhere ("88mph gusts" … a live blog's later "has just logged 88mph") agrees with the headline; a change's size the
headline and the body both write out must agree to rounding ("to rise by 6%" … "go up by 7 per cent").

A headline in title case ("Third-Quarter Revenue Up 12%") is read with each word the body writes only in lower case
lowered, as the body writes it; a share in the body ("about 12% of total revenue") is no change of the headline's size;
a swap of two digits keeps their places ("N148bn" is no swap of "N18.4 billion"); two percentages written out agree only
as far as the places each is written to allow (a whole "12%" for "12.4%", but "1.6%" is no "1.4%").
A place the body names only for other things ("the deep-sea port at Kribi") conflicts with the headline's place for its
thing ("grinding plant at Kribi") when the body writes the thing elsewhere ("a second grinding plant at Edéa"); not a
place named as where another is ("Capel Curig in Snowdonia"). A season's record ("24-13-4-2") is no score; a count the
body arrives at ("Seven candidates filed … leaving six names on the ballot") is the headline's; a given name alone in
the headline ("names Farid as group MD") is the body's holder who writes it first ("Datuk Farid Hashim"); a part of the
contest won ("Park won the Northampton County precincts") is no result of it; and a count of another thing ("all 112
precincts reporting") is no slip of the headline's.
"""

from __future__ import annotations

import re

from collections.abc import Callable

from ..document import Block, BlockKind, Document, MetaField, Span
from ..findings import Category, Hit, RelatedHit, Severity
from ..language.dates import find_dates, find_weekdays, month_number
from ..language.figures import Figure, find_figures
from ..language.numbers import NUMBER_WORDS, value_of_words
from ..language.tense import Tense, governing_verb

from ..reading.compare import agree, amount_slip, places_kept, significant_digits, slip
from ..reading.levels import CHANGE_NOUNS, DOWN, THAT_IS, UP, half_step, level_pairs, sentences_of
from ..reading.quantities import ADDED_BEFORE, FUNCTION_WORDS, read_quantities, singular, two_apart_by
from ..reading.tokens import tokenize
from ..reading.outcomes import read_draws, read_outcomes, read_placings, subject_of
from ..reading.results import FINAL_LABEL_WORDS, Result, in_the_running, read_results
from ..reading.times import WEEKDAY_NAMES
from ..registry import Check, Context, Example, Option, register

_BODY = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})
_CASUALTY_OPTIONS = {"dead": "dead-words", "injured": "injured-words", "arrested": "arrested-words"}


class _Casualties:
    """Which kind of count a word makes ("drowned" -> dead), from the check's settings, with its verb-after pattern."""

    def __init__(self, options) -> None:
        self.kind_of = {w.lower(): kind for kind, name in _CASUALTY_OPTIONS.items() for w in options[name]}
        # "Five people have died": the verb a few words after the number, past auxiliaries allowed.
        self.after_re = re.compile(
            r"\A(?:\s+[a-z][\w-]*){0,2}?\s+(?:(?:have|has|had|were|was|are|is|been|being|reportedly|also)\s+)*("
            + "|".join(sorted(map(re.escape, self.kind_of), key=len, reverse=True)) + r")\b"
        )

    def kind(self, fig: Figure, text: str) -> str | None:
        for word in (fig.verb, fig.noun):
            if word and word in self.kind_of:
                return self.kind_of[word]
        m = self.after_re.match(text[fig.end : fig.end + 60])
        return self.kind_of[m.group(1)] if m else None


_PART_BEFORE_RE = re.compile(r"\b(?:another|a\s+further|other|including|of\s+the|among\s+(?:them|the))\s+\Z", re.IGNORECASE)
_PART_AFTER_RE = re.compile(r"\s+(?:of\s+(?:the|them|those|whom)|more|others|other)\b", re.IGNORECASE)
_LOWER = {"at least", "more than", "over", "upwards of", "well over", "just over"}
_UPPER = {"up to", "at most", "fewer than", "less than", "under", "as many as", "just under"}
_NEAR = {"about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "circa", "close to"}
_BELOW_NEAR = {"nearly", "almost"}
_OPENING = 3
_OTHER_EVENT_RE = re.compile(r"\b(?:another|previous|earlier|last\s+(?:year|season|month|week|weekend|time|term|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
_EVENT_WORD_RE = re.compile(r"[a-z][a-z-]{3,}")
_NOT_EVENT_WORDS = frozenset(
    """said says will would with from that this have been were after before since planned expected set due
    police people government officials council minister ministers spokesman spokeswoman spokesperson statement
    announced confirmed reported told according
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december""".split()
)  # the day or date itself is what is compared, not the event it dates

CHECK = Check(
    id="headline-body-conflict",
    category=Category.HEADLINE,
    severity=Severity.WARNING,
    summary="The headline states a number or day that the body contradicts.",
    description=__doc__,
    fires=Example(
        """date 2026-03-14 Two dead as Westbury flood defences fail in storm

Three people died and more than 400 homes were evacuated after the river burst its banks.

Police named the dead as Derek Hollins, 78, his wife, Pauline, 76, and Aled Price, 43.
""",
        lines=(3,),
    ),
    quiet=Example(
        """date 2026-11-04 At least 14 killed as earthquake strikes coastal towns

The death toll rose from 11 to 14 overnight, and more than 200 people were injured.

Rescuers said three people were killed in one village alone, where a school collapsed.

Talks on aid will be held on Thursday, the government said.
""",
    ),
    options=(
        Option("win-words", list, "Verbs whose subject won (\"Pellow won the Open\"); the capitalised words after them name the contest."),
        Option("lose-words", list, "Verbs whose subject lost (\"Hollins conceded\"); \"lost to X\" makes X the winner."),
        Option("beat-words", list, "Verbs whose subject won and whose object lost (\"edging Renee Hollins\")."),
        Option("one-actor-words", list, "Headline verbs only one named person can be the subject of in a story (\"resigns\", \"dies\"): another person doing it in the body contradicts the headline."),
        Option("one-role-words", list, "Headline verbs that give their named subject a role (\"Lindqvist elected president\"): when the role is one a body has one holder of, another person given it by the same verb in the body contradicts the headline."),
        Option("leave-words", list, "Words that say someone leaves a post (\"would leave the company\", \"will step down\", \"Okoro's departure\"), for a headline's role that leaves."),
        Option("one-actor-nouns", list, "Nouns for what the one-actor verbs do (\"the departure of judge Tess Harlow\"): the person after \"of\" or before \"'s\" did it."),
        Option("dead-words", list, "Words that make a headline or body count a count of the dead (\"Three killed\", \"five people drowned\")."),
        Option("injured-words", list, "Words that make a count a count of the injured."),
        Option("arrested-words", list, "Words that make a count a count of people arrested."),
        Option("key-synonyms", list, "Groups of words, each a space-separated string, that name one key of a figure (\"store shop branch outlet\"): \"38 stores\" and \"28 shops\" are one count."),
        Option("rise-words", list, "Words before a change that make it a rise (\"profit rises 12%\", \"up 12 per cent\")."),
        Option("fall-words", list, "Words before a change that make it a fall (\"down 12 per cent\")."),
        Option("raise-by-words", list, "Verbs that raise what they take as object by the figure after \"by\" (\"raises water charges by 5%\"); read only with \"by\"."),
        Option("cut-by-words", list, "Verbs that lower what they take as object by the figure after \"by\" (\"cutting fares by 10%\"); read only with \"by\"."),
        Option("job-nouns", list, "Nouns of jobs (\"jobs\", \"posts\"): with a `job-loss-words` word beside a figure, it counts jobs lost."),
        Option("job-loss-words", list, "Words of losing jobs (\"lost\", \"cut\", \"axed\") beside a job noun and a figure."),
        Option("redundancy-words", list, "Words that alone make a figure jobs lost (\"94 were made redundant\", \"250 redundancies\")."),
        Option("placing-words", list, "Verbs before an ordinal that make it a placing (\"finished third\", \"lifted them to third\")."),
        Option("ordinal-nouns", list, "Nouns a headline and its body count one subject's of by an ordinal (\"wins third term\" … \"his second term\")."),
    ),
)


def _sentence(block: Block, pos: int) -> str:
    return next((s.text for s in block.sentences if s.start <= pos < s.end), block.text)


def _clause_to(block: Block, pos: int) -> str:
    """A sentence up to the end of the clause at pos: "after a 2-1 win over Rangers, taking advantage of Remo Stars' slip a
    day earlier" is the win's day; "In the previous meeting, Rangers won 2-0" and "won 2-0 last season" another's."""
    sentence = next((s for s in block.sentences if s.start <= pos <= s.end), None)
    if sentence is None:
        return block.text
    text = sentence.text
    cut = min((k for k in (text.find(",", pos - sentence.start), text.find(";", pos - sentence.start)) if k >= 0), default=len(text))
    return text[:cut]


def _part_of_total(text: str, fig: Figure) -> bool:
    return bool(_PART_BEFORE_RE.search(text, max(0, fig.start - 20), fig.start) or _PART_AFTER_RE.match(text, fig.end))


def _interval(fig: Figure) -> tuple[float, float]:
    v, q = fig.value or 0.0, (fig.qualifier or "").lower()
    if q in _LOWER:
        return v, float("inf")
    if q in _UPPER:
        return 0.0, v
    if q in _NEAR:
        return 0.9 * v, 1.1 * v
    if q in _BELOW_NEAR:
        return 0.85 * v, v
    return v, v


def _counts(fig: Figure) -> bool:
    return fig.value is not None and fig.unit is None and not (fig.is_year or fig.is_ordinal or fig.is_range)


def _modifier(text: str, fig: Figure) -> bool:
    """True when a number is part of a compound modifier ("his four-year term", "a three-bedroom house"), not a count."""
    return text[fig.end : fig.end + 1] in ("-", "\u2011") and text[fig.end + 1 : fig.end + 2].isalpha()


def _headline(doc: Document) -> tuple[str, Callable[[int, int], Span]] | None:
    """Return the headline text and a function from its offsets to source spans."""
    for block in doc.blocks:
        if block.kind is BlockKind.HEADLINE and block.text.strip():
            return block.text, block.source_span
    for cand in doc.candidates(MetaField.HEADLINE):
        if doc.source[cand.span.start : cand.span.end] == cand.value:  # offsets into the value are offsets into the file
            return cand.value, lambda s, e, c=cand: Span(c.span.start + s, c.span.start + e)
    return None


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at each body figure or day that contradicts the headline."""
    found = _headline(doc)
    if found is None:
        return []
    headline, headline_span = found
    annotation = context.annotation(doc)
    body = [r for r in annotation.time.blocks if r.block.kind in _BODY]  # read once, with every other check
    hits = _figure_conflicts(headline, headline_span, body, _Casualties(context.options(CHECK.id)))
    if not hits:
        hits = _quantity_conflicts(headline, headline_span, annotation)
    if not hits:
        hits = _one_value_conflicts(headline, headline_span, annotation, _margin, "the margin")  # "by 214 votes" … "a majority of 241"
    if not hits:
        hits = _one_value_conflicts(headline, headline_span, annotation, _vote_share, "the share of the vote", close=1.0)
    if not hits:
        hits = _one_value_conflicts(headline, headline_span, annotation, _support_share, "the share in favour", close=1.0)
    if not hits:
        hits = _run_length_conflicts(headline, headline_span, annotation)
    if not hits and (particle := _time_taken_particle(headline, annotation)) is not None:
        # "tickets sell out in two hours" … "sold out yesterday in just under four hours"
        hits = _one_value_conflicts(headline, headline_span, annotation, lambda tokens, a: _time_taken(tokens, a) == particle, "the time it took")
    if not hits:
        hits = _keyed_conflicts(headline, headline_span, annotation, _Keys(context.options(CHECK.id)))
    if not hits:
        hits = _change_size_conflicts(headline, headline_span, annotation, _Keys(context.options(CHECK.id)))
    if not hits:
        hits = _new_level_conflicts(headline, headline_span, annotation, _Keys(context.options(CHECK.id)))
    for block in doc.blocks if not hits else ():
        if block.kind is BlockKind.STANDFIRST:  # "Passenger journeys … rose 14% last year" over "an increase of 11 per cent"
            hits += _change_size_conflicts(block.text, block.source_span, annotation, _Keys(context.options(CHECK.id)), "standfirst")
            for is_kind, what in ((_vote_share, "the share of the vote"), (_support_share, "the share in favour")):
                # "after 81 per cent of union members voted for action" over "832 — 73 per cent — backed strike action"
                hits += [] if hits else _one_value_conflicts(block.text, block.source_span, annotation, is_kind, what, close=1.0, besides=block, label="standfirst")
    if not hits:
        hits = _compound_conflicts(headline, headline_span, annotation)
    if not hits:
        hits = _money_compound_conflicts(headline, headline_span, annotation)
    if not hits:
        hits = _margin_told_joined(headline, headline_span, annotation)
    if not hits:
        hits = _lead_conflicts(headline, headline_span, annotation)
    if not hits:
        hits = _streak_conflicts(headline, headline_span, annotation)
    if not hits:
        hits = _rank_conflicts(headline, headline_span, annotation)
    if not hits:
        hits = _standing_conflicts(headline, headline_span, annotation)
    if not hits:
        hits = _ordinal_conflicts(headline, headline_span, annotation, frozenset(w.lower() for w in context.options(CHECK.id)["ordinal-nouns"]))
    hits += _day_conflicts(headline, headline_span, body, doc, context)
    hits += _result_conflicts(headline, headline_span, annotation, context.options(CHECK.id))
    if not hits:
        hits += _joined_margin_conflicts(headline, headline_span, annotation)
    hits += _name_conflicts(headline, headline_span, annotation)
    # the people and places the headline names, each tried only while nothing is found
    for conflicts in (_appointment_conflicts, _chosen_as_conflicts, _topped_poll_conflicts, _another_post_conflicts,
                      _named_figure_conflicts, _owned_tally_conflicts, _place_conflicts, _compass_conflicts):
        if hits:
            break
        hits += conflicts(headline, headline_span, annotation)
    others = _other_headlines(doc, headline)
    for other, other_span in others if not hits else ():
        hits += _passed_marks_of(other, other_span, annotation)  # "revenue tops £300m" in the h1 under a plainer title
    for other, other_span in others:
        if hits:
            break
        # a statement that moves the story from the headline's place is that statement's finding first
        hits += _moved_place(other, other_span, headline, headline_span, annotation) or _place_conflicts(other, other_span, annotation)
    # one problem, one finding: "32 votes to 19" already read as a count against the headline's "34"
    hits += [h for h in _goals_and_points_conflicts(headline, headline_span, annotation) + _score_conflicts(headline, headline_span, annotation, [text for text, _ in others])
             if not any(g.span.start < h.span.end and h.span.start < g.span.end for g in hits)]
    if not hits:
        options = context.options(CHECK.id)
        hits += _actor_conflicts(headline, headline_span, annotation, frozenset(w.lower() for w in options["one-actor-words"]), frozenset(w.lower() for w in options["one-actor-nouns"]),
                                 frozenset(w.lower() for w in options["one-role-words"]))
    if not hits:
        options = context.options(CHECK.id)
        hits += _leaver_conflicts(headline, headline_span, annotation, frozenset(w.lower() for w in options["one-actor-words"]), options["leave-words"])
    return hits


_LEFT_IN_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b")  # "stepped down in 2019", not "has led it since 2020"


def _leaver_conflicts(headline: str, headline_span, annotation, one_actor: frozenset[str], leave_words: list[str]) -> list[Hit]:
    """A headline's role that leaves ("Harcastle Foods chief executive quits") where the body's one leaver holds another
    role and never that one ("its chief operating officer, Daniel Okoro, would leave the company"): the headline names the
    wrong post. The leaver is the person named last before a leaving word in its sentence ("Okoro … will step down",
    "Okoro's departure")."""
    tokens = tokenize(headline)
    role = None
    for k in range(len(tokens)):
        found = _unique_role_after(tokens, k, annotation)
        if found is not None and found[1] + 1 < len(tokens) and tokens[found[1] + 1].lower in one_actor:
            role = found[0]
            break
        if tokens[k].lower in one_actor:
            return []
    if role is None or not leave_words:
        return []
    reading = annotation.people
    leave = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(leave_words, key=len, reverse=True)) + r")\b", re.I)
    mentions: dict[int, list] = {}
    for person in reading.people.persons:
        for i, m in person.mentions:
            mentions.setdefault(i, []).append((m.start, m.end, person))
    leavers: dict[int, tuple] = {}
    for i, block in enumerate(reading.blocks):
        if block.kind not in _BODY:
            continue
        quotes = annotation.quotes_of(block)
        for w in leave.finditer(block.text):
            if any(a <= w.start() < b for a, b in quotes):
                continue
            sentence = block.text.rfind(".", 0, w.start()) + 1
            closing = block.text.find(".", w.end())
            after = block.text[w.end() : min(w.end() + 60, closing if closing >= 0 else len(block.text))]
            if annotation.published is not None and (y := _LEFT_IN_YEAR.search(after)) and int(y.group(1)) < annotation.published.year:
                continue  # "The founder's son stepped down from the board in 2019": another year's leaving
            before = [(e, person) for s_, e, person in mentions.get(i, []) if sentence <= s_ and e <= w.start() and w.start() - e <= 60]
            if before:
                person = max(before, key=lambda t: t[0])[1]
                leavers.setdefault(id(person), (person, i, w))
    if len(leavers) != 1:
        return []
    person, i, w = next(iter(leavers.values()))
    held = {r.role for _, r in person.roles if r.kind == "role"}
    if not held or role in held or any(r.modifiers for _, r in person.roles):
        return []  # a leaver of no known role, or the headline's, or one whose role changed ("interim", "former")
    written = next(r.form for _, r in person.roles if r.kind == "role")
    block = reading.blocks[i]
    return [Hit(CHECK.id, block.source_span(w.start(), w.end()), f"The body's leaver is {person.full_name}, the {written.lower()}, but the headline says the {role} leaves.",
                (_at_headline(headline, headline_span, 0, len(headline)),))]


def _other_headlines(doc: Document, headline: str) -> list[tuple[str, Callable[[int, int], Span]]]:
    """The article's other statements of its headline whose offsets are offsets into the file (og:title, <title>, front matter)."""
    out, seen = [], {headline.strip()}
    for cand in doc.candidates(MetaField.HEADLINE):
        if cand.value.strip() not in seen and doc.source[cand.span.start : cand.span.end] == cand.value:
            seen.add(cand.value.strip())
            out.append((cand.value, lambda s, e, c=cand: Span(c.span.start + s, c.span.start + e)))
    return out


def _at_headline(headline: str, headline_span, start: int, end: int) -> RelatedHit:
    """The headline's words a finding points at."""
    return RelatedHit(headline_span(start, end), f"headline: \u201c{headline.strip()}\u201d")


def _against_headline(block: Block, start: int, end: int, message: str, headline: str, headline_span, a) -> Hit:
    """A finding at the body's words block.text[start:end], pointing at the headline's amount a."""
    return Hit(CHECK.id, block.source_span(start, end), message, (_at_headline(headline, headline_span, a.start, a.end),))


def _stem(word: str) -> str:
    w = word.lower()
    for ending in ("ed", "es", "s", "d"):
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            return w[: -len(ending)]
    return w


def _owner_after(tokens, i: int) -> tuple[str, int] | None:
    """The person an event noun at token i belongs to, written after it: "the departure of judge Tess Harlow",
    "a century from vice-captain Kemar Joseph" (a few lower-case words, then a first name and a surname)."""
    k = i + 1
    if k >= len(tokens) or tokens[k].lower not in ("of", "from", "by") or tokens[k].sentence != tokens[i].sentence:
        return None
    k += 1
    while k < len(tokens) and k - i <= 6 and ((tokens[k].is_word and not tokens[k].capitalised) or (tokens[k].text == "-" and tokens[k].glued)):
        k += 1  # "judge", "vice-captain", "the club's"
    first = k
    while k < len(tokens) and tokens[k].capitalised and not tokens[k].quoted:
        k += 1
    if k - first < 2:
        return None  # a person is written with a first name here; one capitalised word may be a place or a firm
    return _base(tokens[k - 1].lower), k - 1


def _owner_before(tokens, i: int) -> tuple[str, int] | None:
    """The person an event noun at token i belongs to, written before it: "Joseph's century"."""
    if i < 2 or not (tokens[i - 1].capitalised and tokens[i - 2].capitalised) or tokens[i - 1].lower[-2:] not in ("'s", "\u2019s"):
        return None  # a person with a first name or a title, not a country's or a firm's
    return tokens[i - 1].lower[:-2], i - 1


def _actor_conflicts(headline: str, headline_span, annotation, one_actor: frozenset[str], one_actor_nouns: frozenset[str], one_role: frozenset[str] = frozenset()) -> list[Hit]:
    """Someone else doing what only one person does, that the headline says its named person did ("Karen Doyle resigns" …
    "Nick Varga has resigned"; "Bernie Clarke quits" … "the departure of judge Tess Harlow"), or someone else owning what
    the headline gives its person ("Baptiste's century" … "a century from vice-captain Kemar Joseph"), or someone else
    given the one role the headline gives its person ("Lindqvist elected president" … "Mariana Soto of Chile was elected
    president"; "Ofori Trust Bank names Kwame Asante as new managing director" … "has appointed Kofi Mensah, its head of
    retail banking, as managing director", by any verb that gives a role)."""
    tokens = tokenize(headline)
    events = []  # (the headline person's first token, their surname token, the words that name the event in the body, the role it gives)
    for k in range(1, len(tokens) - 1):
        name, word = tokens[k], tokens[k + 1]
        if name.capitalised and tokens[k - 1].capitalised and word.lower in one_actor:
            events.append((k - 1, k, {_stem(word.text)}, one_actor_nouns, None))  # a first name and surname, then the verb
        elif name.capitalised and tokens[k - 1].capitalised and name.lower[-2:] in ("'s", "\u2019s") and word.is_word and not word.capitalised and len(word.text) >= 4:
            events.append((k - 1, k, set(), frozenset({singular(word.lower)}), None))  # "Captain Baptiste's century"
    for k in range(len(tokens) - 2):
        if tokens[k].capitalised and tokens[k + 1].lower in one_role and (given := _unique_role_after(tokens, k + 2, annotation)):
            first = k
            while first > 0 and k - first < 3 and tokens[first - 1].capitalised:
                first -= 1  # "Mac Giolla Phádraig appointed …": the whole name
            if first < k or _a_person_surname(tokens[k].lower, annotation):
                events.append((first, k, {_stem(tokens[k + 1].text)}, frozenset(), given))
    # "Ofori Trust Bank names Kwame Asante as new managing director": the role given to the verb's object, by any verb
    # that gives one ("has appointed Kofi Mensah … as managing director" in the body)
    stems = {_stem(w) for w in one_role}
    for k in range(1, len(tokens) - 3):
        if not (tokens[k].is_word and not tokens[k].capitalised and _stem(tokens[k].text) in stems):
            continue
        at = next((j for j in range(k + 2, min(k + 8, len(tokens))) if tokens[j].lower == "as"), None)
        role = _unique_role_after(tokens, at + 1, annotation) if at is not None else None
        if role is None and tokens[k + 1].capitalised:
            # "Sinar Permata names Rajeswari group CEO": the name, then the role, with no "as"
            end = k + 1
            while end + 1 < len(tokens) and end - k < 3 and tokens[end + 1].capitalised and tokens[end + 1].lower not in annotation.people.roles.form_role:
                end += 1
            role = _unique_role_after(tokens, end + 1, annotation)
            if role is not None:
                events.append((k + 1, end, stems, frozenset(), role))
            continue
        if role is not None and (given := _given_as(tokens, k, annotation, role[0])) is not None:
            first = given[1] - 1
            while first > k + 1 and tokens[first - 1].capitalised:
                first -= 1
            events.append((first, given[1], stems, frozenset(), role))
    if not events:
        return []
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY]
    for first, last, verbs, nouns, role in events:
        surname = _base(tokens[last].lower.removesuffix("'s").removesuffix("\u2019s"))
        doers: dict[str, tuple] = {}
        beside = False  # the body writes the headline's person in a sentence about the event
        for ab in body:
            for i, t in enumerate(ab.tokens):
                if not t.is_word or t.quoted:
                    continue
                found = None
                if _stem(t.text) in verbs and role is not None and (given := _given_as(ab.tokens, i, annotation, role[0])):
                    found = given  # the verb's object, given the role after "as"
                elif _stem(t.text) in verbs and (role is None or (_unique_role_after(ab.tokens, i + 1, annotation) or (None,))[0] == role[0]):
                    found = subject_of(ab.tokens, i, planned=role is not None)
                    if found and not (found[1] > 0 and ab.tokens[found[1] - 1].capitalised):
                        found = None  # a person written with a first name
                elif singular(t.lower) in nouns:
                    found = _owner_after(ab.tokens, i) or _owner_before(ab.tokens, i)
                    beside = beside or any(_base(u.lower.removesuffix("'s")) == surname for u in _sentence_of(ab.tokens, i))
                if found:
                    doers.setdefault(found[0], (ab, found[1]))
        if surname in doers or len(doers) != 1 or (not verbs and beside):
            continue
        ab, at = next(iter(doers.values()))
        b, start = ab.tokens[at], at
        while start > 0 and at - start < 3 and ab.tokens[start - 1].capitalised and not ab.tokens[start - 1].lower.endswith(("'s", "\u2019s")):
            start -= 1  # the whole name: "Chong Wai Keat"
        if any(_base(ab.tokens[j].lower) == surname for j in range(start, at)):
            continue  # "Datuk Seri Hamidah retires" … "Datuk Seri Hamidah Ariffin, who retires": one person, by her given name
        doer = ab.text[ab.tokens[start].start : b.end] if role else b.text
        said = headline[tokens[first].start : tokens[role[1] if role else last + 1].end]
        return [
            Hit(
                CHECK.id,
                ab.block.source_span(b.start, b.end),
                f"The body gives this to {doer}, but the headline says \u201c{said}\u201d; the body never says it of {headline[tokens[first].start : tokens[last].end] if role else tokens[last].text.removesuffix(chr(39) + 's')}.",
                (_at_headline(headline, headline_span, tokens[first].start, tokens[last + 1].end),),
            )
        ]
    return []


def _unique_role_after(tokens, k: int, annotation) -> tuple[str, int] | None:
    """Return the unique role (roles.yaml) a verb gives, written just after it ("elected president", "named as the new
    chief executive", "named group MD": one word of its own may qualify it), and the token that ends it; or None."""
    rk = annotation.people.roles
    qualified = False
    j = k
    while j < min(k + 5, len(tokens)):
        for size in (3, 2, 1):
            part = tokens[j : j + size]
            if len(part) < size or any(not t.is_word for t in part):
                continue
            written = " ".join(t.text for t in part)
            key = rk.form_role.get(written) or rk.form_role.get(written.lower())
            if key is not None:
                return (key, j + size - 1) if rk.roles[key].unique else None
        if tokens[j].lower in ("as", "to", "the", "new", "its", "their"):
            j += 1  # "named as the new chief executive", "promoted to group chief executive officer"
        elif not qualified and tokens[j].is_word and not tokens[j].capitalised:
            qualified, j = True, j + 1  # "group" managing director
        else:
            return None
    return None


def _given_as(tokens, i: int, annotation, role: str) -> tuple[str, int] | None:
    """The person a verb at token i gives a role to after "as" ("has appointed Dr Ciara Ní Bhriain as its new chief
    executive", "named the founder's nephew, Chong Wai Keat, as its new group managing director"): their surname
    (lower case) and its token, when the role after "as" is the one asked for."""
    for j in range(i + 2, min(i + 16, len(tokens))):
        if tokens[j].text in (".", ";", ":"):
            return None
        if tokens[j].lower != "as":
            continue
        given = _unique_role_after(tokens, j + 1, annotation)
        k = j - 1 if tokens[j - 1].text != "," else j - 2
        if given is not None and given[0] == role and tokens[j - 1].text == "," and not tokens[k].capitalised:
            # "appointed Kofi Mensah, its head of retail banking, as managing director": the name set off before an aside
            k = next((n for n in range(i + 2, j - 1) if tokens[n + 1].text == "," and tokens[n].capitalised and tokens[n - 1].capitalised and n - 1 == i + 1), k)
        if given is None or given[0] != role or k <= i or not (tokens[k].capitalised and tokens[k - 1].capitalised):
            return None
        return tokens[k].lower, k
    return None


def _a_person_surname(word: str, annotation) -> bool:
    """True when the body writes a person with this surname and a first name: a headline's bare surname is theirs."""
    return any(p.given and p.surname.lower() == word for p in annotation.people.people.persons)


# a Gaelic games result, each side's goals and points after its name: "Clonmaddy 1-14 Ballykeelan 0-12"
_SIDE = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"
_GOALS_POINTS_RE = re.compile(rf"(?P<a>{_SIDE})\s+(?P<ag>\d{{1,2}})-(?P<ap>\d{{1,2}})\s*(?:,\s*)?(?P<b>{_SIDE})\s+(?P<bg>\d{{1,2}})-(?P<bp>\d{{1,2}})(?![\d-])")


def _goals_and_points_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A Gaelic games result in the headline ("Clonmaddy 1-14 Ballykeelan 0-12") against the full-time result the body
    gives of the same two sides ("FULL-TIME: Clonmaddy St Colm's 1-14 Ballykeelan Shamrocks 0-13"): a side's goals and
    points told two ways. Only a result the body labels as final is weighed; running scores come and go."""
    head = _GOALS_POINTS_RE.search(headline)
    if head is None:
        return []
    sides = {_base(head.group("a").split()[0].lower()): (head.group("ag"), head.group("ap")), _base(head.group("b").split()[0].lower()): (head.group("bg"), head.group("bp"))}
    if len(sides) != 2:
        return []
    for ab in annotation.prose:
        if ab.block.kind not in _BODY and ab.block.kind is not BlockKind.HEADING:
            continue  # (a live blog's crosshead may give it: "## Full-time: Waterford 2-21 Galway 1-18")
        for m in _GOALS_POINTS_RE.finditer(ab.text):
            if not _FULL_TIME_RE.search(ab.text, max(0, m.start() - 40), m.start()):
                continue
            told = {_base(m.group("a").split()[0].lower()): (m.group("ag"), m.group("ap"), m.start("ag"), m.end("ap")),
                    _base(m.group("b").split()[0].lower()): (m.group("bg"), m.group("bp"), m.start("bg"), m.end("bp"))}
            if set(told) != set(sides):
                continue  # another match's result
            first = _base(head.group("a").split()[0].lower())
            for side, (goals, points) in sides.items():
                g, p, start, end = told[side]
                if (g, p) != (goals, points):
                    said, at = f"{goals}-{points}", head.start("ag") if side == first else head.start("bg")
                    return [Hit(CHECK.id, ab.block.source_span(start, end), f"The body's full-time result gives {ab.text[start:end]}, but the headline says {said}.",
                                (_at_headline(headline, headline_span, at, at + len(said)),))]
            return []  # the body's final result agrees
    return []


def _score_conflicts(headline: str, headline_span, annotation, others: list[str] = ()) -> list[Hit]:
    """A score in the headline ("edge Penarth 27-20") that the body gives with one side different ("a 27-21 win"), and never as the headline has it."""
    tokens = tokenize(headline)
    pairs = [(tokens[i], tokens[i + 2]) for i in range(len(tokens) - 2)
             if tokens[i].is_number and tokens[i + 1].text in ("-", "\u2013") and tokens[i + 1].glued and tokens[i + 2].glued and tokens[i + 2].is_number
             and len(tokens[i].text) <= 3 and len(tokens[i + 2].text) <= 3]
    knowledge = annotation.quantity_knowledge
    # "council votes 7-2 to fund", "approved by nine votes to one": a vote's tally, read against the tallies of the opening
    # paragraphs, never a match's score
    voted = [r for r in read_results(tokens, [], knowledge)[0] if r.kind == "tally"]
    if not voted and pairs and {t.lower for t in tokens} & _PASSING_VERBS and _votes_not_scores(annotation):
        # "Georgia House passes rural hospital tax credit expansion 112-58": a pair of counts the verb's vote ends on, in a
        # story of votes ("three TD passes … 34-31" is a match's score)
        voted = [Result("tally", int(x.text), int(y.text), x.start, y.end, tokens.index(x), False, False, False, False) for x, y in pairs]
    if not pairs and not voted and not (knowledge.win_words & {t.lower for t in tokens} and "by" in {t.lower for t in tokens}):
        return []
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY]
    told = {tokens[r.token].start for r in voted}
    hits = _tally_conflicts(voted, headline, headline_span, body, others, knowledge)
    pairs = [(x, y) for x, y in pairs if x.start not in told]
    # the headline's sides: the first word of each run of capitalised words ("Kestrel Town … at Millbrook" -> kestrel, millbrook)
    sides = {_base(t.lower) for k, t in enumerate(tokens) if t.capitalised and len(t.text) >= 4 and not (k and tokens[k - 1].capitalised)}
    # a round-up's crosshead may be its item's result ("Lincoln 31, Westfield 24")
    scored = [ab for ab in annotation.prose if ab.block.kind in _BODY or ab.block.kind is BlockKind.HEADING]
    scores = [(ab, r) for ab in scored for r in ab.results[0] if r.kind == "score" and not r.quoted and not _OTHER_EVENT_RE.search(_clause_to(ab.block, r.end))]
    hits += _won_by_conflicts(tokens, headline, headline_span, scores, body, knowledge, scored)
    # a live blog's "Full time: Wales 25-20 Scotland" is its match's result, whatever the running scores before it
    full_time = [(ab, r) for ab, r in scores if _FULL_TIME_RE.search(ab.text, max(0, r.start - 40), r.start)]
    for x_tok, y_tok in pairs:
        x, y = int(x_tok.text), int(y_tok.text)
        whistle = [(ab, r) for ab, r in full_time if len({r.first_value, r.second_value} & {x, y}) == 1 and (r.first_value, r.second_value) != (y, x)]
        if whistle and len({(r.first_value, r.second_value) for _, r in whistle}) == 1 and not any({r.first_value, r.second_value} == {x, y} for _, r in full_time):
            ab, r = whistle[0]  # ("3-1" in the running, "FULL-TIME: Kelvinside United 3-2 Forthbank Thistle")
            hits.append(Hit(CHECK.id, ab.block.source_span(r.start, r.end), f"The body gives the score as \u201c{ab.text[r.start:r.end]}\u201d, but the headline says \u201c{x_tok.text}-{y_tok.text}\u201d.",
                            (_at_headline(headline, headline_span, x_tok.start, y_tok.end),)))
            continue
        if _gives_score(body, x, y, sides):
            continue
        near = [(ab, r) for ab, r in scores if len({r.first_value, r.second_value} & {x, y}) == 1 and (r.first_value, r.second_value) != (y, x)]
        near = [(ab, r) for ab, r in near if not r.running] or near
        final = [(ab, r) for ab, r in near if max(r.first_value, r.second_value) == max(x, y)]
        opening = [(ab, r) for ab, r in near if any(ab is b for b in body[:_OPENING])]
        # the opening paragraphs report the headline's match (later ones, other matches of the round), and the winner's
        # total is the headline's: "27-21" over "ahead at 20-21" in the running
        near = next((group for group in ([p for p in opening if p in final], opening, final) if group), near)
        if len({(r.first_value, r.second_value) for _, r in near}) != 1:
            continue
        ab, r = near[0]
        hits.append(Hit(CHECK.id, ab.block.source_span(r.start, r.end), f"The body gives the score as \u201c{ab.text[r.start:r.end]}\u201d, but the headline says \u201c{x_tok.text}-{y_tok.text}\u201d.",
                        (_at_headline(headline, headline_span, x_tok.start, y_tok.end),)))
    return hits


_NEWLY = frozenset({"new", "next", "incoming"})  # modifiers of a role that is the holder's now or from now on
# words of a sentence saying its holder is leaving the role ("Chief executive Jones, who retires in May")
_LEAVING_RE = re.compile(r"\b(?:retir\w*|step(?:s|ping|ped)?\s+down|stood\s+down|stands?\s+down|bow(?:s|ing)?\s+out|quit\w*|outgoing|leav\w*|left|"
                         r"depart\w*|succeed\w*|replac\w*|predecessor|former|until|fired|sacked|dismissed|ousted|resign\w*)\b", re.I)
# words that give a holder a post now or from now on ("will become its chief executive", "remains chief financial officer")
_TAKING_RE = re.compile(r"\b(?:appoint\w*|nam(?:e|es|ed|ing)|confirm\w*|elect\w*|chosen|chose|pick\w*|hired?|becom\w*|became|remain\w*|take\s+(?:up|over)|takes\s+(?:up|over)|took\s+over|will\s+be"
                        r"|signed\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:contract|deal)|stepp\w*\s+in|sworn\s+in|install\w*|unveil\w*)\b", re.I)


def _appointment_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A headline that gives a person a post ("Ewan Gillespie named chief fire officer", "Prairie Basin Energy names
    Oksana Hrynchuk chief financial officer") where the body gives that unique post to someone else now or from now on
    ("to confirm Catriona MacLeod … as the service's next chief fire officer", "Darren Melnyk remains chief financial
    officer") and never to the headline's person, whom it names. A holder the body says is leaving, or held it before
    ("former", "acting", "interim"), is no rival; nor is a holder of another organisation the body names."""
    from ..language.roles import same_org

    reading = annotation.people
    blocks, people, rk = reading.blocks, reading.people, reading.roles
    heads = [i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADLINE and b.text.strip() == headline.strip()]
    if not heads or _LEAVING_RE.search(headline):
        return []  # "Harcourt Data chief executive Fergal Ó Súilleabháin to step down": no appointment
    body = [i for i, b in enumerate(blocks) if b.kind in _BODY]
    for i in heads[:1]:
        for r in people.roles[i] if i < len(people.roles) else ():
            spec = rk.roles.get(r.base)
            if r.kind != "role" or r.holder is None or r.deputy or set(r.modifiers) - _NEWLY or spec is None or not spec.unique:
                continue
            if _TO_BEFORE_RE.search(blocks[i].text, max(0, r.start - 4), r.start):
                continue  # "first woman to chair Kiriaini tea society": the verb, and the body it chairs
            named = people.person_at(i, r.holder)
            if named is None or not any(b.text.find(named.surname) >= 0 for b in (blocks[j] for j in body)):
                continue
            theirs = [(j, q, people.person_at(j, q.holder)) for j in body for q in people.roles[j] if q.kind == "role" and q.role == r.role and q.holder]
            written = blocks[i].text[r.holder[0] : r.holder[1]]
            if any(p is not None and (p.surname == named.surname and (p.given is None or named.given is None or p.given == named.given
                                                                      or written in blocks[j].text[q.holder[0] : q.holder[1]])
                                      or named.given is None and p.given == named.surname) for j, q, p in theirs):
                continue  # the body gives the headline's person the post too (not a brother's: "Rhodri Vaughan" for "Aled Vaughan";
                # "names Farid as group MD" is Datuk Farid Hashim, a name that puts the given name first)
            for j, q, holder in theirs:
                if holder is None or set(q.modifiers) - _NEWLY:
                    continue
                if re.search(rf"\b{re.escape(holder.surname)}\b", headline) and not (holder.surname == named.surname and holder.given and named.given and holder.given != named.given):
                    continue  # "names Echeverría CEO as Kowalchuk moves to executive chair": the headline tells of the holder too
                    # (not of "Rhodri Vaughan" when its Vaughan is "Aled Vaughan", his brother)
                if r.org is not None and q.org is not None and r.org.name and q.org.name and not r.org.name[0].startswith("#") \
                        and not q.org.name[0].startswith("#") and not same_org(r.org, q.org):
                    continue  # another organisation's holder
                sentence = next((sn for sn in blocks[j].sentences if sn.start <= q.start < sn.end), None)
                if not set(q.modifiers) & _NEWLY and (sentence is None or _LEAVING_RE.search(sentence.text) or not _TAKING_RE.search(sentence.text)):
                    continue  # "Chief executive Jones, who retires in May", "Board chair Castellanos, who has led the board
                    # since 2022": the holder the headline's person follows; only one given the post now or from now on rivals
                said = f"headline: \u201c{headline.strip()}\u201d"
                post = q.form if q.form.isupper() else q.form.lower()
                return [Hit(CHECK.id, blocks[j].source_span(q.start, q.end),
                            f"The body gives the post of {post} to {holder.full_name}, but the headline gives it to {named.full_name}.",
                            (RelatedHit(headline_span(r.holder[0], r.end), said),))]
            deputy = next(((j, q) for j in body for q in people.roles[j] if q.kind == "role" and q.holder and q.deputy and q.base == r.base
                           and not set(q.modifiers) - _NEWLY and (p := people.person_at(j, q.holder)) is not None and p.surname == named.surname
                           and (p.given is None or named.given is None or p.given == named.given) and not _then_given(blocks[j], q, people.roles[j])), None)
            if deputy is not None:
                # "board names Onalenna Mogapi as new chairperson" … "Onalenna Mogapi … was named deputy chairperson": the
                # body gives the headline's person the post's deputy, and the post never
                j, q = deputy
                return [Hit(CHECK.id, blocks[j].source_span(q.start, q.end),
                            f"The body makes {named.full_name} “{blocks[j].text[q.start:q.end]}”, but the headline gives {named.full_name} the post of {r.form if r.form.isupper() else r.form.lower()} itself.",
                            (RelatedHit(headline_span(r.holder[0], r.end), f"headline: “{headline.strip()}”"),))]
    return []


_TO_BEFORE_RE = re.compile(r"\bto\s+\Z", re.I)

# "names Afamasaga Tavita as new pulenu'u", "The council chose Seiuli Penitito as pulenu'u": a post given by a verb of
# choosing, whatever the post's words
_NAME_WORD = r"[A-Z][\w'’-]+"
_CHOSEN_AS_RE = re.compile(
    rf"\b(?:(?i:names?|named|appoints?|appointed|elects?|elected|chooses|chose|chosen|picks?|picked|selects?|selected|installs?|installed))\s+"
    rf"(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}?)\s+(?i:as)\s+(?:(?i:the|its|their|a|an|new|next)\s+)*"
    r"(?P<post>[\w'’-]+(?:\s+(?!(?i:after|as|at|for|from|in|on|to|amid|following|over|with|and|replacing)\b)[\w'’-]+){0,2}?)"
    r"(?=\s*(?:[,.;:!?]|\Z|\s+(?i:after|at|for|from|in|on|to|amid|following|over|with|and|replacing)\b))")


# "Rachel Donnelly, currently a chief superintendent, has been appointed assistant chief constable for operations"
_APPOINTED_TO_RE = re.compile(r"\b(?:has\s+been|have\s+been|was|were|is|will\s+be)\s+(?:appointed|named|promoted\s+to|elected|made|confirmed\s+as)\s+"
                              r"(?:as\s+)?(?:(?:the|its|their|a|an|new|next)\s+)*(?P<post>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)(?=\s*(?:[,.;:]|\s(?:for|of|at|in|on|with|from|after|following|and|succeeding)\b))")


def _another_post_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A headline that gives a person a post ("names Donnelly as deputy chief constable") where the body says that
    person was appointed to another post of the same head ("Rachel Donnelly … has been appointed assistant chief
    constable"), and never gives the headline's post to that person."""
    head = _CHOSEN_AS_RE.search(headline)
    if head is None:
        return []
    post, surname = head.group("post").lower(), head.group("who").split()[-1]
    for b in (b for b in annotation.doc.blocks if b.kind in _BODY):
        for sentence in b.sentences:
            opener = _OPENING_NAME_RE.match(sentence.text)
            given = _APPOINTED_TO_RE.search(sentence.text)
            if opener is None or given is None or surname not in opener.group("who").split() or post in sentence.text.lower():
                continue
            other = given.group("post").lower()
            # (not "first woman chair" … "appointed chair": the headline's words describe the same post)
            if other.split()[-1] == post.split()[-1] and not post.endswith(other) and not other.endswith(post):
                at = sentence.start + given.start("post")
                return [Hit(CHECK.id, b.source_span(at, at + len(given.group("post"))),
                            f"The body says {opener.group('who')} was appointed {given.group('post')}, but the headline says {head.group('post')}.",
                            (RelatedHit(headline_span(head.start("who"), head.end("post")), f"headline: \u201c{headline.strip()}\u201d"),))]
    return []


# "Gillanders tops poll", "Craig Baird, who …, topped the poll with 1,418 votes": the one candidate first in a count
_TOPS_POLL_RE = re.compile(rf"(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+(?i:tops|topped|heads|headed)\s+(?:(?i:the)\s+)?(?i:poll|ballot|count)\b")
_TOPPED_RE = re.compile(r"\b(?:tops|topped|heads|headed|came\s+top\s+of|finished\s+top\s+of)\s+the\s+(?:poll|ballot|count)\b", re.I)
_OPENING_NAME_RE = re.compile(rf"\s*(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})(?=\s*,|\s+(?:tops|topped|heads|headed|came|finished)\b)")


def _topped_poll_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A headline that puts a candidate at the top of the poll ("Gillanders tops poll as …") where the body says another
    name opening its sentence did ("Craig Baird, who spent 30 years in subsea engineering, topped the poll") and the
    headline's candidate is in the body."""
    head = _TOPS_POLL_RE.search(headline)
    if head is None:
        return []
    surname = head.group("who").split()[-1]
    prose = [b for b in annotation.doc.blocks if b.kind in _BODY]
    if not any(re.search(rf"\b{re.escape(surname)}\b", b.text) for b in prose):
        return []
    for b in prose:
        for sentence in b.sentences:
            topped = _TOPPED_RE.search(sentence.text)
            opener = _OPENING_NAME_RE.match(sentence.text)
            if topped is None or opener is None or opener.end() > topped.start():
                continue
            if surname in opener.group("who").split():
                return []  # the body puts the headline's candidate on top too
            if _EARLIER_CHOICE_RE.search(_clause_to(b, sentence.start + topped.end()), topped.start()):
                continue  # "Baird topped the poll in 2021": another count
            at = sentence.start + opener.start("who")
            return [Hit(CHECK.id, b.source_span(at, at + len(opener.group("who"))),
                        f"The body says {opener.group('who')} topped the poll, but the headline says {head.group('who')} did.",
                        (RelatedHit(headline_span(head.start("who"), head.end()), f"headline: \u201c{headline.strip()}\u201d"),))]
    return []


_EARLIER_CHOICE_RE = re.compile(r"\b(?:(?:19|20)\d\d|previous\w*|former\w*|earlier|last|then|once|originally|first)\b", re.I)


def _chosen_as_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A headline that says a body chose a person for a post ("Fono names Afamasaga Tavita as new pulenu'u") where the
    body says it chose another for that post, in the same words ("The council chose Seiuli Penitito as pulenu'u,
    replacing Afamasaga Tavita"), and never chose the headline's person: the post need be no role factcheck knows."""
    head = _CHOSEN_AS_RE.search(headline)
    if head is None or _LEAVING_RE.search(headline):
        return []
    post, named = head.group("post").lower(), head.group("who").split()
    prose = [b for b in annotation.doc.blocks if b.kind in _BODY]
    chosen = [(b, m) for b in prose for m in _CHOSEN_AS_RE.finditer(b.text) if m.group("post").lower() == post]
    if not chosen or any(named[-1] in m.group("who").split() for _, m in chosen):
        return []  # the body chooses the headline's person too
    # ("Tavita, who was chosen as pulenu'u in 2019", "the previous council named Lui as chair": a holder before)
    chosen = [(b, m) for b, m in chosen if not _EARLIER_CHOICE_RE.search(_clause_to(b, m.end()))]
    if not chosen or any(w in headline for w in chosen[0][1].group("who").split()):
        return []
    block, m = chosen[0]
    return [Hit(CHECK.id, block.source_span(m.start("who"), m.end("who")),
                f"The body says {m.group('who')} was chosen as {m.group('post')}, but the headline gives the post to {head.group('who')}.",
                (RelatedHit(headline_span(head.start("who"), head.end("post")), f"headline: \u201c{headline.strip()}\u201d"),))]


def _then_given(block, deputy, roles) -> bool:
    """True when the deputy's sentence goes on to give the post itself ("has elected its deputy chairperson, Mr Lwazi
    Dlamini, as chairperson", "The Observer's deputy editor, Lily Nguyen, has been appointed editor"): a step up."""
    sentence = next((sn for sn in block.sentences if sn.start <= deputy.start < sn.end), None)
    if sentence is None:
        return False
    if any(q.base == deputy.base and not q.deputy and deputy.end <= q.start < sentence.end for q in roles):
        return True
    return bool(re.search(rf"\b(?:as|appointed|named|elected|made|become|becomes|became)\s+(?:the\s+|its\s+|their\s+|new\s+)*{re.escape(deputy.form.lower())}\b",
                          block.text[deputy.end : sentence.end].lower()))


_WON_BY_NOUNS = frozenset("win wins victory defeat loss margin triumph".split())


def _joined_margin_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A winning margin joined to its unit in the headline ("clinch Shield with six-wicket win") against the first margin
    of that unit the body's opening gives ("completing a seven-wicket victory"), when the body never gives the headline's."""
    head = tokenize(headline)
    head_amounts, _ = read_quantities(head, headline, annotation.quantity_knowledge, {})
    wanted = [a for a in head_amounts if a.compound and not a.approx and a.last + 1 < len(head) and head[a.last + 1].lower in _WON_BY_NOUNS]
    if not wanted:
        return []
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY]
    margins = [(i, ab, b) for i, ab in enumerate(body) for b in ab.amounts
               if b.compound and not b.approx and not ab.tokens[b.first].quoted and b.last + 1 < len(ab.tokens) and ab.tokens[b.last + 1].lower in _WON_BY_NOUNS
               and not _OTHER_EVENT_RE.search(_sentence_to(ab, b))]  # "fresh from last week's five-wicket win": another match
    for a in wanted:
        mine = [(i, ab, b) for i, ab, b in margins if b.compound == a.compound]
        if not mine or any(_same_value(a, b) for _, _, b in mine) or mine[0][0] >= _OPENING:
            continue
        _, ab, b = mine[0]
        end = ab.tokens[b.last + 1].end
        return [_against_headline(ab.block, b.start, end, f"The body gives the margin as \u201c{ab.text[b.start:end]}\u201d, but the headline says \u201c{headline[a.start:head[a.last + 1].end]}\u201d.",
                                  headline, headline_span, a)]
    return []


# a result line's label before its score (reading/results.py's words; "FT" in capitals only, a bare "final" names a match:
# "the semi-final, Wales 20-18")
_FULL_TIME_RE = re.compile(r"\b(?:" + "|".join("(?-i:FT)" if w == "ft" else w.replace(" ", r"\s+") for w in FINAL_LABEL_WORDS if w != "final")
                           + r")\b\W*(?:[A-Z][\w'\u2019-]*\s+){0,4}\Z", re.I)


def _won_by_conflicts(tokens, headline: str, headline_span, scores, body, knowledge, scored=()) -> list[Hit]:
    """A winning margin in the headline ("Swiftwings rout Rice Masters by 24") that the first result the body gives
    ("beating the Quezon Rice Masters 98-81": 17) does not make, when no score the body gives makes it."""
    won = next((i for i, t in enumerate(tokens) if t.lower in knowledge.win_words), None)
    if won is None:
        return []
    # ("beat Down by five points": a margin may be spelt)
    margin = next((tokens[i + 1] for i in range(won + 1, len(tokens) - 1) if tokens[i].lower == "by" and (tokens[i + 1].is_number or value_of_words([tokens[i + 1].lower]))
                   and (i + 2 >= len(tokens) or not tokens[i + 2].is_number and (tokens[i + 2].lower in knowledge.margin_words | knowledge.told_margin_words or tokens[i + 2].text in ",:;"))), None)
    results = [(ab, r) for ab, r in scores if not r.running]
    opening = [(ab, r) for ab, r in results if any(ab is b for b in body[:_OPENING])]
    if margin is None or not (margin.text.isdigit() or margin.lower.isalpha()):
        return []
    wanted = int(margin.text) if margin.text.isdigit() else int(value_of_words([margin.lower]) or 0)
    k = tokens.index(margin)
    unit = tokens[k + 1].lower if k + 1 < len(tokens) and tokens[k + 1].lower in knowledge.margin_words | knowledge.told_margin_words else None
    gaelic = _won_by_against_goals_and_points(margin, wanted, headline, headline_span, scored)  # a live blog's crosshead may give it
    if gaelic is not None:
        return gaelic  # goals and points are no score of two counts ("1-16" is no margin of 15)
    told = _won_by_in_words(margin, wanted, unit, headline, headline_span, scored)  # "… and win by four wickets"
    if told is not None or unit in knowledge.told_margin_words:
        return told or []
    if not opening:
        return []
    if any(abs(r.first_value - r.second_value) == wanted for _, r in results):
        return []
    ab, r = opening[0]  # the opening paragraphs' first result is the headline's match
    size = abs(r.first_value - r.second_value)
    return [Hit(CHECK.id, ab.block.source_span(r.start, r.end), f"“{ab.text[r.start:r.end]}” is a margin of {size}, but the headline says “by {margin.text}”.",
                (_at_headline(headline, headline_span, margin.start, margin.end),))]


_WON_BY_RE = re.compile(r"\b(?:win|wins|won|winning|victory|beat|beats|beating)\b[^.;!?]{0,40}?\bby\s+(?P<n>\d{1,3}|[a-z]+)\s+(?P<unit>[a-z]+)\b", re.I)


# a margin joined to its unit: "a four-wicket victory", "six-length win"
_JOINED_MARGIN_RE = re.compile(r"(?<![\w-])\w+-(?P<unit>[a-z]+)\s+(?:win|wins|victory|winners|success|defeat|loss|margin)\b", re.I)


def _won_by_in_words(margin, wanted: int, unit: str | None, headline: str, headline_span, scored) -> list[Hit] | None:
    """A headline's margin with its unit ("win by six wickets") against the one margin in that unit the body says a side
    won by ("Worcestershire … win by four wickets"): [] when the body gives the headline's, None when it gives none."""
    if unit is None:
        return None
    if any(m.group("unit").lower() == unit.rstrip("s") for ab in scored for m in _JOINED_MARGIN_RE.finditer(ab.text)):
        return []  # "a four-wicket victory": the body's margin joined to its unit, which the joined-margin reading weighs
    said = [(ab, m, int(m.group("n")) if m.group("n").isdigit() else value_of_words([m.group("n").lower()]))
            for ab in scored for m in _WON_BY_RE.finditer(ab.text) if m.group("unit").lower() == unit]
    said = [(ab, m, n) for ab, m, n in said if n]
    if not said:
        return None
    if any(n == wanted for _, _, n in said):
        return []
    if len({n for _, _, n in said}) != 1:
        return []  # several margins: a round-up's other matches
    ab, m, n = said[0]
    return [Hit(CHECK.id, ab.block.source_span(m.start("n"), m.end("unit")), f"The body says a win by \u201c{m.group('n')} {m.group('unit')}\u201d, but the headline says \u201cby {margin.text}\u201d.",
                (_at_headline(headline, headline_span, margin.start, margin.end),))]


_MARGIN_WORDS_RE = re.compile(r"(?<![\w-])(\d{1,2}|[A-Za-z]+)-point\s+(?:winners?|win|victory|margin)\b|(?<![\w-])by\s+(\d{1,2}|[a-z]+)\s+points?\b")


def _won_by_against_goals_and_points(margin, wanted: int, headline: str, headline_span, scored) -> list[Hit] | None:
    """A headline's margin ("Armagh beat Down by five points") against a Gaelic games result of the body ("Full-time:
    Armagh 1-16 Down 0-15": a goal is three points, so four): the one it labels as final, else its first. None when
    the body gives no goals and points at all."""
    found = [(ab, m) for ab in scored for regex in (_GOALS_POINTS_RE, _GOALS_POINTS_TO_RE) for m in regex.finditer(ab.text)]
    if not found:
        return None
    # not a result a year dates ("Glenbawn won the 2024 final between these clubs, 0-21 to 1-16"): another match's
    found = [(ab, m) for ab, m in found if not _EARLIER_YEAR_RE.search(_sentence(ab.block, m.start()))]
    if not found:
        return []
    final = [(ab, m) for ab, m in found if _FULL_TIME_RE.search(ab.text, max(0, m.start() - 40), m.start())]
    ab, m = (final or sorted(found, key=lambda f: (scored.index(f[0]), f[1].start())))[0]
    size = abs(3 * int(m.group("ag")) + int(m.group("ap")) - 3 * int(m.group("bg")) - int(m.group("bp")))
    if size == wanted:
        return []
    for told in scored:  # the body's own words for that margin ("four-point winners"), where it gives them
        for w in _MARGIN_WORDS_RE.finditer(told.text):
            said = w.group(1) or w.group(2)
            if (int(said) if said.isdigit() else value_of_words([said.lower()])) == size:
                return [Hit(CHECK.id, told.block.source_span(w.start(), w.end()), f"The body says \u201c{w.group()}\u201d ({ab.text[m.start():m.end()]}), but the headline says \u201cby {margin.text}\u201d.",
                            (_at_headline(headline, headline_span, margin.start, margin.end),))]
    return [Hit(CHECK.id, ab.block.source_span(m.start("ag"), m.end("bp")), f"\u201c{ab.text[m.start():m.end()]}\u201d is a margin of {size} point{'s' if size != 1 else ''}, but the headline says \u201cby {margin.text}\u201d.",
                (_at_headline(headline, headline_span, margin.start, margin.end),))]


_GOALS_POINTS_TO_RE = re.compile(r"(?<![\d-])(?P<ag>\d{1,2})-(?P<ap>\d{1,2})\s+to\s+(?P<bg>\d{1,2})-(?P<bp>\d{1,2})(?![\d-])")


# verbs of a vote that a headline may end on its tally after their object ("passes … expansion 112-58")
_PASSING_VERBS = frozenset("passes passed approves approved backs backed rejects rejected clears cleared adopts adopted".split())


def _votes_not_scores(annotation) -> bool:
    """True when the body gives a vote's tally and no match's score."""
    kinds = {r.kind for ab in annotation.prose for r in ab.results[0]}
    return "tally" in kinds and "score" not in kinds


def _tally_conflicts(pairs: list[Result], headline: str, headline_span, body, others: list[str], knowledge) -> list[Hit]:
    """A vote's tally in the headline ("votes 7-2") that the one tally of the opening paragraphs gives otherwise ("passed
    6-3"); a tally written as the headline has it anywhere in the body explains it, and one another statement of the
    headline gives as the body does leaves the slip to headline-conflict."""
    if not pairs:
        return []
    tallies = [(ab, r) for ab in body[:_OPENING] for r in ab.results[0] if r.kind == "tally" and not r.quoted]
    everywhere = {(r.first_value, r.second_value) for ab in body for r in ab.results[0] if r.kind == "tally"}
    headlined = {(r.first_value, r.second_value) for other in others for r in read_results(tokenize(other), [], knowledge)[0]}
    hits = []
    for said in pairs:
        x, y = said.first_value, said.second_value
        if (x, y) in everywhere or (y, x) in everywhere or len({(r.first_value, r.second_value) for _, r in tallies}) != 1:
            continue
        ab, r = tallies[0]
        if (r.first_value, r.second_value) in headlined:
            continue
        hits.append(Hit(CHECK.id, ab.block.source_span(r.start, r.end), f"The body gives the vote as \u201c{ab.text[r.start:r.end]}\u201d, but the headline says \u201c{headline[said.start:said.end]}\u201d.",
                        (_at_headline(headline, headline_span, said.start, said.end),)))
    return hits


# "had led 1-0 at half-time", "trailing 14-3 at the break": a score in the running, not the result
_MIDNIGHT_BEFORE_RE = re.compile(r"\bmidnight\s+(?:on\s+)?\Z", re.IGNORECASE)


def _gives_score(body, x: int, y: int, sides: set[str]) -> bool:
    """True when the body writes the headline's score, in either order, in a sentence naming one of the headline's sides: a live blog's
    "FULL-TIME: Harbourside City 3-2 Millbrook Athletic" (its running scores are not the final one); another match of a round-up with
    the same score ("Whitworth Town beat Harlow Bridge 3-1") does not explain the headline's."""
    for ab in body:
        tokens = ab.tokens
        for i in range(len(tokens) - 2):
            t, dash, u = tokens[i], tokens[i + 1], tokens[i + 2]
            if not (t.is_number and u.is_number and dash.text in ("-", "\u2013") and dash.glued and u.glued) or t.quoted:
                continue
            if {t.text, u.text} != {str(x), str(y)} or sorted((t.text, u.text)) != sorted((str(x), str(y))):
                continue
            if i and tokens[i - 1].text in ("-", "\u2013") and t.glued or i + 4 < len(tokens) and tokens[i + 3].text in ("-", "\u2013") and tokens[i + 3].glued:
                continue  # "lifted the Foundrymen to 24-13-4-2": a season's record, no score
            if not sides or any(_base(w.lower) in sides for w in _sentence_of(tokens, i)):
                return True
    return False


def _name_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A name in the headline the body never uses, where the body uses one name spelt much like it ("Ennistymon" … "Enniscorthy")."""
    from rapidfuzz import fuzz

    body = [ab for ab in annotation.prose if ab.block.kind in _BODY]
    # a crosshead names what its section is about: "Storm 19 Panthers 18" uses the headline's "Storm"
    read = body + [ab for ab in annotation.prose if ab.block.kind is BlockKind.HEADING]
    text = "\n".join(ab.text for ab in read).lower()
    # a possessive is its name's form: "Seletar Ridge's first flats" names the body's "Seletar Ridge"
    wanted = [t for t in tokenize(headline)[1:] if t.capitalised and len(t.text) >= 5 and _base(t.lower) not in text]
    if not wanted:
        return []  # every headline name is in the body (a cheap test on the text before reading any tokens)
    used = {t.lower for ab in read for t in ab.tokens if t.is_word}
    names: dict[str, tuple] = {}
    for ab in body:
        for t in ab.tokens:
            if t.capitalised and len(t.text) >= 5 and not t.quoted:
                names.setdefault(t.text, (ab, t))
    hits = []
    head_tokens = tokenize(headline)
    for t in wanted:
        if t.lower in used or _base(t.lower) in used:
            continue
        alike = [n for n in names if n.lower() not in _lower_words(headline) and _misspelt(t.text, n, fuzz)]
        if len(alike) != 1:
            alike = _in_its_place(head_tokens, t, body, _lower_words(headline))
        if len(alike) != 1:
            continue
        ab, b = names[alike[0]] if alike[0] in names else alike[0]
        hits.append(
            Hit(
                CHECK.id,
                ab.block.source_span(b.start, b.end),
                f"The body says \u201c{b.text}\u201d, but the headline says \u201c{t.text}\u201d, a name the body never uses.",
                (_at_headline(headline, headline_span, t.start, t.end),),
            )
        )
        break
    return hits


_PLACE_BEFORE = frozenset("for in at near".split())
_SITING_VERBS = frozenset("picks picked chooses chose selects selected".split())
_PLACE_OF = frozenset("edge outskirts side centre center heart".split())  # "on the edge of Llandysul": a place too
# months, weekdays and the feasts and seasons copy puts a time "at" or "over" ("will retire at Easter")
_NOT_PLACE_NAMES = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday easter christmas christmastime whitsun whitsuntide pentecost lent
    advent hogmanay thanksgiving halloween diwali deepavali eid ramadan passover hanukkah holi vesak navratri onam pongal
    kwanzaa michaelmas candlemas epiphany""".split())


# "cannabis factory in south Armagh shed": a region of a place, which holds the smaller places the body names
_REGION_WORDS = frozenset("north south east west northern southern eastern western central mid upper lower greater inner outer rural coastal".split())


def _place_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A place the headline puts its story in ("approved for Harnley") that the body never names, where the body's opening
    puts the same thing in one other place ("a £13.8m flood barrier to protect homes ... in Ashcombe")."""
    head = tokenize(headline)
    places = [k for k in range(2, len(head)) if head[k].capitalised and (head[k - 1].lower in _PLACE_BEFORE or _moved_to(head, k)) and head[k].lower not in _NOT_PLACE_NAMES
              and not _region_of_things(head, k)]
    # a site chosen for a thing: "picks Ipoh for RM350m plant"
    places += [k for k in range(1, len(head) - 1) if head[k].capitalised and head[k - 1].lower in _SITING_VERBS and head[k + 1].lower == "for"
               and head[k].lower not in _NOT_PLACE_NAMES]
    # a one-word name before the noun it places: "Fire destroys 90-year-old Arbroath bakery"
    named = [k for k in range(1, len(head) - 1) if head[k].capitalised and head[k - 1].is_word and not head[k - 1].capitalised and head[k - 1].lower not in _PLACE_BEFORE
             and head[k + 1].is_word and not head[k + 1].capitalised and len(head[k + 1].text) >= 4 and head[k + 1].lower not in FUNCTION_WORDS
             and head[k].lower not in _NOT_PLACE_NAMES and head[k].lower[-2:] not in ("'s", "\u2019s") and head[k - 1].lower not in _REGION_WORDS]
    if not places and not named:
        return []
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY]
    used = {_base(t.lower) for ab in body for t in ab.tokens if t.is_word}
    head_words = _lower_words(headline)
    nouns = {t.lower for t in head if t.is_word and not t.capitalised and len(t.text) >= 5}
    opening = [ab for ab in body if len(ab.tokens) >= 6][:_OPENING]  # a page's navigation links open no story
    head_names = {t.lower for t in head if t.capitalised and len(t.text) >= 3 and t.lower not in FUNCTION_WORDS} - {head[k].lower for k in places}
    for k in places + named:
        name = head[k]
        base = _base(name.lower)
        named_by_body = base in used or f"{base}s" in used or (base.endswith("s") and base[:-1] in used)
        if named_by_body and not (k in places and _placed_with_other_things(head, k, body)):
            continue  # "voice of Maritime hockey" … "hockey in the Maritimes": one place, as a noun and as a word before one
        said = f"{head[k - 1].text} {name.text}" if k in places else f"{name.text} {head[k + 1].text}"
        things = nouns if k in places else {head[k + 1].lower}  # "Arbroath bakery": a sentence about the bakery
        found: dict[str, tuple] = {}
        for ab in opening:
            tokens = ab.tokens
            for i in range(1, len(tokens)):
                t = tokens[i]
                if not (t.capitalised and not t.quoted and tokens[i - 1].sentence == t.sentence
                        and (tokens[i - 1].lower in _PLACE_BEFORE or tokens[i - 1].lower == "of" and i >= 2 and tokens[i - 2].lower in _PLACE_OF)):
                    continue
                if t.lower in head_words or t.lower in _NOT_PLACE_NAMES or t.lower in _NOT_PLACES or _forms_of_one(name.text, t.text):
                    continue
                if tokens[i - 1].lower == "for" and i >= 2 and tokens[i - 2].capitalised and tokens[i - 2].sentence == t.sentence \
                        and i - 2 > 0 and tokens[i - 3].sentence == t.sentence:
                    continue  # "the Department for Infrastructure", "Minister for Housing": a name's own words, not a place
                if k in named and i + 1 < len(tokens) and tokens[i + 1].capitalised:
                    continue  # "in Adair County": a smaller place may lie in the headline's region ("Ozark cave crayfish")
                if any(u.sentence == t.sentence and u.lower in things for u in tokens):  # the sentence speaks of the headline's thing
                    found.setdefault(_base(t.lower), (ab, t))
                elif k in places and ab is opening[0] and len({u.lower for u in tokens if u.sentence == t.sentence and u.capitalised} & head_names) >= 2:
                    # "Warriors hold off Crocs 22-18 in Goroka thriller" … "The Wahgi Warriors came from behind to beat the Markham
                    # Crocs 22-18 … in Mount Hagen": the lead tells the headline's story, by its names, somewhere else
                    found.setdefault(_base(t.lower), (ab, t))
        if len(found) == 1:
            ab, t = next(iter(found.values()))
            k_end = ab.tokens.index(t)
            while k_end + 1 < len(ab.tokens) and ab.tokens[k_end + 1].capitalised and ab.tokens[k_end + 1].is_word and ab.tokens[k_end + 1].sentence == t.sentence:
                k_end += 1  # "Mount Hagen": the place's whole name
            end = ab.tokens[k_end].end
            return [Hit(CHECK.id, ab.block.source_span(t.start, end), f"The body puts this in \u201c{ab.text[t.start:end]}\u201d, but the headline says \u201c{said}\u201d, a place the body "
                        f"{'names only for other things' if named_by_body else 'never names'}.",
                        (_at_headline(headline, headline_span, name.start, name.end),))]
    return []


def _placed_with_other_things(head, k: int, body) -> bool:
    """True when the headline puts its thing at a place ("grinding plant at Kribi"), the body writes that thing at another
    place ("a second grinding plant at Edéa") and names the headline's place only for other things ("through the deep-sea
    port at Kribi"): the body names the place, but never for the headline's thing."""
    thing = head[k - 2].lower if k >= 2 and head[k - 2].is_word and not head[k - 2].capitalised else ""
    if len(thing) < 4 or thing in FUNCTION_WORDS or thing.endswith(("ed", "ing")):
        return False  # ("94mph gust recorded in Snowdonia": a verb, no thing placed)
    name = _base(head[k].lower)
    elsewhere = False
    for ab in body:
        tokens = ab.tokens
        for i, t in enumerate(tokens):
            if _base(t.lower) != name and not (t.capitalised and i >= 2 and tokens[i - 1].lower in _PLACE_BEFORE and tokens[i - 2].lower == thing):
                continue
            if _base(t.lower) == name and not (i >= 2 and tokens[i - 1].lower in _PLACE_BEFORE and tokens[i - 2].is_word and not tokens[i - 2].capitalised
                                               and tokens[i - 2].lower not in (thing, *FUNCTION_WORDS)):
                return False  # the place named bare, for the headline's thing, or as where another place is ("Capel Curig in Snowdonia")
            elsewhere |= _base(t.lower) != name
    return elsewhere


_COMPASS = ("North", "South", "East", "West", "Central", "Upper", "Lower")
_COMPASS_NAME_RE = re.compile(rf"\b([A-Z][a-z]{{2,}})\s+({'|'.join(_COMPASS)})\b|\b({'|'.join(_COMPASS)})\s+([A-Z][a-z]{{2,}})\b")


def _compass_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A place the headline names with a point of the compass ("winner of Kigulu West by-election") that the body never
    writes, where it writes the same name with one other point ("the Kigulu North County parliamentary seat")."""
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY]
    text = "\n".join(ab.text for ab in body)
    for m in _COMPASS_NAME_RE.finditer(headline):
        name, point, after = (m.group(1), m.group(2), True) if m.group(1) else (m.group(4), m.group(3), False)
        if name in _COMPASS:
            continue
        said = f"{name} {point}" if after else f"{point} {name}"
        if said in text:
            continue
        others = {g for g in (re.findall(rf"\b{re.escape(name)}\s+({'|'.join(_COMPASS)})\b", text) if after
                              else re.findall(rf"\b({'|'.join(_COMPASS)})\s+{re.escape(name)}\b", text))} - {point}
        if len(others) != 1:
            continue
        other = f"{name} {next(iter(others))}" if after else f"{next(iter(others))} {name}"
        for ab in body:
            at = ab.text.find(other)
            if at >= 0:
                return [Hit(CHECK.id, ab.block.source_span(at, at + len(other)), f"The body names \u201c{other}\u201d, but the headline says \u201c{said}\u201d.",
                            (RelatedHit(headline_span(m.start(), m.end()), f"headline: \u201c{headline.strip()}\u201d"),))]
    return []


def _moved_to(head, k: int) -> bool:
    """True when a headline's name is where something moves to ("moving nursing school from Aberystwyth to Wrexham"):
    "to" after a "from" and a name, not "Tribute to Jones"."""
    return head[k - 1].lower == "to" and any(head[j].lower == "from" and head[j + 1].capitalised for j in range(k - 2))


def _region_of_things(head, k: int) -> bool:
    """True when a headline's place stands before a plural noun it narrows ("dumped waste in Essex lanes"): a region the
    things lie in, which a town the body names may lie in too."""
    return k + 1 < len(head) and head[k + 1].is_word and not head[k + 1].capitalised and head[k + 1].lower.endswith("s") \
        and len(head[k + 1].text) >= 4 and head[k + 1].lower not in FUNCTION_WORDS and not head[k + 1].lower.endswith("ss")


def _moved_place(other: str, other_span, headline: str, headline_span, annotation) -> list[Hit]:
    """Another statement of the headline (a rewritten og:title) that puts the story in a place neither the headline nor the body
    names, where the headline puts it in one the body names ("planned for Drumlanna" … "Plans lodged for 48-home estate in Kilbrack")."""

    def places(tokens):
        return [k for k in range(2, len(tokens)) if tokens[k].capitalised and tokens[k - 1].lower in _PLACE_BEFORE and tokens[k].lower not in _NOT_PLACE_NAMES]

    body = [ab for ab in annotation.prose if ab.block.kind in _BODY]
    used = {_base(t.lower) for ab in body for t in ab.tokens if t.is_word}
    head, theirs = tokenize(headline), tokenize(other)
    head_words = _lower_words(headline)
    ours = [head[k] for k in places(head) if _base(head[k].lower) in used]
    moved = [theirs[k] for k in places(theirs) if _base(theirs[k].lower) not in used and theirs[k].lower not in head_words]
    if len(ours) != 1 or len(moved) != 1 or ours[0].lower in _lower_words(other):
        return []
    name, place = moved[0], ours[0]
    return [Hit(CHECK.id, other_span(name.start, name.end), f"This headline puts the story in \u201c{name.text}\u201d, a place the body never names; the headline and the body say \u201c{place.text}\u201d.",
                (_at_headline(headline, headline_span, place.start, place.end),))]


def _in_its_place(head_tokens, name, body, head_words: set[str]) -> list:
    """The one other name the body writes before the noun the headline's name qualifies ("Pinetown bakery" … "its Pietermaritzburg bakery"), not a sentence's
    capitalised first word nor the last word of a longer name ("Ozark cave crayfish" … "the Salt Fork cave crayfish": a region and a name within it),
    nor one before a name's word ("Stormont infrastructure committee" … "the Assembly's Infrastructure Committee")."""
    k = next((i for i, t in enumerate(head_tokens) if t.start == name.start), None)
    if k is None or k + 1 >= len(head_tokens):
        return []
    noun = head_tokens[k + 1]
    if not noun.is_word or noun.capitalised or len(noun.text) < 4:
        return []
    found: dict[str, tuple] = {}
    for ab in body:
        tokens = ab.tokens
        for i in range(len(tokens) - 1):
            t = tokens[i]
            if (t.capitalised and not t.quoted and i > 0 and tokens[i - 1].sentence == t.sentence and not tokens[i - 1].capitalised
                    and tokens[i + 1].lower == noun.lower and not tokens[i + 1].capitalised and t.lower not in head_words and t.lower not in _NOT_PLACES
                    and not _forms_of_one(name.text, t.text)):
                found.setdefault(t.lower, (ab, t))
    return list(found.values()) if len(found) == 1 else []


def _base(word: str) -> str:
    """Return a word without its possessive ending ("ridge's" -> "ridge")."""
    return word.removesuffix("'s").removesuffix("\u2019s")


# Capitalised words that stand before a noun without naming a place or a body.
_NOT_PLACES = frozenset("the a an its their his her this that our new old".split())


def _lower_words(text: str) -> set[str]:
    return {t.lower for t in tokenize(text) if t.is_word}


def _forms_of_one(a: str, b: str) -> bool:
    """True when two capitalised words are one name's forms: accents aside, one is the other with an ending ("Ukraine", "Ukrainian"),
    or a short form of it ("Joburg", "Johannesburg")."""
    a, b = _plain(a), _plain(b)
    prefix = 0
    for x, y in zip(a, b):
        if x != y:
            break
        prefix += 1
    # "Joburg", "Johannesburg": a short form keeps the name's first letters and its ending
    clipped = prefix >= 2 and min(len(a), len(b)) >= 5 and a[-4:] == b[-4:]
    return a == b or prefix >= min(len(a), len(b)) - 3 or clipped


def _misspelt(a: str, b: str, fuzz) -> bool:
    """True when two names are spelt alike but are not one word's forms ("Ennistymon"/"Enniscorthy"; not "Ukraine"/"Ukrainian")."""
    a, b = _plain(a), _plain(b)
    if a == b or a[:3] != b[:3]:
        return False  # "Kaczynski" for "Kaczyński" is the same name without its accent
    prefix = 0
    for x, y in zip(a.lower(), b.lower()):
        if x != y:
            break
        prefix += 1
    if prefix >= min(len(a), len(b)) - 3:
        return False  # one is the other with an ending: "Ukraine", "Ukrainian", "Ukraine's"
    return fuzz.ratio(a, b) >= 60


def _plain(name: str) -> str:
    """Return a name lower-cased without accents."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


_WORD_BEFORE = re.compile(r"([A-Z][\w'\u2019-]*)\.?\s+\Z")


def _given_name(headline: str, at: int, titles: frozenset[str]) -> str | None:
    """The capitalised word before the headline's name, lower case, when it is no title: "Nadubhagam" of "Nadubhagam
    Chundan wins", which the body may call the boat by alone ("with Nadubhagam … second")."""
    first = _WORD_BEFORE.search(headline, max(0, at - 40), at)
    return first.group(1).lower() if first is not None and first.group(1).lower() not in titles else None


def _other_given_name(headline: str, at: int, ab, pos: int, surname: str, titles: frozenset[str]) -> bool:
    """True when the body's bearer of the headline's surname, nearest before pos in its sentence, has another first name
    ("Priya Patel elected mayor" … "Businessman Dev Patel, who is not related to the mayor-elect, finished third")."""
    first = _WORD_BEFORE.search(headline, max(0, at - 40), at)
    lo = _sentence_start(ab, pos)
    named = [m for m in re.finditer(rf"\b{re.escape(surname)}\b", ab.text[lo:pos], re.I)]
    if first is None or not named:
        return False
    other = _WORD_BEFORE.search(ab.text, max(lo, lo + named[-1].start() - 40), lo + named[-1].start())
    given = (first.group(1).lower(), other.group(1).lower() if other else "")
    return bool(given[1]) and not (set(given) & titles) and given[0] != given[1]


def _sentence_start(ab, pos: int) -> int:
    """Where the sentence holding pos starts in its block."""
    return max((sn.start for sn in ab.block.sentences if sn.start <= pos), default=0)


# what a side may win that is only part of the contest: "Park won the Northampton County precincts 5,242 to 4,725"
_PART_WON_RE = re.compile(r"(?:\s+[a-z]+)?\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:precincts?|wards?|count(?:y|ies)|districts?|parts?|booths?|boxes|"
                          r"constituenc(?:y|ies)|rounds?|sets?|stages?|legs?|halves|half|quarters?|periods?|innings|frames?|heats?)\b"
                          r"(?=\s*(?:[,.;]|\d|(?:on|by|in|with|at|for)\b))")  # (not "defeated Chifubu ward councillor X")


def _result_conflicts(headline: str, headline_span, annotation, options) -> list[Hit]:
    """Who won, and where someone finished: the headline against the body's own account."""
    words = {k: frozenset(w.lower() for w in options[k]) for k in ("win-words", "lose-words", "beat-words", "placing-words")}
    head_tokens = tokenize(headline)
    said = f"headline: \u201c{headline.strip()}\u201d"
    hits = []
    head_outcomes = read_outcomes(head_tokens, words["win-words"], words["lose-words"], words["beat-words"], headline=True)
    head_placings = read_placings(head_tokens, words["placing-words"])
    if not head_outcomes and not head_placings:
        return []
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY]
    outcomes = [(ab, o) for ab in body for o in read_outcomes(ab.tokens, words["win-words"], words["lose-words"], words["beat-words"])
                if not o.quoted and not _OTHER_EVENT_RE.search(ab.text, max(_sentence_start(ab, o.start), o.start - 60), o.start)  # "last year's final, which Haryana won 2-1"
                and not _dated_apart(annotation, ab, o.start) and not _PART_WON_RE.match(ab.text, o.end)]
    for h in head_outcomes:
        mine = [(ab, o) for ab, o in outcomes if o.name == h.name]
        if mine and all(o.won != h.won for _, o in mine):
            ab, o = mine[0]
            verdict, other = ("won", "lost") if o.won else ("lost", "won")
            hits.append(Hit(CHECK.id, ab.block.source_span(o.start, o.end), f"The body says {ab.text[o.start:o.end]} {verdict}, but the headline says {headline[h.start:h.end]} {other}.", (RelatedHit(headline_span(h.start, h.end), said),)))
            break  # one contradicted result is enough to send the editor to the headline
        if h.won and h.contest and not mine:
            # another winner of the same contest, and the headline's winner never said to win
            rivals = [(ab, o) for ab, o in outcomes if o.won and o.name != h.name and len(o.contest & h.contest) >= 2 and not _on_side_of(ab, o, h.name)]
            if rivals and len({o.name for _, o in rivals}) == 1:
                ab, o = rivals[0]
                hits.append(Hit(CHECK.id, ab.block.source_span(o.start, o.end), f"The body says {ab.text[o.start:o.end]} won, but the headline gives the win to {headline[h.start:h.end]}.", (RelatedHit(headline_span(h.start, h.end), said),)))
                break
    placings = [(ab, p) for ab in body for p in read_placings(ab.tokens, words["placing-words"]) if not p.quoted]
    if not hits:
        for h in head_outcomes:
            # "Maple Verdict wins the Oaks" … "Maple Verdict … was second": a winner the body places lower, and never says won
            titles = frozenset(w.lower() for w in annotation.people.knowledge.honorifics)  # "Mr", "Cllr", "Judge": no first name
            lower = [(ab, p) for ab, p in placings if p.position > 1 and not p.standing
                     and (p.name == h.name and not _other_given_name(headline, h.start, ab, p.start, h.name, titles)
                          or p.name is not None and p.name == _given_name(headline, h.start, titles))]
            if h.won and lower and not any(o.name == h.name and o.won for _, o in outcomes):
                ab, p = lower[0]
                hits.append(Hit(CHECK.id, ab.block.source_span(p.start, p.end), f"The body says {headline[h.start:h.end]} came \u201c{ab.text[p.start:p.end]}\u201d, but the headline says {headline[h.start:h.end]} won.", (RelatedHit(headline_span(h.start, h.end), said),)))
                break
    if not hits:
        hits += _draw_conflicts(headline, head_outcomes, outcomes, body, said, headline_span)
    if head_placings:
        positions = {p.position for _, p in placings}
        for h in head_placings[:1]:
            own = [(ab, p) for ab, p in placings if h.name and p.name == h.name]
            if own and h.position not in {p.position for _, p in own}:
                placings, positions = own, {p.position for _, p in own}  # where the body puts the headline's own subject
            elif h.name and placings and all(p.name for _, p in placings):
                continue  # the body places others by name, never the headline's subject: no contradiction shown
            elif h.name and not own:
                # others placed by name are others ("Tadesse, who was second"); an unnamed placing ("The 26-year-old ... finished third") may be the
                # subject's, but beside others placed by name only in a sentence naming the subject ("Heart of Lions, not to be confused with
                # their Accra namesakes, are 16th" in a table round-up is another side's)
                others_named = any(p.name for _, p in placings)
                placings = [(ab, p) for ab, p in placings if not p.name and not (others_named and _opens_on_another(_sentence(ab.block, p.start), h.name))]
                positions = {p.position for _, p in placings}
            if len(positions) == 1 and h.position not in positions:
                ab, p = placings[0]
                hits.append(Hit(CHECK.id, ab.block.source_span(p.start, p.end), f"The body says \u201c{ab.text[p.start:p.end]}\u201d, but the headline says \u201c{headline[h.start:h.end]}\u201d.", (RelatedHit(headline_span(h.start, h.end), said),)))
    return hits


def _opens_on_another(sentence: str, name: str) -> bool:
    """True when a sentence opens on a name that is not the given one ("Heart of Lions, not to be confused with …, are
    16th"), not on "The", "His" or another word naming no one ("The 26-year-old finished third", "The win lifts Rovers")."""
    first = sentence.split(maxsplit=1)[0].strip(",.;:\"'\u201c\u2018") if sentence.strip() else ""
    return bool(first) and first[0].isupper() and first.lower() not in FUNCTION_WORDS and first.lower() != name and name not in _lower_words(sentence.split(",", 1)[0])


_IN_MONTH_RE = re.compile(r"\b(?:in|since|during)\s+((?-i:January|February|March|April|May|June|July|August|September|October|November|December))\b(?!\s+\d)", re.I)


_EARLIER_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b(?![-\u2013/]\d)")


def _dated_apart(annotation, ab, pos: int) -> bool:
    """True when the sentence of a result dates it, before the result or in its clause after it, to a day more than three
    days from publication: another match ("the round-robin defeat on Sunday, May 17, when Galway won 0-25 to 1-19", in
    a June report)."""
    published = annotation.doc.published
    if published is None:
        return False
    reading = next((r for r in annotation.time.blocks if r.block is ab.block), None)
    if reading is None:
        return False
    start = _sentence_start(ab, pos)
    end = next((sn.end for sn in ab.block.sentences if sn.start <= pos < sn.end), len(ab.text))
    for m in _IN_MONTH_RE.finditer(ab.text, start, end):
        if month_number(m.group(1)) != published.month and not any(c in ab.text[min(pos, m.start()) : max(pos, m.start())] for c in ";\u2014"):
            return True  # "who beat Nadroga 22-20 in the round-robin stage in June", in an August report: another match
    for m in _EARLIER_YEAR_RE.finditer(ab.text, start, end):
        if int(m.group()) < published.year and not any(c in ab.text[min(pos, m.start()) : max(pos, m.start())] for c in ",;\u2014()"):
            return True  # "Glenbawn won the 2024 final between these clubs": an earlier year's match
    for d in reading.dates:
        if d.resolved is None or abs((d.resolved - published).days) <= 3:
            continue
        if start <= d.start < pos:
            return True
        # "when Naitasiri beat them 22-17 in Nausori on 4 April": a past day in the result's own clause, after it
        if pos < d.start < end and d.resolved < published and not any(c in ab.text[pos : d.start] for c in ",;\u2014"):
            return True
    today = any(d.resolved == published for r in annotation.time.blocks for d in r.dates)
    for w in reading.weekdays if today else ():
        # "Kinnaird beat Ross 8-4 when they met in the round robin on Tuesday", in a Saturday live blog that dates its own
        # coverage that Saturday: a weekday the sentence's past names, more than three days before, is another match's
        if w.part_of_date or w.qualifier not in (None, "last") or not (start <= w.start < end) or (published.weekday() - w.weekday) % 7 <= 3:
            continue
        if w.start < pos or not any(c in ab.text[pos : w.start] for c in ";\u2014"):
            return True
    return False


def _draw_conflicts(headline: str, head_outcomes, outcomes, body, said: str, headline_span) -> list[Hit]:
    """A win or a defeat in the headline where the body's opening reports the side's match drawn ("Harton Rovers win" … "a 2-2 draw")."""
    draws = [(ab, d) for ab in body[:_OPENING] for d in read_draws(ab.tokens) if not d.quoted]
    for h in head_outcomes:
        if h.quoted or any(o.name == h.name and o.won == h.won for _, o in outcomes):
            continue  # the body gives the headline's result too
        for ab, d in draws:
            if d.owner not in (None, h.name):
                continue  # "Dunmere's 1-1 draw": another side's match
            if _OTHER_EVENT_RE.search(_sentence(ab.block, d.start)):
                continue  # "after a goalless draw at Nkana last weekend": an earlier match
            if any(t.sentence == d.sentence and _base(t.lower) == h.name for t in ab.tokens):
                verdict = "won" if h.won else "lost"
                return [Hit(CHECK.id, ab.block.source_span(d.start, d.end), f"The body reports a draw (\u201c{ab.text[d.start:d.end]}\u201d), but the headline says {headline[h.start:h.end]} {verdict}.", (RelatedHit(headline_span(h.start, h.end), said),))]
    return []


def _on_side_of(block, outcome, side: str) -> bool:
    """True when the words just before a winner's name name the headline's winning side in one of its forms:
    "Green candidate Hollie Brandreth has won" is the Greens' win, not another side's."""
    tokens = block.tokens
    k = next((i for i, t in enumerate(tokens) if t.start == outcome.start), None)
    if k is None:
        return False
    for t in reversed(tokens[max(0, k - 4) : k]):  # the words before the name: "Green candidate Hollie"
        if not t.is_word:
            return False
        if t.capitalised and _singular(t.lower) == _singular(side):
            return True
    return False


def _singular(word: str) -> str:
    """Return a side's name in the singular: "greens" -> "green", "tories" -> "tory"."""
    word = word.removesuffix("'s").removesuffix("\u2019s")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _quantity_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """Headline figures of any kind against the body's quantity facts with the same key ("Flights cut by 1,450" … "the 1,540 flights cut")."""
    kb = annotation.quantity_knowledge
    head_tokens = tokenize(headline)
    head_amounts, head_facts = read_quantities(head_tokens, headline, kb, {})
    if not head_amounts:
        return []
    body = [(ab, a) for ab in annotation.prose for a in ab.amounts if not ab.tokens[a.first].quoted]
    others = [o for m, block in annotation.headlines if m.value.strip() != headline.strip() for o in block.amounts]
    facts = [loc for loc in annotation.quantities if not loc.fact.quoted]
    body_things = {id(loc.fact.amount): loc.fact.thing for loc in annotation.quantities}
    hits = []
    for a in head_amounts:
        if a.unit in kb.duration_units and not (a.compound or a.in_range or a.approx) and a.value > 1 and _after(head_tokens, a):
            hits += _time_after(a, body, annotation, headline, headline_span, head_tokens)
    for h in head_facts:
        a = h.amount
        if h.changing and _more(head_tokens, a):
            hits += _more_than_the_body(a, h, facts, headline, headline_span)
            continue
        if a.in_range or a.value <= 1 or h.changing or (h.unit in kb.duration_units and not a.compound):
            continue  # a bare duration ("jailed for 5 years") may be another period; "a three-day strike" is the strike's length
        head_part = next((p for p in head_amounts if p.last + 1 < a.first and head_tokens[p.last + 1].lower == "of" and p.last + 2 == a.first and p.unit == a.unit), None)
        if head_part is not None:
            # "carries 15 of 16 LGAs": the part of the whole the headline gives, against the body's part of that whole
            hits += _share_of_whole_conflicts(head_part, h, facts, head_tokens, headline, headline_span)
            continue
        if _lead(head_tokens, a, False):
            continue  # "four points clear" is a lead: compared with the body's leads alone, not with any count of points
        if a.compound and a.last + 1 < len(head_tokens) and head_tokens[a.last + 1].lower in _RESULT_NOUNS:
            continue  # "to five-point win" is a margin: compared with the body's margins alone (_margin_told_joined)
        if a.first > 0 and head_tokens[a.first - 1].lower == "by" and _gap_of_two(annotation, a):
            continue  # "sees off motion by 13 votes" … "winning the vote by 82 votes to 69": a margin the body's two counts make
        # the body's count of the headline's thing in the headline's own words ("four straight defeats")
        keyed = [loc.fact.amount for loc in facts if h.unit == "count" and h.modifiers and loc.fact.unit == h.unit and loc.fact.thing == h.thing
                 and loc.fact.modifiers == h.modifiers and not loc.fact.changing and not loc.fact.amount.in_range]
        # "five straight defeats" … "five league matches without a win, … four straight defeats": the body's five counts
        # matches; where the body counts the headline's own thing only otherwise, a figure of another thing does not agree
        own_count_differs = bool(keyed) and not any(_agrees(a, k) for k in keyed)
        if any(b.unit == a.unit and _agrees(a, b) and _may_count(ab, b, body_things)
               and not (own_count_differs and body_things.get(id(b)) not in (None, h.thing)) for ab, b in body):
            continue  # the body gives the headline's figure somewhere: no contradiction
        if any(b.unit == a.unit and _agrees(o, b) for o in others for _, b in body):
            continue  # another statement of the headline has the body's figure: headline-conflict reports the two headlines
        if any(o.unit == a.unit and o.compound == a.compound and not _agrees(o, a) for o in others):
            continue  # the headlines disagree on this figure among themselves: headline-conflict's finding, not a body's
        same = [loc for loc in facts if loc.fact.unit == h.unit and loc.fact.thing == h.thing and not loc.fact.changing and not loc.fact.amount.in_range
                and not (h.verb and loc.fact.verb and h.verb != loc.fact.verb) and not (h.thing == "person" and h.verb != loc.fact.verb) and not (h.scope and loc.fact.scope and not h.scope & loc.fact.scope)]
        same = [loc for loc in same if not _OTHER_EVENT_RE.search(_sentence_to(loc.block, loc.fact.amount))]  # "last week's five-wicket win"
        if (changed := _what_changed(head_tokens, a, h)) is not None:
            # "posts 18% rise in FY26 revenue": a change of revenue, not the net profit's "increase of 21.5 per cent"
            same = [loc for loc in same if _names_a_form_of(_sentence(loc.block.block, loc.fact.amount.start), changed, 3)]
            if not same:
                continue  # the body gives no change of that: nothing to set against the headline
        # "four weekly flights" … "two weekly freighter flights": the body's words beyond the headline's name another kind
        same = [loc for loc in same if not (h.modifiers and set(h.modifiers) < set(loc.fact.modifiers))]
        # "the Saints still led by two points at half-time": a level the match passed through, not its result
        same = [loc for loc in same if not _passed_through(loc.block.tokens, loc.fact.amount)]
        # "certificates against 14 mills that had failed to clear arrears": those a clause picks out of the headline's "all 217 mills"
        same = [loc for loc in same if not (loc.fact.unit == "count" and _picked_out(loc.block, loc.fact.amount, headline))]
        if a.compound and _possessor(head_tokens, a.first) is None:
            # "after six-goal thriller" sizes the match; "Ssempala, whose three goals …" is one player's (a headline
            # "Kowalczyk's six-wicket haul" is one player's too)
            same = [loc for loc in same if not _owned_by_someone(loc.block.tokens, loc.fact.amount)]
        owner = _possessor(head_tokens, a.first)
        owned = [loc for loc in same if owner in loc.fact.scope] if owner else []
        same = owned or same  # "Kowalczyk's six wickets" is "his five wickets", not the side's "last eight wickets"
        if any(_increment(loc) for loc in facts if loc.fact.unit == h.unit and loc.fact.thing == h.thing and (not owned or h.scope & loc.fact.scope)):
            continue  # "the first phase, of 140 homes … a further 160": the body breaks the headline's figure down
        strong = [loc for loc in same if h.verb and loc.fact.verb == h.verb]
        same = strong or same
        shares = [(loc, part) for loc in same if (part := _part_of_whole(loc)) is not None]
        if shares:
            # "leaving the party on 28 of the 47 seats": the headline's "wins 29 seats" is the part, never the whole
            hits += _part_conflicts(a, h, shares, annotation, head_tokens, headline, headline_span)
            continue
        named_alike = [loc for loc in same if loc.fact.modifiers and loc.fact.modifiers <= h.modifiers]
        if len({round(loc.fact.amount.value, 6) for loc in same}) != 1 and len({round(loc.fact.amount.value, 6) for loc in named_alike}) == 1:
            same = named_alike  # "net profit climbs to …": the body's "net profit", not its first-half or operating profit
        if len({round(loc.fact.amount.value, 6) for loc in same}) != 1:
            # no fact with the headline's key: a slip of the digits of one body figure in the same unit is still telling
            # (not of a change's size, "slide by $1.2 billion", against a level the body gives: "expected to pay $2.1 billion")
            # (a count of another thing is no slip of the headline's: "all 112 precincts reporting" under "by 312 votes")
            same = [loc for loc in facts if loc.fact.unit == h.unit and amount_slip(a, loc.fact.amount) and not loc.fact.changing
                    and (h.unit != "count" or loc.fact.thing == h.thing or not _noun_after(loc.block.tokens, loc.fact.amount))
                    and _by_as(head_tokens, a, loc.block.tokens, loc.fact.amount)
                    and not (h.verb and loc.fact.verb and h.verb != loc.fact.verb) and not (h.scope and loc.fact.scope and not h.scope & loc.fact.scope)]
            closest = [loc for loc in same if (h.verb and loc.fact.verb == h.verb) or (h.modifiers and loc.fact.modifiers == h.modifiers)]
            same = closest or same
        values = {round(loc.fact.amount.value, 6) for loc in same}
        if len(values) != 1:
            # nor a fact: a bare count in a sentence about the same thing, with the headline's digits transposed ("by 87 votes" … "a majority of 78")
            bare = [(ab, b) for ab, b in body if id(b) not in body_things and b.unit == a.unit and len(b.digits) >= 2
                    and slip(a.digits, b.digits) == "digits transposed" and _names(ab, b, h.thing, kb.canonical)]
            if len({round(b.value, 6) for _, b in bare}) == 1:
                ab, b = bare[0]
                hits.append(_against_headline(ab.block, b.start, b.end, f"The body says \u201c{b.text}\u201d, but the headline says \u201c{a.text}\u201d ({h.thing}); digits transposed.", headline, headline_span, a))
            else:
                hits += _lone_sum(a, head_tokens, body, annotation, headline, headline_span)
            continue
        # a bare count of the thing with the headline's digits transposed is the slip, not another fact's different count
        # ("63 mills end crushing" … "36 have now closed" beside "Sixty-one mills have cleared their dues")
        swapped = [(ab, b) for ab, b in body if id(b) not in body_things and b.unit == a.unit and len(b.digits) >= 2 and not b.spelled
                   and slip(a.digits, b.digits) == "digits transposed" and _names(ab, b, h.thing, annotation.quantity_knowledge.canonical)]
        if len({round(b.value, 6) for _, b in swapped}) == 1 and not any(_agrees(a, loc.fact.amount) or slip(a.digits, loc.fact.amount.digits) for loc in same):
            ab, b = swapped[0]
            hits.append(_against_headline(ab.block, b.start, b.end, f"The body says \u201c{b.text}\u201d, but the headline says \u201c{a.text}\u201d ({h.thing}); digits transposed.", headline, headline_span, a))
            continue
        loc = same[0]
        b = loc.fact.amount
        if _others_count(head_tokens, a, loc.block, b):
            continue
        how = slip(a.digits, b.digits)
        if how is None and (swap := _swapped_in_opening(a, annotation, head_tokens)) is not None:
            # "lifts general rates by 5.6 per cent" under "6.5 per cent rise": the slip, not a later rise, contradicts it
            hits.append(_swap_hit(swap, a, headline, headline_span))
            continue
        # the body's first statement of that figure ("approved a £7.4 million programme" before "the £7.4m roads programme")
        # (a sum of money or a measure to the digit; a bare count only of the same thing: "two members" is no "two MMCs")
        at_block, at = next(((ab.block, x) for ab, x in body if x.unit == b.unit and x.value == b.value and not x.in_range
                             and (x.unit is not None or body_things.get(id(x)) == h.thing)), (loc.block.block, b))
        hits.append(_against_headline(at_block, at.start, at.end, f"The body says \u201c{at.text}\u201d ({h.thing}), but the headline says \u201c{a.text}\u201d{'; ' + how if how else ''}.", headline, headline_span, a))
    passed = _passed_marks(head_tokens, head_amounts, annotation, headline, headline_span)
    if passed:
        return hits + passed
    # a headline amount no fact could key ("jailed for stealing £4.1m"): the body's one amount of its unit with its digits transposed
    keyed = {h.amount.start for h in head_facts}
    for a in head_amounts:
        if a.start in keyed or a.unit is None or a.unit in kb.duration_units or a.in_range or len(a.digits) < 2:
            continue
        if any(b.unit == a.unit and _agrees(a, b) for _, b in body) or any(b.unit == a.unit and _agrees(o, b) for o in others for _, b in body):
            continue
        slipped = [(ab, b) for ab, b in body if b.unit == a.unit and slip(a.digits, b.digits) == "digits transposed" and 0.1 <= a.value / b.value <= 10
                   and places_kept(a, b) and _by_as(head_tokens, a, ab.tokens, b)]
        if len({round(b.value, 6) for _, b in slipped}) == 1:
            ab, b = slipped[0]
            hits.append(_against_headline(ab.block, b.start, b.end, f"The body says \u201c{b.text}\u201d, but the headline says \u201c{a.text}\u201d; digits transposed.", headline, headline_span, a))
            continue
        hits += _lone_sum(a, head_tokens, body, annotation, headline, headline_span)
    return hits


def _part_of_whole(loc):
    """The part written before a whole counted as a share of it ("28" in "28 of the 47 seats"), else None."""
    tokens, b = loc.block.tokens, loc.fact.amount
    k = b.first - 1
    if k >= 0 and tokens[k].lower in ("the", "its", "their"):
        k -= 1
    if k < 1 or tokens[k].lower != "of":
        return None
    return next((p for p in loc.block.amounts if p.last == k - 1 and p.unit == b.unit and not p.in_range), None)


def _part_conflicts(a, h, shares, annotation, head_tokens, headline: str, headline_span) -> list[Hit]:
    """A headline count of a thing the opening gives only as a share of its whole ("Labor wins 29 seats" … "leaving the
    party on 28 of the 47 seats"): the one part the opening gives in a sentence naming the headline's subject."""
    if any(_agrees(a, part) for _, part in shares):
        return []
    subject = next((t.lower for t in head_tokens if t.capitalised and t.is_word), None)
    opening = {id(ab) for ab in [ab for ab in annotation.prose if ab.block.kind in _BODY][:_OPENING]}
    told = [(loc, part) for loc, part in shares if id(loc.block) in opening and subject
            and subject in _sentence(loc.block.block, part.start).lower().split()]
    if len({part.value for _, part in told}) != 1 or any(loc.fact.amount.approx or part.approx for loc, part in told):
        return []
    loc, part = told[0]
    how = slip(a.digits, part.digits)
    return [_against_headline(loc.block.block, part.start, part.end, f"The body says \u201c{part.text}\u201d of the {loc.fact.amount.text} ({h.thing}), but the headline says \u201c{a.text}\u201d{'; ' + how if how else ''}.", headline, headline_span, a)]


# a count part-way through: "With nine of 16 LGAs declared", "with 40 of 52 precincts reporting"
_SO_FAR_RE = re.compile(r"\bwith\s+\S+\s+of\s+(?:the\s+)?\S+\s+(?:\S+\s+){0,3}?(?:declared|counted|reporting|in|tallied|collated)\b", re.I)


def _share_of_whole_conflicts(part, h, facts, head_tokens, headline: str, headline_span) -> list[Hit]:
    """A headline's part of a whole ("INEC declares Ogunleye winner after he carries 15 of 16 LGAs") against the one part
    of that whole, of the same thing, the body gives in a sentence naming the headline's subject ("Ogunleye won outright in
    14 of the 16 LGAs"), unless the body gives the headline's part of it anywhere."""
    shares = [(loc, p) for loc in facts if loc.fact.unit == h.unit and loc.fact.thing == h.thing and _agrees(h.amount, loc.fact.amount)
              and (p := _part_of_whole(loc)) is not None]
    if not shares or any(_agrees(part, p) for _, p in shares):
        return []
    names = {t.lower for t in head_tokens if t.capitalised and t.is_word and t.lower not in FUNCTION_WORDS}
    told = [(loc, p) for loc, p in shares if names & set(_sentence(loc.block.block, p.start).lower().split())
            and not _SO_FAR_RE.search(loc.block.text, max(0, p.start - 12), p.end + 60)]
    if len({p.value for _, p in told}) != 1 or any(p.approx or loc.fact.amount.approx for loc, p in told):
        return []
    loc, p = told[0]
    how = slip(part.digits, p.digits)
    return [_against_headline(loc.block.block, p.start, p.end, f"The body says \u201c{p.text}\u201d of the {loc.fact.amount.text} ({h.thing}), but the headline says \u201c{part.text}\u201d{'; ' + how if how else ''}.", headline, headline_span, part)]


def _passed_marks_of(headline: str, headline_span, annotation) -> list[Hit]:
    """_passed_marks for a statement of the headline read on its own (the h1 beside a front-matter title)."""
    tokens = tokenize(headline)
    amounts, _ = read_quantities(tokens, headline, annotation.quantity_knowledge, {})
    return _passed_marks(tokens, amounts, annotation, headline, headline_span)


# what may follow a mark passed: "tops £300m for first time", "passes $1bn mark", "crosses Rs1 lakh crore in March"
_AFTER_A_MARK = frozenset("for in on at as after by with to since and mark milestone barrier threshold level first".split())


def _passed_marks(head_tokens, head_amounts, annotation, headline: str, headline_span) -> list[Hit]:
    """A headline sum a verb says was passed ("revenue tops £300m for first time") against the sums of its currency and
    size the body's opening gives in sentences about the headline's subject ("revenue rose to a record £287.4m"), when
    none of the body's sums of that subject reaches it: reported at the nearest."""
    kb = annotation.quantity_knowledge
    hits = []
    body = [(ab, a) for ab in annotation.prose for a in ab.amounts if not ab.tokens[a.first].quoted]
    opening = {id(ab) for ab in [ab for ab in annotation.prose if ab.block.kind in _BODY][:_OPENING]}
    measures = set(kb.units.values()) - {"percent", "percentage-point"} - set(kb.duration_units)
    published = annotation.doc.published
    for a in head_amounts:
        # a sum of money, a measure ("WA grain harvest passes 24 million tonnes") or a count ("Fair crowd tops 160,000")
        counted = a.unit is None and not a.approx and a.value >= 1000
        if (a.unit not in kb.currency_codes and a.unit not in measures and not counted) or a.in_range or a.first == 0 or kb.passing.get(head_tokens[a.first - 1].lower) != 1:
            continue
        subject = head_tokens[a.first - 2].lower if a.first >= 2 and head_tokens[a.first - 2].is_word else None
        after = head_tokens[a.last + 1] if a.last + 1 < len(head_tokens) else None
        if subject is None or after is not None and after.is_word and after.lower not in _AFTER_A_MARK:
            continue  # "Senate passes $240M child care credit": the sum names the bill passed, no mark
        # only the body's sums of the subject's sentences: "revenue rose to a record £287.4m", not "Net debt fell to £312.6m"
        # ("procurement crosses 118 lakh tonnes" … "had procured 112.4 lakh tonnes": the subject's stem, in any form)
        about = [(ab, b) for ab, b in body if _names_a_form_of(_sentence(ab.block, b.start), subject, 4)]
        reach = about if a.unit in kb.currency_codes else body  # a measure's mark reached anywhere ("had bought 118.2 lakh tonnes")
        if any(b.unit == a.unit and b.value >= a.value and not _of_years_before(ab, b, published) and not _aimed_at(ab, b) for ab, b in reach if 0.5 <= b.value / a.value <= 2):
            continue  # the body reaches the mark somewhere (not "behind the record 24.1 million tonnes of 2021-22")
        # a count's mark, in any sentence, only by a plain count just short of it ("158,930 people passed through the
        # gates"): counts of other things are as near as its own
        near = [(ab, b) for ab, b in (body if counted else about) if id(ab) in opening and b.unit == a.unit and not (b.in_range or b.approx) and b.value
                and (_COUNT_SHORT <= b.value / a.value if counted else 0.5 <= a.value / b.value <= 2) and not _of_years_before(ab, b, published) and not _aimed_at(ab, b)]
        if not near:
            continue
        ab, b = max(near, key=lambda n: n[1].value)  # every sum of the subject falls short: the nearest to the mark
        hits.append(_against_headline(ab.block, b.start, b.end, f"The body says \u201c{b.text}\u201d, but the headline says it {head_tokens[a.first - 1].text} \u201c{a.text}\u201d.", headline, headline_span, a))
    return hits


def _aimed_at(ab, b) -> bool:
    """True when a body figure is a goal or a limit, not a figure reached ("the state's target of 124 lakh tonnes"), or
    one of a time gone by ("Last season, Punjab's agencies procured a final total of 119.3 lakh tonnes")."""
    return b.first >= 2 and ab.tokens[b.first - 1].lower == "of" and ab.tokens[b.first - 2].lower in _AIMS \
        or any(t.startswith(("last ", "the previous ", "a year ", "the year before")) for t in ab.times_of(b))


_AIMS = frozenset("target targets goal aim forecast projection estimate capacity ceiling cap limit".split())
_COUNT_SHORT = 0.95  # how near below a headline's count passed the body's nearest count must fall to be that count


def _of_years_before(ab, b, published) -> bool:
    """True when the years dating a body figure all lie two years or more before publication: another season's figure."""
    years = {int(t) for t in ab.times_of(b) if t.isdigit()}
    return published is not None and bool(years) and max(years) < published.year - 1


def _code(tokens, b) -> bool:
    """True for a number after a code of capitals ("ET 724", "A 380"): a name, not an amount."""
    return b.unit is None and b.first > 0 and tokens[b.first - 1].is_word and tokens[b.first - 1].text.isupper() and 1 <= len(tokens[b.first - 1].text) <= 4


def _by_as(head_tokens, a, tokens, b) -> bool:
    """False when the headline's figure is a change's size in a unit ("slide by $1.2 billion") and the body's is not one
    ("expected to pay $2.1 billion"): a level is no slip of a change. (A count after "by" is a margin, "by 164 votes",
    which "a majority of 146" may give.)"""
    return not (a.unit is not None and a.first > 0 and head_tokens[a.first - 1].lower == "by") or b.first > 0 and tokens[b.first - 1].lower == "by"


def _lone_sum(a, head_tokens, body, annotation, headline: str, headline_span) -> list[Hit]:
    """A headline's sum of money against the one sum of its currency and size the body's opening gives, when the body
    never gives the headline's ("S$4.8b deal" … "puts a value of about S$4.2 billion on Tanjong"): a sum within half
    and twice the headline's, more than a twentieth away (a tenth from an approximate one). A measure likewise ("1.6
    million hectares burned" … "scorched 1.41 million hectares"), when the body's sentence shares a word with the
    headline, the body's figure is written plainly and is no level set against another ("than the 886,000 hectares")."""
    kb = annotation.quantity_knowledge
    # a measure too ("1.6 million hectares burned" … "scorched 1.41 million hectares"), in a sentence sharing a word of
    # the headline's: a tonnage or an area of another thing is as common as another sum
    measure = a.unit in set(kb.units.values()) and a.unit not in ("percent", "percentage-point") and a.unit not in kb.duration_units
    if a.unit not in kb.currency_codes and not measure or a.approx or a.in_range:
        return []
    if any(b.unit == a.unit and _agrees(a, b) for _, b in body):
        return []
    opening = {id(ab) for ab in [ab for ab in annotation.prose if ab.block.kind in _BODY][:_OPENING]}
    near = [(ab, b) for ab, b in body if id(ab) in opening and b.unit == a.unit and not b.in_range and b.value and 0.5 <= a.value / b.value <= 2
            and _by_as(head_tokens, a, ab.tokens, b) and not _earlier_level(ab, b)]  # ("is up from £76.5m": the level before)
    if measure:
        said = {w for w in _lower_words(headline) if len(w) >= 4 and w not in FUNCTION_WORDS} - _lower_words(a.text)
        near = [(ab, b) for ab, b in near if not b.approx
                and said & {w for w in _lower_words(_sentence(ab.block, b.start)) if len(w) >= 4} - _lower_words(b.text)]
    if len(near) != 1:
        return []
    ab, b = near[0]
    if abs(a.value - b.value) <= (0.1 if b.approx else 0.05) * b.value:
        return []
    how = amount_slip(a, b)
    return [_against_headline(ab.block, b.start, b.end, f"The body says \u201c{b.text}\u201d, but the headline says \u201c{a.text}\u201d{'; ' + how if how else ''}.", headline, headline_span, a)]


_PICKED_OUT_RE = re.compile(r"(?:\s+[\w'\u2019-]+){1,3}?\s+(?:who|that|which)\s+(?:(?:had|have|has)\s+)?(?P<verb>[a-z]+ed)\b")


def _picked_out(ab, b, headline: str) -> bool:
    """True when a clause picks some of the body's count out ("14 mills that had failed to clear arrears") by a verb the
    headline does not use: not the headline's count of them all."""
    if b.compound or b.unit is not None:
        return False  # "A 29-year-old man who punched a stranger": one person described, no count picked out
    clause = _PICKED_OUT_RE.match(ab.block.text, b.end)
    return clause is not None and clause.group("verb") not in _lower_words(headline)


def _passed_through(tokens, a) -> bool:
    """True for a level a match passed through ("led by two points at half-time"), read on the few words around it."""
    last = a.last + 1 if a.last + 1 < len(tokens) and tokens[a.last + 1].lower in ("points", "point", "goals", "runs", "votes") else a.last
    lo = max(0, a.first - 3)
    return in_the_running([t.lower for t in tokens[lo : last + 7]], a.first - lo, last - lo)


def _earlier_level(ab, b) -> bool:
    """True for a level set against another ("larger than the 886,000 hectares lost in 2025", "up from 612,000")."""
    return any(ab.tokens[k].lower in _EARLIER_BEFORE for k in range(max(0, b.first - 3), b.first))


# Days in a unit of duration, so "two years" meets "20 months".
_DAYS = {"year-length": 365.25, "month-length": 30.44, "week-length": 7.0, "day-length": 1.0, "hour-length": 1 / 24, "minute-length": 1 / 1440, "second-length": 1 / 86400}
_KEY_WINDOW = 5  # words before a body figure that may name its key ("net profit after tax of A$221.4 million")
_PARTITIVE = frozenset("its the their his her all".split())
_EARLIER_BEFORE = frozenset("from than".split())  # "up from A$96.8 million", "more than the 312 last year": another level


class _Keys:
    """The check's word lists for keyed figures: synonyms of a key, and the words of a rise and a fall."""

    def __init__(self, options) -> None:
        self.synonyms: dict[str, frozenset[str]] = {}
        for group in options["key-synonyms"]:
            words = frozenset(singular(w) for w in group.split())
            for w in words:
                self.synonyms[w] = self.synonyms.get(w, frozenset()) | words
        self.rise = frozenset(w.lower() for w in options["rise-words"])
        self.fall = frozenset(w.lower() for w in options["fall-words"])
        self.raise_by = frozenset(w.lower() for w in options["raise-by-words"])
        self.cut_by = frozenset(w.lower() for w in options["cut-by-words"])
        self.job_nouns = frozenset(singular(w.lower()) for w in options["job-nouns"])
        self.job_losses = frozenset(w.lower() for w in options["job-loss-words"])
        self.redundancy = frozenset(w.lower() for w in options["redundancy-words"])

    def job_cut(self, words: set[str]) -> bool:
        """True when the words around a figure say it counts jobs lost ("140 jobs lost", "cuts 200 posts", "94 were made
        redundant", "250 staff laid off"): one key, so a headline's job losses meet the body's redundancies."""
        return bool(words & self.job_nouns and words & self.job_losses) or bool(words & self.redundancy)

    def expand(self, words: set[str]) -> set[str]:
        """A key's words with their synonyms ("stores" is "shops")."""
        return {v for w in words for v in self.synonyms.get(w, {w})}

    def direction(self, tokens, amount) -> tuple[str, int] | None:
        """The change a figure states, from the word just before it ("rises 12%", "down 12 per cent"): ("rise" or "fall", that word's index)."""
        for k in range(amount.first - 1, max(-1, amount.first - 3), -1):
            if tokens[k].sentence != tokens[amount.first].sentence:
                return None
            low = tokens[k].lower
            if low in self.rise or low in self.fall:
                return ("rise" if low in self.rise else "fall"), k
            if tokens[k].is_word and low not in ("by", "to", "a", "an", "some", "about", "nearly", "almost", "around", "more", "than", "over"):
                return None
        return None


def _content_word(t) -> bool:
    """True for a lower-case word that may name a thing or an action ("stores", "profit", "jailed"), not a function word."""
    return t.is_word and not t.capitalised and t.lower not in FUNCTION_WORDS and len(t.text) >= 3 and t.lower.isalpha()


def _nouns_after(tokens, last: int) -> list[str]:
    """The words naming what a figure counts, written after it: "38 Hong Kong stores" -> stores, "three impeachment charges" -> impeachment, charges."""
    start = _past_result_clause(tokens, last)
    out, k = [], start + 1
    while k < len(tokens) and k - start <= 5 and tokens[k].sentence == tokens[last].sentence:
        t = tokens[k]
        if t.capitalised and (not out or k + 1 < len(tokens) and _content_word(tokens[k + 1]) and tokens[k + 1].sentence == t.sentence):
            k += 1  # a place or a name before the noun: "38 Hong Kong stores", "five northwest Iowa counties"
            continue
        if not out and t.is_number and k + 2 < len(tokens) and tokens[k + 1].text in ("-", "\u2010") and tokens[k + 2].is_word:
            k += 3  # a size before the noun: "6.94 million 60-kilogramme bags" counts bags
            continue
        if out and t.text in ("-", "\u2010") and t.glued and k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].glued:
            k += 2  # "run-down play parks": a hyphen joins a describing word's halves
            continue
        if not _content_word(t) or (t.lower.endswith("ed") and len(t.text) > 4 and not _before_a_noun(tokens, k, last)):
            break  # "Eleven charged", "14,000 moved to relief camps": a verb, not what is counted; "four uncapped players" counts players
        out.append(singular(t.text))
        k += 1
    return out


_RESULT_VERBS = frozenset("resulted led caused ended turned became proved involved".split())
_RESULT_LINKS = frozenset("that which".split())


def _past_result_clause(tokens, last: int) -> int:
    """Where the counted noun's words begin, less one: past a relative clause that says what the counted things were ("three that
    resulted in fires" counts fires; "two of which led to deaths" counts deaths), else the figure's own last token."""
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].lower == "of" and tokens[k + 1].lower == "which":
        k += 1
    if k >= len(tokens) or tokens[k].lower not in _RESULT_LINKS:
        return last
    k += 1
    if k < len(tokens) and tokens[k].lower in ("had", "have", "has"):
        k += 1
    if k >= len(tokens) or tokens[k].lower not in _RESULT_VERBS or tokens[k].sentence != tokens[last].sentence:
        return last
    k += 1
    if k < len(tokens) and tokens[k].lower in ("in", "to", "into"):
        k += 1
    return k - 1


def _before_a_noun(tokens, k: int, last: int) -> bool:
    """True when the word at k is followed in its sentence by a content word: an adjective ("uncapped players"), not a verb."""
    return k + 1 < len(tokens) and tokens[k + 1].sentence == tokens[last].sentence and _content_word(tokens[k + 1]) and not tokens[k + 1].lower.endswith("ed")


def _whole_after(tokens, amounts, b) -> object | None:
    """The whole a part is taken from: "28 of its 112 shops" -> the 112."""
    k = b.last + 1
    if k >= len(tokens) or tokens[k].lower != "of":
        return None
    k += 1
    if k < len(tokens) and tokens[k].lower in _PARTITIVE:
        k += 1
    return next((o for o in amounts if o.first == k), None)


_JOB_CUT = "job-cut"  # the one key of jobs lost, however the copy words it


def _near_words(tokens, a, before: int = 3, after: int = 4) -> set[str]:
    """The lower-case words of a figure's sentence just before and after it, in the singular."""
    sentence = tokens[a.first].sentence
    near = tokens[max(0, a.first - before) : a.first] + tokens[a.last + 1 : a.last + 1 + after]
    return {singular(t.lower) for t in near if t.is_word and t.sentence == sentence}


def _body_keys(tokens, amounts, b, wholes: set[int], keys: _Keys) -> tuple[set[str], set[str]]:
    """The words that name what a body figure counts, and those that may: the nouns after it (or after the whole it is part of), else
    the words just before it ("net profit after tax of A$221.4 million", "jailed for 20 months"); and, for the second, the words on
    either side ("Eleven people have been charged")."""
    whole = _whole_after(tokens, amounts, b)
    last = (whole or b).last
    if whole is None and b.last + 2 < len(tokens) and tokens[b.last + 1].lower == "of" and tokens[b.last + 2].lower in _PARTITIVE:
        last = b.last + 2  # "to refurbish 12 of its most run-down play parks": a part of a whole never counted counts parks
        if last + 1 < len(tokens) and tokens[last + 1].lower in ("most", "least"):
            last += 1
    nouns = set(_nouns_after(tokens, last))
    if whole is not None:
        wholes.add(id(whole))
    before, after = set(), set()
    for k in range(b.first - 1, max(-1, b.first - 1 - _KEY_WINDOW), -1):
        t = tokens[k]
        if t.sentence != tokens[b.first].sentence or t.is_number:
            break
        if _content_word(t) or (t.is_word and t.capitalised and t.lower not in FUNCTION_WORDS):
            before.add(singular(t.text))
    for t in tokens[b.last + 1 : b.last + 1 + _KEY_WINDOW]:
        if t.sentence != tokens[b.first].sentence or t.is_number:
            break
        if _content_word(t):
            after.add(singular(t.text))
    if keys.job_cut(nouns | before | after):
        return (nouns or before) | {_JOB_CUT}, nouns | before | after | {_JOB_CUT}  # "94 were made redundant"
    return nouns or before, nouns | before | after


def _same_value(a, b) -> bool:
    """True when two amounts are one value: lengths in any unit ("two years", "24 months"), else the same unit and figure."""
    if a.unit in _DAYS and b.unit in _DAYS:
        return abs(a.value * _DAYS[a.unit] - b.value * _DAYS[b.unit]) <= 0.01 * a.value * _DAYS[a.unit]
    return a.unit == b.unit and _agrees(a, b)


def _bound_before(tokens, a) -> str:
    """The words of a bound or hedge written just before an amount ("more than", "nearly"), lower case, or ""."""
    for n in (3, 2, 1):
        words = " ".join(t.lower for t in tokens[max(0, a.first - n) : a.first])
        if a.first >= n and words in _LOWER | _UPPER | _NEAR | _BELOW_NEAR:
            return words
    return ""


def _within_bound(h, bound: str, value: float) -> bool:
    """True when a value meets the headline figure h as its words bound it ("more than 61,000": above it)."""
    if bound in _LOWER:
        return value >= 0.99 * h.value
    if bound in _UPPER or bound in _BELOW_NEAR:
        return value <= 1.01 * h.value and (bound not in _BELOW_NEAR or value >= 0.9 * h.value)
    return abs(value - h.value) <= (0.1 if bound else 0.005) * h.value


def _named_figure_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A headline count of a named body ("More than 61,000 Southern Trust patients waiting") against the one figure the body
    gives that name in a list of names and their figures ("followed by the Southern Trust on 56,210, the Northern Trust
    on 38,940, …"), when the headline's figure, as its words bound it, cannot be that one."""
    head = tokenize(headline)
    head_amounts, _ = read_quantities(head, headline, annotation.quantity_knowledge, {})
    hits = []
    for a in head_amounts:
        if a.unit is not None or a.compound or a.in_range or a.value < 10:
            continue
        k = a.last + 1
        name = []
        while k < len(head) and head[k].capitalised and len(name) < 4:
            name.append(head[k].text)
            k += 1
        if not name or k >= len(head) or not head[k].is_word or head[k].capitalised:
            continue  # "61,000 Southern Trust patients": a name, then the noun it counts
        found = []
        for ab in annotation.prose:
            if ab.block.kind not in _BODY:
                continue
            tokens = ab.tokens
            for b in ab.amounts:
                j = b.first - 1
                if b.unit is not None or b.in_range or j < len(name) or tokens[j].lower not in ("on", "with") or tokens[b.first].quoted:
                    continue
                if [t.text for t in tokens[j - len(name) : j]] == name and (j - len(name) == 0 or not tokens[j - len(name) - 1].capitalised):
                    found.append((ab, b))
        if len({b.value for _, b in found}) != 1 or any(_within_bound(a, _bound_before(head, a), b.value) for _, b in found):
            continue
        ab, b = found[0]
        hits.append(_against_headline(ab.block, b.start, b.end, f"The body gives the {' '.join(name)} \u201c{b.text}\u201d, but the headline says \u201c{a.text}\u201d.", headline, headline_span, a))
        break
    return hits


# what a player's bare figure in a headline counts ("Delaney's 31 lead Millbrook State past Carver Tech": 31 points)
_TALLY_THINGS = frozenset("point run goal".split())


def _owned_tally_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A player's bare figure in a headline, written after their name's possessive with a verb after it ("Delaney's 31
    lead Millbrook State past Carver Tech"), against the one count of points, runs or goals the body gives that name
    ("Isaiah Delaney scored 27 points"), unless the body gives the headline's figure to the name anywhere."""
    head = tokenize(headline)
    head_amounts, _ = read_quantities(head, headline, annotation.quantity_knowledge, {})
    for a in head_amounts:
        owner = _possessor_name(head, a.first - 1)
        k = a.last + 1
        if owner is None or a.unit is not None or a.compound or a.in_range or a.approx or k >= len(head) or not head[k].is_word or head[k].capitalised:
            continue
        if head[k].lower.endswith("s"):
            continue  # "Smith's 300 appearances": a plural noun counts something of its own (a figure's verb takes no "s": "31 lead")
        owned = [loc for loc in annotation.quantities if not loc.fact.quoted and loc.fact.unit == "count" and owner in loc.fact.scope]
        if any(loc.fact.amount.value == a.value for loc in owned):
            continue
        tallies = [loc for loc in owned if loc.fact.thing in _TALLY_THINGS and not loc.fact.changing and not loc.fact.amount.in_range
                   and not loc.fact.amount.compound]
        if len({round(loc.fact.amount.value, 6) for loc in tallies}) != 1:
            continue
        b = tallies[0].fact.amount
        return [_against_headline(tallies[0].block.block, b.start, b.end, f"The body gives {owner.title()} \u201c{b.text}\u201d {tallies[0].fact.thing}s, but the headline says \u201c{a.text}\u201d.", headline, headline_span, a)]
    return []


def _owned_by_someone(tokens, b) -> bool:
    """True for a count written after "whose", "his", "her" or a name's possessive: one owner's share of the thing."""
    k = b.first - 1
    return k >= 0 and (tokens[k].lower in ("whose", "his", "her") or tokens[k].capitalised and tokens[k].lower.endswith(("'s", "\u2019s")))


def _some_of_the(tokens, b) -> bool:
    """True for a count of some of a set the copy knows ("seven of the checks"): past the opening, a part, not the set (the
    opening's "12 of its most run-down play parks" is what the story counts)."""
    k = b.last + 1
    return k + 1 < len(tokens) and tokens[k].lower == "of" and tokens[k + 1].lower in ("the", "these", "those")


def _keyed_conflicts(headline: str, headline_span, annotation, keys: _Keys) -> list[Hit]:
    """A headline figure keyed by its noun or verb ("shut 38 Hong Kong stores", "profit to A$212m", "jailed for two years", "on all
    three charges") against the body's opening figures of the same key ("close 28 of its 112 shops", "net profit after tax of A$221.4
    million", "jailed for 20 months", "two of the three impeachment charges"), and a change's direction ("profit rises 12%" …
    "down 12 per cent"). Quiet when the body gives the headline's value for that key anywhere, or the figure bare."""
    kb = annotation.quantity_knowledge
    head = tokenize(headline)
    head_amounts, _ = read_quantities(head, headline, kb, {})
    # the article's paragraphs: a page's navigation links ("News", "Business") open no story
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY and len(ab.tokens) >= 6]
    # another statement of the headline with the figure swapped is headline-conflict's finding; one that also gives the
    # headline's figure ("Kitheka out as Senate upholds two of three impeachment charges") is more copy, not a swap
    others = [o for m, block in annotation.headlines if m.value.strip() != headline.strip() for o in block.amounts]
    read = names = None
    for a in head_amounts:
        if a.in_range or a.compound or (a.value <= 1 and a.unit is None) or len(a.digits) > 12 or _lead(head, a, False):
            continue  # a lead ("four points clear") is compared with the body's leads alone
        if a.first >= 2 and head[a.first - 1].lower == "in" and (head[a.first - 2].is_number or head[a.first - 2].lower in NUMBER_WORDS):
            continue  # "nearly one in three waiting over a year": a ratio, no count of three
        theirs = [o for o in others if o.unit == a.unit or (a.unit in _DAYS and o.unit in _DAYS)]
        if theirs and not any(_same_value(o, a) for o in theirs):
            continue  # another headline swaps the figure ("7 years" for "5 years"): headline-conflict's finding
        if (often := _how_often(a, head, body, headline, headline_span)) is not None:
            if often is not False:
                return [often]
            continue  # the body tells the headline's "four weekly flights" as "four times a week"
        wanted = set(_nouns_after(head, a.last))
        noun_keyed = bool(wanted)
        change = keys.direction(head, a)
        k = (change[1] if change else a.first) - 1
        reach = 4
        if not change and k > 0 and head[k].lower == "to":
            # "profit climbs 28% to GH¢612m": the level a change reaches, its thing before the change's verb and size
            j = k - 1
            while j >= 0 and (head[j].is_number or head[j].text == "%" or head[j].lower in ("per", "cent", "by", "pc")):
                j -= 1
            if j < k - 1 and j >= 0 and head[j].lower in keys.rise | keys.fall:
                reach += k - j
                k = j - 1
        while not wanted and k >= 0 and a.first - k <= reach and (head[k].is_word or head[k].text in ("$", "\u00a3", "\u20ac")):
            if _content_word(head[k]) and head[k].lower not in keys.rise | keys.fall:
                wanted.add(singular(head[k].text))  # "profit to A$212m", "jailed for two years", "profit rises 12%"
            k -= 1
        if not wanted:
            continue
        wanted = keys.expand(wanted)
        if keys.job_cut(wanted | _near_words(head, a)):
            wanted.add(_JOB_CUT)  # "collapses with 140 jobs lost"
        every = a.first > 0 and head[a.first - 1].lower == "all"  # "on all three charges": the part is the whole
        if read is None:
            read = _read_keyed(body, keys)
        mine = [(i, ab, b, bk, whole) for i, ab, b, bk, whole, _ in read if bk & wanted and (b.unit == a.unit or (a.unit in _DAYS and b.unit in _DAYS))]
        near = [(i, ab, b, whole) for i, ab, b, _, whole, loose in read if loose & wanted]
        if change:
            hit = _direction_conflict(headline, headline_span, a, head[change[1]].start, change[0], wanted, body, keys)
            if hit:
                return [hit]
            if a.first == 0 or head[a.first - 1].lower != "to" or a.unit == "percent":
                continue  # "profit rises 12%": the size of a change; "exports climb to 7.4 million bags" is the level now
        if any(_same_value(a, b) and not (whole and every) and (i < _OPENING or not b.in_range) for i, ab, b, whole in near):
            continue  # the body gives the headline's value for this key
        if any(_same_value(a, b) and not (whole and every) and (not loose or (i < _OPENING and not _nouns_after(ab.tokens, b.last)) or (i == 0 and ab.tokens[b.first].sentence == ab.tokens[0].sentence))
               for i, ab, b, bk, whole, loose in read):
            continue  # or gives it bare, its key unknown, in its opening counting nothing else ("£21m in the red", not "three abstentions"), or in its first sentence
        if (swap := _swapped_in_opening(a, annotation, head)) is not None:
            # "lifts general rates by 5.6 per cent" under "6.5 per cent rise": the slip contradicts it, not another figure
            return [_swap_hit(swap, a, headline, headline_span)]
        if a.unit in kb.currency_codes and any(b.unit == a.unit and _same_value(a, b) for i, _, b, _, _, _ in read if i < _OPENING):
            continue  # "floats Sh186m tender" … "bids for a Sh186 million upgrade": the sum the opening gives, whatever it names
        if a.unit is not None and a.unit not in kb.currency_codes and a.unit != "percent" and a.unit not in _DAYS \
                and any(b.unit == a.unit and _same_value(a, b) for _, _, b, _, _, _ in read):
            continue  # "88mph gusts" … a live blog's "has just logged 88mph" after "81mph" at 8.40am: a measure in its own
            # unit, given anywhere, is the one the headline picks out
        mine = [m for m in mine if not _code(m[1].tokens, m[2]) and not _elided_length(m[1], m[2])]  # "The inaugural flight, ET 724": a flight's number, no count
        if a.unit == "percent" and (changed := _changed_noun_after(head, a)) is not None:
            # "posts 18% rise in FY26 revenue": a change of revenue, not the net profit's "increase of 21.5 per cent"
            mine = [m for m in mine if _names_a_form_of(_sentence(m[1].block, m[2].start), changed, 3)]
        opening = [(i, ab, b) for i, ab, b, bk, whole in mine if i < _OPENING and not whole and not b.in_range and not _earlier(ab.tokens, b)
                   and not _OTHER_EVENT_RE.search(_sentence_to(ab, b)) and not _passed_through(ab.tokens, b) and not _picked_out(ab, b, headline)
                   and (a.unit not in _DAYS or _governing(ab.tokens, b) == _governing(head, a))]  # "jailed for two years" … "jailed for 20 months", not "by two hours" … "of about 7 hours"
        if not opening and noun_keyed:
            # the body's one figure of the noun the headline counts, wherever it stands ("30,000 fisherfolk line up" …
            # "A total of 13,000 fisherfolk … have been registered"), when it gives that noun no other value
            opening = [(i, ab, b) for i, ab, b, bk, whole in mine if not whole and not b.in_range and not _earlier(ab.tokens, b)
                       and not _OTHER_EVENT_RE.search(_sentence_to(ab, b)) and a.unit == b.unit and a.unit != "percent"
                       and not _passed_through(ab.tokens, b) and not _some_of_the(ab.tokens, b) and not _picked_out(ab, b, headline)]
            if len({round(b.value, 3) for _, _, b in opening}) != 1 or any(_same_value(a, b) for _, _, b, _, _, _ in read):
                continue  # the headline's value anywhere in the body, of any noun ("640 by the end of 2031"), may be its
        if not opening:
            continue
        first = opening[0][0]
        found = [(ab, b) for i, ab, b in opening if i == first]
        if len(found) > 1 and (now := [(ab, b) for ab, b in found if not _another_year(annotation, ab, b)]):
            found = now  # "about 650 homes" flooded when a cyclone struck "in February 2023" is another time's count
        if len({round(b.value * _DAYS.get(b.unit, 1), 3) for _, b in found}) != 1:
            continue  # the body breaks its figure down, or gives several
        ab, b = found[0]
        if every and not (b.value < a.value) or _broken_down(ab, b):
            continue
        if any(_same_value(a, o) and o.first > b.last and ab.tokens[o.first].sentence in (ab.tokens[b.first].sentence, ab.tokens[b.first].sentence + 1)
               and ab.tokens[o.first - 1].lower in _ARRIVING for o in ab.amounts if o.unit == b.unit):
            continue  # "Seven candidates filed … One of them withdrew, leaving six names on the ballot": the count it came to
        if names is None:
            # words the body capitalises inside its sentences: names, not a sentence's first word
            names = frozenset(singular(t.lower.removesuffix("'s").removesuffix("\u2019s")) for x in body for k, t in enumerate(x.tokens)
                              if t.capitalised and k > 0 and x.tokens[k - 1].sentence == t.sentence and x.tokens[k - 1].text not in ("\"", "\u201c", "'", "\u2018"))
        if _others_count(head, a, ab, b, names) or _named_apart(head, ab, b):
            continue
        if slip(a.digits, b.digits) == "digits transposed":
            continue  # two digits swapped in words about the same thing: number-conflict reports it where it was written
        said = headline[head[a.first - 1].start if every else a.start : a.end]
        return [_against_headline(ab.block, b.start, b.end, f"The body says \u201c{b.text}\u201d, but the headline says \u201c{said}\u201d.", headline, headline_span, a)]
    return []


_FREQUENCY = {"weekly": "week", "daily": "day", "monthly": "month"}


def _how_often(a, head, body, headline: str, headline_span) -> Hit | bool | None:
    """A headline's "four weekly flights" against the opening's "will fly the route three times a week": the one frequency the
    opening gives in words, per the headline's period. A hit when it differs, False when it agrees, None when it gives none."""
    if a.unit is not None or a.last + 1 >= len(head) or head[a.last + 1].lower not in _FREQUENCY:
        return None
    period = _FREQUENCY[head[a.last + 1].lower]
    told = []
    for ab in body[:_OPENING]:
        t = ab.tokens
        for b in ab.amounts:
            k = b.last + 1
            if b.unit is None and k + 2 < len(t) and t[k].lower == "times" and t[k + 1].lower in ("a", "per", "each", "every") and t[k + 2].lower == period:
                told.append((ab, b))
    if len({b.value for _, b in told}) != 1:
        return None
    ab, b = told[0]
    if _agrees(a, b):
        return False
    said = f"The body says \u201c{b.text} times a {period}\u201d, but the headline says \u201c{a.text} {head[a.last + 1].text}\u201d."
    return _against_headline(ab.block, b.start, b.end, said, headline, headline_span, a)


def _another_year(annotation, ab, b) -> bool:
    """True when a body figure's sentence names a year, and none is the year of publication."""
    published = annotation.doc.published
    years = {t for t in ab.times.get(ab.tokens[b.first].sentence, ()) if t.isdigit()}
    return published is not None and bool(years) and str(published.year) not in years


def _elided_length(ab, b) -> bool:
    """True for a bare count after "and" that a length just before it in its sentence gives its unit ("nine years as a
    director and five as chair": five years, no count of directors)."""
    tokens = ab.tokens
    if b.unit is not None or b.first < 1 or tokens[b.first - 1].lower != "and":
        return False
    return any(x.unit in _DAYS and x.last < b.first and b.first - x.last <= 8 and tokens[x.first].sentence == tokens[b.first].sentence for x in ab.amounts)


def _others_count(head, a, ab, b, names: frozenset[str] = frozenset()) -> bool:
    """True when the headline names who its figure belongs to and the body figure's paragraph never names them ("Conservatives
    lose seven seats" … "The Liberal Democrats have won control, taking 20 of the 39 seats"): another party's count."""
    subject = _subject_before(head, a.first, names if a.unit is None else frozenset())  # a sum is the thing's, not the subject's
    if subject and any(t.lower in ("its", "their") or (t.lower.endswith(("'s", "\u2019s")) and not t.capitalised)
                       for t in _sentence_of(ab.tokens, b.first) if t.is_word and t.start < b.start):
        return False  # "Of the firm's 212 staff, 94 were made redundant": the owner referred back to, not another named
    # the figure's paragraph, not its sentence: "Keitumetse Modise … died on Saturday. She was 84."; a name by its
    # initials too ("LNP returned with 51 seats" … "Liberal National Party … winning 48 of the 93 seats")
    return bool(subject) and not subject & ({singular(t.lower.removesuffix("'s").removesuffix("\u2019s")) for t in ab.tokens if t.capitalised} | _initials_of_names(ab.tokens))


def _calendar_word(word: str) -> bool:
    """True for a capitalised word that names a day or a month, not who a figure is of."""
    return word.capitalize() in WEEKDAY_NAMES or month_number(word) is not None


def _named_apart(head, ab, b) -> bool:
    """True when a body figure stands in a clause about someone the headline does not name, where the headline names some
    ("Tipperary edge Galway by two points" … "will face Kilkenny, who beat Clare by six points yesterday"): another's."""
    told = {singular(t.lower.removesuffix("'s").removesuffix("\u2019s")) for t in head if t.is_word and t.capitalised}
    tokens = ab.tokens
    sentence = tokens[b.first].sentence
    # the relative clause the figure stands in, and the name it hangs on
    k = next((k for k in range(b.first - 1, max(0, b.first - 12), -1) if tokens[k].sentence == sentence and tokens[k].lower in ("who", "which")
              and tokens[k - 1].text == ","), None)
    if k is None or k < 2 or not tokens[k - 2].capitalised or _calendar_word(tokens[k - 2].text):
        return False
    return len(told) >= 2 and singular(tokens[k - 2].lower.removesuffix("'s").removesuffix("\u2019s")) not in told


def _initials_of_names(tokens) -> set[str]:
    """The initials of each run of two or more capitalised words, and of the runs they end ("Premier Graham Lister's
    Liberal National Party" -> "lnp", "np")."""
    out, run = set(), []
    for t in [*tokens, None]:
        if t is not None and t.is_word and t.capitalised and not t.lower.endswith(("'s", "\u2019s")):
            run.append(t.lower)
            continue
        out |= {"".join(w[0] for w in run[k:]) for k in range(len(run) - 1)}
        run = []
    return out


_NOT_A_VERB = frozenset("as after while when with and but or so because since until before than".split())


def _subject_before(tokens, first: int, names: frozenset[str] = frozenset()) -> set[str]:
    """The capitalised words that open the clause of a headline figure ("Conservatives lose seven seats" -> conservatives), when
    a verb and at most a few lower-case words stand between them and the figure; else nothing. At the headline's start
    they count only when the body writes them capitalised inside its sentences too (`names`: "Okafor scores 27")."""
    k, lower = first - 1, 0
    while k >= 0 and not tokens[k].capitalised and tokens[k].is_word:
        lower += 1
        k -= 1
    if not 1 <= lower <= 3 or k < 0 or tokens[k + 1].lower in _NOT_A_VERB:
        return set()  # "Closed season begins Tuesday as 30,000 fisherfolk line up": "as" joins a clause, no verb of a subject
    words = set()
    while k >= 0 and tokens[k].capitalised and tokens[k].lower not in FUNCTION_WORDS:
        words.add(singular(tokens[k].lower.removesuffix("'s").removesuffix("\u2019s")))
        k -= 1
    if k < 0 and not words <= names:
        return set()  # a headline's first word is capitalised wherever it stands ("Bus line draws 14,000 riders")
    return words


_QUALIFIERS = frozenset("over about nearly almost more than around up to some roughly just under at least".split())


def _governing(tokens, amount) -> str | None:
    """The preposition or verb a figure follows, its qualifiers aside ("jailed for two years" -> for, "cuts journey by over two hours" -> by)."""
    k = amount.first - 1
    while k >= 0 and tokens[k].lower in _QUALIFIERS:
        k -= 1
    return tokens[k].lower if k >= 0 else None


def _names_a_form_of(sentence: str, word: str, ending: int) -> bool:
    """True when a word of the sentence begins with the word's stem, its last `ending` letters dropped (five letters kept
    at least): "procured" is a form of "procurement", "revenues" of "revenue"."""
    stem = word[: max(5, len(word) - ending)]
    return any(w.startswith(stem) for w in _lower_words(sentence))


def _what_changed(head_tokens, a, h) -> str | None:
    """The common noun a headline's change of a percentage names after "in" or "of" ("18% rise in FY26 revenue" ->
    revenue), or None."""
    if h.thing not in ("rise", "fall") or a.unit != "percent":
        return None
    return _changed_noun_after(head_tokens, a)


def _changed_noun_after(head_tokens, a) -> str | None:
    """The common noun after "in" or "of" a word or two past a figure ("18% rise in FY26 revenue" -> revenue), past
    capitalised words and figures, or None."""
    k = a.last + 1
    while k < len(head_tokens) and head_tokens[k].is_word and head_tokens[k].lower not in ("in", "of"):
        k += 1
        if k > a.last + 2:
            return None
    if k >= len(head_tokens) or head_tokens[k].lower not in ("in", "of"):
        return None
    noun = None  # the last word of the phrase: "in annual revenue" is revenue
    for t in head_tokens[k + 1 : k + 6]:
        if t.is_number:
            continue  # "in FY26 revenue": a label's figure
        if not t.is_word or t.lower in FUNCTION_WORDS and t.lower not in ("the", "its", "their", "a", "an"):
            break
        if not t.capitalised and t.lower not in ("the", "its", "their", "a", "an") and not any(c.isdigit() for c in t.text):
            noun = t.lower
    return noun if noun and len(noun) >= 4 else None


def _sentence_to(ab, b) -> str:
    """A figure's sentence up to the figure: "In 2021 a similar levy failed by 1,100 votes" dates it; "…, up from A$96.8 million a year earlier" after it dates the other level."""
    tokens = _sentence_of(ab.tokens, b.first)
    return ab.text[tokens[0].start : b.end]


def _earlier(tokens, b) -> bool:
    """True when a figure is another level its sentence compares with ("up from A$96.8 million", "more than the 312",
    "compares with 6.13 million")."""
    if b.first > 1 and tokens[b.first - 1].lower in ("with", "to") and tokens[b.first - 2].lower in ("compares", "compared", "compare"):
        return True
    return b.first > 0 and tokens[b.first - 1].lower in _EARLIER_BEFORE


def _read_keyed(body, keys: _Keys) -> list[tuple]:
    """Every body figure outside quotes with the words that may key it, and whether it is the whole of a part ("of its 112 shops")."""
    out = []
    for i, ab in enumerate(body):
        tokens, amounts, wholes = ab.tokens, ab.amounts, set()
        found = [(b, *_body_keys(tokens, amounts, b, wholes, keys)) for b in amounts if not tokens[b.first].quoted]
        out += [(i, ab, b, keys.expand(strict), id(b) in wholes, keys.expand(loose)) for b, strict, loose in found]
    return out


def _direction_conflict(headline: str, headline_span, a, said_from: int, way: str, wanted: set[str], body, keys: _Keys) -> Hit | None:
    """A change the headline gives one way that the body's opening gives the other way, with the same figure, in a sentence naming its key."""
    same, other = [], []
    for i, ab in enumerate(body):
        tokens = ab.tokens
        for b in ab.amounts:
            if b.unit != a.unit or not _same_value(a, b) or tokens[b.first].quoted:
                continue
            theirs = keys.direction(tokens, b)
            if not theirs or not any(singular(t.text) in wanted for t in _sentence_of(tokens, b.first) if t.is_word):
                continue
            (same if theirs[0] == way else other).append((i, ab, b, theirs))
    if same or not other or other[0][0] >= _OPENING:
        return None
    i, ab, b, theirs = other[0]
    word = ab.tokens[theirs[1]]
    return _against_headline(ab.block, word.start, b.end, f"The body says \u201c{ab.text[word.start:b.end]}\u201d, but the headline says \u201c{headline[said_from:a.end]}\u201d.", headline, headline_span, a)


def _headline_change(head, a, keys: _Keys) -> tuple[bool, set[str], int] | None:
    """A headline percentage that is the size of a change ("profit falls 14%", "cuts 2026 output target by 40%"): (a rise?, the
    words naming what changed, the change word's index); None when no rise or fall word stands in its clause before it."""
    words: list[str] = []
    if a.first > 0 and head[a.first - 1].lower in ("to", "at", "from", "of", "than", "below", "above", "under", "over"):
        return None  # "inflation falls to 2.3%": the new level, not the change
    by = a.first > 0 and head[a.first - 1].lower == "by"
    for k in range(a.first - 1, max(-1, a.first - 6), -1):
        t = head[k]
        if t.text in (",", ";", ":", "\u2013", "\u2014") or t.lower in ("as", "after", "and", "but", "while", "with"):
            return None
        # "cuts irrigation water by 18%", and a headline's "cut irrigation water 18%" with its "by" left out
        if (by or words) and (t.lower in keys.raise_by or t.lower in keys.cut_by):
            before = [singular(head[j].text) for j in range(max(0, k - 3), k) if _content_word(head[j])]
            named = {w for w in words + before if w not in keys.rise | keys.fall | UP | DOWN}
            return (t.lower in keys.raise_by, named, k) if named else None
        if t.lower in keys.rise or t.lower in keys.fall or t.lower in UP or t.lower in DOWN:
            before = [singular(head[j].text) for j in range(max(0, k - 3), k) if _content_word(head[j])]
            named = {w for w in words + before if w not in keys.rise | keys.fall | UP | DOWN}
            return (t.lower in keys.rise or t.lower in UP, named, k) if named else None
        if _content_word(t):
            words.append(singular(t.text))
    return None


_MORE_OR_LESS = {"more": True, "higher": True, "less": False, "lower": False, "fewer": False}


def _stated_change(s, b, keys: _Keys) -> bool | None:
    """Whether a body percentage states a rise (True) or a fall (False): a rise or fall word just before it ("fell 24%",
    "an increase of 11%") or a change noun just after it ("a 25% reduction"); None when it states no change."""
    for k in range(b.first - 1, max(s.lo - 1, b.first - 4), -1):
        low = s.lower(k)
        if low in keys.rise or low in keys.fall or low in CHANGE_NOUNS:
            return low in keys.rise or low in UP
        if low not in ("by", "of", "a", "an", "some", "about", "nearly", "almost", "around", "more", "than", "over", "just"):
            break
    after = s.lower(b.last + 1)
    if after in CHANGE_NOUNS:
        return after in UP
    if after in _MORE_OR_LESS and s.lower(b.last + 2) != "than":
        return _MORE_OR_LESS[after]  # "will pay 8 per cent more in council tax"; not "8% more than their neighbours", a comparison
    if s.lower(b.first - 1) == "by":
        # "raising water charges by 8%", "cut fares by 10%": the verb and what it changes, then "by"
        for k in range(b.first - 2, max(s.lo - 1, b.first - 6), -1):
            low = s.lower(k)
            if low in keys.rise or low in keys.fall or low in keys.raise_by or low in keys.cut_by:
                return low in keys.rise or low in keys.raise_by
            if not s.tokens[k].is_word or low in FUNCTION_WORDS:
                break
    return None



def _possessor_name(tokens, k: int) -> str | None:
    """The capitalised name a possessive token makes ("Glanrhyd's" -> glanrhyd), else None."""
    if k < 0 or not tokens[k].capitalised:
        return None
    low = tokens[k].lower
    for end in ("'s", "\u2019s", "s'", "s\u2019"):
        if low.endswith(end):
            return low[: -len(end)] + ("s" if end.startswith("s") else "")
    return None


_PART_OF_MATCH = frozenset("half halves break interval period quarter first second last before after opening closing final".split())


def _part_of_match(tokens, b) -> bool:
    """True when the words just after a count give it a part of the match ("two tries in the first half", "three goals before
    the break"): some of the headline's count, not all of it."""
    return any(t.lower in _PART_OF_MATCH for t in tokens[b.last + 1 : b.last + 6] if t.sentence == tokens[b.first].sentence)


def _compound_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A headline count joined to its noun ("six-wicket win", "Five-try Glanrhyd") against the one other count of that noun the
    body's opening gives the same thing: joined to the same noun before the same word ("a five-wicket win"), or counted and owned
    by the name the headline's count qualifies ("Glanrhyd's four tries"). Quiet when the body gives the headline's count of that
    noun anywhere, or two counts of it in its opening; lengths and measures ("four-year term") are left to the keyed figures."""
    head = tokenize(headline)
    head_amounts, _ = read_quantities(head, headline, annotation.quantity_knowledge, {})
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY and len(ab.tokens) >= 6]
    for a in head_amounts:
        if not a.compound or a.unit is not None or a.in_range or "-" in a.compound or a.value < 1:
            continue
        noun = singular(a.compound.lower())
        follower = head[a.last + 1] if a.last + 1 < len(head) else None
        if follower is None or not follower.is_word:
            continue
        owner = follower.lower if follower.capitalised else None  # "Five-try Glanrhyd": the count qualifies a name
        sides = {_base(t.lower) for t in head if t.capitalised and len(t.text) >= 4}
        same, others = False, []
        for i, ab, b in _plain_counts(body):
            tokens = ab.tokens
            if b.compound:
                if singular(b.compound.lower()) != noun:
                    continue
                nxt = tokens[b.last + 1] if b.last + 1 < len(tokens) else None
                mine = owner is None and nxt is not None and nxt.lower == follower.lower
            else:
                nouns = _nouns_after(tokens, b.last)
                if not nouns or nouns[0] != noun:
                    continue
                mine = owner is not None and _possessor_name(tokens, b.first - 1) == owner
                # "getting home with four wickets in hand" is a four-wicket win
                spare = [t.lower for t in tokens[b.last + 2 : b.last + 4]]
                mine = mine or owner is None and follower.lower in _RESULT_NOUNS and spare in (["in", "hand"], ["to", "spare"])
            if _agrees(a, b) and (i < _OPENING + 1 or _names_a_side(ab, b, sides)):
                same = True  # (a round-up's later match, "a six-wicket victory over Kestrel Vale", is another's)
            elif mine and i < _OPENING + 1 and not _part_of_match(tokens, b) and not _OTHER_EVENT_RE.search(_sentence_to(ab, b)):
                # a standfirst may stand before the opening's three paragraphs
                others.append((ab, b, b.end if b.compound else tokens[b.last + 1].end))
        if same or len({b.value for _, b, _ in others}) != 1:
            continue
        ab, b, end = others[0]
        return [_against_headline(ab.block, b.start, end, f"The body says \u201c{ab.text[b.start:end]}\u201d, but the headline says \u201c{a.text}\u201d.", headline, headline_span, a)]
    return []


def _money_compound_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A headline sum joined to its noun ("launches $18-million campaign") against the one sum of that money an opening
    sentence naming the noun gives ("launched the largest fundraising campaign in its history …, aiming to raise $16
    million"): quiet when the body gives the headline's sum anywhere, or the two are too far apart to be one sum slipped
    (a part: "a £2m grant" towards "£5m redevelopment")."""
    head = tokenize(headline)
    head_amounts, _ = read_quantities(head, headline, annotation.quantity_knowledge, {})
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY and len(ab.tokens) >= 6]
    durations = annotation.quantity_knowledge.duration_units
    for a in head_amounts:
        # "$18-million campaign": the sum joined to its noun (a sum's compound is its scale word, hyphened)
        joined = a.compound or "-" in a.text
        if not joined or a.unit in (None, "percent") or a.unit in durations or a.in_range or a.last + 1 >= len(head) or not head[a.last + 1].is_word:
            continue
        noun = singular(head[a.last + 1].lower)
        if any(b.unit == a.unit and _agrees(a, b) for ab in body for b in ab.amounts):
            continue
        found = []
        for ab in body[: _OPENING + 1]:
            tokens = ab.tokens
            for index, (amounts, _) in ab.by_sentence.items():
                mine = [b for b in amounts if b.unit == a.unit]
                if len(mine) != 1 or not any(t.sentence == index and t.is_word and singular(t.lower) == noun for t in tokens):
                    continue
                b = mine[0]
                if not (b.in_range or tokens[b.first].quoted or _OTHER_EVENT_RE.search(_sentence_to(ab, b))) and max(a.value, b.value) <= 1.5 * min(a.value, b.value):
                    found.append((ab, b))
            if found:
                break
        if len({b.value for _, b in found}) != 1:
            continue
        ab, b = found[0]
        return [_against_headline(ab.block, b.start, b.end, f"The body says \u201c{b.text}\u201d for the {noun}, but the headline says \u201c{a.text}\u201d.", headline, headline_span, a)]
    return []


def _names_a_side(ab, b, sides: set[str]) -> bool:
    """True when the sentence of a body figure names one of the headline's capitalised words (a side, a person)."""
    return any(_base(t.lower) in sides for t in _sentence_of(ab.tokens, b.first) if t.capitalised)


def _plain_counts(body):
    """(paragraph index, block, amount) for each count with no unit, outside quotes and ranges, of the body's blocks."""
    for i, ab in enumerate(body):
        for b in ab.amounts:
            if b.unit is None and not b.in_range and not ab.tokens[b.first].quoted:
                yield i, ab, b


_RESULT_NOUNS = frozenset("win victory defeat loss triumph success".split())
_WON_OR_LOST = frozenset("win wins won winning lose loses lost losing".split())


def _margin_told_joined(headline: str, headline_span, annotation) -> list[Hit]:
    """A headline's winning margin "by" a count of a noun ("India win by seven wickets") against the one margin the body's
    opening joins to a result in that noun ("a six-wicket victory"): quiet when the body gives the headline's count of that
    noun anywhere, or two such margins."""
    head = tokenize(headline)
    head_amounts, _ = read_quantities(head, headline, annotation.quantity_knowledge, {})
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY and len(ab.tokens) >= 6]
    for a in head_amounts:
        if a.compound or a.unit is not None or a.in_range or a.first == 0 or head[a.first - 1].lower != "by":
            continue
        nouns = _nouns_after(head, a.last)
        if not nouns:
            continue
        noun, same, others = nouns[0], False, []
        for i, ab, b in _plain_counts(body):
            tokens = ab.tokens
            # a margin: "by six wickets", "a six-wicket victory" ("losing their last seven wickets" is no margin)
            if b.compound:
                margin = singular(b.compound.lower()) == noun and b.last + 1 < len(tokens) and tokens[b.last + 1].lower in _RESULT_NOUNS
            else:
                margin = b.first > 0 and tokens[b.first - 1].lower == "by" and _nouns_after(tokens, b.last)[:1] == [noun]
            if not margin:
                continue
            # the result told whole: "a six-wicket victory", "to win by 11 points"
            result = b.compound or b.first >= 2 and tokens[b.first - 2].lower in _WON_OR_LOST | _RESULT_NOUNS
            if _agrees(a, b):
                same = True
            elif result and (i < _OPENING + 1 or _names_the_headlines(ab, b, head)) and not _OTHER_EVENT_RE.search(_sentence_to(ab, b)):
                others.append((ab, b))  # the opening's margin, or one a later sentence gives the headline's sides (a round-up's second match)
        if same or len({b.value for _, b in others}) != 1:
            continue
        ab, b = others[0]
        said = headline[a.start : head[a.last + 1].end]
        return [_against_headline(ab.block, b.start, b.end, f"The body says \u201c{ab.text[b.start:b.end]}\u201d, but the headline says \u201cby {said}\u201d.", headline, headline_span, a)]
    return []


def _names_the_headlines(ab, b, head) -> bool:
    """True when the sentence of a body amount names a side the headline names ("Karachi Whites reached 251-6 … to complete
    a four-wicket win" under "… Karachi Whites edge Multan by three wickets"): a name of the headline's, not its first word."""
    names = {t.lower for t in head[1:] if t.capitalised and t.lower not in FUNCTION_WORDS}
    sentence = ab.tokens[b.first].sentence
    return any(t.sentence == sentence and t.capitalised and t.lower in names for t in ab.tokens)


_LEAD_NOUNS = frozenset("lead advantage cushion gap".split())
_EARLIER_STATE_RE = re.compile(r"\b(?:before|previously|had\s+been|half-time|half\s+time|the\s+break|earlier|at\s+one\s+stage)\b", re.IGNORECASE)


def _lead(tokens, a, second: bool) -> bool:
    """True when an amount is a lead in points: "four points clear", "a four-point lead", "a lead of four points", and, in a
    sentence about the side in second place (`second`), "two behind the leaders"."""
    nxt = [t.lower for t in tokens[a.last + 1 : a.last + 4]]
    if a.compound in ("point", "points"):
        return bool(nxt) and nxt[0] in _LEAD_NOUNS
    if a.compound or a.unit is not None:
        return False
    if nxt[:2] in (["points", "clear"], ["point", "clear"]):
        return True
    before = [t.lower for t in tokens[max(0, a.first - 3) : a.first]]
    if before[-2:] == ["lead", "of"] and nxt[:1] in (["points"], ["point"]):
        return True
    words = nxt[1:] if nxt[:1] in (["points"], ["point"]) else nxt
    return second and words[:3] in (["behind", "the", "leaders"], ["behind", "the", "leader"])


_ORDINALS = {w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}
# "fourth straight win", "third consecutive victory", "10th successive defeat": a run of results and its length
_STREAK_RE = re.compile(r"\b(?P<n>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:straight|consecutive|successive|back-to-back)\s+(?P<what>[a-z]+)\b", re.I)
_STREAK_KINDS = {"win": "win", "wins": "win", "victory": "win", "victories": "win", "defeat": "loss", "defeats": "loss", "loss": "loss",
                 "losses": "loss", "title": "title", "titles": "title", "championship": "title", "draw": "draw", "draws": "draw"}


# a ranking moved to: "climb to No. 9", "moved up six spots to No. 11", "dropped to No. 4"
_RANK_MOVE_RE = re.compile(r"\b(?:climb\w*|ris\w*|rose|mov\w*|jump\w*|fall\w*|fell|drop\w*|slip\w*|slid\w*|up|down|back)\b(?:\s+[\w-]+){0,3}?\s+to\s+No\.\s?(\d{1,3})\b", re.I)
_RANK_RE = re.compile(r"\bNo\.\s?(\d{1,3})\b")


def _rank_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A ranking the headline says its subject moved to ("climb to No. 9") that the body's opening gives as another
    ("The Lakers moved up six spots to No. 11"), the one rank moved to it gives, when the body never writes the
    headline's ("No. 9" of anyone)."""
    head = _RANK_MOVE_RE.search(headline)
    if head is None:
        return []
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY and len(ab.tokens) >= 6][:_OPENING]  # not a page's links
    moved = [(ab, m) for ab in body for m in _RANK_MOVE_RE.finditer(ab.text) if not ab.tokens or not _quoted_at(ab, m.start(1))]
    if len({m.group(1) for _, m in moved}) != 1 or moved[0][1].group(1) == head.group(1):
        return []
    if any(r.group(1) == head.group(1) for ab in annotation.prose for r in _RANK_RE.finditer(ab.text)):
        return []
    ab, m = moved[0]
    message = f"The body says \u201cNo. {m.group(1)}\u201d, but the headline says \u201cNo. {head.group(1)}\u201d."
    return [Hit(CHECK.id, ab.block.source_span(m.start(1), m.end(1)), message, (_at_headline(headline, headline_span, head.start(1), head.end(1)),))]


# a side's standing in a poll, before its name: "No. 17 Rivermont", "the 19th-ranked Rivermont" (a seed is another ranking)
_STANDING_RE = re.compile(r"\b(?:No\.\s?(?P<no>\d{1,3})|(?P<th>\d{1,3})(?:st|nd|rd|th)-ranked)\s+(?P<name>[A-Z][\w'\u2019-]+)(?!\s+seed)")


def _standing_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A side's rank the headline gives before its name ("No. 17 Rivermont Women Hold Off Eastfield") that the body gives
    it otherwise ("the 19th-ranked Rivermont"), every time the body ranks that name, and never as the headline does."""
    heads = {m.group("name"): m for m in _STANDING_RE.finditer(headline)}
    hits = []
    for name, head in heads.items():
        rank = head.group("no") or head.group("th")
        body = [(ab, m) for ab in annotation.prose if ab.block.kind in _BODY for m in _STANDING_RE.finditer(ab.text)
                if m.group("name") == name and not _quoted_at(ab, m.start())]
        ranks = {m.group("no") or m.group("th") for _, m in body}
        if len(ranks) != 1 or rank in ranks:
            continue
        ab, m = body[0]
        message = f"The body ranks {name} {_standing(m)}, but the headline ranks it {_standing(head)}."
        hits.append(Hit(CHECK.id, ab.block.source_span(m.start(), m.end()), message, (_at_headline(headline, headline_span, head.start(), head.end()),)))
    return hits[:1]


def _standing(m: re.Match) -> str:
    """A standing as the copy wrote it: "No. 17", or "19th" of "19th-ranked"."""
    return f"No. {m.group('no')}" if m.group("no") else m.group().split("-")[0]


def _quoted_at(ab, pos: int) -> bool:
    """True when the character at pos of a block's text is inside a quotation."""
    return any(t.quoted for t in ab.tokens if t.start <= pos < t.end)


def _streak(m: re.Match) -> tuple[int, str] | None:
    n = m.group("n").lower()
    kind = _STREAK_KINDS.get(m.group("what").lower())
    return None if kind is None else (_ORDINALS[n] if n in _ORDINALS else int(n[:-2]), kind)


def _streak_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A headline's run of results ("for fourth straight win") against the one other length of that run the body's
    opening gives ("It was Ridgeway State's third consecutive victory"), unless the body gives the headline's anywhere;
    a run told in a quote, or of another side ("ended Pine Valley's fifth straight win"), is not compared."""
    heads = [(m, st) for m in _STREAK_RE.finditer(headline) if (st := _streak(m)) is not None]
    if len(heads) != 1:
        return []
    head, (length, kind) = heads[0]
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY]
    same, other = False, []
    for i, ab in enumerate(body):
        for m in _STREAK_RE.finditer(ab.text):
            st = _streak(m)
            if st is None or st[1] != kind or any(a <= m.start() < b for a, b in ab.quotes):
                continue
            if st[0] == length:
                same = True
            elif i <= _OPENING and not _another_sides_run(ab.text[max(0, m.start() - 40) : m.start()], headline):
                other.append((ab, m))
    if same or len({_streak(m)[0] for _, m in other}) != 1:
        return []
    ab, m = other[0]
    return [Hit(CHECK.id, ab.block.source_span(m.start(), m.end()), f"The body calls it the \u201c{m.group()}\u201d, but the headline says \u201c{head.group()}\u201d.",
                (_at_headline(headline, headline_span, head.start(), head.end()),))]


_ORDINAL_OF_RE = re.compile(r"\b(?P<n>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive|back-to-back|full|overall|career|world|major|national|league|grand\s+slam)\s+)?(?P<what>[a-z]+)\b", re.I)
# the body's own ordinal of the subject: "he now begins his second term", "its third title", "a fourth term"
_OWN_ORDINAL_BEFORE_RE = re.compile(r"\b(?:his|her|its|their|a|an)\s+\Z", re.I)


def _ordinal_conflicts(headline: str, headline_span, annotation, nouns: frozenset[str]) -> list[Hit]:
    """A headline's ordinal of one of the subject's things ("Jayasekera wins third term") against the one other ordinal
    of that thing the body gives the subject ("he now begins his second term"), outside quotes, where the body never
    gives the headline's: "his", "her", "its", "their" or "a" before it (not "Perera's second term", another's)."""
    heads = [m for m in _ORDINAL_OF_RE.finditer(headline) if singular(m.group("what").lower()) in nouns]
    if len(heads) != 1:
        return []
    head = heads[0]
    n, what = head.group("n").lower(), singular(head.group("what").lower())
    rank = _ORDINALS.get(n) or int(n[:-2])
    same, other = False, []
    for ab in annotation.prose:
        if ab.block.kind not in _BODY:
            continue
        for m in _ORDINAL_OF_RE.finditer(ab.text):
            if singular(m.group("what").lower()) != what or any(a <= m.start() < b for a, b in ab.quotes):
                continue
            k = m.group("n").lower()
            value = _ORDINALS.get(k) or int(k[:-2])
            if value == rank:
                same = True
            elif _OWN_ORDINAL_BEFORE_RE.search(ab.text, max(0, m.start() - 8), m.start()):
                other.append((ab, m, value))
    if same or len({v for _, _, v in other}) != 1:
        return []
    ab, m, _ = other[0]
    return [Hit(CHECK.id, ab.block.source_span(m.start(), m.end()), f"The body calls it the \u201c{m.group()}\u201d, but the headline says \u201c{head.group()}\u201d.",
                (_at_headline(headline, headline_span, head.start(), head.end()),))]


_OWNER_BEFORE_RE = re.compile(r"([A-Z][\w-]*)['\u2019]s\s+\Z")
_RUN_ENDED_RE = re.compile(r"\b(?:ended|snapped|halted|stopped)\s+(?:\w+['\u2019]?\w*\s+){0,3}\Z")


def _another_sides_run(before: str, headline: str) -> bool:
    """True when a run is owned by a side the headline does not name ("Pine Valley's fifth straight win") or ended."""
    owner = _OWNER_BEFORE_RE.search(before)
    return bool(_RUN_ENDED_RE.search(before)) or (owner is not None and owner.group(1) not in headline)


def _lead_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A headline's lead in points ("go four points clear", "a six-point lead") against the one lead the body's opening gives
    ("two behind the leaders" of the side in second, "a lead of two points"), unless the body gives the headline's lead
    anywhere; a lead of another time ("were two clear before kick-off", "at half-time") is not compared."""
    head = tokenize(headline)
    head_amounts, _ = read_quantities(head, headline, annotation.quantity_knowledge, {})
    leads = [a for a in head_amounts if _lead(head, a, False)]
    if len(leads) != 1:
        return []
    a = leads[0]
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY and len(ab.tokens) >= 6]
    found, same = [], False
    for i, ab in enumerate(body):
        for b in ab.amounts:
            sentence = _sentence_of(ab.tokens, b.first)
            second = any(t.lower == "second" for t in sentence)
            if ab.tokens[b.first].quoted or not _lead(ab.tokens, b, second):
                continue
            if b.value == a.value:
                same = True
            elif i < _OPENING + 1 and not _OTHER_EVENT_RE.search(_sentence_to(ab, b)) and not _EARLIER_STATE_RE.search(ab.text[sentence[0].start : sentence[-1].end]):
                found.append((ab, b))
    if same or len({b.value for _, b in found}) != 1:
        return []
    ab, b = found[0]
    return [_against_headline(ab.block, b.start, b.end, f"The body gives the lead as \u201c{b.text}\u201d, but the headline says \u201c{a.text}\u201d.", headline, headline_span, a)]


_PUBLISHED_BEFORE_RE = re.compile(r"\b(?:published|released|issued|announced|out)\s+(?:by\s+[^,;]{1,40}?\s+)?\Z", re.I)
_LAST_JOINED_RE = re.compile(r"\s+and\s+|;\s*")  # the clause a change is stated in, after the last "and" before it
_STATED_SLACK = 0.55  # a headline's whole percentage for the body's to one decimal place


def _stated_slack(a, b) -> float:
    """How far two percentages written out may be apart and be one, by the places each is written to: a whole "12%"
    for "12.4%", but "1.6%" is no "1.4%"."""
    return min(_STATED_SLACK, half_step(a) + half_step(b) + 1e-6)
_CHANGE_SLACK = 1.0  # points a headline may round a change by ("up 14%" for 13.2 per cent)


def _change_bounds(old, new) -> tuple[float, float]:
    """The least and largest size, in per cent, of the change between two levels as written, each off by half its last digit
    ("20 million" is 19.5 to 20.5 million: a headline says what the copy says, not what its zeros might hide)."""
    half_old, half_new = (x.value / int(x.digits) / 2 if x.digits.isdigit() and int(x.digits) else 0.0 for x in (old, new))
    sizes = [abs(n - o) / o * 100 for o in (old.value - half_old, old.value + half_old) for n in (new.value - half_new, new.value + half_new) if o > 0]
    return min(sizes), max(sizes)


def _objects_of(head, verb_at: int, figure_at: int, opening) -> set[str]:
    """The words the body's opening names the headline's changed thing by besides the headline's own: what the headline's
    verb acts on there ("to cut irrigation water 18%" … "voted to cut agricultural deliveries" -> agricultural, delivery)."""
    verb = head[verb_at]
    if not any(_content_word(t) for t in head[verb_at + 1 : figure_at]):
        return set()  # "profit rises 12%": the thing is the verb's subject
    named: set[str] = set()
    for ab in opening:
        tokens = ab.tokens
        for k, t in enumerate(tokens):
            if t.is_word and _stem(t.text) == _stem(verb.text) and not t.quoted:
                j = k + 1
                while j < len(tokens) and j - k <= 3 and _content_word(tokens[j]) and tokens[j].sentence == t.sentence:
                    named.add(singular(tokens[j].text))
                    j += 1
    return named


def _change_size_conflicts(headline: str, headline_span, annotation, keys: _Keys, source: str = "headline") -> list[Hit]:
    """A headline's change ("profit falls 14%", "volumes jump 14%", "cuts output target by 40%") against the size the body's opening
    gives the same change, in the first sentence naming what changed that gives one: a percentage stated with its direction ("fell
    24%") or the two levels it is between ("to 15 million carats from the 20 million": 25 per cent), allowing for rounding. Quiet when
    the body gives the headline's percentage anywhere, the sentence gives changes of several sizes or the other way (another measure,
    or direction-conflict's finding), or dates the change to another year or event."""
    head = tokenize(_as_body_writes(headline, annotation))
    head_amounts, _ = read_quantities(head, headline, annotation.quantity_knowledge, {})
    percents = [a for a in head_amounts if a.unit == "percent" and not a.in_range]
    if len(percents) != 1 or percents[0].approx:
        return []
    a = percents[0]
    change = _headline_change(head, a, keys)
    if change is None:
        return []
    up, wanted, _ = change
    wanted = keys.expand(wanted)
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY and len(ab.tokens) >= 6]
    if any(_agrees(a, b) for ab in body for b in ab.amounts if b.unit == "percent" and not _share_of_a_whole(ab, b)):
        return []  # the body gives the headline's figure: another measure may be the one the sentence gives
        # (not a share: "accounted for about 12% of total revenue" is no change of 12%)
    wanted |= _objects_of(head, change[2], a.first, body[: _OPENING + 1])
    for n, ab in enumerate(body[: _OPENING + 1]):  # (a profile may open the story before its figures)
        for index, s in sorted(sentences_of(ab).items()):
            if not any(singular(ab.tokens[i].text) in wanted for i in range(s.lo, s.hi) if ab.tokens[i].is_word):
                continue
            sizes = []  # (rise?, size, where, what)
            percents = [b for b in s.amounts if b.unit == "percent"]
            for b in percents:
                if not b.in_range and not b.approx and (way := _stated_change(s, b, keys)) is not None:
                    sizes.append((way, b.value, b, b.text, None))
            if len(sizes) < len(percents):
                return []  # "fell 24% at one arm and 9% at the other", a share beside the change: which is the headline's is a guess
            for old, new in level_pairs(s):
                if old.unit == "percent" or old.approx or new.approx or old.value <= 0:
                    continue
                sizes.append((new.value > old.value, abs(new.value - old.value) / old.value * 100, new, f"{old.text} to {new.text}", old))
            if not sizes:
                continue
            first = min(x[2].first for x in sizes)
            lead_in = ab.text[ab.tokens[s.lo].start : ab.tokens[first].start]
            clause = _LAST_JOINED_RE.split(lead_in)[-1]
            other = _OTHER_EVENT_RE.search(clause)
            if other and _PUBLISHED_BEFORE_RE.search(clause[: other.start()]):
                other = None  # "Figures published by Police Scotland last week show …": when the figures came out
            if other and not (other.group().lower().startswith("in ") and other.group()[-4:] in headline):
                return []  # "In 2023 profit fell 24%"; not "approved the draft presented earlier this month and raised charges by 8%"
                # (nor the year the headline names: "exports climb 14% in 2025" … "shipped … in 2025, up 10 percent")
            if len({x[0] for x in sizes}) != 1 or sizes[0][0] != up:
                return []
            report, block = sizes[0], ab.block
            after = sentences_of(ab).get(index + 1)
            if after is None and ab.tokens[-1].sentence == index and n + 1 < len(body):
                nxt = body[n + 1]
                after = sentences_of(nxt).get(nxt.tokens[0].sentence)  # the change stated in the next paragraph's opening
            if after is not None and all(x[4] is not None for x in sizes) and after.lower(after.lo) in ("that", "this") and after.lower(after.lo + 1) in THAT_IS:
                stated = [b for b in after.amounts if b.unit == "percent" and not b.in_range and not b.approx]
                if len(stated) == 1 and _stated_change(after, stated[0], keys) == up:
                    report = (up, stated[0].value, stated[0], stated[0].text, None)  # "That is an increase of 11%": the levels' change stated
                    sizes.append(report)
                    block = after.ab.block
            values = [x[1] for x in sizes]
            if max(values) - min(values) > max(1.0, 0.1 * max(values)):
                return []  # two changes of different sizes: which is the headline's is a guess
            for way, size, where, what, old in sizes:
                if old is not None:
                    lo, hi = _change_bounds(old, where)
                    if lo - _CHANGE_SLACK <= a.value <= hi + _CHANGE_SLACK:
                        return []
                elif abs(size - a.value) <= _stated_slack(a, where):
                    return []  # two percentages written out: only rounding ("12%" for 12.4%) tells them together ("6%" is no 7%)
            way, size, where, what, _ = report
            said = headline[head[change[2]].start : a.end]
            size_text = f"{size:.{0 if abs(size - round(size)) < 0.05 else 1}f}%"
            return [_against_headline(block, where.start, where.end,
                                      f"The body gives the {'rise' if up else 'fall'} as {size_text} (\u201c{what}\u201d), but the {source} says \u201c{said}\u201d.",
                                      headline, headline_span, a)]
    return []


def _as_body_writes(headline: str, annotation) -> str:
    """A headline in title case ("Third-Quarter Revenue Up 12%") with each word the body writes only in lower case
    lowered, as the body writes it ("revenue up"); names stay capitalised. Offsets are kept."""
    words = re.findall(r"[A-Za-z]+", headline)
    if sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return headline  # written as a sentence: its capitals mark names
    lower, upper = set(), set()  # (a capital opening a sentence says nothing: "Revenue rose 10%")
    for ab in annotation.prose:
        for k, t in enumerate(ab.tokens):
            if t.is_word:
                opening = k == 0 or ab.tokens[k - 1].sentence != t.sentence
                (lower if not t.text[:1].isupper() or opening and t.text[1:].islower() else upper).add(t.text.lower())
    return re.sub(r"[A-Z][a-z]+", lambda m: m.group().lower() if m.group().lower() in lower - upper else m.group(), headline)


def _noun_after(tokens, a) -> bool:
    """True when a word follows a figure: the noun it counts ("112 precincts"), not a figure named before it ("a margin of 78")."""
    return a.last + 1 < len(tokens) and tokens[a.last + 1].is_word and tokens[a.last + 1].sentence == tokens[a.last].sentence


# words before the count a change comes to: "leaving six names on the ballot", "bringing the total to 40"
_ARRIVING = frozenset("leaving leaves left bringing brings taking takes to now".split())


def _share_of_a_whole(ab, b) -> bool:
    """True for a percentage written as a share of something ("about 12% of total revenue"), not as a change."""
    return b.last + 1 < len(ab.tokens) and ab.tokens[b.last + 1].lower == "of"


_MARGIN_NOUNS = frozenset({"majority", "margin"})
_MARGIN_UNITS = frozenset({"vote", "votes"})
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _new_level_conflicts(headline: str, headline_span, annotation, keys: _Keys) -> list[Hit]:
    """A new level the headline gives a thing its verb changes ("Treasury lifts lithium royalty to 7pc") against the
    body's first change of that thing stated with both levels, in a sentence naming it ("the royalty on concentrates
    would rise from 5 percent to 6 percent"). Quiet when the body gives the headline's level, in that unit, anywhere."""
    head = tokenize(headline)
    head_amounts, _ = read_quantities(head, headline, annotation.quantity_knowledge, {})
    verbs = keys.rise | keys.fall | keys.raise_by | keys.cut_by
    body = [ab for ab in annotation.prose if ab.block.kind in _BODY]
    for a in head_amounts:
        if a.in_range or a.approx or a.first < 3 or head[a.first - 1].lower != "to" or a.unit is None and not _counted_rate(head, a):
            continue  # a count only as a rate ("cuts Lagos–Abuja flights to four a day"): a bare "to 40" may be anything
        things, k = set(), a.first - 2
        while k >= 0 and a.first - k <= 7 and (head[k].is_word or head[k].text in ("-", "\u2013")) and head[k].lower not in verbs:  # "Lagos–Abuja flights"
            if _content_word(head[k]):
                things.add(singular(head[k].text))
            k -= 1
        if k >= 0 and head[k].lower in verbs and not things and k == a.first - 2:
            # "Gympie flood grants lifted to $25,000": the thing before its verb, written as a participle
            m = k - 1
            while m >= 0 and k - m <= 4 and head[m].is_word and head[m].lower not in verbs:
                if _content_word(head[m]):
                    things.add(singular(head[m].text))
                m -= 1
        if k < 0 or head[k].lower not in verbs or not things:
            continue
        if any(b.unit == a.unit and _same_value(a, b) and (a.unit is not None or things & {singular(t.text) for t in _sentence_of(ab.tokens, b.first) if _content_word(t)})
               for ab in body for b in ab.amounts):
            continue  # (a count only where its sentence names the thing: "four of the airline's 11 aircraft" are no flights)
        for ab in body:
            tokens = ab.tokens
            found = None
            for b in ab.amounts:
                # (a change "from $15,000 to $20,000" reads as a range too: its "from" is looked for below)
                if b.unit != a.unit or b.first < 3 or tokens[b.first - 1].lower != "to" or tokens[b.first].quoted:
                    continue
                sentence = tokens[b.first].sentence
                # "from six a day to three": the rate may be written with the first level only
                start = next((f for f in ab.amounts if f.unit == a.unit and f.last < b.first and (b.first - f.last <= 3 or b.first - f.last <= 5 and _counted_rate(tokens, f))
                              and f.first > 0 and tokens[f.first - 1].lower == "from"), None)
                if start is None or not things & {singular(t.text) for t in tokens if t.sentence == sentence and _content_word(t)}:
                    continue
                found = b
                break
            if found is not None:
                return [_against_headline(ab.block, found.start, found.end, f"The body says \u201c{found.text}\u201d, but the headline says \u201c{a.text}\u201d.", headline, headline_span, a)]
    return []


_RATE_PERIODS = frozenset("day week month year night".split())


def _counted_rate(tokens, amount) -> bool:
    """True when a count is given per a time ("four a day", "six per week")."""
    after = [t.lower for t in tokens[amount.last + 1 : amount.last + 3]]
    return len(after) == 2 and after[0] in ("a", "an", "per", "each") and after[1] in _RATE_PERIODS


def _margin(tokens, amount) -> bool:
    """True when an amount is a margin of victory: "a majority of 241", "by a margin of 214 votes", "by 412 votes", "a 2,314-vote majority"
    (not "by 61 votes to 38", a tally)."""
    before = [t.lower for t in tokens[max(0, amount.first - 3) : amount.first]]
    after = tokens[amount.last + 1 : amount.last + 4]
    if len(before) >= 2 and before[-1] in ("of", "is", "was") and before[-2] in _MARGIN_NOUNS:
        return True  # "a majority of 241", "The majority is 2,184"
    if amount.compound in _MARGIN_UNITS and after and after[0].lower in _MARGIN_NOUNS:
        return True  # "with 2,314-vote majority", "a 412-vote margin"
    if not (before and before[-1] == "by" and after and after[0].lower in _MARGIN_UNITS):
        return False
    return not (len(after) >= 3 and after[1].lower == "to" and after[2].is_number)


def _sentence_of(tokens, i: int) -> list:
    """The tokens of the sentence holding token i, found by walking out from it: a long paragraph is not rescanned."""
    sentence = tokens[i].sentence
    first, last = i, i
    while first > 0 and tokens[first - 1].sentence == sentence:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].sentence == sentence:
        last += 1
    return tokens[first : last + 1]


def _other_time(tokens, amount) -> bool:
    """True when the sentence of an amount dates it to another year or contest ("In 2021, the DA's margin here was 1,194")."""
    return any(_YEAR_RE.fullmatch(t.text) or t.lower in _ANOTHER_CONTEST for t in _sentence_of(tokens, amount.first))


# words that put a figure in another contest: "the previous majority", "Labour are defending a majority of 14,312"
_ANOTHER_CONTEST = frozenset({"previous", "last", "earlier", "defending", "defend", "defends", "overturn", "overturned", "overturning"})


def _one_value_conflicts(headline: str, headline_span, annotation, is_kind, what: str, close: float = 0.0, besides=None, label: str = "headline") -> list[Hit]:
    """A headline figure of one kind (is_kind reads it from the tokens around it) against the one value of that kind
    the body gives, leaving out quotes and values of another year or contest ("In 2021 the margin was 1,194"), unless
    the value is the new level before an earlier one ("51.5 percent, down from the 60 percent … in 2024")."""
    head_tokens = tokenize(headline)
    head_amounts, _ = read_quantities(head_tokens, headline, annotation.quantity_knowledge, {})
    wanted = [a for a in head_amounts if not a.in_range and a.value > 1 and is_kind(head_tokens, a)]
    if not wanted:
        return []
    body = [(ab, b) for ab in annotation.prose if ab.block is not besides for b in ab.amounts
            if not ab.tokens[b.first].quoted and is_kind(ab.tokens, b) and (not _other_time(ab.tokens, b) or _before_earlier(ab.tokens, b))]
    values = {round(b.value, 6) for _, b in body}
    others = [o for m, block in annotation.headlines if m.value.strip() != headline.strip() for o in block.amounts if is_kind(block.tokens, o)]
    hits = []
    for a in wanted:
        if any(_agrees(a, b) or abs(a.value - b.value) < close for _, b in body):
            continue
        told = body if len(values) == 1 else _of_the_headlines_clause(headline, head_tokens, a, body)
        if len({round(b.value, 6) for _, b in told}) != 1:
            continue
        if any(not _agrees(o, a) for o in others):
            continue  # the headlines disagree on it among themselves: headline-conflict's finding
        ab, b = told[0]
        how = slip(a.digits, b.digits)
        hits.append(_against_headline(ab.block, b.start, b.end, f"The body gives {what} as \u201c{b.text}\u201d, but the {label} says \u201c{a.text}\u201d{'; ' + how if how else ''}.", headline, headline_span, a))
    return hits


def _of_the_headlines_clause(headline: str, head_tokens, a, body: list) -> list:
    """The body's values whose paragraph names someone or something the headline's clause holding the figure names, when
    the headline tells two stories ("Okafor wins Ward 2 seat by 212 votes; road millage renewed"): the margin of the
    paragraph naming Okafor, not the millage's."""
    start = max((m.end() for m in re.finditer(r"[;:|]", headline[: a.start])), default=0)
    end = min((m.start() for m in re.finditer(r"[;:|]", headline[a.end :])), default=len(headline) - a.end) + a.end
    if start == 0 and end == len(headline):
        return []  # one clause: the body's several values are several contests
    names = {t.lower for t in head_tokens if start <= t.start < end and t.capitalised and t.is_word and t.lower not in FUNCTION_WORDS and len(t.text) >= 3}
    return [(ab, b) for ab, b in body if names & {t.lower for t in ab.tokens if t.capitalised and t.is_word}]


# a run of results counted in games and how copy writes its length (the ordinal "fourth straight win" is
# _streak_conflicts'): "six-game winless run", "a run without a win to five matches", "unbeaten
# in seven games", "three defeats in a row"; the kinds are what the run is of
_N = r"(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)"
_GAMES = r"(?:games?|matches|match|fixtures?|outings?)"
_STREAKS = {
    "winless": (rf"\b{_N}-(?:game|match|fixture)\s+winless\s+(?:run|streak|sequence)", rf"\brun\s+without\s+a\s+win\s+(?:\w+\s+){{0,2}}?(?:to|of|at)\s+{_N}\s+{_GAMES}",
                rf"\b{_N}\s+{_GAMES}\s+without\s+a\s+win", rf"\bwinless\s+in\s+(?:their\s+|its\s+|his\s+|her\s+)?(?:last\s+)?{_N}\s+{_GAMES}",
                rf"\bwinless\s+(?:run|streak)\s+(?:\w+\s+){{0,2}}?(?:to|of)\s+{_N}"),
    "unbeaten": (rf"\b{_N}-(?:game|match|fixture)\s+unbeaten\s+(?:run|streak|sequence)", rf"\bunbeaten\s+in\s+(?:their\s+|its\s+|his\s+|her\s+)?(?:last\s+)?{_N}\s+{_GAMES}",
                 rf"\bunbeaten\s+(?:run|streak)\s+(?:\w+\s+){{0,2}}?(?:to|of)\s+{_N}", rf"\b{_N}\s+{_GAMES}\s+unbeaten"),
    "losing": (rf"\b{_N}-(?:game|match|fixture)\s+losing\s+(?:run|streak|sequence)", rf"\b{_N}\s+(?:straight\s+|consecutive\s+)?defeats\s+in\s+a\s+row",
               rf"\b{_N}\s+(?:straight|consecutive)\s+defeats"),
    "winning": (rf"\b{_N}-(?:game|match|fixture)\s+winning\s+(?:run|streak|sequence)", rf"\b{_N}\s+(?:straight\s+|consecutive\s+)?wins\s+in\s+a\s+row",
                rf"\b{_N}\s+(?:straight|consecutive)\s+wins"),
}


def _streaks(text: str, kind: str) -> list[tuple[int, int, float]]:
    """Each length the text gives a run of results of one kind, as (start, end, length)."""
    from ..language.numbers import parse_number

    out = []
    for pattern in _STREAKS[kind]:
        for m in re.finditer(pattern, text, re.I):
            n = parse_number(m.group("n"))
            if n is not None and n >= 2:
                out.append((m.start(), m.end(), n))
    return out


def _run_length_conflicts(headline: str, headline_span, annotation) -> list[Hit]:
    """A run of results the headline gives a length ("after six-game winless run") against the one length the body gives
    a run of that kind, outside quotes ("extended their run without a win to five matches"). Quiet when the body gives
    the headline's length, or two lengths (a run that grew), or none."""
    if not any(w in headline.lower() for w in ("run", "streak", "sequence")):
        return []
    for kind in _STREAKS:
        told = _streaks(headline, kind)
        if not told:
            continue
        start, end, length = told[0]
        body = [(ab, s) for ab in annotation.prose if ab.block.kind in _BODY for s in _streaks(ab.text, kind) if not ab.tokens or not _quoted_at(ab, s[0])]
        lengths = {s[2] for _, s in body}
        if len(lengths) != 1 or length in lengths:
            continue
        ab, (b_start, b_end, _) = body[0]
        said = headline[start:end]
        return [Hit(CHECK.id, ab.block.source_span(b_start, b_end), f"The body says \u201c{ab.text[b_start:b_end]}\u201d, but the headline says \u201c{said}\u201d.",
                    (_at_headline(headline, headline_span, start, end),))]
    return []


_TAKEN_UNITS = frozenset({"second-length", "minute-length", "hour-length", "day-length"})
_TAKEN_APPROX = frozenset("just under over about around nearly almost barely less more than".split())
_PARTICLES = frozenset("out up off".split())


def _time_taken(tokens, amount) -> str | None:
    """The particle of the phrasal verb a length of time after "in" says how long was taken over ("sold out in two hours",
    "snapped up in 40 minutes"), or None: "sell out in two hours" and "sold out … in just under four hours" share "out"."""
    if amount.unit not in _TAKEN_UNITS:
        return None
    k = amount.first - 1
    while k >= 0 and tokens[k].lower in _TAKEN_APPROX:
        k -= 1
    if k < 1 or tokens[k].lower != "in":
        return None
    particles = [t.lower for t in tokens[max(0, k - 3) : k] if t.sentence == tokens[k].sentence and t.lower in _PARTICLES]
    return particles[-1] if particles else None


def _time_taken_particle(headline: str, annotation) -> str | None:
    """The particle of the headline's length of time taken ("sell out in two hours": "out"), or None."""
    if " in " not in headline:
        return None
    tokens = tokenize(headline)
    amounts, _ = read_quantities(tokens, headline, annotation.quantity_knowledge, {})
    return next((p for p in (_time_taken(tokens, a) for a in amounts) if p), None)


def _vote_share(tokens, amount) -> bool:
    """True when a percentage is a share of the vote: "58 percent of the vote", "a vote share of 51.5%", "share of the valid vote … 51.5 percent"."""
    if amount.unit != "percent":
        return False
    after = [t.lower for t in tokens[amount.last + 1 : amount.last + 5]]
    if after[:1] == ["of"] and any(w in ("vote", "votes", "poll") for w in after[1:]):
        return True
    words = [t.lower for t in _sentence_of(tokens, amount.first)]
    return "share" in words and any(w in ("vote", "votes") for w in words)


_FAVOUR_WORDS = frozenset("support backing approval favour favor backed approved endorsed".split())
_FAVOUR_PAIRS = (("voted", "for"), ("vote", "for"), ("voting", "for"))
_AGAINST_WORDS = frozenset("against rejected opposed oppose opposition rejection".split())


def _support_share(tokens, amount) -> bool:
    """True when a percentage is the share in favour of what a vote decided: "ratify contract with 78% support", "58.4
    per cent of members who cast ballots voted in favour" (not "91 per cent rejected", nor a share of something else
    said before the favour word: "a 12 per cent rise that unions backed")."""
    if amount.unit != "percent":
        return False
    after = [t.lower for t in tokens[amount.last + 1 : amount.last + 12] if t.sentence == tokens[amount.first].sentence]
    upto = after[: next((k for k, w in enumerate(after) if w in (",", ";", "and", "but", "while")), len(after))]
    favour = bool(_FAVOUR_WORDS & set(upto)) or any(pair == tuple(upto[k : k + 2]) for k in range(len(upto)) for pair in _FAVOUR_PAIRS)
    return favour and not _AGAINST_WORDS & set(upto) and not any(w in ("rise", "increase", "cut", "fall", "pay", "wage", "wages") for w in upto)


def _before_earlier(tokens, amount) -> bool:
    """True when an amount is the new level before an earlier one in its sentence ("51.5 percent, down from the 60 percent
    … won at the 2024 general election"): the year dates the earlier level, not this one."""
    after = [t.lower for t in tokens[amount.last + 1 : amount.last + 5] if t.is_word]
    return after[:2] in (["down", "from"], ["up", "from"]) or after[:2] == ["compared", "with"]


def _possessor(tokens, first: int) -> str | None:
    """Return who owns a headline figure written after a possessive ("Kowalczyk's six-wicket haul" -> kowalczyk)."""
    if first == 0:
        return None
    word = tokens[first - 1].lower
    return word[:-2] if word.endswith(("'s", "\u2019s")) else None


def _names(block, amount, thing: str, canonical: dict[str, str] | None = None) -> bool:
    """True when the sentence holding an amount names thing ("1,412 votes to 1,334, a majority of 78" names votes), in
    any of its words ("mills" names the factories) when `canonical` maps them."""
    canonical = canonical or {}
    return any(t.kind == "word" and canonical.get(singular(t.text), singular(t.text)) == thing for t in _sentence_of(block.tokens, amount.first))


def _may_count(block, amount, things: dict[int, str]) -> bool:
    """True when a body amount may be a count: any fact (a toll "rose to 14" may be the 14 killed) or bare number, but not a position ("batting at six", "at 7")."""
    if id(amount) in things:
        return True
    tokens = block.tokens
    before = tokens[amount.first - 1].lower if amount.first > 0 else ""
    after = tokens[amount.last + 1] if amount.last + 1 < len(tokens) else None
    return not (before == "at" and (after is None or not after.is_word))


def _gap_of_two(annotation, a) -> bool:
    """True when two figures of one sentence of the body, outside quotes, are the headline figure apart."""
    return any(two_apart_by([b for b in amounts if not ab.tokens[b.first].quoted], a)
               for ab in annotation.prose for amounts, _ in ab.by_sentence.values())


# the time a story's own figures are of ("1,420 patients spent more than 12 hours in A&E last month"), not another time
_RECENT = frozenset({"last month", "last week"})


def _swapped_in_opening(a, annotation, head_tokens):
    """The first figure of the body's opening paragraphs, outside quotes, whose digits are the headline figure's with two
    swapped, in its unit (block, amount); None when there is none."""
    opening = [ab for ab in annotation.prose if ab.block.kind in _BODY][:_OPENING]
    # of one size ("2.1 bln" is no swap of "Feb. 12"), a count of three digits or more ("by 164 votes" … "146")
    return next(((ab, b) for ab in opening for b in ab.amounts
                 if b.unit == a.unit and not ab.tokens[b.first].quoted and b.value and 0.1 <= a.value / b.value <= 10 and places_kept(a, b)
                 and (a.unit is not None or len(a.digits) >= 3) and slip(a.digits, b.digits) == "digits transposed" and _by_as(head_tokens, a, ab.tokens, b)
                 and not any(not t.isdigit() and t not in _RECENT for t in ab.times_of(b))), None)  # "First-half profit had been Sh1.3 billion": another time's


def _swap_hit(swap, a, headline: str, headline_span) -> Hit:
    """The hit at the body's figure whose digits are the headline figure's with two swapped."""
    ab, o = swap
    return _against_headline(ab.block, o.start, o.end, f"The body says \u201c{o.text}\u201d, but the headline says \u201c{a.text}\u201d; digits transposed.", headline, headline_span, a)


def _more(tokens, a) -> bool:
    """True for a figure an addition counts ("60 more neighbourhood officers")."""
    return a.last + 1 < len(tokens) and tokens[a.last + 1].lower in ("more", "additional", "extra") and not a.approx and not a.in_range


def _more_than_the_body(a, h, facts, headline: str, headline_span) -> list[Hit]:
    """A headline's addition ("to pay for 60 more neighbourhood officers") against the one addition of the same thing the
    body gives ("will put 40 more neighbourhood officers on the county's streets")."""
    told = [loc for loc in facts if loc.fact.unit == h.unit and loc.fact.thing == h.thing and _more(loc.block.tokens, loc.fact.amount)]
    if len({round(loc.fact.amount.value, 6) for loc in told}) != 1 or any(_agrees(a, loc.fact.amount) for loc in told):
        return []
    loc = told[0]
    b = loc.fact.amount
    return [_against_headline(loc.block.block, b.start, b.end, f"The body says \u201c{b.text} more\u201d ({h.thing}), but the headline says \u201c{a.text} more\u201d.", headline, headline_span, a)]


def _increment(loc) -> bool:
    """True when a body fact's figure adds to others (see _broken_down)."""
    return _broken_down(loc.block, loc.fact.amount)


def _broken_down(ab, a) -> bool:
    """True when a body figure adds to others ("a further 160 homes", "the remaining 120"), or another figure of its unit in
    its sentence does with the noun left out ("Four parks … first, with the remaining eight following in 2027"): the
    body breaks a total down."""
    tokens = ab.tokens
    # ("Of the 138 homes at Kilbrannan, 24 … and a further 30": a whole the sentence divides, not a part of another)
    divided = a.first >= 2 and tokens[a.first - 2].lower == "of"
    return any(b.first > 0 and tokens[b.first - 1].lower in ADDED_BEFORE and tokens[b.first].sentence == tokens[a.first].sentence
               for b in ab.amounts if b is a or b.unit == a.unit and b.first > a.last and not divided)


def _after(tokens, a) -> bool:
    """True when "after" comes just before a figure, past words of approximation ("after nearly eight years")."""
    k = a.first - 1
    while k >= 0 and tokens[k].lower in ("nearly", "almost", "about", "around", "some", "just", "over", "more", "than", "roughly"):
        k -= 1
    return k >= 0 and tokens[k].lower == "after"


def _time_after(a, body, annotation, headline: str, headline_span, head_tokens) -> list[Hit]:
    """The time the headline says something came "after" ("resigns after six years as president") against the one time
    the body says it came after ("will leave office after nearly eight years"): the body's one "after" of that unit, no
    other mention of the headline's own time anywhere in it."""
    if any(b.unit == a.unit and _agrees(a, b) for _, b in body):
        return []
    afters = [(ab, b) for ab, b in body if b.unit == a.unit and not (b.compound or b.in_range) and _after(ab.tokens, b)]
    if len({round(b.value, 6) for _, b in afters}) != 1:
        return []
    ab, b = afters[0]
    if b.approx and abs(b.value - a.value) <= max(1.0, 0.08 * b.value):
        return []  # "after nearly eight years" may be the headline's "after seven years"
    if _another_persons(ab.tokens, b, {t.lower for t in head_tokens if t.capitalised and t.is_word}):
        return []  # "succeeding Mr Rajan Menon, who is stepping down after nine years": another person's time, not the headline's
    k = b.first - 1
    while ab.tokens[k].lower != "after":
        k -= 1
    written = ab.block.text[ab.tokens[k].start : b.end]
    return [_against_headline(ab.block, b.start, b.end, f"The body says \u201c{written}\u201d, but the headline says \u201cafter {a.text}\u201d.", headline, headline_span, a)]


def _another_persons(tokens, b, head_names: set[str]) -> bool:
    """True when a person's name (two capitalised words, past the sentence's first) stands in the few words before a figure
    and the figure's sentence names no one the headline does: the figure is that other person's."""
    sentence = tokens[b.first].sentence
    first = next(k for k in range(b.first, -1, -1) if k == 0 or tokens[k - 1].sentence != sentence)
    if any(t.sentence == sentence and t.capitalised and t.lower.removesuffix("'s").removesuffix("\u2019s") in head_names for t in tokens[first:]):
        return False
    return any(tokens[k].capitalised and tokens[k].is_word and tokens[k + 1].capitalised and tokens[k + 1].is_word
               for k in range(max(first + 1, b.first - 12), b.first - 1))


def _agrees(h, b) -> bool:
    """True when a body amount is the headline's figure, allowing the headline's own approximation ("almost 2,000" for 1,960).
    A headline rounds the body's figure, not the other way: a round body figure ("the N500bn minimum") is not the
    headline's "N468bn", unless the body says it is approximate."""
    if agree(h.value, b.value, h.digits, b.digits):
        return b.approx or h.value == b.value or significant_digits(h.digits, h.value) <= significant_digits(b.digits, b.value)
    return h.approx and abs(h.value - b.value) <= 0.1 * h.value


def _figure_conflicts(headline: str, headline_span, readings, casualties: _Casualties) -> list[Hit]:
    hits = []
    wanted = [(h, kind) for h in find_figures(headline) if _counts(h) and (kind := casualties.kind(h, headline))]
    if not wanted:
        return []
    body = [r.block for r in readings]
    body_figures = [(r.block, f) for r in readings for f in r.figures if _counts(f) and not r.quoted(f.start) and not _modifier(r.text, f)]
    # the opening paragraphs tell the headline's story; later ones bring in other events
    opening = {id(b) for b in body[:_OPENING]}
    for h, kind in wanted:
        low, high = _interval(h)
        if any(f.value == h.value for _, f in body_figures):
            continue  # the body gives the headline's number somewhere: no contradiction
        clashes = []
        agrees = False
        for block, f in body_figures:
            # a bare number ("one was pronounced dead") or a part ("two of the dead") is often a share of the toll
            if casualties.kind(f, block.text) != kind or f.noun not in {"person", h.noun} - {None} or _part_of_total(block.text, f):
                continue
            if id(block) not in opening or _OTHER_EVENT_RE.search(_sentence(block, f.start)):
                continue
            b_low, b_high = _interval(f)
            if b_low <= high and low <= b_high:
                agrees = True
                break
            clashes.append((block, f))
        if agrees or not clashes:
            continue
        block, f = clashes[0]
        hits.append(
            Hit(
                CHECK.id,
                block.source_span(f.start, f.end),
                f"The body says \u201c{f.text}\u201d {kind}, but the headline says \u201c{h.text}\u201d.",
                (_at_headline(headline, headline_span, h.start, h.end),),
            )
        )
    return hits


def _event_words(text: str, start: int, end: int, before: int = 30, after: int = 0, periods=None) -> set[str]:
    """The words just before a day that say what happens on it; with the periods knowledge, also the kind of period a
    verb there tells ("would walk out from Monday" is a strike: rules/periods.yaml verbs)."""
    window = text[max(0, start - before) : end + after]
    words = {w.rstrip("s") for w in _EVENT_WORD_RE.findall(window.lower()) if w not in _NOT_EVENT_WORDS}
    if periods is not None:
        from ..language.periods import verb_kind

        words |= {verb_kind(periods, m) for m in periods.verb_re.finditer(window)}
    return words


def _day_conflicts(headline: str, headline_span, readings, doc: Document, context: Context) -> list[Hit]:
    hits = []
    reference = doc.published
    # "Judge to rule next Monday" names one day as plainly as "on Monday"; "every Monday" and "last Monday's" do not
    head_weekdays = [w for w in find_weekdays(headline) if not ((w.qualifier and w.qualifier != "next") or w.part_of_date)]
    head_dates = [d for d in find_dates(headline, reference=reference, day_first=context.day_first) if d.day is not None and d.month is not None]
    if not head_weekdays and not head_dates:
        return []
    from ..language.periods import periods_of

    periods = periods_of(context.knowledge)
    for other in doc.candidates(MetaField.HEADLINE):
        other_days = {w.weekday for w in find_weekdays(other.value)}
        if other_days and other_days != {w.weekday for w in find_weekdays(headline)}:
            return []  # the headlines disagree on the day among themselves: headline-conflict reports that
    body_weekdays = [(r.block, w) for r in readings for w in r.weekdays if not r.quoted(w.start)]
    body_dates = [(r.block, d) for r in readings for d in r.dates if not r.quoted(d.start)]
    mentioned_days = {w.weekday for _, w in body_weekdays} | {d.weekday for _, d in body_dates if d.weekday is not None}
    mentioned_dates = {(d.month, d.day) for _, d in body_dates}
    opening = {id(r.block) for r in readings[:_OPENING]}
    # "Nurse's Saturday supper club wins award" … "Most Saturdays, she …": the body says the headline's day recurs, so it
    # names what happens on that day each week, not the day of the story
    # names what happens on that day each week, not the day of the story ("final show on Saturday" dates it all the same)
    recurring = {w.weekday for r in readings for w in r.weekdays if w.qualifier == "every" and not r.quoted(w.start)}
    for hw in head_weekdays:
        if hw.weekday in recurring and not _DAY_PREPOSITION.search(headline, max(0, hw.start - 8), hw.start):
            continue
        event = _event_words(headline, hw.start, hw.end, periods=periods)
        if any(w.weekday == hw.weekday and event & _event_words(block.text, w.start, w.end, periods=periods) for block, w in body_weekdays):
            continue  # the body puts the headline's event on the headline's day too
        # "next Monday", "Judge to rule on Monday", "will vote on Monday": a day ahead
        ahead = hw.qualifier == "next" or governing_verb(headline, hw.start, hw.end)[0] is Tense.FUTURE or bool(_TO_VERB_BEFORE.search(headline, max(0, hw.start - 120), hw.start))
        lo, hi = _clause_of(headline, hw.start, hw.end)
        story = _story_words(headline[lo : hw.start] + " " + headline[hw.end : hi])
        if any(w.weekday == hw.weekday and not w.qualifier and not w.part_of_date and id(block) in opening and len(story & _story_words(_sentence(block, w.start))) >= 2
               and not (ahead and governing_verb(block.text, w.start, w.end)[0] is Tense.PAST) for block, w in body_weekdays):
            continue  # "face more than two weeks of replacement buses from Friday night": the opening tells the headline's story
            # on its day; a later stage on another day ("From Monday 18 …, buses will cover only the outer section") is another
        for block, w in body_weekdays:
            # a weekday written with its date ("on Thursday 12 February") names the day as plainly as a bare one
            if w.qualifier or w.weekday == hw.weekday:
                continue
            if ahead and governing_verb(block.text, w.start, w.end)[0] is Tense.PAST:
                continue  # "Judge to rule next Monday" … "reserved judgment on Thursday": what was done, not what is to come
            if (w.weekday + 1) % 7 == hw.weekday and _MIDNIGHT_BEFORE_RE.search(block.text, max(0, w.start - 20), w.start):
                continue  # "from midnight on Tuesday" is the start of Wednesday
            if _FORMER_PLAN_RE.search(block.text, max(0, w.start - 120), w.start):
                continue  # "had planned to bring in Level 2 restrictions on Wednesday 28 January, but brought the start forward"
            told = event & _event_words(block.text, w.start, w.end, before=50, periods=periods)
            if hw.weekday in mentioned_days and id(block) not in opening and len(told) < 2:
                continue  # the body names the headline's day for something else: only its opening tells the headline's story
                # (unless the headline's event is named in full beside the other day: "closing submissions set for
                # Thursday" … "Closing submissions will be heard on Friday 20 March")
            if told:
                hits.append(_day_hit(block, w.start, w.end, w.text, hw.text, headline, headline_span(hw.start, hw.end), hw.weekday in mentioned_days))
                break
        else:
            hits += _story_day(headline, headline_span, hw, body_weekdays, readings, ahead)
    for hd in head_dates:
        if (hd.month, hd.day) in mentioned_dates:
            continue
        if reference is not None and (hd.year, hd.month, hd.day) == (reference.year, reference.month, reference.day):
            continue  # "Live: Ashcombe Magistrates' Court – Wednesday 14 January 2026": the day of the coverage, not of an event in it
        event = _event_words(headline, hd.start, hd.end)
        for block, d in body_dates:
            if d.day is None or (d.month != hd.month and d.day != hd.day):
                continue  # another day of the month, or the same day of another month ("June 1" … "July 1")
            if event & _event_words(block.text, d.start, d.end):
                hits.append(_day_hit(block, d.start, d.end, d.text, hd.text, headline, headline_span(hd.start, hd.end)))
                break
    return hits


# a plan since changed, told before its day: "had planned to …", "was originally due to …"
_FORMER_PLAN_RE = re.compile(r"\b(?:had\s+(?:planned|intended|been\s+(?:due|set|scheduled|expected|planned))|(?:originally|initially)\s+(?:due|set|scheduled|planned|expected))\b[^.;:!?]*\Z", re.I)
_DAY_PREPOSITION = re.compile(r"\b(?:on|by|from|until|till|this|next|last)\s+\Z", re.I)
_TO_VERB_BEFORE = re.compile(r"\bto\s+[a-z]+\b[^,;:]*\Z")  # a headline's future: "Judge to rule next Monday"
_SAID_ON_RE = re.compile(r"\b(?:said|says|told)\s+(?:on\s+)?\Z")  # "Ms Brandt said on Sunday": the day of the telling


def _story_words(text: str) -> set[str]:
    """The words that tell a story apart, lower-cased and stemmed: "Giant hail and damaging winds forecast" -> giant, hail, damaging, wind, forecast."""
    return {w.rstrip("s") for w in _EVENT_WORD_RE.findall(text.lower()) if w not in _NOT_EVENT_WORDS and w not in FUNCTION_WORDS}


# what joins two clauses of a headline: "Strike spreads to Eastern Cape as talks set for Friday"
_HEADLINE_CLAUSE_BREAK = re.compile(r"[;:,]\s+|\s+(?:as|after|while|but|and\s+then|before|amid)\s+", re.I)


def _clause_of(headline: str, start: int, end: int) -> tuple[int, int]:
    """The span of the headline's clause that holds [start, end): a day in it is that clause's, not the other's."""
    lo, hi = 0, len(headline)
    for m in _HEADLINE_CLAUSE_BREAK.finditer(headline):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


_DATELINE_BEFORE_RE = re.compile(r"\A\s*[A-Z][A-Z .'\u2019-]{1,40},\s*\Z")


def _story_day(headline: str, headline_span, hw, body_weekdays, readings, ahead: bool = False) -> list[Hit]:
    """The headline's day against the day the opening puts the headline's story on: a sentence sharing two of the words of
    the headline's clause that holds the day ("Giant hail and damaging winds forecast … on Tuesday" … "warning of giant
    hail, destructive winds … from Wednesday afternoon"; only "talks set" of "Strike spreads as talks set for Friday"),
    when no sentence sharing two of them names the headline's day."""
    lo, hi = _clause_of(headline, hw.start, hw.end)
    story = _story_words(headline[lo : hw.start] + " " + headline[hw.end : hi])
    opening = {id(r.block) for r in readings[:_OPENING]}
    other = None
    for block, w in body_weekdays:
        if w.qualifier or w.possessive or _FORMER_PLAN_RE.search(block.text, max(0, w.start - 120), w.start):
            continue  # (a plan since changed dates nothing: "had planned to bring in … on Wednesday 28 January")
        if _DATELINE_BEFORE_RE.match(block.text[: w.start]):
            continue  # "ABERDEEN, Monday 8 June 2026 –": the day of the report, not of its story
        sentence = _sentence(block, w.start)
        if len(story & _story_words(sentence)) < 2:
            continue
        if w.weekday == hw.weekday:
            return []  # the body puts the headline's story on the headline's day
        if other is None and id(block) in opening and not _SAID_ON_RE.search(block.text[max(0, w.start - 14) : w.start]) \
                and not (ahead and governing_verb(block.text, w.start, w.end)[0] is Tense.PAST):
            other = (block, w)  # a day ahead in the headline is compared with the body's days ahead
    if other is None:
        return []
    block, w = other
    return [_day_hit(block, w.start, w.end, w.text, hw.text, headline, headline_span(hw.start, hw.end), hw.weekday in {x.weekday for _, x in body_weekdays})]


def _day_hit(block: Block, start: int, end: int, said: str, headline_said: str, headline: str, related: Span, named_elsewhere: bool = False) -> Hit:
    rest = "names that day only for something else" if named_elsewhere else "never mentions that day"
    return Hit(
        CHECK.id,
        block.source_span(start, end),
        f"The body puts this on \u201c{said}\u201d, but the headline says \u201c{headline_said}\u201d and the body {rest}.",
        (RelatedHit(related, f"headline: \u201c{headline.strip()}\u201d"),),
    )


register(run, CHECK)
