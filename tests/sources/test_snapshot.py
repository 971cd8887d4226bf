"""The embedded snapshot against figures read by hand from the raw publisher files in fixtures/snapshot/.

Expected values and where they are printed:
- NSC KG 4.03.00.18 / 4.03.00.20 (thousand USD), rows 'Беларусь' and 'Казахстан'; 2023 imports header '2023 1'
  with footnote '1 Предварительные данные' (also MANIFEST.md "Known facts" and MANIFEST-1.md section C).
- BNS KZ 2022-2023.xls, sheet 2023, row 'Кыргызстан': exports 1147176.21754 thousand USD (MANIFEST-2.md §1).
- WDI: KGZ NY.GDP.MKTP.KD.ZG 2024 = 11.5397119406559 (CSV, Last Updated 2026-07-13) and 9.04013556120012
  (API v2 extract, lastupdated 2026-02-24); KGZ PA.NUS.FCRF 2023 = 87.8561255862776 (MANIFEST-2.md §7 and §4).
- Rosstat 94itog 2021: exports to Belarus 23137 USD mn; 96stran Jan 2021 exports to Belarus 1407.06226 USD mn.
- Armstat: Belarus 2024-01 export 7619.49194 thousand USD; ARM<-BLR imports (origin) 2024 sum 90,570 (MANIFEST-2.md §6).
- Eurostat Comext: EU27 exports to Kyrgyzstan 2023 = 2,733,762,752 EUR (MANIFEST-2.md §5).
- Uzbekistan SDMX 1105 2023 exports to Kazakhstan 1417053.6 thousand USD.
"""
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck.model import Period, Query
from factcheck.registry import Source
from sources.countries import country
from sources.snapshot import METRICS, SnapshotSource

ROOT = Path(__file__).resolve().parents[2]
SNAP = SnapshotSource()


def one(obs, dataset_prefix=None, vintage=None):
    picked = [o for o in obs if (dataset_prefix is None or o.provenance.dataset.startswith(dataset_prefix))
              and (vintage is None or o.provenance.vintage == vintage)]
    assert len(picked) == 1, [o.to_json() for o in obs]
    return picked[0]


def test_is_a_source_and_offline():
    assert isinstance(SNAP, Source)
    assert SNAP.info.id == "snapshot" and SNAP.info.network is False
    assert "CC BY 4.0" in SNAP.info.licence


@pytest.mark.parametrize("year, exports_kusd, imports_kusd, total_kusd", [
    (2019, 13135.342, 46478.144, 59613.486),
    (2020, 10710.819, 37067.859, 47778.678),
    (2021, 15847.106, 58163.51, 74010.616),
    (2022, 24395.637, 86956.716, 111352.353),
    (2023, 33965.798, 76170.221, 110136.019),
])
def test_kyrgyz_reported_trade_with_belarus(year, exports_kusd, imports_kusd, total_kusd):
    period = Period.year(year)
    x = one(SNAP.fetch(Query("exports", "KGZ", "BLR", period)))
    m = one(SNAP.fetch(Query("imports", "KGZ", "BLR", period)))
    t = one(SNAP.fetch(Query("trade_turnover", "KGZ", "BLR", period)))
    assert x.value == pytest.approx(exports_kusd * 1000, abs=0.5)
    assert m.value == pytest.approx(imports_kusd * 1000, abs=0.5)
    assert t.value == pytest.approx(total_kusd * 1000, abs=1)
    for o in (x, m, t):
        assert (o.unit, o.reporter, o.partner, o.period, o.frequency) == ("USD", "KGZ", "BLR", period, "A")
    assert x.provenance.dataset == "NSC KG 4.03.00.18"
    assert m.provenance.dataset == "NSC KG 4.03.00.20"
    assert t.provenance.dataset == "NSC KG 4.03.00.18 + NSC KG 4.03.00.20"
    assert x.preliminary is False
    # only the 2023 imports column is marked preliminary; the turnover inherits it
    assert m.preliminary is (year == 2023)
    assert t.preliminary is (year == 2023)


def test_provenance_fields_are_complete():
    o = one(SNAP.fetch(Query("imports", "KGZ", "BLR", Period.year(2023))))
    p = o.provenance
    assert p.source == "snapshot"
    assert p.publisher == "National Statistical Committee of the Kyrgyz Republic"
    assert p.url == "https://stat.gov.kg"
    assert "attribution" in p.licence and p.vintage
    assert "thousand US dollars" in p.note


def test_mirror_flows_are_both_kept():
    kaz = one(SNAP.fetch(Query("exports", "KAZ", "KGZ", Period.year(2023))))
    kgz = one(SNAP.fetch(Query("imports", "KGZ", "KAZ", Period.year(2023))))
    assert kaz.value == pytest.approx(1147176.21754 * 1000, abs=0.5)
    assert kgz.value == pytest.approx(862182.567 * 1000, abs=0.5)
    assert round(kaz.value / 1000) == 1147176 and round(kgz.value / 1000) == 862183
    assert (kaz.reporter, kaz.partner, kgz.reporter, kgz.partner) == ("KAZ", "KGZ", "KGZ", "KAZ")
    assert kaz.provenance.dataset.startswith("BNS KZ") and kgz.provenance.dataset == "NSC KG 4.03.00.20"


def test_published_turnover_is_used_where_the_publisher_prints_one():
    t = one(SNAP.fetch(Query("trade_turnover", "KAZ", "KGZ", Period.year(2023))))
    assert t.value == pytest.approx(1688135.60724 * 1000, abs=0.5)
    assert "summed" not in (t.provenance.note or "")


def test_both_world_bank_vintages_are_kept():
    obs = SNAP.fetch(Query("gdp_growth", "KGZ", None, Period.year(2024), publisher="World Bank"))
    assert {o.provenance.vintage: o.value for o in obs} == {
        "2026-07-13": pytest.approx(11.5397119406559), "2026-02-24": pytest.approx(9.04013556120012)}
    assert all(o.unit == "percent" and o.partner is None and o.provenance.series == "NY.GDP.MKTP.KD.ZG"
               for o in obs)


def test_wdi_metric_names_and_units():
    pop = SNAP.fetch(Query("population", "KGZ", None, Period.year(2024), publisher="World Bank"))
    assert {o.value for o in pop} == {7221868}          # datasets/population and the API extract agree
    assert {o.unit for o in pop} == {"persons"}
    # BLR is not in the API extract: datasets/gdp (2024-10) and the July 2026 WDI release (wdi_2026-07/ny.gdp.mktp.cd.csv:
    # 'Belarus,BLR,2023,72478760370.4258')
    gdp = SNAP.fetch(Query("gdp", "BLR", None, Period.year(2023), publisher="World Bank"))
    assert {o.release: o.value for o in gdp} == {None: pytest.approx(71857382745.6066),
                                                  "WDI 2026-07": pytest.approx(72478760370.4258)}
    assert {o.unit for o in gdp} == {"USD"}
    rem = one(SNAP.fetch(Query("remittances", "KGZ", None, Period.year(2024), release="WDI 2026-02")))
    assert rem.value == 3100000000.0 and rem.provenance.series == "BX.TRF.PWKR.CD.DT"
    infl = SNAP.fetch(Query("inflation", "BLR", None, Period.year(2022), release="WDI 2026-07"))
    assert [round(o.value, 6) for o in infl] == [15.209675]
    assert SNAP.fetch(Query("exports_goods_services", "KGZ", None, Period.year(2024)))[0].value == pytest.approx(
        7593078868.2308)


def test_exchange_rate_lookup():
    o = SNAP.exchange_rate("KGS", 2023)
    assert o.value == pytest.approx(87.856126, abs=1e-6)
    assert o.unit == "KGS/USD" and o.provenance.series == "PA.NUS.FCRF" and o.provenance.vintage == "2026-02-24"
    assert SNAP.exchange_rate("rub", 2024).value == pytest.approx(92.5524, abs=1e-4)
    assert SNAP.exchange_rate("XXX", 2023) is None
    assert SNAP.exchange_rate("KGS", 1900) is None
    # the NSC KG table is kept beside it (a second source for the same rate)
    nsc = one(SNAP.fetch(Query("exchange_rate", "KGZ", None, Period.year(2023))), "NSC KG 4.02.00.01")
    assert nsc.value == 87.8561 and nsc.unit == "KGS/USD"


def test_monthly_data_inside_a_span_and_annual_only_for_whole_years():
    q1 = SNAP.fetch(Query("exports", "ARM", "BLR", Period.months(2024, 1, 2024, 3)))
    assert [o.period.start for o in q1] == ["2024-01", "2024-02", "2024-03"]
    assert q1[0].value == pytest.approx(7619491.94) and q1[0].frequency == "M"
    year = SNAP.fetch(Query("imports", "ARM", "BLR", Period.year(2024)))
    assert len(year) == 12 and sum(o.value for o in year) == pytest.approx(90570e3, abs=1e3)
    # Russia: the 2021 query returns the annual 94itog figure and the 12 monthly 96stran ones
    ru = SNAP.fetch(Query("exports", "RUS", "BLR", Period.year(2021)))
    annual = one(ru, "Rosstat 94itog")
    assert annual.value == 23137e6 and annual.frequency == "A"
    monthly = [o for o in ru if o.frequency == "M"]
    assert len(monthly) == 12 and monthly[0].value == pytest.approx(1407.06226e6)
    # a half-year query gets the months but no annual figure
    half = SNAP.fetch(Query("exports", "RUS", "BLR", Period.months(2021, 1, 2021, 6)))
    assert {o.frequency for o in half} == {"M"} and len(half) == 6
    only_a = SNAP.fetch(Query("exports", "RUS", "BLR", Period.year(2021), frequency="A"))
    assert [o.frequency for o in only_a] == ["A"]


def test_eurostat_in_euros():
    eu = one(SNAP.fetch(Query("exports", "EU", "KGZ", Period.year(2023), frequency="A")))
    assert eu.value == 2733762752 and eu.unit == "EUR" and eu.provenance.licence == "CC BY 4.0"
    de = SNAP.fetch(Query("exports", "DEU", "KGZ", Period.year(2023)))
    assert len(de) == 12 and sum(o.value for o in de) == pytest.approx(713.8e6, rel=1e-3)


def test_uzbekistan_and_all_partner_totals():
    uz = one(SNAP.fetch(Query("exports", "UZB", "KAZ", Period.year(2023))))
    assert uz.value == pytest.approx(1417053.6e3) and uz.provenance.dataset == "UZ stat SDMX 1105"
    total = one(SNAP.fetch(Query("exports", "KAZ", None, Period.year(2023))), "BNS KZ")
    assert total.value == pytest.approx(79138754.67736e3, abs=0.5) and total.partner is None


def test_periods_available_and_unknowns():
    periods = SNAP.periods_available("trade_turnover", "KGZ", "BLR")
    assert periods[0] == Period.year(1994) and len(periods) == 30     # 1994..2023, annual
    assert Period.year(2023) in periods and Period.year(2024) not in periods
    assert SNAP.periods_available("exports", "ARM", "BLR")[-1] == Period.months(2024, 12, 2024, 12)
    assert SNAP.fetch(Query("exports", "ZZZ", "BLR", Period.year(2023))) == []
    assert SNAP.fetch(Query("no_such_metric", "KGZ", None, None)) == []
    assert not SNAP.can_answer(Query("no_such_metric", "KGZ"))
    assert SNAP.can_answer(Query("trade_turnover", "kgz", "blr", Period.year(2023)))


def test_declared_metrics_match_the_database():
    import sqlite3
    from sources.snapshot import _data_path

    con = sqlite3.connect(f"file:{_data_path()}?mode=ro", uri=True)
    stored = {r[0] for r in con.execute("SELECT DISTINCT metric FROM series")}
    assert stored | {"trade_turnover", "remittances_gdp"} == set(METRICS)     # the two computed ones


def test_country_api():
    kg = country("KG")
    assert (kg.iso3, kg.iso2, kg.m49, kg.name_en, kg.name_ru) == ("KGZ", "KG", 417, "Kyrgyzstan", "Кыргызстан")
    assert country(112).iso3 == "BLR" and country("blr").name_ru == "Беларусь"
    assert country("EAEU").kind == "group" and country("EAEU").iso3 is None
    assert country("QQQ") is None and country("") is None


def test_lookup_is_fast():
    SNAP.fetch(Query("exports", "KGZ", "BLR", Period.year(2023)))
    t0 = time.perf_counter()
    for _ in range(200):
        SNAP.fetch(Query("trade_turnover", "KGZ", "BLR", Period.year(2022)))
    assert (time.perf_counter() - t0) / 200 < 0.005


def test_committed_snapshot_matches_a_rebuild_from_the_raw_files():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_snapshot.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "up to date" in proc.stdout


def test_check_detects_drift(tmp_path):
    import shutil
    import sqlite3
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_snapshot
    finally:
        sys.path.pop(0)
    tampered = tmp_path / "snapshot.sqlite"
    shutil.copy(build_snapshot.OUT, tampered)
    con = sqlite3.connect(tampered)
    con.execute("UPDATE obs SET value = value + 1 WHERE period = 202300 AND series_id = (SELECT s.id FROM series s "
                "JOIN dataset d ON d.id = s.dataset_id WHERE d.key = 'kg_x')")
    con.commit()
    con.close()
    assert build_snapshot.check(committed=tampered) == ["obs"]


def test_factcheck_sources_lists_the_snapshot():
    proc = subprocess.run([sys.executable, "-m", "factcheck", "sources"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    line = next(line for line in proc.stdout.splitlines() if line.startswith("snapshot\t"))
    assert "\toffline\t" in line and "FAILED" not in proc.stdout


def test_missing_or_broken_database_is_a_clean_source_unavailable(tmp_path):
    from factcheck.model import SourceUnavailable

    missing = SnapshotSource(path=tmp_path / "absent.sqlite")      # constructing it opens nothing
    with pytest.raises(SourceUnavailable, match="not found"):
        missing.fetch(Query("exports", "KGZ", "BLR", Period.year(2023)))
    assert missing.can_answer(Query("exports", "KGZ", "BLR", Period.year(2023))) is False
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(SourceUnavailable, match="unreadable"):
        SnapshotSource(path=junk).fetch(Query("exports", "KGZ", "BLR", Period.year(2023)))
