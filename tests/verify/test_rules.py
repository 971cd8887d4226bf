"""One test per verification rule, on real values from tests/verify/realdata.py."""
from datetime import date

import pytest

from factcheck.verify import labels
from factcheck.verify.mirror import views
from tests.verify.helpers import check, claim, months, verdict, year
from tests.verify.realdata import MemorySource

CTV_11M = "За 11 месяцев 2024 года Минск и Бишкек наторговали на 166 миллионов долларов."
CTV_TARGET = "Товарооборот между Беларусью и Кыргызстаном вполне реально довести до полумиллиарда долларов."


def test_sample_article_period_not_covered(source):
    v = verdict(source, claim("c1", CTV_11M, "166 миллионов долларов", 166e6, "USD", "trade_turnover",
                              ["BLR", "KGZ"], months(2024, 1, 11)))
    assert v.label == "unverifiable"
    assert "period not covered" in v.explanation.lower()
    assert "part-year figure is not compared with a full-year one" in v.explanation
    # the Kyrgyz-reported 2023 full year is the context: 33,965.798 + 76,170.221 thousand USD
    ctx = [o for o in v.evidence if o.reporter == "KGZ" and o.period == year(2023)]
    assert ctx and ctx[0].value == pytest.approx(110_136_019)
    assert v.interval == pytest.approx((165.5e6, 166.5e6))


def test_sample_article_target_multiple(source):
    v = verdict(source, claim("c2", CTV_TARGET, "полумиллиарда долларов", 5e8, "USD", "trade_turnover",
                              ["BLR", "KGZ"], None, kind="target"))
    assert v.label == "not_checkable" and v.rule == "target"
    assert "4.5×" in v.explanation
    assert any("4.54×" in line for line in v.arithmetic)


def test_target_with_date_gives_yearly_growth(source):
    # 24.kg (29 Sep 2025): "Мы подтвердили цель увеличить взаимный товарооборот до $500 миллионов в течение
    # ближайших пяти лет" -- five years from 2025 -> 2030
    s = "«Мы подтвердили цель увеличить взаимный товарооборот до $500 миллионов в течение ближайших пяти лет."
    v = verdict(source, claim("t", s, "$500 миллионов", 5e8, "USD", "trade_turnover", ["KGZ", "BLR"],
                              year(2030), kind="target"))
    # 4.54x over 7 years (2023 -> 2030): 4.54 ** (1/7) - 1 = 24.1 % a year
    assert any("+24.1% a year" in line for line in v.arithmetic)


def test_monthly_sum_and_yoy_change(source):
    # ru-016 (rambler): Russia-Armenia Jan-May 2023 +86 %; Armstat months give +118.3 %
    s = ("Объем взаимной торговли между Россией и Арменией за январь-май 2023 года увеличился на 86% по "
         "сравнению с аналогичным периодом прошлого года, а экспорт из Еревана в Москву вырос в рекордные 3,3 раза.")
    v = verdict(source, claim("m", s, "86%", 86, "percent", "trade_turnover", ["RUS", "ARM"], months(2023, 1, 5),
                              "change", "yoy"))
    assert "monthly_sum" in v.rule
    assert any("sum of 5 monthly values" in a and "2022-01..2022-05" in a for a in v.arithmetic)
    assert any("+118.26 %" in a for a in v.arithmetic)
    # Russia's own statistics are missing, and the gap of growth factors (2.18 vs 1.86) is usual
    assert v.label == "unverifiable" and "one_sided" in v.rule and "RUS" in v.explanation


def test_incomplete_months_are_not_summed(source):
    # Armstat has 2024 months only to December 2024: Jan-Oct 2025 is not covered
    s = "Товарооборот между Россией и Белоруссией в январе – октябре вырос на 1,8%"
    v = verdict(source, claim("x", s, "1,8%", 1.8, "percent", "trade_turnover", ["ARM", "RUS"],
                              months(2025, 1, 10), "change", "yoy"))
    assert v.label == "unverifiable" and "period_not_covered" in v.rule


def test_mirror_both_reporters_shown(source):
    # trend.az: Kyrgyz imports from Kazakhstan 2023; Kazakhstan's exports to Kyrgyzstan are the mirror
    s = ("Kyrgyzstan's imports from Kazakhstan in 2023 totaled $862.182 million, which is an 11.9 percent "
         "increase compared to the 2022 figures ($770.215 million).")
    v = verdict(source, claim("i", s, "$862.182 million", 862.182e6, "USD", "imports", ["KGZ", "KAZ"], year(2023)))
    reporters = {o.reporter for o in v.evidence}
    assert reporters == {"KGZ", "KAZ"}
    assert "1,147,176,218" in v.explanation and "CIF vs FOB" in v.explanation and "EAEU" in v.explanation


def test_mirror_views_cover_both_directions():
    vs = views("exports", ("ARM", "RUS"))
    assert [(v.reporter, v.partner, v.metric) for v in vs] == [("ARM", "RUS", "exports"), ("RUS", "ARM", "imports")]
    vs = views("trade_turnover", ("BLR", "KGZ"))
    assert [(v.reporter, v.partner) for v in vs] == [("BLR", "KGZ"), ("KGZ", "BLR")]


def test_one_sided_within_the_usual_gap_is_unverifiable(source):
    # onyxmedia (25.11.2024): "превысил отметку в 8,3 миллиарда долларов" for H1 2024; Armstat gives 7.53 bn
    # (9 % below) -> within the usual gap -> unverifiable, not inaccurate
    s = ("В первом полугодии 2024 года товарооборот между Россией и Арменией превысил отметку в 8,3 миллиарда "
         "долларов, превышая показатели за весь прошлый год - 7,4 миллиарда долларов.")
    v = verdict(source, claim("h", s, "8,3 миллиарда долларов", 8.3e9, "USD", "trade_turnover", ["RUS", "ARM"],
                              months(2024, 1, 6), qualifier="more_than"))
    assert v.label == "unverifiable" and "one_sided" in v.rule


def test_percent_and_percentage_points_never_mixed(source):
    # a level metric changed "by percentage points" cannot be computed
    s = "Trade turnover between Russia and Kyrgyzstan grew by 17.4% in the first half of 2023 year-on-year"
    c = claim("p", s, "17.4%", 17.4, "percentage_point", "trade_turnover", ["KGZ", "RUS"], year(2023),
              "change", "yoy")
    v = verdict(source, c)
    assert v.label == "unverifiable" and "percentage points" in v.explanation


def test_ratio_recomputed_as_ratio(source):
    # sb.by: "за 2022 год произошла прибавка почти в 1,5 раза"; KGZ NSC 111,352.353 / 74,010.616 = 1.505
    s = "Так, за 2021 год он составил около 100 млн долларов, за 2022 год произошла прибавка почти в 1,5 раза к сумме предыдущего года."
    v = verdict(source, claim("r", s, "почти в 1,5 раза", 1.5, "ratio", "trade_turnover", ["BLR", "KGZ"],
                              year(2022), "change", "yoy", "almost"))
    assert v.label == "accurate" and v.rule.startswith("ratio")
    assert any("ratio = 111,352,353 / 74,010,616 = 1.505" in a for a in v.arithmetic)


def test_vintage_matches_earlier_release(source):
    # Kyrgyz 2024 GDP growth: 9.04 (WB API, vintage 2026-02-24) revised to 11.54 (WDI CSV, 2026-07-13)
    s = "В 2024 году ВВП Кыргызстана вырос на 9%."   # formatting example only: the value is the WB figure
    c = claim("g", s, "9%", 9, "percent", "gdp_growth", ["KGZ"], year(2024))
    before = verdict(source, c, published=date(2026, 3, 1))
    assert before.label == "accurate" and "vintage" in before.rule
    assert "revised since to 11.54" in before.explanation
    unknown = verdict(source, c)
    assert unknown.label == "approximately_accurate" and "earlier release" in unknown.explanation
    later = claim("g2", "В 2024 году ВВП Кыргызстана вырос на 11,5%.", "11,5%", 11.5, "percent", "gdp_growth",
                  ["KGZ"], year(2024))
    assert verdict(source, later).label == "accurate"


def test_currency_conversion_with_dated_rate(source):
    # KGZ-reported 2023 turnover with Belarus in soms: 110,136,019 USD x 87.8561 KGS/USD (NSC 2023 average)
    s = "товарооборот составил 9,7 млрд сомов"     # formatting example only
    v = verdict(source, claim("k", s, "9,7 млрд сомов", 9.7e9, "KGS", "trade_turnover", ["KGZ", "BLR"], year(2023)))
    assert "fx" in v.rule
    rate = [o for o in v.evidence if o.metric == "exchange_rate"]
    assert rate and round(rate[0].value, 4) == 87.8561 and rate[0].provenance.vintage
    assert v.label == "accurate"   # 110,136,019 x 87.8561 = 9,676.2 million KGS -> rounds to 9.7 billion


def test_source_unavailable_does_not_stop_the_run():
    bad = MemorySource(fail="connection refused")
    doc = check(bad, claim("a", CTV_11M, "166 миллионов долларов", 166e6, "USD", "trade_turnover", ["BLR", "KGZ"],
                           months(2024, 1, 11)),
                claim("b", CTV_TARGET, "полумиллиарда долларов", 5e8, "USD", "trade_turnover", ["BLR", "KGZ"],
                      None, kind="target"))
    assert all(c.verdict is not None for c in doc.claims)
    assert doc.claims[0].verdict.label == "unverifiable"
    assert any(e.startswith("source unavailable: memory: connection refused") for e in doc.claims[0].verdict.errors)


def test_labels_claimreview_mapping():
    assert labels.rating("accurate")["ratingValue"] == 5
    assert labels.rating("inaccurate")["ratingValue"] == 1
    assert labels.rating("approximately_accurate")["alternateName"] == "Mostly true"
    assert labels.rating("unchecked") is None
    assert {labels.RATINGS[k][1] for k in ("unverifiable", "not_checkable")} == {
        "Unverifiable: no data covers it", "Not checkable: target or forecast"}


def test_grouping_partner_has_no_mirror():
    # "товарооборот Казахстана со странами ЕАЭС": the grouping publishes no statistics of its own
    vs = views("trade_turnover", ("EAEU", "KAZ"))
    assert [(v.reporter, v.partner) for v in vs] == [("KAZ", "EAEU")]


def test_missing_exchange_rate_is_said(memory_source):
    # Uzbekistan's 2022 GDP in soums: the in-memory source has no UZS rate for 2022
    s = "The economy of Uzbekistan in 2023 grew by 6% - to 1.07 quadrillion soums (about $90.8 billion)."
    v = verdict(memory_source, claim("u", s, "1.07 quadrillion soums", 1.07e15, "UZS", "gdp", ["UZB"], year(2022)))
    assert v.label == "unverifiable" and "no UZS per USD exchange rate for 2022" in v.explanation


def test_claim_review_json_ld(source):
    s = ("Washington: India received $120 billion (Rs 10,02,821 cr) in remittances in 2023, which is almost twice "
         "of $66 billion received by Mexico during the same period, the World Bank said in a report released on "
         "Wednesday.")
    c = claim("r", s, "$66 billion", 66e9, "USD", "remittances", ["MEX"], year(2023))
    doc = check(source, c)
    review = labels.claim_review(doc.claims[0], url="https://deccanherald.com/")
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == s
    assert review["reviewRating"]["ratingValue"] == 5 and review["reviewRating"]["alternateName"] == "True"
    assert labels.claim_review(c) is None     # no verdict yet


def test_document_with_input_error_passes_through(source):
    from factcheck.model import Document
    from factcheck.verify import verify_document
    doc = Document("x", error="x: not UTF-8")
    assert verify_document(doc, [source]) is doc


def test_bad_claim_value_gives_a_verdict_not_a_traceback(source):
    c = claim("n", CTV_11M, "166 миллионов долларов", float("nan"), "USD", "trade_turnover", ["BLR", "KGZ"],
              months(2024, 1, 11))
    v = verdict(source, c)
    assert v.label == "unverifiable" and "not a finite number" in v.explanation


def test_a_level_far_from_the_data_is_not_called_inaccurate(source):
    # massispost.com, 2023-07: "... compared with about $1.2 billion with the European Union." Read with the
    # wrong partner (Russia), the figure is less than half of Armstat's Armenia-Russia turnover for
    # January-May 2023: a different quantity, not a misstatement.
    s = ("Armenian government data shows that the trade with Russia totaled $2.5 billion in January-May 2023, "
         "compared with about $1.2 billion with the European Union.")
    v = verdict(source, claim("m", s, "$1.2 billion", 1.2e9, "USD", "trade_turnover", ["ARM", "RUS"],
                              months(2023, 1, 5), qualifier="approx"))
    assert v.label == "unverifiable" and "too_far_apart" in v.rule
    assert "too far apart to be the same quantity" in v.explanation
    armstat = [o for o in v.evidence if o.reporter == "ARM"]
    assert armstat and all(o.value > 0 for o in armstat)  # the data is shown, not hidden
