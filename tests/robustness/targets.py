"""Fuzz targets: one call = one iteration. Used by the tests (hypothesis decides the inputs) and by
benchmarks/robustness.py (which counts iterations and times them).

Every target enforces the suite's two invariants: no exception escapes (``SourceUnavailable`` is
the allowed failure of a source parser, ``InputError`` that of the reader) and the time stays under
``helpers.time_bound`` for the input's size. A target returns (seconds, input size in characters or
bytes) so callers can report the slowest input per kilobyte.
"""
from __future__ import annotations

import io
import json
import math
import time
from dataclasses import dataclass
from datetime import date
from typing import Callable

from factcheck.model import Observation, Period, Query, SourceUnavailable
from tests.robustness.helpers import FakeSession, ok_bodies, time_bound


def _check_time(seconds: float, size: int, what: str) -> None:
    assert seconds <= time_bound(size), f"{what}: {seconds:.2f} s for {size} chars/bytes (bound {time_bound(size):.2f} s)"


# --------------------------------------------------------------------------- extraction

def target_extract(text: str, lang: str, published: date | None = None) -> tuple[float, int]:
    from factcheck.extract import extract

    t0 = time.perf_counter()
    claims = extract(text, lang, published)
    dt = time.perf_counter() - t0
    for c in claims:
        assert 0 <= c.span.start <= c.span.end <= len(text), c
        assert text[c.span.start:c.span.end] == c.span.text, c
        assert isinstance(c.value, float | int)
    _check_time(dt, len(text.encode("utf-8")), f"extract[{lang}]")
    return dt, len(text.encode("utf-8"))


# --------------------------------------------------------------------------- reader

def target_reader(data: bytes, suffix: str, tmp_dir) -> tuple[float, int]:
    """factcheck.reader.read on a file with these bytes: a Source or an InputError, nothing else."""
    from factcheck.reader import InputError, read

    path = tmp_dir / f"input{suffix}"
    path.write_bytes(data)
    t0 = time.perf_counter()
    try:
        src = read(str(path))
    except InputError as exc:
        msg = str(exc)
        assert msg and "\n" not in msg and msg.startswith(str(path)), msg
    else:
        assert isinstance(src.text, str)
        assert src.published is None or isinstance(src.published, date)
        assert src.language is None or isinstance(src.language, str)
    dt = time.perf_counter() - t0
    _check_time(dt, len(data), f"read[{suffix}]")
    return dt, len(data)


def target_text_readers(text: str) -> tuple[float, int]:
    """front_matter and html_text on a string (the two parsers inside read)."""
    from factcheck.reader import InputError, front_matter, html_text

    t0 = time.perf_counter()
    try:
        body, meta = front_matter(text)
        assert len(body) == len(text) and isinstance(meta, dict)
    except InputError as exc:
        assert "\n" not in str(exc)
    visible, meta = html_text(text)
    assert isinstance(visible, str) and isinstance(meta, dict)
    dt = time.perf_counter() - t0
    _check_time(dt, len(text.encode("utf-8")), "front_matter/html_text")
    return dt, len(text.encode("utf-8"))


# --------------------------------------------------------------------------- source parsers

@dataclass(frozen=True)
class SourceCase:
    name: str
    source: str             # the cassette directory
    cassette: str
    run: Callable            # run(session) -> list[Observation]


def _worldbank(session):
    from sources.worldbank import WorldBankSource
    return WorldBankSource(session).fetch(Query("gdp_per_capita", "JPN", period=Period.months(2000, 1, 2004, 12)))


def _comtrade(session):
    from sources.comtrade import ComtradeSource
    return ComtradeSource(session, api_key="").fetch(Query("exports", "CHN", "ARG", Period.year(2010)))


def _comtrade_turnover(session):
    from sources.comtrade import ComtradeSource
    return ComtradeSource(session, api_key="k").fetch(Query("trade_turnover", "CHN", "ARG", Period.year(2010)))


def _imf(session):
    from sources.imf import IMFSource
    return IMFSource(session).fetch(Query("exports", "USA", period=Period.months(2023, 1, 2024, 12)))


def _eurostat(session):
    from sources.eurostat import DatasetSpec, EurostatSource
    ert = DatasetSpec("ert_h_eur_a", {"statinfo": "AVG", "unit": "NAT"}, "HRK/EUR",
                      entity_dim="currency", entities={"HRV": "HRK"})
    return EurostatSource(session, datasets={"other:exchange_rate_eur": ert}).fetch(
        Query("other:exchange_rate_eur", "HRV", period=Period.months(2009, 1, 2010, 12)))


def _dbnomics(session):
    from sources import dbnomics
    from sources.dbnomics import DBnomicsSource
    from factcheck import http

    ids = [f"CEPII/CHELEM-TRADE-CHEL/AES.AES.CAT.{p}" for p in ("BA", "BB", "BC")]
    raw = DBnomicsSource(session).fetch_series(ids)
    with http.schema_guard("dbnomics"):
        obs = dbnomics.chelem_observations(raw["docs"], raw["url"], raw["retrieved"])
        obs += dbnomics.transform_data(raw, Query("exports", "AES", "AES"))
    return obs


SOURCE_CASES = (
    SourceCase("worldbank", "worldbank", "test_fetch_parses_recorded_body", _worldbank),
    SourceCase("worldbank-pages", "worldbank", "test_fetch_follows_pages", _worldbank),
    SourceCase("comtrade", "comtrade", "test_fetch_preview_exports", _comtrade),
    SourceCase("comtrade-turnover", "comtrade", "test_fetch_keyed_turnover", _comtrade_turnover),
    SourceCase("imf", "imf", "test_fetch_keeps_world_total_only", _imf),
    SourceCase("eurostat", "eurostat", "test_fetch_decodes_jsonstat", _eurostat),
    SourceCase("dbnomics", "dbnomics", "test_fetch_series_parses_recorded_docs", _dbnomics),
)


def recorded(case: SourceCase) -> list[tuple[bytes, str]]:
    return [(r.body, r.headers.get("Content-Type", "application/json")) for r in ok_bodies(case.source, case.cassette)]


def target_source(case: SourceCase, bodies: list[tuple[bytes, str]]) -> tuple[float, int]:
    """The adapter's fetch (request building, envelope checks, transform_data) over these bodies:
    observations with finite values, or SourceUnavailable with a one-line message."""
    session = FakeSession(bodies)
    t0 = time.perf_counter()
    try:
        obs = case.run(session)
    except SourceUnavailable as exc:
        msg = str(exc)
        assert msg and "\n" not in msg, msg
        obs = []
    dt = time.perf_counter() - t0
    for o in obs:
        assert isinstance(o, Observation)
        assert isinstance(o.value, float | int) and math.isfinite(o.value), o
    size = sum(len(b) for b, _ in bodies)
    _check_time(dt, size, f"source[{case.name}]")
    return dt, size


# --------------------------------------------------------------------------- report writers

_VALIDATOR = None


def validator():
    global _VALIDATOR
    if _VALIDATOR is None:
        from importlib.resources import files

        import jsonschema
        schema = json.loads(files("factcheck").joinpath("schema/report.schema.json").read_text(encoding="utf-8"))
        _VALIDATOR = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    return _VALIDATOR


def _strict_json(text: str):
    def bad_constant(name):
        raise AssertionError(f"non-standard JSON constant {name} in the output")
    return json.loads(text, parse_constant=bad_constant)


def target_report(report) -> tuple[float, int]:
    """Every format writes the report; JSON output is strict JSON valid against the schema; SARIF and
    ClaimReview are strict JSON too."""
    from factcheck import report as writers

    t0 = time.perf_counter()
    size = 0
    for fmt in writers.FORMATS:
        buf = io.StringIO()
        writers.write(report, fmt, buf)
        out = buf.getvalue()
        size += len(out)
        if fmt == "json":
            errors = sorted(validator().iter_errors(_strict_json(out)), key=str)
            assert not errors, f"{errors[0].message} at {list(errors[0].absolute_path)}"
        elif fmt in ("sarif", "claimreview"):
            _strict_json(out)
    dt = time.perf_counter() - t0
    _check_time(dt, size, "report writers")
    return dt, size


# --------------------------------------------------------------------------- the whole pipeline

_SOURCES = None


def target_pipeline(text: str, lang: str | None, published: date | None = None) -> tuple[float, int]:
    """check_text (extraction, offline verification against the snapshot) -> Report -> JSON: a valid
    report, whatever the text."""
    global _SOURCES
    from factcheck import pipeline
    from factcheck.model import Report

    if _SOURCES is None:
        _SOURCES = pipeline.default_sources(pipeline.Options())
    t0 = time.perf_counter()
    doc = pipeline.check_text(text, path="fuzz.txt", lang=lang, published=published, sources=_SOURCES)
    buf = io.StringIO()
    from factcheck import report as writers
    writers.write(Report(documents=(doc,)), "json", buf)
    dt = time.perf_counter() - t0
    errors = sorted(validator().iter_errors(_strict_json(buf.getvalue())), key=str)
    assert not errors, f"{errors[0].message} at {list(errors[0].absolute_path)}"
    size = len(text.encode("utf-8"))
    _check_time(dt, size, "pipeline")
    return dt, size
