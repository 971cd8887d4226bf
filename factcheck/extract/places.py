"""Countries, capitals, adjectives and groupings, resolved to ISO 3166 alpha-3.

Surface forms come from two places: pycountry's country names (English, and Russian through its
bundled gettext catalogue 'iso3166-1'), precomputed into ``factcheck/data/lexicon_index.json`` by
``scripts/build_lexicon_index.py``; and the ``places:`` section of each language file (aliases,
capitals, adjectives, groupings, exclusions). Russian forms are matched by lemma in every case
("Кыргызстаном", "Беларусью"), see :mod:`factcheck.extract.lexicon`.

``find_places`` only reports what is written; whether a capital stands for its country in a trade
context is for the claim builder to decide (``how="capital"``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from factcheck.model import PlaceMention, Span
from factcheck.extract import lexicon as lx

_HOW = {"country": "alias", "capital": "capital", "adjective": "adjective", "group": "grouping"}
_FROM = {"ru": frozenset({"из", "изо"}), "en": frozenset({"from"})}
_TO = {"ru": frozenset({"в", "во", "на"}), "en": frozenset({"to", "into"})}
_SKIP_BEFORE = frozenset({"the"})
#: how far back (in tokens) a flow word may stand before "в X" / "to X"
_FLOW_WINDOW = 8
#: 'РК' means Korea only where Korea is named ('Корея', 'корейский', 'Сеул')
_KOREA = re.compile(r"[Кк]оре[яиюейё]|[Кк]орейск|Сеул")
_PAREN = re.compile(r"\s*\([^)]*\)")


# ---------------------------------------------------------------- names from pycountry

def pycountry_names() -> dict[str, dict[str, list[str]]]:
    """{'en': {ISO3: [names]}, 'ru': {...}} from pycountry: short, official and common names.

    Parenthesised parts are dropped ('Holy See (Vatican City State)' -> 'Holy See'); 'Korea,
    Republic of' style names are kept only as their head ('Korea') and only when no other country
    has it; a name shared by two countries is dropped for both.
    """
    import gettext

    import pycountry

    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    out: dict[str, dict[str, list[str]]] = {}
    for lang, tr in (("en", lambda s: s), ("ru", ru.gettext)):
        full: dict[str, set[str]] = {}
        heads: dict[str, set[str]] = {}
        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                raw = getattr(c, attr, None)
                if not raw or (lang == "ru" and attr == "common_name"):
                    continue
                name = tr(raw).replace("\u0301", "")
                name = _PAREN.sub("", name).strip()
                if name.lower().startswith("the "):
                    name = name[4:]
                if not name:
                    continue
                if "," in name:
                    head = name.split(",", 1)[0].strip()
                    heads.setdefault(head, set()).add(c.alpha_3)
                else:
                    full.setdefault(name, set()).add(c.alpha_3)
        names: dict[str, set[str]] = {}
        for name, codes in full.items():
            if len(codes) == 1:
                names.setdefault(next(iter(codes)), set()).add(name)
        for head, codes in heads.items():
            if len(codes) == 1 and head not in full:
                names.setdefault(next(iter(codes)), set()).add(head)
        out[lang] = {code: sorted(v) for code, v in sorted(names.items())}
    return out


@lru_cache(maxsize=1)
def _names() -> dict[str, dict[str, list[str]]]:
    """Country names from the shipped index, or straight from pycountry when it has none."""
    return lx.index().get("names") or pycountry_names()


def place_forms(lang: str, names: dict | None = None) -> list[tuple[str, str]]:
    """(concept id, surface form) of every place form of a language: pycountry names as
    'country.<ISO3>' (first), then the language file's places section."""
    if names is None:
        names = _names()
    out = [(f"country.{code}", n) for code, ns in (names.get(lang) or {}).items() for n in ns]
    return out + lx.section_forms(lang, "places")


@lru_cache(maxsize=8)
def _matchers(lang: str) -> tuple[lx.Matcher, lx.Matcher]:
    lemmas, forms = lx.morph_tables(lang)
    morph_lang = lx.uses_morphology(lang)
    names = _names().get(lang) or {}
    name_set = {(code, n) for code, ns in names.items() for n in ns}
    best: dict[tuple, tuple[str, str]] = {}
    flow = []
    for concept, form in place_forms(lang):
        items = lx.compile_form(form, morph_lang, lemmas)
        if concept.startswith("flow."):
            flow.append((concept, items, ""))
            continue
        kind, _, code = concept.partition(".")
        how = "name" if (code, form) in name_set else _HOW.get(kind, "exclude")
        key = (items,)
        prev = best.get(key)
        if prev is None or prev[0] != concept:
            best[key] = (concept, how)  # the language file comes after pycountry and overrides it
        elif how == "name":
            best[key] = (concept, how)  # the same form as a pycountry name and an alias: a name
    entries = [(concept, items, how) for (items,), (concept, how) in best.items()]
    fl = forms if morph_lang else None
    return lx.Matcher(entries, fl), lx.Matcher(flow, fl)


# ---------------------------------------------------------------- post-processing

def _adjective_use(toks: list[lx.Token], m: lx.Match) -> bool:
    """'в Минском районе': a capital's form that is also an adjective, followed by the noun it
    agrees with, is the adjective (pymorphy3's first guess for 'Минском' is минский)."""
    if m.j - m.i != 1 or "~adj" not in toks[m.i].keys or m.j >= len(toks):
        return False
    nxt = toks[m.j]
    if not nxt.text[:1].islower() or not lx._CYRILLIC.search(nxt.norm):
        return False
    from factcheck import morph

    return any(p.tag.POS in ("NOUN", "ADJF") for p in morph.parses(nxt.norm)[:2])


def _role(toks: list[lx.Token], m: lx.Match, lang: str, flow: lx.Matcher) -> str | None:
    p = m.i - 1
    while p >= 0 and toks[p].norm in _SKIP_BEFORE:
        p -= 1
    if p < 0:
        return None
    prep = toks[p].norm
    if prep in _FROM.get(lang, ()):
        return "from"
    if prep not in _TO.get(lang, ()):
        return None
    first = toks[m.i]
    if lx.uses_morphology(lang) and first.keys and not any(k.endswith("{accs}") for k in first.keys):
        return None  # 'в Казахстане' is a location, 'в Казахстан' a direction
    window = toks[max(0, p - _FLOW_WINDOW):p]
    for f in flow.find(window):
        if not any(t.norm in lx._CLAUSE_END for t in window[f.j:]):
            return "to"
    return None


def find_places(text: str, lang: str, offset: int = 0) -> list[PlaceMention]:
    """Places named in a text: countries (every case), aliases, capitals, adjectives, groupings."""
    if not text or not isinstance(text, str) or lx._safe_lang(lang) is None:
        return []
    toks = lx.tokens_for(text, lang)
    places, flow = _matchers(lang)
    matches = places.find(toks)
    out: list[PlaceMention] = []
    korea = _KOREA.search(text) is not None
    for m in matches:
        if m.concept.startswith("exclude."):
            continue
        first, last = toks[m.i], toks[m.j - 1]
        if first.text.isupper() and text[last.end:last.end + 1] == "$":
            continue  # 'US$166 million' is a currency
        if m.tag in ("capital", "name", "alias") and _adjective_use(toks, m):
            continue
        code = m.concept.split(".", 1)[1]
        if code == "KAZ" and first.text == "РК" and korea:
            code = "KOR"  # 'РК' is Kazakhstan in this region, the Republic of Korea next to Korea
        s, e = first.start, last.end
        out.append(PlaceMention(Span(s + offset, e + offset, text[s:e]), (code,), m.tag,
                                _role(toks, m, lang, flow)))
    return out
