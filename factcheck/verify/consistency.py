"""Checks inside one article, without outside data.  Each problem becomes a :class:`Finding`.

* ``parts_total``: exports + imports against the turnover stated for the same countries and period;
* ``growth_levels``: a level with a growth rate against the level stated for the base period;
* ``shares_over_100``: shares of one whole, stated in one sentence, that add up past 100 %;
* ``same_quantity_differs``: the same quantity (a named metric, countries, period, kind, unit) stated
  twice with values whose intervals do not overlap.

Every comparison uses the claims' tolerance intervals (:mod:`factcheck.verify.tolerance`), so
figures that only differ by rounding never raise a finding.
"""
from __future__ import annotations

import re

from factcheck.model import Claim, Finding
from factcheck.verify.data import is_currency, shift
from factcheck.verify.tolerance import fmt, interval_for

_SHARE_WORDS = re.compile(r"дол[яиею]|приходит|share|accounting for|account for|per ?cent of", re.I)


def _iv(c: Claim):
    return interval_for(c.value, c.span.text if c.span else None, c.qualifier, c.value_max)


def _bounds(c: Claim) -> tuple[float, float]:
    iv = _iv(c)
    lo = iv.lo if iv.lo is not None else float("-inf")
    hi = iv.hi if iv.hi is not None else float("inf")
    return lo, hi


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _key(c: Claim):
    return (c.metric, frozenset(c.entities), c.period, c.unit)


def find(claims: tuple[Claim, ...]) -> tuple[Finding, ...]:
    out: list[Finding] = []
    actual = [c for c in claims if c.kind == "actual" and c.period is not None and c.entities]

    # parts against totals
    by_group: dict = {}
    for c in actual:
        if c.metric in ("exports", "imports", "trade_turnover") and is_currency(c.unit):
            by_group.setdefault((frozenset(c.entities), c.period, c.unit), {}).setdefault(c.metric, c)
    for (ents, period, unit), m in by_group.items():
        if len(m) == 3:
            e, i, t = m["exports"], m["imports"], m["trade_turnover"]
            (el, eh), (il, ih) = _bounds(e), _bounds(i)
            if not _overlap((el + il, eh + ih), _bounds(t)):
                out.append(Finding("parts_total",
                                   f"exports {fmt(e.value)} + imports {fmt(i.value)} = {fmt(e.value + i.value)} {unit}, "
                                   f"but the turnover for {period} is stated as {fmt(t.value)} {unit}",
                                   (e.id, i.id, t.id)))

    # a level with a growth rate against the base-period level
    for ch in claims:
        if ch.kind != "change" or ch.unit != "percent" or ch.period is None or ch.change_basis not in (None, "yoy"):
            continue
        base_p = shift(ch.period, -12)
        cur = [c for c in actual if c.metric == ch.metric and set(c.entities) == set(ch.entities)
               and c.period == ch.period]
        base = [c for c in actual if c.metric == ch.metric and set(c.entities) == set(ch.entities)
                and c.period == base_p and cur and c.unit == cur[0].unit]
        if not (cur and base):
            continue
        (cl, chi), (bl, bh) = _bounds(cur[0]), _bounds(base[0])
        if bl <= 0:
            continue
        implied = ((cl / bh - 1) * 100, (chi / bl - 1) * 100)
        if not _overlap(implied, _bounds(ch)):
            out.append(Finding("growth_levels",
                               f"{fmt(cur[0].value)} for {ch.period} against {fmt(base[0].value)} for {base_p} is "
                               f"{(cur[0].value / base[0].value - 1) * 100:+.1f} %, not the stated {ch.value:+g} %",
                               (cur[0].id, base[0].id, ch.id)))

    # shares of one whole adding past 100 %
    by_sentence: dict = {}
    for c in claims:
        if c.unit == "percent" and c.kind == "actual" and _SHARE_WORDS.search(c.sentence or ""):
            by_sentence.setdefault((c.sentence, c.period), []).append(c)
    for (_, period), cs in by_sentence.items():
        if len(cs) >= 2:
            low = sum(_bounds(c)[0] for c in cs)
            if low > 100:
                out.append(Finding("shares_over_100",
                                   f"shares {' + '.join(fmt(c.value) for c in cs)} add up to "
                                   f"{fmt(sum(c.value for c in cs))} %, more than the whole",
                                   tuple(c.id for c in cs)))

    # the same quantity stated twice with different values
    seen: dict = {}
    for c in claims:
        if c.period is None or not c.entities or c.metric.startswith("other:"):
            continue   # an unnamed metric ('other:...') may be several different things
        k = (_key(c), c.kind, c.change_basis)
        for other in seen.get(k, []):
            if not _overlap(_bounds(c), _bounds(other)):
                out.append(Finding("same_quantity_differs",
                                   f"{c.metric} for {', '.join(c.entities)} in {c.period} is stated as "
                                   f"{fmt(other.value)} and as {fmt(c.value)} {c.unit}", (other.id, c.id)))
        seen.setdefault(k, []).append(c)
    return tuple(out)
