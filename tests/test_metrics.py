"""The metric registry (factcheck/data/metrics.yaml) and every table derived from it or checked against it."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from factcheck import metrics
from factcheck.metrics import KINDS

ROOT = Path(__file__).resolve().parents[1]


def _build_script():
    spec = importlib.util.spec_from_file_location("build_snapshot", ROOT / "scripts" / "build_snapshot.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_snapshot", mod)
    spec.loader.exec_module(mod)
    return mod


def test_records_are_frozen_and_complete():
    ms = metrics.all()
    assert len({m.id for m in ms}) == len(ms) > 40
    for m in ms:
        assert m.kind in KINDS
        assert m.label("en") and m.label("ru") and m.label("en") != m.label("ru"), m.id
        if m.kind == "share":
            assert m.denominator == "gdp" and m.unit == "percent", m.id
        if m.per_gdp:
            assert metrics.get(m.per_gdp).kind == "share", m.id
    with pytest.raises(Exception):
        ms[0].kind = "stock"


def test_definitions_news_blurs_stay_apart():
    # «госдолг» / "public debt" = general government gross debt (WEO); central government debt only if "central"
    assert metrics.get("government_debt_gdp").codes("snapshot") == ("GGXWDG_NGDP",)
    assert metrics.get("central_government_debt_gdp").codes("snapshot") == ("GC.DOD.TOTL.GD.ZS",)
    assert metrics.share_of_gdp("government_debt") == "government_debt_gdp"
    assert metrics.share_of_gdp("central_government_debt") == "central_government_debt_gdp"
    # average and end-of-period inflation are two series
    assert "PCPIPCH" in metrics.get("inflation").codes("snapshot")
    assert metrics.get("inflation_eop").codes("snapshot") == ("PCPIEPCH",)
    assert not set(metrics.get("inflation").codes("snapshot")) & set(metrics.get("inflation_eop").codes("snapshot"))


def test_flags():
    assert "gdp" in metrics.ids(additive_over_periods=True)
    assert "population" not in metrics.ids(additive_over_periods=True)      # a stock
    assert "gdp_growth" not in metrics.ids(additive_over_periods=True)      # a rate
    assert metrics.ids(bilateral=True) >= {"exports", "imports", "trade_turnover", "trade_balance"}
    assert "remittances_gdp" in metrics.ids(kinds=("share",))
    assert metrics.get("current_account").signed and not metrics.get("exports").signed


def test_worldbank_indicator_map_is_the_registry():
    from sources.worldbank import INDICATORS
    assert INDICATORS == {m.id: (m.codes("worldbank")[0], m.unit) for m in metrics.all() if m.codes("worldbank")}
    assert INDICATORS["remittances"] == ("BX.TRF.PWKR.CD.DT", "USD")


def test_imf_comtrade_dbnomics_eurostat_against_the_registry():
    from sources import comtrade, dbnomics, eurostat, imf
    assert imf.INDICATORS == {m.id: m.codes("imf") for m in metrics.all() if m.codes("imf")}
    assert set(imf.FLOW_OF) == {c for codes in imf.INDICATORS.values() for c in codes}
    assert set(comtrade.METRICS) == {m.id for m in metrics.all() if m.codes("comtrade")}
    assert set(dbnomics.METRICS) == {m.id for m in metrics.all() if m.codes("dbnomics")}
    assert {k: v.code for k, v in eurostat.DATASETS.items()} == {
        m.id: m.codes("eurostat")[0] for m in metrics.all() if m.codes("eurostat")}


def test_snapshot_builder_tables_match_the_registry():
    b = _build_script()
    for code, (metric, unit) in b.WDI_METRICS.items():
        m = metrics.get(metric)
        assert m is not None and code in m.codes("snapshot"), (code, metric)
        assert unit == m.unit or m.unit_family == "currency", (code, unit, m.unit)
    for concept, (metric, unit, _scale, _what) in b.WEO_METRICS.items():
        m = metrics.get(metric)
        assert m is not None and concept in m.codes("snapshot") and unit == m.unit, concept
    # every code the registry gives the snapshot is loaded by the builder (or computed by the reader)
    loaded = set(b.WDI_METRICS) | set(b.WEO_METRICS)
    for m in metrics.all():
        for code in m.codes("snapshot"):
            if code.replace(".", "").replace("_", "").isalnum() and code.upper() == code and " " not in code:
                assert code in loaded, (m.id, code)


def test_snapshot_metrics_are_the_registry_ones():
    from sources.snapshot import METRICS
    own = {m.id for m in metrics.all() if m.codes("snapshot")}
    assert own <= set(METRICS)
    assert {x for x in METRICS if ":" not in x} == own


def test_verify_tables_are_derived():
    from factcheck.verify.data import ADDITIVE, RATES, TRADE
    from factcheck.verify.engine import KNOWN_METRICS
    assert ADDITIVE == metrics.ids(additive_over_periods=True)
    assert {"gdp_growth", "inflation", "unemployment", "government_debt_gdp"} <= RATES
    assert TRADE == {"exports", "imports", "trade_turnover", "trade_balance"}
    assert {m.id for m in metrics.all() if m.sources} == KNOWN_METRICS


def test_every_metric_with_words_is_in_the_registry():
    from factcheck import lang
    for code in ("en", "ru"):
        words = lang.load(code)["metrics"]
        for concept in words:
            if concept.startswith("metric.") and not concept.startswith("metric.other."):
                assert metrics.get(concept.removeprefix("metric.")) is not None, (code, concept)
