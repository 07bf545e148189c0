"""Measure factcheck's speed and print a table: `python benchmarks/run.py` (about ten minutes on 2 cores, more on a busy machine).

With `--baseline PATH/TO/factcheck` (another installation, say the previous release), the cold
start, the corpus and the long article are timed for both in the same run.

1. cold start: the whole `factcheck check` command on one article, median of 10 runs, taking
   turns with the baseline and with proselint's `proselint check` on the same article;
2. a generated corpus of 2,000 articles (benchmarks/generate.py) with --jobs 1 and --jobs 2;
3. duplicate detection on one generated document of 1,000, 5,000 and 20,000 paragraphs;
4. the whole check of one article that is a single paragraph of 50 KB, 500 KB and 5 MB,
   in seconds per MB (flat when every step is linear in a paragraph's length);
5. the same corpus through proselint, installed into its own virtual environment in a
   cache folder if missing (or "not available" and why).

Needs only factcheck's runtime dependencies. Options: --files N (corpus size),
--skip-proselint, --runs N (cold-start runs).
"""

from __future__ import annotations

import argparse
import math
import os
import platform

try:
    import resource
except ImportError:  # Windows: wall-clock time only
    resource = None
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import duplicate_document, generate_corpus, long_paragraph  # noqa: E402

SEED = ROOT.parent / "shared" / "seeds" / "000_e278635c5b89ffd7.txt"
FALLBACK = ROOT / "samples" / "ferry-strike.txt"
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck-bench"


def factcheck_command() -> list[str]:
    """Return the factcheck command of the Python running this script (its venv's script if there is one)."""
    script = Path(sys.executable).with_name("factcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "factcheck"]


def timed(cmd: list[str], **kwargs) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **kwargs)
    return time.perf_counter() - start, proc


def cpu_timed(cmd: list[str], **kwargs) -> tuple[float, float | None, subprocess.CompletedProcess]:
    """Like timed, with the CPU seconds the command and its worker processes used (None where not measurable).

    On a machine busy with other work, wall-clock time says as much about the others as about
    factcheck; CPU time (user and system, all processes) does not.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    seconds, proc = timed(cmd, **kwargs)
    if before is None:
        return seconds, None, proc
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, proc


def cold_starts(runs: int, commands: list[tuple[str, list[str]]]) -> list[tuple[str, str]]:
    """Time each command's whole run on one article, `runs` times, the commands taking turns.

    Taking turns puts the same machine load on every command. A first run of each, not
    timed, warms the OS file cache and writes what an installation keeps between runs (the
    .pyc files), even where PYTHONDONTWRITEBYTECODE is set: pip
    writes the .pyc files of an ordinary install, an editable one writes them on first use.
    """
    article = SEED if SEED.exists() else FALLBACK
    warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cmds = [(label, command + [str(article)]) for label, command in commands]
    for _, cmd in cmds:
        timed(cmd, env=warm_env)
    wall: dict[str, list[float]] = {label: [] for label, _ in cmds}
    cpu: dict[str, list[float]] = {label: [] for label, _ in cmds}
    for _ in range(runs):
        for label, cmd in cmds:
            before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
            seconds, proc = timed(cmd)
            if proc.returncode not in (0, 1):
                raise SystemExit(f"{cmd[0]} failed: {proc.stderr.strip()}")
            wall[label].append(seconds)
            if before is not None:
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[label].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    rows = []
    for label, _ in cmds:
        times = wall[label]
        used = f"; CPU {statistics.median(cpu[label]):.3f} s" if cpu[label] else ""
        rows.append((f"{label}cold start, 1 article ({article.name}), median of {runs}", f"{statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f}{used})"))
    return rows


def factcheck_check(command: list[str] | None = None) -> list[str]:
    return (command or factcheck_command()) + ["check", "--format", "text", "--fail-on", "never"]


def corpus_rows(corpus: Path, files: int, size_mb: float, command: list[str] | None = None, label: str = "") -> list[tuple[str, str]]:
    rows = []
    for jobs in (1, 2):
        cmd = (command or factcheck_command()) + ["check", "--format", "text", "--fail-on", "never", "--jobs", str(jobs), str(corpus)]
        seconds, cpu, proc = cpu_timed(cmd, env={**os.environ, "CI": "true"})
        if proc.returncode not in (0, 1):
            raise SystemExit(f"factcheck failed: {proc.stderr.strip()[:500]}")
        used = f"; CPU {cpu:.1f} s, {files / cpu:.0f} articles per CPU second" if cpu else ""
        rows.append((f"{label}corpus, {files} articles ({size_mb:.1f} MB), --jobs {jobs}", f"{seconds:.2f} s: {files / seconds:.0f} articles/s, {size_mb / seconds:.2f} MB/s{used}"))
    return rows


def duplicate_rows(sizes=(1000, 5000, 20000)) -> list[tuple[str, str]]:
    from factcheck.checks import duplication
    from factcheck.config import load_rules
    from factcheck.loaders import load_text
    from factcheck.registry import Context

    rules = load_rules()
    context = Context(rules.options_by_check(), knowledge=rules.knowledge)
    rows, previous = [], None
    for n in sizes:
        doc = load_text(duplicate_document(n), "txt", f"<{n} paragraphs>")
        start = time.perf_counter()
        hits = duplication.run(doc, context)
        seconds = time.perf_counter() - start
        growth = ""
        if previous:
            exponent = math.log(seconds / previous[1]) / math.log(n / previous[0])
            growth = f"; x{n // previous[0]} paragraphs -> x{seconds / previous[1]:.1f} time (n^{exponent:.2f})"
        rows.append((f"duplicate detection, {n:,} paragraphs", f"{seconds:.2f} s, {len(hits)} repeats found{growth}"))
        previous = (n, seconds)
    return rows


def long_article_rows(corpus: Path, paragraphs: int = 20_000, commands: tuple[tuple[str, list[str]], ...] = ()) -> list[tuple[str, str]]:
    """Time the whole command on one article of many varied paragraphs, made from the generated corpus."""
    texts: list[str] = []
    for path in sorted(corpus.rglob("*.txt")):
        texts += [p for p in path.read_text(encoding="utf-8").split("\n\n")[3:] if len(p.split()) > 8]
        if len(texts) >= paragraphs:
            break
    article = corpus.parent / "long-article.txt"
    article.write_text("date 2026-03-03 One very long article\n\n" + "\n\n".join(texts[:paragraphs]) + "\n", encoding="utf-8")
    rows = []
    for label, command in commands or (("", factcheck_command()),):
        seconds, cpu, proc = cpu_timed(command + ["check", "--format", "text", "--fail-on", "never", str(article)], env={**os.environ, "CI": "true"})
        used = f" (CPU {cpu:.2f} s)" if cpu else ""
        rows.append((f"{label}one article of {min(len(texts), paragraphs):,} varied paragraphs ({article.stat().st_size / 1e6:.1f} MB)", f"{seconds:.2f} s{used}"))
    return rows


def paragraph_rows(sizes=(50_000, 500_000, 5_000_000)) -> list[tuple[str, str]]:
    """Time checking one article made of a single paragraph (rules loaded once), per MB, as it grows."""
    from factcheck.config import load_rules
    from factcheck.engine import check_text

    rules = load_rules()
    check_text(long_paragraph(2_000), rules=rules)  # imports and compiled patterns are not the paragraph's
    rows = []
    for size in sizes:
        text = long_paragraph(size)
        start, cpu_start = time.perf_counter(), time.process_time()
        check_text(text, rules=rules)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        mb = len(text.encode("utf-8")) / 1e6
        rows.append((f"one paragraph of {mb:.2f} MB", f"{seconds:.2f} s: {seconds / mb:.1f} s per MB (CPU {cpu / mb:.1f} s per MB)"))
    return rows


def proselint_executable() -> tuple[Path | None, str]:
    """Return proselint's command, installing it into a cached virtual environment if needed, or why not."""
    found = shutil.which("proselint")
    if found:
        return Path(found), ""
    venv = CACHE / "proselint-venv"
    exe = venv / ("Scripts" if os.name == "nt" else "bin") / "proselint"
    if exe.exists():
        return exe, ""
    try:
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True, text=True)
        pip = [str(exe.with_name("python")), "-m", "pip", "install", "--quiet", "proselint"]
        proc = subprocess.run(pip, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"could not create a virtual environment ({exc})"
    if proc.returncode != 0 or not exe.exists():
        reason = (proc.stderr.strip().splitlines() or ["pip failed"])[-1]
        return None, f"pip install proselint failed: {reason}"
    return exe, ""


def proselint_version(exe: Path) -> str:
    return (subprocess.run([str(exe), "version"], capture_output=True, text=True).stdout.strip().split()[-1:] or ["?"])[0]


def proselint_row(corpus: Path, files: int, size_mb: float, ours: float | None) -> tuple[str, str]:
    label = f"proselint on the same {files} articles (1 process)"
    exe, reason = proselint_executable()
    if exe is None:
        return label, f"not available: {reason}"
    version = proselint_version(exe)
    seconds, cpu, proc = cpu_timed([str(exe), "-o", "compact", "check", str(corpus)])
    if proc.returncode not in (0, 1):
        return label, f"not available: proselint exited {proc.returncode}: {proc.stderr.strip()[:200]}"
    ratio = f"; factcheck --jobs 1 is {seconds / ours:.1f}x as fast" if ours else ""
    used = f"; CPU {cpu:.1f} s, {files / cpu:.0f} articles per CPU second" if cpu else ""
    return f"proselint {version} on the same {files} articles (1 process)", f"{seconds:.2f} s: {files / seconds:.0f} articles/s, {size_mb / seconds:.2f} MB/s{used}{ratio}"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--skip-proselint", action="store_true")
    parser.add_argument("--baseline", metavar="FACTCHECK", help="another factcheck executable (say, an earlier release) timed beside this one in the same run")
    args = parser.parse_args()

    baseline = [args.baseline] if args.baseline else None
    starters = [("", factcheck_check())]
    if baseline:
        starters.append(("baseline: ", factcheck_check(baseline)))
    if not args.skip_proselint:
        exe, _ = proselint_executable()
        if exe is not None:
            starters.append((f"proselint {proselint_version(exe)}: ", [str(exe), "check"]))
    rows = cold_starts(args.runs, starters)
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        paths = generate_corpus(corpus, args.files)
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        corpus_results = corpus_rows(corpus, args.files, size_mb)
        rows.extend(corpus_results)
        if baseline:
            rows.extend(corpus_rows(corpus, args.files, size_mb, baseline, "baseline: "))
        rows.extend(long_article_rows(corpus, commands=(("", factcheck_command()), *((("baseline: ", baseline),) if baseline else ()))))
        rows.extend(duplicate_rows())
        rows.extend(paragraph_rows())
        if args.skip_proselint:
            rows.append(("proselint", "skipped (--skip-proselint)"))
        else:
            ours = float(corpus_results[0][1].split(" s")[0])
            rows.append(proselint_row(corpus, args.files, size_mb, ours))

    print_table(f"factcheck benchmarks on {machine()}", rows)


def print_table(title: str, rows: list[tuple[str, str]]) -> None:
    """Print a title and the rows as a Markdown table, as the README quotes it."""
    width = max(len(r[0]) for r in rows)
    print(title)
    print()
    print(f"| {'measurement'.ljust(width)} | result |")
    print(f"|{'-' * (width + 2)}|--------|")
    for label, value in rows:
        print(f"| {label.ljust(width)} | {value} |")


if __name__ == "__main__":
    main()
