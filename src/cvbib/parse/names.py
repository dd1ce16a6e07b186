"""Author names in every form CVs use, to :class:`~cvbib.model.Person`.

"Given Family", "Family, Given", "Family, G. G.", Vancouver "Family GG", initials with or
without periods ("G.R.R. Martin", "Duc N.M Hoang"), particles ("De Sa", "van der Maaten",
"de la Torre"), ALL CAPS, hyphenated and CJK names; equal-contribution marks (* †) and
"et al." are recognised and removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from cvbib.data import word_set
from cvbib.model import Person

MARKS = "*†‡§¶#✉"  # (✉: the corresponding author)
# Marks after a name: equal contribution (*, †), footnotes (^1, ¹), student co-authors
# ("Nguyen, T.^", "Castillo-Reyes, M.ᵃ")
# "Tanaka, R.+": a trainee's mark after a name, as CVs mark postdocs
MARK_RE = re.compile(r"[*†‡§¶#✉]+|\^\{?[*†‡\d,a-z]*\}?|(?<=[a-z.])[¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉ+]+")
# "et al.", and the ellipsis Google Scholar puts where it cuts an author list ("K Müller…")
# (and Japanese and Chinese "他", "ほか", "等")
ET_AL = re.compile(
    r"\bet\s*\.?\s*al\b\.?|\betc\b\.?|\band\s+(?:others|coauthors|co-authors)\b|\s*(?:…|\.\.\.)\s*$|(?<=,)\s*(?:他|ほか|等人?)\s*$",
    re.I,
)
# (German ranks run together: "PD Dr. Henrike ...", "Univ.-Prof. Dr. med. ...")
# ("Dr. phil." needs its period: "Phil Smith" is a name)
TITLES = re.compile(
    r"^(?:(?:dr|prof|professor|mr|mrs|ms|sir|pd|priv\.-doz|univ\.-prof)\.?\s+"
    r"|(?:apl|doz|habil|med|phil|rer\.\s?nat)\.\s+)+",
    re.I,
)
LETTER = r"[^\W\d_]"
# vowel and tone marks Python's \w leaves out: Thai's ("ณัฐพงษ์ ศรีสวัสดิ์"), Devanagari's
# (and the zero-width non-joiner inside Persian names: "علی‌رضا")
COMBINING_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0900-\u0903\u093a-\u094f\u200c"
# One token of a personal name: Capitalised (any script), particle, initial(s), CJK run.
NAME_TOKEN = re.compile(
    rf"^(?:{LETTER}[\w'’`\-{COMBINING_MARKS}]*\.?|(?:[A-Z]\.-?)+[A-Z]?\.?|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+)$"
)
INITIALS = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ]\.?-?)+$")
# "Sekijima Y", "Dufresne É", "Park J-H": a Vancouver name's initials
VANCOUVER_INITIALS = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ]{1,4}|[A-Z]-[A-Z])$")  # "Yılmaz Ş"
ALL_CAPS_FAMILY = re.compile(r"(?=[A-ZÀ-ÖØ-Þ-]*[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ü])[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ-]{2,}")
# Chinese and Korean (Hangul) names written together: the first character is the family
# Words that name a body or a series, never part of a person's name
INSTITUTION_WORDS = frozenset({
    "Banco", "Bank", "Banque", "Bundesbank", "University", "Universidad", "Universität",
    "Université", "Università", "Universidade", "Institute", "Instituto", "Institut",
    "Department", "Ministry", "Ministerio", "Working", "Borradores", "Documentos", "Series",
    "Discussion", "Laboratory", "Foundation", "Fundación", "Council", "Agency",
})  # fmt: skip
# Scripts without capitals (Arabic, Hebrew): any word of them may be a name's
# letters of scripts without capitals: Hebrew, Arabic, Thai, Devanagari
CASELESS_LETTER = re.compile(
    "[\u0590-\u05ff\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0e01-\u0e2e\u0e40-\u0e44\u0904-\u0939]"
)
CJK = re.compile(r"^(?:[\u3400-\u9fff]+|[\uac00-\ud7a3]+)$")
# Endings of English nouns and adjectives that are (nearly) never name words.
TITLE_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ics|ogy|ical|ous|able|ible|ful|less)s?$")
# Last words of group authors: "The ATLAS Collaboration", "HFpEF-CARE Investigators".
CORPORATE_ENDINGS = frozenset(
    [
        "collaboration",
        "collaborators",
        "consortium",
        "group",
        "organization",
        "organisation",
        "team",
        "committee",
        "association",
        "society",
        "institute",
        "council",
        "agency",
        "investigators",
        "trialists",
        "network",
        "initiative",
        "authority",
        "commission",
        "foundation",
    ]
)
DOTTED_INITIAL = re.compile(r"[A-ZА-ЯЁ]\.(?:-[A-ZА-ЯЁ]\.)?")
PURE_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.?\s?-?){1,3}")
# "and" in the languages CVs are written in (Czech and Slovak "a", Polish "i", and the
# dash between Hungarian names, "Kovács P. – Balogh G."); the
# one-letter ones only in lower case, so that an initial "Y" or "E" is never taken for one.
# ("; and" as BibBase writes it: "Kim, J.; and Raghunathan, P.")
SPLIT_AND = re.compile(
    # ("Müller, Tobias/Schmidt, Katrin": a slash between people, German social science's)
    r"(?<=[\w.])/(?=[A-ZÄÖÜ])|\s*(?:;(?:\s*(?:and|&|und|et)\s+)?|\s&\s|,?\s+and\s+|,?\s+&\s+|,?\s+und\s+|,?\s+et\s+|,?\s+(?-i:y|e|och|og|a|i)\s+|,?\s+(?:และ|و)\s+|\s[–—]\s)\s*",
    re.I,
)
# Without a comma or an initial in the list, "y" is part of one name: "José Ortega y Gasset".
SPLIT_AND_NO_Y = re.compile(
    r"\s*(?:;(?:\s*(?:and|&|und|et)\s+)?|\s&\s|,?\s+and\s+|,?\s+&\s+|,?\s+und\s+|,?\s+et\s+|,?\s+(?-i:och|og|a|i)\s+|,?\s+(?:และ|و)\s+|\s[–—]\s)\s*",
    re.I,
)
_LIST_MARKS = re.compile(r",|\b[A-Z]\.")


@dataclass(frozen=True)
class ParsedName:
    person: Person
    equal: bool  # marked with * or † (equal contribution)


def cjk_compounds() -> frozenset[str]:
    return word_set("cjk_compound_surnames.txt")


def particles() -> frozenset[str]:
    return word_set("particles.txt")


@lru_cache(maxsize=1)
def particle_prefix() -> str:
    """A regex fragment for the lower-case particles before a family name ("van der ",
    "de la "), for the style readers' name patterns (one-letter ones left out: "y", "ó")."""
    words = sorted((w for w in particles() if len(w) > 1 and w.isalpha()), key=len, reverse=True)
    return r"(?:(?:" + "|".join(map(re.escape, words)) + r")\s+)*"


def title_words() -> frozenset[str]:
    return word_set("title_words.txt")


def is_title_word(word: str) -> bool:
    return word in title_words() or bool(TITLE_SUFFIX.search(word))


GLUED_INITIAL = re.compile(r"\b([A-Z]\.)(?=[A-Z][a-z])")


@lru_cache(maxsize=65536)
def clean_piece(piece: str) -> tuple[str, bool]:
    """Strip marks and titles from one name; says whether it carried an equal-contribution mark."""
    equal = any(c in piece for c in "*†‡")
    piece = MARK_RE.sub("", piece)
    piece = re.sub(r"\(.*?\)", "", piece)  # "(corresponding author)", "(equal)"
    piece = TITLES.sub("", piece.strip())
    # "R.Kavitha", "M.Senthil Kumar": an initial typed without its space
    piece = GLUED_INITIAL.sub(r"\1 ", piece)
    piece = re.sub(r"\s+", " ", piece).strip(" .,;:")
    # Keep the final period of an initial ("Lee K.H." -> "K.H.")
    return piece, equal


ELIDED_PARTICLE = re.compile(r"^(?:d|l|dell|degl|dall|all)['’](?=[A-ZÀ-Þ])")


def is_name_token(tok: str) -> bool:
    if tok.lower() in particles():
        return True
    elided = ELIDED_PARTICLE.match(tok)
    if elided:  # "d'Aubigné", "dell'Acqua": an elided particle, then the name
        tok = tok[elided.end() :]
    return bool(NAME_TOKEN.match(tok)) and (
        tok[0].isupper() or bool(CJK.match(tok[0])) or bool(CASELESS_LETTER.match(tok[0]))
    )


@lru_cache(maxsize=65536)
def looks_like_name(piece: str, *, strict: bool = True) -> bool:
    """Could this comma-separated piece be one person's name?"""
    piece, _ = clean_piece(piece)
    if not piece or len(piece) > 60 or any(ch.isdigit() for ch in piece):
        return False
    if re.search(r"[:!?\"“”()\[\]{}/|]", piece):
        return False
    toks = piece.split()
    if not 1 <= len(toks) <= 6:
        return False
    if not all(is_name_token(t) for t in toks):
        return False
    if len(toks) > 4 and all(CASELESS_LETTER.match(t) for t in toks):
        return False  # five words of Arabic or Hebrew are a title's, not a name's
    if any(t in INSTITUTION_WORDS for t in toks):
        return False  # "Banco de la República", "Borradores de Economía": a body, a series
    if toks[0].lower() in particles() and len(toks) == 1:
        return False
    if toks[0] == "The" and len(toks) > 1:
        return False  # "The Ones Who Stay": a title (a band would be an author, not a person)
    if strict:
        titled = [is_title_word(t.lower().strip(".")) for t in toks]
        # "Deep Learning" is a title fragment, "Yang You" and "Jikai Long" are names.
        if len(toks) > 1 and sum(titled) >= max(2, len(toks) - 1):
            return False
        if len(toks) == 1 and titled[0]:
            return False
    return True


def _dot_initials(s: str) -> str:
    """'GR' -> 'G. R.', 'K.H.' -> 'K. H.', 'N.M' -> 'N. M.', 'J.-P.' -> 'J.-P.'"""
    if "-" in s:
        return "-".join(_dot_initials(p) for p in s.split("-"))
    letters = [c for c in s if c.isupper()]  # "Ş", "Ł" too
    return " ".join(f"{c}." for c in letters)


def _norm_case(tok: str) -> str:
    """ALL CAPS or all lower name words to Title Case (keeping particles and initials; a
    particle in capitals is one in lower case: "RAMÍREZ DE LA CRUZ" is "Ramírez de la Cruz")."""
    if tok.lower() in particles():
        return tok.lower() if len(tok) > 1 and tok.isupper() else tok
    if len(tok) > 2 and (tok.isupper() or tok.islower()):
        # (Turkish "ÇETİNKAYA": its dotted capital İ is a plain i, not "i" and a dot above)
        return "-".join(p[:1].upper() + p[1:].replace("İ", "I").lower() for p in tok.split("-"))
    return tok


def _given(tokens: list[str]) -> str:
    out = []
    for t in tokens:
        if (
            INITIALS.match(t.replace(".", "").replace("-", ""))
            and ("." in t or len(t.replace("-", "")) <= 2)
        ) or (VANCOUVER_INITIALS.match(t) and len(t) <= 3 and t.isupper() and len(tokens) == 1):
            out.append(_dot_initials(t))
        elif re.fullmatch(r"[A-Z]\.-[a-z]\.?", t):
            out.append(t.rstrip(".") + ".")  # APA's "J.-w." (Ji-woo): the case as printed
        else:
            out.append(_norm_case(t))
    return " ".join(out)


# Words that name a body, not a person: "Public Health England", "Health Foundation",
# "Scottish Government" as authors of a report
BODY_NAME = re.compile(
    r"\b(?:Organi[sz]ation|Office|Agency|Cent(?:re|er)|Institute|Ministry|Council|Commission|"
    r"Authority|Board|Directorate|Bureau|Administration|Foundation|Association|Society|"
    r"Consortium|Collaboration|Government|Public\s+Health|Department|Secretariat|Programme|"
    r"Observatory)\b"
)


# letters only Vietnamese writes: đ, ơ, ư, ă, and the vowels with a dot below, a hook above
# or a tilde over ê/ô/â ("ễ", "ộ", "ẩ")
VIETNAMESE_LETTER = re.compile("[đĐơƠưƯăĂ\u1ea0-\u1ef9]")


@lru_cache(maxsize=65536)
def person_from_given_family(name: str) -> Person:
    """'Given Middle Family', 'Christopher De Sa', 'Tim Van der Lee', 'Xin Y' (Vancouver)."""
    toks = name.split()
    if len(toks) >= 2 and BODY_NAME.search(name):
        return Person(family=name.strip())  # "Public Health England": a body, no person
    if len(toks) == 1:
        tok = toks[0]
        if CJK.match(tok) and len(tok) >= 2:
            # four characters are two and two ("中村悠真", as Japanese names mostly are);
            # a Chinese or Korean family name of two characters is kept whole ("欧阳明")
            cut = 2 if len(tok) == 4 or (len(tok) == 3 and tok[:2] in cjk_compounds()) else 1
            return Person(family=tok[:cut], given=tok[cut:])
        return Person(family=_norm_case(tok))
    if all(CJK.match(t) for t in toks):
        return Person(family=toks[0], given=" ".join(toks[1:]))  # "中村 悠真": family first
    # "Ivanov I. I.", "Кузьмина Д. А.": two initials with periods after the family name
    # (the last may have lost its period to the end of the list)
    k = len(toks)
    while k > 1 and (
        DOTTED_INITIAL.fullmatch(toks[k - 1])
        or (k == len(toks) and k > 2 and re.fullmatch(r"[A-ZА-ЯЁ]", toks[k - 1]))
    ):
        k -= 1
    if (
        1 <= k <= 2
        and len(toks) - k >= 2
        and not any(DOTTED_INITIAL.fullmatch(t) for t in toks[:k])
    ):
        return Person(
            family=" ".join(_norm_case(t) for t in toks[:k]),
            given=_dot_initials(" ".join(toks[k:])),
        )
    # Vancouver: "Sekijima Y", "Li WXY", "Lee K.H." — initials after the family name.
    last = toks[-1]
    if (
        len(toks) >= 2
        and (
            (VANCOUVER_INITIALS.match(last) and len(last) <= 3 and not toks[0].isupper())
            # (a family name in capitals and one letter: "FERRARESI C", IRIS's form; no family
            # name is one letter)
            or (len(last.rstrip(".")) == 1 and last[0].isupper() and len(toks[0]) >= 3)
            or (
                re.fullmatch(r"[A-Z](?:\.-?[A-Z]){0,3}\.?", last)
                and "." in last + name[len(name.rstrip(".")) - 1 :]
                and not any(re.fullmatch(r"(?:[A-Z]\.?)+", t) for t in toks[:-1])
            )
        )
    ):
        return Person(family=" ".join(_norm_case(t) for t in toks[:-1]), given=_dot_initials(last))
    # Corporate authors: "World Health Organization", "The ATLAS Collaboration".
    if (
        sum(1 for t in toks if t.lower() in title_words()) >= 2
        or toks[-1].lower() in CORPORATE_ENDINGS
    ):
        return Person(family=name)
    # Vietnamese order: "Nguyễn Văn An", "Trần Thị Bích" (family name first)
    if (
        len(toks) in (2, 3, 4)
        and toks[0].lower() in word_set("vietnamese_surnames.txt")
        and (not toks[0].isascii() or VIETNAMESE_LETTER.search(name))
        and all(t[:1].isupper() and "." not in t for t in toks)
    ):
        return Person(family=toks[0], given=" ".join(toks[1:]))
    # East Asian order with the family name in capitals: "KIM Jong-un", "ZHANG Wei"
    # (three or more letters with a vowel: "JRR Tolkien" and "JK Rowling" are initials)
    if ALL_CAPS_FAMILY.fullmatch(toks[0]) and all(
        not t.isupper() and t[:1].isupper() for t in toks[1:]
    ):
        return Person(family=_norm_case(toks[0]), given=" ".join(toks[1:]))
    # Particles: the family name starts at the first particle after the first token.
    start = len(toks) - 1
    i = len(toks) - 2
    while i >= 1 and toks[i].lower() in particles():
        start = i
        i -= 1
    # ... also a lower-case one before a family name of two words: "R. da Silva Costa"
    low = next((k for k in range(1, start) if toks[k] in particles()), None)
    if low is not None:
        start = low
    family = " ".join(_norm_case(t) for t in toks[start:])
    return Person(family=family, given=_given(toks[:start]))


def person_from_family_given(family: str, given: str) -> Person:
    return Person(
        family=" ".join(_norm_case(t) for t in family.split()), given=_given(given.split())
    )


def _is_given_part(piece: str) -> bool:
    """A piece that can only be the given half of 'Family, Given': initials, or one word."""
    toks = piece.split()
    if not toks or len(toks) > 3:
        return False
    if all(INITIALS.match(t.replace(".", "")) for t in toks) and any("." in t for t in toks):
        return True
    # "Hohenberg, Clara M.": a given name and initials
    if len(toks) >= 2 and all(re.fullmatch(r"(?:[A-Z]\.?-?)+", t) for t in toks[1:]):
        return is_name_token(toks[0])
    return len(toks) == 1 or all(INITIALS.match(t.replace(".", "")) for t in toks)


def person_key(p: Person) -> str:
    """One person however a CV writes them: ASCII family name and first initial."""
    return f"{unidecode(p.family).lower()}|{unidecode(p.given).strip()[:1].lower()}"


def split_names(text: str) -> tuple[list[ParsedName], bool]:
    """Parse an author list. Returns the names and whether it ended with "et al."."""
    names, et_al = _split_names(text)
    return list(names), et_al


TRAILING_PARTICLE = re.compile(r"((?:[A-Z]\.\s?){1,4})\s*([a-z]{1,4})")


# one given name, perhaps with middle initials: "Daniela", "Mary-Jane", "Daniela M."
GIVEN_NAME = re.compile(r"(?=[^\W\d_])[^\W\d_a-z][^\W\d_]+(?:-[^\W\d_]+)?(?:\s[A-Z]\.)*")


@lru_cache(maxsize=16384)
def _split_names(text: str) -> tuple[tuple[ParsedName, ...], bool]:
    et_al = bool(ET_AL.search(text))
    text = ET_AL.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;.")
    if not text:
        return (), et_al
    splitter = SPLIT_AND if _LIST_MARKS.search(text) else SPLIT_AND_NO_Y
    groups = [g for g in splitter.split(text) if g and g.strip(" ,")]
    out: list[ParsedName] = []
    for group in groups:
        pieces = [p.strip() for p in group.split(",") if p.strip()]
        cleaned = [clean_piece(p) for p in pieces]
        i = 0
        while i < len(cleaned):
            piece, equal = cleaned[i]
            if not piece:
                i += 1
                continue
            nxt = cleaned[i + 1][0] if i + 1 < len(cleaned) else ""
            words = piece.split()
            single = (
                len(words) == 1
                or (
                    words[0].lower() in particles()
                    and len(words) <= 3
                    # "Das A, Menon KR", "Di Stefano A": Vancouver "Family Initials", no family "Das A"
                    and not (len(words) >= 2 and VANCOUVER_INITIALS.match(words[-1]))
                )
                # Spanish two-part family names: "Fernández Ortega, L.", and a first author
                # written family first as ASA and Chicago do: "Ferreira Castellanos, Daniela,
                # Kwame Asante-Mensah, and ..."
                or (
                    len(words) == 2
                    and all(len(w) > 2 and w[0].isupper() and not w.endswith(".") for w in words)
                    and (
                        bool(PURE_INITIALS.fullmatch(nxt))
                        or (i == 0 and group is groups[0] and bool(GIVEN_NAME.fullmatch(nxt)))
                        # one person between semicolons: "...; Ruiz García, Ana; ..."
                        or (i == 0 and ";" in text and bool(GIVEN_NAME.fullmatch(nxt)))
                    )
                )
                # with particles: "de la Fuente Moreno, A.", "Sánchez de la Vega, P."
                or (
                    3 <= len(words) <= 5
                    and bool(PURE_INITIALS.fullmatch(nxt))
                    and any(w.lower() in particles() for w in words)
                    and all(
                        w.lower() in particles() or (len(w) > 1 and w[0].isupper()) for w in words
                    )
                )
            )
            # ABNT "SANTOS, P. H. dos": the particle after the initials belongs to the family
            tail = TRAILING_PARTICLE.fullmatch(nxt) if nxt and single else None
            if tail and tail.group(2).lower() in particles():
                person = person_from_family_given(f"{tail.group(2)} {piece}", tail.group(1).strip())
                out.append(ParsedName(person, equal or cleaned[i + 1][1]))
                i += 2
                continue
            # "KIM, J.": a family name in capitals before dotted initials
            raw_nxt = pieces[i + 1] if i + 1 < len(pieces) else ""
            caps_family = bool(ALL_CAPS_FAMILY.fullmatch(piece)) and bool(
                PURE_INITIALS.fullmatch(raw_nxt.strip())
            )
            # Chicago and ASA invert the first author only: "Gutiérrez, Ana María, and
            # Rebecca L. Castellanos" (two given names after the family name)
            first_inverted = (
                i == 0
                and group is groups[0]
                and not CJK.match(piece)  # "刘子铭, Yang You": two people
                and len(nxt.split()) == 2
                and all(GIVEN_NAME.fullmatch(w) for w in nxt.split())
            )
            # one person between semicolons: "Eggesbø, Jon Kristian; Haugland, Ingrid Marie",
            # and a family name in capitals: "MARQUES, Helena Sofia Rebelo" (NP 405, ISO 690)
            first_inverted = first_inverted or (
                i == 0
                and len(cleaned) == 2
                and (";" in text or bool(ALL_CAPS_FAMILY.fullmatch(piece.replace(" ", ""))))
                and 1 <= len(nxt.split()) <= 3
                # (ABNT "LIMA, Beatriz C.": a given name, then initials)
                and bool(GIVEN_NAME.fullmatch(nxt.split()[0]))
                and all(
                    GIVEN_NAME.fullmatch(w) or re.fullmatch(r"[A-Z]\.?", w) for w in nxt.split()
                )
            )
            if (
                nxt
                and single
                and (_is_given_part(nxt) or first_inverted)
                # ("LIMA, Beatriz C." between semicolons: a short family name in capitals)
                and (
                    not VANCOUVER_INITIALS.match(piece)
                    or caps_family
                    or (first_inverted and ";" in text)
                )
                # "张伟, 李明": Chinese names are whole, family first; a comma parts two people
                and not (CJK.match(piece) and CJK.match(nxt) and len(piece) >= 2)
            ):
                # "Family, Given" or "Family, G. G."
                out.append(
                    ParsedName(person_from_family_given(piece, nxt), equal or cleaned[i + 1][1])
                )
                i += 2
                continue
            if not nxt and single and len(groups) == 1 and len(cleaned) == 1:
                out.append(ParsedName(person_from_given_family(piece), equal))
                i += 1
                continue
            out.append(ParsedName(person_from_given_family(piece), equal))
            i += 1
    return tuple(out), et_al
