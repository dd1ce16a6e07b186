"""Unicode super- and subscripts, and their LaTeX."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cvbib.formats.bibtex import protect_title
from cvbib.read import read_document
from cvbib.superscripts import scripts_to_latex, subscript, superscript


def test_script_forms_exist_or_none() -> None:
    assert superscript("2") == "²" and superscript("-1") == "⁻¹" and superscript("np") == "ⁿᵖ"
    assert subscript("p") == "ₚ" and subscript("12") == "₁₂"
    assert superscript("q") is None and subscript("q") is None  # Unicode has none


@given(st.text(alphabet="0123456789+-=()aehijklmnoprstuvx", min_size=1, max_size=6))
def test_subscripts_round_trip_to_latex(body: str) -> None:
    assert scripts_to_latex("x" + (subscript(body) or "")) == "x\\textsubscript{" + body + "}"


def test_latex_math_scripts_read_as_unicode() -> None:
    doc = read_document(
        "cv.tex",
        "\\section{Papers}\n\\begin{itemize}\\item \\emph{Bounds in $L^p(\\mathbb{R}^2)$ over "
        "$\\mathbb{Z}_p$ and $\\mathbb{F}_q$ for $x^{-1}$}\n\\end{itemize}\n",
    )
    assert any("Bounds in Lᵖ(ℝ²) over ℤₚ and 𝔽q for x⁻¹" in ln.text for ln in doc.lines)


def test_bibtex_writes_scripts_as_text_macros_and_protects_them() -> None:
    assert protect_title("Excitonic effects in MoS₂ and Lᵖ spaces", False) == (
        "Excitonic effects in {MoS\\textsubscript{2}} and {L\\textsuperscript{p}} spaces"
    )
