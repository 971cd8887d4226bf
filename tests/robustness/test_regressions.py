"""Replays every input kept in tests/robustness/regressions/ (each once crashed or hung; see the
README there). The file name says which target replays it:

    extract-<lang>-<what>.txt      factcheck.extract.extract in that language (time bound per kB)
    source-<case>-<what>.<ext>     that source case's fetch with this body in place of the first recorded one
    reader-<what>.<suffix>         factcheck.reader.read on a file with these bytes
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.robustness import targets
from tests.robustness.helpers import REGRESSIONS

FILES = sorted(p for p in REGRESSIONS.iterdir() if p.is_file() and p.name != "README.md")
CASES = {c.name: c for c in targets.SOURCE_CASES}


def test_there_are_regression_inputs_and_each_is_documented():
    readme = (REGRESSIONS / "README.md").read_text(encoding="utf-8")
    assert FILES
    for p in FILES:
        assert p.name in readme, f"{p.name} is not described in regressions/README.md"
        assert p.name.split("-")[0] in ("extract", "source", "reader"), p.name


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_replay(path: Path, tmp_path):
    kind, rest = path.name.split("-", 1)
    if kind == "extract":
        lang = rest.split("-", 1)[0]
        targets.target_extract(path.read_text(encoding="utf-8"), lang)
    elif kind == "source":
        case = next(CASES[name] for name in sorted(CASES, key=len, reverse=True) if rest.startswith(name + "-"))
        bodies = targets.recorded(case)
        bodies[0] = (path.read_bytes(), bodies[0][1])
        targets.target_source(case, bodies)
    else:
        targets.target_reader(path.read_bytes(), path.suffix, tmp_path)
