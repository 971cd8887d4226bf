"""Every language file through one schema: sections present, values non-empty, no duplicate surface
forms inside a section, the same concept ids in every language. Generic structure only; what a
section's forms mean is tested next to the code that reads them (tests/lang/<code>/)."""
from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from factcheck import lang

REQUIRED = ("sentences", "numbers", "periods", "places", "metrics", "cues")
#: sections whose concepts are things (a country, a metric, a cue): a surface form names one thing only,
#: and a concept named in one language is named in all. In the grammar sections (numbers, periods,
#: claims, sentences) a function word may serve several roles ("до" is a qualifier and a range word),
#: and a concept may be empty where the language lacks it (English has no year suffix "-го").
LEXICAL = ("places", "metrics", "cues")
LANGS = lang.available()
#: every section any language file has (sections other stages add are covered too)
SECTIONS = tuple(sorted(set(REQUIRED).union(
    *({k for k, v in lang.load(code).items() if isinstance(v, dict)} for code in LANGS))))


def _strings(value):
    """Every surface form (string inside a list) of a concept value, however nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            if isinstance(v, (list, dict)):
                yield from _strings(v)


def _filled(value) -> bool:
    if isinstance(value, (list, dict, str)):
        return len(value) > 0
    return value is not None


def test_supported_languages_have_files():
    assert set(lang.SUPPORTED) <= set(LANGS)


@pytest.mark.parametrize("code", LANGS)
def test_sections_present_and_mappings(code):
    data = lang.load(code)
    assert data["language"] == code
    for section in SECTIONS:  # the required ones and every section another language has
        assert section in data, f"{code}: section {section!r} missing"
        assert isinstance(data[section], dict), f"{code}: section {section!r} is not a mapping"


@pytest.mark.parametrize("code", LANGS)
def test_no_empty_or_null_surface_forms(code):
    data = lang.load(code)
    for section in SECTIONS:
        for concept, value in data[section].items():
            assert value is not None, f"{code}.{section}.{concept} is null"
            for s in _strings(value):
                assert s.strip(), f"{code}.{section}.{concept} has an empty surface form"
                assert s == s.strip(), f"{code}.{section}.{concept}: {s!r} has outer spaces"


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("section", LEXICAL)
def test_no_duplicate_surface_forms_in_a_section(code, section):
    data = lang.load(code)[section]
    seen = Counter()
    where: dict[str, list[str]] = {}
    for concept, value in data.items():
        for s in set(_strings(value)):
            key = unicodedata.normalize("NFC", s).lower().replace("ё", "е")
            seen[key] += 1
            where.setdefault(key, []).append(concept)
    dups = {k: where[k] for k, n in seen.items() if n > 1}
    assert not dups, f"{code}.{section}: surface forms in several concepts: {dups}"


@pytest.mark.parametrize("section", SECTIONS)
def test_same_concept_ids_in_every_language(section):
    ids = {code: set(lang.load(code)[section]) for code in LANGS}
    union = set().union(*ids.values())
    for code, have in ids.items():
        assert have == union, f"{code}.{section}: missing {sorted(union - have)}"


@pytest.mark.parametrize("section", LEXICAL)
def test_a_concept_filled_in_one_language_is_filled_in_all(section):
    """An empty value next to a filled one in another language is a missing translation."""
    data = {code: lang.load(code)[section] for code in LANGS}
    for concept in set().union(*(set(d) for d in data.values())):
        filled = {code: _filled(d.get(concept)) for code, d in data.items()}
        if any(filled.values()):
            assert all(filled.values()), f"{section}.{concept} empty in {[c for c, f in filled.items() if not f]}"


@pytest.mark.parametrize("code", LANGS)
def test_no_surface_form_was_read_as_a_boolean(code):
    """YAML reads bare yes/no/on/off as booleans: a form like that must be quoted."""
    def walk(value, path):  # settings may be booleans; members of a list of forms may not
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{path}.{k}")
        elif isinstance(value, list):
            for v in value:
                if isinstance(v, bool):
                    raise AssertionError(f"{code}.{path}: {v!r} is a boolean, quote the word")
                walk(v, path)
    for section in SECTIONS:
        walk(lang.load(code)[section], section)


def test_unknown_language_is_a_clear_error():
    with pytest.raises(KeyError, match="no language data"):
        lang.load("xx")
