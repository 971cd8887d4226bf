"""The values that flow between the pipeline's stages.

document -> sentences -> mentions -> claims -> evidence (observations) -> verdicts -> reports

Every record is a frozen dataclass; stages never mutate what they receive, they return new values
(``dataclasses.replace``).  Nothing here imports a heavy module.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Kind = Literal["actual", "change", "target", "forecast"]
Qualifier = Literal["approx", "almost", "more_than", "less_than", "at_least", "up_to"]
Label = Literal["accurate", "approximately_accurate", "inaccurate", "unverifiable", "not_checkable", "unchecked"]

#: verdict labels from the mildest to the most severe finding (used by --fail-on)
LABELS: tuple[str, ...] = (
    "accurate", "not_checkable", "unchecked", "approximately_accurate", "unverifiable", "inaccurate",
)


@dataclass(frozen=True)
class Span:
    """Character offsets into the decoded document text, end exclusive."""
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, order=True)
class Period:
    """First and last month covered, as 'YYYY-MM' strings (a stock at a date: that month twice)."""
    start: str
    end: str

    @classmethod
    def year(cls, y: int) -> "Period":
        return cls(f"{y:04d}-01", f"{y:04d}-12")

    @classmethod
    def months(cls, y1: int, m1: int, y2: int, m2: int) -> "Period":
        return cls(f"{y1:04d}-{m1:02d}", f"{y2:04d}-{m2:02d}")

    @property
    def start_ym(self) -> tuple[int, int]:
        return int(self.start[:4]), int(self.start[5:7])

    @property
    def end_ym(self) -> tuple[int, int]:
        return int(self.end[:4]), int(self.end[5:7])

    @property
    def n_months(self) -> int:
        (y1, m1), (y2, m2) = self.start_ym, self.end_ym
        return (y2 - y1) * 12 + (m2 - m1) + 1

    @property
    def is_full_year(self) -> bool:
        return self.start.endswith("-01") and self.end.endswith("-12") and self.start[:4] == self.end[:4]

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end}

    def __str__(self) -> str:
        if self.is_full_year:
            return self.start[:4]
        return self.start if self.start == self.end else f"{self.start}..{self.end}"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# ---------------------------------------------------------------- mentions (extraction stage)

@dataclass(frozen=True)
class Quantity:
    """A number with its unit as written: '166 миллионов долларов', 'почти $1,2 млрд', 'в 2,5 раза'."""
    span: Span
    value: float
    unit: str                       # ISO 4217 code, 'percent', 'percentage_point', 'ratio', 'persons', 'count', pint name
    value_max: float | None = None  # the high end of a range
    qualifier: str | None = None
    number_span: Span | None = None  # the digits/words of the number alone
    unit_explicit: bool = True      # False when the unit was inherited or defaulted ('count')
    index_form: bool = False        # '101,6 %' style (a level relative to 100) -- converted by the claim builder


@dataclass(frozen=True)
class PeriodMention:
    span: Span
    period: Period | None           # None when relative and the publication date is unknown
    relative: bool = False
    note: str | None = None         # e.g. 'relative period, no publication date'


@dataclass(frozen=True)
class PlaceMention:
    span: Span
    codes: tuple[str, ...]          # ISO 3166 alpha-3 or grouping codes (EAEU, EU, CIS, WLD ...)
    how: str = "name"               # name | alias | adjective | capital | grouping
    role: str | None = None         # 'from' / 'to' when a preposition marks direction ('из Еревана', 'to China')


@dataclass(frozen=True)
class MetricMention:
    span: Span
    metric: str                     # trade_turnover, exports, ... or other:<lemma>


@dataclass(frozen=True)
class Cue:
    """A word that changes how a quantity is read: target, forecast, change direction, comparison basis."""
    span: Span
    cue: str                        # target | forecast | up | down | yoy | prior_period | change


# ---------------------------------------------------------------- claims

@dataclass(frozen=True)
class Claim:
    id: str
    sentence: str
    span: Span
    value: float
    unit: str
    metric: str
    entities: tuple[str, ...] = ()
    period: Period | None = None
    kind: str = "actual"
    change_basis: str | None = None
    qualifier: str | None = None
    value_max: float | None = None
    occurrences: tuple[Span, ...] = ()
    notes: tuple[str, ...] = ()     # e.g. 'relative period unresolved: publication date unknown'
    verdict: "Verdict | None" = None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "sentence": self.sentence,
            "span": self.span.to_json(),
            "occurrences": [s.to_json() for s in (self.occurrences or (self.span,))],
            "value": _num(self.value),
            "value_max": _num(self.value_max),
            "unit": self.unit,
            "metric": self.metric,
            "entities": list(self.entities),
            "period": self.period.to_json() if self.period else None,
            "kind": self.kind,
            "change_basis": self.change_basis,
            "qualifier": self.qualifier,
            "notes": list(self.notes),
            "verdict": self.verdict.to_json() if self.verdict else {"label": "unchecked"},
        }


def _num(x: float | None):
    if x is None:
        return None
    if float(x).is_integer() and abs(x) < 2**63:
        return int(x)
    return x


# ---------------------------------------------------------------- sources and evidence

@dataclass(frozen=True)
class Provenance:
    source: str                     # source id, e.g. 'snapshot', 'worldbank'
    dataset: str                    # publisher's dataset or table, e.g. 'NSC KG 4.03.00.18'
    series: str | None = None       # series or indicator id, e.g. 'NY.GDP.MKTP.KD.ZG'
    url: str | None = None
    vintage: str | None = None      # publisher's last-updated date or release
    retrieved: str | None = None    # when the value was fetched or copied
    licence: str | None = None
    publisher: str | None = None
    note: str | None = None

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Observation:
    metric: str                     # trade_turnover | exports | imports | gdp | gdp_growth | ...
    value: float
    unit: str                       # 'USD' (always base units: dollars, not thousands), 'percent', 'persons'
    period: Period
    reporter: str                   # ISO3 of the country whose statistics these are
    partner: str | None = None      # ISO3 or grouping for bilateral flows
    frequency: str = "A"            # A | Q | M
    preliminary: bool = False
    provenance: Provenance | None = None
    #: what the figure is in its release: ``actual`` (reported data), ``estimate`` or ``projection`` (a year
    #: after the publisher's last actual year; the IMF WEO marks it with ``lastactualdate``)
    status: str = "actual"
    release: str | None = None      # the named release, e.g. 'WEO 2024-04', 'WDI 2026-07'
    released: str | None = None     # the release's publication date, 'YYYY-MM-DD'

    def to_json(self) -> dict:
        d = {
            "metric": self.metric, "value": _num(self.value), "unit": self.unit,
            "period": self.period.to_json(), "reporter": self.reporter, "partner": self.partner,
            "frequency": self.frequency, "preliminary": self.preliminary,
        }
        if self.status != "actual":
            d["status"] = self.status
        if self.release:
            d["release"] = self.release
        if self.released:
            d["released"] = self.released
        if self.provenance:
            d["provenance"] = self.provenance.to_json()
        return d


@dataclass(frozen=True)
class Query:
    """What a verifier asks a source: one metric, for a reporter (and partner), over a period."""
    metric: str
    reporter: str
    partner: str | None = None
    period: Period | None = None     # None: every period the source has
    frequency: str | None = None     # None: any
    #: only releases published on or before this date (what was known then); None: every release
    as_of: date | None = None
    #: only this named release ('WEO 2023-10'); None: every release
    release: str | None = None
    #: only figures of this publisher / forecaster id ('IMF', 'World Bank'); None: any
    publisher: str | None = None


@dataclass(frozen=True)
class Coverage:
    """What a source can answer."""
    metrics: tuple[str, ...]
    reporters: tuple[str, ...] = ()  # empty: any
    partners: tuple[str, ...] = ()   # empty: any / not bilateral
    frequencies: tuple[str, ...] = ("A",)
    years: tuple[int, int] | None = None


@dataclass(frozen=True)
class SourceInfo:
    id: str
    name: str
    licence: str
    network: bool
    url: str | None = None
    coverage: Coverage | None = None
    redistributable: bool = True


class SourceUnavailable(Exception):
    """A source could not answer: DNS, timeout, HTTP error, malformed body. The message says why."""


# ---------------------------------------------------------------- verdicts and reports

@dataclass(frozen=True)
class Verdict:
    label: str
    explanation: str = ""
    rule: str | None = None                       # which tolerance / comparison rule decided
    interval: tuple[float, float] | None = None   # accepted interval for the claimed value
    evidence: tuple[Observation, ...] = ()
    arithmetic: tuple[str, ...] = ()
    context: tuple[str, ...] = ()                 # nearest periods, latest actuals, needed growth ...
    errors: tuple[str, ...] = ()                  # 'source unavailable: <why>'

    def to_json(self) -> dict:
        return {
            "label": self.label,
            "explanation": self.explanation,
            "rule": self.rule,
            "interval": list(self.interval) if self.interval else None,
            "evidence": [o.to_json() for o in self.evidence],
            "arithmetic": list(self.arithmetic),
            "context": list(self.context),
            "errors": list(self.errors),
        }


@dataclass(frozen=True)
class Finding:
    """A problem found inside one article without outside data (parts vs total, doubled figures...)."""
    kind: str
    message: str
    claim_ids: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"kind": self.kind, "message": self.message, "claim_ids": list(self.claim_ids)}


@dataclass(frozen=True)
class Document:
    path: str
    text: str = ""
    language: str | None = None
    published: date | None = None
    claims: tuple[Claim, ...] = ()
    findings: tuple[Finding, ...] = ()
    error: str | None = None        # one line: what is wrong with the input
    #: offsets at which each line of ``text`` starts; kept when ``text`` is dropped (batch runs) so
    #: reports can still locate claims by line and column
    line_starts: tuple[int, ...] = ()

    def to_json(self) -> dict:
        d = {
            "path": self.path,
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "claims": [c.to_json() for c in self.claims],
            "findings": [f.to_json() for f in self.findings],
        }
        if self.error:
            d["error"] = self.error
        return d


@dataclass(frozen=True)
class Report:
    documents: tuple[Document, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        from collections import Counter
        labels = Counter(
            (c.verdict.label if c.verdict else "unchecked") for d in self.documents for c in d.claims
        )
        return {
            "documents": [d.to_json() for d in self.documents],
            "summary": {
                "documents": len(self.documents),
                "errors": sum(1 for d in self.documents if d.error),
                "claims": sum(len(d.claims) for d in self.documents),
                "by_label": dict(sorted(labels.items())),
            },
        }
