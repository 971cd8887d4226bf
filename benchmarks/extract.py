"""Extraction throughput and CLI cold start.

    python benchmarks/extract.py [--mb 1.0] [--runs 5]

Prints characters and articles per second of ``factcheck.extract.extract`` over at least 1 MB of real
article text (the sample article and the real sentences of the development set, repeated), and the
median wall time of a cold ``factcheck run --offline`` on the sample article.
Targets on a 2-core machine: >= 500 kB/s; cold start <= 0.8 s.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "fixtures" / "articles" / "ctv-belarus-kyrgyzstan-2025-ru.txt"
DEV = ROOT.parent / "shared" / "eval" / "dev-claims.jsonl"


def corpus() -> list[tuple[str, str]]:
    """Real article texts: (language, text)."""
    docs = [("ru", SAMPLE.read_text(encoding="utf-8"))]
    for path in sorted((ROOT / "fixtures").rglob("*.md")):
        docs.append((None, path.read_text(encoding="utf-8")))
    if DEV.exists():
        by_lang: dict[str, list[str]] = {}
        for line in DEV.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                by_lang.setdefault(item["lang"], []).append(item["text"])
        docs += [(lang, "\n\n".join(texts)) for lang, texts in by_lang.items()]
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from factcheck.extract import extract
    from factcheck.reader import detect_language

    base = [(lang or detect_language(text) or "en", text) for lang, text in corpus()]
    target = int(args.mb * 1_000_000)
    docs, size = [], 0
    while size < target:
        for d in base:
            docs.append(d)
            size += len(d[1])
    extract(base[0][1], base[0][0])  # warm the lazy loaders (morphology, language data)
    t0 = time.perf_counter()
    claims = sum(len(extract(text, lang)) for lang, text in docs)
    dt = time.perf_counter() - t0
    print(f"extract: {size:,} characters in {len(docs):,} articles, {claims:,} claims, {dt:.2f} s")
    print(f"throughput: {size / dt / 1000:,.0f} k characters/s, {len(docs) / dt:,.0f} articles/s (target >= 500 k/s)")

    exe = Path(sys.executable).with_name("factcheck")
    cmd = [str(exe) if exe.exists() else "factcheck", "run", "--offline", "--format", "json", "--no-exit", str(SAMPLE)]
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    print(f"cold start (factcheck run --offline on the sample, median of {args.runs}): "
          f"{statistics.median(times):.3f} s (target <= 0.8 s)")


if __name__ == "__main__":
    main()
