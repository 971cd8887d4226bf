#!/usr/bin/env python3
"""Build the embedded offline snapshot ``sources/data/snapshot.sqlite`` from ``fixtures/snapshot/``.

    python scripts/build_snapshot.py           # (re)write sources/data/snapshot.sqlite
    python scripts/build_snapshot.py --check   # rebuild in a temp dir, compare content, exit 1 on drift

Standard library only (the two NSC KG .xlsx tables are read with zipfile + ElementTree).
Every input, its provenance and licence is listed in ``fixtures/snapshot/PROVENANCE.md``.

Schema (integer keys keep the file small; see ``sources/snapshot.py`` for the reader):

  meta(key, value)                      schema version, unit conventions
  dataset(id, code, title, publisher, licence, url, vintage, attribution, origin)
  series(id, dataset_id, metric, code, unit, scale, freq, family, note)
  place(id, code, iso2, m49, name_en, name_ru, kind, currency)   code = ISO3 or grouping (EU, CIS, EAEU, SCO, EA20)
                                                         or a World Bank aggregate code; id 0 = no partner
  obs(series_id, reporter_id, partner_id, period, value, prelim)   WITHOUT ROWID
      period = YYYY*100 + month (month 0 for annual); value in base units (USD, EUR, persons, percent)
  coverage(dataset_id, metrics, reporters, first_year, last_year)   what each dataset covers (factcheck sources)
  release(id, dataset_id, name, released)    named releases of a dataset with several (IMF WEO), in date order
  robs(series_id, reporter_id, period, first_release, last_release, value)   WITHOUT ROWID
      a value that stays the same in every release first..last is stored once; value = thousandths of the
      figure as printed in the release (base units = value / 1000 * series.scale)
  lastactual(series_id, reporter_id, first_release, last_release, year)   the publisher's last actual year
      in those releases; a later year is an estimate or projection of the release

Metric names: exports / imports (reporter = the country whose statistics these are), trade_turnover only
where the publisher prints it (Kazakhstan BNS), gdp_growth, inflation, unemployment, gdp, population,
gdp_per_capita, remittances, exchange_rate (local currency per USD) and ``wdi:<code>`` for the rest.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import os
import re
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "fixtures" / "snapshot"
OUT = ROOT / "sources" / "data" / "snapshot.sqlite"
SCHEMA_VERSION = "1"

CC_BY = "CC BY 4.0"
WB_ATTR = "The World Bank: World Development Indicators (CC BY 4.0)"
OFFICIAL = "official statistics, attribution required; no explicit open licence found"

# --------------------------------------------------------------------------- datasets

DATASETS = {
    # key: (code = publisher table id, title, publisher, licence, url, vintage, attribution, origin)
    "wdi_csv": ("WDI", "World Development Indicators, per-indicator CSV downloads", "World Bank", CC_BY,
                "https://data.worldbank.org/indicator", "2026-07-13", WB_ATTR,
                "Rose-FidalgoAmorim/eurozone-convergence-analysis@51a337baa325a3adb2f0fabadde0285b44dd70a4"),
    "wdi_api": ("WDI", "World Bank Indicators API v2 (cached responses, 2010-2025)", "World Bank", CC_BY,
                "https://api.worldbank.org/v2/", "2026-02-24", WB_ATTR,
                "tomasgonz/landlinked@2f9aa68192c6e9d44e1b95a8e1fa442448c4b7f3 cache/indicators/"),
    "ds_gdp": ("WDI NY.GDP.MKTP.CD via datasets/gdp", "GDP (current US$), datasets/gdp", "World Bank", "ODC-PDDL-1.0",
               "https://github.com/datasets/gdp", "datasets/gdp 2024-10-21",
               "World Bank WDI, packaged by datasets/gdp (ODC-PDDL)",
               "datasets/gdp@1cdcd2eb2364edd9da24bcbe134c1a9e0fb4c693 data/gdp.csv"),
    "ds_pop": ("WDI SP.POP.TOTL via datasets/population", "Population, total, datasets/population", "World Bank",
               "ODC-PDDL-1.0", "https://github.com/datasets/population", "datasets/population 2026-03-06",
               "World Bank WDI, packaged by datasets/population (ODC-PDDL)",
               "datasets/population@425fc447a53a26c767a15a7de60c4cc2478a0595 data/population.csv"),
    "comext": ("Eurostat Comext", "EU trade by partner, product TOTAL (Comext Relational View extracts)",
               "Eurostat", CC_BY, "https://ec.europa.eu/eurostat/comext/newxtweb/", "downloaded 2024-11-16..25",
               "Source: Eurostat (CC BY 4.0)",
               "mary-lev/eu-export-sanctions data/*_eurostat, data/eu_year_export (commits in PROVENANCE.md)"),
    "kg_x": ("NSC KG 4.03.00.18", "Geographic distribution of exports of goods (thousand US dollars)",
             "National Statistical Committee of the Kyrgyz Republic", OFFICIAL, "https://stat.gov.kg",
             "1994-2023 (2024-11 copy)", "По данным Национального статистического комитета Кыргызской Республики",
             "mary-lev/eu-export-sanctions@aca6dd9 data/kyrgyzstan_data/"),
    "kg_m": ("NSC KG 4.03.00.20", "Geographic distribution of imports of goods (thousand US dollars)",
             "National Statistical Committee of the Kyrgyz Republic", OFFICIAL, "https://stat.gov.kg",
             "1994-2023 (2024-11 copy)", "По данным Национального статистического комитета Кыргызской Республики",
             "mary-lev/eu-export-sanctions@aca6dd9 data/kyrgyzstan_data/"),
    "kg_fx": ("NSC KG 4.02.00.01", "Nominal exchange rates of selected currencies (National Bank data)",
              "National Statistical Committee of the Kyrgyz Republic", OFFICIAL, "https://stat.gov.kg",
              "1993-2023 (2024-11 copy)", "По данным Национального статистического комитета Кыргызской Республики (данные Национального банка)",
              "mary-lev/eu-export-sanctions@ebc1f20557813742c549f188bbd1a0677d81bf01 data/kyrgyzstan_data/"),
    "kz": ("BNS KZ Основные показатели внешней торговли по странам",
           "Foreign trade of the Republic of Kazakhstan by country (thousand US dollars)",
           "Bureau of National Statistics of the Republic of Kazakhstan", OFFICIAL, "https://stat.gov.kz",
           "2018-2023, 2023 file published 2024-07-25",
           "© Бюро национальной статистики Агентства по стратегическому планированию и реформам РК",
           "mary-lev/eu-export-sanctions@5a0f32ea451bd1ed9ea220465e95d2b6a340ae9a data/kazakhstan_data/"),
    "uz_x": ("UZ stat SDMX 1105", "Exports of goods by country (thousand US dollars)",
             "Statistics Agency under the President of the Republic of Uzbekistan", OFFICIAL, "https://stat.uz",
             "2010-2023 (2024-11 copy)", "По данным Агентства статистики при Президенте Республики Узбекистан",
             "mary-lev/eu-export-sanctions@d3a90a99cc962ec17053cd52849729fce2a78cad data/uzbekistan_data/sdmx_data_1105.csv"),
    "uz_m": ("UZ stat SDMX 1176", "Imports of goods by country (thousand US dollars)",
             "Statistics Agency under the President of the Republic of Uzbekistan", OFFICIAL, "https://stat.uz",
             "2010-2023 (2024-11 copy)", "По данным Агентства статистики при Президенте Республики Узбекистан",
             "mary-lev/eu-export-sanctions@d3a90a99cc962ec17053cd52849729fce2a78cad data/uzbekistan_data/sdmx_data_1176.csv"),
    "ru94": ("Rosstat 94itog", "Foreign trade of the Russian Federation with CIS countries (USD mn), by year",
             "Rosstat / Federal Customs Service of Russia", OFFICIAL, "https://rosstat.gov.ru",
             "1994-2021 (2024-12 copy)", "По данным ФТС России",
             "mary-lev/eu-export-sanctions@7259b753976c01d91e93640c8e024f0b1be6dc2b data/russian_data/94itog.xlsx"),
    "ru96": ("Rosstat 96stran", "Foreign trade of the Russian Federation with main partner countries, monthly (USD mn)",
             "Rosstat / Federal Customs Service of Russia", OFFICIAL, "https://rosstat.gov.ru",
             "2006-2021 (2024-12 copy)", "По данным ФТС России",
             "mary-lev/eu-export-sanctions@7259b753976c01d91e93640c8e024f0b1be6dc2b data/russian_data/96stran.xlsx"),
    "am": ("Armstat foreign trade by country, monthly", "Armenia external trade by partner country, monthly "
           "(thousand US dollars, unit inferred)", "Statistical Committee of the Republic of Armenia (Armstat)",
           OFFICIAL, "https://armstat.am", "2007-01..2024-12 (2025-02 copy)", "Source: Statistical Committee of the Republic of Armenia (Armstat)",
           "tavad/tvyal_newsletter@d1b2914a9ed749c592a7c0e2296d7f9343dfb953 2025/2025_02_25_exports_annual/arm_trade_country.csv"),
}

WEO_ATTR = "Source: IMF, World Economic Outlook database, <Month YYYY> (IMF terms for Data: redistribution with attribution)"
WEO_LICENCE = "IMF Copyright and Usage, special terms for Data: redistribution with attribution, no endorsement implied"
DATASETS["weo"] = ("IMF WEO", "World Economic Outlook database (14 releases, April 2019 - October 2025)",
                   "IMF", WEO_LICENCE, "https://www.imf.org/en/Publications/WEO/weo-database", None, WEO_ATTR,
                   "mitsuoxv/imf-weo data/*.rda (commits in PROVENANCE.md), via scripts/extract_weo.py")

#: WEO releases: id -> the day the World Economic Outlook issue and its database were released (each checked
#: against a report of that day: fixtures/snapshot/PROVENANCE.md). A query 'as of' a date sees the releases
#: published on or before it.
WEO_RELEASES = {
    "2019-04": "2019-04-09", "2019-10": "2019-10-15", "2020-04": "2020-04-14", "2020-10": "2020-10-13",
    "2021-04": "2021-04-06", "2021-10": "2021-10-12", "2022-04": "2022-04-19", "2022-10": "2022-10-11",
    "2023-04": "2023-04-11", "2023-10": "2023-10-10", "2024-04": "2024-04-16", "2024-10": "2024-10-22",
    "2025-04": "2025-04-22", "2025-10": "2025-10-14",
}

#: WEO concept -> (metric, unit, scale to base units, what it is)
WEO_METRICS = {
    "NGDP_RPCH": ("gdp_growth", "percent", 1.0, "Gross domestic product, constant prices, percent change"),
    "NGDPD": ("gdp", "USD", 1e9, "Gross domestic product, current prices, U.S. dollars (billions in source)"),
    "NGDPDPC": ("gdp_per_capita", "USD", 1.0, "Gross domestic product per capita, current prices, U.S. dollars"),
    "PPPGDP": ("gdp_ppp", "USD", 1e9, "GDP, current prices, purchasing power parity; international dollars "
                                      "(billions in source)"),
    "PPPPC": ("gdp_per_capita_ppp", "USD", 1.0, "GDP per capita, current prices, PPP; international dollars"),
    "PCPIPCH": ("inflation", "percent", 1.0, "Inflation, average consumer prices, percent change"),
    "PCPIEPCH": ("inflation_eop", "percent", 1.0, "Inflation, end of period consumer prices, percent change"),
    "LUR": ("unemployment", "percent", 1.0, "Unemployment rate, percent of total labor force"),
    "LP": ("population", "persons", 1e6, "Population (millions of persons in source)"),
    "GGXWDG_NGDP": ("government_debt_gdp", "percent", 1.0, "General government gross debt, percent of GDP"),
    "GGXCNL_NGDP": ("budget_balance_gdp", "percent", 1.0, "General government net lending/borrowing, percent of GDP"),
    "GGR_NGDP": ("government_revenue_gdp", "percent", 1.0, "General government revenue, percent of GDP"),
    "GGX_NGDP": ("government_expenditure_gdp", "percent", 1.0, "General government total expenditure, percent of GDP"),
    "BCA": ("current_account", "USD", 1e9, "Current account balance, U.S. dollars (billions in source)"),
    "BCA_NGDPD": ("current_account_gdp", "percent", 1.0, "Current account balance, percent of GDP"),
}
#: names of the IMF WEO country groups kept under their own codes (World, Euro area, EU map to WLD, EMU, EU)
IMF_GROUPS = {
    "G110": "Advanced economies", "G119": "Major advanced economies (G7)", "GX123": "Other advanced economies",
    "G200": "Emerging market and developing economies", "G505": "Emerging and developing Asia",
    "G903": "Emerging and developing Europe", "G205": "Latin America and the Caribbean",
    "G400": "Middle East and Central Asia", "G603": "Sub-Saharan Africa", "G510": "ASEAN-5",
    "G901": "Commonwealth of Independent States",
}
WEO_VALUES = "imf_weo_2019-04_2025-10_values.csv.gz"
WEO_LASTACTUAL = "imf_weo_2019-04_2025-10_lastactual.csv.gz"

for _key, _commit, _date in (("wdi_more", "4ebec5a2273f531ba238a34dbe440394dc5a6c4b", "2026-07-01"),
                             ("wdi_more_2605", "6b2145a46a8033433e071207ae4bdd332d02a73c", "2026-05-01"),
                             ("wdi_more_2512", "20289a7f4a748722b6d7142af0ab972f6d038452", "2025-12-17")):
    DATASETS[_key] = ("WDI", "World Development Indicators, per-indicator CSVs via datasets/world-development-indicators",
                      "World Bank", CC_BY, "https://data.worldbank.org/indicator", _date, WB_ATTR,
                      f"datasets/world-development-indicators@{_commit} indicators/<code>/data.csv")
#: which of those commits each wdi_2026-07/ file last changed in (fixtures/snapshot/PROVENANCE.md)
WDI_MORE_DATASET = {"NY.GDP.PCAP.KD.ZG": "wdi_more_2605", "SI.POV.GINI": "wdi_more_2605",
                    "DT.DOD.DECT.CD": "wdi_more_2512"}
WDI_MORE_YEARS = (2000, 2025)

WDI_METRICS = {
    "NY.GDP.MKTP.KD.ZG": ("gdp_growth", "percent"),
    "FP.CPI.TOTL.ZG": ("inflation", "percent"),
    "SL.UEM.TOTL.ZS": ("unemployment", "percent"),
    "NY.GDP.MKTP.CD": ("gdp", "USD"),
    "SP.POP.TOTL": ("population", "persons"),
    "NY.GDP.PCAP.CD": ("gdp_per_capita", "USD"),
    "BX.TRF.PWKR.CD.DT": ("remittances", "USD"),
    "PA.NUS.FCRF": ("exchange_rate", "LCU/USD"),
    "NE.EXP.GNFS.CD": ("exports_goods_services", "USD"),
    "NE.IMP.GNFS.CD": ("imports_goods_services", "USD"),
    "BN.CAB.XOKA.CD": ("current_account", "USD"),
    # the 28 indicators of wdi_2026-07/ (the six above that recur keep their metric)
    "NE.EXP.GNFS.ZS": ("exports_gdp", "percent"),
    "NE.IMP.GNFS.ZS": ("imports_gdp", "percent"),
    "TG.VAL.TOTL.GD.ZS": ("merchandise_trade_gdp", "percent"),
    "TX.VAL.MRCH.CD.WT": ("exports", "USD"),
    "TM.VAL.MRCH.CD.WT": ("imports", "USD"),
    "GC.DOD.TOTL.GD.ZS": ("central_government_debt_gdp", "percent"),
    "GC.NLD.TOTL.GD.ZS": ("central_budget_balance_gdp", "percent"),
    "GC.REV.XGRT.GD.ZS": ("central_government_revenue_gdp", "percent"),
    "GC.TAX.TOTL.GD.ZS": ("tax_revenue_gdp", "percent"),
    "GC.XPN.TOTL.GD.ZS": ("central_government_expense_gdp", "percent"),
    "BX.KLT.DINV.CD.WD": ("fdi_inflows", "USD"),
    "NY.GDP.PCAP.KD.ZG": ("gdp_per_capita_growth", "percent"),
    "NY.GDP.PCAP.PP.CD": ("gdp_per_capita_ppp", "USD"),
    "NY.GNP.PCAP.CD": ("gni_per_capita", "USD"),
    "NY.GDP.DEFL.KD.ZG": ("gdp_deflator", "percent"),
    "FI.RES.TOTL.CD": ("reserves", "USD"),
    "DT.DOD.DECT.CD": ("external_debt", "USD"),
    "FR.INR.LEND": ("lending_rate", "percent"),
    "SP.DYN.LE00.IN": ("life_expectancy", "years"),
    "SP.DYN.TFRT.IN": ("fertility_rate", "births per woman"),
    "SM.POP.NETM": ("net_migration", "persons"),
    "SI.POV.GINI": ("gini", "index"),
}

GROUPS = {  # code: (name_en, name_ru)
    "EU": ("European Union", "Европейский союз"),
    "EA20": ("Euro area (20 countries)", "Еврозона (20 стран)"),
    "CIS": ("Commonwealth of Independent States", "СНГ"),
    "EAEU": ("Eurasian Economic Union", "ЕАЭС"),
    "SCO": ("Shanghai Cooperation Organisation", "ШОС"),
}

TOTAL = ""       # partner code meaning "all partners" (stored as place id 0)
SKIP = None      # a name deliberately not mapped (continents, residual categories, historical entities)

# Names that the country-code table does not spell the same way. Keys are normalised (see norm()).
ALIASES = {
    # totals and groupings
    "всего": TOTAL, "всего в том числе": TOTAL, "total": TOTAL, "ВСЕГО".lower(): TOTAL,
    "страны снг": "CIS", "со странами снг": "CIS", "снг": "CIS", "cis": "CIS",
    "страны еаэс": "EAEU", "еаэс": "EAEU", "eaeu": "EAEU",
    "страны ес": "EU", "ес": "EU", "the eu": "EU", "european union (eu)": SKIP, "европейский союз (ес)": SKIP,   # NSC KG: EU institutions, not the bloc
    "шос": "SCO", "sco": "SCO",
    "european union - 27 countries (from 2020)": "EU",
    "euro area - 20 countries (at, be, cy, de, ee, es, fi, fr, gr, hr, ie, it, lt, lu, lv, mt, nl, pt, si, sk)": "EA20",
    # Russian spellings
    "россия": "RUS", "киргизия": "KGZ", "великобритания": "GBR", "сша": "USA", "соединенное королевство": "GBR",
    "великобритания (соединенное королевство)": "GBR", "молдова, республика": "MDA", "гонконг": "HKG",
    "китай (сар гонконг)": "HKG", "макао": "MAC", "макао (макао)": "MAC", "тайвань (китай)": "TWN",
    "тайвань. китайская провинция": "TWN", "корея, народно-демократическая республика": "PRK", "корея (кндр)": "PRK",
    "иран, исламская республика": "IRN", "ирак, республика ирак": "IRQ", "боливия": "BOL", "венесуэла": "VEN",
    "багамы": "BHS", "бермуды": "BMU", "македония": "MKD", "республика македония": "MKD", "мальдивы": "MDV",
    "сейшелы": "SYC", "свазиленд": "SWZ", "палестина, государство": "PSE", "республика латвия": "LVA",
    "танзания, объединенная республика": "TZA", "центрально-африканская республика": "CAF", "цар": "CAF",
    "черногория (монтенегро)": "MNE", "микронезия, федеративные штаты": "FSM", "самоа, независимое государство": "WSM",
    "тимор-лесте": "TLS", "ватикан, государство-город": "VAT", "виргинские острова (брит.)": "VGB",
    "виргинские острова, сша": "VIR", "ангилья (брит.)": "AIA", "гибралтар (брит.)": "GIB", "гуам (сша)": "GUM",
    "каймановы острова (брит.)": "CYM", "кокосовые (килинг) острова": "CCK", "кокосовые осторова": "CCK",
    "острова кука (н.зел.)": "COK", "питкерн": "PCN", "майотта": "MYT", "аландские острова": "ALA",
    "уоллис и футуна": "WLF", "фолклендские острова (мальвинские)": "FLK", "французкие южные территории": "ATF",
    "французские южные территории": "ATF", "южн.джорджия и южн.сандвич.острова": "SGS",
    "малые тихоокеан. отдален. острова сша": "UMI", "малые тихоокеан.отдален.ост-ва с.ш.": "UMI",
    "восточное самоа": "ASM", "боствана": "BWA", "буве": "BVT", "буркино фасо": "BFA", "котд ивуар": "CIV",
    "котд'ивуар": "CIV", "ливийская арабская джамахирия": "LBY", "заир": "COD", "нормандские острова": SKIP,
    "нидерландские антильские острова": SKIP,
    # English spellings (Kyrgyz NSC, Armstat, Eurostat)
    "bostwana": "BWA", "bouvet": "BVT", "burkino faso": "BFA", "car": "CAF", "china (sar hong kong)": "HKG",
    "sar-hong kong": "HKG", "coconut islands": "CCK", "cote d'ivoire": "CIV", "côte d'ivoire": "CIV",
    "cote d' ivoire": "CIV", "côte d’ivoire (ivory coast)": "CIV", "eastern samoa": "ASM",
    "great britain (united kingdom)": "GBR", "great britain": "GBR", "united kingdom": "GBR",
    "korea (dprk)": "PRK", "libyan arab jamahiriya": "LBY", "macau (macau)": "MAC", "macedonia": "MKD",
    "republic of macedonia": "MKD", "fyr of macedonia": "MKD", "swaziland": "SWZ",
    "taiwan. china province": "TWN", "virgin islands, united states": "VIR", "zaire": "COD",
    "aland islands": "ALA", "american saoma": "ASM", "saoma": "WSM", "bosnia herzegovina": "BIH",
    "congo, democratic republic of the": "COD", "congo, democratic republic of": "COD", "curacao": "CUW",
    "czech rep.": "CZE", "faeroe islands": "FRO", "folkland islands (malvinas)": "FLK",
    "falkland islands (malvinas)": "FLK", "french southern terrirories": "ATF", "korea, dpr of": "PRK",
    "korea, republic of": "KOR", "micronesia, federated states of": "FSM", "moldova, republic of": "MDA",
    "monako": "MCO", "palestinian territory, occupied": "PSE", "reunion": "REU", "saint-barth?lemy": "BLM",
    "saint-martin (french part)": "MAF", "tanzania, united republic of": "TZA", "turkey": "TUR", "usa": "USA",
    "united states": "USA", "vatican city state": "VAT", "virgin islands, british": "VGB",
    "iran, islamic republic of": "IRN", "venezuela, bolivarian republic of": "VEN",
    "bolivia, plurinational state of": "BOL", "holy see (vatican city state)": "VAT",
    "korea, democratic people’s republic of (north korea)": "PRK", "korea, republic of (south korea)": "KOR",
    "lao people’s democratic republic (laos)": "LAO", "russian federation (russia)": "RUS",
    "syrian arab republic (syria)": "SYR", "st kitts and nevis": "KNA", "st lucia": "LCA",
    "st pierre and miquelon": "SPM", "st vincent and the grenadines": "VCT", "wallis and futuna": "WLF",
    "saint helena, ascension and tristan da cunha": "SHN", "south georgia and south sandwich islands": "SGS",
    "cocos islands (or keeling islands)": "CCK", "kosovo": "XKX",
    "occupied palestinian territory (west bank (incl. east jerusalem) and gaza strip)": "PSE",
    "belarus (belorussia)": "BLR", "myanmar (burma)": "MMR", "ireland (eire)": "IRL", "melilla": SKIP,
    "mauritania (incl. spanish sahara from 1977)": "MRT",
    # French labels (one Comext annual file, 2019); accents are stripped by norm()
    "bielorussie (belarus)": "BLR", "russie, federation de": "RUS", "etats-unis": "USA", "royaume-uni": "GBR",
    "turquie": "TUR", "iran, republique islamique d’": "IRN", "moldavie, republique de": "MDA",
    "coree, republique de (coree du sud)": "KOR", "coree, republique populaire democratique de (coree du nord)": "PRK",
    "viet nam": "VNM", "egypte": "EGY", "emirats arabes unis": "ARE", "equateur": "ECU", "erythree": "ERI",
    "ethiopie": "ETH", "bolivie, etat plurinational de": "BOL", "venezuela, republique bolivarienne du": "VEN",
    "tanzanie, republique unie de": "TZA", "timor-oriental": "TLS", "congo, republique democratique du": "COD",
    "cap-vert": "CPV", "niue": "NIU", "wallis-et-futuna": "WLF", "saint-christophe-et-nevis": "KNA",
    "saint-vincent-et-les-grenadines": "VCT", "sainte-helene, ascension et tristan da cunha": "SHN",
    "sint-maarten (partie neerlandaise)": "SXM", "territoire britannique de l’ocean indien": "IOT",
    "territoire palestinien occupe (cisjordanie (incl. jerusalem-est) et bande de gaza)": "PSE",
    "ile bouvet": "BVT", "ile christmas": "CXR", "ile norfolk": "NFK", "iles caimans": "CYM",
    "iles cocos (ou iles keeling)": "CCK", "iles cook": "COK", "iles falkland (malouines)": "FLK",
    "iles feroe": "FRO", "iles georgie du sud et sandwich du sud": "SGS", "iles heard et mcdonald": "HMD",
    "iles mariannes du nord": "MNP", "iles marshall": "MHL", "iles salomon": "SLB", "iles turks-et-caicos": "TCA",
    "iles vierges britanniques": "VGB", "iles vierges des etats-unis": "VIR",
    "iles mineures eloignees des etats-unis": "UMI",
    # deliberately not mapped: continents, residuals, historical or disputed entities
    "африка": SKIP, "америка": SKIP, "азия": SKIP, "европа": SKIP, "австралия и океания": SKIP,
    "остальные страны мира": SKIP, "страны вне еаэс": SKIP, "страны вне ес": SKIP,
    "со странами дальнего зарубежья": SKIP, "оон": SKIP, "неопределенная страна": SKIP,
    "africa": SKIP, "america": SKIP, "asia": SKIP, "europe": SKIP, "australia and oceania": SKIP, "un": SKIP,
    "undefined country": SKIP, "unknown country": SKIP, "eu countries not specified": SKIP,
    "channel islands": SKIP, "ceuta": SKIP, "haute mer": SKIP, "high seas": SKIP, "netherlands antilles": SKIP, "serbia and montenegro": SKIP,
    "nagorno karabagh": SKIP, "nagorno-karabakh": SKIP,
}

# --------------------------------------------------------------------------- names

_LAT2CYR = str.maketrans("aeopcxykmthbAEOPCXYKMTHB", "аеорсхукмтнвАЕОРСХУКМТНВ")
_CYR = re.compile("[а-яА-ЯёЁ]")
_ARTICLE = re.compile(r"\((?:the|le|la|les|l')\)", re.I)
_SPACE = re.compile(r"\s+")


def norm(name: str) -> str:
    """Lower-case, one space, Latin look-alikes inside Cyrillic words fixed ('Китaй' -> 'Китай')."""
    s = (name or "").replace("\u00a0", " ").replace("*", "").replace("ё", "е").replace("Ё", "Е")
    if _CYR.search(s):
        s = s.translate(_LAT2CYR)
    # accents off ('Égypte' = 'Egypte'); both sides of every lookup go through here, so 'й' -> 'и' is harmless
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = _ARTICLE.sub("", s)
    s = _SPACE.sub(" ", s).strip().lower()
    if s.startswith("the "):
        s = s[4:]
    return s


ALIASES = {norm(k): v for k, v in ALIASES.items()}


class Places:
    """Country and grouping codes, their names, and a resolver from the names used by each publisher."""

    def __init__(self, path: Path):
        self.rows: dict[str, dict] = {}
        self.by_name: dict[str, str] = {}
        self.by_m49: dict[int, str] = {}
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                a3 = r["ISO3166-1-Alpha-3"].strip()
                if not a3:
                    continue
                en = (r["official_name_en"] or r["CLDR display name"] or r["UNTERM English Short"]).strip()
                ru = (r["UNTERM Russian Short"] or r["official_name_ru"]).replace("*", "").strip()
                m49 = int(r["M49"]) if r["M49"].strip().isdigit() else None
                self.rows[a3] = {"iso2": r["ISO3166-1-Alpha-2"].strip() or None, "m49": m49,
                                 "name_en": en, "name_ru": ru or None, "kind": "country",
                                 "currency": r["ISO4217-currency_alphabetic_code"].split(",")[0].strip() or None}
                if m49 is not None:
                    self.by_m49[m49] = a3
                cur = r["ISO4217-currency_alphabetic_code"].strip()
                cur = cur if cur and "," not in cur else None
                for k in ("UNTERM English Short", "UNTERM English Formal", "official_name_en", "CLDR display name",
                          "UNTERM Russian Short", "UNTERM Russian Formal", "official_name_ru",
                          "UNTERM French Short", "UNTERM French Formal", "official_name_fr"):
                    if r[k].strip():
                        self.by_name.setdefault(norm(r[k]), a3)
        # Kosovo has no ISO 3166 code; the World Bank and Eurostat use XKX
        self.rows.setdefault("XKX", {"iso2": "XK", "m49": None, "name_en": "Kosovo", "name_ru": "Косово",
                                     "kind": "country", "currency": "EUR"})
        for code, (en, ru) in GROUPS.items():
            self.rows[code] = {"iso2": None, "m49": None, "name_en": en, "name_ru": ru, "kind": "group",
                               "currency": None}
        self.unmapped: dict[str, set[str]] = {}

    def resolve(self, name: str, source: str, *more: str):
        """ISO3 / group code, TOTAL ('') or None (skipped). Tries each given spelling."""
        for cand in (name, *more):
            key = norm(cand)
            if not key:
                continue
            if key in ALIASES:
                return ALIASES[key]
            if key in self.by_name:
                return self.by_name[key]
            bare = re.sub(r"\s*\(.*\)\s*$", "", key).strip()     # 'germany (incl. ...)' -> 'germany'
            if bare in ALIASES:
                return ALIASES[bare]
            if bare in self.by_name:
                return self.by_name[bare]
        self.unmapped.setdefault(source, set()).add(name)
        return None

    def add_imf(self, code: str) -> None:
        """An IMF WEO area: ISO3 (already known) or an IMF country group G### (kind imf_group)."""
        if code not in self.rows:
            if not code.startswith("G"):
                raise ValueError(f"WEO area {code!r} is neither a known ISO3 code nor an IMF group")
            self.rows[code] = {"iso2": None, "m49": None, "name_en": IMF_GROUPS.get(code), "name_ru": None,
                               "kind": "imf_group", "currency": None}

    def add_wb(self, code: str, name: str) -> None:
        """A World Bank economy or aggregate code that is not an ISO country (WLD, EUU, ECS ...)."""
        if code not in self.rows:
            self.rows[code] = {"iso2": None, "m49": None, "name_en": name, "name_ru": None, "kind": "wb_aggregate",
                               "currency": None}


# --------------------------------------------------------------------------- xlsx (stdlib)

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
_T = "{%s}t" % _NS["m"]


def read_xlsx(path: Path) -> dict[str, list[dict[int, str]]]:
    """Sheet name -> rows (column index -> cell text). Enough for the NSC KG tables."""
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", _NS):
            shared.append("".join(t.text or "" for t in si.iter(_T)))
    sheets = ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", _NS)
    out = {}
    for i, sheet in enumerate(sheets, 1):
        rows = []
        for row in ET.fromstring(z.read(f"xl/worksheets/sheet{i}.xml")).iter("{%s}row" % _NS["m"]):
            cells = {}
            for c in row.findall("m:c", _NS):
                v, t = c.find("m:v", _NS), c.get("t")
                if t == "inlineStr":
                    val = "".join(x.text or "" for x in c.iter(_T))
                elif v is None:
                    continue
                else:
                    val = shared[int(v.text)] if t == "s" else v.text
                letters = re.match(r"[A-Z]+", c.get("r")).group(0)
                col = 0
                for ch in letters:
                    col = col * 26 + ord(ch) - 64
                cells[col - 1] = val
            rows.append(cells)
        out[sheet.get("name")] = rows
    return out


# --------------------------------------------------------------------------- builder

def num(text) -> float | None:
    s = (text or "").strip().replace("\u00a0", "").replace(" ", "")
    if s in ("", "-", "..", "NaN", "nan", "NA", "x", "…"):
        return None
    return float(s.replace(",", "."))


class Builder:
    def __init__(self, places: Places):
        self.places = places
        self.series: dict[tuple, int] = {}
        self.series_rows: list[tuple] = []
        self.obs: dict[tuple, tuple[float, int]] = {}
        self.conflicts: list[str] = []
        self.bad: set[tuple] = set()
        self.robs: list[tuple] = []         # (series, reporter, period, first release, last release, value)
        self.lastactual: list[tuple] = []   # (series, reporter, first release, last release, year)

    def series_id(self, ds: str, metric: str, code: str, unit: str, scale: float, freq: str, family: str,
                  note: str | None = None) -> int:
        key = (ds, metric, code, freq)
        if key not in self.series:
            sid = len(self.series_rows) + 1
            self.series[key] = sid
            self.series_rows.append((sid, list(DATASETS).index(ds) + 1, metric, code, unit, scale, freq, family, note))
        return self.series[key]

    def add(self, sid: int, reporter: str, partner: str, year: int, month: int, raw: float | None,
            scale: float = 1.0, prelim: bool = False) -> None:
        if raw is None:
            return
        # scaling thousands/millions to base units: 4 decimals take off float noise ('22221.200000000004')
        # without losing any digit the publisher printed; unscaled values are kept exactly as parsed
        value = raw if scale == 1.0 else round(raw * scale, 4)
        key = (sid, reporter, partner or "", year * 100 + month)
        if key in self.bad:
            return
        if key in self.obs:
            if abs(self.obs[key][0] - value) > 1e-6 * max(1.0, abs(value)):
                # two rows of one table give different values for one key: keep neither
                self.conflicts.append(f"series {sid} {reporter}-{partner} {year}/{month}: "
                                      f"{self.obs[key][0]} vs {value}, both dropped")
                self.bad.add(key)
                del self.obs[key]
            return
        self.obs[key] = (value, int(prelim))


def load_wdi_csv(b: Builder, path: Path) -> None:
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = next(i for i, r in enumerate(rows) if r[:2] == ["Country Name", "Country Code"])
    years = rows[header][4:]
    for r in rows[header + 1:]:
        if len(r) < 5:
            continue
        name, code, _, ind = r[:4]
        metric, unit = WDI_METRICS[ind]
        b.places.add_wb(code, name)
        sid = b.series_id("wdi_csv", metric, ind, unit, 1.0, "A", "wdi")
        for y, v in zip(years, r[4:]):
            if y.strip().isdigit():
                b.add(sid, code, "", int(y), 0, num(v))


def load_wdi_api(b: Builder, path: Path) -> None:
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            metric, unit = WDI_METRICS[r["indicator"]]
            b.places.add_wb(r["iso3"], r["country"])
            sid = b.series_id("wdi_api", metric, r["indicator"], unit, 1.0, "A", "wdi")
            b.add(sid, r["iso3"], "", int(r["year"]), 0, num(r["value"]))


def load_wdi_more(b: Builder, folder: Path) -> None:
    """The datasets/world-development-indicators CSVs (one indicator per file, long), years WDI_MORE_YEARS."""
    for path in sorted(folder.glob("*.csv")):
        if path.name == "INDEX.csv":      # the collector's list of files (provenance), not data
            continue
        ind = path.stem.upper()
        metric, unit = WDI_METRICS[ind]
        ds = WDI_MORE_DATASET.get(ind, "wdi_more")
        sid = b.series_id(ds, metric, ind, unit, 1.0, "A", "wdi")
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                year = int(r["Year"])
                if WDI_MORE_YEARS[0] <= year <= WDI_MORE_YEARS[1]:
                    b.places.add_wb(r["Country Code"], r["Country Name"])
                    b.add(sid, r["Country Code"], "", year, 0, num(r["Value"]))


def load_datasets(b: Builder, path: Path, ds: str, ind: str) -> None:
    metric, unit = WDI_METRICS[ind]
    sid = b.series_id(ds, metric, ind, unit, 1.0, "A", "wdi")
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            b.places.add_wb(r["Country Code"], r["Country Name"])
            b.add(sid, r["Country Code"], "", int(r["Year"]), 0, num(r["Value"]))


def load_kg_trade(b: Builder, path: Path, ds: str, metric: str) -> None:
    sheets = read_xlsx(path)
    rows = next(r for r in sheets.values() if len(r) > 20)
    title = " ".join(rows[0].values())
    assert DATASETS[ds][0].split()[-1] in title, title
    head = next(r for r in rows if sum(1 for v in r.values() if re.fullmatch(r"(19|20)\d\d( ?\d)?", v.strip())) > 10)
    notes = " ".join(v for r in rows for v in r.values() if re.match(r"1 (Предварительные|Рreliminary|Preliminary)", v))
    years = {}
    for col, v in head.items():
        m = re.fullmatch(r"((?:19|20)\d\d)( ?1)?", v.strip())
        if m:
            years[col] = (int(m.group(1)), bool(m.group(2)) and bool(notes))
    sid = b.series_id(ds, metric, f"{metric} by partner country", "USD", 1000.0, "A", "kg_nsc_trade",
                      "thousand US dollars in source; a year header marked '1' = preliminary data")
    for r in rows:
        if r is head or not r.get(2) or not any(c in r for c in years):
            continue
        partner = b.places.resolve(r[2], "kg_nsc", r.get(1, ""))
        if partner is None:
            continue
        for col, (year, prelim) in years.items():
            b.add(sid, "KGZ", partner, year, 0, num(r.get(col)), 1000.0, prelim)


def load_kg_fx(b: Builder, path: Path) -> None:
    cur = {"US $": "USD", "Euro": "EUR", "Russian Rubl (rubl/som)": "RUB", "Kazakh Tenge": "KZT", "Uzbek Sum": "UZS"}
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            c = cur[r["currency_label_en"]]
            avg = r["statistic"].startswith("Average")
            metric = ("exchange_rate" if avg else "exchange_rate_eop") + ("" if c == "USD" else f":{c}")
            note = ("source row labelled 'rubl/som'; values are KGS per 1 RUB" if c == "RUB" else None)
            sid = b.series_id("kg_fx", metric, f"{c} {'average' if avg else 'end of period'}", f"KGS/{c}", 1.0,
                              "A", "kg_fx", note)
            b.add(sid, "KGZ", "", int(r["year"]), 0, num(r["value"]))


def load_kz(b: Builder, path: Path) -> None:
    note = "thousand US dollars in source; each year from the later of the two publications that carry it"
    sids = {m: b.series_id("kz", m, f"{m} by country", "USD", 1000.0, "A", "kz_bns", note)
            for m in ("exports", "imports", "trade_turnover")}
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            partner = b.places.resolve(r["partner_ru"], "kz_bns")
            if partner is None:
                continue
            y = int(r["year"])
            for m, col in (("exports", "exports_kusd"), ("imports", "imports_kusd"), ("trade_turnover", "turnover_kusd")):
                b.add(sids[m], "KAZ", partner, y, 0, num(r[col]), 1000.0)


def load_uz(b: Builder, path: Path, ds: str, metric: str) -> None:
    sid = b.series_id(ds, metric, f"{metric} by partner country", "USD", 1000.0, "A", "uz_stat",
                      "thousand US dollars in source")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    years = rows[0][4:]
    for r in rows[1:]:
        partner = b.places.by_m49.get(int(r[0])) if r[0].strip().isdigit() else None
        if partner is None:
            partner = b.places.resolve(r[3], "uz_stat", r[2])
        if partner is None:
            continue
        for y, v in zip(years, r[4:]):
            b.add(sid, "UZB", partner, int(y), 0, num(v), 1000.0)


def load_ru94(b: Builder, path: Path) -> None:
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            partner = b.places.resolve(r["partner_ru"], "ru94")
            if partner is None:
                continue
            sid = b.series_id("ru94", r["flow"], "94itog", "USD", 1e6, "A", "ru94", "USD mn in source")
            b.add(sid, "RUS", partner, int(r["year"]), 0, num(r["value_musd"]), 1e6)


def load_ru96(b: Builder, path: Path) -> None:
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            partner = b.places.resolve(r["partner_ru"], "ru96")
            if partner is None:
                continue
            sid = b.series_id("ru96", r["flow"], "96stran", "USD", 1e6, "M", "ru96", "USD mn in source")
            b.add(sid, "RUS", partner, int(r["year"]), int(r["month"]), num(r["value_musd"]), 1e6)


def load_am(b: Builder, path: Path) -> None:
    note = "thousand US dollars (unit inferred by the collector: RUS 2024 exports 3,161,992 -> USD 3.16 bn)"
    cols = (("exports", "export", "export"), ("imports", "import_origin", "imports by country of origin"),
            ("imports_consignment", "import_consignment", "imports by country of consignment"))
    sids = {c: b.series_id("am", m, code, "USD", 1000.0, "M", "am", note) for m, c, code in cols}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            partner = b.places.resolve(r["country"], "armstat")
            if partner is None:
                continue
            for _, c, _ in cols:
                b.add(sids[c], "ARM", partner, int(r["year"]), int(r["month"]), num(r[c]), 1000.0)


def load_comext(b: Builder, path: Path) -> None:
    note = "EUR; product TOTAL, stat. procedure Total; reporter = EU member state or aggregate"
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            reporter = b.places.resolve(r["reporter"], "comext_reporter")
            partner = b.places.resolve(r["partner"], "comext_partner")
            if not reporter or partner is None:     # changing-composition EU / euro area: not kept
                continue
            metric = {"EXPORT": "exports", "IMPORT": "imports"}[r["flow"]]
            month = int(r["month"])
            freq = "A" if month == 0 else "M"
            sid = b.series_id("comext", metric, f"{r['flow']} TOTAL", "EUR", 1.0, freq, "comext", note)
            b.add(sid, reporter, partner, int(r["year"]), month, num(r["value_eur"]))


def load_weo(b: Builder, raw: Path) -> None:
    """The compact WEO extract (scripts/extract_weo.py): runs of releases with one value, and lastactualdate runs."""
    import gzip

    rel = {name: i for i, name in enumerate(WEO_RELEASES, 1)}
    sids = {c: b.series_id("weo", m, c, unit, scale, "A", "weo", note) for c, (m, unit, scale, note) in WEO_METRICS.items()}
    with gzip.open(raw / WEO_VALUES, "rt", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            # thousandths of the value as printed (every WEO value has at most 3 decimals; checked here):
            # small integers keep the file small; the reader multiplies by series.scale / 1000
            milli = round(float(r["value"]) * 1000)
            if abs(milli - float(r["value"]) * 1000) > 1e-3:
                raise ValueError(f"WEO value with more than 3 decimals: {r}")
            value = milli
            b.places.add_imf(r["area"])
            b.robs.append((sids[r["concept"]], r["area"], int(r["year"]) * 100, rel[r["first"]], rel[r["last"]], value))
    with gzip.open(raw / WEO_LASTACTUAL, "rt", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            b.places.add_imf(r["area"])
            b.lastactual.append((sids[r["concept"]], r["area"], rel[r["first"]], rel[r["last"]], int(r["lastactualdate"])))


def coverage_rows(b: Builder) -> list[tuple]:
    """(dataset id, 'metric, metric', reporters, first year, last year) per dataset, for 'factcheck sources'."""
    ds_of = {r[0]: r[1] for r in b.series_rows}
    metric_of = {r[0]: r[2] for r in b.series_rows}
    cov: dict[int, list] = {}
    keys = [(sid, rep, per) for sid, rep, _, per in b.obs] + [(sid, rep, per) for sid, rep, per, *_ in b.robs]
    for sid, rep, per in keys:
        c = cov.setdefault(ds_of[sid], [set(), set(), per // 100, per // 100])
        c[0].add(metric_of[sid])
        c[1].add(rep)
        c[2], c[3] = min(c[2], per // 100), max(c[3], per // 100)
    return [(d, ", ".join(sorted(c[0])), len(c[1]), c[2], c[3]) for d, c in sorted(cov.items())]


def build(raw: Path, out: Path) -> list[str]:
    """Write the snapshot to ``out``; return a short report (sizes, unmapped names, dropped conflicts)."""
    places = Places(raw / "datasets_country-codes.csv")
    b = Builder(places)
    for f in sorted(raw.glob("WDI_API_*.csv")):
        load_wdi_csv(b, f)
    load_wdi_api(b, raw / "wb_api_v2_2026-02-24_selected_indicators_long_landlinked.csv")
    load_datasets(b, raw / "datasets_gdp_NY.GDP.MKTP.CD.csv", "ds_gdp", "NY.GDP.MKTP.CD")
    load_datasets(b, raw / "datasets_population_SP.POP.TOTL.csv", "ds_pop", "SP.POP.TOTL")
    load_kg_trade(b, raw / "nsc_kg_4.03.00.18_geographic_distribution_exports_1994-2023.xlsx", "kg_x", "exports")
    load_kg_trade(b, raw / "nsc_kg_4.03.00.20_geographic_distribution_imports_1994-2023.xlsx", "kg_m", "imports")
    load_kg_fx(b, raw / "kg_nsc_exchange_rates_1993-2023_long.csv")
    load_kz(b, raw / "kz_bns_trade_by_partner_2018-2023_long.csv")
    load_uz(b, raw / "uz_stat_sdmx_1105_exports_by_country_2010-2023_kusd.csv", "uz_x", "exports")
    load_uz(b, raw / "uz_stat_sdmx_1176_imports_by_country_2010-2023_kusd.csv", "uz_m", "imports")
    load_ru94(b, raw / "ru_94itog_trade_with_cis_partners_1994-2021_long.csv")
    load_ru96(b, raw / "ru_96stran_monthly_trade_top29_partners_2006-2021_long.csv")
    load_am(b, raw / "am_armstat_trade_by_country_monthly_2007-2024_kusd.csv")
    load_comext(b, raw / "eurostat_comext_eu_member_trade_with_central_asia_caucasus_russia_2019-2024_long.csv")
    load_weo(b, raw)
    load_wdi_more(b, raw / "wdi_2026-07")

    codes = sorted(places.rows)
    pid = {"": 0, **{c: i for i, c in enumerate(codes, 1)}}

    if out.exists():
        out.unlink()
    out.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(out)
    con.executescript("""
        PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE dataset(id INTEGER PRIMARY KEY, key TEXT NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL,
            publisher TEXT NOT NULL, licence TEXT NOT NULL, url TEXT, vintage TEXT, attribution TEXT, origin TEXT);
        CREATE TABLE series(id INTEGER PRIMARY KEY, dataset_id INTEGER NOT NULL, metric TEXT NOT NULL,
            code TEXT NOT NULL, unit TEXT NOT NULL, scale REAL NOT NULL, freq TEXT NOT NULL, family TEXT NOT NULL,
            note TEXT);
        CREATE INDEX series_metric ON series(metric);
        CREATE TABLE place(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, iso2 TEXT, m49 INTEGER,
            name_en TEXT, name_ru TEXT, kind TEXT NOT NULL, currency TEXT);
        CREATE TABLE obs(series_id INTEGER NOT NULL, reporter_id INTEGER NOT NULL, partner_id INTEGER NOT NULL,
            period INTEGER NOT NULL, value REAL NOT NULL, prelim INTEGER NOT NULL,
            PRIMARY KEY(series_id, reporter_id, partner_id, period)) WITHOUT ROWID;
        CREATE TABLE coverage(dataset_id INTEGER PRIMARY KEY, metrics TEXT NOT NULL, reporters INTEGER NOT NULL,
            first_year INTEGER NOT NULL, last_year INTEGER NOT NULL);
        CREATE TABLE release(id INTEGER PRIMARY KEY, dataset_id INTEGER NOT NULL, name TEXT NOT NULL UNIQUE,
            released TEXT NOT NULL);
        CREATE TABLE robs(series_id INTEGER NOT NULL, reporter_id INTEGER NOT NULL, period INTEGER NOT NULL,
            first_release INTEGER NOT NULL, last_release INTEGER NOT NULL, value INTEGER NOT NULL,
            PRIMARY KEY(series_id, reporter_id, period, first_release)) WITHOUT ROWID;
        CREATE TABLE lastactual(series_id INTEGER NOT NULL, reporter_id INTEGER NOT NULL,
            first_release INTEGER NOT NULL, last_release INTEGER NOT NULL, year INTEGER NOT NULL,
            PRIMARY KEY(series_id, reporter_id, first_release)) WITHOUT ROWID;
    """)
    con.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("schema_version", SCHEMA_VERSION),
        ("period", "YYYY*100 + month; month 0 = annual"),
        ("value", "base units: USD or EUR (not thousands), percent, persons; exchange rates LCU per USD"),
        ("partner", "place id 0 = all partners / not bilateral"),
    ])
    con.executemany("INSERT INTO dataset VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(i, k, *v) for i, (k, v) in enumerate(DATASETS.items(), 1)])
    con.executemany("INSERT INTO series VALUES (?,?,?,?,?,?,?,?,?)", b.series_rows)
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?)",
                    [(pid[c], c, *(places.rows[c][k] for k in ("iso2", "m49", "name_en", "name_ru", "kind", "currency")))
                     for c in codes])
    con.executemany("INSERT INTO obs VALUES (?,?,?,?,?,?)",
                    sorted((s, pid[r], pid[p], per, v, pr) for (s, r, p, per), (v, pr) in b.obs.items()))
    weo_ds = list(DATASETS).index("weo") + 1
    con.executemany("INSERT INTO release VALUES (?,?,?,?)",
                    [(i, weo_ds, f"WEO {name}", day) for i, (name, day) in enumerate(WEO_RELEASES.items(), 1)])
    con.executemany("INSERT INTO robs VALUES (?,?,?,?,?,?)",
                    sorted((s, pid[r], per, a, z, v) for s, r, per, a, z, v in b.robs))
    con.executemany("INSERT INTO coverage VALUES (?,?,?,?,?)", coverage_rows(b))
    con.executemany("INSERT INTO lastactual VALUES (?,?,?,?,?)",
                    sorted((s, pid[r], a, z, y) for s, r, a, z, y in b.lastactual))
    con.commit()
    con.execute("VACUUM")
    con.close()
    report = [f"{len(b.obs)} observations + {len(b.robs)} release runs, {len(b.series_rows)} series, {len(codes)} places, "
              f"{out.stat().st_size / 1e6:.2f} MB"]
    for src, names in sorted(places.unmapped.items()):
        report.append(f"  unmapped names ({src}, skipped): {len(names)}: {', '.join(sorted(names)[:8])}"
                      f"{' ...' if len(names) > 8 else ''}")
    if b.conflicts:
        report.append(f"  {len(b.conflicts)} duplicate keys with different values (dropped): {b.conflicts[:3]}")
    return report


def content_digest(path: Path) -> dict[str, str]:
    """sha256 of every table's rows in key order: equal digests = equal content, whatever the SQLite version."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for t in tables:
            h = hashlib.sha256()
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})")]
            for row in con.execute(f"SELECT * FROM {t} ORDER BY {', '.join(cols)}"):
                h.update(repr(row).encode())
            out[t] = h.hexdigest()
        out["__schema__"] = hashlib.sha256(repr(sorted(
            con.execute("SELECT type, name, sql FROM sqlite_master"))).encode()).hexdigest()
        return out
    finally:
        con.close()


def check(raw: Path = RAW, committed: Path = OUT) -> list[str]:
    """Rebuild into a temp file; return the tables whose content differs from the committed file."""
    if not committed.exists():
        return [f"{committed} is missing"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "snapshot.sqlite"
        build(raw, fresh)
        a, b = content_digest(fresh), content_digest(committed)
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild in a temp dir and compare with the committed file")
    args = ap.parse_args(argv)
    if args.check:
        drift = check()
        if drift:
            print(f"snapshot drift: {', '.join(drift)} differ; run python scripts/build_snapshot.py", file=sys.stderr)
            return 1
        print("snapshot up to date")
        return 0
    tmp = OUT.with_suffix(".tmp")
    report = build(RAW, tmp)
    os.replace(tmp, OUT)
    print(f"{OUT}: " + "\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
