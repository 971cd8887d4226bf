"""Eurostat adapter: cassettes made from data/recorded/eurostat (see each cassette's header)."""
from __future__ import annotations

import json

import pytest

from factcheck.model import Period, Query, SourceUnavailable
from sources import eurostat
from sources.eurostat import DatasetSpec, EurostatSource

# ert_h_eur_a: former euro-area national currencies vs euro; the currency dimension names the country
ERT = DatasetSpec("ert_h_eur_a", {"statinfo": "AVG", "unit": "NAT"}, "HRK/EUR",
                  entity_dim="currency", entities={"HRV": "HRK"})
HRK = Query("other:exchange_rate_eur", "HRV", period=Period.months(2009, 1, 2010, 12))


def source(session):
    return EurostatSource(session, datasets={"other:exchange_rate_eur": ERT})


def test_transform_query_builds_the_documented_url():
    req = eurostat.transform_query(Query("gdp", "GRC", period=Period.months(2019, 1, 2023, 12)))
    assert req.url == "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/nama_10_gdp"
    assert req.params == {"format": "JSON", "lang": "EN", "freq": "A", "unit": "CP_MEUR", "na_item": "B1GQ",
                          "geo": "EL", "sinceTimePeriod": "2019", "untilTimePeriod": "2023"}


@pytest.mark.vcr
def test_fetch_decodes_jsonstat(make_session):
    obs = source(make_session()).fetch(HRK)
    # flat index = ((statinfo*1 + unit)*21 + currency)*2 + time; HRK is currency 10, AVG statinfo 0:
    # indices 20 and 21 hold 7.34 and 7.2891; the END values (62, 63: 7.30, 7.383) must not appear
    assert [(o.period.start[:4], o.value) for o in obs] == [("2009", 7.34), ("2010", 7.2891)]
    p = obs[0].provenance
    assert p.vintage == "2026-01-08T11:00:00+0100" and p.series == "freq=A.statinfo=AVG.unit=NAT.currency=HRK"
    assert p.dataset.startswith("Eurostat ert_h_eur_a: Former euro area national currencies")


def test_decoder_walks_every_cell_of_the_recorded_body():
    import yaml
    from pathlib import Path

    cassette = Path(__file__).resolve().parents[2] / "fixtures/cassettes/eurostat/test_fetch_decodes_jsonstat.yaml"
    body = json.loads(yaml.safe_load(cassette.read_text())["interactions"][0]["response"]["body"]["string"])
    cells = eurostat.decode_jsonstat(body)
    assert len(cells) == 84 == 1 * 2 * 1 * 21 * 2
    value = {(c["statinfo"], c["currency"], c["time"]): v for c, v in cells}
    assert value[("END", "HRK", "2009")] == 7.30 and value[("END", "HRK", "2010")] == 7.383
    assert value[("AVG", "BGN", "2009")] == 1.95583 and value[("AVG", "SKK", "2010")] == 30.1260


@pytest.mark.vcr
def test_error_envelope_400(make_session):
    with pytest.raises(SourceUnavailable, match='API error 150 INVALID_QUERY_DIMENSION'):
        source(make_session()).fetch(HRK)


@pytest.mark.vcr
def test_429_then_success(make_session, sleeps):
    assert len(source(make_session()).fetch(HRK)) == 2 and sleeps == [2.0]


@pytest.mark.vcr
def test_timeout(make_session):
    with pytest.raises(SourceUnavailable, match="timed out waiting for ec.europa.eu"):
        source(make_session()).fetch(HRK)


@pytest.mark.vcr
def test_malformed_body(make_session):
    with pytest.raises(SourceUnavailable, match="malformed body"):
        source(make_session()).fetch(HRK)


def test_dense_and_sparse_values_decode_alike():
    # a constructed 2x3 cube (formatting example, not statistics); index given as a list in one dimension
    dims = {"a": {"category": {"index": ["x", "y"]}}, "time": {"category": {"index": {"2020": 0, "2021": 1, "2022": 2}}}}
    dense = {"class": "dataset", "id": ["a", "time"], "size": [2, 3], "dimension": dims,
             "value": [1, 2, None, 4, 5, 6]}
    sparse = dict(dense, value={"0": 1, "1": 2, "3": 4, "4": 5, "5": 6})
    cells = eurostat.decode_jsonstat(dense)
    assert cells == eurostat.decode_jsonstat(sparse)
    assert cells[2] == ({"a": "y", "time": "2020"}, 4.0)


@pytest.mark.parametrize("bad", [
    {"class": "dataset", "id": ["a"], "size": [2], "dimension": {"a": {"category": {"index": {"x": 0}}}}, "value": []},
    {"class": "dataset", "id": ["a"], "size": [1], "dimension": {"a": {"category": {"index": {"x": 0}}}}, "value": {"5": 1}},
    {"class": "collection"},
])
def test_changed_schema_is_unavailable(bad):
    with pytest.raises(SourceUnavailable):
        eurostat.decode_jsonstat(bad)


def test_provisional_flag_marks_preliminary():
    # a constructed one-cell cube (formatting example, not statistics)
    body = {"class": "dataset", "id": ["geo", "time"], "size": [1, 2], "updated": "x",
            "dimension": {"geo": {"category": {"index": {"DE": 0}}},
                          "time": {"category": {"index": {"2022": 0, "2023": 1}}}},
            "value": {"0": 1.0, "1": 2.0}, "status": {"1": "p"}}
    spec = DatasetSpec("demo", {}, "percent")
    obs = eurostat.transform_data({"body": body, "url": "u"}, Query("gdp_growth", "DEU"), spec)
    assert [(o.period.start[:4], o.preliminary, o.provenance.note) for o in obs] == [
        ("2022", False, None), ("2023", True, "status flag 'p'")]
