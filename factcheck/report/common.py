"""Helpers shared by the report writers: labels, severities, locations, fingerprints, values."""
from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections import Counter
from typing import Iterator

from factcheck.model import LABELS, Claim, Document, Report

#: a short human description of each verdict label (SARIF rule help, Markdown summary)
DESCRIPTIONS: dict[str, str] = {
    "accurate": "The claimed figure agrees with the reference data.",
    "approximately_accurate": "The claimed figure is close to the reference data but outside the strict tolerance.",
    "inaccurate": "The claimed figure disagrees with the reference data.",
    "unverifiable": "No reference data could confirm or refute the claimed figure.",
    "not_checkable": "The statement is not a checkable figure (a target, forecast or vague amount).",
    "unchecked": "The claim was found but not checked.",
}

#: SARIF level (and GitHub annotation level) per verdict label
LEVELS: dict[str, str] = {
    "inaccurate": "error",
    "unverifiable": "warning",
    "approximately_accurate": "warning",
    "accurate": "note",
    "not_checkable": "note",
    "unchecked": "note",
}

#: labels from the most severe to the mildest: the order of report sections and summaries
SEVERITY_ORDER: tuple[str, ...] = tuple(reversed(LABELS))


def label(claim: Claim) -> str:
    return claim.verdict.label if claim.verdict else "unchecked"


def counts(report: Report) -> dict[str, int]:
    """Claims per verdict label, every label present, most severe first."""
    c = Counter(label(cl) for d in report.documents for cl in d.claims)
    return {lab: c.get(lab, 0) for lab in SEVERITY_ORDER} | {k: v for k, v in c.items() if k not in LABELS}


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line of ``text`` starts ('\\n' ends a line; '\\r\\n' too)."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return tuple(starts)


def starts_of(doc: Document) -> tuple[int, ...]:
    return doc.line_starts or (line_starts(doc.text) if doc.text else ())


def locate(doc: Document, offset: int, starts: tuple[int, ...] | None = None) -> tuple[int, int] | None:
    """1-based (line, column) of a character offset, column counted in Unicode code points.

    None when the document has no line table (text dropped without one) or is HTML, whose offsets
    point into the extracted visible text rather than into the file.
    """
    if is_html(doc.path):
        return None
    starts = starts if starts is not None else starts_of(doc)
    if not starts:
        return None
    i = bisect.bisect_right(starts, offset) - 1
    return i + 1, offset - starts[i] + 1


def is_html(path: str) -> bool:
    return path.lower().endswith((".html", ".htm"))


_WS = re.compile(r"\s+")


def normalize(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def fingerprints(doc: Document) -> Iterator[tuple[Claim, str]]:
    """A stable id per claim: hash of the path and the normalized claim (never line numbers).

    The same number in the same sentence twice gets an occurrence counter, so ids stay unique and
    survive edits elsewhere in the file.
    """
    seen: Counter = Counter()
    path = doc.path.replace("\\", "/")
    for c in doc.claims:
        key = "\x1f".join((path, normalize(c.sentence), normalize(c.span.text), c.metric))
        seen[key] += 1
        digest = hashlib.sha256(f"{key}\x1f{seen[key]}".encode("utf-8")).hexdigest()
        yield c, digest[:32]


# ------------------------------------------------------------------------------- number display

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))


def fmt_number(x: float | None) -> str:
    if x is None:
        return ""
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) < 1e6 else f"{x:,.0f}"


def fmt_value(x: float, unit: str, value_max: float | None = None) -> str:
    """'166,000,000 USD', '1.8 percent', '5.5–5.7 percent'."""
    v = fmt_number(x)
    if value_max is not None:
        v += "–" + fmt_number(value_max)
    return f"{v} {unit}".strip()


def fmt_claim_value(c: Claim) -> str:
    q = f"{c.qualifier} " if c.qualifier else ""
    return q + fmt_value(c.value, c.unit, c.value_max)


def fmt_entities(entities) -> str:
    return ", ".join(entities)


# ------------------------------------------------------------------------------- streaming JSON

class Lazy:
    """A JSON array whose items are produced while writing (never all in memory at once)."""

    def __init__(self, items) -> None:
        self.items = items


class Later:
    """A JSON value computed when the writer reaches it (e.g. a summary after the documents)."""

    def __init__(self, fn) -> None:
        self.fn = fn


def dump_json(obj, stream, level: int = 0) -> None:
    """Write ``obj`` as ``json.dump(obj, stream, ensure_ascii=False, indent=2)`` would, streaming
    :class:`Lazy` arrays item by item and evaluating :class:`Later` values in place."""
    import json

    pad = "  " * level
    if isinstance(obj, Later):
        obj = obj.fn()
    if isinstance(obj, dict) and any(isinstance(v, (Lazy, Later)) for v in obj.values()):
        stream.write("{")
        for i, (k, v) in enumerate(obj.items()):
            stream.write(("," if i else "") + "\n" + pad + "  " + json.dumps(str(k), ensure_ascii=False) + ": ")
            dump_json(v, stream, level + 1)
        stream.write("\n" + pad + "}")
    elif isinstance(obj, Lazy):
        first = True
        stream.write("[")
        for item in obj.items:
            stream.write(("\n" if first else ",\n") + pad + "  ")
            dump_json(item, stream, level + 1)
            first = False
        stream.write("]" if first else "\n" + pad + "]")
    else:
        stream.write(json.dumps(obj, ensure_ascii=False, indent=2).replace("\n", "\n" + pad))


def parsed(write, report) -> dict:
    """What a streaming JSON writer writes for a report, read back as one dict (library use, tests)."""
    import io
    import json

    buf = io.StringIO()
    write(report, buf)
    return json.loads(buf.getvalue())


def claim_facts(c) -> str:
    """'166,000,000 USD; trade_turnover; BLR, KGZ; 2024-01..2024-11': what a one-line alert says of a claim."""
    facts = [fmt_claim_value(c), c.metric]
    if c.entities:
        facts.append(fmt_entities(c.entities))
    if c.period:
        facts.append(str(c.period))
    return "; ".join(facts)
