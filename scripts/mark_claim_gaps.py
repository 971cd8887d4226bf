"""Mark (or unmark) the known gaps of the end-to-end claim tables.

    python scripts/mark_claim_gaps.py            # rewrite tests/lang/*/claims_cases.yaml in place
    python scripts/mark_claim_gaps.py --check    # exit 1 if a mark is missing or stale

A case whose sentence the parser does not read exactly right gets a line ``gap: "<first problem>"``
after its ``url:`` line; a case that now passes loses its mark. The rest of each file (comments, order,
layout) is kept. Run it after a parser change, review ``git diff``, and commit: the marks are the
parser's roadmap, and tests/lang/test_claims_cases.py holds them to the truth both ways.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "lang"))

from test_claims_cases import LANGS, TABLES, _problems  # noqa: E402


def marks(lang: str) -> list[str | None]:
    out = []
    for case in TABLES[lang]:
        _pred, problems = _problems(lang, case)
        out.append(" ".join(problems[0].split())[:160] if problems else None)
    return out


def rewrite(path: Path, gaps: list[str | None]) -> str:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("  gap: ")]
    out, entry = [], -1
    for ln in lines:
        if ln.startswith("- text:"):
            entry += 1
        out.append(ln)
        if ln.startswith("  url:") and entry >= 0 and gaps[entry]:
            out.append("  gap: " + json.dumps(gaps[entry], ensure_ascii=False))
    if entry + 1 != len(gaps):
        raise SystemExit(f"{path}: found {entry + 1} entries, the table has {len(gaps)}")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    stale = 0
    for lang in LANGS:
        path = ROOT / "tests" / "lang" / lang / "claims_cases.yaml"
        gaps = marks(lang)
        new = rewrite(path, gaps)
        if args.check:
            stale += new != path.read_text(encoding="utf-8")
        else:
            path.write_text(new, encoding="utf-8")
        print(f"{lang}: {sum(g is not None for g in gaps)} of {len(gaps)} cases marked as gaps")
    sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
