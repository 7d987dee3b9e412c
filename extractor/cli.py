"""The `factcheck` command: argument parsing, output and exit codes; the work is in batch.py.

Exit codes: 0 no inconsistent claim, 1 at least one inconsistent claim, 2 usage or input error
(a missing path, an unreadable argument, a bad option), 130 interrupted, 141 output pipe closed.
"""

from __future__ import annotations

import codecs
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from . import batch, crosscheck
from .errors import FactcheckError
from .facts import load_cached as load_facts
from .report import writer

EXIT_OK, EXIT_INCONSISTENT, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Find the numbers in news articles and recompute the claims made with them.",
)


class Format(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"


EPILOG = (
    "Exit codes: 0 no inconsistent claim, 1 at least one inconsistent claim, "
    "2 usage or input error."
)


@app.command(epilog=EPILOG)
def factcheck(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, folders (searched recursively) or - for standard input.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report to FILE instead of standard output."),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per CPU)."),
    ] = 1,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            help="File pattern inside folders, repeatable (default: *.txt and *.md).",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary on stderr.")
    ] = False,
    year: Annotated[
        int | None,
        typer.Option("--year", help='Year the articles were published, for "last year".'),
    ] = None,
    fallback_encoding: Annotated[
        str,
        typer.Option(
            "--fallback-encoding",
            help="Codec for files that are not UTF-8 or UTF-16 ('none' to refuse them).",
        ),
    ] = batch.FALLBACK_ENCODING,
    facts: Annotated[
        Path | None,
        typer.Option(
            "--facts",
            help="Reference figures (CSV: subject,period,value,unit,source; or JSON) to check "
            "stated figures against and to supply the missing base of a change.",
            show_default=False,
        ),
    ] = None,
    cross_check: Annotated[
        bool | None,
        typer.Option(
            "--cross-check/--no-cross-check",
            help="Report figures that two documents state differently for the same subject and "
            "period [default: on when a folder is given].",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check the arithmetic of the claims in news articles."""
    globs = tuple(glob) if glob else batch.DEFAULT_GLOBS
    try:
        fallback = _fallback(fallback_encoding)
        batch.resolve(paths or [], globs)
        if facts is not None:
            load_facts(facts)  # a bad file is a usage error, before any work
        out = _open_output(output)
    except FactcheckError as e:
        _fail(str(e))
    if cross_check is None:
        cross_check = any(os.path.isdir(p) for p in paths or [])
    show_progress = (
        not quiet
        and sys.stderr.isatty()
        # Text on the terminal shows its own progress; a bar would tear through it.
        and not (format is Format.text and output is None and sys.stdout.isatty())
    )
    total = batch.count(paths, globs) if show_progress else 0
    options = batch.Options(
        year=year, fallback=fallback, facts=str(facts) if facts is not None else None
    )
    documents = batch.sources(paths, globs, skip=str(output) if output else None)
    reports = batch.run(documents, jobs=jobs, options=options)
    if cross_check:
        reports = crosscheck.annotate(reports)
    w = writer(format.value, out)
    w.summary.cross_checked = cross_check
    try:
        w.begin()
        if total > 1:
            _write_with_progress(w, reports, total)
        else:
            for report in reports:
                w.write(report)
        w.end()
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # The reader went away (`factcheck ... | head`): stop quietly, as other Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(141) from None
    finally:
        if output is not None:
            out.close()
    if not quiet and sys.stderr.isatty() and (format is not Format.text or output is not None):
        where = f" (report in {output})" if output is not None else ""
        print(w.summary.line() + where, file=sys.stderr)
    raise typer.Exit(EXIT_INCONSISTENT if w.summary.inconsistent else EXIT_OK)


def _fail(message: str) -> None:
    print(f"factcheck: error: {message}", file=sys.stderr)
    raise typer.Exit(EXIT_USAGE)


def _fallback(name: str) -> str | None:
    if name.lower() == "none":
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise FactcheckError(f"--fallback-encoding: unknown encoding {name!r}") from None


def _open_output(output: Path | None) -> TextIO:
    if output is None:
        if hasattr(sys.stdout, "reconfigure"):
            # UTF-8 whatever the locale, and no newline translation: byte-identical everywhere.
            sys.stdout.reconfigure(encoding="utf-8", newline="")
        return sys.stdout
    try:
        return open(output, "w", encoding="utf-8", newline="")
    except OSError as e:
        raise FactcheckError(f"{output}: cannot write: {e.strerror or e}") from None


def _write_with_progress(w, reports, total: int) -> None:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, redirect_stdout=False) as progress:
        task = progress.add_task("checking", total=total)
        for report in reports:
            w.write(report)
            progress.advance(task)


def main() -> None:
    """Entry point of the `factcheck` console script."""
    batch.own_process()  # a process of its own, not a library caller's: see own_process
    app(prog_name="factcheck")
