"""Terminal output: a rich table per document."""
from __future__ import annotations

from typing import TextIO

from factcheck.model import Report


def _fmt_value(c) -> str:
    v = f"{c.value:,.6g}" if abs(c.value) < 1e6 else f"{c.value:,.0f}"
    if c.value_max is not None:
        v += f"–{c.value_max:,.6g}"
    return f"{v} {c.unit}"


def write(report: Report, stream: TextIO) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(file=stream, highlight=False, soft_wrap=False,
                      force_terminal=getattr(stream, "isatty", lambda: False)())
    for doc in report.documents:
        if doc.error:
            console.print(f"[bold red]error[/] {escape(doc.error)}")
            continue
        title = f"{doc.path} ({doc.language or '?'}, published {doc.published or 'unknown'}): {len(doc.claims)} claims"
        table = Table(title=escape(title), show_lines=False, title_justify="left")
        for col in ("#", "claim", "value", "metric", "entities", "period", "kind", "verdict"):
            table.add_column(col, overflow="fold")
        for n, c in enumerate(doc.claims, 1):
            label = c.verdict.label if c.verdict else "unchecked"
            kind = c.kind + (f" ({c.change_basis})" if c.change_basis else "")
            if c.qualifier:
                kind += f", {c.qualifier}"
            table.add_row(str(n), escape(c.span.text), _fmt_value(c), c.metric, ", ".join(c.entities) or "—",
                          str(c.period) if c.period else "—", kind, label)
        console.print(table)
        for c in doc.claims:
            if c.verdict and c.verdict.explanation:
                console.print(f"  [bold]{escape(c.span.text)}[/]: {escape(c.verdict.explanation)}")
