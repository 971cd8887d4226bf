#!/usr/bin/env python3
"""Throughput of find_places / find_metrics / find_cues on article text (MB/s of UTF-8 input).

Russian: the sample article repeated to ~2 MB; English: the dev set's English sentences repeated.
Fails (exit 1) below 2 MB/s, the budget of these finders.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.extract.lexicon import find_cues, find_metrics  # noqa: E402
from factcheck.extract.places import find_places  # noqa: E402

BUDGET = 2.0  # MB/s


def main() -> int:
    ru = (ROOT / "fixtures" / "articles" / "ctv-belarus-kyrgyzstan-2025-ru.txt").read_text(encoding="utf-8")
    dev = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev-claims.jsonl"
    en = " ".join(json.loads(line)["text"] for line in dev.open(encoding="utf-8")
                  if json.loads(line)["lang"] == "en") if dev.is_file() else ""
    worst = float("inf")
    for lang, text in (("ru", ru), ("en", en)):
        if not text:
            continue
        big = "\n".join([text] * max(1, 2_000_000 // len(text.encode())))
        size = len(big.encode())
        for fn in (find_places, find_metrics, find_cues):
            fn(text, lang)  # load data, compile
            best = min(_timed(fn, big, lang) for _ in range(3))
            rate = size / best / 1e6
            worst = min(worst, rate)
            print(f"{lang} {fn.__name__:13s} {rate:6.2f} MB/s  ({size / 1e6:.1f} MB in {best * 1000:.0f} ms)")
    return 0 if worst >= BUDGET else 1


def _timed(fn, text, lang) -> float:
    t = time.process_time()
    fn(text, lang)
    return time.process_time() - t


if __name__ == "__main__":
    raise SystemExit(main())
