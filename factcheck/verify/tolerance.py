"""Which data values count as "the same number" as a printed claim.

Every claim gets one :class:`Interval`: the set of true values a careful writer could have printed
as the claim.  The interval carries the name of the rule that built it and a few words a reader
understands, so that every verdict can say *why* a value was accepted or not.

Rules, applied in this order (the names are what ``Verdict.rule`` shows):

``printed_precision``
    A printed figure stands for every value that rounds to it at its last printed digit
    (statcheck's treatment of reported numbers): "166 млн" covers 165.5–166.5 million, "1,8%"
    covers 1.75–1.85 %.  The step is derived from the digits of the claim's span text: with D the
    integer formed by all printed digits, step = |value| / D ("$1.317 billion": D = 1317,
    step = 1 million).  This needs no knowledge of which separator is decimal.
``round_figure``
    A round figure -- printed digits ending in zero ("$120 billion", "100 млн") -- also matches a
    value that rounds to it at the next coarser power of ten (Scrutinizer's rule): "$120 billion"
    covers 115–125 billion, "100 млн" 95–105 million.  Never coarser than the figure's own last
    non-zero digit nor than a tenth of its leading digit's place ("10 %" stays 9.5–10.5 %).
``word_number``
    A figure written in words ("полмиллиарда", "half a billion", "twice", "tripled") is as precise
    as its leading words: the step is the place of its last significant digit, so "полмиллиарда"
    covers 450–550 million and "twice" 1.5–2.5.
``range``
    "5,5−5,7%": from the low end's lower bound to the high end's upper bound.

Qualifiers move the interval (margins below, stated in every verdict):

``approx``      "около", "about": the printed interval widened to ±APPROX_MARGIN of the value.
``almost``      "почти", "nearly": below the value, down to ALMOST_MARGIN under it (the printed
                interval's upper bound is kept, so "почти 1,5" accepts 1.5046).
``more_than``   "более", "over": strictly above the value.
``less_than``   "менее", "under": strictly below the value.
``at_least``    "не менее": the value or more.
``up_to``       "до", "up to": the value or less.

A value outside the interval but within CLOSE_MARGIN of it is "approximately accurate"
(:func:`closeness`).  Nothing here imports anything heavy.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

#: "около 100" accepts 95–105: the approx qualifier's margin on each side (a share of the value)
APPROX_MARGIN = 0.05
#: "почти 135" accepts 121.5–135.5: how far below the value "almost" reaches
ALMOST_MARGIN = 0.10
#: a value outside the interval by at most this share of the claimed value is "approximately accurate"
CLOSE_MARGIN = 0.05

_DIGIT_RUN = re.compile(r"\d[\d\s\u00a0\u202f.,'’]*\d|\d")


@dataclass(frozen=True)
class Interval:
    """Accepted values for a claim; ``None`` bound = unbounded on that side."""
    lo: float | None
    hi: float | None
    rule: str
    words: str
    lo_closed: bool = True
    hi_closed: bool = True
    step: float | None = None       # the printed precision the interval was derived from

    def contains(self, x: float) -> bool:
        if self.lo is not None and (x < self.lo or (x == self.lo and not self.lo_closed)):
            return False
        if self.hi is not None and (x > self.hi or (x == self.hi and not self.hi_closed)):
            return False
        return True

    def distance(self, x: float) -> float:
        """How far ``x`` lies outside the interval (0 inside)."""
        if self.contains(x):
            return 0.0
        if self.lo is not None and x <= self.lo:
            return self.lo - x
        if self.hi is not None and x >= self.hi:
            return x - self.hi
        return 0.0

    def as_tuple(self) -> tuple[float | None, float | None]:
        return (self.lo, self.hi)

    def scaled(self, factor: float) -> "Interval":
        """The same interval in other units (e.g. a claim in KGS divided by KGS per USD)."""
        lo = None if self.lo is None else self.lo * factor
        hi = None if self.hi is None else self.hi * factor
        if factor < 0:
            lo, hi = hi, lo
        return Interval(lo, hi, self.rule, self.words, self.lo_closed, self.hi_closed,
                        None if self.step is None else self.step * abs(factor))

    def describe(self, unit: str = "") -> str:
        u = f" {unit}" if unit else ""
        lo = "−∞" if self.lo is None else fmt(self.lo)
        hi = "+∞" if self.hi is None else fmt(self.hi)
        lb = "[" if self.lo_closed and self.lo is not None else "("
        rb = "]" if self.hi_closed and self.hi is not None else ")"
        return f"{lb}{lo}, {hi}{rb}{u} ({self.rule}: {self.words})"


def fmt(x: float) -> str:
    """A number for explanations: thousands separated, at most 6 significant digits."""
    if x is None:
        return "?"
    ax = abs(x)
    if ax >= 1e6:
        return f"{x:,.0f}"
    if ax >= 100:
        return f"{x:,.1f}".rstrip("0").rstrip(".")
    return f"{x:.4g}"


def _last_significant_place(value: float) -> float:
    """10**k of the last significant digit of ``value`` written in the shortest form (1.5 -> 0.1)."""
    if value == 0:
        return 1.0
    mant, exp = f"{abs(value):.12e}".split("e")
    digits = mant.replace(".", "").rstrip("0") or "0"
    return 10.0 ** (int(exp) - (len(digits) - 1))


def _snap_pow10(x: float) -> float | None:
    """``x`` if it is (nearly) a power of ten, snapped to it; else None."""
    if x <= 0 or not math.isfinite(x):
        return None
    k = round(math.log10(x))
    return 10.0 ** k if abs(math.log10(x) - k) < 1e-6 else None


def printed_step(value: float, text: str | None) -> tuple[float, str, bool]:
    """(step, how, round) for a claim value and the text of its span.

    ``how`` is 'digits' or 'words'; ``round`` says the printed digits end in a zero before any
    decimal part (a round figure).
    """
    if text:
        runs = [r for r in _DIGIT_RUN.findall(text) if any(ch.isdigit() for ch in r)]
        for run in runs:
            digits = re.sub(r"\D", "", run)
            d = int(digits)
            if d == 0:
                continue
            step = _snap_pow10(abs(value) / d) if value else None
            if step is None:
                continue
            # a round figure: the integer part as printed ends in zero and nothing follows it
            stripped = run.rstrip()
            last_group = re.split(r"[\s\u00a0\u202f'’.,]", stripped)[-1]
            # a decimal part is a last group not of length 3 after a separator, or any '.'/',' with != 3 digits
            has_decimal = bool(re.search(r"[.,]\d{1,2}$|[.,]\d{4,}$", stripped))
            is_round = (not has_decimal) and digits.endswith("0") and len(last_group) > 0
            return step, "digits", is_round
    return _last_significant_place(value), "words", False


def interval_for(value: float, text: str | None = None, qualifier: str | None = None,
                 value_max: float | None = None) -> Interval:
    """The accepted interval for a printed value (see the module docstring for the rules)."""
    step, how, is_round = printed_step(value, text)
    half = step / 2
    if value_max is not None:
        step_hi, _, _ = printed_step(value_max, None if text is None else text.split("-")[-1].split("−")[-1].split("–")[-1])
        return Interval(value - half, value_max + step_hi / 2, "range",
                        f"from {fmt(value)} to {fmt(value_max)}, each at its printed precision", step=step)
    if how == "words":
        rule, words = "word_number", f"a figure in words stands for values that round to it at {fmt(step)}"
    elif is_round:
        leading = 10.0 ** math.floor(math.log10(abs(value))) if value else step
        coarse = min(step * 10, _last_significant_place(value), leading / 10)
        if coarse > step * 1.000001:
            step, half = coarse, coarse / 2
            rule, words = "round_figure", f"a round figure also matches values that round to it at {fmt(step)}"
        else:
            rule, words = "printed_precision", f"values that round to the printed digits (step {fmt(step)})"
    else:
        rule, words = "printed_precision", f"values that round to the printed digits (step {fmt(step)})"
    lo, hi = value - half, value + half
    if qualifier is None:
        return Interval(lo, hi, rule, words, step=step)
    a = abs(value)
    if qualifier == "approx":
        m = APPROX_MARGIN * a
        return Interval(min(lo, value - m), max(hi, value + m), f"approx+{rule}",
                        f"'about': within {APPROX_MARGIN:.0%} either side of {fmt(value)}", step=step)
    if qualifier == "almost":
        top = hi if how == "digits" else value   # "almost twice" never accepts more than 2
        return Interval(value - ALMOST_MARGIN * a, top, f"almost+{rule}",
                        f"'almost': below {fmt(value)} by at most {ALMOST_MARGIN:.0%} (or rounding to it)", step=step)
    if qualifier == "more_than":
        return Interval(value, None, "more_than", f"'more than': above {fmt(value)}", lo_closed=False, step=step)
    if qualifier == "less_than":
        return Interval(None, value, "less_than", f"'less than': below {fmt(value)}", hi_closed=False, step=step)
    if qualifier == "at_least":
        return Interval(value, None, "at_least", f"'at least': {fmt(value)} or more", step=step)
    if qualifier == "up_to":
        return Interval(None, value, "up_to", f"'up to': {fmt(value)} or less", step=step)
    return Interval(lo, hi, rule, words, step=step)


def closeness(interval: Interval, claimed: float, actual: float) -> float:
    """Distance of ``actual`` from the interval as a share of the claimed value (0 inside)."""
    d = interval.distance(actual)
    if d == 0:
        return 0.0
    base = abs(claimed) if claimed else max(abs(actual), 1e-12)
    return d / base


def is_close(interval: Interval, claimed: float, actual: float) -> bool:
    """Outside the interval but within CLOSE_MARGIN of it (the 'approximately accurate' band)."""
    return 0 < closeness(interval, claimed, actual) <= CLOSE_MARGIN
