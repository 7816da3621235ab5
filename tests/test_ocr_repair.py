"""OCR value repair: fixes look-alikes only where the column's pattern makes it certain."""

from __future__ import annotations

import pytest

from rencana.extract.families.ocr_values import reread
from rencana.extract.ocr.repair import repair_numeric


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("100y6", "percent", "100%"),
        ("86 Yo", "percent", "86%"),
        ("l00%", "percent", "100%"),
        ("75,5%", "percent", "75,5%"),
        ("100,00% t", "percent", "100,00%"),  # a speck after it: no unit follows a "%"
        ("1.25O.000.000", "money", "1.250.000.000"),
        ("Rp 85.400.000", "money", "85.400.000"),
        ("15.000.000.", "money", "15.000.000"),
        ("Rp 126.037 150", "money", "126.037.150"),  # a faint dot read as a space
        ("“2 kali", "quantity", "2 kali"),
        ("5O Orang", "quantity", "50 Orang"),
        ("1 tahun", "quantity", "1 tahun"),
        ("1.Dokumen", "quantity", "1 Dokumen"),  # a speck in the space, read as a stop
        ("12Orang", "quantity", "12 Orang"),
        ("2,5 Km", "quantity", "2,5 Km"),
        ("1.O6.02.2.01", "code", "1.06.02.2.01"),
        ("Vv", "mark", "v"),
        ("", "money", ""),
    ],
)
def test_repairs_unambiguous_confusions(text: str, kind: str, expected: str) -> None:
    assert repair_numeric(text, kind) == (expected, None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("1.250000.000", "money"),  # a lost group dot: the amount is not knowable
        ("126.03 7150", "money"),  # a space off the group boundary is not a lost dot
        ("100.000 250.000", "money"),  # may be two amounts
        ("126.037\n150", "money"),
        ("OSO", "quantity"),  # letters lead: not a number with a slip
        ("86", "percent"),  # no percent sign: do not invent one
        ("x", "mark"),
        ("Rehabilitasi", "money"),
    ],
)
def test_refuses_to_guess(text: str, kind: str) -> None:
    value, warning = repair_numeric(text, kind)
    assert value is None
    assert warning and " ".join(text.split()) in warning


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        repair_numeric("1", "date")


@pytest.mark.parametrize(("text", "expected"), [("10096", "100%"), ("8596", "85%"),
                                                ("80,9096", "80,90%")])
def test_a_percent_read_as_96_is_repaired_in_a_percent_column(text: str, expected: str) -> None:
    assert reread(text, "target", percent_column=True) == (expected, None)


@pytest.mark.parametrize(("text", "percent_column"), [("10096", False), ("20096", True),
                                                      ("1.096", True)])
def test_a_number_ending_in_96_is_left_alone_elsewhere(text: str, percent_column: bool) -> None:
    value, _ = reread(text, "target", percent_column=percent_column)
    assert not value.endswith("%")


@pytest.mark.parametrize(("text", "expected"), [("Yo", "%"), ("9", "%"), ("%", "%"),
                                                ("Orang", "Orang"), ("Indeks", "Indeks")])
def test_a_lone_percent_in_a_unit_column_is_read_as_percent(text: str, expected: str) -> None:
    assert reread(text, "unit") == (expected, None)


@pytest.mark.parametrize(
    ("text", "percent_column", "expected"),
    [("86% ≠ 80%", True, "80%"),  # a digit slip of the first engine
     ("7500 ≠ 75,0%", True, "75,0%"),
     ("860 ≠ 60 Orang", False, "60 Orang"),  # the unit after it is the first engine's word
     ("S 14,590 ≠ ≤ 14,5%", True, "≤ 14,5%"),  # its "S" was the sign the second read
     ("79 ≠ 70", False, "70")])
def test_a_target_the_readers_disagree_on_takes_a_clean_second_reading(
        text: str, percent_column: bool, expected: str) -> None:
    value, warning = reread(text, "target", percent_column=percent_column)
    assert value == expected and "disagree" in warning and repr(expected) in warning


@pytest.mark.parametrize(
    ("text", "kind", "percent_column"),
    [("923.786.000 ≠ 929.766.000", "money", False),  # an amount: never picked
     ("86% ≠ 80%", "money", False),
     ("802 ≠ 809", "target", True),  # a bare number among percentages: a "%" read "9"?
     ("95% ≠ 9,5%", "target", True),  # same digits: a comma lost or a speck taken for one
     ("6835 ≠ 68.35", "target", False),
     ("88 ≠ BB", "target", False),  # no clean figure
     ("1.143 ≠ 1.143.318.000", "target", False)])
def test_other_disagreements_stay_unread(text: str, kind: str, percent_column: bool) -> None:
    value, warning = reread(text, kind, percent_column=percent_column)
    assert value == text and "not kept" in warning


@pytest.mark.parametrize(("text", "expected"), [
    ("Rp 29.157,500", "29.157.500"),  # a dot read as a comma: no rupiah has 3 decimals
    ("50:000.000", "50.000.000"),  # a blurred dot read as a colon
    ("1.500,00", "1.500,00"),  # cents
])
def test_an_amount_in_rupiah_grouped_by_mixed_marks_is_grouped_by_dots(
        text: str, expected: str) -> None:
    assert reread(text, "money") == (expected, None)


def test_an_amount_in_thousands_keeps_its_decimals():
    value, warning = reread("984.182,575", "money", in_rupiah=False)  # 984,182.575 thousand
    assert value == "984.182,575" and warning


@pytest.mark.parametrize("text", ["1009", "959"])
def test_a_bare_number_a_percentage_with_its_sign_read_9_could_be_is_not_kept(text: str) -> None:
    from rencana.normalize.numbers import parse_quantity

    value, warning = reread(text, "target", percent_column=True)
    assert warning and parse_quantity(value).value is None
    # Outside a column of percentages, or when it could be no percentage, it is a count.
    assert reread(text, "target") == (text, None)
    assert reread("2009", "target", percent_column=True)[0] == "2009"
