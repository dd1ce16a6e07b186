"""Canonical DOIs and arXiv identifiers, so that two spellings of one id compare equal.

``https://doi.org/10.1145/ABC.``, ``doi:10.1145/abc`` and ``10.1145/abc`` are one DOI;
``arXiv:2401.12345v2``, ``https://arxiv.org/pdf/2401.12345.pdf`` and ``2401.12345`` are one
arXiv id, and so is the arXiv DOI ``10.48550/arXiv.2401.12345``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

_DOI_PREFIX = re.compile(
    r"^\s*(?:(?:https?://)?(?:dx\.|www\.)?doi\.org/|doi\s*:\s*|doi\s+|urn:doi:)", re.I
)
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
# Characters that end a sentence or a bracket around a DOI, never the DOI itself.
_DOI_TRAILING = ".,;:)]}>'\"”’"
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.I)

_ARXIV_URL = re.compile(
    r"^(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html|format)/(.+?)(?:\.pdf)?/?$",
    re.I,
)
_ARXIV_PREFIX = re.compile(r"^\s*(?:arxiv\s*[:\s]\s*|eprint\s*:\s*)", re.I)
_NEW_ID = re.compile(r"^(\d{4}\.\d{4,5})(?:v\d+)?$")
_OLD_ID = re.compile(r"^([a-z][a-z\-]*(?:\.[a-z]{2})?/\d{7})(?:v\d+)?$", re.I)


def normalize_doi(text: str | None) -> str | None:
    """The DOI in canonical form (lower case, no resolver prefix), or None if not a DOI."""
    if not text:
        return None
    s = _DOI_PREFIX.sub("", unquote(text.strip()))
    s = s.strip().rstrip(_DOI_TRAILING).lower()
    return s if _DOI.match(s) else None


def clean_doi(text: str) -> str:
    """The DOI without resolver or 'doi:' prefix, its case kept (for output)."""
    s = _DOI_PREFIX.sub("", unquote(text.strip())).strip().rstrip(_DOI_TRAILING)
    return s if _DOI.match(s.lower()) else text.strip()


def arxiv_from_doi(doi: str | None) -> str | None:
    """The arXiv id an arXiv DOI (``10.48550/arXiv.X``) stands for."""
    if not doi:
        return None
    m = _ARXIV_DOI.match(doi)
    return normalize_arxiv(m.group(1)) if m else None


def normalize_arxiv(text: str | None) -> str | None:
    """The arXiv id without prefix, URL or version ('hep-th/9901001', '2401.12345')."""
    if not text:
        return None
    s = text.strip().rstrip(".,;)]")
    m = _ARXIV_URL.match(s)
    if m:
        s = m.group(1)
    s = _ARXIV_PREFIX.sub("", s).strip()
    m = _NEW_ID.match(s)
    if m:
        return m.group(1)
    m = _OLD_ID.match(s)
    if m:
        return m.group(1).lower()
    # The arXiv DOI spelt in place of the id.
    doi = normalize_doi(s)
    return arxiv_from_doi(doi) if doi else None
