"""Publication dates written out in front matter and HTML meta tags are read with dateparser (issue 11, point 5).

The article sentence is the issue's (Kursiv 2021-10-14 reported the October 2021 WEO: Uzbekistan 6.1 %)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.reader import parse_date, read

SENTENCE = "МВФ прогнозирует рост ВВП Узбекистана в 2021 году на уровне 6,1%."


@pytest.mark.parametrize("written, expected", [
    ("2021-10-14", date(2021, 10, 14)),
    ("14 октября 2021", date(2021, 10, 14)),
    ("14 октября 2021 г.", date(2021, 10, 14)),
    ("Thu, 14 Oct 2021 09:30:00 GMT", date(2021, 10, 14)),     # RFC 822, as in RSS and HTTP
    ("October 14, 2021", date(2021, 10, 14)),
    ("14.10.2021", date(2021, 10, 14)),                        # day first
])
def test_written_dates(written, expected):
    assert parse_date(written) == expected


@pytest.mark.parametrize("written", ["вчера", "2 days ago", "October 2021", "2021", "", "not a date 2021"])
def test_relative_or_incomplete_dates_are_refused(written):
    assert parse_date(written) is None


def test_front_matter_date_in_words(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(f"---\ndate: 14 октября 2021\n---\n{SENTENCE}\n", encoding="utf-8")
    assert read(str(p)).published == date(2021, 10, 14)


def test_html_meta_date_in_words(tmp_path):
    p = tmp_path / "a.html"
    p.write_text('<html><head><meta property="article:published_time" content="Thu, 14 Oct 2021 09:30:00 GMT">'
                 f"</head><body><p>{SENTENCE}</p></body></html>", encoding="utf-8")
    assert read(str(p)).published == date(2021, 10, 14)
