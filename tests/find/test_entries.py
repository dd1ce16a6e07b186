"""Entry segmentation: whatever the markers, one entry per publication."""

from __future__ import annotations

import cvbib


def titles(text: str, name: str = "cv.md") -> list[tuple[int, str]]:
    return [(r.source.line, r.title) for r in cvbib.extract_text(text, name).records]


def test_list_items_with_wrapped_lines_and_blank_gaps() -> None:
    text = (
        "## Publications\n\n- Jane Doe, Bob Roe. *A First Title Here*. ICML, 2024.\n"
        "  wrapped words. [PDF](#)\n\n- Jane Doe. *A Second Title Here*. NeurIPS, 2023.\n"
    )
    assert titles(text) == [(3, "A First Title Here"), (6, "A Second Title Here")]


def test_title_authors_venue_paragraphs_are_grouped() -> None:
    text = (
        "Publication\n\nHanayo: Harnessing Wave-like Pipeline Parallelism\n\n"
        "Ziming Liu*, Shenggan Cheng*, Haotian Zhou, and Yang You\n\n"
        "SC '23, *In Proceedings of the International Conference for High Performance Computing*, 2023\n\n"
        "*: Equal Contribution.\n\nStarTrail:\n\nConcentric Ring Parallelism for Long Context\n\n"
        "Ziming Liu, Shaoyu Wang\n\nNeurIPS2025, *In Proceedings of NeurIPS*.\n"
    )
    records = cvbib.extract_text(text, "cv.md").records
    assert [(r.source.line, r.title, r.year) for r in records] == [
        (3, "Hanayo: Harnessing Wave-like Pipeline Parallelism", 2023),
        (11, "StarTrail: Concentric Ring Parallelism for Long Context", 2025),
    ]
    assert [str(p) for p in records[0].authors] == [
        "Ziming Liu",
        "Shenggan Cheng",
        "Haotian Zhou",
        "Yang You",
    ]
    assert records[0].equal_contribution == (0, 1)


def test_hanging_indent_plain_text() -> None:
    text = (
        "PUBLICATIONS\n\nGarcia, M., Zhang, W., & O'Brien, K. (2020). Attention and working memory in\n"
        "    bilingual children. Journal of Experimental Psychology, 149(3),\n    456–470.\n"
        "Li, X., & Garcia, M. (2018). The effects of sleep on memory. Cognition, 175, 1–12.\n"
    )
    assert titles(text, "cv.txt") == [
        (3, "Attention and working memory in bilingual children"),
        (6, "The effects of sleep on memory"),
    ]


def test_one_reference_per_paragraph_and_news_skipped() -> None:
    text = (
        'News:\n======\n**26 Nov. 2024**, Our paper "StoreLLM" has been accepted by e-Energy 2025.\n\n'
        "Publications:\n======\n**\\[ACM e-Energy 2025\\]** Dan Wang, Boan Liu, **Zhaorui Zhang**, StoreLLM: Energy "
        "Efficient Inference.\n\n**\\[TPDS\\]** **Zhaorui Zhang**, Cho-Li Wang, MIPD: An Adaptive Gradient Framework, "
        "IEEE Transactions on Parallel and Distributed Systems, 2022.\n"
    )
    got = cvbib.extract_text(text, "cv.md").records
    assert [(r.source.line, r.venue_short, r.type) for r in got] == [
        (7, "e-Energy", "inproceedings"),
        (9, "TPDS", "article"),
    ]
    assert got[0].owner == 2 and got[1].owner == 0


def test_line_broken_blocks_without_blank_lines() -> None:
    text = (
        "## Publications\n\n**Sparse Mixture of Experts at Scale**<br>\nAlice Wong\\*, **Bob Lee**\\*, Carla Gómez<br>\n"
        "*ICLR 2023* [[paper]](https://openreview.net/forum?id=abc)\n\n**Understanding Attention Sinks**<br>\n"
        "**Bob Lee**, Alice Wong<br>\n*arXiv preprint arXiv:2405.01234*, 2024\n"
    )
    got = cvbib.extract_text(text, "cv.md").records
    assert [(r.title, r.venue_short, r.year) for r in got] == [
        ("Sparse Mixture of Experts at Scale", "ICLR", 2023),
        ("Understanding Attention Sinks", "arXiv", 2024),
    ]
    assert got[0].url == "https://openreview.net/forum?id=abc"


def test_headless_document_keeps_only_sure_references() -> None:
    text = (
        "Jane Doe is a researcher. She won an award in 2020 and likes long walks.\n\n"
        '1. J. Doe, A. Smith, "Graph sampling at scale," in Proc. KDD, 2022, pp. 1-9.\n'
    )
    assert titles(text, "cv.txt") == [(3, "Graph sampling at scale")]


def test_items_nested_under_a_complete_entry_are_remarks() -> None:
    from cvbib.read import read_document

    doc = read_document(
        "cv.md",
        "## Books\n\n"
        "- Hohenberg, Clara M. 2015. *Bread and Order*. Cambridge, MA: Harvard University Press.\n"
        "  - Reviewed in *American Historical Review*.\n"
        "  - Winner, Gilbert Chinard Prize, 2016.\n",
        None,
    )
    from cvbib.find.entries import section_entries
    from cvbib.find.sections import split_sections

    pubs = [s for s in split_sections(doc) if s.kind == "publication"]
    (entry,) = section_entries(pubs[0], "cv.md")
    assert "Reviewed" not in entry.text and entry.end_line == 5
    assert entry.remarks == (
        "Reviewed in American Historical Review.",
        "Winner, Gilbert Chinard Prize, 2016.",
    )


def test_title_that_passes_for_a_name_above_an_author_list() -> None:
    md = (
        "## Publications\n\n"
        "**Distributionally Robust Model-Based RL**<br>\n"
        "**Sara Lindqvist**, Mei Tanaka<br>\n"
        "*arXiv preprint arXiv:2310.04567*, 2023\n"
    )
    (rec,) = cvbib.extract_text(md, "cv.md").records
    assert rec.title == "Distributionally Robust Model-Based RL"
    assert [p.family for p in rec.authors] == ["Lindqvist", "Tanaka"]
    assert (rec.year, rec.arxiv) == (2023, "2310.04567")


def test_title_first_paragraphs_are_separate_entries() -> None:
    html = (
        "<h2>Publications</h2>"
        "<p><strong>Graph Networks for Traffic: A Survey.</strong> W. Jiang and J. Luo. "
        "<em>Expert Systems with Applications</em>, 207:117921, 2023.</p>"
        "<p><strong>Meta-Graph Learning for Traffic.</strong> R. Jiang, Z. Wang. In "
        "<em>AAAI Conference on Artificial Intelligence (AAAI)</em>, pages 8078–8086, 2023.</p>"
    )
    recs = cvbib.extract_text(html, "cv.html").records
    assert [(r.volume, r.pages) for r in recs] == [("207", "117921"), (None, "8078--8086")]


def test_one_reference_per_line_without_markers_or_blank_lines() -> None:
    text = (
        "PUBLICATIONS\n\nPeer-reviewed articles\n"
        "Lindqvist, J., Berg, A. and Holm, K. (2019) 'Soil carbon dynamics under boreal forest "
        "clear-cutting', Global Change Biology, 25(3), pp. 1012-1025.\n"
        "Berg, A. and Lindqvist, J. (2021) 'Nitrogen deposition and moss growth', Journal of "
        "Ecology, 109(1), pp. 88-101.\n"
        "Lindqvist J, Eriksson M. 2017. Fire history of Scots pine forests in northern Sweden. "
        "Forest Ecology and Management 390: 54-63.\n"
        "A. Nowak and M. Kowalski, Topological phases in twisted bilayers, Phys. Rev. B 104, "
        "075129 (2021).\n"
        "M. Kowalski et al., Spin liquids in kagome magnets, Nature Physics 17, 1234 (2021).\n"
    )
    assert titles(text, "cv.txt") == [
        (4, "Soil carbon dynamics under boreal forest clear-cutting"),
        (5, "Nitrogen deposition and moss growth"),
        (6, "Fire history of Scots pine forests in northern Sweden"),
        (7, "Topological phases in twisted bilayers"),
        (8, "Spin liquids in kagome magnets"),
    ]


def test_markdown_list_item_with_br_separated_title_authors_and_venue() -> None:
    text = (
        "# Publications\n\n## 2024\n\n"
        "1. **Sparse Mixture-of-Experts Are Domain Generalizable Learners**<br>\n"
        "   Bo Li\\*, Yifei Shen\\*, Ziwei Liu<br>\n"
        "   *International Conference on Learning Representations (ICLR)*, 2024 **(Oral)**<br>\n"
        "   [[Paper]](https://openreview.net/forum?id=RecIHwnC2m)\n\n"
        "2. **Towards Robust Visual Question Answering**<br>\n"
        "   Jingkang Yang, Bo Li<br>\n"
        "   *CVPR 2024 Workshop on Multimodal Learning*<br>\n"
    )
    records = cvbib.extract_text(text, "cv.md").records
    assert [(r.title, [str(p) for p in r.authors], r.venue_short) for r in records] == [
        (
            "Sparse Mixture-of-Experts Are Domain Generalizable Learners",
            ["Bo Li", "Yifei Shen", "Ziwei Liu"],
            "ICLR",
        ),
        ("Towards Robust Visual Question Answering", ["Jingkang Yang", "Bo Li"], "CVPR"),
    ]
    assert records[0].notes == ("Oral",) and records[1].workshop


def test_markdown_list_item_with_title_names_and_venue_lines_without_br() -> None:
    text = (
        "## Publications\n\n"
        "- **Panoptic Scene Graph Generation**\n"
        "  Jingkang Yang, Yi Zhe Ang, Ziwei Liu\n"
        "  *European Conference on Computer Vision (ECCV)*, 2022\n\n"
        "- Jane Doe and Bob Roe. *A Title That Is Long Enough To Wrap Across*\n"
        "  *Two Lines*. In\n  *Proceedings of ICML*, 2021.\n"
    )
    records = cvbib.extract_text(text, "cv.md").records
    assert [(r.title, len(r.authors), r.venue_short, r.year) for r in records] == [
        ("Panoptic Scene Graph Generation", 3, "ECCV", 2022),
        ("A Title That Is Long Enough To Wrap Across Two Lines", 2, "ICML", 2021),
    ]


def test_html_blocks_with_a_journal_line_of_the_knowledge_base() -> None:
    text = (
        "<h2>Selected Publications</h2>\n<div><div>Protein Folding at Scale</div>\n"
        "<div><b>M. Rossi</b>, J. Park</div>\n<div><i>Nature</i> 615, 100–105 (2023)</div></div>\n"
    )
    (rec,) = cvbib.extract_text(text, "cv.html").records
    assert (rec.title, rec.venue, rec.volume, rec.pages, rec.year) == (
        "Protein Folding at Scale",
        "Nature",
        "615",
        "100--105",
        2023,
    )


def test_physics_references_without_titles() -> None:
    text = (
        "Selected Publications\n\n"
        "M. Kowalski, A. Nowak, and P. Wiśniewski, Phys. Rev. Lett. 128, 106401 (2022).\n"
        "A. Nowak and M. Kowalski, Topological phases in twisted bilayers, Phys. Rev. B 104, "
        "075129 (2021).\n"
        "M. Kowalski et al., Nature Physics 17, 1234 (2021).\n"
    )
    ex = cvbib.extract_text(text, "cv.txt")
    got = [(r.title, len(r.authors), r.volume, r.pages, r.year) for r in ex.records]
    assert got == [
        ("", 3, "128", "106401", 2022),
        ("Topological phases in twisted bilayers", 2, "104", "075129", 2021),
        ("", 1, "17", "1234", 2021),
    ]
    assert [w.line for w in ex.warnings if "no title" in w.message] == [3, 5]


def test_words_broken_across_lines_are_rejoined() -> None:
    # text copied out of a PDF: TeX's line-end hyphens go, a compound's hyphen stays
    text = (
        "Publications\n\n"
        '[J1] A. Nowak and T. Wieczorek, "Alternating optimi-\n'
        "zation for cell-\nfree massive MIMO with imperfect channel state infor-\n"
        'mation," IEEE Trans. Signal Process., vol. 69, pp. 1234-1245, 2021.\n'
    )
    assert titles(text, "cv.txt") == [
        (
            3,
            "Alternating optimization for cell-free massive MIMO with imperfect channel state information",
        )
    ]


def test_page_footers_of_a_pdf_copy_are_dropped() -> None:
    footer = "Tomasz R. Wieczorek — Curriculum Vitae — Page {} of 7"
    text = (
        "Publications\n\n"
        '[J1] A. Nowak and T. Wieczorek, "Sparse recovery with side information," IEEE Trans.\n'
        "Signal Process., vol. 66, no. 4, pp. 998-1011, 2018.\n\n"
        f"{footer.format(3)}\n\n"
        '[J2] T. Wieczorek, "Compressive wideband spectrum sensing," IEEE Trans. Commun.,\n\n'
        f"{footer.format(4)}\n\n"
        "vol. 68, no. 9, pp. 5620-5633, 2020.\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [(r.source.line, r.title, r.year) for r in recs] == [
        (3, "Sparse recovery with side information", 2018),
        (8, "Compressive wideband spectrum sensing", 2020),
    ]


def test_year_headings_give_their_year_to_entries_without_one() -> None:
    text = (
        "## Publications\n\n### 2022\n\n"
        "- Ana Li, Bo Chen. *Gossamer: Fast Replication for Edge Stores*. EuroSys.\n"
        "- Ana Li. *Spindrift: Elastic Stream Joins*. NSDI 2021.\n\n"
        "### 2019\n\n- Bo Chen, Ana Li. *Tidewater: Log-Structured Caches*. SOSP.\n"
    )
    recs = cvbib.extract_text(text, "cv.md").records
    assert [(r.title.split(":")[0], r.year) for r in recs] == [
        ("Gossamer", 2022),
        ("Spindrift", 2021),  # its own year wins
        ("Tidewater", 2019),
    ]
    assert not any("no year" in w for r in recs for w in r.warnings)


def test_entries_written_as_labelled_lines_under_a_title() -> None:
    # the Jekyll "academicpages" template: a heading per paper (whatever its words), the
    # labelled lines below it; the recommended citation is the whole reference
    text = (
        "Journal Publications\n======\n\n"
        "### [Measuring local news deserts with mobility data](https://x.io/p1)\n"
        "Published in *PNAS*, 2023\n\nAuthors: M. Lindqvist, **I. Valcourt**\n\n"
        "We study news deserts.\n\n"
        'Recommended citation: Lindqvist, M., Valcourt, I. (2023). "Measuring local news '
        'deserts with mobility data." *Proceedings of the National Academy of Sciences*. 120(24).\n\n'
        "### Platform migration and online communities\nPublished in *EPJ Data Science*, 2020\n\n"
        "Authors: **I. Valcourt**, D. Osei-Bonsu\n\n"
        "Working Papers\n======\n\n"
        "* [Algorithmic amplification of political ads](https://arxiv.org/abs/2403.01234)\n"
        "  Published in *arXiv*, 2024\n  Authors: **I. Valcourt**, J. Park\n\n"
        "Talks\n======\n\n### Decentralized platforms\nInvited talk, MIT, 2023\n"
    )
    recs = cvbib.extract_text(text, "cv.md").records
    got = [(r.source.line, r.title, [p.family for p in r.authors], r.year) for r in recs]
    assert got == [
        (4, "Measuring local news deserts with mobility data", ["Lindqvist", "Valcourt"], 2023),
        (13, "Platform migration and online communities", ["Valcourt", "Osei-Bonsu"], 2020),
        (21, "Algorithmic amplification of political ads", ["Valcourt", "Park"], 2024),
    ]
    assert recs[0].venue == "Proceedings of the National Academy of Sciences"
    assert recs[1].venue == "EPJ Data Science"


def test_whole_references_without_names_are_separate_entries() -> None:
    text = (
        "Book Reviews\n\n"
        "Review of The Price of Virtue: Commerce and Conscience in Florence, by Giulia\n"
        "     Martelli. Renaissance Quarterly 75, no. 2 (2022): 612–614.\n\n"
        "Review of Silver Streams: Mining and Money in Central Europe, 1450–1650, by Karl\n"
        "     Hofbauer. Journal of Modern History 92, no. 3 (2020): 678–680.\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [(r.source.line, r.venue, r.year) for r in recs] == [
        (3, "Renaissance Quarterly", 2022),
        (6, "The Journal of Modern History", 2020),
    ]


def test_indented_remarks_under_a_paragraph_entry() -> None:
    text = (
        "Books\n\n"
        "Lowenthal, Beatrix A. The Reckoning House: Accountants and Empire in Early Modern\n"
        "     Venice. Chicago: University of Chicago Press, 2012.\n"
        "     * Winner, Howard R. Marraro Prize, American Catholic Historical Association, 2013\n"
        "     * Reviewed in American Historical Review\n"
    )
    (rec,) = cvbib.extract_text(text, "cv.txt").records
    assert rec.title == "The Reckoning House: Accountants and Empire in Early Modern Venice"
    assert "Reviewed in American Historical Review" in rec.extra


def test_working_papers_with_a_title_only_and_their_abstracts() -> None:
    text = (
        "# Amara N. Castellano\n\n## Working Papers\n\n"
        '- **"Heat, Hours, and Hazard: Extreme Temperatures and Workplace Injuries"** '
        "(Job Market Paper)\n\n"
        "  *Abstract:* Using administrative injury records from 2.4 million workplaces, I show "
        "that hot days raise injury rates.\n\n"
        "## Work in Progress\n\n"
        '- "Automation and Local Labor Markets" (with Mei Chen)\n'
    )
    recs = cvbib.extract_text(text, "cv.md").records
    assert [(str(r.authors[0]), r.title, r.status, r.notes) for r in recs] == [
        (
            "Amara N. Castellano",
            "Heat, Hours, and Hazard: Extreme Temperatures and Workplace Injuries",
            "preprint",
            ("Job Market Paper",),
        )
    ]


def test_math_asterisks_are_marks() -> None:
    from cvbib.find.entries import ASTERISKS

    assert "Olsen, T.\u2217 and Koç, E.\u204e".translate(ASTERISKS) == "Olsen, T.* and Koç, E.*"


def test_an_orcid_record_pasted_as_blocks() -> None:
    import cvbib

    text = (
        "WORKS (3)\n---------\n\n"
        "Compound drought risk under CMIP6 scenarios\nEarth's Future\n2024-09 | Journal article\n"
        "DOI: 10.1029/2024EF004512\nCONTRIBUTORS: Amara Okoye; Ibrahim Diallo\nSource: Crossref\n\n"
        "DROUGHTCAST-EU: gridded daily drought indices\nZenodo\n2024-05 | Data set\n"
        "DOI: 10.5281/zenodo.11203344\nCONTRIBUTORS: Amara Okoye\nSource: DataCite\n\n"
        "Skilful sub-seasonal forecasts of agricultural drought\nPANGAEA\n2023-04 | Conference paper\n"
        "CONTRIBUTORS: Amara Okoye; Hye-jin Park\nSource: Crossref\n"
    )
    recs = cvbib.extract_text(text, "orcid.txt").records
    assert [(r.source.line, r.title, r.year, r.type) for r in recs] == [
        (4, "Compound drought risk under CMIP6 scenarios", 2024, "article"),
        (18, "Skilful sub-seasonal forecasts of agricultural drought", 2023, "inproceedings"),
    ]
    assert recs[0].doi == "10.1029/2024EF004512"
    assert [p.family for p in recs[0].authors] == ["Okoye", "Diallo"]


def test_a_note_on_the_marks_of_a_list_is_no_entry() -> None:
    text = (
        "## Publications\n\nBold = my name. \\* = graduate student co-author.\n\n"
        "1. Doe, J. (2022). A title of a paper. *Journal of Things*, *4*(2), 1–9.\n"
    )
    records = cvbib.extract_text(text, "cv.md").records
    assert [r.title for r in records] == ["A title of a paper"]


def test_manuscripts_under_review_without_years_are_one_entry_each() -> None:
    import cvbib

    html = (
        "<html><body><h1>Kari Halvorsen</h1><h2>Submitted manuscripts</h2>\n"
        "<p><b>Halvorsen, K.</b>, Okafor, J. &amp; Brandt, M. Shrub encroachment reduces the "
        "nectar landscape for alpine bumblebees. Under review.</p>\n"
        "<p>Nakamura, H.T., <b>Halvorsen, K.</b> &amp; Lindqvist, E. (submitted) Seed bank "
        "persistence across a snowmelt gradient. Manuscript under review.</p>\n"
        "<h2>Fieldwork</h2>\n<p>2019 Svalbard, Adventdalen – lemming exclosure survey</p>\n"
        "</body></html>"
    )
    ex = cvbib.extract_text(html, "cv.html")
    assert [r.title for r in ex.records] == [
        "Shrub encroachment reduces the nectar landscape for alpine bumblebees",
        "Seed bank persistence across a snowmelt gradient",
    ]
    assert {r.status for r in ex.records} == {"under review"}
    assert (ex.skipped_sections[-1][1]) == "Fieldwork"


def test_wrapped_apa_references_without_blank_lines_end_at_a_doi_or_in_press() -> None:
    # Word exports: every reference wrapped at ~90 characters, no blank line or indent
    # between them; an entry may end with its DOI and be dated "in press"
    text = (
        "Peer-Reviewed Journal Articles\n\n"
        "Vasquez-Holt, C. M., Brennan, K. A., & Oyelaran, T. (in press). Rehearsing "
        "responsiveness:\n"
        "Approximations of practice in a methods course. Journal of Teacher\n"
        "Education. https://doi.org/10.1177/00224871241239876\n"
        "Okonkwo, A. N., & Vasquez-Holt, C. M. (2024). Multilingual learners' participation in "
        "argumentation. Journal for Research in Mathematics Education, 55(2), 101–130.\n"
        "Vasquez-Holt, C. M., & Lindqvist, M. (2023). Teacher noticing as a situated practice: A "
        "systematic\n"
        "review. Review of Educational Research, 93(5), 702–741.\n"
        "https://doi.org/10.3102/00346543221148209\n"
        "Brennan, K. A., & Vasquez-Holt, C. M. (2023). Co-planning across the boundary. Journal "
        "of Teacher Education, 74(4), 401–415.\n"
    )
    assert [line for line, _ in titles(text, "cv.txt")] == [3, 6, 7, 10]


def test_a_lower_case_line_wraps_the_entry_above_its_indented_award() -> None:
    text = (
        "PUBLICATIONS\n\n"
        "Whitfield, J. P., & Marsh, T. 2013. Technological distance and alliance\n"
        "termination. Research Policy, 42(8): 1410–1424.\n"
        "     Winner, Best Student Paper Award, Wharton Technology Conference, 2010.\n"
    )
    assert titles(text, "cv.txt") == [(3, "Technological distance and alliance termination")]


def test_works_in_progress_one_quoted_title_per_line_are_no_publications() -> None:
    text = (
        "PUBLICATIONS\n\nJournal Articles\n\n"
        "Whitfield, J. P. 2014. Who benefits from alliances? Strategic Organization, 12(2): "
        "89–118.\n\n"
        "Selected Works in Progress\n\n"
        "“Family firms and climate commitments” (with Y. Chen). Data collection.\n"
        "“Supplier concentration and acquisition targets” (with K. Okonkwo\n"
        "and T. Bauer). Draft in preparation for SMS 2024.\n"
        "“Do divestitures free up attention?” (with S. Lam). Analysis stage.\n"
    )
    assert titles(text, "cv.txt") == [(5, "Who benefits from alliances?")]


def test_a_note_on_markers_and_citation_totals_are_no_entries() -> None:
    text = (
        "## Publications\n\n"
        "*Note.* \\* denotes graduate student mentee; † denotes undergraduate mentee.\n\n"
        "Total: 28 publications; >2,400 citations; *h*-index 21 (Google Scholar, May 2023).\n\n"
        "Doe, J., & Roe, R. (2020). A real title here. *Journal of Things*, 1, 2–3.\n"
    )
    assert titles(text) == [(7, "A real title here")]


def test_a_line_further_out_than_the_hanging_item_ends_it() -> None:
    text = (
        "Data releases\n\n"
        '24. Okoye, C. N. & Halvorsen, J. 2023, "Late-time VLA Light Curves of 42\n'
        '    Optical TDEs", Zenodo, doi:10.5281/zenodo.8123456\n'
        "Also: member of the team producing the VLASS Quick Look Epoch 2 transient\n"
        "images (public release, 2022); no separate citation.\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [(r.title, r.venue, r.type) for r in recs] == [
        ("Late-time VLA Light Curves of 42 Optical TDEs", "Zenodo", "misc")
    ]


def test_title_first_references_count_without_a_publication_heading() -> None:
    """A Google Scholar profile: no publication heading, rows of title, names, venue."""
    from cvbib.find.entries import reference_score

    row = (
        "Graph neural networks for traffic forecasting: A survey. M Rossi, L Bianchi, G Verdi. "
        "IEEE Transactions on Intelligent Transportation Systems 23 (11), 20345-20362, 2022"
    )
    assert reference_score(row) >= 4
    assert reference_score("Professor of Computer Science, University of Padova") < 4


def test_homepage_blocks_with_link_buttons_and_dashes() -> None:
    """<div> blocks of title / names / venue / [PDF] [Code] buttons, and one-line blocks
    'Title — Names. Venue, 2023.': one entry each."""
    html = (
        "<h2>Conference Papers</h2>\n"
        "<div><span class='title'>Kiln: Energy-Proportional Storage Servers</span><br>\n"
        "<span>Kenji Marquardt and Adrian Kessler</span><br>\n"
        "<span>EuroSys 2021</span><br>\n<a href='a.pdf'>[PDF]</a> <a href='s.pdf'>[Slides]</a>\n"
        "</div>\n\n"
        "<div><span class='title'>PageTrail: Huge Page Management for Tiered Memory</span><br>\n"
        "<span>Kenji Marquardt, Pieter van Dongen, and Adrian Kessler</span><br>\n"
        "<span>USENIX ATC 2020</span><br>\n<a href='b.pdf'>[PDF]</a>\n</div>\n\n"
        "<h2>Workshop Papers</h2>\n"
        "<div><span class='title'>The Case for Kernel-Bypass Page Tables</span> &mdash; "
        "Emeka Obi-Lawson and Kenji Marquardt. HotOS XIX, 2023. <a href='c.pdf'>[PDF]</a></div>\n\n"
        "<div><span class='title'>Networks Should Forget: Ephemeral State in Switches</span> "
        "&mdash; Lydia Fenwick and Kenji Marquardt. HotNets '22, Austin, TX. "
        "<a href='d.pdf'>[PDF]</a></div>\n"
    )
    recs = cvbib.extract_text(html, "page.html").records
    assert [(r.title.split(":")[0], r.venue_short, r.year) for r in recs] == [
        ("Kiln", "EuroSys", 2021),
        ("PageTrail", "ATC", 2020),
        ("The Case for Kernel-Bypass Page Tables", "HotOS", 2023),
        ("Networks Should Forget", "HotNets", 2022),
    ]
    assert [p.family for p in recs[2].authors] == ["Obi-Lawson", "Marquardt"]


def test_remarks_in_an_entry_block_are_notes_of_the_entry() -> None:
    html = (
        "<h2>Books</h2><dl><dt>2019</dt><dd><i>The Paper Frontier: Passports and Mobility in "
        "Interwar France</i>. Chicago: University of Chicago Press, 2019.<br>\n"
        "Winner, Ferdinand Lot Book Prize, Society for French Historical Studies (2020)<br>\n"
        "Reviewed in <i>American Historical Review</i></dd></dl>\n"
    )
    recs = cvbib.extract_text(html, "cv.html").records
    assert len(recs) == 1
    assert recs[0].notes == (
        "Winner, Ferdinand Lot Book Prize, Society for French Historical Studies (2020)",
    )
    assert recs[0].extra == ("Reviewed in American Historical Review",)


def test_a_page_header_under_a_publications_title_is_no_entry() -> None:
    html = (
        "<h1>CV &amp; Publications</h1>\n<p>Associate Professor, Department of Statistics, "
        "University of Wisconsin<br />Email: hm [at] stat</p>\n"
        "<p><strong>Marchetti, H. V.</strong> (2021). Sequential testing for breaks. "
        "<em>Journal of the American Statistical Association</em>, 116(535), 1234–1250.</p>\n"
    )
    recs = cvbib.extract_text(html, "page.html").records
    assert [r.title for r in recs] == ["Sequential testing for breaks"]


def test_a_legend_of_names_is_no_entry() -> None:
    from cvbib.find.entries import NOTE_LINE

    for legend in (
        "Names of students and postdocs I advised are underlined; my name is in",
        "Graduate student co-authors are marked with an asterisk.",
    ):
        assert NOTE_LINE.match(legend), legend
    assert not NOTE_LINE.match("Students in the lab built a robot that is marked by sensors.")


def test_a_readers_page_header_is_no_entry() -> None:
    from cvbib.find.entries import NOTE_LINE

    assert NOTE_LINE.match("Reader in Natural Language Processing, School of Informatics.")
    assert not NOTE_LINE.match("Reader in the archive: notes on a method. Journal, 3, 1-2.")


def test_references_nested_under_a_label_item_are_entries() -> None:
    md = (
        "## Publications\n\n"
        "- 2023\n"
        "    - Smith, J., and K. Lee. 2023. A study of leases. *The Accounting Review* 97 (3): 101–130.\n"
        "    - Smith, J. Forthcoming. Another study of leases and audits. *Accounting Horizons*.\n"
        "- ▸ **Earlier articles (2017–2020)** — click to expand\n"
        "    - Smith, J. 2019. A third study of leases. *Accounting Horizons* 32 (2): 77–95.\n"
        "        - 🏆 Best Paper Award\n"
        "- Smith, J. 2018. A fourth study of leases. *Accounting Horizons* 31 (2): 7–25.\n"
        "    - Reprinted in Smith, J. 2021. A fourth study of leases. *Reader* 2 (1): 7–25.\n"
    )
    recs = cvbib.extract_text(md, "cv.md").records
    assert [(r.title, r.source.line) for r in recs] == [  # type: ignore[union-attr]
        ("A study of leases", 4),
        ("Another study of leases and audits", 5),
        ("A third study of leases", 7),
        ("A fourth study of leases", 9),
    ]
    assert recs[2].notes == ("Best Paper Award",) and recs[2].extra == ("Best Paper Award",)
    assert recs[3].extra[0].startswith("Reprinted in Smith")


def test_a_pictograph_opening_an_entry_and_its_legend_are_no_text() -> None:
    from cvbib.find.entries import NOTE_LINE

    md = (
        "## Working Papers\n\n> Papers marked ⭐ are currently under review.\n\n"
        "- ⭐ **Whitcombe, E. M.**, and T. Hughes. 2023. Remote Auditing and Audit Quality. "
        "Under review at *Review of Accounting Studies*.\n"
    )
    recs = cvbib.extract_text(md, "cv.md").records
    assert [(r.title, [p.family for p in r.authors]) for r in recs] == [
        ("Remote Auditing and Audit Quality", ["Whitcombe", "Hughes"])
    ]
    assert NOTE_LINE.match("Papers marked with † were written with students.")
    assert NOTE_LINE.match("(* graduate student advisee; † undergraduate student)")
    assert NOTE_LINE.match("Legend. Bold = myself. † = student or postdoc.")
    assert not NOTE_LINE.match("Legendary results in sports. Journal 3, 1-2.")


def test_hanging_indent_entries_whose_names_open_with_a_particle() -> None:
    text = (
        "PUBLICATIONS\n\n"
        "Bauer KL, Halvorsen IM. In press. Post-thinning understory response in \n"
        "     Douglas-fir plantations. Ecological Applications.\n"
        "de la Cruz MA*, Halvorsen IM. 2023. Fuel treatment longevity in dry forests of \n"
        "     the eastern Cascades. Forest Ecology and Management. 530:120745.\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [(r.source.line, r.authors[0].family) for r in recs] == [  # type: ignore[union-attr]
        (3, "Bauer"),
        (5, "de la Cruz"),
    ]


def test_word_processor_paragraphs_one_a_line_and_remarks_after_a_dash() -> None:
    text = (
        "PUBLICATIONS\n\nBook Reviews\n"
        "Review of Gift and Obligation, by Paul Ekwueme. Reviews in Religion & Theology 29, "
        "no. 4 (2022): 566–68.\n"
        "Review of Luther and the Fathers, by Naomi Strandberg. Church History 88, no. 1 "
        "(2019): 230–32.\n\nBooks\n"
        "Lindqvist, Tobias J. The Restless Heart in Exile. Minneapolis: Fortress Press, 2024.\n"
        "\tReviewed in: Journal of Ecclesiastical History, Lutheran Quarterly.\n"
        "Lindqvist, Tobias J. Grace Without Measure. Oxford: Oxford University Press, 2019.\n"
        "\t— Honorable Mention, 2020 Frend Book Prize, North American Patristics Society.\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [r.source.line for r in recs] == [4, 5, 8, 10]  # type: ignore[union-attr]
    assert recs[2].extra == ("Reviewed in: Journal of Ecclesiastical History, Lutheran Quarterly",)
    assert "2020 Frend Book Prize" in " ".join((*recs[3].notes, *recs[3].extra))


def test_a_draft_in_preparation_with_a_linked_coauthor_is_no_publication() -> None:
    md = (
        "## Publications\n\n1. Doe, Jane. “A Published Paper on Kinship.” *Demography* 60 (2023): "
        "1–20.\n\n### Work in Progress\n\n"
        "1. Doe, Jane, and [Jonas Berg](https://example.org/jberg). “Cohort Fertility "
        "Forecasting with Partnership Histories.” In preparation.\n"
    )
    recs = cvbib.extract_text(md, "cv.md").records
    assert [r.title for r in recs] == ["A Published Paper on Kinship"]


def test_bold_titles_in_blocks_one_after_another_each_open_an_entry() -> None:
    html = (
        "<h2>Working Papers</h2>\n"
        "<p><strong>Childcare Subsidies and Maternal Labor Supply</strong> (with Ignacio Fuentes)"
        "<br>IZA Discussion Paper No. 16421, 2023.</p>\n"
        "<p><strong>Unemployment Insurance Generosity and Job Search</strong> (with Sarah "
        "Lindgren)<br><em>Reject and Resubmit, Journal of Labor Economics</em></p>\n"
        "<p><strong>Occupational Licensing and the Migration of Nurses</strong> (with Thomas "
        "Halvorsen)<br>Federal Reserve Bank of Chicago Working Paper 2022-19</p>\n"
    )
    recs = cvbib.extract_text(html, "page.html").records
    assert [r.title for r in recs] == [
        "Childcare Subsidies and Maternal Labor Supply",
        "Unemployment Insurance Generosity and Job Search",
        "Occupational Licensing and the Migration of Nurses",
    ]


def test_bold_titles_over_authors_lines_that_open_with_a_bold_name() -> None:
    html = (
        "<h2>Publications</h2>\n<p><strong>Scaling Laws for Sparse Mixture Models</strong></p>\n"
        "<p><strong>Jane A. Doe</strong>, Bob Smith, Carol Lee</p>\n<p>NeurIPS 2023</p>\n"
        "<p><strong>Another Paper on Graph Learning</strong></p>\n"
        "<p><strong>Jane A. Doe</strong>, Carol Lee</p>\n<p>ICML 2022</p>\n"
    )
    recs = cvbib.extract_text(html, "page.html").records
    assert [(r.title, len(r.authors), r.year) for r in recs] == [
        ("Scaling Laws for Sparse Mixture Models", 3, 2023),
        ("Another Paper on Graph Learning", 2, 2022),
    ]


def test_a_stage_block_under_a_title_block_belongs_to_it() -> None:
    html = (
        "<h2>Working Papers</h2>\n"
        "<p><strong>Workers’ Outside Options and the Incidence of Minimum Wage Increases"
        "</strong> (with Hannah Wexler)</p>\n"
        "<p><em>Revise and Resubmit, Review of Economic Studies</em><br>NBER Working Paper No. "
        "31877 (2023)<br><a href='/s/x.pdf'>[Draft]</a> <a href='https://www.nber.org/w'>[NBER]</a></p>\n"
        "<p><strong>Childcare Subsidies and Maternal Labor Supply</strong> (with Ignacio Fuentes)"
        "<br>IZA Discussion Paper No. 16421, 2023. <a href='https://docs.iza.org/dp.pdf'>[IZA DP]"
        "</a></p>\n"
    )
    recs = cvbib.extract_text(html, "page.html").records
    assert [(r.title, r.number) for r in recs] == [
        ("Workers’ Outside Options and the Incidence of Minimum Wage Increases", "31877"),
        ("Childcare Subsidies and Maternal Labor Supply", "16421"),
    ]
    assert recs[0].status == "under review"
    assert recs[1].venue == "IZA Discussion Paper"


def test_a_job_market_paper_is_its_title_and_its_buttons() -> None:
    html = (
        "<h1>Lucía Bernárdez</h1>\n<h2>Job Market Paper</h2>\n"
        "<p><strong>Moving for Opportunity? Local Labor Demand Shocks and Mobility</strong></p>\n"
        "<p><em>Abstract:</em> Why do low-wage workers rarely move away from depressed local "
        "labor markets? Using linked employer data, I show that the migration response is "
        "small. I develop and estimate a dynamic spatial equilibrium model.</p>\n"
        "<p><a href='/s/jmp.pdf'>[Latest Draft]</a> <a href='/s/slides.pdf'>[Slides]</a></p>\n"
    )
    recs = cvbib.extract_text(html, "page.html").records
    assert [(r.title, r.venue, r.status) for r in recs] == [
        ("Moving for Opportunity? Local Labor Demand Shocks and Mobility", None, "preprint")
    ]
    assert [a.family for a in recs[0].authors] == ["Bernárdez"]


def test_saa_blocks_of_names_then_years_and_works() -> None:
    text = (
        "### Peer-Reviewed Journal Articles\n"
        "> [!abstract] In Press\n"
        "> Renfrow, Caitlin J., and Dakota R. Sam*\n"
        "> in press\tWomen's Toolkits and Obsidian Procurement. *American Antiquity*.\n\n"
        "Renfrow, Caitlin J.\n"
        "2020a\tBeyond Distance-Decay: Network Models of Obsidian Conveyance. *American "
        "Antiquity* 85(2):301–322. [[Renfrow 2020a.pdf|PDF]]\n"
        "2020b\tA Reassessment of the Mud Lake Obsidian Cache. *North American Archaeologist* "
        "41(3–4):210–233. #lahontan\n"
    )
    recs = cvbib.extract_text(text, "cv.md").records
    assert [(r.source.line, r.title, r.year, r.venue) for r in recs] == [
        (3, "Women's Toolkits and Obsidian Procurement", None, "American Antiquity"),
        (
            6,
            "Beyond Distance-Decay: Network Models of Obsidian Conveyance",
            2020,
            "American Antiquity",
        ),
        (8, "A Reassessment of the Mud Lake Obsidian Cache", 2020, "North American Archaeologist"),
    ]
    assert recs[0].status == "forthcoming"
    assert [p.family for p in recs[0].authors] == ["Renfrow", "Sam"]
    assert [p.family for p in recs[2].authors] == ["Renfrow"]


def test_accordion_blocks_broken_by_br_and_a_poster_left_out() -> None:
    html = (
        "<p>Full list on <a href='https://scholar.google.com'>Google Scholar</a>. <strong>Bold"
        "</strong> = PI; <u>underline</u> = lab trainee.</p>\n"
        "<details><summary>2019 &amp; earlier</summary>\n"
        "<p><u>Jiaying Wu</u>, <strong>Helena V. Marchetti</strong><br>A wearable ultrasound "
        "band for bladder monitoring<br><em>BMES 2019 Annual Meeting</em>, Philadelphia, PA, "
        "Oct. 2019 (poster)</p>\n"
        "<p>Elena Petrova, <strong>Helena V. Marchetti</strong><br>Transcutaneous ultrasound "
        "stimulation of the sacral nerve<br><em>Journal of Neural Engineering</em>, vol. 18, "
        "no. 4, 046032, 2021<br></p>\n</details>\n"
        "<details><summary>Theses</summary>\n"
        "<p><u>Jiaying Wu</u><br>Conformal ultrasound for ambulatory monitoring<br>Ph.D. "
        "Dissertation, Department of Biomedical Engineering, Northfield Institute of Technology, "
        "2023</p>\n"
        "<p><u>Marcus O. Adeyemi</u><br>A low-power receive chain for wearable ultrasound<br>"
        "M.S. Thesis, Department of Electrical Engineering, Northfield Institute of Technology, "
        "2021</p>\n</details>\n"
    )
    doc = "<h2>Publications</h2>\n" + html
    recs = cvbib.extract_text(doc, "page.html").records
    assert [(r.type, r.title) for r in recs] == [
        ("article", "Transcutaneous ultrasound stimulation of the sacral nerve"),
        ("phdthesis", "Conformal ultrasound for ambulatory monitoring"),
        ("mastersthesis", "A low-power receive chain for wearable ultrasound"),
    ]
    assert (recs[0].venue, recs[0].pages) == ("Journal of Neural Engineering", "046032")


def test_description_list_labelled_by_year() -> None:
    """LaTeX "\\item[2024] ... \\item[] ...": the label dates the item, an empty one the
    items after it; another label ("IPA") dates nothing."""
    text = (
        "\\section{Publications}\n\\begin{description}\n"
        "\\item[2024] Doe, J., \\& Roe, B. Prediction is not pre-activation. "
        "\\textit{Cognition}, \\textit{244}, 105712.\n"
        "\\item[] Roe, B., \\& Doe, J. The cost of being wrong. \\textit{Cortex}, \\textit{12}, 1--9.\n"
        "\\item[IPA] Doe, J. A registered report. \\textit{Cortex}.\n"
        "\\item[2021] Doe, J. Lexical prediction. \\textit{Cognition}, \\textit{1}, 2--3.\n"
        "\\end{description}\n"
    )
    records = cvbib.extract_text(text, "cv.tex").records
    assert [r.year for r in records] == [2024, 2024, None, 2021]


def test_references_under_a_year_printed_once_in_a_date_column() -> None:
    text = (
        "Refereed Journal Articles\n\n"
        "2023   Kowalczyk, M.E., R.J. Thornquist, and D.L. Hargrove. 2023. Soil aggregate stability\n"
        "       under long-term no-till. Soil Sci. Soc. Am. J. 87:612–625. doi:10.1002/saj2.20512\n"
        "       Amankwah, K.O., R.J. Thornquist, and S.E. Brandt. 2023. Spatial variability of soil\n"
        "       pH in dryland wheat fields. Geoderma 431:116371.\n"
        "2022   Ruiz, A.M., and R.J. Thornquist. 2022. Nitrogen mineralization from field pea\n"
        "       residue. Agron. J. 114:2201–2213.\n"
    )
    assert [line for line, _ in titles(text, "cv.txt")] == [3, 5, 7]


def test_persian_numbered_items_and_impact_factor_tallies() -> None:
    text = (
        "Journal Papers\n\n"
        "۱- محمدجواد فرهبد، مریم صادقی، «بررسی آزمایشگاهی مقاومت برشی ماسه‌های بادی»، نشریه مهندسی "
        "عمران امیرکبیر، دوره ۵۳، شماره ۲، صفحات ۴۵۱-۴۶۸، ۱۴۰۰.\n"
        "۲- سعید نوری، محمدجواد فرهبد، «تحلیل عددی رفتار لرزه‌ای تونل‌های کم‌عمق»، مجله مهندسی عمران "
        "شریف، دوره ۳۵، شماره ۱، صفحات ۱۱۳-۱۲۴، ۱۳۹۸.\n\n"
        "Cumulative Impact Factor ............................ 37.4\n"
    )
    assert [line for line, _ in titles(text, "cv.txt")] == [3, 4]


def test_a_page_footer_and_a_tally_are_no_entries() -> None:
    import cvbib

    text = (
        "Publications\n\nSummary by ERA/HERDC category: A1 = 2; B1 = 3; C1 = 48 (15 listed).\n\n"
        "1. Brackley, HR 2019, 'Urban stormwater biofilters', Water Research, vol. 2, pp. 1-9.\n\n"
        "Kontakt | Uvjeti korištenja\n"
    )
    assert [r.source.line for r in cvbib.extract_text(text, "cv.txt").records] == [5]


def test_footer_links_are_short_words_not_a_title_and_its_venue() -> None:
    from cvbib.find.entries import NOTE_LINE

    assert NOTE_LINE.match("Privacy | Terms of Use | Contact")
    assert not NOTE_LINE.match("Scaling Laws for Sparse MoE | NeurIPS")
    assert not NOTE_LINE.match("DOI | PDF")


def test_a_legend_and_a_spreadsheets_header_fields_are_no_entries() -> None:
    from cvbib.find.entries import NOTE_LINE

    assert NOTE_LINE.match("**Key:** Author names in **bold** = K.M. Dolezal; † = student")
    assert NOTE_LINE.match("Staff member:\tKerrigan, Siobhan Maree (A/Prof)\t\tStaff ID: 00412876")
    assert not NOTE_LINE.match("Kerrigan SM, Walker J. Title of a paper. Med J Aust 2015.")


def test_notes_about_a_list_are_no_entries() -> None:
    from cvbib.find.entries import NOTE_LINE

    for text in (
        "*Justification:* First full-scale fatigue study of CFRP-strengthened T-girders.",
        "Main author = first, last and/or corresponding author. * corresponding author",
        "Automatically generated from my BibTeX file via BibBase. Last update: 2025-03-02.",
        "Nota: se indica con (*) al autor de correspondencia.",
    ):
        assert NOTE_LINE.match(text), text


def test_a_line_that_goes_on_with_the_stage_of_the_reference_above() -> None:
    text = (
        "Submitted Papers\n----------------\n\n"
        "  Chen, Y. and Marlow, D. K. (2023), “Optimal Transport Tests for Distribution Shift,”\n"
        "  under review at *Journal of the American Statistical Association*.\n"
    )
    records = cvbib.extract_text(text, "cv.txt").records
    assert len(records) == 1
    assert records[0].status == "under review"
    assert "Submitted to Journal of the American Statistical Association" in records[0].extra


def test_entries_under_a_stage_heading_and_a_link_to_the_latest_version() -> None:
    text = (
        "JULIAN ASHDOWN\n\nForthcoming\n\n"
        "'The Ethics of Suspended Judgement', *Philosophers' Imprint*.\n\n"
        "Job Market Paper\n\n"
        '"Credit and the Location of New Firms"\n\n[Latest version](https://example.org/jmp.pdf)\n'
    )
    records = cvbib.extract_text(text, "cv.md").records
    assert [r.title for r in records] == [
        "The Ethics of Suspended Judgement",
        "Credit and the Location of New Firms",
    ]
    assert records[0].status == "forthcoming"
    assert records[0].authors[0].family == "Ashdown"  # the owner, not printed


def test_an_export_note_and_a_consent_statement_are_no_entries() -> None:
    text = (
        "ELENCO DELLE PUBBLICAZIONI\n"
        "(estratto da IRIS - Institutional Research Information System, Università degli Studi "
        "di Padova, data di estrazione: 15/01/2024)\n\n"
        "1. Ferraresi, Chiara (2022). Cultural participation in Italy. POLIS, vol. 36, p. 95-122\n\n"
        "Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del "
        "Regolamento UE 2016/679.\n"
    )
    records = cvbib.extract_text(text, "cv.txt").records
    assert [r.title for r in records] == ["Cultural participation in Italy"]


def test_a_tabbed_date_column_one_reference_a_line() -> None:
    text = (
        "Peer-reviewed publications\n\n"
        "In press\tOkafor N*, Kimathi W. Thermal safety margins of montane amphibians. Ecological Monographs.\n"
        "2024\tOkafor N*, Adeyemi T. Developmental plasticity of thermal maxima. Global Change Biology 30:e17142.\n"
        "\tAdeyemi T, Okafor N*. Microhabitat buffering reduces heat exposure. Journal of Thermal Biology 121:103845.\n"
        "2020\tBaptiste R, Okafor N. Global assessment of amphibian vulnerability to\n"
        "\twarming using physiological limits. Nature Ecology & Evolution 4:1102-1110.\n"
    )
    records = cvbib.extract_text(text, "cv.txt").records
    assert [r.source.line for r in records] == [3, 4, 5, 6]
    assert records[1].year == 2024 and records[1].venue == "Global Change Biology"
    assert records[3].title.endswith("to warming using physiological limits")


def test_chemists_marks_after_initials_do_not_break_a_wrapped_title() -> None:
    text = (
        "Publications\n\n"
        "  S2. Haverford, J. L.^; Okafor, N. C.* Ligand-Accelerated Nickel-Catalyzed\n"
        "      Decarboxylative Arylation under Visible Light. Submitted to ACS Catal., 2024.\n"
    )
    (rec,) = cvbib.extract_text(text, "cv.txt").records
    assert (
        rec.title
        == "Ligand-Accelerated Nickel-Catalyzed Decarboxylative Arylation under Visible Light"
    )
