"""Report writers: one module per output format, each with ``write(report, stream)``.

``FORMATS`` maps a format name to the module that writes it; modules are imported only when used.
"""
from __future__ import annotations

import importlib
from typing import TextIO

from factcheck.model import Report

FORMATS: dict[str, str] = {
    "text": "factcheck.report.text",
    "json": "factcheck.report.json_format",
    "markdown": "factcheck.report.markdown",
}


def write(report: Report, fmt: str, stream: TextIO) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (have: {', '.join(FORMATS)})")
    importlib.import_module(FORMATS[fmt]).write(report, stream)
