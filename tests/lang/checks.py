"""Assertions shared by the per-language table tests (tests/lang/<code>/): one harness, many languages."""
from __future__ import annotations

from datetime import date

from factcheck.extract.numbers import find_quantities
from factcheck.extract.periods import UNRESOLVED, find_periods
from factcheck.extract.places import find_places


def check_periods(lang: str, text: str, published: date | None, expected: list[tuple]) -> None:
    """Expected mentions: (span text, "YYYY-MM..YYYY-MM" or None, note); a note ending in "*" is a prefix."""
    got = find_periods(text, lang, published)
    rows = [(m.span.text, f"{m.period.start}..{m.period.end}" if m.period else None, m.note) for m in got]
    assert len(rows) == len(expected), f"{text!r}\n got {rows}\n expected {expected}"
    for m, row, (span, period, note) in zip(got, rows, expected):
        assert row[0] == span, rows
        assert text[m.span.start:m.span.end] == m.span.text
        assert row[1] == period, rows
        if note is None:
            assert m.note is None, rows
        elif note.endswith("*"):
            assert (m.note or "").startswith(note[:-1]), rows
        else:
            assert m.note == note, rows
        if note and (note.startswith("relative") or note == UNRESOLVED):
            assert m.relative, rows


def quantities(lang: str, text: str) -> list[tuple]:
    """(value, unit, qualifier, value_max) of every quantity, rounded for comparison."""
    return [(round(q.value, 6), q.unit, q.qualifier, q.value_max) for q in find_quantities(text, lang)]


def expected_quantity(e) -> tuple:
    value, unit, qualifier, value_max = (tuple(e) + (None, None))[:4]
    return (round(float(value), 6), unit, qualifier, None if value_max is None else float(value_max))


def place_rows(lang: str, text: str) -> list[tuple]:
    return [(p.span.text, p.codes[0], p.how, p.role) for p in find_places(text, lang)]
