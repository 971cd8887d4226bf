"""The CLI as CI runs it: a subprocess over the content repository (fixtures/content-repo).

Exit-code expectations are computed from the JSON report of the same run, never from a hard-coded
list of verdicts, so the tests keep their meaning while the parser and verifier change.
"""
import json
import os
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT
from factcheck.model import LABELS

REPO = FIXTURES / "content-repo"


def factcheck(*args, cwd=REPO, env=None):
    e = {k: v for k, v in os.environ.items() if k != "CI"}
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True,
                          timeout=300, env=e)


def labels_of(report: dict) -> list[str]:
    return [c["verdict"]["label"] for d in report["documents"] for c in d["claims"]]


def expected_exit(report: dict, fail_on: str) -> int:
    if any(d.get("error") for d in report["documents"]):
        return 2
    t = LABELS.index(fail_on)
    return 1 if any(LABELS.index(lab) >= t for lab in labels_of(report)) else 0


@pytest.mark.parametrize("fail_on", LABELS)
def test_exit_code_for_each_fail_on_level(fail_on):
    proc = factcheck("run", "--format", "json", "--fail-on", fail_on, "content")
    report = json.loads(proc.stdout)
    assert proc.returncode == expected_exit(report, fail_on), proc.stderr.decode()
    assert len(report["documents"]) == 10  # every draft; README.md excluded by .factcheck.toml
    assert all(not d["path"].startswith("/") for d in report["documents"])


def test_no_exit_and_config_default_threshold():
    proc = factcheck("run", "--format", "json", "content")  # fail-on comes from .factcheck.toml
    report = json.loads(proc.stdout)
    assert proc.returncode == expected_exit(report, "inaccurate")
    assert factcheck("run", "--format", "json", "--no-exit", "--fail-on", "accurate", "content").returncode == 0


def test_command_line_beats_config(tmp_path):
    (tmp_path / ".factcheck.toml").write_text('fail-on = "accurate"\nformat = "markdown"\n')
    art = tmp_path / "a.md"
    art.write_text((REPO / "content/news/2025-08-14-gdp-per-capita-trt.md").read_text(encoding="utf-8"),
                   encoding="utf-8")
    from_config = factcheck("run", "a.md", cwd=tmp_path)
    assert from_config.stdout.startswith(b"# factcheck report")
    override = factcheck("run", "--format", "json", "--fail-on", "inaccurate", "a.md", cwd=tmp_path)
    report = json.loads(override.stdout)
    assert override.returncode == expected_exit(report, "inaccurate")
    assert from_config.returncode == expected_exit(report, "accurate")


def test_several_formats_into_a_directory(tmp_path):
    out = tmp_path / "reports"
    proc = factcheck("run", "--format", "markdown,sarif,json", "--output", str(out), "--no-exit", "content")
    assert proc.returncode == 0, proc.stderr.decode()
    assert sorted(p.name for p in out.iterdir()) == ["report.json", "report.md", "report.sarif"]
    assert json.loads((out / "report.sarif").read_text())["version"] == "2.1.0"
    assert proc.stdout == b""


def test_one_failing_file_is_reported_and_the_others_checked(tmp_path):
    bad = tmp_path / "broken.md"
    bad.write_bytes(b"\x00\x01binary")
    proc = factcheck("run", "--format", "json", "--jobs", "2", "content", str(bad))
    assert proc.returncode == 2
    report = json.loads(proc.stdout)
    assert [d["path"] for d in report["documents"] if d.get("error")] == [str(bad)]
    assert len(report["documents"]) == 11
    assert "broken.md: binary file" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


def test_globs_and_directories(tmp_path):
    proc = factcheck("run", "--format", "json", "content/news/2025-*.md")
    paths = [d["path"] for d in json.loads(proc.stdout)["documents"]]
    assert paths == sorted(paths) and len(paths) == 4 and all(p.startswith("content/news/2025-") for p in paths)
    proc = factcheck("run", "--format", "json", "--include", "*.txt", str(FIXTURES / "articles"), cwd=ROOT)
    assert [d["path"] for d in json.loads(proc.stdout)["documents"]] == \
           ["fixtures/articles/ctv-belarus-kyrgyzstan-2025-ru.txt"]


@pytest.mark.parametrize("args, message", [
    (["--format", "pdf", "content"], "unknown format 'pdf'"),
    (["--format", "json,sarif", "content"], "several formats need --output"),
    (["--fail-on", "wrong", "content"], "--fail-on must be one of"),
    (["--sources", "nope", "content"], "unknown source 'nope'"),
])
def test_usage_errors_exit_2(args, message):
    proc = factcheck("run", *args)
    assert proc.returncode == 2
    assert message in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()


def test_bad_config_is_a_usage_error(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail_on = "inaccurate"\nformats = 3\n')
    (tmp_path / "a.md").write_text("text")
    proc = factcheck("run", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert "pyproject.toml: 'formats' must be a string or a list of strings" in proc.stderr.decode()
