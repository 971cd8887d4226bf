"""Build Claim objects from real sentences: the span is located in the sentence, never typed twice."""
from __future__ import annotations

from factcheck.model import Claim, Document, Period, Span
from factcheck.verify import verify_document


def claim(cid, sentence, span, value, unit, metric, entities, period, kind="actual", basis=None,
          qualifier=None, value_max=None) -> Claim:
    start = sentence.find(span)
    assert start >= 0, f"span {span!r} not in sentence"
    return Claim(cid, sentence, Span(start, start + len(span), span), value, unit, metric, tuple(entities),
                 period, kind, basis, qualifier, value_max)


def year(y):
    return Period.year(y)


def months(y, m1, m2):
    return Period.months(y, m1, y, m2)


def check(source, *claims, published=None):
    doc = verify_document(Document("t", claims=tuple(claims), published=published), [source])
    return doc


def verdict(source, c, published=None):
    return check(source, c, published=published).claims[0].verdict
