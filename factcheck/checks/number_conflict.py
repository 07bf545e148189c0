"""The same quantity given two values ("1,860 seats" … "the 1,680 seats"; "which killed 14" after "12 were killed").

Compares the quantity facts of the annotated document (factcheck/reading): a
count of any noun, an amount of money in any currency and scale, a percentage, a
measure with its unit, or a person's age, keyed by the thing it is about (the
head of its noun phrase, the noun a compound makes of it, its owner, the verb
that counts it). Two facts with one key, in different sentences, whose values
differ beyond the rounding a sub-editor accepts, are reported at the mention
whose value is in the minority (else the later one), pointing at the first.

A difference that is a slip of the digits (transposed, doubled, dropped or one
changed, in figures of three digits or more) is reported whenever the keys
match. Any other difference needs the later mention to refer back to what was
already counted ("the 14 people", "its £3bn package", "which killed 14") and the
two to use the same modifiers.

More kinds of the same slip are found: a figure that refers back ("the £4.3m of
cuts") and is given nowhere else, whose digits are another figure's of its unit
transposed or with a zero dropped ("£3.4m"), whatever noun each is tied to (a zero dropped from an
approximate figure of three significant digits or more counts too: "about 12,500 acres" … "the 1,250 acres"); one side of a
vote stated alone that no tally gives ("passed 61-38" … "39 voted against"; "defeated by
84 votes to 67" … "the 76 TDs who voted against": a losing verb makes the first count the
side against, and a side referred back is checked against the article's one tally); a
score referred back to ("the 26-16 result") that keeps the winning score of exactly one
earlier score and changes the other ("won 26-18"), or keeps the losing score and swaps two digits of the winning one
("a 78-71 win" … "the 87-71 win"), when no other earlier result shares its winning or
its losing score (a lead such as "led 16-0" is not one); and a person's figure referred back
("Kelkar's 121") whose digits are a slip of the one figure the same person was given
("Rohan Kelkar struck a fluent 112"). A swap keeps the decimal point where it was ("$3.1 million" … "$13 million" is
another figure), and what is left of a whole or added to it ("the remaining £2.3m" beside "a £3.2m plan") is no
statement of the whole.

A figure on a fact box's line ("- Size: 43,800 hectares") refers back like "the": the box sums up the body.

A sum, percentage or measure in the standfirst that the body never gives, whose digits are the body's one figure of
its unit with two swapped ("approved a €68.4m budget" over "a spending plan worth €86.4m"), is a slip whatever noun
each is tied to: a standfirst sums up the body.

A figure referring back whose value the article has already written, whatever noun that earlier figure was
tied to ("The remaining 36 have been placed on a waiting list" … "the 36 vendors left out"), refers back to it.

Two figures one digit apart that open sentences about different named subjects, neither naming the other's
("Belmont Silvertones … with 285 points" … "Southern Sunrise Steel Orchestra were third with 281 points"), are two
entrants' counts, not one count written twice. A figure in a relative clause about a named person ("the hooker Dai
Morgan, who has retired after 212 games") is that person's: it is no slip of a figure whose sentence does not name
them ("their 22 league games").

One amount written twice with two neighbouring digits swapped, whatever noun or none each is
tied to, is reported when the words near each share one ("£7.4bn extra for the NHS" … "an extra
£4.7bn" for the NHS; "bowled out for 187" … "Hallamshire's 178 was their lowest total"; words of one group of
rules/quantities.yaml refer-back name one sum: "earned $14.6 million from the sales" … "March's receipts of $16.4
million"), in different sentences, neither written a third time, and the times that date each agree: "up from
3,310 in 2021" dates 3,310, not the figure before it; "last season's final" dates its own figure; a wire dateline's
year ("KIGALI, Tuesday 14 April 2026 –") and a time in a clause after the figure's ("…, and that the office expected
the second quarter to be stronger") date none. A sum of four figures counts with its zero moved ("Rs 3,900" … "Rs
3,090"), and the level a change reaches is no end of a range ("falls by 8% to 38,470 tonnes, from 41,820").

A winning margin referring back ("after the 46-run win") that the article states nowhere, one digit away from the one
margin it states in that unit ("beat Lahore Whites by 36 runs"), is that win with a digit slipped; other margins ("had
beaten Rawalpindi by 58 runs in the other semi-final") are other matches. A count referring back to the same thing
("the 124-car ferry" … "deck space for 142 cars") is compared whatever years stand beside each.

A later figure referring back whose digits transpose an earlier one's of the same thing and unit
is one event told with two verbs or two modifiers, when the article gives that thing no third plain
value of its time ("37 homes … ordered to evacuate" … "residents of the 73 evacuated homes"; "61 spoilt
ballots" … "the 16 rejected papers"); a running total explains it only when it reaches one of the two
values. So is a count referring back ("the 68-bed hospital") whose digits transpose another count's of the same noun
("has 86 licensed beds"), each given once, unless either is scoped by a label ("ward 4") or their narrowing words
differ ("maternity", "intensive-care"). A race time ("1:59.48", "2:07:41", "29 minutes 41.36 seconds") is an amount in seconds, and "whose 1:59.84" refers back;
two race times with digits swapped are two swims, unless the later stands in a results list whose other times the article
also gives ("Protheroe was second in 30:09.80" … "1 R Pryce 29:14.36; 2 I Protheroe 30:09.80"): then it is the same runner's.
One exact figure given again later with one digit dropped, both of four significant digits or more, in sentences naming the
same times with words in common near each ("to 58,316 at the end of December" … "which stood at the end of December at
5,836"), is a slip. Any other difference leaves alone the size of a change ("That fall of 586 patients" … "the 9,420
patients") and two values ten times apart or more ("Thirty-seven patients had waited more than 78 weeks" … "the 9,420
patients … who have waited more than 18 weeks"): two groups, not one count written twice. A range
referred back ("the new range of $4.15 to $4.30") must be the one earlier range of its unit and size
that is not the start of a change ("$4.10 to $4.25 …, down from the $4.30 to $4.50"). A person's prison
term referred back ("Ghafoor's five-year sentence") must be the one term the article gives to that
person or to no one it names ("sentenced a former branch manager … to seven years' imprisonment"); a
further, suspended or possible term is another, and so is one whose sentence names another year ("jailed for four
years in 2017"). A term is a prison term when a custody word follows it ("seven years' imprisonment"), "jailed for"
or "sentenced to" comes before it, or, once the article has named one term so, "received" or "was given" does;
months written after it count ("received seven years and six months" … "Mottram's nine-year sentence").

An article that writes one country's dollar at least twice ("C$4.2 million", "C$3.1 million") and no
other means that dollar by a bare "$" ("the $2.4-million price tag"). A possessive before a figure
refers back like "the" ("the commissioner's Rs 4,128-crore draft"). A changing figure ("another 2,140
hectares were restored") can be the one a later figure referring back slips from ("The 1,240 hectares
completed"), unless the later sentence gives both. A slip of the digits needs the two sentences to share
only one time ("9.6 million passengers last year, up from 8.9 million in 2024" … "the 9.16 million
passengers it carried last year"); a part of a breakdown ("122 flats, with … the remaining 64") is not
a third value of the whole. A figure of a headline (the h1, the title) is an earlier mention for the
digits-swapped-in-context comparison ("Manager who stole £88,400" … "stole £84,800"), unless
headline-body-conflict already reports the pair; there an amount of money of a million or more needs
only two significant digits ("Rs 25 crore" … "the Rs 52 crore budget").

A sum of money referred back by a definite mention with another noun or by its owner is compared with the one
earlier sum it can be (factcheck/reading/coreference.py): "£3.1 million from the council's own capital programme" …
"the council's £3.6 million contribution"; "Profit after tax fell to Sh1.23 billion" … "The fall in net profit to
Sh1.32 billion" (the level the change reaches, not the one it starts from); "The cash offer values the company at
about £206m" … "the £260m deal" (nouns of one `refer-back` group in rules/quantities.yaml). Two digits swapped or one
changed are reported, and so is a plain difference of less than half the sum when neither figure is approximate. Left alone: two
earlier sums the mention could be ("a £5m deal with Leeds" … "a £3m deal with Bradford" … "the £4m deal"), a mention
that is new or another ("the revised £5.8 million funding", "a further £9.8 million"), one whose sentence says the sum
changed ("now", "raised"), a sum in another currency, one inside quotes, and "profit before tax" for net profit.

People named on one side of the vote ("Board members Carla Dunning, Ray Ostrowski and Denise
Whitfield voted against", each by two names or more) are more than the article's one tally of that
time gives that side ("voted 5-2"); fewer may leave some out, and last year's vote is another.
A financial year ("for 2026-27") and "next year" in a piece of early 2026 are one time for the
digits-swapped-in-context comparison, and the present ("this year") dates nothing.
A fact is dated by its sentence's times less those another of its figures owns (reading/annotate.py): a time
written after the speaker's verb dates the reported clause ("Ikoyi Trust, which operates 214 branches …, said mobile
channels carried 71 per cent of transactions in 2025": not the branches), a year set before another noun dates that
noun ("remains a third below its 2021 average"), and a time at the end of a clause before a comma is that clause's
figure's, not the one after the comma; a semicolon parts two clauses, each dated by its own times ("3,130 children, up
slightly from last year; 298 of them are among the district's 1,241 kindergartners"). The whole of a part an owner has ("plans to close 18 of its 241 branches this
year") is a level, whatever changes the part. A figure joined to cents ("the 64-cent interim dividend") is an amount of the noun after.

The name before a holding verb scopes the count after it like a possessive ("Fasanmi polled 312,408 votes" …
"Fasanmi's 312,468 votes"): other people's counts of that noun are not a third value of his, and a running
total of all of them ("Total valid votes stood at 632,462") does not explain the pair. A measure tied to no
noun measures its owner or the subject of the verb that states it ("The port handled 3.1 million TEU" … "the
port's 3.4 million TEU"). A year still to come named beside one mention only dates what will happen to the
thing, so a slip of the digits still ties the two ("184 apartments" … "the first of the 148 apartments ready
by late 2027"). In the digits-swapped-in-context comparison the figure slipped from may be written more than
once (the headline and the body), and two sentences that each give one other figure ("38 home buyers" … "the
38 buyers") tell one event whatever years one of them adds; a sentence that gives both values tells them
apart. A possessive before a score refers back like "the" ("Leinport's 31-21 win").

An age given by an apposition ("Morag Whitelaw, 54,") or an epithet ("the 45-year-old") is the age at
the time of writing, whatever year its sentence names; a bare "the 45-year-old" is the one person whose
age the article has given so far when its digits are hers transposed.
A bare "the 31-year-old" is not the one person whose age the article gives when its paragraph, up to it, and the
paragraph before name another person and not that one ("Kiprotich, 27, …" … "McAteer found another gear …" ¶ "a
personal best for the 31-year-old"). A bare count written "N for M" ("At 136 for two in the 29th over") is half of a
pair, an innings' state at a moment, and is not compared in the digits-swapped-in-context comparison.
A bare "The 57-year-old" opening a sentence is the person whose age the article gives who
was named last, in its paragraph or the one before ("Botha ordered Radebe to pay …"),
unless another age of that value is given ("A 57-year-old man was stabbed"). When the article names two people who
share a surname ("Brian Kiprono" and "Mercy Kiprono", a father and his son), a bare age is tied to no one; an age
told of a bare surname ("said Adeyemi, 41") is the full name's last written before it with that surname (so "Their
daughter, Feyi Adeyemi, 15" is another person), and initials are part of a name ("R. Srinivasan, 67" is not "Karthik
Srinivasan, 38", and may be "Ramesh Srinivasan"). A bracketed
figure after a name is an age ("Jane Doe (47)") unless its sentence brackets lists of numbers after names ("Scorers:
McGlashan (12, 84), R Fairlie (61)": minutes).

Left alone, because they are not one quantity stated twice: different things
("killed 12 people and injured 40"; "200 homes", "60 affordable homes"),
different places, owners or labels ("beds on ward 4", "beds on ward 6"), other
years ("in 2019 a crash on the same road killed 3"), running totals and
revisions ("rose to", "up from", "now", "another", "so far", "a total of", "46 depositors,
and more came forward"),
rates ("a day", "per pupil"), ranges, approximate figures ("about 1,900"), bounds the exact figure meets
("more than 1,100 homes" … "1,150 homes", even where the digits look like a slip; and from further off when they do
not: "drew more than 150 residents" … "412 residents had written"), a figure referred back
whose sentence names another time ("the 6.4% rise recorded the previous month" … "4.6%"),
figures inside quotes, three or more values for one thing, and anything of one
or less; a year's opening and closing levels written one after the other ("began the year with 412 stores … ending the
year with 421"). "The 36-year-old coach" is the one person whose age the article gives beside that role ("head coach
Rajinder Pal Singh, aged 63"), even beside a namesake; "are expected to begin in the fall" says when, not how many.
What a place holds, seats or accommodates is its seats ("The venue holds 1,860", "The auditorium seats 1,680 people" …
"the 1,860-seat theatre"). A compound that gives the size of another noun ("The Jericho hospital's 40-bed children's
ward") is no second count of the beds a sentence naming neither its noun nor its owner gives ("Adeoyo alone has 212
beds"), unless the digits slipped; "the frailty unit's 24 beds" is the unit's ("the new 28-bed unit"). A count beside
another side of a vote ("312 members vote in favour, 41 against") is one side, not the membership ("the branch's 584
members").

A firm limit ("the county will rent up to 350 beds"; "at least", "no more than", "a maximum of", "capped at") is broken
by an exact figure referring back to the same thing beyond it ("the 380 beds set aside for the county"), reported at the
later; a rounding ("nearly 4,000" … "the 4,060 visitors") is no firm limit.
A level a change reaches ("Next week's jackpot climbs to €9,400"), after a plain value of the same thing ("the €9,200
jackpot"), differs by the change its verb tells: only a slip of the digits is reported. A sum a verb names ("The council
will borrow $48 million") is a sum of that verb's noun (rules/quantities.yaml `sum-verbs`: "the $54 million stopbank
loan"), and a later mention's qualifiers may come from the words around the earlier sum ("stopbanks" in the sentence before).
A running score ("cut the margin to 16-14", "made it 22-14", "12-12 at half-time"; reading/results.py) is no result a
score referred back could be.

A figure whose thing a possessive pronoun owns ("Its median house price") is not compared with one a named owner has;
percentages told as changes over two spans ("in the quarter" … "over the year") are two figures; a value another
replaced ("revised from £240,000") is no figure a later one slips from; a whole restated beside its parts ("The 4.99% is
made up of a 2.99% rise and a 2% precept") is no second value.
An addition ("to a further 3,750 route km in 2027-28") is compared with a figure that refers back to it with "the",
dated the same time however written ("the 3,570 route km … planned for next year"); a figure "cut from" is where a crop
is cut, not a level replaced, unless the sentence gives the other level; a margin that a final score gives ("62-44. The
18-goal margin") is stated; a sentence that opens on a name set off by an apposition names it ("Peterhead, Europe's
biggest whitefish port, …"). Words that say how a thing is, not what ("new", "total", "other"), make no thing two
figures share.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..document import BlockKind, Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..reading.annotate import Statement
from ..reading.quantities import ADDED_BEFORE, FUNCTION_WORDS, read_owned_figures, singular
from ..reading.compare import agree, amount_slip, comparable, dropped_digit_pairs, era, local_dollar, one_time, places_kept, significant_digits, slip, transposed_pairs, unit_of, usable
from ..reading.tokens import WORD
from ..registry import Check, Context, Example, register

NUMBER_CONFLICT = Check(
    id="number-conflict",
    category=Category.NUMBER,
    severity=Severity.WARNING,
    summary="The same count, amount, measure or age is given two different values.",
    description=__doc__,
    fires=Example(
        "date 2025-06-03 New concert hall opens\n\nThe hall has 1,860 seats and a stage for a full orchestra.\n\n"
        "All of the 1,680 seats were sold within an hour.\n",
        lines=(5,),
    ),
    quiet=Example(
        "date 2025-06-03 New concert hall opens\n\nThe hall has 1,860 seats, and 200 new homes are planned nearby.\n\n"
        "Sales rose from 1,200 seats on Monday to 1,860 seats, and 60 affordable homes will be built first.\n",
    ),
)


def _describe(q) -> str:
    if q.unit == "age":
        return f"the age of {q.owner.title()}" if q.owner else "age"
    what = q.thing if q.unit == "count" else f"{q.thing}, {q.unit}"
    return f"{what}, {q.verb}" if q.verb else what


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit where one quantity is given a second value, pointing at the first."""
    annotation = context.annotation(doc)
    year = doc.published.year if doc.published else None
    by_key: dict[tuple[str, str], list[Statement]] = {}
    changing: dict[tuple[str, str], list[Statement]] = {}
    durations = annotation.quantity_knowledge.duration_units
    local = local_dollar(annotation.prose, annotation.quantity_knowledge.local_dollars)
    headline_words = frozenset(w.lower() for _, block in annotation.headlines for w in re.findall(r"[\w'’-]+", block.text))
    for located in _ages_by_role(annotation.quantities, annotation.quantity_knowledge.person_nouns, annotation.prose, *_surnames(annotation), headline_words):
        if located.fact.unit in durations:
            continue  # a period's length: the deadline checks compare those
        if local and located.fact.unit == "USD" and (unit := unit_of(located.fact.amount, local)) != "USD":
            located = Statement(located.block, replace(located.fact, unit=unit))  # "C$4.2 million" … "the $4.2-million plan"
        key = (located.fact.unit, located.fact.thing)
        if usable(located.fact):
            by_key.setdefault(key, []).append(located)
        elif located.fact.changing and not located.fact.quoted:
            changing.setdefault(key, []).append(located)
    hits = []
    for key, group in by_key.items():
        if not 2 <= len(group) <= _MAX_MENTIONS:
            continue  # a noun counted dozens of times (a results table, a long live blog) is a series, not one figure
        # a running total anywhere in the article ("two more died", "rose to 14") explains a second value
        # … unless neither value is one the running total reaches: then only a slip of the digits ties two plain figures
        explained = {id(g) for g in group if any(comparable(g.fact, c.fact, year, loose=True) for c in changing.get(key, ()))}
        moving = {round(c.fact.amount.value, 6) for c in changing.get(key, ())}
        every = group
        group = [g for g in group if id(g) not in explained]
        reported = set()
        for i, first in enumerate(every):
            for later in every[i + 1 :]:
                a, b = first.fact, later.fact
                if first.block is later.block and a.sentence == b.sentence:
                    continue
                shared = a.scope & b.scope
                if shared and not any(c.fact.scope & shared and (comparable(a, c.fact, year, loose=True) or comparable(b, c.fact, year, loose=True)) for c in changing.get(key, ())):
                    pass  # the running totals are of others' ("Total valid votes stood at 632,462"), not of the owner both name
                elif id(first) in explained or id(later) in explained:
                    if moving & {round(a.amount.value, 6), round(b.amount.value, 6)} or not _lone_slip(every, a, b, amount_slip(a.amount, b.amount), year):
                        continue
                if agree(a.amount.value, b.amount.value, a.amount.digits, b.amount.digits):
                    continue
                how = amount_slip(a.amount, b.amount) if a.amount.value != b.amount.value else None
                if how in ("a digit dropped or added", "a digit doubled") and a.unit == "count" and min(a.amount.value, b.amount.value) < 100:
                    how = None  # "ran 398 centres" … "at 38 centres": two counts of a few things, not a slip the digits prove
                if ("standing" in a.modifiers) != ("standing" in b.modifiers):
                    continue  # "stay 13th on 21 points" is a table's; "Pryce finished with 12 points" a player's score
                if _share_told(first, a) and a.amount.value < b.amount.value or _share_told(later, b) and b.amount.value < a.amount.value:
                    continue  # "Ten percent of the units, or 420 apartments" … "its 4,200-apartment scheme": a part, and its whole
                if bool(a.scope) != bool(b.scope) and (_owned_by_a_pronoun(first, a) or _owned_by_a_pronoun(later, b)):
                    continue  # "Adelaide's median house price … $905,000" … "Its median house price rose … to $1,642,000": its is Sydney's
                if _subjects_apart(first.block, a.amount, later.block, b.amount):
                    continue  # "The consumer goods segment … Rs. 6.3 billion in revenue" … "The leisure segment … revenue of Rs. 3.6 billion"
                if how == "one digit changed" and _other_subjects(first, a, later, b):
                    continue  # "Belmont Silvertones … with 285 points" … "Southern Sunrise … were third with 281 points": two entrants
                if how is not None and not (a.unit == "age" and a.owner and a.owner == b.owner) and _someone_elses(first, a, later, b):
                    continue  # "the hooker Dai Morgan, who has retired after 212 games" … "their 22 league games": his, not theirs
                if _parts_make(first.block, a.amount, b.amount.value) or _parts_make(later.block, b.amount, a.amount.value):
                    continue  # "a 4.99% rise" … "made up of a 2.99% general rise and the 2% precept": a part, and its whole
                if _bound_holds(first, a, b, how is None) or _bound_holds(later, b, a, how is None):
                    continue  # "more than 1,100 homes" … "1,150 homes": a round bound the exact figure meets
                if how is None and _sizes_another(a) != _sizes_another(b) and not a.scope & b.scope:
                    continue  # "212 beds" … "the 40-bed children's ward": the size of one ward, not the beds counted; "the unit's 24 beds" is the unit's
                if how is None and (broken := _bound_broken(first, a, later, b) or _bound_broken(later, b, first, a)) is not None:
                    if comparable(a, b, year, loose=True) and id(later) not in reported:
                        reported.add(id(later))
                        hits.append(_bound_hit(annotation, later, first, broken))
                    continue
                if how is None and (a.amount.approx or b.amount.approx) and not (a.unit != "percent" and _hedged_exact(a.amount, b.amount)):
                    continue  # "about 1,900" agrees with anything near it; only a slip of its digits stands out
                if not comparable(a, b, year, loose=how is not None, overlap=how is not None) and not _lone_slip(group, a, b, how, year):
                    continue
                if how is None and not (b.definite and a.modifiers == b.modifiers and ((a.verb and a.verb == b.verb) or (a.modifiers and _pointed_back(later, b)) or min(a.amount.value, b.amount.value) >= 10)):
                    continue  # small counts of a bare noun ("three games left", "all four games") too often count different things;
                    # a narrowed one pointed back at ("with 11 new stations" … "the nine new stations") is the one counted before
                if how is None and min(a.amount.value, b.amount.value) > 0 and max(a.amount.value, b.amount.value) > 10 * min(a.amount.value, b.amount.value):
                    continue  # "Thirty-seven patients had waited …" … "the 9,420 patients …": sizes apart by ten times or more are two groups
                if how is None and (_size_of_change(first, a) or _size_of_change(later, b)):
                    continue  # "That fall of 586 patients" … "the 9,420 patients": a change's size, not a level
                if how is None and _reached(later, b) and not _reached(first, a):
                    continue  # "the €9,200 jackpot" … "Next week's jackpot climbs to €9,400": the change its verb tells
                if how is None and (_picked_out_apart(first, a, later, b) or _picked_out_apart(later, b, first, a)):
                    continue  # "Of the Dáil's 174 TDs" … "the 76 TDs who voted against the motion": those a clause picks out, not all
                if how is None and (_every_one(first, a) and _owners(later, b) or _every_one(later, b) and _owners(first, a)):
                    continue  # "all 530 seats" … "Kerala's 140 seats": the whole, and a part an owner has of it
                if how is None and (_breakdown(first, a) or _breakdown(later, b)):
                    continue  # "122 flats, with … the remaining 64" … "of the 186 flats": a part and its total
                pool = _owned_by(group, a.scope & b.scope)
                values = _values(pool, a, year)
                if len(values) > 2:
                    continue  # three values for one thing: a series, not a slip
                if how is None and b.definite and _given_before(annotation, later, b):
                    continue  # "The remaining 36 …" … "the 36 vendors left out": a reference back to the part already given
                ca, cb = _count(pool, a, year), _count(pool, b, year)
                if ca == cb:
                    # "Profit after tax fell to Sh1.23 billion" … "net profit to Sh1.32 billion" … "net profit of Sh1.23 billion":
                    # the value the article writes more often, whatever each is keyed by, is the one the slip departs from
                    ca, cb = _times_written(annotation, a.amount), _times_written(annotation, b.amount)
                wrong, right = (first, later) if ca < cb else (later, first)
                if id(wrong) in reported:
                    continue
                reported.add(id(wrong))
                hits.append(_hit(annotation, wrong, right, how))
    reported = {h.span.start for h in hits}
    hits += [h for h in _linked_sums(annotation) if h.span.start not in reported]
    reported = {h.span.start for h in hits}
    hits += [h for h in _transposed_across_keys(annotation, local) + _standfirst_slips(annotation, local) + _result_conflicts(annotation, year) + _owned_slips(annotation) + _range_conflicts(annotation) + _owned_terms(annotation) if h.span.start not in reported]
    reported = {h.span.start for h in hits}
    hits += [h for h in _transposed_in_context(annotation, context, local) if h.span.start not in reported]
    reported = {h.span.start for h in hits}
    hits += [h for h in _transposed_counts(annotation) if h.span.start not in reported]
    reported = {h.span.start for h in hits}
    hits += [h for h in _margins_referred_back(annotation) if h.span.start not in reported]
    reported = {h.span.start for h in hits}
    hits += [h for h in _named_by_its_verb(annotation, local) if h.span.start not in reported]
    reported = {h.span.start for h in hits}
    for ab, a, eab, e in dropped_digit_pairs(annotation.prose, local):
        if a.start not in reported:
            reported.add(a.start)
            hits.append(_at(ab, (a.start, a.end), f"\u201c{a.text}\u201d here, but \u201c{e.text}\u201d at line {annotation.line(eab, e.start)}, of the same time and about the same thing; a digit dropped.", eab, (e.start, e.end)))
    return hits


# "About 11,850 homeowners" … "the 15,180 homeowners": a hedged figure written to four digits is still that figure; it
# agrees with one this near it (a tenth), and no further
_HEDGED_DIGITS = 3
_HEDGED_SLACK = 0.1
_HEDGED_UNITS = 3  # how many units of a two-digit hedge's last digit it may be out by


def _hedged_exact(a, b) -> bool:
    """True when every approximate one of two amounts is written precisely enough, and far enough from the other, to differ.

    A hedge of two significant digits is loose by a unit or two of its last one: "some 31,000 workers" is not "the
    36,000 workers", five thousands away, but "about 1,900" may be 1,860."""
    gap = abs(a.value - b.value)
    for x in (a, b):
        if not x.approx:
            continue
        digits = significant_digits(x.digits, x.value)
        if digits < _HEDGED_DIGITS and not (digits == 2 and x.value >= 100 and gap > _HEDGED_UNITS * 10 ** (len(str(int(x.value))) - 2)):
            return False
    return gap > _HEDGED_SLACK * max(abs(a.value), abs(b.value))


def _reached(statement: Statement, q) -> bool:
    """True for a level a change reaches ("climbs to €9,400", "rose to 14"): its value differs from before by its verb."""
    tokens, k = statement.block.tokens, q.amount.first
    changes = statement.block.knowledge.change_words
    return k >= 2 and tokens[k - 1].lower == "to" and (tokens[k - 2].lower,) in changes


def _sizes_another(q) -> bool:
    """True when a count is a compound that gives the size of another noun ("a 40-bed ward", "the 1,860-seat venue")."""
    return q.unit == "count" and bool(q.amount.compound) and q.thing == singular(q.amount.compound)


# A sum referred back with another value this much larger or smaller is another sum, unless its digits slipped.
_LINKED_RATIO = 1.5


def _linked_sums(annotation) -> list[Hit]:
    """A sum referred back by a definite mention ("the council's £3.6 million contribution", "The fall in net profit
    to Sh1.32 billion", "the £260m deal") with another value than the one earlier sum it can be (reading/coreference.py):
    two digits swapped or one changed, or a plain difference of less than half the sum when neither is approximate."""
    hits = []
    for one in annotation.money_links:
        m, e = one.mention, one.antecedent
        if m.amount is None or m.amount.value == e.amount.value:
            continue
        how = amount_slip(m.amount, e.amount)
        if agree(m.amount.value, e.amount.value, m.amount.digits, e.amount.digits) and not (
                how in ("digits transposed", "one digit changed") and len(m.amount.digits) == len(e.amount.digits) and not (m.amount.approx or e.amount.approx)):
            continue  # "£1.2m" for "£1.24m" is rounding; "KSh 185 million" for "KSh 180 million" is a digit changed
        if how not in ("digits transposed", "one digit changed"):
            how = None  # a zero or digit dropped is also ten times the sum: another sum as often as a slip ("a £5m deal" … "the £50m deal")
        if how is None and (m.amount.approx or e.amount.approx or max(m.amount.value, e.amount.value) > _LINKED_RATIO * min(m.amount.value, e.amount.value)):
            continue
        what = (f"the {m.owner}'s " if m.owner else "the ") + (m.noun or "sum")
        because = f"; {how}" if how else ""
        line = annotation.line(e.block, e.amount.start)
        message = f"\u201c{m.amount.text}\u201d here, but \u201c{e.amount.text}\u201d at line {line} for what reads as the same sum ({what}){because}."
        hits.append(_at(m.block, (m.amount.start, m.amount.end), message, e.block, (e.amount.start, e.amount.end)))
    return hits


def _beside(ab, a, value: float) -> bool:
    """True when the figure's sentence, or the one after it in its paragraph, also gives the other value."""
    sentence = ab.tokens[a.first].sentence
    return any(o is not a and o.value == value and ab.tokens[o.first].sentence in (sentence, sentence + 1) for o in ab.amounts)


def _listed(ab, a) -> bool:
    """True when a figure is one of three or more of its unit in its sentence: a member of a list."""
    sentence = ab.tokens[a.first].sentence
    return sum(1 for o in ab.amounts if o.unit == a.unit and ab.tokens[o.first].sentence == sentence) >= 3


def _parts_make(ab, a, value: float) -> bool:
    """True when a figure is one of two or more of its unit in its sentence that add up to the other value (the whole
    written there too is no part: "The 4.99% is made up of a 2.99% rise and a 2% precept")."""
    sentence = ab.tokens[a.first].sentence
    parts = [o for o in ab.amounts if o.unit == a.unit and ab.tokens[o.first].sentence == sentence and not o.in_range and o.value != value]
    return len(parts) >= 2 and abs(sum(o.value for o in parts) - value) <= 0.005 * value


def _transposed_in_context(annotation, context: Context, local: str | None = None) -> list[Hit]:
    """One amount written twice with two digits swapped, about the same thing by the words near each ("£7.4bn extra
    for the NHS" … "an extra £4.7bn"), whatever noun or none each is tied to: reported at the later."""
    hits = []
    published = annotation.published
    kb = annotation.quantity_knowledge
    money = frozenset(kb.currency_before.values()) | frozenset(kb.currency_after.values())
    headlines = [block for _, block in annotation.headlines]
    for ab, a, eab, e in transposed_pairs(annotation.prose, published.year if published else None, local, headlines, money):
        if _a_series(ab, a, kb.revision_words, local) or _a_series(eab, e, kb.revision_words, local):
            continue  # "rejected an approach at 225p … and a revised proposal of 238p" … "will pay 252p": offers in turn
        if _beside(ab, a, e.value) or _beside(eab, e, a.value):
            continue  # "It began the year with 412 stores … ending the year with 421": the article gives both, one after the other
        if _COMPARED_FIGURES_RE.search(ab.text):
            continue  # "The HSE's own system recorded 421 … The HSE figure is typically lower than the INMO's": two counts set against each other
        if _named_apart(ab, a, eab, e) and len(a.digits.rstrip("0")) < 5:
            continue  # "Ernesto Reyes won a third term by 854 votes" in Barangay Pulo … "Delos Santos unseats Villanueva by 845 votes"
            # (five digits or more slipped are one figure, whoever each sentence names: "736,755" … "763,755")
        if _subjects_apart(ab, a, eab, e):
            continue  # "The consumer goods segment … generated Rs. 6.3 billion" … "The leisure segment … posted revenue of Rs. 3.6 billion"
        if _compound_of_another(ab, a, eab, e) or _compound_of_another(eab, e, ab, a):
            continue  # "a 113-run victory" … "match figures of eight for 131": a compound names what it measures, and the other is not that
        if _added(ab, a) != _added(eab, e):
            continue  # "a margin of 217" … "Special votes added 127 votes to Tipene's tally": what was added is no level
        if _the_rest(ab, a) != _the_rest(eab, e) and not _the_added_of_its_time(annotation, ab, a, eab, e):
            continue  # "a £3.2m plan" … "£900,000 from a grant, with the remaining £2.3m borrowed": a part, not the whole
        if _listed(ab, a) and _listed(eab, e):
            continue  # "£24.6m of savings, £8.9m raised … and £4.6m drawn" … "£9.8m will come from education, £6.4m from …": two lists
        if _parts_make(ab, a, e.value) or _parts_make(eab, e, a.value):
            continue  # "a Sh2.1 billion budget" … "allocate Sh1.2 billion to health, Sh600 million to roads and Sh300 million to water": a part
        if _superseded(ab, a) or _superseded(eab, e):
            continue  # "restated at £251,000, revised from £240,000" … "The £420,000 stand": a value replaced is no figure's twin
        if None != _span_of_change(ab, a) != _span_of_change(eab, e) != None:
            continue  # "values rose 1.4 per cent in the quarter" … "rents … up 4.1 per cent over the year": changes over two spans
        where = f"{'in the headline ' if eab in headlines else ''}at line {annotation.line(eab, e.start)}"
        hits.append(_at(ab, (a.start, a.end), f"\u201c{a.text}\u201d here, but \u201c{e.text}\u201d {where}, with the words around it about the same thing; digits transposed.", eab, (e.start, e.end)))
    return hits


_REVISED = frozenset("revised restated corrected amended changed".split())
_REPLACED_BY = frozenset("revised restated corrected amended changed up down raised lowered increased reduced cut".split())


def _superseded(ab, a) -> bool:
    """True for a figure written as the value another replaced ("revised from £240,000", "up from 3,310")."""
    tokens = ab.tokens
    if a.first < 2 or tokens[a.first - 1].lower != "from" or tokens[a.first - 2].lower not in _REPLACED_BY:
        return False
    if tokens[a.first - 2].lower in _REVISED:
        return True
    # "raised from 12 to 15", "up from 3,310" after its new level: a change has its other level in the sentence ("Cane is
    # being cut from 42,600 hectares" is where it is cut, no level replaced)
    sentence = tokens[a.first].sentence
    return any(o is not a and o.unit == a.unit and tokens[o.first].sentence == sentence for o in ab.amounts)


_SPAN_OF_CHANGE_RE = re.compile(
    r"\b(?:in|over|for|during)\s+the\s+(?:last\s+|past\s+|latest\s+)?(?P<span>quarter|year|month|week|fortnight|twelve\s+months|12\s+months)\b"
    r"|\b(?P<adj>quarterly|annual|annually|monthly|weekly|year-on-year|month-on-month|quarter-on-quarter)\b", re.I)
_SPAN_NAMES = {"annual": "year", "annually": "year", "year-on-year": "year", "twelve months": "year", "12 months": "year", "quarterly": "quarter",
               "quarter-on-quarter": "quarter", "monthly": "month", "month-on-month": "month", "weekly": "week"}


def _span_of_change(ab, amount) -> str | None:
    """The span a percentage's change is over, written in its clause just before or after it ("rose 1.4 per cent in the
    quarter", "up 4.1 per cent over the year", "annual growth of 3%"), or None."""
    if amount.unit != "percent":
        return None
    text = ab.text
    lo = max(text.rfind(",", 0, amount.start), text.rfind(".", 0, amount.start), amount.start - 40)
    hi = min((i for i in (text.find(",", amount.end), text.find(".", amount.end), amount.end + 40) if i >= 0), default=amount.end + 40)
    spans = {_SPAN_NAMES.get(" ".join(w.lower().split()), " ".join(w.lower().split())) for m in _SPAN_OF_CHANGE_RE.finditer(text, max(0, lo), hi)
             for w in (m.group("span") or m.group("adj"),)}
    return next(iter(spans)) if len(spans) == 1 else None


def _the_rest(ab, amount) -> str | None:
    """How an amount is written as part of a whole: what is left of it ("the remaining £2.3m"), what is added to it ("a
    further 160", "an extra £137", "another $173"), or None."""
    word = ab.tokens[amount.first - 1].lower if amount.first > 0 else ""
    after = ab.tokens[amount.last + 1].lower if amount.last + 1 < len(ab.tokens) else ""
    return _REST_BEFORE.get(word) or ("added" if after in ("extra", "more") else None)  # "£7.4bn extra for the NHS"


def _the_added_of_its_time(annotation, ab, a, eab, e) -> bool:
    """True when one of two figures is what is added ("extending Kavach to a further 3,750 route km in 2027-28") and
    the other refers back with "the", dated the same time however written ("the 3,570 route km of Kavach work planned
    for next year"): the addition told again, not the whole it is added to."""
    mine, theirs = _the_rest(ab, a), _the_rest(eab, e)
    if {mine, theirs} != {"added", None}:
        return False
    block, plain = (ab, a) if mine is None else (eab, e)
    year = annotation.published.year if annotation.published else None
    return plain.first > 0 and block.tokens[plain.first - 1].lower == "the" and bool(ab.times_of(a)) and bool(eab.times_of(e)) \
        and one_time(ab, a, eab, e, year)


_REST_BEFORE = {"remaining": "left", "other": "left", "further": "added", "another": "added", "extra": "added", "additional": "added"}
_ADDING = frozenset("add adds added adding".split())
_TOTALS = frozenset("tally total totals count tallies haul".split())


def _added(ab, amount) -> bool:
    """True for an amount written as what something added to another ("added 127 votes to Tipene's tally"); "will add
    1,860 seats to the ground" is the seats themselves."""
    if amount.first == 0 or ab.tokens[amount.first - 1].lower not in _ADDING:
        return False
    after = [t.lower.removesuffix("'s").removesuffix("\u2019s") for t in ab.tokens[amount.last + 1 : amount.last + 9]]
    return "to" in after[:4] and bool(_TOTALS.intersection(after))


def _sentence_names(ab, amount) -> set[tuple[str, ...]]:
    """Each run of capitalised words in an amount's sentence (a lone first word left out, and who tells the figure): whom
    and where it names."""
    sentence = ab.tokens[amount.first].sentence
    tokens = [t for t in ab.tokens if t.sentence == sentence]
    # "Vishnu Ramcharan, an energy analyst at Savannah Capital, said the first-quarter average …": who tells the figure,
    # named before the telling verb, is no one the figure is of
    told = next((k for k, t in enumerate(tokens) if t.lower in _TELLING and t.start < ab.tokens[amount.first].start), 0)
    names: set[tuple[str, ...]] = set()
    run: list[str] = []
    for k, t in enumerate([*tokens, None]):
        if t is not None and k >= told and t.capitalised and t.is_word and t.lower not in _CALENDAR and t.lower not in FUNCTION_WORDS:
            run.append(t.lower.removesuffix("'s").removesuffix("\u2019s"))
            continue
        # each run of capitalised words, not a lone one opening the sentence unless an apposition follows it
        # ("Peterhead, Europe's biggest whitefish port, handled …")
        if run and not (len(run) == 1 and k - 1 == 0 and not _named_in_apposition(tokens)):
            names.add(tuple(run))
        run = []
    return names


def _named_in_apposition(tokens) -> bool:
    """True when a sentence opens on one capitalised word set off by an apposition between commas ("Peterhead, Europe's
    biggest whitefish port, handled …"): a name, not a word capitalised for opening the sentence ("However, …")."""
    if len(tokens) < 4 or tokens[1].text != "," or tokens[0].lower in _OPENING_WORDS or tokens[0].lower.endswith("ly"):
        return False
    return any(t.text == "," for t in tokens[3:12])


_OPENING_WORDS = frozenset("however meanwhile instead still overall elsewhere separately now today yesterday then yet also again".split())


def _one_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when two runs of capitalised words name one thing: the same last word, or one the start of the other of two
    words or more ("Nira Valley" and "Nira Valley Sahakari Sakhar Karkhana"; not "Barangay Pulo" and "Barangay Maligaya")."""
    short, long_ = sorted((a, b), key=len)
    return a[-1] == b[-1] or len(short) >= 2 and long_[: len(short)] == short


_TELLING = frozenset("said says told tells added adds according estimated estimates".split())


def _named_apart(ab, a, oab, o) -> bool:
    """True when the two sentences name people or places and none of one's is the other's: two contests, two people."""
    mine, theirs = _sentence_names(ab, a), _sentence_names(oab, o)
    return len(mine) >= 2 and len(theirs) >= 2 and not any(_one_name(x, y) for x in mine for y in theirs)


def _subject(ab, amount) -> list[str]:
    """The words of the definite noun phrase an amount's sentence opens with, up to the first punctuation or the figure
    ("The consumer goods segment, the group's largest, generated …": the, consumer, goods, segment)."""
    sentence = ab.tokens[amount.first].sentence
    start = next(k for k in range(amount.first, -1, -1) if k == 0 or ab.tokens[k - 1].sentence != sentence)
    words = []
    for t in ab.tokens[start : min(amount.first, start + _SUBJECT_REACH)]:
        if not t.is_word:
            break
        words.append(t.lower)
    return words if words and words[0] in ("the", "its", "their") else []


# how far into a sentence its subject's head may be: "The consumer goods segment"
_SUBJECT_REACH = 6


def _subjects_apart(ab, a, oab, o) -> bool:
    """True when each figure's sentence opens on one kind of thing told apart by words the other lacks ("The consumer
    goods segment … Rs. 6.3 billion" … "The leisure segment … Rs. 3.6 billion"): two members of one kind, two figures."""
    mine, theirs = _subject(ab, a), _subject(oab, o)
    for k, head in enumerate(mine[1:], 1):
        if head in FUNCTION_WORDS or len(head) < 4 or head not in theirs[1:]:
            continue
        before, other = set(mine[1:k]), set(theirs[1 : theirs.index(head, 1)])
        if before and other and not before & other:
            return True
    return False


def _compound_of_another(ab, a, oab, o) -> bool:
    """True when one amount is a compound ("113-run") and the other is neither that compound nor followed by its noun."""
    if not a.compound or o.compound == a.compound or a.compound in ("strong", "odd", "plus"):
        return False  # "the 421-strong team": a count of the noun after, as "412 runners" is
    if a.unit is not None and o.unit == a.unit and singular(a.compound.lower()) == a.unit:
        return False  # "the 45,800-hectare scheme" and "48,500 hectares": one measure, its unit written either way
    after = oab.tokens[o.last + 1].lower if o.last + 1 < len(oab.tokens) else ""
    return singular(after) != singular(a.compound)


_COMPARED_FIGURES_RE = re.compile(r"\b(?:figure|figures|count|counts|total|totals|tally|number)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:lower|higher|smaller|larger|bigger)\s+than\b", re.I)


def _a_series(ab, a, revision_words: frozenset, local: str | None) -> bool:
    """True when the amount's sentence gives another value of its unit and says the values changed ("an approach at
    225p in early March and a revised proposal of 238p in April"): each value is one of a series, not a slip."""
    sentence = ab.tokens[a.first].sentence
    amounts = ab.by_sentence.get(sentence, ([], []))[0]
    if not any(x is not a and unit_of(x, local) == unit_of(a, local) and x.value != a.value for x in amounts):
        return False
    # the revision word a few words before a value of the unit ("a revised proposal of 238p"), not one of another noun
    # ("better recoveries at the upgraded concentrator")
    tokens = ab.tokens
    return any(tuple(t.lower for t in tokens[i : i + n]) in revision_words
               for x in amounts if unit_of(x, local) == unit_of(a, local)
               for n in (1, 2) for i in range(max(0, x.first - 6), x.first - n + 1) if tokens[i].sentence == sentence)


def _times_of(ab, amount) -> frozenset[str]:
    """The years and time phrases named in the sentence of an amount, the present ("this year") left out."""
    return frozenset(t for t in ab.times.get(ab.tokens[amount.first].sentence, ()) if not t.startswith(("this ", "current ")))


def _owned_slips(annotation) -> list[Hit]:
    """A person's figure referred back to ("Kelkar's 121") whose digits are a slip of the one figure the same person was
    given before ("Rohan Kelkar struck a fluent 112"). Slips only: a person has many figures (another innings, a
    season's total), and only a slip of the digits says two of them are one."""
    hits = []
    given: dict[str, list] = {}
    parts = annotation.quantity_knowledge.match_parts
    for ab in annotation.prose:
        for f in read_owned_figures(ab.tokens, ab.amounts, ab.quantities, annotation.quantity_knowledge):
            earlier = given.setdefault(f.owner, [])
            values = {e.amount.value for _, e in earlier}
            if f.possessive and len(values) == 1 and f.amount.value not in values:
                eab, e = earlier[0]
                if _times_of(ab, f.amount) != _times_of(eab, e.amount):
                    earlier.append((ab, f))
                    continue  # "struck 112 last season" … "Kelkar's 121 today": two innings
                how = amount_slip(e.amount, f.amount)
                if how is not None:
                    hits.append(_at(ab, (f.amount.start, f.amount.end), f"\u201c{f.amount.text}\u201d here, but \u201c{e.amount.text}\u201d at line {annotation.line(eab, e.amount.start)} for {f.owner.title()}'s figure; {how}.", eab, (e.amount.start, e.amount.end)))
                elif _match_tally(ab, f) and not any(_part_of_match(x, y, parts) for x, y in ((ab, f.amount), (eab, e.amount))):
                    # "Ngata shot 41 from 45" … "Ngata's 43 goals": one player's tally of a match, told twice
                    hits.append(_at(ab, (f.amount.start, f.amount.end), f"\u201c{f.amount.text}\u201d here, but \u201c{e.amount.text}\u201d at line {annotation.line(eab, e.amount.start)} for {f.owner.title()}'s tally.", eab, (e.amount.start, e.amount.end)))
            earlier.append((ab, f))
    return hits


def _both_sides_told(ab, side) -> bool:
    """True when the sentence of a vote's side gives the other side too, read as a side or as a bare count and "for" or
    "against" ("voted for a 4.2% rise, 14 against and two abstained")."""
    sentence = ab.tokens[side.token].sentence
    if any(o.side != side.side and ab.tokens[o.token].sentence == sentence for o in ab.results[1]):
        return True
    other = "against" if side.side == "for" else "for"
    return any(ab.tokens[a.first].sentence == sentence and a.last + 1 < len(ab.tokens) and ab.tokens[a.last + 1].lower == other for a in ab.amounts)


def _match_tally(ab, f) -> bool:
    """True when a possessive figure counts what a player scores ("Ngata's 43 goals")."""
    return f.possessive and any(q.amount is f.amount for q in ab.quantities)


def _part_of_match(ab, a, parts: frozenset[str]) -> bool:
    """True when the figure's sentence, up to the next figure, names a part of the match or a longer span it may count
    (rules/quantities.yaml match-parts: "in the first half", "for the season")."""
    tokens = ab.tokens
    sentence = tokens[a.first].sentence
    until = next((b.first for b in ab.amounts if b.first > a.last and tokens[b.first].sentence == sentence), len(tokens))
    return any(t.lower in parts for t in tokens[:until] if t.sentence == sentence)  # not the next figure's ("to 261 for the season")


def _other_times(ab, token: int, year: int | None) -> frozenset[str]:
    """The times named in the sentence of a token, other than the publication's own year ("last year", "2019")."""
    sentence = ab.tokens[token].sentence
    return frozenset(t for t in ab.times.get(sentence, ()) if t != str(year) and not t.startswith(("this ", "current ")))


def _result_conflicts(annotation, year: int | None = None) -> list[Hit]:
    """A vote side that no tally gives ("61-38" … "39 voted against"); a score referred back to that no earlier score is ("won 26-18" … "the 26-16 result")."""
    hits = []
    results = [(ab, r) for ab in annotation.prose for r in ab.results[0] if not r.quoted]
    tallies = [(ab, r) for ab, r in results if r.kind == "tally"]
    scores = [(ab, r) for ab, r in results if r.kind == "score"]
    for ab in annotation.prose:
        for s in ab.results[1]:
            if s.quoted or not tallies:
                continue
            def side(t, s=s):
                return t.first_value if (s.side == "against") == t.against_first else t.second_value  # "defeated by 84 votes to 67": 84 against
            if any(side(t) == s.value for _, t in tallies):
                continue
            if _both_sides_told(ab, s):
                continue  # "Twenty-three councillors voted for a 4.2% rise, 14 against": a vote of its own, both sides told
            close = [(tab, t) for tab, t in tallies if abs(side(t) - s.value) <= 2]
            if s.named:
                # "A, B and C voted against" may leave some out, but cannot name more than voted so
                when = _other_times(ab, s.token, year)
                close = [(tab, t) for tab, t in close if side(t) < s.value and _other_times(tab, t.token, year) == when]  # not last year's vote
                if len(close) == 1:
                    tab, t = close[0]
                    hits.append(_at(ab, (s.start, s.end), f"{s.value} people named as voting {s.side} here, but the vote at line {annotation.line(tab, t.start)} was {t.first_value}-{t.second_value}: {side(t)} {s.side}.", tab, (t.start, t.end), "the tally"))
                continue
            if not close and s.definite and len(tallies) == 1:
                close = tallies  # "the 76 TDs who voted against" refers back to the article's one vote
            if len(close) != 1:
                continue
            tab, t = close[0]
            message = f"{s.value} voted {s.side} here, but the vote at line {annotation.line(tab, t.start)} was {t.first_value}-{t.second_value}" + (f" ({side(t)} {s.side})." if t.against_first else ".")
            hits.append(_at(ab, (s.start, s.end), message, tab, (t.start, t.end), "the tally"))
    for i, (ab, r) in enumerate(scores):
        if not (r.definite or _possessed(ab.tokens, r.token)):
            continue  # "the 26-16 result", "Leinport's 31-21 win": a score already given, referred back to
        earlier = scores[:i]
        pair = sorted((r.first_value, r.second_value))
        if any(sorted((e.first_value, e.second_value)) == pair for _, e in earlier):
            continue
        sharing = [(eab, e) for eab, e in earlier if not e.running and (max(e.first_value, e.second_value) == pair[1] or min(e.first_value, e.second_value) == pair[0])]
        if len(sharing) != 1:
            continue
        won = max(sharing[0][1].first_value, sharing[0][1].second_value)
        if won != pair[1] and not (min(sharing[0][1].first_value, sharing[0][1].second_value) == pair[0] and str(pair[1]) in _slipped_forms(str(won))):
            continue  # the winning score kept and the other changed, or the winner's digits swapped ("78-71" … "the 87-71
            # win"), and no other match it could be ("led 3-0" is not one: 3 won nothing)
        if sharing:
            eab, e = sharing[0]
            hits.append(_at(ab, (r.start, r.end), f"\u201c{r.first_value}-{r.second_value}\u201d here, but the score at line {annotation.line(eab, e.start)} is {e.first_value}-{e.second_value}.", eab, (e.start, e.end), "the score given first"))
    return hits


# Pairs are compared within one key; a key with more mentions than this is left alone, which also keeps
# the work per article bounded (the comparison is quadratic in a key's mentions).
_MAX_MENTIONS = 40
_DETERMINERS = frozenset("the its their these those his her our whose".split())  # not "that": "figures showed that 81 per cent"


def _standfirst_slips(annotation, local: str | None = None) -> list[Hit]:
    """A sum, percentage or measure in the standfirst, given nowhere else, whose digits are the body's one figure of its
    unit with two swapped ("approved a €68.4m budget" over "a spending plan worth €86.4m"): a standfirst sums up the
    body, so its figures are the body's, whatever noun each is tied to."""
    kb = annotation.quantity_knowledge
    prose = annotation.prose
    tops = [ab for ab in prose if ab.block.kind is BlockKind.STANDFIRST]
    if not tops:
        return []
    body = [(ab, a) for ab in prose if ab.block.kind is not BlockKind.STANDFIRST for a in ab.amounts
            if a.unit and a.unit not in kb.duration_units and not (a.in_range or a.approx or ab.tokens[a.first].quoted)]
    hits = []
    for ab in tops:
        for a in ab.amounts:
            unit = unit_of(a, local)
            if not a.unit or a.unit in kb.duration_units or a.in_range or a.approx or len(a.digits) < 3:
                continue
            if any(unit_of(b, local) == unit and agree(b.value, a.value, b.digits, a.digits) for _, b in body):
                continue
            slipped = [(bab, b) for bab, b in body if unit_of(b, local) == unit and slip(b.digits, a.digits) == "digits transposed" and 0.1 <= b.value / a.value <= 10]
            if len({round(b.value, 6) for _, b in slipped}) != 1:
                continue
            first_ab, first = slipped[0]
            line = annotation.line(first_ab, first.start)
            hits.append(_at(ab, (a.start, a.end), f"\u201c{a.text}\u201d in the standfirst is \u201c{first.text}\u201d at line {line} with its digits transposed, and is given nowhere else.", first_ab, (first.start, first.end)))
    return hits


_WHOLE_OF_IT = frozenset("entire whole full same total complete".split())


_PREPOSITIONS = frozenset("of in from for at on by with among to into after before".split())


def _changed_before(ab, a, change_words) -> bool:
    """True when a change word stands in the four words before a figure ("rose to 41,860", "another 2,140", "still 41,860");
    one after it ("The quarter's 41,860 tonnes amounted to a third of the revised forecast") changes something else."""
    words = [t.lower for t in ab.tokens[max(0, a.first - 4) : a.first]]
    return any(tuple(words[k : k + len(w)]) == w for w in change_words for k in range(len(words) - len(w) + 1))


def _set_beside_a_named_noun(ab, a) -> bool:
    """True when a figure is set after a comma beside a noun its phrase marks as known ("Liberia's first-quarter shipments,
    31,640 tonnes by the ministry's count"): a possessive or "the" opens the noun's phrase, a word or two before it, and
    no preposition opens it ("Of the club's sponsorship money, €640,000 came from its shirt deal" is a part of the noun)."""
    k = a.first - 2
    if a.first < 3 or ab.tokens[a.first - 1].text != "," or ab.tokens[k].kind != "word" or ab.tokens[k].text[:1].isupper():
        return False
    marked = False
    for m in range(k - 1, max(-1, k - 6), -1):
        t = ab.tokens[m]
        if t.text == "-":
            continue  # "first-quarter"
        if t.kind != "word" or t.sentence != ab.tokens[a.first].sentence:
            break
        if t.lower in _PREPOSITIONS:
            return False
        marked = marked or t.lower in _DETERMINERS or t.lower.endswith(("'s", "\u2019s"))
    return marked


def _transposed_across_keys(annotation, local: str | None = None) -> list[Hit]:
    """A figure stated once, referring back ("the £4.3m of cuts"), whose digits are another figure's of the same unit transposed ("£3.4m").

    Amounts of money, percentages and measures only: two counts of different things
    share digits too often. The later figure must refer back (a determiner before it, or "the entire", "the whole")
    and be given nowhere else, so "£3.4m" and "£4.3m" for two things both stated
    plainly stay quiet.
    """
    kb = annotation.quantity_knowledge
    changing = {(id(loc.block), loc.fact.amount.start) for loc in annotation.quantities if loc.fact.changing}
    items = [
        (ab, a) for ab in annotation.prose for a in ab.amounts
        if (a.unit or a.value >= 1000) and a.unit not in kb.duration_units and not (a.in_range or a.spelled or ab.tokens[a.first].quoted)
    ]
    times_given = Counter((unit_of(a, local), round(a.value, 6)) for _, a in items)
    seen: dict[tuple[str | None, str], tuple] = {}  # (unit, digits) -> the first figure written so
    hits = []
    for ab, later in items:
        unit = unit_of(later, local)
        if later.approx:
            if len(later.digits.rstrip("0")) >= 3:
                seen.setdefault((unit, later.digits), (ab, later))  # "about 12,500 acres": a zero dropped from it still shows
            continue
        if (id(ab), later.start) in changing and _changed_before(ab, later, kb.change_words):
            # "another 2,140 hectares were restored" … "the 1,240 hectares completed": a figure its own change word moves
            # is not itself checked (a running total moves), but one that refers back to it and is given nowhere else still is
            if len(later.digits.rstrip("0")) >= 3:
                seen.setdefault((unit, later.digits), (ab, later))
            continue
        before = ab.tokens[later.first - 1].lower if later.first > 0 else ""
        refers_back = before in _DETERMINERS or (before.endswith(("'s", "\u2019s")) and ab.tokens[later.first - 1].kind == "word")  # "the commissioner's Rs 4,128-crore draft"
        # "the entire 94.6km stretch": a word saying it is the whole of the thing already named
        refers_back = refers_back or (before in _WHOLE_OF_IT and later.first > 1 and ab.tokens[later.first - 2].lower in _DETERMINERS)
        # a fact box's line ("Size: 43,800 hectares") sums up the body: its figure is the body's
        refers_back = refers_back or (before == ":" and ab.block.kind is BlockKind.LIST_ITEM)
        refers_back = refers_back or _set_beside_a_named_noun(ab, later)
        # "March's tally of 321,480 stopovers", "the total of": a noun a determiner or an owner makes definite, naming it
        refers_back = refers_back or (before == "of" and later.first >= 3 and ab.tokens[later.first - 2].kind == "word"
                                      and (ab.tokens[later.first - 3].lower in _DETERMINERS or ab.tokens[later.first - 3].lower.endswith(("'s", "\u2019s"))))
        if refers_back and len(later.digits) >= 2 and times_given[(unit, round(later.value, 6))] == 1:
            for digits in _slipped_forms(later.digits):
                found = seen.get((unit, digits))
                if found is None:
                    continue
                first_ab, first = found
                if any(unit_of(o, local) == unit and agree(o.value, first.value, o.digits, first.digits) for o in ab.by_sentence[ab.tokens[later.first].sentence][0]):
                    continue  # "With the GH¢2.1 million raised before and Saturday's GH¢1.2 million": the sentence sets the two apart
                if any(o.unit == "percent" and o.value and min(abs(first.value - later.value * o.value / 100) / first.value,
                                                               abs(later.value - first.value * o.value / 100) / later.value) < 0.02
                       for o in ab.by_sentence[ab.tokens[later.first].sentence][0]):
                    continue  # "The fine amounts to 10% of Rivera's $250,000 base salary" after "fined him $25,000": the share says how they stand
                how = slip(first.digits, later.digits)
                if how not in ("digits transposed", "a zero dropped or added") or not (0.1 <= first.value / later.value <= 10):
                    continue
                if how == "digits transposed" and not places_kept(first, later):
                    continue  # "added $3.1 million" … "The $13 million gap": a swap keeps the decimal point where it was
                if first.approx and how != "a zero dropped or added":
                    continue  # "about 3,400" … "the 4,300": a rounded figure's digits say little
                if _superseded(first_ab, first):
                    continue  # "revised from £240,000" … "The £420,000 stand": a value replaced is no figure the later slips from
                if _another_time(ab.times_of(later), first_ab.times_of(first), annotation.published):
                    continue  # "the 6.4% rise recorded the previous month" … "4.6%": a figure of another time
                line = annotation.line(first_ab, first.start)
                hits.append(_at(ab, (later.start, later.end), f"\u201c{later.text}\u201d here is \u201c{first.text}\u201d at line {line} with {'its digits transposed' if how == 'digits transposed' else 'a zero dropped or added'}, and is given nowhere else.", first_ab, (first.start, first.end)))
                break
        seen.setdefault((unit, later.digits), (ab, later))
    return hits


def _named_by_its_verb(annotation, local: str | None = None) -> list[Hit]:
    """A sum referred back to by the noun of the verb that gave it ("The commission transferred $312.6 million to the
    state's Education Opportunity Fund" … "Beyond the $318.4 million education transfer"): the later figure is written after
    a determiner, given nowhere else, names its thing by a noun the verb is a form of, and every word it is told with is in
    the verb's sentence. Only the article's one sum given by that verb is compared, and only amounts of money."""
    kb = annotation.quantity_knowledge
    given: dict[tuple[str | None, str], list] = {}  # (unit, verb stem) -> the amounts written right after that verb
    for ab in annotation.prose:
        for a in ab.amounts:
            if a.unit in kb.currency_codes and a.first > 0 and not (a.in_range or ab.tokens[a.first].quoted):
                verb = ab.tokens[a.first - 1].lower
                if verb.endswith("ed") and len(verb) > 5:
                    # its noun: "transferred" a transfer, "raised" a raise, "spent" none
                    for stem in {verb[:-2], verb[:-1]} | ({verb[:-3]} if verb[-3] == verb[-4] else set()):
                        given.setdefault((unit_of(a, local), stem), []).append((ab, a))
    if not given:
        return []
    times_given = Counter((unit_of(a, local), round(a.value, 6)) for ab in annotation.prose for a in ab.amounts)
    hits = []
    for loc in annotation.quantities:
        f = loc.fact
        if not f.definite or f.quoted or f.changing or f.amount.in_range or f.amount.approx or f.unit not in kb.currency_codes:
            continue
        unit = unit_of(f.amount, local)
        if times_given[(unit, round(f.amount.value, 6))] != 1:
            continue
        found = given.get((unit, f.thing), [])
        if len(found) != 1:
            continue
        ab, a = found[0]
        if (id(ab), a.start) == (id(loc.block), f.amount.start) or ab.block.source_offset(a.start) > loc.block.block.source_offset(f.amount.start):
            continue
        sentence = {t.lower for t in ab.tokens if t.sentence == ab.tokens[a.first].sentence}
        if not all(m in sentence for m in f.modifiers) or agree(a.value, f.amount.value, a.digits, f.amount.digits) or a.approx:
            continue
        line = annotation.line(ab, a.start)
        hits.append(_at(loc.block, (f.amount.start, f.amount.end), f"\u201c{f.amount.text}\u201d here, but \u201c{a.text}\u201d at line {line}, "
                        f"where the same {f.thing} is told by its verb.", ab, (a.start, a.end)))
    return hits


_PARTS_OF_A_YEAR = frozenset(f"{n} {part}" for n in ("first", "second", "third", "fourth") for part in ("quarter", "half")) | {"half year", "half-year"}


def _another_time(later: frozenset[str], first: frozenset[str], published) -> bool:
    """True when a figure referring back names a time the first does not, other than the year the story is of: a first
    figure with no time is of the story's own year, this one or the last ("set aside KSh 1.46 billion" in a report of
    annual results … "the KSh 1.64 billion farmer payout had been provided for in the 2025 accounts")."""
    extra = later - first
    if not extra or first or published is None:
        return bool(extra)
    # ("exported 31,460 tonnes in the first three months of the year" … "first-quarter shipments, 31,640 tonnes": a part of
    # the story's year it names in other words)
    return not all(t.isdigit() and published.year - 1 <= int(t) <= published.year or t in _PARTS_OF_A_YEAR for t in extra)


def _transposed_counts(annotation) -> list[Hit]:
    """A count referring back ("the 68-bed hospital") whose digits are another count's of the same thing transposed
    ("has 86 licensed beds"), each given once: the one slip two counts of one noun make that is no other number of it.
    Scopes either of which carries a label ("ward 4", "ward 6") and two sets of narrowing words ("maternity",
    "intensive-care") are two things, and so are three figures of the noun in one scope; a running total, a rate,
    another time or a quote is never compared."""
    counts = [q for q in annotation.quantities if q.fact.unit == "count" and q.fact.thing and not (
        q.fact.quoted or q.fact.changing or q.fact.amount.approx or q.fact.amount.in_range or q.fact.amount.spelled)
        and q.fact.amount.value >= 10 and q.fact.amount.value == int(q.fact.amount.value)]
    times_given = Counter((q.fact.thing, q.fact.amount.digits) for q in counts)
    first_of: dict[tuple[str, str], Statement] = {}
    hits = []
    for q in counts:
        f = q.fact
        key = (f.thing, f.amount.digits)
        if f.definite and times_given[key] == 1:
            for digits in _slipped_forms(f.amount.digits):
                e = first_of.get((f.thing, digits))
                if e is None or times_given[(f.thing, digits)] != 1 or slip(e.fact.amount.digits, f.amount.digits) != "digits transposed":
                    continue
                if (_labelled(e.fact.scope) or _labelled(f.scope)) and e.fact.scope != f.scope:
                    continue  # "12 beds on ward 4" … "the 21 beds on ward 6"
                if e.fact.modifiers and f.modifiers and not e.fact.modifiers & f.modifiers:
                    continue  # "12 intensive-care beds" … "the 21 maternity beds"
                if e.fact.times != f.times:
                    continue  # "96 beds last year" … "the 69 beds now"
                if len({o.fact.amount.value for o in counts if o.fact.thing == f.thing and o.fact.scope in (frozenset(), e.fact.scope, f.scope)}) > 2:
                    continue  # "37 homes" … "12 homes" … "the 73 evacuated homes": several figures of the noun, not one slipped
                line = annotation.line(e.block, e.fact.amount.start)
                hits.append(_at(q.block, (f.amount.start, f.amount.end), f"\u201c{f.amount.text}\u201d here is \u201c{e.fact.amount.text}\u201d at line {line} with its digits transposed, both counts of {f.thing}s given once.", e.block, (e.fact.amount.start, e.fact.amount.end)))
                break
        first_of.setdefault(key, q)
    return hits


def _labelled(scope: frozenset[str]) -> bool:
    return any(any(c.isdigit() for c in w) for w in scope)


_CUSTODY = frozenset("sentence imprisonment prison jail custody term".split())
# Verbs just before a term that make it a prison term ("was jailed for 11 years", "sentenced to six years"); the
# softer ones ("received seven years and six months") only in an article that has already named a term so.
_JAILED = frozenset("jailed gaoled imprisoned sentenced locked".split())
_GIVEN = frozenset("received given handed got".split())
_NOT_THE_TERM = frozenset("further additional another suspended default maximum faces face could would up".split())
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split())


def _possessed(tokens, k: int) -> bool:
    """True when the token before k is a possessive name or noun ("Leinport's 31-21 win"): like "the", it refers back."""
    if k == 0 or tokens[k - 1].kind != "word" or tokens[k - 1].sentence != tokens[k].sentence:
        return False
    return tokens[k - 1].text.endswith(("'s", "\u2019s"))


def _custody_terms(annotation) -> list[tuple]:
    """Every prison term the reporter states ("seven years' rigorous imprisonment", "Ghafoor's five-year sentence"):
    (block, amount, owner by possessive or None, the capitalised names in its sentence)."""
    out = []
    published = annotation.published
    for ab in annotation.prose:
        tokens = ab.tokens
        for a in ab.amounts:
            if a.unit != "year-length" or a.approx or a.in_range or tokens[a.first].quoted:
                continue
            after = [tokens[m].lower for m in range(a.last + 1, min(len(tokens), a.last + 4)) if tokens[m].sentence == tokens[a.first].sentence]
            before = {tokens[m].lower for m in range(max(0, a.first - 3), a.first) if tokens[m].sentence == tokens[a.first].sentence}
            if not (any(w in _CUSTODY for w in after) or before & _JAILED or (out and before & _GIVEN)):
                continue
            if any(t.isdigit() and (published is None or t != str(published.year)) for t in _times_of(ab, a)):
                continue  # "was jailed for four years in 2017": a term of another time is another term
            near = {tokens[m].lower for m in range(max(0, a.first - 6), min(len(tokens), a.last + 6)) if tokens[m].sentence == tokens[a.first].sentence}
            if near & _NOT_THE_TERM:
                continue  # "a further six months", "two years suspended", "faces up to ten years"
            before = tokens[a.first - 1].text if a.first else ""
            owner = before.removesuffix("'s").removesuffix("\u2019s").lower() if before.endswith(("'s", "\u2019s")) and before[:1].isupper() else None
            inside = {m for b in ab.amounts for m in range(b.first, b.last + 1)}
            names = {t.text.removesuffix("'s").removesuffix("\u2019s").lower() for k, t in enumerate(tokens)
                     if t.sentence == tokens[a.first].sentence and t.kind == "word" and t.text[:1].isupper() and k not in inside
                     and k > 0 and tokens[k - 1].sentence == t.sentence and tokens[k - 1].text != ":" and t.lower not in _CALENDAR}
            out.append((ab, _with_months(ab, a), owner, names))
    return out


def _with_months(ab, a):
    """A term with the months written after it ("seven years and six months"), as one amount of years."""
    tokens = ab.tokens
    if a.last + 2 < len(tokens) and tokens[a.last + 1].lower == "and":
        for m in ab.amounts:
            if m.first == a.last + 2 and m.unit == "month-length" and not m.in_range:
                return replace(a, value=a.value + m.value / 12, text=ab.text[a.start:m.end], end=m.end, last=m.last)
    return a


def _owned_terms(annotation) -> list[Hit]:
    """A person's term referred back ("Ghafoor's five-year sentence") that is not the one term the article gives to that
    person or to no one it names ("sentenced a former branch manager … to seven years' rigorous imprisonment"; the
    cashier Muhammad Shafiq's three years are another's)."""
    hits = []
    terms = _custody_terms(annotation)
    for ab, a, owner, _ in terms:
        if owner is None:
            continue
        others = [(eab, e) for eab, e, eowner, names in terms if e is not a and eowner in (None, owner) and (owner in names or not names - {owner})]
        values = {e.value for _, e in others}
        if len(values) != 1 or a.value in values:
            continue
        eab, e = others[0]
        hits.append(_at(ab, (a.start, a.end), f"\u201c{a.text}\u201d here, but \u201c{e.text}\u201d at line {annotation.line(eab, e.start)} for {owner.title()}'s prison term.", eab, (e.start, e.end), "the term given first"))
    return hits


def _ranges(annotation) -> list[tuple]:
    """Every range the reporter states ("$4.10 to $4.25", "£18.50-£19.30"): (block, low, high), in reading order."""
    out = []
    for ab in annotation.prose:
        amounts = ab.amounts
        for lo, hi in zip(amounts, amounts[1:]):
            if not (lo.in_range and hi.in_range and lo.unit and lo.unit == hi.unit and 1 <= hi.first - lo.last <= 2):
                continue
            if ab.tokens[lo.first].quoted or any(ab.tokens[m].lower not in ("to", "-", "\u2013") for m in range(lo.last + 1, hi.first)):
                continue
            out.append((ab, lo, hi))
    return out


_BEFORE_NOW = frozenset("previous earlier prior original old former initial".split())


def _replaced(ab, lo) -> bool:
    """True when a range is said to be one given before now ("up from its previous range of $4.90 to $5.15")."""
    before = [ab.tokens[m].lower for m in range(max(0, lo.first - 7), lo.first)]
    return "from" in before or bool(_BEFORE_NOW.intersection(before[-4:]))


def _range_conflicts(annotation) -> list[Hit]:
    """A range referred back ("The new range of $4.15 to $4.30 a share") that is not the range the article gave
    ("now expects $4.10 to $4.25 a share …, down from the $4.30 to $4.50"): the one earlier range of its unit that is
    not the starting point of a change ("from the …") is the one it names."""
    hits = []
    ranges = _ranges(annotation)
    for i, (ab, lo, hi) in enumerate(ranges):
        tokens = ab.tokens
        before = [tokens[m].lower for m in range(max(0, lo.first - 4), lo.first)]
        if not (before[-2:] == ["range", "of"] and any(w in _DETERMINERS for w in before[:-2])):
            continue  # only "the (new) range of A to B" says it is a range already given
        if _replaced(ab, lo):
            continue  # "now expects $5.10 to $5.30, up from its previous range of $4.90 to $5.15": the range it replaced
        earlier = [(eab, elo, ehi) for eab, elo, ehi in ranges[:i] if elo.unit == lo.unit
                   and 0.8 <= lo.value / elo.value <= 1.25 and 0.8 <= hi.value / ehi.value <= 1.25]  # a range of another size is another thing
        if any(elo.value == lo.value and ehi.value == hi.value for _, elo, ehi in earlier):
            continue
        current = [(eab, elo, ehi) for eab, elo, ehi in earlier
                   if "from" not in [eab.tokens[m].lower for m in range(max(0, elo.first - 3), elo.first)] and not _replaced(eab, elo)]
        if len(current) != 1:
            continue
        eab, elo, ehi = current[0]
        hits.append(_at(ab, (lo.start, hi.end), f"\u201c{lo.text} to {hi.text}\u201d here, but the range at line {annotation.line(eab, elo.start)} is {elo.text} to {ehi.text}.", eab, (elo.start, ehi.end), "the range given first"))
    return hits


def _slipped_forms(digits: str) -> set[str]:
    """The digit strings one transposition or one trailing zero away ("186" -> "816", "168", "1860", …): looked up, not compared pairwise."""
    forms = {digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :] for i in range(len(digits) - 1) if digits[i] != digits[i + 1]}
    forms.add(digits + "0")
    if digits.endswith("0"):
        forms.add(digits[:-1])
    return forms


def _surnames(annotation) -> tuple[frozenset[str], frozenset[str]]:
    """The surnames of the people the article names, lowercase, and those two people of different names share."""
    if not any(q.fact.unit == "age" and q.fact.owner is None for q in annotation.quantities):
        return frozenset(), frozenset()  # only a bare "the 31-year-old" needs them: reading people is not free
    people = annotation.people.people
    names_of: dict[str, set[str]] = {}
    for p in people.persons:
        names_of.setdefault(p.surname.lower(), set()).add(p.full_name.lower())
    # a surname spelt another way ("Weekes-Hinds" of "Tariq Weeks-Hinds"), and the last word of a full name nothing else
    # shows is a person's ("Siti Nurhaliza Putri … Putri had beaten the top seed"): someone named all the same
    named = {w.lower() for p in people.persons for w in p.spellings} | {m.tokens[-1][2].lower() for runs in people.names for m in runs if len(m.tokens) >= 2}
    named |= {part for w in named | set(names_of) if "-" in w for part in w.split("-")}  # tokens split a double-barrelled name
    return frozenset(names_of) | frozenset(named), frozenset(s for s, names in names_of.items() if len(names) > 1)


def _ages_by_role(quantities: list[Statement], person_nouns: frozenset[str], prose=None, surnames: frozenset[str] = frozenset(),
                  shared: frozenset[str] = frozenset(), headline_words: frozenset[str] = frozenset()) -> list[Statement]:
    """Return the facts with "the 23-year-old fullback" tied to the one person the article names as its fullback, if one."""
    owners_by_role: dict[str, set[str]] = {}
    owners = {q.fact.owner for q in quantities if q.fact.unit == "age" and q.fact.owner}
    for q in quantities:
        if q.fact.unit == "age" and q.fact.owner and q.fact.role:
            owners_by_role.setdefault(q.fact.role, set()).add(q.fact.owner)
    out = []
    given: dict[str, set[str]] = {}  # the people whose age the article has given so far, with those ages' digits
    for q in quantities:
        f = q.fact
        if f.unit == "age" and f.owner:
            given.setdefault(f.owner, set()).add(f.amount.digits)
        if f.unit == "age" and f.owner is None and f.definite and f.role is None and len(given) == 1 \
                and any(slip(d, f.amount.digits) == "digits transposed" for d in next(iter(given.values()))):
            # "Morag Whitelaw, 54, …" ¶ "The court heard the 45-year-old had …": the one person aged so far, and her age's digits
            out.append(Statement(q.block, replace(f, owner=next(iter(given)))))
            continue
        if f.unit == "age" and f.owner is None and f.definite:
            role_words = set(f.role.lower().split()) if f.role else set()
            styled = [o for o in owners if role_words and any(
                a.fact.owner == o and role_words <= {t.lower for t in a.block.tokens} for a in quantities if a.fact.unit == "age")]
            if len(styled) == 1 and not owners_by_role.get(f.role, set()) - set(styled):
                # "head coach Rajinder Pal Singh, aged 63" … "the 36-year-old coach": the one aged person named with that role
                q = Statement(q.block, replace(f, owner=styled[0]))
            elif any(o.split()[-1] in shared for o in owners):
                # "Brian Kiprono" and "Mercy Kiprono", a father and son: whose a bare "the 26-year-old" is, is a guess;
                # but the one person aged is the one the headline names, and a slip of a digit of that age is the same age
                # ("Hal Brandvold … dies at 87" … "the 89-year-old"), in an obituary among his children
                owner = next(iter(owners)) if len(owners) == 1 else None
                if owner and f.role is None and owner.split()[-1] in headline_words and any(_one_digit_apart(d, f.amount.digits) for d in given.get(owner, ())):
                    q = Statement(q.block, replace(f, owner=owner))
            elif f.role and len(owners_by_role.get(f.role, ())) == 1:
                q = Statement(q.block, replace(f, owner=next(iter(owners_by_role[f.role]))))
            elif len(owners) == 1 and (f.role is None or f.role in person_nouns) and not _someone_else_near(prose, q, next(iter(owners)), surnames):
                q = Statement(q.block, replace(f, owner=next(iter(owners))))  # "the 44-year-old": the one person whose age is given
            elif f.role is None and prose is not None and sum(1 for o in quantities if o.fact.unit == "age" and o.fact.amount.value == f.amount.value) == 1 \
                    and (owner := _last_owner_named(prose, q, owners)) is not None:  # "a 57-year-old man was stabbed … the 57-year-old": that one
                q = Statement(q.block, replace(f, owner=owner))  # "Botha ordered Radebe to pay …" ¶ "The 57-year-old showed no emotion"
        out.append(q)
    return out


_NEAR = 400  # tokens


def _someone_else_near(prose, q: Statement, owner: str, surnames: frozenset[str]) -> bool:
    """True when the paragraph of a bare "the 31-year-old", up to it, and the paragraph before name a person and not the
    one person whose age the article gives ("Kiprotich, 27, …" … "McAteer found another gear …" ¶ "a personal best
    for the 31-year-old"): the story is on someone else there."""
    if prose is None or not surnames:
        return False
    blocks = list(prose)
    at = next((i for i, ab in enumerate(blocks) if ab is q.block), None)
    if at is None:
        return False
    named = set()
    for ab, end in ((q.block, q.fact.amount.first), *((blocks[at - 1], len(blocks[at - 1].tokens)),) * (at > 0)):
        # a paragraph's last few hundred words: a megabyte paragraph is not rescanned for every age in it
        named |= {t.lower.removesuffix("'s").removesuffix("\u2019s") for t in ab.tokens[max(0, end - _NEAR) : end] if t.capitalised and not t.quoted}
    named &= surnames
    # ("The 62-year-old Somwarpet planter said … ," Somanna said.": the paragraph goes on to name the one person aged)
    after = {t.lower.removesuffix("'s").removesuffix("\u2019s") for t in q.block.tokens[q.fact.amount.last + 1 : q.fact.amount.last + 1 + _NEAR] if t.capitalised and not t.quoted} & surnames
    if after == {owner.split()[-1]}:
        return False
    return bool(named) and owner.split()[-1] not in named


def _last_owner_named(prose, q: Statement, owners: set[str]) -> str | None:
    """The person whose age the article gives that was named last before a bare "the 57-year-old" opening its sentence,
    in its own paragraph or the one before (the person the story is on at that point), else None."""
    by_surname = {o.split()[-1]: o for o in owners}
    if len(by_surname) != len(owners):
        return None  # two people of one surname: which is meant is a guess
    blocks = list(prose)
    at = next((i for i, ab in enumerate(blocks) if ab is q.block), None)
    if at is None:
        return None
    tokens = q.block.tokens
    first = q.fact.amount.first
    k = first - 1
    while k >= 0 and tokens[k].lower in ("the", "a", "an"):
        k -= 1
    if k >= 0 and tokens[k].sentence == tokens[first].sentence:
        return None  # only a sentence that opens on the age ("The 57-year-old showed …")
    for ab, end in ((q.block, first), *((blocks[at - 1], len(blocks[at - 1].tokens)),) * (at > 0)):
        for t in reversed(ab.tokens[:end]):
            name = t.lower.removesuffix("'s").removesuffix("\u2019s")
            if t.capitalised and name in by_surname and not t.quoted:
                return by_surname[name]
    return None


# Nouns of a change: the figure "of" them is the size of the change ("a fall of 586", "an increase of 12 per cent").
_CHANGE_NOUNS = frozenset("fall rise increase decrease drop decline reduction cut gain growth jump".split())


def _size_of_change(located: Statement, q) -> bool:
    """True when a figure is the size of a change, after a change noun and "of" ("That fall of 586 patients")."""
    tokens, k = located.block.tokens, q.amount.first
    return k >= 2 and tokens[k - 1].lower == "of" and tokens[k - 2].lower in _CHANGE_NOUNS


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


def _owned_by_a_pronoun(located: Statement, q) -> bool:
    """True when the thing a figure measures is owned by a possessive pronoun in its sentence, before it ("Its median
    house price rose … to $1,642,000"): someone named before owns it, whom the figure's key does not say."""
    tokens = located.block.tokens
    sentence = tokens[q.amount.first].sentence
    k = q.amount.first - 1
    while k >= 0 and tokens[k].sentence == sentence:
        if tokens[k].lower in _POSSESSIVE_PRONOUNS and k + 1 < len(tokens) and q.thing and any(
                singular(tokens[j].lower) == w for j in range(k + 1, min(k + 5, q.amount.first)) for w in q.thing.split()):
            return True
        k -= 1
    return False


def _breakdown(located: Statement, q) -> bool:
    """True when the fact's sentence gives another figure in its unit: a part of a breakdown, not the whole; or another
    side of a vote ("41 against")."""
    tokens = located.block.tokens
    amounts, facts = located.block.by_sentence.get(q.sentence, ([], []))
    same_thing = {f.amount.start for f in facts if f.thing == q.thing and f.verb == q.verb}
    for a in amounts:
        if a is q.amount or a.unit != q.amount.unit or a.in_range:
            continue
        if a.start in same_thing or (a.first and tokens[a.first - 1].lower in ADDED_BEFORE):
            return True  # "122 flats, with … the remaining 64"
        if a.last + 1 < len(tokens) and tokens[a.last + 1].lower in _OTHER_SIDE:
            return True  # "saw 312 members vote in favour, 41 against and nine abstain": one side of a vote
    return False


_OTHER_SIDE = frozenset({"against", "abstain", "abstained", "abstaining", "abstentions", "opposed"})


_AT_LEAST = (("more", "than"), ("over",), ("at", "least"), ("upwards", "of"), ("above",), ("just", "over"), ("well", "over"))
_AT_MOST = (("fewer", "than"), ("less", "than"), ("under",), ("up", "to"), ("at", "most"), ("nearly",), ("almost",), ("below",), ("just", "under"), ("well", "under"), ("as", "many", "as"))


# words that set a firm limit ("will rent up to 350 beds", "at least 40 staff"), as against a rounding ("nearly 4,000")
_FIRM_MOST = (("up", "to"), ("at", "most"), ("no", "more", "than"), ("a", "maximum", "of"), ("capped", "at"))
_FIRM_LEAST = (("at", "least"), ("no", "fewer", "than"), ("no", "less", "than"), ("a", "minimum", "of"))


def _bound_broken(located: Statement, q, other_located: Statement, other) -> str | None:
    """"most" or "least" when a fact is a firm limit ("up to 350 beds") that an exact figure referring back to the same
    thing breaks ("the 380 beds set aside for the county"); else None."""
    if not q.amount.approx or other.amount.approx or not other.definite or other.changing:
        return None
    tokens = located.block.tokens
    before = tuple(tokens[k].lower for k in range(max(0, q.amount.first - 3), q.amount.first))
    lead = next((len(p) for p in (*_FIRM_MOST, *_FIRM_LEAST) if before[-len(p):] == p), 0)
    k = q.amount.first - lead - 1
    if lead and k > 0 and tokens[k].lower == "of" and tokens[k - 1].lower.endswith("s") and tokens[k - 1].lower not in ("tens", "hundreds", "thousands"):
        return None  # "supervising teams of up to 14 constables": the size of each team, no limit of the constables counted
    if any(before[-len(p):] == p for p in _FIRM_MOST) and other.amount.value > q.amount.value:
        return "most"
    if any(before[-len(p):] == p for p in _FIRM_LEAST) and other.amount.value < q.amount.value:
        return "least"
    return None


def _bound_hit(annotation, later: Statement, first: Statement, broken: str) -> Hit:
    """The later of a limit and a figure that breaks it, pointing at the other."""
    w, r = later.fact.amount, first.fact.amount
    line = annotation.line(first.block, r.start)
    bound, exact = (first, later) if first.fact.amount.approx else (later, first)
    limit = f"{'up to' if broken == 'most' else 'at least'} {bound.fact.amount.text}"
    way = "more than" if broken == "most" else "fewer than"
    message = (f"\u201c{w.text}\u201d here, but \u201c{r.text}\u201d at line {line} for what reads as the same quantity "
               f"({_describe(later.fact)}): {exact.fact.amount.text} is {way} the limit ({limit}) allows.")
    return _at(later.block, (w.start, w.end), message, first.block, (r.start, r.end))


def _bound_holds(located: Statement, q, other, far: bool = False) -> bool:
    """True when a fact is a bound ("more than 1,100", "nearly 4,000") that the other fact's value meets, within a
    fifth of it: the bound is the exact figure rounded for a standfirst or a quote, not a second value. With `far`
    (no slip of the digits between them), a bound met from further off holds too: "drew more than 150 residents" …
    "412 residents had written" contradicts nothing."""
    if not q.amount.approx:
        return False
    tokens = located.block.tokens
    before = tuple(tokens[k].lower for k in range(max(0, q.amount.first - 3), q.amount.first))
    value, exact = q.amount.value, other.amount.value
    if not value or abs(exact - value) > 0.2 * value and not far:
        return False
    if any(before[-len(p):] == p for p in _AT_LEAST):
        return exact > value
    if any(before[-len(p):] == p for p in _AT_MOST):
        return exact < value
    return False


def _subject_names(st: Statement, q) -> set[str]:
    """The capitalised words that open a figure's sentence ("Southern Sunrise Steel Orchestra were third …"), its subject."""
    tokens = st.block.tokens
    k = q.amount.first
    while k > 0 and tokens[k - 1].sentence == tokens[q.amount.first].sentence:
        k -= 1
    names = set()
    while k < len(tokens) and tokens[k].capitalised and tokens[k].lower not in ("the", "a", "an", "in", "on", "at", "but", "and"):
        names.add(tokens[k].lower.removesuffix("'s").removesuffix("\u2019s"))
        k += 1
    return names


def _other_subjects(first: Statement, a, later: Statement, b) -> bool:
    """True when two figures one digit apart open sentences about different named subjects, neither naming the other's:
    the counts of two entrants, not one count written twice."""
    x, y = _subject_names(first, a), _subject_names(later, b)
    if not x or not y or x & y:
        return False
    words = lambda st, q: {t.lower.removesuffix("'s").removesuffix("\u2019s") for t in st.block.tokens if t.sentence == st.block.tokens[q.amount.first].sentence}
    return not (x & words(later, b)) and not (y & words(first, a))


_CLAUSE_ENDS = frozenset((",", ".", ";", ":", "(", ")", "\u2014", "\u2013"))


def _clause_person(st: Statement, q) -> frozenset[str]:
    """The named person a figure's relative clause is about ("the hooker Dai Morgan, who has retired after 212 games":
    Dai Morgan), as lower-case words; empty when the figure stands in no such clause."""
    tokens = st.block.tokens
    sentence = tokens[q.amount.first].sentence
    k = q.amount.first - 1
    while k >= 0 and tokens[k].sentence == sentence and tokens[k].text not in _CLAUSE_ENDS and tokens[k].lower != "who":
        k -= 1
    if k < 2 or tokens[k].lower != "who" or tokens[k - 1].text != ",":
        return frozenset()
    names, j = [], k - 2
    while j >= 0 and tokens[j].sentence == sentence and tokens[j].kind == WORD and tokens[j].text[:1].isupper():
        names.append(tokens[j].lower.removesuffix("'s").removesuffix("\u2019s"))
        j -= 1
    return frozenset(names) if len(names) >= 2 else frozenset()  # a first name and a surname: a person, not "the Council"


def _someone_elses(first: Statement, a, later: Statement, b) -> bool:
    """True when one of two figures a digit apart is a named person's, told in a clause about them ("Dai Morgan, who
    has retired after 212 games"), and the other's sentence does not name that person: two owners' counts."""
    def words(st, q):
        sentence = st.block.tokens[q.amount.first].sentence
        return {t.lower.removesuffix("'s").removesuffix("\u2019s") for t in st.block.tokens if t.sentence == sentence}
    for (x, p), (y, r) in (((first, a), (later, b)), ((later, b), (first, a))):
        person = _clause_person(x, p)
        if person and not person & words(y, r) and not _clause_person(y, r) & person:
            return True
    return False


def _lone_slip(group: list[Statement], a, b, how: str | None, year) -> bool:
    """True when a later figure that refers back ("the 73 evacuated homes") is an earlier one's digits transposed
    ("37 homes … ordered to evacuate") and the article gives that thing in that unit no third value: one event
    told with two verbs or two modifiers, and a slip of the digits is the evidence that ties them."""
    if how not in ("digits transposed", "digits rearranged") or not b.definite or a.quoted or b.quoted:
        return False
    if a.scope and b.scope and not a.scope & b.scope:
        return False
    if era(a, year) != era(b, year) or a.unit == "age" or a.thing == "person":
        return False
    values = {round(g.fact.amount.value, 6) for g in group if era(g.fact, year) == era(a, year)}  # last year's figure is another
    return values == {round(a.amount.value, 6), round(b.amount.value, 6)}


def _owned_by(group: list[Statement], shared: frozenset[str]) -> list[Statement]:
    """The mentions of a thing that share an owner or place two mentions both name ("Fasanmi polled 312,408 votes" …
    "Fasanmi's 312,468 votes"): other candidates' votes are not a third value of his."""
    if not shared:
        return group
    return [g for g in group if g.fact.scope & shared]


def _values(group: list[Statement], q, year) -> list[float]:
    values: list[tuple[float, str]] = []
    for other in group:
        f = other.fact
        if not comparable(q, f, year, loose=True) or (f is not q and _breakdown(other, f)):
            continue  # "The main tower will contain 122 flats, with … the remaining 64": a part, not a third value of the whole
        if not any(agree(f.amount.value, v, f.amount.digits, d) for v, d in values):
            values.append((f.amount.value, f.amount.digits))
    return [v for v, _ in values]


def _count(group: list[Statement], q, year) -> int:
    return sum(1 for other in group if comparable(q, other.fact, year, loose=True) and agree(other.fact.amount.value, q.amount.value, other.fact.amount.digits, q.amount.digits))


_MARGIN_UNITS = frozenset("run point goal vote wicket seat stroke shot try length".split())
_MARGIN_NOUNS = frozenset("win victory defeat loss margin majority triumph".split())
_WIN_VERBS = frozenset("beat beats beaten beating won win wins winning lost lose losing defeated defeating victory".split())


def _margins(annotation) -> list[tuple[object, object, str, bool]]:
    """Each winning margin the prose states, as (block, amount, unit, referring back): "beat Lahore by 36 runs", "a 36-run
    win" (stated), "after the 46-run win" (referring back)."""
    out = []
    for ab in annotation.prose:
        tokens = ab.tokens
        for a in ab.amounts:
            if a.approx or a.in_range or a.unit is not None or tokens[a.first].quoted or a.value != int(a.value):
                continue
            after = tokens[a.last + 1].lower if a.last + 1 < len(tokens) else ""
            before = tokens[a.first - 1].lower if a.first else ""
            if a.compound in _MARGIN_UNITS and after in _MARGIN_NOUNS:
                back = before in ("the", "their", "his", "her", "its") or before.endswith(("'s", "\u2019s"))
                out.append((ab, a, a.compound, back))
            elif before == "by" and after.removesuffix("s") in _MARGIN_UNITS and any(
                    tokens[k].lower in _WIN_VERBS and tokens[k].sentence == tokens[a.first].sentence for k in range(max(0, a.first - 10), a.first)):
                out.append((ab, a, after.removesuffix("s"), False))
    return out


def _margins_referred_back(annotation) -> list[Hit]:
    """A winning margin referring back ("after the 46-run win") that the article states nowhere, one digit away from exactly
    one margin it does state ("beat Lahore Whites by 36 runs"): the same win with a digit slipped. Another margin stated
    ("had beaten Rawalpindi by 58 runs in the other semi-final") is another match, and is no rival for a slip; nor is a
    margin a final score gives ("62-44. The 18-goal margin") unstated."""
    margins = _margins(annotation)
    # "thrashed the Ironbarks 62-44. The 18-goal margin …": a margin a final score gives is stated too
    gaps = {abs(r.first_value - r.second_value) for ab in annotation.prose for r in ab.results[0] if r.kind == "score" and not r.running}
    hits = []
    for ab, a, unit, back in margins:
        if not back or a.value in gaps or any(o is not a and u == unit and o.value == a.value for _, o, u, _ in margins):
            continue
        near = [(oab, o) for oab, o, u, oback in margins if not oback and u == unit and _one_digit_apart(o.digits, a.digits)]
        if len(near) != 1:
            continue
        oab, o = near[0]
        line = annotation.line(oab, o.start)
        hits.append(_at(ab, (a.start, a.end), f"\u201c{a.text}\u201d margin here, but line {line} gives the margin as {o.text} {unit}s, and no margin of {int(a.value)} {unit}s is given anywhere.", oab, (o.start, o.end)))
    return hits


def _one_digit_apart(a: str, b: str) -> bool:
    """True when two counts written with the same number of digits differ in one digit or two neighbours swapped ("36", "46")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def _at(ab, here: tuple[int, int], message: str, earlier_ab, earlier: tuple[int, int], label: str = "also given here") -> Hit:
    """A hit at text span `here` of block ab, pointing at span `earlier` of block earlier_ab."""
    return Hit(NUMBER_CONFLICT.id, ab.block.source_span(*here), message, related=(RelatedHit(earlier_ab.block.source_span(*earlier), label),))


def _word_before(st: Statement, q) -> str:
    """The word written just before a figure, lower-cased ("" at the block's start): read from a short window, not the block."""
    before = st.block.text[max(0, q.amount.start - 40) : q.amount.start].split()
    return before[-1].lower() if before else ""


def _every_one(st: Statement, q) -> bool:
    """True when a count is written after "all" ("Votes for all 530 seats"): the whole of what it counts."""
    return _word_before(st, q) == "all"


def _owners(st: Statement, q) -> bool:
    """True when a count is written after a possessive ("Kerala's 140 seats"): what one owner has."""
    return _word_before(st, q).endswith(("'s", "\u2019s"))


def _pointed_back(st: Statement, q) -> bool:
    """True when a count is written after "the", "these" or "those": the count already given, not a possessor's whole
    ("the district's 11 elementary schools" counts all the district has)."""
    if _RESTRICTED_AFTER.match(st.block.text, q.amount.end):
        return False  # "The two council members who voted against": the ones the clause picks out, not all those counted
    return _word_before(st, q) in ("the", "these", "those")


# a count's noun (up to three words) and a clause that picks some of them out: "two council members who voted against"
# ("the 41,230 members who cast ballots": after "who", any verb picks some out, however it makes its past)
_RESTRICTED_AFTER = re.compile(r"(?:\s+[\w'\u2019-]+){1,3}?\s+(?:(?:who|that|which)\s+(?!(?:is|are|was|were|has|have|had)\b)(?P<verb>[a-z]+ed)"
                               r"|who\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|also|not|the|a|an|their|his|her|its)\b)(?P<act>[a-z]{3,}))\b")


_ORIGIN_AFTER = re.compile(r"(?:\s+[\w'\u2019-]+){1,3}?\s+(?:from\s+(?:across|overseas|abroad|outside|beyond)|based\s+(?:overseas|abroad|outside))\b")


def _picked_out_apart(st: Statement, q, other: Statement, o) -> bool:
    """True when a clause picks some of a count out ("the 76 TDs who voted against") and the other count's sentence does
    not tell that of its own ("Of the Dáil's 174 TDs, 23 did not vote"); "Seven people died" … "the nine people who died"
    tell one group."""
    origin = _ORIGIN_AFTER.match(st.block.text, q.amount.end)
    if origin is not None and not _ORIGIN_AFTER.match(other.block.text, o.amount.end):
        return True  # "six uncapped players" … "The two uncapped players from across the Tasman": some of them, by where from
    clause = _RESTRICTED_AFTER.match(st.block.text, q.amount.end)
    if clause is None or _RESTRICTED_AFTER.match(other.block.text, o.amount.end):
        return False
    sentence = other.block.tokens[o.amount.first].sentence
    return (clause.group("verb") or clause.group("act")) not in {t.lower for t in other.block.tokens if t.sentence == sentence}


def _given_before(annotation, later: Statement, q) -> bool:
    """True when a figure referring back ("the 36 vendors") has its value written earlier in the article, in its unit,
    whatever noun that earlier figure is tied to ("The remaining 36 have been placed on a waiting list")."""
    here = later.block.block.source_offset(q.amount.start)
    for ab in annotation.prose:
        if ab.block.source_offset(0) > here:
            break
        for a in ab.amounts:
            if ab.block.source_offset(a.start) >= here:
                break
            if a.value == q.amount.value and a.unit == q.amount.unit and not a.in_range and not ab.tokens[a.first].quoted:
                return True
    return False


def _times_written(annotation, amount) -> int:
    """How many times the prose writes a figure's value in its unit, outside quotes."""
    return sum(1 for ab in annotation.prose for x in ab.amounts
               if x.value == amount.value and x.unit == amount.unit and not x.in_range and not ab.tokens[x.first].quoted)


# a count set off after the share of a whole it is: "Ten percent of the units, or 420 apartments"
_SHARE_TOLD_BEFORE = re.compile(r"\b(?:per\s*cent|percent|%|half|third|quarter|fifth|tenth)\s+of\s+[^,;.]{1,40},\s+or\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?\Z", re.I)


def _share_told(st: Statement, q) -> bool:
    """True when a count is written as the size of a share just before it ("Ten percent of the units, or 420 apartments")."""
    return _SHARE_TOLD_BEFORE.search(st.block.text, max(0, q.amount.start - 80), q.amount.start) is not None


def _hit(annotation, wrong: Statement, right: Statement, how: str | None) -> Hit:
    w, r = wrong.fact.amount, right.fact.amount
    line = annotation.line(right.block, r.start)
    because = f"; {how}" if how else ""
    message = f"\u201c{w.text}\u201d here, but \u201c{r.text}\u201d at line {line} for what reads as the same quantity ({_describe(wrong.fact)}){because}."
    return _at(wrong.block, (w.start, w.end), message, right.block, (r.start, r.end))


register(run, NUMBER_CONFLICT)
