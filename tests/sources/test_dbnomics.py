"""DBnomics adapter: cassettes made from data/recorded/dbnomics (see each cassette's header)."""
from __future__ import annotations

import pytest

from factcheck.model import Period, Query, SourceUnavailable
from sources import dbnomics
from sources.dbnomics import DBnomicsSource

IDS = [f"CEPII/CHELEM-TRADE-CHEL/AES.AES.CAT.{p}" for p in ("BA", "BB", "BC")]


def test_transform_query_names_both_directions_for_turnover():
    assert dbnomics.transform_query(Query("exports", "KGZ", "BLR")).series_ids == (
        "CEPII/CHELEM-TRADE-CHEL/KGZ.BLR.CAT.TT",)
    assert dbnomics.transform_query(Query("trade_turnover", "KGZ", "BLR")).series_ids == (
        "CEPII/CHELEM-TRADE-CHEL/KGZ.BLR.CAT.TT", "CEPII/CHELEM-TRADE-CHEL/BLR.KGZ.CAT.TT")
    assert dbnomics.transform_query(Query("imports", "KGZ")).series_ids == ("CEPII/CHELEM-TRADE-CHEL/WLD.KGZ.CAT.TT",)


@pytest.mark.vcr
def test_fetch_series_parses_recorded_docs(make_session):
    raw = DBnomicsSource(make_session()).fetch_series(IDS)
    assert [d["series_code"] for d in raw["docs"]] == ["AES.AES.CAT.BA", "AES.AES.CAT.BB", "AES.AES.CAT.BC"]
    obs = dbnomics.chelem_observations(raw["docs"], raw["url"], raw["retrieved"])
    cement = {o.period.start[:4]: o for o in obs if o.metric == "other:exports_CAT_BA"}
    # 4.4180715605 and 1005.251046 million US$ in the recorded doc AES.AES.CAT.BA
    assert cement["1967"].value == pytest.approx(4418071.5605)
    assert cement["2021"].value == pytest.approx(1005251046.0)
    assert len(cement) == 55 and (cement["1967"].reporter, cement["1967"].partner) == ("AES", "AES")
    p = cement["1967"].provenance
    assert p.series == "CEPII/CHELEM-TRADE-CHEL/AES.AES.CAT.BA" and p.vintage == "2023-06-08T14:45:21.851Z"
    assert "not redistributable" in p.licence and p.retrieved == "2026-07-01T12:00:00Z"


@pytest.mark.vcr
def test_fetch_series_pages(make_session):
    src = DBnomicsSource(make_session(), page_size=2)
    raw = src.fetch_series(IDS)
    assert src.client.attempts == 2
    assert [d["series_code"] for d in raw["docs"]] == ["AES.AES.CAT.BA", "AES.AES.CAT.BB", "AES.AES.CAT.BC"]


@pytest.mark.vcr
def test_error_404(make_session):
    with pytest.raises(SourceUnavailable, match="API error: Series not found"):
        DBnomicsSource(make_session()).fetch(Query("exports", "KGZ", "BLR"))


@pytest.mark.vcr
def test_429_then_success(make_session, sleeps):
    assert len(DBnomicsSource(make_session()).fetch_series(IDS)["docs"]) == 3 and sleeps == [4.0]


@pytest.mark.vcr
def test_timeout(make_session):
    with pytest.raises(SourceUnavailable, match="timed out waiting for api.db.nomics.world"):
        DBnomicsSource(make_session()).fetch_series(IDS)


@pytest.mark.vcr
def test_malformed_body(make_session):
    with pytest.raises(SourceUnavailable, match="malformed body"):
        DBnomicsSource(make_session()).fetch_series(IDS)


def test_turnover_needs_both_directions_and_scales_millions():
    def doc(code, periods, values):   # formatting example, not statistics
        e, i = code.split(".")[:2]
        return {"series_code": code, "period": periods, "value": values,
                "dimensions": {"exporter": e, "importer": i, "secgroup": "CAT", "product": "CAT_TT"}}
    raw = {"docs": [doc("KGZ.BLR.CAT.TT", ["2020", "2021"], [1.5, "NA"]),
                    doc("BLR.KGZ.CAT.TT", ["2020", "2021"], [2.0, 3.0])], "url": "u"}
    obs = dbnomics.transform_data(raw, Query("trade_turnover", "KGZ", "BLR", Period.months(2020, 1, 2021, 12)))
    assert [(o.period.start[:4], o.value) for o in obs] == [("2020", 3.5e6)]   # 2021 has no KGZ->BLR value
    imports = dbnomics.transform_data(raw, Query("imports", "KGZ", "BLR"))
    assert [(o.period.start[:4], o.value, o.partner) for o in imports] == [("2020", 2e6, "BLR"), ("2021", 3e6, "BLR")]


def test_too_many_series_is_refused():
    with pytest.raises(SourceUnavailable, match="unexpected body"):
        dbnomics.docs_of({"series": {"num_found": 1}})
