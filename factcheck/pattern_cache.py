"""Compiled regular expressions kept between runs, as .pyc files keep compiled modules.

Compiling factcheck's patterns (several hundred, some of them alternations of every office,
role and period phrase the knowledge files list) is the largest part of a cold start. Python
compiles a pattern in two steps: parsing it and generating the matcher's code, both in pure
Python, then hands the code to the C engine (`_sre.compile`). This module remembers the second
step's result for each (pattern, flags) in one file under the user's cache folder, so the next
run hands the C engine the same code without parsing: the compiled pattern is the one Python
would have built, so every match is the same.

`install()` (called by the command line, never by the library) routes `re`'s compiler through
the cache for the rest of the process and writes the patterns compiled anew when it exits. The
file is read whole and written whole (to a temporary file, then renamed), holds this run's
patterns and as many earlier ones as fit in `_MAX_BYTES`, and is named after the Python and
factcheck versions. Anything unexpected (no cache folder, a damaged file, another Python's
code) falls back to the ordinary compiler. FACTCHECK_NO_PATTERN_CACHE=1 turns it off.
"""

from __future__ import annotations

import os
import sys

_MAX_BYTES = 2_500_000  # earlier runs' patterns kept beside this run's, up to about this size
_FORMAT = 1


def cache_file() -> str:
    """Return the file the patterns are kept in (under $XDG_CACHE_HOME or ~/.cache)."""
    from . import __version__

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "factcheck", f"patterns-{__version__}-{sys.implementation.cache_tag}.marshal")


class _Cache:
    """The patterns read from the file, the ones used or compiled in this run, and the compiler it wraps."""

    def __init__(self, path: str, compile_) -> None:
        import _sre

        self.path = path
        self.original = compile_
        self.stored: dict = {}
        self.used: dict = {}
        self.new = 0
        self._sre_compile = _sre.compile
        try:
            import marshal

            with open(path, "rb") as fh:
                data = marshal.loads(fh.read())
            if data[0] == (_FORMAT, _sre.MAGIC, sys.version):
                self.stored = data[1]
        except Exception:  # noqa: BLE001 - no file, or one this Python cannot use: start afresh
            self.stored = {}

    def compile(self, pattern, flags=0):
        """Return the compiled pattern: from the stored code when there is one, else compiled and remembered."""
        if not isinstance(pattern, str):
            return self.original(pattern, flags)
        key = (pattern, int(flags))
        entry = self.stored.get(key) or self.used.get(key)
        if entry is not None:
            try:
                compiled = self._build(pattern, entry)
            except Exception:  # noqa: BLE001 - stored code the engine refuses: compile as usual
                compiled = None
            if compiled is not None:
                self.used[key] = entry
                return compiled
        entry = self._entry(pattern, int(flags))
        if entry is None:
            return self.original(pattern, flags)
        self.used[key] = entry
        self.new += 1
        return self._build(pattern, entry)

    def _entry(self, pattern: str, flags: int):
        """Return what the C engine needs for one pattern, in marshal's types, or None to compile as usual."""
        from array import array
        from re import _compiler, _parser

        if flags & _compiler.SRE_FLAG_DEBUG:
            return None
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup))

    def _build(self, pattern: str, entry):
        from array import array

        flags, code, groups, groupindex, indexgroup = entry
        return self._sre_compile(pattern, flags, array("I", code).tolist(), groups, dict(groupindex), indexgroup)

    def save(self) -> None:
        """Write this run's patterns, and earlier ones while they fit, if any pattern was compiled anew."""
        if not self.new:
            return
        import _sre
        import marshal

        keep = dict(self.used)
        size = sum(len(entry[1]) + len(key[0]) for key, entry in keep.items())
        for key, entry in self.stored.items():
            if key in keep:
                continue
            size += len(entry[1]) + len(key[0])
            if size > _MAX_BYTES:
                break
            keep[key] = entry
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            temporary = f"{self.path}.{os.getpid()}.tmp"
            with open(temporary, "wb") as fh:
                fh.write(marshal.dumps(((_FORMAT, _sre.MAGIC, sys.version), keep)))
            os.replace(temporary, self.path)
        except (OSError, ValueError):
            pass  # a read-only home or a full disk: the next run compiles again


def install() -> None:
    """Route this process's regular-expression compiling through the cache file, and save it at exit."""
    if os.environ.get("FACTCHECK_NO_PATTERN_CACHE"):
        return
    import atexit
    from re import _compiler

    if isinstance(getattr(_compiler.compile, "__self__", None), _Cache):
        return  # installed already
    try:
        cache = _Cache(cache_file(), _compiler.compile)
    except Exception:  # noqa: BLE001 - an engine without _sre.compile: compile as usual
        return
    _compiler.compile = cache.compile
    atexit.register(cache.save)
