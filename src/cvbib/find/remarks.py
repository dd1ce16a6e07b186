"""Lines under an entry that remark on it: "Winner, 2022 Distinguished Book Award, ...".

A CV lists a book's prizes as items of their own below it. They are no entries; they
become notes of the entry above, as "Best Paper Award" written inside an entry does.
"""

from __future__ import annotations

import re

from cvbib.parse.patterns import FIELD_LABELS, RECORD_FIELDS

# no sentence ends inside, but an initial's period may ("Charles J. Goodwin Award")
_CLAUSE = r"(?:[^.]|(?<=\b[A-Z])\.)"
AWARD_REMARK = re.compile(
    r"\s*(?:[—–-]\s*)?(?:Winner|Co-?winner|Finalist|Recipient|Runner[-\s]up|Shortlisted|Awarded"
    rf"|Honou?rable\s+[Mm]ention|Selected\s+for|Nominated\s+for)\b{_CLAUSE}{{0,200}}?"
    rf"\b(?:Award|Prize|Medal|Citation|Book\s+of\s+the\s+Year)\b{_CLAUSE}{{0,160}}\.?\s*"
)
# "Reviewed in *Bryn Mawr Classical Review* 2020.02.18; *Classical Review* 70 (2020)":
# where the entry above was reviewed, reprinted or translated
RECEPTION_REMARK = re.compile(
    r"\s*(?:[—–-]\s*)?(?:Reviewed\s+(?:in|by)|Reprinted\s+in|Translated\s+into|Reissued\s+in"
    # ("Subject of a book symposium in *PPR* 103 (2021)", "Originally published as ...")
    r"|Subject\s+of\s+(?:a\s+)?(?:book\s+)?symposium\s+in|Originally\s+published\s+(?:as|in))"
    r":?\s.{3,400}"
)


def record_fields_remark(text: str) -> str | None:
    """The remark, when the whole of ``text`` is an activity system's record fields for the
    entry above ("Status: Published. Refereed: Yes. Scope: International.")."""
    m = RECORD_FIELDS.fullmatch(text)
    return (
        " ".join(m.group(0).split())
        if m and re.match(rf"\s*(?:{FIELD_LABELS})\s*:", text)
        else None
    )


def award_remark(text: str) -> str | None:
    """The remark, when the whole of ``text`` is an award given to the entry above."""
    m = AWARD_REMARK.fullmatch(text)
    return m.group(0).strip().lstrip("—–- ").rstrip(".") if m else None


def reception_remark(text: str) -> str | None:
    """The remark, when the whole of ``text`` says where the entry above was reviewed,
    reprinted or translated."""
    m = RECEPTION_REMARK.fullmatch(text)
    return re.sub(r"[*_]", "", m.group(0)).strip().lstrip("—–- ").rstrip(".") if m else None
