"""Every regular expression of the language data, numbers, periods, lexicon, places, claims and
reader, run on adversarial strings (long runs of digits, separators, spaces, dashes, repeated scale
words, near-misses at the end): a per-kilobyte time bound guards against catastrophic backtracking.

Two bounds, because Python's re scans every start position in ``finditer``/``search``: an anchored
``match`` (how the extractor calls its patterns) must stay linear, ``MATCH_S_PER_KB``; a full scan of a
short string may be quadratic for patterns that begin with ``\\s*`` (harmless) but not cubic or
exponential, ``SCAN_S_PER_KB``. The old ``\\s*,?\\s*соответственно`` took 74 s to scan 2 kB of spaces
and 13 s to match once at 32 kB; it is now linear.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.robustness.helpers import LONG, ROOT

MATCH_S_PER_KB = 0.005     # linear matching costs microseconds per kB; 5 ms leaves room for slow CI
SCAN_S_PER_KB = 0.25       # the worst quadratic scan of 1 kB measured ~0.04 s; cubic is ~10 s


@pytest.fixture(scope="module")
def probe():
    size = 262144 if LONG else 16384
    out = subprocess.run([sys.executable, "-m", "tests.robustness.regex_probe", str(size)], cwd=ROOT,
                         capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def test_every_pattern_family_is_probed(probe):
    modules = {r["module"] for r in probe["results"]}
    for m in ("numbers.py", "periods.py", "lexicon.py", "places.py", "claims.py", "sentences.py", "reader.py"):
        assert any(x.endswith(m) for x in modules), f"no pattern of {m} was seen"
    # the language files' numbers sections compile to dozens of patterns per language
    assert sum(r["module"].endswith("numbers.py") for r in probe["results"]) >= 40
    assert any("соответственно" in r["pattern"] for r in probe["results"])
    assert any("respectively" in r["pattern"] for r in probe["results"])


def test_anchored_matches_are_linear(probe):
    slow = [(r["module"], r["pattern"], r["match"]) for r in probe["results"]
            if r["match"][2] > 0.02 + MATCH_S_PER_KB * r["match"][1] / 1024]
    assert not slow, slow[:5]


def test_full_scans_are_not_catastrophic(probe):
    slow = [(r["module"], r["pattern"], r["scan"]) for r in probe["results"]
            if r["scan"][2] > 0.05 + SCAN_S_PER_KB * r["scan"][1] / 1024]
    assert not slow, slow[:5]


def test_the_old_respectively_pattern_is_what_the_probe_catches():
    """The probe's strings do catch a quadratic pattern (so the tests above can fail): the pre-fix
    form of the 'respectively' pattern, matched once on 8 kB of spaces, blows the linear bound."""
    import re
    import time

    from tests.robustness.regex_probe import adversarial

    old = re.compile(r"\s*,?\s*(?:(?<!\w)respectively(?!\w))", re.I)
    new = re.compile(r"\s*(?:,\s*)?(?:(?<!\w)respectively(?!\w))", re.I)
    s = adversarial(8192)["spaces"]
    t0 = time.perf_counter()
    old.match(s)
    t_old = time.perf_counter() - t0
    t0 = time.perf_counter()
    new.match(s)
    t_new = time.perf_counter() - t0
    assert t_old > 0.02 + MATCH_S_PER_KB * 8 > t_new
