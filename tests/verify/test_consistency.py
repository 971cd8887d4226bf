"""Findings inside one article, from real published sentences only."""
from factcheck.model import Document
from factcheck.verify import verify_document
from factcheck.verify.consistency import find
from tests.verify.helpers import claim, months, year
from tests.verify.test_regression import KG24_1, TREND_1, TREND_2, TREND_3, TREND_4


def test_parts_against_total_consistent():
    # 24.kg: $22 M exports + $46 M imports = $68 M turnover for Jan-Jun 2025 -> no finding
    p = months(2025, 1, 6)
    cs = (claim("t", KG24_1, "$68 миллионов", 68e6, "USD", "trade_turnover", ["KGZ", "BLR"], p),
          claim("x", KG24_1, "$22 миллионов", 22e6, "USD", "exports", ["KGZ", "BLR"], p),
          claim("m", KG24_1, "$46 миллионов", 46e6, "USD", "imports", ["KGZ", "BLR"], p))
    assert find(cs) == ()


def test_parts_against_total_truncated():
    # trend.az (2024-04-09): 455.702 + 862.182 = 1,317.884 million, printed as "$1.317 billion"
    y = year(2023)
    cs = (claim("t", TREND_1, "$1.317 billion", 1.317e9, "USD", "trade_turnover", ["KGZ", "KAZ"], y),
          claim("x", TREND_3, "$455.702 million", 455.702e6, "USD", "exports", ["KGZ", "KAZ"], y),
          claim("m", TREND_4, "$862.182 million", 862.182e6, "USD", "imports", ["KGZ", "KAZ"], y))
    f = find(cs)
    assert [x.kind for x in f] == ["parts_total"] and set(f[0].claim_ids) == {"t", "x", "m"}
    assert "1,317,884,000" in f[0].message


def test_level_growth_against_base_level_consistent():
    # trend.az: $1.317 billion (2023) is 11.6 % above $1.181 billion (2022) within rounding -> no finding
    cs = (claim("a", TREND_1, "$1.317 billion", 1.317e9, "USD", "trade_turnover", ["KGZ", "KAZ"], year(2023)),
          claim("b", TREND_2, "$1.181 billion", 1.181e9, "USD", "trade_turnover", ["KGZ", "KAZ"], year(2022)),
          claim("g", TREND_2, "11.6 percent", 11.6, "percent", "trade_turnover", ["KGZ", "KAZ"], year(2023),
                "change", "yoy"))
    assert [x.kind for x in find(cs)] == []


def test_same_quantity_stated_twice_differently():
    # 24.kg gives 2024 turnover "около $133 миллионов"; the ctv.by sample article's figure for the same trade in
    # Jan-Nov 2024 is 166 million -- different periods, so no finding; the same period twice is flagged
    a = claim("a", KG24_1, "$133 миллионов", 133e6, "USD", "trade_turnover", ["KGZ", "BLR"], year(2024), qualifier="approx")
    b = claim("b", "За 11 месяцев 2024 года Минск и Бишкек наторговали на 166 миллионов долларов.",
              "166 миллионов долларов", 166e6, "USD", "trade_turnover", ["BLR", "KGZ"], months(2024, 1, 11))
    assert find((a, b)) == ()
    # read with a wrongly resolved full-year period, the two would be the same quantity: flagged
    b2 = claim("b", b.sentence, "166 миллионов долларов", 166e6, "USD", "trade_turnover", ["BLR", "KGZ"], year(2024))
    assert [x.kind for x in find((a, b2))] == ["same_quantity_differs"]


def test_findings_reach_the_document(source):
    y = year(2023)
    cs = (claim("t", TREND_1, "$1.317 billion", 1.317e9, "USD", "trade_turnover", ["KGZ", "KAZ"], y),
          claim("x", TREND_3, "$455.702 million", 455.702e6, "USD", "exports", ["KGZ", "KAZ"], y),
          claim("m", TREND_4, "$862.182 million", 862.182e6, "USD", "imports", ["KGZ", "KAZ"], y))
    doc = verify_document(Document("t", claims=cs), [source])
    assert [f.kind for f in doc.findings] == ["parts_total"]
    assert all(c.verdict is not None for c in doc.claims)


PLASTEX_SHARES = ("In the total volume of industrial production, the share of manufacturing industry was 84.4%, mining "
                  "and quarrying - 8.4%, electricity supply, gas, steam and air conditioning - 6.7%, water supply, "
                  "sewerage, waste collection and disposal - 0 ,5%.")


def test_shares_of_one_whole_within_100():
    # plastex.uz (Statistics Agency of Uzbekistan, 2023): 84.4 + 8.4 + 6.7 + 0.5 = 100.0 -> no finding
    y = year(2023)
    spans = [("84.4%", 84.4), ("8.4%", 8.4), ("6.7%", 6.7), ("0 ,5%", 0.5)]
    cs = []
    for n, (span, v) in enumerate(spans):
        c = claim(f"s{n}", PLASTEX_SHARES, span, v, "percent", "other:share_of_industrial_output", ["UZB"], y)
        cs.append(c)
    assert find(tuple(cs)) == ()
    # the same shares with "0 ,5%" misread as 5 % (the stray space before the decimal comma): past 100 %
    bad = cs[:3] + [claim("s3", PLASTEX_SHARES, "0 ,5%", 5, "percent", "other:share_of_industrial_output",
                          ["UZB"], y)]
    assert [f.kind for f in find(tuple(bad))] == ["shares_over_100"]
