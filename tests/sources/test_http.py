"""factcheck.http: sessions, retries, Retry-After, budget, offline, cache."""
from __future__ import annotations

import socket
from datetime import datetime, timezone

import pytest
import requests

from factcheck import __version__, http
from factcheck.model import Period, Query, SourceUnavailable
from sources.worldbank import WorldBankSource

FIXED_NOW = datetime(2026, 7, 1, 12, 0, 0, tzinfo=timezone.utc)     # the clock the make_session fixture injects

JP = Query("gdp_per_capita", "JPN", period=Period.months(2000, 1, 2004, 12))
URL = "https://api.worldbank.org/v2/country/JPN/indicator/NY.GDP.PCAP.CD"


# ---------------------------------------------------------------- pure helpers

def test_user_agent_names_project_and_version():
    assert http.session(cache=False).headers["User-Agent"] == f"factcheck/{__version__}"


def test_retry_after_seconds_and_http_date():
    assert http.retry_after({"Retry-After": "120"}, FIXED_NOW) == 120.0
    # an HTTP date is measured against the response's own Date header, not our clock
    hdrs = {"Retry-After": "Wed, 01 Jul 2026 10:00:45 GMT", "Date": "Wed, 01 Jul 2026 10:00:00 GMT"}
    assert http.retry_after(hdrs, FIXED_NOW) == 45.0
    assert http.retry_after({"Retry-After": "Wed, 01 Jul 2026 12:01:00 GMT"}, FIXED_NOW) == 60.0
    assert http.retry_after({"Retry-After": "Wed, 01 Jul 2026 11:00:00 GMT"}, FIXED_NOW) == 0.0   # in the past
    assert http.retry_after({"Retry-After": "soon"}, FIXED_NOW) is None
    assert http.retry_after({}, FIXED_NOW) is None


def test_redact_url_hides_secret_parameters_only():
    url = "https://comtradeapi.un.org/data/v1/get/C/A/HS?reporterCode=417&subscription-key=abc123&period=2023"
    red = http.redact_url(url)
    assert "abc123" not in red and "subscription-key=REDACTED" in red and "reporterCode=417" in red
    assert http.redact_url("https://x.org/a?b=1") == "https://x.org/a?b=1"


@pytest.mark.parametrize("code, expected", [
    ("2023", (Period.year(2023), "A")),
    ("2023-Q2", (Period.months(2023, 4, 2023, 6), "Q")),
    ("2023Q4", (Period.months(2023, 10, 2023, 12), "Q")),
    ("2023-M01", (Period.months(2023, 1, 2023, 1), "M")),
    ("2023M11", (Period.months(2023, 11, 2023, 11), "M")),
    ("2023-07", (Period.months(2023, 7, 2023, 7), "M")),
    ("2023-13", None), ("20x3", None), ("", None),
])
def test_parse_period(code, expected):
    assert http.parse_period(code) == expected


def test_cache_dir_env_override(monkeypatch, tmp_path):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert http.cache_path() == tmp_path / "elsewhere" / "http.sqlite"
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    assert http.cache_path().name == "http.sqlite" and "factcheck" in str(http.cache_path())


# ---------------------------------------------------------------- Client logic with a scripted session

class Resp:
    def __init__(self, status, headers=None):
        self.status_code, self.headers, self.url = status, headers or {}, URL


class Scripted:
    """A stand-in session: answers (or raises) in order, records the timeouts it was given."""

    def __init__(self, answers, settings):
        self.answers, self.timeouts, self.factcheck = list(answers), [], settings

    def get(self, url, params=None, headers=None, timeout=None):
        self.timeouts.append(timeout)
        a = self.answers.pop(0)
        if isinstance(a, Exception):
            raise a
        return a


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t

    def sleep(self, s):
        self.t += s


def scripted(answers, **policy):
    clock = Clock()
    settings = http.Settings(policy=http.Policy(**policy), sleep=clock.sleep, clock=clock, now=lambda: FIXED_NOW)
    return Scripted(answers, settings), clock


def test_explicit_connect_and_read_timeouts():
    sess, _ = scripted([Resp(200)], connect_timeout=4.0, read_timeout=20.0)
    http.Client(sess, "t").get(URL)
    assert sess.timeouts == [(4.0, 20.0)]


def test_timeouts_never_exceed_the_remaining_budget():
    sess, clock = scripted([Resp(503), Resp(200)], budget=10.0, backoff=4.0, read_timeout=30.0)
    http.Client(sess, "t").get(URL)
    assert sess.timeouts[1][1] == 6.0 and clock.t == 4.0      # 10 s budget minus the 4 s wait


def test_budget_stops_retrying():
    sess, clock = scripted([Resp(503)] * 5, budget=2.5, backoff=1.0, retries=4)
    with pytest.raises(SourceUnavailable, match="time budget of 2.5 s used up"):
        http.Client(sess, "t").get(URL)
    assert clock.t == 1.0                                     # waited 1 s; the 2 s wait would overrun


def test_dns_failure_is_named_without_the_url_query():
    err = requests.exceptions.ConnectionError(
        "HTTPSConnectionPool(host='api.worldbank.org'): Max retries exceeded with url: /v2?secret=1 "
        "(Caused by NameResolutionError(...))")
    sess, _ = scripted([err] * 3, retries=2)
    with pytest.raises(SourceUnavailable) as exc:
        http.Client(sess, "worldbank").get(URL)
    assert "cannot resolve host api.worldbank.org" in str(exc.value) and "secret" not in str(exc.value)


def test_a_host_that_does_not_resolve_is_asked_once_per_run():
    err = requests.exceptions.ConnectionError(
        "HTTPSConnectionPool(host='api.imf.org'): Max retries exceeded (Caused by NameResolutionError(...))")
    sess, clock = scripted([err] * 5, retries=3)
    client = http.Client(sess, "imf")
    with pytest.raises(SourceUnavailable, match="cannot resolve host"):
        client.get(URL)
    assert client.attempts == 1 and clock.t == 0.0           # no retry, no backoff wait
    with pytest.raises(SourceUnavailable, match="not asked again in this run"):
        client.get(URL)
    assert client.attempts == 1                               # the second claim did not touch the network


def test_a_source_that_spent_its_retries_is_not_asked_again():
    sess, _ = scripted([Resp(503)] * 3 + [Resp(200)], retries=2, backoff=0.0)
    client = http.Client(sess, "t")
    with pytest.raises(SourceUnavailable, match="gave up after 3 attempts"):
        client.get(URL)
    with pytest.raises(SourceUnavailable, match="not asked again"):
        client.get(URL)
    assert client.attempts == 3


def test_client_errors_are_returned_not_retried():
    sess, clock = scripted([Resp(404)])
    assert http.Client(sess, "t").get(URL).status_code == 404 and clock.t == 0.0


# ---------------------------------------------------------------- through requests + cassettes

@pytest.mark.vcr
def test_backoff_on_5xx(make_session, sleeps):
    assert len(WorldBankSource(make_session()).fetch(JP)) == 5
    assert sleeps == [1.0, 2.0]


@pytest.mark.vcr
def test_gives_up_after_retries(make_session, sleeps):
    with pytest.raises(SourceUnavailable, match=r"HTTP 503 from api.worldbank.org.*gave up after 3 attempts"):
        WorldBankSource(make_session()).fetch(JP)
    assert sleeps == [1.0, 2.0]


@pytest.mark.vcr
def test_retry_after_http_date(make_session, sleeps):
    assert len(WorldBankSource(make_session()).fetch(JP)) == 5
    assert sleeps == [30.0]


@pytest.mark.vcr
def test_retry_after_beyond_budget(make_session, sleeps):
    with pytest.raises(SourceUnavailable, match="retry after 3600 s"):
        WorldBankSource(make_session()).fetch(JP)
    assert sleeps == []


def test_offline_session_never_opens_a_socket(monkeypatch):
    opened = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, *a: opened.append(a))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: opened.append(a))
    sess = http.session(offline=True)
    with pytest.raises(SourceUnavailable, match="^offline$"):
        sess.get(URL)
    with pytest.raises(SourceUnavailable, match="offline"):
        WorldBankSource(sess).fetch(JP)
    assert opened == []


@pytest.mark.vcr
def test_cache_stores_and_serves(make_session, tmp_path):
    sess = make_session(cache=True, cache_dir=tmp_path)
    served = []
    sess.hooks["response"].append(lambda r, *a, **k: served.append(getattr(r, "from_cache", False)))
    first = WorldBankSource(sess).fetch(JP)
    second = WorldBankSource(sess).fetch(JP)      # the cassette holds one answer: this must come from the cache
    assert [(o.period, o.value) for o in first] == [(o.period, o.value) for o in second] and len(first) == 5
    assert served[-1] is True
    info = http.cache_info(tmp_path)
    assert info["state"] == "ok" and info["responses"] == 1 and info["size"] > 0
    assert info["path"] == str(tmp_path / "http.sqlite")
    assert http.cache_clear(tmp_path) > 0
    assert http.cache_info(tmp_path)["state"] == "absent"


@pytest.mark.vcr
def test_corrupt_cache_is_rebuilt(make_session, tmp_path):
    (tmp_path / "http.sqlite").write_bytes(b"this is not a database" * 100)
    assert http.cache_info(tmp_path)["state"] == "corrupt"
    sess = make_session(cache=True, cache_dir=tmp_path)
    assert len(WorldBankSource(sess).fetch(JP)) == 5
    assert http.cache_info(tmp_path)["state"] == "ok" and http.cache_info(tmp_path)["responses"] == 1


def test_unwritable_cache_dir_means_no_cache(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    sess = http.session(cache_dir=blocker / "sub")         # a file where the directory should be
    assert http.settings_of(sess).cache_path is None and not hasattr(sess, "cache")


def test_retrieved_at_prefers_the_date_header():
    r = Resp(200, {"Date": "Tue, 16 Dec 2025 05:16:36 GMT"})
    assert http.retrieved_at(r, lambda: FIXED_NOW) == "2025-12-16T05:16:36Z"
    assert http.retrieved_at(Resp(200), lambda: datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)) == "2026-01-02T03:04:05Z"


@pytest.mark.vcr
def test_cache_breaking_mid_run_is_bypassed(make_session, tmp_path, caplog):
    sess = make_session(cache=True, cache_dir=tmp_path)
    (tmp_path / "http.sqlite").write_bytes(b"overwritten by something else" * 200)
    assert len(WorldBankSource(sess).fetch(JP)) == 5
    assert "continuing without the cache" in caplog.text


def test_listing_sources_imports_no_heavy_module():
    import subprocess
    import sys

    code = ("import sys, factcheck.cli, factcheck.registry as r; r.discover(); "
            "print(sorted(m for m in ('requests', 'requests_cache', 'pycountry', 'platformdirs', 'sqlite3') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
