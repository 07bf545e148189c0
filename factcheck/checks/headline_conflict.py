"""The article's own headline sources disagree: header line, front matter title, # H1, <title>, og:title.

Each headline the loader found is normalised before comparing: a site-name suffix
(" | The Courier", " - Example News", or a section and a site: " | Business | The
Courier"), case, quote marks, dots in abbreviations, "per cent" for "%" and a trailing
full stop do not matter, nor does a scale written as a word or a suffix ("Sh2.4 billion",
"Sh2.4bn"). A headline that is a shortened version of another
(its words appear in the other, in order) agrees with it. Two headlines disagree when
one is the other with a fact swapped: a number ("£8.4m" for "£9.6m"), a name (in a
sentence-case headline, a capitalised word after the first, or a first word the body
writes capitalised inside its sentences: "Okoro double …" for "Okafor double …"), a day
or month, or a negation. Reworded headlines ("dead" for "people die") and rewritten
SEO titles are not conflicts: the two must still be mostly the same words (a little
less when the swap is a number). A figure one headline rounds with a word saying so
("nears Sh20 billion" for "Sh19.6 billion", "more than 1,200" for "1,204") agrees within 5%,
on the side the word says ("more than 1,200" is not 1,180). A first word the body writes in
lower case is a common noun describing what the name names, not a name swapped
("Village primary school saved" for "Pelham Cross primary school saved"). A figure swapped for a figure of another kind ("18%" for
"£142m") is a second fact, not a changed one. The headline that disagrees with the majority is reported (with two
sources, the later one), naming the differing words and pointing at the other.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..document import Document, MetaCandidate, MetaField
from ..findings import Category, Hit, RelatedHit, Severity
from ..registry import Check, Context, Example, Option, register

# One to three trailing segments: a site name, or a section and a site ("| Business | The Courier").
_SITE_SUFFIX_RE = re.compile(r"(?:\s+[|\-\u2013\u2014\u00b7:]\s+(?:The\s+)?[A-Z0-9][\w&'’.]*(?:\s+[A-Z0-9&][\w&'’.]*){0,4}){1,3}\s*$")
_PER_CENT_RE = re.compile(r"(?<=\d)\s*(?:per\s*cent|percent)\b", re.IGNORECASE)
_QUOTE_MARKS = str.maketrans({c: None for c in "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb`"} | {"\u2013": "-", "\u2014": "-", "&": " and "})
_TOKEN_RE = re.compile(r"[£$€]?\d[\d,.]*[a-z%]*|[^\W\d_]+(?:-[^\W\d_]+)*")
_ABBREVIATION_RE = re.compile(r"(?<!\w)(?:[^\W\d_]\.){2,}")  # "U.S." -> "US"
_FACT_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december not no never yesterday today tomorrow""".split()
)
_NEGATIONS = frozenset("not no never".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozen hundred hundreds thousand thousands million billion".split())

CHECK = Check(
    id="headline-conflict",
    category=Category.HEADLINE,
    severity=Severity.WARNING,
    summary="The article's headline sources (title, H1, og:title, front matter) disagree.",
    description=__doc__,
    fires=Example(
        """---
title: "Westbury council approves £9.6m of cuts and tax rise"
date: 2026-03-05
---

# Westbury council approves £8.4m of cuts and tax rise

Councillors in Westbury have approved £9.6m of cuts to services.
""",
        format="md",
        lines=(6,),
    ),
    quiet=Example(
        """<html><head>
<title>Council approves £9.6m of cuts | The Westbury Courier</title>
<meta property="og:title" content="Council approves £9.6m of cuts and 4.99% tax rise.">
</head><body><article>
<h1>Council approves £9.6m of cuts and 4.99% tax rise</h1>
<p>Councillors in Westbury have approved £9.6m of cuts to services.</p>
</article></body></html>
""",
        format="html",
    ),
    options=(Option("min-similarity", float, "How alike (0-1, share of words in common) two headlines must be for swapped words to count as a conflict.", minimum=0, maximum=1),),
)


# A scale word is the scale written as a suffix: "Sh2.4 billion" is "Sh2.4bn", "£14 million" is "£14m".
_SCALE_WORD_RE = re.compile(r"(?<=\d)\s*(billion|bn|million|mn)\b", re.IGNORECASE)
_SCALE_SUFFIXES = {"billion": "bn", "bn": "bn", "million": "m", "mn": "m"}


def _words(value: str) -> list[str]:
    """Return a headline's words, case kept, without site suffix, quote marks, abbreviation dots or trailing stop."""
    text = _SITE_SUFFIX_RE.sub("", value.strip())
    text = _PER_CENT_RE.sub("%", text)
    text = _SCALE_WORD_RE.sub(lambda m: _SCALE_SUFFIXES[m.group(1).lower()], text)
    text = _ABBREVIATION_RE.sub(lambda m: m.group().replace(".", ""), text)
    text = text.translate(_QUOTE_MARKS).rstrip(" .")
    return [t.rstrip(".,") for t in _TOKEN_RE.findall(text)]


def normalise(value: str) -> list[str]:
    """Return a headline's words with site suffix, case, quote marks and trailing stop evened out."""
    return [w.casefold() for w in _words(value)]


def _title_case(words: list[str]) -> bool:
    letters = [w for w in words if w[:1].isalpha()]
    return bool(letters) and sum(w[:1].isupper() for w in letters) >= 0.7 * len(letters)


def _fact(word: str, capitalised_means_name: bool, first: bool, names: frozenset[str] = frozenset()) -> bool:
    """True when a word carries a checkable fact: a number, a name, a day or month, a negation."""
    low = word.casefold()
    if _is_number(low) or low in _FACT_WORDS:
        return True
    if first:
        # every headline starts with a capital: its first word is a name only if the body writes it as one
        return capitalised_means_name and word in names
    return capitalised_means_name and word[:1].isupper()


_NAME_WORD_RE = re.compile(r"(?<![\w'’-])[A-Z][^\W\d_]+")


def _body_names(doc: Document) -> frozenset[str]:
    """Return the capitalised words the body writes inside its sentences, not at their start: names."""
    names = set()
    for block in doc.body:
        for sentence in block.sentences:
            names.update(m.group() for m in _NAME_WORD_RE.finditer(sentence.text, 1))
    return frozenset(names)


_COMMON_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][^\W\d_]+")


def _body_common_words(doc: Document) -> frozenset[str]:
    """Return the words the body writes in lower case: common nouns, never names ("village", "council")."""
    return frozenset(m.group() for block in doc.body for m in _COMMON_WORD_RE.finditer(block.text))


def _is_number(word: str) -> bool:
    # "nine-point", "six-year": a spelled number leading a compound is a figure too
    return word[:1].isdigit() or word[:1] in "£$€" or word in _NUMBER_WORDS or word.lower().split("-")[0] in _NUMBER_WORDS


def _number_kinds(words: list[str]) -> set[str]:
    """Return the kinds of figure among words: money, a percentage or a plain count."""
    return {"money" if w[:1] in "£$€" else "percent" if w.endswith("%") else "count" for w in words if _is_number(w.casefold())}


def _another_figure(a_words: list[str], b_words: list[str], names_a: bool, names_b: bool, names: frozenset[str]) -> bool:
    """True when a swap's only facts are figures of different kinds on each side ("18%" for "£142m"): a second fact, not a changed one."""
    if any(_fact(w, names_a, False, names) and not _is_number(w.casefold()) for w in a_words) or any(_fact(w, names_b, False, names) and not _is_number(w.casefold()) for w in b_words):
        return False
    kinds_a, kinds_b = _number_kinds(a_words), _number_kinds(b_words)
    return bool(kinds_a) and bool(kinds_b) and not kinds_a & kinds_b


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1800 <= int(word) <= 2100


def _years_for_other_facts(a_words: list[str], b_words: list[str]) -> bool:
    """True when one side of a swap is years only and the other names no year ("Dorothy Kessling, 1934-2026" beside
    "Dorothy Kessling, 91, longtime teacher"): a life's span against other facts, not a changed one."""
    a_years, b_years = all(_is_year(w) for w in a_words), all(_is_year(w) for w in b_words)
    return a_years != b_years and not any(_is_year(w) for w in (b_words if a_years else a_words))


def _shortened(short: list[str], long: list[str]) -> bool:
    """True when every word of short appears in long, in order."""
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


_APPROXIMATE = frozenset("about around nearly almost nears near approaching close roughly top tops passes".split())
# Words that bound a figure from one side: "more than 1,200" is 1,204; "under 50" is not 52.
_ABOVE = frozenset("more over above exceeds exceeding tops".split())
_BELOW = frozenset("less fewer under below almost nearly".split())
_VALUE_RE = re.compile(r"\d+(?:[.,]\d+)*")


def _rounded(a: str, b: str, before_a: list[str], before_b: list[str]) -> bool:
    """True when one headline rounds the other's figure with a word saying so ("nears Sh20 billion" for "Sh19.6 billion",
    "more than 1,200" for "1,204"), on the side of the figure the word says."""
    side_a = set((" ".join(before_a) + " " + a).casefold().split())
    side_b = set((" ".join(before_b) + " " + b).casefold().split())
    if not (_APPROXIMATE | _ABOVE | _BELOW) & (side_a | side_b):
        return False
    va, vb = _VALUE_RE.findall(a), _VALUE_RE.findall(b)
    if len(va) != 1 or len(vb) != 1:
        return False
    x, y = float(va[0].replace(",", "")), float(vb[0].replace(",", ""))
    if (_ABOVE & side_a and y < x) or (_BELOW & side_a and y > x) or (_ABOVE & side_b and x < y) or (_BELOW & side_b and x > y):
        return False  # "more than 1,200" is not 1,150
    return max(x, y) > 0 and abs(x - y) <= 0.05 * max(x, y)


def _swapped_fact(a_words: list[str], b_words: list[str], at_start: bool, names_a: bool, names_b: bool, names: frozenset[str], common: frozenset[str] = frozenset()) -> bool:
    """True when a replaced stretch swaps one fact for another: facts on both sides, or a negation on either.

    A name or figure on one side only is a qualifier dropped or added in a paraphrase
    ("on Boland Premier log" for "on the log"), not a changed fact. At the start of both
    headlines, a name the body knows swapped for another capitalised word is a swap, unless
    the body writes that word in lower case: a common noun describing what the name names
    ("Village primary school saved" for "Pelham Cross primary school saved").
    """
    if any(w.casefold() in _NEGATIONS for w in a_words + b_words):
        return True
    facts_a = [_fact(w, names_a, at_start and k == 0, names) for k, w in enumerate(a_words)]
    facts_b = [_fact(w, names_b, at_start and k == 0, names) for k, w in enumerate(b_words)]
    if at_start and a_words and b_words:
        facts_a[0] = facts_a[0] or (facts_b[0] and names_a and a_words[0][:1].isupper() and a_words[0].casefold() not in common)
        facts_b[0] = facts_b[0] or (facts_a[0] and names_b and b_words[0][:1].isupper() and b_words[0].casefold() not in common)
    return any(facts_a) and any(facts_b)


def _differences(a_words: list[str], b_words: list[str], min_similarity: float, names: frozenset[str] = frozenset(), common: frozenset[str] = frozenset()) -> list[tuple[str, str]] | None:
    """Return the swapped (a words, b words) when two headlines conflict, else None."""
    a, b = [w.casefold() for w in a_words], [w.casefold() for w in b_words]
    if a == b or not a or not b:
        return None
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if _shortened(short, long):
        return None
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    # a reworded headline ("dead" for "people die") is not a conflict: a swapped fact is
    names_a, names_b = not _title_case(a_words), not _title_case(b_words)
    swaps = [
        (" ".join(a_words[i1:i2]), " ".join(b_words[j1:j2]))
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op == "replace"
        and _swapped_fact(a_words[i1:i2], b_words[j1:j2], i1 == 0 and j1 == 0, names_a, names_b, names, common)
        and not _another_figure(a_words[i1:i2], b_words[j1:j2], names_a, names_b, names)
        and not _years_for_other_facts(a_words[i1:i2], b_words[j1:j2])
    ]
    kept = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        pair = (" ".join(a_words[i1:i2]), " ".join(b_words[j1:j2]))
        if pair in swaps and not _rounded(pair[0], pair[1], a_words[max(0, i1 - 2) : i1], b_words[max(0, j1 - 2) : j1]):
            kept.append(pair)
    swaps = kept
    if not swaps:
        return None
    ratio = matcher.ratio()
    numbers = any(any(_is_number(w) for w in x.split()) and any(_is_number(w) for w in y.split()) for x, y in swaps)
    if ratio >= min_similarity or (numbers and ratio >= min_similarity - 0.2):
        return swaps
    return None


def run(doc: Document, context: Context) -> list[Hit]:
    """Return a hit at each headline source that disagrees with the others."""
    min_similarity = context.options(CHECK.id)["min-similarity"]
    found = [c for c in doc.candidates(MetaField.HEADLINE) if c.value.strip()]
    if len(found) < 2:
        return []
    words = [_words(c.value) for c in found]
    n = len(found)
    names, common = _body_names(doc), _body_common_words(doc)
    diff = {(i, j): _differences(words[i], words[j], min_similarity, names, common) for i in range(n) for j in range(n) if i != j}
    support = [sum(1 for j in range(n) if j != i and diff[i, j] is None) for i in range(n)]
    hits = []
    for i, cand in enumerate(found):
        conflicts = [j for j in range(n) if j != i and diff[i, j] is not None]
        if not conflicts:
            continue
        # the reference: the candidate most others agree with; between equals, the earlier in the file
        j = max(conflicts, key=lambda k: (support[k], -found[k].span.start))
        if support[j] < support[i] or (support[j] == support[i] and found[j].span.start > cand.span.start):
            continue  # the other one is the odd one out: it is reported instead
        hits.append(_hit(cand, found[j], diff[i, j]))
    return hits


def _hit(cand: MetaCandidate, other: MetaCandidate, swaps: list[tuple[str, str]]) -> Hit:
    shown = "; ".join(f"\u201c{x}\u201d where the {other.source} has \u201c{y}\u201d" for x, y in swaps[:3])
    return Hit(
        CHECK.id,
        cand.span,
        f"The {cand.source} headline differs from the {other.source}: {shown}.",
        (RelatedHit(other.span, f"{other.source}: \u201c{other.value}\u201d"),),
    )


register(run, CHECK)
