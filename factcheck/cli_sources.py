"""The ``factcheck sources`` and ``factcheck cache`` commands."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")


sources_app = typer.Typer(help="List the reference-data sources, or check which live ones answer.",
                          invoke_without_command=True)


@sources_app.callback()
def sources_list(ctx: typer.Context) -> None:
    """List every source: coverage, licence, whether it needs the network, and plugins that failed to load."""
    if ctx.invoked_subcommand:
        return
    from factcheck import registry

    reg = registry.discover()
    for sid, cls in reg.classes.items():
        info = cls.info
        net = "network" if info.network else "offline"
        typer.echo(f"{sid}\t{net}\t{info.licence}\t{info.name}")
    for name, why in reg.errors.items():
        typer.echo(f"{name}\tFAILED TO LOAD\t{why}")


