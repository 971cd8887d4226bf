"""Limits: input size (--max-bytes), claims per document (--max-claims / max-claims, default 1000),
and each live source's time budget (--source-timeout / source-timeout, tested with an injected clock).
Constructed sentences here are formatting examples for parsing only, not statistics."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from factcheck import http
from factcheck.cli import app
from factcheck.pipeline import DEFAULT_MAX_CLAIMS, Options, check_text
from tests.robustness.helpers import point_sources_at
from tests.robustness.targets import validator

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def many_claims(n: int) -> str:
    return " ".join(f"В {1990 + i % 30} году экспорт составил {i + 1} млн долларов." for i in range(n))


def invoke(args, **kw):
    return CliRunner().invoke(app, args, catch_exceptions=False, **kw)


def test_default_claim_limit_keeps_the_first_claims_and_says_so():
    text = many_claims(DEFAULT_MAX_CLAIMS + 100)
    doc = check_text(text, lang="ru", options=Options())
    assert len(doc.claims) == DEFAULT_MAX_CLAIMS == 1000
    assert doc.claims[0].value == 1e6 and doc.claims[-1].value == 1000e6      # the first N, in order
    assert doc.findings[0].kind == "truncated"
    assert doc.findings[0].message == ("document truncated: 1100 claims found, only the first 1000 were checked "
                                       "(see --max-claims)")


def test_under_the_limit_nothing_is_said():
    doc = check_text(many_claims(5), lang="ru", options=Options(max_claims=5))
    assert len(doc.claims) == 5 and not [f for f in doc.findings if f.kind == "truncated"]


def test_max_claims_option_in_the_cli_and_the_json_report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(many_claims(12), encoding="utf-8")
    r = invoke(["run", "--format", "json", "--no-exit", "--max-claims", "3", "a.txt"])
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert not list(validator().iter_errors(report))
    doc = report["documents"][0]
    assert len(doc["claims"]) == 3 and report["summary"]["claims"] == 3
    assert doc["findings"][0] == {"kind": "truncated", "claim_ids": [],
                                  "message": "document truncated: 12 claims found, only the first 3 were checked "
                                             "(see --max-claims)"}
    text = invoke(["run", "--format", "text", "--no-exit", "--max-claims", "3", "a.txt"]).stdout
    assert "document truncated: 12 claims found" in text


def test_max_claims_from_the_configuration(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(many_claims(12), encoding="utf-8")
    (tmp_path / ".factcheck.toml").write_text("max-claims = 4\n", encoding="utf-8")
    doc = json.loads(invoke(["run", "--format", "json", "--no-exit", "a.txt"]).stdout)["documents"][0]
    assert len(doc["claims"]) == 4 and "only the first 4" in doc["findings"][0]["message"]
    # the command line wins over the file
    doc = json.loads(invoke(["run", "--format", "json", "--no-exit", "--max-claims", "2", "a.txt"]).stdout)["documents"][0]
    assert len(doc["claims"]) == 2


@pytest.mark.parametrize("line, message", [
    ("max-claims = 0", "'max-claims' must be a positive integer"),
    ("max-claims = \"many\"", "'max-claims' must be a positive integer"),
    ("source-timeout = -1", "'source-timeout' must be a positive number of seconds"),
    ("source-timeout = true", "'source-timeout' must be a positive number of seconds"),
])
def test_bad_limit_values_in_the_configuration(tmp_path, monkeypatch, line, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".factcheck.toml").write_text(line + "\n", encoding="utf-8")
    r = invoke(["run", "--format", "json", "a.txt"])
    assert r.exit_code == 2 and message in r.stderr and "Traceback" not in r.output + r.stderr


@pytest.mark.parametrize("args", [["--max-claims", "0"], ["--source-timeout", "0"], ["--max-bytes", "0"]])
def test_bad_limit_values_on_the_command_line(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    r = invoke(["run", *args, "a.txt"])
    assert r.exit_code == 2 and "Traceback" not in r.output + r.stderr


def test_max_bytes_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "big.txt").write_text("В 2023 году экспорт составил 5 млн долларов. " * 50, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("В 2023 году экспорт составил 5 млн долларов.", encoding="utf-8")
    size = (tmp_path / "big.txt").stat().st_size
    r = invoke(["run", "--format", "json", "--max-bytes", "1000", "big.txt", "ok.txt"])
    assert r.exit_code == 2
    assert f"factcheck: big.txt: too large ({size:,} bytes; the limit is 1,000; see --max-bytes)" in r.stderr
    docs = json.loads(r.stdout)["documents"]
    assert docs[0]["error"].startswith("big.txt: too large") and docs[1]["claims"]      # the other file is checked
    r = invoke(["run", "--format", "json", "--max-bytes", "10", "-"], input="В 2023 году экспорт составил 5 млн долларов.")
    assert r.exit_code == 2 and "<stdin>: too large (over 10 bytes; see --max-bytes)" in r.stderr


def test_source_timeout_bounds_every_live_source_with_an_injected_clock(serve, monkeypatch, tmp_path):
    """Every request 'takes' 40 s on the injected clock and fails with 500: with --source-timeout 50 each
    source stops after its second attempt, saying its budget is used up; the run reports every claim."""
    t = [0.0]
    sleeps = []

    def slow(path, headers):
        t[0] += 40.0
        return 500, {}, b""

    srv = serve(slow, max_requests=5000)
    original = http.session

    def session(*a, **kw):
        kw.update(sleep=lambda s: (sleeps.append(s), t.__setitem__(0, t[0] + s)), clock=lambda: t[0])
        return original(*a, **kw)

    monkeypatch.setattr(http, "session", session)
    for k, v in point_sources_at({}, srv.url).items():
        monkeypatch.setenv(k, v)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Товарооборот между Кыргызстаном и Беларусью в 2024 году составил около "
                                    "$133 миллионов.", encoding="utf-8")
    r = invoke(["run", "--online", "--format", "json", "--no-exit", "--source-timeout", "50", "a.txt"])
    assert r.exit_code == 0, r.output
    claims = json.loads(r.stdout)["documents"][0]["claims"]
    assert claims
    errors = {e for c in claims for e in c["verdict"]["errors"]}
    budget = [e for e in errors if re.search(r"time budget of 50 s used up", e)]
    assert budget, errors
    # the budget is per source and per run: at most two requests each (40 s + a 1 s wait + 40 s > 50 s),
    # and once spent, the source's later queries send nothing
    assert 2 <= len(srv.requests) <= 2 * 5
    assert sleeps and set(sleeps) == {1.0}
