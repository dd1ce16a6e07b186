"""The compiled-pattern cache gives back exactly the patterns ``re`` compiles."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from cvbib import regex_cache

PATTERNS = [
    (r"(?P<year>(?:19|20)\d\d)(?:[a-z])?", 0),
    (r"(?<![A-Za-z])(ICML|NeurIPS)(?![A-Za-z\-])", 0),
    (r"\bproc(?:eedings)?\b", re.IGNORECASE),
    (r"^\s*[-•*]\s+", re.MULTILINE),
    (r"[\u3400-\u9fff]+", 0),
    (rb"\x00+", 0),
]


def _compile_as_cvbib(pattern: str | bytes, flags: int) -> re.Pattern:
    # compiled from a module named like one of cvbib's: only those are recorded
    scope = {"__name__": "cvbib.fake", "re": re}
    exec("def compile_it(p, f):\n    return re.compile(p, f)\n", scope)
    return scope["compile_it"](pattern, flags)


@pytest.fixture
def fresh_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_programs", {})
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setitem(regex_cache._state, "dirty", False)
    return tmp_path


def test_a_recorded_program_compiles_to_the_same_pattern(fresh_cache: Path) -> None:
    for pattern, flags in PATTERNS:
        re.purge()
        compiled = _compile_as_cvbib(pattern, flags)
        assert compiled == re.compile(pattern, flags)
    regex_cache.save()
    stored = regex_cache.load(regex_cache.cache_file())
    assert {k for k in stored if k in set(PATTERNS)} == set(PATTERNS)
    for (pattern, flags), args in stored.items():
        if (pattern, flags) in PATTERNS:
            again = regex_cache._sre.compile(*args)
            assert again == re.compile(pattern, flags)
            assert again.groupindex == re.compile(pattern, flags).groupindex
            sample = "2023a" if isinstance(pattern, str) else b"\x00\x00"
            assert bool(again.search(sample)) == bool(re.compile(pattern, flags).search(sample))


def test_patterns_of_other_modules_are_not_recorded(fresh_cache: Path) -> None:
    re.purge()
    re.compile(r"not (a )?cvbib pattern \d+")
    assert not any(k[0] == r"not (a )?cvbib pattern \d+" for k in regex_cache._programs)


def test_a_damaged_cache_is_ignored(fresh_cache: Path) -> None:
    path = regex_cache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00garbage")
    assert regex_cache.load(path) == {}


def test_a_program_the_interpreter_refuses_is_compiled_anew(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"refused (program)? \d{3}"
    monkeypatch.setitem(regex_cache._programs, (pattern, 0), (pattern, 0, [999999], 0, {}, ()))
    re.purge()
    compiled = _compile_as_cvbib(pattern, 0)
    assert compiled.search("refused program 123")
    assert regex_cache._programs[(pattern, 0)][2] != [999999]


def test_a_second_run_reads_the_cache(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "", "PYTHONPATH": ":".join(sys.path)}
    code = (
        "import cvbib, cvbib.find.entries, cvbib.regex_cache as rc;"
        "print(len(rc._used), len(rc._programs))"
    )
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert list(tmp_path.glob("cvbib/regex-*.marshal"))
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    used, known = map(int, second.stdout.split())
    assert used > 50 and known >= used  # the patterns of the import came from the cache
