"""IMF IMTS adapter: cassettes made from data/recorded/imf (see each cassette's header)."""
from __future__ import annotations

import pytest

from factcheck.model import Period, Query, SourceUnavailable
from sources import imf
from sources.imf import IMFSource

USA_X = Query("exports", "USA", period=Period.months(2023, 1, 2024, 12))


def test_transform_query_uses_the_recorded_url_form():
    req = imf.transform_query(Query("exports", "KGZ", "BLR", Period.months(2023, 1, 2023, 6), "M"))
    assert req.url == ("https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.STA/IMTS/+/KGZ.XG_FOB_USD.BLR.M"
                       "?c%5BTIME_PERIOD%5D=ge:2023-01-01+le:2023-06-30"
                       "&dimensionAtObservation=TIME_PERIOD&detail=full&includeHistory=false")
    turnover = imf.transform_query(Query("trade_turnover", "KGZ", None, Period.year(2023)))
    assert turnover.key == "KGZ.XG_FOB_USD+MG_CIF_USD.G001.A"     # world total only when no partner


def test_can_answer_refuses_groupings_and_self():
    src = IMFSource(session=object())
    assert src.can_answer(Query("imports", "KGZ", "BLR"))
    assert src.can_answer(Query("exports", "KGZ", "WLD", frequency="Q"))
    assert not src.can_answer(Query("exports", "KGZ", "EAEU"))   # an aggregate partner: never summed
    assert not src.can_answer(Query("exports", "KGZ", "KGZ"))
    assert not src.can_answer(Query("gdp", "KGZ"))


@pytest.mark.vcr
def test_fetch_keeps_world_total_only(make_session):
    obs = IMFSource(make_session()).fetch(USA_X)
    # openbb_cassette_..._USA.XG_FOB_USD.G001+G998.A_2023-2024.xml: G001 2023 and 2024
    assert [(o.period.start[:4], o.value) for o in obs] == [("2023", 2019551635133.0), ("2024", 2065411250609.0)]
    assert {o.partner for o in obs} == {"WLD"} and {o.unit for o in obs} == {"USD"}
    # the G998 aggregate in the same body is neither returned nor added in
    assert all(o.value not in (369756760426.0, 371064529410.0) for o in obs)
    assert all(o.value != 2019551635133.0 + 369756760426.0 for o in obs)
    p = obs[0].provenance
    assert p.source == "imf" and p.series == "IMF.STA:IMTS/USA.XG_FOB_USD.G001.A"
    assert p.retrieved == "2025-12-16T05:16:36Z"           # the response's Date header
    assert "2025-12-16T05:16:36" in p.note                  # the message's Prepared time
    assert "not redistributable" in p.licence


@pytest.mark.vcr
def test_partner_query_never_uses_aggregates(make_session):
    assert IMFSource(make_session()).fetch(Query("exports", "USA", "CAN", Period.months(2023, 1, 2024, 12))) == []


@pytest.mark.vcr
def test_no_results_404(make_session):
    assert IMFSource(make_session()).fetch(USA_X) == []


@pytest.mark.vcr
def test_error_400(make_session):
    with pytest.raises(SourceUnavailable, match="HTTP 400"):
        IMFSource(make_session()).fetch(USA_X)


@pytest.mark.vcr
def test_429_then_success(make_session, sleeps):
    obs = IMFSource(make_session()).fetch(USA_X)
    assert sleeps == [5.0] and len(obs) == 2


@pytest.mark.vcr
def test_timeout(make_session, sleeps):
    with pytest.raises(SourceUnavailable, match="timed out waiting for api.imf.org"):
        IMFSource(make_session()).fetch(USA_X)
    assert len(sleeps) == 2


@pytest.mark.vcr
def test_malformed_body(make_session):
    with pytest.raises(SourceUnavailable, match="malformed XML"):
        IMFSource(make_session()).fetch(USA_X)


def test_entity_declarations_are_refused():
    body = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    with pytest.raises(SourceUnavailable, match="DOCTYPE"):
        imf.parse_sdmx(body)


def test_turnover_is_exports_plus_imports_of_the_same_period():
    xml = (b'<m:StructureSpecificData xmlns:m="urn:x"><m:DataSet>'
           b'<Series COUNTRY="KGZ" INDICATOR="XG_FOB_USD" COUNTERPART_COUNTRY="BLR" FREQUENCY="A">'
           b'<Obs TIME_PERIOD="2022" OBS_VALUE="1"/><Obs TIME_PERIOD="2023" OBS_VALUE="2"/></Series>'
           b'<Series COUNTRY="KGZ" INDICATOR="MG_CIF_USD" COUNTERPART_COUNTRY="BLR" FREQUENCY="A">'
           b'<Obs TIME_PERIOD="2023" OBS_VALUE="10"/></Series>'
           b'<Series COUNTRY="KGZ" INDICATOR="MG_CIF_USD" COUNTERPART_COUNTRY="G001" FREQUENCY="A">'
           b'<Obs TIME_PERIOD="2023" OBS_VALUE="1000"/></Series>'
           b'</m:DataSet></m:StructureSpecificData>')   # a formatting example, not statistics
    obs = imf.transform_data({"body": xml, "url": "u"}, Query("trade_turnover", "KGZ", "BLR"))
    assert [(o.period.start[:4], o.value) for o in obs] == [("2023", 12.0)]   # 2022 lacks imports
    assert obs[0].provenance.note.startswith("derived")
