"""JSON: the documented claim contract (README, 'JSON output') plus verdicts, findings and a summary.

``{"documents": [{"path", "language", "published", "claims": [...], "findings": [...]}], "summary": {...},
"schema_version": 1}``; each claim also gets ``location`` (1-based line and column of its number) when
the document's lines are known. The document text itself is never written. Documents are written one
at a time, the summary after them, so a batch of any size is never held as one JSON tree.
Schema: factcheck/schema/report.schema.json.
"""
from __future__ import annotations

from collections import Counter
from typing import TextIO

from factcheck.model import Document, Report
from factcheck.report import common

SCHEMA_VERSION = 1


def document_json(doc: Document) -> dict:
    jd = doc.to_json()
    starts = common.starts_of(doc)
    for c, jc in zip(doc.claims, jd["claims"]):
        where = common.locate(doc, c.span.start, starts)
        jc["location"] = {"line": where[0], "column": where[1]} if where else None
    return jd


def _tree(report: Report) -> dict:
    tally = {"documents": 0, "errors": 0, "claims": 0}
    labels: Counter = Counter()

    def documents():
        for doc in report.documents:
            tally["documents"] += 1
            tally["errors"] += bool(doc.error)
            tally["claims"] += len(doc.claims)
            labels.update(common.label(c) for c in doc.claims)
            yield document_json(doc)

    def summary():
        order = list(common.SEVERITY_ORDER) + sorted(set(labels) - set(common.SEVERITY_ORDER))
        return {**tally, "by_label": {lab: labels[lab] for lab in order if labels[lab]}}

    return {"documents": common.Lazy(documents()), "summary": common.Later(summary),
            "schema_version": SCHEMA_VERSION}


def to_json(report: Report) -> dict:
    """The whole report as one dict (for library use and tests; the writer streams)."""
    return common.parsed(write, report)


def write(report: Report, stream: TextIO) -> None:
    common.dump_json(_tree(report), stream)
    stream.write("\n")
