"""The review page's HTML: every entry, fields coloured in place, corrections, no network."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from cvbib.cli import app
from cvbib.corrections import NO_CORRECTIONS, parse_corrections, record_fingerprint
from cvbib.extract import extract_text
from cvbib.model import Person, Record, Source, Span
from cvbib.review import build_review, review_html
from cvbib.review.chart import bar_chart
from cvbib.review.checks import entry_warnings, owner_of
from cvbib.review.collect import Entry, InputReview, _entries
from cvbib.review.page import coloured, spans_for
from tests.review.helpers import Page, expected_entries


def test_every_entry_is_on_the_page(page: Page) -> None:
    html = page.path.read_text(encoding="utf-8")
    assert len(re.findall(r"<article id='e-\d+-\d+' class='entry", html)) == expected_entries(
        page.inputs
    )
    for path in page.inputs:
        assert f">{path} <span class='kind'>" in html


def test_page_loads_nothing(page: Page) -> None:
    html = page.path.read_text(encoding="utf-8")
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=|<link\b|@import|url\(", html)
    # The only address in markup is the SVG namespace; CV links are shown as text.
    attrs = re.findall(r"""(?:href|src)=['"]([^'"]*)['"]""", html)
    assert attrs and all(a.startswith("#") for a in attrs)


def test_corrections_are_shown(page: Page) -> None:
    html = page.path.read_text(encoding="utf-8")
    fixed = re.search(rf"<article [^>]*data-fp='{page.fixed}'.*?</article>", html, re.S)
    assert fixed and "Correction applied from" in fixed.group(0)
    assert f"<td class='corrected' title='set by the corrections file'>{page.fixed_title}" in (
        fixed.group(0)
    )
    assert f"title = &quot;{page.fixed_title}&quot;" in fixed.group(0)  # the snippet keeps it
    dropped = re.search(rf"<article [^>]*class='entry dropped'[^>]*data-fp='{page.dropped}'", html)
    assert dropped
    assert "1 marked not a publication" in html


def test_duplicate_groups_link_both_ways(page: Page) -> None:
    html = page.path.read_text(encoding="utf-8")
    groups = re.findall(r"<article class='group' id='g(\d+)'>", html)
    assert len(groups) >= 30  # the CV and the library made from it
    assert "href='#g1'" in html
    first = re.search(r"<article class='group' id='g1'>.*?</article>", html, re.S)
    # (two examples or more hold the paper: the CV and the library made from it)
    assert first and len(re.findall(r"<th><a href='#e-\d+-\d+'>", first.group(0))) >= 2
    reason = re.search(r"<span class='reason'>([^<]*)</span>", first.group(0))
    assert reason and reason.group(1).split()[0] in ("title", "arxiv", "doi")
    assert "(score " in first.group(0)
    # Each member's snippet offers "not a duplicate" naming the other member.
    prints = re.findall(
        r"data-fp='([0-9a-f]+)'><div class='where'>[^<]*<span class='loc'>"
        r"[^<]*</span> <code[^>]*>[0-9a-f]+</code> <a class='grp' href='#g1'>",
        html,
    )
    assert len(prints) >= 2
    assert re.search(rf"# not_duplicate = \[&quot;{prints[1]}&quot;", html)


def test_fields_coloured_in_place() -> None:
    text = "A. Author. Some Title Here. Venue, 2020."
    spans = (Span("authors", 0, 9), Span("title", 11, 26), Span("year", 35, 39))
    out = coloured(text, spans)
    assert out.startswith("<mark class='f-authors' title='authors'>A. Author</mark>")
    assert "<mark class='f-title' title='title'>Some Title Here</mark>" in out
    assert re.sub(r"<[^>]+>", "", out) == text
    # Overlapping and out-of-range spans are left out rather than breaking the text.
    bad = (Span("title", 5, 20), Span("venue", 10, 30), Span("pages", 30, 99))
    assert re.sub(r"<[^>]+>", "", coloured(text, bad)) == text


def test_unspanned_fields_found_in_the_text() -> None:
    text = "A. Author. Some Title Here. Journal of Things, 2020."
    rec = Record(title="Some Title Here", venue="Journal of Things", year=2020)
    spans = spans_for(rec.replace(spans=(Span("title", 11, 26),)), text)
    assert Span("venue", 28, 45) in spans and Span("year", 47, 51) in spans


def test_source_text_is_escaped() -> None:
    text = "Ann Lee. Attacks <script>alert(1)</script> on Models. ICML 2024."
    rec = Record(
        title="Attacks <script>alert(1)</script> on Models",
        authors=(Person("Lee", "Ann"),),
        sources=(Source("cv.md", 3, text=text),),
        spans=(Span("title", 9, 51),),
    )
    item = InputReview("cv.md", "cv", "text", [Entry(rec, rec, record_fingerprint(rec))])
    html = review_html(build_review([item], NO_CORRECTIONS))
    assert "<script>alert" not in html
    assert "<mark class='f-title' title='title'>Attacks &lt;script&gt;alert(1)" in html


def test_warnings_of_an_entry() -> None:
    recs = extract_text(
        "# Publications\n\n"
        "- Ann Lee, Bo Chen. “One Paper About Things”. ICML 2024.\n"
        "- Ann Lee, Bo Chen. “Two Papers About Things”. NeurIPS 2023.\n"
        "- Ann Lee, Bo Chen. “Three Papers About Things”. KDD 2022.\n"
        "- Bo Chen, Bo Chen. “A Paper Without Its Owner”. ICLR 2021.\n",
        "cv.md",
    ).records
    owner = owner_of(recs)
    assert str(owner) == "Bo Chen" or str(owner) == "Ann Lee"
    odd = Record(
        title="x y", authors=recs[0].authors * 2, owner=None, confidence=0.5, warnings=("no year",)
    )
    found = entry_warnings(odd, recs[0].authors[0])
    assert found[0] == "no year"
    assert "low confidence (0.50)" in found
    assert any("is not among the authors" in w for w in found)
    assert any("is listed twice" in w for w in found)
    assert entry_warnings(recs[0].replace(owner=0), recs[0].authors[0]) == []


def test_chart_is_inline_svg() -> None:
    svg = bar_chart("Per year", [("2020", 3), ("2021", 6), ("<b>", 0)])
    assert svg.startswith("<svg") and svg.count("<rect") == 3
    assert "width='180'" in svg and "&lt;b&gt;" in svg


def test_unused_corrections_listed(tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text("# Publications\n\n- Ann Lee. “A Paper On Things”. ICML 2024.\n", "utf-8")
    (tmp_path / "cvbib.toml").write_text("[entry.0123456789]\nyear = 2000\n", "utf-8")
    out = tmp_path / "r.html"
    res = CliRunner().invoke(app, ["review", str(cv), "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    assert f"{tmp_path / 'cvbib.toml'}:1: correction 0123456789 matches no entry" in res.stderr
    assert "Corrections that match no entry" in out.read_text(encoding="utf-8")


def test_review_command_reports_bad_inputs(tmp_path: Path) -> None:
    good = tmp_path / "cv.md"
    good.write_text("# Publications\n\n- Ann Lee. “A Paper On Things”. ICML 2024.\n", "utf-8")
    bad = tmp_path / "lib.json"
    bad.write_text("{not json", "utf-8")
    out = tmp_path / "r.html"
    res = CliRunner().invoke(app, ["review", str(good), str(bad), "-o", str(out)])
    assert res.exit_code == 2
    assert f"{bad}:1: not valid JSON" in res.stderr and "Traceback" not in res.stderr
    assert out.exists() and "A Paper On Things" in out.read_text(encoding="utf-8")
    assert f"wrote {out}: 1 inputs, 1 entries" in res.stderr


def test_library_records_are_listed_without_source_text() -> None:
    lib = Record(title="A Library Paper", key="k", sources=(Source("lib.bib", 3, key="k"),))
    corr = parse_corrections(f"[entry.{record_fingerprint(lib)}]\nyear = 2001\n")
    (entry,) = _entries([lib], corr)
    assert entry.record.year == 2001 and entry.parsed.year is None


def test_snippet_from_the_page_corrects_the_next_extract(tmp_path: Path) -> None:
    """The round trip a user makes: copy an entry's snippet, edit it, extract again."""
    import html as html_lib
    import json

    cv = tmp_path / "cv.md"
    cv.write_text(
        "# Publications\n\n- Ann Lee, Bo Chen. “A Paper On Things”. ICML 2024.\n"
        "- Ann Lee. “Not Really A Paper, A Poster”. Some Workshop 2023.\n",
        "utf-8",
    )
    out = tmp_path / "r.html"
    assert CliRunner().invoke(app, ["review", str(cv), "-o", str(out), "-q"]).exit_code == 0
    snippets = [
        html_lib.unescape(s)
        for s in re.findall(r"<pre class='snippet'>(.*?)</pre>", out.read_text("utf-8"), re.S)
    ]
    assert len(snippets) == 2
    fixed = snippets[0].replace('# title = "A Paper On Things"', 'title = "A Paper on Things"')
    dropped = snippets[1].replace("# not_publication = true", "not_publication = true")
    (tmp_path / "cvbib.toml").write_text(fixed + "\n" + dropped, "utf-8")
    res = CliRunner().invoke(app, ["extract", str(cv), "--to", "csl-json", "-q"])
    assert res.exit_code == 0, res.stderr
    assert [item["title"] for item in json.loads(res.stdout)] == ["A Paper on Things"]
    res = CliRunner().invoke(app, ["review", str(cv), "-o", str(out)])
    assert "1 entries, 0 with warnings, 0 duplicate groups, 2 corrected" in res.stderr


def test_not_a_duplicate_splits_the_group_on_the_page(tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(
        "# Publications\n\n"
        "- Zirui Liu, Jiayi Yuan. “Sampling Sparse Attention for Long Context Models”. ICML 2024.\n"
        "- Zirui Liu, Jiayi Yuan. “Sampling Sparse Attention for Long Context Models”. "
        "arXiv preprint arXiv:2402.02750, 2024.\n",
        "utf-8",
    )
    out = tmp_path / "r.html"
    res = CliRunner().invoke(app, ["review", str(cv), "-o", str(out)])
    assert "2 entries, 0 with warnings, 1 duplicate groups" in res.stderr
    first = re.search(r"data-fp='([0-9a-f]+)'", out.read_text("utf-8"))
    assert first
    (tmp_path / "cvbib.toml").write_text(
        f"[entry.{first.group(1)}]\nnot_duplicate = true\n", "utf-8"
    )
    res = CliRunner().invoke(app, ["review", str(cv), "-o", str(out)])
    assert "2 entries, 0 with warnings, 0 duplicate groups, 1 corrected" in res.stderr
    assert "Correction applied from" in out.read_text("utf-8")
