"""Punctuation repair on the output tree: a port of citeproc-js ``CSL.Output.Queue.adjust``.

Four passes, in citeproc-js order: ``upward`` (hoist leading/trailing spaces),
``leftward`` (merge a sibling's leading punctuation into the previous suffix),
``downward`` (push delimiter punctuation into suffixes, drop duplicates such as
``?.``) and ``fix`` (move ``.``/``,`` inside closing quotes when the locale asks for
punctuation-in-quote). The code follows the original closely on purpose: its quirks
are what "identical to citeproc-js" means.
"""

from __future__ import annotations

from cvbib.render.csl.blob import Blob

_LTOR: dict[str, dict[str, str]] = {
    "!": {".": "!", "?": "!?", ":": "!", ",": "!,", ";": "!;"},
    "?": {"!": "?!", ".": "?", ":": "?", ",": "?,", ";": "?;"},
    ".": {"!": ".!", "?": ".?", ":": ".:", ",": ".,", ";": ".;"},
    ":": {"!": "!", "?": "?", ".": ":", ",": ":,", ";": ":;"},
    ",": {"!": ",!", "?": ",?", ":": ",:", ".": ",.", ";": ",;"},
    ";": {"!": "!", "?": "?", ":": ";", ",": ";,", ".": ";"},
}
_RTOL: dict[str, dict[str, str]] = {}
for _left, _row in _LTOR.items():
    for _right, _merged in _row.items():
        _RTOL.setdefault(_right, {})[_left] = _merged

PUNCT = frozenset(_LTOR)
PUNCT_OR_SPACE = PUNCT | {" ", "\u00a0"}
SWAP_IN = PUNCT - {";", ":"}
SWAP_OUT = PUNCT - {".", "!", "?"}
_STYLE_ATTRS = (
    "@font-style",
    "@font-variant",
    "@font-weight",
    "@text-decoration",
    "@vertical-align",
)


def _get(blob: Blob, field: str) -> str:
    value = getattr(blob, field)
    return value if isinstance(value, str) else ""


def merge_chars(a: Blob, afield: str, b: Blob, bfield: str, merge_right: bool = False) -> None:
    """Merge the last char of ``a.afield`` with the first of ``b.bfield`` (``?.`` -> ``?``)."""
    first_char = _get(a, afield)[-1:]
    second_char = _get(b, bfield)[:1]

    def cull_right() -> None:
        setattr(b, bfield, _get(b, bfield)[1:])

    def cull_left() -> None:
        setattr(a, afield, _get(a, afield)[:-1])

    if first_char == second_char:
        (cull_left if merge_right else cull_right)()
        return
    if merge_right:
        row = _LTOR.get(first_char)
        if row is None:
            return
        merged = row.get(second_char)
        if merged is not None:
            cull_left()
            cull_right()
            setattr(b, bfield, merged + _get(b, bfield))
        else:
            setattr(b, bfield, first_char + _get(b, bfield))
            cull_left()
    else:
        row = _RTOL.get(second_char)
        if row is None:
            return
        merged = row.get(first_char)
        if merged is not None:
            cull_left()
            cull_right()
            setattr(a, afield, _get(a, afield) + merged)
        else:
            setattr(a, afield, _get(a, afield) + second_char)
            cull_right()


def _has_decorations(blob: Blob, include_quotes: bool = False) -> bool:
    for attr, _value in blob.decorations:
        if attr in _STYLE_ATTRS or (include_quotes and attr == "@quotes"):
            return True
    return False


def _is_number(blob: Blob) -> bool:
    if blob.num is not None:
        return True
    return isinstance(blob.blobs, list) and len(blob.blobs) == 1 and blob.blobs[0].num is not None


def _ends_in_number(blob: Blob) -> bool:
    if blob.num is not None:
        return True
    if isinstance(blob.blobs, str) or not blob.blobs:
        return False
    return _ends_in_number(blob.blobs[-1])


def _has_quotes(blob: Blob) -> bool:
    if any(a == "@quotes" and v != "false" for a, v in blob.decorations):
        return True
    if isinstance(blob.blobs, str) or not blob.blobs:
        return False
    return _has_quotes(blob.blobs[-1])


def _has_merging_punct(parent_char: str, blob: Blob) -> bool:
    child_char = blob.suffix[-1:]
    if not child_char and isinstance(blob.blobs, str):
        child_char = blob.blobs[-1:]
    merged = _RTOL.get(parent_char, {}).get(child_char)
    if merged and len(merged) == 1:
        return True
    if isinstance(blob.blobs, str) or not blob.blobs:
        return False
    return _has_merging_punct(parent_char, blob.blobs[-1])


def _match_last_char(blob: Blob, char: str) -> bool:
    if char not in PUNCT:
        return False
    if isinstance(blob.blobs, str):
        return blob.blobs[-1:] == char
    if not blob.blobs:
        return False
    child = blob.blobs[-1]
    if not child.suffix[-1:]:
        return _match_last_char(child, char)
    return child.suffix[-1:] == char


def upward(parent: Blob) -> None:
    if isinstance(parent.blobs, str):
        if parent.suffix[:1] in PUNCT and parent.suffix[:1] == parent.blobs[-1:]:
            parent.suffix = parent.suffix[1:]
        return
    if not parent.blobs:
        return
    parent_decorations = _has_decorations(parent, True)
    last = len(parent.blobs) - 1
    for i in range(last, -1, -1):
        child = parent.blobs[i]
        upward(child)
        if i == 0:
            if parent.prefix[-1:] == " " and child.prefix[:1] == " ":
                child.prefix = child.prefix[1:]
            char = child.prefix[:1]
            if not parent_decorations and char in PUNCT_OR_SPACE and not parent.prefix:
                parent.prefix += char
                child.prefix = child.prefix[1:]
        if i == last:
            char = child.suffix[-1:]
            if not parent_decorations and char == " ":
                if parent.suffix[:1] != char:
                    parent.suffix = char + parent.suffix
                child.suffix = child.suffix[:-1]
        if parent.delimiter and i > 0:
            char = parent.delimiter[-1:]
            if char in PUNCT_OR_SPACE and char == child.prefix[:1]:
                child.prefix = child.prefix[1:]


def leftward(parent: Blob) -> None:
    if isinstance(parent.blobs, str) or not parent.blobs:
        return
    last = len(parent.blobs) - 1
    for i in range(last, -1, -1):
        leftward(parent.blobs[i])
        if i < last and not parent.delimiter:
            child = parent.blobs[i]
            sibling = parent.blobs[i + 1]
            sibling_char = sibling.prefix[:1]
            decorated = _has_decorations(child) or _has_decorations(sibling)
            if not decorated and sibling_char in PUNCT:
                prefix_match = sibling_char == child.suffix[-1:]
                field_match = (
                    not child.suffix
                    and isinstance(child.blobs, str)
                    and child.blobs[-1:] == sibling_char
                )
                if not prefix_match and not field_match:
                    merge_chars(child, "suffix", sibling, "prefix")
                else:
                    sibling.prefix = sibling.prefix[1:]


def downward(parent: Blob, punct_in_quote: bool) -> None:
    if isinstance(parent.blobs, str):
        if parent.suffix[:1] in PUNCT and parent.suffix[:1] == parent.blobs[-1:]:
            parent.suffix = parent.suffix[1:]
        return
    if not parent.blobs:
        return
    if parent.delimiter and parent.delimiter[:1] in PUNCT:
        delim_char = parent.delimiter[0]
        for child in parent.blobs[:-1]:
            if child.suffix[-1:] != delim_char:
                child.suffix += delim_char
        parent.delimiter = parent.delimiter[1:]
    last = len(parent.blobs) - 1
    for i in range(last, -1, -1):
        child = parent.blobs[i]
        child_decorations = _has_decorations(child, True)
        child_is_number = _is_number(child)
        if i == last:
            parent_char = parent.suffix[:1]
            allow = False
            if parent_char in PUNCT:
                allow = _has_merging_punct(parent_char, child)
                if not allow and punct_in_quote:
                    allow = _has_quotes(child)
            if allow and not _ends_in_number(child):
                if isinstance(child.blobs, str):
                    merge_chars(child, "blobs", parent, "suffix")
                else:
                    merge_chars(child, "suffix", parent, "suffix")
                if parent.suffix[:1] == ".":
                    child.suffix += "."
                    parent.suffix = parent.suffix[1:]
            if child.suffix[-1:] == " " and parent.suffix[:1] == " ":
                parent.suffix = parent.suffix[1:]
            if child.suffix[:1] in PUNCT_OR_SPACE:
                if isinstance(child.blobs, str) and child.blobs[-1:] == child.suffix[:1]:
                    child.suffix = child.suffix[1:]
                if child.suffix[-1:] == parent.suffix[:1]:
                    parent.suffix = parent.suffix[:-1]
            if _match_last_char(parent, parent.suffix[:1]):
                parent.suffix = parent.suffix[1:]
        elif parent.delimiter:
            char = parent.delimiter[:1]
            if char in PUNCT_OR_SPACE and char == child.suffix[-1:]:
                child.suffix = child.suffix[:-1]
        else:
            sibling = parent.blobs[i + 1]
            char = child.suffix[-1:]
            if (
                not child_is_number
                and not child_decorations
                and char in PUNCT_OR_SPACE
                and char == sibling.prefix[:1]
            ):
                sibling.prefix = sibling.prefix[1:]
        if (
            not child_is_number
            and not child_decorations
            and child.suffix[:1] in PUNCT
            and isinstance(child.blobs, str)
        ):
            merge_chars(child, "blobs", child, "suffix")
        downward(child, punct_in_quote)


def _swap_to_left(child: Blob) -> None:
    char = child.suffix[:1]
    if isinstance(child.blobs, str):
        while char in SWAP_IN:
            merge_chars(child, "blobs", child, "suffix")
            char = child.suffix[:1]
    elif child.blobs:
        while char in SWAP_IN:
            merge_chars(child.blobs[-1], "suffix", child, "suffix")
            char = child.suffix[:1]


def _swap_to_right(child: Blob) -> None:
    if isinstance(child.blobs, str):
        char = child.blobs[-1:]
        while char in SWAP_OUT:
            merge_chars(child, "blobs", child, "suffix", True)
            char = child.blobs[-1:]
    elif child.blobs:
        char = child.blobs[-1].suffix[-1:]
        while char in SWAP_OUT:
            merge_chars(child.blobs[-1], "suffix", child, "suffix", True)
            char = child.blobs[-1].suffix[-1:]


def fix(parent: Blob, punct_in_quote: bool) -> None:
    if isinstance(parent.blobs, str) or not parent.blobs:
        return
    for child in parent.blobs:
        if any(a == "@quotes" and v != "false" for a, v in child.decorations):
            if punct_in_quote:
                _swap_to_left(child)
            else:
                _swap_to_right(child)
        fix(child, punct_in_quote)


def adjust(root: Blob, punct_in_quote: bool) -> None:
    """All four passes, in citeproc-js order."""
    upward(root)
    leftward(root)
    downward(root, punct_in_quote)
    fix(root, punct_in_quote)
