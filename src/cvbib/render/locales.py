"""Which CSL locale: "de-DE" as given, "de" as its primary dialect, else a clear error.

The locale files are citeproc-py's (the CSL locales repository); an unknown locale would
otherwise fall back to English without a word.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from cvbib.errors import CvbibError


@cache
def _locales_dir() -> Path:
    spec = importlib.util.find_spec("citeproc")
    if spec is None or not spec.origin:
        raise CvbibError("citeproc-py is not installed (pip install citeproc-py)")
    return Path(spec.origin).resolve().parent / "data" / "locales"


@cache
def available() -> tuple[str, ...]:
    """Every locale with a file, e.g. ("af-ZA", "ar", ..., "zh-TW")."""
    names = (p.name for p in _locales_dir().glob("locales-*.xml"))
    return tuple(sorted(n.removeprefix("locales-").removesuffix(".xml") for n in names))


@cache
def _primary_dialects() -> dict[str, str]:
    try:
        data = json.loads((_locales_dir() / "locales.json").read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data["primary-dialects"].items()}
    except (OSError, ValueError, KeyError, AttributeError):
        return {}


def resolve_locale(locale: str) -> str:
    """A locale with a file: "en-US", "de" -> "de-DE", "pt_BR" -> "pt-BR"."""
    known = {name.casefold(): name for name in available()}
    wanted = locale.strip().replace("_", "-")
    if wanted.casefold() in known:
        return known[wanted.casefold()]
    dialect = _primary_dialects().get(wanted.casefold())
    if dialect and dialect.casefold() in known:
        return known[dialect.casefold()]
    language = wanted.split("-")[0].casefold()
    close = [name for name in available() if name.casefold().startswith(language)]
    hint = f"; {language} has {', '.join(close)}" if close else ""
    raise CvbibError(f"unknown locale {locale!r}{hint} (a CSL locale such as en-US or de-DE)")
