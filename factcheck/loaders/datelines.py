"""Recognising a dateline: a line that holds a date (and perhaps a time) and nothing else."""

from __future__ import annotations

import datetime as _dt
import re

from ..language.dates import find_dates

_TIME = re.compile(r"\b(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?", re.IGNORECASE)
# What may sit beside the date on a dateline: a time, a zone, separators (bars, dashes, middle dots and bullets),
# "Updated"/"Published", a weekday set apart.
_LEFTOVER = re.compile(
    r"^[\s,;|\u2013\u2014\u00b7\u2022\-:.()]*(?:(?:updated|published|last updated|posted|on|at)\b[\s,;|\u2013\u2014\u00b7\u2022\-:.()]*)*"
    # "Published: Friday | February 27, 2026": the weekday set apart from its date
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[\s,;|\u2013\u2014\-:.]*)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?[\s,;|\u2013\u2014\u00b7\u2022\-:.()]*(?:[A-Z]{2,4}|GMT[+-]\d+)?[\s,;|.()]*$",
    re.IGNORECASE,
)
_MAX_LENGTH = 80
# a byline beside the date, set apart by a bar, a dash or a bullet
_BYLINE_AFTER = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022]\s+By\s+[A-Z][^|\u2013\u2014\u00b7\u2022\d]{0,100}$"
                           r"|\s+[|\u00b7\u2022]\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")  # or a place after a bar: "| Bengaluru"
_BYLINE_BEFORE = re.compile(r"^By\s+[A-Z][^|\u2013\u2014\u00b7\u2022\d]{0,100}?\s+[|\u2013\u2014\u00b7\u2022]\s+")
# A place (and a station or agency) may open the line: "LAKEVIEW, Ore. (KLVW) - Published: Jan. 14, 2026, 6:42 a.m."
_PLACE_BEFORE = re.compile(r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f][A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f.'\u2019-]+(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f][A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f.'\u2019-]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([A-Za-z .&-]{1,30}\))?\s*[\u2013\u2014:-]\s*")


def read_dateline(text: str, *, day_first: bool = True) -> tuple[_dt.date, str | None] | None:
    """Return (date, "HH:MM" or None) if the line is a dateline, else None."""
    # "Published: Friday 13 March 2026 | By Morag Cairncross, Local Democracy Reporting Service": a byline set apart
    text = _BYLINE_AFTER.sub("", _BYLINE_BEFORE.sub("", text, count=1), count=1)
    if len(text) > _MAX_LENGTH:
        return None
    found = [d for d in find_dates(text, day_first=day_first) if d.explicit_year and d.valid and d.day]
    if len(found) != 1:
        return None
    mention = found[0]
    start = mention.weekday_start if mention.weekday_start is not None else mention.start
    place = _PLACE_BEFORE.match(text)
    leftover = text[place.end() if place and place.end() <= start else 0 : start] + " " + text[mention.end :]
    if not _LEFTOVER.match(leftover):
        return None
    time = _TIME.search(text, mention.end)
    hhmm = None
    if time:
        hour = int(time.group(1)) % 12 + (12 if (time.group(3) or "").lower() == "p" else 0) if time.group(3) else int(time.group(1))
        hhmm = f"{hour:02d}:{time.group(2)}"
    return mention.resolved, hhmm


# A wire story's dateline opens its first paragraph: "KAMPALA, Wednesday June 17, 2026 - The Electoral Commission …",
# "ST. PAUL, Minn., March 19, 2026 (AP) — The Minnesota Senate …": a place in capitals, then the date and a dash.
# (a place's capitals may carry accents or macrons: "ŌTĀWHIRI, Wednesday 4 March 2026 –")
_WIRE_PLACE = re.compile(r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f][A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f.'\u2019-]+(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f][A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f.'\u2019-]+){0,3}(?:,\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s+")  # a state ("Minn."), not a weekday
_WIRE_AFTER = re.compile(r"\s*(?:\([A-Za-z .&-]{1,30}\))?\s*[\u2013\u2014:-]")


# "Accra, March 4, 2026 (GNA) – …": a place in title case counts only with the agency in brackets after the date
_TITLE_PLACE = re.compile(r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){0,2},\s+")
_AGENCY_AFTER = re.compile(r"\s*\([A-Z][A-Za-z .&-]{1,29}\)\s*[\u2013\u2014:-]")


def read_wire_dateline(text: str, *, day_first: bool = True) -> _dt.date | None:
    """Return the date of a dateline opening a paragraph ("LAGOS, March 3, 2026 - …"; "JEFFERSON CITY, Mo. (March 4,
    2026) - …", the date in brackets; "Published Thursday, May 7, 2026 – KNOXVILLE, Tenn. – …", a stamp first), else None."""
    place, after = _WIRE_PLACE.match(text), _WIRE_AFTER
    if place is None:
        place, after = _TITLE_PLACE.match(text), _AGENCY_AFTER
    for opener, after in ((_STAMP_OPENING.match(text), _STAMP_AFTER), (place, after), (_BRACKETED_PLACE.match(text), _BRACKET_AFTER)):
        if opener is None:
            continue
        # the date must start right where the opener ends and be set off after it as the form says
        mention = next((d for d in find_dates(text[: opener.end() + 40], day_first=day_first) if d.explicit_year and d.valid and d.day), None)
        start = None if mention is None else (mention.weekday_start if mention.weekday_start is not None else mention.start)
        if start == opener.end() and after.match(text, mention.end):
            return mention.resolved
    return None


# "Published Thursday, May 7, 2026 – …": a stamp opening the first paragraph, set off by a dash
_STAMP_OPENING = re.compile(r"(?:Published|Updated|Posted)\s*:?\s+")
_STAMP_AFTER = re.compile(r"\s*(?:,\s*\d{1,2}[:.]\d\d\s*[ap]\.?m\.?\s*)?[\u2013\u2014-]\s")
# "RIVERMONT, Ohio (Feb. 21, 2026) - …": the date in brackets after the place
_BRACKETED_PLACE = re.compile(r"[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3},\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+\(")
_BRACKET_AFTER = re.compile(r"\)\s*[\u2013\u2014:-]")
