"""Snapshot source figures: wheel size, cold open (first lookup, in a fresh process), lookup latency
(trade, WDI and IMF WEO 'as of' / per-release queries; the budget is 5 ms per lookup).

    python benchmarks/sources.py

The wheel size is measured by writing the files the wheel ships (the ``factcheck`` and ``sources`` packages with
their package data, as pyproject.toml selects them) into a deflated zip, as a wheel is; the budget is 8 MB.
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


def wheel_size() -> int:
    import tempfile
    import tomllib
    import zipfile

    root = _HERE.parent
    data = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    files = []
    for pkg in ("factcheck", "sources"):
        files += [p for p in (root / pkg).rglob("*.py") if "__pycache__" not in p.parts]
        for pattern in data.get(pkg, ()):
            files += list((root / pkg).glob(pattern))
    with tempfile.TemporaryDirectory() as tmp:
        z = Path(tmp) / "w.zip"
        with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
            for f in sorted(set(files)):
                zf.write(f, f.relative_to(root))
        return z.stat().st_size


def main() -> int:
    size = wheel_size()
    print(f"wheel (deflated package files): {size / 1e6:.2f} MB (budget 8 MB); "
          f"snapshot.sqlite {(_HERE.parent / 'sources' / 'data' / 'snapshot.sqlite').stat().st_size / 1e6:.1f} MB")
    out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True,
                         cwd=_HERE.parent).stdout.split()
    print(f"snapshot import: {out[0]} ms; cold open + first lookup: {out[1]} ms")

    from datetime import date

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
        if i % 4 == 0:   # IMF WEO: what was known on a date, one named release, the latest release
            queries.append(Query("gdp_growth", reporters[i % 6], None, Period.year(y + 1),
                                 as_of=date(2019 + i % 7, 1 + i % 12, 15), publisher="IMF"))
            queries.append(Query("government_debt_gdp", reporters[i % 6], None, Period.year(y),
                                 release=f"WEO {2019 + i % 7}-{'04' if i % 2 else '10'}"))
            queries.append(Query("remittances_gdp", reporters[i % 6], None, Period.year(y)))
        i += 1
    queries = queries[:1000]
    snap.fetch(queries[0])
    times, found = [], 0
    for q in queries:
        t0 = time.perf_counter()
        found += len(snap.fetch(q))
        times.append(time.perf_counter() - t0)
    weo = sorted(t for q, t in zip(queries, times) if q.as_of or q.release)
    for name, ts in (("lookups", sorted(times)), ("of which IMF WEO as-of / per-release", weo)):
        print(f"{name}: {len(ts)}, median {statistics.median(ts) * 1e3:.3f} ms, "
              f"p95 {ts[int(len(ts) * .95)] * 1e3:.3f} ms, max {ts[-1] * 1e3:.3f} ms (budget 5 ms)")
    print(f"observations returned: {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
