"""UN Comtrade API v1: goods trade by reporter and partner, annual or monthly, all commodities.

Documented URL forms (UN Comtrade Help Center, "UN Comtrade API"; developer portal
https://comtradedeveloper.un.org/):

    keyless public preview (at most 500 records a call):
        https://comtradeapi.un.org/public/v1/preview/C/{freq}/HS?reporterCode=..&partnerCode=..&period=..
    with a subscription key (header ``Ocp-Apim-Subscription-Key``):
        https://comtradeapi.un.org/data/v1/get/C/{freq}/HS?...

Parameters used: reporterCode / partnerCode (UN M49 numbers; 0 = World), period (YYYY for A,
YYYYMM for M, comma-separated), cmdCode=TOTAL, flowCode=X,M, and customsCode=C00, motCode=0,
partner2Code=0 so that only the all-procedures / all-modes / all-second-partners total comes back
(otherwise totals would be counted twice or more).  The answer is
``{"elapsedTime", "count", "data": [rows], "error": ""}``; a row's value is ``primaryValue`` in US$
(FOB for exports, CIF for imports).  Rows are checked again on our side for the same codes.

Reporter and partner codes are ISO 3166 numeric codes except where Comtrade uses its own
(Comtrade's Reporters.json: France 251, India 699, Norway 579, Switzerland 757, USA 842,
"Other Asia, nes" 490); see ``COMTRADE_CODES``.

The key is read from COMTRADE_API_KEY, sent only as a header, never put into a URL, a cache key,
a log line, an error or a report.

Terms: UN Comtrade data may be used but not redistributed without the UN's written permission
(Comtrade "Policy on use and re-dissemination"): ``redistributable=False``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from factcheck import http
from factcheck import metrics
from factcheck.model import Coverage, Observation, Period, Provenance, Query, SourceInfo, SourceUnavailable

PREVIEW = "https://comtradeapi.un.org/public/v1/preview/C/{freq}/HS"
KEYED = "https://comtradeapi.un.org/data/v1/get/C/{freq}/HS"
ENV_KEY = "COMTRADE_API_KEY"
KEY_HEADER = "Ocp-Apim-Subscription-Key"
LICENCE = "UN Comtrade terms of use: no redistribution without UN permission"
METRICS = tuple(m.id for m in metrics.all() if m.codes("comtrade"))   # from the metric registry
FLOW = {"X": "exports", "M": "imports"}
#: ISO 3166 alpha-3 -> Comtrade reporter/partner code where it differs from ISO 3166 numeric
COMTRADE_CODES = {"FRA": 251, "IND": 699, "NOR": 579, "CHE": 757, "USA": 842, "TWN": 490}
MAX_PERIODS = 12


@dataclass(frozen=True)
class Request:
    url: str
    params: dict
    keyed: bool


def m49(iso3: str) -> int:
    """Comtrade's numeric code for an ISO 3166 alpha-3 code (ValueError if unknown)."""
    if iso3 == "WLD":
        return 0
    if iso3 in COMTRADE_CODES:
        return COMTRADE_CODES[iso3]
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        raise ValueError(f"no UN M49 code for {iso3!r}")
    return int(c.numeric)


def _periods(query: Query, freq: str) -> list[str]:
    if query.period is None:
        raise ValueError("comtrade needs a period")
    (y1, m1), (y2, m2) = query.period.start_ym, query.period.end_ym
    if freq == "A":
        out = [str(y) for y in range(y1, y2 + 1)]
    else:
        out, y, m = [], y1, m1
        while (y, m) <= (y2, m2):
            out.append(f"{y:04d}{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    if len(out) > MAX_PERIODS:
        raise ValueError(f"comtrade: {len(out)} periods in one query is more than {MAX_PERIODS}")
    return out


def transform_query(query: Query, keyed: bool = False) -> Request:
    """Query -> URL and parameters (pure). ``keyed`` picks the subscription endpoint."""
    freq = query.frequency or "A"
    flows = {"exports": "X", "imports": "M"}.get(query.metric, "X,M")
    params = {
        "reporterCode": m49(query.reporter),
        "partnerCode": m49(query.partner or "WLD"),
        "period": ",".join(_periods(query, freq)),
        "cmdCode": "TOTAL", "flowCode": flows,
        "customsCode": "C00", "motCode": 0, "partner2Code": 0,
        "includeDesc": "true",
    }
    return Request((KEYED if keyed else PREVIEW).format(freq=freq), params, keyed)


def _period_of(row: dict, freq: str) -> Period | None:
    try:
        year = int(row.get("refYear") or str(row.get("period"))[:4])
    except (TypeError, ValueError):
        return None
    if freq == "A":
        return Period.year(year)
    try:
        month = int(row.get("refMonth") or str(row.get("period"))[4:6])
    except (TypeError, ValueError):
        return None
    return Period.months(year, month, year, month) if 1 <= month <= 12 else None


def transform_data(raw: dict, query: Query) -> list[Observation]:
    """``{"body": json, "url": str, "retrieved": str}`` -> observations (pure).

    Keeps rows of the asked reporter, partner and flows with cmdCode TOTAL, customsCode C00,
    motCode 0, partner2Code 0; never sums rows of one flow. Turnover/balance are X and M of the
    same reporter, partner and period.
    """
    body = raw["body"]
    if not isinstance(body, dict) or "data" not in body:
        raise SourceUnavailable("comtrade: unexpected body (no 'data' list)")
    if body.get("error"):
        raise SourceUnavailable(f"comtrade: API error: {str(body['error'])[:160]}")
    rows = body.get("data") or []
    if not isinstance(rows, list):
        raise SourceUnavailable("comtrade: unexpected body ('data' is not a list)")
    freq = query.frequency or "A"
    want_rep, want_par = m49(query.reporter), m49(query.partner or "WLD")
    found: dict[str, dict[str, tuple[float, Period, dict]]] = {"exports": {}, "imports": {}}
    for row in rows:
        if not isinstance(row, dict):
            raise SourceUnavailable("comtrade: unexpected row (not an object)")
        if (row.get("reporterCode") != want_rep or row.get("partnerCode") != want_par
                or str(row.get("cmdCode")) != "TOTAL" or str(row.get("customsCode")) != "C00"
                or int(row.get("motCode", -1)) != 0 or int(row.get("partner2Code", -1)) != 0
                or row.get("flowCode") not in FLOW or row.get("freqCode", freq) != freq):
            continue
        value = row.get("primaryValue")
        if value is None:
            continue
        period = _period_of(row, freq)
        if period is None or not http.within(period, query.period):
            continue
        found[FLOW[row["flowCode"]]][period.start] = (http.finite(float(value), "comtrade"), period, row)

    partner = query.partner or "WLD"

    def prov(rows_: list[dict], note: str | None = None) -> Provenance:
        series = "; ".join(
            f"C/{freq}/HS r{r.get('reporterCode')} p{r.get('partnerCode')} {r.get('flowCode')} TOTAL C00/0/0"
            f" ({r.get('classificationCode', 'HS')})" for r in rows_)
        return Provenance(source="comtrade", dataset="UN Comtrade (final data, HS, all commodities)",
                          series=series, url=http.redact_url(raw["url"]), vintage=None,
                          retrieved=raw.get("retrieved"), licence=LICENCE,
                          publisher="United Nations Statistics Division", note=note)

    out: list[Observation] = []
    if query.metric in ("exports", "imports"):
        for value, period, row in found[query.metric].values():
            out.append(Observation(query.metric, value, "USD", period, query.reporter, partner, freq,
                                   provenance=prov([row], "reported" if row.get("isReported") else "estimated")))
    else:
        op = "+" if query.metric == "trade_turnover" else "-"
        for start, (xv, period, xrow) in found["exports"].items():
            if start not in found["imports"]:
                continue
            mv, _p, mrow = found["imports"][start]
            out.append(Observation(query.metric, xv + mv if op == "+" else xv - mv, "USD", period,
                                   query.reporter, partner, freq,
                                   provenance=prov([xrow, mrow], f"derived: exports (FOB) {op} imports (CIF)")))
    return sorted(out, key=lambda o: o.period)


class ComtradeSource(http.HttpSource):
    info = SourceInfo(
        id="comtrade", name="UN Comtrade API v1 (goods, HS, totals)", licence=LICENCE, network=True,
        url="https://comtradeapi.un.org", redistributable=False,
        coverage=Coverage(metrics=METRICS, frequencies=("A", "M")),
    )

    def __init__(self, session=None, *, api_key: str | None = None):
        super().__init__(session)
        self._api_key = api_key if api_key is not None else (os.environ.get(ENV_KEY) or None)

    def __repr__(self) -> str:  # never show the key
        return f"ComtradeSource(keyed={self._api_key is not None})"

    def can_answer(self, query: Query) -> bool:
        if query.metric not in METRICS or query.period is None or query.frequency not in (None, "A", "M"):
            return False
        try:
            m49(query.reporter)
            m49(query.partner or "WLD")
            _periods(query, query.frequency or "A")
        except ValueError:
            return False
        return query.reporter != "WLD" and query.partner != query.reporter

    def extract_data(self, req: Request) -> dict:
        headers = {KEY_HEADER: self._api_key} if (req.keyed and self._api_key) else {}
        resp = self.client.get(req.url, params=req.params, headers=headers)
        if resp.status_code in (401, 403):
            msg = ""
            try:
                msg = str(http.json_of(resp, "comtrade").get("message", ""))[:160]
            except (SourceUnavailable, AttributeError):
                pass
            if self._api_key:
                msg = msg.replace(self._api_key, "REDACTED")
            raise SourceUnavailable(f"comtrade: access denied (HTTP {resp.status_code}) {msg}".rstrip())
        if resp.status_code != 200:
            raise SourceUnavailable(f"comtrade: HTTP {resp.status_code} from {http.host_path(req.url)}")
        return {"body": http.json_of(resp, "comtrade"), "url": resp.url,
                "retrieved": http.retrieved_at(resp, self.client.settings.now)}

    def fetch(self, query: Query) -> list[Observation]:
        if not self.can_answer(query):
            return []
        req = transform_query(query, keyed=self._api_key is not None)
        try:
            raw = self.extract_data(req)
            with http.schema_guard(self.info.id):
                return transform_data(raw, query)
        except SourceUnavailable as exc:   # an API that echoes the key in its error text must not leak it
            if self._api_key and self._api_key in str(exc):
                raise SourceUnavailable(str(exc).replace(self._api_key, "REDACTED")) from None
            raise

    def check(self) -> str:
        resp = self.client.get("https://comtradeapi.un.org/files/v1/app/reference/Reporters.json",
                               timeout=(3.0, 8.0))
        if resp.status_code != 200:
            raise SourceUnavailable(f"comtrade: HTTP {resp.status_code}")
        return "answers" + (" (with a subscription key)" if self._api_key else " (public preview)")
