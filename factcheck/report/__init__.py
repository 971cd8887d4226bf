"""Report writers: one module per output format, each with ``write(report, stream)`` (ruff's shape).

``FORMATS`` maps a format name to the module that writes it; modules are imported only when used.
``EXTENSIONS`` names the file each format gets when several are written into one directory.
"""
from __future__ import annotations

import importlib
from typing import TextIO

from factcheck.model import Report

FORMATS: dict[str, str] = {
    "text": "factcheck.report.text",
    "json": "factcheck.report.json_format",
    "markdown": "factcheck.report.markdown",
    "sarif": "factcheck.report.sarif",
    "github": "factcheck.report.github",
    "claimreview": "factcheck.report.claimreview",
}

EXTENSIONS: dict[str, str] = {
    "text": "report.txt",
    "json": "report.json",
    "markdown": "report.md",
    "sarif": "report.sarif",
    "github": "report.github.txt",
    "claimreview": "report.claimreview.jsonld",
}


def parse_formats(value: str | list[str] | tuple[str, ...]) -> list[str]:
    """'markdown,sarif' or ['markdown', 'sarif'] -> ['markdown', 'sarif']; ValueError on unknown names."""
    items = value.split(",") if isinstance(value, str) else [x for v in value for x in str(v).split(",")]
    names: list[str] = []
    for item in (x.strip().lower() for x in items):
        if not item:
            continue
        if item == "md":
            item = "markdown"
        if item not in FORMATS:
            raise ValueError(f"unknown format {item!r} (have: {', '.join(FORMATS)})")
        if item not in names:
            names.append(item)
    if not names:
        raise ValueError(f"no format given (have: {', '.join(FORMATS)})")
    return names


def write(report: Report, fmt: str, stream: TextIO) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (have: {', '.join(FORMATS)})")
    importlib.import_module(FORMATS[fmt]).write(report, stream)
