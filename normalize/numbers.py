"""Numbers as Indonesian planning documents print them: targets, years, column numbers.

Indonesian writes a decimal comma and groups thousands with dots ("1.250,5"), but the same
documents also print decimal points ("68.00", "34.5") and English-style amounts
("3,151.34"). :func:`read_number` is the one place that decides what the dots and commas
in a digit string mean; money parsing reuses it with a stricter stance on ambiguity.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from decimal import Decimal

from rencana.normalize.codes import looks_like_code
from rencana.normalize.text import clean_cell

FIRST_YEAR, LAST_YEAR = 1990, 2100
"""Years a planning document can refer to; a 4-digit number outside is not a year."""

NUMBER = r"[0-9][0-9.,]*"
"""A digit string with its separators, for :func:`read_number`."""
CURRENCY = r"(?:rp|idr)\.?"
"""The currency printed before an amount (match case-insensitively)."""
WHOLE_RUPIAH = r"(?:[.,]-)?"
"""The ",-" that closes a whole-rupiah amount ("Rp 42.800.000,-")."""
CURRENCY_AMOUNT = re.compile(rf"{CURRENCY}\s*[-−0-9]", re.IGNORECASE)
"""A cell starting with a currency and then an amount or a dash: a money cell."""
_UNIT = r"%|[^\W\d_](?:[^\W\d_]|[ ./()'²³-])*"
"""A percent sign, or words of letters (with the punctuation abbreviations use:
"org.", "Orang/ paket", "Gdg Rumah"). No digits: "100y6" is garbage, not 100 "y6"."""

_QUANTITY = re.compile(
    rf"(?:[<>≤≥]=?|±)?\s*(?P<currency>{CURRENCY})?\s*(?P<sign>[-−])?(?P<number>{NUMBER})"
    rf"{WHOLE_RUPIAH}\s*(?P<unit>{_UNIT})?",
    re.IGNORECASE,
)
"""One number, optionally behind a comparison ("≥ 80%") or a currency ("Rp 1.000"), with
the ",-" that closes a whole rupiah amount, then an optional unit printed after it."""

_YEAR = re.compile(r"(?<![0-9.,])([0-9]{4})(?![0-9]|[.,][0-9])")
_YEAR_RANGE = re.compile(
    r"(?<![0-9])([0-9]{4})\s*(?:[-–—]|s\.?\s*/?\s*d\.?|sampai|hingga)\s*([0-9]{4})(?![0-9])",
    re.IGNORECASE,
)
_COLUMN_NUMBER = re.compile(r"[\"'“”‘’`,]?[({\[]?([0-9]{1,2})[)}\]]?\.?[\"'“”‘’`]?")
"""A column number, bracketed or not (an engine reads a thin "(" as "{" or "[": "{7)",
"(9}"); a speck an engine reads as a quote or comma beside it ("“6") does not make it
text."""
_MAX_GAPS, _MAX_MISSING_IN_GAP = 2, 2
_ONE_LOOKALIKES = str.maketrans({"l": "1", "I": "1", "i": "1", "|": "1", "O": "0", "o": "0"})
"""An engine reads a "1" or "11" of the number row as "l", "il" …: the row's rising run
decides whether such a token is a number."""
_SEPARATOR_BETWEEN_DIGITS = re.compile(r"[0-9][.,][0-9]")

MAX_UNIT_WORDS = 3
"""Units run to a few words ("Orang/ paket", "Gdg Rumah"); more after a number is a
sentence or a name ("2 Program Prioritas yang ..."), not a quantity."""

SMALL_INTEGER_LIMIT = 100
"""Bare integers below this (row and column numbers) say nothing about a row being data."""


class NumberFormatError(ValueError):
    """A digit string whose separators cannot be read without guessing."""


@dataclass(frozen=True)
class NumberReading:
    """A digit string read as a number, with what the separators turned out to be."""

    value: Decimal
    grouped: int
    """How many thousands separators were read (2 in "1.273.095.214")."""


@dataclass(frozen=True)
class Quantity:
    """A parsed target or volume: the number and the unit printed with it (or the column's)."""

    value: float | None
    unit: str | None


NO_QUANTITY = Quantity(None, None)


def read_number(token: str, *, ambiguous_comma_thousands: bool = False) -> NumberReading:
    """Read a string of digits, dots and commas; raise :class:`NumberFormatError` if unsure.

    Rules, in order:

    * both separators: the last one is the decimal separator and the other groups
      thousands ("1.250,5", "3,151.34");
    * several of one separator: thousands grouping ("1.250.000", "201,400,000,000");
    * one dot followed by exactly 3 digits after a 1-3 digit lead: Indonesian thousands
      ("1.250" -> 1250); any other single dot is a decimal point ("68.00", "0.046");
    * one comma: a decimal comma ("80,90"). With ``ambiguous_comma_thousands`` a comma
      that could also group thousands ("1,234") is refused instead, which is what money
      wants: a wrong factor of 1000 in a budget is worse than a null.
    """
    if not re.fullmatch(r"[0-9]+(?:[.,][0-9]+)*", token):
        raise NumberFormatError("not a digit string")
    has_dot, has_comma = "." in token, "," in token
    if has_dot and has_comma:
        decimal_sep = "." if token.rfind(".") > token.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        whole, _, fraction = token.rpartition(decimal_sep)
        if decimal_sep in whole:
            raise NumberFormatError(f"decimal separator {decimal_sep!r} printed twice")
        return _decimal(_ungroup(whole, group_sep), fraction, whole.count(group_sep))
    if not has_dot and not has_comma:
        return NumberReading(Decimal(token), 0)
    sep = "." if has_dot else ","
    if token.count(sep) > 1:
        return NumberReading(Decimal(_ungroup(token, sep)), token.count(sep))
    whole, fraction = token.split(sep)
    if _is_thousands_group(whole, fraction):
        if sep == ".":
            return NumberReading(Decimal(whole + fraction), 1)
        if ambiguous_comma_thousands:
            raise NumberFormatError("the comma may be a decimal comma or group thousands")
    return _decimal(whole, fraction, 0)


def parse_quantity(text: str | None, default_unit: str | None = None) -> Quantity:
    """A target such as "80,90%", "50 Orang" or "68.00" as (value, unit); never raises.

    Units are kept as printed, lower-cased ("org" stays "org"); ``default_unit`` (the
    column's satuan) applies when the number has none of its own. Qualitative targets
    ("Madya", "N/A", "-"), ranges ("7,5-8,5"), several numbers ("1 Keg/20 org"), prose
    after a number and garbage give (None, None): a wrong number is worse than none, and
    the raw text is kept beside it.
    """
    match = _QUANTITY.fullmatch(clean_cell(text))
    if not match or (match["currency"] and match["unit"]):
        return NO_QUANTITY
    try:
        # an amount in rupiah gets money's caution about "1,234"
        magnitude = read_number(
            match["number"], ambiguous_comma_thousands=bool(match["currency"])
        ).value
    except NumberFormatError:
        return NO_QUANTITY
    value = float(-magnitude if match["sign"] else magnitude)
    if not math.isfinite(value):
        return NO_QUANTITY
    printed_unit = _unit(match["unit"])
    if printed_unit and len(printed_unit.split()) > MAX_UNIT_WORDS:
        return NO_QUANTITY
    if match["currency"]:
        return Quantity(value, "rp")
    return Quantity(value, printed_unit or _unit(default_unit))


def unit_or_satuan(quantity: Quantity, satuan: str | None) -> str | None:
    """The quantity's unit, else its satuan column's as printed, lower-cased: a qualitative
    target ("Baik") still has the unit its column names."""
    return quantity.unit or (satuan.lower() if satuan else None)


def parse_year(text: str | int | None) -> int | None:
    """The one year named in a cell ("2019", "Tahun 2019", "2019*"), else None.

    A cell naming two different years ("2019-2024") has no single year: see
    :func:`year_range`.
    """
    if isinstance(text, int) and not isinstance(text, bool):
        return text if FIRST_YEAR <= text <= LAST_YEAR else None
    if not isinstance(text, str):
        return None
    years = {int(y) for y in _YEAR.findall(text) if FIRST_YEAR <= int(y) <= LAST_YEAR}
    return years.pop() if len(years) == 1 else None


def year_range(text: str) -> tuple[int, int] | None:
    """The plan period in a title or header: "2019-2024", "2019 – 2024", "2019 s.d. 2024"."""
    ranges = {
        (int(start), int(end))
        for start, end in _YEAR_RANGE.findall(text)
        if FIRST_YEAR <= int(start) <= int(end) <= LAST_YEAR
    }
    return ranges.pop() if len(ranges) == 1 else None


_MIN_LOST_START = 5
_MIN_POSITIONED = 6
_POSITIONED_SHARE = 0.75
_SHORT_CELL = 4
"""Glyphs of the longest column number as OCR garbles it ("(16)", "(9")."""
_SHORT_ROW_SHARE = 0.6
"""The share of cells in place that suffices when no cell is longer than _SHORT_CELL: a
data row always carries a name."""


def _column_number(text: str) -> re.Match[str] | None:
    return _COLUMN_NUMBER.fullmatch(text) or _COLUMN_NUMBER.fullmatch(
        text.translate(_ONE_LOOKALIKES))


def _numbered_by_position(cells: list[str]) -> bool:
    """OCR garbles a few numbers of a long column-number row ("(7)" → "(n", "(13)" →
    "(43)"): a row of six or more printed cells, at least three in four of which read as
    their own place's number ("(k)" in the k-th place), is one all the same; so is one
    whose every cell is as short as a number (a data row carries a name) with three in
    five in place (5.6 pt print: "(3)" → "(9", "(7)" → "m", "(8)" → "3", "(11)" → "(1)")."""
    texts = [text for cell in cells if (text := clean_cell(cell))]
    if len(texts) < _MIN_POSITIONED:
        return False
    by_order = list(enumerate(texts, start=1))
    # By column too: a number lost in a cell ("(1)" under "No") shifts the order.
    by_column = [(k, text) for k, cell in enumerate(cells, start=1) if (text := clean_cell(cell))]
    placed = max(sum(bool(match := _column_number(text)) and int(match.group(1)) == k
                     for k, text in numbered) for numbered in (by_order, by_column))
    short = all(len(text) <= _SHORT_CELL for text in texts)
    return placed >= (_SHORT_ROW_SHARE if short else _POSITIONED_SHARE) * len(texts)


def _rising_in_brackets(cells: list[str]) -> bool:
    """OCR loses some numbers of a small-print column-number row and garbles others
    into what reads as no number or the wrong one ("(5)" lost, "(7)" → "m", "(8)" → "3"):
    a row of six or more printed cells, three in four of which are bracketed numbers
    rising from 1 or 2, is one all the same. The brackets tell it from a data row of
    rising counts. Such a row closes a header but does not say where the columns are."""
    texts = [text for cell in cells if (text := clean_cell(cell))]
    numbers = [int(match.group(1)) for text in texts
               if (match := _COLUMN_NUMBER.fullmatch(text)) and text.startswith("(")]
    return (len(texts) >= _MIN_POSITIONED and len(numbers) >= _POSITIONED_SHARE * len(texts)
            and numbers[0] <= 2 and all(b > a for a, b in itertools.pairwise(numbers)))


def _lost_start(cells: list[str], numbers: list[int]) -> bool:
    """A lone "1" under a narrow "No" column is what OCR most often drops: a long run that
    starts at 2 behind a blank first cell is still the column-number row (the missing
    start counts as one of the tolerated gaps)."""
    return numbers[0] == 2 and not clean_cell(cells[0]) and len(numbers) >= _MIN_LOST_START


def is_column_number_row(cells: list[str]) -> bool:
    """True for the "1 2 3 … 16" row printed under a table's headers, read whole
    (:func:`reads_every_column_number`) or in part (:func:`_rising_in_brackets`)."""
    return reads_every_column_number(cells) or _rising_in_brackets(cells)


def reads_every_column_number(cells: list[str]) -> bool:
    """True for a column-number row that shows where each column is: one number per
    column, a few garbled in place.

    The numbers start at 1 and rise by one. Tolerated: blank cells (under merged header
    columns), a number repeated in neighbouring cells (a merged cell's text spread over the
    columns it covers) and up to two gaps of at most two missing numbers ("1 2 3 4 5 8"
    printed by mistake). At least three distinct numbers are needed, so a short data row
    of small counts does not qualify.
    """
    if _numbered_by_position(cells):
        return True
    numbers = []
    for cell in cells:
        text = clean_cell(cell)
        if not text:
            continue
        match = _column_number(text)
        if not match:
            return False
        numbers.append(int(match.group(1)))
    if len(set(numbers)) < 3 or not (numbers[0] == 1 or _lost_start(cells, numbers)):
        return False
    gaps = int(numbers[0] > 1)
    for previous, current in itertools.pairwise(numbers):
        step = current - previous
        if step < 0 or step > _MAX_MISSING_IN_GAP + 1:
            return False
        gaps += step > 1
    return gaps <= _MAX_GAPS


def looks_like_value(text: str) -> bool:
    """True for cells that only data rows carry: percentages, amounts (also "Rp -"),
    numbers with a unit, decimals, grouped numbers and codes.

    Bare small integers (row and column numbers) and years are printed in header rows
    too, so they are not value-like.
    """
    cleaned = clean_cell(text)
    if looks_like_code(cleaned) or CURRENCY_AMOUNT.match(cleaned):
        return True
    quantity = parse_quantity(cleaned)
    if quantity.value is None:
        return False
    if quantity.unit is not None or _SEPARATOR_BETWEEN_DIGITS.search(cleaned):
        return True
    is_year = parse_year(cleaned) is not None
    return abs(quantity.value) >= SMALL_INTEGER_LIMIT and not is_year


def _is_thousands_group(whole: str, fraction: str) -> bool:
    """Whether "whole<sep>fraction" reads as a grouped integer (a 1-3 digit lead, no 0)."""
    return len(fraction) == 3 and 1 <= len(whole) <= 3 and not whole.startswith("0")


def _ungroup(token: str, sep: str) -> str:
    """Digits of a thousands-grouped integer; raise unless every group is well formed."""
    groups = token.split(sep)
    lead, rest = groups[0], groups[1:]
    if rest and not all(_is_thousands_group(lead, group) for group in rest):
        raise NumberFormatError("malformed digit grouping")
    return "".join(groups)


def _decimal(whole: str, fraction: str, grouped: int) -> NumberReading:
    return NumberReading(Decimal(f"{whole}.{fraction}"), grouped)


def _unit(text: str | None) -> str | None:
    """A unit as printed: whitespace collapsed, lower-cased; None when blank."""
    unit = clean_cell(text).lower()
    return unit or None
