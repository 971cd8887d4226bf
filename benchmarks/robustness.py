"""Robustness figures: fuzz iterations run, crashes found and fixed, fault cases covered, the slowest
input per kilobyte.

Runs the fuzz targets of tests/robustness/targets.py under hypothesis (random inputs; ``--long``
runs many more), replays the kept regression inputs, runs the regex probe, and runs the fault,
limit and secret tests of tests/robustness/ through pytest (on 127.0.0.1 only), then prints one table.

    .venv/bin/python benchmarks/robustness.py           # a few minutes at most
    .venv/bin/python benchmarks/robustness.py --long    # the long fuzz (also: FACTCHECK_FUZZ=long)
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


class Stats:
    def __init__(self) -> None:
        self.iterations: dict[str, int] = {}
        self.failures: dict[str, str] = {}
        self.slowest: tuple[float, str, int] = (0.0, "", 0)   # seconds per kB, target, size

    def record(self, target: str, result) -> None:
        self.iterations[target] = self.iterations.get(target, 0) + 1
        dt, size = result
        per_kb = dt / max(1.0, size / 1024)
        if per_kb > self.slowest[0]:
            self.slowest = (per_kb, target, size)


def fuzz(stats: Stats, n: int, seed: int) -> None:
    from datetime import date

    from hypothesis import HealthCheck, given, seed as hseed, settings
    from hypothesis import strategies as st

    from tests.robustness import mutate, strategies, targets

    # warm up (lazy imports, language data, writers) so that timings are of the inputs, not of loading
    for lang in ("ru", "en"):
        targets.target_extract("В 2023 году 1,5 млн. In 2023, 1.5 million.", lang)
    targets.target_text_readers("---\ndate: 2024-01-01\n---\n<p>x</p>")
    targets.target_report(strategies.Report())
    for case in targets.SOURCE_CASES:
        targets.target_source(case, targets.recorded(case))
    targets.target_pipeline("В 2023 году экспорт составил 1,5 млн долларов.", None)

    cfg = settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck))

    def run(name, test):
        try:
            hseed(seed)(test)()
        except Exception as exc:  # a crash: name it (the tests give the shrunk example)
            stats.failures[name] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}"

    def extract_test(lang):
        @cfg
        @given(text=strategies.article_text, published=st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31)))
        def t_extract(text, published):
            stats.record(f"extract[{lang}]", targets.target_extract(text, lang, published))
        return t_extract

    for lang in ("ru", "en"):
        run(f"extract[{lang}]", extract_test(lang))

    @cfg
    @given(text=strategies.article_text)
    def t_text_readers(text):
        stats.record("front_matter/html_text", targets.target_text_readers(text))
    run("front_matter/html_text", t_text_readers)

    tmp = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))

    @cfg
    @given(data=st.binary(max_size=600) | strategies.article_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
           suffix=st.sampled_from([".txt", ".md", ".html", ""]))
    def t_reader(data, suffix):
        stats.record("reader.read", targets.target_reader(data, suffix, tmp))
    run("reader.read", t_reader)
    shutil.rmtree(tmp, ignore_errors=True)

    def source_test(case):
        recorded = targets.recorded(case)

        @cfg
        @given(data=st.data())
        def t_source(data):
            bodies = list(recorded)
            i = data.draw(st.integers(0, len(bodies) - 1))
            bodies[i] = (mutate.mutate(data, bodies[i][0], bodies[i][1]), bodies[i][1])
            stats.record(f"source[{case.name}]", targets.target_source(case, bodies))
        return t_source

    for case in targets.SOURCE_CASES:
        run(f"source[{case.name}]", source_test(case))

    @cfg
    @given(text=strategies.article_text, lang=st.sampled_from([None, "ru", "en"]))
    def t_pipeline(text, lang):
        stats.record("pipeline (check_text + JSON)", targets.target_pipeline(text, lang))
    run("pipeline (check_text + JSON)", t_pipeline)

    @cfg
    @given(report=strategies.reports)
    def t_report(report):
        stats.record("report writers", targets.target_report(report))
    run("report writers", t_report)


def regressions(stats: Stats) -> tuple[int, int]:
    from tests.robustness import targets
    from tests.robustness.helpers import REGRESSIONS

    cases = {c.name: c for c in targets.SOURCE_CASES}
    files = sorted(p for p in REGRESSIONS.iterdir() if p.is_file() and p.name != "README.md")
    ok = 0
    for p in files:
        kind, rest = p.name.split("-", 1)
        try:
            if kind == "extract":
                stats.record("regressions", targets.target_extract(p.read_text(encoding="utf-8"), rest.split("-")[0]))
            elif kind == "source":
                case = next(cases[n] for n in sorted(cases, key=len, reverse=True) if rest.startswith(n + "-"))
                bodies = targets.recorded(case)
                bodies[0] = (p.read_bytes(), bodies[0][1])
                stats.record("regressions", targets.target_source(case, bodies))
            else:
                with tempfile.TemporaryDirectory() as d:
                    stats.record("regressions", targets.target_reader(p.read_bytes(), p.suffix, Path(d)))
            ok += 1
        except Exception as exc:
            stats.failures[f"regression {p.name}"] = f"{type(exc).__name__}: {str(exc)[:160]}"
    return len(files), ok


def regex_probe(size: int) -> dict:
    out = subprocess.run([sys.executable, "-m", "tests.robustness.regex_probe", str(size)], cwd=ROOT,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=1200)
    out.check_returncode()
    return json.loads(out.stdout)


def fault_tests() -> tuple[int, int, float]:
    files = ["tests/robustness/test_faults.py", "tests/robustness/test_limits.py", "tests/robustness/test_secrets_e2e.py"]
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "--block-network", "-p", "no:cacheprovider", *files],
                         cwd=ROOT, capture_output=True, text=True, timeout=1200)
    dt = time.perf_counter() - t0
    last = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""
    passed = int(next((w for w, n in zip(last.split(), last.split()[1:]) if n.startswith("passed")), 0))
    failed = int(next((w for w, n in zip(last.split(), last.split()[1:]) if n.startswith("failed")), 0))
    return passed, failed, dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--long", action="store_true", help="the long fuzz (many more examples, bigger regex strings)")
    ap.add_argument("--examples", type=int, default=None, help="examples per fuzz target")
    ap.add_argument("--seed", type=int, default=20261126)
    args = ap.parse_args()
    long = args.long or os.environ.get("FACTCHECK_FUZZ", "").lower() == "long"
    n = args.examples or (3000 if long else 150)

    stats = Stats()
    t0 = time.perf_counter()
    fuzz(stats, n, args.seed)
    t_fuzz = time.perf_counter() - t0
    fuzzed = sum(stats.iterations.values())
    n_reg, ok_reg = regressions(stats)
    probe = regex_probe(262144 if long else 32768)
    worst_match = max(probe["results"], key=lambda r: r["match"][2])
    worst_scan = max(probe["results"], key=lambda r: r["scan"][2])
    passed, failed, t_faults = fault_tests()

    print(f"robustness figures ({'long' if long else 'short'} mode, seed {args.seed})")
    print(f"  fuzz iterations run            {fuzzed:>8}   in {t_fuzz:.1f} s")
    for name, k in sorted(stats.iterations.items()):
        if name == "regressions":
            continue
        print(f"    {name:<28} {k:>8}")
    print(f"  crashes found and fixed        {n_reg:>8}   regression inputs kept, {ok_reg} replay clean"
          " (+3 found outside the fuzz: see tests/robustness/regressions/README.md)")
    print(f"  crashes found now              {len(stats.failures):>8}")
    for name, why in stats.failures.items():
        print(f"    {name}: {why}")
    print(f"  fault, limit and secret cases  {passed:>8}   passed, {failed} failed, in {t_faults:.1f} s")
    per_kb, target, size = stats.slowest
    print(f"  slowest input per kilobyte     {per_kb * 1000:>8.2f} ms/kB  ({target}, {size} bytes)")
    print(f"  regex probe                    {probe['patterns']:>8}   patterns x {probe['strings']} adversarial strings")
    print(f"    slowest anchored match       {worst_match['match'][2] * 1000:>8.2f} ms on {worst_match['match'][1]} chars"
          f"  ({worst_match['module']}, {worst_match['match'][0]})")
    print(f"    slowest full scan            {worst_scan['scan'][2] * 1000:>8.2f} ms on {worst_scan['scan'][1]} chars"
          f"  ({worst_scan['module']}, {worst_scan['scan'][0]})")
    return 1 if stats.failures or failed or ok_reg < n_reg else 0


if __name__ == "__main__":
    sys.exit(main())
