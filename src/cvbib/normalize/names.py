"""One reading of each person across a CV.

"Daniela Ferreira Castellanos" alone could be given names "Daniela Ferreira" and family
"Castellanos". The same CV writes her "Ferreira Castellanos, Daniela" where the family
name comes first (the first author of an ASA or Chicago entry), and that form settles it:
a family name of several words read anywhere in a CV is read the same way everywhere in it.
"""

from __future__ import annotations

from cvbib.model import Person, Record
from cvbib.parse.names import particles


def compound_families(records: list[Record]) -> dict[str, str]:
    """Family names of two or more words (not a particle and a name: "van der Berg" is
    read right anyway), by their lower-case form."""
    found: dict[str, str] = {}
    count: dict[str, int] = {}
    people = [p for rec in records for p in (*rec.authors, *rec.editors)]
    for p in people:
        words = p.family.split()
        if len(words) >= 2 and p.given and words[0].lower() not in particles():
            found.setdefault(p.family.lower(), p.family)
            count[p.family.lower()] = count.get(p.family.lower(), 0) + 1
    if not found:
        return found
    # a CV that mostly writes "MARQUES, Helena Rebelo" and once "REBELO MARQUES, Helena"
    # keeps its usual reading: a compound family name counts unless the CV splits it far
    # more often than not
    split: dict[str, int] = {}
    for p in people:
        given = p.given.split()
        for n in (1, 2):
            if len(given) > n:
                key = " ".join([*given[-n:], p.family]).lower()
                if key in found:
                    split[key] = split.get(key, 0) + 1
    return {k: v for k, v in found.items() if split.get(k, 0) <= 2 * count[k]}


def harmonize_names(records: list[Record]) -> list[Record]:
    """Read 'Daniela Ferreira Castellanos' as the CV reads 'Ferreira Castellanos, Daniela'."""
    families = compound_families(records)
    if not families:
        return records
    out = []
    for rec in records:
        authors = tuple(_reread(p, families) for p in rec.authors)
        editors = tuple(_reread(p, families) for p in rec.editors)
        if authors != rec.authors or editors != rec.editors:
            rec = rec.replace(authors=authors, editors=editors)
        out.append(rec)
    return out


def harmonize_person(person: Person, records: list[Record]) -> Person:
    """Read one name as ``records`` read the family names ("Lucía Beltrán Ortega", the
    CV's header, as its entries write "Beltrán Ortega, Lucía")."""
    return _reread(person, compound_families(records))


def _reread(person: Person, families: dict[str, str]) -> Person:
    given = person.given.split()
    # the family's first one or two words read as given names (one given name stays)
    for n in range(1, min(len(given) - 1, 2) + 1):
        family = " ".join([*given[-n:], person.family]).lower()
        if family in families:
            return Person(families[family], " ".join(given[:-n]))
    return person
