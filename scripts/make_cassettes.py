#!/usr/bin/env python3
"""Build the vcrpy cassettes in fixtures/cassettes/ from the real recorded API bodies.

    python scripts/make_cassettes.py [--recorded ../shared/data/recorded] [--check]

Every response body is a real recorded body from the shared data folder (see its MANIFEST), used
verbatim unless the cassette says otherwise.  Error, 429, timeout and malformed cases are
synthesized AROUND real bodies (a 429 with Retry-After followed by the real body; a truncated real
body); each cassette names its source file(s) and says exactly what was synthesized, both in a
comment at the top and in its top-level ``provenance`` field (vcrpy ignores unknown top-level keys;
``metadata`` is not used because pytest-recording cannot load cassettes that have it).

A "read-timeout" interaction is a 504 carrying the header ``X-Factcheck-Simulate: read-timeout``;
tests/sources/conftest.py turns it into the ``requests.exceptions.ReadTimeout`` a real read timeout
raises (a cassette cannot store an exception).

--check: rebuild in memory and exit 1 if any committed cassette differs (they must not drift).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "fixtures" / "cassettes"
DEFAULT_RECORDED = Path(__file__).resolve().parents[2] / "shared" / "data" / "recorded"
DEFAULT_REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "data" / "reference"

JSON = "application/json"
XML = "application/xml"
REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 429: "Too Many Requests",
           503: "Service Unavailable", 504: "Gateway Timeout"}

# real error bodies published verbatim elsewhere (not in the shared folder): where they come from
EUROSTAT_ERROR_150 = (
    '{ "error": [{"status": 400,"id": 150,"label": "INVALID_QUERY_DIMENSION: Query is invalid as per its '
    'structure\'s definition. Dimension \\"FROMTIMEPERIOD\\" is not defined"}]}')
EUROSTAT_ERROR_SOURCE = ("response body quoted verbatim by the maintainer in rOpenGov/eurostat pull request #262 "
                         "(2023-06-09) for https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/"
                         "TIPSHO40?fromTimePeriod=2020&untilTimePeriod=2021&format=JSON&lang=EN")
COMTRADE_401 = ('{ "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to '
                'provide a valid key for an active subscription." }')
COMTRADE_401_SOURCE = ("message text as quoted from comtradeapi.un.org in uncomtrade/comtradeapicall issue #23 "
                       "(HTTP 401); the {statusCode, message} JSON shape is Azure API Management's (the Comtrade "
                       "gateway) as quoted in mtvbrianking/laravel-mtn-momo issue #77; synthesized from those two")


def resp(status: int, body: str, ctype: str | None = JSON, **headers) -> dict:
    h = {}
    if ctype:
        h["Content-Type"] = [ctype]
    for k, v in headers.items():
        h[k.replace("_", "-")] = [str(v)]
    return {"status": {"code": status, "message": REASONS.get(status, "")}, "headers": h, "body": {"string": body}}


def timeout_resp() -> dict:
    return resp(504, "", None, X_Factcheck_Simulate="read-timeout")


def inter(uri: str, response: dict, headers: dict | None = None) -> dict:
    return {"request": {"body": None, "headers": headers or {}, "method": "GET", "uri": uri}, "response": response}


def dump(path: Path, interactions: list[dict], meta: dict) -> str:
    lines = ["# vcrpy cassette built by scripts/make_cassettes.py -- do not edit by hand"]
    for key in ("source_files", "synthesized"):
        val = meta.get(key)
        if val:
            for item in (val if isinstance(val, list) else [val]):
                lines.append(f"# {key.replace('_', ' ')}: {item}")
    text = "\n".join(lines) + "\n" + yaml.safe_dump(
        {"interactions": interactions, "version": 1, "provenance": meta},
        sort_keys=False, allow_unicode=True, width=100)
    return text


def build(recorded: Path, reference: Path) -> dict[Path, str]:
    out: dict[Path, str] = {}

    def add(adapter: str, name: str, interactions: list[dict], source_files: list[str], synthesized: str | None):
        meta = {"source_files": source_files, "synthesized": synthesized or "nothing: real body verbatim"}
        out[OUT / adapter / f"{name}.yaml"] = dump(OUT / adapter / f"{name}.yaml", interactions, meta)

    # ------------------------------------------------------------------ World Bank
    wb_jp_file = recorded / "worldbank" / "kuznets_country_jp_gdp_NY.GDP.PCAP.CD.json"
    wb_jp = wb_jp_file.read_text(encoding="utf-8")
    wb_err_file = recorded / "worldbank" / "kuznets_bad_indicator_error120.json"
    wb_err = wb_err_file.read_text(encoding="utf-8")
    wb_src = [f"data/recorded/worldbank/{wb_jp_file.name}"]
    wb_uri = ("https://api.worldbank.org/v2/country/JPN/indicator/NY.GDP.PCAP.CD"
              "?format=json&per_page=1000&date=2000:2004")
    replay_note = ("body recorded for .../countries/JP/indicators/NY.GDP.PCAP.CD (per_page=25000); replayed for "
                   "the adapter's request .../country/JPN/indicator/NY.GDP.PCAP.CD?per_page=1000&date=2000:2004")
    add("worldbank", "test_fetch_parses_recorded_body", [inter(wb_uri, resp(200, wb_jp))], wb_src, replay_note)
    # paging: the real 5 rows split into two pages of 3 + 2, header page/pages/per_page adjusted
    header, rows = json.loads(wb_jp)
    p1 = [dict(header, page=1, pages=2, per_page=3), rows[:3]]
    p2 = [dict(header, page=2, pages=2, per_page=3), rows[3:]]
    base = "https://api.worldbank.org/v2/country/JPN/indicator/NY.GDP.PCAP.CD?format=json&per_page=3&date=2000:2004"
    add("worldbank", "test_fetch_follows_pages",
        [inter(base, resp(200, json.dumps(p1, separators=(",", ":")))),
         inter(base + "&page=2", resp(200, json.dumps(p2, separators=(",", ":"))))],
        wb_src, "the real 5-row body split into two pages (3 + 2 rows); header page/pages/per_page rewritten "
                "to match; rows untouched")
    add("worldbank", "test_error_envelope_120",
        [inter("https://api.worldbank.org/v2/country/JPN/indicator/NY.GDP.PCAP.CD?format=json&per_page=1000",
               resp(200, wb_err))],
        [f"data/recorded/worldbank/{wb_err_file.name}"],
        "real error body (HTTP 200 envelope) replayed for a request for JPN NY.GDP.PCAP.CD")
    add("worldbank", "test_429_then_success",
        [inter(wb_uri, resp(429, "", "text/plain", Retry_After=7)), inter(wb_uri, resp(200, wb_jp))],
        wb_src, "first answer: a synthesized 429 with Retry-After: 7 and no body; then the real body. " + replay_note)
    add("worldbank", "test_timeout", [inter(wb_uri, timeout_resp()) for _ in range(3)], wb_src,
        "three synthesized read timeouts (no body); the real file is named only as the request's subject")
    add("worldbank", "test_malformed_body", [inter(wb_uri, resp(200, wb_jp[:200]))], wb_src,
        "the real body truncated to its first 200 characters (invalid JSON)")

    # ------------------------------------------------------------------ IMF
    imf_file = recorded / "imf" / "openbb_cassette_api.imf.org_sdmx3_IMTS_USA.XG_FOB_USD.G001+G998.A_2023-2024.xml"
    imf_body = imf_file.read_text(encoding="utf-8")
    imf_src = [f"data/recorded/imf/{imf_file.name}"]
    imf_q = "?c%5BTIME_PERIOD%5D=ge:2023-01-01+le:2024-12-31&dimensionAtObservation=TIME_PERIOD&detail=full&includeHistory=false"
    imf_base = "https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.STA/IMTS/+/"
    imf_world = imf_base + "USA.XG_FOB_USD.G001.A" + imf_q
    imf_date = "Tue, 16 Dec 2025 05:16:36 GMT"
    imf_note = ("body recorded (2025-12-16, by OpenBB) for key USA.XG_FOB_USD.G001+G998.A with "
                "c[TIME_PERIOD]=ge:2023-01-01+le:2026-01-01; replayed for the adapter's key USA.XG_FOB_USD.G001.A "
                "(the extra G998 aggregate series stays in the body: the adapter must ignore it); Date header "
                "set from the message's Prepared time")
    add("imf", "test_fetch_keeps_world_total_only", [inter(imf_world, resp(200, imf_body, XML, Date=imf_date))],
        imf_src, imf_note)
    add("imf", "test_partner_query_never_uses_aggregates",
        [inter(imf_base + "USA.XG_FOB_USD.CAN.A" + imf_q, resp(200, imf_body, XML, Date=imf_date))], imf_src,
        "the real body (series for G001 and G998 only) replayed for a USA->CAN request: neither aggregate "
        "may stand in for Canada")
    add("imf", "test_no_results_404",
        [inter(imf_base + "USA.XG_FOB_USD.G001.A" + imf_q, resp(404, "", "text/plain"))], imf_src,
        "synthesized 404 with an empty body (SDMX REST: no results for the query)")
    add("imf", "test_error_400",
        [inter(imf_world, resp(400, "Bad request", "text/plain"))], imf_src,
        "synthesized 400 with a short text body")
    add("imf", "test_429_then_success",
        [inter(imf_world, resp(429, "", "text/plain", Retry_After=5)),
         inter(imf_world, resp(200, imf_body, XML, Date=imf_date))], imf_src,
        "synthesized 429 (Retry-After: 5) then the real body. " + imf_note)
    add("imf", "test_timeout", [inter(imf_world, timeout_resp()) for _ in range(3)], imf_src,
        "three synthesized read timeouts")
    add("imf", "test_malformed_body", [inter(imf_world, resp(200, imf_body[:900], XML))], imf_src,
        "the real XML truncated to its first 900 characters")

    # ------------------------------------------------------------------ UN Comtrade
    ct_file = recorded / "comtrade" / "comtradr_data_v1_get_C_A_HS-60a6ad.json"
    ct_body = ct_file.read_text(encoding="utf-8")
    ct_src = [f"data/recorded/comtrade/{ct_file.name}"]
    ct_q = ("reporterCode=156&partnerCode=32&period=2010&cmdCode=TOTAL&flowCode={flows}&customsCode=C00"
            "&motCode=0&partner2Code=0&includeDesc=true")
    preview = "https://comtradeapi.un.org/public/v1/preview/C/A/HS?" + ct_q
    keyed = "https://comtradeapi.un.org/data/v1/get/C/A/HS?" + ct_q
    ct_note = ("body recorded from data/v1/get/C/A/HS for China with partners 32, 276 (and 280) in 2010, both "
               "flows; replayed for the adapter's request (partner 32 only): the Germany rows stay in the body "
               "and must be ignored")
    add("comtrade", "test_fetch_preview_exports",
        [inter(preview.format(flows="X"), resp(200, ct_body))], ct_src,
        ct_note + "; served on the keyless preview endpoint, whose rows have the same shape")
    add("comtrade", "test_fetch_keyed_turnover",
        [inter(keyed.format(flows="X,M"), resp(200, ct_body),
               headers={"Ocp-Apim-Subscription-Key": ["REDACTED"]})], ct_src, ct_note)
    add("comtrade", "test_access_denied_401",
        [inter(keyed.format(flows="X"), resp(401, COMTRADE_401))], ct_src + [COMTRADE_401_SOURCE],
        "synthesized 401 body (see source files)")
    add("comtrade", "test_429_then_success",
        [inter(preview.format(flows="X"), resp(429, "", "text/plain", Retry_After=3)),
         inter(preview.format(flows="X"), resp(200, ct_body))], ct_src,
        "synthesized 429 (Retry-After: 3) then the real body. " + ct_note)
    add("comtrade", "test_timeout", [inter(preview.format(flows="X"), timeout_resp()) for _ in range(3)], ct_src,
        "three synthesized read timeouts")
    add("comtrade", "test_malformed_body", [inter(preview.format(flows="X"), resp(200, ct_body[:300]))], ct_src,
        "the real body truncated to its first 300 characters")

    # ------------------------------------------------------------------ Eurostat
    es_file = recorded / "eurostat" / "kuznets_ert_h_eur_a_jsonstat2.json"
    es_body = es_file.read_text(encoding="utf-8")
    es_src = [f"data/recorded/eurostat/{es_file.name}"]
    es_uri = ("https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/ert_h_eur_a"
              "?format=JSON&lang=EN&statinfo=AVG&unit=NAT&currency=HRK&sinceTimePeriod=2009&untilTimePeriod=2010")
    es_note = ("body recorded for ert_h_eur_a?format=JSON&lang=EN&sinceTimePeriod=2009&untilTimePeriod=2010 "
               "(no other filters: 21 currencies x AVG/END); replayed for the adapter's request filtered on "
               "statinfo=AVG, unit=NAT, currency=HRK: the decoder must pick the right cells")
    add("eurostat", "test_fetch_decodes_jsonstat", [inter(es_uri, resp(200, es_body))], es_src, es_note)
    add("eurostat", "test_error_envelope_400", [inter(es_uri, resp(400, EUROSTAT_ERROR_150))],
        [EUROSTAT_ERROR_SOURCE], "real error body (from the source above) replayed for our request")
    add("eurostat", "test_429_then_success",
        [inter(es_uri, resp(429, "", "text/plain", Retry_After=2)), inter(es_uri, resp(200, es_body))], es_src,
        "synthesized 429 (Retry-After: 2) then the real body. " + es_note)
    add("eurostat", "test_timeout", [inter(es_uri, timeout_resp()) for _ in range(3)], es_src,
        "three synthesized read timeouts")
    add("eurostat", "test_malformed_body", [inter(es_uri, resp(200, es_body[:500]))], es_src,
        "the real body truncated to its first 500 characters")

    # ------------------------------------------------------------------ DBnomics
    db_file = recorded / "dbnomics" / "dbnomics_v22_series_CEPII_CHELEM-TRADE-CHEL_page1_TRIMMED_3docs.json"
    db = json.loads(db_file.read_text(encoding="utf-8"))
    db_src = [f"data/recorded/dbnomics/{db_file.name}"]
    ids = ",".join(f"CEPII/CHELEM-TRADE-CHEL/{d['series_code']}" for d in db["series"]["docs"])
    db_uri = "https://api.db.nomics.world/v22/series?series_ids={ids}&observations=1&format=json&offset={off}&limit={lim}"
    one = json.loads(json.dumps(db))
    one["series"]["num_found"] = len(one["series"]["docs"])
    db_note = ("page 1 of .../v22/series/CEPII/CHELEM-TRADE-CHEL?facets=1&format=json&limit=1000&observations=1 "
               "trimmed to its first 3 docs (shared file); series.num_found set to 3 (was 7419264) and replayed "
               "for a series_ids request naming exactly those 3 series")
    add("dbnomics", "test_fetch_series_parses_recorded_docs",
        [inter(db_uri.format(ids=ids, off=0, lim=1000), resp(200, json.dumps(one, ensure_ascii=False)))],
        db_src, db_note)
    pa, pb = json.loads(json.dumps(one)), json.loads(json.dumps(one))
    pa["series"].update(docs=one["series"]["docs"][:2], limit=2, offset=0)
    pb["series"].update(docs=one["series"]["docs"][2:], limit=2, offset=2)
    add("dbnomics", "test_fetch_series_pages",
        [inter(db_uri.format(ids=ids, off=0, lim=2), resp(200, json.dumps(pa, ensure_ascii=False))),
         inter(db_uri.format(ids=ids, off=2, lim=2), resp(200, json.dumps(pb, ensure_ascii=False)))],
        db_src, db_note + "; then split into two pages (2 + 1 docs) with limit/offset rewritten")
    missing = "CEPII/CHELEM-TRADE-CHEL/KGZ.BLR.CAT.TT"
    add("dbnomics", "test_error_404",
        [inter(db_uri.format(ids=missing, off=0, lim=1000),
               resp(404, json.dumps({"message": f"Series not found: {missing}"})))], db_src,
        "synthesized 404 with a {message} body (shape not taken from a recording)")
    add("dbnomics", "test_429_then_success",
        [inter(db_uri.format(ids=ids, off=0, lim=1000), resp(429, "", "text/plain", Retry_After=4)),
         inter(db_uri.format(ids=ids, off=0, lim=1000), resp(200, json.dumps(one, ensure_ascii=False)))],
        db_src, "synthesized 429 (Retry-After: 4) then the body. " + db_note)
    add("dbnomics", "test_timeout", [inter(db_uri.format(ids=ids, off=0, lim=1000), timeout_resp()) for _ in range(3)],
        db_src, "three synthesized read timeouts")
    add("dbnomics", "test_malformed_body",
        [inter(db_uri.format(ids=ids, off=0, lim=1000), resp(200, json.dumps(one, ensure_ascii=False)[:700]))],
        db_src, "the body truncated to its first 700 characters")

    # ------------------------------------------------------------------ HTTP layer
    add("http", "test_backoff_on_5xx",
        [inter(wb_uri, resp(503, "", "text/plain")), inter(wb_uri, resp(503, "", "text/plain")),
         inter(wb_uri, resp(200, wb_jp))], wb_src, "two synthesized 503s (no Retry-After), then the real body")
    add("http", "test_gives_up_after_retries", [inter(wb_uri, resp(503, "", "text/plain")) for _ in range(3)],
        wb_src, "three synthesized 503s")
    add("http", "test_retry_after_http_date",
        [inter(wb_uri, resp(503, "", "text/plain", Date="Wed, 01 Jul 2026 10:00:00 GMT",
                            Retry_After="Wed, 01 Jul 2026 10:00:30 GMT")),
         inter(wb_uri, resp(200, wb_jp))], wb_src,
        "synthesized 503 whose Retry-After is an HTTP date 30 s after its Date header, then the real body")
    add("http", "test_retry_after_beyond_budget",
        [inter(wb_uri, resp(429, "", "text/plain", Retry_After=3600))], wb_src,
        "synthesized 429 asking to wait an hour")
    add("http", "test_cache_stores_and_serves", [inter(wb_uri, resp(200, wb_jp))], wb_src,
        "the real body once: a second identical request must be served from the cache")
    add("http", "test_corrupt_cache_is_rebuilt", [inter(wb_uri, resp(200, wb_jp))], wb_src, None)
    add("http", "test_cache_breaking_mid_run_is_bypassed", [inter(wb_uri, resp(200, wb_jp))], wb_src, None)

    # ------------------------------------------------------------------ plugins / CLI: sources check
    reporters_file = reference / "comtrade_Reporters.json"
    imf_struct_file = recorded / "imf" / "sdmx-test-data_IMF_01R.xml"
    add("plugins", "test_sources_check_online", [
        inter("https://api.worldbank.org/v2/country/WLD/indicator/SP.POP.TOTL?format=json&per_page=1",
              resp(200, wb_jp)),
        inter("https://api.imf.org/external/sdmx/3.0/structure/dataflow/IMF.STA/IMTS/+",
              resp(200, imf_struct_file.read_text(encoding="utf-8"), XML)),
        inter("https://comtradeapi.un.org/files/v1/app/reference/Reporters.json",
              resp(200, reporters_file.read_text(encoding="utf-8"))),
        inter("https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/nama_10_gdp"
              "?format=JSON&lang=EN&geo=DE&unit=CP_MEUR&na_item=B1GQ&lastTimePeriod=1", resp(200, es_body)),
        inter("https://api.db.nomics.world/v22/providers/CEPII", resp(503, "", "text/plain")),
    ], [f"data/recorded/worldbank/{wb_jp_file.name}", f"data/recorded/imf/{imf_struct_file.name}",
        f"data/reference/{reporters_file.name}", f"data/recorded/eurostat/{es_file.name}"],
        "health checks look at the status only: real bodies replayed for the check URLs (Reporters.json was "
        "recorded from exactly that URL; the others come from other requests of the same APIs); the DBnomics "
        "answer is a synthesized 503")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--recorded", type=Path, default=DEFAULT_RECORDED)
    ap.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    ap.add_argument("--check", action="store_true", help="compare with the committed cassettes; write nothing")
    args = ap.parse_args(argv)
    built = build(args.recorded, args.reference)
    if args.check:
        stale = [p for p, text in built.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        for p in stale:
            print(f"stale: {p.relative_to(ROOT)}")
        return 1 if stale else 0
    for p, text in built.items():
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    print(f"wrote {len(built)} cassettes under {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
