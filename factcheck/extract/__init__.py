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


def extract(text: str, lang: str, published: date | None = None,
            problems: list[str] | None = None) -> tuple[Claim, ...]:
    """Every quantitative claim in ``text`` (a whole document), repeated claims merged.

    A sentence that a stage fails on is skipped, never the document: with ``problems`` given, one line per
    skipped sentence is appended to it (the pipeline reports them as findings); without it, the error
    is raised, so a library caller and the tests see it.
    """
    from factcheck.extract import claims, lexicon, numbers, periods, places, sentences

    found: list[Claim] = []
    for sent in sentences.split(text, lang):
        try:
            found.extend(_sentence_claims(sent, lang, published, claims, lexicon, numbers, periods, places))
        except Exception as exc:
            if problems is None:
                raise
            problems.append(f"sentence at character {sent.start} skipped: internal error "
                            f"({type(exc).__name__}: {exc})".splitlines()[0])
    return claims.merge_repeats(found)


def _sentence_claims(sent, lang, published, claims, lexicon, numbers, periods, places) -> list[Claim]:
    qs = numbers.find_quantities(sent.text, lang, sent.start)
    if not qs:
        return []
    return claims.build(
        sent,
        quantities=qs,
        periods=periods.find_periods(sent.text, lang, published, sent.start),
        places=places.find_places(sent.text, lang, sent.start),
        metrics=lexicon.find_metrics(sent.text, lang, sent.start),
        cues=lexicon.find_cues(sent.text, lang, sent.start),
        lang=lang,
        published=published,
    )
