"""Every regular expression factcheck compiles, run on adversarial strings; prints JSON timings.

Run in a fresh process (``python -m tests.robustness.regex_probe [size]``) so that every pattern is
seen while it is compiled: ``re._compile`` (behind re.compile, re.match, re.sub ...) is wrapped before
factcheck is imported, and each pattern compiled from code under factcheck/ or sources/ is recorded.
Then the extractor runs once per language (lazily built patterns: language data, numbers, periods,
lexicon, places) and every recorded pattern is run with ``finditer`` over the whole of each
adversarial string, and with ``match`` at its start. Output: one JSON object
``{"patterns": n, "strings": m, "results": [{"module", "pattern", "match": [string, size, seconds],
"scan": [string, size, seconds]}, ...]}`` (the slowest string per pattern and way of calling).
"""
from __future__ import annotations

import json
import os
import re
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OURS = (os.path.join(ROOT, "factcheck") + os.sep, os.path.join(ROOT, "sources") + os.sep)

SEEN: dict[tuple, str] = {}
_orig = re._compile


def _recording(pattern, flags):
    compiled = _orig(pattern, flags)
    if isinstance(pattern, (str, bytes)):
        f = sys._getframe(1)
        while f is not None and f.f_code.co_filename == re.__file__:
            f = f.f_back
        if f is not None and f.f_code.co_filename.startswith(OURS):
            key = (compiled.pattern, compiled.flags)
            if key not in SEEN:
                SEEN[key] = os.path.relpath(f.f_code.co_filename, ROOT)
    return compiled


def adversarial(size: int) -> dict[str, str]:
    """Strings built to make a backtracking engine explore: long runs of digits, separators, spaces,
    dashes, repeated scale words, near-misses that fail only at the very end."""
    units = {
        "digits": "1", "digit-space": "1 ", "digit-comma": "1,", "digit-dot": "1.", "groups": "1 000 ",
        "groups-nbsp": "1\u00a0000\u00a0", "groups-thin": "1\u202f000\u2009", "commas": "1,000,", "spaces": " ",
        "nbsp": "\u00a0", "tabs-newlines": "\t\n ", "dashes": "-", "endashes": "–", "dash-spaced": " – ",
        "digit-dash": "1-", "year-range": "2023–", "percent": "1 % ", "scale-ru": "млн ", "scale-ru2": "млрд. ",
        "thousand-ru": "тыс. ", "scale-en": "million ", "scale-en2": "bn ", "num-scale": "1 млн ", "num-scale-en": "1 billion ",
        "currency": "$1 ", "rub": "1 руб. ", "words-ru": "около ", "words-en": "more than ", "letters": "a",
        "cyrillic": "а", "caps": "A", "year-words": "году ", "months": "январе ", "quarters": "I квартале ",
        "parens": "(", "quotes": "«", "dots": ".", "ellipsis": "…", "digit-letter": "1a", "mixed": "1 a-1,",
        "caps-dots": "A.", "braces": "{x}", "sentence": "Экспорт вырос на 1,5 %. ",
    }
    out = {}
    for name, u in units.items():
        s = (u * (size // len(u) + 1))[:size]
        out[name] = s
        out[name + "+!"] = s[:-1] + "\x00"      # a near-miss at the very end
    return out


#: the size of the strings scanned with finditer (every start position: quadratic for any pattern that
#: starts with \s*, which is harmless at the positions the extractor asks but adds up in a full scan)
SCAN_SIZE = 1024


def main(size: int = 32768) -> dict:
    re._compile = _recording
    try:
        from factcheck import reader
        from factcheck.extract import extract

        for lang, text in (("ru", "Товарооборот в январе–марте 2024 года вырос на 12,5 % и составил около 1,2 млрд долл. "
                                  "(+3 п.п.), в 2,5 раза больше, чем в 2023 г."),
                           ("en", "Exports rose by about $940 million, or 12.5%, in the first half of 2024 to "
                                  "1.2 bn, up 3 percentage points year on year.")):
            extract(text, lang, None)
        reader.html_text("<html lang='ru'><p>x</p></html>")
        reader.front_matter("---\ndate: 2024-01-01\n---\ntext")
        reader.parse_date("2024-01-01")
        reader.detect_language("текст text")
    finally:
        re._compile = _orig

    results = []
    long_strings, short_strings = adversarial(size), adversarial(SCAN_SIZE)
    for (pattern, flags), module in SEEN.items():
        if isinstance(pattern, bytes):
            continue
        rx = re.compile(pattern, flags)
        match = ("", 0.0)
        for name, s in long_strings.items():      # anchored matches: how the extractor calls them
            t0 = time.perf_counter()
            rx.match(s)
            rx.match(s, len(s) // 2)
            dt = (time.perf_counter() - t0) / 2
            if dt > match[1]:
                match = (name, dt)
        scan = ("", 0.0)
        for name, s in short_strings.items():     # a full scan: every start position
            t0 = time.perf_counter()
            for _ in rx.finditer(s):
                pass
            dt = time.perf_counter() - t0
            if dt > scan[1]:
                scan = (name, dt)
        results.append({"module": module, "pattern": pattern[:100], "match": [match[0], size, match[1]],
                        "scan": [scan[0], SCAN_SIZE, scan[1]]})
    results.sort(key=lambda r: -r["match"][2])
    return {"patterns": len(results), "strings": len(long_strings), "results": results}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 32768), ensure_ascii=False))
