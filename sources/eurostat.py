"""Eurostat dissemination API, "statistics" service: JSON-stat 2.0.

Documented URL form (Eurostat, "API - Detailed guidelines - API Statistics"):

    https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/{datasetCode}
        ?format=JSON&lang=EN&{DIMENSION_CODE}={value}&...&sinceTimePeriod=2019&untilTimePeriod=2023

Filters are any dimension of the dataset, in any order; ``sinceTimePeriod``/``untilTimePeriod``
bound the time dimension.  Errors come as ``{"error": [{"status": 400, "id": 150, "label": "..."}]}``
(ids: 100 no results, 140 syntax error, 150 semantic error, 500 server error).

JSON-stat 2.0: ``id`` lists the dimensions in order, ``size`` their lengths, ``dimension[d].category.index``
maps each category code to its position (an object, or a list of codes), and ``value`` is a dense
list or a sparse ``{flat index: number}`` object.  The flat index is row-major:
``index = sum(position[d] * stride[d])`` with ``stride[d] = product(size[d+1:])``.  We decode every
cell back to its category codes with that arithmetic (and check the metadata is consistent).

A dataset is described by a :class:`DatasetSpec` (code, fixed filters, the dimension holding the
country, unit, scale).  ``DATASETS`` holds the built-in ones; more can be passed to the constructor.
Geography: Eurostat uses ISO 3166 alpha-2 codes except EL (Greece) and UK; EU27_2020 for the EU.

Licence: Eurostat data are reusable with attribution (Commission Decision 2011/833/EU; CC BY 4.0).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from factcheck import http
from factcheck.model import Coverage, Observation, Provenance, Query, SourceInfo, SourceUnavailable

BASE = "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data"
LICENCE = "CC BY 4.0 (Eurostat, Commission Decision 2011/833/EU)"
GEO_EXCEPTIONS = {"GRC": "EL", "GBR": "UK", "EU": "EU27_2020", "EMU": "EA20"}


@dataclass(frozen=True)
class DatasetSpec:
    code: str                            # Eurostat dataset code
    filters: Mapping[str, str]           # fixed dimension values, e.g. {"unit": "CP_MEUR", "na_item": "B1GQ"}
    unit: str                            # Observation.unit
    scale: float = 1.0                   # multiply to reach base units (million euro -> 1e6)
    entity_dim: str = "geo"              # the dimension that names the country
    entities: Mapping[str, str] = field(default_factory=dict)  # ISO3 -> code in entity_dim, if not the geo rule
    frequency: str = "A"


DATASETS: dict[str, DatasetSpec] = {
    "gdp": DatasetSpec("nama_10_gdp", {"freq": "A", "unit": "CP_MEUR", "na_item": "B1GQ"}, "EUR", 1e6),
    "gdp_growth": DatasetSpec("nama_10_gdp", {"freq": "A", "unit": "CLV_PCH_PRE", "na_item": "B1GQ"}, "percent"),
    "inflation": DatasetSpec("prc_hicp_aind", {"freq": "A", "unit": "RCH_A_AVG", "coicop": "CP00"}, "percent"),
    "unemployment": DatasetSpec("une_rt_a", {"freq": "A", "age": "Y15-74", "unit": "PC_ACT", "sex": "T"}, "percent"),
    "population": DatasetSpec("demo_pjan", {"freq": "A", "age": "TOTAL", "sex": "T", "unit": "NR"}, "persons"),
}


def geo_code(iso3: str) -> str:
    if iso3 in GEO_EXCEPTIONS:
        return GEO_EXCEPTIONS[iso3]
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        raise ValueError(f"no Eurostat geo code for {iso3!r}")
    return c.alpha_2


def entity_code(spec: DatasetSpec, iso3: str) -> str:
    if spec.entities:
        if iso3 not in spec.entities:
            raise ValueError(f"{spec.code} has no {spec.entity_dim} for {iso3!r}")
        return spec.entities[iso3]
    return geo_code(iso3)


@dataclass(frozen=True)
class Request:
    url: str
    params: dict
    spec: DatasetSpec


def transform_query(query: Query, datasets: Mapping[str, DatasetSpec] = DATASETS) -> Request:
    spec = datasets[query.metric]
    params: dict = {"format": "JSON", "lang": "EN", **spec.filters, spec.entity_dim: entity_code(spec, query.reporter)}
    if query.period is not None:
        params["sinceTimePeriod"] = query.period.start[:4]
        params["untilTimePeriod"] = query.period.end[:4]
    return Request(f"{BASE}/{spec.code}", params, spec)


# ---------------------------------------------------------------------------------- JSON-stat

def _check_error(body) -> None:
    if isinstance(body, dict) and "error" in body:
        errs = body["error"]
        errs = errs if isinstance(errs, list) else [errs]
        parts = [f"{e.get('id', '?')} {e.get('label', '')}".strip() if isinstance(e, dict) else str(e) for e in errs]
        raise SourceUnavailable("eurostat: API error " + "; ".join(parts)[:200])


def decode_jsonstat(body) -> list[tuple[dict[str, str], float]]:
    """A JSON-stat 2.0 dataset -> [({dimension id: category code}, value)], in flat-index order."""
    return [(coords, value) for _flat, coords, value in _cells(body)]


def status_of(body, flat: int) -> str | None:
    """The JSON-stat status flag of a cell (Eurostat: 'p' provisional, 'e' estimated, ...), if any."""
    st = body.get("status") if isinstance(body, dict) else None
    if isinstance(st, dict):
        v = st.get(str(flat))
    elif isinstance(st, list):
        v = st[flat] if 0 <= flat < len(st) else None
    elif isinstance(st, str):
        v = st
    else:
        v = None
    return v if isinstance(v, str) and v.strip() else None


def _cells(body) -> list[tuple[int, dict[str, str], float]]:
    _check_error(body)
    if not isinstance(body, dict) or body.get("class") != "dataset":
        raise SourceUnavailable("eurostat: not a JSON-stat 2.0 dataset")
    ids, sizes, dims = body.get("id"), body.get("size"), body.get("dimension")
    if (not isinstance(ids, list) or not isinstance(sizes, list) or len(ids) != len(sizes)
            or not isinstance(dims, dict) or any(not isinstance(s, int) or s < 0 for s in sizes)):
        raise SourceUnavailable("eurostat: inconsistent JSON-stat 'id'/'size'/'dimension'")
    codes_by_dim: list[list[str]] = []
    for d, size in zip(ids, sizes):
        cat = (dims.get(d) or {}).get("category") or {}
        index = cat.get("index")
        if isinstance(index, list):
            codes = list(index)
        elif isinstance(index, dict):
            codes = [None] * len(index)
            for code, pos in index.items():
                if not isinstance(pos, int) or not 0 <= pos < len(index) or codes[pos] is not None:
                    raise SourceUnavailable(f"eurostat: bad category index in dimension {d!r}")
                codes[pos] = code
        elif index is None and isinstance(cat.get("label"), dict) and len(cat["label"]) == 1:
            codes = list(cat["label"])       # JSON-stat allows omitting index for a single category
        else:
            raise SourceUnavailable(f"eurostat: dimension {d!r} has no category index")
        if len(codes) != size:
            raise SourceUnavailable(f"eurostat: dimension {d!r} has {len(codes)} categories, size says {size}")
        codes_by_dim.append(codes)
    strides = [1] * len(sizes)
    for i in range(len(sizes) - 2, -1, -1):
        strides[i] = strides[i + 1] * sizes[i + 1]
    total = strides[0] * sizes[0] if sizes else 0
    values = body.get("value")
    if isinstance(values, list):
        if len(values) != total:
            raise SourceUnavailable(f"eurostat: {len(values)} values for {total} cells")
        items = [(i, v) for i, v in enumerate(values) if v is not None]
    elif isinstance(values, dict):
        try:
            items = sorted((int(k), v) for k, v in values.items() if v is not None)
        except ValueError:
            raise SourceUnavailable("eurostat: non-integer key in 'value'") from None
    else:
        raise SourceUnavailable("eurostat: no 'value' in the dataset")
    out = []
    for flat, v in items:
        if not 0 <= flat < total:
            raise SourceUnavailable(f"eurostat: value index {flat} outside {total} cells")
        coords, rest = {}, flat
        for d, stride, codes in zip(ids, strides, codes_by_dim):
            pos, rest = divmod(rest, stride)
            coords[d] = codes[pos]
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            raise SourceUnavailable(f"eurostat: non-numeric value at index {flat}")
        out.append((flat, coords, http.finite(float(v), "eurostat")))
    return out


def transform_data(raw: dict, query: Query, spec: DatasetSpec) -> list[Observation]:
    """``{"body": json, "url": str, "retrieved": str}`` -> observations for the query (pure).

    Only cells that match every fixed filter and the query's country are kept (whatever else the
    server sent); the time dimension gives the period.
    """
    body = raw["body"]
    cells = _cells(body)
    want = dict(spec.filters)
    want[spec.entity_dim] = entity_code(spec, query.reporter)
    time_dim = "time" if "time" in body["id"] else body["id"][-1]
    out = []
    for flat, coords, value in cells:
        if any(coords.get(d, v) != v for d, v in want.items()):
            continue
        parsed = http.parse_period(coords[time_dim])
        if parsed is None:
            continue
        period, freq = parsed
        if not http.within(period, query.period):
            continue
        series = ".".join(f"{d}={coords[d]}" for d in body["id"] if d != time_dim)
        flag = status_of(body, flat)
        out.append(Observation(
            metric=query.metric, value=value * spec.scale, unit=spec.unit, period=period,
            reporter=query.reporter, partner=None, frequency=freq, preliminary=flag == "p",
            provenance=Provenance(source="eurostat", dataset=f"Eurostat {spec.code}: {body.get('label', '')}".strip(),
                                  series=series, url=http.redact_url(raw["url"]), vintage=body.get("updated"),
                                  retrieved=raw.get("retrieved"), licence=LICENCE, publisher="Eurostat",
                                  note=f"status flag {flag!r}" if flag else None),
        ))
    return sorted(out, key=lambda o: o.period)


class EurostatSource(http.HttpSource):
    info = SourceInfo(
        id="eurostat", name="Eurostat dissemination API (JSON-stat 2.0)", licence=LICENCE, network=True,
        url="https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0", redistributable=True,
        coverage=Coverage(metrics=tuple(DATASETS), frequencies=("A",)),
    )

    def __init__(self, session=None, *, datasets: Mapping[str, DatasetSpec] | None = None):
        super().__init__(session)
        self.datasets = dict(DATASETS if datasets is None else datasets)

    def can_answer(self, query: Query) -> bool:
        spec = self.datasets.get(query.metric)
        if spec is None or query.partner is not None or query.frequency not in (None, spec.frequency):
            return False
        try:
            entity_code(spec, query.reporter)
        except ValueError:
            return False
        return True

    def extract_data(self, req: Request) -> dict:
        resp = self.client.get(req.url, params=req.params)
        if resp.status_code != 200:
            body = http.json_or_none(resp, "eurostat")
            _check_error(body)
            raise SourceUnavailable(f"eurostat: HTTP {resp.status_code} from {http.host_path(req.url)}")
        return {"body": http.json_of(resp, "eurostat"), "url": resp.url,
                "retrieved": http.retrieved_at(resp, self.client.settings.now)}

    def fetch(self, query: Query) -> list[Observation]:
        if not self.can_answer(query):
            return []
        req = transform_query(query, self.datasets)
        raw = self.extract_data(req)
        with http.schema_guard(self.info.id):
            return transform_data(raw, query, req.spec)

    def check(self) -> str:
        resp = self.client.get(f"{BASE}/nama_10_gdp", params={"format": "JSON", "lang": "EN", "geo": "DE",
                                                               "unit": "CP_MEUR", "na_item": "B1GQ",
                                                               "lastTimePeriod": 1}, timeout=(3.0, 8.0))
        if resp.status_code != 200:
            raise SourceUnavailable(f"eurostat: HTTP {resp.status_code}")
        return "answers"
