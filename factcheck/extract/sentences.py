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
def _abbreviations(lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(never end a sentence, do not end one before a number) from the language's `sentences` section."""
    if not lang:
        return frozenset(), frozenset()
    try:
        sec = langdata.load(lang).get("sentences", {}) or {}
    except KeyError:
        return frozenset(), frozenset()
    norm = lambda forms: frozenset(str(a).lower().rstrip(".") for a in forms or [])  # noqa: E731
    return norm(sec.get("abbreviations")), norm(sec.get("before_number"))


def split(text: str, lang: str | None = None) -> list[Sentence]:
    abbrevs, before_number = _abbreviations(lang)
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
