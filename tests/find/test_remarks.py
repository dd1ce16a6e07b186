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
