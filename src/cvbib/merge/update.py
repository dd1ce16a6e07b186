"""Add new records to an existing library file without touching what is there.

The library's text is kept byte for byte; new entries are appended (BibTeX) or inserted
before the closing bracket (CSL-JSON), with keys that collide with none already used.
The caller writes the result atomically, with a backup.
"""

from __future__ import annotations

import json
import re

from cvbib.errors import CvbibError
from cvbib.formats import WriteOptions, get_format
from cvbib.keys import assign_keys
from cvbib.model import Record


def fresh_keys(new: list[Record], taken: set[str], key_format: str) -> list[Record]:
    """Keys for the new records: their own unless already used in the library."""
    cleared = [r.replace(key=None) if r.key and r.key in taken else r for r in new]
    return assign_keys(cleared, key_format, taken=taken)


def append_bibtex(text: str, new: list[Record], to: str, opts: WriteOptions) -> str:
    """The library text with the new entries appended after a blank line."""
    if not new:
        return text
    entries = get_format(to).write(new, opts)
    if not text.strip():
        return text + entries
    sep = "" if text.endswith("\n\n") else "\n" if text.endswith("\n") else "\n\n"
    return text + sep + entries


def append_csl(text: str, new: list[Record], opts: WriteOptions, path: str) -> str:
    """The CSL-JSON array with the new items inserted before its closing bracket."""
    if not new:
        return text
    try:
        data = json.loads(text) if text.strip() else []
    except json.JSONDecodeError as exc:
        raise CvbibError(f"not valid JSON: {exc.msg}", path, exc.lineno) from exc
    if not isinstance(data, list):
        raise CvbibError("a CSL-JSON library must be a JSON array of items", path)
    items = json.loads(get_format("csl-json").write(new, opts))
    indent = _indent(text)
    body = ",\n".join(_dump_item(item, indent) for item in items)
    if not data:
        return "[\n" + body + "\n]\n"
    close = text.rindex("]")
    head = text[:close].rstrip()
    return head + ",\n" + body + "\n" + text[close:]


def _indent(text: str) -> str:
    m = re.search(r"^\[\s*\n([ \t]+)\{", text, re.M)
    return m.group(1) if m else "  "


def _dump_item(item: dict[str, object], indent: str) -> str:
    dumped = json.dumps(item, ensure_ascii=False, indent=len(indent.expandtabs(4)) or 2)
    return "\n".join(indent + line for line in dumped.splitlines())
