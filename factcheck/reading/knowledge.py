"""What the quantity reader knows (currencies, scales, units, change and rate words), as data.

The lists live in rules/quantities.yaml under `quantities:`; a newsroom's rule file may
extend them under the same key. `merge_quantities` validates one file's section (every
error names file, line and column) and `QuantityKnowledge.build` turns the merged lists
into the lookups the reader uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# key -> (type of the value, type of each item); mappings of lists for currencies and units
_SHAPE: dict[str, str] = {
    "currencies": "currency-map",
    "scales": "number-map",
    "units": "list-map",
    "scaled-units": "scaled-unit-map",
    "duration-units": "list",
    "same-thing": "list-of-lists",
    "containers": "list",
    "people-verbs": "list",
    "person-nouns": "list",
    "change-words": "list",
    "revision-words": "list",
    "size-words": "list",
    "gap-nouns": "list",
    "approximate": "list",
    "time-words": "list",
    "rate-words": "list",
    "labels": "list",
    "local-dollars": "list",
    "gap-below": "list",
    "gap-above": "list",
    "exceed-words": "list",
    "subunits": "list",
    "miss-words": "list",
    "whole-nouns": "list",
    "scoring-acts": "list",
    "share-nouns": "list",
    "action-heads": "list",
    "partitions": "list-of-lists",
    "refer-back": "list-of-lists",
    "sum-verbs": "list-map",
    "forecast-verbs": "list-map",
    "tally-words": "list",
    "win-words": "list",
    "score-words": "list",
    "losing-words": "list",
    "vote-measures": "list",
    "margin-words": "list",
    "told-margin-words": "list",
    "rest-verbs": "list",
    "multiple-verbs": "factor-map",
    "scoring-verbs": "list",
    "scored-things": "list",
    "match-parts": "list",
    "set-apart": "list",
}




def merge_quantities(node, merged: dict[str, Any]) -> None:
    """Validate one rule file's `quantities:` section and add it to merged (lists extend, maps gain keys)."""
    from ..ruleyaml import did_you_mean as _did_you_mean, word_list

    if node.value is None:
        return
    if not isinstance(node.value, dict):
        raise node.error("'quantities' must be a mapping of lists such as 'units:'")
    for name, (key, value) in node.value.items():
        shape = _SHAPE.get(name)
        where = f"quantities.{name}"
        if shape is None:
            raise key.error(f"unknown key '{name}' in quantities{_did_you_mean(str(name), _SHAPE)}")
        if shape == "list":
            merged.setdefault(name, []).extend(word_list(value, where))
        elif shape == "list-of-lists":
            if not isinstance(value.value, list):
                raise value.error(f"{where} must be a list of lists of words")
            merged.setdefault(name, []).extend(list(word_list(group, f"{where} item")) for group in value.value)
        else:
            if not isinstance(value.value, dict):
                raise value.error(f"{where} must be a mapping")
            target = merged.setdefault(name, {})
            for entry, (entry_key, entry_value) in value.value.items():
                if shape == "number-map":
                    if not isinstance(entry_value.value, (int, float)) or isinstance(entry_value.value, bool) or entry_value.value <= 0:
                        raise entry_value.error(f"{where}.{entry} must be a positive number")
                    target[str(entry)] = float(entry_value.value)
                elif shape == "scaled-unit-map":  # {Mt: [tonne, 1000000]}: a symbol for a scale of a unit
                    pair = entry_value.value
                    if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0].value, str)
                            and isinstance(pair[1].value, (int, float)) and not isinstance(pair[1].value, bool) and pair[1].value > 0):
                        raise entry_value.error(f"{where}.{entry} must be a list of a unit and a positive scale, such as [tonne, 1000000]")
                    target[str(entry)] = (pair[0].value, float(pair[1].value))
                elif shape == "list-map":
                    target.setdefault(str(entry), []).extend(word_list(entry_value, f"{where}.{entry}"))
                elif shape == "factor-map":  # {2: [doubled, …]}: a positive factor and the verbs that give it
                    if not isinstance(entry, (int, float)) or isinstance(entry, bool) or entry <= 0:
                        raise entry_key.error(f"{where}: '{entry}' must be a positive number (the factor its verbs give)")
                    target.setdefault(float(entry), []).extend(word_list(entry_value, f"{where}.{entry}"))
                else:  # currency-map: {before: [...], after: [...]}
                    if not isinstance(entry_value.value, dict):
                        raise entry_value.error(f"{where}.{entry} must be a mapping with 'before' and 'after' lists")
                    sides = target.setdefault(str(entry), {"before": [], "after": []})
                    for side, (side_key, side_value) in entry_value.value.items():
                        if side not in ("before", "after"):
                            raise side_key.error(f"unknown key '{side}' in {where}.{entry} (expected before or after)")
                        sides[side].extend(word_list(side_value, f"{where}.{entry}.{side}"))


@dataclass(frozen=True)
class QuantityKnowledge:
    """The lookups the quantity reader uses, built from the merged `quantities:` lists."""

    currency_before: dict[str, str] = field(default_factory=dict)  # "£" -> "GBP"
    currency_after: dict[str, str] = field(default_factory=dict)  # "euros" -> "EUR"
    currency_codes: frozenset[str] = frozenset()  # every currency an amount's unit may be ("GBP", "EUR", "INR")
    scales: dict[str, float] = field(default_factory=dict)
    units: dict[tuple[str, ...], str] = field(default_factory=dict)  # ("per", "cent") -> "percent"
    scaled_units: dict[str, tuple[str, float]] = field(default_factory=dict)  # "Mt" -> ("tonne", 1e6), matched as written
    longest_unit: int = 1
    duration_units: frozenset[str] = frozenset()
    canonical: dict[str, str] = field(default_factory=dict)  # "increase" -> "rise"
    containers: frozenset[str] = frozenset()
    people_verbs: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    change_words: frozenset[tuple[str, ...]] = frozenset()
    revision_words: frozenset[tuple[str, ...]] = frozenset()  # "revised", "raised": a sentence of several values in turn
    size_words: frozenset[str] = frozenset()  # "16-man squad", "a 15-member panel": the compound gives the noun's size
    gap_nouns: frozenset[str] = frozenset()  # "a 351-vote margin": the compound gives the size of a gap, no count of its unit
    approximate: frozenset[tuple[str, ...]] = frozenset()
    time_words: frozenset[tuple[str, ...]] = frozenset()
    time_word_starts: frozenset[str] = frozenset()  # first words of time_words: a cheap gate before the phrases
    rate_words: frozenset[tuple[str, ...]] = frozenset()
    labels: frozenset[str] = frozenset()
    local_dollars: frozenset[str] = frozenset()  # currency codes a bare "$" may stand for ("CAD" in a Canadian story)
    gaps: dict[str, int] = field(default_factory=dict)  # "deficit" -> -1, "surplus" -> 1: a gap below or above a norm
    subunits: frozenset[str] = frozenset()  # "cents", "pence", "c": a hundredth of the currency beside them
    passing: dict[str, int] = field(default_factory=dict)  # "beating" -> 1, "missed" -> -1: a level past or short of a mark "by" a gap
    whole_nouns: frozenset[str] = frozenset()  # nouns that stand for a whole: "make up the tally"
    scoring_acts: frozenset[str] = frozenset()  # what scores several points at once: "12 points: three conversions and two penalties"
    set_apart: frozenset[str] = frozenset()  # "Elsewhere, …": a paragraph opening on another matter
    share_nouns: frozenset[str] = frozenset()  # "a turnout of 45.6 per cent": a percentage that is one count of another
    action_heads: frozenset[str] = frozenset()  # "220 job cuts": an action on the thing before it, which is what is counted
    partitions: frozenset[frozenset[str]] = frozenset()  # {"totally", "partially"}: parts told by both cover their whole
    refer_back: dict[str, str] = field(default_factory=dict)  # "money" -> "funding": nouns a later mention may use for one sum
    sum_verbs: dict[str, str] = field(default_factory=dict)  # "borrow" -> "loan": a verb whose object sum is one of that noun
    forecast_verbs: dict[str, str] = field(default_factory=dict)  # "projecting" -> "projection": "projecting output of N"
    tally_words: frozenset[str] = frozenset()  # "passed 61-38": a pair of counts near them is a vote's tally
    win_words: frozenset[str] = frozenset()  # "won 26-18", "rout Rice Masters by 24": a match's result
    score_words: frozenset[str] = frozenset()  # the win words and the other words of a score ("drew", "led", "trailing")
    losing_words: frozenset[str] = frozenset()  # "was defeated by 84 votes to 67": the tally's first count voted against
    vote_measures: frozenset[str] = frozenset()  # "the bill's 63 votes": the measure's side, not the house's tally
    margin_words: frozenset[str] = frozenset()  # "by 24 points": the words a winning margin may take
    told_margin_words: frozenset[str] = frozenset()  # "by six wickets": a margin only the body's own words for it can check
    rest_verbs: frozenset[str] = frozenset()  # "repaid $61,000, leaving $113,300": what a part taken from a whole leaves
    multiple_verbs: dict[str, float] = field(default_factory=dict)  # "doubled" -> 2.0: a change given as a multiple
    scoring_verbs: frozenset[str] = frozenset()  # "Rohan Kelkar struck a fluent 112": a player's own figure
    scored_things: frozenset[str] = frozenset()  # "Ngata's 43 goals": a possessive count that is the player's figure
    match_parts: frozenset[str] = frozenset()  # "in the first half", "for the season": another tally than the match's

    @classmethod
    def build(cls, merged: dict[str, Any]) -> QuantityKnowledge:
        """Return the lookups for merged lists (see merge_quantities)."""
        before, after = {}, {}
        for code, sides in merged.get("currencies", {}).items():
            for w in sides["before"]:
                before[w] = code
            for w in sides["after"]:
                after[w.lower()] = code
        units = {}
        for unit, forms in merged.get("units", {}).items():
            for form in forms:
                units[_phrase(form)] = unit
        canonical = {}
        for group in merged.get("same-thing", []):
            for w in group:
                canonical[w.lower()] = group[0].lower()
        return cls(
            currency_before=before,
            currency_codes=frozenset(merged.get("currencies", {})),
            currency_after=after,
            scales={k.lower(): v for k, v in merged.get("scales", {}).items()},
            units=units,
            scaled_units=dict(merged.get("scaled-units", {})),
            longest_unit=max((len(k) for k in units), default=1),
            duration_units=frozenset(merged.get("duration-units", [])),
            canonical=canonical,
            containers=frozenset(w.lower() for w in merged.get("containers", [])),
            people_verbs=frozenset(w.lower() for w in merged.get("people-verbs", [])),
            person_nouns=frozenset(w.lower() for w in merged.get("person-nouns", [])),
            change_words=frozenset(_phrase(w) for w in merged.get("change-words", [])),
            revision_words=frozenset(_phrase(w) for w in merged.get("revision-words", [])),
            size_words=frozenset(w.lower() for w in merged.get("size-words", [])),
            gap_nouns=frozenset(w.lower() for w in merged.get("gap-nouns", [])),
            approximate=frozenset(_phrase(w) for w in merged.get("approximate", [])),
            time_words=frozenset(_phrase(w) for w in merged.get("time-words", [])),
            time_word_starts=frozenset(_phrase(w)[0] for w in merged.get("time-words", []) if _phrase(w)),
            rate_words=frozenset(_phrase(w) for w in merged.get("rate-words", [])),
            labels=frozenset(w.lower() for w in merged.get("labels", [])),
            local_dollars=frozenset(merged.get("local-dollars", [])),
            gaps={**{w.lower(): -1 for w in merged.get("gap-below", [])}, **{w.lower(): 1 for w in merged.get("gap-above", [])}},
            subunits=frozenset(w.lower() for w in merged.get("subunits", [])),
            passing={**{w.lower(): -1 for w in merged.get("miss-words", [])}, **{w.lower(): 1 for w in merged.get("exceed-words", [])}},
            whole_nouns=frozenset(w.lower() for w in merged.get("whole-nouns", [])),
            scoring_acts=frozenset(w.lower() for w in merged.get("scoring-acts", [])),
            share_nouns=frozenset(w.lower() for w in merged.get("share-nouns", [])),
            action_heads=frozenset(w.lower() for w in merged.get("action-heads", [])),
            set_apart=frozenset(w.lower() for w in merged.get("set-apart", [])),
            partitions=frozenset(frozenset(w.lower() for w in group) for group in merged.get("partitions", [])),
            refer_back={w.lower(): group[0].lower() for group in merged.get("refer-back", []) for w in group},
            sum_verbs={v.lower(): noun.lower() for noun, verbs in merged.get("sum-verbs", {}).items() for v in verbs},
            forecast_verbs={v.lower(): noun.lower() for noun, verbs in merged.get("forecast-verbs", {}).items() for v in verbs},
            tally_words=frozenset(w.lower() for w in merged.get("tally-words", [])),
            win_words=frozenset(w.lower() for w in merged.get("win-words", [])),
            score_words=frozenset(w.lower() for w in merged.get("win-words", []) + merged.get("score-words", [])),
            losing_words=frozenset(w.lower() for w in merged.get("losing-words", [])),
            vote_measures=frozenset(w.lower() for w in merged.get("vote-measures", [])),
            margin_words=frozenset(w.lower() for w in merged.get("margin-words", [])),
            told_margin_words=frozenset(w.lower() for w in merged.get("told-margin-words", [])),
            rest_verbs=frozenset(w.lower() for w in merged.get("rest-verbs", [])),
            multiple_verbs={w.lower(): factor for factor, verbs in merged.get("multiple-verbs", {}).items() for w in verbs},
            scoring_verbs=frozenset(w.lower() for w in merged.get("scoring-verbs", [])),
            scored_things=frozenset(w.lower() for w in merged.get("scored-things", [])),
            match_parts=frozenset(w.lower() for w in merged.get("match-parts", [])),
        )


def _phrase(text: str) -> tuple[str, ...]:
    """Split a written form into the token texts the tokenizer makes of it ("km/h" -> km, /, h)."""
    from .tokens import tokenize

    return tuple(t.lower for t in tokenize(text))
