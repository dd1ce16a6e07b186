"""The entry parser on the citation styles CVs use."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cvbib
from cvbib.model import Person
from cvbib.parse.entry import EntryText, parse_entry
from cvbib.parse.reference_choice import parse_cv_entry


def parse(text: str, **kw: object):  # type: ignore[no-untyped-def]
    return parse_entry(EntryText(text, "cv.md", 1, 1, **kw))  # type: ignore[arg-type]


def parse_md(text: str, **kw: object):  # type: ignore[no-untyped-def]
    """Parse text written with *italics*, as the Markdown reader hands it over."""
    plain, italic, pos = "", [], 0
    for i, piece in enumerate(text.split("*")):
        if i % 2:
            italic.append((pos, pos + len(piece)))
        plain += piece
        pos += len(piece)
    return parse(plain, italic=tuple(italic), **kw)


def people(rec) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{p.given}|{p.family}" for p in rec.authors]


def test_venue_tag_quoted_title_notes_and_rates() -> None:
    text = (
        "[ICML'24] Hongye Jin, Xiaotian Han, Zirui Liu “LLM Maybe LongLM: Self-Extend LLM Context Window "
        "Without Tuning ”. The 41st International Conference on Machine Learning, 2024 (Spotlight. "
        "Acceptance rate: 3.5%. Used in Llama.cpp, highlighted during Google I/O Session) PDF"
    )
    start = text.index("PDF")
    rec = parse(text, links=((start, start + 3, "#"),))
    assert rec.title == "LLM Maybe LongLM: Self-Extend LLM Context Window Without Tuning"
    assert people(rec) == ["Hongye|Jin", "Xiaotian|Han", "Zirui|Liu"]
    assert (rec.year, rec.type, rec.venue_short) == (2024, "inproceedings", "ICML")
    assert rec.venue == "International Conference on Machine Learning"
    assert rec.notes == ("Spotlight",)
    assert "Acceptance rate: 3.5%" in rec.extra
    assert rec.warnings == ()


def test_numbered_italic_title_with_owner_bold_and_award() -> None:
    text = (
        "Tianjin Huang, Tianlong Chen, Shiwei Liu. You Can Have Better Graph Neural Networks by Not "
        "Training Weights at All: Finding Untrained Graph Tickets. Learning on Graphs Conference (LoG), "
        "2022. [Oral & Best Paper Award]."
    )
    rec = parse(text)
    assert rec.title.startswith("You Can Have Better Graph Neural Networks") and rec.title.endswith(
        "Tickets"
    )
    assert rec.venue_short == "LoG" and rec.year == 2022
    assert rec.notes == ("Oral", "Best Paper Award")


def test_findings_and_workshop() -> None:
    rec = parse(
        "[EMNLP'24] (Finding) A B, C D “A Long Title Here”. The 2024 Conference on Empirical Methods in Natural Language Processing."
    )
    assert rec.findings and rec.venue.startswith(
        "Findings of the Association for Computational Linguistics"
    )
    ws = parse(
        "Shiwei Liu, and Zhangyang Wang., 2023. Ten Lessons We Have Learned. SNN Workshop at ICLR 2023."
    )
    assert ws.workshop and ws.venue_short == "ICLR" and ws.type == "inproceedings"


def test_under_review_preprint_with_arxiv() -> None:
    rec = parse(
        "Ziming Liu, Boyu Tian. Expert-as-a-Service: Towards Efficient MoE Serving. Under Review, Arxiv:2509.17863, 2025"
    )
    assert (rec.type, rec.status, rec.arxiv, rec.year) == (
        "misc",
        "under review",
        "2509.17863",
        2025,
    )
    assert rec.venue == "arXiv"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Vaswani, A., Shazeer, N., & Polosukhin, I. (2017). Attention is all you need. In Advances in Neural Information Processing Systems (pp. 5998–6008).",
            {
                "title": "Attention is all you need",
                "year": 2017,
                "venue_short": "NeurIPS",
                "pages": "5998--6008",
                "type": "inproceedings",
            },
        ),
        (
            "Smith, J. A. (2019). Cognitive load in reading. Cognition, 12(3), 45–67. https://doi.org/10.5555/cog.2019.12",
            {
                "title": "Cognitive load in reading",
                "venue": "Cognition",
                "volume": "12",
                "number": "3",
                "pages": "45--67",
                "doi": "10.5555/cog.2019.12",
                "type": "article",
            },
        ),
        (
            "Doe, J. (2020). A chapter title. In J. Smith (Ed.), The big book of things (pp. 1–20). Oxford University Press.",
            {
                "type": "incollection",
                "venue": "The big book of things",
                "publisher": "Oxford University Press",
                "pages": "1--20",
            },
        ),
        (
            '[1] K. He, X. Zhang, S. Ren, and J. Sun, "Deep residual learning for image recognition," in Proc. IEEE Conf. Computer Vision and Pattern Recognition (CVPR), 2016, pp. 770–778, doi: 10.1109/CVPR.2016.90.',
            {
                "title": "Deep residual learning for image recognition",
                "venue_short": "CVPR",
                "year": 2016,
                "doi": "10.1109/CVPR.2016.90",
            },
        ),
        (
            'S. Ren, K. He, R. Girshick, and J. Sun, "Faster R-CNN," IEEE Trans. Pattern Anal. Mach. Intell., vol. 39, no. 6, pp. 1137–1149, Jun. 2017.',
            {
                "venue_short": "TPAMI",
                "volume": "39",
                "number": "6",
                "pages": "1137--1149",
                "month": 6,
                "type": "article",
            },
        ),
        (
            "Sekijima Y, Dendle MA, Smith JR, et al. Protein folding in the cell. J Biol Chem. 2019;294(12):4567-78. doi:10.5555/jbc.2019.001",
            {
                "title": "Protein folding in the cell",
                "venue": "Journal of Biological Chemistry",
                "volume": "294",
                "number": "12",
                "pages": "4567--4578",
                "year": 2019,
            },
        ),
        (
            'Goldin, Claudia, and Lawrence F. Katz. 2008. "The Race between Education and Technology." Journal of Economic History 68 (2): 45–67.',
            {
                "title": "The Race between Education and Technology",
                "year": 2008,
                "volume": "68",
                "number": "2",
            },
        ),
        (
            "Mokyr, Joel. 2015. A Culture of Growth: The Origins of the Modern Economy. Princeton: Princeton University Press.",
            {"type": "book", "publisher": "Princeton University Press", "year": 2015},
        ),
        (
            "Lastname, F. (2021). A study of things [Doctoral dissertation, University of Somewhere].",
            {"type": "phdthesis", "venue": "University of Somewhere", "title": "A study of things"},
        ),
    ],
)
def test_citation_styles(text: str, fields: dict[str, object]) -> None:
    rec = parse(text)
    assert rec.authors, rec
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


def test_author_forms_in_entries() -> None:
    rec = parse(
        'Goldin, Claudia, and Lawrence F. Katz. 2008. "The Race." Journal of Economic History 68 (2): 45–67.'
    )
    assert people(rec) == ["Claudia|Goldin", "Lawrence F.|Katz"]
    rec = parse("World Health Organization. 2019. Global Report on Things. Geneva: WHO Press.")
    assert people(rec) == ["|World Health Organization"]


def test_spans_point_into_the_source_text() -> None:
    text = "[NeurIPS'23] Jane Doe, Bob Roe. “A Title About Things”. The 37th Conference on Neural Information Processing Systems, 2023."
    rec = parse(text)
    title = rec.span("title")
    authors = rec.span("authors")
    assert title and text[title.start : title.end] == "A Title About Things"
    assert authors and text[authors.start : authors.end] == "Jane Doe, Bob Roe"
    assert rec.source.line == 1 and rec.source.text == text


def test_doubtful_entries_get_warnings_not_errors() -> None:
    rec = parse("Jane Doe. A Title Without A Venue Or Year.")
    assert "no year" in rec.warnings and rec.confidence < 1
    huge = parse("x " * 5000)
    assert huge.confidence == 0 and "characters long" in huge.warnings[0]


@pytest.mark.parametrize(
    ("text", "fields", "authors"),
    [
        (
            "Doe, J., Smith, A. (2021) Learning sparse codes for audio. IEEE/ACM Transactions on Audio, Speech, and Language Processing, 29, 1200-1212.",
            {
                "title": "Learning sparse codes for audio",
                "year": 2021,
                "volume": "29",
                "pages": "1200--1212",
            },
            ["J.|Doe", "A.|Smith"],
        ),
        (
            '2020: J. Doe, A. Smith, "Robust speech recognition with noisy labels", Interspeech 2020, Shanghai, China. [Best Student Paper Award]',
            {"year": 2020, "venue_short": "Interspeech", "notes": ("Best Student Paper Award",)},
            ["J.|Doe", "A.|Smith"],
        ),
        (
            "Doe J, Smith A, Brown C. Deep phenotyping of rare diseases. Nature Medicine. 2022 Mar;28(3):456-465. PMID: 12345678.",
            {
                "title": "Deep phenotyping of rare diseases",
                "venue": "Nature Medicine",
                "month": 3,
                "volume": "28",
                "pages": "456--465",
            },
            ["J.|Doe", "A.|Smith", "C.|Brown"],
        ),
        (
            "J. Doe and A. Smith. Efficient attention. Technical Report MSR-TR-2019-12, Microsoft Research, 2019.",
            {"type": "techreport", "number": "MSR-TR-2019-12", "venue": "Microsoft Research"},
            ["J.|Doe", "A.|Smith"],
        ),
        (
            "J. Doe. Efficient Inference for Large Models. PhD thesis, Stanford University, 2019.",
            {"type": "phdthesis", "venue": "Stanford University", "year": 2019},
            ["J.|Doe"],
        ),
    ],
)
def test_more_reference_shapes(text: str, fields: dict[str, object], authors: list[str]) -> None:
    rec = parse(text)
    assert people(rec) == authors
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # AGU: an article number with a year and a journal code in it
            "Okafor, T.*, C. A. Brennagh, and M. L. Sandoval (2024), Aerosol–cloud adjustments "
            "in marine stratocumulus, Geophys. Res. Lett., 51, e2023GL106512, "
            "doi:10.1029/2023GL106512.",
            {"title": "Aerosol–cloud adjustments in marine stratocumulus", "year": 2024,
             "volume": "51", "pages": "e2023GL106512", "type": "article"},
        ),
        (  # "(in press)" where the year goes, hyphenated initials, no volume yet
            "Brennagh, C. A., R. Patel*, and J.-P. Lefèvre (in press), Diurnal cycle of drizzle "
            "observed by shipborne radar, Mon. Wea. Rev.",
            {"title": "Diurnal cycle of drizzle observed by shipborne radar",
             "venue": "Monthly Weather Review", "status": "forthcoming", "year": None},
        ),
        (  # AGU's old page numbers, with thousands separators
            "Lefèvre, J.-P., and M. L. Sandoval (2016), Evaluation of a boundary layer "
            "parameterization, J. Geophys. Res. Atmos., 121, 11,304–11,322.",
            {"volume": "121", "pages": "11304--11322",
             "venue": "Journal of Geophysical Research: Atmospheres"},
        ),
        (  # an AGU monograph chapter: the book after ", in", its series, its editors
            "Lefèvre, J.-P., and M. L. Sandoval (2017), Marine boundary layer clouds, in Marine "
            "Clouds in a Changing Climate, Geophys. Monogr. Ser., vol. 231, edited by S. Nunes "
            "and P. Noor, pp. 211–240, AGU, Washington, D. C.",
            {"type": "incollection", "title": "Marine boundary layer clouds", "year": 2017,
             "venue": "Marine Clouds in a Changing Climate", "pages": "211--240"},
        ),
        (  # the journal it went to, in abbreviation: a remark, not a part of the title
            "Okafor, T., and A. Ruiz-Tagle (2024), Cold-pool-driven organization of shallow "
            "cumulus, submitted to Geophys. Res. Lett.",
            {"title": "Cold-pool-driven organization of shallow cumulus", "venue": None,
             "status": "under review", "extra": ("Submitted to Geophysical Research Letters",)},
        ),
    ],
)  # fmt: skip
def test_agu_and_ams_earth_science_references(text: str, fields: dict[str, object]) -> None:
    rec = parse(text)
    assert [p.family for p in rec.authors][-1] in ("Sandoval", "Lefèvre", "Ruiz-Tagle")
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # an ACM journal numbers its articles; the issue may be a name
            "Amara Okonkwo and Renée Castellanos. 2023. Shift Work, Shared Screens. *Proc. ACM "
            "Hum.-Comput. Interact.* 7, CSCW1, Article 85 (April 2023), 27 pages.",
            {"volume": "7", "number": "CSCW1", "pages": "85", "month": 4, "year": 2023,
             "type": "article"},
        ),
        (  # volume, (year), the article's number
            "Gregory P. Abernathy and Walter S. Kimura. 2021. Measuring perceived intrusiveness "
            "of in-home sensors. *International Journal of Human-Computer Studies* 148 (2021), "
            "102589.",
            {"venue": "International Journal of Human-Computer Studies", "volume": "148",
             "pages": "102589", "year": 2021},
        ),
        (  # a conference's companion volume keeps its own name
            "Jae-won Park and Renée Castellanos. 2022. Toward Co-Designing Medication Reminders. "
            "In *Extended Abstracts of the 2022 CHI Conference on Human Factors in Computing "
            "Systems* (CHI EA ’22). ACM, New York, NY, USA, Article 289, 7 pages.",
            {"venue": "Extended Abstracts of the 2022 CHI Conference on Human Factors in "
             "Computing Systems", "venue_short": "CHI EA", "pages": "289"},
        ),
        (  # a remark in brackets after the numbers
            "Haldorsen, Tamsin. 2022. \"Trust in Local Government.\" *The Journal of Politics* "
            "84(3): 1401–1417. (Lead article)",
            {"venue": "The Journal of Politics", "notes": ("Lead Article",)},
        ),
        (  # ASA: "Pp. 145–168 in Book, edited by ..."
            "Haldorsen, Tamsin. 2019. \"Vote Buying in Comparative Perspective.\" Pp. 145–168 in "
            "*Democracy at the Margins*, edited by Hannah Osei and Peter Lindqvist. New York: "
            "Columbia University Press.",
            {"type": "incollection", "venue": "Democracy at the Margins", "pages": "145--168",
             "publisher": "Columbia University Press"},
        ),
        (  # "Revise & resubmit, Journal": where it is under review is no venue yet
            "Haldorsen, Tamsin. \"Credit Claiming in Coalition Governments.\" Revise & resubmit, "
            "*British Journal of Political Science*.",
            {"venue": None, "status": "under review",
             "extra": ("Submitted to British Journal of Political Science",)},
        ),
    ],
)  # fmt: skip
def test_acm_hci_and_social_science_shapes(text: str, fields: dict[str, object]) -> None:
    rec = parse_md(text)
    assert len(rec.authors) >= 1
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # AAS: the year after the names, then the title and the journal with commas
            "Lindqvist, T. V., & Brandt, O. 2020, Bayesian Light-curve Fitting for "
            "Heterogeneous Transient Photometry, AJ, 160, 71, arXiv:2006.03318",
            {"title": "Bayesian Light-curve Fitting for Heterogeneous Transient Photometry",
             "year": 2020, "venue": "The Astronomical Journal", "type": "article",
             "arxiv": "2006.03318"},
        ),
        (
            "Okafor, C. N.*, Lindqvist, T. V., & Oyelaran, F. 2024, Helium Lines Emerging at "
            "Late Times in the Type Ibn SN 2023jkw, ApJL, accepted",
            {"title": "Helium Lines Emerging at Late Times in the Type Ibn SN 2023jkw",
             "year": 2024, "venue": "The Astrophysical Journal Letters"},
        ),
        (  # an extension service's numbered publication is a report
            "Hollis, D.R. 2021. Cover crops for Iowa soils. Iowa State Univ. Ext. Outreach "
            "Publ. CROP 3142. Ames, IA.",
            {"type": "techreport", "number": "CROP 3142", "year": 2021},
        ),
        (  # AMS: years at the end of a title stay in it
            "Fairweather, E., and G. Haugland, 2018: Fog climatology of the northern California "
            "coast, 1990–2016. J. Appl. Meteor. Climatol., 57, 1395–1412.",
            {"title": "Fog climatology of the northern California coast, 1990–2016",
             "venue": "Journal of Applied Meteorology and Climatology", "year": 2018},
        ),
    ],
)  # fmt: skip
def test_astronomy_agronomy_and_ams_shapes(text: str, fields: dict[str, object]) -> None:
    rec = parse(text)
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # an award in italics under the entry is no title
            "**Ramírez, S. M.** (2022). Who gets feedback? Classroom discourse patterns. "
            "*Educational Researcher*, *51*(7), 455–466. *Recipient, 2023 Outstanding Article "
            "Award, AERA Classroom Discourse SIG*",
            {"title": "Who gets feedback? Classroom discourse patterns", "volume": "51"},
        ),
        (  # a list's number in a cell of its own, and the status a profile page ends with
            "2. Chen, L., Kowalczyk, A., & Okafor, T. (2023). Nonbank Mortgage Servicers. "
            "*Review of Finance*, 27(3), 901–940. Published",
            {"title": "Nonbank Mortgage Servicers", "venue": "Review of Finance",
             "pages": "901--940"},
        ),
        (  # a macro set the whole venue in italics: its range is still the pages
            "Okonkwo, A. and Reyes, M. (2022). Title of an article on zoning. *Journal of the "
            "American Planning Association 88(2): 145–160*.",
            {"venue": "Journal of the American Planning Association", "volume": "88",
             "pages": "145--160"},
        ),
    ],
)  # fmt: skip
def test_education_finance_and_planning_shapes(text: str, fields: dict[str, object]) -> None:
    rec = parse_md(text)
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


def test_acm_style_with_parenthesised_years() -> None:
    rec = parse(
        "Li, X., Zhang, W., and Chen, Y. Scaling sparse attention. Advances in Neural Information Processing Systems 37 (2024)."
    )
    assert people(rec) == ["X.|Li", "W.|Zhang", "Y.|Chen"]
    assert (rec.title, rec.year, rec.volume, rec.venue_short) == (
        "Scaling sparse attention",
        2024,
        "37",
        "NeurIPS",
    )
    rec = parse(
        "Zhang, W. Efficient transformers: a survey. ACM Computing Surveys 55, 6 (2023), 1–28."
    )
    assert (rec.title, rec.year, rec.volume, rec.number, rec.pages) == (
        "Efficient transformers: a survey",
        2023,
        "55",
        "6",
        "1--28",
    )


# -- medicine (Vancouver), humanities (Chicago), APA books and chapters ------------------


def test_vancouver_one_word_journal_and_two_letter_initials() -> None:
    rec = parse(
        "Sekijima Y, Dendle MA, Ramanathan PN, Smith JR. Transthyretin tetramer stabilization "
        "by small molecules prevents cardiac amyloid deposition. Circulation. "
        "2019;294(12):4567-78. doi:10.5555/jbc.2019.001"
    )
    assert people(rec) == ["Y.|Sekijima", "M. A.|Dendle", "P. N.|Ramanathan", "J. R.|Smith"]
    assert rec.title.startswith("Transthyretin tetramer") and rec.title.endswith("deposition")
    assert (rec.venue, rec.year, rec.volume, rec.number, rec.pages) == (
        "Circulation", 2019, "294", "12", "4567--4578")  # fmt: skip
    assert rec.type == "article"


def test_vancouver_group_author_and_article_kind() -> None:
    rec = parse(
        "Ramanathan PN, Hughes-Wright DL; HFpEF-CARE Investigators. Why diastolic dysfunction "
        "deserves its own trials [editorial]. Lancet. 2022;399(10331):1234-45."
    )
    assert people(rec)[-1] == "|HFpEF-CARE Investigators"
    assert rec.title == "Why diastolic dysfunction deserves its own trials"
    assert "Editorial" in rec.notes


def test_vancouver_chapter_with_editors_edition_and_place() -> None:
    rec = parse(
        "Ramanathan PN, Smith JR. Calcium handling in the failing heart. In: Hill JA, Olson EN, "
        "editors. Muscle: Fundamental Biology and Mechanisms of Disease. 2nd ed. London: "
        "Academic Press; 2020. p. 455-70."
    )
    assert rec.type == "incollection"
    assert [str(p) for p in rec.editors] == ["J. A. Hill", "E. N. Olson"]
    assert rec.venue == "Muscle: Fundamental Biology and Mechanisms of Disease"
    assert (rec.edition, rec.publisher, rec.address) == ("2", "Academic Press", "London")
    assert (rec.year, rec.pages) == (2020, "455--470")


def test_chicago_single_family_first_author_and_edited_by_chapter() -> None:
    rec = parse_md(
        "Hohenberg, Clara M. 2019. “Famine and the State in Old Regime France.” In *The Oxford "
        "Handbook of the Economic History of Famine*, edited by Cormac Ó Gráda and Guido Alfani, "
        "211–36. Oxford: Oxford University Press."
    )
    assert people(rec) == ["Clara M.|Hohenberg"]
    assert rec.type == "incollection"
    assert rec.venue == "The Oxford Handbook of the Economic History of Famine"
    assert [p.family for p in rec.editors] == ["Gráda", "Alfani"] or [
        p.family for p in rec.editors
    ] == ["Ó Gráda", "Alfani"]
    assert (rec.pages, rec.publisher, rec.address) == (
        "211--236",
        "Oxford University Press",
        "Oxford",
    )


def test_chicago_translated_title_is_a_remark() -> None:
    rec = parse(
        'Zhang, Wei, and Clara M. Hohenberg. 2020. "清代粮价与市场整合 [Grain Prices and Market '
        'Integration in Qing China]." 中国经济史研究 [Research in Chinese Economic History], '
        "no. 4: 33–48.",
        hint="article",
    )
    assert rec.title == "清代粮价与市场整合"
    assert rec.venue == "中国经济史研究"
    assert "Translated title: Grain Prices and Market Integration in Qing China" in rec.extra
    assert rec.warnings == ()


def test_chicago_thesis_school_and_report_institution() -> None:
    thesis = parse(
        'Hohenberg, Clara M. 2011. "Markets and Magistrates: Grain Policy in Burgundy, '
        '1750–1789." PhD diss., University of Chicago.'
    )
    assert (thesis.type, thesis.venue, thesis.year) == ("phdthesis", "University of Chicago", 2011)
    report = parse_md(
        "World Health Organization. 2020. *Historical Lessons from Influenza Pandemics*. Geneva: "
        "World Health Organization. (Lead historical consultant; chapters 2–4.)",
        hint="techreport",
    )
    assert report.type == "techreport"
    assert (report.venue, report.address) == ("World Health Organization", "Geneva")
    assert "Lead historical consultant; chapters 2–4" in report.extra


def test_apa_in_press_and_submitted_manuscript_brackets() -> None:
    rec = parse(
        "Castellanos, H. E., Zhang, W., & Li, X. (in press). Longitudinal effects of classroom "
        "goal structures on help-seeking. Journal of Experimental Education."
    )
    assert people(rec) == ["H. E.|Castellanos", "W.|Zhang", "X.|Li"]
    assert rec.title == "Longitudinal effects of classroom goal structures on help-seeking"
    assert (rec.status, rec.year) == ("forthcoming", None)
    sub = parse(
        "Castellanos, H. E., & O'Connor-Hale, S. (2024). Belonging uncertainty and persistence "
        "in STEM majors [Manuscript submitted for publication]. Department of Educational "
        "Psychology, Lakeshore State University."
    )
    assert sub.title == "Belonging uncertainty and persistence in STEM majors"
    assert sub.status == "under review"


def test_apa_book_edition_and_dissertation_school() -> None:
    book = parse(
        "Müller-Brandt, K., & Castellanos, H. E. (2015). Research methods in educational "
        "psychology (2nd ed.). SAGE Publications.",
        hint="book",
    )
    assert (book.title, book.edition) == ("Research methods in educational psychology", "2")
    thesis = parse(
        "Castellanos, H. E. (2014). Working memory and mathematical problem solving in "
        "adolescents [Doctoral dissertation, University of Michigan]. ProQuest Dissertations "
        "and Theses Global."
    )
    assert (thesis.type, thesis.venue) == ("phdthesis", "University of Michigan")


def test_ieee_thesis_school_skips_department_and_place() -> None:
    rec = parse(
        '[13] R. T. Oyelaran, "Learning geometry for autonomous perception," Ph.D. '
        "dissertation, Dept. Informatics, Tech. Univ. Munich, Munich, Germany, 2017."
    )
    assert (rec.type, rec.venue, rec.year) == ("phdthesis", "Tech. Univ. Munich", 2017)


def test_year_inside_a_venue_parenthesis_is_kept() -> None:
    rec = parse_md(
        "Zahra Atashgahi, Shiwei Liu. *A Brain-inspired Algorithm for Training Highly Sparse "
        "Neural Networks*. Machine Learning Journal (ECML-PKDD 2022 journal track)."
    )
    assert rec.year == 2022
    assert "Journal Track" in rec.notes


@pytest.mark.parametrize(
    ("text", "authors", "title", "venue", "volume", "pages"),
    [
        (  # Nature
            "Smith, J., Jones, A. & Brown, C. Quantum spin liquids in frustrated magnets. "
            "Nat. Phys. 12, 345–350 (2016).",
            ["J.|Smith", "A.|Jones", "C.|Brown"],
            "Quantum spin liquids in frustrated magnets",
            "Nature Physics",
            "12",
            "345--350",
        ),
        (  # Harvard, single quotes
            "Smith, J. and Jones, A. (2016) 'Urban heat islands and public health', "
            "Environmental Research, 12(3), pp. 1–10.",
            ["J.|Smith", "A.|Jones"],
            "Urban heat islands and public health",
            "Environmental Research",
            "12",
            "1--10",
        ),
        (  # biology journals
            "Smith J, Jones A. 2016. Evolution of cooperation in microbial communities. "
            "Proc R Soc B 283:20160123.",
            ["J.|Smith", "A.|Jones"],
            "Evolution of cooperation in microbial communities",
            "Proceedings of the Royal Society B: Biological Sciences",
            "283",
            "20160123",
        ),
        (  # ABNT (Brazil)
            "SMITH, J.; JONES, A. Análise de redes sociais. Revista Brasileira de Computação, "
            "v. 10, n. 2, p. 33-47, 2016.",
            ["J.|Smith", "A.|Jones"],
            "Análise de redes sociais",
            "Revista Brasileira de Computação",
            "10",
            "33--47",
        ),
    ],
)
def test_journal_styles_of_other_fields(
    text: str, authors: list[str], title: str, venue: str, volume: str, pages: str
) -> None:
    rec = parse(text)
    assert people(rec) == authors
    assert (rec.title, rec.venue, rec.volume, rec.pages) == (title, venue, volume, pages)
    assert (rec.type, rec.year) == ("article", 2016)


def test_a_parenthesised_italic_remark_is_not_the_title() -> None:
    rec = parse_md(
        "T. Nguyen, A. Kowalski. Scalable Bayesian optimization. *ICML*, 2021. *(Long talk)*"
    )
    assert rec.title == "Scalable Bayesian optimization"
    assert people(rec) == ["T.|Nguyen", "A.|Kowalski"]
    assert rec.notes == ("Long Talk",)


def test_economics_with_coauthors_and_letter_pages() -> None:
    rec = parse(
        '"Do Job Training Programs Work?" (with David Okafor and Wei Zhang), '
        "Journal of Labor Economics, 2016, 34(S1): S211-S249."
    )
    assert rec.title == "Do Job Training Programs Work?"
    assert people(rec) == ["David|Okafor", "Wei|Zhang"]
    assert rec.span("coauthors") is not None
    assert (rec.venue, rec.volume, rec.number, rec.pages) == (
        "Journal of Labor Economics",
        "34",
        "S1",
        "S211--S249",
    )


def test_numbered_working_paper_is_a_report() -> None:
    rec = parse('"Remote Work and Wage Compression," NBER Working Paper No. 29876, 2022.')
    assert (rec.type, rec.venue, rec.number, rec.year) == (
        "techreport",
        "NBER Working Paper",
        "29876",
        2022,
    )


def test_vancouver_month_day_and_e_pages() -> None:
    rec = parse_md(
        "Okonkwo C, Raman P. Sex differences in troponin thresholds. "
        "*Circulation*. 2021 Mar 2;143(9):e512-e525. PMCID: PMC7901234."
    )
    assert people(rec) == ["C.|Okonkwo", "P.|Raman"]
    assert (rec.venue, rec.year, rec.month) == ("Circulation", 2021, 3)
    assert (rec.volume, rec.number, rec.pages) == ("143", "9", "e512--e525")


def test_vancouver_lone_author_chapter_with_italic_book() -> None:
    rec = parse_md(
        "Raman P. Heart failure with preserved ejection fraction: a clinical update. "
        "In: Mann DL, Zipes DP, eds. *Braunwald's Heart Disease*. 12th ed. "
        "Philadelphia, PA: Elsevier; 2022:1012-1030."
    )
    assert people(rec) == ["P.|Raman"]
    assert rec.title == "Heart failure with preserved ejection fraction: a clinical update"
    assert (rec.type, rec.venue, rec.publisher) == (
        "incollection",
        "Braunwald's Heart Disease",
        "Elsevier",
    )
    assert [e.family for e in rec.editors] == ["Mann", "Zipes"]


def test_vancouver_title_with_a_colon_after_the_authors() -> None:
    rec = parse(
        "Raman P, Dhillon G. Editorial: the promise of risk scores. Eur Heart J. 2020;41:220-2."
    )
    assert people(rec) == ["P.|Raman", "G.|Dhillon"]
    assert rec.title == "Editorial: the promise of risk scores"


def test_physics_bold_volume_and_article_number() -> None:
    text = (
        "E. Kovac and T. Nakamura, “Two-loop matching for the SMEFT at dimension eight,” "
        "Nucl. Phys. B 970 (2021) 115489, arXiv:2101.01234 [hep-ph]."
    )
    at = text.index("970")
    rec = parse_md(text, bold=((at, at + 3),))
    assert (rec.type, rec.venue, rec.volume, rec.pages, rec.year) == (
        "article",
        "Nucl. Phys. B",
        "970",
        "115489",
        2021,
    )
    assert rec.arxiv == "2101.01234"


def test_collaboration_author_and_arxiv_year() -> None:
    rec = parse("ATLAS Collaboration, G. Aad et al., “Search for new phenomena,” arXiv:2401.05678.")
    assert people(rec) == ["|ATLAS Collaboration", "G.|Aad"]
    assert (rec.type, rec.year, rec.status) == ("misc", 2024, "preprint")


def test_german_author_year_colon_and_hg_editors() -> None:
    rec = parse(
        "Schulze-Brandt, Katharina (2020): Care-Arbeit im Wandel. In: Lessenich, Stephan; "
        "Dörre, Klaus (Hg.): Handbuch Arbeitssoziologie. Wiesbaden: Springer VS, S. 233–252."
    )
    assert (rec.title, rec.year, rec.type) == ("Care-Arbeit im Wandel", 2020, "incollection")
    assert (rec.venue, rec.publisher, rec.address, rec.pages) == (
        "Handbuch Arbeitssoziologie",
        "Springer VS",
        "Wiesbaden",
        "233--252",
    )
    assert [e.family for e in rec.editors] == ["Lessenich", "Dörre"]


def test_book_subtitle_sentence_before_the_place() -> None:
    rec = parse(
        "Schulze-Brandt, Katharina (2019): Arbeit und Anerkennung. Eine Soziologie der "
        "Pflegeberufe. Frankfurt am Main: Campus Verlag.",
        hint="book",
    )
    assert rec.title == "Arbeit und Anerkennung. Eine Soziologie der Pflegeberufe"
    assert (rec.publisher, rec.address, rec.venue) == ("Campus Verlag", "Frankfurt am Main", None)


def test_dblp_names_colon_title_and_acm_article_pages() -> None:
    rec = parse(
        "Pedro Alves, Rahul Menon, Mei-Ling Wu: Survey of Learned Database Components. "
        "ACM Comput. Surv. 55(9): 181:1-181:36 (2023)"
    )
    assert people(rec) == ["Pedro|Alves", "Rahul|Menon", "Mei-Ling|Wu"]
    assert rec.title == "Survey of Learned Database Components"
    assert (rec.volume, rec.number, rec.pages, rec.year) == ("55", "9", "181:1--181:36", 2023)
    # a one-word name before a colon is a title's name, not an author
    rec = parse("Hanayo: Harnessing Wave-like Pipeline Parallelism. Ziming Liu. SC 2023.")
    assert rec.title.startswith("Hanayo: ")


def test_acs_year_volume_pages() -> None:
    rec = parse_md(
        "Nguyen, T. B.; Park, S. Mechanistic Insight into Borylation. "
        "*Angew. Chem. Int. Ed.* 2022, *61*, e202201234."
    )
    assert (rec.year, rec.volume, rec.pages, rec.type) == (2022, "61", "e202201234", "article")
    rec = parse(
        "Hoffmann-Okoro, L.; Wright, D. E. Coupling in Flow. Org. Lett. 2020, 22 (5), 1801–1805."
    )
    assert (rec.year, rec.volume, rec.number, rec.pages) == (2020, "22", "5", "1801--1805")


def test_ams_pages_that_look_like_years_and_a_book_series() -> None:
    text = "M. Kowalska and J. Ng, Bounded generation, Duke Math. J. 170 (2021), no. 9, 1987–2030."
    at, title = text.index("170"), text.index("Bounded")
    rec = parse(text, bold=((at, at + 3),), italic=((title, title + 18),))
    assert (rec.year, rec.volume, rec.number, rec.pages) == (2021, "170", "9", "1987--2030")
    rec = parse_md(
        "T. W. Zielinski, *Lectures on Kazhdan's property (T)*, Graduate Texts in Mathematics, "
        "vol. 284, Springer, Cham, 2022."
    )
    assert (rec.type, rec.publisher, rec.volume) == ("book", "Springer", "284")
    assert "Series: Graduate Texts in Mathematics" in rec.extra


def test_book_edition_and_publisher_place_after_the_editors() -> None:
    rec = parse(
        "Ferreira, M.J. (2020). Pollinator networks under climate change. In: Kearns, C. & "
        "Inouye, D. (eds.) Pollination Biology, 2nd edition. Springer, Cham. pp. 211-236."
    )
    assert (rec.type, rec.venue, rec.edition) == ("incollection", "Pollination Biology", "2")
    assert (rec.publisher, rec.address, rec.pages) == ("Springer", "Cham", "211--236")


def test_spanish_and_french_author_lists_and_en_editors() -> None:
    rec = parse(
        "Fernández Ortega, L., Ruiz, P. y Gómez-Sánchez, M. (2021). Dinámica del lince. "
        "Revista de Ecología, 45(2), 113-129."
    )
    assert people(rec) == ["L.|Fernández Ortega", "P.|Ruiz", "M.|Gómez-Sánchez"]
    text = (
        "Fernández Ortega, L. (2018). Conservación de especies. En: J. Pérez y R. Díaz (Eds.), "
        "Biología de la conservación (pp. 201-230). Madrid: Ediciones Académicas."
    )
    a = text.index("Biología")
    rec = parse(text, italic=((a, a + len("Biología de la conservación")),))
    assert (rec.type, rec.title, rec.venue) == (
        "incollection",
        "Conservación de especies",
        "Biología de la conservación",
    )
    assert [e.family for e in rec.editors] == ["Pérez", "Díaz"]
    rec = parse("C. Dubois, J. Marchand et A. Leroy, « Optimisation distribuée », Annales, 2020.")
    assert people(rec) == ["C.|Dubois", "J.|Marchand", "A.|Leroy"]


def test_bold_title_first_and_an_italic_status_is_no_title() -> None:
    text = "Scaling Laws for Sparse Experts. Kai Zhou, Priya Nair. Under submission, 2024."
    u = text.index("Under")
    rec = parse(text, bold=((0, 31),), italic=((u, u + 16),))
    assert rec.title == "Scaling Laws for Sparse Experts"
    assert people(rec) == ["Kai|Zhou", "Priya|Nair"]
    assert rec.status == "under review"
    rec = parse(
        "Token Curriculum. Priya Nair, Kai Zhou. In Findings of EMNLP 2023.", bold=((0, 16),)
    )
    assert (rec.findings, rec.year) == (True, 2023)


def test_apa_italic_journal_before_its_volume_is_no_title_and_a_publisher_makes_a_book() -> None:
    rec = parse_md(
        "Dlamini, T., & Mbeki, G. N. (2019). Spatial models for malaria incidence. "
        "*Statistics in Medicine*, *38*(11), 2001–2015."
    )
    assert (rec.title, rec.venue, rec.volume, rec.number) == (
        "Spatial models for malaria incidence",
        "Statistics in Medicine",
        "38",
        "11",
    )
    rec = parse_md("Mbeki, G. N. (2020). *Hierarchical models for surveillance*. CRC Press.")
    assert (rec.type, rec.title, rec.publisher) == (
        "book",
        "Hierarchical models for surveillance",
        "CRC Press",
    )


def test_physics_volume_article_number_year_without_bold() -> None:
    rec = parse_md(
        "D. Levi, M. Cohen, and S. Katz. Error mitigation on NISQ devices. "
        "*Physical Review X* 13, 021012 (2023)."
    )
    assert people(rec) == ["D.|Levi", "M.|Cohen", "S.|Katz"]
    assert (rec.venue, rec.volume, rec.pages, rec.year) == (
        "Physical Review X",
        "13",
        "021012",
        2023,
    )


def test_bluebook_law_review_articles_and_chapters() -> None:
    rec = parse_md("*Privacy as Trust*, 58 Wm. & Mary L. Rev. 431 (2016).")
    assert (rec.title, rec.venue, rec.volume, rec.pages, rec.year) == (
        "Privacy as Trust",
        "Wm. & Mary L. Rev.",
        "58",
        "431",
        2016,
    )
    rec = parse_md(
        "*The Administrative State After Loper Bright*, 136 Harv. L. Rev. 501 (2023) "
        "(with Daniel Hsu)."
    )
    assert rec.title == "The Administrative State After Loper Bright"
    assert people(rec) == ["Daniel|Hsu"] and rec.span("coauthors")
    rec = parse_md(
        "*Data Protection in the United States*, in The Cambridge Handbook of Information Law 211 "
        "(Ana Ruiz ed., 2021)."
    )
    assert (rec.type, rec.venue, rec.pages, rec.year) == (
        "incollection",
        "The Cambridge Handbook of Information Law",
        "211",
        2021,
    )
    assert [e.family for e in rec.editors] == ["Ruiz"]


def test_chicago_volume_issue_year_pages() -> None:
    rec = parse('"Testimony and Epistemic Trust." Philosophical Review 128, no. 2 (2019): 189–224.')
    assert (rec.venue, rec.volume, rec.number, rec.pages, rec.year) == (
        "The Philosophical Review",
        "128",
        "2",
        "189--224",
        2019,
    )


def test_apa_chapter_with_edition_and_pages_in_one_parenthesis() -> None:
    rec = parse_md(
        "Raman, P. (2020). Query processing on GPUs. In J. Smith & L. Wong (Eds.), *Handbook of "
        "Data Systems* (2nd ed., pp. 211–240). Springer."
    )
    assert rec.type == "incollection"
    assert (rec.venue, rec.edition, rec.pages) == ("Handbook of Data Systems", "2", "211--240")
    assert rec.publisher == "Springer"


def test_apa_book_with_edition_names_its_publisher() -> None:
    rec = parse_md(
        "Raman, P., & Lee, K. (2018). *Designing data systems* (3rd ed.). O'Reilly Media."
    )
    assert (rec.type, rec.title, rec.edition) == ("book", "Designing data systems", "3")
    assert (rec.publisher, rec.venue) == ("O'Reilly Media", None)


def test_numbered_report_with_place_and_institution() -> None:
    rec = parse(
        "Lindqvist, J. (2018) Forest monitoring in Norrbotten 2010-2017. Report 2018:4. Umeå: "
        "Swedish University of Agricultural Sciences."
    )
    assert (rec.type, rec.number, rec.year) == ("techreport", "2018:4", 2018)
    assert (rec.venue, rec.address) == ("Swedish University of Agricultural Sciences", "Umeå")
    assert rec.title == "Forest monitoring in Norrbotten 2010-2017"


def test_acm_journal_pages_that_start_like_years_and_month() -> None:
    rec = parse_md(
        "Tomás Oliveira and Priya Raman. 2021. Adaptive Compaction for LSM-Trees. *Proc. VLDB "
        "Endow.* 14, 11 (July 2021), 2071–2083."
    )
    assert (rec.type, rec.venue_short) == ("article", "PVLDB")
    assert (rec.volume, rec.number, rec.pages, rec.month) == ("14", "11", "2071--2083", 7)


def test_italic_findings_venue_after_a_plain_title_is_no_title() -> None:
    rec = parse_md(
        "S. Ito, K. Watanabe. Multilingual Dense Passage Retrieval for Low-Resource Languages. "
        "*Findings of EMNLP 2023*."
    )
    assert rec.title == "Multilingual Dense Passage Retrieval for Low-Resource Languages"
    assert (rec.type, rec.venue_short, rec.findings) == ("inproceedings", "EMNLP", True)


@pytest.mark.parametrize(
    ("text", "title", "authors", "venue"),
    [
        (
            "Deep kernel learning for tabular data, A. Gupta, R. Iyer, S. Menon, NeurIPS 2021.",
            "Deep kernel learning for tabular data",
            ["A.|Gupta", "R.|Iyer", "S.|Menon"],
            "NeurIPS",
        ),
        (
            "Fast approximate inference in Gaussian processes, A. Gupta and R. Iyer, Journal of "
            "Machine Learning Research, vol. 22, 2021.",
            "Fast approximate inference in Gaussian processes",
            ["A.|Gupta", "R.|Iyer"],
            "JMLR",
        ),
        (
            "Bayesian optimization with unknown constraints, R. Iyer, A. Gupta, ICML, 2019, "
            "pp. 1200-1209.",
            "Bayesian optimization with unknown constraints",
            ["R.|Iyer", "A.|Gupta"],
            "ICML",
        ),
    ],
)
def test_comma_only_entries_written_title_first(
    text: str, title: str, authors: list[str], venue: str
) -> None:
    rec = parse(text)
    assert (rec.title, people(rec), rec.venue_short) == (title, authors, venue)


def test_in_preparation_is_a_manuscript_with_a_note() -> None:
    rec = parse("W. Zhang. On the expressivity of temporal GNNs. In preparation.")
    assert (rec.title, rec.venue, rec.status) == (
        "On the expressivity of temporal GNNs",
        None,
        "preprint",
    )
    assert rec.notes == ("In preparation",)


def test_electronic_article_number_ranges_are_pages() -> None:
    rec = parse(
        "Hernández, S. (2018). Range shifts in a warming ocean. Global Change Biology, 24(2), "
        "e512–e525."
    )
    assert (rec.volume, rec.number, rec.pages) == ("24", "2", "e512--e525")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Bello, A. “Remittances and School Enrollment,” revise and resubmit at *Journal of "
            "Human Resources*.",
            "Journal of Human Resources",
        ),
        (
            "Bello, A. (2024). Remittances and School Enrollment. Under review at Management "
            "Science.",
            "Management Science",
        ),
    ],
)
def test_journal_a_paper_is_under_review_at_is_a_remark(text: str, target: str) -> None:
    rec = parse_md(text)
    assert (rec.title, rec.status, rec.venue) == (
        "Remittances and School Enrollment",
        "under review",
        None,
    )
    assert f"Submitted to {target}" in rec.extra


def test_comma_only_entry_with_a_journal_and_its_volume() -> None:
    rec = parse(
        "Gupta A, Iyer R, Deep kernel learning for tabular data, Pattern Recognition 120, 2021"
    )
    assert (rec.title, rec.venue, rec.volume, rec.year) == (
        "Deep kernel learning for tabular data",
        "Pattern Recognition",
        "120",
        2021,
    )


@pytest.mark.parametrize(
    ("text", "rtype", "title", "venue"),
    [
        (
            "Zhang W, Li M, Wang H. Deep learning for traffic flow prediction[J]. IEEE "
            "Transactions on Intelligent Transportation Systems, 2021, 22(3): 1523-1535.",
            "article",
            "Deep learning for traffic flow prediction",
            "IEEE Transactions on Intelligent Transportation Systems",
        ),
        (
            "Li M, Zhang W. Graph attention networks for ride-hailing demand[C]//Proceedings of "
            "the 27th ACM SIGKDD Conference on Knowledge Discovery and Data Mining. New York: "
            "ACM, 2021: 1011-1020.",
            "inproceedings",
            "Graph attention networks for ride-hailing demand",
            "ACM SIGKDD Conference on Knowledge Discovery and Data Mining",
        ),
        (
            "Zhang W. Spatio-temporal learning for urban computing[D]. Beijing: Tsinghua "
            "University, 2019.",
            "phdthesis",
            "Spatio-temporal learning for urban computing",
            "Tsinghua University",
        ),
        (
            "Wang H, Zhang W. Urban Computing: Methods and Applications[M]. Beijing: Science "
            "Press, 2022.",
            "book",
            "Urban Computing: Methods and Applications",
            None,
        ),
    ],
)
def test_gbt_7714_type_markers(text: str, rtype: str, title: str, venue: str | None) -> None:
    rec = parse(text)
    assert (rec.type, rec.title, rec.venue) == (rtype, title, venue)
    assert rec.year in (2019, 2021, 2022)


def test_chinese_names_parted_by_commas_are_people() -> None:
    rec = parse(
        "张伟, 李明. 基于深度学习的交通流预测方法研究[J]. 计算机学报, 2020, 43(5): 901-915."
    )
    assert [(p.family, p.given) for p in rec.authors] == [("张", "伟"), ("李", "明")]
    assert (rec.type, rec.venue, rec.volume, rec.number, rec.pages) == (
        "article",
        "计算机学报",
        "43",
        "5",
        "901--915",
    )


def test_a_journal_keeps_its_ordinal_a_conference_drops_its_edition() -> None:
    journal = parse(
        "Lowenthal, Beatrix A. “Ledgers of Grace.” Sixteenth Century Journal 45, no. 4 (2014): 901–925."
    )
    assert journal.venue == "Sixteenth Century Journal"
    event = parse("J. Doe. 2019. A title here. In The 12th Annual Conference on Things, pp. 1-10.")
    assert event.venue == "Annual Conference on Things"


@pytest.mark.parametrize(
    ("text", "venue", "number", "pages", "extra"),
    [
        (  # AMS: a double issue and a MathSciNet number
            'T. Okafor, "Heights on conic bundles", Math. Ann. 381 (2021), no. 1-2, 233–270. MR4238765',
            "Mathematische Annalen",
            "1-2",
            "233--270",
            ("MR4238765",),
        ),
        (  # APA 7: Oxford's article numbers mix letters and digits
            "Kim, H.-J., & Okonkwo-Hart, R. L. (2023). Sleep and rumination in youth. Sleep, 46(7), Article zsad102.",
            "Sleep",
            "7",
            "zsad102",
            (),
        ),
        (  # Cell Press: supplementary pages after the last one
            "Menon KR, Lee C. Spatial atlas of the kidney. Cell. 2021;184(12):3245-62.e18.",
            "Cell",
            "12",
            "3245--3262.e18",
            (),
        ),
    ],
)
def test_what_follows_the_volume_stays_out_of_the_venue(
    text: str, venue: str, number: str, pages: str, extra: tuple[str, ...]
) -> None:
    rec = parse(text)
    assert (rec.venue, rec.number, rec.pages, rec.extra) == (venue, number, pages, extra)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # APA: a quoted phrase opens the title, the subtitle follows the colon
            "Brennan, C. E. (2020). “Nothing works”: Patients on insomnia care. Sleep, 18(4), 512–525.",
            "“Nothing works”: Patients on insomnia care",
        ),
        (  # Chicago: a quotation inside the quoted title
            "Lowenthal, B. “‘A True and Faithful Account’: Auditors and the Mint.” Journal of Modern History 90, no. 3 (2018): 512–540.",
            "‘A True and Faithful Account’: Auditors and the Mint",
        ),
        (  # "(in press)." leaves a stop behind that is no title
            "Okonkwo-Hart, R. L. (in press). Insomnia in adolescents. In S. R. Mendez & J. Whitfield (Eds.), Clinical handbook of pediatric sleep. American Psychological Association.",
            "Insomnia in adolescents",
        ),
    ],
)
def test_titles_with_quotes_inside_and_after_in_press(text: str, title: str) -> None:
    assert parse(text).title == title


@pytest.mark.parametrize(
    ("text", "coauthors"),
    [
        (  # Chicago: a capitalised "With" after the quoted title
            "“Debt and Dowry in Verona.” With Chiara Benedetti. In Marriage and Law in Italy, edited by Thomas Kuehn, 133–158. Florence: Firenze University Press, 2017.",
            ["Chiara|Benedetti"],
        ),
        (  # an unbracketed list of several co-authors, initials inside
            '"Do Noncompete Bans Raise Wages?," with Rachel O\'Connell, Daniel K. Mwangi and Tomás Herrera-Salgado. Revise and resubmit at Journal of Labor Economics.',
            ["Rachel|O'Connell", "Daniel K.|Mwangi", "Tomás|Herrera-Salgado"],
        ),
    ],
)
def test_with_coauthors(text: str, coauthors: list[str]) -> None:
    rec = parse(text)
    assert people(rec) == coauthors and rec.span("coauthors") is not None


def test_a_single_editor_with_ed() -> None:
    rec = parse(
        "Lowenthal, Beatrix A., ed. Coin and Conscience: Money and Morality in Renaissance "
        "Europe. Leiden: Brill, 2016."
    )
    assert (rec.type, rec.title, rec.authors) == (
        "book",
        "Coin and Conscience: Money and Morality in Renaissance Europe",
        (),
    )
    assert [str(p) for p in rec.editors] == ["Beatrix A. Lowenthal"]
    assert (rec.publisher, rec.address) == ("Brill", "Leiden")


def test_chicago_lone_author_with_a_middle_initial_before_a_comma_title() -> None:
    rec = parse(
        "Lowenthal, Beatrix A. Salt, Silver, and Sovereignty: The Habsburg Mint at Hall, "
        "1477–1618. Ithaca, NY: Cornell University Press, 2019."
    )
    assert people(rec) == ["Beatrix A.|Lowenthal"]
    assert rec.title == "Salt, Silver, and Sovereignty: The Habsburg Mint at Hall, 1477–1618"


def test_epub_date_is_a_remark_not_the_issue_date() -> None:
    rec = parse(
        "van der Linden AP, Castellanos HM. Machine learning-derived phenotypes of acute heart "
        "failure. Eur Heart J. 2024 Feb 7;45(6):455-67. Epub 2023 Dec 1."
    )
    assert (rec.venue, rec.year, rec.volume, rec.pages) == (
        "European Heart Journal",
        2024,
        "45",
        "455--467",
    )
    assert "Epub 2023 Dec 1" in rec.extra


@pytest.mark.parametrize(
    ("text", "rtype"),
    [
        (  # AMS: "to appear" after an abbreviated journal
            "T. Nakagawa and J. Lindström, *Counting points on stacky curves over number fields*, Trans. Amer. Math. Soc., to appear.",
            "article",
        ),
        (  # a proceedings series with volume and pages is no journal
            "T. Nakagawa, *Heights on conic bundles*, Proc. Sympos. Pure Math., vol. 97, Amer. Math. Soc., Providence, RI, 2018, pp. 355–380.",
            "inproceedings",
        ),
    ],
)
def test_types_from_abbreviated_venues(text: str, rtype: str) -> None:
    assert parse_md(text).type == rtype


def test_unabbreviated_j_still_names_a_journal() -> None:
    rec = parse(
        "Castellanos HM, Okafor C, Rossi M. Hemodynamic predictors of right ventricular failure "
        "after LVAD implantation: a multicenter cohort study. J Am Coll Cardiol. In press 2025."
    )
    assert (rec.type, rec.status, rec.venue) == (
        "article",
        "forthcoming",
        "Journal of the American College of Cardiology",
    )


@pytest.mark.parametrize(
    ("text", "venue", "short", "address"),
    [
        (
            'M. Chen and T. Wieczorek, "Sparse radar imaging," in Proc. IEEE Radar Conf. (RadarConf), San Antonio, TX, USA, May 2023, pp. 1-6.',
            "Proc. IEEE Radar Conf.",
            "RadarConf",
            "San Antonio, TX, USA",
        ),
        (
            'A. Nowak, "Blind deconvolution," in Proc. Asilomar Conf. Signals, Syst., Comput., Pacific Grove, CA, USA, Nov. 2020, pp. 100-104.',
            "Proc. Asilomar Conf. Signals, Syst., Comput.",
            None,
            "Pacific Grove, CA, USA",
        ),
        (
            'A. Nowak, "Blind deconvolution," in Proc. IEEE SPAWC, Cannes, France, 2019.',
            "Proc. IEEE SPAWC",
            "SPAWC",
            "Cannes, France",
        ),
    ],
)
def test_an_unknown_conference_its_acronym_and_where_it_was_held(
    text: str, venue: str, short: str | None, address: str
) -> None:
    rec = parse(text)
    assert (rec.type, rec.venue, rec.venue_short, rec.address) == (
        "inproceedings",
        venue,
        short,
        address,
    )


def test_ieee_book_chapter_with_editor_place_and_chapter_number() -> None:
    rec = parse(
        'T. R. Wieczorek and H. Nakamura, "Sub-Nyquist sampling for cognitive radio receivers," '
        "in Compressed Sensing in Radio Systems, Y. C. Eldar, Ed. Cambridge, U.K.: Cambridge "
        "Univ. Press, 2019, ch. 7, pp. 201–236."
    )
    assert (rec.type, rec.venue, rec.publisher, rec.address) == (
        "incollection",
        "Compressed Sensing in Radio Systems",
        "Cambridge Univ. Press",
        "Cambridge, U.K.",
    )
    assert [str(p) for p in rec.editors] == ["Y. C. Eldar"]
    assert (rec.volume, rec.pages, rec.extra) == (None, "201--236", ("Chapter 7",))


def test_a_question_title_goes_on_with_its_subtitle() -> None:
    rec = parse(
        "I. Valcourt and K. Brenner. What makes a rumor stick? Modeling belief persistence in "
        "online discussions. In Proc. of ACL, 2019."
    )
    assert (
        rec.title == "What makes a rumor stick? Modeling belief persistence in online discussions"
    )
    assert (
        parse("J. Doe. Is attention all you need? Nature 2020.").title
        == "Is attention all you need?"
    )


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # high-energy physics: journal, volume, (year), page, then the arXiv id
            "ATLAS Collaboration, G. Aad et al., Observation of an excess in the search for heavy neutral leptons, Phys. Lett. B 716 (2012) 1, arXiv:1207.7214 [hep-ex].",
            {
                "type": "article",
                "venue": "Physics Letters B",
                "volume": "716",
                "pages": "1",
                "year": 2012,
                "arxiv": "1207.7214",
            },
        ),
        (  # Proceedings of Science: the conference and its year in the identifier
            "H. Dvořák, Searches for long-lived particles with the ATLAS detector, PoS(ICHEP2020)123.",
            {
                "type": "inproceedings",
                "venue": "PoS",
                "volume": "ICHEP2020",
                "pages": "123",
                "year": 2020,
            },
        ),
        (  # a dotted arXiv category is no venue
            "M. Smith, Calibration of the tracker, JINST 16 (2021) P04003, arXiv:2101.01234 [physics.ins-det].",
            {"venue": "JINST", "volume": "16", "pages": "P04003", "arxiv": "2101.01234"},
        ),
        (  # journal rankings are remarks
            "Smith, J. and Jones, K. (2019) 'Title of article', Academy of Management Journal, 62(4), pp. 789–812 (FT50).",
            {"venue": "Academy of Management Journal", "extra": ("FT50",)},
        ),
    ],
)
def test_physics_references_and_rankings(text: str, fields: dict[str, object]) -> None:
    rec = parse(text)
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


def test_abnt_congress_paper_chapter_and_trailing_particle() -> None:
    paper = parse(
        "LIMA, B. O.; CARVALHO, R. A. M.; SANTOS, P. H. dos. Bancada didática de baixo custo. "
        "In: CONGRESSO BRASILEIRO DE EDUCAÇÃO EM ENGENHARIA, 46., 2018, Salvador. Anais [...]. "
        "Brasília: ABENGE, 2018. p. 1-10."
    )
    assert people(paper) == ["B. O.|Lima", "R. A. M.|Carvalho", "P. H.|dos Santos"]
    assert (paper.type, paper.venue, paper.address, paper.publisher, paper.year) == (
        "inproceedings",
        "Congresso Brasileiro de Educação em Engenharia",
        "Salvador",
        "ABENGE",
        2018,
    )
    chapter = parse(
        "CARVALHO, R. A. M.; DIAS, L. F. Controle de microrredes. In: PRADO, M. V.; SOUZA, M. B. "
        "(Org.). Tópicos em Sistemas de Controle Modernos. 1. ed. Florianópolis: Editora da UFSC, "
        "2021. v. 2, p. 45-78."
    )
    assert (chapter.type, chapter.venue) == (
        "incollection",
        "Tópicos em Sistemas de Controle Modernos",
    )
    assert [str(p) for p in chapter.editors] == ["M. V. Prado", "M. B. Souza"]
    book = parse(
        "CARVALHO, R. A. M.; PRADO, M. V. Controle Preditivo: teoria e prática. 1. ed. "
        "Florianópolis: Editora da UFSC, 2022. 348 p."
    )
    assert (book.type, book.publisher, book.address, book.edition, book.venue) == (
        "book",
        "Editora da UFSC",
        "Florianópolis",
        "1",
        None,
    )
    # "(Org.)" after the names: they organised (edited) the volume
    edited = parse(
        "CARVALHO, R. A. M.; DIAS, L. F. (Org.). Microrredes Inteligentes: fundamentos, controle "
        "e operação. São Paulo: Blucher, 2019. 256 p."
    )
    assert (edited.type, edited.title, edited.publisher, edited.authors) == (
        "book",
        "Microrredes Inteligentes: fundamentos, controle e operação",
        "Blucher",
        (),
    )
    assert [str(p) for p in edited.editors] == ["R. A. M. Carvalho", "L. F. Dias"]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Rossi, M., Bianchi, L. (2024). Titolo dell'articolo sui materiali. Sottoposto a Physical Review Letters.",
            {
                "status": "under review",
                "type": "misc",
                "extra": ("Submitted to Physical Review Letters",),
            },
        ),
        (
            'T. Yamamoto and K. Sato, "Speech synthesis with prosody," IEICE Transactions on Information and Systems (Japanese Edition), vol. J101-D, no. 5, pp. 612-620, May 2018 (in Japanese).',
            {
                "venue": "IEICE Transactions on Information and Systems (Japanese Edition)",
                "volume": "J101-D",
                "extra": ("In Japanese",),
            },
        ),
        (
            'T. Yamamoto, "Prosody modeling," Journal of Information Processing (IPSJ), Vol. 29, pp. 1-10, 2021.',
            {"venue": "Journal of Information Processing", "venue_short": "IPSJ", "volume": "29"},
        ),
        (
            "Rossi, M. (2021). Titolo. In Proceedings of the IEEE International Conference on Nanotechnology (IEEE-NANO). IEEE.",
            {"type": "inproceedings", "venue_short": "IEEE-NANO", "publisher": "IEEE"},
        ),
    ],
)
def test_statuses_languages_and_acronyms(text: str, fields: dict[str, object]) -> None:
    rec = parse(text)
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


def test_a_japanese_translation_after_an_english_title() -> None:
    rec = parse(
        'T. Yamamoto and K. Sato, "Accent phrase boundary prediction with pretrained language '
        'models [事前学習済み言語モデルを用いたアクセント句境界予測]," IEICE Transactions on '
        "Information and Systems, vol. E104-D, no. 5, pp. 612-620, May 2021."
    )
    assert rec.title == "Accent phrase boundary prediction with pretrained language models"
    assert "Translated title: 事前学習済み言語モデルを用いたアクセント句境界予測" in rec.extra


def test_harvard_article_number_and_lower_case_in_before_editors() -> None:
    article = parse(
        "Hartley-Osei, R. and Van der Berg, P. (2020) 'Accounting for care', Accounting, "
        "Organizations and Society, 84, 101127. doi:10.1016/j.aos.2020.101127."
    )
    assert (article.type, article.venue, article.volume, article.pages) == (
        "article",
        "Accounting, Organizations and Society",
        "84",
        "101127",
    )
    chapter = parse(
        "Kowalczyk, M. and Hartley-Osei, R. (2019) 'Measuring social impact: a critical review', "
        "in Smith, J., Jones, K. and Wu, H. (eds.) Research Handbook on Social Innovation. 2nd "
        "edn. Cheltenham: Edward Elgar, pp. 98–117."
    )
    assert (chapter.type, chapter.venue, chapter.publisher, chapter.address, chapter.pages) == (
        "incollection",
        "Research Handbook on Social Innovation",
        "Edward Elgar",
        "Cheltenham",
        "98--117",
    )
    assert [str(p) for p in chapter.editors] == ["J. Smith", "K. Jones", "H. Wu"]


@pytest.mark.parametrize(
    ("venue", "place"),
    [
        ("Proc. X Conf., Łódź, Poland", "Łódź, Poland"),
        ("Proc. Y Symp., Rio de Janeiro, Brazil", "Rio de Janeiro, Brazil"),
        ("Proc. ICC, St. Louis, MO, USA", "St. Louis, MO, USA"),
        ("Proc. Z Workshop on Learning, Spain", "Spain"),
    ],
)
def test_conference_locations_with_accents_and_particles(venue: str, place: str) -> None:
    from cvbib.parse.entry import _split_location

    assert _split_location(venue)[1] == place


def test_dutch_statuses_in_the_apa_year_slot() -> None:
    rec = parse(
        "El Idrissi, S., & van der Linden, M. E. (in druk). Lokale netwerken en "
        "vrijwilligerswerk onder oudere migranten. Mens en Maatschappij."
    )
    assert (rec.title, rec.venue, rec.status) == (
        "Lokale netwerken en vrijwilligerswerk onder oudere migranten",
        "Mens en Maatschappij",
        "forthcoming",
    )
    assert [p.family for p in rec.authors] == ["El Idrissi", "van der Linden"]
    assert (
        parse("Jansen, P. (ingediend). Een titel van enige lengte hier.").status == "under review"
    )


@pytest.mark.parametrize("date", ["2023, March 14", "2023, 14 maart"])
def test_an_apa_date_closes_the_author_list(date: str) -> None:
    rec = parse(
        f"Linden, M. E., & Smith, J. ({date}). Waarom de buurt ertoe doet. Sociale Vraagstukken."
    )
    assert (rec.title, rec.year, len(rec.authors)) == ("Waarom de buurt ertoe doet", 2023, 2)


def test_a_title_case_sentence_after_a_sentence_case_title_is_the_journal() -> None:
    rec = parse("Smith, J. (2020). Learning to rank with partial labels. Information Retrieval.")
    assert (rec.title, rec.venue) == (
        "Learning to rank with partial labels",
        "Information Retrieval",
    )
    # a subtitle in sentence case stays with the title
    rec = parse("Smith, J. (2020). Learning to rank. With partial labels from crowds.")
    assert rec.title == "Learning to rank. With partial labels from crowds"


def test_a_possessive_ends_a_sentence() -> None:
    rec = parse(
        "van der Linden, M. E., & Dijkstra, P. (2021). Sociale cohesie in krimpregio's. In "
        "H. Bakker & K. de Wit (Red.), Leefbaarheid onder druk (pp. 23–41). Amsterdam "
        "University Press."
    )
    assert (rec.title, rec.type, rec.venue) == (
        "Sociale cohesie in krimpregio's",
        "incollection",
        "Leefbaarheid onder druk",
    )
    assert [p.family for p in rec.editors] == ["Bakker", "de Wit"]


def test_a_journal_with_a_colon_and_a_volume_is_no_place_and_publisher() -> None:
    rec = parse(
        "El Idrissi, S. (2020). Oudere migranten als vrijwilliger: Een onbenutte groep. "
        "Demos: Bulletin over Bevolking en Samenleving, 36(6), 4–6."
    )
    assert (rec.type, rec.venue, rec.publisher) == (
        "article",
        "Demos: Bulletin over Bevolking en Samenleving",
        None,
    )


@pytest.mark.parametrize(
    ("where", "kind"),
    [
        ("[Proefschrift]. Universiteit Utrecht", "phdthesis"),
        ("D.Phil. thesis, University of Oxford", "phdthesis"),
    ],
)
def test_theses_in_other_words(where: str, kind: str) -> None:
    rec = parse(f"Linden, M. E. (2013). Buren op afstand: Sociale cohesie in wijken. {where}.")
    assert rec.type == kind
    assert rec.venue in ("Universiteit Utrecht", "University of Oxford")


def test_student_marks_and_a_year_to_come() -> None:
    rec = parse(
        "Olsen, T.* and Nakamura, K. (2025+). Adaptive thresholding for covariance matrices. "
        "Annals of Statistics, to appear."
    )
    assert (rec.title, rec.year, rec.venue, rec.status) == (
        "Adaptive thresholding for covariance matrices",
        2025,
        "Annals of Statistics",
        "forthcoming",
    )
    assert [p.given for p in rec.authors] == ["T.", "K."]
    rec = parse(
        "Zhou, Y.* and Nakamura, K. Sequential testing with e-values. Under review at Biometrika."
    )
    assert rec.title == "Sequential testing with e-values"


def test_a_bold_volume_keeps_its_issue() -> None:
    text = "Müller, J. (2023). Conformal prediction. Journal of Things: Series B, 85(4), 1102–1127."
    at = text.index("85(")
    rec = parse(text, bold=((at, at + 2),))
    assert (rec.venue, rec.volume, rec.number, rec.pages) == (
        "Journal of Things: Series B",
        "85",
        "4",
        "1102--1127",
    )


def test_an_italic_venue_ending_an_author_year_entry() -> None:
    rec = parse_md(
        "Koç, E. and Nakamura, K. (2024). Conformal risk control under distribution shift. "
        "*NeurIPS 2024 Workshop on Distribution Shifts*."
    )
    assert (rec.title, rec.venue) == (
        "Conformal risk control under distribution shift",
        "NeurIPS Workshop on Distribution Shifts",  # the year is the entry's, not the name's
    )


def test_a_physics_volume_and_article_number_after_the_year() -> None:
    rec = parse(
        "Nowak, A. and Kowalski, M. (2021) Topological phases in twisted bilayers. "
        "Phys. Rev. B 104, 075129."
    )
    assert (rec.venue, rec.volume, rec.pages) == ("Physical Review B", "104", "075129")


def test_ama_entries_with_an_italic_journal() -> None:
    rec = parse_md(
        "Okafor CN, Nakamura T, Haddad R. Global longitudinal strain as a predictor of "
        "cardiotoxicity. *Circ Heart Fail*. In press."
    )
    assert (rec.title, rec.venue, rec.type, rec.status) == (
        "Global longitudinal strain as a predictor of cardiotoxicity",
        "Circ Heart Fail",
        "article",
        "forthcoming",
    )
    rec = parse_md(
        "Lindqvist E, Okafor CN. Cardiac magnetic resonance T1 mapping in amyloidosis. "
        "*Eur Heart J Cardiovasc Imaging*. 2022;23(5):612-620."
    )
    assert (rec.title, rec.venue, rec.volume) == (
        "Cardiac magnetic resonance T1 mapping in amyloidosis",
        "Eur Heart J Cardiovasc Imaging",
        "23",
    )


def test_published_online_is_a_remark_with_the_year() -> None:
    rec = parse_md(
        "Haddad R, Chen WL. Social vulnerability and readmission after heart failure. "
        "*J Am Heart Assoc*. Published online March 6, 2024."
    )
    assert (rec.venue, rec.year, rec.extra) == (
        "J Am Heart Assoc",
        2024,
        ("Published online March 6, 2024",),
    )


def test_an_award_in_italics_after_the_entry_is_no_title() -> None:
    rec = parse_md(
        "Lindqvist E, Okafor CN. Native T1 mapping for early detection of cardiotoxicity. "
        "*Eur Heart J*. 2020;41(suppl 2):ehaa946.0123. *Young Investigator Award finalist.*"
    )
    assert (rec.title, rec.venue, rec.pages) == (
        "Native T1 mapping for early detection of cardiotoxicity",
        "European Heart Journal",
        "ehaa946.0123",
    )


def test_a_remark_after_vancouver_numbers() -> None:
    rec = parse(
        "Okafor CN, Patel S. Social deprivation index [abstract]. Circulation. "
        "2023;148(suppl 1):A13452. Oral presentation, AHA Scientific Sessions 2023, Philadelphia, PA."
    )
    assert (rec.venue, rec.pages, rec.number) == ("Circulation", "A13452", "suppl 1")
    assert "Oral" in rec.notes
    assert rec.extra == ("Oral presentation, AHA Scientific Sessions 2023, Philadelphia, PA",)


def test_a_place_with_its_country_before_the_publisher() -> None:
    rec = parse_md(
        "Okafor CN, van der Linden P, eds. *Heart Failure With Preserved Ejection Fraction*. "
        "Cham, Switzerland: Springer; 2023."
    )
    assert (rec.type, rec.publisher, rec.address) == ("book", "Springer", "Cham, Switzerland")
    assert [p.family for p in rec.editors] == ["Okafor", "van der Linden"]


def test_art_history_entries() -> None:
    rec = parse_md(
        '"Doors That Speak: Inscribed Portals in the Veneto." *Word & Image* 41, no. 2 '
        "(forthcoming 2025)."
    )
    assert (rec.year, rec.status, rec.venue) == (2025, "forthcoming", "Word & Image")
    rec = parse_md('"Threshold Rites in Venice." *Studi veneziani* n.s. 68 (2013): 57–84.')
    assert (rec.venue, rec.volume) == ("Studi veneziani", "68")
    rec = parse_md(
        "*Carpaccio's Doors: Devotion and the Domestic Interior*. Exh. cat. Ann Arbor: "
        "University of Michigan Museum of Art, 2023."
    )
    assert (rec.type, rec.authors, rec.publisher) == (
        "book",
        (),
        "University of Michigan Museum of Art",
    )
    assert "Exhibition catalogue" in rec.extra
    rec = parse_md(
        "Review of *Murano Glass and Its Afterlives*, edited by Lucia Benedetti. "
        "*Journal of Glass Studies* 61 (2019): 301–303."
    )
    assert (rec.title, rec.type, rec.editors) == (
        "Review of Murano Glass and Its Afterlives, edited by Lucia Benedetti",
        "article",
        (),
    )
    rec = parse_md(
        '"Glass and Grace." In *Materiality and Devotion in the Adriatic World, 1300–1600*, '
        "edited by Anna Kowalska and Jean Moreau, 112–130. Leiden: Brill, 2021."
    )
    assert (rec.venue, rec.pages) == (
        "Materiality and Devotion in the Adriatic World, 1300–1600",
        "112--130",
    )


def test_co_authors_and_co_editors_named_before_or_after_the_title() -> None:
    rec = parse(
        'With Tomasz Wiśniewski. "Dalmatian Portals and the Lagoon Workshop." '
        "Mitteilungen des Kunsthistorischen Institutes 63, no. 2 (2021): 188–215."
    )
    assert [p.family for p in rec.authors] == ["Wiśniewski"]
    assert rec.span("coauthors") is not None
    rec = parse_md(
        "*Sacred Apertures: Windows and Doors in Early Modern Europe*. Edited with Jean "
        "Moreau. Turnhout: Brepols, 2022."
    )
    assert (rec.authors, [p.family for p in rec.editors]) == ((), ["Moreau"])


def test_a_journal_keeps_its_article_and_a_school_loses_it() -> None:
    assert parse_md(
        '"Knocking at the Gate." *The Art Bulletin* 101, no. 3 (2019): 45–67.'
    ).venue == ("The Art Bulletin")
    rec = parse(
        "Liu, S. (2022). Sparse neural networks. PhD thesis, The Eindhoven University of Technology."
    )
    assert rec.venue == "Eindhoven University of Technology"


def test_discussion_of_a_paper_is_titled_with_it() -> None:
    rec = parse(
        "Nakamura, K. (2019). Comment on “Random projections for covariance testing”. "
        "Statistical Science, 34(2), 221–224."
    )
    assert rec.title == "Comment on “Random projections for covariance testing”"
    assert rec.venue == "Statistical Science"


@given(st.text(alphabet="ab'’s .-_,(é1", max_size=12))
def test_last_word_reads_as_the_anchored_pattern_did(text: str) -> None:
    from cvbib.parse.entry import _last_word

    m = re.search(r"([\w.\-]+(?:['’]s)?)$", text)
    assert _last_word(text, 0, len(text)) == (m.group(1) if m else "")


def test_a_list_label_before_a_venue_tag() -> None:
    rec = parse(
        '[C10] [CVPR 2025] Lin Qiu, Haotian Xu. "Spatio-Temporal Gaussian Fields." '
        "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2025."
    )
    assert (rec.title, rec.venue_short, rec.year) == (
        "Spatio-Temporal Gaussian Fields",
        "CVPR",
        2025,
    )
    assert [p.family for p in rec.authors] == ["Qiu", "Xu"]


def test_acs_entries() -> None:
    rec = parse(
        "Dietrich, S. E.; Kowalczyk, M.*; Park, J.; Holloway, R. J. Structural Characterization "
        "of Cu(III)–Amido Intermediates. Inorg. Chem. 2016, 55, 8890–8898."
    )
    assert rec.title == "Structural Characterization of Cu(III)–Amido Intermediates"
    assert [p.given for p in rec.authors] == ["S. E.", "M.", "J.", "R. J."]
    rec = parse(
        "Kowalczyk, M.; Brandt, L. Photochemical Approaches to C–N Bond Formation. In Modern "
        "Amination Methods; Ricci, A., Ed.; Wiley-VCH: Weinheim, 2019; pp 45–78."
    )
    assert (rec.type, rec.venue, rec.publisher, rec.address, rec.pages) == (
        "incollection",
        "Modern Amination Methods",
        "Wiley-VCH",
        "Weinheim",
        "45--78",
    )
    assert [p.family for p in rec.editors] == ["Ricci"]
    rec = parse(
        "Li, Q.; Kowalczyk, M. Hydroamination of Unactivated Alkenes. Abstracts of Papers, "
        "263rd ACS National Meeting, San Diego, CA, Mar 2022; ORGN-456."
    )
    assert (rec.type, rec.venue, rec.number, rec.address) == (
        "inproceedings",
        "Abstracts of Papers, ACS National Meeting",
        "ORGN-456",
        "San Diego, CA",
    )
    rec = parse(
        "Kowalczyk, M. Mechanism-Guided Development of C–N Coupling Reactions. Ph.D. "
        "Dissertation, University of Wisconsin–Madison, Madison, WI, 2016."
    )
    assert (rec.title, rec.type) == (
        "Mechanism-Guided Development of C–N Coupling Reactions",
        "phdthesis",
    )


def test_spanish_entries() -> None:
    rec = parse(
        'J. García-López, A. Martín, "Control predictivo distribuido para redes de riego," en '
        "Actas de las XLII Jornadas de Automática, Castellón, España, 2021, pp. 112-119."
    )
    assert (rec.type, rec.venue, rec.address) == (
        "inproceedings",
        "Actas de las XLII Jornadas de Automática",
        "Castellón, España",
    )
    rec = parse_md(
        "García-López, J., Martín, A. y Ruiz, P. (2024). Safe reinforcement learning for HVAC "
        "control. *IEEE Transactions on Control Systems Technology* (aceptado)."
    )
    assert (rec.status, rec.venue) == (
        "forthcoming",
        "IEEE Transactions on Control Systems Technology",
    )
    rec = parse(
        "García-López, J. (2018). Estimación y control predictivo de sistemas con retardos. "
        "Tesis doctoral, Universidad Politécnica de Madrid, 2018."
    )
    assert (rec.type, rec.venue) == ("phdthesis", "Universidad Politécnica de Madrid")


def test_editors_with_a_parenthesised_role_and_an_isbn() -> None:
    rec = parse_md(
        "García-López, J. y Martín, A. (Eds.) (2023). *Actas de las XLIV Jornadas de "
        "Automática*. Zaragoza: Comité Español de Automática. ISBN 978-84-9749-875-3."
    )
    assert (rec.authors, [p.family for p in rec.editors]) == ((), ["García-López", "Martín"])
    assert (rec.type, rec.publisher, rec.address, rec.isbn, rec.year) == (
        "book",
        "Comité Español de Automática",
        "Zaragoza",
        "978-84-9749-875-3",
        2023,
    )
    rec = parse(
        "Bakker, H., van der Linden, M. E., & Oosterhout, J. (Red.). (2017). Samenleven in "
        "verscheidenheid. Boom bestuurskunde."
    )
    assert [p.family for p in rec.editors] == ["Bakker", "van der Linden", "Oosterhout"]


def test_economics_working_papers_and_columns() -> None:
    rec = parse(
        '"Learning from Exporters: Spillovers in Customs Data." IZA Discussion Paper No. 16789, 2024.'
    )
    assert (rec.authors, rec.type, rec.number, rec.year) == ((), "techreport", "16789", 2024)
    rec = parse(
        '"Public Procurement and Political Connections" (with María José Paredes). CEPR '
        "Discussion Paper DP18456, 2023."
    )
    # the series keeps its name, as it is cited
    assert (rec.type, rec.venue, rec.number) == ("techreport", "CEPR Discussion Paper", "DP18456")
    rec = parse_md(
        '"Colombia\'s Minimum Wage Dilemma" (with Juan Pablo Restrepo). *VoxEU.org*, 9 June 2023.'
    )
    assert (rec.venue, rec.year, rec.month) == ("VoxEU.org", 2023, 6)
    # a discussion paper read before a society is a remark, not a report series
    rec = parse(
        "Müller, J. (2023). Conformal prediction for time series. Journal of the Royal "
        "Statistical Society: Series B, 85(4), 1102–1127. (Discussion paper, read before the "
        "Royal Statistical Society.)"
    )
    assert rec.type == "article"


def test_physics_entries() -> None:
    rec = parse(
        "ATLAS Collaboration (G. Aad et al.), “Measurements of the Higgs boson cross-sections”, "
        "JHEP 08 (2022) 031, arXiv:2202.01345 [hep-ex]."
    )
    assert [(p.given, p.family) for p in rec.authors] == [("G.", "Aad")]
    assert "ATLAS Collaboration" in rec.extra
    rec = parse(
        "L. Fontaine (on behalf of the ATLAS Collaboration), “Recent Higgs boson measurements "
        "from ATLAS”, PoS(EPS-HEP2023)456 (2024)."
    )
    assert rec.year == 2024
    rec = parse(
        "S. Al-Khatib and L. Fontaine, “Performance of the ATLAS timing detector”, accepted for "
        "publication in JINST, arXiv:2310.04512 [physics.ins-det]."
    )
    assert (rec.type, rec.venue, rec.status) == ("article", "JINST", "forthcoming")
    rec = parse_md(
        "L. Fontaine and M. Rossi, “Calorimetry at hadron colliders”, in *Handbook of Detector "
        "Techniques*, eds. P. Ravel and D. Hoffmann (Springer, Cham), forthcoming."
    )
    assert (rec.type, rec.venue, rec.publisher, rec.address) == (
        "incollection",
        "Handbook of Detector Techniques",
        "Springer",
        "Cham",
    )
    assert [p.family for p in rec.editors] == ["Ravel", "Hoffmann"]


def test_korean_volume_and_issue_and_a_paper_number() -> None:
    rec = parse(
        '김민수, 이서연, "딥러닝 기반 결함 검출 기법 연구," 한국정밀공학회지, 제40권, 제3호, pp. 201-209, 2023.'
    )
    assert (rec.venue, rec.volume, rec.number, rec.pages) == (
        "한국정밀공학회지",
        "40",
        "3",
        "201--209",
    )
    rec = parse(
        'J. Kim and S. Lee, "Adaptive toolpath planning," in Proc. ASME Manufacturing Science and '
        "Engineering Conference (MSEC), West Lafayette, IN, USA, 2022, Paper No. MSEC2022-85321."
    )
    assert rec.number == "MSEC2022-85321"


def test_asce_references() -> None:
    # an article number after the volume and issue; the society and place after a congress
    rec = parse(
        'Okafor, C. E., and Halvorsen, T. J. (2023). "Data-driven prediction of shear strength." '
        "J. Struct. Eng., 149(8), 04023102."
    )
    assert (rec.venue, rec.volume, rec.number, rec.pages) == (
        "Journal of Structural Engineering",
        "149",
        "8",
        "04023102",
    )
    rec = parse(
        'Okafor, C. E., and Halvorsen, T. J. (2023). "Interpretable models for shear capacity." '
        "Structures Congress 2023, ASCE, Reston, VA, 312–323."
    )
    assert (rec.type, rec.venue, rec.publisher, rec.pages) == (
        "inproceedings",
        "Structures Congress",
        "ASCE",
        "312--323",
    )
    rec = parse(
        'Kim, J.-H., and Halvorsen, T. J. (2021). "Latency compensation in hybrid simulation." '
        "Proc., 17th World Conf. on Earthquake Engineering, Sendai, Japan, Paper No. 2k-0134."
    )
    assert (rec.venue, rec.number) == ("World Conf. on Earthquake Engineering", "2k-0134")


def test_the_days_of_a_meeting_are_not_pages() -> None:
    rec = parse(
        "Valenti, C. (2022). Digital twin of a nutrient removal plant. In: World Environmental "
        "and Water Resources Congress 2022, Atlanta, Georgia, USA, 5–8 June 2022. ASCE, "
        "Reston, VA, pp. 1045–1056."
    )
    assert (rec.pages, rec.month) == ("1045--1056", 6)


def test_linguistics_references() -> None:
    # Unified Style Sheet: "Journal 55(2). 301–334.", a title ending in a letter, "Ms.",
    # "X dissertation", "Submitted to *Journal*"
    rec = parse_md(
        "Garaikoetxea, Itziar. 2020. Light ditransitives in Zuberoan. *Journal of Linguistics* "
        "56(4). 745–781."
    )
    assert (rec.venue, rec.volume, rec.pages) == ("Journal of Linguistics", "56", "745--781")
    rec = parse_md(
        "Garaikoetxea, Itziar. 2019. Allocutive agreement as a probe on C. In *Proceedings of "
        "the 45th Annual Meeting of the Berkeley Linguistics Society*, 112–126."
    )
    assert (rec.type, rec.title) == ("inproceedings", "Allocutive agreement as a probe on C")
    rec = parse(
        "Garaikoetxea, Itziar. 2024. Agree without strong probes. Ms., University of Lakeshore."
    )
    assert (rec.type, rec.status, rec.title) == ("misc", "preprint", "Agree without strong probes")
    rec = parse_md(
        "Garaikoetxea, Itziar. 2014. *Ergativity and the clausal spine in Basque*. Cambridge, MA: "
        "Massachusetts Institute of Technology dissertation."
    )
    assert (rec.type, rec.venue) == ("phdthesis", "Massachusetts Institute of Technology")
    rec = parse_md(
        "Baek, Hyun-woo & Itziar Garaikoetxea. 2024. Ergative splits in bilingual children. "
        "Submitted to *Language Acquisition*."
    )
    assert (rec.title, rec.status) == ("Ergative splits in bilingual children", "under review")


def test_asce_chapters_reports_and_awards() -> None:
    rec = parse(
        'Halvorsen, T. J. (2013). "Reinforced concrete columns under cyclic loading." Handbook '
        "of Seismic Design of Concrete Structures, 2nd Ed., A. Whitfield, ed., CRC Press, Boca "
        "Raton, FL, 233–268."
    )
    assert (rec.venue, rec.edition, rec.publisher, rec.address, rec.pages) == (
        "Handbook of Seismic Design of Concrete Structures",
        "2",
        "CRC Press",
        "Boca Raton, FL",
        "233--268",
    )
    assert [p.family for p in rec.editors] == ["Whitfield"]
    rec = parse(
        'Liu, X.-Y., and Halvorsen, T. J. (2021). "Scour-earthquake assessment of coastal '
        'bridges." Rep. No. FHWA-OR-RD-21-07, Oregon Dept. of Transportation, Salem, OR.'
    )
    assert (rec.type, rec.number, rec.venue, rec.address) == (
        "techreport",
        "FHWA-OR-RD-21-07",
        "Oregon Dept. of Transportation",
        "Salem, OR",
    )
    # a journal abbreviated "Rep." is no report
    rec = parse("Kim, J. (2021). Graphene strain sensors. Sci. Rep., 11, 1234.")
    assert rec.type == "article"
    rec = parse(
        'Zhang, W., and Halvorsen, T. J. (2017). "Seismic fragility of corroded bridge columns." '
        "J. Bridge Eng., 22(9), 04017061. [Winner, 2018 Raymond C. Reese Research Prize]"
    )
    assert (rec.venue, rec.notes) == (
        "J. Bridge Eng.",
        ("Winner, 2018 Raymond C. Reese Research Prize",),
    )


def test_a_book_series_is_a_remark_beside_the_publisher() -> None:
    rec = parse_md(
        "Garaikoetxea, Itziar & Rolf Haugland (eds.). 2023. *Ergativity at the interfaces* "
        "(Linguistik Aktuell/Linguistics Today 281). Amsterdam: John Benjamins.",
        hint="book",  # under "Books"
    )
    assert (rec.type, rec.venue, rec.publisher, rec.address) == (
        "book",
        None,
        "John Benjamins",
        "Amsterdam",
    )
    assert "Series: Linguistik Aktuell/Linguistics Today 281" in rec.extra


def test_economics_working_papers_in_series_and_chapters() -> None:
    rec = parse(
        "“Who Bears the Cost of Heat? Temperature and Pay” (with L. Zhou), Opportunity & Inclusive "
        "Growth Institute Working Paper 78, Federal Reserve Bank of Minneapolis, 2023."
    )
    assert (rec.type, rec.number, rec.status) == ("techreport", "78", "preprint")
    rec = parse(
        "Villanueva-Strøm, C. (2022): “Labor Market Institutions and Informality,” in Handbook of "
        "Informality and Development, ed. by S. Kessler-Oduya and R. Haraldsen, 311–378. Oxford: "
        "Oxford University Press."
    )
    assert (rec.type, rec.venue) == ("incollection", "Handbook of Informality and Development")
    rec = parse(
        "“Minimum Wage Spillovers along the Supply Chain” (with S. Mukherjee), 2023. Draft available upon request."
    )
    assert rec.venue is None and "Draft available upon request" in rec.extra
    rec = parse(
        "Bergström, H., and C. Villanueva-Strøm (2023): “Do Wage Floors Compress Firm Wage "
        "Premia?” Journal of Labor Economics, 41(S1), S245–S290."
    )
    assert (rec.venue, rec.volume, rec.number) == ("Journal of Labor Economics", "41", "S1")


def test_a_lower_case_particle_starts_a_family_name_of_two_words() -> None:
    from cvbib.parse.names import person_from_given_family

    p = person_from_given_family("R. da Silva Costa")
    assert (p.given, p.family) == ("R.", "da Silva Costa")
    p = person_from_given_family("Laurens van der Maaten")
    assert (p.given, p.family) == ("Laurens", "van der Maaten")


def test_vancouver_medicine_details() -> None:
    rec = parse(
        "Wanjiru PK, Etxeberria MQ. Extreme heat and kidney disease in Nairobi: a case-crossover "
        "study. Int J Epidemiol. 2025 Jan 14:dyae178. doi:10.1093/ije/dyae178."
    )
    assert (rec.venue, rec.pages) == ("International Journal of Epidemiology", "dyae178")
    rec = parse(
        "Etxeberria MQ. Climate change is a health equity problem [commentary]. Eur J Public "
        "Health. 2022;32(Suppl 3):iii4-iii5."
    )
    assert (rec.venue, rec.number, rec.pages) == ("Eur J Public Health", "Suppl 3", "iii4--iii5")
    assert "Commentary" in rec.notes
    rec = parse(
        "Etxeberria MQ, Haddad R. Heat-health action plans in the WHO European Region. Copenhagen: "
        "WHO Regional Office for Europe; 2024. Licence: CC BY-NC-SA 3.0 IGO.",
        hint="techreport",
    )
    assert (rec.type, rec.venue, rec.address) == (
        "techreport",
        "WHO Regional Office for Europe",
        "Copenhagen",
    )
    rec = parse(
        "Etxeberria MQ, Wanjiru PK. Occupational heat stress among outdoor workers. Presented at: "
        "36th Annual Conference of the International Society for Environmental Epidemiology "
        "(ISEE 2024); 2024 Aug 25-28; Santiago, Chile."
    )
    assert rec.venue_short == "ISEE" and "Santiago" not in (rec.venue or "")
    rec = parse(
        "Etxeberria MQ, Haddad R. Fine particulate matter and type 2 diabetes. Environ Health "
        "Perspect. 2023;131(4):047008. *Selected as Editor's Choice.*"
    )
    assert rec.notes == ("Editor's Choice",)


def test_chicago_book_series_is_a_remark() -> None:
    rec = parse(
        "Kaminski-Ruiz, Teodora. Listening Across the River Plate: Tango and the Transatlantic "
        "Stage. Oxford Studies in Music and Migration. New York: Oxford University Press, 2024.",
        hint="book",
    )
    assert rec.title == "Listening Across the River Plate: Tango and the Transatlantic Stage"
    assert "Series: Oxford Studies in Music and Migration" in rec.extra


def test_a_question_title_ends_before_the_place_it_was_written() -> None:
    rec = parse("Garaikoetxea, Itziar. 2024. Agree without probes? Ms., University of Lakeshore.")
    assert (rec.title, rec.status) == ("Agree without probes?", "preprint")


def test_registered_reports_and_venue_names_with_commas() -> None:
    rec = parse_md(
        "Moreau, C. L., & Sato, R. (2025). Does reward history bias perceptual decisions? A "
        "registered report. *Nature Human Behaviour*. Stage 1 in-principle acceptance. "
        "https://doi.org/10.17605/OSF.IO/9XW4T"
    )
    assert (rec.title, rec.venue) == (
        "Does reward history bias perceptual decisions? A registered report",
        "Nature Human Behaviour",
    )
    assert rec.notes == ("Stage 1 in-principle acceptance",)
    rec = parse_md(
        "Moreau, C. L., & Fischer, J. (2024). Does attentional capture generalize across "
        "modalities? *Cortex*. Stage 1 in-principle acceptance."
    )
    assert (rec.title, rec.venue) == (
        "Does attentional capture generalize across modalities?",
        "Cortex",
    )
    rec = parse(
        '[C7] R. Bhattacharya and D. R. Halvorsen, "Roofline-guided autotuning of stencil codes," '
        "in Proc. Int. Conf. for High Performance Computing, Networking, Storage and Analysis "
        "(SC '23), Denver, CO, USA, Nov. 2023, pp. 1–14."
    )
    assert rec.venue_short == "SC"


def test_paper_numbers_and_titles_opening_with_a_greek_capital() -> None:
    rec = parse(
        'de la Vega, A. (2020). "Memory safety." In Proc. Workshop on Semantics, Paper No. W-12.'
    )
    assert (rec.venue, rec.number) == ("Proc. Workshop on Semantics", "W-12")
    rec = parse("Ng A, Byrne S. Μ-calculus revisited. Theor Comput Sci. 2021;12(3):45-67.")
    assert ([p.family for p in rec.authors], rec.title) == (
        ["Ng", "Byrne"],
        "Μ-calculus revisited",
    )


def test_an_editor_initial_w_is_no_workshop() -> None:
    rec = parse(
        'Lindqvist, T. V. 2019, "Fast Forced Photometry for Transient Surveys," in ASP Conf. '
        "Ser. 523, Astronomical Data Analysis Software and Systems XXVIII, ed. P. J. Teuben, "
        "M. W. Pound, & E. M. Warner (San Francisco, CA: ASP), 45"
    )
    assert rec.title == "Fast Forced Photometry for Transient Surveys"
    assert not rec.workshop
    assert parse_md("J. Doe. A title of a paper. *CVPR W*, 2023.").workshop


def test_a_title_that_opens_with_a_year_keeps_it_once_the_year_is_known() -> None:
    rec = parse(
        "Smith, J. (2010). 1984: Surveillance and the novel. Modern Fiction Studies, 56(2), 1–20."
    )
    assert (rec.title, rec.year) == ("1984: Surveillance and the novel", 2010)


def test_apa_advance_online_publication_is_a_remark() -> None:
    rec = parse_md(
        "Okonkwo, C., & Ramírez, S. M. (in press). Measuring productive struggle in algebra "
        "classrooms: A validation study. *Contemporary Educational Psychology*. Advance online "
        "publication. https://doi.org/10.1016/j.cedpsych.2024.102287"
    )
    assert rec.title == "Measuring productive struggle in algebra classrooms: A validation study"
    assert rec.venue == "Contemporary Educational Psychology"
    assert [p.family for p in rec.authors] == ["Okonkwo", "Ramírez"]
    assert "Advance online publication" in rec.extra
    # plain text too: the phrase no longer runs the journal into the title
    plain = parse(
        "Okonkwo, C., & Ramírez, S. M. (2024). Measuring productive struggle in algebra "
        "classrooms. Contemporary Educational Psychology. Advance online publication."
    )
    assert (plain.title, plain.venue) == (
        "Measuring productive struggle in algebra classrooms",
        "Contemporary Educational Psychology",
    )


def test_an_award_after_the_reference_is_a_note() -> None:
    rec = parse(
        "Rivera, L. (2022). Zoning and Displacement: Upzoning Effects on Latino Renters. "
        "Journal of the American Planning Association 88(2): 145–160. Winner, 2023 Best "
        "Article Award, Journal of the American Planning Association"
    )
    assert rec.venue == "Journal of the American Planning Association"
    assert (rec.volume, rec.pages) == ("88", "145--160")
    assert rec.notes == (
        "Winner, 2023 Best Article Award, Journal of the American Planning Association",
    )
    informs = parse(
        "Okafor CN, Brandt J (2019) Robust assortment planning. Oper. Res. 67(4):1030–1047. "
        "Finalist, INFORMS Revenue Management and Pricing Section Prize."
    )
    assert informs.notes == ("Finalist, INFORMS Revenue Management and Pricing Section Prize",)
    # a title about prizes is a title
    title = parse(
        "Smith, J. (2020). Winner takes all: Prize competitions in science. Research Policy, "
        "49(3), 1-10."
    )
    assert title.title == "Winner takes all: Prize competitions in science"
    assert title.notes == ()


def test_a_journal_named_like_a_school_keeps_its_article() -> None:
    rec = parse(
        "de la Cruz, M., & Ramírez, S. M. (2019). Family engagement practices in dual-language "
        "immersion schools. The Elementary School Journal, 119(4), 598–621."
    )
    assert rec.venue == "The Elementary School Journal"


def test_a_newspaper_date_takes_its_day() -> None:
    rec = parse_md("Ibáñez, D. (2023). Let street vendors sell. *Bloomberg CityLab*, May 9.")
    assert (rec.venue, rec.year, rec.month) == ("Bloomberg CityLab", 2023, 5)


def test_a_note_set_off_by_a_dash_at_the_end() -> None:
    rec = parse_md(
        "**Moreau, C.**, & Lindqvist, E. (2023). The ticking clock: Countdown timers. "
        "*Journal of Consumer Psychology*, *33*(2), 245–263. https://doi.org/10.1002/jcpy.1321 "
        "— *Lead article*"
    )
    assert (rec.title, rec.venue) == (
        "The ticking clock: Countdown timers",
        "Journal of Consumer Psychology",
    )
    assert rec.notes == ("Lead Article",)
    # a dash inside a title is no note
    title = parse_md("A. Author and B. Author. Robust learning – a poster child. In *ICML*, 2023.")
    assert title.title == "Robust learning – a poster child"
    assert title.notes == ()


def test_an_erratum_notice_is_a_remark_not_the_year() -> None:
    rec = parse(
        "Sørensen TH, Okonkwo AE, Chen L*. Comparison of withdrawal interval estimation "
        "methods in goats. J Am Vet Med Assoc. 2020;257(9):934-41. "
        "[Published erratum appears in J Am Vet Med Assoc. 2021;258(2):154.] PMID: 33064610."
    )
    assert (rec.year, rec.volume, rec.pages) == (2020, "257", "934--941")
    assert rec.extra == (
        "Published erratum appears in J Am Vet Med Assoc. 2021;258(2):154",
        "PMID: 33064610",
    )


def test_chicago_author_date_without_the_owner() -> None:
    # the co-authors after the year, a status where the year goes
    rec = parse(
        "2021 (with Ana Ruiz-Pardo). “Counting the Dead Differently: Forensic Care and Kinship.” "
        "Journal of the Royal Anthropological Institute 27 (3): 540–559."
    )
    assert (rec.year, rec.title) == (
        2021,
        "Counting the Dead Differently: Forensic Care and Kinship",
    )
    assert [p.family for p in rec.authors] == ["Ruiz-Pardo"]
    assert rec.venue == "Journal of the Royal Anthropological Institute"
    book = parse_md(
        "2023 (co-edited with Samuel Adeyemi-Ross). *Waiting Otherwise: Ethnographies of "
        "Time, Debt, and Hope*. New York: Berghahn Books."
    )
    assert [p.family for p in book.editors] == ["Adeyemi-Ross"]
    forthcoming = parse(
        "Forthcoming. “Ledger Intimacies: Shopkeepers, Credit, and Care.” HAU: Journal of "
        "Ethnographic Theory 15 (1)."
    )
    assert (forthcoming.status, forthcoming.authors) == ("forthcoming", ())


def test_an_informs_chapter() -> None:
    rec = parse_md(
        "Okafor CN, Lindqvist M (2022) Pricing reusable resources: Models, algorithms, and open "
        "problems. Hoffmann R, Patel S, eds. *Handbook of Revenue Management and Pricing "
        "Analytics* (Springer, Cham), 301–330."
    )
    assert rec.type == "incollection"
    assert rec.title == "Pricing reusable resources: Models, algorithms, and open problems"
    assert rec.venue == "Handbook of Revenue Management and Pricing Analytics"
    assert [p.family for p in rec.editors] == ["Hoffmann", "Patel"]
    assert (rec.publisher, rec.address, rec.pages) == ("Springer", "Cham", "301--330")
    # an edited book opens with its editors: the italic run is its title
    book = parse_md(
        "Okafor CN, van der Linden P, eds. *Heart Failure: A Clinical Guide*. Springer; 2023."
    )
    assert book.title == "Heart Failure: A Clinical Guide"


def test_major_revision_at_an_italic_journal_with_abbreviations() -> None:
    rec = parse_md(
        "Okafor CN, Brandt J (2024) Personalized assortment with limited inventory. "
        "Major revision at *Manufacturing Service Oper. Management*."
    )
    assert rec.title == "Personalized assortment with limited inventory"
    assert rec.status == "under review"
    assert rec.venue is None
    assert rec.extra == ("Submitted to Manufacturing & Service Operations Management",)


def test_an_ampersand_inside_a_journal_name_is_no_second_venue() -> None:
    rec = parse(
        "Halvorsen, K., Mbeki, S. & Lund, T. (2022) Pollinator visitation networks are more "
        "modular at high elevation. Ecology & Evolution, 12, e9134."
    )
    assert (rec.venue, rec.extra) == ("Ecology & Evolution", ())
    both = parse(
        "A. Author, B. Author. Spiking transformers. NeurIPS 2023 & SNN Workshop at ICLR 2023."
    )
    assert both.venue_short == "NeurIPS"
    assert both.extra == ("Also: SNN Workshop at ICLR",)


def test_a_family_name_that_is_also_a_word_before_its_initials() -> None:
    for names in ("Park, J.-W., Raskin, L., Love, N. G.", "Park, J.-W., Raskin, L., & Love, N. G."):
        rec = parse(
            f"{names} (2012). Response of nitrifying biofilms to transient ammonia loading. "
            "Water Research, 46(14), 4457–4468."
        )
        assert rec.title == "Response of nitrifying biofilms to transient ammonia loading"
        assert [p.family for p in rec.authors] == ["Park", "Raskin", "Love"]


def test_ecology_chapter_with_editors_after_the_book() -> None:
    rec = parse_md(
        "Smith, J. & Jones, K. (2019) Plant traits and climate. In: *Handbook of Alpine "
        "Ecology* (eds A. Körner & B. Lee), pp. 45–67. Springer, Cham."
    )
    assert rec.type == "incollection"
    assert rec.venue == "Handbook of Alpine Ecology"
    assert [p.family for p in rec.editors] == ["Körner", "Lee"]
    assert (rec.publisher, rec.address, rec.pages) == ("Springer", "Cham", "45--67")
    one = parse_md(
        "Lee, B. (2017) Lichens. In *Arctic Ecology* (ed. C. Wu), pp. 1–20. "
        "Wiley-Blackwell, Oxford, UK."
    )
    assert (one.venue, [p.family for p in one.editors]) == ("Arctic Ecology", ["Wu"])
    assert (one.publisher, one.address) == ("Wiley-Blackwell", "Oxford, UK")


@pytest.mark.parametrize(
    ("text", "venue", "number", "address"),
    [
        (
            "Quispe Huamán, M. (2018). Irrigation commons in Peru (Working Paper No. 12). "
            "Lima: Instituto de Estudios Peruanos.",
            "Instituto de Estudios Peruanos",
            "12",
            "Lima",
        ),
        (
            "Smith, J. (2018). Irrigation commons in Peru (NBER Working Paper No. 24567). "
            "National Bureau of Economic Research.",
            "National Bureau of Economic Research",
            "24567",
            None,
        ),
        (
            "Smith, J. (2018). Irrigation commons in Peru (Policy Brief 7). World Bank.",
            "World Bank",
            "7",
            None,
        ),
    ],
)
def test_apa_report_with_its_number_after_the_title(
    text: str, venue: str, number: str, address: str | None
) -> None:
    rec = parse(text)
    assert rec.type == "techreport"
    assert rec.title == "Irrigation commons in Peru"
    assert (rec.venue, rec.number, rec.address) == (venue, number, address)


def test_apa_book_with_place_and_publisher_in_plain_text() -> None:
    rec = parse("Smith, J. (2018). Irrigation commons in Peru. New York, NY: Routledge.")
    assert (rec.type, rec.title) == ("book", "Irrigation commons in Peru")
    assert (rec.publisher, rec.address) == ("Routledge", "New York, NY")
    lima = parse("Smith, J. (2018). Irrigation commons in Peru. Lima: Fondo Editorial PUCP.")
    assert (lima.title, lima.publisher, lima.address) == (
        "Irrigation commons in Peru",
        "Fondo Editorial PUCP",
        "Lima",
    )


def test_a_date_column_before_vancouver_names() -> None:
    for sep in ("\t", " "):
        rec = parse(
            f"2023{sep}Kulkarni SV, Park JH, Nguyen-Tran TH, et al. Comparative effectiveness "
            "of apixaban versus warfarin. JAMA Intern Med. 2023;183(9):951-960."
        )
        assert rec.title == "Comparative effectiveness of apixaban versus warfarin"
        assert [p.family for p in rec.authors] == ["Kulkarni", "Park", "Nguyen-Tran"]
        assert rec.year == 2023


def test_spanish_apa_thesis_manuscript_report_and_coordinated_chapter() -> None:
    thesis = parse(
        "Echeverría Salgado, M. I. (2012). Desigualdad salarial, educación y género en España "
        "[Tesis doctoral, Universidad Carlos III de Madrid]. e-Archivo UC3M."
    )
    assert (thesis.type, thesis.title, thesis.venue) == (
        "phdthesis",
        "Desigualdad salarial, educación y género en España",
        "Universidad Carlos III de Madrid",
    )
    ms = parse(
        "Echeverría Salgado, M. I., & Liu, Y. (2024). Childcare expansion and maternal "
        "employment [Manuscrito en revisión]."
    )
    assert (ms.title, ms.status) == ("Childcare expansion and maternal employment", "under review")
    report = parse(
        "Echeverría Salgado, M. I. (2021). El impacto de los ERTE (Documento de Trabajo "
        "2021/07). FEDEA."
    )
    assert (report.type, report.venue, report.number) == ("techreport", "FEDEA", "2021/07")
    chapter = parse_md(
        "Echeverría Salgado, M. I. (2021). La brecha salarial. En L. Gómez-Arenas y F. J. de "
        "Castro (Coords.), *Desigualdad y políticas públicas* (pp. 145–171). Valencia: Tirant."
    )
    assert (chapter.type, chapter.venue) == ("incollection", "Desigualdad y políticas públicas")


def test_a_journal_numbered_by_issue_alone() -> None:
    rec = parse(
        "Pérez-Ibáñez, C. (2023). Contratos temporales y fecundidad. Revista Española de "
        "Investigaciones Sociológicas, (181), 43–62."
    )
    assert (rec.type, rec.venue, rec.number, rec.pages) == (
        "article",
        "Revista Española de Investigaciones Sociológicas",
        "181",
        "43--62",
    )


def test_a_title_ending_in_a_capital_letter_before_the_journal() -> None:
    rec = parse(
        "Ng, W. K., Liu, J. (2021). Statin use and risk of hepatocellular carcinoma in patients "
        "with chronic hepatitis B. Hepatology, 73(5), 1812–1824."
    )
    assert rec.title.endswith("chronic hepatitis B")
    assert (rec.venue, rec.volume) == ("Hepatology", "73")
    # "and L. Family*, 2023:" is a name and a year, no journal
    agu = parse(
        "Brennagh, C. A., and L. Ferreira-Santos*, 2023: Constraining droplet retrievals over "
        "the Southern Ocean. J. Atmos. Sci., 80, 2211–2232."
    )
    assert agu.title.startswith("Constraining") and agu.year == 2023


@pytest.mark.parametrize("degree", ["M.Sc.A.", "M.S.", "M.A.Sc.", "M.Eng.", "M.Sc."])
def test_ieee_masters_theses_by_their_degree(degree: str) -> None:
    rec = parse(
        f"C. A. Desrosiers, “Conception d’un circuit de commande,” {degree} thesis, "
        "École Polytechnique de Montréal, Montréal, QC, Canada, 2015."
    )
    assert (rec.type, rec.venue) == ("mastersthesis", "École Polytechnique de Montréal")


def test_ams_title_then_an_abbreviated_journal_with_volume_and_year() -> None:
    rec = parse(
        "K. M. Wróblewska, Hodge-theoretic obstructions to derived equivalence of hyperkähler "
        "varieties, Compos. Math. 157 (2021), no. 8, 1734–1772."
    )
    assert rec.title == (
        "Hodge-theoretic obstructions to derived equivalence of hyperkähler varieties"
    )
    assert (rec.venue, rec.volume, rec.number, rec.year) == (
        "Compositio Mathematica",
        "157",
        "8",
        2021,
    )


def test_a_vancouver_dissertation_names_its_school_without_the_place() -> None:
    rec = parse(
        "Kulkarni SV. Statin Therapy and Cognitive Outcomes in Older Adults [dissertation]. "
        "Boston, MA: Harvard T.H. Chan School of Public Health; 2014."
    )
    assert (rec.type, rec.venue, rec.year) == (
        "phdthesis",
        "Harvard T.H. Chan School of Public Health",
        2014,
    )


def test_ais_style_volume_issue_and_book_before_its_editors() -> None:
    # MIS Quarterly's style: "Journal (39:4), pp. 1020–1052" and "in *Book*, Eds (eds.)"
    art = parse_md(
        "Marchetti, E. V., Kim, S. H., and Dorsey, A. L.† 2019. “Shadow IT and the Boundaries "
        "of Control,” *Journal of Strategic Information Systems* (28:2), pp. 178–194. "
        "*[Best Paper of the Year, JSIS 2019]*"
    )
    assert (art.venue, art.volume, art.number, art.pages, art.year) == (
        "Journal of Strategic Information Systems",
        "28",
        "2",
        "178--194",
        2019,
    )
    assert [p.family for p in art.authors] == ["Marchetti", "Kim", "Dorsey"]
    assert "Best Paper Award" in art.notes
    assert "Best Paper of the Year, JSIS 2019" in art.extra
    dss = parse_md(
        "Lehtonen, P. 2016. “Configurational Pathways,” *Decision Support Systems* (88)."
    )
    assert (dss.venue, dss.volume) == ("Decision Support Systems", "88")
    chapter = parse_md(
        "**Marchetti, E. V.** 2020. “Algorithmic Control: Old Wine in New Bottles?” in "
        "*Handbook of Digital Innovation*, R. Alvarez and T. Hwang (eds.), Cheltenham, UK: "
        "Edward Elgar, pp. 233–251."
    )
    assert (chapter.type, chapter.venue, chapter.publisher) == (
        "incollection",
        "Handbook of Digital Innovation",
        "Edward Elgar",
    )
    assert [p.family for p in chapter.editors] == ["Alvarez", "Hwang"]


def test_neuroscience_cv_forms() -> None:
    import cvbib

    cv = (
        "## Journal Articles\n\n"
        "1. Gutiérrez, L.†, Chowdhury, N.†, and **Lindqvist, H.R.** (2021). Sleep-dependent "
        "reactivation requires basal forebrain input. Neuron *109*, 1234–1248.e6.  \n"
        "   † These authors contributed equally.\n\n"
        "2. Adeyemi, T.O., and **Lindqvist, H.R.** (2020). Cholinergic tone sets the precision "
        "of prediction errors. Neuron *106*, 487–502.e8.  \n"
        "   — *Highlighted in Nature Reviews Neuroscience*\n\n"
        "3. Chowdhury, N., and **Lindqvist, H.R.** Acetylcholine orchestrates hippocampal replay."
        " Under review.\n\n"
        "## Abstracts\n\n"
        "1. **Lindqvist, H.R.**, Okoye, C.N., Moreau, D.A. Basal forebrain neurons signal "
        "reinforcement timing. Program No. 356.12. 2013 Neuroscience Meeting Planner. San "
        "Diego, CA: Society for Neuroscience, 2013. Online.\n"
    )
    a, b, c, d = cvbib.extract_text(cv, "cv.md").records
    # "These authors ..." is no French "thèse"
    assert (a.type, a.venue, a.volume) == ("article", "Neuron", "109")
    assert (b.title, b.extra) == (
        "Cholinergic tone sets the precision of prediction errors",
        ("Highlighted in Nature Reviews Neuroscience",),
    )
    # initials written without a space ("H.R.", "D.A.") end the names before a title
    assert (c.title, c.authors[-1].given) == (
        "Acetylcholine orchestrates hippocampal replay",
        "H. R.",
    )
    assert d.title == "Basal forebrain neurons signal reinforcement timing"
    assert [p.family for p in d.authors] == ["Lindqvist", "Okoye", "Moreau"]
    assert (d.type, d.venue_short, d.number) == ("inproceedings", "SfN", "356.12")


def test_discussion_titles_keep_the_discussed_papers_authors() -> None:
    import cvbib

    tex = (
        "\\section{Publications}\n\\begin{itemize}\n"
        "\\item \\textbf{Ferraro, N.} and Lindahl, P. (2020). Discussion of ``Model-free "
        "knockoffs under dependence'' by R.~Castellanos, H.~Yu and L.~Brandt. \\textit{Statist. "
        "Sci.} \\textbf{35} 588--592.\n"
        "\\item Hartley, B.$^*$ and \\textbf{Ferraro, N.} (2020). A bootstrap test for the "
        "number of change points. \\textit{Electron. J. Stat.} \\textbf{14} 3321--3360.\n"
        "\\end{itemize}\n"
    )
    disc, boot = cvbib.extract_text(tex, "cv.tex").records
    assert disc.title == (
        "Discussion of “Model-free knockoffs under dependence” by R. Castellanos, H. Yu and "
        "L. Brandt"
    )
    assert disc.venue_short == "Stat. Sci." or "Statist" in (disc.venue or "")
    # no sentence ends inside the italic journal "Electron. J. Stat."
    assert (boot.title, boot.venue_short) == (
        "A bootstrap test for the number of change points",
        "Electron. J. Stat.",
    )


def test_teaching_cases_and_ieee_reports_are_reports_of_their_institution() -> None:
    case = parse(
        "Whitfield, J. P., & Marsh, T. 2018. Nordvik Shipping: Charting a course through "
        "decarbonization. Harvard Business School Case 9-718-456. (Teaching Note 5-718-457.)"
    )
    assert (case.type, case.publisher or case.venue, case.number, case.extra) == (
        "techreport",
        "Harvard Business School",
        "9-718-456",
        ("Teaching Note 5-718-457",),
    )
    rep = parse(
        'E. Marchetti and S. Kwon, "Signal timing," Wisconsin Department of Transportation, '
        "Madison, WI, Rep. WHRP 0092-21-04, 2021."
    )
    assert (rep.type, rep.number, rep.address) == ("techreport", "WHRP 0092-21-04", "Madison, WI")


def test_gbt7714_chapters_pages_names_and_chinese_status() -> None:
    chapter = parse(
        "Wang X, Li Y. Deformation mechanisms in high-entropy alloys[M]//Zhang Y, Kumar A, eds. "
        "Advances in High-Entropy Materials. Singapore: Springer, 2021: 145-178."
    )
    assert (chapter.type, chapter.venue, chapter.publisher, chapter.pages) == (
        "incollection",
        "Advances in High-Entropy Materials",
        "Springer",
        "145--178",
    )
    assert [p.family for p in chapter.editors] == ["Zhang", "Kumar"]
    cn = parse(
        "王晓明. 纳米孪晶金属[M]//陈伟, 主编. 先进金属结构材料. 北京: 科学出版社, 2019: 201-236."
    )
    assert (cn.type, cn.venue, [p.family for p in cn.editors]) == (
        "incollection",
        "先进金属结构材料",
        ["陈"],
    )
    art = parse(
        "Wang Xiaoming, Li Yong. First-principles study of lattice distortion[J]. Physical "
        "Review Materials, 2018, 2(7): 073601."
    )
    assert [(p.family, p.given) for p in art.authors] == [("Wang", "Xiaoming"), ("Li", "Yong")]
    assert (art.venue, art.volume, art.number, art.pages) == (
        "Physical Review Materials",
        "2",
        "7",
        "073601",
    )
    conf = parse(
        "Zhao L, Wang X. Direct observation of short-range order[C]//Proceedings of the 6th "
        "International Conference on High-Entropy Materials (ICHEM 2022). Knoxville, 2022: 88. "
        "(Best Poster Award, 最佳墙报奖)"
    )
    assert (conf.venue_short, conf.pages, conf.address) == ("ICHEM", "88", "Knoxville")
    assert "Best Poster Award, 最佳墙报奖" in conf.extra
    sub = parse(
        "Zhao L, Sun J, Wang X*. Short-range order strengthening[J]. Submitted to Nature "
        "Materials (投稿中)."
    )
    assert (sub.type, sub.status, sub.title, sub.venue) == (
        "misc",
        "under review",
        "Short-range order strengthening",
        None,
    )


def test_classics_cv_forms() -> None:
    import cvbib

    cv = (
        "### Publications\n\n"
        "**Whitlock, Theodora J.** *Exile and the Elegiac Voice: Ovid's* Tristia *and the "
        "Poetics of Distance*. Oxford: Oxford University Press, 2019.\n\n"
        "**Whitlock, Theodora J.**, trans. *Ovid: Poems from Exile*. With introduction and "
        "notes. Indianapolis: Hackett, 2016.\n\n"
        '**Whitlock, Theodora J.** "Sulpicia (1)." In *Oxford Classical Dictionary*, 5th ed. '
        "Oxford: Oxford University Press, 2020.\n\n"
        '**Whitlock, Theodora J.** "Tomis." In *The Encyclopedia of Ancient History*. Malden, '
        "MA: Wiley-Blackwell, 2013. https://doi.org/10.1002/9781444338386.wbeah20154.\n\n"
        "**Whitlock, Theodora J.** Review of *Ovidius Exul: Reading the* Epistulae ex Ponto, "
        "by Marco Bellandi. *Bryn Mawr Classical Review* 2016.07.33.\n\n"
        '**Whitlock, Theodora J.** "What Ovid Can Teach Us about Exile." *Eidolon*, March 14, '
        "2018. https://eidolon.pub/what-ovid-can-teach-us.\n"
    )
    book, trans, ocd, tomis, review, essay = cvbib.extract_text(cv, "cv.md").records
    # a work's title in roman inside the italic title ("reverse italics")
    assert book.title == "Exile and the Elegiac Voice: Ovid's Tristia and the Poetics of Distance"
    assert (book.type, book.publisher) == ("book", "Oxford University Press")
    assert (trans.type, trans.publisher, trans.address) == ("book", "Hackett", "Indianapolis")
    assert "Translation" in trans.extra
    assert (ocd.type, ocd.venue, ocd.publisher, ocd.address) == (
        "incollection",
        "Oxford Classical Dictionary",
        "Oxford University Press",
        "Oxford",
    )
    assert (tomis.title, tomis.type) == ("Tomis", "incollection")
    assert (
        review.title == "Review of Ovidius Exul: Reading the Epistulae ex Ponto, by Marco Bellandi"
    )
    assert (review.venue, review.number, review.year) == (
        "Bryn Mawr Classical Review",
        "2016.07.33",
        2016,
    )
    assert (essay.venue, essay.year, essay.month) == ("Eidolon", 2018, 3)


def test_biorxiv_numbers_and_dotted_places() -> None:
    pre = parse(
        "Tran, V.Q., and Lindqvist, H.R. (2023). Whole-brain imaging of projection targets. "
        "bioRxiv 2023.09.27.559745; doi: https://doi.org/10.1101/2023.09.27.559745"
    )
    assert (pre.venue, pre.doi) == ("bioRxiv", "10.1101/2023.09.27.559745")
    rep = parse(
        'E. Marchetti, "Signal timing," Federal Highway Administration, Washington, D.C., '
        "Rep. FHWA-HRT-21-045, 2021."
    )
    assert (rep.type, rep.publisher or rep.venue, rep.number) == (
        "techreport",
        "Federal Highway Administration",
        "FHWA-HRT-21-045",
    )


def test_nlm_meeting_abstract_dates_place_and_number() -> None:
    rec = parse_md(
        "**Bergström AK**, Ekdahl P. Heart rate variability in healthy cats under butorphanol "
        "sedation. In: *Proceedings of the 26th ECVIM-CA Congress*; September 8-10, 2016; "
        "Göteborg, Sweden. Abstract C-14."
    )
    assert (rec.type, rec.venue, rec.address, rec.number, rec.year) == (
        "inproceedings",
        "Proceedings of the ECVIM-CA Congress",
        "Göteborg, Sweden",
        "C-14",
        2016,
    )


def test_oral_starts_journal_names_and_a_titlecase_word_is_no_acronym() -> None:
    rec = parse("Kim J, Doe A. Gingipains and epithelial barrier. Oral Dis. 2021;27(4):812-820.")
    assert (rec.venue, rec.notes, rec.type) == ("Oral Dis", (), "article")
    talk = parse("A. Smith. Title of the paper here. In NeurIPS 2023. Oral Talk.")
    assert talk.notes == ("Oral",)


def test_asa_cssa_sssa_forms() -> None:
    import cvbib

    cv = (
        "PUBLICATIONS\n\nA. Refereed Journal Articles\n\n"
        "  Submitted / In Review\n\n"
        "  Brandt, K.L.*, and M.R. Hadley. Nitrous oxide emissions following interseeded cover\n"
        "      crops in corn. J. Environ. Qual. (in review)\n\n"
        "  Accepted / Published\n\n"
        "  20. Brandt, K.L.*, and M.R. Hadley. 2023. Cover crop effects on corn nitrogen uptake.\n"
        "      Field Crops Res. 291:108795. doi:10.1016/j.fcr.2022.108795\n"
        "      ** Selected as Editor's Choice article **\n\n"
        "C. Extension Publications\n\n"
        "  Hadley, M.R. 2021. Terminating cereal rye ahead of soybean. Extension Bulletin E-3412.\n"
        "      Michigan State Univ. Ext., East Lansing.\n\n"
        "D. Abstracts and Proceedings\n\n"
        "  Hadley, M.R., and W.L. Kingery. 2018. Predicting legume nitrogen release for\n"
        "      on-farm decisions. p. 88–95. In: Proceedings of the North Central Soil Fertility\n"
        "      Conference, Vol. 34. Des Moines, IA. 14–15 Nov.\n\n"
        "  Osei, P.*, and M.R. Hadley. 2023. Sentinel-2 estimates of cereal rye biomass. ASA-CSSA-"
        "SSSA\n      Annual Meeting Abstracts. St. Louis, MO. 29 Oct.–1 Nov.\n"
    )
    sub, pub, ext, proc, abstract = cvbib.extract_text(cv, "cv.txt").records
    assert (sub.type, sub.status, sub.venue) == ("misc", "under review", None)
    assert (pub.title, pub.venue_short, pub.notes) == (
        "Cover crop effects on corn nitrogen uptake",
        "Field Crops Res.",
        ("Editor's Choice",),
    )
    assert (ext.type, ext.venue or ext.publisher, ext.number, ext.address) == (
        "techreport",
        "Michigan State Univ. Ext.",
        "E-3412",
        "East Lansing",
    )
    assert (proc.title, proc.pages, proc.address) == (
        "Predicting legume nitrogen release for on-farm decisions",
        "88--95",
        "Des Moines, IA",
    )
    assert (abstract.venue, abstract.address) == (
        "ASA-CSSA-SSSA Annual Meeting Abstracts",
        "St. Louis, MO",
    )


def test_rsc_names_initials_first_with_and_before_the_last() -> None:
    rec = parse(
        "J. Okonjo, E. Whitlock and T. M. Reinholt, Photochemical coupling of aryl chlorides, "
        "Org. Lett., 2023, 25, 1234–1240."
    )
    assert [(p.given, p.family) for p in rec.authors] == [
        ("J.", "Okonjo"),
        ("E.", "Whitlock"),
        ("T. M.", "Reinholt"),
    ]
    assert (rec.title, rec.venue_short, rec.volume, rec.year) == (
        "Photochemical coupling of aryl chlorides",
        "Org. Lett.",
        "25",
        2023,
    )
    # a Vancouver list still ends at its last initial
    van = parse("Doe J, Brown C. Deep phenotyping of heart failure. Circulation. 2020;1:2-3.")
    assert (van.title, [p.family for p in van.authors]) == (
        "Deep phenotyping of heart failure",
        ["Doe", "Brown"],
    )


def test_rsc_chapters_and_markdown_kind_markers() -> None:
    import cvbib

    ch = parse(
        "T. M. Reinholt and K. Sato, Photoredox catalysis with earth-abundant metals, in "
        "Sustainable Photocatalysis, ed. M. Ferraro and L. Okoye, The Royal Society of "
        "Chemistry, Cambridge, 2021, ch. 7, pp. 156–182."
    )
    assert (ch.type, ch.venue, ch.publisher, ch.address, ch.pages) == (
        "incollection",
        "Sustainable Photocatalysis",
        "The Royal Society of Chemistry",
        "Cambridge",
        "156--182",
    )
    assert [p.family for p in ch.authors] == ["Reinholt", "Sato"]
    assert [p.family for p in ch.editors] == ["Ferraro", "Okoye"]
    # "B2." / "P1." number entries by kind; Markdown leaves them in the text
    cv = (
        "### Preprints\n\n"
        "P2. Whitlock, E.; Kaur, A.; Reinholt, T. M.\\* Wavelength-Gated Chemoselectivity in "
        "Nickel Photocatalysis. *ChemRxiv* **2023**, DOI: 10.26434/chemrxiv-2023-7kq2w.\n"
        "P1. J. Okonjo, M. Varga and **T. M. Reinholt**\\*, Red-light-driven nickel catalysis, "
        "submitted to *Nat. Catal.*, 2023.\n"
    )
    recs = cvbib.extract_text(cv, "cv.md").records
    assert [(r.source.line, r.title) for r in recs] == [
        (3, "Wavelength-Gated Chemoselectivity in Nickel Photocatalysis"),
        (4, "Red-light-driven nickel catalysis"),
    ]


def test_unified_style_sheet_for_linguistics() -> None:
    art = parse_md(
        "Irazábal, Sofía & Noémie Lefèvre. 2019. The subjunctive of report in Romance and "
        "Basque. *Language* 95(2). 287-321."
    )
    assert (art.title, art.venue, art.volume, art.number, art.pages) == (
        "The subjunctive of report in Romance and Basque",
        "Language",
        "95",
        "2",
        "287--321",
    )
    soon = parse_md(
        "Irazábal, Sofía. To appear. Conditional hearsay and reportative operators. "
        "*Semantics and Pragmatics*."
    )
    assert (soon.title, soon.venue, soon.status) == (
        "Conditional hearsay and reportative operators",
        "Semantics and Pragmatics",
        "forthcoming",
    )
    review = parse_md(
        "Irazábal, Sofía. 2017. Review of Tomás Quiroga, *Mood across Romance*. *Language* "
        "93(3). 720-723."
    )
    assert (review.title, review.venue, [p.family for p in review.authors]) == (
        "Review of Tomás Quiroga, Mood across Romance",
        "Language",
        ["Irazábal"],
    )


def test_reports_of_a_section_of_reports_and_working_papers() -> None:
    import cvbib

    cv = (
        "### Reports, Policy Papers and Working Papers\n\n"
        "- **Varga, I.**, Doyle, M. and Sato, K. (2022) *Small Sites, Big Potential: Infill "
        "Housing*. London: Greater London Authority.\n"
        "- **Varga, I.** (2020) *Low-Traffic Neighbourhoods: Early Evidence*. Report prepared "
        "for Transport for London. London: Transport for London.\n"
    )
    a, b = cvbib.extract_text(cv, "cv.md").records
    assert (a.type, a.venue, a.address) == ("techreport", "Greater London Authority", "London")
    assert (b.type, b.venue) == ("techreport", "Transport for London")


def test_a_linked_button_in_brackets_is_no_venue_text() -> None:
    import cvbib

    html = (
        '<h2>Publications</h2><ul><li>A. Smith, "A title of a paper here," Some Workshop, '
        '2020. [<a href="https://h.net/1">Handle</a>]</li></ul>'
    )
    (rec,) = cvbib.extract_text(html, "cv.html").records
    assert (rec.venue, rec.urls) == ("Some Workshop", ("https://h.net/1",))


def test_ieee_month_ranges() -> None:
    rec = parse(
        'A. Owner, "Title of the second paper," IEEE Trans. Ind. Appl., vol. 55, no. 6, '
        "pp. 6120–6130, Nov./Dec. 2019."
    )
    assert (rec.venue_short or rec.venue, rec.month, rec.year) == (
        "IEEE Trans. Ind. Appl.",
        11,
        2019,
    )


def test_affiliation_letters_glued_to_pinyin_names() -> None:
    rec = parse_md(
        "Boqian Wua, Qiao Xiaob, **Shiwei Liu**, Lu Yin. *E2ENet: Dynamic Sparse Feature "
        "Fusion*. Under Review."
    )
    assert [p.family for p in rec.authors] == ["Wu", "Xiao", "Liu", "Yin"]
    # one such name alone is a name ("Chua", "Nie")
    one = parse("Moreau, C. L., & Chua, W. J. (2020). A title here. *Journal*, 1, 2-3.")
    assert [p.family for p in one.authors] == ["Moreau", "Chua"]


def test_parse_reference_reads_gbt_names_family_first() -> None:
    import cvbib

    rec = cvbib.parse_reference(
        "Wang Xiaoming, Li Yong. Effect of Al addition[J]. Acta Metallurgica Sinica, 2020, "
        "33(6): 801-810."
    )
    assert [(p.family, p.given) for p in rec.authors] == [("Wang", "Xiaoming"), ("Li", "Yong")]


def test_a_title_keeps_the_period_of_a_closing_initialism() -> None:
    import cvbib

    cv = (
        "## Publications\n\n"
        '**Whitlock, T.** "Trade Policy and Farm Labor in the U.S." *Agricultural History* 12 '
        "(2019): 1–20.\n\n"
        "Smith, J. (2020). Health care in the States. *Journal of Things*, 1, 2-3.\n"
    )
    titles = [r.title for r in cvbib.extract_text(cv, "cv.md").records]
    assert titles == ["Trade Policy and Farm Labor in the U.S.", "Health care in the States"]


def test_a_thesis_in_a_university_repository_names_the_university() -> None:
    r = parse(
        "**Zhaorui Zhang**, Efficient Parameter Update Strategy for Distributed Deep Learning "
        "Systems, HKU Theses Online (HKUTO), 2021."
    )
    assert r.type == "phdthesis"
    assert r.venue == "The University of Hong Kong" and r.venue_short is None
    assert "Repository: HKU Theses Online" in r.extra
    r = parse("J. Roe. Learning Sparse Models. PhD dissertation, DSpace@MIT, 2019.")
    assert (r.type, r.venue) == ("phdthesis", "Massachusetts Institute of Technology")


def test_a_repository_acronym_is_no_venue_inside_other_text() -> None:
    r = parse("J. Roe. Adaptive DASH Streaming over QUIC. In Proc. ACM MMSys, 2020.")
    assert r.type == "inproceedings" and "Harvard" not in (r.venue or "")


def test_a_chicago_book_review_is_titled_by_the_book_and_its_author() -> None:
    r = parse_md(
        "*Silver and Salt: Mining Towns of Northern New Spain*, by Gregory A. Hale. "
        "*The Americas* 77, no. 1 (2020): 154–56."
    )
    assert r.title == "Silver and Salt: Mining Towns of Northern New Spain, by Gregory A. Hale"
    assert r.venue == "The Americas" and not r.authors


def test_editors_first_then_their_italic_volume() -> None:
    r = parse_md(
        "Beltrán Ortega, Lucía, and Thomas R. Kessler, eds. *Borderland Economies: Markets, "
        "States, and Mobility in North America, 1750–1950*. Tucson: University of Arizona "
        "Press, 2021."
    )
    assert r.title == (
        "Borderland Economies: Markets, States, and Mobility in North America, 1750–1950"
    )
    assert r.type == "book" and [p.family for p in r.editors] == ["Beltrán Ortega", "Kessler"]


def test_with_a_coauthor_whose_name_has_a_middle_initial() -> None:
    r = parse_md(
        '"Introduction: Economies of the Borderlands." With Thomas R. Kessler. In *Borderland '
        "Economies*, edited by Lucía Beltrán Ortega and Thomas R. Kessler, 1–24. Tucson: "
        "University of Arizona Press, 2021."
    )
    assert [(p.given, p.family) for p in r.authors] == [("Thomas R.", "Kessler")]
    assert r.venue == "Borderland Economies"


def test_aas_volume_and_first_page_after_the_journal() -> None:
    r = parse(
        'Halvorsen, J. & Castellano, R., "Calorimetry of Relativistic Tidal Disruption Events '
        'with the VLA", ApJ, 873, 97 (2019)'
    )
    assert (r.volume, r.number, r.pages, r.year) == ("873", None, "97", 2019)
    r = parse(
        'Tremblay, S. E., Kurosawa, M., Halvorsen, J., et al. 2022, "Millimetre Observations of '
        'Radio-loud Tidal Disruption Events with NOEMA", A&A, 662, A85'
    )
    assert (r.volume, r.pages, r.year) == ("662", "A85", 2022)


def test_aas_names_year_and_venue_before_a_quoted_title() -> None:
    r = parse(
        "Halvorsen, J., Moreno, A. R., Li, X., Castellano, R., & Nakagawa, T. 2020, ApJ, 901, "
        '45, "Late-time Radio Rebrightening in the Tidal Disruption Event AT2019qvk"'
    )
    assert r.authors[-1] == Person("Nakagawa", "T.")
    assert (r.year, r.venue_short, r.volume, r.pages) == (2020, "Astrophys. J.", "901", "45")
    r = parse(
        'Halvorsen, J., Okoye, C. N., & Sato, K. 2019, ATel #12345, "VLA Radio Detection of '
        'the Tidal Disruption Event AT2019qvk"'
    )
    assert r.authors[-1] == Person("Sato", "K.") and r.year == 2019


def test_et_al_including_the_owner() -> None:
    r = parse(
        'Abernathy, R. T., Bellini, G., Chowdhury, S., et al. (incl. J. Halvorsen) 2021, "The '
        'Radio Transient Census: Rates and Demographics", AJ, 161, 242'
    )
    assert [p.family for p in r.authors] == ["Abernathy", "Bellini", "Chowdhury"]
    assert (r.year, r.venue_short, r.volume, r.pages) == (2021, "Astron. J.", "161", "242")
    assert "incl. J. Halvorsen" in r.extra


def test_a_letter_re_an_article_keeps_its_quoted_title() -> None:
    r = parse(
        'Lindqvist S, Halvorsen IM. Re: "Test-negative designs in the era of home testing". '
        "Am J Epidemiol. 2023 Feb 1;192(2):312-3."
    )
    assert r.title == 'Re: "Test-negative designs in the era of home testing"'
    assert [p.family for p in r.authors] == ["Lindqvist", "Halvorsen"]


def test_nlm_reports_name_the_institution_and_the_number() -> None:
    r = parse(
        "Halvorsen IM, Berg K. Evaluation of the sentinel influenza surveillance system, "
        "2010-2015. Oslo: Norwegian Institute of Public Health; 2016. Report No.: 2016:7."
    )
    assert (r.type, r.venue, r.address, r.number, r.year) == (
        "techreport",
        "Norwegian Institute of Public Health",
        "Oslo",
        "2016:7",
        2016,
    )
    r = parse(
        "Kamau G, Halvorsen IM. Operational guidance for household transmission studies. "
        "Geneva: World Health Organization; 2023 (WHO Technical Report Series, No. 1045)."
    )
    assert (r.venue, r.number) == ("World Health Organization", "1045")
    assert "WHO Technical Report Series" in r.extra


def test_an_nlm_thesis_names_its_school_before_the_series() -> None:
    r = parse(
        "Bergström AK. Genetic Studies of Feline Cardiomyopathy [dissertation]. Uppsala, "
        "Sweden: Swedish University of Agricultural Sciences; 2012. Acta Universitatis "
        "agriculturae Sueciae 2012:41."
    )
    assert (r.type, r.venue, r.year) == (
        "phdthesis",
        "Swedish University of Agricultural Sciences",
        2012,
    )


def test_key_findings_brief_is_a_series_not_the_findings_track() -> None:
    r = parse(
        'Okafor, Tamsin J. 2020. "Simplify Benefit Renewals During the Pandemic." Scholars '
        "Strategy Network Key Findings Brief."
    )
    assert r.venue == "Scholars Strategy Network Key Findings Brief"
    assert not r.findings and "Findings" not in r.notes


def test_a_society_after_italic_proceedings_is_their_publisher() -> None:
    r = parse_md(
        "Mei-Lin Zhao and Helena Brandvold. 2020. Fast Spectral Rendering with Sparse "
        "Wavelength Sampling. In *Eurographics Symposium on Rendering – DL-only Track*. The "
        "Eurographics Association, 11 pages."
    )
    assert r.venue == "Eurographics Symposium on Rendering – DL-only Track"
    assert r.publisher == "The Eurographics Association"


def test_a_book_series_separates_the_book_from_its_publisher() -> None:
    r = parse_md(
        "J. Höfler and J. Ménard, *Problems on right-angled Coxeter groups*, Topological methods "
        "in group theory, Contemp. Math., vol. 749, Amer. Math. Soc., Providence, RI, 2020, "
        "pp. 85–112."
    )
    assert (r.type, r.venue, r.volume, r.publisher, r.address) == (
        "incollection",
        "Topological methods in group theory",
        "749",
        "Amer. Math. Soc.",
        "Providence, RI",
    )
    assert "Series: Contemp. Math." in r.extra
    r = parse_md(
        "J. Ménard, *Lectures on special cube complexes*, Lecture Notes in Math., vol. 2312, "
        "Springer, Cham, 2022."
    )
    assert (r.type, r.venue, r.volume, r.publisher) == ("book", None, "2312", "Springer")


def test_a_paper_to_appear_takes_no_year_from_its_arxiv_id() -> None:
    r = parse(
        "J. Ménard and A. Lefèvre, Boundaries of Coxeter groups and the visual sphere, to "
        "appear in Duke Math. J., arXiv:2011.05518."
    )
    assert r.year is None and r.arxiv == "2011.05518"
    r = parse("W. Zhang, L. Chen. Scaling laws. Submitted to NeurIPS 2025. arXiv:2502.01234.")
    assert r.year == 2025  # a submitted preprint is dated as a preprint


def test_astronomy_proceedings_in_a_numbered_series_with_editors() -> None:
    r = parse(
        'Halvorsen, J. & Castellano, R. 2018, "Tidal Disruption Events with the ngVLA", in ASP '
        "Conf. Ser. 517, Science with a Next Generation Very Large Array, ed. E. J. Marlowe, 689"
    )
    assert (r.type, r.venue, r.volume, r.pages) == (
        "inproceedings",
        "Science with a Next Generation Very Large Array",
        "517",
        "689",
    )
    assert [p.family for p in r.editors] == ["Marlowe"]
    assert "Series: ASP Conf. Ser." in r.extra
    r = parse(
        'Lindqvist, T. V. 2019, "A Pipeline", in ASP Conf. Ser. 523, Astronomical Data Analysis '
        "Software and Systems XXVIII, ed. P. J. Teuben, M. W. Pound, B. A. Thomas, & E. M. "
        "Warner (San Francisco, CA: ASP), 45"
    )
    assert [p.family for p in r.editors] == ["Teuben", "Pound", "Thomas", "Warner"]
    assert (r.venue, r.publisher, r.pages) == (
        "Astronomical Data Analysis Software and Systems XXVIII",
        "ASP",
        "45",
    )


def test_german_journal_after_in_and_chapter_after_editors() -> None:
    r = parse_md(
        "Wöhrle, A.; Brenner, L.; Kowalczyk, M. (2024): Algorithmic Control and Worker "
        "Resistance. In: *Business & Information Systems Engineering* 66 (2), S. 189–207."
    )
    assert (r.type, r.venue, r.volume, r.number, r.pages, r.year) == (
        "article",
        "Business & Information Systems Engineering",
        "66",
        "2",
        "189--207",
        2024,
    )
    r = parse_md(
        "Wöhrle, A. (2023): Algorithmisches Management. In: Meier, K.; Schulz-Nowak, T. (Hg.): "
        "*Handbuch Digitale Arbeit*. Wiesbaden: Springer Gabler, S. 233–251."
    )
    assert (r.type, r.title, r.venue, r.year) == (
        "incollection",
        "Algorithmisches Management",
        "Handbuch Digitale Arbeit",
        2023,
    )
    assert [p.family for p in r.editors] == ["Meier", "Schulz-Nowak"]
    r = parse_md(
        "Kowalczyk, M.; Wöhrle, A. (im Erscheinen): Erklärbarkeit von KI-Systemen. In: "
        "*Zeitschrift für Arbeitswissenschaft*."
    )
    assert (r.type, r.status, r.year) == ("article", "forthcoming", None)


def test_german_working_paper_series_and_french_issue_number() -> None:
    r = parse(
        "Wöhrle, A.; Brenner, L. (2022): Algorithmisches Management in deutschen Unternehmen. "
        "Göttinger Arbeitspapiere zur Wirtschaftsinformatik, Nr. 12."
    )
    assert (r.type, r.venue, r.number) == (
        "techreport",
        "Göttinger Arbeitspapiere zur Wirtschaftsinformatik",
        "12",
    )
    r = parse(
        "G. Martin et L. Petit. « Titre en français ». Revue X, vol. 12, n° 3, p. 45-67, 2019."
    )
    assert (r.volume, r.number, r.pages) == ("12", "3", "45--67")


def test_french_proceedings_with_a_best_paper_prize() -> None:
    r = parse(
        "[N3] L. Garnier et C. Dumontier. « Reconnaissance d'entités nommées en ancien "
        "français ». Dans Actes de la 29e Conférence sur le Traitement Automatique des Langues "
        "Naturelles (TALN), Avignon, France, p. 120-131, 2022. Prix du meilleur article."
    )
    assert (r.type, r.venue_short, r.pages, r.year) == ("inproceedings", "TALN", "120--131", 2022)
    assert r.notes == ("Best Paper Award",)


def test_a_chapter_keeps_its_book_before_the_publisher() -> None:
    r = parse(
        "C. Dumontier. « Les entités nommées dans les textes anciens ». Dans : S. Roux et J. "
        "Martin (dir.), Humanités numériques et patrimoine écrit, Presses universitaires de "
        "Rennes, p. 87-112, 2020."
    )
    assert (r.type, r.venue, r.publisher) == (
        "incollection",
        "Humanités numériques et patrimoine écrit",
        "Presses universitaires de Rennes",
    )


def test_ieee_article_number_and_the_lre_journal() -> None:
    r = parse(
        'M. T. Castellanos and J. E. Whitfield, "Sub-Nyquist sampling: A robustness analysis," '
        "EURASIP J. Adv. Signal Process., vol. 12, Art. no. 34, 2020."
    )
    assert (r.volume, r.pages) == ("12", "34")
    r = parse(
        'T. Nguyen and C. Dumontier. "Cross-lingual transfer for named entity recognition". '
        "Language Resources and Evaluation, vol. 55, n° 4, p. 1021-1052, 2021."
    )
    assert (r.type, r.venue) == ("article", "Language Resources and Evaluation")


def test_dblp_homonym_numbers_corr_ids_and_workshops_at_conferences() -> None:
    r = parse(
        "Katarina Novak, Ahmed El-Sayed, Lin Chen 0007: Are Learned Query Optimizers Ready for "
        "Production? An Experimental Study. CoRR abs/2403.11872 (2024)"
    )
    assert [(p.given, p.family) for p in r.authors][-1] == ("Lin", "Chen")
    assert r.title == ("Are Learned Query Optimizers Ready for Production? An Experimental Study")
    assert (r.arxiv, r.type, r.year) == ("2403.11872", "misc", 2024)
    assert r.source.text[r.span("title").start : r.span("title").end].startswith("Are")
    r = parse(
        "Jonas Weber, Katarina Novak: Toward Declarative Feature Pipelines for Tabular ML. "
        "DEEM@SIGMOD 2024: 4:1-4:7"
    )
    assert r.workshop and r.venue == "DEEM@SIGMOD"


def test_chicago_chapter_in_an_italic_book_with_two_editors() -> None:
    r = parse_md(
        "“Constitutivism and the Shmagency Challenge.” In *Reasons and Their Limits*, ed. Hannah "
        "Ostrowski and Ivo Lindqvist, 88–112. Oxford: Oxford University Press, 2021."
    )
    assert (r.type, r.venue, r.pages) == ("incollection", "Reasons and Their Limits", "88--112")
    assert [p.family for p in r.editors] == ["Ostrowski", "Lindqvist"]


def test_online_editions_and_dotted_dates() -> None:
    r = parse_md(
        "“Instrumental Transmission.” *The Stanford Encyclopedia of Philosophy* (Fall 2023 "
        "Edition)."
    )
    assert r.year == 2023 and "Fall 2023 Edition" in r.extra
    assert r.venue == "The Stanford Encyclopedia of Philosophy"
    r = parse_md(
        "Review of *Intention and Normativity* by Peter Lindgren. *Notre Dame Philosophical "
        "Reviews*, 2019.08.14."
    )
    assert (r.year, r.month, r.type, r.venue) == (
        2019,
        8,
        "article",
        "Notre Dame Philosophical Reviews",
    )


def test_a_dblp_thesis_is_one_author_and_a_university() -> None:
    r = parse(
        "Katarina Novak: Adaptive Query Processing for Machine Learning Workloads. ETH Zurich, "
        "Zürich, Switzerland, 2019"
    )
    assert (r.type, r.venue, r.year) == ("phdthesis", "ETH Zurich", 2019)
    assert (
        parse("Jane Doe: Learning Sparse Models. Cambridge University Press, 2018.").type == "book"
    )


def test_coauthors_in_a_sentence_of_their_own_after_an_unstyled_title() -> None:
    r = parse(
        "Minimum Wages and Firm Entry: Evidence from Regional Bunching. with Tomás Arriaga and "
        "Mei Lin. American Economic Review, 114(3): 721–758."
    )
    assert r.title == "Minimum Wages and Firm Entry: Evidence from Regional Bunching"
    assert [p.family for p in r.authors] == ["Arriaga", "Lin"] and r.span("coauthors")
    r = parse("Commuting Zones, Broadband, and Firm Entry. with Tomás Arriaga. Submitted.")
    assert r.title == "Commuting Zones, Broadband, and Firm Entry"
    assert [p.family for p in r.authors] == ["Arriaga"]


def test_star_marks_and_a_title_head_with_a_colon_before_a_names_sentence() -> None:
    r = parse(
        "[USENIX Security '25] TireTrack: Stateful Fuzzing of Automotive Diagnostic Protocols. "
        "Lukas Brandt★, Mira Okafor★, Tobias Reinholt. 34th USENIX Security Symposium, 2025."
    )
    assert [p.family for p in r.authors] == ["Brandt", "Okafor", "Reinholt"]
    assert "★" in r.source.text  # the source keeps the text as written
    r = parse(
        "[CCS '23] Half-Duplex Lies: Exploiting Semantic Gaps in CAN-FD Gateways. Daniela "
        "Ferraz, Tobias Reinholt, Kaveh Rostami. ACM CCS, 2023."
    )
    assert r.title == "Half-Duplex Lies: Exploiting Semantic Gaps in CAN-FD Gateways"
    assert [p.family for p in r.authors] == ["Ferraz", "Reinholt", "Rostami"]


def test_japanese_entries_family_first_with_kagikakko_titles_and_dates() -> None:
    r = parse(
        "中村 悠真, 高橋 誠: 「自己教師あり学習表現を用いた東北方言音声の認識」, 日本音響学会誌, "
        "Vol. 78, No. 5, pp. 233-241, 2022."
    )
    assert r.title == "自己教師あり学習表現を用いた東北方言音声の認識"
    assert [(p.family, p.given) for p in r.authors] == [("中村", "悠真"), ("高橋", "誠")]
    assert (r.venue, r.volume, r.year) == ("日本音響学会誌", "78", 2022)
    r = parse(
        "佐藤 花子, 中村 悠真, 他: 「感情音声合成における話者性と感情表現の分離」, 日本音響学会 "
        "秋季研究発表会 講演論文集, pp. 1011-1014, 2021年9月."
    )
    assert [p.family for p in r.authors] == ["佐藤", "中村"] and (r.year, r.month) == (2021, 9)
    r = parse("中村 悠真: 「東北方言音声の音響的特徴の分析」, 修士論文, 東北大学, 2016年3月.")
    assert (r.type, r.venue, r.year) == ("mastersthesis", "東北大学", 2016)


def test_a_dataset_in_a_data_repository_is_misc() -> None:
    r = parse(
        "Ekdahl, M.T., Nordin, P., 2022. Dissolved organic carbon concentrations in boreal "
        "headwater streams. Dryad, Dataset. https://doi.org/10.5061/dryad.x3ffbg7kp"
    )
    assert (r.type, r.venue, r.doi) == ("misc", "Dryad", "10.5061/dryad.x3ffbg7kp")


def test_elsevier_year_sentence_after_the_names_and_chapters_after_in() -> None:
    r = parse(
        "Ekdahl, M.T., Nordin, P., Lindqvist, H., 2022. Water quality monitoring of restored "
        "wetlands in Skåne County, 2010–2021. Swedish Environmental Protection Agency, Report "
        "7045, Stockholm."
    )
    assert (r.type, r.year, r.number) == ("techreport", 2022, "7045")
    assert r.title == "Water quality monitoring of restored wetlands in Skåne County, 2010–2021"
    r = parse_md(
        "Ekdahl, M.T., Nordin, P., 2020. Carbon cycling in boreal freshwaters, in: Halvorsen, K., "
        "Reyes, D. (Eds.), *Boreal Ecosystems in a Changing Climate*. Springer, Cham, pp. 211–238."
    )
    assert (r.title, r.venue, r.year) == (
        "Carbon cycling in boreal freshwaters",
        "Boreal Ecosystems in a Changing Climate",
        2020,
    )


def test_a_report_institution_then_its_city() -> None:
    r = parse(
        "Whitlock, S.A., Ekdahl, M.T., 2021. Microplastics in snow and meltwater: sampling "
        "protocol and pilot results. Norwegian Institute for Water Research (NIVA), Report "
        "7612-2021, Oslo."
    )
    assert (r.type, r.venue, r.address, r.number) == (
        "techreport",
        "Norwegian Institute for Water Research (NIVA)",
        "Oslo",
        "7612-2021",
    )


def test_agu_abstract_numbers_and_open_file_reports() -> None:
    r = parse_cv_entry(
        EntryText(
            "Haldane, R. T., & Etcheverry, M. Q. (2022). Slip rate variability across the central "
            "Walker Lane. Abstract T23A-05 presented at AGU Fall Meeting 2022, Chicago, IL.",
            "cv.txt",
            1,
            1,
        )
    )
    assert (r.venue, r.number, r.year) == ("AGU Fall Meeting", "T23A-05", 2022)
    r = parse(
        "Etcheverry, M. Q., & Voss, A. J. (2018). Reconnaissance mapping of Quaternary fault "
        "scarps in the Pah Rah Range (Open-File Report 18-7). Nevada Bureau of Mines and Geology."
    )
    assert r.title == "Reconnaissance mapping of Quaternary fault scarps in the Pah Rah Range"
    assert (r.type, r.number) == ("techreport", "18-7")


def test_invited_after_a_title_is_a_note() -> None:
    r = parse(
        "Etcheverry, M. Q. (2019). Reconciling geologic and geodetic slip rates in the Basin and "
        "Range (invited). Abstract T41C-02 presented at AGU Fall Meeting 2019, San Francisco, CA."
    )
    assert r.title == "Reconciling geologic and geodetic slip rates in the Basin and Range"
    assert "Invited" in r.notes


def test_spanish_communications_presented_at_a_congress() -> None:
    r = parse(
        "Barranco Mediavilla, L. y Ruiz Caballero, A. (2023, julio). Perfiles latentes de "
        "motivación en matemáticas: implicaciones para la orientación educativa. Comunicación "
        "oral presentada en el XI Congreso Internacional de Psicología y Educación, Granada, "
        "España."
    )
    assert (r.type, r.venue) == (
        "inproceedings",
        "XI Congreso Internacional de Psicología y Educación",
    )
    assert r.title.endswith("implicaciones para la orientación educativa")
    r = parse(
        "Gómez Herrera, I. (2021, septiembre). Test anxiety in vocational education students. "
        "Póster presentado en la 19th Biennial EARLI Conference, Gotemburgo, Suecia."
    )
    assert "Poster" in r.notes and r.venue == "Biennial EARLI Conference"


def test_google_scholar_rows() -> None:
    """Title first, initials without dots, a volume with its article number, a handbook."""
    r = parse_cv_entry(
        EntryText(
            "Mobility-aware federated learning. P Romano, M Rossi, A Conti. Transportation "
            "Research Part C: Emerging Technologies 152, 104178, 2023. 2023",
            "x.html",
            1,
            1,
        )
    )
    assert (r.type, r.volume, r.pages, r.year) == ("article", "152", "104178", 2023)
    assert [p.family for p in r.authors] == ["Romano", "Rossi", "Conti"]
    r = parse_cv_entry(
        EntryText(
            "Graph learning for transportation. M Rossi. Handbook of Graph Neural Networks, "
            "455-478, 2022. 2022",
            "x.html",
            1,
            1,
        )
    )
    assert (r.type, r.venue, r.pages) == (
        "incollection",
        "Handbook of Graph Neural Networks",
        "455--478",
    )


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # APS with its arXiv id after the journal reference
            "M. J. Novotný, Purification timescales in monitored random circuits with U(1) "
            "symmetry, Phys. Rev. Lett. 127, 090501 (2021), arXiv:2103.04417.",
            {
                "type": "article",
                "volume": "127",
                "pages": "090501",
                "arxiv": "2103.04417",
                "title": "Purification timescales in monitored random circuits with U(1) symmetry",
            },
        ),
        (  # "accepted in" a journal: to appear there, not an arXiv preprint
            "M. J. Novotný and A. Kowalski, Decoding thresholds for monitored Floquet codes, "
            "accepted in PRX Quantum (2024), arXiv:2401.09876.",
            {"type": "article", "status": "forthcoming", "venue": "PRX Quantum"},
        ),
        (  # APS's highlight is a note, the titleless entry keeps its journal
            "P. Zaleski, M. J. Novotný, and D. Okafor, Phys. Rev. Lett. 131, 210601 (2023). "
            "[Editors’ Suggestion]",
            {"title": "", "volume": "131", "pages": "210601", "notes": ("Editors' Suggestion",)},
        ),
        (  # USSL thesis: the degree after the school
            "Kjartansdóttir, Sigríður. 2010. Fall og samræmi í íslenskum nafnháttarsetningum. "
            "Reykjavík: University of Iceland MA thesis.",
            {"type": "mastersthesis", "venue": "University of Iceland"},
        ),
        (  # a bioRxiv DOI dates the preprint
            "Okafor-Lindgren T, Achterberg IR. CycloDecon2: joint deconvolution of cell cycle "
            "and cell type. bioRxiv; doi: https://doi.org/10.1101/2024.02.28.582399.",
            {"year": 2024, "doi": "10.1101/2024.02.28.582399"},
        ),
        (  # PLOS: volume, issue and article number
            "Achterberg IR, Stewart KD (2020). Temporal regulatory network inference. "
            "PLoS Computational Biology 16(7):e1008032.",
            {"volume": "16", "number": "7", "pages": "e1008032"},
        ),
        (  # ASCE report numbers name their series
            "Domínguez-Carrillo, R., and Ashworth, G. (2019). “Collapse fragility of frames.” "
            "Rep. No. PEER 2019/03, Pacific Earthquake Engineering Research Center, Berkeley, CA.",
            {"type": "techreport", "number": "PEER 2019/03", "year": 2019},
        ),
        (  # a homepage's dash between title and names, a venue's year tag after a space
            "*Is Persistent Memory Dead? Lessons from Optane* — Hannah Goldrick, Kenji "
            "Marquardt. 13th ACM Workshop on Hot Topics in Storage and File Systems "
            "(HotStorage '21).",
            {"year": 2021, "venue_short": "HotStorage"},
        ),
    ],
)
def test_physics_thesis_preprint_and_report_shapes(text: str, fields: dict[str, object]) -> None:
    rec = parse_cv_entry(EntryText(text, "cv.md", 1, 1))
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


def test_ams_entries_name_the_owner_by_leaving_names_out() -> None:
    """AMS lists: '(with É. Lefèvre) *Title*, Journal', or no names at all: the journal after
    the title is no author."""
    rec = parse_cv_entry(
        EntryText(
            "(with É. Lefèvre) *Exponential sums over p-adic fields*, Compos. Math. 156 "
            "(2020), no. 9, 1823–1866.",
            "cv.md",
            1,
            1,
            italic=((17, 51),),
        )
    )
    assert [p.family for p in rec.authors] == ["Lefèvre"]
    rec = parse_cv_entry(
        EntryText(
            "*Fine Selmer groups over non-cyclotomic extensions*, Duke Math. J. 170 (2021), "
            "no. 14, 3011–3059.",
            "cv.md",
            1,
            1,
            italic=((0, 51),),
        )
    )
    assert rec.authors == () and rec.venue_short == "Duke Math. J."


@pytest.mark.parametrize(
    ("text", "hint", "fields"),
    [
        (  # Vancouver capitals beyond ASCII, and a group after the people
            "Aasen KM, Łukasiewicz P, Yılmaz Ş, Müller-Schön T; COVID-19 Genomics UK (COG-UK) "
            "Consortium. Cross-border importation of SARS-CoV-2 lineage B.1.1.7 into "
            "Scandinavia. Lancet Infect Dis. 2021;21(5):e123-e130.",
            None,
            {
                "authors": (
                    Person(family="Aasen", given="K. M."),
                    Person(family="Łukasiewicz", given="P."),
                    Person(family="Yılmaz", given="Ş."),
                    Person(family="Müller-Schön", given="T."),
                    Person(family="COVID-19 Genomics UK (COG-UK) Consortium"),
                ),
                "title": "Cross-border importation of SARS-CoV-2 lineage B.1.1.7 into Scandinavia",
            },
        ),
        (  # NLM: the original title, its translation and language as remarks
            "Aasen KM, Mørch-Rasmussen L. Udbrud af Shigella sonnei efter indtag af importerede "
            "sukkerærter [Outbreak of Shigella sonnei after consumption of imported sugar snap "
            "peas]. Ugeskr Laeger. 2019;181(22):V01190034. Danish.",
            None,
            {
                "title": "Udbrud af Shigella sonnei efter indtag af importerede sukkerærter",
                "venue": "Ugeskr Laeger",
                "extra": (
                    "In Danish",
                    "Translated title: Outbreak of Shigella sonnei after consumption of "
                    "imported sugar snap peas",
                ),
            },
        ),
        (  # online first: the PII is no page, the journal is a journal
            "Kallio-Lindström E, Aasen KM. Pertussis resurgence in infants after the pandemic. "
            "Clin Microbiol Infect. 2024 Jan 18:S1198-743X(24)00021-5. Epub ahead of print.",
            None,
            {"type": "article", "venue": "Clin Microbiol Infect", "pages": None, "year": 2024},
        ),
        (  # a body as the author of an NLM report
            "World Health Organization Regional Office for Europe. Guidance on contact tracing "
            "for respiratory pathogens in the WHO European Region. Copenhagen: WHO Regional "
            "Office for Europe; 2021.",
            None,
            {"authors": (Person(family="World Health Organization Regional Office for Europe"),)},
        ),
        (  # a department's numbered staff paper
            'Okafor, Chinedu, and Rebecca J. Lindqvist. 2022. "Drought Monitor Designations." '
            "Staff Paper No. 22-04, Department of Agricultural Economics, Kansas State University.",
            None,
            {
                "type": "techreport",
                "number": "22-04",
                "venue": "Department of Agricultural Economics, Kansas State University",
            },
        ),
        (  # Chicago's chapter number before the book
            'Lindqvist, Rebecca J. 2017. "Farm Safety Nets." Chap. 7 in Agricultural Policy in '
            "Transition, edited by J. Alan Whitmore, 155–180. Ames, IA: Wiley-Blackwell.",
            None,
            {"type": "incollection", "venue": "Agricultural Policy in Transition"},
        ),
        (  # an award set off by a dash
            'Lindqvist, Rebecca J. 2021. "Climate Change and Crop Insurance." American Journal '
            "of Agricultural Economics 103 (4): 1201–1225. — AAEA Quality of Research Discovery "
            "Award, 2022",
            None,
            {"venue": "American Journal of Agricultural Economics", "pages": "1201--1225"},
        ),
    ],
)
def test_vancouver_nlm_and_report_shapes(
    text: str, hint: str | None, fields: dict[str, object]
) -> None:
    rec = parse_cv_entry(EntryText(text, "cv.md", 1, 1, hint=hint))
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


def test_extension_publications_are_numbered_reports() -> None:
    import cvbib

    recs = cvbib.extract_text(
        "## Extension Publications\n\n- Marchetti, Kelsey, and Rebecca J. Lindqvist. 2020. "
        "*Kansas Farmland Rental Rates, 2020.* MF2986 (rev.). K-State Research and Extension.\n",
        "cv.md",
    ).records
    assert [(r.type, r.number, r.venue) for r in recs] == [
        ("techreport", "MF2986", "K-State Research and Extension")
    ]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # RSC leaves the title out
            "M. Sharma, E. J. Fitzgerald, L. Baptiste and N. O'Callaghan*, Chem. Sci., 2024, "
            "15, 3318–3327.",
            {"title": "", "type": "article", "volume": "15", "pages": "3318--3327", "year": 2024},
        ),
        (
            "N. O'Callaghan, Chem. – Eur. J., 2020, 26, 12001–12006.",
            {"title": "", "venue": "Chemistry – A European Journal", "volume": "26"},
        ),
        (  # "in press", no volume
            "R. K. Nair, D. J. McAllister and N. O'Callaghan*, Inorg. Chem., 2024, in press.",
            {"title": "", "status": "forthcoming", "venue": "Inorganic Chemistry"},
        ),
        (  # a cover as a note leaves the volume its place at the end
            "N. O'Callaghan and M. R. Drysdale, Chem. Commun., 2014, 50, 11023–11026. (Inside "
            "back cover)",
            {"volume": "50", "notes": ("Cover Article",)},
        ),
        (  # initials first: "R. K." begins the next name
            "L. Baptiste, R. K. Nair and N. O'Callaghan*, Tandem dehydrogenation–hydroboration "
            "with a single iron pincer complex, submitted to J. Am. Chem. Soc., 2024.",
            {
                "authors": (
                    Person(family="Baptiste", given="L."),
                    Person(family="Nair", given="R. K."),
                    Person(family="O'Callaghan", given="N."),
                ),
                "status": "under review",
            },
        ),
        (  # a chapter without its title
            "N. O'Callaghan, in Earth-Abundant Metal Catalysis: Concepts and Applications, ed. "
            "H. Lindgren and S. P. Ashworth, Royal Society of Chemistry, Cambridge, 2021, ch. 7, "
            "pp. 201–236.",
            {"title": "", "type": "incollection", "pages": "201--236"},
        ),
        (  # a journal's label of the article is a remark
            "O'Callaghan, N. Base-Metal Catalysts for Alkene Hydrofunctionalisation. Synthesis "
            "2020, 52, 3011–3024. (Short Review)",
            {"venue": "Synthesis", "extra": ("Short Review",)},
        ),
    ],
)
def test_rsc_and_acs_shapes(text: str, fields: dict[str, object]) -> None:
    rec = parse_cv_entry(EntryText(text, "cv.txt", 1, 1))
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


def test_title_sentences_with_inline_styles_and_groups() -> None:
    # a species in italics inside the title sentence is no title
    text = (
        "Mbeki, K., D. K. Amankwah, and M. T. Okonkwo-Reyes. 2021. Herbivore-induced volatiles "
        "reduce bumble bee visitation to Solanum carolinense. Ecosphere 12:e03567."
    )
    a = text.index("Solanum")
    rec = parse_cv_entry(EntryText(text, "cv.md", 1, 1, italic=((a, a + 19),)))
    assert rec.title.endswith("visitation to Solanum carolinense") and rec.venue == "Ecosphere"
    # scare quotes inside a title; an italic journal with a colon and APA's online first
    text = (
        "Nguyen, T. H., & Thornbury, E. K. (2024). Does the “bilingual advantage” survive "
        "preregistration? Bilingualism: Language and Cognition. Advance online publication."
    )
    a = text.index("Bilingualism")
    rec = parse_cv_entry(EntryText(text, "cv.tex", 1, 1, italic=((a, a + 36),)))
    assert rec.title == "Does the “bilingual advantage” survive preregistration?"
    assert (rec.venue, rec.publisher) == ("Bilingualism: Language and Cognition", None)
    # AMA's group after "et al"
    rec = parse_cv_entry(
        EntryText(
            "Oduya HM, Ramaswamy V, Shapiro-Kent D, et al; MITRA-HF Investigators. Rationale "
            "and design of the MITRA-HF registry. Am Heart J. 2021;238:1-9.",
            "cv.txt",
            1,
            1,
        )
    )
    assert rec.authors[-1] == Person(family="MITRA-HF Investigators")
    assert rec.title == "Rationale and design of the MITRA-HF registry"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # ESA: "Pages X–Y in Editors, editors. Book. Second edition. Publisher, Place."
            "Okonkwo-Reyes, M. T., and R. A. Hallworth. 2022. Pollinators in a changing "
            "climate. Pages 211–238 in L. K. Marchetti and D. Ostrowski, editors. Plant–animal "
            "interactions: an evolutionary synthesis. Second edition. Springer, Cham, Switzerland.",
            {
                "type": "incollection",
                "venue": "Plant–animal interactions: an evolutionary synthesis",
                "pages": "211--238",
                "edition": "2",
                "publisher": "Springer",
            },
        ),
        (  # the campus is part of the school's name
            "Okonkwo-Reyes, M. T. 2017. Pollen limitation and plant mating systems along edaphic "
            "gradients. Ph.D. Dissertation. University of California, Davis, California, USA.",
            {"type": "phdthesis", "venue": "University of California, Davis"},
        ),
        (  # a workshop's journal is a journal
            "Levasseur, Anne. 2019. “Photography, Fingerprints, and the Foreigner’s Card.” "
            "History Workshop Journal, no. 88 (Autumn 2019): 77–101.",
            {"type": "article", "venue": "History Workshop Journal", "pages": "77--101"},
        ),
    ],
)
def test_ecology_thesis_and_history_shapes(text: str, fields: dict[str, object]) -> None:
    rec = parse_cv_entry(EntryText(text, "cv.txt", 1, 1))
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


def test_a_translation_names_its_translator_as_a_remark() -> None:
    text = (
        "Simone Lacroix-Dumas. The Archive of Exile: Russian Émigrés in Paris, 1920–1940. "
        "Translated by Clémence Ardouin-Whitlow. Ithaca, NY: Cornell University Press, 2018."
    )
    a, b = text.index("The Archive"), text.index(". Translated")
    rec = parse_cv_entry(EntryText(text, "cv.html", 1, 1, italic=((a, b),)))
    assert (rec.type, rec.publisher, rec.extra) == (
        "book",
        "Cornell University Press",
        ("Translated by Clémence Ardouin-Whitlow",),
    )


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # hyphenated initials end a Nature-style list; the title opens "Word, word"
            "Halloran, N. E., Okafor, J.† & Choi, S.-Y.† Novelty, dopamine and the "
            "stabilization of cognitive maps. Nat. Rev. Neurosci. 23, 601–617 (2022).",
            {"title": "Novelty, dopamine and the stabilization of cognitive maps"},
        ),
        (  # a statistics paper read with its discussion
            "Marchetti, H. V. & Ocampo, R. (2021). Sequential testing for structural breaks "
            "(with discussion). Journal of the American Statistical Association, 116(535), "
            "1234–1250.",
            {"title": "Sequential testing for structural breaks", "extra": ("with discussion",)},
        ),
        (  # Lattes counts citations after the reference
            "ALVES, J. P.; TEIXEIRA, M. A. Laboratório remoto de interferometria. Journal of "
            "Non-Crystalline Solids, v. 45, p. 123-130, 2023. Citações:WEB OF SCIENCE 12 SCOPUS 14",
            {"venue": "Journal of Non-Crystalline Solids", "year": 2023},
        ),
    ],
)
def test_nature_statistics_and_lattes_shapes(text: str, fields: dict[str, object]) -> None:
    rec = parse_cv_entry(EntryText(text, "cv.txt", 1, 1))
    for name, value in fields.items():
        assert getattr(rec, name) == value, (name, getattr(rec, name))


def test_a_meetings_place_and_days_are_no_part_of_its_name() -> None:
    rec = parse_cv_entry(
        EntryText(
            'Fairbanks, L. A., and Solberg, K. M., 2023, "High-Speed Imaging of Flow Boiling in '
            'Manifold Microchannels," Proc. ASME 2023 Heat Transfer Summer Conference (HT2023), '
            "Washington, DC, July 10–12, Paper No. HT2023-106784.",
            "cv.txt",
            1,
            1,
        )
    )
    assert rec.venue == "Proc. ASME Heat Transfer Summer Conference (HT2023)"
    assert rec.number == "HT2023-106784"


def test_an_italic_title_that_passes_for_a_name_is_a_title_when_names_follow() -> None:
    text = (
        "Moving-Target Page Tables. M. K. Wróblewski, F. Lindahl. MTD 2020 (co-located with CCS)."
    )
    rec = parse_cv_entry(EntryText(text, "cv.tex", 1, 1, italic=((0, 25),)))
    assert rec.title == "Moving-Target Page Tables"
    assert [p.family for p in rec.authors] == ["Wróblewski", "Lindahl"]


# ---- batch 33: Nordic CVs, economists' numbers, tables and awards --------------------------


def test_status_in_two_languages() -> None:
    rec = parse(
        "Åberg, K. och Westerlund, F. (accepterad / accepted). Spatio-temporal small area "
        "estimation for labour force statistics. Annals of Applied Statistics."
    )
    assert people(rec) == ["K.|Åberg", "F.|Westerlund"]
    assert rec.title == "Spatio-temporal small area estimation for labour force statistics"
    assert rec.status == "forthcoming"
    rec = parse(
        "Åberg, K. och Nguyen, H. T. (2024). Amortized inference for hidden Markov models. "
        "arXiv:2405.11873. Inskickad / Submitted."
    )
    assert rec.title == "Amortized inference for hidden Markov models"
    assert rec.status == "under review"


def test_scandinavian_in_pages_and_editors() -> None:
    rec = parse(
        "Åberg, K. och Sjögren, E. (2020). Registerbaserad statistik och urvalsfel. I: Holm, T. "
        "och Andersson, E. (red.), Statistik för samhällsvetare, s. 145–168. Lund: Studentlitteratur."
    )
    assert rec.type == "incollection"
    assert rec.venue == "Statistik för samhällsvetare"
    assert [p.family for p in rec.editors] == ["Holm", "Andersson"]
    assert rec.pages == "145--168"
    rec = parse(
        "Åberg, K. (2019). Model-assisted nowcasting. I: Proceedings of the 62nd ISI World "
        "Statistics Congress, vol. 3, s. 118–125."
    )
    assert rec.venue == "Proceedings of the ISI World Statistics Congress"  # (its edition dropped)
    assert rec.pages == "118--125"


def test_reports_numbered_by_year_and_laboratory_report_numbers() -> None:
    rec = parse(
        "Åberg, K. och Öhman, P. (2022). Utvärdering av modellbaserad skattning. "
        "Metodrapport 2022:4, Statistiska centralbyrån."
    )
    assert (rec.type, rec.number, rec.venue) == ("techreport", "2022:4", "Statistiska centralbyrån")
    rec = parse(
        "Y. Zhou and L. Sjöström, “Validation of SCALE 6.3 Depletion Sequences for HALEU Fuel,” "
        "ORNL/TM-2021/1234, Oak Ridge National Laboratory, Oak Ridge, TN, 2021.",
        hint="techreport",
    )
    assert (rec.number, rec.venue) == ("ORNL/TM-2021/1234", "Oak Ridge National Laboratory")


def test_ssrn_working_paper_is_a_preprint() -> None:
    rec = parse(
        "Marchetti, E. V. “Generative AI and the Deskilling Debate,” SSRN Working Paper "
        "No. 4567812, 2023."
    )
    assert rec.type == "misc"
    assert rec.number == "4567812"


@pytest.mark.parametrize(
    ("numbers", "volume", "number", "pages"),
    [
        ("186, 2020, 108532.", "186", None, "108532"),
        ("186, 2020, 1–24.", "186", None, "1--24"),
        ("186 (2020), 108532.", "186", None, "108532"),
        ("186(3), 2020, 108532.", "186", "3", "108532"),
        ("14(4), 2022, pp. 301–337.", "14", "4", "301--337"),
        ("vol. 84, no. 5, 2022, pp. 455-79.", "84", "5", "455--479"),
    ],
)
def test_economists_volume_year_pages(
    numbers: str, volume: str, number: str | None, pages: str
) -> None:
    rec = parse_md(f"J. Smith, *A Note on Common Belief*, *Economics Letters*, {numbers}")
    assert rec.venue == "Economics Letters"
    assert (rec.volume, rec.number, rec.pages, rec.year) == (volume, number, pages, rec.year)
    assert rec.year in (2020, 2022)


def test_one_page_after_volume_and_issue() -> None:
    rec = parse(
        "Okafor, N., & Hollis, J. R. (2020). Critical power is reduced after sleep restriction. "
        "The FASEB Journal, 34(S1), 1. https://doi.org/10.1096/fasebj.2020.34.s1.05812"
    )
    assert (rec.venue, rec.volume, rec.number, rec.pages) == ("The FASEB Journal", "34", "S1", "1")
    # (a year after the issue is no page)
    rec = parse_md("J. Smith, A walk on graphs, *Random Structures & Algorithms* 57(3), 2020")
    assert rec.pages is None and rec.year == 2020


def test_initialism_inside_a_title_sentence() -> None:
    rec = parse_md(
        "Dubois-Amari, L., & Brennan, P. J. (2022). Readers' advisory in the age of algorithms: "
        "A survey of U.S. public librarians. *Library & Archival Science Research*, *44*(2), 101162."
    )
    assert rec.title.endswith("A survey of U.S. public librarians")
    assert rec.venue == "Library & Archival Science Research"


def test_award_closing_an_entry_is_a_note_with_its_remark() -> None:
    rec = parse_md(
        "J. Núñez, L. Sjöström, “Uncertainty in Delayed Neutron Precursor Yields,” *Some Unknown "
        "Transactions*, vol. 126, pp. 389–392 (2022). Best Student Paper Award, Reactor Physics "
        "Division."
    )
    assert rec.venue == "Some Unknown Transactions"
    assert rec.notes == ("Best Student Paper Award",)
    assert rec.extra == ("Best Student Paper Award, Reactor Physics Division",)


def test_year_before_initials_first_names() -> None:
    rec = parse_md(
        "2022 J. Núñez, K. Müller, “Uncertainty in Delayed Neutron Precursor Yields,” "
        "*Trans. Am. Nucl. Soc.*, vol. 126, pp. 389–392."
    )
    assert people(rec) == ["J.|Núñez", "K.|Müller"]
    assert (rec.year, rec.type, rec.venue_short) == (2022, "inproceedings", "Trans. Am. Nucl. Soc.")


def test_report_series_in_brackets_and_data_set_descriptions() -> None:
    rec = parse(
        "Echeverría Lund, B., & Schmitt, F. (2018). Cruise report: FS Maria S. Merian MSM74, "
        "Labrador Sea (MSM-Berichte, MSM74). Leitstelle Deutsche Forschungsschiffe."
    )
    assert rec.title == "Cruise report: FS Maria S. Merian MSM74, Labrador Sea"
    assert (rec.type, rec.number) == ("techreport", "MSM74")
    rec = parse_md(
        "Echeverría Lund, B., & Thompson, R. A. (2020). *West Greenland shelf glider sections, "
        "2017–2019* [Data set]. NSF Arctic Data Center. https://doi.org/10.18739/A2ZK55M1X"
    )
    assert rec.venue == "NSF Arctic Data Center"


def test_working_papers_under_review_and_unnumbered() -> None:
    rec = parse(
        "Marković, Elena, and Claire Dubois-Gagné. 2024. “Tone at the Top: CEO Language and "
        "Internal Control Weaknesses.” Working Paper. Second-round R&R at Journal of Accounting "
        "and Economics."
    )
    assert (rec.type, rec.status, rec.venue) == ("misc", "under review", None)
    assert rec.extra == ("Submitted to Journal of Accounting and Economics",)


def test_workshop_name_keeps_its_acronym_not_its_place() -> None:
    rec = parse_md(
        "F. Beaulieu and S. Ødegaard, “Event cameras meet diffusion models: A preliminary study,” "
        "in *ECCV 2024 Workshop on Neuromorphic Vision (NeVi)*, Milan, Italy, 2024."
    )
    assert rec.workshop and rec.venue_short == "ECCV"
    assert rec.venue == "ECCV Workshop on Neuromorphic Vision (NeVi)"


def test_poster_presented_at_a_meeting_and_published_in_a_journal() -> None:
    rec = parse(
        "Kaur P, Nguyen TH, Kowalczyk ML. Geographic access to esketamine treatment centers. "
        "Poster presented at: ACNP 61st Annual Meeting; December 4-7, 2022; Phoenix, AZ. "
        "Neuropsychopharmacology. 2022;47(suppl 1):S312-S313."
    )
    assert (rec.type, rec.venue, rec.volume, rec.pages) == (
        "article",
        "Neuropsychopharmacology",
        "47",
        "S312--S313",
    )
    assert rec.notes == ("Poster",)
    assert rec.extra == ("Presented at: ACNP 61st Annual Meeting",)


def test_link_buttons_of_project_pages() -> None:
    from cvbib.parse import patterns as P

    for label in ("[Benchmark]", "Demo video", "Handle", "[Colab]", "Leaderboard"):
        assert P.LINK_WORDS.match(label), label
    assert not P.LINK_WORDS.match("Benchmarking sparse attention")


@pytest.mark.parametrize(
    ("imprint", "publisher", "address"),
    [
        ("Edward Elgar, 2020, 112–141.", "Edward Elgar", None),
        ("Philadelphia, PA: Saunders; 2019:112-141.", "Saunders", "Philadelphia"),
        ("Bethesda (MD): American Society of Health-System Pharmacists; 2019:112-141.",
         "American Society of Health-System Pharmacists", "Bethesda, MD"),
    ],
)  # fmt: skip
def test_a_chapters_publisher_is_kept(imprint: str, publisher: str, address: str | None) -> None:
    rec = parse_md(
        f"Smith J. Epistemic foundations. In: Carvalho L, Koci M, eds. *Handbook of Game "
        f"Theory*. {imprint}"
        if ";" in imprint
        else "J. Smith, “Epistemic Foundations,” in *Handbook of Game Theory*, ed. by "
        f"L. Carvalho and M. Koci, {imprint}"
    )
    assert rec.type == "incollection"
    assert (rec.publisher, rec.address) == (publisher, address)


def test_under_review_in_brackets_and_an_arxiv_doi_in_a_link() -> None:
    text = (
        "Ji-hoon Kwon and Sigrid Ødegaard. 2024. EventSplat: Gaussian splatting from event "
        "cameras. arXiv. https://doi.org/10.48550/arXiv.2410.02217 (Under review at IEEE TPAMI)"
    )
    rec = parse(text)
    assert rec.arxiv == "2410.02217"
    assert rec.status == "under review"
    assert rec.extra == ("Submitted to TPAMI",)
    # a DOI given only as a link's target names the preprint as well
    start = text.index("https")
    end = text.index(" (Under")
    rec = parse(text[:start] + "[link]" + text[end:], links=((start, start + 6, text[start:end]),))
    assert rec.arxiv == "2410.02217"


def test_conference_paper_numbers_meeting_days_and_invited_papers() -> None:
    rec = parse_md(
        "R. de la Cruz and M. Albuquerque, “High-Speed Imaging of Detonation Waves,” AIAA Paper "
        "2023-3871, *AIAA AVIATION 2023 Forum*, San Diego, CA, June 2023."
    )
    assert (rec.number, rec.venue, rec.year) == ("2023-3871", "AIAA AVIATION Forum", 2023)
    rec = parse_md(
        "Zhang, Y.; Kowalczyk, E. Transferable Potentials for Membrane Screening. *AIChE Annual "
        "Meeting*, San Diego, CA, Oct 27–31, 2024; Paper 512b."
    )
    assert (rec.venue, rec.year, rec.month, rec.number) == (
        "AIChE Annual Meeting",
        2024,
        10,
        "512b",
    )
    rec = parse_md(
        "M. Albuquerque, “Adjoint Methods for Aeroelastic Design,” AIAA Paper 2019-3106, *AIAA "
        "Aviation 2019 Forum*, Dallas, TX, June 2019. (Invited)"
    )
    assert rec.notes == ("Invited Paper",) and rec.venue == "AIAA Aviation Forum"


def test_degree_column_before_a_thesis() -> None:
    rec = parse(
        "2024 Ph.D. Zhang, Y. Data-Driven Molecular Design of Membranes. Ph.D. Dissertation, "
        "Allegheny Valley University, Pittsburgh, PA, 2024."
    )
    assert people(rec) == ["Y.|Zhang"]
    assert (rec.type, rec.venue) == ("phdthesis", "Allegheny Valley University")


def test_names_closing_a_listing_entry() -> None:
    rec = parse(
        "Algorithmic Gatekeeping and the Erosion of Local News Visibility. Journal of "
        "Communication, 74(1), 45–59. Feb 1, 2024. Soledad Ibáñez-Whitmore, Jae-won Park"
    )
    assert people(rec) == ["Soledad|Ibáñez-Whitmore", "Jae-won|Park"]
    assert (rec.venue, rec.year, rec.volume) == ("Journal of Communication", 2024, "74")
    # one "name" at the end may be a journal's abbreviation: the authors lead the entry
    rec = parse(
        "Liang Y*, Moreau P*, Achterberg JR† (2024) Condensate partitioning of RNA polymerase "
        "II licenses enhancer–promoter communication. Mol Cell"
    )
    assert people(rec)[0] == "Y.|Liang" and rec.venue == "Molecular Cell"


def test_a_title_opening_with_a_quotation() -> None:
    title = "“Doing My Own Research”: Epistemic Vigilance Among Users"
    rec = parse(f"{title}. Jane Smith, Bo Lee. New Media & Society, 2023.", bold=((0, len(title)),))
    assert rec.title == "“Doing My Own Research”: Epistemic Vigilance Among Users"


def test_turkish_status_chapters_and_pages() -> None:
    rec = parse(
        "Şahin, A. N., & Van den Broek, P. (kabul edildi / accepted). Central bank communication "
        "and sovereign bond yields in Turkey. Journal of International Money and Finance."
    )
    assert people(rec) == ["A. N.|Şahin", "P.|Van den Broek"]
    assert rec.status == "forthcoming" and rec.venue == "Journal of International Money and Finance"
    rec = parse(
        "İnce, S., & Şahin, A. N. (2023). Pandemi döneminde işgücü piyasası. İçinde H. Yılmaz "
        "(Ed.), COVID-19 Sonrası Türkiye Ekonomisi (ss. 201–225). Ankara: Nobel Akademik Yayıncılık."
    )
    assert (rec.type, rec.title, rec.venue, rec.pages) == (
        "incollection",
        "Pandemi döneminde işgücü piyasası",
        "COVID-19 Sonrası Türkiye Ekonomisi",
        "201--225",
    )
    assert [p.family for p in rec.editors] == ["Yılmaz"]
    rec = parse(
        "Şahin, A. N., & Çelik, B. Fiscal dominance and the lira. (Hakem değerlendirmesinde / "
        "Under review)."
    )
    assert rec.status == "under review" and rec.title.endswith("Fiscal dominance and the lira")


def test_corresponding_author_envelope_is_no_part_of_a_name() -> None:
    rec = parse_md(
        "A. Nakamura†, S. Oyelaran†, and W.-H. Tsai✉, “A multi-sensor dataset of signals,” "
        "*Sci. Data*, vol. 10, Art. no. 388, 2023."
    )
    assert people(rec) == ["A.|Nakamura", "S.|Oyelaran", "W.-H.|Tsai"]


def test_numbered_working_papers_and_short_article_numbers() -> None:
    rec = parse(
        "Kowalczyk-Ortega, Marta. 2019. “Measuring Union Instability.” MPIDR Working Paper "
        "WP-2019-007. Rostock: Max Planck Institute for Demographic Research."
    )
    assert (rec.type, rec.number) == ("techreport", "WP-2019-007")
    rec = parse_md(
        "Kowalczyk-Ortega, Marta. 2019. “Migration and Fertility.” *Population, Space and Place* "
        "25(6): e2234."
    )
    assert (rec.venue, rec.volume, rec.number, rec.pages) == (
        "Population, Space and Place",
        "25",
        "6",
        "e2234",
    )


def test_a_reviewed_film_is_a_remark_and_harvard_titles_keep_apostrophes() -> None:
    rec = parse(
        'Achterberg, Rosalind. "Salt and Silence." Review of Alcarràs, directed by Carla Simón. '
        "Film Quarterly, vol. 76, no. 2, 2022, pp. 92–94."
    )
    assert (rec.title, rec.venue) == ("Salt and Silence", "Film Quarterly")
    assert rec.extra == ("Review of Alcarràs, directed by Carla Simón",)
    rec = parse_md(
        "Llewellyn-Hughes, C. (2018) 'Rural Wales after the miners' strike', in Thorsen, L. and "
        "Ahmed, Z. (eds) *Rural Geographies of Precarity*. Bristol: Bristol University Press, "
        "pp. 33–51."
    )
    assert rec.title == "Rural Wales after the miners' strike"
    assert (rec.type, rec.venue) == ("incollection", "Rural Geographies of Precarity")


def test_a_films_length_is_a_remark() -> None:
    rec = parse('"Thirty-One Skies." Video essay, 14 min., 2021. Vimeo.')
    assert rec.volume is None and not rec.authors and "14 min." in rec.extra


def test_german_humanities_names_colon_title() -> None:
    rec = parse(
        "Almstedt, Friederike/Kessler, Jonas: Briefe als Kapital. Korrespondenznetzwerke "
        "Lübecker Kaufleute im späten 17. Jahrhundert, in: Zeitschrift des Vereins für "
        "Lübeckische Geschichte 101 (2021), S. 89–118."
    )
    assert people(rec) == ["Friederike|Almstedt", "Jonas|Kessler"]
    assert rec.title == (
        "Briefe als Kapital. Korrespondenznetzwerke Lübecker Kaufleute im späten 17. Jahrhundert"
    )
    rec = parse(
        "Almstedt, Friederike/Kessler, Jonas (Hg.): Netzwerke des Nordens. Kaufleute, Konsuln "
        "und Korrespondenzen im Ostseeraum (1600–1800), Köln/Weimar/Wien: Böhlau 2019."
    )
    assert not rec.authors and [p.family for p in rec.editors] == ["Almstedt", "Kessler"]
    assert (rec.type, rec.publisher, rec.address, rec.year) == (
        "book",
        "Böhlau",
        "Köln/Weimar/Wien",
        2019,
    )


def test_polish_status_chapters_and_dates() -> None:
    rec = parse(
        "Wiśniewska, A. (w druku / in press). Local elites and the politics of memory. "
        "Communist and Post-Communist Studies."
    )
    assert people(rec) == ["A.|Wiśniewska"] and rec.status == "forthcoming"
    rec = parse(
        "Wiśniewska, A. (2023). Kapitał społeczny w perspektywie lokalnej. W: J. Dąbrowski & "
        "M. Zielińska (red.), Socjologia lokalności (s. 45–67). Warszawa: Scholar."
    )
    assert (rec.type, rec.venue, rec.pages) == ("incollection", "Socjologia lokalności", "45--67")
    rec = parse("Wiśniewska, A. (2023, wrzesień). Zaufanie lokalne po pandemii. Kraków.")
    assert rec.year == 2023 and rec.title == "Zaufanie lokalne po pandemii"


def test_liner_and_program_notes() -> None:
    rec = parse(
        "Castellanos-Reid, Miriam. 2022. “Night Music: Fauré's Nocturnes.” Liner notes for "
        "Hélène Dumont, Fauré: The Complete Nocturnes. Hyperion CDA68321."
    )
    assert (rec.type, rec.venue, rec.year) == ("misc", None, 2022)
    assert rec.extra[0].startswith("Liner notes for Hélène Dumont")


def test_an_italic_venue_before_vol_is_no_title() -> None:
    rec = parse_md(
        "Patel S, Lindqvist RM. Online resource allocation with convex costs. *Adv. Neural "
        "Inform. Processing Systems*, vol. 36. 2023"
    )
    assert rec.title == "Online resource allocation with convex costs"
    assert rec.volume == "36"


def test_german_names_colon_with_capitals_beyond_latin_1() -> None:
    rec = parse(
        "Żółkowski, Łukasz/İnce, Selin: Vertrauen und Verdacht. Kreditbeziehungen im "
        "Ostseehandel, in: Hansische Geschichtsblätter 139 (2021), S. 45–67."
    )
    assert people(rec) == ["Łukasz|Żółkowski", "Selin|İnce"]
    assert rec.title == "Vertrauen und Verdacht. Kreditbeziehungen im Ostseehandel"


def test_apa_last_author_with_a_capital_beyond_latin_1_and_no_year() -> None:
    rec = parse(
        "Şahin, A. N., Çelik, B., & İnce, S. Fiscal dominance and the lira: Evidence from "
        "high-frequency data. (Under review)"
    )
    assert people(rec) == ["A. N.|Şahin", "B.|Çelik", "S.|İnce"]
    assert rec.title == "Fiscal dominance and the lira: Evidence from high-frequency data"


def test_proceedings_publisher_and_city_in_other_languages() -> None:
    rec = parse(
        "Şahin, A. N., & Güneş, O. (2022). Inflation expectations and social media sentiment "
        "in Turkey. In Proceedings of the International Conference on Economics (ICE-TEA 2022) "
        "(pp. 312–325). Türk Ekonomi Derneği."
    )
    assert (rec.type, rec.publisher) == ("inproceedings", "Türk Ekonomi Derneği")
    assert rec.venue and rec.venue.startswith("Proceedings of the International Conference")
    rec = parse(
        "Çelik, B., & Şahin, A. N. (2021). Kripto varlıklar ve finansal istikrar. Uluslararası "
        "İktisadi ve İdari Bilimler Kongresi Bildiriler Kitabı (ss. 88–97). İzmir."
    )
    assert rec.type == "inproceedings" and rec.address == "İzmir"
    assert rec.venue == "Uluslararası İktisadi ve İdari Bilimler Kongresi Bildiriler Kitabı"


def test_iso_690_references_in_czech() -> None:
    rec = parse(
        "DVOŘÁKOVÁ, Kateřina, Tomáš KREJČÍ a Jan NOVOTNÝ. Víceslovné výrazy v českých "
        "korpusech: problémy anotace a vyhledávání. Slovo a slovesnost. 2022, 83(4), 271–298. "
        "ISSN 0037-7031. Dostupné z: doi:10.1017/S1351324922000412"
    )
    assert people(rec) == ["Kateřina|Dvořáková", "Tomáš|Krejčí", "Jan|Novotný"]
    assert rec.title == "Víceslovné výrazy v českých korpusech: problémy anotace a vyhledávání"
    assert (rec.venue, rec.volume, rec.number, rec.pages) == (
        "Slovo a slovesnost",
        "83",
        "4",
        "271--298",
    )
    assert rec.doi == "10.1017/S1351324922000412" and not rec.extra
    rec = parse(
        "DVOŘÁKOVÁ, Kateřina. Diachronní korpus češtiny: koncepce a anotace. Listy filologické. "
        "2025, 148(3–4). ISSN 0024-4457. V tisku / in press."
    )
    assert (rec.venue, rec.status) == ("Listy filologické", "forthcoming")
    rec = parse(
        "DVOŘÁKOVÁ, Kateřina. Automatická detekce víceslovných výrazů v češtině. Brno, 2013. "
        "Diplomová práce. Masarykova univerzita, Fakulta informatiky."
    )
    assert (rec.type, rec.venue) == ("mastersthesis", "Masarykova univerzita")


def test_cse_reports_extension_publications_data_and_theses() -> None:
    rec = parse(
        "Halvorsen IM, Whitaker DL. 2021. Fuel treatment longevity in dry forests: a synthesis "
        "for managers. Gen. Tech. Rep. PNW-GTR-998. Portland (OR): U.S. Department of "
        "Agriculture, Forest Service, Pacific Northwest Research Station. 64 p."
    )
    assert (rec.type, rec.number, rec.address) == ("techreport", "PNW-GTR-998", "Portland, OR")
    assert rec.venue == (
        "U.S. Department of Agriculture, Forest Service, Pacific Northwest Research Station"
    )
    rec = parse(
        "Halvorsen IM, Morrow DE. 2014. Understanding prescribed burning: what woodland owners "
        "should know. Corvallis (OR): Oregon State University Extension Service. EC 1618. 8 p."
    )
    assert (rec.type, rec.venue, rec.number) == (
        "techreport",
        "Oregon State University Extension Service",
        "EC 1618",
    )
    rec = parse(
        "Halvorsen IM, Bauer KL. 2021. Data from: Post-thinning understory vegetation plots. "
        "Fort Collins (CO): Forest Service Research Data Archive. "
        "https://doi.org/10.2737/RDS-2021-0042"
    )
    assert (rec.type, rec.venue) == ("misc", "Forest Service Research Data Archive")
    rec = parse(
        "Halvorsen IM. 2011. Fire and stand development in eastern Cascades ponderosa pine "
        "forests [dissertation]. Corvallis (OR): Oregon State University. 184 p."
    )
    assert (rec.type, rec.venue) == ("phdthesis", "Oregon State University")


def test_the_journal_a_paper_was_submitted_to_is_kept() -> None:
    rec = parse(
        "Ortiz M, Halvorsen IM. Submitted. Citizen-science phenology of bigleaf maple across "
        "an urban–rural gradient. Northwest Science."
    )
    assert (rec.type, rec.venue, rec.extra) == ("misc", None, ("Submitted to Northwest Science",))
    rec = parse(
        "Ortiz, M. (2023). Citizen-science phenology. Manuscript submitted for publication."
    )
    assert not rec.extra


def test_russian_references_without_the_gost_slashes() -> None:
    for text in (
        "Иванов И. И., Петров П. П. Новый метод расчёта зонной структуры. Физика твердого тела, "
        "2020, т. 62, № 3, с. 45–50.",
        "Ivanov I. I., Petrov P. P. New method for band structure calculation. Physics of the "
        "Solid State, 2020, vol. 62, no. 3, pp. 45–50.",
    ):
        rec = parse_cv_entry(EntryText(text, "cv.txt", 1, 1))
        assert [p.given for p in rec.authors] in (["И. И.", "П. П."], ["I. I.", "P. P."])
        assert rec.title.startswith(("Новый метод", "New method"))
        assert (rec.type, rec.year, rec.volume, rec.number, rec.pages) == (
            "article",
            2020,
            "62",
            "3",
            "45--50",
        )


def test_acs_entries_of_a_materials_cv() -> None:
    rec = parse_md(
        "Zhou, Y.#; Lefèvre, M.#; Chen, W.; Nakashima, Y. Chemomechanical Failure of "
        "Single-Crystal Cathodes. *J. Am. Chem. Soc.* **2021**, *143*, 18302–18313."
    )
    assert people(rec) == ["Y.|Zhou", "M.|Lefèvre", "W.|Chen", "Y.|Nakashima"]
    assert rec.title == "Chemomechanical Failure of Single-Crystal Cathodes"
    rec = parse_md(
        "Okonkwo, C. E.; Lefèvre, M. Grain-Boundary Layers Limit Lithium Transport in Garnets. "
        "*Submitted to Nat. Mater.*, 2024."
    )
    assert (rec.title, rec.year, rec.status) == (
        "Grain-Boundary Layers Limit Lithium Transport in Garnets",
        2024,
        "under review",
    )
    rec = parse_md(
        "Moreau, C.; Lefèvre, M. Synthèse sol-gel de nanoparticules de TiO2. *C. R. Chim.* "
        "**2011**, *14*, 921–927. (Undergraduate research.)"
    )
    assert ((rec.venue or "").rstrip("."), rec.extra) == ("C. R. Chim", ("Undergraduate research",))
    rec = parse_md(
        "Lefèvre, M.; Chen, W. Operando XAS of Sulfide Electrolyte Decomposition. *ECS Meet. "
        "Abstr.* **2019**, *MA2019-02*, 412."
    )
    assert (rec.venue, rec.volume, rec.pages) == ("ECS Meet. Abstr.", "MA2019-02", "412")
    rec = parse_md(
        "Lefèvre, M.; Whitfield, R. K. Field-Assisted Sintering of LLZO. In *Proceedings of the "
        "40th International Conference on Advanced Ceramics and Composites*; Ceramic Engineering "
        "and Science Proceedings, Vol. 37; Wiley: Hoboken, NJ, 2016; pp 63–72."
    )
    assert (
        rec.venue
        == "Proceedings of the International Conference on Advanced Ceramics and Composites"
    )
    assert (rec.publisher, rec.extra) == ("Wiley", ("Ceramic Engineering and Science Proceedings",))
    rec = parse_md(
        "Okonkwo, C. E.; Lefèvre, M. Laser-Sintered Garnet Separators. In *Energy Harvesting "
        "and Storage XIV*; Proc. SPIE Vol. 12665; SPIE: Bellingham, WA, 2023; 126650C."
    )
    assert (rec.type, rec.publisher, rec.address) == ("inproceedings", "SPIE", "Bellingham, WA")


def test_chicago_humanities_remarks_reviews_and_edited_volumes() -> None:
    rec = parse(
        "Hölscher, Marianne. “Augustine’s Two Cities after Luther.” Translated by Tobias J. "
        "Lindqvist. Lutheran Quarterly 31, no. 2 (2017): 141–63."
    )
    assert (rec.venue, rec.volume, rec.extra) == (
        "Lutheran Quarterly",
        "31",
        ("Translated by Tobias J. Lindqvist",),
    )
    rec = parse(
        "Lindqvist, Tobias J. “Remembering Rightly.” Scottish Journal of Theology 67, no. 1 "
        "(2014): 55–73. Reprinted in Augustine and Modern Thought, edited by Judith Calloway, "
        "33–51. London: Routledge, 2019."
    )
    assert (rec.type, rec.venue, rec.year) == ("article", "Scottish Journal of Theology", 2014)
    assert rec.extra[0].startswith("Reprinted in Augustine and Modern Thought")
    rec = parse(
        "Review of Augustine’s Early Theology of Image, by Rebecca Goh. Theology Today 77, no. 2 "
        "(2020): 201–3."
    )
    assert rec.title == "Review of Augustine’s Early Theology of Image, by Rebecca Goh"
    assert (rec.venue, rec.volume, rec.year, rec.authors) == ("Theology Today", "77", 2020, ())
    rec = parse(
        "Fernández-Vidal, Clara, and Tobias J. Lindqvist, eds. The Cambridge Companion to "
        "Patristic Exegesis. Cambridge: Cambridge University Press, 2023."
    )
    assert (rec.type, rec.title, rec.authors) == (
        "book",
        "The Cambridge Companion to Patristic Exegesis",
        (),
    )
    assert [p.family for p in rec.editors] == ["Fernández-Vidal", "Lindqvist"]
    rec = parse(
        "Lindqvist, Tobias J., and Hannah Oduya, eds. Augustine in Africa. Studies in the "
        "History of Christian Traditions 198. Leiden: Brill, 2021."
    )
    assert (rec.type, rec.publisher, rec.volume) == ("book", "Brill", "198")
    rec = parse(
        "Lindqvist, Tobias J. “Augustine among the Reformers.” Harvard Theological Review 119, "
        "no. 1 (forthcoming, January 2026)."
    )
    assert (rec.venue, rec.volume, rec.number, rec.status) == (
        "Harvard Theological Review",
        "119",
        "1",
        "forthcoming",
    )
    rec = parse(
        "Lindqvist, Tobias J. “Augustine on Social Media?” Church Life Journal (blog), "
        "University of Notre Dame, September 3, 2021."
    )
    assert rec.type == "misc"


def test_a_translated_title_in_brackets_after_a_title_in_another_latin_language() -> None:
    rec = parse(
        "DVOŘÁKOVÁ, Kateřina. Morfologická analýza a lemmatizace historických textů "
        "[Morphological analysis and lemmatization of historical texts]. Praha, 2017. "
        "Disertační práce. Univerzita Karlova."
    )
    assert rec.title == "Morfologická analýza a lemmatizace historických textů"
    assert rec.extra[0] == (
        "Translated title: Morphological analysis and lemmatization of historical texts"
    )


def test_apa_reviews_descriptions_and_numbers_in_the_italics() -> None:
    rec = parse_md(
        "Ferraro, L. M. (2023). [Review of the book *Local news after the platform*, by P. "
        "Haskins]. *Journalism & Mass Communication Quarterly*, *100*(1), 221–223."
    )
    assert rec.title == "Review of the book Local news after the platform, by P. Haskins"
    assert (rec.venue, rec.volume, rec.pages) == (
        "Journalism & Mass Communication Quarterly",
        "100",
        "221--223",
    )
    rec = parse_md(
        "Ferraro, L. M. (2020). Rethinking the local [Review of the book *The death of the "
        "news?*, by R. Coles]. *Journal of Communication*, *70*(2), E5–E7."
    )
    assert (rec.title, rec.venue) == ("Rethinking the local", "Journal of Communication")
    assert rec.extra == ("Review of the book The death of the news?, by R. Coles",)
    rec = parse_md(
        "Ferraro, L. M. (2021). *Mapping news deserts: Methods and data* [White paper]. "
        "Knight Foundation."
    )
    assert (rec.title, rec.venue, rec.extra) == (
        "Mapping news deserts: Methods and data",
        "Knight Foundation",
        ("White paper",),
    )
    rec = parse_md(
        "Maya Lindqvist, Rebecca J. Thornton (2021). Measuring Perceived Legibility. "
        "*International Journal of Social Robotics, 13, 1457–1475*."
    )
    assert (rec.venue, rec.volume, rec.pages) == (
        "International Journal of Social Robotics",
        "13",
        "1457--1475",
    )


def test_nlm_citations_on_a_faculty_page() -> None:
    rec = parse_md(
        "Haddad R, Fenwick SL, Ortega M. Single-cell atlas of exhausted T cell states. "
        "*Immunity*. 2025 Jan 14:S1074-7613(24)00561-3. doi: 10.1016/j.immuni.2024.12.009. "
        "Epub ahead of print."
    )
    assert (rec.title, rec.venue) == ("Single-cell atlas of exhausted T cell states", "Immunity")
    rec = parse(
        "Ortega M, Ruiz-Carrasco P. [Resident memory T cells: new targets for mucosal "
        "vaccines]. Enferm Infecc Microbiol Clin. 2018 Nov;36(9):581-588. Spanish."
    )
    assert rec.title == "Resident memory T cells: new targets for mucosal vaccines"


def test_unsigned_reviews_and_edited_volumes_keep_the_rules_reading() -> None:
    rec = parse_cv_entry(
        EntryText(
            "Review of Gift and Obligation in Early Christianity, edited by Paul Ekwueme and "
            "Lena Baptiste. Reviews in Religion & Theology 29, no. 4 (2022): 566–68.",
            "cv.txt",
            1,
            1,
        )
    )
    assert rec.title.endswith("edited by Paul Ekwueme and Lena Baptiste") and not rec.authors
    rec = parse_cv_entry(
        EntryText(
            "Lindqvist, Tobias J., and Hannah Oduya, eds. Augustine in Africa: Reception, "
            "Resistance, Renewal. Studies in the History of Christian Traditions 198. Leiden: "
            "Brill, 2021.",
            "cv.txt",
            1,
            1,
        )
    )
    assert (rec.type, rec.title, rec.authors) == (
        "book",
        "Augustine in Africa: Reception, Resistance, Renewal",
        (),
    )


def test_hungarian_mtmt_references() -> None:
    rec = parse(
        "Kovács P. – Balogh G. – Farkas E. (2020): A talajművelési rendszerek hatása a talaj "
        "nedvességtartalmára és a napraforgó termésére. [Effect of tillage systems on soil "
        "moisture and sunflower yield.] Agrokémia és Talajtan 69(1–2): 103–118."
    )
    assert people(rec) == ["P.|Kovács", "G.|Balogh", "E.|Farkas"]
    assert (rec.venue, rec.volume, rec.pages) == ("Agrokémia és Talajtan", "69", "103--118")
    assert rec.extra == (
        "Translated title: Effect of tillage systems on soil moisture and sunflower yield",
    )
    rec = parse(
        "Kovács, P.*, Tóth, B. (2023): Nitrogen use efficiency of maize hybrids. Field Crops "
        "Research 291: 108789. DOI: 10.1016/j.fcr.2022.108789   [IF: 6,145; D1]"
    )
    assert (rec.venue, rec.volume, rec.pages, rec.extra) == (
        "Field Crops Research",
        "291",
        "108789",
        ("IF: 6,145; D1",),
    )
    rec = parse(
        "Tóth, B., Kovács, P.* (benyújtva / submitted): Residual effect of digestate on soil "
        "mineral nitrogen. European Journal of Agronomy."
    )
    assert (rec.status, rec.title) == (
        "under review",
        "Residual effect of digestate on soil mineral nitrogen",
    )
    rec = parse(
        "Kovács P. (2009): A tápanyagellátás és az öntözés hatása a kukorica termésére. Doktori "
        "(PhD) értekezés. Debreceni Egyetem, Debrecen. 142 p."
    )
    assert (rec.type, rec.venue) == ("phdthesis", "Debreceni Egyetem")
    rec = parse(
        "Kovács P. (2019): Az öntözés szerepe. In: Kertész L, Gombos B. (szerk.): Szántóföldi "
        "növénytermesztés. Mezőgazda Kiadó, Budapest."
    )
    assert (rec.type, rec.venue) == ("incollection", "Szántóföldi növénytermesztés")
    assert [p.family for p in rec.editors] == ["Kertész", "Gombos"]


def test_indonesian_references() -> None:
    rec = parse(
        "Rahmawati, D. (2020). Identifikasi sumber pencemar di DAS Landak dengan pendekatan "
        "sistem informasi geografis. Prosiding Seminar Nasional Sains dan Teknologi Lingkungan "
        "III, hlm. 211–218."
    )
    assert rec.title == (
        "Identifikasi sumber pencemar di DAS Landak dengan pendekatan sistem informasi geografis"
    )
    assert (rec.type, rec.pages) == ("inproceedings", "211--218")
    rec = parse(
        "Rahmawati, D. (2021). Pengelolaan lahan basah tropis berbasis masyarakat. Dalam "
        "Siregar, T. & Nugroho, B. (Ed.), Bunga Rampai Lingkungan Lahan Basah Kalimantan "
        "(hlm. 55–78). Pontianak: Untan Press."
    )
    assert (rec.type, rec.venue, rec.pages) == (
        "incollection",
        "Bunga Rampai Lingkungan Lahan Basah Kalimantan",
        "55--78",
    )
    rec = parse(
        "Rahmawati, D. Microplastic abundance in peat swamp rivers. Environmental Pollution "
        "(dalam proses review)."
    )
    assert rec.status == "under review"


def test_a_korean_report_number_is_no_conference_acronym() -> None:
    rec = parse_md(
        "김지현, 최은영 (2021). *AI 디지털교과서 도입을 위한 정책 방안 연구* (연구보고 KR 2021-3). "
        "한국교육학술정보원."
    )
    assert (rec.type, rec.venue, rec.venue_short, rec.number) == (
        "techreport",
        "한국교육학술정보원",
        None,
        "KR 2021-3",
    )


def test_a_vietnamese_list_with_translations_statuses_and_theses() -> None:
    text = (
        "### 4.2. Bài báo trên tạp chí trong nước\n\n"
        '1. **Nguyễn Văn An**, Trần Thị Bích, "Thiết kế bộ điều khiển dự báo cho nghịch lưu nối '
        'lưới ba pha sử dụng vi xử lý tín hiệu số" [Design of a predictive controller for '
        "three-phase grid-connected inverters using a DSP], *Tạp chí Khoa học và Công nghệ*, số "
        "158, tr. 12–18, 2022.\n"
        '2. Trần Thị Bích, **Nguyễn Văn An**, "Đánh giá khả năng tích hợp nguồn điện gió", *Tạp '
        "chí Khoa học và Công nghệ Năng lượng*, đã chấp nhận đăng.\n\n"
        "### 4.3. Bài báo hội nghị\n\n"
        '- Q. M. Dang, A. V. Nguyen, "A low-cost IoT-based power quality monitoring system," in '
        "*2021 International Conference on Advanced Technologies for Communications (ATC)*, Ho "
        "Chi Minh City, Vietnam, Oct. 2021, pp. 77–82.\n\n"
        "### 4.5. Luận án, luận văn\n\n"
        '- Nguyễn Văn An, "Nghiên cứu điều khiển nghịch lưu ba pha nối lưới", Luận văn Thạc sĩ '
        "Kỹ thuật, Trường Đại học Bách khoa Hà Nội, 2010.\n"
    )
    recs = cvbib.extract_text(text, "cv.md").records
    first, accepted, paper, thesis = recs
    assert first.venue == "Tạp chí Khoa học và Công nghệ"
    assert (first.number, first.pages) == ("158", "12--18")
    assert (first.authors[0].given, first.authors[0].family) == ("Văn An", "Nguyễn")
    assert accepted.status == "forthcoming" and accepted.venue.endswith("Năng lượng")
    assert paper.venue == "International Conference on Advanced Technologies for Communications"
    assert (thesis.type, thesis.venue) == ("mastersthesis", "Trường Đại học Bách khoa Hà Nội")


def test_np_405_references_under_portuguese_headings() -> None:
    text = (
        "3. PUBLICAÇÕES\n(Referências segundo a NP 405.)\n\n"
        "3.1 Artigos em revistas internacionais com arbitragem científica\n\n"
        "1. MARQUES, Helena Rebelo; COSTA, Inês Matos*; FERREIRA, João Pedro – Walkability and "
        "ageing in Portuguese cities. Cities. ISSN 0264-2751. Vol. 131 (2022), 104031.\n\n"
        "2. MARQUES, Helena Rebelo – Medium-sized cities and peri-urban land. Land Use Policy "
        "[Em linha]. ISSN 0264-8377. Vol. 99 (2020), 104863. [Consult. 12 jan. 2021]. Disponível "
        "em WWW:<URL:https://doi.org/10.1016/j.landusepol.2020.104863>.\n\n"
        "3. FERREIRA, João Pedro; MARQUES, Helena Rebelo – Regional innovation systems. "
        "Sustainability. ISSN 2071-1050. Vol. 12, n.º 18 (2020), 7512.\n\n"
        "4. MARQUES, Helena Rebelo; SOUSA, Tiago – Touristification in Coimbra's Alta. Submetido "
        "a Urban Studies (em revisão).\n\n"
        "3.4 Capítulos de livros\n\n"
        "5. MARQUES, Helena Rebelo; SANTOS, Rui – Políticas de regeneração urbana. In PAIVA, "
        "Teresa; LOUREIRO, Artur, coord. – Cidades, território e políticas públicas. Porto: "
        "Edições Afrontamento, 2020. ISBN 978-972-36-1789-0. p. 113-138.\n\n"
        "3.7 Teses académicas\n\n"
        "6. MARQUES, Helena Sofia Rebelo – A rede urbana do distrito de Viseu. Aveiro: "
        "Universidade de Aveiro, 2009. Dissertação de mestrado.\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [(r.type, r.venue, r.year) for r in recs[:3]] == [
        ("article", "Cities", 2022),
        ("article", "Land Use Policy", 2020),
        ("article", "Sustainability", 2020),
    ]
    assert [(p.given, p.family) for p in recs[0].authors] == [
        ("Helena Rebelo", "Marques"),
        ("Inês Matos", "Costa"),
        ("João Pedro", "Ferreira"),
    ]
    assert recs[0].title == "Walkability and ageing in Portuguese cities"
    assert recs[1].doi == "10.1016/j.landusepol.2020.104863"
    assert (recs[2].volume, recs[2].number, recs[2].pages) == ("12", "18", "7512")
    assert recs[3].status == "under review"
    chapter = recs[4]
    assert (chapter.type, chapter.venue) == (
        "incollection",
        "Cidades, território e políticas públicas",
    )
    assert [p.family for p in chapter.editors] == ["Paiva", "Loureiro"]
    assert (recs[5].type, recs[5].venue) == ("mastersthesis", "Universidade de Aveiro")
    assert recs[5].authors[0].given == "Helena Sofia Rebelo"


def test_spe_papers_with_onepetro_numbers_and_students_in_italics() -> None:
    text = (
        "## Publications\n\n"
        "J-12. _Zhang, Y._ and Hallberg, M.T. 2023. Rate-Transient Analysis of Fractured Wells. "
        "SPE J. 28 (2): 655-673. SPE-212291-PA. https://doi.org/10.2118/212291-PA.\n\n"
        "2012 - 2014 (graduate school)\n\n"
        "C-7. Hallberg, M.T. 2019. Teaching Rate-Transient Analysis With Open-Source Tools. "
        "Paper presented at the SPE Annual Technical Conference and Exhibition, Calgary, "
        "Alberta, Canada, September 2019. SPE-196234-MS.\n"
    )
    journal, paper = cvbib.extract_text(text, "cv.md").records
    assert journal.title == "Rate-Transient Analysis of Fractured Wells"
    assert [p.family for p in journal.authors] == ["Zhang", "Hallberg"]
    assert (journal.volume, journal.number, journal.pages) == ("28", "2", "655--673")
    # a paper read at a meeting and printed in OnePetro is published, not a talk
    assert (paper.type, paper.venue, paper.number) == (
        "inproceedings",
        "SPE Annual Technical Conference and Exhibition",
        "SPE-196234-MS",
    )
    assert paper.venue_short is None


def test_ams_meteorology_conference_preprints() -> None:
    text = (
        "## Conference preprints\n\n"
        "- Nguyen, T. H., and E. R. Castellanos, 2024: Ensemble perspectives on the onset of "
        "rapid intensification. *36th Conf. on Hurricanes and Tropical Meteorology*, Long Beach, "
        "CA, Amer. Meteor. Soc., 9B.4.\n"
        "- Castellanos, E. R., and A. Q. Whitcombe, 2010: Flight-level thermodynamic asymmetries "
        "in Hurricanes Rita and Katrina. Preprints, *29th Conf. on Hurricanes and Tropical "
        "Meteorology*, Tucson, AZ, Amer. Meteor. Soc., P1.22.\n"
        "- Castellanos, E. R., and Coauthors, 2014: Tropical cyclone structure change. *Proc. Int. "
        "Workshop on Tropical Cyclones*, Jeju, Republic of Korea, WMO, 22 pp.\n"
    )
    first, second, third = cvbib.extract_text(text, "cv.md").records
    assert first.title == "Ensemble perspectives on the onset of rapid intensification"
    assert (first.type, first.venue, first.address, first.number) == (
        "inproceedings",
        "Conf. on Hurricanes and Tropical Meteorology",
        "Long Beach, CA",
        "9B.4",
    )
    assert first.publisher == "Amer. Meteor. Soc."
    # "Preprints," names the conference's volume, not a preprint server
    assert (second.type, second.venue_short, second.number) == ("inproceedings", None, "P1.22")
    assert second.title == "Flight-level thermodynamic asymmetries in Hurricanes Rita and Katrina"
    assert [p.family for p in third.authors] == ["Castellanos"]  # "and Coauthors"


def test_harvard_titles_with_apostrophes_and_a_status_beside_the_year() -> None:
    text = (
        "## Publications\n\nName of PhD students I supervise marked with *.\n\n"
        "1. Kearney, S. and Walsh, C. (2021) ‘Coaches’ and players’ perceptions of GPS feedback "
        "in rugby union’, International Journal of Sports Science & Coaching, 16(3), pp. 612–623.\n"
        "2. McCarthy, L.*, Ní Bhriain, O. and Kearney, S. (2024, forthcoming) ‘Perceived effects "
        "of the menstrual cycle on training’, Research Quarterly for Exercise and Sport.\n"
        "3. Kearney, S. (2022) ‘Why GPS data alone won’t stop hamstring injuries’, The "
        "Conversation, 14 March. Available at: https://theconversation.com/x-178245 (Accessed: "
        "20 March 2022).\n"
    )
    recs = cvbib.extract_text(text, "cv.md").records
    assert [r.title for r in recs] == [
        "Coaches’ and players’ perceptions of GPS feedback in rugby union",
        "Perceived effects of the menstrual cycle on training",
        "Why GPS data alone won’t stop hamstring injuries",
    ]
    assert [p.family for p in recs[1].authors] == ["McCarthy", "Ní Bhriain", "Kearney"]
    assert (recs[1].year, recs[1].status) == (2024, "forthcoming")
    assert recs[2].venue == "The Conversation"


def test_a_meeting_in_italics_after_the_title_and_an_impact_factor() -> None:
    text = (
        "## Conference abstracts\n\n"
        "- Okafor, C. N., Lindqvist, E. & Hartmann, J. Depth-dependent CBV responses in hMT+. "
        "*Annual Meeting of the Organization for Human Brain Mapping (OHBM)*, Montréal, Canada.\n"
        "- Lindqvist, E. & Sjöberg, M. Laminar fMRI of attention. *Magnetic Resonance in "
        "Medicine* 85(2):233–247 (2021). IF 3.3\n"
    )
    meeting, journal = cvbib.extract_text(text, "cv.md").records
    assert meeting.title == "Depth-dependent CBV responses in hMT+"
    assert [p.family for p in meeting.authors] == ["Okafor", "Lindqvist", "Hartmann"]
    assert journal.venue == "Magnetic Resonance in Medicine" and "IF 3.3" in journal.extra


def test_a_virtual_meeting_and_a_trailing_pictograph_are_no_part_of_the_venue() -> None:
    text = (
        "## Conference papers\n\n"
        '- A. V. Nguyen, "Robust current control of grid-tied inverters," in Proc. International '
        "Conference on Control, Automation and Information Sciences (ICCAIS), Hanoi, Vietnam, "
        "2022, pp. 1–6. ★\n"
        "- Zhang, Y., Hallberg, M.T. 2020. CO2 Huff-n-Puff Performance in the Middle Bakken. "
        "Paper presented at the SPE Improved Oil Recovery Conference, Virtual, August 2020. "
        "SPE-200411-MS.\n"
    )
    first, second = cvbib.extract_text(text, "cv.md").records
    assert first.venue == (
        "Proc. International Conference on Control, Automation and Information Sciences (ICCAIS)"
    )
    assert second.venue == "SPE Improved Oil Recovery Conference"


def test_no_date_in_the_year_slot_of_an_author_date_entry() -> None:
    text = (
        "## Articles\n\n- Sam, Dakota R., and Caitlin J. Renfrow. n.d. Revisiting the Lovelock "
        "Wickerware Horizon. Manuscript under review at *Journal of Archaeological Science*.\n"
    )
    (rec,) = cvbib.extract_text(text, "cv.md").records
    assert rec.title == "Revisiting the Lovelock Wickerware Horizon"
    assert [p.family for p in rec.authors] == ["Sam", "Renfrow"]
    assert (rec.year, rec.status) == (None, "under review")


@pytest.mark.parametrize(
    "text",
    [
        "K. Ishikawa, S. N. Castellanos, and Y.-B. Kimura, J. Phys.: Condens. Matter 32, "
        "205601 (2020).",
        "K. Ishikawa, S. N. Castellanos, and Y.-B. Kimura, *J. Phys.: Condens. Matter* 32, "
        "205601 (2020).",
    ],
)
def test_a_titleless_reference_whose_journal_has_a_colon(text: str) -> None:
    # the colon is the journal's, not DBLP's "Names: Title"
    rec = parse_md(text)
    assert rec.title == ""
    assert people(rec) == ["K.|Ishikawa", "S. N.|Castellanos", "Y.-B.|Kimura"]
    assert (rec.venue, rec.volume, rec.pages, rec.year) == (
        "Journal of Physics: Condensed Matter",
        "32",
        "205601",
        2020,
    )


def test_a_titleless_arxiv_preprint_is_a_reference() -> None:
    md = (
        "## Preprints\n\n"
        "1. L. Brückner and S. N. Castellanos, arXiv:2502.04471 [cond-mat.str-el] (2025).\n"
    )
    (rec,) = cvbib.extract_text(md, "cv.md").records
    assert (rec.title, rec.arxiv, rec.year) == ("", "2502.04471", 2025)
    assert people(rec) == ["L.|Brückner", "S. N.|Castellanos"]


def test_software_engineering_distinguished_paper_award() -> None:
    rec = parse('A. Lee. "Flaky Tests." In ICSE, 2022. ACM SIGSOFT Distinguished Paper Award')
    assert rec.notes == ("Distinguished Paper Award",)


def test_sbl_pages_in_book_edited_by_several() -> None:
    rec = parse_cv_entry(
        EntryText(
            "“Harold Brandvold and the Sectarian Rule Texts.” Pages xi–xxiv in Reading Qumran at "
            "Seventy-Five. Edited by Miriam E. Castellanos-Hart, Jonathan P. Weiss, and Hanna "
            "Lindqvist. STDJ 145. Leiden: Brill, 2023.",
            "cv.txt",
            1,
            1,
        )
    )
    assert (rec.type, rec.venue, rec.pages, rec.year) == (
        "incollection",
        "Reading Qumran at Seventy-Five",
        "xi--xxiv",
        2023,
    )
    assert [p.family for p in rec.editors] == ["Castellanos-Hart", "Weiss", "Lindqvist"]
    assert rec.publisher == "Brill"


def test_esa_pages_in_editors_keeps_its_own_reading() -> None:
    rec = parse_md(
        "Okonkwo-Reyes, M. T., and R. A. Hallworth. 2022. Pollinators in a changing climate. "
        "Pages 211–238 *in* L. K. Marchetti and D. Ostrowski, editors. Plant–animal "
        "interactions. Second edition. Springer, Cham, Switzerland."
    )
    assert (rec.venue, rec.pages, rec.publisher) == (
        "Plant–animal interactions",
        "211--238",
        "Springer",
    )
    assert [p.family for p in rec.editors] == ["Marchetti", "Ostrowski"]


def test_program_notes_name_the_orchestra() -> None:
    rec = parse(
        "“New Voices, New Worlds.” Program essay. Tanglewood Festival of Contemporary Music, "
        "July 2019."
    )
    assert (rec.type, rec.venue, rec.year) == (
        "misc",
        "Tanglewood Festival of Contemporary Music",
        2019,
    )
    assert "Program essay" in rec.extra


def test_chicago_dashes_repeat_the_authors_above() -> None:
    md = (
        "## Articles\n\n"
        "- **Oyelaran, Ilse M.** “Harmonic Fields.” *Music Theory Spectrum* 45, no. 1 (2023): "
        "88–112.\n"
        "- ———. “Toward an Ecology of Listening.” *Perspectives of New Music* 59, no. 2 (2021): "
        "5–38.\n"
    )
    first, second = cvbib.extract_text(md, "cv.md").records
    assert second.title == "Toward an Ecology of Listening"
    assert second.authors == first.authors and people(second) == ["Ilse M.|Oyelaran"]
    assert second.venue == "Perspectives of New Music"


def test_a_composers_catalogue_is_not_a_publication_list() -> None:
    md = (
        "## Selected Works\n\n"
        "- ***Tidewater*** (2016, rev. 2019) — orchestra — 14′\n"
        "  Premiere: Boston Modern Orchestra Project, Jordan Hall, Boston, 22 April 2017.\n"
        "- ***Estuary*** (2018) — fixed media, 8 channels — 13′\n\n"
        "## Discography\n\n"
        "- *Field Notes I–IV* on *Night Songs.* Amara Osei, piano. New Focus Recordings, 2020.\n\n"
        "## Articles\n\n"
        "- Oyelaran, Ilse M. “Harmonic Fields.” *Music Theory Spectrum* 45, no. 1 (2023): 88–112.\n"
    )
    assert [r.title for r in cvbib.extract_text(md, "cv.md").records] == ["Harmonic Fields"]


def test_a_major_revision_is_a_stage_after_the_journal() -> None:
    rec = parse_md(
        "L. Hoffmeister, T. Nwosu†, and K. Osterhout. Quantifying Test Suite Nondeterminism "
        "Across 10,000 Python Projects. *Empirical Software Engineering*, major revision."
    )
    assert rec.title == "Quantifying Test Suite Nondeterminism Across 10,000 Python Projects"
    assert people(rec) == ["L.|Hoffmeister", "T.|Nwosu", "K.|Osterhout"]
    assert rec.status == "under review"


def test_a_degree_after_the_title_is_no_author() -> None:
    rec = parse("“Adaptive Sparse Attention.” M.S. thesis, Carnegie Mellon University, May 2023.")
    assert (rec.type, rec.authors, rec.venue) == ("mastersthesis", (), "Carnegie Mellon University")


def test_apa_ellipsis_in_a_long_author_list() -> None:
    text = (
        "Marchetti, G., Ho, Y. L., Quist, L., . . . Zielinski, A. (2023). Cross-national "
        "replication of the rumination–depression link. Nature Human Behaviour, 7(11), 1890–1904."
    )
    rec = parse_cv_entry(EntryText(text, "cv.txt", 1, 1))
    assert rec.title == "Cross-national replication of the rumination–depression link"
    assert people(rec) == ["G.|Marchetti", "Y. L.|Ho", "L.|Quist", "A.|Zielinski"]
    assert rec.venue == "Nature Human Behaviour"
    # the record points into the text as written
    assert rec.source is not None and rec.source.text == text
    (authors,) = [s for s in rec.spans if s.field == "authors"]
    assert text[authors.start : authors.end].endswith(". . . Zielinski, A")


def test_sbl_monograph_in_a_series_with_its_history() -> None:
    rec = parse_md(
        "*Wilderness and Waiting: Space and Sectarian Identity*. STDJ 128. Leiden: Brill, 2019. "
        "[Revised version of Ph.D. dissertation, Duke University, 2014.]"
    )
    assert (rec.type, rec.publisher, rec.year) == ("book", "Brill", 2019)
    assert "Series: STDJ 128" in rec.extra
    assert "Revised version of Ph.D. dissertation, Duke University, 2014" in rec.extra


def cv(text: str):  # type: ignore[no-untyped-def]
    """The whole entry reading (rules, tagger, style readers) of plain text."""
    return parse_cv_entry(EntryText(text, "cv.txt", 1, 1))


def test_iucr_references_without_titles() -> None:
    rec = cv("Ng, W.+, Roe, B. & Aldridge, F. C.* (2023). Acta Cryst. B79, 402–414.")
    assert (rec.title, rec.year) == ("", 2023)
    assert people(rec) == ["W.|Ng", "B.|Roe", "F. C.|Aldridge"]
    assert (rec.venue_short, rec.volume, rec.pages) == ("Acta Cryst. B", "79", "402--414")
    rec = cv("Ng, W. & Aldridge, F. C. (2023). IUCrData, 8, x230412.")
    assert (rec.title, rec.venue, rec.volume, rec.pages) == ("", "IUCrData", "8", "x230412")
    # a congress abstract's page in the supplement, and a remark after the reference
    rec = cv(
        "Aldridge, F. C., Ng, W. & Sørensen, K. B. (2023). Acta Cryst. A79, C412.  "
        "[Microsymposium talk, IUCr Congress, Melbourne]"
    )
    assert (rec.title, rec.volume, rec.pages) == ("", "79", "C412")
    assert "Microsymposium talk, IUCr Congress, Melbourne" in rec.extra
    # with a title, the section letter and volume stay one venue ("Cryst. E77" is no sentence)
    rec = cv(
        "Aldridge, F. C. & McAllister, J. (2021). Crystal structure of 4-(4-bromophenyl)pyridine. "
        "Acta Cryst. E77, 884–887."
    )
    assert rec.title == "Crystal structure of 4-(4-bromophenyl)pyridine"
    assert (rec.venue_short, rec.volume) == ("Acta Cryst. E", "77")


def test_a_known_name_opening_a_longer_italic_name_is_not_the_venue() -> None:
    rec = parse_md(
        "Achterberg, M. K. (2021). Lexical prediction in noisy channels. "
        "*Language, Cognition and Neuroscience*, *36*(2), 210–229."
    )
    assert rec.venue_short == "Lang. Cogn. Neurosci."


def test_apa_hyphenated_korean_initials() -> None:
    rec = cv(
        "Strand, H. M., Seo, J.-w.*, & Ortega-Ruiz, M. (2023). Invisible labor in the academic "
        "library. College & Research Libraries, 84(2), 1–20."
    )
    assert people(rec) == ["H. M.|Strand", "J.-w.|Seo", "M.|Ortega-Ruiz"]
    assert rec.title == "Invisible labor in the academic library"


def test_cse_article_ids_species_and_reports_to_an_agency() -> None:
    rec = cv(
        "Whitcombe DL, St. Clair MB. 2024. Conspecific attraction in restored habitat. "
        "Ornithological Applications. 126(1):duad051."
    )
    assert (rec.volume, rec.number, rec.pages) == ("126", "1", "duad051")
    rec = parse_md(
        "Fitzhugh CE, Whitcombe DL. 2019. First double-brooding by Brewer's Sparrow "
        "(*Spizella breweri*) in Wyoming. Wilson Journal of Ornithology. 131(1):187–191."
    )
    assert rec.title == "First double-brooding by Brewer's Sparrow (Spizella breweri) in Wyoming"
    assert people(rec) == ["C. E.|Fitzhugh", "D. L.|Whitcombe"]
    rec = cv(
        "Whitcombe DL. 2019. Breeding bird surveys, 2016–2018. Final report to U.S. Fish and "
        "Wildlife Service, Region 6. Denver (CO). 45 p."
    )
    assert (rec.type, rec.venue) == ("techreport", "U.S. Fish and Wildlife Service, Region 6")
    assert "Final report" in rec.extra
    rec = cv(
        "Whitcombe DL. 2017. Avian monitoring protocols. Reston (VA): U.S. Geological Survey. "
        "Open-File Report 1045. 38 p."
    )
    assert rec.venue == "U.S. Geological Survey"


def test_optica_chapters_and_spie_article_ids() -> None:
    rec = cv(
        "N. K. Brennan and S. Lindqvist, “Thin-film lithium niobate photonics,” in Integrated "
        "Nonlinear Photonics, P. Duarte and M. Feld, eds. (Springer, 2021), pp. 87–124."
    )
    assert (rec.type, rec.venue, rec.publisher) == (
        "incollection",
        "Integrated Nonlinear Photonics",
        "Springer",
    )
    assert [p.family for p in rec.editors] == ["Duarte", "Feld"]
    rec = cv(
        "Y. Chen and N. K. Brennan, “Second-harmonic generation,” Proc. SPIE 12424, 124240D (2023)."
    )
    assert (rec.venue_short, rec.volume, rec.pages, rec.year) == (
        "Proc. SPIE",
        "12424",
        "124240D",
        2023,
    )


def test_conference_named_with_its_year_in_a_book_series_is_proceedings() -> None:
    rec = parse_md(
        "Raman, P., & Strand, H. M. (2022). Repositories as infrastructure. In J. Tallis & "
        "R. Amadi (Eds.), *Information for a better world: Shaping the global future. "
        "iConference 2022* (Lecture Notes in Computer Science, Vol. 13192, pp. 402–417). Springer."
    )
    assert rec.type == "inproceedings"


def test_arabic_script_digits_commas_and_labels() -> None:
    rec = cv(
        "خالد حمد الرشيدي، فاطمة سعد العنزي، «نظام ذكي لمراقبة استهلاك الطاقة»، مجلة العلوم "
        "الهندسية، المجلد ٢٣، العدد ١، ص ص ٥٥–٧٠، ٢٠١٦."
    )
    assert rec.title == "نظام ذكي لمراقبة استهلاك الطاقة"
    assert people(rec) == ["خالد حمد|الرشيدي", "فاطمة سعد|العنزي"]
    assert (rec.year, rec.volume, rec.number, rec.pages) == (2016, "23", "1", "55--70")
    assert rec.venue == "مجلة العلوم الهندسية"
    assert rec.source is not None and "٢٠١٦" in rec.source.text  # as written


def test_report_series_with_a_prefix_and_a_title_opening_with_single_quotes() -> None:
    rec = parse_md(
        "Strand, H. M., & Nwosu, A. (2021). *Digitization capacity in community archives* "
        "(LSU-iSchool Technical Report No. 2021-03). School of Information Sciences, Lakeshore "
        "State University."
    )
    assert (rec.number, rec.venue) == (
        "2021-03",
        "School of Information Sciences, Lakeshore State University",
    )
    rec = parse_md(
        "Castellanos, Imogen. 2017. \"'Nobody Here Is Acting': Nonprofessional Performers and "
        'the Politics of Presence." *Contemporary Theatre Review* 27 (1): 54–71.'
    )
    assert (
        rec.title
        == "'Nobody Here Is Acting': Nonprofessional Performers and the Politics of Presence"
    )


def test_a_journal_piece_under_a_reports_heading_is_an_article() -> None:
    rec = parse_md(
        "Strand, H. M. (2022). [Review of the book *Archival futures*, by C. Brenner]. "
        "*Library Quarterly, 92*(1), 98–100.",
        hint="techreport",
    )
    assert rec.type == "article"


def test_vancouver_lists_cut_with_ellipses_and_written_for_a_consortium() -> None:
    rec = cv(
        "Hallorann J, Ostrowski E, Kim D, ..., Breivik KL, ..., Daly-Fenwick R‡, Sullivan-Moyo P‡, "
        "for the Psychiatric Genomics Consortium. Genome-wide association study of bipolar "
        "disorder. Nature Genetics 2024;56:412–425."
    )
    assert rec.title == "Genome-wide association study of bipolar disorder"
    assert [p.family for p in rec.authors] == [
        "Hallorann",
        "Ostrowski",
        "Kim",
        "Breivik",
        "Daly-Fenwick",
        "Sullivan-Moyo",
        "Psychiatric Genomics Consortium",
    ]
    rec = cv(
        "Ramírez-Okafor L, Bøe AS, Breivik KL, et al., for the Cross-Disorder Working Group of the "
        "Psychiatric Genomics Consortium. Genomic dissection of shared liability. Cell "
        "2023;186(4):754–770.e17."
    )
    assert rec.title == "Genomic dissection of shared liability"
    assert rec.authors[-1].family == (
        "Cross-Disorder Working Group of the Psychiatric Genomics Consortium"
    )


def test_vancouver_two_names_a_camel_case_title_and_an_italic_journal() -> None:
    # two Vancouver names are not one "Family, Given" (Cristin's form)
    rec = cv(
        "Hollis JR, Breivik KL. Winner's curse correction. Submitted to Genetic Epidemiology (2024)."
    )
    assert people(rec) == ["J. R.|Hollis", "K. L.|Breivik"]
    rec = cv(
        "Breivik KL, Sandoval-Ortiz M. gwasQC: fast quality control. Bioinformatics 2020;36(14):4187–4189."
    )
    assert rec.title == "gwasQC: fast quality control"
    assert people(rec) == ["K. L.|Breivik", "M.|Sandoval-Ortiz"]
    rec = parse_md(
        "Breivik KL, Sandoval-Ortiz M. Statistical fine-mapping in the biobank era. "
        "*Annual Review of Genomics and Human Genetics* 2021;22:271–296."
    )
    assert rec.title == "Statistical fine-mapping in the biobank era"
    assert rec.venue == "Annual Review of Genomics and Human Genetics"


def test_preprint_server_numbers_date_and_name_the_preprint() -> None:
    rec = cv(
        "Mendoza-Price A, Breivik KL. Rare-variant burden in bipolar disorder. medRxiv 2023.05.12.23289876."
    )
    assert (rec.doi, rec.year) == ("10.1101/2023.05.12.23289876", 2023)


def test_meeting_paper_numbers_and_reports_written_for_a_client() -> None:
    rec = cv(
        'Chen, Y., and Wolanski, D.J. (2022). "Assessment of roof bolt loading." Preprint 22-045, '
        "SME Annual Conference & Expo, Salt Lake City, UT, Feb 27–Mar 2, 2022."
    )
    assert (rec.type, rec.status, rec.number) == ("inproceedings", "published", "22-045")
    rec = cv(
        'Wolanski, D.J. (2018). "Using LaModel to evaluate interactions." Paper ARMA 18-931, 52nd '
        "U.S. Rock Mechanics/Geomechanics Symposium, Seattle, WA, June 17–20, 2018."
    )
    assert (rec.type, rec.number) == ("inproceedings", "ARMA 18-931")
    rec = cv(
        "Wolanski, D.J., and Adeyemi, O.B. (2022). Pillar design review for the 4 North Mains. "
        "Report to Marcellus Ridge Coal Company. 31 pp. Confidential."
    )
    assert (rec.type, rec.venue) == ("techreport", "Marcellus Ridge Coal Company")
    text = (
        "Harbison, L.R., Wolanski, D.J. (2016). A review of rib fatalities in U.S. underground coal "
        "mines, 2004–2015. NIOSH Information Circular 9531. Pittsburgh, PA: National Institute for "
        "Occupational Safety and Health."
    )
    rec = parse_cv_entry(EntryText(text, "cv.txt", 1, 1, hint="techreport"))  # under "Reports"
    assert rec.title == "A review of rib fatalities in U.S. underground coal mines, 2004–2015"
    assert rec.publisher == "National Institute for Occupational Safety and Health"


def test_hebrew_calendar_years_pages_and_language_notes() -> None:
    rec = cv(
        'מרגלית-רוזן, איתן. "הצנזור כקורא: צנזורה של ספרים עבריים בווילנה". קתדרה 168 '
        "(תשע\"ח/2018), עמ' 33–58. [The Censor as Reader, Cathedra 168 (2018), pp. 33–58] [Hebrew]"
    )
    assert rec.title == "הצנזור כקורא: צנזורה של ספרים עבריים בווילנה"
    assert (rec.year, rec.venue, rec.volume, rec.pages) == (2018, "קתדרה", "168", "33--58")
    assert "In Hebrew" in rec.extra


def test_finnish_statuses_article_numbers_and_jufo_levels() -> None:
    rec = cv(
        "Hiltunen, J., Kärkkäinen, E. & Pesonen, H. Painossa / In press. Advance regeneration "
        "dynamics after selection cutting. Forest Ecology and Management. JUFO 2"
    )
    assert rec.title == "Advance regeneration dynamics after selection cutting"
    assert rec.status == "forthcoming"
    assert "JUFO 2" in rec.extra
    rec = cv(
        "Kärkkäinen, E. & Rautio, S. 2024. Uudistamisen onnistuminen turvemailta. Metsätieteen "
        "aikakauskirja 2024: artikkeli 24012. JUFO 1"
    )
    assert (rec.type, rec.venue, rec.pages) == ("article", "Metsätieteen aikakauskirja", "24012")


def test_nlm_thesis_school_and_arvo_abstracts() -> None:
    rec = cv(
        "Venkataraman PS. Mechanisms of Müller Glial Activation [dissertation]. Baltimore, MD: "
        "Johns Hopkins University; 2008."
    )
    assert (rec.type, rec.venue) == ("phdthesis", "Johns Hopkins University")
    rec = cv(
        "Oduya K, Venkataraman PS, Choi HJ. Five-year outcomes of treat-and-extend aflibercept. "
        "Invest Ophthalmol Vis Sci. 2017;58(8):E-Abstract 1187."
    )
    assert (rec.type, rec.volume, rec.pages) == ("article", "58", "1187")  # abstract 1187


def test_a_bank_or_a_series_after_a_quoted_title_is_no_author() -> None:
    rec = cv(
        "“Local Labor Inspections and Informal Wages,” Banco de la República, Borradores de "
        "Economía No. 1165, 2021."
    )
    assert rec.authors == ()
    assert rec.title == "Local Labor Inspections and Informal Wages"


def test_acs_references_without_titles() -> None:
    rec = cv(
        "A. Vogel, S. Krämer, F. Ruiz, K. Brenner*, Angew. Chem. Int. Ed. 2025, 64, e202418872; "
        "Angew. Chem. 2025, 137, e202418872."
    )
    assert rec.title == ""
    assert [p.family for p in rec.authors] == ["Vogel", "Krämer", "Ruiz", "Brenner"]
    assert rec.year == 2025
    rec = cv("M. Yilmaz, K. Brenner*, J. Org. Chem. 2025, accepted.")
    assert (rec.title, rec.status) == ("", "forthcoming")


def test_a_book_with_coauthors_after_its_title_and_its_length() -> None:
    rec = cv(
        "The Plains Transformed: Land, Water, and People (with Harold J. Vandermeer). Lincoln: "
        "University of Nebraska Press (1974). xiv + 342 pp."
    )
    assert rec.title == "The Plains Transformed: Land, Water, and People"
    assert people(rec) == ["Harold J.|Vandermeer"]  # the owner goes first when known
    assert (rec.publisher, rec.year, rec.venue) == ("University of Nebraska Press", 1974, None)


def test_a_section_letter_run_into_the_volume_of_any_known_journal() -> None:
    rec = cv("Doe, J. & Roe, B. (2021). Phys. Rev. B104, 045112.")
    assert (rec.title, rec.venue_short, rec.volume, rec.pages) == (
        "",
        "Phys. Rev. B",
        "104",
        "045112",
    )


def test_indian_journal_noise_is_remarks_and_the_publisher_leaves_the_venue() -> None:
    rec = cv(
        "R. Kumar, S. Sharma, R. Kavitha and P. Singh, “A Survey on Energy Harvesting Techniques "
        "for IoT Enabled Sensor Nodes,” International Journal of Advanced Research in Computer "
        "Science, Vol. 9, Issue 3, pp. 45-52, May-June 2018. ISSN: 0976-5697 (UGC Approved, "
        "Impact Factor: 4.62)"
    )
    assert (rec.venue, rec.volume, rec.number, rec.pages, rec.year) == (
        "International Journal of Advanced Research in Computer Science",
        "9",
        "3",
        "45--52",
        2018,
    )
    assert "UGC Approved, Impact Factor: 4.62" in rec.extra
    rec = cv(
        "R.Kavitha, M.Senthil Kumar, “Energy Efficient Cluster Based Routing Protocol for "
        "Wireless Sensor Networks”, Cluster Computing, Springer, Vol.22, pp. 13645–13656, 2019."
    )
    assert people(rec) == ["R.|Kavitha", "M. Senthil|Kumar"]
    assert (rec.venue, rec.publisher) == ("Cluster Computing", "Springer")
    rec = cv(
        "R. Kavitha, N. Harini, “Design of a Compact Dual Band Microstrip Patch Antenna”, "
        "International Journal of Engineering Research, ISSN: 2278-0181, Volume-8 Issue-12, "
        "May-2018, pp. 301-305."
    )
    assert (rec.volume, rec.number, rec.year) == ("8", "12", 2018)
    rec = cv(
        "R. Kavitha, G. Revathi, “Performance Analysis of OFDM Based Cognitive Radio”, "
        "International Journal of Applied Engineering Research, Volume 10, Number 55 (2015) "
        "pp. 1234-1239, © Research India Publications. (Scopus Indexed)"
    )
    assert (rec.venue, rec.volume, rec.number) == (
        "International Journal of Applied Engineering Research",
        "10",
        "55",
    )


def test_an_indian_conference_with_its_host_and_days_after_the_acronym() -> None:
    rec = cv(
        "R. Kavitha and M. Senthil Kumar, “A Novel Energy Efficient Clustering Protocol for WSN "
        "using Firefly Algorithm”, International Conference on Innovations in Information, "
        "Embedded and Communication Systems (ICIIECS’15), Karpagam College of Engineering, "
        "Coimbatore, 19-20 March 2015. Published in IEEE Xplore, DOI: 10.1109/ICIIECS.2015.7193012"
    )
    assert rec.venue.endswith("Embedded and Communication Systems (ICIIECS’15)")
    assert rec.address == "Karpagam College of Engineering, Coimbatore"
    assert rec.pages is None  # the days of the meeting are no pages
    rec = cv(
        "R. Kavitha, P. Arun Prasath, “Lightweight Vision Transformer for Crop Disease "
        "Classification on Edge Devices”, Communicated to IEEE Access. (Under Review)"
    )
    assert (rec.status, rec.venue) == ("under review", None)
    assert "Submitted to IEEE Access" in rec.extra


def test_a_nigerian_promotion_entry_with_country_and_contribution() -> None:
    rec = cv(
        "Akintola, O.B. and Okoro, C.N. (2009). Analysis of Credit Constraints among Cassava "
        "Processors in Ogun State, Nigeria. Nigerian Journal of Rural Sociology, 9(1): 56-63. "
        "(Nigeria) (Contribution: 60%)"
    )
    assert (rec.venue, rec.volume, rec.pages) == (
        "Nigerian Journal of Rural Sociology",
        "9",
        "56--63",
    )
    assert {"Published in Nigeria", "Contribution: 60%"} <= set(rec.extra)
    rec = cv(
        "Akintola, O.B., Okoro, C.N. and Ibrahim, A.A. (2012). Determinants of Credit Repayment "
        "among Smallholder Farmers. Proceedings of the 46th Annual Conference of the Agricultural "
        "Society of Nigeria, held at Bayero University, Kano, 5th-9th November, 2012. pp. 234-238."
    )
    assert (
        rec.venue == "Proceedings of the Annual Conference of the Agricultural Society of Nigeria"
    )
    assert rec.address == "Bayero University, Kano"


def test_thai_entries_read_with_gregorian_years_and_thai_digits_kept() -> None:
    rec = cv(
        "ณัฐพงษ์ ศรีสวัสดิ์*, กนกวรรณ พรหมมา และ วิไลวรรณ บุญสุภา. (๒๕๖๖). ผลของการงอกต่อ"
        "ปริมาณสารกาบาของข้าวกล้องหอมมะลิ ๑๐๕. วารสารวิจัย มข., ๒๘(๒), ๑๔๕–๑๕๗. (TCI กลุ่ม 1)"
    )
    assert rec.year == 2023  # 2566 of the Buddhist Era
    assert [p.family for p in rec.authors] == ["ศรีสวัสดิ์", "พรหมมา", "บุญสุภา"]
    assert rec.title == "ผลของการงอกต่อปริมาณสารกาบาของข้าวกล้องหอมมะลิ ๑๐๕"  # as printed
    assert (rec.volume, rec.pages) == ("28", "145--157")
    rec = cv(
        "Srisawat, N., & Thongdee, A. (2563 B.E.). Consumer acceptance of cricket-based snack "
        "products. Thai Journal of Science and Technology, 9(4), 512-523."
    )
    assert (rec.year, rec.title) == (2020, "Consumer acceptance of cricket-based snack products")


def test_a_resume_venue_in_bold_before_a_dash_and_coauthors_with_w() -> None:
    text = (
        "ICML 2023 — Masked Spectrogram Modeling Scales Like Language Modeling "
        "(w/ A. Smith, B. Lee, J. Okonkwo)"
    )
    rec = parse_cv_entry(EntryText(text, "cv.md", 1, 1, bold=((0, 9),)))
    assert rec.title == "Masked Spectrogram Modeling Scales Like Language Modeling"
    assert people(rec) == ["A.|Smith", "B.|Lee", "J.|Okonkwo"]
    assert (rec.venue_short, rec.year, rec.type) == ("ICML", 2023, "inproceedings")
    text = (
        "JASA 2016 — Perceptual Weighting of Spectral Cues in Noisy Vowel Identification. "
        "J. Acoust. Soc. Am. 139(4):1892–1903. R. Halvorsen, M. Lindqvist, O. Berg."
    )
    rec = parse_cv_entry(EntryText(text, "cv.md", 1, 1, bold=((0, 9),)))
    assert rec.title == "Perceptual Weighting of Spectral Cues in Noisy Vowel Identification"
    assert people(rec) == ["R.|Halvorsen", "M.|Lindqvist", "O.|Berg"]


def test_faculty180_record_fields_after_a_reference() -> None:
    rec = cv(
        "Abernathy, D. K. (2015). Failure to rescue: A concept analysis. Nursing Forum, 50(4), "
        "231–238. doi:10.1111/nuf.12110 Status: Accepted/In Press. Refereed: Yes. Scope: National."
    )
    assert (rec.venue, rec.doi, rec.status) == ("Nursing Forum", "10.1111/nuf.12110", "forthcoming")
    assert "Status: Accepted/In Press. Refereed: Yes. Scope: National." in rec.extra


def test_poems_in_a_literary_magazine() -> None:
    rec = parse_md(
        '"Self-Portrait as Flood Insurance Claim" and "Ghazal for the County Fair," *Poetry* '
        "218.6 (March 2021): 512–514"
    )
    assert rec.title == 'Self-Portrait as Flood Insurance Claim" and "Ghazal for the County Fair'
    assert (rec.venue, rec.volume, rec.number, rec.pages) == ("Poetry", "218", "6", "512--514")
    rec = parse_md('"Prairie Triptych," *Gulf Coast* 33.2 (Summer/Fall 2021)')
    assert (rec.venue, rec.venue_short, rec.volume, rec.number) == ("Gulf Coast", None, "33", "2")
    rec = parse_md("*Lantern Hours* (chapbook). Chicago: dancing girl press, 2014.")
    assert (rec.title, rec.authors, rec.year) == ("Lantern Hours", (), 2014)
    rec = parse_md(
        "*Ordinary Saints*. Louisville: Sarabande Books, 2018. Winner of the Kathryn A. Morton "
        "Prize in Poetry, selected by Corinne Achterberg."
    )
    assert rec.title == "Ordinary Saints"


def test_an_extension_series_number_before_the_issuing_institution() -> None:
    rec = cv(
        "Ruiz, A.M., and R.J. Thornquist. 2019. Soil sampling for precision agriculture: A "
        "grower’s guide. Ext. Circ. CIS 1210. Univ. of Idaho Ext., Moscow. 6 p."
    )
    assert (rec.type, rec.venue, rec.number) == ("techreport", "Univ. of Idaho Ext.", "CIS 1210")


def test_persian_entries_with_persian_numbers_labels_and_solar_hijri_years() -> None:
    rec = cv(
        "محمدجواد فرهبد*، مریم صادقی، علی‌رضا کریمیان، «بررسی آزمایشگاهی تأثیر الیاف بر مقاومت "
        "برشی ماسه‌های بادی»، نشریه مهندسی عمران امیرکبیر، دوره ۵۳، شماره ۲، صفحات ۴۵۱-۴۶۸، ۱۴۰۰. (ISC)"
    )
    assert [p.family for p in rec.authors] == ["فرهبد", "صادقی", "کریمیان"]
    assert (rec.venue, rec.volume, rec.number, rec.pages) == (
        "نشریه مهندسی عمران امیرکبیر",
        "53",
        "2",
        "451--468",
    )
    assert rec.year == 1400  # as printed: the Solar Hijri year
    assert "Solar Hijri year 1400" in rec.extra
    rec = cv(
        "P. Karimian, M.J. Farahbod*, Three-dimensional analysis of deep excavations in Tehran "
        "alluvium, Amirkabir Journal of Civil Engineering 51 (4) (1398) 733–748 (in Persian)."
    )
    assert (rec.year, rec.volume, rec.number, rec.pages) == (1398, "51", "4", "733--748")


def test_elsevier_volume_issue_year_then_pages() -> None:
    rec = cv(
        "H. Ebrahimi-Asl, M.J. Farahbod, Y. Zhang, Microstructural characterization of "
        "zeolite–cement stabilized sand, J. Mater. Civ. Eng. 32 (11) (2020) 04020345."
    )
    assert (rec.venue, rec.volume, rec.number, rec.pages, rec.year) == (
        "J. Mater. Civ. Eng.",
        "32",
        "11",
        "04020345",
        2020,
    )


def test_cienciavitae_citation_with_its_status_line() -> None:
    rec = cv(
        'Lopes, Catarina; Moutinho, Inês C.. "Variação sazonal da comunidade bentónica na Ria de '
        'Aveiro". Revista de Gestão Costeira Integrada 21 2 (2021): 87-104. Publicado • Published · '
        "Idioma / Language: Português / Portuguese · Com arbitragem científica / Peer-reviewed"
    )
    assert (rec.venue, rec.volume, rec.number, rec.pages, rec.status) == (
        "Revista de Gestão Costeira Integrada",
        "21",
        "2",
        "87--104",
        "published",
    )
    assert "Com arbitragem científica / Peer-reviewed" in rec.extra
    rec = cv(
        'Ferreira, Rui; Moutinho, Inês C.. "Polymer composition of microplastics ingested by '
        'flatfish juveniles". Science of the Total Environment. Submetido • Submitted · Idioma / '
        "Language: Inglês / English"
    )
    assert rec.status == "under review"


def test_esa_chapters_and_extension_codes() -> None:
    rec = cv(
        "Whitacre, D. P. 2017. Armyworms, pp. 45–49. In K. M. Dahl (ed.), Handbook of small grain "
        "insects, 2nd ed. Entomological Society of America, Annapolis, MD."
    )
    assert (rec.title, rec.pages) == ("Armyworms", "45--49")
    rec = cv(
        "Whitacre, D. P. 2021. Fall armyworm in pastures and hayfields. ENTFACT-155. University "
        "of Kentucky Cooperative Extension Service, Lexington, KY."
    )
    assert (rec.title, rec.number, rec.venue) == (
        "Fall armyworm in pastures and hayfields",
        "ENTFACT-155",
        "University of Kentucky Cooperative Extension Service",
    )
    rec = cv(
        "Pham, J. R., D. P. Whitacre, and T. B. Kessler. 2020. Pyrethroid resistance in "
        "Helicoverpa zea populations. Pest Manag. Sci. 76: 1203-1210."
    )
    assert (rec.venue, rec.venue_short) == ("Pest Manag. Sci.", None)  # not Management Science


def test_ieee_chapter_editors_after_the_book_title() -> None:
    rec = cv(
        'S. Ali and M. A. Rehman, "Protection challenges in inverter-dominated microgrids," in '
        "Microgrids: Design, Protection and Control, K. R. Sharma and L. Moreno, Eds. Cham, "
        "Switzerland: Springer, 2021, pp. 211-240."
    )
    assert (rec.type, rec.venue, rec.publisher) == (
        "incollection",
        "Microgrids: Design, Protection and Control",
        "Springer",
    )
    assert [f"{p.given}|{p.family}" for p in rec.editors] == ["K. R.|Sharma", "L.|Moreno"]


def test_pakistani_journal_categories_are_remarks() -> None:
    rec = cv(
        'M. A. Rehman and N. Shahzad, "Adaptive protection of distribution networks," IEEE '
        "Transactions on Power Delivery, vol. 31, no. 4, pp. 1610-1619, 2016. (IF: 1.519, W)"
    )
    assert (rec.venue, rec.volume) == ("IEEE Transactions on Power Delivery", "31")
    rec = cv(
        'U. Farooq and M. A. Rehman, "Harmonic analysis of feeders," Mehran University Research '
        "Journal of Engineering and Technology, vol. 37, no. 2, pp. 101-110, 2018. (HEC: Y Category)"
    )
    assert rec.venue == "Mehran University Research Journal of Engineering and Technology"


def test_an_italic_book_title_then_its_imprint_is_no_bluebook_book() -> None:
    rec = parse_cv_entry(
        EntryText(
            "Field Guide to Small Weathers. Farmington, ME: Alice James Books, 2023. Finalist, "
            "Kingsley Tufts Poetry Award (2024).",
            "cv.md",
            1,
            1,
            italic=((0, 29),),
            hint="book",
        )
    )
    assert (rec.title, rec.year, rec.publisher) == (
        "Field Guide to Small Weathers",
        2023,
        "Alice James Books",
    )
    assert rec.notes == ("Finalist, Kingsley Tufts Poetry Award (2024)",)


def test_calendar_years_are_read_but_page_ranges_are_left_alone() -> None:
    rec = cv(
        "P. Karimian, M.J. Farahbod*, Three-dimensional analysis of deep excavations in Tehran "
        "alluvium, Amirkabir Journal of Civil Engineering 51 (4) (1398) 1301–1310 (in Persian)."
    )
    assert (rec.year, rec.pages) == (1398, "1301--1310")
    rec = cv("ณัฐพงษ์ ศรีสวัสดิ์. (๒๕๖๖). ผลของการงอกต่อปริมาณสารกาบา. วารสารวิจัย มข., ๒๘(๒), ๒๕๐๑–๒๕๑๐.")
    assert (rec.year, rec.pages) == (2023, "2501--2510")


def test_apa_descriptions_after_a_title_are_remarks() -> None:
    data = parse_cv_entry(
        EntryText(
            "Okafor, R. S., & Baptiste, J. (2024). SnowFlowNet: Daily gridded snowmelt estimates "
            "(Version 1.2) [Data set]. Zenodo. https://doi.org/10.5281/zenodo.10456782",
            "cv.txt",
            1,
            1,
        )
    )
    assert data.title == "SnowFlowNet: Daily gridded snowmelt estimates"
    assert {"Version 1.2", "Data set"} <= set(data.extra)
    thesis = parse(
        "Okafor, R. S. (2013). Coupled modeling of hillslope runoff generation (Doctoral "
        "dissertation). University of Northern Cascadia, Bellingham, WA."
    )
    assert (thesis.title, thesis.type) == (
        "Coupled modeling of hillslope runoff generation",
        "phdthesis",
    )


def test_danish_apa_chapter_thesis_question_title_and_article_number() -> None:
    text = (
        "Lauridsen, M. B., & van der Meulen, R. (2022). Søskendedesign i socialepidemiologien. "
        "I A. K. Brandt, & P. Holmgaard (red.), Registerbaseret epidemiologi: Metoder (s. 145-168). "
        "Munksgaard."
    )
    at = text.index("Registerbaseret")
    chapter = parse(text, italic=((at, at + 37),))
    assert (chapter.type, chapter.title, chapter.venue) == (
        "incollection",
        "Søskendedesign i socialepidemiologien",
        "Registerbaseret epidemiologi: Metoder",
    )
    assert [p.family for p in chapter.editors] == ["Brandt", "Holmgaard"]
    thesis = parse(
        "Lauridsen, M. B. (2017). Social mobility and cardiovascular disease. [Ph.d.-afhandling, "
        "Øresund Universitet]. Øresund Universitet, Sundhedsvidenskabelige Fakultet."
    )
    assert (thesis.type, thesis.venue) == ("phdthesis", "Øresund Universitet")
    text = (
        "Lauridsen, M. B. (2023). Ulighed i sundhed – hvad kan registrene fortælle os?. "
        "Ugeskrift for Læger, 185(40), Artikel V203124."
    )
    at = text.index("Ugeskrift")
    question = parse(text, italic=((at, at + 19),))
    assert question.title == "Ulighed i sundhed – hvad kan registrene fortælle os?"
    assert (question.venue, question.pages) == ("Ugeskrift for Læger", "V203124")


def test_apa_ellipsis_of_three_periods_before_the_last_name() -> None:
    rec = parse_cv_entry(
        EntryText(
            "Andersen, J. T., Lauridsen, M. B., Poulsen, A. H., ... Eriksson, K. (2023). Cohort "
            "profile: The Øresund Cohort. BMJ Open, 13(5), e068812.",
            "cv.md",
            1,
            1,
        )
    )
    assert [p.family for p in rec.authors] == ["Andersen", "Lauridsen", "Poulsen", "Eriksson"]
    assert rec.title == "Cohort profile: The Øresund Cohort"


def test_ams_entries_with_the_owner_left_out_and_tex_ranges() -> None:
    rec = parse_cv_entry(
        EntryText(
            "(with P. Hallstrom and R. Adeyemi-Clarke) Local cohomology of thickenings of Segre "
            "products, Michigan Math. J. 67 (2018), no. 1, 85--112. MR3771034.",
            "cv.txt",
            1,
            1,
        )
    )
    assert [p.family for p in rec.authors] == ["Hallstrom", "Adeyemi-Clarke"]
    assert rec.span("coauthors") is not None  # the extractor puts the owner first
    assert rec.title == "Local cohomology of thickenings of Segre products"
    assert (rec.venue_short, rec.volume, rec.number, rec.pages) == (
        "Michigan Math. J.",
        "67",
        "1",
        "85--112",
    )
    comm = parse_cv_entry(
        EntryText(
            "H. Vasquez-Moreau, Test ideals of non-principal ideals in toric rings, Comm. Algebra "
            "45 (2017), no. 3, 1210--1228. MR3573376.",
            "cv.txt",
            1,
            1,
        )
    )
    assert comm.title == "Test ideals of non-principal ideals in toric rings"
    assert (comm.venue_short, comm.pages) == ("Comm. Algebra", "1210--1228")


def test_apa_status_before_the_year() -> None:
    rec = parse_cv_entry(
        EntryText(
            "Whitfield-Osei, C. A., & Haugen, R. (submitted, 2024). Predicting third-grade reading "
            "comprehension from kindergarten narrative measures. Language, Speech, and Hearing "
            "Services in Schools.",
            "cv.txt",
            1,
            1,
        )
    )
    assert [p.family for p in rec.authors] == ["Whitfield-Osei", "Haugen"]
    assert (
        rec.title
        == "Predicting third-grade reading comprehension from kindergarten narrative measures"
    )
    assert (rec.year, rec.status) == (2024, "under review")


def test_ecs_pages_with_letters_after_a_bold_volume() -> None:
    text = (
        "M. Brønstad and M. Delacroix, “Lithium transport in rock-salt cathodes,” "
        "J. Electrochem. Soc. 165, A3401–A3410 (2018)."
    )
    v = text.index("165")
    rec = parse(text, bold=((v, v + 3),))
    assert (rec.venue, rec.volume, rec.pages) == ("J. Electrochem. Soc.", "165", "A3401--A3410")


def test_chicago_ditto_before_a_chapter_leaves_no_in_for_a_name() -> None:
    text = (
        "          2021. “Normandy.” In Encyclopedia of Medieval Charters, edited by Odile "
        "Fauchard-Mercier, vol. 2, 811–14. Leiden: Brill."
    )
    at = text.index("Encyclopedia")
    rec = parse(text, italic=((at, at + 33),))
    assert rec.authors == () and rec.title == "Normandy"


def test_an_oxford_supplement_is_the_issue() -> None:
    rec = parse(
        "Brandvold, Aurelia, and Helena Marchetti. 2023. “Digital Editions after the Platform "
        "Collapse.” Digital Scholarship in the Humanities 38 (Supplement_1): i45–49."
    )
    assert (rec.volume, rec.number) == ("38", "Supplement_1")


def test_australian_harvard_initials_then_the_year() -> None:
    rec = parse(
        "Okafor, CN^, Brackley, HR* & Whitford, DA 2024, 'Drought legacy effects on nitrate "
        "leaching', Water Research, vol. 57, no. 18, pp. 7214–7225."
    )
    assert [f"{p.given}|{p.family}" for p in rec.authors] == [
        "C. N.|Okafor",
        "H. R.|Brackley",
        "D. A.|Whitford",
    ]
    assert (rec.year, rec.title, rec.venue) == (
        2024,
        "Drought legacy effects on nitrate leaching",
        "Water Research",
    )


def test_a_canadian_common_cv_item_and_its_fields() -> None:
    rec = parse_cv_entry(
        EntryText(
            "Tessier, M.-A., Lachance-Moreau, G., Pruitt, K.L. (2024). Test-retest reliability of "
            "the movement skill assessment. Adapted Physical Activity Quarterly. Accepted, "
            "Refereed?: Yes Number of Contributors: 3 Co-Authors: Marie-Anne Tessier; Kendra L. "
            "Pruitt DOI: 10.1123/apaq.2023-0101",
            "ccv.txt",
            1,
            4,
            hint="article",  # under "Journal Articles"
        )
    )
    assert (rec.venue, rec.status, rec.type) == (
        "Adapted Physical Activity Quarterly",
        "forthcoming",
        "article",
    )
    assert rec.doi == "10.1123/apaq.2023-0101"
    submitted = parse_cv_entry(
        EntryText(
            "Okafor, C., Sinclair, M. (2024). Physical literacy trajectories. Pediatric Exercise "
            "Science. Submitted, Refereed?: Yes Number of Contributors: 2",
            "ccv.txt",
            1,
            2,
        )
    )
    assert (submitted.status, submitted.type) == ("under review", "misc")


def test_gbt_remarks_in_full_width_brackets_and_books() -> None:
    rec = parse_cv_entry(
        EntryText(
            "王晓峰, 李浩然. 基于多尺度注意力的弱监督语义分割方法[J]. 计算机学报, 2023, 46(6): 1187-1203. "
            "DOI: 10.11897/SP.J.1016.2023.01187.（EI, CCF-A类中文期刊）",
            "cv.md",
            1,
            1,
        )
    )
    assert (rec.venue, rec.doi) == ("计算机学报", "10.11897/SP.J.1016.2023.01187")
    assert "EI, CCF-A类中文期刊" in rec.extra
    book = parse_cv_entry(
        EntryText(
            "刘洋, 王晓峰. 计算机视觉[M]. 2版. 北京: 高等教育出版社, 2023. （普通高等教育“十四五”规划教材）",
            "cv.md",
            1,
            1,
        )
    )
    assert (book.type, book.title, book.edition, book.publisher, book.venue) == (
        "book",
        "计算机视觉",
        "2",
        "高等教育出版社",
        None,
    )


def test_gbt_submitted_to_a_journal_under_review() -> None:
    rec = parse_cv_entry(
        EntryText(
            "Chen J, Wang X. Rethinking Label Assignment for Oriented Object Detection. 投稿至 IEEE "
            "Transactions on Geoscience and Remote Sensing（审稿中，大修）",
            "cv.md",
            1,
            1,
        )
    )
    assert (rec.type, rec.status, rec.venue) == ("misc", "under review", None)
    assert "Submitted to IEEE Transactions on Geoscience and Remote Sensing" in rec.extra


def test_dotted_initials_then_a_bare_year_end_the_names() -> None:
    # agronomy and Mexican proceedings: "Family I.I., Family I.I. 2023. Title."
    rec = parse(
        "Smith J.A., Brown R.I., Jones J.A. 2023. A study of maize inoculation in the field. "
        "Memorias del XLVII Congreso Mexicano de la Ciencia del Suelo. pp. 12-17."
    )
    assert people(rec) == ["J. A.|Smith", "R. I.|Brown", "J. A.|Jones"]
    assert (rec.year, rec.title) == (2023, "A study of maize inoculation in the field")
    assert rec.venue == "Memorias del XLVII Congreso Mexicano de la Ciencia del Suelo"


def test_ads_export_with_titles_below_the_citation() -> None:
    # NASA ADS's AASTeX export, with the title added under the journal, volume and page,
    # and the bibcode under that: the bibcode is the paper's ADS address
    rec = parse(
        "Hollis, D. K., Okafor, C. N., Marchetti, L., et al. 2024, ApJ, 964, 112 A Year of "
        "Optical Flares: Late-time Rebrightening in the Tidal Disruption Event AT 2022xlq "
        "2024ApJ...964..112H arXiv:2311.07721"
    )
    assert rec.title == (
        "A Year of Optical Flares: Late-time Rebrightening in the Tidal Disruption Event AT 2022xlq"
    )
    assert (rec.type, rec.venue, rec.year, rec.arxiv) == (
        "article",
        "The Astrophysical Journal",
        2024,
        "2311.07721",
    )
    assert rec.url == "https://ui.adsabs.harvard.edu/abs/2024ApJ...964..112H"
    abstract = parse(
        "Okafor, C. N., & Hollis, D. K. 2021, The Astronomer's Telegram, 14890, 1 NEOWISE "
        "Infrared Brightening of the Nucleus of NGC 4812 2021ATel14890....1O"
    )
    assert abstract.title == "NEOWISE Infrared Brightening of the Nucleus of NGC 4812"
    # an AAS reference with its title in the usual place is read as before
    usual = parse("Lindqvist, T. V. 2020, Dust in the Wind, AJ, 160, 71")
    assert (usual.title, usual.volume) == ("Dust in the Wind", "160")


def test_repository_badges_after_a_finished_reference() -> None:
    # Symplectic Elements: version and access badges, then a citation count
    rec = parse(
        "Whitcombe EJ, Rossi F (2024) “Hydrogen trapping at κ-carbides in a steel”, Acta "
        "Materialia 265, 119612. doi: 10.1016/j.actamat.2023.119612 [Accepted manuscript] "
        "[Open access] Citations: 7 (Scopus)"
    )
    assert (rec.type, rec.venue, rec.pages, rec.status) == (
        "article",
        "Acta Materialia",
        "119612",
        "published",  # an accepted manuscript deposited: the version held, not the stage
    )
    assert {"Accepted manuscript", "Open access", "Citations: 7 (Scopus)"} <= set(rec.extra)


def test_a_label_of_another_entry_is_a_remark_not_a_venue() -> None:
    # "Version longue : [ACL5]": the French evaluation's codes (ACL, ACTI), not the venues
    rec = parse(
        "J. Marchand, C. Lefèvre, « Off-grid DOA estimation via atomic norm minimization », "
        "in Proc. IEEE Radar Conference (RadarConf), Boston, MA, USA, April 2019. Version "
        "longue : [ACL5]."
    )
    assert rec.venue == "Proc. IEEE Radar Conference"
    assert rec.extra == ("Version longue : [ACL5]",)


def test_extension_publications_keep_their_series_out_of_title_and_venue() -> None:
    # US extension services: a NebGuide, a circular numbered "EC3042", a remark after it
    guide = parse(
        "Dolezal, K.M., and T.J. Arneson. 2023. Terminating cover crops ahead of corn in "
        "irrigated systems. NebGuide G2345. Univ. of Nebraska–Lincoln Ext., Lincoln. 6 p.",
        hint="techreport",
    )
    assert guide.title == "Terminating cover crops ahead of corn in irrigated systems"
    circular = parse(
        "Hurst, D.L., and K.M. Dolezal. 2020. Using soil water sensors for irrigation "
        "scheduling: a practical guide. EC3042. Nebraska Extension, Lincoln. 12 p. (Also "
        'available in Spanish as EC3042S, "Uso de sensores de humedad del suelo".)',
        hint="techreport",
    )
    assert circular.title == "Using soil water sensors for irrigation scheduling: a practical guide"
    assert circular.venue == "Nebraska Extension"  # not ACM's EC, read out of "EC3042"
    assert circular.extra[-1].startswith("Also available in Spanish as EC3042S")


def test_ditto_with_an_editors_role() -> None:
    # "———, ed., Title": the mark and the role both go, the title stays whole
    rec = parse_cv_entry(
        EntryText(
            "1997    ———, ed., Labor Market Institutions and Unemployment in Europe. "
            "Amsterdam: North-Holland, 1997.",
            "cv.txt",
            1,
            1,
        )
    )
    assert (rec.type, rec.title, rec.publisher, rec.authors) == (
        "book",
        "Labor Market Institutions and Unemployment in Europe",
        "North-Holland",
        (),
    )


def test_gbt_proceedings_place_and_publisher_and_a_chinese_remark_in_ascii_brackets() -> None:
    rec = parse_cv_entry(
        EntryText(
            "Haoran Sun, Qihang Zhou. A hybrid physics-data model for planetary gearbox crack "
            "detection[C]//Proceedings of the Annual Conference of the PHM Society. Nashville, "
            "TN, USA, 2020, 12(1): 1-9.",
            "cv.md",
            1,
            1,
        )
    )
    assert rec.venue == "Proceedings of the Annual Conference of the PHM Society"
    journal = parse_cv_entry(
        EntryText(
            "Qihang Zhou, Xin Li, Ming Ouyang. Domain-adversarial graph convolutional network "
            "for cross-machine fault diagnosis[J]. IEEE Transactions on Industrial Electronics, "
            "2023, 70(11): 11620-11630. 🔥(ESI高被引论文)",
            "cv.md",
            1,
            1,
        )
    )
    assert journal.venue == "IEEE Transactions on Industrial Electronics"
    assert "ESI高被引论文" in journal.extra


def test_submitted_to_a_journal_then_the_title() -> None:
    # an ADS export: "2024, submitted to ApJ" on the citation's line, the title below it
    rec = parse(
        "Hollis, D. K., Okafor, C. N., Tanaka, R., et al. 2024, submitted to ApJ Tidal "
        "Disruption Events in the First Year of Rubin-like Cadence Simulations: Rates, Colors "
        "and Early Classification arXiv:2405.01234"
    )
    assert rec.title.startswith("Tidal Disruption Events in the First Year")
    assert (rec.status, rec.year) == ("under review", 2024)
    assert "Submitted to The Astrophysical Journal" in rec.extra


def test_german_co_authors_and_quotes_inside_a_title() -> None:
    rec = parse_cv_entry(
        EntryText(
            "(mit F. Rauscher) Smart Contracts und das Recht der Allgemeinen "
            "Geschäftsbedingungen, AcP 223 (2023), 512–559.",
            "cv.md",
            1,
            1,
        )
    )
    assert rec.title == "Smart Contracts und das Recht der Allgemeinen Geschäftsbedingungen"
    assert [p.family for p in rec.authors] == ["Rauscher"]
    quoted = parse(
        "Schadensersatz bei Datenschutzverstößen – die Rechtsprechung nach EuGH „Österreichische "
        "Post“, MMR 2023, 412–418."
    )
    assert quoted.title.startswith("Schadensersatz bei Datenschutzverstößen")


def test_a_name_particle_opens_the_names_after_a_title() -> None:
    rec = parse(
        "Tactile Exploration for Object Pose Refinement. van der Zwaan, J.; Restrepo-Lindahl, C.; "
        "and Carvalho, J. In IEEE International Conference on Robotics and Automation, 2020."
    )
    assert rec.title == "Tactile Exploration for Object Pose Refinement"
    assert [p.family for p in rec.authors] == ["van der Zwaan", "Restrepo-Lindahl", "Carvalho"]


def test_impact_factor_with_its_year_and_a_corresponding_author_remark() -> None:
    rec = parse(
        "Vega Briones, J. A. & Fuentes Araya, M. I.* (2025). Thermal tolerance of early life "
        "stages of the southern hake under projected warming. Fisheries Research, en prensa. "
        "(Q1) (autor de correspondencia) IF 2022: 2.4"
    )
    assert rec.year == 2025  # not the impact factor's year
    assert rec.venue == "Fisheries Research"
    assert {"IF 2022: 2.4", "autor de correspondencia"} <= set(rec.extra)


def test_a_book_title_in_double_corner_brackets() -> None:
    rec = parse("홍길동. 『자연어처리 입문: 파이썬으로 배우는 한국어 처리』, 한빛아카데미, 2023.")
    assert rec.title == "자연어처리 입문: 파이썬으로 배우는 한국어 처리"


def test_snsf_output_fields_after_a_reference() -> None:
    # SNSF's output list: "Peer-reviewed: yes Open access: gold" under each output
    rec = parse(
        "Graf, U., & Keller, A. (2022). Pollinator networks under warming. Global Change "
        "Biology, 28(4), 1201-1215. Peer-reviewed: yes Open access: gold"
    )
    assert rec.venue == "Global Change Biology"
    assert "Peer-reviewed: yes Open access: gold" in rec.extra


def test_status_of_a_remark() -> None:
    from cvbib.parse.patterns import status_of

    assert status_of("已录用") == status_of("採録決定") == "forthcoming"
    assert status_of("ISBN 978-7-03-070001-2") is None


def test_dblp_names_ending_in_a_name_with_particles() -> None:
    rec = parse(
        "Rahul Mehta, Priya Raghunathan, Jeroen van der Linden: Adaptive Indexing for Vector "
        "Databases under Workload Drift. Proc. VLDB Endow. 17(5): 100-112 (2024)"
    )
    assert rec.title == "Adaptive Indexing for Vector Databases under Workload Drift"
    assert people(rec)[-1] == "Jeroen|van der Linden"


def test_an_accented_initial_opens_an_author_list() -> None:
    rec = parse(
        "É. Marchetti, L. Schäfer and M. K. Oyelaran, Neural-network based hadronic tau "
        "identification robust against pile-up, Eur. Phys. J. C 84 (2024) 211."
    )
    assert people(rec) == ["É.|Marchetti", "L.|Schäfer", "M. K.|Oyelaran"]
    rec = parse(
        "É. Marchetti and K. Lindahl, Tau polarimetry at the FCC-ee, arXiv:2405.01876 (2024)."
    )
    assert people(rec) == ["É.|Marchetti", "K.|Lindahl"]
    assert rec.title == "Tau polarimetry at the FCC-ee"


def test_collaboration_papers() -> None:
    rec = parse(
        "ATLAS Collaboration, Search for heavy neutral Higgs bosons decaying into a pair of tau "
        "leptons in pp collisions at 13 TeV, JHEP 07 (2023) 118, arXiv:2212.09633 [hep-ex]."
    )
    assert people(rec) == ["|ATLAS Collaboration"]
    assert rec.title.endswith("in pp collisions at 13 TeV")  # "in pp" is no "In *Book*"
    assert rec.type == "article" and rec.arxiv == "2212.09633"
    rec = parse(
        "ATLAS and CMS Collaborations (G. Aad et al.), Combined measurement of the Higgs boson "
        "coupling to tau leptons, Phys. Rev. Lett. 128 (2022) 191803."
    )
    assert people(rec) == ["G.|Aad"] and "ATLAS and CMS Collaborations" in rec.extra
    assert rec.title == "Combined measurement of the Higgs boson coupling to tau leptons"


def test_a_speaker_for_a_collaboration() -> None:
    rec = parse_cv_entry(
        EntryText(
            "E. Marchetti for the ATLAS Collaboration, “Tau identification and trigger "
            "performance in Run 3”, PoS(EPS-HEP2023)412, 2024. Best poster award.",
            "cv.md",
            1,
            1,
        )
    )
    assert people(rec) == ["E.|Marchetti"]
    assert rec.title == "Tau identification and trigger performance in Run 3"
    assert (rec.venue, rec.volume, rec.pages) == ("PoS", "EPS-HEP2023", "412")
    assert rec.notes == ("Best Poster Award",)
    assert "for the ATLAS Collaboration" in rec.extra


def test_submitted_to_a_physics_journal_with_its_series_letter() -> None:
    rec = parse(
        "M. Brandt, E. Marchetti, Sensitivity of di-Higgs searches at future hadron colliders, "
        "submitted to Phys. Lett. B, arXiv:2402.05519 [hep-ph]."
    )
    assert rec.title == "Sensitivity of di-Higgs searches at future hadron colliders"
    assert rec.status == "under review"
    assert "Submitted to Physics Letters B" in rec.extra


def test_proceedings_that_cite_an_arxiv_id_and_accepted_by() -> None:
    rec = parse(
        "D. Kowalczyk, E. Marchetti, Optimal observables for the CP structure of the tau "
        "coupling, in Proc. of the 57th Rencontres de Moriond, ARISF (2023) 241–246, "
        "arXiv:2305.08112 [hep-ph]."
    )
    assert rec.type == "inproceedings" and rec.status == "published"
    rec = parse(
        "ATLAS Collaboration, Search for lepton-flavour-violating decays of the Higgs boson, "
        "accepted by JHEP, arXiv:2403.11207 [hep-ex]."
    )
    assert rec.title == "Search for lepton-flavour-violating decays of the Higgs boson"
    assert rec.status == "forthcoming"


def test_apa_article_number_and_a_newsletter() -> None:
    rec = parse_md(
        "Whitfield, R. M., & Cho, H. (2018). Interprofessional simulation with nursing "
        "students: A multisite evaluation. *BMC Nursing*, *17*, Article 38."
    )
    assert (rec.venue, rec.volume, rec.pages, rec.type) == ("BMC Nursing", "17", "38", "article")
    # (not "Article 19 of the Covenant" in a title)
    rec = parse_md(
        "Whitfield, R. M., & Delgado, M. L. (2020, June). Moving simulation online in a hurry: "
        "What we learned. *SimConnect: Newsletter of the Midwest Simulation Collaborative*, 14–16."
    )
    assert rec.title == "Moving simulation online in a hurry: What we learned"
    assert rec.venue == "SimConnect: Newsletter of the Midwest Simulation Collaborative"
    assert rec.type == "article"


def test_abnt_names_and_the_journal_place() -> None:
    rec = parse(
        "SOUZA, M. L.; LIMA, Beatriz C. O que dizem os professores sobre o ensino de física "
        "moderna? Caderno Brasileiro de Ensino de Física, Florianópolis, v. 37, n. 1, "
        "p. 112-139, 2020."
    )
    assert people(rec) == ["M. L.|Souza", "Beatriz C.|Lima"]
    assert rec.venue == "Caderno Brasileiro de Ensino de Física"
    rec = parse(
        "SOUZA, M. L. Controle de tensão. Journal of Control, Automation and Electrical "
        "Systems, v. 31, n. 2, p. 1-12, 2020."
    )
    assert rec.venue == "Journal of Control, Automation and Electrical Systems"


def test_math_journal_with_a_bold_volume_and_an_italic_venue_after_accepted() -> None:
    rec = parse_md(
        "K. Tanaka, A note on the Beauville–Bogomolov form of singular symplectic varieties, "
        "*C. R. Math. Acad. Sci. Paris* **357** (2019), no. 6, 523–530."
    )
    assert rec.title.startswith("A note on the Beauville–Bogomolov form")
    assert rec.venue == "Comptes Rendus Mathématique"
    rec = parse_md(
        "Counting stable sheaves on Enriques surfaces, accepted in *Compos. Math.* (2024)."
    )
    assert rec.authors == () and rec.venue == "Compositio Mathematica"
    rec = parse("Derived equivalences of twisted K3 surfaces, 25 pp., arXiv:2401.09876 [math.AG].")
    assert rec.title == "Derived equivalences of twisted K3 surfaces" and "25 pp." in rec.extra


def test_a_database_record_type_outweighs_the_venue_kind() -> None:
    text = "Priya Raghunathan: Cost-Based Query Pipelines. Proc. ACM Manag. Data 2(3): 145:1-145:26 (2024)"
    assert parse(text).type == "inproceedings"  # SIGMOD's, by the knowledge base
    assert parse(text, hint="article", typed=True).type == "article"  # dblp's record says so


def test_chicago_proceedings_with_volume_pages_and_imprint() -> None:
    rec = parse_md(
        "Duarte, Ana, and Ken Oduya. “Parametric Thresholds: Courtyard Porosity.” In *Towards a "
        "New, Configurable Architecture: Proceedings of the 39th eCAADe Conference*, vol. 2, "
        "455–464. Novi Sad: University of Novi Sad, 2021."
    )
    assert rec.venue.startswith("Towards a New, Configurable Architecture: Proceedings")
    assert (rec.publisher, rec.address) == ("University of Novi Sad", "Novi Sad")
    rec = parse_md(
        "Oduya, Ken. “Agent-Based Simulation of Stairwell Encounters.” In *Anthropologic – "
        "Proceedings of the 38th eCAADe Conference*, vol. 1, 611–620. Berlin, 2020."
    )
    assert not rec.venue.endswith("Berlin") and rec.address == "Berlin"
    # a journal's abbreviated name with a colon is no book and imprint
    rec = parse_md(
        'S. N. Castellanos and T. Whitcombe, "Magnon transport in frustrated magnets," '
        "*J. Phys.: Condens. Matter* 35, 433001 (2023) (Topical Review)."
    )
    assert rec.venue == "Journal of Physics: Condensed Matter"


def test_turkish_volume_issue_pages_and_a_meetings_days() -> None:
    rec = parse(
        'ÇETİNKAYA E. N., Demir B., "High-temperature oxidation of NiCrAlY coatings", '
        "Journal of Materials Science, cilt.56, sa.12, ss.7890-7905, 2021 (SCI-Expanded)"
    )
    assert people(rec) == ["E. N.|Çetinkaya", "B.|Demir"]  # (İ is a plain i)
    assert (rec.venue, rec.volume, rec.number, rec.pages) == (
        "Journal of Materials Science", "56", "12", "7890--7905"
    )  # fmt: skip
    rec = parse(
        'Çetinkaya E. N., "Additive manufacturing of Inconel 718 lattice structures", 21st '
        "International Metallurgy and Materials Congress (IMMC 2023), İstanbul, Türkiye, "
        "7 - 9 Haziran 2023, ss.233-238 (Tam Metin Bildiri)"
    )
    assert rec.pages == "233--238"  # (not the meeting's days, 7 - 9 Haziran)
    assert "7 - 9 Haziran" in rec.extra and "Haziran" not in (rec.venue or "")
    rec = parse(
        'Çetinkaya E. N., "Spark plasma sintering of titanium composites", Advances in Powder '
        "Metallurgy, Hoffmann R., Editör, Springer, Cham, ss.123-147, 2022"
    )
    assert rec.type == "incollection"


def test_economics_year_volume_and_article_number_and_a_media_remark() -> None:
    rec = parse_md(
        '"Migration and Remittances after Natural Disasters," *Economics Letters*, 2021, 201, 109783.'
    )
    assert (rec.venue, rec.year, rec.volume, rec.pages) == (
        "Economics Letters",
        2021,
        "201",
        "109783",
    )
    rec = parse(
        '"Bank Branch Closures and Small Business Lending" (with Daniel K. Weiss), NBER Working '
        "Paper No. 31234, 2023. Media coverage: Wall Street Journal, Bloomberg"
    )
    assert "Media coverage" not in (rec.venue or "")


def test_single_quoted_title_with_coauthors_in_brackets() -> None:
    rec = parse_md(
        "'Practical Knowledge and Failed Action' (with A. Lindqvist), *Ethics* 128 (2018): 771-799."
    )
    assert rec.title == "Practical Knowledge and Failed Action"
    assert people(rec) == ["A.|Lindqvist"] and rec.span("coauthors") is not None
    assert rec.venue == "Ethics" and rec.year == 2018


def test_iris_names_editors_and_a_quotation_opening_a_title() -> None:
    rec = parse(
        "FERRARESI C; SANTORO G (2019). Il consumo culturale dei giovani. STUDI DI SOCIOLOGIA, vol. 57, p. 263-284"
    )
    assert people(rec) == ["C.|Ferraresi", "G.|Santoro"]
    rec = parse(
        "Ferraresi, Chiara; Dal Pozzo, Anna (2022). Cultural participation in Italy. EUROPEAN SOCIETIES, vol. 24, p. 402-428"
    )
    assert people(rec) == ["Chiara|Ferraresi", "Anna|Dal Pozzo"]
    rec = parse_cv_entry(
        EntryText(
            "FERRARESI C (2017). Consumi culturali e capitale sociale. In: Lombardo P. (a cura "
            "di). Sociologia della cultura: temi e prospettive. vol. 2, p. 201-224, Roma: Carocci",
            "cv.txt",
            1,
            1,
        )
    )
    assert (
        rec.type == "incollection" and rec.venue == "Sociologia della cultura: temi e prospettive"
    )
    rec = parse(
        "Ferraresi, Chiara (2022). «Fare comunità» nei quartieri popolari: pratiche culturali a "
        "Bologna. POLIS, vol. 36, p. 95-122"
    )
    assert rec.title == "«Fare comunità» nei quartieri popolari: pratiche culturali a Bologna"


def test_numbered_abstract_findings_of_a_joint_meeting_and_a_thesis_school() -> None:
    rec = parse(
        "Okafor N, Patel R. Geographic inequities in measles coverage in Nigeria [abstract 1456]. "
        "Am J Trop Med Hyg. 2021;105(5 Suppl):312."
    )
    assert rec.title == "Geographic inequities in measles coverage in Nigeria"
    assert "Abstract" in rec.notes
    rec = parse_md(
        "Divya Murugan, Priya Raghunathan (2021). Data Augmentation via Back-Transliteration. "
        "*Findings of the Association for Computational Linguistics: ACL-IJCNLP 2021*."
    )
    assert rec.type == "inproceedings" and rec.findings
    rec = parse_md(
        "Priya Raghunathan (2021). Learning Representations for Low-Resource Languages. PhD thesis, *Carnegie Mellon University*."
    )
    assert rec.title == "Learning Representations for Low-Resource Languages"
    assert (rec.type, rec.venue) == ("phdthesis", "Carnegie Mellon University")


def test_numbered_proceedings_are_proceedings() -> None:
    rec = parse_md(
        "Park, Ji-woo & Adaeze Okonkwo. 2021. Classifier semantics at the interface. In "
        "*Proceedings of Sinn und Bedeutung 25*, 671–688."
    )
    assert rec.type == "inproceedings"
    rec = parse_md(
        "Okonkwo, Adaeze. 2015. Low tone spreading in Igbo. In Nana Amponsah & Lisa Vollrath "
        "(eds.), *Selected proceedings of the 44th Annual Conference on African Linguistics*, "
        "198–209. Somerville, MA: Cascadilla Proceedings Project."
    )
    assert rec.type == "inproceedings"


def test_an_acronym_after_another_spelled_out_name() -> None:
    rec = parse(
        'E. N. Çetinkaya, "Cyclic oxidation of HVOF sprayed bond coats", International Thermal '
        "Spray Conference (ITSC 2016), Shanghai, 10 - 12 May 2016, pp. 301-306"
    )
    assert rec.venue == "International Thermal Spray Conference"  # (not IEEE's ITSC)
    rec = parse('A. Smith, "Title of the paper here," in Proc. of the USENIX ATC (ATC), 2020.')
    assert rec.venue_short == "ATC"


def test_german_slashes_between_people_and_a_subtitle_before_in() -> None:
    rec = parse(
        "Schmidt, Katrin/Müller, Tobias (2023): Elterliche Bildung und die Wahl des "
        "Studienfachs. Eine Dekompositionsanalyse. In: Zeitschrift für Soziologie der "
        "Erziehung und Sozialisation 43 (2), S. 145–163."
    )
    assert people(rec) == ["Katrin|Schmidt", "Tobias|Müller"]
    assert (
        rec.title == "Elterliche Bildung und die Wahl des Studienfachs. Eine Dekompositionsanalyse"
    )
    assert rec.venue == "Zeitschrift für Soziologie der Erziehung und Sozialisation"
