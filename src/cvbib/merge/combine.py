"""One record from a group of records of one work, field by field.

Each field keeps the most authoritative value (a published version over a preprint, a record
with a DOI over one without), then the most complete one (full names over initials, a title
with its subtitle, mixed case over ALL CAPS). URLs, notes and remarks are united. Every value
not kept is reported as a :class:`Conflict` with where it came from; nothing is dropped
silently. The merged record lists the sources of all records, and keeps the preprint's arXiv
id when the published version wins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cvbib.merge.authors import same_person
from cvbib.merge.features import Features, features
from cvbib.merge.ids import arxiv_from_doi, clean_doi, normalize_arxiv, normalize_doi
from cvbib.merge.keys import name_key, normalize_title
from cvbib.merge.venue import venue_info
from cvbib.model import Person, Record, Source

_STATUS_RANK = {"published": 3, "forthcoming": 2, "under review": 1, "preprint": 0}
# Fields taken whole from the best record that has them: (name, how values compare).
_SCALARS: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("month", lambda v: v),
    ("publisher", lambda v: normalize_title(str(v))),
    ("address", lambda v: normalize_title(str(v))),
    ("volume", lambda v: str(v).strip().lower()),
    ("number", lambda v: str(v).strip().lower()),
    ("pages", lambda v: "-".join(str(v).replace("–", "-").split("-")).replace("--", "-")),
    ("edition", lambda v: normalize_title(str(v))),
    ("isbn", lambda v: str(v).replace("-", "").replace(" ", "").lower()),
    ("arxiv_class", lambda v: str(v).lower()),
)


@dataclass
class Conflict:
    """Records of one work disagree on ``field``: ``chosen`` was kept, ``others`` were not
    (each with where it came from: a file and line, or a library and key)."""

    field: str
    chosen: Any
    others: list[tuple[Any, str]] = field(default_factory=list)
    rule: str = ""  # why ``chosen`` won: "published over preprint", "full names", ...

    def __str__(self) -> str:
        rest = "; ".join(f"{v!r} ({w})" for v, w in self.others)
        why = f" [{self.rule}]" if self.rule else ""
        return f"{self.field}: kept {self.chosen!r}{why}; also {rest}"


def where(rec: Record, index: int) -> str:
    """Where a record came from, for a report."""
    if rec.sources:
        s = rec.sources[0]
        return f"{s.where()} [{s.key}]" if s.key and not s.line else s.where()
    return f"key {rec.key}" if rec.key else f"record {index + 1}"


def _authority(rec: Record, f: Features) -> tuple[int, ...]:
    """Higher is more authoritative: published, with a DOI, with more fields filled."""
    filled = sum(
        1
        for v in (rec.venue, rec.year, rec.volume, rec.pages, rec.publisher, rec.doi, rec.number)
        if v
    )
    return (
        0 if f.preprint else 1,
        _STATUS_RANK.get(rec.status, 0),
        1 if f.doi else 0,
        filled,
    )


def _rule(best_f: Features, other_f: Features) -> str:
    if other_f.preprint and not best_f.preprint:
        return "published over preprint"
    if best_f.doi and not other_f.doi:
        return "record with a DOI"
    return "most complete record"


def combine(records: Sequence[Record]) -> tuple[Record, list[Conflict]]:
    """Merge the records of one work into one record, and report what was not kept."""
    if not records:
        raise ValueError("combine() needs at least one record")
    feats = [features(r) for r in records]
    order = sorted(
        range(len(records)), key=lambda i: _authority(records[i], feats[i]), reverse=True
    )
    ranked = [records[i] for i in order]
    places = [where(records[i], i) for i in order]
    rfeats = [feats[i] for i in order]
    best = ranked[0]
    conflicts: list[Conflict] = []

    def pick(name: str, norm: Callable[[Any], Any] = lambda v: v, rule: str = "") -> Any:
        """The first value in authority order; the differing others become a conflict."""
        values = [(getattr(r, name), w, f) for r, w, f in zip(ranked, places, rfeats, strict=True)]
        values = [(v, w, f) for v, w, f in values if v not in (None, "", ())]
        if not values:
            return getattr(best, name)
        chosen, _, chosen_f = values[0]
        differing = [(v, w, f) for v, w, f in values[1:] if norm(v) != norm(chosen)]
        if differing:
            why = rule or _rule(chosen_f, differing[0][2])
            conflicts.append(Conflict(name, chosen, [(v, w) for v, w, _ in differing], why))
        return chosen

    title = _title(ranked, places, conflicts)
    authors, author_rec = _people("authors", ranked, places, conflicts)
    editors, _ = _people("editors", ranked, places, conflicts)
    venue = _venue(ranked, places, rfeats, conflicts)
    doi = _doi(ranked, places, conflicts)
    arxiv = pick("arxiv", lambda v: normalize_arxiv(v) or v, "one arXiv id kept")
    if arxiv is None:
        arxiv = next((f.arxiv for f in rfeats if f.arxiv), None)
    scalars = {name: pick(name, norm) for name, norm in _SCALARS}
    merged = best.replace(
        type=pick("type"),
        title=title,
        authors=authors,
        editors=editors,
        year=pick("year"),
        venue=venue,
        venue_short=pick("venue_short", lambda v: str(v).lower()),
        doi=doi,
        arxiv=normalize_arxiv(arxiv) or arxiv,
        url=pick("url", lambda v: str(v).rstrip("/").lower()),
        urls=_union(u for r in ranked for u in (r.url, *r.urls)),
        notes=_union(n for r in ranked for n in r.notes),
        extra=_union(x for r in ranked for x in r.extra),
        status=pick("status"),
        workshop=best.workshop,
        findings=best.findings,
        key=best.key or next((r.key for r in ranked if r.key), None),
        equal_contribution=author_rec.equal_contribution,
        owner=author_rec.owner,
        sources=_sources(records),
        spans=best.spans,
        confidence=max(r.confidence for r in records),
        warnings=_union(w for r in ranked for w in r.warnings),
        **scalars,
    )
    return merged, conflicts


def _union(values: Any) -> tuple[str, ...]:
    """Distinct values in order, compared without case and surrounding space."""
    seen: set[str] = set()
    out = []
    for v in values:
        if not v:
            continue
        k = str(v).strip().lower().rstrip("/")
        if k not in seen:
            seen.add(k)
            out.append(v)
    return tuple(out)


def _sources(records: Sequence[Record]) -> tuple[Source, ...]:
    out: list[Source] = []
    for rec in records:
        sources = rec.sources or ((Source(path="", key=rec.key),) if rec.key else ())
        out.extend(s for s in sources if s not in out)
    return tuple(out)


def _unbraced(title: str) -> str:
    """'{KIVI}: A ...' -> 'KIVI: A ...': BibTeX case protection is the writer's business."""
    if "\\" in title or "$" in title:
        return title
    return title.replace("{", "").replace("}", "")


def _title_quality(title: str) -> tuple[int, int, int]:
    """Plain text over markup, mixed case over ALL CAPS or all lower case, then more words
    capitalised: "Deep Learning for GPUs" over "deep learning for GPUs" (a title case
    loses nothing: a style can lower it, never restore it)."""
    markup = any(c in title for c in "<>{}\\$&")
    letters = [c for c in title if c.isalpha()]
    mixed = any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    capitalised = sum(1 for w in title.split() if w[:1].isupper())
    return (0 if markup else 1, 1 if mixed else 0, capitalised if mixed else 0)


def _title(ranked: list[Record], places: list[str], conflicts: list[Conflict]) -> str:
    titles = [(r.title, w) for r, w in zip(ranked, places, strict=True) if r.title]
    if not titles:
        return ranked[0].title
    norms = [normalize_title(t) for t, _ in titles]  # once each: the costly part here
    chosen, norm = titles[0][0], norms[0]
    # A less authoritative record may have the whole title where the best one dropped the
    # subtitle; the whole title is more complete.
    for (t, _), n in zip(titles[1:], norms[1:], strict=True):
        if len(n) > len(norm) and n.startswith(norm):
            chosen, norm = t, n
    # Among spellings of the chosen title, the cleanest.
    same = [_unbraced(t) for (t, _), n in zip(titles, norms, strict=True) if n == norm]
    chosen = max(same, key=_title_quality)
    others = [tw for tw, n in zip(titles, norms, strict=True) if n != norm]
    if others:
        conflicts.append(Conflict("title", chosen, others, "most authoritative, most complete"))
    return chosen


def _people(
    name: str, ranked: list[Record], places: list[str], conflicts: list[Conflict]
) -> tuple[tuple[Person, ...], Record]:
    """The most authoritative list of people, completed: a list cut by 'et al.' gives way to
    a full one, initials to full given names of the same people."""
    lists = [(getattr(r, name), w, r) for r, w in zip(ranked, places, strict=True)]
    lists = [(p, w, r) for p, w, r in lists if p]
    if not lists:
        return (), ranked[0]
    chosen, _, rec = lists[0]
    for people, _, r in lists[1:]:
        if len(people) > len(chosen) and _same_people(chosen, people[: len(chosen)]):
            chosen, rec = people, r  # the full list of a list cut short
    if not any(p.given for p in chosen):
        # Names without a given name that share nobody with a list of personal names: a
        # site or an index read as the author ("Portal.acm.org"), not the authors.
        named = [
            (people, r)
            for people, _, r in lists[1:]
            if any(p.given for p in people) and not _share_anyone(chosen, people)
        ]
        if named:
            chosen, rec = named[0]
    completed = tuple(_fullest(p, [ps for ps, _, _ in lists]) for p in chosen)
    others = [(", ".join(str(p) for p in ps), w) for ps, w, _ in lists if _differ(completed, ps)]
    if others:  # initials completed from another record are the same people: no conflict
        shown = ", ".join(str(p) for p in completed)
        reorder = all(_same_people(completed, ps) for ps, _, _ in lists)
        rule = "most authoritative order" if reorder else "most authoritative list"
        conflicts.append(Conflict(name, shown, others, rule))
    return completed, rec


def _share_anyone(a: tuple[Person, ...], b: tuple[Person, ...]) -> bool:
    kb = [_key(p) for p in b]
    return any(same_person(_key(x), y) for x in a for y in kb)


def _differ(a: tuple[Person, ...], b: tuple[Person, ...]) -> bool:
    """Two lists of people that are not one list: other people, more or fewer of them, or
    the same people in another order (who is first author matters)."""
    if len(a) != len(b):
        return True
    return not all(same_person(_key(x), _key(y)) for x, y in zip(a, b, strict=True))


def _key(p: Person) -> Any:
    return name_key(p.family, p.given)


def _same_people(a: tuple[Person, ...], b: tuple[Person, ...]) -> bool:
    if a == b:
        return True
    ka = [_key(p) for p in a]
    kb = [_key(p) for p in b]
    # Usually one list in one order: compare in place before every pair.
    if len(ka) == len(kb) and all(same_person(x, y) for x, y in zip(ka, kb, strict=True)):
        return True
    return all(any(same_person(x, y) for y in kb) for x in ka) and all(
        any(same_person(y, x) for x in ka) for y in kb
    )


def _fullest(person: Person, lists: list[tuple[Person, ...]]) -> Person:
    """The same person with the longest given name any record has ("Zirui" over "Z.")."""
    k = _key(person)
    best = person
    longest = len(person.given.replace(".", ""))
    for people in lists:
        for other in people:
            if len(other.given.replace(".", "")) <= longest:
                continue
            ko = _key(other)
            # One family name, spelt alike once folded ("Müller" / "Muller").
            if ko.family == k.family and same_person(k, ko):
                best = Person(family=person.family, given=other.given)
                longest = len(other.given.replace(".", ""))
    return best


def _venue(
    ranked: list[Record], places: list[str], feats: list[Features], conflicts: list[Conflict]
) -> str | None:
    values = [(r.venue, w, f) for r, w, f in zip(ranked, places, feats, strict=True) if r.venue]
    if not values:
        return None
    chosen, _, chosen_f = values[0]
    key = venue_info(chosen)
    others = []
    for v, w, _ in values[1:]:
        info = venue_info(v)
        if info is not None and key is not None and info.known and info.key == key.key:
            continue  # another name of the same venue
        if normalize_title(v) != normalize_title(chosen):
            others.append((v, w))
    if others:
        preprints = any(f.preprint for *_, f in values[1:]) and not chosen_f.preprint
        rule = "published over preprint" if preprints else "most authoritative record"
        conflicts.append(Conflict("venue", chosen, others, rule))
    return chosen


def _doi(ranked: list[Record], places: list[str], conflicts: list[Conflict]) -> str | None:
    """A publisher's DOI over none and over an arXiv DOI (the arXiv id keeps that one)."""
    dois = [(r.doi, w) for r, w in zip(ranked, places, strict=True) if r.doi]
    if not dois:
        return None
    publisher = [(d, w) for d, w in dois if not arxiv_from_doi(normalize_doi(d))]
    chosen = (publisher or dois)[0][0]
    key = normalize_doi(chosen) or chosen
    others = [(d, w) for d, w in dois if (normalize_doi(d) or d) != key]
    if others:
        conflicts.append(Conflict("doi", chosen, others, "publisher's DOI"))
    return clean_doi(chosen)


def _venue_key(v: Any) -> str:
    info = venue_info(str(v))
    return info.key if info is not None and info.known else normalize_title(str(v))


# Fields a kept record is compared on, with how values compare; authors apart.
_COMPARED: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("type", lambda v: v),
    ("title", lambda v: normalize_title(str(v))),
    ("year", lambda v: v),
    ("venue", _venue_key),
    ("doi", lambda v: normalize_doi(str(v)) or str(v).lower()),
    ("arxiv", lambda v: normalize_arxiv(str(v)) or str(v)),
    ("url", lambda v: str(v).rstrip("/").lower()),
    *_SCALARS,
)


def differences(kept: Record, others: Sequence[Record], rule: str) -> list[Conflict]:
    """Where ``others`` disagree with ``kept``, a record that stays exactly as it is (a
    library's entry): one :class:`Conflict` per field, naming each other value and where
    it came from. A value ``kept`` lacks counts too: it is not taken over."""
    out = []
    places = [where(r, i) for i, r in enumerate(others)]
    for name, norm in _COMPARED:
        mine = getattr(kept, name)
        differing = [
            (v, w)
            for r, w in zip(others, places, strict=True)
            if (v := getattr(r, name)) not in (None, "", ())
            and (mine in (None, "", ()) or norm(v) != norm(mine))
        ]
        if differing:
            out.append(Conflict(name, mine, differing, rule))
    for name in ("authors", "editors"):
        mine_people = getattr(kept, name)
        differing = [
            (", ".join(str(p) for p in ps), w)
            for r, w in zip(others, places, strict=True)
            if (ps := getattr(r, name)) and (not mine_people or _differ(mine_people, ps))
        ]
        if differing:
            shown = ", ".join(str(p) for p in mine_people)
            out.append(Conflict(name, shown, differing, rule))
    return out
