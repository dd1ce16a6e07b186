"""The CV owner from the head of the document, and owners the entries leave out."""

from __future__ import annotations

import pytest

from cvbib.find.owner import fill_owner, header_name
from cvbib.model import Person, Record, Span
from cvbib.read import read_document


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("# Jane Q. Doe\n\n## Publications\n", ("Jane Q.", "Doe")),
        ("JONATHAN R. ABELL\nDepartment of Economics\n", ("Jonathan R.", "Abell")),
        ("HANNAH E. CASTELLANOS, PH.D.\nCurriculum Vitae\n", ("Hannah E.", "Castellanos")),
        ("Curriculum Vitae: Priya Raman, MD, PhD\n", ("Priya", "Raman")),
        (
            "PD Dr. Henrike Lautenschläger\nInstitut für Ägyptologie\n",
            ("Henrike", "Lautenschläger"),
        ),
        ("PUBLICATIONS\n\n- A. Smith. Title. 2020.\n", None),
        # an NIH biosketch: the form's title, then its labelled name, family first
        (
            "BIOGRAPHICAL SKETCH\nFollow this format for each person.\n\nNAME: Halvorsen-Reyes, Tamsin K.\n",
            ("Tamsin K.", "Halvorsen-Reyes"),
        ),
        ("*: Equal Contribution\n\nSome Title Here\n", None),
    ],
)
def test_header_name(text: str, name: tuple[str, str] | None) -> None:
    person = header_name(read_document("cv.md", text, None))
    assert (person and (person.given, person.family)) == name


OWNER = Person(family="Abell", given="Jonathan R.")


def rec(title: str, *authors: Person, coauthors: bool = False) -> Record:
    spans = (Span("coauthors", 0, 5),) if coauthors else ()
    return Record(
        title=title,
        authors=authors,
        venue="J",
        year=2020,
        spans=spans,
        warnings=("no authors found",),
    )


def test_coauthors_always_get_the_owner_first() -> None:
    lin = Person(family="Lin", given="Sarah K.")
    marked = rec("A Paper", lin, coauthors=True).replace(equal_contribution=(0,))
    out = fill_owner([marked], OWNER)
    assert out[0].authors == (OWNER, lin) and out[0].owner == 0
    assert out[0].equal_contribution == (1,)  # the mark stays on Lin


def test_authorless_entries_get_the_owner() -> None:
    other = Person(family="Smith", given="A.")
    omitting = fill_owner([rec("Solo Paper"), rec("Joint", other, coauthors=True)], OWNER)
    assert omitting[0].authors == (OWNER,)
    assert "no authors found" not in omitting[0].warnings
    # a CV that names its owner in every entry: a review, or a parse failure, so it warns
    naming = [rec("One", OWNER, other), rec("Two", OWNER), rec("Review of a Book")]
    review = fill_owner(naming, OWNER)[2]
    assert review.authors == (OWNER,)
    assert any("assumed the CV owner" in w for w in review.warnings)
    assert fill_owner(naming, None) == naming
    # a line of prose in a publication section (no venue, no status) is left alone
    prose = Record(title="Citation counts: 4,812", venue="Names in italics")
    assert fill_owner([prose], OWNER)[0].authors == ()


def test_the_owner_edited_a_volume_with_the_co_editors() -> None:
    from cvbib.find.owner import fill_owner
    from cvbib.model import Person, Record, Span

    rec = Record(
        type="book",
        title="Sacred Apertures",
        editors=(Person("Moreau", "Jean"),),
        year=2022,
        publisher="Brepols",
        spans=(Span("coauthors", 0, 5),),
    )
    (out,) = fill_owner([rec], Person("Hollis", "Clara M."))
    assert [p.family for p in out.editors] == ["Hollis", "Moreau"]
    assert out.authors == ()


def test_a_note_in_prose_is_not_the_owners_work() -> None:
    from cvbib.find.owner import fill_owner
    from cvbib.model import Person, Record

    note = Record(
        title="Relación ordenada por año (más reciente primero). Se indican entre paréntesis "
        "los trabajos aceptados, o enviados",
        status="forthcoming",
    )
    (out,) = fill_owner([note], Person("García-López", "J."))
    assert out.authors == ()


def test_a_jurists_name_with_titles_and_degree() -> None:
    from cvbib.find.owner import header_name
    from cvbib.read import read_document

    doc = read_document(
        "cv.md", "**Prof. Dr. Matthias Brückner, LL.M. (Cambridge)**\n\nLehrstuhl\n"
    )
    owner = header_name(doc)
    assert owner is not None and (owner.given, owner.family) == ("Matthias", "Brückner")


def test_the_owners_name_line_with_titles_is_no_entry() -> None:
    from cvbib.find.owner import names_owner_only
    from cvbib.model import Person

    me = Person(family="Brückner", given="Matthias")
    assert names_owner_only("Prof. Dr. Matthias Brückner, LL.M. (Cambridge)", me)
    assert not names_owner_only("Matthias Brückner and Anna Lindemann", me)
    # a two-word title taken for the owner's name is still a title
    assert not names_owner_only(
        "Vectorized Execution", Person(family="Execution", given="Vectorized")
    )
