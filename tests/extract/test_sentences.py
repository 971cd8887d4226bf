"""Sentence splitting keeps offsets and does not cut at abbreviations (factcheck/extract/sentences.py)."""
from conftest import SAMPLE

from factcheck.extract.sentences import split


def test_offsets_point_into_the_text():
    text = SAMPLE.read_text(encoding="utf-8")
    sents = split(text, "ru")
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert any(s.text == "За 11 месяцев 2024 года Минск и Бишкек наторговали на 166 миллионов долларов." for s in sents)


def test_a_month_abbreviation_before_a_day_does_not_end_the_sentence():
    # a real sentence from the en claims table (AKIpress-style date "Feb. 24")
    sents = split("Later, it rose to 13.5 percent on Feb. 24. The bank held it there.", "en")
    assert [s.text for s in sents] == ["Later, it rose to 13.5 percent on Feb. 24.", "The bank held it there."]


def test_initials_and_titles_do_not_end_a_sentence():
    sents = split("Премьер-министр Р. Головченко провел переговоры. Затем состоялась встреча.", "ru")
    assert len(sents) == 2
    assert len(split("Dr. Smith said exports rose 5%. Imports fell.", "en")) == 2


def test_a_sentence_ending_in_a_year_still_ends():
    sents = split("Товарооборот вырос в 2023 г. В 2024 году он снизился.", "ru")
    assert len(sents) == 2


def test_a_year_abbreviation_inside_a_time_phrase_does_not_end_the_sentence():
    # formatting examples of the shape "В III квартале 2024 г. ВВП вырос" (hard-forms.md row 35)
    assert len(split("В III квартале 2024 г. ВВП вырос на 5,1%.", "ru")) == 1
    assert len(split("По итогам 2023 г. США остались главным партнером.", "ru")) == 1
