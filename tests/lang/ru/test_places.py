"""Places in Russian news sentences: countries in every case, aliases, capitals, adjectives,
groupings, direction. Sentences are quoted from the pages named next to them (dev set ids refer
to ../shared/eval/dev-claims.jsonl; 'ctv' is the sample article fixtures/articles/...)."""
from __future__ import annotations

import pytest

from factcheck.extract.places import find_places
from tests.lang.checks import place_rows

# (source, sentence, [(span text, code, how, role), ...] in text order)
CASES = [
    ("dev ru-001", "По словам Адылбека Касымалиева, в 2024 году товарооборот между Кыргызстаном и "
     "Беларусью составил около $133 миллионов, за январь – июнь 2025 года — $68 миллионов, из них $22 "
     "миллионов приходится на экспорт из КР и $46 миллионов— на импорт.",
     [("Кыргызстаном", "KGZ", "alias", None), ("Беларусью", "BLR", "name", None), ("КР", "KGZ", "alias", "from")]),
    ("dev ru-004", "Товарооборот между Россией и Белоруссией в январе – октябре вырос на 1,8%, заявил глава "
     "администрации белорусского президента Дмитрий Крутой на заседании группы высокого уровня Совета "
     "министров Союзного государства в Минске.",
     [("Россией", "RUS", "alias", None), ("Белоруссией", "BLR", "alias", None),
      ("белорусского", "BLR", "adjective", None), ("Минске", "BLR", "capital", None)]),
    ("dev ru-007", "По итогам нынешнего года Беларусь и Казахстан намерены довести оборот взаимной торговли "
     "до одного миллиарда долларов США.",
     [("Беларусь", "BLR", "name", None), ("Казахстан", "KAZ", "name", None)]),
    ("dev ru-010", "Среди остальных республик Центральной Азии больше всего средств из РФ на родину в 2017 "
     "году перевели граждане Узбекистана – $3,9 млрд, далее следует Таджикистан – $2,5 млрд и Казахстан – $709 млн.",
     [("РФ", "RUS", "alias", "from"), ("Узбекистана", "UZB", "name", None),
      ("Таджикистан", "TJK", "name", None), ("Казахстан", "KAZ", "name", None)]),
    ("dev ru-016", "Объем взаимной торговли между Россией и Арменией за январь-май 2023 года увеличился на 86% "
     "по сравнению с аналогичным периодом прошлого года, а экспорт из Еревана в Москву вырос в рекордные 3,3 раза.",
     [("Россией", "RUS", "alias", None), ("Арменией", "ARM", "name", None),
      ("Еревана", "ARM", "capital", "from"), ("Москву", "RUS", "capital", "to")]),
    ("dev ru-022", "Товарооборот между УЗ и РТ увеличился более чем в 4 раза за 2 месяца текущего года, и "
     "составил порядка 3.7 миллионов долларов, несмотря на кризис.",
     [("УЗ", "UZB", "alias", None), ("РТ", "TJK", "alias", None)]),
    ("dev ru-031", "В 2024 году ВВП на душу населения в России составил $14,79 тысячи, Казахстане — $14,15 "
     "тысяч, в Эстонии, Латвии и Литве — $31,17, $23,24 и $29,34 тысячи соответственно.",
     [("России", "RUS", "alias", None), ("Казахстане", "KAZ", "name", None), ("Эстонии", "EST", "name", None),
      ("Латвии", "LVA", "name", None), ("Литве", "LTU", "name", None)]),
    ("dev ru-037", "ТАШКЕНТ, 20 ноя — Sputnik. В ходе международного инвестиционного форума узбекские "
     "предприятия легкой промышленности и иностранные инвесторы подписали договора на сумму 216 миллионов "
     "долларов, сообщает \"Экономическое обозрение\".",
     [("ТАШКЕНТ", "UZB", "capital", None), ("узбекские", "UZB", "adjective", None)]),
    ("dev ru-043", "Валовой внутренний продукт (ВВП) Китая по итогам I квартала 2016 года составил 15,8526 трлн "
     "юаней (около 2,44 трлн долларов), что на 6,7% превышает результат за январь — март 2015 года, говорится "
     "в отчете Национального бюро статистики КНР.",
     [("Китая", "CHN", "name", None), ("КНР", "CHN", "alias", None)]),
    ("dev ru-046", "Уровень безработицы в США в сентябре 2011 г. по сравнению с показателем предыдущего месяца "
     "не изменился и составил 9,1%.",
     [("США", "USA", "alias", None)]),
    ("dev ru-049", "В 2022 году жителей КНР стало меньше на 850 тысяч человек.",
     [("КНР", "CHN", "alias", None)]),
    ("dev ru-051", "В Душанбе прошло 13-е заседание Межправительственной комиссии по торгово-экономическому "
     "сотрудничеству между Таджикистаном и Узбекистаном с участием премьер-министров двух республик — Кохира "
     "Расулзода и Абдуллы Арипова, сообщает НИАТ \"Ховар\".",
     [("Душанбе", "TJK", "capital", None), ("Таджикистаном", "TJK", "name", None),
      ("Узбекистаном", "UZB", "name", None)]),
    ("dev ru-054", "15 сентября президент России Владимир Путин провел совещание с членами правительства РФ по "
     "экономическим вопросам.",
     [("России", "RUS", "alias", None), ("РФ", "RUS", "alias", None)]),
    ("ctv", "За 11 месяцев 2024 года Минск и Бишкек наторговали на 166 миллионов долларов.",
     [("Минск", "BLR", "capital", None), ("Бишкек", "KGZ", "capital", None)]),
    ("ctv", "Заседание Евразийского межправсовета проходит в Казахстане, сообщили в программе Новости «24 "
     "часа» на СТВ.",
     [("Казахстане", "KAZ", "name", None)]),
    ("ctv", "Что касается заседания Межправсовета ЕАЭС, оно традиционно проходит в узком и расширенном составах.",
     [("ЕАЭС", "EAEU", "grouping", None)]),
    ("ctv", "Адылбек Касымалиев, председатель Кабинета министров Кыргызстана:",
     [("Кыргызстана", "KGZ", "alias", None)]),
    ("ctv", "У нас в Беларуси есть тоже очень серьезные компетенции как в проектировании, так и в оказании "
     "услуг по строительству таких объектов.",
     [("Беларуси", "BLR", "name", None)]),
    ("https://bsam.ru/?p=33468", "Также обсуждался вопрос восстановления прямых авиарейсов между Минском и "
     "Бишкеком, что может способствовать увеличению туристического потока, который уже составил около 5000 "
     "белорусов, посетивших Кыргызстан в прошлом году.",
     [("Минском", "BLR", "capital", None), ("Бишкеком", "KGZ", "capital", None), ("Кыргызстан", "KGZ", "alias", None)]),
    ("http://sng.allbusiness.ru/NewsAM/NewsAMShow.asp?ID=14357",
     "Также КР готова поставлять в Беларусь фисташки, орехи, сухофрукты.",
     [("КР", "KGZ", "alias", None), ("Беларусь", "BLR", "name", "to")]),
    ("https://dzen.ru/a/Y8kjmjm6aFNegupV", "Андрейченко отметил, что в Белоруссии придают большое внимание "
     "развитию кыргызско-белорусских отношений.",
     [("Белоруссии", "BLR", "alias", None), ("кыргызско", "KGZ", "adjective", None),
      ("белорусских", "BLR", "adjective", None)]),
    ("https://24.kg/vlast/345293_belarus_ikyirgyizstan_doljnyi_aktivizirovat_dvustoronnee_sotrudnichestvo_turchin/",
     "«Мы, конечно же, регулярно и эффективно встречаемся на площадках интеграционных объединений — ЕАЭС и СНГ.",
     [("ЕАЭС", "EAEU", "grouping", None), ("СНГ", "CIS", "grouping", None)]),
    ("https://24.kg/vlast/345293_belarus_ikyirgyizstan_doljnyi_aktivizirovat_dvustoronnee_sotrudnichestvo_turchin/",
     "Искренне поздравляем Кыргызскую Республику с переходом председательства в этой весомой организации, — "
     "отметил он.",
     [("Кыргызскую Республику", "KGZ", "alias", None)]),
    ("https://24.kg/ekonomika/343075_dolya_rossii_vtovarooborote_kyirgyizstana_sostavlyaet_20protsentov_minekonomrf/",
     "Россия традиционно экспортирует в Кыргызстан энергоресурсы — одна треть всего экспорта приходится на "
     "нефть и нефтепродукты.",
     [("Россия", "RUS", "alias", None), ("Кыргызстан", "KGZ", "alias", "to")]),
    ("https://kazpravda.kz/n/gruzooborot-vozrastet-na-tret/",
     "Взаимный грузооборот в текущем году между Казахстаном и Китаем возрастет до 10,99 млн тонн, при этом "
     "казахстанский экспорт составит 5,59 млн тонн, импорт и транзит из КНР ожидается в объеме 5,4 млн тонн.",
     [("Казахстаном", "KAZ", "name", None), ("Китаем", "CHN", "name", None),
      ("казахстанский", "KAZ", "adjective", None), ("КНР", "CHN", "alias", "from")]),
    ("https://kazpravda.kz/n/gruzooborot-vozrastet-na-tret/",
     "Об этом шла речь на заседании подгруппы железных дорог РК и КНР в рамках совещания Организации "
     "сотрудничества железных дорог (ОСЖД), состоявшегося в Алматы.",
     [("РК", "KAZ", "alias", None), ("КНР", "CHN", "alias", None)]),
    ("https://asia24.media/news/vitse-premer-glavnym-torgovym-partnerom-kazakhstana-vmesto-rossii-stanet-kitay",
     "Чиновник отметил, что к 2030 году объем торговли Казахстана с КНР превысит суммарный оборот со всеми "
     "странами Евросоюза.",
     [("Казахстана", "KAZ", "name", None), ("КНР", "CHN", "alias", None), ("Евросоюза", "EU", "grouping", None)]),
    ("https://astanatv.kz/ru/news/107906", "Сегодня ВВП Сычуань превышает 900 млрд долларов США - это, на "
     "минуточку, практически ВВП Российской Федерации.",
     [("Российской Федерации", "RUS", "name", None)]),
    ("https://reform.news/novyj-zavod-postrojat-v-minske",
     "Однако в Минске считают, что возить туда металлоконструкции далеко и дорого.",
     [("Минске", "BLR", "capital", None)]),
    ("https://krupki.gov.by/ru/strana-i-oblast/item/3839-v-minskoy-oblasti-sozdayut-innovatsionnye-proizvodstva",
     "К слову, проект реализуют российские инвесторы.",
     [("российские", "RUS", "adjective", None)]),
    ("https://www.tgoop.com/KzPulse/4015", "Уже в январе-ноябре 2022 г товарооборот между двумя странами вырос "
     "на 28% и составил $28,2 млрд, заявил Чрезвычайный и Полномочный посол КНР в РК Чжан Сяо на приеме по "
     "случаю Нового года по лунному календарю.",
     [("КНР", "CHN", "alias", None), ("РК", "KAZ", "alias", None)]),
]

# sentences with no place at all (streets named after cities, person names, city adjectives)
NEGATIVES = [
    ("dev ru-057", "Адреса, на которых будет отключено горячее водоснабжение, включают улицы Киевская, "
     "М.Гвардия, Сыдыкова, Бейшеналиева, ул.Токтогула, Ала-Арчинская, Сагынбая Манасчи, Московская, "
     "Чокморова, Боконбаево, а также детский садик №8 и школа-гимназия №8."),
    ("https://ctv.by/news/obshestvo/neobhodimost-v-takih-bolshih-ploshadyah-otpala-chto-budet-na-territorii-minskogo-podshipnikovogo-zavoda",
     "Я, собственно, начинал работать на Минском подшипниковом заводе в 1999 году."),
    ("https://ctv.by/news/obshestvo/neobhodimost-v-takih-bolshih-ploshadyah-otpala-chto-budet-na-territorii-minskogo-podshipnikovogo-zavoda",
     "Недалеко от нашей администрации есть территория Минского подшипникового завода."),
    ("ctv", "Нашу страну представляет премьер-министр."),
    ("ctv", "В рабочем графике Романа Головченко и ряд двусторонних переговоров."),
]


def _rows(text):
    return place_rows("ru", text)


@pytest.mark.parametrize("source,text,expected", CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_places_in_real_sentences(source, text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("source,text", NEGATIVES, ids=[f"neg{i}" for i in range(len(NEGATIVES))])
def test_no_false_places(source, text):
    assert _rows(text) == []


def test_spans_are_shifted_by_offset_and_point_into_the_text():
    text = CASES[4][1]
    base = find_places(text, "ru")
    shifted = find_places(text, "ru", offset=1000)
    assert [p.span.start - 1000 for p in shifted] == [p.span.start for p in base]
    for p in base:
        assert text[p.span.start:p.span.end] == p.span.text


def test_every_case_of_a_country_name():
    # the six cases of one name, as formatting examples for parsing only
    forms = ["Кыргызстан", "Кыргызстана", "Кыргызстану", "Кыргызстаном", "Кыргызстане"]
    assert [find_places(f, "ru")[0].codes for f in forms] == [("KGZ",)] * 5
    assert [p.codes for p in find_places("Киргизии, Белоруссию, Беларусью, Российской Федерацией", "ru")] == \
        [("KGZ",), ("BLR",), ("BLR",), ("RUS",)]


def test_korea_named_nearby_turns_rk_into_korea():
    # constructed formatting example: the abbreviation next to a named Korea
    assert [p.codes for p in find_places("товарооборот между РК и Кореей", "ru")] == [("KOR",), ("KOR",)]


def test_currency_designation_is_not_a_place():
    assert find_places("1 млн долл. США", "ru") == []


def test_bad_input_gives_no_traceback():
    assert find_places("", "ru") == []
    assert find_places("Минск", "xx") == []
    assert find_places(None, "ru") == []  # type: ignore[arg-type]
