"""Markdown for people and pull-request comments.

A summary table (claims by verdict), then one section per document and one per claim: the sentence
quoted with the number marked, the verdict, the explanation, the evidence table (value, period,
reporter, source with link, vintage, licence), the arithmetic and the context.

Article text, file names and anything else that came from the input is untrusted: ``esc`` makes it
render literally under CommonMark and GitHub Flavored Markdown (no links, images, HTML, emphasis,
code spans, headings, lists or table breaks; no autolinked URLs, no @mentions, no #123 references).
"""
from __future__ import annotations

import re
from typing import TextIO
from urllib.parse import quote

from factcheck.model import Claim, Document, Observation, Report
from factcheck.report import common

ZWSP = "\u200b"
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&:$])")
_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# GFM autolinks (scheme://, www.), e-mail autolinks, @mentions and #123 / GH-123 references
_SCHEME = re.compile(r"(?<=[A-Za-z0-9]):(?=//)")
_WWW = re.compile(r"(?i)(?<![A-Za-z0-9])(www)(?=\.)")
_AT = re.compile(r"@")
_REF = re.compile(r"(?i)(#|\bgh-)(?=\d)")


def esc(text: str) -> str:
    """Escape untrusted text for an inline Markdown context (a paragraph, a quote, a table cell)."""
    text = _BREAKS.sub(" ", text)
    text = _CONTROL.sub("", text).replace("\t", " ")
    text = _SCHEME.sub(":" + ZWSP, text)
    text = _WWW.sub(r"\1" + ZWSP, text)
    text = _AT.sub("@" + ZWSP, text)
    text = _REF.sub(lambda m: m.group(1) + ZWSP, text)
    return _SPECIAL.sub(r"\\\1", text)


def safe_url(url: str | None) -> str | None:
    """A link destination we are willing to print: http(s) only, with every risky character encoded."""
    if not url or not re.match(r"(?i)https?://[^\s]+$", url):
        return None
    return quote(url, safe=":/?#@!$&*+,;=%-._~")


def mark(sentence: str, claim: Claim) -> str:
    """The sentence, escaped, with the claimed number in bold (HTML <b>: robust next to letters)."""
    needle = claim.span.text
    i = sentence.find(needle) if needle else -1
    if i < 0:
        return esc(sentence)
    return f"{esc(sentence[:i])}<b>{esc(needle)}</b>{esc(sentence[i + len(needle):])}"


def _interval(lo: float | None, hi: float | None) -> str:
    if lo is None:
        return f"up to {common.fmt_number(hi)}"
    if hi is None:
        return f"above {common.fmt_number(lo)}"
    return f"{common.fmt_number(lo)} to {common.fmt_number(hi)}"


def _cell(text: str) -> str:
    return esc(text) if text else "—"


def _claim_facts(c: Claim) -> str:
    kind = c.kind + (f" ({c.change_basis})" if c.change_basis else "")
    parts = [common.fmt_claim_value(c), c.metric, common.fmt_entities(c.entities) or "no country",
             str(c.period) if c.period else "no period", kind]
    return esc(" · ".join(parts))


def _source(o: Observation) -> str:
    p = o.provenance
    if p is None:
        return "—"
    name = p.dataset + (f", {p.series}" if p.series else "")
    if p.publisher:
        name = f"{p.publisher}: {name}"
    url = safe_url(p.url)
    return f"[{esc(name)}]({url})" if url else esc(name)


def _evidence(stream: TextIO, evidence: tuple[Observation, ...]) -> None:
    stream.write("| value | period | reporter | partner | source | vintage | licence |\n")
    stream.write("|---:|---|---|---|---|---|---|\n")
    for o in evidence:
        p = o.provenance
        value = common.fmt_value(o.value, o.unit) + (" (preliminary)" if o.preliminary else "")
        stream.write(f"| {esc(value)} | {esc(str(o.period))} | {_cell(o.reporter)} | {_cell(o.partner or '')} | "
                     f"{_source(o)} | {_cell(p.vintage if p and p.vintage else '')} | "
                     f"{_cell(p.licence if p and p.licence else '')} |\n")
    stream.write("\n")


def _lines(stream: TextIO, title: str, lines: tuple[str, ...]) -> None:
    if lines:
        stream.write(f"**{title}**\n\n")
        for line in lines:
            stream.write(f"- {esc(line)}\n")
        stream.write("\n")


def _claim(stream: TextIO, doc: Document, n: int, c: Claim, starts) -> None:
    lab = common.label(c)
    where = common.locate(doc, c.span.start, starts)
    at = f" (line {where[0]})" if where else ""
    stream.write(f"### {n}\\. {esc(c.span.text)} — {lab}{at}\n\n")
    stream.write(f"> {mark(c.sentence, c)}\n\n")
    stream.write(f"- **Verdict:** {lab}\n")
    stream.write(f"- **Claim:** {_claim_facts(c)}\n")
    v = c.verdict
    if v and v.explanation:
        stream.write(f"- **Explanation:** {esc(v.explanation)}\n")
    if v and v.rule:
        stream.write(f"- **Rule:** {esc(v.rule)}\n")
    if v and v.interval and v.interval != (None, None):
        stream.write(f"- **Accepted interval:** {esc(_interval(*v.interval))}\n")
    for note in c.notes:
        stream.write(f"- **Note:** {esc(note)}\n")
    stream.write("\n")
    if v and v.evidence:
        _evidence(stream, v.evidence)
    if v:
        _lines(stream, "Arithmetic", v.arithmetic)
        _lines(stream, "Context", v.context)
        _lines(stream, "Errors", v.errors)


def write(report: Report, stream: TextIO) -> None:
    n_claims = sum(len(d.claims) for d in report.documents)
    n_errors = sum(1 for d in report.documents if d.error)
    stream.write("# factcheck report\n\n")
    stream.write(f"{len(report.documents)} documents, {n_claims} claims, {n_errors} input errors.\n\n")
    stream.write("| verdict | claims |\n|---|---:|\n")
    for lab, k in common.counts(report).items():
        stream.write(f"| {esc(lab)} | {k} |\n")
    stream.write("\n")
    for doc in report.documents:
        stream.write(f"## {esc(doc.path)}\n\n")
        if doc.error:
            stream.write(f"**Error:** {esc(doc.error)}\n\n")
            continue
        meta = f"language {doc.language or 'unknown'}, published {doc.published or 'unknown'}, {len(doc.claims)} claims"
        stream.write(f"{esc(meta)}\n\n")
        starts = common.starts_of(doc)
        for n, c in enumerate(doc.claims, 1):
            _claim(stream, doc, n, c, starts)
        if doc.findings:
            stream.write("### Findings\n\n")
            for f in doc.findings:
                stream.write(f"- **{esc(f.kind)}:** {esc(f.message)}\n")
            stream.write("\n")
