"""Rupiah amounts as int64, and the scale a column header puts on them.

Budgets are the figures analysts sum, so the rule is: read what is unambiguous, and
leave the rest null with a warning that names the printed text. A digit string is read by
:func:`rencana.normalize.numbers.read_number`; money only adds that "1,234" (decimal comma
or English thousands?) is refused rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rencana.normalize.numbers import (
    CURRENCY,
    CURRENCY_AMOUNT,
    NUMBER,
    WHOLE_RUPIAH,
    NumberFormatError,
    looks_like_value,
    read_number,
)
from rencana.normalize.text import clean_cell, fold

INT64_MAX = 2**63 - 1

_NOTHING = re.compile(rf"(?:{CURRENCY})?\s*[-–—]*{WHOLE_RUPIAH}", re.IGNORECASE)
"""A cell that prints no amount: "", "-", "Rp -", "Rp", "-,-"."""

_AMOUNT = re.compile(
    rf"(?:{CURRENCY})?\s*(?P<sign>[-−])?(?P<number>{NUMBER}){WHOLE_RUPIAH}", re.IGNORECASE
)

_SCALE_WORDS = {
    "ribu": 10**3,
    "ribuan": 10**3,
    "juta": 10**6,
    "jutaan": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
}

_MIN_GROUPS_FOR_MONEY = 2
"""A bare number is taken for money from two thousands separators on ("1.273.095.214"):
one ("9.500") is as likely a count of people."""


@dataclass(frozen=True)
class Money:
    """A parsed amount in rupiah, or None with the reason when it could not be read."""

    value: int | None
    warning: str | None


NO_MONEY = Money(None, None)
_THREE_DIGIT_CENTS = re.compile(r"(?:\.\d+,|,\d+\.)\d{3}$")
"""Both separators, and three digits after the last one: "29.157,500", "1,234.567"."""


_BROKEN_GROUP = re.compile(r"(\d[.,])\s+(?=\d{3}(?!\d))")
"""A digit group wrapped onto the next line of a narrow column: "830.237.⏎000,00"."""


def parse_money(text: str | None, scale: int = 1) -> Money:
    """Rupiah as an integer: "Rp 1.283.419.000" -> 1283419000; never raises.

    Indonesian ("61.465.500,00") and English ("452,750,000.00") digit grouping are told
    apart by the grouping itself. Cents are dropped (the integer part is kept), but
    decimals count before that when ``scale`` (from :func:`header_money_scale`) multiplies:
    "1,5" in a "(juta)" column is 1500000. A cell printing nothing ("Rp -", "-", "") is
    (None, None); an unreadable or ambiguous one is (None, warning naming the text). An
    amount wrapped after a group separator ("830.237. 000") is read whole.
    """
    raw = clean_cell(text)
    if _NOTHING.fullmatch(raw):
        return NO_MONEY
    match = _AMOUNT.fullmatch(raw) or _AMOUNT.fullmatch(_BROKEN_GROUP.sub(r"\1", raw))
    if not match:
        return Money(None, f"not an amount: {raw!r}")
    try:
        reading = read_number(match["number"], ambiguous_comma_thousands=True)
    except NumberFormatError as error:
        return Money(None, f"unreadable amount {raw!r}: {error}")
    if scale == 1 and _THREE_DIGIT_CENTS.search(match["number"]):
        # "29.157,500" in rupiah: cents have two digits, so the last separator is a
        # misprinted or misread group separator; 29,157 or 29,157,500? (In a "Rp ribu"
        # column three decimals are rupiah and are read.)
        return Money(None, f"unreadable amount {raw!r}: three digits after the decimal mark")
    value = int(reading.value * scale)
    if match["sign"]:
        value = -value
    if abs(value) > INT64_MAX:
        return Money(None, f"amount out of int64 range: {raw!r}")
    return Money(value, None)


def header_money_scale(header_label: str) -> int:
    """The multiplier a money column's header announces; 1 when it announces none.

    "Rp (juta)", "(Juta Rupiah)" -> 1,000,000; "Rp ribu", "(Ribuan Rp)" -> 1,000;
    "(Rp. 000)" -> 1,000 and "(Rp 000.000)" -> 1,000,000 (each printed "000" group is
    a factor 1,000).
    """
    words = fold(header_label).split()
    for word in words:
        if word in _SCALE_WORDS:
            return _SCALE_WORDS[word]
    for position, word in enumerate(words):
        if word == "000" and (position == 0 or not words[position - 1].isdigit()):
            run = 1
            while words[position + run : position + run + 1] == ["000"]:
                run += 1
            return 1000**run
    return 1


_CURRENCY = re.compile(r"\b(rp|rupiah)\b")
MAX_NOTE_WORDS = 8
"""A scale note is short ("(dalam ribuan rupiah)", "Satuan: Rp juta"); a longer line that
happens to name a sum in millions is a title or prose, not a note."""


def note_money_scale(lines: Sequence[str]) -> int:
    """The multiplier a note above a table announces for its amounts; 1 when none does.

    Tables often say their unit only in the caption block, not in the column header. The
    nearest short line naming the currency and a scale counts.
    """
    for line in reversed(lines):
        folded = fold(line)
        if len(folded.split()) <= MAX_NOTE_WORDS and _CURRENCY.search(folded):
            scale = header_money_scale(line)
            if scale != 1:
                return scale
    return 1


def money_scale(header_label: str, lines_above: Sequence[str]) -> int:
    """The scale of a money column: its header's, else the note above the table's."""
    scale = header_money_scale(header_label)
    return scale if scale != 1 else note_money_scale(lines_above)


def prints_no_amount(text: str) -> bool:
    """Does a non-empty cell say there is no amount ("-", "Rp -", "-,-")? Such a line
    holds an item's place in a list of amounts printed one per line."""
    raw = clean_cell(text)
    return bool(raw) and bool(_NOTHING.fullmatch(raw))


def value_lines(text: str) -> list[str] | None:
    """A cell's lines when each is a value or says there is none ("Rp 1.000,-", "-",
    "80%"): a list of amounts printed one per line; else None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines if all(looks_like_value(line) or prints_no_amount(line)
                        for line in lines) else None


def looks_like_money(text: str) -> bool:
    """True for a cell that prints an amount of money.

    A currency before an amount or a dash ("Rp 0", "Rp -") always counts; a bare number
    only when grouped at least to millions ("1.273.095.214", "452,750,000.00"), since a
    shorter one may as well be a count.
    """
    raw = clean_cell(text)
    if CURRENCY_AMOUNT.match(raw):
        return True
    match = _AMOUNT.fullmatch(raw)
    if not match:
        return False
    try:
        reading = read_number(match["number"], ambiguous_comma_thousands=True)
    except NumberFormatError:
        return False
    return reading.grouped >= _MIN_GROUPS_FOR_MONEY
