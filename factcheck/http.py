"""The HTTP layer shared by the live sources: one session factory, retries, a time budget, a cache.

``session(offline=False, cache_dir=None, ...)`` returns a ``requests`` session (a requests-cache
``CachedSession`` over SQLite unless ``cache=False``) that carries factcheck's settings: the
User-Agent ``factcheck/<version>``, explicit (connect, read) timeouts, the retry policy and the
injectable ``sleep``/``clock``/``now`` functions.  Sources never call the session directly; each
wraps it in a :class:`Client` (one per source), which

* retries 429 and 5xx answers, timeouts and refused connections with exponential backoff, honouring
  ``Retry-After`` given in seconds or as an HTTP date (measured against the response's own ``Date``);
* stops when the source's total time budget is spent (a slow source cannot hold up a run);
* turns every failure into ``SourceUnavailable("<why>")`` whose text never holds a query string, a
  header or an API key.

An offline session (``--offline``) refuses to send anything: it raises ``SourceUnavailable("offline")``
before any socket is opened.  The cache lives in ``platformdirs.user_cache_dir("factcheck")/http.sqlite``
(``FACTCHECK_CACHE_DIR`` overrides the directory); a corrupt file is deleted and rebuilt; secrets
(``Ocp-Apim-Subscription-Key`` and friends) are left out of cache keys and redacted from what is stored.

``requests`` and ``requests_cache`` are imported inside the functions (CLI cold start).
"""
from __future__ import annotations

import re

import functools
import logging
import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Callable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from factcheck import __version__
from factcheck.model import SourceInfo, SourceUnavailable

log = logging.getLogger(__name__)

USER_AGENT = f"factcheck/{__version__}"
CACHE_FILE = "http.sqlite"
ENV_CACHE_DIR = "FACTCHECK_CACHE_DIR"
#: ``FACTCHECK_WORLDBANK_URL=http://127.0.0.1:8080`` sends every request of that source to this origin
#: (scheme, host, port and an optional path prefix; the adapter's path and query are kept): a mirror,
#: a proxy, or a local test server
ENV_URL = "FACTCHECK_{source}_URL"

#: request parameters and headers that may carry a secret: never part of a cache key, never stored,
#: never shown in an error, a log line or a report
SECRET_NAMES: tuple[str, ...] = (
    "Ocp-Apim-Subscription-Key", "subscription-key", "Authorization", "X-API-KEY",
    "api_key", "apikey", "api-key", "access_token", "token", "key",
)
_SECRET_LOWER = frozenset(n.lower() for n in SECRET_NAMES)


@dataclass(frozen=True)
class Policy:
    """Timeouts and retry rules. Seconds throughout."""
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    retries: int = 3                 # extra attempts after the first
    backoff: float = 1.0             # first wait; doubles with every retry
    max_wait: float = 60.0           # a single wait longer than this (e.g. Retry-After) is not waited for
    budget: float = 120.0            # total time one source may spend on the network in one run


@dataclass
class Settings:
    """What a factcheck session carries besides the requests machinery."""
    offline: bool = False
    policy: Policy = field(default_factory=Policy)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
    cache_path: Path | None = None


# ---------------------------------------------------------------------------------- cache files

def cache_dir(cache_dir: str | os.PathLike | None = None) -> Path:
    """The directory of the HTTP cache: the argument, else $FACTCHECK_CACHE_DIR, else the user cache dir."""
    if cache_dir is not None:
        return Path(cache_dir)
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env)
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("factcheck", appauthor=False))


def cache_path(cache_dir_: str | os.PathLike | None = None) -> Path:
    return cache_dir(cache_dir_) / CACHE_FILE


def _sidecars(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + "-journal")]


def _usable_sqlite(path: Path) -> bool:
    """False when the file exists but is not a readable SQLite database."""
    import sqlite3

    if not path.exists():
        return True
    try:
        con = sqlite3.connect(str(path), timeout=1.0)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
        return bool(row) and row[0] == "ok"
    except sqlite3.OperationalError as exc:
        # locked or busy: another factcheck (a --jobs worker, a parallel CI job) is writing it. That
        # is not corruption: deleting it would destroy a good cache under the other process
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.DatabaseError:
        return False


def _locked(path: Path) -> bool:
    """True when another process holds a lock on the cache file that a writer cannot get within 1 s."""
    import sqlite3

    if not path.exists():
        return False
    try:
        con = sqlite3.connect(str(path), timeout=1.0)
        try:
            con.execute("BEGIN IMMEDIATE")
            con.rollback()
        finally:
            con.close()
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)


def _remove(path: Path) -> int:
    freed = 0
    for p in _sidecars(path):
        try:
            freed += p.stat().st_size
            p.unlink()
        except FileNotFoundError:
            pass
    return freed


def cache_info(cache_dir_: str | os.PathLike | None = None) -> dict[str, Any]:
    """Path, size in bytes, number of stored responses and a state: 'absent', 'ok' or 'corrupt'."""
    import sqlite3

    path = cache_path(cache_dir_)
    info: dict[str, Any] = {"path": str(path), "size": 0, "responses": 0, "state": "absent"}
    if not path.exists():
        return info
    info["size"] = sum(p.stat().st_size for p in _sidecars(path) if p.exists())
    if not _usable_sqlite(path):
        info["state"] = "corrupt"
        return info
    info["state"] = "ok"
    try:
        con = sqlite3.connect(str(path))
        try:
            info["responses"] = con.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError:     # no table yet: an empty cache
        info["responses"] = 0
    return info


def cache_clear(cache_dir_: str | os.PathLike | None = None) -> int:
    """Delete the cache file; return the number of bytes freed."""
    return _remove(cache_path(cache_dir_))


# ---------------------------------------------------------------------------------- sessions

def session(offline: bool = False, cache_dir: str | os.PathLike | None = None, *, cache: bool = True,
            expire_after: float = 24 * 3600, policy: Policy | None = None,
            sleep: Callable[[float], None] | None = None, clock: Callable[[], float] | None = None,
            now: Callable[[], datetime] | None = None):
    """Build the session the live sources share.

    offline: the session refuses every request (``SourceUnavailable('offline')``); no socket is opened.
    cache_dir / cache: where the SQLite cache lives, or no cache at all.
    sleep, clock, now: injectable for tests (no real sleeping, no wall clock).
    """
    import requests

    settings = Settings(offline=offline, policy=policy or Policy())
    if sleep is not None:
        settings.sleep = sleep
    if clock is not None:
        settings.clock = clock
    if now is not None:
        settings.now = now

    if offline:
        s = _OfflineSession()
    elif cache:
        s = _cached_session(cache_path(cache_dir), expire_after)
        if s is not None:
            settings.cache_path = cache_path(cache_dir)
        else:
            s = requests.Session()
    else:
        s = requests.Session()
    s.headers["User-Agent"] = USER_AGENT
    s.factcheck = settings   # type: ignore[attr-defined]
    return s


def _cached_session(path: Path, expire_after: float):
    """A CachedSession on ``path``; a corrupt file is rebuilt; an unwritable place means no cache."""
    import requests_cache

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("HTTP cache disabled: cannot create %s (%s)", path.parent, exc.strerror or exc)
        return None
    if not _usable_sqlite(path):
        log.warning("HTTP cache %s is corrupt; rebuilding it", path)
        _remove(path)
    elif _locked(path):  # requests-cache would wait for the write lock forever
        log.warning("HTTP cache disabled: %s is locked by another process", path)
        return None
    try:
        s = requests_cache.CachedSession(
            str(path), backend="sqlite", expire_after=expire_after,
            allowable_codes=(200,), allowable_methods=("GET",),
            ignored_parameters=SECRET_NAMES, match_headers=False, stale_if_error=False,
        )
        s.cache.responses.keys()  # opens the file now, so a problem shows here and not mid-run
        return s
    except Exception as exc:  # sqlite errors, permissions: run without a cache rather than fail
        log.warning("HTTP cache disabled: %s", type(exc).__name__)
        return None


@functools.lru_cache(maxsize=None)
def _offline_session_class():
    import requests

    class OfflineSession(requests.Session):
        """A session that never sends: the guarantee behind ``--offline``."""

        def send(self, request, **kwargs):  # noqa: D401
            raise SourceUnavailable("offline")

    return OfflineSession


def _OfflineSession():
    return _offline_session_class()()


def settings_of(sess) -> Settings:
    s = getattr(sess, "factcheck", None)
    return s if isinstance(s, Settings) else Settings()


# ---------------------------------------------------------------------------------- helpers

def redact_url(url: str) -> str:
    """The URL with the value of every secret-looking query parameter replaced by 'REDACTED'."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(k.lower() in _SECRET_LOWER for k, _ in pairs):
        return url
    query = urlencode([(k, "REDACTED" if k.lower() in _SECRET_LOWER else v) for k, v in pairs], safe=":,+[]")
    return urlunsplit(parts._replace(query=query))


def host_path(url: str) -> str:
    p = urlsplit(url)
    return f"{p.netloc}{p.path}"


def http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        d = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if d is None:
        return None
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)


def retry_after(headers: Mapping[str, str], now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), or None.

    An HTTP date is measured against the response's own Date header when it has one (the server's
    clock), else against ``now``.
    """
    value = headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = http_date(value)
    if when is None:
        return None
    ref = http_date(headers.get("Date")) or now
    return max(0.0, (when - ref).total_seconds())


def retrieved_at(response, now: Callable[[], datetime] | None = None) -> str:
    """When the body was fetched from the server: its Date header, else (a cached answer) when it was
    stored, else the (injected) clock; ISO 8601 UTC."""
    d = http_date(response.headers.get("Date")) if response is not None else None
    if d is None and getattr(response, "from_cache", False):
        created = getattr(response, "created_at", None)     # requests-cache: when it was stored
        if isinstance(created, datetime):
            d = created if created.tzinfo else created.replace(tzinfo=timezone.utc)
    if d is None:
        d = (now or (lambda: datetime.now(timezone.utc)))()
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def redirect(url: str, source: str) -> str:
    """``url`` sent to the origin in $FACTCHECK_<SOURCE>_URL when that is set, else unchanged."""
    base = os.environ.get(ENV_URL.format(source=source.upper()))
    if not base:
        return url
    b, p = urlsplit(base), urlsplit(url)
    return urlunsplit(p._replace(scheme=b.scheme or p.scheme, netloc=b.netloc or p.netloc,
                                 path=b.path.rstrip("/") + p.path))


#: failures after which a source is not asked again in the same run
_FOR_GOOD = re.compile(r"cannot resolve host|gave up after|time budget|more than this run allows")


def _connection_reason(exc: Exception, url: str) -> str:
    text = repr(exc)
    host = urlsplit(url).netloc
    if any(s in text for s in ("NameResolutionError", "Name or service not known", "getaddrinfo",
                               "nodename nor servname", "Temporary failure in name resolution")):
        return f"cannot resolve host {host}"
    if "SSLError" in text or "CERTIFICATE" in text:
        return f"TLS error talking to {host}"
    return f"cannot connect to {host}"


# ---------------------------------------------------------------------------------- client

class Client:
    """One source's view of the shared session: retries, budget, clean failures."""

    def __init__(self, session, source: str):
        self.session = session
        self.source = source
        self.settings = settings_of(session)
        self.spent = 0.0          # seconds of the budget used so far (network time and waits)
        self.attempts = 0         # requests sent, retries included (for tests and diagnostics)
        self.down: str | None = None  # why the source failed for good in this run: it is not asked again

    def remaining(self) -> float:
        return self.settings.policy.budget - self.spent

    def _send(self, url, params, headers, timeout):
        import sqlite3

        try:
            return self.session.get(url, params=params, headers=dict(headers or {}), timeout=timeout)
        except sqlite3.Error as exc:          # the cache broke mid-run: answer without it
            disabled = getattr(self.session, "cache_disabled", None)
            if disabled is None:
                raise SourceUnavailable(f"{self.source}: cache error ({type(exc).__name__})") from None
            log.warning("HTTP cache error (%s); continuing without the cache", type(exc).__name__)
            with disabled():
                return self.session.get(url, params=params, headers=dict(headers or {}), timeout=timeout)

    def _forget_if_echoed(self, resp, headers, params) -> None:
        """Drop a just-cached response whose body echoes a secret we sent (an API quoting the key in an
        error message): secrets never rest in the cache file."""
        key = getattr(resp, "cache_key", None)
        if not key or getattr(resp, "from_cache", False):
            return
        sent = {**dict(params or {}), **dict(headers or {})}
        secrets = [str(v).encode() for k, v in sent.items() if str(k).lower() in _SECRET_LOWER and v]
        if secrets and any(s in (resp.content or b"") for s in secrets):
            try:
                self.session.cache.delete(key)
            except Exception as exc:  # noqa: BLE001 - a cache that fails here fails later too; say so
                log.warning("HTTP cache: could not drop a response quoting a secret (%s)", type(exc).__name__)

    def get(self, url: str, params: Mapping[str, Any] | None = None,
            headers: Mapping[str, str] | None = None, *, timeout: tuple[float, float] | None = None):
        """GET with retries; returns the final response (any status but 429/5xx), or raises SourceUnavailable."""
        st = self.settings
        if st.offline:
            raise SourceUnavailable("offline")
        if self.down:
            raise SourceUnavailable(f"{self.down}; not asked again in this run")
        try:
            return self._get(url, params, headers, timeout)
        except SourceUnavailable as exc:
            if _FOR_GOOD.search(str(exc)):
                self.down = str(exc)  # DNS, refused connections, retries or budget spent: stop asking
            raise

    def _get(self, url, params, headers, timeout):
        import requests

        st = self.settings
        pol = st.policy
        url = redirect(url, self.source)
        where = host_path(url)
        why = "no attempt made"
        for attempt in range(pol.retries + 1):
            left = self.remaining()
            if left <= 0:
                raise SourceUnavailable(f"{self.source}: time budget of {pol.budget:g} s used up ({why})")
            conn, read = timeout or (pol.connect_timeout, pol.read_timeout)
            wait: float | None = None
            t0 = st.clock()
            try:
                self.attempts += 1
                resp = self._send(url, params, headers, (min(conn, left), min(read, left)))
            except SourceUnavailable:
                raise
            except requests.exceptions.Timeout:
                why = f"timed out waiting for {where}"
            except requests.exceptions.ConnectionError as exc:
                why = _connection_reason(exc, url)
                if why.startswith("cannot resolve host"):  # a name that does not resolve will not on retry
                    raise SourceUnavailable(f"{self.source}: {why}") from None
            except requests.exceptions.RequestException as exc:
                raise SourceUnavailable(f"{self.source}: request to {where} failed ({type(exc).__name__})") from None
            else:
                if resp.status_code != 429 and not (500 <= resp.status_code < 600):
                    self.spent += st.clock() - t0
                    self._forget_if_echoed(resp, headers, params)
                    return resp
                why = f"HTTP {resp.status_code} from {where}"
                wait = retry_after(resp.headers, st.now())
            self.spent += st.clock() - t0
            if attempt == pol.retries:
                break
            if wait is not None and wait > min(pol.max_wait, self.remaining()):
                raise SourceUnavailable(
                    f"{self.source}: {why}; the server asks to retry after {wait:g} s, more than this run allows")
            if wait is None:
                wait = min(pol.backoff * (2 ** attempt), pol.max_wait)
            if wait > self.remaining():
                raise SourceUnavailable(f"{self.source}: {why}; time budget of {pol.budget:g} s used up")
            st.sleep(wait)
            self.spent += wait
        raise SourceUnavailable(f"{self.source}: {why} (gave up after {pol.retries + 1} attempts)")


def error_text(resp, limit: int = 160) -> str:
    """A short, single-line, secret-free excerpt of an error body."""
    try:
        text = resp.text
    except Exception:
        return ""
    text = " ".join(text.split())
    return text[:limit] + ("…" if len(text) > limit else "")


# ---------------------------------------------------------------------------------- for the adapters

def json_or_none(resp, source: str):
    """The JSON body of an error response when it has one (to quote the API's message), else None."""
    try:
        return json_of(resp, source)
    except SourceUnavailable:
        return None


def json_of(resp, source: str):
    """The JSON body of a response, or SourceUnavailable('malformed body') naming the source."""
    import json

    try:
        return json.loads(resp.content)
    except (ValueError, UnicodeDecodeError):
        ctype = resp.headers.get("Content-Type", "?").split(";")[0]
        raise SourceUnavailable(
            f"{source}: malformed body from {host_path(resp.url or '')} (HTTP {resp.status_code}, {ctype}, "
            f"{len(resp.content)} bytes, not JSON)") from None


#: no statistic comes near this; a larger value is a corrupt body (and would overflow to inf once an
#: adapter scales it to base units or adds exports and imports)
MAX_MAGNITUDE = 1e100


def finite(value: float, source: str) -> float:
    """``value`` when it is a plausible finite number; a body holding 1e400, 1e308 or NaN is not data
    (SourceUnavailable)."""
    import math

    if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
        raise SourceUnavailable(f"{source}: non-finite or absurd value in the body")
    return value


def parse_period(code: str):
    """'2023' -> (Period 2023, 'A'); '2023-Q1'/'2023Q1' -> Q; '2023-M01'/'2023M01'/'2023-01' -> M; else None."""
    from factcheck.model import Period

    c = str(code).strip()
    if len(c) == 4 and c.isdigit():
        return Period.year(int(c)), "A"
    y, rest = c[:4], c[4:].lstrip("-")
    if not y.isdigit() or not rest:
        return None
    year = int(y)
    if rest[0] in "Qq" and rest[1:].isdigit() and 1 <= int(rest[1:]) <= 4:
        q = int(rest[1:])
        return Period.months(year, 3 * q - 2, year, 3 * q), "Q"
    if rest[0] in "Mm":
        rest = rest[1:]
    if rest.isdigit() and len(rest) == 2 and 1 <= int(rest) <= 12:
        m = int(rest)
        return Period.months(year, m, year, m), "M"
    return None


def within(period, query_period) -> bool:
    """True when ``period`` lies inside the query's period (or the query has none)."""
    if query_period is None:
        return True
    return query_period.start <= period.start and period.end <= query_period.end


class schema_guard:
    """``with schema_guard("imf"):`` turns the KeyError/TypeError/ValueError/AttributeError/IndexError
    of a body whose shape changed into ``SourceUnavailable("imf: unexpected body (...)")``."""

    def __init__(self, source: str):
        self.source = source

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, (KeyError, TypeError, ValueError, AttributeError, IndexError)):
            raise SourceUnavailable(f"{self.source}: unexpected body ({exc_type.__name__})") from None
        return False


class HttpSource:
    """Base of the live adapters: holds the injected session (or makes one on first use) and the
    adapter's own Client (retries, budget, clean failures) over it."""

    info: SourceInfo

    def __init__(self, session=None):
        self._session = session
        self._client: Client | None = None

    @property
    def client(self) -> Client:
        if self._client is None:
            if self._session is None:
                self._session = session()
            self._client = Client(self._session, self.info.id)
        return self._client
