"""Given-name disambiguation levels: a port of citeproc-js ``CSL.Registry.NameReg``.

Whether a given name shows as nothing (0), initials (1) or in full (2) depends on the
other names in the bibliography (``givenname-disambiguation-rule``): two different
"Smith, A." in one list are written out in full by citeproc-js. citeproc-py does no
disambiguation at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cvbib.render.csl.names_util import initialize_with

if TYPE_CHECKING:
    from cvbib.render.csl.nodes.base import Ctx
    from cvbib.render.csl.style import CompiledStyle


def _strip_periods(text: str | None) -> str:
    return re.sub(r"\s+$", "", re.sub(r"\s+", " ", (text or "").replace(".", " ")))


@dataclass
class _Family:
    count: int = 0
    ikeys: dict[str, set[str]] = field(default_factory=dict)


class NameRegistry:
    def __init__(self, style: CompiledStyle) -> None:
        self.style = style
        self.rule = style.givenname_rule
        self.dagopt = style.add_givenname
        self.families: dict[str, _Family] = {}
        # while a render is watched: what each name it looked up found (see signature)
        self.watched: dict[tuple[str, str], tuple[bool, ...] | None] | None = None
        self._key_cache: dict[tuple[str, Any, Any, Any], tuple[str, str, str]] = {}

    def _keys(self, item_id: str, name: dict[str, Any]) -> tuple[str, str, str]:
        cache_key = (
            item_id if self.rule == "by-cite" else "",
            name.get("family"),
            name.get("given"),
            name.get("non-dropping-particle"),
        )
        found = self._key_cache.get(cache_key)
        if found is None:
            found = self._key_cache[cache_key] = self._make_keys(item_id, name)
        return found

    def _make_keys(self, item_id: str, name: dict[str, Any]) -> tuple[str, str, str]:
        pkey = _strip_periods(name.get("family"))
        if self.style.demote_ndp == "never" and name.get("non-dropping-particle") and pkey:
            pkey = f"{pkey} {name['non-dropping-particle']}"
        skey = _strip_periods(name.get("given"))
        m = re.search(r"[,!]* ([^,]+)$", skey)
        if m and m.group(1) == m.group(1).lower():
            skey = re.sub(r"[,!]* [^,]+$", "", skey)
        ikey = initialize_with(skey, "%s")
        if self.rule == "by-cite":
            pkey = item_id + pkey
        return pkey, ikey, skey

    def add(self, item_id: str, name: dict[str, Any], pos: int) -> None:
        if self.rule.startswith("primary-") and pos != 0:
            return
        pkey, ikey, skey = self._keys(item_id, name)
        if not pkey:
            return
        fam = self.families.setdefault(pkey, _Family())
        if ikey:
            if ikey not in fam.ikeys:
                fam.ikeys[ikey] = set()
                fam.count += 1
            if skey:
                fam.ikeys[ikey].add(skey)

    def signature(self, pkey: str, ikey: str) -> tuple[bool, ...]:
        """All that :meth:`evalname` reads of the registry for one name: equal signatures,
        equal given-name levels."""
        fam = self.families.get(pkey)
        if fam is None:
            return (False,)
        ikeys = fam.ikeys.get(ikey)
        if ikeys is None:
            return (True, False, fam.count > 1)
        return (True, True, fam.count > 1, len(ikeys) > 1)

    def _reads_registry(self, namenum: int) -> bool:
        """Whether :meth:`evalname` of name ``namenum`` depends on the registry at all."""
        if self.rule == "by-cite":
            return True
        return bool(self.dagopt) and not (self.rule.startswith("primary-name") and namenum > 0)

    def evalname(
        self,
        item_id: str,
        name: dict[str, Any],
        namenum: int,
        request: int,
        form: str,
        initials: str | None,
    ) -> int:
        pkey, ikey, _skey = self._keys(item_id, name)
        param = 0 if form == "short" else (1 if isinstance(initials, str) else 2)
        fam = self.families.get(pkey)
        if fam is None or ikey not in fam.ikeys:
            return param
        if self.rule == "by-cite" and param <= request:
            return request
        if not self.dagopt:
            return param
        rule = "all-names" if self.rule == "by-cite" else self.rule
        if rule.startswith("primary-name") and namenum > 0:
            return param
        if rule in ("all-names", "primary-name"):
            if fam.count > 1:
                param = 1
            if len(fam.ikeys[ikey]) > 1 or (fam.count > 1 and not isinstance(initials, str)):
                param = 2
        elif rule in ("all-names-with-initials", "primary-name-with-initials"):
            param = 1 if fam.count > 1 else 0
        return param

    def level(self, ctx: Ctx, name: dict[str, Any], pos: int, i: int, opts: dict[str, Any]) -> int:
        """The given-name level citeproc-js requests for name ``i`` of name list ``pos``."""
        if not (name.get("given") or name.get("family")):
            return 0
        item_id = ctx.item.id
        self.add(item_id, name, i)
        if self.watched is not None and self._reads_registry(i):
            pkey, ikey, _ = self._keys(item_id, name)
            sig = self.signature(pkey, ikey)
            if self.watched.setdefault((pkey, ikey), sig) != sig:
                self.watched[(pkey, ikey)] = None  # it changed within the render
        form = opts["form"]
        initials = opts["initialize-with"]
        givens = ctx.ambig.givens[pos] if pos < len(ctx.ambig.givens) else []
        existing = givens[i] if i < len(givens) else None
        if existing is None:
            existing = self.evalname(item_id, name, i, 0, form, initials)
        paramx = self.evalname(item_id, name, i, 0, form, initials)
        if not ctx.request:
            return paramx
        val = existing
        if val == 1 and self.rule == "by-cite" and (initials is None or not name.get("given")):
            val = 2
        if self.dagopt and name.get("given"):
            return self.evalname(item_id, name, i, val, form, initials)
        return val
