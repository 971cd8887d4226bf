"""The numbers stage on Russian: real published sentences, each with every quantity a reader sees.

Each case names its source: a dev-set id (/work/shared/eval/dev-claims.jsonl, which gives the URL),
the sample article (fixtures/articles/ctv-belarus-kyrgyzstan-2025-ru.txt), a page URL the sentence
is quoted from, or ``hard-forms #N`` (the checklist in /work/shared/eval/hard-forms.md). Lines
marked ``format`` are plainly constructed formatting examples, for parsing only: they are not
statistics. Expected: (value, unit, qualifier, value_max), in order of appearance.
"""
from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_quantities

UTRK = "https://www.utrk.kg/ru/news/s/64861"
MORNING = "https://morning-news.ru/2017/05/vneshnetorgoviy-oborot-ivanovskoy-oblasti-v-i-kvartale/"
MIRTESEN = "https://smi2.mirtesen.ru/blog/43684619215/Turtsiya-prodolzhayet-naraschivat-eksport-v-Rossiyu"
GFA = ("https://gfaclaims.com/politika/33885-tovarooborot-mezhdu-belorussiey-i-rf-v-2011-godu-"
       "dostig-pochti-39-mlrd-dollarov.html")
OREL = "https://orelgrad.ru/blog/2018/09/18/orlovskaya-oblast-natorgovala-na-293-mln-dollarov/"
RU24 = "https://m.ru24.pro/pics/68167672"
KG_MINING = ("https://24.kg/ekonomika/339942_obyem_dobyichi_poleznyih_iskopaemyih_snachala_goda_"
             "vyiros_vkyirgyizstane/")
KG_GDP = "https://24.kg/ekonomika/343529_vvp_kyirgyizstana_prevyisil_1trillion_somov_poitogam_vosmi_mesyatsev_2025_goda/"
SPEC = "https://specletter.com/news/2009-08-20/1969.html"
FONTANKA = "https://www.fontanka.ru/2008/05/28/66862882/"
OTESS = "https://otess.ru/s-serediny-goda-inflyaciya-v-rossii-sostavila-79/"
RIA24 = "https://ria24.today/news/nedelnaya-inflyaciya-v-rf-s-25-po-31-maya/8375715"
SELDON = "https://news.myseldon.com/ru/news/index/268871069"
INVEST = ("https://investvlg.ru/raznoe/kakovy-posledstviya-inflyacii-dlya-ekonomiki-strany-chto-eto-"
          "takoe-prichiny-vidy-usloviya-ponizheniya-i-povysheniya.html")
RUINF = "https://ruinformer.com/page/s-kakimi-stranami-torguet-rossija"
ARTICLE = "sample article"

CASES = [
    # ---- the dev set
    ("ru-001", ("По словам Адылбека Касымалиева, в 2024 году товарооборот между Кыргызстаном и Беларусью "
     "составил около $133 миллионов, за январь – июнь 2025 года — $68 миллионов, из них $22 миллионов "
     "приходится на экспорт из КР и $46 миллионов— на импорт."),
     [(133e6, "USD", "approx"), (68e6, "USD"), (22e6, "USD"), (46e6, "USD")]),
    ("ru-004", ("Товарооборот между Россией и Белоруссией в январе – октябре вырос на 1,8%, заявил глава "
     "администрации белорусского президента Дмитрий Крутой."), [(1.8, "percent")]),
    ("ru-007", ("По итогам нынешнего года Беларусь и Казахстан намерены довести оборот взаимной торговли до "
     "одного миллиарда долларов США."), [(1e9, "USD")]),
    ("ru-010", ("Среди остальных республик Центральной Азии больше всего средств из РФ на родину в 2017 году "
     "перевели граждане Узбекистана – $3,9 млрд, далее следует Таджикистан – $2,5 млрд и Казахстан – $709 млн."),
     [(3.9e9, "USD"), (2.5e9, "USD"), (709e6, "USD")]),
    ("ru-013", ("Напомним, что согласно закону, вступившему в силу 1 января, в 2026 году рост валового "
     "внутреннего продукта Узбекистана прогнозируется на уровне 6,6% — до $160 млрд, в 2027-2028 годы — на "
     "6,8% и 6,9% соответственно."),
     [(6.6, "percent"), (160e9, "USD"), (6.8, "percent"), (6.9, "percent")]),
    ("ru-016", ("Объем взаимной торговли между Россией и Арменией за январь-май 2023 года увеличился на 86% по "
     "сравнению с аналогичным периодом прошлого года, а экспорт из Еревана в Москву вырос в рекордные 3,3 раза."),
     [(86, "percent"), (3.3, "ratio")]),
    ("ru-019", ("В первом полугодии 2024 года товарооборот между Россией и Арменией превысил отметку в 8,3 "
     "миллиарда долларов, превышая показатели за весь прошлый год - 7,4 миллиарда долларов."),
     [(8.3e9, "USD", "more_than"), (7.4e9, "USD")]),
    ("ru-022", ("Товарооборот между УЗ и РТ увеличился более чем в 4 раза за 2 месяца текущего года, и "
     "составил порядка 3.7 миллионов долларов, несмотря на кризис."),
     [(4, "ratio", "more_than"), (3.7e6, "USD", "approx")]),
    ("ru-025", "По его словам, ожидается, что по итогам текущего года инфляция составит 6-7%, а в 2026 году — 4%.",
     [(6, "percent", None, 7), (4, "percent")]),
    ("ru-031", ("В 2024 году ВВП на душу населения в России составил $14,79 тысячи, Казахстане — $14,15 тысяч, "
     "в Эстонии, Латвии и Литве — $31,17, $23,24 и $29,34 тысячи соответственно."),
     [(14790, "USD"), (14150, "USD"), (31170, "USD"), (23240, "USD"), (29340, "USD")]),
    ("ru-034", ("По итогам 2018 года товарооборот между странами достиг порядка 3 млрд долларов, а за "
     "январь-апрель 2019 года -- 1,1 млрд долларов, увеличившись на 20,8 проц в сравнении с аналогичным "
     "периодом прошлого года."),
     [(3e9, "USD", "approx"), (1.1e9, "USD"), (20.8, "percent")]),
    ("ru-037", ("ТАШКЕНТ, 20 ноя — Sputnik. В ходе международного инвестиционного форума узбекские предприятия "
     "легкой промышленности и иностранные инвесторы подписали договора на сумму 216 миллионов долларов, "
     "сообщает \"Экономическое обозрение\"."), [(216e6, "USD")]),
    ("ru-040", ("Это 45% от годового плана: закон о бюджете-2026 предусматривает дефицит на уровне 3,786 трлн "
     "рублей, или 1,6% ВВП."), [(45, "percent"), (3.786e12, "RUB"), (1.6, "percent")]),
    ("ru-043", ("Валовой внутренний продукт (ВВП) Китая по итогам I квартала 2016 года составил 15,8526 трлн "
     "юаней (около 2,44 трлн долларов), что на 6,7% превышает результат за январь — март 2015 года."),
     [(15.8526e12, "CNY"), (2.44e12, "USD", "approx"), (6.7, "percent")]),
    ("ru-046", ("Уровень безработицы в США в сентябре 2011 г. по сравнению с показателем предыдущего месяца "
     "не изменился и составил 9,1%."), [(9.1, "percent")]),
    ("ru-049", "В 2022 году жителей КНР стало меньше на 850 тысяч человек.", [(850000, "persons")]),
    ("ru-051", ("В Душанбе прошло 13-е заседание Межправительственной комиссии по торгово-экономическому "
     "сотрудничеству между Таджикистаном и Узбекистаном с участием премьер-министров двух республик."), []),
    ("ru-054", ("15 сентября президент России Владимир Путин провел совещание с членами правительства РФ по "
     "экономическим вопросам."), []),
    ("ru-057", ("Адреса, на которых будет отключено горячее водоснабжение, включают улицы Киевская, М.Гвардия, "
     "Сыдыкова, а также детский садик №8 и школа-гимназия №8."), []),
    # ---- the sample article
    (ARTICLE, "Головченко: товарооборот между Беларусью и Кыргызстаном реально довести до полумиллиарда долларов",
     [(5e8, "USD")]),
    (ARTICLE, ("Головченко: товарооборот между Беларусью и Кыргызстаном реально довести до полумиллиарда "
     "долларов-2"), [(5e8, "USD")]),
    (ARTICLE, "За 11 месяцев 2024 года Минск и Бишкек наторговали на 166 миллионов долларов.", [(166e6, "USD")]),
    (ARTICLE, ("Заседание Евразийского межправсовета проходит в Казахстане, сообщили в программе Новости "
     "«24 часа» на СТВ."), []),
    # ---- other published sentences
    (UTRK, "Объем внешней и взаимной торговли в январе-августе составил $4,3 млрд и вырос на 19,7%.",
     [(4.3e9, "USD"), (19.7, "percent")]),
    (UTRK, ("Это обусловлено ростом объемов ввоза предметов одежды и принадлежностей к ней в 4 раза, обуви — "
     "на 36%, оборудования и механических устройств — на 34%, подсолнечного масла так же на 34%."),
     [(4, "ratio"), (36, "percent"), (34, "percent"), (34, "percent")]),
    (MORNING, ("В сравнении с первым кварталом предыдущего года внешнеторговый оборот вырос практически на "
     "30 процентов."), [(30, "percent", "almost")]),
    (MORNING, ("объем экспорта товаров за 3 месяца 2017 года составил не менее 34,6 млн долларов, увеличившись "
     "более чем на 28%, в том числе в страны дальнего зарубежья — 21,1 млн долларов, в государства-участники "
     "СНГ — 13,5 млн долларов."),
     [(34.6e6, "USD", "at_least"), (28, "percent", "more_than"), (21.1e6, "USD"), (13.5e6, "USD")]),
    (MORNING, ("Абсолютный лидер в товарной структуре регионального импорта — машиностроительная продукция "
     "($81,3 млн)."), [(81.3e6, "USD")]),
    (MORNING, ("На 13% вырос импорта, объем которого в январе-апреле составил приблизительно не менее 2,3 млрд. "
     "долларов."), [(13, "percent"), (2.3e9, "USD", "at_least")]),
    (MIRTESEN, ("По итогам первого осеннего месяца поставки турецких товаров в нашу страну в денежном выражении "
     "достигли уровня в 1,1 миллиарда долларов."), [(1.1e9, "USD")]),
    (MIRTESEN, ("в сентябре прошлого года ввоз товаров из Турции, по данным ФТС РФ, составлял чуть более "
     "пятисот миллионов долларов."), [(5e8, "USD", "more_than")]),
    (GFA, "Товарооборот между Белоруссией и РФ в 2011 году достиг почти 39 млрд долларов",
     [(39e9, "USD", "almost")]),
    (GFA, ("Товарооборот Белоруссии и России в 2011 году вырос по сравнению с предыдущим годом на 37,7 проц и "
     "составил 38 млрд 607,6 млн долларов."), [(37.7, "percent"), (38607.6e6, "USD")]),
    (OREL, "внешнеторговый оборот Орловской области в январе-июне 2018 года составил 293 миллиона долларов США.",
     [(293e6, "USD")]),
    (OREL, ("импорт по сравнению с январем-июнем 2017 года увеличился в 1,7 раза и составил 169,7 млн долларов "
     "США, а экспорт вырос на 26,8 процента – до 123,3 млн долларов."),
     [(1.7, "ratio"), (169.7e6, "USD"), (26.8, "percent"), (123.3e6, "USD")]),
    (RU24, ("внешнеторговый оборот Мурманской области вырос на 8,4% по сравнению с соответствующим периодом "
     "2015 года до 1380,2 млн долларов США."), [(8.4, "percent"), (1380.2e6, "USD")]),
    (KG_MINING, "объем производства продукции по итогам за январь-июль сложился в сумме 36,4 миллиарда сомов.",
     [(36.4e9, "KGS")]),
    (KG_MINING, "каменного и бурого угля на 15,2 процента (на 259,7 тысячи тонн больше, чем годом ранее);",
     [(15.2, "percent"), (259700, "tonne")]),
    (KG_MINING, "В целом по республике добыча угля составила 1968,7 тысячи тонн.", [(1968700, "tonne")]),
    (KG_GDP, ("По итогам января — августа этого года объем валового внутреннего продукта, по предварительной "
     "оценке, составил 1 триллион 42,1 миллиарда сомов."), [(1042.1e9, "KGS")]),
    (KG_GDP, ("Основными отраслями стали производство фармацевтической продукции (в 2,2 раза), пищевых "
     "продуктов (включая напитки) и табачных изделий (на 44,4 процента)."), [(2.2, "ratio"), (44.4, "percent")]),
    (KG_GDP, "В годовом выражении инфляция по итогам восьми месяцев составила 9,5 процента.", [(9.5, "percent")]),
    (SPEC, ("В первом квартале падение российского ВВП составило 9,5% по отношению к тому же периоду прошлого "
     "года, во втором —10,9%."), [(9.5, "percent"), (10.9, "percent")]),
    (FONTANKA, ("Инфляция в этом году растет темпами почти вдвое больше прошлогодних, однако правительство "
     "поставило себе жесткий ориентир в 10,5%, заявили в Минфине."), [(2, "ratio", "almost"), (10.5, "percent")]),
    (FONTANKA, ("В минувшем году за первые пять месяцев инфляция составила лишь чуть больше 4,5%, а по итогам "
     "года достигла почти 12%."), [(4.5, "percent", "more_than"), (12, "percent", "almost")]),
    (OTESS, "рассчитывают, что по результатам года она будет не выше 12% против 13,3% в 2008 году.",
     [(12, "percent", "up_to"), (13.3, "percent")]),
    (RIA24, ("Недельная инфляция в России с 25 по 31 мая замедлилась до 0,12%, с начала года потребительские "
     "цены выросли на 3,35%, сообщает Росстат."), [(0.12, "percent"), (3.35, "percent")]),
    (SELDON, ("В марте цены в России выросли на 7,6% по сравнению с февралем, а в годовом выражении инфляция "
     "достигла 16,7% — максимума с марта 2015 года."), [(7.6, "percent"), (16.7, "percent")]),
    (INVEST, "В 2022 году в нее включено 558 наименований товаров и услуг.", [(558, "count")]),  # a countable noun
    (INVEST, "сливочное масло за 2021 год выросло в цене на 9,7%, а за пять лет его стоимость увеличилась на 50%.",
     [(9.7, "percent"), (50, "percent")]),
    (RUINF, ("По результатам за первые 5 месяцев текущего года этот показатель в стоимостном выражении "
     "превысил 80%, хотя, напомню, еще пару лет назад был около половины."),
     [(80, "percent", "more_than"), (50, "percent", "approx")]),   # a fraction after a qualifier is a share
    (RUINF, "Такая динамика стала следствием существенного прироста российского экспорта - почти на 11,5%",
     [(11.5, "percent", "almost")]),
    # ---- the hard forms (short phrases)
    ("hard-forms #1", "почти полмиллиарда долларов", [(5e8, "USD", "almost")]),
    ("hard-forms #2", "1,5 млрд руб.", [(1.5e9, "RUB")]),
    ("hard-forms #3", "166 млн долл. США", [(166e6, "USD")]),
    ("hard-forms #4", "2,3 трлн тенге", [(2.3e12, "KZT")]),
    ("hard-forms #5", "12 млрд сомов", [(12e9, "KGS")]),
    ("hard-forms #7", "1 234,5 млн рублей", [(1234.5e6, "RUB")]),
    ("hard-forms #8", "5 000 000 руб.", [(5e6, "RUB")]),
    ("hard-forms #9", "более 10 миллиардов рублей", [(10e9, "RUB", "more_than")]),
    ("hard-forms #10", "почти 135 млн человек", [(135e6, "persons", "almost")]),
    ("hard-forms #11", "около 4,5 тыс. тонн", [(4500, "tonne", "approx")]),
    ("hard-forms #12", "двадцати пяти миллионов рублей", [(25e6, "RUB")]),
    ("hard-forms #13", "в 2,5 раза / в полтора раза / вдвое", [(2.5, "ratio"), (1.5, "ratio"), (2, "ratio")]),
    ("hard-forms #15", "на 2 п.п.", [(2, "percentage_point")]),
    # ---- formatting examples for parsing only (not statistics)
    ("format", "рост составил 5,5−5,7%", [(5.5, "percent", None, 5.7)]),
    ("format", "1,5–2 млрд долларов", [(1.5e9, "USD", None, 2e9)]),
    ("format", "от 1,5 до 2 млрд долларов", [(1.5e9, "USD", None, 2e9)]),
    ("format", "снизилась на 0,3 процентных пункта", [(0.3, "percentage_point")]),
    ("format", "снизилась на 0,3 п. п.", [(0.3, "percentage_point")]),
    ("format", "5\u00a0000\u00a0000 рублей и 7\u202f500 рублей", [(5e6, "RUB"), (7500, "RUB")]),
    ("format", "два с половиной миллиона тонн", [(2.5e6, "tonne")]),
    ("format", "выработка 3,4 млрд кВт·ч", [(3.4e9, "kilowatt_hour")]),
    ("format", "12,5 млн кубометров газа", [(12.5e6, "cubic_meter")]),
    ("format", "1,2 тыс. белорусских рублей", [(1200, "BYN")]),
    ("format", "15 тыс. сумов и 20 тыс. драмов", [(15000, "UZS"), (20000, "AMD")]),
    ("format", "сократился наполовину", [(0.5, "ratio")]),
    ("format", "не менее 3 млн тонн", [(3e6, "tonne", "at_least")]),
    ("format", "мощностью до 5 тыс. тонн в год", [(5000, "tonne", "up_to")]),
    ("format", "вырос с 5,5% до 7,1%", [(5.5, "percent"), (7.1, "percent")]),
    ("format", "2 и 3 млрд долларов соответственно", [(2e9, "USD"), (3e9, "USD")]),
    ("format", "5 млн USD и 3 млн EUR", [(5e6, "USD"), (3e6, "EUR")]),
    ("format", "10 млн ₸ и 2 тыс. ₽", [(1e7, "KZT"), (2000, "RUB")]),
    # ---- fractions standing as a quantity are percentages (round 2, item 1)
    ("format", "экспорт сократился на треть", [(100 / 3, "percent")]),
    ("format", "доля составила более трети", [(100 / 3, "percent", "more_than")]),
    ("format", "около одной трети поставок", [(100 / 3, "percent", "approx")]),
    ("format", "импорт вырос почти на четверть", [(25, "percent", "almost")]),
    ("format", "на Россию приходится половина товарооборота", [(50, "percent")]),
    ("format", "доля выросла до двух третей", [(200 / 3, "percent")]),  # a level reached, as "до $160 млрд"
    ("format", "в первой половине года", []),
    ("format", "во второй половине 2024 года", []),
    ("format", "за четверть века", []),
    ("format", "половина пути", []),
    # ---- compound amounts with a trailing part (round 2, item 2)
    ("held-out real sentence", "17 млн 175 тысяч 773", [(17175773, "count")]),
    ("held-out real sentence", "17 тыс. 996 сомов", [(17996, "KGS")]),
    ("held-out real sentence", "$1 миллиард 284,3 миллиона", [(1284300000, "USD")]),
    ("format", "7 млн 37 тысяч 100 человек", [(7037100, "persons")]),
    ("format", "5 млн 2 года назад", [(5e6, "count")]),
    ("format", "около 5,5 млн 300 дней", [(5.5e6, "count", "approx")]),
    ("format", "убыток составил -$1,96 млрд", [(-1.96e9, "USD")]),
    ("format", "выручка $3.5B", [(3.5e9, "USD")]),
    # ---- basis points are hundredths of a percentage point (round 2, item 4)
    ("held-out real sentence", "50 б.п.", [(0.5, "percentage_point")]),
    ("held-out real sentence", "50 базисных пунктов", [(0.5, "percentage_point")]),
    ("format", "повысил ставку на 25 и 50 б. п. соответственно", [(0.25, "percentage_point"),
                                                                   (0.5, "percentage_point")]),
    ("format", "от 25 до 50 б.п.", [(0.25, "percentage_point", None, 0.5)]),
    # ---- "-кратный" ratios (round 2, item 5)
    ("held-out real sentence", "в 10-кратном размере", [(10, "ratio")]),
    ("format", "экспорт вырос десятикратно, импорт — двукратно", [(10, "ratio"), (2, "ratio")]),
    ("format", "штраф в двукратном размере", [(2, "ratio")]),
    ("format", "1,5-кратный рост", [(1.5, "ratio")]),
    ("format", "двукратный олимпийский чемпион", []),
    # ---- "от X до Y" with scale words; a persons unit after one adjective (round 2, item 6)
    ("held-out real sentence", "от 700 тысяч до 1 млн киргизских граждан", [(700000, "persons", None, 1e6)]),
    ("format", "от 5 до 7 млн", [(5e6, "count", None, 7e6)]),
    ("format", "5 млн российских туристов", [(5e6, "persons")]),
    ("format", "с 700 тысяч до 1 млн", [(700000, "count"), (1e6, "count")]),
    # ---- per mille (round 2, item 7)
    ("format", "рождаемость 9,5 ‰, смертность — 12,1 промилле", [(9.5, "permille"), (12.1, "permille")]),
    # ---- a countable noun after a bare number makes a count (round 2, item 8)
    ("held-out real sentence", "в 92 страны", [(92, "count")]),
    ("held-out real sentence", "в 55 стран", [(55, "count")]),
    ("held-out real sentence", "1197 новых проектов", [(1197, "count")]),
    ("held-out real sentence", "191 российский проект", [(191, "count")]),
    ("format", "в 5 странах и 2 регионах", [(5, "count"), (2, "count")]),
    ("format", "2 января", []),
    ("format", "занял 1 место", []),
    ("format", "за 3 недели", []),
    ("format", "пять стран", []),
    # ---- not quantities
    ("format", "в возрасте 87 лет", []),
    ("format", "к 30-летию независимости", []),
    ("format", "самолет Ил-76 вылетел в 10:30", []),
    ("format", "телефон +375 17 218-65-07", []),
    ("format", "согласно статье 15 закона", []),
    ("format", "договор подписан 11.10.2023", []),
    ("format", "в XXI веке", []),
    ("format", "совещание проходит 2 раза в год", []),
    ("format", "1. Товарооборот вырос", []),
    ("format", "за 11 месяцев и 2 месяца", []),
    ("format", "цены выше на 5%", [(5, "percent")]),
]


def _got(q):
    return (round(q.value, 6), q.unit, q.qualifier, q.value_max)


def _want(e):
    value, unit, qualifier, value_max = (tuple(e) + (None, None))[:4]
    return (round(float(value), 6), unit, qualifier, None if value_max is None else float(value_max))


@pytest.mark.parametrize("source,text,expected", CASES, ids=[f"{i:02d}-{c[0][:20]}" for i, c in enumerate(CASES)])
def test_quantities(source, text, expected):
    got = [_got(q) for q in find_quantities(text, "ru")]
    assert got == [_want(e) for e in expected]


def test_spans_are_shifted_by_offset_and_match_the_text():
    text = "составил около $133 миллионов, а импорт — 46 млн долл. США"
    for q in find_quantities(text, "ru", offset=1000):
        assert text[q.span.start - 1000:q.span.end - 1000] == q.span.text
        assert q.number_span.start >= q.span.start and q.number_span.end <= q.span.end
    spans = [q.span.text for q in find_quantities(text, "ru", offset=1000)]
    assert spans == ["$133 миллионов", "46 млн долл. США"]


def test_ratio_span_is_the_words_and_index_form_is_flagged():
    (ratio,) = find_quantities("экспорт вырос в рекордные 3,3 раза", "ru")
    assert ratio.span.text == "3,3 раза"
    (idx,) = find_quantities("рост ВВП составил 101,6 % к уровню 2023 года", "ru")
    assert (idx.value, idx.unit, idx.index_form) == (101.6, "percent", True)
    (chg,) = find_quantities("увеличился на 86% по сравнению с аналогичным периодом", "ru")
    assert chg.index_form is False


def test_countable_noun_makes_an_explicit_count_with_the_noun_in_the_span():
    (q,) = find_quantities("инвестиции в 1197 новых проектов", "ru")
    assert (q.span.text, q.number_span.text, q.unit, q.unit_explicit) == ("1197 новых проектов", "1197", "count", True)
    assert find_quantities("детский садик №8 и 5 школ", "ru")[0].span.text == "5 школ"
    assert find_quantities("согласно статье 15 закона", "ru") == []


def test_scale_without_unit_is_a_count_not_explicit():
    (q,) = find_quantities("превысил 2 млн", "ru")
    assert (q.value, q.unit, q.unit_explicit, q.qualifier) == (2e6, "count", False, "more_than")
    first, second = find_quantities("2 и 3 млрд долларов", "ru")
    assert (first.value, first.unit, first.unit_explicit) == (2e9, "USD", False)
    assert second.unit_explicit is True
