"""CSL-JSON: the format of citeproc, Zotero and pandoc.

Standard variables carry the bibliographic data; what CSL has no variable for (arXiv id,
notes as a list, status, provenance) travels in the item's ``custom`` object under
``cvbib``, so ``Record -> CSL -> Record`` loses nothing.
"""

from __future__ import annotations

import json
from typing import Any

from cvbib.bulk import gc_paused
from cvbib.formats import Format, WriteOptions, note_text, register
from cvbib.keys import assign_keys
from cvbib.model import BIB_TO_CSL, CSL_TO_BIB, Person, Record, Source


def record_to_csl(rec: Record) -> dict[str, Any]:
    item: dict[str, Any] = {"id": rec.key or "", "type": BIB_TO_CSL.get(rec.type, "article")}
    if rec.title:
        item["title"] = rec.title
    if rec.authors:
        item["author"] = [p.to_csl() for p in rec.authors]
    if rec.editors:
        item["editor"] = [p.to_csl() for p in rec.editors]
    if rec.year:
        parts = [rec.year] + ([rec.month] if rec.month else [])
        item["issued"] = {"date-parts": [parts]}
    if rec.venue:
        if rec.type in ("phdthesis", "mastersthesis", "techreport") or rec.type == "book":
            item["publisher"] = rec.venue
        else:
            item["container-title"] = rec.venue
    if rec.venue_short and rec.venue_short != rec.venue:
        item["container-title-short"] = rec.venue_short
    if rec.publisher and "publisher" not in item:
        item["publisher"] = rec.publisher
    if rec.type == "phdthesis":
        item["genre"] = "PhD thesis"
    elif rec.type == "mastersthesis":
        item["genre"] = "Master's thesis"
    number_key = "number" if rec.type == "techreport" else "issue"
    for key, value in (
        ("volume", rec.volume), (number_key, rec.number), ("edition", rec.edition),
        ("publisher-place", rec.address), ("ISBN", rec.isbn), ("DOI", rec.doi),
    ):  # fmt: skip
        if value:
            item[key] = value
    if rec.pages:
        item["page"] = rec.pages.replace("--", "-")
    if rec.arxiv:
        item["number"] = f"arXiv:{rec.arxiv}"
        if rec.type == "misc":
            item["publisher"] = "arXiv"
    url = rec.url or (f"https://arxiv.org/abs/{rec.arxiv}" if rec.arxiv else None)
    if url:
        item["URL"] = url
    note = note_text(rec)
    if note:
        item["note"] = note
    custom: dict[str, Any] = {}
    if rec.arxiv:
        custom["arxiv"] = rec.arxiv
        if rec.arxiv_class:
            custom["arxiv_class"] = rec.arxiv_class
    for name in ("notes", "extra", "urls", "equal_contribution"):
        value = getattr(rec, name)
        if value:
            custom[name] = list(value)
    if rec.status != "published":
        custom["status"] = rec.status
    if rec.workshop:
        custom["workshop"] = True
    if rec.findings:
        custom["findings"] = True
    if rec.owner is not None:
        custom["owner"] = rec.owner
    if rec.sources:
        custom["sources"] = [
            {k: v for k, v in (("path", s.path), ("line", s.line), ("key", s.key)) if v is not None}
            for s in rec.sources
        ]
    if rec.confidence < 1.0:
        custom["confidence"] = rec.confidence
    if rec.warnings:
        custom["warnings"] = list(rec.warnings)
    if custom:
        item["custom"] = {"cvbib": custom}
    return item


def _people(items: Any) -> tuple[Person, ...]:
    return tuple(Person.from_csl(p) for p in items or [] if isinstance(p, dict))


def record_from_csl(item: dict[str, Any], path: str | None = None) -> Record:
    """A record from a CSL-JSON item. Its sources are those cvbib wrote into the item, or,
    given the ``path`` of the library it was read from, that library and the item's id."""
    custom = (
        (item.get("custom") or {}).get("cvbib", {}) if isinstance(item.get("custom"), dict) else {}
    )
    ctype = str(item.get("type", "article"))
    rtype = CSL_TO_BIB.get(ctype, "misc")
    genre = str(item.get("genre", "")).lower()
    if ctype == "thesis" and "master" in genre:
        rtype = "mastersthesis"
    year = month = None
    issued = item.get("issued") or {}
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    if parts and parts[0]:
        try:
            year = int(parts[0][0])
            month = int(parts[0][1]) if len(parts[0]) > 1 else None
        except (TypeError, ValueError):
            year = month = None
    elif isinstance(issued, dict) and str(issued.get("raw", ""))[:4].isdigit():
        year = int(str(issued["raw"])[:4])
    venue = item.get("container-title")
    publisher = item.get("publisher")
    if rtype in ("phdthesis", "mastersthesis", "techreport", "book") and not venue:
        venue, publisher = publisher, None
    arxiv = custom.get("arxiv")
    number = item.get("number")
    if not arxiv and isinstance(number, str) and number.lower().startswith("arxiv:"):
        arxiv = number.split(":", 1)[1]
    if rtype == "misc" and publisher == "arXiv":
        publisher = None
        venue = venue or "arXiv"
    status = custom.get("status", "published")
    notes = tuple(custom.get("notes", ()))
    url = item.get("URL")
    if url and arxiv and url == f"https://arxiv.org/abs/{arxiv}":
        url = None
    if not notes and item.get("note"):
        kept = []
        for part in str(item["note"]).split(";"):
            p = part.strip()
            if p.lower() == "under review":
                status = "under review"
            elif p.lower() == "to appear":
                status = "forthcoming"
            elif p:
                kept.append(p)
        notes = tuple(kept)
    key = str(item["id"]) if item.get("id") not in (None, "") else None
    if path is not None:
        sources: tuple[Source, ...] = (Source(path=path, key=key),)
    else:
        sources = tuple(
            Source(path=str(s.get("path", "")), line=s.get("line"), key=s.get("key"))
            for s in custom.get("sources", [])
        )
    page = item.get("page")
    return Record(
        type=rtype,
        key=key,
        title=str(item.get("title", "")),
        authors=_people(item.get("author")),
        editors=_people(item.get("editor")),
        year=year,
        month=month,
        venue=str(venue) if venue else None,
        venue_short=item.get("container-title-short") or None,
        publisher=str(publisher) if publisher else None,
        address=item.get("publisher-place"),
        volume=str(item["volume"]) if item.get("volume") else None,
        number=str(number)
        if number and not arxiv
        else str(item["issue"])
        if item.get("issue")
        else None,
        pages=str(page).replace("–", "--").replace("-", "--").replace("----", "--")
        if page
        else None,
        edition=str(item["edition"]) if item.get("edition") else None,
        isbn=item.get("ISBN"),
        doi=item.get("DOI"),
        arxiv=arxiv,
        arxiv_class=custom.get("arxiv_class"),
        url=url,
        urls=tuple(custom.get("urls", (url,) if url else ())),
        notes=notes,
        extra=tuple(custom.get("extra", ())),
        status=status,
        workshop=bool(custom.get("workshop", False)),
        findings=bool(custom.get("findings", False)),
        equal_contribution=tuple(custom.get("equal_contribution", ())),
        owner=custom.get("owner"),
        sources=sources,
        confidence=float(custom.get("confidence", 1.0)),
        warnings=tuple(custom.get("warnings", ())),
    )


# Above this many items, one item per line: json's C encoder only writes without indents,
# and a 100,000-entry library written indented takes seconds longer.
INDENT_UP_TO = 2000
# One encoder for all items: json.dumps(ensure_ascii=False) would build one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


@gc_paused()
def write_csl(records: list[Record], opts: WriteOptions) -> str:
    records = assign_keys(records, opts.key_format)
    if len(records) <= INDENT_UP_TO:
        return json.dumps([record_to_csl(r) for r in records], ensure_ascii=False, indent=2) + "\n"
    encode = _ENCODER.encode  # each item as text at once: a million items never all as dicts
    lines = ",\n".join("  " + encode(record_to_csl(r)) for r in records)
    return f"[\n{lines}\n]\n"


def read_csl(text: str, path: str | None = None) -> list[Record]:
    """Records from CSL-JSON text; see :func:`record_from_csl` for their sources."""
    data = json.loads(text)
    if isinstance(data, dict):
        data = data.get("items", [data])
    if not isinstance(data, list):
        raise ValueError("expected a list of CSL-JSON items")
    records = []
    for i, item in enumerate(data):
        data[i] = None  # each item is freed as its record is made: not both in memory at once
        if isinstance(item, dict):
            records.append(record_from_csl(item, path))
    return records


register(
    Format(
        "csl-json", (".json",), write_csl, read_csl, "CSL-JSON (citeproc, Zotero, pandoc)", ("csl",)
    )
)
