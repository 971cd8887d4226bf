"""Fuzzing of the whole pipeline: extraction (ru/en), the readers, every source parser on mutated
recorded bodies, every report writer on random Reports.

CI mode (default) is short and derandomized (the same inputs every run); FACTCHECK_FUZZ=long runs
many more random examples by hand. A failure here is a crash or a hang: keep its input in
tests/robustness/regressions/ (test_regressions.py replays it) and fix the code.
"""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.robustness import mutate, strategies, targets
from tests.robustness.helpers import LONG


@pytest.fixture(scope="module", autouse=True)
def _warm():
    """Load the language data, YAML and the writers once, so the per-kB bound times inputs, not imports."""
    from factcheck.model import Report

    for lang in ("ru", "en"):
        targets.target_extract("В 2023 году 1,5 млн. In 2023, 1.5 million.", lang)
    targets.target_text_readers("---\ndate: 2024-01-01\n---\n<p>x</p>")
    targets.target_report(Report())


def fuzz(n_ci: int, n_long: int):
    return settings(max_examples=n_long if LONG else n_ci, deadline=None, derandomize=not LONG, database=None,
                    suppress_health_check=list(HealthCheck), print_blob=True)


@pytest.mark.parametrize("lang", ["ru", "en"])
@fuzz(300, 5000)
@given(text=strategies.article_text, published=st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_extract_never_crashes(lang, text, published):
    targets.target_extract(text, lang, published)


@fuzz(200, 3000)
@given(text=st.one_of(strategies.article_text,
                      st.tuples(st.sampled_from(["---\n", "---\r\n", "<html>", "<!doctype html><p>", "<script>"]),
                                st.text(max_size=300), st.sampled_from(["", "\n---\n", "\n...\n", "</p>"]),
                                strategies.token_text).map("".join)))
def test_front_matter_and_html_never_crash(text):
    targets.target_text_readers(text)


@fuzz(150, 2000)
@given(data=st.one_of(st.binary(max_size=600),
                      strategies.article_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      strategies.article_text.map(lambda t: t.encode("cp1251", "ignore")),
                      st.tuples(st.sampled_from([b"---\ndate: ", b"---\nlang: ", b"\xef\xbb\xbf---\n", b"<html lang='"]),
                                st.binary(max_size=80), st.sampled_from([b"\n---\n", b"'>", b""]),
                                strategies.token_text.map(str.encode)).map(b"".join)),
       suffix=st.sampled_from([".txt", ".md", ".html", ""]))
def test_reader_never_crashes(data, suffix, tmp_path_factory):
    targets.target_reader(data, suffix, tmp_path_factory.mktemp("r"))


@pytest.mark.parametrize("case", targets.SOURCE_CASES, ids=lambda c: c.name)
@fuzz(100, 1500)
@given(data=st.data())
def test_source_parsers_on_mutated_bodies(case, data):
    bodies = targets.recorded(case)
    assert bodies, f"no recorded 200 body in {case.source}/{case.cassette}"
    which = data.draw(st.integers(0, len(bodies) - 1))
    b, ctype = bodies[which]
    bodies = list(bodies)
    bodies[which] = (mutate.mutate(data, b, ctype), ctype)
    targets.target_source(case, bodies)


@pytest.mark.parametrize("case", targets.SOURCE_CASES, ids=lambda c: c.name)
def test_source_parsers_accept_the_recorded_bodies(case):
    """The unmutated bodies parse into observations: the mutation fuzz starts from working input."""
    session_bodies = targets.recorded(case)
    from tests.robustness.helpers import FakeSession
    obs = case.run(FakeSession(session_bodies))
    assert obs or case.name == "dbnomics", case.name   # dbnomics' recorded docs are not TT series
    if case.name == "dbnomics":
        from sources import dbnomics
        assert dbnomics.chelem_observations([], "u") == []


@fuzz(100, 2000)
@given(report=strategies.reports)
def test_report_writers_on_random_reports(report):
    targets.target_report(report)


@fuzz(150, 2000)
@given(text=strategies.article_text, lang=st.sampled_from([None, "ru", "en"]),
       published=st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_whole_pipeline_gives_a_valid_json_report(text, lang, published):
    targets.target_pipeline(text, lang, published)
