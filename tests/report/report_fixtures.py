"""Reports built by hand for the writer tests: real sentences, real reference figures, with provenance.

Verdicts are built here (the verifier is developed separately) so that every label, evidence table,
arithmetic and context line reaches the writers. Every number below comes from a file in
../shared/data (see data/MANIFEST*.md) or from the article's own text:

- Sample article (STV, ctv.by): "166 миллионов долларов" (trade turnover BLR-KGZ, 2024-01..2024-11) and
  the target "полумиллиарда долларов". Kyrgyz NSC tables 4.03.00.18 / 4.03.00.20 (thousand USD):
  2023 exports to Belarus 33,965.798, imports from Belarus 76,170.221 (preliminary); sum 110,136.019.
- onyxmedia.ru, 2024-11-25 (dev set ru-019): "превысил отметку в 8,3 миллиарда долларов" (RUS-ARM,
  H1 2024) and "7,4 миллиарда долларов" (2023). Armstat monthly trade by partner (thousand USD,
  Armenia-reported, partner Russian Federation): Jan-Jun 2024 exports 1,418,362.4166, imports by
  origin 6,111,873.8652; 2023 exports 3,540,192.1024, imports by origin 4,383,754.4255.
- trt.global, 2025-08-14 (dev set ru-031): GDP per capita 2024 "$14,79 тысячи" (RUS) and
  "$14,15 тысяч" (KAZ). World Bank API v2 extract, vintage 2026-02-24, NY.GDP.PCAP.CD 2024:
  RUS 14889.0185546875, KAZ 14154.6324958076.
"""
from __future__ import annotations

from pathlib import Path

from factcheck.model import Claim, Document, Observation, Period, Provenance, Report, Span, Verdict
from factcheck.reader import read

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PATH = "fixtures/articles/ctv-belarus-kyrgyzstan-2025-ru.txt"
ONYX_PATH = "fixtures/content-repo/content/news/2024-11-25-russia-armenia-trade-onyxmedia.md"
TRT_PATH = "fixtures/content-repo/content/news/2025-08-14-gdp-per-capita-trt.md"

NSC = Provenance(
    source="snapshot", dataset="NSC KG 4.03.00.18 / 4.03.00.20 (geographic distribution of exports / imports)",
    url="https://stat.gov.kg/", vintage="tables 1994-2023; 2023 imports preliminary",
    licence="official statistics, attribution required", publisher="National Statistical Committee of the Kyrgyz Republic",
)
ARMSTAT = Provenance(
    source="snapshot", dataset="Armstat foreign trade by country, monthly (thousand USD)",
    url="https://github.com/tavad/tvyal_newsletter/blob/d1b2914a9ed749c592a7c0e2296d7f9343dfb953/"
        "2025/2025_02_25_exports_annual/arm_trade_country.csv",
    vintage="monthly 2007-01..2024-12, copied 2025-02-25", licence="official statistics; terms not verified",
    publisher="Statistical Committee of the Republic of Armenia",
)
WB = Provenance(
    source="snapshot", dataset="World Development Indicators", series="NY.GDP.PCAP.CD",
    url="https://api.worldbank.org/v2/country/RUS;KAZ/indicator/NY.GDP.PCAP.CD",
    vintage="2026-02-24", licence="CC BY 4.0", publisher="World Bank",
)


def _text(path: str) -> tuple[str, object]:
    src = read(str(ROOT / path))
    return src.text, src.published


def _claim(text: str, cid: str, needle: str, sentence_start: str, **kw) -> Claim:
    s0 = text.index(sentence_start)
    start = text.index(needle, s0)
    s1 = text.index(".", start) + 1
    return Claim(id=cid, sentence=text[s0:s1], span=Span(start, start + len(needle), needle), **kw)


def sample_document(with_verdicts: bool = True) -> Document:
    text, _ = _text(SAMPLE_PATH)
    nsc_x = Observation("exports", 33965798.0, "USD", Period.year(2023), "KGZ", "BLR", provenance=NSC)
    nsc_m = Observation("imports", 76170221.0, "USD", Period.year(2023), "KGZ", "BLR", preliminary=True, provenance=NSC)
    v1 = Verdict(
        label="unverifiable",
        explanation="No reference figure for Belarus-Kyrgyzstan trade in 2024-01..2024-11; the nearest is "
                    "Kyrgyzstan's 2023 full year, 110,136,019 USD.",
        rule="same metric, reporter and period required",
        evidence=(nsc_x, nsc_m),
        arithmetic=("33,965,798 + 76,170,221 = 110,136,019 USD (KGZ exports to + imports from BLR, 2023)",),
        context=("Kyrgyz-reported 2023 imports are preliminary.",),
    )
    v2 = Verdict(
        label="not_checkable",
        explanation="A target, not a reported figure.",
        context=("Latest reference figure: 110,136,019 USD in 2023 (Kyrgyz NSC); 500,000,000 USD is 4.54 times that.",),
    )
    c1 = _claim(text, "c1", "166 миллионов долларов", "За 11 месяцев", value=166e6, unit="USD",
                metric="trade_turnover", entities=("BLR", "KGZ"), period=Period.months(2024, 1, 2024, 11),
                verdict=v1 if with_verdicts else None)
    c2 = _claim(text, "c2", "полумиллиарда долларов", "Товарооборот между Беларусью и Кыргызстаном вполне",
                value=5e8, unit="USD", metric="trade_turnover", entities=("BLR", "KGZ"), kind="target",
                verdict=v2 if with_verdicts else None)
    return Document(path=SAMPLE_PATH, text=text, language="ru", claims=(c1, c2))


def onyx_document() -> Document:
    text, published = _text(ONYX_PATH)
    h1x = Observation("exports", 1418362416.6, "USD", Period.months(2024, 1, 2024, 6), "ARM", "RUS", "M", provenance=ARMSTAT)
    h1m = Observation("imports", 6111873865.2, "USD", Period.months(2024, 1, 2024, 6), "ARM", "RUS", "M", provenance=ARMSTAT)
    y_x = Observation("exports", 3540192102.4, "USD", Period.year(2023), "ARM", "RUS", "M", provenance=ARMSTAT)
    y_m = Observation("imports", 4383754425.5, "USD", Period.year(2023), "ARM", "RUS", "M", provenance=ARMSTAT)
    c1 = _claim(text, "c1", "8,3 миллиарда долларов", "В первом полугодии", value=8.3e9, unit="USD",
                metric="trade_turnover", entities=("RUS", "ARM"), period=Period.months(2024, 1, 2024, 6),
                qualifier="more_than", verdict=Verdict(
                    label="inaccurate",
                    explanation="Armenia's statistics give 7,530,236,282 USD for trade with Russia in 2024-01..2024-06; "
                                "the claim of more than 8.3 billion is 10.2% above that.",
                    rule="relative difference above 5%",
                    interval=(7153724468.0, 7906748096.0),
                    evidence=(h1x, h1m),
                    arithmetic=("1,418,362,417 + 6,111,873,865 = 7,530,236,282 USD",
                                "8,300,000,000 / 7,530,236,282 - 1 = +10.2%"),
                    context=("Mirror statistics differ: Russia's own figure may be higher.",),
                ))
    c2 = _claim(text, "c2", "7,4 миллиарда долларов", "В первом полугодии", value=7.4e9, unit="USD",
                metric="trade_turnover", entities=("RUS", "ARM"), period=Period.year(2023), verdict=Verdict(
                    label="inaccurate",
                    explanation="Armenia's statistics give 7,923,946,528 USD for 2023; the claim is 6.6% below.",
                    rule="relative difference above 5%",
                    evidence=(y_x, y_m),
                    arithmetic=("3,540,192,102 + 4,383,754,426 = 7,923,946,528 USD",
                                "7,400,000,000 / 7,923,946,528 - 1 = -6.6%"),
                ))
    return Document(path=ONYX_PATH, text=text, language="ru", published=published, claims=(c1, c2))


def trt_document() -> Document:
    text, published = _text(TRT_PATH)
    rus = Observation("gdp_per_capita", 14889.0185546875, "USD", Period.year(2024), "RUS", provenance=WB)
    kaz = Observation("gdp_per_capita", 14154.6324958076, "USD", Period.year(2024), "KAZ", provenance=WB)
    c1 = _claim(text, "c1", "$14,79 тысячи", "В 2024 году", value=14790.0, unit="USD", metric="gdp_per_capita",
                entities=("RUS",), period=Period.year(2024), verdict=Verdict(
                    label="approximately_accurate",
                    explanation="The World Bank gives 14,889 USD; the claim is 0.7% lower.",
                    rule="within 2% but not within the rounding of the claim",
                    evidence=(rus,), arithmetic=("14,790 / 14,889.02 - 1 = -0.67%",)))
    c2 = _claim(text, "c2", "$14,15 тысяч", "В 2024 году", value=14150.0, unit="USD", metric="gdp_per_capita",
                entities=("KAZ",), period=Period.year(2024), verdict=Verdict(
                    label="accurate",
                    explanation="The World Bank gives 14,155 USD; the claim agrees to its rounding.",
                    rule="within the rounding of the claim (±0.005 thousand)",
                    evidence=(kaz,), arithmetic=("14,150 / 14,154.63 - 1 = -0.03%",)))
    return Document(path=TRT_PATH, text=text, language="ru", published=published, claims=(c1, c2))


def error_document() -> Document:
    return Document(path="fixtures/content-repo/content/news/missing.md",
                    error="fixtures/content-repo/content/news/missing.md: no such file")


def sample_report() -> Report:
    return Report(documents=(sample_document(),))


def full_report() -> Report:
    """Every verdict label but 'unchecked', evidence with provenance, and one unreadable input."""
    return Report(documents=(sample_document(), onyx_document(), trt_document(), error_document()))
