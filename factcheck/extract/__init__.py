"""The claim parser: document text -> sentences -> mentions -> claims.

    from factcheck.extract import extract
    claims = extract(text, "ru", published=date(2025, 1, 31))

Each stage is a plain function with one contract (see the module of each):
``sentences.split``, ``numbers.find_quantities``, ``periods.find_periods``,
``places.find_places``, ``lexicon.find_metrics`` / ``find_cues`` and ``claims.build``.
"""
from __future__ import annotations

from datetime import date

from factcheck.model import Claim


def extract(text: str, lang: str, published: date | None = None) -> tuple[Claim, ...]:
    """Every quantitative claim in ``text`` (a whole document), repeated claims merged."""
    from factcheck.extract import claims, lexicon, numbers, periods, places, sentences

    found: list[Claim] = []
    for sent in sentences.split(text, lang):
        qs = numbers.find_quantities(sent.text, lang, sent.start)
        if not qs:
            continue
        found.extend(claims.build(
            sent,
            quantities=qs,
            periods=periods.find_periods(sent.text, lang, published, sent.start),
            places=places.find_places(sent.text, lang, sent.start),
            metrics=lexicon.find_metrics(sent.text, lang, sent.start),
            cues=lexicon.find_cues(sent.text, lang, sent.start),
            lang=lang,
            published=published,
        ))
    return claims.merge_repeats(found)
