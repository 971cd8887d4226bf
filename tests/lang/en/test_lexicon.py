"""Metric and cue words in English news sentences. Sentences are quoted from the pages named next
to them (dev ids: ../shared/eval/dev-claims.jsonl)."""
from __future__ import annotations

import pytest

from factcheck.extract.lexicon import find_cues, find_metrics

# (source, sentence, [(span, metric)], [(span, cue)]) -- both lists in text order
CASES = [
    ("dev en-001", "To note, Kyrgyzstan's total foreign trade turnover amounted to $12 billion in the first 10 "
     "months of 2024, up 8.4 percent compared to the same period in 2023.",
     [("foreign trade turnover", "trade_turnover")], [("up", "up"), ("same period", "yoy")]),
    ("dev en-004", "Trade turnover between Russia and Kyrgyzstan grew by 17.4% in the first half of 2023 "
     "year-on-year, Russian President Vladimir Putin said.",
     [("Trade turnover", "trade_turnover")], [("grew", "up"), ("year-on-year", "yoy")]),
    ("dev en-007", "MINSK, 27 January (BelTA) – Over the past ten years, Belarus has tripled its trade with China "
     "and doubled its exports to the country, First Deputy Prime Minister Nikolai Snopkov said at a meeting to "
     "discuss cooperation with China hosted by Belarusian President Aleksandr Lukashenko in Minsk on 27 January, "
     "BelTA has learned.",
     [("trade with", "trade_turnover"), ("exports", "exports")], [("tripled", "up"), ("doubled", "up")]),
    ("dev en-010", "The volume of produced Gross domestic product (GDP) for January-June 2024 according to the "
     "accounting data, amounted to 52342740,4 million tenge.",
     [("Gross domestic product", "gdp"), ("GDP", "gdp")], []),
    ("dev en-013", "NEW DELHI, November 11. /TASS/. The goal of Moscow and New Delhi to reach trade turnover worth "
     "$100 bln by 2030 is more than realistic, Indian Foreign Minister Subrahmanyam Jaishankar told a business "
     "forum in Mumbai.",
     [("trade turnover", "trade_turnover")], [("goal", "target")]),
    ("dev en-016", "This year, the inflation rate in Kazakhstan should be reduced by half from 20.3% to 9.5%, "
     "according to Prime Minister Alikhan Smailov.",
     [("inflation", "inflation")], [("should be", "forecast"), ("reduced", "down")]),
    ("dev en-019", "Industrial output increased 9.6 percent year on year in the first nine months of 2013, while "
     "the growth of fixed-asset investment, a measure of government and private spending on infrastructure, "
     "stood at 20.2 percent during the period, up 0.1 percentage points over the first half of the year.",
     [("Industrial output", "industrial_output"), ("fixed-asset investment", "investment")],
     [("increased", "up"), ("year on year", "yoy"), ("growth", "up"), ("up", "up")]),
    ("dev en-022", "Washington: India received $120 billion (Rs 10,02,821 cr) in remittances in 2023, which is "
     "almost twice of $66 billion received by Mexico during the same period, the World Bank said in a report "
     "released on Wednesday.",
     [("remittances", "remittances")], [("same period", "yoy")]),
    ("dev en-025", "KUALA LUMPUR, Malaysia — Malaysia’s total trade in November 2017 surged by 14.8 per cent to "
     "RM157.05 billion compared with the corresponding month of last year, said the Ministry of International "
     "Trade and Industry (MITI).",
     [("total trade", "trade_turnover")], [("surged", "up"), ("corresponding month", "yoy")]),
    ("dev en-028", "Th number of unemployed rose by 21,000 persons from the previous period to 1.38 million.",
     [("unemployed", "unemployment")], [("rose", "up"), ("previous period", "prior_period")]),
    ("dev en-031", "India and the US are engaging in high-level talks to expand bilateral trade, setting a target "
     "of USD 500 billion by 2030.",
     [("bilateral trade", "trade_turnover")], [("target", "target")]),
    ("dev en-034", "G20 exports in the fourth quarter climbed 2.7 percent to over $3.56 trillion, while imports "
     "rose 3 percent to top $3.6 trillion.",
     [("exports", "exports"), ("imports", "imports")], [("climbed", "up"), ("rose", "up")]),
    ("https://tass.com/economy/1553163", "\"In nine months of this year trade turnover between Kyrgyzstan and "
     "Russia reached $2.23 bln, which is 36.8% higher than in the same period last year,\" Shakiev was quoted as "
     "saying by his press service.",
     [("trade turnover", "trade_turnover")], [("higher", "up"), ("same period", "yoy")]),
    ("https://www.newscentralasia.net/2023/01/20/kazakhstan-china-trade-turnover-in-2022-exceeded-usd-31-billion/",
     "Kazakhstan and China are committed to raise the volume of their mutual trade to USD 35 billion by 2030.",
     [("mutual trade", "trade_turnover")], []),
    ("http://en.shippingchina.com/sailingnews/...index/detail/type/Trade/id/23594.html",
     "In December 2010 exports grew 1.8 per cent to $163 billion month to month with imports slightly higher at "
     "2.6 per cent to $203.5 billion.",
     [("exports", "exports"), ("imports", "imports")],
     [("grew", "up"), ("month to month", "prior_period"), ("higher", "up")]),
    ("http://www.shopfloor.org/2007/01/trade-numbers-improve-exports-lead-the-way/",
     "Trade deficits with NAFTA countries and the EU declined while exports to China increased by a whopping 31%.",
     [("Trade deficits", "trade_balance"), ("exports", "exports")],
     [("deficits", "deficit"), ("declined", "down"), ("increased", "up")]),
    ("https://ustr.gov/about-us/policy-offices/press-office/press-releases/archives/2007/november/statement-ustr-schwab-monthly-trade-defi",
     "The trade deficit has decreased by more than 9%.",
     [("trade deficit", "trade_balance")], [("deficit", "deficit"), ("decreased", "down")]),
    ("https://en.tengrinews.kz/finance/kazakhstan-needs-to-quintuple-gdp-to-join-developed-nations-24396/",
     "In 2012 Kazakhstan's GDP per capita amounted to $12 thousand.",
     [("GDP per capita", "gdp_per_capita")], []),
    ("https://en.tengrinews.kz/finance/kazakhstan-needs-to-quintuple-gdp-to-join-developed-nations-24396/",
     "Kazakhstan will enter the list of competitive countries if the per capita GDP reaches $60 thousand.",
     [("per capita GDP", "gdp_per_capita")], []),
    ("https://en.fergana.ru/news/139469/?country=kz", "According to IMF data, in 2025 Kazakhstan’s GDP per capita "
     "will amount to $14,770, compared to $14,260 in Russia and $13,690 in China.",
     [("GDP per capita", "gdp_per_capita")], [("will amount", "forecast")]),
    ("https://eurradio.com/kazakhstan-overtakes-russia-and-china-in-gdp-per-capita-reports-imf",
     "Other countries in the region remain far behind, with Georgia, Armenia, and Moldova ranging between $8,000 "
     "and $9,500, while Central Asian neighbours such as Kyrgyzstan and Tajikistan remain below $3,000 and "
     "$1,500, respectively.",
     [], [("respectively", "respectively")]),
    ("http://24.kg/archive/en/cis/177160-news24.html/", "\"Compared with 2014, decrease in turnover by 17.5 percent "
     "is observed, but it seems to us that these figures don't reflect what is happening in the economy.",
     [("economy", "gdp")], [("decrease", "down")]),
]

NEGATIVES = [
    ("dev en-035", "Former British Prime Minister Margaret Thatcher has died at the age of 87."),
    ("dev en-038", "Phone: +375 1718 65-5-07"),
    ("https://www.tgoop.com/KzPulse/4015", "Share with your friend now:"),
]


@pytest.mark.parametrize("source,text,metrics,cues", CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_metrics_and_cues_in_real_sentences(source, text, metrics, cues):
    assert [(m.span.text, m.metric) for m in find_metrics(text, "en")] == metrics
    assert [(c.span.text, c.cue) for c in find_cues(text, "en")] == cues


@pytest.mark.parametrize("source,text", NEGATIVES, ids=[f"neg{i}" for i in range(len(NEGATIVES))])
def test_nothing_in_sentences_without_metrics(source, text):
    assert find_metrics(text, "en") == []
    assert find_cues(text, "en") == []


def test_up_to_is_a_bound_not_a_rise():
    # constructed formatting example (the qualifier 'up to' belongs to the number parser)
    assert find_cues("up to $5 billion", "en") == []
    assert [c.cue for c in find_cues("up 5%", "en")] == ["up"]


def test_unknown_language_and_bad_input():
    assert find_metrics("trade turnover", "xx") == []
    assert find_cues("", "en") == []
