"""DBnomics Web API v22: series by id, here CEPII CHELEM-TRADE-CHEL bilateral goods trade.

Documented URL forms (DBnomics docs, https://docs.db.nomics.world/web-api and the API reference
https://api.db.nomics.world/v22/apidocs):

    https://api.db.nomics.world/v22/series/{provider}/{dataset}/{series_code}?observations=1
    https://api.db.nomics.world/v22/series?series_ids={provider}/{dataset}/{code},...&observations=1
        &format=json&limit={n}&offset={k}

A response holds ``series = {docs: [...], limit, num_found, offset}``; the adapter pages with
``offset``/``limit`` until it has ``num_found`` docs (at most ``max_series``).  Each doc has
``period[]``, ``value[]`` (``"NA"`` for missing), ``dimensions``, ``series_code``, ``indexed_at``.

CHELEM-TRADE-CHEL (dimension order exporter, importer, secgroup, product) gives goods flows in
millions of current US$ since 1967, harmonised so that exports of A to B equal imports of B from A;
country codes are ISO 3166 alpha-3 plus CHELEM zones (WLD world, CEI CIS, ...).  The total of all
products is secgroup CAT, product CAT_TT, i.e. series code ``{exporter}.{importer}.CAT.TT``.

Terms: data © CEPII, CHELEM is a subscription database; DBnomics redistributes under the provider's
terms (http://www.cepii.fr/CEPII/fr/mentions_legales.asp) — not redistributable by this project.
"""
from __future__ import annotations

from dataclasses import dataclass

from factcheck import http
from factcheck import metrics
from factcheck.model import Coverage, Observation, Provenance, Query, SourceInfo, SourceUnavailable

BASE = "https://api.db.nomics.world/v22"
PROVIDER, DATASET = "CEPII", "CHELEM-TRADE-CHEL"
LICENCE = "CEPII terms (via DBnomics); not redistributable"
METRICS = tuple(m.id for m in metrics.all() if m.codes("dbnomics"))   # from the metric registry
PAGE = 1000
MAX_SERIES = 5000
#: CHELEM zone codes that are not countries; they may stand for the world only
ZONES_WORLD = {"WLD"}


@dataclass(frozen=True)
class Request:
    series_ids: tuple[str, ...]


def series_id(exporter: str, importer: str) -> str:
    return f"{PROVIDER}/{DATASET}/{exporter}.{importer}.CAT.TT"


def transform_query(query: Query) -> Request:
    """Query -> the DBnomics series ids to ask for (pure)."""
    if query.metric not in METRICS:
        raise ValueError(f"dbnomics has no series for metric {query.metric!r}")
    rep, par = query.reporter, query.partner or "WLD"
    ids = []
    if query.metric in ("exports", "trade_turnover", "trade_balance"):
        ids.append(series_id(rep, par))
    if query.metric in ("imports", "trade_turnover", "trade_balance"):
        ids.append(series_id(par, rep))
    return Request(tuple(ids))


def page_params(ids, offset: int, limit: int) -> dict:
    return {"series_ids": ",".join(ids), "observations": 1, "format": "json", "offset": offset, "limit": limit}


def docs_of(body) -> tuple[list[dict], int]:
    """(docs, num_found) of one response, or SourceUnavailable for an error or a changed schema."""
    if not isinstance(body, dict):
        raise SourceUnavailable("dbnomics: unexpected body (not an object)")
    errors = body.get("errors")
    series = body.get("series")
    if errors and not (isinstance(series, dict) and series.get("docs")):
        first = errors[0] if isinstance(errors, list) and errors else errors
        msg = first.get("message", first) if isinstance(first, dict) else first
        raise SourceUnavailable(f"dbnomics: API error: {str(msg)[:160]}")
    if not isinstance(series, dict) or not isinstance(series.get("docs"), list):
        if "message" in body:
            raise SourceUnavailable(f"dbnomics: API error: {str(body['message'])[:160]}")
        raise SourceUnavailable("dbnomics: unexpected body (no series.docs)")
    try:
        num_found = int(series.get("num_found", len(series["docs"])))
    except (TypeError, ValueError):
        raise SourceUnavailable("dbnomics: unexpected series.num_found") from None
    return series["docs"], num_found


def doc_points(doc: dict):
    """[(Period, frequency, value)] of one doc; 'NA' and null skipped."""
    periods, values = doc.get("period"), doc.get("value")
    if not isinstance(periods, list) or not isinstance(values, list) or len(periods) != len(values):
        raise SourceUnavailable(f"dbnomics: series {doc.get('series_code')!r} has mismatched period/value")
    out = []
    for p, v in zip(periods, values):
        if v is None or v == "NA":
            continue
        parsed = http.parse_period(p)
        if parsed is None:
            continue
        try:
            out.append((parsed[0], parsed[1], http.finite(float(v), "dbnomics")))
        except (TypeError, ValueError):
            raise SourceUnavailable(f"dbnomics: non-numeric value {v!r}") from None
    return out


def _prov(doc: dict, url: str, retrieved: str | None, note: str | None = None) -> Provenance:
    return Provenance(source="dbnomics",
                      dataset=f"{doc.get('provider_code', PROVIDER)}/{doc.get('dataset_code', DATASET)}"
                              + (f": {doc['dataset_name']}" if doc.get("dataset_name") else ""),
                      series=f"{doc.get('provider_code', PROVIDER)}/{doc.get('dataset_code', DATASET)}/{doc.get('series_code')}",
                      url=http.redact_url(url), vintage=doc.get("indexed_at"), retrieved=retrieved,
                      licence=LICENCE, publisher="CEPII (via DBnomics)", note=note)


def chelem_observations(docs: list[dict], url: str, retrieved: str | None = None) -> list[Observation]:
    """Every CHELEM doc as 'exports' from exporter to importer (product totals) or
    'other:exports_<product>' (one product), in US$ (the source's millions times 1e6)."""
    out = []
    for doc in docs:
        dims = doc.get("dimensions") or {}
        exporter, importer, product = dims.get("exporter"), dims.get("importer"), dims.get("product")
        if not (exporter and importer and product):
            raise SourceUnavailable(f"dbnomics: series {doc.get('series_code')!r} lacks CHELEM dimensions")
        metric = "exports" if product == "CAT_TT" else f"other:exports_{product}"
        for period, freq, v in doc_points(doc):
            out.append(Observation(metric, v * 1e6, "USD", period, exporter, importer, freq,
                                   provenance=_prov(doc, url, retrieved, "CHELEM: million current US$ x 1e6")))
    return out


def transform_data(raw: dict, query: Query) -> list[Observation]:
    """``{"docs": [...], "url": str, "retrieved": str}`` -> observations for the query (pure)."""
    by_code = {}
    for doc in raw["docs"]:
        by_code[doc.get("series_code")] = doc
    rep, par = query.reporter, query.partner or "WLD"
    partner = query.partner or "WLD"

    def points(exporter, importer):
        doc = by_code.get(f"{exporter}.{importer}.CAT.TT")
        if doc is None:
            return None, {}
        return doc, {p.start: (p, f, v) for p, f, v in doc_points(doc) if http.within(p, query.period)}

    out = []
    xdoc, xs = points(rep, par)
    mdoc, ms = points(par, rep)
    if query.metric == "exports":
        for p, f, v in xs.values():
            out.append(Observation("exports", v * 1e6, "USD", p, rep, partner, f,
                                   provenance=_prov(xdoc, raw["url"], raw.get("retrieved"))))
    elif query.metric == "imports":
        for p, f, v in ms.values():
            out.append(Observation("imports", v * 1e6, "USD", p, rep, partner, f,
                                   provenance=_prov(mdoc, raw["url"], raw.get("retrieved"),
                                                    "CHELEM harmonised: imports of B from A = exports of A to B")))
    else:
        op = "+" if query.metric == "trade_turnover" else "-"
        for start, (p, f, xv) in xs.items():
            if start not in ms:
                continue
            mv = ms[start][2]
            val = (xv + mv) if op == "+" else (xv - mv)
            out.append(Observation(query.metric, val * 1e6, "USD", p, rep, partner, f,
                                   provenance=_prov(xdoc, raw["url"], raw.get("retrieved"),
                                                    f"derived: {xdoc.get('series_code')} {op} {mdoc.get('series_code')}")))
    return sorted(out, key=lambda o: o.period)


class DBnomicsSource(http.HttpSource):
    info = SourceInfo(
        id="dbnomics", name="DBnomics v22: CEPII CHELEM-TRADE-CHEL", licence=LICENCE, network=True,
        url="https://api.db.nomics.world/v22", redistributable=False,
        coverage=Coverage(metrics=METRICS, frequencies=("A",), years=(1967, 2021)),
    )

    def __init__(self, session=None, *, page_size: int = PAGE, max_series: int = MAX_SERIES):
        super().__init__(session)
        self.page_size = page_size
        self.max_series = max_series

    def can_answer(self, query: Query) -> bool:
        def code(c):
            return isinstance(c, str) and len(c) == 3 and c.isalpha() and c.isupper()
        return (query.metric in METRICS and code(query.reporter) and query.reporter not in ZONES_WORLD
                and (query.partner is None or code(query.partner)) and query.partner != query.reporter
                and query.frequency in (None, "A"))

    def fetch_series(self, ids) -> dict:
        """GET the series by id, paging with offset/limit; returns {"docs", "url", "retrieved"}."""
        ids = list(ids)
        url = f"{BASE}/series"
        docs: list[dict] = []
        offset, first_url, retrieved = 0, None, None
        while True:
            resp = self.client.get(url, params=page_params(ids, offset, self.page_size))
            if resp.status_code != 200:
                body = http.json_or_none(resp, "dbnomics")
                if isinstance(body, dict) and (body.get("message") or body.get("errors")):
                    docs_of(body)  # raises with the API's message
                raise SourceUnavailable(f"dbnomics: HTTP {resp.status_code} from {http.host_path(url)}")
            page, num_found = docs_of(http.json_of(resp, "dbnomics"))
            if first_url is None:
                first_url, retrieved = resp.url, http.retrieved_at(resp, self.client.settings.now)
            if num_found > self.max_series:
                raise SourceUnavailable(f"dbnomics: {num_found} series match, more than {self.max_series}")
            docs.extend(page)
            offset += len(page)
            if not page or offset >= num_found:
                break
        return {"docs": docs, "url": first_url, "retrieved": retrieved}

    def extract_data(self, req: Request) -> dict:
        return self.fetch_series(req.series_ids)

    def fetch(self, query: Query) -> list[Observation]:
        if not self.can_answer(query):
            return []
        raw = self.extract_data(transform_query(query))
        with http.schema_guard(self.info.id):
            return transform_data(raw, query)

    def check(self) -> str:
        resp = self.client.get(f"{BASE}/providers/{PROVIDER}", timeout=(3.0, 8.0))
        if resp.status_code != 200:
            raise SourceUnavailable(f"dbnomics: HTTP {resp.status_code}")
        return "answers"
