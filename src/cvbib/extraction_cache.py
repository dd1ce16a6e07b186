"""Extractions kept per CV file, for commands run again on the same CV.

A user renders one CV in a style, then another, then as HTML: reading the CV costs more
than rendering it. What extracting a file gave is kept in the user's cache under the hash
of the file's bytes, the path as given (records name it), the format asked for and a
fingerprint of cvbib's code and data files (their sizes and times), so a changed CV or an
updated cvbib reads the CV again. Only the command line uses it (``cvbib.extract`` always
reads the file). ``CVBIB_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from functools import cache
from pathlib import Path

from cvbib.extract import extract_file
from cvbib.model import Extraction
from cvbib.read.latex_bibliography import PRINTS_FROM_BIB
from cvbib.user_cache import cache_dir, write_atomic

# larger files are read each time (hashing them costs more than a cache saves)
MAX_CACHED_BYTES = 5_000_000
# the folder keeps the most recent extractions
MAX_ENTRIES = 200


def extract_file_cached(path: str, fmt: str | None = None) -> Extraction:
    """:func:`cvbib.extract_file`, served from the cache when this file was read before."""
    if path == "-" or os.environ.get("CVBIB_NO_CACHE"):
        return extract_file(path, fmt)
    try:
        st = os.stat(path)
        data = Path(path).read_bytes() if 0 < st.st_size <= MAX_CACHED_BYTES else None
    except OSError:
        data = None
    if data is None:  # missing, a directory, empty or large: extract_file says what is wrong
        return extract_file(path, fmt)
    if PRINTS_FROM_BIB.search(data):
        return extract_file(path, fmt)  # a LaTeX CV printing from .bib files that may change
    entry = cache_file(data, path, fmt)
    cached = _load(entry)
    if cached is not None:
        return cached
    result = extract_file(path, fmt)
    try:
        blob = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):  # pragma: no cover
        return result
    if write_atomic(entry, blob):
        _evict(entry.parent)
    return result


def cache_file(data: bytes, path: str, fmt: str | None) -> Path:
    digest = hashlib.sha256(data)
    digest.update(f"\0{path}\0{fmt or ''}\0{code_fingerprint()}".encode())
    return cache_dir() / "extractions" / f"{digest.hexdigest()[:32]}.pickle"


@cache
def code_fingerprint() -> str:
    """Changes whenever a file of the installed cvbib (code, knowledge base, model) does."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha1(sys.version.encode())
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(files):
            st = os.stat(os.path.join(folder, name))
            rel = os.path.relpath(os.path.join(folder, name), root)
            h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _load(entry: Path) -> Extraction | None:
    try:
        blob = entry.read_bytes()
    except OSError:
        return None
    try:
        result = pickle.loads(blob)
    except Exception:  # a damaged or foreign file: the CV is read again
        return None
    return result if isinstance(result, Extraction) else None


def _evict(folder: Path) -> None:
    try:
        files = list(folder.glob("*.pickle"))
        if len(files) <= MAX_ENTRIES:
            return
        files.sort(key=lambda f: f.stat().st_mtime)
        for old in files[: len(files) - MAX_ENTRIES]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another cvbib process evicted them first
