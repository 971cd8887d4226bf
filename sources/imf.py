"""IMF International Merchandise Trade Statistics (IMTS) through api.imf.org (SDMX 3.0).

The old SDMX_JSON service (dataservices.imf.org) was switched off in 2025. The IMF Data API
(https://data.imf.org/en/Resource-Pages/IMF-API, SDMX 3.0 REST) serves data as

    https://api.imf.org/external/sdmx/3.0/data/dataflow/{agency}/{dataflow}/{version}/{key}
        ?c[TIME_PERIOD]=ge:{start}+le:{end}&dimensionAtObservation=TIME_PERIOD&detail=full

with ``agency`` IMF.STA, ``dataflow`` IMTS, ``version`` ``+`` (the latest) and the key
COUNTRY.INDICATOR.COUNTERPART_COUNTRY.FREQUENCY; ``+`` joins several codes inside one key position.
Indicators used: XG_FOB_USD (goods exports, FOB, US$) and MG_CIF_USD (goods imports, CIF, US$).
Frequencies A, Q, M.  The request form is the one OpenBB's IMF provider recorded on 2025-12-16.

Aggregates are never summed.  COUNTERPART_COUNTRY codes of the form ``G`` + digits (G001 world,
G998 ...) are groups: a world total is asked for (and kept) only when the query's partner is None
or WLD; a partner query asks for, and keeps, that partner's own series only.  ``trade_turnover``
(and ``trade_balance``) are derived per period from the exports and imports series of the same
pair, and only where both exist; the provenance says so.

OBS_VALUE is in US dollars; the SCALE attribute (e.g. "6") is a display hint, not a multiplier
(USA exports to G001 in 2023: OBS_VALUE 2019551635133, i.e. $2.02 trillion).

Why the stdlib and not sdmx1: only StructureSpecificData Series/Obs attributes are needed, which
``xml.etree`` reads in a few lines; sdmx1 brings pydantic, lxml and pandas-sized imports for a
structure model we do not use.  Bodies with a DOCTYPE or ENTITY declaration are refused (no entity
expansion), so a hostile body cannot blow up the parser.

Licence / terms: IMF data, "© International Monetary Fund. All Rights Reserved." (dataset LICENSE
attribute); reuse under the IMF Copyright and Usage terms — not redistributable by this project.
"""
from __future__ import annotations

import calendar
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from factcheck import http
from factcheck import metrics
from factcheck.model import Coverage, Observation, Provenance, Query, SourceInfo, SourceUnavailable

BASE = "https://api.imf.org/external/sdmx/3.0"
AGENCY, DATAFLOW, VERSION = "IMF.STA", "IMTS", "+"
WORLD = "G001"
LICENCE = "IMF terms of use (© IMF, all rights reserved); not redistributable"
#: metric -> IMTS indicators, from the metric registry (series.imf)
INDICATORS = {m.id: m.codes("imf") for m in metrics.all() if m.codes("imf")}
FLOW_OF = {"XG_FOB_USD": "exports", "MG_CIF_USD": "imports"}
GROUPINGS = {"EU", "EAEU", "CIS", "EMU", "EA", "ASEAN", "BRICS", "OECD", "G7", "G20"}


@dataclass(frozen=True)
class Request:
    url: str              # with its query string: the form the server is known to accept
    key: str
    counterpart: str
    frequency: str


def _counterpart(partner: str | None) -> str:
    return WORLD if partner in (None, "WLD") else partner


def transform_query(query: Query) -> Request:
    """Query -> URL (pure). The query string is written out by hand: '[', ']' encoded, '+' literal."""
    if query.metric not in INDICATORS:
        raise ValueError(f"imf has no IMTS indicator for metric {query.metric!r}")
    freq = query.frequency or "A"
    cp = _counterpart(query.partner)
    key = f"{query.reporter}.{'+'.join(INDICATORS[query.metric])}.{cp}.{freq}"
    url = f"{BASE}/data/dataflow/{AGENCY}/{DATAFLOW}/{VERSION}/{key}"
    qs = []
    if query.period is not None:
        (y1, m1), (y2, m2) = query.period.start_ym, query.period.end_ym
        last = calendar.monthrange(y2, m2)[1]
        qs.append(f"c%5BTIME_PERIOD%5D=ge:{y1:04d}-{m1:02d}-01+le:{y2:04d}-{m2:02d}-{last:02d}")
    qs += ["dimensionAtObservation=TIME_PERIOD", "detail=full", "includeHistory=false"]
    return Request(url + "?" + "&".join(qs), key, cp, freq)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_sdmx(body: bytes) -> tuple[dict, list[tuple[dict, list[dict]]]]:
    """SDMX-ML (3.0 or 2.1) StructureSpecificData -> (header, [(series attributes, [obs attributes])])."""
    head = body[:2048].lstrip()
    if b"<!DOCTYPE" in body[:4096] or b"<!ENTITY" in body[:4096]:
        raise SourceUnavailable("imf: refused a body with a DOCTYPE/ENTITY declaration")
    if not head.startswith(b"<"):
        raise SourceUnavailable("imf: malformed body (not XML)")
    try:
        root = ET.fromstring(body)
    except (ET.ParseError, LookupError, ValueError) as exc:  # LookupError: an unknown declared encoding
        raise SourceUnavailable(f"imf: malformed XML ({(str(exc).splitlines() or [type(exc).__name__])[0]})") from None
    if _local(root.tag) not in ("StructureSpecificData", "StructureSpecificTimeSeriesData", "GenericData"):
        if _local(root.tag) == "Error":
            text = " ".join(t.strip() for t in root.itertext() if t.strip())[:160]
            raise SourceUnavailable(f"imf: SDMX error message: {text}")
        raise SourceUnavailable(f"imf: unexpected SDMX message <{_local(root.tag)}>")
    header = {}
    for el in root.iter():
        name = _local(el.tag)
        if name in ("Prepared", "ID") and el.text and name not in header:
            header[name] = el.text.strip()
    series = []
    for el in root.iter():
        if _local(el.tag) == "Series":
            obs = [dict(o.attrib) for o in el if _local(o.tag) == "Obs"]
            series.append(({_local(k): v for k, v in el.attrib.items()}, obs))
    return header, series


def transform_data(raw: dict, query: Query) -> list[Observation]:
    """``{"body": bytes, "url": str, "retrieved": str}`` -> observations (pure).

    Keeps only the series the query asked for (its reporter, the counterpart it names, the frequency);
    never adds series together. Derived metrics combine exports and imports of one pair and period.
    """
    header, series = parse_sdmx(raw["body"])
    want_cp = _counterpart(query.partner)
    freq = query.frequency or "A"
    flows: dict[str, dict[str, tuple[float, object, str]]] = {"exports": {}, "imports": {}}
    for attrs, obs_list in series:
        ind = attrs.get("INDICATOR")
        if ind not in FLOW_OF or ind not in INDICATORS[query.metric]:
            continue
        if attrs.get("COUNTRY") != query.reporter or attrs.get("COUNTERPART_COUNTRY") != want_cp:
            continue          # another pair or an aggregate we did not ask for: never summed in
        if attrs.get("FREQUENCY", freq) != freq:
            continue
        sid = f"{AGENCY}:{DATAFLOW}/{attrs.get('COUNTRY')}.{ind}.{attrs.get('COUNTERPART_COUNTRY')}.{attrs.get('FREQUENCY')}"
        for o in obs_list:
            raw_value = o.get("OBS_VALUE")
            if raw_value in (None, "", "NaN"):
                continue
            parsed = http.parse_period(o.get("TIME_PERIOD", ""))
            if parsed is None or parsed[1] != freq:
                continue
            period = parsed[0]
            if not http.within(period, query.period):
                continue
            try:
                value = http.finite(float(raw_value), "imf")
            except ValueError:
                raise SourceUnavailable(f"imf: non-numeric OBS_VALUE {raw_value!r}") from None
            flows[FLOW_OF[ind]][period.start] = (value, period, sid)

    def prov(series_id: str, note: str | None = None) -> Provenance:
        return Provenance(source="imf", dataset="IMF IMTS (International Merchandise Trade Statistics)",
                          series=series_id, url=raw["url"], vintage=None, retrieved=raw.get("retrieved"),
                          licence=LICENCE, publisher="International Monetary Fund",
                          note=note or (f"SDMX message prepared {header['Prepared']}" if "Prepared" in header else None))

    partner = None if query.partner in (None, "WLD") else query.partner
    world = "WLD" if query.partner in (None, "WLD") else partner
    out: list[Observation] = []
    if query.metric in ("exports", "imports"):
        for value, period, sid in flows[query.metric].values():
            out.append(Observation(query.metric, value, "USD", period, query.reporter, world, freq,
                                   provenance=prov(sid)))
    else:
        for start, (xv, period, xsid) in sorted(flows["exports"].items()):
            if start not in flows["imports"]:
                continue
            mv, _p, msid = flows["imports"][start]
            value = xv + mv if query.metric == "trade_turnover" else xv - mv
            op = "+" if query.metric == "trade_turnover" else "-"
            out.append(Observation(query.metric, value, "USD", period, query.reporter, world, freq,
                                   provenance=prov(f"{xsid} {op} {msid}",
                                                   note=f"derived: exports (FOB) {op} imports (CIF) of the same pair and period")))
    return sorted(out, key=lambda o: o.period)


class IMFSource(http.HttpSource):
    info = SourceInfo(
        id="imf", name="IMF IMTS via api.imf.org (SDMX 3.0)", licence=LICENCE, network=True,
        url="https://api.imf.org/external/sdmx/3.0", redistributable=False,
        coverage=Coverage(metrics=tuple(INDICATORS), frequencies=("A", "Q", "M")),
    )

    def can_answer(self, query: Query) -> bool:
        def iso3(c):
            return isinstance(c, str) and len(c) == 3 and c.isalpha() and c.isupper()
        return (query.metric in INDICATORS and iso3(query.reporter) and query.reporter != "WLD"
                and (query.partner is None or (iso3(query.partner) and query.partner not in GROUPINGS))
                and query.partner != query.reporter and query.frequency in (None, "A", "Q", "M"))

    def extract_data(self, req: Request) -> dict:
        resp = self.client.get(req.url, headers={"Accept": "application/xml"})
        if resp.status_code == 404:
            # SDMX REST: 404 means "no results for this query" -- an answer, not a failure
            return {"body": None, "url": req.url, "retrieved": http.retrieved_at(resp, self.client.settings.now)}
        if resp.status_code != 200:
            raise SourceUnavailable(f"imf: HTTP {resp.status_code} from {http.host_path(req.url)}"
                                    f" {http.error_text(resp)}".rstrip())
        return {"body": resp.content, "url": req.url, "retrieved": http.retrieved_at(resp, self.client.settings.now)}

    def fetch(self, query: Query) -> list[Observation]:
        if not self.can_answer(query):
            return []
        raw = self.extract_data(transform_query(query))
        if raw["body"] is None:
            return []
        with http.schema_guard(self.info.id):
            return transform_data(raw, query)

    def check(self) -> str:
        resp = self.client.get(f"{BASE}/structure/dataflow/{AGENCY}/{DATAFLOW}/+",
                               headers={"Accept": "application/xml"}, timeout=(3.0, 8.0))
        if resp.status_code != 200:
            raise SourceUnavailable(f"imf: HTTP {resp.status_code}")
        return "answers"
