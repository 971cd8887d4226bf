"""Fixtures of the robustness suite: an isolated cache, no real API key, an injected clock, and local
servers that stop themselves."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.robustness.helpers import LocalServer

FIXED_NOW = datetime(2026, 7, 1, 12, 0, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("COMTRADE_API_KEY", raising=False)
    for s in ("WORLDBANK", "IMF", "COMTRADE", "EUROSTAT", "DBNOMICS"):
        monkeypatch.delenv(f"FACTCHECK_{s}_URL", raising=False)


class FakeTime:
    """An injected clock: ``sleep`` records the wait and moves the clock; nothing really waits."""

    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds

    def now(self):
        return FIXED_NOW


@pytest.fixture
def fake_time():
    return FakeTime()


@pytest.fixture
def serve():
    """``serve(script)`` starts a LocalServer on 127.0.0.1; every server is stopped at teardown."""
    servers = []

    def start(script, **kw):
        srv = LocalServer(script, **kw)
        servers.append(srv)
        return srv

    yield start
    for s in servers:
        s.stop()
