"""Rupiah amounts: the contract's examples, the seeds' spellings and the ambiguous cases."""

from pathlib import Path

import pytest

from rencana.normalize.money import (
    Money,
    header_money_scale,
    looks_like_money,
    money_scale,
    parse_money,
)

SOURCES = Path(__file__).resolve().parent.parent / "samples" / "source"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("Rp 1.283.419.000", 1283419000),
        ("Rp 29.157.500", 29157500),
        ("1.273.095.214", 1273095214),
        ("61.465.500,00", 61465500),
        ("61.465.500,75", 61465500),  # only the integer part is kept
        ("Rp 783.242.000", 783242000),
        ("Rp\t133.324.000", 133324000),
        ("Rp260.000.000", 260000000),
        ("Rp. 8.386.556.514,-", 8386556514),
        ("42.800.000,-", 42800000),
        ("Rp. 0,-", 0),
        ("Rp 0", 0),
        ("0", 0),
        ("117.565.000", 117565000),
        ("1253000", 1253000),
        ("rp 5.000", 5000),
        ("IDR 5.000.000", 5000000),
        ("-1.500.000", -1500000),
        # English style, recognised from the grouping (003, 001)
        ("452,750,000.00", 452750000),
        ("201,400,000,000", 201400000000),
        ("7,557,565,929", 7557565929),
        ("300,474,000", 300474000),
        ("3,151.34", 3151),
        # a decimal comma that cannot group thousands
        ("1,5", 1),
        # a narrow column wraps an amount after a group separator
        ("830.237.\n000,00", 830237000),
        ("Rp214.014.\n000", 214014000),
        ("Rp 1.234. 567", 1234567),
    ],
)
def test_parse_money(raw, value):
    assert parse_money(raw) == Money(value, None)


@pytest.mark.parametrize("raw", [None, "", "-", "Rp -", "Rp. -", "Rp", "-,-", " – "])
def test_nothing_printed_is_null_without_warning(raw):
    assert parse_money(raw) == Money(None, None)


@pytest.mark.parametrize(
    "raw",
    [
        "1.234,5.6",
        "12.34.5",
        "1,234",  # decimal comma or English thousands: refuse to guess
        "01.000.000",  # 003: a stray leading zero
        "Rp 15.000.000 Rp 15.187.000",  # 001: two amounts in one cell
        "<p>Rp 5.750.000</p>",
        "Madya",
        "1.234.56",
        "Rp 1.234. 56",
    ],
)
def test_unreadable_amounts_warn_and_name_the_text(raw):
    money = parse_money(raw)
    assert money.value is None
    assert money.warning is not None
    assert repr(raw.strip()) in money.warning


def test_amount_beyond_int64_warns():
    money = parse_money("99.999.999.999.999.999.999")
    assert money.value is None
    assert "int64" in money.warning


@pytest.mark.parametrize(
    ("raw", "scale", "value"),
    [
        ("1,5", 10**6, 1_500_000),
        ("1.5", 10**6, 1_500_000),
        ("2.501,551", 10**3, 2_501_551),
        ("783.242", 10**3, 783_242_000),
        ("0,25", 10**6, 250_000),
        ("1,2345678", 10**6, 1_234_567),  # truncated to whole rupiah
        ("Rp -", 10**6, None),
    ],
)
def test_scale_multiplies_before_dropping_decimals(raw, scale, value):
    assert parse_money(raw, scale=scale) == Money(value, None)


@pytest.mark.parametrize(
    ("label", "scale"),
    [
        ("Rp (juta)", 10**6),
        ("(Juta Rupiah)", 10**6),
        ("Pagu Indikatif (Rp. Jutaan)", 10**6),
        ("(Rp. 000)", 10**3),
        ("(Rp.000)", 10**3),
        ("Rp ribu", 10**3),
        ("(Ribuan Rp)", 10**3),
        ("Anggaran (Rp 000.000)", 10**6),
        ("Rp (Miliar)", 10**9),
        ("Anggaran (Rp)", 1),
        ("ANGGARAN", 1),
        ("Pagu 2019", 1),
        ("Rp 1.000", 1),
        ("", 1),
    ],
)
def test_header_money_scale(label, scale):
    assert header_money_scale(label) == scale


@pytest.mark.parametrize(
    "raw",
    ["Rp 783.242.000", "Rp -", "Rp. 0,-", "1.273.095.214", "452,750,000.00", "61.465.500,00"],
)
def test_looks_like_money(raw):
    assert looks_like_money(raw)


@pytest.mark.parametrize("raw", ["9.500", "5580", "86%", "2019", "(Rp)", "Rp", "-", "Madya", ""])
def test_does_not_look_like_money(raw):
    assert not looks_like_money(raw)


def test_every_single_rupiah_amount_in_the_seeds_parses():
    """All "Rp …" cells printed in the five seed documents: one amount parses, several warn."""
    cells = [
        cell.strip()
        for path in sorted(SOURCES.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        for cell in line.split("\t")
        if cell.strip().lower().startswith("rp") and any(ch.isdigit() for ch in cell)
    ]
    assert len(cells) > 200
    for cell in cells:
        money = parse_money(cell)
        if cell.lower().count("rp") == 1:
            assert money.value is not None and money.value >= 0, cell
            assert money.warning is None, cell
        else:
            assert money.value is None and money.warning, cell


def test_three_digits_after_a_decimal_comma_in_rupiah_is_ambiguous():
    # An OCR'd "29.157.500" read as "29.157,500": never 29157.
    money = parse_money("Rp 29.157,500")
    assert money.value is None and "29.157,500" in money.warning


def test_a_scale_stated_only_in_a_note_above_the_table_applies_to_its_amounts():
    assert money_scale("pagu", ["RENJA TAHUN 2027", "(dalam ribuan rupiah)"]) == 1_000
    assert money_scale("pagu indikatif", ["Tabel 6.1", "(Satuan: Rp juta)"]) == 1_000_000
    assert money_scale("pagu rp juta", ["(dalam ribuan rupiah)"]) == 1_000_000  # header wins
    long_title = "Bantuan sosial 1 juta rupiah per keluarga bagi penerima di seluruh kecamatan"
    assert money_scale("pagu", [long_title]) == 1
    assert money_scale("pagu", ["Jumlah penerima (ribuan jiwa)"]) == 1  # no currency named
