"""Assemble mentions into claims: metric, entities, period, kind, change basis (first version)."""
from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

from factcheck.model import Claim, Cue, MetricMention, PeriodMention, PlaceMention, Quantity, Sentence


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def build(sentence: Sentence, *, quantities: list[Quantity], periods: list[PeriodMention],
          places: list[PlaceMention], metrics: list[MetricMention], cues: list[Cue],
          lang: str, published: date | None) -> list[Claim]:
    out: list[Claim] = []
    for q in quantities:
        if any(_overlaps(q.span, p.span) for p in periods):
            continue
        metric = _nearest(q, metrics)
        period = _nearest(q, periods)
        entities: list[str] = []
        for pl in places:
            for c in pl.codes:
                if c not in entities:
                    entities.append(c)
        cue_set = {c.cue for c in cues}
        kind = "target" if "target" in cue_set else "forecast" if "forecast" in cue_set else "actual"
        notes = ()
        if period and period.period is None and period.note:
            notes = (period.note,)
        out.append(Claim(
            id="", sentence=sentence.text, span=q.span, value=q.value, value_max=q.value_max,
            unit=q.unit, metric=metric.metric if metric else "other:unknown",
            entities=tuple(entities), period=period.period if period else None, kind=kind,
            qualifier=q.qualifier, notes=notes,
        ))
    return out


def _nearest(q: Quantity, mentions):
    """The mention closest before the quantity, else the closest after it."""
    before = [m for m in mentions if m.span.end <= q.span.start]
    if before:
        return max(before, key=lambda m: m.span.end)
    after = [m for m in mentions if m.span.start >= q.span.end]
    return min(after, key=lambda m: m.span.start) if after else None


def _key(c: Claim) -> tuple:
    return (c.value, c.value_max, c.unit, c.metric, tuple(sorted(c.entities)), c.period, c.kind, c.qualifier)


def merge_repeats(claims: list[Claim]) -> tuple[Claim, ...]:
    """The same claim stated twice (a headline and its body) is one claim with several occurrences."""
    merged: dict[tuple, Claim] = {}
    for c in claims:
        k = _key(c)
        if k in merged:
            first = merged[k]
            merged[k] = replace(first, occurrences=first.occurrences + (c.span,))
        else:
            merged[k] = replace(c, occurrences=(c.span,))
    out = []
    for n, c in enumerate(merged.values(), 1):
        digest = hashlib.sha1(repr(_key(c)).encode()).hexdigest()[:8]
        out.append(replace(c, id=f"c{n}-{digest}"))
    return tuple(out)
