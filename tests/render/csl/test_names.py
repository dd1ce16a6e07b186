"""Name forms: et-al and APA's ellipsis, particles, suffixes, initials of hyphenated given
names, institutions, and editors substituting for a missing author."""

from __future__ import annotations

import pytest

from .helpers import render

CASES = {
    ("names", "apa"): [
        "Alpha, A., Beta, B., Gamma, C., Delta, D., Epsilon, E., Zeta, Z., Eta, E., Theta, T., Iota, I., Kappa, K., Lambda, L., Mu, M., Nu, N., Xi, X., Omicron, O., Pi, P., Rho, R., Sigma, S., Tau, T., … Chi, C. (2020). Many authors. Journal, 3, 1–10.",
        "Smith, J., & Doe, J. (Eds.). (2017). Edited volume. Press.",
        "van der Maaten, L., Beethoven, L. van, King, M. L., Jr., & Dupont, J.-L. (2018). Particles and suffixes. Press.",
        "World Health Organization. (2019). Annual report. World Health Organization.",
    ],
    ("names", "ieee"): [
        "[1] A. Alpha et al., “Many authors,” Journal, vol. 3, pp. 1–10, 2020.",
        "[2] L. van der Maaten, L. van Beethoven, M. L. King Jr., and J.-L. Dupont, Particles and suffixes. Leiden: Press, 2018.",
        "[3] World Health Organization, “Annual report,” World Health Organization, 2019.",
        "[4] J. Smith and J. Doe, Eds., Edited volume. Press, 2017.",
    ],
    ("names", "chicago-author-date"): [
        "Alpha, Anna, Bob Beta, Carl Gamma, et al. 2020. “Many Authors.” Journal 3: 1–10.",
        "Maaten, Laurens van der, Ludwig van Beethoven, Martin Luther King Jr., and Jean-Luc Dupont. 2018. Particles and Suffixes. Press.",
        "Smith, John, and Jane Doe, eds. 2017. Edited Volume. Press.",
        "World Health Organization. 2019. Annual Report. World Health Organization.",
    ],
    ("names", "modern-language-association"): [
        "Alpha, Anna, et al. “Many Authors.” Journal, vol. 3, 2020, pp. 1–10.",
        "Smith, John, and Jane Doe, editors. Edited Volume. Press, 2017.",
        "van der Maaten, Laurens, et al. Particles and Suffixes. Press, 2018.",
        "World Health Organization. Annual Report. World Health Organization, 2019.",
    ],
    ("names", "elsevier-harvard"): [
        "Alpha, A., Beta, B., Gamma, C., Delta, D., Epsilon, E., Zeta, Z., Eta, E., Theta, T., Iota, I., Kappa, K., Lambda, L., Mu, M., Nu, N., Xi, X., Omicron, O., Pi, P., Rho, R., Sigma, S., Tau, T., Upsilon, U., Phi, P., Chi, C., 2020. Many authors. Journal 3, 1–10.",
        "Smith, J., Doe, J. (Eds.), 2017. Edited volume. Press.",
        "van der Maaten, L., Beethoven, L. van, King, M.L., Jr., Dupont, J.-L., 2018. Particles and suffixes. Press, Leiden.",
        "World Health Organization, 2019. Annual report. World Health Organization.",
    ],
    ("names", "nature"): [
        "1. Alpha, A. et al. Many authors. Journal 3, 1–10 (2020).",
        "2. van der Maaten, L., Beethoven, L. van, King, M. L., Jr. & Dupont, J.-L. Particles and Suffixes. (Press, Leiden, 2018).",
        "3. World Health Organization. Annual Report. (2019).",
        "4. Edited Volume. (Press, 2017).",
    ],
}


@pytest.mark.parametrize(("fixture", "style"), list(CASES))
def test_names(fixture: str, style: str) -> None:
    assert render(style, fixture) == CASES[fixture, style]
