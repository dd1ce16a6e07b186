"""extract: what counts as an entry of a publication section."""

from __future__ import annotations

import cvbib


def test_a_one_word_chapter_with_a_whole_reference_is_kept() -> None:
    cv = (
        "## Chapters\n\n- Garaikoetxea, Itziar & Beñat Urrutia-Haranburu. 2020. Basque. In "
        "Marie-Claire Dufresne & Kees van Amstel (eds.), *The Cambridge handbook of Pyrenean "
        "languages*, 221–263. Cambridge: Cambridge University Press.\n- Basque.\n"
    )
    recs = cvbib.extract_text(cv, "cv.md").records
    assert [(r.title, r.type, r.pages) for r in recs] == [("Basque", "incollection", "221--263")]


def test_encyclopedia_entries_are_chapters() -> None:
    cv = (
        "Encyclopedia Entries\n--------------------\n\nKaminski-Ruiz, Teodora. “Villaseñor, "
        "Aurelio.” In Grove Music Online. Oxford: Oxford University Press, 2020.\n"
    )
    recs = cvbib.extract_text(cv, "cv.txt").records
    assert [(r.type, r.venue) for r in recs] == [("incollection", "Grove Music Online")]


def test_bulleted_remarks_under_an_entry_stay_with_it() -> None:
    # Markdown (or text read as Markdown) folds indented bullets into the paragraph above
    cv = (
        "Books\n-----\n\nKaminski-Ruiz, Teodora. The Sound of the Republic: Opera and Nation in\n"
        "    Buenos Aires. Chicago: University of Chicago Press, 2021.\n"
        "      * Winner, Aurelio Villaseñor Book Prize, Society for Latin American\n"
        "        Musicology, 2022\n"
        "      * Reviewed in Journal of the American Musicological Society\n"
    )
    recs = cvbib.extract_text(cv, "cv.txt").records
    assert len(recs) == 1
    assert recs[0].extra == (
        "Winner, Aurelio Villaseñor Book Prize, Society for Latin American Musicology, 2022",
        "Reviewed in Journal of the American Musicological Society",
    )


def test_work_in_preparation_is_no_publication_unless_it_says_where_or_when() -> None:
    text = (
        "# A B\n\n## Publications\n\n"
        "**Vallejo, S. R.** (2019). Why flexibility matters. *Child Development "
        "Perspectives, 13*(3), 150–155.\n\n"
        "### Manuscripts in Preparation\n\n"
        "**Vallejo, S. R.**, & Sato, H. Emotion regulation repertoires in emerging "
        "adulthood: A latent profile analysis.\n\n"
        "Ramírez-Ortega, M.*, & **Vallejo, S. R.** Bilingual emotion talk in Latinx families.\n\n"
        "### Works in Progress\n\n"
        "- Hohenberg, Clara M., and Wei Zhang. 2023. “Silver Flows and Price Convergence.” "
        "Under review.\n"
    )
    titles = [r.title for r in cvbib.extract_text(text, "cv.md").records]
    assert titles == ["Why flexibility matters", "Silver Flows and Price Convergence"]


def test_a_talk_published_with_a_doi_is_kept_from_a_talks_section() -> None:
    text = (
        "## Publications\n\n"
        "- Mei-Lin Zhao. 2022. Fast Spectral Rendering. In *Proceedings of EGSR*. 11 pages.\n\n"
        "## Posters & Talks\n\n"
        "- Mei-Lin Zhao and Takeshi Arakawa. 2021. Production-Ready Spectral Rendering at "
        "Scale. In *ACM SIGGRAPH 2021 Talks* (SIGGRAPH '21). ACM, New York, NY, USA, Article "
        "14, 2 pages. https://doi.org/10.1145/3450623.3464647\n"
        "- Mei-Lin Zhao. 2020. Spectral rendering in production. Invited talk, Pixar, "
        "Emeryville, CA.\n"
    )
    recs = cvbib.extract_text(text, "cv.md").records
    assert [r.title for r in recs] == [
        "Fast Spectral Rendering",
        "Production-Ready Spectral Rendering at Scale",
    ]
    assert (recs[1].venue, recs[1].venue_short) == ("ACM SIGGRAPH 2021 Talks", "SIGGRAPH Talks")


def test_published_abstracts_are_kept_from_a_posters_section() -> None:
    text = (
        "## Publications\n\n"
        "1. Thornbury RJ, Castellanos M. Heparin nomograms in practice. Pharmacotherapy. "
        "2022;42(3):201-9.\n\n"
        "## Posters\n\n"
        "1. Lindgren CR, Thornbury RJ. Pharmacist-led discharge medication reconciliation and "
        "30-day readmissions [abstract]. Pharmacotherapy. 2021;41(12 Suppl):e201.\n"
        "2. Thornbury RJ. Heparin dosing in obesity. Poster presented at ASHP Midyear, Las "
        "Vegas, NV, December 2019.\n"
    )
    recs = cvbib.extract_text(text, "cv.md").records
    assert [r.year for r in recs] == [2022, 2021]  # the poster with no journal is left out


def test_a_journal_version_remark_dates_nothing() -> None:
    text = (
        "## Publications\n\n"
        "- S. Alder, N. Varga. *Near-Linear Time Algorithms for Directed Expander "
        "Decomposition*. In *Proceedings of the 55th Annual ACM Symposium on Theory of "
        "Computing (STOC)*, pages 1123--1145, 2023. Journal version in *SIAM J. Comput.*, "
        "53(4):901--944, 2024.\n"
    )
    (rec,) = cvbib.extract_text(text, "cv.md").records
    assert (rec.year, rec.venue_short) == (2023, "STOC")
    assert any(x.startswith("Journal version in") for x in rec.extra)


def test_a_draft_in_preparation_among_papers_is_left_out() -> None:
    cv = (
        "## Working Papers\n\n"
        "- Marchetti, H. R., & Liu, H. Loyalty points as currency. Manuscript in preparation.\n"
        '- Wolanski, D.J. "Rethinking the stability factor." In preparation for Mining, '
        "Metallurgy & Exploration.\n"
        "- Doe, J. (2024). A real paper. *Journal of Things*, 3(2), 1–10.\n"
    )
    recs = cvbib.extract_text(cv, "cv.md").records
    assert [r.title for r in recs] == ["A real paper"]


def test_an_abstract_printed_in_proceedings_stays_in_a_presented_section() -> None:
    cv = (
        "## Journal Articles\n\n- Doe, J. (2024). A real paper. *Journal of Things*, 3(2), 1–10.\n\n"
        "## Demos, Posters & Workshops\n\n"
        '1. P. Nguyen. 2021. "LoopPal: A Generative Looping Companion." In *Proceedings of the '
        "18th Sound and Music Computing Conference (SMC 2021)*, Virtual, pp. 379–381. *Demo paper*.\n"
        '2. P. Nguyen. 2020. "Breath Machines." Poster presented at the Ars Electronica Festival.\n'
    )
    recs = cvbib.extract_text(cv, "cv.md").records
    assert [r.title for r in recs] == ["A real paper", "LoopPal: A Generative Looping Companion"]


def test_notes_on_the_list_and_projects_in_progress_are_no_entries() -> None:
    cv = (
        "PUBLICATIONS\n\n"
        "Publications are classified according to the Ministry of Education and Culture "
        "publication types. JUFO = Julkaisufoorumi-luokitus (0–3).\n\n"
        "1. Doe, J. 2024. A real paper. Silva Fennica 58(2): 23011.\n\n"
        "WORK IN PROGRESS\n\n"
        '"Apprenticeship Contracts and Youth Employment" (with C. Roe), RCT in the field, '
        "2024–2025.\n"
    )
    recs = cvbib.extract_text(cv, "cv.txt").records
    assert [r.title for r in recs] == ["A real paper"]


def test_repository_results_with_type_badges() -> None:
    """EPFL Infoscience / DSpace result items: one entry each, the type badge before the
    title its kind, a talk's badge a talk."""
    item = (
        '<div class="result-item">\n<span class="badge">{kind}</span> <a class="item-title" '
        'href="x">{title}</a>\n<div class="item-authors">Morel, Camille; Gerber, Lukas</div>\n'
        '<div class="item-citation">{citation}</div>\n</div>\n'
    )
    page = (
        "<html><body><h2>Publications</h2>\n"
        + item.format(
            kind="Journal article",
            title="Bedload pulses in steep channels",
            citation="<i>Water Resources Research</i>. 2024. Vol. 60, num. 2, p. 1-20.",
        )
        + item.format(
            kind="Talk",
            title="Quand les rivières respirent",
            citation="Invited keynote, Journée romande, Fribourg, Switzerland, 2024-03-14.",
        )
        + "</body></html>\n"
    )
    recs = cvbib.extract_text(page, "list.html").records
    assert [(r.title, r.type, r.venue) for r in recs] == [
        ("Bedload pulses in steep channels", "article", "Water Resources Research")
    ]
    assert [p.family for p in recs[0].authors] == ["Morel", "Gerber"]


def test_a_typewritten_cv_with_ocr_years_ibid_and_papers_read_at_meetings() -> None:
    cv = (
        "ARTICLES\n\n"
        '     1.  "Wheat Acreage Fluctuations in Western Kansas," Economic Geography,\n'
        "         Vol. 42 (1966), pp. 101-115.\n\n"
        '     2.  "Groundwater Depletion and Agricultural Adjustment in the\n'
        '         Ogallala Region," Ibid., Vol. 50 (l974), pp. 210-227.\n\n'
        "  F. MAPS AND ATLASES\n\n"
        "     1.  _Atlas of Nebraska Agriculture_ (with L. R. Dahl).\n"
        "         Lincoln: Conservation and Survey Division, University of\n"
        "         Nebraska (1968). 48 plates.\n\n"
        "PAPERS READ AT PROFESSIONAL MEETINGS (SELECTED)\n\n"
        '     "Wheat and Weather on the Kansas Frontier," Annual Meeting,\n'
        "          Association of American Geographers, Miami Beach,\n"
        "          Florida, April 1962.\n\n"
        '     "Center-Pivot Irrigation in Nebraska: A Preliminary\n'
        '          Appraisal," Association of American Geographers, San\n'
        "          Francisco, August 1970. Published in Proceedings of the\n"
        "          Association of American Geographers, Vol. 2 (1970),\n"
        "          pp. 136-140.\n"
    )
    recs = cvbib.extract_text(cv, "cv.txt").records
    assert [(r.year, r.venue) for r in recs[:2]] == [(1966, "Economic Geography")] * 1 + [
        (1974, "Economic Geography")
    ]
    assert recs[2].title == "Atlas of Nebraska Agriculture"
    # the paper read at a meeting and printed in its proceedings is kept; the talk is not
    assert [r.title for r in recs[3:]] == [
        "Center-Pivot Irrigation in Nebraska: A Preliminary Appraisal"
    ]


def test_remarks_under_a_book_and_a_translation_stay_with_it() -> None:
    cv = (
        "## Books\n\nKessler-Vaughn, Nadia. *Answerable Selves: Agency, Blame, and the Reactive "
        "Attitudes*. Oxford: Oxford University Press, 2019.\n\n  - Reviewed in *Mind* 129 (2020).\n"
        "  - Subject of a book symposium in *Philosophy and Phenomenological Research* 103, no. 1 "
        "(2021), with critical essays by Ian Ravenscroft.\n\n"
        'Weber, Lotte. "The Limits of Imputation." Translated by Nadia Kessler-Vaughn. *European '
        'Journal of Philosophy* 27, no. 1 (2019): 45–63.\nOriginally published as "Die Grenzen '
        'der Zurechnung," *Deutsche Zeitschrift für Philosophie* 64, no. 2 (2016): 201–22.\n'
    )
    recs = cvbib.extract_text(cv, "cv.md").records
    assert [r.title for r in recs] == [
        "Answerable Selves: Agency, Blame, and the Reactive Attitudes",
        "The Limits of Imputation",
    ]


def test_diva_thesis_heading_and_refereeing_marks() -> None:
    html = (
        "<h2>Doktorsavhandling, sammanläggning / Doctoral thesis, comprehensive summary</h2>"
        "<ol><li><div>Lindqvist, A. (2013). <i>Trygghet på natten: äldre personers erfarenheter av "
        "nattlig hemtjänst</i> (Doctoral dissertation). Umeå: Umeå universitet.</div>"
        "<span>[Övrigt vetenskapligt / Other academic]</span></li></ol>"
    )
    recs = cvbib.extract_text(html, "cv.html").records
    assert [(r.type, r.year) for r in recs] == [("phdthesis", 2013)]


def test_diva_entries_with_their_badges_a_nordic_journal_and_a_quoted_title_head() -> None:
    html = (
        "<h2>Artiklar i tidskrift / Journal articles</h2><ol>"
        "<li><div>Sandberg, J., <b>Lindqvist, A.</b> &amp; Öhlén, K. (2025). Trygghetslarm och "
        "ensamhet bland äldre i glesbygd: en registerstudie. <i>Socialmedicinsk tidskrift</i>. "
        "(Accepterad / Accepted)</div><div>urn:nbn:se:umu:diva-231904</div></li>"
        "<li><div><b>Lindqvist, A.</b>, H&auml;gglund, L. &amp; Berg, M. (2023). &quot;It is like "
        "having someone there all the time&quot;: relatives' experiences of passive night-time "
        "monitoring. <i>BMC Geriatrics, 23</i>, Article ID 412.</div><div>"
        "urn:nbn:se:umu:diva-210562 Open Access i DiVA</div></li></ol>"
    )
    recs = cvbib.extract_text(html, "cv.html").records
    assert [(r.title, r.venue) for r in recs] == [
        (
            "Trygghetslarm och ensamhet bland äldre i glesbygd: en registerstudie",
            "Socialmedicinsk tidskrift",
        ),
        (
            '"It is like having someone there all the time": relatives\' experiences of '
            "passive night-time monitoring",
            "BMC Geriatrics",
        ),
    ]
    assert "urn:nbn:se:umu:diva-210562" in recs[1].extra


NIH_BIOSKETCH = """BIOGRAPHICAL SKETCH
Follow this format for each person.  DO NOT EXCEED FIVE PAGES.

NAME: Halvorsen-Reyes, Tamsin K.

A. Personal Statement

I am a molecular toxicologist with more than fifteen years of experience studying how drug-metabolizing enzymes and membrane transporters determine the disposition of contaminants. My laboratory combines humanized mouse models with spheroids, and I have led these projects as PI. Our work has shaped how we think about risk.

1.\tHalvorsen-Reyes TK, Qureshi S. Sex-dependent hepatic clearance of PFHxS. Toxicol Sci. 2022 Jun 28;188(1):45-59. PMID: 35426934.

B. Positions, Scientific Appointments and Honors

2021 - present\tAssociate Professor, University of Minnesota

C. Contribution to Science

1. Bioactivation of chlorinated solvents. During my graduate training, I studied how glutathione conjugation converts trichloroethylene into nephrotoxic conjugates. I identified the reactive intermediate (a), showed species differences (b), and we described a new route of sulfoxidation in our later work, which I led.
a.\tHalvorsen-Reyes TK, Corrigan DP. Glutathione conjugation of trichloroethylene. Chem Res Toxicol. 2011 Oct 17;24(10):1712-1722.
b.\tHalvorsen-Reyes TK, Osei-Bonsu K. Species differences in beta-lyase activity. Toxicol Appl Pharmacol. 2012 Aug 1;262(3):301-310.

Complete List of Published Work in My Bibliography:
https://www.ncbi.nlm.nih.gov/myncbi/t.halvorsen-reyes.1/bibliography/public/

D. Research Support

R01 ES031234\tHalvorsen-Reyes (PI)\t04/01/2021 - 03/31/2026
Transporter-mediated determinants of PFAS half-life in humans
"""


def test_an_nih_biosketch_reads_the_cited_papers_not_the_statements_or_grants() -> None:
    res = cvbib.extract_text(NIH_BIOSKETCH, "biosketch.txt")
    assert [(r.source.line, r.venue, r.year) for r in res.records] == [
        (10, "Toxicol Sci", 2022),
        (19, "Chem Res Toxicol", 2011),
        (20, "Toxicol Appl Pharmacol", 2012),
    ]
    assert all(r.authors[0].family == "Halvorsen-Reyes" for r in res.records)
