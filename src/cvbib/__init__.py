"""cvbib: turn the publication lists in academic CVs into clean bibliographies."""

from __future__ import annotations

from cvbib import regex_cache

# before the modules below compile their patterns (see regex_cache: a fifth of a short run)
regex_cache.install()

from cvbib.errors import CvbibError  # noqa: E402
from cvbib.extract import extract, extract_file, extract_text, parse_reference  # noqa: E402
from cvbib.model import Extraction, Person, Record, Source, Span  # noqa: E402

__version__ = "0.1.0"
__all__ = [
    "CvbibError",
    "Extraction",
    "Person",
    "Record",
    "Source",
    "Span",
    "__version__",
    "extract",
    "extract_file",
    "extract_text",
    "find_duplicates",
    "match",
    "parse_reference",
]


def __getattr__(name: str) -> object:
    # merging pulls in rapidfuzz; load it only for those who use it
    if name in ("match", "find_duplicates"):
        from cvbib import merge

        return getattr(merge, name)
    raise AttributeError(f"module 'cvbib' has no attribute {name!r}")
