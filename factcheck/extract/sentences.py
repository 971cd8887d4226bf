"""Split a document into sentences, keeping character offsets."""
from __future__ import annotations

import re
from functools import lru_cache

from factcheck import lang as langdata
from factcheck.model import Sentence

# a sentence ends at . ! ? … (optionally followed by closing quotes/brackets) before whitespace and
# an upper-case letter, digit, quote or dash; or at a blank line / line break.
_END = re.compile(r"""(?<=[.!?…])["»”')\]]*\s+(?=[«"“(\[]?[A-ZА-ЯЁ0-9—–-])|\n\s*""")


@lru_cache(maxsize=None)
def _abbreviations(lang: str | None) -> tuple[frozenset[str], ...]:
    """(never end a sentence, not before a number, a year's abbreviation) from the `sentences` section."""
    if not lang:
        return frozenset(), frozenset(), frozenset(), frozenset()
    try:
        sec = langdata.load(lang).get("sentences", {}) or {}
    except KeyError:
        return frozenset(), frozenset(), frozenset(), frozenset()
    norm = lambda forms: frozenset(str(a).lower().rstrip(".") for a in forms or [])  # noqa: E731
    return (norm(sec.get("abbreviations")), norm(sec.get("before_number")), norm(sec.get("after_year")),
            norm(sec.get("time_phrase_openers")))


_YEAR_BEFORE = re.compile(r"\d{4}(?:[-–]\d{2,4})?\s*$")
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,}\b")


def _mid_sentence(text: str, start: int, word_start: int, nxt: int, openers: frozenset[str]) -> bool:
    """After a year's abbreviation ("2024 г."): the sentence goes on when an acronym follows ("ВВП",
    "США") or when what stands before is only a short time phrase opened by a preposition
    ("В III квартале 2024 г."), not a clause of its own ("Товарооборот вырос в 2023 г.")."""
    before = text[start:word_start]
    if not _YEAR_BEFORE.search(before):
        return False
    if _ACRONYM.match(text, nxt):
        return True
    words = before.split()
    return len(words) <= 5 and words[0].lower() in openers


def split(text: str, lang: str | None = None) -> list[Sentence]:
    abbrevs, before_number, after_year, openers = _abbreviations(lang)
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        cut = m.start()
        if "\n" not in m.group(0):
            word = re.search(r"(\w+)\.?[\"»”')\]]*$", text[start:cut])
            if word and word.group(1).lower() in abbrevs:
                continue
            if word and word.group(1).lower() in before_number and text[m.end():m.end() + 1].isdigit():
                continue  # "on Feb. 24", "ст. 15", "No. 8"
            if word and word.group(1).lower() in after_year and _mid_sentence(text, start, word.start(1), m.end(),
                                                                               openers):
                continue  # "В III квартале 2024 г. ВВП вырос" is one sentence
            if word and len(word.group(1)) == 1 and word.group(1).isupper():
                continue  # an initial: "А. Лукашенко"
        _add(out, text, start, cut)
        start = m.end()
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
