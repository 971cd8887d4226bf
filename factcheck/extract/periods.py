"""Period expressions: years, months, ranges, quarters, halves, 'за 11 месяцев', relative years (stub)."""
from __future__ import annotations

from datetime import date

from factcheck.model import PeriodMention


def find_periods(text: str, lang: str, published: date | None = None, offset: int = 0) -> list[PeriodMention]:
    return []
