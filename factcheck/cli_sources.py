"""The ``factcheck sources`` and ``factcheck cache`` commands.

    factcheck sources                 every source: network yes/no, licence, redistribution, coverage;
                                      and every plugin that failed to load, with the reason
    factcheck sources check [--offline] [--timeout S]
                                      which live sources answer now (one cheap request each)
    factcheck cache info              path, size and number of stored HTTP responses
    factcheck cache clear             delete the HTTP cache

Only typer is imported at start-up; the registry, the HTTP layer and the adapters load inside the
commands.
"""
from __future__ import annotations

import json
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")
    app.add_typer(cache_app, name="cache")


sources_app = typer.Typer(help="List the reference-data sources, or check which live ones answer.",
                          invoke_without_command=True)
cache_app = typer.Typer(help="Inspect or clear the HTTP cache of the live sources.", no_args_is_help=True)


def _coverage(info) -> str:
    cov = info.coverage
    if cov is None:
        return "coverage not stated"
    parts = [", ".join(cov.metrics) or "-", "freq " + "/".join(cov.frequencies)]
    if cov.years:
        parts.append(f"years {cov.years[0]}-{cov.years[1]}")
    if cov.reporters:
        parts.append(f"{len(cov.reporters)} reporters")
    if cov.partners:
        parts.append(f"{len(cov.partners)} partners")
    return "; ".join(parts)


def _describe(sid: str, info) -> dict:
    return {
        "id": sid, "name": info.name, "network": bool(info.network), "licence": info.licence,
        "redistributable": bool(info.redistributable), "url": info.url, "coverage": _coverage(info),
    }


@sources_app.callback()
def sources_list(ctx: typer.Context,
                 as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text.")) -> None:
    """List every source: coverage, licence, whether it needs the network, and plugins that failed to load."""
    if ctx.invoked_subcommand:
        return
    from factcheck import registry

    reg = registry.discover()
    rows = [_describe(sid, cls.info) for sid, cls in reg.classes.items()]
    for r, cls in zip(rows, reg.classes.values()):
        if hasattr(cls, "datasets"):   # an offline source that ships its data says what is inside
            try:
                r["datasets"] = cls().datasets()
            except Exception as exc:   # a missing or broken data file is named, not a traceback
                r["datasets_error"] = f"{type(exc).__name__}: {exc}"
    if as_json:
        typer.echo(json.dumps({"sources": rows, "failed": reg.errors}, ensure_ascii=False, indent=2))
        return
    for r in rows:   # first line: id, network/offline, licence, name -- tab-separated for scripts
        typer.echo(f"{r['id']}\t{'network' if r['network'] else 'offline'}\t{r['licence']}\t{r['name']}")
        typer.echo(f"    network: {'yes' if r['network'] else 'no'}    "
                   f"redistributable: {'yes' if r['redistributable'] else 'no'}    coverage: {r['coverage']}")
        for d in r.get("datasets", ()):
            rel = f"; releases: {', '.join(d['releases'])}" if d["releases"] else f"; vintage {d['vintage']}"
            typer.echo(f"    - {d['publisher']}: {d['code']} ({d['title']}): {d['metrics']}; {d['reporters']} "
                       f"reporters, {d['years']}{rel}. Licence: {d['licence']}. Attribution: {d['attribution']}")
        if r.get("datasets_error"):
            typer.echo(f"    datasets unreadable: {r['datasets_error']}")
    if not rows:
        typer.echo("no sources registered")
    if reg.errors:
        typer.echo("plugins that failed to load:")
        for name, why in reg.errors.items():
            typer.echo(f"{name}\tFAILED TO LOAD\t{why}")


@sources_app.command("check")
def sources_check(
    offline: bool = typer.Option(False, "--offline", help="Do not touch the network: report live sources as skipped."),
    timeout: float = typer.Option(5.0, "--timeout", min=0.5, help="Seconds to wait for each source."),
) -> None:
    """Say which live sources answer now (one cheap request each, no retries, no cache)."""
    from factcheck import registry
    from factcheck.model import SourceUnavailable

    reg = registry.discover()
    session = None
    if not offline:
        from factcheck import http
        session = http.session(cache=False, policy=http.Policy(
            connect_timeout=timeout, read_timeout=timeout, retries=0, budget=timeout * 2))
    for sid, cls in reg.classes.items():
        if not cls.info.network:
            typer.echo(f"{sid}: local (no network needed)")
            continue
        if offline:
            typer.echo(f"{sid}: skipped (offline)")
            continue
        try:
            src = reg.create(sid, session=session)
            probe = getattr(src, "check", None)
            if probe is None:
                typer.echo(f"{sid}: no check available")
                continue
            typer.echo(f"{sid}: {probe() or 'answers'}")
        except SourceUnavailable as exc:
            typer.echo(f"{sid}: unavailable ({exc})")
        except Exception as exc:  # a plugin's bug must not hide the other sources
            typer.echo(f"{sid}: error ({type(exc).__name__})")
    for name, why in reg.errors.items():
        typer.echo(f"{name}: FAILED TO LOAD: {why}")


def _size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


@cache_app.command("info")
def cache_info(as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
               cache_dir: Optional[str] = typer.Option(None, "--cache-dir", help="Use this cache directory.")) -> None:
    """Where the HTTP cache is, how big, how many responses it holds."""
    from factcheck import http

    info = http.cache_info(cache_dir)
    if as_json:
        typer.echo(json.dumps(info))
        return
    typer.echo(f"path: {info['path']}")
    typer.echo(f"state: {info['state']}" + ("  (it will be rebuilt on the next online run)" if info["state"] == "corrupt" else ""))
    typer.echo(f"size: {_size(info['size'])}")
    typer.echo(f"responses: {info['responses']}")


@cache_app.command("clear")
def cache_clear(cache_dir: Optional[str] = typer.Option(None, "--cache-dir", help="Use this cache directory.")) -> None:
    """Delete the HTTP cache."""
    from factcheck import http

    try:
        freed = http.cache_clear(cache_dir)
    except OSError as exc:
        typer.echo(f"factcheck: cannot clear the cache ({exc.strerror or exc})", err=True)
        raise typer.Exit(2)
    typer.echo(f"cleared {http.cache_path(cache_dir)} ({_size(freed)} freed)")
