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
