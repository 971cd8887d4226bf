"""The tolerance rules, each on real printed figures (sentences in test_regression.py)."""
import pytest

from factcheck.verify.tolerance import interval_for


def test_printed_precision_166_million():
    # ctv.by sample article: "166 миллионов долларов"
    iv = interval_for(166e6, "166 миллионов долларов")
    assert (iv.lo, iv.hi) == (165.5e6, 166.5e6)
    assert iv.rule == "printed_precision"


def test_precision_from_digits_not_separators():
    # trend.az: "$1.317 billion" and ru-031: "$14,79 тысячи" -- decimal point or comma alike
    assert interval_for(1.317e9, "$1.317 billion").as_tuple() == pytest.approx((1.3165e9, 1.3175e9))
    assert interval_for(14790, "$14,79 тысячи").as_tuple() == pytest.approx((14785, 14795))
    # en-022: Indian digit grouping "Rs 10,02,821 cr"
    assert interval_for(10028210000000, "Rs 10,02,821 cr").as_tuple() == pytest.approx((10028205e6, 10028215e6))


def test_round_figure_widens_one_power_of_ten():
    # en-022: "$120 billion" matches a value that rounds to 120 at the tens of billions
    iv = interval_for(120e9, "$120 billion")
    assert iv.rule == "round_figure" and iv.as_tuple() == pytest.approx((115e9, 125e9))
    # "10%" is not widened to 5-15 %
    assert interval_for(10, "10%").as_tuple() == pytest.approx((9.5, 10.5))


def test_word_number():
    # ctv.by: "полумиллиарда долларов" -> 450-550 million
    iv = interval_for(5e8, "полумиллиарда долларов")
    assert iv.rule == "word_number" and iv.as_tuple() == pytest.approx((4.5e8, 5.5e8))


def test_qualifiers_move_the_interval():
    # sb.by: "около 100 млн долларов"
    assert interval_for(1e8, "около 100 млн долларов", "approx").as_tuple() == pytest.approx((95e6, 105e6))
    # sb.by: "почти в 1,5 раза": below 1.5 within 10 %, or rounding to it
    assert interval_for(1.5, "почти в 1,5 раза", "almost").as_tuple() == pytest.approx((1.35, 1.55))
    # en-022: "almost twice" never accepts more than 2
    assert interval_for(2, "almost twice", "almost").hi == 2
    more = interval_for(8.3e9, "8,3 миллиарда долларов", "more_than")
    assert not more.contains(8.3e9) and more.contains(8.31e9) and more.hi is None
    assert interval_for(3, "3 %", "up_to").contains(2.0)
    assert not interval_for(3, "3 %", "at_least").contains(2.9)


def test_range():
    # ru-025: "6-7%"
    iv = interval_for(6, "6-7%", None, 7)
    assert iv.rule == "range" and iv.as_tuple() == pytest.approx((5.5, 7.5))


from hypothesis import given, strategies as st   # noqa: E402


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=3),
       st.sampled_from([1, 1e3, 1e6, 1e9]), st.sampled_from([None, "approx", "almost"]))
def test_interval_always_holds_the_printed_value(digits, decimals, scale, qualifier):
    # a printed mantissa such as "1234,5" with a scale word: the value itself is always accepted
    mantissa = digits / 10 ** decimals
    text = f"{mantissa:.{decimals}f}".replace(".", ",") + " млн"
    iv = interval_for(mantissa * scale, text, qualifier)
    assert iv.lo <= mantissa * scale <= iv.hi
    assert iv.contains(mantissa * scale)
    # and the step is one unit of the last printed digit (or coarser for a round figure)
    assert iv.step >= scale / 10 ** decimals * 0.999999
