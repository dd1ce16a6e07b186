"""The ``cvbib`` command: a thin layer that parses options, calls the library, prints.

Data goes to standard output (or ``-o FILE``), messages to standard error. Exit codes:
0 success, 1 an unexpected failure, 2 bad usage or an input we cannot read.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from cvbib import __version__
from cvbib.errors import CvbibError
from cvbib.extract import extract_file
from cvbib.formats import WriteOptions, get_format
from cvbib.inputs import Input, read_input
from cvbib.io import write_atomic
from cvbib.keys import DEFAULT_FORMAT, check_format
from cvbib.model import Record
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
    pdf = "pdf"
    docx = "docx"


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cvbib {__version__}")
        raise typer.Exit()


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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
) -> None:
    """Extract the publication entries of CVs as BibTeX, BibLaTeX, CSL-JSON or RIS."""
    try:
        check_format(key_format)
    except CvbibError as exc:
        _err(f"cvbib: {exc}")
        raise typer.Exit(2) from None
    records: list[Record] = []
    failed = False
    for path in cvs:
        try:
            result = extract_file(path, input_format.value if input_format else None)
        except CvbibError as exc:
            _err(f"cvbib: error: {exc}")
            failed = True
            continue
        except Exception as exc:  # never a traceback for a user's file
            _err(f"cvbib: error: {path}: could not read this CV ({type(exc).__name__}: {exc})")
            failed = True
            continue
        records.extend(result.records)
        if not quiet:
            n = len(result.records)
            _err(f"{result.path}: {n} {'entry' if n == 1 else 'entries'} ({result.format})")
            for w in result.warnings:
                _err(f"  warning: {w}")
            if result.skipped_sections:
                skipped = ", ".join(f"{h!r} (line {ln})" for ln, h in result.skipped_sections[:12])
                _err(f"  skipped sections: {skipped}")
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


def _raw(path: str) -> str:
    """A library file that may be empty (load_text refuses empty CVs)."""
    data = Path(path).read_bytes()
    return load_text(path) if data.strip() else data.decode("utf-8", "replace")


def _read_all(paths: list[str], quiet: bool) -> tuple[list[Input], bool]:
    """Read every input; a bad one is reported and skipped (exit code 2 at the end)."""
    inputs, failed = [], False
    for path in paths:
        try:
            inp = read_input(path)
        except CvbibError as exc:
            _err(f"cvbib: error: {exc}")
            failed = True
            continue
        except Exception as exc:  # never a traceback for a user's file
            _err(f"cvbib: error: {path}: could not read it ({type(exc).__name__}: {exc})")
            failed = True
            continue
        inputs.append(inp)
        if not quiet:
            n = len(inp.records)
            _err(f"{inp.path}: {n} {'entry' if n == 1 else 'entries'} ({inp.kind})")
            for w in inp.warnings:
                _err(f"  warning: {w}")
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
) -> None:
    """Merge CVs and libraries into one library, finding duplicates and explaining them."""
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
    read, failed = _read_all(inputs, quiet)
    library = target.records if target else []
    records = library + [r for inp in read for r in inp.records]
    groups = merge_records(records, len(library))
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


def main() -> None:
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
