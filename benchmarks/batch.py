"""Batch benchmark: wall time and peak memory of `factcheck run` over 100 and 1,000 articles.

The articles are copies of the real fixture drafts (fixtures/content-repo and the sample article)
in a temporary directory. Each run is measured in its own intermediate process, so the peak
resident set size (resource.getrusage RUSAGE_CHILDREN, which covers the CLI and its worker
processes) belongs to that run alone. Memory must not grow with the number of articles: the runner
streams documents and drops their texts.

    .venv/bin/python benchmarks/batch.py            # 100 and 1,000 articles, --jobs 1 and 2
    .venv/bin/python benchmarks/batch.py --sizes 50  # a quick look
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "fixtures" / "content-repo" / "content").rglob("*.md")) + \
    [ROOT / "fixtures" / "articles" / "ctv-belarus-kyrgyzstan-2025-ru.txt"]


def make_corpus(directory: Path, n: int) -> int:
    """n copies of the real articles, round robin; returns the total size in bytes."""
    directory.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        src = SOURCES[i % len(SOURCES)]
        dst = directory / f"{i:05d}-{src.name}"
        shutil.copyfile(src, dst)
        total += dst.stat().st_size
    return total


def measure(corpus: str, jobs: int, out: str) -> None:
    """Child mode: run the CLI once, print wall seconds and peak RSS (KiB) of the CLI and its workers."""
    env = dict(os.environ, CI="true")  # no progress bar
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "factcheck", "run", "--format", "json", "--output", out,
                           "--no-exit", "--jobs", str(jobs), corpus], env=env, capture_output=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode())
        sys.exit(proc.returncode)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"wall": wall, "peak_kib": peak}))


def run_once(corpus: Path, jobs: int, tmp: Path) -> dict:
    out = tmp / f"report-{jobs}.json"
    proc = subprocess.run([sys.executable, __file__, "--measure", str(corpus), "--jobs", str(jobs),
                           "--out", str(out)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark run failed: {proc.stderr}")
    result = json.loads(proc.stdout)
    docs = json.loads(out.read_text(encoding="utf-8"))["summary"]["documents"]
    result["documents"] = docs
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--measure")
    ap.add_argument("--out")
    args = ap.parse_args()
    if args.measure:
        measure(args.measure, args.jobs[0], args.out)
        return
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as t:
        tmp = Path(t)
        peaks: dict[int, dict[int, int]] = {}
        print(f"{'articles':>8} {'kB':>8} {'jobs':>4} {'wall s':>8} {'docs/s':>8} {'peak MiB':>9}")
        for n in args.sizes:
            corpus = tmp / f"corpus-{n}"
            size = make_corpus(corpus, n)
            for jobs in args.jobs:
                r = run_once(corpus, jobs, tmp)
                assert r["documents"] == n, r
                peaks.setdefault(jobs, {})[n] = r["peak_kib"]
                print(f"{n:>8} {size / 1000:>8.0f} {jobs:>4} {r['wall']:>8.2f} {n / r['wall']:>8.0f} "
                      f"{r['peak_kib'] / 1024:>9.1f}")
        if len(args.sizes) > 1:
            small, large = min(args.sizes), max(args.sizes)
            for jobs, by_n in peaks.items():
                growth = by_n[large] / by_n[small]
                print(f"peak memory, --jobs {jobs}: {by_n[small] / 1024:.1f} MiB for {small} articles, "
                      f"{by_n[large] / 1024:.1f} MiB for {large} (x{growth:.2f})")


if __name__ == "__main__":
    main()
