"""The whole CLI online against a local server that fails in every way at once: every claim is still
reported (the same claims as offline), each failure is a 'source unavailable' line, and a
recognisable fake API key appears nowhere: not in the reports (every format), stderr, log records,
the HTTP cache file, nor any URL the server saw."""
from __future__ import annotations

import itertools
import json
import logging

import pytest
from typer.testing import CliRunner

from factcheck import http
from factcheck.cli import app
from factcheck.model import Period, Query, SourceUnavailable
from tests.robustness.helpers import ROOT, point_sources_at

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

KEY = "FAKEKEY-robustness-7d1e0c5b9a"
NEWS = ROOT / "fixtures" / "content-repo" / "content" / "news"
ALL_FORMATS = "text,json,markdown,sarif,github,claimreview"


def echo_key_script():
    """Rotate through failures; bodies echo any key the request carried (as a careless API would)."""
    counter = itertools.count()

    def script(path, headers):
        key = headers.get("Ocp-Apim-Subscription-Key", "")     # only what was sent can be echoed
        i = next(counter) % 8
        return [
            (500, {}, f"internal error for key {key}".encode()),
            (429, {"Retry-After": "1"}, b""),
            ("close",),
            (200, {"Content-Type": "text/html"}, f"<html>key {key} rejected</html>".encode()),
            (200, {"Content-Type": "application/json"}, b'{"version": 2, "rows": []}'),
            (401, {"Content-Type": "application/json"}, json.dumps({"message": f"Invalid key {key}"}).encode()),
            (503, {}, b""),
            (400, {"Content-Type": "application/json"}, json.dumps({"message": f"bad request, key={key}"}).encode()),
        ][i]

    return script


@pytest.fixture
def no_real_sleep(monkeypatch):
    """Every session the CLI makes gets a recording sleep, a fake clock and short socket timeouts."""
    sleeps: list[float] = []
    original = http.session

    def session(*args, **kw):
        kw["sleep"] = sleeps.append
        kw["clock"] = lambda: 0.0
        pol = kw.get("policy") or http.Policy()
        kw["policy"] = http.Policy(connect_timeout=1.0, read_timeout=1.0, retries=pol.retries,
                                   backoff=pol.backoff, max_wait=pol.max_wait, budget=pol.budget)
        return original(*args, **kw)

    monkeypatch.setattr(http, "session", session)
    return sleeps


def run_cli(args):
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    return result


def claims_of(report_json: str):
    doc = json.loads(report_json)
    return {(d["path"], c["id"]) for d in doc["documents"] for c in d["claims"]}, doc


def test_every_claim_is_reported_and_the_key_never_leaks(serve, monkeypatch, tmp_path, no_real_sleep, caplog):
    caplog.set_level(logging.DEBUG)
    srv = serve(echo_key_script(), max_requests=2000)
    for k, v in point_sources_at({}, srv.url).items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("COMTRADE_API_KEY", KEY)
    monkeypatch.chdir(tmp_path)   # no project configuration is picked up

    offline = run_cli(["run", "--offline", "--format", "json", "--no-exit", str(NEWS)])
    assert offline.exit_code == 0, offline.output
    offline_claims, _ = claims_of(offline.stdout)
    assert len(offline_claims) >= 10

    out_dir = tmp_path / "reports"
    online = run_cli(["run", "--online", "--format", ALL_FORMATS, "--output", str(out_dir), "--no-exit",
                      "--source-timeout", "30", str(NEWS)])
    assert online.exit_code == 0, online.output
    report = (out_dir / "report.json").read_text(encoding="utf-8")
    online_claims, doc = claims_of(report)
    assert online_claims == offline_claims                    # every claim still reported
    assert doc["summary"]["errors"] == 0
    errors = [e for d in doc["documents"] for c in d["claims"] for e in c["verdict"].get("errors", [])]
    assert errors and all(e.startswith("source unavailable: ") and "\n" not in e for e in errors)
    assert not any("internal error" in e or "Traceback" in e for e in errors)
    assert len(srv.requests) > 10 and no_real_sleep            # the sources were really asked, and waited (injected)

    check = run_cli(["sources", "check"])                       # the comtrade check runs with the key set

    texts = {p.name: p.read_bytes() for p in out_dir.iterdir()}
    texts["stdout+stderr"] = (online.output + online.stderr + check.output + check.stderr).encode()
    texts["log records"] = "\n".join(r.getMessage() for r in caplog.records).encode()
    texts["urls the server saw"] = "\n".join(p for p, h in srv.requests).encode()
    cache_dir = tmp_path / "cache"
    for f in cache_dir.rglob("*") if cache_dir.exists() else []:
        texts[f"cache {f.name}"] = f.read_bytes()
    assert set(texts) >= {"report.json", "report.md", "report.sarif", "report.txt", "report.github.txt",
                          "report.claimreview.jsonld"}
    leaks = [name for name, data in texts.items() if KEY.encode() in data]
    assert not leaks, leaks


def test_comtrade_key_is_sent_as_a_header_and_never_shown(serve, monkeypatch, tmp_path, caplog):
    """The keyed endpoint: the server gets the key (so the test is real), echoes it in every error, and
    still no message, log record, cache file or URL holds it."""
    from sources.comtrade import ComtradeSource

    caplog.set_level(logging.DEBUG)
    seen = []
    replies = [
        (401, {"Content-Type": "application/json"}, json.dumps({"message": f"Access denied: invalid key {KEY}"}).encode()),
        (500, {}, f"upstream said {KEY}".encode()),
        (200, {"Content-Type": "application/json"}, json.dumps({"data": [], "error": f"key {KEY} over quota"}).encode()),
        (200, {"Content-Type": "text/plain"}, f"not json {KEY}".encode()),
    ]
    messages = []
    for reply in replies:
        def script(path, headers, reply=reply):
            seen.append((path, headers.get("Ocp-Apim-Subscription-Key")))
            return reply

        srv = serve(script)
        monkeypatch.setenv("FACTCHECK_COMTRADE_URL", srv.url)
        sess = http.session(cache_dir=tmp_path / "cache", policy=http.Policy(retries=0), sleep=lambda s: None,
                            clock=lambda: 0.0)
        src = ComtradeSource(sess, api_key=KEY)
        assert KEY not in repr(src)
        with pytest.raises(SourceUnavailable) as exc:
            src.fetch(Query("exports", "CHN", "ARG", Period.year(2010)))
        messages.append(str(exc.value))
    assert all(h == KEY for _p, h in seen)                       # it was sent, as a header
    assert not any(KEY in p for p, _h in seen)                  # never in a URL
    assert not [m for m in messages if KEY in m], messages
    assert KEY not in caplog.text
    for f in (tmp_path / "cache").rglob("*"):
        assert KEY.encode() not in f.read_bytes(), f


def test_cassettes_hold_no_secret():
    """Every recorded request in fixtures/cassettes: secret-named headers and query parameters are
    REDACTED (or absent), so no key was ever committed with a cassette."""
    from urllib.parse import parse_qsl, urlsplit

    import yaml

    secret = {n.lower() for n in http.SECRET_NAMES}
    checked = 0
    for path in sorted((ROOT / "fixtures" / "cassettes").rglob("*.yaml")):
        for it in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
            req = it["request"]
            for name, values in (req.get("headers") or {}).items():
                if name.lower() in secret:
                    vals = values if isinstance(values, list) else [values]
                    assert all(v == "REDACTED" for v in vals), (path.name, name)
            for name, value in parse_qsl(urlsplit(req["uri"]).query, keep_blank_values=True):
                if name.lower() in secret:
                    assert value == "REDACTED", (path.name, name)
            checked += 1
    assert checked > 30
