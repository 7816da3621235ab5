"""Property tests for the value parsers: they never raise, never invent a number from text
without digits, and read back values formatted the Indonesian way."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from rencana.normalize.codes import code_level, looks_like_code, parse_code, split_leading_code
from rencana.normalize.marks import is_mark, parse_mark
from rencana.normalize.money import header_money_scale, looks_like_money, parse_money
from rencana.normalize.numbers import (
    is_column_number_row,
    looks_like_value,
    parse_quantity,
    parse_year,
    year_range,
)
from rencana.normalize.text import clean_cell, fold, is_blank

MODEST = settings(max_examples=300, deadline=None)

CELL_ALPHABET = st.sampled_from(
    [*"0123456789.,-–%/() \t\nRrpPOoangvVx√✓", "Rp", "Rp.", "Orang", "juta", "\u00ad", "\u200b"]
)
cell_like = st.lists(CELL_ALPHABET, max_size=20).map("".join)
"""Text built from the characters values are made of, so the parsers' edge cases get hit."""
any_text = st.one_of(st.text(max_size=40), cell_like)
no_digits = st.text(max_size=40).filter(lambda s: not any(ch.isdigit() for ch in s))


def indonesian_grouping(number: int) -> str:
    return f"{number:,}".replace(",", ".")


@MODEST
@given(any_text)
def test_parsers_never_raise(text):
    clean_cell(text, frozenset({"pengarusutamaan"}))
    fold(text)
    is_blank(text)
    parse_quantity(text, default_unit=text)
    parse_year(text)
    year_range(text)
    looks_like_value(text)
    parse_money(text)
    parse_money(text, scale=10**6)
    header_money_scale(text)
    looks_like_money(text)
    parse_code(text)
    code_level(text)
    looks_like_code(text)
    split_leading_code(text)
    parse_mark(text)
    is_mark(text)
    is_column_number_row(text.split())


@MODEST
@given(no_digits)
def test_no_number_without_digits(text):
    assert parse_quantity(text).value is None
    assert parse_money(text).value is None
    assert parse_year(text) is None
    assert parse_code(text) is None


@MODEST
@given(any_text)
def test_clean_cell_is_idempotent_and_single_line(text):
    cleaned = clean_cell(text)
    assert clean_cell(cleaned) == cleaned
    assert "\n" not in cleaned and "  " not in cleaned and cleaned == cleaned.strip()
    assert fold(fold(text)) == fold(text)


@MODEST
@given(any_text)
def test_parsed_codes_are_fixed_points(text):
    code = parse_code(text)
    if code is not None:
        assert parse_code(code) == code
        assert code_level(code) is not None


@MODEST
@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["Rp ", "Rp", "Rp. ", ""]))
def test_money_round_trips_indonesian_format(amount, prefix):
    grouped = indonesian_grouping(amount)
    for text in (f"{prefix}{grouped}", f"{prefix}{grouped},00", f"{prefix}{grouped},-"):
        assert parse_money(text).value == amount, text


@MODEST
@given(st.integers(min_value=1_000_000, max_value=10**15))
def test_money_round_trips_english_format(amount):
    assert parse_money(f"{amount:,}").value == amount
    assert parse_money(f"{amount:,}.00").value == amount


@MODEST
@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=1, max_value=99))
def test_scaled_decimal_amounts(whole, hundredths):
    """A decimal in a "(juta)" column counts: "1,25" is 1,250,000 rupiah."""
    text = f"{indonesian_grouping(whole)},{hundredths:02d}"
    expected = int((Decimal(whole) + Decimal(hundredths) / 100) * 10**6)
    assert parse_money(text, scale=10**6).value == expected


@MODEST
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["%", " %", " Orang", " bulan"]))
def test_quantity_round_trips_indonesian_format(hundredths, unit):
    """A decimal comma and dot-grouped thousands: "12,5%", "1.234,75 Orang"."""
    whole, fraction = divmod(hundredths, 100)
    printed_fraction = f"{fraction:02d}".rstrip("0")
    text = indonesian_grouping(whole) + (f",{printed_fraction}" if printed_fraction else "") + unit
    quantity = parse_quantity(text)
    assert quantity.value == float(Decimal(hundredths) / 100), text
    assert quantity.unit == unit.strip().lower()


@MODEST
@given(
    st.integers(min_value=1, max_value=8),
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=1, max_value=2),
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=1, max_value=9999),
    st.booleans(),
    st.booleans(),
)
def test_new_codes_canonicalise_their_printed_variants(
    urusan, bidang, program, authority, kegiatan, sub, authority_two_digits, spaced
):
    canonical = f"{urusan}.{bidang:02d}.{program:02d}.{authority}.{kegiatan:02d}.{sub:04d}"
    printed_authority = f"{authority:02d}" if authority_two_digits else str(authority)
    printed_sub = f"{sub:02d}" if sub < 100 else f"{sub:04d}"
    separator = ". " if spaced else "."
    parts = [str(urusan), f"{bidang:02d}", f"{program:02d}", printed_authority]
    printed = separator.join([*parts, f"{kegiatan:02d}", printed_sub])
    assert parse_code(printed) == canonical
    assert code_level(printed) == "sub_kegiatan"
    assert split_leading_code(f"{printed} Nama Sub Kegiatan") == (printed, "Nama Sub Kegiatan")


@MODEST
@given(st.integers(min_value=3, max_value=30), st.lists(st.integers(0, 40), max_size=8))
def test_column_number_rows_with_blanks(count, blank_positions):
    cells = [str(n) for n in range(1, count + 1)]
    for position in blank_positions:
        cells.insert(min(position, len(cells)), "")
    assert is_column_number_row(cells)
