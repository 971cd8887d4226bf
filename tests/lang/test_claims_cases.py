"""End-to-end claim parsing on real news sentences, one table per language.

The tables are ``tests/lang/<lang>/claims_cases.yaml``: real published sentences quoted verbatim, each
with its page URL, publication date and hand-labelled claims (conventions of
../shared/eval/README.md).  For every sentence, ``factcheck.extract.extract(text, lang, published)``
must return exactly the gold claims: for each gold claim a predicted claim with the same unit and value,
whose value_max, qualifier and period also match; no claim for a negative; no extra claims.

A second group of tests checks the tables themselves (schema, spans present in the text, size and
negatives), so that a broken edit of the data fails loudly instead of silently testing nothing.

Known gaps. A case the parser does not yet read right carries ``gap: <what is missing>`` in the table.
It is still run: the test fails if it starts to pass (remove the mark, so the fix is kept), and
``test_quality_over_the_whole_table`` scores every case, gaps included, against per-language floors,
so a regression anywhere fails. The gap marks are the parser's roadmap; nothing is skipped. Run one
language with ``-k ru-`` or ``-k en-``; each failure prints the sentence, the expected and the
predicted claims and the problems (MISSING / WRONG field / EXTRA).
"""
from __future__ import annotations

import math
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from factcheck.extract import extract

HERE = Path(__file__).resolve().parent
LANGS = ("ru", "en")
MIN_CASES = 70
MIN_NEGATIVES = 10

UNITS_NON_CURRENCY = {"percent", "percentage_point", "ratio", "persons", "tonne", "count"}
QUALIFIERS = {None, "approx", "almost", "more_than", "less_than", "at_least", "up_to"}
KINDS = {"actual", "change", "target", "forecast"}
CLAIM_KEYS = {"span", "value", "value_max", "unit", "qualifier", "period", "metric", "entities", "kind",
              "change_basis"}
_YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _load(lang: str) -> list[dict]:
    with open(HERE / lang / "claims_cases.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


TABLES = {lang: _load(lang) for lang in LANGS}
CASES = [
    pytest.param(lang, case, id=f"{lang}-{i:03d}")
    for lang in LANGS
    for i, case in enumerate(TABLES[lang], start=1)
]


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    if a == b:
        return True
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=0.0)


def _gold_period(p) -> tuple[str, str] | None:
    return None if p is None else (str(p[0]), str(p[1]))


def _pred_period(p) -> tuple[str, str] | None:
    return None if p is None else (p.start, p.end)


def _fmt_gold(g: dict) -> str:
    return (f"{g['span']!r}: value={g['value']} value_max={g['value_max']} unit={g['unit']} "
            f"qualifier={g['qualifier']} period={_gold_period(g['period'])}")


def _fmt_pred(c) -> str:
    return (f"{c.span.text!r}: value={c.value} value_max={c.value_max} unit={c.unit} "
            f"qualifier={c.qualifier} period={_pred_period(c.period)}")


def _mismatches(g: dict, c) -> list[str]:
    out = []
    if not _same_number(g["value_max"], c.value_max):
        out.append(f"value_max expected {g['value_max']} got {c.value_max}")
    if g["qualifier"] != c.qualifier:
        out.append(f"qualifier expected {g['qualifier']} got {c.qualifier}")
    if _gold_period(g["period"]) != _pred_period(c.period):
        out.append(f"period expected {_gold_period(g['period'])} got {_pred_period(c.period)}")
    return out


def _problems(lang: str, case: dict) -> tuple[list, list[str]]:
    predicted = list(extract(case["text"], lang, case["published"]))
    problems: list[str] = []
    unused = list(range(len(predicted)))
    for g in case["claims"]:
        same = [i for i in unused
                if predicted[i].unit == g["unit"] and _same_number(predicted[i].value, g["value"])]
        if not same:
            problems.append(f"MISSING  {_fmt_gold(g)}")
            continue
        # prefer the candidate that agrees on every checked field
        best = min(same, key=lambda i: len(_mismatches(g, predicted[i])))
        unused.remove(best)
        wrong = _mismatches(g, predicted[best])
        if wrong:
            problems.append(f"WRONG    {_fmt_gold(g)}\n           -> " + "; ".join(wrong))
    for i in unused:
        problems.append(f"EXTRA    {_fmt_pred(predicted[i])}")
    return predicted, problems


@pytest.mark.parametrize("lang,case", CASES)
def test_sentence_claims(lang: str, case: dict) -> None:
    text, published = case["text"], case["published"]
    assert published is None or isinstance(published, date)
    predicted, problems = _problems(lang, case)
    if case.get("gap"):
        assert problems, (f"known gap now read right — remove its 'gap' mark from {lang}/claims_cases.yaml: "
                          f"{text[:120]}")
        return
    if problems:
        expected = "\n".join("  " + _fmt_gold(g) for g in case["claims"]) or "  (no claims: negative)"
        got = "\n".join("  " + _fmt_pred(c) for c in predicted) or "  (no claims)"
        pytest.fail(
            f"\nsentence [{lang}] (published {published}): {text}\n"
            f"url: {case['url']}\n"
            f"expected:\n{expected}\ngot:\n{got}\nproblems:\n" + "\n".join("  " + p for p in problems),
            pytrace=False,
        )


# ---------------------------------------------------------------- the tables themselves

@pytest.mark.parametrize("lang", LANGS)
def test_table_size_and_negatives(lang: str) -> None:
    table = TABLES[lang]
    negatives = [c for c in table if not c["claims"]]
    assert len(table) >= MIN_CASES, f"{lang}: {len(table)} cases, want >= {MIN_CASES}"
    assert len(negatives) >= MIN_NEGATIVES, f"{lang}: {len(negatives)} negatives, want >= {MIN_NEGATIVES}"
    texts = [c["text"] for c in table]
    dupes = {t for t in texts if texts.count(t) > 1}
    assert not dupes, f"{lang}: duplicated sentences: {dupes}"


@pytest.mark.parametrize("lang,case", CASES)
def test_case_is_well_formed(lang: str, case: dict) -> None:
    assert set(case) >= {"text", "url", "published", "claims"}, case
    assert case["url"].startswith(("http://", "https://")), case["url"]
    assert case["published"] is None or isinstance(case["published"], date)
    for g in case["claims"]:
        assert set(g) == CLAIM_KEYS, (case["text"], sorted(set(g) ^ CLAIM_KEYS))
        assert g["span"] in case["text"], f"span {g['span']!r} not in {case['text']!r}"
        assert isinstance(g["value"], (int, float)) and not isinstance(g["value"], bool)
        assert g["value_max"] is None or g["value_max"] >= g["value"], g
        assert g["unit"] in UNITS_NON_CURRENCY or re.fullmatch(r"[A-Z]{3}|[a-z_]+", g["unit"]), g["unit"]
        assert g["qualifier"] in QUALIFIERS, g["qualifier"]
        assert g["kind"] in KINDS, g["kind"]
        if g["value_max"] is not None:
            assert g["qualifier"] is None, "a range carries no qualifier"
        if g["period"] is not None:
            start, end = _gold_period(g["period"])
            assert _YM.match(start) and _YM.match(end) and start <= end, g["period"]
        assert isinstance(g["entities"], list)
        assert g["metric"] and isinstance(g["metric"], str)


#: per-language floors over every case of the table (gaps included); raise them as the parser improves
FLOORS = {
    "ru": {"f1": 0.96, "period": 0.90, "qualifier": 0.95},
    "en": {"f1": 0.94, "period": 0.82, "qualifier": 0.95},
}


@pytest.mark.parametrize("lang", LANGS)
def test_quality_over_the_whole_table(lang: str) -> None:
    """Claim F1 (unit + value), and period and qualifier agreement among matched claims."""
    tp = fp = fn = 0
    ok = {"period": 0, "qualifier": 0}
    for case in TABLES[lang]:
        predicted = list(extract(case["text"], lang, case["published"]))
        for g in case["claims"]:
            same = [c for c in predicted if c.unit == g["unit"] and _same_number(c.value, g["value"])]
            if not same:
                fn += 1
                continue
            c = min(same, key=lambda c: len(_mismatches(g, c)))
            predicted.remove(c)
            tp += 1
            ok["period"] += _gold_period(g["period"]) == _pred_period(c.period)
            ok["qualifier"] += g["qualifier"] == c.qualifier
        fp += len(predicted)
    p, r = tp / (tp + fp), tp / (tp + fn)
    got = {"f1": 2 * p * r / (p + r), "period": ok["period"] / tp, "qualifier": ok["qualifier"] / tp}
    low = {k: round(v, 3) for k, v in got.items() if v < FLOORS[lang][k]}
    assert not low, f"{lang}: below the floors {FLOORS[lang]}: {low} (all: { {k: round(v, 3) for k, v in got.items()} })"
