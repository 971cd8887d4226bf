"""Entry-point discovery and the sources/cache commands (run as a user would: python -m factcheck)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "third-party-source.md"


def run(*args, env_extra=None, pythonpath=None):
    env = dict(os.environ)
    env.update(env_extra or {})
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join([str(pythonpath), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True,
                          env=env, timeout=60)


def plugin_dir(tmp_path: Path) -> Path:
    """The example package of docs/third-party-source.md, installed by hand: a module next to a
    *.dist-info folder whose entry_points.txt registers it (plus one plugin that cannot import)."""
    code = re.search(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S).group(1)
    site = tmp_path / "site"
    site.mkdir()
    (site / "factcheck_example_source.py").write_text(code, encoding="utf-8")
    dist = site / "factcheck_example_source-0.1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: factcheck-example-source\nVersion: 0.1.0\n")
    (dist / "entry_points.txt").write_text(
        "[factcheck.sources]\n"
        "example = factcheck_example_source:ExampleSource\n"
        "broken = factcheck_no_such_module:Missing\n")
    return site


def test_sources_lists_builtin_live_sources():
    out = run("sources")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    for sid in ("worldbank", "imf", "comtrade", "eurostat", "dbnomics"):
        assert re.search(rf"^{sid}\tnetwork\t", text, re.M), sid
    imf = text.split("imf\t", 1)[1].splitlines()
    assert imf[0].startswith("network\tIMF terms of use")
    assert "network: yes" in imf[1] and "redistributable: no" in imf[1] and "freq A/Q/M" in imf[1]
    assert "worldbank\tnetwork\tCC BY 4.0 (World Bank)\t" in text


def test_third_party_source_is_discovered_and_broken_plugin_is_listed(tmp_path):
    out = run("sources", pythonpath=plugin_dir(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "example\toffline\tCC0-1.0\tExample source (answers nothing)" in out.stdout
    assert "network: no    redistributable: yes    coverage: population; freq A" in out.stdout
    assert re.search(r"^broken\tFAILED TO LOAD\tModuleNotFoundError: .*factcheck_no_such_module", out.stdout, re.M)
    assert "Traceback" not in out.stdout + out.stderr


def test_sources_json_lists_failures(tmp_path):
    import json

    out = run("sources", "--json", pythonpath=plugin_dir(tmp_path))
    data = json.loads(out.stdout)
    assert {s["id"] for s in data["sources"]} >= {"example", "worldbank", "imf", "comtrade", "eurostat", "dbnomics"}
    assert data["failed"]["broken"].startswith("ModuleNotFoundError")


def test_sources_check_offline_skips_live_sources(tmp_path):
    out = run("sources", "check", "--offline", pythonpath=plugin_dir(tmp_path))
    assert out.returncode == 0, out.stderr
    for sid in ("worldbank", "imf", "comtrade", "eurostat", "dbnomics"):
        assert f"{sid}: skipped (offline)" in out.stdout
    assert "example: local (no network needed)" in out.stdout


@pytest.mark.vcr
def test_sources_check_online():
    from typer.testing import CliRunner

    from factcheck.cli import app

    result = CliRunner().invoke(app, ["sources", "check", "--timeout", "2"])
    assert result.exit_code == 0, result.output
    lines = dict(line.split(": ", 1) for line in result.output.splitlines() if ": " in line)
    assert lines["worldbank"] == "answers"
    assert lines["imf"] == "answers"
    assert lines["comtrade"] == "answers (public preview)"
    assert lines["eurostat"] == "answers"
    assert lines["dbnomics"].startswith("unavailable (dbnomics: HTTP 503 from api.db.nomics.world")


def test_cache_info_and_clear(tmp_path):
    env = {"FACTCHECK_CACHE_DIR": str(tmp_path)}
    assert "state: absent" in run("cache", "info", env_extra=env).stdout
    (tmp_path / "http.sqlite").write_bytes(b"garbage" * 50)
    info = run("cache", "info", env_extra=env)
    assert info.returncode == 0 and f"path: {tmp_path / 'http.sqlite'}" in info.stdout
    assert "state: corrupt" in info.stdout and "size: 350 B" in info.stdout
    cleared = run("cache", "clear", env_extra=env)
    assert cleared.returncode == 0 and "350 B freed" in cleared.stdout
    assert not (tmp_path / "http.sqlite").exists()


def test_cache_info_counts_responses(tmp_path):
    from factcheck import http

    http.session(cache_dir=tmp_path)             # creates an empty, valid cache
    out = run("cache", "info", "--json", env_extra={"FACTCHECK_CACHE_DIR": str(tmp_path)})
    import json

    info = json.loads(out.stdout)
    assert info["state"] == "ok" and info["responses"] == 0 and info["size"] > 0
