#!/usr/bin/env python3
"""Derive the compact IMF WEO extract in ``fixtures/snapshot/`` from the 14 raw WEO R data files.

    pip install -e '.[build]'          # pyreadr + pandas: needed by this script only
    python scripts/extract_weo.py [RAW_DIR]     # default RAW_DIR: ../shared/data/open/imf_weo

The raw files (about 22 MB of .rda, provenance in fixtures/snapshot/PROVENANCE.md) are not copied into the
repository; this script keeps what the snapshot needs and writes two gzip CSVs (deterministic bytes):

  imf_weo_2019-04_2025-10_values.csv.gz   concept, area, year, first, last, value
      ``value`` as printed in the release (already scaled: billions of USD, millions of persons, percent),
      valid in every release from ``first`` to ``last`` (release ids like 2023-10): a value unchanged from one
      release to the next is stored once.
  imf_weo_2019-04_2025-10_lastactual.csv.gz   concept, area, first, last, lastactualdate
      the last year of actual data for that concept and area in those releases; a later year is an IMF
      estimate or projection of the release.

Kept: the concepts in CONCEPTS, every country and group, years 2000-2030. Areas are ISO3 codes (IMF numeric
codes mapped with old_new_ref_area.csv; Kosovo KOS -> XKX and West Bank and Gaza WBG -> PSE as in WDI) or
IMF group codes G### (G001 World -> WLD, G163 Euro area -> EMU, G998 European Union -> EU).
``scripts/build_snapshot.py`` reads the extract with the standard library only.
"""
from __future__ import annotations

import csv
import gzip
import io
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "fixtures" / "snapshot"
#: ../shared/data/open/imf_weo next to the checkout (or two levels up, for a git worktree under /work/wt/)
DEFAULT_RAW = next((p / "shared" / "data" / "open" / "imf_weo" for p in (ROOT.parent, ROOT.parent.parent)
                    if (p / "shared" / "data" / "open" / "imf_weo").is_dir()), ROOT.parent / "shared")

CONCEPTS = ("NGDP_RPCH", "NGDPD", "NGDPDPC", "PPPGDP", "PPPPC", "PCPIPCH", "PCPIEPCH", "LUR", "LP",
            "GGXWDG_NGDP", "GGXCNL_NGDP", "GGR_NGDP", "GGX_NGDP", "BCA", "BCA_NGDPD")
YEARS = (2000, 2030)
RELEASES = {  # release id -> raw file name (fixtures/snapshot/PROVENANCE.md gives repository path and commit)
    "2019-04": "weo_2019-04_weo.rdata", "2019-10": "weo_2019-10_weo.rdata",
    "2020-04": "weo_2020-04_weo.rdata", "2020-10": "weo_2020-10_weo.rdata",
    "2021-04": "weo_2021-04_data_2104.rda", "2021-10": "weo_2021-10_data_2110.rda",
    "2022-04": "weo_2022-04_data_2204.rda", "2022-10": "weo_2022-10_data_2210.rda",
    "2023-04": "weo_2023-04_data_2304.rda", "2023-10": "weo_2023-10_data_2310.rda",
    "2024-04": "weo_2024-04_data_2404.rda", "2024-10": "weo_2024-10_data_2410.rda",
    "2025-04": "weo_2025-04_data_2504.rda", "2025-10": "weo_2025-10_data_2510.rda",
}
RENAME = {"KOS": "XKX", "WBG": "PSE", "G001": "WLD", "G163": "EMU", "G998": "EU"}


def _area_map(raw: Path) -> dict[str, str]:
    with open(raw / "old_new_ref_area.csv", encoding="utf-8", newline="") as f:
        return {r["ref_area"]: r["ref_area_new"] for r in csv.DictReader(f)}


def _area(code: str, amap: dict[str, str]) -> str:
    code = str(code).strip()
    new = amap.get(code) or amap.get(code.zfill(3)) or (f"G{code.zfill(3)}" if code.isdigit() else code)
    return RENAME.get(new, new)


def _year(v) -> int | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else int(f)


def read_release(path: Path, amap: dict[str, str]):
    """{(concept, area, year): value}, {(concept, area): lastactualdate} of one release file."""
    import pyreadr   # build-only dependency

    try:
        frame = next(iter(pyreadr.read_r(str(path)).values()))
    except Exception:   # the 2020-04 file is latin-1 encoded
        frame = next(iter(pyreadr.read_r(str(path), encoding="latin1").values()))
    frame.columns = [c.lower() for c in frame.columns]
    frame = frame.rename(columns={"time_period": "year", "obs_value": "value"})
    frame = frame[frame["concept"].astype(str).isin(CONCEPTS)]
    values, lad = {}, {}
    for concept, area, year, value, last in zip(frame["concept"].astype(str), frame["ref_area"].astype(str),
                                                frame["year"], frame["value"], frame["lastactualdate"]):
        y = _year(year)
        if y is None or not (YEARS[0] <= y <= YEARS[1]) or value is None or math.isnan(float(value)):
            continue
        a = _area(area, amap)
        # 6 decimals: the releases print 3; this takes off binary noise (3.3749999999999996 -> 3.375)
        values[(concept, a, y)] = round(float(value), 6)
        ly = _year(last)
        if ly is not None:
            lad[(concept, a)] = ly
    return values, lad


def runs(per_release: list[dict]) -> list[tuple]:
    """Collapse {key: value} per release into (key, first, last, value) runs of equal consecutive values."""
    names = list(RELEASES)
    out = []
    open_runs: dict = {}
    for i, rel in enumerate(per_release):
        for key in list(open_runs):
            if key not in rel or rel[key] != open_runs[key][1]:
                first, value = open_runs.pop(key)
                out.append((key, names[first], names[i - 1], value))
        for key, value in rel.items():
            if key not in open_runs:
                open_runs[key] = (i, value)
    for key, (first, value) in open_runs.items():
        out.append((key, names[first], names[-1], value))
    return sorted(out, key=lambda r: (r[0], r[1]))


def _write_gz(path: Path, header: list[str], rows) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode())


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    raw = Path(argv[0]) if argv else DEFAULT_RAW
    amap = _area_map(raw)
    vals, lads = [], []
    for rel, name in RELEASES.items():
        v, lad = read_release(raw / name, amap)
        print(f"{rel}: {len(v)} values, {len(lad)} lastactualdate", file=sys.stderr)
        vals.append(v)
        lads.append(lad)
    vr = runs(vals)
    lr = runs(lads)
    _write_gz(OUT / "imf_weo_2019-04_2025-10_values.csv.gz", ["concept", "area", "year", "first", "last", "value"],
              ((*k, a, b, repr(v)) for k, a, b, v in vr))
    _write_gz(OUT / "imf_weo_2019-04_2025-10_lastactual.csv.gz", ["concept", "area", "first", "last", "lastactualdate"],
              ((*k, a, b, v) for k, a, b, v in lr))
    print(f"{sum(len(v) for v in vals)} values in 14 releases -> {len(vr)} runs; {len(lr)} lastactualdate runs",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
