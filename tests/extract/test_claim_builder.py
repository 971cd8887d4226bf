"""Rules of the claim builder (factcheck/extract/claims.py) on real sentences, through the public
``extract`` API: what one stage alone cannot know (a country's fiscal calendar, a plan's starting level,
list ownership of countries, signs of declines)."""
from datetime import date

import pytest

from factcheck.extract import extract
from factcheck.model import Period


def claims(text, lang, published=None):
    return {c.span.text: c for c in extract(text, lang, published)}


def test_fiscal_year_follows_the_country_calendar():
    # indiatvnews.com, 2024-05-31: India's fiscal year runs April to March (factcheck/data/fiscal_years.yaml)
    s = ("Prime Minister Narendra Modi announced that India's GDP growth for the fiscal year 2023–24 has "
         "reached 8.2%, highlighting the robust momentum of the Indian economy.")
    c = claims(s, "en", date(2024, 5, 31))["8.2%"]
    assert (c.metric, c.entities, c.period) == ("gdp_growth", ("IND",), Period("2023-04", "2024-03"))


def test_fiscal_year_of_a_calendar_year_country_is_left_alone():
    # a formatting example of the same shape for Kazakhstan, whose fiscal year is the calendar year
    c = claims("Kazakhstan's budget revenue in 2023-24 reached 5 trillion tenge.", "en")["5 trillion tenge"]
    assert c.period == Period("2023-01", "2024-12")


def test_a_plans_starting_level_is_todays_value():
    # dev set en-016 (kursiv.media, 2023-01-11)
    s = ("This year, the inflation rate in Kazakhstan should be reduced by half from 20.3% to 9.5%, "
         "according to Prime Minister Alikhan Smailov.")
    got = claims(s, "en", date(2023, 1, 11))
    assert got["20.3%"].kind == "actual" and got["20.3%"].period is None
    assert got["9.5%"].kind in ("target", "forecast") and got["9.5%"].period == Period.year(2023)


def test_down_from_alone_is_not_a_starting_level():
    # a real sentence from the en claims table (theguardian.com): earlier forecasts stay forecasts
    s = ("The surge in borrowing expectations came hand in hand with downgraded forecasts for gross domestic "
         "product (GDP) growth, with the Office for Budget Responsibility now predicting a 0.9% rise this year "
         "(down from 1.7% in March), 0.7% in 2012 (down from 2.5%) and 2.1% in 2013 (from 2.9%).")
    got = claims(s, "en", date(2011, 11, 29))
    assert got["2.5%"].kind == "forecast"


@pytest.mark.parametrize("text,lang,span,value", [
    # 24.kg: "на $17 миллионов" after "сократился" is a negative change
    ("За месяц объем денежных переводов в Кыргызстан сократился на $17 миллионов и составил $138,6 миллиона.",
     "ru", "$17 миллионов", -17e6),
    # dev ru-028 (BelaPAN via naviny): "на 1,6% меньше, чем" is a decline
    ("По данным официальной статистики, за январь—июнь 2016 года объем промышленного производства в Беларуси "
     "составил 386,9 трлн. рублей, на 1,6% меньше, чем за такой же период 2015 года, сообщает БелаПАН.",
     "ru", "1,6%", -1.6),
])
def test_declines_are_negative(text, lang, span, value):
    c = claims(text, lang)[span]
    assert c.kind == "change" and c.value == pytest.approx(value)


def test_list_countries_belong_to_their_numbers():
    # dev ru-010 (vesti.ru, 2018-06-18): each amount has its own country, Russia is shared
    s = ("Среди остальных республик Центральной Азии больше всего средств из РФ на родину в 2017 году перевели "
         "граждане Узбекистана – $3,9 млрд, далее следует Таджикистан – $2,5 млрд и Казахстан – $709 млн.")
    got = claims(s, "ru", date(2018, 6, 18))
    assert set(got["$3,9 млрд"].entities) == {"UZB", "RUS"}
    assert set(got["$2,5 млрд"].entities) == {"TJK", "RUS"}
    (kz,) = [c for span, c in got.items() if span.startswith("$709 млн")]  # "млн." may take the full stop
    assert set(kz.entities) == {"KAZ", "RUS"}
    assert {c.metric for c in got.values()} == {"remittances"}


def test_places_and_numbers_taking_turns_pair_up():
    # en.trend.az, 2024-11-23 (en claims table)
    s = "Russia ranked second with a turnover of $9.6 billion, while Kazakhstan came third with a figure of $3.4 billion."
    got = claims(s, "en", date(2024, 11, 23))
    assert got["$9.6 billion"].entities == ("RUS",) and got["$3.4 billion"].entities == ("KAZ",)


def test_subject_and_object_of_one_sentence_do_not_pair_up():
    # dev en-007 (BelTA, 2026-01-27): China is the partner of both ratios, not a list item
    s = ("MINSK, 27 January (BelTA) – Over the past ten years, Belarus has tripled its trade with China and doubled "
         "its exports to the country, First Deputy Prime Minister Nikolai Snopkov said.")
    got = claims(s, "en", date(2026, 1, 27))
    assert set(got["tripled"].entities) == set(got["doubled"].entities) == {"BLR", "CHN"}


def test_a_range_carries_no_qualifier():
    # labelling convention (../shared/eval/README.md): "a range is one claim ... qualifier null"
    (c,) = [c for c in extract("Товарооборот превысил 1,5–2 млрд долларов.", "ru") if c.unit == "USD"]
    assert (c.value, c.value_max, c.qualifier) == (1.5e9, 2e9, None)


def test_a_word_ending_in_na_before_the_verb_is_not_the_preposition():
    # formatting example: "…Кыргызстана составил $X" must not read as "на … $X" (a change)
    got = claims("В январе-октябре внешнеторговый оборот Кыргызстана составил $10 млрд.", "ru", date(2024, 12, 1))
    assert got["$10 млрд"].kind == "actual"


def test_lone_trade_is_turnover_but_not_inside_an_institutions_name():
    # BelTA, 28 Nov 2024 (../shared/articles/README.md) reported "almost USD 135 million" for Jan–Sep 2024;
    # the sentence is a formatting example of that report's shape
    got = claims("Belarus-Kyrgyzstan trade amounted to almost $135 million in January-September 2024.", "en",
                 date(2024, 11, 28))
    assert got["$135 million"].metric == "trade_turnover" and got["$135 million"].qualifier == "almost"
    from factcheck.extract.lexicon import find_metrics
    assert find_metrics("said the Ministry of International Trade and Industry (MITI).", "en") == []


@pytest.mark.parametrize("text,lang,span,unit,kind,value", [
    # formatting examples of common news shapes
    ("В 2023 году в страну прибыли 8,6 млн туристов, что на 1,2 млн больше, чем годом ранее.", "ru",
     "1,2 млн", "persons", "change", 1.2e6),
    ("The central bank kept its key rate unchanged at 9.25% for the third time.", "en",
     "9.25%", "percent", "actual", 9.25),
    ("Президент поручил к 2030 году нарастить экспорт до $45 млрд.", "ru", "$45 млрд", "USD", "target", 45e9),
])
def test_common_shapes(text, lang, span, unit, kind, value):
    c = claims(text, lang, date(2024, 6, 1))[span]
    assert (c.unit, c.kind) == (unit, kind) and c.value == pytest.approx(value)


def test_a_change_takes_the_period_of_the_level_it_led_to():
    # en claims table (World Bank press release as quoted): the 2018 period stands after the level
    s = ("After posting 22 percent growth in 2017, remittances to Europe and Central Asia (ECA) grew by an "
         "estimated 11.2 percent to US$59 billion in 2018, according to the report.")
    got = claims(s, "en")
    assert got["11.2 percent"].period == Period.year(2018)
    assert got["22 percent"].period == Period.year(2017)


def test_an_elliptic_clause_keeps_the_sentences_direction():
    # ru claims table (a real sentence): "— на 14%" repeats "увеличился"
    s = "Также он подчеркнул, что за 2024 год товарооборот увеличился на 13%, а за первую половину 2025 года — на 14%."
    got = claims(s, "ru", date(2025, 9, 1))
    assert got["14%"].kind == "change" and got["14%"].period == Period("2025-01", "2025-06")


def test_na_before_a_place_is_not_the_size_of_a_change():
    # formatting example: "перевели на родину $433 млн" is a level, not "на $433 млн" more
    got = claims("Мигранты перевели на родину $433 млн, что на 67% больше, чем годом ранее.", "ru")
    assert got["$433 млн"].kind == "actual" and got["67%"].kind == "change"
