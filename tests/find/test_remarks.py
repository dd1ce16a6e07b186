"""find.remarks: award lines under an entry."""

from __future__ import annotations

import cvbib
from cvbib.find.remarks import award_remark


def test_award_lines_are_remarks() -> None:
    assert award_remark("Winner, 2022 Distinguished Book Award, Section on Migration.") == (
        "Winner, 2022 Distinguished Book Award, Section on Migration"
    )
    assert award_remark("Honorable Mention, 2022 LASA Mexico Section Book Prize")
    assert award_remark("Winner of the award: a study of prizes. Journal 3, 1-10.") is None
    assert award_remark("Smith, J. 2020. The Prize. Journal 3: 1-10.") is None


def test_an_award_below_a_book_is_its_note() -> None:
    cv = (
        "## Books\n\nFerreira Castellanos, Daniela. 2021. *Staying Behind: Gender and "
        "Mobility*. Oakland: University of California Press.\n\n"
        "- Winner, 2022 Distinguished Book Award, American Sociological Association\n"
    )
    recs = cvbib.extract_text(cv, "cv.md").records
    assert len(recs) == 1
    assert recs[0].authors[0].family == "Ferreira Castellanos"
    assert recs[0].notes == (
        "Winner, 2022 Distinguished Book Award, American Sociological Association",
    )


def test_an_initial_in_an_award_and_a_review_line_below_a_book() -> None:
    from cvbib.find.remarks import reception_remark

    assert award_remark("Honorable mention, Charles J. Goodwin Award of Merit, SCS, 2021.")
    assert reception_remark("Reviewed in *Classical Review* 70 (2020); *JRS* 111 (2021).") == (
        "Reviewed in Classical Review 70 (2020); JRS 111 (2021)"
    )
    cv = (
        "### Books\n\n**Whitlock, Theodora J.** *Exile and the Elegiac Voice*. Oxford: Oxford "
        "University Press, 2019.\n\n"
        "- Reviewed in *Bryn Mawr Classical Review* 2020.02.18; *Classical Review* 70 (2020).\n"
        "- Honorable mention, Charles J. Goodwin Award of Merit, Society for Classical "
        "Studies, 2021.\n"
    )
    (book,) = cvbib.extract_text(cv, "cv.md").records
    assert book.notes == (
        "Honorable mention, Charles J. Goodwin Award of Merit, Society for Classical Studies, 2021",
    )
    assert "Reviewed in Bryn Mawr Classical Review 2020.02.18; Classical Review 70 (2020)" in (
        book.extra
    )
