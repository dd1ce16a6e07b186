"""Superscripts and subscripts as Unicode characters, and back to LaTeX.

A title's "$L^p$" or "$\\mathbb{Z}_p$" reads "Lᵖ", "ℤₚ" in plain text (CSL, RIS, a web
page); BibTeX for pdflatex writes them back as ``\\textsuperscript{p}`` and
``\\textsubscript{p}``. Only characters Unicode has a script form of convert: "q" has no
superscript, so "$x^q$" stays "x^q" rather than losing its mark.
"""

from __future__ import annotations

import re

_SUPER = dict(
    zip(
        "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ",
        strict=True,
    )
)
_SUB = dict(
    zip("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ", strict=True)
)
_FROM_SUPER = {v: k for k, v in _SUPER.items()}
_FROM_SUB = {v: k for k, v in _SUB.items()}
SCRIPT_RUN = re.compile(f"[{''.join(_FROM_SUPER)}]+|[{''.join(_FROM_SUB)}]+")


def superscript(text: str) -> str | None:
    """'2' -> '²', 'np' -> 'ⁿᵖ'; None when a character has no superscript form."""
    if not text or any(c not in _SUPER for c in text):
        return None
    return "".join(_SUPER[c] for c in text)


def subscript(text: str) -> str | None:
    """'p' -> 'ₚ', '12' -> '₁₂'; None when a character has no subscript form."""
    if not text or any(c not in _SUB for c in text):
        return None
    return "".join(_SUB[c] for c in text)


def scripts_to_latex(text: str) -> str:
    """'ℓ²' -> 'ℓ\\textsuperscript{2}', 'ℤₚ' -> 'ℤ\\textsubscript{p}' (both in the LaTeX
    kernel, so a bare document compiles)."""
    if not SCRIPT_RUN.search(text):
        return text

    def latex(m: re.Match[str]) -> str:
        run = m.group(0)
        if run[0] in _FROM_SUPER:
            return "\\textsuperscript{" + "".join(_FROM_SUPER[c] for c in run) + "}"
        return "\\textsubscript{" + "".join(_FROM_SUB[c] for c in run) + "}"

    return SCRIPT_RUN.sub(latex, text)


__all__ = ["scripts_to_latex", "subscript", "superscript"]
