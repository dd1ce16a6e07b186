from __future__ import annotations

import pytest

import cvbib
from cvbib.find.sections import classify, split_sections, unfinished
from cvbib.read import read_document


@pytest.mark.parametrize(
    ("heading", "kind", "hint"),
    [
        ("PUBLICATIONS", "publication", None),
        (
            "Peer-Reviewed Conference Publications (reverse chronological order)",
            "publication",
            "inproceedings",
        ),
        ("Peer-Reviewed Journal Publications", "publication", "article"),
        ("Pre-print and Under-Review", "publication", "misc"),
        ("Ph.D. Thesis", "publication", "phdthesis"),
        ("Book Chapters", "publication", "incollection"),
        ("Selected Publications and Presentations", "publication", None),
        ("Publication Summary", "other", None),
        ("Invited Talks", "other", None),
        ("Tutorial Presentation", "other", None),
        ("Highlight Research Experience", "other", None),
        ("Conference Organization", "other", None),
        ("GRANTS (TOTAL: $1,272,177)", "other", None),
        ("News:", "other", None),
        ("FACULTY DEVELOPMENT PROGRAMMES / WORKSHOPS ATTENDED", "other", None),
        ("WORKSHOPS / EVENTS ORGANISED", "other", None),
        ("Articles that have appeared in Learned Journals", "publication", "article"),
        ("Blog Posts", "publication", "misc"),
        ("Anthologies", "publication", "incollection"),
        ("MFA Thesis Direction", "other", None),
        ("COMUNICAÇÕES ORAIS E POSTERS (sem publicação em atas)", "other", None),
        ("Zhijian Liu", "neutral", None),
        # a venue-kind word does not outweigh "presentations": these are talks
        ("Conference Presentations", "other", None),
        ("Invited Lectures and Conference Presentations", "other", None),
        # published abstracts beside talks (each talk is told apart by its words); a
        # meeting's abstracts beside presentations are what was presented
        ("Abstracts and Presentations", "publication", None),
        ("Conference Abstracts and Presentations (selected)", "other", None),
        ("Published Abstracts", "publication", None),
        ("ABSTRACTS PRESENTED AT MEETINGS", "publication", None),
        ("Papers Presented", "other", None),
        ("REVIEWS OF MY WORK", "other", None),
        ("Press Releases", "other", None),
        ("Late-Breaking Work & Posters", "publication", None),
        ("Professional Development Workshops Led", "other", None),
        ("Works in Progress", "publication", None),
        ("Revise and Resubmit", "publication", None),
        ("Papers under Review / R&R", "publication", "misc"),
        # outreach beside a publication word is what the articles are about
        ("Popular and Outreach Articles", "publication", "article"),
        ("Outreach", "other", None),
        ("Teaching and Outreach", "other", None),
        ("Short structure reports", "publication", "techreport"),
        # Harvard Medical School's CV format
        ("Peer-Reviewed Scholarship in print or other media:", "publication", None),
        ("Research Investigations", "publication", "article"),
        (
            "Abstracts, Poster Presentations and Exhibits Presented at Professional Meetings",
            "publication",
            None,
        ),
        ("Narrative Report", "other", None),
        # the document's title is no section of publications
        ("CURRICULUM VITAE AND LIST OF PUBLICATIONS", "neutral", None),
        # a musician's releases; an astronomer's data releases
        ("Releases", "other", None),
        ("Data Releases", "publication", "misc"),
        # Pure's pages: its outputs, and the charts and filters beside them
        ("Research output", "publication", None),
        ("Research output per year", "other", None),
        ("Publication year", "other", None),
        # Korean: research output, journal papers, books; presentations, education
        ("1. 국외 학술지 논문 (SSCI/SCIE)", "publication", "article"),
        ("5. 학술대회 논문집 게재", "publication", "inproceedings"),
        ("6. 학술대회 발표", "other", None),
        ("학력", "other", None),
        # Greek: publications; conference talks, whatever the English half says
        ("Δημοσιεύσεις / Publications", "publication", None),
        ("Ανακοινώσεις σε συνέδρια / Conference Papers", "other", None),
        # Mexico's CVU: papers in full in proceedings, popular-science articles; talks
        ("MEMORIAS EN EXTENSO  (Total: 5)", "publication", "inproceedings"),
        ("ARTÍCULOS DE DIVULGACIÓN", "publication", "misc"),
        ("PARTICIPACIÓN EN CONGRESOS (PONENCIAS)", "other", None),
        # Chinese: software copyright holds "著作" (a book), and is no publication
        ("6.3 软件著作权", "other", None),
        ("5.3 学术专著与章节", "publication", "book"),
        # a physicist's collaboration papers; an architect's buildings; an editor's roles
        ("Selected ATLAS Collaboration papers", "publication", None),
        ("Collaborations", "other", None),
        ("Built Work", "other", None),
        ("Editorial Board", "other", None),
        ("Editorials", "publication", "article"),
    ],
)
def test_classify_headings(heading: str, kind: str, hint: str | None) -> None:
    got_kind, _, got_hint = classify(heading)
    assert got_kind == kind
    if kind == "publication":
        assert got_hint == hint


def test_sections_in_plain_text_and_subheadings_inherit() -> None:
    text = (
        "JANE DOE\n\nTEACHING\n\nCourse 101, 2020\n\nPUBLICATIONS\n\nJournal\n\n"
        "A. B, C. D. Title one. Nature, 2020.\n\nINVITED TALKS\n\nTalk, 2021\n"
    )
    sections = split_sections(read_document("cv.txt", text))
    kinds = [(s.heading, s.kind) for s in sections if s.heading]
    assert kinds == [
        ("JANE DOE", "neutral"),
        ("TEACHING", "other"),
        ("PUBLICATIONS", "publication"),
        ("Journal", "publication"),
        ("INVITED TALKS", "other"),
    ]


def test_a_capitals_heading_of_unknown_words_ends_a_capitals_section() -> None:
    """ "FIELD CAMPAIGNS" is a section of its own, not part of "PUBLICATIONS"; what surely
    reads as references under such a heading ("CASE STUDIES") is still taken."""
    text = (
        "PUBLICATIONS\n\nDoe, J. (2020) 'A first paper on things'. Journal of Things, 3, 1-9.\n\n"
        "CASE STUDIES\n\nDoe, J. (2021) 'Greenway Housing Trust: mission and margin'. "
        "Cranfield: The Case Centre, Ref. 321-0045-1.\n\n"
        "FIELD CAMPAIGNS\n\n2022        MACIE (Marine Aerosol Experiment), Principal "
        "Investigator; R/V Ridgeline, northeast Pacific (6 weeks at sea)\n"
    )
    sections = split_sections(read_document("cv.txt", text))
    assert [(s.heading, s.kind, s.after_publication) for s in sections if s.heading] == [
        ("PUBLICATIONS", "publication", False),
        ("CASE STUDIES", "neutral", True),
        ("FIELD CAMPAIGNS", "neutral", False),
    ]
    titles = [r.title for r in cvbib.extract_text(text, "cv.txt").records]
    assert titles == ["A first paper on things", "Greenway Housing Trust: mission and margin"]


def test_underlined_capitals_headings_of_unknown_words_end_the_publications() -> None:
    """ "OBSERVING PROPOSALS" underlined like "PUBLICATIONS" is a section of its own; a
    wrapped line that happens to read "press (arXiv:...)" is no heading."""
    text = (
        "PUBLICATIONS\n------------\n\nRefereed\n\n"
        "R2.  Lindqvist, T. V., & Brandt, O. 2024, Late-time Radio Rebrightening in\n"
        "     Stripped-envelope Supernovae, ApJ, in\n"
        "     press (arXiv:2403.11872)\n\n"
        "OBSERVING PROPOSALS (PI ONLY)\n-----------------------------\n\n"
        '2023  PI, "Late-time Radio Rebrightening in Supernovae," VLA 23B-187, 42 hr\n'
    )
    sections = split_sections(read_document("cv.txt", text))
    assert [(s.heading, s.kind) for s in sections if s.heading] == [
        ("PUBLICATIONS", "publication"),
        ("Refereed", "publication"),
        ("OBSERVING PROPOSALS (PI ONLY)", "neutral"),
    ]
    records = cvbib.extract_text(text, "cv.txt").records
    assert [(r.source.line, r.year) for r in records if r.source] == [(6, 2024)]


def test_a_heading_wrapped_in_its_remark_is_one_heading() -> None:
    text = (
        "PUBLICATIONS\n------------\n\n"
        "Non-refereed Publications (conference proceedings, research notes,\n"
        "ATels and GCN circulars; selected)\n\n"
        "N1.  Okafor, C. N., & Haddad, R. 2023, Spectroscopic Classification of a Type Ibn\n"
        "     Supernova, ATel, 16102, 1\n"
    )
    sections = split_sections(read_document("cv.txt", text))
    assert [(s.heading, s.lineno, s.kind) for s in sections if s.heading][1] == (
        "Non-refereed Publications (conference proceedings, research notes, ATels and GCN "
        "circulars; selected)",
        4,
        "publication",
    )
    records = cvbib.extract_text(text, "cv.txt").records
    assert [(r.source.line, r.venue) for r in records if r.source] == [
        (7, "The Astronomer's Telegram")
    ]


def test_a_volume_and_pages_line_is_not_a_heading() -> None:
    from cvbib.read import read_document

    doc = read_document("cv.txt", "Publications\n\nVLDB J. 31(4): 755-780 (2022)\n", "text")
    headings = [s.heading for s in split_sections(doc) if s.heading]
    assert headings == ["Publications"]


def test_german_headings() -> None:
    assert classify("Veröffentlichungen")[0] == "publication"
    assert classify("Beiträge in Sammelbänden")[:3:2] == ("publication", "incollection")
    assert classify("Vorträge")[0] == "other"


def test_portuguese_and_italian_headings() -> None:
    from cvbib.find.sections import classify

    assert classify("Artigos completos publicados em periódicos")[::2] == ("publication", "article")
    assert classify("Trabalhos completos publicados em anais de congressos")[::2] == (
        "publication",
        "inproceedings",
    )
    assert classify("Atti di convegno")[::2] == ("publication", "inproceedings")
    assert classify("Apresentações de Trabalho")[0] == "other"
    assert classify("Didattica")[0] == "other"


def test_dutch_and_scandinavian_headings() -> None:
    assert classify("Wetenschappelijke artikelen (peer-reviewed)")[::2] == (
        "publication",
        "article",
    )
    assert classify("Hoofdstukken in boeken")[::2] == ("publication", "incollection")
    assert classify("Proefschrift")[::2] == ("publication", "phdthesis")
    assert classify("Vakpublicaties")[0] == "publication"
    assert classify("LEZINGEN EN PRESENTATIES")[0] == "other"
    assert classify("Onderwijs")[0] == "other"
    assert classify("Publikationer")[0] == "publication"


def test_a_remark_in_parentheses_does_not_make_a_heading_too_long() -> None:
    from cvbib.find.sections import is_heading
    from cvbib.read.document import Line

    line = Line(
        "Peer-Reviewed Articles and Book Chapters (independent career begins with No. 13)",
        5,
        "text",
    )
    assert is_heading(line, None, None)


def test_a_reports_numbered_sections() -> None:
    text = (
        "ANNUAL RESEARCH REPORT 2023\n\n1. Introduction\n\nStaff published outputs in journals, edited collections and\n"
        "monographs, and four candidates completed.\n\n2. Publications 2023\n\n"
        "1. Solberg, I. (2023) 'Nitrogen deposition reshapes networks', Journal of Ecology, 111(4), pp. 812–825.\n\n"
        "3. Grants awarded\n\n- Solberg, I. (PI) (2023) 'Belowground responses'. NERC Grant NE/X012345/1.\n"
    )
    sections = split_sections(read_document("report.txt", text))
    assert [(s.heading, s.kind) for s in sections if s.heading] == [
        ("Publications 2023", "publication"),
        ("Grants awarded", "other"),
    ]


def test_a_name_in_capitals_inside_a_block_is_no_heading() -> None:
    from cvbib.find.sections import is_heading
    from cvbib.read.document import Line

    def text(s: str) -> Line:
        return Line(s, 1, "text")

    assert not is_heading(
        text("PANGAEA"), text("Gridded drought indices"), text("2020-10 | Data set")
    )
    assert is_heading(text("PANGAEA"), Line("", 1, "blank"), Line("", 3, "blank"))
    assert is_heading(text("PUBLICATIONS"), text("Ends here."), text("Smith, J. (2020). Title."))


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Manuscripts in Preparation", True),
        ("Works in Progress", True),
        ("In Preparation", True),
        ("Working Papers and Work in Progress", False),
        ("Submitted Manuscripts and Manuscripts in Preparation", False),
        ("Journal Articles", False),
    ],
)
def test_unfinished_work_headings(heading: str, expected: bool) -> None:
    assert unfinished(heading) is expected


def test_a_stage_heading_under_grants_belongs_to_the_grants() -> None:
    text = (
        "PUBLICATIONS\n\nSubmitted\n\nA. B, C. D. Title one. Nature, 2020.\n\n"
        "GRANTS AND CONTRACTS\n\nGrant one, NSF, 2021.\n\nUnder Review\n\n"
        "Grant two, IES, 2025.\n"
    )
    sections = split_sections(read_document("cv.txt", text))
    kinds = [(s.heading, s.kind) for s in sections if s.heading]
    assert kinds == [
        ("PUBLICATIONS", "publication"),
        ("Submitted", "publication"),
        ("GRANTS AND CONTRACTS", "other"),
        ("Under Review", "other"),
    ]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Teaching Cases and Other Publications", "publication"),
        ("Teaching Cases", "publication"),
        ("Teaching Cases and Invited Talks", "other"),
        ("Teaching", "other"),
        ("Dissertations Supervised", "other"),
        ("Practitioner, Teaching, and Other Publications", "publication"),
        ("Publications on Teaching", "publication"),
        ("Talks and Teaching", "other"),
    ],
)
def test_teaching_cases_are_publications_and_supervised_theses_are_not(
    heading: str, kind: str
) -> None:
    assert classify(heading)[0] == kind


def test_outline_letters_and_stage_headings() -> None:
    text = (
        "PUBLICATIONS\n\nA. Refereed Journal Articles\n\n  Accepted / Published\n\n"
        "A. B, C. D. Title one. Nature, 2020.\n\nB. Book Chapters\n\n"
        "A. B. 2019. Title two. In: E. F, editors, Book. Publisher, City.\n\n"
        "C. Extension Publications\n\nA. B. 2021. Title three. Extension Bulletin E-3412.\n"
    )
    sections = split_sections(read_document("cv.txt", text))
    kinds = [(s.heading, s.kind) for s in sections if s.heading]
    assert kinds == [
        ("PUBLICATIONS", "publication"),
        ("A. Refereed Journal Articles", "publication"),
        ("Accepted / Published", "publication"),
        ("B. Book Chapters", "publication"),
        ("C. Extension Publications", "publication"),
    ]


def test_a_papers_subheading_under_presentations_is_talks() -> None:
    text = (
        "## PUBLICATIONS\n\n### Journal Articles\n\nA. B, C. D. (2020). Title one. *Nature*, "
        "1, 2-3.\n\n## CONFERENCE PRESENTATIONS\n\n### Symposia and Paper Presentations\n\n"
        "A. B. (2021, November). Talk title. Paper presented at the Annual Meeting, Boston.\n"
    )
    sections = split_sections(read_document("cv.md", text))
    kinds = [(s.heading, s.kind) for s in sections if s.heading]
    assert kinds[-1] == ("Symposia and Paper Presentations", "other")


def test_data_releases_and_telegrams_are_publications_of_their_own_kind() -> None:
    for heading in ("Data releases", "Datasets", "Astronomer's Telegrams", "GCN Circulars"):
        assert classify(heading)[0] == "publication" and classify(heading)[2] == "misc", heading
    for heading in ("Press Releases", "Software Releases", "Data Sets and Software"):
        assert classify(heading)[0] == "other", heading


def test_sections_of_what_was_presented() -> None:
    from cvbib.find.sections import presentations_only

    for heading in ("Posters & Talks", "Invited Presentations", "Conference Talks"):
        assert presentations_only(heading), heading
    for heading in ("Teaching", "Talks and Teaching", "Publications and Presentations"):
        assert not presentations_only(heading), heading


def test_chinese_and_japanese_headings() -> None:
    assert classify("論文 (Journal Papers)")[0] == "publication"
    assert classify("国際会議 (International Conferences)") == ("publication", 1.0, "inproceedings")
    assert classify("学位論文 (Theses)")[2] == "phdthesis"
    assert classify("期刊论文")[2] == "article"
    for heading in ("招待講演", "外部資金 (Research Grants)", "学歴"):
        assert classify(heading)[0] == "other", heading
    # the document's title names the CV, not a section
    assert classify("中村 悠真 — 研究業績 / Curriculum Vitae")[0] != "publication"


def test_cases_and_teaching_notes_are_publications() -> None:
    assert classify("CASES AND TEACHING NOTES")[0] == "publication"
    assert classify("Teaching")[0] == "other"


def test_a_line_alone_naming_publications_is_a_heading_and_case_reports_are_articles() -> None:
    import cvbib

    text = (
        "Research articles – independent career (University of Glasgow)\n\n"
        "17)  M. Sharma and N. O'Callaghan*, Chem. Sci., 2024, 15, 3318–3327.\n\n"
        "Case Reports\n\n"
        "12. Kim J, Castellanos HM. Fulminant giant cell myocarditis presenting as ventricular "
        "tachycardia storm. JACC Case Rep. 2021;3(2):312-6.\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [(r.source.line, r.type) for r in recs if r.source] == [(3, "article"), (7, "article")]


def test_press_and_job_market_paper_headings() -> None:
    from cvbib.find.sections import classify

    assert classify("Press")[0] == "other" and classify("In Press")[0] == "publication"
    assert classify("Job Market Paper") == ("publication", 1.0, "misc")


def test_headings_in_two_languages_and_popular_science() -> None:
    assert classify("Rapporter / Reports") == ("publication", 1.0, "techreport")
    assert classify(
        "Vetenskapliga artiklar i refereegranskade tidskrifter / Peer-reviewed journal articles"
    ) == ("publication", 1.0, "article")
    assert classify("Populärvetenskapliga texter / Popular science") == ("publication", 1.0, "misc")
    assert classify("Popular Science Talks")[0] == "other"
    assert classify("Books / Book Chapters") == ("publication", 1.0, "incollection")


def test_a_qualifier_under_presentations_qualifies_the_talks() -> None:
    doc = read_document(
        "cv.txt",
        "PUBLICATIONS\n\nSmith, J. (2020). A paper. Journal of Things, 3(1), 1-9.\n\n"
        "Presentations\n\nInvited\n\nSmith, J. (2024, May). A talk. ACSM Annual Meeting.\n\n"
        "Refereed (selected; see abstracts above)\n\n"
        "Smith, J. (2024, May). A poster [Poster presentation]. ACSM Annual Meeting, Boston.\n\n"
        "Peer-Reviewed Original Research\n\nSmith, J. (2019). Another paper. J. Stuff, 2, 3-4.\n",
    )
    kinds = {s.heading: s.kind for s in split_sections(doc)}
    assert kinds["Refereed (selected; see abstracts above)"] == "other"
    assert kinds["Peer-Reviewed Original Research"] == "publication"


def test_a_known_phrase_makes_a_heading_of_unknown_words() -> None:
    assert classify("NASA Technical Reports") == ("publication", 2 / 3, "techreport")


def test_non_archival_workshop_papers_are_papers() -> None:
    assert classify("Workshop Papers (non-archival)")[0] == "publication"


def test_papers_read_are_talks() -> None:
    assert classify("PAPERS READ")[0] == "other"
    assert classify("Papers Read at Meetings")[0] == "other"


def test_german_project_headings_are_no_publications() -> None:
    assert classify("VII. Drittmittelprojekte")[0] == "other"


def test_a_heading_in_two_languages_may_be_twice_as_long() -> None:
    text = (
        "Publications\n\n1. Smith, J. 2020. A paper on things. Journal of Things, 3, 1-2.\n\n"
        "Preprinty a rukopisy v recenzním řízení / Preprints and manuscripts under review\n\n"
        "1. Smith, J. A paper under review here. arXiv preprint arXiv:2502.11873. 2025.\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [(r.type, r.source.line) for r in recs] == [("article", 3), ("misc", 7)]  # type: ignore[union-attr]


def test_headings_with_commas_and_with_a_remark_in_lower_case() -> None:
    text = (
        "PUBLICATIONS\n\n"
        "Extension Publications\n"
        "Smith JB. 2019. Thinning young stands. Corvallis (OR): OSU Extension Service. EM 9231.\n\n"
        "Non-Refereed Articles, Data, and Other Products\n"
        "Smith JB. 2020. Why we thin: lessons from trials. Western Forester. 65(3):12–13.\n\n"
        "GRANTS AND CONTRACTS (total as PI/co-PI: $3.2 million)\n"
        "2022–2026\tUSDA NIFA AFRI Program, “Carbon and fire trade-offs of fuel treatments,” "
        "$649,000 (PI)\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [(r.type, r.title) for r in recs] == [
        ("techreport", "Thinning young stands"),
        ("article", "Why we thin: lessons from trials"),
    ]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Публикации", "publication"),
        ("Статьи в рецензируемых журналах", "publication"),
        ("Тезисы докладов", "publication"),
        ("Доклады на конференциях", "other"),
        ("Список докладов", "other"),
        ("Гранты", "other"),
    ],
)
def test_russian_headings(heading: str, kind: str) -> None:
    assert classify(heading)[0] == kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("📰 Selected Press", "other"),
        ("In the Press", "other"),
        ("In Press", "publication"),
        ("Selected Publications", "publication"),
    ],
)
def test_press_coverage_and_papers_in_press(heading: str, kind: str) -> None:
    assert classify(heading)[0] == kind


def test_selected_publications_in_a_sidebar_after_other_sections() -> None:
    html = (
        "<h2>Publications</h2><ol><li>Ortega M, Chen L. A paper on T cells. <em>J Exp Med</em>. "
        "2025;222(2):e20241187.</li></ol><h2>Honors</h2><ul><li>2024 Award</li></ul>"
        "<aside><h3>Quick Links</h3><ul><li>Download CV</li></ul><h3>Selected Publications</h3>"
        "<ul><li>Ortega M, et al. Lung-resident memory T cells are maintained locally. "
        "<em>Nature</em>. 2019;570(7760):230-235.</li></ul></aside>"
    )
    recs = cvbib.extract_text(html, "page.html").records
    assert [r.venue for r in recs] == ["Journal of Experimental Medicine", "Nature"]


@pytest.mark.parametrize(
    ("heading", "kind", "drafts"),
    [
        ("Work in Progress", "publication", True),
        ("Works in Progress", "publication", True),
        ("Work Experience", "other", False),
        ("Work", "neutral", False),
    ],
)
def test_work_in_progress_is_a_heading_of_drafts(heading: str, kind: str, drafts: bool) -> None:
    from cvbib.find.sections import unfinished

    assert (classify(heading)[0], unfinished(heading)) == (kind, drafts)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        (
            "B) Lektorált folyóiratcikkek magyar nyelven (Peer-reviewed journal articles)",
            "publication",
        ),
        ("E) Disszertáció (Dissertation)", "publication"),
        ("ELŐADÁSOK (INVITED TALKS AND CONFERENCE PRESENTATIONS) – válogatás (selection)", "other"),
        ("Journal Articles (selected)", "publication"),
    ],
)
def test_a_heading_in_an_unknown_language_is_read_in_its_translation(
    heading: str, kind: str
) -> None:
    assert classify(heading)[0] == kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("학술 발표 (Conference Presentations, no proceedings)", "other"),
        ("학술지 논문 (Journal Articles)", "publication"),
        ("저서 (Books)", "publication"),
        ("POPULAR PRESS", "other"),
        ("Popular Science Articles", "publication"),
    ],
)
def test_korean_headings_and_talks_without_proceedings(heading: str, kind: str) -> None:
    assert classify(heading)[0] == kind


@pytest.mark.parametrize(
    ("heading", "kind", "hint"),
    [
        ("Vitenskapelige artikler", "publication", "article"),
        ("Bokkapitler", "publication", "incollection"),
        ("Rapporter og utredninger", "publication", "techreport"),
        ("Doktorgradsavhandling", "publication", "phdthesis"),
        ("Manus under vurdering / innsendt", "publication", "misc"),
        ("Foredrag (utvalg)", "other", None),
        ("FORSKNINGSPROSJEKTER OG FINANSIERING", "other", None),
        ("4.1. Bài báo trên tạp chí quốc tế (ISI/Scopus)", "publication", "article"),
        ("4.3. Bài báo hội nghị", "publication", "inproceedings"),
        ("4.4. Sách, giáo trình, chương sách", "publication", "book"),
        ("4.5. Luận án, luận văn", "publication", "phdthesis"),
        ("5. Đề tài nghiên cứu", "other", None),
        ("7. Báo cáo mời", "other", None),
    ],
)
def test_norwegian_and_vietnamese_headings(heading: str, kind: str, hint: str | None) -> None:
    got = classify(heading)
    assert (got[0], got[2]) == (kind, hint)


def test_institution_codes_under_a_reference_are_no_heading() -> None:
    text = (
        "Vitenskapelige artikler\n-----------------------\n\n"
        "Haugland, Ingrid Marie. Youth unemployment revisited. Acta Sociologica 2018 ;Volum "
        "61.(1) s. 58-74\nOSLOMET\n\nHaugland, Ingrid Marie. Kjønn og klasse. Sosiologisk "
        "tidsskrift 2013 ;Volum 21.(2) s. 135-156\nUiO OSLOMET\n\nUTDANNING\n\nPh.d. 2012\n"
    )
    doc = read_document("cv.txt", text)
    assert [(s.heading, s.kind) for s in split_sections(doc)] == [
        ("Vitenskapelige artikler", "publication"),
        ("UTDANNING", "other"),
    ]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Articles dans une revue", "publication"),  # HAL's document types
        ("Communications dans un congrès", "publication"),
        ("Pré-publications, documents de travail", "publication"),
        ("Communications", "neutral"),  # (English "Science Communications", "Oral
        ("Oral Communications", "neutral"),  # Communications": outreach or talks)
        ("Discography", "other"),
        ("Scores Published By", "other"),
        ("Artifacts", "other"),
        ("Publications and Artifacts", "publication"),
    ],
)
def test_headings_of_hal_lists_composers_and_artifacts(heading: str, kind: str) -> None:
    assert classify(heading)[0] == kind


def test_numbered_headings_with_a_remark_or_in_a_script_without_capitals() -> None:
    text = (
        "12.  PUBLICATIONS\n\n     1.  Akintola, O.B. (2019). A Title of a Paper. Journal of "
        "Things, 4(2): 1-9.\n\n13.  PAPERS READ AT CONFERENCES (last five years)\n\n"
        "     (i)   Akintola, O.B. (2023). A Talk Title. Paper read at the NAAE, Minna.\n\n"
        "4. ผลงานวิชาการ (Academic Publications)\nหมายเหตุ: * = corresponding author\n\n"
        "1.\tSrisawat, N. (2019). Kinetics of colour. Journal of Food Engineering, 262, 145–153.\n"
    )
    sections = split_sections(read_document("cv.txt", text))
    assert [(s.heading, s.kind) for s in sections if s.heading] == [
        ("PUBLICATIONS", "publication"),
        ("PAPERS READ AT CONFERENCES (last five years)", "other"),
        ("ผลงานวิชาการ (Academic Publications)", "publication"),
    ]


def test_record_fields_under_an_entry_are_no_heading() -> None:
    text = (
        "Journal Article, Academic\n\nAbernathy, D. K. (2023). Simulation-based education. "
        "Nurse Education Today, 121, 105702.\n\nStatus: Published; Refereed: Yes; Scope: "
        "International\n\nOrtega-Baines, P. (2023). Rural nurses’ experiences. Western Journal "
        "of Nursing Research, 45(6), 512–521.\n"
    )
    recs = cvbib.extract_text(text, "cv.txt").records
    assert [r.year for r in recs] == [2023, 2023]
    assert recs[0].extra[-1] == "Status: Published; Refereed: Yes; Scope: International"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("A. Personal Statement", "publication"),  # an NIH biosketch cites four papers there
        ("C. Contribution to Science", "publication"),
        ("D. Research Support", "other"),
        ("Complete List of Published Work in My Bibliography:", "other"),
        ("Products", "publication"),  # NSF's biosketch
        ("Synergistic Activities", "other"),
        ("Professional Preparation", "other"),  # not "in preparation"
        ("Forskningsoutput", "publication"),  # Pure in Danish
        ("Seneste aktiviteter", "other"),
        ("Producción bibliográfica - Artículo - Publicado en revista especializada", "publication"),
        ("Trabajos en eventos", "publication"),
        ("Eventos científicos", "other"),
        ("Master’s Theses (Chair)", "other"),  # the students' theses the owner directed
        ("Software components", "publication"),  # RePEc's
        ("Radovi u časopisima", "publication"),  # CROSBI's, in Croatian
        ("Poglavlja u knjigama", "publication"),
        ("MISC", "publication"),  # researchmap's other publications
        ("Informes técnicos", "publication"),
        ("Trabajos en eventos científico-tecnológicos no publicados", "other"),
        ("KEYNOTE AND INVITED ADDRESSES", "other"),
        ("EDITORIAL AND PEER REVIEW", "other"),
    ],
)
def test_headings_of_biosketches_pure_and_cvlac(heading: str, kind: str) -> None:
    assert classify(heading)[0] == kind


def test_lettered_outline_headings_fields_and_paths_of_kinds() -> None:
    text = (
        "(a) Professional Preparation\n\nUniversity of X, BS, 2007\n\n"
        "(b) Products\n\n1. Doe, J. (2020). A paper on things. Journal of X, 1(2), 3-4.\n\n"
        "(c) Synergistic Activities\n\n1. Convener, AGU session on snow.\n\n"
        "Tipo de producto:Producción bibliográfica - Artículo - Publicado\nNombre: J. DOE\n\n"
        "Producción técnica - Consultoría Científico Tecnológica e Informe Técnico - Servicios de proyectos de IDI\n"
        "Evaluación de impacto del programa, En: Colombia, 2020\n"
    )
    sections = split_sections(read_document("cv.txt", text, None))
    assert [(s.heading, s.kind) for s in sections if s.heading] == [
        ("Professional Preparation", "other"),
        ("Products", "publication"),
        ("Synergistic Activities", "other"),
        (
            "Producción técnica - Consultoría Científico Tecnológica e Informe Técnico - "
            "Servicios de proyectos de IDI",
            "other",
        ),
    ]


def test_a_numbered_section_in_capitals_after_the_numbered_entries() -> None:
    text = (
        "7.5 Technical reports\n\n25.\tMashaba, N.R. (2022) Evaluation of a programme. Research "
        "Report No. 14/2022. Pretoria\n\n8. KEYNOTE AND INVITED ADDRESSES\n"
        "•\tMashaba, N.R. (2023) ‘Coalitions without rules?’. Keynote address, SAAPAM, 2023.\n"
    )
    sections = split_sections(read_document("cv.txt", text, None))
    assert [s.kind for s in sections if s.heading] == ["publication", "other"]


def test_a_canadian_common_cv_count_under_another_section() -> None:
    text = (
        "Student/Postdoctoral Supervision\n\nBACHELOR'S HONOURS [n=6]\n"
        "Master's Thesis [n=5]\n2021/9 - 2023/8  Principal Supervisor, C. Okafor\n"
    )
    kinds = {s.heading: s.kind for s in split_sections(read_document("ccv.txt", text, None))}
    assert kinds.get("Master's Thesis [n=5]", "other") == "other"


def test_theses_under_the_supervision_heading_are_the_students() -> None:
    # a French HDR: "Encadrement" > "Thèses soutenues" lists the theses the owner directed
    text = (
        "\\section{Encadrement}\n\\subsection*{Th\\`eses soutenues}\n\\begin{enumerate}\n"
        "\\item J. Marchand (2015--2018), co-encadrement \\`a 50\\,\\%. \\emph{Estimation "
        "spectrale parcimonieuse}. Soutenue le 12/12/2018.\n\\end{enumerate}\n"
        "\\section{Publications}\n\\subsection*{Th\\`ese}\n\\begin{enumerate}\n"
        "\\item C. Lef\\`evre, \\emph{Parcimonie et graphes}, th\\`ese de doctorat, Universit\\'e "
        "Grenoble Alpes, 2012.\n\\end{enumerate}\n"
    )
    kinds = [(s.heading, s.kind) for s in split_sections(read_document("hdr.tex", text))]
    assert ("Thèses soutenues", "other") in kinds
    assert ("Thèse", "publication") in kinds


def test_a_numbered_outline_in_text_copied_from_a_pdf() -> None:
    # an ERC track record: numbered sections with no blank lines around them; "5. Major
    # contributions ..." continues the outline, whatever its words
    text = (
        "Section c: Ten-year track record\n"
        "1. Publications in major international peer-reviewed journals (as main author)\n"
        "Main author = first, last and/or corresponding author.\n"
        '[1] I. Valtonen, P. Marquardt, "Interphase engineering of sulfide electrolytes", Nat. '
        "Energy 8, 1127-1138 (2023).\n"
        "2. Research monographs and book chapters\n"
        '[2] I. Valtonen, "Electrochemical characterisation", in: M. Ostrowski (Eds.), Solid '
        "Electrolytes, Springer, Cham (2019), pp. 87-121.\n"
        "3. Granted patents\n"
        'P1. I. Valtonen, "Method for coating particles", FI 130512 B (2023).\n'
        "4. Major contributions to the early careers of excellent researchers\n"
        "Former PhD student Dr. H. Brandvold is now a Research Scientist at Northvolt.\n"
    )
    kinds = [(s.heading[:20], s.kind) for s in split_sections(read_document("erc.txt", text))]
    assert kinds[1:] == [
        ("Publications in majo", "publication"),
        ("Research monographs ", "publication"),
        ("Granted patents", "other"),
        ("Major contributions ", "other"),
    ]


def test_an_editorial_heading_is_what_its_section_is() -> None:
    # "Editorial" alone names roles under "Service", editorials under "Publications"
    cv = (
        "## Publications\n\n### Editorial\n\n- Raman P. Wearables in cardiology. Heart. "
        "2022;108(3):170-171.\n\n## Professional Service\n\n### Editorial\n\n"
        "- 2018-       Editorial Board, Circulation: Heart Failure\n"
    )
    sections = split_sections(read_document("cv.md", cv))
    editorial = [s.kind for s in sections if s.heading == "Editorial"]
    assert editorial == ["publication", "other"]
