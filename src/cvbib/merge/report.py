"""The merge report: every output record as a group, with its members and the reasons.

JSON for programs, HTML for people (one card per group, fields side by side, conflicts
highlighted; self-contained, everything escaped).
"""

from __future__ import annotations

import html
import json
from typing import Any

from cvbib.merge.library import Group
from cvbib.model import Record

FIELDS = ("type", "title", "authors", "year", "venue", "volume", "pages", "doi", "arxiv", "url")


def _member(rec: Record) -> dict[str, Any]:
    src = rec.sources[0] if rec.sources else None
    return {
        "source": src.path if src else None,
        "line": src.line if src else None,
        "key": src.key if src else rec.key,
        "title": rec.title,
    }


def _conflict(c: Any) -> dict[str, Any]:
    return {
        "field": c.field,
        "chosen": c.chosen,
        "others": [{"value": v, "source": where} for v, where in c.others],
    }


def report_data(groups: list[Group], records: list[Record]) -> dict[str, Any]:
    out = []
    for g in groups:
        out.append(
            {
                "record": g.record.to_csl(),
                "new": g.existing is None,
                "members": [_member(records[i]) for i in g.members],
                "reasons": [
                    {"a": g.members.index(i), "b": g.members.index(j), "score": s, "reason": r}
                    for i, j, s, r in g.pairs
                ],
                "conflicts": [_conflict(c) for c in g.conflicts],
            }
        )
    return {"groups": out}


def report_json(groups: list[Group], records: list[Record]) -> str:
    return json.dumps(report_data(groups, records), ensure_ascii=False, indent=2) + "\n"


def _value(rec: Record, name: str) -> str:
    if name == "authors":
        return "; ".join(str(p) for p in rec.authors)
    value = getattr(rec, name, None)
    return "" if value is None else str(value)


CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222;background:#fafafa}
h1{font-size:1.4em}.card{background:#fff;border:1px solid #ddd;border-radius:6px;
margin:1em 0;padding:.8em 1em}.card.dup{border-left:4px solid #3b7}
.card h2{font-size:1.05em;margin:.2em 0}.meta{color:#666;font-size:.9em}
table{border-collapse:collapse;width:100%;margin-top:.5em}td,th{border-top:1px solid #eee;
padding:.25em .5em;text-align:left;vertical-align:top}th{color:#555;font-weight:600;width:7em}
td.conflict{background:#fff1cc}.new{color:#3b7;font-weight:600}.reason{font-family:monospace}
"""


def report_html(groups: list[Group], records: list[Record]) -> str:
    e = html.escape
    dups = sum(1 for g in groups if len(g.members) > 1)
    new = sum(1 for g in groups if g.existing is None)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<title>cvbib merge report</title><style>",
        CSS,
        "</style></head><body>",
        f"<h1>cvbib merge report</h1><p>{len(groups)} records, {dups} duplicate groups, "
        f"{new} new.</p>",
    ]
    for n, g in enumerate(groups, 1):
        members = [records[i] for i in g.members]
        conflicted = {c.field for c in g.conflicts}  # type: ignore[attr-defined]
        cls = "card dup" if len(members) > 1 else "card"
        badge = " <span class='new'>new</span>" if g.existing is None else ""
        parts.append(f"<div class='{cls}' id='g{n}'><h2>{e(g.record.title)}{badge}</h2>")
        head = "".join(
            f"<th>{e(m.sources[0].where() if m.sources else '?')}"
            + (f" [{e(m.sources[0].key)}]" if m.sources and m.sources[0].key else "")
            + "</th>"
            for m in members
        )
        parts.append(
            f"<table><tr><th>field</th><th>chosen</th>{head if len(members) > 1 else ''}</tr>"
        )
        for name in FIELDS:
            chosen = _value(g.record, name)
            vals = [_value(m, name) for m in members] if len(members) > 1 else []
            if not chosen and not any(vals):
                continue
            cls_c = " class='conflict'" if name in conflicted else ""
            cells = "".join(f"<td{cls_c if v and v != chosen else ''}>{e(v)}</td>" for v in vals)
            parts.append(f"<tr><th>{name}</th><td{cls_c}>{e(chosen)}</td>{cells}</tr>")
        parts.append("</table>")
        for i, j, score, reason in g.pairs:
            a, b = g.members.index(i) + 1, g.members.index(j) + 1
            parts.append(
                f"<div class='meta'>#{a} = #{b}: <span class='reason'>{e(reason)}</span> "
                f"(score {score:.2f})</div>"
            )
        parts.append("</div>")
    parts.append("</body></html>\n")
    return "".join(parts)
