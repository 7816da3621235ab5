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
        ("1.25O.000.000", "money", "1.250.000.000"),
        ("Rp 85.400.000", "money", "85.400.000"),
        ("15.000.000.", "money", "15.000.000"),
        ("Rp 126.037 150", "money", "126.037.150"),  # a faint dot read as a space
        ("“2 kali", "quantity", "2 kali"),
        ("5O Orang", "quantity", "50 Orang"),
        ("1 tahun", "quantity", "1 tahun"),
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
