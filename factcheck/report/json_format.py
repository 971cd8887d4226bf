"""JSON: the documented claim contract (README, 'JSON output') plus verdicts, findings and a summary.

``{"documents": [{"path", "language", "published", "claims": [...], "findings": [...]}], "summary": {...}}``;
each claim also gets ``location`` (1-based line and column of its number) when the document's lines
are known. The document text itself is never written. Schema: factcheck/schema/report.schema.json.
"""
from __future__ import annotations

import json
from typing import TextIO

from factcheck.model import Report
from factcheck.report import common

SCHEMA_VERSION = 1


def to_json(report: Report) -> dict:
    data = report.to_json()
    for doc, jd in zip(report.documents, data["documents"]):
        starts = common.starts_of(doc)
        for c, jc in zip(doc.claims, jd["claims"]):
            where = common.locate(doc, c.span.start, starts)
            jc["location"] = {"line": where[0], "column": where[1]} if where else None
    data["summary"]["by_label"] = {k: v for k, v in common.counts(report).items() if v}
    data["schema_version"] = SCHEMA_VERSION
    return data


def write(report: Report, stream: TextIO) -> None:
    json.dump(to_json(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
