"""Hypothesis strategies: hostile article text, and random but well-typed Reports for the writers."""
from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from factcheck.model import (LABELS, Claim, Document, Finding, Observation, Period, Provenance, Report, Span,
                             Verdict)

# Pieces that the extractor's patterns care about. Formatting material only (no statistic is implied):
# digits and separators, scale and currency words of both languages, periods, dashes, quotes.
TOKENS = (
    "0", "1", "9", "12", "2023", "1 000", "1,5", "1.5", "1 234 567", "100,0", "101,6", "-", "–", "—", "+",
    "%", "$", "€", "₽", "руб.", "долл.", "млн", "млрд", "трлн", "тыс.", "million", "billion", "bn", "mln",
    "percent", "процента", "п.п.", "раза", "times", "в", "на", "до", "с", "по", "от", "около", "почти",
    "более", "about", "nearly", "more than", "up to", "in", "by", "to", "from", "году", "годом", "году.",
    "январе", "январь–март", "I квартале", "Q1", "2022–2023", "2024 года", "first half", "H1", "FY2023",
    "ВВП", "GDP", "экспорт", "импорт", "товарооборот", "trade", "exports", "inflation", "инфляция",
    "Кыргызстан", "Беларусь", "Russia", "China", "ЕАЭС", "EU", "США", "мира",
    "(", ")", "«", "»", "\"", ",", ".", ";", ":", "\n", "\n\n", " ", "  ", "\t", "\u00a0", "\u202f", "\u2009",
    "…", "/", "\\", "*", "#", "<b>", "</b>", "&nbsp;", "---", "\ufeff", "\u200b", "\x00", "\ud7ff", "𝟙",
)

token_text = st.lists(st.sampled_from(TOKENS), max_size=80).map(" ".join)
any_text = st.text(max_size=400)
article_text = st.one_of(token_text, any_text, st.tuples(token_text, any_text).map("".join))

# ----------------------------------------------------------------------------- reports

short = st.text(max_size=40)
finite = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def periods(draw):
    y1 = draw(st.integers(1900, 2100))
    m1 = draw(st.integers(1, 12))
    y2 = draw(st.integers(y1, 2100))
    m2 = draw(st.integers(m1 if y2 == y1 else 1, 12))
    return Period.months(y1, m1, y2, m2)


provenances = st.builds(Provenance, source=short, dataset=short, series=st.none() | short, url=st.none() | short,
                        vintage=st.none() | short, retrieved=st.none() | short, licence=st.none() | short,
                        publisher=st.none() | short, note=st.none() | short)
observations = st.builds(Observation, metric=short, value=finite, unit=short, period=periods(), reporter=short,
                         partner=st.none() | short, frequency=st.sampled_from("AQM"), preliminary=st.booleans(),
                         provenance=st.none() | provenances)
verdicts = st.builds(Verdict, label=st.sampled_from(LABELS), explanation=short, rule=st.none() | short,
                     interval=st.none() | st.tuples(finite, finite),
                     evidence=st.lists(observations, max_size=2).map(tuple),
                     arithmetic=st.lists(short, max_size=2).map(tuple), context=st.lists(short, max_size=2).map(tuple),
                     errors=st.lists(short, max_size=2).map(tuple))


@st.composite
def claims(draw, text: str, i: int):
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(a, len(text)))
    span = Span(a, b, text[a:b])
    return Claim(id=f"c{i}", sentence=draw(short), span=span, value=draw(finite),
                 unit=draw(short), metric=draw(short), entities=tuple(draw(st.lists(short, max_size=3))),
                 period=draw(st.none() | periods()), kind=draw(st.sampled_from(["actual", "change", "target", "forecast"])),
                 change_basis=draw(st.sampled_from([None, "yoy", "prior_period"])),
                 qualifier=draw(st.sampled_from([None, "approx", "almost", "more_than", "less_than", "at_least", "up_to"])),
                 value_max=draw(st.none() | finite), occurrences=(span,),
                 notes=tuple(draw(st.lists(short, max_size=2))), verdict=draw(st.none() | verdicts))


@st.composite
def documents(draw):
    text = draw(st.text(max_size=200))
    n = draw(st.integers(0, 4))
    cs = tuple(draw(claims(text, i)) for i in range(n))
    return Document(path=draw(st.text(min_size=1, max_size=40)), text=text,
                    language=draw(st.sampled_from([None, "ru", "en"])),
                    published=draw(st.none() | st.dates(date(1900, 1, 1), date(2100, 12, 31))),
                    claims=cs,
                    findings=tuple(draw(st.lists(st.builds(Finding, kind=short, message=short,
                                                           claim_ids=st.lists(short, max_size=2).map(tuple)),
                                                 max_size=2))),
                    error=draw(st.none() | st.text(min_size=1, max_size=60)))


reports = st.lists(documents(), max_size=3).map(lambda ds: Report(documents=tuple(ds)))
