"""SARIF 2.1.0 for code scanning (GitHub, GitLab, IDEs).

One rule per verdict label (plus one for within-article findings); one result per claim, located by
file, line and column (Unicode code points, 1-based) and carrying a ``partialFingerprints`` entry
that hashes the path and the normalized claim, not its line, so repeated runs merge into one alert.
The level follows the verdict: inaccurate is an error, unverifiable and approximately accurate are
warnings, the rest are notes. Inputs that could not be read become tool execution notifications.
"""
from __future__ import annotations

import hashlib
from typing import TextIO
from urllib.parse import quote

from factcheck.model import Report
from factcheck.report import common

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "factcheckClaim/v1"
FINDING_RULE = "finding"


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/-._~")


def _rules() -> list[dict]:
    rules = []
    for lab in common.SEVERITY_ORDER:
        rules.append({
            "id": lab,
            "name": "".join(w.capitalize() for w in lab.split("_")),
            "shortDescription": {"text": f"Claim verdict: {lab.replace('_', ' ')}"},
            "fullDescription": {"text": common.DESCRIPTIONS[lab]},
            "defaultConfiguration": {"level": common.LEVELS[lab]},
            "properties": {"tags": ["fact-check"]},
        })
    rules.append({
        "id": FINDING_RULE,
        "name": "ArticleFinding",
        "shortDescription": {"text": "An inconsistency inside the article"},
        "fullDescription": {"text": "Figures in the article disagree with each other (parts and totals, repeated figures)."},
        "defaultConfiguration": {"level": "warning"},
        "properties": {"tags": ["fact-check"]},
    })
    return rules


def _message(c) -> str:
    lab = common.label(c)
    text = f"{lab.replace('_', ' ')}: \"{c.span.text}\" ({common.claim_facts(c)})"
    if c.verdict and c.verdict.explanation:
        text += f". {c.verdict.explanation}"
    return text


def _region(doc, start: int, end: int, starts) -> dict | None:
    a = common.locate(doc, start, starts)
    b = common.locate(doc, end, starts)
    if a is None or b is None:
        return None
    return {"startLine": a[0], "startColumn": a[1], "endLine": b[0], "endColumn": b[1]}


def _location(doc, region) -> dict:
    phys = {"artifactLocation": {"uri": _uri(doc.path)}}
    if region:
        phys["region"] = region
    return {"physicalLocation": phys}


def _results(doc, rule_ids):
    starts = common.starts_of(doc)
    by_id = {}
    for c, fp in common.fingerprints(doc):
        by_id[c.id] = c
        lab = common.label(c)
        result = {
            "ruleId": lab,
            "ruleIndex": rule_ids.index(lab) if lab in rule_ids else -1,
            "level": common.LEVELS.get(lab, "note"),
            "message": {"text": _message(c)},
            "locations": [_location(doc, _region(doc, c.span.start, c.span.end, starts))],
            "partialFingerprints": {FINGERPRINT: fp},
            "properties": {"claim": c.to_json()},
        }
        if result["ruleIndex"] < 0:
            del result["ruleIndex"]
        yield result
    for f in doc.findings:
        first = by_id.get(f.claim_ids[0]) if f.claim_ids else None
        region = _region(doc, first.span.start, first.span.end, starts) if first else None
        key = common.normalize(f"{doc.path}\x1f{f.kind}\x1f{f.message}")
        yield {
            "ruleId": FINDING_RULE,
            "ruleIndex": rule_ids.index(FINDING_RULE),
            "level": "warning",
            "message": {"text": f"{f.kind}: {f.message}"},
            "locations": [_location(doc, region)],
            "partialFingerprints": {FINGERPRINT: hashlib.sha256(key.encode()).hexdigest()[:32]},
            "properties": {"finding": f.to_json()},
        }


def _tree(report: Report) -> dict:
    """The log; results are produced while writing, one document at a time."""
    from factcheck import __version__

    rules = _rules()
    rule_ids = [r["id"] for r in rules]
    notifications, artifacts = [], []
    for doc in report.documents:  # first pass: small per-file records only
        if doc.error:
            notifications.append({
                "level": "error",
                "message": {"text": doc.error},
                "locations": [_location(doc, None)],
                "descriptor": {"id": "input-error"},
            })
        else:
            artifacts.append({"location": {"uri": _uri(doc.path)}})

    def results():
        for doc in report.documents:
            if not doc.error:
                yield from _results(doc, rule_ids)

    run = {
        "tool": {"driver": {"name": "factcheck", "version": __version__, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
        "artifacts": artifacts,
        "results": common.Lazy(results()),
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": common.Lazy([run])}


def to_sarif(report: Report) -> dict:
    """The whole log as one dict (for library use and tests; the writer streams)."""
    return common.parsed(write, report)


def write(report: Report, stream: TextIO) -> None:
    common.dump_json(_tree(report), stream)
    stream.write("\n")
