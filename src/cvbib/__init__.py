"""cvbib: turn the publication lists in academic CVs into clean bibliographies."""

from __future__ import annotations

from cvbib.errors import CvbibError
from cvbib.extract import extract, extract_file, extract_text, parse_reference
from cvbib.model import Extraction, Person, Record, Source, Span

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
    "parse_reference",
]
