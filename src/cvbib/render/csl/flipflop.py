"""In-field markup and quotes: a port of citeproc-js ``CSL.Util.FlipFlopper``.

CSL-JSON fields may carry ``<i>``, ``<b>``, ``<sup>``, ``<sub>``, ``<sc>`` and
``<span class="nocase">`` as well as quotation marks. citeproc-js turns them into
child blobs whose decoration *flips* against the enclosing one (italic inside an
italic title becomes roman; a quote inside a quoted title becomes an inner quote) and
turns straight apostrophes into typographic ones (``O'Connor`` -> ``O’Connor``).
Any other ``<...>`` stays literal text, so ``<script>`` is never markup.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from cvbib.render.csl.blob import Blob, Decoration

ROMANESQUE = (
    "0-9a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0370-\u03ff\u0400-\u052f\u0590-\u05d4\u05d6-\u05ff"
    "\u1f00-\u1fff\u0600-\u06ff\u200c\u200d\u200e\u0218\u0219\u021a\u021b\u202a-\u202e-"
)
_INNER_APOSTROPHE = re.compile(f"([{ROMANESQUE}])\u2019([{ROMANESQUE}])")
_APOSTROPHE_NEXT = re.compile(r"^[^,.?:; ]")
_MAYBE_TAG = re.compile("[<\"'\u2018\u2019\u201c\u201d]")


@dataclass
class _Tag:
    type: str
    opener: str
    closer: str
    attr: str | None
    outer: str | None
    flipflop: dict[str, str] | None


def _base_tags() -> dict[str, _Tag]:
    flip_style = {"italic": "normal", "normal": "italic"}
    flip_weight = {"bold": "normal", "normal": "bold"}
    flip_caps = {"small-caps": "normal", "normal": "small-caps"}
    flip_quote = {"true": "inner", "inner": "true", "false": "true"}
    tags = {
        '<span class="nocase">': _Tag(
            "nocase", '<span class="nocase">', "</span>", None, None, None
        ),
        '<span class="nodecor">': _Tag(
            "nodecor",
            '<span class="nodecor">',
            "</span>",
            "@class",
            "nodecor",
            {"nodecor": "nodecor"},
        ),
        '<span style="font-variant:small-caps;">': _Tag(
            "tag",
            '<span style="font-variant:small-caps;">',
            "</span>",
            "@font-variant",
            "small-caps",
            flip_caps,
        ),
        "<sc>": _Tag("tag", "<sc>", "</sc>", "@font-variant", "small-caps", flip_caps),
        "<i>": _Tag("tag", "<i>", "</i>", "@font-style", "italic", flip_style),
        "<b>": _Tag("tag", "<b>", "</b>", "@font-weight", "bold", flip_weight),
        "<sup>": _Tag(
            "tag", "<sup>", "</sup>", "@vertical-align", "sup", {"sub": "sup", "sup": "sup"}
        ),
        "<sub>": _Tag(
            "tag", "<sub>", "</sub>", "@vertical-align", "sub", {"sup": "sub", "sub": "sub"}
        ),
        ' "': _Tag("quote", ' "', '"', "@quotes", "true", flip_quote),
        " '": _Tag("quote", " '", "'", "@quotes", "inner", dict(flip_quote)),
    }
    # citeproc-js aliases these to the same objects (so the outer-form switch hits both)
    tags['("'] = tags[' "']
    tags["('"] = tags[" '"]
    return tags


class FlipFlopper:
    """Per-engine state: the outer straight-quote form, as in citeproc-js, persists between calls."""

    def __init__(self, quotes: tuple[str, str, str, str]) -> None:
        open_q, close_q, open_inner, close_inner = quotes
        self.tags = _base_tags()
        straight = (' "', " '", '"', "'")
        if open_q and close_q and open_q not in straight:
            tag = copy.deepcopy(self.tags[' "'])
            tag.opener, tag.closer = open_q, close_q
            self.tags[open_q] = tag
        if open_inner and close_inner and open_inner not in straight:
            tag = copy.deepcopy(self.tags[" '"])
            tag.opener, tag.closer = open_inner, close_inner
            self.tags[open_inner] = tag
        openers = list(self.tags)
        closers = list(dict.fromkeys(t.closer for t in self.tags.values()))
        alternation = "|".join(re.escape(s) for s in openers + closers)
        self._match_all = re.compile(f"(?:{alternation})")
        self._openers = set(openers)
        self._closers = set(closers)

    # -- splitting ---------------------------------------------------------------------
    def _doppel(self, text: str) -> tuple[list[str], list[str], list[bool]]:
        text = re.sub(
            r'(<span)\s+(style="font-variant:)\s*(small-caps);?"[^>]*(>)', r'\1 \2\3;"\4', text
        )
        text = re.sub(r'(<span)\s+(class="no(?:case|decor)")[^>]*(>)', r"\1 \2\3", text)
        tags = self._match_all.findall(text)
        if not tags:
            return [text], [], []
        strings = self._match_all.split(text)
        forced: list[bool] = []
        for i in range(len(tags) - 1):
            if tags[i] in self.tags:
                if strings[i + 1] == "" and tags[i + 1] in ('"', "'"):
                    tags[i + 1] = " " + tags[i + 1]
                    forced.append(True)
                else:
                    forced.append(False)
        return strings, tags, forced

    def _set_outer_quote_form(self, quote: str) -> None:
        flip = {" '": ' "', ' "': " '", '("': "('", "('": '("'}
        self.tags[quote].outer = "true"
        self.tags[flip[quote]].outer = "inner"

    # -- public ------------------------------------------------------------------------
    def process(self, blob: Blob, layout_decorations: list[Decoration]) -> None:
        """Split ``blob``'s text into decorated children if it contains markup or quotes."""
        assert isinstance(blob.blobs, str)
        original = blob.blobs
        if not _MAYBE_TAG.search(original):  # nothing to split (most strings): skip the work
            return
        leading_space = original[:1] == " " and not re.match(r"^\s+['\"]", original)
        text = " " + _INNER_APOSTROPHE.sub(r"\1'\2", original)
        strings, tags, forced = self._doppel(text)
        if not tags:
            return
        nesting: list[dict[str, object]] = []

        def try_close(tag: str, pos: int) -> dict[str, object] | None:
            top = nesting[-1] if nesting else None
            if top is not None and tag == top["closer"]:
                nesting.pop()
                if top["type"] == "nocase":
                    return {"nocase": (top["pos"], pos)}
                return None
            return {"fixtag": top["pos"] if top is not None else pos}

        def push_state(tag: str, pos: int) -> dict[str, object] | None:
            if tag in self._openers:
                info = self.tags[tag]
                nesting.append(
                    {"type": info.type, "opener": info.opener, "closer": info.closer, "pos": pos}
                )
                return None
            return try_close(tag, pos)

        for i, tag in enumerate(tags):
            nxt = strings[i + 1]
            apostrophe = _apostrophe_force(tag, nxt)
            if apostrophe:
                strings[i + 1] = apostrophe + strings[i + 1]
                tags[i] = ""
                continue
            info: dict[str, object] | None = None
            while True:
                info = push_state(tag, i)
                if info is None:
                    break
                if "fixtag" in info:
                    fixpos = int(info["fixtag"])  # type: ignore[call-overload]
                    if tag in self._closers and tag == "'":
                        strings[i + 1] = "\u2019" + strings[i + 1]
                        tags[i] = ""
                    else:
                        failed = tags[fixpos]
                        if fixpos >= 1 and fixpos - 1 < len(forced) and forced[fixpos - 1]:
                            failed = failed[1:]
                        strings[fixpos + 1] = failed + strings[fixpos + 1]
                        tags[fixpos] = ""
                    if nesting and tag != "'":
                        nesting.pop()
                        continue
                    break
                if "nocase" in info:
                    start, end = info["nocase"]  # type: ignore[misc]
                    tags[start] = ""
                    tags[end] = ""
                break
            if info is not None and "fixtag" in info:
                strings[i + 1] = tags[i] + strings[i + 1]
                tags[i] = ""
        # stray openers become text again
        while nesting:
            pos = int(nesting.pop()["pos"])  # type: ignore[call-overload]
            tag = tags[pos]
            if tag in (" '", "'"):
                strings[pos + 1] = " \u2019" + strings[pos + 1]
            else:
                strings[pos + 1] = tags[pos] + strings[pos + 1]
            tags[pos] = ""
        for i in range(len(tags) - 1, -1, -1):
            if not tags[i]:
                del tags[i]
                strings[i] = strings[i] + strings[i + 1]
                del strings[i + 1]
        quote_form_seen = False  # per call, but the switch itself persists (as in citeproc-js)
        for i, tag in enumerate(tags):
            forced_space = forced[i - 1] if 0 < i <= len(forced) else False
            if tag in (' "', " '", '("', "('"):
                if not quote_form_seen:
                    self._set_outer_quote_form(tag)
                    quote_form_seen = True
                if not forced_space:
                    strings[i] += tag[0]
        self._undoppel(blob, strings, tags, leading_space, layout_decorations)

    def _undoppel(
        self,
        blob: Blob,
        strings: list[str],
        tags: list[str],
        leading_space: bool,
        layout_decorations: list[Decoration],
    ) -> None:
        register: list[Decoration] = []
        first = [True]
        blob.blobs = []
        stack = [blob]

        def add(text: str, decor: Decoration | None = None) -> None:
            if first[0]:
                text = text[1:] if text[:1] == " " else text
                text = text[1:] if text[:1] == " " else text
                first[0] = False
            latest = stack[-1]
            if decor is not None:
                if isinstance(latest.blobs, str):
                    child = Blob(latest.blobs)
                    child.alldecor = list(latest.alldecor)
                    latest.blobs = [child]
                new = Blob([])
                new.alldecor = list(latest.alldecor)
                if decor == ("@class", "nodecor"):
                    decoset: list[Decoration] = []
                    seen: set[str] = set()
                    for group in reversed([layout_decorations, *new.alldecor]):
                        for attr, _value in reversed(group):
                            if attr in ("@font-weight", "@font-style", "@font-variant") and (
                                attr not in seen
                            ):
                                new.decorations.append((attr, "normal"))
                                decoset.append((attr, "normal"))
                                seen.add(attr)
                    new.alldecor.append(decoset)
                else:
                    new.decorations.append(decor)
                    new.alldecor.append([decor])
                assert isinstance(latest.blobs, list)
                latest.blobs.append(new)
                stack.append(new)
                if text:
                    leaf = Blob(text)
                    leaf.alldecor = list(new.alldecor)
                    new.blobs.append(leaf)  # type: ignore[union-attr]
            elif text:
                leaf = Blob(text)
                leaf.alldecor = list(latest.alldecor)
                assert isinstance(latest.blobs, list)
                latest.blobs.append(leaf)

        def set_tag(tag: str) -> Decoration:
            info = self.tags[tag]
            attr = info.attr or ""
            found: Decoration | None = next((d for d in reversed(register) if d[0] == attr), None)
            if found is None:
                for group in reversed([layout_decorations, *blob.alldecor]):
                    found = next((d for d in reversed(group) if d[0] == attr), None)
                    if found is not None:
                        break
            if found is None:
                decor = (attr, info.outer or "")
            else:
                decor = (attr, (info.flipflop or {}).get(found[1], found[1]))
            register.append(decor)
            return decor

        if strings:
            add((" " + strings[0]) if leading_space else strings[0])
        for i, tag in enumerate(tags):
            text = strings[i + 1]
            if tag in self._openers:
                add(text, set_tag(tag))
            else:
                if register:
                    register.pop()
                if len(stack) > 1:
                    stack.pop()
                add(text)


def _apostrophe_force(tag: str, text: str) -> str:
    if tag == "'":
        if text and _APOSTROPHE_NEXT.match(text):
            return "\u2019"
    elif tag == " '" and text[:1] == " ":
        return " \u2019"
    return ""
