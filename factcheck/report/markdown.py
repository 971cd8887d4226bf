"""Markdown for people and pull-request comments (first version)."""
from __future__ import annotations

import re
from typing import TextIO

from factcheck.model import Report

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&])")


def esc(text: str) -> str:
    """Escape untrusted article text so it renders literally (no links, images, HTML, tables)."""
    return _SPECIAL.sub(r"\\\1", text.replace("\r", " ").replace("\n", " "))


def write(report: Report, stream: TextIO) -> None:
    stream.write("# factcheck report\n\n")
    for doc in report.documents:
        stream.write(f"## {esc(doc.path)}\n\n")
        if doc.error:
            stream.write(f"**Error:** {esc(doc.error)}\n\n")
            continue
        stream.write("| # | claim | value | metric | entities | period | kind | verdict |\n")
        stream.write("|---|---|---|---|---|---|---|---|\n")
        for n, c in enumerate(doc.claims, 1):
            label = c.verdict.label if c.verdict else "unchecked"
            stream.write(f"| {n} | {esc(c.span.text)} | {c.value:g} {c.unit} | {esc(c.metric)} | "
                         f"{', '.join(c.entities)} | {c.period or ''} | {c.kind} | {label} |\n")
        stream.write("\n")
