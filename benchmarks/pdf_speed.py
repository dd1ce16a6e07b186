"""Reading a 20-page PDF CV: seconds of CPU for ``cvbib.extract`` (target: under 5 s).

Usage: python benchmarks/pdf_speed.py [PAGES]   (needs fpdf2, from the test extra)

Writes a CV of PAGES (default 20) A4 pages of numbered entries (bold owner, italic title
over two lines, venue line), a running header and page numbers, then extracts it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import fpdf

import cvbib


def build(pages: int, path: Path) -> int:
    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(False)
    n = 0
    for page in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(20, 10)
        pdf.cell(0, 4, "Jane Doe - Curriculum Vitae")
        pdf.set_xy(0, 282)
        pdf.cell(0, 4, f"Page {page + 1}", align="C")
        if page == 0:
            pdf.set_font("Helvetica", "B", 14)
            pdf.set_xy(20, 20)
            pdf.cell(0, 5, "Publications")
        for y in range(30 if page == 0 else 25, 270, 18):
            n += 1
            for x, dy, text, style in (
                (20, 0, f"[{n}]", ""),
                (30, 0, "Jane Doe", "B"),
                (49, 0, f", Bob Roe and Carl Poe. Study {n}", ""),
                (30, 5, f"of Sparse Methods for Learning on Graphs {n}", "I"),
                (30, 10, f". In Proc. ICML, pages {n}-{n + 9}, {2000 + n % 24}.", ""),
            ):
                pdf.set_font("Helvetica", style, 10)
                pdf.set_xy(x, y + dy)
                pdf.cell(pdf.get_string_width(text), 5, text)
    pdf.output(str(path))
    return n


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long-cv.pdf"
        entries = build(pages, path)
        start = time.process_time()
        records = cvbib.extract(str(path))
        seconds = time.process_time() - start
    print(f"pages: {pages}")
    print(f"entries written / extracted: {entries} / {len(records)}")
    print(f"CPU seconds: {seconds:.2f}")


if __name__ == "__main__":
    main()
