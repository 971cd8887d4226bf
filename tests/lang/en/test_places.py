"""Places in English news sentences. Sentences are quoted from the pages named next to them (dev
set ids refer to ../shared/eval/dev-claims.jsonl)."""
from __future__ import annotations

import pytest

from factcheck.extract.places import find_places
from tests.lang.checks import place_rows

CASES = [
    ("dev en-001", "To note, Kyrgyzstan's total foreign trade turnover amounted to $12 billion in the first 10 "
     "months of 2024, up 8.4 percent compared to the same period in 2023.",
     [("Kyrgyzstan", "KGZ", "name", None)]),
    ("dev en-004", "Trade turnover between Russia and Kyrgyzstan grew by 17.4% in the first half of 2023 "
     "year-on-year, Russian President Vladimir Putin said.",
     [("Russia", "RUS", "alias", None), ("Kyrgyzstan", "KGZ", "name", None), ("Russian", "RUS", "adjective", None)]),
    ("dev en-007", "MINSK, 27 January (BelTA) – Over the past ten years, Belarus has tripled its trade with China "
     "and doubled its exports to the country, First Deputy Prime Minister Nikolai Snopkov said at a meeting to "
     "discuss cooperation with China hosted by Belarusian President Aleksandr Lukashenko in Minsk on 27 January, "
     "BelTA has learned.",
     [("MINSK", "BLR", "capital", None), ("Belarus", "BLR", "name", None), ("China", "CHN", "name", None),
      ("China", "CHN", "name", None), ("Belarusian", "BLR", "adjective", None), ("Minsk", "BLR", "capital", None)]),
    ("dev en-013", "NEW DELHI, November 11. /TASS/. The goal of Moscow and New Delhi to reach trade turnover worth "
     "$100 bln by 2030 is more than realistic, Indian Foreign Minister Subrahmanyam Jaishankar told a business "
     "forum in Mumbai.",
     [("NEW DELHI", "IND", "capital", None), ("Moscow", "RUS", "capital", None),
      ("New Delhi", "IND", "capital", None), ("Indian", "IND", "adjective", None)]),
    ("dev en-016", "This year, the inflation rate in Kazakhstan should be reduced by half from 20.3% to 9.5%, "
     "according to Prime Minister Alikhan Smailov.",
     [("Kazakhstan", "KAZ", "name", None)]),
    ("dev en-022", "Washington: India received $120 billion (Rs 10,02,821 cr) in remittances in 2023, which is "
     "almost twice of $66 billion received by Mexico during the same period, the World Bank said in a report "
     "released on Wednesday.",
     [("Washington", "USA", "capital", None), ("India", "IND", "name", None), ("Mexico", "MEX", "name", None)]),
    ("dev en-025", "KUALA LUMPUR, Malaysia — Malaysia’s total trade in November 2017 surged by 14.8 per cent to "
     "RM157.05 billion compared with the corresponding month of last year, said the Ministry of International "
     "Trade and Industry (MITI).",
     [("KUALA LUMPUR", "MYS", "capital", None), ("Malaysia", "MYS", "name", None), ("Malaysia", "MYS", "name", None)]),
    ("dev en-031", "India and the US are engaging in high-level talks to expand bilateral trade, setting a target "
     "of USD 500 billion by 2030.",
     [("India", "IND", "name", None), ("US", "USA", "alias", None)]),
    ("dev en-034", "G20 exports in the fourth quarter climbed 2.7 percent to over $3.56 trillion, while imports "
     "rose 3 percent to top $3.6 trillion.",
     [("G20", "G20", "grouping", None)]),
    ("dev en-035", "Former British Prime Minister Margaret Thatcher has died at the age of 87.",
     [("British", "GBR", "adjective", None)]),
    ("dev en-041", "During the visit of Kyrgyz President Sadyr Zhaparov to Azerbaijan, a cooperation programme for "
     "2024-2029 was signed, which will open new opportunities for economic interaction and enhance the exchange "
     "of technology and innovation.",
     [("Kyrgyz", "KGZ", "adjective", None), ("Azerbaijan", "AZE", "name", None)]),
    ("https://tass.com/economy/1553163", "BISHKEK, December 20. /TASS/. Trade turnover between Kyrgyzstan and "
     "Russia increased by 36.8% this year, Speaker of the Kyrgyz parliament Nurlanbek Shakiev said at a meeting "
     "with Russia’s Ambassador to the Kyrgyz Republic Nikolay Udovichenko in Bishkek on Tuesday.",
     [("BISHKEK", "KGZ", "capital", None), ("Kyrgyzstan", "KGZ", "name", None), ("Russia", "RUS", "alias", None),
      ("Kyrgyz", "KGZ", "adjective", None), ("Russia", "RUS", "alias", None),
      ("Kyrgyz Republic", "KGZ", "name", None), ("Bishkek", "KGZ", "capital", None)]),
    ("https://tass.com/economy/1553163", "We should continue boosting cooperation in all areas and actively expand "
     "partnership relations within such international organizations as EAEU, SCO, CIS,\" he said.",
     [("EAEU", "EAEU", "grouping", None), ("CIS", "CIS", "grouping", None)]),
    ("https://www.newscentralasia.net/2023/01/20/kazakhstan-china-trade-turnover-in-2022-exceeded-usd-31-billion/",
     "According to Kazinform, Kazakhstan increased its imports from China of plastics and rubber by 45%, by "
     "23.4% of textiles and textile products, and by 21.4% of machinery and equipment.",
     [("Kazakhstan", "KAZ", "name", None), ("China", "CHN", "name", "from")]),
    ("https://www.newscentralasia.net/2023/01/20/kazakhstan-china-trade-turnover-in-2022-exceeded-usd-31-billion/",
     "Kazinform news service of Kazakhstan reports that the high dynamics of mutual trade growth of 23.6% year "
     "on year was mainly achieved due to an increase in Kazakhstan’s supplies to China of agricultural products "
     "by 133.7%, raw energy products – 58%, chemical products – 25.2%.",
     [("Kazakhstan", "KAZ", "name", None), ("Kazakhstan", "KAZ", "name", None), ("China", "CHN", "name", "to")]),
    ("https://businessinvestorguide.com/kyrgyzstan/90-of-kyrgyzstan-light-industrial-exports-destined-for-cu/",
     "Kyrgyzstan light industrial exports: 90% of light industry products manufactured in Kyrgyzstan are "
     "exported to Russia and Kazakhstan, according to the Chairman of the country’s Light Industry Association, "
     "Farhad Tologonov.",
     [("Kyrgyzstan", "KGZ", "name", None), ("Kyrgyzstan", "KGZ", "name", None), ("Russia", "RUS", "alias", "to"),
      ("Kazakhstan", "KAZ", "name", None)]),
    ("https://www.azernews.az/region/141250.html", "Moscow and Bishkek have succeeded in giving their bilateral "
     "trade a boost in 2018 that is close to 20% more than last year, Head of the Foreign Policy Department of "
     "the Kyrgyz President’s Office, Daniyar Sydykov, said on Tuesday, TASS reports.",
     [("Moscow", "RUS", "capital", None), ("Bishkek", "KGZ", "capital", None), ("Kyrgyz", "KGZ", "adjective", None)]),
    ("https://24.kg/english/129134_Moscow__Bishkek_Prospects_for_cooperation_discussed_in_Kyrgyzstan/",
     "He noted that the visit of the delegation from the Russian capital to Bishkek has become a landmark.",
     [("Russian", "RUS", "adjective", "from"), ("Bishkek", "KGZ", "capital", None)]),
    ("https://www.intellinews.com/kazakhstan-pulls-ahead-of-russia-for-gdp-per-capita-396376/?source=russia",
     "After all, Russia sits at the head of the Eurasian Economic Union (EEU), which counts Kazakhstan as its "
     "second most prominent member.",
     [("Russia", "RUS", "alias", None), ("Eurasian Economic Union", "EAEU", "grouping", None),
      ("EEU", "EAEU", "grouping", None), ("Kazakhstan", "KAZ", "name", None)]),
    ("https://eurradio.com/kazakhstan-overtakes-russia-and-china-in-gdp-per-capita-reports-imf",
     "Other countries in the region remain far behind, with Georgia, Armenia, and Moldova ranging between $8,000 "
     "and $9,500, while Central Asian neighbours such as Kyrgyzstan and Tajikistan remain below $3,000 and "
     "$1,500, respectively.",
     [("Georgia", "GEO", "name", None), ("Armenia", "ARM", "name", None), ("Moldova", "MDA", "name", None),
      ("Kyrgyzstan", "KGZ", "name", None), ("Tajikistan", "TJK", "name", None)]),
    ("https://en.fergana.ru/news/139469/?country=kz", "According to IMF data, in 2025 Kazakhstan’s GDP per capita "
     "will amount to $14,770, compared to $14,260 in Russia and $13,690 in China.",
     [("Kazakhstan", "KAZ", "name", None), ("Russia", "RUS", "alias", None), ("China", "CHN", "name", None)]),
    ("http://en.shippingchina.com/sailingnews/...index/detail/type/Trade/id/23594.html",
     "THE volume of exports of products and services from the United States grew 16.6 per cent in 2010 year on "
     "year to US$1.83 trillion, representing the biggest percentage gain in 20 years.",
     [("United States", "USA", "name", "from")]),
    ("http://www.shopfloor.org/2007/01/trade-numbers-improve-exports-lead-the-way/",
     "Trade deficits with NAFTA countries and the EU declined while exports to China increased by a whopping 31%.",
     [("EU", "EU", "grouping", None), ("China", "CHN", "name", "to")]),
    ("https://ajot.com/news/gutierrez-touts-record-export-levels",
     "Korea and China are huge export markets for us, and there’s plenty of room to grow.",
     [("Korea", "KOR", "alias", None), ("China", "CHN", "name", None)]),
    ("https://ajot.com/news/gutierrez-touts-record-export-levels",
     "Commerce Secretary Gutierrez is in Seoul, Korea for bilateral discussions with Korean officials and is "
     "scheduled to head to Beijing, China, Dec. 13-15 to join his Cabinet colleagues in the Strategic Economic "
     "Dialogue (SED) led by Treasury Secretary Henry M. Paulson (US Department of Commerce)",
     [("Seoul", "KOR", "capital", None), ("Korea", "KOR", "alias", None), ("Beijing", "CHN", "capital", None),
      ("China", "CHN", "name", None), ("US", "USA", "alias", None)]),
    ("https://webarchive.library.unt.edu/eot2008/20081105085739/http:/www.commerce.gov/NewsRoom/EconomicNews/ssLINK/PROD01_006636",
     "“Exports are a bright spot in the U.S. economy.",
     [("U.S.", "USA", "alias", None)]),
    ("https://ustr.gov/about-us/policy-offices/press-office/press-releases/archives/2007/november/statement-ustr-schwab-monthly-trade-defi",
     "Ninety-five percent of world consumers are outside our borders.",
     [("world", "WLD", "grouping", None)]),
    ("https://thescarbroughgroup.com/u-s-exports-2-3-trillion/",
     "This is exciting news for not only the United States of America, but for its trading partners, as well.",
     [("United States of America", "USA", "name", None)]),
    ("https://thescarbroughgroup.com/u-s-exports-2-3-trillion/",
     "Increasing U.S. exports means more jobs for the American people and better relationships with our "
     "foreign partners.",
     [("U.S.", "USA", "alias", None), ("American", "USA", "adjective", None)]),
]

NEGATIVES = [
    ("dev en-038", "Phone: +375 1718 65-5-07"),
    ("dev en-028", "Th number of unemployed rose by 21,000 persons from the previous period to 1.38 million."),
    ("https://www.tgoop.com/KzPulse/4015", "Share with your friend now:"),
    ("https://ajot.com/news/gutierrez-touts-record-export-levels",
     "“Today’s trade numbers indicate exports are stronger than ever before, reaching record levels totaling "
     "$123.6 billion in October."),
]


def _rows(text):
    return place_rows("en", text)


@pytest.mark.parametrize("source,text,expected", CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_places_in_real_sentences(source, text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("source,text", NEGATIVES, ids=[f"neg{i}" for i in range(len(NEGATIVES))])
def test_no_false_places(source, text):
    assert _rows(text) == []


def test_world_bank_is_not_the_world_and_us_pronoun_is_not_the_us():
    # dev en-022 names the World Bank; ajot.com: "export markets for us"
    assert "WLD" not in {p.codes[0] for p in find_places(CASES[5][1], "en")}
    assert [p.span.text for p in find_places(CASES[23][1], "en")] == ["Korea", "China"]


def test_currency_prefix_us_dollar_is_not_a_place():
    # shippingchina.com: 'US$1.83 trillion'
    assert [p.span.text for p in find_places(CASES[21][1], "en")] == ["United States"]
    assert find_places("US dollar", "en") == []


def test_capitalisation_matters():
    # constructed formatting examples: the bird and the pronoun
    assert find_places("turkey and us", "en") == []
    assert [p.codes for p in find_places("Turkey and the US", "en")] == [("TUR",), ("USA",)]


def test_offset():
    text = CASES[3][1]
    assert [p.span.start for p in find_places(text, "en", offset=7)] == \
        [p.span.start + 7 for p in find_places(text, "en")]


def test_world_superlatives_are_not_the_world():
    # constructed formatting example: 'world's largest' ranks a country, it is not a world aggregate
    text = "China is the world's second-largest economy and the world's largest exporter; world trade fell."
    assert [(p.span.text, p.codes[0]) for p in find_places(text, "en")] == [("China", "CHN"), ("world", "WLD")]
