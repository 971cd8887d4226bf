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


# ------------------------------------------------------------------- the GitHub Action and pre-commit

def _git(*args, cwd):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args], cwd=cwd,
                   check=True, capture_output=True, timeout=60)


def test_action_run_step_checks_the_pull_requests_changed_markdown(tmp_path):
    """Run action.yml's 'Run factcheck' script as the runner would, in a local repo with a local origin."""
    import shutil

    import yaml

    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "run")
    origin, work = tmp_path / "origin", tmp_path / "work"
    origin.mkdir()
    _git("init", "-q", "-b", "main", cwd=origin)
    shutil.copy(REPO / "README.md", origin / "README.md")
    _git("add", ".", cwd=origin)
    _git("commit", "-qm", "base", cwd=origin)
    _git("clone", "-q", str(origin), str(work), cwd=tmp_path)
    _git("checkout", "-qb", "pr", cwd=work)
    (work / "news").mkdir()
    for name in ("2025-08-14-gdp-per-capita-trt.md", "2024-11-25-russia-armenia-trade-onyxmedia.md"):
        shutil.copy(REPO / "content" / "news" / name, work / "news" / f"a b {name}")  # a space in a name
    (work / "notes.txt").write_text("not Markdown")
    _git("add", ".", cwd=work)
    _git("commit", "-qm", "drafts", cwd=work)

    runner_temp, gh_out, summary = tmp_path / "rt", tmp_path / "out.txt", tmp_path / "summary.md"
    runner_temp.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(RUNNER_TEMP=str(runner_temp), GITHUB_OUTPUT=str(gh_out), GITHUB_STEP_SUMMARY=str(summary),
               FC_PATHS="", FC_FAIL_ON="inaccurate", FC_ARGS="--jobs 1", FC_ANNOTATIONS="true", BASE_REF="main",
               PATH=os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", ""))
    proc = subprocess.run(["bash", "-c", step["run"]], cwd=work, env=env, capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    outputs = dict(line.split("=", 1) for line in gh_out.read_text().splitlines())
    report = json.loads((runner_temp / "factcheck" / "report.json").read_text(encoding="utf-8"))
    assert sorted(d["path"] for d in report["documents"]) == [
        "news/a b 2024-11-25-russia-armenia-trade-onyxmedia.md", "news/a b 2025-08-14-gdp-per-capita-trt.md"]
    assert int(outputs["exit-code"]) == expected_exit(report, "inaccurate")
    assert outputs["sarif"].endswith("report.sarif")
    assert summary.read_text(encoding="utf-8").startswith("# factcheck report")


def test_pre_commit_hook_definition():
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "factcheck")
    assert hook["entry"] == "factcheck run --format text"
    import re
    assert re.search(hook["files"], "content/news/a.md") and re.search(hook["files"], "x.markdown")
    assert not re.search(hook["files"], "notes.txt")
    # the entry works as pre-commit calls it: the entry's words, then the staged file names
    proc = subprocess.run([sys.executable, "-m", "factcheck", *hook["entry"].split()[1:],
                           "content/news/2025-08-14-gdp-per-capita-trt.md"], cwd=REPO, capture_output=True,
                          timeout=120)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    assert b"2025-08-14-gdp-per-capita-trt.md" in proc.stdout


def test_single_format_to_a_file_or_an_existing_directory(tmp_path):
    f = tmp_path / "out.sarif"
    assert factcheck("run", "--format", "sarif", "--output", str(f), "--no-exit", "content").returncode == 0
    assert json.loads(f.read_text())["runs"][0]["tool"]["driver"]["name"] == "factcheck"
    d = tmp_path / "dir"
    d.mkdir()
    assert factcheck("run", "--format", "markdown", "--output", str(d), "--no-exit", "content").returncode == 0
    assert (d / "report.md").read_text(encoding="utf-8").startswith("# factcheck report")


def test_standard_input():
    text = (REPO / "content/news/2025-08-14-gdp-per-capita-trt.md").read_bytes()
    proc = subprocess.run([sys.executable, "-m", "factcheck", "run", "--format", "json", "--jobs", "2", "-"],
                          input=text, cwd=REPO, capture_output=True, timeout=120)
    report = json.loads(proc.stdout)
    assert [d["path"] for d in report["documents"]] == ["<stdin>"]
    assert proc.returncode == expected_exit(report, "inaccurate")
