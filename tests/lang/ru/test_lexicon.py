"""Metric and cue words in Russian news sentences (matched by lemma), and the generated index.
Sentences are quoted from the pages named next to them (dev ids: ../shared/eval/dev-claims.jsonl)."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from factcheck.extract.lexicon import build_index, dump_index, find_cues, find_metrics

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "fixtures" / "articles" / "ctv-belarus-kyrgyzstan-2025-ru.txt"

# (source, sentence, [(span, metric)], [(span, cue)]) -- both lists in text order
CASES = [
    ("dev ru-001", "По словам Адылбека Касымалиева, в 2024 году товарооборот между Кыргызстаном и Беларусью "
     "составил около $133 миллионов, за январь – июнь 2025 года — $68 миллионов, из них $22 миллионов "
     "приходится на экспорт из КР и $46 миллионов— на импорт.",
     [("товарооборот", "trade_turnover"), ("экспорт", "exports"), ("импорт", "imports")], []),
    ("dev ru-004", "Товарооборот между Россией и Белоруссией в январе – октябре вырос на 1,8%, заявил глава "
     "администрации белорусского президента Дмитрий Крутой на заседании группы высокого уровня Совета "
     "министров Союзного государства в Минске.",
     [("Товарооборот", "trade_turnover")], [("вырос", "up")]),
    ("dev ru-007", "По итогам нынешнего года Беларусь и Казахстан намерены довести оборот взаимной торговли до "
     "одного миллиарда долларов США.",
     [("оборот взаимной торговли", "trade_turnover")], [("намерены", "target"), ("довести", "target")]),
    ("dev ru-010", "Среди остальных республик Центральной Азии больше всего средств из РФ на родину в 2017 году "
     "перевели граждане Узбекистана – $3,9 млрд, далее следует Таджикистан – $2,5 млрд и Казахстан – $709 млн.",
     [("на родину в 2017 году перевели", "remittances")], []),
    ("dev ru-013", "Напомним, что согласно закону, вступившему в силу 1 января, в 2026 году рост валового "
     "внутреннего продукта Узбекистана прогнозируется на уровне 6,6% — до $160 млрд, в 2027-2028 годы — на 6,8% "
     "и 6,9% соответственно.",
     [("рост валового внутреннего продукта", "gdp_growth")],
     [("рост", "up"), ("прогнозируется", "forecast"), ("соответственно", "respectively")]),
    ("dev ru-016", "Объем взаимной торговли между Россией и Арменией за январь-май 2023 года увеличился на 86% по "
     "сравнению с аналогичным периодом прошлого года, а экспорт из Еревана в Москву вырос в рекордные 3,3 раза.",
     [("Объем взаимной торговли", "trade_turnover"), ("экспорт", "exports")],
     [("увеличился", "up"), ("аналогичным периодом", "yoy"), ("вырос", "up")]),
    ("dev ru-019", "В первом полугодии 2024 года товарооборот между Россией и Арменией превысил отметку в 8,3 "
     "миллиарда долларов, превышая показатели за весь прошлый год - 7,4 миллиарда долларов.",
     [("товарооборот", "trade_turnover")], []),
    ("dev ru-022", "Товарооборот между УЗ и РТ увеличился более чем в 4 раза за 2 месяца текущего года, и "
     "составил порядка 3.7 миллионов долларов, несмотря на кризис.",
     [("Товарооборот", "trade_turnover")], [("увеличился", "up")]),
    ("dev ru-025", "По его словам, ожидается, что по итогам текущего года инфляция составит 6-7%, а в 2026 году — 4%.",
     [("инфляция", "inflation")], [("ожидается", "forecast"), ("составит", "forecast")]),
    ("dev ru-028", "По данным официальной статистики, за январь—июнь 2016 года объем промышленного производства в "
     "Беларуси составил 386,9 трлн. рублей, на 1,6% меньше, чем за такой же период 2015 года, сообщает БелаПАН.",
     [("объем промышленного производства", "industrial_output")],
     [("меньше", "down"), ("такой же период", "yoy")]),
    ("dev ru-031", "В 2024 году ВВП на душу населения в России составил $14,79 тысячи, Казахстане — $14,15 тысяч, "
     "в Эстонии, Латвии и Литве — $31,17, $23,24 и $29,34 тысячи соответственно.",
     [("ВВП на душу населения", "gdp_per_capita")], [("соответственно", "respectively")]),
    ("dev ru-034", "По итогам 2018 года товарооборот между странами достиг порядка 3 млрд долларов, а за "
     "январь-апрель 2019 года -- 1,1 млрд долларов, увеличившись на 20,8 проц в сравнении с аналогичным "
     "периодом прошлого года.",
     [("товарооборот", "trade_turnover")], [("увеличившись", "up"), ("аналогичным периодом", "yoy")]),
    ("dev ru-040", "Это 45% от годового плана: закон о бюджете-2026 предусматривает дефицит на уровне 3,786 трлн "
     "рублей, или 1,6% ВВП.",
     [("бюджете-2026 предусматривает дефицит", "other:budget_deficit"), ("ВВП", "gdp")],
     [("предусматривает", "target"), ("дефицит", "deficit")]),
    ("dev ru-043", "Валовой внутренний продукт (ВВП) Китая по итогам I квартала 2016 года составил 15,8526 трлн "
     "юаней (около 2,44 трлн долларов), что на 6,7% превышает результат за январь — март 2015 года, говорится в "
     "отчете Национального бюро статистики КНР.",
     [("Валовой внутренний продукт", "gdp"), ("ВВП", "gdp")], [("превышает", "up")]),
    ("dev ru-046", "Уровень безработицы в США в сентябре 2011 г. по сравнению с показателем предыдущего месяца не "
     "изменился и составил 9,1%.",
     [("Уровень безработицы", "unemployment")], [("предыдущего месяца", "prior_period")]),  # "не изменился" is no change
    ("dev ru-049", "В 2022 году жителей КНР стало меньше на 850 тысяч человек.",
     [("жителей", "population")], [("меньше", "down")]),
    ("ctv", "За 11 месяцев 2024 года Минск и Бишкек наторговали на 166 миллионов долларов.",
     [("наторговали", "trade_turnover")], []),
    ("ctv", "Товарооборот между Беларусью и Кыргызстаном вполне реально довести до полумиллиарда долларов.",
     [("Товарооборот", "trade_turnover")], [("довести", "target")]),
    ("https://kazpravda.kz/n/gruzooborot-vozrastet-na-tret/",
     "Взаимный грузооборот в текущем году между Казахстаном и Китаем возрастет до 10,99 млн тонн, при этом "
     "казахстанский экспорт составит 5,59 млн тонн, импорт и транзит из КНР ожидается в объеме 5,4 млн тонн.",
     [("экспорт", "exports"), ("импорт", "imports")],
     [("возрастет", "up"), ("составит", "forecast"), ("ожидается", "forecast")]),
    ("https://asia24.media/news/vitse-premer-glavnym-torgovym-partnerom-kazakhstana-vmesto-rossii-stanet-kitay",
     "На недавней встрече с Си Цзиньпином президент Казахстана Касым-Жомарт Токаев обозначил цель увеличить "
     "объем торговли с Китаем до 40 миллиардов долларов к 2030 году.",
     [("объем торговли", "trade_turnover")], [("цель", "target"), ("увеличить", "up")]),
    ("https://astanatv.kz/ru/news/107906", "Лидерами Казахстана и Китая поставлена краткосрочная задача - "
     "увеличить взаимный товарооборот до 40 млрд долларов, сейчас этот показатель составляет 31,5 миллиард.",
     [("товарооборот", "trade_turnover")],
     [("поставлена краткосрочная задача", "target"), ("увеличить", "up")]),
    ("https://24.kg/ekonomika/343075_dolya_rossii_vtovarooborote_kyirgyizstana_sostavlyaet_20protsentov_minekonomrf/",
     "«Если говорить непосредственно о показателях, то за прошлый год товарооборот вырос на 13 процентов, а за "
     "первые полгода этого года уже на 14 процентов.",
     [("товарооборот", "trade_turnover")], [("вырос", "up")]),
    ("https://24.kg/ekonomika/343075_dolya_rossii_vtovarooborote_kyirgyizstana_sostavlyaet_20protsentov_minekonomrf/",
     "Россия традиционно экспортирует в Кыргызстан энергоресурсы — одна треть всего экспорта приходится на "
     "нефть и нефтепродукты.",
     [("экспортирует", "exports"), ("экспорта", "exports")], []),
    ("https://orasam.manas.edu.kg/index.php/ru/strany/kazakistan-ru-2/1060-kitaj-i-kazakhstan-khotyat-uvelichit-tovarooborot-do-20-mlrd",
     "Внешнеторговый оборот между странами в 2017 году увеличился более чем на 30%.",
     [("Внешнеторговый оборот", "trade_turnover")], [("увеличился", "up")]),
    ("https://www.tgoop.com/KzPulse/4015", "Уже в январе-ноябре 2022 г товарооборот между двумя странами вырос на "
     "28% и составил $28,2 млрд, заявил Чрезвычайный и Полномочный посол КНР в РК Чжан Сяо на приеме по случаю "
     "Нового года по лунному календарю.",
     [("товарооборот", "trade_turnover")], [("вырос", "up")]),
]

NEGATIVES = [
    ("dev ru-051", "В Душанбе прошло 13-е заседание Межправительственной комиссии по торгово-экономическому "
     "сотрудничеству между Таджикистаном и Узбекистаном с участием премьер-министров двух республик — Кохира "
     "Расулзода и Абдуллы Арипова, сообщает НИАТ \"Ховар\"."),
    ("dev ru-054", "15 сентября президент России Владимир Путин провел совещание с членами правительства РФ по "
     "экономическим вопросам."),
    ("ctv", "Нашу страну представляет премьер-министр."),
]


@pytest.mark.parametrize("source,text,metrics,cues", CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_metrics_and_cues_in_real_sentences(source, text, metrics, cues):
    assert [(m.span.text, m.metric) for m in find_metrics(text, "ru")] == metrics
    assert [(c.span.text, c.cue) for c in find_cues(text, "ru")] == cues


@pytest.mark.parametrize("source,text", NEGATIVES, ids=[f"neg{i}" for i in range(len(NEGATIVES))])
def test_no_metric_in_sentences_without_one(source, text):
    assert find_metrics(text, "ru") == []
    assert find_cues(text, "ru") == []


def test_longer_phrase_wins():
    # dev ru-031: 'ВВП на душу населения' is one metric, neither gdp nor population
    metrics = {m.metric for m in find_metrics(CASES[10][1], "ru")}
    assert metrics == {"gdp_per_capita"}


def test_future_tense_only_is_a_forecast():
    # dev ru-001 'составил' (past) vs dev ru-025 'составит' (future)
    assert "forecast" not in {c.cue for c in find_cues(CASES[0][1], "ru")}
    assert "forecast" in {c.cue for c in find_cues(CASES[8][1], "ru")}


def test_offset_and_spans():
    text = CASES[5][1]
    for m in find_metrics(text, "ru", offset=50):
        assert text[m.span.start - 50:m.span.end - 50] == m.span.text


def test_shipped_index_is_what_the_generator_builds():
    """factcheck/data/lexicon_index.json is generated: rerun scripts/build_lexicon_index.py if this fails."""
    shipped = (ROOT / "factcheck" / "data" / "lexicon_index.json").read_text(encoding="utf-8")
    assert dump_index(build_index()) == shipped
    data = json.loads(shipped)
    assert "KGZ" in data["names"]["ru"] and "Киргизия" in data["names"]["ru"]["KGZ"]


def test_fast_enough_on_article_text():
    text = SAMPLE.read_text(encoding="utf-8")
    big = "\n".join([text] * 40)           # about 400 kB of article text
    from factcheck.extract.places import find_places

    for fn in (find_places, find_metrics, find_cues):
        fn(text, "ru")  # load and compile outside the timing
        best = min(_timed(lambda: fn(big, "ru")) for _ in range(3))
        rate = len(big.encode()) / best
        # the measured rate is 5-10 MB/s (benchmarks/bench_places_lexicon.py); 1 MB/s leaves room for slow CI
        assert rate > 1_000_000, f"{fn.__name__}: {rate / 1e6:.2f} MB/s"


def _timed(fn) -> float:
    t = time.process_time()
    fn()
    return max(time.process_time() - t, 1e-9)


def test_words_missing_from_the_shipped_index_are_analysed_at_load(monkeypatch):
    """With no generated index at all, pymorphy3 builds the same tables at load time."""
    from factcheck.extract import lexicon, places

    caches = (lexicon.index, lexicon.morph_tables, lexicon.matcher, places._matchers, places._names)
    before = [(find_metrics(t, "ru"), find_cues(t, "ru"), places.find_places(t, "ru")) for _, t, _, _ in CASES]
    for c in caches:
        c.cache_clear()
    monkeypatch.setattr(lexicon, "INDEX_RESOURCE", ("factcheck.data", "no-such-file.json"))
    try:
        after = [(find_metrics(t, "ru"), find_cues(t, "ru"), places.find_places(t, "ru")) for _, t, _, _ in CASES]
    finally:
        for c in caches:
            c.cache_clear()
    assert after == before
