"""Units of measure through pint, with every ISO 4217 currency as its own base dimension.

    from factcheck.units import canonical_unit, convert
    canonical_unit("tonnes")            # 'tonne'
    canonical_unit("kWh")               # 'kilowatt_hour'
    convert(1.5, "kilotonne", "tonne")  # 1500.0
    convert(1, "USD", "EUR")            # raises pint's DimensionalityError: money never converts silently

pint takes a noticeable moment to import and to build its registry, so nothing here touches it
until a physical unit is actually met (the CLI's cold start budget). Currencies are defined as
``USD = [currency_USD]``: each is a dimension of its own, and pint may not attach a prefix or a
plural suffix to one (``MUSD``, ``kEUR`` and ``USDs`` are undefined), because a news "млн USD"
must be read by the numbers stage as a scale, not by pint as a mega-dollar.
"""
from __future__ import annotations

from functools import cache, lru_cache

#: names used by factcheck (and by the labelled dev set) where pint's own name differs;
#: pint knows the left-hand names too ('tonne' is an alias of pint's 'metric_ton')
PREFERRED = {
    "metric_ton": "tonne",
    "meter ** 3": "cubic_meter",
    "kilometer ** 2": "square_kilometer",
    "meter ** 2": "square_meter",
}

#: units pint lacks under the names factcheck uses
_EXTRA_DEFINITIONS = (
    "cubic_meter = meter ** 3 = m3",
    "square_kilometer = kilometer ** 2 = km2",
    "square_meter = meter ** 2 = m2",
)


@cache
def currency_codes() -> frozenset[str]:
    """Every ISO 4217 alphabetic code pycountry knows (active currencies and funds)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def is_currency(code: str) -> bool:
    return code in currency_codes()


@lru_cache(maxsize=1)
def registry():
    """The shared pint registry (built on first use)."""
    import pint

    codes = currency_codes()

    class _Registry(pint.UnitRegistry):
        def parse_unit_name(self, unit_name, case_sensitive=None):
            found = super().parse_unit_name(unit_name, case_sensitive)
            # a currency is only ever itself: no 'MUSD' (mega-dollar), no 'USDs'
            return tuple(t for t in found if t[1] not in codes or t[1] == unit_name)

    ureg = _Registry()
    for d in _EXTRA_DEFINITIONS:
        ureg.define(d)
    for code in sorted(codes):
        if code in ureg:        # pint never defines upper-case three-letter units today; be safe
            continue
        ureg.define(f"{code} = [currency_{code}]")
    return ureg


@lru_cache(maxsize=1024)
def canonical_unit(name: str) -> str:
    """The pint name of a unit written as a pint name, symbol or alias ('tonnes' -> 'tonne').

    Currency codes come back unchanged. Raises ValueError for a name pint does not know.
    """
    name = name.strip()
    if is_currency(name):
        return name
    import pint

    try:
        unit = registry().parse_units(name)
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, AttributeError,
            TypeError, ValueError, SyntaxError) as exc:
        raise ValueError(f"unknown unit {name!r}") from exc
    text = str(unit)
    return PREFERRED.get(text, text.replace(" ", ""))


def convert(value: float, unit: str, to: str) -> float:
    """``value`` in ``unit`` expressed in ``to``; pint's DimensionalityError when they differ
    (every currency is a dimension of its own, so money never converts)."""
    ureg = registry()
    return float(ureg.Quantity(value, ureg.parse_units(unit)).to(ureg.parse_units(to)).magnitude)
