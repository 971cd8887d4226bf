"""The metric registry: ``factcheck/data/metrics.yaml`` read into frozen records.

    from factcheck import metrics
    m = metrics.get("government_debt_gdp")   # Metric(kind='share', denominator='gdp', ...) or None
    m.label("ru"); m.codes("snapshot")        # 'государственный долг в % ВВП', ('GGXWDG_NGDP',)
    metrics.all()                             # every Metric, in file order
    metrics.indicators("worldbank")           # {metric id: first series code} of one source
    metrics.ids(kinds=("rate", "share"))      # metric ids of some kinds
    metrics.share_of_gdp("government_debt")   # 'government_debt_gdp' (a percent of GDP of this metric)

Every other table that used to list metrics (sources' indicator maps, verify.data's additive/rate sets,
mirror's words) is derived from here; ``tests/test_metrics.py`` checks each source against it.
Read once, lazily (pyyaml is imported on the first call).
"""
from __future__ import annotations

import builtins
from dataclasses import dataclass
from functools import lru_cache

KINDS = ("flow", "stock", "rate", "share", "ratio", "index")


@dataclass(frozen=True)
class Metric:
    id: str
    kind: str                                   # flow | stock | rate | share | ratio | index
    unit_family: str                            # currency | percent | persons | lcu_per_usd | years | ...
    unit: str                                   # the Observation unit of the sources' series
    denominator: str | None = None              # for shares: the metric it is a percent of ('gdp')
    per_gdp: str | None = None                  # the share metric for 'N% of GDP' of this metric
    additive_over_periods: bool = False
    additive_over_partners: bool = False
    bilateral: bool = False
    signed: bool = False                        # a balance: a 'deficit' is a negative value
    labels: tuple[tuple[str, str], ...] = ()    # (lang, label)
    series: tuple[tuple[str, tuple[str, ...]], ...] = ()   # (source id, codes)
    derived: str | None = None
    definition: str | None = None

    def label(self, lang: str = "en") -> str:
        d = dict(self.labels)
        return d.get(lang) or d.get("en") or self.id.replace("_", " ")

    def codes(self, source: str) -> tuple[str, ...]:
        return dict(self.series).get(source, ())

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(s for s, codes in self.series if codes)

    @property
    def in_percent(self) -> bool:
        """Its values are percentages (rates and shares)."""
        return self.unit_family == "percent"


@lru_cache(maxsize=1)
def _registry() -> dict[str, Metric]:
    from importlib.resources import files

    import yaml

    raw = yaml.safe_load((files("factcheck") / "data" / "metrics.yaml").read_text(encoding="utf-8"))["metrics"]
    out = {}
    for mid, d in raw.items():
        if d["kind"] not in KINDS:
            raise ValueError(f"metrics.yaml: {mid}: unknown kind {d['kind']!r}")
        out[mid] = Metric(
            id=mid, kind=d["kind"], unit_family=d["unit_family"], unit=d["unit"],
            denominator=d.get("denominator"), per_gdp=d.get("per_gdp"),
            additive_over_periods=bool(d.get("additive_over_periods", False)),
            additive_over_partners=bool(d.get("additive_over_partners", False)),
            bilateral=bool(d.get("bilateral", False)), signed=bool(d.get("signed", False)),
            labels=tuple(sorted((d.get("labels") or {}).items())),
            series=tuple((src, tuple(codes)) for src, codes in (d.get("series") or {}).items()),
            derived=d.get("derived"), definition=d.get("definition"))
    for m in out.values():
        for ref in (m.denominator, m.per_gdp):
            if ref is not None and ref not in out:
                raise ValueError(f"metrics.yaml: {m.id} refers to unknown metric {ref!r}")
    return out


def get(metric_id: str) -> Metric | None:
    """The registry record of a metric id, or None (``other:*`` ids and unknown words)."""
    return _registry().get(metric_id)


def all() -> tuple[Metric, ...]:   # noqa: A001 - the contract's name
    return tuple(_registry().values())


def ids(kinds: tuple[str, ...] | None = None, **flags: bool) -> frozenset[str]:
    """Metric ids of the given kinds and with the given boolean fields, e.g. ``ids(additive_over_periods=True)``."""
    return frozenset(m.id for m in _registry().values()
                     if (kinds is None or m.kind in kinds) and all_flags(m, flags))


def all_flags(m: Metric, flags: dict[str, bool]) -> bool:
    return builtins.all(getattr(m, k) == v for k, v in flags.items())


def indicators(source: str) -> dict[str, str]:
    """{metric id: its first series code} for one source id (the source's indicator map)."""
    return {m.id: m.codes(source)[0] for m in _registry().values() if m.codes(source)}


def share_of_gdp(metric_id: str) -> str | None:
    """The metric that 'N% of GDP' of ``metric_id`` is ('government_debt' -> 'government_debt_gdp'), or None."""
    m = get(metric_id)
    return m.per_gdp if m else None


def label(metric_id: str, lang: str = "en") -> str:
    m = get(metric_id)
    return m.label(lang) if m else metric_id.removeprefix("other:").replace("_", " ")
