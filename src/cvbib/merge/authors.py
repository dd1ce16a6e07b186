"""Whether two author lists name the same people, in any name form.

"Liu, Z.", "Zirui Liu" and "Z. Liu" agree (family name and first initial); "LIU Zirui" read
with given and family swapped agrees too. Lists are compared by how many people of the
shorter list appear in the longer one, so a list cut short ("et al.", three names of
twelve) still agrees with the full one.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Indel

from cvbib.merge.keys import NameKey

_ratio = Indel.normalized_similarity


@dataclass(frozen=True, slots=True)
class AuthorResult:
    matched: int  # people of the shorter list found in the longer
    compared: int  # length of the shorter list; 0 when a list is empty
    longer: int = 0  # length of the longer list

    @property
    def fraction(self) -> float | None:
        return self.matched / self.compared if self.compared else None

    def describe(self) -> str:
        return f"{self.matched}/{self.compared} authors" if self.compared else "no authors"


def _initials_agree(a: str, b: str) -> bool:
    return not a or not b or a == b


_VOWELS = frozenset("aeiouy")


def _initials_run(given: str, initial: str) -> bool:
    """'Atjgdr', 'Qsr', 'Svtibr': the initials of a whole author list run into one given
    name (a scraped index), holding the other's initial. No given name has three
    consonants in a row and at most one vowel in six letters."""
    if not initial or not 2 <= len(given) <= 6 or initial not in given[1:]:
        return False
    vowels = sum(c in _VOWELS for c in given)
    run = longest = 0
    for c in given:
        run = 0 if c in _VOWELS else run + 1
        longest = max(longest, run)
    return vowels == 0 or (vowels == 1 and longest >= 3)


def same_person(p: NameKey, q: NameKey) -> bool:
    if p.family == q.family or (len(p.last) > 2 and p.last == q.last):
        if _initials_agree(p.initial, q.initial):
            return True
        return len(p.family) >= 4 and (
            _initials_run(p.given, q.initial) or _initials_run(q.given, p.initial)
        )
    # Given and family swapped ("LIU Zirui" read as given "Liu", family "Zirui").
    if p.given and p.given == q.family and _initials_agree(p.family[:1], q.initial):
        return True
    if q.given and q.given == p.family and _initials_agree(q.family[:1], p.initial):
        return True
    # Swapped and abbreviated ("Garofalakis, M." read as "G. Minos"): each initial is the
    # first letter of the other's family name.
    if (
        p.initial
        and q.initial
        and p.initial == q.family[:1]
        and q.initial == p.family[:1]
        and (p.family.startswith(q.given or q.initial) or not p.given)
        and (q.family.startswith(p.given or p.initial) or not q.given)
    ):
        return True
    # One of two family names ("Camps" / "Camps Pare", "Garcia" / "Garcia-Molina").
    if (
        min(len(p.family), len(q.family)) >= 4
        and (p.family.startswith(q.family) or q.family.startswith(p.family))
        and p.initial
        and p.initial == q.initial
    ):
        return True
    # A typo or a broken accent in the family name ("Kießling" / "Kiessling").
    return (
        min(len(p.family), len(q.family)) >= 4
        and _ratio(p.family, q.family) >= 0.8
        and (
            (p.initial != "" and p.initial == q.initial)
            or _initials_run(p.given, q.initial)
            or _initials_run(q.given, p.initial)
        )
    )


def compare_authors(a: tuple[NameKey, ...], b: tuple[NameKey, ...]) -> AuthorResult:
    if not a or not b:
        return AuthorResult(0, 0)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    families = {k.family for k in long_}
    matched = 0
    for p in short:
        if (
            p.family in families
            and any(q.family == p.family and _initials_agree(p.initial, q.initial) for q in long_)
        ) or any(same_person(p, q) for q in long_):
            matched += 1
    return AuthorResult(matched, len(short), len(long_))
