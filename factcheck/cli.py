"""The ``factcheck`` command line (typer). Heavy modules are imported inside the commands."""
from __future__ import annotations

import sys
from datetime import date
from typing import List, Optional

import typer

from factcheck.model import LABELS

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Check the numbers in news articles against public reference data.")

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@app.callback()
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.")) -> None:
    if version:
        from factcheck import __version__
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


def _published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@app.command()
def run(
    paths: List[str] = typer.Argument(..., help="Files to check ('-' reads standard input)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="text (default on a terminal), json, markdown."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of every input (ru, en); default: detect."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD."),
    offline: bool = typer.Option(True, "--offline/--online", help="Use only the embedded snapshot (default)."),
    fail_on: str = typer.Option("inaccurate", "--fail-on", help="Lowest verdict that makes the exit code 1."),
    no_exit: bool = typer.Option(False, "--no-exit", help="Exit 0 whatever the verdicts (errors still exit 2)."),
) -> None:
    """Find the quantitative claims in each article and check them."""
    from factcheck import pipeline, report

    if fail_on not in LABELS:
        raise typer.BadParameter(f"--fail-on must be one of {', '.join(LABELS)}")
    fmt = fmt or ("text" if sys.stdout.isatty() and not output else "json")
    if fmt not in report.FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(report.FORMATS)}")
    options = pipeline.Options(lang=lang, published=_published(published), offline=offline)
    result = pipeline.run(paths, options)
    for doc in result.documents:
        if doc.error:
            typer.echo(f"factcheck: {doc.error}", err=True)
    if output:
        try:
            with open(output, "w", encoding="utf-8") as fh:
                report.write(result, fmt, fh)
        except OSError as exc:
            typer.echo(f"factcheck: {output}: cannot write report ({exc.strerror or exc})", err=True)
            raise typer.Exit(EXIT_ERROR)
    else:
        report.write(result, fmt, sys.stdout)
    raise typer.Exit(exit_code(result, fail_on, no_exit))


def exit_code(result, fail_on: str, no_exit: bool) -> int:
    if any(d.error for d in result.documents):
        return EXIT_ERROR
    if no_exit:
        return EXIT_CLEAN
    threshold = LABELS.index(fail_on)
    for d in result.documents:
        for c in d.claims:
            label = c.verdict.label if c.verdict else "unchecked"
            if label in LABELS and LABELS.index(label) >= threshold:
                return EXIT_FINDINGS
    return EXIT_CLEAN


from factcheck import cli_sources  # noqa: E402  (registers the 'sources' and 'cache' commands)

cli_sources.register(app)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: interrupted\n")
        sys.exit(EXIT_ERROR)
