"""Sort-key strings for dates and numbers, as citeproc-js builds them."""

from __future__ import annotations

import re

from cvbib.render.csl.data import DateValue


def date_key(date: DateValue | None, parts: list[str] | None = None) -> str:
    """citeproc-js ``dateAsSortKey``: "1" + yyyy + mm + dd, then the range end."""
    if date is None or not date.year:
        return ""
    parts = parts or ["year", "month", "day"]
    out = []
    for end in (False, True):
        for name in ("year", "month", "day"):
            value = date.part(name, end) if name in parts else 0
            value = value if isinstance(value, int) else 0
            if name == "year":
                prefix = "1"
                if value < 0:
                    prefix, value = "0", 9999 + value
                out.append(prefix + f"{value:04d}")
            else:
                out.append(f"{value:02d}")
    return "".join(out)


def pad(value: str) -> str:
    m = re.match(r"\s*(-?[0-9]+)", value)
    if not m:
        return value
    num = int(m.group(1))
    if num < 0:
        num = 99999999999999999999 + num
    return f"{num:020d}"
