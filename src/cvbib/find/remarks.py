"""Lines under an entry that remark on it: "Winner, 2022 Distinguished Book Award, ...".

A CV lists a book's prizes as items of their own below it. They are no entries; they
become notes of the entry above, as "Best Paper Award" written inside an entry does.
"""

from __future__ import annotations

import re

AWARD_REMARK = re.compile(
    r"\s*(?:Winner|Co-?winner|Finalist|Recipient|Runner[-\s]up|Shortlisted|Awarded"
    r"|Honou?rable\s+[Mm]ention|Selected\s+for|Nominated\s+for)\b[^.]{0,200}?"
    r"\b(?:Award|Prize|Medal|Citation|Book\s+of\s+the\s+Year)\b[^.]{0,160}\.?\s*"
)


def award_remark(text: str) -> str | None:
    """The remark, when the whole of ``text`` is an award given to the entry above."""
    m = AWARD_REMARK.fullmatch(text)
    return m.group(0).strip().rstrip(".") if m else None
