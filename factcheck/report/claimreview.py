"""schema.org ClaimReview as JSON-LD: one review per checked claim.

Every claim whose verdict has a rating in :mod:`factcheck.verify.labels` gets a review (all labels
but ``unchecked``; the ratings and their words are defined there, once). The output is one JSON-LD document
whose ``@graph`` holds the reviews. ``url`` is the reviewed document's path (factcheck publishes no
review page of its own); ``itemReviewed.datePublished`` is the article's publication date when known.
"""
from __future__ import annotations

from typing import TextIO

from factcheck.model import Report
from factcheck.report import common
from factcheck.verify import labels

AUTHOR = {"@type": "Organization", "name": "factcheck"}


def reviews(report: Report):
    """Yield one ClaimReview per rated claim, document by document."""
    for doc in report.documents:
        if doc.error:
            continue
        for c, fp in common.fingerprints(doc):
            rating = labels.rating(common.label(c))
            if rating is None:
                continue
            appearance = {"@type": "CreativeWork", "url": doc.path}
            item = {"@type": "Claim", "appearance": appearance, "text": c.sentence}
            if doc.published:
                item["datePublished"] = doc.published.isoformat()
                appearance["datePublished"] = doc.published.isoformat()
            if doc.language:
                item["inLanguage"] = doc.language
            review = {
                "@type": "ClaimReview",
                "@id": f"#{fp}",
                "url": doc.path,
                "claimReviewed": c.sentence,
                "reviewRating": rating,
                "itemReviewed": item,
                "author": AUTHOR,
            }
            if c.verdict and c.verdict.explanation:
                review["reviewBody"] = c.verdict.explanation
            yield review


def write(report: Report, stream: TextIO) -> None:
    common.dump_json({"@context": "https://schema.org", "@graph": common.Lazy(reviews(report))}, stream)
    stream.write("\n")
