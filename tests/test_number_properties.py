"""Properties of the numbers stage, the numbers sections of the language files, and factcheck.units.

- a number formatted by babel (CLDR's own ru, en and en-IN conventions, with grouping) reads back
  as the same value, alone, with a scale word, and as money;
- find_quantities never raises and stays fast on arbitrary text, and its spans point into the text;
- every language file has the same numbers concept ids, and its forms are well-formed;
- pint is not imported unless a physical unit is met; currencies never convert.
"""
from __future__ import annotations

import subprocess
import sys
import time
from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_decimal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import lang as langdata
from factcheck.extract.numbers import find_quantities

# non-negative amounts with up to three decimals (three decimals make "1,234" / "1.234" ambiguous)
amounts = st.decimals(min_value=0, max_value=10**13, places=3, allow_nan=False, allow_infinity=False)

LOCALES = [("ru", "ru_RU", "рублей", "RUB"), ("en", "en_US", "tenge", "KZT"), ("en", "en_IN", "rupees", "INR")]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


@pytest.mark.parametrize("lang,locale,word,code", LOCALES)
@given(x=amounts)
@settings(max_examples=150, deadline=None)
def test_babel_decimals_read_back(lang, locale, word, code, x):
    text = f"составил {format_decimal(x, locale=locale)} {word}." if lang == "ru" else \
        f"amounted to {format_decimal(x, locale=locale)} {word}."
    (q,) = find_quantities(text, lang)
    assert q.unit == code
    assert _close(q.value, float(x)), text


@pytest.mark.parametrize("lang,locale,scale,factor", [
    ("ru", "ru_RU", "млн долларов", 10**6), ("ru", "ru_RU", "млрд рублей", 10**9),
    ("en", "en_US", "billion dollars", 10**9), ("en", "en_US", "mn euros", 10**6)])
@given(x=st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False))
@settings(max_examples=100, deadline=None)
def test_babel_decimals_with_a_scale_word(lang, locale, scale, factor, x):
    text = f"{format_decimal(x, locale=locale)} {scale}"
    (q,) = find_quantities(text, lang)
    assert _close(q.value, float(Decimal(x) * factor)), text


@pytest.mark.parametrize("lang,locale,currency", [
    ("ru", "ru_RU", "RUB"), ("ru", "ru_RU", "USD"), ("ru", "ru_RU", "KZT"), ("en", "en_US", "USD"),
    ("en", "en_GB", "GBP"), ("en", "en_US", "EUR"), ("en", "en_IN", "INR")])
@given(x=st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
@settings(max_examples=100, deadline=None)
def test_babel_currency_reads_back(lang, locale, currency, x):
    text = format_currency(x, currency, locale=locale)
    qs = find_quantities(text, lang)
    assert [q.unit for q in qs] == [currency], text
    assert _close(qs[0].value, float(x)), text


_TOKENS = list("0123456789 ,.-–−—%$€₽₸£¥:/№+()\u00a0\u2009\u202f\n") + [
    "млн", "тыс.", "млрд", "bn", "m", "k", "million", "раза", "times", "до", "от", "и", "and", "более",
    "почти", "over", "полу", "миллиарда", "долларов", "USD", "Rs", "cr", "п.п.", "percent", "соответственно"]
NOISY = st.lists(st.sampled_from(_TOKENS), max_size=120).map("".join)


@pytest.mark.parametrize("lang", ["ru", "en"])
@given(text=st.one_of(st.text(max_size=500), NOISY))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_never_raises_is_fast_and_spans_point_into_the_text(lang, text):
    t0 = time.perf_counter()
    qs = find_quantities(text, lang, offset=7)
    assert time.perf_counter() - t0 < 0.25
    for q in qs:
        assert 0 <= q.span.start - 7 <= q.span.end - 7 <= len(text)
        assert text[q.span.start - 7:q.span.end - 7] == q.span.text
        assert q.value == q.value and q.unit                     # not NaN, has a unit
        assert q.value_max is None or q.value_max > q.value


@pytest.mark.parametrize("text", [
    "1," * 20000, "1 " * 20000, "-" * 50000 + "5", "5" * 100000, "в " * 20000 + "2 раза",
    "более " * 10000 + "$5", "$" * 10000, "млн " * 20000, ("1,5–" * 5000) + "2 млрд", "a " * 20000 + "billion",
])
def test_pathological_inputs_stay_linear(text):
    for lang in ("ru", "en"):
        t0 = time.perf_counter()
        find_quantities(text, lang)
        assert time.perf_counter() - t0 < 2.0


def test_unknown_language_and_empty_text_give_nothing():
    assert find_quantities("$5 billion", "xx") == []
    assert find_quantities("", "ru") == []


# ---------------------------------------------------------------- the language files

CONCEPT_SECTIONS = ("scales", "words", "currencies", "currency_symbols", "units", "ratios", "qualifiers")


def _numbers(code: str) -> dict:
    return langdata.load(code)["numbers"]


def test_every_language_has_the_same_numbers_concept_ids():
    codes = langdata.available()
    assert {"ru", "en"} <= set(codes)
    reference = _numbers("ru")
    for code in codes:
        data = _numbers(code)
        assert set(data) == set(reference), code
        for section in CONCEPT_SECTIONS:
            assert set(data[section]) == set(reference[section]), (code, section)


@pytest.mark.parametrize("code", ["ru", "en"])
def test_numbers_forms_are_well_formed(code):
    from factcheck.units import canonical_unit, is_currency

    data = _numbers(code)
    for section in CONCEPT_SECTIONS:
        seen: set[str] = set()
        for concept, spec in data[section].items():
            forms = spec["forms"] if isinstance(spec, dict) else spec
            assert forms, (section, concept)
            for f in forms:
                assert isinstance(f, str) and f == f.strip() and f.lower() == f, (section, f)
                assert f not in seen, f"duplicate form {f!r} in numbers.{section}"
                seen.add(f)
            if section in ("scales", "words", "ratios"):
                assert float(spec["value"]) >= 0
    for code4217 in list(data["currencies"]) + list(data["currency_symbols"]):
        assert is_currency(code4217), code4217
    for unit in data["units"]:
        if unit not in ("percent", "percentage_point", "persons"):
            assert canonical_unit(unit) == unit, unit
    for concept, spec in data["scales"].items():
        assert float(spec["value"]) == float(concept.split(".", 1)[1])
    for concept, spec in data["words"].items():
        assert float(spec["value"]) == float(concept.split(".", 1)[1])


# ---------------------------------------------------------------- factcheck.units

def test_pint_is_imported_only_when_a_physical_unit_is_met():
    probe = ("import sys\nfrom factcheck.extract.numbers import find_quantities\n"
             "find_quantities('составил около $133 миллионов, рост на 5,5%', 'ru')\n"
             "find_quantities('up 3 percentage points to $12 billion', 'en')\n"
             "print('pint' in sys.modules)\n"
             "find_quantities('рождаемость 9,5 ‰ и 50 б.п.', 'ru')\n"
             "print(find_quantities('4,5 тыс. тонн', 'ru')[0].unit, 'pint' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["False", "tonne True"]


def test_units_canonical_names_and_currency_dimensions():
    import pint

    from factcheck.units import canonical_unit, convert

    assert canonical_unit("tonnes") == "tonne"
    assert canonical_unit("permille") == canonical_unit("‰") == "permille"   # our id is pint's name
    assert canonical_unit("kWh") == "kilowatt_hour"
    assert canonical_unit("barrels") == "barrel"
    assert canonical_unit("cubic_meter") == "cubic_meter"
    assert canonical_unit("USD") == "USD"
    assert convert(1.5, "kilotonne", "tonne") == pytest.approx(1500)
    for prefixed in ("MUSD", "kEUR", "USDs"):
        with pytest.raises(ValueError):
            canonical_unit(prefixed)
    with pytest.raises(pint.DimensionalityError):
        convert(1, "USD", "EUR")
    with pytest.raises(pint.DimensionalityError):
        convert(1, "KZT", "tonne")
    assert convert(3, "KGS", "KGS") == 3
