"""Deterministic test corpora for the benchmarks and the parallel tests.

``generate_corpus(dest, count, seed)`` writes ``count`` articles made from the
shipped samples (samples/*.txt, *.md, *.html, in their own formats): names swapped
for others, dates moved, figures changed and body paragraphs reordered, all from a
seeded random generator, so the same seed always gives the same files.

``duplicate_document(paragraphs, seed)`` returns one long plain-text article of
mostly distinct generated paragraphs with a few planted repeats, for timing the
duplicate detection; ``long_paragraph(size)`` one article whose body is a single
paragraph of sample prose, for showing that time grows in step with its length.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

_FIRST = ["Amira", "Bethan", "Callum", "Dafydd", "Esther", "Farid", "Gwen", "Hamish", "Ines", "Jonah", "Keira", "Lewis", "Maya", "Niall", "Orla", "Pavel", "Rhian", "Sanjay", "Tamsin", "Usman"]
_LAST = ["Abbott", "Brennan", "Caldwell", "Dunmore", "Evans", "Fairbairn", "Griffiths", "Haddad", "Iqbal", "Jenkins", "Kowalski", "Lomax", "Mensah", "Nowak", "Okoye", "Pritchard", "Quayle", "Rowntree", "Sutcliffe", "Trevithick"]
_PLACES = ["Westbury", "Holyhead", "Fishguard", "Leddon", "Langley Marsh"]
_NEW_PLACES = ["Ashford", "Barmouth", "Carrick", "Dunstable", "Elmbridge", "Fernhill", "Glenmore", "Harlow", "Ivybridge", "Kendal"]
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)? ?([A-Z][a-z]+) ([A-Z][a-z]{2,})\b")
_ISO_DATE = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_DAY_MONTH = re.compile(rf"\b([12]?\d|3[01]) ({_MONTHS})\b")
_FIGURE = re.compile(r"(?<![\d.,-])(\d{2,4})(?![\d-])")
_WORDS = (
    "council budget ferry strike union flood river school hospital minister vote plan report "
    "residents officials crews homes roads bridge wall rain storm court police evidence inquiry "
    "cuts tax rise pay offer talks members ballot turnout service routes sailings weekend freight "
    "library centre lighting auditor deadline review agency scheme defences barrier engineers "
    "said told warned agreed refused announced expected promised confirmed denied described "
    "early late new old local national regional public private annual weekly formal urgent "
    "after before during within without against between across under over through around"
).split()


def _people(text: str) -> list[str]:
    """Return the distinct 'First Last' names in a text, in order of first appearance."""
    seen: dict[str, None] = {}
    for m in _NAME.finditer(text):
        first, last = m.group(1), m.group(2)
        if first in ("The", "In", "On", "By", "At", "Band", "River", "Mill", "Home", "Transport") or last in _MONTHS.split("|"):
            continue
        seen.setdefault(f"{first} {last}", None)
    return list(seen)


def _vary(text: str, fmt: str, rng: random.Random) -> str:
    """Return one variant of a sample: other names, places, dates and figures, some paragraphs swapped."""
    for name in _people(text):
        first, last = name.split(" ", 1)
        new_first, new_last = rng.choice(_FIRST), rng.choice(_LAST)
        text = text.replace(name, f"{new_first} {new_last}").replace(f" {last} ", f" {new_last} ")
    for place in _PLACES:
        text = text.replace(place, rng.choice(_NEW_PLACES))
    shift = _dt.timedelta(days=rng.randrange(-400, 400))

    def move_iso(m: re.Match) -> str:
        try:
            return (_dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) + shift).isoformat()
        except ValueError:
            return m.group(0)

    text = _ISO_DATE.sub(move_iso, text)
    text = _DAY_MONTH.sub(lambda m: f"{rng.randint(1, 28)} {m.group(2)}", text)
    text = _FIGURE.sub(lambda m: str(rng.randint(10 ** (len(m.group(1)) - 1), 10 ** len(m.group(1)) - 1)), text)
    return _shuffle_body(text, fmt, rng)


def _shuffle_body(text: str, fmt: str, rng: random.Random) -> str:
    """Swap a few neighbouring body paragraphs (never the headline, front matter or markup around them)."""
    if fmt == "html":
        lines = text.split("\n")
        body = [i for i, line in enumerate(lines) if line.startswith("<p>") and line.endswith("</p>")]
        for _ in range(max(1, len(body) // 4)):
            k = rng.randrange(len(body) - 1)
            a, b = body[k], body[k + 1]
            lines[a], lines[b] = lines[b], lines[a]
        return "\n".join(lines)
    blocks = text.split("\n\n")
    start = 4 if fmt == "txt" else 3  # headline, dateline, standfirst, byline / front matter and H1
    body = [i for i in range(start, len(blocks)) if blocks[i] and not blocks[i].startswith(("#", "!", "*", "-", ">", "<"))]
    for _ in range(max(1, len(body) // 4)):
        k = rng.randrange(len(body) - 1)
        a, b = body[k], body[k + 1]
        blocks[a], blocks[b] = blocks[b], blocks[a]
    return "\n\n".join(blocks)


def sample_files() -> list[Path]:
    """Return the shipped samples the corpus is made from, in a fixed order."""
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html") and p.name != "EXPECTED.md")


def generate_corpus(dest: str | Path, count: int = 2000, seed: int = 2026) -> list[Path]:
    """Write count generated articles under dest (in a few sub-folders) and return their paths."""
    rng = random.Random(seed)
    dest = Path(dest)
    sources = [(p, p.suffix.lstrip("."), p.read_text(encoding="utf-8")) for p in sample_files()]
    written = []
    for n in range(count):
        path, fmt, text = sources[n % len(sources)]
        folder = dest / f"section-{n % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / f"{n:05d}-{path.stem}.{fmt}"
        out.write_text(_vary(text, fmt, rng), encoding="utf-8")
        written.append(out)
    return written


def _vocabulary(rng: random.Random, size: int = 4000) -> tuple[list[str], list[float]]:
    """Return made-up words and Zipf weights: a few very common words, a long tail, as in prose."""
    syllables = ["ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "ri", "so", "tu", "ve", "wy", "za"]
    words = list(dict.fromkeys(_WORDS + ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size)]))
    return words, [1 / rank for rank in range(1, len(words) + 1)]


def _paragraph(rng: random.Random, n: int, vocabulary: tuple[list[str], list[float]]) -> str:
    words = rng.choices(vocabulary[0], weights=vocabulary[1], k=rng.randint(18, 45))
    words.insert(rng.randrange(len(words)), f"item{n}")  # every paragraph distinct
    return " ".join(words).capitalize() + "."


def duplicate_document(paragraphs: int, seed: int = 7, repeats: int = 5) -> str:
    """Return a plain-text article of generated paragraphs, `repeats` of them pasted again later."""
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng)
    body = [_paragraph(rng, n, vocabulary) for n in range(paragraphs - repeats)]
    for _ in range(repeats):
        source = rng.randrange(len(body) // 2)
        body.insert(rng.randrange(source + 1, len(body)), body[source])
    return "date 2026-03-11 A very long generated article\n\n" + "\n\n".join(body) + "\n"


def long_paragraph(size: int) -> str:
    """Return a plain-text article whose body is one paragraph of about size characters of sample prose."""
    lines = []
    for path in sorted(SAMPLES.glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()[1:] if len(line.strip()) > 80]
    prose = " ".join(lines)
    body = (prose * (size // len(prose) + 1))[:size]
    return "date 2026-03-11 A very long paragraph\n\n" + body[: body.rfind(".") + 1] + "\n"


if __name__ == "__main__":
    import sys

    target = sys.argv[1] if len(sys.argv) > 1 else "corpus"
    files = generate_corpus(target, int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
    print(f"wrote {len(files)} articles under {target}")
