"""Russian (and other) morphology through pymorphy3, loaded lazily and cached.

pymorphy3's dictionary takes a noticeable moment to open, so nothing here touches it until the
first Russian word is asked for.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> tuple[str, ...]:
    """Every dictionary lemma of a Russian word form, most probable first (lower case)."""
    w = word.lower().replace("ё", "е")
    if not any("а" <= ch <= "я" for ch in w):
        return (w,)
    seen: list[str] = []
    for p in analyzer().parse(w):
        n = p.normal_form.replace("ё", "е")
        if n not in seen:
            seen.append(n)
    return tuple(seen) or (w,)


def lemma(word: str) -> str:
    """The most probable lemma of a word form."""
    return lemmas(word)[0]


@lru_cache(maxsize=50_000)
def parses(word: str):
    """pymorphy3's parses of a word (for callers that need tags such as Geox or case)."""
    return tuple(analyzer().parse(word.lower()))
