"""Golden files: every format, byte for byte, on three inputs.

- ``constructed``: the hand-built report of tests/report/report_fixtures.py (fixed verdicts, every label);
- ``sample``: the CLI on the sample article;
- ``content-repo``: the CLI on fixtures/content-repo (run from inside it, so its .factcheck.toml applies).

The parser and the verifier are still changing, so the expected files are regenerated with

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/report/test_golden.py

and the diff reviewed before committing. Outputs must be deterministic: no timestamps, no absolute
paths (paths are relative to the current directory), fixed text width.
"""
import io
import os
import subprocess
import sys

import pytest

from factcheck import report
from report_fixtures import ROOT, full_report

GOLDEN = ROOT / "fixtures" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
FORMATS = list(report.FORMATS)


def check(path, actual: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
        return
    assert path.exists(), f"{path} missing: run with UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{path.relative_to(ROOT)} differs (UPDATE_GOLDEN=1 regenerates it)"


def cli(args, cwd, out_dir):
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "COLUMNS")}
    proc = subprocess.run([sys.executable, "-m", "factcheck", "run", "--format", ",".join(FORMATS),
                           "--output", str(out_dir), "--no-exit", *args],
                          cwd=cwd, capture_output=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc


@pytest.mark.parametrize("fmt", FORMATS)
def test_constructed_report(fmt):
    buf = io.StringIO()
    report.write(full_report(), fmt, buf)
    check(GOLDEN / "constructed" / report.EXTENSIONS[fmt], buf.getvalue())


def test_sample_article_every_format(tmp_path):
    cli(["fixtures/articles/ctv-belarus-kyrgyzstan-2025-ru.txt"], ROOT, tmp_path)
    for fmt in FORMATS:
        name = report.EXTENSIONS[fmt]
        check(GOLDEN / "sample" / name, (tmp_path / name).read_text(encoding="utf-8"))


def test_content_repo_every_format(tmp_path):
    cli(["content"], ROOT / "fixtures" / "content-repo", tmp_path)
    for fmt in FORMATS:
        name = report.EXTENSIONS[fmt]
        actual = (tmp_path / name).read_text(encoding="utf-8")
        assert str(ROOT) not in actual and str(tmp_path) not in actual  # no absolute paths
        check(GOLDEN / "content-repo" / name, actual)


def test_outputs_are_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    cli(["content"], ROOT / "fixtures" / "content-repo", a)
    cli(["--jobs", "2", "content"], ROOT / "fixtures" / "content-repo", b)
    for fmt in FORMATS:
        name = report.EXTENSIONS[fmt]
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
