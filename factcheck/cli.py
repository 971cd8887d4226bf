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


def _usage(message: str) -> typer.Exit:
    typer.echo(f"factcheck: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


@app.command()
def run(
    paths: List[str] = typer.Argument(..., help="Files, directories (walked recursively) or globs to check; "
                                      "'-' reads standard input."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="text (default on a terminal), json (default otherwise), markdown, sarif, "
                                           "github, claimreview; several comma-separated with --output DIR."),
    output: Optional[str] = typer.Option(None, "--output", "-o",
                                         help="Write the report to this file (a directory for several formats)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of every input (ru, en); default: detect."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD."),
    offline: Optional[bool] = typer.Option(None, "--offline/--online",
                                           help="Use only the embedded snapshot (default) or live sources too."),
    sources: Optional[str] = typer.Option(None, "--sources", help="Reference sources to ask, in order (comma-separated ids)."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on",
                                          help="Lowest verdict that makes the exit code 1 (default inaccurate; "
                                               "e.g. approximately_accurate, unverifiable)."),
    no_exit: bool = typer.Option(False, "--no-exit", help="Exit 0 whatever the verdicts (errors still exit 2)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Check files in N processes (default 1)."),
    include: Optional[List[str]] = typer.Option(None, "--include",
                                                help="File-name glob used when walking directories (repeatable)."),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", help="Glob of files to skip (repeatable)."),
    config_path: Optional[str] = typer.Option(None, "--config",
                                              help="Configuration file (default: .factcheck.toml or pyproject.toml "
                                                   "[tool.factcheck], searched upwards)."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", min=1, help="Largest input file read, in bytes."),
    max_claims: Optional[int] = typer.Option(None, "--max-claims", min=1,
                                             help="Most claims checked per document (default 1000); the rest are "
                                                  "dropped and the document says it was truncated."),
    source_timeout: Optional[float] = typer.Option(None, "--source-timeout", min=0.001,
                                                   help="Seconds each live source may spend on the network in "
                                                        "one run (default 120)."),
) -> None:
    """Find the quantitative claims in each article and check them."""
    import os

    from factcheck import batch, config, pipeline, report

    try:
        if config_path:
            from pathlib import Path
            table = config._table(Path(config_path))
            cfg = config.parse(table or {}, config_path)
        else:
            cfg = config.discover()
    except config.ConfigError as exc:
        raise _usage(str(exc))

    fail_on = fail_on or cfg.fail_on or "inaccurate"
    if fail_on not in LABELS:
        raise typer.BadParameter(f"--fail-on must be one of {', '.join(LABELS)}", param_hint="--fail-on")
    if not output and cfg.output and cfg.path:
        output = os.path.join(os.path.dirname(cfg.path), cfg.output)
    if fmt:
        try:
            formats = report.parse_formats(fmt)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--format")
    elif cfg.formats:
        formats = list(cfg.formats)
    else:
        formats = ["text" if sys.stdout.isatty() and not output else "json"]
    to_dir = bool(output) and (len(formats) > 1 or os.path.isdir(output))
    if len(formats) > 1 and not output:
        raise typer.BadParameter("several formats need --output DIR", param_hint="--format")

    source_ids = None
    if sources or cfg.sources:
        source_ids = [s.strip() for s in sources.split(",") if s.strip()] if sources else list(cfg.sources)
        from factcheck import registry
        reg = registry.discover()
        broken = [s for s in source_ids if s in reg.errors]
        if broken:
            raise typer.BadParameter("; ".join(f"source {s!r} failed to load ({reg.errors[s]})" for s in broken),
                                     param_hint="--sources")
        unknown = [s for s in source_ids if s not in reg.classes]
        if unknown:
            have = ", ".join(reg.ids()) or "none"
            raise typer.BadParameter(f"unknown source {', '.join(map(repr, unknown))} (have: {have})",
                                     param_hint="--sources")

    opts = {"lang": lang or cfg.lang, "published": _published(published),
            "offline": offline if offline is not None else (cfg.offline if cfg.offline is not None else True)}
    if max_bytes:
        opts["max_bytes"] = max_bytes
    if max_claims or cfg.max_claims:
        opts["max_claims"] = max_claims or cfg.max_claims
    if source_timeout or cfg.source_timeout:
        opts["source_timeout"] = source_timeout or cfg.source_timeout
    options = pipeline.Options(**opts)

    files = [batch.display_path(p) for p in batch.expand(paths, include or cfg.include, exclude or cfg.exclude)]
    if not files:
        typer.echo("factcheck: no files to check", err=True)
    jobs = jobs or cfg.jobs or 1

    def on_error(doc) -> None:
        if doc.error:
            typer.echo(f"factcheck: {doc.error}", err=True)

    with batch.Spool() as docs:
        if batch.want_progress() and len(files) > 1:
            with batch.Progress(len(files)) as bar:
                for doc in batch.run(files, options, source_ids, jobs, progress=bar):
                    on_error(doc)
                    docs.append(doc)
        else:
            for doc in batch.run(files, options, source_ids, jobs):
                on_error(doc)
                docs.append(doc)
        from factcheck.model import Report
        result = Report(documents=docs)  # re-iterable; spooled to a temporary file past 100 documents
        _write_reports(result, formats, output, to_dir)
        code = exit_code(result, fail_on, no_exit)
    raise typer.Exit(code)


def _write_reports(result, formats, output, to_dir) -> None:
    import os

    from factcheck import report

    if output:
        if to_dir:
            try:
                os.makedirs(output, exist_ok=True)
            except OSError as exc:
                raise _usage(f"{output}: cannot create directory ({exc.strerror or exc})")
        for f in formats:
            target = os.path.join(output, report.EXTENSIONS[f]) if to_dir else output
            try:
                with open(target, "w", encoding="utf-8", newline="\n") as fh:
                    report.write(result, f, fh)
            except OSError as exc:
                raise _usage(f"{target}: cannot write report ({exc.strerror or exc})")
    else:
        report.write(result, formats[0], sys.stdout)
        sys.stdout.flush()


def exit_code(result, fail_on: str, no_exit: bool) -> int:
    """2 when an input could not be checked, else 1 when a verdict is at or above ``fail_on``, else 0."""
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
