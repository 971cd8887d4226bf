"""UN Comtrade adapter: cassettes made from data/recorded/comtrade (see each cassette's header)."""
from __future__ import annotations

import pytest

from factcheck import http
from factcheck.model import Period, Query, SourceUnavailable
from sources import comtrade
from sources.comtrade import ComtradeSource

FAKE_KEY = "not-a-real-key-0123456789abcdef"      # never sent anywhere: cassettes only
CHN_ARG = Query("exports", "CHN", "ARG", Period.year(2010))


def test_transform_query_keeps_totals_only():
    req = comtrade.transform_query(Query("trade_turnover", "KGZ", "BLR", Period.months(2022, 1, 2023, 12)))
    assert req.url == "https://comtradeapi.un.org/public/v1/preview/C/A/HS"
    assert req.params == {"reporterCode": 417, "partnerCode": 112, "period": "2022,2023", "cmdCode": "TOTAL",
                          "flowCode": "X,M", "customsCode": "C00", "motCode": 0, "partner2Code": 0,
                          "includeDesc": "true"}
    monthly = comtrade.transform_query(Query("imports", "USA", None, Period.months(2024, 11, 2025, 2), "M"), keyed=True)
    assert monthly.url == "https://comtradeapi.un.org/data/v1/get/C/M/HS"
    assert monthly.params["reporterCode"] == 842 and monthly.params["partnerCode"] == 0   # Comtrade's USA; World
    assert monthly.params["period"] == "202411,202412,202501,202502"


@pytest.mark.vcr
def test_fetch_preview_exports(make_session):
    obs = ComtradeSource(make_session()).fetch(CHN_ARG)
    # comtradr_data_v1_get_C_A_HS-60a6ad.json: CHN X ARG 2010 = 6115764185.0 (the DEU rows are ignored)
    assert [(o.metric, o.reporter, o.partner, o.value) for o in obs] == [("exports", "CHN", "ARG", 6115764185.0)]
    p = obs[0].provenance
    assert p.source == "comtrade" and "r156 p32 X TOTAL C00/0/0" in p.series
    assert p.url.startswith("https://comtradeapi.un.org/public/v1/preview/C/A/HS?")
    assert "no redistribution" in p.licence


@pytest.mark.vcr
def test_fetch_keyed_turnover(make_session, monkeypatch, tmp_path):
    monkeypatch.setenv("COMTRADE_API_KEY", FAKE_KEY)
    sess = make_session(cache=True, cache_dir=tmp_path)
    sent = []
    sess.hooks["response"].append(lambda r, *a, **k: sent.append(r.request))
    obs = ComtradeSource(sess).fetch(Query("trade_turnover", "CHN", "ARG", Period.year(2010)))
    assert [o.value for o in obs] == [6115764185.0 + 6804128143.0]       # X + M from the recorded body
    assert sent[0].headers["Ocp-Apim-Subscription-Key"] == FAKE_KEY      # the key travels as a header ...
    assert FAKE_KEY not in sent[0].url                                    # ... never in the URL
    assert FAKE_KEY not in repr(obs) and FAKE_KEY not in repr(ComtradeSource())
    data = b"".join(p.read_bytes() for p in tmp_path.glob("http.sqlite*"))
    assert http.cache_info(tmp_path)["responses"] == 1 and FAKE_KEY.encode() not in data   # nor in the cache


@pytest.mark.vcr
def test_access_denied_401(make_session, monkeypatch):
    monkeypatch.setenv("COMTRADE_API_KEY", FAKE_KEY)
    with pytest.raises(SourceUnavailable) as err:
        ComtradeSource(make_session()).fetch(CHN_ARG)
    assert "access denied (HTTP 401)" in str(err.value) and "invalid subscription key" in str(err.value)
    assert FAKE_KEY not in str(err.value)


@pytest.mark.vcr
def test_429_then_success(make_session, sleeps):
    assert len(ComtradeSource(make_session()).fetch(CHN_ARG)) == 1 and sleeps == [3.0]


@pytest.mark.vcr
def test_timeout(make_session):
    with pytest.raises(SourceUnavailable, match="timed out waiting for comtradeapi.un.org"):
        ComtradeSource(make_session()).fetch(CHN_ARG)


@pytest.mark.vcr
def test_malformed_body(make_session):
    with pytest.raises(SourceUnavailable, match="malformed body"):
        ComtradeSource(make_session()).fetch(CHN_ARG)


def test_api_error_field_is_reported():
    with pytest.raises(SourceUnavailable, match="API error: period is invalid"):
        comtrade.transform_data({"body": {"count": 0, "data": [], "error": "period is invalid"}, "url": "u"}, CHN_ARG)


def test_can_answer():
    src = ComtradeSource(session=object())
    assert src.can_answer(Query("exports", "KGZ", "BLR", Period.year(2023)))
    assert not src.can_answer(Query("exports", "KGZ", "BLR"))                 # needs a period
    assert not src.can_answer(Query("exports", "KGZ", "XXX", Period.year(2023)))
    assert not src.can_answer(Query("gdp", "KGZ", None, Period.year(2023)))


def test_changed_row_schema_is_unavailable_not_a_traceback():
    import requests

    from factcheck import http as fhttp

    class OneAnswer:                      # a stand-in session returning one prepared response
        factcheck = fhttp.Settings()

        def get(self, url, params=None, headers=None, timeout=None):
            r = requests.Response()
            r.status_code, r.url = 200, url
            r._content = (b'{"count": 1, "error": "", "data": [{"reporterCode": 156, "partnerCode": 32, '
                          b'"cmdCode": "TOTAL", "customsCode": "C00", "motCode": "not-a-number", '
                          b'"partner2Code": 0, "flowCode": "X", "primaryValue": 1}]}')   # shape example only
            return r

    with pytest.raises(SourceUnavailable, match="comtrade: unexpected body"):
        ComtradeSource(OneAnswer()).fetch(CHN_ARG)
