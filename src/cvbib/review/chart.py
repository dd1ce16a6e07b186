"""Small horizontal bar charts as inline SVG: no script, no network, no font files."""

from __future__ import annotations

import html

BAR_HEIGHT = 16
GAP = 4
LABEL_WIDTH = 140
BAR_WIDTH = 180


def bar_chart(title: str, counts: list[tuple[str, int]]) -> str:
    """One bar per (label, count); labels longer than the column are cut with an ellipsis."""
    e = html.escape
    top = max((n for _, n in counts), default=0) or 1
    height = len(counts) * (BAR_HEIGHT + GAP) + 24
    width = LABEL_WIDTH + BAR_WIDTH + 40
    parts = [
        f"<svg class='chart' role='img' aria-label='{e(title)}' width='{width}' "
        f"height='{height}' viewBox='0 0 {width} {height}' xmlns='http://www.w3.org/2000/svg'>",
        f"<text x='0' y='14' class='chart-title'>{e(title)}</text>",
    ]
    for k, (label, n) in enumerate(counts):
        y = 24 + k * (BAR_HEIGHT + GAP)
        w = max(1, round(BAR_WIDTH * n / top))
        short = label if len(label) <= 24 else "…" + label[-23:]
        parts.append(
            f"<g><title>{e(label)}: {n}</title>"
            f"<text x='{LABEL_WIDTH - 6}' y='{y + 12}' text-anchor='end'>{e(short)}</text>"
            f"<rect x='{LABEL_WIDTH}' y='{y}' width='{w}' height='{BAR_HEIGHT}' rx='2'/>"
            f"<text x='{LABEL_WIDTH + w + 4}' y='{y + 12}'>{n}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts)
