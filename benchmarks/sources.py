"""Snapshot source timings: cold open (first lookup, in a fresh process) and median lookup latency.

    python benchmarks/sources.py
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

# this file is named sources.py: keep its folder off sys.path so 'import sources' finds the package
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

COLD = """
import time
t0 = time.perf_counter()
from factcheck.model import Period, Query
from sources.snapshot import SnapshotSource
t1 = time.perf_counter()
SnapshotSource().fetch(Query("exports", "KGZ", "BLR", Period.year(2023)))
t2 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f}")
"""


def main() -> int:
    out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True,
                         cwd=_HERE.parent).stdout.split()
    print(f"snapshot import: {out[0]} ms; cold open + first lookup: {out[1]} ms")

    from factcheck.model import Period, Query
    from sources.snapshot import SnapshotSource

    snap = SnapshotSource()
    reporters = ["KGZ", "KAZ", "UZB", "RUS", "ARM", "DEU", "EU"]
    partners = ["BLR", "KGZ", "KAZ", "RUS", "CHN", "UZB", None]
    metrics = ["exports", "imports", "trade_turnover"]
    queries = []
    i = 0
    while len(queries) < 1000:
        y = 2010 + i % 14
        period = Period.year(y) if i % 3 else Period.months(y, 1, y, 6)
        queries.append(Query(metrics[i % 3], reporters[i % 7], partners[i % 6], period))
        if i % 10 == 0:
            queries.append(Query("gdp_growth", reporters[i % 6], None, Period.year(y)))
        i += 1
    queries = queries[:1000]
    snap.fetch(queries[0])
    times, found = [], 0
    for q in queries:
        t0 = time.perf_counter()
        found += len(snap.fetch(q))
        times.append(time.perf_counter() - t0)
    times.sort()
    print(f"lookups: {len(queries)}, observations returned: {found}, "
          f"median {statistics.median(times) * 1e3:.3f} ms, p95 {times[int(len(times) * .95)] * 1e3:.3f} ms, "
          f"max {times[-1] * 1e3:.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
