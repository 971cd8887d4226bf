"""Cassette playback for the live-source tests (pytest-recording, record_mode "none").

Cassettes live in fixtures/cassettes/<adapter>/<test name>.yaml and are built from real recorded
bodies by scripts/make_cassettes.py.  Nothing here sleeps or reads the wall clock: sessions get a
recording ``sleep`` and a fixed ``now``.
"""
from __future__ import annotations

import runpy
from datetime import datetime, timezone
from pathlib import Path

import pytest

# Without __init__.py files pytest imports every conftest.py under the module name "conftest", and
# the last one imported wins in sys.modules; tests in the parent directory do `from conftest import
# SAMPLE`.  Re-export the parent conftest's upper-case constants so that keeps working.
globals().update({k: v for k, v in runpy.run_path(str(Path(__file__).resolve().parents[1] / "conftest.py")).items()
                  if k.isupper() and not k.startswith("_")})

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "fixtures" / "cassettes"
FIXED_NOW = datetime(2026, 7, 1, 12, 0, 0, tzinfo=timezone.utc)
SECRET_QUERY = ["subscription-key", "api_key", "apikey", "token", "access_token", "key"]


@pytest.fixture
def vcr_config():
    return {
        "record_mode": "none",
        "filter_headers": [("Ocp-Apim-Subscription-Key", "REDACTED"), ("Authorization", "REDACTED")],
        "filter_query_parameters": [(k, "REDACTED") for k in SECRET_QUERY],
        "match_on": ("method", "scheme", "host", "port", "path", "query"),
        "allow_playback_repeats": False,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request):
    name = request.module.__name__.rsplit(".", 1)[-1]
    return str(CASSETTES / name.removeprefix("test_"))


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    """No test may touch the user's real cache directory or see a real API key."""
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("COMTRADE_API_KEY", raising=False)


@pytest.fixture(autouse=True)
def _simulated_timeouts(monkeypatch):
    """Cassette playback glue.

    A cassette cannot hold an exception: a response marked ``X-Factcheck-Simulate: read-timeout``
    is turned into the ReadTimeout that requests raises when a server does not answer in time."""
    import requests
    from requests.adapters import HTTPAdapter

    original = HTTPAdapter.send

    def send(self, request, *args, **kwargs):
        response = original(self, request, *args, **kwargs)
        if not hasattr(response.raw, "_request_url"):   # vcrpy's stub lacks what requests-cache reads
            response.raw._request_url = request.url
        if response.headers.get("X-Factcheck-Simulate") == "read-timeout":
            raise requests.exceptions.ReadTimeout("read timed out (simulated by the cassette)", request=request)
        return response

    monkeypatch.setattr(HTTPAdapter, "send", send)


class Sleeps(list):
    """Records the waits instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps():
    return Sleeps()


@pytest.fixture
def make_session(sleeps):
    """factcheck.http.session without a cache (unless asked), a recording sleep and a fixed clock."""
    from factcheck import http

    def make(**kw):
        kw.setdefault("cache", False)
        kw.setdefault("sleep", sleeps)
        kw.setdefault("now", lambda: FIXED_NOW)
        kw.setdefault("policy", http.Policy(retries=2, backoff=1.0, budget=60.0))
        return http.session(**kw)

    return make
