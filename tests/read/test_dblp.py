"""dblp person pages: each record one citation, typed by its class."""

from __future__ import annotations

from pathlib import Path

import cvbib
from cvbib.read.dblp import dblp_as_list, is_dblp_page


def _entry(kind: str, rid: str, names: list[str], title: str, where: str) -> str:
    authors = ", ".join(
        '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
        f'<a href="https://dblp.org/pid/1.html" itemprop="url"><span itemprop="name">{n}</span></a></span>'
        for n in names
    )
    return (
        f'<li class="entry {kind} toc" id="{rid}" itemscope itemtype="http://schema.org/ScholarlyArticle">'
        '<div class="box"><img alt="" src="https://dblp.org/img/n.png"></div>'
        '<nav class="publ"><ul><li>view</li><li>export record</li></ul></nav>'
        f'<div class="nr">[{rid[-2:]}]</div><cite class="data" itemprop="headline">{authors}:<br> '
        f'<span class="title" itemprop="name">{title}</span> {where}</cite></li>\n'
    )


PAGE = (
    "<!DOCTYPE html>\n<html><head><title>dblp: Priya Raghunathan</title></head><body>\n"
    '<header id="headline"><h1>Priya Raghunathan</h1></header>\n'
    '<div id="publ-section"><ul class="publ-list">\n<li class="year">2024</li>\n'
    + _entry(
        "article",
        "journals/pacmmod/R24",
        ["Priya Raghunathan", "Jeroen van der Linden"],
        "Cost-Based Optimization of Retrieval-Augmented Query Pipelines.",
        '<a href="#"><span itemprop="isPartOf"><span itemprop="name">Proc. ACM Manag. Data</span>'
        "</span> 2(3)</a>: 145:1-145:26 (2024)",
    )
    + _entry(
        "informal",
        "journals/corr/i5",
        ["Yuki Tanaka", "Wei Zhang 0012"],
        "Text-to-SQL with Schema-Aware Retrieval: A Benchmark Study.",
        "CoRR abs/2403.07712 (2024)",
    )
    + '<li class="year">2023</li>\n'
    + _entry(
        "inproceedings",
        "conf/icde/c16",
        ["Hyun-Woo Kim", "Priya Raghunathan"],
        "Approximate Nearest Neighbor Search with Predicate Filters at Scale.",
        'ICDE <span itemprop="datePublished">2023</span>: '
        '<span itemprop="pagination">3012-3025</span>',
    )
    + _entry("data", "data/x", ["Priya Raghunathan"], "A Benchmark Data Set.", "Zenodo (2023)")
    + "</ul></div>\n<footer>dblp</footer></body></html>\n"
)


def test_records_become_citations_on_their_own_lines() -> None:
    assert is_dblp_page(PAGE)
    text, hints = dblp_as_list(PAGE)
    assert text.count("\n") == PAGE.count("\n")  # every line keeps its number
    assert sorted(hints.values()) == ["article", "inproceedings", "misc"]  # (no data record)
    assert "Yuki Tanaka, Wei Zhang: Text-to-SQL" in text  # (dblp's homonym number dropped)


def test_a_dblp_page_extracts_typed_records(tmp_path: Path) -> None:
    path = tmp_path / "dblp.html"
    path.write_text(PAGE, encoding="utf-8")
    records = cvbib.extract(str(path))
    assert [r.type for r in records] == ["article", "misc", "inproceedings"]
    journal, preprint, paper = records
    # the record's class decides: a paper of SIGMOD's journal is a journal article
    assert journal.title == "Cost-Based Optimization of Retrieval-Augmented Query Pipelines"
    assert [p.family for p in journal.authors] == ["Raghunathan", "van der Linden"]
    assert preprint.arxiv == "2403.07712"
    assert [p.family for p in preprint.authors] == ["Tanaka", "Zhang"]
    assert paper.year == 2023 and paper.pages == "3012--3025"
    assert all(r.source and r.source.line > 4 for r in records)
