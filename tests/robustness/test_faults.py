"""Fault injection for the live sources through a local server on 127.0.0.1 (FACTCHECK_<SOURCE>_URL
points an adapter at it): connection refused, DNS failure, timeouts, 429 with Retry-After, 5xx,
dropped connections, truncated and malformed bodies, a changed schema; a corrupt, locked or unusable
cache. Each ends in a one-line SourceUnavailable (or a rebuilt cache and a normal answer). Nothing
really sleeps: the session gets an injected sleep and clock.
"""
from __future__ import annotations

import json
import re
import socket
import sqlite3

import pytest

from factcheck import http
from factcheck.model import Period, Query, SourceUnavailable
from tests.robustness.helpers import free_port, ok_bodies

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


# ------------------------------------------------------------------------------ the adapters

def _eurostat_source(session):
    from sources.eurostat import DatasetSpec, EurostatSource
    ert = DatasetSpec("ert_h_eur_a", {"statinfo": "AVG", "unit": "NAT"}, "HRK/EUR",
                      entity_dim="currency", entities={"HRV": "HRK"})
    return EurostatSource(session, datasets={"other:exchange_rate_eur": ert})


def _run(source: str, session):
    if source == "worldbank":
        from sources.worldbank import WorldBankSource
        return WorldBankSource(session).fetch(Query("gdp_per_capita", "JPN", period=Period.months(2000, 1, 2004, 12)))
    if source == "comtrade":
        from sources.comtrade import ComtradeSource
        return ComtradeSource(session).fetch(Query("exports", "CHN", "ARG", Period.year(2010)))
    if source == "imf":
        from sources.imf import IMFSource
        return IMFSource(session).fetch(Query("exports", "USA", period=Period.months(2023, 1, 2024, 12)))
    if source == "eurostat":
        return _eurostat_source(session).fetch(
            Query("other:exchange_rate_eur", "HRV", period=Period.months(2009, 1, 2010, 12)))
    from sources.dbnomics import DBnomicsSource
    return DBnomicsSource(session).fetch_series([f"CEPII/CHELEM-TRADE-CHEL/AES.AES.CAT.{p}" for p in ("BA", "BB", "BC")])["docs"]


RECORDED = {
    "worldbank": ("worldbank", "test_fetch_parses_recorded_body"),
    "comtrade": ("comtrade", "test_fetch_preview_exports"),
    "imf": ("imf", "test_fetch_keeps_world_total_only"),
    "eurostat": ("eurostat", "test_fetch_decodes_jsonstat"),
    "dbnomics": ("dbnomics", "test_fetch_series_parses_recorded_docs"),
}
SOURCES = tuple(RECORDED)


def recorded_reply(source: str):
    r = ok_bodies(*RECORDED[source])[0]
    return 200, {"Content-Type": r.headers.get("Content-Type", "application/json")}, r.body


def make_session(fake_time, tmp_path=None, *, cache=False, **policy):
    pol = {"connect_timeout": 1.0, "read_timeout": 0.3, "retries": 2, "backoff": 1.0, "budget": 60.0, **policy}
    return http.session(cache=cache, cache_dir=(tmp_path / "cache") if tmp_path else None,
                        policy=http.Policy(**pol), sleep=fake_time.sleep, clock=fake_time.clock, now=fake_time.now)


def point(monkeypatch, source: str, base: str) -> None:
    monkeypatch.setenv(f"FACTCHECK_{source.upper()}_URL", base)


def unavailable(source, session, pattern: str) -> str:
    with pytest.raises(SourceUnavailable) as exc:
        _run(source, session)
    msg = str(exc.value)
    assert "\n" not in msg and re.search(pattern, msg), msg
    return msg


# ------------------------------------------------------------------------------ answers

@pytest.mark.parametrize("source", SOURCES)
def test_recorded_answer_through_the_local_server(source, serve, monkeypatch, fake_time):
    """The override sends the adapter to 127.0.0.1 with its own path, and a recorded body parses."""
    srv = serve(lambda path, h: recorded_reply(source))
    point(monkeypatch, source, srv.url)
    out = _run(source, make_session(fake_time))
    assert out and srv.requests and fake_time.sleeps == []
    recorded_path = re.sub(r"^https?://[^/]+", "", ok_bodies(*RECORDED[source])[0].uri).split("?")[0]
    assert srv.requests[0][0].split("?")[0] == recorded_path


@pytest.mark.parametrize("source", SOURCES)
def test_429_with_retry_after_then_success(source, serve, monkeypatch, fake_time):
    replies = iter([(429, {"Retry-After": "7"}, b"")])
    srv = serve(lambda path, h: next(replies, None) or recorded_reply(source))
    point(monkeypatch, source, srv.url)
    assert _run(source, make_session(fake_time))
    assert fake_time.sleeps == [7.0] and len(srv.requests) >= 2


@pytest.mark.parametrize("source", SOURCES)
def test_503_then_success_backs_off(source, serve, monkeypatch, fake_time):
    replies = iter([(503, {}, b"busy")])
    srv = serve(lambda path, h: next(replies, None) or recorded_reply(source))
    point(monkeypatch, source, srv.url)
    assert _run(source, make_session(fake_time))
    assert fake_time.sleeps == [1.0]


# ------------------------------------------------------------------------------ failures

JSON = {"Content-Type": "application/json"}
FAULTS = {
    # name: (server reply or None for no server, expected message, expected injected sleeps)
    "500": ((500, {}, b"Internal Server Error"), r"HTTP 500 from 127\.0\.0\.1:\d+/.*gave up after 3 attempts", [1.0, 2.0]),
    "429-retry-after-too-long": ((429, {"Retry-After": "3600"}, b""), r"HTTP 429 .*retry after 3600 s, more than this run allows", []),
    "429-retry-after-http-date": ((429, {"Retry-After": "Wed, 01 Jul 2026 13:00:00 GMT"}, b""),
                                  r"retry after 3600 s", []),
    "dropped-connection": (("close",), r"cannot connect to 127\.0\.0\.1:\d+ \(gave up after 3 attempts\)|request to .* failed", None),
    "timeout": (("hang",), r"timed out waiting for 127\.0\.0\.1:\d+", [1.0, 2.0]),
    "truncated-transfer": ((200, {**JSON, "Content-Length": "100000"}, b'{"partial": '), r"failed|cannot connect|malformed|unexpected", None),
    "truncated-body": (None, r"malformed body|malformed XML|unexpected body|non-numeric|no 'data'", []),
    "html-error-page-200": ((200, {"Content-Type": "text/html"}, b"<html><body>Service temporarily unavailable</body></html>"),
                            r"malformed body|unexpected body|unexpected SDMX message", []),
    "empty-body-200": ((200, JSON, b""), r"malformed body|malformed XML|unexpected body", []),
    "changed-schema": ((200, JSON, json.dumps({"version": 2, "result": {"rows": [{"v": 1}]}}).encode()),
                       r"unexpected body|malformed body|malformed XML|unexpected SDMX|not a JSON-stat|no 'data'|no series", []),
    "json-where-xml-expected-or-vice-versa": ((200, {"Content-Type": "application/xml"}, b"<?xml version='1.0'?><error code='E1'/>"),
                                             r"malformed body|unexpected body|no results|error", []),
}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("source", SOURCES)
def test_fault_ends_in_source_unavailable(source, fault, serve, monkeypatch, fake_time):
    reply, pattern, sleeps = FAULTS[fault]
    if reply is None:   # the recorded body cut in half
        status, headers, body = recorded_reply(source)
        reply = (status, headers, body[: len(body) // 2])
    srv = serve(lambda path, h: reply)
    point(monkeypatch, source, srv.url)
    unavailable(source, make_session(fake_time), pattern)
    if sleeps is not None:
        assert fake_time.sleeps == sleeps
    assert 1 <= len(srv.requests) <= 3


@pytest.mark.parametrize("source", SOURCES)
def test_connection_refused(source, monkeypatch, fake_time):
    point(monkeypatch, source, f"http://127.0.0.1:{free_port()}")
    unavailable(source, make_session(fake_time), r"cannot connect to 127\.0\.0\.1:\d+ \(gave up after 3 attempts\)")
    assert fake_time.sleeps == [1.0, 2.0]


@pytest.mark.parametrize("source", SOURCES)
def test_dns_failure(source, monkeypatch, fake_time):
    def no_dns(host, *a, **kw):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    point(monkeypatch, source, "http://api.example.invalid")
    unavailable(source, make_session(fake_time), r"cannot resolve host api\.example\.invalid")


def test_time_budget_with_an_injected_clock(serve, monkeypatch, fake_time):
    """Each request 'takes' 40 s on the injected clock: a 100 s budget stops the retries early."""
    def slow_500(path, h):
        fake_time.t += 40
        return 500, {}, b""

    srv = serve(slow_500)
    point(monkeypatch, "worldbank", srv.url)
    unavailable("worldbank", make_session(fake_time, retries=5, budget=100.0), r"time budget of 100 s used up")
    assert len(srv.requests) == 3 and fake_time.sleeps == [1.0, 2.0]


def test_source_timeout_option_sets_every_live_source_budget(monkeypatch):
    from factcheck import pipeline

    sources = pipeline.default_sources(pipeline.Options(offline=False, source_timeout=7.5))
    live = [s for s in sources if s.info.network]
    assert {s.info.id for s in live} >= {"worldbank", "imf", "comtrade", "eurostat", "dbnomics"}
    assert {s.client.settings.policy.budget for s in live} == {7.5}
    default = pipeline.default_sources(pipeline.Options(offline=False))
    assert {s.client.settings.policy.budget for s in default if s.info.network} == {http.Policy().budget}


# ------------------------------------------------------------------------------ the cache

def _fetch_cached(serve, monkeypatch, fake_time, tmp_path):
    srv = serve(lambda path, h: recorded_reply("worldbank"))
    point(monkeypatch, "worldbank", srv.url)
    out = _run("worldbank", make_session(fake_time, tmp_path, cache=True))
    return srv, out


def test_corrupt_cache_file_is_rebuilt(serve, monkeypatch, fake_time, tmp_path, caplog):
    path = http.cache_path(tmp_path / "cache")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"SQLite format 3\x00" + b"\xde\xad\xbe\xef" * 512)
    srv, out = _fetch_cached(serve, monkeypatch, fake_time, tmp_path)
    assert out and "corrupt; rebuilding" in caplog.text
    assert http.cache_info(tmp_path / "cache")["state"] == "ok"
    assert http.cache_info(tmp_path / "cache")["responses"] >= 1
    # the rebuilt cache answers the second time: no new request reaches the server
    n = len(srv.requests)
    again = _run("worldbank", make_session(fake_time, tmp_path, cache=True))
    assert [(o.period, o.value) for o in again] == [(o.period, o.value) for o in out] and len(srv.requests) == n


def test_locked_cache_file_is_neither_deleted_nor_fatal(serve, monkeypatch, fake_time, tmp_path, caplog):
    """A cache locked by another process (a --jobs worker, a parallel CI job) is in use, not corrupt:
    it must not be deleted under that process; this run goes on without it."""
    _fetch_cached(serve, monkeypatch, fake_time, tmp_path)       # a valid cache with one response
    path = http.cache_path(tmp_path / "cache")
    lock = sqlite3.connect(str(path), timeout=0)
    lock.execute("PRAGMA locking_mode=EXCLUSIVE")
    lock.execute("BEGIN EXCLUSIVE")
    try:
        srv = serve(lambda path, h: recorded_reply("worldbank"))
        point(monkeypatch, "worldbank", srv.url)
        out = _run("worldbank", make_session(fake_time, tmp_path, cache=True))
        assert out and srv.requests                                # answered from the server
        assert "corrupt" not in caplog.text and "HTTP cache disabled" in caplog.text
        assert path.exists()
    finally:
        lock.rollback()
        lock.close()
    assert http.cache_info(tmp_path / "cache") ["responses"] == 1    # the other process' cache survived


def test_unusable_cache_directory_means_no_cache(serve, monkeypatch, fake_time, tmp_path, caplog):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    srv = serve(lambda path, h: recorded_reply("worldbank"))
    point(monkeypatch, "worldbank", srv.url)
    out = _run("worldbank", make_session(fake_time, blocker, cache=True))
    assert out and "HTTP cache disabled" in caplog.text


def test_read_only_cache_directory(serve, monkeypatch, fake_time, tmp_path, caplog):
    """chmod 0500 (root ignores it: the cache then simply works); either way the source answers."""
    d = tmp_path / "cache"
    d.mkdir()
    d.chmod(0o500)
    try:
        srv = serve(lambda path, h: recorded_reply("worldbank"))
        point(monkeypatch, "worldbank", srv.url)
        out = _run("worldbank", make_session(fake_time, tmp_path, cache=True))
        assert out
    finally:
        d.chmod(0o700)
