"""Citation disambiguation, because it shows in bibliographies: a port of citeproc-js
``CSL.Disambiguation``.

Two entries whose in-text citations would read the same ("Liu et al., 2023") get more
names (MLA, Chicago), fuller given names, or a year suffix ("2023a", "2023b") in both
the citation and the bibliography. citeproc-py implements none of this. The algorithm
below follows citeproc-js step by step, including its habit of sharing (and mutating)
one configuration object across the items of an ambiguous set.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from cvbib.render.csl.blob import Blob
from cvbib.render.csl.nodes.base import AmbigConfig, Ctx

if TYPE_CHECKING:
    from cvbib.render.csl.data import Item
    from cvbib.render.csl.style import CompiledStyle


def _plain(blob: Blob) -> str:
    if isinstance(blob.blobs, str):
        text = blob.blobs
    else:
        text = blob.delimiter.join(p for p in (_plain(b) for b in blob.blobs) if p)
    return blob.prefix + text + blob.suffix if text else ""


def _pad(config: AmbigConfig) -> None:
    for i, count in enumerate(config.names):
        while len(config.givens) <= i:
            config.givens.append([])
        while len(config.givens[i]) < count:
            config.givens[i].append(0)


class Disambiguator:
    """Computes every item's :class:`AmbigConfig` (the citeproc-js registry)."""

    def __init__(self, style: CompiledStyle, items: list[Item]) -> None:
        self.style = style
        self.items = items
        self.order: dict[str, int] = {}  # item id -> bibliography position (year-suffix order)
        self.registry: dict[str, AmbigConfig] = {}
        self.max_names: dict[str, list[int]] = {}
        self.layout = style.layout("citation")
        self._cache: dict[object, tuple[str, list[int], list[list[int]], tuple[int, int]]] = {}
        # first citations rendered while names were registered, with what each one read
        # of the name registry: (text, ambig config, max names, watched names)
        self._first: dict[
            str, tuple[str, AmbigConfig, list[int], dict[tuple[str, str], tuple[bool, ...] | None]]
        ] = {}
        names_mode = style.add_names or (style.add_givenname and style.givenname_rule == "by-cite")
        # citeproc-js's order (without its prioritize_disambiguate_condition extension)
        self.modes = (
            (["names"] if names_mode else [])
            + (["years"] if style.add_year_suffix else [])
            + (["extra"] if style.uses_disambiguate else [])
        )
        # what the last citation rendered did with disambiguate="true" conditions:
        # (conditions true, conditions evaluated), citeproc-js's tmp.disambiguate_count/maxMax
        self._last_counts = (0, 0)

    @property
    def active(self) -> bool:
        return self.layout is not None and bool(self.modes or self.style.add_givenname)

    def cite(self, item: Item, config: AmbigConfig | None = None) -> str:
        """The item's citation as plain text, rendered for comparison (no year suffix)."""
        layout = self.layout
        assert layout is not None
        if config is not None:
            # the state machine re-renders unchanged items a lot: replay cached results
            # (a render may pad and cap the shared config, so the cache stores its effect)
            key = (
                item.id,
                tuple(config.names),
                tuple(tuple(g) for g in config.givens),
                config.disambiguate,
            )
            hit = self._cache.get(key)
            if hit is not None:
                text, names, givens, self._last_counts = hit
                config.names[:] = names
                config.givens[:] = [list(g) for g in givens]
                return text
        ctx = Ctx(self.style, item, "citation", request=config is not None)
        if config is not None:
            ctx.ambig = config  # shared on purpose: rendering pads and caps it, as in citeproc-js
        ctx.ambiguity = True
        blob = Blob([])
        layout.render_kids(ctx, blob)
        self._last_ctx = ctx
        self._last_counts = (ctx.disambiguate_count, ctx.disambiguate_max)
        text = _plain(blob)
        if config is not None:
            self._cache[key] = (
                text,
                list(config.names),
                [list(g) for g in config.givens],
                self._last_counts,
            )
        return text

    def register_names(self) -> None:
        """Render every citation once so all names are known before anything is decided
        (citeproc-js gets there by re-running items whose names became ambiguous)."""
        if self.active and self.style.add_givenname:
            registry = self.style.name_registry
            for item in self.items:
                registry.watched = {}
                text = self.cite(item)
                ctx = self._last_ctx
                self._first[item.id] = (
                    text,
                    ctx.ambig.copy(),
                    list(ctx.max_names),
                    registry.watched,
                )
            registry.watched = None

    def _first_cite(self, item: Item) -> tuple[str, AmbigConfig, list[int]] | None:
        """The citation rendered while names were registered, if every name it looked up
        would find the same now (a name registered later can change how a given name shows:
        two "Liu, Z." spell out their given names)."""
        first = self._first.get(item.id)
        if first is None:
            return None
        text, ambig, max_names, watched = first
        signature = self.style.name_registry.signature
        if any(sig != signature(pkey, ikey) for (pkey, ikey), sig in watched.items()):
            return None
        return text, ambig, max_names

    def run(self, order: dict[str, int]) -> dict[str, AmbigConfig]:
        self.order = order
        if not self.active:
            return {}
        groups: dict[str, list[Item]] = defaultdict(list)
        for item in self.items:
            first = self._first_cite(item)
            if first is not None:  # rendering it again would give the same
                key, ambig, max_names = first
            else:
                key = self.cite(item)
                ambig, max_names = self._last_ctx.ambig, self._last_ctx.max_names
            self.registry[item.id] = ambig.copy()
            self.max_names[item.id] = list(max_names)
            groups[key].append(item)
        for members in groups.values():
            if len(members) > 1 and self.modes:
                self._disambiguate(members)
        return self.registry

    # -- the citeproc-js state machine -------------------------------------------------
    def _disambiguate(self, members: list[Item]) -> None:
        base = self.registry[members[0].id].copy()
        better = base.copy()
        for item in members[1:]:
            cfg = self.registry[item.id]
            if len(cfg.names) < len(base.names):
                base = cfg.copy()
            for i, count in enumerate(cfg.names):
                if i < len(base.names) and count > base.names[i]:
                    base.givens[i] = list(cfg.givens[i]) if i < len(cfg.givens) else []
                    base.names[i] = count
                    better.names = list(base.names)
                    better.givens = [list(g) for g in base.givens]
                    _pad(base)
                    _pad(better)
        better.givens = [list(g) for g in base.givens]
        # citeproc-js compares the max-names *arrays*, i.e. as strings: "27" < "3"
        bundles = sorted(members, key=lambda it: (",".join(map(str, self.max_names[it.id])), it.id))
        lists: list[tuple[AmbigConfig, list[Item]]] = [(base, bundles)]
        names_max = (self.max_names[bundles[0].id] or [0])[0]
        namesets_max = len(self.registry[bundles[0].id].names) - 1
        _pad(base)
        _pad(better)
        base.year_suffix = better.year_suffix = None
        base.disambiguate = better.disambiguate = False
        givens_max = (
            2 if (self.style.givenname_rule == "by-cite" and self.style.add_givenname) else None
        )
        state = {"modeindex": 0, "init_givens": True, "gnameset": 0, "gname": 0}
        clashes = [1, 0]

        def increment() -> bool:
            if state["init_givens"]:
                state["init_givens"] = False
                return False
            mode = self.modes[state["modeindex"]]
            if mode == "extra":
                base.disambiguate += 1
                better.disambiguate += 1
                return False
            if mode != "names":
                return False
            gs, gn = state["gnameset"], state["gname"]
            inc_names = givens_max is None
            inc_namesets = False
            if givens_max is not None:
                if (
                    base.givens
                    and gs < len(base.givens)
                    and gn < len(base.givens[gs])
                    and (base.givens[gs][gn] < givens_max)
                ):
                    base.givens[gs][gn] += 1
                else:
                    inc_names = True
            if inc_names:
                if self.style.add_names:
                    if gn < names_max:
                        while len(base.names) <= gs:
                            base.names.append(0)
                        base.names[gs] += 1
                        state["gname"] = gn = gn + 1
                    else:
                        inc_namesets = True
                else:
                    inc_namesets = True
            if inc_namesets and gs < namesets_max:
                state["gnameset"] = gs = gs + 1
                while len(base.names) <= gs:
                    base.names.append(0)
                base.names[gs] = 1
                state["gname"] = gn = 0
            givens_done = (
                givens_max is None
                or gs >= len(base.givens)
                or gn >= len(base.givens[gs])
                or base.givens[gs][gn] == givens_max
            )
            names_done = not self.style.add_names or gn == names_max
            namesets_done = namesets_max == -1 or gs == namesets_max
            return namesets_done and names_done and givens_done

        def capture() -> None:
            gs, gn = state["gnameset"], state["gname"]
            by_cite = self.style.givenname_rule == "by-cite" and base.givens
            if by_cite and gs < len(base.givens) and gn < len(base.givens[gs]):
                if len(better.givens) < len(base.givens):
                    better.givens = [list(g) for g in base.givens]
                while len(better.givens[gs]) <= gn:
                    better.givens[gs].append(0)
                better.givens[gs][gn] = base.givens[gs][gn]
            while len(better.names) <= gs:
                better.names.append(0)
            if gs < len(base.names):
                better.names[gs] = base.names[gs]

        def register(item: Item, config: AmbigConfig) -> None:
            self.registry[item.id] = config.copy()

        def dis_names(ismax: bool) -> None:
            partners, nonpartners = scan["partners"], scan["nonpartners"]
            if clashes[1] == 0 and len(nonpartners) == 1:
                capture()
                register(nonpartners[0], better)
                register(partners[0], better)
                lists[0] = (better, [])
            elif clashes[1] == 0:
                capture()
                register(partners[0], better)
                lists[0] = (better, nonpartners)
                if nonpartners:
                    state["init_givens"] = True
            elif len(nonpartners) == 1:
                capture()
                register(nonpartners[0], better)
                lists[0] = (better, partners)
            elif clashes[1] < clashes[0]:
                capture()
                lists[0] = (better, partners)
                lists.append((better, nonpartners))
            elif ismax:
                lists[0] = (better, nonpartners)
                lists.append((better, partners))
                if state["modeindex"] == len(self.modes) - 1:
                    for p in partners:
                        register(p, better)
                    lists[0] = (better, [])

        def dis_years() -> None:
            config = lists[0][0]
            tokens = list(lists[0][1]) if clashes[1] else []
            tokens.sort(key=lambda it: self.order.get(it.id, it.index))
            for pos, token in enumerate(tokens):
                config.year_suffix = pos
                register(token, config)
            lists[0] = (better, [])

        def dis_extra_text() -> None:
            """Turn on the style's disambiguate="true" conditions (citeproc-js disExtraText)."""
            count, count_max = self._last_counts
            done = clashes[1] == 0 and len(scan["nonpartners"]) < 2
            if not done and (not base.disambiguate or count != count_max):
                state["modeindex"] = 0
                base.disambiguate = better.disambiguate = count
                if not base.disambiguate:
                    state["init_givens"] = True
                    base.disambiguate = 1
                else:
                    dis_names(False)
            elif done or state["modeindex"] == len(self.modes) - 1:
                config = lists[0][0]
                for token in lists[0][1]:
                    register(token, config)
                lists[0] = (better, [])
            else:
                state["modeindex"] = len(self.modes) - 1
                config = lists[0][0]
                config.disambiguate = True
                for token in lists[0][1]:
                    register(token, config)

        scan: dict[str, list[Item]] = {"partners": [], "nonpartners": []}
        budget = 10000  # citeproc-js always terminates; this guards our port of it
        while lists and budget:
            state["gnameset"] = state["gname"] = 0
            clashes[:] = [1, 0]
            while lists and lists[0][1] and budget:
                budget -= 1
                ismax = increment()
                first, *others = lists[0][1]
                key = self.cite(first, base)
                partners, nonpartners = [first], []
                for other in others:
                    (partners if self.cite(other, base) == key else nonpartners).append(other)
                scan["partners"], scan["nonpartners"] = partners, nonpartners
                clashes[:] = [clashes[1], len(partners) - 1]
                mode = self.modes[state["modeindex"]]
                if mode == "names":
                    dis_names(ismax)
                elif mode == "years":
                    dis_years()
                else:
                    dis_extra_text()
                if ismax:
                    if state["modeindex"] < len(self.modes) - 1:
                        state["modeindex"] += 1
                    elif len(lists) > 1:
                        lists[1] = (base, [])
                    else:
                        lists.append((base, []))
            lists = lists[1:]
