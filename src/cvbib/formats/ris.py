"""RIS, the tagged format Zotero, EndNote and Mendeley import."""

from __future__ import annotations

from cvbib.formats import Format, WriteOptions, register
from cvbib.formats.bibtex import note_text
from cvbib.keys import assign_keys
from cvbib.model import Record

RIS_TYPES = {
    "article": "JOUR", "inproceedings": "CPAPER", "incollection": "CHAP", "book": "BOOK",
    "phdthesis": "THES", "mastersthesis": "THES", "techreport": "RPRT", "misc": "GEN",
    "unpublished": "UNPB",
}  # fmt: skip


def record_to_ris(rec: Record) -> str:
    rtype = RIS_TYPES.get(rec.type, "GEN")
    if rec.type == "misc" and rec.arxiv:
        rtype = "ELEC" if False else "GEN"
    lines = [f"TY  - {rtype}"]
    if rec.key:
        lines.append(f"ID  - {rec.key}")
    lines += [
        f"AU  - {p.family}, {p.given}" if p.given else f"AU  - {p.family}" for p in rec.authors
    ]
    lines += [
        f"ED  - {p.family}, {p.given}" if p.given else f"ED  - {p.family}" for p in rec.editors
    ]
    if rec.title:
        lines.append(f"TI  - {rec.title}")
    if rec.venue:
        if rec.type == "article":
            lines.append(f"JO  - {rec.venue}")
        elif rec.type in ("phdthesis", "mastersthesis", "book", "techreport"):
            lines.append(f"PB  - {rec.venue}")
        else:
            lines.append(f"T2  - {rec.venue}")
    if rec.venue_short:
        lines.append(f"J2  - {rec.venue_short}")
    if rec.year:
        lines.append(f"PY  - {rec.year}")
    for tag, value in (("VL", rec.volume), ("IS", rec.number), ("ET", rec.edition),
                       ("CY", rec.address), ("SN", rec.isbn), ("DO", rec.doi)):  # fmt: skip
        if value:
            lines.append(f"{tag}  - {value}")
    if rec.publisher and rec.type not in ("phdthesis", "mastersthesis", "book", "techreport"):
        lines.append(f"PB  - {rec.publisher}")
    if rec.pages:
        sp, _, ep = rec.pages.partition("--")
        lines.append(f"SP  - {sp}")
        if ep:
            lines.append(f"EP  - {ep}")
    if rec.arxiv:
        lines.append(f"M3  - arXiv:{rec.arxiv}")
    for url in rec.urls or ((f"https://arxiv.org/abs/{rec.arxiv}",) if rec.arxiv else ()):
        lines.append(f"UR  - {url}")
    note = note_text(rec)
    if note:
        lines.append(f"N1  - {note}")
    lines.append("ER  - ")
    return "\n".join(lines) + "\n"


def write_ris(records: list[Record], opts: WriteOptions) -> str:
    records = assign_keys(records, opts.key_format)
    return "\n".join(record_to_ris(r) for r in records)


register(Format("ris", (".ris",), write_ris, None, "RIS (Zotero, EndNote, Mendeley)"))
