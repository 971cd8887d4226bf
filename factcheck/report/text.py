"""Terminal output: a rich table per document, then each checked claim's explanation and evidence.

On a terminal rich picks the width and colours; anywhere else (a file, a pipe, a golden test) the
width is fixed at 120 columns and there are no colours, so the output is deterministic.
"""
from __future__ import annotations

from typing import TextIO

from factcheck.model import Report
from factcheck.report import common

WIDTH = 120


def write(report: Report, stream: TextIO) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    tty = getattr(stream, "isatty", lambda: False)()
    console = Console(file=stream, highlight=False, soft_wrap=False, force_terminal=tty,
                      width=None if tty else WIDTH, no_color=not tty, emoji=False)
    for doc in report.documents:
        if doc.error:
            console.print(f"[bold red]error[/] {escape(doc.error)}")
            continue
        starts = common.starts_of(doc)
        title = (f"{doc.path} ({doc.language or '?'}, published {doc.published or 'unknown'}): "
                 f"{len(doc.claims)} claims")
        console.print(escape(title), style="bold")
        if not doc.claims:
            continue
        table = Table(show_lines=False)
        for col in ("#", "line", "claim", "value", "metric", "entities", "period", "kind", "verdict"):
            table.add_column(col, overflow="fold")
        for n, c in enumerate(doc.claims, 1):
            kind = c.kind + (f" ({c.change_basis})" if c.change_basis else "")
            where = common.locate(doc, c.span.start, starts)
            table.add_row(str(n), f"{where[0]}:{where[1]}" if where else "—", escape(c.span.text),
                          escape(common.fmt_claim_value(c)), escape(c.metric),
                          common.fmt_entities(c.entities) or "—", str(c.period) if c.period else "—",
                          escape(kind), common.label(c))
        console.print(table)
        for n, c in enumerate(doc.claims, 1):
            v = c.verdict
            if not v or not (v.explanation or v.evidence or v.errors):
                continue
            console.print(f"  [bold]{n}. {escape(c.span.text)}[/] — {common.label(c)}: {escape(v.explanation)}")
            for o in v.evidence:
                p = o.provenance
                src = f"{p.publisher + ': ' if p and p.publisher else ''}{p.dataset if p else ''}"
                extra = ", ".join(x for x in ((p.vintage if p else None), ("preliminary" if o.preliminary else None)) if x)
                line = (f"{common.fmt_value(o.value, o.unit)} {o.period} {o.reporter}"
                        f"{'→' + o.partner if o.partner else ''} [{src}]{' (' + extra + ')' if extra else ''}")
                console.print(f"     {escape(line)}")
            for line in v.arithmetic:
                console.print(f"     {escape(line)}")
            for line in v.errors:
                console.print(f"     [red]{escape(line)}[/]")
        for f in doc.findings:
            console.print(f"  [yellow]{escape(f.kind)}[/]: {escape(f.message)}")
    summary = ", ".join(f"{k} {lab}" for lab, k in common.counts(report).items() if k)
    errors = sum(1 for d in report.documents if d.error)
    console.print(f"{len(report.documents)} documents: {summary or 'no claims'}"
                  f"{f'; {errors} input errors' if errors else ''}")
