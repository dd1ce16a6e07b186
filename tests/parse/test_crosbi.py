"""CROSBI references, as the Croatian scientific bibliography lists them."""

from __future__ import annotations

from cvbib.model import Source
from cvbib.parse.crosbi import read_crosbi


def read(text: str):  # type: ignore[no-untyped-def]
    return read_crosbi(text, (), Source("crosbi.html", 1))


def test_journal_paper_and_paper_in_proceedings() -> None:
    paper = read(
        "Lovrić, Nikola; Bošnjak Kuzmić, Marija; Perić, Tomislav. Effect of pulsed electric field "
        "pretreatment on drying kinetics // Food Chemistry, 298 (2019), 125012, 9. doi: "
        "10.1016/j.foodchem.2019.125012 (međunarodna recenzija, članak, znanstveni)"
    )
    assert paper is not None
    assert [f"{p.given}|{p.family}" for p in paper.authors] == [
        "Nikola|Lovrić",
        "Marija|Bošnjak Kuzmić",
        "Tomislav|Perić",
    ]
    assert (paper.type, paper.venue, paper.year, paper.volume, paper.pages) == (
        "article",
        "Food Chemistry",
        2019,
        "298",
        "125012",
    )
    assert paper.doi == "10.1016/j.foodchem.2019.125012"
    issue = read(
        "Bošnjak Kuzmić, Marija; Matanović, Ivo. Antioxidant capacity of fig jams // Food "
        "Technology and Biotechnology, 57 (2019), 4; 512-521."
    )
    assert issue is not None and (issue.number, issue.pages) == ("4", "512--521")
    proceedings = read(
        "Jurić, Lana; Zorić, Petra. Optimisation of enzymatic clarification // Proceedings of the "
        "9th International Congress / Vukelić, Stjepan ; Marić, Zdenko (ur.). Osijek: Prehrambeno-"
        "tehnološki fakultet, 2022. str. 101-108 (predavanje, međunarodna recenzija, cjeloviti rad "
        "(in extenso), znanstveni)"
    )
    assert proceedings is not None
    assert (proceedings.type, proceedings.venue, proceedings.year, proceedings.pages) == (
        "inproceedings",
        "Proceedings of the 9th International Congress",
        2022,
        "101--108",
    )
    assert [p.family for p in proceedings.editors] == ["Vukelić", "Marić"]
    assert read("Smith, J. Title // not a venue at all") is None
