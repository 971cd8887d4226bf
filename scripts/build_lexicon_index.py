#!/usr/bin/env python3
"""Regenerate factcheck/data/lexicon_index.json: pycountry's country names (English and Russian)
and every inflected form of the Russian lexicon words (pymorphy3). Run after editing the places,
metrics or cues sections of a language file; tests/lang/ru/test_lexicon.py checks it is current.

    .venv/bin/python scripts/build_lexicon_index.py [--check]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.extract.lexicon import build_index, dump_index  # noqa: E402

OUT = ROOT / "factcheck" / "data" / "lexicon_index.json"


def main(argv: list[str]) -> int:
    text = dump_index(build_index())
    if "--check" in argv:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} is stale: rerun {Path(__file__).name}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
