"""World Bank Indicators API v2 (World Development Indicators), annual macro series.

Documented URL forms (World Bank Data Help Desk, "API Basic Call Structures", article 898581, and
"New Features and Enhancements in the V2 API", article 1886674):

    https://api.worldbank.org/v2/country/{iso}/indicator/{indicator}?format=json&date=2015:2023
    ...&per_page=N&page=P       paging through large result sets (default 50 rows a page)

The country may be an ISO 3166 alpha-2 or alpha-3 code (``countryiso3code`` comes back in every row).
A JSON answer is ``[header, rows]`` with ``header = {page, pages, per_page, total, sourceid, lastupdated}``;
this adapter asks for ``per_page=1000`` and follows ``page`` until ``pages`` (at most ``MAX_PAGES``).
Errors come with HTTP 200 as ``[{"message": [{"id": "120", "key": "Invalid value", "value": "..."}]}]``
and become ``SourceUnavailable`` with that message.

Licence: World Bank data are CC BY 4.0 (World Bank Terms of Use for Datasets); attribution required.
"""
from __future__ import annotations

from dataclasses import dataclass

from factcheck import http
from factcheck import metrics
from factcheck.model import Coverage, Observation, Provenance, Query, SourceInfo, SourceUnavailable

BASE = "https://api.worldbank.org/v2"
PER_PAGE = 1000
MAX_PAGES = 20
LICENCE = "CC BY 4.0 (World Bank)"

#: metric -> (indicator, unit as in Observation.unit), from the metric registry (factcheck/data/metrics.yaml,
#: series.worldbank): exports/imports are merchandise trade with the world (TX/TM.VAL.MRCH.CD.WT)
INDICATORS: dict[str, tuple[str, str]] = {
    m.id: (m.codes("worldbank")[0], m.unit) for m in metrics.all() if m.codes("worldbank")}
DATASETS = {"2": "World Development Indicators"}


@dataclass(frozen=True)
class Request:
    url: str
    params: dict
    indicator: str
    unit: str


def transform_query(query: Query, per_page: int = PER_PAGE) -> Request:
    """Query -> the first page's URL and parameters (pure)."""
    if query.metric not in INDICATORS:
        raise ValueError(f"worldbank has no indicator for metric {query.metric!r}")
    indicator, unit = INDICATORS[query.metric]
    params = {"format": "json", "per_page": per_page}
    if query.period is not None:
        params["date"] = f"{query.period.start[:4]}:{query.period.end[:4]}"
    return Request(f"{BASE}/country/{query.reporter}/indicator/{indicator}", params, indicator, unit)


def _check_envelope(body, source: str = "worldbank") -> tuple[dict, list]:
    if isinstance(body, list) and body and isinstance(body[0], dict) and "message" in body[0]:
        msgs = body[0].get("message") or []
        parts = []
        for m in msgs if isinstance(msgs, list) else [msgs]:
            if isinstance(m, dict):
                parts.append(f"error {m.get('id', '?')}: {m.get('key', '')} - {m.get('value', '')}".strip(" -"))
        raise SourceUnavailable(f"{source}: World Bank API " + ("; ".join(parts) or "error message"))
    if not (isinstance(body, list) and len(body) == 2 and isinstance(body[0], dict)
            and (isinstance(body[1], list) or body[1] is None)):
        raise SourceUnavailable(f"{source}: unexpected body (not the v2 [header, rows] envelope)")
    return body[0], body[1] or []


def transform_data(pages: list[dict], query: Query) -> list[Observation]:
    """Pages ``[{"body": <json>, "url": str, "retrieved": str}]`` -> observations (pure).

    Rows without a value are skipped; only rows inside the query's period are kept.
    """
    out: list[Observation] = []
    indicator, unit = INDICATORS[query.metric]
    for page in pages:
        header, rows = _check_envelope(page["body"])
        vintage = header.get("lastupdated")
        dataset = DATASETS.get(str(header.get("sourceid")), f"World Bank source {header.get('sourceid')}")
        for row in rows:
            if not isinstance(row, dict):
                raise SourceUnavailable("worldbank: unexpected row (not an object)")
            value = row.get("value")
            if value is None:
                continue
            parsed = http.parse_period(str(row.get("date", "")))
            if parsed is None:
                continue
            period, freq = parsed
            if not http.within(period, query.period):
                continue
            try:
                value = http.finite(float(value), "worldbank")
            except (TypeError, ValueError):
                raise SourceUnavailable(f"worldbank: non-numeric value {value!r}") from None
            series = (row.get("indicator") or {}).get("id") or indicator
            out.append(Observation(
                metric=query.metric, value=value, unit=unit, period=period,
                reporter=row.get("countryiso3code") or query.reporter, partner=None, frequency=freq,
                provenance=Provenance(
                    source="worldbank", dataset=dataset, series=series, url=http.redact_url(page["url"]),
                    vintage=vintage, retrieved=page.get("retrieved"), licence=LICENCE,
                    publisher="World Bank", note=(row.get("obs_status") or None)),
            ))
    return out


class WorldBankSource(http.HttpSource):
    info = SourceInfo(
        id="worldbank", name="World Bank Indicators API v2 (WDI)", licence=LICENCE, network=True,
        url="https://api.worldbank.org/v2", redistributable=True,
        coverage=Coverage(metrics=tuple(INDICATORS), frequencies=("A",)),
    )

    def __init__(self, session=None, *, per_page: int = PER_PAGE):
        super().__init__(session)
        self.per_page = per_page

    def can_answer(self, query: Query) -> bool:
        return (query.metric in INDICATORS and query.partner is None and len(query.reporter) == 3
                and query.reporter.isalpha() and query.frequency in (None, "A"))

    def extract_data(self, req: Request) -> list[dict]:
        """Fetch every page (HTTP through the injected session)."""
        pages: list[dict] = []
        page_no, pages_total = 1, 1
        while page_no <= pages_total:
            params = dict(req.params, page=page_no) if page_no > 1 else dict(req.params)
            resp = self.client.get(req.url, params=params)
            if resp.status_code != 200:
                raise SourceUnavailable(f"worldbank: HTTP {resp.status_code} from {http.host_path(req.url)}"
                                        f" {http.error_text(resp)}".rstrip())
            body = http.json_of(resp, "worldbank")
            header, _rows = _check_envelope(body)
            pages.append({"body": body, "url": resp.url, "retrieved": http.retrieved_at(resp, self.client.settings.now)})
            try:
                pages_total = int(header.get("pages") or 1)
            except (TypeError, ValueError):
                raise SourceUnavailable("worldbank: unexpected 'pages' in the header") from None
            if pages_total > MAX_PAGES:
                raise SourceUnavailable(f"worldbank: {pages_total} pages of {self.per_page} rows is more than expected")
            page_no += 1
        return pages

    def fetch(self, query: Query) -> list[Observation]:
        if not self.can_answer(query):
            return []
        pages = self.extract_data(transform_query(query, self.per_page))
        with http.schema_guard(self.info.id):
            return transform_data(pages, query)

    def check(self) -> str:
        """A cheap request: one row of world population."""
        resp = self.client.get(f"{BASE}/country/WLD/indicator/SP.POP.TOTL",
                               params={"format": "json", "per_page": 1}, timeout=(3.0, 5.0))
        if resp.status_code != 200:
            raise SourceUnavailable(f"worldbank: HTTP {resp.status_code}")
        _check_envelope(http.json_of(resp, "worldbank"))
        return "answers"
