"""The ``cvbib`` command: a thin layer that parses options, calls the library, prints.

Data goes to standard output (or ``-o FILE``), messages to standard error. Exit codes:
0 success, 1 an unexpected failure, 2 bad usage or an input we cannot read.
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated

import typer

from cvbib import __version__
from cvbib.errors import CvbibError
from cvbib.extract import extract_file
from cvbib.formats import WriteOptions, get_format
from cvbib.io import write_atomic
from cvbib.keys import DEFAULT_FORMAT, check_format
from cvbib.model import Record

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
        list[str], typer.Argument(help="CV files (text, Markdown, HTML, LaTeX); - for stdin.")
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


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        _err("cvbib: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
