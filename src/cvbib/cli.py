"""The ``cvbib`` command: a thin layer that parses options, calls the library, prints.

Data goes to standard output (or ``-o FILE``), messages to standard error. Exit codes:
0 success, 1 an unexpected failure, 2 bad usage or an input we cannot read.
"""

from __future__ import annotations

import gc
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from cvbib import __version__
from cvbib.corrections import Corrections, find_for
from cvbib.corrections import apply as apply_corrections
from cvbib.errors import CvbibError
from cvbib.extraction_cache import extract_file_cached
from cvbib.formats import WriteOptions, get_format
from cvbib.inputs import Input, read_input
from cvbib.io import write_atomic
from cvbib.keys import DEFAULT_FORMAT, check_format
from cvbib.model import Extraction, Record, Warning_
from cvbib.progress import progress_bar
from cvbib.read import load_text

app = typer.Typer(
    name="cvbib",
    help="Turn the publication lists in academic CVs into clean bibliographies.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    bibtex = "bibtex"
    biblatex = "biblatex"
    csl_json = "csl-json"
    ris = "ris"


class InputFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    html = "html"
    latex = "latex"
    rst = "rst"
    org = "org"
    asciidoc = "asciidoc"
    typst = "typst"
    wikitext = "wikitext"
    wos = "wos"
    yaml = "yaml"
    json_cv = "json-cv"
    pdf = "pdf"
    docx = "docx"


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cvbib {__version__}")
        raise typer.Exit()


CorrectionsOption = Annotated[
    str | None,
    typer.Option(
        "--corrections",
        help="Corrections file (default: cvbib.toml next to the inputs; see cvbib review).",
    ),
]


def _corrections(paths: list[str], explicit: str | None) -> Corrections:
    try:
        return find_for(paths, explicit)
    except CvbibError as exc:
        _err(f"cvbib: error: {exc}")
        raise typer.Exit(2) from None


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """cvbib reads CVs and writes bibliographies."""


@app.command()
def extract(
    cvs: Annotated[
        list[str],
        typer.Argument(
            help="CV files (text, Markdown, HTML, LaTeX, PDF, Word .docx); - for stdin."
        ),
    ],
    to: Annotated[
        OutputFormat, typer.Option("--to", "-t", help="Output format.")
    ] = OutputFormat.bibtex,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    key_format: Annotated[
        str, typer.Option("--key-format", help="Citation key template, e.g. '{auth}{year}{title}'.")
    ] = DEFAULT_FORMAT,
    unicode: Annotated[
        bool | None,
        typer.Option(
            "--unicode/--ascii",
            help="UTF-8 or LaTeX-escaped ASCII (default: ASCII for bibtex, UTF-8 for biblatex).",
        ),
    ] = None,
    input_format: Annotated[
        InputFormat | None,
        typer.Option("--from", help="Input format (default: by extension and content)."),
    ] = None,
    corrections_file: CorrectionsOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
) -> None:
    """Extract the publication entries of CVs as BibTeX, BibLaTeX, CSL-JSON or RIS."""
    try:
        check_format(key_format)
    except CvbibError as exc:
        _err(f"cvbib: {exc}")
        raise typer.Exit(2) from None
    corrections = _corrections(cvs, corrections_file)
    records: list[Record] = []
    failed = False
    with progress_bar("extracting", len(cvs), quiet=quiet) as bar:
        for path in cvs:
            bar.doing(path)
            try:
                result = extract_file_cached(path, input_format.value if input_format else None)
            except CvbibError as exc:
                bar.echo(f"cvbib: error: {exc}")
                failed = True
                continue
            except Exception as exc:  # never a traceback for a user's file
                bar.echo(
                    f"cvbib: error: {path}: could not read this CV ({type(exc).__name__}: {exc})"
                )
                failed = True
                continue
            finally:
                bar.advance()
            kept = apply_corrections(result.records, corrections)
            records.extend(kept)
            if not quiet:
                n = len(kept)
                bar.echo(f"{result.path}: {n} {'entry' if n == 1 else 'entries'} ({result.format})")
                for w in _warnings(result, kept) if corrections else result.warnings:
                    bar.echo(f"  warning: {w}")
                if result.skipped_sections:
                    skipped = ", ".join(
                        f"{h!r} (line {ln})" for ln, h in result.skipped_sections[:12]
                    )
                    bar.echo(f"  skipped sections: {skipped}")
                if len(kept) != len(result.records):
                    dropped = len(result.records) - len(kept)
                    bar.echo(f"  {dropped} marked not a publication by the corrections file")
    fmt = get_format(to.value)
    text = fmt.write(records, WriteOptions(unicode=unicode, key_format=key_format))
    try:
        if output and output != "-":
            write_atomic(output, text)
            if not quiet:
                _err(f"wrote {len(records)} entries to {output}")
        else:
            sys.stdout.write(text)
    except CvbibError as exc:
        _err(f"cvbib: error: {exc}")
        raise typer.Exit(2) from None
    if failed:
        raise typer.Exit(2)


def _warnings(result: Extraction, kept: list[Record]) -> list[Warning_]:
    """The file's own warnings and those of the corrected entries (a fixed field's is gone)."""
    own = [w for w in result.warnings if not any(w.message in r.warnings for r in result.records)]
    return own + [
        Warning_(result.path, r.source.line if r.source else None, w)
        for r in kept
        for w in r.warnings
    ]


def _raw(path: str) -> str:
    """A library file that may be empty (load_text refuses empty CVs)."""
    data = Path(path).read_bytes()
    return load_text(path) if data.strip() else data.decode("utf-8", "replace")


def _read_all(
    paths: list[str], quiet: bool, corrections: Corrections | None = None
) -> tuple[list[Input], bool]:
    """Read every input, corrected; a bad one is reported and skipped (exit code 2 at the
    end)."""
    inputs, failed = [], False
    with progress_bar("reading", len(paths), quiet=quiet) as bar:
        for path in paths:
            bar.doing(path)
            try:
                inp = read_input(path)
            except CvbibError as exc:
                bar.echo(f"cvbib: error: {exc}")
                failed = True
                continue
            except Exception as exc:  # never a traceback for a user's file
                bar.echo(f"cvbib: error: {path}: could not read it ({type(exc).__name__}: {exc})")
                failed = True
                continue
            finally:
                bar.advance()
            if corrections:
                inp.records = apply_corrections(inp.records, corrections)
            inputs.append(inp)
            if not quiet:
                n = len(inp.records)
                bar.echo(f"{inp.path}: {n} {'entry' if n == 1 else 'entries'} ({inp.kind})")
                for w in inp.warnings:
                    bar.echo(f"  warning: {w}")
    return inputs, failed


@app.command()
def merge(
    inputs: Annotated[
        list[str],
        typer.Argument(help="CVs, .bib, CSL-JSON (.json), RIS and zotero.sqlite files."),
    ],
    into: Annotated[
        str | None,
        typer.Option(
            "--into",
            help="Existing library (.bib, .json, zotero.sqlite): update it in place "
            "(a .bak is kept), or with --new-only write only what it lacks.",
        ),
    ] = None,
    to: Annotated[
        OutputFormat | None,
        typer.Option("--to", "-t", help="Output format (default: the library's, else bibtex)."),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    new_only: Annotated[
        bool, typer.Option("--new-only", help="Write only the records the --into library lacks.")
    ] = False,
    report: Annotated[
        str | None,
        typer.Option("--report", help="Explain every group: FILE.json or FILE.html."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
    zotero_push: Annotated[
        bool,
        typer.Option("--zotero-push", help="Send the new records to a running Zotero."),
    ] = False,
    key_format: Annotated[
        str, typer.Option("--key-format", help="Citation key template for new entries.")
    ] = DEFAULT_FORMAT,
    unicode: Annotated[
        bool | None, typer.Option("--unicode/--ascii", help="UTF-8 or LaTeX-escaped ASCII.")
    ] = None,
    corrections_file: CorrectionsOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
) -> None:
    """Merge CVs and libraries into one library, finding duplicates and explaining them."""
    from cvbib.corrections import apart
    from cvbib.merge.library import merge_records
    from cvbib.merge.report import report_html, report_json
    from cvbib.merge.update import append_bibtex, append_csl, fresh_keys

    try:
        check_format(key_format)
        if report and not report.endswith((".json", ".html", ".htm")):
            raise CvbibError("--report takes a .json or .html file name")
        if new_only and not into:
            raise CvbibError("--new-only needs --into LIBRARY (what the new entries are new to)")
        target = read_input(into) if into else None
        if target and target.kind == "cv":
            raise CvbibError("--into takes a library (.bib, .json, zotero.sqlite), not a CV", into)
        in_place = bool(target) and not new_only
        if target and in_place and target.kind not in ("bibtex", "csl-json"):
            raise CvbibError(
                "cvbib never writes into a Zotero database or RIS file; use --new-only "
                "--to csl-json and import the output (or --zotero-push)",
                into,
            )
    except CvbibError as exc:
        _err(f"cvbib: error: {exc}")
        raise typer.Exit(2) from None
    corrections = _corrections(inputs, corrections_file)
    read, failed = _read_all(inputs, quiet, corrections)
    library = target.records if target else []
    records = library + [r for inp in read for r in inp.records]
    with progress_bar("finding duplicates", quiet=quiet):
        groups = merge_records(records, len(library), apart(records, corrections))
    taken = {r.key for r in library if r.key}
    fresh = iter(fresh_keys([g.record for g in groups if g.existing is None], taken, key_format))
    for g in groups:
        if g.existing is None:
            g.record = next(fresh)  # the keys the output and the report share
    new = [g.record for g in groups if g.existing is None]
    default_to = "csl-json" if target and target.kind == "csl-json" else "bibtex"
    fmt_name = to.value if to else default_to
    opts = WriteOptions(unicode=unicode, key_format=key_format)
    try:
        if in_place and target:
            original = load_text(target.path) if target.records else _raw(target.path)
            if target.kind == "bibtex":
                text = append_bibtex(original, new, to.value if to else "bibtex", opts)
            else:
                text = append_csl(original, new, opts, target.path)
            if not dry_run and text != original:
                write_atomic(target.path, text, backup=True)
        else:
            out_records = new if new_only else [g.record for g in groups]
            text = get_format(fmt_name).write(out_records, opts)
            if dry_run:
                pass
            elif output and output != "-":
                write_atomic(output, text)
            else:
                sys.stdout.write(text)
        if report and not dry_run:
            body = (
                report_json(groups, records)
                if report.endswith(".json")
                else report_html(groups, records)
            )
            write_atomic(report, body)
        if zotero_push and new and not dry_run:
            from cvbib.zotero import push_to_zotero

            pushed = push_to_zotero(new)
            if not quiet:
                _err(f"sent {pushed} new records to Zotero")
    except CvbibError as exc:
        _err(f"cvbib: error: {exc}")
        raise typer.Exit(2) from None
    if dry_run and not quiet:
        for rec in new:
            _err(f"  would add {rec.key}: {rec.title[:80]}")
    if not quiet:
        dup_groups = sum(1 for g in groups if len(g.members) > 1)
        _err(
            f"merged {len(read) + (1 if target else 0)} inputs: {len(records)} entries read, "
            f"{dup_groups} duplicate groups, {len(groups)} records, {len(new)} new"
            + (
                f" (added to {target.path}, backup {target.path}.bak)"
                if in_place and target and new and not dry_run
                else ""
            )
            + (" [dry run: nothing written]" if dry_run else "")
        )
    if failed:
        raise typer.Exit(2)


class RenderFormat(str, Enum):
    text = "text"
    html = "html"
    markdown = "markdown"
    latex = "latex"
    rtf = "rtf"


class SortOrder(str, Enum):
    newest = "newest"
    oldest = "oldest"
    author = "author"
    title = "title"
    none = "none"


class GroupBy(str, Enum):
    year = "year"
    type = "type"
    none = "none"


class Numbering(str, Enum):
    none = "none"
    ascending = "ascending"
    descending = "descending"


class StyleKind(str, Enum):
    cvbib = "cvbib"
    independent = "independent"
    dependent = "dependent"
    bibtex = "bibtex"


@app.command("render")
def render_command(
    inputs: Annotated[
        list[str],
        typer.Argument(help="CVs, .bib, CSL-JSON (.json), RIS and zotero.sqlite files."),
    ],
    style: Annotated[
        str,
        typer.Option(
            "--style",
            "-s",
            help="CSL style id (apa, ieee, cv-compact, ...; see cvbib styles), a .csl file, "
            "or a BibTeX style (plain, unsrt, alpha, abbrv).",
        ),
    ] = "apa",
    to: Annotated[
        RenderFormat | None,
        typer.Option(
            "--format", "-f", help="Output format (default: from -o's suffix, else text)."
        ),
    ] = None,
    sort: Annotated[
        SortOrder | None, typer.Option("--sort", help="Order (default: the style's).")
    ] = None,
    group_by: Annotated[
        GroupBy, typer.Option("--group-by", help="Headings by year or by type.")
    ] = GroupBy.none,
    number: Annotated[
        Numbering | None,
        typer.Option("--number", help="Number entries (descending: newest highest, as on a CV)."),
    ] = None,
    highlight: Annotated[
        list[str] | None,
        typer.Option("--highlight", help="Bold this person's name in every form (repeatable)."),
    ] = None,
    highlight_owner: Annotated[
        bool,
        typer.Option("--highlight-owner", help="Bold each CV's owner (as the extractor found)."),
    ] = False,
    where: Annotated[
        list[str] | None,
        typer.Option(
            "--where", help="Keep entries where FIELD OP VALUE, e.g. year>=2022 (repeatable)."
        ),
    ] = None,
    locale: Annotated[str, typer.Option("--locale", help="CSL locale.")] = "en-US",
    link_titles: Annotated[
        bool | None,
        typer.Option(
            "--link-titles/--no-link-titles",
            help="Link titles to their DOI or URL (default: as the style asks).",
        ),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    corrections_file: CorrectionsOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
) -> None:
    """Write a reference list in a citation style: text, HTML, Markdown, LaTeX or RTF."""
    from cvbib.render import render
    from cvbib.render.formats import FORMATS, get_output_format
    from cvbib.render.locales import resolve_locale
    from cvbib.render.select import parse_where
    from cvbib.render.styles import resolve_style

    suffix = Path(output).suffix.lstrip(".").lower() if output else ""
    fmt_name = (
        to.value if to else suffix if suffix in (*FORMATS, "md", "tex", "htm", "txt") else "text"
    )
    try:
        # bad options fail before any input is read
        get_output_format(fmt_name)
        resolve_style(style)
        resolve_locale(locale)
        for condition in where or ():
            parse_where(condition)
    except CvbibError as exc:
        _err(f"cvbib: error: {exc}")
        raise typer.Exit(2) from None
    corrections = _corrections(inputs, corrections_file)
    read, failed = _read_all(inputs, quiet, corrections)
    records = [r for inp in read for r in inp.records]
    if len(read) > 1:
        from cvbib.corrections import apart
        from cvbib.merge.library import merge_records

        records = [g.record for g in merge_records(records, 0, apart(records, corrections))]
    try:
        text = render(
            records,
            style,
            fmt_name,
            sort=sort.value if sort else None,
            group_by=group_by.value,
            number=number.value if number else None,
            highlight=highlight or (),
            highlight_owner=highlight_owner,
            where=where or (),
            locale=locale,
            link_titles=link_titles,
        )
        if output and output != "-":
            write_atomic(output, text)
        else:
            sys.stdout.write(text)
    except CvbibError as exc:
        _err(f"cvbib: error: {exc}")
        raise typer.Exit(2) from None
    if not quiet:
        merged = f" (merged from {len(read)} inputs)" if len(read) > 1 else ""
        where_to = f" to {output}" if output and output != "-" else ""
        _err(f"rendered {len(records)} records{merged} in {style} as {fmt_name}{where_to}")
    if failed:
        raise typer.Exit(2)


@app.command("styles")
def styles_command(
    text: Annotated[str, typer.Argument(help="Words the id or title contains.")] = "",
    kind: Annotated[StyleKind | None, typer.Option("--kind", help="Only this kind.")] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="Show at most this many (0: all).")
    ] = 40,
) -> None:
    """Search the citation styles: id, kind (cvbib, independent, dependent, bibtex), title."""
    from cvbib.render.styles import search

    found = search(text, kind.value if kind else None)
    shown = found[:limit] if limit > 0 else found
    width = max((len(s.id) for s in shown), default=0)
    for s in shown:
        parent = f" (uses {s.parent})" if s.parent else ""
        typer.echo(f"{s.id:<{width}}  {s.kind:<11}  {s.title}{parent}")
    more = f"; showing {len(shown)} (--limit 0 for all)" if len(shown) < len(found) else ""
    _err(f"{len(found)} styles{more}")


@app.command()
def review(
    inputs: Annotated[
        list[str],
        typer.Argument(help="CVs, .bib, CSL-JSON (.json), RIS and zotero.sqlite files."),
    ],
    output: Annotated[
        str, typer.Option("--output", "-o", help="The HTML page to write.")
    ] = "review.html",
    open_page: Annotated[
        bool, typer.Option("--open", help="Open the page in a web browser.")
    ] = False,
    corrections_file: CorrectionsOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
) -> None:
    """Write one HTML page showing every entry as read, its warnings, the duplicates, and
    a snippet for the corrections file."""
    from cvbib.review import build_review, review_html, review_input

    corrections = _corrections(inputs, corrections_file)
    read, failed = [], False
    with progress_bar("reading", len(inputs), quiet=quiet) as bar:
        for path in inputs:
            bar.doing(path)
            try:
                read.append(review_input(path, corrections))
            except CvbibError as exc:
                bar.echo(f"cvbib: error: {exc}")
                failed = True
            except Exception as exc:  # never a traceback for a user's file
                bar.echo(f"cvbib: error: {path}: could not read it ({type(exc).__name__}: {exc})")
                failed = True
            finally:
                bar.advance()
    with progress_bar("finding duplicates", quiet=quiet):
        page = build_review(read, corrections)
    try:
        write_atomic(output, review_html(page))
    except CvbibError as exc:
        _err(f"cvbib: error: {exc}")
        raise typer.Exit(2) from None
    if not quiet:
        entries = [x for inp in page.inputs for x in inp.kept]
        warned = sum(1 for x in entries if x.warnings)
        _err(
            f"wrote {output}: {len(page.inputs)} inputs, {len(entries)} entries, {warned} with "
            f"warnings, {len(page.groups)} duplicate groups, "
            f"{sum(1 for x in page.entries if x.correction)} corrected"
        )
        for c in page.unused:
            _err(f"  warning: {c.where()}: correction {c.fingerprint} matches no entry")
    if open_page:
        import webbrowser

        webbrowser.open(Path(output).resolve().as_uri())
    if failed:
        raise typer.Exit(2)


def main() -> None:
    # A command is one short batch job whose objects (records, blob trees, indexes) form no
    # garbage cycles: the cyclic collector only rescans them, a sixth of rendering a CV.
    # Memory is freed by reference counting as usual.
    gc.disable()
    try:
        app()
    except KeyboardInterrupt:
        _err("cvbib: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug of ours: one line, not a traceback (CVBIB_DEBUG=1 shows it)
        if os.environ.get("CVBIB_DEBUG"):
            raise
        _err(f"cvbib: internal error ({type(exc).__name__}: {exc}); please report it")
        sys.exit(1)


if __name__ == "__main__":
    main()
