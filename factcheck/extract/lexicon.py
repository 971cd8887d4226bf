"""Metric words and cue words (target, forecast, direction, comparison basis), matched by lemma.

The surface forms live in the language files (``metrics:`` and ``cues:`` sections of
``factcheck/lang/<code>.yaml``; their header states the grammar). This module also holds the
phrase matcher that :mod:`factcheck.extract.places` uses.

Russian words are matched by lemma without running pymorphy3 on the text: every inflected form of
every lexicon lemma is precomputed (with pymorphy3, by ``scripts/build_lexicon_index.py``) into
``factcheck/data/lexicon_index.json``, so matching a token is one dictionary look-up. Words added to
a language file after the index was built are analysed with pymorphy3 at load time (slower, same
result); the test suite checks that the shipped index is up to date. English words are matched
lower-cased, exactly or by stem (``export*``).
"""
from __future__ import annotations

import gc
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import itemgetter

from factcheck.model import Cue, MetricMention, Span

INDEX_RESOURCE = ("factcheck.data", "lexicon_index.json")
INDEX_VERSION = 1
MAX_GAP = 8

#: words, dotted abbreviations (U.S.), and single punctuation marks
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+|[^\w\s]")
#: tokens a gap ("бюджет ... дефицит") never crosses
_CLAUSE_END = frozenset({".", "!", "?", ";", "\n"})
_CYRILLIC = re.compile(r"[а-яё]")


def norm(word: str) -> str:
    """The matching key of a word: lower case, ё as е, typographic apostrophe as '."""
    return word.lower().replace("ё", "е").replace("\u2019", "'")


class Token(tuple):
    """(start, end, text, norm, keys): a word or punctuation mark; keys are its lemma keys
    (Russian), empty for other languages. A tuple subclass: built in C, read through properties."""
    __slots__ = ()
    start = property(itemgetter(0))
    end = property(itemgetter(1))
    text = property(itemgetter(2))
    norm = property(itemgetter(3))
    keys = property(itemgetter(4))


def _lower(text: str) -> str:
    low = text.lower().replace("ё", "е").replace("\u2019", "'")
    return low if len(low) == len(text) else ""


def tokenize(text: str, forms: dict[str, list[str]] | None = None) -> list[Token]:
    low = _lower(text)
    out: list[Token] = []
    append = out.append
    get = forms.get if forms is not None else None
    # many small objects at once: the cyclic GC would rescan them again and again (they hold no cycles)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for m in _TOKEN.finditer(text):
            s, e = m.span()
            n = low[s:e] if low else norm(m.group())
            append(Token((s, e, text[s:e], n, get(n, ()) if get is not None else ())))
    finally:
        if was_enabled:
            gc.enable()
    return out


# ---------------------------------------------------------------- surface-form grammar

# item kinds: L lemma key, W lower-case word, X exact (case-sensitive), S stem, G gap
@dataclass(frozen=True, slots=True)
class Item:
    kind: str
    value: str
    cap: bool = False  # the text word must start with a capital letter


def _is_exact_word(w: str) -> bool:
    """All-capital words (ВВП, US, G20) and dotted abbreviations (U.S.) match case-sensitively."""
    letters = [c for c in w if c.isalpha()]
    return ("." in w and len(w) > 1) or (len(letters) >= 2 and all(c.isupper() for c in letters))


_GRAM = re.compile(r"^(.+)\{(\w+)\}$")


def split_form(form: str) -> list[str]:
    """A surface form's words as the tokenizer would cut the same text ('Нью-Дели' -> Нью, -, Дели)."""
    out: list[str] = []
    for part in form.split():
        if part == "...":
            out.append(part)
        elif part.startswith("=") or _GRAM.match(part) or part.endswith("*"):
            out.append(part)
        else:
            out.extend(m.group() for m in _TOKEN.finditer(part))
    return out


def lemma_words(form: str) -> list[tuple[str, str | None]]:
    """The (word, grammeme) pairs of a Russian form that are matched by lemma."""
    out = []
    for w in split_form(form):
        if w == "..." or w.startswith("=") or w.endswith("*") or _is_exact_word(w):
            continue
        g = _GRAM.match(w)
        word, gram = (g.group(1), g.group(2)) if g else (w, None)
        if any(c.isalpha() for c in word):
            out.append((norm(word), gram))
    return out


def compile_form(form: str, lang_morph: bool, lemmas: dict[str, str]) -> tuple[Item, ...]:
    items = []
    for w in split_form(form):
        if w == "...":
            items.append(Item("G", str(MAX_GAP)))
        elif w.startswith("="):
            items.append(Item("W", norm(w[1:])))
        elif w.endswith("*") and len(w) > 1:
            items.append(Item("S", norm(w[:-1])))
        elif _is_exact_word(w):
            items.append(Item("X", w))
        elif not any(c.isalpha() for c in w):
            items.append(Item("W", norm(w)))
        else:
            g = _GRAM.match(w)
            word, gram = (g.group(1), g.group(2)) if g else (w, None)
            cap = word[:1].isupper()
            if lang_morph:
                key = lemmas.get(norm(word), norm(word))
                items.append(Item("L", f"{key}{{{gram}}}" if gram else key, cap))
            else:
                items.append(Item("W", norm(word), cap))
    return tuple(items)


# ---------------------------------------------------------------- the matcher

@dataclass(frozen=True, slots=True)
class Match:
    i: int          # first token
    j: int          # one past the last token
    concept: str
    tag: str = ""   # free annotation carried from the entry (e.g. how a place was named)


class Matcher:
    """Leftmost-longest phrase matching over tokens; overlapping shorter phrases lose, except that
    phrases of different concepts covering exactly the same tokens are all kept."""

    def __init__(self, entries: list[tuple[str, tuple[Item, ...], str]], forms: dict | None):
        self.forms = forms
        self.by_key: dict[str, list] = {}
        self.by_word: dict[str, list] = {}
        self.by_stem: dict[str, list] = {}
        for concept, items, tag in entries:
            if not items or items[0].kind == "G":
                continue
            first = items[0]
            if first.kind == "L":
                self.by_key.setdefault(first.value, []).append((concept, items, tag))
            elif first.kind in ("W", "X"):
                self.by_word.setdefault(norm(first.value), []).append((concept, items, tag))
            else:
                self.by_stem.setdefault(first.value[:3], []).append((concept, items, tag))

    @staticmethod
    def _ok(tok: Token, it: Item) -> bool:
        k = it.kind
        if k == "L":
            hit = it.value in tok.keys
        elif k == "W":
            hit = tok.norm == it.value
        elif k == "X":
            hit = tok.text == it.value
        else:
            hit = tok.norm.startswith(it.value)
        return hit and (not it.cap or tok.text[:1].isupper())

    def _end(self, toks: list[Token], i: int, items: tuple[Item, ...], k: int) -> int:
        """Index one past the match of items[k:] starting at token i, or -1."""
        n = len(toks)
        while k < len(items):
            it = items[k]
            if it.kind == "G":
                for g in range(i, min(n, i + int(it.value) + 1)):
                    end = self._end(toks, g, items, k + 1)
                    if end >= 0:
                        return end
                    if toks[g].norm in _CLAUSE_END:
                        return -1
                return -1
            if i >= n or not self._ok(toks[i], it):
                return -1
            i += 1
            k += 1
        return i

    def find(self, toks: list[Token]) -> list[Match]:
        found: list[Match] = []
        by_key, by_word, by_stem = self.by_key, self.by_word, self.by_stem
        for i, tok in enumerate(toks):
            cands = []
            for key in tok.keys:
                c = by_key.get(key)
                if c:
                    cands.extend(c)
            c = by_word.get(tok.norm)
            if c:
                cands.extend(c)
            if by_stem:
                c = by_stem.get(tok.norm[:3])
                if c:
                    cands.extend(c)
            for concept, items, tag in cands:
                end = self._end(toks, i, items, 0)
                if end > i:
                    found.append(Match(i, end, concept, tag))
        if not found:
            return []
        found.sort(key=lambda m: (-(m.j - m.i), m.i, not m.concept.startswith("exclude.")))
        taken: list[Match] = []
        owner: dict[int, list[Match]] = {}   # token -> accepted matches covering it
        for m in found:
            clash = False
            for t in {id(x): x for k in range(m.i, m.j) for x in owner.get(k, ())}.values():
                if (m.i, m.j) == (t.i, t.j) and m.concept != t.concept \
                        and not m.concept.startswith("exclude.") and not t.concept.startswith("exclude."):
                    continue
                clash = True
                break
            if not clash:
                taken.append(m)
                for k in range(m.i, m.j):
                    owner.setdefault(k, []).append(m)
        taken.sort(key=lambda m: (m.i, m.j, m.concept))
        return taken


# ---------------------------------------------------------------- the shipped index

@lru_cache(maxsize=1)
def index() -> dict:
    """The generated data file (country names from pycountry, Russian word forms from pymorphy3)."""
    try:
        f = resources.files(INDEX_RESOURCE[0]) / INDEX_RESOURCE[1]
        data = json.loads(f.read_text(encoding="utf-8"))
        if data.get("version") == INDEX_VERSION:
            return data
    except (FileNotFoundError, ModuleNotFoundError, ValueError):
        pass
    return {"version": INDEX_VERSION, "names": {}, "ru": {"lemmas": {}, "forms": {}}}


def uses_morphology(lang: str) -> bool:
    return lang == "ru"


def section_forms(lang: str, section: str) -> list[tuple[str, str]]:
    """(concept id, surface form) pairs of one section of a language file."""
    from factcheck import lang as langdata

    data = langdata.load(lang).get(section) or {}
    out = []
    for concept, forms in data.items():
        if isinstance(forms, str):
            forms = [forms]
        for f in forms or ():
            if isinstance(f, str) and f.strip():
                out.append((concept, f))
    return out


@lru_cache(maxsize=8)
def morph_tables(lang: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """(word -> lemma key, form -> lemma keys) for a language matched by lemma; extended at run
    time with pymorphy3 for words the shipped index does not know yet."""
    if not uses_morphology(lang):
        return {}, {}
    data = index().get(lang) or {"lemmas": {}, "forms": {}}
    lemmas: dict[str, str] = dict(data["lemmas"])
    forms: dict[str, list[str]] = {k: list(v) for k, v in data["forms"].items()}
    from factcheck.extract.places import place_forms

    wanted = vocabulary(lang, place_forms(lang))
    known = set(data.get("vocab", ()))
    missing = {w: v for w, v in wanted.items() if vocab_key(w, v) not in known}
    if missing:
        extra = build_forms(missing)
        lemmas.update(extra["lemmas"])
        for form, keys in extra["forms"].items():
            have = forms.setdefault(form, [])
            for k in keys:
                if k not in have:
                    have.append(k)
    return lemmas, forms


def vocabulary(lang: str, places: list[tuple[str, str]]) -> dict[tuple[str, str | None], str]:
    """Every (word, grammeme) matched by lemma in a language's lexicon -> 'place' or 'word'."""
    out: dict[tuple[str, str | None], str] = {}
    for kind, pairs in (("place", places),
                        ("word", section_forms(lang, "metrics") + section_forms(lang, "cues"))):
        for concept, form in pairs:
            is_place = kind == "place" and not concept.startswith(("flow.", "exclude."))
            adjective = concept.startswith("adjective.")
            for w in lemma_words(form):
                tag = "adjective" if adjective else "place" if is_place else "word"
                if out.get(w) not in ("place", "adjective"):
                    out[w] = tag
    return out


def vocab_key(word: tuple[str, str | None], kind: str) -> str:
    return f"{word[0]}\t{word[1] or ''}\t{kind}"


def build_forms(words: dict[tuple[str, str | None], str]) -> dict:
    """Lemma key of each word and every inflected form of its lemma (pymorphy3).

    Place nouns keep the grammatical number of their dictionary form (no "Китаев" from "Китай")
    and also get '<lemma>{accs}' on accusative forms (for direction: 'в Казахстан'); forms that
    pymorphy3 also reads as an adjective of another lemma get '~adj' ('Минском'). Adjectives of
    places get their compound stem ('белорусско-'). A word asked with a grammeme gets
    '<lemma>{gram}' on the forms that carry it.
    """
    from factcheck import morph

    an = morph.analyzer()
    lemmas: dict[str, str] = {}
    forms: dict[str, set[str]] = {}

    def add(form: str, key: str) -> None:
        forms.setdefault(norm(form), set()).add(key)

    for (word, gram), kind in sorted(words.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        parses = an.parse(word)
        if not parses:
            continue
        p = parses[0]
        if kind == "place":
            geo = [q for q in parses if "Geox" in q.tag]
            p = geo[0] if geo else p
        elif kind == "adjective":
            adj = [q for q in parses if q.tag.POS == "ADJF"]
            p = adj[0] if adj else p
        key = norm(p.normal_form)
        lemmas[word] = key
        number = p.tag.number if kind == "place" else None
        for f in p.lexeme:
            if number and f.tag.number and f.tag.number != number:
                continue
            w = norm(f.word)
            add(w, key)
            if gram and gram in f.tag:
                add(w, f"{key}{{{gram}}}")
            if kind == "place":
                if "accs" in f.tag:
                    add(w, f"{key}{{accs}}")
                if any(q.tag.POS == "ADJF" and norm(q.normal_form) != key for q in an.parse(w)):
                    add(w, "~adj")
        if kind == "adjective" and key.endswith(("ий", "ый")):
            add(key[:-2] + "о", key)
    return {"vocab": sorted(vocab_key(w, k) for w, k in words.items()),
            "lemmas": dict(sorted(lemmas.items())),
            "forms": {f: sorted(k) for f, k in sorted(forms.items())}}


# ---------------------------------------------------------------- metrics and cues

def _metric_id(concept: str) -> str:
    name = concept.split(".", 1)[1]
    return "other:" + name.split(".", 1)[1] if name.startswith("other.") else name


@lru_cache(maxsize=16)
def matcher(lang: str, section: str) -> Matcher:
    lemmas, forms = morph_tables(lang)
    morph_lang = uses_morphology(lang)
    entries, seen = [], set()
    for concept, form in section_forms(lang, section):
        items = compile_form(form, morph_lang, lemmas)
        if (concept, items) not in seen:
            seen.add((concept, items))
            entries.append((concept, items, ""))
    return Matcher(entries, forms if morph_lang else None)


@lru_cache(maxsize=8)
def tokens_for(text: str, lang: str) -> tuple[Token, ...]:
    """The tokens of a sentence; cached because places, metrics and cues read the same sentence."""
    return tuple(tokenize(text, morph_tables(lang)[1] if uses_morphology(lang) else None))


def _safe_lang(lang: str) -> str | None:
    from factcheck import lang as langdata

    try:
        langdata.load(lang)
    except (KeyError, OSError, ValueError):
        return None
    return lang


def _spans(text: str, lang: str, section: str, offset: int):
    if not text or not isinstance(text, str) or _safe_lang(lang) is None:
        return
    toks = tokens_for(text, lang)
    for m in matcher(lang, section).find(toks):
        if m.concept.startswith("exclude."):
            continue
        s, e = toks[m.i].start, toks[m.j - 1].end
        yield Span(s + offset, e + offset, text[s:e]), m.concept


def find_metrics(text: str, lang: str, offset: int = 0) -> list[MetricMention]:
    """Metric words of a text: 'товарооборот', 'ВВП на душу населения', 'trade turnover'."""
    return [MetricMention(span, _metric_id(c)) for span, c in _spans(text, lang, "metrics", offset)
            if c.startswith("metric.")]


def find_cues(text: str, lang: str, offset: int = 0) -> list[Cue]:
    """Cue words: target, forecast, up, down, change, yoy, prior_period, respectively."""
    return [Cue(span, c.split(".", 1)[1]) for span, c in _spans(text, lang, "cues", offset)
            if c.startswith("cue.")]


# ---------------------------------------------------------------- building the index

def build_index() -> dict:
    """The content of ``factcheck/data/lexicon_index.json`` (deterministic for fixed versions of
    pycountry, pymorphy3's dictionary and the language files)."""
    from importlib.metadata import version

    from factcheck.extract.places import place_forms, pycountry_names

    names = pycountry_names()
    out: dict = {
        "version": INDEX_VERSION,
        "generated_by": "scripts/build_lexicon_index.py",
        "sources": {
            "pycountry": version("pycountry"),
            "pymorphy3-dicts-ru": version("pymorphy3-dicts-ru"),
            "note": "country names: pycountry (Debian iso-codes data, LGPL-2.1), Russian ones from its "
                    "bundled gettext catalogue 'iso3166-1'; Russian word forms: pymorphy3 with "
                    "pymorphy3-dicts-ru (MIT), compiled from the OpenCorpora dictionary "
                    "(opencorpora.org, CC BY-SA)",
        },
        "names": names,
    }
    for lang in ("ru",):
        out[lang] = build_forms(vocabulary(lang, place_forms(lang, names)))
    return out


def dump_index(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"
