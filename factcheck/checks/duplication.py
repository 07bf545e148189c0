"""Duplicated text: a paragraph pasted twice (or nearly), pasted inside a neighbour, or a sentence repeated.

Exact repeats are found by hashing normalised paragraphs (whitespace, case and quote
marks do not matter). Near repeats and paragraphs pasted inside another are found
without comparing every pair: each paragraph keeps a small sketch (the few smallest
hashes of its word pairs), paragraphs that share a sketch entry become candidates,
and only candidates are scored with rapidfuzz against the thresholds in
rules/default.yaml. Each repeat is reported once, at the later occurrence, pointing
at the earlier one. Short boilerplate ("Read more", sign-offs) and short phrases a
speaker repeats for effect fall under the minimum length and are not reported. A block
quotation that repeats a paragraph of the story, or a sentence of it, is a pull quote,
a paragraph that is nothing but a quotation lifted from a longer one is a pull quote set as
plain text, and a list item that repeats one is a summary bullet (a live blog's "Key events", a
"Key points" box, a "Read more" list): neither is compared with the story's paragraphs
(two block quotations, or two list items, still are, unless they sit in different
entries of a live blog, which re-embeds a post or a quote it showed hours earlier; an
entry starts at a line that is only a time, "21:31" or "9.45am"; a time opening a paragraph, "03:32 The by-election
was …", is no part of its first sentence, which is compared without it). Link lines that open with a label
such as "Read more:" or "Related:" (the `link-labels` option) point at other pages and
may repeat as often as the page links there; they are never compared. A line a round-up or
listing repeats at the same place in each of its items (a witness appeal closing each item,
with its own incident number; a ticket line under each event), or a live blog at the end of
each entry ("Check your flight status with your airline before leaving."), is the page's
structure: copies in different items (each opened by a crosshead or a bold title line) are
not reported when there are three or more, or two that each close their item, or when they
differ only in their figures; copies in different live blog entries are not reported when
each closes its entry and is not the entry's only text. Lines that open with one field label ("When:", "Tickets:") three
times or more are a listing's fields: two of them in different items are never repeats of each other,
however alike ("When: Saturday 25 April and Sunday 26 April, 10am to 5pm" … "When: Saturday 25 and
Sunday 26 April, 11am to 6pm"). Rows of a plain-text table set out in columns (runs of spaces or tabs) that differ
only in their figures are not near repeats, and a sentence in each of three items of a list or more is the list's
field. A paragraph pasted twice within an item, or pasted at some other place, still is.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict

from ..document import Block, BlockKind, Document
from ..findings import Category, Hit, RelatedHit, Severity
from ..registry import Check, Context, Example, Option, register

_QUOTES = str.maketrans({c: None for c in "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a`"} | {"\u2013": "-", "\u2014": "-", "\u00a0": " "})
_SPACES = re.compile(r"\s+")
_TRAILING_CHARS = " .,;:!?-"
_SKETCH_SIZE = 6
# A line repeated by a listing's structure is short: an appeal, a ticket line, a sign-off.
_TEMPLATE_WORDS = 40
# A word pair shared by more paragraphs than this is boilerplate, not evidence of a repeat.
_MAX_POSTINGS = 64
# Paragraphs 90% alike (ratio) or one 95% inside the other (partial_ratio) keep well over
# this share of the shorter one's word pairs; below it, scoring is wasted work.
_MIN_SHARED = 0.25
# Sketch entries a pair must share (counted from both paragraphs' sketches) to be scored.
_MIN_SKETCH_SHARED = 2
_EDGE_PUNCTUATION = ".,;:!?\"'()[]\u2018\u2019\u201c\u201d"
_SENTENCE_ENDS = ".!?:;\"\u201d\u2019)"
_ELIGIBLE = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM})
# A line that is only a time opens a live blog entry: "21:31", "9.45am", "10:02 GMT".
_ENTRY_TIME = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT))?"
_ENTRY_TIME_RE = re.compile(f"^{_ENTRY_TIME}$", re.IGNORECASE)
# a live blog entry's time set at the start of its first sentence ("03:32 The by-election was …"): the stamp is not the sentence
_LEADING_TIME_RE = re.compile(f"^{_ENTRY_TIME}\\s*[-\u2013\u2014:|]?\\s+(?=[A-Z\u201c\"'])", re.IGNORECASE)

_FIRES = """date 2025-03-04 Council approves budget after long debate

The council approved its budget for the coming year on Tuesday after a debate that ran past midnight.

Councillors voted by 32 to 18 to raise council tax by 4.9 per cent from April.

The council approved its budget for the coming year on Tuesday after a debate that ran past midnight.
"""
_QUIET = """date 2025-03-04 Council approves budget after long debate

The council approved its budget for the coming year on Tuesday after a debate that ran past midnight.

"We will not close libraries. We will not close libraries," the leader said.

Councillors voted by 32 to 18 to raise council tax by 4.9 per cent from April.

Read more

The opposition said the council had approved a budget that would not last the year.

Read more
"""

DUPLICATE = Check(
    id="duplicate-paragraph",
    category=Category.DUPLICATION,
    severity=Severity.WARNING,
    summary="A paragraph appears twice, word for word or with a few words changed.",
    description=__doc__,
    fires=Example(_FIRES, lines=(7,)),
    quiet=Example(_QUIET),
    options=(
        Option("min-words", int, "Paragraphs shorter than this many words are never compared.", minimum=1),
        Option("near-similarity", float, "Similarity (0-100, rapidfuzz ratio) at which two paragraphs count as the same.", minimum=50, maximum=100),
        Option("link-labels", list, "Labels (before a colon) that open a link line (\"Read more: ...\"); such lines are never compared by the duplication checks."),
    ),
)
CONTAINED = Check(
    id="contained-paragraph",
    category=Category.DUPLICATION,
    severity=Severity.WARNING,
    summary="A paragraph is repeated inside another one (\"X.\" and \"It comes as X.\").",
    description=__doc__,
    fires=Example(
        """date 2025-03-04 Council approves budget after long debate

Councillors voted by 32 to 18 to raise council tax by 4.9 per cent from April.

The council approved its budget for the coming year on Tuesday after a debate that ran past midnight.
It comes as the council approved its budget for the coming year on Tuesday after a debate that ran past midnight.
""",
        lines=(6,),
    ),
    quiet=Example(_QUIET),
    options=(
        Option("min-words", int, "The shorter paragraph must have at least this many words.", minimum=1),
        Option("similarity", float, "Similarity (0-100, rapidfuzz partial_ratio) of the shorter paragraph to the best-matching part of the longer.", minimum=50, maximum=100),
    ),
)
REPEATED = Check(
    id="repeated-sentence",
    category=Category.DUPLICATION,
    severity=Severity.WARNING,
    summary="The same sentence appears in two different paragraphs.",
    description=__doc__,
    fires=Example(
        """date 2025-03-04 Council approves budget after long debate

The budget includes a new fund to repair potholes on rural roads across the county. Work starts in May.

Councillors voted by 32 to 18 to raise council tax by 4.9 per cent from April.

Residents have complained for years. The budget includes a new fund to repair potholes on rural roads across the county.
""",
        lines=(7,),
    ),
    quiet=Example(_QUIET),
    options=(Option("min-words", int, "Sentences shorter than this many words are not compared.", minimum=1),),
)


def normalise(text: str) -> str:
    """Return text with case, quote marks, dashes and whitespace evened out, for comparison."""
    # split/join and rstrip rather than regexes: this runs for every paragraph and sentence.
    return " ".join(text.translate(_QUOTES).casefold().split()).rstrip(_TRAILING_CHARS)


def _pair_hashes(words: list[str]) -> set[int]:
    return {zlib.crc32(f"{a} {b}".encode()) for a, b in zip(words, words[1:])} or {zlib.crc32(" ".join(words).encode())}


def _preview(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("\u2026" if len(parts) > words else "")


def run(doc: Document, context: Context) -> list[Hit]:
    """Return duplicate, contained and repeated-sentence hits, each at the later occurrence."""
    dup_opts = context.options(DUPLICATE.id)
    cont_opts = context.options(CONTAINED.id)
    sent_opts = context.options(REPEATED.id)
    min_words = min(dup_opts["min-words"], cont_opts["min-words"])
    near = dup_opts["near-similarity"]
    contained_similarity = cont_opts["similarity"]

    link_labels = frozenset(label.casefold() for label in dup_opts["link-labels"])
    blocks = [b for b in doc.blocks if b.kind in _ELIGIBLE and b.word_count >= min_words and not _link_line(b.text, link_labels)]
    norms = [normalise(b.text) for b in blocks]
    hits: dict[int, Hit] = {}  # by index into blocks: one report per later paragraph
    paired: set[tuple[int, int]] = set()

    entries = _live_entries(doc)
    items = _items(doc)
    sections = _sections(items, entries)
    first_seen: dict[str, int] = {}
    copies: dict[str, list[Block]] = defaultdict(list)
    for block, norm in zip(blocks, norms):
        copies[norm].append(block)
    templates: dict[str, bool] = {}  # judged once per repeated text, not once per copy
    fields = _field_labels(normalise(b.text) for b in doc.blocks if b.kind in _ELIGIBLE)  # short field lines count too
    for j, norm in enumerate(norms):
        i = first_seen.setdefault(norm, j)
        if i == j or _restatement(blocks[i], blocks[j], entries):
            continue
        if norm not in templates:
            templates[norm] = _template(copies[norm], items, sections) or (_label(norm) in fields and len({items[b.index] for b in copies[norm]}) == len(copies[norm]))
        if not templates[norm] and blocks[j].word_count >= dup_opts["min-words"]:
            hits[j] = _hit(DUPLICATE.id, blocks[j], blocks[i], f"This paragraph repeats the paragraph at line {blocks[i].line} word for word: \u201c{_preview(blocks[j].text)}\u201d.", "first appears here")
            paired.add((i, j))

    shingles = [_pair_hashes(n.split()) for n in norms]
    labels = [_label(n) for n in norms] if fields else None  # read once per paragraph, not once per candidate pair
    words: dict[int, frozenset[str]] = {}

    def names(k: int) -> frozenset[str]:
        """The words of block k, read once however many near repeats it has."""
        found = words.get(k)
        if found is None:
            found = words[k] = _words(blocks[k].text)
        return found

    for i, j in _candidate_pairs(shingles):
        if j in hits or (i, j) in paired or _restatement(blocks[i], blocks[j], entries):
            continue
        a, b = norms[i], norms[j]
        if a == b:
            continue  # an exact repeat, already judged by the hash above
        if labels and labels[i] in fields and labels[i] == labels[j] and items[blocks[i].index] != items[blocks[j].index]:
            continue  # "When: Saturday 25 April …" and "When: Saturday 25 and Sunday 26 April …": one field of a listing
        shorter_is_earlier = len(a) <= len(b)
        shorter, longer = (a, b) if shorter_is_earlier else (b, a)
        literally_inside = shorter in longer
        if not literally_inside and len(shingles[i] & shingles[j]) < _MIN_SHARED * min(len(shingles[i]), len(shingles[j])):
            continue  # too few word pairs in common to reach either threshold: skip rapidfuzz
        short_block = blocks[i] if shorter_is_earlier else blocks[j]
        if _pull_quote(short_block.text):
            continue  # a quotation standing alone, lifted from a longer paragraph: a pull quote set as plain text
        contained = short_block.word_count >= cont_opts["min-words"] and (
            literally_inside or (len(shorter) <= 0.9 * len(longer) and _score("partial_ratio", shorter, longer, contained_similarity))
        )
        if contained:
            if shorter_is_earlier:
                message = f"This paragraph repeats the whole of the paragraph at line {blocks[i].line} inside it: \u201c{_preview(blocks[i].text)}\u201d."
                note = "the repeated paragraph"
            else:
                message = f"This paragraph is already contained in the paragraph at line {blocks[i].line}: \u201c{_preview(blocks[j].text)}\u201d."
                note = "contains the same text"
            hits[j] = _hit(CONTAINED.id, blocks[j], blocks[i], message, note)
            paired.add((i, j))
            continue
        if len(shorter) < 0.8 * len(longer) or blocks[j].word_count < dup_opts["min-words"]:
            continue
        score = _score("ratio", a, b, near)
        if score and not _about_different_names(names(i), names(j)) and not _only_figures_differ(a, b, blocks[i], blocks[j], items):
            hits[j] = _hit(DUPLICATE.id, blocks[j], blocks[i], f"This paragraph nearly repeats the paragraph at line {blocks[i].line} ({score:.0f}% alike): \u201c{_preview(blocks[j].text)}\u201d.", "similar paragraph here")
            paired.add((i, j))

    results = list(hits.values())
    results.extend(_repeated_sentences(doc, sent_opts["min-words"], {(blocks[i].index, blocks[j].index) for i, j in paired}, link_labels, entries, items, sections))
    return results


def _score(scorer: str, a: str, b: str, cutoff: float) -> float:
    """Return rapidfuzz's score of a against b, or 0 below the cutoff."""
    from rapidfuzz import fuzz

    return getattr(fuzz, scorer)(a, b, score_cutoff=cutoff)


def _candidate_pairs(shingles: list[set[int]]) -> list[tuple[int, int]]:
    """Return (earlier, later) index pairs that share two sketch entries: the only pairs worth scoring.

    A pair is counted once per sketch entry of either paragraph that the other holds; a
    real repeat shares most of them, while one shared word pair ("the council said")
    is coincidence, and in long documents scoring those made the check grow faster than
    the text.
    """
    sketches = [sorted(s)[:_SKETCH_SIZE] for s in shingles]
    wanted = {h for sketch in sketches for h in sketch}
    postings: dict[int, list[int]] = defaultdict(list)
    for idx, s in enumerate(shingles):
        for h in s & wanted:
            postings[h].append(idx)
    # a pair (a, b), a < b, is counted under the number a * n + b: an int is cheaper to build and hash than a tuple,
    # and sorts the same way
    n = len(sketches)
    shared: dict[int, int] = defaultdict(int)
    for idx, sketch in enumerate(sketches):
        for h in sketch:
            holders = postings[h]
            if len(holders) > _MAX_POSTINGS:
                continue
            for other in holders:
                if other != idx:
                    shared[idx * n + other if idx < other else other * n + idx] += 1
    need = [min(_MIN_SKETCH_SHARED, len(sketch)) for sketch in sketches]  # a paragraph of one word pair has one entry
    return [divmod(key, n) for key in sorted(key for key, count in shared.items() if count >= need[key // n] or count >= need[key % n])]


def _words(text: str) -> frozenset[str]:
    """The words of a paragraph, edge punctuation stripped."""
    return frozenset(w.strip(_EDGE_PUNCTUATION) for w in text.split())


def _about_different_names(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return True when each paragraph (its words) names someone or something the other does not: parallel copy, not a repeat."""
    return any(w[:1].isupper() for w in a - b) and any(w[:1].isupper() for w in b - a)


def _restatement(first: Block, second: Block, entries: dict[int, int]) -> bool:
    """Return True when a repeat between two blocks is by design: a pull quote, a summary bullet or a re-embedded quote."""
    # Eligible kinds are paragraph, quote and list item: a quote beside a paragraph is a pull
    # quote, a list item beside a paragraph a "Key events" bullet or a "Read more" entry.
    if first.kind is not second.kind:
        return True
    return first.kind is BlockKind.QUOTE and entries.get(first.index, 0) != entries.get(second.index, 0)


def _live_entries(doc: Document) -> dict[int, int]:
    """Return the live blog entry number of each block (by block index): 0 before the first time-only line."""
    entries: dict[int, int] = {}
    entry = 0
    for block in doc.blocks:
        if block.kind is BlockKind.PARAGRAPH and len(block.text) <= 16 and _ENTRY_TIME_RE.match(block.text.strip()):
            entry += 1
        entries[block.index] = entry
    return entries


_OPENING_QUOTES = "\"\u201c\u2018'"
_CLOSING_QUOTES = "\"\u201d\u2019'"


def _pull_quote(text: str) -> bool:
    """Return True for a paragraph that is one quotation and nothing else: opens and closes with a quote mark, none inside."""
    text = text.strip()
    if len(text) < 2 or text[0] not in _OPENING_QUOTES or text.rstrip(".")[-1] not in _CLOSING_QUOTES:
        return False
    inner = text[1:].rstrip(".")[:-1]
    return not any(c in "\"\u201c\u201d" for c in inner)


def _items(doc: Document) -> dict[int, int]:
    """Return the item number of each block (by block index): a new item opens at each crosshead or bold title.

    A live blog's entries are not items: a paragraph a live blog repeats in a later entry is still a repeat.
    """
    items: dict[int, int] = {}
    item = 0
    for block in doc.blocks:
        if block.kind is BlockKind.HEADING or (block.kind is BlockKind.PARAGRAPH and (block.bold or _title_line(block.text))):
            item += 1
        items[block.index] = item
    return items


def _sections(items: dict[int, int], entries: dict[int, int]) -> dict[int, int]:
    """Return the section number of each block (by block index): a new one opens at each item and each live blog entry, 0 before both."""
    sections: dict[int, int] = {}
    previous, number = (0, 0), 0
    for index in sorted(items):
        key = (items[index], entries.get(index, 0))
        if key != previous:
            number += 1
            previous = key
        sections[index] = number
    return sections


# "When:", "Tickets:", "Venue:": a field label opening a line of a listing
_LABEL_RE = re.compile(r"([a-z][a-z'&/-]*(?: [a-z][a-z'&/-]*){0,2}):\s")
# a label that opens this many lines is a field of the page's listing, not the start of a paragraph
_FIELD_LINES = 3


def _label(norm: str) -> str:
    """The field label a normalised line opens with ("when"), or ""."""
    m = _LABEL_RE.match(norm)
    return m.group(1) if m else ""


def _field_labels(norms) -> set[str]:
    """The labels that open at least `_FIELD_LINES` lines: lines of the same field differ by design, however alike."""
    counts: dict[str, int] = defaultdict(int)
    for norm in norms:
        label = _label(norm)
        if label:
            counts[label] += 1
    return {label for label, n in counts.items() if n >= _FIELD_LINES}


def _title_line(text: str) -> bool:
    """Return True for a short line set like a title: a crosshead in plain text."""
    text = text.strip()
    return bool(text) and text[0].isupper() and len(text.split()) <= 12 and text[-1] not in _SENTENCE_ENDS


def _template(copies: list[Block], items: dict[int, int], sections: dict[int, int]) -> bool:
    """Return True when identical paragraphs are a line repeated by the page's structure, not a paste.

    A round-up or listing ends each of its items with the same line (an appeal for
    witnesses, a ticket line), and a live blog may close each entry with the same advice:
    the copies sit in different sections (items or entries), none beside another, and
    there are three or more of them (in different items, or each closing its entry), or
    two short ones that each close a section with something else in it (a paragraph that
    is a whole section by itself is that section's text).
    """
    if len(copies) >= 3 and all(b.kind is BlockKind.LIST_ITEM for b in copies):
        return True  # "Tickets: from £15, on sale now." closing each item of a season's list: the list's field
    if len(copies) < 2 or any(b.index - a.index <= 1 for a, b in zip(copies, copies[1:])):
        return False
    in_sections = len({sections[b.index] for b in copies})
    if in_sections < (len(copies) if len(copies) >= 3 else 2):
        return False
    closing = all(_closes_item(b, sections) and not _opens_item(b, sections) for b in copies)
    if len(copies) >= 3:
        return closing or len({items[b.index] for b in copies}) == len(copies)
    return closing and all(b.word_count <= _TEMPLATE_WORDS and sections[b.index] > 0 for b in copies)


def _opens_item(block: Block, items: dict[int, int]) -> bool:
    """True when a block comes straight after its item's crosshead or entry's time (which opens it and shares its number)."""
    return items.get(block.index - 2) != items[block.index]


def _closes_item(block: Block, items: dict[int, int]) -> bool:
    following = items.get(block.index + 1)
    return following is None or following != items[block.index]


def _only_figures_differ(a: str, b: str, first: Block, second: Block, items: dict[int, int]) -> bool:
    """Return True when two near-identical paragraphs in different items differ only in figures: a template line with its own number, date or price each time;
    or, anywhere, two rows of a table set out in columns ("4  BUF  Reed 19 pass from Carter  31-17")."""
    if items[first.index] == items[second.index] and not (_table_row(first.text) and _table_row(second.text)):
        return False
    words_a, words_b = set(a.split()), set(b.split())
    differing = (words_a - words_b) | (words_b - words_a)
    return bool(differing) and all(any(c.isdigit() for c in w) for w in differing)


_COLUMN_GAP_RE = re.compile(r"\S(?: {2,}|\t)\S")


def _table_row(text: str) -> bool:
    """True for a line set out in three columns or more, split by runs of spaces or tabs: a row of a plain-text table."""
    return len(_COLUMN_GAP_RE.findall(text)) >= 2


def _link_line(text: str, labels: frozenset[str]) -> bool:
    """Return True when text opens with a link label and a colon ("Read more: ...", "Related: ...")."""
    label, colon, _ = text.partition(":")
    return bool(colon) and len(label) <= 30 and " ".join(label.split()).casefold() in labels


def _hit(check_id: str, later: Block, earlier: Block, message: str, note: str) -> Hit:
    return Hit(check_id, later.span, message, (RelatedHit(earlier.span, note),))


def _repeated_sentences(doc: Document, min_words: int, paired_blocks: set[tuple[int, int]], link_labels: frozenset[str], entries: dict[int, int], items: dict[int, int], sections: dict[int, int]) -> list[Hit]:
    seen: dict[str, tuple[Block, int]] = {}
    hits: list[Hit] = []
    eligible = [b for b in doc.blocks if b.kind in _ELIGIBLE and not _link_line(b.text, link_labels)]
    holders: dict[str, list[Block]] = defaultdict(list)
    keyed: list[tuple[Block, int, str]] = []  # each long enough sentence with its normalised text, read once
    for block in eligible:
        for k, sentence in enumerate(block.sentences):
            if len(sentence.text.split()) >= min_words:
                key = normalise(_LEADING_TIME_RE.sub("", sentence.text, count=1) if k == 0 else sentence.text)
                keyed.append((block, k, key))
                if not holders[key] or holders[key][-1] is not block:
                    holders[key].append(block)
    templates: dict[str, bool] = {}  # judged once per repeated sentence, not once per copy
    for block, k, key in keyed:
        sentence = block.sentences[k]
        template = templates.get(key)
        if template is None:
            template = templates[key] = _template(holders[key], items, sections)
        if template:
            continue
        if key not in seen:
            seen[key] = (block, k)
            continue
        first_block, first_k = seen[key]
        if first_block is block or (first_block.index, block.index) in paired_blocks or _restatement(first_block, block, entries):
            continue
        if normalise(first_block.text) == normalise(block.text):
            continue  # the whole paragraph is repeated: duplicate-paragraph's business
        first = first_block.sentences[first_k]
        hits.append(
            Hit(
                REPEATED.id,
                block.source_span(sentence.start, sentence.end),
                f"This sentence already appears in the paragraph at line {first_block.line}: \u201c{_preview(sentence.text)}\u201d.",
                (RelatedHit(first_block.source_span(first.start, first.end), "first appears here"),),
            )
        )
    return hits


register(run, DUPLICATE, CONTAINED, REPEATED)
