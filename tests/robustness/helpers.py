"""Shared pieces of the robustness suite: recorded bodies, a local fault-injecting HTTP server, a fake
session that serves (mutated) bodies, and the per-kilobyte time bound.

Nothing here sleeps or talks to anything but 127.0.0.1.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "fixtures" / "cassettes"
REGRESSIONS = Path(__file__).resolve().parent / "regressions"

#: long mode by hand: FACTCHECK_FUZZ=long (many more examples, bigger inputs)
LONG = os.environ.get("FACTCHECK_FUZZ", "").lower() == "long"

#: the time bound: seconds per kilobyte of input, with a floor for tiny inputs. Generous (CI machines
#: are slow and shared: 25 times the 2 ms per kB that 500 kB/s means) yet far below what a catastrophic backtrack costs (seconds to hours).
SECONDS_PER_KB = 0.05
FLOOR_SECONDS = 1.0


def time_bound(n_chars: int) -> float:
    return FLOOR_SECONDS + SECONDS_PER_KB * n_chars / 1024


def timed(fn, *args, **kw):
    t0 = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t0


# --------------------------------------------------------------------------- recorded bodies

@dataclass(frozen=True)
class Recorded:
    uri: str
    status: int
    headers: dict
    body: bytes


def cassette(source: str, name: str) -> list[Recorded]:
    """The interactions of fixtures/cassettes/<source>/<name>.yaml (bodies as recorded)."""
    import yaml

    data = yaml.safe_load((CASSETTES / source / f"{name}.yaml").read_text(encoding="utf-8"))
    out = []
    for it in data["interactions"]:
        resp = it["response"]
        body = resp["body"]["string"]
        body = body.encode("utf-8") if isinstance(body, str) else (body or b"")
        headers = {k: (v[0] if isinstance(v, list) else v) for k, v in (resp.get("headers") or {}).items()}
        out.append(Recorded(it["request"]["uri"], resp["status"]["code"], headers, body))
    return out


def ok_bodies(source: str, name: str) -> list[Recorded]:
    return [r for r in cassette(source, name) if r.status == 200]


# --------------------------------------------------------------------------- a fake session

class FakeSession:
    """Answers every GET with the next of ``bodies`` (cycling), status 200: the adapter's parsing is
    all that runs. Counts calls; refuses more than ``limit`` (an adapter looping on a bad body)."""

    def __init__(self, bodies: list[tuple[bytes, str]], limit: int = 200):
        from factcheck.http import Policy, Settings

        self.bodies = bodies
        self.calls = 0
        self.limit = limit
        self.factcheck = Settings(policy=Policy(retries=0), sleep=_no_sleep)

    def get(self, url, params=None, headers=None, timeout=None):
        import requests
        from requests.structures import CaseInsensitiveDict

        self.calls += 1
        if self.calls > self.limit:
            raise AssertionError(f"adapter asked {self.calls} times: a loop on a bad body")
        body, ctype = self.bodies[(self.calls - 1) % len(self.bodies)]
        r = requests.Response()
        r.status_code = 200
        r._content = body
        r.headers = CaseInsensitiveDict({"Content-Type": ctype, "Date": "Wed, 01 Jul 2026 12:00:00 GMT"})
        r.url = url
        r.encoding = "utf-8"
        return r


def _no_sleep(seconds: float) -> None:
    raise AssertionError(f"a test tried to sleep {seconds} s")


# --------------------------------------------------------------------------- a local test server

Reply = tuple  # (status, headers dict, body bytes) | ("hang",) | ("close",)


@dataclass
class LocalServer:
    """An http.server on 127.0.0.1 in a daemon thread. ``script(path_with_query, headers) -> Reply``
    decides each answer; every request is recorded (path, headers). At most ``max_requests`` are
    served; then the server answers 503 and stops counting. ``stop()`` shuts it down."""
    script: Callable[[str, dict], Reply]
    max_requests: int = 400
    requests: list = field(default_factory=list)

    def __post_init__(self):
        srv = self
        self._release = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            timeout = 10   # a client that stalls cannot hold a handler thread for long

            def log_message(self, *a):  # quiet
                pass

            def date_time_string(self, timestamp=None):  # a fixed Date header: no wall clock in tests
                return "Wed, 01 Jul 2026 12:00:00 GMT"

            def do_GET(self):
                srv.requests.append((self.path, dict(self.headers)))
                if len(srv.requests) > srv.max_requests:
                    reply = (503, {}, b"")
                else:
                    reply = srv.script(self.path, dict(self.headers))
                if reply[0] == "hang":           # hold the connection without answering
                    srv._release.wait(10)
                    return
                if reply[0] == "close":          # drop the connection without a status line
                    self.close_connection = True
                    try:
                        self.connection.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    return
                status, headers, body = reply
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        self._release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


def free_port() -> int:
    """A port on 127.0.0.1 nothing listens on (connection refused)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


LIVE_SOURCES = ("worldbank", "imf", "comtrade", "eurostat", "dbnomics")


def point_sources_at(env: dict, base: str) -> dict:
    """``env`` with FACTCHECK_<SOURCE>_URL set for every live source (nothing leaves 127.0.0.1)."""
    env = dict(env)
    for s in LIVE_SOURCES:
        env[f"FACTCHECK_{s.upper()}_URL"] = base
    return env
