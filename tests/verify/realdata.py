"""A small in-memory source holding REAL values copied from ../shared/data (file, table, vintage
beside every number).  Values are stored as published (thousand USD where the table says so) and
converted to base units (USD) on the way out, as the snapshot source does.

It follows the source protocol (factcheck.registry) plus the snapshot's optional methods
``periods_available`` and ``exchange_rate``.  Switching the tests to ``sources.snapshot.SnapshotSource``
is a one-line change of the ``source`` fixture in conftest.py.
"""
from __future__ import annotations

from factcheck.model import Coverage, Observation, Period, Provenance, Query, SourceInfo, SourceUnavailable

# ------------------------------------------------------------------ provenance records
NSC_X = Provenance("memory", "NSC KG 4.03.00.18 geographic distribution of exports", url="https://stat.gov.kg",
                   vintage="2024-11-17", publisher="National Statistical Committee of the Kyrgyz Republic",
                   note="xlsx as committed to mary-lev/eu-export-sanctions aca6dd9 (2024-11-17)")
NSC_M = Provenance("memory", "NSC KG 4.03.00.20 geographic distribution of imports", url="https://stat.gov.kg",
                   vintage="2024-11-17", publisher="National Statistical Committee of the Kyrgyz Republic",
                   note="xlsx as committed to mary-lev/eu-export-sanctions aca6dd9 (2024-11-17)")
BNS = Provenance("memory", "KZ BNS foreign trade by country (kz_bns_trade_by_partner_2018-2023_long.csv)",
                 vintage="2024-07-25", publisher="Bureau of National Statistics of Kazakhstan",
                 note="2022 and 2023 from the file published 25.07.2024")
ARMSTAT = Provenance("memory", "Armstat monthly trade by country (am_armstat_trade_by_country_monthly_2007-2024_kusd.csv)",
                     vintage="2025-02-25", publisher="Armstat", note="imports by country of origin")
WB_API = Provenance("memory", "World Bank API v2 extract (wb_api_v2_2026-02-24_selected_indicators_long_landlinked.csv)",
                    vintage="2026-02-24", publisher="World Bank", licence="CC BY 4.0")
WDI_CSV = Provenance("memory", "WDI per-indicator CSV (WDI_API_*_DS2_en_csv_v2)", vintage="2026-07-13",
                     publisher="World Bank", licence="CC BY 4.0")
DATASETS_GDP = Provenance("memory", "WDI NY.GDP.MKTP.CD via datasets/gdp (datasets_gdp_NY.GDP.MKTP.CD.csv)",
                          series="NY.GDP.MKTP.CD", vintage="datasets/gdp 2024-10-21", licence="ODC-PDDL")
NSC_FX = Provenance("memory", "NSC KG 4.02.00.01 nominal exchange rates (kg_nsc_exchange_rates_1993-2023_long.csv)",
                    series="US $, Average for period", vintage="2024-11-20", publisher="NSC KR / National Bank KR")

# ------------------------------------------------------------------ annual bilateral trade, thousand USD
# (reporter, partner, flow, year): (value in thousand USD, preliminary, provenance)
TRADE_KUSD = {
    # nsc_kg_trade_with_belarus_1994_2023_extract.csv (tables 4.03.00.18 / 4.03.00.20); 2023 imports preliminary
    ("KGZ", "BLR", "exports", 2019): (13135.342, False, NSC_X),
    ("KGZ", "BLR", "exports", 2020): (10710.819, False, NSC_X),
    ("KGZ", "BLR", "exports", 2021): (15847.106, False, NSC_X),
    ("KGZ", "BLR", "exports", 2022): (24395.637, False, NSC_X),
    ("KGZ", "BLR", "exports", 2023): (33965.798, False, NSC_X),
    ("KGZ", "BLR", "imports", 2019): (46478.144, False, NSC_M),
    ("KGZ", "BLR", "imports", 2020): (37067.859, False, NSC_M),
    ("KGZ", "BLR", "imports", 2021): (58163.51, False, NSC_M),
    ("KGZ", "BLR", "imports", 2022): (86956.716, False, NSC_M),
    ("KGZ", "BLR", "imports", 2023): (76170.221, True, NSC_M),
    # nsc_kg_4.03.00.18 / 4.03.00.20 xlsx, row Казахстан / Kazakhstan
    ("KGZ", "KAZ", "exports", 2021): (382191.799, False, NSC_X),
    ("KGZ", "KAZ", "exports", 2022): (410888.086, False, NSC_X),
    ("KGZ", "KAZ", "exports", 2023): (449009.325, False, NSC_X),
    ("KGZ", "KAZ", "imports", 2021): (661839.422, False, NSC_M),
    ("KGZ", "KAZ", "imports", 2022): (770215.582, False, NSC_M),
    ("KGZ", "KAZ", "imports", 2023): (862182.567, True, NSC_M),
    # same xlsx, row Россия / Russia
    ("KGZ", "RUS", "exports", 2021): (393340.098, False, NSC_X),
    ("KGZ", "RUS", "exports", 2022): (1069691.913, False, NSC_X),
    ("KGZ", "RUS", "exports", 2023): (823728.781, False, NSC_X),
    ("KGZ", "RUS", "imports", 2021): (1911522.348, False, NSC_M),
    ("KGZ", "RUS", "imports", 2022): (2406031.679, False, NSC_M),
    ("KGZ", "RUS", "imports", 2023): (2182927.174, True, NSC_M),
    # same xlsx, row Всего / Total
    ("KGZ", None, "exports", 2022): (2254702.932, False, NSC_X),
    ("KGZ", None, "exports", 2023): (3384856.093, False, NSC_X),
    ("KGZ", None, "imports", 2022): (9803159.382, False, NSC_M),
    ("KGZ", None, "imports", 2023): (12351968.058, True, NSC_M),
    # kz_bns_trade_by_partner_2018-2023_long.csv, partner Кыргызстан / Беларусь (exports_kusd, imports_kusd)
    ("KAZ", "KGZ", "exports", 2021): (674755.15526, False, BNS),
    ("KAZ", "KGZ", "exports", 2022): (792951.72644, False, BNS),
    ("KAZ", "KGZ", "exports", 2023): (1147176.21754, False, BNS),
    ("KAZ", "KGZ", "imports", 2021): (375776.99792, False, BNS),
    ("KAZ", "KGZ", "imports", 2022): (453925.25315, False, BNS),
    ("KAZ", "KGZ", "imports", 2023): (540959.3897, False, BNS),
    ("KAZ", "BLR", "exports", 2022): (186537.53345, False, BNS),
    ("KAZ", "BLR", "exports", 2023): (183492.34882, False, BNS),
    ("KAZ", "BLR", "imports", 2022): (905549.64696, False, BNS),
    ("KAZ", "BLR", "imports", 2023): (764824.42496, False, BNS),
}

# ------------------------------------------------------------------ macro series (values as published)
# (metric, country, year): [(value, unit, provenance)]  -- both vintages kept apart where they differ
MACRO = {
    # NY.GDP.MKTP.KD.ZG, percent
    ("gdp_growth", "KGZ", 2021): [(5.50700762671923, "percent", WB_API), (5.50700762671923, "percent", WDI_CSV)],
    ("gdp_growth", "KGZ", 2022): [(8.96750520041391, "percent", WB_API), (8.96750520041391, "percent", WDI_CSV)],
    ("gdp_growth", "KGZ", 2023): [(9.0132928339342, "percent", WB_API), (9.0132928339342, "percent", WDI_CSV)],
    ("gdp_growth", "KGZ", 2024): [(9.04013556120012, "percent", WB_API), (11.5397119406559, "percent", WDI_CSV)],
    ("gdp_growth", "UZB", 2024): [(6.49999999997677, "percent", WB_API)],
    # NY.GDP.MKTP.CD, USD: WB API 2026-02-24 and the older release in datasets/gdp (data commit 2024-10-21)
    ("gdp", "UZB", 2022): [(90095926567.4359, "USD", WB_API), (81140823252.41638, "USD", DATASETS_GDP)],
    ("gdp", "UZB", 2023): [(102641879248.764, "USD", WB_API), (90889149306.73126, "USD", DATASETS_GDP)],
    ("gdp", "UZB", 2024): [(114965293466.611, "USD", WB_API)],
    ("gdp", "KGZ", 2024): [(17478259659.2625, "USD", WB_API)],
    ("gdp", "KGZ", 2023): [(15180842369.4894, "USD", WB_API), (13987627908.838139, "USD", DATASETS_GDP)],
    # NY.GDP.PCAP.CD, USD (WB API 2026-02-24)
    ("gdp_per_capita", "RUS", 2024): [(14889.0185546875, "USD", WB_API)],
    ("gdp_per_capita", "KAZ", 2024): [(14154.6324958076, "USD", WB_API)],
    ("gdp_per_capita", "EST", 2024): [(31428.3547816104, "USD", WB_API)],
    ("gdp_per_capita", "LVA", 2024): [(23409.0845154775, "USD", WB_API)],
    ("gdp_per_capita", "LTU", 2024): [(29384.0189598663, "USD", WB_API)],
    # BX.TRF.PWKR.CD.DT, USD (WB API 2026-02-24)
    ("remittances", "IND", 2022): [(111221774722.087, "USD", WB_API)],
    ("remittances", "IND", 2023): [(119526055008.101, "USD", WB_API)],
    ("remittances", "IND", 2024): [(137674533895.686, "USD", WB_API)],
    ("remittances", "MEX", 2023): [(66237847600.0, "USD", WB_API)],
    ("remittances", "UZB", 2017): [(7130151739.46001, "USD", WB_API)],
    # FP.CPI.TOTL.ZG, percent (WB API 2026-02-24)
    ("inflation", "KAZ", 2022): [(15.0278644440851, "percent", WB_API)],
    ("inflation", "KAZ", 2023): [(14.7249900200331, "percent", WB_API)],
    # SL.UEM.TOTL.ZS, percent (WDI CSV 2026-07-13)
    ("unemployment", "USA", 2011): [(8.949, "percent", WDI_CSV)],
}

# PA.NUS.FCRF-like rates, LCU per USD, annual average
FX = {
    # kg_nsc_exchange_rates_1993-2023_long.csv, "US $, Average for period", KGS per 1 USD
    ("KGS", 2022): (84.12, NSC_FX),
    ("KGS", 2023): (87.8561, NSC_FX),
    # PA.NUS.FCRF, WB API 2026-02-24
    ("RUB", 2023): (85.1620083333333, WB_API),
    ("KZT", 2023): (456.165, WB_API),
    ("UZS", 2023): (11734.8334198669, WB_API),
    ("KGS", 2024): (87.1503126405883, WB_API),    # PA.NUS.FCRF (NSC table ends in 2023)
}

ARMSTAT_MONTHLY_KUSD = {
    # (partner, year, month): (export, import_origin) -- thousand USD, copied row by row from
    # ../shared/data/official/am_armstat/am_armstat_trade_by_country_monthly_2007-2024_kusd.csv
    # (Armstat via tavad/tvyal_newsletter @ d1b2914a, 2025-02-25; columns export, import_origin)
    ('BLR', 2022, 1): (2149.962161, 6427.57358),
    ('BLR', 2022, 2): (1373.96256, 4004.62364),
    ('BLR', 2022, 3): (1373.418, 1032.30962),
    ('BLR', 2022, 4): (3035.266813, 9169.25417),
    ('BLR', 2022, 5): (3591.48161, 7603.98697),
    ('BLR', 2022, 6): (5282.761389, 13055.82496),
    ('BLR', 2022, 7): (9018.200515, 16870.00429),
    ('BLR', 2022, 8): (10396.87969, 13044.5691),
    ('BLR', 2022, 9): (13795.31503, 9793.27034),
    ('BLR', 2022, 10): (5540.8901, 11503.95078),
    ('BLR', 2022, 11): (11557.56213, 6835.34564),
    ('BLR', 2022, 12): (9843.18278, 10548.73569),
    ('BLR', 2023, 1): (7312.149512, 6533.41501),
    ('BLR', 2023, 2): (10867.45639, 4262.46416),
    ('BLR', 2023, 3): (8583.32741, 9286.91385),
    ('BLR', 2023, 4): (6632.78398, 13668.11887),
    ('BLR', 2023, 5): (6714.27492, 9393.76425),
    ('BLR', 2023, 6): (5476.027546, 7366.61601),
    ('BLR', 2023, 7): (6304.047674, 6687.55198),
    ('BLR', 2023, 8): (8806.980669, 8977.80695),
    ('BLR', 2023, 9): (9472.492092, 7585.42331),
    ('BLR', 2023, 10): (11365.84907, 5626.01231),
    ('BLR', 2023, 11): (8651.18519, 5152.3874),
    ('BLR', 2023, 12): (7102.51185, 6631.69047),
    ('BLR', 2024, 1): (7619.49194, 4008.44976),
    ('BLR', 2024, 2): (8557.01363, 6144.00242),
    ('BLR', 2024, 3): (9245.734412, 5328.22319),
    ('BLR', 2024, 4): (10403.36873, 7504.25912),
    ('BLR', 2024, 5): (9609.09717, 6020.24978),
    ('BLR', 2024, 6): (7021.783847, 5002.83211),
    ('BLR', 2024, 7): (9765.051802, 9112.79825),
    ('BLR', 2024, 8): (12955.83352, 9141.07213),
    ('BLR', 2024, 9): (8380.6458, 16685.11582),
    ('BLR', 2024, 10): (10620.55941, 10271.69056),
    ('BLR', 2024, 11): (12118.53226, 5568.2926),
    ('BLR', 2024, 12): (8732.29448, 5783.01115),
    ('RUS', 2022, 1): (68043.51791, 158475.4829),
    ('RUS', 2022, 2): (83414.75956, 169209.7146),
    ('RUS', 2022, 3): (37929.35288, 120365.6114),
    ('RUS', 2022, 4): (95774.82036, 173971.3822),
    ('RUS', 2022, 5): (109182.9176, 224055.6005),
    ('RUS', 2022, 6): (158841.2788, 245874.3952),
    ('RUS', 2022, 7): (223358.1825, 251162.8267),
    ('RUS', 2022, 8): (300081.2885, 242066.2462),
    ('RUS', 2022, 9): (352894.8764, 222009.1771),
    ('RUS', 2022, 10): (332342.1058, 284091.1186),
    ('RUS', 2022, 11): (350688.4708, 287276.1393),
    ('RUS', 2022, 12): (350225.6467, 258564.0913),
    ('RUS', 2023, 1): (245842.624, 214330.5806),
    ('RUS', 2023, 2): (285830.6231, 243309.2799),
    ('RUS', 2023, 3): (323427.3952, 305412.4189),
    ('RUS', 2023, 4): (285368.0436, 229011.1591),
    ('RUS', 2023, 5): (326399.1327, 248453.4101),
    ('RUS', 2023, 6): (317094.0954, 199931.6269),
    ('RUS', 2023, 7): (337069.1543, 211060.3407),
    ('RUS', 2023, 8): (277311.965, 259141.6023),
    ('RUS', 2023, 9): (293038.7521, 294981.8897),
    ('RUS', 2023, 10): (309133.7981, 476274.5147),
    ('RUS', 2023, 11): (285350.2903, 807673.9436),
    ('RUS', 2023, 12): (254326.2286, 894173.659),
    ('RUS', 2024, 1): (260791.8852, 746931.0729),
    ('RUS', 2024, 2): (260884.5012, 1311765.383),
    ('RUS', 2024, 3): (227996.6421, 1567488.329),
    ('RUS', 2024, 4): (206941.2804, 1292454.676),
    ('RUS', 2024, 5): (215397.4462, 600358.7239),
    ('RUS', 2024, 6): (246350.6615, 592875.6804),
    ('RUS', 2024, 7): (250893.9351, 521800.6411),
    ('RUS', 2024, 8): (319133.6718, 601987.3731),
    ('RUS', 2024, 9): (311395.4322, 494217.3041),
    ('RUS', 2024, 10): (308717.4634, 597595.3095),
    ('RUS', 2024, 11): (365765.2039, 408405.4304),
    ('RUS', 2024, 12): (187723.6611, 503768.6461),
}


def _obs(metric, value, unit, period, reporter, partner, freq, prelim, prov, series=None):
    from dataclasses import replace
    return Observation(metric, value, unit, period, reporter, partner, freq, prelim,
                       replace(prov, series=series) if series else prov)


class MemorySource:
    """Real values in memory; ``fail`` makes every fetch raise SourceUnavailable (for the error rule)."""
    info = SourceInfo(id="memory", name="Real values copied for tests", licence="see provenance",
                      network=False, coverage=Coverage(metrics=("exports", "imports", "trade_turnover", "gdp",
                                                                "gdp_growth", "gdp_per_capita", "remittances",
                                                                "inflation", "unemployment"),
                                                       frequencies=("A", "M")))

    def __init__(self, fail: str | None = None):
        self.fail = fail

    def can_answer(self, query: Query) -> bool:
        return query.metric in self.info.coverage.metrics

    def _trade(self, metric, reporter, partner) -> list[Observation]:
        out = []
        for (r, p, flow, y), (kusd, prelim, prov) in TRADE_KUSD.items():
            if r == reporter and p == partner and flow == metric:
                out.append(_obs(metric, kusd * 1000, "USD", Period.year(y), r, p, "A", prelim, prov))
        if reporter == "ARM":
            for (p, y, m), (ex, im) in ARMSTAT_MONTHLY_KUSD.items():
                if p == partner and metric in ("exports", "imports"):
                    v = ex if metric == "exports" else im
                    out.append(_obs(metric, v * 1000, "USD", Period.months(y, m, y, m), "ARM", p, "M", False, ARMSTAT))
        return out

    def fetch(self, query: Query) -> list[Observation]:
        if self.fail:
            raise SourceUnavailable(self.fail)
        if query.metric == "trade_turnover":
            ex = {(o.period, o.frequency): o for o in self._trade("exports", query.reporter, query.partner)}
            out = []
            for o in self._trade("imports", query.reporter, query.partner):
                e = ex.get((o.period, o.frequency))
                if e is not None:
                    out.append(Observation("trade_turnover", e.value + o.value, "USD", o.period, o.reporter,
                                           o.partner, o.frequency, e.preliminary or o.preliminary, o.provenance))
            return self._filter(out, query)
        if query.metric in ("exports", "imports"):
            return self._filter(self._trade(query.metric, query.reporter, query.partner), query)
        out = []
        if query.partner is None:
            for (metric, country, y), rows in MACRO.items():
                if metric == query.metric and country == query.reporter:
                    for value, unit, prov in rows:
                        out.append(_obs(metric, value, unit, Period.year(y), country, None, "A", False, prov))
        return self._filter(out, query)

    @staticmethod
    def _filter(obs, query):
        if query.period is None:
            return obs
        return [o for o in obs if o.period == query.period]

    def periods_available(self, metric, reporter, partner=None):
        return sorted({o.period for o in self.fetch(Query(metric, reporter, partner))})

    def exchange_rate(self, currency, year):
        if self.fail:
            raise SourceUnavailable(self.fail)
        hit = FX.get((currency, year))
        if hit is None:
            return None
        value, prov = hit
        return Observation("exchange_rate", value, f"{currency} per USD", Period.year(year), currency, None, "A",
                           False, prov)
