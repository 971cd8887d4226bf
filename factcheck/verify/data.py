"""Asking the sources, and turning what they return into one value for a claim's period.

* :class:`Fetcher` asks every source that can answer a query, caches the answers for one run and
  turns a failing source into an error line (``source unavailable: <why>``) instead of an exception.
* :func:`resolve` finds the value for a period: an observation for exactly that period, or the sum
  of monthly observations for January–N (only when every month is there, and only for flows that
  add up over time).  Observations of different vintages (releases) are kept apart, latest first.
* :func:`nearest` lists the periods the data does cover, closest to the asked one first, for the
  "period not covered" context.  A Jan–Nov claim is never compared with a full-year value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from factcheck.model import Observation, Period, Query, SourceUnavailable
from factcheck.verify.tolerance import fmt

from factcheck import metrics as _metrics

#: flows that add up over months (a stock such as population, or a rate, does not): from the metric registry
ADDITIVE = _metrics.ids(additive_over_periods=True)
#: metrics whose values are themselves percentages (rates and shares of a denominator)
RATES = frozenset(m.id for m in _metrics.all() if m.in_percent)
#: bilateral trade flows (partners add up to a total)
TRADE = _metrics.ids(bilateral=True) - {"imports_consignment"}
CURRENCY_LIKE = 3   # ISO 4217 codes are three upper-case letters


def is_currency(unit: str | None) -> bool:
    return bool(unit) and len(unit) == CURRENCY_LIKE and unit.isalpha() and unit.isupper()


def _source_id(src) -> str:
    info = getattr(src, "info", None)
    return getattr(info, "id", None) or type(src).__name__


def _can(src, query: Query) -> bool:
    can = getattr(src, "can_answer", None)
    try:
        return can is None or bool(can(query))
    except Exception:  # a source whose can_answer breaks is asked, and its fetch error is reported
        return True


def unavailable(src, why) -> str:
    """One line 'source unavailable: <id>: <why>', the same for every claim the failure touches."""
    sid = _source_id(src)
    text = str(why).splitlines()[0] if str(why) else "no reason given"
    text = text.removeprefix(f"{sid}: ").removesuffix("; not asked again in this run")
    return f"source unavailable: {sid}: {text}"


@dataclass
class Fetcher:
    """All of one run's questions to the sources go through here."""
    sources: list
    setup_errors: list[str] = field(default_factory=list)
    _cache: dict = field(default_factory=dict)
    #: the period of the claim being checked: sources that only answer for given years (Comtrade) are
    #: asked for its years and the year before (for changes); the others are asked for everything once
    focus: Period | None = None
    #: the document's publication date: datasets with several releases (IMF WEO) also give the figure of
    #: the latest release published by then, so that a figure right when published is recognised as such
    published: date | None = None

    def fetch(self, metric: str, reporter: str, partner: str | None,
              projections: bool = False) -> tuple[list[Observation], list[str]]:
        """Every observation of the metric for the reporter (and partner) in the latest release of each dataset.

        Projections (a figure for a year the publisher had no data for yet, ``Observation.status``) are left
        out unless ``projections`` is true: an actual claim is never checked against a forecast."""
        out, errors = self._fetch(metric, reporter, partner)
        if not projections:
            out = [o for o in out if o.status != "projection"]
        return out, errors

    def ask(self, query: Query) -> tuple[list[Observation], list[str]]:
        """One query as given, with its ``as_of``, ``release`` and ``publisher`` filters (cached for the run):
        what a forecaster said in a release, or what was known on a date."""
        return self._ask(("query", query), query, lambda src: True)

    def _fetch(self, metric: str, reporter: str, partner: str | None) -> tuple[list[Observation], list[str]]:
        everything = Query(metric=metric, reporter=reporter, partner=partner)
        out, errors = self._ask(("obs", metric, reporter, partner), everything, lambda src: True)
        if self.published is not None:
            then = Query(metric=metric, reporter=reporter, partner=partner, as_of=self.published)
            known, _ = self._ask(("asof", metric, reporter, partner, self.published), then, lambda src: True)
            latest = {o.release for o in out if o.release}
            out = out + [o for o in known if o.release and o.release not in latest]
        if self.focus is None:
            return out, errors
        (y1, _), (y2, _) = self.focus.start_ym, self.focus.end_ym
        years = Query(metric, reporter, partner, Period(f"{y1 - 1:04d}-01", f"{y2:04d}-12"))
        more, more_errors = self._ask(("obs", metric, reporter, partner, years.period), years,
                                      lambda src: not _can(src, everything))
        return out + more, errors + more_errors

    def _ask(self, key, query: Query, which) -> tuple[list[Observation], list[str]]:
        if key not in self._cache:
            out: list[Observation] = []
            errors: list[str] = []
            for src in self.sources:
                try:
                    if not which(src) or not _can(src, query):
                        continue
                    out.extend(src.fetch(query))
                except SourceUnavailable as exc:
                    errors.append(unavailable(src, exc))
                except Exception as exc:  # a broken source must not stop the run; it is named
                    errors.append(unavailable(src, f"{type(exc).__name__}: {exc}"))
            self._cache[key] = (out, errors)
        return self._cache[key]

    def exchange_rate(self, currency: str, year: int) -> tuple[Observation | None, list[str]]:
        """LCU per USD for a year, from the first source that has an ``exchange_rate`` method."""
        key = ("fx", currency, year)
        if key not in self._cache:
            found, errors = None, []
            for src in self.sources:
                fx = getattr(src, "exchange_rate", None)
                if fx is None:
                    continue
                try:
                    res = fx(currency, year)
                except SourceUnavailable as exc:
                    errors.append(unavailable(src, exc))
                    continue
                except Exception as exc:
                    errors.append(unavailable(src, f"{type(exc).__name__}: {exc}"))
                    continue
                if res is None:
                    continue
                if isinstance(res, Observation):
                    found = res
                else:  # a bare number: wrap it so that it can still be shown as evidence
                    from factcheck.model import Provenance
                    found = Observation(metric="exchange_rate", value=float(res), unit=f"{currency} per USD",
                                        period=Period.year(year), reporter=currency,
                                        provenance=Provenance(source=_source_id(src), dataset="exchange_rate"))
                break
            self._cache[key] = (found, errors)
        return self._cache[key]


@dataclass(frozen=True)
class Resolved:
    """The value of one series for one period, in one vintage."""
    value: float
    period: Period
    unit: str
    evidence: tuple[Observation, ...]
    arithmetic: tuple[str, ...] = ()
    vintage: str | None = None
    preliminary: bool = False


def _vintage(o: Observation) -> str | None:
    return o.provenance.vintage if o.provenance else None


def _months(p: Period) -> list[str]:
    (y, m), out = p.start_ym, []
    for _ in range(p.n_months):
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def _by_vintage(obs: list[Observation]) -> dict[str | None, list[Observation]]:
    groups: dict[str | None, list[Observation]] = {}
    for o in obs:
        groups.setdefault(_vintage(o), []).append(o)
    return groups


_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def vintage_date(v: str | None) -> str | None:
    """The ISO date inside a vintage label ('datasets/gdp 2024-10-21' -> '2024-10-21'); None if none."""
    if not v:
        return None
    dates = _ISO_DATE.findall(v)
    return max(dates) if dates else None


def _order(vintages) -> list:
    """Latest vintage first (by the date in the label); vintages without a date last."""
    return sorted(vintages, key=lambda v: (vintage_date(v) is not None, vintage_date(v) or "", v or ""), reverse=True)


def resolve(obs: list[Observation], period: Period, metric: str) -> list[Resolved]:
    """Values for ``period``, one per vintage, latest vintage first (empty: period not covered)."""
    out: list[Resolved] = []
    groups = _by_vintage(obs)
    for v in _order(groups):
        group = groups[v]
        exact = [o for o in group if o.period == period]
        if exact:
            o = exact[0]
            out.append(Resolved(o.value, period, o.unit, (o,), (), v, o.preliminary))
            continue
        if metric not in ADDITIVE or period.n_months < 2:
            continue
        monthly = {o.period.start: o for o in group if o.frequency == "M" and o.period.start == o.period.end}
        months = _months(period)
        if all(m in monthly for m in months):
            parts = [monthly[m] for m in months]
            total = sum(o.value for o in parts)
            line = (f"{period.start}..{period.end} = sum of {len(parts)} monthly values "
                    f"({' + '.join(fmt(o.value) for o in parts)}) = {fmt(total)} {parts[0].unit}")
            out.append(Resolved(total, period, parts[0].unit, tuple(parts), (line,), v,
                                any(o.preliminary for o in parts)))
    return out


def _distance(a: Period, b: Period) -> tuple[int, int]:
    """Order periods by: same length first, then how far their ends are apart (in months)."""
    (ya, ma), (yb, mb) = a.end_ym, b.end_ym
    return (0 if a.n_months == b.n_months else 1, abs((ya * 12 + ma) - (yb * 12 + mb)))


def nearest(obs: list[Observation], period: Period, n: int = 2) -> list[Observation]:
    """The covered periods closest to ``period`` (annual and monthly alike), latest vintage of each."""
    best: dict[Period, Observation] = {}
    for o in obs:
        cur = best.get(o.period)
        if cur is None or (vintage_date(_vintage(o)) or "") > (vintage_date(_vintage(cur)) or ""):
            best[o.period] = o
    ranked = sorted(best.values(), key=lambda o: (_distance(o.period, period), o.period))
    # prefer full years as context for a part-year claim: journalists compare against the last full year
    years = [o for o in ranked if o.period.is_full_year]
    chosen = (years[:n] if years else ranked[:n])
    return sorted(chosen, key=lambda o: o.period, reverse=True)


def shift(period: Period, months: int) -> Period:
    def mv(ym: tuple[int, int]) -> str:
        y, m = ym
        k = y * 12 + (m - 1) + months
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    return Period(mv(period.start_ym), mv(period.end_ym))


def describe_obs(o: Observation) -> str:
    """'2023: 110,136,019 USD (KGZ-reported, NSC KG 4.03.00.18, vintage 2024-11)'."""
    prov = o.provenance
    src = []
    if prov:
        src.append(prov.dataset)
        if prov.vintage:
            src.append(f"vintage {prov.vintage}")
    if o.preliminary:
        src.append("preliminary")
    who = f"{o.reporter}-reported" + (f", partner {o.partner}" if o.partner else "")
    value = f"{o.value:.1f} %" if o.unit == "percent" else f"{fmt(o.value)} {o.unit}"
    return f"{o.period}: {value} ({who}{'; ' + ', '.join(src) if src else ''})"
