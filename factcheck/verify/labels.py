"""Verdict labels and their schema.org ClaimReview ratings.

ClaimReview (https://schema.org/ClaimReview) carries a ``reviewRating`` (a schema.org ``Rating``)
with a numeric ``ratingValue`` between ``worstRating`` and ``bestRating`` and a human-readable
``alternateName``, which search engines show.  factcheck uses a 1–5 scale:

| label                   | ratingValue | alternateName                         | meaning                                   |
|-------------------------|-------------|---------------------------------------|-------------------------------------------|
| accurate                | 5           | True                                  | the data gives the figure (within rounding/qualifier) |
| approximately_accurate  | 4           | Mostly true                           | off by at most 5 %, or an earlier release |
| unverifiable            | 3           | Unverifiable: no data covers it       | no judgement on truth: data missing       |
| not_checkable           | 3           | Not checkable: target or forecast     | no judgement on truth: not a fact yet     |
| inaccurate              | 1           | False                                 | the data contradicts the figure           |

The middle value 3 is used for the two labels that pass no judgement on truth; the alternateName
says which, so a reader never takes it for "half true".  ``unchecked`` (verification was not run)
has no ClaimReview.
"""
from __future__ import annotations

from factcheck.model import Claim

#: label -> (ratingValue, alternateName)
RATINGS: dict[str, tuple[int, str]] = {
    "accurate": (5, "True"),
    "approximately_accurate": (4, "Mostly true"),
    "unverifiable": (3, "Unverifiable: no data covers it"),
    "not_checkable": (3, "Not checkable: target or forecast"),
    "inaccurate": (1, "False"),
}
BEST, WORST = 5, 1


def rating(label: str) -> dict | None:
    """The schema.org Rating for a label, or None for 'unchecked' / unknown labels."""
    if label not in RATINGS:
        return None
    value, name = RATINGS[label]
    return {"@type": "Rating", "ratingValue": value, "bestRating": BEST, "worstRating": WORST,
            "alternateName": name}


def claim_review(claim: Claim, *, url: str | None = None, published: str | None = None,
                 author: str = "factcheck") -> dict | None:
    """A ClaimReview JSON-LD object for a verified claim (None when it has no verdict)."""
    if claim.verdict is None or rating(claim.verdict.label) is None:
        return None
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.sentence,
        "reviewRating": rating(claim.verdict.label),
        "reviewBody": claim.verdict.explanation,
        "author": {"@type": "Organization", "name": author},
    }
    if url or published:
        review["itemReviewed"] = {"@type": "Claim", **({"appearance": {"@type": "CreativeWork", "url": url}} if url else {}),
                                  **({"datePublished": published} if published else {})}
    return review
