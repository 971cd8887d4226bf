"""Country codes and names from the snapshot (datasets/country-codes, ODC-PDDL; UN Russian short names).

    >>> country("KG").name_ru
    'Кыргызстан'

``country(code)`` accepts ISO 3166 alpha-3, alpha-2, an M49 number, or a grouping code the snapshot uses
(EU, EA20, CIS, EAEU, SCO) or a World Bank aggregate code (WLD, ECS ...); it returns None for an unknown code.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str                 # the snapshot's code: ISO3 for countries
    iso2: str | None
    iso3: str | None
    m49: int | None
    name_en: str | None
    name_ru: str | None
    kind: str                 # country | group | wb_aggregate
    currency: str | None = None


def country(code: str | int) -> Country | None:
    from sources.snapshot import place_row

    if code is None or (isinstance(code, str) and not code.strip()):
        return None
    row = place_row(code)
    if row is None:
        return None
    _, c, iso2, m49, en, ru, kind, cur = row
    return Country(code=c, iso2=iso2, iso3=c if kind == "country" else None, m49=m49, name_en=en, name_ru=ru,
                   kind=kind, currency=cur)
