"""Acceptance on the sample article (fixtures/articles, a real STV news item), through the CLI.

The parser must find exactly its two claims; offline, the 166M claim is unverifiable with the
Kyrgyz-reported full-year figures as context, and the 500M target is not checkable with the multiple of
the latest actual it would take. Expected figures are read from the snapshot here, not copied.
"""
import json
import subprocess
import sys

from conftest import SAMPLE

from factcheck.model import Period, Query
from sources.snapshot import SnapshotSource


def run_json():
    proc = subprocess.run([sys.executable, "-m", "factcheck", "run", "--offline", "--format", "json", str(SAMPLE)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr  # unverifiable / not_checkable are below the default threshold
    (doc,) = json.loads(proc.stdout)["documents"]
    return doc


def test_exactly_the_two_claims_of_the_article():
    doc = run_json()
    got = sorted((c["value"], c["unit"], c["metric"], sorted(c["entities"]),
                  c["period"] and (c["period"]["start"], c["period"]["end"]), c["kind"], c["qualifier"])
                 for c in doc["claims"])
    assert got == [
        (166_000_000, "USD", "trade_turnover", ["BLR", "KGZ"], ("2024-01", "2024-11"), "actual", None),
        (500_000_000, "USD", "trade_turnover", ["BLR", "KGZ"], None, "target", None),
    ]
    target = next(c for c in doc["claims"] if c["value"] == 500_000_000)
    # the headline, the body and the three photo captions ("...долларов-2") are one claim
    assert len(target["occurrences"]) == 5
    assert {o["text"] for o in target["occurrences"]} == {"полумиллиарда долларов"}


def test_verdicts_show_the_kyrgyz_figures_and_the_period_gap():
    snap = SnapshotSource()
    (kg2023,) = snap.fetch(Query("trade_turnover", "KGZ", "BLR", Period.year(2023)))
    assert snap.fetch(Query("trade_turnover", "KGZ", "BLR", Period.months(2024, 1, 2024, 11))) == []

    claims = {c["value"]: c for c in run_json()["claims"]}
    v166 = claims[166_000_000]["verdict"]
    assert v166["label"] == "unverifiable"
    assert "2024-01..2024-11" in v166["explanation"] and "full year 2023" in v166["explanation"]
    ev = {(o["reporter"], o["partner"], o["period"]["start"][:4]): o for o in v166["evidence"]}
    assert ev[("KGZ", "BLR", "2023")]["value"] == round(kg2023.value)
    assert ev[("KGZ", "BLR", "2023")]["preliminary"] is True  # 2023 imports are preliminary in the NSC table
    assert "4.03.00.18" in ev[("KGZ", "BLR", "2023")]["provenance"]["dataset"]
    assert "4.03.00.20" in ev[("KGZ", "BLR", "2023")]["provenance"]["dataset"]

    v500 = claims[500_000_000]["verdict"]
    assert v500["label"] == "not_checkable"
    multiple = 500_000_000 / kg2023.value
    assert f"{multiple:.2f}×" in " ".join(v500["arithmetic"])
