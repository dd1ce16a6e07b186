"""A synthetic CSL-JSON library with planted duplicates and hard negatives.

Usage: python benchmarks/make_library.py N -o FILE.json [--seed S]

N entries: 90% distinct works, 10% planted duplicates of them (a few works get two). A
duplicate is written differently, the way two CVs or two databases write one paper: case,
punctuation, LaTeX escapes and HTML entities, typos, a dropped subtitle, initials for given
names, another spelling of the venue ("Proc. of ICML 2024"), the arXiv preprint of a
published paper (no DOI, an earlier year), a DOI written as a URL; the author order is kept.
Hard negatives are distinct works made to look alike: one title word changed, "Part I" and
"Part II", a "Q-" prefix on the first word (same authors, their own DOIs of one prefix).
Titles are drawn from a Zipf-weighted vocabulary of title words, so titles share words.

The truth goes to FILE.truth.json: {"clusters": [[index, ...], ...]} (indices into the item
list; every pair in a cluster is one planted duplicate pair) and the hard-negative pairs.
The output depends only on N and the seed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path

from cvbib.model import Person, Record, Source

ROOT = Path(__file__).resolve().parent.parent
WORDS_FILE = ROOT / "src" / "cvbib" / "data" / "title_words.txt"
VENUES_FILE = ROOT / "src" / "cvbib" / "data" / "venues.json"

SMALL = ["for", "of", "with", "in", "via", "and", "on", "the", "a", "to", "from", "under"]
_FAMILY_NAMES = (
    "Liu Wang Zhang Li Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao "
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter "
    "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez "
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
    "Kumar Singh Sharma Gupta Patel Reddy Rao Iyer Nair Das Bose Banerjee Chatterjee "
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Tanaka Suzuki Takahashi Watanabe Ito "
    "Özsu Šimić Nuñez Øster Dvořák Łukasz Björklund Ångström Kowalski Nowak Novák Horváth "
    "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
    "Dubois Durand Lefebvre Moreau Laurent Simon Michel Garnier Faure Rousseau Blanc Guerin"
)
FAMILY = _FAMILY_NAMES.split()
PARTICLE_FAMILY = ["van der Berg", "De Sa", "de la Torre", "van den Bussche", "von Neumann"]
_GIVEN_NAMES = (
    "Zirui Jiayi Wei Ana Maria John Li Soo-Hyun Christopher Yang Hao Yu Xin Jun Lei Ming "
    "Anna Peter Michael Thomas Andreas Stefan Jürgen Sören José María Lucía Javier Pablo "
    "David James Robert Mary Linda Sarah Emily Daniel Rahul Priya Amit Anil Deepa Ravi "
    "Min-Jun Ji-Woo Seo-Yeon Hiroshi Yuki Kenji Aiko Marco Giulia Luca Chiara Francesca "
    "Pierre Camille Léa Hugo Élodie Zoë Björn Åsa Łucja Jiří Zoltán Ewa Tomasz Ondřej"
)
GIVEN = _GIVEN_NAMES.split()
MARKERS = {
    "erratum",
    "errata",
    "corrigendum",
    "addendum",
    "correction",
    "corrections",
    "retraction",
}
MARKERS |= {"retracted", "reply", "rejoinder", "response", "extended", "part", "parts", "volume"}
ORDINALS = ["First", "Second", "Third", "10th", "21st", "32nd", "37th", "41st", "Twelfth"]


def _zipf_words(rng: random.Random) -> tuple[list[str], list[float]]:
    lines = (w.strip() for w in WORDS_FILE.read_text(encoding="utf-8").splitlines())
    # Words that mark another kind of document ("Erratum", "Part") are not drawn at random.
    words = [w for w in lines if w.isalpha() and len(w) >= 4 and w not in MARKERS]
    rng.shuffle(words)
    # Zipf-like: a few words are in very many titles, most in a few.
    weights = [1.0 / (rank + 8) ** 0.9 for rank in range(len(words))]
    return words, weights


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words, weights = _zipf_words(self.rng)
        self.cum_weights = list(itertools.accumulate(weights))  # once, not per draw
        self.venues = [
            v for v in json.loads(VENUES_FILE.read_text()) if v["kind"] in ("conference", "journal")
        ]
        syllables = ["ka", "lo", "mi", "ren", "ta", "vi", "zu", "sha", "tor", "bel", "den", "ya"]
        self.families = (
            FAMILY
            + PARTICLE_FAMILY
            + [
                (
                    self.rng.choice(syllables)
                    + self.rng.choice(syllables)
                    + self.rng.choice(syllables)
                ).capitalize()
                for _ in range(3000)
            ]
        )
        self.doi_serial = 0
        self.arxiv_serial = 0
        self.latent_arxiv: dict[str, str] = {}

    # -- works -------------------------------------------------------------------------
    def phrase(self, n: int) -> str:
        chosen = self.rng.choices(self.words, cum_weights=self.cum_weights, k=n)
        out: list[str] = []
        for i, w in enumerate(chosen):
            if i and self.rng.random() < 0.3:
                out.append(self.rng.choice(SMALL))
            out.append(w)
        return " ".join(out)

    def name(self) -> str:
        """A system name: 'GaLore', 'KIVI', 'FlashMemo'."""
        parts = self.rng.choices(self.words, k=2)
        style = self.rng.random()
        if style < 0.3:
            return "".join(p[0] for p in self.rng.choices(self.words, k=4)).upper()
        if style < 0.7:
            return parts[0][:2].capitalize() + parts[1][:4].capitalize()
        return parts[0].capitalize() + parts[1][:3].upper()

    def title(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            t = f"{self.name()}: {self.phrase(self.rng.randint(4, 8))}"
        elif r < 0.55:
            t = f"{self.phrase(self.rng.randint(3, 6))}: {self.phrase(self.rng.randint(2, 5))}"
        else:
            t = self.phrase(self.rng.randint(4, 9))
        if self.rng.random() < 0.5:
            t = " ".join(w if w in SMALL else w[:1].upper() + w[1:] for w in t.split())
        return t[:1].upper() + t[1:]

    def person(self) -> Person:
        return Person(family=self.rng.choice(self.families), given=self.rng.choice(GIVEN))

    def venue_text(self, venue: dict, year: int) -> str:
        forms = [venue["name"], *venue.get("aliases", [])]
        if venue["kind"] == "conference":
            forms += [
                f"Proc. of {venue['acronym']} {year}",
                f"The {self.rng.choice(ORDINALS)} {venue['name']}",
                f"Proceedings of the {venue['name']}",
            ]
        return self.rng.choice(forms)

    def doi(self) -> str:
        self.doi_serial += 1
        prefix = self.rng.choice(["10.1145", "10.1109", "10.1007", "10.18653/v1"])
        return f"{prefix}/{self.doi_serial:07d}.{self.rng.randint(100, 999)}"

    def arxiv(self, year: int) -> str:
        """A new arXiv id, never given before."""
        self.arxiv_serial += 1
        month, number = divmod(self.arxiv_serial, 99999)
        return f"{year % 100:02d}{month % 12 + 1:02d}.{number:05d}"

    def arxiv_of(self, rec: Record) -> str:
        """The arXiv id of a work: its own, or one made up once and kept."""
        if rec.arxiv:
            return rec.arxiv
        if rec.title not in self.latent_arxiv:
            self.latent_arxiv[rec.title] = self.arxiv(rec.year or 2020)
        return self.latent_arxiv[rec.title]

    def work(self) -> Record:
        year = self.rng.randint(2005, 2025)
        venue = self.rng.choice(self.venues)
        journal = venue["kind"] == "journal"
        authors = tuple(self.person() for _ in range(self.rng.choice([1, 2, 3, 3, 4, 5, 6, 8])))
        has_doi = self.rng.random() < 0.6
        return Record(
            type="article" if journal else "inproceedings",
            title=self.title(),
            authors=authors,
            year=year,
            venue=self.venue_text(venue, year),
            venue_short=venue["acronym"] if self.rng.random() < 0.3 else None,
            doi=self.doi() if has_doi else None,
            arxiv=self.arxiv(year) if self.rng.random() < 0.2 else None,
            pages=f"{(p := self.rng.randint(1, 900))}--{p + self.rng.randint(5, 15)}",
        )


# -- variants of one work: how another source writes it --------------------------------


def _case(rec: Record, rng: random.Random) -> Record:
    t = rec.title
    t = rng.choice([t.lower(), t.upper(), t.title(), t.capitalize()])
    return rec.replace(title=re.sub(r"&\w+;", lambda m: m.group(0).lower(), t))


def _punctuation(rec: Record, rng: random.Random) -> Record:
    t = rec.title.replace(":", rng.choice([" -", ".", ",", ""])).replace("-", " ")
    return rec.replace(title=t + rng.choice(["", ".", "?"]))


_LATEX = {"ü": '{\\"u}', "ö": '{\\"o}', "é": "{\\'e}", "á": "{\\'a}", "í": "{\\'i}", "ñ": "{\\~n}"}
_LATEX |= {"š": "{\\v{s}}", "ř": "{\\v{r}}", "ø": "{\\o}", "Ø": "{\\O}", "ł": "{\\l}", "Ł": "{\\L}"}
_LATEX |= {"Ö": '{\\"O}', "Å": "{\\AA}", "å": "{\\aa}", "ó": "{\\'o}", "ć": "{\\'c}"}
_LATEX |= {"É": "{\\'E}", "Š": "{\\v{S}}", "ë": '{\\"e}', "á": "{\\'a}", "ě": "{\\v{e}}"}


def _latex(rec: Record, rng: random.Random) -> Record:
    def esc(s: str) -> str:
        return "".join(_LATEX.get(c, c) for c in s)

    words = rec.title.split()
    # Protect capitals the BibTeX way: {KIVI}, {GaLore}.
    words = [f"{{{w}}}" if sum(c.isupper() for c in w) > 1 else w for w in words]
    title = " ".join(words).replace("&", "\\&")
    authors = tuple(Person(esc(p.family), esc(p.given)) for p in rec.authors)
    return rec.replace(title=title, authors=authors)


def _html(rec: Record, rng: random.Random) -> Record:
    title = rec.title.replace(" and ", " &amp; ", 1)
    if " " in title:
        first, rest = title.split(" ", 1)
        title = f"<i>{first}</i> {rest}"
    return rec.replace(title=title)


def _typo(rec: Record, rng: random.Random) -> Record:
    words = rec.title.split()
    spots = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not spots:
        return rec
    i = rng.choice(spots)
    w = words[i]
    k = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.33:
        w = w[:k] + w[k + 1 :]
    elif op < 0.66:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    else:
        w = w[:k] + rng.choice(string.ascii_lowercase) + w[k:]
    words[i] = w
    return rec.replace(title=" ".join(words))


def _drop_subtitle(rec: Record, rng: random.Random) -> Record:
    if ":" not in rec.title or ", Part I" in rec.title:
        return rec  # without its subtitle, "Part I" could be "Part II": nobody can tell
    main = rec.title.split(":", 1)[0]
    if len({w.lower() for w in main.split()} - set(SMALL)) < 3:
        return rec  # "KIVI" alone is not how anyone cites a paper
    return rec.replace(title=main)


def _initials(rec: Record, rng: random.Random) -> Record:
    def initial(given: str) -> str:
        return "-".join(f"{p[:1]}." for p in given.split("-")) if given else given

    return rec.replace(authors=tuple(Person(p.family, initial(p.given)) for p in rec.authors))


def _doi_url(rec: Record, rng: random.Random) -> Record:
    if not rec.doi:
        return rec
    return rec.replace(doi=rng.choice(["https://doi.org/", "doi:", "http://dx.doi.org/"]) + rec.doi)


VARIANTS: list[Callable[[Record, random.Random], Record]] = [
    _case,
    _punctuation,
    _latex,
    _html,
    _typo,
    _drop_subtitle,
    _initials,
    _doi_url,
]


def duplicate(gen: Generator, rec: Record) -> Record:
    rng = gen.rng
    dup = rec
    if rng.random() < 0.25:  # the arXiv preprint of a published paper
        arxiv = gen.arxiv_of(rec)  # one work, one id, however often its preprint is listed
        dup = rec.replace(
            type="misc",
            venue="arXiv",
            venue_short=None,
            doi=None,
            arxiv=arxiv,
            status="preprint",
            year=(rec.year or 2020) - rng.choice([0, 0, 1, 1, 2]),
            pages=None,
        )
        if rng.random() < 0.5:
            dup = dup.replace(arxiv=None, url=f"https://arxiv.org/abs/{arxiv}v{rng.randint(1, 3)}")
    else:
        venue = next((v for v in gen.venues if v["acronym"] == rec.venue_short), None)
        if venue is None:
            venue = next((v for v in gen.venues if rec.venue in (v["name"], *v["aliases"])), None)
        if venue is not None and rng.random() < 0.5:
            dup = dup.replace(venue=gen.venue_text(venue, rec.year or 2020))
        if rng.random() < 0.6:
            dup = dup.replace(doi=None, arxiv=None)
    for variant in rng.sample(VARIANTS, rng.randint(1, 3)):
        dup = variant(dup, rng)
    return dup


# -- hard negatives: other works that look alike ----------------------------------------


def one_word_changed(gen: Generator, rec: Record) -> Record | None:
    words = rec.title.split()
    # A word of the main title: a copy that drops the subtitle still shows the change.
    main = next((k for k, w in enumerate(words) if w.endswith(":")), len(words))
    spots = [i for i, w in enumerate(words[:main]) if w.lower() not in SMALL and w.isalpha()]
    if len(spots) < 3:
        return None
    i = gen.rng.choice(spots[1:])
    new = gen.rng.choices(gen.words, cum_weights=gen.cum_weights)[0]
    if new.lower() == words[i].lower():
        return None
    words[i] = new.capitalize() if words[i][:1].isupper() else new
    return _sibling(gen, rec, " ".join(words))


def q_prefixed(gen: Generator, rec: Record) -> Record | None:
    return _sibling(gen, rec, f"{gen.rng.choice('QSLMX')}-{rec.title}")


def _sibling(gen: Generator, rec: Record, title: str) -> Record:
    """Another work of the same group: same authors, its own year, venue and DOI."""
    year = (rec.year or 2020) + gen.rng.choice([-2, -1, 0, 1, 2])
    venue = gen.rng.choice(gen.venues)
    return rec.replace(
        title=title,
        year=year,
        venue=gen.venue_text(venue, year),
        venue_short=None,
        doi=gen.doi() if gen.rng.random() < 0.5 else None,
        arxiv=None,
    )


def parts(gen: Generator, rec: Record) -> tuple[Record, Record]:
    """'X, Part I' and 'X, Part II': two works, same authors, venue and year."""
    one = rec.replace(title=f"{rec.title}, Part I", doi=None, arxiv=None)
    two = rec.replace(title=f"{rec.title}, Part II", doi=gen.doi() if rec.doi else None)
    return one, two


def build(n: int, seed: int) -> tuple[list[Record], list[list[int]], list[list[int]]]:
    gen = Generator(seed)
    rng = gen.rng
    n_dups = n // 10
    n_hard = n // 30
    n_works = n - n_dups - n_hard
    works = [gen.work() for _ in range(n_works)]
    items: list[tuple[Record, int, str]] = [(w, i, "work") for i, w in enumerate(works)]
    # Hard negatives replace some works (Part I/II) or are new works (one word, Q- prefix).
    hard_pairs: list[tuple[int, int]] = []
    next_id = n_works
    for k, base in enumerate(rng.sample(range(n_works), n_hard)):
        kind = k % 3
        if kind == 0:
            one, two = parts(gen, works[base])
            items[base] = (one, base, "work")
            items.append((two, next_id, "work"))
        else:
            sib = (one_word_changed if kind == 1 else q_prefixed)(gen, works[base])
            if sib is None:
                sib = q_prefixed(gen, works[base])
            assert sib is not None
            items.append((sib, next_id, "work"))
        hard_pairs.append((base, next_id))
        next_id += 1
    # Duplicates: 10% of the library, of distinct works (a few works twice).
    bases = rng.sample(range(n_works), n_dups)
    for k in range(n_dups):
        base = bases[k] if rng.random() > 0.05 else bases[rng.randrange(max(1, k))]
        items.append((duplicate(gen, items[base][0]), base, "duplicate"))
    order = list(range(len(items)))
    rng.shuffle(order)
    records: list[Record] = []
    where: dict[int, list[int]] = {}
    index_of_id: dict[int, int] = {}
    for pos, old in enumerate(order):
        rec, work_id, kind = items[old]
        records.append(
            rec.replace(
                key=f"r{pos:07d}",
                sources=(Source(path="synthetic.json", key=f"r{pos:07d}"),),
            )
        )
        where.setdefault(work_id, []).append(pos)
        if kind == "work":
            index_of_id[work_id] = pos
    clusters = sorted(sorted(v) for v in where.values() if len(v) > 1)
    hard = [[index_of_id[a], index_of_id[b]] for a, b in hard_pairs if a in index_of_id]
    return records, clusters, hard


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    records, clusters, hard = build(args.n, args.seed)
    items = [r.to_csl() for r in records]
    args.output.write_text(json.dumps(items, ensure_ascii=False) + "\n", encoding="utf-8")
    truth = args.output.with_suffix(".truth.json")
    truth.write_text(json.dumps({"clusters": clusters, "hard_negatives": hard}) + "\n")
    pairs = sum(len(c) * (len(c) - 1) // 2 for c in clusters)
    print(f"{args.output}: {len(items)} items, {pairs} duplicate pairs, {len(hard)} hard negatives")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
