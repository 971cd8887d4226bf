"""World Bank adapter: cassettes made from data/recorded/worldbank (see each cassette's header)."""
from __future__ import annotations

import pytest

from factcheck.model import Period, Query, SourceUnavailable
from sources import worldbank
from sources.worldbank import WorldBankSource

JP = Query("gdp_per_capita", "JPN", period=Period.months(2000, 1, 2004, 12))


def test_transform_query_builds_the_documented_url():
    req = worldbank.transform_query(Query("gdp_growth", "KGZ", period=Period.months(2019, 1, 2023, 12)))
    assert req.url == "https://api.worldbank.org/v2/country/KGZ/indicator/NY.GDP.MKTP.KD.ZG"
    assert req.params == {"format": "json", "per_page": 1000, "date": "2019:2023"}


def test_can_answer_only_national_annual_series():
    src = WorldBankSource(session=object())
    assert src.can_answer(Query("gdp", "KGZ"))
    assert not src.can_answer(Query("exports", "KGZ", partner="BLR"))   # not bilateral
    assert not src.can_answer(Query("gdp", "KGZ", frequency="M"))
    assert not src.can_answer(Query("trade_turnover", "KGZ"))


@pytest.mark.vcr
def test_fetch_parses_recorded_body(make_session):
    obs = WorldBankSource(make_session()).fetch(JP)
    by_year = {o.period.start[:4]: o for o in obs}
    assert sorted(by_year) == ["2000", "2001", "2002", "2003", "2004"]
    # values as in kuznets_country_jp_gdp_NY.GDP.PCAP.CD.json
    assert by_year["2004"].value == 38677.5708064787
    assert by_year["2000"].value == 39752.937397755
    o = by_year["2004"]
    assert (o.unit, o.reporter, o.partner, o.frequency) == ("USD", "JPN", None, "A")
    p = o.provenance
    assert p.source == "worldbank" and p.series == "NY.GDP.PCAP.CD"
    assert p.dataset == "World Development Indicators"
    assert p.vintage == "2026-07-01"                       # the body's lastupdated
    assert p.retrieved == "2026-07-01T12:00:00Z"           # no Date header: the injected clock
    assert p.licence.startswith("CC BY 4.0")
    assert p.url.startswith("https://api.worldbank.org/v2/country/JPN/indicator/NY.GDP.PCAP.CD?")


@pytest.mark.vcr
def test_fetch_follows_pages(make_session):
    src = WorldBankSource(make_session(), per_page=3)
    obs = src.fetch(JP)
    assert src.client.attempts == 2
    assert sorted(o.period.start[:4] for o in obs) == ["2000", "2001", "2002", "2003", "2004"]
    assert {o.period.start[:4]: o.value for o in obs}["2001"] == 34910.166403687   # a row from page 2


@pytest.mark.vcr
def test_error_envelope_120(make_session):
    with pytest.raises(SourceUnavailable) as err:
        WorldBankSource(make_session()).fetch(Query("gdp_per_capita", "JPN"))
    assert "120" in str(err.value) and "The provided parameter value is not valid" in str(err.value)


@pytest.mark.vcr
def test_429_then_success(make_session, sleeps):
    obs = WorldBankSource(make_session()).fetch(JP)
    assert sleeps == [7.0]                       # the Retry-After of the 429, not the backoff
    assert len(obs) == 5


@pytest.mark.vcr
def test_timeout(make_session, sleeps):
    with pytest.raises(SourceUnavailable) as err:
        WorldBankSource(make_session()).fetch(JP)
    assert "timed out" in str(err.value) and "api.worldbank.org" in str(err.value)
    assert sleeps == [1.0, 2.0]                  # backoff between the three attempts


@pytest.mark.vcr
def test_malformed_body(make_session):
    with pytest.raises(SourceUnavailable, match="malformed body"):
        WorldBankSource(make_session()).fetch(JP)


def test_transform_data_rejects_a_changed_schema():
    with pytest.raises(SourceUnavailable, match="unexpected body"):
        worldbank.transform_data([{"body": {"rows": []}, "url": "u"}], JP)


def test_offline_session_refuses(make_session):
    with pytest.raises(SourceUnavailable, match="offline"):
        WorldBankSource(make_session(offline=True)).fetch(JP)
