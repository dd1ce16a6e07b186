"""The review page: one self-contained HTML file (styles, script and charts inline).

Everything from the inputs is escaped; the page loads nothing from anywhere.
"""

from __future__ import annotations

import html
from importlib import resources

from cvbib.corrections import snippet
from cvbib.merge.report import FIELDS, _value
from cvbib.model import Record, Span
from cvbib.review.chart import bar_chart
from cvbib.review.collect import Entry, InputReview, Review

e = html.escape

# Span field names as the parser writes them -> the colour class and legend label.
SPAN_CLASSES = {
    "authors": "Authors",
    "title": "Title",
    "venue": "Venue",
    "year": "Year",
    "pages": "Pages",
    "doi": "DOI",
    "arxiv": "arXiv",
    "note": "Note",
}
RECORD_FIELDS = (
    "type", "title", "authors", "editors", "year", "venue", "venue_short", "publisher",
    "volume", "number", "pages", "doi", "arxiv", "url", "status", "notes",
)  # fmt: skip


def _asset(name: str) -> str:
    return resources.files("cvbib.review").joinpath(name).read_text(encoding="utf-8")


def coloured(text: str, spans: tuple[Span, ...]) -> str:
    """The source text with each parsed field's characters wrapped in a coloured mark;
    overlapping or out-of-range spans are left plain rather than nested."""
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.start < pos or s.end > len(text) or s.start >= s.end:
            continue
        cls = s.field if s.field in SPAN_CLASSES else "other"
        out.append(e(text[pos : s.start]))
        out.append(f"<mark class='f-{cls}' title='{e(s.field)}'>{e(text[s.start : s.end])}</mark>")
        pos = s.end
    out.append(e(text[pos:]))
    return "".join(out)


# Fields the parser gives no span for are looked up in the text, where written verbatim.
FOUND_FIELDS = ("venue", "year", "doi", "arxiv")


def spans_for(rec: Record, text: str) -> tuple[Span, ...]:
    """The record's spans, plus a span for each field it lacks one for that the source
    text holds exactly as parsed (and not inside another span)."""
    spans = list(rec.spans)
    for name in FOUND_FIELDS:
        value = getattr(rec, name)
        if value in (None, "") or rec.span(name):
            continue
        needle = str(value)
        start = text.find(needle)
        while start >= 0:
            end = start + len(needle)
            if not any(s.start < end and start < s.end for s in spans):
                spans.append(Span(name, start, end))
                break
            start = text.find(needle, start + 1)
    return tuple(spans)


def _authors(rec: Record, names: str = "authors") -> str:
    people = getattr(rec, names)
    parts = []
    for k, p in enumerate(people):
        name = e(str(p)) + ("*" if names == "authors" and k in rec.equal_contribution else "")
        parts.append(
            f"<b class='owner'>{name}</b>" if names == "authors" and k == rec.owner else name
        )
    return "; ".join(parts)


def _field_value(rec: Record, name: str) -> str:
    if name in ("authors", "editors"):
        return _authors(rec, name)
    value = getattr(rec, name)
    if isinstance(value, tuple):
        return e("; ".join(value))
    return "" if value in (None, "") else e(str(value))


def record_table(rec: Record, corrected: frozenset[str] = frozenset()) -> str:
    rows = []
    for name in RECORD_FIELDS:
        value = _field_value(rec, name)
        if not value or (name == "status" and value == "published"):
            continue
        cls = " class='corrected' title='set by the corrections file'" if name in corrected else ""
        rows.append(f"<tr><th>{name}</th><td{cls}>{value}</td></tr>")
    return "<table class='record'>" + "".join(rows) + "</table>"


def entry_html(entry: Entry, cv: int, n: int) -> str:
    rec, src = entry.record, entry.record.source
    corr = entry.correction
    flags = []
    if entry.warnings:
        flags.append("warn")
    if entry.dropped:
        flags.append("dropped")
    attrs = (
        f"id='e-{cv}-{n}' class='entry {' '.join(flags)}' data-cv='{cv}' "
        f"data-type='{e(rec.type)}' data-year='{rec.year or ''}' "
        f"data-warn='{1 if entry.warnings else 0}' data-fp='{entry.fingerprint}'"
    )
    where = e(src.where()) if src else ""
    head = (
        f"<div class='where'><span class='loc'>{where}</span> "
        f"<code class='fp' title='fingerprint: the key of this entry in cvbib.toml'>"
        f"{entry.fingerprint}</code>"
    )
    if entry.group is not None:
        head += f" <a class='grp' href='#g{entry.group}'>duplicate group {entry.group}</a>"
    if entry.dropped:
        head += " <span class='badge'>not a publication (corrected)</span>"
    head += "</div>"
    text = src.text if src else ""
    source = (
        f"<p class='source'>{coloured(text, spans_for(entry.parsed, text))}</p>" if text else ""
    )
    notes = "".join(f"<li>{e(w)}</li>" for w in entry.warnings)
    warnings = f"<ul class='warnings'>{notes}</ul>" if notes else ""
    applied = ""
    if corr is not None:
        what = ", ".join(corr.fields) or ""
        marks = [m for m in ("not_publication", "not_duplicate") if getattr(corr, m)]
        applied = (
            f"<p class='applied'>Correction applied from <code>{e(corr.where())}</code>: "
            f"{e(', '.join(filter(None, [what, *marks])))}</p>"
        )
    snip = snippet(entry.parsed, corr, entry.duplicates)
    tools = (
        "<details class='fix'><summary>correct this entry</summary>"
        f"<pre class='snippet'>{e(snip)}</pre>"
        "<button type='button' class='copy'>Copy snippet for cvbib.toml</button>"
        "<span class='copied' aria-live='polite'></span></details>"
    )
    corrected = frozenset(corr.fields) if corr else frozenset()
    return (
        f"<article {attrs}>{head}<div class='cols'><div class='left'>{source}{warnings}"
        f"{applied}{tools}</div><div class='right'>{record_table(rec, corrected)}</div></div>"
        "</article>"
    )


def input_html(inp: InputReview, cv: int) -> str:
    n_warn = sum(1 for x in inp.kept if x.warnings)
    title = f"{e(inp.path)} <span class='kind'>{e(inp.format or inp.kind)}</span>"
    facts = [f"{len(inp.kept)} entries"]
    if inp.kind == "cv":
        facts.append(f"{n_warn} with warnings")
        dropped = len(inp.entries) - len(inp.kept)
        if dropped:
            facts.append(f"{dropped} marked not a publication")
    parts = [f"<section class='input' id='cv{cv}' data-cv='{cv}'><h2>{title}</h2>"]
    parts.append(f"<p class='facts'>{', '.join(facts)}")
    if inp.owner is not None:
        parts.append(f"; CV owner: <b class='owner'>{e(str(inp.owner))}</b>")
    parts.append("</p>")
    if inp.skipped:
        items = "".join(
            f"<li>{e(h)} <span class='loc'>(line {ln})</span></li>" for ln, h in inp.skipped
        )
        parts.append(
            "<details class='skipped'><summary>Skipped "
            f"{len(inp.skipped)} sections: not publication sections</summary>"
            f"<ul>{items}</ul></details>"
        )
    if inp.problems:
        items = "".join(f"<li>{e(str(w))}</li>" for w in inp.problems)
        parts.append(f"<ul class='problems'>{items}</ul>")
    parts.extend(entry_html(x, cv, n) for n, x in enumerate(inp.entries))
    parts.append("</section>")
    return "".join(parts)


def group_html(review: Review, n: int) -> str:
    g, data = review.groups[n - 1], review.report[n - 1]
    members = [review.records[k] for k in g.members]
    links = []
    for k in g.members:
        i, j = review.where[k]
        rec = review.records[k]
        label = rec.source.where() if rec.source else review.inputs[i].path
        key = f" [{rec.source.key}]" if rec.source and rec.source.key else ""
        links.append(f"<th><a href='#e-{i}-{j}'>{e(label + key)}</a></th>")
    conflicted = {c["field"] for c in data["conflicts"]}
    rows = []
    for name in FIELDS:
        chosen = _value(g.record, name)
        vals = [_value(m, name) for m in members]
        if not chosen and not any(vals):
            continue
        mark = " class='conflict'" if name in conflicted else ""
        cells = "".join(f"<td{mark if v and v != chosen else ''}>{e(v)}</td>" for v in vals)
        rows.append(f"<tr><th>{name}</th><td{mark}>{e(chosen)}</td>{cells}</tr>")
    reasons = "".join(
        f"<li>#{r['a'] + 1} = #{r['b'] + 1}: <span class='reason'>{e(r['reason'])}</span> "
        f"(score {r['score']:.2f})</li>"
        for r in data["reasons"]
    )
    return (
        f"<article class='group' id='g{n}'><h3>Group {n}: {e(g.record.title)}</h3>"
        f"<table class='members'><tr><th>field</th><th>chosen</th>{''.join(links)}</tr>"
        f"{''.join(rows)}</table><ul class='reasons'>{reasons}</ul></article>"
    )


def _options(values: list[tuple[str, str]], everything: str) -> str:
    opts = [f"<option value=''>{e(everything)}</option>"]
    opts += [f"<option value='{e(v)}'>{e(label)}</option>" for v, label in values]
    return "".join(opts)


def controls(review: Review) -> str:
    cvs = [(str(i), inp.path) for i, inp in enumerate(review.inputs)]
    kept = [x.record for inp in review.inputs for x in inp.entries]
    types = sorted({r.type for r in kept})
    years = sorted({str(r.year) for r in kept if r.year}, reverse=True)
    return (
        "<form class='controls' id='controls' onsubmit='return false'>"
        f"<label>Input <select id='f-cv'>{_options(cvs, 'all inputs')}</select></label>"
        f"<label>Type <select id='f-type'>{_options([(t, t) for t in types], 'all types')}"
        "</select></label>"
        f"<label>Year <select id='f-year'>{_options([(y, y) for y in years], 'all years')}"
        "</select></label>"
        "<label><input type='checkbox' id='f-warn'> only warnings</label>"
        "<label>Search <input type='search' id='f-search' placeholder='title, author, venue…'>"
        "</label><span id='shown' aria-live='polite'></span></form>"
    )


def legend() -> str:
    marks = "".join(f"<mark class='f-{k}'>{label}</mark> " for k, label in SPAN_CLASSES.items())
    return f"<p class='legend'>Fields in the source text: {marks}</p>"


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def review_html(review: Review) -> str:
    entries = [x for inp in review.inputs for x in inp.entries]
    kept = [x for x in entries if not x.dropped]
    n_cv = sum(1 for inp in review.inputs if inp.kind == "cv")
    n_lib = len(review.inputs) - n_cv
    warned = sum(1 for x in kept if x.warnings)
    corrected = sum(1 for x in entries if x.correction)
    summary = (
        f"{_count(n_cv, 'CV')}, {_count(n_lib, 'library', 'libraries')}: "
        f"{_count(len(kept), 'entry', 'entries')}, {warned} with warnings, "
        f"{_count(len(review.groups), 'duplicate group')}, {corrected} corrected"
    )
    if review.corrections.paths:
        summary += " (from " + ", ".join(e(p) for p in review.corrections.paths) + ")"
    charts = "".join(
        bar_chart(title, review.counts(what))
        for title, what in (("Entries per CV", "cv"), ("Per year", "year"), ("Per type", "type"))
        if review.counts(what)
    )
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        "<title>cvbib review</title><style>",
        _asset("review.css"),
        "</style></head><body><header><h1>cvbib review</h1>",
        f"<p class='summary'>{summary}.</p>",
        controls(review),
        "</header><main>",
        f"<section class='counts'>{charts}</section>",
        legend(),
    ]
    if review.unused:
        items = "".join(
            f"<li><code>{e(c.fingerprint)}</code> ({e(c.where())})</li>" for c in review.unused
        )
        parts.append(
            "<section class='unused'><h2>Corrections that match no entry</h2><p>The entry's "
            f"text changed since the correction was written.</p><ul>{items}</ul></section>"
        )
    parts.extend(input_html(inp, i) for i, inp in enumerate(review.inputs))
    if review.groups:
        parts.append(
            f"<section class='groups' id='groups'><h2>Duplicate groups ({len(review.groups)})"
            "</h2><p>Records that are one work, side by side: the value chosen for the merged "
            "record, conflicts highlighted, and why they matched.</p>"
        )
        parts.extend(group_html(review, n) for n in range(1, len(review.groups) + 1))
        parts.append("</section>")
    parts += ["</main><script>", _asset("review.js"), "</script></body></html>\n"]
    return "".join(parts)
