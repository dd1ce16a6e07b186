"""Pure research-portal pages: each output one entry under a "Research output" heading."""

from __future__ import annotations

import cvbib

OUTPUT = """<li class="list-result-item">
<div class="result-container">
<div class="rendering rendering_researchoutput rendering_researchoutput_portal-short rendering_contributiontojournal">
<h3 class="title"><a rel="ContributionToJournal" href="x" class="link"><span>{title}</span></a></h3>
<a rel="Person" class="link person"><span>Doe, J. A.</span></a> &amp; Roe, B., {date}, <span class="journal">In: <a><span>Journal of Things</span></a></span>. 12, 3, p. 45-67 23 p.
<p class="type"><span class="type_family">Research output<span class="type_family_sep">: </span></span><span>{kind}</span></p>
</div>
<div class="search-result-group">{doi}</div>
</div>
</li>
"""

DOI = '<div class="doi"><a href="https://doi.org/10.1000/x1"><span>https://doi.org/10.1000/x1</span></a></div>'


def test_pure_page_outputs_are_entries_on_their_title_lines() -> None:
    page = (
        "<html><body>\n<nav><a>Research output (3)</a></nav>\n"
        '<aside><h3 class="filter-heading">Publication year</h3><ul><li>2024 (2)</li></ul></aside>\n'
        '<ul class="list-results">\n'
        + OUTPUT.format(
            title="Running injuries?",
            date="Mar 2024",
            kind="Contribution to journal › Journal article",
            doi=DOI,
        )
        + OUTPUT.format(
            title="A poster only shown",
            date="2023",
            kind="Contribution to conference › Poster › Research",
            doi="",
        )
        + "</ul>\n</body></html>\n"
    )
    result = cvbib.extract_text(page, "portal.html")
    [rec] = result.records  # the poster is no publication
    assert rec.title == "Running injuries?"
    assert rec.source is not None and rec.source.line == 8  # the <h3>'s line
    assert (rec.venue, rec.volume, rec.number, rec.pages, rec.year) == (
        "Journal of Things",
        "12",
        "3",
        "45--67",
        2024,
    )
    assert [p.family for p in rec.authors] == ["Doe", "Roe"]
    assert rec.doi == "10.1000/x1"


CITED = """<li class="list-result-item">
<div class="result-container">
<div class="rendering rendering_researchoutput  rendering_researchoutput_apa rendering_{family}">{names} ({year}).
<a rel="X" href="x" class="link"><span>{title}</span></a>. {rest}</div>
<div class="search-result-group"><span class="status">{status}</span> - <span class="date">{year}</span></div>
<p class="type"><span class="type_family">{kind}</span></p>
</div>
</li>
"""


def test_a_danish_page_in_apa_takes_pures_type_and_status() -> None:
    page = (
        '<html><body>\n<h2 class="subheader">Forskningsoutput</h2>\n<ul class="list-results">\n'
        + CITED.format(
            family="contributiontojournal",
            names="Lauridsen, M. B., &amp; Holm, S. K.",
            year=2025,
            title="Educational gradients in statin initiation",
            rest="<em>Scandinavian Journal of Public Health</em>.",
            status="Accepteret/In press",
            kind="Bidrag til tidsskrift &rsaquo; Tidsskriftartikel &rsaquo; Forskning",
        )
        + CITED.format(
            family="bookanthology",
            names="Lauridsen, M. B.",
            year=2023,
            title="Social ulighed i sundhed i Region Øresund",
            rest="Center for Folkesundhed i Øresund.",
            status="Udgivet",
            kind="Bog/antologi/afhandling/rapport &rsaquo; Rapport &rsaquo; Formidling",
        )
        + "</ul>\n<h2>Seneste aktiviteter</h2>\n<ul>\n<li>"
        '<div class="rendering rendering_activity"><h3 class="title"><span>Scandinavian Journal '
        "of Public Health (Tidsskrift)</span></h3> Lauridsen (Redaktionel bestyrelse)</div></li>\n"
        "</ul>\n</body></html>\n"
    )
    recs = cvbib.extract_text(page, "pure.html").records
    assert [(r.source.line, r.type, r.title, r.venue, r.status) for r in recs] == [
        (
            6,
            "article",
            "Educational gradients in statin initiation",
            "Scandinavian Journal of Public Health",
            "forthcoming",
        ),
        (
            14,
            "techreport",
            "Social ulighed i sundhed i Region Øresund",
            "Center for Folkesundhed i Øresund",
            "published",
        ),
    ]
    assert "Pure: Bidrag til tidsskrift › Tidsskriftartikel" in recs[0].extra
