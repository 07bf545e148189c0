"""One event given two dates ("the vote on 12 May" … "the 14 May vote"), in any styles.

Dates are read in every style ("9 October", "October 16", "Sept. 9"), and a bare
weekday is the day it names in a piece of that publication date, by the tense that
governs it ("met on Thursday evening" in a Friday piece is the day before; "will
meet on Thursday" the coming one). Events are also read from their verbs, when
nothing but a prepositional phrase or a number stands between the verb and the
date: "died at home on Sunday" is a death, "voted 2,914 to 388 on Nov. 4" a vote,
"the executive met on 10 March" a meeting ("met union leaders on Monday" is not). A verb dates
the event its noun names: "the appeal will be heard on 9 October" and "scheduled to hear the
application Feb. 17" and "heard the case on Monday 9 March" are hearings ("the court heard on Monday" and "will hear evidence" are not),
and so are "will be heard by the Fair Work Commission in Sydney on" (a named agent between) and "The matter has been
listed for Friday 12 February" (a case, a matter or an application listed; "Sentencing has been listed for" is not),
"married" a wedding, "listed on the Main Board on" and "debuted on" a listing ("will next be listed in
the week of" is a court's list), "ceased trading on" a closure, "will be thrown open on" or "was formally (officially) opened on" an opening,
"resigned", "crashed", "exploded", "erupted", "derailed", "reopened", "premiered" and "made landfall"
their nouns, "opened to traffic" or "opened its doors" an opening (a place opened for use), a craft's
"the satellite was launched on" a launch ("the campaign was launched" is not), and in the passive only "was signed", "was stabbed", "was demolished", "was handed
over", "was auctioned" ("he signed the deal on Monday" dates no signing; "was launched" and "was
debated" are left out, since an article launches and debates many things); "submissions will be
heard on Friday" is a part of a hearing, not its date; a
date after another preposition ("made landfall on the coast from Tuesday night") is not the verb's; a short aside
may stand between the verb and its date ("died, aged 84, on 1 March"); a date fronted before its clause dates
the verb after it when that verb takes no object ("On 2 March the council met to set the budget", "On Thursday,
MPs voted 310 to 290"; "On 2 March the minister met union leaders" is no meeting); a
plan the article goes on to change ("was first due to be heard on 16 December") and "a second is
due to be heard" date no rival.
Two people's deaths ("Smith died …", "Jones died …") and an explicit year apart
("sentenced on 22 March 2024" and "sentenced on Thursday") are two events, unless their days lie
within two months ("died on 29 December", last year by the publication date, and "died 2 January
2026" is one death dated twice); an
unqualified "the vote" is the article's one qualified "strike authorization vote".

An event is a noun from the `events` list (vote, ballot, election, summit, …), or a noun the article itself
uses as one: written after a date ("the Dec. 15 oath-taking", "the March 13 dialogue") and held on a day elsewhere
("The oath-taking of the new engineers will be held on Dec. 12", "a dialogue at its office in Quezon City on
Friday (March 6)", "the agreement, reached on Monday 14 July": reached, signed, sealed or struck on a day; "the 38-page ruling, which she signed and issued on February 19": what a pronoun did to it on a day; "would hold a
stakeholders' forum for operators in Abuja on 23 June": its host's verb), since a date before a noun alone names a memo or a figure as often as an event. Each is
tied to a date in one of two ways: the date before it ("the 14 May vote",
"the 4 March strike ballot", "its March 17 meeting", "the Tuesday, Nov. 25, hearing"; "the 12 March final session" is no final) or a date it was held on ("the vote on 12 May",
"a ballot that closed on 2 March", "the election of 4 July", "a meeting of the full Commission on Monday, March 2" (the
named body that holds it), "at the hearing last Thursday", "the earthquake struck on Monday", "A public hearing into the plans will take place on
9 December" (what the event is about may stand between its noun and a verb, never before a bare "on": in "the inquiry
into the fire on 3 March" the date is the fire's), an aside opened by a comma, a dash or a
bracket ("The hearing, which took place on 2 March", "The vote \u2014 held on 2 March \u2014", "The meeting (on 2
March)", "the vote, taken on"), "the inquest has
been listed for 21 July", "the inspectorate has listed the hearing for 17
November", "set sentencing for Sept. 15", and a bare noun opening its sentence, "Sentencing is set for Sept. 15"). Two mentions are the same event only when they share
the head noun and the words qualifying it ("strike ballot" is not "leadership
ballot"; "by-election" is not "election"; "full" and "public" tell nothing apart). To keep two real events apart, a
noun is not compared at all when the article shows more than one of it: a
plural ("the votes"; not a crosshead's, "Services", which names a section), a counting or ordering word ("second", "another", "next",
"previous", "last", "final", "new", "each", "both"), a recurring one ("daily", "weekly", "regular", "ordinary", "a
briefing every week"), two different years, or
three or more dates; a sentence whose years all lie before publication ("In 2023 … after a first
hearing in March and a second in June") counts that year's events, not this one's rivals.
A relative day's own event ("before yesterday's ruling") is dated by the publication date, and is that event misdated
only against a date within two weeks of it ("Delivering the ruling on Tuesday, March 3" in a Thursday 5 March piece;
not "the board's meeting on Thursday 20 May" beside "yesterday's meeting").
A weekday's own event ("will attend Friday's mediation") is dated by that weekday and the tense; two events named by
different weekdays ("Monday's sentencing hearing", "Wednesday's hearing") are two, and one so named is never the
event the article qualifies otherwise.
Also read: US copy with no preposition ("at a public hearing Sept. 9"), an event
held somewhere ("The final, against Ossett, will be played at the Shay in Halifax
on Saturday 30 May") or at a time of day ("A funeral Mass will be celebrated at 10 a.m. Saturday,
Sept. 20"; "the March 7 mass shooting" is a shooting), "sentenced to 15 years' imprisonment on Thursday" and
"Handing down sentence on 7 October" (the sentencing), "adjourned till April 14" or "listed the matter for further hearing on April 22" (the next
hearing; so is "When the case next comes up, on April 29"; so is the one day a trial "resumes on" ahead; an event one mention tells as held before publication and
another as ahead after it, "at its April 24 meeting" … "will vote at its May 20 meeting", is two, unless the later one's
own participle tells it as done: "The decision taken at the October 21 meeting"), and "Sentencing was adjourned until 1 April" or "pending sentence, which she adjourned to
July 14th" or a Scottish court's "deferred sentence until March 19" (the sentencing, and its sentencing hearing, when the
article adjourns one sentencing: a court list adjourns several). "The next hearing on 18 March" is the one hearing ahead of publication: an unqualified "the March 25
hearing", also ahead, is the same one, even when the article has told earlier
hearings apart ("the first hearing", "the appeal hearing"); "its first county final
since 2006" is a record, not a second final.
An owner's possessive is the event's subject ("the park's inauguration on January 17" is the
park's, as "the park, which was inaugurated on January 24"), and so is the body a pronoun's stands for, the last
organisation its sentence names ("the community council would discuss the scheme at its meeting" and "go before the
council's planning committee at its meeting" are two bodies' meetings); an acronym after a date ("At
the September 29 EGM") is the one event whose words it abbreviates ("called an
extraordinary general meeting for 10am on 22 September"); a name as the qualifier ("the
Tahlequah hearing on October 14") is the one event of that noun held there ("a public hearing
Oct. 7 in Tahlequah"), and does not stand for every unqualified one; plurals in general
("to hold future general meetings") show no second event.
A fact box's label opening a line ("Born: 14.4.1938, Guangzhou", "Died: 1 August 2026", "Married:")
dates that event, in a paragraph or in an aside beside the article (the aside is read for nothing else).
A date changed in the words around a mention ("the March 12 hearing was postponed", "will now be heard
on 19 March", "was called off", "originally") keeps both dates true: that event is not compared.
Dates that are one end of a range ("20 and 21 March") and dates of a phase rather
than the event ("opened on", "began on") are left out, but the first day of one event written with its noun
and a verb of starting ("set an evidentiary hearing to begin Oct. 20" … "When the evidentiary hearing opens Oct. 27")
is compared with its other first days, when neither is quoted, counted ("the first hearing") or moved. Inside quotes only "the
September 16 public hearing" counts, and only against the reporter's own mention
that names the event in the same words ("a public hearing Sept. 9"): a speaker's
looser "the 14 May vote" and a speaker's weekday stay quiet.
Which verb reports which event, and the event nouns besides the `events` setting, are data
(rules/events.yaml): "were arraigned on 9 October" and "his arraignment on October 16" are one
arraignment; "Kildare County Council granted permission to Greenmount Residential Ltd on 14 October" (a
named recipient may stand before the date) and "permission was granted on" are the council's decision, and
"the council's decision of 4 October" names it ("bail was granted on" is no decision). Mentions are linked
into events by reading/events.py: a mention that counts ("a second arraignment") is its own event; two named
participants ("Smith died on 3 May", "Jones died on 5 May"; "the council's decision", "the appeal board's
decision") are two events, and a mention naming none is the one named participant's, or neither's when two are named,
and no one's the article names only after it ("set sentencing for Feb. 11" before "Teague pleaded guilty"). A
sentence opened by "He" or "She" is about the person the sentences before it in its paragraph open with, or the one
person its paragraph names before it; one opened by a name before its verb ("Linda Pruitt is scheduled to be
sentenced") about that person, by full name when two people share the surname. One weekday written twice without
its date ("voted 4-1 Tuesday" … "with Tuesday's vote") is one day, however the tense of each clause reads it.
One event of a life dated by its year is compared by year: "They married in 1967" and "At their wedding in
Dundee in June 1969"; "She was elected a fellow of the Royal Society in 1989" and "her election to the Royal
Society in 1987" (an election only to a body named the same way). A named subject must be the same ("Their
daughter married in 1995" is another wedding), and a life with several ("remarried", "divorced", "re-elected",
"her second marriage", "elections") is left alone.
A date with the event it was the day of set off after it ("On the evening of Monday 27 July, the day she
died, …", "on 3 March, when he was born") dates that event ("the day before she died" does not).
"The application was argued before Judge Khumalo on 3 February" is a hearing ("counsel argued on Monday that" is
not), and "which it suspended on Monday 4 August" the suspension "the 28 July suspension" names; two days joined ("on
Thursday and Friday", "on 24 and 25 October") date something that lasts, no one event.
Reported at the later mention, pointing at the earlier one.

An event may be dated after a time of day ("The accident happened shortly before 11am on Thursday, 22 October"), and
"the second fatal accident at No. 7 Shaft in just over a year" is a record, as "its first county final since 2006" is,
not a second accident. A passive's agent may stand before the place and date ("will be officially flagged off by the
commission at Afraha Stadium in Nakuru on Friday, May 29": the launch). A sentence that dates two of one kind of event
sets them side by side ("at its meeting on February 12, and a committee … at Wednesday's meeting"): two events.
An event brought in by "a" before its date ("blocked the law in a Dec. 18 ruling, finding …") is dated when nothing but
punctuation or "which" follows it; one a life has once (rules/events.yaml: once) is the one told before even when "a"
brings it in again ("A memorial service will be held at 10 a.m. Monday, Nov. 17").

"Last <weekday>" in a paper of later that week may be this week's day or the one before, and agrees with either
("last Tuesday" on a Friday: three days ago or ten); a plain verb may take the one it happened to as a pronoun ("the jury
convicted him last Tuesday"); "when it is heard" dates a hearing; an event joined to another before its verb ("A public
hearing and second reading are scheduled for") and one named with what it is about ("a public open house on the plan
on Wednesday, Sept. 17") are dated too; a start "before" a judge ("a trial that opened before regional magistrate … on").
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from ..document import Block, BlockKind, Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..registry import Check, Context, Example, Option, register
from ..language.events import events_of
from ..language.roles import roles_of
from ..language.phrases import alternation
from ..reading.events import EventRef, link_events
from ..reading.times import BlockReading

EVENT_DATE_CONFLICT = Check(
    id="event-date-conflict",
    category=Category.DATE,
    severity=Severity.WARNING,
    summary="One event is given two different dates.",
    description=__doc__,
    fires=Example(
        "date 2025-05-20 Members back strike\n\nThe vote on 12 May was carried by a large majority.\n\n"
        "Union leaders said the 14 May vote showed the strength of feeling.\n",
        lines=(5,),
    ),
    quiet=Example(
        "date 2025-05-20 Members back strike\n\nThe first vote on 12 May was lost. A second vote on 14 May was carried.\n\n"
        "The leadership ballot on 2 May and the strike ballot on 9 May were both online.\n",
    ),
    options=(Option("events", list, "Nouns that name an event with one date (singular, lower case)."),),
)
# the words of _MULTIPLE that count one before the one an article is about
_BEFORE_WORDS = frozenset({"earlier", "previous"})
_MULTIPLE = (
    "another|second|third|fourth|fifth|first|next|previous|last|final|new|fresh|further|repeat|re-run|rerun|"
    "earlier|later|latest|each|every|both|two|three|several|separate|other|subsequent|original|initial|"
    "daily|weekly|fortnightly|monthly|quarterly|regular|routine|ordinary"
)
_MULTIPLE_WORD = re.compile(_MULTIPLE)  # "A second is due to be heard on Monday": another one of them
# "final" as an adjective: "the 12 March final session of talks"
_NOT_A_FINAL = r"(?:session|sitting|day|round|reading|stage|leg|whistle|report|decision|ruling|phase|part|deadline|offer|year|week)\b"
# a hyphenated prefix makes another event: a by-election is not the election
_PREFIX = r"(?:[a-z]+-)?"
# words that describe the event without telling two of them apart ("the full inquest" is "the inquest")
_PLAIN_MODS = frozenset({"full", "public", "formal", "official", "planned", "scheduled", "proposed", "main", "actual", "brief", "short", "lengthy", "detailed"})  # (not "written" or "oral": two rulings)
_PHASE = re.compile(r"\b(?<!formally )(?<!officially )(?:opened|opens|began|begins|started|starts|launched|ended|ends|finished|announced|called|postponed|delayed|moved|rescheduled)\s+(?:on|of)\s+\Z", re.I)
_PART_OF = re.compile(r"\b(?:start|end|opening|close|eve|first\s+day|last\s+day|second\s+day|final\s+day|run-up|build-up|margins|sidelines)\s+of\s+\Z", re.I)
# (not "before", "after" or "ahead of": "Ahead of the verdict on Thursday" dates the verdict, the time it is told by)
_OBJECT_OF = re.compile(r"\b(?:against|at|to|from|(?<!ahead )(?<!Ahead )of|about|over|for|into|outside|near|during)\s+\Z", re.I)
# "called an extraordinary general meeting for 10am on 22 September": a time of day between "for" and the date
_AT_CLOCK = r"(?:\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+on)?"
_IN_GENERAL = re.compile(r"\b(?:future|any|such|regular|routine)\s+(?:[a-z-]+\s+)?\Z", re.I)
_ACRONYM_AFTER = re.compile(r"\s+([A-Z]{2,5})\b(?![-'\u2019])")
# two days joined ("on 24 and 25 October", "on Thursday and Friday"): days of something that lasts, not one event's date
_RANGE_BEFORE = re.compile(r"(?:\d(?:st|nd|rd|th)?|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*(?:and|to|or|-|\u2013|&)\s*\Z")
_RANGE_AFTER = re.compile(r"\s*(?:-|\u2013|to|and|or|until|till|through)\s*(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")


_CROSSHEAD_WORDS = 4


def _crosshead(block: Block) -> bool:
    """True for a heading, or a line of a few words with no full stop (a plain-text crosshead: "Services")."""
    text = block.text.strip()
    # (a long block is no crosshead: its first words are enough to count, however long it is)
    return block.kind is BlockKind.HEADING or (len(text.split(maxsplit=_CROSSHEAD_WORDS)) <= _CROSSHEAD_WORDS and text[-1:].isalnum())


@dataclass(frozen=True)
class _Mention:
    block: Block
    start: int
    end: int
    key: tuple[str, str]
    day: tuple[int | None, int, int]
    text: str
    explicit: bool
    subject: str = ""  # the person a verb event happened to ("Smith died on …"), when named
    quoted: bool = False  # a speaker's "the September 16 public hearing": compared only with the reporter's own date
    named: str = ""  # every word before the noun, plain ones too ("public"): a quote must name the event as the reporter did
    by_day: bool = False  # "Friday's mediation": named by its weekday
    relative: bool = False  # "yesterday's meeting": named by a day the publication date makes
    introduces: bool = False  # "A public meeting on the zone will be held …": brought in by "a", a new one


# a verb's helper is no describing word: "The committee will vote on 12 May" is no "committee will" vote
_AUXILIARY = r"(?:will|would|shall|should|can|could|may|might|must|to|is|are|was|were|has|have|had|did|does|do)"


@lru_cache(maxsize=8)
def _patterns(events: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    nouns = alternation(events)
    # "the vote on", "a ballot that closed on", "the election of"
    # "the full inquest has been listed for 21 July", "the by-election on 18 June", "on a 5-3 vote Oct. 28" (its tally a modifier)
    held = re.compile(
        rf"(?:\b(?:the|a|an|its|their|his|her)\s+|(?:\A|(?<=[.!?]\s))(?=[A-Z]\w+\s+(?:is|was|will|has)\b)|(?<=\bfor\s)(?=(?:hearing|trial|sentencing)\b))(?:(?:[a-z][\w-]*\s+)?(?P<owner>[a-z][\w-]*)['\u2019]s\s+)?(?P<mods>(?:(?!{_AUXILIARY}\s)(?:(?:[a-z]|\d+-)[a-z-]*(?<=s)['\u2019]?\s+|(?:[a-z]|\d+-)[a-z-]*\s+|\d+-\d+\s+)){{0,2}}?)(?P<noun>{_PREFIX}(?:{nouns}))(?:,[^,;.!?]{{1,90}},)?"
        # "A public hearing and second reading are scheduled for": another item of the one sitting, joined before its verb
        r"(?:\s+and\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?=\s+(?:are|were|have|will)\b))?"
        # "A public hearing into plans for a hotel will take place on": what the event is about, when a verb follows it
        # ("At a public hearing on the appeal Sept. 29": US copy sets the date straight after what the event is about)
        r"(?:\s+(?:into|on|about|over|for|of|to)\s+(?:[^,;:.!?\d]|\d+-(?=[a-z])){1,60}?(?=\s+(?:(?:that|which)\s+)?(?:was|were|is|are|will|has|have|had)\b|(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\btheir)(?<!\bhis)(?<!\bher)(?<!\bfor)(?<!\bon)(?<!\bby)(?<!\bto)(?<!\bat)(?<!\buntil)(?<!\bfrom)(?<!\bin)(?<!\bof)(?<!\bafter)(?<!\bbefore)(?<!\bsince)(?<!\bduring)(?<!\band)\s+\Z))?"
        # ("a public open house on the plan on Wednesday, Sept. 17": what it was about, in a few words, then "on" and its day)
        r"(?:\s+(?:on|about|over)\s+(?:the|a|an|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+on\s+\Z))?"
        # ("a meeting of the full Commission on Monday, March 2": the body that holds it, named, then its day)
        r"(?:\s+of\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}(?=\s+on\s+\Z))?"
        # "the final, against Ossett, will be played at the Shay in Halifax on", "a public hearing Sept. 9"; an aside opened by a
        # comma, a dash or a bracket: "The hearing, which took place on", "The vote \u2014 held on", "The meeting (on"
        # "the committee's investigative hearing, fixed for 2nd July": the day set for it, in an aside
        # "the record date, Friday, March 13": a date set off by a comma after a noun that names a day ("the date of
        # his hearing, Monday 7 September" is the hearing's, whoever's hearing it was)
        r"(?:\s+|\s*(?:,|\u2014|\u2013|--|\()\s*(?=(?:that|which|held|took|taken|conducted|convened|was|were|on|of|scheduled|set|fixed|listed|due|planned|staged|reached|signed|sealed)\b)|(?:(?<=date)|(?<=\bday)),\s+(?=\Z))"
        r"(?:(?:(?:that|which)\s+)?(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been|will|(?:is|are)\s+(?:due\s+)?to)\s+)?"
        r"(?:(?:(?:held|closed|took\s+place|takes?\s+place|taken|conducted|convened|happened|occurred|scheduled|set|due|planned|called\s+for|listed|fixed|played|staged|celebrated|struck|hit|reached|signed|sealed)\s+)?"
        # "happened shortly before 11am on Thursday, 22 October": a time of day before the date
        r"(?:(?:(?:shortly|just|soon|some\s+time)\s+(?:before|after)|at(?:\s+(?:about|around))?|around|about)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+)?"
        r"(?:(?:at|in|by|via|over)\s+[^,;:.!?\d]{1,60}?(?:,\s+[^,;:.!?\d]{1,30}?,)?\s+)?"  # "at St Aidan's Church, Brookfield, on", "by video link on"
        r"(?:at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+)?(?:on|of)"  # "at a meeting in Perth at 10am on"
        # "A funeral Mass will be celebrated at 10 a.m. Saturday, Sept. 20": a time of day, then the date
        r"|(?:held|took\s+place|scheduled|set|due|planned|played|staged|celebrated)\s+at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s+on)?"
        rf"|(?:scheduled|set|due|planned|listed|fixed|called|pencilled\s+in|penciled\s+in)\s+for{_AT_CLOCK}"
        # "the ruling, which she signed and issued on": what its subject did to it, in a clause after the noun
        r"|(?:that|which)\s+(?:he|she|they|it|we)\s+(?:[a-z]+ed\s+(?:and\s+)?){1,2}on)\s+)?"
        r"(?:(?<=\s)last\s+)?\Z",  # ("at the hearing last Thursday": "last" is the weekday's, read with it)
        re.I,
    )
    # active voice: "the inspectorate has listed the hearing for 17 November", "the court fixed the trial for 3 March"
    # and the host's: "would hold a stakeholders' forum for operators in Abuja on 23 June"; US copy leaves "on" out
    # ("she would hold sentencing April 27")
    booked = re.compile(
        rf"\b(?:listed|scheduled|set|fixed|booked|called|hold|holds|held|holding|host|hosts|hosted|hosting|convene|convenes|convened)\s+(?:(?:the|a|an|its|their)\s+|(?!(?:for|on|in|at|to|by|with|from)\b))"
        rf"(?P<mods>(?:[a-z][a-z-]*(?<=s)['\u2019]?\s+|[a-z][a-z-]*\s+){{0,2}}?)"
        rf"(?P<noun>{_PREFIX}(?:{nouns}))(?:\s+for{_AT_CLOCK}|(?:\s+(?:for|in|at|with)\s+[^,;:.!?\d]{{1,60}}?)?\s+on|(?=\s+\Z))\s+\Z",
        re.I,
    )
    # "the 14 May vote", "the 4 March strike ballot", "the 25 June by-election"
    # ("the March 7 mass shooting" is a shooting: a noun followed by another is its qualifier; "the 12 March final session" no final)
    after = re.compile(rf"\s+(?P<mods>(?:[a-z][a-z-]*\s+){{0,1}}?)(?P<noun>{_PREFIX}(?:{nouns}))\b(?![-'\u2019])(?!\s+(?:{nouns})\b)(?!(?<=final)\s+{_NOT_A_FINAL})", re.I)
    # "its first county final since 2006", "the first hearing in ten years": a record, not another event
    several = re.compile(
        rf"\b(?:(?:{_MULTIPLE})\s+(?:[a-z-]+\s+)?{_PREFIX}(?:{nouns})\b(?!(?:\s+(?:at|on|in)\s+(?:[^,;:.!?]|\.(?=\s*\d)){{1,40}}?)?\s+(?:since|for\s+(?:\d+|[a-z]+)\s+years"
        # "the second fatal accident at No. 7 Shaft in just over a year": a record, not another event
        rf"|in\s+(?:just\s+|little\s+)?(?:(?:over|under|more\s+than|less\s+than)\s+)?(?:a|one|\d+|[a-z]+)\s+(?:years?|months?|decades?)\b|this\s+year))"
        rf"|{_PREFIX}(?:{nouns})s\b)",
        re.I,
    )
    # "Sunday's Heartland Conference championship game", "Saturday's FA Cup final": a day's own event may carry its name
    # first, which names the one event the article is about rather than telling it from another
    after_day = re.compile(rf"\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}(?P<mods>(?:(?-i:[a-z])[a-z-]*\s+){{0,1}}?)(?P<noun>{_PREFIX}(?:{nouns}))\b(?![-'\u2019])(?!\s+(?:{nouns})\b)(?!(?<=final)\s+{_NOT_A_FINAL})", re.I)
    return held, after, several, booked, after_day


# what happened to a person, read from its verb: "died on 9 September" is the death dated 9 September
# the verb, then nothing, a number ("voted 2,914 to 388") or a phrase opened by a preposition or an adverb
# ("died at home in Sandy Bay"), then "on": no object, so the date is the verb's own ("met union leaders on …" is not)
_VERB_BEFORE = (
    r"(?:\b(?P<subj>[\w'\u2019-]+)\s+)?(?:(?:was|were|is|will\s+be|is\s+due\s+to\s+be|is\s+to\s+be|would\s+be|had\s+been|has\s+been)\s+)?"
    r"(?<![\w\u2019-])(?P<verb>{plain}(?i:died|born)|sentenced|buried|unveiled|inaugurated|voted|met|married|debuted|listed(?!\s+in\b)|(?:ceased|stopped)\s+trading"
    r"|resigned|crashed|exploded|erupted|derailed|reopened|premiered|made\s+landfall"
    # a place or service opened for use: "the bridge opened to traffic on", "opened its doors on" ("the inquiry opened on" is a phase)
    r"|opened\s+(?:its\s+doors|to\s+(?:the\s+)?(?:public|traffic|passengers|visitors|pupils|students|patients|customers|shoppers|guests|worshippers))"
    # a craft sent up or out, in the passive: "the satellite was launched on" (a campaign "launched" is a phase, see _LAUNCHED)
    r"|(?<=\bwas\s)launched|(?<=\bbe\s)launched"
    # what is done to a thing, read in the passive only: "the deal was signed on" ("he signed the deal" names no date of it)
    r"|(?:(?<=\bbe\s)|(?<=\bwas\s)|(?<=\bbeen\s))(?:stabbed|demolished|signed|handed\s+over|auctioned)"
    # a passive only: "the appeal will be heard on 9 October" is its hearing ("the court heard on Monday" is not), as is
    # "the application was argued before Judge Khumalo on", "That case will be argued Tuesday, Nov. 17" ("counsel argued on
    # Monday that" is not);
    # "the complex will be thrown open on 26 January" its opening ("the inquiry opened on" is a phase of it)
    r"|(?<=\bbe\s)heard|(?<=\bbeen\s)heard|(?<=\bwas\s)heard|(?<=\bwere\s)heard|(?<=\bis\s)heard|(?<=\bare\s)heard|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbe\s)|(?<=\bbeen\s))argued(?=\s+(?:before\s+[A-Z]|on\s+)|\s+\Z)|(?<=\bbe\s)(?:thrown\s+open|opened)|(?<=\bwas\s)(?:thrown\s+open|opened)"
    # "scheduled to hear the application Feb. 17": a hearing of the thing heard
    r"|(?:(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s))hear|heard)\s+(?:the|an?|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:application|appeal|case|challenge|petition|request|motion|objection)"
    r"|(?i:hand(?:ed|ing|s)?|pass(?:ed|ing|es)?)\s+(?:down\s+)?(?:the\s+|her\s+|his\s+|their\s+)?sentence)"
    # "died there two days later, on Friday 14 November": where, and how long after what the sentence told before
    r"(?:\s+there)?(?:\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:hours?|days?|weeks?|months?)\s+later|\s+(?:soon|shortly)\s+after(?:wards)?)?(?=,|\s)"
    r"(?:,(?=\s+on\s))?"
    # "died, aged 84, on 1 March", "met, after a week of talks, on": a short aside between commas; a named recipient
    # ("granted permission to Greenmount Residential Ltd on")
    r"(?:,\s+(?:aged\s+\d+|[a-z]+(?:\s+[a-z]+){{0,4}}),)?"
    # the passive's agent: "will be officially flagged off by the commission at Afraha Stadium on", "will be heard by the
    # Fair Work Commission in Sydney on"
    # (with its initials in brackets: "arrested by the Anti-Corruption Commission (ACC) on June 3")
    r"(?:\s+by\s+(?:the\s+)?(?:[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?|[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){{0,3}}(?:\s+\([A-Z][A-Za-z]{{1,7}}\))?)(?=\s+(?:at|in|on)\b))?"
    r"(?:\s+(?:(?:at|in|over(?=\s+[A-Z])|across(?=\s+[A-Z])|near|on\s+the|before(?=\s+[A-Z])|peacefully|suddenly|unanimously|overwhelmingly|narrowly|privately|again)\b|\d|to\s+(?:\d|life\b|death\b|(?=[A-Z])))[\w'\u2019,.-]*(?:\s+[\w'\u2019,-]+){{0,5}}?)?"
    # "pronounced dead at the scene on the afternoon of Tuesday 14 October": the part of the day before the date
    # ("was convicted last Tuesday": a weekday "last" names)
    r"\s+(?:on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?|last\s+)?\Z"
)
# verbs the grammar above reads in its own way; any other verb rules/events.yaml names is read plainly
_GRAMMAR_VERBS = frozenset({
    "died", "born", "sentenced", "buried", "unveiled", "inaugurated", "voted", "met", "married", "debuted", "listed", "ceased trading",
    "stopped trading", "resigned", "crashed", "exploded", "erupted", "derailed", "reopened", "premiered", "made landfall", "opened",
    "launched", "stabbed", "demolished", "signed", "handed over", "auctioned", "heard", "argued", "thrown open",
})


@lru_cache(maxsize=8)
def _verb_before(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """The verb of an event just before its date, with the plain verbs a rule file adds to the grammar's own; a verb
    with its object ("granted permission") is read in the passive too ("permission was granted", see _verb_form)."""
    forms = sorted(set(verbs) - _GRAMMAR_VERBS, key=len, reverse=True)
    # ("the jury convicted him on", "arrested her on": the one it happened to, as a pronoun, is the event's subject)
    plain = [r"\s+".join(map(re.escape, f.split())) + r"(?:\s+(?:him|her|them)(?=\s+(?:on|last)\b))?" for f in forms]
    plain += [rf"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)){re.escape(f.split()[0])}" for f in forms if len(f.split()) == 2]
    return re.compile(_VERB_BEFORE.format(plain="".join(rf"{p}\b|" for p in plain)))


def _verb_form(v: re.Match[str], verbs: dict[str, str]) -> str:
    """The form of rules/events.yaml a verb was read as: "permission was granted" is "granted permission"."""
    verb = re.sub(r" (?:him|her|them)\Z", "", " ".join(v.group("verb").lower().split()))  # "convicted him": convicted
    subject = (v.group("subj") or "").lower()
    if verb not in verbs and f"{verb} {subject}" in verbs:
        return f"{verb} {subject}"
    return verb if verb in verbs else v.group("verb")


# a date fronted before its clause: "On 2 March the council met to set the budget", "On Thursday, MPs voted 310 to 290"
_FRONTED_BEFORE = re.compile(r"(?:\A|[.!?]\s+|[\"\u201c(]\s*)On\s+\Z")
_FRONTED_AFTER = re.compile(
    r",?\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!(?:before|after|since|until|till)\b)[A-Za-z][\w'\u2019-]*\s+){0,2}?(?P<subj>[A-Za-z][\w'\u2019-]*)\s+(?:(?:was|were)\s+)?"
    r"(?P<verb>died|born|sentenced|buried|unveiled|inaugurated|voted|met|married|resigned|crashed|exploded|erupted|derailed|reopened|premiered)\b"
    # no object after the verb: "the minister met union leaders" dates no meeting
    r"(?=\s*(?:[,.;:!?]|\Z|\d|(?:to|at|in|on|and|for|behind|without|peacefully|suddenly|unanimously|overwhelmingly|narrowly|privately|again)\b))"
)
# a date with the event it was the day of set off after it: "Monday 27 July, the day she died", "on 3 March, when he was born"
_DAY_WHEN = re.compile(
    r",\s+(?:the\s+(?:day|night|morning|afternoon|evening)\s+(?:that\s+|on\s+which\s+)?|when\s+)(?P<subj>[A-Za-z][\w'\u2019-]*)\s+(?:(?:was|were|will\s+be|(?:is|are)\s+to\s+be)\s+)?"
    # "due by 2 p.m. Dec. 8, when they will be opened publicly": the day of the bids' opening
    r"(?P<verb>died|born|married|resigned|crashed|exploded|erupted|derailed|reopened|premiered|opened|unveiled|inaugurated|sentenced)\b"
    r"(?=\s*(?:[,.;:!?]|\Z|(?:at|in|on|peacefully|suddenly|publicly|formally|officially)\b))"
)
_STOP = re.compile(r"[.;:!?]")
# a verb that sets a day, the day straight after it, then "for" and the event: "fixed April 16 for sentencing"
_SET_BEFORE = re.compile(r"\b(?:fixed|set|scheduled|listed|slated|earmarked|chose|picked)\s+\Z", re.I)
_FOR_AFTER = re.compile(r"\s+for(?:\s+(?:the|its|their))?(?=\s)", re.I)
# a fact box's label opening its line: "Born: 14.4.1938, Guangzhou", "Died: 1 August 2026"
_LABEL = re.compile(r"\s*(?P<verb>Born|Died|Married)\s*:\s*")
# "the 14 May vote", "at its March 4 meeting", "their June 1969 wedding": a date between a determiner and its noun
_DETERMINER_END = re.compile(r"\b(?:the|its|their|his|her|a|an)\s*\Z", re.I)  # ("in a Dec. 18 ruling": one brought in)
_INDEFINITE_END = re.compile(r"\b(?:a|an)\s*\Z", re.I)
_ENDS_THERE = re.compile(r"\s*(?:[,.;:]|\s(?:that|which)\b)")
# "the committee's Oct. 22 vote": an owner's possessive before the date, the event's subject
_OWNER_END = re.compile(r"\b(?:the|its|their|his|her)\s+(?:[a-z][\w-]*\s+)?(?P<owner>[a-z][\w-]*)['\u2019]s\s*\Z")
# "made landfall on the central Philippines from Tuesday night": a date after another preposition is no day of the verb's
_OTHER_PREPOSITION = re.compile(r"\b(?:from|until|till|by|before|after|since|between|through|to|into|ahead\s+of)\s+\Z", re.I)
# "The application was first due to be heard on 16 December (but was moved)": a plan the article goes on to change
_FORMER_PLAN = re.compile(r"\b(?:first|originally|initially|previously|once)\s+(?:due|scheduled|set|expected|planned|meant)\b[^.;:!?]*\Z", re.I)
# "adjourned till April 14", "adjourned the case to 3 June": the date the next hearing is set for
_ADJOURNED = re.compile(
    r"\badjourn(?:ed|s)?(?:\s+(?:the\s+)?(?:case|trial|matter|hearing|proceedings|inquest)(?:\s+(?:of|in|into)(?:\s+[\w'\u2019-]+){1,5}?)?)?\s+(?:till|until|to)\s+\Z"
    # "adjourned the hearing of five connected petitions till March 17": what is heard, after "of"
    # "listed the matter for further hearing on April 22": the next hearing, in Indian and Pakistani court copy
    r"|\blist(?:ed|s)?\s+(?:the\s+)?(?:case|matter|petition|appeal|plea)\s+for\s+(?:further|next|final)\s+hearing\s+on\s+\Z"
    # "the matter was listed for final hearing on September 8": the same, in the passive
    r"|\b(?:case|matter|petition|appeal|plea)s?\s+(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+(?:now\s+)?listed\s+for\s+(?:further\s+|next\s+|final\s+)?hearing\s+on\s+\Z",
    re.I,
)
# "When the trial resumes on May 18", "the inquest is due to resume on 3 June", "The trial continues on Wednesday, 7
# October": the next hearing's day, ahead
# "When the case next comes up, on April 29": so is the day a case "comes up" again
_RESUMES = re.compile(
    r"\b(?:the\s+)?(?:case|trial|hearing|proceedings|inquest|inquiry|matter|petition)\s+(?:resumes|continues|will\s+(?:resume|continue)|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to\s+(?:resume|continue)|(?:is|are)\s+to\s+(?:resume|continue)"
    r"|(?:next\s+)?comes\s+up(?:\s+again)?(?:\s+for\s+hearing)?,?|(?:is|are|will\s+be)\s+(?:next\s+)?heard|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to\s+come\s+up(?:\s+again)?(?:\s+for\s+hearing)?)\s+(?:on\s+)?\Z"
    # "When the IHC takes up the petitions again on March 19": the court hears them next that day
    r"|\b(?:takes?|took|will\s+take)\s+up\s+the\s+(?:case|cases|trial|hearing|matter|matters|petitions?|appeals?|application|plea|pleas)\s+again\s+(?:on\s+)?\Z",
    re.I,
)
# "Mr Kerr will reappear in Dubbo Local Court on April 29", "remanded Jason Byrne in custody to appear at Cloverhill
# District Court on March 25", "is due back before the court on", "remanded on bail until 3 June": the accused's next
# appearance, which is the next hearing however the copy tells it (the subject, when named, tells two accused apart)
_REAPPEARS = re.compile(
    r"(?:\b(?P<subj>[A-Z][\w'\u2019-]+)\s+)?(?:(?:will|to|shall)\s+(?:re-?appear|appear\s+again|return\s+to\s+court|be\s+back\s+(?:in|before)\b[^.;:!?]{0,60}?)"
    r"|\b(?:re-?appears|appears\s+again|returns\s+to\s+court)|\b(?:is|are)\s+(?:due|set|expected|scheduled)\s+back\s+(?:in|before)\b[^.;:!?]{0,60}?"
    r"|\bnext\s+(?:court\s+)?appearance(?:\s+is)?)(?:\s+(?:in|at|before|by)\s+[^.;:!?]{1,80}?)?\s+on\s+\Z"
    r"|\bremanded\s+(?:(?P<obj>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s+)?(?:in\s+custody|on\s+(?:continuing\s+)?bail)"
    r"(?:\s+for\s+[^.;:!?]{1,30}?)?(?:\s+(?:until|till)\s+|\s+to\s+appear\b(?:\s+again)?(?:\s+(?:in|at|before|by)\s+[^.;:!?]{1,80}?)?\s+on\s+)\Z"
)
# "Sentencing was adjourned until 1 April", "pending sentence, which she adjourned to July 14th", "adjourned sentence
# until 9 April": the day of the sentencing
_SENTENCE_ADJOURNED = re.compile(
    r"\b(?:(?:sentence|sentencing)(?:,\s+which\s+(?:he|she|they|the\s+(?:judge|court|magistrates?|bench)|[A-Z][\w'\u2019-]+)\s+|\s+(?:was|has\s+been|had\s+been|is|were)\s+)(?:adjourned|deferred)"
    r"|(?:adjourned|deferred)\s+(?:sentence|sentencing))(?:\s+for\s+(?:a\s+)?(?:pre-sentence\s+|background\s+|social\s+work\s+)?reports?)?\s+(?:till|until|to)\s+\Z",
    re.I,
)
# what a court or panel hears at a hearing of its own, named before "was heard": the appeal, the case, the application
_CASE_HEARD = re.compile(r"\b(?:appeals?|case|cases|application|challenge|petition|claim|matter|complaint|objection|motion|bail\s+application)\b(?![^.;]*\b(?:and|but)\s+(?:the|a)\b)", re.I)
_PAST_PASSIVE = re.compile(r"\b(?:was|were)\s+\Z", re.I)
_LISTED_CASES = frozenset({"matter", "case", "application", "appeal", "petition", "challenge", "claim", "motion"})
_PARTS_HEARD = frozenset({"submissions", "evidence", "arguments", "closings", "witnesses", "speeches", "statements", "testimony", "appeals", "applications", "cases"})
# things whose launch is one event on one day: "the satellite was launched on 2 March" is the March 4 launch
_LAUNCHED = frozenset({"satellite", "rocket", "probe", "spacecraft", "mission", "missile", "shuttle", "lander", "rover", "telescope", "capsule", "ship", "vessel", "liner", "lifeboat"})
_CRAFT_LAUNCHED = re.compile(rf"\b(?:{'|'.join(sorted(_LAUNCHED))})\s+(?:was|were|will\s+be|is\s+to\s+be)\s+launched\s+on\s+\Z", re.I)
# "holds a briefing every week", "meetings held each month": one of a series, no one date
_RECURRING_AFTER = r"\s+(?:[a-z]+\s+){0,3}?(?:every|each)\s+(?:day|week|month|morning|afternoon|evening|night|weekday|fortnight|year|quarter|[A-Z][a-z]+day)\b"
# "The two were arrested on 4 November": the people just named, counted back, as "they" ("Two were arrested" are some)
_NAMED_BACK = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]ll)\s+(?:two|three|four|five|six)\s+(?:(?:were|had\s+been|have\s+been)\s+)?\Z")
_BODY_ANTECEDENT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<noun>[a-z]+),\s+\Z")
_PRONOUN_SUBJECTS = frozenset({"he", "she", "who", "they", "it", "we", "i", "and", "which", "that", "was", "were", "is", "be", "been", "to", "will", "would",
                                "matter", "case"})  # "The matter has been listed for Friday": the case heard, named back


def _dt_month(month: int) -> str:
    import calendar

    return calendar.month_name[month]


def _last_weekday(published, weekday: int) -> tuple[int, int, int]:
    """The day "last <weekday>" names in a paper of a day earlier in the week: that weekday of the week before."""
    day = published - _dt.timedelta(days=published.weekday() - weekday + 7)
    return (day.year, day.month, day.day)


class _EitherWeek(tuple):
    """A day "last <weekday>" names in a paper of later in that week: this week's, or the one a week before it."""


def _this_weeks(published, weekday: int) -> _EitherWeek:
    day = published - _dt.timedelta(days=published.weekday() - weekday)
    return _EitherWeek((day.year, day.month, day.day))


def _either_week(day: _EitherWeek) -> str:
    before = _dt.date(*day) - _dt.timedelta(days=7)
    return f"{day[2]} {_dt_month(day[1])} or {before.day} {_dt_month(before.month)}"


def _a_week_apart_allowed(a, b) -> bool:
    """True when one of two days is a "last <weekday>" that may mean the week before, and the other is that day."""
    for x, y in ((a, b), (b, a)):
        if isinstance(x, _EitherWeek) and y[0] is not None and (_dt.date(*x) - _dt.timedelta(days=7)) == _dt.date(*y):
            return True
    return False


@lru_cache(maxsize=8)
def _turned_before(states: tuple[str, ...]) -> re.Pattern[str]:
    """A thing's change of state just before its day (rules/events.yaml `states`): "the offer became unconditional on",
    "the merger went live last", "the bill became law on"."""
    said = alternation(states)
    return re.compile(
        r"\b(?i:the|its|their)\s+(?P<thing>[a-z][a-z-]{2,})\s+(?:became|becomes|went|goes|turned|was\s+declared|was\s+made)\s+"
        rf"(?P<state>{said})\s+(?:on\s+|last\s+|this\s+)?\Z"
    )


@lru_cache(maxsize=8)
def _act_before(forms: tuple[str, ...]) -> re.Pattern[str]:
    """An act done to a definite thing just before a date: "lodged its bidder's statement with ASIC on", "filed the
    petition in the High Court on" (a thing brought in by "a" may be one of many; a capitalised word is a name)."""
    verbs = alternation(forms)
    return re.compile(
        rf"(?:(?<![\w-])(?P<verb>(?i:{verbs}))\s+(?:the|its|their|his|her)\s+(?P<mods>(?:[a-z][\w'\u2019-]*\s+){{0,3}}?)(?P<head>[a-z][a-z-]{{2,}})"
        # the passive: "The Bill was laid in the House on", the thing first (a bill or a report may be capitalised)
        rf"|(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<pmods>(?:[a-z][\w'\u2019-]*\s+){{0,3}}?)(?P<phead>[A-Za-z][a-z-]{{2,}})(?:\s+(?:was|were|has\s+been|had\s+been)|,(?:\s+(?:which|that)\s+(?:was|were|had\s+been))?)\s+(?P<pverb>(?i:{verbs})))"
        # ("The notice, signed on March 17, also bans …": the thing, then its act set off by a comma)
        r"(?:\s+(?:with|to|before|at|in|for)\s+(?:the\s+)?[^,;:.!?\d]{1,60}?)?(?:\s+on)?\s+\Z"
    )


@lru_cache(maxsize=4)
def _bodies_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """An organisation's noun with the word before it ("the community council", "the planning committee")."""
    return re.compile(rf"\b(?:(?P<mod>[a-z][\w-]*)\s+)?(?P<noun>{'|'.join(map(re.escape, sorted(nouns, key=len, reverse=True))) or '(?!)'})\b")


_INDEFINITE = re.compile(r"an?\s", re.I)
_OWNED_BEFORE = re.compile(r"\b(?:its|their)\s+\Z", re.I)


def _body_before(text: str, lo: int, at: int, bodies: re.Pattern[str]) -> str:
    """The body a possessive pronoun's event belongs to: the last organisation named before it in its sentence ("the
    community council would discuss the scheme at its meeting"; "go before the council's planning committee at its
    meeting"), so that two bodies' meetings are two events."""
    last = None
    for last in bodies.finditer(text, lo, at):
        pass
    if last is None:
        return ""
    mod = last.group("mod")
    mod = (mod or "").lower()
    return f"{mod} {last.group('noun').lower()}" if mod and mod not in ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that") else last.group("noun").lower()


def _mentions(doc: Document, context: Context, events: tuple[str, ...], persons: _Persons) -> list[_Mention]:
    held, after, _, booked, after_day = _patterns(events)
    r = context.annotation(doc).time
    verbs = events_of(context.knowledge).verb_events
    sittings = events_of(context.knowledge).sittings
    acts = events_of(context.knowledge).act_verbs or {}
    states = tuple(sorted(events_of(context.knowledge).states))
    verb_before = _verb_before(tuple(verbs))
    found, adjourned, resumed, reappears, sentencing, acronyms = [], [], [], [], [], []
    bodies = _bodies_pattern(tuple(sorted(roles_of(context.knowledge).org_nouns)))
    # a fact box beside the article ("Born: 14.4.1938, Guangzhou") is read for its labels only
    boxes = [BlockReading(b, r.published, r.day_first) for b in doc.blocks if b.kind is BlockKind.ASIDE and _LABEL.match(b.text)]
    for reading in [*r.prose, *boxes]:
        text = reading.text
        if reading.block.kind is BlockKind.ASIDE or _LABEL.match(text):
            found += _labelled(reading, events, verbs)
            continue
        points = [(d.start if d.weekday_start is None else d.weekday_start, d.end, (d.year, d.month, d.day), d.text, d.explicit_year, None)
                  for d in reading.dates if d.valid and d.day is not None and d.month is not None]
        if r.published is not None:
            # bare weekdays ("on Thursday evening"): the day they name is read from their tense, once one looks like an event's
            points += [(w.start, w.end, None, w.text, False, w.weekday) for w in reading.weekdays if not (w.part_of_date or w.qualifier is not None)]
            # "last Thursday" in a Wednesday's paper: the Thursday of the week before, however "last" is meant; in a
            # Friday's paper "last Tuesday" may be three days ago or ten, and agrees with either
            published = r.published
            points += [(w.start, w.end, (d := _last_weekday(published, w.weekday)), f"last {w.text} ({d[2]} {_dt_month(d[1])})", False, None) for w in reading.weekdays
                       if w.qualifier == "last" and not w.part_of_date and w.weekday >= published.weekday()]
            points += [(w.start, w.end, (d := _this_weeks(published, w.weekday)), f"last {w.text} ({_either_week(d)})", False, None) for w in reading.weekdays
                       if w.qualifier == "last" and not w.part_of_date and w.weekday < published.weekday()]
            # "before yesterday's ruling": the day the publication date makes of a relative day that owns its event
            for rel in reading.relative:
                if rel.unit == "day" and rel.anchor == "publication" and abs(rel.offset) <= 1 and _OWNED_BY_DAY.match(text, rel.end):
                    d = published + _dt.timedelta(days=rel.offset)
                    points.append((rel.start, rel.end, (d.year, d.month, d.day), f"{rel.text} ({d.day} {_dt_month(d.month)})", False, _RELATIVE_DAY))
        for start, end, day, shown, explicit, weekday in sorted(points, key=lambda p: p[0]):
            quoted = reading.quoted(start)
            if quoted and weekday is not None:
                continue  # a speaker's "on Thursday" is dated by when they spoke
            head = text[max(0, start - 140) : start]
            if _RANGE_BEFORE.search(head) or _RANGE_AFTER.match(text, end) or (_PHASE.search(head) and not _CRAFT_LAUNCHED.search(head)):
                continue
            m = held.search(head)
            while m is not None and (inner := held.search(head, m.end("noun"))) is not None:
                m = inner  # "will vote on the scheme at a meeting on": the event nearest the date, not one before its place
            m = m or booked.search(head)
            if m and _PART_OF.search(head, 0, m.start()):
                continue  # "the start of the summit on July 15": the date of a part of the event
            if m and weekday is not None and _OBJECT_OF.search(head, 0, m.start()):
                continue  # "marched against the summit on Thursday": the weekday may date the marching
            v = None if m else verb_before.search(head)
            if v is not None and v.group("verb").lower() in acts and (done := _act_before(tuple(sorted(acts))).search(head)) is not None and done.group("pverb") \
                    and "," in head[done.end("phead") : done.start("pverb")]:
                v = None  # "The notice, signed on March 17": the act done to the thing named, not an event of a subject
            if v is not None and v.group("verb") == "launched" and (v.group("subj") or "").lower() not in _LAUNCHED:
                v = None  # "the campaign was launched on 2 March": a start, not a launch of a craft
            if v is not None and v.group("verb").lower() == "listed for" and (v.group("subj") or "").lower() not in _LISTED_CASES:
                v = None  # "The matter has been listed for Friday" is its hearing; "Sentencing has been listed for", "A retrial was listed for" are others
            if v is not None and v.group("verb") == "heard" and (v.group("subj") or "").lower() in _PARTS_HEARD:
                v = None  # "Closing submissions will be heard on Friday": one day of a longer hearing
            if v is not None and v.group("verb") == "heard" and _PAST_PASSIVE.search(head, 0, v.start("verb")) and not _CASE_HEARD.search(head, max(0, v.start("verb") - 80), v.start("verb")):
                v = None  # "Gunshots were heard on Saturday night": a sound; "Their appeal … was heard on 9 June" is a hearing
            if v is not None and (_event_of(_verb_form(v, verbs), verbs) not in events or _STOP.search(v.group()) or _FORMER_PLAN.search(head, 0, v.start("verb")) or _OTHER_PREPOSITION.search(head)
                                  or _MULTIPLE_WORD.fullmatch((v.group("subj") or "").lower()) and not _NAMED_BACK.search(head, 0, v.start("verb"))):
                v = None
            by_day = weekday is not None and bool(_OWNED_BY_DAY.match(text, end))
            relative = weekday == _RELATIVE_DAY
            if relative:
                weekday = None  # dated already: the day owns its event as a weekday does
            owned = None
            if by_day:
                # "will attend Friday's mediation": the day owns the event it names, and nothing else dates it
                m = v = None
                the_after = after_day.match(text, end + 2) if not quoted else None
                if the_after is None:
                    continue
            else:
                owned = None if m or v else _OWNER_END.search(head)  # "the committee's Oct. 22 vote"
                the_after = None if m or v else (after.match(text, end) if _DETERMINER_END.search(head) or owned else None)
                if the_after is not None and _INDEFINITE_END.search(head) and not _ENDS_THERE.match(text, the_after.end()):
                    the_after = None  # "scheduled a Jan. 21 sentencing for Darnell Whitford": one brought in for someone is left to
                    # the verbs that date it; "blocked the law in a Dec. 18 ruling, finding …" dates the one ruling
                if the_after is None and not (m or v or quoted) and _SET_BEFORE.search(head) and (f := _FOR_AFTER.match(text, end)) is not None:
                    the_after = after.match(text, f.end())  # "The judge fixed April 16 for sentencing": the day set, then its event
            if the_after is None and not (m or v) and text.startswith(",", end) and "," in text[start:end] and _DETERMINER_END.search(head):
                the_after = after.match(text, end + 1)  # "the Tuesday, Nov. 25, hearing": a date set off by commas before its event
            acronym = None if m or v or the_after or quoted else (_ACRONYM_AFTER.match(text, end) if head.rstrip().lower().endswith("the") else None)
            if acronym is not None and weekday is None:  # "At the September 29 EGM": which event, once all are read
                acronyms.append(_Mention(reading.block, start, acronym.end(), ("", acronym.group(1)), day, shown, explicit))
                continue
            if not (m or v or the_after) and "sentencing" in events and not quoted and (adj := _SENTENCE_ADJOURNED.search(head)):
                if weekday is None:  # an adjournment too: a court list's second one keeps the next hearing undated
                    sentencing.append(_Mention(reading.block, start - len(head) + adj.start(), end, ("sentencing", ""), day, shown, explicit))
                    adjourned.append(_Mention(reading.block, start - len(head) + adj.start(), end, ("hearing", "next"), day, shown, explicit, named="next"))
                continue
            if not (m or v or the_after) and "hearing" in events and not quoted and (adj := _ADJOURNED.search(head)):
                if weekday is None:  # "adjourned till April 14 the trial": the day of the next hearing
                    adjourned.append(_Mention(reading.block, start - len(head) + adj.start(), end, ("hearing", "next"), day, shown, explicit, named="next"))
                continue
            if not (m or v or the_after) and "hearing" in events and not quoted and (res := _RESUMES.search(head)):
                if weekday is None:
                    resumed.append(_Mention(reading.block, start - len(head) + res.start(), end, ("hearing", "next"), day, shown, explicit, named="next"))
                continue
            if not (m or v or the_after) and "hearing" in events and not quoted and (back := _REAPPEARS.search(head)):
                if weekday is None:
                    subject = _accused(head, back)
                    reappears.append(_Mention(reading.block, start - len(head) + back.start(), end, ("hearing", "next"), day, shown, explicit, subject, named="next"))
                continue
            fronted = None
            if not (m or v or the_after) and not quoted and _FRONTED_BEFORE.search(head):
                fronted = _FRONTED_AFTER.match(text, end)  # "On 2 March the council met to set the budget"
                if fronted is not None and (_event_of(fronted.group("verb"), verbs) not in events or _MULTIPLE_WORD.fullmatch(fronted.group("subj").lower())):
                    fronted = None
            if not (m or v or the_after or fronted) and not quoted:
                fronted = _DAY_WHEN.match(text, end)  # "On the evening of Monday 27 July, the day she died, …"
                if fronted is not None and _event_of(fronted.group("verb"), verbs) not in events:
                    fronted = None
            act = None if (m or v or the_after or fronted or quoted) else _act_before(tuple(sorted(acts))).search(head)
            turned = None if (m or v or the_after or fronted or act or quoted) else _turned_before(states).search(head)
            if not (m or v or the_after or fronted or act or turned):
                continue
            if weekday is not None:
                resolved = _weekday_day(text, start, end, weekday, r.published)
                if resolved is None:
                    continue
                day, shown = resolved
            if quoted and not the_after:
                continue  # inside a quote, only "the 16 September hearing" names its event plainly enough
            if m:
                owner = (m.groupdict().get("owner") or "").lower()  # "the park's inauguration": the park's, as "the park was inaugurated"
                if not owner and m.group().lower().startswith(("its ", "their ")):
                    owner = _body_before(text, reading.sentence_at(start).start, start - len(head) + m.start(), bodies)
                elif not owner and m.group().lower().startswith(("his ", "her ")):
                    # "Phiri, who has been on bail since his arrest on June 8": the one person the sentence names before it
                    owner = persons.only_one_before(reading, start - len(head) + m.start())
                found.append(_Mention(reading.block, start - len(head) + m.start(), end, _key(m), day, shown, explicit, owner, named=m.group("mods").lower().strip(),
                                      introduces=bool(_INDEFINITE.match(m.group()))))
            elif fronted:
                subject = fronted.group("subj").lower()
                subject = "" if subject in _PRONOUN_SUBJECTS else subject
                found.append(_Mention(reading.block, start, end, (_event_of(fronted.group("verb"), verbs), ""), day, shown, explicit, subject))
            elif turned:
                # "The offer became unconditional on June 30" … "since the offer went unconditional last Thursday"
                found.append(_Mention(reading.block, start - len(head) + turned.start(), end, (f"{turned.group('thing').lower()} going {turned.group('state').lower()}", ""), day, shown, explicit))
            elif act:
                # "lodged its bidder's statement with ASIC on": the act done to that thing, named by every word of it
                passive = act.group("verb") is None
                thing = act.group("phead" if passive else "head").lower()
                mods = " ".join(act.group("pmods" if passive else "mods").lower().split())
                verb = act.group("pverb" if passive else "verb").lower()
                # ("signed the closure notice" … "The notice, signed": one notice, its kind a qualifier the copy may leave out)
                found.append(_Mention(reading.block, start - len(head) + act.start("pmods" if passive else "verb"), end, (f"{acts[verb]} of the {thing}", mods), day, shown, explicit))
            elif v:
                subject = (v.group("subj") or "").lower()
                # "The board, which met on Wednesday": the sitting of the body the relative clause hangs on, not another
                # meeting of the article ("the annual general meeting will be held on August 20")
                body = _BODY_ANTECEDENT.search(head, 0, v.start("subj")) if subject in ("which", "that") and v.start("subj") >= 0 else None
                body = body.group("noun").lower() if body is not None and bodies.fullmatch(body.group("noun").lower()) else ""
                subject = persons.subject(reading, start) if subject in _PRONOUN_SUBJECTS or _NAMED_BACK.search(head, 0, v.start("verb")) else subject
                if subject is None:
                    continue
                found.append(_Mention(reading.block, start - len(head) + v.start("verb"), end, (_event_of(_verb_form(v, verbs), verbs), body), day, shown, explicit, subject, named=body))
            else:
                # "would sign off its submission at its 12 May meeting": a sitting of the body its sentence names before
                owner = _body_before(text, reading.sentence_at(start).start, start, bodies) \
                    if _OWNED_BEFORE.search(head) and the_after.group("noun").lower() in sittings else (owned.group("owner") if owned else "")
                found.append(_Mention(reading.block, start, the_after.end(), _key(the_after), day, shown, explicit, owner, quoted=quoted, named=the_after.group("mods").lower().strip(), by_day=by_day, relative=relative,
                                      introduces=bool(_INDEFINITE_END.search(head))))
    # a court list adjourns several cases: only an article's one adjournment dates its next hearing (or its sentencing)
    # and the one day it resumes on is that hearing's
    found += adjourned + resumed if len(adjourned) <= 1 and len(resumed) <= 1 else []
    # an accused's one next appearance is that hearing too; a list of several accused, each told to come back, dates none
    found += reappears if len(adjourned) <= 1 and len(resumed) <= 1 and (len(reappears) <= 1 or len({m.subject for m in reappears}) == 1 and reappears[0].subject) else []
    # the one sentencing adjourned to a day is the hearing the article calls its sentencing hearing ("deferred sentence until
    # March 19" … "ahead of the 26 March sentencing hearing")
    found += [m for one in sentencing for m in (one, replace(one, key=("hearing", "sentencing"), named="sentencing"))] if len(sentencing) == 1 else []
    for a in acronyms:
        # "the September 29 EGM" is the article's one "extraordinary general meeting": the initials of its words
        keys = {m.key for m in found if _initials(m) == a.key[1].lower()}
        if len(keys) == 1:
            found.append(_Mention(a.block, a.start, a.end, next(iter(keys)), a.day, a.text, a.explicit))
    return sorted(found, key=lambda m: m.block.source_offset(m.start))


# "Teague pleaded guilty in April … He is scheduled to be sentenced Dec. 3": a sentence opened by "He" or "She" after one
# opened by a name is about that person
_PRONOUN_OPENS = re.compile(r"(?:He|She)\s")


class _Persons:
    """The article's people (the annotation's reading) by where they are named: who a pronoun or an opening name stands
    for, keyed by surname, or by full name where two people share one ("Pruitt" and "Linda Pruitt")."""

    def __init__(self, doc: Document, context: Context) -> None:
        reading = context.annotation(doc).people
        surnames = Counter(p.surname.lower() for p in reading.people.persons)
        self.at: dict[int, list[tuple[int, int, str]]] = {}  # id(block) -> (start, end, key) of each name, in order
        self.first: dict[str, int] = {}  # key -> its first offset in the source
        for p in reading.people.persons:
            key = p.full_name.lower() if surnames[p.surname.lower()] > 1 else p.surname.lower()
            for i, m in p.mentions:
                block = reading.blocks[i]
                self.at.setdefault(id(block), []).append((m.start, m.end, key))
                offset = block.source_offset(m.start)
                self.first[key] = min(self.first.get(key, offset), offset)
        for names in self.at.values():
            names.sort()

    def only_one_before(self, reading, start: int) -> str:
        """The person a sentence opens on, when a clause "who …" after the name holds `start` and names no one else
        ("Phiri, who has been on bail since his arrest on June 8"), or ""."""
        sentence = reading.sentence_at(start)
        names = [(s, e, key) for s, e, key in self.at.get(id(reading.block), []) if sentence.start <= s and e <= start]
        if len(names) != 1 or names[0][0] > sentence.start + 4 or not _WHO_AFTER.match(reading.text, names[0][1]):
            return ""
        return names[0][2]

    def subject(self, reading, start: int) -> str | None:
        """Who the sentence holding `start` is about, when it opens with their name ("Linda Pruitt is scheduled to be
        sentenced"), or with "He" or "She" after sentences back to one that does, or to one paragraph naming one
        person before it; "" when unsure."""
        names = self.at.get(id(reading.block), [])
        sentence = own = reading.sentence_at(start)
        pronoun = False
        while _PRONOUN_OPENS.match(reading.text, sentence.start):
            pronoun = True
            if sentence.start == 0:
                break
            sentence = reading.sentence_at(sentence.start - 1)  # "Teague pleaded guilty … He told jurors … He is to be sentenced"
        if not _PRONOUN_OPENS.match(reading.text, sentence.start):
            opening = next((key for s, e, key in names if s <= sentence.start + 4 and e > sentence.start), None)
            if opening is not None and (pronoun or _opens_clause(reading.text, sentence.start, names)):
                return opening
            if pronoun and _SOMEONE_UNNAMED.search(sentence.text):
                return None  # "… a 22-year-old man from Lobamba … was remanded. He had been arrested on Monday": someone unnamed
            # a name the people reading left out ("Teague pleaded guilty"), opening the sentence before its verb
            if pronoun and (m := _NAME_OPENS.match(reading.text, sentence.start)) is not None and m.group("surname").lower() not in _NOT_NAMES:
                return m.group("surname").lower()
        before = {key for s, e, key in names if e <= own.start}
        return before.pop() if pronoun and len(before) == 1 else ""


_WHO_AFTER = re.compile(r",\s+who\b")
# a person the copy brings in without a name: "a 22-year-old man", "a woman from Lobamba", "an elderly driver"
_SOMEONE_UNNAMED = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Aa]\s+second)\s+(?:\d+-year-old\s+|[a-z]+\s+){0,2}?(?:man|woman|boy|girl|teenager|youth|person|driver|motorist|pedestrian|suspect|pupil|student|worker)\b")
_NAME_OPENS = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'\u2019-]+\s+){0,2}?(?P<surname>[A-Z][a-z][\w'\u2019-]+)\s+(?:[a-z]+ed|is|was|has|had|will|said)\b")
_NOT_NAMES = frozenset({"the", "police", "prosecutors", "officials", "officers", "residents", "witnesses", "jurors", "lawyers", "investigators"})


def _opens_clause(text: str, at: int, names) -> bool:
    """True when the name opening a sentence is its subject: a verb straight after it ("Linda Pruitt is scheduled")."""
    name_end = next((e for s, e, _ in names if s <= at + 4 and e > at), None)
    return name_end is not None and _VERB_AFTER_NAME.match(text, name_end) is not None


_VERB_AFTER_NAME = re.compile(r"\s+(?:is|was|will|has|had|[a-z]+ed)\b")


def _named_first(doc: Document, context: Context, surnames: set[str]) -> dict[str, int]:
    """Where each surname the people reading left out is first written in the article, as a name (capitalised; its
    offset in the source): "the committee's hearing" has a body for its participant, named by no name."""
    first: dict[str, int] = {}
    for reading in context.annotation(doc).time.prose:
        for name in surnames - set(first):
            if (m := re.search(rf"\b{re.escape(name[:1].upper() + name[1:])}\b", reading.text)) is not None:
                first[name] = reading.block.source_offset(m.start())
    return first


# what may stand before a sentence's subject: its start, a clause break, or a quote mark
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s+){0,3}\Z")  # "Mr Jayden " before the surname
_SUBJECT_OPENS = re.compile(r"(?:\A|[.;:!?,\"\u201c(]\s*|\b(?:and|but|while|when|where|after)\s+)\Z")


def _accused(head: str, back: re.Match[str]) -> str:
    """The surname of the person told to come back, lower case ("Mr Kerr will reappear" → "kerr"); "" when unnamed.

    "A man from Cobra Street will appear again" names a street, not the accused: the capitalised words must open the clause.
    """
    if back.group("obj"):
        return back.group("obj").split()[-1].lower()
    if not back.group("subj") or back.group("subj").lower() in _PRONOUN_SUBJECTS:
        return ""
    run = _CAPITALISED_RUN.search(head, 0, back.start("subj"))
    return back.group("subj").lower() if _SUBJECT_OPENS.search(head, 0, run.start()) else ""


def _labelled(reading, events: tuple[str, ...], verbs: dict[str, str]) -> list[_Mention]:
    """The event a fact box's label dates ("Born: 14.4.1938, Guangzhou": the birth), when a date follows the label."""
    label = _LABEL.match(reading.text)
    event = verbs.get(label.group("verb").lower(), "")
    date = next((d for d in reading.dates if d.valid and d.day is not None and d.month is not None and d.start == label.end()), None)
    if event not in events or date is None:
        return []
    return [_Mention(reading.block, label.start("verb"), date.end, (event, ""), (date.year, date.month, date.day), date.text, date.explicit_year)]


def _body_qualifier(qualifier: str, org_nouns) -> str:
    """The body a qualifier names, as the event's participant ("the full council meeting" is the council's, not the
    board's "its 12 May meeting"); "" when it names none."""
    last = qualifier.split()[-1].lower() if qualifier else ""
    return last if last in org_nouns else ""


def _initials(m: _Mention) -> str:
    """The initials of an event as named ("extraordinary general meeting": egm)."""
    words = (m.named + " " + m.key[0]).replace("-", " ").split()
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


def _event_of(verb: str, verbs: dict[str, str]) -> str:
    """The event a verb dates (`verbs`: rules/events.yaml): "died" a death, "handing down sentence" a sentencing."""
    verb = " ".join(verb.lower().split())
    if verb.startswith("hear"):
        return verbs.get("heard", "")
    if verb.startswith("opened "):
        return "opening"  # "opened to traffic", "opened its doors"
    return verbs.get(verb, "sentencing" if verb.endswith("sentence") else "")


def _weekday_day(text: str, start: int, end: int, weekday: int, published):
    """The day a bare weekday names in a piece dated `published`, by the tense that governs it, and how to show it; None if unclear."""
    from ..language.dates import weekday_date
    from ..language.tense import Tense, governing_verb

    tense = governing_verb(text, start, end)[0]
    if tense is Tense.UNKNOWN:
        return None
    day = weekday_date(published, weekday, ahead=tense is not Tense.PAST)
    return (day.year, day.month, day.day), f"{text[start:end]} ({day.day} {day:%B})"


def _key(m: re.Match[str]) -> tuple[str, str]:
    """The event noun and the words that qualify it, less the ones that do not tell two events apart."""
    mods = [w for w in m.group("mods").lower().split() if w not in _PLAIN_MODS]
    return m.group("noun").lower(), " ".join(mods)


_RELATIVE_DAY = -1  # in place of a weekday: a relative day ("yesterday's") whose day is already worked out
_OWNED_BY_DAY = re.compile(r"['\u2019]s\s")  # "Friday's mediation"
# a lower-case word written just after a date ("the Dec. 15 oath-taking", "the March 13 dialogue"), and the head of two
# ("the February 16 site visit")
_WORD_AFTER_DATE = re.compile(r"\s+([a-z][a-z-]{3,})\b(?![-'\u2019])(?:\s+([a-z][a-z-]{3,})\b(?![-'\u2019]))?")
_NO_HEAD = frozenset("""will would could should shall must might were have been with from that this when which where while after before
    into over under than then also said says told held took went came""".split())
# what follows a noun held on a day: "will be held on", "will take place on", "at its office in Quezon City on"
_HELD_AFTER = (r"(?:,[^,;.!?]{1,60},)?(?:\s+(?:into|on|about|over|for|of|to)\s+[^,;:.!?\d]{1,60}?(?=\s+(?:that|which|was|were|is|are|will|has|have|had)\b))?(?:\s+(?:(?:that|which)\s+)?(?:(?:was|were|is|are|will\s+be|has\s+been|had\s+been|will|(?:is|are)\s+(?:due\s+)?to)\s+)?"
               r"(?:held|took\s+place|takes?\s+place|scheduled|staged)\b|\s+(?:at|in)\s+[^,;:.!?\d]{1,60}?\s+on\b"
               # "the agreement, reached on Monday 14 July": an agreement dated by the verb that made it
               r"|\s*,\s*(?:(?:which|that)\s+was\s+)?(?:reached|signed|sealed|struck)\s+on\b)")
# words a date often stands before that name no event: a figure, a document, a limit
_NOT_EVENTS = frozenset("""deadline date dates close start end figure figures edition issue report letter statement results result data
    update rate rates price prices level levels total announcement order notice filing filings plan version budget edition quarter""".split())


def _learned(doc: Document, context: Context, events: tuple[str, ...]) -> tuple[str, ...]:
    """Nouns this article uses as events though no list names them: a noun written after a date ("the Dec. 15
    oath-taking") that the article also has held on a day ("The oath-taking … will be held on Dec. 12", "a dialogue at
    its office in Quezon City on Friday (March 6)"). Both uses are needed: a date before a noun alone names documents
    and figures as often as events."""
    known = set(events)
    prose = context.annotation(doc).time.prose
    after_date = set()
    for reading in prose:
        text = reading.text
        for d in reading.dates:
            if d.day is None or not _DETERMINER_END.search(text, max(0, d.start - 8), d.start):
                continue
            word = _WORD_AFTER_DATE.match(text, d.end)
            if word is None:
                continue
            first, second = word.group(1), word.group(2)
            if first in known or first in _NOT_EVENTS:
                continue
            if not first.endswith("s"):
                after_date.add(first)
            # the second word may be the head ("the February 16 site visit"); the verb after one ("agreement began") is
            # never found held on a day, so it is never learned
            if second and second not in known and second not in _NO_HEAD and second not in _NOT_EVENTS and not second.endswith(("ed", "ly", "s")):
                after_date.add(second)
    if not after_date:
        return ()
    # one pattern for all of the article's candidates, one pass over its prose
    held = re.compile(rf"\b(?P<noun>{alternation(after_date)}){_HELD_AFTER}", re.I)
    learned = {m.group("noun").lower() for reading in prose for m in held.finditer(reading.text)}
    return tuple(sorted(learned & after_date))


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at the later mention of an event given a second date."""
    listed = context.options(EVENT_DATE_CONFLICT.id)["events"]
    if not listed:
        return []
    knowledge = events_of(context.knowledge)  # the nouns of rules/events.yaml are events too
    events = tuple(dict.fromkeys([*listed, *knowledge.noun_events, *knowledge.noun_events.values()]))
    events += _learned(doc, context, events)
    persons = _Persons(doc, context)
    mentions = _mentions(doc, context, events, persons)
    if len(mentions) < 2:
        return _year_conflicts(doc, context, knowledge) + _start_conflicts(doc, context, events, knowledge)
    several = _patterns(events)[2]
    published = doc.published
    recurring = re.compile(rf"\b{_PREFIX}({alternation(events)}){_RECURRING_AFTER}", re.I)
    repeated = {m.group(1).lower() for r in context.annotation(doc).time.prose for m in recurring.finditer(r.text)}
    from ..reading.times import years_in

    counted_in = [
        (m.group().lower().split(), years_in(r.sentence_at(m.start()).text))
        for r in context.annotation(doc).time.prose
        for m in several.finditer(r.text)
        if not _crosshead(r.block)  # a crosshead "Services" names a section, not several services
        and not _IN_GENERAL.search(r.text, max(0, m.start() - 30), m.start())  # "to hold future general meetings": none of them dated
        and not _of_an_earlier_year(r, m.start(), published)
    ]
    counted = [words for words, _ in counted_in]
    # "an earlier hearing" tells of one before, no second one ahead: the plain hearing ahead is still one
    before_only = {w[-1].rstrip("s") for w in counted if w[0] in _BEFORE_WORDS} - {w[-1].rstrip("s") for w in counted if w[0] not in _BEFORE_WORDS}
    # ("his next hearing cannot take place before November 2032": counted in a year of its own, no rival to this year's)
    repeated_in = [(w[-1].rstrip("s"), years) for w, years in counted_in]
    # which mentions are one event (reading/events.py): "the vote" is "the strike authorization vote" when the article
    # qualifies its votes one way only; "the Denver hearing" is not every hearing (a place matches only where it is named)
    org_nouns = roles_of(context.knowledge).org_nouns
    refs = [EventRef(knowledge.event_of_noun(m.key[0]), m.key[1], m.subject or _body_qualifier(m.key[1], org_nouns), named=_capitalised(m)) for m in mentions]
    # "set sentencing for Feb. 11" before the article has named Teague, then "He (Teague) is to be sentenced Dec. 3": an
    # unnamed mention is no one's the article names only later
    first = persons.first | _named_first(doc, context, {r.participant for r in refs if r.participant and r.participant not in persons.first and " " not in r.participant})
    refs = [replace(r, participant="(someone named before)") if not r.participant and any(
        o.event == r.event and o.participant in first and first[o.participant] > m.block.source_offset(m.start) for o in refs) else r
        for r, m in zip(refs, mentions)]
    by_key: dict[tuple[str, ...], list[_Mention]] = {}
    for m, event in zip(mentions, link_events(refs)):
        if event is not None:
            by_key.setdefault(event, []).append(m)
    _merge_places(by_key)
    for key, group in by_key.items():
        # an event brought in by "a" after the article has told one of its kind is another one
        # (but for an event a life has once: "A memorial service will be held …" is the one told before)
        by_key[key] = [m for k, m in enumerate(group) if not (m.introduces and k > 0 and key[0] not in knowledge.once)]
    hits = _year_conflicts(doc, context, knowledge)
    for key, group in by_key.items():
        if len({m.day for m in group if m.by_day}) > 1:
            continue  # "Monday's sentencing hearing" and "Wednesday's hearing": days that name two hearings
        # a day's own event ("Wednesday's hearing") is no other one the article qualifies ("the sentencing hearing")
        group = [m for m in group if not m.by_day or any(o.key == m.key for o in group if not o.by_day)]
        if len(group) < 2:
            continue
        if any(m.explicit for m in group) and len({m.day[0] for m in group}) > 1 and _far_apart(group):
            continue  # "sentenced on 22 March 2024" and "sentenced on Thursday" (this year): two sentencings
        ahead_of_earlier = key[0] in before_only and not key[1] and published is not None and all(_on_or_after(m.day, published) for m in group)
        own_years = {m.day[0] for m in group if m.day[0] is not None}
        several_here = key[0] in repeated or any(noun == key[0] and (not years or not own_years or years & own_years) for noun, years in repeated_in)
        if (several_here and not ahead_of_earlier) or len({m.day[0] for m in group if m.explicit}) > 1:
            continue  # "the 2019 vote" and "the 2024 vote" are two votes
        if len({m.subject for m in group if m.subject}) > 1:
            continue  # "Smith died on 3 May", "Jones died on 5 May": two deaths
        if any(a.day != b.day and _one_sentence(a, b) for a in group for b in group):
            continue  # "approved it at its meeting on February 12, and a committee finalised it at Wednesday's meeting": set side by side, two
        if any(_CHANGED.search(_clause_around(m)) for m in group):
            continue  # "will now be heard on 16 March, after the 9 March hearing was postponed": a plan that changed
        if published is not None and _told_as_past_and_ahead(group, published):
            continue  # "heard a presentation at its April 24 meeting" … "will vote at its May 20 meeting": two meetings
        hits += _two_dates(doc, key, group)
    hits += [h for h in _start_conflicts(doc, context, events, knowledge) if h.span.start not in {x.span.start for x in hits}]
    if published is not None:
        # "the next hearing on 18 March" is the one hearing ahead: an unqualified "the March 25 hearing" also ahead is it
        for noun in {m.key[0] for m in mentions if m.key[1] == "next"}:
            ahead = [m for m in mentions if m.key[0] == noun and m.key[1] in ("", "next") and _on_or_after(m.day, published)]
            if any(m.key[1] == "next" for m in ahead) and not any(m.key[0] == noun and m.key[1] not in ("", "next") and _on_or_after(m.day, published) for m in mentions):
                hits += [h for h in _two_dates(doc, (noun, ""), ahead) if h.span.start not in {x.span.start for x in hits}]
    return hits


_SENTENCE_BREAK_RE = re.compile(r"[.!?][\"\u201d\u2019)]?\s+[A-Z\"\u201c]")


def _one_sentence(a: _Mention, b: _Mention) -> bool:
    """True when two mentions stand in one sentence of one block: a sentence that dates two of a kind tells them apart."""
    if a.block is not b.block:
        return False
    lo, hi = sorted((a.start, b.start))
    return not _SENTENCE_BREAK_RE.search(a.block.text, lo, hi)


# --- one-off events of a life dated by their year: "They married in 1967" and "At their wedding in Dundee in June 1969";
# "She was elected a fellow of the Royal Society in 1989" and "After her election to the Royal Society in 1987"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NAME_RUN = r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,8}"  # bounded: a paragraph may be megabytes long
_IN_YEAR = rf"(?P<at>\s+(?:in|at)\s+{_NAME_RUN})?\s+in\s+(?:(?P<month>{_MONTHS})\s+)?(?P<year>1[6-9]\d\d|20\d\d)\b(?!\s*(?:-|\u2013|to|and)\s*\d)"
_YEAR_VERB = re.compile(
    rf"(?<![\w-])(?P<subj>[A-Za-z][\w'\u2019]*)\s+(?:(?:was|were)\s+)?(?P<verb>married|elected)(?![\w-])"
    rf"(?P<obj>(?:\s+(?:a|an|the|of|to|as)\b|\s+[a-z]+(?=\s+of\b)|\s+[A-Z][\w'\u2019-]*){{0,8}}?){_IN_YEAR}"
)
_YEAR_NOUN = re.compile(rf"\b(?P<subj>[Tt]heir|[Hh]er|[Hh]is)\s+(?P<verb>wedding|marriage|election)\b(?P<obj>(?:\s+(?:to|as)\s+(?:the\s+)?{_NAME_RUN})?){_IN_YEAR}")
# a life that has more than one of them: "their second marriage", "remarried", "re-elected", "marriages"
_YEAR_SEVERAL = re.compile(r"\b(?:remarri\w*|re-?elect\w*|divorc\w*|(?:weddings|marriages|elections)\b|(?:" + _MULTIPLE + r")\s+(?:wedding|marriage|election|term|husband|wife)\b"
                           r"|\b(?:married|elected|wed)\b[^.;:!?]{0,30}\b(?:again|twice)\b|\btwice\s+(?:married|elected|wed)\b)", re.I)
_PERSON = {"their": "they", "they": "they", "her": "she", "she": "she", "his": "he", "he": "he"}


@dataclass(frozen=True)
class _YearMention:
    block: Block
    start: int
    end: int
    year: int
    shown: str


def _year_conflicts(doc: Document, context: Context, knowledge) -> list[Hit]:
    """Hits where one event of a life (a wedding; an election to a named body) is given two years."""
    prose = context.annotation(doc).time.prose
    if not any(_YEAR_VERB.search(r.text) or _YEAR_NOUN.search(r.text) for r in prose):
        return []
    if any(_YEAR_SEVERAL.search(r.text) for r in prose):
        return []
    mentions, refs = [], []
    for reading in prose:
        for pattern in (_YEAR_VERB, _YEAR_NOUN):
            for m in pattern.finditer(reading.text):
                if reading.quoted(m.start("verb")):
                    continue
                word = m.group("verb").lower()
                event = knowledge.verb_events.get(word) or knowledge.event_of_noun({"marriage": "wedding"}.get(word, word))
                event = "election" if word == "elected" else event
                names = re.findall(_NAME_RUN, m.group("obj"))
                body = names[-1].lower() if names else ""
                if event == "election" and not body:
                    continue  # "elected in 1997": to what is not said, and a life holds many elections
                subj = m.group("subj")
                person = _PERSON.get(subj.lower(), subj.lower() if subj[0].isupper() and subj.lower() not in _PRONOUN_SUBJECTS else "")
                if not person:
                    continue
                mentions.append(_YearMention(reading.block, m.start("verb"), m.end("year"), int(m.group("year")), m.group()[m.start("year") - m.start() - len(m.group("month") or "") - (1 if m.group("month") else 0) :].strip()))
                refs.append(EventRef(event, body, person))
    groups: dict[tuple[str, str, str], list[_YearMention]] = {}
    for mention, event in zip(mentions, link_events(refs)):
        if event is not None:
            groups.setdefault(event, []).append(mention)
    hits = []
    for (event, body, _), group in groups.items():
        group.sort(key=lambda m: m.block.source_offset(m.start))
        if len({m.year for m in group}) != 2:
            continue
        first = group[0]
        later = next(m for m in group if m.year != first.year)
        what = f"{event} to the {body.title()}" if body else event
        line = doc.line_col(first.block.source_offset(first.start))[0]
        message = f"The {what} is dated {later.shown} here, but {first.shown} at line {line}."
        hits.append(Hit(EVENT_DATE_CONFLICT.id, later.block.source_span(later.start, later.end), message, related=(RelatedHit(first.block.source_span(first.start, first.end), f"the {what} in {first.shown}"),)))
    return hits


# a date that was changed: both dates are true, one of them no longer
_CHANGED = re.compile(
    r"\b(?:postponed|rescheduled|re-scheduled|(?:was|were|been|be)\s+moved|brought\s+forward|pushed\s+back|put\s+back|(?<!sentence\swas\s)(?<!sentencing\swas\s)deferred(?!\s+sentenc)|"
    r"cancell?ed|called\s+off|instead|now\s+(?:be|take|go)|originally|initially|had\s+been\s+(?:due|scheduled|set|expected|planned))\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?]")
_ASIDE_OPEN = re.compile(r"[,(\u2014\u2013]")


def _clause_around(m: _Mention) -> str:
    """The mention with the words just before and after it in its clause ("will now be heard on …", "… was postponed")."""
    text = m.block.text
    before = text[max(0, m.start - 25) : m.start]
    after = text[m.end : m.end + 40]
    if _ASIDE_OPEN.search(text, m.start, m.end):
        after = after.lstrip(",)\u2014\u2013- ")  # "The hearing, which was scheduled for 4 March, was brought forward": the aside closes, its clause goes on
    cut = _CLAUSE_BREAK.search(after)
    starts = [b.end() for b in _CLAUSE_BREAK.finditer(before)]
    return before[starts[-1] if starts else 0 :] + text[m.start : m.end] + (after[: cut.start()] if cut else after)


_NEAR_DAYS = 62  # "died on 29 December" (last year, read from the publication date) and "died 2 January 2026": one death, dated twice


def _far_apart(group: list[_Mention]) -> bool:
    """True when the mentions' days, with their years, lie further apart than a slip of the date would put them."""
    days = []
    for m in group:
        try:
            days.append(_dt.date(*m.day))
        except (TypeError, ValueError):
            return True
    return (max(days) - min(days)).days > _NEAR_DAYS


def _of_an_earlier_year(reading, pos: int, published) -> bool:
    """True when the sentence at pos writes years, all before publication ("In 2023 … after a first hearing in March and a
    second in June"): the events it counts are that year's, not rivals to this year's."""
    from ..reading.times import years_in

    if published is None:
        return False
    years = years_in(reading.sentence_at(pos).text)
    return bool(years) and max(years) < published.year


def _capitalised(m: _Mention) -> bool:
    """True when a mention's one qualifier is written as a name ("the Tahlequah hearing")."""
    if not m.key[1] or " " in m.key[1]:
        return False
    found = re.search(rf"\b({re.escape(m.key[1])})\b", m.block.text[m.start : m.end], re.I)
    return found is not None and found.group(1)[0].isupper()


def _merge_places(by_key: dict[tuple[str, ...], list[_Mention]]) -> None:
    """"The Tahlequah hearing" is the one hearing the article holds "in Tahlequah": a place written as the qualifier
    names the event told elsewhere with that place, when exactly one other event of that noun is."""
    for key in list(by_key):
        noun, mod = key[0], key[1]
        if not mod or " " in mod or key not in by_key:
            continue
        group = by_key[key]
        if not _capitalised(group[0]):
            continue  # a lower-case qualifier ("strike ballot") tells events apart
        place = re.search(rf"\b({re.escape(mod)})\b", group[0].block.text[group[0].start : group[0].end], re.I)
        held_there = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(place.group(1))}\b")  # "at the Ruiru sub-county headquarters"
        others = [k for k, g in by_key.items() if k != key and k[0] == noun and any(held_there.search(m.block.text, max(0, m.start - 120), m.end + 120) for m in g)]
        if len(others) == 1 and not any(k != key and k[0] == noun and k not in others for k in by_key):
            by_key[others[0]] = sorted(by_key[others[0]] + group, key=lambda m: m.block.source_offset(m.start))
            del by_key[key]


def _told_as_past_and_ahead(group: list[_Mention], published) -> bool:
    """True when one mention is a day before publication told in the past tense and another a day after it told in the
    future or present: a board's meeting held and its next one, not one meeting dated twice."""
    from ..language.tense import Tense, governing_verb

    def tense(m: _Mention):
        found = governing_verb(m.block.text, m.start, m.end)[0]
        if found is Tense.UNKNOWN:  # a mention read from its verb starts with it: "voted on 28 April", "will vote on 12 May"
            said = _OWN_VERB.match(m.block.text, m.start)
            if said is not None:
                return Tense.FUTURE if said.group("future") else Tense.PAST
        return found

    past = any(not _on_or_after(m.day, published) and tense(m) is Tense.PAST for m in group)
    # "The decision taken at the October 21 meeting will be reported": the meeting's own participle tells it as done
    ahead = any(_on_or_after(m.day, published) and tense(m) in (Tense.FUTURE, Tense.PRESENT)
                and not _DONE_AT.search(m.block.text, max(0, m.start - 40), m.start) for m in group)
    return past and ahead


_OWN_VERB = re.compile(r"(?P<future>will\s|shall\s|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to\s)|[a-z]+ed\b", re.I)
_DONE_AT = re.compile(r"\b(?:[a-z]+ed|taken|made|held|given|done|won|lost|passed|agreed)\s+(?:at|on|in|during|by)\s+(?:the|its|their|this|that)?\s*\Z", re.I)


def _on_or_after(day: tuple[int | None, int, int], published) -> bool:
    try:
        return _dt.date(day[0] or published.year, day[1], day[2]) >= published
    except ValueError:
        return False


# the first day of an event that runs for several ("set an evidentiary hearing to begin Oct. 20", "When the evidentiary
# hearing opens Oct. 27", "the inquiry, which starts on 4 May"): its own fact, apart from the days of its other parts.
# "His trial is now scheduled to begin" is someone else's, and moved: not read
_STARTING = (r"\b(?:the|a|an|its)\s+(?P<mods>(?:[a-z][\w'-]*\s+){{0,3}}?)(?P<noun>{nouns})"
             r"(?:,\s+(?:the|a|an)\s+[^,;.:()]{{1,80}},(?=\s+(?:opening|beginning|starting|commencing)\b))?"  # "a public inquiry, the most formal of the routes, opening on"
             r"(?:,\s+which|\s+that)?\s+(?:(?:is|was|will|has\s+been|had\s+been|would)\s+)?(?:(?:set|scheduled|due|expected|slated|listed|timed)\s+)?"
             r"(?:to\s+)?(?P<verb>begins?|began|begun|beginning|opens?|opened|opening|starts?|started|starting|commences?|commenced|commencing|gets\s+under\s+way)\s+"
             r"(?:(?:before|at|in)\s+(?:[\w'\u2019.-]+\s+){{1,6}}?(?=on\s+\Z))?(?:on\s+)?\Z")  # "opened before magistrate X on"
_COUNTED = frozenset("first second third fourth final last next another previous earlier new further fresh separate other".split())


def _start_conflicts(doc: Document, context: Context, events: tuple[str, ...], knowledge) -> list[Hit]:
    """The first day of one event given two dates ("to begin Oct. 20" … "opens Oct. 27"), each written with its noun and a
    verb of starting, outside quotes and with no word of a change around either; "the first hearing" and "the appeal
    hearing" are told apart as events are."""
    pattern = re.compile(_STARTING.format(nouns=alternation(events)), re.I)
    found: list[_Mention] = []
    for reading in context.annotation(doc).time.prose:
        text = reading.text
        for d in reading.dates:
            if not (d.valid and d.day is not None and d.month is not None) or reading.quoted(d.start):
                continue
            sentence = reading.sentence_at(d.start)
            m = pattern.search(text, max(sentence.start, d.start - 120), d.start)
            if m is None or _RANGE_BEFORE.search(text, max(0, d.start - 40), d.start):
                continue
            mods = [w.lower() for w in m.group("mods").split()]
            if _COUNTED & set(mods):
                continue
            mention = _Mention(reading.block, d.start, d.end, (m.group("noun").lower(), " ".join(mods)), (d.year, d.month, d.day), d.text, d.explicit_year)
            if _CHANGED.search(sentence.text) or _CHANGED.search(_clause_around(mention)):
                continue  # "the hearing, which had been due to open on 20 October, will now begin on 27 October"
            found.append(mention)
    if len(found) < 2:
        return []
    refs = [EventRef(knowledge.event_of_noun(m.key[0]), m.key[1]) for m in found]
    by_key: dict[tuple[str, ...], list[_Mention]] = {}
    for m, event in zip(found, link_events(refs)):
        if event is not None:
            by_key.setdefault(event, []).append(m)
    hits = []
    for key, group in by_key.items():
        if len(group) < 2 or len({m.day[0] for m in group if m.explicit}) > 1:
            continue
        hits += _two_dates(doc, (key[0], key[1]), group, starts=True)
    return hits


def _two_dates(doc: Document, key: tuple[str, str], group: list[_Mention], starts: bool = False) -> list[Hit]:
    """A hit at the first later mention dated otherwise than the first, when the group holds exactly two dates (of the
    event's first day, when `starts`)."""
    if len({_comparable(m.day) for m in group}) != 2:
        return []
    first = group[0]
    for m in group[1:]:
        if _comparable(m.day) == _comparable(first.day) or (m.quoted and first.quoted) or _a_week_apart_allowed(m.day, first.day):
            continue
        if (m.relative or first.relative) and _another_of_the_relative_days(doc, m, first):
            continue
        if (m.quoted or first.quoted) and not (m.named and m.named == first.named):
            continue  # a speaker's "the 14 May vote" may be loose talk; "the September 16 public hearing" names the reporter's "public hearing"
        if (bare := _BARE_WEEKDAY.match(m.text)) and (other := _BARE_WEEKDAY.match(first.text)) and bare.group(1) == other.group(1):
            continue  # "voted 4-1 Tuesday" … "with Tuesday's vote": one weekday written twice, only its clause's tense read apart
        noun = " ".join(filter(None, (key[1], key[0])))
        if key[1] and " of the " in key[0]:
            act, thing = key[0].split(" of the ", 1)
            noun = f"{act} of the {key[1]} {thing}"  # "the signing of the closure notice"
        line = doc.line_col(first.block.source_offset(first.start))[0]
        if starts:
            message = f"The {noun} begins on {m.text} here, but on {first.text} at line {line}."
        else:
            message = f"The {noun} is dated {m.text} here, but {first.text} at line {line}."
        related = f"the {noun} beginning on {first.text}" if starts else f"the {noun} on {first.text}"
        return [Hit(EVENT_DATE_CONFLICT.id, m.block.source_span(m.start, m.end), message, related=(RelatedHit(first.block.source_span(first.start, first.end), related),))]
    return []


_BARE_WEEKDAY = re.compile(r"((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) \(")  # how a weekday without its date is shown


_RELATIVE_REACH = 14  # days: how far a date may be from "yesterday's" event and still be that event misdated


def _another_of_the_relative_days(doc: Document, m: _Mention, first: _Mention) -> bool:
    """True when an event a relative day names ("yesterday's meeting", "Today's hearing") and another mention are two
    events of the kind: the other is a bare weekday (its day a guess from the tense: "will be held on Monday night",
    stale-preview's to tell), lies weeks away ("the board's meeting on Thursday 20 May"), or lies on the other side
    of publication ("The case was adjourned to Tuesday, 7 April, when the hearing will begin")."""
    relative, other = (m, first) if m.relative else (first, m)
    if _BARE_WEEKDAY.match(other.text) or abs(_day_of_year(m.day) - _day_of_year(first.day)) > _RELATIVE_REACH:
        return True
    published = doc.published.date() if isinstance(doc.published, _dt.datetime) else doc.published
    if published is None:
        return False
    try:
        days = [_dt.date(x.day[0] or published.year, x.day[1], x.day[2]) for x in (relative, other)]
    except ValueError:
        return True
    return (days[0] <= published) != (days[1] <= published)


def _day_of_year(day: tuple[int | None, int, int]) -> int:
    """The day's place in its year (a year-less day read in a leap year), for how far apart two days are."""
    return (_dt.date(2024, day[1], day[2]) - _dt.date(2024, 1, 1)).days


def _comparable(day: tuple[int | None, int, int]) -> tuple[int, int]:
    """Month and day: a year-less date and the same date with its year are one date."""
    return day[1], day[2]


register(run, EVENT_DATE_CONFLICT)
