from __future__ import annotations

import pytest

from cvbib.model import Person
from cvbib.parse.names import looks_like_name, person_from_given_family, split_names


def names(text: str) -> list[tuple[str, str]]:
    return [(n.person.given, n.person.family) for n in split_names(text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zirui Liu*, Jiayi Yuan*, and Xia Hu",
            [("Zirui", "Liu"), ("Jiayi", "Yuan"), ("Xia", "Hu")],
        ),
        (
            "Chuang, Yu-Neng, Tianwei Xing, and Xia Hu",
            [("Yu-Neng", "Chuang"), ("Tianwei", "Xing"), ("Xia", "Hu")],
        ),
        (
            "Huang, Tianjin and Meng, Fang and Shiwei Liu",
            [("Tianjin", "Huang"), ("Fang", "Meng"), ("Shiwei", "Liu")],
        ),
        (
            "Smith, J. A., Jones, B., & de la Torre, C.",
            [("J. A.", "Smith"), ("B.", "Jones"), ("C.", "de la Torre")],
        ),
        (
            "Sekijima Y, Dendle MA, Li WXY",
            [("Y.", "Sekijima"), ("M. A.", "Dendle"), ("W. X. Y.", "Li")],
        ),
        ("Lee K.H., Ng C.F.", [("K. H.", "Lee"), ("C. F.", "Ng")]),
        # a family name that is also a particle, in Vancouver form
        ("Das A, Menon KR", [("A.", "Das"), ("K. R.", "Menon")]),
        ("Di Stefano A, Rossi M", [("A.", "Di Stefano"), ("M.", "Rossi")]),
        ("G.R.R. Martin and L. van der Maaten", [("G. R. R.", "Martin"), ("L.", "van der Maaten")]),
        ("Christopher De Sa, Tim Van der Lee", [("Christopher", "De Sa"), ("Tim", "Van der Lee")]),
        ("AJAY KUMAR JAISWAL, Duc N.M Hoang", [("Ajay Kumar", "Jaiswal"), ("Duc N. M.", "Hoang")]),
        ("Soo-Hyun Choi†, Jacob R. Gardner", [("Soo-Hyun", "Choi"), ("Jacob R.", "Gardner")]),
        (
            "A. Vaswani, N. Shazeer, and N. Parmar",
            [("A.", "Vaswani"), ("N.", "Shazeer"), ("N.", "Parmar")],
        ),
        ("刘子铭, Yang You", [("子铭", "刘"), ("Yang", "You")]),
        ("World Health Organization", [("", "World Health Organization")]),
    ],
)
def test_name_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_marks_and_et_al() -> None:
    parsed, et_al = split_names("Zirui Liu*, Jiayi Yuan†, Xia Hu, et al.")
    assert [n.equal for n in parsed] == [True, True, False]
    assert et_al


@pytest.mark.parametrize(
    "text", ["Jikai Long", "Yang You", "Christopher De Sa", "Xin Y", "Zhang, W."]
)
def test_names_look_like_names(text: str) -> None:
    assert looks_like_name(text.split(",")[0])


@pytest.mark.parametrize(
    "text",
    [
        "Deep Learning",
        "StoreLLM: Energy",
        "Efficient Parameter Update Strategy for Systems",
        "2020",
    ],
)
def test_title_fragments_are_not_names(text: str) -> None:
    assert not looks_like_name(text)


def test_person_csl() -> None:
    assert Person("De Sa", "Christopher").to_csl() == {"family": "De Sa", "given": "Christopher"}
    assert Person.from_csl({"literal": "WHO"}) == Person("WHO")
    assert Person.from_csl(
        {"family": "Maaten", "given": "L.", "non-dropping-particle": "van der"}
    ) == Person("van der Maaten", "L.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("KIM, J., & LEE, S.", [("J.", "Kim"), ("S.", "Lee")]),
        ("KIM Jong-un, PARK Ji-sung", [("Jong-un", "Kim"), ("Ji-sung", "Park")]),
        ("ZHANG Wei and LIU Zirui", [("Wei", "Zhang"), ("Zirui", "Liu")]),
        ("JK Rowling", [("J. K.", "Rowling")]),  # initials, not a family name in capitals
        ("ATLAS Collaboration, G. Aad", [("", "ATLAS Collaboration"), ("G.", "Aad")]),
    ],
)
def test_family_names_in_capitals(text: str, want: list[tuple[str, str]]) -> None:
    assert [(n.person.given, n.person.family) for n in split_names(text)[0]] == want


def test_spanish_y_joins_two_authors_but_not_one_compound_name() -> None:
    names = [str(n.person) for n in split_names("J. Pérez y R. Díaz")[0]]
    assert names == ["J. Pérez", "R. Díaz"]
    assert len(split_names("José Ortega y Gasset")[0]) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # student co-authors marked after the initials
        ("Nguyen, T.^, & Brooks, L. M.", [("T.", "Nguyen"), ("L. M.", "Brooks")]),
        (
            "Patel, A. R.ᵃ, Brooks, L. M., & Kim, J.-H.^",
            [("A. R.", "Patel"), ("L. M.", "Brooks"), ("J.-H.", "Kim")],
        ),
        # Google Scholar cuts long author lists with an ellipsis
        ("JH Park, D Okafor, K Müller…", [("J. H.", "Park"), ("D.", "Okafor"), ("K.", "Müller")]),
    ],
)
def test_marks_after_names_and_cut_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_vancouver_initials_with_accents_and_hyphens() -> None:
    names, _ = split_names("Bianchi G, Dufresne É, Park J-H, Nguyen TH")
    assert [(n.person.given, n.person.family) for n in names] == [
        ("G.", "Bianchi"),
        ("É.", "Dufresne"),
        ("J.-H.", "Park"),
        ("T. H.", "Nguyen"),
    ]


def test_bibbase_semicolon_and_lists_and_nordic_initials() -> None:
    names, _ = split_names("Raghunathan, P.; Lindqvist, H. Ø.; Chen, Y.; and de la Torre, M.")
    assert [(n.person.given, n.person.family) for n in names] == [
        ("P.", "Raghunathan"),
        ("H. Ø.", "Lindqvist"),
        ("Y.", "Chen"),
        ("M.", "de la Torre"),
    ]


def test_korean_names_written_together() -> None:
    names, _ = split_names("김민수, 이서연, 박지훈")
    assert [(n.person.given, n.person.family) for n in names] == [
        ("민수", "김"),
        ("서연", "이"),
        ("지훈", "박"),
    ]


def test_a_trainee_mark_after_a_name_is_dropped() -> None:
    names, _ = split_names("Tanaka, R.+, Zhao, Y., and Vöhringer, K. J.")
    assert [(n.person.family, n.person.given) for n in names] == [
        ("Tanaka", "R."),
        ("Zhao", "Y."),
        ("Vöhringer", "K. J."),
    ]


def test_a_first_author_with_two_family_names_written_family_first() -> None:
    names, _ = split_names(
        "Ferreira Castellanos, Daniela, Kwame Asante-Mensah, and Lucía de la Torre"
    )
    assert [(n.person.given, n.person.family) for n in names] == [
        ("Daniela", "Ferreira Castellanos"),
        ("Kwame", "Asante-Mensah"),
        ("Lucía", "de la Torre"),
    ]


def test_a_name_never_starts_with_the() -> None:
    assert not looks_like_name("The Ones Who Stay")
    assert looks_like_name("Jane Eyre")


def test_family_names_with_particles_before_initials() -> None:
    names, _ = split_names("García-López, M., de la Fuente Moreno, A., & Sánchez de la Vega, P.")
    assert [(n.person.given, n.person.family) for n in names] == [
        ("M.", "García-López"),
        ("A.", "de la Fuente Moreno"),
        ("P.", "Sánchez de la Vega"),
    ]


def test_a_first_author_inverted_with_two_given_names() -> None:
    names, _ = split_names("Gutiérrez, Ana María, and Rebecca L. Castellanos")
    assert [(n.person.family, n.person.given) for n in names] == [
        ("Gutiérrez", "Ana María"),
        ("Castellanos", "Rebecca L."),
    ]
    names, _ = split_names("Maria Lopez, Ana Garcia, and Bob Jones")
    assert [n.person.family for n in names] == ["Lopez", "Garcia", "Jones"]


def test_irish_mac_and_nic_belong_to_the_family_name() -> None:
    assert person_from_given_family("Ruairí Mac Giolla") == Person("Mac Giolla", "Ruairí")
    assert person_from_given_family("Niamh Nic Gabhann") == Person("Nic Gabhann", "Niamh")


@pytest.mark.parametrize(
    ("name", "given", "family"),
    [
        ("Nguyễn Văn An", "Văn An", "Nguyễn"),
        ("Trần Thị Bích", "Thị Bích", "Trần"),
        ("Lê Hoàng Minh", "Hoàng Minh", "Lê"),
        ("Cao Xuân Hữu", "Xuân Hữu", "Cao"),
        # Western order, or no Vietnamese letter to say otherwise
        ("Mai Anderson", "Mai", "Anderson"),
        ("Mai Lan Anh", "Mai Lan", "Anh"),
        ("José Hồ", "José", "Hồ"),
    ],
)
def test_vietnamese_names_in_their_own_order(name: str, given: str, family: str) -> None:
    assert person_from_given_family(name) == Person(family=family, given=given)


def test_one_person_between_semicolons_with_two_given_names() -> None:
    names, _ = split_names("Eggesbø, Jon Kristian; Haugland, Ingrid Marie; Lindahl, Maja")
    assert [(n.person.given, n.person.family) for n in names] == [
        ("Jon Kristian", "Eggesbø"),
        ("Ingrid Marie", "Haugland"),
        ("Maja", "Lindahl"),
    ]


def test_names_in_scripts_without_capitals_and_apa_korean_initials() -> None:
    assert looks_like_name("خالد حمد الرشيدي")
    assert not looks_like_name("مقدمة في الأنظمة المدمجة وإنترنت الأشياء")  # a title
    names, _ = split_names("Seo, J.-w., & Strand, H. M.")
    assert [(n.person.given, n.person.family) for n in names] == [
        ("J.-w.", "Seo"),
        ("H. M.", "Strand"),
    ]
    names, _ = split_names("PD Dr. Heike Müller")
    assert [(n.person.given, n.person.family) for n in names] == [("Heike", "Müller")]
    names, _ = split_names("Dr. phil. Heike Müller and Phil Smith")
    assert [(n.person.given, n.person.family) for n in names] == [
        ("Heike", "Müller"),
        ("Phil", "Smith"),
    ]


def test_elided_particles_begin_family_names() -> None:
    from cvbib.parse.names import looks_like_name

    assert looks_like_name("F. d'Aubigné") and looks_like_name("Lucia dell’Acqua")
    assert not looks_like_name("l'arte della")


def test_a_chinese_family_name_of_two_characters_stays_whole() -> None:
    from cvbib.parse.names import person_from_given_family

    assert person_from_given_family("欧阳明") == Person(family="欧阳", given="明")
    assert person_from_given_family("孙浩然") == Person(family="孙", given="浩然")
    assert person_from_given_family("제갈현") == Person(family="제갈", given="현")
