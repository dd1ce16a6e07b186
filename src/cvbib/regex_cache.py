"""Compiled regular expressions kept from one run to the next.

cvbib's readers and parser hold about 500 patterns, some of them long alternations of
venue names. CPython compiles a pattern in Python code (``re._compiler``), and compiling
them all takes about 0.15 s: a fifth of a short command such as rendering a CV. The
program a pattern compiles to is a list of integers handed to ``_sre.compile``; it depends
only on the pattern, its flags and the Python build, so it is kept in the user's cache
(one file per Python build) and handed to ``_sre.compile`` again on the next run.

Only patterns compiled from cvbib's own modules are recorded; anything unexpected (another
Python, a damaged file, an interpreter whose ``re`` works differently) falls back to
compiling as usual. ``CVBIB_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cvbib.user_cache import cache_dir, write_atomic

try:  # CPython's regular-expression compiler; other interpreters compile as usual
    import _sre
    from re import _compiler  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None
    _compiler = None

_Key = tuple[Any, int]
# recorded programs beyond this many: only those used in the last run are kept
MAX_PROGRAMS = 4000

_lock = threading.Lock()
_state: dict[str, Any] = {"installed": False, "dirty": False}
_programs: dict[_Key, tuple[Any, ...]] = {}
_used: set[_Key] = set()


def cache_file() -> Path:
    build = f"{sys.version}|{sys.implementation.cache_tag}|{getattr(_sre, 'MAGIC', '')}"
    digest = hashlib.sha1(build.encode()).hexdigest()[:16]
    return cache_dir() / f"regex-{digest}.marshal"


def install() -> None:
    """Serve cvbib's patterns from the cache, and record the new ones (saved at exit)."""
    if _state["installed"] or _compiler is None or os.environ.get("CVBIB_NO_CACHE"):
        return
    _programs.update(load(cache_file()))
    original = _compiler.compile

    def compile_cached(p: Any, flags: int = 0) -> re.Pattern[Any]:
        return _compile(p, flags, original, _called_from_cvbib)

    _compiler.compile = compile_cached
    _state["installed"] = True
    atexit.register(save)


def load(path: Path) -> dict[_Key, tuple[Any, ...]]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}  # no cache yet, or a damaged one: patterns are compiled as usual
    return data if isinstance(data, dict) else {}


def save() -> None:
    if not _state["dirty"]:
        return
    with _lock:
        programs = dict(_programs)
        if len(programs) > MAX_PROGRAMS:  # patterns of older cvbib versions pile up
            programs = {k: v for k, v in programs.items() if k in _used}
        _state["dirty"] = False
    try:
        data = marshal.dumps(programs)
    except ValueError:  # pragma: no cover - a program of unexpected types: nothing kept
        return
    write_atomic(cache_file(), data)


def _compile(
    p: Any, flags: int, original: Callable[..., re.Pattern[Any]], record: Callable[[], bool]
) -> re.Pattern[Any]:
    if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
        return original(p, flags)
    key = (p, flags)
    args = _programs.get(key)
    if args is not None:
        try:
            pattern = _sre.compile(*args)
        except Exception:  # a program this interpreter does not take: compiled anew
            _programs.pop(key, None)
        else:
            _used.add(key)
            return pattern
    if not record():
        return original(p, flags)
    with _lock:
        # The arguments ``re._compiler.compile`` hands to ``_sre.compile`` are the program.
        recorder = _Recorder(p)
        _compiler._sre = recorder
        try:
            pattern = original(p, flags)
        finally:
            _compiler._sre = _sre
        if recorder.args is not None:
            _programs[key] = recorder.args
            _used.add(key)
            _state["dirty"] = True
    return pattern


class _Recorder:
    """Stands in for ``_sre`` while one pattern compiles and keeps what it was given."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.args: tuple[Any, ...] | None = None

    def compile(self, *args: Any) -> re.Pattern[Any]:
        if self.args is None and args and args[0] == self.pattern:
            # opcodes are int subclasses, which marshal does not take
            self.args = tuple(_plain(a) for a in args)
        return _sre.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)


def _plain(value: Any) -> Any:
    if isinstance(value, bool) or value is None or type(value) in (str, bytes):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list) and all(isinstance(v, int) and type(v) is not bool for v in value):
        return list(map(int, value))  # the program itself: thousands of opcodes, one call
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


def _called_from_cvbib() -> bool:
    """Is the pattern being compiled by cvbib's code (not by a library or the user's)?"""
    frame = sys._getframe(1)
    while frame is not None and _is_re_machinery(frame.f_globals.get("__name__", "")):
        frame = frame.f_back  # re.compile -> re._compile -> this module
    if frame is None:
        return False
    name = frame.f_globals.get("__name__", "")
    return name == "cvbib" or name.startswith("cvbib.")


def _is_re_machinery(module: str) -> bool:
    return module in ("re", __name__) or module.startswith("re.")
