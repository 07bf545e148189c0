#!/usr/bin/env python3
"""Score factcheck on an evaluation set: recall by category, false alarms on clean copy.

Usage: python3 benchmarks/score_set.py SET_DIR [FACTCHECK] [--misses]
A planted row (line, category) is found when a warning/error of that category points at the
line or one either side (its own line or a related line). Findings not matching any row count
as false alarms.
"""
import collections, json, re, subprocess, sys
from pathlib import Path

args = [a for a in sys.argv[1:] if not a.startswith("--")]
show = "--misses" in sys.argv
root = Path(args[0])
fc = args[1] if len(args) > 1 else ".venv/bin/factcheck"
section, row = re.compile(r"^## (\S+)"), re.compile(r"^\| (\d+) \| *(\d*) *\| `([a-z-]+)` \|")
CATS = {"number", "deadline", "date", "title", "name", "headline", "duplication", "style"}
expect, cur = collections.defaultdict(list), None
for line in (root / "EXPECTED.md").read_text().splitlines():
    if m := section.match(line):
        cur = m.group(1); expect[cur]
    elif (m := row.match(line)) and cur:
        expect[cur].append((int(m.group(1)), int(m.group(2)) if m.group(2) else None, m.group(3)))
out = subprocess.run([fc, "check", "--format", "json", "--fail-on", "never", str(root)], capture_output=True, text=True)
files = {Path(f["path"]).name: f for f in json.loads(out.stdout)["files"]}
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
try:
    from factcheck.registry import all_checks
    cat_of = {cid: str(c.category) for cid, c in all_checks().items()}
except Exception:
    cat_of = {}
hit, total, fa, notes = collections.Counter(), collections.Counter(), 0, []
for name, rows in sorted(expect.items()):
    got = [f for f in files.get(name, {}).get("findings", []) if f["severity"] in ("warning", "error")]
    used, matched = set(), {}
    # a finding of the row's own check at its line is that row's before any row may claim it by a related line
    for k, (line, earlier, check) in enumerate(rows):
        i = next((i for i, f in enumerate(got) if i not in used and f["check"] == check and abs(f["line"] - line) <= 1), None)
        if i is not None:
            used.add(i); matched[k] = i
    for k, (line, earlier, cat) in enumerate(rows):
        cat = cat if cat in CATS else cat_of.get(cat, cat)
        total[cat] += 1
        if k in matched:
            hit[cat] += 1
            continue
        best = None
        for i, f in enumerate(got):
            lines = {f["line"], *(r["line"] for r in f.get("related") or [])}
            d = min(abs(a - line) for a in lines)
            if i not in used and f["category"] == cat and d <= 1 and (best is None or d < best[0] or (d == best[0] and f["line"] == line)):
                best = (d, i)
        if best:
            hit[cat] += 1; used.add(best[1])
        else:
            notes.append(f"MISS {name}:{line} {cat}")
    for i, f in enumerate(got):
        if i not in used:
            fa += 1; notes.append(f"FALSE {name}:{f['line']} {f['check']}: {f['message']}")
print(f"{root.name}: found {sum(hit.values())} of {sum(total.values())} planted problems; {fa} unplanted findings")
for cat in sorted(total):
    print(f"  {cat:<12}{hit[cat]}/{total[cat]}")
if show:
    print("\n".join(notes))
