"""The Greek letters by name, as LaTeX ("\\alpha") and Typst ("alpha") write them."""

from __future__ import annotations

GREEK_NAMES = [
    "alpha",
    "beta",
    "gamma",
    "delta",
    "epsilon",
    "zeta",
    "eta",
    "theta",
    "iota",
    "kappa",
    "lambda",
    "mu",
    "nu",
    "xi",
    "omicron",
    "pi",
    "rho",
    "sigma",
    "tau",
    "upsilon",
    "phi",
    "chi",
    "psi",
    "omega",
]
# "alpha" -> "α", "Alpha" -> "Α" (Unicode skips a code point before sigma: final sigma)
GREEK_LETTERS = {g: chr(0x3B1 + k + (k > 16)) for k, g in enumerate(GREEK_NAMES)} | {
    g.capitalize(): chr(0x391 + k + (k > 16)) for k, g in enumerate(GREEK_NAMES)
}

__all__ = ["GREEK_LETTERS", "GREEK_NAMES"]
