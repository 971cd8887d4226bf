"""Batch expansion and running, progress-bar policy, and configuration discovery."""
import os

import pytest

from factcheck import batch, config
from factcheck.pipeline import Options
from report_fixtures import ROOT

REPO = ROOT / "fixtures" / "content-repo"


def test_expand_walks_directories_sorted_with_include_and_exclude():
    files = batch.expand([str(REPO)])
    rel = [os.path.relpath(f, REPO) for f in files]
    news = sorted(os.path.join("content", "news", n) for n in os.listdir(REPO / "content" / "news"))
    # default include: *.md, *.markdown, *.txt, *.html; a directory's files first, then its subdirectories, sorted
    assert rel == ["README.md", *news, os.path.join("content", "tv", "ctv-belarus-kyrgyzstan-2025-ru.md")]
    only_news = batch.expand([str(REPO)], exclude=["README.md", "content/tv/*"])
    assert len(only_news) == 9 and all("/content/news/" in f for f in only_news)
    assert batch.expand([str(REPO)], include=["*.txt"]) == []


def test_expand_globs_missing_paths_and_duplicates(tmp_path):
    g = str(REPO / "content" / "**" / "*trt.md")
    hits = batch.expand([g, g])
    assert len(hits) == 1 and hits[0].endswith("2025-08-14-gdp-per-capita-trt.md")
    assert batch.expand([str(tmp_path / "nope-*.md")]) == [str(tmp_path / "nope-*.md")]  # reported later
    assert batch.expand(["-", "-"]) == ["-"]


def test_display_path_is_relative_inside_the_cwd(tmp_path):
    assert batch.display_path(str(ROOT / "fixtures" / "a.md"), cwd=str(ROOT)) == os.path.join("fixtures", "a.md")
    assert batch.display_path(str(tmp_path / "a.md"), cwd=str(ROOT)) == str(tmp_path / "a.md")
    assert batch.display_path("rel/a.md", cwd=str(ROOT)) == "rel/a.md"


def test_run_streams_in_order_drops_text_keeps_lines(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00binary")
    files = batch.expand([str(REPO / "content")]) + [str(bad)]
    seen = []
    one = list(batch.run(files, Options(), jobs=1, progress=seen.append))
    two = list(batch.run(files, Options(), jobs=2))
    assert [d.path for d in one] == [d.path for d in two] == [str(p) for p in files]
    assert one == two
    assert seen == one
    assert all(d.text == "" for d in one)
    assert all(d.line_starts for d in one if not d.error)
    assert [d.path for d in one if d.error] == [str(bad)]


@pytest.mark.parametrize("tty, ci, expected", [(True, None, True), (True, "true", False), (False, None, False)])
def test_progress_only_on_a_terminal_outside_ci(monkeypatch, tty, ci, expected):
    class Stream:
        def isatty(self):
            return tty
    monkeypatch.delenv("CI", raising=False)
    if ci:
        monkeypatch.setenv("CI", ci)
    assert batch.want_progress(Stream()) is expected


def test_config_found_upwards_factcheck_toml_first(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "unverifiable"\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    cfg = config.discover(nested)
    assert cfg.fail_on == "unverifiable" and cfg.path == str(tmp_path / "pyproject.toml")
    (tmp_path / "a" / ".factcheck.toml").write_text(
        'format = "markdown,sarif"\nsources = ["snapshot"]\ninclude = ["*.md"]\njobs = 2\noffline = false\n')
    cfg = config.discover(nested)
    assert (cfg.formats, cfg.sources, cfg.include, cfg.jobs, cfg.offline, cfg.fail_on) == \
           (("markdown", "sarif"), ("snapshot",), ("*.md",), 2, False, None)


def test_pyproject_without_a_factcheck_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nlang = "ru"\n')
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert config.discover(inner).lang == "ru"


@pytest.mark.parametrize("text, message", [
    ('fail-on = "sometimes"', "'fail-on' must be one of"),
    ('colour = "red"', "unknown key 'colour'"),
    ('jobs = 0', "'jobs' must be a positive integer"),
    ('format = "pdf"', "unknown format 'pdf'"),
    ('offline = "yes"', "'offline' must be true or false"),
    ('fail-on = ', "not valid TOML"),
])
def test_config_errors_name_the_file(tmp_path, text, message):
    (tmp_path / ".factcheck.toml").write_text(text + "\n")
    with pytest.raises(config.ConfigError, match=message) as e:
        config.discover(tmp_path)
    assert ".factcheck.toml" in str(e.value)


def test_spool_keeps_order_and_spills_to_a_temporary_file(tmp_path):
    docs = list(batch.run(batch.expand([str(REPO / "content")]), Options(), jobs=1))
    with batch.Spool(threshold=3) as spool:
        for d in docs:
            spool.append(d)
        assert len(spool) == len(docs) and spool._path and os.path.exists(spool._path)
        assert list(spool) == docs and list(spool) == docs  # re-iterable
        path = spool._path
    assert not os.path.exists(path)
    with batch.Spool(threshold=100) as small:
        for d in docs:
            small.append(d)
        assert small._path is None and list(small) == docs
