"""One claim -> one Verdict.

The comparison a verdict rests on is named in ``Verdict.rule`` as '+'-joined tags:

* what was compared: ``level`` (a reported figure), ``change`` (recomputed from the series: yoy
  against the same period a year earlier, or the basis the claim names), ``ratio`` ("в 2,5 раза",
  "twice": the ratio of two values, never a percent), ``target`` / ``forecast`` (not checkable);
* how the data was assembled: ``monthly_sum`` (January–N summed from months), ``fx`` (money
  converted with a dated rate from a source), ``mirror`` (the other country's statistics decided or
  were shown), ``one_sided`` (only one country's statistics exist), ``vintage`` (the claim matches an
  earlier release of the figure);
* the tolerance rule (see :mod:`factcheck.verify.tolerance`): ``printed_precision``,
  ``round_figure``, ``word_number``, ``range``, ``approx``, ``almost``, ``more_than`` ...;
* when nothing could be compared: ``period_not_covered``, ``no_data``, ``unsupported``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from factcheck import metrics as _registry
from factcheck.model import Claim, Observation, Period, Provenance, Verdict
from factcheck.verify.data import (RATES, Fetcher, Resolved, describe_obs, is_currency, nearest, resolve, shift,
                                   vintage_date)
from factcheck.verify.mirror import TYPICAL_MIRROR_GAP, View, causes, gap, views
from factcheck.verify.tolerance import CLOSE_MARGIN, Interval, closeness, fmt, interval_for

#: metrics some source can be asked about; anything else (other:...) is unverifiable at once
KNOWN_METRICS = frozenset(m.id for m in _registry.all() if m.sources)   # factcheck/data/metrics.yaml


@dataclass
class Candidate:
    """A value from one view of the data, already in the claim's terms."""
    view: View
    value: float
    period: Period
    evidence: tuple[Observation, ...]
    arithmetic: tuple[str, ...] = ()
    vintage: str | None = None
    preliminary: bool = False
    tags: tuple[str, ...] = ()


@dataclass
class Gathered:
    per_view: dict = field(default_factory=dict)       # View -> list[Candidate], latest vintage first
    missing: list = field(default_factory=list)        # views with no value for the period
    context: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    any_data: bool = False
    nearest: list = field(default_factory=list)        # observations shown when the period is not covered
    problem: str | None = None                         # a reason that stops the comparison


def show(value: float, unit: str, signed: bool = False) -> str:
    """A value with its unit for explanations: '118.26 %', '3.72×', '110,136,019 USD'."""
    if unit == "percent":
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return f"{'+' if signed and value > 0 else ''}{text} %"
    if unit == "percentage_point":
        return f"{value:+.2f} percentage points"
    if unit == "ratio":
        return f"{value:.2f}×"
    return f"{fmt(value)} {unit}"


def pct(x: float) -> str:
    """A relative difference for explanations: '4.4%', or 'less than 0.1%'."""
    return f"{x:.1%}" if x >= 0.001 else "less than 0.1%"


def _period_words(p: Period) -> str:
    if p.is_full_year:
        return f"the full year {p.start[:4]}"
    return f"{p.start}..{p.end}"


def fetch_view(fetcher: Fetcher, view: View) -> tuple[list[Observation], list[str]]:
    """Observations for a view; turnover and balance are built from exports and imports when needed."""
    obs, errors = fetcher.fetch(view.metric, view.reporter, view.partner)
    if obs or view.metric not in ("trade_turnover", "trade_balance"):
        return obs, errors
    ex, e1 = fetcher.fetch("exports", view.reporter, view.partner)
    im, e2 = fetcher.fetch("imports", view.reporter, view.partner)
    errors = errors + e1 + e2
    imports = {(o.period, o.frequency, o.provenance.vintage if o.provenance else None): o for o in im}
    out = []
    for o in ex:
        key = (o.period, o.frequency, o.provenance.vintage if o.provenance else None)
        m = imports.get(key)
        if m is None or m.unit != o.unit:
            continue
        value = o.value + m.value if view.metric == "trade_turnover" else o.value - m.value
        sign = "+" if view.metric == "trade_turnover" else "−"
        prov = o.provenance or Provenance(source="?", dataset="?")
        from dataclasses import replace
        out.append(Observation(view.metric, value, o.unit, o.period, o.reporter, o.partner, o.frequency,
                               o.preliminary or m.preliminary,
                               replace(prov, note=f"exports {fmt(o.value)} {sign} imports {fmt(m.value)}")))
    return out, errors


def _convert(fetcher: Fetcher, res: Resolved, claim_unit: str, errors: list) -> tuple[Resolved | None, str | None]:
    """A money value in the claim's currency, using a dated rate from a source (LCU per USD)."""
    if res.unit == claim_unit or not (is_currency(res.unit) and is_currency(claim_unit)):
        return res, None
    year = res.period.end_ym[0]
    rates = {}
    for cur in (res.unit, claim_unit):
        if cur == "USD":
            rates[cur] = None
            continue
        o, errs = fetcher.exchange_rate(cur, year)
        errors.extend(errs)
        if o is None:
            return None, f"no {cur} per USD exchange rate for {year} in the sources"
        rates[cur] = o
    value_usd = res.value if rates[res.unit] is None else res.value / rates[res.unit].value
    value = value_usd if rates[claim_unit] is None else value_usd * rates[claim_unit].value
    lines = []
    ev = list(res.evidence)
    for cur, o in rates.items():
        if o is not None:
            ev.append(o)
    if rates[res.unit] is not None:
        lines.append(f"{fmt(res.value)} {res.unit} ÷ {rates[res.unit].value:g} {res.unit}/USD ({year} average) "
                     f"= {fmt(value_usd)} USD")
    if rates[claim_unit] is not None:
        lines.append(f"{fmt(value_usd)} USD × {rates[claim_unit].value:g} {claim_unit}/USD ({year} average) "
                     f"= {fmt(value)} {claim_unit}")
    return Resolved(value, res.period, claim_unit, tuple(ev), res.arithmetic + tuple(lines), res.vintage,
                    res.preliminary), "fx"


def _unit_ok(claim: Claim, unit: str) -> bool:
    if claim.unit == unit:
        return True
    if is_currency(claim.unit) and is_currency(unit):
        return True
    return False


def _fetched(fetcher: Fetcher, vs: list[View], g: Gathered):
    """(view, observations) for every view; failures go to g.errors, and g.any_data says if any came."""
    for view in vs:
        obs, errs = fetch_view(fetcher, view)
        g.errors.extend(errs)
        if obs:
            g.any_data = True
        yield view, obs


def gather_levels(fetcher: Fetcher, claim: Claim, vs: list[View], period: Period) -> Gathered:
    g = Gathered()
    for view, obs in _fetched(fetcher, vs, g):
        found = resolve(obs, period, view.metric)
        cands = []
        for res in found:
            tags = ("monthly_sum",) if res.arithmetic else ()
            if not _unit_ok(claim, res.unit):
                g.problem = (f"the claim is in {claim.unit} but the data for {view.label} is in {res.unit}; "
                             "they cannot be compared")
                continue
            conv, how = _convert(fetcher, res, claim.unit, g.errors)
            if conv is None:
                g.problem = how
                continue
            if how:
                tags += (how,)
            cands.append(Candidate(view, conv.value, period, conv.evidence, conv.arithmetic, conv.vintage,
                                   conv.preliminary, tags))
        if cands:
            g.per_view[view] = cands
        else:
            g.missing.append(view)
            near = nearest(obs, period)
            g.nearest.extend(near)
            if near:
                g.context.append(f"{view.label}: no figure for {period}; nearest: "
                                 + "; ".join(describe_obs(o) for o in near))
    return g


def _vintage_line(old: Candidate, new: Candidate, unit: str) -> str:
    return (f"matched the figure of an earlier release (vintage {old.vintage}: {show(old.value, unit)}); "
            f"revised since to {show(new.value, unit)} (vintage {new.vintage})")


def _comparison(reporter: str, value: float, claim: Claim, interval: Interval) -> str:
    """'KGZ: 110,136,019 − 166,000,000 = −55,863,981 (−33.7 %), outside [165,500,000, 166,500,000]'."""
    diff = value - claim.value
    rel = f" ({diff / abs(claim.value):+.1%})" if claim.value else ""
    where = "inside" if interval.contains(value) else "outside"
    return (f"{reporter}: data {fmt(value)} − claimed {fmt(claim.value)} = {fmt(diff)}{rel}, "
            f"{where} {interval.describe()}")


#: a claimed level and the data this many times apart are taken for different quantities (unverifiable)
TOO_FAR_APART = 2.0


def decide(claim: Claim, interval: Interval, g: Gathered, kind_tag: str, published: date | None,
           what: str, suffix: str = "") -> Verdict:
    """Turn gathered candidates into a verdict (shared by level, change and ratio claims)."""
    interval_t = interval.as_tuple()
    sg = kind_tag == "change"
    if not g.per_view:
        if g.problem:
            return Verdict("unverifiable", f"Not comparable: {g.problem}.", rule=f"{kind_tag}+unsupported",
                           interval=interval_t, context=tuple(g.context), errors=tuple(g.errors))
        if not g.any_data and g.errors:
            return Verdict("unverifiable", f"No source could answer ({g.errors[0]}).", rule=f"{kind_tag}+no_data",
                           interval=interval_t, errors=tuple(g.errors))
        if g.any_data:
            near = g.nearest[0] if g.nearest else None
            part = "" if claim.period.is_full_year else "; a part-year figure is not compared with a full-year one"
            latest = (f" (nearest: {near.reporter}-reported {_period_words(near.period)}: {show(near.value, near.unit)})"
                      if near else "")
            return Verdict("unverifiable",
                           f"Period not covered: the data has no {what} for {_period_words(claim.period)}{latest}{part}.",
                           rule=f"{kind_tag}+{interval.rule}+period_not_covered", interval=interval_t, evidence=tuple(g.nearest),
                           context=tuple(g.context), errors=tuple(g.errors))
        return Verdict("unverifiable", f"No data: the sources have no {what} for "
                       f"{', '.join(v.label for v in g.missing) or ', '.join(claim.entities)}.",
                       rule=f"{kind_tag}+{interval.rule}+no_data", interval=interval_t, errors=tuple(g.errors))

    latest = {v: c[0] for v, c in g.per_view.items()}
    evidence = tuple(o for c in latest.values() for o in c.evidence)
    arithmetic = tuple(line for c in latest.values() for line in c.arithmetic) + tuple(
        _comparison(v.reporter, c.value, claim, interval) for v, c in latest.items())
    tags = [kind_tag, interval.rule]
    for c in latest.values():
        tags.extend(t for t in c.tags if t not in tags)
    context = list(g.context)
    reporters = tuple(v.reporter for v in list(g.per_view) + g.missing)
    prelim = any(c.preliminary for c in latest.values())
    pnote = " (the figure is preliminary)" if prelim else ""

    def others_text(chosen: View) -> str:
        rest = [(v, c) for v, c in latest.items() if v != chosen]
        if not rest:
            return ""
        v, c = rest[0]
        if claim.unit in ("percent", "percentage_point"):
            apart = f"{abs(latest[chosen].value - c.value):.1f} points apart"
        else:
            apart = f"{gap(latest[chosen].value, c.value):.0%} apart"
        return (f"; {v.label} gives {show(c.value, claim.unit, sg)} ({apart} — usual causes: {causes(reporters)})")

    matched = [v for v, c in latest.items() if interval.contains(c.value)]
    if matched:
        v = matched[0]
        if len(latest) > 1:
            tags.append("mirror")
        # the claim matched the latest figure; an earlier vintage that differs is context only
        for old in g.per_view[v][1:]:
            if old.value != latest[v].value:
                context.append(f"earlier release (vintage {old.vintage}) gave {fmt(old.value)}")
        lacking = ""
        missing_mirror = [m for m in g.missing if m.reporter != v.reporter]
        if missing_mirror and len(latest) == 1:
            tags.append("one_sided")
            lacking = f"; {missing_mirror[0].reporter}'s own statistics for it are not in the data"
        expl = (f"Accurate: {v.label}{suffix} for {_period_words(claim.period)} is {show(latest[v].value, claim.unit, sg)}, "
                f"within the claimed {interval.describe()}{pnote}{others_text(v)}{lacking}.")
        return Verdict("accurate", expl, rule="+".join(tags), interval=interval_t, evidence=evidence,
                       arithmetic=arithmetic, context=tuple(context), errors=tuple(g.errors))

    # an earlier release matches: say so
    for v, cands in g.per_view.items():
        for old in cands[1:]:
            if interval.contains(old.value):
                new = cands[0]
                tags.append("vintage")
                ev = evidence + tuple(o for o in old.evidence if o not in evidence)
                revised = vintage_date(new.vintage)
                when_ok = published is not None and revised is not None and published.isoformat() < revised
                if when_ok:
                    expl = (f"Accurate when published: {v.label}{suffix} for {_period_words(claim.period)} "
                            f"{_vintage_line(old, new, claim.unit)}.")
                    label = "accurate"
                else:
                    expl = (f"Approximately accurate: {v.label}{suffix} for {_period_words(claim.period)} "
                            f"{_vintage_line(old, new, claim.unit)}"
                            + (" — the publication date is unknown" if published is None else "") + ".")
                    label = "approximately_accurate"
                return Verdict(label, expl, rule="+".join(tags), interval=interval_t, evidence=ev,
                               arithmetic=arithmetic + tuple(a for a in old.arithmetic if a not in arithmetic),
                               context=tuple(context), errors=tuple(g.errors))

    best_v = min(latest, key=lambda v: closeness(interval, claim.value, latest[v].value))
    best = latest[best_v]
    off = closeness(interval, claim.value, best.value)
    rel = (best.value - claim.value) / abs(claim.value) if claim.value else 0.0
    if len(latest) > 1:
        tags.append("mirror")
    if off <= CLOSE_MARGIN:
        expl = (f"Approximately accurate: {best_v.label}{suffix} for {_period_words(claim.period)} is "
                f"{show(best.value, claim.unit, sg)}, {pct(abs(rel))} {'above' if rel > 0 else 'below'} the claimed "
                f"{show(claim.value, claim.unit, sg)} and just outside {interval.describe()}{pnote}{others_text(best_v)}.")
        if interval.step and interval.distance(best.value) < interval.step:
            context.append("the difference is below one unit of the last printed digit: "
                           "the figure may have been truncated rather than rounded")
        return Verdict("approximately_accurate", expl, rule="+".join(tags), interval=interval_t, evidence=evidence,
                       arithmetic=arithmetic, context=tuple(context), errors=tuple(g.errors))

    # an earlier release is close although the latest is not
    for v, cands in g.per_view.items():
        for old in cands[1:]:
            if closeness(interval, claim.value, old.value) <= CLOSE_MARGIN:
                new = cands[0]
                tags.append("vintage")
                ev = evidence + tuple(o for o in old.evidence if o not in evidence)
                r = (old.value - claim.value) / abs(claim.value) if claim.value else 0.0
                expl = (f"Approximately accurate: {v.label}{suffix} for {_period_words(claim.period)} was "
                        f"{show(old.value, claim.unit, sg)} in an earlier release (vintage {old.vintage}), {abs(r):.1%} "
                        f"from the claim; revised since to {show(new.value, claim.unit, sg)} (vintage {new.vintage}).")
                return Verdict("approximately_accurate", expl, rule="+".join(tags), interval=interval_t, evidence=ev,
                               arithmetic=arithmetic + tuple(a for a in old.arithmetic if a not in arithmetic),
                               context=tuple(context), errors=tuple(g.errors))

    if kind_tag == "level" and claim.value > 0 and best.value > 0 \
            and max(best.value / claim.value, claim.value / best.value) >= TOO_FAR_APART:
        # a level off by a factor of two or more is far more often a different quantity (a product, a
        # region, another definition) than a misstated one: do not accuse the article, show the data
        tags.append("too_far_apart")
        factor = best.value / claim.value
        expl = (f"Unverifiable: {best_v.label}{suffix} for {_period_words(claim.period)} is "
                f"{show(best.value, claim.unit, sg)}, {factor:.2g}× the claimed {show(claim.value, claim.unit, sg)}: "
                f"too far apart to be the same quantity — the claim is probably about something narrower or defined "
                f"differently (one product or region, another source); check it by hand.")
        return Verdict("unverifiable", expl, rule="+".join(tags), interval=interval_t, evidence=evidence,
                       arithmetic=arithmetic, context=tuple(context), errors=tuple(g.errors))

    mirror_missing = [v for v in g.missing if v.reporter != best_v.reporter]
    if mirror_missing and claim.metric in ("trade_turnover", "exports", "imports", "trade_balance"):
        tags.append("one_sided")
        miss = mirror_missing[0].reporter
        if kind_tag == "change" and claim.unit == "percent":   # compare growth factors, not percents
            gp = gap(1 + claim.value / 100, 1 + best.value / 100)
        else:
            gp = gap(claim.value, best.value)
        if gp <= TYPICAL_MIRROR_GAP:
            if sg:   # a change: compare the two rates, and say how far the growth factors are apart
                versus = (f"{show(best.value, claim.unit, sg)} against the claimed {show(claim.value, claim.unit, sg)}, "
                          f"growth factors {gp:.0%} apart")
            else:
                versus = (f"{show(best.value, claim.unit, sg)}, {abs(rel):.0%} {'above' if rel > 0 else 'below'} "
                          f"the claimed {show(claim.value, claim.unit, sg)}")
            expl = (f"Unverifiable: only {best_v.label}{suffix} figures for {_period_words(claim.period)} are in the "
                    f"data ({versus}); {miss}'s own statistics are missing, and a gap of this size is usual between "
                    f"partners ({causes(reporters)}).")
            return Verdict("unverifiable", expl, rule="+".join(tags), interval=interval_t, evidence=evidence,
                           arithmetic=arithmetic, context=tuple(context), errors=tuple(g.errors))
        expl = (f"Inaccurate: {best_v.label}{suffix} for {_period_words(claim.period)} is {show(best.value, claim.unit, sg)}, "
                f"{abs(rel):.0%} {'above' if rel > 0 else 'below'} the claim; {miss}'s own statistics are missing, "
                f"but the gap is larger than the usual {TYPICAL_MIRROR_GAP:.0%} between partners.")
        return Verdict("inaccurate", expl, rule="+".join(tags), interval=interval_t, evidence=evidence,
                       arithmetic=arithmetic, context=tuple(context), errors=tuple(g.errors))

    expl = (f"Inaccurate: {best_v.label}{suffix} for {_period_words(claim.period)} is {show(best.value, claim.unit, sg)}, "
            f"{pct(abs(rel))} {'above' if rel > 0 else 'below'} the claimed {show(claim.value, claim.unit, sg)}, outside "
            f"{interval.describe()}{pnote}{others_text(best_v)}.")
    return Verdict("inaccurate", expl, rule="+".join(tags), interval=interval_t, evidence=evidence,
                   arithmetic=arithmetic, context=tuple(context), errors=tuple(g.errors))


# ---------------------------------------------------------------- change claims

_YEARS_EARLIER = re.compile(r"vs_(\d+)_years?_earlier")
_RELATIVE_TO = re.compile(r"relative_to_([A-Z]{3})")


def base_period(claim: Claim) -> tuple[Period | None, str]:
    """The period a change is measured from, and its name."""
    p, basis = claim.period, claim.change_basis
    if basis in (None, "yoy"):
        return shift(p, -12), "the same period a year earlier"
    if basis == "prior_period":
        return shift(p, -p.n_months), "the preceding period of the same length"
    m = _YEARS_EARLIER.search(basis or "")
    if m:
        n = int(m.group(1))
        return shift(p, -12 * n), f"the same period {n} years earlier"
    return None, basis or "?"


def _change_value(unit: str, metric: str, cur: float, base: float) -> tuple[float | None, str, str | None]:
    """The change in the claim's unit, its arithmetic, or a reason it cannot be computed."""
    if unit == "percent":
        if base == 0:
            return None, "", "the base is zero"
        v = (cur / base - 1) * 100
        return v, f"change = {fmt(cur)} / {fmt(base)} − 1 = {v:+.2f} %", None
    if unit == "percentage_point":
        if metric not in RATES:
            return None, "", "percentage points describe a change in a rate, and this metric is a level"
        v = cur - base
        return v, f"change = {fmt(cur)} − {fmt(base)} = {v:+.2f} percentage points", None
    if unit == "ratio":
        if base == 0:
            return None, "", "the base is zero"
        v = cur / base
        return v, f"ratio = {fmt(cur)} / {fmt(base)} = {v:.3f}", None
    v = cur - base
    return v, f"change = {fmt(cur)} − {fmt(base)} = {v:+,.0f} {unit}", None


def gather_changes(fetcher: Fetcher, claim: Claim, vs: list[View], cur_p: Period, base_p: Period,
                   base_name: str) -> Gathered:
    g = Gathered()
    for view, obs in _fetched(fetcher, vs, g):
        cur, base = resolve(obs, cur_p, view.metric), resolve(obs, base_p, view.metric)
        if not cur or not base:
            g.missing.append(view)
            lacking = [str(p) for p, r in ((cur_p, cur), (base_p, base)) if not r]
            near = nearest(obs, cur_p)
            g.nearest.extend(near)
            g.context.append(f"{view.label}: no figure for {', '.join(lacking)}"
                             + (f"; nearest: {'; '.join(describe_obs(o) for o in near)}" if near else ""))
            continue
        cands = []
        for c in cur:
            same = [b for b in base if b.vintage == c.vintage] or base[:1]
            b = same[0]
            if claim.unit not in ("percent", "percentage_point", "ratio") and claim.unit != c.unit:
                g.problem = f"the claim is in {claim.unit} and the data in {c.unit}"
                continue
            v, line, why = _change_value(claim.unit, claim.metric, c.value, b.value)
            if why:
                g.problem = why
                continue
            tags = ("monthly_sum",) if (c.arithmetic or b.arithmetic) else ()
            cands.append(Candidate(view, v, cur_p, c.evidence + b.evidence,
                                   c.arithmetic + b.arithmetic + (f"{line} ({cur_p} vs {base_p}: {base_name})",),
                                   c.vintage, c.preliminary or b.preliminary, tags))
        if cands:
            g.per_view[view] = cands
        else:
            g.missing.append(view)
    return g


def _cross_ratio(fetcher: Fetcher, claim: Claim, other: str, interval: Interval, published) -> Verdict:
    """'India received almost twice as much as Mexico': the ratio of two countries' values."""
    a = claim.entities[0]
    va, vb = View(a, None, claim.metric, a), View(other, None, claim.metric, other)
    g = Gathered()
    vals = {}
    for v in (va, vb):
        obs, errs = fetch_view(fetcher, v)
        g.errors.extend(errs)
        g.any_data = g.any_data or bool(obs)
        r = resolve(obs, claim.period, claim.metric)
        if r:
            vals[v] = r[0]
    if len(vals) < 2:
        return decide(claim, interval, g, "ratio", published, f"{claim.metric} of {a} relative to {other}")
    ra, rb = vals[va], vals[vb]
    ratio = ra.value / rb.value
    line = f"ratio = {a} {fmt(ra.value)} / {other} {fmt(rb.value)} = {ratio:.3f}"
    view = View(a, other, claim.metric, f"{a} relative to {other}")
    g.per_view[view] = [Candidate(view, ratio, claim.period, ra.evidence + rb.evidence, (line,), ra.vintage,
                                  ra.preliminary or rb.preliminary)]
    return decide(claim, interval, g, "ratio", published, f"{claim.metric} ratio")


# ---------------------------------------------------------------- targets and forecasts

def _annual_values(obs: list[Observation], metric: str) -> list[Resolved]:
    """Full-year values, latest year first: published annual figures, or twelve months summed."""
    years = sorted({o.period.start_ym[0] for o in obs}, reverse=True)
    out = []
    for y in years:
        res = resolve(obs, Period.year(y), metric)
        if res:
            out.append(res[0])
    return out


def not_checkable(fetcher: Fetcher, claim: Claim) -> Verdict:
    """Targets and forecasts: not checkable; the context says how far the latest actual is from them."""
    kind = claim.kind
    what = "a target" if kind == "target" else "a forecast"
    sg = False
    vs = views(claim.metric, claim.entities) if claim.metric in KNOWN_METRICS else []
    context, arithmetic, evidence, errors = [], [], [], []
    headline = None
    level = claim.metric not in RATES and claim.unit not in ("percent", "ratio", "percentage_point")
    for view in vs:
        obs, errs = fetch_view(fetcher, view)
        errors.extend(errs)
        values = _annual_values(obs, view.metric)
        if not values:
            continue
        # the outcome, when the data already covers the target's or forecast's period
        outcome = resolve(obs, claim.period, view.metric) if claim.period is not None else []
        # only like with like: money with money (converted), a rate with the same rate; never a ratio
        if outcome and (level or claim.unit == outcome[0].unit):
            res, how = _convert(fetcher, outcome[0], claim.unit, errors) if level else (outcome[0], None)
            if res is not None:
                evidence.extend(res.evidence)
                arithmetic.extend(res.arithmetic)
                if level:
                    rel = (res.value - claim.value) / abs(claim.value) if claim.value else 0.0
                    gap = f"{abs(rel):.0%} {'above' if rel > 0 else 'below'}"
                else:
                    diff = res.value - claim.value
                    gap = f"{abs(diff):.1f} percentage points {'above' if diff > 0 else 'below'}"
                line = (f"the outcome is now in the data: {view.label} for {_period_words(claim.period)} is "
                        f"{show(res.value, claim.unit if level else res.unit)}, {gap} the {kind}")
                context.append(line)
                headline = headline or line
                continue
        latest = values[0]
        res, how = _convert(fetcher, latest, claim.unit, errors) if level else (latest, None)
        if res is None:
            res = latest
        evidence.extend(res.evidence)
        arithmetic.extend(res.arithmetic)
        context.append(f"latest actual: {view.label} for {_period_words(res.period)}: {show(res.value, res.unit)}"
                       + (f" ({', '.join(sorted({o.provenance.dataset for o in res.evidence if o.provenance}))})"
                          if res.evidence else ""))
        if level and res.value > 0 and res.unit == claim.unit:
            mult = claim.value / res.value
            arithmetic.append(f"{fmt(claim.value)} / {fmt(res.value)} ({view.reporter}-reported, {res.period}) = {mult:.2f}×")
            line = (f"reaching {show(claim.value, claim.unit, sg)} takes {mult:.1f}× the {res.period} level "
                    f"({view.reporter}-reported)")
            if claim.period is not None:
                years = claim.period.end_ym[0] - res.period.end_ym[0]
                if years > 0:
                    rate = mult ** (1 / years) - 1
                    arithmetic.append(f"{mult:.3f} ** (1/{years}) − 1 = {rate:+.1%} a year")
                    line += f", i.e. {rate:+.1%} a year for {years} years ({res.period.end_ym[0]}→{claim.period.end_ym[0]})"
                elif years < 0:
                    line += f"; the {kind}'s date ({_period_words(claim.period)}) is earlier than the data, which has no figure for it"
            context.append(line)
            headline = headline or line
        elif claim.unit == "percent" and res.unit == "percent" and claim.metric in RATES:
            diff = claim.value - res.value
            line = (f"the latest actual ({_period_words(res.period)}) is {show(res.value, 'percent')}; the {kind} is "
                    f"{abs(diff):.1f} percentage points {'above' if diff > 0 else 'below'} it")
            context.append(line)
            headline = headline or line
    if headline:
        expl = f"Not checkable: {what} is not a statement of fact; {headline}."
    elif context:
        expl = f"Not checkable: {what} is not a statement of fact; {context[0]}."
    else:
        expl = f"Not checkable: {what} is not a statement of fact, and the data has no actual value to set beside it."
    return Verdict("not_checkable", expl, rule=kind, interval=None, evidence=tuple(evidence),
                   arithmetic=tuple(arithmetic), context=tuple(context), errors=tuple(errors))


# ---------------------------------------------------------------- entry point

def verify_claim(claim: Claim, fetcher: Fetcher, published: date | None = None) -> Verdict:
    if claim.kind in ("target", "forecast"):
        return not_checkable(fetcher, claim)
    if claim.kind not in ("actual", "change"):
        return Verdict("not_checkable", f"Not checkable: a claim of kind {claim.kind!r} is not a reported figure.",
                       rule="opinion")
    if not math.isfinite(claim.value) or (claim.value_max is not None and not math.isfinite(claim.value_max)):
        return Verdict("unverifiable", "Unverifiable: the claimed value is not a finite number.", rule="unsupported")
    interval = interval_for(claim.value, claim.span.text if claim.span else None, claim.qualifier, claim.value_max)
    it = interval.as_tuple()
    if claim.metric not in KNOWN_METRICS:
        return Verdict("unverifiable", f"No data: no source covers the metric {claim.metric!r}.",
                       rule="unsupported", interval=it, errors=tuple(fetcher.setup_errors))
    if not claim.entities:
        return Verdict("unverifiable", "Unverifiable: the claim names no country, so there is no series to check.",
                       rule="unsupported", interval=it)
    if claim.period is None:
        return Verdict("unverifiable", "Unverifiable: the claim's period is not stated or could not be resolved"
                       + (f" ({claim.notes[0]})" if claim.notes else "") + ".", rule="unsupported", interval=it)
    vs = views(claim.metric, claim.entities)
    basis = claim.change_basis or ""
    rel = _RELATIVE_TO.search(basis)
    if claim.unit == "ratio" and rel:
        v = _cross_ratio(fetcher, claim, rel.group(1), interval, published)
    elif claim.kind == "change":
        bp, name = base_period(claim)
        if bp is None:
            return Verdict("unverifiable", f"Unverifiable: the comparison basis {claim.change_basis!r} is not one "
                           "the data can reproduce.", rule="change+unsupported", interval=it)
        g = gather_changes(fetcher, claim, vs, claim.period, bp, name)
        tag = "ratio" if claim.unit == "ratio" else "change"
        v = decide(claim, interval, g, tag, published, f"{claim.metric.replace('_', ' ')} change vs {name}",
                   f" ({'ratio' if tag == 'ratio' else 'change'} vs {name})")
    elif claim.unit == "ratio":
        return Verdict("unverifiable", "Unverifiable: a ratio without a stated comparison cannot be recomputed.",
                       rule="ratio+unsupported", interval=it)
    else:
        g = gather_levels(fetcher, claim, vs, claim.period)
        v = decide(claim, interval, g, "level", published, claim.metric.replace("_", " "))
    if fetcher.setup_errors:
        from dataclasses import replace
        v = replace(v, errors=v.errors + tuple(fetcher.setup_errors))
    return v
