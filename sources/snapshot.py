"""The embedded offline snapshot: real published figures shipped inside the package as one SQLite file.

Built by ``scripts/build_snapshot.py`` from ``fixtures/snapshot/`` (provenance: ``fixtures/snapshot/PROVENANCE.md``).
Opened lazily, read-only, on the first lookup.

    from factcheck.model import Query, Period
    from sources.snapshot import SnapshotSource
    snap = SnapshotSource()
    snap.fetch(Query("imports", "KGZ", "BLR", Period.year(2023)))     # Kyrgyz-reported, USD, preliminary
    snap.fetch(Query("trade_turnover", "KGZ", "BLR", Period.year(2022)))
    snap.exchange_rate("KGS", 2023)                                     # WDI PA.NUS.FCRF, KGS per USD
    snap.periods_available("exports", "ARM", "BLR")

Conventions: ``reporter`` is the country whose statistics a figure is (mirror flows reported by both
partners are both kept); ``partner=None`` means all partners (or a non-bilateral indicator); values are in
base units (USD or EUR, not thousands; percent; persons); every observation carries its table id and vintage.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from factcheck.model import Coverage, Observation, Period, Provenance, Query, SourceInfo, SourceUnavailable

TRADE_METRICS = ("exports", "imports", "imports_consignment", "trade_turnover")


def _metrics() -> tuple[str, ...]:
    """Every metric the snapshot answers: the registry's metrics with snapshot series, plus the Kyrgyz cross rates."""
    from factcheck import metrics
    own = tuple(m.id for m in metrics.all() if m.codes("snapshot"))
    return own + tuple(f"{m}:{c}" for m in ("exchange_rate", "exchange_rate_eop") for c in ("EUR", "RUB", "KZT", "UZS"))


METRICS = _metrics()

#: datasets with one vintage: the release name and date their observations carry
_SINGLE_RELEASES = {"wdi_csv": ("WDI 2026-07", "2026-07-13"), "wdi_api": ("WDI 2026-02", "2026-02-24"),
                    "wdi_more": ("WDI 2026-07", "2026-07-01"), "wdi_more_2605": ("WDI 2026-05", "2026-05-01"),
                    "wdi_more_2512": ("WDI 2025-12", "2025-12-17")}

WB_ATTRIBUTION = "The World Bank: World Development Indicators (CC BY 4.0)"

#: where several countries share a currency, the one whose WDI exchange rate stands for it
CURRENCY_COUNTRY = {"USD": "USA", "EUR": "DEU", "GBP": "GBR", "CHF": "CHE", "AUD": "AUS", "NZD": "NZL",
                    "DKK": "DNK", "NOK": "NOR", "INR": "IND", "ZAR": "ZAF", "XOF": "SEN", "XAF": "CMR",
                    "XCD": "LCA", "ILS": "ISR", "MAD": "MAR", "ANG": "CUW", "RUB": "RUS", "XPF": "PYF"}

LICENCE = ("IMF WEO: IMF terms for Data, redistribution with attribution; "
           "World Bank WDI and Eurostat: CC BY 4.0; datasets/gdp, datasets/population, datasets/country-codes: "
           "ODC-PDDL; national statistics (NSC KG, BNS KZ, UZ stat, Rosstat/FCS, Armstat): attribution required")


def _data_path() -> Path:
    from importlib.resources import files
    return Path(str(files("sources") / "data" / "snapshot.sqlite"))


class _Db:
    """The open database plus its small dictionary tables, read once."""

    def __init__(self, path: Path):
        import sqlite3     # lazy: keeps 'factcheck sources' and the CLI cold start lean

        if not path.is_file():
            raise SourceUnavailable(f"snapshot database not found: {path}")
        try:
            con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True,
                                  check_same_thread=False)
            self.place_id: dict[str, int] = {}
            self.places: dict[int, tuple] = {}
            for row in con.execute("SELECT id, code, iso2, m49, name_en, name_ru, kind, currency FROM place"):
                self.places[row[0]] = row
                self.place_id[row[1]] = row[0]
            self.datasets = {r[0]: r for r in con.execute(
                "SELECT id, key, code, title, publisher, licence, url, vintage, attribution FROM dataset")}
            self.series: dict[str, list[tuple]] = {}
            for r in con.execute("SELECT id, dataset_id, metric, code, unit, scale, freq, family, note "
                                 "FROM series ORDER BY id"):
                self.series.setdefault(r[2], []).append(r)
            #: release id -> (id, dataset_id, name, released); in date order
            self.releases: dict[int, tuple] = {r[0]: r for r in con.execute(
                "SELECT id, dataset_id, name, released FROM release ORDER BY id")}
            self.release_id = {r[2]: r[0] for r in self.releases.values()}
            self.release_datasets = {r[1] for r in self.releases.values()}
        except sqlite3.Error as exc:
            raise SourceUnavailable(f"snapshot database unreadable: {exc}") from exc
        self.con = con
        self.lock = threading.Lock()
        self._prov: dict[int, Provenance] = {}

    def provenance(self, s: tuple) -> Provenance:
        p = self._prov.get(s[0])
        if p is None:
            d = self.datasets[s[1]]
            note = "; ".join(x for x in (s[8], f"attribution: {d[8]}" if d[8] else None) if x)
            p = Provenance(source="snapshot", dataset=d[2], series=s[3], url=d[6], vintage=d[7],
                           licence=d[5], publisher=d[4], note=note or None)
            self._prov[s[0]] = p
        return p

    def release_provenance(self, s: tuple, rel: int, first: int) -> Provenance:
        p = self._prov.get((s[0], rel, first))
        if p is None:
            d, r = self.datasets[s[1]], self.releases[rel]
            y, m = r[2].split()[-1].split("-")
            month = ("January February March April May June July August September October November "
                     "December").split()[int(m) - 1]
            attribution = f"Source: IMF, World Economic Outlook database, {month} {y}"
            since = (f"; the same figure since {self.releases[first][2]} (released {self.releases[first][3]})"
                     if first < rel else "")
            p = Provenance(source="snapshot", dataset=d[2], series=s[3], url=d[6], vintage=r[2].split()[-1],
                           licence=d[5], publisher=d[4], note=f"{s[8]}; {r[2]} released {r[3]}{since}; {attribution}")
            self._prov[(s[0], rel, first)] = p
        return p

    def release_rows(self, series_id: int, reporter: int, lo: int, hi: int, rel_lo: int, rel_hi: int) -> list[tuple]:
        """(period, first_release, last_release, value) runs that overlap the releases rel_lo..rel_hi."""
        with self.lock:
            return self.con.execute(
                "SELECT period, first_release, last_release, value FROM robs WHERE series_id=? AND reporter_id=? "
                "AND period BETWEEN ? AND ? AND first_release <= ? AND last_release >= ?",
                (series_id, reporter, lo, hi, rel_hi, rel_lo)).fetchall()

    def last_actual(self, series_id: int, reporter: int) -> list[tuple]:
        with self.lock:
            return self.con.execute(
                "SELECT first_release, last_release, year FROM lastactual WHERE series_id=? AND reporter_id=?",
                (series_id, reporter)).fetchall()

    def rows(self, series_id: int, reporter: int, partner: int, lo: int, hi: int) -> list[tuple]:
        with self.lock:
            return self.con.execute(
                "SELECT period, value, prelim FROM obs WHERE series_id=? AND reporter_id=? AND partner_id=? "
                "AND period BETWEEN ? AND ?", (series_id, reporter, partner, lo, hi)).fetchall()


@lru_cache(maxsize=4)
def _open(path: str | None = None) -> _Db:
    return _Db(Path(path) if path else _data_path())


def _bounds(period: Period | None, freq: str) -> tuple[int, int] | None:
    """The stored period keys that lie inside a query period (annual: only whole years inside it)."""
    if period is None:
        return (0, 999999)
    (y1, m1), (y2, m2) = period.start_ym, period.end_ym
    if freq == "M":
        return (y1 * 100 + m1, y2 * 100 + m2)
    lo, hi = (y1 if m1 == 1 else y1 + 1), (y2 if m2 == 12 else y2 - 1)
    return (lo * 100, hi * 100) if lo <= hi else None


def _period(key: int) -> tuple[Period, str]:
    y, m = divmod(key, 100)
    return (Period.year(y), "A") if m == 0 else (Period.months(y, m, y, m), "M")


class SnapshotSource:
    info = SourceInfo(
        id="snapshot",
        name="Embedded snapshot: IMF WEO (14 releases), World Bank WDI, Eurostat Comext, national trade statistics "
             "of KG, KZ, UZ, RU, AM",
        licence=LICENCE,
        network=False,
        url=None,
        coverage=Coverage(metrics=METRICS, frequencies=("A", "M"), years=(1960, 2030)),
        redistributable=True,
    )

    def __init__(self, path: str | Path | None = None):
        self._path = str(path) if path else None

    @property
    def _db(self) -> _Db:
        return _open(self._path)

    # ------------------------------------------------------------------ protocol

    def can_answer(self, query: Query) -> bool:
        if query.metric not in METRICS or query.frequency not in (None, "A", "M"):
            return False
        try:
            db = self._db
        except SourceUnavailable:
            return False
        return query.reporter.upper() in db.place_id and (query.partner is None or query.partner.upper() in db.place_id)

    def fetch(self, query: Query) -> list[Observation]:
        """Every stored observation for the metric, reporter and partner inside the query period.

        Annual figures are returned only for whole years inside the period; monthly ones for every month inside
        it (the caller sums them). ``trade_turnover`` is the publisher's own figure where one is printed
        (Kazakhstan), else exports + imports of the same reporter, partner, period and publication.

        Datasets with several releases (IMF WEO) give one observation per period: from ``query.release`` if
        named ('WEO 2023-10'), else from the latest release published on or before ``query.as_of`` that has the
        figure, else from the latest release. Each carries ``status`` (``actual``; ``estimate`` for a year
        after the release's last actual year but before the release year; ``projection`` from the release
        year on), ``release`` and ``released``. ``as_of`` does not hide single-vintage datasets (WDI, national
        tables): their observations say their own release date. ``query.publisher`` ('IMF', 'World Bank')
        keeps only that publisher's figures."""
        db = self._db
        rep = db.place_id.get(query.reporter.upper())
        par = 0 if query.partner is None else db.place_id.get(query.partner.upper())
        if rep is None or par is None:
            return []
        if query.metric == "trade_turnover":
            return self._turnover(db, query, rep, par)
        if query.metric == "remittances_gdp":
            return self._remittances_gdp(query) if par == 0 else []
        out = []
        for s in db.series.get(query.metric, ()):
            if query.publisher and db.datasets[s[1]][4].casefold() != query.publisher.casefold():
                continue
            if s[1] in db.release_datasets:
                if par == 0:
                    out.extend(self._fetch_releases(db, s, query, rep))
            elif query.release is None or query.release == _SINGLE_RELEASES.get(db.datasets[s[1]][1], ("",))[0]:
                out.extend(self._fetch_series(db, s, query, rep, par))
        return out

    # ------------------------------------------------------------------ what is inside

    def datasets(self) -> list[dict]:
        """Every dataset in the snapshot: publisher, table, licence, attribution, releases and coverage."""
        db = self._db
        with db.lock:
            cov = {r[0]: r[1:] for r in db.con.execute(
                "SELECT dataset_id, metrics, reporters, first_year, last_year FROM coverage")}
        out = []
        for d in db.datasets.values():
            rels = [r for r in db.releases.values() if r[1] == d[0]]
            single = _SINGLE_RELEASES.get(d[1])
            metrics, reporters, y1, y2 = cov.get(d[0], ("", 0, None, None))
            out.append({
                "code": d[2], "title": d[3], "publisher": d[4], "licence": d[5], "url": d[6],
                "attribution": d[8],
                "releases": [f"{r[2]} ({r[3]})" for r in rels] or ([f"{single[0]} ({single[1]})"] if single else []),
                "vintage": d[7], "metrics": metrics, "reporters": reporters,
                "years": f"{y1}-{y2}" if y1 is not None else None})
        return out

    # ------------------------------------------------------------------ helpers for the verifier

    def periods_available(self, metric: str, reporter: str, partner: str | None = None) -> list[Period]:
        """Every period with a figure for this metric, reporter and partner, sorted (for 'nearest period' context)."""
        q = Query(metric, reporter, partner, None, None)
        return sorted({o.period for o in self.fetch(q)})

    def exchange_rate(self, currency: str, year: int) -> Observation | None:
        """Official exchange rate, ``currency`` per US dollar, annual average (WDI PA.NUS.FCRF), or None."""
        currency = currency.upper()
        db = self._db
        code = CURRENCY_COUNTRY.get(currency)
        if code is None:
            code = next((p[1] for p in sorted(db.places.values(), key=lambda p: p[1])
                         if p[7] == currency and p[6] == "country"), None)
        if code is None:
            return None
        for o in self.fetch(Query("exchange_rate", code, None, Period.year(year), "A")):
            if o.provenance and o.provenance.series == "PA.NUS.FCRF":
                from dataclasses import replace
                note = f"PA.NUS.FCRF of {code}: official exchange rate, {currency} per USD, period average"
                return replace(o, unit=f"{currency}/USD", provenance=replace(o.provenance, note=note))
        return None

    # ------------------------------------------------------------------ internals

    def _fetch_series(self, db: _Db, s: tuple, query: Query, rep: int, par: int) -> list[Observation]:
        freq = s[6]
        if query.frequency and query.frequency != freq:
            return []
        bounds = _bounds(query.period, freq)
        if bounds is None:
            return []
        prov = db.provenance(s)
        release, released = _SINGLE_RELEASES.get(db.datasets[s[1]][1], (None, None))
        out = []
        for key, value, prelim in db.rows(s[0], rep, par, *bounds):
            period, f = _period(key)
            out.append(Observation(metric=s[2], value=value, unit=s[4], period=period,
                                   reporter=query.reporter.upper(),
                                   partner=None if par == 0 else db.places[par][1],
                                   frequency=f, preliminary=bool(prelim), provenance=prov,
                                   release=release, released=released))
        return out

    def _fetch_releases(self, db: _Db, s: tuple, query: Query, rep: int) -> list[Observation]:
        if query.frequency and query.frequency != s[6]:
            return []
        bounds = _bounds(query.period, s[6])
        if bounds is None:
            return []
        rels = [r for r in db.releases.values() if r[1] == s[1]]
        if query.release is not None:
            rid = db.release_id.get(query.release)
            rels = [r for r in rels if r[0] == rid]
        if query.as_of is not None:
            day = query.as_of.isoformat()
            rels = [r for r in rels if r[3] <= day]
        if not rels:
            return []
        lo_rel, hi_rel = rels[0][0], rels[-1][0]
        best: dict[int, tuple] = {}
        for period, first, last, milli in db.release_rows(s[0], rep, *bounds, lo_rel, hi_rel):
            rel = min(last, hi_rel)     # the latest wanted release that has this value
            if period not in best or rel > best[period][0]:
                best[period] = (rel, milli, max(first, lo_rel))
        if not best:
            return []
        lad = db.last_actual(s[0], rep)
        code = db.places[rep][1]
        out = []
        for period, (rel, milli, first) in sorted(best.items()):
            year = period // 100
            r = db.releases[rel]
            release_year = int(r[2].split()[-1][:4])
            last_actual = next((y for a, z, y in lad if a <= rel <= z), None)
            if year >= release_year:
                status = "projection"
            elif (last_actual is not None and year > last_actual) or (last_actual is None and year == release_year - 1):
                status = "estimate"
            else:
                status = "actual"
            value = milli / 1000 if s[5] == 1.0 else round(milli / 1000 * s[5], 4)
            out.append(Observation(metric=s[2], value=value, unit=s[4], period=Period.year(year), reporter=code,
                                   frequency="A", provenance=db.release_provenance(s, rel, first),
                                   status=status, release=r[2], released=r[3]))
        return out

    def _remittances_gdp(self, query: Query) -> list[Observation]:
        """Remittances as % of GDP: BX.TRF.PWKR.CD.DT / NY.GDP.MKTP.CD of the same WDI release and year,
        computed here (WDI publishes no such series); the provenance note says so and shows the division."""
        from dataclasses import replace

        base = replace(query, metric="remittances", publisher="World Bank")
        gdp = {(o.release, o.period): o for o in self.fetch(replace(base, metric="gdp"))
               if o.release and o.provenance and o.provenance.series == "NY.GDP.MKTP.CD"}
        out = []
        for r in self.fetch(base):
            g = gdp.get((r.release, r.period))
            if g is None or not g.value or r.provenance is None:
                continue
            share = r.value / g.value * 100
            prov = replace(r.provenance, series="BX.TRF.PWKR.CD.DT / NY.GDP.MKTP.CD", note=(
                f"derived by factcheck: personal remittances received {_fmt(r.value)} USD / GDP {_fmt(g.value)} USD "
                f"x 100 = {share:.4g}% (both {r.release}); attribution: {WB_ATTRIBUTION}"))
            out.append(replace(r, metric="remittances_gdp", value=share, unit="percent", provenance=prov))
        return out

    def _turnover(self, db: _Db, query: Query, rep: int, par: int) -> list[Observation]:
        out = self._fetch_turnover_published(db, query, rep, par)
        published = {s[7] for s in db.series.get("trade_turnover", ())}
        flows: dict[tuple, dict[str, Observation]] = {}
        for metric in ("exports", "imports"):
            for s in db.series.get(metric, ()):
                if s[7] in published:
                    continue
                for o in self._fetch_series(db, s, query, rep, par):
                    flows.setdefault((s[7], o.unit, o.period), {})[metric] = o
        for (_, unit, period), pair in sorted(flows.items(), key=lambda kv: (kv[0][0], kv[0][2])):
            if len(pair) < 2:
                continue
            x, m = pair["exports"], pair["imports"]
            px, pm = x.provenance, m.provenance
            dataset = px.dataset if px.dataset == pm.dataset else f"{px.dataset} + {pm.dataset}"
            prov = Provenance(
                source="snapshot", dataset=dataset, series=f"{px.series} + {pm.series}", url=px.url,
                vintage=px.vintage if px.vintage == pm.vintage else f"{px.vintage} / {pm.vintage}",
                licence=px.licence, publisher=px.publisher,
                note=f"trade turnover = exports + imports ({_fmt(x.value)} + {_fmt(m.value)} {unit}), "
                     f"summed by factcheck; {px.note or ''}".rstrip("; "))
            out.append(Observation(metric="trade_turnover", value=x.value + m.value, unit=unit, period=period,
                                   reporter=x.reporter, partner=x.partner, frequency=x.frequency,
                                   preliminary=x.preliminary or m.preliminary, provenance=prov))
        return out

    def _fetch_turnover_published(self, db: _Db, query: Query, rep: int, par: int) -> list[Observation]:
        return [o for s in db.series.get("trade_turnover", ()) for o in self._fetch_series(db, s, query, rep, par)]


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:g}"


# ---------------------------------------------------------------------- small country API (see sources.countries)

def place_row(code: str | int) -> tuple | None:
    """(id, code, iso2, m49, name_en, name_ru, kind, currency) for an ISO3, ISO2, M49 or grouping code."""
    db = _open(None)
    if isinstance(code, int) or (isinstance(code, str) and code.strip().isdigit()):
        n = int(code)
        return next((p for p in db.places.values() if p[3] == n), None)
    c = str(code).strip().upper()
    pid = db.place_id.get(c)
    if pid is not None:
        return db.places[pid]
    if len(c) == 2:
        return next((p for p in db.places.values() if p[2] == c), None)
    return None
