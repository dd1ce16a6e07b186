"""Talks inside publication sections are skipped."""

from __future__ import annotations

import cvbib
from cvbib.find.talks import talk_phrase
from cvbib.model import Record


def test_talk_phrases_and_published_abstracts() -> None:
    text = "Raman P. Wearables in cardiology. Invited talk, AHA Scientific Sessions, 2022."
    assert talk_phrase(Record(title="Wearables in cardiology"), text) == "Invited talk"
    # an abstract with a volume and pages was published, whatever it says
    assert talk_phrase(Record(title="X", volume="146", pages="A123"), text) is None
    assert talk_phrase(Record(title="X"), "A. Smith. Talking heads. Nature, 2020.") is None


def test_extract_skips_a_talk_with_a_warning() -> None:
    cv = (
        "## Abstracts and Presentations\n\n"
        "- Raman P, Liu H. Troponin in women. Circulation. 2021;144(Suppl 1):A123.\n"
        "- Raman P. Wearables in cardiology. Invited talk, AHA Scientific Sessions, 2022.\n"
    )
    result = cvbib.extract_text(cv, "cv.md")
    assert [r.title for r in result.records] == ["Troponin in women"]
    assert any("Invited talk" in w.message and w.line == 4 for w in result.warnings)


def test_the_days_of_a_meeting_are_no_pages_that_make_a_talk_published() -> None:
    cv = (
        "## Abstracts\n\n"
        "- Brennagh, C. A. (2019), Pollution tracks in geostationary imagery, invited talk at "
        "2019 Fall Meeting, AGU, San Francisco, CA, 9–13 Dec.\n"
        "- Raman P, Liu H. Troponin in women. Circulation. 2021;144(Suppl 1):A123.\n"
    )
    result = cvbib.extract_text(cv, "cv.md")
    assert [r.title for r in result.records] == ["Troponin in women"]
    assert any("invited talk" in w.message and w.line == 3 for w in result.warnings)


def test_papers_read_at_meetings_without_a_speaker_are_talks() -> None:
    # a humanities CV's "Conference Papers": titles read at meetings, the owner implied
    cv = (
        "**Whitlock, Theodora J.** Title of the book. Oxford: Oxford University Press, 2019.\n\n"
        "## Conference Papers\n\n"
        '"Ovid\'s Tears." Society for Classical Studies Annual Meeting, San Diego, January '
        "2019.\n\n"
        '"Who Speaks for Corinna?" Classical Association of the Middle West and South, '
        "Albuquerque, NM, April 2018.\n\n"
        '"Published Paper." *Classical Quarterly* 70, no. 2 (2020): 745–62.\n'
    )
    result = cvbib.extract_text(cv, "cv.md")
    assert [r.title for r in result.records] == ["Published Paper"]
    assert sum("not a publication" in w.message for w in result.warnings) == 2


def test_an_essay_in_a_magazine_dated_by_month_is_no_talk() -> None:
    cv = (
        "## Conference Papers\n\n"
        '"A Short Essay on Ovid." *Society Magazine*, May 2019.\n\n'
        '"Ovid\'s Tears." Society for Classical Studies Annual Meeting, San Diego, January '
        "2019.\n"
    )
    titles = [r.title for r in cvbib.extract_text(cv, "cv.md").records]
    assert titles == ["A Short Essay on Ovid"]


def test_patents_are_no_publications() -> None:
    from cvbib.find.talks import patent_phrase

    assert patent_phrase("Method for X. M Rossi. US Patent 11,234,567, 2022") == "Patent 11,234,567"
    assert patent_phrase("U.S. Patent App. 17/123,456") == "Patent App. 17/123,456"
    assert patent_phrase("European Patent EP 3 456 789 B1")
    # a paper about patents names no patent number
    assert patent_phrase("Measuring patent quality. Research Policy 45, 1234-1250, 2016") is None
    assert patent_phrase("The patent 2021 reform and innovation") is None


def test_a_poster_abstract_printed_in_the_meetings_abstracts_is_kept() -> None:
    from cvbib.model import Record

    text = (
        "Arneson, T.J., and K.M. Dolezal. 2023. Cover crop water use under center pivots "
        "[abstract]. ASA-CSSA-SSSA International Annual Meeting, St. Louis, MO. (Poster)"
    )
    rec = Record(type="misc", title="Cover crop water use under center pivots", year=2023)
    assert talk_phrase(rec, text) is None


def test_apa_description_of_a_presentation() -> None:
    text = (
        "Whitfield, R. M. (2022, June 10). Debriefing the debriefer: A faculty development "
        "model [Paper presentation]. INACSL Conference, Milwaukee, WI, United States."
    )
    assert talk_phrase(Record(title="Debriefing the debriefer"), text) == "[Paper presentation]"
    # a badge at an entry's end is a link, not a description
    badge = "A. Smith. Sparse attention. NeurIPS 2023 [Poster presentation]"
    assert talk_phrase(Record(title="Sparse attention"), badge) is None
